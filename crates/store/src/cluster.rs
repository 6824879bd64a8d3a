//! Re-clustering: rebuilding the events from their reports with a window.
//!
//! Inserts cluster incrementally (a report joins the stored event of the same
//! source, target and code whose date is nearest within ± window, else starts
//! one dated by itself). Reports arriving in date order give exactly the
//! clusters this batch pass gives: for each source, target and code, walk the
//! reports by date; a report within the window of the current event's date
//! joins it, otherwise it starts the next event. Out-of-order arrival can
//! only differ where reports of one key are spread wider than the window.

use std::collections::{HashMap, HashSet};

use rusqlite::types::Value;
use rusqlite::{params, Connection};

use crate::ids::{day_number, event_id, UNDATED_DAY};
use crate::period::from_int;
use crate::store::{INSERT_EVENT_SQL, INSERT_MENTION_SQL};

/// One stored report with what clustering needs.
struct Report {
    document: i64,
    sentence: i64,
    date: Option<i64>,
    is_root: bool,
    outlet: String,
    /// start, end, text, source_text, target_text as stored.
    stored: [Value; 5],
}

/// Event attributes other than the key: root code, QuadClass, Goldstein,
/// PLOVER type, when first added.
type Attributes = (String, i64, f64, String, i64);

/// Source, target and code: reports of one key may be one event.
type Key = (String, String, String);

/// Rebuilds `events` and `mentions` from every report with the given window;
/// event ids are renumbered. Runs inside the caller's transaction.
pub(crate) fn recluster(conn: &Connection, window: u32) -> rusqlite::Result<()> {
    conn.execute_batch(
        "CREATE TEMP TABLE old_reports AS
            SELECT e.source, e.target, e.code, e.root_code, e.quad_class, e.goldstein, e.plover, e.added,
                   r.document_id, r.sentence, r.date, r.is_root, d.source_name,
                   r.start, r.end, r.text, r.source_text, r.target_text
            FROM reports r JOIN events e ON e.id = r.event_id JOIN documents d ON d.id = r.document_id;
         DELETE FROM mentions;
         DELETE FROM event_rows;",
    )?;
    let mut next_sequence: HashMap<i64, u32> = HashMap::new();
    let mut insert_event = conn.prepare(INSERT_EVENT_SQL)?;
    let mut insert_mention = conn.prepare(INSERT_MENTION_SQL)?;
    let mut write = |key: &Key, attributes: &Attributes, reports: &[Report]| -> rusqlite::Result<()> {
        let first = &reports[0];
        let day = first.date.and_then(from_int).map_or(UNDATED_DAY, day_number);
        let sequence = next_sequence.entry(day).or_insert(0);
        let id = event_id(day, *sequence);
        *sequence += 1;
        let documents: HashSet<i64> = reports.iter().map(|r| r.document).collect();
        let outlets: HashSet<&str> = reports.iter().map(|r| r.outlet.as_str()).collect();
        let [start, end, text, source_text, target_text] = &first.stored;
        insert_event.execute(params![
            id,
            first.date,
            key.0,
            key.1,
            key.2,
            attributes.0,
            attributes.1,
            attributes.2,
            attributes.3,
            reports.len() as i64,
            documents.len() as i64,
            outlets.len() as i64,
            reports.iter().any(|r| r.is_root) as i64,
            attributes.4,
            first.document,
            first.sentence,
            start,
            end,
            text,
            source_text,
            target_text,
            first.is_root as i64
        ])?;
        for r in &reports[1..] {
            let [start, end, text, source_text, target_text] = &r.stored;
            insert_mention.execute(params![
                id,
                r.document,
                r.sentence,
                start,
                end,
                text,
                r.date,
                source_text,
                target_text,
                r.is_root as i64
            ])?;
        }
        Ok(())
    };

    let mut read = conn.prepare(
        "SELECT source, target, code, root_code, quad_class, goldstein, plover, added,
                document_id, sentence, date, is_root, source_name, start, end, text, source_text, target_text
         FROM temp.old_reports
         ORDER BY source, target, code, date IS NULL, date, document_id, sentence",
    )?;
    let mut rows = read.query([])?;
    // The cluster being built: key, attributes, reports (one per sentence).
    let mut current: Option<(Key, Attributes, Vec<Report>)> = None;
    while let Some(r) = rows.next()? {
        let key: Key = (r.get(0)?, r.get(1)?, r.get(2)?);
        let report = Report {
            document: r.get(8)?,
            sentence: r.get(9)?,
            date: r.get(10)?,
            is_root: r.get::<_, i64>(11)? != 0,
            outlet: r.get(12)?,
            stored: [r.get(13)?, r.get(14)?, r.get(15)?, r.get(16)?, r.get(17)?],
        };
        let joins = current.as_ref().is_some_and(|(k, _, reports)| {
            let first = &reports[0];
            *k == key
                && match (first.date, report.date) {
                    (Some(anchor), Some(d)) => match (from_int(anchor), from_int(d)) {
                        (Some(a), Some(d)) => (d - a).num_days() <= window as i64,
                        _ => false,
                    },
                    // Undated reports group per document only.
                    (None, None) => first.document == report.document,
                    _ => false,
                }
        });
        if joins {
            let (_, attributes, reports) = current.as_mut().expect("joins implies a cluster");
            attributes.4 = attributes.4.min(r.get(7)?);
            // One sentence is one report.
            if !reports.iter().any(|x| (x.document, x.sentence) == (report.document, report.sentence)) {
                reports.push(report);
            }
        } else {
            if let Some((k, attributes, reports)) = current.take() {
                write(&k, &attributes, &reports)?;
            }
            let attributes = (r.get(3)?, r.get(4)?, r.get(5)?, r.get(6)?, r.get(7)?);
            current = Some((key, attributes, vec![report]));
        }
    }
    if let Some((k, attributes, reports)) = current.take() {
        write(&k, &attributes, &reports)?;
    }
    drop(rows);
    drop(read);
    conn.execute_batch(
        "DROP TABLE temp.old_reports;
         DELETE FROM dyad_month_rows;",
    )?;
    crate::schema::rebuild_dyad_months(conn)
}
