//! Diplomacy and statements (CAMEO 01–12) on sentences written for these
//! tests: plural references to the actors of earlier sentences, the
//! wordings of pledges, protests and sympathy, and two misparses of
//! reported speech.

mod common;

use demarche_code::Event;
use demarche_pipeline::Pipeline;

/// Codes one story dated 8 April 2025 (roles are resolved on that day).
fn code(paragraphs: &[&str]) -> Vec<Event> {
    common::code_story(&Pipeline::builtin(), (2025, 4, 8), paragraphs)
}

fn has(events: &[Event], source: &str, code: &str, target: &str) -> bool {
    common::has_prefixes(events, source, code, target)
}

#[test]
fn the_conjuncts_of_a_subject_are_what_a_counted_plural_refers_to() {
    // "Algiers" is the later subject; the three states coordinated as one
    // subject are the three governments.
    let events = code(&[
        "Mali, Burkina Faso and Niger recalled their ambassadors from Algeria on Sunday after Algiers said its air defences had shot down a drone.",
        "The three military-led governments condemned the decision.",
    ]);
    for state in ["MLIGOV", "BFAGOV", "NERGOV"] {
        assert!(has(&events, state, "11", ""), "{state}: {events:#?}");
    }
    assert!(!events.iter().any(|e| e.source == "DZAGOV" && e.code.starts_with("11")), "{events:#?}");
}

#[test]
fn the_two_men_are_the_officials_who_just_held_talks() {
    let events = code(&[
        "Moscow welcomed Ankara's offer on Monday.",
        "Foreign Minister Hakan Fidan held talks with his Ukrainian counterpart, Andrii Sybiha, and the two men agreed to expand defence cooperation.",
    ]);
    assert!(has(&events, "TURGOV", "03", "UKRGOV") && has(&events, "UKRGOV", "03", "TURGOV"), "{events:#?}");
    assert!(!events.iter().any(|e| e.source.ends_with("CVL")), "{events:#?}");
}

#[test]
fn a_call_on_the_two_neighbours_by_one_of_them_targets_the_other() {
    // Also: "to strengthen" hung on the noun after "called on" is the
    // appeal's complement.
    let events = code(&["Modi met Xi on Tuesday.", "Xi called on the two neighbours to strengthen cooperation."]);
    assert!(has(&events, "CHNGOV", "02", "IND"), "{events:#?}");
}

#[test]
fn the_own_sides_partners_are_no_earlier_actor() {
    let events = code(&["The African Union urged restraint on Monday.", "Russia called on its partners to avoid escalation."]);
    assert!(has(&events, "RUS", "02", ""), "{events:#?}");
    assert!(!events.iter().any(|e| e.source == "RUS" && e.target.starts_with("IGO")), "{events:#?}");
    // One guest or counterpart of the source's is someone else.
    let events = code(&["Lula received Xi Jinping at the Alvorada Palace on Wednesday.", "Lula thanked his guest for China's support."]);
    assert!(has(&events, "BRAGOV", "051", "CHNGOV"), "{events:#?}");
}

#[test]
fn both_sides_are_the_storys_main_dyad() {
    let events = code(&[
        "Mali recalled its ambassador from Algeria.",
        "Algeria recalled its ambassadors from Mali and Niger.",
        "The African Union urged both sides to exercise restraint.",
    ]);
    assert!(has(&events, "IGOAFR", "02", "DZA") && has(&events, "IGOAFR", "02", "MLI"), "{events:#?}");
    assert!(!events.iter().any(|e| e.source.starts_with("IGO") && e.target == "NER"), "{events:#?}");
}

#[test]
fn naming_with_call_is_no_phone_call_among_the_speakers() {
    let events = code(&[
        "Mali, Burkina Faso and Niger recalled their envoys.",
        "The three juntas condemned what they called an act of aggression.",
    ]);
    assert!(has(&events, "MLIGOV", "11", ""), "{events:#?}");
    assert!(!events.iter().any(|e| e.code.starts_with("04")), "{events:#?}");
}

