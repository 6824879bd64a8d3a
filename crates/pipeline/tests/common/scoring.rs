//! Scoring coded events against hand-written expectations (`expected.tsv`
//! of the fresh sets and of the real pages; layout in `tests/fresh_sets.rs`).

use std::path::Path;

use demarche_code::Event;
use demarche_pipeline::eval::root_actor;

pub struct Expected {
    pub story: String,
    /// The reminder of the sentence, for reports.
    pub sentence: String,
    pub source: String,
    /// `None`: any target.
    pub target: Option<String>,
    pub roots: Vec<String>,
    pub required: bool,
}

pub fn read_expected(path: &Path) -> Vec<Expected> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let f: Vec<&str> = line.split('\t').collect();
        assert!(f.len() == 5 || f.len() == 6, "{}:{}: 5 or 6 tab-separated fields, found {}", path.display(), i + 1, f.len());
        let target = match f[3] {
            "*" => None,
            "\"\"" => Some(String::new()),
            // "XXX*": any code starting so, kept whole with its star.
            t => Some(actor_pattern(t)),
        };
        out.push(Expected {
            story: f[0].to_string(),
            sentence: f[1].to_string(),
            // "XXX*" as for targets; a bare "IGO"/"NGO" means any such body.
            source: actor_pattern(f[2]),
            target,
            roots: f[4].split('|').map(|r| r.trim().to_string()).collect(),
            required: f.get(5).is_none_or(|r| r.trim() != "0"),
        });
    }
    out
}

/// An expected actor: a root code, or a prefix ending in `*` ("IGO*").
/// A bare "IGO" or "NGO" names no body, so it is read as any of them.
/// Alternatives separated by `|` ("KENOPP|KEN*", "USA*|*") are each read
/// so, and any of them fits.
fn actor_pattern(code: &str) -> String {
    code.split('|')
        .map(|c| match c {
            "IGO" | "NGO" => format!("{c}*"),
            c if c.ends_with('*') => c.to_string(),
            c => root_actor(c).to_string(),
        })
        .collect::<Vec<_>>()
        .join("|")
}

fn actor_fits(code: &str, expected: &str) -> bool {
    expected.split('|').any(|alternative| match alternative.strip_suffix('*') {
        Some(prefix) => code.starts_with(prefix),
        None => root_actor(code) == alternative,
    })
}

/// For each event, the expectation it matched (one to one), if any.
pub fn assign(events: &[Event], expected: &[&Expected]) -> Vec<Option<usize>> {
    let mut used = vec![false; expected.len()];
    let fits = |e: &Event, x: &Expected| {
        actor_fits(&e.source, &x.source) && x.target.as_deref().is_none_or(|t| actor_fits(&e.target, t)) && x.roots.iter().any(|r| e.code.starts_with(r.as_str()))
    };
    let mut picks = Vec::with_capacity(events.len());
    for e in events {
        // Required expectations first, so an optional one does not take a
        // prediction a required one needs.
        let pick = (0..expected.len()).filter(|&i| !used[i] && fits(e, expected[i])).min_by_key(|&i| !expected[i].required);
        if let Some(i) = pick {
            used[i] = true;
        }
        picks.push(pick);
    }
    picks
}

/// (matched required, predicted, errors among predicted, required).
pub fn score(events: &[Event], expected: &[&Expected]) -> (usize, usize, usize, usize) {
    let picks = assign(events, expected);
    let matched = picks.iter().flatten().filter(|&&i| expected[i].required).count();
    let wrong = picks.iter().filter(|p| p.is_none()).count();
    (matched, events.len(), wrong, expected.iter().filter(|x| x.required).count())
}

/// Sums of [`score`] over stories, and the precision, recall and F1 they give.
#[derive(Clone, Copy, Debug, Default)]
pub struct Tally {
    pub matched: usize,
    pub predicted: usize,
    pub wrong: usize,
    pub required: usize,
}

impl Tally {
    pub fn add(&mut self, (matched, predicted, wrong, required): (usize, usize, usize, usize)) {
        self.matched += matched;
        self.predicted += predicted;
        self.wrong += wrong;
        self.required += required;
    }

    /// (precision, recall, F1).
    pub fn prf(&self) -> (f64, f64, f64) {
        let precision = (self.predicted - self.wrong) as f64 / self.predicted.max(1) as f64;
        let recall = self.matched as f64 / self.required.max(1) as f64;
        let f1 = if precision + recall > 0.0 { 2.0 * precision * recall / (precision + recall) } else { 0.0 };
        (precision, recall, f1)
    }
}
