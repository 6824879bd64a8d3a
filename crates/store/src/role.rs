//! The third-party role index: how an actor engages the two sides of a
//! conflict dyad, and how much of all outside engagement with it is its own.
//!
//! For actor A and sides X and Y (actor code prefixes; A must not overlap
//! either side), over deduplicated, dated events, per period:
//!
//! - **Engagement** `e_X`, `e_Y`: events between A and the side, in either
//!   direction, whose CAMEO root is 02–07: appeals (02), intent to cooperate,
//!   meet, mediate or host talks (03), consultations, visits, mediation and
//!   negotiation (04), diplomatic cooperation (05), material cooperation
//!   (06) and aid (07). Both directions count because a meeting is coded
//!   from whichever side the sentence names first.
//! - **Mediation**: the subset with a mediation or talks code — 028, 036,
//!   038, 039, 045, 046.
//! - **Cooperativeness** `g_X`, `g_Y`: mean Goldstein weight of *all* events
//!   between A and the side (threats and criticism pull it down).
//! - **Balance** `b = 2·min(e_X, e_Y) / (e_X + e_Y)`: 1 when A engages both
//!   sides equally, 0 when only one (an ally, not a broker).
//! - **Counterparts**: distinct principals (countries, or organisations
//!   like IGOUNO) other than A that A engages (roots 02–07, either
//!   direction) in a report whose article also reports an event of X or Y —
//!   the article is the context that says the contact is about the conflict.
//! - **Share** `s = (e_X + e_Y) / T`, where `T` counts engagement events
//!   between any third party (an actor matching neither side) and X or Y.
//! - **Role index** `R = s · (1 + b) / 2`: A's share of outside engagement
//!   with the conflict, in full when it engages both sides evenly and half
//!   when it engages only one.
//!
//! A rising `R`, share and counterpart count over the periods is the data's
//! answer to "is A expanding its role?".

use std::collections::{BTreeSet, HashMap, HashSet};

use chrono::NaiveDate;
use rusqlite::types::Value;

use crate::error::{AtPath, Result, StoreError};
use crate::network::principal;
use crate::period::{from_int, to_int, Period};
use crate::query::bind_list;
use crate::Store;

/// CAMEO roots counted as engagement.
const ENGAGEMENT_ROOTS: [&str; 6] = ["02", "03", "04", "05", "06", "07"];
/// CAMEO codes counted as mediation and talks.
const MEDIATION_CODES: [&str; 6] = ["028", "036", "038", "039", "045", "046"];

fn is_engagement(root: &str) -> bool {
    ENGAGEMENT_ROOTS.contains(&root)
}

fn is_mediation(code: &str) -> bool {
    MEDIATION_CODES.iter().any(|m| code.starts_with(m))
}

#[derive(Clone, Debug)]
pub struct RoleQuery {
    /// The third party (actor code prefixes).
    pub actor: Vec<String>,
    /// The two sides of the conflict dyad (prefixes each).
    pub sides: [Vec<String>; 2],
    /// Group by period; `None`: one row for the whole range.
    pub by: Option<Period>,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
}

/// The index for one period (or the whole range).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RoleRow {
    /// The period label, or `all`.
    pub label: String,
    pub engagement: [u64; 2],
    pub mediation: u64,
    /// Mean Goldstein of all events between the actor and each side.
    pub goldstein: [Option<f64>; 2],
    pub balance: f64,
    /// Distinct counterparts engaged about the conflict, sorted.
    pub counterparts: Vec<String>,
    /// Engagement events of all third parties with either side.
    pub third_party: u64,
    pub share: f64,
    pub index: f64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct RoleReport {
    pub rows: Vec<RoleRow>,
    /// Least-squares slope per period of the index and of the engagement
    /// count (`None` with fewer than two periods).
    pub index_trend: Option<f64>,
    pub engagement_trend: Option<f64>,
}

#[derive(Default)]
struct Tally {
    engagement: [u64; 2],
    mediation: u64,
    goldstein: [(f64, u64); 2],
    counterparts: BTreeSet<String>,
    third_party: u64,
}

