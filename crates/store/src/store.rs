//! Opening the database and writing documents with their events.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::time::Duration;

use demarche_code::Event;
use demarche_doc::Document;
use rusqlite::{params, Connection, OpenFlags, OptionalExtension, TransactionBehavior};

use crate::error::{AtPath, Result, StoreError};
use crate::fingerprint::{content_hash, source_name};
use crate::frontier::{Cached, Frontier, FxMap, Slot, Sym};
use crate::ids::{day_number, UNDATED_DAY};
use crate::period::to_int;
use crate::write_statement::{InsertRows, WriteStatement};
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

/// How a connection writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Mode {
    /// WAL, synced commits, readers alongside: every database a user opens.
    Shared,
    /// No journal, no syncs, an exclusive lock: only the private file a
    /// bulk load builds before renaming it into place.
    Bulk,
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

/// How much is stored.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub documents: u64,
    /// Events after deduplication.
    pub events: u64,
    /// Reports (coded sentences) of those events.
    pub mentions: u64,
}

/// An open event database (one SQLite file in WAL mode).
pub struct Store {
    pub(crate) conn: Connection,
    pub(crate) path: PathBuf,
    window_days: u32,
    /// Recent events in memory, for deduplication at insert.
    frontier: Frontier,
    /// Set while a bulk load runs without the `documents` unique keys.
    document_keys: Option<DocumentKeys>,
}

