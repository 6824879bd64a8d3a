//! Plain text that may carry page chrome (copied from a browser: skip
//! links, subscription pitches, share lines, credits): paragraphs, title
//! and byline.

use crate::chrome::{self, Chrome};
use crate::html::normalize_space;
use demarche_doc::NaiveDate;

/// A plain-text article.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TextArticle {
    pub title: Option<String>,
    /// The author line, without its "By".
    pub byline: Option<String>,
    pub paragraphs: Vec<String>,
    /// A date stated on a publication-time line ("Published May 24, 2021").
    pub stated_date: Option<NaiveDate>,
}

/// Splits text into units: blank-line separated blocks; a block whose
/// lines are hard-wrapped prose becomes one unit, any other block one unit
/// per line (chrome often comes as a stack of short lines).
fn units(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut block: Vec<&str> = Vec::new();
    let flush = |block: &mut Vec<&str>, out: &mut Vec<String>| {
        if block.is_empty() {
            return;
        }
        if is_wrapped(block) {
            out.push(normalize_space(&block.join(" ")));
        } else {
            out.extend(block.iter().map(|l| normalize_space(l)).filter(|l| !l.is_empty()));
        }
        block.clear();
    };
    for line in text.lines() {
        if line.trim().is_empty() {
            flush(&mut block, &mut out);
        } else {
            block.push(line);
        }
    }
    flush(&mut block, &mut out);
    out
}

/// Whether a block's lines are one paragraph wrapped at a fixed width:
/// every line but the last is long, and none of them stands alone as chrome.
fn is_wrapped(lines: &[&str]) -> bool {
    if lines.len() < 2 {
        return false;
    }
    let (last, body) = lines.split_last().unwrap_or((&"", &[]));
    let _ = last;
    body.iter().all(|l| {
        let n = l.trim().chars().count();
        (40..=120).contains(&n) && !l.trim_end().ends_with(['.', '!', '?', ':'])
    }) && lines.iter().all(|l| chrome::classify(l).is_none())
}

/// A line that reads like a headline or section heading: short, no full
/// stop at the end, starting with a capital letter or digit.
fn is_headline_like(unit: &str) -> bool {
    let words = chrome::word_count(unit);
    (1..=20).contains(&words)
        && !unit.ends_with(['.', ',', ';', ':'])
        && unit.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || c == '"' || c == '“')
}

/// Extracts the article from plain text. A `given_title` (from a JSON Lines
/// record, say) is used instead of guessing one, and removed from the body
/// if the text repeats it.
pub fn extract(text: &str, given_title: Option<&str>) -> TextArticle {
    let units = units(text);
    let mut chrome_kind: Vec<Option<Chrome>> = units.iter().map(|u| chrome::classify(u)).collect();

    // A heading whose section holds only chrome is chrome too ("Access the
    // news you can trust" above a subscription pitch).
    let heading = |i: usize, kinds: &[Option<Chrome>]| kinds[i].is_none() && is_headline_like(&units[i]);
    for i in (0..units.len()).rev() {
        if !heading(i, &chrome_kind) {
            continue;
        }
        let section: Vec<usize> = (i + 1..units.len()).take_while(|&j| !heading(j, &chrome_kind)).collect();
        if !section.is_empty() && section.iter().all(|&j| chrome_kind[j].is_some()) {
            chrome_kind[i] = Some(Chrome::Pitch);
        }
    }

    let stated_date = units
        .iter()
        .zip(&chrome_kind)
        .filter(|(_, k)| **k == Some(Chrome::Timestamp))
        .find_map(|(u, _)| crate::dates::written_date(u, None).map(|(d, _)| d));
    let byline = units.iter().zip(&chrome_kind).find(|(_, k)| **k == Some(Chrome::Byline)).map(|(u, _)| strip_by(u));
    let mut body: Vec<String> =
        units.iter().zip(&chrome_kind).filter(|(_, k)| k.is_none()).map(|(u, _)| u.clone()).collect();

    let title = match given_title {
        Some(t) => {
            let t = normalize_space(t);
            if body.first().is_some_and(|first| same_words(first, &t)) {
                body.remove(0);
            }
            (!t.is_empty()).then_some(t)
        }
        None if body.len() >= 2 && is_headline_like(&body[0]) => Some(body.remove(0)),
        None => None,
    };
    TextArticle { title, byline, paragraphs: body, stated_date }
}

/// "By Jane Doe" → "Jane Doe".
fn strip_by(line: &str) -> String {
    let t = line.trim();
    let lower = t.to_lowercase();
    for opener in ["written by ", "words by ", "reported by ", "story by ", "posted by ", "by "] {
        if lower.starts_with(opener) {
            return t[opener.len()..].trim_start_matches(':').trim().to_string();
        }
    }
    t.to_string()
}

fn same_words(a: &str, b: &str) -> bool {
    let key = |s: &str| s.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect::<Vec<_>>();
    key(a) == key(b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_body_and_chrome() {
        let text = "Skip to main content\n\nTruce talks resume in Cairo\n\nBy Jane Doe\n\nEgypt hosted a new round of talks on Sunday, officials said.\n\nThe talks are expected to last three days.\n\nShare this article\nFacebook Twitter Email\n\nGet the news you can rely on\n\nSubscribe now for unlimited access to our journalism.\n\nOnly $5 a month.\n";
        let a = extract(text, None);
        assert_eq!(a.title.as_deref(), Some("Truce talks resume in Cairo"));
        assert_eq!(a.byline.as_deref(), Some("Jane Doe"));
        assert_eq!(a.stated_date, None);
        let b = extract("Headline\n\nUpdated March 3, 2022 10:00 ET\n\nThe story text follows here.", None);
        assert_eq!(b.stated_date, NaiveDate::from_ymd_opt(2022, 3, 3));
        assert_eq!(b.paragraphs, ["The story text follows here."]);
        assert_eq!(
            a.paragraphs,
            ["Egypt hosted a new round of talks on Sunday, officials said.", "The talks are expected to last three days."]
        );
    }

    #[test]
    fn wrapped_paragraphs_are_joined() {
        let text = "The minister said on Monday that the government would not change\ncourse on the budget, despite protests in the capital over the\nweekend.\n\nSecond paragraph.";
        let a = extract(text, None);
        assert_eq!(a.title, None, "a wrapped paragraph is no headline");
        assert_eq!(a.paragraphs.len(), 2);
        assert!(a.paragraphs[0].starts_with("The minister said") && a.paragraphs[0].ends_with("weekend."));
    }

    #[test]
    fn given_title_is_not_repeated() {
        let a = extract("Talks resume\n\nThe talks resumed on Monday.", Some("Talks resume"));
        assert_eq!(a.title.as_deref(), Some("Talks resume"));
        assert_eq!(a.paragraphs, ["The talks resumed on Monday."]);
    }

    #[test]
    fn sections_keep_their_headings() {
        let text = "Main headline here\n\nFirst paragraph of the story, with facts.\n\nBackground\n\nMore paragraphs of the story follow here.";
        let a = extract(text, None);
        assert_eq!(a.paragraphs.len(), 3, "{:?}", a.paragraphs);
        assert_eq!(a.paragraphs[1], "Background");
    }
}
