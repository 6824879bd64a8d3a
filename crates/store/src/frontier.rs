//! The in-memory frontier that insert-time deduplication consults.
//!
//! Deduplication asks, for every report, which stored event has the same
//! source, target and code within ± the window. Asking SQLite costs an index
//! seek per report and needs a source-major index, whose inserts land all
//! over the b-tree. Instead the store keeps, per open connection, every
//! event of a few *covered* day intervals in memory: a report's window is
//! looked up here after its days are loaded (one range scan of the
//! date-clustered events table per few weeks of news), and every event the
//! connection stores in a covered day is added as it is created.
//!
//! The frontier is only a cache of what is committed plus what the current
//! transaction wrote. It is dropped when another connection commits (SQLite's
//! `data_version` changes), when a transaction fails, and when the window
//! re-clusters the store; it then reloads lazily.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use rusqlite::{params, Connection};

use crate::ids::{event_id, id_day, id_sequence, FIRST_UNDATED_ID, UNDATED_DAY};

/// An interned string (actor or event code, outlet name).
pub(crate) type Sym = u32;

/// The multiply-rotate hash rustc uses (FxHash): several times faster than
/// SipHash on the small keys here, and these maps need no DoS resistance.
#[derive(Default, Clone, Copy)]
pub(crate) struct FxHasher(u64);

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.write_u64(u64::from_le_bytes(c.try_into().expect("8 bytes")));
        }
        // The tail (most keys here are codes of 3–6 bytes) as one word: one
        // multiply rather than one per byte. `str` hashing appends a 0xff
        // terminator, so "AB" and "AB\0" still hash apart.
        let tail = chunks.remainder();
        if !tail.is_empty() {
            let mut word = [0u8; 8];
            word[..tail.len()].copy_from_slice(tail);
            self.write_u64(u64::from_le_bytes(word));
        }
    }

    fn write_u8(&mut self, n: u8) {
        self.write_u64(n as u64);
    }

    fn write_u32(&mut self, n: u32) {
        self.write_u64(n as u64);
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0.rotate_left(5) ^ n).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }

    fn write_u128(&mut self, n: u128) {
        self.write_u64(n as u64);
        self.write_u64((n >> 64) as u64);
    }

    fn write_i64(&mut self, n: i64) {
        self.write_u64(n as u64);
    }

    fn write_usize(&mut self, n: usize) {
        self.write_u64(n as u64);
    }

    fn finish(&self) -> u64 {
        // A product's high bits depend on every input bit, its low bits
        // only on the input's low bits; hashbrown indexes by the low bits.
        self.0.rotate_left(26)
    }
}

/// A `HashMap` with [`FxHasher`].
pub(crate) type FxMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;

/// Up to a few ids, inline for the common case of one.
#[derive(Clone, Debug)]
enum Ids {
    One(i64),
    Many(Vec<i64>),
}

impl Ids {
    fn as_slice(&self) -> &[i64] {
        match self {
            Ids::One(id) => std::slice::from_ref(id),
            Ids::Many(ids) => ids,
        }
    }

    /// Inserts `id`, keeping the ids sorted.
    fn insert(&mut self, id: i64) {
        match self {
            Ids::One(x) => {
                let x = *x;
                *self = Ids::Many(if x < id { vec![x, id] } else { vec![id, x] });
            }
            Ids::Many(ids) => {
                let at = ids.partition_point(|&x| x < id);
                ids.insert(at, id);
            }
        }
    }

    fn retain(&mut self, keep: impl Fn(i64) -> bool) -> bool {
        match self {
            Ids::One(x) => keep(*x),
            Ids::Many(ids) => {
                ids.retain(|&x| keep(x));
                !ids.is_empty()
            }
        }
    }
}

/// What the frontier knows of a cached event.
#[derive(Clone, Debug)]
pub(crate) struct Cached {
    /// The outlets that reported it: usually one, inline.
    first_outlet: Sym,
    more_outlets: Vec<Sym>,
    /// Its row in the current transaction's pending writes, if any.
    pub pending: Slot,
}

