//! Splitting text into UD English (EWT-style) tokens.
//!
//! The text is cut at whitespace into chunks; each chunk is split by peeling
//! punctuation off both ends, recognising whole-chunk forms (URLs, e-mail
//! addresses, emoticons), then cutting the remaining core at internal
//! punctuation, clitics ("n't", "'s") and number–unit joins. Every piece is a
//! byte range of the input: token forms are always exact slices of the text.
//! Sentence decisions are left to `sentences.rs`, which reads the piece kinds.

use crate::lexicon::{lexicon, AbbreviationClass, Lexicon, UnitSplit};

/// What a piece is, as far as sentence splitting cares.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    Word,
    /// A word keeping its final period ("Dr.", "U.S.", "W.").
    Abbreviation(AbbreviationClass),
    /// A run of sentence-final punctuation: `.`, `?!`, `...`, `…`.
    Terminal,
    /// Opening bracket or quote attached to the following word.
    Open,
    /// Closing bracket or quote attached to the preceding word.
    Close,
    /// A straight quote with space on both sides: open or close by context.
    Quote,
    Dash,
    Bullet,
    Emoticon,
    Url,
    /// Other punctuation: `,` `;` `:` `/` `%` `&` …
    Punct,
    /// Currency signs, emoji and other symbols.
    Symbol,
}

/// One token: a byte range of the text and its kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Piece {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    /// Part of the same orthographic token as the previous piece (the "n't" of
    /// "don't"): a CoNLL-U multiword token.
    pub clitic: bool,
}

/// Characters that separate tokens and are never part of one: Unicode
/// whitespace plus the invisible zero-width space, word joiner and
/// byte-order mark.
pub fn is_separator(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{200B}' | '\u{2060}' | '\u{FEFF}')
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | '`' | 'ʼ' | '‘')
}

fn is_open_bracket(c: char) -> bool {
    matches!(c, '(' | '[' | '{' | '«' | '‹')
}

fn is_close_bracket(c: char) -> bool {
    matches!(c, ')' | ']' | '}' | '»' | '›')
}

fn is_dash(c: char) -> bool {
    matches!(c, '-' | '–' | '—' | '―' | '‒' | '−' | '‐')
}

fn is_terminal(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…' | '‼' | '⁇' | '⁈' | '⁉')
}

fn is_currency(c: char) -> bool {
    matches!(c, '$' | '€' | '£' | '¥' | '₹' | '₽' | '₩' | '₪' | '₺' | '¢' | '₴' | '₦')
}

/// List bullets. The middle dot "·" is left out: pages use it as an inline
/// separator ("Home · World · Sport").
fn is_bullet(c: char) -> bool {
    matches!(c, '•' | '◦' | '▪' | '▫' | '●' | '○' | '■' | '□' | '►' | '▶' | '➢' | '➤' | '✓' | '✔' | '‣' | '⁃')
}

/// Combining marks and joiners that belong to the preceding letter.
fn is_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF
        | 0xFE00..=0xFE0F | 0xFE20..=0xFE2F | 0x200C | 0x200D | 0x00AD)
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_' || is_mark(c)
}

/// The character at byte `i` of `s` and its length (ASCII fast path).
#[inline]
fn char_at(s: &str, i: usize) -> (char, usize) {
    let b = s.as_bytes()[i];
    if b < 0x80 {
        return (b as char, 1);
    }
    let c = s[i..].chars().next().unwrap_or('\u{FFFD}');
    (c, c.len_utf8())
}

/// The character ending at byte `i` of `s` (exclusive) and its length.
#[inline]
fn char_before(s: &str, i: usize) -> (char, usize) {
    let b = s.as_bytes()[i - 1];
    if b < 0x80 {
        return (b as char, 1);
    }
    let c = s[..i].chars().next_back().unwrap_or('\u{FFFD}');
    (c, c.len_utf8())
}

/// Whether the word at `i` is "elect" and nothing more ("President-elect";
/// not "re-election", "Marxist-electoral").
fn is_elect_suffix(s: &str, i: usize, end: usize) -> bool {
    let stop = i + run_len(s, i, end, char::is_alphanumeric);
    s[i..stop].eq_ignore_ascii_case("elect")
}

