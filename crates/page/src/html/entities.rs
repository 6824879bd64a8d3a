//! Character references (`&amp;`, `&#8217;`, `&#x2014;`) in text and attributes.

use std::collections::HashMap;
use std::sync::OnceLock;

const ENTITIES_TSV: &str = include_str!("../../data/entities.tsv");

/// Longest entity name in the table (`CounterClockwiseContourIntegral;`).
const MAX_NAME: usize = 33;

fn table() -> &'static HashMap<&'static str, String> {
    static TABLE: OnceLock<HashMap<&'static str, String>> = OnceLock::new();
    TABLE.get_or_init(|| {
        ENTITIES_TSV
            .lines()
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .filter_map(|l| {
                let (name, points) = l.split_once('\t')?;
                let value = points
                    .split(' ')
                    .filter_map(|p| u32::from_str_radix(p, 16).ok().and_then(char::from_u32))
                    .collect::<String>();
                Some((name, value))
            })
            .collect()
    })
}

/// Windows-1252 meanings browsers give to numeric references 0x80–0x9F.
const C1_REMAP: [u32; 32] = [
    0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D,
    0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A,
    0x0153, 0x9D, 0x017E, 0x0178,
];

/// Appends `raw` to `out` with character references decoded. In attribute
/// values a legacy reference without `;` followed by `=` or an alphanumeric
/// stays literal, as browsers do (`?a=1&copy=2`).
pub fn decode_into(raw: &str, in_attribute: bool, out: &mut String) {
    let bytes = raw.as_bytes();
    let mut done = 0;
    let mut at = 0;
    while let Some(off) = memchr::memchr(b'&', &bytes[at..]) {
        let amp = at + off;
        at = amp + 1;
        if let Some((len, decoded)) = reference_at(&raw[amp + 1..], in_attribute) {
            out.push_str(&raw[done..amp]);
            push_decoded(decoded, out);
            done = amp + 1 + len;
            at = done;
        }
    }
    out.push_str(&raw[done..]);
}

enum Decoded {
    Char(char),
    Named(&'static str),
}

fn push_decoded(d: Decoded, out: &mut String) {
    match d {
        Decoded::Char(c) => out.push(c),
        Decoded::Named(s) => out.push_str(s),
    }
}

/// The reference starting right after a `&`: bytes consumed and its value.
fn reference_at(rest: &str, in_attribute: bool) -> Option<(usize, Decoded)> {
    let b = rest.as_bytes();
    if b.first() == Some(&b'#') {
        let (hex, digits_from) = match b.get(1) {
            Some(b'x' | b'X') => (true, 2),
            _ => (false, 1),
        };
        let digits = b[digits_from..]
            .iter()
            .take_while(|c| if hex { c.is_ascii_hexdigit() } else { c.is_ascii_digit() })
            .count();
        if digits == 0 {
            return None;
        }
        let text = &rest[digits_from..digits_from + digits];
        let value = u32::from_str_radix(text, if hex { 16 } else { 10 }).unwrap_or(u32::MAX);
        let mut len = digits_from + digits;
        if b.get(len) == Some(&b';') {
            len += 1;
        }
        let c = match value {
            0 => '\u{FFFD}',
            0x80..=0x9F => char::from_u32(C1_REMAP[(value - 0x80) as usize]).unwrap_or('\u{FFFD}'),
            v => char::from_u32(v).unwrap_or('\u{FFFD}'),
        };
        return Some((len, Decoded::Char(c)));
    }
    let name_len = b.iter().take(MAX_NAME).take_while(|c| c.is_ascii_alphanumeric()).count();
    if name_len == 0 {
        return None;
    }
    let table = table();
    if b.get(name_len) == Some(&b';') {
        if let Some((k, v)) = table.get_key_value(&rest[..=name_len]) {
            return Some((k.len(), Decoded::Named(v.as_str())));
        }
    }
    // Legacy references without `;`: the longest known prefix.
    for len in (2..=name_len.min(6)).rev() {
        if let Some((k, v)) = table.get_key_value(&rest[..len]) {
            let next = b.get(len).copied().unwrap_or(b' ');
            if in_attribute && (next == b'=' || next.is_ascii_alphanumeric()) {
                return None;
            }
            return Some((k.len(), Decoded::Named(v.as_str())));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decode(s: &str, attr: bool) -> String {
        let mut out = String::new();
        decode_into(s, attr, &mut out);
        out
    }

    #[test]
    fn named_numeric_and_legacy_references() {
        assert_eq!(decode("a &amp; b &lt;c&gt; &rsquo;s &#8217; &#x2014;", false), "a & b <c> ’s ’ —");
        assert_eq!(decode("&nbsp;x&copy 2020", false), "\u{a0}x© 2020");
        assert_eq!(decode("&#146;&#0;&#xFFFFFFFF;", false), "’\u{FFFD}\u{FFFD}");
        assert_eq!(decode("?a=1&copy=2&amp;b", true), "?a=1&copy=2&b");
        assert_eq!(decode("&unknown; & &#; &", false), "&unknown; & &#; &");
        assert_eq!(decode("&NotNestedGreaterGreater;", false), "\u{2AA2}\u{338}");
    }
}
