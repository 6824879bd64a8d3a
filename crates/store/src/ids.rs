//! Event ids clustered by date.
//!
//! An event's id is `day << 32 | sequence`: its date's day number (days
//! since 0001-01-01, day 1) in the high bits and a per-day sequence in the
//! low 32 bits; undated events use [`UNDATED_DAY`], after every real date.
//! The events table is stored in id order, so it is physically sorted by
//! date: a date range is a range of ids (no date index to maintain), news
//! arriving in date order appends near the end of the table, and id order
//! is date order. Ids stay below 2^53, exact in JSON numbers.

use chrono::{Datelike, NaiveDate};

/// The day number of undated events: after every representable date.
pub const UNDATED_DAY: i64 = (1 << 21) - 1;

/// The day number of `date` (0001-01-01 is day 1). Dates outside years
/// 1–5741 share the first or last day number; their `date` column stays exact.
pub fn day_number(date: NaiveDate) -> i64 {
    (date.num_days_from_ce() as i64).clamp(1, UNDATED_DAY - 1)
}

/// The date of day number `day` (`None` for [`UNDATED_DAY`]).
pub fn day_date(day: i64) -> Option<NaiveDate> {
    if day >= UNDATED_DAY {
        return None;
    }
    NaiveDate::from_num_days_from_ce_opt(i32::try_from(day).ok()?)
}

/// The day number an event id belongs to.
pub fn id_day(id: i64) -> i64 {
    id >> 32
}

/// The sequence part of an event id.
pub fn id_sequence(id: i64) -> u32 {
    (id & 0xFFFF_FFFF) as u32
}

/// The id of the `sequence`-th event stored for day `day`.
pub fn event_id(day: i64, sequence: u32) -> i64 {
    (day << 32) | sequence as i64
}

/// The smallest and largest id of events dated within `from..=to` (either
/// end open), undated events excluded.
pub fn id_range(from: Option<NaiveDate>, to: Option<NaiveDate>) -> (i64, i64) {
    let lo = from.map_or(0, day_number);
    let hi = to.map_or(UNDATED_DAY - 1, day_number);
    (event_id(lo, 0), event_id(hi, u32::MAX))
}

/// The first id of the undated events.
pub const FIRST_UNDATED_ID: i64 = UNDATED_DAY << 32;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_sort_by_date_and_round_trip() {
        let a = NaiveDate::from_ymd_opt(2021, 5, 12).unwrap();
        let b = NaiveDate::from_ymd_opt(2021, 5, 13).unwrap();
        assert_eq!(day_number(b), day_number(a) + 1);
        assert_eq!(day_date(day_number(a)), Some(a));
        let (x, y) = (event_id(day_number(a), u32::MAX), event_id(day_number(b), 0));
        assert!(x < y && y < FIRST_UNDATED_ID);
        assert_eq!((id_day(x), id_sequence(x)), (day_number(a), u32::MAX));
        let (lo, hi) = id_range(Some(a), Some(a));
        assert!(lo <= x && x <= hi && y > hi);
        assert!(id_range(None, None).1 < FIRST_UNDATED_ID);
        assert!(event_id(UNDATED_DAY, u32::MAX) < 1 << 53, "exact as a JSON number");
        assert_eq!(day_date(UNDATED_DAY), None);
    }
}
