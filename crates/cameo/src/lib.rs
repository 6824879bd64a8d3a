//! The CAMEO event ontology, compiled in from `data/cameo.tsv`: every code
//! with its QuadClass, Goldstein weight, name and PLOVER type/mode/context.
//!
//! ```
//! let c = demarche_cameo::lookup("0871").unwrap();
//! assert_eq!(c.root, "08");
//! assert_eq!(c.plover, "RETREAT");
//! ```

use std::collections::HashMap;
use std::sync::OnceLock;

const TABLE: &str = include_str!("../data/cameo.tsv");

/// One CAMEO event code.
#[derive(Clone, Debug, PartialEq)]
pub struct EventCode {
    /// 2–4 digits; leading zeros matter.
    pub code: &'static str,
    /// The 2-digit root.
    pub root: &'static str,
    /// 1 for roots, 2 for 3-digit codes, 3 for 4-digit codes.
    pub level: u8,
    /// GDELT's QuadClass: 1 verbal cooperation, 2 material cooperation,
    /// 3 verbal conflict, 4 material conflict.
    pub quad_class: u8,
    /// Goldstein conflict–cooperation weight, −10..+10.
    pub goldstein: f32,
    /// PLOVER event type (`CONSULT`, `ASSAULT`, …); empty where PLOVER has none.
    pub plover: &'static str,
    /// PLOVER mode (`visit`, `phone`, …) or empty.
    pub plover_mode: &'static str,
    /// PLOVER context(s), comma-separated, or empty.
    pub plover_context: &'static str,
    pub name: &'static str,
}

struct Ontology {
    codes: Vec<EventCode>,
    index: HashMap<&'static str, usize>,
}

fn ontology() -> &'static Ontology {
    static ONTOLOGY: OnceLock<Ontology> = OnceLock::new();
    ONTOLOGY.get_or_init(|| {
        let codes: Vec<EventCode> = TABLE
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .map(parse_row)
            .collect();
        let index = codes.iter().enumerate().map(|(i, c)| (c.code, i)).collect();
        Ontology { codes, index }
    })
}

// The table is ours and checked by the tests below, so a bad row is a build
// defect, not an input error.
fn parse_row(line: &'static str) -> EventCode {
    let cols: Vec<&'static str> = line.split('\t').collect();
    assert_eq!(cols.len(), 7, "cameo.tsv row has {} columns: {line}", cols.len());
    let dash = |s: &'static str| if s == "-" { "" } else { s };
    EventCode {
        code: cols[0],
        root: &cols[0][..2],
        level: (cols[0].len() - 1) as u8,
        quad_class: cols[1].parse().expect("quad_class"),
        goldstein: cols[2].parse().expect("goldstein"),
        plover: dash(cols[3]),
        plover_mode: dash(cols[4]),
        plover_context: dash(cols[5]),
        name: cols[6],
    }
}

/// All codes in table order (roots before their children).
pub fn all() -> &'static [EventCode] {
    &ontology().codes
}

/// The entry for exactly this code.
pub fn lookup(code: &str) -> Option<&'static EventCode> {
    let o = ontology();
    o.index.get(code).map(|&i| &o.codes[i])
}

/// The entry for this code, or for its nearest listed ancestor (a 4-digit
/// code not in the codebook falls back to its 3-digit parent, then the root).
pub fn lookup_or_parent(code: &str) -> Option<&'static EventCode> {
    (2..=code.len().min(4)).rev().find_map(|n| code.get(..n).and_then(lookup))
}

/// True if `code` is a CAMEO event code listed in the codebook.
pub fn is_code(code: &str) -> bool {
    lookup(code).is_some()
}

/// GDELT's QuadClass for a 2-digit root ("01".."20"); 0 if not a root.
pub fn quad_class_of_root(root: &str) -> u8 {
    match root.parse::<u8>() {
        Ok(1..=5) => 1,
        Ok(6..=8) => 2,
        Ok(9..=13) => 3,
        Ok(14..=20) => 4,
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_complete_and_consistent() {
        let codes = all();
        assert_eq!(codes.len(), 311);
        for c in codes {
            assert!(c.code.len() >= 2 && c.code.len() <= 4 && c.code.bytes().all(|b| b.is_ascii_digit()), "{}", c.code);
            assert_eq!(quad_class_of_root(c.root), c.quad_class, "{}", c.code);
            assert!((-10.0..=10.0).contains(&c.goldstein), "{}", c.code);
            assert!(lookup(c.root).is_some(), "root of {} missing", c.code);
            if c.level == 3 {
                assert!(lookup(&c.code[..3]).is_some(), "parent of {} missing", c.code);
            }
        }
    }

    #[test]
    fn known_values() {
        let c = lookup("042").unwrap();
        assert_eq!((c.quad_class, c.goldstein, c.plover, c.plover_mode), (1, 1.9, "CONSULT", "visit"));
        assert_eq!(lookup("190").unwrap().goldstein, -10.0);
        assert_eq!(lookup("190").unwrap().plover, "ASSAULT");
        assert_eq!(lookup("010").unwrap().plover, "");
        assert_eq!(lookup("0256").unwrap().plover, "REQUEST");
        assert_eq!(lookup("1823").unwrap().quad_class, 4);
    }

    #[test]
    fn parent_fallback() {
        assert_eq!(lookup_or_parent("0429").unwrap().code, "042");
        assert_eq!(lookup_or_parent("04").unwrap().code, "04");
        assert!(lookup_or_parent("99").is_none());
        assert!(lookup_or_parent("").is_none());
        assert!(!is_code("0429"));
    }
}
