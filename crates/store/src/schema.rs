//! The database schema and its migrations.
//!
//! The schema version lives in SQLite's `user_version`; `application_id`
//! marks the file as demarche's. Migration *n* brings a database from
//! version *n − 1* to *n*, each in its own transaction, so an interrupted
//! upgrade leaves the previous version intact. Never edit a released
//! migration: add a new one.
//!
//! Dates are stored as GDELT-style integers `YYYYMMDD` (compact, sortable,
//! readable in plain SQL); a null date means the coder knew none.

use std::collections::HashMap;

use rusqlite::{params, Connection, Transaction};

use crate::fingerprint::{content_hash, source_name};
use crate::ids::{day_number, event_id, UNDATED_DAY};
use crate::period::from_int;

/// `DMRC`: identifies demarche databases (`PRAGMA application_id`).
pub const APPLICATION_ID: i32 = 0x444D_5243;

/// The version this build writes.
pub const LATEST_VERSION: i32 = MIGRATIONS.len() as i32;

type Migration = fn(&Transaction) -> rusqlite::Result<()>;

/// In order: `MIGRATIONS[i]` upgrades version `i` to `i + 1`.
pub const MIGRATIONS: &[Migration] =
    &[v1_core, v2_sources_and_actors, v3_date_clustered_events, v4_month_major_actor_indexes, v5_integer_keys, v6_word_fingerprints, v7_document_keys];

