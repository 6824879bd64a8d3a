//! A bulk load in two threads: clustering on the caller's, SQLite on a writer's.
//!
//! About half of a bulk load's CPU is deduplication in Rust (interning,
//! frontier lookups, content fingerprints) and half SQLite's writing; on
//! one thread they add up. Here the caller clusters a batch while the
//! writer thread writes the previous one, and the caller gets on with
//! producing the next batch. Clustering needs three answers from the
//! database, given without waiting for the writer:
//!
//! - whether a document is new: the URLs and fingerprints of every stored
//!   document are kept in memory (a bulk load owns its file);
//! - its id: the next free one, counted here and written explicitly;
//! - the stored events of a day interval, when the frontier must (re)load
//!   it: none if no event was ever dated there (a bit per day), else asked
//!   of the writer thread, which answers after writing everything sent
//!   before (so the answer is what a single thread would have read).
//!
//! The database is the same as [`Store::insert_documents`] writes.

use std::sync::mpsc::{self, Receiver, SyncSender};
use std::thread::JoinHandle;

use demarche_code::Event;
use demarche_doc::Document;
use rusqlite::{Connection, TransactionBehavior};

use crate::frontier::{max_undated_id, read_days, Frontier, FxHasher, LoadedDays};
use crate::ids::UNDATED_DAY;
use crate::store::{document_params, insert_one, unix_now, Backing, DocumentRow, Pending, INSERT_DOCUMENT_SQL};
use crate::write_statement::WriteStatement;
use crate::{Inserted, Store};

/// A hash set with [`FxHasher`].
type FxSet<T> = std::collections::HashSet<T, std::hash::BuildHasherDefault<FxHasher>>;

/// Documents with their coded events, owned (they travel to the writer).
pub type OwnedBatch = Vec<(Document, Vec<Event>)>;

/// One transaction's worth of rows for the writer.
struct Job {
    batch: OwnedBatch,
    /// (index in the batch, id, row) of each new document.
    documents: Vec<(usize, i64, DocumentRow)>,
    pending: Pending,
    now: i64,
}

enum Message {
    Write(Job),
    ReadDays(i64, i64, mpsc::Sender<rusqlite::Result<LoadedDays>>),
    MaxUndated(mpsc::Sender<rusqlite::Result<Option<i64>>>),
}

/// Days as bits: which days have an event in the database or on its way there.
struct DaySet(Vec<u64>);

impl DaySet {
    fn new() -> DaySet {
        DaySet(vec![0; (UNDATED_DAY as usize + 1).div_ceil(64)])
    }

    fn insert(&mut self, day: i64) {
        let day = day.clamp(0, UNDATED_DAY) as usize;
        self.0[day / 64] |= 1 << (day % 64);
    }

    fn any_in(&self, lo: i64, hi: i64) -> bool {
        (lo.max(0)..=hi.min(UNDATED_DAY)).any(|day| self.0[day as usize / 64] & (1 << (day % 64)) != 0)
    }
}

/// A running two-thread bulk load (see the module docs).
pub(crate) struct Pipeline {
    jobs: SyncSender<Message>,
    writer: JoinHandle<(Store, rusqlite::Result<()>)>,
    /// Batches the writer is done with, freed on this thread: freeing
    /// another thread's allocations costs glibc's allocator dearly (arena
    /// locks, consolidation), measured ~25 % more CPU for the whole load.
    written: Receiver<OwnedBatch>,
    frontier: Frontier,
    window: u32,
    urls: FxSet<String>,
    hashes: FxSet<String>,
    next_document: i64,
    /// Days that may have stored events; all of them when the database had
    /// events before the pipeline started.
    days: DaySet,
    had_events: bool,
}

/// Clustering's view of the database during a pipelined load.
struct PipelineBacking<'p> {
    jobs: &'p SyncSender<Message>,
    urls: &'p mut FxSet<String>,
    hashes: &'p mut FxSet<String>,
    next_document: &'p mut i64,
    days: &'p mut DaySet,
    had_events: bool,
    documents: Vec<(usize, i64, DocumentRow)>,
}

/// The writer thread has stopped (its error is reported when it is joined).
fn writer_gone() -> rusqlite::Error {
    rusqlite::Error::ToSqlConversionFailure("the bulk load's writer thread stopped".into())
}

impl PipelineBacking<'_> {
    /// Asks the writer, which answers after everything sent before.
    fn ask<T>(&mut self, message: impl FnOnce(mpsc::Sender<rusqlite::Result<T>>) -> Message) -> rusqlite::Result<T> {
        let (reply, answer) = mpsc::channel();
        self.jobs.send(message(reply)).map_err(|_| writer_gone())?;
        answer.recv().map_err(|_| writer_gone())?
    }
}

impl Backing for PipelineBacking<'_> {
    fn add_document(&mut self, doc: &Document, row: &DocumentRow, _now: i64) -> rusqlite::Result<Option<i64>> {
        // SQLite's unique keys, in memory: a null URL never conflicts.
        if doc.url.as_ref().is_some_and(|url| self.urls.contains(url)) || self.hashes.contains(&row.hash) {
            return Ok(None);
        }
        if let Some(url) = &doc.url {
            self.urls.insert(url.clone());
        }
        self.hashes.insert(row.hash.clone());
        let id = *self.next_document;
        *self.next_document += 1;
        Ok(Some(id))
    }

    fn document_done(&mut self, index: usize, id: i64, row: DocumentRow) {
        self.documents.push((index, id, row));
    }

    fn event_created(&mut self, id: i64) {
        self.days.insert(crate::ids::id_day(id));
    }

    fn read_days(&mut self, lo: i64, hi: i64) -> rusqlite::Result<LoadedDays> {
        if !self.had_events && !self.days.any_in(lo, hi) {
            return Ok(LoadedDays::default());
        }
        self.ask(|reply| Message::ReadDays(lo, hi, reply))
    }

    fn max_undated(&mut self) -> rusqlite::Result<Option<i64>> {
        if !self.had_events && !self.days.any_in(UNDATED_DAY, UNDATED_DAY) {
            return Ok(None);
        }
        self.ask(Message::MaxUndated)
    }
}

