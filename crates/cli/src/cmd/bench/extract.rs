//! `demarche bench extract [DIR]`: article-extraction throughput on the
//! benchmark pages, one thread.
//!
//! Timed: HTML parsing, metadata and date reading, article extraction
//! (`demarche_page::html_document`) on pages already decompressed and
//! decoded in memory. Not timed: file I/O, gunzip, UTF-8 decoding, and
//! sentence segmentation (the text stage's). MB are decompressed HTML bytes.

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
    let json = serde_json::json!({
        "pages": pages.len(),
        "bytes": bytes,
        "passes": pass_times.len(),
        "median_pass_seconds": median,
        "pages_per_second": pages_per_s,
        "megabytes_per_second": mb_per_s,
        "f1": quality.f1,
        "checksum": sink,
    });
    println!("{json}");
    Ok(())
}
