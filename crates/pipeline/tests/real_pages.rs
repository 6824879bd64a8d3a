//! The coder on real news pages: the 91 pages of the shared article-extraction
//! set (`data/article-extraction/html`), read as `demarche code` reads HTML
//! (`read_inputs` on the `.html.gz` file, page extraction included) and
//! scored against `tests/data/real-pages/expected.tsv`, written before the
//! coder was first run on them (see that folder's README.md). The pages
//! themselves are shared data and never in the repository; without them the
//! test skips, or fails when `CI` is set.
//!
//! `cargo test --release -p demarche-pipeline --test real_pages -- --nocapture`
//! prints each coded page's misses and unexpected events, and the events on
//! the quiet pages.

mod common;

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use common::scoring::{assign, read_expected, score, Expected, Tally};
use demarche_code::Event;
use demarche_doc::shared::require_shared;
use demarche_doc::NaiveDate;
use demarche_page::{read_inputs, ReadOptions};
use demarche_pipeline::Pipeline;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Kind {
    /// Political or world-affairs news, scored against `expected.tsv`.
    Coded,
    /// No event between two actors expected (sports, tech, lifestyle...).
    Quiet,
    /// Neither scored nor quiet (domestic crime, company news...).
    Aside,
}

struct Page {
    id: String,
    date: NaiveDate,
    kind: Kind,
}

fn set_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/real-pages")
}

fn read_pages(path: &Path) -> Vec<Page> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut pages = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let f: Vec<&str> = line.split('\t').collect();
        assert!(f.len() >= 3, "{}:{}: id, date and kind expected", path.display(), i + 1);
        let date = NaiveDate::parse_from_str(f[1], "%Y-%m-%d").unwrap_or_else(|_| panic!("{}:{}: bad date `{}`", path.display(), i + 1, f[1]));
        let kind = match f[2] {
            "coded" => Kind::Coded,
            "quiet" => Kind::Quiet,
            "aside" => Kind::Aside,
            other => panic!("{}:{}: unknown kind `{other}`", path.display(), i + 1),
        };
        pages.push(Page { id: f[0].to_string(), date, kind });
    }
    pages
}

fn show(e: &Event) -> String {
    format!("{} -> {} {} ({} | {})", e.source, if e.target.is_empty() { "-" } else { &e.target }, e.code, e.source_text, e.target_text)
}

/// What the coder did on the pages.
struct Outcome {
    coded: Tally,
    /// Events on the quiet pages, and those with both a source and a target.
    quiet_events: usize,
    quiet_dyadic: usize,
}

fn run(html: &Path) -> Outcome {
    let dir = set_dir();
    let pages = read_pages(&dir.join("pages.tsv"));
    let expected = read_expected(&dir.join("expected.tsv"));
    let mut files: HashMap<String, PathBuf> = HashMap::new();
    for entry in std::fs::read_dir(html).unwrap_or_else(|e| panic!("{}: {e}", html.display())) {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if let Some(stem) = name.strip_suffix(".html.gz") {
            let page = pages.iter().find(|p| stem.starts_with(&p.id)).unwrap_or_else(|| panic!("pages.tsv has no line for {name}"));
            files.insert(page.id.clone(), path);
        }
    }
    for x in &expected {
        assert!(pages.iter().any(|p| p.id == x.story && p.kind == Kind::Coded), "expected.tsv: `{}` is not a coded page of pages.tsv", x.story);
    }
    let pipeline = Pipeline::builtin();
    let mut outcome = Outcome { coded: Tally::default(), quiet_events: 0, quiet_dyadic: 0 };
    for page in &pages {
        let path = files.get(&page.id).unwrap_or_else(|| panic!("no page {}*.html.gz in {}", page.id, html.display()));
        let options = ReadOptions { date: Some(page.date), ..ReadOptions::default() };
        let doc = read_inputs(&[path], &options).next().unwrap().unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let (_, events) = pipeline.code_document(doc);
        match page.kind {
            Kind::Coded => {
                let mine: Vec<&Expected> = expected.iter().filter(|x| x.story == page.id).collect();
                let picks = assign(&events, &mine);
                let (m, p, w, r) = score(&events, &mine);
                eprintln!("{}: {m} of {r} expected, {p} predicted, {w} wrong", page.id);
                for (e, pick) in events.iter().zip(&picks) {
                    if pick.is_none() {
                        eprintln!("  unexpected  {}", show(e));
                    }
                }
                for (i, x) in mine.iter().enumerate() {
                    if x.required && !picks.contains(&Some(i)) {
                        eprintln!("  missed      {} -> {} {}  \"{}\"", x.source, x.target.as_deref().unwrap_or("*"), x.roots.join("|"), x.sentence);
                    }
                }
                outcome.coded.add((m, p, w, r));
            }
            Kind::Quiet => {
                for e in &events {
                    eprintln!("{} (quiet): {}", page.id, show(e));
                }
                outcome.quiet_events += events.len();
                outcome.quiet_dyadic += events.iter().filter(|e| !e.source.is_empty() && !e.target.is_empty()).count();
            }
            Kind::Aside => {}
        }
    }
    let (precision, recall, f1) = outcome.coded.prf();
    let Tally { matched, predicted, wrong, required } = outcome.coded;
    eprintln!("real pages: P {precision:.3} R {recall:.3} F1 {f1:.3} ({matched} of {required} expected, {predicted} predicted, {wrong} wrong); quiet pages: {} events, {} with two actors", outcome.quiet_events, outcome.quiet_dyadic);
    outcome
}

#[test]
fn real_news_pages_keep_their_score_and_quiet_pages_stay_quiet() {
    let Some(html) = require_shared("data/article-extraction/html") else { return };
    let outcome = run(&html);
    let (_, _, f1) = outcome.coded.prf();
    // Floors a little under the score after the rules the pages prompted
    // (first run, unseen: F1 0.541; after them 0.632; 2 events with two
    // actors on the quiet pages throughout).
    assert!(f1 >= 0.60, "real pages root F1 {f1:.3} fell below 0.60");
    assert!(outcome.quiet_dyadic <= 3, "{} events with two actors on the quiet pages (at most 3)", outcome.quiet_dyadic);
}
