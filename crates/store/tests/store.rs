//! Writing to the store: idempotence, deduplication, evidence, migration,
//! and bad databases.

mod common;

use common::{date, doc, event, temp_store, tempdir};
use demarche_store::schema::{self, LATEST_VERSION};
use demarche_store::{EventFilter, Inserted, OpenOptions, Store, StoreError};

#[test]
fn reingesting_a_document_adds_nothing() {
    let (_dir, mut store) = temp_store();
    let a = doc("a", Some("https://news.example/a"), Some("Wire"), &["Russia consulted Egypt.", "More text."]);
    let events = vec![event(&a, 0, Some("2021-05-12"), "RUS", "EGY", "040")];
    assert_eq!(store.insert_document(&a, &events).unwrap(), Inserted::Stored { mentions: 1, new_events: 1 });
    // The same document again, the same URL with new text, the same text at a new URL.
    assert_eq!(store.insert_document(&a, &events).unwrap(), Inserted::Duplicate);
    let moved = doc("a2", Some("https://news.example/a"), None, &["Other words entirely."]);
    assert_eq!(store.insert_document(&moved, &[]).unwrap(), Inserted::Duplicate);
    let mirror = doc("a3", Some("https://mirror.example/a"), None, &["Russia  consulted Egypt.", "More\ntext."]);
    assert_eq!(store.insert_document(&mirror, &events).unwrap(), Inserted::Duplicate);
    let c = store.counts().unwrap();
    assert_eq!((c.documents, c.events, c.mentions), (1, 1, 1));
    assert!(store.check().unwrap().is_empty());
}

#[test]
fn reports_within_the_window_are_one_event() {
    let (_dir, mut store) = temp_store();
    let a = doc("a", Some("https://one.example/a"), Some("One"), &["Russia consulted Egypt on Tuesday."]);
    let b = doc("b", Some("https://two.example/b"), Some("Two"), &["Intro.", "Moscow held talks with Cairo."]);
    let c = doc("c", Some("https://one.example/c"), Some("One"), &["Russian and Egyptian envoys met."]);
    let d = doc("d", Some("https://three.example/d"), Some("Three"), &["Russia consulted Egypt again."]);
    store.insert_document(&a, &[event(&a, 0, Some("2021-05-12"), "RUS", "EGY", "040")]).unwrap();
    // One day later, another outlet, not in the lead: the same event.
    store.insert_document(&b, &[event(&b, 1, Some("2021-05-13"), "RUS", "EGY", "040")]).unwrap();
    // The same outlet again, one day earlier: the same event, no new source.
    store.insert_document(&c, &[event(&c, 0, Some("2021-05-11"), "RUS", "EGY", "040")]).unwrap();
    // Two days after the first report: outside the ±1-day window.
    store.insert_document(&d, &[event(&d, 0, Some("2021-05-14"), "RUS", "EGY", "040")]).unwrap();

    let events = store.events(&EventFilter::default()).unwrap();
    assert_eq!(events.len(), 2);
    let first = &events[0];
    assert_eq!(first.event.date, Some(date("2021-05-12")));
    assert_eq!((first.mentions, first.articles, first.sources), (3, 3, 2));
    assert!(first.root);
    assert_eq!(first.event.doc, "a");
    let evidence = store.evidence(first.event_id).unwrap();
    let texts: Vec<&str> = evidence.iter().map(|e| e.text.as_str()).collect();
    assert_eq!(texts, ["Russia consulted Egypt on Tuesday.", "Moscow held talks with Cairo.", "Russian and Egyptian envoys met."]);
    assert_eq!(evidence.iter().map(|e| e.root).collect::<Vec<_>>(), [true, false, true]);
    assert_eq!((events[1].event.date, events[1].mentions), (Some(date("2021-05-14")), 1));
    assert!(store.check().unwrap().is_empty());

    // A wider window merges them, and narrowing it again splits them back.
    store.set_window_days(2).unwrap();
    assert_eq!(store.events(&EventFilter::default()).unwrap().len(), 2, "11–13 one event, 14 is 3 days after the 11th");
    store.set_window_days(3).unwrap();
    let merged = store.events(&EventFilter::default()).unwrap();
    assert_eq!(merged.len(), 1);
    assert_eq!((merged[0].mentions, merged[0].articles, merged[0].sources), (4, 4, 3));
    assert_eq!(merged[0].event.date, Some(date("2021-05-11")), "batch clustering anchors at the earliest report");
    assert!(store.check().unwrap().is_empty());
    store.set_window_days(0).unwrap();
    assert_eq!(store.events(&EventFilter::default()).unwrap().len(), 4);
    assert!(store.check().unwrap().is_empty());
}

#[test]
fn different_codes_dyads_and_directions_stay_apart() {
    let (_dir, mut store) = temp_store();
    let a = doc("a", None, None, &["s0", "s1", "s2", "s3"]);
    let events = vec![
        event(&a, 0, Some("2021-05-12"), "RUS", "EGY", "040"),
        event(&a, 1, Some("2021-05-12"), "EGY", "RUS", "040"),
        event(&a, 2, Some("2021-05-12"), "RUS", "EGY", "042"),
        event(&a, 3, Some("2021-05-12"), "RUS", "JOR", "040"),
    ];
    assert_eq!(store.insert_document(&a, &events).unwrap(), Inserted::Stored { mentions: 4, new_events: 4 });
}

#[test]
fn one_sentence_coded_twice_is_one_report_and_undated_reports_stay_in_their_article() {
    let (_dir, mut store) = temp_store();
    let a = doc("a", None, Some("One"), &["Russia urged and called on Israel.", "Later, Russia urged Israel."]);
    let twice = event(&a, 0, Some("2021-05-19"), "RUS", "ISR", "020");
    let result = store.insert_document(&a, &[twice.clone(), twice, event(&a, 1, Some("2021-05-19"), "RUS", "ISR", "020")]);
    assert_eq!(result.unwrap(), Inserted::Stored { mentions: 3, new_events: 1 });
    let e = &store.events(&EventFilter::default()).unwrap()[0];
    assert_eq!((e.mentions, e.articles), (2, 1));

    let b = doc("b", None, None, &["Russia warned Israel.", "Russia warned Israel again."]);
    let c = doc("c", None, None, &["Russia warned Israel, it said."]);
    store.insert_document(&b, &[event(&b, 0, None, "RUS", "ISR", "130"), event(&b, 1, None, "RUS", "ISR", "130")]).unwrap();
    store.insert_document(&c, &[event(&c, 0, None, "RUS", "ISR", "130")]).unwrap();
    let undated: Vec<_> = store.events(&EventFilter { code: vec!["13".into()], ..EventFilter::default() }).unwrap();
    assert_eq!(undated.iter().map(|e| e.mentions).collect::<Vec<_>>(), [2, 1]);
    store.set_window_days(3).unwrap();
    let undated: Vec<_> = store.events(&EventFilter { code: vec!["13".into()], ..EventFilter::default() }).unwrap();
    assert_eq!(undated.iter().map(|e| e.mentions).collect::<Vec<_>>(), [2, 1], "re-clustering keeps undated reports apart");
    assert!(store.check().unwrap().is_empty());
}

