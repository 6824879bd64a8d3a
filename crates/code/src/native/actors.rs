//! Actor and agent names of the knowledge base, compiled for finding them in
//! parsed sentences.
//!
//! Names are matched on the knowledge base's keys (case, diacritics and
//! punctuation folded, spelling variants unified: `Sergei` = `Sergey`,
//! `al-Qaeda` = `al Qaeda`), word by word over the sentence's tokens,
//! longest first, honouring its capitalisation rules: a name written in
//! capitals (`US`, `WHO`) matches only text in capitals, a name starting
//! with a capital only text starting with one.

use std::borrow::Cow;
use std::cell::RefCell;
use std::sync::atomic::{AtomicU64, Ordering};

use demarche_knowledge::{ActorKind, Knowledge, NaiveDate, NameForm};
use demarche_lexicon::compiled::FxHashMap;

use crate::deps::Tag;
use crate::native::tree::Tree;

const NO_NODE: u32 = u32::MAX;

/// A word trie over key words (ids into [`ActorIndex::words`]).
#[derive(Clone, Debug, Default)]
struct KeyTrie {
    edges: FxHashMap<(u32, u32), u32>,
    /// Values per node (entries of the names or agents table).
    values: Vec<Vec<u32>>,
}

impl KeyTrie {
    fn insert(&mut self, words: &[u32], value: u32) {
        if self.values.is_empty() {
            self.values.push(Vec::new());
        }
        let mut node = 0u32;
        for &w in words {
            node = match self.edges.get(&(node, w)) {
                Some(&n) => n,
                None => {
                    let n = self.values.len() as u32;
                    self.values.push(Vec::new());
                    self.edges.insert((node, w), n);
                    n
                }
            };
        }
        if !self.values[node as usize].contains(&value) {
            self.values[node as usize].push(value);
        }
    }

    fn child(&self, node: u32, word: u32) -> u32 {
        self.edges.get(&(node, word)).copied().unwrap_or(NO_NODE)
    }
}

/// One name of an actor, as indexed.
#[derive(Clone, Copy, Debug)]
pub struct NameEntry {
    /// Index into `Knowledge::actors()`.
    pub actor: u32,
    /// Index into that actor's names.
    pub name: u32,
    pub adjective: bool,
    capitals_only: bool,
    capitalized: bool,
}

/// Where a name or agent was found in a sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MentionKind {
    /// Entries of the names table (namesakes: the coder picks the one with
    /// a code on the event date).
    Actor(Vec<u32>),
    /// An agent (index into `Knowledge::agents()`) and whether its plural
    /// form matched.
    Agent(u32, bool),
}

/// A name or agent in a sentence: tokens `first..=last`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mention {
    pub first: u32,
    pub last: u32,
    pub kind: MentionKind,
}

/// A number of its own for each index (a clone gets a new one): the key
/// of the per-thread cache of [`ActorIndex::form_words`].
#[derive(Debug)]
struct CacheId(u64);

impl CacheId {
    fn new() -> CacheId {
        static NEXT: AtomicU64 = AtomicU64::new(1);
        CacheId(NEXT.fetch_add(1, Ordering::Relaxed))
    }
}

impl Clone for CacheId {
    fn clone(&self) -> CacheId {
        CacheId::new()
    }
}

/// A thread's key words of token forms, for one index.
#[derive(Default)]
struct FormWords {
    /// The [`CacheId`] of the index (0: none yet).
    index: u64,
    words: FxHashMap<Box<str>, Box<[u32]>>,
}

impl FormWords {
    /// Forms kept at most (a few MB).
    const LIMIT: usize = 100_000;
}

