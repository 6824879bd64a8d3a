//! Compiled lexicons: words interned to ids, phrases stored in tries keyed by
//! word ids, so the coder matches a sentence without string comparisons.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

use crate::actors::{ActorCode, ActorDictionary};
use crate::agents::{AgentDictionary, AgentPosition};
use crate::discards::DiscardList;

/// A fast, non-cryptographic hasher (the Fx hash used by rustc) for the
/// small integer and short string keys of the lexicon.
#[derive(Clone, Copy, Default)]
pub struct FxHasher {
    hash: u64,
}

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FxHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.add(u64::from_le_bytes(c.try_into().unwrap_or([0; 8])));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut buf = [0u8; 8];
            buf[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(buf));
        }
    }

    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(i as u64);
    }

    #[inline]
    fn write_u32(&mut self, i: u32) {
        self.add(i as u64);
    }

    #[inline]
    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }

    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.hash
    }
}

pub type FxBuild = BuildHasherDefault<FxHasher>;
pub type FxHashMap<K, V> = HashMap<K, V, FxBuild>;
pub type FxHashSet<T> = HashSet<T, FxBuild>;

/// An interned word.
pub type WordId = u32;

/// Interns upper-case words to dense ids. Words live in one string arena
/// and are found through an open-addressing table of their case-folded
/// hashes, so a text word is looked up in any case without allocating.
/// A slot holds the word's first eight bytes and its length, so a word
/// of up to eight bytes (most words) is compared without reading the
/// arena: one memory access per lookup rather than three.
#[derive(Clone, Debug, Default)]
pub struct Vocabulary {
    arena: String,
    /// (start, end) of each word in the arena.
    spans: Vec<(u32, u32)>,
    /// The folded hash of each word (for growing the table).
    hashes: Vec<u64>,
    /// Linear probing; empty slots hold `NO_WORD`.
    slots: Vec<Slot>,
}

#[derive(Clone, Copy, Debug)]
struct Slot {
    /// The word's first eight bytes (zeros after a shorter word's end).
    head: u64,
    /// [`Slot::tag`]: hash bits and length.
    tag: u32,
    id: WordId,
}

impl Slot {
    const EMPTY: Slot = Slot { head: 0, tag: 0, id: NO_WORD };

    /// High hash bits, and the length in the low byte (255 for longer).
    #[inline]
    fn tag(h: u64, len: usize) -> u32 {
        ((h >> 32) as u32 & !0xff) | len.min(255) as u32
    }
}

/// The first eight bytes of a word, zeros after its end.
#[inline]
fn head8(b: &[u8]) -> u64 {
    match b.len() {
        0 => 0,
        1..8 => short8(b),
        _ => load8(b, 0),
    }
}

const NO_WORD: WordId = WordId::MAX;

impl Vocabulary {
    pub fn intern(&mut self, word: &str) -> WordId {
        let h = folded_hash(word);
        if let Some(id) = self.get_hashed(h, word) {
            return id;
        }
        if (self.spans.len() + 1) * 2 > self.slots.len() {
            self.grow();
        }
        let id = self.spans.len() as WordId;
        let start = self.arena.len() as u32;
        self.arena.push_str(word);
        self.spans.push((start, self.arena.len() as u32));
        self.hashes.push(h);
        self.place(h, id);
        id
    }