#[test]
fn evidence_not_in_the_body_is_kept_verbatim() {
    let (_dir, mut store) = temp_store();
    let a = doc("a", None, None, &["Lavrov met Shoukry in Moscow."]);
    let mut e = event(&a, 0, Some("2021-05-12"), "RUS", "EGY", "040");
    e.text = "A sentence the coder rewrote.".into();
    let mut far = event(&a, 7, Some("2021-05-12"), "RUS", "JOR", "040");
    far.text = "Sentence seven.".into();
    store.insert_document(&a, &[e, far]).unwrap();
    let events = store.events(&EventFilter::default()).unwrap();
    assert_eq!(events[0].event.text, "A sentence the coder rewrote.");
    assert_eq!(events[1].event.text, "Sentence seven.");
    assert!(!events[1].root, "a sentence past the lead is not a root report");
}

#[test]
fn filters_select_by_prefix_code_quad_date_and_text() {
    let (_dir, mut store) = temp_store();
    let a = doc("a", None, None, &["Moscow hosted Hamas.", "Russia warned Israel.", "Israel struck Gaza.", "UN called for a cease-fire."]);
    store
        .insert_document(
            &a,
            &[
                event(&a, 0, Some("2021-05-10"), "RUSGOV", "PSEREBHMS", "043"),
                event(&a, 1, Some("2021-05-19"), "RUS", "ISR", "130"),
                event(&a, 2, Some("2021-05-20"), "ISRMIL", "PSE", "190"),
                event(&a, 3, Some("2021-06-01"), "IGOUNO", "ISR", "0256"),
            ],
        )
        .unwrap();
    let codes = |f: EventFilter| -> Vec<String> { store.events(&f).unwrap().into_iter().map(|e| e.event.code).collect() };
    assert_eq!(codes(EventFilter { source: vec!["RUS".into()], ..Default::default() }), ["043", "130"]);
    assert_eq!(codes(EventFilter { target: vec!["PSE".into()], ..Default::default() }), ["043", "190"]);
    assert_eq!(codes(EventFilter { actor: vec!["ISR".into()], ..Default::default() }), ["130", "190", "0256"]);
    assert_eq!(codes(EventFilter { code: vec!["02".into()], ..Default::default() }), ["0256"]);
    assert_eq!(codes(EventFilter { root: vec!["19".into()], ..Default::default() }), ["190"]);
    assert_eq!(codes(EventFilter { quad: vec![3, 4], ..Default::default() }), ["130", "190"]);
    let may = EventFilter { from: Some(date("2021-05-15")), to: Some(date("2021-05-31")), ..Default::default() };
    assert_eq!(codes(may), ["130", "190"]);
    assert_eq!(codes(EventFilter { text: Some("CEASE-FIRE".into()), ..Default::default() }), ["0256"]);
    assert_eq!(codes(EventFilter { text: Some("100%".into()), ..Default::default() }), Vec::<String>::new());
    assert_eq!(codes(EventFilter { actor: vec!["CHN".into()], ..Default::default() }), Vec::<String>::new());
    assert_eq!(codes(EventFilter { limit: Some(1), ..Default::default() }), ["043"]);
}

#[test]
fn one_actor_prefix_finds_all_its_codes_and_only_them() {
    // A single prefix is looked up as one range of codes per month; codes
    // sorting just before and after it (RU, RUT, RUSS…) must stay out,
    // and several prefixes still work.
    let (_dir, mut store) = temp_store();
    let sentences = ["s0", "s1", "s2", "s3", "s4", "s5", "s6"];
    let a = doc("a", None, None, &sentences);
    let pairs = [("RUS", "EGY"), ("RUSGOV", "EGY"), ("EGY", "RUSMIL"), ("RU", "EGY"), ("RUT", "EGY"), ("EGY", "RUTGOV"), ("ISR", "RUS")];
    let events: Vec<_> =
        pairs.iter().enumerate().map(|(i, (s, t))| event(&a, i, Some(if i % 2 == 0 { "2021-05-12" } else { "2021-07-03" }), s, t, "040")).collect();
    store.insert_document(&a, &events).unwrap();
    let b = doc("b", None, None, &["u0"]);
    store.insert_document(&b, &[event(&b, 0, None, "RUSOPP", "EGY", "010")]).unwrap();
    let found = |filter: EventFilter| -> Vec<String> {
        let mut out: Vec<String> =
            store.events(&filter).unwrap().into_iter().map(|e| format!("{}>{}", e.event.source, e.event.target)).collect();
        out.sort();
        out
    };
    let rus = || vec!["RUS".to_string()];
    assert_eq!(found(EventFilter { actor: rus(), ..Default::default() }), ["EGY>RUSMIL", "ISR>RUS", "RUS>EGY", "RUSGOV>EGY", "RUSOPP>EGY"]);
    assert_eq!(found(EventFilter { source: rus(), ..Default::default() }), ["RUS>EGY", "RUSGOV>EGY", "RUSOPP>EGY"]);
    assert_eq!(found(EventFilter { target: rus(), ..Default::default() }), ["EGY>RUSMIL", "ISR>RUS"]);
    let july = EventFilter { actor: rus(), from: Some(date("2021-07-01")), to: Some(date("2021-07-31")), ..Default::default() };
    assert_eq!(found(july), ["RUSGOV>EGY"]);
    assert_eq!(found(EventFilter { source: vec!["RUT".into(), "RU".into()], ..Default::default() }).len(), 5);
    assert_eq!(found(EventFilter { actor: vec!["RUT".into(), "ISR".into()], ..Default::default() }), ["EGY>RUTGOV", "ISR>RUS", "RUT>EGY"]);
}

