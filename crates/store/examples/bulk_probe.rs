//! Scratch probe for the bulk-load path (not kept).
use std::time::Instant;
use demarche_store::synth::Synth;
use demarche_store::{BulkLoad, OpenOptions};

fn cpu() -> f64 {
    let s = std::fs::read_to_string("/proc/self/stat").unwrap();
    let f: Vec<&str> = s.rsplit(')').next().unwrap().split_whitespace().collect();
    (f[11].parse::<f64>().unwrap() + f[12].parse::<f64>().unwrap()) / 100.0
}

fn main() {
    let n: u64 = std::env::args().nth(1).map_or(1_000_000, |a| a.parse().unwrap());
    let path = std::path::PathBuf::from("/tmp/sb2/probe.db");
    let _ = std::fs::remove_file(&path);
    let synth = Synth { events: n, ..Synth::default() };
    let mut load = BulkLoad::create(&path, &OpenOptions { cache_mib: 1024, ..OpenOptions::default() }, 1).unwrap();
    let mut docs = synth.documents().peekable();
    let (mut t, mut c) = (0.0, 0.0);
    let mut batch = Vec::new();
    while docs.peek().is_some() {
        batch.clear();
        batch.extend(docs.by_ref().take(10000));
        let (w, k) = (Instant::now(), cpu());
        load.insert_documents(&batch).unwrap();
        t += w.elapsed().as_secs_f64();
        c += cpu() - k;
    }
    let (lt, lc) = (t, c);
    let (w, k) = (Instant::now(), cpu());
    let store = load.finish().unwrap();
    let (ft, fc) = (w.elapsed().as_secs_f64(), cpu() - k);
    let counts = store.counts().unwrap();
    let size = std::fs::metadata(&path).unwrap().len() as f64 / 1048576.0;
    println!("load {lt:.2}s wall {lc:.2} cpu; finish {ft:.2}s wall {fc:.2} cpu; events {}; {:.0} ev/s wall, {:.0} ev/cpu-s; {:.1} MiB/M",
        counts.events, counts.events as f64 / (lt + ft), counts.events as f64 / (lc + fc), size / (n as f64 / 1e6));
}
