//! `demarche code` end to end through the built binary: the JSON Lines
//! contract, `--explain`, `--format csv|gdelt|plover`, and `--dictionary DIR`
//! (overrides take effect; a broken file is rejected with file and line).

use std::io::Write;
use std::process::{Command, Stdio};

mod common;
use common::TempDir;

const BIN: &str = env!("CARGO_BIN_EXE_demarche");

const STORY: &str = "On May 21, the Russian Foreign Ministry condemned Israel.\n\nLater, Zorblax Quintana praised Egypt.\n";

/// Runs `demarche code - --date 2021-05-24 ARGS` on `STORY`.
fn code(args: &[&str]) -> (bool, String, String) {
    let mut child = Command::new(BIN)
        .args(["code", "-", "--date", "2021-05-24"])
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("runs");
    child.stdin.take().unwrap().write_all(STORY.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    (out.status.success(), String::from_utf8_lossy(&out.stdout).into_owned(), String::from_utf8_lossy(&out.stderr).into_owned())
}

fn json_lines(text: &str) -> Vec<serde_json::Value> {
    text.lines().map(|l| serde_json::from_str(l).expect("one JSON object a line")).collect()
}

#[test]
fn jsonl_contract_and_explain() {
    let (ok, out, err) = code(&[]);
    assert!(ok, "{err}");
    let events = json_lines(&out);
    let e = events.iter().find(|e| e["source"] == "RUSGOV" && e["target"] == "ISR").unwrap_or_else(|| panic!("RUSGOV→ISR in {out}"));
    for field in ["doc", "sentence", "text", "date", "source", "target", "source_text", "target_text", "code", "root_code", "quad_class", "goldstein", "plover"] {
        assert!(e.get(field).is_some(), "field {field} missing: {e}");
    }
    assert_eq!(e["date"], "2021-05-21");
    assert!(e["code"].as_str().unwrap().starts_with("11"), "{e}");
    assert!(e.get("explain").is_none(), "explain only on request");
    // No name for "Zorblax Quintana" in the built-in knowledge.
    assert!(!events.iter().any(|e| e["source_text"].as_str().unwrap_or("").contains("Zorblax")), "{out}");

    let (ok, out, err) = code(&["--explain"]);
    assert!(ok, "{err}");
    let events = json_lines(&out);
    let e = events.iter().find(|e| e["source"] == "RUSGOV").unwrap();
    let x = &e["explain"];
    assert!(x["pattern"].as_str().unwrap().contains("patterns/") && x["pattern"].as_str().unwrap().contains(".txt:"), "{x}");
    assert!(x["source_entry"].as_str().unwrap().contains(".txt:"), "{x}");
    assert!(x["target_entry"].as_str().unwrap().contains("Israel"), "{x}");
    assert!(x["path"].as_str().unwrap().contains("nsubj"), "{x}");
}

#[test]
fn other_formats() {
    let (ok, csv, err) = code(&["--format", "csv"]);
    assert!(ok, "{err}");
    let mut lines = csv.lines();
    assert!(lines.next().unwrap().starts_with("doc,sentence,text,date,source,target"), "{csv}");
    assert!(lines.any(|l| l.contains(",RUSGOV,ISR,")), "{csv}");

    let (ok, gdelt, err) = code(&["--format", "gdelt"]);
    assert!(ok, "{err}");
    let row: Vec<&str> = gdelt.lines().find(|l| l.contains("RUSGOV")).unwrap_or_else(|| panic!("{gdelt}")).split('\t').collect();
    assert_eq!(row.len(), 61, "{row:?}");

    let (ok, plover, err) = code(&["--format", "plover"]);
    assert!(ok, "{err}");
    let records = json_lines(&plover);
    assert!(!records.is_empty());
    assert!(records.iter().all(|r| r.to_string().contains("RUS") || r.to_string().contains("EGY")), "{plover}");
}

#[test]
fn dictionary_directory_overrides_and_errors() {
    let dir = TempDir::new("dict");
    std::fs::write(dir.0.join("people.txt"), "person Zorblax Quintana\n  code EGYGOV 2020-01-01.. @fm Foreign Minister\n").unwrap();
    let (ok, out, err) = code(&["--dictionary", dir.0.to_str().unwrap()]);
    assert!(ok, "{err}");
    assert!(json_lines(&out).iter().any(|e| e["source"] == "EGYGOV" && e["source_text"].as_str().unwrap().contains("Zorblax")), "{out}");

    std::fs::write(dir.0.join("bad.txt"), "group Blue Front\n  code ZZZREB\n").unwrap();
    let (ok, _, err) = code(&["--dictionary", dir.0.to_str().unwrap()]);
    assert!(!ok, "a dictionary with an unknown code is rejected");
    assert!(err.contains("bad.txt:2"), "{err}");
}

#[test]
fn an_undated_document_is_coded_as_of_today_and_said_so() {
    let run = |args: &[&str]| {
        let mut child = Command::new(BIN).args(["code", "-"]).args(args).stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().expect("runs");
        child.stdin.take().unwrap().write_all(b"Russia condemned Israel.\n").unwrap();
        let out = child.wait_with_output().unwrap();
        assert!(out.status.success());
        (json_lines(&String::from_utf8_lossy(&out.stdout)), String::from_utf8_lossy(&out.stderr).into_owned())
    };
    let (events, err) = run(&[]);
    let e = events.iter().find(|e| e["source"] == "RUS" && e["target"] == "ISR").unwrap_or_else(|| panic!("RUS→ISR in {events:?}"));
    // Today, by the clock the binary read; the test reads it after, so it
    // may have passed midnight in between.
    let date = e["date"].as_str().unwrap();
    assert!(err.contains("states no date") && err.contains(date), "{err}");
    assert!(date.starts_with("20") && date.len() == 10, "{date}");
    // With --date: that date, and no notice.
    let (events, err) = run(&["--date", "2021-05-24"]);
    assert!(events.iter().all(|e| e["date"] == "2021-05-24"), "{events:?}");
    assert!(!events.is_empty() && !err.contains("no date"), "{err}");
}
