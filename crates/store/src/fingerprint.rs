//! Document identity: the content fingerprint and the source (outlet) name.

/// The content fingerprint of `text`: 128 bits of the body with whitespace
/// runs collapsed to one space and the ends trimmed, stored as a 16-byte
/// blob (`documents.content_hash`). It identifies the same article body
/// fetched twice (re-crawls, mirrors) for idempotent ingest; it is stable
/// across platforms (little-endian words) and not meant to resist forgery.
/// Changing it changes every stored fingerprint: the schema migration that
/// introduces a new one must rehash the stored bodies (see `schema.rs`).
pub fn content_hash(text: &str) -> [u8; 16] {
    let mut hash = WordHash::new();
    if text.is_ascii() {
        hash_ascii(&mut hash, text.as_bytes());
    } else {
        for (i, word) in text.split_whitespace().enumerate() {
            if i > 0 {
                hash.push(b' ' as u64, 1);
            }
            hash.push_bytes(word.as_bytes());
        }
    }
    hash.finish().to_le_bytes()
}

/// Multiplies the 128-bit state per 64-bit word (an odd constant, so each
/// step is a bijection of the state; fractional digits of pi).
const MULTIPLIER: u128 = 0x243f_6a88_85a3_08d3_1319_8a2e_0370_7345 | 1;
const SEED: u128 = 0xa409_3822_299f_31d0_082e_fa98_ec4e_6c89;

/// Hashes a byte stream 8 bytes per step: bytes are gathered into
/// little-endian words, each word is xored into the state, which is then
/// multiplied. The length and a final fold make the last, zero-padded word
/// and the high bits count.
struct WordHash {
    state: u128,
    /// Bytes gathered for the next word (low bytes first) and their count (< 8).
    word: u64,
    fill: u32,
    len: u64,
}

impl WordHash {
    fn new() -> Self {
        WordHash { state: SEED, word: 0, fill: 0, len: 0 }
    }

    #[inline(always)]
    fn mix(&mut self, word: u64) {
        self.state = (self.state ^ word as u128).wrapping_mul(MULTIPLIER);
    }

    /// Appends the `n` (1–8) low bytes of `bytes`, whose higher bytes are zero.
    #[inline(always)]
    fn push(&mut self, bytes: u64, n: u32) {
        self.word |= bytes << (8 * self.fill);
        let total = self.fill + n;
        if total >= 8 {
            self.mix(self.word);
            // The bytes that did not fit (none when the word was empty).
            self.word = if self.fill == 0 { 0 } else { bytes >> (8 * (8 - self.fill)) };
            self.fill = total - 8;
        } else {
            self.fill = total;
        }
        self.len += n as u64;
    }

    /// Appends 8 bytes.
    #[inline(always)]
    fn push8(&mut self, bytes: u64) {
        self.mix(self.word | bytes << (8 * self.fill));
        // The bytes that did not fit: none when the word was empty (the
        // shift in two steps stays below 64).
        self.word = (bytes >> 1) >> (63 - 8 * self.fill);
        self.len += 8;
    }

    fn push_bytes(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            self.push8(u64::from_le_bytes(chunk.try_into().unwrap()));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            self.push(le_word(rest), rest.len() as u32);
        }
    }

    fn finish(mut self) -> u128 {
        if self.fill > 0 {
            self.mix(self.word);
        }
        self.mix(self.len);
        let mut h = self.state;
        h ^= h >> 64;
        h = h.wrapping_mul(MULTIPLIER);
        h ^ (h >> 64)
    }
}

/// Up to 8 bytes as a little-endian word, higher bytes zero.
fn le_word(bytes: &[u8]) -> u64 {
    let mut buf = [0u8; 8];
    buf[..bytes.len()].copy_from_slice(bytes);
    u64::from_le_bytes(buf)
}

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGH: u64 = 0x8080_8080_8080_8080;

/// For a word of ASCII bytes: the high bit of each byte that is ASCII
/// whitespace (tab, line feed, vertical tab, form feed, carriage return,
/// space, as `split_whitespace` has it), and of each such byte other than
/// a space. No byte's sum carries into the next (all are below 0x80).
#[inline(always)]
fn whitespace_bits(w: u64) -> (u64, u64) {
    let not_space = w ^ (ONES * 0x20);
    let space = !(((not_space & !HIGH) + !HIGH) | not_space) & HIGH;
    let control = (w + ONES * (0x80 - 9)) & !(w + ONES * (0x80 - 14)) & HIGH;
    (space | control, control)
}

