//! Rules and knowledge from the fresh-bg round (Europe 2025 and the war in
//! Ukraine seen from European capitals), each checked on sentences written
//! for the test, not taken from a story.

mod common;

use common::{has_prefixes, story};

/// Karol Nawrocki headed Poland's Institute of National Remembrance, a
/// state body, before he became president in August 2025; Nicusor Dan was
/// mayor of Bucharest before he became president in May 2025; Rafal
/// Trzaskowski is mayor of Warsaw. Each is coded by the office of the day.
#[test]
fn nawrocki_dan_and_trzaskowski_before_their_presidencies() {
    let events = story((2025, 3, 10), &["The Hungarian prime minister met Karol Nawrocki in Budapest."]);
    assert!(has_prefixes(&events, "HUNGOV", "04", "POLGOV"), "{events:#?}");
    let events = story((2025, 4, 20), &["Maia Sandu met Nicusor Dan in Chisinau."]);
    assert!(has_prefixes(&events, "MDAGOV", "04", "ROUGOV"), "{events:#?}");
    let events = story((2024, 9, 5), &["The German ambassador met Rafal Trzaskowski at city hall."]);
    assert!(has_prefixes(&events, "DEU", "04", "POLGOV"), "{events:#?}");
    // (Nawrocki as president after August 2025, unchanged.)
    let events = story((2025, 10, 1), &["Karol Nawrocki criticised the German government."]);
    assert!(has_prefixes(&events, "POLGOV", "11", "DEUGOV"), "{events:#?}");
}

/// George Simion, leader of the Alliance for the Union of Romanians, an
/// opposition party.
#[test]
fn simion_leads_an_opposition_party() {
    let events = story((2025, 6, 3), &["George Simion accused the Romanian government of corruption."]);
    assert!(has_prefixes(&events, "ROUOPP", "11", "ROUGOV"), "{events:#?}");
}

/// "On Sunday, A, B, C and D travelled to Kyiv": a list of names after a
/// fronted date, read as appositions and conjuncts of the month, is the
/// verb's subject, every name of it.
#[test]
fn a_list_of_names_after_a_fronted_date_is_the_subject() {
    let events = story((2025, 6, 1), &["On Sunday, Schoof, Fiala, Meloni and Sikorski travelled to Kyiv."]);
    assert!(has_prefixes(&events, "NLDGOV", "04", "UKR"), "{events:#?}");
    assert!(has_prefixes(&events, "CZEGOV", "04", "UKR"), "{events:#?}");
    assert!(has_prefixes(&events, "POLGOV", "04", "UKR"), "{events:#?}");
    let events = story((2025, 6, 1), &["On Tuesday, Frederiksen, Costa, Meloni and Sikorski condemned Russia."]);
    assert!(has_prefixes(&events, "DNKGOV", "11", "RUS"), "{events:#?}");
    assert!(has_prefixes(&events, "ITAGOV", "11", "RUS"), "{events:#?}");
}

/// "ready for any format of talks with Moscow": readiness for a format,
/// kind or form of talks with someone is an intent to meet them.
#[test]
fn ready_for_a_format_of_talks_with_someone() {
    let events = story((2025, 6, 1), &["The Armenian prime minister said Yerevan was ready for any format of talks with Baku."]);
    assert!(has_prefixes(&events, "ARM", "036", "AZE"), "{events:#?}");
}

/// "Kyiv would work with Brussels on …": a future "work with" is an
/// intent to cooperate.
#[test]
fn would_work_with_is_an_intent_to_cooperate() {
    let events = story((2025, 6, 1), &["The Finnish president said Helsinki would work with Stockholm on air defence."]);
    assert!(has_prefixes(&events, "FIN", "03", "SWE"), "{events:#?}");
}

/// "Polish and allied aircraft shot down Russian drones" with "shot"
/// tagged a noun and "down" heading the clause: "shot" before the particle
/// "down" is the verb, the noun before it its subject.
#[test]
fn shot_down_with_shot_read_as_a_noun() {
    let events = story((2025, 9, 12), &["NATO met on Friday, two days after Romanian and allied aircraft shot down Russian drones over Romania."]);
    assert!(has_prefixes(&events, "ROU", "19", "RUS"), "{events:#?}");
}

/// "would spend 5 billion euros on new military aid for Ukraine": money
/// spent (allocated, earmarked) on aid for someone is aid to them; a future
/// one is a promise of it.
#[test]
fn money_spent_on_aid_for_someone() {
    let events = story((2025, 6, 1), &["The Dutch defence minister said the Netherlands would spend 2 billion euros on new military aid for Ukraine."]);
    assert!(has_prefixes(&events, "NLD", "0332", "UKR"), "{events:#?}");
    let events = story((2025, 6, 1), &["Japan spent 300 million dollars on aid for Sudan last year."]);
    assert!(has_prefixes(&events, "JPN", "070", "SDN"), "{events:#?}");
}

/// "would extend its air policing mission over Poland": an air policing
/// (patrol) mission over another state protects it; a future one is a
/// promise of protection.
#[test]
fn an_air_policing_mission_over_another_state() {
    let events = story((2025, 6, 1), &["Italy said it would extend its air policing mission over Romania."]);
    assert!(has_prefixes(&events, "ITA", "0334", "ROU"), "{events:#?}");
    let events = story((2025, 6, 1), &["Spain will expand its air policing mission over Lithuania."]);
    assert!(has_prefixes(&events, "ESP", "0334", "LTU"), "{events:#?}");
}
