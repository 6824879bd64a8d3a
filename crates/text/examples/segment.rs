//! Prints the sentences and tokens of a text file, or measures speed.
//!
//! `segment FILE` prints one sentence per line, tokens separated by spaces
//! (paragraphs are separated by blank lines in FILE and in the output).
//!
//! `segment --throughput FILE.conllu` segments the text of a treebank (its
//! `# text` lines, one paragraph per `# newpar`) five times on one thread and
//! reports the best speed. The project's official speed figures come from
//! `demarche bench`; this is a quick check while working on the tokenizer.
//!
//! `cargo run --release -p demarche-text --example segment -- [--throughput] FILE`

use std::time::Instant;

use demarche_doc::Document;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (throughput, path) = match args.as_slice() {
        [flag, path] if flag == "--throughput" => (true, path),
        [path] => (false, path),
        _ => {
            eprintln!("usage: segment [--throughput] FILE");
            std::process::exit(2);
        }
    };
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| {
        eprintln!("{path}: {e}");
        std::process::exit(1);
    });
    if throughput {
        measure(&treebank_paragraphs(&text));
    } else {
        print_sentences(text.split("\n\n").map(str::trim).filter(|p| !p.is_empty()).map(str::to_string).collect());
    }
}

fn print_sentences(paragraphs: Vec<String>) {
    let mut doc = Document { paragraphs, ..Document::default() };
    demarche_text::segment(&mut doc);
    let mut paragraph = 0;
    for s in &doc.sentences {
        if s.paragraph != paragraph {
            println!();
            paragraph = s.paragraph;
        }
        println!("{}", s.tokens.iter().map(|t| t.form.as_str()).collect::<Vec<_>>().join(" "));
    }
}

/// The raw paragraphs of a CoNLL-U file, as `demarche eval segmentation` rebuilds them.
fn treebank_paragraphs(conllu: &str) -> Vec<String> {
    let mut paragraphs: Vec<String> = Vec::new();
    for line in conllu.lines() {
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
    paragraphs
}

fn measure(paragraphs: &[String]) {
    let bytes: usize = paragraphs.iter().map(String::len).sum();
    let rounds = 5;
    let mut best = f64::MAX;
    let (mut sentences, mut tokens) = (0, 0);
    for _ in 0..rounds {
        let mut doc = Document { paragraphs: paragraphs.to_vec(), ..Document::default() };
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
