//! `demarche eval petrarch`: scores a PETRARCH validation file's
//! `<EventCoding>` expectations.
//!
//! A record is *right* when the coded event set equals the expected set
//! (`noevents` and `error` records: when nothing is coded), *partial* when
//! they share at least one event, *wrong* otherwise. Triple precision and
//! recall count (source, target, code) triples over all records.

use std::collections::BTreeMap;
use std::path::PathBuf;

use demarche_code::petrarch::{verdict, Verdict};
use demarche_page::petrarch::Expectation;
use serde_json::json;

use crate::cmd::code::{code_record, read_petrarch_file, record_options, DictionaryArgs, ParserChoice};
use crate::error::CliResult;

#[derive(clap::Args)]
pub struct Args {
    /// The validation file (PETR.UnitTest.records.xml, single_test.xml).
    pub file: PathBuf,
    #[command(flatten)]
    pub dictionaries: DictionaryArgs,
    #[arg(long, value_enum, default_value_t)]
    pub parser: ParserChoice,
    /// Print only records that are not right.
    #[arg(long)]
    pub failures: bool,
}

type Triple = (String, String, String);

#[derive(Default)]
struct Tally {
    right: usize,
    partial: usize,
    wrong: usize,
}

impl Tally {
    fn add(&mut self, v: Verdict) {
        match v {
            Verdict::Right => self.right += 1,
            Verdict::Partial => self.partial += 1,
            Verdict::Wrong => self.wrong += 1,
        }
    }
}

fn show(t: &[Triple]) -> String {
    if t.is_empty() {
        return "(none)".into();
    }
    t.iter().map(|(s, d, c)| format!("{s} {d} {c}")).collect::<Vec<_>>().join("; ")
}

pub fn run(args: Args) -> CliResult {
    let suite = read_petrarch_file(&args.file)?;
    let coder = args.dictionaries.load(&suite.environment)?;
    let mut total = Tally::default();
    let mut by_category: BTreeMap<String, Tally> = BTreeMap::new();
    let (mut matched, mut coded, mut expected_total) = (0usize, 0usize, 0usize);
    let (mut with_events, mut with_events_right, mut errors) = (0usize, 0usize, 0usize);
    for record in &suite.records {
        let options = record_options(record, |_| {});
        let mut expected: Vec<Triple> = Vec::new();
        for e in &record.expected {
            if let Expectation::Event { source, target, code } = e {
                let t = (source.clone(), target.clone(), code.clone());
                if !expected.contains(&t) {
                    expected.push(t);
                }
            }
        }
        let (got, note) = match code_record(&coder, record, args.parser, &options) {
            Ok(c) => {
                let mut got: Vec<Triple> = Vec::new();
                for e in c.events {
                    let t = (e.source, e.target, e.code);
                    if !got.contains(&t) {
                        got.push(t);
                    }
                }
                (got, c.discard.map(|d| format!(" [discard: {d:?}]")).unwrap_or_default())
            }
            Err(m) => {
                errors += 1;
                (Vec::new(), format!(" [error: {m}]"))
            }
        };
        let v = verdict(&expected, &got);
        total.add(v);
        let category = record.category.clone().unwrap_or_else(|| "-".into());
        by_category.entry(category.clone()).or_default().add(v);
        matched += got.iter().filter(|g| expected.contains(g)).count();
        coded += got.len();
        expected_total += expected.len();
        if !expected.is_empty() {
            with_events += 1;
            with_events_right += (v == Verdict::Right) as usize;
        }
        if !(args.failures && v == Verdict::Right) {
            let label = match v {
                Verdict::Right => "right",
                Verdict::Partial => "partial",
                Verdict::Wrong => "wrong",
            };
            println!("{label:<8}{:<20}{:<10} expected: {} | coded: {}{note}", record.id, category, show(&expected), show(&got));
        }
    }
    println!();
    println!("{:<12}{:>7}{:>9}{:>7}{:>7}", "category", "right", "partial", "wrong", "total");
    for (c, t) in &by_category {
        println!("{c:<12}{:>7}{:>9}{:>7}{:>7}", t.right, t.partial, t.wrong, t.right + t.partial + t.wrong);
    }
    let n = suite.records.len();
    println!("{:<12}{:>7}{:>9}{:>7}{:>7}", "all", total.right, total.partial, total.wrong, n);
    let precision = if coded == 0 { 0.0 } else { matched as f64 / coded as f64 };
    let recall = if expected_total == 0 { 0.0 } else { matched as f64 / expected_total as f64 };
    println!("triples: precision {precision:.3}, recall {recall:.3} ({matched} of {coded} coded, {expected_total} expected)");
    let summary = json!({
        "file": args.file.display().to_string(),
        "parser": format!("{:?}", args.parser).to_lowercase(),
        "records": n,
        "right": total.right,
        "partial": total.partial,
        "wrong": total.wrong,
        "records_expecting_events": with_events,
        "right_expecting_events": with_events_right,
        "sentence_errors": errors,
        "triple_precision": (precision * 1000.0).round() / 1000.0,
        "triple_recall": (recall * 1000.0).round() / 1000.0,
    });
    println!("{summary}");
    Ok(())
}
