//! Training the whole model from CoNLL-U treebank sentences.
//!
//! The parser and feature predictor are trained on tags predicted by
//! jackknifing (each fold tagged by a tagger trained on the other folds), so
//! they learn to cope with the tagger's mistakes as they will at run time.
//! Everything is deterministic for a given seed.

use std::collections::{BTreeSet, HashMap};

use demarche_doc::Sentence;
use rayon::prelude::*;

use crate::eval::{score, strip};
use crate::lemma::Lemmatizer;
use crate::model::Parts;
use crate::morph::{self, MorphExample};
use crate::parser::{self, GoldTree, ParseExample, ParseInput, ParserTraining};
use crate::tagger::{self, Clusters, TagExample, Tagger, WordStats};
use crate::words::WordHashes;
use crate::Model;

/// Brown clusters of English words (see the file's header for the source).
const CLUSTERS: &str = include_str!("../data/brown-clusters.tsv");

/// Spelling and frequency statistics of English words (see the file's header).
const WORD_STATS: &str = include_str!("../data/word-case.tsv");

/// The tags a fold's tagger gave the sentences it did not train on, by
/// sentence index.
type FoldTags = Vec<(usize, Vec<u16>)>;

/// The Brown clusters compiled into the binary.
fn builtin_clusters() -> Clusters {
    Clusters::parse(CLUSTERS)
}

/// The word statistics compiled into the binary.
fn builtin_stats() -> WordStats {
    WordStats::parse(WORD_STATS)
}

/// Training settings; the defaults produce the shipped model.
#[derive(Clone, Debug)]
pub struct TrainOptions {
    pub seed: u64,
    pub tagger_epochs: usize,
    pub parser_epochs: usize,
    pub morph_epochs: usize,
    /// Jackknifing folds for the tags the parser trains on.
    pub folds: usize,
    /// Tag in two passes (the second sees the first's tags to the right).
    pub two_pass: bool,
    pub tagger_prune: f64,
    pub parser_prune: f64,
    pub morph_prune: f64,
    /// Beam width of the parser's global training (1: greedy training).
    pub parser_beam: usize,
    /// Free text stored in the model (e.g. the command that trained it).
    pub info: String,
}

impl Default for TrainOptions {
    fn default() -> TrainOptions {
        TrainOptions {
            seed: 1,
            tagger_epochs: 10,
            parser_epochs: 20,
            morph_epochs: 6,
            folds: 5,
            two_pass: false,
            tagger_prune: 3.0,
            parser_prune: 3.0,
            morph_prune: 0.0,
            parser_beam: 1,
            info: String::new(),
        }
    }
}

/// Where training reports what it is doing.
pub trait Progress: Sync {
    /// A new stage with `total` steps (0 when unknown).
    fn stage(&self, _name: &str, _total: u64) {}
    fn advance(&self, _n: u64) {}
    /// A line for the log (per-epoch dev scores).
    fn line(&self, _text: &str) {}
}

/// Progress that goes nowhere.
pub struct Quiet;
impl Progress for Quiet {}

struct Gold<'a> {
    sentence: &'a Sentence,
    tags: Vec<u16>,
    heads: Vec<Option<u32>>,
    labels: Vec<u16>,
    feats: Vec<u16>,
}

fn check_annotated(sentences: &[Sentence], what: &str) -> Result<(), String> {
    for s in sentences {
        for (i, t) in s.tokens.iter().enumerate() {
            if t.upos.is_empty() || t.deprel.is_empty() {
                let id = s.id.as_deref().unwrap_or("?");
                return Err(format!("{what}: sentence {id}, word {}: missing UPOS or DEPREL", i + 1));
            }
        }
    }
    Ok(())
}

/// The (UPOS, XPOS) pairs of a treebank, sorted: tag id `i` is the `i`th.
pub fn tagset(sentences: &[Sentence]) -> Vec<(String, String)> {
    sentences
        .iter()
        .flat_map(|s| s.tokens.iter().map(|t| (t.upos.clone(), t.xpos.clone())))
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect()
}

