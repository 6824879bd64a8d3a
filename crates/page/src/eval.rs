//! The article-extraction benchmark's metric and data (used by
//! `demarche eval extraction`, `demarche bench extract` and the tests).
//!
//! Metric (the benchmark's own): tokens are `\w+` runs; shingles are runs of
//! 4 consecutive tokens, counted (a text of fewer than 4 tokens is one
//! shingle); per page tp/fp/fn are the matched, extra and missing shingle
//! counts divided by their sum; precision and recall are means over pages,
//! and F1 is computed from those means.

use std::collections::HashMap;
use std::io::Read;
use std::path::{Path, PathBuf};

use demarche_doc::InputError;

/// A page's normalized true positives, false positives and false negatives.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Match {
    pub tp: f64,
    pub fp: f64,
    pub fn_: f64,
}

impl Match {
    pub fn precision(&self) -> f64 {
        if self.fp == 0.0 && self.fn_ == 0.0 {
            1.0
        } else if self.tp == 0.0 && self.fp == 0.0 {
            0.0
        } else {
            self.tp / (self.tp + self.fp)
        }
    }

    pub fn recall(&self) -> f64 {
        if self.fp == 0.0 && self.fn_ == 0.0 {
            1.0
        } else if self.tp == 0.0 && self.fn_ == 0.0 {
            0.0
        } else {
            self.tp / (self.tp + self.fn_)
        }
    }

    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) }
    }
}

fn tokens(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        let word = c.is_alphanumeric() || c == '_';
        match (word, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push(&text[s..i]);
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push(&text[s..]);
    }
    out
}

fn shingles(text: &str) -> HashMap<Vec<&str>, i64> {
    let toks = tokens(text);
    let mut counts = HashMap::new();
    if toks.len() < 4 {
        if !toks.is_empty() {
            counts.insert(toks, 1);
        }
        return counts;
    }
    for w in toks.windows(4) {
        *counts.entry(w.to_vec()).or_insert(0) += 1;
    }
    counts
}

/// Compares a predicted body with the true one.
pub fn shingle_match(truth: &str, predicted: &str) -> Match {
    let t = shingles(truth);
    let p = shingles(predicted);
    let (mut tp, mut fp, mut fn_) = (0i64, 0i64, 0i64);
    for (k, &tc) in &t {
        let pc = p.get(k).copied().unwrap_or(0);
        tp += tc.min(pc);
        fn_ += (tc - pc).max(0);
    }
    for (k, &pc) in &p {
        let tc = t.get(k).copied().unwrap_or(0);
        fp += (pc - tc).max(0);
    }
    let sum = (tp + fp + fn_) as f64;
    if sum == 0.0 {
        return Match::default();
    }
    Match { tp: tp as f64 / sum, fp: fp as f64 / sum, fn_: fn_ as f64 / sum }
}

