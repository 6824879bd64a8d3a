//! `demarche bench code [DIR]`: end-to-end coding speed from raw text.
//!
//! Timed per document: reading the raw story text into a document
//! (`demarche_page::text_document`: title, paragraphs, chrome), sentence
//! segmentation, tokenizing, tagging, lemmatizing, parsing and event coding
//! (`Pipeline::code_document`). Not timed: reading the files. Rates are
//! sentences per wall-clock second on one thread (median pass, and per CPU
//! second of the thread, steadier on a shared machine) and on `--threads`
//! rayon threads. A staged run splits the CPU time of one thread between
//! extraction and segmentation, parsing and coding (sentences per CPU
//! second of each stage in the median pass, and over all passes). The
//! knowledge load time is building the coder (reading
//! every knowledge file, indexing names, compiling the event patterns).

use std::path::PathBuf;
use std::time::{Duration, Instant};

use demarche_code::native::NewsCoder;
use demarche_page::ReadOptions;
use demarche_pipeline::Pipeline;
use rayon::prelude::*;

use super::measure::thread_cpu_seconds;
use crate::error::{CliError, CliResult};

#[derive(clap::Args)]
pub struct Args {
    /// Folder of raw `.txt` stories (default: fixtures/news).
    dir: Option<PathBuf>,
    /// Keep repeating single-thread passes until this many seconds passed.
    #[arg(long, default_value_t = 5.0)]
    seconds: f64,
    /// Threads of the parallel run.
    #[arg(long, default_value_t = 2)]
    threads: usize,
    /// Copies of the stories in the parallel run.
    #[arg(long, default_value_t = 20)]
    copies: usize,
}

struct Story {
    id: String,
    text: String,
}

/// CPU seconds of the calling thread spent in each stage over `passes`
/// passes over the stories.
#[derive(Default)]
struct StageSplit {
    passes: usize,
    text: f64,
    parse: f64,
    code: f64,
    /// Per pass: CPU seconds of each stage (text, parse, code), for the
    /// median pass (steadier than the sum on a machine others share).
    per_pass: Vec<[f64; 3]>,
}

impl StageSplit {
    /// The median over passes of one stage's CPU seconds (`stage` 0 text,
    /// 1 parse, 2 code).
    fn median_pass(&self, stage: usize) -> f64 {
        let mut v: Vec<f64> = self.per_pass.iter().map(|p| p[stage]).collect();
        v.sort_by(f64::total_cmp);
        v.get(v.len() / 2).copied().unwrap_or(0.0)
    }
}

/// Runs the pipeline stage by stage (extract + segment + tokenize, parse,
/// code) until `seconds` of CPU time passed (at least 3 passes), reading the
/// thread's CPU clock between stages. All zero without a CPU clock.
fn stage_split(pipeline: &Pipeline, stories: &[Story], options: &ReadOptions, seconds: f64) -> StageSplit {
    let mut split = StageSplit::default();
    let Some(mut now) = thread_cpu_seconds() else { return split };
    let mut lap = || {
        let t = thread_cpu_seconds().unwrap_or(now);
        let d = t - now;
        now = t;
        d
    };
    while split.passes < 3 || split.text + split.parse + split.code < seconds {
        let mut pass = [0.0; 3];
        for s in stories {
            lap();
            let mut doc = demarche_page::text_document(&s.text, &s.id, None, &s.id, options);
            pipeline.segment(&mut doc);
            pass[0] += lap();
            pipeline.parse(&mut doc);
            pass[1] += lap();
            std::hint::black_box(pipeline.code_prepared(&doc));
            pass[2] += lap();
        }
        split.text += pass[0];
        split.parse += pass[1];
        split.code += pass[2];
        split.per_pass.push(pass);
        split.passes += 1;
    }
    split
}

/// Codes one story from raw text; returns (sentences, events).
fn code_story(pipeline: &Pipeline, story: &Story, options: &ReadOptions) -> (usize, usize) {
    let doc = demarche_page::text_document(&story.text, &story.id, None, &story.id, options);
    let (doc, events) = pipeline.code_document(doc);
    (doc.sentences.len(), events.len())
}

