//! `demarche export`: stored events as GDELT 2.0 rows, PLOVER JSON, JSON
//! Lines, CSV or Parquet.

use std::path::PathBuf;

use demarche_store::export::Format;
use demarche_store::Order;

use crate::cmd::store_common::{output, stdout_is_terminal, store_error, DbArg, FilterArgs};
use crate::error::{CliError, CliResult};

#[derive(clap::Args)]
pub struct Args {
    #[command(flatten)]
    db: DbArg,
    /// gdelt (GDELT 2.0 event table, 61 tab-separated columns), plover (PLOVER/POLECAT JSON Lines),
    /// jsonl, csv or parquet.
    #[arg(long, value_parser = ["gdelt", "plover", "jsonl", "csv", "parquet"])]
    format: String,
    /// Write to this file instead of stdout (required for parquet on a terminal).
    #[arg(long)]
    out: Option<PathBuf>,
    #[command(flatten)]
    filters: FilterArgs,
}

pub fn run(args: Args) -> CliResult {
    let format = Format::parse(&args.format).ok_or_else(|| CliError::Usage(format!("--format {}", args.format)))?;
    if format == Format::Parquet && args.out.is_none() && stdout_is_terminal() {
        return Err(CliError::Usage("parquet is binary: give --out FILE.parquet (or redirect stdout)".into()));
    }
    let store = args.db.open_existing()?;
    let filter = args.filters.filter()?;
    let mut out = output(&args.out)?;
    let counts = store.export(&filter, format, Order::Id, &mut out).map_err(store_error)?;
    if counts.left_out > 0 {
        eprintln!("{} events without a PLOVER type (bare statements) left out", counts.left_out);
    }
    if let Some(path) = &args.out {
        eprintln!("{} events written to {}", counts.written, path.display());
    }
    Ok(())
}
