//! Loads the Phoenix dictionary set once (a profiling aid):
//! `cargo run --release -p demarche-code --example load_phoenix -- DICTDIR`.

use demarche_code::coder::Coder;
use demarche_code::petrarch::{load_petrarch, DictionaryPaths};
use demarche_lexicon::ReadOptions;

fn main() {
    let dir = std::path::PathBuf::from(std::env::args().nth(1).expect("dictionary directory"));
    let paths = DictionaryPaths {
        verbs: Some(dir.join("CAMEO.2.0.txt")),
        actors: ["Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt"].iter().map(|f| dir.join(f)).collect(),
        agents: Some(dir.join("Phoenix.agents.txt")),
        discards: Some(dir.join("Phoenix.discards.txt")),
    };
    let t = std::time::Instant::now();
    let (lex, w) = load_petrarch(&paths, ReadOptions { lenient: true }).expect("loads");
    let coder = Coder::new(lex);
    println!("{} patterns, {} warnings, {:?}", coder.lexicon.patterns.len(), w.len(), t.elapsed());
}
