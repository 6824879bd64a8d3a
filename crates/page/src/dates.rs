//! Reading calendar dates from metadata values, URLs and datelines.

use std::collections::HashMap;
use std::sync::OnceLock;

use chrono::{Datelike, NaiveDate};

fn months() -> &'static HashMap<&'static str, u32> {
    static MONTHS: OnceLock<HashMap<&'static str, u32>> = OnceLock::new();
    MONTHS.get_or_init(|| {
        let mut map = HashMap::new();
        for line in include_str!("../data/months.txt").lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            if let Some((num, names)) = line.split_once('\t') {
                if let Ok(n) = num.trim().parse::<u32>() {
                    for name in names.split_whitespace() {
                        map.insert(name, n);
                    }
                }
            }
        }
        map
    })
}

/// The month a word names ("May", "Sept.", "december"), if any.
pub fn month_number(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.').to_lowercase();
    months().get(w.as_str()).copied()
}

fn plausible(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    if !(1900..=2100).contains(&y) {
        return None;
    }
    NaiveDate::from_ymd_opt(y, m, d)
}

/// Splits into runs of letters and runs of digits, dropping everything else.
fn pieces(s: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut open: Option<(usize, bool)> = None;
    for (i, c) in s.char_indices() {
        let kind = if c.is_ascii_digit() {
            Some(true)
        } else if c.is_alphabetic() {
            Some(false)
        } else {
            None
        };
        if let Some((start, k)) = open {
            if kind == Some(k) {
                continue;
            }
            out.push(&s[start..i]);
            open = None;
        }
        if let Some(k) = kind {
            open = Some((i, k));
        }
    }
    if let Some((start, _)) = open {
        out.push(&s[start..]);
    }
    out
}

/// Reads a date from a metadata value: ISO 8601 (`2019-11-18T10:00:00Z`,
/// `2019/11/18`, `20191118`), RFC 2822 (`Mon, 18 Nov 2019 10:00:00 GMT`),
/// and written forms (`November 18, 2019`, `18 Nov 2019`). The calendar date
/// is taken as written, without shifting time zones.
pub fn parse_date(value: &str) -> Option<NaiveDate> {
    let v = value.trim();
    let b = v.as_bytes();
    // ISO: YYYY-MM-DD or YYYY/MM/DD or YYYYMMDD at the start.
    if b.len() >= 8 && b[..4].iter().all(u8::is_ascii_digit) {
        let y: i32 = v[..4].parse().ok()?;
        if b.len() >= 10 && matches!(b[4], b'-' | b'/' | b'.') && b[7] == b[4] {
            let m = v.get(5..7)?.parse().ok()?;
            let d = v.get(8..10)?.parse().ok()?;
            return plausible(y, m, d);
        }
        if b[4..8].iter().all(u8::is_ascii_digit) && b.get(8).is_none_or(|c| !c.is_ascii_digit()) {
            return plausible(y, v[4..6].parse().ok()?, v[6..8].parse().ok()?);
        }
    }
    // Unix timestamps (seconds or milliseconds), as some sites give them.
    if !v.is_empty() && v.len() >= 9 && v.len() <= 13 && b.iter().all(u8::is_ascii_digit) {
        let n: i64 = v.parse().ok()?;
        let secs = if v.len() == 13 { n / 1000 } else { n };
        let date = chrono::DateTime::from_timestamp(secs, 0)?.date_naive();
        return plausible(date.year(), date.month(), date.day());
    }
    written_date(v, None).map(|(d, _)| d)
}

/// A written date in `text`: "May 24, 2021", "24 May 2021", "May 24"
/// (year from `reference`, choosing the latest such date not after it),
/// with the byte offset just past it.
pub fn written_date(text: &str, reference: Option<NaiveDate>) -> Option<(NaiveDate, usize)> {
    let ps = pieces(text);
    for (i, p) in ps.iter().enumerate() {
        let Some(m) = month_number(p) else { continue };
        if p.len() < 3 {
            continue;
        }
        let num = |k: usize| -> Option<(u32, &str)> {
            let s = ps.get(k)?;
            s.parse::<u32>().ok().map(|n| (n, *s))
        };
        let end_of = |s: &str| s.as_ptr() as usize - text.as_ptr() as usize + s.len();
        // Month Day[, Year]
        if let Some((d, ds)) = num(i + 1).filter(|(d, s)| *d >= 1 && *d <= 31 && s.len() <= 2) {
            // A following ordinal suffix ("18th") shows up as a letter piece.
            let mut k = i + 2;
            if ps.get(k).is_some_and(|s| matches!(*s, "st" | "nd" | "rd" | "th")) {
                k += 1;
            }
            if let Some((y, ys)) = num(k).filter(|(_, s)| s.len() == 4) {
                if let Some(date) = plausible(y as i32, m, d) {
                    return Some((date, end_of(ys)));
                }
            }
            if let Some(date) = reference.and_then(|r| infer_year(r, m, d)) {
                return Some((date, end_of(ds)));
            }
            continue;
        }
        // Day Month Year
        if i >= 1 {
            let mut k = i - 1;
            if matches!(ps[k], "st" | "nd" | "rd" | "th") && k >= 1 {
                k -= 1;
            }
            if let (Some((d, ds)), Some((y, ys))) = (num(k), num(i + 1)) {
                if ds.len() <= 2 && ys.len() == 4 {
                    if let Some(date) = plausible(y as i32, m, d) {
                        return Some((date, end_of(ys)));
                    }
                }
            }
        }
    }
    None
}

