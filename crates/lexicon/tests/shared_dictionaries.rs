//! The PETRARCH dictionaries in the shared data: the Validate files load
//! strictly; the Phoenix/CAMEO files contain a handful of genuinely
//! malformed lines, which strict reading reports with file and line and
//! lenient reading skips and counts.

use demarche_doc::shared::require_shared;
use demarche_lexicon::{ActorDictionary, AgentDictionary, DiscardList, ReadOptions, VerbDictionary};

const DIR: &str = "data/petrarch2/dictionaries";
const LENIENT: ReadOptions = ReadOptions { lenient: true };

fn read(name: &str) -> Option<String> {
    let path = require_shared(&format!("{DIR}/{name}"))?;
    Some(std::fs::read_to_string(path).expect("readable dictionary"))
}

#[test]
fn cameo_verbs_report_their_malformed_lines_and_load_leniently() {
    let Some(text) = read("CAMEO.2.0.txt") else { return };
    let e = VerbDictionary::read(&text, "CAMEO.2.0.txt", ReadOptions::default()).unwrap_err();
    assert_eq!(e.to_string(), "CAMEO.2.0.txt:2374: unexpected `)` in pattern");
    let (d, warnings) = VerbDictionary::read(&text, "CAMEO.2.0.txt", LENIENT).unwrap();
    let patterns: usize = d.blocks.iter().map(|b| b.patterns.len()).sum();
    assert_eq!(d.synsets.len(), 40);
    assert_eq!(d.blocks.len(), 397);
    assert_eq!(patterns, 4668 - 3, "three malformed pattern lines are skipped");
    assert_eq!(d.transformations.len(), 8);
    assert_eq!(warnings.len(), 5, "{warnings:?}");
}

#[test]
fn validate_files_load_strictly_with_all_patterns() {
    let Some(text) = read("PETR.Validate.verbs.txt") else { return };
    let (d, _) = VerbDictionary::read(&text, "PETR.Validate.verbs.txt", ReadOptions::default()).unwrap();
    let patterns: usize = d.blocks.iter().map(|b| b.patterns.len()).sum();
    assert_eq!(patterns, 474, "the leading <!-- --> comments must not disable patterns");
    let Some(text) = read("PETR.Validate.actors.txt") else { return };
    let (a, w) = ActorDictionary::read(&text, "PETR.Validate.actors.txt", ReadOptions::default()).unwrap();
    assert!(a.entries.len() > 150 && w.is_empty());
    let Some(text) = read("PETR.Validate.agents.txt") else { return };
    let (g, _) = AgentDictionary::read(&text, "PETR.Validate.agents.txt", ReadOptions::default()).unwrap();
    assert!(g.entries.iter().any(|e| e.phrase == "CONGRESSMEN"));
    let Some(text) = read("PETR.Validate.discards.txt") else { return };
    let (l, _) = DiscardList::read(&text, "PETR.Validate.discards.txt", ReadOptions::default()).unwrap();
    assert_eq!(l.entries.iter().filter(|e| e.story).count(), 4);
}

#[test]
fn phoenix_files_report_bad_dates_and_load_leniently() {
    let Some(text) = read("Phoenix.Countries.actors.txt") else { return };
    let e = ActorDictionary::read(&text, "Phoenix.Countries.actors.txt", ReadOptions::default()).unwrap_err();
    assert_eq!(e.line, Some(2039));
    let (d, warnings) = ActorDictionary::read(&text, "Phoenix.Countries.actors.txt", LENIENT).unwrap();
    assert!(d.entries.len() > 20_000, "{}", d.entries.len());
    assert_eq!(warnings.len(), 8, "{warnings:?}");
    for name in ["Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt"] {
        let Some(text) = read(name) else { return };
        let (d, _) = ActorDictionary::read(&text, name, LENIENT).unwrap();
        assert!(d.entries.len() > 1000, "{name}");
    }
    let Some(text) = read("Phoenix.agents.txt") else { return };
    let (g, w) = AgentDictionary::read(&text, "Phoenix.agents.txt", LENIENT).unwrap();
    assert!(g.entries.len() > 1000);
    assert_eq!(w.len(), 2, "{w:?}");
    let Some(text) = read("Phoenix.discards.txt") else { return };
    let (l, w) = DiscardList::read(&text, "Phoenix.discards.txt", ReadOptions::default()).unwrap();
    assert!(l.entries.len() > 400 && w.is_empty());
}
