//! The pipeline: page → text → parse → code, as one call.
//!
//! STUB until the coder lands (issues 4 and 5): `code_document` segments and
//! parses but codes nothing yet. The signatures are the contract the store
//! (`ingest`) and the CLI use.

use demarche_code::Event;
use demarche_doc::Document;
use demarche_parse::Model;

/// Everything needed to turn documents into events; cheap to share across
/// threads.
pub struct Pipeline {
    model: &'static Model,
}

impl Pipeline {
    /// The built-in model and knowledge base.
    pub fn builtin() -> Pipeline {
        Pipeline { model: Model::builtin() }
    }

    /// Segments (if needed), parses and codes one document, returning the
    /// enriched document and its events in sentence order.
    pub fn code_document(&self, mut doc: Document) -> (Document, Vec<Event>) {
        if doc.sentences.is_empty() {
            demarche_text::segment(&mut doc);
        }
        self.model.annotate_document(&mut doc);
        (doc, Vec::new())
    }
}
