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
            let r = self.row_updated(k);
            self.add_to_row(r, good, 1);
            self.add_to_row(r, bad, -1);
        }
    }

    /// Adds `delta` to one class's weight of every key (the structured
    /// perceptron's update of one side of a sequence).
    pub fn add_one(&mut self, keys: &[u64], class: usize, delta: i32) {
        for &k in keys {
            let r = self.row_updated(k);
            self.add_to_row(r, class, delta);
        }
    }

    /// The row of `key` (made on its first update), counting one update of
    /// it (rarely updated rows are pruned).
    fn row_updated(&mut self, key: u64) -> usize {
        let next = self.rows.len() as u32;
        let r = *self.index.entry(key).or_insert(next);
        if r == next {
            self.rows.push(Vec::new());
            self.updates.push(0);
        }
        self.updates[r as usize] = self.updates[r as usize].saturating_add(1);
        r as usize
    }

    fn add_to_row(&mut self, r: usize, class: usize, delta: i32) {
        let clock = self.clock;
        let row = &mut self.rows[r];
        let e = match row.iter().position(|e| e.class as usize == class) {
            Some(i) => &mut row[i],
            None => {
                row.push(Entry { class: class as u16, w: 0, u: 0 });
                row.last_mut().unwrap()
            }
        };
        e.w += delta;
        e.u += clock * delta as i64;
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
    slots: Box<[u64]>,
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
        MoveTable::padded(slots)
    }

    /// The table of `slots` (at least one empty), for lookups: followed by
    /// copies of its first slots, as many as the longest probe sequence
    /// needs, so that probes run straight on without wrapping around.
    fn padded(mut slots: Vec<u64>) -> MoveTable {
        let size = slots.len();
        slots.extend_from_within(..probe_padding(&slots, |&s| s == 0));
        // Group probes read up to three slots past a sequence's empty slot.
        slots.extend_from_slice(&[0; PROBE_GROUP - 1]);
        MoveTable { size, slots: slots.into_boxed_slice() }
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
        let slot = self.find(key);
        if slot != 0 {
            scores[1] += (slot >> 16) as u16 as i16 as i32;
            scores[2] += (slot >> 32) as u16 as i16 as i32;
            scores[3] += (slot >> 48) as u16 as i16 as i32;
        }
    }

    /// The slot of `key` (0 when absent): the first slot of its probe
    /// sequence that is empty or has its fingerprint. A slot is empty
    /// exactly when its fingerprint bits are 0 (stored ones are at least
    /// 1), so four slots are checked at a time without a branch per slot.
    #[inline(always)]
    fn find(&self, key: u64) -> u64 {
        let fp = fingerprint16(key);
        let mut i = home(key, self.size);
        loop {
            // SAFETY: as above.
            let slot = unsafe { *self.slots.get_unchecked(i) };
            if slot & 0xffff == fp || slot == 0 {
                return slot;
            }
            i += 1;
        }
    }

    pub fn write(&self, w: &mut ByteWriter) {
        w.u64s(&self.slots[..self.size]);
    }

    pub fn read(r: &mut ByteReader) -> DecodeResult<MoveTable> {
        // Decoded straight into its final place (the largest table).
        let n = r.len(8)?;
        let bytes = r.bytes(n * 8)?;
        let slots: Vec<u64> = (0..n).map(|i| u64::from_le_bytes(bytes[i * 8..i * 8 + 8].try_into().unwrap())).collect();
        if slots.is_empty() || slots.iter().all(|&s| s != 0) {
            return Err("move table has no empty slot".into());
        }
        if slots.iter().any(|&s| s != 0 && s & 0xffff == 0) {
            return Err("move table slot without fingerprint".into());
        }
        Ok(MoveTable::padded(slots))
    }

    /// Bytes the table occupies (as stored in the model file).
    pub fn size(&self) -> usize {
        self.size * 8
    }
}

