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
        rows.iter().all(|r| r.get(i).is_none_or(|c| c.is_empty() || c.parse::<f64>().is_ok()))
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

/// Event filters shared by `events`, `network` and `export`.
#[derive(clap::Args, Clone, Debug, Default)]
pub struct FilterArgs {
    /// Source actor code prefixes (RUS matches RUS, RUSGOV, RUSMIL…), comma-separated.
    #[arg(long, value_delimiter = ',')]
    pub source: Vec<String>,
    /// Target actor code prefixes.
    #[arg(long, value_delimiter = ',')]
    pub target: Vec<String>,
    /// Actor code prefixes, as source or target.
    #[arg(long, value_delimiter = ',')]
    pub actor: Vec<String>,
    /// CAMEO event code prefixes (04 = every consultation, 0871).
    #[arg(long, value_delimiter = ',')]
    pub code: Vec<String>,
    /// CAMEO root codes (two digits).
    #[arg(long, value_delimiter = ',')]
    pub root: Vec<String>,
    /// QuadClasses: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.
    #[arg(long, value_name = "1,2,…")]
    pub quad: Option<String>,
    /// First date (YYYY-MM-DD), inclusive.
    #[arg(long)]
    pub from: Option<chrono::NaiveDate>,
    /// Last date (YYYY-MM-DD), inclusive.
    #[arg(long)]
    pub to: Option<chrono::NaiveDate>,
    /// Only events with an evidence sentence containing this text (any case).
    #[arg(long)]
    pub text: Option<String>,
}

impl FilterArgs {
    pub fn filter(&self) -> Result<demarche_store::EventFilter, CliError> {
        let upper = |v: &Vec<String>| v.iter().map(|s| s.trim().to_ascii_uppercase()).filter(|s| !s.is_empty()).collect();
        if let (Some(from), Some(to)) = (self.from, self.to) {
            if from > to {
                return Err(CliError::Usage(format!("--from {from} is after --to {to}")));
            }
        }
        Ok(demarche_store::EventFilter {
            source: upper(&self.source),
            target: upper(&self.target),
            actor: upper(&self.actor),
            code: self.code.iter().map(|s| s.trim().to_string()).filter(|s| !s.is_empty()).collect(),
            root: self.root.iter().map(|s| s.trim().to_string()).filter(|s| !s.is_empty()).collect(),
            quad: self.quad.as_deref().map(parse_quads).transpose()?.unwrap_or_default(),
            from: self.from,
            to: self.to,
            text: self.text.clone(),
            limit: None,
        })
    }
}

/// Whether stdout is a terminal (tables for people, CSV for pipes).
pub fn stdout_is_terminal() -> bool {
    use std::io::IsTerminal;
    std::io::stdout().is_terminal()
}
