//! Actor dictionaries (`Phoenix.*.actors.txt`, `PETR.Validate.actors.txt`).
//!
//! ```text
//! CROATIA_                      a root phrase; codes may follow on the line
//! +CROATIAN_                    a synonym sharing the root's codes
//!     [YUGHRV <910625]          dated codes on their own (indented) lines
//!     [HRVUNR 911008-920115]
//!     [HRV >920115]
//! THE_SHIRE  [FRO/BIL/SAM]      a TABARI compound code: one actor per part
//! ```
//! Dates are YYMMDD (00–30 → 20YY, else 19YY) or YYYYMMDD. `<d` holds before
//! d, `>d` on or after d, `d1-d2` from d1 to d2 inclusive.

use demarche_doc::InputError;

use crate::lines::Lines;
use crate::report::{ReadOptions, Report};
use crate::words::normalize_phrase;

/// When an actor code applies.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Validity {
    Always,
    /// Strictly before the date (YYYYMMDD).
    Before(u32),
    /// On or after the date.
    From(u32),
    /// From the first to the second date, both inclusive.
    Between(u32, u32),
}

impl Validity {
    /// Whether the code applies on `date` (YYYYMMDD).
    pub fn holds(self, date: u32) -> bool {
        match self {
            Validity::Always => true,
            Validity::Before(d) => date < d,
            Validity::From(d) => date >= d,
            Validity::Between(a, b) => a <= date && date <= b,
        }
    }

    pub fn is_dated(self) -> bool {
        self != Validity::Always
    }
}

/// One code of an actor, possibly restricted to a period.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ActorCode {
    /// The CAMEO actor code as written (upper-cased); `---` is the null
    /// code, `A/B/C` a TABARI compound.
    pub code: String,
    pub validity: Validity,
}

/// One phrase (a root or a synonym) and the group of codes it shares.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ActorEntry {
    /// Upper-case words joined by `_` (consecutive) or a space (open).
    pub phrase: String,
    /// Index into [`ActorDictionary::groups`].
    pub group: usize,
    pub line: usize,
}

/// The entries of one actor file, in file order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ActorDictionary {
    pub entries: Vec<ActorEntry>,
    /// Code lists shared by a root and its synonyms, in the order written.
    pub groups: Vec<Vec<ActorCode>>,
}

impl ActorDictionary {
    /// Reads an actor dictionary; `file` names it in errors.
    pub fn read(text: &str, file: &str, options: ReadOptions) -> Result<(ActorDictionary, Vec<InputError>), InputError> {
        let mut report = Report::new(file, options);
        let mut dict = ActorDictionary::default();
        // The open group: its index and the line of its root.
        let mut open: Option<(usize, usize)> = None;
        for line in Lines::new(text) {
            if line.is_blank() {
                continue;
            }
            let n = line.number;
            let t = line.text.trim();
            if let Some(rest) = t.strip_prefix('+') {
                let Some((group, _)) = open else {
                    report.error(n, "synonym `+…` before any actor entry")?;
                    continue;
                };
                let (phrase, codes) = split_codes(rest);
                let phrase = normalize_phrase(phrase);
                if phrase.is_empty() {
                    report.error(n, "empty synonym")?;
                    continue;
                }
                if !parse_code_groups(codes, n, &mut dict.groups[group], &mut report)? {
                    continue;
                }
                dict.entries.push(ActorEntry { phrase, group, line: n });
            } else if t.starts_with('[') {
                let Some((group, _)) = open else {
                    report.error(n, "code line before any actor entry")?;
                    continue;
                };
                parse_code_groups(t, n, &mut dict.groups[group], &mut report)?;
            } else {
                let (phrase, codes) = split_codes(t);
                let phrase = normalize_phrase(phrase);
                // Consecutive roots without codes share the code lines that follow them.
                if let Some((group, _)) = open {
                    if codes.trim().is_empty() && dict.groups[group].is_empty() && !phrase.is_empty() {
                        dict.entries.push(ActorEntry { phrase, group, line: n });
                        continue;
                    }
                }
                close_group(&dict, open, &mut report)?;
                if phrase.is_empty() {
                    report.error(n, "actor entry without a phrase")?;
                    open = None;
                    continue;
                }
                let group = dict.groups.len();
                dict.groups.push(Vec::new());
                if !parse_code_groups(codes, n, &mut dict.groups[group], &mut report)? {
                    dict.groups.pop();
                    open = None;
                    continue;
                }
                dict.entries.push(ActorEntry { phrase, group, line: n });
                open = Some((group, n));
            }
        }
        close_group(&dict, open, &mut report)?;
        Ok((dict, report.warnings))
    }
}

fn close_group(dict: &ActorDictionary, open: Option<(usize, usize)>, report: &mut Report) -> Result<(), InputError> {
    if let Some((group, line)) = open {
        if dict.groups[group].is_empty() {
            report.error(line, "actor entry has no code")?;
        }
    }
    Ok(())
}