/// Version 1: documents, deduplicated events and their mentions (evidence).
fn v1_core(tx: &Transaction) -> rusqlite::Result<()> {
    tx.execute_batch(
        "
        CREATE TABLE settings (
            key   TEXT PRIMARY KEY,
            value TEXT NOT NULL
        ) WITHOUT ROWID;

        CREATE TABLE documents (
            id           INTEGER PRIMARY KEY,
            doc_id       TEXT NOT NULL,          -- Document.id (file stem, JSONL id)
            url          TEXT UNIQUE,
            outlet       TEXT,
            title        TEXT,
            date         INTEGER,                -- YYYYMMDD
            content_hash TEXT NOT NULL UNIQUE,   -- fingerprint of the normalized body
            origin       TEXT,                   -- the file it was read from
            text         TEXT NOT NULL,          -- the body; mentions point into it
            added        INTEGER NOT NULL        -- unix seconds
        );

        -- One row per real-world event: reports of the same source, target
        -- and code within the window share a row (see crate docs).
        CREATE TABLE events (
            id         INTEGER PRIMARY KEY,
            date       INTEGER,                  -- YYYYMMDD of the first report
            source     TEXT NOT NULL,
            target     TEXT NOT NULL,
            code       TEXT NOT NULL,
            root_code  TEXT NOT NULL,
            quad_class INTEGER NOT NULL,
            goldstein  REAL NOT NULL,
            plover     TEXT NOT NULL,
            mentions   INTEGER NOT NULL,         -- evidence sentences
            articles   INTEGER NOT NULL,         -- distinct documents
            is_root    INTEGER NOT NULL,         -- 1 if any report is in a lead paragraph
            first_document INTEGER NOT NULL,     -- the first report (a mention's key)
            first_sentence INTEGER NOT NULL,
            added      INTEGER NOT NULL
        );
        CREATE INDEX events_key ON events(source, target, code, date);
        CREATE INDEX events_source ON events(source, date);
        CREATE INDEX events_target ON events(target, date);

        -- One row per coded sentence (the coder's Event record), stored
        -- with the other reports of its event.
        CREATE TABLE mentions (
            event_id    INTEGER NOT NULL REFERENCES events(id),
            document_id INTEGER NOT NULL REFERENCES documents(id),
            sentence    INTEGER NOT NULL,
            start       INTEGER,                 -- byte range of the sentence in documents.text,
            end         INTEGER,                 -- when it is there verbatim
            text        TEXT,                    -- else the sentence itself
            date        INTEGER,                 -- the date this report gave
            source_text TEXT NOT NULL,
            target_text TEXT NOT NULL,
            is_root     INTEGER NOT NULL,
            PRIMARY KEY (event_id, document_id, sentence)
        ) WITHOUT ROWID;
        ",
    )
}

/// Version 2: distinct sources per event (outlet, else URL host) and the
/// actors seen, with the names they were read from.
fn v2_sources_and_actors(tx: &Transaction) -> rusqlite::Result<()> {
    tx.execute_batch(
        "
        ALTER TABLE documents ADD COLUMN source_name TEXT NOT NULL DEFAULT '';
        ALTER TABLE events ADD COLUMN sources INTEGER NOT NULL DEFAULT 1;

        CREATE TABLE actors (
            code       TEXT PRIMARY KEY,
            as_source  INTEGER NOT NULL,         -- mentions with the actor as source
            as_target  INTEGER NOT NULL,
            first_date INTEGER,
            last_date  INTEGER
        ) WITHOUT ROWID;

        CREATE TABLE actor_names (
            code     TEXT NOT NULL,
            name     TEXT NOT NULL,
            mentions INTEGER NOT NULL,
            PRIMARY KEY (code, name)
        ) WITHOUT ROWID;
        ",
    )?;
    // Backfill from what version 1 stored.
    let docs: Vec<(i64, Option<String>, Option<String>)> = tx
        .prepare("SELECT id, outlet, url FROM documents")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let mut set = tx.prepare("UPDATE documents SET source_name = ?2 WHERE id = ?1")?;
    for (id, outlet, url) in docs {
        set.execute(params![id, source_name(outlet.as_deref(), url.as_deref())])?;
    }
    tx.execute_batch(
        "
        UPDATE events SET sources = (
            SELECT COUNT(DISTINCT d.source_name) FROM mentions m JOIN documents d ON d.id = m.document_id
            WHERE m.event_id = events.id);

        INSERT INTO actors (code, as_source, as_target, first_date, last_date)
        SELECT code, SUM(s), SUM(t), MIN(date), MAX(date) FROM (
            SELECT e.source AS code, 1 AS s, 0 AS t, m.date AS date FROM mentions m JOIN events e ON e.id = m.event_id
            UNION ALL
            SELECT e.target, 0, 1, m.date FROM mentions m JOIN events e ON e.id = m.event_id WHERE e.target <> ''
        ) GROUP BY code;

        INSERT INTO actor_names (code, name, mentions)
        SELECT code, name, COUNT(*) FROM (
            SELECT e.source AS code, m.source_text AS name FROM mentions m JOIN events e ON e.id = m.event_id
            UNION ALL
            SELECT e.target, m.target_text FROM mentions m JOIN events e ON e.id = m.event_id WHERE e.target <> ''
        ) WHERE name <> '' GROUP BY code, name;
        ",
    )
}

/// The version 3 events table: ids clustered by date ([`crate::ids`]), the
/// first report stored in the event's row (most events have one report).
const EVENTS_V3: &str = "
    CREATE TABLE events_v3 (
        id         INTEGER PRIMARY KEY,          -- day number << 32 | sequence (ids module)
        date       INTEGER,                      -- YYYYMMDD of the first report
        source     TEXT NOT NULL,
        target     TEXT NOT NULL,
        code       TEXT NOT NULL,
        root_code  TEXT NOT NULL,
        quad_class INTEGER NOT NULL,
        goldstein  REAL NOT NULL,
        plover     TEXT NOT NULL,
        mentions   INTEGER NOT NULL,             -- reports (evidence sentences)
        articles   INTEGER NOT NULL,             -- distinct documents
        sources    INTEGER NOT NULL,             -- distinct outlets
        is_root    INTEGER NOT NULL,             -- 1 if any report is in a lead paragraph
        added      INTEGER NOT NULL,             -- unix seconds
        -- The first report; further reports are rows of `mentions`.
        first_document INTEGER NOT NULL REFERENCES documents(id),
        first_sentence INTEGER NOT NULL,
        first_start    INTEGER,                  -- its bytes in documents.text, when there verbatim,
        first_end      INTEGER,
        first_text     TEXT,                     -- else the sentence itself
        source_text    TEXT NOT NULL,
        target_text    TEXT NOT NULL,
        first_root     INTEGER NOT NULL
    );
    CREATE TABLE mentions_v3 (
        event_id    INTEGER NOT NULL REFERENCES events(id),
        document_id INTEGER NOT NULL REFERENCES documents(id),
        sentence    INTEGER NOT NULL,
        start       INTEGER,
        end         INTEGER,
        text        TEXT,
        date        INTEGER,
        source_text TEXT NOT NULL,
        target_text TEXT NOT NULL,
        is_root     INTEGER NOT NULL,
        PRIMARY KEY (event_id, document_id, sentence)
    ) WITHOUT ROWID;
";

/// Version 3: events clustered by date, first reports folded into events,
/// one month-major index. Every insert then touches only the recent end of
/// each b-tree (see the README's benchmark section for why).
fn v3_date_clustered_events(tx: &Transaction) -> rusqlite::Result<()> {
    tx.execute_batch(EVENTS_V3)?;
    // New ids in (date, old id) order; the first mention moves into the row.
    let mut renumbered: HashMap<i64, (i64, i64, i64)> = HashMap::new(); // old id → (new id, first doc, first sentence)
    {
        let mut read = tx.prepare(
            "SELECT e.id, e.date, e.source, e.target, e.code, e.root_code, e.quad_class, e.goldstein, e.plover,
                    e.mentions, e.articles, e.sources, e.is_root, e.added, e.first_document, e.first_sentence,
                    m.start, m.end, m.text, coalesce(m.source_text, ''), coalesce(m.target_text, ''), coalesce(m.is_root, e.is_root)
             FROM events e LEFT JOIN mentions m
               ON m.event_id = e.id AND m.document_id = e.first_document AND m.sentence = e.first_sentence
             ORDER BY e.date IS NULL, e.date, e.id",
        )?;
        let mut write = tx.prepare(&format!("INSERT INTO events_v3 VALUES ({})", placeholders(22)))?;
        let mut next: HashMap<i64, u32> = HashMap::new();
        let mut rows = read.query([])?;
        while let Some(r) = rows.next()? {
            let date: Option<i64> = r.get(1)?;
            let day = date.and_then(from_int).map_or(UNDATED_DAY, day_number);
            let sequence = next.entry(day).or_insert(0);
            let id = event_id(day, *sequence);
            *sequence += 1;
            let mut values: Vec<rusqlite::types::Value> = (0..22).map(|i| r.get(i)).collect::<rusqlite::Result<_>>()?;
            renumbered.insert(r.get(0)?, (id, r.get(14)?, r.get(15)?));
            values[0] = id.into();
            write.execute(rusqlite::params_from_iter(values))?;
        }
    }
    {
        let mut read = tx.prepare("SELECT * FROM mentions ORDER BY event_id, document_id, sentence")?;
        let mut write = tx.prepare(&format!("INSERT INTO mentions_v3 VALUES ({})", placeholders(10)))?;
        let mut rows = read.query([])?;
        while let Some(r) = rows.next()? {
            let mut values: Vec<rusqlite::types::Value> = (0..10).map(|i| r.get(i)).collect::<rusqlite::Result<_>>()?;
            let (old, document, sentence): (i64, i64, i64) = (r.get(0)?, r.get(1)?, r.get(2)?);
            let Some(&(id, first_document, first_sentence)) = renumbered.get(&old) else { continue };
            if (document, sentence) != (first_document, first_sentence) {
                values[0] = id.into();
                write.execute(rusqlite::params_from_iter(values))?;
            }
        }
    }
    tx.execute_batch(
        "
        DROP TABLE mentions;
        DROP TABLE events;
        ALTER TABLE events_v3 RENAME TO events;
        ALTER TABLE mentions_v3 RENAME TO mentions;
        -- Dated events per month, country-level dyad (codes cut to their
        -- first three letters) and QuadClass, kept at insert: a country
        -- dyad's monthly series reads a few of these rows per month, not
        -- its events. Month first, so recent news updates only the end.
        CREATE TABLE dyad_months (
            month      INTEGER NOT NULL,         -- YYYYMM
            source     TEXT NOT NULL,            -- first three letters of the code
            target     TEXT NOT NULL,
            quad_class INTEGER NOT NULL,
            events     INTEGER NOT NULL,
            goldstein  REAL NOT NULL,            -- summed
            PRIMARY KEY (month, source, target, quad_class)
        ) WITHOUT ROWID;
        INSERT INTO dyad_months SELECT date / 100, substr(source, 1, 3), substr(target, 1, 3), quad_class, count(*), sum(goldstein)
            FROM events WHERE date IS NOT NULL GROUP BY 1, 2, 3, 4;
        -- Every report: the first (in its event's row) and the others.
        CREATE VIEW reports AS
            SELECT id AS event_id, first_document AS document_id, first_sentence AS sentence,
                   first_start AS start, first_end AS end, first_text AS text, date,
                   source_text, target_text, first_root AS is_root
            FROM events
            UNION ALL
            SELECT event_id, document_id, sentence, start, end, text, date, source_text, target_text, is_root
            FROM mentions;
        ",
    )?;
    create_missing(tx, V4_EVENT_INDEXES, "INDEX")
}

/// The secondary indexes of the events table (name, definition). A bulk
/// load may drop them and build them once at its end
/// ([`crate::Store::defer_indexes`]); opening a database builds any that
/// are missing, so an interrupted bulk load leaves a complete database.
pub const EVENT_INDEXES: &[(&str, &str)] = &[
    // Month first, so inserts of recent news touch only the index's end;
    // a dyad's series by day or week is one seek per month and code pair,
    // and a source filter one range per month and actor. Version 5 packs
    // month, source and target into one integer ([`MONTH_SOURCE_KEY_SQL`]):
    // the sort that builds the index compares one integer and rarely
    // unpacks a record (with the month alone first, ties were the rule and
    // each cost a record unpack; with text codes, also text comparisons).
    ("events_month", "event_rows(((date / 100) << 38) | (source_id << 19) | target_id, code_id)"),
    // Target filters, month first for the same reason. Actor-major indexes
    // (version 3) took each batch's entries to 2,000 places in the b-tree:
    // ~40 % of the insert CPU in `bench store` (see the README).
    ("events_target_month", "event_rows(((date / 100) << 38) | (target_id << 19) | source_id)"),
];

/// The leading key of `events_month` over `event_rows e`: month (`YYYYMM`),
/// source id, target id ([`month_actor_key`]).
pub const MONTH_SOURCE_KEY_SQL: &str = "(((e.date / 100) << 38) | (e.source_id << 19) | e.target_id)";

/// The key of `events_target_month` over `event_rows e`: month, target id,
/// source id.
pub const MONTH_TARGET_KEY_SQL: &str = "(((e.date / 100) << 38) | (e.target_id << 19) | e.source_id)";

/// Bits of an actor id in the index keys and [`dyad_key`]: actor codes
/// get ids below 2^19.
pub const ACTOR_ID_BITS: u32 = 19;

/// [`MONTH_SOURCE_KEY_SQL`] (or the target one, `a` then `b`) as Rust computes it.
pub fn month_actor_key(month: i64, a: i64, b: i64) -> i64 {
    (month << (2 * ACTOR_ID_BITS)) | (a << ACTOR_ID_BITS) | b
}

/// The keys of month `month` with first actor `a` and any second one: an
/// inclusive range.
pub fn month_actor_range(month: i64, a: i64) -> (i64, i64) {
    let lo = month_actor_key(month, a, 0);
    (lo, lo | ((1 << ACTOR_ID_BITS) - 1))
}

/// Version 4's secondary indexes, which a version 4 database being
/// migrated still has (on its `events` table).
const V4_EVENT_INDEXES: &[(&str, &str)] =
    &[("events_month", "events(date / 100, source, target, code)"), ("events_target_month", "events(date / 100, target)")];

/// Version 4: the actor indexes month-major ([`EVENT_INDEXES`]): the
/// source side is served by `events_month`, the target side by a new index.
fn v4_month_major_actor_indexes(tx: &Transaction) -> rusqlite::Result<()> {
    tx.execute_batch("DROP INDEX IF EXISTS events_source; DROP INDEX IF EXISTS events_target;")?;
    create_missing(tx, V4_EVENT_INDEXES, "INDEX")
}

/// The events view: version 4's `events` columns, in its order, over the
/// integer-keyed `event_rows` and the code tables. Queries and exports read
/// it; inserts through it (re-clustering, older tools) go to `event_rows`
/// by its trigger, which interns new codes.
const EVENTS_VIEW_V5: &str = "
    CREATE VIEW events AS
        SELECT r.id AS id, r.date AS date, s.code AS source, t.code AS target, c.code AS code, c.root_code AS root_code,
               c.quad_class AS quad_class, c.goldstein AS goldstein, c.plover AS plover,
               r.mentions AS mentions, r.articles AS articles, r.sources AS sources, r.is_root AS is_root, r.added AS added,
               r.first_document AS first_document, r.first_sentence AS first_sentence, r.first_start AS first_start,
               r.first_end AS first_end, r.first_text AS first_text, r.source_text AS source_text,
               r.target_text AS target_text, r.first_root AS first_root
        FROM event_rows r
        JOIN actor_codes s ON s.id = r.source_id
        JOIN actor_codes t ON t.id = r.target_id
        JOIN event_codes c ON c.id = r.code_id;
    CREATE TRIGGER events_insert INSTEAD OF INSERT ON events BEGIN
        INSERT OR IGNORE INTO actor_codes (code) VALUES (NEW.source), (NEW.target);
        INSERT OR IGNORE INTO event_codes (code, root_code, quad_class, goldstein, plover)
            VALUES (NEW.code, NEW.root_code, NEW.quad_class, NEW.goldstein, NEW.plover);
        INSERT INTO event_rows (id, date, source_id, target_id, code_id, mentions, articles, sources, is_root, added,
                                first_document, first_sentence, first_start, first_end, first_text, source_text,
                                target_text, first_root)
        VALUES (NEW.id, NEW.date,
                (SELECT id FROM actor_codes WHERE code = NEW.source),
                (SELECT id FROM actor_codes WHERE code = NEW.target),
                (SELECT id FROM event_codes WHERE code = NEW.code AND root_code = NEW.root_code
                    AND quad_class = NEW.quad_class AND goldstein = NEW.goldstein AND plover = NEW.plover),
                NEW.mentions, NEW.articles, NEW.sources, NEW.is_root, NEW.added, NEW.first_document, NEW.first_sentence,
                NEW.first_start, NEW.first_end, NEW.first_text, NEW.source_text, NEW.target_text, NEW.first_root);
    END;
";

/// Bits of a `dyad_month_rows` key: month index (`year * 12 + month - 1`),
/// source id, target id, QuadClass, from the high bits down.
const DYAD_ACTOR_BITS: u32 = ACTOR_ID_BITS;
const DYAD_QUAD_BITS: u32 = 8;
const DYAD_MONTH_BITS: u32 = 63 - 2 * DYAD_ACTOR_BITS - DYAD_QUAD_BITS;

/// The `dyad_month_rows` key of a month (`YYYYMM`), two country-level
/// actor ids and a QuadClass: month first, so a month's rows are one key
/// range and recent news updates only the end of the table. `None` when a
/// part does not fit (a year outside 0–10922, more than 2^19 actor codes).
pub fn dyad_key(month: i64, source: i64, target: i64, quad: i64) -> Option<i64> {
    let (year, m) = (month.div_euclid(100), month.rem_euclid(100));
    let index = year * 12 + m - 1;
    let fits = |v: i64, bits: u32| (0..1 << bits).contains(&v);
    if !(1..=12).contains(&m) || !fits(index, DYAD_MONTH_BITS) || !fits(source, DYAD_ACTOR_BITS) || !fits(target, DYAD_ACTOR_BITS) || !fits(quad, DYAD_QUAD_BITS) {
        return None;
    }
    Some((((index << DYAD_ACTOR_BITS | source) << DYAD_ACTOR_BITS | target) << DYAD_QUAD_BITS) | quad)
}

/// The keys of month `month` (`YYYYMM`) and the dyad `source` → `target`,
/// every QuadClass: an inclusive range.
pub fn dyad_key_range(month: i64, source: i64, target: i64) -> Option<(i64, i64)> {
    let lo = dyad_key(month, source, target, 0)?;
    Some((lo, lo | ((1 << DYAD_QUAD_BITS) - 1)))
}

/// [`dyad_key`] in SQL, of columns or expressions `month`, `source`,
/// `target`, `quad` (NULL when a part does not fit).
fn dyad_key_sql(month: &str, source: &str, target: &str, quad: &str) -> String {
    let (a, q) = (DYAD_ACTOR_BITS, DYAD_QUAD_BITS);
    format!(
        "CASE WHEN ({month}) % 100 BETWEEN 1 AND 12 AND (({month}) / 100) * 12 + ({month}) % 100 - 1 BETWEEN 0 AND {mmax}
                   AND ({source}) < {amax} AND ({target}) < {amax} AND ({quad}) BETWEEN 0 AND {qmax}
              THEN (((((({month}) / 100) * 12 + ({month}) % 100 - 1) << {a} | ({source})) << {a} | ({target})) << {q}) | ({quad}) END",
        amax = 1i64 << a,
        mmax = (1i64 << DYAD_MONTH_BITS) - 1,
        qmax = (1i64 << q) - 1
    )
}

/// The error for an actor code past the 2^19 ids the keys hold.
pub(crate) fn too_many_actor_codes() -> rusqlite::Error {
    rusqlite::Error::SqliteFailure(
        rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_CONSTRAINT),
        Some(format!("more than {} distinct actor codes: the events indexes hold at most that many", (1i64 << ACTOR_ID_BITS) - 1)),
    )
}

/// Fills `dyad_month_rows` from the events (it must be empty), interning
/// the country-level codes. An event whose key does not fit is an error.
pub(crate) fn rebuild_dyad_months(conn: &Connection) -> rusqlite::Result<()> {
    conn.execute_batch(
        "INSERT OR IGNORE INTO actor_codes (code) SELECT substr(code, 1, 3) FROM actor_codes WHERE length(code) > 3;",
    )?;
    let key = dyad_key_sql("r.date / 100", "s.id", "t.id", "c.quad_class");
    let from = "FROM event_rows r
         JOIN actor_codes sa ON sa.id = r.source_id
         JOIN actor_codes ta ON ta.id = r.target_id
         JOIN actor_codes s ON s.code = substr(sa.code, 1, 3)
         JOIN actor_codes t ON t.code = substr(ta.code, 1, 3)
         JOIN event_codes c ON c.id = r.code_id
         WHERE r.date IS NOT NULL";
    let unfit: i64 = conn.query_row(&format!("SELECT count(*) {from} AND ({key}) IS NULL"), [], |r| r.get(0))?;
    if unfit > 0 {
        return Err(rusqlite::Error::SqliteFailure(
            rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_CONSTRAINT),
            Some(format!("{unfit} events cannot be counted by dyad and month (a date outside the years 0-10922 or over 2^19 actor codes)")),
        ));
    }
    conn.execute_batch(&format!(
        "INSERT INTO dyad_month_rows (key, events, goldstein) SELECT {key}, count(*), sum(c.goldstein) {from} GROUP BY 1 ORDER BY 1;"
    ))
}

/// Version 5: integer keys. Actor codes and event codes (with their root
/// code, QuadClass, Goldstein and PLOVER type) move into lookup tables and
/// `event_rows` holds their ids; the events indexes hold integers only;
/// `dyad_month_rows` is keyed by one packed integer ([`dyad_key`]). Views
/// named and shaped as version 4's `events` and `dyad_months` keep every
/// reader as it was. Event ids are unchanged, so mentions stay valid.
fn v5_integer_keys(tx: &Transaction) -> rusqlite::Result<()> {
    tx.execute_batch(
        "
        CREATE TABLE actor_codes (
            id   INTEGER PRIMARY KEY,
            code TEXT NOT NULL UNIQUE
        );
        CREATE TABLE event_codes (
            id         INTEGER PRIMARY KEY,
            code       TEXT NOT NULL,
            root_code  TEXT NOT NULL,
            quad_class INTEGER NOT NULL,
            goldstein  REAL NOT NULL,
            plover     TEXT NOT NULL,
            UNIQUE (code, root_code, quad_class, goldstein, plover)
        );
        CREATE TABLE event_rows (
            id         INTEGER PRIMARY KEY,          -- day number << 32 | sequence (ids module)
            date       INTEGER,                      -- YYYYMMDD of the first report
            source_id  INTEGER NOT NULL REFERENCES actor_codes(id),
            target_id  INTEGER NOT NULL REFERENCES actor_codes(id),
            code_id    INTEGER NOT NULL REFERENCES event_codes(id),
            mentions   INTEGER NOT NULL,             -- reports (evidence sentences)
            articles   INTEGER NOT NULL,             -- distinct documents
            sources    INTEGER NOT NULL,             -- distinct outlets
            is_root    INTEGER NOT NULL,             -- 1 if any report is in a lead paragraph
            added      INTEGER NOT NULL,             -- unix seconds
            -- The first report; further reports are rows of `mentions`.
            first_document INTEGER NOT NULL REFERENCES documents(id),
            first_sentence INTEGER NOT NULL,
            first_start    INTEGER,                  -- its bytes in documents.text, when there verbatim,
            first_end      INTEGER,
            first_text     TEXT,                     -- else the sentence itself
            source_text    TEXT NOT NULL,
            target_text    TEXT NOT NULL,
            first_root     INTEGER NOT NULL
        );
        -- Dated events per month, country-level dyad and QuadClass (see
        -- version 3), keyed by schema::dyad_key.
        CREATE TABLE dyad_month_rows (
            key       INTEGER PRIMARY KEY,
            events    INTEGER NOT NULL,
            goldstein REAL NOT NULL                  -- summed
        );

        INSERT INTO actor_codes (code)
            SELECT source FROM events UNION SELECT target FROM events
            UNION SELECT substr(source, 1, 3) FROM events UNION SELECT substr(target, 1, 3) FROM events;
        INSERT INTO event_codes (code, root_code, quad_class, goldstein, plover)
            SELECT DISTINCT code, root_code, quad_class, goldstein, plover FROM events ORDER BY 1, 2, 3, 4, 5;
        INSERT INTO event_rows
            SELECT e.id, e.date, s.id, t.id, c.id, e.mentions, e.articles, e.sources, e.is_root, e.added,
                   e.first_document, e.first_sentence, e.first_start, e.first_end, e.first_text,
                   e.source_text, e.target_text, e.first_root
            FROM events e
            JOIN actor_codes s ON s.code = e.source
            JOIN actor_codes t ON t.code = e.target
            JOIN event_codes c ON c.code = e.code AND c.root_code = e.root_code AND c.quad_class = e.quad_class
                              AND c.goldstein = e.goldstein AND c.plover = e.plover
            ORDER BY e.id;
        DROP VIEW reports;
        DROP TABLE events;
        DROP TABLE dyad_months;
        ",
    )?;
    let actors: i64 = tx.query_row("SELECT coalesce(max(id), 0) FROM actor_codes", [], |r| r.get(0))?;
    if actors >= 1 << ACTOR_ID_BITS {
        return Err(too_many_actor_codes());
    }
    tx.execute_batch(EVENTS_VIEW_V5)?;
    tx.execute_batch(&format!(
        "
        CREATE VIEW dyad_months AS
            SELECT ((key >> {month_shift}) / 12) * 100 + (key >> {month_shift}) % 12 + 1 AS month,
                   s.code AS source, t.code AS target, key & {quad_mask} AS quad_class, d.events AS events,
                   d.goldstein AS goldstein
            FROM dyad_month_rows d
            JOIN actor_codes s ON s.id = (key >> {source_shift}) & {actor_mask}
            JOIN actor_codes t ON t.id = (key >> {DYAD_QUAD_BITS}) & {actor_mask};
        -- Every report: the first (in its event's row) and the others.
        CREATE VIEW reports AS
            SELECT id AS event_id, first_document AS document_id, first_sentence AS sentence,
                   first_start AS start, first_end AS end, first_text AS text, date,
                   source_text, target_text, first_root AS is_root
            FROM event_rows
            UNION ALL
            SELECT event_id, document_id, sentence, start, end, text, date, source_text, target_text, is_root
            FROM mentions;
        ",
        month_shift = 2 * DYAD_ACTOR_BITS + DYAD_QUAD_BITS,
        source_shift = DYAD_ACTOR_BITS + DYAD_QUAD_BITS,
        actor_mask = (1i64 << DYAD_ACTOR_BITS) - 1,
        quad_mask = (1i64 << DYAD_QUAD_BITS) - 1,
    ))?;
    rebuild_dyad_months(tx)?;
    create_missing(tx, EVENT_INDEXES, "INDEX")
}

/// Version 6: content fingerprints computed 8 bytes per step and stored as
/// 16-byte blobs ([`content_hash`]; before, byte-serial FNV-1a as 32 hex
/// digits, a tenth of a bulk load's instructions). Every stored body is
/// rehashed, so re-ingesting a stored document is still recognised.
fn v6_word_fingerprints(tx: &Transaction) -> rusqlite::Result<()> {
    // Old and new keys never compare equal (text against blob), so the
    // unique index sees no conflict between rows half rehashed.
    let mut hashes: Vec<(i64, [u8; 16])> = Vec::new();
    {
        let mut read = tx.prepare("SELECT id, text FROM documents")?;
        let mut rows = read.query([])?;
        while let Some(r) = rows.next()? {
            hashes.push((r.get(0)?, content_hash(r.get_ref(1)?.as_str()?)));
        }
    }
    let mut write = tx.prepare("UPDATE documents SET content_hash = ?2 WHERE id = ?1")?;
    for (id, hash) in hashes {
        write.execute(params![id, &hash[..]])?;
    }
    Ok(())
}

/// The unique keys of `documents` (version 7): a document with a stored URL
/// or stored content is not stored again.
pub const DOCUMENT_KEYS: &[(&str, &str)] = &[("documents_url", "documents(url)"), ("documents_content", "documents(content_hash)")];

/// Version 7: the unique keys of `documents` as named indexes instead of
/// column constraints, so that a bulk load can build them at its end
/// (SQLite cannot drop a column constraint's index). At 10 M reports,
/// keeping them up cost 8–10 CPU seconds of ~46 (random inserts into two
/// b-trees of a million keys); building both at the end, ~4. The table is
/// copied as it is (same ids); nothing else refers to it by anything but
/// its name.
fn v7_document_keys(tx: &Transaction) -> rusqlite::Result<()> {
    tx.execute_batch(
        "
        CREATE TABLE documents_v7 (
            id           INTEGER PRIMARY KEY,
            doc_id       TEXT NOT NULL,          -- Document.id (file stem, JSONL id)
            url          TEXT,                   -- unique: documents_url
            outlet       TEXT,
            title        TEXT,
            date         INTEGER,                -- YYYYMMDD
            content_hash BLOB NOT NULL,          -- fingerprint of the normalized body; unique: documents_content
            origin       TEXT,                   -- the file it was read from
            text         TEXT NOT NULL,          -- the body; mentions point into it
            added        INTEGER NOT NULL,       -- unix seconds
            source_name  TEXT NOT NULL DEFAULT ''
        );
        INSERT INTO documents_v7 (id, doc_id, url, outlet, title, date, content_hash, origin, text, added, source_name)
            SELECT id, doc_id, url, outlet, title, date, content_hash, origin, text, added, source_name FROM documents ORDER BY id;
        DROP TABLE documents;
        ALTER TABLE documents_v7 RENAME TO documents;
        ",
    )?;
    create_missing(tx, DOCUMENT_KEYS, "UNIQUE INDEX")
}

/// Builds the [`EVENT_INDEXES`] and [`DOCUMENT_KEYS`] that are missing.
pub fn ensure_indexes(conn: &Connection) -> rusqlite::Result<()> {
    create_missing(conn, EVENT_INDEXES, "INDEX")?;
    create_missing(conn, DOCUMENT_KEYS, "UNIQUE INDEX")
}

fn create_missing(conn: &Connection, indexes: &[(&str, &str)], kind: &str) -> rusqlite::Result<()> {
    for (name, definition) in indexes {
        let exists: bool =
            conn.query_row("SELECT count(*) > 0 FROM sqlite_master WHERE type = 'index' AND name = ?1", [name], |r| r.get(0))?;
        if !exists {
            conn.execute_batch(&format!("CREATE {kind} {name} ON {definition}"))?;
        }
    }
    Ok(())
}

fn placeholders(n: usize) -> String {
    (1..=n).map(|i| format!("?{i}")).collect::<Vec<_>>().join(", ")
}

/// Brings `conn` from its current version to `target` (≤ [`LATEST_VERSION`]).
pub fn migrate(conn: &mut Connection, target: i32) -> rusqlite::Result<()> {
    let version: i32 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    if version >= target {
        return Ok(());
    }
    // Rebuilding a table others refer to (version 7) must not delete its
    // rows' references on the way; the setting only changes outside a
    // transaction.
    let foreign_keys: bool = conn.query_row("PRAGMA foreign_keys", [], |r| r.get(0))?;
    conn.execute_batch("PRAGMA foreign_keys = OFF")?;
    let result = migrate_from(conn, version, target);
    if foreign_keys {
        conn.execute_batch("PRAGMA foreign_keys = ON")?;
    }
    result
}

fn migrate_from(conn: &mut Connection, mut version: i32, target: i32) -> rusqlite::Result<()> {
    while version < target {
        let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        MIGRATIONS[version as usize](&tx)?;
        version += 1;
        tx.pragma_update(None, "user_version", version)?;
        tx.pragma_update(None, "application_id", APPLICATION_ID)?;
        tx.commit()?;
    }
    Ok(())
}
