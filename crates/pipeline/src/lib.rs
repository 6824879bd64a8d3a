//! The pipeline: page → text → parse → code, as one call.
//!
//! ```no_run
//! use demarche_pipeline::Pipeline;
//! let pipeline = Pipeline::builtin();
//! let mut doc = demarche_doc::Document { id: "d".into(), ..Default::default() };
//! doc.paragraphs.push("On Monday, Russia consulted Egypt.".into());
//! let (_doc, events) = pipeline.code_document(doc);
//! for e in events {
//!     println!("{} {} {} {}", e.source, e.code, e.target, e.date.map(|d| d.to_string()).unwrap_or_default());
//! }
//! ```
//!
//! A [`Pipeline`] holds the parser model and demarche's coder (knowledge
//! base and event patterns, compiled once); it is `Sync`, so one pipeline
//! serves every thread ([`Pipeline::code_documents`] codes many documents
//! on all cores).

use std::path::Path;
use std::sync::OnceLock;

use demarche_code::native::{NewsCoder, NewsOptions};
use demarche_code::Event;
use demarche_doc::{Document, InputError};
use demarche_parse::Model;

pub mod eval;
mod stand_in;
use stand_in::StandIns;
use rayon::prelude::*;

/// Everything needed to turn documents into events; cheap to share across
/// threads.
pub struct Pipeline {
    model: &'static Model,
    coder: CoderRef,
    options: NewsOptions,
    /// Words the parser reads as common ones: rare nationality adjectives, verb-like ends of known names.
    stand_ins: StandIns,
}

enum CoderRef {
    Builtin(&'static NewsCoder),
    Owned(Box<NewsCoder>),
}

impl Pipeline {
    /// The built-in model, knowledge base and patterns (compiled on first
    /// use, then shared).
    pub fn builtin() -> Pipeline {
        let coder = builtin_coder();
        Pipeline { model: Model::builtin(), coder: CoderRef::Builtin(coder), options: NewsOptions::default(), stand_ins: StandIns::new(coder.knowledge()) }
    }

    /// The built-in model with a user dictionary directory laid over the
    /// built-in knowledge (`DIR/*.txt`) and patterns (`DIR/patterns/*.txt`).
    /// Dictionary errors name their file and line.
    pub fn with_dictionary(dir: &Path) -> Result<Pipeline, InputError> {
        let coder = NewsCoder::with_dictionary(dir)?;
        let stand_ins = StandIns::new(coder.knowledge());
        Ok(Pipeline { model: Model::builtin(), coder: CoderRef::Owned(Box::new(coder)), options: NewsOptions::default(), stand_ins })
    }

    /// The same pipeline writing explanations (`--explain`) or not.
    pub fn explain(mut self, explain: bool) -> Pipeline {
        self.options.explain = explain;
        self
    }

    pub fn coder(&self) -> &NewsCoder {
        match &self.coder {
            CoderRef::Builtin(c) => c,
            CoderRef::Owned(c) => c,
        }
    }

    /// Segments (if needed), parses and codes one document, returning the
    /// enriched document and its events in sentence order.
    pub fn code_document(&self, mut doc: Document) -> (Document, Vec<Event>) {
        self.prepare(&mut doc);
        let events = self.code_prepared(&doc);
        (doc, events)
    }

    /// Codes many documents on all cores; results in input order.
    pub fn code_documents(&self, docs: Vec<Document>) -> Vec<(Document, Vec<Event>)> {
        docs.into_par_iter().map(|d| self.code_document(d)).collect()
    }

    /// Segments and parses a document in place (sentences that arrive with
    /// tokens, e.g. from CoNLL-U, are parsed as they are).
    pub fn prepare(&self, doc: &mut Document) {
        self.segment(doc);
        self.parse(doc);
    }

    /// Splits a document into sentences (if it has none) and tokenizes the
    /// sentences that have no tokens: the text stage of [`Pipeline::prepare`].
    pub fn segment(&self, doc: &mut Document) {
        if doc.sentences.is_empty() {
            demarche_text::segment(doc);
        }
        for s in &mut doc.sentences {
            if s.tokens.is_empty() {
                s.tokens = demarche_text::tokenize(&s.text);
                // `tokenize` gives offsets into the sentence text.
                for t in &mut s.tokens {
                    t.start += s.start;
                    t.end += s.start;
                }
            }
        }
    }

    /// Tags, lemmatizes and parses every sentence not parsed yet: the parse
    /// stage of [`Pipeline::prepare`]. The coder reads no morphological
    /// features, so the sentences parsed here get none (`feats` empty;
    /// `demarche parse` and [`Model::annotate_many`] give them).
    pub fn parse(&self, doc: &mut Document) {
        // Runs of unparsed sentences go to the model together: it annotates
        // a batch stage by stage, which keeps each stage's weights in cache.
        let none_parsed = doc.sentences.iter().all(|s| !s.is_parsed());
        for run in doc.sentences.chunk_by_mut(|a, b| a.is_parsed() == b.is_parsed()) {
            if !run[0].is_parsed() {
                // Rare nationality adjectives go to the parser as a common
                // one, then get their own form and lemma back.
                let swapped = self.stand_ins.swap_in(self.coder().knowledge(), run);
                self.model.annotate_many_without_feats(run);
                StandIns::restore(run, swapped);
                if !none_parsed {
                    self.model.names_across_document(run);
                }
            }
        }
        // Names agree across the document (supplied parses keep their tags).
        if none_parsed {
            self.model.names_across_document(&mut doc.sentences);
        }
    }

    /// Codes a prepared document (the coding stage of
    /// [`Pipeline::code_document`]).
    pub fn code_prepared(&self, doc: &Document) -> Vec<Event> {
        self.coder().code_document(doc, &self.options)
    }
}

/// The built-in coder, compiled once per process.
pub fn builtin_coder() -> &'static NewsCoder {
    static CODER: OnceLock<NewsCoder> = OnceLock::new();
    CODER.get_or_init(NewsCoder::builtin)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_a_text_document_with_dates() {
        let mut doc = Document { id: "t".into(), date: demarche_doc::NaiveDate::from_ymd_opt(2021, 5, 24), ..Document::default() };
        doc.paragraphs.push("On May 12, Russia consulted with Egypt and Jordan.".into());
        let (doc, events) = Pipeline::builtin().code_document(doc);
        assert!(doc.sentences[0].is_parsed());
        let got: Vec<(&str, &str, &str, String)> = events.iter().map(|e| (e.source.as_str(), e.target.as_str(), e.code.as_str(), e.date.unwrap().to_string())).collect();
        assert_eq!(got, [("RUS", "EGY", "040", "2021-05-12".to_string()), ("RUS", "JOR", "040", "2021-05-12".to_string())]);
    }

    #[test]
    fn a_possessive_date_does_not_date_the_clause() {
        // Thursday 2021-05-20; "Monday's" is when the strikes happened, not
        // when the ministry condemned them (no other time expression: the
        // document date).
        let mut doc = Document { id: "t".into(), date: demarche_doc::NaiveDate::from_ymd_opt(2021, 5, 20), ..Document::default() };
        doc.paragraphs.push("Egypt condemned Monday's Israeli strikes on Gaza.".into());
        let (_, events) = Pipeline::builtin().code_document(doc);
        assert!(!events.is_empty(), "the condemnation is coded");
        for e in &events {
            assert_eq!(e.date.unwrap().to_string(), "2021-05-20", "{e:?}");
        }
    }
}
