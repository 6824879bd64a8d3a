//! Scoring coded news against hand-coded events (`fixtures/news`, issue 5).
//!
//! A directory holds stories (`*.txt`), `docs.jsonl` (`id`, `date`,
//! `title`, `file`) and `gold.jsonl` (one event a line: `doc`,
//! `sentence_text`, `date`, `source`, `target`, `source_text`,
//! `target_text`, `code`). Predicted and gold events are matched one-to-one
//! within each story at three levels:
//!
//! * **root**: root actors and the 2-digit event root. The root actor of a
//!   code is its first three letters (the country: `RUSGOV` → `RUS`), or
//!   its first six for international and non-state actor types, whose
//!   second block names the organisation or region (`IGOUNOIAE` → `IGOUNO`,
//!   `IGOWSTNAT` → `IGOWST`, `NGOHRW…` → `NGOHRW`);
//! * **code**: root actors and the exact event code;
//! * **full**: exact actor codes and event code.
//!
//! Matching at a level pairs events with equal keys, so the number of
//! matches in a story is, per key, the smaller of the predicted and gold
//! counts (a maximum one-to-one matching).
//!
//! A story whose `docs.jsonl` line has `"split": "dev"` or `"test"` is in
//! that half. The others are split by their position in id order among
//! themselves: even positions are the *dev* half (for error analysis), odd
//! ones the *test* half (scores only). So stories added with an explicit
//! split leave the halves of the original stories unchanged.

use std::collections::HashMap;
use std::path::Path;

use demarche_code::Event;
use demarche_doc::{InputError, NaiveDate};
use demarche_page::{read_file, InputFormat, ReadOptions};
use serde::Deserialize;

use crate::Pipeline;

/// A story of the set.
#[derive(Clone, Debug, Deserialize)]
pub struct Story {
    pub id: String,
    pub date: NaiveDate,
    #[serde(default)]
    pub title: String,
    pub file: String,
    /// `"dev"` or `"test"` when the story says which half it is in;
    /// otherwise its half follows from its position (see [`evaluate`]).
    #[serde(default)]
    pub split: Option<Split>,
}

/// A hand-coded event.
#[derive(Clone, Debug, Deserialize, serde::Serialize, PartialEq)]
pub struct GoldEvent {
    pub doc: String,
    pub sentence_text: String,
    pub date: Option<NaiveDate>,
    pub source: String,
    #[serde(default)]
    pub target: String,
    #[serde(default)]
    pub source_text: String,
    #[serde(default)]
    pub target_text: String,
    pub code: String,
}

/// Which half of the set a story is in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Split {
    Dev,
    Test,
}

impl Split {
    pub fn name(self) -> &'static str {
        match self {
            Split::Dev => "dev",
            Split::Test => "test",
        }
    }
}

/// How strictly events must agree.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Level {
    Root,
    Code,
    Full,
}

impl Level {
    pub const ALL: [Level; 3] = [Level::Root, Level::Code, Level::Full];

    pub fn name(self) -> &'static str {
        match self {
            Level::Root => "root",
            Level::Code => "code",
            Level::Full => "full",
        }
    }
}

/// The root actor of a code (see the module documentation).
pub fn root_actor(code: &str) -> &str {
    let six = ["IGO", "NGO", "IMG", "MNC"].iter().any(|p| code.starts_with(p));
    let n = if six { 6 } else { 3 };
    code.get(..n.min(code.len())).unwrap_or(code)
}

fn key(level: Level, source: &str, target: &str, code: &str) -> (String, String, String) {
    match level {
        Level::Root => (root_actor(source).into(), root_actor(target).into(), code.get(..2).unwrap_or(code).into()),
        Level::Code => (root_actor(source).into(), root_actor(target).into(), code.into()),
        Level::Full => (source.into(), target.into(), code.into()),
    }
}

/// True positives, predictions and gold events.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub matched: usize,
    pub predicted: usize,
    pub gold: usize,
}

impl Counts {
    pub fn precision(&self) -> f64 {
        if self.predicted == 0 {
            0.0
        } else {
            self.matched as f64 / self.predicted as f64
        }
    }

    pub fn recall(&self) -> f64 {
        if self.gold == 0 {
            0.0
        } else {
            self.matched as f64 / self.gold as f64
        }
    }

    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }

    pub fn add(&mut self, other: Counts) {
        self.matched += other.matched;
        self.predicted += other.predicted;
        self.gold += other.gold;
    }
}

/// One-to-one matching of one story's events at `level`.
pub fn score(predicted: &[Event], gold: &[GoldEvent], level: Level) -> Counts {
    let mut want: HashMap<(String, String, String), usize> = HashMap::new();
    for g in gold {
        *want.entry(key(level, &g.source, &g.target, &g.code)).or_default() += 1;
    }
    let mut matched = 0;
    for p in predicted {
        if let Some(n) = want.get_mut(&key(level, &p.source, &p.target, &p.code)) {
            if *n > 0 {
                *n -= 1;
                matched += 1;
            }
        }
    }
    Counts { matched, predicted: predicted.len(), gold: gold.len() }
}

/// The predicted events matched at `level` (true) or not (false), in order.
pub fn matched_flags(predicted: &[Event], gold: &[GoldEvent], level: Level) -> (Vec<bool>, Vec<bool>) {
    let mut gold_used = vec![false; gold.len()];
    let flags = predicted
        .iter()
        .map(|p| {
            let k = key(level, &p.source, &p.target, &p.code);
            match (0..gold.len()).find(|&i| !gold_used[i] && key(level, &gold[i].source, &gold[i].target, &gold[i].code) == k) {
                Some(i) => {
                    gold_used[i] = true;
                    true
                }
                None => false,
            }
        })
        .collect();
    (flags, gold_used)
}

