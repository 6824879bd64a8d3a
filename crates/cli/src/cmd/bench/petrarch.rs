//! `demarche bench petrarch`: coding speed on PETRARCH XML with supplied
//! parses (conversion included), dictionary load time, peak memory. Speed
//! is the median of many short timed chunks (see [`speeds`]), load time
//! the median of several loads: single long runs swing with the neighbours
//! on a shared machine.

use std::path::PathBuf;
use std::time::Instant;

use demarche_code::coder::{Coder, CoderOptions};
use demarche_code::petrarch::{load_petrarch, DictionaryPaths};
use demarche_doc::shared::shared_path;
use demarche_lexicon::ReadOptions;
use demarche_page::petrarch::Environment;
use serde_json::json;

use crate::cmd::code::{read_petrarch_file, record_options, DictionaryArgs};
use super::measure::{peak_rss_mb, thread_cpu_seconds};
use crate::error::{CliError, CliResult};

#[derive(clap::Args)]
pub struct Args {
    /// PETRARCH XML to code (default: the shared unit-test suite).
    #[arg(long)]
    pub file: Option<PathBuf>,
    /// Directory with the Phoenix dictionaries (default: the shared ones).
    #[arg(long, value_name = "DIR")]
    pub dictionaries: Option<PathBuf>,
    /// Seconds to keep coding for the speed figures (short timed chunks,
    /// the two dictionary sets alternating; the median chunk is reported).
    #[arg(long, default_value_t = 3.0)]
    pub seconds: f64,
    /// Code the file exactly this many times with each dictionary set
    /// instead (one chunk each: a fixed amount of work, for instruction
    /// counts under `perf stat` or callgrind).
    #[arg(long)]
    pub rounds: Option<usize>,
}

const PHOENIX: [&str; 6] = [
    "CAMEO.2.0.txt",
    "Phoenix.Countries.actors.txt",
    "Phoenix.International.actors.txt",
    "Phoenix.MilNonState.actors.txt",
    "Phoenix.agents.txt",
    "Phoenix.discards.txt",
];

/// Loads of the Phoenix set timed for the load-time median.
const LOAD_SAMPLES: usize = 7;

fn phoenix_paths(dir: &std::path::Path) -> DictionaryPaths {
    DictionaryPaths {
        verbs: Some(dir.join(PHOENIX[0])),
        actors: PHOENIX[1..4].iter().map(|f| dir.join(f)).collect(),
        agents: Some(dir.join(PHOENIX[4])),
        discards: Some(dir.join(PHOENIX[5])),
    }
}

type Record = (String, String, Option<chrono::NaiveDate>, CoderOptions);

/// Codes every record `rounds` times; returns the events coded.
fn code_rounds(coder: &Coder, records: &[Record], rounds: usize) -> usize {
    let mut events = 0;
    for _ in 0..rounds {
        for (ptb, text, date, options) in records {
            if let Ok(c) = coder.code_treebank(ptb, text, *date, options) {
                events += c.events.len();
            }
        }
    }
    events
}

/// Rates (sentences per second) of the timed chunks of one coder.
#[derive(Default)]
struct ChunkRates {
    cpu: Vec<f64>,
    wall: Vec<f64>,
    events: usize,
}

impl ChunkRates {
    /// Codes `rounds` rounds of the records as one timed chunk.
    fn time(&mut self, coder: &Coder, records: &[Record], rounds: usize) {
        let start = Instant::now();
        let cpu_start = thread_cpu_seconds();
        self.events = code_rounds(coder, records, rounds) / rounds.max(1);
        let wall = start.elapsed().as_secs_f64();
        let sentences = (records.len() * rounds) as f64;
        let cpu = match (cpu_start, thread_cpu_seconds()) {
            (Some(a), Some(b)) if b > a => b - a,
            _ => wall,
        };
        self.cpu.push(sentences / cpu);
        self.wall.push(sentences / wall.max(1e-9));
    }

    /// (median, min, max) of the per-CPU-second rates.
    fn cpu_summary(&self) -> (f64, f64, f64) {
        summary(&self.cpu)
    }
}

/// (median, min, max) of some samples (zeros when there are none).
fn summary(samples: &[f64]) -> (f64, f64, f64) {
    let mut v = samples.to_vec();
    v.sort_by(f64::total_cmp);
    match (v.first(), v.last()) {
        (Some(&lo), Some(&hi)) => (v[v.len() / 2], lo, hi),
        _ => (0.0, 0.0, 0.0),
    }
}

/// Coding speed of the suite's own dictionaries and of the Phoenix set.
/// On a shared, noisy machine one long average mixes in every stall of
/// the neighbours; instead the work is cut into short chunks (about
/// `CHUNK_SECONDS` each), the two coders' chunks alternate so both meet
/// the same conditions, and the median chunk rate is the figure (min and
/// max show the spread). With `rounds`, each coder codes the file exactly
/// that many times in one chunk instead (fixed work, for instruction counts).
fn speeds(own: &Coder, phoenix: Option<&Coder>, records: &[Record], seconds: f64, rounds: Option<usize>) -> (ChunkRates, ChunkRates) {
    const CHUNK_SECONDS: f64 = 0.1;
    let (mut a, mut b) = (ChunkRates::default(), ChunkRates::default());
    if let Some(n) = rounds {
        a.time(own, records, n.max(1));
        if let Some(p) = phoenix {
            b.time(p, records, n.max(1));
        }
        return (a, b);
    }
    // Warm-up round (caches, lazily built tables), then the chunk size
    // from the speed of one round.
    code_rounds(own, records, 1);
    if let Some(p) = phoenix {
        code_rounds(p, records, 1);
    }
    let t = Instant::now();
    code_rounds(own, records, 1);
    let round = t.elapsed().as_secs_f64().max(1e-6);
    let chunk_rounds = ((CHUNK_SECONDS / round).ceil() as usize).max(1);
    let start = Instant::now();
    while a.cpu.len() < 7 || start.elapsed().as_secs_f64() < seconds {
        a.time(own, records, chunk_rounds);
        if let Some(p) = phoenix {
            b.time(p, records, chunk_rounds);
        }
    }
    (a, b)
}

