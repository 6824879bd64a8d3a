//! The store subcommands end to end, through the built binary: crash safety
//! of `ingest` under SIGKILL, idempotence, and the question commands.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use demarche_store::{EventFilter, Store};

mod common;
use common::TempDir;

const BIN: &str = env!("CARGO_BIN_EXE_demarche");

/// Document `i` reports `i % 3 + 1` events.
fn events_of(i: usize) -> usize {
    i % 3 + 1
}

/// A JSON Lines file of coded events for `docs` documents.
fn write_coded(path: &Path, docs: usize) -> usize {
    let mut out = std::io::BufWriter::new(std::fs::File::create(path).unwrap());
    let actors = ["RUS", "ISR", "PSE", "EGY", "JOR", "USA", "IGOUNO", "TUR"];
    let mut total = 0;
    for i in 0..docs {
        for s in 0..events_of(i) {
            let source = actors[(i + s) % actors.len()];
            let target = actors[(i + s + 1 + i / 7) % actors.len()];
            let target = if target == source { "QAT" } else { target };
            let day = 1 + (i / 50) % 28;
            let record = serde_json::json!({
                "doc": format!("doc-{i}"), "sentence": s,
                "text": format!("Report {i}, sentence {s}: {source} met {target}."),
                "date": format!("2021-05-{day:02}"),
                "source": source, "target": target, "source_text": source, "target_text": target,
                "code": "040", "root_code": "04", "quad_class": 1, "goldstein": 1.0, "plover": "CONSULT"
            });
            writeln!(out, "{record}").unwrap();
            total += 1;
        }
    }
    total
}

fn demarche(args: &[&str]) -> std::process::Output {
    Command::new(BIN).args(args).output().expect("run demarche")
}

/// Every stored document must hold exactly its events: none half-written.
fn assert_whole_documents(db: &Path) -> u64 {
    let store = Store::open_existing(db).unwrap();
    assert_eq!(store.check().unwrap(), Vec::<String>::new());
    let conn = rusqlite::Connection::open(db).unwrap();
    let mut stmt = conn
        .prepare(
            "SELECT d.doc_id, count(r.document_id) FROM documents d LEFT JOIN reports r ON r.document_id = d.id
             GROUP BY d.id",
        )
        .unwrap();
    let rows: Vec<(String, i64)> = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?))).unwrap().map(Result::unwrap).collect();
    for (doc, mentions) in &rows {
        let i: usize = doc.trim_start_matches("doc-").parse().unwrap();
        assert_eq!(*mentions as usize, events_of(i), "{doc} is stored with {mentions} of its {} events", events_of(i));
    }
    rows.len() as u64
}

/// A child `ingest --coded` into `db` in batches of 25 documents, reading
/// standard input from a pipe the caller holds.
fn spawn_ingest_from_pipe(extra: &[&str], db: &str) -> std::process::Child {
    Command::new(BIN)
        .args(["ingest", "--coded", "--quiet", "--batch", "25", "--db", db, "-"])
        .args(extra)
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap()
}