/// The URLs and content fingerprints a bulk load has stored: its
/// `documents` table has no unique keys until the load is complete.
#[derive(Default)]
struct DocumentKeys {
    urls: HashSet<String>,
    hashes: HashSet<[u8; 16]>,
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
        Store::open_mode(path.as_ref(), options, Mode::Shared)
    }

    /// Opens `path` for everyday use ([`Mode::Shared`]) or as the private
    /// file of a bulk load ([`Mode::Bulk`]).
    pub(crate) fn open_mode(path: &Path, options: &OpenOptions, mode: Mode) -> Result<Store> {
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

        if version == 0 && application_id == 0 {
            // A new file: 16 KiB pages (SQLite's default is 4 KiB). Each
            // document body (a few kB) then shares its page with others,
            // b-trees are shallower and a commit writes a quarter as many
            // WAL frames; measured ~15 % fewer CPU seconds per event in
            // `bench store`. Only possible before the first table (and
            // before WAL mode); existing files keep their page size.
            conn.pragma_update(None, "page_size", NEW_PAGE_SIZE).at(path)?;
        }
        if let Some(pages) = options.max_pages {
            conn.pragma_update(None, "max_page_count", pages).at(path)?;
        }
        if mode == Mode::Bulk {
            // A file no one else sees until it is complete (crate::bulk):
            // no journal, no syncs, one lock for the whole load, and a
            // helper thread for the sorts that build the indexes.
            conn.execute_batch("PRAGMA locking_mode = EXCLUSIVE; PRAGMA threads = 2;").at(path)?;
            let journal: String = conn.pragma_update_and_check(None, "journal_mode", "OFF", |r| r.get(0)).at(path)?;
            if !journal.eq_ignore_ascii_case("off") {
                return Err(unwritable(&format!("cannot switch the journal off for a bulk load (journal mode is {journal})")));
            }
        } else {
            let journal: String = conn.pragma_update_and_check(None, "journal_mode", "WAL", |r| r.get(0)).at(path)?;
            if !journal.eq_ignore_ascii_case("wal") {
                return Err(unwritable(&format!("cannot switch to WAL mode (journal mode is {journal})")));
            }
        }
        let page_size: i64 = conn.query_row("PRAGMA page_size", [], |r| r.get(0)).at(path)?;
        conn.execute_batch(&format!(
            // Foreign keys stay declared but unenforced: every write is a
            // transaction of whole documents, and `check` verifies the links.
            // Checkpoints (the only fsyncs in WAL mode with synchronous =
            // NORMAL) every 64 MiB of log rather than SQLite's 4 MiB; reads
            // through a memory map rather than a system call per page.
            "PRAGMA synchronous = NORMAL; PRAGMA temp_store = MEMORY; PRAGMA foreign_keys = OFF; PRAGMA cache_size = -{};
             PRAGMA wal_autocheckpoint = {}; PRAGMA journal_size_limit = {WAL_CHECKPOINT_BYTES};
             PRAGMA mmap_size = 2147418112;",
            options.cache_mib.max(2) * 1024,
            WAL_CHECKPOINT_BYTES / page_size.max(512)
        ))
        .at(path)?;
        if mode == Mode::Bulk {
            conn.execute_batch("PRAGMA synchronous = OFF").at(path)?;
        }
        schema::migrate(&mut conn, LATEST_VERSION).at(path)?;
        if mode == Mode::Shared {
            // After a bulk load that did not finish (`defer_indexes`).
            schema::ensure_indexes(&conn).at(path)?;
        }

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
        Ok(Store { conn, path: path.to_path_buf(), window_days, frontier: Frontier::default(), document_keys: None })
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
        self.frontier.clear();
        self.frontier.data_version = None;
        Ok(())
    }

    /// For bulk loads: drops the events table's secondary indexes, so
    /// inserts maintain only the tables; [`Store::build_indexes`] then
    /// builds each by one sort, cheaper than growing it row by row. If the
    /// load is interrupted, the next open builds them. Queries meanwhile
    /// are correct but scan.
    pub fn defer_indexes(&mut self) -> Result<()> {
        for (name, _) in schema::EVENT_INDEXES {
            self.conn.execute_batch(&format!("DROP INDEX IF EXISTS {name}")).at(&self.path)?;
        }
        Ok(())
    }

    /// For a bulk load of a new file (crate::bulk): drops the `documents`
    /// unique keys, which `BulkLoad::finish` builds by one sort each, and
    /// checks documents against the load's own URLs and fingerprints
    /// meanwhile. Never for a file anyone else may write or read.
    pub(crate) fn defer_document_keys(&mut self) -> Result<()> {
        for (name, _) in schema::DOCUMENT_KEYS {
            self.conn.execute_batch(&format!("DROP INDEX IF EXISTS {name}")).at(&self.path)?;
        }
        self.document_keys = Some(DocumentKeys::default());
        Ok(())
    }

    /// Builds the secondary indexes a bulk load deferred (and any missing).
    pub fn build_indexes(&mut self) -> Result<()> {
        schema::ensure_indexes(&self.conn).at(&self.path)
    }

    /// Moves the write-ahead log into the database file and truncates it
    /// (so the file size is the database size).
    pub fn checkpoint(&self) -> Result<()> {
        self.conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(())).at(&self.path)
    }

    /// Row counts.
    pub fn counts(&self) -> Result<Counts> {
        // One statement is one read snapshot: the three counts agree even
        // while an ingest commits documents.
        let (documents, events, mentions) = self
            .conn
            .query_row(
                "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM event_rows), (SELECT count(*) FROM mentions)",
                [],
                |r| Ok((r.get::<_, i64>(0)? as u64, r.get::<_, i64>(1)? as u64, r.get::<_, i64>(2)? as u64)),
            )
            .at(&self.path)?;
        Ok(Counts { documents, events, mentions: events + mentions })
    }

    /// URLs and content hashes of every stored document, so ingest can skip
    /// known documents before spending time coding them.
    pub fn known_documents(&self) -> Result<(HashSet<String>, HashSet<[u8; 16]>)> {
        let mut urls = HashSet::new();
        let mut hashes = HashSet::new();
        let mut stmt = self.conn.prepare("SELECT url, content_hash FROM documents").at(&self.path)?;
        let mut rows = stmt.query([]).at(&self.path)?;
        while let Some(row) = rows.next().at(&self.path)? {
            if let Some(url) = row.get::<_, Option<String>>(0).at(&self.path)? {
                urls.insert(url);
            }
            // A 16-byte blob since version 6; anything else matches no body.
            if let Ok(hash) = <[u8; 16]>::try_from(row.get::<_, Vec<u8>>(1).at(&self.path)?.as_slice()) {
                hashes.insert(hash);
            }
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
    ///
    /// Reports are clustered in memory against the [`Frontier`] and every
    /// row is written once, at the end, in id order. Larger batches write
    /// faster: each b-tree page an index touches is written once per
    /// transaction however many rows it receives.
    pub fn insert_documents<D, E>(&mut self, batch: &[(D, E)]) -> Result<Vec<Inserted>>
    where
        D: std::borrow::Borrow<Document>,
        E: AsRef<[Event]>,
    {
        let Store { conn, path, window_days, frontier, document_keys } = self;
        let now = unix_now();
        let result = (|| -> rusqlite::Result<Vec<Inserted>> {
            let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
            // Another connection's commit may have stored events we have not seen.
            let version: i64 = tx.query_row("PRAGMA data_version", [], |r| r.get(0))?;
            if frontier.data_version != Some(version) {
                frontier.clear();
                frontier.data_version = Some(version);
            }
            let mut out = Vec::with_capacity(batch.len());
            let mut pending = Pending::default();
            let mut insert_document = WriteStatement::new(&tx, INSERT_DOCUMENT_SQL)?;
            for (doc, events) in batch {
                let (doc, events) = (doc.borrow(), events.as_ref());
                let keys = document_keys.as_mut();
                out.push(insert_one(&tx, &mut insert_document, frontier, keys, *window_days, doc, events, now, &mut pending)?);
            }
            drop(insert_document);
            pending.write(&tx, now)?;
            tx.commit()?;
            Ok(out)
        })();
        match result {
            Ok(out) => {
                frontier.trim();
                Ok(out)
            }
            Err(e) => {
                // The rollback took this transaction's events with it.
                frontier.clear();
                frontier.data_version = None;
                Err(e).at(path)
            }
        }
    }

    /// Checks the database: SQLite's own integrity check, then that every
    /// event's counts agree with its reports, that ids match dates, and that
    /// no report is orphaned or stored twice. Returns the problems found
    /// (empty when consistent).
    pub fn check(&self) -> Result<Vec<String>> {
        let mut problems = Vec::new();
        let mut stmt = self.conn.prepare("PRAGMA integrity_check").at(&self.path)?;
        let rows: Vec<String> = stmt.query_map([], |r| r.get(0)).at(&self.path)?.collect::<rusqlite::Result<_>>().at(&self.path)?;
        problems.extend(rows.into_iter().filter(|r| r != "ok"));
        let checks = [
            (
                "events whose mention, article or source counts disagree with their reports",
                "SELECT count(*) FROM events e
                 WHERE e.mentions <> 1 + (SELECT count(*) FROM mentions m WHERE m.event_id = e.id)
                    OR e.articles <> (SELECT count(DISTINCT document_id) FROM (
                           SELECT e.first_document AS document_id
                           UNION ALL SELECT m.document_id FROM mentions m WHERE m.event_id = e.id))
                    OR e.sources <> (SELECT count(DISTINCT d.source_name) FROM documents d
                           WHERE d.id = e.first_document
                              OR d.id IN (SELECT m.document_id FROM mentions m WHERE m.event_id = e.id))",
            ),
            (
                "reports of missing events or documents",
                "SELECT (SELECT count(*) FROM mentions m WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.id = m.event_id)
                           OR NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = m.document_id))
                      + (SELECT count(*) FROM events e WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = e.first_document))",
            ),
            (
                "dyad-month counts that disagree with the events",
                "WITH counted AS (
                     SELECT date / 100 AS month, substr(source, 1, 3) AS source, substr(target, 1, 3) AS target, quad_class,
                            count(*) AS events, sum(goldstein) AS goldstein
                     FROM events WHERE date IS NOT NULL GROUP BY 1, 2, 3, 4)
                 SELECT (SELECT count(*) FROM counted c LEFT JOIN dyad_months d USING (month, source, target, quad_class)
                         WHERE d.events IS NOT c.events OR abs(d.goldstein - c.goldstein) > 1e-6)
                      + abs((SELECT count(*) FROM counted) - (SELECT count(*) FROM dyad_months))",
            ),
            (
                "first reports stored twice",
                "SELECT count(*) FROM mentions m JOIN events e ON e.id = m.event_id
                 WHERE m.document_id = e.first_document AND m.sentence = e.first_sentence",
            ),
        ];
        for (what, sql) in checks {
            let n: i64 = self.conn.query_row(sql, [], |r| r.get(0)).at(&self.path)?;
            if n > 0 {
                problems.push(format!("{n} {what}"));
            }
        }
        let mut misplaced = 0;
        let mut stmt = self.conn.prepare("SELECT id, date FROM events").at(&self.path)?;
        let mut rows = stmt.query([]).at(&self.path)?;
        while let Some(r) = rows.next().at(&self.path)? {
            let (id, date): (i64, Option<i64>) = (r.get(0).at(&self.path)?, r.get(1).at(&self.path)?);
            let day = date.and_then(crate::period::from_int).map_or(UNDATED_DAY, day_number);
            if crate::ids::id_day(id) != day {
                misplaced += 1;
            }
        }
        if misplaced > 0 {
            problems.push(format!("{misplaced} events whose id is not of their date"));
        }
        Ok(problems)
    }
}