/// The knowledge base's names and agents, ready for matching.
#[derive(Clone, Debug)]
pub struct ActorIndex {
    pub kb: Cow<'static, Knowledge>,
    /// Which index a thread's cache of form words was filled for.
    cache_id: CacheId,
    words: FxHashMap<String, u32>,
    names: Vec<NameEntry>,
    name_trie: KeyTrie,
    agent_trie: KeyTrie,
    /// Whether the key of a form of ASCII punctuation alone is empty (it
    /// folds to nothing; only a spelling entry for the empty word could
    /// change that), so that such forms skip the key.
    punctuation_key_is_empty: bool,
    /// The word of a possessive "'s" inside a name ("People's Liberation
    /// Army", "prosecutor's office"), if some name has one.
    possessive_s: Option<u32>,
    /// The last word of each person's names of several words, by key
    /// ("morrison" → Scott Morrison, Tim Morrison): a bare surname the
    /// knowledge base does not list as a name of its own.
    /// (Pairs of key word and actor, sorted.)
    surnames: Vec<(u32, u32)>,
    /// The first word of each person's names of several words, by key: a
    /// family name written first ("Lee Jae-myung", "Wang Yi") makes a
    /// surname shared.
    first_words: Vec<(u32, u32)>,
}

/// The key of a name or agent phrase with each possessive "'s" as a word of
/// its own, as a sentence's tokens have it ("People's" → `people s`), when
/// the phrase has one.
fn possessive_key(kb: &Knowledge, phrase: &str) -> Option<String> {
    // Most of the thousands of names have no apostrophe: skip the rewrites.
    if !phrase.contains(['\'', '’']) {
        return None;
    }
    let split = |apostrophe: &str| phrase.replace(&format!("{apostrophe}s "), &format!(" {apostrophe}s "));
    let mut spaced = split("'");
    if spaced == phrase {
        spaced = split("’");
    }
    let spaced = match spaced.strip_suffix("'s").or_else(|| spaced.strip_suffix("’s")) {
        Some(stem) if !stem.ends_with(' ') => format!("{stem} 's"),
        _ => spaced,
    };
    (spaced != phrase).then(|| kb.key(&spaced))
}

/// A possessive marker token: "'s", or a bare "'" the tagger read as one.
fn is_possessive(tree: &Tree<'_>, t: u32) -> bool {
    tree.tag[t as usize] == Tag::POS || matches!(tree.forms[t as usize], "'s" | "’s")
}

/// A sentence's tokens as key words: (word id or barrier, token).
const BARRIER: u32 = u32::MAX;
const UNKNOWN: u32 = u32::MAX - 1;

impl ActorIndex {
    pub fn new(kb: Cow<'static, Knowledge>) -> ActorIndex {
        let mut index = ActorIndex { kb, cache_id: CacheId::new(), words: FxHashMap::default(), names: Vec::new(), name_trie: KeyTrie::default(), agent_trie: KeyTrie::default(), punctuation_key_is_empty: false, possessive_s: None, surnames: Vec::new(), first_words: Vec::new() };
        index.punctuation_key_is_empty = index.kb.key(",").is_empty();
        let kb = index.kb.clone();
        let mut ids = Vec::new();
        for (a, actor) in kb.actors().iter().enumerate() {
            for (n, name) in actor.names.iter().enumerate() {
                let key = possessive_key(&kb, &name.text);
                index.key_ids(key.as_deref().unwrap_or(&name.key), &mut ids);
                if ids.is_empty() {
                    continue;
                }
                let entry = index.names.len() as u32;
                index.names.push(NameEntry {
                    actor: a as u32,
                    name: n as u32,
                    adjective: name.form == NameForm::Adjective,
                    capitals_only: name.capitals_only,
                    capitalized: name.capitalized,
                });
                index.name_trie.insert(&ids, entry);
                if actor.kind == ActorKind::Person && name.form == NameForm::Noun {
                    // (Keyed by the words of the name's key, which fold
                    // each plain word alone.)
                    let proper = |w: &str| w.len() >= 3 && w.starts_with(|c: char| c.is_uppercase()) && w.chars().all(char::is_alphabetic);
                    let words = name.text.rsplit_once(' ').map(|(rest, last)| (rest.split(' ').next().unwrap_or(rest), last));
                    if let (Some((first, last)), [first_id, .., last_id]) = (words, &ids[..]) {
                        if proper(last) {
                            index.surnames.push((*last_id, a as u32));
                        }
                        if proper(first) {
                            index.first_words.push((*first_id, a as u32));
                        }
                    }
                }
            }
        }
        for (i, agent) in kb.agents().iter().enumerate() {
            let possessive = possessive_key(&kb, &agent.phrase);
            for (key, plural) in [(Some(possessive.as_ref().unwrap_or(&agent.key)), false), (agent.plural_key.as_ref(), true)] {
                let Some(key) = key else { continue };
                index.key_ids(key, &mut ids);
                if !ids.is_empty() {
                    // Plural flag in the top bit.
                    index.agent_trie.insert(&ids, (i as u32) | if plural { 1 << 31 } else { 0 });
                }
            }
        }
        for table in [&mut index.surnames, &mut index.first_words] {
            table.sort_unstable();
            table.dedup();
        }
        let s_key = index.kb.key("'s");
        index.possessive_s = index.words.get(&s_key).copied();
        index
    }