pub fn run(args: Args) -> CliResult {
    let dir = args.dir.unwrap_or_else(|| PathBuf::from("fixtures/news"));
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map_err(|e| CliError::Failed(format!("{}: {e}", dir.display())))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt") && !p.file_name().is_some_and(|n| n.to_string_lossy().eq_ignore_ascii_case("README.txt")))
        .collect();
    paths.sort();
    let mut stories = Vec::new();
    for p in &paths {
        let text = std::fs::read_to_string(p).map_err(|e| CliError::Failed(format!("{}: {e}", p.display())))?;
        stories.push(Story { id: p.file_stem().unwrap_or_default().to_string_lossy().into_owned(), text });
    }
    if stories.is_empty() {
        return Err(CliError::Failed(format!("{}: no .txt stories", dir.display())));
    }
    let bytes: usize = stories.iter().map(|s| s.text.len()).sum();
    let options = ReadOptions { date: demarche_doc::NaiveDate::from_ymd_opt(2024, 6, 1), ..ReadOptions::default() };

    // Knowledge load: a fresh coder (the built-in one below is separate).
    let t = Instant::now();
    let cpu0 = thread_cpu_seconds();
    let coder = NewsCoder::builtin();
    let load_ms = t.elapsed().as_secs_f64() * 1e3;
    let load_cpu_ms = thread_cpu_seconds().zip(cpu0).map(|(b, a)| (b - a) * 1e3);
    let actors = coder.knowledge().actors().len();
    drop(coder);

    let pipeline = Pipeline::builtin();
    // Warm-up (model and coder initialisation are not timed).
    let (sentences, events) = stories.iter().map(|s| code_story(&pipeline, s, &options)).fold((0, 0), |a, b| (a.0 + b.0, a.1 + b.1));

    let mut pass_times: Vec<Duration> = Vec::new();
    let cpu_started = thread_cpu_seconds();
    let started = Instant::now();
    while pass_times.len() < 2 || started.elapsed().as_secs_f64() < args.seconds {
        let t = Instant::now();
        for s in &stories {
            std::hint::black_box(code_story(&pipeline, s, &options));
        }
        pass_times.push(t.elapsed());
    }
    let cpu = thread_cpu_seconds().zip(cpu_started).map(|(end, start)| (end - start) / pass_times.len() as f64);
    pass_times.sort();
    let median = pass_times[pass_times.len() / 2].as_secs_f64();
    let one_core = sentences as f64 / median;
    let one_core_cpu = cpu.filter(|&c| c > 0.0).map(|c| sentences as f64 / c);

    // The same work stage by stage, CPU time of this thread per stage.
    let stages = stage_split(&pipeline, &stories, &options, args.seconds.min(2.0));
    let per_stage = |cpu: f64| (cpu > 0.0).then(|| (sentences * stages.passes) as f64 / cpu);
    // Rates of the median pass of each stage.
    let median_stage = |stage: usize| Some(stages.median_pass(stage)).filter(|&c| c > 0.0).map(|c| sentences as f64 / c);
    let coding_only = median_stage(2);

    // Scaling: the same batch on a one-thread pool (the baseline) and on
    // `--threads` threads, each pool warmed first (its threads' caches and
    // workspaces), best of three rounds each.
    let work: Vec<&Story> = (0..args.copies.max(1)).flat_map(|_| stories.iter()).collect();
    let pool_rate = |threads: usize| -> Result<(usize, f64), CliError> {
        let pool = rayon::ThreadPoolBuilder::new().num_threads(threads).build().map_err(|e| CliError::Failed(e.to_string()))?;
        let run = || pool.install(|| work.par_iter().map(|s| code_story(&pipeline, s, &options).0).sum::<usize>());
        run();
        let mut best = f64::INFINITY;
        let mut done = 0;
        for _ in 0..3 {
            let t = Instant::now();
            done = run();
            best = best.min(t.elapsed().as_secs_f64());
        }
        Ok((done, best))
    };
    let (_, baseline_s) = pool_rate(1)?;
    let (parallel_sentences, parallel_s) = pool_rate(args.threads.max(1))?;
    let baseline = parallel_sentences as f64 / baseline_s;
    let parallel = parallel_sentences as f64 / parallel_s;

    eprintln!(
        "{} stories, {:.1} KB of raw text, {sentences} sentences, {events} events; knowledge base ({actors} actors) + patterns built in {load_ms:.1} ms",
        stories.len(),
        bytes as f64 / 1e3
    );
    if let Some(c) = load_cpu_ms {
        eprintln!("knowledge load: {c:.1} ms of CPU");
    }
    let total = stages.text + stages.parse + stages.code;
    for (stage, (name, cpu)) in [("extract + segment + tokenize", stages.text), ("tag + lemmatize + parse", stages.parse), ("code (documents already parsed)", stages.code)].into_iter().enumerate() {
        match (median_stage(stage), per_stage(cpu)) {
            (Some(rate), Some(mean)) => eprintln!(
                "  {name}: {rate:.0} sentences per CPU second (median of {} passes; {mean:.0} over all) ({:.0}% of the CPU time)",
                stages.passes,
                100.0 * cpu / total
            ),
            _ => eprintln!("  {name}: no CPU time reading"),
        }
    }
    eprintln!("one thread: {} passes, median {:.1} ms: {one_core:.0} sentences/s", pass_times.len(), median * 1e3);
    if let Some(c) = one_core_cpu {
        eprintln!("one thread per CPU second: {c:.0} sentences/s (steady when other work shares the machine)");
    }
    eprintln!(
        "{} threads: {parallel_sentences} sentences in {parallel_s:.2} s: {parallel:.0} sentences/s ({:.2}x the same batch on one pool thread, {baseline:.0}/s)",
        args.threads,
        parallel / baseline
    );
    let json = serde_json::json!({
        "stories": stories.len(),
        "bytes": bytes,
        "sentences": sentences,
        "events": events,
        "knowledge_load_ms": load_ms,
        "knowledge_load_cpu_ms": load_cpu_ms,
        "coding_only_sentences_per_second": coding_only,
        "text_cpu_sentences_per_second": median_stage(0),
        "parse_cpu_sentences_per_second": median_stage(1),
        "code_cpu_sentences_per_second": coding_only,
        "actors": actors,
        "one_thread_sentences_per_second": one_core,
        "one_thread_cpu_sentences_per_second": one_core_cpu,
        "threads": args.threads,
        "parallel_sentences_per_second": parallel,
        "one_pool_thread_sentences_per_second": baseline,
        "speedup": parallel / baseline,
    });
    println!("{json}");
    Ok(())
}
