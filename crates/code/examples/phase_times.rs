//! Times the coder's phases on a PETRARCH XML file's parses (a profiling
//! aid): `cargo run --release -p demarche-code --example phase_times -- FILE.xml DICTDIR`.

use std::time::Instant;

use demarche_code::coder::{Coder, CoderOptions};
use demarche_code::convert::convert_treebank;
use demarche_code::petrarch::{load_petrarch, DictionaryPaths};
use demarche_code::tree::Tree;
use demarche_code::view::{TokenIn, View};
use demarche_lexicon::ReadOptions;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let xml = std::fs::read_to_string(&args[1]).expect("file");
    let dir = std::path::Path::new(&args[2]);
    let parses: Vec<&str> = xml.split("<Parse>").skip(1).filter_map(|p| p.split("</Parse>").next()).collect();
    let paths = if args.get(3).map(String::as_str) == Some("phoenix") {
        DictionaryPaths {
            verbs: Some(dir.join("CAMEO.2.0.txt")),
            actors: ["Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt"].iter().map(|f| dir.join(f)).collect(),
            agents: Some(dir.join("Phoenix.agents.txt")),
            discards: Some(dir.join("Phoenix.discards.txt")),
        }
    } else {
        DictionaryPaths {
            verbs: Some(dir.join("PETR.Validate.verbs.txt")),
            actors: vec![dir.join("PETR.Validate.actors.txt")],
            agents: Some(dir.join("PETR.Validate.agents.txt")),
            discards: Some(dir.join("PETR.Validate.discards.txt")),
        }
    };
    let (lex, _) = load_petrarch(&paths, ReadOptions { lenient: true }).unwrap();
    let coder = Coder::new(lex);
    let rounds: usize = std::env::var("ROUNDS").ok().and_then(|r| r.parse().ok()).unwrap_or(200);
    let n = (parses.len() * rounds) as f64;
    if std::env::var("ONLY_CODE").is_ok() {
        let opts = CoderOptions::default();
        let t = Instant::now();
        for _ in 0..rounds {
            for p in &parses {
                let _ = coder.code_treebank(p, "", None, &opts);
            }
        }
        println!("code_treebank: {:.2} µs ({} sentences)", t.elapsed().as_secs_f64() * 1e6 / n, n);
        return;
    }
    let t = Instant::now();
    for _ in 0..rounds {
        for p in &parses {
            let _ = Tree::parse(p);
        }
    }
    println!("tree parse: {:.2} µs", t.elapsed().as_secs_f64() * 1e6 / n);
    let mut out = Vec::new();
    let t = Instant::now();
    for _ in 0..rounds {
        for p in &parses {
            let _ = convert_treebank(p, &mut out);
        }
    }
    println!("parse+convert: {:.2} µs", t.elapsed().as_secs_f64() * 1e6 / n);
    let opts = CoderOptions::default();
    let t = Instant::now();
    for _ in 0..rounds {
        for p in &parses {
            if convert_treebank(p, &mut out).is_ok() {
                let toks: Vec<TokenIn<'_>> = out.iter().map(|t| TokenIn { form: t.form, lemma: None, tag: t.tag, head: t.head, rel: t.rel }).collect();
                let _ = View::builds(&coder.lexicon, &toks, opts.commas);
            }
        }
    }
    println!("parse+convert+view: {:.2} µs", t.elapsed().as_secs_f64() * 1e6 / n);
    let t = Instant::now();
    for _ in 0..rounds {
        for p in &parses {
            let _ = coder.code_treebank(p, "", None, &opts);
        }
    }
    println!("code_treebank (no discard text): {:.2} µs", t.elapsed().as_secs_f64() * 1e6 / n);
}
