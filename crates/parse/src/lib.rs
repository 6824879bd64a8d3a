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
use parser::{ParseInput, WordClass};
use parser::Tree;
use tagger::{Prepared, TagsForParsing, WordStats};

/// Words [`Model::annotate_many`] takes in one batch (about 200 bytes of
/// intermediate results each). On EWT dev (one core, shared machine),
/// batches of 64 sentences (800 words) annotated about 10% faster than one
/// sentence at a time, 256 and 1024 sentences (the whole file in two
/// batches) about 20–25% faster.
const BATCH_WORDS: usize = 16_384;
/// Sentences in one batch at most.
const BATCH_SENTENCES: usize = 1024;

/// How many of `sentences`' first sentences make a batch (at least one).
fn batch_len(sentences: &[Sentence]) -> usize {
    let mut words = 0;
    let mut n = 0;
    for s in sentences.iter().take(BATCH_SENTENCES) {
        if n > 0 && words + s.tokens.len() > BATCH_WORDS {
            break;
        }
        words += s.tokens.len();
        n += 1;
    }
    n
}

/// The model file compiled into the binary.
static BUILTIN: &[u8] = include_bytes!("../model/en-ewt.dmodel");

/// A trained tagger + lemmatizer + parser.
pub struct Model {
    parts: Parts,
    /// Per tag id, its [`WordClass`] bits for the parser's constraints
    /// (see `ParseInput::classes`).
    tag_classes: Vec<u8>,
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

    /// A copy of the built-in model of its own (for [`Model::set_beam`]).
    pub fn builtin_copy() -> Model {
        match Model::from_bytes(BUILTIN, "built-in model") {
            Ok(m) => m,
            Err(e) => panic!("{e} (the binary was built without a valid crates/parse/model/en-ewt.dmodel)"),
        }
    }

    /// Parses with a beam of `width` (1: greedy, the built-in model's
    /// default); see `Parser::set_beam`.
    pub fn set_beam(&mut self, width: usize) {
        self.parts.parser.set_beam(width);
    }

    /// The beam width the parser uses (1: greedy).
    pub fn beam(&self) -> usize {
        self.parts.parser.beam()
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
        let tag_classes = parts.tagger.tags.iter().map(|(upos, xpos)| WordClass::of_tag(upos, xpos)).collect();
        Model { parts, tag_classes }
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
        self.annotate_batch(std::slice::from_mut(sentence), true);
    }

    /// Annotates several sentences: the same result as [`Model::annotate`]
    /// on each, faster. The weights (about 15 MB) are far larger than the
    /// caches and annotation mostly waits for memory, so each stage runs
    /// over a batch of sentences before the next stage starts: tagging all,
    /// then parsing all, ... keeps one stage's weights in cache at a time.
    pub fn annotate_many(&self, sentences: &mut [Sentence]) {
        self.annotate_in_batches(sentences, true);
    }

    /// [`Model::annotate_many`] without the morphological features: every
    /// token's `feats` is left empty; lemmas, tags, heads and relations are
    /// the same. For callers that never read FEATS (the event coder), which
    /// saves the morphology model's time (about a tenth of the parse stage).
    pub fn annotate_many_without_feats(&self, sentences: &mut [Sentence]) {
        self.annotate_in_batches(sentences, false);
    }

    fn annotate_in_batches(&self, sentences: &mut [Sentence], with_feats: bool) {
        let mut rest = sentences;
        while !rest.is_empty() {
            let (batch, after) = rest.split_at_mut(batch_len(rest));
            self.annotate_batch(batch, with_feats);
            rest = after;
        }
    }

