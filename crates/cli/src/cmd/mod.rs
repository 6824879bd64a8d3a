//! One module per subcommand.

pub mod bench;
pub mod code;
pub mod eval;
pub mod events;
pub mod export;
pub mod extract;
pub mod ingest;
pub mod network;
pub mod parse;
pub mod role;
pub mod series;
pub mod store_common;
pub mod train;

use std::sync::atomic::{AtomicUsize, Ordering};

use demarche_doc::{DateSource, Document, NaiveDate};

/// Dates documents that state none, with neither `--date` nor a date of
/// their own, as of today: people's roles are dated, so an undated document
/// would code no events at all. The first such document is named on stderr,
/// and [`UndatedAsToday::finish`] counts the rest.
pub struct UndatedAsToday {
    today: NaiveDate,
    count: AtomicUsize,
}

impl UndatedAsToday {
    pub fn new() -> UndatedAsToday {
        // UTC, from the system clock (chrono's clock feature is off).
        let days = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs() / 86_400);
        let epoch = NaiveDate::from_ymd_opt(1970, 1, 1).expect("valid date");
        UndatedAsToday { today: epoch.checked_add_days(chrono::Days::new(days)).unwrap_or(epoch), count: AtomicUsize::new(0) }
    }

    /// Gives `doc` today's date if it has none.
    pub fn apply(&self, doc: &mut Document) {
        if doc.date.is_some() {
            return;
        }
        doc.date = Some(self.today);
        doc.date_source = DateSource::Today;
        if self.count.fetch_add(1, Ordering::Relaxed) == 0 {
            eprintln!("demarche: {}: states no date; coded as of today, {} (give --date YYYY-MM-DD to set the date of undated documents)", doc.id, self.today);
        }
    }

    /// Says how many documents were dated as of today, if more than the one
    /// already named.
    pub fn finish(&self) {
        let n = self.count.load(Ordering::Relaxed);
        if n > 1 {
            eprintln!("demarche: {n} documents stated no date and were coded as of {}", self.today);
        }
    }
}
