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

use rusqlite::{params, Connection, Transaction};

use crate::fingerprint::source_name;

/// `DMRC`: identifies demarche databases (`PRAGMA application_id`).
pub const APPLICATION_ID: i32 = 0x444D_5243;

/// The version this build writes.
pub const LATEST_VERSION: i32 = MIGRATIONS.len() as i32;

type Migration = fn(&Transaction) -> rusqlite::Result<()>;

/// In order: `MIGRATIONS[i]` upgrades version `i` to `i + 1`.
pub const MIGRATIONS: &[Migration] = &[v1_core, v2_sources_and_actors];

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

/// Brings `conn` from its current version to `target` (≤ [`LATEST_VERSION`]).
pub fn migrate(conn: &mut Connection, target: i32) -> rusqlite::Result<()> {
    let mut version: i32 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
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
