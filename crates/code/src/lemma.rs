//! A small rule lemmatizer for words of supplied parses (our own parser
//! brings its own lemmas). Irregular forms come from
//! `data/irregular-forms.tsv`; regular inflection is undone by suffix rules.
//! The coder asks the verb dictionary first, so a verb the dictionary lists
//! gets the dictionary's base form whatever these rules would say.

use std::sync::OnceLock;

use demarche_lexicon::compiled::FxHashMap;

use crate::deps::Tag;

const IRREGULAR: &str = include_str!("../data/irregular-forms.tsv");

struct Tables {
    verbs: FxHashMap<&'static str, &'static str>,
    nouns: FxHashMap<&'static str, &'static str>,
}

fn tables() -> &'static Tables {
    static TABLES: OnceLock<Tables> = OnceLock::new();
    TABLES.get_or_init(|| {
        let mut t = Tables { verbs: FxHashMap::default(), nouns: FxHashMap::default() };
        for line in IRREGULAR.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
            let mut cols = line.split('\t');
            let (Some(form), Some(lemma), Some(class)) = (cols.next(), cols.next(), cols.next()) else { continue };
            match class.trim() {
                "V" => t.verbs.insert(form, lemma),
                _ => t.nouns.insert(form, lemma),
            };
        }
        t
    })
}

/// The base form of an irregular past form ("shot" → "shoot"), from
/// `data/irregular-forms.tsv`; `form` lower case.
pub fn irregular_verb(form: &str) -> Option<&'static str> {
    tables().verbs.get(form).copied()
}

/// Writes the lower-case lemma of `form` (tagged `tag`) into `out`.
pub fn lemmatize(form: &str, tag: Tag, out: &mut String) {
    out.clear();
    if form.is_ascii() {
        out.push_str(form);
        out.make_ascii_lowercase();
    } else {
        out.extend(form.chars().flat_map(char::to_lowercase));
    }
    let t = tables();
    if tag.is_verb() || matches!(tag, Tag::MD | Tag::RB) {
        if let Some(l) = t.verbs.get(out.as_str()) {
            out.clear();
            out.push_str(l);
            return;
        }
        if tag.is_verb() {
            verb_rules(out, tag);
        }
    } else if matches!(tag, Tag::NNS | Tag::NNPS) {
        if let Some(l) = t.nouns.get(out.as_str()) {
            out.clear();
            out.push_str(l);
            return;
        }
        noun_rules(out);
    }
}

fn is_vowel(c: u8) -> bool {
    matches!(c, b'a' | b'e' | b'i' | b'o' | b'u')
}

fn noun_rules(w: &mut String) {
    let n = w.len();
    if n > 4 && w.ends_with("ies") {
        w.truncate(n - 3);
        w.push('y');
    } else if n > 4 && (w.ends_with("sses") || w.ends_with("shes") || w.ends_with("ches") || w.ends_with("xes") || w.ends_with("zzes")) {
        w.truncate(n - 2);
    } else if n > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is") {
        w.truncate(n - 1);
    }
}

fn verb_rules(w: &mut String, tag: Tag) {
    let n = w.len();
    match tag {
        Tag::VBZ => {
            if n > 4 && w.ends_with("ies") {
                w.truncate(n - 3);
                w.push('y');
            } else if n > 4 && (w.ends_with("sses") || w.ends_with("shes") || w.ends_with("ches") || w.ends_with("xes") || w.ends_with("zes") || w.ends_with("oes")) {
                w.truncate(n - 2);
            } else if n > 2 && w.ends_with('s') && !w.ends_with("ss") {
                w.truncate(n - 1);
            }
        }
        Tag::VBD | Tag::VBN if n > 4 && w.ends_with("ied") => {
            w.truncate(n - 3);
            w.push('y');
        }
        Tag::VBD | Tag::VBN if n > 3 && w.ends_with("eed") => w.truncate(n - 1),
        Tag::VBD | Tag::VBN if n > 3 && w.ends_with("ed") => {
            w.truncate(n - 2);
            restore_stem(w);
        }
        Tag::VBG if n > 5 && w.ends_with("ing") => {
            w.truncate(n - 3);
            restore_stem(w);
        }
        _ => {}
    }
}