    /// Annotates `sentences` stage by stage (see [`Model::annotate_many`]);
    /// the features only if `with_feats`.
    fn annotate_batch(&self, sentences: &mut [Sentence], with_feats: bool) {
        let p = &self.parts;
        let prepared: Vec<Prepared> = sentences
            .iter()
            .map(|s| {
                let forms: Vec<&str> = s.tokens.iter().map(|t| t.form.as_str()).collect();
                let mut prepared = p.tagger.prepare(&forms);
                p.tagger.respell(&forms, &mut prepared, |w| p.lemmatizer.is_word(w));
                prepared
            })
            .collect();
        let mut tags: Vec<TagsForParsing> = prepared
            .iter()
            .zip(sentences.iter())
            .map(|(w, s)| {
                let mut t = p.tagger.tag_for_parsing(w);
                let forms: Vec<&str> = s.tokens.iter().map(|t| t.form.as_str()).collect();
                p.tagger.acronyms_as_names(&mut t, &forms, w);
                p.tagger.lowercase_march_is_no_month(&mut t, &forms);
                p.tagger.surname_he_before_a_name(&mut t, &forms);
                p.tagger.spaced_dashes_as_punctuation(&mut t, &forms, |i| i > 0 && s.tokens[i - 1].space_after && s.tokens[i].space_after);
                p.tagger.base_verbs_after_modals(&mut t, &w.lowers, |x| p.lemmatizer.is_verb_lemma(x));
                p.tagger.subjunctives_after_demands(&mut t, &w.lowers, |x| p.lemmatizer.is_verb_lemma(x));
                p.tagger.floating_quantifiers_before_past(&mut t, &w.lowers, |x| p.lemmatizer.is_verb_lemma(x));
                p.tagger.unseen_irregular_verbs(&mut t, w, |x, xpos| p.lemmatizer.is_irregular_form(x, xpos), |x| p.lemmatizer.is_verb_lemma(x));
                p.tagger.shot_dead_as_past(&mut t, &w.lowers);
                p.tagger.same_form_participles_before_by(&mut t, &w.lowers);
                p.tagger.chief_after_a_noun_is_a_noun(&mut t, &w.lowers);
                t
            })
            .collect();
        let tag_classes = &self.tag_classes;
        let trees: Vec<Tree> = prepared
            .iter()
            .zip(&mut tags)
            .map(|(prepared, TagsForParsing { tags, as_trained, .. })| {
                let words: Vec<u64> = prepared.words.iter().map(|w| w.lower).collect();
                let classes = |tags: &[u16], restored: Option<&[u16]>| -> Vec<u8> {
                    tags.iter()
                        .enumerate()
                        .map(|(i, &t)| {
                            let c = tag_classes.get(t as usize).copied().unwrap_or(0);
                            let given_back = restored.is_some_and(|a| a[i] != t) && c & WordClass::FINITE_VERB != 0;
                            if given_back { c | WordClass::RESTORED_VERB } else { c }
                        })
                        .collect()
                };
                // News shapes the parser, trained on web text, gets wrong.
                let repaired = |mut tree: Tree, tags: &[u16]| {
                    let finite = |i: usize| matches!(p.tagger.tags[tags[i] as usize].1.as_str(), "VBD" | "VBZ" | "VBP" | "MD");
                    tree.lift_main_verb_out_of_relative_clause(&prepared.lowers, &p.parser.labels, finite);
                    tree.give_each_subject_its_verb(&prepared.lowers, &p.parser.labels);
                    let participle = |i: usize| matches!(p.tagger.tags[tags[i] as usize].1.as_str(), "VBD" | "VBN");
                    tree.give_the_report_its_complement(&prepared.lowers, &p.parser.labels, participle);
                    tree
                };
                let tree = repaired(p.parser.parse(&ParseInput { words: &words, tags, clusters: &prepared.clusters, classes: &classes(tags, as_trained.as_deref()) }), tags);
                let Some(as_trained) = as_trained.take() else { return tree };
                // A past tense the tagger's finite-verb check gave back that
                // the parser still hangs on a noun ("The World Food Programme
                // called on …" with "called" an `acl`) makes a worse tree than
                // the participle did: parse with the tags as trained.
                let still_a_modifier = tags.iter().zip(&as_trained).enumerate().any(|(i, (t, a))| {
                    t != a && matches!(p.parser.labels[tree.labels[i] as usize].split(':').next(), Some("acl" | "amod"))
                });
                if !still_a_modifier {
                    return tree;
                }
                *tags = as_trained;
                repaired(p.parser.parse(&ParseInput { words: &words, tags, clusters: &prepared.clusters, classes: &classes(tags, None) }), tags)
            })
            .collect();
        let (mut tags, second_best): (Vec<Vec<u16>>, Vec<Vec<u16>>) = tags.into_iter().map(|t| (t.tags, t.second_best)).unzip();
        // After parsing: the parser, trained on the tagger's own tags, parses
        // better with them (EWT dev LAS 81.57 with the names' tags, 81.67 without).
        for (((s, tree), (prepared, tags)), second_best) in sentences.iter().zip(&trees).zip(prepared.iter().zip(&mut tags)).zip(&second_best) {
            let forms: Vec<&str> = s.tokens.iter().map(|t| t.form.as_str()).collect();
            let in_name = |i: usize, tags: &[u16]| {
                matches!(p.parser.labels[tree.labels[i] as usize].as_str(), "compound" | "flat")
                    && tree.heads[i].is_some_and(|h| p.tagger.tags[tags[h as usize] as usize].0 == "PROPN")
            };
            p.tagger.names_in_running_text(&forms, &prepared.words, tags, |form, tag| p.lemmatizer.seen(form, tag), in_name);
            p.tagger.tags_from_relations(tags, second_best, &tree.heads, |i| p.parser.labels[tree.labels[i] as usize].as_str());
        }
        let feats: Vec<Vec<&str>> = if with_feats {
            prepared
                .iter()
                .zip(&tags)
                .zip(&trees)
                .map(|((prepared, tags), tree)| {
                    p.morph.predict(&MorphInput { words: &prepared.words, tags, heads: &tree.heads, labels: &tree.labels })
                })
                .collect()
        } else {
            Vec::new()
        };
        for (k, sentence) in sentences.iter_mut().enumerate() {
            let (prepared, tags, tree, feats) = (&prepared[k], &tags[k], &trees[k], feats.get(k));
            for (i, t) in sentence.tokens.iter_mut().enumerate() {
                let (upos, xpos) = &p.tagger.tags[tags[i] as usize];
                // A misspelling gets the lemma of the word meant, unless the
                // treebank had it so spelled with this tag.
                let form = if prepared.respelled[i] && !p.lemmatizer.seen(&t.form, tags[i]) { &prepared.lowers[i] } else { &t.form };
                t.lemma = p.lemmatizer.lemma(form, &prepared.lowers[i], tags[i], WordStats::casing(prepared.stats[i]));
                t.upos.clone_from(upos);
                t.xpos.clone_from(xpos);
                match feats {
                    Some(feats) => feats[i].clone_into(&mut t.feats),
                    None => t.feats.clear(),
                }
                t.head = tree.heads[i].map_or(0, |h| h + 1);
                t.deprel.clone_from(&p.parser.labels[tree.labels[i] as usize]);
            }
            lemma::in_context(&mut sentence.tokens);
        }
    }

