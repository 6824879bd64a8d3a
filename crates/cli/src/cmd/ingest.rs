//! `demarche ingest`: read documents, code them on all cores, store them.

use std::fs::File;
use std::io::{BufRead, BufReader, IsTerminal};
use std::path::{Path, PathBuf};
use std::time::Instant;

use demarche_code::Event;
use demarche_doc::{Document, InputError, SourceFormat};
use demarche_pipeline::Pipeline;
use demarche_store::ingest::{ingest, IngestOptions, Input};
use demarche_store::{OpenOptions, Store};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::cmd::store_common::{store_error, DbArg};
use crate::error::{CliError, CliResult};

#[derive(clap::Args)]
pub struct Args {
    /// Files or directories of documents: text (.txt) and JSON Lines (.jsonl).
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    #[command(flatten)]
    db: DbArg,
    /// The inputs are already coded: JSON Lines of event records (`demarche code` output), stored without coding.
    #[arg(long)]
    coded: bool,
    /// Reports of the same source, target and code dated within ± this many days are one event.
    /// A database setting: changing it re-clusters the stored events.
    #[arg(long, value_name = "DAYS")]
    window: Option<u32>,
    /// Documents per transaction.
    #[arg(long, default_value_t = 500)]
    batch: usize,
    /// No progress bar.
    #[arg(long, short)]
    quiet: bool,
    /// Stop at the first unreadable input.
    #[arg(long)]
    strict: bool,
}

pub fn run(args: Args) -> CliResult {
    let files = list_files(&args.paths)?;
    let total_bytes: u64 = files.iter().filter_map(|f| std::fs::metadata(f).ok()).map(|m| m.len()).sum();
    let mut store = Store::open_with(&args.db.db, &OpenOptions { cache_mib: 256, ..OpenOptions::default() })
        .map_err(store_error)?;
    if let Some(days) = args.window {
        if days != store.window_days() {
            eprintln!("re-clustering stored events with a ±{days}-day window (was ±{})", store.window_days());
            store.set_window_days(days).map_err(store_error)?;
        }
    }

    let bar = if args.quiet || !std::io::stderr().is_terminal() {
        ProgressBar::hidden()
    } else {
        let bar = ProgressBar::with_draw_target(Some(total_bytes), ProgressDrawTarget::stderr());
        bar.set_style(
            ProgressStyle::with_template("{elapsed_precise} [{wide_bar}] {bytes}/{total_bytes} {msg} ETA {eta}")
                .expect("valid template")
                .progress_chars("=> "),
        );
        bar
    };
    let started = Instant::now();
    let pipeline = if args.coded { None } else { Some(Pipeline::builtin()) };
    let inputs = read_inputs(files, args.coded);
    let options = IngestOptions { batch_documents: args.batch, strict: args.strict, ..IngestOptions::default() };
    let result = ingest(
        &mut store,
        inputs,
        |doc| match &pipeline {
            Some(p) => p.code_document(doc),
            None => (doc, Vec::new()),
        },
        &options,
        |s| {
            let secs = started.elapsed().as_secs_f64().max(1e-3);
            bar.set_position(s.bytes);
            bar.set_message(format!("{} docs ({:.0}/s), {} events", s.documents, s.documents as f64 / secs, s.mentions));
        },
        |e| bar.suspend(|| eprintln!("demarche: {e}")),
    );
    bar.finish_and_clear();
    let summary = result.map_err(store_error)?;
    let secs = started.elapsed().as_secs_f64();
    println!(
        "ingested {} documents, {} events ({} new after deduplication), {} skipped as already stored, {} errors in {:.1} s ({:.1} documents/s)",
        summary.documents,
        summary.mentions,
        summary.new_events,
        summary.skipped,
        summary.errors,
        secs,
        summary.documents as f64 / secs.max(1e-9)
    );
    if summary.stopped {
        return Err(CliError::Failed("stopped at the first unreadable input (--strict)".into()));
    }
    if summary.errors > 0 {
        return Err(CliError::Failed(format!("{} inputs could not be read or coded (see above)", summary.errors)));
    }
    Ok(())
}

/// Every file under `paths` (directories recursively, in name order).
fn list_files(paths: &[PathBuf]) -> Result<Vec<PathBuf>, CliError> {
    let mut out = Vec::new();
    for path in paths {
        let meta = std::fs::metadata(path).map_err(|e| CliError::Input(InputError::in_file(path, e.to_string())))?;
        if meta.is_dir() {
            let mut entries: Vec<PathBuf> = std::fs::read_dir(path)
                .map_err(|e| CliError::Input(InputError::in_file(path, e.to_string())))?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| !p.file_name().is_some_and(|n| n.to_string_lossy().starts_with('.')))
                .collect();
            entries.sort();
            out.extend(list_files(&entries)?);
        } else {
            out.push(path.clone());
        }
    }
    Ok(out)
}

type Inputs = Box<dyn Iterator<Item = Result<Input, InputError>> + Send>;

/// Documents from files, lazily, one file after another.
///
/// INTERIM: plain text and JSON Lines are read here until the page stage's
/// streaming reader (`demarche_page`, issue 2: HTML, feeds, PETRARCH XML…)
/// lands; then this becomes a call to it. Coded-event input stays here.
fn read_inputs(files: Vec<PathBuf>, coded: bool) -> Inputs {
    Box::new(files.into_iter().flat_map(move |path| -> Inputs {
        if coded {
            return read_coded(path);
        }
        let ext = path.extension().map(|e| e.to_string_lossy().to_ascii_lowercase()).unwrap_or_default();
        match ext.as_str() {
            "jsonl" | "ndjson" => read_jsonl(path),
            "txt" | "text" | "" => Box::new(std::iter::once(read_text(&path))),
            _ => Box::new(std::iter::once(Err(InputError::in_file(
                &path,
                format!("cannot read .{ext} files yet (HTML and feeds come with the page reader); give .txt or .jsonl"),
            )))),
        }
    }))
}

