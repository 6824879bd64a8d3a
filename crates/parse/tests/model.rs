//! Model file and training behaviour: round trip, determinism, bad files.

use demarche_doc::shared::require_shared;
use demarche_doc::{conllu, Sentence, Token};
use demarche_parse::{Model, TrainOptions};

fn sentences(path: &std::path::Path, take: usize) -> Vec<Sentence> {
    conllu::read_file(path).unwrap().iter().take(take).map(|s| s.to_sentence()).collect()
}

fn small_options() -> TrainOptions {
    TrainOptions { tagger_epochs: 2, parser_epochs: 2, morph_epochs: 1, folds: 2, ..TrainOptions::default() }
}

/// A small model from a slice of the treebank, and some held-out sentences.
fn small_model() -> Option<(Model, Vec<Sentence>)> {
    let train = require_shared("data/ud-english-ewt/en_ewt-ud-train.conllu")?;
    let dev = require_shared("data/ud-english-ewt/en_ewt-ud-dev.conllu")?;
    let train = sentences(&train, 400);
    let dev = sentences(&dev, 100);
    let model = Model::train(&train, &dev[..50], &small_options(), &demarche_parse::train::Quiet).unwrap();
    Some((model, dev))
}

fn annotated(model: &Model, gold: &[Sentence]) -> Vec<Sentence> {
    gold.iter()
        .map(|s| {
            let mut s = demarche_parse::eval::strip(s);
            model.annotate(&mut s);
            s
        })
        .collect()
}

#[test]
fn save_load_round_trip_gives_identical_predictions_and_training_is_deterministic() {
    let Some((model, dev)) = small_model() else { return };
    let dir = std::env::temp_dir().join(format!("demarche-parse-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("small.dmodel");
    model.save(&path).unwrap();
    let loaded = Model::load(&path).unwrap();
    assert_eq!(loaded.to_bytes(), model.to_bytes());
    let a = annotated(&model, &dev);
    let b = annotated(&loaded, &dev);
    assert_eq!(a, b);
    // Every word got a tag, a lemma and a relation; exactly one root per sentence.
    for s in &a {
        assert!(s.tokens.iter().all(|t| !t.upos.is_empty() && !t.deprel.is_empty()));
        assert_eq!(s.tokens.iter().filter(|t| t.head == 0).count(), 1, "{:?}", s.text);
    }
    // Same data, same seed: the same bytes.
    let (again, _) = small_model().unwrap();
    assert_eq!(again.to_bytes(), model.to_bytes(), "training is not deterministic");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn corrupt_or_truncated_model_files_give_clear_errors() {
    let Some((model, _)) = small_model() else { return };
    let bytes = model.to_bytes();
    let err = Model::from_bytes(&bytes[..bytes.len() / 2], "half.dmodel").err().unwrap().to_string();
    assert!(err.starts_with("half.dmodel: ") && err.contains("truncated"), "{err}");
    let mut flipped = bytes.clone();
    let at = flipped.len() - 100;
    flipped[at] ^= 0x40;
    let err = Model::from_bytes(&flipped, "flipped.dmodel").err().unwrap().to_string();
    assert!(err.contains("checksum"), "{err}");
    let err = Model::from_bytes(b"hello world, not a model at all", "text.dmodel").err().unwrap().to_string();
    assert!(err.contains("not a demarche model"), "{err}");
    let mut future = bytes;
    future[8] = 99;
    let err = Model::from_bytes(&future, "future.dmodel").err().unwrap().to_string();
    assert!(err.contains("version 99"), "{err}");
    let err = Model::load(std::path::Path::new("/nonexistent/x.dmodel")).err().unwrap().to_string();
    assert!(err.starts_with("/nonexistent/x.dmodel"), "{err}");
}

#[test]
fn builtin_model_annotates_a_news_sentence() {
    let model = Model::builtin();
    let words = ["Egypt", ",", "Jordan", "and", "the", "US", "condemned", "the", "attack", "on", "Monday", "."];
    let mut s = Sentence { tokens: words.iter().map(|w| Token::new(*w)).collect(), ..Sentence::default() };
    model.annotate(&mut s);
    let t = &s.tokens;
    let verb = 7; // "condemned", 1-based
    assert_eq!(t[6].upos, "VERB");
    assert_eq!(t[6].head, 0);
    assert_eq!(t[6].feat("Tense"), Some("Past"));
    assert_eq!((t[0].head, t[0].deprel.as_str()), (verb, "nsubj"));
    assert_eq!((t[8].head, t[8].deprel.as_str()), (verb, "obj"));
    assert_eq!(t[2].deprel, "conj");
    assert_eq!(t[8].lemma, "attack");
    assert_eq!(t[6].lemma, "condemn");
    // Empty sentences are left alone.
    let mut empty = Sentence::default();
    model.annotate(&mut empty);
    assert!(empty.tokens.is_empty());
}

#[test]
fn odd_input_is_annotated_without_panics() {
    let model = Model::builtin();
    let odd = ["", " ", "\u{1F600}", "a\u{301}", "https://example.com/a?b=c", "----", "\u{0}", "ÉTÉ", "中文", "1,000,000"];
    let mut s = Sentence { tokens: odd.iter().map(|w| Token::new(*w)).collect(), ..Sentence::default() };
    model.annotate(&mut s);
    assert!(s.tokens.iter().all(|t| !t.upos.is_empty() && !t.deprel.is_empty()));
    assert_eq!(s.tokens.iter().filter(|t| t.head == 0).count(), 1);
    // A very long "sentence" (bad segmentation) still gets one tree.
    let words: Vec<Token> = (0..5000).map(|i| Token::new(if i % 7 == 6 { "," } else { "word" })).collect();
    let mut long = Sentence { tokens: words, ..Sentence::default() };
    model.annotate(&mut long);
    assert_eq!(long.tokens.iter().filter(|t| t.head == 0).count(), 1);
    // The CoNLL-U reader rejects heads out of range and cycles.
    for sentence in [&s, &long] {
        let text = conllu::ConlluSentence::from_sentence(sentence).to_conllu_string();
        conllu::parse_str(&text, "predicted").unwrap();
    }
}
