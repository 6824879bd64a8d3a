//! Measures how long parsing the whole built-in knowledge base takes:
//! `cargo run --release -p demarche-knowledge --example load_time`.

use demarche_knowledge::Knowledge;
use std::time::Instant;

fn main() {
    let files = Knowledge::builtin_files();
    let bytes: usize = files.iter().map(|(_, t)| t.len()).sum();
    let lines: usize = files.iter().map(|(_, t)| t.lines().count()).sum();
    let runs = 10;
    let mut best = f64::MAX;
    let mut total = 0.0;
    for _ in 0..runs {
        let start = Instant::now();
        let kb = Knowledge::from_texts(files.iter().copied()).expect("built-in knowledge loads");
        let ms = start.elapsed().as_secs_f64() * 1000.0;
        std::hint::black_box(&kb);
        best = best.min(ms);
        total += ms;
    }
    println!("{} files, {} lines, {} KiB: best {best:.1} ms, mean {:.1} ms over {runs} parses", files.len(), lines, bytes / 1024, total / runs as f64);
}
