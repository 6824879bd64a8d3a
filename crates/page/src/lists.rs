//! Sectioned word lists read from the crate's `data/` files.
//!
//! Format: `[section]` headers, one entry per line, `#` starts a comment.
//! An entry ending in `*` matches any word it begins (`share*` matches
//! `share`, `shares`, `sharebar`); other entries match whole words or
//! phrases exactly.

use std::collections::HashMap;

pub use demarche_doc::fast_hash::{FastMap, FastSet};

/// Lower-case text cut into tokens: runs of letters and digits, and every
/// other non-space character on its own ("have a tip?" → have, a, tip, ?).
pub fn tokens(lower: &str) -> Vec<&str> {
    // About one token per five bytes of prose: one allocation, no regrowth.
    let mut out = Vec::with_capacity(lower.len() / 4 + 4);
    let mut start = None;
    for (i, c) in lower.char_indices() {
        if c.is_alphanumeric() {
            start.get_or_insert(i);
            continue;
        }
        if let Some(s) = start.take() {
            out.push(&lower[s..i]);
        }
        if !c.is_whitespace() {
            out.push(&lower[i..i + c.len_utf8()]);
        }
    }
    if let Some(s) = start {
        out.push(&lower[s..]);
    }
    out
}

/// A listed phrase as tokens; with `prefix`, its last token only has to
/// begin the text's token.
#[derive(Clone, Debug)]
struct Phrase {
    tokens: Vec<String>,
    prefix: bool,
}

impl Phrase {
    fn matches_at(&self, toks: &[&str], at: usize) -> bool {
        let n = self.tokens.len();
        if at + n > toks.len() {
            return false;
        }
        self.tokens.iter().enumerate().all(|(j, t)| {
            if j + 1 == n && self.prefix { toks[at + j].starts_with(t.as_str()) } else { toks[at + j] == t }
        })
    }
}

/// One section of a word list: exact entries and prefixes.
#[derive(Clone, Debug, Default)]
pub struct WordList {
    exact: FastSet<String>,
    /// Prefix entries bucketed by first byte.
    prefixes: Vec<Vec<String>>,
    /// Multi-token phrases by first token, and phrases whose first token is
    /// itself a prefix.
    by_first: FastMap<String, Vec<Phrase>>,
    prefix_first: Vec<Phrase>,
    /// Entries in file order.
    pub entries: Vec<String>,
}

impl WordList {
    fn add(&mut self, entry: String) {
        let (body, prefix) = match entry.strip_suffix('*') {
            Some(p) => (p.to_string(), true),
            None => (entry.clone(), false),
        };
        if prefix {
            if self.prefixes.is_empty() {
                self.prefixes = vec![Vec::new(); 256];
            }
            let first = body.as_bytes().first().copied().unwrap_or(0) as usize;
            self.prefixes[first].push(body.clone());
        } else {
            self.exact.insert(body.clone());
        }
        let phrase = Phrase { tokens: tokens(&body).into_iter().map(str::to_string).collect(), prefix };
        if phrase.tokens.len() == 1 && prefix {
            self.prefix_first.push(phrase);
        } else if let Some(first) = phrase.tokens.first().cloned() {
            self.by_first.entry(first).or_default().push(phrase);
        }
        self.entries.push(entry);
    }

    /// Whether `word` (already lower case) is listed.
    pub fn matches(&self, word: &str) -> bool {
        if self.exact.contains(word) {
            return true;
        }
        let Some(&first) = word.as_bytes().first() else { return false };
        self.prefixes.get(first as usize).is_some_and(|bucket| bucket.iter().any(|p| word.starts_with(p.as_str())))
    }

    fn matches_at<'a>(&'a self, toks: &'a [&'a str], at: usize) -> impl Iterator<Item = &'a Phrase> + 'a {
        let indexed = self.by_first.get(toks[at]).map(|v| v.as_slice()).unwrap_or(&[]);
        indexed.iter().chain(&self.prefix_first).filter(move |p| p.matches_at(toks, at))
    }

    /// Whether any listed phrase occurs in the tokens (see [`tokens`]).
    pub fn occurs_in_tokens(&self, toks: &[&str]) -> bool {
        (0..toks.len()).any(|at| self.matches_at(toks, at).next().is_some())
    }

    /// How many different listed phrases occur in the tokens.
    pub fn count_in_tokens(&self, toks: &[&str]) -> usize {
        let mut seen: Vec<*const Phrase> = Vec::new();
        for at in 0..toks.len() {
            for p in self.matches_at(toks, at) {
                if !seen.contains(&(p as *const Phrase)) {
                    seen.push(p);
                }
            }
        }
        seen.len()
    }

    /// Whether the tokens begin with a listed phrase.
    pub fn starts_tokens(&self, toks: &[&str]) -> bool {
        !toks.is_empty() && self.matches_at(toks, 0).next().is_some()
    }

    /// Whether any listed phrase occurs in `text` (lower case) at word
    /// boundaries.
    pub fn occurs_in(&self, text: &str) -> bool {
        self.occurs_in_tokens(&tokens(text))
    }
}

/// Whether `phrase` occurs in `text` starting at a word boundary and (unless
/// `prefix`) ending at one.
pub fn contains_phrase(text: &str, phrase: &str, prefix: bool) -> bool {
    if phrase.is_empty() {
        return false;
    }
    let mut from = 0;
    while let Some(off) = text[from..].find(phrase) {
        let start = from + off;
        let end = start + phrase.len();
        // Boundaries matter only where the phrase itself starts or ends with a word character.
        let before_ok = !phrase.starts_with(char::is_alphanumeric)
            || text[..start].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
        let after_ok = prefix
            || !phrase.ends_with(char::is_alphanumeric)
            || text[end..].chars().next().is_none_or(|c| !c.is_alphanumeric());
        if before_ok && after_ok {
            return true;
        }
        from = start + text[start..].chars().next().map_or(1, char::len_utf8);
    }
    false
}

/// Parses a sectioned list file.
pub fn parse_sections(text: &str) -> HashMap<String, WordList> {
    let mut sections: HashMap<String, WordList> = HashMap::new();
    let mut current = String::new();
    for line in text.lines() {
        let line = line.split('#').next().unwrap_or("").trim();
        if line.is_empty() {
            continue;
        }
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            current = name.trim().to_string();
            continue;
        }
        sections.entry(current.clone()).or_default().add(line.to_lowercase());
    }
    sections
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sections_exact_and_prefix_entries() {
        let s = parse_sections("# c\n[a]\nshare*\nnav # why\n[b]\nread more\n");
        assert!(s["a"].matches("sharebar"));
        assert!(s["a"].matches("nav"));
        assert!(!s["a"].matches("navy"));
        assert!(s["b"].occurs_in("click to read more."));
        assert!(!s["b"].occurs_in("we read moreover"));
        assert_eq!(tokens("have a tip? (nasa/ap) x"), ["have", "a", "tip", "?", "(", "nasa", "/", "ap", ")", "x"]);
        let t = parse_sections("[c]\nhave a tip?\n/ap\nsubscri*\nfree trial*\n");
        assert!(t["c"].occurs_in("got news? have a tip? write"));
        assert!(t["c"].occurs_in("a photo (nasa/ap)"));
        assert!(t["c"].occurs_in("our subscribers"));
        assert!(t["c"].occurs_in("start free trials now"));
        assert!(!t["c"].occurs_in("have a tipple"));
        assert_eq!(t["c"].count_in_tokens(&tokens("subscribe to a free trial, subscribe")), 2);
    }
}