impl Tally {
    fn row(self, label: String) -> RoleRow {
        let [x, y] = self.engagement;
        let balance = if x + y == 0 { 0.0 } else { 2.0 * x.min(y) as f64 / (x + y) as f64 };
        let share = if self.third_party == 0 { 0.0 } else { (x + y) as f64 / self.third_party as f64 };
        RoleRow {
            label,
            engagement: self.engagement,
            mediation: self.mediation,
            goldstein: self.goldstein.map(|(sum, n)| (n > 0).then(|| sum / n as f64)),
            balance,
            counterparts: self.counterparts.into_iter().collect(),
            third_party: self.third_party,
            share,
            index: share * (1.0 + balance) / 2.0,
        }
    }
}

/// Least-squares slope of `values` against 0, 1, 2, ….
pub fn slope(values: &[f64]) -> Option<f64> {
    let n = values.len();
    if n < 2 {
        return None;
    }
    let mean_x = (n - 1) as f64 / 2.0;
    let mean_y = values.iter().sum::<f64>() / n as f64;
    let (mut num, mut den) = (0.0, 0.0);
    for (i, y) in values.iter().enumerate() {
        let dx = i as f64 - mean_x;
        num += dx * (y - mean_y);
        den += dx * dx;
    }
    Some(num / den)
}

fn matches(code: &str, prefixes: &[String]) -> bool {
    prefixes.iter().any(|p| code.starts_with(p.as_str()))
}

