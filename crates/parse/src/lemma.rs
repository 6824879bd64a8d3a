//! Lemmatizer: a lexicon learned from the treebank ((form, tag) → lemma,
//! then form → lemma for forms that had one lemma whatever their tag, which
//! keeps lemmas right when the tag is wrong), a hand-written list of
//! irregular forms (`data/lemma-exceptions.tsv`), and suffix rules learned
//! from the treebank for words seen in neither, checked against a list of
//! known lemmas (the treebank's and WordNet's, `data/wordnet-lemmas.tsv`).

use std::collections::HashMap;

use demarche_doc::Token;

use crate::hash::{hash_str, key2, KeyMap};
use crate::io::{ByteReader, ByteWriter, DecodeResult};
use crate::tagger::{read_map, write_map};

const EXCEPTIONS: &str = include_str!("../data/lemma-exceptions.tsv");
const WORDNET: &str = include_str!("../data/wordnet-lemmas.tsv");
const MAX_SUFFIX: usize = 6;
/// Rules kept per suffix (most frequent first).
const RULES_PER_SUFFIX: usize = 3;

/// Word classes a known lemma belongs to (bits).
const VERB: u8 = 1;
const ADJ: u8 = 2;
const ADV: u8 = 4;
const NOUN: u8 = 8;

/// The class an XPOS's lemma must belong to for a rule's output to count as known.
fn lemma_class(xpos: &str) -> u8 {
    match xpos.get(..2) {
        Some("VB") => VERB,
        Some("JJ") => ADJ,
        Some("RB") => ADV,
        // Nouns are not checked: the treebank's noun lemmas are too few to
        // judge unseen nouns by, and the commonest rule is usually right.
        _ => 0,
    }
}

fn upos_class(upos: &str) -> u8 {
    match upos {
        "VERB" | "AUX" => VERB,
        "ADJ" => ADJ,
        "ADV" => ADV,
        "NOUN" => NOUN,
        _ => 0,
    }
}

/// How to turn a form into its lemma: drop `strip` characters, add `append`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
struct Rule {
    strip: u32,
    append: String,
}

pub struct Lemmatizer {
    /// key2(form hash, tag) → index into `strings`.
    lexicon: KeyMap<u32>,
    strings: Vec<String>,
    /// Form hash → lemma (index into `strings`) for forms seen with one lemma only.
    by_form: KeyMap<u32>,
    /// key2(lowercase suffix hash, tag) → up to [`RULES_PER_SUFFIX`] indexes
    /// into `rules`, 16 bits each (`0xffff` = none), most frequent first.
    suffix_rules: KeyMap<u64>,
    rules: Vec<Rule>,
    /// Lowercase lemma hash → word classes it is a lemma of.
    known: KeyMap<u8>,
    /// XPOS of each tag id (exceptions are keyed by XPOS).
    xpos: Vec<String>,
    /// Whether each tag id is a proper noun (as stored in the model).
    proper: Vec<bool>,
    /// Whether a word with each tag id keeps its case in its lemma: proper
    /// nouns, and every word with a proper-noun XPOS (EWT tags words of
    /// names "Advanced", "Associated" ADJ or VERB with XPOS NNP, and their
    /// lemmas keep the capital). Derived, not stored.
    keeps_case: Vec<bool>,
    /// key2(lowercase form hash, XPOS hash) → lemma.
    exceptions: KeyMap<String>,
}

fn exception_key(lower: &str, xpos: &str) -> u64 {
    key2(2, hash_str(lower), hash_str(xpos))
}

fn parse_exceptions() -> KeyMap<String> {
    let mut map = KeyMap::default();
    for line in EXCEPTIONS.lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if let [form, xpos, lemma] = cols[..] {
            map.insert(exception_key(form, xpos), lemma.to_string());
        }
    }
    map
}

fn rule_between(form: &str, lemma: &str) -> Rule {
    let f: Vec<char> = form.chars().collect();
    let l: Vec<char> = lemma.chars().collect();
    let common = f.iter().zip(&l).take_while(|(a, b)| a == b).count();
    Rule { strip: (f.len() - common) as u32, append: l[common..].iter().collect() }
}

