//! demarche's own coder: native patterns (`crates/knowledge/PATTERNS.md`)
//! matched over dependency paths, actors from the knowledge base, and the
//! document-level rules of coding real news (dates per clause, reported
//! speech, coreference, compounds, appositions, possessives, negation).

mod compile;
pub mod matcher;
pub mod tree;

pub use compile::compile_patterns;
pub mod actors;
pub mod news;
pub mod rules;

pub use news::{NewsCoder, NewsOptions};
