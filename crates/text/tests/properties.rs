//! Property tests: segmentation, tokenization and date finding never panic,
//! and their offsets always describe the text they were given.

use demarche_doc::Document;
use demarche_text::{is_separator, segment, split_sentences, temporal, tokenize};
use proptest::prelude::*;

/// Pieces that exercise the tokenizer's rules, mixed with arbitrary text.
const TRICKY: &[&str] = &[
    " ", "  ", "\n", "\t", "\u{00A0}", "\u{200B}", "\u{FEFF}", ".", "..", "...", "…", "!", "?", "?!", ",", ";", ":", "'", "’",
    "‘", "`", "\"", "“", "”", "''", "(", ")", "[", "]", "<", ">", "<<", "-", "--", "—", "–", "/", "$", "€", "£", "%", "&",
    "@", "#", "*", "•", "+", "=", ":)", ";-)", "U.S.", "U.N", "Dr.", "Inc.", "etc.", "No.", "Jan.", "Sept.", "a.m.", "p.m.",
    "W.", "e-mail", "anti-", "15-year", "n't", "'s", "can't", "don't", "cannot", "gonna", "dont", "3.5", "1,000", "5kg",
    "$3M", "713-853-3989", "9/11", "b/c", "http://x.org/a?b=c.", "www.bbc.co.uk", "a@b.com", "'90s", "Russia", "the",
    "The", "He", "MOSCOW", "2021", "May", "Friday", "last", "week", "ago", "two", "21st", "mid-March", "é", "e\u{0301}",
    "ß", "İ", "ﬁ", "😀", "👍🏽", "🇺🇦", "中文", "العربية", "\u{0301}", "\u{200D}", "\u{FFFD}", "\u{10FFFF}",
];

fn tricky_text() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            4 => prop::sample::select(TRICKY).prop_map(str::to_string),
            1 => any::<char>().prop_map(|c| c.to_string()),
            1 => "[a-zA-Z0-9]{1,8}",
        ],
        0..40,
    )
    .prop_map(|parts| parts.concat())
}

fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![3 => tricky_text(), 1 => any::<String>()]
}

fn non_space(s: &str) -> String {
    s.chars().filter(|&c| !is_separator(c)).collect()
}

/// Ordinary document dates and the extremes of the date type.
fn reference_date() -> impl Strategy<Value = chrono::NaiveDate> {
    let start = chrono::NaiveDate::from_ymd_opt(1900, 1, 1).expect("valid date");
    prop_oneof![
        8 => (0u64..80_000).prop_map(move |d| start + chrono::Days::new(d)),
        1 => Just(chrono::NaiveDate::MIN),
        1 => Just(chrono::NaiveDate::MAX),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn segment_offsets_describe_the_body(paragraphs in prop::collection::vec(any_text(), 0..4)) {
        let mut doc = Document { paragraphs: paragraphs.clone(), ..Document::default() };
        segment(&mut doc);
        let body = doc.body();
        let starts = doc.paragraph_starts();
        let mut last_end = 0;
        for s in &doc.sentences {
            prop_assert!(s.start >= last_end && s.start < s.end && s.end <= body.len());
            prop_assert!(body.is_char_boundary(s.start) && body.is_char_boundary(s.end));
            prop_assert_eq!(&body[s.start..s.end], s.text.as_str());
            // A sentence lies inside its paragraph.
            let p_start = starts[s.paragraph];
            prop_assert!(s.start >= p_start && s.end <= p_start + paragraphs[s.paragraph].len());
            // Tokens: increasing, non-overlapping, inside the sentence, exact slices.
            prop_assert!(!s.tokens.is_empty());
            let mut at = s.start;
            for t in &s.tokens {
                prop_assert!(t.start >= at && t.start < t.end && t.end <= s.end);
                prop_assert!(body.is_char_boundary(t.start) && body.is_char_boundary(t.end));
                prop_assert_eq!(&body[t.start..t.end], t.form.as_str());
                prop_assert!(!t.form.contains(is_separator));
                at = t.end;
            }
            prop_assert_eq!(s.tokens[0].start, s.start);
            prop_assert_eq!(s.tokens[s.tokens.len() - 1].end, s.end);
            // The tokens cover all non-space text of the sentence.
            let covered: String = s.tokens.iter().map(|t| t.form.as_str()).collect();
            prop_assert_eq!(covered, non_space(&s.text));
            last_end = s.end;
        }
        // The sentences cover all non-space text of each paragraph.
        for (p, text) in paragraphs.iter().enumerate() {
            let covered: String = doc.sentences.iter().filter(|s| s.paragraph == p).map(|s| non_space(&s.text)).collect();
            prop_assert_eq!(covered, non_space(text));
        }
    }

    #[test]
    fn split_sentences_and_tokenize_agree_with_segment(text in any_text()) {
        let mut doc = Document { paragraphs: vec![text.clone()], ..Document::default() };
        segment(&mut doc);
        let ranges = split_sentences(&text);
        prop_assert_eq!(ranges.len(), doc.sentences.len());
        for (r, s) in ranges.iter().zip(&doc.sentences) {
            prop_assert_eq!((r.start, r.end), (s.start, s.end));
        }
        let tokens = tokenize(&text);
        let covered: String = tokens.iter().map(|t| t.form.as_str()).collect();
        prop_assert_eq!(covered, non_space(&text));
        for pair in tokens.windows(2) {
            prop_assert!(pair[0].end <= pair[1].start);
        }
        let groups = demarche_text::surface_tokens(&tokens);
        prop_assert_eq!(groups.iter().map(|g| g.len()).sum::<usize>(), tokens.len());
    }

    #[test]
    fn find_dates_returns_valid_ranges(text in any_text(), reference in reference_date()) {
        let mut at = 0;
        for e in temporal::find_dates(&text, reference) {
            prop_assert!(e.start >= at && e.start < e.end && e.end <= text.len());
            prop_assert!(text.is_char_boundary(e.start) && text.is_char_boundary(e.end));
            at = e.end;
        }
    }
}

/// Long runs of one pattern (a 50 MB page can hold any of these) are
/// segmented completely; the rules look only a bounded distance around each
/// character, so this finishes quickly.
#[test]
fn long_pathological_chunks_are_covered() {
    let patterns = [
        "a.", "a.B", "ab.Cd", "1-", "1--", "1/", "'", ".", "…", "-", "(", ")", "U.S.", "Mr.", "n't", "$", "%", ":)", "😀", "e\u{301}",
        "1,", "a'", "x@", "http://a.b/", "\"", "a-", ". ", "! a ",
    ];
    for pattern in patterns {
        let text = pattern.repeat(20_000);
        let mut doc = Document { paragraphs: vec![text.clone()], ..Document::default() };
        segment(&mut doc);
        let covered: String = doc.sentences.iter().flat_map(|s| s.tokens.iter().map(|t| t.form.as_str())).collect();
        assert_eq!(covered, non_space(&text), "pattern {pattern:?}");
        let _ = temporal::find_dates(&text, chrono::NaiveDate::from_ymd_opt(2021, 5, 24).expect("valid date"));
    }
}
