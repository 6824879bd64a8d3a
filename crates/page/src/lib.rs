//! Page stage: from files and streams to clean, dated [`Document`]s.

pub mod article;
pub mod chrome;
mod cues;
pub mod dates;
pub mod eval;
pub mod html;
pub mod input;
mod lists;
pub mod metadata;
pub mod petrarch;

pub use demarche_doc::Document;
