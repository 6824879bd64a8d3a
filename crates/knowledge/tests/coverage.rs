//! Coverage of the built-in data: every ISO 3166-1 country, the offices of
//! the states a world-affairs desk meets most, the size of the people list.

use demarche_knowledge::{ActorKind, Category, Knowledge, NaiveDate, Span};

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

/// ISO 3166-1 alpha-3, kept here independently of `data/codes.txt`.
const ISO_3166_1: &str = include_str!("iso3166-alpha3.txt");

#[test]
fn every_iso_country_has_a_registered_code_and_an_entry() {
    let kb = Knowledge::builtin();
    let codes: Vec<&str> = ISO_3166_1.lines().filter(|l| !l.starts_with('#')).flat_map(str::split_whitespace).collect();
    assert_eq!(codes.len(), 249);
    let mut missing = Vec::new();
    for code in codes {
        let registered = kb.registry().component(code).is_some_and(|c| c.category == Category::Country);
        let has_entry = kb.actors().iter().any(|a| matches!(a.kind, ActorKind::State | ActorKind::Territory) && a.codes.iter().any(|c| c.code == code));
        if !registered || !has_entry {
            missing.push(code);
        }
    }
    assert!(missing.is_empty(), "ISO countries without a registered code or a state/territory entry: {missing:?}");
    for extra in ["KSV", "PSE", "TWN", "ESH"] {
        assert!(kb.actors().iter().any(|a| a.codes.iter().any(|c| c.code == extra)), "{extra}");
    }
}

/// The G20 members, the Middle East and North Africa, and the UN Security
/// Council (permanent members and those elected for 2024, 2025 and 2026).
const G20: &[&str] = &["ARG", "AUS", "BRA", "CAN", "CHN", "FRA", "DEU", "IND", "IDN", "ITA", "JPN", "KOR", "MEX", "RUS", "SAU", "ZAF", "TUR", "GBR", "USA"];
const MENA: &[&str] = &["DZA", "BHR", "EGY", "IRN", "IRQ", "ISR", "JOR", "KWT", "LBN", "LBY", "MAR", "OMN", "PSE", "QAT", "SAU", "SYR", "TUN", "ARE", "YEM", "SDN"];
const UNSC_ELECTED_2024_2026: &[&str] = &[
    "DZA", "ECU", "GUY", "JPN", "MLT", "MOZ", "KOR", "SLE", "SVN", "CHE", // 2024
    "DNK", "GRC", "PAK", "PAN", "SOM", // from 2025
    "BHR", "COL", "COD", "LVA", "LBR", // from 2026
];

fn covered_states() -> Vec<&'static str> {
    let mut all: Vec<&str> = G20.iter().chain(MENA).chain(UNSC_ELECTED_2024_2026).copied().collect();
    all.sort();
    all.dedup();
    all
}

/// Gaps in the union of spans over `[from, until)`.
fn gaps(mut spans: Vec<Span>, from: NaiveDate, until: NaiveDate) -> Vec<(NaiveDate, NaiveDate)> {
    let start = |s: &Span| s.from.map_or(NaiveDate::MIN, |b| b.date);
    let end = |s: &Span| s.until.map_or(NaiveDate::MAX, |b| b.date);
    spans.sort_by_key(start);
    let mut out = Vec::new();
    let mut reached = from;
    for s in &spans {
        if start(s) > reached && reached < until {
            out.push((reached, start(s).min(until)));
        }
        reached = reached.max(end(s));
    }
    if reached < until {
        out.push((reached, until));
    }
    out
}

#[test]
fn head_of_state_government_and_foreign_minister_are_covered_2000_2026() {
    let kb = Knowledge::builtin();
    let (from, until) = (day("2000-01-01"), day("2026-11-25"));
    let mut problems = Vec::new();
    for country in covered_states() {
        for office in ["hos", "hog", "fm"] {
            let mut spans: Vec<Span> = office_spans(kb, country, office).into_iter().map(|(_, s)| s).collect();
            for v in kb.vacancies().iter().filter(|v| v.country == country && v.office == office) {
                spans.push(v.span);
                if v.unrecorded {
                    eprintln!("known gap: {country} @{office} {}: {}", v.span, v.note);
                }
            }
            for (a, b) in gaps(spans, from, until) {
                problems.push(format!("{country} @{office}: nobody from {a} until {b}"));
            }
        }
    }
    report(&problems, "coverage gaps");
}

/// The spans in which people held an office of a country.
fn office_spans<'a>(kb: &'a Knowledge, country: &str, office: &str) -> Vec<(&'a str, Span)> {
    kb.actors()
        .iter()
        .filter(|a| a.kind == ActorKind::Person)
        .flat_map(|a| a.codes.iter().map(move |c| (a.name.as_str(), c)))
        .filter(|(_, c)| c.code.starts_with(country) && c.holds(office))
        .map(|(n, c)| (n, c.span))
        .collect()
}

fn report(problems: &[String], what: &str) {
    for p in problems {
        eprintln!("{p}");
    }
    assert!(problems.is_empty(), "{} {what}", problems.len());
}

/// Two holders of one office at once for more than a month is a data error,
/// except where rival governments competed.
#[test]
fn offices_have_one_holder_at_a_time() {
    const RIVALS: &[(&str, &str)] = &[("LBY", "hog"), ("LBY", "fm"), ("LBY", "hos"), ("YEM", "hog"), ("VEN", "hos"), ("VEN", "hog"), ("SOM", "hos"), ("CHE", "fm")];
    let kb = Knowledge::builtin();
    let mut problems = Vec::new();
    for country in covered_states() {
        for office in ["hos", "hog", "fm"] {
            if RIVALS.contains(&(country, office)) {
                continue;
            }
            let holders = office_spans(kb, country, office);
            for (i, (a, x)) in holders.iter().enumerate() {
                for (b, y) in &holders[i + 1..] {
                    if a == b || !x.overlaps(y) {
                        continue;
                    }
                    let start = x.first_shared_day(y).unwrap_or(NaiveDate::MIN);
                    let end = match (x.until, y.until) {
                        (Some(p), Some(q)) => p.date.min(q.date),
                        (Some(p), None) | (None, Some(p)) => p.date,
                        (None, None) => NaiveDate::MAX,
                    };
                    if (end - start).num_days() > 31 {
                        problems.push(format!("{country} @{office}: {a} ({x}) and {b} ({y})"));
                    }
                }
            }
        }
    }
    report(&problems, "overlapping office holders");
}

#[test]
fn counts() {
    let kb = Knowledge::builtin();
    let count = |k: ActorKind| kb.actors().iter().filter(|a| a.kind == k).count();
    let names: usize = kb.actors().iter().map(|a| a.names.len()).sum();
    eprintln!(
        "states {} territories {} regions {} igos {} ngos {} groups {} parties {} media {} companies {} people {} places {} bodies {} communities {} agents {} names {}",
        count(ActorKind::State),
        count(ActorKind::Territory),
        count(ActorKind::Region),
        count(ActorKind::Igo),
        count(ActorKind::Ngo),
        count(ActorKind::Group),
        count(ActorKind::Party),
        count(ActorKind::Media),
        count(ActorKind::Company),
        count(ActorKind::Person),
        count(ActorKind::Place),
        count(ActorKind::Body),
        count(ActorKind::Community),
        kb.agents().len(),
        names
    );
    assert!(count(ActorKind::Person) >= 2000, "only {} people", count(ActorKind::Person));
    assert!(count(ActorKind::State) >= 195);
    assert!(count(ActorKind::Igo) >= 100);
    assert!(kb.agents().len() >= 200);
}
