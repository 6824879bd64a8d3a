//! Text stage: sentences, tokens and dates.
//!
//! [`segment`] splits a document's paragraphs into sentences and tokens that
//! follow the conventions of Universal Dependencies English EWT, the treebank
//! the parser is trained on: clitics are separate words ("do n't", "Russia
//! ’s", "ca n't"), most hyphens are split ("15 - year"), currency signs and
//! percent signs are separate ("$ 100", "50 %"), and an abbreviation that ends
//! a sentence gives up its period ("… at 5 p.m ."). Token forms are always
//! exact slices of the text, with byte offsets.
//!
//! Word lists (abbreviations, hyphen prefixes that keep words whole,
//! contractions, emoticons, units, sentence openers) live in documented files
//! under `crates/text/data/` and are compiled in.
//!
//! [`temporal::find_dates`] resolves date expressions ("on Friday", "last
//! week", "May 21") against a document date.

use std::ops::Range;

use demarche_doc::{Document, Sentence, Token};

pub mod eval;
mod lexicon;
mod sentences;
pub mod temporal;
mod tokenizer;

pub use tokenizer::is_separator;
use tokenizer::Piece;

/// Splits every paragraph of `doc` into sentences and tokens (offsets into
/// `doc.body()`), replacing `doc.sentences`. Sentences never cross paragraphs.
pub fn segment(doc: &mut Document) {
    let mut sentences = Vec::new();
    let mut pieces = Vec::new();
    for (p, (start, paragraph)) in doc.paragraph_starts().into_iter().zip(&doc.paragraphs).enumerate() {
        pieces.clear();
        tokenizer::tokenize_into(paragraph, &mut pieces);
        for range in sentences::split_into_sentences(paragraph, &mut pieces) {
            let words = &pieces[range];
            let (Some(first), Some(last)) = (words.first(), words.last()) else { continue };
            let mut tokens = to_tokens(paragraph, words);
            for t in &mut tokens {
                t.start += start;
                t.end += start;
            }
            sentences.push(Sentence {
                start: start + first.start,
                end: start + last.end,
                text: paragraph[first.start..last.end].to_string(),
                paragraph: p,
                tokens,
                ..Sentence::default()
            });
        }
    }
    doc.sentences = sentences;
}

/// Byte ranges of the sentences in `text` (one paragraph), each from its
/// first token's start to its last token's end.
pub fn split_sentences(text: &str) -> Vec<Range<usize>> {
    let mut pieces = Vec::new();
    tokenizer::tokenize_into(text, &mut pieces);
    sentences::split_into_sentences(text, &mut pieces)
        .into_iter()
        .filter(|r| !r.is_empty())
        .map(|r| pieces[r.start].start..pieces[r.end - 1].end)
        .collect()
}

/// Tokens of `text` taken as one sentence, with byte offsets into `text`.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut pieces = Vec::new();
    tokenizer::tokenize_into(text, &mut pieces);
    sentences::as_one_sentence(&mut pieces);
    to_tokens(text, &pieces)
}

/// `space_after` is true when whitespace or the end of the text follows.
fn to_tokens(text: &str, pieces: &[Piece]) -> Vec<Token> {
    pieces
        .iter()
        .map(|p| Token {
            form: text[p.start..p.end].to_string(),
            start: p.start,
            end: p.end,
            space_after: text[p.end..].chars().next().is_none_or(is_separator),
            ..Token::default()
        })
        .collect()
}

