//! Temporal expressions: "on May 21", "last week", "two days ago" → dates.
//!
//! [`find_dates`] tokenizes the text with the stage's own tokenizer and matches
//! date phrases over the words, longest first:
//!
//! | form | example | resolved to |
//! | --- | --- | --- |
//! | month and day, optional year | "May 21", "Jan. 5", "Sept. 11, 2001" | that day |
//! | day and month | "21 May", "the 4th of July 2020" | that day |
//! | weekday | "Friday", "Tuesday night", "last Friday", "next Friday" | that day |
//! | relative day | "today", "yesterday", "tomorrow", "last night" | that day |
//! | counted past | "two days ago", "3 weeks ago", "a year ago" | that day / week / month / year |
//! | named period | "last week", "earlier this month", "late last year" | its first day |
//! | month | "in March", "mid-March", "March 2020", "last March" | its first day |
//! | year | "in 2019", "since 2014", "mid-2019" | January 1 |
//! | numeric date | "2024-03-04", "11/28/2001" (US order) | that day |
//!
//! The span covers the date words and their modifiers ("last week",
//! "earlier this month", "Tuesday night") but not a leading preposition
//! ("on", "in"). Weeks start on Monday.
//!
//! News reports the past, so a date without a year, or a bare weekday, is
//! taken to be on or before the document date: "on Friday" is the most
//! recent Friday (the document date itself if that is a Friday), and a month
//! and day more than a month after the document date fall in the previous
//! year. When the text speaks of the future ("will", "next Friday",
//! "scheduled") the nearest such day on or after the document date is chosen
//! instead, and a date more than a month before it falls in the next year.

use chrono::{Datelike, Days, Months, NaiveDate, Weekday};

use crate::tokenizer::{tokenize_into, Piece};

/// How precise a resolved expression is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Granularity {
    Day,
    Week,
    Month,
    Year,
}

/// A date expression found in a sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TimeExpression {
    /// Byte range of the expression in the text searched.
    pub start: usize,
    pub end: usize,
    /// The resolved date (the first day of a week, month or year).
    pub date: NaiveDate,
    pub granularity: Granularity,
}

/// Finds the date expressions in `text` and resolves them against the
/// document date `reference`.
pub fn find_dates(text: &str, reference: NaiveDate) -> Vec<TimeExpression> {
    if !may_contain_date(text) {
        return Vec::new();
    }
    find_dates_in(text, reference)
}

/// [`find_dates`] without the [`may_contain_date`] shortcut.
fn find_dates_in(text: &str, reference: NaiveDate) -> Vec<TimeExpression> {
    let mut pieces = Vec::new();
    tokenize_into(text, &mut pieces);
    let words: Vec<Word> = pieces.iter().map(|p| Word { piece: *p, text: &text[p.start..p.end] }).collect();
    let matcher = Matcher { words: &words, reference, future: speaks_of_future(&words) };
    let mut found = Vec::new();
    let mut i = 0;
    while i < words.len() {
        match matcher.match_at(i) {
            Some((len, date, granularity)) => {
                found.push(TimeExpression { start: words[i].piece.start, end: words[i + len - 1].piece.end, date, granularity });
                i += len;
            }
            None => i += 1,
        }
    }
    found
}

/// Whether `text` can hold a date expression, judged without tokenizing:
/// every form needs a digit or one of the words of [`date_word_at`] (a
/// month or weekday name or abbreviation, a relative day, "ago", or a
/// period unit). A word the tokenizer makes is a whole run of ASCII letters
/// of the text or, with an emoticon peeled off its end ("MayxD"), the start
/// of one; the contraction and unit splits make no such word. So a text
/// without digits and without a letter run beginning with such a word has
/// no date, and most sentences are skipped before the tokenizer runs.
fn may_contain_date(text: &str) -> bool {
    let bytes = text.as_bytes();
    if bytes.iter().any(u8::is_ascii_digit) {
        return true;
    }
    bytes.split(|b| !b.is_ascii_alphabetic()).any(date_word_at)
}

/// Whether the letters `run` begin with a word some date form needs.
fn date_word_at(run: &[u8]) -> bool {
    let words: &[&str] = match run.first().map(u8::to_ascii_lowercase) {
        Some(b'a') => &["apr", "aug", "afternoon", "ago"],
        Some(b'd') => &["dec"],
        Some(b'e') => &["evening"],
        Some(b'f') => &["feb", "fri"],
        Some(b'j') => &["jan", "jun", "jul"],
        Some(b'm') => &["mar", "may", "mon", "morning", "month"],
        Some(b'n') => &["nov", "night"],
        Some(b'o') => &["oct"],
        Some(b's') => &["sep", "sat", "sun"],
        Some(b't') => &["tue", "thu", "today", "tonight", "tomorrow"],
        Some(b'w') => &["wed", "week"],
        Some(b'y') => &["yesterday", "year"],
        _ => &[],
    };
    // The month and weekday names begin with their abbreviations.
    words.iter().any(|w| run.len() >= w.len() && run[..w.len()].eq_ignore_ascii_case(w.as_bytes()))
}

