//! Rules prompted by the fresh-y stories (crates/pipeline/tests/data/fresh-y:
//! Latin America 2024-2025 and the Great Lakes 2025), each checked on
//! sentences written for the test, not taken from a story.

mod common;

use common::{has_prefixes, story};

#[test]
fn the_object_of_an_asking_verb_read_as_a_later_subject_is_its_object() {
    // "the United States" hung as a second subject of the next clause's verb.
    let events = story((2025, 2, 10), &["Petro has asked the United States to return the migrants on civilian planes, and he met Brazil's foreign minister on Friday."]);
    assert!(has_prefixes(&events, "COL", "02", "USA"), "{events:#?}");
    assert!(has_prefixes(&events, "COL", "04", "BRA"), "{events:#?}");
}

#[test]
fn an_infinitive_after_the_object_of_a_control_verb_is_its_complement() {
    // "to return" hung on the last conjunct of the object, not on the verb.
    let events = story((2025, 3, 4), &["The African Union has urged Kinshasa and the M23 rebels to return to the negotiating table."]);
    assert!(events.iter().any(|e| e.source.starts_with("IGOAFR") && e.code.starts_with("02") && e.target.starts_with("COD") && !e.target.starts_with("CODREB")), "{events:#?}");
    assert!(has_prefixes(&events, "IGOAFR", "02", "CODREB"), "{events:#?}");
}

#[test]
fn a_perfect_with_an_object_after_that_is_active() {
    // "that" and the subject both read as passive subjects of "had shelled".
    let events = story((2025, 2, 20), &["Amnesty International said on Thursday that Rwandan troops had shelled a camp for displaced people near Goma."]);
    assert!(has_prefixes(&events, "RWA", "19", ""), "{events:#?}");
}

#[test]
fn a_group_name_that_is_the_surname_of_a_person_named_in_full_is_that_person() {
    // Congo's foreign minister, not the Russian mercenary group.
    let events = story((2025, 2, 25), &["Congo's Foreign Minister Therese Kayikwamba Wagner arrived in Geneva on Monday.", "Wagner accused Rwanda of violating Congo's sovereignty."]);
    assert!(has_prefixes(&events, "CODGOV", "11", "RWA"), "{events:#?}");
    assert!(!events.iter().any(|e| e.source.starts_with("RUS")), "{events:#?}");
    // Alone, the name is still the group.
    let events = story((2023, 3, 1), &["Wagner attacked Ukrainian positions near Bakhmut."]);
    assert!(events.iter().any(|e| e.source.starts_with("RUS") && e.code.starts_with("19")), "{events:#?}");
}

#[test]
fn ecuadors_gangs_and_opposition_and_decertification_are_known() {
    let events = story((2025, 1, 15), &["Ecuadorian police arrested two leaders of Los Choneros in Guayaquil on Tuesday."]);
    assert!(events.iter().any(|e| e.source.starts_with("ECU") && e.code.starts_with("17") && e.target.starts_with("ECUCRM")), "{events:#?}");
    let events = story((2025, 4, 15), &["Luisa Gonzalez accused President Daniel Noboa of fraud."]);
    assert!(has_prefixes(&events, "ECUOPP", "11", "ECUGOV"), "{events:#?}");
    let events = story((2025, 9, 17), &["The United States decertified Bolivia and Venezuela on Monday."]);
    assert!(has_prefixes(&events, "USA", "16", "BOL"), "{events:#?}");
}
