//! Lemmatizer: a lexicon learned from the treebank ((form, tag) → lemma),
//! a hand-written list of irregular forms (`data/lemma-exceptions.tsv`), and
//! suffix rules learned from the treebank for words seen in neither.

use std::collections::HashMap;

use crate::hash::{hash_str, key2, KeyMap};
use crate::io::{ByteReader, ByteWriter, DecodeResult};
use crate::tagger::{read_map, write_map};

const EXCEPTIONS: &str = include_str!("../data/lemma-exceptions.tsv");
const MAX_SUFFIX: usize = 6;

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
    /// key2(lowercase suffix hash, tag) → index into `rules`.
    suffix_rules: KeyMap<u32>,
    rules: Vec<Rule>,
    /// XPOS of each tag id (exceptions are keyed by XPOS).
    xpos: Vec<String>,
    /// Whether each tag id is a proper noun (lemma keeps its case).
    proper: Vec<bool>,
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
        data: impl Iterator<Item = (&'a str, u16, &'a str)>,
    ) -> Lemmatizer {
        let mut counts: HashMap<(String, u16), HashMap<String, u32>> = HashMap::new();
        for (form, tag, lemma) in data {
            *counts.entry((form.to_string(), tag)).or_default().entry(lemma.to_string()).or_default() += 1;
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
            let (rule, _) = best.swap_remove(0);
            let id = *rule_ids.entry(rule.clone()).or_insert_with(|| {
                rules.push(rule.clone());
                rules.len() as u32 - 1
            });
            suffix_rules.insert(k, id);
        }
        Lemmatizer { lexicon, strings, suffix_rules, rules, xpos, proper, exceptions: parse_exceptions() }
    }

    /// The lemma of `form` with tag id `tag`; `lower` is its normalized lowercase.
    pub fn lemma(&self, form: &str, lower: &str, tag: u16) -> String {
        if let Some(&id) = self.lexicon.get(&key2(1, hash_str(form), tag as u64)) {
            return self.strings[id as usize].clone();
        }
        let xpos = self.xpos.get(tag as usize).map_or("", String::as_str);
        if let Some(l) = self.exceptions.get(&exception_key(lower, xpos)) {
            return l.clone();
        }
        let proper = self.proper.get(tag as usize).copied().unwrap_or(false);
        if !proper && lower != form {
            if let Some(&id) = self.lexicon.get(&key2(1, hash_str(lower), tag as u64)) {
                return self.strings[id as usize].clone();
            }
        }
        let base = if proper { crate::words::normalize(form).into_owned() } else { lower.to_string() };
        for k in suffix_keys(lower, tag) {
            if let Some(&r) = self.suffix_rules.get(&k) {
                if let Some(l) = apply_rule(&base, &self.rules[r as usize]) {
                    return l;
                }
            }
        }
        base
    }

    pub fn write(&self, w: &mut ByteWriter) {
        write_map(w, &self.lexicon, |v| v as u64);
        w.strs(&self.strings);
        write_map(w, &self.suffix_rules, |v| v as u64);
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
        let suffix_rules = read_map(r, |v| u32::try_from(v).ok())?;
        let n = r.len(12)?;
        let rules = (0..n).map(|_| Ok(Rule { strip: r.u32()?, append: r.str()? })).collect::<DecodeResult<Vec<_>>>()?;
        let xpos = r.strs()?;
        let np = r.len(1)?;
        let proper = (0..np).map(|_| r.u8().map(|b| b != 0)).collect::<DecodeResult<Vec<_>>>()?;
        if lexicon.values().any(|&v| v as usize >= strings.len()) || suffix_rules.values().any(|&v| v as usize >= rules.len()) {
            return Err("lemmatizer index out of range".into());
        }
        Ok(Lemmatizer { lexicon, strings, suffix_rules, rules, xpos, proper, exceptions: parse_exceptions() })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rules_generalize_to_unseen_words() {
        let data = [("walked", 0u16, "walk"), ("talked", 0, "talk"), ("cats", 1, "cat"), ("dogs", 1, "dog")];
        let l = Lemmatizer::learn(vec!["VBD".into(), "NNS".into()], vec![false, false], data.into_iter());
        assert_eq!(l.lemma("walked", "walked", 0), "walk");
        assert_eq!(l.lemma("jumped", "jumped", 0), "jump");
        assert_eq!(l.lemma("Birds", "birds", 1), "bird");
        // Irregular forms come from the exceptions file.
        assert_eq!(l.lemma("mice", "mice", 1), "mouse");
        assert_eq!(l.lemma("forbade", "forbade", 0), "forbid");
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
