//! Small general causes of the news coder, each checked on sentences
//! written for the test, not taken from a story.

mod common;

use common::{has_prefixes, story};

#[test]
fn the_council_is_the_body_named_a_council_before_a_later_bloc() {
    // A national body named "… Council" earlier, an international
    // organisation named in between: "the council" is the body.
    let events = story((2024, 7, 29), &[
        "Venezuela's National Electoral Council declared Nicolas Maduro the winner of the election on Monday.",
        "The Organization of American States rejected the result.",
        "Brazil urged the council to publish the tally sheets.",
    ]);
    assert!(has_prefixes(&events, "BRA", "02", "VEN"), "{events:#?}");
    assert!(!events.iter().any(|e| e.source.starts_with("BRA") && e.target.starts_with("IGO")), "{events:#?}");
    // An armed group named a council, the same.
    let events = story((2025, 12, 5), &[
        "The Southern Transitional Council seized the presidential palace in Aden on Friday.",
        "The Arab League expressed concern over the fighting.",
        "Saudi Arabia urged the council to withdraw its forces from the city.",
    ]);
    assert!(has_prefixes(&events, "SAU", "02", "YEM"), "{events:#?}");
    // With no earlier body named a council, "the council" is still the
    // organisation named last.
    let events = story((2024, 7, 29), &[
        "Venezuela's electoral authority declared Nicolas Maduro the winner of the election on Monday.",
        "The Organization of American States rejected the result.",
        "Brazil urged the council to publish the tally sheets.",
    ]);
    assert!(has_prefixes(&events, "BRA", "02", "IGO"), "{events:#?}");
}

#[test]
fn named_members_after_a_plural_object_are_its_targets() {
    // "including …" after the object, whichever word the parser hangs
    // it on, names the actors the object stands for.
    let events = story((2023, 10, 12), &["The European Union condemned several governments, including Russia and Iran, for the attacks."]);
    assert!(has_prefixes(&events, "IGO", "11", "RUS"), "{events:#?}");
    assert!(has_prefixes(&events, "IGO", "11", "IRN"), "{events:#?}");
    let events = story((2023, 5, 5), &["Ukraine thanked several partners, including Germany, for the air defence systems."]);
    assert!(has_prefixes(&events, "UKR", "05", "DEU"), "{events:#?}");
}
