//! The document object that flows through demarche.
//!
//! One [`Document`] is created by the page stage (`demarche-page`: title, date,
//! paragraphs), split into [`Sentence`]s and [`Token`]s by the text stage
//! (`demarche-text`), annotated in place by the parser (`demarche-parse`:
//! lemma, tags, features, dependency tree) and read by the coder
//! (`demarche-code`). Like spaCy's `Doc`, it is one object enriched stage by
//! stage, so each stage has a small API: `fn(&mut Document)`.
//!
//! This crate also holds what every stage shares: the [`InputError`] type
//! (errors name the file and line), CoNLL-U reading and writing
//! ([`conllu`]), and the locator for the shared reference data ([`shared`]).

pub mod conllu;
mod error;
pub mod fast_hash;
pub mod shared;

pub use chrono::NaiveDate;
pub use error::InputError;

/// Separator placed between paragraphs when they are joined into the body;
/// sentence and token offsets are byte offsets into that joined body.
pub const PARAGRAPH_SEPARATOR: &str = "\n\n";

/// Where a document's date came from.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DateSource {
    /// `<meta>` tags (`article:published_time`, `og:`, `dc.`) or `<time datetime>`.
    Meta,
    /// JSON-LD `datePublished`.
    JsonLd,
    /// A dated URL path such as `/2021/05/24/`.
    Url,
    /// A dateline at the start of the body.
    Dateline,
    /// A date found in the running text.
    Text,
    /// The `--date` command-line flag.
    Flag,
    /// Given by the input record itself (JSON Lines `date`, PETRARCH `date=`).
    Input,
    /// None in the document or on the command line: the day it was coded
    /// (`code` and `ingest` say so on stderr).
    Today,
    /// No date known.
    #[default]
    None,
}

/// The input format a document was read from.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SourceFormat {
    #[default]
    Text,
    Html,
    Jsonl,
    Petrarch,
    Conllu,
    Feed,
}

/// A document: one article, feed item, text file or PETRARCH sentence.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Document {
    /// File stem, JSON Lines `id`, or PETRARCH sentence id.
    pub id: String,
    /// Path of the file the document came from (for error messages).
    pub origin: Option<String>,
    pub url: Option<String>,
    pub title: Option<String>,
    /// Author line, kept as metadata and removed from the body.
    pub byline: Option<String>,
    /// Publisher or site name, when the page says.
    pub outlet: Option<String>,
    pub date: Option<NaiveDate>,
    pub date_source: DateSource,
    pub format: SourceFormat,
    /// Clean body paragraphs in reading order.
    pub paragraphs: Vec<String>,
    /// Sentences of the body, in order. Empty until the text stage runs
    /// (or filled directly by readers that get sentences, e.g. PETRARCH XML).
    pub sentences: Vec<Sentence>,
}

impl Document {
    /// The body: paragraphs joined by [`PARAGRAPH_SEPARATOR`]. Sentence and
    /// token offsets index into this string.
    pub fn body(&self) -> String {
        self.paragraphs.join(PARAGRAPH_SEPARATOR)
    }

    /// Byte offset of each paragraph's start in [`Document::body`].
    pub fn paragraph_starts(&self) -> Vec<usize> {
        let mut starts = Vec::with_capacity(self.paragraphs.len());
        let mut at = 0;
        for p in &self.paragraphs {
            starts.push(at);
            at += p.len() + PARAGRAPH_SEPARATOR.len();
        }
        starts
    }
}

/// A constituency or dependency parse that arrived with the input.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SuppliedParse {
    /// A Penn-Treebank bracketed tree, as in PETRARCH XML `<Parse>`.
    Treebank(String),
    /// CoNLL-U lines, as UniversalPetrarch writes them.
    Conllu(String),
}

/// One sentence of a document.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Sentence {
    /// Byte range in the document body.
    pub start: usize,
    pub end: usize,
    pub text: String,
    /// Index of the paragraph the sentence starts in.
    pub paragraph: usize,
    /// Identifier given by the input (PETRARCH `id`, CoNLL-U `sent_id`).
    pub id: Option<String>,
    /// Date given by the input for this sentence (PETRARCH `date=`).
    pub date: Option<NaiveDate>,
    /// Words (syntactic words in UD terms), in order.
    pub tokens: Vec<Token>,
    /// A parse supplied with the input, kept for the coder (`--parser supplied`).
    pub supplied_parse: Option<SuppliedParse>,
}

impl Sentence {
    /// True once a parser (ours or a converted supplied parse) has set heads.
    pub fn is_parsed(&self) -> bool {
        !self.tokens.is_empty() && self.tokens.iter().all(|t| !t.deprel.is_empty())
    }
}

/// A word with its annotations. Annotation fields are empty strings (and
/// `head` 0) until a stage fills them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Token {
    pub form: String,
    /// Byte range in the document body; `start == end == 0` when unknown
    /// (e.g. words read from CoNLL-U without text).
    pub start: usize,
    pub end: usize,
    /// Whether whitespace follows in the original text.
    pub space_after: bool,
    pub lemma: String,
    /// Universal POS tag (NOUN, VERB, PROPN, ...).
    pub upos: String,
    /// Penn Treebank tag (NN, VBD, NNP, ...).
    pub xpos: String,
    /// UD morphological features, `Name=Value|...` sorted by name, or empty.
    pub feats: String,
    /// 1-based index of the head word in the sentence; 0 for the root.
    pub head: u32,
    /// UD relation to the head (nsubj, obj, obl, ...), with subtype if any.
    pub deprel: String,
}

impl Token {
    pub fn new(form: impl Into<String>) -> Token {
        Token { form: form.into(), space_after: true, ..Token::default() }
    }

    /// The value of one morphological feature, e.g. `feat("Tense")`.
    pub fn feat(&self, name: &str) -> Option<&str> {
        self.feats.split('|').find_map(|kv| {
            let (k, v) = kv.split_once('=')?;
            (k == name).then_some(v)
        })
    }

    /// The universal part of the relation (`acl:relcl` → `acl`).
    pub fn base_deprel(&self) -> &str {
        self.deprel.split(':').next().unwrap_or("")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn body_and_paragraph_starts_agree() {
        let doc = Document {
            paragraphs: vec!["One.".into(), "Two two.".into(), "3".into()],
            ..Document::default()
        };
        let body = doc.body();
        for (start, p) in doc.paragraph_starts().into_iter().zip(&doc.paragraphs) {
            assert_eq!(&body[start..start + p.len()], p);
        }
    }

    #[test]
    fn feat_lookup() {
        let t = Token { feats: "Mood=Ind|Tense=Past|VerbForm=Fin".into(), ..Token::new("said") };
        assert_eq!(t.feat("Tense"), Some("Past"));
        assert_eq!(t.feat("Voice"), None);
        let t = Token { deprel: "acl:relcl".into(), ..Token::new("x") };
        assert_eq!(t.base_deprel(), "acl");
    }
}