/// The normalized stream of ASCII text: words as `split_whitespace` finds
/// them, joined by one space. Runs of 8 bytes whose whitespace is single
/// spaces between words go in whole; others byte by byte.
fn hash_ascii(hash: &mut WordHash, bytes: &[u8]) {
    // A space is owed before the next word byte; a word byte was seen.
    let (mut space, mut started) = (false, false);
    let mut at = 0;
    while at + 8 <= bytes.len() {
        let w = u64::from_le_bytes(bytes[at..at + 8].try_into().unwrap());
        let (white, control) = whitespace_bits(w);
        // Whole-run path: no control whitespace, no two whitespace bytes in
        // a row, and a leading space only right after a word byte.
        let leading_space = white & 0x80 != 0;
        if control == 0 && white & (white << 8) == 0 && (!leading_space || (started && !space)) {
            if space {
                hash.push(b' ' as u64, 1);
            }
            // A trailing space goes in now when a word byte follows it.
            if white >> 56 == 0 || bytes.get(at + 8).is_some_and(|&b| !is_ascii_space(b)) {
                hash.push8(w);
                space = false;
            } else {
                hash.push(w & 0x00ff_ffff_ffff_ffff, 7);
                space = true;
            }
            started = true;
        } else {
            for &b in &bytes[at..at + 8] {
                ascii_byte(hash, b, &mut space, &mut started);
            }
        }
        at += 8;
    }
    for &b in &bytes[at..] {
        ascii_byte(hash, b, &mut space, &mut started);
    }
}

/// ASCII's Unicode whitespace: tab, line feed, vertical tab, form feed,
/// carriage return and space.
#[inline(always)]
fn is_ascii_space(b: u8) -> bool {
    matches!(b, b'\t' | b'\n' | b'\x0B' | b'\x0C' | b'\r' | b' ')
}

#[inline(always)]
fn ascii_byte(hash: &mut WordHash, b: u8, space: &mut bool, started: &mut bool) {
    if is_ascii_space(b) {
        *space = *started;
    } else {
        if *space {
            hash.push(b' ' as u64, 1);
            *space = false;
        }
        hash.push(b as u64, 1);
        *started = true;
    }
}

/// The name under which a document's source is counted: the outlet when the
/// page names one, else the URL's host without `www.`, else empty (all
/// documents without either count as one unknown source).
pub fn source_name(outlet: Option<&str>, url: Option<&str>) -> String {
    if let Some(outlet) = outlet.map(str::trim).filter(|o| !o.is_empty()) {
        return outlet.to_string();
    }
    let Some(url) = url else { return String::new() };
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host = host.rsplit_once('@').map_or(host, |(_, h)| h);
    let host = host.split(':').next().unwrap_or("");
    host.trim_start_matches("www.").to_ascii_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The fingerprint of the words of `text` joined by single spaces,
    /// pushed byte by byte: what both fast paths must agree with.
    fn reference_hash(text: &str) -> [u8; 16] {
        let mut hash = WordHash::new();
        for b in text.split_whitespace().collect::<Vec<_>>().join(" ").bytes() {
            hash.push(b as u64, 1);
        }
        hash.finish().to_le_bytes()
    }

    #[test]
    fn hash_ignores_whitespace_layout_only() {
        let a = content_hash("Russia  consulted\nEgypt. ");
        assert_eq!(a, content_hash(" Russia consulted Egypt."));
        assert_ne!(a, content_hash("Russia consulted Jordan."));
        assert_ne!(a, content_hash("russia consulted Egypt."));
        assert_ne!(content_hash(""), content_hash("\0"));
        assert_ne!(content_hash("abcdefgh"), content_hash("abcdefgh\0"));
        // Pinned: stored fingerprints must not change between versions
        // without a migration that rehashes them.
        let hex = |h: [u8; 16]| h.iter().map(|b| format!("{b:02x}")).collect::<String>();
        assert_eq!(hex(content_hash("")), hex(reference_hash("")));
        assert_eq!(hex(content_hash("Russia consulted Egypt.")), "b7474f17af0ed6b445eee9f69703aca0");
    }

    #[test]
    fn fast_paths_agree_with_the_reference() {
        let texts = [
            "", " ", "a", " \t\x0B\x0C\r\n ", "  Moscow  offered\tto host\r\ntalks.  ", "x\x0By\x0Cz", "a\u{1f}b",
            "trailing ", " leading", "one\n\ntwo", "abcdefg hijklmn opqrstu ", "abcdefgh ijklmnop", "abcdefg  hijklmnop ",
            "Moscow offered to host talks between the two sides, the ministry said on Tuesday.\n\nA second paragraph.",
            "\u{a0}Caf\u{e9} au lait\u{2003}\u{2003}ensemble  ", "\x7f\x1f\x08\x0e!~ 01234567 89",
        ];
        for t in texts {
            assert_eq!(content_hash(t), reference_hash(t), "{t:?}");
        }
        // Every split of a text with mixed whitespace, so runs of 8 bytes
        // start at every offset.
        let long = "Russia  and\tEgypt consulted\n\non a cease-fire; the talks  ended . x";
        for i in 0..long.len() {
            assert_eq!(content_hash(&long[i..]), reference_hash(&long[i..]), "{:?}", &long[i..]);
            assert_eq!(content_hash(&long[..i]), reference_hash(&long[..i]), "{:?}", &long[..i]);
        }
        // Non-ASCII whitespace separates words on the general path.
        assert_eq!(content_hash("a\u{a0}b"), content_hash("a b"));
    }

    #[test]
    fn source_names() {
        assert_eq!(source_name(Some(" Al-Monitor "), Some("https://x.org/a")), "Al-Monitor");
        assert_eq!(source_name(None, Some("https://www.Reuters.com/world/x?y=1")), "reuters.com");
        assert_eq!(source_name(Some(""), Some("http://user@news.example:8080/p")), "news.example");
        assert_eq!(source_name(None, None), "");
    }
}
