//! The hand-written news fixture (tests/data/news-segmentation.txt): every
//! sentence split and token must match.

use demarche_doc::Document;

const FIXTURE: &str = include_str!("data/news-segmentation.txt");

struct Case {
    line: usize,
    paragraph: String,
    expected: Vec<String>,
}

fn cases() -> Vec<Case> {
    let mut cases = Vec::new();
    let mut current: Option<Case> = None;
    for (n, line) in FIXTURE.lines().enumerate() {
        let line_no = n + 1;
        if let Some(text) = line.strip_prefix("> ") {
            match &mut current {
                Some(case) if case.expected.is_empty() => {
                    case.paragraph.push('\n');
                    case.paragraph.push_str(text);
                }
                _ => {
                    cases.extend(current.take());
                    current = Some(Case { line: line_no, paragraph: text.to_string(), expected: Vec::new() });
                }
            }
        } else if let Some(tokens) = line.strip_prefix("= ") {
            let case = current.as_mut().unwrap_or_else(|| panic!("fixture line {line_no}: `= ` line before any `> ` line"));
            case.expected.push(tokens.to_string());
        } else if line.trim().is_empty() || line.starts_with("# ") || line == "#" {
            if line.trim().is_empty() {
                cases.extend(current.take());
            }
        } else {
            panic!("fixture line {line_no}: expected `> `, `= `, `# ` or a blank line");
        }
    }
    cases.extend(current);
    cases
}

#[test]
fn news_fixture_is_segmented_exactly() {
    let cases = cases();
    assert!(cases.len() >= 60, "the fixture should hold at least 60 cases, has {}", cases.len());
    let mut failures = Vec::new();
    let mut sentences = 0;
    for case in &cases {
        assert!(!case.expected.is_empty(), "fixture line {}: case without expected sentences", case.line);
        sentences += case.expected.len();
        let mut doc = Document { paragraphs: vec![case.paragraph.clone()], ..Document::default() };
        demarche_text::segment(&mut doc);
        let got: Vec<String> = doc
            .sentences
            .iter()
            .map(|s| s.tokens.iter().map(|t| t.form.as_str()).collect::<Vec<_>>().join(" "))
            .collect();
        if got != case.expected {
            failures.push(format!(
                "fixture line {}:\n  expected:\n    {}\n  got:\n    {}",
                case.line,
                case.expected.join("\n    "),
                got.join("\n    ")
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases ({} sentences) differ:\n{}",
        failures.len(),
        cases.len(),
        sentences,
        failures.join("\n")
    );
}

/// `split_sentences` and `tokenize` on each sentence agree with `segment`.
#[test]
fn entry_points_agree_on_the_fixture() {
    for case in cases() {
        let mut doc = Document { paragraphs: vec![case.paragraph.clone()], ..Document::default() };
        demarche_text::segment(&mut doc);
        let ranges = demarche_text::split_sentences(&case.paragraph);
        assert_eq!(ranges.len(), doc.sentences.len(), "fixture line {}", case.line);
        for (range, sentence) in ranges.into_iter().zip(&doc.sentences) {
            assert_eq!((range.start, range.end), (sentence.start, sentence.end), "fixture line {}", case.line);
            let alone: Vec<String> = demarche_text::tokenize(&sentence.text).into_iter().map(|t| t.form).collect();
            let within: Vec<&str> = sentence.tokens.iter().map(|t| t.form.as_str()).collect();
            assert_eq!(alone, within, "fixture line {}", case.line);
        }
    }
}