    /// Annotates every sentence of the document, then makes its names
    /// agree across sentences ([`Model::names_across_document`]).
    pub fn annotate_document(&self, doc: &mut Document) {
        self.annotate_many(&mut doc.sentences);
        self.names_across_document(&mut doc.sentences);
    }

    /// A Capitalized word the tagger took for a name inside a sentence of
    /// a document is a name wherever else the document has it as a common
    /// noun: at the start of a sentence ("Abbas , a ..."), where the
    /// capital tells nothing, or inside a name the tagger split ("New
    /// Scientist Space"). Runs on annotated sentences of one document;
    /// changes tags and lemmas only.
    pub fn names_across_document(&self, sentences: &mut [Sentence]) {
        let p = &self.parts;
        let capitalized = |form: &str| {
            let mut c = form.chars();
            c.next().is_some_and(char::is_uppercase) && c.any(char::is_lowercase)
        };
        // Form → the tag it had as a name (the first time).
        let mut names: std::collections::HashMap<&str, (&str, &str)> = std::collections::HashMap::new();
        for s in sentences.iter() {
            for (prev, t) in s.tokens.iter().zip(s.tokens.iter().skip(1)) {
                if t.upos == "PROPN" && capitalized(&t.form) && prev.form.chars().next().is_some_and(char::is_alphanumeric) {
                    names.entry(t.form.as_str()).or_insert((t.upos.as_str(), t.xpos.as_str()));
                }
            }
        }
        if names.is_empty() {
            return;
        }
        let mut changes: Vec<(usize, usize, u16)> = Vec::new();
        for (k, s) in sentences.iter().enumerate() {
            for (i, t) in s.tokens.iter().enumerate() {
                if t.upos != "NOUN" {
                    continue;
                }
                let Some(&(upos, xpos)) = names.get(t.form.as_str()) else { continue };
                if let Some(proper) = p.tagger.tag_id(upos, xpos) {
                    changes.push((k, i, proper));
                }
            }
        }
        for (k, i, proper) in changes {
            let t = &mut sentences[k].tokens[i];
            let (h, lower) = words::WordHashes::new(&t.form);
            let (upos, xpos) = &p.tagger.tags[proper as usize];
            t.lemma = p.lemmatizer.lemma(&t.form, &lower, proper, WordStats::casing(p.tagger.word_stats(&h)));
            t.upos.clone_from(upos);
            t.xpos.clone_from(xpos);
        }
    }

