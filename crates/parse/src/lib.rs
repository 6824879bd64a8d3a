//! Parse stage: part-of-speech tags, lemmas, morphology and dependencies.
//!
//! [`Model`] tags (UPOS + Penn XPOS), lemmatizes, parses (labeled UD
//! dependencies) and adds morphological features to the words of a
//! [`Sentence`]. Its parts are small linear models — averaged perceptrons
//! over hashed features — so one core annotates well over a hundred
//! thousand words a second. The model trained on UD English EWT is compiled
//! into the binary ([`Model::builtin`]); `demarche train` makes others.

pub mod eval;
pub mod hash;
pub mod io;
pub mod lemma;
mod model;
pub mod morph;
pub mod parser;
pub mod perceptron;
pub mod tagger;
pub mod train;
pub mod words;

use std::path::Path;
use std::sync::OnceLock;

use demarche_doc::{Document, InputError, Sentence};
use rayon::prelude::*;

pub use eval::Scores;
pub use model::FORMAT_VERSION;
pub use train::{Progress, TrainOptions};

use model::Parts;
use morph::MorphInput;
use parser::ParseInput;
use tagger::WordStats;

/// The model file compiled into the binary.
static BUILTIN: &[u8] = include_bytes!("../model/en-ewt.dmodel");

/// A trained tagger + lemmatizer + parser.
pub struct Model {
    parts: Parts,
}

impl Model {
    /// The model compiled into the binary (decoded on first use).
    pub fn builtin() -> &'static Model {
        static MODEL: OnceLock<Model> = OnceLock::new();
        MODEL.get_or_init(|| match Model::from_bytes(BUILTIN, "built-in model") {
            Ok(m) => m,
            Err(e) => panic!("{e} (the binary was built without a valid crates/parse/model/en-ewt.dmodel)"),
        })
    }

    /// Loads a model file written by `demarche train`.
    pub fn load(path: &Path) -> Result<Model, InputError> {
        let bytes = std::fs::read(path).map_err(|e| InputError::in_file(path, e.to_string()))?;
        Model::from_bytes(&bytes, &path.display().to_string())
    }

    /// Decodes a model from the bytes of a model file; `name` labels errors.
    pub fn from_bytes(bytes: &[u8], name: &str) -> Result<Model, InputError> {
        Parts::from_bytes(bytes, name).map(Model::from_parts)
    }

    pub(crate) fn from_parts(parts: Parts) -> Model {
        Model { parts }
    }

    /// The bytes of the model file.
    pub fn to_bytes(&self) -> Vec<u8> {
        self.parts.to_bytes()
    }

    /// Writes the model file (atomically: never a half-written file).
    pub fn save(&self, path: &Path) -> Result<(), InputError> {
        self.parts.save(path)
    }

    /// Trains a model from annotated sentences (see [`train::train`]).
    pub fn train(train: &[Sentence], dev: &[Sentence], options: &TrainOptions, progress: &dyn Progress) -> Result<Model, String> {
        train::train(train, dev, options, progress)
    }

    /// Free text stored at training time (command line, scores).
    pub fn info(&self) -> &str {
        &self.parts.info
    }

    /// Sizes of the parts' weights in bytes: tagger, features, parser.
    pub fn sizes(&self) -> [usize; 3] {
        [self.parts.tagger.size(), self.parts.morph.size(), self.parts.parser.size()]
    }

    /// Fills lemma, tags, features, head and relation of every token.
    pub fn annotate(&self, sentence: &mut Sentence) {
        let n = sentence.tokens.len();
        if n == 0 {
            return;
        }
        let p = &self.parts;
        let forms: Vec<&str> = sentence.tokens.iter().map(|t| t.form.as_str()).collect();
        let prepared = p.tagger.prepare(&forms);
        let tags = p.tagger.tag(&prepared);
        let words: Vec<u64> = prepared.words.iter().map(|w| w.lower).collect();
        let tree = p.parser.parse(&ParseInput { words: &words, tags: &tags, clusters: &prepared.clusters });
        let feats = p.morph.predict(&MorphInput { words: &prepared.words, tags: &tags, heads: &tree.heads, labels: &tree.labels });
        for (i, t) in sentence.tokens.iter_mut().enumerate() {
            let (upos, xpos) = &p.tagger.tags[tags[i] as usize];
            t.lemma = p.lemmatizer.lemma(&t.form, &prepared.lowers[i], tags[i], WordStats::casing(prepared.stats[i]));
            t.upos.clone_from(upos);
            t.xpos.clone_from(xpos);
            t.feats = feats[i].to_string();
            t.head = tree.heads[i].map_or(0, |h| h + 1);
            t.deprel.clone_from(&p.parser.labels[tree.labels[i] as usize]);
        }
    }

    /// Annotates every sentence of the document.
    pub fn annotate_document(&self, doc: &mut Document) {
        for s in &mut doc.sentences {
            self.annotate(s);
        }
    }

    /// Annotates many sentences on all cores.
    pub fn annotate_all(&self, sentences: &mut [Sentence]) {
        sentences.par_iter_mut().for_each(|s| self.annotate(s));
    }

    /// Annotates copies of `gold` (annotations stripped) and scores them.
    pub fn evaluate(&self, gold: &[Sentence]) -> Scores {
        train::evaluate(self, gold)
    }
}