/// Prediction-time weights: an open-addressing table of 32-bit key
/// fingerprints with a row of `(class << 16 | weight)` entries per feature.
///
/// The model file stores each slot as the fingerprint and the start of the
/// row in a shared entry array (rows sorted by class, preceded by their
/// length), and — for tables with `inline` classes — the weights of the
/// first `inline` classes packed into the slot. For lookups, [`Table::read`]
/// and the trainer also build [`Rows`]: the fingerprints alone, and beside
/// each slot its row in one 32-byte bucket, so a feature costs one fetch of
/// its fingerprint and one of its row, issued together.
#[derive(Clone, Debug)]
pub struct Table {
    /// Tells tables apart in [`GroupRows`] (not part of the weights).
    id: u64,
    classes: u32,
    inline: u32,
    stride: usize,
    slots: Vec<u64>,
    entries: Vec<u32>,
    rows: Rows,
}

impl PartialEq for Table {
    fn eq(&self, other: &Table) -> bool {
        (self.classes, self.inline, self.stride, &self.slots, &self.entries, &self.rows)
            == (other.classes, other.inline, other.stride, &other.slots, &other.entries, &other.rows)
    }
}

/// A new [`Table::id`].
fn next_table_id() -> u64 {
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
    NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}

#[inline(always)]
fn fingerprint(key: u64) -> u64 {
    (key >> 32).max(1)
}

/// How many of an open-addressing table's first slots must be repeated
/// after its end so that every probe sequence (from any slot up to and
/// including the first empty one) runs straight on: the longest run of
/// occupied slots that wraps around the end, plus one. `slots` has at
/// least one empty slot.
fn probe_padding<T>(slots: &[T], empty: impl Fn(&T) -> bool) -> usize {
    // A run that reaches past the end continues at slot 0.
    let leading = slots.iter().take_while(|s| !empty(s)).count();
    let trailing = slots.iter().rev().take_while(|s| !empty(s)).count();
    let longest = slots.split(|s| empty(s)).map(<[T]>::len).max().unwrap_or(0);
    longest.max(leading + trailing) + 1
}

/// Slots a lookup checks at once (see [`MoveTable::find`], [`Rows::find`]).
const PROBE_GROUP: usize = 4;

/// First slot to probe: the low 32 key bits scaled to the table size.
#[inline(always)]
fn home(key: u64, size: usize) -> usize {
    ((key as u32 as u64 * size as u64) >> 32) as usize
}

/// Keys looked up together by [`Table::score`].
const MAX_KEYS: usize = 64;

/// Entries a bucket holds when the row fits (`INLINE_ENTRIES + 1` words
/// after the length); longer rows keep `INLINE_ENTRIES` and point to the rest.
const INLINE_ENTRIES: usize = 6;

/// Marks a bucket whose row is stored dense (a weight for every class).
const DENSE: u32 = 1 << 31;

/// One slot's row. Word 0 is the row length; words 1–7 its entries, or,
/// when the row is longer than seven, entries in words 1–6 and in word 7
/// the start of the rest in [`Rows::overflow`]. Rows with weights for a
/// large part of the classes (the frequent features) are stored dense
/// instead: word 0 has the [`DENSE`] bit and word 7 the row's first line
/// in [`Rows::dense`].
#[derive(Clone, Copy, Debug, PartialEq, Default)]
#[repr(C, align(32))]
struct Bucket([u32; 8]);

/// A cache line of dense 16-bit weights.
#[derive(Clone, Copy, Debug, PartialEq)]
#[repr(C, align(64))]
struct Line([i16; 32]);

/// The lookup layout of a [`Table`] (same slots, same probe sequence).
#[derive(Clone, Debug, PartialEq, Default)]
struct Rows {
    classes: usize,
    /// Slots.
    size: usize,
    /// Fingerprint per slot (0 = empty), then the first slots' again, as
    /// many as probe sequences need to run on without wrapping around.
    fps: Box<[u32]>,
    buckets: Box<[Bucket]>,
    overflow: Box<[u32]>,
    /// Dense rows, `lines_per_row` lines each.
    dense: Box<[Line]>,
    lines_per_row: usize,
}

/// Adds 16-bit `weights` to 32-bit `scores`, with AVX2 where the CPU has
/// it (eight at a time; the sums are the same integers either way).
#[inline(always)]
fn add_widened(scores: &mut [i32], weights: &[i16]) {
    #[cfg(target_arch = "x86_64")]
    if std::arch::is_x86_feature_detected!("avx2") {
        // SAFETY: the CPU has AVX2.
        unsafe { add_widened_avx2(scores, weights) };
        return;
    }
    for (s, &w) in scores.iter_mut().zip(weights) {
        *s += w as i32;
    }
}

