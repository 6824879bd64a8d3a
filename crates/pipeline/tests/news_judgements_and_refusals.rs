//! Stop 35's general fixes: judgements that make a naming criticism, and
//! refusals. Sentences written for the test.

mod common;

use common::story;

/// "called the ruling inflammatory", "called his remarks offensive": an
/// adjective of condemnation as the predicate of "call X …" is criticism
/// of X's author (111), like "called it a farce".
#[test]
fn calling_something_unjust_is_criticism() {
    let events = story((2024, 2, 14), &["Beijing called the Philippine decision inflammatory."]);
    assert!(events.iter().any(|e| e.source == "CHN" && e.target == "PHL" && e.code == "111"), "{events:#?}");
    let events = story((2025, 1, 9), &["Venezuelan Foreign Minister Yvan Gil called Argentina's remarks insulting and offensive."]);
    assert!(events.iter().any(|e| e.source == "VENGOV" && e.target == "ARG" && e.root_code == "11"), "{events:#?}");
}
