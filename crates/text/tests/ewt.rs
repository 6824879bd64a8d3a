//! Accuracy guard on UD English EWT (shared data): the targets of issue 2 on
//! the dev set, and the same on the training set so that rules tuned while
//! looking at dev errors are seen to generalise.

use demarche_doc::shared::require_shared;
use demarche_text::eval::{evaluate, SegmentationReport};

fn report(file: &str) -> Option<SegmentationReport> {
    let path = require_shared(&format!("data/ud-english-ewt/{file}"))?;
    let treebank = demarche_doc::conllu::read_file(&path).expect("the treebank reads");
    Some(evaluate(&treebank, &path.display().to_string()).expect("the treebank aligns with its text"))
}

fn check(file: &str) {
    let Some(r) = report(file) else { return };
    let (tokens, sentences) = (r.tokens.f1(), r.sentences.f1());
    eprintln!("{file}: token F1 {:.2}%, sentence F1 {:.2}%", 100.0 * tokens, 100.0 * sentences);
    assert!(tokens >= 0.99, "{file}: token F1 {tokens:.4} is below 0.99");
    assert!(sentences >= 0.85, "{file}: sentence F1 {sentences:.4} is below 0.85");
}

#[test]
fn ewt_dev_meets_the_targets() {
    check("en_ewt-ud-dev.conllu");
}

#[test]
fn ewt_train_meets_the_targets() {
    check("en_ewt-ud-train.conllu");
}
