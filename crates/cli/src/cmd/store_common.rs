//! What the store subcommands (ingest, events, series, network, role,
//! export) share: the database flag, error mapping, output helpers.

use std::io::Write;
use std::path::PathBuf;

use demarche_store::{Store, StoreError};

use crate::error::CliError;

/// `--db PATH`, shared by every store subcommand.
#[derive(clap::Args, Clone, Debug)]
pub struct DbArg {
    /// The event database (one SQLite file).
    #[arg(long, value_name = "FILE", default_value = "demarche.db")]
    pub db: PathBuf,
}

impl DbArg {
    /// Opens the database for questions: it must exist.
    pub fn open_existing(&self) -> Result<Store, CliError> {
        Store::open_existing(&self.db).map_err(store_error)
    }
}

/// Bad arguments exit 2, everything else 1.
pub fn store_error(e: StoreError) -> CliError {
    match e {
        StoreError::Invalid(m) => CliError::Usage(m),
        other => CliError::Failed(other.to_string()),
    }
}

/// Where a command writes: a file given by `--out`, or stdout.
pub fn output(out: &Option<PathBuf>) -> Result<Box<dyn Write>, CliError> {
    Ok(match out {
        Some(path) => Box::new(std::io::BufWriter::new(
            std::fs::File::create(path).map_err(|e| CliError::Failed(format!("{}: {e}", path.display())))?,
        )),
        None => Box::new(std::io::BufWriter::new(std::io::stdout().lock())),
    })
}

/// Writing to stdout or a file failed (a closed pipe ends quietly).
pub fn write_error(e: std::io::Error) -> CliError {
    CliError::Failed(format!("writing output: {e}"))
}

/// A plain-text table: columns padded to their widest cell, numbers
/// right-aligned.
pub fn write_table(out: &mut dyn Write, header: &[&str], rows: &[Vec<String>]) -> std::io::Result<()> {
    let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    for row in rows {
        for (i, cell) in row.iter().enumerate() {
            if i < widths.len() {
                widths[i] = widths[i].max(cell.chars().count());
            }
        }
    }
    let numeric = |i: usize| {
        rows.iter().all(|r| r.get(i).map_or(true, |c| c.is_empty() || c.parse::<f64>().is_ok()))
    };
    let right: Vec<bool> = (0..header.len()).map(numeric).collect();
    let line = |out: &mut dyn Write, cells: Vec<&str>| -> std::io::Result<()> {
        let mut text = String::new();
        for (i, cell) in cells.iter().enumerate() {
            let pad = widths[i].saturating_sub(cell.chars().count());
            if i > 0 {
                text.push_str("  ");
            }
            if right[i] {
                text.push_str(&" ".repeat(pad));
                text.push_str(cell);
            } else {
                text.push_str(cell);
                if i + 1 < cells.len() {
                    text.push_str(&" ".repeat(pad));
                }
            }
        }
        writeln!(out, "{}", text.trim_end())
    };
    line(out, header.to_vec())?;
    for row in rows {
        line(out, row.iter().map(String::as_str).collect())?;
    }
    Ok(())
}

/// A CSV field, quoted when needed (RFC 4180).
pub fn csv_field(value: &str) -> String {
    if value.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value.to_string()
    }
}

/// Parses `1,2` into QuadClasses.
pub fn parse_quads(text: &str) -> Result<Vec<u8>, CliError> {
    text.split(',')
        .filter(|s| !s.trim().is_empty())
        .map(|s| match s.trim().parse::<u8>() {
            Ok(q @ 1..=4) => Ok(q),
            _ => Err(CliError::Usage(format!("--quad: `{s}` is not a QuadClass (1-4)"))),
        })
        .collect()
}
