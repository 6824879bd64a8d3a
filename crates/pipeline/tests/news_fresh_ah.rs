//! Rules from the fresh-ah round (Asia and Latin America, 2023–2025):
//! tariffs and bans on goods by their origin, paused tariffs, water cannon
//! turned on a named party; each checked on sentences written for the
//! test, not taken from a story.

mod common;

use common::{has_prefixes, story};

#[test]
fn tariffs_on_imports_from_a_country_target_that_country() {
    let events = story((2025, 3, 3), &["U.S. President Donald Trump ordered 20% tariffs on imports from Ecuador and Peru."]);
    assert!(has_prefixes(&events, "USAGOV", "163", "ECU"), "{events:#?}");
    assert!(has_prefixes(&events, "USAGOV", "163", "PER"), "{events:#?}");
    let events = story((2025, 3, 3), &["Donald Trump ordered sanctions against Venezuela on Friday."]);
    assert!(has_prefixes(&events, "USAGOV", "163", "VEN"), "{events:#?}");
    // Ordering someone to act is a demand, not a sanction.
    let events = story((2025, 3, 3), &["Donald Trump ordered Venezuela to take back its citizens."]);
    assert!(!events.iter().any(|e| e.code.starts_with("163")), "{events:#?}");
}

#[test]
fn a_ban_on_food_from_a_country_is_an_embargo_on_it() {
    let events = story((2024, 5, 2), &["South Korea banned pork from Germany after an outbreak of swine fever."]);
    assert!(has_prefixes(&events, "KOR", "163", "DEU"), "{events:#?}");
    let events = story((2024, 5, 2), &["Taiwan banned seafood from two Chinese provinces."]);
    assert!(has_prefixes(&events, "TWN", "163", "CHN"), "{events:#?}");
}

#[test]
fn pausing_or_postponing_tariffs_eases_them() {
    let events = story((2025, 4, 10), &["Donald Trump paused the tariffs on Brazil for 90 days."]);
    assert!(has_prefixes(&events, "USAGOV", "085", "BRA"), "{events:#?}");
    let events = story((2025, 4, 10), &["The European Union postponed its sanctions against Belarus."]);
    assert!(has_prefixes(&events, "IGOEU", "085", "BLR"), "{events:#?}");
}

#[test]
fn blasting_a_party_with_water_cannon_is_repression_not_criticism() {
    let events = story((2024, 3, 5), &["The Chinese coast guard sprayed a Vietnamese fishing boat with water cannon."]);
    assert!(has_prefixes(&events, "CHN", "175", "VNM"), "{events:#?}");
    let events = story((2024, 3, 5), &["Police in Tbilisi blasted opposition protesters with water cannon and tear gas."]);
    assert!(events.iter().any(|e| e.code == "175"), "{events:#?}");
    assert!(!events.iter().any(|e| e.code.starts_with("11")), "{events:#?}");
}

#[test]
fn a_craft_refused_is_its_state_s() {
    let events = story((2025, 3, 3), &["Venezuela refused a U.S. deportation flight on Tuesday."]);
    assert!(has_prefixes(&events, "VEN", "120", "USA"), "{events:#?}");
    let events = story((2025, 3, 3), &["Honduras refused to let two American military planes land."]);
    assert!(has_prefixes(&events, "HND", "120", "USA"), "{events:#?}");
    // A refusal of a thing with no state stays without a target.
    let events = story((2025, 3, 3), &["Nicaragua refused the request."]);
    assert!(events.iter().all(|e| e.target.is_empty()), "{events:#?}");
}

#[test]
fn officials_of_the_2023_to_2025_stories_are_actors_by_their_role_on_the_day() {
    let events = story((2024, 10, 2), &["Bangladesh's foreign affairs adviser Touhid Hossain criticised India over border killings."]);
    assert!(has_prefixes(&events, "BGDGOV", "111", "IND"), "{events:#?}");
    let events = story((2024, 12, 20), &["Foreign Secretary Jashim Uddin criticised Myanmar over the Rohingya crisis."]);
    assert!(has_prefixes(&events, "BGDGOV", "111", "MMR"), "{events:#?}");
    let events = story((2024, 12, 20), &["High Commissioner Pranay Verma met Bangladesh's foreign affairs adviser Touhid Hossain."]);
    assert!(has_prefixes(&events, "INDGOV", "04", "BGD"), "{events:#?}");
    let events = story((2024, 3, 10), &["Chinese Ambassador Huang Xilian criticised the Philippines over the resupply missions."]);
    assert!(has_prefixes(&events, "CHNGOV", "111", "PHL"), "{events:#?}");
    let events = story((2023, 11, 10), &["Gan Yu accused the Philippines of sending construction materials to the shoal."]);
    assert!(has_prefixes(&events, "CHNMIL", "112", "PHL"), "{events:#?}");
    let events = story((2024, 2, 1), &["Ralph Gonsalves urged Venezuela and Guyana to keep talking."]);
    assert!(has_prefixes(&events, "VCTGOV", "02", "VEN"), "{events:#?}");
}

#[test]
fn hasina_after_her_fall_is_a_former_leader_not_the_government() {
    let events = story((2025, 1, 10), &["Sheikh Hasina accused Muhammad Yunus of persecuting her party."]);
    assert!(has_prefixes(&events, "BGDELI", "112", "BGDGOV"), "{events:#?}");
    let events = story((2023, 1, 10), &["Sheikh Hasina accused the opposition of plotting violence."]);
    assert!(events.iter().any(|e| e.source.starts_with("BGDGOV")), "{events:#?}");
}

#[test]
fn a_future_deployment_against_no_one_is_no_threat() {
    let events = story((2025, 2, 4), &["The interior minister said the troops would deploy to the northern border on Friday."]);
    assert!(!events.iter().any(|e| e.code.starts_with("13")), "{events:#?}");
    // Against a named side it is a threat of force.
    let events = story((2025, 2, 4), &["Venezuela said it would deploy troops against Guyana."]);
    assert!(has_prefixes(&events, "VEN", "138", "GUY"), "{events:#?}");
}

#[test]
fn a_country_modifier_running_into_an_agent_word_names_that_force() {
    // "U.S. military" as a modifier of the thing refused is its actor.
    let events = story((2025, 3, 3), &["Mexico refused a U.S. military flight last week."]);
    assert!(has_prefixes(&events, "MEX", "120", "USA"), "{events:#?}");
    let events = story((2025, 3, 3), &["Petro had refused to let two U.S. military planes land on Sunday."]);
    assert!(has_prefixes(&events, "COLGOV", "120", "USA"), "{events:#?}");
}
