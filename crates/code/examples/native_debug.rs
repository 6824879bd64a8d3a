//! Shows what the native coder sees in a sentence: the parse, the actor
//! mentions, every anchor's winning pattern and the events.
//! `cargo run --release -p demarche-code --example native_debug -- "Text." [YYYY-MM-DD]`

use demarche_code::native::matcher::match_sentence;
use demarche_code::native::tree::Tree;
use demarche_code::native::{NewsCoder, NewsOptions};
use demarche_doc::{Document, NaiveDate};

fn main() {
    let mut args = std::env::args().skip(1);
    let text = args.next().unwrap_or_else(|| "Russia consulted Egypt.".into());
    let date = args.next().and_then(|d| NaiveDate::parse_from_str(&d, "%Y-%m-%d").ok()).or(NaiveDate::from_ymd_opt(2024, 6, 1));
    let coder = NewsCoder::builtin();
    let mut doc = Document { id: "debug".into(), date, ..Document::default() };
    doc.paragraphs.push(text);
    demarche_text::segment(&mut doc);
    demarche_parse::Model::builtin().annotate_document(&mut doc);
    for s in &doc.sentences {
        println!("# {}", s.text);
        for (i, t) in s.tokens.iter().enumerate() {
            println!("{:>3} {:<14} {:<12} {:<5} {:<4} {:>3} {}", i, t.form, t.lemma, t.upos, t.xpos, t.head as i64 - 1, t.deprel);
        }
        let tree = Tree::new(&coder.lexicon, s);
        for m in coder.actors.mentions(&tree, &s.text) {
            println!("mention {}..{} {:?}", m.first, m.last, m.kind);
        }
        let found = match_sentence(&coder.lexicon.native, &tree);
        for m in &found.matches {
            let p = &coder.lexicon.native.patterns[m.pattern as usize];
            println!("anchor {} {:?} src {:?} tgt {:?} neg {} consumed {:?}\n    {}:{} {}", m.anchor, p.code.map(|c| coder.lexicon.code(c)), m.source, m.target, m.negated, m.consumed, coder.lexicon.native.files[p.origin.file as usize], p.origin.line, p.text);
        }
    }
    for e in coder.code_document(&doc, &NewsOptions { explain: true }) {
        let x = e.explain.unwrap_or_default();
        println!("EVENT {} {} {} {} [{}|{}] {}\n    {}", e.date.map(|d| d.to_string()).unwrap_or_default(), e.source, e.code, e.target, e.source_text, e.target_text, x.path, x.pattern);
    }
}
