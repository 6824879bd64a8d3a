//! `demarche role`: a third party's role in a conflict dyad (the formula is
//! documented in `demarche_store::role`).

use std::io::Write;

use demarche_store::period::Period;
use demarche_store::role::RoleQuery;

use crate::cmd::store_common::{output, stdout_is_terminal, store_error, write_error, write_table, DbArg};
use crate::error::{CliError, CliResult};

#[derive(clap::Args)]
pub struct Args {
    #[command(flatten)]
    db: DbArg,
    /// The third party (actor code prefixes, comma-separated).
    #[arg(long, value_delimiter = ',', required = true)]
    actor: Vec<String>,
    /// The two sides of the conflict: X,Y (actor code prefixes).
    #[arg(long, value_name = "X,Y")]
    between: String,
    /// Group by day, week, month or year (default: one row for the whole range).
    #[arg(long, value_parser = ["day", "week", "month", "year"])]
    by: Option<String>,
    #[arg(long)]
    from: Option<chrono::NaiveDate>,
    #[arg(long)]
    to: Option<chrono::NaiveDate>,
    /// csv or table (default: table on a terminal, csv otherwise).
    #[arg(long, value_parser = ["csv", "table"])]
    format: Option<String>,
}

fn mean(v: Option<f64>) -> String {
    v.map_or(String::new(), |v| format!("{v:.2}"))
}

pub fn run(args: Args) -> CliResult {
    let sides: Vec<String> =
        args.between.split(',').map(|s| s.trim().to_ascii_uppercase()).filter(|s| !s.is_empty()).collect();
    let [x, y] = <[String; 2]>::try_from(sides)
        .map_err(|_| CliError::Usage(format!("--between {}: give two sides, e.g. ISR,PSE", args.between)))?;
    let store = args.db.open_existing()?;
    let query = RoleQuery {
        actor: args.actor.iter().map(|a| a.trim().to_ascii_uppercase()).collect(),
        sides: [vec![x.clone()], vec![y.clone()]],
        by: args.by.as_deref().and_then(Period::parse),
        from: args.from,
        to: args.to,
    };
    let report = store.role(&query).map_err(store_error)?;
    let engage_x = format!("engage_{x}");
    let engage_y = format!("engage_{y}");
    let goldstein_x = format!("goldstein_{x}");
    let goldstein_y = format!("goldstein_{y}");
    let header = [
        "period",
        engage_x.as_str(),
        engage_y.as_str(),
        "mediation",
        goldstein_x.as_str(),
        goldstein_y.as_str(),
        "balance",
        "counterparts",
        "third_party",
        "share",
        "role_index",
    ];
    let table = args.format.as_deref().map_or_else(stdout_is_terminal, |f| f == "table");
    let rows: Vec<Vec<String>> = report
        .rows
        .iter()
        .map(|r| {
            vec![
                r.label.clone(),
                r.engagement[0].to_string(),
                r.engagement[1].to_string(),
                r.mediation.to_string(),
                mean(r.goldstein[0]),
                mean(r.goldstein[1]),
                format!("{:.2}", r.balance),
                if table { format!("{} {}", r.counterparts.len(), r.counterparts.join(" ")) } else { r.counterparts.len().to_string() },
                r.third_party.to_string(),
                format!("{:.3}", r.share),
                format!("{:.3}", r.index),
            ]
        })
        .collect();
    let mut out = output(&None)?;
    if table {
        write_table(&mut out, &header, &rows).map_err(write_error)?;
        if let (Some(index), Some(engagement)) = (report.index_trend, report.engagement_trend) {
            writeln!(
                out,
                "trend per {}: role index {index:+.4}, engagement {engagement:+.2} events",
                args.by.as_deref().unwrap_or("period")
            )
            .map_err(write_error)?;
        }
    } else {
        writeln!(out, "{}", header.join(",")).map_err(write_error)?;
        for row in &rows {
            writeln!(out, "{}", row.join(",")).map_err(write_error)?;
        }
    }
    out.flush().map_err(write_error)
}
