//! Ingest: documents in, coded in parallel, stored in transactions.
//!
//! Readers feed [`Input`]s; rayon workers skip documents already stored
//! (same URL or content) and code the rest; this thread writes them in
//! batches, each batch one transaction holding whole documents with all
//! their events. A crash loses at most the batch in flight, and a re-run
//! skips what was stored and completes the rest.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::sync_channel;
use std::time::{Duration, Instant};

use demarche_code::Event;
use demarche_doc::{Document, InputError};
use rayon::iter::{ParallelBridge, ParallelIterator};

use crate::error::Result;
use crate::fingerprint::content_hash;
use crate::store::document_text;
use crate::{Inserted, Store};

/// A document to store: read from a file (events `None`: code it) or
/// already coded (events given, e.g. `demarche code` output).
pub struct Input {
    pub doc: Document,
    pub events: Option<Vec<Event>>,
    /// Input bytes this document stands for (progress and ETA).
    pub bytes: u64,
}

#[derive(Clone, Debug)]
pub struct IngestOptions {
    /// Commit after this many documents…
    pub batch_documents: usize,
    /// …or after this long, whichever comes first.
    pub batch_interval: Duration,
    /// Stop at the first input error instead of counting it and going on.
    pub strict: bool,
}

impl Default for IngestOptions {
    fn default() -> IngestOptions {
        IngestOptions { batch_documents: 500, batch_interval: Duration::from_millis(500), strict: false }
    }
}

/// Counts for the summary line.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct IngestSummary {
    /// Documents stored.
    pub documents: u64,
    /// Coded reports stored (event mentions).
    pub mentions: u64,
    /// Of which started a new event (the rest were further reports).
    pub new_events: u64,
    /// Documents already stored (same URL or content).
    pub skipped: u64,
    /// Inputs that could not be read or coded.
    pub errors: u64,
    /// Input bytes processed.
    pub bytes: u64,
    /// Stopped at the first error (`strict`): the rest was not read.
    pub stopped: bool,
}

enum Message {
    Coded(Document, Vec<Event>, u64),
    Skipped(u64),
    Failed(InputError),
}

/// Runs an ingest. `code` turns a document into events (the pipeline);
/// `progress` is called after each commit; `report` with each input error.
pub fn ingest<I, C>(
    store: &mut Store,
    inputs: I,
    code: C,
    options: &IngestOptions,
    mut progress: impl FnMut(&IngestSummary),
    mut report: impl FnMut(&InputError),
) -> Result<IngestSummary>
where
    I: Iterator<Item = std::result::Result<Input, InputError>> + Send,
    C: Fn(Document) -> (Document, Vec<Event>) + Sync,
{
    let (urls, hashes) = store.known_documents()?;
    let stop = AtomicBool::new(false);
    let (tx, rx) = sync_channel::<Message>(256);
    let mut summary = IngestSummary::default();
    let mut outcome: Result<()> = Ok(());

    std::thread::scope(|scope| {
        let (stop, urls, hashes, code) = (&stop, &urls, &hashes, &code);
        scope.spawn(move || {
            inputs.par_bridge().for_each_with(tx, |tx, item| {
                if stop.load(Ordering::Relaxed) {
                    return;
                }
                let message = match item {
                    Err(e) => Message::Failed(e),
                    Ok(input) => {
                        let known = input.doc.url.as_ref().is_some_and(|u| urls.contains(u))
                            || hashes.contains(&content_hash(&document_text(&input.doc)));
                        if known {
                            Message::Skipped(input.bytes)
                        } else if let Some(events) = input.events {
                            Message::Coded(input.doc, events, input.bytes)
                        } else {
                            let name = input.doc.origin.clone().unwrap_or_else(|| input.doc.id.clone());
                            match catch_unwind(AssertUnwindSafe(|| code(input.doc))) {
                                Ok((doc, events)) => Message::Coded(doc, events, input.bytes),
                                Err(_) => Message::Failed(InputError::in_file(name, "the coder failed on this document")),
                            }
                        }
                    }
                };
                // A closed channel means the writer stopped: drop the rest.
                let _ = tx.send(message);
            });
        });

        let mut batch: Vec<(Document, Vec<Event>, u64)> = Vec::new();
        let mut store_failed = false;
        let mut last_commit = Instant::now();
        let mut flush = |batch: &mut Vec<(Document, Vec<Event>, u64)>, summary: &mut IngestSummary| -> Result<()> {
            if batch.is_empty() {
                return Ok(());
            }
            let rows: Vec<(&Document, &[Event])> = batch.iter().map(|(d, e, _)| (d, e.as_slice())).collect();
            let results = store.insert_documents(&rows)?;
            for (result, (_, _, bytes)) in results.iter().zip(batch.iter()) {
                summary.bytes += bytes;
                match *result {
                    Inserted::Stored { mentions, new_events } => {
                        summary.documents += 1;
                        summary.mentions += mentions as u64;
                        summary.new_events += new_events as u64;
                    }
                    Inserted::Duplicate => summary.skipped += 1,
                }
            }
            batch.clear();
            Ok(())
        };
        for message in rx {
            match message {
                Message::Coded(doc, events, bytes) => batch.push((doc, events, bytes)),
                Message::Skipped(bytes) => {
                    summary.skipped += 1;
                    summary.bytes += bytes;
                }
                Message::Failed(e) => {
                    summary.errors += 1;
                    report(&e);
                    if options.strict {
                        summary.stopped = true;
                        break;
                    }
                }
            }
            if batch.len() >= options.batch_documents.max(1) || last_commit.elapsed() >= options.batch_interval {
                if let Err(e) = flush(&mut batch, &mut summary) {
                    outcome = Err(e);
                    store_failed = true;
                    break;
                }
                last_commit = Instant::now();
                progress(&summary);
            }
        }
        stop.store(true, Ordering::Relaxed);
        // What was coded before a --strict stop is still stored.
        if !store_failed {
            if let Err(e) = flush(&mut batch, &mut summary) {
                outcome = Err(e);
            }
            progress(&summary);
        }
    });
    outcome.map(|()| summary)
}
