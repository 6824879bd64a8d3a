//! `demarche bench parse`: tag + lemma + parse throughput and memory.

use std::path::PathBuf;
use std::time::Instant;

use demarche_doc::{shared, InputError, Sentence};
use demarche_parse::eval::strip;
use demarche_parse::Model;

use crate::cmd::parse::print_stdout;
use crate::cmd::train::read_sentences;
use crate::error::{CliError, CliResult};

#[derive(clap::Args)]
pub struct Args {
    /// CoNLL-U file whose words are parsed (default: the shared EWT dev file).
    #[arg(long)]
    file: Option<PathBuf>,
    /// Model file to use instead of the built-in one.
    #[arg(long)]
    model: Option<PathBuf>,
    /// Passes over the file for the single-thread figure.
    #[arg(long, default_value_t = 5)]
    passes: usize,
    /// Copies of the file in the all-cores batch.
    #[arg(long, default_value_t = 10)]
    copies: usize,
}

/// Peak resident memory of this process in MB (Linux `VmHWM`).
pub fn peak_rss_mb() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

/// CPU time this process has used, in seconds (Linux `/proc/self/stat`,
/// 100 ticks a second): on a shared machine, throughput per CPU-second is
/// steadier than per wall-clock second.
fn cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // Fields after the command name (which may hold spaces) start at `) `.
    let rest = &stat[stat.rfind(')')? + 2..];
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let utime: f64 = fields.get(11)?.parse().ok()?;
    let stime: f64 = fields.get(12)?.parse().ok()?;
    Some((utime + stime) / 100.0)
}

pub fn run(args: Args) -> CliResult {
    let file = match args.file.clone().or_else(|| shared::shared_path("data/ud-english-ewt/en_ewt-ud-dev.conllu")) {
        Some(f) => f,
        None => {
            return Err(CliError::Input(InputError::new(
                "no --file given and the shared EWT dev file is missing (set DEMARCHE_SHARED)",
            )))
        }
    };
    let started = Instant::now();
    let model: &Model = match &args.model {
        Some(p) => Box::leak(Box::new(Model::load(p)?)),
        None => Model::builtin(),
    };
    let load_ms = started.elapsed().as_secs_f64() * 1000.0;
    let sentences: Vec<Sentence> = read_sentences(&file)?.iter().map(strip).collect();
    let words: usize = sentences.iter().map(|s| s.tokens.len()).sum();

    // One core: the whole file, `passes` times, in this thread.
    let mut copies: Vec<Vec<Sentence>> = (0..args.passes.max(1)).map(|_| sentences.clone()).collect();
    let t = Instant::now();
    let cpu0 = cpu_seconds();
    for batch in &mut copies {
        for s in batch.iter_mut() {
            model.annotate(s);
        }
    }
    let one_core = t.elapsed().as_secs_f64();
    let cpu = match (cpu0, cpu_seconds()) {
        (Some(a), Some(b)) if b > a => b - a,
        _ => f64::NAN,
    };
    let tokens_per_s = (words * copies.len()) as f64 / one_core;
    let tokens_per_cpu_s = (words * copies.len()) as f64 / cpu;
    drop(copies);

    // All cores: one large batch.
    let mut batch: Vec<Sentence> = (0..args.copies.max(1)).flat_map(|_| sentences.iter().cloned()).collect();
    let t = Instant::now();
    model.annotate_all(&mut batch);
    let all = t.elapsed().as_secs_f64();
    let threads = rayon::current_num_threads();
    let sentences_per_s = batch.len() as f64 / all;
    let all_tokens_per_s = (words * args.copies.max(1)) as f64 / all;
    drop(batch);
    let rss = peak_rss_mb().unwrap_or(f64::NAN);

    let mut text = format!("model load: {load_ms:.0} ms\n");
    text.push_str(&format!(
        "one core: {:.0} tokens/s ({:.0} sentences/s) over {} passes of {} sentences, {} words\n",
        tokens_per_s,
        (sentences.len() * args.passes.max(1)) as f64 / one_core,
        args.passes.max(1),
        sentences.len(),
        words
    ));
    text.push_str(&format!(
        "one core, per CPU-second used: {tokens_per_cpu_s:.0} tokens/s (wall-clock figure is lower when the machine is shared)\n"
    ));
    text.push_str(&format!(
        "all {threads} cores: {sentences_per_s:.0} sentences/s ({all_tokens_per_s:.0} tokens/s) on {} sentences\n",
        sentences.len() * args.copies.max(1)
    ));
    text.push_str(&format!("peak RSS: {rss:.0} MB\n"));
    let json = serde_json::json!({
        "bench": "parse",
        "file": file.display().to_string(),
        "load_ms": load_ms,
        "tokens_per_s_one_core": tokens_per_s,
        "tokens_per_cpu_s_one_core": tokens_per_cpu_s,
        "sentences_per_s_all_cores": sentences_per_s,
        "tokens_per_s_all_cores": all_tokens_per_s,
        "threads": threads,
        "peak_rss_mb": rss,
    });
    text.push_str(&format!("{json}\n"));
    print_stdout(&text)
}
