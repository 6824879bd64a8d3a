//! Document identity: the content fingerprint and the source (outlet) name.

/// A 128-bit FNV-1a fingerprint of `text` with whitespace runs collapsed and
/// the ends trimmed, as 32 hex digits. It identifies the same article body
/// fetched twice (re-crawls, mirrors) for idempotent ingest; it is stable
/// across versions and platforms, and not meant to resist forgery.
pub fn content_hash(text: &str) -> String {
    const OFFSET: u128 = 0x6c62272e07bb014262b821756295c58d;
    const PRIME: u128 = 0x0000000001000000000000000000013B;
    let mut hash = OFFSET;
    let mut feed = |b: u8| {
        hash ^= b as u128;
        hash = hash.wrapping_mul(PRIME);
    };
    let mut first = true;
    for word in text.split_whitespace() {
        if !first {
            feed(b' ');
        }
        first = false;
        word.bytes().for_each(&mut feed);
    }
    format!("{hash:032x}")
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
    }

    #[test]
    fn source_names() {
        assert_eq!(source_name(Some(" Al-Monitor "), Some("https://x.org/a")), "Al-Monitor");
        assert_eq!(source_name(None, Some("https://www.Reuters.com/world/x?y=1")), "reuters.com");
        assert_eq!(source_name(Some(""), Some("http://user@news.example:8080/p")), "news.example");
        assert_eq!(source_name(None, None), "");
    }
}
