//! Dates as stored (`YYYYMMDD` integers) and the periods series group by.

use chrono::{Datelike, Days, Months, NaiveDate};

/// `2021-05-12` → `20210512`.
pub fn to_int(date: NaiveDate) -> i64 {
    date.year() as i64 * 10_000 + date.month() as i64 * 100 + date.day() as i64
}

/// `20210512` → `2021-05-12`; `None` for values that are not a date.
pub fn from_int(value: i64) -> Option<NaiveDate> {
    let (y, md) = (value / 10_000, value % 10_000);
    NaiveDate::from_ymd_opt(i32::try_from(y).ok()?, (md / 100) as u32, (md % 100) as u32)
}

/// The time unit a series or role report groups by.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Period {
    Day,
    /// ISO weeks, labelled by their Monday.
    Week,
    Month,
    Year,
}

impl Period {
    pub fn parse(text: &str) -> Option<Period> {
        match text {
            "day" => Some(Period::Day),
            "week" => Some(Period::Week),
            "month" => Some(Period::Month),
            "year" => Some(Period::Year),
            _ => None,
        }
    }

    /// The first day of the period containing `date`.
    pub fn start(self, date: NaiveDate) -> NaiveDate {
        match self {
            Period::Day => date,
            Period::Week => date - Days::new(date.weekday().num_days_from_monday() as u64),
            Period::Month => date.with_day(1).expect("day 1 exists"),
            Period::Year => NaiveDate::from_ymd_opt(date.year(), 1, 1).expect("January 1 exists"),
        }
    }

    /// The first day of the next period, given a period start.
    pub fn next(self, start: NaiveDate) -> NaiveDate {
        match self {
            Period::Day => start + Days::new(1),
            Period::Week => start + Days::new(7),
            Period::Month => start + Months::new(1),
            Period::Year => start + Months::new(12),
        }
    }

    /// How the period starting at `start` is written: `2021-05-12`,
    /// `2021-05-10` (a week's Monday), `2021-05`, `2021`.
    pub fn label(self, start: NaiveDate) -> String {
        match self {
            Period::Day | Period::Week => start.format("%Y-%m-%d").to_string(),
            Period::Month => start.format("%Y-%m").to_string(),
            Period::Year => start.format("%Y").to_string(),
        }
    }

    /// Every period start from the one containing `first` to the one
    /// containing `last`, so series have no silent gaps.
    pub fn starts(self, first: NaiveDate, last: NaiveDate) -> Vec<NaiveDate> {
        let mut out = Vec::new();
        let mut at = self.start(first);
        while at <= last {
            out.push(at);
            at = self.next(at);
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn int_round_trip() {
        assert_eq!(to_int(d(2021, 5, 12)), 20210512);
        assert_eq!(from_int(20210512), Some(d(2021, 5, 12)));
        assert_eq!(from_int(20210231), None);
    }

    #[test]
    fn period_starts_and_labels() {
        let date = d(2021, 5, 12); // a Wednesday
        assert_eq!(Period::Week.start(date), d(2021, 5, 10));
        assert_eq!(Period::Month.label(Period::Month.start(date)), "2021-05");
        assert_eq!(Period::Month.starts(d(2020, 12, 31), d(2021, 2, 1)).len(), 3);
        assert_eq!(Period::Week.starts(d(2021, 5, 9), d(2021, 5, 10)), vec![d(2021, 5, 3), d(2021, 5, 10)]);
        assert_eq!(Period::Year.label(Period::Year.start(date)), "2021");
    }
}
