//! The canonical input of issue 5, coded end to end (page → text → parse →
//! code): the acceptance events are there, none comes from page chrome.

use demarche_code::Event;
use demarche_doc::shared::require_shared;
use demarche_doc::NaiveDate;
use demarche_page::{read_inputs, ReadOptions};
use demarche_pipeline::Pipeline;

fn events() -> Option<(String, Vec<Event>)> {
    let path = require_shared("examples/moscow-mideast-peace-process.txt")?;
    let options = ReadOptions { date: NaiveDate::from_ymd_opt(2021, 5, 24), ..ReadOptions::default() };
    let doc = read_inputs(&[&path], &options).next().expect("one document").expect("reads");
    let (doc, events) = Pipeline::builtin().code_document(doc);
    Some((doc.body(), events))
}

/// Whether an event has this source, a code with this root (any of
/// `roots`), this target (`""`: any) and this date (`None`: any).
fn has(events: &[Event], source: &str, roots: &[&str], target: &str, date: Option<&str>) -> bool {
    events.iter().any(|e| {
        e.source == source
            && roots.iter().any(|r| e.code.starts_with(r))
            && (target.is_empty() || e.target == target)
            && date.is_none_or(|d| e.date.map(|x| x.to_string()).as_deref() == Some(d))
    })
}

#[test]
fn moscow_example_acceptance_events() {
    let Some((_, ev)) = events() else { return };
    let dump = || ev.iter().map(|e| format!("{} {} {} {} [{}|{}]\n", e.date.map(|d| d.to_string()).unwrap_or_default(), e.source, e.code, e.target, e.source_text, e.target_text)).collect::<String>();
    let expect = |ok: bool, what: &str| assert!(ok, "missing: {what}\n{}", dump());
    // The Russian Foreign Ministry endorses the cease-fire and appeals for
    // a Quartet meeting (May 21).
    expect(has(&ev, "RUSGOV", &["05"], "", Some("2021-05-21")), "RUSGOV endorses the cease-fire");
    expect(has(&ev, "RUSGOV", &["02"], "IGOQRT", Some("2021-05-21")), "RUSGOV appeals for a Quartet meeting");
    // Putin's pessimistic comment (May 14).
    expect(has(&ev, "RUSGOV", &["012"], "", Some("2021-05-14")), "Putin pessimistic");
    // The ministry warns or criticises Israel (May 19).
    expect(has(&ev, "RUSGOV", &["11", "13"], "ISR", Some("2021-05-19")), "RUSGOV warns Israel");
    // Slutsky (Duma) and Lavrov (March 31) offer to host or mediate talks.
    expect(ev.iter().any(|e| e.source == "RUSLEG" && e.code.starts_with("03") && e.source_text.contains("Slutsky")), "Slutsky intent");
    expect(has(&ev, "RUSGOV", &["03"], "", Some("2021-03-31")), "Lavrov intent");
    // Netanyahu and Abbas willing to accept Russian mediation.
    expect(has(&ev, "ISRGOV", &["03"], "RUS", None), "Netanyahu willing");
    expect(has(&ev, "PSEGOV", &["03"], "RUS", None), "Abbas willing");
    // Abu Marzouk (Hamas) consults Bogdanov (May 12).
    expect(has(&ev, "PSEREBHMS", &["04"], "RUSGOV", Some("2021-05-12")), "Abu Marzouk consults Bogdanov");
    // Russia consults Egypt, Jordan, the US (Blinken) and the UN (Guterres).
    for target in ["EGY", "JOR", "USAGOV", "IGOUNO"] {
        expect(has(&ev, "RUS", &["04"], target, None), &format!("Russia consults {target}"));
    }
    // No code left unresolved to a bare type.
    expect(ev.iter().all(|e| e.target != "IGO" && e.source != "IGO"), "a bare IGO actor");
}

#[test]
fn moscow_example_no_event_from_chrome_or_headline() {
    let Some((body, ev)) = events() else { return };
    assert!(!ev.is_empty());
    for e in &ev {
        assert!(body.contains(&e.text), "event from outside the body: {}", e.text);
        for chrome in ["Skip to main content", "Access the Middle East", "Join our community", "Moscow looks to expand role"] {
            assert!(!e.text.contains(chrome), "event from page chrome or headline: {}", e.text);
        }
    }
}
