//! Averaged perceptron: [`Trainer`] learns sparse per-feature rows of class
//! weights; [`Table`] is the compact, quantized form used for prediction and
//! stored in the model file.

use crate::hash::KeyMap;
use crate::io::{ByteReader, ByteWriter, DecodeResult};

#[derive(Clone, Copy)]
struct Entry {
    class: u16,
    /// Current weight (perceptron updates are ±1, so integers are exact).
    w: i32,
    /// Σ clock·Δw, for the average `w - u / clock` (Daumé's trick).
    u: i64,
}

/// Training-time weights: feature key → row of (class, weight) entries.
pub struct Trainer {
    classes: usize,
    index: KeyMap<u32>,
    rows: Vec<Vec<Entry>>,
    /// Updates each row took part in (rarely updated features are pruned).
    updates: Vec<u32>,
    clock: i64,
}

impl Trainer {
    pub fn new(classes: usize) -> Trainer {
        assert!(classes <= u16::MAX as usize);
        Trainer { classes, index: KeyMap::default(), rows: Vec::new(), updates: Vec::new(), clock: 1 }
    }

    pub fn classes(&self) -> usize {
        self.classes
    }

    /// Adds the current weights of `keys` to `scores` (one slot per class).
    pub fn score(&self, keys: &[u64], scores: &mut [i64]) {
        for k in keys {
            if let Some(&r) = self.index.get(k) {
                for e in &self.rows[r as usize] {
                    scores[e.class as usize] += e.w as i64;
                }
            }
        }
    }

    /// Moves weight from the wrongly predicted class to the right one.
    pub fn update(&mut self, keys: &[u64], good: usize, bad: usize) {
        if good == bad {
            return;
        }
        for &k in keys {
            let next = self.rows.len() as u32;
            let r = *self.index.entry(k).or_insert(next);
            if r == next {
                self.rows.push(Vec::new());
                self.updates.push(0);
            }
            self.updates[r as usize] = self.updates[r as usize].saturating_add(1);
            let row = &mut self.rows[r as usize];
            for (class, delta) in [(good, 1), (bad, -1)] {
                let e = match row.iter().position(|e| e.class as usize == class) {
                    Some(i) => &mut row[i],
                    None => {
                        row.push(Entry { class: class as u16, w: 0, u: 0 });
                        row.last_mut().unwrap()
                    }
                };
                e.w += delta;
                e.u += self.clock * delta as i64;
            }
        }
    }

    /// Counts one training decision (the averaging clock).
    pub fn tick(&mut self) {
        self.clock += 1;
    }

    /// The averaged weights, quantized to 16 bits; features updated fewer
    /// than `prune` times are dropped (they are rare, and their weights small).
    pub fn compile(&self, prune: f64) -> Table {
        self.compile_inline(prune, 0)
    }

    /// Like [`Trainer::compile`], with the first `inline` classes' weights in the slots.
    pub fn compile_inline(&self, prune: f64, inline: usize) -> Table {
        let c = self.clock as f64;
        let avg = |e: &Entry| e.w as f64 - e.u as f64 / c;
        let quantize = quantizer(self.rows.iter().flatten().map(avg));
        let mut rows = Vec::new();
        for (k, entries) in self.kept_rows(prune) {
            let mut row: Vec<(u16, i16)> = entries
                .iter()
                .map(|e| (e.class, quantize(avg(e))))
                .filter(|&(_, q)| q != 0)
                .collect();
            if row.is_empty() {
                continue;
            }
            row.sort_unstable_by_key(|&(c, _)| c);
            rows.push((k, row));
        }
        Table::build(self.classes, inline, &rows)
    }

    pub fn features(&self) -> usize {
        self.rows.len()
    }

    /// The rows updated at least `prune` times, by key (sorted, so a
    /// compiled table's layout, and the model file, are deterministic).
    fn kept_rows(&self, prune: f64) -> impl Iterator<Item = (u64, &[Entry])> + '_ {
        let mut keys: Vec<(u64, u32)> = self.index.iter().map(|(&k, &r)| (k, r)).collect();
        keys.sort_unstable();
        keys.into_iter()
            .filter(move |&(_, r)| self.updates[r as usize] as f64 >= prune)
            .map(|(k, r)| (k, self.rows[r as usize].as_slice()))
    }

    /// The averaged weights of a four-class decision as a [`MoveTable`].
    pub fn compile_moves(&self, prune: f64) -> MoveTable {
        assert_eq!(self.classes, 4);
        let c = self.clock as f64;
        let avg = |e: &Entry| e.w as f64 - e.u as f64 / c;
        let diffs = |r: &[Entry]| {
            let mut w = [0.0f64; 4];
            for e in r {
                w[e.class as usize] = avg(e);
            }
            [w[1] - w[0], w[2] - w[0], w[3] - w[0]]
        };
        let quantize = quantizer(self.rows.iter().flat_map(|r| diffs(r)));
        let mut rows = Vec::new();
        for (k, entries) in self.kept_rows(prune) {
            let q = diffs(entries).map(&quantize);
            if q != [0; 3] {
                rows.push((k, q));
            }
        }
        MoveTable::build(&rows)
    }
}