/// A new event, its first report included, through the `events` view.
pub(crate) const INSERT_EVENT_SQL: &str = "INSERT INTO events (id, date, source, target, code, root_code, quad_class, goldstein, plover,
        mentions, articles, sources, is_root, added, first_document, first_sentence,
        first_start, first_end, first_text, source_text, target_text, first_root)
    VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22)";

/// A new document; nothing when its URL or content is stored already.
const INSERT_DOCUMENT_SQL: &str = "INSERT INTO documents (doc_id, url, outlet, title, date, content_hash, origin, text, added, source_name)
    VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) ON CONFLICT DO NOTHING";

/// Adds new events to a `dyad_month_rows` row (after its `VALUES` rows).
const UPSERT_DYAD_MONTH_TAIL: &str =
    "ON CONFLICT DO UPDATE SET events = events + excluded.events, goldstein = goldstein + excluded.goldstein";

/// New event rows (integer keys), their first reports included (before the `VALUES` rows).
const INSERT_EVENT_ROW_SQL: &str = "INSERT INTO event_rows (id, date, source_id, target_id, code_id,
        mentions, articles, sources, is_root, added, first_document, first_sentence,
        first_start, first_end, first_text, source_text, target_text, first_root) VALUES";

/// Further reports of events (before the `VALUES` rows).
const INSERT_MENTION_ROWS_SQL: &str =
    "INSERT INTO mentions (event_id, document_id, sentence, start, end, text, date, source_text, target_text, is_root) VALUES";