/// Groups the words of one sentence into orthographic tokens: each range
/// covers the words written as one token, such as "do" "n't" for "don't",
/// "Bush" "'s" for "Bush's", "gon" "na" for "gonna" (CoNLL-U multiword
/// tokens). Words standing alone get a range of one.
pub fn surface_tokens(tokens: &[Token]) -> Vec<Range<usize>> {
    let lx = lexicon::lexicon();
    let mut out: Vec<Range<usize>> = Vec::with_capacity(tokens.len());
    // An opening single quote ('word …) makes a later "s'" a closing quote
    // rather than a plural possessive.
    let mut single_quote_open = false;
    let mut k = 0;
    while k < tokens.len() {
        let t = &tokens[k];
        let glued = |a: &Token, b: &Token| a.end == b.start && a.end > 0;
        // Apostrophe-less contractions: "cannot", "gonna", "dunno".
        let contraction = (2..=3).find(|&n| {
            k + n <= tokens.len()
                && tokens[k..k + n].windows(2).all(|w| glued(&w[0], &w[1]))
                && lx.contraction(&tokens[k..k + n].iter().map(|t| t.form.as_str()).collect::<String>()).is_some_and(|parts| {
                    parts.len() == n && parts.iter().zip(&tokens[k..k + n]).all(|(&len, t)| len == t.form.len())
                })
        });
        if let Some(n) = contraction {
            out.push(k..k + n);
            k += n;
            continue;
        }
        let form = t.form.as_str();
        let is_single_quote = matches!(form, "'" | "‘" | "’" | "`");
        let joins = k > 0 && glued(&tokens[k - 1], t) && {
            let prev = &tokens[k - 1].form;
            let host = prev.chars().next_back().is_some_and(|c| c.is_alphanumeric() || c == '.');
            if is_single_quote {
                // "the Kurds'", "Essex'", "Perez'": a possessive after a sibilant.
                let possessive =
                    !single_quote_open && prev.ends_with(['s', 'S', 'x', 'X', 'z', 'Z']) && prev.chars().all(char::is_alphanumeric);
                single_quote_open = false;
                possessive
            } else {
                host && is_clitic(form)
            }
        };
        if is_single_quote && !joins {
            let opens = !t.space_after && (k == 0 || !glued(&tokens[k - 1], t));
            if opens {
                single_quote_open = true;
            }
        }
        match out.last_mut() {
            Some(last) if joins => last.end = k + 1,
            _ => out.push(k..k + 1),
        }
        k += 1;
    }
    out
}

/// "'s", "n't", "'re", "'ve", "'ll", "'d", "'m", with any apostrophe and case.
fn is_clitic(form: &str) -> bool {
    let mut chars = form.chars();
    let (first, rest) = match chars.next() {
        Some('n' | 'N') => {
            let rest = chars.as_str();
            let mut r = rest.chars();
            return matches!(r.next(), Some('\'' | '’' | '`' | 'ʼ')) && r.as_str().eq_ignore_ascii_case("t");
        }
        Some(c) => (c, chars.as_str()),
        None => return false,
    };
    matches!(first, '\'' | '’' | '`' | 'ʼ')
        && ["s", "m", "d", "re", "ve", "ll"].iter().any(|c| rest.eq_ignore_ascii_case(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn forms(text: &str) -> Vec<String> {
        tokenize(text).into_iter().map(|t| t.form).collect()
    }

    #[test]
    fn final_abbreviation_gives_up_its_period() {
        assert_eq!(forms("They met at 5 p.m."), ["They", "met", "at", "5", "p.m", "."]);
        assert_eq!(forms("Gen. Smith spoke."), ["Gen.", "Smith", "spoke", "."]);
    }

    #[test]
    fn surface_tokens_group_clitics() {
        let tokens = tokenize("I don't think Bush's aides cannot go to the Edwards' house.");
        let groups: Vec<String> = surface_tokens(&tokens)
            .into_iter()
            .map(|r| tokens[r].iter().map(|t| t.form.as_str()).collect::<Vec<_>>().join("+"))
            .collect();
        assert_eq!(groups, ["I", "do+n't", "think", "Bush+'s", "aides", "can+not", "go", "to", "the", "Edwards+'", "house", "."]);
    }

    #[test]
    fn closing_single_quote_is_not_possessive() {
        let tokens = tokenize("the 'terrorists' said");
        assert_eq!(surface_tokens(&tokens).len(), tokens.len());
    }

    #[test]
    fn segment_fills_body_offsets() {
        let mut doc = Document {
            paragraphs: vec!["MOSCOW (Reuters) — Russia said so. It did.".into(), "Dr. Li left.".into()],
            ..Document::default()
        };
        segment(&mut doc);
        let body = doc.body();
        let texts: Vec<&str> = doc.sentences.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(texts, ["MOSCOW (Reuters) —", "Russia said so.", "It did.", "Dr. Li left."]);
        for s in &doc.sentences {
            assert_eq!(&body[s.start..s.end], s.text);
            for t in &s.tokens {
                assert_eq!(&body[t.start..t.end], t.form);
            }
        }
        assert_eq!(doc.sentences[3].paragraph, 1);
    }
}