    /// The home slot of a hash: its high bits after a Fibonacci multiply
    /// (the low bits of an Fx hash are weak).
    #[inline]
    fn home(&self, h: u64) -> usize {
        let bits = self.slots.len().trailing_zeros();
        (h.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - bits)) as usize
    }

    fn place(&mut self, h: u64, id: WordId) {
        let mask = self.slots.len() - 1;
        let mut i = self.home(h);
        while self.slots[i].id != NO_WORD {
            i = (i + 1) & mask;
        }
        let word = self.bytes_of(id);
        self.slots[i] = Slot { head: head8(word), tag: Slot::tag(h, word.len()), id };
    }

    fn grow(&mut self) {
        let size = (self.slots.len() * 2).max(64);
        self.slots = vec![Slot::EMPTY; size];
        for id in 0..self.spans.len() {
            self.place(self.hashes[id], id as WordId);
        }
    }

    /// The arena bytes of word `id`.
    #[inline]
    fn bytes_of(&self, id: WordId) -> &[u8] {
        let (s, e) = self.spans[id as usize];
        self.arena.as_bytes().get(s as usize..e as usize).unwrap_or_default()
    }

    /// The word with hash `h` and length `len` whose slot `head` passes,
    /// and, if longer than eight bytes, whose bytes `same` accepts.
    #[inline]
    fn find(&self, h: u64, len: usize, head: impl Fn(u64) -> bool, same: impl Fn(&[u8]) -> bool) -> Option<WordId> {
        if self.slots.is_empty() {
            return None;
        }
        let tag = Slot::tag(h, len);
        let mask = self.slots.len() - 1;
        let mut i = self.home(h);
        loop {
            let slot = self.slots[i];
            if slot.id == NO_WORD {
                return None;
            }
            if slot.tag == tag && head(slot.head) && (len <= 8 || same(self.bytes_of(slot.id))) {
                return Some(slot.id);
            }
            i = (i + 1) & mask;
        }
    }

    fn get_hashed(&self, h: u64, word: &str) -> Option<WordId> {
        let head = head8(word.as_bytes());
        self.find(h, word.len(), |x| x == head, |w| w == word.as_bytes())
    }

    /// The id of exactly this word.
    pub fn get(&self, word: &str) -> Option<WordId> {
        self.get_hashed(folded_hash(word), word)
    }

    /// The id of the upper-case form of `word` (any case).
    #[inline(always)]
    pub fn get_folded(&self, word: &str) -> Option<WordId> {
        let b = word.as_bytes();
        if b.len() <= 8 {
            // Most words: their eight bytes, read once, are both the hash
            // input and the slot key ([`ascii_folded_hash`] of one chunk).
            let x = head8(b);
            if x & HIGH == 0 {
                let head = upper8(x);
                let mut h = FxHasher::default();
                if !b.is_empty() {
                    h.add(head);
                }
                return self.find(h.finish(), b.len(), |y| upper8(y) == head, |w| same_folded(w, b));
            }
        } else if let Some(h) = ascii_folded_hash(b) {
            // The slot's first eight bytes, letters upper-cased; then the
            // rest, eight bytes at a time.
            let head = upper8(head8(b));
            return self.find(h, b.len(), |x| upper8(x) == head, |w| same_folded(w, b));
        }
        let upper: String = word.chars().flat_map(char::to_uppercase).collect();
        self.get(&upper)
    }

    pub fn word(&self, id: WordId) -> &str {
        let (s, e) = self.spans[id as usize];
        &self.arena[s as usize..e as usize]
    }

    pub fn len(&self) -> usize {
        self.spans.len()
    }

    pub fn is_empty(&self) -> bool {
        self.spans.is_empty()
    }
}

const NO_VALUE: u32 = u32::MAX;
/// Edge-key bit for an open edge (the word may follow after a gap).
const OPEN: u64 = 1 << 63;

/// Phrases (word-id sequences) mapped to values, for longest-match lookup.
/// Edges live in one hash map keyed by (node, word), which keeps the
/// hundred-thousand-phrase actor lexicons compact. A word written after a
/// space rather than `_` (TABARI's open connector) may be preceded by other
/// words of the text: `ITHILEN TELEVISION` matches "Ithilen state-run
/// television".
#[derive(Clone, Debug)]
pub struct PhraseTrie {
    edges: FxHashMap<u64, u32>,
    values: Vec<u32>,
    /// Nodes with open outgoing edges.
    open_out: Vec<bool>,
    /// Bit per word id: the words some phrase starts with. Most words of a
    /// sentence start none, and are passed over without a hash lookup.
    starts: Vec<u64>,
}

impl Default for PhraseTrie {
    fn default() -> PhraseTrie {
        PhraseTrie { edges: FxHashMap::default(), values: vec![NO_VALUE], open_out: vec![false], starts: Vec::new() }
    }
}

impl PhraseTrie {
    #[inline]
    fn key(node: u32, word: WordId, open: bool) -> u64 {
        ((node as u64) << 32) | word as u64 | if open { OPEN } else { 0 }
    }

    #[inline]
    fn child(&self, node: u32, word: WordId) -> Option<u32> {
        self.edges.get(&Self::key(node, word, false)).copied()
    }

    /// Makes room for about `edges` more edges (words of new phrases).
    pub fn reserve(&mut self, edges: usize) {
        self.edges.reserve(edges);
        self.values.reserve(edges);
        self.open_out.reserve(edges);
    }

    /// Whether some phrase starts with `word`.
    #[inline]
    pub fn starts_with(&self, word: WordId) -> bool {
        self.starts.get(word as usize / 64).is_some_and(|b| b & (1 << (word % 64)) != 0)
    }

    /// The value stored for exactly this (consecutive) phrase.
    pub fn get(&self, words: &[WordId]) -> Option<u32> {
        let mut node = 0;
        for &w in words {
            node = self.child(node, w)?;
        }
        let v = self.values[node as usize];
        (v != NO_VALUE).then_some(v)
    }

    /// Stores `value` for a phrase of consecutive words unless it has one;
    /// returns the value now stored (the old one if present).
    pub fn insert(&mut self, words: impl IntoIterator<Item = WordId>, value: u32) -> u32 {
        self.insert_parts(words.into_iter().map(|w| (w, false)), value)
    }

