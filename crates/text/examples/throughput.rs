//! Measures segmentation and tokenization speed on the text of a CoNLL-U
//! treebank (its `# text` lines, one paragraph per `# newpar`), single thread.
//! The project's official speed figures come from `demarche bench`; this is a
//! quick check while working on the tokenizer.
//!
//! `cargo run --release -p demarche-text --example throughput -- ../shared/data/ud-english-ewt/en_ewt-ud-train.conllu`

use std::time::Instant;

use demarche_doc::Document;

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: throughput FILE.conllu");
        std::process::exit(2);
    };
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(1);
        }
    };
    let mut paragraphs: Vec<String> = Vec::new();
    for line in text.lines() {
        if line.starts_with("# newpar") || line.starts_with("# newdoc") || paragraphs.is_empty() {
            paragraphs.push(String::new());
        }
        if let Some(t) = line.strip_prefix("# text = ") {
            let p = paragraphs.last_mut().expect("pushed above");
            if !p.is_empty() {
                p.push(' ');
            }
            p.push_str(t);
        }
    }
    paragraphs.retain(|p| !p.is_empty());
    let bytes: usize = paragraphs.iter().map(String::len).sum();
    let rounds = 5;
    let mut best = f64::MAX;
    let (mut sentences, mut tokens) = (0, 0);
    for _ in 0..rounds {
        let mut doc = Document { paragraphs: paragraphs.clone(), ..Document::default() };
        let start = Instant::now();
        demarche_text::segment(&mut doc);
        best = best.min(start.elapsed().as_secs_f64());
        sentences = doc.sentences.len();
        tokens = doc.sentences.iter().map(|s| s.tokens.len()).sum();
    }
    println!(
        "{sentences} sentences, {tokens} tokens, {:.1} MB in {:.1} ms (best of {rounds}): {:.2} M tokens/s, {:.0} k sentences/s, {:.1} MB/s",
        bytes as f64 / 1e6,
        best * 1e3,
        tokens as f64 / best / 1e6,
        sentences as f64 / best / 1e3,
        bytes as f64 / best / 1e6
    );
}