/// A coded story with its gold events.
#[derive(Clone, Debug)]
pub struct StoryResult {
    pub story: Story,
    pub split: Split,
    pub predicted: Vec<Event>,
    pub gold: Vec<GoldEvent>,
}

impl StoryResult {
    pub fn counts(&self, level: Level) -> Counts {
        score(&self.predicted, &self.gold, level)
    }
}

fn read_jsonl<T: for<'de> Deserialize<'de>>(path: &Path) -> Result<Vec<T>, InputError> {
    let text = std::fs::read_to_string(path).map_err(|e| InputError::in_file(path, format!("cannot read: {e}")))?;
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| serde_json::from_str(l).map_err(|e| InputError::at_line(path, i + 1, e.to_string())))
        .collect()
}

/// Reads a gold set: its stories in id order and its events.
pub fn load(dir: &Path) -> Result<(Vec<Story>, Vec<GoldEvent>), InputError> {
    let mut stories: Vec<Story> = read_jsonl(&dir.join("docs.jsonl"))?;
    stories.sort_by(|a, b| a.id.cmp(&b.id));
    let gold: Vec<GoldEvent> = read_jsonl(&dir.join("gold.jsonl"))?;
    if let Some(g) = gold.iter().find(|g| !stories.iter().any(|s| s.id == g.doc)) {
        return Err(InputError::in_file(dir.join("gold.jsonl"), format!("gold event of unknown story `{}`", g.doc)));
    }
    Ok((stories, gold))
}

/// Codes every story of a gold set (on all cores) and pairs it with its
/// gold events.
pub fn evaluate(pipeline: &Pipeline, dir: &Path) -> Result<Vec<StoryResult>, InputError> {
    let (stories, gold) = load(dir)?;
    let mut docs = Vec::with_capacity(stories.len());
    for s in &stories {
        let options = ReadOptions { format: Some(InputFormat::Text), date: Some(s.date) };
        let path = dir.join(&s.file);
        let mut doc = read_file(&path, &options).next().ok_or_else(|| InputError::in_file(&path, "no document"))??;
        doc.id = s.id.clone();
        // The publication date is given; a dateline does not override it.
        doc.date = Some(s.date);
        docs.push(doc);
    }
    let coded = pipeline.code_documents(docs);
    let splits = splits(&stories);
    Ok(stories
        .into_iter()
        .zip(coded)
        .zip(splits)
        .map(|((story, (_, predicted)), split)| {
            let gold = gold.iter().filter(|g| g.doc == story.id).cloned().collect();
            StoryResult { split, story, predicted, gold }
        })
        .collect())
}

/// The half of each story (in id order): its own `split`, else alternating
/// dev/test over the stories without one.
fn splits(stories: &[Story]) -> Vec<Split> {
    let mut unassigned = 0;
    stories
        .iter()
        .map(|s| {
            s.split.unwrap_or_else(|| {
                unassigned += 1;
                if unassigned % 2 == 1 { Split::Dev } else { Split::Test }
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ev(source: &str, target: &str, code: &str) -> Event {
        let mut e = Event {
            doc: "d".into(),
            sentence: 0,
            text: String::new(),
            date: None,
            source: source.into(),
            target: target.into(),
            source_text: String::new(),
            target_text: String::new(),
            code: code.into(),
            ..Event::default()
        };
        e.fill_code_attributes();
        e
    }

    fn gold(source: &str, target: &str, code: &str) -> GoldEvent {
        GoldEvent { doc: "d".into(), sentence_text: String::new(), date: None, source: source.into(), target: target.into(), source_text: String::new(), target_text: String::new(), code: code.into() }
    }

    #[test]
    fn explicit_splits_leave_the_positional_halves_unchanged() {
        let story = |id: &str, split: Option<Split>| Story { id: id.into(), date: NaiveDate::from_ymd_opt(2024, 1, 1).unwrap(), title: String::new(), file: String::new(), split };
        let stories = [story("a", None), story("b", Some(Split::Dev)), story("c", None), story("d", Some(Split::Dev)), story("e", None)];
        assert_eq!(splits(&stories), [Split::Dev, Split::Dev, Split::Test, Split::Dev, Split::Dev]);
        let line: Story = serde_json::from_str(r#"{"id": "x", "date": "2024-01-01", "file": "x.txt", "split": "test"}"#).unwrap();
        assert_eq!(line.split, Some(Split::Test));
    }

    #[test]
    fn root_actors() {
        assert_eq!(root_actor("RUSGOV"), "RUS");
        assert_eq!(root_actor("IGOUNOIAE"), "IGOUNO");
        assert_eq!(root_actor("IGO"), "IGO");
        assert_eq!(root_actor(""), "");
    }

    #[test]
    fn one_to_one_matching_per_level() {
        let p = [ev("RUSGOV", "ISR", "130"), ev("RUS", "ISR", "138"), ev("RUS", "", "051")];
        let g = [gold("RUSGOV", "ISRGOV", "130"), gold("RUSLEG", "", "051")];
        assert_eq!(score(&p, &g, Level::Root), Counts { matched: 2, predicted: 3, gold: 2 }, "two 13x against one gold 13x match once");
        assert_eq!(score(&p, &g, Level::Code).matched, 2);
        assert_eq!(score(&p, &g, Level::Full).matched, 0);
        let c = score(&p, &g, Level::Root);
        assert!((c.precision() - 2.0 / 3.0).abs() < 1e-9 && (c.recall() - 1.0).abs() < 1e-9 && (c.f1() - 0.8).abs() < 1e-9);
        let (flags, used) = matched_flags(&p, &g, Level::Root);
        assert_eq!(flags, [true, false, true]);
        assert_eq!(used, [true, true]);
    }
}
