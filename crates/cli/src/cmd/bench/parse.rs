//! `demarche bench parse`: tag + lemma + parse throughput and memory.

use std::path::PathBuf;
use std::time::Instant;

use demarche_doc::{shared, InputError, Sentence};
use demarche_parse::eval::strip;
use demarche_parse::Model;

use crate::cmd::parse::print_stdout;
use crate::cmd::train::read_sentences;
use super::measure::{peak_rss_mb, thread_cpu_seconds};
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
    /// Parse with a beam of this many configurations (default: the model's own).
    #[arg(long)]
    beam: Option<usize>,
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
    let model: &Model = crate::cmd::parse::load_model(args.model.as_deref(), args.beam)?;
    let load_ms = started.elapsed().as_secs_f64() * 1000.0;
    let sentences: Vec<Sentence> = read_sentences(&file)?.iter().map(strip).collect();
    let words: usize = sentences.iter().map(|s| s.tokens.len()).sum();

    // One core: the whole file, `passes` times, in this thread; the best
    // pass counts (the others were slowed by whatever else ran). Each pass
    // annotates the file as one stream (`annotate_many`, which works in
    // batches of sentences) and, for comparison, one sentence at a time
    // (`annotate`, as a caller with a single sentence gets).
    let passes = args.passes.max(1);
    let (mut one_core, mut cpu) = (f64::INFINITY, f64::INFINITY);
    let (mut single_wall, mut single_cpu) = (f64::INFINITY, f64::INFINITY);
    for _ in 0..passes {
        let mut batch = sentences.clone();
        let (wall, c) = timed(|| model.annotate_many(&mut batch));
        one_core = one_core.min(wall);
        cpu = cpu.min(c);
        let mut batch = sentences.clone();
        let (wall, c) = timed(|| {
            for s in batch.iter_mut() {
                model.annotate(s);
            }
        });
        single_wall = single_wall.min(wall);
        single_cpu = single_cpu.min(c);
    }
    let per_cpu_s = |cpu: f64| if cpu.is_finite() && cpu > 0.0 { words as f64 / cpu } else { f64::NAN };
    let tokens_per_s = words as f64 / one_core;
    let tokens_per_cpu_s = per_cpu_s(cpu);
    let single_tokens_per_cpu_s = per_cpu_s(single_cpu);

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

    let beam = model.beam();
    let mut text = format!("model load: {load_ms:.0} ms{}\n", if beam > 1 { format!(" (parsing with a beam of {beam})") } else { String::new() });
    text.push_str(&format!(
        "one core: {:.0} tokens/s wall-clock ({:.0} sentences/s), best of {passes} passes over {} sentences, {} words\n",
        tokens_per_s,
        sentences.len() as f64 / one_core,
        sentences.len(),
        words
    ));
    text.push_str(&format!(
        "one core, per CPU-second of the parsing thread: {tokens_per_cpu_s:.0} tokens/s (wall-clock is lower when the machine is shared)\n"
    ));
    text.push_str(&format!(
        "one core, one sentence at a time: {single_tokens_per_cpu_s:.0} tokens/s per CPU-second ({:.0} wall-clock)\n",
        words as f64 / single_wall
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
        "tokens_per_cpu_s_one_core_sentence_at_a_time": single_tokens_per_cpu_s,
        "sentences_per_s_all_cores": sentences_per_s,
        "tokens_per_s_all_cores": all_tokens_per_s,
        "threads": threads,
        "peak_rss_mb": rss,
        "beam": beam,
    });
    text.push_str(&format!("{json}\n"));
    print_stdout(&text)
}

/// Wall-clock and thread CPU seconds of `work`.
fn timed(work: impl FnOnce()) -> (f64, f64) {
    let t = Instant::now();
    let cpu0 = thread_cpu_seconds();
    work();
    let wall = t.elapsed().as_secs_f64();
    let cpu = match (cpu0, thread_cpu_seconds()) {
        (Some(a), Some(b)) => b - a,
        _ => f64::NAN,
    };
    (wall, cpu)
}
