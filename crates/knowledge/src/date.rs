//! Dates and date ranges of the data files: `YYYY-MM-DD`, `YYYY-MM` or
//! `YYYY`; ranges `FROM..UNTIL` with an inclusive start and an exclusive end,
//! either side may be left open.

use chrono::{Datelike, NaiveDate};
use std::fmt;

/// How precisely a date was written.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Precision {
    Year,
    Month,
    Day,
}

/// One end of a range. A date written to the month or year stands for the
/// first day of that month or year (for both ends of a range); the precision
/// is kept so that users can tell an exact day from an approximate one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Bound {
    pub date: NaiveDate,
    pub precision: Precision,
}

impl Bound {
    /// Parses `YYYY-MM-DD`, `YYYY-MM` or `YYYY` (years 1800–2199).
    pub fn parse(text: &str) -> Result<Bound, String> {
        let bad = || format!("bad date `{text}` (expected YYYY-MM-DD, YYYY-MM or YYYY)");
        let parts: Vec<&str> = text.split('-').collect();
        let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
        if parts.is_empty() || parts.len() > 3 || !digits(parts[0], 4) || !parts[1..].iter().all(|p| digits(p, 2)) {
            return Err(bad());
        }
        let year: i32 = parts[0].parse().map_err(|_| bad())?;
        if !(1800..2200).contains(&year) {
            return Err(format!("date `{text}` is out of range (years 1800–2199)"));
        }
        let month: u32 = parts.get(1).map_or(Ok(1), |m| m.parse()).map_err(|_| bad())?;
        let day: u32 = parts.get(2).map_or(Ok(1), |d| d.parse()).map_err(|_| bad())?;
        let date = NaiveDate::from_ymd_opt(year, month, day).ok_or_else(|| format!("no such date `{text}`"))?;
        let precision = match parts.len() {
            1 => Precision::Year,
            2 => Precision::Month,
            _ => Precision::Day,
        };
        Ok(Bound { date, precision })
    }
}

impl fmt::Display for Bound {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let d = self.date;
        match self.precision {
            Precision::Year => write!(f, "{:04}", d.year()),
            Precision::Month => write!(f, "{:04}-{:02}", d.year(), d.month()),
            Precision::Day => write!(f, "{:04}-{:02}-{:02}", d.year(), d.month(), d.day()),
        }
    }
}

/// A date range `[from, until)`; `None` is open on that side.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Span {
    pub from: Option<Bound>,
    pub until: Option<Bound>,
}

impl Span {
    /// The range that is always valid.
    pub const ALWAYS: Span = Span { from: None, until: None };

    /// Parses `FROM..UNTIL`, `FROM..`, `..UNTIL` or `..`. The start must come
    /// before the end.
    pub fn parse(text: &str) -> Result<Span, String> {
        let (from, until) = text.split_once("..").ok_or_else(|| format!("bad date range `{text}` (expected FROM..UNTIL)"))?;
        let bound = |s: &str| if s.is_empty() { Ok(None) } else { Bound::parse(s).map(Some) };
        let span = Span { from: bound(from)?, until: bound(until)? };
        if let (Some(a), Some(b)) = (span.from, span.until) {
            if a.date >= b.date {
                return Err(format!("inverted or empty date range `{text}` (the end is exclusive and must come after the start)"));
            }
        }
        Ok(span)
    }

    pub fn contains(&self, date: NaiveDate) -> bool {
        self.from.is_none_or(|b| b.date <= date) && self.until.is_none_or(|b| date < b.date)
    }

    /// Whether the two ranges share at least one day.
    pub fn overlaps(&self, other: &Span) -> bool {
        let starts_before_end = |a: &Span, b: &Span| match (a.from, b.until) {
            (Some(f), Some(u)) => f.date < u.date,
            _ => true,
        };
        starts_before_end(self, other) && starts_before_end(other, self)
    }

    /// The first shared day of two overlapping ranges (`None` when both are
    /// open at the start).
    pub fn first_shared_day(&self, other: &Span) -> Option<NaiveDate> {
        match (self.from, other.from) {
            (Some(a), Some(b)) => Some(a.date.max(b.date)),
            (Some(a), None) | (None, Some(a)) => Some(a.date),
            (None, None) => None,
        }
    }
}

impl fmt::Display for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(b) = self.from {
            write!(f, "{b}")?;
        }
        f.write_str("..")?;
        if let Some(b) = self.until {
            write!(f, "{b}")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn precision_and_first_day() {
        let b = Bound::parse("2003-04").unwrap();
        assert_eq!((b.date, b.precision), (day("2003-04-01"), Precision::Month));
        assert_eq!(Bound::parse("1999").unwrap().date, day("1999-01-01"));
        assert_eq!(Bound::parse("2021-06-13").unwrap().to_string(), "2021-06-13");
        assert_eq!(Bound::parse("2003-04").unwrap().to_string(), "2003-04");
    }

    #[test]
    fn rejects_bad_dates() {
        for bad in ["2021-02-30", "2021-13", "21-01-01", "2021-1-5", "20x1", "", "1700-01-01", "2021-06-13-01"] {
            assert!(Bound::parse(bad).is_err(), "{bad} accepted");
        }
    }

    #[test]
    fn ranges_are_half_open() {
        let s = Span::parse("2021-01-26..2025-01-20").unwrap();
        assert!(s.contains(day("2021-01-26")));
        assert!(s.contains(day("2025-01-19")));
        assert!(!s.contains(day("2025-01-20")));
        assert!(!s.contains(day("2021-01-25")));
        assert!(Span::parse("2022-12-29..").unwrap().contains(day("2026-11-25")));
        assert!(Span::parse("..").unwrap().contains(day("1900-01-01")));
        assert!(Span::parse("2021-01-01..2021-01-01").is_err());
        assert!(Span::parse("2021-02-01..2021-01-01").is_err());
        assert!(Span::parse("2021-01-01").is_err());
    }

    #[test]
    fn overlap() {
        let a = Span::parse("2000..2005").unwrap();
        assert!(a.overlaps(&Span::parse("2004-12-31..").unwrap()));
        assert!(!a.overlaps(&Span::parse("2005..2006").unwrap()));
        assert!(a.overlaps(&Span::ALWAYS));
        assert_eq!(a.first_shared_day(&Span::parse("2003..").unwrap()), Some(day("2003-01-01")));
    }
}
