//! Feature hashing: every feature is one 64-bit key built from a template id
//! and the atomic values it combines (word hashes, tag ids, labels, ...).
//! The combine step is cheap (rotate, xor, multiply); keys get one strong
//! finalizer before they index a weight table.

/// FxHash's multiplier: odd, so each combine step is a bijection in `v`.
const K: u64 = 0x517c_c1b7_2722_0a95;

/// Folds one value into a running key.
#[inline(always)]
pub fn combine(h: u64, v: u64) -> u64 {
    (h.rotate_left(5) ^ v).wrapping_mul(K)
}

/// MurmurHash3's 64-bit finalizer: spreads every input bit over the key.
#[inline(always)]
pub fn finish(mut k: u64) -> u64 {
    k ^= k >> 33;
    k = k.wrapping_mul(0xff51_afd7_ed55_8ccd);
    k ^= k >> 33;
    k = k.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    k ^ (k >> 33)
}

/// Hash of a string (FNV-1a over the bytes, then [`finish`]).
pub fn hash_str(s: &str) -> u64 {
    hash_bytes(s.as_bytes())
}

pub const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;

/// One byte of FNV-1a.
#[inline(always)]
pub fn fnv_step(h: u64, b: u8) -> u64 {
    (h ^ b as u64).wrapping_mul(0x0000_0100_0000_01b3)
}

pub fn hash_bytes(bytes: &[u8]) -> u64 {
    finish(bytes.iter().fold(FNV_OFFSET, |h, &b| fnv_step(h, b)))
}

/// A key from a template id and one, two or three values.
#[inline(always)]
pub fn key1(t: u64, a: u64) -> u64 {
    finish(combine(t.wrapping_mul(0x9e37_79b9_7f4a_7c15), a))
}
#[inline(always)]
pub fn key2(t: u64, a: u64, b: u64) -> u64 {
    finish(combine(combine(t.wrapping_mul(0x9e37_79b9_7f4a_7c15), a), b))
}
#[inline(always)]
pub fn key3(t: u64, a: u64, b: u64, c: u64) -> u64 {
    finish(combine(combine(combine(t.wrapping_mul(0x9e37_79b9_7f4a_7c15), a), b), c))
}

/// A 64-bit checksum of a byte string, for the model file.
pub fn checksum(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0x2545_f491_4f6c_dd1d;
    let mut chunks = bytes.chunks_exact(8);
    for c in &mut chunks {
        h = combine(h, u64::from_le_bytes(c.try_into().unwrap()));
    }
    for &b in chunks.remainder() {
        h = combine(h, b as u64);
    }
    finish(h ^ bytes.len() as u64)
}

/// Deterministic pseudo-random numbers (SplitMix64) for shuffling and
/// exploration during training: a fixed seed gives the same model.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        finish(self.0)
    }

    /// Uniform in `0..n`.
    pub fn below(&mut self, n: usize) -> usize {
        (((self.next_u64() >> 11) as u128 * n as u128) >> 53) as usize
    }

    /// Uniform in `[0, 1)`.
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    pub fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            items.swap(i, self.below(i + 1));
        }
    }
}

/// A `HashMap` hasher for keys that are already hashes.
#[derive(Default, Clone, Copy)]
pub struct IdentityHasher(u64);

impl std::hash::Hasher for IdentityHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = combine(self.0, b as u64);
        }
    }
    fn write_u64(&mut self, v: u64) {
        self.0 = v;
    }
}

pub type KeyMap<V> = std::collections::HashMap<u64, V, std::hash::BuildHasherDefault<IdentityHasher>>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_differ_by_template_and_order() {
        let a = hash_str("dog");
        let b = hash_str("cat");
        assert_ne!(key2(1, a, b), key2(1, b, a));
        assert_ne!(key1(1, a), key1(2, a));
        assert_ne!(hash_str(""), hash_str(" "));
    }

    #[test]
    fn rng_is_deterministic_and_in_range() {
        let mut r1 = Rng::new(7);
        let mut r2 = Rng::new(7);
        for _ in 0..100 {
            let x = r1.below(10);
            assert_eq!(x, r2.below(10));
            assert!(x < 10);
        }
    }
}
