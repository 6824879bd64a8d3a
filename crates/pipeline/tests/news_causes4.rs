//! Rules for causes left by the fresh-o, fresh-p, fresh-q, fresh-r and
//! real-pages sets, each checked on sentences written for the test, not taken
//! from a story.

mod common;

use common::{has_prefixes, story};

#[test]
fn denying_violations_or_abuses_is_a_denial() {
    let events = story((2025, 5, 1), &["Serbia denied any violations of the agreement."]);
    assert!(has_prefixes(&events, "SRB", "016", ""), "{events:#?}");
    let events = story((2025, 5, 1), &["The Ethiopian government denied the abuses."]);
    assert!(has_prefixes(&events, "ETH", "016", ""), "{events:#?}");
}

#[test]
fn a_stranded_to_before_both_is_the_preposition_of_its_noun() {
    // "spoken to both leaders" parsed with "to" an oblique of its own and
    // "leaders" a bare noun of the verb.
    let events = story((2024, 3, 2), &[
        "Armenian and Azerbaijani troops clashed along the border on Friday.",
        "The Georgian prime minister said he had spoken to both leaders and urged them to show restraint.",
    ]);
    assert!(has_prefixes(&events, "GEO", "04", "ARM"), "{events:#?}");
    assert!(has_prefixes(&events, "GEO", "04", "AZE"), "{events:#?}");
}

#[test]
fn a_repeated_counted_description_keeps_its_two_officials() {
    // The second "two leaders" are the same two, not the mediator who spoke
    // of the first.
    let events = story((2024, 3, 2), &[
        "Armenian and Azerbaijani troops clashed along the border on Friday.",
        "Armenia accused Azerbaijan of shelling villages.",
        "Thousands of people fled the area.",
        "The Azerbaijani president called for calm.",
        "The Georgian prime minister said he had spoken to both leaders.",
        "The French president said he had called the two leaders.",
    ]);
    assert!(has_prefixes(&events, "FRA", "04", "ARM"), "{events:#?}");
    assert!(has_prefixes(&events, "FRA", "04", "AZE"), "{events:#?}");
    assert!(!events.iter().any(|e| e.source.starts_with("FRA") && e.target.starts_with("GEO")), "{events:#?}");
}