impl Store {
    pub fn role(&self, q: &RoleQuery) -> Result<RoleReport> {
        if q.actor.is_empty() || q.sides.iter().any(Vec::is_empty) {
            return Err(StoreError::Invalid("role: give an actor and two sides".into()));
        }
        for a in &q.actor {
            for side in &q.sides {
                if side.iter().any(|s| a.starts_with(s.as_str()) || s.starts_with(a.as_str())) {
                    return Err(StoreError::Invalid(format!("role: actor {a} overlaps a side of the dyad")));
                }
            }
        }
        let side_of = |code: &str| (0..2).find(|&i| matches(code, &q.sides[i]));
        let period_of = |date: Option<NaiveDate>| -> Option<String> {
            match q.by {
                None => Some("all".to_string()),
                Some(by) => date.map(|d| by.label(by.start(d))),
            }
        };
        let mut range = String::new();
        let mut values: Vec<Value> = Vec::new();
        // Ids are clustered by date: the range is a slice of the table and
        // of each actor's run in the (source) and (target) indexes.
        let mut id_between = String::new();
        if q.from.is_some() || q.to.is_some() {
            let (lo, hi) = crate::ids::id_range(q.from, q.to);
            values.extend([Value::Integer(lo), Value::Integer(hi)]);
            id_between = format!(" AND e.id BETWEEN ?{} AND ?{}", values.len() - 1, values.len());
            range += &id_between;
        }
        if let Some(from) = q.from {
            values.push(Value::Integer(to_int(from)));
            range += &format!(" AND e.date >= ?{}", values.len());
        }
        if let Some(to) = q.to {
            values.push(Value::Integer(to_int(to)));
            range += &format!(" AND e.date <= ?{}", values.len());
        }
        let involving = |prefixes: &[String], values: &mut Vec<Value>| -> Result<String> {
            let codes = self.actor_codes(prefixes)?;
            let sources = bind_list(&codes, values);
            let targets = bind_list(&codes, values);
            // SQLite's OR-by-union uses only each branch's own terms.
            Ok(format!("((e.source IN {sources}{id_between}) OR (e.target IN {targets}{id_between}))"))
        };

        let mut tallies: HashMap<String, Tally> = HashMap::new();
        let mut periods: BTreeSet<(Option<NaiveDate>, String)> = BTreeSet::new();

        // Every event of either side: engagement, cooperativeness, totals.
        let sides: Vec<String> = q.sides.concat();
        let mut side_values = values.clone();
        let cond = involving(&sides, &mut side_values)?;
        let sql = format!(
            "SELECT e.date, e.source, e.target, e.code, e.root_code, e.goldstein FROM events e
             WHERE {cond} AND e.target <> '' {range}"
        );
        let mut stmt = self.conn.prepare(&sql).at(&self.path)?;
        let mut rows = stmt.query(rusqlite::params_from_iter(side_values.iter())).at(&self.path)?;
        while let Some(r) = rows.next().at(&self.path)? {
            let date = r.get::<_, Option<i64>>(0).at(&self.path)?.and_then(from_int);
            let (source, target, code, root): (String, String, String, String) =
                (r.get(1).at(&self.path)?, r.get(2).at(&self.path)?, r.get(3).at(&self.path)?, r.get(4).at(&self.path)?);
            let goldstein: f64 = r.get(5).at(&self.path)?;
            let Some(label) = period_of(date) else { continue };
            // The side involved and the other party.
            let (side, other) = match (side_of(&source), side_of(&target)) {
                (Some(_), Some(_)) => continue, // between the sides: not a third party's
                (Some(s), None) => (s, target.as_str()),
                (None, Some(s)) => (s, source.as_str()),
                (None, None) => continue,
            };
            periods.insert((date.map(|d| q.by.map_or(d, |by| by.start(d))), label.clone()));
            let t = tallies.entry(label).or_default();
            let engagement = is_engagement(&root);
            if engagement {
                t.third_party += 1;
            }
            if matches(other, &q.actor) {
                t.goldstein[side].0 += goldstein;
                t.goldstein[side].1 += 1;
                if engagement {
                    t.engagement[side] += 1;
                    t.counterparts.insert(principal(if matches(&source, &q.actor) { &target } else { &source }).to_string());
                    if is_mediation(&code) {
                        t.mediation += 1;
                    }
                }
            }
        }

        // Articles that report the conflict: the context for counterparts.
        let mut doc_values = values.clone();
        let cond = involving(&sides, &mut doc_values)?;
        let sql = format!(
            "SELECT e.first_document FROM events e WHERE {cond} {range}
             UNION SELECT m.document_id FROM events e JOIN mentions m ON m.event_id = e.id WHERE {cond} {range}"
        );
        let mut stmt = self.conn.prepare(&sql).at(&self.path)?;
        let conflict_docs: HashSet<i64> = stmt
            .query_map(rusqlite::params_from_iter(doc_values.iter()), |r| r.get(0))
            .at(&self.path)?
            .collect::<rusqlite::Result<_>>()
            .at(&self.path)?;

        // The actor's engagement with anyone else, reported in those articles.
        let mut actor_values = values.clone();
        let cond = involving(&q.actor, &mut actor_values)?;
        let sql = format!(
            "SELECT e.date, e.source, e.target,
                    e.first_document || coalesce(',' || (SELECT group_concat(m.document_id) FROM mentions m WHERE m.event_id = e.id), '')
             FROM events e
             WHERE {cond} AND e.target <> '' AND e.root_code IN ('02', '03', '04', '05', '06', '07') {range}"
        );
        let mut stmt = self.conn.prepare(&sql).at(&self.path)?;
        let mut rows = stmt.query(rusqlite::params_from_iter(actor_values.iter())).at(&self.path)?;
        while let Some(r) = rows.next().at(&self.path)? {
            let date = r.get::<_, Option<i64>>(0).at(&self.path)?.and_then(from_int);
            let (source, target, docs): (String, String, String) =
                (r.get(1).at(&self.path)?, r.get(2).at(&self.path)?, r.get(3).at(&self.path)?);
            let other = if matches(&source, &q.actor) { &target } else { &source };
            if matches(other, &q.actor) || side_of(other).is_some() {
                continue; // the actor itself; sides were counted above
            }
            let in_context = docs.split(',').filter_map(|d| d.parse::<i64>().ok()).any(|d| conflict_docs.contains(&d));
            let Some(label) = period_of(date) else { continue };
            if in_context {
                periods.insert((date.map(|d| q.by.map_or(d, |by| by.start(d))), label.clone()));
                tallies.entry(label).or_default().counterparts.insert(principal(other).to_string());
            }
        }

        // Every period in the range, empty ones included.
        let mut labels: Vec<String> = Vec::new();
        if let Some(by) = q.by {
            let first = q.from.or_else(|| periods.iter().find_map(|p| p.0));
            let last = q.to.or_else(|| periods.iter().filter_map(|p| p.0).next_back());
            if let (Some(f), Some(l)) = (first, last) {
                labels = by.starts(f, l).into_iter().map(|s| by.label(s)).collect();
            }
        } else {
            labels.push("all".into());
        }
        let rows: Vec<RoleRow> =
            labels.into_iter().map(|l| tallies.remove(&l).unwrap_or_default().row(l)).collect();
        let trend = |f: &dyn Fn(&RoleRow) -> f64| {
            if q.by.is_some() {
                slope(&rows.iter().map(f).collect::<Vec<_>>())
            } else {
                None
            }
        };
        let index_trend = trend(&|r| r.index);
        let engagement_trend = trend(&|r| (r.engagement[0] + r.engagement[1]) as f64);
        Ok(RoleReport { rows, index_trend, engagement_trend })
    }
}
