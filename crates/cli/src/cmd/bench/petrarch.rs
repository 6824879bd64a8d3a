//! `demarche bench petrarch`: coding speed on PETRARCH XML with supplied
//! parses (conversion included), dictionary load time, peak memory.

use std::path::PathBuf;
use std::time::{Duration, Instant};

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
    /// Seconds to keep coding for the speed figure.
    #[arg(long, default_value_t = 3.0)]
    pub seconds: f64,
    /// Code the file exactly this many times instead (a fixed amount of
    /// work, for instruction counts under `perf stat`).
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

fn phoenix_paths(dir: &std::path::Path) -> DictionaryPaths {
    DictionaryPaths {
        verbs: Some(dir.join(PHOENIX[0])),
        actors: PHOENIX[1..4].iter().map(|f| dir.join(f)).collect(),
        agents: Some(dir.join(PHOENIX[4])),
        discards: Some(dir.join(PHOENIX[5])),
    }
}

/// Codes every record repeatedly for at least `seconds`; returns
/// sentences per CPU-second (per wall-second where CPU time is unknown),
/// sentences per wall-second and the events coded.
fn speed(coder: &Coder, records: &[(String, String, Option<chrono::NaiveDate>, CoderOptions)], seconds: f64, rounds: Option<usize>) -> (f64, f64, usize) {
    let start = Instant::now();
    let cpu_start = thread_cpu_seconds();
    let mut sentences = 0usize;
    let mut events = 0usize;
    let mut round = 0;
    let more = |round: usize, sentences: usize| match rounds {
        Some(n) => round < n.max(1),
        None => start.elapsed() < Duration::from_secs_f64(seconds) || sentences == 0,
    };
    while more(round, sentences) {
        round += 1;
        for (ptb, text, date, options) in records {
            if let Ok(c) = coder.code_treebank(ptb, text, *date, options) {
                events += c.events.len();
            }
            sentences += 1;
        }
    }
    let wall = start.elapsed().as_secs_f64();
    let cpu = match (cpu_start, thread_cpu_seconds()) {
        (Some(a), Some(b)) if b > a => b - a,
        _ => wall,
    };
    (sentences as f64 / cpu, sentences as f64 / wall, events)
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
    for _ in 0..3 {
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
    let (phoenix, warnings) = phoenix.expect("loaded three times");
    let load_ms = load_times[load_times.len() / 2];
    let load_cpu_ms = load_cpu.get(load_cpu.len() / 2).copied().unwrap_or(load_ms);
    println!(
        "Phoenix dictionaries: loaded in {load_cpu_ms:.1} ms CPU time ({load_ms:.1} ms wall; median of 3; {} actor phrases, {} agent phrases, {} patterns, {} skipped lines)",
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
    let (suite_rate, suite_wall, suite_events) = speed(&own, &records, args.seconds, args.rounds);
    println!(
        "{}: {} sentences, {suite_rate:.0} sentences/s on one core (CPU time; {suite_wall:.0}/s wall) with its own dictionaries ({suite_events} events coded)",
        file.display(),
        records.len()
    );
    let (phoenix_rate, phoenix_wall, phoenix_events) =
        if env_is_phoenix { (suite_rate, suite_wall, suite_events) } else { speed(&phoenix, &records, args.seconds, args.rounds) };
    println!("same sentences with the Phoenix dictionaries: {phoenix_rate:.0} sentences/s (CPU time; {phoenix_wall:.0}/s wall; {phoenix_events} events)");
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
            "sentences_per_second_phoenix": phoenix_rate.round(),
            "phoenix_load_ms": (load_cpu_ms * 10.0).round() / 10.0,
            "phoenix_load_ms_wall": (load_ms * 10.0).round() / 10.0,
            "peak_memory_mb": peak.map(|m| (m * 10.0).round() / 10.0),
        })
    );
    Ok(())
}