/// Trains a model. `train` and `dev` need gold LEMMA, UPOS, XPOS, FEATS, HEAD
/// and DEPREL.
pub fn train(train: &[Sentence], dev: &[Sentence], opts: &TrainOptions, progress: &dyn Progress) -> Result<Model, String> {
    if train.is_empty() {
        return Err("the training file has no sentences".into());
    }
    check_annotated(train, "training data")?;
    check_annotated(dev, "dev data")?;

    // Inventories, sorted so ids do not depend on file order quirks.
    let tagset = tagset(train);
    let mut labels: BTreeSet<String> = train.iter().flat_map(|s| s.tokens.iter().map(|t| t.deprel.clone())).collect();
    labels.insert("root".into());
    let labels: Vec<String> = labels.into_iter().collect();
    let feats: Vec<String> = train
        .iter()
        .flat_map(|s| s.tokens.iter().map(|t| t.feats.clone()))
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    let tag_id: HashMap<(String, String), u16> = tagset.iter().enumerate().map(|(i, t)| (t.clone(), i as u16)).collect();
    let label_id: HashMap<&str, u16> = labels.iter().enumerate().map(|(i, l)| (l.as_str(), i as u16)).collect();
    let feats_id: HashMap<&str, u16> = feats.iter().enumerate().map(|(i, f)| (f.as_str(), i as u16)).collect();
    fn make_gold<'s>(
        s: &'s Sentence,
        tag_id: &HashMap<(String, String), u16>,
        label_id: &HashMap<&str, u16>,
        feats_id: &HashMap<&str, u16>,
    ) -> Gold<'s> {
        Gold {
            sentence: s,
            tags: s.tokens.iter().map(|t| *tag_id.get(&(t.upos.clone(), t.xpos.clone())).unwrap_or(&0)).collect(),
            heads: s.tokens.iter().map(|t| t.head.checked_sub(1)).collect(),
            labels: s.tokens.iter().map(|t| *label_id.get(t.deprel.as_str()).unwrap_or(&0)).collect(),
            feats: s.tokens.iter().map(|t| *feats_id.get(t.feats.as_str()).unwrap_or(&0)).collect(),
        }
    }
    let train_gold: Vec<Gold> = train.iter().map(|s| make_gold(s, &tag_id, &label_id, &feats_id)).collect();
    let tag_examples: Vec<TagExample> = train_gold
        .iter()
        .map(|g| TagExample { forms: g.sentence.tokens.iter().map(|t| t.form.clone()).collect(), tags: g.tags.clone() })
        .collect();
    let dev_examples: Vec<TagExample> = dev
        .iter()
        .map(|s| TagExample {
            forms: s.tokens.iter().map(|t| t.form.clone()).collect(),
            tags: s.tokens.iter().map(|t| *tag_id.get(&(t.upos.clone(), t.xpos.clone())).unwrap_or(&u16::MAX)).collect(),
        })
        .collect();

    let clusters = builtin_clusters();
    let stats = builtin_stats();

    // 1. Jackknifed tags for the training sentences: each fold tagged by
    // taggers trained on the other folds (first pass, then second pass on
    // the other folds' jackknifed first-pass tags).
    let folds = opts.folds.max(2);
    let rest_of = |k: usize| -> (Vec<usize>, Vec<TagExample>) {
        let idx: Vec<usize> = (0..tag_examples.len()).filter(|i| i % folds != k).collect();
        let ex = idx.iter().map(|&i| TagExample { forms: tag_examples[i].forms.clone(), tags: tag_examples[i].tags.clone() }).collect();
        (idx, ex)
    };
    let passes = if opts.two_pass { 2 } else { 1 };
    progress.stage("tagger folds", (folds * passes) as u64);
    let firsts: Vec<(Tagger, FoldTags)> = (0..folds)
        .into_par_iter()
        .map(|k| {
            let (_, rest) = rest_of(k);
            let seed = opts.seed + k as u64;
            let t = tagger::train(tagset.clone(), &clusters, &stats, &rest, None, None, opts.tagger_epochs, seed, opts.tagger_prune, &mut |_, _| {});
            let out = (0..tag_examples.len()).filter(|i| i % folds == k).map(|i| (i, tag_with(&t, &tag_examples[i].forms))).collect();
            progress.advance(1);
            (t, out)
        })
        .collect();
    let mut jack1: Vec<Vec<u16>> = vec![Vec::new(); train.len()];
    for (_, tags) in &firsts {
        for (i, t) in tags {
            jack1[*i] = t.clone();
        }
    }
    progress.line(&format!("jackknifed first-pass tag accuracy on train: {:.2}", 100.0 * accuracy(&jack1, train_gold.iter().map(|g| &g.tags))));
    let jack = if opts.two_pass {
        let seconds: Vec<Vec<(usize, Vec<u16>)>> = firsts
            .par_iter()
            .enumerate()
            .map(|(k, (first, _))| {
                let (idx, rest) = rest_of(k);
                let right: Vec<Vec<u16>> = idx.iter().map(|&i| jack1[i].clone()).collect();
                let seed = opts.seed + 100 + k as u64;
                let t = tagger::train(tagset.clone(), &clusters, &stats, &rest, Some((first, &right)), None, opts.tagger_epochs, seed, opts.tagger_prune, &mut |_, _| {});
                progress.advance(1);
                (0..tag_examples.len()).filter(|i| i % folds == k).map(|i| (i, tag_with(&t, &tag_examples[i].forms))).collect()
            })
            .collect();
        let mut jack2: Vec<Vec<u16>> = vec![Vec::new(); train.len()];
        for (i, tags) in seconds.into_iter().flatten() {
            jack2[i] = tags;
        }
        progress.line(&format!("jackknifed two-pass tag accuracy on train: {:.2}", 100.0 * accuracy(&jack2, train_gold.iter().map(|g| &g.tags))));
        jack2
    } else {
        jack1.clone()
    };
    drop(firsts);

    // 2. The tagger, keeping each pass's best epoch on dev.
    progress.stage("tagger", (opts.tagger_epochs * passes) as u64);
    let dev_opt = (!dev.is_empty()).then_some(&dev_examples[..]);
    let log = |pass: &str| {
        let pass = pass.to_string();
        move |epoch: usize, acc: Option<f64>| {
            progress.advance(1);
            if let Some(a) = acc {
                progress.line(&format!("tagger {pass} epoch {epoch}: dev tag accuracy {:.2}", 100.0 * a));
            }
        }
    };
    let mut hook = log("first pass");
    let mut tagger =
        tagger::train(tagset.to_vec(), &clusters, &stats, &tag_examples, None, dev_opt, opts.tagger_epochs, opts.seed, opts.tagger_prune, &mut hook);
    if opts.two_pass {
        let mut hook = log("second pass");
        tagger = tagger::train(
            tagset.to_vec(),
            &clusters,
            &stats,
            &tag_examples,
            Some((&tagger, &jack1)),
            dev_opt,
            opts.tagger_epochs,
            opts.seed + 100,
            opts.tagger_prune,
            &mut hook,
        );
    }
    let dev_tags: Vec<Vec<u16>> = dev_examples.par_iter().map(|e| tag_with(&tagger, &e.forms)).collect();

    // 3. Lemmatizer from gold tags.
    let xpos: Vec<String> = tagset.iter().map(|t| t.1.clone()).collect();
    let proper: Vec<bool> = tagset.iter().map(|t| t.0 == "PROPN").collect();
    let upos: Vec<String> = tagset.iter().map(|t| t.0.clone()).collect();
    let lemmatizer = Lemmatizer::learn(
        xpos,
        proper,
        &upos,
        train_gold.iter().flat_map(|g| g.sentence.tokens.iter().zip(&g.tags).map(|(t, &tag)| (t.form.as_str(), tag, t.lemma.as_str()))),
    );

    // 4. Parser on jackknifed tags, scored on dev with predicted tags.
    let lower = |s: &Sentence| -> Vec<u64> { s.tokens.iter().map(|t| WordHashes::new(&t.form).0.lower).collect() };
    let cluster_paths =
        |s: &Sentence| -> Vec<u32> { s.tokens.iter().map(|t| clusters.get(&WordHashes::new(&t.form).0)).collect() };
    let parse_train: Vec<ParseExample> = train_gold
        .iter()
        .zip(&jack)
        .map(|(g, tags)| ParseExample {
            words: lower(g.sentence),
            tags: tags.clone(),
            clusters: cluster_paths(g.sentence),
            gold: GoldTree { heads: g.heads.clone(), labels: g.labels.clone() },
        })
        .collect();
    let dev_words: Vec<Vec<u64>> = dev.iter().map(lower).collect();
    let dev_clusters: Vec<Vec<u32>> = dev.iter().map(cluster_paths).collect();
    let dev_gold: Vec<(Vec<Option<u32>>, Vec<&str>)> =
        dev.iter().map(|s| (s.tokens.iter().map(|t| t.head.checked_sub(1)).collect(), s.tokens.iter().map(|t| t.deprel.as_str()).collect())).collect();
    let settings = ParserTraining {
        epochs: opts.parser_epochs,
        seed: opts.seed,
        explore_from: 2,
        explore_p: 0.9,
        prune: opts.parser_prune,
        beam: opts.parser_beam,
    };
    progress.stage("parser", (opts.parser_epochs * train.len()) as u64);
    let mut ticks = 0u64;
    let parser = parser::train(
        labels.to_vec(),
        &parse_train,
        &settings,
        &mut |epoch, p| {
            if dev.is_empty() {
                return epoch as f64;
            }
            let (uas, las) = attachment(p, &dev_words, &dev_tags, &dev_clusters, &dev_gold);
            progress.line(&format!("parser epoch {epoch}: dev UAS {uas:.2}  LAS {las:.2} (full labels)"));
            las
        },
        &mut || {
            ticks += 1;
            if ticks.is_multiple_of(64) {
                progress.advance(64);
            }
        },
    );

    // 5. Morphological features on jackknifed tags and gold trees.
    progress.stage("features", 0);
    let mut allowed: Vec<BTreeSet<u16>> = vec![BTreeSet::new(); tagset.len()];
    for g in &train_gold {
        for (&t, &f) in g.tags.iter().zip(&g.feats) {
            allowed[t as usize].insert(f);
        }
    }
    let allowed: Vec<Vec<u16>> = allowed.into_iter().map(|s| s.into_iter().collect()).collect();
    let morph_data: Vec<MorphExample> = train_gold
        .iter()
        .zip(&jack)
        .map(|(g, tags)| MorphExample {
            words: g.sentence.tokens.iter().map(|t| WordHashes::new(&t.form).0).collect(),
            tags: tags.clone(),
            heads: g.heads.clone(),
            labels: g.labels.clone(),
            feats: g.feats.clone(),
        })
        .collect();
    let morph = morph::train(feats, allowed, labels.to_vec(), &morph_data, opts.morph_epochs, opts.seed, opts.morph_prune);

    let model = Model::from_parts(Parts { info: opts.info.clone(), tagger, lemmatizer, morph, parser });
    if !dev.is_empty() {
        let scores = evaluate(&model, dev);
        progress.line(&format!("final model on dev: {scores}"));
    }
    Ok(model)
}