#[test]
fn sigkill_during_a_bulk_ingest_leaves_no_database_and_a_rerun_completes() {
    let dir = TempDir::new("bulk-crash");
    let input = dir.0.join("coded.jsonl");
    let docs = 4_000;
    let total_events = write_coded(&input, docs);
    let db = dir.0.join("events.db");
    let db_arg = db.to_str().unwrap();
    let loading = demarche_store::bulk::loading_path(&db);

    // Fed from a pipe held open, so the load cannot finish before the kill.
    let mut child = spawn_ingest_from_pipe(&["--bulk"], db_arg);
    let text = std::fs::read_to_string(&input).unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let half = text[..text.len() / 2].rfind('\n').unwrap() + 1;
    let first_half = text[..half].to_string();
    let (release, released) = std::sync::mpsc::channel::<()>();
    // Fed a little at a time, so the file is seen growing before the kill.
    let feeder = std::thread::spawn(move || {
        for chunk in first_half.as_bytes().chunks(4096) {
            if stdin.write_all(chunk).and_then(|()| stdin.flush()).is_err() {
                break; // killed
            }
            std::thread::sleep(Duration::from_millis(2));
        }
        let _ = released.recv();
        drop(stdin);
    });
    // Kill once the private file has grown past its empty schema (its
    // first documents were written).
    let started = Instant::now();
    let mut empty = None;
    loop {
        assert!(started.elapsed() < Duration::from_secs(120), "nothing written within two minutes");
        assert!(child.try_wait().unwrap().is_none(), "the ingest stopped before its input ended");
        let size = std::fs::metadata(&loading).map_or(0, |m| m.len());
        match empty {
            None if size > 0 => empty = Some(size),
            Some(first) if size > first => break,
            _ => {}
        }
        // No reader ever sees a half-loaded database.
        assert!(!db.exists());
        std::thread::sleep(Duration::from_millis(5));
    }
    child.kill().unwrap(); // SIGKILL
    child.wait().unwrap();
    release.send(()).unwrap();
    feeder.join().unwrap();
    assert!(!db.exists(), "a killed bulk load leaves nothing at --db");

    // Re-running starts over from the stale private file and completes.
    let out = demarche(&["ingest", "--coded", "--bulk", "--quiet", "--db", db_arg, input.to_str().unwrap()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(!loading.exists());
    assert_eq!(assert_whole_documents(&db), docs as u64);
    let counts = Store::open_existing(&db).unwrap().counts().unwrap();
    assert_eq!(counts.mentions, total_events as u64);

    // The result takes everyday ingests (which add nothing here); a bulk
    // load over it is refused and changes nothing.
    let out = demarche(&["ingest", "--coded", "--quiet", "--db", db_arg, input.to_str().unwrap()]);
    assert!(String::from_utf8_lossy(&out.stdout).contains("ingested 0 documents"));
    let out = demarche(&["ingest", "--coded", "--bulk", "--quiet", "--db", db_arg, input.to_str().unwrap()]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("already exists"), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(Store::open_existing(&db).unwrap().counts().unwrap(), counts);
}

#[test]
fn sigkill_during_ingest_leaves_whole_documents_and_a_rerun_completes() {
    let dir = TempDir::new("crash");
    let input = dir.0.join("coded.jsonl");
    let docs = 20_000;
    let total_events = write_coded(&input, docs);
    let db = dir.0.join("events.db");
    let db_arg = db.to_str().unwrap();

    // The ingest reads its first half from a pipe this test holds open, so
    // it cannot finish before the kill, however fast it runs.
    let mut child = spawn_ingest_from_pipe(&[], db_arg);
    let text = std::fs::read_to_string(&input).unwrap();
    // The records of documents 0 to docs/2 - 1.
    let at = text.find(&format!("\"doc\":\"doc-{}\"", docs / 2)).unwrap();
    let first_half = text[..text[..at].rfind('\n').unwrap() + 1].to_string();
    let mut stdin = child.stdin.take().unwrap();
    let (release, released) = std::sync::mpsc::channel::<()>();
    let feeder = std::thread::spawn(move || {
        // After the kill the pipe is broken: writing then fails, harmlessly.
        let _ = stdin.write_all(first_half.as_bytes());
        let _ = released.recv();
        drop(stdin);
    });

    // Query as a reader while the ingest writes; kill it once documents land.
    let started = Instant::now();
    let seen_while_running = loop {
        assert!(started.elapsed() < Duration::from_secs(120), "no document stored within two minutes");
        assert!(child.try_wait().unwrap().is_none(), "the ingest stopped before its input ended");
        if let Ok(store) = Store::open_existing(&db) {
            if let Ok(counts) = store.counts() {
                // Read after the counts, so the ingest may have committed more
                // in between; the store only grows, never shows less.
                let events = store.events(&EventFilter { limit: Some(5), ..EventFilter::default() }).unwrap();
                assert!(events.len() as u64 >= counts.events.min(5), "{} events listed after {} counted", events.len(), counts.events);
                if counts.documents >= 100 {
                    break counts.documents;
                }
            }
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    child.kill().unwrap(); // SIGKILL
    child.wait().unwrap();
    release.send(()).unwrap();
    feeder.join().unwrap();

    let stored = assert_whole_documents(&db);
    assert!(stored >= seen_while_running, "committed documents stay ({stored} < {seen_while_running})");
    assert!(stored <= docs as u64 / 2, "only the first half was given ({stored} of {docs} stored)");

    // Re-running completes the job without duplicates…
    let out = demarche(&["ingest", "--coded", "--quiet", "--db", db_arg, input.to_str().unwrap()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let summary = String::from_utf8_lossy(&out.stdout);
    assert!(summary.contains(&format!("ingested {} documents", docs as u64 - stored)), "{summary}");
    assert!(summary.contains(&format!("{stored} skipped")), "{summary}");
    assert_eq!(assert_whole_documents(&db), docs as u64);
    let counts = Store::open_existing(&db).unwrap().counts().unwrap();
    assert_eq!(counts.mentions, total_events as u64);

    // …and once more adds nothing.
    let out = demarche(&["ingest", "--coded", "--quiet", "--db", db_arg, input.to_str().unwrap()]);
    assert!(String::from_utf8_lossy(&out.stdout).contains("ingested 0 documents"));
    assert_eq!(Store::open_existing(&db).unwrap().counts().unwrap(), counts);
}

#[test]
fn question_commands_answer_from_an_ingested_database() {
    let dir = TempDir::new("questions");
    let input = dir.0.join("coded.jsonl");
    write_coded(&input, 300);
    let db = dir.0.join("q.db");
    let db_arg = db.to_str().unwrap();
    let out = demarche(&["ingest", "--coded", "--db", db_arg, input.to_str().unwrap()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));

    let out = demarche(&["events", "--db", db_arg, "--source", "RUS", "--target", "ISR", "--format", "jsonl", "--evidence"]);
    assert!(out.status.success());
    let lines: Vec<serde_json::Value> =
        String::from_utf8(out.stdout).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert!(!lines.is_empty());
    for e in &lines {
        assert_eq!((e["source"].as_str(), e["target"].as_str()), (Some("RUS"), Some("ISR")));
        assert_eq!(e["evidence"].as_array().unwrap().len() as u64, e["mentions"].as_u64().unwrap());
    }

    let svg = dir.0.join("series.svg");
    let out = demarche(&["series", "--db", db_arg, "--dyad", "RUS:ISR", "--by", "week", "--format", "csv", "--plot", svg.to_str().unwrap()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let csv = String::from_utf8(out.stdout).unwrap();
    assert_eq!(csv.lines().next(), Some("period,events"));
    let counted: u64 = csv.lines().skip(1).map(|l| l.split(',').nth(1).unwrap().parse::<u64>().unwrap()).sum();
    assert_eq!(counted, lines.len() as u64);
    let svg = std::fs::read_to_string(&svg).unwrap();
    assert!(svg.contains("<svg") && svg.contains("events") && svg.contains("2021-05"), "axis labels and legend");

    let out = demarche(&["role", "--db", db_arg, "--actor", "RUS", "--between", "ISR,PSE", "--format", "csv"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let role = String::from_utf8(out.stdout).unwrap();
    assert!(role.starts_with("period,engage_ISR,engage_PSE,"), "{role}");

    let graphml = dir.0.join("net.graphml");
    let out = demarche(&["network", "--db", db_arg, "--format", "graphml", "--out", graphml.to_str().unwrap()]);
    assert!(out.status.success());
    assert!(std::fs::read_to_string(&graphml).unwrap().contains("<graphml"));

    let out = demarche(&["export", "--db", db_arg, "--format", "gdelt"]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.lines().all(|l| l.split('\t').count() == 61));

    // Usage errors exit 2, a missing database 1, with the file named.
    assert_eq!(demarche(&["series", "--db", db_arg, "--dyad", "RUS"]).status.code(), Some(2));
    let missing = demarche(&["events", "--db", dir.0.join("none.db").to_str().unwrap()]);
    assert_eq!(missing.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("none.db"));
}

#[test]
fn bad_input_files_are_reported_and_the_rest_is_stored() {
    let dir = TempDir::new("bad");
    std::fs::write(dir.0.join("good.txt"), "Russia consulted Egypt.\n\nA second paragraph.").unwrap();
    std::fs::write(dir.0.join("bad.txt"), b"Broken \xff bytes\n").unwrap();
    std::fs::write(dir.0.join("docs.jsonl"), "{\"id\": \"j1\", \"text\": \"One.\"}\n{not json}\n").unwrap();
    let db = dir.0.join("b.db");
    let out = demarche(&["ingest", "--quiet", "--db", db.to_str().unwrap(), dir.0.to_str().unwrap()]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr.contains("bad.txt:1: invalid UTF-8"), "{stderr}");
    assert!(stderr.contains("docs.jsonl:2:"), "{stderr}");
    assert!(String::from_utf8_lossy(&out.stdout).contains("ingested 2 documents"));
    assert_eq!(Store::open_existing(&db).unwrap().counts().unwrap().documents, 2);
}

#[test]
fn ingest_reads_feeds_html_pages_and_stdin() {
    let dir = TempDir::new("inputs");
    let pages = dir.0.join("pages");
    std::fs::create_dir_all(&pages).unwrap();
    std::fs::write(
        pages.join("wire.rss"),
        r#"<?xml version="1.0"?><rss version="2.0"><channel><title>Test Wire</title>
<item><title>One</title><link>https://wire.example/1</link><pubDate>Wed, 12 May 2021 10:00:00 GMT</pubDate>
<description>Russia consulted Egypt on Wednesday.</description></item>
<item><title>Two</title><link>https://wire.example/2</link><pubDate>Thu, 13 May 2021 10:00:00 GMT</pubDate>
<description>Jordan's king met the Russian ambassador.</description></item>
</channel></rss>"#,
    )
    .unwrap();
    std::fs::write(
        pages.join("page.html"),
        "<html><head><title>Talks</title></head><body><article><h1>Talks in Cairo</h1>\
         <p>Egyptian mediators met Israeli officials in Cairo on Monday to discuss a truce in Gaza.</p>\
         <p>The talks will continue next week, officials said.</p></article></body></html>",
    )
    .unwrap();
    std::fs::write(pages.join("notes.dat"), "not an input kind: skipped").unwrap();
    let db = dir.0.join("in.db");
    let db_arg = db.to_str().unwrap();
    let out = demarche(&["ingest", "--quiet", "--date", "2021-05-17", "--db", db_arg, pages.to_str().unwrap()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stdout).contains("ingested 3 documents"), "{}", String::from_utf8_lossy(&out.stdout));

    let mut child = Command::new(BIN)
        .args(["ingest", "--quiet", "--db", db_arg, "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(b"MOSCOW, May 20, 2021 - Russia called for a cease-fire in Gaza.\n").unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("ingested 1 documents"), "{}", String::from_utf8_lossy(&out.stdout));

    let conn = rusqlite::Connection::open(&db).unwrap();
    let mut stmt = conn.prepare("SELECT url, date FROM documents ORDER BY id").unwrap();
    let rows: Vec<(Option<String>, Option<i64>)> = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?))).unwrap().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 4);
    // Feed items keep their links and dates; the page takes --date.
    assert!(rows.contains(&(Some("https://wire.example/1".into()), Some(20210512))), "{rows:?}");
    assert!(rows.contains(&(Some("https://wire.example/2".into()), Some(20210513))), "{rows:?}");
    assert!(rows.iter().any(|r| r.1 == Some(20210517)), "{rows:?}");
    // Again: everything is already stored.
    let out = demarche(&["ingest", "--quiet", "--db", db_arg, pages.to_str().unwrap()]);
    assert!(String::from_utf8_lossy(&out.stdout).contains("ingested 0 documents, 0 events (0 new after deduplication), 3 skipped"));
}