fn apply_rule(form: &str, rule: &Rule) -> Option<String> {
    let n = form.chars().count();
    if rule.strip as usize >= n && !(rule.strip == 0 && n == 0) {
        return None;
    }
    let keep: String = form.chars().take(n - rule.strip as usize).collect();
    Some(keep + &rule.append)
}

fn suffix_keys(lower: &str, tag: u16) -> impl Iterator<Item = u64> + '_ {
    let chars: Vec<usize> = lower.char_indices().map(|(i, _)| i).collect();
    let n = chars.len();
    (0..=MAX_SUFFIX.min(n)).rev().map(move |k| {
        let start = if k == 0 { lower.len() } else { chars[n - k] };
        key2(0x6c656d, hash_str(&lower[start..]), tag as u64)
    })
}

impl Lemmatizer {
    /// Learns from `(form, tag id, lemma)` triples.
    pub fn learn<'a>(
        xpos: Vec<String>,
        proper: Vec<bool>,
        upos: &[String],
        data: impl Iterator<Item = (&'a str, u16, &'a str)>,
    ) -> Lemmatizer {
        let mut counts: HashMap<(String, u16), HashMap<String, u32>> = HashMap::new();
        let mut form_counts: HashMap<String, HashMap<String, u32>> = HashMap::new();
        let mut form_tags: HashMap<String, Vec<u16>> = HashMap::new();
        let mut known = parse_wordnet();
        for (form, tag, lemma) in data {
            *counts.entry((form.to_string(), tag)).or_default().entry(lemma.to_string()).or_default() += 1;
            *form_counts.entry(form.to_string()).or_default().entry(lemma.to_string()).or_default() += 1;
            let tags = form_tags.entry(form.to_string()).or_default();
            if !tags.contains(&tag) {
                tags.push(tag);
            }
            let class = upos.get(tag as usize).map_or(0, |u| upos_class(u));
            if class != 0 {
                *known.entry(hash_str(&lemma.to_lowercase())).or_default() |= class;
            }
        }
        let mut items: Vec<_> = counts.into_iter().collect();
        items.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        let mut lexicon = KeyMap::default();
        let mut strings: Vec<String> = Vec::new();
        let mut string_ids: HashMap<String, u32> = HashMap::new();
        // Suffix rules count word types, not tokens: they are for unseen words.
        let mut rule_counts: KeyMap<HashMap<Rule, u32>> = KeyMap::default();
        for ((form, tag), lemmas) in &items {
            let mut best: Vec<(&String, &u32)> = lemmas.iter().collect();
            best.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
            let lemma = best[0].0;
            let id = *string_ids.entry(lemma.clone()).or_insert_with(|| {
                strings.push(lemma.clone());
                strings.len() as u32 - 1
            });
            lexicon.insert(key2(1, hash_str(form), *tag as u64), id);
            let norm = crate::words::normalize(form);
            let lower = norm.to_lowercase();
            let rule = rule_between(&lower, &lemma.to_lowercase());
            for k in suffix_keys(&lower, *tag) {
                *rule_counts.entry(k).or_default().entry(rule.clone()).or_default() += 1;
            }
        }
        let mut rules: Vec<Rule> = Vec::new();
        let mut rule_ids: HashMap<Rule, u32> = HashMap::new();
        let mut suffix_rules = KeyMap::default();
        let mut keys: Vec<_> = rule_counts.into_iter().collect();
        keys.sort_unstable_by_key(|(k, _)| *k);
        for (k, counts) in keys {
            let mut best: Vec<(Rule, u32)> = counts.into_iter().collect();
            best.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
            let mut packed = u64::MAX;
            for (i, (rule, _)) in best.into_iter().take(RULES_PER_SUFFIX).enumerate() {
                let id = *rule_ids.entry(rule.clone()).or_insert_with(|| {
                    rules.push(rule);
                    rules.len() as u32 - 1
                });
                packed = packed & !(0xffff << (16 * i)) | (id as u64) << (16 * i);
            }
            suffix_rules.insert(k, packed);
        }
        // Forms seen with several tags but one lemma (a few stray
        // annotations aside): their lemma does not depend on the tagger.
        let mut forms: Vec<_> = form_counts.into_iter().collect();
        forms.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        let mut by_form = KeyMap::default();
        for (form, lemmas) in forms {
            let total: u32 = lemmas.values().sum();
            let mut best: Vec<(&String, &u32)> = lemmas.iter().collect();
            best.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
            if form_tags[&form].len() > 1 && *best[0].1 as f64 >= 0.95 * total as f64 {
                let lemma = best[0].0;
                let id = *string_ids.entry(lemma.clone()).or_insert_with(|| {
                    strings.push(lemma.clone());
                    strings.len() as u32 - 1
                });
                by_form.insert(hash_str(&form), id);
            }
        }
        let keeps_case = keeps_case(&proper, &xpos);
        Lemmatizer { lexicon, strings, by_form, suffix_rules, rules, known, xpos, proper, keeps_case, exceptions: parse_exceptions() }
    }

    /// Whether the treebank had `form` (exactly so spelled) with tag id `tag`.
    pub fn seen(&self, form: &str, tag: u16) -> bool {
        self.lexicon.contains_key(&key2(1, hash_str(form), tag as u64))
    }

    /// The lemma of a word with letters drawn out for emphasis ("soooo",
    /// "VERYYY") is that of the word the treebank knows once each run of
    /// three or more letters is cut to one or two ("so", "very"); `None`
    /// when there is no such run or no such word.
    fn without_drawn_out_letters(&self, form: &str, tag: u16, proper: bool) -> Option<String> {
        if !form.as_bytes().windows(3).any(|w| w[0] == w[1] && w[1] == w[2] && w[0].is_ascii_alphabetic()) {
            return None;
        }
        let chars: Vec<char> = form.chars().collect();
        let same = |a: char, b: char| a.to_lowercase().eq(b.to_lowercase());
        for keep in [1, 2] {
            let mut cut = String::with_capacity(form.len());
            let mut i = 0;
            while i < chars.len() {
                let run = chars[i..].iter().take_while(|&&d| same(d, chars[i])).count();
                let kept = if run >= 3 { keep } else { run };
                cut.extend(&chars[i..i + kept]);
                i += run;
            }
            let lower = cut.to_lowercase();
            for f in [cut.as_str(), lower.as_str()] {
                if let Some(&id) = self.lexicon.get(&key2(1, hash_str(f), tag as u64)) {
                    return Some(self.strings[id as usize].clone());
                }
                if !proper {
                    if let Some(&id) = self.by_form.get(&hash_str(f)) {
                        return Some(self.strings[id as usize].clone());
                    }
                }
            }
        }
        None
    }

    /// Whether `lower` is a word of the dictionary (a lemma of the treebank
    /// or WordNet, or an inflection of one: "imperil", "waked").
    pub fn is_word(&self, lower: &str) -> bool {
        self.known.contains_key(&hash_str(lower)) || inflection_candidates(lower).iter().any(|l| self.known.contains_key(&hash_str(l)))
    }

    /// Whether the irregular forms list (`data/lemma-exceptions.tsv`) has
    /// `lower` with Penn tag `xpos`.
    pub fn is_irregular_form(&self, lower: &str, xpos: &str) -> bool {
        self.exceptions.contains_key(&exception_key(lower, xpos))
    }

    /// Whether `lower` is a verb lemma of the dictionary (WordNet's).
    pub fn is_verb_lemma(&self, lower: &str) -> bool {
        self.is_known(lower, VERB)
    }

    fn is_known(&self, lemma: &str, class: u8) -> bool {
        self.known.get(&hash_str(lemma)).is_some_and(|&c| c & class != 0)
    }

    /// The lemma of `form` with tag id `tag`; `lower` is its normalized
    /// lowercase, `casing` the spelling most used for it in a large corpus.
    pub fn lemma(&self, form: &str, lower: &str, tag: u16, casing: Casing) -> String {
        let form_hash = hash_str(form);
        if let Some(&id) = self.lexicon.get(&key2(1, form_hash, tag as u64)) {
            return self.strings[id as usize].clone();
        }
        let proper = self.keeps_case.get(tag as usize).copied().unwrap_or(false);
        // Not for proper nouns: whether a name-like word keeps its case is
        // exactly the tagger's decision.
        if !proper {
            if let Some(&id) = self.by_form.get(&form_hash) {
                return self.strings[id as usize].clone();
            }
        }
        if let Some(l) = self.without_drawn_out_letters(form, tag, proper) {
            return l;
        }
        let xpos = self.xpos.get(tag as usize).map_or("", String::as_str);
        if let Some(l) = self.exceptions.get(&exception_key(lower, xpos)) {
            return l.clone();
        }
        // Adjectives that are mostly written Capitalized are names of
        // peoples and places ("Kurdish", "Iraqi"): their lemma keeps the
        // capital, as EWT writes it ("french" → "French").
        if xpos == "JJ" && casing == Casing::Title {
            return proper_base(&crate::words::normalize(form), lower, casing);
        }
        if !proper && lower != form {
            if let Some(&id) = self.lexicon.get(&key2(1, hash_str(lower), tag as u64)) {
                return self.strings[id as usize].clone();
            }
        }
        if xpos == "CD" {
            if let Some(n) = without_thousands_separators(form).or_else(|| with_decimal_point(form)) {
                return n;
            }
        }
        let base = if proper { proper_base(&crate::words::normalize(form), lower, casing) } else { lower.to_string() };
        // A plural name the treebank never saw: the suffix rules for names,
        // learned from a few hundred words, follow single words ("Falls"
        // keeps its "s", and so would "Hills"); EWT's lemma is the singular.
        if xpos == "NNPS" {
            return singular_name(&base);
        }
        // Singular nouns and plain adjectives are their own lemma: the
        // treebank's few rules that change them come from typos and
        // abbreviations, and give "knowledge" → "knowledgeable".
        if matches!(xpos, "NN" | "JJ") {
            return base;
        }
        let class = lemma_class(xpos);
        let mut first: Option<String> = None;
        for k in suffix_keys(lower, tag) {
            let Some(&packed) = self.suffix_rules.get(&k) else { continue };
            for i in 0..RULES_PER_SUFFIX {
                let r = (packed >> (16 * i)) as u16;
                if r == u16::MAX {
                    break;
                }
                let rule = &self.rules[r as usize];
                // Names only lose endings ("Airlines" → "Airline"): rules that
                // add letters come from abbreviations ("Nov" → "November").
                if proper && !rule.append.is_empty() {
                    continue;
                }
                if let Some(l) = apply_rule(&base, rule) {
                    if class == 0 || self.is_known(&l, class) {
                        return l;
                    }
                    first.get_or_insert(l);
                }
            }
        }
        if class != 0 {
            if let Some(l) = inflection_candidates(lower).into_iter().find(|l| self.is_known(l, class)) {
                return l;
            }
        }
        first.unwrap_or(base)
    }

    pub fn write(&self, w: &mut ByteWriter) {
        write_map(w, &self.lexicon, |v| v as u64);
        w.strs(&self.strings);
        write_map(w, &self.by_form, |v| v as u64);
        write_map(w, &self.suffix_rules, |v| v);
        write_map(w, &self.known, |v| v as u64);
        w.len(self.rules.len());
        for r in &self.rules {
            w.u32(r.strip);
            w.str(&r.append);
        }
        w.strs(&self.xpos);
        w.len(self.proper.len());
        for &p in &self.proper {
            w.u8(p as u8);
        }
    }

    pub fn read(r: &mut ByteReader) -> DecodeResult<Lemmatizer> {
        let lexicon = read_map(r, |v| u32::try_from(v).ok())?;
        let strings = r.strs()?;
        let by_form = read_map(r, |v| u32::try_from(v).ok())?;
        let suffix_rules = read_map(r, Some)?;
        let known = read_map(r, |v| u8::try_from(v).ok())?;
        let n = r.len(12)?;
        let rules = (0..n).map(|_| Ok(Rule { strip: r.u32()?, append: r.str()? })).collect::<DecodeResult<Vec<_>>>()?;
        let xpos = r.strs()?;
        let np = r.len(1)?;
        let proper = (0..np).map(|_| r.u8().map(|b| b != 0)).collect::<DecodeResult<Vec<_>>>()?;
        let rule_ok = |packed: u64| {
            (0..RULES_PER_SUFFIX).map(|i| (packed >> (16 * i)) as u16).all(|r| r == u16::MAX || (r as usize) < rules.len())
        };
        if lexicon.values().chain(by_form.values()).any(|&v| v as usize >= strings.len())
            || !suffix_rules.values().all(|&v| rule_ok(v))
        {
            return Err("lemmatizer index out of range".into());
        }
        let keeps_case = keeps_case(&proper, &xpos);
        Ok(Lemmatizer { lexicon, strings, by_form, suffix_rules, rules, known, xpos, proper, keeps_case, exceptions: parse_exceptions() })
    }
}

