//! Comment-aware line reading shared by all PETRARCH/TABARI dictionary readers.
//!
//! The formats share their comment rules: `#` starts a comment (except inside
//! a `[...]` code group, where `###` is a legal code), `<!-- … -->` comments
//! may sit anywhere and span lines, and a line opening with `<!` (the
//! malformed `<! -- … -->` of the Validate files) is a comment line. Unlike
//! PETRARCH2, a `<!` line never switches anything else off.

use std::borrow::Cow;

/// One line of a dictionary file with its comments removed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Line<'a> {
    /// 1-based line number in the file.
    pub number: usize,
    /// The raw line as in the file (for section markers that live in comments).
    pub raw: &'a str,
    /// The line without comments and trailing whitespace; may be empty.
    pub text: Cow<'a, str>,
}

/// Iterates over the lines of `input`, removing comments. Lines that are
/// empty after removal are still yielded (with empty `text`) so readers can
/// see section markers in `raw`; use [`Line::is_blank`] to skip them.
pub struct Lines<'a> {
    rest: &'a str,
    number: usize,
    in_block_comment: bool,
}

impl<'a> Lines<'a> {
    pub fn new(input: &'a str) -> Lines<'a> {
        // A byte-order mark is not part of the first line.
        let input = input.strip_prefix('\u{feff}').unwrap_or(input);
        Lines { rest: input, number: 0, in_block_comment: false }
    }
}

impl Line<'_> {
    pub fn is_blank(&self) -> bool {
        self.text.trim().is_empty()
    }

    /// True if the raw line is a `#` comment line containing `marker`
    /// (section markers such as `######## TRANSFORMATIONS ####`).
    pub fn is_marker(&self, marker: &str) -> bool {
        let t = self.raw.trim_start();
        t.starts_with('#') && t.contains(marker)
    }
}

impl<'a> Iterator for Lines<'a> {
    type Item = Line<'a>;

    fn next(&mut self) -> Option<Line<'a>> {
        if self.rest.is_empty() {
            return None;
        }
        let (raw, rest) = match memchr_newline(self.rest) {
            Some(i) => (&self.rest[..i], &self.rest[i + 1..]),
            None => (self.rest, ""),
        };
        self.rest = rest;
        self.number += 1;
        let raw = raw.strip_suffix('\r').unwrap_or(raw);
        let text = strip_comments(raw, &mut self.in_block_comment);
        Some(Line { number: self.number, raw, text })
    }
}

fn memchr_newline(s: &str) -> Option<usize> {
    memchr::memchr(b'\n', s.as_bytes())
}

/// Removes `<!-- … -->` spans (tracking spans that continue over lines),
/// `<!` comment lines and `#` comments outside `[...]`.
fn strip_comments<'a>(raw: &'a str, in_block: &mut bool) -> Cow<'a, str> {
    let mut line: Cow<'a, str> = Cow::Borrowed(raw);
    if *in_block {
        match line.find("-->") {
            Some(end) => {
                *in_block = false;
                line = Cow::Borrowed(&raw[end + 3..]);
            }
            None => return Cow::Borrowed(""),
        }
    }
    // `<!-- … -->` anywhere in the line, possibly left open.
    while let Some(start) = if line.as_bytes().contains(&b'<') { line.find("<!--") } else { None } {
        match line[start + 4..].find("-->") {
            Some(len) => {
                let mut s = String::with_capacity(line.len());
                s.push_str(&line[..start]);
                s.push(' ');
                s.push_str(&line[start + 4 + len + 3..]);
                line = Cow::Owned(s);
            }
            None => {
                *in_block = true;
                line = cut(line, start);
                break;
            }
        }
    }
    // A malformed `<! -- … -->` (or any `<!…`) line is a comment line.
    if line.trim_start().starts_with("<!") {
        return Cow::Borrowed("");
    }
    if let Some(hash) = comment_start(&line) {
        line = cut(line, hash);
    }
    let trimmed_len = line.trim_end().len();
    cut(line, trimmed_len)
}

fn cut(line: Cow<'_, str>, at: usize) -> Cow<'_, str> {
    match line {
        Cow::Borrowed(s) => Cow::Borrowed(&s[..at]),
        Cow::Owned(mut s) => {
            s.truncate(at);
            Cow::Owned(s)
        }
    }
}

/// Byte offset of the `#` that starts a comment: the first `#` not inside
/// a `[...]` code group.
fn comment_start(line: &str) -> Option<usize> {
    let mut depth = 0u32;
    for (i, b) in line.bytes().enumerate() {
        match b {
            b'[' => depth += 1,
            b']' => depth = depth.saturating_sub(1),
            b'#' if depth == 0 => return Some(i),
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(input: &str) -> Vec<(usize, String)> {
        Lines::new(input).filter(|l| !l.is_blank()).map(|l| (l.number, l.text.into_owned())).collect()
    }

    #[test]
    fn hash_comments_but_not_inside_codes() {
        assert_eq!(
            texts("# header\nARNOR_ [ARN] # pas\n- * DIPLXMATIC  [###]  # -PAS\n"),
            vec![(2, "ARNOR_ [ARN]".into()), (3, "- * DIPLXMATIC  [###]".into())]
        );
    }

    #[test]
    fn block_comments_span_lines_and_sit_mid_line() {
        let input = "<!-- one\n two\n three -->\nHAMAS [PSEREBHMS]\nISRAEL <!-- x --> [ISR]\n<!-- open\nGONE [X]\n-->KEPT [K]\n";
        assert_eq!(
            texts(input),
            vec![(4, "HAMAS [PSEREBHMS]".into()), (5, "ISRAEL   [ISR]".into()), (8, "KEPT [K]".into())]
        );
    }

    #[test]
    fn malformed_bang_lines_are_comments_and_switch_nothing_off() {
        let input = "<! -- NEW ACTORS -->\nSAM_GAMGEE [HOB]\n<!DOCTYPE x>\n- * TIES [064]\n";
        assert_eq!(texts(input), vec![(2, "SAM_GAMGEE [HOB]".into()), (4, "- * TIES [064]".into())]);
    }

    #[test]
    fn markers_are_seen_in_raw_lines() {
        let lines: Vec<_> = Lines::new("######## TRANSFORMATIONS ####\r\n~ a (a b ATTACK) SAY = a b 015\r\n").collect();
        assert!(lines[0].is_blank() && lines[0].is_marker("TRANSFORMATIONS"));
        assert_eq!(lines[1].text, "~ a (a b ATTACK) SAY = a b 015");
    }
}
