//! Stop 34's general fixes: talks and calls named in a fronted or trailing
//! phrase, and the labels that make a description criticism. Sentences
//! written for the test.

mod common;

use common::story;

/// "left Dakar after talks with Faye", "During a call with Macron, Merz
/// said …": talks or a call with someone, after or during which the
/// clause's act happened, were the clause subject's own; talks "with both
/// sides" were a third party's, not the subjects'.
#[test]
fn talks_in_a_time_phrase_are_the_clause_subjects() {
    let events = story((2024, 5, 3), &["Spanish Prime Minister Pedro Sanchez left Dakar on Friday after talks with President Bassirou Diomaye Faye."]);
    assert!(events.iter().any(|e| e.source == "ESPGOV" && e.target == "SENGOV" && e.root_code == "04"), "{events:#?}");
    let events = story((2025, 6, 3), &["During a telephone call with Emmanuel Macron on Tuesday, German Chancellor Friedrich Merz said Europe would keep its sanctions on Russia."]);
    assert!(events.iter().any(|e| e.source == "DEUGOV" && e.target == "FRAGOV" && e.root_code == "04"), "{events:#?}");
    let events = story((2025, 6, 3), &["The Qatari mediator said that, after discussions with both sides, Israel and Hamas had agreed to resume talks."]);
    assert!(!events.iter().any(|e| e.source.starts_with("ISR") && e.target.is_empty() && e.root_code == "04"), "{events:#?}");
    assert!(!events.iter().any(|e| e.source.starts_with("ISR") && e.target == "QAT"), "{events:#?}");
}

/// "After a phone call with Ruto, the president said …" with the fronted
/// phrase read as the clause's subject: a noun with a preposition of its
/// own is no subject, and the name after the comma is.
#[test]
fn a_fronted_phrase_is_no_subject() {
    let events = story((2024, 9, 2), &["After a phone call with William Ruto on Monday, Ugandan President Yoweri Museveni said the border would stay open."]);
    assert!(events.iter().any(|e| e.source == "UGAGOV" && e.target == "KENGOV" && e.code == "040"), "{events:#?}");
}

/// "The authorities have detained thousands of people" in a story that
/// names another state most: people with no country of their own whom a
/// state's police, courts or government arrest are that state's people,
/// not the story's most named state's.
#[test]
fn people_arrested_by_a_states_organs_are_its_people() {
    let events = story(
        (2022, 1, 10),
        &[
            "Russian paratroopers landed in Almaty on Thursday, and Russia said its troops would guard airports and power stations.",
            "Moscow said the Russian contingent would stay for weeks and Russian officers would lead it.",
            "Kazakh police have detained nearly 8,000 people since the unrest began.",
        ],
    );
    assert!(events.iter().any(|e| e.source == "KAZCOP" && e.root_code == "17" && e.target == "KAZCVL"), "{events:#?}");
}