/// Length in bytes of the run of characters starting at `i` (below `end`)
/// that `same` accepts.
fn run_len(s: &str, i: usize, end: usize, same: impl Fn(char) -> bool) -> usize {
    let mut j = i;
    while j < end {
        let (c, w) = char_at(s, j);
        if !same(c) {
            break;
        }
        j += w;
    }
    j - i
}

/// Like [`run_len`] but backwards from `i` (exclusive) down to `floor`.
fn run_len_back(s: &str, floor: usize, i: usize, same: impl Fn(char) -> bool) -> usize {
    let mut j = i;
    while j > floor {
        let (c, w) = char_before(s, j);
        if !same(c) {
            break;
        }
        j -= w;
    }
    i - j
}

/// Characters that form one token when repeated ("!!!", "---", "<<", "''").
fn same_run_class(a: char, b: char) -> bool {
    a == b || (is_apostrophe(a) && is_apostrophe(b)) || (is_terminal(a) && is_terminal(b))
}

fn starts_with_ignore_ascii_case(s: &str, prefix: &str) -> bool {
    s.len() >= prefix.len() && s.as_bytes()[..prefix.len()].eq_ignore_ascii_case(prefix.as_bytes())
}

/// "U.S.", "e.g.", "Ph.D.", "a.k.a.": letter groups of one or two letters,
/// each followed by a period, at least two groups and one single letter.
pub(crate) fn is_dotted_acronym(word: &str) -> bool {
    let Some(body) = word.strip_suffix('.') else { return false };
    let mut groups = 0;
    let mut single = false;
    for group in body.split('.') {
        let n = group.chars().take(3).count();
        if n == 0 || n > 2 || !group.chars().all(char::is_alphabetic) || groups == 6 {
            return false;
        }
        single |= n == 1;
        groups += 1;
    }
    groups >= 2 && single
}

/// A single capital letter and a period: an initial ("W.").
fn is_initial(word: &str) -> bool {
    let mut chars = word.chars();
    matches!((chars.next(), chars.next(), chars.next()), (Some(c), Some('.'), None) if c.is_uppercase())
}

/// Longest abbreviation worth looking up ("Thurs.", "a.k.a."): longer words
/// are not checked, which keeps pathological chunks linear.
const MAX_ABBREVIATION_LEN: usize = 12;

/// Splits `text` into pieces, appended to `out`.
pub(crate) fn tokenize_into(text: &str, out: &mut Vec<Piece>) {
    let mut scanner = Scanner { text, lx: lexicon(), out, tail: Vec::new() };
    let mut i = 0;
    let len = text.len();
    while i < len {
        let (c, w) = char_at(text, i);
        if is_separator(c) {
            i += w;
            continue;
        }
        let start = i;
        while i < len {
            let (c, w) = char_at(text, i);
            if is_separator(c) {
                break;
            }
            i += w;
        }
        scanner.chunk(start, i);
    }
}

struct Scanner<'t, 'o> {
    text: &'t str,
    lx: &'static Lexicon,
    out: &'o mut Vec<Piece>,
    /// Pieces peeled off the end of the current chunk, last first.
    tail: Vec<Piece>,
}

impl Scanner<'_, '_> {
    fn push(&mut self, start: usize, end: usize, kind: Kind) {
        if start < end {
            self.out.push(Piece { start, end, kind, clitic: false });
        }
    }

    fn push_clitic(&mut self, start: usize, end: usize) {
        if start < end {
            self.out.push(Piece { start, end, kind: Kind::Word, clitic: true });
        }
    }

    /// Whether the next non-space text after byte `i` starts with a digit.
    fn number_follows(&self, i: usize) -> bool {
        self.text[i..].trim_start_matches(is_separator).starts_with(|c: char| c.is_ascii_digit())
    }

    /// The class of `word` (which ends with a period) as an abbreviation, if it is one.
    fn abbreviation(&self, word: &str, end: usize) -> Option<AbbreviationClass> {
        if word.len() > MAX_ABBREVIATION_LEN && !is_dotted_acronym(word) {
            return None;
        }
        match self.lx.abbreviation(word) {
            Some(AbbreviationClass::Numeral) => self.number_follows(end).then_some(AbbreviationClass::Title),
            Some(class) => Some(class),
            None => (is_dotted_acronym(word) || is_initial(word)).then_some(AbbreviationClass::Any),
        }
    }

