//! An audit aid, not a check (ignored by default): lists every missed
//! required event of the fresh sets and the real pages with its sentence,
//! the sentence's parse and the coder's explained events on it, and every
//! unexpected event; prints each set's counts and the pooled P/R/F1.
//!
//! `MISSES_OUT=/tmp/misses.txt cargo test --release -p demarche-pipeline
//! --test misses_report -- --ignored --nocapture` (the real pages need
//! `DEMARCHE_SHARED`).
mod common;

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use common::scoring::{assign, read_expected, Expected};
use demarche_code::Event;
use demarche_doc::{Document, NaiveDate};
use demarche_page::{read_inputs, ReadOptions};
use demarche_pipeline::Pipeline;

fn file_date(path: &Path) -> NaiveDate {
    let stem = path.file_stem().unwrap().to_string_lossy();
    let date = stem.get(stem.len().saturating_sub(10)..).unwrap_or("");
    NaiveDate::parse_from_str(date, "%Y-%m-%d").unwrap()
}

fn show(e: &Event) -> String {
    let x = e.explain.as_ref().map(|x| format!(" [{} | {} | {} | {}]", x.pattern, x.source_entry, x.target_entry, x.path)).unwrap_or_default();
    format!("{} -> {} {} ({} | {}){}", e.source, if e.target.is_empty() { "-" } else { &e.target }, e.code, e.source_text, e.target_text, x)
}

fn norm(s: &str) -> String {
    s.to_lowercase().replace(['’', '‘'], "'").replace(['“', '”'], "\"").split_whitespace().collect::<Vec<_>>().join(" ")
}

fn report(out: &mut String, set: &str, story: &str, doc: &Document, events: &[Event], mine: &[&Expected], totals: &mut (usize, usize, usize, usize)) {
    let picks = assign(events, mine);
    for (e, p) in events.iter().zip(&picks) {
        totals.1 += 1;
        if p.is_none() {
            totals.2 += 1;
            writeln!(out, "SPURIOUS\t{set}\t{story}\t{}\t{}", show(e), e.text).unwrap();
        }
    }
    for (i, x) in mine.iter().enumerate() {
        if !x.required {
            continue;
        }
        totals.3 += 1;
        if picks.contains(&Some(i)) {
            totals.0 += 1;
            continue;
        }
        writeln!(out, "=== MISS {set} {story}: {} -> {} {}  \"{}\"", x.source, x.target.as_deref().unwrap_or("*"), x.roots.join("|"), x.sentence).unwrap();
        let key = norm(&x.sentence);
        let hits: Vec<usize> = doc.sentences.iter().enumerate().filter(|(_, s)| norm(&s.text).contains(&key)).map(|(i, _)| i).collect();
        if hits.is_empty() {
            writeln!(out, "  (sentence not found)").unwrap();
        }
        for &si in &hits {
            let s = &doc.sentences[si];
            writeln!(out, "  S{si}: {}", s.text).unwrap();
            let parse: Vec<String> = s.tokens.iter().enumerate().map(|(j, t)| format!("{}:{}/{}/{}>{}:{}", j + 1, t.form, t.lemma, t.xpos, t.head, t.deprel)).collect();
            writeln!(out, "  P: {}", parse.join(" ")).unwrap();
            for (e, p) in events.iter().zip(&picks) {
                if e.sentence == si {
                    writeln!(out, "  E{}: {}", if p.is_some() { "+" } else { "-" }, show(e)).unwrap();
                }
            }
        }
    }
}

#[test]
#[ignore = "an audit report, run by hand"]
fn list_misses() {
    let pipeline = Pipeline::builtin().explain(true);
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data");
    let mut out = String::new();
    let mut grand = (0, 0, 0, 0);
    let mut sets: Vec<String> = std::fs::read_dir(&data).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).filter(|n| n.starts_with("fresh-")).collect();
    sets.sort();
    for set in &sets {
        let dir = data.join(set);
        let expected = read_expected(&dir.join("expected.tsv"));
        let mut stories: Vec<PathBuf> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).filter(|p| p.extension().is_some_and(|x| x == "txt")).collect();
        stories.sort();
        let mut totals = (0, 0, 0, 0);
        for path in &stories {
            let file = path.file_name().unwrap().to_string_lossy().into_owned();
            let mine: Vec<&Expected> = expected.iter().filter(|x| file.starts_with(&x.story)).collect();
            let options = ReadOptions { date: Some(file_date(path)), ..ReadOptions::default() };
            let doc = read_inputs(&[path], &options).next().unwrap().unwrap();
            let (doc, events) = pipeline.code_document(doc);
            report(&mut out, set, &file, &doc, &events, &mine, &mut totals);
        }
        eprintln!("{set}: matched {} predicted {} wrong {} required {}", totals.0, totals.1, totals.2, totals.3);
        grand = (grand.0 + totals.0, grand.1 + totals.1, grand.2 + totals.2, grand.3 + totals.3);
    }
    let (m, p, w, r) = grand;
    let prec = (p - w) as f64 / p as f64;
    let rec = m as f64 / r as f64;
    eprintln!("POOLED fresh: matched {m} predicted {p} wrong {w} required {r}: P {prec:.3} R {rec:.3} F1 {:.3}", 2.0 * prec * rec / (prec + rec));
    // Real pages.
    if let Ok(shared) = std::env::var("DEMARCHE_SHARED") {
        let html = Path::new(&shared).join("data/article-extraction/html");
        let dir = data.join("real-pages");
        let expected = read_expected(&dir.join("expected.tsv"));
        let pages = std::fs::read_to_string(dir.join("pages.tsv")).unwrap();
        let mut totals = (0, 0, 0, 0);
        for line in pages.lines() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let f: Vec<&str> = line.split('\t').collect();
            if f[2] != "coded" {
                continue;
            }
            let path = std::fs::read_dir(&html).unwrap().map(|e| e.unwrap().path()).find(|p| p.file_name().unwrap().to_string_lossy().starts_with(f[0])).unwrap();
            let options = ReadOptions { date: Some(NaiveDate::parse_from_str(f[1], "%Y-%m-%d").unwrap()), ..ReadOptions::default() };
            let doc = read_inputs(&[&path], &options).next().unwrap().unwrap();
            let (doc, events) = pipeline.code_document(doc);
            let mine: Vec<&Expected> = expected.iter().filter(|x| x.story == f[0]).collect();
            report(&mut out, "real-pages", f[0], &doc, &events, &mine, &mut totals);
        }
        eprintln!("real-pages: matched {} predicted {} wrong {} required {}", totals.0, totals.1, totals.2, totals.3);
    }
    let path = std::env::var("MISSES_OUT").unwrap_or_else(|_| "/tmp/misses.txt".into());
    std::fs::write(&path, out).unwrap();
}