impl Pipeline {
    /// Starts the writer thread with `store`, which it owns until [`Pipeline::stop`].
    pub fn start(store: Store) -> rusqlite::Result<Pipeline> {
        let (urls, hashes) = {
            let mut urls = FxSet::default();
            let mut hashes = FxSet::default();
            let mut stmt = store.conn.prepare("SELECT url, content_hash FROM documents")?;
            let mut rows = stmt.query([])?;
            while let Some(row) = rows.next()? {
                if let Some(url) = row.get::<_, Option<String>>(0)? {
                    urls.insert(url);
                }
                hashes.insert(row.get(1)?);
            }
            (urls, hashes)
        };
        let next_document: i64 = store.conn.query_row("SELECT coalesce(max(id), 0) + 1 FROM documents", [], |r| r.get(0))?;
        let had_events: bool = store.conn.query_row("SELECT EXISTS (SELECT 1 FROM events)", [], |r| r.get(0))?;
        let window = store.window_days();
        // One job waits while another is written: the caller is never more
        // than two batches ahead.
        let (jobs, inbox) = mpsc::sync_channel(1);
        let (done, written) = mpsc::channel();
        let writer = std::thread::Builder::new()
            .name("store-writer".into())
            .spawn(move || write_jobs(store, inbox, done))
            .map_err(|e| rusqlite::Error::ToSqlConversionFailure(Box::new(e)))?;
        Ok(Pipeline {
            jobs,
            writer,
            written,
            frontier: Frontier::default(),
            window,
            urls,
            hashes,
            next_document,
            days: DaySet::new(),
            had_events,
        })
    }

    /// Clusters `batch` and hands it to the writer; what happened to each
    /// document. An error means the load cannot continue.
    pub fn insert(&mut self, batch: OwnedBatch) -> rusqlite::Result<Vec<Inserted>> {
        self.written.try_iter().for_each(drop);
        let now = unix_now();
        let mut pending = Pending::default();
        let mut backing = PipelineBacking {
            jobs: &self.jobs,
            urls: &mut self.urls,
            hashes: &mut self.hashes,
            next_document: &mut self.next_document,
            days: &mut self.days,
            had_events: self.had_events,
            documents: Vec::with_capacity(batch.len()),
        };
        let mut out = Vec::with_capacity(batch.len());
        for (index, (doc, events)) in batch.iter().enumerate() {
            out.push(insert_one(&mut backing, &mut self.frontier, self.window, index, doc, events, now, &mut pending)?);
        }
        let documents = backing.documents;
        // The next batch's reports of these events update stored rows.
        self.frontier.trim();
        self.jobs.send(Message::Write(Job { batch, documents, pending, now })).map_err(|_| writer_gone())?;
        Ok(out)
    }

    /// Waits for the writer to finish; the store back, and the first error
    /// the writer met, if any.
    pub fn stop(self) -> (Store, rusqlite::Result<()>) {
        drop(self.jobs);
        let (mut store, result) = self.writer.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        self.written.try_iter().for_each(drop);
        // Its cache knows nothing of what the pipeline stored.
        store.forget_frontier();
        (store, result)
    }
}

/// The writer thread: runs the jobs in order until the channel closes or one fails.
fn write_jobs(store: Store, inbox: Receiver<Message>, done: mpsc::Sender<OwnedBatch>) -> (Store, rusqlite::Result<()>) {
    let mut store = store;
    for message in inbox {
        let result = match message {
            Message::Write(job) => write_job(&mut store.conn, job).map(|batch| {
                let _ = done.send(batch);
            }),
            Message::ReadDays(lo, hi, reply) => {
                let _ = reply.send(read_days(&store.conn, lo, hi));
                Ok(())
            }
            Message::MaxUndated(reply) => {
                let _ = reply.send(max_undated_id(&store.conn));
                Ok(())
            }
        };
        if let Err(e) = result {
            return (store, Err(e));
        }
    }
    (store, Ok(()))
}

/// One transaction: the new documents (ids chosen by clustering), then the
/// pending rows.
fn write_job(conn: &mut Connection, mut job: Job) -> rusqlite::Result<OwnedBatch> {
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    {
        let mut insert = WriteStatement::new(&tx, INSERT_DOCUMENT_SQL)?;
        for (index, id, row) in &job.documents {
            // Clustering decided the document is new: a conflict now would
            // mean events pointing at a document that is not there.
            if insert.run(&document_params(&job.batch[*index].0, row, job.now, Some(*id)))? != 1 {
                return Err(rusqlite::Error::SqliteFailure(
                    rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_CONSTRAINT),
                    Some(format!("document {id} conflicts with a stored one")),
                ));
            }
        }
    }
    job.pending.write(&tx, &job.batch, job.now)?;
    tx.commit()?;
    Ok(job.batch)
}
