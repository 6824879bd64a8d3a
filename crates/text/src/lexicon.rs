//! Word lists compiled into the binary from `crates/text/data/`.
//!
//! Each file is documented in its header. Parsing happens once, on first use;
//! a malformed line is a bug in the shipped data, caught by this module's
//! tests, so the parser panics with the file and line rather than silently
//! dropping knowledge.

use std::sync::OnceLock;

use demarche_doc::fast_hash::{FastMap, FastSet};

const ABBREVIATIONS: &str = include_str!("../data/abbreviations.txt");
const SENTENCE_STARTERS: &str = include_str!("../data/sentence-starters.txt");
const HYPHEN_PREFIXES: &str = include_str!("../data/hyphen-prefixes.txt");
const CONTRACTIONS: &str = include_str!("../data/contractions.txt");
const EMOTICONS: &str = include_str!("../data/emoticons.txt");
const UNITS: &str = include_str!("../data/units.txt");
const ELISIONS: &str = include_str!("../data/elisions.txt");

/// Whether an abbreviation can end a sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum AbbreviationClass {
    /// Precedes a name or number ("Dr.", "No."): never sentence-final.
    Title,
    /// May end a sentence ("Inc.", "Jan."), when a sentence opener follows.
    Any,
    /// Usually ends what it is in ("etc."): ends a sentence before any capital.
    Final,
    /// An abbreviation only before a number ("No. 10"), else a plain word.
    Numeral,
}

/// When a unit written straight after a number is split off.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum UnitSplit {
    Always,
    /// Only after a currency sign ("$3M", not "86M").
    Money,
}

// The lists are fixed data looked up for nearly every token (contractions
// for each word): a short-key hash, not the flooding-resistant default.
type WordMap<V> = FastMap<&'static str, V>;
type WordSet = FastSet<&'static str>;

pub(crate) struct Lexicon {
    abbreviations: WordMap<AbbreviationClass>,
    sentence_starters: WordSet,
    hyphen_prefixes: WordSet,
    /// Lower-case word → byte lengths of its parts.
    contractions: WordMap<Vec<usize>>,
    emoticons: WordSet,
    units: WordMap<UnitSplit>,
    /// Lower-case words with a leading straight apostrophe ("'em").
    elisions: WordSet,
    /// Longest entry of `hyphen_prefixes` / `contractions`, to skip lookups early.
    longest_prefix: usize,
    longest_contraction: usize,
}

/// The data lines of a file: without comments (`# ` or a lone `#`) and blanks.
fn data_lines(text: &'static str) -> impl Iterator<Item = (usize, &'static str)> {
    text.lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l.trim_end_matches('\r')))
        .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with("# ") && *l != "#")
}

fn two_columns(file: &str, line: usize, text: &'static str) -> (&'static str, &'static str) {
    match text.split_once('\t') {
        Some((a, b)) if !a.is_empty() && !b.is_empty() => (a, b.trim()),
        _ => panic!("data/{file}:{line}: expected two tab-separated columns"),
    }
}

impl Lexicon {
    fn load() -> Lexicon {
        let abbreviations = data_lines(ABBREVIATIONS)
            .map(|(n, l)| {
                let (word, class) = two_columns("abbreviations.txt", n, l);
                let class = match class {
                    "title" => AbbreviationClass::Title,
                    "any" => AbbreviationClass::Any,
                    "numeral" => AbbreviationClass::Numeral,
                    "final" => AbbreviationClass::Final,
                    other => panic!("data/abbreviations.txt:{n}: unknown class `{other}`"),
                };
                assert!(word.ends_with('.'), "data/abbreviations.txt:{n}: `{word}` must end with a period");
                (word, class)
            })
            .collect();
        let sentence_starters = data_lines(SENTENCE_STARTERS).map(|(_, l)| l.trim()).collect();
        let hyphen_prefixes: WordSet = data_lines(HYPHEN_PREFIXES).map(|(_, l)| l.trim()).collect();
        let contractions: WordMap<Vec<usize>> = data_lines(CONTRACTIONS)
            .map(|(n, l)| {
                let (word, parts) = two_columns("contractions.txt", n, l);
                let lengths: Vec<usize> = parts.split('|').map(str::len).collect();
                assert!(
                    parts.replace('|', "") == word && lengths.len() >= 2 && lengths.iter().all(|&n| n > 0),
                    "data/contractions.txt:{n}: parts `{parts}` do not spell `{word}`"
                );
                (word, lengths)
            })
            .collect();
        let emoticons = data_lines(EMOTICONS).map(|(_, l)| l.trim()).collect();
        let units = data_lines(UNITS)
            .map(|(n, l)| {
                let (unit, when) = two_columns("units.txt", n, l);
                let when = match when {
                    "always" => UnitSplit::Always,
                    "money" => UnitSplit::Money,
                    other => panic!("data/units.txt:{n}: unknown split rule `{other}`"),
                };
                (unit, when)
            })
            .collect();
        let elisions = data_lines(ELISIONS).map(|(_, l)| l.trim()).collect();
        Lexicon {
            elisions,
            longest_prefix: hyphen_prefixes.iter().map(|p| p.len()).max().unwrap_or(0),
            longest_contraction: contractions.keys().map(|p| p.len()).max().unwrap_or(0),
            abbreviations,
            sentence_starters,
            hyphen_prefixes,
            contractions,
            emoticons,
            units,
        }
    }