/// Lemmas that depend on the next words: "'s" before "been", "got",
/// "gotten" or "had" is "has" ("he 's been away", "she 's got a car"),
/// lemma "have" (as in EWT), not "be". Runs on tagged tokens.
pub fn in_context(tokens: &mut [Token]) {
    for i in 0..tokens.len() {
        let t = &tokens[i];
        if t.xpos != "VBZ" || t.lemma != "be" || !matches!(t.form.as_str(), "'s" | "’s" | "s" | "'S" | "’S") {
            continue;
        }
        let next = tokens[i + 1..].iter().find(|t| !matches!(t.xpos.as_str(), "RB" | "RBR" | "RBS"));
        if next.is_some_and(|n| n.xpos == "VBN" && matches!(n.form.to_lowercase().as_str(), "been" | "got" | "gotten" | "had")) {
            tokens[i].lemma = "have".to_string();
        }
    }
}

/// Which spelling of a word a large corpus uses most (see [`crate::tagger::WordStats`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Casing {
    Unknown,
    Lower,
    Title,
    Upper,
}

/// Letters from which a proper noun in capitals that is a common word is
/// taken for a word rather than an acronym.
const MIN_CAPITALS_WORD: usize = 5;

/// Per tag id: whether lemmas keep the form's case (see `Lemmatizer::keeps_case`).
fn keeps_case(proper: &[bool], xpos: &[String]) -> Vec<bool> {
    proper.iter().zip(xpos).map(|(&p, x)| p || x == "NNP" || x == "NNPS").collect()
}

