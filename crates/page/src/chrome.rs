//! Classifying a line of text as page chrome (skip links, pitches, share
//! bars, credits, …) from the word lists in `data/chrome.txt`. Used on the
//! lines of plain text and on short blocks of HTML.

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::lists::{contains_phrase, parse_sections, tokens, WordList};

/// The kinds of page chrome a line can be.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Chrome {
    SkipLink,
    /// Subscription, paywall, membership, newsletter or app pitch.
    Pitch,
    /// A price with a billing period ("Only $100 per year.").
    Price,
    /// "Read more", "Related:", "Most popular", comment-count links.
    ReadMore,
    /// Share and follow prompts, share bars.
    Share,
    /// Photo, image and video credits and captions.
    Credit,
    /// Advertisement labels and loading notices.
    Advert,
    /// An author line ("By Jane Doe"), an agency credit line ("Reuters").
    Byline,
    /// A publication date or time line ("Updated Nov. 18, 2019 8:22AM EST").
    Timestamp,
    /// Author contact, tip and customer-service lines ("She may be reached at …").
    Contact,
    /// Unrendered markup such as CMS shortcodes.
    Markup,
}

struct Lists {
    sections: HashMap<String, WordList>,
}

fn lists() -> &'static Lists {
    static LISTS: OnceLock<Lists> = OnceLock::new();
    LISTS.get_or_init(|| Lists { sections: parse_sections(include_str!("../data/chrome.txt")) })
}

impl Lists {
    fn get(&self, name: &str) -> &WordList {
        static EMPTY: OnceLock<WordList> = OnceLock::new();
        self.sections.get(name).unwrap_or_else(|| EMPTY.get_or_init(WordList::default))
    }

    fn starts_with_any(&self, section: &str, toks: &[&str]) -> bool {
        self.get(section).starts_tokens(toks)
    }
}

/// Lower-cased words of a line (letters, digits and `@`, `'`, `-` inside).
fn words(lower: &str) -> Vec<&str> {
    lower
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’' || c == '-' || c == '@'))
        .filter(|w| !w.is_empty())
        .collect()
}

/// How many words the line has, counted as the metric does (`\w+` runs).
pub fn word_count(text: &str) -> usize {
    let mut n = 0;
    let mut in_word = false;
    for c in text.chars() {
        let w = c.is_alphanumeric() || c == '_';
        if w && !in_word {
            n += 1;
        }
        in_word = w;
    }
    n
}

/// Whether the line carries a price ("$100", "€9.99", "100 USD").
pub fn has_price(text: &str) -> bool {
    let b = text.as_bytes();
    let currency_before = ["$", "€", "£", "¥", "₹", "US$", "A$", "C$", "Rs", "Rs.", "INR", "R$"];
    for sym in currency_before {
        let mut from = 0;
        while let Some(off) = text[from..].find(sym) {
            let after = from + off + sym.len();
            if text[after..].trim_start().starts_with(|c: char| c.is_ascii_digit()) {
                return true;
            }
            from = after;
        }
    }
    let lower = text.to_lowercase();
    ["usd", "eur", "gbp", "dollars", "euros", "pounds"].iter().any(|code| {
        contains_phrase(&lower, code, false) && b.iter().any(u8::is_ascii_digit)
    })
}

