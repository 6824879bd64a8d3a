//! Sentence boundaries over the tokens of one paragraph.
//!
//! A sentence ends after a run of final punctuation (with the closing quotes,
//! brackets and emoticons that follow it) unless what comes next shows the
//! sentence goes on: a comma, a lower-case word after an ellipsis or a quoted
//! question ("“Why?” he asked"). An abbreviation ends a sentence only when a
//! clear sentence opener follows ("… at 5 p.m. The talks …"), and then its
//! period is split off as the sentence's final punctuation, as UD English EWT
//! does. Line breaks and bullets inside a paragraph also start sentences.
//! A dateline ("MOSCOW (Reuters) —", "CAIRO, March 4, 2024 —") is a sentence
//! of its own, ending at its dash, as in EWT ("TEHRAN (AFP) -").

use std::ops::Range;

use crate::lexicon::{lexicon, AbbreviationClass};
use crate::tokenizer::{Kind, Piece};

/// Splits `pieces` (the tokens of `text`) into sentences; returns the piece
/// index range of each. Abbreviations that end a sentence are split into the
/// word and its period in `pieces` itself.
pub(crate) fn split_into_sentences(text: &str, pieces: &mut Vec<Piece>) -> Vec<Range<usize>> {
    let ends = sentence_ends(text, pieces);
    apply_ends(pieces, ends)
}

/// Treats all of `pieces` as one sentence (splitting a final abbreviation).
pub(crate) fn as_one_sentence(pieces: &mut Vec<Piece>) {
    let n = pieces.len();
    apply_ends(pieces, vec![n]);
}

fn apply_ends(pieces: &mut Vec<Piece>, ends: Vec<usize>) -> Vec<Range<usize>> {
    let mut sentences = Vec::with_capacity(ends.len());
    // Split sentence-final abbreviations, rebuilding the piece list only if needed.
    let needs_split = |end: usize| final_abbreviation(pieces, end).is_some();
    if !ends.iter().any(|&e| needs_split(e)) {
        let mut start = 0;
        for end in ends {
            sentences.push(start..end);
            start = end;
        }
        return sentences;
    }
    let mut rebuilt = Vec::with_capacity(pieces.len() + ends.len());
    let mut start = 0;
    for end in ends {
        let split_at = final_abbreviation(pieces, end);
        let first = rebuilt.len();
        for (k, p) in pieces[start..end].iter().enumerate() {
            if Some(start + k) == split_at {
                rebuilt.push(Piece { end: p.end - 1, kind: Kind::Word, ..*p });
                rebuilt.push(Piece { start: p.end - 1, end: p.end, kind: Kind::Terminal, clitic: false });
            } else {
                rebuilt.push(*p);
            }
        }
        sentences.push(first..rebuilt.len());
        start = end;
    }
    *pieces = rebuilt;
    sentences
}

/// The abbreviation that ends the sentence `..end`, followed only by closing
/// quotes or brackets, if there is one.
fn final_abbreviation(pieces: &[Piece], end: usize) -> Option<usize> {
    let mut k = end;
    while k > 0 && matches!(pieces[k - 1].kind, Kind::Close) {
        k -= 1;
    }
    (k > 0 && matches!(pieces[k - 1].kind, Kind::Abbreviation(_))).then(|| k - 1)
}

fn first_char(text: &str, p: &Piece) -> char {
    text[p.start..p.end].chars().next().unwrap_or(' ')
}

fn starts_upper(text: &str, p: &Piece) -> bool {
    first_char(text, p).is_uppercase()
}

fn starts_lower(text: &str, p: &Piece) -> bool {
    first_char(text, p).is_lowercase()
}

fn is_double_quote(text: &str, p: &Piece) -> bool {
    matches!(&text[p.start..p.end], "\"" | "''" | "``")
}

