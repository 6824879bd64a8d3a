//! `demarche`: political event data from news.
//!
//! Each subcommand lives in its own module under `cmd/`, with its clap
//! arguments and a `run` function; this file only dispatches.

mod cmd;
mod error;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

use cmd::{bench, eval};
pub use error::{CliError, CliResult};

/// mimalloc instead of the system allocator: the pipeline makes millions of
/// small, short-lived allocations (token strings, per-sentence buffers), and
/// glibc's malloc and free took about a seventh of the instructions of
/// `demarche bench code`.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(name = "demarche", version, about, long_about = None, propagate_version = true)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Read pages, feeds and text files into clean, dated documents.
    Extract(cmd::extract::Args),
    /// Tag, lemmatize and parse documents; write CoNLL-U.
    Parse(cmd::parse::Args),
    /// Code the events documents report (CAMEO, Goldstein, QuadClass, PLOVER).
    Code(cmd::code::Args),
    /// Train the tagger, lemmatizer and parser model from CoNLL-U files.
    Train(cmd::train::Args),
    /// Measure quality against reference data.
    #[command(subcommand)]
    Eval(eval::EvalCommand),
    /// Measure speed and memory.
    #[command(subcommand)]
    Bench(bench::BenchCommand),
    /// Code documents and store their events in a database.
    Ingest(cmd::ingest::Args),
    /// List stored events matching filters.
    Events(cmd::events::Args),
    /// Time series of a dyad's interactions.
    Series(cmd::series::Args),
    /// The actor interaction network.
    Network(cmd::network::Args),
    /// A third party's role in a conflict dyad.
    Role(cmd::role::Args),
    /// Export stored events (GDELT, PLOVER, JSON Lines, CSV, Parquet).
    Export(cmd::export::Args),
}

/// Reports end quietly when their reader goes away (`demarche eval news |
/// head`): `println!` panics on a closed pipe, so the panic hook turns that
/// one panic into a silent, successful exit, as `code`, `extract` and
/// `parse` already end when they see the broken pipe themselves. Every
/// other panic is reported as usual.
fn quiet_on_closed_stdout() {
    let report = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let message = info.payload().downcast_ref::<String>().map(String::as_str).or_else(|| info.payload().downcast_ref::<&str>().copied()).unwrap_or("");
        if message.starts_with("failed printing to stdout") && message.contains("Broken pipe") {
            std::process::exit(0);
        }
        report(info);
    }));
}

fn main() -> ExitCode {
    quiet_on_closed_stdout();
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Extract(a) => cmd::extract::run(a),
        Command::Parse(a) => cmd::parse::run(a),
        Command::Code(a) => cmd::code::run(a),
        Command::Train(a) => cmd::train::run(a),
        Command::Eval(c) => eval::run(c),
        Command::Bench(c) => bench::run(c),
        Command::Ingest(a) => cmd::ingest::run(a),
        Command::Events(a) => cmd::events::run(a),
        Command::Series(a) => cmd::series::run(a),
        Command::Network(a) => cmd::network::run(a),
        Command::Role(a) => cmd::role::run(a),
        Command::Export(a) => cmd::export::run(a),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("demarche: {e}");
            ExitCode::from(e.exit_code() as u8)
        }
    }
}