/// Classifies one line (or block) of text; `None` means it may be article
/// text. Only short lines are ever chrome: the limits are per kind.
pub fn classify(line: &str) -> Option<Chrome> {
    let text = line.trim().trim_start_matches(['•', '·', '|', '-', '–', '—', '»', '›', '>', '*']).trim();
    if text.is_empty() {
        return None;
    }
    let n = word_count(text);
    if n > 80 {
        return None; // Longer than any chrome line.
    }
    let lower = text.to_lowercase();
    let toks = tokens(&lower);
    let l = lists();
    let bare = lower.trim_end_matches(['.', ':', '!', '…', ' ', '»', '›', '>', '→']);

    if n <= 8 && l.starts_with_any("skip", &toks) {
        return Some(Chrome::SkipLink);
    }
    // An unrendered CMS shortcode ("[button link=…]Send us…[/button]").
    if text.starts_with('[') && text.contains("[/") {
        return Some(Chrome::Markup);
    }
    if n <= 6 && l.get("advert").matches(bare) {
        return Some(Chrome::Advert);
    }
    if n <= 14 && has_price(text) && l.get("billing").occurs_in_tokens(&toks) {
        return Some(Chrome::Price);
    }
    let pitch_phrases = if n <= 60 { l.get("subscription").count_in_tokens(&toks) } else { 0 };
    if n <= 30 && pitch_phrases > 0 {
        return Some(Chrome::Pitch);
    }
    // Longer pitches carry several marks: two pitch phrases, or one and a price.
    if n <= 60
        && (pitch_phrases >= 2 || (pitch_phrases == 1 && has_price(text))) {
            return Some(Chrome::Pitch);
        }
    if n <= 8 && l.get("account").occurs_in_tokens(&toks) {
        return Some(Chrome::Pitch);
    }
    if n <= 10 && l.starts_with_any("read-more", &toks) {
        return Some(Chrome::ReadMore);
    }
    let ws = words(&lower);
    if !ws.is_empty() && ws.len() <= 12 && ws.iter().all(|w| l.get("social").matches(w) || w.chars().all(|c| c.is_ascii_digit())) {
        return Some(Chrome::Share);
    }
    if n <= 10 && l.starts_with_any("share", &toks) {
        return Some(Chrome::Share);
    }
    // "Follow Newsbeat on Instagram, Facebook and Twitter."
    if n <= 16 && lower.starts_with("follow ") && ws.iter().skip(2).filter(|w| l.get("social").matches(w)).count() >= 1 {
        return Some(Chrome::Share);
    }
    if n <= 30 && l.starts_with_any("credit", &toks) {
        return Some(Chrome::Credit);
    }
    if n <= 20 && l.get("credit-anywhere").occurs_in_tokens(&toks) {
        return Some(Chrome::Credit);
    }
    if n <= 80 && (l.get("caption").occurs_in_tokens(&toks) || has_credit_parenthetical(&lower)) {
        return Some(Chrome::Credit);
    }
    if n <= 60 && l.get("contact").occurs_in_tokens(&toks) {
        return Some(Chrome::Contact);
    }
    if n <= 16 && is_timestamp(&toks, &ws) {
        return Some(Chrome::Timestamp);
    }
    if n <= 5 && l.get("agency").matches(bare) {
        return Some(Chrome::Byline);
    }
    if is_byline(text, &lower, n) {
        return Some(Chrome::Byline);
    }
    None
}

/// "(AP Photo/Jane Roe)", "(NASA via AP)" closing the line.
fn has_credit_parenthetical(lower: &str) -> bool {
    let t = lower.trim_end_matches(['.', ' ']);
    let Some(body) = t.strip_suffix(')') else { return false };
    let Some(open) = body.rfind('(') else { return false };
    let inner = &body[open + 1..];
    inner.len() < 80 && lists().get("credit-parenthetical").occurs_in(inner)
}

/// A line made only of date and time words and numbers, with a digit or
/// month name, or opened by a timestamp word and mostly made of them.
fn is_timestamp(toks: &[&str], ws: &[&str]) -> bool {
    let l = lists();
    let month = ws.iter().any(|w| crate::dates::month_number(w).is_some() && w.len() >= 3);
    let year = ws.iter().any(|w| w.len() == 4 && w.parse::<u32>().is_ok_and(|y| (1900..2100).contains(&y)));
    let digit = ws.iter().any(|w| w.chars().any(|c| c.is_ascii_digit()));
    let opener = l.starts_with_any("timestamp", toks);
    // A bare time ("9.30 A.M. / 7.00 P.M.") may be opening hours: it needs
    // a month, a year or an opener word to count.
    if !(month || year || (opener && digit)) {
        return false;
    }
    let date_word = |w: &&str| {
        l.get("date-words").matches(w)
            || crate::dates::month_number(w).is_some()
            || w.chars().all(|c| c.is_ascii_digit())
            || {
                // "8", "8am", "18th", "2019"
                let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
                !digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit())
            }
    };
    let dated = ws.iter().filter(|w| date_word(w)).count();
    dated == ws.len() || (opener && dated * 10 >= ws.len() * 7)
}