    /// Like [`PhraseTrie::insert`], with an "open" flag per word (may be
    /// preceded by a gap; ignored for the first word).
    pub fn insert_parts(&mut self, words: impl IntoIterator<Item = (WordId, bool)>, value: u32) -> u32 {
        let mut node = 0u32;
        for (i, (w, open)) in words.into_iter().enumerate() {
            let open = open && i > 0;
            if i == 0 {
                let at = w as usize / 64;
                if at >= self.starts.len() {
                    self.starts.resize(at + 1, 0);
                }
                self.starts[at] |= 1 << (w % 64);
            }
            let key = Self::key(node, w, open);
            node = match self.edges.get(&key) {
                Some(&n) => n,
                None => {
                    let n = self.values.len() as u32;
                    self.values.push(NO_VALUE);
                    self.open_out.push(false);
                    self.edges.insert(key, n);
                    if open {
                        self.open_out[node as usize] = true;
                    }
                    n
                }
            };
        }
        let slot = &mut self.values[node as usize];
        if *slot == NO_VALUE {
            *slot = value;
        }
        *slot
    }

    /// Inserts a normalized phrase (`_` glued, space open).
    pub fn insert_phrase(&mut self, phrase: &str, vocab: &mut Vocabulary, value: u32) -> u32 {
        self.insert_parts(crate::words::phrase_parts(phrase).map(|(w, glued)| (vocab.intern(w), !glued)), value)
    }

    /// The longest phrase that `words` starts with: (words spanned, value).
    #[inline]
    pub fn longest_prefix(&self, words: &[WordId]) -> Option<(usize, u32)> {
        if !words.first().is_some_and(|&w| self.starts_with(w)) {
            return None;
        }
        let mut best = None;
        self.walk(0, words, 0, &mut best);
        best
    }

    fn walk(&self, node: u32, words: &[WordId], at: usize, best: &mut Option<(usize, u32)>) {
        if at > 0 {
            let v = self.values[node as usize];
            if v != NO_VALUE && best.is_none_or(|(len, _)| at > len) {
                *best = Some((at, v));
            }
        }
        if at < words.len() {
            if let Some(n) = self.child(node, words[at]) {
                self.walk(n, words, at + 1, best);
            }
        }
        if at > 0 && self.open_out[node as usize] {
            for j in at..words.len() {
                if let Some(&n) = self.edges.get(&Self::key(node, words[j], true)) {
                    self.walk(n, words, j + 1, best);
                }
            }
        }
    }

    pub fn is_empty(&self) -> bool {
        self.edges.is_empty()
    }
}

/// Where a dictionary entry came from, for explanations.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Origin {
    pub file: u16,
    pub line: u32,
}

/// An actor phrase and the code groups given to it (in file order).
#[derive(Clone, Debug)]
pub struct ActorRecord {
    pub phrase: String,
    /// Indices into [`ActorLexicon::groups`]; several when the phrase was
    /// defined more than once.
    pub groups: Vec<u32>,
    pub origin: Origin,
}

/// All actor dictionaries merged: a phrase defined twice gets both code lists.
#[derive(Clone, Debug, Default)]
pub struct ActorLexicon {
    pub trie: PhraseTrie,
    pub records: Vec<ActorRecord>,
    /// Code lists, shared by a root and its synonyms.
    pub groups: Vec<Vec<ActorCode>>,
    pub files: Vec<String>,
}

impl ActorLexicon {
    pub fn add(&mut self, dict: &ActorDictionary, file: &str, vocab: &mut Vocabulary) {
        self.add_owned(dict.clone(), file, vocab);
    }

    /// Like [`ActorLexicon::add`], taking the dictionary (no copies).
    pub fn add_owned(&mut self, dict: ActorDictionary, file: &str, vocab: &mut Vocabulary) {
        let file_index = self.files.len() as u16;
        self.files.push(file.to_string());
        let base = self.groups.len() as u32;
        self.groups.extend(dict.groups);
        // Phrases run to about two words: sized once, not regrown.
        self.trie.reserve(dict.entries.len() * 2);
        self.records.reserve(dict.entries.len());
        for e in dict.entries {
            let next = self.records.len() as u32;
            let id = self.trie.insert_phrase(&e.phrase, vocab, next);
            let group = base + e.group as u32;
            if id == next {
                self.records.push(ActorRecord { phrase: e.phrase, groups: vec![group], origin: Origin { file: file_index, line: e.line as u32 } });
            } else {
                let r = &mut self.records[id as usize];
                if !r.groups.contains(&group) {
                    r.groups.push(group);
                }
            }
        }
    }