/// Maps weights to 16 bits, the largest magnitude among `weights` to 32767.
fn quantizer(weights: impl Iterator<Item = f64>) -> impl Fn(f64) -> i16 {
    let max = weights.map(f64::abs).fold(0.0f64, f64::max);
    let scale = if max > 0.0 { 32767.0 / max } else { 1.0 };
    move |w| (w * scale).round().clamp(-32767.0, 32767.0) as i16
}

/// Weights of a four-way decision in which only score differences count
/// (the parser's moves): one 8-byte slot per feature holds a 16-bit key
/// fingerprint and the weights of classes 1–3 minus that of class 0, so a
/// feature costs one small read, and eight slots share a cache line.
#[derive(Clone, Debug, PartialEq)]
pub struct MoveTable {
    size: usize,
    slots: Vec<u64>,
}

#[inline(always)]
fn fingerprint16(key: u64) -> u64 {
    (key >> 48).max(1)
}

impl MoveTable {
    fn build(rows: &[(u64, [i16; 3])]) -> MoveTable {
        // Load factor 0.6: most lookups are of absent features (word
        // pairs), and they end at the first empty slot.
        let size = (rows.len() * 5 / 3).max(16);
        let mut slots = vec![0u64; size];
        for (key, w) in rows {
            let mut i = home(*key, size);
            while slots[i] != 0 {
                i = if i + 1 == size { 0 } else { i + 1 };
            }
            slots[i] = fingerprint16(*key) | (w[0] as u16 as u64) << 16 | (w[1] as u16 as u64) << 32 | (w[2] as u16 as u64) << 48;
        }
        MoveTable { size, slots }
    }

    #[inline(always)]
    pub fn prefetch(&self, key: u64) {
        #[cfg(target_arch = "x86_64")]
        unsafe {
            // SAFETY: the home slot is in bounds; prefetch has no effect on memory.
            std::arch::x86_64::_mm_prefetch(self.slots.as_ptr().add(home(key, self.size)) as *const i8, std::arch::x86_64::_MM_HINT_T0);
        }
    }

    /// Adds a feature's weight differences to `scores` (classes 1–3).
    #[inline(always)]
    pub fn add(&self, key: u64, scores: &mut [i32; 4]) {
        let fp = fingerprint16(key);
        let mut i = home(key, self.size);
        loop {
            let slot = self.slots[i];
            if slot == 0 {
                return;
            }
            if slot & 0xffff == fp {
                scores[1] += (slot >> 16) as u16 as i16 as i32;
                scores[2] += (slot >> 32) as u16 as i16 as i32;
                scores[3] += (slot >> 48) as u16 as i16 as i32;
                return;
            }
            i = if i + 1 == self.size { 0 } else { i + 1 };
        }
    }

    pub fn write(&self, w: &mut ByteWriter) {
        w.u64s(&self.slots);
    }

    pub fn read(r: &mut ByteReader) -> DecodeResult<MoveTable> {
        let slots = r.u64s()?;
        if slots.is_empty() || slots.iter().all(|&s| s != 0) {
            return Err("move table has no empty slot".into());
        }
        Ok(MoveTable { size: slots.len(), slots })
    }

    /// Bytes the table occupies.
    pub fn size(&self) -> usize {
        self.slots.len() * 8
    }
}

/// Prediction-time weights: an open-addressing table of 32-bit key
/// fingerprints. Each slot holds the fingerprint, the start of the feature's
/// row of `(class << 16 | weight)` entries (sorted by class, preceded by the
/// row length), and — for tables with `inline` classes — the weights of the
/// first `inline` classes packed into the slot itself, so the most frequent
/// decision (the parser's move) costs one cache line per feature.
#[derive(Clone, Debug, PartialEq)]
pub struct Table {
    classes: u32,
    inline: u32,
    stride: usize,
    /// Number of slots.
    size: usize,
    slots: Vec<u64>,
    entries: Vec<u32>,
}

#[inline(always)]
fn fingerprint(key: u64) -> u64 {
    (key >> 32).max(1)
}

/// First slot to probe: the low 32 key bits scaled to the table size.
#[inline(always)]
fn home(key: u64, size: usize) -> usize {
    ((key as u32 as u64 * size as u64) >> 32) as usize
}