#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
fn add_widened_avx2(scores: &mut [i32], weights: &[i16]) {
    for (s, &w) in scores.iter_mut().zip(weights) {
        *s += w as i32;
    }
}

/// Cache lines [`Rows::prefetch_rest`] fetches of a long row.
const PREFETCH_LINES: usize = 8;

#[inline(always)]
fn prefetch_line<T>(p: *const T) {
    #[cfg(target_arch = "x86_64")]
    unsafe {
        // SAFETY: prefetch has no effect on memory, even out of bounds.
        std::arch::x86_64::_mm_prefetch(p as *const i8, std::arch::x86_64::_MM_HINT_T0);
    }
}

impl Rows {
    /// Lays out the rows of a table in the file's form (already validated).
    fn new(classes: usize, inline: usize, stride: usize, slots: &[u64], entries: &[u32]) -> Rows {
        let size = slots.len() / stride;
        let lines_per_row = classes.div_ceil(32);
        let mut fps = vec![0u32; size].into_boxed_slice();
        let mut buckets = vec![Bucket::default(); size].into_boxed_slice();
        let mut overflow = Vec::new();
        let mut dense = Vec::new();
        let mut row = Vec::new();
        for i in 0..size {
            let s = slots[i * stride];
            if s == 0 {
                continue;
            }
            fps[i] = (s >> 32) as u32;
            row.clear();
            if stride == 2 {
                let packed = slots[i * stride + 1];
                for c in 0..inline {
                    let w = (packed >> (16 * c)) as u16;
                    if w != 0 {
                        row.push((c as u32) << 16 | w as u32);
                    }
                }
            }
            let start = s as u32 as usize;
            let len = entries[start] as usize;
            row.extend_from_slice(&entries[start + 1..start + 1 + len]);
            let b = &mut buckets[i].0;
            b[0] = row.len() as u32;
            if row.len() <= INLINE_ENTRIES + 1 {
                b[1..1 + row.len()].copy_from_slice(&row);
            } else if row.len() * 3 >= classes {
                // Dense takes at most 1.5 times the bytes of the entries,
                // and adds without scattering.
                b[0] |= DENSE;
                b[7] = (dense.len() / lines_per_row) as u32;
                let at = dense.len();
                dense.resize(at + lines_per_row, Line([0; 32]));
                for &e in &row {
                    let c = (e >> 16) as usize;
                    dense[at + c / 32].0[c % 32] = e as u16 as i16;
                }
            } else {
                b[1..1 + INLINE_ENTRIES].copy_from_slice(&row[..INLINE_ENTRIES]);
                b[7] = overflow.len() as u32;
                overflow.extend_from_slice(&row[INLINE_ENTRIES..]);
            }
        }
        let pad = probe_padding(&fps, |&f| f == 0);
        let mut fps = fps.into_vec();
        fps.extend_from_within(..pad);
        // Group probes read up to three fingerprints past a sequence's empty slot.
        fps.extend_from_slice(&[0; PROBE_GROUP - 1]);
        Rows {
            classes,
            size,
            fps: fps.into_boxed_slice(),
            buckets,
            overflow: Box::from(&overflow as &[_]),
            dense: Box::from(&dense as &[_]),
            lines_per_row,
        }
    }

    /// Starts fetching the fingerprint and row of a key's home slot.
    #[inline(always)]
    fn prefetch(&self, key: u64) {
        let i = home(key, self.size);
        prefetch_line(self.fps.as_ptr().wrapping_add(i));
        prefetch_line(self.buckets.as_ptr().wrapping_add(i));
    }

    /// Starts fetching the part of slot `i`'s row outside its bucket.
    #[inline(always)]
    fn prefetch_rest(&self, i: usize) {
        let b = &self.buckets[i].0;
        if b[0] & DENSE != 0 {
            let at = b[7] as usize * self.lines_per_row;
            for l in 0..self.lines_per_row.min(PREFETCH_LINES) {
                prefetch_line(self.dense.as_ptr().wrapping_add(at + l));
            }
        } else if b[0] as usize > INLINE_ENTRIES + 1 {
            let at = b[7] as usize;
            let n = b[0] as usize - INLINE_ENTRIES;
            for e in (0..n).step_by(16).take(PREFETCH_LINES) {
                prefetch_line(self.overflow.as_ptr().wrapping_add(at + e));
            }
        }
    }