#[test]
fn readers_see_committed_documents_while_a_writer_is_open() {
    let (dir, mut writer) = temp_store();
    let reader = Store::open_existing(dir.path().join("test.db")).unwrap();
    let a = doc("a", None, None, &["Russia consulted Egypt."]);
    writer.insert_document(&a, &[event(&a, 0, Some("2021-05-12"), "RUS", "EGY", "040")]).unwrap();
    assert_eq!(reader.counts().unwrap().events, 1);
    let b = doc("b", None, None, &["Russia consulted Jordan."]);
    writer.insert_document(&b, &[event(&b, 0, Some("2021-05-12"), "RUS", "JOR", "040")]).unwrap();
    assert_eq!(reader.events(&EventFilter::default()).unwrap().len(), 2);
}

#[test]
fn migrates_a_version_1_database() {
    let dir = tempdir::Dir::new();
    let path = dir.path().join("old.db");
    {
        // A database as version 1 left it, with a reported event.
        let mut conn = rusqlite::Connection::open(&path).unwrap();
        schema::migrate(&mut conn, 1).unwrap();
        conn.execute_batch(
            "INSERT INTO documents (id, doc_id, url, outlet, title, date, content_hash, origin, text, added) VALUES
                (1, 'a', 'https://www.one.example/a', NULL, 'A', 20210512, 'h1', NULL, 'Russia consulted Egypt.', 0),
                (2, 'b', NULL, 'Two', 'B', 20210513, 'h2', NULL, 'Moscow met Cairo.', 0);
             INSERT INTO events (id, date, source, target, code, root_code, quad_class, goldstein, plover,
                                 mentions, articles, is_root, first_document, first_sentence, added)
                VALUES (1, 20210512, 'RUS', 'EGY', '040', '04', 1, 1.0, 'CONSULT', 2, 2, 1, 1, 0, 0);
             INSERT INTO mentions (event_id, document_id, sentence, start, end, text, date, source_text, target_text, is_root)
                VALUES (1, 1, 0, 0, 23, NULL, 20210512, 'Russia', 'Egypt', 1),
                       (1, 2, 0, 0, 17, NULL, 20210513, 'Moscow', 'Cairo', 1);",
        )
        .unwrap();
        assert_eq!(conn.query_row("PRAGMA user_version", [], |r| r.get::<_, i32>(0)).unwrap(), 1);
    }
    let store = Store::open(&path).unwrap();
    assert!(store.check().unwrap().is_empty(), "{:?}", store.check());
    let events = store.events(&EventFilter::default()).unwrap();
    assert_eq!((events[0].mentions, events[0].sources), (2, 2), "sources counted from URL host and outlet");
    assert_eq!(events[0].event.text, "Russia consulted Egypt.");
    // The first report moved into the event's row, the second stayed a mention.
    let evidence: Vec<String> = store.evidence(events[0].event_id).unwrap().into_iter().map(|e| e.text).collect();
    assert_eq!(evidence, ["Russia consulted Egypt.", "Moscow met Cairo."]);
    assert_eq!(store.actor_codes(&["".into()]).unwrap(), ["EGY", "RUS"]);
    let conn = rusqlite::Connection::open(&path).unwrap();
    let names: Vec<(String, String, i64)> = conn
        .prepare("SELECT code, name, mentions FROM actor_names ORDER BY code, name")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(names[0], ("EGY".into(), "Cairo".into(), 1));
    assert_eq!(names.len(), 4);
    assert_eq!(conn.query_row("PRAGMA user_version", [], |r| r.get::<_, i32>(0)).unwrap(), LATEST_VERSION);
}

#[test]
fn a_corrupt_file_is_refused_and_left_untouched() {
    let dir = tempdir::Dir::new();
    let path = dir.path().join("corrupt.db");
    let garbage: Vec<u8> = (0..8192u32).map(|i| (i * 7 % 251) as u8).collect();
    std::fs::write(&path, &garbage).unwrap();
    let err = Store::open(&path).err().expect("a corrupt file must not open");
    assert!(matches!(err, StoreError::NotOurs { .. }), "{err}");
    assert!(err.to_string().contains("corrupt.db"), "{err}");
    assert_eq!(std::fs::read(&path).unwrap(), garbage);

    // Another program's SQLite database.
    let foreign = dir.path().join("foreign.db");
    rusqlite::Connection::open(&foreign).unwrap().execute_batch("CREATE TABLE t (x); INSERT INTO t VALUES (1);").unwrap();
    let err = Store::open(&foreign).err().expect("a foreign database must not open");
    assert!(err.to_string().contains("not created by demarche"), "{err}");

    // A database from a newer demarche.
    let newer = dir.path().join("newer.db");
    drop(Store::open(&newer).unwrap());
    rusqlite::Connection::open(&newer).unwrap().pragma_update(None, "user_version", LATEST_VERSION + 1).unwrap();
    let err = Store::open(&newer).err().expect("a newer schema must not open");
    assert!(err.to_string().contains("newer demarche"), "{err}");
}

#[test]
fn an_unwritable_path_is_a_clear_error() {
    let dir = tempdir::Dir::new();
    let err = Store::open(dir.path().join("missing/dir/x.db")).err().expect("no directory");
    assert!(matches!(err, StoreError::Unwritable { .. }) && err.to_string().contains("missing/dir"), "{err}");
    // A file where a directory should be.
    std::fs::write(dir.path().join("file"), "x").unwrap();
    assert!(matches!(Store::open(dir.path().join("file/x.db")), Err(StoreError::Unwritable { .. })));
    // A directory nobody may write to (root may, so also try a path the
    // kernel refuses to everyone).
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let ro = dir.path().join("ro");
        std::fs::create_dir(&ro).unwrap();
        std::fs::set_permissions(&ro, std::fs::Permissions::from_mode(0o555)).unwrap();
        let writable_anyway = std::fs::write(ro.join("probe"), "x").is_ok();
        if !writable_anyway {
            let err = Store::open(ro.join("x.db")).err().expect("read-only directory");
            assert!(matches!(err, StoreError::Unwritable { .. }), "{err}");
        }
        std::fs::set_permissions(&ro, std::fs::Permissions::from_mode(0o755)).unwrap();
        if std::path::Path::new("/proc/self").is_dir() {
            let err = Store::open("/proc/demarche-test.db").err().expect("/proc is not writable");
            assert!(matches!(err, StoreError::Unwritable { .. }), "{err}");
            assert!(err.to_string().contains("/proc/demarche-test.db"), "{err}");
        }
    }
    assert!(Store::open_existing(dir.path().join("nothing.db")).is_err());
    assert!(!dir.path().join("nothing.db").exists(), "queries must not create databases");
}