/// Keys looked up together by [`Table::score`].
const MAX_KEYS: usize = 64;

/// Where a feature's weights are.
#[derive(Clone, Copy)]
pub struct Slot(usize);

impl Table {
    fn build(classes: usize, inline: usize, rows: &[(u64, Vec<(u16, i16)>)]) -> Table {
        assert!(inline <= 4);
        let stride = if inline > 0 { 2 } else { 1 };
        // Load factor 0.7: unsuccessful lookups (most word-pair features)
        // stay short with linear probing, and the table stays compact.
        let size = (rows.len() * 10 / 7).max(16);
        let mut slots = vec![0u64; size * stride];
        let mut entries = Vec::with_capacity(rows.iter().map(|(_, r)| r.len() + 1).sum());
        for (key, row) in rows {
            let start = entries.len() as u32;
            let split = row.iter().take_while(|&&(c, _)| (c as usize) < inline).count();
            entries.push((row.len() - split) as u32);
            entries.extend(row[split..].iter().map(|&(c, w)| (c as u32) << 16 | w as u16 as u32));
            let mut packed = 0u64;
            for &(c, w) in &row[..split] {
                packed |= (w as u16 as u64) << (16 * c);
            }
            let mut i = home(*key, size);
            while slots[i * stride] != 0 {
                i = if i + 1 == size { 0 } else { i + 1 };
            }
            slots[i * stride] = fingerprint(*key) << 32 | start as u64;
            if stride == 2 {
                slots[i * stride + 1] = packed;
            }
        }
        Table { classes: classes as u32, inline: inline as u32, stride, size, slots, entries }
    }

    pub fn classes(&self) -> usize {
        self.classes as usize
    }

    /// Asks the CPU to start fetching a feature's slot.
    #[inline(always)]
    pub fn prefetch(&self, key: u64) {
        #[cfg(target_arch = "x86_64")]
        unsafe {
            let i = home(key, self.size) * self.stride;
            // SAFETY: `i` is in bounds (home slot times stride); prefetch has no effect on memory.
            std::arch::x86_64::_mm_prefetch(self.slots.as_ptr().add(i) as *const i8, std::arch::x86_64::_MM_HINT_T0);
        }
    }

    #[inline(always)]
    pub fn find(&self, key: u64) -> Option<Slot> {
        let fp = fingerprint(key);
        let mut i = home(key, self.size);
        loop {
            let slot = self.slots[i * self.stride];
            if slot == 0 {
                return None;
            }
            if slot >> 32 == fp {
                return Some(Slot(i * self.stride));
            }
            i = if i + 1 == self.size { 0 } else { i + 1 };
        }
    }

    /// The inline weights of a slot (classes `0..inline`), packed 16 bits each.
    #[inline(always)]
    pub fn inline_weights(&self, slot: Slot) -> u64 {
        if self.stride == 2 {
            self.slots[slot.0 + 1]
        } else {
            0
        }
    }

    /// The entries of a slot for classes `inline..`.
    #[inline(always)]
    pub fn entries(&self, slot: Slot) -> &[u32] {
        let start = (self.slots[slot.0] as u32) as usize;
        let len = self.entries[start] as usize;
        &self.entries[start + 1..start + 1 + len]
    }

    /// Starts fetching a slot's entries.
    #[inline(always)]
    pub fn prefetch_entries(&self, slot: Slot) {
        #[cfg(target_arch = "x86_64")]
        unsafe {
            let start = (self.slots[slot.0] as u32) as usize;
            // SAFETY: rows were validated at load; prefetch has no effect on memory.
            std::arch::x86_64::_mm_prefetch(self.entries.as_ptr().add(start) as *const i8, std::arch::x86_64::_MM_HINT_T0);
        }
    }

    /// The row of a feature for classes `inline..` (empty when unknown).
    #[inline(always)]
    pub fn row(&self, key: u64) -> &[u32] {
        match self.find(key) {
            Some(s) => self.entries(s),
            None => &[],
        }
    }

    /// Finds the slots of `keys` with their fetches overlapped: all slots
    /// are prefetched, then found, then their rows prefetched.
    #[inline]
    fn find_all(&self, keys: &[u64], found: &mut [Option<Slot>; MAX_KEYS]) -> usize {
        let n = keys.len().min(MAX_KEYS);
        for &k in &keys[..n] {
            self.prefetch(k);
        }
        for (k, f) in keys[..n].iter().zip(found.iter_mut()) {
            *f = self.find(*k);
            if let Some(s) = *f {
                self.prefetch_entries(s);
            }
        }
        n
    }

