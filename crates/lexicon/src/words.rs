//! English word forms the dictionary formats generate automatically:
//! noun plurals (synsets, agents) and regular verb forms (verb blocks).
//! Words are upper-case, as in the dictionaries.

/// The regular plural: consonant + Y → IES; S, X, Z, CH, SH → +ES; else +S.
pub fn plural(word: &str) -> String {
    let b = word.as_bytes();
    let n = b.len();
    if n >= 2 && b[n - 1] == b'Y' && !is_vowel(b[n - 2]) {
        return format!("{}IES", &word[..n - 1]);
    }
    if word.ends_with('S') || word.ends_with('X') || word.ends_with('Z') || word.ends_with("CH") || word.ends_with("SH") {
        return format!("{word}ES");
    }
    format!("{word}S")
}

/// The regular forms of a verb: third person singular, past, gerund
/// (the base form itself is not included).
pub fn regular_verb_forms(verb: &str) -> [String; 3] {
    let b = verb.as_bytes();
    let n = b.len();
    let third = plural(verb);
    let past = if verb.ends_with('E') {
        format!("{verb}D")
    } else if n >= 2 && b[n - 1] == b'Y' && !is_vowel(b[n - 2]) {
        format!("{}IED", &verb[..n - 1])
    } else {
        format!("{verb}ED")
    };
    let gerund = if verb.ends_with("IE") {
        format!("{}YING", &verb[..n - 2])
    } else if verb.ends_with('E') && !verb.ends_with("EE") && !verb.ends_with("YE") && !verb.ends_with("OE") && n > 2 {
        format!("{}ING", &verb[..n - 1])
    } else {
        format!("{verb}ING")
    };
    [third, past, gerund]
}

fn is_vowel(b: u8) -> bool {
    matches!(b, b'A' | b'E' | b'I' | b'O' | b'U')
}

/// The words of a normalized phrase with, for each, whether it is glued
/// to the previous word (`_`, consecutive) or open (space: TABARI lets other
/// words come between).
pub fn phrase_parts(phrase: &str) -> impl Iterator<Item = (&str, bool)> {
    let mut glued_next = false;
    let mut rest = phrase;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let end = rest.find(['_', ' ']).unwrap_or(rest.len());
        let word = &rest[..end];
        let glued = glued_next;
        glued_next = rest[end..].starts_with('_');
        rest = if end < rest.len() { &rest[end + 1..] } else { "" };
        Some((word, glued))
    })
}

/// Normalizes a dictionary phrase: upper-case words separated by `_`
/// (glued) or a single space (open); a trailing `_` (TABARI's "exact word"
/// mark) is dropped.
pub fn normalize_phrase(phrase: &str) -> String {
    let mut out = String::with_capacity(phrase.len());
    let trimmed = phrase.trim();
    if trimmed.is_ascii() {
        // The common case, byte by byte.
        let mut pending = 0u8;
        for &b in trimmed.as_bytes() {
            if b == b'_' || b.is_ascii_whitespace() {
                if !out.is_empty() {
                    pending = if b == b'_' || pending == b'_' { b'_' } else { b' ' };
                }
                continue;
            }
            if pending != 0 {
                out.push(pending as char);
                pending = 0;
            }
            out.push(b.to_ascii_uppercase() as char);
        }
        return out;
    }
    let mut pending: Option<char> = None;
    for c in trimmed.chars() {
        if c == '_' || c.is_whitespace() {
            if !out.is_empty() {
                // `_` wins over spaces around it.
                pending = Some(if c == '_' || pending == Some('_') { '_' } else { ' ' });
            }
            continue;
        }
        if let Some(sep) = pending.take() {
            out.push(sep);
        }
        out.extend(c.to_uppercase());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plurals() {
        assert_eq!(plural("CONGRESS"), "CONGRESSES");
        assert_eq!(plural("AUTHORITY"), "AUTHORITIES");
        assert_eq!(plural("ATTORNEY"), "ATTORNEYS");
        assert_eq!(plural("GROUP"), "GROUPS");
        assert_eq!(plural("CHURCH"), "CHURCHES");
    }

    #[test]
    fn verb_forms() {
        assert_eq!(regular_verb_forms("DEPART"), ["DEPARTS", "DEPARTED", "DEPARTING"]);
        assert_eq!(regular_verb_forms("DEPLORE"), ["DEPLORES", "DEPLORED", "DEPLORING"]);
        assert_eq!(regular_verb_forms("HURRY"), ["HURRIES", "HURRIED", "HURRYING"]);
        assert_eq!(regular_verb_forms("AGREE"), ["AGREES", "AGREED", "AGREEING"]);
        assert_eq!(regular_verb_forms("TIE"), ["TIES", "TIED", "TYING"]);
    }

    #[test]
    fn phrases() {
        assert_eq!(normalize_phrase("ARNOR_"), "ARNOR");
        assert_eq!(normalize_phrase("radagast the_brown"), "RADAGAST THE_BROWN");
        assert_eq!(normalize_phrase("  U.S.  "), "U.S.");
        assert_eq!(normalize_phrase("FOR_ YOUTH"), "FOR_YOUTH");
        let parts: Vec<_> = phrase_parts("ITHILEN GOVERNMENT_RADIO").collect();
        assert_eq!(parts, [("ITHILEN", false), ("GOVERNMENT", false), ("RADIO", true)]);
    }
}
