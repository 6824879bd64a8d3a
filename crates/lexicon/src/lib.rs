//! Dictionaries: actors, agents, verb patterns, discards.
//!
//! Readers for the PETRARCH/TABARI dictionary formats (described in the
//! shared `docs/petrarch-dictionary-formats.md`), each returning the entries
//! in file order with their line numbers, and the compiled forms the coder
//! matches against ([`compiled`]: interned words, phrase tries).
//!
//! Every reader takes the file's text and its name, and fails on the first
//! line it cannot understand with a `file:line: message` error — unless
//! [`ReadOptions::lenient`] is set, in which case such lines are skipped and
//! returned as warnings. Readers never panic, whatever the input.
//!
//! ```
//! use demarche_lexicon::{ActorDictionary, ReadOptions};
//! let (dict, warnings) = ActorDictionary::read("ARNOR_ [ARN]\n+ARNORIAN\n", "x.actors", ReadOptions::default()).unwrap();
//! assert_eq!(dict.entries.len(), 2);
//! assert!(warnings.is_empty());
//! ```

pub mod actors;
pub mod agents;
pub mod compiled;
pub mod discards;
pub mod lines;
mod report;
pub mod verbs;
pub mod words;

pub use actors::{ActorCode, ActorDictionary, ActorEntry, Validity};
pub use agents::{AgentDictionary, AgentEntry, AgentPosition};
pub use compiled::{ActorLexicon, AgentLexicon, Discard, DiscardLexicon, PhraseTrie, Vocabulary, WordId};
pub use discards::{DiscardEntry, DiscardList};
pub use report::{ReadOptions, Report};
pub use verbs::{CodeSpec, ItemKind, PatternItem, PatternLine, Synset, SynsetMember, Transformation, VerbBlock, VerbDictionary, VerbEntry, VerbForm};
