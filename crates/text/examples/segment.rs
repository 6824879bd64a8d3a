//! Prints the sentences and tokens of a text file (paragraphs separated by
//! blank lines), one sentence per line with tokens separated by spaces.
//!
//! `cargo run --release -p demarche-text --example segment -- FILE`

use demarche_doc::Document;

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: segment FILE");
        std::process::exit(2);
    };
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(1);
        }
    };
    let paragraphs = text.split("\n\n").map(str::trim).filter(|p| !p.is_empty()).map(str::to_string).collect();
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
