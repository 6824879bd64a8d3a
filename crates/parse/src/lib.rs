//! Parse stage: part-of-speech tags, lemmas, morphology and dependencies.
//!
//! STUB: issue 3 builds the tagger, lemmatizer and parser; the signatures
//! of [`Model`] are the contract other stages use.

use std::path::Path;

use demarche_doc::{Document, InputError, Sentence};

/// A trained tagger + lemmatizer + parser.
pub struct Model {
    _private: (),
}

impl Model {
    /// The model compiled into the binary.
    pub fn builtin() -> &'static Model {
        static MODEL: Model = Model { _private: () };
        &MODEL
    }

    /// Loads a model file written by `demarche train`.
    pub fn load(path: &Path) -> Result<Model, InputError> {
        Err(InputError::in_file(path, "model loading is not implemented yet"))
    }

    /// Fills lemma, tags, features, head and relation of every token.
    pub fn annotate(&self, _sentence: &mut Sentence) {}

    /// Annotates every sentence of the document.
    pub fn annotate_document(&self, doc: &mut Document) {
        for s in &mut doc.sentences {
            self.annotate(s);
        }
    }
}
