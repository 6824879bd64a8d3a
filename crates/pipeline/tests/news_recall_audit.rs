//! Recall causes found by auditing the misses of all fresh sets: places
//! attacked or seized with no owner named, and people arrested who are
//! counted or named by a word the knowledge base lacked ("three suspects",
//! "two journalists"). Each sentence is written for the test, not taken
//! from a fixture or fresh-set story.

mod common;

use common::{has_prefixes, story};
use demarche_code::Event;

fn show(events: &[Event]) -> Vec<String> {
    events.iter().map(|e| format!("{} {} {}", e.source, e.code, e.target)).collect()
}

#[test]
fn a_place_attacked_with_no_owner_named_is_the_story_countrys() {
    let events = story(
        (2025, 2, 3),
        &["Jihadist fighters attacked an army convoy in northern Burkina Faso on Sunday.", "Islamist militants torched a market and a clinic before fleeing, residents said."],
    );
    assert!(events.iter().any(|e| e.code.starts_with("17") && e.source.starts_with("BFA") && e.target == "BFA"), "{:?}", show(&events));
    let events = story((2024, 9, 20), &["Fighting flared again in Sudan's Darfur region on Thursday.", "The army bombed several villages on Thursday."]);
    assert!(has_prefixes(&events, "SDN", "19", "SDN"), "{:?}", show(&events));
}

#[test]
fn a_state_named_bare_does_not_attack_its_own_places() {
    let events = story((2025, 3, 1), &["Russia shelled several villages overnight, officials said."]);
    assert!(!events.iter().any(|e| e.source == "RUS" && e.target.starts_with("RUS")), "{:?}", show(&events));
}

#[test]
fn counted_journalists_and_suspects_arrested_are_people_of_the_country() {
    let events = story((2025, 6, 2), &["Niger's military government has tightened its grip on the press.", "Police in Niamey arrested three journalists on Tuesday."]);
    assert!(has_prefixes(&events, "NER", "17", "NER"), "{:?}", show(&events));
    let events = story((2024, 5, 6), &["Lebanon's army deployed troops along the southern border on Monday.", "Soldiers arrested four suspects during raids in the area."]);
    assert!(has_prefixes(&events, "LBN", "17", "LBN"), "{:?}", show(&events));
    // Politicians, a word the knowledge base lacked.
    let events = story((2024, 5, 6), &["Police in Dhaka detained dozens of politicians on Sunday."]);
    assert!(has_prefixes(&events, "BGD", "17", "BGD"), "{:?}", show(&events));
}

#[test]
fn a_place_named_by_its_occupants_is_theirs_not_the_countrys() {
    // "bandit camps": the camps of a sector, not the country's own places.
    let events = story((2024, 3, 9), &["Gunmen abducted dozens of pupils in Nigeria's Kaduna state on Thursday.", "Nigerian warplanes bombed two bandit camps in the forest on Friday."]);
    assert!(events.iter().any(|e| e.code.starts_with("19") && e.source == "NGAMIL"), "{:?}", show(&events));
    assert!(!events.iter().any(|e| e.code.starts_with("19") && e.target == "NGA"), "{:?}", show(&events));
}
