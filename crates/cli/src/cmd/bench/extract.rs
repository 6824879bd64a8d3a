//! `demarche bench extract [DIR]`: article-extraction throughput on the
//! benchmark pages, one thread.
//!
//! Timed: HTML parsing, metadata and date reading, article extraction
//! (`demarche_page::html_document`) on pages already decompressed and
//! decoded in memory. Not timed: file I/O, gunzip, UTF-8 decoding, and
//! sentence segmentation (the text stage's). MB are decompressed HTML bytes.
//! Rates are given per wall-clock time (median pass) and per CPU time of
//! the thread, which stays put when other jobs share the machine.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use demarche_page::eval;
use demarche_page::ReadOptions;

use crate::error::{CliError, CliResult};

#[derive(clap::Args)]
pub struct Args {
    /// Benchmark folder (ground-truth.json and html/*.html.gz); default:
    /// the shared data's data/article-extraction.
    dir: Option<PathBuf>,
    /// Keep repeating passes over all pages until this many seconds passed.
    #[arg(long, default_value_t = 5.0)]
    seconds: f64,
    /// Run at least this many passes.
    #[arg(long, default_value_t = 3)]
    min_passes: usize,
}

pub fn run(args: Args) -> CliResult {
    let dir = eval::benchmark_dir(args.dir)?;
    let pages = eval::load_benchmark(&dir)?;
    if pages.is_empty() {
        return Err(CliError::Failed(format!("{}: no pages", dir.display())));
    }
    let bytes: usize = pages.iter().map(|p| p.html.len()).sum();
    let options = ReadOptions::default();

    // Warm-up pass (also the quality check: same code, same output).
    let matches: Vec<_> = pages
        .iter()
        .map(|p| {
            let doc = demarche_page::html_document(&p.html, &p.name, p.url.as_deref(), &p.name, &options);
            eval::shingle_match(&p.truth, &doc.paragraphs.join("\n\n"))
        })
        .collect();
    let quality = eval::totals(&matches);

    let mut pass_times: Vec<Duration> = Vec::new();
    let cpu_started = thread_cpu_seconds();
    let started = Instant::now();
    let mut sink = 0usize;
    while pass_times.len() < args.min_passes || started.elapsed().as_secs_f64() < args.seconds {
        let t = Instant::now();
        for p in &pages {
            let doc = demarche_page::html_document(&p.html, &p.name, p.url.as_deref(), &p.name, &options);
            sink = sink.wrapping_add(doc.paragraphs.len());
        }
        pass_times.push(t.elapsed());
    }
    let cpu = thread_cpu_seconds().zip(cpu_started).map(|(end, start)| (end - start) / pass_times.len() as f64);
    pass_times.sort();
    let median = pass_times[pass_times.len() / 2].as_secs_f64();
    let best = pass_times[0].as_secs_f64();
    let pages_per_s = pages.len() as f64 / median;
    let mb_per_s = bytes as f64 / 1e6 / median;
    eprintln!(
        "{} pages, {:.1} MB of HTML, {} passes on one thread (parse + metadata + extraction; I/O and gunzip not timed)",
        pages.len(),
        bytes as f64 / 1e6,
        pass_times.len()
    );
    eprintln!(
        "median pass {:.1} ms: {:.0} pages/s, {:.1} MB/s (best pass: {:.0} pages/s); F1 {:.4}",
        median * 1e3,
        pages_per_s,
        mb_per_s,
        pages.len() as f64 / best,
        quality.f1
    );
    if let Some(c) = cpu {
        eprintln!(
            "CPU time per pass {:.1} ms: {:.0} pages/s, {:.1} MB/s of CPU (steady when other work shares the machine)",
            c * 1e3,
            pages.len() as f64 / c,
            bytes as f64 / 1e6 / c
        );
    }
    let json = serde_json::json!({
        "pages": pages.len(),
        "bytes": bytes,
        "passes": pass_times.len(),
        "median_pass_seconds": median,
        "pages_per_second": pages_per_s,
        "megabytes_per_second": mb_per_s,
        "cpu_pages_per_second": cpu.map(|c| pages.len() as f64 / c),
        "cpu_megabytes_per_second": cpu.map(|c| bytes as f64 / 1e6 / c),
        "f1": quality.f1,
        "checksum": sink,
    });
    println!("{json}");
    Ok(())
}

/// CPU time this thread has used, from /proc (Linux); `None` elsewhere.
pub(crate) fn thread_cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/thread-self/stat").ok()?;
    // Fields after the command name (which may hold spaces) in parentheses.
    let rest = &stat[stat.rfind(')')? + 2..];
    let fields: Vec<&str> = rest.split_whitespace().collect();
    // utime and stime are fields 14 and 15 of the full line (11 and 12 here).
    let ticks: f64 = fields.get(11)?.parse::<f64>().ok()? + fields.get(12)?.parse::<f64>().ok()?;
    Some(ticks / USER_HZ)
}

/// The kernel's clock tick for /proc times: 100 on every mainstream Linux.
const USER_HZ: f64 = 100.0;
