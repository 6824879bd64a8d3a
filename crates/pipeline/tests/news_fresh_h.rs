//! Rules prompted by the fresh-h stories (crates/pipeline/tests/data/fresh-h:
//! Asia-Pacific, Latin America, the Horn and Great Lakes of Africa), each
//! checked on sentences written for the test, not taken from a story.

mod common;

use demarche_code::Event;
use demarche_pipeline::Pipeline;

fn story(date: (i32, u32, u32), paragraphs: &[&str]) -> Vec<Event> {
    common::code_story(&Pipeline::builtin(), date, paragraphs)
}

#[test]
fn a_place_inside_a_person_s_name_is_no_place() {
    // "Aden" inside a Somali official's name: "the government" after it is
    // still Kenya's, not Yemen's.
    let events = story((2025, 2, 3), &["Kenyan police arrested 40 protesters in Nairobi on Monday.", "Spokesman Mohamed Aden Farah said the government had ordered the arrests.", "Gunmen attacked the government in a statement released later."]);
    assert!(!events.iter().any(|e| e.source.starts_with("YEM") || e.target.starts_with("YEM")), "{events:#?}");
    let events = story((2025, 2, 3), &["Interior Minister Chad Wolf condemned the attack on the embassy in Nairobi."]);
    assert!(!events.iter().any(|e| e.source.starts_with("TCD")), "{events:#?}");
    // A place named on its own, or first in a name, still is one.
    let events = story((2025, 2, 3), &["Yemen's government accused the Houthis of shelling Aden on Monday."]);
    assert!(events.iter().any(|e| e.source.starts_with("YEM")), "{events:#?}");
}
