//! `demarche network`: the actor interaction network and its centralities.

use std::io::Write;
use std::path::PathBuf;

use demarche_store::network::NetworkQuery;

use crate::cmd::store_common::{output, store_error, write_error, write_table, DbArg, FilterArgs};
use crate::error::CliResult;

#[derive(clap::Args)]
pub struct Args {
    #[command(flatten)]
    db: DbArg,
    #[command(flatten)]
    filters: FilterArgs,
    /// Merge actors into countries and organisations (RUSGOV → RUS).
    #[arg(long)]
    countries: bool,
    /// table (nodes by weighted degree), nodes-csv, edges-csv (Gephi: Source,Target,Weight) or graphml.
    #[arg(long, default_value = "table", value_parser = ["table", "nodes-csv", "edges-csv", "graphml"])]
    format: String,
    /// Write to this file instead of stdout.
    #[arg(long)]
    out: Option<PathBuf>,
    /// Table: at most this many actors.
    #[arg(long, default_value_t = 30)]
    top: usize,
}

pub fn run(args: Args) -> CliResult {
    let store = args.db.open_existing()?;
    let query = NetworkQuery { filter: args.filters.filter()?, principals: args.countries };
    let net = store.network(&query).map_err(store_error)?;
    let mut out = output(&args.out)?;
    match args.format.as_str() {
        "graphml" => net.write_graphml(&mut out).map_err(write_error)?,
        "nodes-csv" => {
            writeln!(out, "Id,Label,degree,weighted_degree,betweenness").map_err(write_error)?;
            for n in &net.nodes {
                writeln!(out, "{0},{0},{1},{2},{3}", n.actor, n.degree, n.weighted_degree, n.betweenness).map_err(write_error)?;
            }
        }
        "edges-csv" => {
            writeln!(out, "Source,Target,Weight,Mentions,GoldsteinMean,Type").map_err(write_error)?;
            for e in &net.edges {
                writeln!(out, "{},{},{},{},{:.3},Directed", e.source, e.target, e.events, e.mentions, e.goldstein_mean)
                    .map_err(write_error)?;
            }
        }
        _ => {
            let mut nodes: Vec<_> = net.nodes.iter().collect();
            nodes.sort_by(|a, b| b.weighted_degree.cmp(&a.weighted_degree).then_with(|| a.actor.cmp(&b.actor)));
            let rows: Vec<Vec<String>> = nodes
                .iter()
                .take(args.top)
                .map(|n| vec![n.actor.clone(), n.degree.to_string(), n.weighted_degree.to_string(), format!("{:.4}", n.betweenness)])
                .collect();
            write_table(&mut out, &["actor", "degree", "weighted_degree", "betweenness"], &rows).map_err(write_error)?;
            writeln!(out, "{} actors, {} directed edges", net.nodes.len(), net.edges.len()).map_err(write_error)?;
        }
    }
    out.flush().map_err(write_error)
}
