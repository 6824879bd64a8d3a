//! Opening the database and writing documents with their events.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::{Days, NaiveDate};
use demarche_code::Event;
use demarche_doc::Document;
use rusqlite::{params, Connection, OpenFlags, OptionalExtension, TransactionBehavior};

use crate::error::{AtPath, Result, StoreError};
use crate::fingerprint::{content_hash, source_name};
use crate::period::{from_int, to_int};
use crate::schema::{self, APPLICATION_ID, LATEST_VERSION};

/// The deduplication window used when a database is created: reports dated
/// up to this many days apart are one event.
pub const DEFAULT_WINDOW_DAYS: u32 = 1;

/// How to open a database.
#[derive(Clone, Debug)]
pub struct OpenOptions {
    /// Create the file if it does not exist (query commands say no).
    pub create: bool,
    /// Page cache for this connection, in MiB (bulk inserts want more).
    pub cache_mib: u32,
    /// Refuse to grow the file past this many pages (SQLite
    /// `max_page_count`): a size limit, and how tests simulate a full disk.
    pub max_pages: Option<u32>,
}

impl Default for OpenOptions {
    fn default() -> OpenOptions {
        OpenOptions { create: true, cache_mib: 64, max_pages: None }
    }
}

/// What happened to one document handed to [`Store::insert_documents`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Inserted {
    /// Stored with `mentions` coded sentences, of which `new_events` started
    /// a new event (the others were further reports of a stored event).
    Stored { mentions: usize, new_events: usize },
    /// A document with the same URL or the same content is already stored.
    Duplicate,
}

/// Row counts of the main tables.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub documents: u64,
    pub events: u64,
    pub mentions: u64,
}

/// An open event database (one SQLite file in WAL mode).
pub struct Store {
    pub(crate) conn: Connection,
    pub(crate) path: PathBuf,
    window_days: u32,
}

impl Store {
    /// Opens `path`, creating and migrating it as needed.
    pub fn open(path: impl AsRef<Path>) -> Result<Store> {
        Store::open_with(path, &OpenOptions::default())
    }

    /// Opens an existing database; a missing file is an error.
    pub fn open_existing(path: impl AsRef<Path>) -> Result<Store> {
        Store::open_with(path, &OpenOptions { create: false, ..OpenOptions::default() })
    }

    pub fn open_with(path: impl AsRef<Path>, options: &OpenOptions) -> Result<Store> {
        let path = path.as_ref();
        let unwritable = |reason: &str| StoreError::Unwritable { path: path.display().to_string(), reason: reason.into() };
        if path.exists() {
            if !path.is_file() {
                return Err(unwritable("not a regular file"));
            }
        } else {
            if !options.create {
                return Err(StoreError::Missing { path: path.display().to_string() });
            }
            let parent = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
            if !parent.is_dir() {
                return Err(unwritable(&format!("{} is not a directory", parent.display())));
            }
        }
        let mut flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        if options.create {
            flags |= OpenFlags::SQLITE_OPEN_CREATE;
        }
        let mut conn = Connection::open_with_flags(path, flags).at(path)?;
        conn.busy_timeout(Duration::from_secs(60)).at(path)?;
        conn.set_prepared_statement_cache_capacity(64);

        // Identify the file before writing anything to it: a corrupt or
        // foreign file must be left exactly as it was.
        let application_id: i32 = conn.query_row("PRAGMA application_id", [], |r| r.get(0)).at(path)?;
        let version: i32 = conn.query_row("PRAGMA user_version", [], |r| r.get(0)).at(path)?;
        if application_id != APPLICATION_ID {
            let objects: i64 = conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get(0)).at(path)?;
            if application_id != 0 || objects > 0 {
                return Err(StoreError::NotOurs {
                    path: path.display().to_string(),
                    reason: "an SQLite database not created by demarche".into(),
                });
            }
        }
        if version > LATEST_VERSION {
            return Err(StoreError::NotOurs {
                path: path.display().to_string(),
                reason: format!(
                    "written by a newer demarche (schema version {version}; this build knows up to {LATEST_VERSION})"
                ),
            });
        }

