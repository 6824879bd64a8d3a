//! Part-of-speech tagger: greedy left-to-right averaged perceptron over a
//! joint UPOS+XPOS tag, with lexical features, the two previous predicted
//! tags, and each word's ambiguity class (the tags it had in training).
//! Frequent unambiguous words are tagged from a dictionary without scoring.

use crate::hash::{combine, key1, key2, key3, KeyMap, Rng};
use crate::io::{ByteReader, ByteWriter, DecodeResult};
use crate::lemma::Casing;
use crate::perceptron::{argmax_allowed, argmax_first, with_group_rows, Table, Trainer};
use crate::words::{WordHashes, FLAG_ALL_UPPER, FLAG_UPPER_INITIAL};

const START: u64 = 0x0053_5441_5254;
const END: u64 = 0x0045_4e44;
const UNKNOWN: u64 = 0x0055_4e4b;
const NO_TAG: u64 = 0xffff;
/// No second-best tag: the word was tagged from the dictionary.
pub const NO_SECOND: u16 = u16::MAX;
/// Lengths of the words [`Tagger::respell`] considers (shorter ones are
/// too often abbreviations and names one letter from a word).
const MIN_RESPELLED: usize = 5;
/// Four-letter words are considered for swapped letters only ("jsut",
/// "wrok"): a letter left out or doubled turns too many short names and
/// abbreviations into words.
const MIN_SWAPPED: usize = 4;
const MAX_RESPELLED: usize = 24;
/// The least frequent word a misspelling is taken for: frequency bucket
/// (rounded negative natural log probability, see [`WordStats::parse`]).
const MAX_RESPELL_BUCKET: u32 = 12;

/// A training sentence: word forms and their gold tag ids.
pub struct TagExample {
    pub forms: Vec<String>,
    pub tags: Vec<u16>,
}

/// A sentence's tags from [`Tagger::tag_for_parsing`].
pub struct TagsForParsing {
    /// The tags to parse with.
    pub tags: Vec<u16>,
    /// The tags as trained, when the finite-verb checks changed any (to
    /// parse again with if the parser still hangs a restored past tense on
    /// a noun; the parse-time rules mend both, see [`TagsForParsing::set`]).
    pub as_trained: Option<Vec<u16>>,
    /// Each word's second-best tag ([`NO_SECOND`] for words tagged from
    /// the dictionary).
    pub second_best: Vec<u16>,
}

impl TagsForParsing {
    /// Sets word `i`'s tag for parsing, in the tags as trained too (a
    /// parse-time rule mends both).
    pub fn set(&mut self, i: usize, tag: u16) {
        self.tags[i] = tag;
        if let Some(a) = &mut self.as_trained {
            a[i] = tag;
        }
    }
}

pub struct Tagger {
    /// Joint tags: (UPOS, XPOS).
    pub tags: Vec<(String, String)>,
    /// Form hash → the only tag a frequent word ever had.
    tagdict: KeyMap<u16>,
    /// Lowercase hash → hash of the set of tags the word had.
    ambiguity: KeyMap<u64>,
    /// Form hash (exact, then lowercase) → Brown cluster path.
    clusters: Clusters,
    /// Corpus statistics of spelling and frequency.
    stats: WordStats,
    /// First pass: left context only.
    first: Table,
    /// Optional second pass: also sees the first pass's tags to the right.
    second: Option<Table>,
    /// Ids of the (participle, past tense) verb tags, for the finite-verb check.
    participle_and_past: Option<(u16, u16)>,
    /// (common noun, proper noun) tag ids, singular and plural, for
    /// [`Tagger::names_in_running_text`].
    common_to_proper: Vec<(u16, u16)>,
}

/// The tokens of a sentence, ready for feature extraction.
pub struct Prepared {
    pub words: Vec<WordHashes>,
    pub lowers: Vec<String>,
    /// Brown cluster path per word (see [`Clusters`]; 1 = none).
    pub clusters: Vec<u32>,
    /// Hash of the set of tags each word had in training (one value for unknown words).
    pub amb: Vec<u64>,
    /// Spelling and frequency statistics per word (see [`WordStats`]).
    pub stats: Vec<u32>,
    /// Whether [`Tagger::respell`] replaced the word by a known spelling
    /// (then `words`, `lowers` and the rest describe that spelling).
    pub respelled: Vec<bool>,
}

/// Word clusters: form hash → path in the cluster tree, encoded with a
/// leading 1 bit (`0b1` followed by the path bits, root first).
#[derive(Clone, Default)]
pub struct Clusters(KeyMap<u32>);

impl Clusters {
    /// Reads `word <TAB> bits` lines (`#` comments).
    pub fn parse(text: &str) -> Clusters {
        let mut map = KeyMap::default();
        for line in text.lines() {
            if line.starts_with('#') {
                continue;
            }
            if let Some((word, bits)) = line.split_once('\t') {
                let bits = &bits[..bits.len().min(24)];
                let code = bits.bytes().fold(1u32, |c, b| c << 1 | (b == b'1') as u32);
                map.insert(WordHashes::new(word).0.form, code);
            }
        }
        Clusters(map)
    }