/// A further report of an event.
pub(crate) const INSERT_MENTION_SQL: &str = "INSERT INTO mentions (event_id, document_id, sentence, start, end, text, date, source_text, target_text, is_root)
    VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)";

/// Page size of new database files, bytes.
const NEW_PAGE_SIZE: i64 = 16384;

/// WAL size at which a commit checkpoints (whatever the page size).
const WAL_CHECKPOINT_BYTES: i64 = 64 << 20;

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

/// One report as stored: in its event's row (the first) or in `mentions`.
struct Report<'a> {
    document: i64,
    sentence: i64,
    start: Option<i64>,
    end: Option<i64>,
    /// The sentence, when it is not in the stored body verbatim.
    text: Option<&'a str>,
    date: Option<i64>,
    source_text: &'a str,
    target_text: &'a str,
    is_root: bool,
}

/// An event created in this transaction, written once at its end.
struct NewEvent<'a> {
    id: i64,
    /// Ids of its source, target (`actor_codes`) and code (`event_codes`).
    source_id: i64,
    target_id: i64,
    code_id: i64,
    first: Report<'a>,
    mentions: i64,
    articles: i64,
    sources: i64,
    is_root: bool,
}

/// What further reports add to an event stored by an earlier transaction.
#[derive(Default)]
struct Delta {
    mentions: i64,
    articles: i64,
    sources: i64,
    is_root: bool,
}

