//! Scores of predicted against gold annotations, on the gold words
//! (as the CoNLL 2018 shared task scores with gold tokenization).

use std::collections::BTreeMap;

use demarche_doc::Sentence;

/// The morphological features the event coder relies on, scored one by one.
pub const CODER_FEATURES: [&str; 6] = ["Tense", "VerbForm", "Voice", "Number", "Person", "Mood"];

/// Accuracies in percent.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
pub struct Scores {
    pub sentences: usize,
    pub words: usize,
    pub upos: f64,
    pub xpos: f64,
    /// Whole FEATS column right.
    pub ufeats: f64,
    pub lemma: f64,
    pub uas: f64,
    /// LAS on the universal part of the relation (`acl:relcl` → `acl`), as CoNLL 2018.
    pub las: f64,
    /// LAS on full relations, subtypes included.
    pub las_full: f64,
    /// Per-feature accuracy (value or absence) for [`CODER_FEATURES`].
    pub features: BTreeMap<String, f64>,
}

#[derive(Default)]
struct Counts {
    words: usize,
    upos: usize,
    xpos: usize,
    ufeats: usize,
    lemma: usize,
    uas: usize,
    las: usize,
    las_full: usize,
    features: [usize; CODER_FEATURES.len()],
}

/// Compares sentence by sentence; the two lists must hold the same words.
pub fn score(gold: &[Sentence], predicted: &[Sentence]) -> Scores {
    let mut c = Counts::default();
    for (g, p) in gold.iter().zip(predicted) {
        for (gt, pt) in g.tokens.iter().zip(&p.tokens) {
            c.words += 1;
            c.upos += (gt.upos == pt.upos) as usize;
            c.xpos += (gt.xpos == pt.xpos) as usize;
            c.ufeats += (gt.feats == pt.feats) as usize;
            c.lemma += (gt.lemma == pt.lemma) as usize;
            if gt.head == pt.head {
                c.uas += 1;
                c.las += (gt.base_deprel() == pt.base_deprel()) as usize;
                c.las_full += (gt.deprel == pt.deprel) as usize;
            }
            for (k, f) in CODER_FEATURES.iter().enumerate() {
                c.features[k] += (gt.feat(f) == pt.feat(f)) as usize;
            }
        }
    }
    let pct = |n: usize| if c.words == 0 { 0.0 } else { 100.0 * n as f64 / c.words as f64 };
    Scores {
        sentences: gold.len(),
        words: c.words,
        upos: pct(c.upos),
        xpos: pct(c.xpos),
        ufeats: pct(c.ufeats),
        lemma: pct(c.lemma),
        uas: pct(c.uas),
        las: pct(c.las),
        las_full: pct(c.las_full),
        features: CODER_FEATURES.iter().zip(c.features).map(|(f, n)| (f.to_string(), pct(n))).collect(),
    }
}

/// The sentence with its words kept and every annotation cleared.
pub fn strip(s: &Sentence) -> Sentence {
    let mut s = s.clone();
    for t in &mut s.tokens {
        t.lemma.clear();
        t.upos.clear();
        t.xpos.clear();
        t.feats.clear();
        t.head = 0;
        t.deprel.clear();
    }
    s
}

impl std::fmt::Display for Scores {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "UPOS {:.2}  XPOS {:.2}  UFeats {:.2}  lemma {:.2}  UAS {:.2}  LAS {:.2} (full labels {:.2})",
            self.upos, self.xpos, self.ufeats, self.lemma, self.uas, self.las, self.las_full
        )
    }
}
