//! Name keys: how a phrase in a data file and a phrase in a text are made
//! comparable. Case and Latin diacritics are folded, apostrophes and periods
//! dropped (`U.S.` = `US`, `Shi'ite` = `Shiite`), hyphens, dashes, slashes and
//! other punctuation become spaces (`al-Qaeda` = `al Qaeda`), and each word
//! is replaced by its canonical spelling from the `spelling` lines
//! (`Mohammed` = `Muhammad`).

use demarche_lexicon::compiled::FxHashMap as HashMap;

/// Appends the lower-case, accent-free form of `c` to `out`.
fn fold_into(c: char, out: &mut String) {
    for lc in c.to_lowercase() {
        let folded: &str = match lc {
            'à'..='å' | 'ā' | 'ă' | 'ą' | 'ǎ' | 'ȁ' | 'ȃ' => "a",
            'æ' => "ae",
            'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => "c",
            'ð' | 'ď' | 'đ' => "d",
            'è'..='ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' | 'ȅ' | 'ȇ' | 'ə' => "e",
            'ĝ' | 'ğ' | 'ġ' | 'ģ' => "g",
            'ĥ' | 'ħ' | 'ḥ' => "h",
            'ì'..='ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' | 'ǐ' => "i",
            'ĳ' => "ij",
            'ĵ' => "j",
            'ķ' | 'ĸ' => "k",
            'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => "l",
            'ñ' | 'ń' | 'ņ' | 'ň' | 'ŉ' | 'ŋ' => "n",
            'ò'..='ö' | 'ø' | 'ō' | 'ŏ' | 'ő' | 'ơ' | 'ǒ' => "o",
            'œ' => "oe",
            'ŕ' | 'ŗ' | 'ř' => "r",
            'ś' | 'ŝ' | 'ş' | 'š' | 'ș' | 'ṣ' | 'ſ' => "s",
            'ß' => "ss",
            'ţ' | 'ť' | 'ŧ' | 'ț' | 'ṭ' => "t",
            'þ' => "th",
            'ù'..='ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' | 'ư' | 'ǔ' => "u",
            'ŵ' => "w",
            'ý' | 'ÿ' | 'ŷ' => "y",
            'ź' | 'ż' | 'ž' | 'ẓ' => "z",
            // Vietnamese letters with stacked marks (U+1EA0..U+1EF9).
            '\u{1ea0}'..='\u{1eb7}' => "a",
            '\u{1eb8}'..='\u{1ec7}' => "e",
            '\u{1ec8}'..='\u{1ecb}' => "i",
            '\u{1ecc}'..='\u{1ee3}' => "o",
            '\u{1ee4}'..='\u{1ef1}' => "u",
            '\u{1ef2}'..='\u{1ef9}' => "y",
            // Combining marks (left over from decomposed input or from
            // lower-casing `İ`), apostrophes and the transliteration marks for
            // ayn and hamza vanish; so do periods of abbreviations.
            '\u{300}'..='\u{36f}' | '\'' | '’' | '‘' | '`' | '´' | 'ʼ' | 'ʻ' | 'ʿ' | 'ʾ' | '.' => "",
            c if c.is_alphanumeric() => {
                out.push(c);
                continue;
            }
            _ => " ",
        };
        out.push_str(folded);
    }
}

/// Folds case, diacritics and punctuation and collapses spaces, without the
/// spelling table.
pub fn fold(phrase: &str) -> String {
    let mut folded = String::with_capacity(phrase.len());
    for c in phrase.chars() {
        if c.is_ascii_alphanumeric() {
            folded.push(c.to_ascii_lowercase());
        } else if c == ' ' {
            folded.push(' ');
        } else {
            fold_into(c, &mut folded);
        }
    }
    if !folded.contains("  ") && !folded.starts_with(' ') && !folded.ends_with(' ') {
        return folded;
    }
    folded.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Word-level spelling variants: every variant maps to its canonical word.
#[derive(Clone, Debug, Default)]
pub struct Spellings {
    canonical: HashMap<String, String>,
}

impl Spellings {
    /// Records that `variant` is spelled `canonical` in keys. Both are folded
    /// words. Returns the canonical word already recorded for `variant` if
    /// it differs.
    pub(crate) fn add(&mut self, canonical: &str, variant: &str) -> Result<(), String> {
        match self.canonical.get(variant) {
            Some(existing) if existing != canonical => Err(existing.clone()),
            _ => {
                self.canonical.insert(variant.to_string(), canonical.to_string());
                Ok(())
            }
        }
    }

    pub(crate) fn is_variant(&self, word: &str) -> bool {
        self.canonical.contains_key(word)
    }

    /// The key of a phrase: folded, with every word in its canonical spelling.
    pub fn key(&self, phrase: &str) -> String {
        let folded = fold(phrase);
        if self.canonical.is_empty() || !folded.split(' ').any(|w| self.canonical.contains_key(w)) {
            return folded;
        }
        let mut key = String::with_capacity(folded.len() + 8);
        for (i, word) in folded.split(' ').enumerate() {
            if i > 0 {
                key.push(' ');
            }
            key.push_str(self.canonical.get(word).map_or(word, String::as_str));
        }
        key
    }
}

/// Whether a phrase is written in capitals (at least two letters, none lower
/// case): such names are acronyms (`US`, `WHO`, `IS`) and match only text
/// written in capitals, so that `us`, `who` and `is` stay ordinary words.
pub fn is_capitals(phrase: &str) -> bool {
    let mut letters = 0;
    for c in phrase.chars().filter(|c| c.is_alphabetic()) {
        if c.is_lowercase() {
            return false;
        }
        letters += 1;
    }
    letters >= 2
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_accents_and_punctuation() {
        assert_eq!(fold("António Guterres"), "antonio guterres");
        assert_eq!(fold("Côte d’Ivoire"), "cote divoire");
        assert_eq!(fold("al-Qaeda"), "al qaeda");
        assert_eq!(fold("U.S."), "us");
        assert_eq!(fold("Kim Jong-un"), "kim jong un");
        assert_eq!(fold("Türkiye"), "turkiye");
        assert_eq!(fold("İstanbul"), "istanbul");
        assert_eq!(fold("Nguyễn Phú Trọng"), "nguyen phu trong");
        assert_eq!(fold("Łukaszenka  (Belarus)"), "lukaszenka belarus");
        assert_eq!(fold("Shi‘ite"), "shiite");
        assert_eq!(fold("Ša'ban — Øresund"), "saban oresund");
    }

    #[test]
    fn spellings_apply_per_word() {
        let mut s = Spellings::default();
        s.add("muhammad", "mohammed").unwrap();
        s.add("muhammad", "mohamed").unwrap();
        assert_eq!(s.key("Mohammed bin Salman"), s.key("Muhammad bin Salman"));
        assert_eq!(s.key("Mohamed"), "muhammad");
        assert!(s.add("mahmoud", "mohamed").is_err());
    }

    #[test]
    fn capitals() {
        assert!(is_capitals("US"));
        assert!(is_capitals("U.S."));
        assert!(is_capitals("WHO"));
        assert!(!is_capitals("Nato"));
        assert!(!is_capitals("A"));
        assert!(!is_capitals("DR Congo"));
    }
}