    pub fn get(&self, w: &WordHashes) -> u32 {
        self.0.get(&w.form).or_else(|| self.0.get(&w.lower)).copied().unwrap_or(1)
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// How often a word is written lowercase, Capitalized and in CAPITALS in a
/// large English corpus: lowercase hash → packed buckets (see [`WordStats::parse`]).
/// It tells a sentence-initial common noun ("Parents") from a name ("Bush"),
/// the tagger's most frequent confusion.
#[derive(Clone, Default)]
pub struct WordStats(KeyMap<u32>);

/// Packed statistics: title-vs-lower bucket, upper-vs-rest bucket,
/// frequency bucket, one byte each; 0 = word not listed.
pub const NO_STATS: u32 = 0;

impl WordStats {
    /// Reads `lowercase <TAB> lower <TAB> Title <TAB> UPPER` lines of natural
    /// log probabilities (`-` when that spelling is not listed; `#` comments).
    pub fn parse(text: &str) -> WordStats {
        let mut map = KeyMap::default();
        for line in text.lines() {
            if line.starts_with('#') {
                continue;
            }
            let cols: Vec<&str> = line.split('\t').collect();
            let [word, l, t, u] = cols[..] else { continue };
            let p = |s: &str| s.parse::<f64>().ok();
            let (l, t, u) = (p(l), p(t), p(u));
            let best = [l, t, u].into_iter().flatten().fold(f64::NEG_INFINITY, f64::max);
            if best == f64::NEG_INFINITY {
                continue;
            }
            let diff = |a: Option<f64>, b: Option<f64>| -> u32 {
                match (a, b) {
                    (Some(a), Some(b)) => ((a - b).round().clamp(-6.0, 6.0) + 7.0) as u32,
                    (Some(_), None) => 14,
                    (None, Some(_)) => 1,
                    (None, None) => 15,
                }
            };
            let case = diff(t, l);
            let rest = match (l, t) {
                (Some(a), Some(b)) => Some(a.max(b)),
                (a, b) => a.or(b),
            };
            let upper = diff(u, rest);
            let freq = (-best).round().clamp(1.0, 24.0) as u32;
            map.insert(WordHashes::new(word).0.lower, case | upper << 8 | freq << 16);
        }
        WordStats(map)
    }

    pub fn get(&self, w: &WordHashes) -> u32 {
        self.0.get(&w.lower).copied().unwrap_or(NO_STATS)
    }

    /// The spelling the corpus uses most for a word with statistics `stats`.
    pub fn casing(stats: u32) -> Casing {
        if stats == NO_STATS {
            return Casing::Unknown;
        }
        let (title_vs_lower, upper_vs_rest) = (stats & 0xff, stats >> 8 & 0xff);
        match (title_vs_lower, upper_vs_rest) {
            (_, 8..) => Casing::Upper,
            (8.., _) => Casing::Title,
            (..=6, _) => Casing::Lower,
            _ => Casing::Unknown,
        }
    }

    /// The one frequent word `lower` is a slip of (see [`Tagger::respell`]).
    pub fn known_spelling(&self, lower: &str) -> Option<String> {
        let b = lower.as_bytes();
        if !(MIN_SWAPPED..=MAX_RESPELLED).contains(&b.len()) || !b.iter().all(u8::is_ascii_lowercase) {
            return None;
        }
        let swaps_only = b.len() < MIN_RESPELLED;
        // (frequency bucket: smaller is more frequent, candidate)
        let mut best: Option<(u32, Vec<u8>)> = None;
        let mut tied = false;
        let mut consider = |c: &[u8]| {
            let Some(&stats) = self.0.get(&crate::hash::hash_bytes(c)) else { return };
            let bucket = stats >> 16 & 0xff;
            if bucket > MAX_RESPELL_BUCKET {
                return;
            }
            match &best {
                Some((b, w)) if w.as_slice() == c || bucket > *b => {}
                Some((b, _)) if bucket == *b => tied = true,
                _ => {
                    best = Some((bucket, c.to_vec()));
                    tied = false;
                }
            }
        };
        // One buffer for all candidates: most are no word at all.
        let mut c = b.to_vec();
        for k in 0..b.len() - 1 {
            if b[k] != b[k + 1] {
                c.swap(k, k + 1);
                consider(&c);
                c.swap(k, k + 1);
            }
        }
        if swaps_only {
            return match best {
                Some((_, c)) if !tied => String::from_utf8(c).ok(),
                _ => None,
            };
        }
        c.push(0);
        for k in 0..=b.len() {
            // `c` is `b` with one free place at `k`.
            c[..k].copy_from_slice(&b[..k]);
            c[k + 1..].copy_from_slice(&b[k..]);
            for letter in b'a'..=b'z' {
                c[k] = letter;
                consider(&c);
            }
        }
        c.truncate(b.len() - 1);
        for k in 1..b.len() {
            if b[k] == b[k - 1] {
                c[..k].copy_from_slice(&b[..k]);
                c[k..].copy_from_slice(&b[k + 1..]);
                consider(&c);
            }
        }
        match best {
            Some((_, c)) if !tied => String::from_utf8(c).ok(),
            _ => None,
        }
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// The first `k` steps of a cluster path (the whole path if shorter).
#[inline]
pub fn cluster_prefix(code: u32, k: u32) -> u64 {
    let len = 31 - code.leading_zeros();
    (if len > k { code >> (len - k) } else { code }) as u64
}

impl Tagger {
    /// The PTB tag of tag id `t` ("NNP").
    fn xpos(&self, t: u16) -> &str {
        self.tags[t as usize].1.as_str()
    }

    /// The universal tag of tag id `t` ("PROPN").
    fn upos(&self, t: u16) -> &str {
        self.tags[t as usize].0.as_str()
    }

    /// The nearest word before `i` that is not an adverb.
    fn previous_non_adverb(&self, tags: &[u16], i: usize) -> Option<usize> {
        (0..i).rev().find(|&j| self.upos(tags[j]) != "ADV")
    }

    pub fn prepare(&self, forms: &[&str]) -> Prepared {
        prepare(&self.ambiguity, &self.clusters, &self.stats, forms)
    }

    /// Misspelled words: a lowercase word that neither the treebank (twice)
    /// nor the large corpus knows, one slip away from a single frequent word
    /// (two letters swapped, one letter left out, one letter doubled:
    /// "recomend", "lenght", "litttle"), is tagged, parsed and lemmatized as
    /// that word; EWT's lemma of a typo is the intended word's. Words with an
    /// extra letter of another kind are left alone: that is how rare real
    /// words relate to common ones ("ouster", "smail"). Applied at parse
    /// time only (training tags the words as written). Capitalized words
    /// are names unless they start the sentence ("Lovley food").
    /// `is_word` tells real words the corpus statistics miss ("imperil").
    pub fn respell(&self, forms: &[&str], p: &mut Prepared, is_word: impl Fn(&str) -> bool) {
        for (i, form) in forms.iter().enumerate() {
            if p.amb[i] != UNKNOWN || p.stats[i] != NO_STATS {
                continue;
            }
            let mut rest = form.chars();
            let capitalized = match rest.next() {
                Some(c) if c.is_ascii_lowercase() => false,
                Some(c) if c.is_ascii_uppercase() && i == 0 => true,
                _ => continue,
            };
            if !rest.all(|c| c.is_ascii_lowercase()) {
                continue;
            }
            if is_word(&p.lowers[i]) {
                continue;
            }
            let Some(mut word) = self.stats.known_spelling(&p.lowers[i]) else { continue };
            if capitalized {
                word[..1].make_ascii_uppercase();
            }
            let (h, lower) = WordHashes::cached(&word);
            p.amb[i] = self.ambiguity.get(&h.lower).copied().unwrap_or(UNKNOWN);
            p.clusters[i] = self.clusters.get(&h);
            p.stats[i] = self.stats.get(&h);
            p.words[i] = h;
            p.lowers[i] = lower;
            p.respelled[i] = true;
        }
    }


    /// Predicted tag ids of a prepared sentence, as trained (training and
    /// epoch selection use these, so `demarche train` reproduces the model).
    pub fn tag(&self, p: &Prepared) -> Vec<u16> {
        self.tag_passes(p, None, None)
    }

    /// [`Tagger::tag`], then the finite-verb check (see
    /// [`Tagger::give_the_clause_its_finite_verb`]).
    pub fn tag_for_parsing(&self, p: &Prepared) -> TagsForParsing {
        let mut second_best = Vec::new();
        let Some((participle, past)) = self.participle_and_past else {
            let mut tags = self.tag_passes(p, None, Some(&mut second_best));
            self.auxiliaries_only(&mut tags, p);
            return TagsForParsing { tags, as_trained: None, second_best };
        };
        let mut past_runner_up = Vec::new();
        let mut tags = self.tag_passes(p, Some(((participle, past), &mut past_runner_up)), Some(&mut second_best));
        self.auxiliaries_only(&mut tags, p);
        let as_trained = tags.clone();
        self.give_the_clause_its_finite_verb(&mut tags, &p.lowers, participle, past, &past_runner_up);
        self.give_the_conjunct_its_tense(&mut tags, participle, past, &past_runner_up);
        self.give_the_sentence_its_finite_verb(&mut tags, &p.lowers, participle, past);
        let changed = tags != as_trained;
        TagsForParsing { tags, as_trained: changed.then_some(as_trained), second_best }
    }

    fn tag_passes(&self, p: &Prepared, runner_up: Option<((u16, u16), &mut Vec<bool>)>, second_best: Option<&mut Vec<u16>>) -> Vec<u16> {
        match &self.second {
            Some(second) => {
                let first = self.pass(&self.first, p, None, None, None);
                self.pass(second, p, Some(&first), runner_up, second_best)
            }
            None => self.pass(&self.first, p, None, runner_up, second_best),
        }
    }

    /// Auxiliaries are a closed class (EWT train has AUX only for the forms
    /// of be, have, do, get and the modals), but the tagger sometimes
    /// calls a sentence's first noun one before a past participle
    /// ("Police detained dozens of demonstrators" with "Police" AUX and
    /// the whole sentence a noun phrase). Any other Capitalized word tagged
    /// AUX is a noun. (Web text's misspelt auxiliaries, "shoul", "r", "ve",
    /// are lower case: EWT tags them AUX.)
    fn auxiliaries_only(&self, tags: &mut [u16], p: &Prepared) {
        const FORMS: [&str; 40] = [
            "be", "am", "is", "are", "was", "were", "been", "being", "have", "has", "had", "having", "do", "does", "did", "done", "doing", "will", "wo", "would", "can", "ca", "could", "should", "shall", "may", "might", "must",
            "ought", "get", "gets", "got", "gotten", "getting", "need", "dare", "ai", "s", "re", "m",
        ];
        let Some(noun) = tag_id(&self.tags, "NOUN", "NN") else { return };
        for (i, tag) in tags.iter_mut().enumerate() {
            let lower = p.lowers.get(i).map_or("", String::as_str);
            let capitalized = p.words.get(i).is_some_and(|w| w.flags & FLAG_UPPER_INITIAL != 0);
            if self.tags[*tag as usize].0 != "AUX" || !capitalized || !lower.chars().all(|c| c.is_ascii_alphabetic()) || FORMS.contains(&lower) {
                continue;
            }
            // Its second-best tag is no better a guess ("Police" ADV).
            *tag = noun;
        }
        // The same slip with a preposition: "Police blocked the roads" with
        // "Police" IN. A sentence's Capitalized first word tagged IN that
        // training saw only as a noun (its ambiguity class is a set of
        // noun tags) is a noun.
        let (Some(&amb), Some(first)) = (p.amb.first(), tags.first()) else { return };
        let capitalized = p.words.first().is_some_and(|w| w.flags & FLAG_UPPER_INITIAL != 0);
        if !capitalized || self.xpos(*first) != "IN" || amb == UNKNOWN {
            return;
        }
        let nouns: Vec<u16> = (0..self.tags.len() as u16).filter(|&t| matches!(self.xpos(t), "NN" | "NNS" | "NNP" | "NNPS")).take(10).collect();
        for set in 1u32..(1 << nouns.len()) {
            let mut h = 0x616d62u64;
            for (i, &t) in nouns.iter().enumerate() {
                if set & (1 << i) != 0 {
                    h = combine(h, t as u64 + 1);
                }
            }
            if h == amb {
                // The set's first common-noun tag (the parser needs a
                // noun; which one matters little), else its first.
                let members = || nouns.iter().enumerate().filter(|(i, _)| set & (1 << i) != 0).map(|(_, &t)| t);
                let t = members().find(|&t| matches!(self.xpos(t), "NN" | "NNS")).unwrap_or(nouns[set.trailing_zeros() as usize]);
                tags[0] = t;
                return;
            }
        }
    }

    /// A declarative clause has a finite verb. Trained on web text, the
    /// tagger often reads the past tense right after a news subject as a
    /// participle ("The United States imposed sanctions", "Kim Jong Un
    /// hosted Putin", "airstrikes killed 30"), which leaves the clause with
    /// no verb and the parser with a noun phrase for a root. A participle
    /// right after a noun, proper noun or pronoun, with no auxiliary, whose
    /// second-best tag was the past tense (the form can be one: "imposed",
    /// "struck", not "taken"), in a stretch between commas, conjunctions
    /// and wh-words that has no finite verb, is the past tense. ("The
    /// rockets fired by Hamas hit Israel" keeps its participle: "hit" is
    /// finite in the same stretch.)
    ///
    /// A reporting "said" or "says" ends a stretch too: the clause it
    /// reports without "that" has a verb of its own ("officials said the
    /// rebels attacked army positions").
    fn give_the_clause_its_finite_verb(&self, tags: &mut [u16], lowers: &[String], participle: u16, past: u16, past_runner_up: &[bool]) {
        if !tags.contains(&participle) || past_runner_up.is_empty() {
            return;
        }
        let reporting: Vec<bool> = (0..tags.len()).map(|j| matches!(self.xpos(tags[j]), "VBD" | "VBZ") && lowers.get(j).is_some_and(|w| w == "said" || w == "says")).collect();
        let boundary = |j: usize, t: u16| matches!(self.upos(t), "CCONJ" | "SCONJ") || matches!(self.xpos(t), "," | ":" | "-LRB-" | "-RRB-" | "WDT" | "WP" | "WRB") || reporting[j];
        let candidates: Vec<usize> = (1..tags.len())
            .filter(|&i| {
                tags[i] == participle
                    && past_runner_up[i]
                    && self.previous_non_adverb(tags, i).is_some_and(|j| matches!(self.upos(tags[j]), "NOUN" | "PROPN" | "PRON"))
            })
            .collect();
        for i in candidates {
            let start = (0..i).rev().find(|&j| boundary(j, tags[j])).map_or(0, |j| j + 1);
            let end = (i + 1..tags.len()).find(|&j| boundary(j, tags[j])).unwrap_or(tags.len());
            if !(start..end).any(|j| self.is_finite(tags, j)) {
                tags[i] = past;
            }
        }
    }

    /// "Shaibani travelled to Riyadh, and later visited Qatar": a
    /// participle right after "and" or "but" (adverbs aside) whose
    /// second-best tag was the past tense, and whose clause's conjunct
    /// before it is a past tense, is that conjunct's tense too. (Not after
    /// a participle: "was arrested and later released" shares the
    /// auxiliary.)
    fn give_the_conjunct_its_tense(&self, tags: &mut [u16], participle: u16, past: u16, past_runner_up: &[bool]) {
        if !tags.contains(&participle) || past_runner_up.is_empty() {
            return;
        }
        for i in 1..tags.len() {
            if tags[i] != participle || !past_runner_up[i] {
                continue;
            }
            let Some(j) = self.previous_non_adverb(tags, i) else { continue };
            if self.upos(tags[j]) != "CCONJ" {
                continue;
            }
            let verb = (0..j).rev().find(|&k| self.xpos(tags[k]).starts_with("VB") || self.xpos(tags[k]) == "MD");
            if verb.is_some_and(|k| self.xpos(tags[k]) == "VBD" && self.upos(tags[k]) == "VERB") {
                tags[i] = past;
            }
        }
    }

    /// Whether word `j` is a finite verb by its tag: a past or present
    /// tense or a modal, or a base form not after "to", a modal or another
    /// verb (an imperative, or a present tense tagged VB).
    fn is_finite(&self, tags: &[u16], j: usize) -> bool {
        matches!(self.xpos(tags[j]), "VBD" | "VBZ" | "VBP" | "MD") || (self.xpos(tags[j]) == "VB" && j.checked_sub(1).is_none_or(|k| !matches!(self.xpos(tags[k]), "TO" | "MD" | "VB" | "VBP" | "VBD" | "VBZ")))
    }

    /// A sentence of news with no finite verb at all is nearly always a
    /// clause whose past tense the tagger read as a participle where
    /// [`Tagger::give_the_clause_its_finite_verb`] could not see it: the
    /// tense was not its second choice ("Belgium also cut ties",
    /// "Troops set up checkpoints": forms that are also the base form), or
    /// an apposition stands between subject and verb ("China, the North's
    /// main ally, called on …"). Then the first participle that can be a
    /// past tense (a regular "-ed" form, or an irregular past that is also
    /// the participle: "cut", "held", "struck"; not "taken"), after a noun,
    /// a proper noun or a pronoun, or after a comma closing a phrase that
    /// follows one, is the past tense. Headlines and captions with no
    /// participle keep their tags.
    fn give_the_sentence_its_finite_verb(&self, tags: &mut [u16], lowers: &[String], participle: u16, past: u16) {
        /// Irregular verbs whose past tense and past participle are one form.
        const PAST_AND_PARTICIPLE: [&str; 72] = [
            "bent", "bet", "bid", "bound", "bred", "brought", "built", "burst", "bought", "cast", "caught", "clung", "cost", "crept", "cut", "dealt", "dug", "fed", "felt", "fled", "flung", "fought", "found", "ground", "had", "heard", "held", "hit", "hung", "hurt", "kept", "laid",
            "led", "left", "lent", "let", "lit", "lost", "made", "meant", "met", "paid", "put", "quit", "read", "said", "sat", "sent", "set", "shed", "shot", "shut", "slid", "sold", "sought", "spent", "split", "spread", "stood", "struck", "stuck", "swept", "swung", "taught", "told", "thought", "thrust",
            "understood", "upheld", "withheld", "won", "wound",
        ];
        if tags.len() < 4 || !tags.contains(&participle) || (0..tags.len()).any(|j| self.is_finite(tags, j)) {
            return;
        }
        let can_be_past = |w: &str| (w.len() > 3 && w.ends_with("ed")) || PAST_AND_PARTICIPLE.contains(&w);
        let nominal = |t: u16| matches!(self.upos(t), "NOUN" | "PROPN" | "PRON");
        for i in 1..tags.len() {
            if tags[i] != participle || !lowers.get(i).is_some_and(|w| can_be_past(w)) {
                continue;
            }
            let Some(j) = self.previous_non_adverb(tags, i) else { continue };
            // ("China, the North's main ally, called": the comma closes a
            // phrase that began with a comma right after a noun.)
            let after_apposition = self.xpos(tags[j]) == "," && (0..j).rev().find(|&k| self.xpos(tags[k]) == ",").is_some_and(|k| k > 0 && nominal(tags[k - 1]));
            if nominal(tags[j]) || after_apposition {
                tags[i] = past;
            }
            // Only the first participle: the ones after it are its
            // modifiers' or its conjuncts' ("… and detained hundreds").
            break;
        }
    }

    /// After a modal ("would", "could"; adverbs and "not" between), a word
    /// the tagger read as a noun or an adjective that is the base form of a
    /// verb is that verb ("the talks would resume", "Hamas would free the
    /// hostages"): web text has few of news's rarer verbs. (A question's
    /// subject keeps its tag: "would someone give", "someone" is no verb.)
    /// EWT dev: 1 tag right, none wrong. `is_verb(lower)`: whether the
    /// word is a verb lemma of the dictionary.
    pub fn base_verbs_after_modals(&self, t: &mut TagsForParsing, lowers: &[String], is_verb: impl Fn(&str) -> bool) {
        let Some(base) = tag_id(&self.tags, "VERB", "VB") else { return };
        for i in 1..t.tags.len() {
            if !matches!(self.xpos(t.tags[i]), "NN" | "NNS" | "JJ") || !lowers.get(i).is_some_and(|w| is_verb(w)) {
                continue;
            }
            let Some(j) = (0..i).rev().find(|&j| self.xpos(t.tags[j]) != "RB") else { continue };
            if self.xpos(t.tags[j]) == "MD" {
                t.set(i, base);
            }
        }
    }

    /// A noun or adjective that is a verb lemma, right after the subject of
    /// a "that" clause under a verb of demanding, is that clause's
    /// subjunctive verb ("demanded that Serbia hand over the gunmen",
    /// "urged that the military release all detainees"): the mandative
    /// subjunctive is rare in web text and frequent in news. The subject
    /// between is a plain noun phrase (determiners, adjectives, nouns,
    /// names, pronouns); an "of" after the word makes it a noun ("demanded
    /// that the release of prisoners …").
    pub fn subjunctives_after_demands(&self, t: &mut TagsForParsing, lowers: &[String], is_verb: impl Fn(&str) -> bool) {
        const DEMANDING: [&str; 9] = ["demand", "insist", "urg", "request", "requir", "recommend", "propos", "suggest", "ask"];
        let Some(base) = tag_id(&self.tags, "VERB", "VB") else { return };
        let Some(that) = lowers.iter().position(|w| w == "that") else { return };
        for k in that..lowers.len() {
            if lowers[k] != "that" || k == 0 || !DEMANDING.iter().any(|d| lowers[k - 1].starts_with(d)) || !self.xpos(t.tags[k - 1]).starts_with("VB") {
                continue;
            }
            let phrase = |j: usize| matches!(self.xpos(t.tags[j]), "DT" | "JJ" | "NN" | "NNS" | "NNP" | "NNPS" | "PRP" | "PRP$" | "POS" | "CD");
            // (An adjective ends the subject only with a determiner before
            // it and one after the word: "that the military release all
            // detainees".)
            let determiner = |j: usize| t.tags.get(j).is_some_and(|&x| matches!(self.xpos(x), "DT" | "PDT" | "PRP$" | "CD"));
            let subject_end = |i: usize| matches!(self.xpos(t.tags[i - 1]), "NN" | "NNS" | "NNP" | "NNPS" | "PRP") || (self.xpos(t.tags[i - 1]) == "JJ" && i >= 2 && determiner(i - 2) && determiner(i + 1));
            let Some(i) = (k + 2..lowers.len()).find(|&i| !phrase(i - 1) || matches!(self.xpos(t.tags[i]), "NN" | "NNS" | "JJ") && subject_end(i)) else { continue };
            let of_next = lowers.get(i + 1).is_some_and(|w| w == "of");
            let verb_next = t.tags.get(i + 1).is_some_and(|&x| self.xpos(x).starts_with("VB") || self.xpos(x) == "MD");
            if !(k + 1..i).all(phrase) || !matches!(self.xpos(t.tags[i]), "NN" | "NNS" | "JJ") || !is_verb(&lowers[i]) || of_next || verb_next || i + 1 >= lowers.len() {
                continue;
            }
            t.set(i, base);
        }
    }

    /// "Egypt and Jordan both condemned Israel", "Lula, Boric and Lopez
    /// Obrador all expressed support": a quantifier floated after its
    /// subject (a name, a plural noun, a pronoun) before an -ed form of a
    /// verb is an adverb, and the -ed form is the past-tense verb (the
    /// tagger reads "both condemned" and "all expressed" as a determiner
    /// of a modifier, and the parser then finds no verb).
    pub fn floating_quantifiers_before_past(&self, t: &mut TagsForParsing, lowers: &[String], is_verb: impl Fn(&str) -> bool) {
        let (Some(rb), Some(vbd)) = (tag_id(&self.tags, "ADV", "RB"), tag_id(&self.tags, "VERB", "VBD")) else { return };
        for i in 1..lowers.len().saturating_sub(2) {
            if !matches!(lowers[i].as_str(), "all" | "both" | "each") || !matches!(self.xpos(t.tags[i - 1]), "NNP" | "NNPS" | "NNS" | "PRP") {
                continue;
            }
            let next = &lowers[i + 1];
            let stem = next.strip_suffix("ed");
            let verb = stem.is_some_and(|s| is_verb(s) || is_verb(&format!("{s}e")) || next.strip_suffix('d').is_some_and(&is_verb));
            if !verb || !matches!(self.xpos(t.tags[i + 1]), "VBN" | "JJ" | "VBD") || self.xpos(t.tags[i]) == "RB" && self.xpos(t.tags[i + 1]) == "VBD" {
                continue;
            }
            // (A pronoun's quantifier before a participle with its own
            // auxiliary later is not this: "they all said" is, "them all
            // wounded" is not; only subjects' pronouns.)
            if self.xpos(t.tags[i - 1]) == "PRP" && !matches!(lowers[i - 1].as_str(), "we" | "they") {
                continue;
            }
            t.set(i, rb);
            t.set(i + 1, vbd);
        }
    }

    /// "a settler shot dead four workers", "police shot dead two men":
    /// "shot" after its subject (a noun, a name, a pronoun) and before
    /// "dead" is the past tense of "shoot", news's words for a killing by
    /// gunfire; the tagger reads it as the noun ("a shot"), which no "dead"
    /// follows, and the parser then finds no verb.
    pub fn shot_dead_as_past(&self, t: &mut TagsForParsing, lowers: &[String]) {
        let Some(vbd) = tag_id(&self.tags, "VERB", "VBD") else { return };
        for i in 1..lowers.len().saturating_sub(1) {
            if lowers[i] != "shot" || !matches!(self.xpos(t.tags[i]), "NN" | "NNS" | "JJ") || !matches!(self.xpos(t.tags[i - 1]), "NN" | "NNS" | "NNP" | "NNPS" | "PRP") {
                continue;
            }
            if lowers[i + 1] == "dead" {
                t.set(i, vbd);
            }
        }
    }

    /// An irregular verb form that training never saw ("overran",
    /// "overthrew", "forbade") gets a guess from its letters: a function
    /// word's tag ("insurgents overran the town" had "overran" IN, and the
    /// parser a sentence with no verb) or a present tense ("overthrew"
    /// VBZ, lemma "overthrew"). A form of the irregular forms list that
    /// training saw less than twice and that is no verb lemma itself
    /// ("overrun" is one), tagged with a function word's or another verb
    /// tag, takes the list's tag: the participle after a form of "be",
    /// "have" or "get" (adverbs aside) when the list has it, else the past
    /// tense when it has that. Nouns and adjectives keep their tags.
    /// `irregular(lower, xpos)`: whether the list has the form with that
    /// tag; `is_verb(lower)`: whether it is a verb lemma.
    pub fn unseen_irregular_verbs(&self, t: &mut TagsForParsing, prepared: &Prepared, irregular: impl Fn(&str, &str) -> bool, is_verb: impl Fn(&str) -> bool) {
        const AUXILIARY: [&str; 18] = ["be", "is", "are", "was", "were", "been", "being", "have", "has", "had", "having", "'ve", "'s", "'d", "get", "got", "gets", "gotten"];
        let (Some(past), Some(participle)) = (tag_id(&self.tags, "VERB", "VBD"), tag_id(&self.tags, "VERB", "VBN")) else { return };
        for i in 0..t.tags.len() {
            let xpos = self.xpos(t.tags[i]);
            let replaceable = self.upos(t.tags[i]) == "AUX" || matches!(xpos, "VB" | "VBZ" | "VBP" | "VBG" | "IN" | "DT" | "CC" | "PRP" | "PRP$" | "WDT" | "WP" | "WP$" | "WRB" | "TO" | "MD" | "EX" | "PDT" | "POS" | "RP");
            let lower = prepared.lowers[i].as_str();
            if !replaceable || prepared.amb.get(i) != Some(&UNKNOWN) || is_verb(lower) {
                continue;
            }
            let after_auxiliary = self.previous_non_adverb(&t.tags, i).is_some_and(|j| AUXILIARY.contains(&prepared.lowers[j].as_str()));
            if irregular(lower, "VBN") && (after_auxiliary || !irregular(lower, "VBD")) {
                t.set(i, participle);
            } else if irregular(lower, "VBD") {
                t.set(i, past);
            }
        }
    }

    /// "The U.N. human rights chief, Volker Turk, said …": "chief" after a
    /// noun and before no noun (a comma, a name, a verb, the end) heads the
    /// phrase, a noun; the tagger reads the adjective of "chief executive",
    /// and the parser then finds no subject.
    pub fn chief_after_a_noun_is_a_noun(&self, t: &mut TagsForParsing, lowers: &[String]) {
        let Some(nn) = tag_id(&self.tags, "NOUN", "NN") else { return };
        for i in 1..lowers.len() {
            if lowers[i] != "chief" || self.xpos(t.tags[i]) != "JJ" || !matches!(self.xpos(t.tags[i - 1]), "NN" | "NNS" | "NNP" | "NNPS") {
                continue;
            }
            let next_is_noun = lowers.get(i + 1).is_some() && matches!(self.xpos(t.tags[i + 1]), "NN" | "NNS" | "JJ");
            if !next_is_noun {
                t.set(i, nn);
            }
        }
    }

    /// "rejected the proposals put forward by the envoy", "the rules set
    /// out by the court": a verb whose past participle is its base form
    /// ("put", "set", "cut" …), right after a noun and before a "by"
    /// phrase (a particle between), is that participle, a reduced relative
    /// on the noun; the tagger reads it as a present or base form and the
    /// parser then makes the clause's verb its auxiliary.
    pub fn same_form_participles_before_by(&self, t: &mut TagsForParsing, lowers: &[String]) {
        let Some(vbn) = tag_id(&self.tags, "VERB", "VBN") else { return };
        for i in 1..lowers.len().saturating_sub(1) {
            if !matches!(lowers[i].as_str(), "put" | "set" | "cut" | "hit" | "shut" | "spread" | "cast") || !matches!(self.xpos(t.tags[i]), "VB" | "VBP" | "VBD") || !matches!(self.xpos(t.tags[i - 1]), "NN" | "NNS") {
                continue;
            }
            let particle = matches!(lowers[i + 1].as_str(), "forward" | "out" | "up" | "down" | "aside" | "together" | "off" | "forth");
            let by = if particle { i + 2 } else { i + 1 };
            if lowers.get(by).is_some_and(|w| w == "by") {
                t.set(i, vbn);
            }
        }
    }

    /// "vowed to march on Kinshasa": the month is written with a capital,
    /// so a lowercase "march" the tagger took for a name is the verb after
    /// "to" or a modal (and "to" its infinitive marker), else the noun.
    pub fn lowercase_march_is_no_month(&self, t: &mut TagsForParsing, forms: &[&str]) {
        let (Some(vb), Some(nn), Some(to)) = (tag_id(&self.tags, "VERB", "VB"), tag_id(&self.tags, "NOUN", "NN"), tag_id(&self.tags, "PART", "TO")) else { return };
        for i in 1..forms.len() {
            if forms[i] != "march" || !self.xpos(t.tags[i]).starts_with("NNP") {
                continue;
            }
            let before = forms[i - 1].to_ascii_lowercase();
            if before == "to" {
                t.set(i - 1, to);
                t.set(i, vb);
            } else if ["will", "would", "could", "can", "may", "might", "should", "must", "shall"].contains(&before.as_str()) {
                t.set(i, vb);
            } else {
                t.set(i, nn);
            }
        }
    }

    /// A capitalized "He" inside a sentence, right before a name, is the
    /// Chinese surname of a name ("Vice Premier He Lifeng", "met He
    /// Lifeng"), not the pronoun: the pronoun is capitalized only where a
    /// sentence or a quotation starts, and is not followed by a name. Not
    /// after an opening quotation mark, a bracket, a colon or a dash (a
    /// quoted sentence may start there), nor in a title-case sentence
    /// (a headline, where every word but "of", "the" … is capitalized).
    pub fn surname_he_before_a_name(&self, t: &mut TagsForParsing, forms: &[&str]) {
        let Some(nnp) = tag_id(&self.tags, "PROPN", "NNP") else { return };
        let capitalized = |f: &str| f.chars().next().is_some_and(char::is_uppercase);
        // Title case: every word but a few short function words capitalized.
        let lowercase_word = |f: &&str| {
            f.chars().next().is_some_and(char::is_lowercase) && !matches!(*f, "a" | "an" | "the" | "of" | "in" | "on" | "at" | "to" | "for" | "by" | "and" | "or" | "as" | "with")
        };
        if !forms.iter().any(lowercase_word) {
            return;
        }
        for i in 1..forms.len().saturating_sub(1) {
            if forms[i] != "He" || self.xpos(t.tags[i]) != "PRP" {
                continue;
            }
            let next = forms[i + 1];
            if !capitalized(next) || !self.xpos(t.tags[i + 1]).starts_with("NNP") || next.chars().all(|c| c.is_uppercase()) {
                continue;
            }
            if matches!(forms[i - 1], "\"" | "\u{201c}" | "'" | "\u{2018}" | "(" | "[" | ":" | ";" | "-" | "--" | "\u{2013}" | "\u{2014}" | "." | "?" | "!") {
                continue;
            }
            t.set(i, nnp);
        }
    }

    /// A hyphen with spaces on both sides ("two Arab states - Egypt and
    /// Jordan - also criticised") is a dash, punctuation like a comma, not
    /// the hyphen that joins the words around it (EWT: 2 of 622 spaced
    /// hyphens are `HYPH`); the tagger, which sees no spaces, often reads
    /// it as one and the parser then joins the words. `spaced[i]`: whether
    /// word `i` has whitespace on both sides.
    pub fn spaced_dashes_as_punctuation(&self, t: &mut TagsForParsing, forms: &[&str], spaced: impl Fn(usize) -> bool) {
        let (Some(hyph), Some(comma)) = (tag_id(&self.tags, "PUNCT", "HYPH"), tag_id(&self.tags, "PUNCT", ",")) else { return };
        for (i, &form) in forms.iter().enumerate().take(t.tags.len().saturating_sub(1)).skip(1) {
            if t.tags[i] == hyph && matches!(form, "-" | "--" | "–" | "—") && spaced(i) {
                t.set(i, comma);
            }
        }
    }

    /// An acronym in running text ("the RSF", "the AU", "ECOWAS") that
    /// the tagger read as a common noun is a name, unless the treebank had
    /// the word ("TV", "PM"): web text has few of news's organisations.
    /// Not in a sentence mostly in capitals (a headline).
    pub fn acronyms_as_names(&self, t: &mut TagsForParsing, forms: &[&str], prepared: &Prepared) {
        let (Some(nn), Some(nns), Some(nnp)) = (tag_id(&self.tags, "NOUN", "NN"), tag_id(&self.tags, "NOUN", "NNS"), tag_id(&self.tags, "PROPN", "NNP")) else { return };
        let acronym = |f: &str| {
            let letters = f.strip_suffix('s').filter(|x| x.len() >= 2).unwrap_or(f);
            (2..=6).contains(&letters.len()) && letters.bytes().all(|b| b.is_ascii_uppercase())
        };
        if !t.tags.iter().zip(forms).any(|(&x, f)| (x == nn || x == nns) && acronym(f)) {
            return;
        }
        let words = forms.iter().filter(|f| f.chars().next().is_some_and(char::is_alphabetic)).count();
        let capitals = forms.iter().filter(|f| f.len() >= 2 && f.chars().all(|c| !c.is_alphabetic() || c.is_uppercase()) && f.chars().any(char::is_alphabetic)).count();
        if 2 * capitals > words {
            return;
        }
        for (i, &form) in forms.iter().enumerate().take(t.tags.len()) {
            let x = t.tags[i];
            if (x == nn || x == nns) && acronym(form) && prepared.amb.get(i) == Some(&UNKNOWN) {
                t.set(i, nnp);
            }
        }
    }

    /// In running text, a Capitalized word inside the sentence that the
    /// treebank never had as a common noun in that spelling is a name
    /// ("the Association of Muslim Scholars", "the European Union", "the
    /// Sadrists"). The tagger, trained on web text full of capitalized
    /// common nouns, calls about half of them common nouns (and their
    /// lemmas lose the capital). Not applied to a word after punctuation
    /// (a quotation, a heading after a colon may start there), to words in
    /// CAPITALS, or in titles and headings, where most words that are not
    /// names are capitalized ("Stochastic Processes and Simulation in
    /// Finance"). `seen_as(form, tag)`: whether the treebank had `form`
    /// with tag id `tag`; a word it had as a common noun is a name only
    /// when the parser made it part of one (`in_name(i, tags)`: a compound
    /// or flat dependent of a proper noun, "the Employee Benefit Plan").
    /// Not applied in training.
    pub fn names_in_running_text(
        &self,
        forms: &[&str],
        words: &[WordHashes],
        tags: &mut [u16],
        seen_as: impl Fn(&str, u16) -> bool,
        in_name: impl Fn(usize, &[u16]) -> bool,
    ) {
        names_in_running_text(&self.common_to_proper, forms, words, tags, seen_as, in_name);
    }

    /// Where the parser's relation for a word contradicts its tag, the
    /// tag the relation implies, by the treebank's conventions (after
    /// parsing, not in training): a verb particle (`compound:prt`) is
    /// ADP/RP ("give up", "pick out": always so in EWT train, where the
    /// tagger often says ADV or IN); a `case` marker is ADP, not SCONJ; a
    /// finite or base-form verb the parser made an object, with no object
    /// of its own, is a noun ("the next keep", "all the uncertainties we
    /// face"; participles stay: EWT has "see the following", "see
    /// attached" as verbs). The parser trains on jackknifed tags and reads
    /// the whole sentence, so where they disagree it is more often right
    /// (EWT dev: 11 words right, 3 wrong). Otherwise, where the relation is one of function words or
    /// modifiers ([`RELATION_UPOS`]) that rules out the tag and allows the
    /// tagger's second choice, the second choice ("for" as `mark`: SCONJ;
    /// "out" as `advmod`: ADV; EWT dev: 37 right, 24 wrong). `relation(i)`:
    /// word `i`'s full relation label; `heads`: the tree's 0-based heads;
    /// `second_best`: from [`Tagger::tag_for_parsing`].
    pub fn tags_from_relations<'a>(&self, tags: &mut [u16], second_best: &[u16], heads: &[Option<u32>], relation: impl Fn(usize) -> &'a str) {
        tags_from_relations(&self.tags, tags, second_best, heads, relation);
    }

    /// The proper-noun tag id for a common-noun tag id (singular or plural).
    pub fn proper_of(&self, common: u16) -> Option<u16> {
        proper_of(&self.common_to_proper, common)
    }

    /// The tag id of a (UPOS, XPOS) pair.
    pub fn tag_id(&self, upos: &str, xpos: &str) -> Option<u16> {
        tag_id(&self.tags, upos, xpos)
    }

    /// Corpus statistics of a word (see [`WordStats`]).
    pub fn word_stats(&self, w: &WordHashes) -> u32 {
        self.stats.get(w)
    }

    /// One tagging pass. With `past_runner_up = ((participle, past), out)`,
    /// `out[i]` says whether word `i`, tagged as the participle, had the
    /// past tense as its second-best tag.
    fn pass(
        &self,
        weights: &Table,
        p: &Prepared,
        right: Option<&[u16]>,
        past_runner_up: Option<((u16, u16), &mut Vec<bool>)>,
        mut second_best: Option<&mut Vec<u16>>,
    ) -> Vec<u16> {
        let n = p.words.len();
        let dict: Vec<Option<u16>> = p.words.iter().map(|w| self.tagdict.get(&w.form).copied()).collect();
        let mut tags: Vec<u16> = dict.iter().map(|t| t.unwrap_or(0)).collect();
        let scored: Vec<usize> = (0..n).filter(|&i| dict[i].is_none()).collect();
        let mut scores = vec![0i32; self.tags.len()];
        let mut runner_up = past_runner_up.map(|(ids, out)| {
            out.clear();
            out.resize(n, false);
            (ids, out)
        });
        if let Some(out) = &mut second_best {
            out.clear();
            out.resize(n, NO_SECOND);
        }
        with_group_rows(|groups| {
            // The features that do not depend on this pass's tags or on
            // one word alone are made one scored word ahead; those of one
            // word alone come summed from `groups`.
            weights.visit_prefetched(
                &scored,
                |i, keys| context_features(p, i, right, keys),
                |i, keys| {
                    scores.iter_mut().for_each(|s| *s = 0);
                    let w = &p.words[i];
                    let first = (i == 0) as u64;
                    groups.add(weights, key2(GROUP_WORD, w.form, first), w.lower, |k| own_features(p, i, k), &mut scores);
                    let (key, check) = match p.words.get(i + 1) {
                        Some(next) => (key1(GROUP_NEXT, next.form), next.lower),
                        None => (key1(GROUP_NEXT, END), END),
                    };
                    groups.add(weights, key, check, |k| next_word_features(p, i, k), &mut scores);
                    let (key, check) = match i.checked_sub(1) {
                        Some(j) => (key1(GROUP_PREV, p.words[j].form), p.words[j].lower),
                        None => (key1(GROUP_PREV, START), START),
                    };
                    groups.add(weights, key, check, |k| previous_word_features(p, i, k), &mut scores);
                    tag_features(p, i, &tags, right, keys);
                    weights.score(keys, &mut scores);
                    tags[i] = argmax_first(&scores) as u16;
                    if let Some(out) = &mut second_best {
                        let best = std::mem::replace(&mut scores[tags[i] as usize], i32::MIN);
                        out[i] = argmax_first(&scores) as u16;
                        scores[tags[i] as usize] = best;
                    }
                    if let Some(((participle, past), out)) = &mut runner_up {
                        if tags[i] == *participle {
                            let past_score = scores[*past as usize];
                            let above = scores.iter().enumerate().filter(|&(c, &s)| c != *participle as usize && s > past_score).count();
                            out[i] = above == 0;
                        }
                    }
                },
            );
        });
        tags
    }

    pub fn write(&self, w: &mut ByteWriter) {
        w.len(self.tags.len());
        for (u, x) in &self.tags {
            w.str(u);
            w.str(x);
        }
        write_map(w, &self.tagdict, |v| v as u64);
        write_map(w, &self.ambiguity, |v| v);
        write_map(w, &self.clusters.0, |v| v as u64);
        write_map(w, &self.stats.0, |v| v as u64);
        self.first.write(w);
        w.u8(self.second.is_some() as u8);
        if let Some(second) = &self.second {
            second.write(w);
        }
    }

    pub fn read(r: &mut ByteReader) -> DecodeResult<Tagger> {
        let n = r.len(16)?;
        let tags = (0..n).map(|_| Ok((r.str()?, r.str()?))).collect::<DecodeResult<Vec<_>>>()?;
        let tagdict = read_map(r, |v| u16::try_from(v).ok().filter(|&t| (t as usize) < n))?;
        let ambiguity = read_map(r, Some)?;
        let clusters = Clusters(read_map(r, |v| u32::try_from(v).ok().filter(|&c| c != 0))?);
        let stats = WordStats(read_map(r, |v| u32::try_from(v).ok())?);
        let first = Table::read(r)?;
        let second = if r.u8()? != 0 { Some(Table::read(r)?) } else { None };
        if first.classes() != n || second.as_ref().is_some_and(|s| s.classes() != n) {
            return Err("tagger weights do not match its tag set".into());
        }
        let participle_and_past = participle_and_past(&tags);
        let common_to_proper = common_to_proper(&tags);
        Ok(Tagger { tags, tagdict, ambiguity, clusters, stats, first, second, participle_and_past, common_to_proper })
    }

    pub fn size(&self) -> usize {
        self.first.size() + self.second.as_ref().map_or(0, Table::size) + (self.tagdict.len() + self.ambiguity.len() + self.clusters.len() + self.stats.len()) * 16
    }
}

pub fn write_map<V: Copy>(w: &mut ByteWriter, map: &KeyMap<V>, enc: impl Fn(V) -> u64) {
    let mut items: Vec<(u64, u64)> = map.iter().map(|(&k, &v)| (k, enc(v))).collect();
    items.sort_unstable();
    w.len(items.len());
    for (k, v) in items {
        w.u64(k);
        w.u64(v);
    }
}

pub fn read_map<V>(r: &mut ByteReader, dec: impl Fn(u64) -> Option<V>) -> DecodeResult<KeyMap<V>> {
    let n = r.len(16)?;
    let mut map = KeyMap::default();
    map.reserve(n);
    for _ in 0..n {
        let k = r.u64()?;
        let v = dec(r.u64()?).ok_or("map value out of range")?;
        map.insert(k, v);
    }
    Ok(map)
}

fn prepare(ambiguity: &KeyMap<u64>, clusters: &Clusters, stats: &WordStats, forms: &[&str]) -> Prepared {
    let mut words = Vec::with_capacity(forms.len());
    let mut lowers = Vec::with_capacity(forms.len());
    for f in forms {
        let (h, lower) = WordHashes::cached(f);
        words.push(h);
        lowers.push(lower);
    }
    let amb = words.iter().map(|w| ambiguity.get(&w.lower).copied().unwrap_or(UNKNOWN)).collect();
    let clusters = words.iter().map(|w| clusters.get(w)).collect();
    let stats = words.iter().map(|w| stats.get(w)).collect();
    let respelled = vec![false; forms.len()];
    Prepared { words, lowers, clusters, amb, stats, respelled }
}

/// Features of word `i`: `tags` are this pass's tags so far (left
/// context); `right`, in a second pass, the first pass's tags.
fn features(p: &Prepared, i: usize, tags: &[u16], right: Option<&[u16]>, out: &mut Vec<u64>) {
    word_features(p, i, right, out);
    tag_features(p, i, tags, right, out);
}

/// Sentinels for positions outside the sentence.
fn at(p: &Prepared, j: isize, f: fn(&WordHashes) -> u64) -> u64 {
    if j < 0 {
        START
    } else {
        p.words.get(j as usize).map_or(END, f)
    }
}

/// The features of word `i` that do not depend on this pass's tags.
fn word_features(p: &Prepared, i: usize, right: Option<&[u16]>, out: &mut Vec<u64>) {
    own_features(p, i, out);
    next_word_features(p, i, out);
    previous_word_features(p, i, out);
    context_features(p, i, right, out);
}

/// Keys of the groups of features that depend on one word only (see
/// [`crate::perceptron::GroupRows`]): word `i` itself (and whether it is
/// first), the word after it, the word before it.
const GROUP_WORD: u64 = 0x7467_7764;
const GROUP_NEXT: u64 = 0x7467_6e78;
const GROUP_PREV: u64 = 0x7467_7076;

/// The features of word `i` that depend only on its form and on whether it
/// is first in the sentence (template 0 is the bias).
fn own_features(p: &Prepared, i: usize, out: &mut Vec<u64>) {
    let w = &p.words[i];
    let c = p.clusters[i];
    let first = (i == 0) as u64;
    out.extend_from_slice(&[
        key1(0, 0),
        key1(1, w.form),
        key1(2, w.lower),
        key1(3, w.suffix[0]),
        key1(4, w.suffix[1]),
        key1(5, w.suffix[2]),
        key1(6, w.suffix[3]),
        key1(7, w.prefix[0]),
        key1(8, w.prefix[1]),
        key1(9, w.prefix[2]),
        key2(10, w.shape, first),
        key2(11, w.flags, first),
        key1(12, p.amb[i]),
        key1(40, cluster_prefix(c, 4)),
        key1(41, cluster_prefix(c, 6)),
        key1(42, cluster_prefix(c, 10)),
        key1(43, c as u64),
    ]);
    let st = p.stats[i];
    let (case, upper, freq) = (st & 0xff, st >> 8 & 0xff, st >> 16);
    let upper_initial = w.flags & FLAG_UPPER_INITIAL;
    out.extend_from_slice(&[
        key3(60, case as u64, upper_initial, first),
        key2(61, freq as u64, w.flags),
        key3(62, case as u64, freq as u64, upper_initial),
        key2(65, upper as u64, w.flags),
    ]);
}

/// The features of word `i` that depend only on the word after it.
fn next_word_features(p: &Prepared, i: usize, out: &mut Vec<u64>) {
    let at = |f: fn(&WordHashes) -> u64| at(p, i as isize + 1, f);
    let c = p.clusters.get(i + 1).copied().unwrap_or(3);
    let next = p.stats.get(i + 1).copied().unwrap_or(0xff);
    out.extend_from_slice(&[
        key1(15, at(|w| w.lower)),
        key1(18, at(|w| w.suffix[2])),
        key1(19, p.amb.get(i + 1).copied().unwrap_or(END)),
        key1(23, at(|w| w.shape)),
        key1(44, cluster_prefix(c, 6)),
        key1(45, c as u64),
        key2(63, next as u64 & 0xff, at(|w| w.flags & FLAG_UPPER_INITIAL)),
    ]);
}

/// The features of word `i` that depend only on the word before it.
fn previous_word_features(p: &Prepared, i: usize, out: &mut Vec<u64>) {
    let at = |f: fn(&WordHashes) -> u64| at(p, i as isize - 1, f);
    let c = if i == 0 { 2 } else { p.clusters[i - 1] };
    out.extend_from_slice(&[key1(13, at(|w| w.lower)), key1(17, at(|w| w.suffix[2])), key1(46, c as u64)]);
}

/// The features of word `i` that combine several words, or the first
/// pass's tags (in a second pass).
fn context_features(p: &Prepared, i: usize, right: Option<&[u16]>, out: &mut Vec<u64>) {
    let w = &p.words[i];
    let at = |j: isize, f: fn(&WordHashes) -> u64| at(p, j, f);
    let amb = |j: usize| p.amb.get(j).copied().unwrap_or(END);
    let i_ = i as isize;
    out.extend_from_slice(&[
        key1(14, at(i_ - 2, |w| w.lower)),
        key1(16, at(i_ + 2, |w| w.lower)),
        key2(20, amb(i + 1), amb(i + 2)),
        key2(21, at(i_ - 1, |w| w.lower), w.lower),
        key2(22, w.lower, at(i_ + 1, |w| w.lower)),
        key2(36, p.amb[i], amb(i + 1)),
    ]);
    if let Some(right) = right {
        let r1 = right.get(i + 1).map_or(NO_TAG, |&t| t as u64);
        let r2 = right.get(i + 2).map_or(NO_TAG, |&t| t as u64);
        out.extend_from_slice(&[
            key1(50, r1),
            key2(51, r1, r2),
            key2(53, r1, w.lower),
            key2(54, r1, w.suffix[2]),
            key1(56, right[i] as u64),
        ]);
    }
}

/// The features of word `i` that combine it with the tags before it
/// (`tags[..i]`, this pass's).
fn tag_features(p: &Prepared, i: usize, tags: &[u16], right: Option<&[u16]>, out: &mut Vec<u64>) {
    let w = &p.words[i];
    let amb = |j: usize| p.amb.get(j).copied().unwrap_or(END);
    let c = p.clusters.get(i).copied().unwrap_or(3);
    let t1 = if i >= 1 { tags[i - 1] as u64 } else { NO_TAG };
    let t2 = if i >= 2 { tags[i - 2] as u64 } else { NO_TAG };
    let case = (p.stats[i] & 0xff) as u64;
    let upper_initial = w.flags & FLAG_UPPER_INITIAL;
    out.extend_from_slice(&[
        key1(30, t1),
        key2(31, t2, 0),
        key2(32, t1, t2),
        key2(33, t1, w.lower),
        key2(34, t1, amb(i + 1)),
        key2(35, t1, w.suffix[2]),
        key2(37, upper_initial, t1),
        key2(47, t1, cluster_prefix(c, 6)),
        key3(64, case, upper_initial, t1),
    ]);
    if let Some(right) = right {
        let r1 = right.get(i + 1).map_or(NO_TAG, |&t| t as u64);
        out.extend_from_slice(&[key2(52, t1, r1), key3(55, t1, right[i] as u64, r1)]);
    }
}

fn participle_and_past(tags: &[(String, String)]) -> Option<(u16, u16)> {
    tag_id(tags, "VERB", "VBN").zip(tag_id(tags, "VERB", "VBD"))
}

/// See [`Tagger::names_in_running_text`].
fn names_in_running_text(
    common_to_proper: &[(u16, u16)],
    forms: &[&str],
    words: &[WordHashes],
    tags: &mut [u16],
    seen_as: impl Fn(&str, u16) -> bool,
    in_name: impl Fn(usize, &[u16]) -> bool,
) {
    if common_to_proper.is_empty() || !tags.iter().any(|t| common_to_proper.iter().any(|&(c, _)| c == *t)) {
        return;
    }
    // A title capitalizes most words that are not names; running text
    // (even one full of names) does not. The first word and "I" tell nothing.
    let (mut counted, mut capitalized) = (0, 0);
    for (f, t) in forms.iter().zip(tags.iter()).skip(1) {
        if *f == "I" || common_to_proper.iter().any(|&(_, p)| p == *t) {
            continue;
        }
        if let Some(c) = f.chars().next().filter(|c| c.is_alphabetic()) {
            counted += 1;
            capitalized += c.is_uppercase() as usize;
        }
    }
    if 2 * capitalized > counted {
        return;
    }
    // Until nothing changes: a word made a name here can make the words
    // before it part of a name ("The Cat Album": "Album" is never a
    // common noun in the treebank, "Cat" is, and is a compound of "Album").
    let mut changed = true;
    while changed {
        changed = false;
        for i in 1..tags.len() {
            let Some(proper) = proper_of(common_to_proper, tags[i]) else { continue };
            let flags = words[i].flags;
            if flags & FLAG_UPPER_INITIAL == 0 || flags & FLAG_ALL_UPPER != 0 {
                continue;
            }
            if !forms[i - 1].chars().next().is_some_and(char::is_alphanumeric) {
                continue;
            }
            if common_to_proper.iter().any(|&(c, _)| seen_as(forms[i], c)) && !in_name(i, tags) {
                continue;
            }
            tags[i] = proper;
            changed = true;
        }
    }
}

/// Relations of function words and modifiers, and the UPOS their words
/// have in EWT train (at least 1% of them; and ADJ for `advmod`: EWT's
/// "more than", "at least" are ADJ, 0.4%). Relations of content words
/// allow too many tags for their label to tell one (tried: 0 right more
/// than wrong on EWT dev).
const RELATION_UPOS: &[(&str, &[&str])] = &[
    ("case", &["ADP", "PART"]),
    ("det", &["DET"]),
    ("advmod", &["ADV", "PART", "ADJ"]),
    ("amod", &["ADJ", "VERB"]),
    ("mark", &["SCONJ", "PART"]),
    ("cc", &["CCONJ", "SYM"]),
    ("aux", &["AUX"]),
    ("cop", &["AUX"]),
    ("aux:pass", &["AUX"]),
    ("nummod", &["NUM"]),
    ("compound:prt", &["ADP"]),
    ("expl", &["PRON"]),
];

/// See [`Tagger::tags_from_relations`]; `tagset`: (UPOS, XPOS) by tag id.
fn tags_from_relations<'a>(tagset: &[(String, String)], tags: &mut [u16], second_best: &[u16], heads: &[Option<u32>], relation: impl Fn(usize) -> &'a str) {
    // A verb with an object of its own stays a verb: the tree around it
    // is a verb's ("called the raid an illegal act" with "act" the object
    // of "raid"; the event coder repairs that from the verb tag).
    let takes_object = |i: usize| (0..heads.len()).any(|j| heads[j] == Some(i as u32) && matches!(relation(j), "obj" | "iobj"));
    let id = |upos: &str, xpos: &str| tag_id(tagset, upos, xpos);
    let upos_of = |t: u16| tagset[t as usize].0.as_str();
    for (i, tag) in tags.iter_mut().enumerate() {
        let (upos, xpos) = &tagset[*tag as usize];
        let r = relation(i);
        let implied = match (r, upos.as_str()) {
            ("compound:prt", "ADV" | "ADP") if xpos != "RP" => id("ADP", "RP"),
            ("case", "SCONJ") => id("ADP", xpos),
            ("obj", "VERB") if takes_object(i) => None,
            ("obj", "VERB") if xpos == "VBZ" => id("NOUN", "NNS"),
            ("obj", "VERB") if !matches!(xpos.as_str(), "VBG" | "VBN") => id("NOUN", "NN"),
            _ => None,
        };
        if let Some(t) = implied {
            *tag = t;
            continue;
        }
        // Otherwise the tagger's own second choice, where the relation
        // rules out its first.
        let Some(&(_, allowed)) = RELATION_UPOS.iter().find(|(rel, _)| *rel == r) else { continue };
        let Some(&second) = second_best.get(i).filter(|&&t| t != NO_SECOND) else { continue };
        if !allowed.contains(&upos.as_str()) && allowed.contains(&upos_of(second)) {
            *tag = second;
        }
    }
}

fn common_to_proper(tags: &[(String, String)]) -> Vec<(u16, u16)> {
    [("NN", "NNP"), ("NNS", "NNPS")].iter().filter_map(|(c, p)| tag_id(tags, "NOUN", c).zip(tag_id(tags, "PROPN", p))).collect()
}

/// The id of the tag `(upos, xpos)` in a tag set.
fn tag_id(tags: &[(String, String)], upos: &str, xpos: &str) -> Option<u16> {
    tags.iter().position(|(u, x)| u == upos && x == xpos).map(|i| i as u16)
}

/// The proper-noun tag of a common-noun tag (NN → NNP, NNS → NNPS).
fn proper_of(common_to_proper: &[(u16, u16)], common: u16) -> Option<u16> {
    common_to_proper.iter().find(|&&(c, _)| c == common).map(|&(_, p)| p)
}

/// Builds the tag dictionary and ambiguity classes from training data.
fn lexicon(data: &[TagExample], ntags: usize) -> (KeyMap<u16>, KeyMap<u64>) {
    let mut by_form: KeyMap<Vec<u32>> = KeyMap::default();
    let mut by_lower: KeyMap<Vec<u32>> = KeyMap::default();
    for s in data {
        for (f, &t) in s.forms.iter().zip(&s.tags) {
            let (h, _) = WordHashes::new(f);
            by_form.entry(h.form).or_insert_with(|| vec![0; ntags])[t as usize] += 1;
            by_lower.entry(h.lower).or_insert_with(|| vec![0; ntags])[t as usize] += 1;
        }
    }
    let mut tagdict = KeyMap::default();
    for (&k, counts) in &by_form {
        let total: u32 = counts.iter().sum();
        let (best, &n) = counts.iter().enumerate().max_by_key(|&(i, &c)| (c, std::cmp::Reverse(i))).unwrap();
        // Seen 8 times, 99% with one tag: 43% of EWT dev words skip scoring.
        // On dev this tags as well as a stricter dictionary (20, 99.5%:
        // 32%); looser ones (3, 98%) start to cost accuracy.
        if total >= 8 && n as f64 >= 0.99 * total as f64 {
            tagdict.insert(k, best as u16);
        }
    }
    let mut ambiguity = KeyMap::default();
    for (&k, counts) in &by_lower {
        let total: u32 = counts.iter().sum();
        if total < 2 {
            continue;
        }
        let mut h = 0x616d62u64;
        for (t, &c) in counts.iter().enumerate() {
            if c as f64 >= 0.05 * total as f64 {
                h = combine(h, t as u64 + 1);
            }
        }
        ambiguity.insert(k, h);
    }
    (tagdict, ambiguity)
}

/// Reports per-epoch progress: `(epoch, accuracy on dev if given)`.
pub type EpochHook<'a> = &'a mut dyn FnMut(usize, Option<f64>);

/// Trains a tagger; with `dev`, keeps the epoch that tags it best.
///
/// Without `base`, trains a one-pass tagger. With `base = (first, right)`,
/// trains a second pass on top of `first` (whose lexicon and first pass it
/// keeps); `right[i]` are first-pass tags of `data[i]` from a tagger that
/// did not see it (jackknifing), so the second pass learns how far to
/// trust them.
#[allow(clippy::too_many_arguments)]
pub fn train(
    tags: Vec<(String, String)>,
    clusters: &Clusters,
    stats: &WordStats,
    data: &[TagExample],
    base: Option<(&Tagger, &[Vec<u16>])>,
    dev: Option<&[TagExample]>,
    epochs: usize,
    seed: u64,
    prune: f64,
    on_epoch: EpochHook,
) -> Tagger {
    let (tagdict, ambiguity) = match base {
        Some((b, _)) => (b.tagdict.clone(), b.ambiguity.clone()),
        None => lexicon(data, tags.len()),
    };
    let prepared: Vec<Prepared> =
        data.iter().map(|s| prepare(&ambiguity, clusters, stats, &s.forms.iter().map(String::as_str).collect::<Vec<_>>())).collect();
    let mut trainer = Trainer::new(tags.len());
    let mut order: Vec<usize> = (0..data.len()).collect();
    let mut rng = Rng::new(seed);
    let mut best: Option<(f64, Table)> = None;
    let mut keys = Vec::new();
    let mut scores = vec![0i64; tags.len()];
    let assemble = |table: Table| match base {
        Some((b, _)) => Tagger {
            tags: tags.clone(),
            tagdict: tagdict.clone(),
            ambiguity: ambiguity.clone(),
            clusters: clusters.clone(),
            stats: stats.clone(),
            first: b.first.clone(),
            second: Some(table),
            participle_and_past: participle_and_past(&tags),
            common_to_proper: common_to_proper(&tags),
        },
        None => Tagger {
            tags: tags.clone(),
            tagdict: tagdict.clone(),
            ambiguity: ambiguity.clone(),
            clusters: clusters.clone(),
            stats: stats.clone(),
            first: table,
            second: None,
            participle_and_past: participle_and_past(&tags),
            common_to_proper: common_to_proper(&tags),
        },
    };
    for epoch in 1..=epochs {
        rng.shuffle(&mut order);
        for &si in &order {
            let p = &prepared[si];
            let gold = &data[si].tags;
            let right = base.map(|(_, r)| r[si].as_slice());
            let mut predicted: Vec<u16> = Vec::with_capacity(gold.len());
            for (i, &gold_tag) in gold.iter().enumerate() {
                if let Some(&t) = tagdict.get(&p.words[i].form) {
                    predicted.push(t);
                    continue;
                }
                keys.clear();
                features(p, i, &predicted, right, &mut keys);
                scores.iter_mut().for_each(|s| *s = 0);
                trainer.score(&keys, &mut scores);
                let guess = argmax_allowed(&scores, 0..scores.len()).unwrap_or(0);
                trainer.update(&keys, gold_tag as usize, guess);
                trainer.tick();
                predicted.push(guess as u16);
            }
        }
        let tagger = assemble(trainer.compile(prune));
        let score = dev.map(|d| accuracy(&tagger, d));
        on_epoch(epoch, score);
        let keep = match (&best, score) {
            (None, _) | (_, None) => true,
            (Some((b, _)), Some(s)) => s > *b,
        };
        if keep {
            let table = match tagger.second {
                Some(t) => t,
                None => tagger.first,
            };
            best = Some((score.unwrap_or(0.0), table));
        }
    }
    let table = best.map(|b| b.1).unwrap_or_else(|| trainer.compile(prune));
    assemble(table)
}

/// The tagger without its second pass.
pub fn first_pass(t: &Tagger) -> Tagger {
    Tagger {
        tags: t.tags.clone(),
        tagdict: t.tagdict.clone(),
        ambiguity: t.ambiguity.clone(),
        clusters: t.clusters.clone(),
        stats: t.stats.clone(),
        first: t.first.clone(),
        second: None,
        participle_and_past: t.participle_and_past,
        common_to_proper: t.common_to_proper.clone(),
    }
}

/// Fraction of tokens whose joint tag is right.
pub fn accuracy(tagger: &Tagger, data: &[TagExample]) -> f64 {
    let (mut right, mut total) = (0usize, 0usize);
    for s in data {
        let p = tagger.prepare(&s.forms.iter().map(String::as_str).collect::<Vec<_>>());
        let pred = tagger.tag(&p);
        right += pred.iter().zip(&s.tags).filter(|(a, b)| a == b).count();
        total += s.tags.len();
    }
    right as f64 / total.max(1) as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Tags: 0 = common noun, 1 = proper noun, 2 = anything else.
    fn names(sentence: &str, tags: &mut [u16], seen_common: &[&str]) {
        names_parsed(sentence, tags, seen_common, &[]);
    }

    /// `in_name`: the words the parser made part of a name.
    fn names_parsed(sentence: &str, tags: &mut [u16], seen_common: &[&str], in_name: &[usize]) {
        let forms: Vec<&str> = sentence.split(' ').collect();
        let words: Vec<WordHashes> = forms.iter().map(|f| WordHashes::new(f).0).collect();
        let seen = |form: &str, tag| tag == 0 && seen_common.contains(&form);
        names_in_running_text(&[(0, 1)], &forms, &words, tags, seen, |i, _| in_name.contains(&i));
    }

    #[test]
    fn misspellings_are_one_slip_from_one_frequent_word() {
        let stats = WordStats::parse(
            "recommend\t-10.0\t-12.0\t-14.0\nlength\t-9.0\t-12.0\t-14.0\nlittle\t-7.0\t-9.0\t-12.0\n\
             outer\t-11.0\t-12.0\t-14.0\nrare\t-11.0\t-13.0\t-15.0\nrarity\t-16.0\t-18.0\t-19.0\n\
             brands\t-10.0\t-12.0\t-14.0\nblands\t-10.0\t-12.0\t-14.0\n",
        );
        assert_eq!(stats.known_spelling("recomend").as_deref(), Some("recommend"));
        assert_eq!(stats.known_spelling("lenght").as_deref(), Some("length"));
        assert_eq!(stats.known_spelling("litttle").as_deref(), Some("little"));
        // An extra letter other than a doubled one: a rare word, not a slip.
        assert_eq!(stats.known_spelling("ouster"), None);
        // Too short, too rare a target, two equally frequent targets, capitals.
        assert_eq!(stats.known_spelling("rae"), None);
        assert_eq!(stats.known_spelling("raity"), None);
        assert_eq!(stats.known_spelling("bands"), None);
        assert_eq!(stats.known_spelling("brnads").as_deref(), Some("brands"));
        assert_eq!(stats.known_spelling("bblands").as_deref(), Some("blands"));
        assert_eq!(stats.known_spelling("rand"), None);
        // Four letters: swapped ones only.
        assert_eq!(stats.known_spelling("arre").as_deref(), Some("rare"));
        assert_eq!(stats.known_spelling("outr"), None);
        assert_eq!(stats.known_spelling("Lenght"), None);
    }

    #[test]
    fn relations_the_parser_gives_imply_tags() {
        let tagset: Vec<(String, String)> = [("ADV", "RB"), ("ADP", "RP"), ("ADP", "IN"), ("SCONJ", "IN"), ("VERB", "VB"), ("VERB", "VBZ"), ("VERB", "VBG"), ("NOUN", "NN"), ("NOUN", "NNS")]
            .iter()
            .map(|&(u, x)| (u.to_string(), x.to_string()))
            .collect();
        // "give up", "the last pick out", "as of", "the next keep", "the
        // reports", "see the following", "up" as an adverb, "face" as a verb.
        let relations = ["compound:prt", "compound:prt", "case", "obj", "obj", "obj", "advmod", "root"];
        let mut tags = [0, 2, 3, 4, 5, 6, 0, 4];
        tags_from_relations(&tagset, &mut tags, &[NO_SECOND; 8], &[None; 8], |i| relations[i]);
        assert_eq!(tags, [1, 1, 2, 7, 8, 6, 0, 4]);
        // "called the raid an illegal act" with "act" the object of "raid".
        let relations = ["root", "obj", "obj"];
        let mut tags = [4, 4, 7];
        tags_from_relations(&tagset, &mut tags, &[NO_SECOND; 3], &[None, Some(0), Some(1)], |i| relations[i]);
        assert_eq!(tags, [4, 4, 7]);
        // A relation of function words that rules out the tagger's first
        // choice takes its second: "for" as `mark` (SCONJ over ADP), "up"
        // as `advmod` (ADV over ADP); not when the second is ruled out
        // too, nor for dictionary words, nor for content-word relations.
        let relations = ["mark", "advmod", "mark", "mark", "nsubj"];
        let mut tags = [2, 2, 2, 2, 7];
        tags_from_relations(&tagset, &mut tags, &[3, 0, 4, NO_SECOND, 4], &[None; 5], |i| relations[i]);
        assert_eq!(tags, [3, 0, 2, 2, 7]);
    }

    #[test]
    fn a_name_found_makes_the_compounds_before_it_names() {
        // "he read The Cat Album": "Cat" was a common noun in the treebank,
        // "Album" never; "Cat" is a compound of "Album" (word 6).
        let forms: Vec<&str> = "he said he read The Cat Album to us".split(' ').collect();
        let words: Vec<WordHashes> = forms.iter().map(|f| WordHashes::new(f).0).collect();
        let mut tags = [2, 2, 2, 2, 2, 0, 0, 2, 2];
        let seen = |form: &str, tag| tag == 0 && form == "Cat";
        names_in_running_text(&[(0, 1)], &forms, &words, &mut tags, seen, |i, tags| i == 5 && tags[6] == 1);
        assert_eq!(tags, [2, 2, 2, 2, 2, 1, 1, 2, 2]);
    }

    #[test]
    fn capitalized_unseen_common_nouns_in_running_text_are_names() {
        // "the Association of Muslim Scholars": both tagged common nouns.
        let mut tags = [2, 2, 2, 0, 2, 2, 0, 2];
        names("he criticized the Association of Muslim Scholars .", &mut tags, &[]);
        assert_eq!(tags, [2, 2, 2, 1, 2, 2, 1, 2]);
        // Spelled so as a common noun in the treebank: kept.
        let mut tags = [2, 2, 2, 0, 2, 2, 0, 2];
        names("he criticized the Association of Muslim Scholars .", &mut tags, &["Association"]);
        assert_eq!(tags, [2, 2, 2, 0, 2, 2, 1, 2]);
        // ...unless the parser made it part of a name.
        let mut tags = [2, 2, 2, 1, 0, 0, 2];
        names_parsed("he joined the Enron Benefit Plan .", &mut tags, &["Benefit", "Plan"], &[4]);
        assert_eq!(tags, [2, 2, 2, 1, 1, 0, 2]);
        // First word, after punctuation, in CAPITALS, lowercase: kept.
        let mut tags = [0, 2, 2, 0, 2, 0, 2, 0, 2];
        names("Parents said : Schools are TOO full of children", &mut tags, &[]);
        assert_eq!(tags, [0, 2, 2, 0, 2, 0, 2, 0, 2]);
        // A title, most words that are not names capitalized: kept.
        let mut tags = [2, 0, 2, 0, 2, 0];
        names("Stochastic Processes and Simulation in Finance", &mut tags, &[]);
        assert_eq!(tags, [2, 0, 2, 0, 2, 0]);
        // Running text full of names is no title.
        let mut tags = [2, 2, 1, 1, 1, 2, 1, 2, 1, 1, 2, 2, 0];
        names("we met Kim Jong Un , Putin and Xi Jinping at the Summit", &mut tags, &[]);
        assert_eq!(tags[12], 1);
    }
}