#[test]
fn a_full_disk_rolls_back_the_transaction_and_loses_nothing() {
    let dir = tempdir::Dir::new();
    let path = dir.path().join("small.db");
    let big = "word ".repeat(2000);
    let mut stored = 0;
    {
        let mut store = Store::open_with(&path, &OpenOptions { max_pages: Some(64), ..OpenOptions::default() }).unwrap();
        let mut failure = None;
        for i in 0..200 {
            let text = format!("Document {i}: {big}");
            let d = doc(&format!("d{i}"), None, None, &[&text]);
            match store.insert_document(&d, &[event(&d, 0, Some("2021-05-12"), "RUS", "EGY", "040")]) {
                Ok(_) => stored += 1,
                Err(e) => {
                    failure = Some(e);
                    break;
                }
            }
        }
        let err = failure.expect("64 pages cannot hold 200 documents of 10 kB");
        assert!(matches!(err, StoreError::Full { .. }), "{err}");
        assert!(err.to_string().contains("small.db") && err.to_string().contains("full"), "{err}");
        assert!(stored > 0);
        assert_eq!(store.counts().unwrap().documents, stored);
    }
    // Reopened without the limit: everything committed is there and consistent.
    let mut store = Store::open(&path).unwrap();
    assert!(store.check().unwrap().is_empty());
    let c = store.counts().unwrap();
    assert_eq!((c.documents, c.mentions), (stored, stored));
    let d = doc("after", None, None, &["Russia consulted Jordan."]);
    store.insert_document(&d, &[event(&d, 0, Some("2021-05-12"), "RUS", "JOR", "040")]).unwrap();
    assert_eq!(store.counts().unwrap().documents, stored + 1);
}

#[test]
fn a_failed_batch_leaves_none_of_its_documents() {
    let dir = tempdir::Dir::new();
    let path = dir.path().join("batch.db");
    let mut store = Store::open_with(&path, &OpenOptions { max_pages: Some(40), ..OpenOptions::default() }).unwrap();
    let a = doc("a", None, None, &["Russia consulted Egypt."]);
    store.insert_document(&a, &[event(&a, 0, Some("2021-05-12"), "RUS", "EGY", "040")]).unwrap();
    let b = doc("b", None, None, &["Russia consulted Jordan."]);
    let huge = "word ".repeat(200_000);
    let c = doc("c", None, None, &[&huge]);
    let batch = vec![(&b, vec![event(&b, 0, Some("2021-05-12"), "RUS", "JOR", "040")]), (&c, vec![])];
    assert!(matches!(store.insert_documents(&batch), Err(StoreError::Full { .. })));
    let c = store.counts().unwrap();
    assert_eq!((c.documents, c.events, c.mentions), (1, 1, 1), "the small document of the failed batch is not there");
    assert!(store.check().unwrap().is_empty());
}

#[test]
fn deduplication_sees_other_writers_and_out_of_order_dates() {
    let (dir, mut first) = temp_store();
    let path = first.path().to_path_buf();
    let insert = |store: &mut Store, id: &str, day: &str, target: &str| {
        let d = doc(id, Some(&format!("https://{id}.example/x")), None, &[&format!("Russia consulted {target} ({id}).")]);
        store.insert_document(&d, &[event(&d, 0, Some(day), "RUS", target, "040")]).unwrap()
    };
    assert_eq!(insert(&mut first, "a", "2021-05-12", "EGY"), Inserted::Stored { mentions: 1, new_events: 1 });
    // Far earlier, then back: the first event is still found.
    assert_eq!(insert(&mut first, "b", "2019-01-01", "EGY"), Inserted::Stored { mentions: 1, new_events: 1 });
    assert_eq!(insert(&mut first, "c", "2021-05-13", "EGY"), Inserted::Stored { mentions: 1, new_events: 0 });
    // A second connection joins what the first stored, and the first then
    // joins what the second stored (its cache must not hide the commit).
    let mut second = Store::open(&path).unwrap();
    assert_eq!(insert(&mut second, "d", "2021-05-11", "EGY"), Inserted::Stored { mentions: 1, new_events: 0 });
    assert_eq!(insert(&mut second, "e", "2021-06-01", "JOR"), Inserted::Stored { mentions: 1, new_events: 1 });
    assert_eq!(insert(&mut first, "f", "2021-06-02", "JOR"), Inserted::Stored { mentions: 1, new_events: 0 });
    assert_eq!(insert(&mut first, "g", "2019-01-02", "EGY"), Inserted::Stored { mentions: 1, new_events: 0 });
    let events = first.events(&EventFilter::default()).unwrap();
    let summary: Vec<(String, String, u32)> = events
        .iter()
        .map(|e| (e.event.date.unwrap().to_string(), e.event.target.clone(), e.mentions))
        .collect();
    assert_eq!(
        summary,
        [("2019-01-01".into(), "EGY".into(), 2), ("2021-05-12".into(), "EGY".into(), 3), ("2021-06-01".into(), "JOR".into(), 2)]
    );
    assert!(first.check().unwrap().is_empty());
    drop(dir);
}

#[test]
fn a_read_only_database_file_is_a_clear_error_and_stays_intact() {
    let (_dir, mut store) = temp_store();
    let path = store.path().to_path_buf();
    let a = doc("a", None, None, &["Russia consulted Egypt."]);
    store.insert_document(&a, &[event(&a, 0, Some("2021-05-12"), "RUS", "EGY", "040")]).unwrap();
    store.checkpoint().unwrap();
    drop(store);
    let before = std::fs::read(&path).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o444)).unwrap();
        // Root may write anyway: then there is nothing to refuse.
        let writable_anyway = std::fs::OpenOptions::new().append(true).open(&path).is_ok();
        if !writable_anyway {
            let outcome = Store::open(&path).and_then(|mut s| {
                let b = doc("b", None, None, &["Russia consulted Jordan."]);
                s.insert_document(&b, &[event(&b, 0, Some("2021-05-12"), "RUS", "JOR", "040")])
            });
            let Err(err) = outcome else { panic!("a read-only file cannot take documents") };
            assert!(err.to_string().contains(&path.display().to_string()), "{err}");
        }
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
    }
    assert_eq!(std::fs::read(&path).unwrap(), before);
    assert_eq!(Store::open_existing(&path).unwrap().counts().unwrap().documents, 1);
}

