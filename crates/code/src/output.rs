//! Output layouts of an [`Event`] other than the JSON Lines contract: CSV,
//! the GDELT 2.0 event table (GDELT Event Codebook V2.0: 61 tab-separated
//! columns) and PLOVER/POLECAT-style JSON. `demarche code --format …` and
//! the store's `export` write the same rows through these functions.

use std::collections::HashMap;
use std::sync::OnceLock;

use chrono::Datelike;
use serde_json::json;

use crate::Event;

/// What a row can say beyond the event itself: its id and how often it was
/// reported (the store knows; a single coding run reports each event once).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RowContext<'a> {
    pub event_id: i64,
    /// Reported in a story's lead paragraph.
    pub root: bool,
    pub mentions: u32,
    pub sources: u32,
    pub articles: u32,
    /// When the event was added (unix seconds).
    pub added: i64,
    pub url: Option<&'a str>,
    pub outlet: Option<&'a str>,
}

impl Default for RowContext<'_> {
    fn default() -> Self {
        RowContext { event_id: 0, root: false, mentions: 1, sources: 1, articles: 1, added: 0, url: None, outlet: None }
    }
}

/// The 61 GDELT columns, in the codebook's order.
pub const GDELT_COLUMNS: [&str; 61] = [
    "GlobalEventID",
    "Day",
    "MonthYear",
    "Year",
    "FractionDate",
    "Actor1Code",
    "Actor1Name",
    "Actor1CountryCode",
    "Actor1KnownGroupCode",
    "Actor1EthnicCode",
    "Actor1Religion1Code",
    "Actor1Religion2Code",
    "Actor1Type1Code",
    "Actor1Type2Code",
    "Actor1Type3Code",
    "Actor2Code",
    "Actor2Name",
    "Actor2CountryCode",
    "Actor2KnownGroupCode",
    "Actor2EthnicCode",
    "Actor2Religion1Code",
    "Actor2Religion2Code",
    "Actor2Type1Code",
    "Actor2Type2Code",
    "Actor2Type3Code",
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "AvgTone",
    "Actor1Geo_Type",
    "Actor1Geo_FullName",
    "Actor1Geo_CountryCode",
    "Actor1Geo_ADM1Code",
    "Actor1Geo_ADM2Code",
    "Actor1Geo_Lat",
    "Actor1Geo_Long",
    "Actor1Geo_FeatureID",
    "Actor2Geo_Type",
    "Actor2Geo_FullName",
    "Actor2Geo_CountryCode",
    "Actor2Geo_ADM1Code",
    "Actor2Geo_ADM2Code",
    "Actor2Geo_Lat",
    "Actor2Geo_Long",
    "Actor2Geo_FeatureID",
    "ActionGeo_Type",
    "ActionGeo_FullName",
    "ActionGeo_CountryCode",
    "ActionGeo_ADM1Code",
    "ActionGeo_ADM2Code",
    "ActionGeo_Lat",
    "ActionGeo_Long",
    "ActionGeo_FeatureID",
    "DATEADDED",
    "SOURCEURL",
];

const ACTOR_PARTS: &str = include_str!("../data/cameo-actor-parts.tsv");

#[derive(Clone, Copy, PartialEq, Eq)]
enum PartKind {
    Type,
    Religion,
}

fn part_kinds() -> &'static HashMap<&'static str, PartKind> {
    static KINDS: OnceLock<HashMap<&'static str, PartKind>> = OnceLock::new();
    KINDS.get_or_init(|| {
        ACTOR_PARTS
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .filter_map(|l| {
                let mut cols = l.split('\t');
                let part = cols.next()?;
                let kind = match cols.next()? {
                    "type" => PartKind::Type,
                    "religion" => PartKind::Religion,
                    _ => return None,
                };
                Some((part, kind))
            })
            .collect()
    })
}

/// The GDELT breakdown of a CAMEO actor code.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ActorParts {
    pub country: String,
    pub known_group: String,
    pub religions: [String; 2],
    pub types: [String; 3],
}