    #[inline(always)]
    fn find(&self, key: u64) -> Option<usize> {
        let fp = fingerprint(key) as u32;
        let mut i = home(key, self.size);
        // The first slot of the probe sequence that is empty or matches,
        // four at a time (see `MoveTable::find`).
        #[cfg(target_arch = "x86_64")]
        {
            use std::arch::x86_64::*;
            // SAFETY: SSE2 is part of x86_64. The padding holds every probe
            // sequence up to its empty slot, plus the slots a group read goes past it.
            unsafe {
                let want = _mm_set1_epi32(fp as i32);
                let zero = _mm_setzero_si128();
                loop {
                    let v = _mm_loadu_si128(self.fps.as_ptr().add(i) as *const __m128i);
                    let m = _mm_movemask_ps(_mm_castsi128_ps(_mm_or_si128(_mm_cmpeq_epi32(v, want), _mm_cmpeq_epi32(v, zero))));
                    if m != 0 {
                        i += m.trailing_zeros() as usize;
                        break;
                    }
                    i += PROBE_GROUP;
                }
            }
        }
        #[cfg(not(target_arch = "x86_64"))]
        // SAFETY: the padding holds every probe sequence up to its empty slot.
        while unsafe { *self.fps.get_unchecked(i) } != fp && unsafe { *self.fps.get_unchecked(i) } != 0 {
            i += 1;
        }
        // SAFETY: as above.
        if unsafe { *self.fps.get_unchecked(i) } == 0 {
            return None;
        }
        Some(if i >= self.size { i - self.size } else { i })
    }

    /// Adds the row of slot `i` to `scores`.
    ///
    /// Safety: `scores` has a slot for every class of the table.
    #[inline(always)]
    unsafe fn add(&self, i: usize, scores: &mut [i32]) {
        let b = &self.buckets[i].0;
        let head = b[0];
        let add = |scores: &mut [i32], e: u32| {
            // SAFETY: classes were checked against the table's class count
            // when it was built or read, and the caller's `scores` covers them.
            unsafe { *scores.get_unchecked_mut((e >> 16) as usize) += e as u16 as i16 as i32 };
        };
        if head & DENSE != 0 {
            let at = b[7] as usize * self.lines_per_row;
            let lines = &self.dense[at..at + self.lines_per_row];
            // SAFETY: `Line` is 32 `i16`s without padding, so the lines are contiguous `i16`s.
            let weights = unsafe { std::slice::from_raw_parts(lines.as_ptr() as *const i16, self.classes) };
            add_widened(&mut scores[..self.classes], weights);
            return;
        }
        let len = head as usize;
        if len <= INLINE_ENTRIES + 1 {
            for &e in &b[1..1 + len] {
                add(scores, e);
            }
        } else {
            for &e in &b[1..1 + INLINE_ENTRIES] {
                add(scores, e);
            }
            let start = b[7] as usize;
            for &e in &self.overflow[start..start + len - INLINE_ENTRIES] {
                add(scores, e);
            }
        }
    }
}

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
        let rows = Rows::new(classes, inline, stride, &slots, &entries);
        Table { id: next_table_id(), classes: classes as u32, inline: inline as u32, stride, slots, entries, rows }
    }

    pub fn classes(&self) -> usize {
        self.classes as usize
    }

    /// Starts fetching the slots and rows of `keys` (for a later [`Table::score`]).
    #[inline]
    pub fn prefetch(&self, keys: &[u64]) {
        for &k in keys {
            self.rows.prefetch(k);
        }
    }

    /// Calls `visit` for each of `words` in order with that word's features
    /// as `make` builds them, making and prefetching the next word's
    /// features before visiting the current one, so their weights arrive
    /// while the current word is scored. `visit` may add features of its
    /// own (those that depend on earlier words' predictions).
    #[inline(always)]
    pub fn visit_prefetched(
        &self,
        words: &[usize],
        mut make: impl FnMut(usize, &mut Vec<u64>),
        mut visit: impl FnMut(usize, &mut Vec<u64>),
    ) {
        let mut keys = Vec::with_capacity(64);
        let mut next = Vec::with_capacity(64);
        if let Some(&first) = words.first() {
            make(first, &mut next);
            self.prefetch(&next);
        }
        for (k, &i) in words.iter().enumerate() {
            std::mem::swap(&mut keys, &mut next);
            next.clear();
            if let Some(&j) = words.get(k + 1) {
                make(j, &mut next);
                self.prefetch(&next);
            }
            visit(i, &mut keys);
        }
    }

    /// Adds the weights of `keys` to `scores` (all classes).
    #[inline]
    pub fn score(&self, keys: &[u64], scores: &mut [i32]) {
        assert!(scores.len() >= self.classes as usize);
        let mut found = [0usize; MAX_KEYS];
        for chunk in keys.chunks(MAX_KEYS) {
            for &k in chunk {
                self.rows.prefetch(k);
            }
            let mut n = 0;
            for &k in chunk {
                if let Some(i) = self.rows.find(k) {
                    self.rows.prefetch_rest(i);
                    found[n] = i;
                    n += 1;
                }
            }
            for &i in &found[..n] {
                // SAFETY: `scores` covers every class (asserted above).
                unsafe { self.rows.add(i, scores) };
            }
        }
    }

    /// The weights of a feature, as `(class, weight)` (empty when unknown).
    pub fn row(&self, key: u64) -> Vec<(usize, i32)> {
        let mut scores = vec![0i32; self.classes as usize];
        if let Some(i) = self.rows.find(key) {
            // SAFETY: `scores` covers every class.
            unsafe { self.rows.add(i, &mut scores) };
        }
        scores.into_iter().enumerate().filter(|&(_, w)| w != 0).collect()
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
        let rows = Rows::new(classes as usize, inline as usize, stride, &slots, &entries);
        Ok(Table { id: next_table_id(), classes, inline, stride, slots, entries, rows })
    }

    /// Bytes the table occupies (as stored in the model file).
    pub fn size(&self) -> usize {
        self.slots.len() * 8 + self.entries.len() * 4
    }
}

