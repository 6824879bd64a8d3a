//! What the news tests share: coding a story of one's own sentences on a
//! given day, and asking whether an event is among the results.

#![allow(dead_code)] // each test file uses its own part

pub mod scoring;

use demarche_code::Event;
use demarche_doc::NaiveDate;
use demarche_page::{text_document, ReadOptions};
use demarche_pipeline::Pipeline;

/// Codes `paragraphs` as the body of one story dated `(year, month, day)`
/// (roles are resolved on that day), under a placeholder headline.
pub fn code_story(pipeline: &Pipeline, (year, month, day): (i32, u32, u32), paragraphs: &[&str]) -> Vec<Event> {
    let options = ReadOptions { date: NaiveDate::from_ymd_opt(year, month, day), ..ReadOptions::default() };
    let text = paragraphs.join("\n\n");
    let doc = text_document(&text, "story", Some("Headline"), "test", &options);
    pipeline.code_document(doc).1
}

/// [`code_story`] with the built-in knowledge and model.
pub fn story(date: (i32, u32, u32), paragraphs: &[&str]) -> Vec<Event> {
    code_story(&Pipeline::builtin(), date, paragraphs)
}

/// An event with exactly these codes (`target` "" for none).
pub fn has_exact(events: &[Event], source: &str, code: &str, target: &str) -> bool {
    events.iter().any(|e| e.source == source && e.code == code && e.target == target)
}

/// An event whose codes begin with these ("ISR", "19", "LBNREB").
pub fn has_prefixes(events: &[Event], source: &str, code: &str, target: &str) -> bool {
    events.iter().any(|e| e.source.starts_with(source) && e.code.starts_with(code) && e.target.starts_with(target))
}