#[derive(Clone, Copy)]
struct Word<'t> {
    piece: Piece,
    text: &'t str,
}

impl Word<'_> {
    fn is(&self, word: &str) -> bool {
        self.text.eq_ignore_ascii_case(word)
    }

    fn is_any(&self, words: &[&str]) -> bool {
        words.iter().any(|w| self.is(w))
    }

    /// Whether a date expression can begin with this word: one beginning
    /// with a lower-case letter must be one of [`LOWER_CASE_STARTS`] or
    /// [`NUMBER_WORDS`] or "mid-…" (month and weekday names are
    /// capitalised; days, years and numeric dates begin with a digit). Most
    /// words are not, and skipping them leaves the matches unchanged.
    fn may_start_date(&self) -> bool {
        !self.text.starts_with(|c: char| c.is_ascii_lowercase())
            || self.text.starts_with("mid-")
            || self.is_any(&LOWER_CASE_STARTS)
            || self.is_any(&NUMBER_WORDS)
    }
}

/// Words (in any case) besides [`NUMBER_WORDS`] that begin one of the
/// [`Matcher`]'s forms: weekday, month and period modifiers, relative
/// days, counts.
const LOWER_CASE_STARTS: [&str; 17] =
    ["last", "next", "this", "early", "late", "earlier", "later", "mid", "past", "previous", "today", "tonight", "yesterday", "tomorrow", "the", "a", "an"];

/// Month names, lower case (the coder uses them too: a month is no surname).
pub const MONTHS: [&str; 12] =
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
/// Abbreviations as written in news ("Sept." and "Sep." both occur); used
/// with or without the period, except the ambiguous "Mar", "Jun", "Sep".
const MONTH_ABBREVIATIONS: [(&str, u32); 12] = [
    ("jan", 1),
    ("feb", 2),
    ("mar", 3),
    ("apr", 4),
    ("jun", 6),
    ("jul", 7),
    ("aug", 8),
    ("sep", 9),
    ("sept", 9),
    ("oct", 10),
    ("nov", 11),
    ("dec", 12),
];
const WEEKDAYS: [(&str, Weekday); 7] = [
    ("monday", Weekday::Mon),
    ("tuesday", Weekday::Tue),
    ("wednesday", Weekday::Wed),
    ("thursday", Weekday::Thu),
    ("friday", Weekday::Fri),
    ("saturday", Weekday::Sat),
    ("sunday", Weekday::Sun),
];
const WEEKDAY_ABBREVIATIONS: [(&str, Weekday); 10] = [
    ("mon.", Weekday::Mon),
    ("tue.", Weekday::Tue),
    ("tues.", Weekday::Tue),
    ("wed.", Weekday::Wed),
    ("thu.", Weekday::Thu),
    ("thur.", Weekday::Thu),
    ("thurs.", Weekday::Thu),
    ("fri.", Weekday::Fri),
    ("sat.", Weekday::Sat),
    ("sun.", Weekday::Sun),
];
const NUMBER_WORDS: [&str; 21] = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
    "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
];
/// Words before a bare month or year that make it a date ("in March",
/// "since 2014", "the end of March").
const DATE_PREPOSITIONS: [&str; 15] =
    ["in", "since", "until", "till", "by", "during", "from", "before", "after", "through", "throughout", "of", "early", "late", "between"];
/// Time-of-day words that may follow a weekday ("Tuesday night").
const DAY_PARTS: [&str; 5] = ["morning", "afternoon", "evening", "night", "overnight"];
/// Words showing the sentence is about the future.
const FUTURE_MARKERS: [&str; 7] = ["will", "'ll", "’ll", "shall", "scheduled", "upcoming", "planned"];

/// Whether `word` is written with a capital (month and weekday names must
/// be, so that "may" and "march" are not dates).
fn capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

fn month_of(word: &str) -> Option<u32> {
    if !capitalised(word) {
        return None;
    }
    let bare = word.strip_suffix('.').unwrap_or(word);
    if let Some(m) = MONTHS.iter().position(|m| bare.eq_ignore_ascii_case(m)) {
        // "MAY." is not a month; "May" is, subject to the caller's checks.
        return (bare.len() == word.len()).then_some(m as u32 + 1);
    }
    let dotted = bare.len() < word.len();
    MONTH_ABBREVIATIONS
        .iter()
        .find(|(a, _)| bare.eq_ignore_ascii_case(a) && (dotted || !matches!(*a, "mar" | "jun" | "sep")))
        .map(|&(_, m)| m)
}