    /// The codes of actor `id`, in the order written.
    pub fn codes(&self, id: u32) -> impl Iterator<Item = &ActorCode> + '_ {
        self.records[id as usize].groups.iter().flat_map(move |&g| self.groups[g as usize].iter())
    }

    /// The code of actor `id` on `date` (YYYYMMDD): the first dated code
    /// valid then, else the first undated code. `None` if no code applies.
    pub fn code_on(&self, id: u32, date: Option<u32>) -> Option<&str> {
        if let Some(d) = date {
            if let Some(c) = self.codes(id).find(|c| c.validity.is_dated() && c.validity.holds(d)) {
                return Some(&c.code);
            }
        }
        self.codes(id).find(|c| !c.validity.is_dated()).map(|c| c.code.as_str())
    }

    pub fn len(&self) -> usize {
        self.records.len()
    }

    pub fn is_empty(&self) -> bool {
        self.records.is_empty()
    }
}

#[derive(Clone, Debug)]
pub struct AgentRecord {
    pub phrase: String,
    pub code: String,
    pub position: AgentPosition,
    pub origin: Origin,
}

/// All agent phrases (with generated plurals and substitutions).
#[derive(Clone, Debug, Default)]
pub struct AgentLexicon {
    pub trie: PhraseTrie,
    pub records: Vec<AgentRecord>,
    pub files: Vec<String>,
}

impl AgentLexicon {
    pub fn add(&mut self, dict: &AgentDictionary, file: &str, vocab: &mut Vocabulary) {
        let file_index = self.files.len() as u16;
        self.files.push(file.to_string());
        for e in &dict.entries {
            let next = self.records.len() as u32;
            if self.trie.insert_phrase(&e.phrase, vocab, next) == next {
                self.records.push(AgentRecord {
                    phrase: e.phrase.clone(),
                    code: e.code.clone(),
                    position: e.position,
                    origin: Origin { file: file_index, line: e.line as u32 },
                });
            }
        }
    }
}

/// Discard phrases; the value says whether the whole story goes.
#[derive(Clone, Debug, Default)]
pub struct DiscardLexicon {
    pub trie: PhraseTrie,
    /// Per value: (phrase, story discard?).
    pub records: Vec<(String, bool)>,
    /// Case-folded hashes of every discard word: most words of a sentence
    /// are rejected by this set without building their upper-case form.
    pub word_hashes: FxHashSet<u64>,
    /// The same for the first words of the phrases (where a match starts).
    pub first_hashes: FxHashSet<u64>,
    /// Length and first letter of the ASCII first words, as bits (see
    /// [`word_shape`]): a cheaper filter than hashing every word.
    pub first_shapes: [u64; 32],
    /// Bits of the folded hashes of the ASCII first words (the top
    /// [`BLOOM_BITS`] bits of each), a second filter before the set.
    pub first_bloom: Vec<u64>,
}

const BLOOM_BITS: u32 = 16;

#[inline]
fn bloom_bit(h: u64) -> (usize, u64) {
    let b = (h >> (64 - BLOOM_BITS)) as usize;
    (b / 64, 1 << (b % 64))
}

/// A 11-bit summary of an ASCII word: its length (up to 15) and its
/// upper-cased first byte.
#[inline]
fn word_shape(w: &[u8]) -> usize {
    (w.len().min(15) << 7) | (w.first().map_or(0, u8::to_ascii_uppercase) & 0x7F) as usize
}

/// Bytes that `char::is_whitespace` counts as blanks, among the ASCII ones.
static ASCII_BLANK: [bool; 256] = {
    let mut t = [false; 256];
    t[b' ' as usize] = true;
    let mut b = 9;
    while b <= 13 {
        t[b] = true;
        b += 1;
    }
    t
};

/// The end of the ASCII word at `i` (the first blank at or after it, or
/// the end): eight bytes at a time, a blank being among the bytes below
/// `!` (then told apart from other control bytes by [`ASCII_BLANK`]).
#[inline]
fn ascii_word_end(bytes: &[u8], mut i: usize) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    while i + 8 <= bytes.len() {
        let x = load8(bytes, i);
        // High bit of each byte below 0x21 (ASCII bytes: no borrows).
        let low = !((x | HIGH) - 0x21 * ONES) & HIGH;
        if low == 0 {
            i += 8;
            continue;
        }
        let at = i + (low.trailing_zeros() / 8) as usize;
        if ASCII_BLANK[bytes[at] as usize] {
            return at;
        }
        // A control byte that is no blank: on, byte by byte, past it.
        i = at + 1;
    }
    while i < bytes.len() && !ASCII_BLANK[bytes[i] as usize] {
        i += 1;
    }
    i
}