#[test]
fn a_bulk_load_without_its_indexes_gets_them_back_on_open() {
    let (_dir, mut store) = temp_store();
    let path = store.path().to_path_buf();
    let index_count = |path: &std::path::Path| -> i64 {
        let conn = rusqlite::Connection::open(path).unwrap();
        conn.query_row("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name LIKE 'events_%'", [], |r| r.get(0)).unwrap()
    };
    let built = index_count(&path);
    assert_eq!(built as usize, schema::EVENT_INDEXES.len());
    store.defer_indexes().unwrap();
    assert_eq!(index_count(&path), 0);
    let a = doc("a", None, None, &["Russia consulted Egypt."]);
    store.insert_document(&a, &[event(&a, 0, Some("2021-05-12"), "RUS", "EGY", "040")]).unwrap();
    // Interrupted: the load never calls build_indexes.
    drop(store);
    let store = Store::open(&path).unwrap();
    assert_eq!(index_count(&path), built);
    let filter = EventFilter { actor: vec!["EGY".into()], ..EventFilter::default() };
    assert_eq!(store.events(&filter).unwrap().len(), 1);
    assert!(store.check().unwrap().is_empty());
}

#[test]
fn version_4_makes_the_actor_indexes_month_major() {
    let dir = tempdir::Dir::new();
    let path = dir.path().join("v3.db");
    let index_names = |conn: &rusqlite::Connection| -> Vec<String> {
        conn.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE 'events_%' ORDER BY name")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap()
    };
    {
        // A version 3 database as that version left it: actor-major indexes.
        let mut conn = rusqlite::Connection::open(&path).unwrap();
        schema::migrate(&mut conn, 3).unwrap();
        conn.execute_batch(
            "DROP INDEX events_target_month;
             CREATE INDEX events_source ON events(source);
             CREATE INDEX events_target ON events(target);",
        )
        .unwrap();
        assert_eq!(index_names(&conn), ["events_month", "events_source", "events_target"]);
    }
    let mut store = Store::open(&path).unwrap();
    let a = doc("a", None, None, &["Russia consulted Egypt.", "Egypt hosted Russia."]);
    store
        .insert_document(
            &a,
            &[event(&a, 0, Some("2021-05-12"), "RUS", "EGY", "040"), event(&a, 1, None, "EGY", "RUSGOV", "043")],
        )
        .unwrap();
    drop(store);
    let conn = rusqlite::Connection::open(&path).unwrap();
    assert_eq!(index_names(&conn), ["events_month", "events_target_month"]);
    assert_eq!(conn.query_row("PRAGMA user_version", [], |r| r.get::<_, i32>(0)).unwrap(), LATEST_VERSION);
    let store = Store::open_existing(&path).unwrap();
    // Actor filters find dated and undated events, as source and as target.
    let found = |filter: EventFilter| -> Vec<String> {
        store.events(&filter).unwrap().into_iter().map(|e| format!("{}>{}", e.event.source, e.event.target)).collect()
    };
    assert_eq!(found(EventFilter { actor: vec!["RUS".into()], ..EventFilter::default() }), ["RUS>EGY", "EGY>RUSGOV"]);
    assert_eq!(found(EventFilter { target: vec!["RUS".into()], ..EventFilter::default() }), ["EGY>RUSGOV"]);
    let may = Some(date("2021-05-01"));
    assert_eq!(found(EventFilter { source: vec!["RUS".into()], from: may, ..EventFilter::default() }), ["RUS>EGY"]);
    assert!(found(EventFilter { source: vec!["EGY".into()], from: may, ..EventFilter::default() }).is_empty());
    assert!(store.check().unwrap().is_empty());
}

/// Every stored event as (source, target, code, date, mentions, articles,
/// sources, root, evidence count), for comparing two databases.
fn event_rows(store: &Store) -> Vec<String> {
    store
        .events(&EventFilter::default())
        .unwrap()
        .into_iter()
        .map(|e| {
            let evidence = store.evidence(e.event_id).unwrap().len();
            format!(
                "{} {} {} {:?} m{} a{} s{} r{} e{}",
                e.event.source, e.event.target, e.event.code, e.event.date, e.mentions, e.articles, e.sources, e.root, evidence
            )
        })
        .collect()
}

#[test]
fn a_bulk_load_builds_the_same_database_as_an_everyday_ingest() {
    use demarche_store::synth::Synth;
    use demarche_store::BulkLoad;
    let synth = Synth { events: 3_000, days: 60, countries: 8, ..Synth::default() };
    let docs: Vec<_> = synth.documents().collect();
    let (_dir, mut store) = temp_store();
    for chunk in docs.chunks(37) {
        store.insert_documents(chunk).unwrap();
    }
    let dir = tempdir::Dir::new();
    let path = dir.path().join("bulk.db");
    let loading = demarche_store::bulk::loading_path(&path);
    let mut load = BulkLoad::create(&path, &OpenOptions::default(), 1).unwrap();
    for chunk in docs.chunks(100) {
        load.insert_documents(chunk).unwrap();
    }
    // Re-sent documents are skipped, as in an everyday ingest.
    let again = load.insert_documents(&docs[..5]).unwrap();
    assert!(again.iter().all(|r| *r == Inserted::Duplicate));
    // Nothing is visible at the target until the load is complete.
    assert!(!path.exists() && loading.exists());
    let bulk = load.finish().unwrap();
    assert!(path.exists() && !loading.exists());
    assert_eq!(bulk.counts().unwrap(), store.counts().unwrap());
    assert!(bulk.counts().unwrap().events < 3_000, "repeats were merged");
    assert_eq!(event_rows(&bulk), event_rows(&store));
    assert!(bulk.check().unwrap().is_empty());
    // The result is an everyday database: WAL, its indexes, appendable.
    let mode: String = rusqlite::Connection::open(&path).unwrap().query_row("PRAGMA journal_mode", [], |r| r.get(0)).unwrap();
    assert_eq!(mode, "wal");
    let filter = EventFilter { actor: vec!["AAA".into()], ..EventFilter::default() };
    // `added` is the wall-clock second each was stored, so it may differ.
    let without_added = |s: &Store| {
        let mut events = s.events(&filter).unwrap();
        events.iter_mut().for_each(|e| e.added = 0);
        events
    };
    let bulk_events = without_added(&bulk);
    assert!(!bulk_events.is_empty());
    assert_eq!(bulk_events, without_added(&store));
}

