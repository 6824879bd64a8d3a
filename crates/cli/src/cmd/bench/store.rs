//! `demarche bench store`: insert rate, size and query latency of the event
//! store on a deterministic synthetic archive (default 10 M reports over 20
//! years and 2,000 actors).

use std::path::PathBuf;
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use demarche_store::period::Period;
use demarche_store::series::SeriesQuery;
use demarche_store::synth::{country_code, Synth};
use demarche_store::{BulkLoad, EventFilter, OpenOptions, Order, Store, DEFAULT_WINDOW_DAYS};

use super::measure::process_cpu_seconds;
use crate::cmd::store_common::store_error;
use crate::error::{CliError, CliResult};

#[derive(clap::Args)]
pub struct Args {
    /// Coded reports (event mentions) to generate and insert.
    #[arg(long, default_value_t = 10_000_000)]
    events: u64,
    /// Database file to build (default: a fresh file in the temp directory,
    /// removed afterwards unless --keep).
    #[arg(long)]
    db: Option<PathBuf>,
    /// Keep the database file.
    #[arg(long)]
    keep: bool,
    /// Only time the queries, on a database kept by an earlier run (--db).
    #[arg(long, requires = "db")]
    queries_only: bool,
    /// Documents per transaction (larger transactions write each touched
    /// b-tree page fewer times).
    #[arg(long, default_value_t = 10000)]
    batch: usize,
    /// Insert as an everyday ingest does (WAL, synced commits, indexes kept
    /// up) instead of as a bulk load of a new database (a private file, no
    /// journal, linked into place when complete).
    #[arg(long)]
    incremental: bool,
    /// With --incremental: drop the events table's secondary indexes for
    /// the load and build them at its end (the build is counted in the
    /// insert time).
    #[arg(long, requires = "incremental")]
    defer_indexes: bool,
    /// Days the archive spans (default 20 years). Fewer days with fewer
    /// reports keep the 10 M-report corpus's reports per day, so a small
    /// profiled run has the same shape per transaction.
    #[arg(long)]
    days: Option<u32>,
    /// Percent of reports that repeat an event reported in the days before
    /// in another article, so deduplication has work to do (0: every report
    /// is a distinct event).
    #[arg(long, default_value_t = 20, value_parser = clap::value_parser!(u32).range(0..=100))]
    repeat_percent: u32,
    /// Page cache of the writing connection, MiB.
    #[arg(long, default_value_t = 1024)]
    cache_mib: u32,
}

/// Where the bench writes.
enum Target {
    Store(Store),
    Bulk(BulkLoad),
}

fn median(mut samples: Vec<Duration>) -> Duration {
    samples.sort();
    samples[samples.len() / 2]
}

/// Cold (first) and warm (median of the next runs) latency of `query`,
/// which returns how many rows it produced.
fn time_query(runs: usize, mut query: impl FnMut() -> Result<usize, CliError>) -> Result<(Duration, Duration, usize), CliError> {
    let t = Instant::now();
    let rows = query()?;
    let cold = t.elapsed();
    let mut warm = Vec::new();
    for _ in 0..runs {
        let t = Instant::now();
        query()?;
        warm.push(t.elapsed());
    }
    Ok((cold, median(warm), rows))
}

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1000.0)
}

