//! Rules prompted by the fresh-ab stories (crates/pipeline/tests/data/fresh-ab:
//! Somalia, Nigeria, the Great Lakes, Armenia–Azerbaijan and Venezuela 2025),
//! each checked on sentences written for the test, not taken from a story.

mod common;

use common::{has_prefixes, story};

#[test]
fn officials_of_two_coordinated_countries_act_on_each_other() {
    // "of X and Y" on a plural subject: each country's side meets the other.
    let events = story((2025, 3, 14), &["The foreign ministers of Egypt and Jordan met in Cairo on Thursday."]);
    assert!(has_prefixes(&events, "EGY", "04", "JOR"), "{events:#?}");
    assert!(has_prefixes(&events, "JOR", "04", "EGY"), "{events:#?}");
    // The conjunct hangs off the last word of a multi-word name.
    let events = story((2025, 2, 21), &["The defence ministers of the United Arab Emirates and Kenya signed a security pact on Friday."]);
    assert!(has_prefixes(&events, "ARE", "05", "KEN"), "{events:#?}");
    assert!(has_prefixes(&events, "KEN", "05", "ARE"), "{events:#?}");
    // One country's leaders meeting someone named is not mutual.
    let events = story((2025, 3, 14), &["The leaders of Egypt met Jordan's king in Cairo on Thursday."]);
    assert!(!has_prefixes(&events, "JOR", "04", "EGY"), "{events:#?}");
}