#[test]
fn an_unfinished_bulk_load_leaves_nothing_and_the_next_one_starts_over() {
    use demarche_store::BulkLoad;
    let dir = tempdir::Dir::new();
    let path = dir.path().join("bulk.db");
    let loading = demarche_store::bulk::loading_path(&path);
    let a = doc("a", Some("https://x.example/a"), None, &["Russia consulted Egypt."]);
    let events = [event(&a, 0, Some("2021-05-12"), "RUS", "EGY", "040")];
    {
        let mut load = BulkLoad::create(&path, &OpenOptions::default(), 1).unwrap();
        load.insert_documents(&[(&a, &events[..])]).unwrap();
        // Dropped without finish (an error in the caller).
    }
    assert!(!path.exists() && !loading.exists());
    // A crash leaves a stale private file: the next load replaces it.
    std::fs::write(&loading, b"half a database").unwrap();
    let mut load = BulkLoad::create(&path, &OpenOptions::default(), 1).unwrap();
    load.insert_documents(&[(&a, &events[..])]).unwrap();
    let store = load.finish().unwrap();
    assert_eq!(store.counts().unwrap().events, 1);
    // An existing database is never bulk-loaded over.
    match BulkLoad::create(&path, &OpenOptions::default(), 1) {
        Err(StoreError::Unwritable { reason, .. }) => assert!(reason.contains("already exists"), "{reason}"),
        other => panic!("expected a refusal, got {:?}", other.map(|_| ())),
    }
    assert_eq!(Store::open_existing(&path).unwrap().counts().unwrap().events, 1);
}

#[test]
fn a_bulk_load_that_fills_the_disk_leaves_nothing_and_says_so() {
    use demarche_store::BulkLoad;
    let dir = tempdir::Dir::new();
    let path = dir.path().join("full.db");
    let loading = demarche_store::bulk::loading_path(&path);
    let mut load = BulkLoad::create(&path, &OpenOptions { max_pages: Some(64), ..OpenOptions::default() }, 1).unwrap();
    let big = "word ".repeat(2000);
    let mut failure = None;
    for i in 0..200 {
        let text = format!("Document {i}: {big}");
        let d = doc(&format!("d{i}"), None, None, &[&text]);
        if let Err(e) = load.insert_documents(&[(&d, vec![event(&d, 0, Some("2021-05-12"), "RUS", "EGY", "040")])]) {
            failure = Some(e);
            break;
        }
    }
    let err = failure.expect("64 pages cannot hold 200 documents of 10 kB");
    assert!(matches!(err, StoreError::Full { bulk_load: true, .. }), "{err}");
    let message = err.to_string();
    assert!(message.contains("full.db") && !message.contains(".loading"), "names the target: {message}");
    assert!(message.contains("nothing was created"), "{message}");
    drop(load);
    assert!(!path.exists() && !loading.exists());
}

/// A version 4 database holding what `store` holds (v4 had the same
/// columns, as tables, that version 5 shows as views).
fn as_version_4(store: &Store, path: &std::path::Path) {
    let mut conn = rusqlite::Connection::open(path).unwrap();
    schema::migrate(&mut conn, 4).unwrap();
    conn.execute("ATTACH ?1 AS v5", [store.path().to_str().unwrap()]).unwrap();
    conn.execute_batch(
        "DELETE FROM settings;
         INSERT INTO settings SELECT * FROM v5.settings;
         INSERT INTO documents SELECT * FROM v5.documents;
         INSERT INTO events SELECT * FROM v5.events;
         INSERT INTO mentions SELECT * FROM v5.mentions;
         INSERT INTO actors SELECT * FROM v5.actors;
         INSERT INTO actor_names SELECT * FROM v5.actor_names;
         INSERT INTO dyad_months SELECT * FROM v5.dyad_months;
         DETACH v5;",
    )
    .unwrap();
    let table: String = conn.query_row("SELECT type FROM sqlite_master WHERE name = 'events'", [], |r| r.get(0)).unwrap();
    assert_eq!(table, "table", "version 4 stores events as a table");
}

#[test]
fn version_5_migrates_a_version_4_database_to_the_same_answers() {
    use demarche_store::network::NetworkQuery;
    use demarche_store::period::Period;
    use demarche_store::series::SeriesQuery;
    use demarche_store::synth::Synth;
    let synth = Synth { events: 3_000, days: 90, countries: 8, ..Synth::default() };
    let docs: Vec<_> = synth.documents().collect();
    let (_dir, mut fresh) = temp_store();
    for chunk in docs.chunks(50) {
        fresh.insert_documents(chunk).unwrap();
    }
    let a = doc("u", None, None, &["Egypt hosted Russia."]);
    fresh.insert_document(&a, &[event(&a, 0, None, "AABGOV", "AAA", "043")]).unwrap();
    fresh.checkpoint().unwrap();
    let dir = tempdir::Dir::new();
    let path = dir.path().join("v4.db");
    as_version_4(&fresh, &path);

    let migrated = Store::open_existing(&path).unwrap();
    let version: i32 = rusqlite::Connection::open(&path).unwrap().query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap();
    assert_eq!(version, LATEST_VERSION);
    assert!(migrated.check().unwrap().is_empty(), "{:?}", migrated.check());
    assert_eq!(migrated.counts().unwrap(), fresh.counts().unwrap());
    assert_eq!(event_rows(&migrated), event_rows(&fresh));
    for filter in [
        EventFilter { actor: vec!["AAA".into()], ..EventFilter::default() },
        EventFilter { source: vec!["AAB".into()], target: vec!["AAA".into()], ..EventFilter::default() },
        EventFilter { actor: vec!["AAC".into()], from: Some(date("2001-02-01")), to: Some(date("2001-02-28")), ..EventFilter::default() },
        EventFilter { code: vec!["04".into()], quad: vec![1], ..EventFilter::default() },
    ] {
        let found = migrated.events(&filter).unwrap();
        assert!(!found.is_empty(), "{filter:?}");
        assert_eq!(found, fresh.events(&filter).unwrap(), "{filter:?}");
    }
    // By month from `dyad_months`, by week from the events index, both directions.
    for (dyad, by, both) in [("AAA:AAB", Period::Month, false), ("AAA:AAB", Period::Week, true), ("AAAGOV:AAB", Period::Month, true)] {
        let q = SeriesQuery { by, both_directions: both, ..SeriesQuery::dyad(dyad).unwrap() };
        let series = migrated.series(&q).unwrap();
        assert!(series.points.iter().any(|p| p.events > 0), "{dyad}");
        assert_eq!(series, fresh.series(&q).unwrap(), "{dyad} {by:?}");
    }
    let q = NetworkQuery { filter: EventFilter::default(), principals: true };
    assert_eq!(migrated.network(&q).unwrap(), fresh.network(&q).unwrap());
    // The migrated database takes new documents as a new one does.
    drop(migrated);
    let mut migrated = Store::open_existing(&path).unwrap();
    let b = doc("v", None, None, &["Russia consulted Egypt."]);
    let new = [event(&b, 0, Some("2001-01-05"), "AAA", "AAB", "040")];
    fresh.insert_document(&b, &new).unwrap();
    migrated.insert_document(&b, &new).unwrap();
    assert_eq!(event_rows(&migrated), event_rows(&fresh));
    assert!(migrated.check().unwrap().is_empty());
}

