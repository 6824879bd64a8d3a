//! Document identity: the content fingerprint and the source (outlet) name.

/// A 128-bit FNV-1a fingerprint of `text` with whitespace runs collapsed and
/// the ends trimmed, as 32 hex digits. It identifies the same article body
/// fetched twice (re-crawls, mirrors) for idempotent ingest; it is stable
/// across versions and platforms, and not meant to resist forgery.
pub fn content_hash(text: &str) -> String {
    format!("{:032x}", if text.is_ascii() { ascii_hash(text.as_bytes()) } else { unicode_hash(text) })
}

const OFFSET: u128 = 0x6c62272e07bb014262b821756295c58d;

/// One FNV-1a step. The prime is 2^88 + 0x13B, so the product is a shift
/// and a multiply by a small number (one 128-bit multiply fewer).
#[inline(always)]
fn fnv_step(hash: u128, b: u8) -> u128 {
    let hash = hash ^ b as u128;
    (hash << 88).wrapping_add(hash.wrapping_mul(0x13B))
}

/// The fingerprint of any text: words as `split_whitespace` finds them.
fn unicode_hash(text: &str) -> u128 {
    let mut hash = OFFSET;
    let mut first = true;
    for word in text.split_whitespace() {
        if !first {
            hash = fnv_step(hash, b' ');
        }
        first = false;
        hash = word.bytes().fold(hash, fnv_step);
    }
    hash
}

/// The same for ASCII text, byte by byte (no char decoding): ASCII's
/// Unicode whitespace is tab, line feed, vertical tab, form feed, carriage
/// return and space.
fn ascii_hash(bytes: &[u8]) -> u128 {
    let mut hash = OFFSET;
    let (mut started, mut space) = (false, false);
    for &b in bytes {
        if matches!(b, b'\t' | b'\n' | b'\x0B' | b'\x0C' | b'\r' | b' ') {
            space = started;
        } else {
            if space {
                hash = fnv_step(hash, b' ');
                space = false;
            }
            hash = fnv_step(hash, b);
            started = true;
        }
    }
    hash
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

    #[test]
    fn hash_ignores_whitespace_layout_only() {
        let a = content_hash("Russia  consulted\nEgypt. ");
        assert_eq!(a, content_hash(" Russia consulted Egypt."));
        assert_ne!(a, content_hash("Russia consulted Jordan."));
        assert_ne!(a, content_hash("russia consulted Egypt."));
        assert_eq!(a.len(), 32);
        // Pinned: stored hashes must not change between versions.
        assert_eq!(content_hash(""), "6c62272e07bb014262b821756295c58d");
        assert_eq!(content_hash("Russia consulted Egypt."), "a073405090d2974bcec4e71344b00d34");
    }

    #[test]
    fn ascii_path_agrees_with_the_unicode_path() {
        let texts = [
            "", " ", "a", " \t\x0B\x0C\r\n ", "  Moscow  offered\tto host\r\ntalks.  ", "x\x0By\x0Cz", "a\u{1f}b",
            "trailing ", " leading", "one\n\ntwo",
        ];
        for t in texts {
            assert!(t.is_ascii());
            assert_eq!(ascii_hash(t.as_bytes()), unicode_hash(t), "{t:?}");
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
