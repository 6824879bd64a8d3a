//! Lemmatizer errors by cross-validation on a treebank with gold tags: each
//! fold lemmatized by a lemmatizer learned from the other folds. Prints the
//! commonest (form, tag, gold, predicted) errors, for finding general causes.
//!
//! `cargo run --release -p demarche-parse --example lemma_cv -- TRAIN.conllu`

use std::collections::HashMap;
use std::io::Write;

use demarche_doc::conllu;
use demarche_parse::lemma::Lemmatizer;
use demarche_parse::tagger::WordStats;
use demarche_parse::words::WordHashes;

const FOLDS: usize = 5;

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: lemma_cv TRAIN.conllu");
        std::process::exit(2);
    };
    let sentences: Vec<_> = match conllu::read_file(std::path::Path::new(&path)) {
        Ok(s) => s.iter().map(|s| s.to_sentence()).collect(),
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(1);
        }
    };
    let tagset = demarche_parse::train::tagset(&sentences);
    let tag_id: HashMap<(String, String), u16> = tagset.iter().enumerate().map(|(i, t)| (t.clone(), i as u16)).collect();
    let xpos: Vec<String> = tagset.iter().map(|t| t.1.clone()).collect();
    let proper: Vec<bool> = tagset.iter().map(|t| t.0 == "PROPN").collect();
    let upos: Vec<String> = tagset.iter().map(|t| t.0.clone()).collect();
    let stats = WordStats::parse(include_str!("../data/word-case.tsv"));
    let mut errors: HashMap<(String, String, String, String), usize> = HashMap::new();
    let (mut total, mut wrong, mut wrong_respelled) = (0usize, 0usize, 0usize);
    let mut respell_changes: Vec<String> = Vec::new();
    for k in 0..FOLDS {
        let rest = sentences.iter().enumerate().filter(|(i, _)| i % FOLDS != k).flat_map(|(_, s)| {
            s.tokens.iter().map(|t| (t.form.as_str(), tag_id[&(t.upos.clone(), t.xpos.clone())], t.lemma.as_str()))
        });
        let lem = Lemmatizer::learn(xpos.clone(), proper.clone(), &upos, rest);
        // Lowercase forms of the other folds, counted (the tagger knows a
        // word's tags from two occurrences on, see `Tagger::respell`).
        let mut seen: HashMap<String, usize> = HashMap::new();
        for s in sentences.iter().enumerate().filter(|(i, _)| i % FOLDS != k).map(|(_, s)| s) {
            for t in &s.tokens {
                *seen.entry(WordHashes::new(&t.form).1).or_default() += 1;
            }
        }
        for s in sentences.iter().enumerate().filter(|(i, _)| i % FOLDS == k).map(|(_, s)| s) {
            for (i, t) in s.tokens.iter().enumerate() {
                let (h, lower) = WordHashes::new(&t.form);
                let tag = tag_id[&(t.upos.clone(), t.xpos.clone())];
                let got = lem.lemma(&t.form, &lower, tag, WordStats::casing(stats.get(&h)));
                // As `Tagger::respell` and `Model::annotate` do at parse time.
                let lowercase = t.form.chars().all(|c| c.is_ascii_lowercase());
                let initial = i == 0 && t.form.chars().skip(1).all(|c| c.is_ascii_lowercase());
                let respelled = (seen.get(&lower).copied().unwrap_or(0) < 2
                    && stats.get(&h) == demarche_parse::tagger::NO_STATS
                    && (lowercase || initial)
                    && !lem.seen(&t.form, tag)
                    && !lem.is_word(&lower))
                .then(|| stats.known_spelling(&lower))
                .flatten();
                let got_respelled = match &respelled {
                    Some(r) => lem.lemma(r, r, tag, WordStats::casing(stats.get(&WordHashes::new(r).0))),
                    None => got.clone(),
                };
                if respelled.is_some() {
                    let mark = match (got == t.lemma, got_respelled == t.lemma) {
                        (false, true) => '+',
                        (true, false) => '-',
                        _ => '=',
                    };
                    respell_changes.push(format!("{mark}\t{}\t{}\t{}\t{got}\t{got_respelled}", t.form, t.xpos, t.lemma));
                    wrong_respelled += (got_respelled != t.lemma) as usize;
                } else {
                    wrong_respelled += (got != t.lemma) as usize;
                }
                total += 1;
                if got != t.lemma {
                    wrong += 1;
                    *errors.entry((t.form.clone(), t.xpos.clone(), t.lemma.clone(), got)).or_default() += 1;
                }
            }
        }
    }
    // Written with errors ignored, so piping into `head` ends quietly.
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "lemma accuracy with gold tags, {FOLDS}-fold: {:.2} ({wrong} errors of {total})", 100.0 * (total - wrong) as f64 / total as f64);
    let _ = writeln!(
        out,
        "with misspellings respelled (Tagger::respell): {:.2} ({wrong_respelled} errors); changed lemmas (+ right now, - wrong now, = neither):",
        100.0 * (total - wrong_respelled) as f64 / total as f64
    );
    for c in &respell_changes {
        let _ = writeln!(out, "{c}");
    }
    let mut by_tag: HashMap<&str, usize> = HashMap::new();
    for ((_, x, _, _), n) in &errors {
        *by_tag.entry(x.as_str()).or_default() += n;
    }
    let mut by_tag: Vec<_> = by_tag.into_iter().collect();
    by_tag.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let _ = writeln!(out, "by XPOS: {by_tag:?}");
    let mut list: Vec<_> = errors.into_iter().collect();
    list.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    for ((form, x, gold, got), n) in list.iter().take(400) {
        let _ = writeln!(out, "{n}\t{form}\t{x}\t{gold}\t{got}");
    }
}
