//! Locating the shared reference data (`../shared`, or `$DEMARCHE_SHARED`).
//!
//! The treebank, PETRARCH suite and extraction benchmark are never copied
//! into the repository; tests, `eval` and `bench` read them from here.

use std::path::{Path, PathBuf};

/// The shared data directory: `$DEMARCHE_SHARED` if set, else the first
/// `shared` directory found beside the workspace or the current directory.
pub fn shared_dir() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("DEMARCHE_SHARED") {
        let dir = PathBuf::from(dir);
        return dir.is_dir().then_some(dir);
    }
    let workspace = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut candidates = vec![workspace.join("../shared")];
    if let Ok(cwd) = std::env::current_dir() {
        candidates.push(cwd.join("../shared"));
        candidates.push(cwd.join("shared"));
    }
    candidates.into_iter().find(|d| d.join("README.md").is_file()).map(|d| d.canonicalize().unwrap_or(d))
}

/// A path inside the shared data directory, if that file or folder exists.
pub fn shared_path(relative: &str) -> Option<PathBuf> {
    shared_dir().map(|d| d.join(relative)).filter(|p| p.exists())
}

/// For tests that need shared data: returns the path, or — when the data is
/// missing — panics under CI (`CI` set) and otherwise prints why the test is
/// skipped and returns `None`.
pub fn require_shared(relative: &str) -> Option<PathBuf> {
    if let Some(path) = shared_path(relative) {
        return Some(path);
    }
    let hint = "set DEMARCHE_SHARED or place the shared data at ../shared";
    if std::env::var_os("CI").is_some() {
        panic!("shared data `{relative}` is missing and CI is set ({hint})");
    }
    eprintln!("SKIPPED: shared data `{relative}` not found ({hint})");
    None
}
