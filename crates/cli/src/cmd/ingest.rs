//! `demarche ingest`: read documents, code them on all cores, store them.

use std::fs::File;
use std::io::{BufRead, BufReader, IsTerminal};
use std::path::{Path, PathBuf};
use std::sync::mpsc::sync_channel;
use std::time::Instant;

use chrono::NaiveDate;
use demarche_code::Event;
use demarche_doc::{Document, InputError, SourceFormat};
use demarche_page::input::list_dir;
use demarche_page::{read_file, read_inputs as page_inputs, InputFormat, ReadOptions};
use demarche_pipeline::Pipeline;
use demarche_store::ingest::{ingest, IngestOptions, Input};
use demarche_store::{BulkLoad, OpenOptions, Store, DEFAULT_WINDOW_DAYS};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::cmd::extract::parse_day;
use crate::cmd::store_common::{store_error, DbArg};
use crate::error::{CliError, CliResult};

#[derive(clap::Args)]
pub struct Args {
    /// Files, directories (read recursively, in name order) or `-` for
    /// stdin: text, HTML (also .gz), JSON Lines, PETRARCH XML, RSS/Atom feeds.
    #[arg(required = true, value_name = "PATH")]
    paths: Vec<PathBuf>,
    #[command(flatten)]
    db: DbArg,
    /// Read every input as this format instead of detecting it
    /// (text, html, jsonl, petrarch, feed).
    #[arg(long, value_name = "F", value_parser = parse_format)]
    input_format: Option<InputFormat>,
    /// The date of documents that state none (YYYY-MM-DD); also the
    /// reference year for datelines without one.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_day)]
    date: Option<NaiveDate>,
    /// The inputs are already coded: JSON Lines of event records (`demarche code` output), stored without coding.
    #[arg(long, conflicts_with_all = ["input_format", "date"])]
    coded: bool,
    /// Reports of the same source, target and code dated within ± this many days are one event.
    /// A database setting: changing it re-clusters the stored events.
    #[arg(long, value_name = "DAYS")]
    window: Option<u32>,
    /// Documents per transaction.
    #[arg(long, default_value_t = 500)]
    batch: usize,
    /// Bulk-load a new database: written privately with no journal, it
    /// appears at --db only when complete (a
    /// crash leaves nothing there, and a re-run starts over). Several times
    /// cheaper per event than an everyday ingest; refused if --db exists.
    #[arg(long)]
    bulk: bool,
    /// No progress bar.
    #[arg(long, short)]
    quiet: bool,
    /// Stop at the first unreadable input.
    #[arg(long)]
    strict: bool,
}

fn parse_format(s: &str) -> Result<InputFormat, String> {
    s.parse()
}