/// New dated events of one `dyad_month_rows` key ([`schema::dyad_key`]):
/// how many, their summed Goldstein.
type DyadTally = (i64, f64);

/// The rows a transaction writes, gathered while clustering in memory.
/// Events find their pending row through their [`Slot`] in the frontier.
#[derive(Default)]
struct Pending<'a> {
    new_events: Vec<NewEvent<'a>>,
    updates: Vec<(i64, Delta)>,
    /// Further reports: (event id, report).
    mentions: Vec<(i64, Report<'a>)>,
    tally: ActorTally<'a>,
    dyad_months: FxMap<i64, DyadTally>,
}

impl<'a> Pending<'a> {
    fn create(&mut self, cached: &mut Cached, id: i64, ids: (i64, i64, i64), first: Report<'a>) {
        cached.pending = Slot::New(self.new_events.len() as u32);
        let is_root = first.is_root;
        let (source_id, target_id, code_id) = ids;
        self.new_events.push(NewEvent { id, source_id, target_id, code_id, first, mentions: 1, articles: 1, sources: 1, is_root });
    }

    /// A further report of event `id`, from a document it was (`new_article`)
    /// or was not yet reported in, by an outlet new to it or not.
    fn join(&mut self, cached: &mut Cached, id: i64, report: Report<'a>, new_article: bool, new_source: bool) {
        let is_root = report.is_root;
        let (mentions, articles, sources, root) = match cached.pending {
            Slot::New(i) => {
                let e = &mut self.new_events[i as usize];
                (&mut e.mentions, &mut e.articles, &mut e.sources, &mut e.is_root)
            }
            Slot::Update(i) => {
                let d = &mut self.updates[i as usize].1;
                (&mut d.mentions, &mut d.articles, &mut d.sources, &mut d.is_root)
            }
            Slot::None => {
                cached.pending = Slot::Update(self.updates.len() as u32);
                self.updates.push((id, Delta::default()));
                let d = &mut self.updates.last_mut().expect("just pushed").1;
                (&mut d.mentions, &mut d.articles, &mut d.sources, &mut d.is_root)
            }
        };
        *mentions += 1;
        *articles += new_article as i64;
        *sources += new_source as i64;
        *root |= is_root;
        self.mentions.push((id, report));
    }

    /// Writes everything in key order, so each b-tree is written front to back.
    fn write(&mut self, conn: &Connection, now: i64) -> rusqlite::Result<()> {
        self.write_new_events(conn, now)?;
        self.write_updates(conn)?;
        self.write_mentions(conn)?;
        self.write_dyad_months(conn)?;
        self.tally.write(conn)
    }

    // The writers of each table stay separate functions (not inlined), so a
    // profile shows what each table costs.
    #[inline(never)]
    fn write_new_events(&mut self, conn: &Connection, now: i64) -> rusqlite::Result<()> {
        self.new_events.sort_unstable_by_key(|e| e.id);
        let mut insert = InsertRows::new(conn, INSERT_EVENT_ROW_SQL, 18, "");
        for n in &self.new_events {
            let f = &n.first;
            insert.push(&[
                n.id.into(),
                f.date.into(),
                n.source_id.into(),
                n.target_id.into(),
                n.code_id.into(),
                n.mentions.into(),
                n.articles.into(),
                n.sources.into(),
                n.is_root.into(),
                now.into(),
                f.document.into(),
                f.sentence.into(),
                f.start.into(),
                f.end.into(),
                f.text.into(),
                f.source_text.into(),
                f.target_text.into(),
                f.is_root.into(),
            ])?;
        }
        insert.finish()
    }

