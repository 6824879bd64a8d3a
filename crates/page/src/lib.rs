//! Page stage: from files and streams to clean, dated [`Document`]s.
//!
//! Reading: [`read_inputs`] takes paths (files, directories, `-` for stdin)
//! and yields documents one at a time, detecting each file's
//! [`InputFormat`] (text, HTML, gzip, JSON Lines, PETRARCH XML, RSS/Atom)
//! unless [`ReadOptions::format`] says. Errors are [`InputError`]s naming
//! the file and line; the stream goes on after them.
//!
//! Single documents: [`html_document`] (article extraction from a page),
//! [`text_document`] (plain text with page chrome removed). The pieces are
//! public too: [`article::extract`], [`plaintext::extract`],
//! [`metadata::read`], [`feed::read`], [`dates`], [`chrome::classify`].
//!
//! Knowledge lives in `data/`: `page-cues.txt` (class/id words of page
//! furniture and article containers), `chrome.txt` (chrome line phrases),
//! `months.txt`, `entities.tsv`.

pub mod article;
pub mod chrome;
mod cues;
pub mod dates;
pub mod eval;
pub mod feed;
pub mod html;
pub mod input;
mod lists;
pub mod metadata;
pub mod petrarch;
pub mod plaintext;

pub use demarche_doc::{Document, InputError};
pub use input::{html_document, read_file, read_inputs, text_document, InputFormat, Inputs, ReadOptions};