#[test]
fn a_failed_version_5_migration_leaves_version_4_intact() {
    let dir = tempdir::Dir::new();
    let path = dir.path().join("v4.db");
    {
        let (_dir, mut store) = temp_store();
        let a = doc("a", None, None, &["Russia consulted Egypt."]);
        store.insert_document(&a, &[event(&a, 0, Some("2021-05-12"), "RUS", "EGY", "040")]).unwrap();
        store.checkpoint().unwrap();
        as_version_4(&store, &path);
    }
    // A date version 4 stored but a dyad-month key cannot hold.
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.execute("UPDATE events SET date = 120000512", []).unwrap();
    drop(conn);
    let error = Store::open_existing(&path).err().expect("the migration must fail");
    assert!(error.to_string().contains("cannot be counted by dyad and month"), "{error}");
    let conn = rusqlite::Connection::open(&path).unwrap();
    assert_eq!(conn.query_row("PRAGMA user_version", [], |r| r.get::<_, i32>(0)).unwrap(), 4);
    let kind: String = conn.query_row("SELECT type FROM sqlite_master WHERE name = 'events'", [], |r| r.get(0)).unwrap();
    assert_eq!(kind, "table");
    let leftovers: i64 = conn
        .query_row("SELECT count(*) FROM sqlite_master WHERE name IN ('event_rows', 'actor_codes', 'dyad_month_rows')", [], |r| r.get(0))
        .unwrap();
    assert_eq!(leftovers, 0);
    assert_eq!(conn.query_row("SELECT count(*) FROM events", [], |r| r.get::<_, i64>(0)).unwrap(), 1);
}

#[test]
fn version_6_rehashes_stored_fingerprints_so_reingesting_still_adds_nothing() {
    let dir = tempdir::Dir::new();
    let path = dir.path().join("v5.db");
    let a = doc("a", None, None, &["Russia consulted Egypt.", "Talks went on for a second long paragraph."]);
    let b = doc("b", Some("https://news.example/b"), Some("Wire"), &["Moscow offered to host talks."]);
    {
        let mut store = Store::open(&path).unwrap();
        store.insert_document(&a, &[event(&a, 0, Some("2021-05-12"), "RUS", "EGY", "040")]).unwrap();
        store.insert_document(&b, &[event(&b, 0, Some("2021-05-13"), "RUS", "ISR", "036")]).unwrap();
        store.checkpoint().unwrap();
    }
    {
        // As version 5 stored them: 32 hex digits of another hash.
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute_batch(
            "UPDATE documents SET content_hash = printf('%032x', id * 7919);
             PRAGMA user_version = 5;",
        )
        .unwrap();
    }
    let mut store = Store::open_existing(&path).unwrap();
    let conn = rusqlite::Connection::open(&path).unwrap();
    assert_eq!(conn.query_row("PRAGMA user_version", [], |r| r.get::<_, i32>(0)).unwrap(), LATEST_VERSION);
    let kinds: Vec<(String, i64)> = conn
        .prepare("SELECT typeof(content_hash), length(content_hash) FROM documents ORDER BY id")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(kinds, [("blob".to_string(), 16), ("blob".to_string(), 16)]);
    let before = store.counts().unwrap();
    // The same content, laid out differently and at another URL, is known
    // to ingest's pre-check and to the unique key.
    let mirror = doc("a2", Some("https://mirror.example/a"), None, &["Russia  consulted Egypt.", "Talks went on for a second\nlong paragraph."]);
    let (_, hashes) = store.known_documents().unwrap();
    assert!(hashes.contains(&demarche_store::fingerprint::content_hash("Russia consulted Egypt. Talks went on for a second long paragraph.")));
    assert_eq!(hashes.len(), 2);
    assert_eq!(store.insert_document(&mirror, &[event(&mirror, 0, Some("2021-05-12"), "RUS", "EGY", "040")]).unwrap(), Inserted::Duplicate);
    let b2 = doc("b2", None, None, &["Moscow offered to host talks."]);
    assert_eq!(store.insert_document(&b2, &[]).unwrap(), Inserted::Duplicate);
    assert_eq!(store.counts().unwrap(), before);
    // New content is still new.
    let c = doc("c", None, None, &["Moscow offered to host talks again."]);
    assert!(matches!(store.insert_document(&c, &[]).unwrap(), Inserted::Stored { .. }));
    assert!(store.check().unwrap().is_empty());
}

