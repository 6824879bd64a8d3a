//! `demarche eval extraction [DIR]`: article-body extraction against the
//! benchmark's true bodies (F1 over 4-gram shingles, per page, averaged).

use std::path::PathBuf;

use demarche_page::eval::{self, Totals};

use crate::error::CliResult;

#[derive(clap::Args)]
pub struct Args {
    /// Benchmark folder (ground-truth.json and html/*.html.gz); default:
    /// the shared data's data/article-extraction.
    dir: Option<PathBuf>,
    /// Print each page's precision, recall and F1.
    #[arg(long, short)]
    verbose: bool,
    /// Write each page's extracted body to DIR/NAME.txt (for inspection).
    #[arg(long, value_name = "DIR")]
    write: Option<PathBuf>,
    /// Print the extractor's trace (blocks, weights, container) for pages
    /// whose name starts with PREFIX, instead of scoring.
    #[arg(long, value_name = "PREFIX")]
    explain: Option<String>,
}

pub fn run(args: Args) -> CliResult {
    let dir = eval::benchmark_dir(args.dir)?;
    let pages = eval::load_benchmark(&dir)?;
    if let Some(prefix) = &args.explain {
        for page in pages.iter().filter(|p| p.name.starts_with(prefix.as_str())) {
            println!("{}", demarche_page::article::explain(&page.html));
        }
        return Ok(());
    }
    if let Some(out) = &args.write {
        std::fs::create_dir_all(out)?;
    }
    let mut all = Vec::new();
    let mut tuning = Vec::new();
    let mut held_out = Vec::new();
    for page in &pages {
        let predicted = eval::predicted_body(&page.html, page.url.as_deref());
        let m = eval::shingle_match(&page.truth, &predicted);
        if args.verbose {
            let half = if eval::is_tuning_page(&page.name) { "tune" } else { "held" };
            println!(
                "{}  {half}  P={:.3} R={:.3} F1={:.3}  {}",
                &page.name[..page.name.len().min(16)],
                m.precision(),
                m.recall(),
                m.f1(),
                page.url.as_deref().unwrap_or("")
            );
        }
        if let Some(out) = &args.write {
            std::fs::write(out.join(format!("{}.txt", page.name)), &predicted)?;
        }
        all.push(m);
        if eval::is_tuning_page(&page.name) { &mut tuning } else { &mut held_out }.push(m);
    }
    let line = |label: &str, t: &Totals| {
        eprintln!("{label:<10} pages={:<3} P={:.4} R={:.4} F1={:.4}", t.pages, t.precision, t.recall, t.f1)
    };
    let (t_all, t_tune, t_held) = (eval::totals(&all), eval::totals(&tuning), eval::totals(&held_out));
    line("all", &t_all);
    line("tuning", &t_tune);
    line("held-out", &t_held);
    let json = serde_json::json!({
        "pages": t_all.pages,
        "precision": t_all.precision,
        "recall": t_all.recall,
        "f1": t_all.f1,
        "tuning": t_tune,
        "held_out": t_held,
    });
    println!("{json}");
    Ok(())
}
