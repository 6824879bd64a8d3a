//! Warnings of what the speaker's own side will do under a condition are
//! threats (13), with or without someone named to bear them; warnings of
//! what will happen to things stay pessimistic remarks (012). Sentences
//! written for the test.

mod common;

use common::story;

#[test]
fn a_warning_of_ones_own_act_under_a_condition_is_a_threat() {
    let events = story((2025, 2, 4), &["Iran's foreign minister warned that Tehran could expand its enrichment programme if the negotiations collapsed."]);
    assert!(events.iter().any(|e| e.source.starts_with("IRN") && e.code.starts_with("13")), "{events:#?}");
    let events = story((2025, 2, 4), &["The central bank governor warned that prices would rise if the drought continued."]);
    assert!(!events.iter().any(|e| e.code.starts_with("13")), "{events:#?}");
}