    /// Appends the key words of a token's form (none when its key is
    /// empty) to `seq`, each with the token `t`. The words of a form are
    /// the same in every sentence: a thread keeps those of the forms it met
    /// (for this index; forgotten all at once past a limit).
    fn form_words(&self, form: &str, seq: &mut Vec<(u32, u32)>, t: u32) {
        thread_local! {
            static CACHE: RefCell<FormWords> = RefCell::new(FormWords::default());
        }
        let uncached = |seq: &mut Vec<(u32, u32)>| {
            let key = self.kb.key(form);
            if !key.is_empty() {
                seq.extend(key.split(' ').map(|w| (self.words.get(w).copied().unwrap_or(UNKNOWN), t)));
            }
        };
        CACHE.with(|cell| {
            let Ok(mut cache) = cell.try_borrow_mut() else { return uncached(seq) };
            if cache.index != self.cache_id.0 || cache.words.len() >= FormWords::LIMIT {
                cache.index = self.cache_id.0;
                cache.words.clear();
            }
            if let Some(words) = cache.words.get(form) {
                seq.extend(words.iter().map(|&w| (w, t)));
                return;
            }
            let from = seq.len();
            uncached(seq);
            let words: Box<[u32]> = seq[from..].iter().map(|&(w, _)| w).collect();
            cache.words.insert(form.into(), words);
        });
    }

    fn key_ids(&mut self, key: &str, out: &mut Vec<u32>) {
        out.clear();
        for w in key.split(' ').filter(|w| !w.is_empty()) {
            let next = self.words.len() as u32;
            out.push(*self.words.entry(w.to_string()).or_insert(next));
        }
    }

    /// The agent a phrase is as a whole, if any ("ministry", "bank").
    pub fn agent_named(&self, phrase: &str) -> Option<u32> {
        let mut node = 0u32;
        for w in self.kb.key(phrase).split(' ') {
            node = self.agent_trie.child(node, *self.words.get(w)?);
            if node == NO_NODE {
                return None;
            }
        }
        self.agent_trie.values[node as usize].iter().find(|v| *v >> 31 == 0).map(|v| v & !(1 << 31))
    }

    /// The one person with surname `word` who holds an office on `date`
    /// ("Morrison" in 2020: the Australian prime minister, not a former
    /// official of that name), with their primary code then; none when no
    /// or several such office holders share the surname.
    pub fn surname_holder(&self, word: &str, date: NaiveDate) -> Option<(u32, &str)> {
        let id = *self.words.get(&self.kb.key(word))?;
        let people = |table: &[(u32, u32)]| {
            let start = table.partition_point(|&(w, _)| w < id);
            table[start..].iter().take_while(|&&(w, _)| w == id).map(|&(_, a)| a).collect::<Vec<u32>>()
        };
        let holds_office = |a: u32| self.kb.actors()[a as usize].codes_on(date).any(|c| !c.offices.is_empty());
        let mut found = None;
        for a in people(&self.surnames) {
            if holds_office(a) {
                if found.is_some() {
                    return None;
                }
                found = Some(a);
            }
        }
        let a = found?;
        // (A family name written first is a surname too: "Lee" of "John
        // Lee" and of "Lee Jae-myung", an opposition leader then, is no
        // one's in particular.)
        let known_then = |b: u32| self.kb.actors()[b as usize].codes_on(date).next().is_some();
        if people(&self.first_words).into_iter().any(|b| b != a && known_then(b)) {
            return None;
        }
        self.kb.actors()[a as usize].code_on(date).map(|c| (a, c))
    }

