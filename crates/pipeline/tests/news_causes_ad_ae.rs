//! Rules for causes left by the fresh-ad and fresh-ae rounds, each checked
//! on sentences written for the test, not taken from a story.

mod common;

use common::{has_prefixes, story};

#[test]
fn a_person_captured_is_arrested_a_place_captured_is_occupied() {
    // A named person as the object of "captured" / "seized".
    let events = story((2003, 12, 20), &["U.S. special forces captured Saddam Hussein in a farmhouse south of his home town."]);
    assert!(has_prefixes(&events, "USA", "173", "IRQ"), "{events:#?}");
    assert!(!events.iter().any(|e| e.code == "192"), "{events:#?}");
    // A person noun as the object.
    let events = story((2023, 5, 2), &["Ukrainian troops seized an aide of the Russian defence minister near the front."]);
    assert!(events.iter().any(|e| e.source.starts_with("UKR") && e.code == "173"), "{events:#?}");
    assert!(!events.iter().any(|e| e.code == "192"), "{events:#?}");
    // A town captured stays an occupation of territory.
    let events = story((2023, 5, 2), &["Russian forces captured Bakhmut after a long siege."]);
    assert!(has_prefixes(&events, "RUS", "192", "UKR"), "{events:#?}");
    assert!(!events.iter().any(|e| e.code == "173"), "{events:#?}");
}
