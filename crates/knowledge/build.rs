//! Lists every `.txt` file under `data/` (and the event patterns under
//! `patterns/`) so the built-in knowledge base picks up new data files
//! without a Rust edit: writes `builtin_files.rs`, arrays of
//! `(path, include_str!(...))` pairs in path order.

use std::fs;
use std::path::{Path, PathBuf};

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|e| e.expect("directory entry").path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            collect(&path, out);
        } else if path.extension().is_some_and(|x| x == "txt") {
            out.push(path);
        }
    }
}

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("CARGO_MANIFEST_DIR"));
    let data = root.join("data");
    println!("cargo:rerun-if-changed=data");
    let mut files = Vec::new();
    collect(&data, &mut files);
    let mut code = String::from("pub(crate) const BUILTIN_FILES: &[(&str, &str)] = &[\n");
    for path in &files {
        println!("cargo:rerun-if-changed={}", path.display());
        let relative = path.strip_prefix(&root).expect("file under the crate").to_string_lossy().replace('\\', "/");
        code.push_str(&format!("    ({relative:?}, include_str!({:?})),\n", path.display().to_string()));
    }
    code.push_str("];\n");
    // The event patterns (`patterns/*.txt`, PATTERNS.md), in path order: the
    // order is the patterns' global tie order.
    let patterns = root.join("patterns");
    println!("cargo:rerun-if-changed=patterns");
    let mut pattern_files = Vec::new();
    collect(&patterns, &mut pattern_files);
    code.push_str("pub(crate) const BUILTIN_PATTERN_FILES: &[(&str, &str)] = &[\n");
    for path in &pattern_files {
        println!("cargo:rerun-if-changed={}", path.display());
        let relative = path.strip_prefix(&root).expect("file under the crate").to_string_lossy().replace('\\', "/");
        code.push_str(&format!("    ({relative:?}, include_str!({:?})),\n", path.display().to_string()));
    }
    code.push_str("];\n");
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("OUT_DIR")).join("builtin_files.rs");
    fs::write(&out, code).unwrap_or_else(|e| panic!("cannot write {}: {e}", out.display()));
}