    fn chunk(&mut self, start: usize, end: usize) {
        let text = self.text;
        if self.lx.is_emoticon(&text[start..end]) {
            self.push(start, end, Kind::Emoticon);
            return;
        }
        let a = self.peel_leading(start, end);
        if a >= end {
            return;
        }
        if let Some(url_end) = self.url_end(a, end) {
            self.push(a, url_end, Kind::Url);
            self.tail.clear();
            let b = self.peel_trailing(url_end, end);
            // Whatever the trailing rules left between the URL and the peeled
            // punctuation is kept as one symbol token.
            self.push(url_end, b, Kind::Symbol);
            self.flush_tail();
            return;
        }
        self.tail.clear();
        let b = self.peel_trailing(a, end);
        if a < b {
            self.core(a, b);
        }
        self.flush_tail();
    }

    fn flush_tail(&mut self) {
        while let Some(p) = self.tail.pop() {
            self.out.push(p);
        }
    }

    /// Peels opening punctuation off the front of `[a, end)`; returns the new start.
    fn peel_leading(&mut self, mut a: usize, end: usize) -> usize {
        let text = self.text;
        while a < end {
            let (c, w) = char_at(text, a);
            if is_word_char(c) {
                break;
            }
            let next = (a + w < end).then(|| char_at(text, a + w).0);
            let next_is_digit = next.is_some_and(|n| n.is_ascii_digit());
            if is_apostrophe(c) {
                // '72, '90s, 'em keep their apostrophe.
                if next_is_digit {
                    break;
                }
                let word_end = a + w + run_len(text, a + w, end, char::is_alphabetic);
                if word_end > a + w && self.lx.is_elision(&text[a..word_end]) {
                    break;
                }
            }
            if (c == '.' || c == '+') && next_is_digit {
                break; // .04, +44 (a minus sign is split off, as EWT does)
            }
            if c == '@' && next.is_some_and(char::is_alphanumeric) {
                break; // @handle
            }
            if c == '#' && next.is_some_and(char::is_alphabetic) {
                break; // #hashtag
            }
            if (c == ':' || c == ';' || c == '=' || c == '<') && self.emoticon_at(a, end) {
                let n = self.emoticon_len(a, end);
                self.push(a, a + n, Kind::Emoticon);
                a += n;
                continue;
            }
            let n = run_len(text, a, end, |x| same_run_class(c, x));
            self.push(a, a + n, edge_kind(c, a + n >= end, Side::Leading));
            a += n;
        }
        a
    }

    fn emoticon_len(&self, a: usize, end: usize) -> usize {
        (2..=4).rev().find(|&n| a + n <= end && self.text.is_char_boundary(a + n) && self.lx.is_emoticon(&self.text[a..a + n])).unwrap_or(0)
    }

    /// An emoticon at `a` that is followed by the end of the chunk or by
    /// non-word characters (":)" in "great:)" or ":-)," but not "x:3").
    fn emoticon_at(&self, a: usize, end: usize) -> bool {
        let n = self.emoticon_len(a, end);
        n > 0 && (a + n == end || !is_word_char(char_at(self.text, a + n).0))
    }