/// The lemma of a proper noun: its form, except that names written all in
/// lowercase or all in capitals get the spelling the corpus uses most
/// ("india" → "India", "TEHRAN" → "Tehran"), as EWT does.
fn proper_base(form: &str, lower: &str, casing: Casing) -> String {
    let letters = || form.chars().filter(|c| c.is_alphabetic());
    let all_lower = letters().all(char::is_lowercase);
    let all_upper = letters().all(char::is_uppercase);
    if !(all_lower || all_upper) || letters().count() < 2 {
        return form.to_string();
    }
    let title = || {
        let mut c = lower.chars();
        c.next().map_or_else(String::new, |f| f.to_uppercase().chain(c).collect())
    };
    match casing {
        Casing::Title => title(),
        // An acronym written in lowercase stays so ("ga", "sf": 20 of 23
        // such names in EWT train).
        Casing::Upper => form.to_string(),
        // A name in capitals made of a common word ("BAY", "ALLOWANCE"):
        // EWT writes the lemma Capitalized, except for short words, which
        // are mostly acronyms ("IT", "AIM").
        Casing::Lower if all_upper && letters().count() >= MIN_CAPITALS_WORD => title(),
        Casing::Lower | Casing::Unknown => form.to_string(),
    }
}

/// Possible bases of an inflected verb or adjective, for when no learned
/// rule gives a known lemma ("hottest" → "hot", "smelled" → "smell").
fn inflection_candidates(lower: &str) -> Vec<String> {
    let mut out = Vec::new();
    for suffix in ["ing", "ed", "est", "er", "es", "s", "d"] {
        let Some(stem) = lower.strip_suffix(suffix) else { continue };
        if stem.chars().count() < 2 {
            continue;
        }
        out.push(stem.to_string());
        out.push(format!("{stem}e"));
        if let Some(y) = stem.strip_suffix('i') {
            out.push(format!("{y}y"));
        }
        let b = stem.as_bytes();
        if b.len() >= 3 && b[b.len() - 1] == b[b.len() - 2] {
            out.push(stem[..stem.len() - 1].to_string());
        }
        if let Some(k) = stem.strip_suffix('k') {
            out.push(k.to_string()); // "mimicking" → "mimic"
        }
    }
    out
}

