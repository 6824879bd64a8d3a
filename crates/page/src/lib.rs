//! Page stage: from files and streams to clean, dated [`Document`]s.
//!
//! (Being built: see issue 2.)

pub mod petrarch;

pub use demarche_doc::Document;
