//! Built-in knowledge base.
//!
//! (Being built: see issue 5.)
