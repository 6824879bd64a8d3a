//! The GDELT 2.0 event table layout (GDELT Event Codebook V2.0): 61
//! tab-separated columns, no header, our values where GDELT has one and
//! empty fields where we have none (tone, geography, ethnicity). The row
//! itself is written by `demarche_code::output`, shared with `demarche code
//! --format gdelt`; this module supplies the store's counts.

use demarche_code::output::RowContext;

use crate::query::StoredEvent;

pub use demarche_code::output::{split_actor_code, ActorParts, GDELT_COLUMNS};

/// The row context of a stored event: its id, counts, first-added time.
pub(crate) fn row_context(e: &StoredEvent) -> RowContext<'_> {
    RowContext {
        event_id: e.event_id,
        root: e.root,
        mentions: e.mentions,
        sources: e.sources,
        articles: e.articles,
        added: e.added,
        url: e.url.as_deref(),
        outlet: e.outlet.as_deref(),
    }
}

/// The 61 fields of an event's GDELT row.
pub fn gdelt_row(e: &StoredEvent) -> Vec<String> {
    demarche_code::output::gdelt_row(&e.event, &row_context(e))
}
