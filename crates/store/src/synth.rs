//! A deterministic synthetic news archive for benchmarks and tests: coded
//! documents spread evenly over the years, actors drawn with a Zipf-like
//! skew (a few countries dominate the news, as in GDELT), and a share of
//! reports that repeat a recent event so deduplication has work to do.

use chrono::{Days, NaiveDate};
use demarche_code::Event;
use demarche_doc::{Document, Sentence};

/// Sector suffixes combined with each country code to make actor codes
/// (empty: the country itself).
const SECTORS: [&str; 10] = ["", "GOV", "MIL", "REB", "OPP", "BUS", "MED", "CVL", "JUD", "LEG"];

/// Relative weight of each sector: bare countries and governments dominate.
const SECTOR_WEIGHTS: [u32; 10] = [30, 30, 10, 5, 5, 5, 5, 4, 3, 3];

/// CAMEO codes drawn, each with a relative frequency (statements and
/// consultations are the bulk of real event data).
const CODES: [(&str, u32); 20] = [
    ("010", 20), ("012", 4), ("013", 4), ("020", 5), ("036", 4), ("040", 12), ("042", 6),
    ("043", 6), ("046", 3), ("051", 5), ("057", 2), ("061", 2), ("070", 2), ("111", 5),
    ("112", 5), ("130", 3), ("138", 2), ("173", 2), ("190", 4), ("1823", 1),
];

/// Outlets the documents are attributed to.
const OUTLETS: u64 = 50;

/// The shape of the generated archive.
#[derive(Clone, Debug)]
pub struct Synth {
    /// Coded reports (event mentions) to generate.
    pub events: u64,
    /// Reports per document.
    pub events_per_doc: u32,
    /// Countries; actors = countries × 10 sectors.
    pub countries: u32,
    pub first_day: NaiveDate,
    pub days: u32,
    /// Percent of reports that repeat an event reported in the last days.
    pub repeat_percent: u32,
    pub seed: u64,
}

impl Default for Synth {
    /// The benchmark corpus: 10 M reports, 2,000 actors, 20 years.
    fn default() -> Synth {
        Synth {
            events: 10_000_000,
            events_per_doc: 10,
            countries: 200,
            first_day: NaiveDate::from_ymd_opt(2001, 1, 1).expect("valid date"),
            days: 7305,
            repeat_percent: 20,
            seed: 0x5eed,
        }
    }
}

/// SplitMix64: small, fast, and the same sequence on every platform.
#[derive(Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E3779B97F4A7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58476D1CE4E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D049BB133111EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n`.
    pub fn below(&mut self, n: u64) -> u64 {
        ((self.next_u64() as u128 * n as u128) >> 64) as u64
    }

    /// Index drawn with the given relative weights.
    fn weighted(&mut self, weights: impl Iterator<Item = u32> + Clone) -> usize {
        let total: u64 = weights.clone().map(u64::from).sum();
        let mut x = self.below(total);
        for (i, w) in weights.enumerate() {
            if x < w as u64 {
                return i;
            }
            x -= w as u64;
        }
        unreachable!("x < total")
    }
}

/// An event record with every field empty, to fill with struct update syntax.
pub fn blank_event() -> demarche_code::Event {
    demarche_code::Event {
        doc: String::new(),
        sentence: 0,
        text: String::new(),
        date: None,
        source: String::new(),
        target: String::new(),
        source_text: String::new(),
        target_text: String::new(),
        code: String::new(),
        root_code: String::new(),
        quad_class: 0,
        goldstein: 0.0,
        plover: String::new(),
        explain: None,
    }
}

/// The 3-letter code of country `i` (`AAA`, `AAB`, …).
pub fn country_code(i: u32) -> String {
    let letter = |n: u32| char::from(b'A' + (n % 26) as u8);
    [letter(i / 676), letter(i / 26), letter(i)].iter().collect()
}

impl Synth {
    /// A Zipf(1)-distributed country: country 0 is the most reported.
    fn country(&self, rng: &mut Rng, cumulative: &[f64]) -> u32 {
        let x = (rng.next_u64() >> 11) as f64 / (1u64 << 53) as f64 * cumulative[cumulative.len() - 1];
        cumulative.partition_point(|&c| c <= x) as u32
    }