/// The whitespace-separated words of a text, as [`str::split_whitespace`]
/// gives them, scanning bytes when the text is ASCII.
#[derive(Clone)]
pub enum TextWords<'a> {
    Ascii { text: &'a str, at: usize },
    Unicode(std::str::SplitWhitespace<'a>),
}

impl<'a> TextWords<'a> {
    pub fn new(text: &'a str) -> TextWords<'a> {
        if text.is_ascii() {
            TextWords::Ascii { text, at: 0 }
        } else {
            TextWords::Unicode(text.split_whitespace())
        }
    }
}

impl<'a> Iterator for TextWords<'a> {
    type Item = &'a str;

    #[inline]
    fn next(&mut self) -> Option<&'a str> {
        match self {
            TextWords::Ascii { text, at } => {
                let blank = |b: u8| ASCII_BLANK[b as usize];
                let bytes = text.as_bytes();
                let mut i = *at;
                while i < bytes.len() && blank(bytes[i]) {
                    i += 1;
                }
                if i == bytes.len() {
                    *at = i;
                    return None;
                }
                let start = i;
                while i < bytes.len() && !blank(bytes[i]) {
                    i += 1;
                }
                *at = i;
                text.get(start..i)
            }
            TextWords::Unicode(words) => words.next(),
        }
    }
}

/// Upper-cases the ASCII letters of eight bytes at once.
#[inline]
fn upper8(x: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let low7 = x & !HIGH;
    let ge_a = low7 + (0x80 - b'a' as u64) * ONES;
    let gt_z = low7 + (0x80 - b'z' as u64 - 1) * ONES;
    let lower = ge_a & !gt_z & !x & HIGH;
    x - (lower >> 2)
}

const HIGH: u64 = 0x8080_8080_8080_8080;

/// Eight bytes from `b[at..]` as a little-endian word (the caller
/// guarantees they exist).
#[inline]
fn load8(b: &[u8], at: usize) -> u64 {
    u64::from_le_bytes(b.get(at..at + 8).and_then(|c| c.try_into().ok()).unwrap_or([0; 8]))
}

/// The last `b.len() - at` (1 to 7) bytes of `b` in the low bytes of a
/// word, zeros above: one read overlapping the previous chunk when the
/// slice is long enough, a small copy otherwise.
#[inline]
fn tail8(b: &[u8], at: usize) -> u64 {
    let rest = b.len() - at;
    if b.len() >= 8 {
        load8(b, b.len() - 8) >> (8 * (8 - rest))
    } else {
        short8(&b[at..])
    }
}

/// The 1 to 7 bytes of `s` in the low bytes of a word: two overlapping
/// reads (the bytes they share land in the same place), not a byte loop.
#[inline]
fn short8(s: &[u8]) -> u64 {
    let n = s.len();
    let read = |at: usize, width: usize| -> u64 {
        let mut x = 0u64;
        if let Some(c) = s.get(at..at + width) {
            x = match width {
                4 => u32::from_le_bytes(c.try_into().unwrap_or([0; 4])) as u64,
                2 => u16::from_le_bytes(c.try_into().unwrap_or([0; 2])) as u64,
                _ => c[0] as u64,
            };
        }
        x << (8 * at)
    };
    match n {
        4.. => read(0, 4) | read(n - 4, 4),
        2.. => read(0, 2) | read(n - 2, 2),
        1 => read(0, 1),
        _ => 0,
    }
}

/// [`folded_hash`] of an ASCII word; `None` if it is not ASCII.
#[inline]
fn ascii_folded_hash(b: &[u8]) -> Option<u64> {
    let mut h = FxHasher::default();
    let mut at = 0;
    while at + 8 <= b.len() {
        let x = load8(b, at);
        if x & HIGH != 0 {
            return None;
        }
        h.add(upper8(x));
        at += 8;
    }
    if at < b.len() {
        let x = tail8(b, at);
        if x & HIGH != 0 {
            return None;
        }
        h.add(upper8(x));
    }
    Some(h.finish())
}

/// Whether a stored word equals an ASCII word, ignoring ASCII case.
#[inline]
fn same_folded(stored: &[u8], word: &[u8]) -> bool {
    if stored.len() != word.len() {
        return false;
    }
    let mut at = 0;
    while at + 8 <= word.len() {
        if upper8(load8(stored, at)) != upper8(load8(word, at)) {
            return false;
        }
        at += 8;
    }
    at == word.len() || upper8(tail8(stored, at)) == upper8(tail8(word, at))
}

/// A hash of a word's upper-case form, computed without allocating:
/// eight ASCII bytes at a time, characters one by one otherwise.
pub fn folded_hash(word: &str) -> u64 {
    ascii_folded_hash(word.as_bytes()).unwrap_or_else(|| folded_hash_unicode(word))
}

fn folded_hash_unicode(word: &str) -> u64 {
    let mut h = FxHasher::default();
    for c in word.chars().flat_map(char::to_uppercase) {
        h.write_u32(c as u32);
    }
    h.finish()
}

/// What a discard check found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Discard {
    Sentence(String),
    Story(String),
}

