//! Selecting stored events: filters, the stored-event record, evidence.

use chrono::NaiveDate;
use demarche_code::Event;
use rusqlite::types::Value;
use rusqlite::OptionalExtension;
use serde::{Deserialize, Serialize};

use crate::error::{AtPath, Result};
use crate::ids::{id_range, FIRST_UNDATED_ID};
use crate::period::Period;
use crate::schema;
use crate::period::{from_int, to_int};
use crate::Store;

/// The evidence sentence of a mention `m` of document `d`: a slice of the
/// stored body when it is there verbatim, else the mention's own text.
pub(crate) const EVIDENCE_SQL: &str =
    "COALESCE(m.text, CAST(substr(CAST(d.text AS BLOB), m.start + 1, m.end - m.start) AS TEXT))";

/// The evidence sentence of event `e`'s first report, from document `d`.
pub(crate) const FIRST_EVIDENCE_SQL: &str =
    "COALESCE(e.first_text, CAST(substr(CAST(d.text AS BLOB), e.first_start + 1, e.first_end - e.first_start) AS TEXT))";

/// Binds each of `values` and returns the SQL list `(?4, ?5)` (`(NULL)`,
/// which matches nothing, when empty).
pub(crate) fn bind_list(values: &[String], bound: &mut Vec<Value>) -> String {
    if values.is_empty() {
        return "(NULL)".into();
    }
    let marks: Vec<String> = values
        .iter()
        .map(|v| {
            bound.push(Value::Text(v.clone()));
            format!("?{}", bound.len())
        })
        .collect();
    format!("({})", marks.join(", "))
}

/// Which events to select. Actor filters are code prefixes (`RUS` matches
/// `RUS`, `RUSGOV`, `RUSMIL`…); several values are alternatives.
#[derive(Clone, Debug, Default)]
pub struct EventFilter {
    pub source: Vec<String>,
    pub target: Vec<String>,
    /// Source or target.
    pub actor: Vec<String>,
    /// CAMEO code prefixes (`04` = all consultations, `0871`).
    pub code: Vec<String>,
    /// CAMEO root codes (2 digits).
    pub root: Vec<String>,
    pub quad: Vec<u8>,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    /// Case-insensitive substring of any evidence sentence.
    pub text: Option<String>,
    pub limit: Option<usize>,
}

/// Sort order of a selection. Event ids are clustered by date, so both
/// are the table's own order and cost no sort.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Order {
    /// By date, undated events last: what a reader wants.
    Date,
    /// By id (the same order since ids are clustered by date).
    Id,
}

/// A deduplicated event as stored: the coder's record as its first report
/// gave it (with the event's date), plus how widely it was reported.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StoredEvent {
    pub event_id: i64,
    #[serde(flatten)]
    pub event: Event,
    /// Evidence sentences (coded reports) of this event.
    pub mentions: u32,
    /// Distinct documents reporting it.
    pub articles: u32,
    /// Distinct sources (outlets) reporting it.
    pub sources: u32,
    /// Reported in a story's lead paragraph at least once.
    pub root: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outlet: Option<String>,
    /// When the event was first stored (unix seconds).
    #[serde(default)]
    pub added: i64,
}

/// One report (mention) of an event.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Evidence {
    pub doc: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outlet: Option<String>,
    pub sentence: usize,
    pub text: String,
    pub date: Option<NaiveDate>,
    pub source_text: String,
    pub target_text: String,
    pub root: bool,
}

/// SQL conditions with their bound values, built up filter by filter.
#[derive(Default)]
pub(crate) struct Conditions {
    pub sql: Vec<String>,
    pub values: Vec<Value>,
}

impl Conditions {
    fn bind(&mut self, v: impl Into<Value>) -> String {
        self.values.push(v.into());
        format!("?{}", self.values.len())
    }

    fn any_of(&mut self, column: &str, values: &[String]) -> String {
        format!("{column} IN {}", bind_list(values, &mut self.values))
    }

    pub fn where_clause(&self) -> String {
        if self.sql.is_empty() {
            String::new()
        } else {
            format!("WHERE {}", self.sql.join(" AND "))
        }
    }
}