fn weekday_of(word: &str) -> Option<Weekday> {
    if !capitalised(word) {
        return None;
    }
    WEEKDAYS
        .iter()
        .chain(&WEEKDAY_ABBREVIATIONS)
        .find(|(name, _)| word.eq_ignore_ascii_case(name))
        .map(|&(_, d)| d)
}

/// "21", "21st", "3rd" → a day of the month.
fn day_of(word: &str) -> Option<u32> {
    let digits = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &word[digits.len()..];
    if digits.is_empty() || digits.len() > 2 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    if !suffix.is_empty() && !["st", "nd", "rd", "th"].iter().any(|s| suffix.eq_ignore_ascii_case(s)) {
        return None;
    }
    digits.parse().ok().filter(|d| (1..=31).contains(d))
}

fn year_of(word: &str) -> Option<i32> {
    (word.len() == 4 && word.bytes().all(|b| b.is_ascii_digit())).then(|| word.parse().ok()).flatten().filter(|y| (1800..=2199).contains(y))
}

/// "two", "2", "a", "an" → a count.
fn count_of(word: &str) -> Option<u32> {
    if word.eq_ignore_ascii_case("a") || word.eq_ignore_ascii_case("an") {
        return Some(1);
    }
    if let Some(n) = NUMBER_WORDS.iter().position(|w| word.eq_ignore_ascii_case(w)) {
        return Some(n as u32);
    }
    (word.len() <= 3 && word.bytes().all(|b| b.is_ascii_digit())).then(|| word.parse().ok()).flatten()
}

fn speaks_of_future(words: &[Word]) -> bool {
    (0..words.len()).any(|i| future_marker_at(words, i))
}

fn future_marker_at(words: &[Word], i: usize) -> bool {
    let w = &words[i];
    w.is_any(&FUTURE_MARKERS)
        || (w.is("wo") && words.get(i + 1).is_some_and(|n| n.is("n't")))
        || (w.is_any(&["expected", "set", "plans", "plan"]) && words.get(i + 1).is_some_and(|n| n.is("to")))
}

/// Past speech verbs that date what comes before them as reported.
const PAST_SPEECH: [&str; 14] = ["said", "told", "announced", "added", "stated", "wrote", "declared", "confirmed", "reported", "warned", "insisted", "claimed", "vowed", "threatened"];

/// Whether a weekday at word `at` is in future talk: a future marker
/// before it ("will resume on Friday"), or after it with no past speech
/// verb between ("On Friday the talks will resume"), not in "said on
/// Friday it will attend" or "struck on Saturday, Trump said, warning
/// that … will …", where the weekday dates the speech or an act reported
/// before it.
fn future_at(words: &[Word], at: usize) -> bool {
    if (0..at).any(|k| future_marker_at(words, k)) {
        return true;
    }
    let Some(m) = (at + 1..words.len()).find(|&k| future_marker_at(words, k)) else { return false };
    !(at.saturating_sub(2)..m).any(|k| words[k].is_any(&PAST_SPEECH))
}

fn first_of_month(year: i32, month: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(year, month, 1)
}

fn monday_of(date: NaiveDate) -> Option<NaiveDate> {
    date.checked_sub_days(Days::new(date.weekday().num_days_from_monday() as u64))
}

/// `date` moved by `days` (negative: back), if still a valid date.
fn shift(date: NaiveDate, days: i64) -> Option<NaiveDate> {
    if days >= 0 {
        date.checked_add_days(Days::new(days as u64))
    } else {
        date.checked_sub_days(Days::new(days.unsigned_abs()))
    }
}

/// A date of the month: the year is the reference year, moved back a year if
/// that would be more than a month after the reference date (or forward a
/// year for future talk more than a month before it). February 29 falls back
/// to the nearest leap year in the chosen direction.
fn infer_year(month: u32, day: u32, reference: NaiveDate, future: bool) -> Option<NaiveDate> {
    let mut year = reference.year();
    let candidate = |y: i32| NaiveDate::from_ymd_opt(y, month, day);
    let probe = candidate(year).or_else(|| candidate(year - 1)).or_else(|| candidate(year + 1))?;
    if !future && Some(probe) > shift(reference, 31) {
        year -= 1;
    } else if future && shift(probe, 31).is_some_and(|p| p < reference) {
        year += 1;
    }
    let step = if future { 1 } else { -1 };
    (0..8).find_map(|k| candidate(year + step * k))
}

/// The first day of a month without a year, by the same rule as [`infer_year`].
fn infer_month(month: u32, reference: NaiveDate, future: bool) -> Option<NaiveDate> {
    let this_year = first_of_month(reference.year(), month)?;
    if !future && Some(this_year) > shift(reference, 31) {
        first_of_month(reference.year() - 1, month)
    } else if future && this_year.checked_add_months(Months::new(1))? <= reference {
        first_of_month(reference.year() + 1, month)
    } else {
        Some(this_year)
    }
}

