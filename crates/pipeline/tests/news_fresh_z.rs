//! Rules prompted by the fresh-z stories (crates/pipeline/tests/data/fresh-z:
//! Ukraine and Russia 2025, the Koreas and Japan, Scarborough Shoal), each
//! checked on sentences written for the test, not taken from a story.

mod common;

use common::{has_prefixes, story};

#[test]
fn two_titled_names_in_a_compound_subject_are_both_subjects() {
    // "President" read as the conjunct and "Volodymyr" as a second subject.
    let events = story((2025, 8, 19), &["U.S. President Donald Trump and Ukrainian President Volodymyr Zelenskiy held talks at the White House on Monday."]);
    assert!(has_prefixes(&events, "USA", "04", "UKR"), "{events:#?}");
    assert!(has_prefixes(&events, "UKR", "04", "USA"), "{events:#?}");
    let events = story((2025, 9, 12), &["U.S. President Donald Trump and Turkish President Tayyip Erdogan discussed Syria on Thursday."]);
    assert!(has_prefixes(&events, "TUR", "04", "USA"), "{events:#?}");
}

#[test]
fn declaring_forces_legitimate_targets_is_a_threat() {
    let events = story((2025, 3, 6), &["The Russian Foreign Ministry said that any European troops deployed to Ukraine would be legitimate targets."]);
    assert!(has_prefixes(&events, "RUS", "13", ""), "{events:#?}");
    // The reported clause after a time phrase, read as a relative of the day.
    let events = story((2025, 3, 7), &["The Russian Foreign Ministry said on Thursday that British troops in Ukraine would be legitimate targets."]);
    assert!(has_prefixes(&events, "RUS", "13", "GBR"), "{events:#?}");
    // A bare description of a target is no threat.
    let events = story((2025, 3, 6), &["The ministry said the refinery had been a target of earlier attacks."]);
    assert!(!events.iter().any(|e| e.code.starts_with("13")), "{events:#?}");
}

#[test]
fn wanting_to_meet_someone_is_an_intent_to_meet() {
    let events = story((2025, 10, 25), &["Trump said on Saturday he would love to meet North Korean leader Kim Jong Un during his trip to Asia."]);
    assert!(has_prefixes(&events, "USA", "03", "PRK"), "{events:#?}");
}