impl Store {
    /// The stored actor codes starting with any of `prefixes` (an empty
    /// prefix matches every actor).
    pub fn actor_codes(&self, prefixes: &[String]) -> Result<Vec<String>> {
        let mut stmt = self.conn.prepare_cached("SELECT code FROM actors ORDER BY code").at(&self.path)?;
        let codes = stmt.query_map([], |r| r.get::<_, String>(0)).at(&self.path)?;
        let mut out = Vec::new();
        for code in codes {
            let code = code.at(&self.path)?;
            if prefixes.iter().any(|p| code.starts_with(p.as_str())) {
                out.push(code);
            }
        }
        Ok(out)
    }

    /// The `actor_codes` ids of `codes` (codes never stored have none), sorted.
    pub(crate) fn actor_code_ids(&self, codes: &[String]) -> Result<Vec<i64>> {
        let mut stmt = self.conn.prepare_cached("SELECT id FROM actor_codes WHERE code = ?1").at(&self.path)?;
        let mut ids = Vec::with_capacity(codes.len());
        for code in codes {
            if let Some(id) = stmt.query_row([code], |r| r.get::<_, i64>(0)).optional().at(&self.path)? {
                ids.push(id);
            }
        }
        ids.sort_unstable();
        ids.dedup();
        Ok(ids)
    }

    /// [`Store::actor_code_ids`] as an SQL list of integers (`(NULL)`,
    /// which matches nothing, when there are none).
    pub(crate) fn actor_id_list(&self, codes: &[String]) -> Result<String> {
        let ids = self.actor_code_ids(codes)?;
        if ids.is_empty() {
            return Ok("(NULL)".into());
        }
        Ok(format!("({})", ids.iter().map(i64::to_string).collect::<Vec<_>>().join(", ")))
    }

    /// The months (`YYYYMM`) in which events of these actors can be dated:
    /// `from..=to`, an open end taken from the span the actors table
    /// records for them.
    pub(crate) fn actor_months(&self, codes: &[String], from: Option<NaiveDate>, to: Option<NaiveDate>) -> Result<Vec<i64>> {
        let (mut first, mut last) = (from, to);
        if first.is_none() || last.is_none() {
            let mut values = Vec::new();
            let list = bind_list(codes, &mut values);
            let (lo, hi): (Option<i64>, Option<i64>) = self
                .conn
                .query_row(
                    &format!("SELECT min(first_date), max(last_date) FROM actors WHERE code IN {list}"),
                    rusqlite::params_from_iter(values.iter()),
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )
                .at(&self.path)?;
            first = first.or_else(|| lo.and_then(from_int));
            last = last.or_else(|| hi.and_then(from_int));
        }
        let (Some(first), Some(last)) = (first, last) else { return Ok(Vec::new()) };
        Ok(Period::Month.starts(first, last).iter().map(|m| to_int(*m) / 100).collect())
    }

    /// `e.id IN (…)`: the events with one of `columns` (`source`,
    /// `target`) among `codes`. Each column's month-major index is named,
    /// so the ids come from one seek per month and actor id (SQLite's own
    /// plan for an OR over hundreds of months was a table scan); the date
    /// `range` goes into every branch; the undated events (a rowid range at
    /// the table's end) are added when no date range excludes them. The
    /// indexes hold integer actor ids (schema version 5), so a prefix's
    /// codes are a list of ids, not a range of text.
    fn actor_ids(
        &self,
        c: &mut Conditions,
        columns: &[&str],
        codes: &[String],
        filter: &EventFilter,
        range: Option<(i64, i64)>,
    ) -> Result<String> {
        let id_list = self.actor_id_list(codes)?;
        let ids = self.actor_code_ids(codes)?;
        if ids.is_empty() {
            return Ok("0".into());
        }
        let months = self.actor_months(codes, filter.from, filter.to)?;
        let mut branches = Vec::new();
        let within = |c: &mut Conditions| range.map_or(String::new(), |(lo, hi)| format!(" AND e.id BETWEEN {} AND {}", c.bind(lo), c.bind(hi)));
        if !months.is_empty() {
            // One key range per month and actor id: the months and the ids
            // as two small lists crossed in the outer loops (one list of
            // every pair took several times as long to prepare).
            let month_list: Vec<String> = months.iter().map(|m| format!("({m})")).collect();
            let id_rows: Vec<String> = ids.iter().map(|id| format!("({id})")).collect();
            let (month_list, id_rows) = (month_list.join(", "), id_rows.join(", "));
            let bits = schema::ACTOR_ID_BITS;
            let lo = format!("((mo.column1 << {}) | (ac.column1 << {bits}))", 2 * bits);
            for column in columns {
                let (index, key) = if *column == "source" {
                    ("events_month", schema::MONTH_SOURCE_KEY_SQL)
                } else {
                    ("events_target_month", schema::MONTH_TARGET_KEY_SQL)
                };
                let range = within(c);
                branches.push(format!(
                    "SELECT e.id FROM (VALUES {month_list}) mo CROSS JOIN (VALUES {id_rows}) ac
                         CROSS JOIN event_rows e INDEXED BY {index}
                     WHERE {key} BETWEEN {lo} AND ({lo} | {}){range}",
                    (1i64 << bits) - 1
                ));
            }
        }
        if filter.from.is_none() && filter.to.is_none() {
            let any: Vec<String> = columns.iter().map(|column| format!("{column}_id IN {id_list}")).collect();
            branches.push(format!("SELECT id FROM event_rows WHERE id >= {FIRST_UNDATED_ID} AND ({})", any.join(" OR ")));
        }
        if branches.is_empty() {
            return Ok("0".into());
        }
        Ok(format!("e.id IN ({})", branches.join(" UNION ALL ")))
    }