/// The weekday `day` relative to `reference`: `last` (strictly before),
/// `next` (strictly after), `this` (in the reference's week), or bare (on or
/// before, or on or after when the text speaks of the future).
fn resolve_weekday(day: Weekday, modifier: Option<&str>, reference: NaiveDate, future: bool) -> Option<NaiveDate> {
    let back = (7 + reference.weekday().num_days_from_monday() - day.num_days_from_monday()) % 7;
    let ahead = (7 + day.num_days_from_monday() - reference.weekday().num_days_from_monday()) % 7;
    match modifier {
        Some("last") => shift(reference, -(if back == 0 { 7 } else { back } as i64)),
        Some("next") => shift(reference, if ahead == 0 { 7 } else { ahead } as i64),
        Some("this") => shift(monday_of(reference)?, day.num_days_from_monday() as i64),
        _ if future => shift(reference, ahead as i64),
        _ => shift(reference, -(back as i64)),
    }
}

struct Matcher<'w, 't> {
    words: &'w [Word<'t>],
    reference: NaiveDate,
    future: bool,
}

type Match = (usize, NaiveDate, Granularity);

impl Matcher<'_, '_> {
    fn word(&self, i: usize) -> Option<&Word<'_>> {
        self.words.get(i)
    }

    fn word_is(&self, i: usize, options: &[&str]) -> bool {
        self.word(i).is_some_and(|w| w.is_any(options))
    }

    /// Whether the word before `i` lets a bare month or year be a date.
    fn date_context_before(&self, i: usize) -> bool {
        i > 0 && self.words[i - 1].is_any(&DATE_PREPOSITIONS)
    }

    fn match_at(&self, i: usize) -> Option<Match> {
        if !self.words[i].may_start_date() {
            return None;
        }
        self.match_any_at(i)
    }

    /// [`Matcher::match_at`] without the first-word filter.
    fn match_any_at(&self, i: usize) -> Option<Match> {
        self.weekday(i)
            .or_else(|| self.month_day(i))
            .or_else(|| self.day_month(i))
            .or_else(|| self.relative_day(i))
            .or_else(|| self.counted_past(i))
            .or_else(|| self.named_period(i))
            .or_else(|| self.month(i))
            .or_else(|| self.year(i))
            .or_else(|| self.numeric_date(i))
    }

    /// "May 21", "May 21, 2021", "Jan. 5 2020", "March 4th".
    fn month_day(&self, i: usize) -> Option<Match> {
        let month = month_of(self.word(i)?.text)?;
        let day = day_of(self.word(i + 1)?.text)?;
        let (year, len) = match (self.word(i + 2), self.word(i + 3)) {
            (Some(c), Some(y)) if c.text == "," && year_of(y.text).is_some() => (year_of(y.text), 4),
            (Some(y), _) if year_of(y.text).is_some() => (year_of(y.text), 3),
            _ => (None, 2),
        };
        let date = match year {
            Some(y) => NaiveDate::from_ymd_opt(y, month, day)?,
            None => infer_year(month, day, self.reference, self.future)?,
        };
        Some((len, date, Granularity::Day))
    }

    /// "21 May", "21 May 2021", "the 4th of July".
    fn day_month(&self, i: usize) -> Option<Match> {
        let day = day_of(self.word(i)?.text)?;
        let of = usize::from(self.word_is(i + 1, &["of"]));
        let month = month_of(self.word(i + 1 + of)?.text)?;
        let year = self.word(i + 2 + of).and_then(|w| year_of(w.text));
        let date = match year {
            Some(y) => NaiveDate::from_ymd_opt(y, month, day)?,
            None => infer_year(month, day, self.reference, self.future)?,
        };
        Some((2 + of + usize::from(year.is_some()), date, Granularity::Day))
    }

    /// "Friday", "last Friday", "next Friday", "Tuesday night", "late
    /// Tuesday", and "Friday, May 21" (the explicit date wins).
    fn weekday(&self, i: usize) -> Option<Match> {
        let (modifier, at) = match self.word(i) {
            Some(w) if w.is_any(&["last", "next", "this", "early", "late"]) => (Some(w.text.to_ascii_lowercase()), i + 1),
            _ => (None, i),
        };
        let day = weekday_of(self.word(at)?.text)?;
        let comma = usize::from(self.word_is(at + 1, &[","]));
        if let Some((len, date, g)) = self.month_day(at + 1 + comma).or_else(|| self.day_month(at + 1 + comma)) {
            return Some((at - i + 1 + comma + len, date, g));
        }
        let part = usize::from(self.word_is(at + 1, &DAY_PARTS));
        let relation = modifier.as_deref().filter(|m| matches!(*m, "last" | "next" | "this"));
        let date = resolve_weekday(day, relation, self.reference, self.future && future_at(self.words, at))?;
        Some((at - i + 1 + part, date, Granularity::Day))
    }

    /// "today", "yesterday", "tomorrow", "tonight", "last night", "this
    /// morning", "the day before yesterday".
    fn relative_day(&self, i: usize) -> Option<Match> {
        let w = self.word(i)?;
        let r = self.reference;
        let (len, date) = if w.is_any(&["today", "tonight"]) {
            (1, r)
        } else if w.is("yesterday") {
            (1, shift(r, -1)?)
        } else if w.is("tomorrow") {
            (1, shift(r, 1)?)
        } else if w.is("last") && self.word_is(i + 1, &["night"]) {
            (2, shift(r, -1)?)
        } else if w.is("this") && self.word_is(i + 1, &["morning", "afternoon", "evening"]) {
            (2, r)
        } else if w.is("the") && self.word_is(i + 1, &["day"]) && self.word_is(i + 2, &["before", "after"]) {
            let before = self.word_is(i + 2, &["before"]);
            if before && self.word_is(i + 3, &["yesterday"]) {
                (4, shift(r, -2)?)
            } else if !before && self.word_is(i + 3, &["tomorrow"]) {
                (4, shift(r, 2)?)
            } else {
                return None;
            }
        } else {
            return None;
        };
        Some((len, date, Granularity::Day))
    }

    /// "two days ago", "3 weeks ago", "a month ago", "five years ago".
    fn counted_past(&self, i: usize) -> Option<Match> {
        let n = count_of(self.word(i)?.text)?;
        let unit = self.word(i + 1)?;
        if !self.word_is(i + 2, &["ago"]) {
            return None;
        }
        let r = self.reference;
        let (date, g) = if unit.is_any(&["day", "days"]) {
            (r.checked_sub_days(Days::new(n as u64))?, Granularity::Day)
        } else if unit.is_any(&["week", "weeks"]) {
            (monday_of(r.checked_sub_days(Days::new(7 * n as u64))?)?, Granularity::Week)
        } else if unit.is_any(&["month", "months"]) {
            (first_of_month(r.year(), r.month())?.checked_sub_months(Months::new(n))?, Granularity::Month)
        } else if unit.is_any(&["year", "years"]) {
            (NaiveDate::from_ymd_opt(r.year() - n as i32, 1, 1)?, Granularity::Year)
        } else {
            return None;
        };
        Some((3, date, g))
    }

    /// "last week", "this month", "next year", "earlier this month", "late
    /// last year", "the past week".
    fn named_period(&self, i: usize) -> Option<Match> {
        let hedge = usize::from(self.word_is(i, &["earlier", "later", "early", "late", "mid"]));
        let which = self.word(i + hedge)?;
        let offset: i32 = if which.is_any(&["last", "past", "previous"]) {
            -1
        } else if which.is("this") {
            0
        } else if which.is("next") {
            1
        } else {
            return None;
        };
        let unit = self.word(i + hedge + 1)?;
        let r = self.reference;
        let (date, g) = if unit.is("week") {
            (shift(monday_of(r)?, 7 * offset as i64)?, Granularity::Week)
        } else if unit.is("month") {
            let first = first_of_month(r.year(), r.month())?;
            let date = match offset {
                -1 => first.checked_sub_months(Months::new(1))?,
                1 => first.checked_add_months(Months::new(1))?,
                _ => first,
            };
            (date, Granularity::Month)
        } else if unit.is("year") {
            (NaiveDate::from_ymd_opt(r.year() + offset, 1, 1)?, Granularity::Year)
        } else {
            return None;
        };
        Some((hedge + 2, date, g))
    }

    /// "in March", "mid-March", "early March", "March 2020", "last March".
    fn month(&self, i: usize) -> Option<Match> {
        let w = self.word(i)?;
        if let Some(rest) = w.text.strip_prefix("mid-") {
            let month = month_of(rest)?;
            return self.month_with_year(i, 1, month);
        }
        let modifier = w.is_any(&["last", "next", "this", "early", "late"]).then(|| w.text.to_ascii_lowercase());
        let at = i + usize::from(modifier.is_some());
        let name = self.word(at)?;
        let month = month_of(name.text)?;
        if self.word(at + 1).and_then(|y| year_of(y.text)).is_some() {
            return self.month_with_year(at, 1, month).map(|(len, d, g)| (len + at - i, d, g));
        }
        let may = name.text.eq_ignore_ascii_case("may");
        let allowed = modifier.is_some() || self.date_context_before(i) || (!may && i > 0 && self.words[i - 1].is("the"));
        if !allowed {
            return None;
        }
        let r = self.reference;
        let date = match modifier.as_deref() {
            Some("last") => {
                let this_year = first_of_month(r.year(), month)?;
                if this_year < first_of_month(r.year(), r.month())? { this_year } else { first_of_month(r.year() - 1, month)? }
            }
            Some("next") => {
                let this_year = first_of_month(r.year(), month)?;
                if this_year > r { this_year } else { first_of_month(r.year().checked_add(1)?, month)? }
            }
            Some("this") => first_of_month(r.year(), month)?,
            _ => infer_month(month, r, self.future)?,
        };
        Some((at - i + 1, date, Granularity::Month))
    }

    /// The month word at `i` (spanning `len` words) followed by a year.
    fn month_with_year(&self, i: usize, len: usize, month: u32) -> Option<Match> {
        match self.word(i + len).and_then(|w| year_of(w.text)) {
            Some(y) => Some((len + 1, first_of_month(y, month)?, Granularity::Month)),
            None => Some((len, infer_month(month, self.reference, self.future)?, Granularity::Month)),
        }
    }

    /// "in 2019", "since 2014", "early 2020", "mid-2019".
    fn year(&self, i: usize) -> Option<Match> {
        let w = self.word(i)?;
        let year = match w.text.strip_prefix("mid-") {
            Some(rest) => year_of(rest)?,
            None if self.date_context_before(i) => year_of(w.text)?,
            None => return None,
        };
        Some((1, NaiveDate::from_ymd_opt(year, 1, 1)?, Granularity::Year))
    }

    /// "2024-03-04" and "11/28/2001" / "3/4/24" (month first, as in US news).
    fn numeric_date(&self, i: usize) -> Option<Match> {
        let w = self.word(i)?.text;
        let parts: Vec<&str> = w.split(['-', '/']).collect();
        let [a, b, c] = parts.as_slice() else { return None };
        let number = |s: &str| (!s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.parse::<i32>().ok()).flatten();
        let (a, b, c) = (number(a)?, number(b)?, number(c)?);
        let date = if w.contains('-') && parts[0].len() == 4 {
            NaiveDate::from_ymd_opt(a, b as u32, c as u32)?
        } else if w.contains('/') {
            let year = match parts[2].len() {
                4 => c,
                2 => 2000 + c,
                _ => return None,
            };
            NaiveDate::from_ymd_opt(year, a as u32, b as u32)?
        } else {
            return None;
        };
        Some((1, date, Granularity::Day))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    /// The expressions found in `text` as (matched text, date, granularity).
    fn found(text: &str, reference: NaiveDate) -> Vec<(&str, NaiveDate, Granularity)> {
        find_dates(text, reference).into_iter().map(|e| (&text[e.start..e.end], e.date, e.granularity)).collect()
    }

    fn one(text: &str, reference: NaiveDate) -> (&str, NaiveDate, Granularity) {
        let all = found(text, reference);
        assert_eq!(all.len(), 1, "expected one expression in {text:?}, found {all:?}");
        all[0]
    }

    use Granularity::*;

    /// The first-word filter of `match_at` never drops a match: at every
    /// word of sentences with each form, in several casings, it finds what
    /// the matchers find without it.
    #[test]
    fn first_word_filter_keeps_every_match() {
        let texts = [
            "On May 21, 2021, and on Friday, May 21 the ministry spoke; Jan. 5 and 21 May and the 4th of July 2020 too.",
            "last Friday, next Friday, this Tuesday night, late Tuesday, early Monday, Sun. and Thurs. talks",
            "today, tonight, yesterday, tomorrow, last night, this morning, the day before yesterday, the day after tomorrow",
            "two days ago, 3 weeks ago, a month ago, an hour ago, twenty years ago, eleven days ago",
            "last week, the past week, the previous month, earlier this month, later this year, late last year, mid next year, next month",
            "in March, mid-March, early March, March 2020, last March, this May, the March talks, since 2014, mid-2019, in 2019",
            "2024-03-04, 11/28/2001 and 3/4/24 were dates; the army will meet on Friday; wo n't",
        ];
        let mut checked = 0;
        for text in texts {
            for variant in [text.to_string(), text.to_uppercase(), text.to_lowercase()] {
                let mut pieces = Vec::new();
                tokenize_into(&variant, &mut pieces);
                let words: Vec<Word> = pieces.iter().map(|p| Word { piece: *p, text: &variant[p.start..p.end] }).collect();
                let matcher = Matcher { words: &words, reference: monday(), future: speaks_of_future(&words) };
                for i in 0..words.len() {
                    let any = matcher.match_any_at(i);
                    checked += usize::from(any.is_some());
                    assert_eq!(matcher.match_at(i), any, "{:?} in {variant:?}", words[i].text);
                }
            }
        }
        assert!(checked > 60, "the texts have dates ({checked})");
    }

    /// The no-date shortcut of `find_dates` changes no result, and skips
    /// sentences without dates.
    #[test]
    fn date_free_shortcut_keeps_every_date() {
        let texts = [
            "On May 21, 2021, and on Friday, May 21 the ministry spoke; Jan. 5 and 21 May and the 4th of July 2020 too.",
            "last Friday, next Friday, this Tuesday night, late Tuesday, early Monday, Sun. and Thurs. talks",
            "today, tonight, yesterday, tomorrow, last night, this morning, the day before yesterday, the day after tomorrow",
            "two days ago, a month ago, twenty years ago, last week, the past week, earlier this month, late last year",
            "in March, mid-March, early March, last March, the March talks, since 2014, mid-2019, 2024-03-04, 11/28/2001",
            "He said so MayxD and left; the talks opened Thursday( and stalled.",
            "The minister warned Israel against further strikes on Gaza.",
            "Egypt, Qatar and the United States mediated the talks.",
        ];
        for text in texts {
            for variant in [text.to_string(), text.to_uppercase(), text.to_lowercase()] {
                assert_eq!(find_dates(&variant, monday()), find_dates_in(&variant, monday()), "{variant:?}");
            }
        }
        assert!(!may_contain_date(texts[6]) && !may_contain_date(texts[7]));
        assert!(may_contain_date("It ended Wednesday.") && may_contain_date("the 4th") && may_contain_date("two years ago"));
    }

    // 2021-05-24 is a Monday.
    fn monday() -> NaiveDate {
        date(2021, 5, 24)
    }

    #[test]
    fn month_and_day() {
        assert_eq!(one("On May 21, the ministry spoke.", monday()), ("May 21", date(2021, 5, 21), Day));
        assert_eq!(one("It began on Jan. 5 in Gaza.", monday()), ("Jan. 5", date(2021, 1, 5), Day));
        assert_eq!(one("He left on March 4th.", monday()), ("March 4th", date(2021, 3, 4), Day));
    }

    #[test]
    fn month_day_and_year() {
        assert_eq!(one("The war began May 21, 2021, officials said.", date(2023, 1, 1)), ("May 21, 2021", date(2021, 5, 21), Day));
        assert_eq!(one("the Sept. 11, 2001, attacks", monday()), ("Sept. 11, 2001", date(2001, 9, 11), Day));
    }

    #[test]
    fn day_and_month() {
        assert_eq!(one("Talks opened on 21 May.", monday()), ("21 May", date(2021, 5, 21), Day));
        assert_eq!(one("He died on 3 January 1990.", monday()), ("3 January 1990", date(1990, 1, 3), Day));
        assert_eq!(one("on the 4th of July", date(2021, 7, 10)), ("4th of July", date(2021, 7, 4), Day));
    }

    #[test]
    fn a_date_more_than_a_month_ahead_is_last_year() {
        // Document of 10 January 2022: "December 28" is last December.
        assert_eq!(one("On Dec. 28 rebels attacked.", date(2022, 1, 10)), ("Dec. 28", date(2021, 12, 28), Day));
        // Within a month ahead it stays in the same year (a coming event).
        assert_eq!(one("Talks are set for June 3.", monday()).1, date(2021, 6, 3));
        // Future talk about a date long past this year means next year.
        assert_eq!(one("The summit will open on Jan. 5.", date(2021, 12, 20)).1, date(2022, 1, 5));
    }

    #[test]
    fn weekday_is_the_most_recent_one() {
        assert_eq!(one("Russia said on Friday it was ready.", monday()), ("Friday", date(2021, 5, 21), Day));
        // The document's own weekday is that day.
        assert_eq!(one("Russia said on Monday it was ready.", monday()).1, monday());
        assert_eq!(one("Fighting erupted Tuesday night.", monday()), ("Tuesday night", date(2021, 5, 18), Day));
        assert_eq!(one("They met last Monday.", monday()), ("last Monday", date(2021, 5, 17), Day));
    }

    #[test]
    fn weekday_in_future_talk_is_the_coming_one() {
        assert_eq!(one("The talks will resume on Friday.", monday()).1, date(2021, 5, 28));
        assert_eq!(one("They meet next Friday.", monday()), ("next Friday", date(2021, 5, 28), Day));
        assert_eq!(one("They meet next Monday.", monday()).1, date(2021, 5, 31));
    }

    #[test]
    fn weekday_before_a_past_speech_verb_is_past_in_future_talk() {
        // Monday 2021-05-24: "said on Friday" is the Friday before, even
        // when what was said is about the future.
        assert_eq!(one("Russia said on Friday it will attend the talks.", monday()).1, date(2021, 5, 21));
        assert_eq!(one("Jets struck the port on Saturday, the minister said, warning that more strikes will follow.", monday()).1, date(2021, 5, 22));
        // Future talk with no speech verb between keeps the coming day.
        assert_eq!(one("On Friday, the talks will resume.", monday()).1, date(2021, 5, 28));
        assert_eq!(one("Hamas said the talks will resume on Friday.", monday()).1, date(2021, 5, 28));
    }

    #[test]
    fn weekday_across_a_year_boundary() {
        // 2022-01-02 is a Sunday; "on Friday" is 31 December 2021.
        assert_eq!(one("Protests began on Friday.", date(2022, 1, 2)).1, date(2021, 12, 31));
    }

    #[test]
    fn weekday_with_explicit_date() {
        assert_eq!(one("on Saturday Dec. 25, 2004", monday()), ("Saturday Dec. 25, 2004", date(2004, 12, 25), Day));
        assert_eq!(one("on Friday, May 21", monday()), ("Friday, May 21", date(2021, 5, 21), Day));
    }

    #[test]
    fn relative_days() {
        assert_eq!(one("The ministry said yesterday it agreed.", monday()), ("yesterday", date(2021, 5, 23), Day));
        assert_eq!(one("The vote is today.", monday()), ("today", monday(), Day));
        assert_eq!(one("Shelling resumed last night.", monday()), ("last night", date(2021, 5, 23), Day));
        assert_eq!(one("It ends tomorrow.", date(2021, 12, 31)).1, date(2022, 1, 1));
        assert_eq!(one("Yesterday was calm.", date(2022, 1, 1)).1, date(2021, 12, 31));
    }

    #[test]
    fn counted_past() {
        assert_eq!(one("Two days ago, the talks collapsed.", monday()), ("Two days ago", date(2021, 5, 22), Day));
        assert_eq!(one("the attack 3 weeks ago", monday()), ("3 weeks ago", date(2021, 5, 3), Week));
        assert_eq!(one("a month ago", date(2021, 1, 15)), ("a month ago", date(2020, 12, 1), Month));
        assert_eq!(one("five years ago", monday()), ("five years ago", date(2016, 1, 1), Year));
    }

    #[test]
    fn named_periods() {
        assert_eq!(one("Russia proposed talks last week.", monday()), ("last week", date(2021, 5, 17), Week));
        assert_eq!(one("as agreed earlier this month", monday()), ("earlier this month", date(2021, 5, 1), Month));
        assert_eq!(one("It grew last month.", date(2021, 1, 10)), ("last month", date(2020, 12, 1), Month));
        assert_eq!(one("Elections are due this year.", monday()), ("this year", date(2021, 1, 1), Year));
        assert_eq!(one("It collapsed late last year.", date(2021, 1, 3)), ("late last year", date(2020, 1, 1), Year));
        assert_eq!(one("next week", date(2021, 12, 29)).1, date(2022, 1, 3));
    }

    #[test]
    fn months() {
        assert_eq!(one("Lavrov spoke in March.", monday()), ("March", date(2021, 3, 1), Month));
        // A month well after the document date is last year's.
        assert_eq!(one("The deal was signed in November.", date(2022, 2, 1)), ("November", date(2021, 11, 1), Month));
        assert_eq!(one("Fighting flared in mid-March.", monday()), ("mid-March", date(2021, 3, 1), Month));
        assert_eq!(one("It was founded in March 2020.", monday()), ("March 2020", date(2020, 3, 1), Month));
        assert_eq!(one("They met last December.", date(2022, 1, 5)), ("last December", date(2021, 12, 1), Month));
    }

    #[test]
    fn years() {
        assert_eq!(one("The talks stalled in 2019.", monday()), ("2019", date(2019, 1, 1), Year));
        assert_eq!(one("a truce since 2014", monday()).2, Year);
        assert!(found("The 2,019 people and 2019 soldiers", monday()).is_empty());
    }

    #[test]
    fn numeric_dates() {
        assert_eq!(one("dated 2024-03-04", monday()), ("2024-03-04", date(2024, 3, 4), Day));
        assert_eq!(one("posted 11/28/2001", monday()), ("11/28/2001", date(2001, 11, 28), Day));
    }

    #[test]
    fn may_and_march_as_words_are_not_dates() {
        assert!(found("Theresa May said they may march.", monday()).is_empty());
        assert_eq!(one("Theresa May met him on May 3.", monday()).0, "May 3");
        assert_eq!(one("They met in May.", monday()).1, date(2021, 5, 1));
    }

    #[test]
    fn several_expressions_in_one_sentence() {
        let all = found("On May 14 Putin spoke, and on May 19, two days ago, the ministry warned.", date(2021, 5, 21));
        let texts: Vec<&str> = all.iter().map(|e| e.0).collect();
        assert_eq!(texts, ["May 14", "May 19", "two days ago"]);
    }

    #[test]
    fn leap_day_without_year_finds_a_leap_year() {
        assert_eq!(one("on Feb. 29", date(2021, 3, 10)).1, date(2020, 2, 29));
    }

    #[test]
    fn extreme_reference_dates_do_not_overflow() {
        for reference in [NaiveDate::MIN, NaiveDate::MAX] {
            let text = "yesterday, tomorrow, on Friday, next Monday, last week, next year, two days ago, in March, on May 21";
            for e in find_dates(text, reference) {
                assert!(e.start < e.end && e.end <= text.len());
            }
        }
    }
}
