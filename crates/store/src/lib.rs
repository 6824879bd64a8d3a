//! Store stage: a database of events and the questions analysts ask of it.
//!
//! One SQLite file in WAL mode (readers query while an ingest writes), its
//! schema versioned and migrated ([`schema`]). Tables:
//!
//! - `documents`: one row per stored article (URL, outlet, title, date,
//!   content fingerprint, body text). A document whose URL or content is
//!   already stored is skipped, which makes ingest idempotent.
//! - `events`: one row per real-world event after deduplication across
//!   articles, with `mentions`, `articles` and `sources` counts and `is_root`.
//! - `mentions`: one row per coded sentence (the coder's [`Event`] record),
//!   pointing at its event, its document and the evidence sentence.
//! - `actors`, `actor_names`: every actor code seen and the names it was read
//!   from.
//!
//! # Deduplication happens at insert
//! A report joins the stored event with the same source, target and CAMEO
//! code dated within ± the window (default 1 day, a database setting) —
//! nearest date first — else it starts a new event. Doing it at insert keeps
//! every question (series, networks, role, exports) a plain indexed read of
//! already-deduplicated rows: at 10 M events a query-time clustering would
//! cost seconds per question. The raw reports are kept as mentions, so
//! changing the window re-clusters exactly ([`Store::set_window_days`]).
//! Reports without a date are only merged within their own article.
//!
//! Each document is written in one transaction with all its events, so a
//! killed ingest leaves whole documents or none; re-running skips what is
//! stored and finishes the rest.
//!
//! A large archive into a new database loads faster through [`BulkLoad`]:
//! the same deduplication, written to a private file with no journal and
//! the indexes built at the end, which appears at its path only when
//! complete (a crash leaves no database rather than part of one).
//!
//! [`Event`]: demarche_code::Event

pub mod bulk;
mod cluster;
mod frontier;
mod error;
pub mod export;
pub mod fingerprint;
pub mod ids;
pub mod ingest;
pub mod network;
pub mod parquet;
pub mod period;
mod query;
mod write_statement;
pub mod role;
pub mod schema;
pub mod series;
mod store;
pub mod synth;

pub use bulk::BulkLoad;
pub use error::{Result, StoreError};
pub use query::{EventFilter, Evidence, Order, StoredEvent};
pub use store::{Counts, Inserted, OpenOptions, Store, DEFAULT_WINDOW_DAYS};