    /// Annotates many sentences on all cores.
    pub fn annotate_all(&self, sentences: &mut [Sentence]) {
        // About four chunks per thread (so that all cores stay busy to the
        // end), each annotated in batches.
        let per_thread = sentences.len().div_ceil(4 * rayon::current_num_threads()).max(1);
        sentences.par_chunks_mut(per_thread.min(BATCH_SENTENCES)).for_each(|chunk| self.annotate_many(chunk));
    }

    /// Annotates copies of `gold` (annotations stripped) and scores them.
    pub fn evaluate(&self, gold: &[Sentence]) -> Scores {
        train::evaluate(self, gold)
    }

    /// [`Model::evaluate`] with the sentences grouped into documents, each
    /// starting at one of `document_starts` (indexes into `gold`; the first
    /// document starts at 0 in any case), annotated as documents
    /// ([`Model::names_across_document`]).
    pub fn evaluate_documents(&self, gold: &[Sentence], document_starts: &[usize]) -> Scores {
        let mut predicted: Vec<Sentence> = gold.iter().map(eval::strip).collect();
        let mut bounds: Vec<usize> = document_starts.iter().copied().filter(|&s| s > 0 && s < gold.len()).collect();
        bounds.sort_unstable();
        bounds.dedup();
        let mut documents: Vec<&mut [Sentence]> = Vec::new();
        let mut rest = predicted.as_mut_slice();
        let mut at = 0;
        for b in bounds {
            let (doc, after) = rest.split_at_mut(b - at);
            documents.push(doc);
            rest = after;
            at = b;
        }
        documents.push(rest);
        documents.into_par_iter().for_each(|doc| {
            self.annotate_many(doc);
            self.names_across_document(doc);
        });
        eval::score(gold, &predicted)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use demarche_doc::Token;

    fn sentence(text: &str) -> Sentence {
        Sentence { tokens: text.split(' ').map(Token::new).collect(), ..Sentence::default() }
    }

    /// Misspelled words are tagged and lemmatized as the word meant; rare
    /// real words are not respelled.
    #[test]
    fn misspellings_get_the_lemma_of_the_word_meant() {
        let model = Model::builtin();
        let lemmas = |text: &str| {
            let mut s = sentence(text);
            model.annotate(&mut s);
            s.tokens.into_iter().map(|t| (t.form, t.lemma, t.upos)).collect::<Vec<_>>()
        };
        let got = lemmas("The administartion showed great releif and it was ammazing .");
        assert_eq!(got[1].1, "administration");
        assert_eq!(got[4].1, "relief");
        assert_eq!((got[8].1.as_str(), got[8].2.as_str()), ("amazing", "ADJ"));
        let got = lemmas("Protesters demanded the ouster of the president , which could imperil the talks .");
        assert_eq!(got[3].1, "ouster");
        assert_eq!(got[10].1, "imperil");
    }

    /// A word tagged a name inside a sentence is a name where the same
    /// document has it as a common noun; other common nouns are kept.
    #[test]
    fn names_agree_across_a_document() {
        let model = Model::builtin();
        let tagged = |words: &[(&str, &str, &str)]| Sentence {
            tokens: words
                .iter()
                .map(|&(f, u, x)| Token { lemma: f.to_lowercase(), upos: u.into(), xpos: x.into(), ..Token::new(f) })
                .collect(),
            ..Sentence::default()
        };
        let mut doc = vec![
            tagged(&[("Abbas", "NOUN", "NNS"), ("met", "VERB", "VBD"), ("Sector", "NOUN", "NN"), ("leaders", "NOUN", "NNS")]),
            tagged(&[("President", "PROPN", "NNP"), ("Abbas", "PROPN", "NNP"), ("spoke", "VERB", "VBD")]),
            tagged(&[("Leaders", "NOUN", "NNS"), ("of", "ADP", "IN"), ("Sector", "NOUN", "NN")]),
        ];
        let mut alone = doc[..1].to_vec();
        model.names_across_document(&mut doc);
        let t = &doc[0].tokens[0];
        assert_eq!((t.upos.as_str(), t.xpos.as_str(), t.lemma.as_str()), ("PROPN", "NNP", "Abbas"));
        // "Sector" was never a name, "Leaders" not a name inside a sentence.
        assert_eq!(doc[0].tokens[2].upos, "NOUN");
        assert_eq!(doc[2].tokens[0].upos, "NOUN");
        // Another document: nothing to agree with.
        model.names_across_document(&mut alone);
        assert_eq!(alone[0].tokens[0].upos, "NOUN");
    }

    /// Batches (here also split by the word limit, empty sentences among
    /// them) give exactly the annotations of one sentence at a time.
    #[test]
    fn batches_annotate_like_single_sentences() {
        let model = Model::builtin();
        let texts = [
            "Egypt , Jordan and the US condemned the attack on Monday .",
            "The talks were called off by the mediators , a spokesman said .",
            "Moussa Abu Marzouk , deputy chairman of the political bureau , arrived in Moscow .",
            "Police said the men who attacked the convoy had fled .",
        ];
        let mut many: Vec<Sentence> = texts.iter().map(|t| sentence(t)).collect();
        many.insert(2, Sentence::default());
        let long = vec!["word"; BATCH_WORDS].join(" ");
        many.push(sentence(&long));
        many.push(sentence(texts[0]));
        let mut single = many.clone();
        for s in &mut single {
            model.annotate(s);
        }
        assert!(batch_len(&many) < many.len(), "the long sentence starts a new batch");
        model.annotate_many(&mut many);
        assert_eq!(many, single);
        // The parser's reused buffers keep nothing of the long sentence.
        assert_eq!(many.last(), many.first());
        assert!(many[0].is_parsed() && many[2].tokens.is_empty());
        let mut all = texts.iter().map(|t| sentence(t)).collect::<Vec<_>>();
        model.annotate_all(&mut all);
        assert_eq!(all[..2], single[..2]);
    }

    /// Without features: the same lemmas, tags, heads and relations, and
    /// every `feats` empty (also when the sentence had some before).
    #[test]
    fn annotating_without_feats_changes_nothing_else() {
        let model = Model::builtin();
        let texts = ["Egypt , Jordan and the US condemned the attack on Monday .", "The talks were called off by the mediators , a spokesman said ."];
        let mut with: Vec<Sentence> = texts.iter().map(|t| sentence(t)).collect();
        let mut without = with.clone();
        model.annotate_many(&mut with);
        without[0].tokens[0].feats = "Number=Sing".into();
        model.annotate_many_without_feats(&mut without);
        assert!(with[0].tokens.iter().any(|t| !t.feats.is_empty()), "features when asked for");
        assert!(without.iter().all(|s| s.tokens.iter().all(|t| t.feats.is_empty())));
        for s in &mut with {
            for t in &mut s.tokens {
                t.feats.clear();
            }
        }
        assert_eq!(with, without);
    }
}