/// Where the current transaction keeps an event's pending write.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Slot {
    None,
    /// Created in this transaction: `new_events[i]`.
    New(u32),
    /// Stored earlier, updated in this transaction: `updates[i]`.
    Update(u32),
}

impl Cached {
    fn new(outlet: Sym) -> Cached {
        Cached { first_outlet: outlet, more_outlets: Vec::new(), pending: Slot::None }
    }

    /// Records that `outlet` reported the event; true if it had not before.
    pub fn add_outlet(&mut self, outlet: Sym) -> bool {
        if self.first_outlet == outlet || self.more_outlets.contains(&outlet) {
            return false;
        }
        self.more_outlets.push(outlet);
        true
    }
}

/// Days loaded around a report's window on a miss, so in-order news needs
/// one database read per few weeks rather than one per report.
const LOAD_MARGIN_DAYS: i64 = 15;

/// Above this many cached events, days far from the latest lookup are
/// dropped: a small cache stays in the processor's caches. A bulk load's
/// transaction adds ~80,000 events, so this trims after each one; with
/// 250,000 and 30 days kept the maps grew to 512 k buckets (tens of MiB,
/// past the processor's caches; 10 M-report bench: 41.7 and 45.3 CPU s
/// against 43.8 and 52.6, alternating runs on a loaded VM; +0.8 %
/// instructions for the more frequent trims).
const MAX_CACHED_EVENTS: usize = 50_000;

/// Days kept around the latest lookup when the cache is trimmed (news
/// later than that is found by loading its days again, as on any miss).
const KEEP_DAYS: i64 = 7;

#[derive(Default)]
pub(crate) struct Frontier {
    /// `PRAGMA data_version` when the cache was last known to be current.
    pub data_version: Option<i64>,
    /// Day intervals (inclusive) whose events are all in memory; sorted, disjoint.
    covered: Vec<(i64, i64)>,
    /// Event ids per (source, target, code), sorted (id order is date order).
    by_key: FxMap<(Sym, Sym, Sym), Ids>,
    /// Every cached event.
    events: FxMap<i64, Cached>,
    /// The next free sequence per covered day (and the undated day once known).
    next_sequence: FxMap<i64, u32>,
    /// Interned strings of up to 15 bytes, keyed by [`packed`]: actor and
    /// event codes and most names hash and compare as one integer, with
    /// no string comparison (interning was ~6 % of a bulk load's CPU).
    short_symbols: FxMap<u128, Sym>,
    /// Interned longer strings.
    symbols: FxMap<String, Sym>,
    last_day: i64,
    /// Ids in `actor_codes` by symbol (0: not known yet). Forgotten with
    /// the rest: a rolled-back transaction may have created some.
    pub actor_ids: Vec<i64>,
    /// `actor_codes` ids of each actor's country-level code (its first
    /// three letters), by the actor's symbol (0: not known yet).
    pub country_ids: Vec<i64>,
    /// Ids in `event_codes` by code, QuadClass and Goldstein (its bits),
    /// with the root code and PLOVER type they were stored with (one
    /// entry, unless a coder gave one code different attributes).
    pub event_code_ids: FxMap<(Sym, u8, u32), Vec<StoredEventCode>>,
}

/// An `event_codes` row as cached: root code, PLOVER type, id.
pub(crate) type StoredEventCode = (String, String, i64);

/// A string of up to 15 bytes as one integer: its bytes, zero-padded, and
/// its length in the last byte (so `"AB"` and `"AB\0"` differ).
fn packed(text: &str) -> Option<u128> {
    let bytes = text.as_bytes();
    if bytes.len() > 15 {
        return None;
    }
    let mut word = [0u8; 16];
    word[..bytes.len()].copy_from_slice(bytes);
    word[15] = bytes.len() as u8;
    Some(u128::from_le_bytes(word))
}

