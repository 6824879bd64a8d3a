//! Rules and knowledge from the fresh-bl round (Africa beyond the Sahel
//! 2025: Sudan, Congo and Rwanda, Ethiopia and Eritrea, Somalia, South
//! Africa and the United States, Kenya), each checked on sentences written
//! for the test, not taken from a story.

mod common;

use common::{has_prefixes, story};

/// "Police blocked the roads …" with "Police" tagged a preposition: a
/// sentence's Capitalized first word tagged IN that training saw only as
/// a noun is a noun, the subject of the verb after it.
#[test]
fn a_first_word_known_only_as_a_noun_is_no_preposition() {
    let events = story((2025, 6, 20), &["Ugandan opposition supporters gathered in Kampala on Friday.", "Police blocked the roads into Kampala."]);
    assert!(has_prefixes(&events, "UGACOP", "19", "UGA"), "{events:#?}");
}

/// "… on Monday and fired tear gas at protesters" with "fired" an
/// adjective of "gas" and "tear gas" a conjunct of "Monday": a time word is
/// coordinated with no other kind of noun, so the participle after "and"
/// is the clause's second verb and the conjunct its object.
#[test]
fn a_participle_after_and_a_time_word_is_a_second_verb() {
    let events = story((2025, 6, 20), &["Ugandan police arrested an opposition leader on Friday and fired tear gas at his supporters."]);
    assert!(has_prefixes(&events, "UGACOP", "17", "UGA"), "{events:#?}");
    assert!(events.iter().filter(|e| e.source.starts_with("UGACOP") && e.target.starts_with("UGA")).count() >= 2, "{events:#?}");
}

/// "In May Foreign Secretary David Lammy summoned …" with the title read
/// as the date's oblique: a title phrase right after a fronted date, up to
/// a subjectless verb, is that verb's subject.
#[test]
fn a_titled_name_after_a_fronted_date_is_the_subject() {
    let events = story((2025, 6, 2), &["In May Foreign Secretary David Lammy summoned Russia's ambassador."]);
    assert!(has_prefixes(&events, "GBRGOV", "11", "RUS"), "{events:#?}");
    let events = story((2025, 6, 2), &["In April Secretary of State Marco Rubio expelled Venezuela's ambassador."]);
    assert!(has_prefixes(&events, "USAGOV", "16", "VEN"), "{events:#?}");
}

/// "called on both Sudan and Chad to …" with "on" read as a
/// particle: the particle is the names' preposition, the infinitive the
/// appeal's complement.
#[test]
fn called_on_both_names_is_an_appeal_to_each() {
    let events = story((2024, 3, 5), &["The United Nations has called on both Sudan and Chad to respect each other's sovereignty."]);
    assert!(has_prefixes(&events, "IGOUNO", "02", "SDN"), "{events:#?}");
    assert!(has_prefixes(&events, "IGOUNO", "02", "TCD"), "{events:#?}");
}

/// "said it had struck al-Shabaab militants" with "militants" an
/// oblique: a common-noun phrase right after a verb without an object,
/// with no preposition, is the object.
#[test]
fn a_bare_noun_phrase_after_a_verb_is_its_object() {
    let events = story((2024, 3, 5), &["The U.S. Africa Command said last week that it had struck al-Shabaab militants near Kismayo."]);
    assert!(has_prefixes(&events, "USAMIL", "19", "SOMREB"), "{events:#?}");
}

/// Refusing a party in a role ("would not accept Brazil as a mediator")
/// is a rejection aimed at that party.
#[test]
fn not_accepting_a_party_as_mediator_is_aimed_at_it() {
    let events = story((2024, 3, 5), &["Venezuela said it would not accept Guyana as a partner in the talks."]);
    assert!(has_prefixes(&events, "VEN", "12", "GUY"), "{events:#?}");
}

/// Vows of revenge are threats: "vowed to avenge", "vowed that the army
/// would retaliate".
#[test]
fn a_vow_of_revenge_is_a_threat() {
    let events = story((2024, 3, 5), &["Hezbollah vowed to avenge its slain commander."]);
    assert!(has_prefixes(&events, "LBN", "13", ""), "{events:#?}");
    let events = story((2024, 3, 5), &["The Chadian president vowed that his forces would retaliate against the rebels."]);
    assert!(has_prefixes(&events, "TCD", "13", ""), "{events:#?}");
}

/// Taking a force's headquarters, base or stronghold is aimed at whose
/// it was ("took the headquarters of Yemen's army").
#[test]
fn taking_a_forces_headquarters_is_aimed_at_its_owner() {
    let events = story((2024, 3, 5), &["Houthi fighters took the headquarters of Yemen's army in Marib."]);
    assert!(has_prefixes(&events, "YEMREB", "19", "YEM"), "{events:#?}");
}