impl DiscardLexicon {
    pub fn add(&mut self, list: &DiscardList, vocab: &mut Vocabulary) {
        for e in &list.entries {
            self.word_hashes.extend(e.phrase.split(' ').map(folded_hash));
            if let Some(first) = e.phrase.split(' ').next() {
                self.first_hashes.insert(folded_hash(first));
                if first.is_ascii() {
                    let shape = word_shape(first.as_bytes());
                    self.first_shapes[shape / 64] |= 1 << (shape % 64);
                    self.first_bloom.resize(1 << (BLOOM_BITS - 6), 0);
                    let (at, bit) = bloom_bit(folded_hash(first));
                    self.first_bloom[at] |= bit;
                }
            }
            let next = self.records.len() as u32;
            let id = self.trie.insert(e.phrase.split(' ').map(|w| vocab.intern(w)), next);
            if id == next {
                self.records.push((e.phrase.clone(), e.story));
            } else if e.story {
                self.records[id as usize].1 = true;
            }
        }
    }

    /// Checks the whitespace-separated words of a sentence text, as
    /// [`DiscardLexicon::check`] does, looking up only the words a match
    /// could start at or continue with.
    pub fn check_text(&self, vocab: &Vocabulary, text: &str) -> Option<Discard> {
        if self.trie.is_empty() {
            return None;
        }
        let mut found: Option<Discard> = None;
        if !text.is_ascii() {
            let mut words = TextWords::new(text);
            while words.clone().next().is_some() {
                if let Some(story) = self.match_at(vocab, words.clone(), &mut found) {
                    return Some(story);
                }
                words.next();
            }
            return found;
        }
        // ASCII: one pass over the bytes; a word whose length and first
        // letter start no phrase is passed over without hashing it.
        let bytes = text.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            while i < bytes.len() && ASCII_BLANK[bytes[i] as usize] {
                i += 1;
            }
            let start = i;
            i = ascii_word_end(bytes, i);
            if i == start {
                break;
            }
            let word = &bytes[start..i];
            let shape = word_shape(word);
            if self.first_shapes[shape / 64] & (1 << (shape % 64)) == 0 {
                continue;
            }
            let (at, bit) = bloom_bit(ascii_folded_hash(word).unwrap_or(0));
            if self.first_bloom.get(at).is_some_and(|b| b & bit != 0) {
                if let Some(story) = self.match_at(vocab, TextWords::Ascii { text, at: start }, &mut found) {
                    return Some(story);
                }
            }
        }
        found
    }

    /// Walks the trie along `words` (from the word a match would start
    /// at): the first sentence discard found is kept in `found`; a story
    /// discard is returned at once.
    fn match_at(&self, vocab: &Vocabulary, mut words: TextWords<'_>, found: &mut Option<Discard>) -> Option<Discard> {
        // A word whose folded hash is not in the set cannot be a discard
        // word (non-ASCII words are looked up regardless: their case
        // folding may change their bytes).
        let may_be = |set: &FxHashSet<u64>, w: &str| !w.is_ascii() || set.contains(&folded_hash(w));
        let first = words.next()?;
        if !may_be(&self.first_hashes, first) {
            return None;
        }
        let mut node = 0u32;
        let mut word = Some(first);
        while let Some(w) = word {
            if !may_be(&self.word_hashes, w) {
                break;
            }
            let Some(id) = vocab.get_folded(w) else { break };
            match self.advance(node, id, found) {
                Err(story) => return Some(story),
                Ok(None) => break,
                Ok(Some(n)) => node = n,
            }
            word = words.next();
        }
        None
    }

    /// Follows word `id` from trie node `node` to the next node, if any.
    /// A phrase ending there is kept in `found` (the first sentence
    /// discard) or returned as the error (a story discard, which wins).
    fn advance(&self, node: u32, id: WordId, found: &mut Option<Discard>) -> Result<Option<u32>, Discard> {
        let Some(n) = self.trie.child(node, id) else { return Ok(None) };
        let v = self.trie.values[n as usize];
        if v != NO_VALUE {
            let (phrase, story) = &self.records[v as usize];
            if *story {
                return Err(Discard::Story(phrase.clone()));
            }
            found.get_or_insert_with(|| Discard::Sentence(phrase.clone()));
        }
        Ok(Some(n))
    }

    /// Checks the whitespace tokens of a sentence (upper-case word ids; a
    /// token not in the vocabulary is `None`). A story discard wins over a
    /// sentence discard.
    pub fn check(&self, tokens: &[Option<WordId>]) -> Option<Discard> {
        let mut found: Option<Discard> = None;
        for start in 0..tokens.len() {
            let mut node = 0u32;
            for t in &tokens[start..] {
                let Some(w) = t else { break };
                match self.advance(node, *w, &mut found) {
                    Err(story) => return Some(story),
                    Ok(None) => break,
                    Ok(Some(n)) => node = n,
                }
            }
        }
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::ReadOptions;

    #[test]
    fn trie_longest_prefix() {
        let mut v = Vocabulary::default();
        let mut t = PhraseTrie::default();
        let ids = |v: &mut Vocabulary, s: &str| s.split(' ').map(|w| v.intern(w)).collect::<Vec<_>>();
        let new_zealand = ids(&mut v, "NEW ZEALAND");
        let zealand = ids(&mut v, "ZEALAND");
        assert_eq!(t.insert(new_zealand.iter().copied(), 1), 1);
        assert_eq!(t.insert(zealand.iter().copied(), 2), 2);
        assert_eq!(t.insert(zealand.iter().copied(), 9), 2, "first value stays");
        let text = ids(&mut v, "NEW ZEALAND NAVY");
        assert_eq!(t.longest_prefix(&text), Some((2, 1)));
        assert_eq!(t.longest_prefix(&text[1..]), Some((1, 2)));
        assert_eq!(t.longest_prefix(&text[2..]), None);
        assert_eq!(t.longest_prefix(&text[..1]), None, "NEW alone is no phrase");
        assert_eq!(t.get(&text[..2]), Some(1));
        assert!(t.starts_with(text[0]) && t.starts_with(text[1]));
        assert!(!t.starts_with(text[2]) && !t.starts_with(WordId::MAX), "no phrase starts with NAVY or an unknown word");
        assert_eq!(v.get_folded("Zealand"), v.get("ZEALAND"));
        assert_eq!(v.get_folded("zealander"), None);
    }

    #[test]
    fn vocabulary_interns_and_finds_in_any_case() {
        let mut v = Vocabulary::default();
        let ids: Vec<WordId> = (0..500).map(|i| v.intern(&format!("W{i}"))).collect();
        assert_eq!(v.len(), 500);
        assert_eq!(v.intern("W7"), ids[7], "interning twice gives the same id");
        assert_eq!(v.get("W499"), Some(ids[499]));
        assert_eq!(v.get_folded("w42"), Some(ids[42]));
        assert_eq!(v.get("w42"), None, "get is exact");
        assert_eq!(v.word(ids[123]), "W123");
        let e = v.intern("ÉMILE");
        assert_eq!(v.get_folded("Émile"), Some(e));
    }

    #[test]
    fn folded_comparison_matches_ascii_case_folding() {
        let words = ["", "a", "A", "ab", "aB", "abcdefg", "ABCDEFG", "abcdefgh", "ABCDEFGH", "abcdefghi", "ABCDEFGHI", "abcdefghijklmnopq", "ABCDEFGHIJKLMNOPQ", "ABCDEFGHIJKLMNOPR", "a@", "A`", "{x}", "[X]", "Émile", "ÉMILE"];
        for a in words {
            for b in words {
                if b.is_ascii() {
                    assert_eq!(same_folded(a.as_bytes(), b.as_bytes()), a.eq_ignore_ascii_case(b), "{a} {b}");
                }
            }
            assert_eq!(ascii_folded_hash(a.as_bytes()).is_some(), a.is_ascii());
        }
    }

    #[test]
    fn short_reads_match_a_byte_loop() {
        let bytes = b"abcdefgh";
        for n in 0..8 {
            let expected = bytes[..n].iter().enumerate().fold(0u64, |x, (k, &c)| x | (c as u64) << (8 * k));
            assert_eq!(short8(&bytes[..n]), expected, "{n} bytes");
        }
    }

    #[test]
    fn ascii_word_ends_agree_with_the_byte_by_byte_scan() {
        // Blanks, other control bytes and words of every length around the
        // eight-byte steps, from every start.
        let text = b"a bb\tccc\x01dddd eeeee\x0bffffff\rggggggg hhhhhhhh\x1fiiiiiiiii\n\x00jjjjjjjjjj  k";
        for start in 0..text.len() {
            let mut expected = start;
            while expected < text.len() && !ASCII_BLANK[text[expected] as usize] {
                expected += 1;
            }
            assert_eq!(ascii_word_end(text, start), expected, "from {start}");
        }
    }

    #[test]
    fn folded_lookups_find_words_of_every_length_in_any_case() {
        let mut v = Vocabulary::default();
        let words = ["", "A", "AB", "ABC", "ABCD", "ABCDE", "ABCDEF", "ABCDEFG", "ABCDEFGH", "ABCDEFGHI", "GONDOR'S", "ÉMILE"];
        let ids: Vec<WordId> = words.iter().map(|w| v.intern(w)).collect();
        for (w, id) in words.iter().zip(&ids) {
            assert_eq!(v.get_folded(w), Some(*id), "{w}");
            assert_eq!(v.get_folded(&w.to_lowercase()), Some(*id), "{w} in lower case");
        }
        for missing in ["ABCE", "ABCDEFGX", "ABCDEFGHX", "A@", "ÉMIL"] {
            assert_eq!(v.get_folded(missing), None, "{missing}");
        }
    }

    #[test]
    fn folded_hashes_ignore_ascii_case() {
        assert_eq!(folded_hash("Gondor's"), folded_hash("GONDOR'S"));
        assert_eq!(folded_hash("abcdefghijklmnopqrstuvwxyz"), folded_hash("ABCDEFGHIJKLMNOPQRSTUVWXYZ"));
        assert_ne!(folded_hash("a@"), folded_hash("A`"));
        assert_eq!(folded_hash("Émile"), folded_hash("ÉMILE"));
    }

    #[test]
    fn open_connectors_allow_gaps() {
        let mut v = Vocabulary::default();
        let mut t = PhraseTrie::default();
        t.insert_phrase("ITHILEN TELEVISION", &mut v, 1);
        t.insert_phrase("ITHILEN_GOVERNMENT_RADIO", &mut v, 2);
        let ids = |v: &mut Vocabulary, s: &str| s.split(' ').map(|w| v.intern(w)).collect::<Vec<_>>();
        assert_eq!(t.longest_prefix(&ids(&mut v, "ITHILEN STATE-RUN TELEVISION NEWS")), Some((3, 1)));
        assert_eq!(t.longest_prefix(&ids(&mut v, "ITHILEN TELEVISION")), Some((2, 1)));
        assert_eq!(t.longest_prefix(&ids(&mut v, "ITHILEN STATE GOVERNMENT RADIO")), None);
        assert_eq!(t.longest_prefix(&ids(&mut v, "ITHILEN GOVERNMENT RADIO")), Some((3, 2)));
    }

    #[test]
    fn actor_codes_by_date_and_merged_duplicates() {
        let text = "SAM_GAMGEE [HOB]\n\t[HOBCIV <20080120]\n\t[ORCHOB 20100109-20100112]\n\t[HOBMIL 20080120-20121109]\nCROATIA [YUGHRV <910625]\nCROATIA [HRV]\n";
        let (d, _) = ActorDictionary::read(text, "a", ReadOptions::default()).unwrap();
        let mut v = Vocabulary::default();
        let mut lex = ActorLexicon::default();
        lex.add(&d, "a", &mut v);
        let sam = lex.trie.get(&[v.get("SAM").unwrap(), v.get("GAMGEE").unwrap()]).unwrap();
        assert!(lex.records[sam as usize].phrase == "SAM_GAMGEE");
        assert_eq!(lex.code_on(sam, Some(19950104)), Some("HOBCIV"));
        assert_eq!(lex.code_on(sam, Some(20100110)), Some("ORCHOB"));
        assert_eq!(lex.code_on(sam, Some(20100113)), Some("HOBMIL"));
        assert_eq!(lex.code_on(sam, Some(20140101)), Some("HOB"));
        assert_eq!(lex.code_on(sam, None), Some("HOB"));
        let croatia = lex.trie.get(&[v.get("CROATIA").unwrap()]).unwrap();
        assert_eq!(lex.code_on(croatia, Some(19900101)), Some("YUGHRV"));
        assert_eq!(lex.code_on(croatia, Some(19950101)), Some("HRV"));
    }

    #[test]
    fn discards_prefer_story() {
        let (l, _) = DiscardList::read("BASEBALL\n+TYPHOON\nAFRICAN NATIONS CUP\n", "d", ReadOptions::default()).unwrap();
        let mut v = Vocabulary::default();
        let mut lex = DiscardLexicon::default();
        lex.add(&l, &mut v);
        let toks = |s: &str| s.split(' ').map(|w| v.get(w)).collect::<Vec<_>>();
        assert_eq!(lex.check(&toks("RESTORE BASEBALL AFTER A TYPHOON")), Some(Discard::Story("TYPHOON".into())));
        assert_eq!(lex.check(&toks("THE AFRICAN NATIONS CUP")), Some(Discard::Sentence("AFRICAN NATIONS CUP".into())));
        assert_eq!(lex.check(&toks("THE AFRICAN NATIONS")), None);
        assert_eq!(lex.check(&toks("BASEBALL, GAME")), None);
        for text in ["restore baseball after a Typhoon", "The African  Nations\tCup", "the african nations", "Baseball, game", "", "  ", "Cup Baseball", "émile BASEBALL\u{2003}cup"] {
            let ids: Vec<Option<WordId>> = text.split_whitespace().map(|w| v.get_folded(w)).collect();
            assert_eq!(lex.check_text(&v, text), lex.check(&ids), "{text}");
        }
        assert_eq!(lex.check_text(&v, "the african nations cup"), Some(Discard::Sentence("AFRICAN NATIONS CUP".into())));
        assert_eq!(TextWords::new(" a\x0Bb\u{2003}c ").collect::<Vec<_>>(), ["a", "b", "c"]);
        assert_eq!(TextWords::new(" a\x0Bb\tc ").collect::<Vec<_>>(), ["a", "b", "c"]);
    }
}