fn read_text(path: &Path) -> Result<Input, InputError> {
    let bytes = std::fs::read(path).map_err(|e| InputError::in_file(path, e.to_string()))?;
    let text = String::from_utf8(bytes).map_err(|e| {
        let line = 1 + e.as_bytes()[..e.utf8_error().valid_up_to()].iter().filter(|&&b| b == b'\n').count();
        InputError::at_line(path, line, "invalid UTF-8")
    })?;
    let paragraphs: Vec<String> = text
        .replace("\r\n", "\n")
        .split("\n\n")
        .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|p| !p.is_empty())
        .collect();
    if paragraphs.is_empty() {
        return Err(InputError::in_file(path, "empty document"));
    }
    let doc = Document {
        id: path.file_stem().map_or_else(|| "document".into(), |s| s.to_string_lossy().into_owned()),
        origin: Some(path.display().to_string()),
        format: SourceFormat::Text,
        paragraphs,
        ..Document::default()
    };
    Ok(Input { doc, events: None, bytes: text.len() as u64 })
}

/// A JSON Lines document record: `text` (paragraphs split on blank lines)
/// or `paragraphs`, with optional metadata.
#[derive(serde::Deserialize)]
struct DocumentRecord {
    id: Option<String>,
    url: Option<String>,
    title: Option<String>,
    outlet: Option<String>,
    date: Option<chrono::NaiveDate>,
    text: Option<String>,
    paragraphs: Option<Vec<String>>,
}

fn lines(path: PathBuf) -> Box<dyn Iterator<Item = Result<(usize, String), InputError>> + Send> {
    match File::open(&path) {
        Err(e) => Box::new(std::iter::once(Err(InputError::in_file(&path, e.to_string())))),
        Ok(file) => Box::new(BufReader::new(file).lines().enumerate().filter_map(move |(i, line)| match line {
            Ok(l) if l.trim().is_empty() => None,
            Ok(l) => Some(Ok((i + 1, l))),
            Err(e) => Some(Err(InputError::at_line(&path, i + 1, e.to_string()))),
        })),
    }
}

fn read_jsonl(path: PathBuf) -> Inputs {
    let origin = path.display().to_string();
    let stem = path.file_stem().map_or_else(String::new, |s| s.to_string_lossy().into_owned());
    Box::new(lines(path.clone()).map(move |line| {
        let (n, line) = line?;
        let r: DocumentRecord =
            serde_json::from_str(&line).map_err(|e| InputError::at_line(&path, n, format!("not a document record: {e}")))?;
        let paragraphs: Vec<String> = match (r.paragraphs, r.text) {
            (Some(p), _) => p,
            (None, Some(t)) => t.split("\n\n").map(str::trim).filter(|p| !p.is_empty()).map(String::from).collect(),
            (None, None) => Vec::new(),
        };
        if paragraphs.is_empty() {
            return Err(InputError::at_line(&path, n, "document without text"));
        }
        let doc = Document {
            id: r.id.unwrap_or_else(|| format!("{stem}:{n}")),
            origin: Some(format!("{origin}:{n}")),
            url: r.url,
            title: r.title,
            outlet: r.outlet,
            date: r.date,
            date_source: if r.date.is_some() { demarche_doc::DateSource::Input } else { demarche_doc::DateSource::None },
            format: SourceFormat::Jsonl,
            paragraphs,
            ..Document::default()
        };
        Ok(Input { doc, events: None, bytes: line.len() as u64 + 1 })
    }))
}

/// Coded events (JSON Lines of event records); consecutive records with the
/// same `doc` make one document, whose text is their evidence sentences.
/// QuadClass, Goldstein and PLOVER type are taken from the codebook.
fn read_coded(path: PathBuf) -> Inputs {
    let mut lines = lines(path.clone()).peekable();
    let origin = path.display().to_string();
    Box::new(std::iter::from_fn(move || {
        let mut events: Vec<Event> = Vec::new();
        let mut bytes = 0u64;
        loop {
            let next_doc = match lines.peek() {
                None => break,
                Some(Err(_)) if events.is_empty() => {
                    return match lines.next() {
                        Some(Err(e)) => Some(Err(e)),
                        _ => None,
                    }
                }
                Some(Err(_)) => break,
                Some(Ok((n, line))) => match serde_json::from_str::<Event>(line) {
                    Ok(e) => e.doc,
                    Err(err) if events.is_empty() => {
                        let e = InputError::at_line(&path, *n, format!("not an event record: {err}"));
                        lines.next();
                        return Some(Err(e));
                    }
                    Err(_) => break,
                },
            };
            if events.first().is_some_and(|first| first.doc != next_doc) {
                break;
            }
            let Some(Ok((_, line))) = lines.next() else { break };
            bytes += line.len() as u64 + 1;
            let mut event: Event = serde_json::from_str(&line).expect("parsed above");
            // The codebook decides QuadClass, Goldstein and PLOVER type.
            event.fill_code_attributes();
            events.push(event);
        }
        let first = events.first()?;
        let mut sentences: Vec<(usize, &str)> = events.iter().map(|e| (e.sentence, e.text.as_str())).collect();
        sentences.sort();
        sentences.dedup();
        let doc = Document {
            id: first.doc.clone(),
            origin: Some(origin.clone()),
            format: SourceFormat::Jsonl,
            paragraphs: sentences.iter().map(|(_, t)| t.to_string()).collect(),
            ..Document::default()
        };
        Some(Ok(Input { doc, events: Some(events), bytes }))
    }))
}
