//! Code stage: events from parsed sentences.

pub mod convert;
pub mod deps;
pub mod lemma;
mod event;
pub mod tree;

pub use event::{Event, Explanation};
pub mod model;
pub mod petrarch;
pub mod coder;
pub mod view;
