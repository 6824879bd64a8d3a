//! Sectioned word lists read from the crate's `data/` files.
//!
//! Format: `[section]` headers, one entry per line, `#` starts a comment.
//! An entry ending in `*` matches any word it begins (`share*` matches
//! `share`, `shares`, `sharebar`); other entries match whole words or
//! phrases exactly.

use std::collections::HashMap;

/// One section of a word list: exact entries and prefixes.
#[derive(Clone, Debug, Default)]
pub struct WordList {
    exact: std::collections::HashSet<String>,
    prefixes: Vec<String>,
    /// Entries in file order (for phrase scanning).
    pub entries: Vec<String>,
}

impl WordList {
    /// Whether `word` (already lower case) is listed.
    pub fn matches(&self, word: &str) -> bool {
        self.exact.contains(word) || self.prefixes.iter().any(|p| word.starts_with(p.as_str()))
    }

    /// Whether any listed phrase occurs in `text` (lower case) at word
    /// boundaries.
    pub fn occurs_in(&self, text: &str) -> bool {
        self.entries.iter().any(|e| contains_phrase(text, e.trim_end_matches('*'), e.ends_with('*')))
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
        let entry = line.to_lowercase();
        let list = sections.entry(current.clone()).or_default();
        match entry.strip_suffix('*') {
            Some(p) => list.prefixes.push(p.to_string()),
            None => {
                list.exact.insert(entry.clone());
            }
        }
        list.entries.push(entry);
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
    }
}