#[test]
fn the_bundled_sqlite_has_the_workspace_build_options() {
    // `.cargo/config.toml` passes them through LIBSQLITE3_FLAGS; a
    // libsqlite3-sys that stopped reading it would drop them silently.
    let conn = rusqlite::Connection::open_in_memory().unwrap();
    let mut stmt = conn.prepare("PRAGMA compile_options").unwrap();
    let options: Vec<String> = stmt.query_map([], |r| r.get(0)).unwrap().map(|o| o.unwrap()).collect();
    for wanted in ["THREADSAFE=2", "DEFAULT_MEMSTATUS=0", "DQS=0", "OMIT_SHARED_CACHE", "OMIT_PROGRESS_CALLBACK"] {
        assert!(options.iter().any(|o| o == wanted), "{wanted} missing from {options:?}");
    }
    // DQS=0: a double-quoted word is an identifier only, never a string.
    assert!(conn.query_row("SELECT \"not a column\"", [], |r| r.get::<_, String>(0)).is_err());
}

/// Names of the indexes on `documents`, sorted.
fn document_indexes(path: &std::path::Path) -> Vec<String> {
    let conn = rusqlite::Connection::open(path).unwrap();
    let mut stmt = conn.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'documents' ORDER BY name").unwrap();
    stmt.query_map([], |r| r.get(0)).unwrap().collect::<Result<_, _>>().unwrap()
}

#[test]
fn version_7_turns_the_document_keys_into_named_indexes() {
    let dir = tempdir::Dir::new();
    let path = dir.path().join("v6.db");
    let a = doc("a", Some("https://news.example/a"), Some("Wire"), &["Russia consulted Egypt.", "Talks went on."]);
    let b = doc("b", None, None, &["Moscow offered to host talks."]);
    let before = {
        let mut store = Store::open(&path).unwrap();
        store.insert_document(&a, &[event(&a, 0, Some("2021-05-12"), "RUS", "EGY", "040")]).unwrap();
        store.insert_document(&b, &[event(&b, 0, Some("2021-05-13"), "RUS", "ISR", "036")]).unwrap();
        store.checkpoint().unwrap();
        (store.counts().unwrap(), event_rows(&store))
    };
    {
        // As version 6 left the table: the keys as column constraints.
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute_batch(
            "PRAGMA foreign_keys = OFF;
             BEGIN;
             CREATE TABLE documents_v6 (
                 id INTEGER PRIMARY KEY, doc_id TEXT NOT NULL, url TEXT UNIQUE, outlet TEXT, title TEXT, date INTEGER,
                 content_hash TEXT NOT NULL UNIQUE, origin TEXT, text TEXT NOT NULL, added INTEGER NOT NULL,
                 source_name TEXT NOT NULL DEFAULT '');
             INSERT INTO documents_v6 SELECT * FROM documents;
             DROP TABLE documents;
             ALTER TABLE documents_v6 RENAME TO documents;
             PRAGMA user_version = 6;
             COMMIT;",
        )
        .unwrap();
    }
    assert_eq!(document_indexes(&path), ["sqlite_autoindex_documents_1", "sqlite_autoindex_documents_2"]);
    {
        // With foreign keys enforced, as a plain connection has them here:
        // rebuilding the table must not trip over the reports that refer to it.
        let mut conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute_batch("PRAGMA foreign_keys = ON").unwrap();
        schema::migrate(&mut conn, LATEST_VERSION).unwrap();
        assert!(conn.query_row("PRAGMA foreign_keys", [], |r| r.get::<_, bool>(0)).unwrap());
        assert_eq!(conn.query_row("PRAGMA user_version", [], |r| r.get::<_, i32>(0)).unwrap(), LATEST_VERSION);
    }
    assert_eq!(document_indexes(&path), ["documents_content", "documents_url"]);
    let mut store = Store::open_existing(&path).unwrap();
    assert_eq!((store.counts().unwrap(), event_rows(&store)), before);
    assert!(store.check().unwrap().is_empty());
    // Both keys still decide: the same URL with new text, the same text at a new URL.
    let moved = doc("a2", Some("https://news.example/a"), None, &["Other words entirely."]);
    assert_eq!(store.insert_document(&moved, &[]).unwrap(), Inserted::Duplicate);
    let mirror = doc("b2", Some("https://mirror.example/b"), None, &["Moscow offered to host talks."]);
    assert_eq!(store.insert_document(&mirror, &[]).unwrap(), Inserted::Duplicate);
    assert_eq!(store.counts().unwrap(), before.0);
}

#[test]
fn a_bulk_load_checks_document_keys_in_memory_and_builds_them_at_the_end() {
    use demarche_store::BulkLoad;
    let dir = tempdir::Dir::new();
    let path = dir.path().join("bulk.db");
    let a = doc("a", Some("https://news.example/a"), Some("Wire"), &["Russia consulted Egypt."]);
    let same_url = doc("a2", Some("https://news.example/a"), None, &["Other words entirely."]);
    let same_text = doc("a3", Some("https://mirror.example/a"), None, &["Russia  consulted Egypt."]);
    let no_url = doc("b", None, None, &["Moscow offered to host talks."]);
    let no_url_again = doc("b2", None, None, &["Moscow offered to host talks."]);
    let other = doc("c", None, None, &["Egypt hosted Russia."]);
    let mut load = BulkLoad::create(&path, &OpenOptions::default(), 1).unwrap();
    let first = load.insert_documents(&[(&a, vec![event(&a, 0, Some("2021-05-12"), "RUS", "EGY", "040")]), (&same_url, vec![])]).unwrap();
    assert_eq!(first, [Inserted::Stored { mentions: 1, new_events: 1 }, Inserted::Duplicate]);
    let second: Vec<(&demarche_doc::Document, Vec<_>)> =
        vec![(&same_text, vec![]), (&no_url, vec![]), (&no_url_again, vec![]), (&other, vec![])];
    let results = load.insert_documents(&second).unwrap();
    let stored = Inserted::Stored { mentions: 0, new_events: 0 };
    assert_eq!(results, [Inserted::Duplicate, stored, Inserted::Duplicate, stored]);
    let mut store = load.finish().unwrap();
    assert_eq!(document_indexes(&path), ["documents_content", "documents_url"]);
    assert_eq!(store.counts().unwrap().documents, 3);
    assert!(store.check().unwrap().is_empty());
    // The finished database's own keys take over.
    assert_eq!(store.insert_document(&same_url, &[]).unwrap(), Inserted::Duplicate);
    assert_eq!(store.insert_document(&no_url_again, &[]).unwrap(), Inserted::Duplicate);
}