    /// The WHERE conditions for `filter` over `events e`. Actor prefixes are
    /// expanded to the stored codes, whose events come from the month-major
    /// indexes (see `actor_ids`).
    pub(crate) fn conditions(&self, filter: &EventFilter) -> Result<Conditions> {
        let mut c = Conditions::default();
        // Ids are clustered by date: a date range is a slice of the table,
        // and of each month's run in the month-major indexes.
        let range = (filter.from.is_some() || filter.to.is_some()).then(|| id_range(filter.from, filter.to));
        let id_between = range.map(|(lo, hi)| format!("e.id BETWEEN {} AND {}", c.bind(lo), c.bind(hi)));
        if !filter.source.is_empty() {
            let codes = self.actor_codes(&filter.source)?;
            let cond = self.actor_ids(&mut c, &["source"], &codes, filter, range)?;
            c.sql.push(cond);
        }
        if !filter.target.is_empty() {
            let codes = self.actor_codes(&filter.target)?;
            let cond = self.actor_ids(&mut c, &["target"], &codes, filter, range)?;
            c.sql.push(cond);
        }
        if !filter.actor.is_empty() {
            let codes = self.actor_codes(&filter.actor)?;
            // One id set from both indexes: an event is listed once even
            // when the actor is its source and its target.
            let cond = self.actor_ids(&mut c, &["source", "target"], &codes, filter, range)?;
            c.sql.push(cond);
        }
        if !filter.code.is_empty() {
            let alts: Vec<String> = filter
                .code
                .iter()
                .map(|p| {
                    let n = c.bind(p.len() as i64);
                    let v = c.bind(p.clone());
                    format!("substr(e.code, 1, {n}) = {v}")
                })
                .collect();
            c.sql.push(format!("({})", alts.join(" OR ")));
        }
        if !filter.root.is_empty() {
            let cond = c.any_of("e.root_code", &filter.root);
            c.sql.push(cond);
        }
        if !filter.quad.is_empty() {
            let marks: Vec<String> = filter.quad.iter().map(|&q| c.bind(q as i64)).collect();
            c.sql.push(format!("e.quad_class IN ({})", marks.join(", ")));
        }
        if let Some(range) = id_between {
            c.sql.push(range);
        }
        if let Some(from) = filter.from {
            let v = c.bind(to_int(from));
            c.sql.push(format!("e.date >= {v}"));
        }
        if let Some(to) = filter.to {
            let v = c.bind(to_int(to));
            c.sql.push(format!("e.date <= {v}"));
        }
        if let Some(text) = &filter.text {
            let v = c.bind(format!("%{}%", text.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_")));
            c.sql.push(format!(
                "(EXISTS (SELECT 1 FROM documents d WHERE d.id = e.first_document AND {FIRST_EVIDENCE_SQL} LIKE {v} ESCAPE '\\')
                  OR EXISTS (SELECT 1 FROM mentions m JOIN documents d ON d.id = m.document_id
                             WHERE m.event_id = e.id AND {EVIDENCE_SQL} LIKE {v} ESCAPE '\\'))"
            ));
        }
        Ok(c)
    }

    /// Calls `visit` with every event matching `filter`, in `order`.
    pub fn for_each_event(
        &self,
        filter: &EventFilter,
        order: Order,
        mut visit: impl FnMut(StoredEvent) -> Result<()>,
    ) -> Result<()> {
        let c = self.conditions(filter)?;
        // Id order is date order, undated events last.
        let order_sql = match order {
            Order::Date | Order::Id => "ORDER BY e.id",
        };
        let limit = filter.limit.map_or(String::new(), |n| format!("LIMIT {n}"));
        let sql = format!(
            "SELECT e.id, e.date, e.source, e.target, e.code, e.root_code, e.quad_class, e.goldstein, e.plover,
                    e.mentions, e.articles, e.sources, e.is_root, e.added,
                    d.doc_id, d.url, d.outlet, e.first_sentence, {FIRST_EVIDENCE_SQL}, e.source_text, e.target_text
             FROM events e JOIN documents d ON d.id = e.first_document
             {} {order_sql} {limit}",
            c.where_clause()
        );
        let mut stmt = self.conn.prepare(&sql).at(&self.path)?;
        let mut rows = stmt.query(rusqlite::params_from_iter(c.values.iter())).at(&self.path)?;
        while let Some(r) = rows.next().at(&self.path)? {
            let stored = (|| -> rusqlite::Result<StoredEvent> {
                Ok(StoredEvent {
                    event_id: r.get(0)?,
                    event: Event {
                        doc: r.get(14)?,
                        sentence: r.get::<_, i64>(17)? as usize,
                        text: r.get::<_, Option<String>>(18)?.unwrap_or_default(),
                        date: r.get::<_, Option<i64>>(1)?.and_then(from_int),
                        source: r.get(2)?,
                        target: r.get(3)?,
                        source_text: r.get(19)?,
                        target_text: r.get(20)?,
                        code: r.get(4)?,
                        root_code: r.get(5)?,
                        quad_class: r.get::<_, i64>(6)? as u8,
                        goldstein: r.get::<_, f64>(7)? as f32,
                        plover: r.get(8)?,
                        explain: None,
                    },
                    mentions: r.get::<_, i64>(9)? as u32,
                    articles: r.get::<_, i64>(10)? as u32,
                    sources: r.get::<_, i64>(11)? as u32,
                    root: r.get::<_, i64>(12)? != 0,
                    added: r.get(13)?,
                    url: r.get(15)?,
                    outlet: r.get(16)?,
                })
            })()
            .at(&self.path)?;
            visit(stored)?;
        }
        Ok(())
    }

    /// The events matching `filter`, by date.
    pub fn events(&self, filter: &EventFilter) -> Result<Vec<StoredEvent>> {
        let mut out = Vec::new();
        self.for_each_event(filter, Order::Date, |e| {
            out.push(e);
            Ok(())
        })?;
        Ok(out)
    }

    /// Every report of event `event_id`, by document (in the order they were
    /// stored) and sentence.
    pub fn evidence(&self, event_id: i64) -> Result<Vec<Evidence>> {
        let sql = format!(
            "SELECT doc_id, url, outlet, sentence, text, date, source_text, target_text, is_root FROM (
                 SELECT d.doc_id, d.url, d.outlet, e.first_sentence AS sentence, {FIRST_EVIDENCE_SQL} AS text, e.date,
                        e.source_text, e.target_text, e.first_root AS is_root, e.first_document AS document_id
                 FROM events e JOIN documents d ON d.id = e.first_document WHERE e.id = ?1
                 UNION ALL
                 SELECT d.doc_id, d.url, d.outlet, m.sentence, {EVIDENCE_SQL}, m.date,
                        m.source_text, m.target_text, m.is_root, m.document_id
                 FROM mentions m JOIN documents d ON d.id = m.document_id WHERE m.event_id = ?1)
             ORDER BY document_id, sentence"
        );
        let mut stmt = self.conn.prepare_cached(&sql).at(&self.path)?;
        let rows = stmt
            .query_map([event_id], |r| {
                Ok(Evidence {
                    doc: r.get(0)?,
                    url: r.get(1)?,
                    outlet: r.get(2)?,
                    sentence: r.get::<_, i64>(3)? as usize,
                    text: r.get::<_, Option<String>>(4)?.unwrap_or_default(),
                    date: r.get::<_, Option<i64>>(5)?.and_then(from_int),
                    source_text: r.get(6)?,
                    target_text: r.get(7)?,
                    root: r.get::<_, i64>(8)? != 0,
                })
            })
            .at(&self.path)?;
        rows.collect::<rusqlite::Result<_>>().at(&self.path)
    }
}