/// Splits a CAMEO actor code into 3-letter parts: `RUSGOV` → country RUS,
/// type GOV; `IGOUNO` → type IGO, known group UNO; `PSEREBHMS` → country
/// PSE, type REB, known group HMS.
pub fn split_actor_code(code: &str) -> ActorParts {
    let kinds = part_kinds();
    let parts: Vec<&str> = (0..code.len()).step_by(3).filter_map(|i| code.get(i..(i + 3).min(code.len()))).collect();
    let mut out = ActorParts::default();
    let (mut types, mut religions) = (0, 0);
    for (i, part) in parts.iter().enumerate() {
        match kinds.get(part) {
            Some(PartKind::Type) if types < 3 => {
                out.types[types] = part.to_string();
                types += 1;
            }
            Some(PartKind::Religion) if i > 0 && religions < 2 => {
                out.religions[religions] = part.to_string();
                religions += 1;
            }
            None if i == 0 => out.country = part.to_string(),
            None if out.known_group.is_empty() => out.known_group = part.to_string(),
            _ => {}
        }
    }
    out
}

/// The 61 fields of an event's GDELT row.
pub fn gdelt_row(ev: &Event, ctx: &RowContext<'_>) -> Vec<String> {
    let mut row: Vec<String> = Vec::with_capacity(61);
    row.push(ctx.event_id.to_string());
    match ev.date {
        Some(d) => {
            row.push(d.format("%Y%m%d").to_string());
            row.push(d.format("%Y%m").to_string());
            row.push(d.year().to_string());
            // The codebook's convention: YEAR + (MONTH * 30 + DAY) / 365.
            row.push(format!("{:.4}", d.year() as f64 + (d.month() * 30 + d.day()) as f64 / 365.0));
        }
        None => row.extend(std::iter::repeat_n(String::new(), 4)),
    }
    for (code, name) in [(&ev.source, &ev.source_text), (&ev.target, &ev.target_text)] {
        let parts = split_actor_code(code);
        row.push(code.clone());
        row.push(name.to_uppercase());
        row.push(parts.country);
        row.push(parts.known_group);
        row.push(String::new()); // ethnic code: not coded
        row.extend(parts.religions);
        row.extend(parts.types);
    }
    row.push((ctx.root as u8).to_string());
    // GDELT writes root-level codes with three digits ("040").
    let code = if ev.code.len() == 2 { format!("{}0", ev.code) } else { ev.code.clone() };
    row.push(code.clone());
    row.push(code.get(..3).unwrap_or(&code).to_string());
    row.push(ev.root_code.clone());
    row.push(ev.quad_class.to_string());
    row.push(ev.goldstein.to_string());
    row.push(ctx.mentions.to_string());
    row.push(ctx.sources.to_string());
    row.push(ctx.articles.to_string());
    row.push(String::new()); // AvgTone: no tone analysis
    row.extend(std::iter::repeat_n(String::new(), 24)); // three geography blocks
    row.push(chrono::DateTime::from_timestamp(ctx.added, 0).map_or(String::new(), |t| t.format("%Y%m%d%H%M%S").to_string()));
    row.push(ctx.url.unwrap_or_default().to_string());
    debug_assert_eq!(row.len(), GDELT_COLUMNS.len());
    row
}

/// The PLOVER/POLECAT-style record of an event, or `None` when the event
/// has no PLOVER type (PLOVER does not code bare statements).
pub fn plover_record(ev: &Event, ctx: &RowContext<'_>) -> Option<serde_json::Value> {
    if ev.plover.is_empty() {
        return None;
    }
    let code = demarche_cameo::lookup_or_parent(&ev.code);
    let mode = code.map_or("", |c| c.plover_mode);
    let contexts: Vec<&str> = code.map_or("", |c| c.plover_context).split(',').map(str::trim).filter(|c| !c.is_empty()).collect();
    let quad = match ev.quad_class {
        1 => "VERBAL COOPERATION",
        2 => "MATERIAL COOPERATION",
        3 => "VERBAL CONFLICT",
        4 => "MATERIAL CONFLICT",
        _ => "",
    };
    let country = |code: &str| split_actor_code(code).country;
    Some(json!({
        "event_id": ctx.event_id.to_string(),
        "event_date": ev.date.map(|d| d.to_string()),
        "event_type": ev.plover,
        "event_mode": mode,
        "event_context": contexts,
        "quad_code": quad,
        "actor": ev.source,
        "actor_name": ev.source_text,
        "actor_country": country(&ev.source),
        "recipient": ev.target,
        "recipient_name": ev.target_text,
        "recipient_country": country(&ev.target),
        "cameo_code": ev.code,
        "goldstein": ev.goldstein,
        "story_id": ev.doc,
        "sentence": ev.sentence,
        "text": ev.text,
        "source": ctx.outlet,
        "url": ctx.url,
        "mentions": ctx.mentions,
        "articles": ctx.articles,
        "sources": ctx.sources,
        "root": ctx.root,
    }))
}

