//! Morphological features (UD FEATS): after parsing, each word's feature
//! bundle is chosen among those its tag had in training by an averaged
//! perceptron that sees the word, its tag, and its syntax: relation, head,
//! auxiliaries (voice, tense) and subject (agreement: Number, Person).

use crate::hash::{key1, key2, key3, Rng};
use crate::io::{ByteReader, ByteWriter, DecodeResult};
use crate::perceptron::{Table, Trainer};
use crate::words::WordHashes;

/// What kind of relation a label is, for the features.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Subject,
    Aux,
    Conj,
    Other,
}

fn kind(label: &str) -> Kind {
    let base = label.split(':').next().unwrap_or("");
    match base {
        "nsubj" | "csubj" | "expl" => Kind::Subject,
        "aux" | "cop" => Kind::Aux,
        "conj" => Kind::Conj,
        _ => Kind::Other,
    }
}

/// A parsed sentence as the feature predictor sees it.
pub struct MorphInput<'a> {
    pub words: &'a [WordHashes],
    pub tags: &'a [u16],
    pub heads: &'a [Option<u32>],
    pub labels: &'a [u16],
}

pub struct Morph {
    /// Feature bundles (`""` for none).
    pub classes: Vec<String>,
    /// Per tag id: the bundles it may have.
    allowed: Vec<Vec<u16>>,
    kinds: Vec<Kind>,
    labels: Vec<String>,
    weights: Table,
}

fn children(input: &MorphInput) -> Vec<Vec<u32>> {
    let mut ch = vec![Vec::new(); input.tags.len()];
    for (d, h) in input.heads.iter().enumerate() {
        if let Some(h) = h {
            if let Some(c) = ch.get_mut(*h as usize) {
                c.push(d as u32);
            }
        }
    }
    ch
}

fn features(input: &MorphInput, kinds: &[Kind], ch: &[Vec<u32>], i: usize, out: &mut Vec<u64>) {
    let w = &input.words[i];
    let t = input.tags[i] as u64;
    let label = input.labels[i] as u64;
    let head_tag = input.heads[i].map_or(0xffff, |h| input.tags[h as usize] as u64);
    let kind_of = |x: usize| kinds.get(input.labels[x] as usize).copied().unwrap_or(Kind::Other);
    out.extend_from_slice(&[
        key1(1, t),
        key2(2, w.lower, t),
        key2(3, w.suffix[1], t),
        key2(4, w.suffix[2], t),
        key2(5, label, t),
        key3(6, head_tag, label, t),
        key2(7, w.flags, t),
    ]);
    for &c in &ch[i] {
        let c = c as usize;
        out.push(key2(8, input.labels[c] as u64, t));
        match kind_of(c) {
            Kind::Subject => {
                out.push(key2(9, input.words[c].lower, t));
                out.push(key2(10, input.tags[c] as u64, t));
                let conj = ch[c].iter().any(|&g| kind_of(g as usize) == Kind::Conj);
                out.push(key3(11, conj as u64, input.tags[c] as u64, t));
            }
            Kind::Aux => out.push(key2(12, input.words[c].lower, t)),
            _ => {}
        }
    }
    // Relative clauses and conjuncts agree with what they hang on.
    if let Some(h) = input.heads[i] {
        out.push(key3(13, input.words[h as usize].lower, label, t));
    }
}