/// After removing -ed/-ing: undouble a final consonant (stopped → stop) or
/// restore a silent e (deplored → deplore) where English spelling calls
/// for it.
fn restore_stem(w: &mut String) {
    let b = w.as_bytes();
    let n = b.len();
    if n >= 3 && b[n - 1] == b[n - 2] && !is_vowel(b[n - 1]) && !matches!(b[n - 1], b'l' | b's' | b'f' | b'z') {
        w.truncate(n - 1);
        return;
    }
    if n < 2 {
        return;
    }
    let (p, l) = (b[n - 2], b[n - 1]);
    let needs_e = match l {
        b'v' | b'c' | b'z' => true,
        b'g' => matches!(p, b'r' | b'n' | b'd'),
        b'l' => matches!(p, b'b' | b'c' | b'd' | b'f' | b'g' | b'k' | b'p' | b't' | b'z') && !is_vowel(p),
        b't' => p == b'a' && n > 4 && !is_vowel(b[n - 3]),
        b's' => is_vowel(p) && !(p == b'u' && n > 4 && b[n - 3] == b'o') && p != b'i' || p == b'p' || p == b'l',
        b'r' => matches!(p, b'u' | b'i' | b'o' | b'a') && n > 3 && !is_vowel(b[n - 3]),
        b'd' => matches!(p, b'i' | b'o' | b'u') && n > 3 && !is_vowel(b[n - 3]),
        b'k' => p == b'a' && n <= 4,
        b'n' => p == b'o' && n > 3 && !is_vowel(b[n - 3]) && b[n - 3] != b'w',
        b'm' => matches!(p, b'u' | b'a' | b'o') && n > 3 && !is_vowel(b[n - 3]) && b[n - 3] != b'l',
        _ => false,
    };
    if needs_e {
        w.push('e');
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lemma(form: &str, tag: Tag) -> String {
        let mut s = String::new();
        lemmatize(form, tag, &mut s);
        s
    }

    #[test]
    fn verbs() {
        for (form, tag, want) in [
            ("departed", Tag::VBD, "depart"),
            ("departs", Tag::VBZ, "depart"),
            ("departes", Tag::VBZ, "departe"),
            ("deplored", Tag::VBD, "deplore"),
            ("stopped", Tag::VBD, "stop"),
            ("called", Tag::VBN, "call"),
            ("agreed", Tag::VBD, "agree"),
            ("hurried", Tag::VBD, "hurry"),
            ("broken", Tag::VBN, "break"),
            ("acting", Tag::VBG, "act"),
            ("renewing", Tag::VBG, "renew"),
            ("urged", Tag::VBD, "urge"),
            ("arrived", Tag::VBD, "arrive"),
            ("announced", Tag::VBD, "announce"),
            ("criticized", Tag::VBN, "criticize"),
            ("visited", Tag::VBD, "visit"),
            ("welcomed", Tag::VBD, "welcome"),
            ("restored", Tag::VBD, "restore"),
            ("was", Tag::VBD, "be"),
            ("n't", Tag::RB, "not"),
            ("Has", Tag::VBZ, "have"),
        ] {
            assert_eq!(lemma(form, tag), want, "{form}");
        }
    }

    #[test]
    fn nouns_and_others() {
        assert_eq!(lemma("resolutions", Tag::NNS), "resolution");
        assert_eq!(lemma("authorities", Tag::NNS), "authority");
        assert_eq!(lemma("churches", Tag::NNS), "church");
        assert_eq!(lemma("geese", Tag::NNS), "goose");
        assert_eq!(lemma("crisis", Tag::NN), "crisis");
        assert_eq!(lemma("Gondor", Tag::NNP), "gondor");
        assert_eq!(lemma("news", Tag::NNS), "news");
    }
}