/// The latest date with this month and day not after `reference` (a month
/// after the reference date means the previous year).
pub fn infer_year(reference: NaiveDate, month: u32, day: u32) -> Option<NaiveDate> {
    let this_year = NaiveDate::from_ymd_opt(reference.year(), month, day);
    match this_year {
        Some(d) if d <= reference => Some(d),
        _ => NaiveDate::from_ymd_opt(reference.year() - 1, month, day),
    }
}

/// A date in a URL path: `/2019/11/18/`, `/2019-11-18-`, `/20191118/`,
/// `/2019/nov/18/`.
pub fn date_from_url(url: &str) -> Option<NaiveDate> {
    let path = url.split_once("://").map_or(url, |(_, rest)| rest);
    let path = path.split(['?', '#']).next().unwrap_or(path);
    let segs: Vec<&str> = path.split(['/', '-', '_', '.']).collect();
    for i in 0..segs.len() {
        let s = segs[i];
        if s.len() == 4 && s.bytes().all(|c| c.is_ascii_digit()) {
            let y: i32 = s.parse().ok()?;
            let m = segs.get(i + 1).and_then(|m| {
                if m.len() <= 2 { m.parse::<u32>().ok() } else { month_number(m) }
            });
            let d = segs.get(i + 2).and_then(|d| (d.len() <= 2).then(|| d.parse::<u32>().ok()).flatten());
            if let (Some(m), Some(d)) = (m, d) {
                if let Some(date) = plausible(y, m, d) {
                    return Some(date);
                }
            }
        }
        if s.len() == 8 && s.bytes().all(|c| c.is_ascii_digit()) {
            if let Some(date) = plausible(s[..4].parse().ok()?, s[4..6].parse().ok()?, s[6..8].parse().ok()?) {
                return Some(date);
            }
        }
    }
    None
}

/// A dateline opening a story: "MOSCOW, May 24 (Reuters) —",
/// "CAIRO, March 4, 2024 —", "WASHINGTON (AP) — ... " (no date). The place
/// is upper case; the date must come before the dash.
pub fn dateline(paragraph: &str, reference: Option<NaiveDate>) -> Option<NaiveDate> {
    let head: String = paragraph.chars().take(120).collect();
    let dash = head.find(['—', '–']).or_else(|| head.find(" - ")).or_else(|| head.find(" -- "))?;
    let lead = &head[..dash];
    let first = lead.split([',', '(']).next()?.trim();
    let letters: Vec<char> = first.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.len() < 2 || letters.iter().any(|c| c.is_lowercase()) {
        return None;
    }
    written_date(lead, reference).map(|(d, _)| d)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn metadata_values() {
        assert_eq!(parse_date("2019-11-18T10:00:00Z"), Some(d(2019, 11, 18)));
        assert_eq!(parse_date("2019/11/18"), Some(d(2019, 11, 18)));
        assert_eq!(parse_date("20191118"), Some(d(2019, 11, 18)));
        assert_eq!(parse_date("Mon, 18 Nov 2019 10:00:00 GMT"), Some(d(2019, 11, 18)));
        assert_eq!(parse_date("November 18th, 2019 at 5:00 pm"), Some(d(2019, 11, 18)));
        assert_eq!(parse_date("1574071200"), Some(d(2019, 11, 18)));
        assert_eq!(parse_date("2019-13-45"), None);
        assert_eq!(parse_date("yesterday"), None);
    }

    #[test]
    fn url_paths() {
        assert_eq!(date_from_url("https://x.com/2019/11/18/story-slug/"), Some(d(2019, 11, 18)));
        assert_eq!(date_from_url("https://x.com/commentisfree/2019/nov/18/the-view"), Some(d(2019, 11, 18)));
        assert_eq!(date_from_url("https://x.com/business/story/2019-11-19/gannett"), Some(d(2019, 11, 19)));
        assert_eq!(date_from_url("https://x.com/a/20191118-slug.html"), Some(d(2019, 11, 18)));
        assert_eq!(date_from_url("https://x.com/news/article-14848176.php"), None);
    }

    #[test]
    fn datelines() {
        let r = Some(d(2021, 5, 30));
        assert_eq!(dateline("MOSCOW, May 24 (Reuters) — Russia said", r), Some(d(2021, 5, 24)));
        assert_eq!(dateline("CAIRO, March 4, 2024 — Talks resumed", None), Some(d(2024, 3, 4)));
        assert_eq!(dateline("MOSCOW, May 24 (Reuters) — Russia said", None), None, "no year, no reference");
        assert_eq!(dateline("On May 24 - the talks", r), None, "not a dateline");
        assert_eq!(dateline("WASHINGTON (AP) — The Senate", r), None);
        // December after a January reference date is the previous year.
        assert_eq!(dateline("PARIS, Dec. 30 (AFP) – Police", Some(d(2022, 1, 3))), Some(d(2021, 12, 30)));
    }
}
