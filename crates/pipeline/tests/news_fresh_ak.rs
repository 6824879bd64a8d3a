//! Rules from the fresh-ak round (Latin America, the Caribbean and Africa
//! 2024–2025), each checked on sentences written for the test, not taken
//! from a story.

mod common;

use common::{has_prefixes, story};

#[test]
fn a_threatened_intervention_in_a_place_targets_that_place() {
    let events = story((2023, 8, 10), &["Kenya's president threatened a military intervention in Somalia if the attacks continued."]);
    assert!(has_prefixes(&events, "KEN", "138", "SOM"), "{events:#?}");
    let events = story((2022, 2, 10), &["Moscow has threatened an invasion in Ukraine for months."]);
    assert!(has_prefixes(&events, "RUS", "13", "UKR"), "{events:#?}");
    // A threat with no place keeps its event without a target.
    let events = story((2023, 8, 10), &["The general threatened a military intervention."]);
    assert!(!events.iter().any(|e| e.code.starts_with("13") && e.target.starts_with("SOM")), "{events:#?}");
}
