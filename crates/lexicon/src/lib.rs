//! Dictionaries: actors, agents, verb patterns, discards.
//!
//! (Being built: see issues 4 and 5.)