impl Frontier {
    /// Forgets everything (it reloads on demand).
    pub fn clear(&mut self) {
        let (short_symbols, symbols) = (std::mem::take(&mut self.short_symbols), std::mem::take(&mut self.symbols));
        *self = Frontier { short_symbols, symbols, ..Frontier::default() };
    }

    /// The symbol of `text` (the same for equal strings while this
    /// frontier lives, even across [`Frontier::clear`]).
    pub fn symbol(&mut self, text: &str) -> Sym {
        let next = (self.short_symbols.len() + self.symbols.len()) as Sym;
        if let Some(key) = packed(text) {
            return *self.short_symbols.entry(key).or_insert(next);
        }
        if let Some(&s) = self.symbols.get(text) {
            return s;
        }
        self.symbols.insert(text.to_string(), next);
        next
    }

    /// Makes sure every event dated in `lo..=hi` (day numbers) is in memory.
    pub fn cover(&mut self, conn: &Connection, lo: i64, hi: i64) -> rusqlite::Result<()> {
        self.last_day = hi;
        if self.covered.iter().any(|&(a, b)| a <= lo && hi <= b) {
            return Ok(());
        }
        let (want_lo, want_hi) = ((lo - LOAD_MARGIN_DAYS).max(1), (hi + LOAD_MARGIN_DAYS).min(UNDATED_DAY - 1));
        // Load only the gaps between intervals already covered.
        let mut gaps = Vec::new();
        let mut at = want_lo;
        for &(a, b) in &self.covered {
            if b < at || a > want_hi {
                continue;
            }
            if a > at {
                gaps.push((at, a - 1));
            }
            at = at.max(b + 1);
        }
        if at <= want_hi {
            gaps.push((at, want_hi));
        }
        for (a, b) in gaps {
            self.load(conn, a, b)?;
        }
        self.covered.push((want_lo, want_hi));
        self.covered.sort_unstable();
        let mut merged: Vec<(i64, i64)> = Vec::with_capacity(self.covered.len());
        for &(a, b) in &self.covered {
            match merged.last_mut() {
                Some(last) if a <= last.1 + 1 => last.1 = last.1.max(b),
                _ => merged.push((a, b)),
            }
        }
        self.covered = merged;
        Ok(())
    }

    fn load(&mut self, conn: &Connection, lo: i64, hi: i64) -> rusqlite::Result<()> {
        let (first, last) = (event_id(lo, 0), event_id(hi, u32::MAX));
        let mut events = conn.prepare_cached(
            "SELECT e.id, e.source, e.target, e.code, d.source_name FROM events e
             JOIN documents d ON d.id = e.first_document WHERE e.id BETWEEN ?1 AND ?2",
        )?;
        let mut rows = events.query(params![first, last])?;
        while let Some(r) = rows.next()? {
            let id: i64 = r.get(0)?;
            let key = (
                self.symbol(r.get_ref(1)?.as_str()?),
                self.symbol(r.get_ref(2)?.as_str()?),
                self.symbol(r.get_ref(3)?.as_str()?),
            );
            let outlet = self.symbol(r.get_ref(4)?.as_str()?);
            self.add(key, id, outlet);
            let next = self.next_sequence.entry(id_day(id)).or_insert(0);
            *next = (*next).max(id_sequence(id) + 1);
        }
        let mut others = conn.prepare_cached(
            "SELECT m.event_id, d.source_name FROM mentions m JOIN documents d ON d.id = m.document_id
             WHERE m.event_id BETWEEN ?1 AND ?2",
        )?;
        let mut rows = others.query(params![first, last])?;
        while let Some(r) = rows.next()? {
            let id: i64 = r.get(0)?;
            let outlet = self.symbol(r.get_ref(1)?.as_str()?);
            if let Some(cached) = self.events.get_mut(&id) {
                cached.add_outlet(outlet);
            }
        }
        Ok(())
    }

