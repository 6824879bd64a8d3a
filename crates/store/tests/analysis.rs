//! Questions: series, network, role index — on small hand-made event sets
//! with answers computed by hand.

mod common;

use common::{date, doc, event, temp_store};
use demarche_store::network::NetworkQuery;
use demarche_store::period::Period;
use demarche_store::role::RoleQuery;
use demarche_store::series::{Measure, SeriesQuery};
use demarche_store::{EventFilter, Store};

/// Stores each (date, source, target, code) as its own one-sentence document.
fn store_events(store: &mut Store, rows: &[(&str, &str, &str, &str)]) {
    for (i, (when, source, target, code)) in rows.iter().enumerate() {
        let d = doc(&format!("d{i}"), None, None, &[&format!("{source} acted toward {target} ({code}) on {when}.")]);
        store.insert_document(&d, &[event(&d, 0, Some(when), source, target, code)]).unwrap();
    }
}

#[test]
fn dyad_series_by_month_with_gaps_and_measures() {
    let (_dir, mut store) = temp_store();
    store_events(
        &mut store,
        &[
            ("2021-01-05", "RUSGOV", "ISR", "040"),
            ("2021-01-20", "RUS", "ISRMIL", "130"),
            ("2021-02-10", "ISR", "RUS", "042"),
            ("2021-03-01", "RUS", "ISR", "190"),
            ("2021-03-02", "RUS", "EGY", "040"),
        ],
    );
    let q = SeriesQuery { by: Period::Month, ..SeriesQuery::dyad("rus:isr").unwrap() };
    let s = store.series(&q).unwrap();
    let labels: Vec<&str> = s.points.iter().map(|p| p.label.as_str()).collect();
    assert_eq!(labels, ["2021-01", "2021-02", "2021-03"]);
    assert_eq!(s.points.iter().map(|p| p.events).collect::<Vec<_>>(), [2, 0, 1]);
    assert_eq!(s.points[0].quad, [1, 0, 1, 0]);
    assert!((s.points[0].goldstein_sum - (1.0 - 4.4)).abs() < 1e-6);
    assert!((s.points[0].goldstein_mean().unwrap() - (-1.7)).abs() < 1e-6);
    assert_eq!(s.points[1].goldstein_mean(), None);
    assert_eq!(Measure::Quad.values(&s.points[2]), vec![Some(0.0), Some(0.0), Some(0.0), Some(1.0)]);

    let both = store.series(&SeriesQuery { both_directions: true, ..q.clone() }).unwrap();
    assert_eq!(both.points.iter().map(|p| p.events).collect::<Vec<_>>(), [2, 1, 1]);

    // Country-level dyads read the monthly totals, others count events.
    let sector = store.series(&SeriesQuery { by: Period::Month, ..SeriesQuery::dyad("RUSGOV:ISR").unwrap() }).unwrap();
    assert_eq!(sector.points.iter().map(|p| p.events).collect::<Vec<_>>(), [1]);
    assert!((sector.points[0].goldstein_sum - 1.0).abs() < 1e-6);
    // A range that cuts months counts events, not the monthly totals.
    let cut = store.series(&SeriesQuery { from: Some(date("2021-01-10")), to: Some(date("2021-03-01")), ..q.clone() }).unwrap();
    assert_eq!(cut.points.iter().map(|p| p.events).collect::<Vec<_>>(), [1, 0, 1]);
    assert_eq!(cut.points[0].quad, [0, 0, 1, 0]);
    // A later report of a stored event changes no count; a new event does.
    let again = doc("again", Some("https://again.example/x"), None, &["Russia consulted Israel."]);
    store.insert_document(&again, &[event(&again, 0, Some("2021-01-06"), "RUSGOV", "ISR", "040")]).unwrap();
    store_events(&mut store, &[("2021-02-28", "RUS", "ISR", "040")]);
    let s = store.series(&q).unwrap();
    assert_eq!(s.points.iter().map(|p| p.events).collect::<Vec<_>>(), [2, 1, 1]);
    assert!(store.check().unwrap().is_empty());

    let weeks = store.series(&SeriesQuery { by: Period::Week, from: Some(date("2021-01-01")), to: Some(date("2021-01-31")), ..q }).unwrap();
    assert_eq!(weeks.points.first().unwrap().label, "2020-12-28");
    assert_eq!(weeks.points.iter().map(|p| p.events).sum::<u64>(), 2);
    assert!(SeriesQuery::dyad("RUS").is_err());
}

