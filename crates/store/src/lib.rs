//! Store stage: a database of events and the questions analysts ask of it.
//!
//! (Being built: see issue 6.)