/// "By Jane Doe", "By Jane Doe and John Roe, Reuters", "Written by J.
/// Doe on Monday, November 18th, 2019": an opener from the byline list,
/// then a few capitalized names, then optionally a date or outlet after a
/// separator.
pub fn is_byline(text: &str, lower: &str, n: usize) -> bool {
    if n > 24 {
        return false;
    }
    let l = lists();
    let Some(opener) = l.get("byline").entries.iter().find(|e| {
        lower.starts_with(e.as_str()) && lower[e.len()..].starts_with(|c: char| c.is_whitespace() || c == ':')
    }) else {
        return false;
    };
    let rest = text[opener.len()..].trim_start_matches([':', ' ']);
    // The names end at the first separator.
    let mut end = rest.len();
    for sep in [" on ", " at ", " | ", ",", " - ", " – ", " — ", " • ", " · ", " / ", " updated", " published", " posted"] {
        if let Some(at) = rest.to_lowercase().find(sep) {
            end = end.min(at);
        }
    }
    let names: Vec<&str> = rest[..end].split_whitespace().collect();
    if names.is_empty() || names.len() > 8 {
        return false;
    }
    // "By Tuesday, …", "By March 2020 …", "By 2030 …" are times, not people.
    let first = names[0].trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
    if first.is_empty()
        || first.starts_with(|c: char| c.is_ascii_digit())
        || crate::dates::month_number(&first).is_some()
        || l.get("date-words").matches(&first)
    {
        return false;
    }
    let joiners = ["and", "&", "with", "de", "da", "van", "von", "der", "al", "el", "bin", "la", "le", "di", "du"];
    let lower_words = names
        .iter()
        .filter(|w| !joiners.contains(&w.to_lowercase().as_str()))
        .filter(|w| w.chars().next().is_some_and(|c| c.is_lowercase()))
        .count();
    lower_words == 0 && !(end == rest.len() && rest.trim_end().ends_with(['.', '?', '!']) && names.len() > 4)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classifies_common_chrome() {
        assert_eq!(classify("Skip to main content"), Some(Chrome::SkipLink));
        assert_eq!(classify("Only $100 per year."), Some(Chrome::Price));
        assert_eq!(classify("Just €4.99/month"), Some(Chrome::Price));
        assert_eq!(
            classify("Join our community of readers to get unlimited access to our reporting."),
            Some(Chrome::Pitch)
        );
        assert_eq!(classify("Sign up for our daily newsletter"), Some(Chrome::Pitch));
        assert_eq!(
            classify(
                "Get access to the region's fastest growing market data service for as little as $59 for the first \
                 year. Use the code SAVE10. The service offers all the information you need, including ideas, \
                 independent research and insights."
            ),
            Some(Chrome::Pitch)
        );
        assert_eq!(classify("Read more: Why markets fell"), Some(Chrome::ReadMore));
        assert_eq!(classify("Facebook Twitter LinkedIn Email"), Some(Chrome::Share));
        assert_eq!(classify("Share this article"), Some(Chrome::Share));
        assert_eq!(classify("Follow Newsbeat on Instagram, Facebook, Twitter and YouTube."), Some(Chrome::Share));
        assert_eq!(classify("Photo: Jane Doe/Reuters"), Some(Chrome::Credit));
        assert_eq!(classify("A protester in Cairo. (AP Photo/John Roe)"), Some(Chrome::Credit));
        assert_eq!(classify("ADVERTISEMENT"), Some(Chrome::Advert));
        assert_eq!(classify("By Jane Doe and John Roe"), Some(Chrome::Byline));
        assert_eq!(classify("By Louis Jacobson on Monday, November 18th, 2019 at 11:04 a.m."), Some(Chrome::Byline));
        assert_eq!(classify("Written by J. Doe | Reuters"), Some(Chrome::Byline));
        assert_eq!(classify("The Associated Press"), Some(Chrome::Byline));
        assert_eq!(classify("Published Monday, November 18, 2019 8:22AM EST"), Some(Chrome::Timestamp));
        assert_eq!(classify("Updated at 1:23 p.m."), Some(Chrome::Timestamp));
        assert_eq!(classify("August 23, 2018"), Some(Chrome::Timestamp));
        assert_eq!(classify("9.30 A.M. / 7.00 P.M."), None, "opening hours, not a timestamp");
        assert_eq!(
            classify("In this Dec. 12, 2006, file photo, astronauts work on the station. (NASA via AP)"),
            Some(Chrome::Credit)
        );
        assert_eq!(classify("Jane Doe may be reached at jdoe@example.com."), Some(Chrome::Contact));
    }

    #[test]
    fn article_sentences_are_not_chrome() {
        for line in [
            "Officials said the ceasefire would hold.",
            "Voters register in record numbers ahead of the election in the capital, officials said.",
            "By Tuesday, the talks had stalled.",
            "The company said subscribers would see higher prices next year, rising to $12 a month for most of its customers, analysts said on Monday.",
            "Share prices fell sharply on Monday after the central bank raised rates.",
            "Comments by the minister angered the opposition, which called for his resignation.",
            "Published in 1851, the novel was a failure.",
            "The talks (held in Doha) ended on Monday with no agreement (officials said).",
        ] {
            assert_eq!(classify(line), None, "{line}");
        }
    }
}