    /// Adds the weights of `keys` to `scores` (all classes).
    #[inline]
    pub fn score(&self, keys: &[u64], scores: &mut [i32]) {
        for chunk in keys.chunks(MAX_KEYS) {
            let mut found = [None; MAX_KEYS];
            let n = self.find_all(chunk, &mut found);
            for s in found[..n].iter().flatten() {
                let packed = self.inline_weights(*s);
                for (c, score) in scores.iter_mut().enumerate().take(self.inline as usize) {
                    *score += (packed >> (16 * c)) as u16 as i16 as i32;
                }
                add_row(self.entries(*s), scores);
            }
        }
    }

    /// Adds the weights of `keys` for classes `lo..hi` only (rows are
    /// sorted by class, so the rest of each row is skipped).
    #[inline]
    pub fn score_range(&self, keys: &[u64], scores: &mut [i32], lo: usize, hi: usize) {
        let (lo, hi) = ((lo as u32) << 16, (hi as u32) << 16);
        for chunk in keys.chunks(MAX_KEYS) {
            let mut found = [None; MAX_KEYS];
            let n = self.find_all(chunk, &mut found);
            for s in found[..n].iter().flatten() {
                let row = self.entries(*s);
                let from = row.partition_point(|&e| e < lo);
                for &e in &row[from..] {
                    if e >= hi {
                        break;
                    }
                    scores[(e >> 16) as usize] += e as u16 as i16 as i32;
                }
            }
        }
    }

    pub fn write(&self, w: &mut ByteWriter) {
        w.u32(self.classes);
        w.u32(self.inline);
        w.u64s(&self.slots);
        w.u32s(&self.entries);
    }

    pub fn read(r: &mut ByteReader) -> DecodeResult<Table> {
        let classes = r.u32()?;
        let inline = r.u32()?;
        if inline > 4 || inline > classes {
            return Err("bad inline class count".into());
        }
        let stride = if inline > 0 { 2 } else { 1 };
        let slots = r.u64s()?;
        let entries = r.u32s()?;
        if slots.len() % stride != 0 || slots.len() < stride {
            return Err("bad weight table size".into());
        }
        let size = slots.len() / stride;
        if slots.iter().step_by(stride).all(|&s| s != 0) {
            return Err("weight table has no empty slot".into());
        }
        // Validate every row once so lookups cannot go out of bounds.
        for s in slots.iter().step_by(stride) {
            if *s == 0 {
                continue;
            }
            let start = (*s as u32) as usize;
            let len = *entries.get(start).ok_or("weight row out of range")? as usize;
            let row = entries.get(start + 1..start + 1 + len).ok_or("weight row out of range")?;
            if row.iter().any(|&e| e >> 16 >= classes || e >> 16 < inline) {
                return Err("weight class out of range".into());
            }
        }
        Ok(Table { classes, inline, stride, size, slots, entries })
    }

    /// Bytes the table occupies.
    pub fn size(&self) -> usize {
        self.slots.len() * 8 + self.entries.len() * 4
    }
}

#[inline(always)]
pub fn add_row(row: &[u32], scores: &mut [i32]) {
    for &e in row {
        scores[(e >> 16) as usize] += e as u16 as i16 as i32;
    }
}

/// Index of the highest score among `allowed` (first on ties).
pub fn argmax_allowed<T: PartialOrd + Copy>(scores: &[T], allowed: impl Iterator<Item = usize>) -> Option<usize> {
    let mut best: Option<usize> = None;
    for c in allowed {
        if best.is_none_or(|b| scores[c] > scores[b]) {
            best = Some(c);
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn learns_separable_classes_and_survives_round_trip() {
        let mut t = Trainer::new(3);
        // Keys are always finished hashes (the table relies on their bits).
        let k = |n: u64| crate::hash::key1(0, n);
        let data = [(vec![k(1), k(10)], 0usize), (vec![k(2), k(10)], 1), (vec![k(3), k(10)], 2)];
        for _ in 0..5 {
            for (keys, gold) in &data {
                let mut s = vec![0i64; 3];
                t.score(keys, &mut s);
                let p = argmax_allowed(&s, 0..3).unwrap();
                t.update(keys, *gold, p);
                t.tick();
            }
        }
        for inline in [0, 2] {
        let table = t.compile_inline(0.0, inline);
        let mut w = ByteWriter::new();
        table.write(&mut w);
        let again = Table::read(&mut ByteReader::new(&w.buf)).unwrap();
        assert_eq!(again, table);
        for (keys, gold) in &data {
            let mut s = vec![0i32; 3];
            again.score(keys, &mut s);
            assert_eq!(argmax_allowed(&s, 0..3), Some(*gold));
        }
        assert!(again.row(k(999)).is_empty());
        }
    }
}