    pub fn name(&self, entry: u32) -> &NameEntry {
        &self.names[entry as usize]
    }

    /// The actor a mention's entries stand for on `date`, with its primary
    /// code then: the first namesake that has one.
    pub fn actor_on(&self, entries: &[u32], date: NaiveDate) -> Option<(u32, &str)> {
        entries.iter().find_map(|&e| {
            let a = self.names[e as usize].actor;
            self.kb.actors()[a as usize].code_on(date).map(|c| (a, c))
        })
    }

    pub fn kind(&self, actor: u32) -> ActorKind {
        self.kb.actors()[actor as usize].kind
    }

    /// Finds the names and agents of a sentence, longest first, without
    /// overlaps (names before agents).
    pub fn mentions(&self, tree: &Tree<'_>, text: &str) -> Vec<Mention> {
        // Key words of the tokens.
        let mut seq: Vec<(u32, u32)> = Vec::with_capacity(tree.len() + 4);
        for t in 0..tree.len() as u32 {
            let form = tree.forms[t as usize];
            if is_possessive(tree, t) {
                // Inside a name a possessive is a word ("People's Liberation
                // Army") or, bare after a plural, nothing ("Workers' Party");
                // elsewhere it ends a name, since no name goes on through it.
                match self.possessive_s {
                    _ if matches!(form, "'" | "’") => {}
                    Some(s) if t > 0 => seq.push((s, t)),
                    _ => seq.push((BARRIER, t)),
                }
                continue;
            }
            // Punctuation folds to nothing: its key is the empty phrase's.
            let from = seq.len();
            if !(self.punctuation_key_is_empty && form.bytes().all(|b| b.is_ascii() && !b.is_ascii_alphanumeric())) {
                self.form_words(form, &mut seq, t);
            }
            if seq.len() == from {
                // Hyphens and slashes join name parts ("al - Qaeda"); other
                // punctuation ends a name.
                if !matches!(form, "-" | "–" | "/" | "‑") {
                    seq.push((BARRIER, t));
                }
            }
        }
        let mut out = Vec::new();
        let mut taken = vec![false; tree.len()];
        self.scan(&seq, tree, text, true, &mut out, &mut taken);
        self.scan(&seq, tree, text, false, &mut out, &mut taken);
        self.drop_places_inside_names(tree, &mut out);
        self.drop_names_inside_unknown_names(tree, &mut out);
        out.sort_by_key(|m| m.first);
        out
    }

    /// Whether every entry of a mention is of one of `kinds` (as a noun,
    /// with `noun_only`).
    fn all_of(&self, m: &Mention, kinds: &[ActorKind], noun_only: bool) -> bool {
        match &m.kind {
            MentionKind::Actor(entries) => entries.iter().all(|&e| {
                let n = &self.names[e as usize];
                !(noun_only && n.adjective) && kinds.contains(&self.kb.actors()[n.actor as usize].kind)
            }),
            MentionKind::Agent(..) => false,
        }
    }