    /// The documents with their coded events, in date order.
    pub fn documents(&self) -> impl Iterator<Item = (Document, Vec<Event>)> + '_ {
        let mut rng = Rng::new(self.seed);
        let mut total = 0.0;
        let cumulative: Vec<f64> = (1..=self.countries)
            .map(|k| {
                total += 1.0 / k as f64;
                total
            })
            .collect();
        let per_doc = self.events_per_doc.max(1) as u64;
        let docs = self.events.div_ceil(per_doc);
        let mut recent: Vec<Event> = Vec::new();
        (0..docs).map(move |i| {
            let day = (i as u128 * self.days as u128 / docs.max(1) as u128) as u64;
            let date = self.first_day + Days::new(day);
            let n = per_doc.min(self.events - i * per_doc);
            let outlet = rng.below(OUTLETS);
            let mut doc = Document {
                id: format!("synth-{i}"),
                url: Some(format!("https://outlet{outlet}.example/{}/{i}", date.format("%Y/%m/%d"))),
                outlet: Some(format!("Outlet {outlet}")),
                title: Some(format!("Report {i}")),
                date: Some(date),
                ..Document::default()
            };
            let mut events = Vec::with_capacity(n as usize);
            let mut at = 0;
            for s in 0..n as usize {
                let mut e = if !recent.is_empty() && rng.below(100) < self.repeat_percent as u64 {
                    let mut e = recent[rng.below(recent.len() as u64) as usize].clone();
                    e.date = e.date.map(|d| if rng.below(2) == 0 { d } else { d + Days::new(1) });
                    e
                } else {
                    let source_country = self.country(&mut rng, &cumulative);
                    let mut target_country = self.country(&mut rng, &cumulative);
                    if target_country == source_country {
                        target_country = (target_country + 1) % self.countries;
                    }
                    let sector = |rng: &mut Rng| SECTORS[rng.weighted(SECTOR_WEIGHTS.iter().copied())];
                    let source = format!("{}{}", country_code(source_country), sector(&mut rng));
                    let target = format!("{}{}", country_code(target_country), sector(&mut rng));
                    let code = CODES[rng.weighted(CODES.iter().map(|c| c.1))].0;
                    let mut e = Event {
                        date: Some(date),
                        source_text: format!("the {} side", source.to_lowercase()),
                        target_text: format!("{} officials", target.to_lowercase()),
                        source,
                        target,
                        code: code.to_string(),
                        ..blank_event()
                    };
                    e.fill_code_attributes();
                    e
                };
                e.doc = doc.id.clone();
                e.sentence = s;
                e.text = format!(
                    "On {}, {} acted ({}) toward {}, the outlet reported.",
                    e.date.map_or("an unknown day".into(), |d| d.format("%B %-d").to_string()),
                    e.source_text,
                    e.code,
                    e.target_text
                );
                let start = at;
                at += e.text.len() + demarche_doc::PARAGRAPH_SEPARATOR.len();
                doc.sentences.push(Sentence {
                    start,
                    end: start + e.text.len(),
                    text: e.text.clone(),
                    paragraph: s,
                    ..Sentence::default()
                });
                doc.paragraphs.push(e.text.clone());
                events.push(e);
            }
            for e in &events {
                if recent.len() < 256 {
                    recent.push(e.clone());
                } else {
                    let slot = rng.below(256) as usize;
                    recent[slot] = e.clone();
                }
            }
            (doc, events)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deterministic_and_shaped() {
        let synth = Synth { events: 95, ..Synth::default() };
        let a: Vec<_> = synth.documents().collect();
        let b: Vec<_> = synth.documents().collect();
        assert_eq!(a, b);
        assert_eq!(a.len(), 10);
        assert_eq!(a.iter().map(|(_, e)| e.len()).sum::<usize>(), 95);
        for (doc, events) in &a {
            let body = doc.body();
            for e in events {
                let s = &doc.sentences[e.sentence];
                assert_eq!(&body[s.start..s.end], e.text);
                assert_ne!(e.source[..3], e.target[..3]);
                assert!(e.quad_class >= 1);
            }
        }
        assert_eq!(country_code(0), "AAA");
        assert_eq!(country_code(27), "ABB");
    }
}