        if let Some(pages) = options.max_pages {
            conn.pragma_update(None, "max_page_count", pages).at(path)?;
        }
        let mode: String = conn.pragma_update_and_check(None, "journal_mode", "WAL", |r| r.get(0)).at(path)?;
        if !mode.eq_ignore_ascii_case("wal") {
            return Err(unwritable(&format!("cannot switch to WAL mode (journal mode is {mode})")));
        }
        conn.execute_batch(&format!(
            // Foreign keys stay declared but unenforced: every write is a
            // transaction of whole documents, and `check` verifies the links.
            // Checkpoints (the only fsyncs in WAL mode with synchronous =
            // NORMAL) every 64 MiB of log rather than SQLite's 4 MiB; reads
            // through a memory map rather than a system call per page.
            "PRAGMA synchronous = NORMAL; PRAGMA temp_store = MEMORY; PRAGMA foreign_keys = OFF; PRAGMA cache_size = -{};
             PRAGMA wal_autocheckpoint = 16384; PRAGMA journal_size_limit = 67108864;
             PRAGMA mmap_size = 2147418112;",
            options.cache_mib.max(2) * 1024
        ))
        .at(path)?;
        schema::migrate(&mut conn, LATEST_VERSION).at(path)?;

        let stored: Option<String> = conn
            .query_row("SELECT value FROM settings WHERE key = 'window_days'", [], |r| r.get(0))
            .optional()
            .at(path)?;
        let window_days = match stored.and_then(|v| v.parse().ok()) {
            Some(days) => days,
            None => {
                conn.execute(
                    "INSERT OR REPLACE INTO settings (key, value) VALUES ('window_days', ?1)",
                    [DEFAULT_WINDOW_DAYS.to_string()],
                )
                .at(path)?;
                DEFAULT_WINDOW_DAYS
            }
        };
        Ok(Store { conn, path: path.to_path_buf(), window_days })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The deduplication window (± days) this database clusters with.
    pub fn window_days(&self) -> u32 {
        self.window_days
    }