    /// Names that are only part of a longer name the knowledge base lacks,
    /// and so stand for no actor of their own:
    /// * a party's name of several words after "X of" / "X for" with X a
    ///   capitalised word no other name covers: "Party of National Unity"
    ///   (Kenya) is not Israel's National Unity party;
    /// * a state after an NGO's name, its national chapter: "Transparency
    ///   International Georgia" is the NGO (the span grows to take the
    ///   state), not Georgia;
    /// * a city or a state's other name (its capital) before a word for an
    ///   agreement or a diplomatic format: "the Pretoria agreement", "the
    ///   Minsk agreements", "the Astana format" name no actor;
    /// * a party's adjective before a capitalised word nothing covers:
    ///   "the Republican Palace";
    /// * a state's name in the name of a geographic feature, written with
    ///   a capitalised word for the feature before it ("Lake Chad") or
    ///   after it ("the Niger Delta", "the Jordan Valley"): a lake, river
    ///   or valley, not the state (which it often lies outside of);
    /// * a state's name or capital ending a longer proper name after a
    ///   Romance particle: "Mocimboa da Praia" (Mozambique), "Rio de
    ///   Janeiro", not Cape Verde's capital.
    fn drop_names_inside_unknown_names(&self, tree: &Tree<'_>, out: &mut Vec<Mention>) {
        const AGREEMENT_WORDS: &[&str] = &["agreement", "agreements", "accord", "accords", "format", "framework", "process", "protocol", "protocols", "memorandum", "declaration", "communique", "communiqué", "formula", "understandings"];
        const FEATURE_BEFORE: &[&str] = &["Lake", "River", "Gulf"];
        const FEATURE_AFTER: &[&str] = &["Lake", "River", "Basin", "Delta", "Valley", "Sea", "Mountains", "Highlands", "Desert", "Plateau", "Rift", "Gulf"];
        const PARTICLES: &[&str] = &["da", "de", "do", "dos", "das", "del", "della", "di", "du", "des"];
        let n = tree.len() as u32;
        let lower = |t: u32| tree.forms[t as usize].to_lowercase();
        let capitalised = |t: u32| tree.forms[t as usize].chars().next().is_some_and(char::is_uppercase);
        let actor_at = |t: u32, out: &[Mention]| out.iter().any(|m| m.first <= t && t <= m.last && matches!(m.kind, MentionKind::Actor(_)));
        let all_adjective = |m: &Mention| matches!(&m.kind, MentionKind::Actor(entries) if entries.iter().all(|&e| self.names[e as usize].adjective));
        let mut drop = vec![false; out.len()];
        let mut grow: Vec<(usize, u32)> = Vec::new();
        for (i, m) in out.iter().enumerate() {
            if m.last > m.first && m.first >= 2 && self.all_of(m, &[ActorKind::Party], false) && matches!(lower(m.first - 1).as_str(), "of" | "for") && capitalised(m.first - 2) && !actor_at(m.first - 2, out) {
                drop[i] = true;
                continue;
            }
            // "the Republican Palace": a party's adjective before a
            // capitalised word that no name or agent covers is part of an
            // unknown name ("Republican senators", "Republican Senator
            // Lindsey Graham" keep the party).
            if m.last + 1 < n && self.all_of(m, &[ActorKind::Party], false) && all_adjective(m) && capitalised(m.last + 1) && !out.iter().any(|x| x.first <= m.last + 1 && m.last < x.last) {
                drop[i] = true;
                continue;
            }
            if m.last + 1 < n && self.all_of(m, &[ActorKind::State, ActorKind::Territory], true) {
                let other_name = match &m.kind {
                    MentionKind::Actor(entries) => entries.iter().all(|&e| {
                        let e = &self.names[e as usize];
                        e.name > 0 || self.kb.actors()[e.actor as usize].kind == ActorKind::Territory
                    }),
                    MentionKind::Agent(..) => false,
                };
                if other_name && AGREEMENT_WORDS.contains(&lower(m.last + 1).as_str()) {
                    drop[i] = true;
                    continue;
                }
            }
            if self.all_of(m, &[ActorKind::State], true) {
                let form = |t: u32| tree.forms[t as usize];
                let feature_before = m.first > 0 && FEATURE_BEFORE.contains(&form(m.first - 1)) && !actor_at(m.first - 1, out);
                let feature_after = m.last + 1 < n && FEATURE_AFTER.contains(&form(m.last + 1)) && !actor_at(m.last + 1, out);
                let particle_name = m.first >= 2 && PARTICLES.contains(&form(m.first - 1)) && capitalised(m.first - 2) && !actor_at(m.first - 2, out);
                if feature_before || feature_after || particle_name {
                    drop[i] = true;
                    continue;
                }
            }
            if m.first > 0 && tree.tag[m.first as usize] == Tag::NNP && self.all_of(m, &[ActorKind::State], true) {
                if let Some(ngo) = out.iter().position(|x| x.last + 1 == m.first && self.all_of(x, &[ActorKind::Ngo], true)) {
                    drop[i] = true;
                    grow.push((ngo, m.last));
                }
            }
        }
        for (ngo, last) in grow {
            out[ngo].last = last;
        }
        let mut i = 0;
        out.retain(|_| {
            i += 1;
            !drop[i - 1]
        });
    }