/// A CSV field, quoted when needed (RFC 4180).
pub fn csv_field(value: &str) -> String {
    if value.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value.to_string()
    }
}

/// Columns of `demarche code --format csv`: the JSON Lines fields.
pub const CSV_COLUMNS: [&str; 13] =
    ["doc", "sentence", "text", "date", "source", "target", "source_text", "target_text", "code", "root_code", "quad_class", "goldstein", "plover"];

/// An event as a CSV line in [`CSV_COLUMNS`] order (no line end).
pub fn csv_row(ev: &Event) -> String {
    let fields = [
        csv_field(&ev.doc),
        ev.sentence.to_string(),
        csv_field(&ev.text),
        ev.date.map(|d| d.to_string()).unwrap_or_default(),
        csv_field(&ev.source),
        csv_field(&ev.target),
        csv_field(&ev.source_text),
        csv_field(&ev.target_text),
        csv_field(&ev.code),
        csv_field(&ev.root_code),
        ev.quad_class.to_string(),
        ev.goldstein.to_string(),
        csv_field(&ev.plover),
    ];
    fields.join(",")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event() -> Event {
        let mut e = Event {
            doc: "d".into(),
            sentence: 2,
            text: "Russia consulted Egypt, \"again\".".into(),
            date: chrono::NaiveDate::from_ymd_opt(2021, 5, 12),
            source: "RUSGOV".into(),
            target: "IGOUNO".into(),
            source_text: "the Russian Foreign Ministry".into(),
            target_text: "the UN".into(),
            code: "04".into(),
            ..Event::default()
        };
        e.fill_code_attributes();
        e
    }

    #[test]
    fn actor_codes_split_into_gdelt_fields() {
        let p = split_actor_code("RUSGOV");
        assert_eq!((p.country.as_str(), p.types[0].as_str()), ("RUS", "GOV"));
        let p = split_actor_code("IGOUNO");
        assert_eq!((p.country.as_str(), p.known_group.as_str(), p.types[0].as_str()), ("", "UNO", "IGO"));
        let p = split_actor_code("PSEREBHMS");
        assert_eq!((p.country.as_str(), p.known_group.as_str(), p.types[0].as_str()), ("PSE", "HMS", "REB"));
        let p = split_actor_code("IRQMOSSHIMIL");
        assert_eq!(p.religions, ["MOS".to_string(), "SHI".to_string()]);
        assert_eq!(split_actor_code(""), ActorParts::default());
    }

    #[test]
    fn gdelt_row_has_61_fields_and_three_digit_root_codes() {
        let ctx = RowContext { event_id: 7, root: true, url: Some("http://x"), ..RowContext::default() };
        let row = gdelt_row(&event(), &ctx);
        assert_eq!(row.len(), 61);
        assert_eq!((row[0].as_str(), row[1].as_str(), row[5].as_str(), row[7].as_str()), ("7", "20210512", "RUSGOV", "RUS"));
        assert_eq!((row[25].as_str(), row[26].as_str(), row[27].as_str(), row[28].as_str()), ("1", "040", "040", "04"));
        assert_eq!(row[60], "http://x");
    }

    #[test]
    fn plover_and_csv() {
        let r = plover_record(&event(), &RowContext::default()).unwrap();
        assert_eq!(r["event_type"], "CONSULT");
        assert_eq!(r["actor_country"], "RUS");
        assert_eq!(r["recipient_country"], "");
        let line = csv_row(&event());
        assert!(line.starts_with("d,2,\"Russia consulted Egypt, \"\"again\"\".\",2021-05-12,RUSGOV,IGOUNO,"), "{line}");
        assert_eq!(line.split(',').count() - 1, CSV_COLUMNS.len(), "one quoted comma in the text");
    }
}