/// Summed rows of feature groups that recur: the features a word brings
/// in one role (the tagger's current word: form, affixes, shape, cluster …)
/// are the same wherever the word occurs, so their weights are summed once
/// and the group then costs one lookup instead of one per feature. The sums
/// are exact (16-bit weights added in 32 bits; a sum is kept in 16 bits
/// when all of its row fits), so scores are unchanged. Kept per thread
/// across sentences; cleared when full.
pub struct GroupRows {
    /// Group key → (table id, check value, start of the row in `narrow`,
    /// or with [`WIDE`] in `wide`).
    index: KeyMap<(u64, u64, u32)>,
    narrow: Vec<i16>,
    wide: Vec<i32>,
    keys: Vec<u64>,
}

/// Marks a row kept in [`GroupRows::wide`].
const WIDE: u32 = 1 << 31;

/// Bytes of sums [`GroupRows`] keeps at most per thread (the tagger's
/// sums for the EWT dev file, 25,000 words, take about 2.5 MB).
const GROUP_BYTES: usize = 8 << 20;

impl GroupRows {
    pub fn new() -> GroupRows {
        GroupRows { index: KeyMap::default(), narrow: Vec::new(), wide: Vec::new(), keys: Vec::new() }
    }

    /// Adds to `scores` the weights in `table` of the features `make` builds,
    /// which depend only on what `key` stands for; `check` (another hash of
    /// the same thing) guards against key collisions.
    #[inline]
    pub fn add(&mut self, table: &Table, key: u64, check: u64, make: impl FnOnce(&mut Vec<u64>), scores: &mut [i32]) {
        let classes = table.classes as usize;
        let at = match self.index.get(&key) {
            Some(&(id, c, at)) if id == table.id && c == check => at,
            _ => self.insert(table, key, check, make),
        };
        let start = (at & !WIDE) as usize;
        if at & WIDE == 0 {
            add_widened(&mut scores[..classes], &self.narrow[start..start + classes]);
        } else {
            for (s, &w) in scores[..classes].iter_mut().zip(&self.wide[start..start + classes]) {
                *s += w;
            }
        }
    }

