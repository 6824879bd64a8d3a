//! Exports of stored events: JSON Lines, CSV, the GDELT 2.0 event table,
//! PLOVER/POLECAT-style JSON, and Parquet.

mod gdelt;

use std::io::Write;

use crate::error::{Result, StoreError};
use crate::parquet::{Cell, Column, ColumnType, ParquetWriter};
use crate::query::{EventFilter, Order, StoredEvent};
use crate::Store;

pub use gdelt::{gdelt_row, split_actor_code, ActorParts, GDELT_COLUMNS};

/// An export layout.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// One [`StoredEvent`] JSON object a line (the event record plus counts).
    Jsonl,
    /// The same fields as CSV with a header ([`CSV_COLUMNS`]).
    Csv,
    /// GDELT 2.0 event table: 61 tab-separated columns, no header.
    Gdelt,
    /// PLOVER/POLECAT-style JSON Lines (events without a PLOVER type are left out).
    Plover,
    /// Parquet with the [`CSV_COLUMNS`] columns.
    Parquet,
}

impl Format {
    pub fn parse(text: &str) -> Option<Format> {
        match text {
            "jsonl" => Some(Format::Jsonl),
            "csv" => Some(Format::Csv),
            "gdelt" => Some(Format::Gdelt),
            "plover" => Some(Format::Plover),
            "parquet" => Some(Format::Parquet),
            _ => None,
        }
    }
}

/// Columns of the CSV and Parquet exports.
pub const CSV_COLUMNS: [&str; 20] = [
    "event_id",
    "date",
    "source",
    "target",
    "source_text",
    "target_text",
    "code",
    "root_code",
    "quad_class",
    "goldstein",
    "plover",
    "mentions",
    "articles",
    "sources",
    "root",
    "doc",
    "sentence",
    "url",
    "outlet",
    "text",
];

/// What an export wrote.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ExportCounts {
    pub written: u64,
    /// Events the layout cannot express (PLOVER: no PLOVER type).
    pub left_out: u64,
}

fn io_error(e: std::io::Error) -> StoreError {
    StoreError::Io { path: "export output".into(), error: e }
}

pub use demarche_code::output::csv_field;

/// The CSV/Parquet cells of an event, in [`CSV_COLUMNS`] order.
fn optional(s: &Option<String>) -> Cell<'_> {
    s.as_deref().map_or(Cell::Null, Cell::Str)
}

fn cells(e: &StoredEvent) -> [Cell<'_>; 20] {
    let ev = &e.event;
    [
        Cell::Int(e.event_id),
        ev.date.map_or(Cell::Null, Cell::Date),
        Cell::Str(&ev.source),
        Cell::Str(&ev.target),
        Cell::Str(&ev.source_text),
        Cell::Str(&ev.target_text),
        Cell::Str(&ev.code),
        Cell::Str(&ev.root_code),
        Cell::Int(ev.quad_class as i64),
        Cell::Float(ev.goldstein as f64),
        Cell::Str(&ev.plover),
        Cell::Int(e.mentions as i64),
        Cell::Int(e.articles as i64),
        Cell::Int(e.sources as i64),
        Cell::Bool(e.root),
        Cell::Str(&ev.doc),
        Cell::Int(ev.sentence as i64),
        optional(&e.url),
        optional(&e.outlet),
        Cell::Str(&ev.text),
    ]
}

fn parquet_schema() -> Vec<Column> {
    use ColumnType::*;
    let types = [
        Int64, Date, String, String, String, String, String, String, Int32, Float, String, Int32, Int32, Int32, Boolean,
        String, Int32, String, String, String,
    ];
    CSV_COLUMNS
        .iter()
        .zip(types)
        .map(|(name, ty)| {
            if matches!(*name, "date" | "url" | "outlet") {
                Column::optional(name, ty)
            } else {
                Column::required(name, ty)
            }
        })
        .collect()
}

/// The PLOVER/POLECAT-style record of an event, or `None` when the event
/// has no PLOVER type (PLOVER does not code bare statements).
pub fn plover_record(e: &StoredEvent) -> Option<serde_json::Value> {
    demarche_code::output::plover_record(&e.event, &gdelt::row_context(e))
}

impl Store {
    /// Writes the events matching `filter` (all of them by default) to `out`.
    pub fn export(&self, filter: &EventFilter, format: Format, order: Order, out: &mut dyn Write) -> Result<ExportCounts> {
        let mut counts = ExportCounts::default();
        match format {
            Format::Parquet => {
                let mut writer = ParquetWriter::new(&mut *out, parquet_schema()).map_err(io_error)?;
                self.for_each_event(filter, order, |e| {
                    counts.written += 1;
                    writer.write_row(&cells(&e)).map_err(io_error)
                })?;
                writer.finish().map_err(io_error)?;
            }
            _ => {
                if format == Format::Csv {
                    writeln!(out, "{}", CSV_COLUMNS.join(",")).map_err(io_error)?;
                }
                self.for_each_event(filter, order, |e| {
                    let line = match format {
                        Format::Jsonl => serde_json::to_string(&e).expect("events serialize"),
                        Format::Csv => cells(&e).iter().map(csv_cell).collect::<Vec<_>>().join(","),
                        Format::Gdelt => gdelt_row(&e).join("\t"),
                        Format::Plover => match plover_record(&e) {
                            Some(record) => record.to_string(),
                            None => {
                                counts.left_out += 1;
                                return Ok(());
                            }
                        },
                        Format::Parquet => unreachable!("handled above"),
                    };
                    counts.written += 1;
                    writeln!(out, "{line}").map_err(io_error)
                })?;
            }
        }
        out.flush().map_err(io_error)?;
        Ok(counts)
    }
}

fn csv_cell(cell: &Cell) -> String {
    match cell {
        Cell::Null => String::new(),
        Cell::Bool(b) => (*b as u8).to_string(),
        Cell::Int(v) => v.to_string(),
        Cell::Float(v) => format!("{}", *v as f32),
        Cell::Str(s) => csv_field(s),
        Cell::Date(d) => d.to_string(),
    }
}