    /// A place name between two other words of one unknown proper name is
    /// part of that name, not the place: "Abdifatah Aden Hassan" (a Somali
    /// spokesman, not Aden in Yemen), "Minister Chad Wolf". Only proper
    /// nouns on both sides count that no other name covers (before it, a
    /// title may: "Minister").
    fn drop_places_inside_names(&self, tree: &Tree<'_>, out: &mut Vec<Mention>) {
        let covered = |t: u32, out: &[Mention], titles: bool| out.iter().any(|m| m.first <= t && t <= m.last && !(titles && matches!(m.kind, MentionKind::Agent(..))));
        let proper = |t: usize| t < tree.len() && tree.tag[t] == Tag::NNP && tree.forms[t].chars().next().is_some_and(char::is_uppercase) && tree.forms[t].chars().any(char::is_lowercase);
        let place = |m: &Mention| match &m.kind {
            MentionKind::Actor(entries) => entries.iter().all(|&e| {
                let n = &self.names[e as usize];
                !n.adjective && matches!(self.kb.actors()[n.actor as usize].kind, ActorKind::State | ActorKind::Territory | ActorKind::Region)
            }),
            MentionKind::Agent(..) => false,
        };
        let inside: Vec<usize> = (0..out.len())
            .filter(|&i| {
                let m = &out[i];
                place(m) && (m.first..=m.last).all(|t| tree.tag[t as usize] == Tag::NNP) && m.first > 0 && proper(m.first as usize - 1) && !covered(m.first - 1, out, true) && proper(m.last as usize + 1) && !covered(m.last + 1, out, false)
            })
            .collect();
        for i in inside.into_iter().rev() {
            out.remove(i);
        }
    }

    fn scan(&self, seq: &[(u32, u32)], tree: &Tree<'_>, text: &str, names: bool, out: &mut Vec<Mention>, taken: &mut [bool]) {
        let trie = if names { &self.name_trie } else { &self.agent_trie };
        if trie.values.is_empty() {
            return;
        }
        let the = self.words.get("the").copied();
        let mut i = 0;
        while i < seq.len() {
            // No name starts at a possessive ("India's S. Jaishankar").
            if is_possessive(tree, seq[i].1) {
                i += 1;
                continue;
            }
            let best = self.longest_at(seq, tree, text, names, i, taken);
            // "the West Bank": a name written with its article ("the West")
            // gives way to a longer name starting at the next word.
            let article_name_overrun = names && the.is_some_and(|w| seq[i].0 == w) && best.as_ref().is_some_and(|(j, _)| *j > i && self.longest_at(seq, tree, text, names, i + 1, taken).is_some_and(|(k, _)| k > *j));
            match best {
                Some((j, kind)) if (i == 0 || seq[i - 1].1 != seq[i].1) && !article_name_overrun => {
                    let (first, last) = (seq[i].1, seq[j].1);
                    for t in first..=last {
                        taken[t as usize] = true;
                    }
                    out.push(Mention { first, last, kind });
                    i = j + 1;
                }
                _ => i += 1,
            }
        }
    }

