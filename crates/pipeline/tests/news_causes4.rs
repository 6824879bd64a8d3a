//! Rules for causes left by the fresh-o, fresh-p, fresh-q, fresh-r and
//! real-pages sets, each checked on sentences written for the test, not taken
//! from a story.

mod common;

use common::{has_prefixes, story};

#[test]
fn told_x_that_is_a_statement_to_x_not_a_meeting() {
    let events = story((2025, 5, 1), &["Lavrov told Rubio that Moscow wanted a lasting settlement."]);
    assert!(has_prefixes(&events, "RUS", "010", "USA"), "{events:#?}");
    assert!(!events.iter().any(|e| e.code.starts_with("04")), "{events:#?}");
    // Told in a call: the call is the contact.
    let events = story((2025, 5, 1), &["The Turkish foreign minister told his Greek counterpart in a telephone call that Ankara would not accept the plan."]);
    assert!(has_prefixes(&events, "TUR", "04", "GRC"), "{events:#?}");
    // Media and audiences are no target of the statement.
    let events = story((2025, 5, 1), &["The Iranian foreign minister told reporters that the talks had been useful."]);
    assert!(!events.iter().any(|e| e.code == "010" && !e.target.is_empty()), "{events:#?}");
    // Told without a content clause stays a contact.
    let events = story((2025, 5, 1), &["Macron told Scholz about the plan during a call."]);
    assert!(has_prefixes(&events, "FRA", "04", "DEU"), "{events:#?}");
}

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