#[test]
fn appreciation_protest_letters_sympathy_and_committed_sums() {
    let events = code(&["Moscow appreciated Ankara's offer of mediation."]);
    assert!(has(&events, "RUS", "051", "TUR"), "{events:#?}");
    let events = code(&["Egypt sent a note of protest to Israel."]);
    assert!(has(&events, "EGY", "114", "ISR"), "{events:#?}");
    let events = code(&["Georgia's prime minister sent a message of sympathy to the Azerbaijani people."]);
    assert!(has(&events, "GEOGOV", "018", "AZE"), "{events:#?}");
    let events = code(&["The European Union committed 522 million euros."]);
    assert!(has(&events, "IGOEUREEC", "033", ""), "{events:#?}");
}

#[test]
fn agreeing_that_envoys_will_meet_and_a_reaffirmed_refusal() {
    let events = code(&["Modi and Xi agreed that their special representatives would meet soon."]);
    assert!(has(&events, "INDGOV", "036", "CHNGOV") && has(&events, "CHNGOV", "036", "INDGOV"), "{events:#?}");
    let events = code(&["Fidan reaffirmed Ankara's refusal to recognise the annexation of Crimea."]);
    assert!(has(&events, "TUR", "120", ""), "{events:#?}");
}

#[test]
fn what_another_must_do_with_its_subject_hung_on_the_speech_verb() {
    let events = code(&["Zelensky said Russia must give clear explanations."]);
    assert!(has(&events, "UKRGOV", "10", "RUS"), "{events:#?}");
}

#[test]
fn a_gerund_after_as_describes_the_object_not_the_speaker() {
    let events = code(&["Xi and Lula endorsed a joint proposal for a settlement of the war, which Kyiv has criticised as favouring Moscow."]);
    assert!(!events.iter().any(|e| e.source == "UKR" && e.code.starts_with("05")), "{events:#?}");
}

#[test]
fn a_relative_clause_after_a_comma_read_as_a_side_clause_keeps_its_noun() {
    let events = code(&["The visit drew criticism from some US lawmakers, who urged Brazil to reconsider its growing dependence on Chinese investment."]);
    assert!(has(&events, "USALEG", "02", "BRA"), "{events:#?}");
}

#[test]
fn welcoming_a_person_is_receiving_a_visitor() {
    let events = code(&["Japanese Prime Minister Shigeru Ishiba welcomed Indonesian President Prabowo Subianto at his official residence."]);
    assert!(has(&events, "JPNGOV", "043", "IDNGOV"), "{events:#?}");
    assert!(!events.iter().any(|e| e.code == "051"), "{events:#?}");
    // A thing welcomed is still praise.
    let events = code(&["Egypt welcomed the Saudi foreign minister's remarks."]);
    assert!(has(&events, "EGY", "051", "SAUGOV"), "{events:#?}");
}

#[test]
fn troops_pledged_for_another_state_and_what_one_expects_another_to_do() {
    let events = code(&["Starmer pledged to put British troops on the ground in Ukraine."]);
    assert!(has(&events, "GBRGOV", "0334", "UKR"), "{events:#?}");
    let events = code(&["Aliyev said Baku expected Moscow to punish those responsible."]);
    assert!(has(&events, "AZE", "10", "RUS"), "{events:#?}");
}

#[test]
fn regret_expressed_at_a_decision_of_the_states_named_before() {
    // "regret" tagged a bare verb after "expressed"; "the decision of the
    // three states": the authors of a decision named in an "of" phrase.
    let events = code(&[
        "Mali, Burkina Faso and Niger recalled their ambassadors.",
        "Algeria expressed deep regret at the decision of the three states.",
    ]);
    for state in ["MLI", "BFA", "NER"] {
        assert!(has(&events, "DZA", "11", state), "{state}: {events:#?}");
    }
}
