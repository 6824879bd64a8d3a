//! Re-clustering: rebuilding the events from their mentions with a window.
//!
//! Inserts cluster incrementally (a report joins the stored event of the same
//! source, target and code whose date is nearest within ± window, else starts
//! one dated by itself). Reports arriving in date order give exactly the
//! clusters this batch pass gives: for each source, target and code, walk the
//! reports by date; a report within the window of the current event's date
//! joins it, otherwise it starts the next event. Out-of-order arrival can
//! only differ where reports of one key are spread wider than the window.

use std::collections::HashSet;

use rusqlite::{params, Connection};

use crate::period::from_int;

struct Cluster {
    date: Option<i64>,
    first: (i64, i64),
    key: (String, String, String),
    attrs: (String, i64, f64, String),
    added: i64,
    /// (document, sentence) of its reports: one sentence is one report.
    reports: HashSet<(i64, i64)>,
    documents: HashSet<i64>,
    sources: HashSet<String>,
    is_root: bool,
}

/// Rebuilds `events` from `mentions` with the given window; event ids are
/// renumbered. Runs inside the caller's transaction.
pub(crate) fn recluster(conn: &Connection, window: u32) -> rusqlite::Result<()> {
    let mut clusters: Vec<Cluster> = Vec::new();
    // (new event index, old event id, document, sentence) of every mention.
    let mut assignment: Vec<(usize, i64, i64, i64)> = Vec::new();
    {
        let mut stmt = conn.prepare(
            "SELECT m.sentence, m.document_id, m.date, m.is_root, e.source, e.target, e.code,
                    e.root_code, e.quad_class, e.goldstein, e.plover, e.added, d.source_name, m.event_id
             FROM mentions m JOIN events e ON e.id = m.event_id JOIN documents d ON d.id = m.document_id
             ORDER BY e.source, e.target, e.code, m.date IS NULL, m.date, m.document_id, m.sentence",
        )?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let sentence: i64 = r.get(0)?;
            let document: i64 = r.get(1)?;
            let date: Option<i64> = r.get(2)?;
            let key: (String, String, String) = (r.get(4)?, r.get(5)?, r.get(6)?);
            let joins = clusters.last().is_some_and(|c| {
                c.key == key
                    && match (c.date, date) {
                        (Some(anchor), Some(d)) => match (from_int(anchor), from_int(d)) {
                            (Some(a), Some(d)) => (d - a).num_days() <= window as i64,
                            _ => false,
                        },
                        // Undated reports group per document only.
                        (None, None) => c.documents.contains(&document),
                        _ => false,
                    }
            });
            if !joins {
                clusters.push(Cluster {
                    date,
                    first: (document, sentence),
                    key,
                    attrs: (r.get(7)?, r.get(8)?, r.get(9)?, r.get(10)?),
                    added: r.get(11)?,
                    reports: HashSet::new(),
                    documents: HashSet::new(),
                    sources: HashSet::new(),
                    is_root: false,
                });
            }
            let c = clusters.last_mut().expect("a cluster was just ensured");
            c.reports.insert((document, sentence));
            c.documents.insert(document);
            c.sources.insert(r.get(12)?);
            c.is_root |= r.get::<_, i64>(3)? != 0;
            c.added = c.added.min(r.get(11)?);
            assignment.push((clusters.len() - 1, r.get(13)?, document, sentence));
        }
    }
    // Mentions are keyed by their event: move them through a scratch table.
    conn.execute_batch(
        "CREATE TEMP TABLE recluster (
             old_event INTEGER, document_id INTEGER, sentence INTEGER, event_id INTEGER,
             PRIMARY KEY (old_event, document_id, sentence)) WITHOUT ROWID;
         DELETE FROM events;",
    )?;
    let mut remember = conn.prepare("INSERT INTO temp.recluster VALUES (?1, ?2, ?3, ?4)")?;
    for &(cluster, old, document, sentence) in &assignment {
        remember.execute(params![old, document, sentence, cluster as i64 + 1])?;
    }
    conn.execute_batch(
        "CREATE TEMP TABLE moved AS SELECT * FROM mentions;
         DELETE FROM mentions;
         INSERT OR IGNORE INTO mentions (event_id, document_id, sentence, start, end, text, date, source_text, target_text, is_root)
         SELECT r.event_id, m.document_id, m.sentence, m.start, m.end, m.text, m.date, m.source_text, m.target_text, m.is_root
         FROM temp.moved m JOIN temp.recluster r ON r.old_event = m.event_id AND r.document_id = m.document_id AND r.sentence = m.sentence
         ORDER BY r.event_id, m.document_id, m.sentence;
         DROP TABLE temp.moved;",
    )?;
    let mut insert = conn.prepare(
        "INSERT INTO events (id, date, source, target, code, root_code, quad_class, goldstein, plover,
                             mentions, articles, sources, is_root, first_document, first_sentence, added)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)",
    )?;
    for (i, c) in clusters.iter().enumerate() {
        insert.execute(params![
            i as i64 + 1,
            c.date,
            c.key.0,
            c.key.1,
            c.key.2,
            c.attrs.0,
            c.attrs.1,
            c.attrs.2,
            c.attrs.3,
            c.reports.len() as i64,
            c.documents.len() as i64,
            c.sources.len() as i64,
            c.is_root as i64,
            c.first.0,
            c.first.1,
            c.added
        ])?;
    }
    conn.execute_batch("DROP TABLE temp.recluster;")

}