    /// Peels closing punctuation off the end of `[floor, b)` into `self.tail`;
    /// returns the new end.
    fn peel_trailing(&mut self, floor: usize, mut b: usize) -> usize {
        let text = self.text;
        while b > floor {
            let (c, _) = char_before(text, b);
            if is_word_char(c) {
                break;
            }
            // An emoticon glued to the end of a word: "great:)".
            if matches!(c, ')' | '(' | 'D' | 'P' | '/' | '|' | '3') {
                if let Some(n) = (2..=4).find(|&n| {
                    b > floor + n
                        && text.is_char_boundary(b - n)
                        && self.lx.is_emoticon(&text[b - n..b])
                        && char_before(text, b - n).0.is_alphanumeric()
                }) {
                    self.tail.push(Piece { start: b - n, end: b, kind: Kind::Emoticon, clitic: false });
                    b -= n;
                    continue;
                }
            }
            if c == '.' && run_len_back(text, floor, b, |x| x == '.') == 1 && self.ends_with_abbreviation(floor, b) {
                break; // keep "Dr." / "U.S." whole
            }
            if is_terminal(c) {
                // "Inc..", "T.V.?": the abbreviation keeps its period and the
                // rest of the run is the sentence's own punctuation.
                let run = run_len_back(text, floor, b, is_terminal);
                let first_dot = b - run;
                if run >= 2
                    && text[first_dot..].starts_with('.')
                    && (&text[first_dot + 1..b] == "." || !text[first_dot + 1..b].contains('.'))
                    && self.ends_with_abbreviation(floor, first_dot + 1)
                {
                    self.tail.push(Piece { start: first_dot + 1, end: b, kind: Kind::Terminal, clitic: false });
                    b = first_dot + 1;
                    break;
                }
            }
            let n = run_len_back(text, floor, b, |x| same_run_class(c, x));
            self.tail.push(Piece { start: b - n, end: b, kind: edge_kind(c, b - n == floor, Side::Trailing), clitic: false });
            b -= n;
        }
        b
    }

    /// Whether `[floor, end)` ends with an abbreviation (its last word, as
    /// "N.Y." in "D-N.Y."), `end` being just after its period.
    fn ends_with_abbreviation(&self, floor: usize, end: usize) -> bool {
        // Abbreviations are short; a longer word is not looked at further.
        let limit = floor.max(end.saturating_sub(2 * MAX_ABBREVIATION_LEN));
        let word_start = end - run_len_back(self.text, limit, end, |x| is_word_char(x) || x == '.');
        let whole_word = word_start == floor || !is_word_char(char_before(self.text, word_start).0);
        end - 1 > word_start && whole_word && self.abbreviation(&self.text[word_start..end], end).is_some()
    }

    /// End of a URL or e-mail address starting at `a`, trailing punctuation excluded.
    fn url_end(&self, a: usize, end: usize) -> Option<usize> {
        let s = &self.text[a..end];
        let is_url = ["http://", "https://", "ftp://", "www.", "mailto:"].iter().any(|p| starts_with_ignore_ascii_case(s, p));
        let is_address = !is_url && {
            let at = s.find('@');
            at.is_some_and(|i| {
                i > 0
                    && s[..i].chars().next_back().is_some_and(|c| c.is_alphanumeric() || c == '.' || c == '_')
                    && s[i + 1..].starts_with(|c: char| c.is_alphanumeric())
                    && s[..i].chars().all(|c| c.is_alphanumeric() || matches!(c, '.' | '_' | '-' | '+' | '%'))
            })
        };
        if !is_url && !is_address {
            return None;
        }
        // Trailing punctuation belongs to the sentence, not the address; a
        // closing bracket stays when the URL opened one.
        let mut b = end;
        let opens_bracket = s.contains(['(', '[']);
        while b > a {
            let (c, w) = char_before(self.text, b);
            let keep_bracket = is_close_bracket(c) && opens_bracket;
            if matches!(c, '.' | ',' | ';' | ':' | '!' | '?' | '"' | '\'' | '”' | '’' | '>' | '*') || (is_close_bracket(c) && !keep_bracket) {
                b -= w;
            } else {
                break;
            }
        }
        (b > a).then_some(b)
    }