    /// Sums a group's row and keeps it; returns where (as in `index`).
    #[inline(never)]
    fn insert(&mut self, table: &Table, key: u64, check: u64, make: impl FnOnce(&mut Vec<u64>)) -> u32 {
        let classes = table.classes as usize;
        if (self.narrow.len() + 2 * self.wide.len() + 2 * classes) * 2 > GROUP_BYTES {
            self.index.clear();
            self.narrow.clear();
            self.wide.clear();
        }
        self.keys.clear();
        make(&mut self.keys);
        let start = self.wide.len();
        self.wide.resize(start + classes, 0);
        table.score(&self.keys, &mut self.wide[start..]);
        let at = if self.wide[start..].iter().all(|&w| w == w as i16 as i32) {
            let narrow = self.narrow.len();
            self.narrow.extend(self.wide[start..].iter().map(|&w| w as i16));
            self.wide.truncate(start);
            narrow as u32
        } else {
            start as u32 | WIDE
        };
        self.index.insert(key, (table.id, check, at));
        at
    }
}

thread_local! {
    static GROUP_ROWS: std::cell::RefCell<GroupRows> = std::cell::RefCell::new(GroupRows::new());
}

/// Runs `f` with this thread's [`GroupRows`].
pub fn with_group_rows<R>(f: impl FnOnce(&mut GroupRows) -> R) -> R {
    GROUP_ROWS.with_borrow_mut(f)
}

impl Default for GroupRows {
    fn default() -> GroupRows {
        GroupRows::new()
    }
}

/// Index of the highest score (the first on ties; 0 for none): what
/// [`argmax_allowed`] over all indices gives, with a maximum the compiler
/// vectorizes and one scan for its first occurrence instead of a branch
/// per score.
#[inline]
pub fn argmax_first(scores: &[i32]) -> usize {
    let max = scores.iter().copied().fold(i32::MIN, i32::max);
    first_equal(scores, max).unwrap_or(0)
}

