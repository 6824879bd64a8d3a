//! Temporal expressions: "on May 21", "last week", "two days ago" → dates.
//!
//! STUB: issue 2 implements the resolver; the signature is the contract.

use chrono::NaiveDate;

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
pub fn find_dates(_text: &str, _reference: NaiveDate) -> Vec<TimeExpression> {
    Vec::new()
}
