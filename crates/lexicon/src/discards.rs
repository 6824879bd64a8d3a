//! Discard lists (`Phoenix.discards.txt`): phrases that mark a sentence
//! (or, with a leading `+`, the whole story) as not political news.
//!
//! Matching is on whole whitespace-separated tokens of the upper-cased
//! sentence text; punctuation stays attached, so `BASEBALL,` does not match
//! `BASEBALL` (as in PETRARCH).

use demarche_doc::InputError;

use crate::lines::Lines;
use crate::report::{ReadOptions, Report};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DiscardEntry {
    /// Upper-case words joined by single spaces.
    pub phrase: String,
    /// `+`: discard the whole story, not only the sentence.
    pub story: bool,
    pub line: usize,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DiscardList {
    pub entries: Vec<DiscardEntry>,
}

impl DiscardList {
    pub fn read(text: &str, file: &str, options: ReadOptions) -> Result<(DiscardList, Vec<InputError>), InputError> {
        let mut report = Report::new(file, options);
        let mut list = DiscardList::default();
        for line in Lines::new(text) {
            if line.is_blank() {
                continue;
            }
            let t = line.text.trim();
            let (story, phrase) = match t.strip_prefix('+') {
                Some(rest) => (true, rest),
                None => (false, t),
            };
            let words: Vec<String> = phrase.split_whitespace().map(str::to_uppercase).collect();
            if words.is_empty() {
                report.error(line.number, "empty discard phrase")?;
                continue;
            }
            list.entries.push(DiscardEntry { phrase: words.join(" "), story, line: line.number });
        }
        Ok((list, report.warnings))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentence_and_story_discards() {
        let text = "# Story-level discards are indicated with a '+'.\nMONTHS LATER\n+World Golf Championships   # pas\nBASEBALL   \n1914\n+\n";
        let e = DiscardList::read(text, "d", ReadOptions::default()).unwrap_err();
        assert_eq!(e.to_string(), "d:6: empty discard phrase");
        let (l, _) = DiscardList::read(&text[..text.len() - 2], "d", ReadOptions::default()).unwrap();
        let got: Vec<_> = l.entries.iter().map(|e| (e.phrase.as_str(), e.story)).collect();
        assert_eq!(got, [("MONTHS LATER", false), ("WORLD GOLF CHAMPIONSHIPS", true), ("BASEBALL", false), ("1914", false)]);
    }
}