    #[inline(never)]
    fn write_updates(&mut self, conn: &Connection) -> rusqlite::Result<()> {
        self.updates.sort_unstable_by_key(|u| u.0);
        let mut update = WriteStatement::new(
            conn,
            "UPDATE event_rows SET mentions = mentions + ?2, articles = articles + ?3, sources = sources + ?4,
                               is_root = max(is_root, ?5)
             WHERE id = ?1",
        )?;
        for (id, d) in &self.updates {
            update.run(&[(*id).into(), d.mentions.into(), d.articles.into(), d.sources.into(), d.is_root.into()])?;
        }
        Ok(())
    }

    #[inline(never)]
    fn write_mentions(&mut self, conn: &Connection) -> rusqlite::Result<()> {
        self.mentions.sort_unstable_by_key(|(id, r)| (*id, r.document, r.sentence));
        let mut mention = InsertRows::new(conn, INSERT_MENTION_ROWS_SQL, 10, "");
        for (id, r) in &self.mentions {
            mention.push(&[
                (*id).into(),
                r.document.into(),
                r.sentence.into(),
                r.start.into(),
                r.end.into(),
                r.text.into(),
                r.date.into(),
                r.source_text.into(),
                r.target_text.into(),
                r.is_root.into(),
            ])?;
        }
        mention.finish()
    }

    #[inline(never)]
    fn write_dyad_months(&mut self, conn: &Connection) -> rusqlite::Result<()> {
        // Key order: each upsert is one integer seek near the previous one.
        let mut rows: Vec<_> = self.dyad_months.iter().collect();
        rows.sort_unstable_by_key(|(key, _)| **key);
        let mut upsert = InsertRows::new(conn, "INSERT INTO dyad_month_rows (key, events, goldstein) VALUES", 3, UPSERT_DYAD_MONTH_TAIL);
        for (&key, &(n, goldstein)) in rows {
            upsert.push(&[key.into(), n.into(), goldstein.into()])?;
        }
        upsert.finish()
    }
}

/// Mentions as source, as target, first and last date of one actor.
type ActorCounts = (i64, i64, Option<i64>, Option<i64>);

/// Tallies of the actors seen (by interned code and name), written once per
/// transaction.
#[derive(Default)]
struct ActorTally<'a> {
    actors: FxMap<Sym, (&'a str, ActorCounts)>,
    names: FxMap<(Sym, Sym), (&'a str, &'a str, i64)>,
}

impl<'a> ActorTally<'a> {
    fn add(&mut self, code: (Sym, &'a str), name: (Sym, &'a str), as_source: bool, date: Option<i64>) {
        if code.1.is_empty() {
            return;
        }
        let (_, entry) = self.actors.entry(code.0).or_insert((code.1, (0, 0, None, None)));
        if as_source {
            entry.0 += 1;
        } else {
            entry.1 += 1;
        }
        if let Some(d) = date {
            entry.2 = Some(entry.2.map_or(d, |x| x.min(d)));
            entry.3 = Some(entry.3.map_or(d, |x| x.max(d)));
        }
        if !name.1.is_empty() {
            self.names.entry((code.0, name.0)).or_insert((code.1, name.1, 0)).2 += 1;
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
        for (code, (s, t, first, last)) in self.actors.values() {
            upsert.execute(params![code, s, t, first, last])?;
        }
        let mut name = conn.prepare_cached(
            "INSERT INTO actor_names (code, name, mentions) VALUES (?1, ?2, ?3)
             ON CONFLICT(code, name) DO UPDATE SET mentions = mentions + excluded.mentions",
        )?;
        for (code, n, count) in self.names.values() {
            name.execute(params![code, n, count])?;
        }
        Ok(())
    }
}

/// The first three letters of an actor code (its country or
/// organisation kind), as SQL's `substr(code, 1, 3)` has them.
fn country_level(code: &str) -> &str {
    code.char_indices().nth(3).map_or(code, |(i, _)| &code[..i])
}

/// An error for a value the schema cannot hold.
fn unfit(message: String) -> rusqlite::Error {
    rusqlite::Error::SqliteFailure(rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_CONSTRAINT), Some(message))
}

