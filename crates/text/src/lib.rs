//! Text stage: sentences, tokens and dates.
//!
//! STUB: whitespace tokens and naive sentence splits so that other stages
//! can be built against the API. Issue 2 replaces the bodies; the
//! signatures are the contract.

use std::ops::Range;

use demarche_doc::{Document, Sentence, Token};

pub mod temporal;

/// Splits every paragraph of `doc` into sentences and tokens (offsets into
/// `doc.body()`), replacing `doc.sentences`.
pub fn segment(doc: &mut Document) {
    let mut sentences = Vec::new();
    for (p, (start, paragraph)) in doc.paragraph_starts().into_iter().zip(&doc.paragraphs).enumerate() {
        for range in split_sentences(paragraph) {
            let text = &paragraph[range.clone()];
            let mut tokens = tokenize(text);
            for t in &mut tokens {
                t.start += start + range.start;
                t.end += start + range.start;
            }
            sentences.push(Sentence {
                start: start + range.start,
                end: start + range.end,
                text: text.to_string(),
                paragraph: p,
                tokens,
                ..Sentence::default()
            });
        }
    }
    doc.sentences = sentences;
}

/// Byte ranges of the sentences in `text` (trimmed of surrounding space).
pub fn split_sentences(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = None;
    let bytes = text.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        if start.is_none() && !b.is_ascii_whitespace() {
            start = Some(i);
        }
        let end_here = matches!(b, b'.' | b'!' | b'?') && bytes.get(i + 1).is_none_or(|n| n.is_ascii_whitespace());
        if let (true, Some(s)) = (end_here, start) {
            out.push(s..i + 1);
            start = None;
        }
    }
    if let Some(s) = start {
        out.push(s..text.trim_end().len());
    }
    out
}

/// Tokens of one sentence, with byte offsets into `text`.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::new();
    let mut at = 0;
    for word in text.split_whitespace() {
        let start = at + text[at..].find(word).unwrap_or(0);
        let end = start + word.len();
        tokens.push(Token { start, end, space_after: text[end..].starts_with(char::is_whitespace), ..Token::new(word) });
        at = end;
    }
    tokens
}