    /// Changes the deduplication window; if it differs from the current one,
    /// every stored report is re-clustered with the new window (one
    /// transaction) so the database stays consistent with its setting.
    pub fn set_window_days(&mut self, days: u32) -> Result<()> {
        if days == self.window_days {
            return Ok(());
        }
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate).at(&self.path)?;
        crate::cluster::recluster(&tx, days).at(&self.path)?;
        tx.execute("INSERT OR REPLACE INTO settings (key, value) VALUES ('window_days', ?1)", [days.to_string()])
            .at(&self.path)?;
        tx.commit().at(&self.path)?;
        self.window_days = days;
        Ok(())
    }

    /// Moves the write-ahead log into the database file and truncates it
    /// (so the file size is the database size).
    pub fn checkpoint(&self) -> Result<()> {
        self.conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(())).at(&self.path)
    }

    /// Row counts.
    pub fn counts(&self) -> Result<Counts> {
        let count = |table: &str| -> Result<u64> {
            self.conn
                .query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get::<_, i64>(0))
                .map(|n| n as u64)
                .at(&self.path)
        };
        Ok(Counts { documents: count("documents")?, events: count("events")?, mentions: count("mentions")? })
    }

    /// URLs and content hashes of every stored document, so ingest can skip
    /// known documents before spending time coding them.
    pub fn known_documents(&self) -> Result<(HashSet<String>, HashSet<String>)> {
        let mut urls = HashSet::new();
        let mut hashes = HashSet::new();
        let mut stmt = self.conn.prepare("SELECT url, content_hash FROM documents").at(&self.path)?;
        let mut rows = stmt.query([]).at(&self.path)?;
        while let Some(row) = rows.next().at(&self.path)? {
            if let Some(url) = row.get::<_, Option<String>>(0).at(&self.path)? {
                urls.insert(url);
            }
            hashes.insert(row.get(1).at(&self.path)?);
        }
        Ok((urls, hashes))
    }

    /// Stores one document and its events atomically.
    pub fn insert_document(&mut self, doc: &Document, events: &[Event]) -> Result<Inserted> {
        let out = self.insert_documents(&[(doc, events)])?;
        Ok(out[0])
    }

    /// Stores documents with their events in one transaction: after a crash
    /// either all of them are there with all their events, or none is.
    /// Documents already stored (same URL or content) are skipped.
    pub fn insert_documents<D, E>(&mut self, batch: &[(D, E)]) -> Result<Vec<Inserted>>
    where
        D: std::borrow::Borrow<Document>,
        E: AsRef<[Event]>,
    {
        let window = self.window_days;
        let now = unix_now();
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate).at(&self.path)?;
        let mut out = Vec::with_capacity(batch.len());
        let mut tally = ActorTally::default();
        for (doc, events) in batch {
            out.push(insert_one(&tx, window, doc.borrow(), events.as_ref(), now, &mut tally).at(&self.path)?);
        }
        tally.write(&tx).at(&self.path)?;
        tx.commit().at(&self.path)?;
        Ok(out)
    }

    /// Checks the database: SQLite's own integrity check, then that every
    /// event's counts agree with its mentions and no mention is orphaned.
    /// Returns the problems found (empty when consistent).
    pub fn check(&self) -> Result<Vec<String>> {
        let mut problems = Vec::new();
        let mut stmt = self.conn.prepare("PRAGMA integrity_check").at(&self.path)?;
        let rows: Vec<String> = stmt.query_map([], |r| r.get(0)).at(&self.path)?.collect::<rusqlite::Result<_>>().at(&self.path)?;
        problems.extend(rows.into_iter().filter(|r| r != "ok"));
        let checks = [
            (
                "events whose mention or article counts disagree with their mentions",
                "SELECT count(*) FROM events e WHERE e.mentions <> (SELECT count(*) FROM mentions m WHERE m.event_id = e.id)
                   OR e.articles <> (SELECT count(DISTINCT m.document_id) FROM mentions m WHERE m.event_id = e.id)
                   OR e.sources <> (SELECT count(DISTINCT d.source_name) FROM mentions m JOIN documents d ON d.id = m.document_id WHERE m.event_id = e.id)",
            ),
            (
                "mentions of missing events or documents",
                "SELECT count(*) FROM mentions m WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.id = m.event_id)
                   OR NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = m.document_id)",
            ),
            ("events without mentions", "SELECT count(*) FROM events e WHERE NOT EXISTS (SELECT 1 FROM mentions m WHERE m.event_id = e.id)"),
        ];
        for (what, sql) in checks {
            let n: i64 = self.conn.query_row(sql, [], |r| r.get(0)).at(&self.path)?;
            if n > 0 {
                problems.push(format!("{n} {what}"));
            }
        }
        Ok(problems)
    }
}

pub(crate) fn unix_now() -> i64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs() as i64)
}

/// The text stored for a document: its body, or for documents that arrive as
/// bare sentences (PETRARCH records, coded events) those sentences.
pub(crate) fn document_text(doc: &Document) -> String {
    if doc.paragraphs.is_empty() {
        doc.sentences.iter().map(|s| s.text.as_str()).collect::<Vec<_>>().join(demarche_doc::PARAGRAPH_SEPARATOR)
    } else {
        doc.body()
    }
}

/// The date range `date ± window` as stored integers.
pub(crate) fn window_bounds(date: NaiveDate, window: u32) -> (i64, i64) {
    let lo = date.checked_sub_days(Days::new(window as u64)).unwrap_or(date);
    let hi = date.checked_add_days(Days::new(window as u64)).unwrap_or(date);
    (to_int(lo), to_int(hi))
}