#[test]
fn network_edges_degrees_and_countries() {
    let (_dir, mut store) = temp_store();
    store_events(
        &mut store,
        &[
            ("2021-05-01", "RUSGOV", "ISR", "040"),
            ("2021-05-02", "RUS", "ISR", "042"),
            ("2021-05-03", "ISR", "PSE", "190"),
            ("2021-05-04", "EGY", "PSE", "039"),
            ("2021-06-01", "USA", "ISR", "040"),
        ],
    );
    let net = store.network(&NetworkQuery { filter: EventFilter { to: Some(date("2021-05-31")), ..Default::default() }, principals: true }).unwrap();
    let edges: Vec<(&str, &str, u64)> = net.edges.iter().map(|e| (e.source.as_str(), e.target.as_str(), e.events)).collect();
    assert_eq!(edges, [("EGY", "PSE", 1), ("ISR", "PSE", 1), ("RUS", "ISR", 2)]);
    let node = |a: &str| net.nodes.iter().find(|n| n.actor == a).unwrap().clone();
    assert_eq!((node("ISR").degree, node("ISR").weighted_degree), (2, 3));
    // Path RUS – ISR – PSE – EGY: ISR is between RUS and PSE, RUS and EGY
    // (2 of 3 pairs it is not in): 2 / 3.
    assert!((node("ISR").betweenness - 2.0 / 3.0).abs() < 1e-12);
    assert_eq!(node("RUS").betweenness, 0.0);

    let full = store.network(&NetworkQuery { filter: EventFilter { quad: vec![1], ..Default::default() }, principals: false }).unwrap();
    assert_eq!(full.nodes.iter().map(|n| n.actor.as_str()).collect::<Vec<_>>(), ["EGY", "ISR", "PSE", "RUS", "RUSGOV", "USA"]);
    let mut graphml = Vec::new();
    full.write_graphml(&mut graphml).unwrap();
    let graphml = String::from_utf8(graphml).unwrap();
    assert_eq!(graphml.matches("<node ").count(), 6);
    assert_eq!(graphml.matches("<edge ").count(), 4);
}