/// "1,100" → "1100" (EWT lemmas of numbers drop thousands separators).
fn without_thousands_separators(form: &str) -> Option<String> {
    let (int, frac) = form.split_once('.').unwrap_or((form, ""));
    let groups: Vec<&str> = int.split(',').collect();
    let ok = groups.len() > 1
        && (1..=3).contains(&groups[0].len())
        && groups[1..].iter().all(|g| g.len() == 3)
        && groups.iter().all(|g| g.bytes().all(|b| b.is_ascii_digit()))
        && frac.bytes().all(|b| b.is_ascii_digit());
    ok.then(|| form.replace(',', ""))
}

/// The singular of a plural name ("Hills" → "Hill", "Diaries" → "Diary",
/// "Iraqis" → "Iraqi", "Churches" → "Church", "CD's" → "CD"); words in
/// "-ss" and "-us", and fields of study in "-ics" ("Semantics"), are kept.
fn singular_name(name: &str) -> String {
    if let Some(stem) = name.strip_suffix("'s").or_else(|| name.strip_suffix("’s")) {
        return stem.to_string();
    }
    let lower = name.to_lowercase();
    if lower.ends_with("ics") {
        return name.to_string();
    }
    let b = lower.as_bytes();
    let n = b.len();
    let strip = |k: usize| name[..name.len() - k].to_string();
    if n > 4 && lower.ends_with("ies") && !b"aeiou".contains(&b[n - 4]) {
        let y = if name.ends_with("IES") { "Y" } else { "y" };
        return strip(3) + y;
    }
    if ["ches", "shes", "xes", "sses", "zzes"].iter().any(|e| lower.ends_with(e)) {
        return strip(2);
    }
    if n > 2 && b[n - 1] == b's' && b[n - 2].is_ascii_alphabetic() && !lower.ends_with("ss") && !lower.ends_with("us") {
        return strip(1);
    }
    name.to_string()
}

