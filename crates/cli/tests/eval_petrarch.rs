//! `demarche eval petrarch` end to end: PETRARCH2's unit-test suite coded
//! with our own parser instead of the supplied parses keeps the issue's
//! guard (at least 220 of 284 records exactly right), and the summary line
//! is the JSON the command documents.

use std::process::Command;

use demarche_doc::shared::require_shared;

const BIN: &str = env!("CARGO_BIN_EXE_demarche");

/// The last line of `eval petrarch FILE --dictionaries DIR --parser PARSER`.
fn summary(parser: &str) -> Option<serde_json::Value> {
    let suite = require_shared("data/petrarch2/text/PETR.UnitTest.records.xml")?;
    let dictionaries = require_shared("data/petrarch2/dictionaries")?;
    let out = Command::new(BIN)
        .args(["eval", "petrarch"])
        .arg(&suite)
        .arg("--dictionaries")
        .arg(&dictionaries)
        .args(["--parser", parser])
        .output()
        .expect("runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let stdout = String::from_utf8_lossy(&out.stdout);
    let last = stdout.lines().last().expect("a summary line");
    Some(serde_json::from_str(last).expect("the summary line is JSON"))
}

#[test]
fn own_parser_keeps_the_suite_target() {
    let Some(s) = summary("own") else { return };
    assert_eq!(s["parser"], "own");
    assert_eq!(s["records"], 284);
    let right = s["right"].as_u64().unwrap();
    assert!(right >= 220, "own parses: only {right} of 284 records right (target 220)");
    let (right, partial, wrong) = (right, s["partial"].as_u64().unwrap(), s["wrong"].as_u64().unwrap());
    assert_eq!(right + partial + wrong, 284, "every record has one verdict");
}