/// Index of the first of `scores` equal to `value`, eight at a time.
#[inline]
pub fn first_equal(scores: &[i32], value: i32) -> Option<usize> {
    let mut chunks = scores.chunks_exact(8);
    for (k, chunk) in (&mut chunks).enumerate() {
        let mask = chunk.iter().enumerate().fold(0u32, |m, (j, &s)| m | ((s == value) as u32) << j);
        if mask != 0 {
            return Some(k * 8 + mask.trailing_zeros() as usize);
        }
    }
    let done = scores.len() - chunks.remainder().len();
    chunks.remainder().iter().position(|&s| s == value).map(|j| done + j)
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
        assert!(!again.row(k(10)).is_empty() || !again.row(k(1)).is_empty());
        }
    }

    /// Rows of every length (inline in the bucket or spilling over) score
    /// as the plain sum of their weights, with and without inline classes.
    #[test]
    fn scores_equal_the_sum_of_row_weights() {
        let classes = 40;
        let mut rng = crate::hash::Rng::new(3);
        let rows: Vec<(u64, Vec<(u16, i16)>)> = (0..300u64)
            .map(|n| {
                let len = 1 + n as usize % classes;
                let mut cs: Vec<u16> = (0..classes as u16).collect();
                rng.shuffle(&mut cs);
                let mut row: Vec<(u16, i16)> = cs[..len].iter().map(|&c| (c, 1 + rng.below(1000) as i16)).collect();
                row.sort_unstable();
                (crate::hash::key1(9, n), row)
            })
            .collect();
        for inline in [0, 3] {
            let table = Table::build(classes, inline, &rows);
            let mut w = ByteWriter::new();
            table.write(&mut w);
            let again = Table::read(&mut ByteReader::new(&w.buf)).unwrap();
            assert_eq!(again, table);
            for pick in [&rows[..1], &rows[5..9], &rows[30..100]] {
                let keys: Vec<u64> = pick.iter().map(|(k, _)| *k).chain([crate::hash::key1(8, 1)]).collect();
                let mut want = vec![0i32; classes];
                for (_, row) in pick {
                    for &(c, w) in row {
                        want[c as usize] += w as i32;
                    }
                }
                let mut got = vec![0i32; classes];
                again.score(&keys, &mut got);
                assert_eq!(got, want, "inline {inline}");
            }
        }
    }

    /// Lookups in the padded tables find what plain wrap-around linear
    /// probing finds, also in runs that wrap around the end.
    #[test]
    fn padded_probes_match_wrapping_probes() {
        let mut rng = crate::hash::Rng::new(11);
        for n in [1usize, 5, 13, 40] {
            // Keys whose homes crowd the end of the table, so runs wrap.
            let rows: Vec<(u64, [i16; 3])> = (0..n as u64)
                .map(|k| {
                    let key = crate::hash::key1(7, k) | 0xf000_0000;
                    (key, [1 + rng.below(100) as i16, -(rng.below(100) as i16), 5])
                })
                .collect();
            let table = MoveTable::build(&rows);
            let size = table.size;
            let plain = &table.slots[..size];
            let wrapping = |key: u64| {
                let mut i = home(key, size);
                loop {
                    let s = plain[i];
                    if s == 0 {
                        return [0; 4];
                    }
                    if s & 0xffff == fingerprint16(key) {
                        return [0, (s >> 16) as u16 as i16 as i32, (s >> 32) as u16 as i16 as i32, (s >> 48) as u16 as i16 as i32];
                    }
                    i = (i + 1) % size;
                }
            };
            let absent = (0..200u64).map(|k| crate::hash::key1(8, k) | 0xf000_0000);
            for key in rows.iter().map(|r| r.0).chain(absent) {
                let mut got = [0i32; 4];
                table.add(key, &mut got);
                assert_eq!(got, wrapping(key), "n {n}");
            }
            for (key, w) in &rows {
                let mut got = [0i32; 4];
                table.add(*key, &mut got);
                assert_eq!(got[1..], w.map(|x| x as i32), "n {n}");
            }
        }
        assert_eq!(probe_padding(&[1, 0, 1, 1, 0, 1], |&s| s == 0), 3);
        assert_eq!(probe_padding(&[0, 1, 1, 1, 0], |&s| s == 0), 4);
    }

    /// The vectorizable argmax picks what the branchy one picks: the first
    /// highest score, also with ties, lengths that are not multiples of
    /// eight, and extreme values.
    #[test]
    fn argmax_first_matches_argmax_allowed() {
        let mut rng = crate::hash::Rng::new(17);
        for n in 0..40 {
            for _ in 0..50 {
                let spread = 1 + rng.below(4) as i32;
                let scores: Vec<i32> = (0..n)
                    .map(|_| match rng.below(10) {
                        0 => i32::MIN,
                        1 => i32::MAX,
                        _ => rng.below(spread as usize) as i32 - spread / 2,
                    })
                    .collect();
                assert_eq!(argmax_first(&scores), argmax_allowed(&scores, 0..n).unwrap_or(0), "{scores:?}");
            }
        }
        assert_eq!(first_equal(&[3, 1, 4, 1, 5, 9, 2, 6, 5, 3], 5), Some(4));
        assert_eq!(first_equal(&[3, 1, 4, 1, 5, 9, 2, 6, 7, 3, 5], 5), Some(4));
        assert_eq!(first_equal(&[0, 0, 0, 0, 0, 0, 0, 0, 0, 7], 7), Some(9));
        assert_eq!(first_equal(&[1, 2], 3), None);
    }

    /// Group sums add to scores exactly what scoring the group's features
    /// does, whether they fit in 16 bits or not, and tables do not share sums.
    #[test]
    fn group_rows_add_what_the_features_score() {
        let classes = 5;
        let k = |n: u64| crate::hash::key1(3, n);
        let rows: Vec<(u64, Vec<(u16, i16)>)> =
            (0..6).map(|n| (k(n), vec![(0, 30000), (2, -7 * n as i16), (4, 1 + n as i16)])).collect();
        let a = Table::build(classes, 0, &rows);
        let b = Table::build(classes, 2, &rows[..3]);
        let mut groups = GroupRows::new();
        for round in 0..2 {
            for (table, group) in [(&a, &[k(1), k(2)][..]), (&a, &[k(3)]), (&b, &[k(1), k(2)]), (&a, &[k(0), k(4), k(9)])] {
                let mut want = vec![0i32; classes];
                table.score(group, &mut want);
                let mut got = vec![1i32; classes];
                let key = group.iter().fold(0, |h, &x| crate::hash::combine(h, x));
                groups.add(table, key, 0, |keys| keys.extend_from_slice(group), &mut got);
                assert_eq!(got, want.iter().map(|w| w + 1).collect::<Vec<_>>(), "round {round}");
            }
        }
    }
}