pub fn run(args: Args) -> CliResult {
    let path = args.db.clone().unwrap_or_else(|| std::env::temp_dir().join(format!("demarche-bench-{}.db", std::process::id())));
    let defaults = Synth::default();
    let synth = Synth { events: args.events, days: args.days.unwrap_or(defaults.days), repeat_percent: args.repeat_percent, ..defaults };
    if args.queries_only {
        return time_queries(&path, &synth);
    }
    for suffix in ["", "-wal", "-shm"] {
        let p = PathBuf::from(format!("{}{suffix}", path.display()));
        if p.exists() {
            std::fs::remove_file(&p)?;
        }
    }
    println!(
        "bench store ({}): {} reports, {} actors, {} days from {}, {} reports/document, {}% repeats; db {}",
        if args.incremental { "incremental" } else { "bulk load" },
        synth.events,
        synth.countries * 10,
        synth.days,
        synth.first_day,
        synth.events_per_doc,
        synth.repeat_percent,
        path.display()
    );
    let options = OpenOptions { cache_mib: args.cache_mib, ..OpenOptions::default() };
    let mut target = if args.incremental {
        Target::Store(Store::open_with(&path, &options).map_err(store_error)?)
    } else {
        Target::Bulk(BulkLoad::create(&path, &options, DEFAULT_WINDOW_DAYS).map_err(store_error)?)
    };

    // Insert: time only the store's work, not the generator's.
    let mut insert_time = Duration::ZERO;
    let mut insert_cpu = 0.0;
    let mut inserted = 0u64;
    let mut batch = Vec::with_capacity(args.batch);
    let mut docs = synth.documents().peekable();
    let wall = Instant::now();
    let mut next_report = 1_000_000u64;
    let timed = |insert_time: &mut Duration, insert_cpu: &mut f64, work: &mut dyn FnMut() -> CliResult| -> CliResult {
        let (t, cpu) = (Instant::now(), process_cpu_seconds());
        work()?;
        *insert_time += t.elapsed();
        if let (Some(before), Some(after)) = (cpu, process_cpu_seconds()) {
            *insert_cpu += after - before;
        }
        Ok(())
    };
    if let (true, Target::Store(store)) = (args.defer_indexes, &mut target) {
        timed(&mut insert_time, &mut insert_cpu, &mut || store.defer_indexes().map_err(store_error))?;
    }
    while docs.peek().is_some() {
        batch.clear();
        batch.extend(docs.by_ref().take(args.batch.max(1)));
        timed(&mut insert_time, &mut insert_cpu, &mut || {
            match &mut target {
                Target::Store(store) => store.insert_documents(&batch).map(drop),
                Target::Bulk(load) => load.insert_documents(&batch).map(drop),
            }
            .map_err(store_error)
        })?;
        inserted += batch.iter().map(|(_, e)| e.len() as u64).sum::<u64>();
        if inserted >= next_report {
            eprintln!("  {inserted} reports, {:.0}/s", inserted as f64 / insert_time.as_secs_f64());
            next_report += 1_000_000;
        }
    }
    let before = insert_time;
    let mut finished = None;
    match target {
        Target::Store(mut store) => {
            if args.defer_indexes {
                timed(&mut insert_time, &mut insert_cpu, &mut || store.build_indexes().map_err(store_error))?;
            }
            // The log's last pages still have to reach the database file:
            // that is store work too.
            timed(&mut insert_time, &mut insert_cpu, &mut || store.checkpoint().map_err(store_error))?;
            finished = Some(store);
        }
        Target::Bulk(load) => {
            // Indexes, sync, link into place: counted as insert time.
            let mut load = Some(load);
            timed(&mut insert_time, &mut insert_cpu, &mut || {
                finished = Some(load.take().expect("once").finish().map_err(store_error)?);
                Ok(())
            })?;
        }
    }
    let store = finished.expect("set above");
    eprintln!("  indexes and final write in {:.1} s", (insert_time - before).as_secs_f64());
    let wall = wall.elapsed();
    let counts = store.counts().map_err(store_error)?;
    let size = std::fs::metadata(&path)?.len();
    let store_secs = insert_time.as_secs_f64();
    println!(
        "insert: {} reports = {} events after deduplication, {} documents, in {:.1} s of store time: {:.0} events/s, {:.0} reports/s; \
         {:.1} CPU s: {:.0} events, {:.0} reports per CPU second ({:.1} s wall with generation)",
        inserted,
        counts.events,
        counts.documents,
        store_secs,
        counts.events as f64 / store_secs,
        inserted as f64 / store_secs,
        insert_cpu,
        counts.events as f64 / insert_cpu.max(1e-9),
        inserted as f64 / insert_cpu.max(1e-9),
        wall.as_secs_f64(),
    );
    println!(
        "size: {:.1} MiB = {:.1} MiB per million reports (documents' text included)",
        size as f64 / 1048576.0,
        size as f64 / 1048576.0 / (inserted as f64 / 1e6)
    );
    drop(store);
    time_queries(&path, &synth)?;
    if args.keep {
        println!("kept {}", path.display());
    } else {
        for suffix in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
        }
    }
    Ok(())
}

/// Query latencies on a fresh connection, as a separate analyst process
/// would see them.
fn time_queries(path: &std::path::Path, synth: &Synth) -> CliResult {
    let store = Store::open_existing(path).map_err(store_error)?;
    let (a, b) = (country_code(0), country_code(1));
    let (c, d) = (country_code(0), country_code(synth.countries / 2));
    for (what, dyad) in [("the busiest dyad", format!("{a}:{b}")), ("the busiest actor with a median one", format!("{c}:{d}"))] {
        let query = SeriesQuery { by: Period::Month, ..SeriesQuery::dyad(&dyad).map_err(store_error)? };
        let (cold, warm, rows) = time_query(9, || {
            let s = store.series(&query).map_err(store_error)?;
            Ok(s.points.iter().map(|p| p.events as usize).sum())
        })?;
        println!("query series --dyad {dyad} --by month ({what}, all years): {rows} events; cold {}, warm {}", ms(cold), ms(warm));
    }
    let month_from = NaiveDate::from_ymd_opt(2011, 5, 1).expect("date");
    let month_to = NaiveDate::from_ymd_opt(2011, 5, 31).expect("date");
    let top = EventFilter { actor: vec![a.clone()], from: Some(month_from), to: Some(month_to), ..EventFilter::default() };
    let mid_actor = country_code(synth.countries / 2);
    let mid = EventFilter { actor: vec![mid_actor.clone()], ..EventFilter::default() };
    for (what, filter) in
        [(format!("--actor {a} --from 2011-05-01 --to 2011-05-31 (busiest actor, one month)"), top), (format!("--actor {mid_actor} (a median actor, all years)"), mid)]
    {
        let (cold, warm, rows) = time_query(9, || {
            let mut n = 0;
            store.for_each_event(&filter, Order::Date, |_| {
                n += 1;
                Ok(())
            })
            .map_err(store_error)?;
            Ok(n)
        })?;
        println!("query events {what}: {rows} events with evidence; cold {}, warm {}", ms(cold), ms(warm));
    }
    Ok(())
}
