//! Bulk loads: a new database built in a private file, then moved into place.
//!
//! An everyday ingest writes through the write-ahead log, syncs its commits
//! and keeps every index up to date, so that a crash at any moment leaves a
//! consistent database and readers can query alongside. A bulk load (a
//! large archive into a *new* database) needs none of that while it runs:
//! no one may read the file before it is complete. So it writes
//! `PATH.loading` with no journal, no syncs and an exclusive lock, and only
//! then syncs the file and links it to `PATH`. The events indexes are kept
//! up row by row: their packed integer keys (schema version 5) make that
//! cheaper than one sort each at the end (at 10 M reports, 47 CPU seconds
//! against 57 for the whole load; with version 4's text keys the sorts won).
//! The `documents` unique keys (URL, content fingerprint) are the other
//! way round: random keys, so they are built at the end (schema version 7)
//! and the load checks its documents against in-memory sets meanwhile.
//!
//! Crash safety is by construction: until [`BulkLoad::finish`] links the
//! complete, synced file, `PATH` does not exist; a crash leaves at most a
//! stale `PATH.loading`, which the next bulk load of `PATH` deletes and
//! starts over. The cost is that an interrupted bulk load keeps nothing:
//! resumable loads are everyday ingests (or bulk-load in parts into new
//! files). Deduplication is the same code as an everyday insert
//! ([`Store::insert_documents`]), so the result is the same database.

use std::path::{Path, PathBuf};

use demarche_code::Event;
use demarche_doc::Document;

use crate::error::{AtPath, Result, StoreError};
use crate::store::Mode;
use crate::{schema, Inserted, OpenOptions, Store};

/// A database being bulk-loaded (see the module docs).
pub struct BulkLoad {
    /// `None` once finished or failed.
    store: Option<Store>,
    target: PathBuf,
    loading: PathBuf,
}

/// The private file a bulk load of `target` writes.
pub fn loading_path(target: &Path) -> PathBuf {
    let mut name = target.as_os_str().to_owned();
    name.push(".loading");
    PathBuf::from(name)
}

impl BulkLoad {
    /// Starts a bulk load of a new database at `target`, which must not
    /// exist yet. `window_days` is the deduplication window it will have.
    pub fn create(target: impl AsRef<Path>, options: &OpenOptions, window_days: u32) -> Result<BulkLoad> {
        let target = target.as_ref().to_path_buf();
        if target.exists() {
            return Err(StoreError::Unwritable {
                path: target.display().to_string(),
                reason: "a bulk load builds a new database and this file already exists (ingest into it without --bulk)".into(),
            });
        }
        let loading = loading_path(&target);
        // A stale file from a load that crashed: nothing of it was ever visible.
        for suffix in ["", "-journal", "-wal", "-shm"] {
            let mut name = loading.as_os_str().to_owned();
            name.push(suffix);
            match std::fs::remove_file(&name) {
                Ok(()) => {}
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(e) => return Err(StoreError::Io { path: PathBuf::from(name).display().to_string(), error: e }),
            }
        }
        let options = OpenOptions { create: true, ..options.clone() };
        let mut store = Store::open_mode(&loading, &options, Mode::Bulk)?;
        store.set_window_days(window_days)?;
        store.defer_document_keys()?;
        Ok(BulkLoad { store: Some(store), target, loading })
    }

    /// The database file this load will produce.
    pub fn target(&self) -> &Path {
        &self.target
    }

    /// The database being loaded, for writers that take a [`Store`] (such
    /// as [`crate::ingest::ingest`]). After any error from a write through
    /// it, drop this load without finishing: with no journal a failed
    /// transaction cannot roll back, and dropping deletes the file.
    pub fn store(&mut self) -> Result<&mut Store> {
        self.store.as_mut().ok_or_else(|| StoreError::Invalid(format!("{}: the bulk load has stopped", self.target.display())))
    }

    /// Stores documents with their events, as [`Store::insert_documents`]
    /// does. An error ends the load: with no journal the file cannot roll
    /// back, so it is deleted and `PATH` is never created.
    pub fn insert_documents<D, E>(&mut self, batch: &[(D, E)]) -> Result<Vec<Inserted>>
    where
        D: std::borrow::Borrow<Document>,
        E: AsRef<[Event]>,
    {
        let result = self.store()?.insert_documents(batch);
        if result.is_err() {
            self.abandon();
        }
        result.map_err(|e| self.bulk_error(e))
    }

    /// Builds any missing index, syncs the file and links it to the target path;
    /// returns the database opened for everyday use.
    pub fn finish(mut self) -> Result<Store> {
        let result = self.complete();
        if result.is_err() {
            self.abandon();
        }
        result.map_err(|e| self.bulk_error(e))
    }

    /// A full disk means something else here than in everyday use: nothing
    /// was committed, and the message must name the target, not the
    /// deleted load file.
    fn bulk_error(&self, error: StoreError) -> StoreError {
        match error {
            StoreError::Full { .. } => StoreError::Full { path: self.target.display().to_string(), bulk_load: true },
            other => other,
        }
    }

    fn complete(&mut self) -> Result<Store> {
        let store = self.store()?;
        schema::ensure_indexes(&store.conn).at(&store.path)?;
        store.conn.execute_batch("PRAGMA optimize").at(&store.path)?;
        let store = self.store.take().expect("checked above");
        let options = OpenOptions { create: false, ..OpenOptions::default() };
        drop(store);
        std::fs::File::open(&self.loading).and_then(|f| f.sync_all()).map_err(io(&self.loading))?;
        // A link, unlike a rename, never replaces a file that appeared at
        // the target meanwhile.
        match std::fs::hard_link(&self.loading, &self.target) {
            Ok(()) => std::fs::remove_file(&self.loading).map_err(io(&self.loading))?,
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => return Err(io(&self.target)(e)),
            // A file system without hard links: rename, having checked.
            Err(_) if !self.target.exists() => std::fs::rename(&self.loading, &self.target).map_err(io(&self.target))?,
            Err(e) => return Err(io(&self.target)(e)),
        }
        if let Some(dir) = self.target.parent().filter(|p| !p.as_os_str().is_empty()) {
            // The new name must survive a power cut too.
            std::fs::File::open(dir).and_then(|d| d.sync_all()).map_err(io(dir))?;
        }
        Store::open_with(&self.target, &options)
    }

    /// Stops the load and deletes its file.
    fn abandon(&mut self) {
        self.store = None;
        let _ = std::fs::remove_file(&self.loading);
    }
}

/// An I/O error on `path`, for `map_err`.
fn io(path: &Path) -> impl FnOnce(std::io::Error) -> StoreError + '_ {
    move |error| StoreError::Io { path: path.display().to_string(), error }
}

impl Drop for BulkLoad {
    /// A load dropped before [`BulkLoad::finish`] leaves nothing behind.
    fn drop(&mut self) {
        if self.store.is_some() {
            self.abandon();
        }
    }
}