/// Exclusive end index of every sentence, the last one being `pieces.len()`.
fn sentence_ends(text: &str, pieces: &[Piece]) -> Vec<usize> {
    let lx = lexicon();
    let n = pieces.len();
    let mut ends = Vec::new();
    let mut start = 0;
    // Whether a straight double quote is open: decides if a quote standing
    // alone after a full stop closes this sentence or opens the next.
    let mut quote_open = false;
    let mut i = 0;
    while i < n {
        let p = pieces[i];
        if is_double_quote(text, &p) {
            quote_open = match p.kind {
                Kind::Open => true,
                Kind::Close => false,
                _ => !quote_open,
            };
        }
        let mut end_after = None;
        // A dateline ("MOSCOW (Reuters) —", "CAIRO, March 4, 2024 —") is a
        // sentence of its own, as in EWT ("TEHRAN (AFP) -"). One that follows
        // an unpunctuated headline is recognised by its agency in brackets.
        if i == start {
            if let Some(dash) = dateline_end(text, pieces, i, false) {
                if dash + 1 < n {
                    ends.push(dash + 1);
                    start = dash + 1;
                }
                i = dash + 1;
                continue;
            }
        } else if matches!(p.kind, Kind::Word) && i + 1 < n && dateline_end(text, pieces, i + 1, true).is_some() {
            end_after = Some(i);
        }
        match p.kind {
            Kind::Terminal => {
                // The group: final punctuation plus closers and emoticons.
                let mut j = i;
                let mut closers = false;
                let mut ellipsis = is_ellipsis(text, &p);
                let mut question = text[p.start..p.end].contains(['?', '!', '‼', '⁇', '⁈', '⁉']);
                while j + 1 < n {
                    let q = pieces[j + 1];
                    let closes = match q.kind {
                        Kind::Close => true,
                        Kind::Quote if is_double_quote(text, &q) => quote_open,
                        Kind::Quote => true, // a lone single quote after a full stop closes
                        Kind::Emoticon => true,
                        Kind::Terminal => {
                            ellipsis |= is_ellipsis(text, &q) || (&text[q.start..q.end] == "." && !closers);
                            question |= text[q.start..q.end].contains(['?', '!']);
                            true
                        }
                        _ => false,
                    };
                    if !closes {
                        break;
                    }
                    if is_double_quote(text, &q) {
                        quote_open = false;
                    }
                    closers |= matches!(q.kind, Kind::Close | Kind::Quote);
                    j += 1;
                }
                let list_number = is_list_number(text, &pieces[start..i]);
                // "...Now comes the fun part": an ellipsis opening a sentence.
                let nothing_before = !pieces[start..i].iter().any(|q| matches!(q.kind, Kind::Word | Kind::Abbreviation(_) | Kind::Url));
                let next = pieces.get(j + 1);
                let ends_here = match next {
                    None => true,
                    Some(_) if nothing_before => false,
                    Some(_) if list_number && &text[p.start..p.end] == "." => false,
                    Some(q) => terminal_ends_sentence(text, pieces, j + 1, q, ellipsis, question, closers),
                };
                if ends_here {
                    end_after = Some(j);
                }
                i = j;
            }
            Kind::Emoticon if pieces.get(i + 1).is_some_and(|q| q.kind == Kind::Word && starts_upper(text, q)) => {
                end_after = Some(i); // "… community :-) Posted by darin"
            }
            Kind::Abbreviation(class @ (AbbreviationClass::Any | AbbreviationClass::Final)) => {
                let mut j = i;
                while j + 1 < n && matches!(pieces[j + 1].kind, Kind::Close) {
                    j += 1;
                }
                let closers = j > i;
                let ends_here = match pieces.get(j + 1) {
                    None => true,
                    Some(q) => {
                        let word = &text[q.start..q.end];
                        (q.kind == Kind::Word && lx.is_sentence_starter(word))
                            || (class == AbbreviationClass::Final && starts_upper(text, q))
                            || (closers && starts_upper(text, q))
                            || (matches!(q.kind, Kind::Open | Kind::Quote)
                                && q.end < text.len()
                                && pieces.get(j + 2).is_some_and(|r| r.start == q.end && lx.is_sentence_starter(&text[r.start..r.end])))
                    }
                };
                if ends_here {
                    end_after = Some(j);
                }
                i = j;
            }
            _ => {}
        }
        // Line breaks and bullets inside a paragraph start a new sentence.
        if end_after.is_none() && i + 1 < n && i + 1 > start {
            let q = pieces[i + 1];
            let gap = &text[pieces[i].end..q.start];
            let new_line = gap.contains('\n') && !starts_lower(text, &q) && !matches!(pieces[i].kind, Kind::Punct if &text[pieces[i].start..pieces[i].end] == ",");
            let bullet = q.kind == Kind::Bullet && !gap.is_empty();
            if new_line || bullet {
                end_after = Some(i);
            }
        }
        if let Some(j) = end_after {
            if j + 1 < n {
                ends.push(j + 1);
                start = j + 1;
                quote_open = false;
            }
        }
        i += 1;
    }
    if n > start {
        ends.push(n);
    }
    ends
}