    /// The longest name (or agent) starting at `seq[i]`: where it ends and
    /// what it names.
    fn longest_at(&self, seq: &[(u32, u32)], tree: &Tree<'_>, text: &str, names: bool, i: usize, taken: &[bool]) -> Option<(usize, MentionKind)> {
        let trie = if names { &self.name_trie } else { &self.agent_trie };
        let mut node = 0u32;
        let mut best: Option<(usize, MentionKind)> = None;
        let mut j = i;
        while j < seq.len() {
            let (w, t) = seq[j];
            if w >= UNKNOWN || taken[t as usize] {
                break;
            }
            node = trie.child(node, w);
            if node == NO_NODE {
                break;
            }
            // A name ends on a token boundary.
            let ends_token = j + 1 == seq.len() || seq[j + 1].1 != t;
            let values = &trie.values[node as usize];
            if ends_token && !values.is_empty() {
                let (first, last) = (seq[i].1, t);
                if names {
                    let span = tree.span_text(text, first, last);
                    let fits: Vec<u32> = values.iter().copied().filter(|&e| self.fits(e, span)).collect();
                    if !fits.is_empty() {
                        best = Some((j, MentionKind::Actor(fits)));
                    }
                } else {
                    let v = values[0];
                    best = Some((j, MentionKind::Agent(v & !(1 << 31), v >> 31 == 1)));
                }
            }
            j += 1;
        }
        best
    }

    /// The capitalisation rules of a name against the text it matched.
    fn fits(&self, entry: u32, span: &str) -> bool {
        let e = &self.names[entry as usize];
        if e.capitals_only && !demarche_knowledge::is_capitals(span) {
            return false;
        }
        if e.capitalized && !span.chars().find(|c| c.is_alphabetic()).is_some_and(char::is_uppercase) {
            return false;
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::deps::Rel;
    use crate::model::Lexicon;

    fn index(text: &str) -> ActorIndex {
        let registry = "country-code FRA France\ncountry-code DEU Germany\n";
        ActorIndex::new(Cow::Owned(Knowledge::from_texts([("registry.txt", registry), ("test.txt", text)]).unwrap()))
    }

    /// The names an index finds in "Sylvania met Freedonia .".
    fn found(index: &ActorIndex) -> Vec<(u32, u32, String)> {
        let lex = Lexicon::default();
        let forms = ["Sylvania", "met", "Freedonia", "."];
        let tags = [Tag::NNP, Tag::VBD, Tag::NNP, Tag::Period];
        let tree = Tree::from_parts(&lex, &forms, &forms, &tags, &[2, 0, 2, 2], &[Rel::Nsubj, Rel::Root, Rel::Obj, Rel::Punct]);
        let text = forms.join(" ");
        index
            .mentions(&tree, &text)
            .into_iter()
            .map(|m| match m.kind {
                MentionKind::Actor(entries) => (m.first, m.last, index.kb.actors()[index.names[entries[0] as usize].actor as usize].name.clone()),
                MentionKind::Agent(..) => (m.first, m.last, "agent".into()),
            })
            .collect()
    }

    /// A thread's cache of form words belongs to one index: another
    /// index, whose words have other ids, or a clone, reads its own.
    #[test]
    fn form_words_are_cached_per_index() {
        let both = index("state Freedonia\n code FRA\nstate Sylvania\n code DEU\n");
        let one = index("state Sylvania\n code DEU\n");
        let want_both = vec![(0, 0, "Sylvania".to_string()), (2, 2, "Freedonia".to_string())];
        for _ in 0..2 {
            assert_eq!(found(&both), want_both);
            assert_eq!(found(&one), vec![(0, 0, "Sylvania".to_string())]);
            assert_eq!(found(&both.clone()), want_both);
        }
    }
}