    /// Splits the core of a chunk (punctuation peeled off both ends).
    fn core(&mut self, a: usize, b: usize) {
        let text = self.text;
        let lx = self.lx;
        let core = &text[a..b];
        // Telephone numbers and numeric dates stay whole: 713-853-3989,
        // 345-9945, 11-20-2000, 2024-03-04, 1-800-991-9019.
        if is_numeric_code(core) {
            self.push(a, b, Kind::Word);
            return;
        }
        let mut ts = a; // start of the current token
        let mut i = a;
        while i < b {
            let (c, w) = char_at(text, i);
            if is_word_char(c) {
                i += w;
                continue;
            }
            let prev = (i > a).then(|| char_before(text, i).0);
            let next = (i + w < b).then(|| char_at(text, i + w).0);
            let prev_alnum = prev.is_some_and(char::is_alphanumeric);
            let next_alnum = next.is_some_and(char::is_alphanumeric);
            let prev_digit = prev.is_some_and(|p| p.is_ascii_digit());
            let next_digit = next.is_some_and(|n| n.is_ascii_digit());
            match c {
                _ if is_apostrophe(c) && i == a && (next_digit || self.lx.is_elision(&text[i..i + w + run_len(text, i + w, b, char::is_alphabetic)])) => {
                    i += w; // '73, '90s, 'em
                }
                _ if is_apostrophe(c) => {
                    if let Some((cut, clitic_end)) = self.clitic_at(ts, i, w, b) {
                        self.word(ts, cut);
                        self.push_clitic(cut, clitic_end);
                        ts = clitic_end;
                        i = clitic_end;
                    } else if prev_alnum && next_alnum && !prev_digit {
                        i += w; // O'Brien, rock'n'roll
                    } else {
                        self.word(ts, i);
                        let n = run_len(text, i, b, is_apostrophe);
                        self.push(i, i + n, Kind::Punct);
                        i += n;
                        ts = i;
                    }
                }
                '.' => {
                    let dots = run_len(text, i, b, |x| x == '.');
                    if dots >= 2 {
                        self.word(ts, i);
                        self.push(i, i + dots, Kind::Terminal);
                        i += dots;
                        ts = i;
                    } else if prev_digit && next_digit {
                        i += w; // 3.5, 832.676.3177
                    } else if prev_alnum && next_alnum {
                        let left = &text[ts..i + 1];
                        let next_upper = next.is_some_and(char::is_uppercase);
                        let after_next = i + 1 + next.map_or(1, char::len_utf8);
                        let then_lower = after_next < b && char_at(text, after_next).0.is_lowercase();
                        if next_upper
                            && then_lower
                            && left.len() <= MAX_ABBREVIATION_LEN
                            && (matches!(lx.abbreviation(left), Some(AbbreviationClass::Title | AbbreviationClass::Any))
                                || is_dotted_acronym(left)
                                || is_initial(left))
                        {
                            // "Mr.Smith", "St.Louis", "P.O.Box", "S.Korea"
                            self.push(ts, i + 1, Kind::Abbreviation(AbbreviationClass::Title));
                            i += 1;
                            ts = i;
                        } else if next_upper && self.glued_sentence(ts, i) {
                            // "end.The": a missing space after a full stop.
                            self.word(ts, i);
                            self.push(i, i + 1, Kind::Terminal);
                            i += 1;
                            ts = i;
                        } else {
                            i += w; // U.S, Compaq.com, comp.sources.unix
                        }
                    } else {
                        let word = &text[ts..i + 1];
                        match (ts < i).then(|| self.abbreviation(word, i + 1)).flatten() {
                            Some(class) => self.push(ts, i + 1, Kind::Abbreviation(class)),
                            None => {
                                self.word(ts, i);
                                self.push(i, i + 1, Kind::Terminal);
                            }
                        }
                        i += 1;
                        ts = i;
                    }
                }
                ',' if prev_digit && next_digit && thousands_group(text, i + 1, b) => i += 1,
                ':' if prev_digit && next_digit => i += 1, // 7:30, 01:39:56
                '/' if prev_digit && next_digit && (is_date_slash(text, a, b, i) || is_area_code_slash(text, ts, i, b)) => i += 1,
                '&' | '*' if prev_alnum && next_alnum => i += 1, // AT&T, f*ck
                '/' if ts + prev.map_or(0, char::len_utf8) == i && is_single_letter_after(text, i + 1, b) => i += 1, // b/c, w/o
                '@' | '#' => i += w,
                '+' if i == ts && next_digit => i += 1,
                '-' | '‐' => {
                    let n = run_len(text, i, b, |x| x == c);
                    // Telephone numbers are short; bounding the look keeps long digit chains linear.
                    let digits_end = i + run_len(text, i, b.min(i + 24), |x| x.is_ascii_digit() || x == '-');
                    if n == 1 && next_alnum && ts < i && lx.is_hyphen_prefix(&text[ts..i]) {
                        i += w; // e-mail, non-violence, mid-1980s
                    } else if n == 1 && ts < i && prev.is_some_and(char::is_alphabetic) && is_elect_suffix(text, i + w, b) {
                        i += w; // President-elect, Prime Minister-elect: one title, not a verb "elect"
                    } else if n == 1
                        && prev_digit
                        && text[ts..i].bytes().all(|d| d.is_ascii_digit())
                        && is_numeric_code(&text[ts..digits_end])
                    {
                        i = digits_end; // (713)853-3989
                    } else {
                        self.word(ts, i);
                        self.push(i, i + n, Kind::Dash);
                        i += n;
                        ts = i;
                    }
                }
                _ if is_currency(c) => {
                    // "US$4.5" → US$ 4.5
                    let sign_start = if ts < i && text[ts..i].chars().all(char::is_alphabetic) { ts } else {
                        self.word(ts, i);
                        i
                    };
                    self.push(sign_start, i + w, Kind::Symbol);
                    i += w;
                    ts = i;
                }
                _ => {
                    self.word(ts, i);
                    if self.emoticon_at(i, b) {
                        let n = self.emoticon_len(i, b);
                        self.push(i, i + n, Kind::Emoticon);
                        i += n;
                    } else {
                        let n = run_len(text, i, b, |x| same_run_class(c, x));
                        let kind = if is_open_bracket(c) || matches!(c, '“' | '„') {
                            Kind::Open
                        } else if is_close_bracket(c) || c == '”' {
                            Kind::Close
                        } else if c == '"' {
                            Kind::Quote
                        } else {
                            punct_kind(c)
                        };
                        self.push(i, i + n, kind);
                        i += n;
                    }
                    ts = i;
                }
            }
        }
        self.word(ts, b);
    }

