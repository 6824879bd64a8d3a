//! Trains the tagger alone (first pass, default settings) and prints its
//! dev accuracy per epoch, joint tag and UPOS (without the parse-time
//! rules), for trying tagger features without training the whole model
//! (about half a minute a seed). `EPOCHS` and `PRUNE` in the environment
//! override the training settings.
//!
//! `cargo run --release -p demarche-parse --example tagger_dev -- TRAIN.conllu DEV.conllu [SEED,SEED...]`

use std::collections::HashMap;

use demarche_doc::conllu;
use demarche_parse::tagger::{self, Clusters, TagExample, WordStats};
use demarche_parse::TrainOptions;

fn read(path: &str) -> Vec<demarche_doc::Sentence> {
    match conllu::read_file(std::path::Path::new(path)) {
        Ok(s) => s.iter().map(|s| s.to_sentence()).collect(),
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(1);
        }
    }
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (Some(train), Some(dev)) = (args.get(1), args.get(2)) else {
        eprintln!("usage: tagger_dev TRAIN.conllu DEV.conllu");
        std::process::exit(2);
    };
    let (train, dev) = (read(train), read(dev));
    let tagset = demarche_parse::train::tagset(&train);
    let tag_id: HashMap<(String, String), u16> = tagset.iter().enumerate().map(|(i, t)| (t.clone(), i as u16)).collect();
    let examples = |s: &[demarche_doc::Sentence]| -> Vec<TagExample> {
        s.iter()
            .map(|s| TagExample {
                forms: s.tokens.iter().map(|t| t.form.clone()).collect(),
                tags: s.tokens.iter().map(|t| *tag_id.get(&(t.upos.clone(), t.xpos.clone())).unwrap_or(&u16::MAX)).collect(),
            })
            .collect()
    };
    let (train, dev) = (examples(&train), examples(&dev));
    let clusters = Clusters::parse(include_str!("../data/brown-clusters.tsv"));
    let stats = WordStats::parse(include_str!("../data/word-case.tsv"));
    let mut o = TrainOptions::default();
    let env = |name: &str| std::env::var(name).ok().and_then(|v| v.parse::<f64>().ok());
    if let Some(e) = env("EPOCHS") {
        o.tagger_epochs = e as usize;
    }
    if let Some(p) = env("PRUNE") {
        o.tagger_prune = p;
    }
    // Seeds, comma-separated: one tagger each.
    let seeds: Vec<u64> = args.get(3).map_or(vec![o.seed], |s| s.split(',').filter_map(|x| x.parse().ok()).collect());
    let score = |t: &tagger::Tagger, what: &str| {
        let (mut joint, mut upos, mut total) = (0, 0, 0);
        for s in &dev {
            let p = t.prepare(&s.forms.iter().map(String::as_str).collect::<Vec<_>>());
            for (&a, &b) in t.tag(&p).iter().zip(&s.tags) {
                total += 1;
                joint += (a == b) as usize;
                upos += (b != u16::MAX && tagset[a as usize].0 == tagset[b as usize].0) as usize;
            }
        }
        println!("{what}: joint {:.2} ({joint})  UPOS {:.2} ({upos}) of {total}", 100.0 * joint as f64 / total as f64, 100.0 * upos as f64 / total as f64);
    };
    for &seed in &seeds {
        let mut hook = |epoch: usize, acc: Option<f64>| eprintln!("seed {seed} epoch {epoch}: dev joint {:.2}", 100.0 * acc.unwrap_or(0.0));
        let t = tagger::train(tagset.clone(), &clusters, &stats, &train, None, Some(&dev), o.tagger_epochs, seed, o.tagger_prune, &mut hook);
        score(&t, &format!("seed {seed}"));
    }
}
