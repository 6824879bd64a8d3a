//! Page stage: from files and streams to clean, dated [`Document`]s.

pub mod html;
pub mod petrarch;

pub use demarche_doc::Document;
pub mod chrome;
pub mod dates;
mod lists;
