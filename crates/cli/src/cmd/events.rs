//! `demarche events`: list stored events matching filters.

use std::io::Write;

use demarche_store::export::Format;
use demarche_store::Order;

use crate::cmd::store_common::{output, store_error, write_error, write_table, DbArg, FilterArgs};
use crate::error::{CliError, CliResult};

#[derive(clap::Args)]
pub struct Args {
    #[command(flatten)]
    db: DbArg,
    #[command(flatten)]
    filters: FilterArgs,
    /// Output: jsonl (event records with counts), csv, or table.
    #[arg(long, default_value = "table", value_parser = ["jsonl", "csv", "table"])]
    format: String,
    /// With jsonl: every report of each event (document, sentence, text).
    #[arg(long)]
    evidence: bool,
    /// At most this many events.
    #[arg(long)]
    limit: Option<usize>,
}

/// Shortens `text` to `max` characters with an ellipsis.
fn clip(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_string()
    } else {
        format!("{}…", text.chars().take(max - 1).collect::<String>())
    }
}

pub fn run(args: Args) -> CliResult {
    let store = args.db.open_existing()?;
    let mut filter = args.filters.filter()?;
    filter.limit = args.limit;
    let mut out = output(&None)?;
    match args.format.as_str() {
        "csv" => {
            store.export(&filter, Format::Csv, Order::Date, &mut out).map_err(store_error)?;
        }
        "jsonl" if !args.evidence => {
            store.export(&filter, Format::Jsonl, Order::Date, &mut out).map_err(store_error)?;
        }
        "jsonl" => {
            store
                .for_each_event(&filter, Order::Date, |e| {
                    let evidence = store.evidence(e.event_id)?;
                    let mut value = serde_json::to_value(&e).expect("events serialize");
                    value["evidence"] = serde_json::to_value(evidence).expect("evidence serializes");
                    writeln!(out, "{value}").map_err(|e| demarche_store::StoreError::Io { path: "stdout".into(), error: e })
                })
                .map_err(store_error)?;
        }
        _ => {
            let mut rows = Vec::new();
            store
                .for_each_event(&filter, Order::Date, |e| {
                    let ev = &e.event;
                    rows.push(vec![
                        e.event_id.to_string(),
                        ev.date.map_or(String::new(), |d| d.to_string()),
                        ev.source.clone(),
                        ev.target.clone(),
                        ev.code.clone(),
                        ev.quad_class.to_string(),
                        format!("{:.1}", ev.goldstein),
                        e.mentions.to_string(),
                        e.articles.to_string(),
                        e.sources.to_string(),
                        if e.root { "yes".into() } else { String::new() },
                        clip(&ev.text, 70),
                    ]);
                    Ok(())
                })
                .map_err(store_error)?;
            let header =
                ["id", "date", "source", "target", "code", "quad", "goldstein", "mentions", "articles", "sources", "root", "evidence"];
            write_table(&mut out, &header, &rows).map_err(write_error)?;
            if rows.is_empty() {
                eprintln!("no events match");
            }
        }
    }
    out.flush().map_err(|e| CliError::Failed(format!("writing output: {e}")))
}
