//! `demarche eval news [DIR]`: coded news against hand-coded events.
//!
//! Codes every story of the set (default `fixtures/news`) and matches its
//! events one-to-one against the gold events of the story: at root level
//! (root actors and 2-digit event root), with the exact event code, and
//! with exact actor codes too (see `demarche_pipeline::eval`). Prints
//! per-story figures, then precision, recall and F1 for the dev half, the
//! test half and the whole set, and ends with one JSON summary line.

use std::path::PathBuf;

use demarche_pipeline::eval::{evaluate, matched_flags, Counts, Level, Split, StoryResult};
use demarche_pipeline::Pipeline;
use serde_json::json;

use crate::error::CliResult;

#[derive(clap::Args)]
pub struct Args {
    /// The gold set: stories, docs.jsonl, gold.jsonl.
    #[arg(default_value = "fixtures/news")]
    pub dir: PathBuf,
    /// A dictionary directory laid over the built-in knowledge and patterns.
    #[arg(long, value_name = "DIR")]
    pub dictionary: Option<PathBuf>,
    /// Print the missed and spurious events of the dev stories (the test
    /// half's events are never printed, so it stays unseen).
    #[arg(long)]
    pub errors: bool,
}

fn figures(c: Counts) -> serde_json::Value {
    json!({ "precision": round(c.precision()), "recall": round(c.recall()), "f1": round(c.f1()), "matched": c.matched, "predicted": c.predicted, "gold": c.gold })
}

fn round(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

fn total(results: &[StoryResult], split: Option<Split>, level: Level) -> Counts {
    let mut c = Counts::default();
    for r in results.iter().filter(|r| split.is_none_or(|s| r.split == s)) {
        c.add(r.counts(level));
    }
    c
}

fn print_errors(r: &StoryResult) {
    let (flags, used) = matched_flags(&r.predicted, &r.gold, Level::Root);
    for (e, ok) in r.predicted.iter().zip(flags) {
        if !ok {
            println!("  + {} {} {} {} [{}|{}] {}", e.date.map(|d| d.to_string()).unwrap_or_default(), e.source, e.code, e.target, e.source_text, e.target_text, e.text);
        }
    }
    for (g, ok) in r.gold.iter().zip(used) {
        if !ok {
            println!("  - {} {} {} {} [{}|{}] {}", g.date.map(|d| d.to_string()).unwrap_or_default(), g.source, g.code, g.target, g.source_text, g.target_text, g.sentence_text);
        }
    }
}

pub fn run(args: Args) -> CliResult {
    let pipeline = match &args.dictionary {
        Some(dir) => Pipeline::with_dictionary(dir)?,
        None => Pipeline::builtin(),
    };
    let results = evaluate(&pipeline, &args.dir)?;
    println!("{:<46} {:>5} {:>5} {:>5}  {:>6} {:>6} {:>6}  {:>6}", "story", "split", "pred", "gold", "P", "R", "F1", "F1code");
    for r in &results {
        let c = r.counts(Level::Root);
        let code = r.counts(Level::Code);
        println!(
            "{:<46} {:>5} {:>5} {:>5}  {:>6.3} {:>6.3} {:>6.3}  {:>6.3}",
            r.story.id,
            r.split.name(),
            c.predicted,
            c.gold,
            c.precision(),
            c.recall(),
            c.f1(),
            code.f1()
        );
        if args.errors && r.split == Split::Dev {
            print_errors(r);
        }
    }
    println!();
    let mut summary = serde_json::Map::new();
    for (name, split) in [("dev", Some(Split::Dev)), ("test", Some(Split::Test)), ("all", None)] {
        let mut levels = serde_json::Map::new();
        for level in Level::ALL {
            let c = total(&results, split, level);
            println!("{name:<5} {:<5} P {:.3} R {:.3} F1 {:.3} ({} matched, {} predicted, {} gold)", level.name(), c.precision(), c.recall(), c.f1(), c.matched, c.predicted, c.gold);
            levels.insert(level.name().to_string(), figures(c));
        }
        summary.insert(name.to_string(), serde_json::Value::Object(levels));
    }
    summary.insert("stories".into(), json!(results.len()));
    println!("{}", serde_json::Value::Object(summary));
    Ok(())
}