pub fn run(args: Args) -> CliResult {
    let dir = args
        .dictionaries
        .or_else(|| shared_path("data/petrarch2/dictionaries"))
        .ok_or_else(|| CliError::Usage("no --dictionaries and no shared data (set DEMARCHE_SHARED)".into()))?;
    let file = args
        .file
        .or_else(|| shared_path("data/petrarch2/text/PETR.UnitTest.records.xml"))
        .ok_or_else(|| CliError::Usage("no --file and no shared data (set DEMARCHE_SHARED)".into()))?;

    // Load time of the full Phoenix set (its few malformed lines skipped).
    let paths = phoenix_paths(&dir);
    let mut load_times = Vec::new();
    let mut phoenix = None;
    let mut load_cpu = Vec::new();
    for _ in 0..LOAD_SAMPLES {
        // One set in memory at a time: the peak is that of a run.
        drop(phoenix.take());
        let t = Instant::now();
        let c = thread_cpu_seconds();
        let (lexicon, warnings) = load_petrarch(&paths, ReadOptions { lenient: true })?;
        let coder = Coder::new(lexicon);
        load_times.push(t.elapsed().as_secs_f64() * 1000.0);
        if let (Some(a), Some(b)) = (c, thread_cpu_seconds()) {
            load_cpu.push((b - a) * 1000.0);
        }
        phoenix = Some((coder, warnings.len()));
    }
    load_times.sort_by(f64::total_cmp);
    load_cpu.sort_by(f64::total_cmp);
    let (phoenix, warnings) = phoenix.expect("loaded at least once");
    let load_ms = load_times[load_times.len() / 2];
    let load_cpu_ms = load_cpu.get(load_cpu.len() / 2).copied().unwrap_or(load_ms);
    println!(
        "Phoenix dictionaries: loaded in {load_cpu_ms:.1} ms CPU time ({load_ms:.1} ms wall; median of {LOAD_SAMPLES}; {} actor phrases, {} agent phrases, {} patterns, {} skipped lines)",
        phoenix.lexicon.actors.len(),
        phoenix.lexicon.agents.records.len(),
        phoenix.lexicon.patterns.len(),
        warnings
    );

    let suite = read_petrarch_file(&file)?;
    let records: Vec<_> = suite
        .records
        .iter()
        .filter_map(|r| Some((r.parse.clone()?, r.text.clone(), r.date, record_options(r, |_| {}))))
        .collect();
    let own = DictionaryArgs { dictionaries: Some(dir.clone()), lenient: true, ..DictionaryArgs::default() }.load(&suite.environment)?;
    let env_is_phoenix = suite.environment == Environment::default();
    let (suite, phoenix_chunks) = speeds(&own, (!env_is_phoenix).then_some(&phoenix), &records, args.seconds, args.rounds);
    let phoenix_chunks = if env_is_phoenix { &suite } else { &phoenix_chunks };
    let (suite_rate, suite_min, suite_max) = suite.cpu_summary();
    let suite_wall = summary(&suite.wall).0;
    let (phoenix_rate, phoenix_min, phoenix_max) = phoenix_chunks.cpu_summary();
    let phoenix_wall = summary(&phoenix_chunks.wall).0;
    println!(
        "{}: {} sentences, {suite_rate:.0} sentences/s on one core (CPU time, median of {} chunks, min {suite_min:.0}, max {suite_max:.0}; {suite_wall:.0}/s wall) with its own dictionaries ({} events coded per round)",
        file.display(),
        records.len(),
        suite.cpu.len(),
        suite.events
    );
    println!(
        "same sentences with the Phoenix dictionaries: {phoenix_rate:.0} sentences/s (CPU time, median of {} chunks, min {phoenix_min:.0}, max {phoenix_max:.0}; {phoenix_wall:.0}/s wall; {} events per round)",
        phoenix_chunks.cpu.len(),
        phoenix_chunks.events
    );
    let peak = peak_rss_mb();
    if let Some(mb) = peak {
        println!("peak memory (VmHWM): {mb:.1} MB");
    }
    println!(
        "{}",
        json!({
            "bench": "petrarch",
            "file": file.display().to_string(),
            "sentences": records.len(),
            "sentences_per_second": suite_rate.round(),
            "sentences_per_second_wall": suite_wall.round(),
            "sentences_per_second_min": suite_min.round(),
            "sentences_per_second_max": suite_max.round(),
            "sentences_per_second_phoenix": phoenix_rate.round(),
            "sentences_per_second_phoenix_min": phoenix_min.round(),
            "sentences_per_second_phoenix_max": phoenix_max.round(),
            "speed_chunks": suite.cpu.len(),
            "phoenix_load_ms": (load_cpu_ms * 10.0).round() / 10.0,
            "phoenix_load_ms_wall": (load_ms * 10.0).round() / 10.0,
            "peak_memory_mb": peak.map(|m| (m * 10.0).round() / 10.0),
        })
    );
    Ok(())
}