/// The index of the dash ending a dateline that starts at piece `at`:
/// a place in capitals ("MOSCOW", "UNITED NATIONS", "WILKES-BARRE",
/// "NEW DELHI/ISLAMABAD", "JERUSALEM/TEHRAN"), then
/// optionally ", Ukraine" / ", Calif." and ", March 4, 2024" / ", Jan. 5",
/// then optionally the agency in brackets, then a dash before a capital.
/// `need_agency` asks for the bracketed agency.
fn dateline_end(text: &str, pieces: &[Piece], at: usize, need_agency: bool) -> Option<usize> {
    let get = |k: usize| pieces.get(k).map(|p| (p, &text[p.start..p.end]));
    let is_caps = |s: &str| s.chars().all(|c| c.is_uppercase() || c == '.') && s.chars().nth(1).is_some();
    let mut k = at;
    // The place in capitals, possibly hyphenated.
    let mut place_words = 0;
    while let Some((p, s)) = get(k) {
        if matches!(p.kind, Kind::Word | Kind::Abbreviation(_)) && is_caps(s) {
            place_words += 1;
            k += 1;
        } else if p.kind == Kind::Dash && s == "-" && place_words > 0 && get(k + 1).is_some_and(|(_, n)| is_caps(n)) && p.start == pieces[k - 1].end {
            k += 1;
        } else if s == "/" && place_words > 0 && get(k + 1).is_some_and(|(n, t)| is_caps(t) && n.start == p.end) && p.start == pieces[k - 1].end {
            // Two capitals of a story filed from both: "BEIJING/TAIPEI".
            k += 1;
        } else {
            break;
        }
    }
    if place_words == 0 || place_words > 4 {
        return None;
    }
    let place_letters: usize = pieces[at..k].iter().map(|p| text[p.start..p.end].chars().filter(|c| c.is_alphabetic()).count()).sum();
    let mut qualified = false;
    // ", Ukraine", ", Calif.", ", March 4, 2024", ", Jan. 5": up to three comma groups.
    for _ in 0..3 {
        let Some((_, ",")) = get(k) else { break };
        let group_start = k + 1;
        let mut j = group_start;
        while let Some((p, s)) = get(j) {
            let capitalised = s.chars().next().is_some_and(char::is_uppercase);
            let number = s.bytes().all(|b| b.is_ascii_digit());
            if (matches!(p.kind, Kind::Word | Kind::Abbreviation(_)) && (capitalised || number)) && j - group_start < 3 {
                j += 1;
            } else {
                break;
            }
        }
        if j == group_start {
            return None;
        }
        qualified = true;
        k = j;
    }
    // "(Reuters)", "(AP)", "(Al-Monitor)".
    let mut agency = false;
    if let Some((p, "(")) = get(k) {
        let close = (k + 1..(k + 6).min(pieces.len())).find(|&j| &text[pieces[j].start..pieces[j].end] == ")")?;
        if close == k + 1 || p.kind != Kind::Open && p.kind != Kind::Punct {
            return None;
        }
        agency = true;
        k = close + 1;
    }
    if need_agency && !agency {
        return None;
    }
    // A bare short word in capitals is a heading or an acronym ("FYI -", "PS --").
    if !agency && !qualified && place_letters < 4 {
        return None;
    }
    let (dash, s) = get(k)?;
    let (next, t) = get(k + 1)?;
    let next_capital = t.chars().next().is_some_and(char::is_uppercase) || matches!(next.kind, Kind::Open | Kind::Quote);
    // The dash stands apart: "MOSCOW —", not "OBSERVATION--" or "LU -M".
    let spaced = dash.start > pieces[k - 1].end && next.start > dash.end;
    ((matches!(dash.kind, Kind::Dash) || s == "_") && next_capital && spaced).then_some(k)
}

fn is_ellipsis(text: &str, p: &Piece) -> bool {
    let s = &text[p.start..p.end];
    s.contains('…') || (s.len() >= 2 && s.bytes().all(|b| b == b'.'))
}

/// "1." / "a." / "iv." opening a numbered item ("* 1 . The first element").
fn is_list_number(text: &str, before: &[Piece]) -> bool {
    let mut words = before.iter().filter(|p| !matches!(p.kind, Kind::Bullet | Kind::Dash | Kind::Punct | Kind::Open));
    let (Some(p), None) = (words.next(), words.next()) else { return false };
    let s = &text[p.start..p.end];
    (s.len() <= 3 && s.bytes().all(|b| b.is_ascii_digit()))
        || (s.len() == 1 && s.bytes().all(|b| b.is_ascii_alphabetic()))
        || (s.len() <= 4 && s.bytes().all(|b| matches!(b, b'i' | b'v' | b'x' | b'I' | b'V' | b'X')))
}

/// Whether final punctuation followed by the piece `q` (at index `k`) ends the sentence.
fn terminal_ends_sentence(text: &str, pieces: &[Piece], k: usize, q: &Piece, ellipsis: bool, question: bool, closers: bool) -> bool {
    let word = &text[q.start..q.end];
    // "(draft).doc", "1?since": punctuation glued to a following lower-case
    // word or number is inside a token-like string, not a sentence end.
    if q.start == pieces[k - 1].end && !starts_upper(text, q) {
        return false;
    }
    match q.kind {
        Kind::Punct if matches!(word, "," | ";" | ":") => return false,
        Kind::Dash => return pieces.get(k + 1).is_some_and(|r| starts_upper(text, r)),
        _ => {}
    }
    let upper = starts_upper(text, q)
        || (matches!(q.kind, Kind::Open | Kind::Quote) && pieces.get(k + 1).is_some_and(|r| starts_upper(text, r)));
    if ellipsis && !question {
        return upper;
    }
    if starts_lower(text, q) {
        // "“Why?” he asked" / "“It is over.” said …": the quote continues.
        return !closers;
    }
    true
}
