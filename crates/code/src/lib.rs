//! Code stage: events from parsed sentences.

pub mod convert;
pub mod deps;
mod event;
pub mod tree;

pub use event::{Event, Explanation};
