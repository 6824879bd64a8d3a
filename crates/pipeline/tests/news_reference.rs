//! Reported speech in news, on sentences of our own: a denial reported in a
//! speaker's clause ("X said Y was not responsible") is the speaker's
//! statement (CAMEO 016) with the cleared actor as target, never an event
//! of the cleared actor, and never an accusation.

mod common;

use demarche_code::Event;
use demarche_pipeline::Pipeline;

fn code(pipeline: &Pipeline, paragraphs: &[&str]) -> Vec<Event> {
    common::code_story(pipeline, (2024, 6, 11), paragraphs)
}

#[test]
fn reported_denial_belongs_to_the_speaker() {
    let pipeline = Pipeline::builtin();
    let cases = [
        ("Kenya's foreign ministry said Uganda was not responsible for the attack.", "KEN", "UGA"),
        ("Chile's president said Peru was not involved in the smuggling.", "CHL", "PER"),
    ];
    for (sentence, speaker, cleared) in cases {
        let events = code(&pipeline, &[sentence]);
        assert!(
            events.iter().any(|e| e.code == "016" && e.source.starts_with(speaker) && e.target.starts_with(cleared)),
            "{sentence}: {events:#?}"
        );
        // The cleared actor did nothing, and nobody was accused.
        assert!(!events.iter().any(|e| e.source.starts_with(cleared)), "{sentence}: {events:#?}");
        assert!(!events.iter().any(|e| e.root_code == "11"), "{sentence}: {events:#?}");
    }
}

#[test]
fn own_denial_has_no_target() {
    let pipeline = Pipeline::builtin();
    let events = code(&pipeline, &["Rwanda said it was not responsible for the shelling."]);
    assert!(events.iter().any(|e| e.code == "016" && e.source.starts_with("RWA") && e.target.is_empty()), "{events:#?}");
}