    /// "Sushi.They": a lower-case word of two or more letters, a period and a
    /// capitalised word, with no space — two sentences run together.
    fn glued_sentence(&self, ts: usize, dot: usize) -> bool {
        let left = &self.text[ts..dot];
        if !left.chars().all(char::is_alphabetic) {
            return false;
        }
        let right = &self.text[dot + 1..];
        let right_word = &right[..right.find(|c: char| !c.is_alphanumeric()).unwrap_or(right.len())];
        let mut r = right.chars();
        !is_domain_suffix(right_word)
            && left.chars().nth(1).is_some()
            && left.chars().any(char::is_lowercase)
            && r.next().is_some_and(char::is_uppercase)
            && r.next().is_some_and(char::is_lowercase)
    }

    /// A clitic beginning at the apostrophe at `i` ("'s", "'re", "n't"):
    /// returns where the host word ends and where the clitic ends.
    fn clitic_at(&self, ts: usize, i: usize, w: usize, b: usize) -> Option<(usize, usize)> {
        let text = self.text;
        let letters = run_len(text, i + w, b, |c| c.is_ascii_alphabetic());
        let after = i + w + letters;
        if after < b && is_word_char(char_at(text, after).0) {
            return None;
        }
        let host_ok = ts < i && char_before(text, i).0.is_alphanumeric()
            || ts == i && self.out.last().is_some_and(|p| p.end == i && matches!(p.kind, Kind::Word | Kind::Abbreviation(_)));
        if !host_ok {
            return None;
        }
        let suffix = &text[i + w..after];
        let is = |s: &str| suffix.eq_ignore_ascii_case(s);
        if is("s") || is("m") || is("d") || is("re") || is("ve") || is("ll") {
            return Some((i, after));
        }
        if is("t") && i >= ts + 2 && matches!(char_before(text, i).0, 'n' | 'N') {
            return Some((i - 1, after));
        }
        None
    }

