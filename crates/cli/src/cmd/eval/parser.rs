//! `demarche eval parser`: tagging, lemmatization and parsing accuracy on
//! the gold words of an annotated CoNLL-U file.

use std::path::PathBuf;

use crate::cmd::parse::{load_model, print_stdout, starts_document};
use crate::error::{CliError, CliResult};

#[derive(clap::Args)]
pub struct Args {
    /// Annotated CoNLL-U file (e.g. UD English EWT dev).
    file: PathBuf,
    /// Model file to use instead of the built-in one.
    #[arg(long)]
    model: Option<PathBuf>,
    /// Parse with a beam of this many configurations (default: the model's own).
    #[arg(long)]
    beam: Option<usize>,
}

pub fn run(args: Args) -> CliResult {
    let model = load_model(args.model.as_deref(), args.beam)?;
    let blocks = demarche_doc::conllu::read_file(&args.file)?;
    let gold: Vec<_> = blocks.iter().map(demarche_doc::conllu::ConlluSentence::to_sentence).collect();
    // Documents start at `# newdoc` comments (a file without any is one document).
    let starts: Vec<usize> = blocks.iter().enumerate().filter(|(_, b)| starts_document(b)).map(|(i, _)| i).collect();
    if gold.iter().flat_map(|s| &s.tokens).any(|t| t.upos.is_empty() || t.deprel.is_empty()) {
        return Err(CliError::Input(demarche_doc::InputError::in_file(
            &args.file,
            "the file lacks gold UPOS or DEPREL annotations to score against",
        )));
    }
    let scores = model.evaluate_documents(&gold, &starts);
    let feats: Vec<String> = scores.features.iter().map(|(f, a)| format!("{f} {a:.2}")).collect();
    let mut json = serde_json::to_value(&scores).map_err(|e| CliError::Failed(e.to_string()))?;
    json["file"] = serde_json::Value::String(args.file.display().to_string());
    let text = format!(
        "{}: {} sentences, {} words\n  UPOS   {:6.2}   XPOS {:6.2}   UFeats {:6.2}   lemma {:6.2}\n  \
         UAS    {:6.2}   LAS  {:6.2} (universal labels, as CoNLL 2018)   LAS {:6.2} (full labels)\n  features: {}\n{json}\n",
        args.file.display(),
        scores.sentences,
        scores.words,
        scores.upos,
        scores.xpos,
        scores.ufeats,
        scores.lemma,
        scores.uas,
        scores.las,
        scores.las_full,
        feats.join("  ")
    );
    print_stdout(&text)
}