/// The stored event a report dated `date` belongs to: same source, target
/// and code, dated within the window; the nearest date wins, then the
/// earlier, then the older event.
fn find_cluster(conn: &Connection, e: &Event, date: NaiveDate, window: u32) -> rusqlite::Result<Option<i64>> {
    let (lo, hi) = window_bounds(date, window);
    // `+ 0` keeps bound values out of SQLite's per-value planning (STAT4),
    // which would otherwise re-prepare the statement for every new value.
    let mut stmt = conn.prepare_cached(
        "SELECT id, date FROM events INDEXED BY events_key
         WHERE source = ?1 AND target = ?2 AND code = ?3 AND date BETWEEN ?4 + 0 AND ?5 + 0",
    )?;
    let mut rows = stmt.query(params![e.source, e.target, e.code, lo, hi])?;
    let mut best: Option<(i64, NaiveDate, i64)> = None; // (distance, date, id)
    while let Some(row) = rows.next()? {
        let (id, stored): (i64, i64) = (row.get(0)?, row.get(1)?);
        let Some(stored) = from_int(stored) else { continue };
        let candidate = ((stored - date).num_days().abs(), stored, id);
        if best.is_none_or(|b| candidate < b) {
            best = Some(candidate);
        }
    }
    Ok(best.map(|(_, _, id)| id))
}

/// Mentions as source, as target, first and last date of one actor.
type ActorCounts = (i64, i64, Option<i64>, Option<i64>);

/// Tallies of the actors seen, written once per transaction.
#[derive(Default)]
struct ActorTally<'a> {
    actors: HashMap<&'a str, ActorCounts>,
    names: HashMap<(&'a str, &'a str), i64>,
}

impl<'a> ActorTally<'a> {
    fn add(&mut self, code: &'a str, name: &'a str, as_source: bool, date: Option<i64>) {
        if code.is_empty() {
            return;
        }
        let entry = self.actors.entry(code).or_insert((0, 0, None, None));
        if as_source {
            entry.0 += 1;
        } else {
            entry.1 += 1;
        }
        if let Some(d) = date {
            entry.2 = Some(entry.2.map_or(d, |x| x.min(d)));
            entry.3 = Some(entry.3.map_or(d, |x| x.max(d)));
        }
        if !name.is_empty() {
            *self.names.entry((code, name)).or_insert(0) += 1;
        }
    }

    fn write(&self, conn: &Connection) -> rusqlite::Result<()> {
        let mut upsert = conn.prepare_cached(
            "INSERT INTO actors (code, as_source, as_target, first_date, last_date) VALUES (?1, ?2, ?3, ?4, ?5)
             ON CONFLICT(code) DO UPDATE SET
                as_source = as_source + excluded.as_source,
                as_target = as_target + excluded.as_target,
                first_date = min(coalesce(first_date, excluded.first_date), coalesce(excluded.first_date, first_date)),
                last_date = max(coalesce(last_date, excluded.last_date), coalesce(excluded.last_date, last_date))",
        )?;
        for (code, (s, t, first, last)) in &self.actors {
            upsert.execute(params![code, s, t, first, last])?;
        }
        let mut name = conn.prepare_cached(
            "INSERT INTO actor_names (code, name, mentions) VALUES (?1, ?2, ?3)
             ON CONFLICT(code, name) DO UPDATE SET mentions = mentions + excluded.mentions",
        )?;
        for ((code, n), count) in &self.names {
            name.execute(params![code, n, count])?;
        }
        Ok(())
    }
}