/// "killed all of the gunmen": "all" is a partitive like "some" and
/// "most", so the noun of its "of" phrase is the target.
#[test]
fn all_of_a_group_is_that_group() {
    let events = story((2025, 3, 5), &["Al-Shabaab gunmen stormed a hotel in Kismayo on Tuesday.", "Somali troops killed all of the gunmen."]);
    assert!(has_prefixes(&events, "SOMMIL", "19", "SOMREB"), "{events:#?}");
}

/// People of the round: Kenya's interior minister and opposition leaders,
/// Somalia's information minister, Abiy's adviser Getachew Reda; and
/// "Jubbaland" as a spelling of Jubaland.
#[test]
fn people_and_places_of_the_round() {
    let events = story((2025, 7, 9), &["Kipchumba Murkomen criticised the protest organisers in Nairobi."]);
    assert!(has_prefixes(&events, "KENGOV", "11", ""), "{events:#?}");
    let events = story((2025, 7, 9), &["Kalonzo Musyoka criticised President William Ruto."]);
    assert!(has_prefixes(&events, "KENOPP", "11", "KENGOV"), "{events:#?}");
    let events = story((2025, 7, 9), &["Rigathi Gachagua criticised President William Ruto."]);
    assert!(has_prefixes(&events, "KENOPP", "11", "KENGOV"), "{events:#?}");
    let events = story((2025, 10, 5), &["Daud Aweis condemned al-Shabaab."]);
    assert!(has_prefixes(&events, "SOMGOV", "11", "SOMREB"), "{events:#?}");
    let events = story((2025, 8, 1), &["Getachew Reda criticised Eritrea."]);
    assert!(has_prefixes(&events, "ETHGOV", "11", "ERI"), "{events:#?}");
    let events = story((2025, 8, 1), &["Kenya's president praised Jubbaland."]);
    assert!(has_prefixes(&events, "KENGOV", "05", "SOM"), "{events:#?}");
}

/// "officials said the M23 attacked army positions": a reporting "said"
/// ends the stretch that must have a finite verb, so the participle-
/// looking past tense after the reported clause's subject is its verb.
#[test]
fn a_clause_reported_without_that_has_its_own_verb() {
    let events = story((2025, 2, 10), &["Residents said the M23 attacked army positions near Uvira."]);
    assert!(has_prefixes(&events, "CODREB", "19", "CODMIL"), "{events:#?}");
}

/// "signed a set of agreements": "set" is a collective quantity noun like
/// "series", so the agreements are what was signed.
#[test]
fn a_set_of_agreements_is_agreements() {
    let events = story((2024, 9, 3), &["Kenyan President William Ruto and Ugandan President Yoweri Museveni signed a set of agreements in Nairobi."]);
    assert!(has_prefixes(&events, "KENGOV", "057", "UGAGOV"), "{events:#?}");
}

/// A bomb set off near someone (their convoy, their embassy) is aimed at
/// them.
#[test]
fn a_bomb_detonated_near_someone_is_aimed_at_them() {
    let events = story((2025, 3, 20), &["Militants detonated a bomb near the Somali president's convoy."]);
    assert!(has_prefixes(&events, "SOMREB", "183", "SOMGOV"), "{events:#?}");
}

/// "would keep pressing the two leaders to accept …" with "to accept"
/// hung on "keep": the infinitive right after the appeal verb's object is
/// what the object is pressed to do, not what the speaker accepts.
#[test]
fn an_infinitive_after_the_object_of_a_continued_appeal_is_the_appeals() {
    let events = story((2025, 3, 5), &["Ethiopia and Eritrea exchanged accusations on Monday.", "Qatar said it would keep pressing Ethiopia to accept a ceasefire."]);
    assert!(!events.iter().any(|e| e.source.starts_with("QAT") && e.code.starts_with("03")), "{events:#?}");
    assert!(has_prefixes(&events, "QAT", "02", "ETH"), "{events:#?}");
}

/// "both commanders" after fighting: the two sides of the latest
/// fighting, not two governments named together.
#[test]
fn both_commanders_are_the_sides_of_the_fighting() {
    let events = story((2025, 11, 20), &["Egypt and the United Arab Emirates held talks on Sudan in Cairo.", "RSF fighters shelled Sudanese army positions in El Obeid.", "A U.N. envoy urged both commanders to let aid convoys through."]);
    assert!(has_prefixes(&events, "IGOUNO", "02", "SDN"), "{events:#?}");
    assert!(!events.iter().any(|e| e.source.starts_with("IGOUNO") && (e.target.starts_with("EGY") || e.target.starts_with("ARE"))), "{events:#?}");
}
