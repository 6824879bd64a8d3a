//! Rules and knowledge from the fresh-bc round (the South Caucasus and
//! Central Asia, 2024–2025), each checked on sentences written for the
//! test, not taken from a story.

mod common;

use common::{has_prefixes, story};

#[test]
fn people_of_the_caucasus_and_russia_hold_their_offices_of_the_day() {
    // The Azerbaijani president's foreign policy adviser.
    let events = story((2024, 6, 1), &["Hikmet Hajiyev criticised France on Monday."]);
    assert!(has_prefixes(&events, "AZEGOV", "11", "FRA"), "{events:#?}");
    // The deputy prime ministers who lead the two border commissions.
    let events = story((2024, 6, 1), &["Shahin Mustafayev criticised France on Monday."]);
    assert!(has_prefixes(&events, "AZEGOV", "11", "FRA"), "{events:#?}");
    let events = story((2024, 6, 1), &["Mher Grigoryan criticised Turkey on Monday."]);
    assert!(has_prefixes(&events, "ARMGOV", "11", "TUR"), "{events:#?}");
    // An archbishop of the Armenian church: religious, not the government.
    let events = story((2024, 6, 1), &["Archbishop Bagrat Galstanyan criticised Azerbaijan on Sunday."]);
    assert!(has_prefixes(&events, "ARMREL", "11", "AZE"), "{events:#?}");
    // Russia's ambassador in Kabul and a deputy prime minister.
    let events = story((2025, 3, 1), &["Dmitry Zhirnov criticised Pakistan on Monday."]);
    assert!(has_prefixes(&events, "RUSGOV", "11", "PAK"), "{events:#?}");
    let events = story((2025, 3, 1), &["Alexei Overchuk criticised Moldova on Monday."]);
    assert!(has_prefixes(&events, "RUSGOV", "11", "MDA"), "{events:#?}");
}

/// Provinces where strikes land stand for their country.
#[test]
fn afghan_armenian_and_kyrgyz_provinces_stand_for_their_country() {
    let events = story((2025, 3, 1), &["Pakistani aircraft bombed targets in Paktika on Friday."]);
    assert!(has_prefixes(&events, "PAK", "19", "AFG"), "{events:#?}");
    let events = story((2022, 9, 1), &["Tajik troops shelled villages in Batken on Friday."]);
    assert!(has_prefixes(&events, "TJK", "19", "KGZ"), "{events:#?}");
}

/// "went to Baku for a summit" is a visit, as "came to Baku for talks" is;
/// "went to the polls" is none.
#[test]
fn going_to_a_capital_for_a_summit_is_a_visit() {
    let events = story((2025, 3, 1), &["The Turkish president went to Baku for a summit on Tuesday."]);
    assert!(has_prefixes(&events, "TURGOV", "042", "AZE"), "{events:#?}");
    let events = story((2025, 3, 1), &["French voters went to the polls on Sunday."]);
    assert!(!events.iter().any(|e| e.code.starts_with("04")), "{events:#?}");
}

/// Waiving restrictions eases them, as lifting them does.
#[test]
fn waiving_restrictions_eases_them() {
    let events = story((2025, 3, 1), &["Washington waived restrictions on Azerbaijan on Friday."]);
    assert!(has_prefixes(&events, "USA", "081", "AZE"), "{events:#?}");
}

/// "the five presidents" stands for five states listed together, even a
/// few sentences back, and for none when no such list is near, not for
/// whichever states the story named last.
#[test]
fn a_count_of_three_or_more_is_a_list_not_the_last_states_named() {
    let lines = [
        "Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan held a summit in June.",
        "The region sells oil and gas to Europe.",
        "Russia has long seen the region as its backyard.",
        "Trump has praised the region's leaders.",
        "Putin criticised the plan last week.",
        "Chinese President Xi Jinping and the five presidents signed a treaty of friendship.",
    ];
    let events = story((2025, 6, 20), &lines);
    assert!(has_prefixes(&events, "CHN", "057", "TKM"), "{events:#?}");
    assert!(!events.iter().any(|e| e.code == "057" && (e.target.starts_with("RUS") || e.target.starts_with("USA") || e.source.starts_with("RUS") || e.source.starts_with("USA"))), "{events:#?}");
    let lines = [
        "The presidents of Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan met in Astana in June.",
        "The region sells oil and gas to Europe.",
        "Russia has long seen the region as its backyard.",
        "Trump has praised Tokayev.",
        "Putin criticised the plan last week.",
        "The summit was the second of its kind.",
        "Chinese President Xi Jinping and the five presidents signed a treaty of friendship.",
    ];
    let events = story((2025, 6, 20), &lines);
    assert!(!events.iter().any(|e| e.code == "057" && (e.target.starts_with("RUS") || e.target.starts_with("USA") || e.source.starts_with("RUS") || e.source.starts_with("USA"))), "{events:#?}");
}

