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
pub mod native;
pub mod output;

/// Empties a vector and hands its allocation to a vector of the same type
/// over another lifetime (reusing buffers across sentences whose words
/// borrow from different strings). Collecting an empty `vec::IntoIter`
/// through `map` reuses the allocation in place.
pub(crate) fn recycle<T, U>(mut v: Vec<T>) -> Vec<U> {
    v.clear();
    v.into_iter().map(|_| unreachable!("the vector is empty")).collect()
}
