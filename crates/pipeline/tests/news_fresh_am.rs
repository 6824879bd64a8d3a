//! Rules from the fresh-am round (South and Southeast Asia 2024–2025),
//! each checked on sentences written for the test, not taken from a story.

mod common;

use common::{has_prefixes, story};

#[test]
fn a_house_of_representatives_is_of_the_state_its_story_names() {
    // Namesakes of the United States House: the nationality word before the
    // name, or the story's state, chooses.
    let events = story((2024, 3, 4), &["The Philippine House of Representatives voted to censure the energy secretary on Monday."]);
    assert!(has_prefixes(&events, "PHLLEG", "11", ""), "{events:#?}");
    assert!(!events.iter().any(|e| e.source.starts_with("USA")), "{events:#?}");
    let events = story((2024, 3, 4), &["Japan's parliament opened a new session on Monday.", "The House of Representatives condemned China over the detention of a Japanese businessman."]);
    assert!(has_prefixes(&events, "JPNLEG", "11", "CHN"), "{events:#?}");
    // A story about the United States keeps its own House.
    let events = story((2024, 3, 4), &["Washington pressed Kyiv to hold talks.", "The House of Representatives condemned Russia over the attack."]);
    assert!(has_prefixes(&events, "USALEG", "11", "RUS"), "{events:#?}");
}

#[test]
fn people_and_bodies_of_south_and_southeast_asia_have_their_codes() {
    let events = story((2025, 3, 1), &["The National Bureau of Investigation arrested two Chinese nationals accused of spying near a naval base."]);
    assert!(has_prefixes(&events, "PHLCOP", "17", "CHN"), "{events:#?}");
    let events = story((2025, 6, 1), &["Ashok Raj Sigdel met Chinese officials in Beijing."]);
    assert!(has_prefixes(&events, "NPLMIL", "04", "CHN"), "{events:#?}");
    let events = story((2025, 6, 1), &["Balendra Shah criticised India over the map."]);
    assert!(has_prefixes(&events, "NPLGOV", "11", "IND"), "{events:#?}");
    let events = story((2024, 6, 1), &["Listyo Sigit Prabowo met Australian officials in Jakarta."]);
    assert!(has_prefixes(&events, "IDNCOP", "04", "AUS"), "{events:#?}");
    let events = story((2025, 5, 1), &["The National Citizen Party accused India of interfering in Bangladesh's politics."]);
    assert!(has_prefixes(&events, "BGDPTY", "11", "IND"), "{events:#?}");
    let events = story((2025, 5, 1), &["NasDem accused China of dumping cheap steel."]);
    assert!(has_prefixes(&events, "IDNPTY", "11", "CHN"), "{events:#?}");
}

#[test]
fn a_ban_on_imports_of_a_nations_goods_targets_that_nation() {
    let events = story((2024, 5, 2), &["Vietnam banned imports of Chinese pork after an outbreak of swine fever."]);
    assert!(has_prefixes(&events, "VNM", "163", "CHN"), "{events:#?}");
    // Goods named without a nationality target no one.
    let events = story((2024, 5, 2), &["Vietnam banned imports of frozen pork after an outbreak of swine fever."]);
    assert!(!events.iter().any(|e| e.code.starts_with("163") && !e.target.is_empty()), "{events:#?}");
}

#[test]
fn upgrading_a_mission_in_a_capital_is_diplomatic_cooperation_with_its_state() {
    let events = story((2025, 10, 10), &["New Delhi upgraded its technical mission in Kabul to an embassy on Friday."]);
    assert!(has_prefixes(&events, "IND", "05", "AFG"), "{events:#?}");
}

#[test]
fn assuring_someone_that_one_will_act_is_a_statement_of_intent_toward_them() {
    let events = story((2024, 12, 16), &["Prime Minister Shigeru Ishiba assured Biden that Japan would not back away from its defence commitments."]);
    assert!(has_prefixes(&events, "JPNGOV", "03", "USA"), "{events:#?}");
}

#[test]
fn a_name_hung_apart_from_its_title_is_still_the_object() {
    // "Vice President X" as an object is read with the title as the object
    // and the name a second dependent of the verb.
    let events = story((2025, 2, 5), &["Protesters attacked Vice President Sara Duterte outside a church in Davao."]);
    assert!(has_prefixes(&events, "PHL", "1", "PHLGOV"), "{events:#?}");
    let events = story((2025, 2, 5), &["Police detained Vice President Sara Duterte in Manila on Wednesday."]);
    assert!(has_prefixes(&events, "PHLCOP", "17", "PHLGOV"), "{events:#?}");
}

#[test]
fn an_organisation_name_read_as_a_subject_inside_its_phrase_is_whole() {
    // "The United Nations human rights office" with "Nations" the subject of
    // "office": the name is one phrase.
    let events = story((2023, 2, 16), &["The United Nations human rights office criticised Nicaragua over the expulsions."]);
    assert!(has_prefixes(&events, "IGOUNO", "11", "NIC"), "{events:#?}");
}

#[test]
fn a_person_pronoun_object_may_be_of_another_body_of_the_sources_state() {
    let events = story((2025, 2, 5), &["Vice President Sara Duterte spoke to reporters in Manila on Monday.", "The National Bureau of Investigation summoned her on Friday."]);
    assert!(has_prefixes(&events, "PHLCOP", "", "PHLGOV"), "{events:#?}");
    // A state named bare is all its bodies: its own minister is no other party.
    let events = story((2024, 9, 9), &["Foreign Minister Jose Manuel Albares said Spain had granted him asylum."]);
    assert!(!events.iter().any(|e| e.source.starts_with("ESP") && e.target.starts_with("ESP")), "{events:#?}");
}

#[test]
fn an_infinitive_after_the_objects_apposition_is_the_asking_verbs_complement() {
    // "pressed X, an ethnic militia, to hand …" with "to hand" hung on the
    // apposition.
    let events = story((2025, 8, 1), &["Washington pressed the Arakan Army, an ethnic militia, to hand the port of Kyaukphyu back to the junta."]);
    assert!(has_prefixes(&events, "USA", "02", "MMRREB"), "{events:#?}");
    // A verb that does not ask anyone to act keeps its purpose clause.
    let events = story((2025, 8, 1), &["The army shelled the town, a rebel stronghold, to drive out fighters."]);
    assert!(!events.iter().any(|e| e.code.starts_with("02")), "{events:#?}");
}

#[test]
fn debt_relief_targets_the_debtor_named_by_its_possessor_or_by_phrase() {
    let events = story((2024, 6, 1), &["China also agreed to restructure debt owed by Zambia."]);
    assert!(has_prefixes(&events, "CHN", "03", "ZMB"), "{events:#?}");
    let events = story((2024, 6, 1), &["Japan agreed to restructure Sri Lanka's debt."]);
    assert!(has_prefixes(&events, "JPN", "03", "LKA"), "{events:#?}");
    let events = story((2024, 6, 1), &["France restructured debt owed by Senegal."]);
    assert!(has_prefixes(&events, "FRA", "07", "SEN"), "{events:#?}");
}