    pub(crate) fn abbreviation(&self, word: &str) -> Option<AbbreviationClass> {
        self.abbreviations.get(word).copied()
    }

    pub(crate) fn is_sentence_starter(&self, word: &str) -> bool {
        self.sentence_starters.contains(word)
    }

    /// Whether a hyphen after `prefix` keeps the word whole (case-insensitive).
    pub(crate) fn is_hyphen_prefix(&self, prefix: &str) -> bool {
        prefix.len() <= self.longest_prefix && with_ascii_lowercase(prefix, |p| self.hyphen_prefixes.contains(p))
    }

    /// Byte lengths of the parts of an apostrophe-less contraction.
    pub(crate) fn contraction(&self, word: &str) -> Option<&[usize]> {
        if word.len() > self.longest_contraction {
            return None;
        }
        with_ascii_lowercase(word, |w| self.contractions.get(w).map(Vec::as_slice))
    }

    pub(crate) fn is_emoticon(&self, text: &str) -> bool {
        text.len() <= 4 && self.emoticons.contains(text)
    }

    /// Whether `word` (apostrophe first, then letters) is an elided form
    /// such as "'em" that keeps its leading apostrophe.
    pub(crate) fn is_elision(&self, word: &str) -> bool {
        let Some(first) = word.chars().next() else { return false };
        let rest = &word[first.len_utf8()..];
        if rest.is_empty() || rest.len() > 8 {
            return false;
        }
        let mut buffer = [0u8; 9];
        buffer[0] = b'\'';
        for (b, c) in buffer[1..].iter_mut().zip(rest.bytes()) {
            *b = c.to_ascii_lowercase();
        }
        std::str::from_utf8(&buffer[..rest.len() + 1]).is_ok_and(|w| self.elisions.contains(w))
    }

    pub(crate) fn unit(&self, text: &str) -> Option<UnitSplit> {
        self.units.get(text).copied()
    }
}

/// Calls `f` with the ASCII-lower-cased `word`, without allocating for short
/// words. Non-ASCII words are passed through unchanged (none of our keys are).
fn with_ascii_lowercase<T>(word: &str, f: impl FnOnce(&str) -> T) -> T {
    let bytes = word.as_bytes();
    if !bytes.iter().any(u8::is_ascii_uppercase) {
        return f(word);
    }
    let mut buffer = [0u8; 32];
    if bytes.len() <= buffer.len() {
        for (b, &c) in buffer.iter_mut().zip(bytes) {
            *b = c.to_ascii_lowercase();
        }
        // Lower-casing ASCII bytes keeps UTF-8 valid.
        f(std::str::from_utf8(&buffer[..bytes.len()]).unwrap_or(word))
    } else {
        f(&word.to_ascii_lowercase())
    }
}

pub(crate) fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(Lexicon::load)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_files_load() {
        let lx = lexicon();
        assert_eq!(lx.abbreviation("Gen."), Some(AbbreviationClass::Title));
        assert_eq!(lx.abbreviation("Inc."), Some(AbbreviationClass::Any));
        assert_eq!(lx.abbreviation("Bush."), None);
        assert!(lx.is_sentence_starter("The"));
        assert!(!lx.is_sentence_starter("President"));
        assert!(lx.is_hyphen_prefix("e") && lx.is_hyphen_prefix("Anti") && !lx.is_hyphen_prefix("self"));
        assert_eq!(lx.contraction("Cannot"), Some(&[3, 3][..]));
        assert_eq!(lx.contraction("cant"), None);
        assert!(lx.is_emoticon(":-)") && !lx.is_emoticon(":"));
        assert_eq!(lx.unit("kg"), Some(UnitSplit::Always));
        assert_eq!(lx.unit("B"), Some(UnitSplit::Money));
        assert!(lx.is_elision("'em") && lx.is_elision("’Til") && !lx.is_elision("'s"));
    }
}