fn insert_one<'a>(
    conn: &Connection,
    window: u32,
    doc: &Document,
    events: &'a [Event],
    now: i64,
    tally: &mut ActorTally<'a>,
) -> rusqlite::Result<Inserted> {
    let text = document_text(doc);
    let hash = content_hash(&text);
    let known = conn
        .prepare_cached("SELECT 1 FROM documents WHERE content_hash = ?1 OR url = ?2")?
        .exists(params![hash, doc.url])?;
    if known {
        return Ok(Inserted::Duplicate);
    }
    let source = source_name(doc.outlet.as_deref(), doc.url.as_deref());
    conn.prepare_cached(
        "INSERT INTO documents (doc_id, url, outlet, title, date, content_hash, origin, text, added, source_name)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
    )?
    .execute(params![doc.id, doc.url, doc.outlet, doc.title, doc.date.map(to_int), hash, doc.origin, text, now, source])?;
    let document_id = conn.last_insert_rowid();

    // The lead paragraph is the one the body's first sentence is in.
    let lead = doc.sentences.first().map(|s| s.paragraph);
    let mut touched: HashSet<i64> = HashSet::new();
    let mut undated: HashMap<(&str, &str, &str), i64> = HashMap::new();
    let mut new_events = 0;
    let mut insert_event = conn.prepare_cached(
        "INSERT INTO events (date, source, target, code, root_code, quad_class, goldstein, plover,
                             mentions, articles, sources, is_root, first_document, first_sentence, added)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 1, 1, 1, ?9, ?10, ?11, ?12)",
    )?;
    let mut update_event = conn.prepare_cached(
        "UPDATE events SET mentions = mentions + 1, articles = articles + ?2, sources = sources + ?3,
                           is_root = max(is_root, ?4)
         WHERE id = ?1",
    )?;
    let mut source_seen = conn.prepare_cached(
        "SELECT 1 FROM mentions m JOIN documents d ON d.id = m.document_id
         WHERE m.event_id = ?1 AND d.source_name = ?2 AND m.document_id <> ?3 + 0",
    )?;
    let mut insert_mention = conn.prepare_cached(
        "INSERT OR IGNORE INTO mentions (event_id, document_id, sentence, start, end, text, date, source_text, target_text, is_root)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
    )?;

    for e in events {
        let sentence = doc.sentences.get(e.sentence);
        let is_root = match sentence {
            Some(s) => Some(s.paragraph) == lead,
            None => e.sentence == 0,
        };
        // Point into the stored body when the sentence is there verbatim.
        let (start, end, own_text) = match sentence {
            Some(s) if text.get(s.start..s.end) == Some(e.text.as_str()) => (Some(s.start as i64), Some(s.end as i64), None),
            _ => (None, None, Some(e.text.as_str())),
        };
        let date = e.date.map(to_int);
        let key = (e.source.as_str(), e.target.as_str(), e.code.as_str());
        let existing = match e.date {
            Some(d) => find_cluster(conn, e, d, window)?,
            // Undated reports cannot be matched across articles; within one
            // article they are the same event.
            None => undated.get(&key).copied(),
        };
        let mention = |stmt: &mut rusqlite::CachedStatement, event_id: i64| {
            stmt.execute(params![
                event_id,
                document_id,
                e.sentence as i64,
                start,
                end,
                own_text,
                date,
                e.source_text,
                e.target_text,
                is_root as i64
            ])
        };
        match existing {
            Some(id) => {
                // One sentence coded twice the same way is one report.
                if mention(&mut insert_mention, id)? > 0 {
                    let first_from_this_doc = touched.insert(id);
                    let new_source = first_from_this_doc && !source_seen.exists(params![id, source, document_id])?;
                    update_event.execute(params![id, first_from_this_doc as i64, new_source as i64, is_root as i64])?;
                }
            }
            None => {
                insert_event.execute(params![
                    date,
                    e.source,
                    e.target,
                    e.code,
                    e.root_code,
                    e.quad_class,
                    e.goldstein,
                    e.plover,
                    is_root as i64,
                    document_id,
                    e.sentence as i64,
                    now
                ])?;
                let id = conn.last_insert_rowid();
                touched.insert(id);
                if date.is_none() {
                    undated.insert(key, id);
                }
                new_events += 1;
                mention(&mut insert_mention, id)?;
            }
        }
        tally.add(&e.source, &e.source_text, true, date);
        tally.add(&e.target, &e.target_text, false, date);
    }
    Ok(Inserted::Stored { mentions: events.len(), new_events })
}
