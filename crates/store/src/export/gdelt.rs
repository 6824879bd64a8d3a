//! The GDELT 2.0 event table layout (GDELT Event Codebook V2.0): 61
//! tab-separated columns, no header, our values where GDELT has one and
//! empty fields where we have none (tone, geography, ethnicity).

use std::collections::HashMap;
use std::sync::OnceLock;

use chrono::Datelike;

use crate::query::StoredEvent;

/// The 61 columns, in the codebook's order.
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

const ACTOR_PARTS: &str = include_str!("../../data/cameo-actor-parts.tsv");

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
pub fn gdelt_row(e: &StoredEvent) -> Vec<String> {
    let ev = &e.event;
    let mut row: Vec<String> = Vec::with_capacity(61);
    row.push(e.event_id.to_string());
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
    row.push((e.root as u8).to_string());
    // GDELT writes root-level codes with three digits ("040").
    let code = if ev.code.len() == 2 { format!("{}0", ev.code) } else { ev.code.clone() };
    row.push(code.clone());
    row.push(code.get(..3).unwrap_or(&code).to_string());
    row.push(ev.root_code.clone());
    row.push(ev.quad_class.to_string());
    row.push(ev.goldstein.to_string());
    row.push(e.mentions.to_string());
    row.push(e.sources.to_string());
    row.push(e.articles.to_string());
    row.push(String::new()); // AvgTone: no tone analysis
    row.extend(std::iter::repeat_n(String::new(), 24)); // three geography blocks
    row.push(
        chrono::DateTime::from_timestamp(e.added, 0).map_or(String::new(), |t| t.format("%Y%m%d%H%M%S").to_string()),
    );
    row.push(e.url.clone().unwrap_or_default());
    debug_assert_eq!(row.len(), GDELT_COLUMNS.len());
    row
}

#[cfg(test)]
mod tests {
    use super::*;

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
        assert_eq!(p.types[0], "MIL");
        assert_eq!(split_actor_code(""), ActorParts::default());
    }
}
