//! Code stage: events from parsed sentences.
//!
//! (Being built: see issues 4 and 5.) The [`Event`] record is the public
//! output contract and is fixed here first.

mod event;

pub use event::{Event, Explanation};
