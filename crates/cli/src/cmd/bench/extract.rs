//! `demarche bench extract [DIR]`: article-extraction throughput on the
//! benchmark pages, one thread.
//!
//! Timed: HTML parsing, metadata and date reading, article extraction
//! (`demarche_page::html_document`) on pages already decompressed and
//! decoded in memory. Not timed: file I/O, gunzip, UTF-8 decoding, and
//! sentence segmentation (the text stage's). MB are decompressed HTML bytes.
//! Rates are given per wall-clock time (median pass) and per CPU time of
//! the thread, which stays put when other jobs share the machine.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use demarche_page::eval;
use demarche_page::ReadOptions;

use super::measure::{peak_rss_mb, thread_cpu_seconds};
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
    /// Also time Python trafilatura on the same pages in this run and report
    /// the speed ratio (needs `pip install trafilatura lxml_html_clean`).
    #[arg(long)]
    baseline: bool,
    /// The Python interpreter that has trafilatura.
    #[arg(long, default_value = "python3", requires = "baseline")]
    python: PathBuf,
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
    let baseline = if args.baseline { Some(run_trafilatura(&args.python, &pages, args.seconds)?) } else { None };
    if let (Some(b), Some(c)) = (&baseline, cpu) {
        eprintln!(
            "baseline trafilatura {} on the same pages: {:.0} pages/s of CPU, F1 {:.4}; demarche is {:.1}x faster (CPU time), F1 {:+.4}",
            b.version,
            b.cpu_pages_per_second,
            b.f1,
            (pages.len() as f64 / c) / b.cpu_pages_per_second,
            quality.f1 - b.f1
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
        "peak_rss_mb": peak_rss_mb(),
        "baseline": baseline.as_ref().map(|b| serde_json::json!({
            "tool": "trafilatura",
            "version": b.version,
            "cpu_pages_per_second": b.cpu_pages_per_second,
            "f1": b.f1,
            "speed_ratio": cpu.map(|c| (pages.len() as f64 / c) / b.cpu_pages_per_second),
        })),
    });
    println!("{json}");
    Ok(())
}

/// What the Python baseline measured.
struct Baseline {
    version: String,
    cpu_pages_per_second: f64,
    f1: f64,
}

/// Times `trafilatura.extract` on the same decoded pages (passed on stdin,
/// so both tools see identical input) for about as long as our own passes,
/// counting process CPU time only, and scores its first-pass output with
/// our metric.
fn run_trafilatura(python: &Path, pages: &[eval::BenchmarkPage], seconds: f64) -> Result<Baseline, CliError> {
    use std::io::Write;
    use std::process::{Command, Stdio};
    const SCRIPT: &str = r#"
import json, sys, time
import trafilatura
pages = json.load(sys.stdin)
seconds = float(sys.argv[1])
first = [trafilatura.extract(p["html"], url=p["url"]) or "" for p in pages]
passes, cpu = 0, 0.0
started = time.perf_counter()
while passes < 1 or time.perf_counter() - started < seconds:
    t = time.process_time()
    for p in pages:
        trafilatura.extract(p["html"], url=p["url"])
    cpu += time.process_time() - t
    passes += 1
json.dump({"version": trafilatura.__version__, "passes": passes, "cpu": cpu, "texts": first}, sys.stdout)
"#;
    let unavailable = |why: String| {
        CliError::Failed(format!(
            "baseline: {why} (install it with `{} -m pip install trafilatura lxml_html_clean`, or pass --python)",
            python.display()
        ))
    };
    let mut child = Command::new(python)
        .args(["-c", SCRIPT, &seconds.to_string()])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| unavailable(format!("cannot run {}: {e}", python.display())))?;
    let input: Vec<_> = pages.iter().map(|p| serde_json::json!({"html": p.html, "url": p.url})).collect();
    let input = serde_json::to_vec(&input).map_err(|e| CliError::Failed(e.to_string()))?;
    // Write on another thread so a large stdin cannot deadlock against stdout.
    let mut stdin = child.stdin.take().expect("piped stdin");
    let writer = std::thread::spawn(move || stdin.write_all(&input));
    let output = child.wait_with_output().map_err(|e| unavailable(e.to_string()))?;
    let _ = writer.join();
    if !output.status.success() {
        let err = String::from_utf8_lossy(&output.stderr);
        return Err(unavailable(err.lines().last().unwrap_or("trafilatura failed").to_string()));
    }
    let result: serde_json::Value =
        serde_json::from_slice(&output.stdout).map_err(|e| unavailable(format!("unreadable output: {e}")))?;
    let texts = result["texts"].as_array().cloned().unwrap_or_default();
    let matches: Vec<_> = pages
        .iter()
        .zip(&texts)
        .map(|(p, t)| eval::shingle_match(&p.truth, t.as_str().unwrap_or("")))
        .collect();
    let passes = result["passes"].as_f64().unwrap_or(1.0);
    let cpu = result["cpu"].as_f64().unwrap_or(f64::NAN) / passes;
    Ok(Baseline {
        version: result["version"].as_str().unwrap_or("?").to_string(),
        cpu_pages_per_second: pages.len() as f64 / cpu,
        f1: eval::totals(&matches).f1,
    })
}