/// The `actor_codes` id of `code` (interned as `symbol`), added if new.
fn actor_id(conn: &Connection, frontier: &mut Frontier, symbol: Sym, code: &str) -> rusqlite::Result<i64> {
    let known = frontier.actor_ids.get(symbol as usize).copied().unwrap_or(0);
    if known != 0 {
        return Ok(known);
    }
    conn.prepare_cached("INSERT INTO actor_codes (code) VALUES (?1) ON CONFLICT DO NOTHING")?.execute([code])?;
    let id: i64 = conn.prepare_cached("SELECT id FROM actor_codes WHERE code = ?1")?.query_row([code], |r| r.get(0))?;
    if id >= 1 << schema::ACTOR_ID_BITS {
        return Err(schema::too_many_actor_codes());
    }
    remember_id(&mut frontier.actor_ids, symbol, id);
    Ok(id)
}

/// The `actor_codes` id of the country-level code of `code` (interned as
/// `symbol`), added if new.
fn country_id(conn: &Connection, frontier: &mut Frontier, symbol: Sym, code: &str) -> rusqlite::Result<i64> {
    let known = frontier.country_ids.get(symbol as usize).copied().unwrap_or(0);
    if known != 0 {
        return Ok(known);
    }
    let country = country_level(code);
    let country_symbol = frontier.symbol(country);
    let id = actor_id(conn, frontier, country_symbol, country)?;
    remember_id(&mut frontier.country_ids, symbol, id);
    Ok(id)
}

/// Caches `id` for `symbol` in `ids`, indexed by symbol (0: not known yet).
fn remember_id(ids: &mut Vec<i64>, symbol: Sym, id: i64) {
    if ids.len() <= symbol as usize {
        ids.resize(symbol as usize + 1, 0);
    }
    ids[symbol as usize] = id;
}

/// The `event_codes` id of `e`'s code with its attributes (the code
/// interned as `code`), added if new.
fn event_code_id(conn: &Connection, frontier: &mut Frontier, code: Sym, e: &Event) -> rusqlite::Result<i64> {
    let key = (code, e.quad_class, e.goldstein.to_bits());
    let known = frontier.event_code_ids.get(&key).and_then(|ids| ids.iter().find(|(root, plover, _)| *root == e.root_code && *plover == e.plover));
    if let Some(&(_, _, id)) = known {
        return Ok(id);
    }
    let values = params![e.code, e.root_code, e.quad_class as i64, e.goldstein as f64, e.plover];
    conn.prepare_cached(
        "INSERT INTO event_codes (code, root_code, quad_class, goldstein, plover) VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT DO NOTHING",
    )?
    .execute(values)?;
    let id: i64 = conn
        .prepare_cached(
            "SELECT id FROM event_codes WHERE code = ?1 AND root_code = ?2 AND quad_class = ?3 AND goldstein = ?4 AND plover = ?5",
        )?
        .query_row(values, |r| r.get(0))?;
    frontier.event_code_ids.entry(key).or_default().push((e.root_code.clone(), e.plover.clone(), id));
    Ok(id)
}

