//! A sentence's events survive the story around it: what the coder finds in
//! a body sentence coded alone it also finds when the whole story is coded
//! (the story may only add, e.g. a target resolved from an earlier sentence).
//! Guards against story state (coreference, deduplication, dates, the lead
//! and dateline) dropping events.

use demarche_code::Event;
use demarche_doc::NaiveDate;
use demarche_page::{text_document, ReadOptions};
use demarche_pipeline::Pipeline;

/// A story of our own: headline, a dateline lead, then one sentence per
/// paragraph.
const HEADLINE: &str = "Sudan army retakes bridge as aid agencies warn of famine";
const BODY: [&str; 3] = [
    "Sudan's army said on Tuesday it had retaken a key bridge from the Rapid Support Forces in the capital.",
    "The army said it had sent reinforcements to the city.",
    "The World Food Programme called on the warring sides to allow aid convoys to reach the city.",
];

fn code(pipeline: &Pipeline, text: &str, title: Option<&str>) -> Vec<Event> {
    let options = ReadOptions { date: NaiveDate::from_ymd_opt(2025, 3, 4), ..ReadOptions::default() };
    let doc = text_document(text, "story", title, "test", &options);
    pipeline.code_document(doc).1
}

#[test]
fn events_of_a_lone_sentence_survive_the_story() {
    let pipeline = Pipeline::builtin();
    let story = format!("{HEADLINE}\n\nKHARTOUM — {}\n\n{}\n\n{}\n", BODY[0], BODY[1], BODY[2]);
    let in_story = code(&pipeline, &story, None);
    let mut lone_total = 0;
    for sentence in BODY {
        // No title: the one line is the body.
        let alone = code(&pipeline, sentence, Some(""));
        lone_total += alone.len();
        for a in &alone {
            let kept = in_story.iter().any(|s| {
                s.text.ends_with(sentence) && s.source == a.source && s.code == a.code && (a.target.is_empty() || s.target == a.target)
            });
            assert!(kept, "{} {} {} coded alone but not in the story: {sentence}\nstory: {in_story:#?}", a.source, a.code, a.target);
        }
    }
    // Not vacuous: the capture and the appeal are coded on their own.
    assert!(lone_total >= 2, "lone sentences gave {lone_total} events");
    assert!(in_story.iter().any(|e| e.source.starts_with("IGOUNO") && e.code.starts_with("02")), "the appeal is missing: {in_story:#?}");
    // The headline is not coded.
    assert!(in_story.iter().all(|e| !e.text.contains("retakes")), "an event from the headline: {in_story:#?}");
}
