//! Rules and knowledge from the fresh-bd round (older wire news on world
//! affairs, 2003–2011), each checked on sentences written for the test,
//! not taken from a story.

mod common;

use common::{has_prefixes, story};

/// "Rowhani", the spelling wires used for Hassan Rouhani while he was
/// secretary of Iran's Supreme National Security Council.
#[test]
fn rowhani_is_the_security_council_secretary_of_his_day() {
    let events = story((2004, 3, 1), &["Hassan Rowhani met the British foreign secretary in Tehran."]);
    assert!(has_prefixes(&events, "IRNGOV", "04", "GBR"), "{events:#?}");
    let events = story((2004, 3, 1), &["Rowhani met the French foreign minister in Paris."]);
    assert!(has_prefixes(&events, "IRNGOV", "04", "FRA"), "{events:#?}");
}

/// "shot dead two men": the tagger's noun "shot" is the verb before
/// "dead", and the noun phrase after "dead" its object.
#[test]
fn shot_dead_is_a_verb_with_its_object_after_dead() {
    let events = story((2010, 5, 1), &["Turkish police shot dead three Syrian smugglers near the border."]);
    assert!(has_prefixes(&events, "TUR", "19", "SYR"), "{events:#?}");
    let events = story((2010, 5, 1), &["A Pakistani soldier shot dead two Afghan farmers."]);
    assert!(has_prefixes(&events, "PAK", "19", "AFG"), "{events:#?}");
    // (The parser hangs "two Palestinians" on the verb as an oblique.)
    let events = story((2010, 5, 1), &["Israeli police shot dead two Palestinians."]);
    assert!(has_prefixes(&events, "ISR", "19", "PSE"), "{events:#?}");
}

/// "did not intend to talk to X", "does not want to negotiate with X":
/// talks refused as an intention (125), like "would not negotiate".
#[test]
fn talks_refused_as_an_intention_are_a_refusal() {
    let events = story((2010, 5, 1), &["Serbia does not want to negotiate with Kosovo."]);
    assert!(has_prefixes(&events, "SRB", "12", "KSV"), "{events:#?}");
    let events = story((2010, 5, 1), &["The Ethiopian foreign minister said Addis Ababa did not intend to talk to Eritrea."]);
    assert!(has_prefixes(&events, "ETH", "12", "ERI"), "{events:#?}");
}

/// A statement signed together with another party is a joint declaration
/// (057); one signed alone is not.
#[test]
fn a_statement_signed_with_another_party_is_an_agreement() {
    let events = story((2010, 5, 1), &["The Chinese premier signed a joint communique with Vietnam."]);
    assert!(has_prefixes(&events, "CHN", "057", "VNM"), "{events:#?}");
    let events = story((2010, 5, 1), &["The Chinese premier signed a statement."]);
    assert!(!events.iter().any(|e| e.code.starts_with("05")), "{events:#?}");
}

/// "Jets bombed villages near Mekelle and Eritrea fired shells at …"
/// with "Eritrea" hung as a conjunct of "Mekelle" and the first clause as
/// an adverbial clause of "fired": the name is the second clause's
/// subject and the first clause the main one.
#[test]
fn a_second_clauses_subject_read_as_a_conjunct_under_its_own_verb() {
    let events = story((2010, 5, 1), &["Ethiopian aircraft bombed villages near Mekelle and Eritrea fired more than 20 shells at northern Ethiopia."]);
    assert!(has_prefixes(&events, "ETH", "19", "ETH"), "{events:#?}");
    assert!(has_prefixes(&events, "ERI", "19", "ETH"), "{events:#?}");
}

/// "said the scenes were painful to watch and called on X to …": a past
/// tense cannot be the conjunct of a "to" infinitive, so the appeal is the
/// speaker's.
#[test]
fn a_speech_act_after_an_infinitive_in_the_reported_clause_is_the_speakers() {
    let events = story((2010, 5, 1), &["The Egyptian president said the images were hard to watch and called on Israel to lift the blockade."]);
    assert!(has_prefixes(&events, "EGYGOV", "02", "ISR"), "{events:#?}");
}

/// People of the 2003–2011 stories by the office of their day: South
/// Korea's defence minister in 2009–2010, the ICC prosecutor by his
/// hyphenated surname alone.
#[test]
fn people_of_the_older_wire_stories_hold_their_offices_of_the_day() {
    let events = story((2010, 5, 24), &["The defence minister, Kim Tae-young, met the American commander."]);
    assert!(has_prefixes(&events, "KORGOV", "04", "USA"), "{events:#?}");
    let events = story((2009, 3, 5), &["Moreno-Ocampo accused Sudan of protecting war criminals."]);
    assert!(has_prefixes(&events, "IGOJUDICC", "11", "SDN"), "{events:#?}");
}