/// Stores one document and clusters its reports (the rows are written by
/// [`Pending::write`]).
#[allow(clippy::too_many_arguments)]
fn insert_one<'a>(
    conn: &Connection,
    insert_document: &mut WriteStatement,
    frontier: &mut Frontier,
    document_keys: Option<&mut DocumentKeys>,
    window: u32,
    doc: &Document,
    events: &'a [Event],
    now: i64,
    pending: &mut Pending<'a>,
) -> rusqlite::Result<Inserted> {
    let text = document_text(doc);
    let hash = content_hash(&text);
    let source = source_name(doc.outlet.as_deref(), doc.url.as_deref());
    if let Some(keys) = document_keys {
        // A bulk load's table has no unique keys yet: its own documents decide.
        if doc.url.as_ref().is_some_and(|u| keys.urls.contains(u)) || !keys.hashes.insert(hash) {
            return Ok(Inserted::Duplicate);
        }
        if let Some(url) = &doc.url {
            keys.urls.insert(url.clone());
        }
    }
    // The unique URL and content keys decide: a known document adds no row.
    let added = insert_document.run(&[
        doc.id.as_str().into(),
        doc.url.as_deref().into(),
        doc.outlet.as_deref().into(),
        doc.title.as_deref().into(),
        doc.date.map(to_int).into(),
        hash.as_slice().into(),
        doc.origin.as_deref().into(),
        text.as_str().into(),
        now.into(),
        source.as_str().into(),
    ])?;
    if added == 0 {
        return Ok(Inserted::Duplicate);
    }
    let document = conn.last_insert_rowid();
    let outlet = frontier.symbol(&source);

    // The lead paragraph is the one the body's first sentence is in.
    let lead = doc.sentences.first().map(|s| s.paragraph);
    // Events this document already counts as an article for, and the
    // (event, sentence) reports it made: one sentence coded twice the same
    // way is one report.
    // (A handful per document: vectors beat hash sets.)
    let mut touched: Vec<i64> = Vec::new();
    let mut reported: Vec<(i64, usize)> = Vec::new();
    let mut undated: Vec<((Sym, Sym, Sym), i64)> = Vec::new();
    let mut new_events = 0;
    let window = window as i64;

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
        let key = (frontier.symbol(&e.source), frontier.symbol(&e.target), frontier.symbol(&e.code));
        let existing = match e.date {
            Some(d) => {
                let day = day_number(d);
                let (lo, hi) = ((day - window).max(1), (day + window).min(UNDATED_DAY - 1));
                frontier.cover(conn, lo, hi)?;
                frontier.nearest(key, day, lo, hi)
            }
            // Undated reports cannot be matched across articles; within one
            // article they are the same event.
            None => undated.iter().find(|(k, _)| *k == key).map(|(_, id)| *id),
        };
        let report = Report {
            document,
            sentence: e.sentence as i64,
            start,
            end,
            text: own_text,
            date,
            source_text: &e.source_text,
            target_text: &e.target_text,
            is_root,
        };
        match existing {
            Some(id) => {
                if !reported.contains(&(id, e.sentence)) {
                    reported.push((id, e.sentence));
                    let new_article = !touched.contains(&id);
                    if new_article {
                        touched.push(id);
                    }
                    let cached = frontier.event(id);
                    let new_source = new_article && cached.add_outlet(outlet);
                    pending.join(cached, id, report, new_article, new_source);
                }
            }
            None => {
                let id = frontier.allocate(conn, e.date.map_or(UNDATED_DAY, day_number))?;
                frontier.add(key, id, outlet);
                touched.push(id);
                reported.push((id, e.sentence));
                if date.is_none() {
                    undated.push((key, id));
                }
                let ids = (actor_id(conn, frontier, key.0, &e.source)?, actor_id(conn, frontier, key.1, &e.target)?, event_code_id(conn, frontier, key.2, e)?);
                pending.create(frontier.event(id), id, ids, report);
                if let Some(d) = date {
                    let source = country_id(conn, frontier, key.0, &e.source)?;
                    let target = country_id(conn, frontier, key.1, &e.target)?;
                    let key = schema::dyad_key(d / 100, source, target, e.quad_class as i64).ok_or_else(|| {
                        unfit(format!("an event dated {d} cannot be counted by dyad and month (a year outside 0-10922 or over 2^19 actor codes)"))
                    })?;
                    let tally = pending.dyad_months.entry(key).or_insert((0, 0.0));
                    tally.0 += 1;
                    tally.1 += e.goldstein as f64;
                }
                new_events += 1;
            }
        }
        let (source_name, target_name) = (frontier.symbol(&e.source_text), frontier.symbol(&e.target_text));
        pending.tally.add((key.0, &e.source), (source_name, &e.source_text), true, date);
        pending.tally.add((key.1, &e.target), (target_name, &e.target_text), false, date);
    }
    Ok(Inserted::Stored { mentions: events.len(), new_events })
}