/// "3,40" → "3.40": a comma before one or two final digits is a decimal
/// comma (thousands come in threes), and EWT writes the lemma with a point.
fn with_decimal_point(form: &str) -> Option<String> {
    let (int, frac) = form.split_once(',')?;
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    (digits(int) && digits(frac) && frac.len() <= 2).then(|| format!("{int}.{frac}"))
}

/// Lowercase lemma hash → word classes, from the WordNet list.
fn parse_wordnet() -> KeyMap<u8> {
    let mut map: KeyMap<u8> = KeyMap::default();
    for line in WORDNET.lines() {
        if line.starts_with('#') {
            continue;
        }
        if let Some((lemma, pos)) = line.split_once('\t') {
            let class = match pos {
                "verb" => VERB,
                "adj" => ADJ,
                "adv" => ADV,
                _ => 0,
            };
            *map.entry(hash_str(lemma)).or_default() |= class;
        }
    }
    map
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rules_generalize_to_unseen_words() {
        let data = [("walked", 0u16, "walk"), ("talked", 0, "talk"), ("cats", 1, "cat"), ("dogs", 1, "dog")];
        let upos = ["VERB".to_string(), "NOUN".to_string()];
        let l = Lemmatizer::learn(vec!["VBD".into(), "NNS".into()], vec![false, false], &upos, data.into_iter());
        let u = Casing::Unknown;
        assert_eq!(l.lemma("walked", "walked", 0, u), "walk");
        assert_eq!(l.lemma("jumped", "jumped", 0, u), "jump");
        assert_eq!(l.lemma("Birds", "birds", 1, u), "bird");
        // Irregular forms come from the exceptions file.
        assert_eq!(l.lemma("mice", "mice", 1, u), "mouse");
        assert_eq!(l.lemma("forbade", "forbade", 0, u), "forbid");
        // A seen form keeps its lemma under a tag it was not seen with.
        assert_eq!(l.lemma("cats", "cats", 0, u), "cat");
    }

    #[test]
    fn rule_outputs_are_checked_against_known_lemmas() {
        // "-ed" → "" is the commonest rule, but "smel" is no verb: the
        // next rule ("-ed" → "" after a doubled consonant, or "-d") wins.
        let data = [("walked", 0u16, "walk"), ("talked", 0, "talk"), ("jumped", 0, "jump"), ("fined", 0, "fine"), ("stopped", 0, "stop")];
        let upos = ["VERB".to_string()];
        let l = Lemmatizer::learn(vec!["VBD".into()], vec![false], &upos, data.into_iter());
        assert_eq!(l.lemma("timed", "timed", 0, Casing::Unknown), "time");
        assert_eq!(l.lemma("walked", "walked", 0, Casing::Unknown), "walk");
    }

    #[test]
    fn proper_nouns_and_numbers() {
        assert_eq!(proper_base("india", "india", Casing::Title), "India");
        assert_eq!(proper_base("TEHRAN", "tehran", Casing::Title), "Tehran");
        assert_eq!(proper_base("sf", "sf", Casing::Upper), "sf");
        assert_eq!(proper_base("NASA", "nasa", Casing::Upper), "NASA");
        assert_eq!(proper_base("McDonald", "mcdonald", Casing::Title), "McDonald");
        // Names in capitals: common words of five letters or more are
        // Capitalized, short ones are taken for acronyms.
        assert_eq!(proper_base("HOTEL", "hotel", Casing::Lower), "Hotel");
        assert_eq!(proper_base("AIM", "aim", Casing::Lower), "AIM");
        assert_eq!(proper_base("hotel", "hotel", Casing::Lower), "hotel");
        assert_eq!(without_thousands_separators("1,100"), Some("1100".into()));
        assert_eq!(without_thousands_separators("12,345.5"), Some("12345.5".into()));
        assert_eq!(without_thousands_separators("3,"), None);
        assert_eq!(without_thousands_separators("1,00"), None);
    }

    #[test]
    fn proper_noun_xpos_and_capitalized_adjectives_keep_their_case() {
        // EWT tags words of names ADJ with XPOS NNP ("Advanced Micro
        // Devices"): the lemma keeps the capital whatever the UPOS.
        let data = [("walked", 0u16, "walk"), ("Advanced", 1, "Advanced"), ("big", 2, "big")];
        let upos = ["VERB".to_string(), "ADJ".to_string(), "ADJ".to_string()];
        let xpos = vec!["VBD".to_string(), "NNP".to_string(), "JJ".to_string()];
        let l = Lemmatizer::learn(xpos, vec![false, false, false], &upos, data.into_iter());
        assert_eq!(l.lemma("Associated", "associated", 1, Casing::Lower), "Associated");
        // An adjective the corpus mostly writes Capitalized keeps (or gets) the capital...
        assert_eq!(l.lemma("Kurdish", "kurdish", 2, Casing::Title), "Kurdish");
        assert_eq!(l.lemma("french", "french", 2, Casing::Title), "French");
        // ...one mostly written lowercase loses it.
        assert_eq!(l.lemma("Hidden", "hidden", 2, Casing::Lower), "hidden");
    }

    #[test]
    fn drawn_out_letters_decimal_commas_and_abbreviated_dates() {
        let data = [("so", 0u16, "so"), ("very", 0, "very"), ("bee", 1, "bee"), ("walked", 2, "walk")];
        let upos = ["ADV".to_string(), "NOUN".to_string(), "VERB".to_string(), "PROPN".to_string(), "NUM".to_string()];
        let xpos = ["RB", "NN", "VBD", "NNP", "CD"].map(String::from).to_vec();
        let l = Lemmatizer::learn(xpos, vec![false, false, false, true, false], &upos, data.into_iter());
        let u = Casing::Unknown;
        assert_eq!(l.lemma("soooo", "soooo", 0, u), "so");
        assert_eq!(l.lemma("VERYYY", "veryyy", 0, u), "very");
        // Cut to two letters when one makes no known word.
        assert_eq!(l.lemma("beeee", "beeee", 1, u), "bee");
        // Numbers: decimal commas become points, thousands separators go.
        assert_eq!(l.lemma("3,40", "3,40", 4, u), "3.40");
        assert_eq!(l.lemma("7,5", "7,5", 4, u), "7.5");
        assert_eq!(l.lemma("1,500", "1,500", 4, u), "1500");
        assert_eq!(with_decimal_point("3,"), None);
        assert_eq!(with_decimal_point("3,4,5"), None);
        // Abbreviated months and days are lemmatized to their full names.
        assert_eq!(l.lemma("Aug", "aug", 3, Casing::Title), "August");
        assert_eq!(l.lemma("Thurs.", "thurs.", 3, Casing::Title), "Thursday");
    }

    #[test]
    fn s_before_been_or_got_is_have() {
        let tokens = |text: &str, xpos: &[&str], lemmas: &[&str]| -> Vec<Token> {
            text.split(' ')
                .zip(xpos)
                .zip(lemmas)
                .map(|((f, x), l)| Token { xpos: x.to_string(), lemma: l.to_string(), ..Token::new(f) })
                .collect()
        };
        let mut t = tokens("He 's always been away", &["PRP", "VBZ", "RB", "VBN", "RB"], &["he", "be", "always", "be", "away"]);
        in_context(&mut t);
        assert_eq!(t[1].lemma, "have");
        let mut t = tokens("She 's got a car", &["PRP", "VBZ", "VBN", "DT", "NN"], &["she", "be", "get", "a", "car"]);
        in_context(&mut t);
        assert_eq!(t[1].lemma, "have");
        // A passive or a copula keeps "be"; a possessive is left alone.
        let mut t = tokens("It 's done", &["PRP", "VBZ", "VBN"], &["it", "be", "do"]);
        in_context(&mut t);
        assert_eq!(t[1].lemma, "be");
        let mut t = tokens("John 's been", &["NNP", "POS", "VBN"], &["John", "'s", "be"]);
        in_context(&mut t);
        assert_eq!(t[1].lemma, "'s");
    }

    #[test]
    fn singular_nouns_and_plain_adjectives_keep_their_letters() {
        // A typo in the treebank teaches "-ion" → "-ation" for nouns, an
        // abbreviation "-ry" → "-rry" for adjectives: neither applies to unseen words.
        let data = [("informion", 0u16, "information"), ("sry", 1, "sorry"), ("cats", 2, "cat")];
        let upos = ["NOUN".to_string(), "ADJ".to_string(), "NOUN".to_string()];
        let xpos = ["NN", "JJ", "NNS"].map(String::from).to_vec();
        let l = Lemmatizer::learn(xpos, vec![false; 3], &upos, data.into_iter());
        let u = Casing::Unknown;
        assert_eq!(l.lemma("Opinion", "opinion", 0, u), "opinion");
        assert_eq!(l.lemma("wry", "wry", 1, u), "wry");
        // Plurals still follow the rules.
        assert_eq!(l.lemma("hats", "hats", 2, u), "hat");
    }

    #[test]
    fn plural_names_are_singular() {
        let data = [("Falls", 0u16, "Falls"), ("States", 0, "State")];
        let upos = ["PROPN".to_string()];
        let l = Lemmatizer::learn(vec!["NNPS".into()], vec![true], &upos, data.into_iter());
        let u = Casing::Unknown;
        // Seen: as in the treebank. Unseen: the singular, whatever rule
        // the one plural in "-lls" taught.
        assert_eq!(l.lemma("Falls", "falls", 0, u), "Falls");
        assert_eq!(l.lemma("Hills", "hills", 0, u), "Hill");
        assert_eq!(l.lemma("Diaries", "diaries", 0, u), "Diary");
        assert_eq!(l.lemma("Iraqis", "iraqis", 0, u), "Iraqi");
        assert_eq!(l.lemma("Churches", "churches", 0, u), "Church");
        assert_eq!(l.lemma("Semantics", "semantics", 0, u), "Semantics");
        assert_eq!(l.lemma("CD's", "cd's", 0, u), "CD");
        assert_eq!(singular_name("Days"), "Day");
        assert_eq!(singular_name("Congress"), "Congress");
        assert_eq!(singular_name("ALLIES"), "ALLY");
    }

    #[test]
    fn exceptions_file_is_well_formed() {
        for (i, line) in EXCEPTIONS.lines().enumerate() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            assert_eq!(line.split('\t').count(), 3, "line {}: {line:?}", i + 1);
        }
    }
}