    /// Emits a word, splitting apostrophe-less contractions ("dont") and
    /// units glued to numbers ("5kg").
    fn word(&mut self, start: usize, end: usize) {
        if start >= end {
            return;
        }
        let text = self.text;
        let word = &text[start..end];
        let shouting_pair = word.len() == 2 && word.bytes().all(|b| b.is_ascii_uppercase()); // "IM", not "Im"
        if let Some(parts) = self.lx.contraction(word).filter(|_| !shouting_pair) {
            let mut at = start;
            for (k, &n) in parts.iter().enumerate() {
                if k == 0 {
                    self.push(at, at + n, Kind::Word);
                } else {
                    self.push_clitic(at, at + n);
                }
                at += n;
            }
            return;
        }
        if word.as_bytes()[0].is_ascii_digit() {
            let number_len = word.bytes().take_while(|b| b.is_ascii_digit() || matches!(b, b'.' | b',' | b':')).count();
            let unit = &word[number_len..];
            if number_len < word.len() && unit.bytes().all(|b| b.is_ascii_alphabetic()) && !is_ordinal_or_decade(unit) {
                let after_currency = self.out.last().is_some_and(|p| p.end == start && text[p.start..p.end].ends_with(is_currency));
                let split = match self.lx.unit(unit) {
                    Some(UnitSplit::Always) => true,
                    Some(UnitSplit::Money) => after_currency,
                    None => false,
                };
                if split {
                    self.push(start, start + number_len, Kind::Word);
                    self.push(start + number_len, end, Kind::Word);
                    return;
                }
            }
        }
        self.push(start, end, Kind::Word);
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Side {
    Leading,
    Trailing,
}

/// The kind of punctuation peeled off one end of a chunk; `alone` when
/// nothing else is left in the chunk (a straight quote between spaces).
fn edge_kind(c: char, alone: bool, side: Side) -> Kind {
    let straight = c == '"' || is_apostrophe(c);
    match (side, c) {
        _ if straight && alone => Kind::Quote,
        (Side::Leading, _) if straight => Kind::Open,
        (Side::Trailing, _) if straight => Kind::Close,
        (Side::Leading, '<') | (Side::Trailing, '>') if !alone => if side == Side::Leading { Kind::Open } else { Kind::Close },
        _ => punct_kind(c),
    }
}

/// Top-level domains that end a host name written with a capital ("Newsfeed.Com").
fn is_domain_suffix(word: &str) -> bool {
    ["com", "net", "org", "gov", "edu", "mil", "int", "info", "biz", "io", "co", "uk", "us", "ca", "au", "de", "fr", "ru", "cn", "jp", "in"]
        .iter()
        .any(|d| word.eq_ignore_ascii_case(d))
}

/// A single letter at `i` followed by the end of the core or a non-word
/// character: the "c" of "b/c".
fn is_single_letter_after(text: &str, i: usize, b: usize) -> bool {
    i < b && {
        let (c, w) = char_at(text, i);
        c.is_alphabetic() && (i + w == b || !is_word_char(char_at(text, i + w).0))
    }
}

fn punct_kind(c: char) -> Kind {
    if is_terminal(c) {
        Kind::Terminal
    } else if is_dash(c) {
        Kind::Dash
    } else if is_bullet(c) {
        Kind::Bullet
    } else if is_open_bracket(c) || matches!(c, '“' | '„') {
        Kind::Open
    } else if is_close_bracket(c) || c == '”' {
        Kind::Close
    } else if c == '"' || is_apostrophe(c) {
        Kind::Quote
    } else if c.is_ascii_punctuation() || matches!(c, '¿' | '¡' | '§' | '¶' | '†' | '‡' | '※') {
        Kind::Punct
    } else {
        Kind::Symbol
    }
}

/// "1st", "22nd", "3rd", "15th", and the decade "s" of "1990s" / "80s".
fn is_ordinal_or_decade(unit: &str) -> bool {
    ["st", "nd", "rd", "th", "s"].iter().any(|s| unit.eq_ignore_ascii_case(s))
}

/// Whether the digits at `i..` form a thousands group: exactly three digits
/// followed by a non-digit or the end.
fn thousands_group(text: &str, i: usize, b: usize) -> bool {
    let n = run_len(text, i, b, |c| c.is_ascii_digit());
    n == 3
}

/// Telephone numbers and numeric dates: digit groups joined by hyphens with
/// three or more groups (11-20-2000, 1-800-991-9019), a local number or
/// extension of three or fewer digits then four (345-9945, 3-5213), or a
/// ZIP+4 code (94720-1900). Number ranges ("1969-1970", "5-10") do not match and are split.
fn is_numeric_code(core: &str) -> bool {
    let core = core.strip_prefix('+').unwrap_or(core);
    // Most chunks are words: the first group must start with a digit.
    if !core.starts_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    let mut groups = 0;
    let mut lengths = [0usize; 2];
    for group in core.split('-') {
        if group.is_empty() || !group.bytes().all(|b| b.is_ascii_digit()) {
            return false;
        }
        if groups < 2 {
            lengths[groups] = group.len();
        }
        groups += 1;
    }
    groups >= 3 || (groups == 2 && ((lengths[0] <= 3 && lengths[1] == 4) || lengths == [5, 4]))
}

/// "713/853-6197": a three-digit area code, a slash and a telephone number.
fn is_area_code_slash(text: &str, ts: usize, i: usize, b: usize) -> bool {
    let after = i + 1 + run_len(text, i + 1, b.min(i + 12), |c| c.is_ascii_digit() || c == '-');
    i - ts == 3 && text[ts..i].bytes().all(|d| d.is_ascii_digit()) && text[i + 1..after].contains('-') && is_numeric_code(&text[i + 1..after])
}

/// Whether the digits around the slash at `i` form a date ("9/11", "11/28/2000")
/// rather than a fraction or ratio ("1/2", "24/7"), judged on the whole group.
fn is_date_slash(text: &str, a: usize, b: usize, i: usize) -> bool {
    // A date is at most "12/31/2024"; looking further would only cost time.
    let start = i - run_len_back(text, a.max(i.saturating_sub(11)), i, |c| c.is_ascii_digit() || c == '/');
    let end = i + run_len(text, i, b.min(i + 11), |c| c.is_ascii_digit() || c == '/');
    let numbers: Vec<&str> = text[start..end].split('/').collect();
    if numbers.iter().any(|n| n.is_empty() || n.len() > 4) {
        return false;
    }
    let value = |n: &str| n.parse::<u32>().unwrap_or(0);
    match numbers.as_slice() {
        [_, _, _] => true,
        [m, d] => {
            let (m, d) = (value(m), value(d));
            let fraction = m < d && d < 10;
            (1..=12).contains(&m) && (1..=31).contains(&d) && !fraction
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn forms(text: &str) -> Vec<&str> {
        let mut out = Vec::new();
        tokenize_into(text, &mut out);
        out.iter().map(|p| &text[p.start..p.end]).collect()
    }

    #[test]
    fn numeric_codes() {
        assert!(is_numeric_code("713-853-3989"));
        assert!(is_numeric_code("345-9945"));
        assert!(!is_numeric_code("1969-1970"));
        assert!(!is_numeric_code("15-year"));
    }

    #[test]
    fn acronyms_and_initials() {
        assert!(is_dotted_acronym("U.S.") && is_dotted_acronym("Ph.D.") && is_dotted_acronym("a.k.a."));
        assert!(!is_dotted_acronym("Dr.") && !is_dotted_acronym("www.bbc.com."));
        assert!(is_initial("W.") && !is_initial("w."));
    }

    #[test]
    fn elect_titles_stay_whole() {
        assert_eq!(forms("President-elect Trump"), ["President-elect", "Trump"]);
        assert_eq!(forms("Prime Minister-elect"), ["Prime", "Minister-elect"]);
        assert_eq!(forms("Israel-electric pre-election"), ["Israel", "-", "electric", "pre-election"]);
    }

    #[test]
    fn basic_splits() {
        assert_eq!(forms("Russia’s don't can't"), ["Russia", "’s", "do", "n't", "ca", "n't"]);
        assert_eq!(forms("a 15-year-old e-mail"), ["a", "15", "-", "year", "-", "old", "e-mail"]);
        assert_eq!(forms("$100 €5bn 50% 1,000 3.5"), ["$", "100", "€", "5", "bn", "50", "%", "1,000", "3.5"]);
        assert_eq!(forms("(U.S.-led)"), ["(", "U.S.", "-", "led", ")"]);
    }
}
