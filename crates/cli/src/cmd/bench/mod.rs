//! `demarche bench …`: speed and memory, measured in release builds.

mod code;
mod extract;
mod measure;
mod parse;
mod petrarch;
mod store;

use clap::Subcommand;

use crate::CliResult;

#[derive(Subcommand)]
pub enum BenchCommand {
    /// Extraction throughput on the article pages (pages/s, MB/s, one thread).
    Extract(extract::Args),
    /// Tag + lemma + parse throughput (tokens/s one core, sentences/s all cores) and peak RSS.
    Parse(parse::Args),
    /// Coding speed on PETRARCH XML with supplied parses, dictionary load time, memory.
    Petrarch(petrarch::Args),
    /// End-to-end speed from raw text (extract, parse, code), one and all cores.
    Code(code::Args),
    /// Store insert rate, size and query latency on a synthetic corpus.
    Store(store::Args),
}

pub fn run(command: BenchCommand) -> CliResult {
    match command {
        BenchCommand::Extract(a) => extract::run(a),
        BenchCommand::Parse(a) => parse::run(a),
        BenchCommand::Petrarch(a) => petrarch::run(a),
        BenchCommand::Code(a) => code::run(a),
        BenchCommand::Store(a) => store::run(a),
    }
}
