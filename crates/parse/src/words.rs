//! Word-level preprocessing shared by the tagger, lemmatizer and parser:
//! typographic normalization and the per-token hashes features are built from.

use crate::hash::{combine, hash_str};

/// Maps typographic variants to the ASCII forms the treebank mostly uses
/// (curly quotes, dashes, ellipsis), so news text looks like training text.
pub fn normalize(form: &str) -> std::borrow::Cow<'_, str> {
    if form.is_ascii() {
        return form.into();
    }
    let mut out = String::with_capacity(form.len());
    for c in form.chars() {
        match c {
            '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '`' => out.push('\''),
            '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' | '\u{00AB}' | '\u{00BB}' => out.push('"'),
            '\u{2013}' | '\u{2010}' | '\u{2011}' | '\u{2212}' => out.push('-'),
            '\u{2014}' | '\u{2015}' => out.push_str("--"),
            '\u{2026}' => out.push_str("..."),
            '\u{00A0}' => out.push(' '),
            c => out.push(c),
        }
    }
    out.into()
}

/// Word shape: `X` upper, `x` lower, `d` digit, other characters kept;
/// runs longer than two are cut to two, and the shape to eight characters.
pub fn shape(form: &str) -> String {
    shape_chars(form).collect()
}

fn shape_chars(form: &str) -> impl Iterator<Item = char> + '_ {
    let mut last = '\0';
    let mut run = 0;
    let mut len = 0;
    form.chars()
        .map(|c| {
            if c.is_uppercase() {
                'X'
            } else if c.is_lowercase() {
                'x'
            } else if c.is_ascii_digit() {
                'd'
            } else if c.is_alphabetic() {
                'a'
            } else {
                c
            }
        })
        .filter(move |&s| {
            if s == last {
                run += 1;
            } else {
                run = 1;
                last = s;
            }
            run <= 2
        })
        .take_while(move |s| {
            len += s.len_utf8();
            len <= 8
        })
}

/// The hash of [`shape`] (as [`hash_str`] of it), without building the string.
fn shape_hash(form: &str) -> u64 {
    let mut buf = [0u8; 4];
    let mut h: u64 = crate::hash::FNV_OFFSET;
    for c in shape_chars(form) {
        for &b in c.encode_utf8(&mut buf).as_bytes() {
            h = crate::hash::fnv_step(h, b);
        }
    }
    crate::hash::finish(h)
}

/// The hashes of one token that features are built from.
#[derive(Clone, Copy, Debug, Default)]
pub struct WordHashes {
    /// Normalized form, case kept.
    pub form: u64,
    /// Normalized form, lowercased.
    pub lower: u64,
    /// Lowercase suffixes of 1–4 characters and prefixes of 1–3.
    pub suffix: [u64; 4],
    pub prefix: [u64; 3],
    pub shape: u64,
    /// Capitalization, digits, hyphen (a small bit set).
    pub flags: u64,
}

pub const FLAG_UPPER_INITIAL: u64 = 1;
pub const FLAG_ALL_UPPER: u64 = 2;
pub const FLAG_DIGIT: u64 = 4;
pub const FLAG_HYPHEN: u64 = 8;

/// Words [`WordHashes::cached`] remembers per thread at most (about 2 MB).
const CACHED_WORDS: usize = 1 << 14;

/// Recently hashed words: hash of the form → (form, hashes, lowercase form).
#[derive(Default)]
struct WordCache {
    index: crate::hash::KeyMap<u32>,
    words: Vec<(Box<str>, WordHashes, Box<str>)>,
}

thread_local! {
    static WORD_CACHE: std::cell::RefCell<WordCache> = std::cell::RefCell::new(WordCache::default());
}

impl WordHashes {
    /// [`WordHashes::new`], remembered per thread: running text repeats
    /// its words, and hashing a word's affixes and shape costs far more
    /// than finding it again.
    pub fn cached(form: &str) -> (WordHashes, String) {
        let key = hash_str(form);
        WORD_CACHE.with_borrow_mut(|cache| {
            if let Some(&i) = cache.index.get(&key) {
                let (f, h, lower) = &cache.words[i as usize];
                if **f == *form {
                    return (*h, lower.to_string());
                }
            }
            let (h, lower) = WordHashes::new(form);
            if cache.words.len() >= CACHED_WORDS {
                cache.index.clear();
                cache.words.clear();
            }
            cache.index.insert(key, cache.words.len() as u32);
            cache.words.push((form.into(), h, lower.as_str().into()));
            (h, lower)
        })
    }

    pub fn new(form: &str) -> (WordHashes, String) {
        let norm = normalize(form);
        let lower = norm.to_lowercase();
        // Byte offsets where the last one to four characters start.
        let mut ends = [0usize; 4];
        let mut filled = 0;
        for (k, (i, _)) in lower.char_indices().rev().take(4).enumerate() {
            ends[k] = i;
            filled = k + 1;
        }
        let mut suffix = [0u64; 4];
        for (k, s) in suffix.iter_mut().enumerate() {
            // Words shorter than the suffix give the whole word.
            let start = if k < filled { ends[k] } else { 0 };
            *s = combine(hash_str(&lower[start..]), 0x5u64 + k as u64);
        }
        let mut starts = lower.char_indices().map(|(i, _)| i).skip(1);
        let mut prefix = [0u64; 3];
        for (k, p) in prefix.iter_mut().enumerate() {
            let end = starts.next().unwrap_or(lower.len());
            *p = combine(hash_str(&lower[..end]), 0x50u64 + k as u64);
        }
        let mut flags = 0;
        let mut letters = norm.chars().filter(|c| c.is_alphabetic()).peekable();
        if norm.chars().next().is_some_and(char::is_uppercase) {
            flags |= FLAG_UPPER_INITIAL;
        }
        if letters.peek().is_some() && letters.all(char::is_uppercase) {
            flags |= FLAG_ALL_UPPER;
        }
        if norm.chars().any(|c| c.is_ascii_digit()) {
            flags |= FLAG_DIGIT;
        }
        if norm.contains('-') {
            flags |= FLAG_HYPHEN;
        }
        let h = WordHashes {
            form: hash_str(&norm),
            lower: hash_str(&lower),
            suffix,
            prefix,
            shape: shape_hash(&norm),
            flags,
        };
        (h, lower)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalizes_typography() {
        assert_eq!(normalize("don\u{2019}t"), "don't");
        assert_eq!(normalize("\u{201C}Hi\u{201D}"), "\"Hi\"");
        assert_eq!(normalize("plain"), "plain");
    }

    #[test]
    fn affixes_of_short_and_long_words() {
        let (a, _) = WordHashes::new("Cat");
        let (b, _) = WordHashes::new("cat");
        assert_eq!(a.suffix, b.suffix);
        let (c, _) = WordHashes::new("bobcat");
        assert_eq!(c.suffix[2], b.suffix[2]);
        assert_ne!(c.suffix[3], b.suffix[3]);
        let (d, _) = WordHashes::new("caterpillar");
        assert_eq!(d.prefix, b.prefix);
    }

    #[test]
    fn cached_hashes_equal_fresh_ones() {
        for w in ["Cat", "cat", "Cat", "\u{201C}", "", "cat"] {
            let (a, la) = WordHashes::new(w);
            let (b, lb) = WordHashes::cached(w);
            assert_eq!((a.form, a.lower, a.suffix, a.prefix, a.shape, a.flags, la), (b.form, b.lower, b.suffix, b.prefix, b.shape, b.flags, lb));
        }
    }

    #[test]
    fn shapes() {
        for w in ["McDonald", "1990s", "U.S.", "aaaaaaaaaaaa", "Ünïcödé-Wörd", "x"] {
            assert_eq!(shape_hash(w), hash_str(&shape(w)), "{w}");
        }
        assert_eq!(shape("McDonald"), "XxXxx");
        assert_eq!(shape("1990s"), "ddx");
        assert_eq!(shape("U.S."), "X.X.");
    }
}