pub fn run(args: Args) -> CliResult {
    let files = list_files(&args.paths)?;
    let total_bytes: u64 = files.iter().filter_map(|f| std::fs::metadata(f).ok()).map(|m| m.len()).sum();
    let mut bulk = if args.bulk {
        let options = OpenOptions { cache_mib: 1024, ..OpenOptions::default() };
        let window = args.window.unwrap_or(DEFAULT_WINDOW_DAYS);
        Some(BulkLoad::create(&args.db.db, &options, window).map_err(store_error)?)
    } else {
        None
    };
    let mut everyday = match bulk {
        Some(_) => None,
        None => Some(Store::open_with(&args.db.db, &OpenOptions { cache_mib: 256, ..OpenOptions::default() }).map_err(store_error)?),
    };
    let store = match (&mut bulk, &mut everyday) {
        (Some(load), _) => load.store().map_err(store_error)?,
        (None, Some(store)) => store,
        (None, None) => unreachable!("one of the two is open"),
    };
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
    let inputs = read_inputs(files, args.coded, ReadOptions { format: args.input_format, date: args.date });
    let undated = super::UndatedAsToday::new();
    let options = IngestOptions { batch_documents: args.batch, strict: args.strict, ..IngestOptions::default() };
    let result = ingest(
        store,
        inputs,
        |mut doc| match &pipeline {
            Some(p) => {
                undated.apply(&mut doc);
                p.code_document(doc)
            }
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
    undated.finish();
    // A failed bulk load is dropped here, which deletes its private file.
    let summary = result.map_err(store_error)?;
    if let Some(load) = bulk {
        load.finish().map_err(store_error)?;
    }
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

/// Input files under `paths` (directories recursively, in name order, as
/// the text layer lists them), with `-` (standard input) kept as is.
fn list_files(paths: &[PathBuf]) -> Result<Vec<PathBuf>, CliError> {
    let mut out = Vec::new();
    for path in paths {
        if path.as_os_str() == "-" {
            out.push(path.clone());
            continue;
        }
        let meta = std::fs::metadata(path).map_err(|e| CliError::Input(InputError::in_file(path, format!("cannot read: {e}"))))?;
        if meta.is_dir() {
            out.extend(list_dir(path).map_err(CliError::Input)?);
        } else {
            out.push(path.clone());
        }
    }
    Ok(out)
}

fn file_size(path: &Path) -> u64 {
    std::fs::metadata(path).map_or(0, |m| m.len())
}

/// The reader runs on its own thread (the text layer's readers need not
/// be `Send`); this many documents wait for the coders at most.
const READ_AHEAD: usize = 64;

/// Documents from the text layer's reader (`demarche_page`: text, HTML,
/// JSON Lines, PETRARCH XML, RSS/Atom feeds, gzip, stdin), or coded events
/// (`--coded`), lazily, on a reader thread.
///
/// Progress is in input bytes: a file's size is counted with its first
/// document, except JSON Lines, whose documents count their text as they
/// come and whose last document the rest of the file.
fn read_inputs(files: Vec<PathBuf>, coded: bool, options: ReadOptions) -> std::sync::mpsc::IntoIter<Result<Input, InputError>> {
    let (tx, rx) = sync_channel::<Result<Input, InputError>>(READ_AHEAD);
    std::thread::spawn(move || {
        for path in files {
            if coded {
                for item in read_coded(path.clone()) {
                    if tx.send(item).is_err() {
                        return;
                    }
                }
                continue;
            }
            let size = if path.as_os_str() == "-" { 0 } else { file_size(&path) };
            let jsonl = options.format == Some(InputFormat::Jsonl) || InputFormat::from_extension(&path) == Some(InputFormat::Jsonl);
            let docs: Box<dyn Iterator<Item = Result<demarche_doc::Document, InputError>>> =
                if path.as_os_str() == "-" { Box::new(page_inputs(&[&path], &options)) } else { read_file(&path, &options) };
            let mut docs = docs.peekable();
            let mut counted = 0u64;
            while let Some(item) = docs.next() {
                let last = docs.peek().is_none();
                let bytes = if last {
                    size.saturating_sub(counted)
                } else if jsonl {
                    let text = item.as_ref().map_or(0, |doc| doc.paragraphs.iter().map(|p| p.len() as u64 + 2).sum());
                    text.min(size.saturating_sub(counted))
                } else if counted == 0 {
                    size
                } else {
                    0
                };
                counted += bytes;
                let item = item.map(|doc| Input { doc, events: None, bytes });
                if tx.send(item).is_err() {
                    return; // the writer stopped
                }
            }
        }
    });
    rx.into_iter()
}

/// The non-blank lines of a file (`-`: standard input), numbered.
fn lines(path: PathBuf) -> Box<dyn Iterator<Item = Result<(usize, String), InputError>> + Send> {
    let (reader, path): (Box<dyn BufRead + Send>, PathBuf) = if path.as_os_str() == "-" {
        (Box::new(BufReader::new(std::io::stdin())), PathBuf::from("<stdin>"))
    } else {
        match File::open(&path) {
            Err(e) => return Box::new(std::iter::once(Err(InputError::in_file(&path, format!("cannot read: {e}"))))),
            Ok(file) => (Box::new(BufReader::new(file)), path),
        }
    };
    Box::new(reader.lines().enumerate().filter_map(move |(i, line)| match line {
        Ok(l) if l.trim().is_empty() => None,
        Ok(l) => Some(Ok((i + 1, l))),
        Err(e) => Some(Err(InputError::at_line(&path, i + 1, e.to_string()))),
    }))
}

/// Coded events (JSON Lines of event records); consecutive records with the
/// same `doc` make one document, whose text is their evidence sentences.
/// QuadClass, Goldstein and PLOVER type are taken from the codebook.
fn read_coded(path: PathBuf) -> Box<dyn Iterator<Item = Result<Input, InputError>> + Send> {
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
