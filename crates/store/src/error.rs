use std::fmt;
use std::path::Path;

/// Why a store operation failed. Every message names the database file.
#[derive(Debug)]
pub enum StoreError {
    /// The file exists but is not a demarche database (corrupt, another
    /// program's SQLite file, or written by a newer demarche).
    NotOurs { path: String, reason: String },
    /// No database at this path (query commands do not create one).
    Missing { path: String },
    /// The database cannot be created or written at this path.
    Unwritable { path: String, reason: String },
    /// The disk (or the configured size limit) is full. In everyday use the
    /// transaction that hit the limit was rolled back and everything
    /// committed before it is intact; in a bulk load (`bulk_load`) nothing
    /// was ever visible at `path` and the partial load file was deleted.
    Full { path: String, bulk_load: bool },
    /// Any other SQLite failure.
    Sqlite { path: String, error: rusqlite::Error },
    /// A bad argument (unknown format, malformed dyad, …).
    Invalid(String),
    /// Writing an export or plot failed.
    Io { path: String, error: std::io::Error },
}

impl StoreError {
    /// Classifies a SQLite error raised while working on `path`.
    pub(crate) fn sqlite(path: &Path, error: rusqlite::Error) -> StoreError {
        use rusqlite::ErrorCode;
        let path_text = path.display().to_string();
        if let rusqlite::Error::SqliteFailure(e, ref msg) = error {
            let reason = msg.clone().unwrap_or_else(|| e.to_string());
            match e.code {
                ErrorCode::DiskFull => return StoreError::Full { path: path_text, bulk_load: false },
                ErrorCode::NotADatabase => return StoreError::NotOurs { path: path_text, reason },
                ErrorCode::DatabaseCorrupt => {
                    return StoreError::NotOurs { path: path_text, reason: format!("database is corrupt ({reason})") }
                }
                ErrorCode::ReadOnly | ErrorCode::CannotOpen | ErrorCode::PermissionDenied => {
                    return StoreError::Unwritable { path: path_text, reason }
                }
                _ => {}
            }
        }
        StoreError::Sqlite { path: path_text, error }
    }
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StoreError::NotOurs { path, reason } => write!(f, "{path}: not a usable demarche database: {reason}"),
            StoreError::Missing { path } => write!(f, "{path}: no such database (create one with `demarche ingest`)"),
            StoreError::Unwritable { path, reason } => {
                write!(f, "{path}: cannot open or write the database: {reason} (is the directory writable?)")
            }
            StoreError::Full { path, bulk_load: false } => write!(
                f,
                "{path}: the database is full (disk full or size limit reached); the last transaction was rolled back, everything committed before it is intact"
            ),
            StoreError::Full { path, bulk_load: true } => write!(
                f,
                "{path}: the disk (or size limit) filled up during the bulk load; the partial load was deleted and nothing was created at this path: free space and run the load again"
            ),
            StoreError::Sqlite { path, error } => write!(f, "{path}: {error}"),
            StoreError::Invalid(m) => f.write_str(m),
            StoreError::Io { path, error } => write!(f, "{path}: {error}"),
        }
    }
}

impl std::error::Error for StoreError {}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// Attaches the database path to rusqlite results.
pub(crate) trait AtPath<T> {
    fn at(self, path: &Path) -> Result<T>;
}

impl<T> AtPath<T> for rusqlite::Result<T> {
    fn at(self, path: &Path) -> Result<T> {
        self.map_err(|e| StoreError::sqlite(path, e))
    }
}