    /// The cached event of `key` dated within `lo..=hi` nearest to `day`:
    /// the nearest date wins, then the earlier, then the older event. The
    /// days must have been [`covered`](Frontier::cover).
    pub fn nearest(&self, key: (Sym, Sym, Sym), day: i64, lo: i64, hi: i64) -> Option<i64> {
        let ids = self.by_key.get(&key)?.as_slice();
        let start = ids.partition_point(|&id| id < event_id(lo, 0));
        ids[start..]
            .iter()
            .take_while(|&&id| id_day(id) <= hi)
            .min_by_key(|&&id| ((id_day(id) - day).abs(), id))
            .copied()
    }

    /// A new id for an event dated `day` (covered, or [`UNDATED_DAY`]).
    pub fn allocate(&mut self, conn: &Connection, day: i64) -> rusqlite::Result<i64> {
        if day == UNDATED_DAY && !self.next_sequence.contains_key(&day) {
            let max: Option<i64> =
                conn.query_row("SELECT max(id) FROM event_rows WHERE id >= ?1", [FIRST_UNDATED_ID], |r| r.get(0))?;
            self.next_sequence.insert(day, max.map_or(0, |id| id_sequence(id) + 1));
        }
        let next = self.next_sequence.entry(day).or_insert(0);
        let id = event_id(day, *next);
        *next = next.checked_add(1).expect("fewer than 2^32 events a day");
        Ok(id)
    }

    /// Records a new event of `key` (dated events only become findable).
    pub fn add(&mut self, key: (Sym, Sym, Sym), id: i64, outlet: Sym) {
        if id_day(id) != UNDATED_DAY {
            match self.by_key.get_mut(&key) {
                Some(ids) => ids.insert(id),
                None => {
                    self.by_key.insert(key, Ids::One(id));
                }
            }
        }
        self.events.insert(id, Cached::new(outlet));
    }

    /// A cached event (every event a report can join is cached).
    pub fn event(&mut self, id: i64) -> &mut Cached {
        self.events.get_mut(&id).expect("reports join cached events only")
    }

    /// After a commit: forget pending slots, undated events (only matched within their own
    /// document) and, when the cache is large, the days far from the
    /// latest lookup.
    pub fn trim(&mut self) {
        self.events.retain(|&id, cached| {
            cached.pending = Slot::None;
            id_day(id) != UNDATED_DAY
        });
        if self.events.len() <= MAX_CACHED_EVENTS {
            return;
        }
        let (keep_lo, keep_hi) = (self.last_day - KEEP_DAYS, self.last_day + KEEP_DAYS);
        self.covered = self
            .covered
            .iter()
            .filter_map(|&(a, b)| {
                let (a, b) = (a.max(keep_lo), b.min(keep_hi));
                (a <= b).then_some((a, b))
            })
            .collect();
        let kept = |id: &i64| (keep_lo..=keep_hi).contains(&id_day(*id));
        self.events.retain(|id, _| kept(id));
        self.by_key.retain(|_, ids| ids.retain(|id| kept(&id)));
        self.next_sequence.retain(|day, _| (keep_lo..=keep_hi).contains(day));
        // Give back the buckets, or the tables keep their peak size.
        self.events.shrink_to_fit();
        self.by_key.shrink_to_fit();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn symbols_are_one_per_string_across_lengths_and_clears() {
        let mut frontier = Frontier::default();
        let words = ["", "A", "AB", "AB\0", "RUSGOV", "exactly 15 byte", "exactly 16 bytes", "a much longer actor name here", "é"];
        let symbols: Vec<Sym> = words.iter().map(|w| frontier.symbol(w)).collect();
        let mut distinct = symbols.clone();
        distinct.sort_unstable();
        distinct.dedup();
        assert_eq!(distinct.len(), words.len(), "every string its own symbol: {symbols:?}");
        frontier.clear();
        for (w, s) in words.iter().zip(&symbols) {
            assert_eq!(frontier.symbol(w), *s, "{w:?} keeps its symbol");
        }
        assert_eq!(frontier.symbol("new"), words.len() as Sym);
    }
}