fn tag_with(tagger: &Tagger, forms: &[String]) -> Vec<u16> {
    let p = tagger.prepare(&forms.iter().map(String::as_str).collect::<Vec<_>>());
    tagger.tag(&p)
}

fn accuracy<'a>(pred: &[Vec<u16>], gold: impl Iterator<Item = &'a Vec<u16>>) -> f64 {
    let (mut right, mut total) = (0, 0);
    for (p, g) in pred.iter().zip(gold) {
        right += p.iter().zip(g).filter(|(a, b)| a == b).count();
        total += g.len();
    }
    right as f64 / total.max(1) as f64
}

/// UAS and full-label LAS of a parser on dev with given tags.
fn attachment(
    p: &parser::Parser,
    words: &[Vec<u64>],
    tags: &[Vec<u16>],
    clusters: &[Vec<u32>],
    gold: &[(Vec<Option<u32>>, Vec<&str>)]) -> (f64, f64) {
    let counts: Vec<(usize, usize, usize)> = (0..words.len())
        .into_par_iter()
        .map(|i| {
            let tree = p.parse(&ParseInput { words: &words[i], tags: &tags[i], clusters: &clusters[i], classes: &[] });
            let (heads, labels) = &gold[i];
            let mut u = 0;
            let mut l = 0;
            for k in 0..heads.len() {
                if tree.heads[k] == heads[k] {
                    u += 1;
                    l += (p.labels[tree.labels[k] as usize] == labels[k]) as usize;
                }
            }
            (u, l, heads.len())
        })
        .collect();
    let (u, l, n) = counts.into_iter().fold((0, 0, 0), |a, c| (a.0 + c.0, a.1 + c.1, a.2 + c.2));
    (100.0 * u as f64 / n.max(1) as f64, 100.0 * l as f64 / n.max(1) as f64)
}

/// Annotates copies of `gold` (annotations stripped) and scores them.
pub fn evaluate(model: &Model, gold: &[Sentence]) -> crate::eval::Scores {
    let predicted: Vec<Sentence> = gold
        .par_iter()
        .map(|s| {
            let mut p = strip(s);
            model.annotate(&mut p);
            p
        })
        .collect();
    score(gold, &predicted)
}