/// An aircraft or a ship flying or heading somewhere makes no visit; its
/// passengers' leaders do.
#[test]
fn a_vehicle_travelling_is_no_visit() {
    let events = story((2025, 3, 1), &["An Azerbaijani airliner flying from Baku to Grozny crashed on Wednesday."]);
    assert!(!events.iter().any(|e| e.code.starts_with("04")), "{events:#?}");
    let events = story((2025, 3, 1), &["A Russian cargo ship headed to Syria on Monday."]);
    assert!(!events.iter().any(|e| e.code.starts_with("04")), "{events:#?}");
    let events = story((2025, 3, 1), &["The Georgian prime minister flew to Brussels on Monday."]);
    assert!(has_prefixes(&events, "GEOGOV", "042", "IGOEUR"), "{events:#?}");
}

/// "the two governments", like "the two leaders", are the two states of
/// the latest interaction, not a state named in passing since.
#[test]
fn the_two_governments_are_the_sides_of_the_latest_interaction() {
    let lines = [
        "Kyrgyzstan and Tajikistan signed a border treaty on Thursday.",
        "Russia welcomed the deal.",
        "Amnesty International urged the two governments to compensate the victims.",
    ];
    let events = story((2025, 3, 13), &lines);
    assert!(has_prefixes(&events, "NGO", "02", "KGZ"), "{events:#?}");
    assert!(has_prefixes(&events, "NGO", "02", "TJK"), "{events:#?}");
    assert!(!events.iter().any(|e| e.code.starts_with("02") && e.target.starts_with("RUS")), "{events:#?}");
}

/// "…in March 2023, and Bishkek blamed …" with the name read as a
/// conjunct of the month hung on the second verb: the name is that
/// verb's subject, not the first clause's subject again.
#[test]
fn a_name_after_and_read_as_a_conjunct_of_a_date_is_the_next_verbs_subject() {
    let events = story((2023, 4, 1), &["Uzbekistan accused Kyrgyz guards of firing on farmers near the border in March 2023, and Bishkek blamed Uzbek police for provoking the incident."]);
    assert!(has_prefixes(&events, "KGZ", "112", "UZB"), "{events:#?}");
    assert!(!events.iter().any(|e| e.code.starts_with("112") && e.source.starts_with("UZB") && e.target.starts_with("UZB")), "{events:#?}");
}

/// Guarding a border protects no neighbour: "guard the Afghan border" is
/// no aid to Afghanistan.
#[test]
fn guarding_a_border_protects_no_neighbour() {
    let events = story((2025, 6, 1), &["Turkmen troops guard the Afghan border with Russian help."]);
    assert!(!events.iter().any(|e| e.code.starts_with("07") && e.target.starts_with("AFG")), "{events:#?}");
    let events = story((2025, 6, 1), &["Tajikistan thanked Moscow for helping to guard the Afghan border."]);
    assert!(!events.iter().any(|e| e.code.starts_with("07") && e.target.starts_with("AFG")), "{events:#?}");
}

/// "called thousands onto the streets" summons a protest, it is no phone
/// call; "called the French president" is one.
#[test]
fn calling_people_onto_the_streets_is_no_call() {
    let events = story((2025, 6, 1), &["The Georgian president called thousands of people onto the streets of Tbilisi on Monday."]);
    assert!(!events.iter().any(|e| e.code.starts_with("041")), "{events:#?}");
    let events = story((2025, 6, 1), &["The Georgian president called the French president on Monday."]);
    assert!(has_prefixes(&events, "GEOGOV", "041", "FRA"), "{events:#?}");
}
