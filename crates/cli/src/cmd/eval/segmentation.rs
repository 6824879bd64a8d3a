//! `demarche eval segmentation FILE.conllu`: tokenization and sentence
//! splitting scored against a treebank's gold tokens and sentences.

use std::path::PathBuf;

use demarche_text::eval::{evaluate, Mismatch, Score};

use crate::error::CliResult;

#[derive(clap::Args)]
pub struct Args {
    /// CoNLL-U file with `# text` comments, e.g.
    /// ../shared/data/ud-english-ewt/en_ewt-ud-dev.conllu.
    pub file: PathBuf,
    /// Also print up to N token and N sentence disagreements (gold vs. system).
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub show_errors: usize,
}

pub fn run(args: Args) -> CliResult {
    let treebank = demarche_doc::conllu::read_file(&args.file)?;
    let name = args.file.display().to_string();
    let report = evaluate(&treebank, &name)?;
    show_errors("token", &report.token_errors, args.show_errors);
    show_errors("sentence", &report.sentence_errors, args.show_errors);
    println!("{name}: {} documents, {} paragraphs", report.documents, report.paragraphs);
    println!("{:<10} {:>7} {:>7} {:>7} {:>9} {:>9}", "", "P", "R", "F1", "gold", "system");
    for (label, score) in [("tokens", &report.tokens), ("sentences", &report.sentences)] {
        println!(
            "{label:<10} {:>6.2}% {:>6.2}% {:>6.2}% {:>9} {:>9}",
            100.0 * score.precision(),
            100.0 * score.recall(),
            100.0 * score.f1(),
            score.gold,
            score.system
        );
    }
    let summary = serde_json::json!({
        "file": name,
        "documents": report.documents,
        "paragraphs": report.paragraphs,
        "tokens": score_json(&report.tokens),
        "sentences": score_json(&report.sentences),
    });
    println!("{summary}");
    Ok(())
}

fn score_json(score: &Score) -> serde_json::Value {
    let round = |x: f64| (x * 10000.0).round() / 10000.0;
    serde_json::json!({
        "gold": score.gold,
        "system": score.system,
        "correct": score.correct,
        "precision": round(score.precision()),
        "recall": round(score.recall()),
        "f1": round(score.f1()),
    })
}

fn show_errors(unit: &str, errors: &[Mismatch], limit: usize) {
    for e in errors.iter().take(limit) {
        println!("{unit} error in {}:\n  gold:   {}\n  system: {}", e.sentence_id, e.gold, e.system);
    }
}