/// Precision, recall and F1 over pages, as the benchmark computes them.
#[derive(Clone, Copy, Debug, Default, PartialEq, serde::Serialize)]
pub struct Totals {
    pub pages: usize,
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

pub fn totals(matches: &[Match]) -> Totals {
    let mean = |xs: Vec<f64>| if xs.is_empty() { 0.0 } else { xs.iter().sum::<f64>() / xs.len() as f64 };
    let precision = mean(matches.iter().filter(|m| m.tp + m.fp > 0.0).map(Match::precision).collect());
    let recall = mean(matches.iter().filter(|m| m.tp + m.fn_ > 0.0).map(Match::recall).collect());
    let f1 = if precision + recall == 0.0 { 0.0 } else { 2.0 * precision * recall / (precision + recall) };
    Totals { pages: matches.len(), precision, recall, f1 }
}

/// The benchmark folder: `dir` if given, else the shared data's
/// `data/article-extraction`.
pub fn benchmark_dir(dir: Option<PathBuf>) -> Result<PathBuf, InputError> {
    match dir {
        Some(d) => Ok(d),
        None => demarche_doc::shared::shared_path("data/article-extraction").ok_or_else(|| {
            InputError::new("no benchmark folder given and ../shared/data/article-extraction not found")
        }),
    }
}

/// One benchmark page: its name (file stem), HTML, URL and true body.
#[derive(Clone, Debug)]
pub struct BenchmarkPage {
    pub name: String,
    pub path: PathBuf,
    pub html: String,
    pub url: Option<String>,
    pub truth: String,
}

/// Loads a benchmark folder: `ground-truth.json` (`{name: {articleBody,
/// url}}`) and `html/NAME.html.gz`, sorted by name. HTML is decompressed
/// and decoded here, so timing can leave that out.
pub fn load_benchmark(dir: &Path) -> Result<Vec<BenchmarkPage>, InputError> {
    let truth_path = dir.join("ground-truth.json");
    let text = std::fs::read_to_string(&truth_path).map_err(|e| InputError::in_file(&truth_path, e.to_string()))?;
    let truth: HashMap<String, serde_json::Value> =
        serde_json::from_str(&text).map_err(|e| InputError::at_line(&truth_path, e.line(), e.to_string()))?;
    let mut names: Vec<&String> = truth.keys().collect();
    names.sort();
    let mut pages = Vec::with_capacity(names.len());
    for name in names {
        let path = dir.join("html").join(format!("{name}.html.gz"));
        let file = std::fs::File::open(&path).map_err(|e| InputError::in_file(&path, e.to_string()))?;
        let mut bytes = Vec::new();
        flate2::read::GzDecoder::new(file)
            .read_to_end(&mut bytes)
            .map_err(|e| InputError::in_file(&path, format!("cannot decompress: {e}")))?;
        let html = crate::input::decode_html(&bytes);
        let entry = &truth[name];
        pages.push(BenchmarkPage {
            name: name.clone(),
            path,
            html,
            url: entry.get("url").and_then(|u| u.as_str()).map(str::to_string),
            truth: entry.get("articleBody").and_then(|b| b.as_str()).unwrap_or("").to_string(),
        });
    }
    Ok(pages)
}

/// The body text the benchmark compares: paragraphs joined by blank lines.
pub fn predicted_body(html: &str, url: Option<&str>) -> String {
    crate::article::extract(html, url).paragraphs.join("\n\n")
}

/// Whether a page belongs to the tuning half (`true`) or the held-out half
/// of the benchmark: a fixed split by name, so every run agrees.
pub fn is_tuning_page(name: &str) -> bool {
    // FNV-1a of the name; the pages' names are hashes already, but this keeps
    // the split stable for any naming.
    let mut h: u32 = 0x811c9dc5;
    for b in name.bytes() {
        h = (h ^ b as u32).wrapping_mul(0x01000193);
    }
    h.is_multiple_of(2)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn perfect_partial_and_empty() {
        let truth = "one two three four five six";
        let m = shingle_match(truth, truth);
        assert_eq!((m.precision(), m.recall()), (1.0, 1.0));
        let m = shingle_match(truth, "one two three four");
        assert_eq!(m.tp, 1.0 / 3.0);
        assert_eq!(m.fn_, 2.0 / 3.0);
        assert_eq!(m.precision(), 1.0);
        assert!((m.recall() - 1.0 / 3.0).abs() < 1e-12);
        let m = shingle_match(truth, "");
        assert_eq!((m.precision(), m.recall()), (0.0, 0.0));
        // Texts shorter than four tokens are one shingle.
        assert_eq!(shingle_match("a b", "a b").f1(), 1.0);
        assert_eq!(tokens("Don’t stop—now_ok 3.5"), ["Don", "t", "stop", "now_ok", "3", "5"]);
    }

    #[test]
    fn totals_average_over_pages() {
        let a = Match { tp: 1.0, fp: 0.0, fn_: 0.0 };
        let b = Match { tp: 0.5, fp: 0.5, fn_: 0.0 };
        let t = totals(&[a, b]);
        assert_eq!(t.precision, 0.75);
        assert_eq!(t.recall, 1.0);
        assert!((t.f1 - 2.0 * 0.75 / 1.75).abs() < 1e-12);
    }
}