/// Splits `PHRASE [codes…]` at the first `[`. Tab-separated columns after
/// the codes (the MNC lists add sector and revenue) are not codes.
fn split_codes(s: &str) -> (&str, &str) {
    match s.find('[') {
        Some(i) => {
            let codes = &s[i..];
            let end = codes.rfind(']').map_or(codes.len(), |e| e + 1);
            let extra = &codes[end..];
            let codes = if extra.starts_with('\t') { &codes[..end] } else { codes };
            (&s[..i], codes)
        }
        None => (s, ""),
    }
}

/// Parses `[CODE …][CODE …]` groups into `out`. Returns false (after
/// reporting, in lenient mode) if the line was malformed.
fn parse_code_groups(s: &str, line: usize, out: &mut Vec<ActorCode>, report: &mut Report) -> Result<bool, InputError> {
    let mut rest = s.trim();
    let before = out.len();
    while !rest.is_empty() {
        let problem = match rest.strip_prefix('[') {
            None => Err(format!("unexpected text `{rest}` after the actor codes")),
            Some(inner_and_more) => match inner_and_more.find(']') {
                None => Err("unclosed `[` in actor code".to_string()),
                Some(close) => parse_code(&inner_and_more[..close]).map(|code| {
                    out.push(code);
                    rest = inner_and_more[close + 1..].trim_start();
                }),
            },
        };
        if let Err(msg) = problem {
            // All or nothing: a line with a bad group adds none.
            out.truncate(before);
            report.error(line, msg)?;
            return Ok(false);
        }
    }
    Ok(true)
}

/// Parses the inside of one `[...]`: a code and an optional date restriction.
pub fn parse_code(inner: &str) -> Result<ActorCode, String> {
    let inner = inner.trim();
    let (code, restriction) = match inner.find(char::is_whitespace) {
        Some(i) => (&inner[..i], inner[i..].trim()),
        None => split_glued_restriction(inner),
    };
    if code.is_empty() {
        return Err("empty actor code `[]`".into());
    }
    if !code.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'+' | b'#' | b'/')) {
        return Err(format!("invalid actor code `{code}`"));
    }
    if longest_digit_run(code) >= 6 {
        return Err(format!("actor code `{code}` runs into a date (a space is missing, or the code)"));
    }
    if code.split('/').any(str::is_empty) {
        return Err(format!("empty part in compound actor code `{code}`"));
    }
    let validity = parse_restriction(restriction).map_err(|m| format!("{m} in `[{inner}]`"))?;
    Ok(ActorCode { code: code.to_ascii_uppercase(), validity })
}

fn longest_digit_run(s: &str) -> usize {
    s.split(|c: char| !c.is_ascii_digit()).map(str::len).max().unwrap_or(0)
}

/// `HOB<950601` written without a space.
fn split_glued_restriction(s: &str) -> (&str, &str) {
    match s.find(['<', '>']) {
        Some(i) if i > 0 => (&s[..i], &s[i..]),
        _ => (s, ""),
    }
}

fn parse_restriction(r: &str) -> Result<Validity, String> {
    if r.is_empty() {
        return Ok(Validity::Always);
    }
    // `> 140608`, `19950601 - 19990815`: spaces are allowed anywhere.
    let mut buf = [0u8; 32];
    let mut n = 0;
    for b in r.bytes().filter(|b| !b.is_ascii_whitespace()) {
        if n == buf.len() || !b.is_ascii() {
            return Err(format!("bad date restriction `{r}`"));
        }
        buf[n] = b;
        n += 1;
    }
    let compact = std::str::from_utf8(&buf[..n]).map_err(|_| format!("bad date restriction `{r}`"))?;
    if compact.is_empty() {
        return Ok(Validity::Always);
    }
    if let Some(d) = compact.strip_prefix('<') {
        return Ok(Validity::Before(parse_date(d)?));
    }
    if let Some(d) = compact.strip_prefix('>') {
        return Ok(Validity::From(parse_date(d)?));
    }
    match compact.split_once('-') {
        Some((a, b)) => {
            let (a, b) = (parse_date(a)?, parse_date(b)?);
            if a > b {
                return Err("date range ends before it starts".into());
            }
            Ok(Validity::Between(a, b))
        }
        None => Err(format!("bad date restriction `{r}`")),
    }
}