/// The role index of RUS between ISR and PSE on a hand-made set; each
/// expected value is worked out in the comments.
#[test]
fn role_index_matches_the_hand_computed_answer() {
    let (_dir, mut store) = temp_store();
    let mut add = |id: &str, rows: &[(&str, &str, &str, &str)]| {
        let sentences: Vec<String> = (0..rows.len()).map(|i| format!("Sentence {i} of {id}.")).collect();
        let refs: Vec<&str> = sentences.iter().map(String::as_str).collect();
        let d = doc(id, None, None, &refs);
        let events: Vec<_> = rows.iter().enumerate().map(|(i, (when, s, t, c))| event(&d, i, Some(when), s, t, c)).collect();
        store.insert_document(&d, &events).unwrap();
    };
    // April: an article about the conflict…
    add(
        "apr-conflict",
        &[
            ("2021-04-10", "RUS", "ISR", "040"),    // engage ISR, Goldstein 1.0
            ("2021-04-10", "RUS", "ISR", "041"),    // engage ISR, 1.0
            ("2021-04-11", "PSE", "RUS", "042"),    // engage PSE (PSE visits Moscow), 1.9
            ("2021-04-12", "RUS", "ISR", "130"),    // not engagement; Goldstein -4.4
            ("2021-04-12", "RUS", "EGY", "040"),    // counterpart EGY (article is about the conflict)
            ("2021-04-13", "USA", "ISR", "040"),    // third party
            ("2021-04-14", "EGY", "PSE", "039"),    // third party
            ("2021-04-15", "ISR", "PSE", "190"),    // between the sides: not third party
        ],
    );
    // …and one that is not: China is no counterpart.
    add("apr-other", &[("2021-04-20", "RUS", "CHN", "040")]);
    // May.
    add(
        "may-conflict",
        &[
            ("2021-05-10", "RUS", "PSE", "039"),       // engage PSE, mediation, 5.0
            ("2021-05-11", "RUS", "PSEREBHMS", "043"), // engage PSE (Hamas), 2.8
            ("2021-05-12", "RUS", "ISR", "020"),       // engage ISR, 3.0
            ("2021-05-13", "ISR", "RUS", "038"),       // engage ISR, mediation, 7.0
            ("2021-05-14", "RUS", "IGOUNO", "040"),    // counterpart IGOUNO
            ("2021-05-15", "RUSGOV", "USAGOV", "041"), // counterpart USA
            ("2021-05-16", "USA", "ISR", "042"),       // third party
        ],
    );
    let q = RoleQuery {
        actor: vec!["RUS".into()],
        sides: [vec!["ISR".into()], vec!["PSE".into()]],
        by: Some(Period::Month),
        from: None,
        to: None,
    };
    let report = store.role(&q).unwrap();
    assert_eq!(report.rows.len(), 2);
    let (apr, may) = (&report.rows[0], &report.rows[1]);
    assert_eq!(apr.label, "2021-04");
    // April: e_ISR = 2, e_PSE = 1; balance = 2·1/3; third-party engagement
    // = 3 (Russia's) + USA + EGY = 5; share = 3/5; R = 0.6 · (1 + 2/3) / 2 = 0.5.
    assert_eq!((apr.engagement, apr.mediation, apr.third_party), ([2, 1], 0, 5));
    assert!((apr.goldstein[0].unwrap() - (1.0 + 1.0 - 4.4) / 3.0).abs() < 1e-6);
    assert!((apr.goldstein[1].unwrap() - 1.9).abs() < 1e-6);
    assert!((apr.balance - 2.0 / 3.0).abs() < 1e-12);
    assert!((apr.share - 0.6).abs() < 1e-12);
    assert!((apr.index - 0.5).abs() < 1e-12);
    assert_eq!(apr.counterparts, ["EGY", "ISR", "PSE"]);
    // May: e_ISR = 2, e_PSE = 2, mediation 2; balance 1; third party 4 + USA
    // = 5; share = 0.8 = R.
    assert_eq!((may.engagement, may.mediation, may.third_party), ([2, 2], 2, 5));
    assert!((may.goldstein[0].unwrap() - 5.0).abs() < 1e-6);
    assert!((may.goldstein[1].unwrap() - 3.9).abs() < 1e-6);
    assert!((may.index - 0.8).abs() < 1e-12);
    assert_eq!(may.counterparts, ["IGOUNO", "ISR", "PSE", "USA"]);
    // Two periods: the slopes are the differences.
    assert!((report.index_trend.unwrap() - 0.3).abs() < 1e-12);
    assert!((report.engagement_trend.unwrap() - 1.0).abs() < 1e-12);

    // Whole range: e = (4, 3), third party 10, share 0.7, balance 6/7.
    let all = store.role(&RoleQuery { by: None, ..q.clone() }).unwrap();
    let r = &all.rows[0];
    assert_eq!((r.label.as_str(), r.engagement, r.third_party), ("all", [4, 3], 10));
    assert!((r.index - 0.7 * (1.0 + 6.0 / 7.0) / 2.0).abs() < 1e-12);
    assert_eq!(r.counterparts.len(), 5);
    assert_eq!(all.index_trend, None);

    // The actor may not be one of the sides.
    assert!(store.role(&RoleQuery { actor: vec!["ISR".into()], ..q }).is_err());
}
