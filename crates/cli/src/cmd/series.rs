//! `demarche series`: a dyad's interactions over time.

use std::io::Write;
use std::path::PathBuf;

use demarche_store::period::Period;
use demarche_store::series::{Measure, SeriesQuery};

use crate::cmd::store_common::{output, stdout_is_terminal, store_error, write_error, write_table, DbArg};
use crate::error::{CliError, CliResult};

#[derive(clap::Args)]
pub struct Args {
    #[command(flatten)]
    db: DbArg,
    /// SOURCE:TARGET actor code prefixes (RUS:ISR; lists: RUS,BLR:ISR).
    #[arg(long)]
    dyad: String,
    /// Count both directions (TARGET → SOURCE too).
    #[arg(long)]
    both: bool,
    /// Period: day, week (ISO, labelled by Monday), month or year.
    #[arg(long, default_value = "month", value_parser = ["day", "week", "month", "year"])]
    by: String,
    /// count: events and reports; goldstein: summed and mean Goldstein; quad: events per QuadClass.
    #[arg(long, default_value = "count", value_parser = ["count", "goldstein", "quad"])]
    measure: String,
    #[arg(long)]
    from: Option<chrono::NaiveDate>,
    #[arg(long)]
    to: Option<chrono::NaiveDate>,
    /// csv or table (default: table on a terminal, csv otherwise).
    #[arg(long, value_parser = ["csv", "table"])]
    format: Option<String>,
    /// Also draw the series as an SVG line chart.
    #[arg(long, value_name = "FILE.svg")]
    plot: Option<PathBuf>,
}

fn number(v: Option<f64>) -> String {
    match v {
        None => String::new(),
        Some(v) if v.fract() == 0.0 => format!("{v:.0}"),
        Some(v) => format!("{v:.2}"),
    }
}

pub fn run(args: Args) -> CliResult {
    let store = args.db.open_existing()?;
    let by = Period::parse(&args.by).ok_or_else(|| CliError::Usage(format!("--by {}", args.by)))?;
    let measure = Measure::parse(&args.measure).ok_or_else(|| CliError::Usage(format!("--measure {}", args.measure)))?;
    let query = SeriesQuery {
        both_directions: args.both,
        by,
        from: args.from,
        to: args.to,
        ..SeriesQuery::dyad(&args.dyad).map_err(store_error)?
    };
    let series = store.series(&query).map_err(store_error)?;
    let mut header = vec!["period"];
    header.extend(measure.columns());
    let rows: Vec<Vec<String>> = series
        .points
        .iter()
        .map(|p| std::iter::once(p.label.clone()).chain(measure.values(p).into_iter().map(number)).collect())
        .collect();
    let mut out = output(&None)?;
    let table = args.format.as_deref().map_or_else(stdout_is_terminal, |f| f == "table");
    if table {
        write_table(&mut out, &header, &rows).map_err(write_error)?;
    } else {
        writeln!(out, "{}", header.join(",")).map_err(write_error)?;
        for row in &rows {
            writeln!(out, "{}", row.join(",")).map_err(write_error)?;
        }
    }
    out.flush().map_err(write_error)?;
    if series.undated > 0 {
        eprintln!("note: {} matching events have no date and are not in any period", series.undated);
    }
    if let Some(path) = &args.plot {
        let direction = if args.both { "↔" } else { "→" };
        let title = format!("{} {direction} {}: {} by {}", query.source.join(","), query.target.join(","), args.measure, args.by);
        demarche_store::series::plot_svg(&series, measure, &title, path).map_err(store_error)?;
        eprintln!("plot written to {}", path.display());
    }
    Ok(())
}