/// YYMMDD (00–30 → 20YY) or YYYYMMDD → YYYYMMDD as a number.
pub fn parse_date(s: &str) -> Result<u32, String> {
    if !s.bytes().all(|b| b.is_ascii_digit()) || !(s.len() == 6 || s.len() == 8) {
        return Err(format!("bad date `{s}` (YYMMDD or YYYYMMDD)"));
    }
    let n: u32 = s.parse().map_err(|_| format!("bad date `{s}`"))?;
    let full = if s.len() == 6 {
        let yy = n / 10000;
        (if yy <= 30 { 2000 + yy } else { 1900 + yy }) * 10000 + n % 10000
    } else {
        n
    };
    let (month, day) = (full / 100 % 100, full % 100);
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return Err(format!("impossible date `{s}`"));
    }
    Ok(full)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> ActorDictionary {
        ActorDictionary::read(text, "a.txt", ReadOptions::default()).unwrap().0
    }

    #[test]
    fn roots_synonyms_and_dated_codes() {
        let d = read("GOLLUM  # pas\n+SMEAGOL\n\t[HOB < 950601]\n\t[HOBGOV 19950601 - 19990815]\n\t[HOBREB > 990816]\nARNOR_  [ARN]\n");
        assert_eq!(d.entries.len(), 3);
        assert_eq!(d.entries[1].phrase, "SMEAGOL");
        assert_eq!(d.entries[1].group, d.entries[0].group);
        let codes = &d.groups[d.entries[0].group];
        assert_eq!(codes[0], ActorCode { code: "HOB".into(), validity: Validity::Before(19950601) });
        assert_eq!(codes[1].validity, Validity::Between(19950601, 19990815));
        assert_eq!(codes[2].validity, Validity::From(19990816));
        assert_eq!(d.groups[d.entries[2].group][0].code, "ARN");
    }

    #[test]
    fn several_groups_on_one_line_compounds_and_null_codes() {
        let d = read("UFFE_ELLEMANN_JENSEN_\t[IGOEUREEC 820701-821231][IGOEUREEC 870701-871231] # x\nTHE_SHIRE  [FRO/BIL/SAM]\nBOROMIR [---]\nPALESTINIAN [pse]\n");
        assert_eq!(d.groups[0].len(), 2);
        assert_eq!(d.groups[1][0].code, "FRO/BIL/SAM");
        assert_eq!(d.groups[2][0].code, "---");
        assert_eq!(d.groups[3][0].code, "PSE");
        assert_eq!(d.entries[0].phrase, "UFFE_ELLEMANN_JENSEN");
    }

    #[test]
    fn consecutive_roots_share_following_code_lines() {
        let d = read("IVO_JOSIPOVIC_\nPRESIDENT_JOSIPOVIC_\n\t[HRVGOV >20120219]\nA.H._BELO_CORPORATION_\t[MNCMED]\tNewspapers/Magazines\t$137,000,000\n");
        assert_eq!(d.entries[0].group, d.entries[1].group);
        assert_eq!(d.groups[d.entries[1].group][0].code, "HRVGOV");
        assert_eq!(d.groups[d.entries[2].group][0].code, "MNCMED");
        let e = ActorDictionary::read("U.N._\nA [MNCUSA]\n", "x", ReadOptions::default()).unwrap_err();
        assert_eq!(e.line, Some(1));
    }

    #[test]
    fn validity_bounds() {
        assert!(Validity::Before(20080120).holds(20080119));
        assert!(!Validity::Before(20080120).holds(20080120));
        assert!(Validity::From(20130119).holds(20130119));
        assert!(Validity::Between(20100109, 20100112).holds(20100112));
        assert!(!Validity::Between(20100109, 20100112).holds(20100113));
        assert_eq!(parse_date("950601"), Ok(19950601));
        assert_eq!(parse_date("140608"), Ok(20140608));
        assert!(parse_date("951301").is_err());
    }

    #[test]
    fn malformed_lines_name_their_line() {
        let e = ActorDictionary::read("ARNOR [ARN]\nGONDOR [GON\n", "x.actors", ReadOptions::default()).unwrap_err();
        assert_eq!(e.to_string(), "x.actors:2: unclosed `[` in actor code");
        let e = ActorDictionary::read("\n\n\t[950601-990815]\n", "x", ReadOptions::default()).unwrap_err();
        assert_eq!(e.line, Some(3));
        let e = ActorDictionary::read("A [AAA950601-990815]\nB [B]\n", "x", ReadOptions::default()).unwrap_err();
        assert_eq!(e.line, Some(1));
        let e = ActorDictionary::read("NOCODE\nB [B]\n", "x", ReadOptions::default()).unwrap_err();
        assert_eq!(e.to_string(), "x:1: actor entry has no code");
    }

    #[test]
    fn lenient_counts_and_skips() {
        let (d, warnings) = ActorDictionary::read("A [A\nB [B]\nC [C x]\n", "x", ReadOptions { lenient: true }).unwrap();
        assert_eq!(warnings.len(), 2, "{warnings:?}"); // A's unclosed code, C's bad date
        assert_eq!(d.entries.iter().map(|e| e.phrase.as_str()).collect::<Vec<_>>(), ["B"]);
    }
}