impl Morph {
    /// Predicted feature bundles, as strings.
    pub fn predict(&self, input: &MorphInput) -> Vec<&str> {
        let ch = children(input);
        let allowed = |i: usize| self.allowed.get(input.tags[i] as usize).map_or(&[][..], Vec::as_slice);
        let mut out: Vec<&str> = (0..input.tags.len())
            .map(|i| match allowed(i) {
                [only] => self.classes[*only as usize].as_str(),
                _ => "",
            })
            .collect();
        let scored: Vec<usize> = (0..input.tags.len()).filter(|&i| allowed(i).len() > 1).collect();
        let mut scores = vec![0i32; self.classes.len()];
        self.weights.visit_prefetched(
            &scored,
            |i, keys| features(input, &self.kinds, &ch, i, keys),
            |i, keys| {
                let allowed = allowed(i);
                for &c in allowed {
                    scores[c as usize] = 0;
                }
                self.weights.score(keys, &mut scores);
                let class = *allowed.iter().max_by_key(|&&c| (scores[c as usize], std::cmp::Reverse(c))).unwrap();
                out[i] = self.classes[class as usize].as_str();
            },
        );
        out
    }

    pub fn write(&self, w: &mut ByteWriter) {
        w.strs(&self.classes);
        w.len(self.allowed.len());
        for a in &self.allowed {
            w.u32s(&a.iter().map(|&c| c as u32).collect::<Vec<_>>());
        }
        w.strs(&self.labels);
        self.weights.write(w);
    }

    pub fn read(r: &mut ByteReader) -> DecodeResult<Morph> {
        let classes = r.strs()?;
        let n = r.len(8)?;
        let mut allowed = Vec::with_capacity(n);
        for _ in 0..n {
            let a = r.u32s()?;
            if a.iter().any(|&c| c as usize >= classes.len()) {
                return Err("feature class out of range".into());
            }
            allowed.push(a.into_iter().map(|c| c as u16).collect());
        }
        let labels = r.strs()?;
        let weights = Table::read(r)?;
        if weights.classes() != classes.len() {
            return Err("feature weights do not match their classes".into());
        }
        let kinds = labels.iter().map(|l| kind(l)).collect();
        Ok(Morph { classes, allowed, kinds, labels, weights })
    }

    pub fn size(&self) -> usize {
        self.weights.size()
    }

    /// Number of tags the predictor knows.
    pub fn tag_count(&self) -> usize {
        self.allowed.len()
    }
}

/// A training sentence: inputs and the gold bundle (class id) of each word.
pub struct MorphExample {
    pub words: Vec<WordHashes>,
    pub tags: Vec<u16>,
    pub heads: Vec<Option<u32>>,
    pub labels: Vec<u16>,
    pub feats: Vec<u16>,
}

/// Trains the feature predictor. `allowed` lists each tag's bundles.
pub fn train(
    classes: Vec<String>,
    allowed: Vec<Vec<u16>>,
    labels: Vec<String>,
    data: &[MorphExample],
    epochs: usize,
    seed: u64,
    prune: f64,
) -> Morph {
    let kinds: Vec<Kind> = labels.iter().map(|l| kind(l)).collect();
    let mut trainer = Trainer::new(classes.len());
    let mut order: Vec<usize> = (0..data.len()).collect();
    let mut rng = Rng::new(seed ^ 0x6d6f_7270);
    let mut keys = Vec::new();
    let mut scores = vec![0i64; classes.len()];
    for _ in 0..epochs {
        rng.shuffle(&mut order);
        for &si in &order {
            let ex = &data[si];
            let input = MorphInput { words: &ex.words, tags: &ex.tags, heads: &ex.heads, labels: &ex.labels };
            let ch = children(&input);
            for i in 0..ex.tags.len() {
                let allowed = &allowed[ex.tags[i] as usize];
                if allowed.len() < 2 || !allowed.contains(&ex.feats[i]) {
                    continue;
                }
                keys.clear();
                features(&input, &kinds, &ch, i, &mut keys);
                for &c in allowed {
                    scores[c as usize] = 0;
                }
                trainer.score(&keys, &mut scores);
                let guess = *allowed.iter().max_by_key(|&&c| (scores[c as usize], std::cmp::Reverse(c))).unwrap();
                trainer.update(&keys, ex.feats[i] as usize, guess as usize);
                trainer.tick();
            }
        }
    }
    Morph { classes, allowed, kinds, labels, weights: trainer.compile(prune) }
}
