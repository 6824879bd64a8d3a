//! `demarche eval …`: quality measured against reference data.

mod extraction;
mod news;
mod parser;
mod petrarch;
mod segmentation;

use clap::Subcommand;

use crate::CliResult;

#[derive(Subcommand)]
pub enum EvalCommand {
    /// Article-body extraction against the benchmark's true bodies (shingle F1).
    Extraction(extraction::Args),
    /// Tokenization and sentence splitting against a CoNLL-U file.
    Segmentation(segmentation::Args),
    /// Tagging, lemmatization and parsing against a CoNLL-U file.
    Parser(parser::Args),
    /// Event coding against a PETRARCH XML file's expected codings.
    Petrarch(petrarch::Args),
    /// Event coding of news stories against hand-coded events.
    News(news::Args),
}

pub fn run(command: EvalCommand) -> CliResult {
    match command {
        EvalCommand::Extraction(a) => extraction::run(a),
        EvalCommand::Segmentation(a) => segmentation::run(a),
        EvalCommand::Parser(a) => parser::run(a),
        EvalCommand::Petrarch(a) => petrarch::run(a),
        EvalCommand::News(a) => news::run(a),
    }
}
