//! Scoring segmentation against a CoNLL-U treebank, as the CoNLL 2018 shared
//! task does: the raw text is rebuilt from the `# text` comments (documents
//! from `# newdoc`, paragraphs from `# newpar`, the sentences of a paragraph
//! joined by one space), segmented, and the system's tokens and sentences are
//! matched to the gold ones by character span. Tokens are orthographic
//! (surface) tokens: a multiword token such as "don't" counts once.

use std::ops::Range;

use demarche_doc::conllu::{ConlluSentence, Item};
use demarche_doc::{Document, InputError};

/// Counts for one unit (tokens or sentences).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Score {
    pub gold: usize,
    pub system: usize,
    pub correct: usize,
}

impl Score {
    pub fn precision(&self) -> f64 {
        ratio(self.correct, self.system)
    }

    pub fn recall(&self) -> f64 {
        ratio(self.correct, self.gold)
    }

    pub fn f1(&self) -> f64 {
        ratio(2 * self.correct, self.gold + self.system)
    }

    fn add(&mut self, other: Score) {
        self.gold += other.gold;
        self.system += other.system;
        self.correct += other.correct;
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 1.0 } else { a as f64 / b as f64 }
}

/// A token or sentence the system got wrong, for inspection.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mismatch {
    /// `sent_id` of the gold sentence where it happened.
    pub sentence_id: String,
    /// The gold units around the error, `|`-separated.
    pub gold: String,
    /// The system's units over the same stretch.
    pub system: String,
}

#[derive(Clone, Debug, Default)]
pub struct SegmentationReport {
    pub documents: usize,
    pub paragraphs: usize,
    pub tokens: Score,
    pub sentences: Score,
    pub token_errors: Vec<Mismatch>,
    pub sentence_errors: Vec<Mismatch>,
}

/// One gold paragraph: its text and the spans of its sentences and tokens.
#[derive(Default)]
struct GoldParagraph {
    text: String,
    sentences: Vec<Range<usize>>,
    tokens: Vec<Range<usize>>,
    /// `sent_id` of each sentence.
    ids: Vec<String>,
}

/// Scores [`crate::segment`] on `treebank` (read from `file`, named in errors).
pub fn evaluate(treebank: &[ConlluSentence], file: &str) -> Result<SegmentationReport, InputError> {
    let mut report = SegmentationReport::default();
    let mut documents: Vec<Vec<GoldParagraph>> = Vec::new();
    for (n, sentence) in treebank.iter().enumerate() {
        let has = |key: &str| sentence.comments.iter().any(|c| c.trim_start().starts_with(key));
        if has("newdoc") || documents.is_empty() {
            documents.push(Vec::new());
        }
        let doc = documents.last_mut().expect("pushed above");
        if has("newpar") || doc.is_empty() {
            doc.push(GoldParagraph::default());
        }
        let paragraph = doc.last_mut().expect("pushed above");
        let id = sentence.comment("sent_id").map_or_else(|| format!("#{}", n + 1), str::to_string);
        let text = sentence
            .comment("text")
            .ok_or_else(|| InputError::in_file(file, format!("sentence {id} has no `# text` comment")))?;
        if !paragraph.text.is_empty() {
            paragraph.text.push(' ');
        }
        let base = paragraph.text.len();
        paragraph.text.push_str(text);
        let spans = align(text, &surface_forms(sentence))
            .map_err(|m| InputError::in_file(file, format!("sentence {id}: {m}")))?;
        if let (Some(first), Some(last)) = (spans.first(), spans.last()) {
            paragraph.sentences.push(base + first.start..base + last.end);
            paragraph.tokens.extend(spans.into_iter().map(|r| base + r.start..base + r.end));
            paragraph.ids.push(id);
        }
    }
    for paragraphs in documents {
        report.documents += 1;
        report.paragraphs += paragraphs.len();
        let mut doc = Document { paragraphs: paragraphs.iter().map(|p| p.text.clone()).collect(), ..Document::default() };
        crate::segment(&mut doc);
        let starts = doc.paragraph_starts();
        for (p, gold) in paragraphs.iter().enumerate() {
            let offset = starts[p];
            let in_paragraph: Vec<_> = doc.sentences.iter().filter(|s| s.paragraph == p).collect();
            let system_sentences: Vec<Range<usize>> =
                in_paragraph.iter().map(|s| s.tokens[0].start - offset..s.tokens[s.tokens.len() - 1].end - offset).collect();
            let system_tokens: Vec<Range<usize>> = in_paragraph
                .iter()
                .flat_map(|s| {
                    crate::surface_tokens(&s.tokens)
                        .into_iter()
                        .map(|r| s.tokens[r.start].start - offset..s.tokens[r.end - 1].end - offset)
                        .collect::<Vec<_>>()
                })
                .collect();
            let (score, errors) = compare(&gold.tokens, &system_tokens, &gold.text, gold, 1);
            report.tokens.add(score);
            report.token_errors.extend(errors);
            let (score, errors) = compare(&gold.sentences, &system_sentences, &gold.text, gold, 0);
            report.sentences.add(score);
            report.sentence_errors.extend(errors);
        }
    }
    Ok(report)
}

/// Surface token forms of a sentence: a multiword token's range line stands
/// for its words.
fn surface_forms(sentence: &ConlluSentence) -> Vec<&str> {
    let mut forms = Vec::new();
    let mut covered_to = 0;
    for item in &sentence.items {
        match item {
            Item::Range { last, form, .. } => {
                forms.push(form.as_str());
                covered_to = *last;
            }
            Item::Word(w) if w.id > covered_to => forms.push(w.form.as_str()),
            _ => {}
        }
    }
    forms
}

/// Byte spans of `forms` in `text`, matching non-space characters in order
/// (as the CoNLL 2018 evaluation does, so spaces inside a form are allowed).
fn align(text: &str, forms: &[&str]) -> Result<Vec<Range<usize>>, String> {
    let mut spans = Vec::with_capacity(forms.len());
    let mut chars = text.char_indices().peekable();
    for form in forms {
        let mut start = None;
        let mut end = 0;
        for fc in form.chars().filter(|c| !c.is_whitespace()) {
            while chars.peek().is_some_and(|&(_, c)| c.is_whitespace()) {
                chars.next();
            }
            match chars.next() {
                Some((i, tc)) if tc == fc => {
                    start.get_or_insert(i);
                    end = i + tc.len_utf8();
                }
                Some((i, tc)) => return Err(format!("token `{form}` does not match the text at byte {i} (`{tc}`)")),
                None => return Err(format!("token `{form}` runs past the end of the text")),
            }
        }
        if let Some(start) = start {
            spans.push(start..end);
        }
    }
    Ok(spans)
}

/// Scores `system` spans against `gold` spans; each disagreement is shown
/// with `context` gold and system units before it.
fn compare(
    gold: &[Range<usize>],
    system: &[Range<usize>],
    text: &str,
    paragraph: &GoldParagraph,
    context: usize,
) -> (Score, Vec<Mismatch>) {
    let mut score = Score { gold: gold.len(), system: system.len(), correct: 0 };
    let mut errors = Vec::new();
    let (mut g, mut s) = (0, 0);
    while g < gold.len() && s < system.len() {
        if gold[g] == system[s] {
            score.correct += 1;
            g += 1;
            s += 1;
            continue;
        }
        // Advance both sides until their spans end at the same place again.
        let (g0, s0) = (g, s);
        let (mut ge, mut se) = (gold[g].end, system[s].end);
        g += 1;
        s += 1;
        while ge != se {
            if ge < se && g < gold.len() {
                ge = gold[g].end;
                g += 1;
            } else if se < ge && s < system.len() {
                se = system[s].end;
                s += 1;
            } else {
                break;
            }
        }
        let show = |spans: &[Range<usize>], from: usize, to: usize| {
            spans[from.saturating_sub(context)..to].iter().map(|r| &text[r.clone()]).collect::<Vec<_>>().join(" | ")
        };
        let at = gold[g0].start;
        let sentence = paragraph.sentences.iter().position(|r| r.start <= at && at < r.end.max(r.start + 1));
        errors.push(Mismatch {
            sentence_id: sentence.and_then(|i| paragraph.ids.get(i)).cloned().unwrap_or_default(),
            gold: show(gold, g0, g),
            system: show(system, s0, s),
        });
    }
    (score, errors)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "# newdoc id = d1\n# newpar id = p1\n# sent_id = s1\n# text = I don't know.\n\
1\tI\tI\t_\t_\t_\t_\t_\t_\t_\n\
2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n\
2\tdo\tdo\t_\t_\t_\t_\t_\t_\t_\n\
3\tn't\tnot\t_\t_\t_\t_\t_\t_\t_\n\
4\tknow\tknow\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n\
5\t.\t.\t_\t_\t_\t_\t_\t_\t_\n\n\
# sent_id = s2\n# text = Neither do I\n\
1\tNeither\tneither\t_\t_\t_\t_\t_\t_\t_\n\
2\tdo\tdo\t_\t_\t_\t_\t_\t_\t_\n\
3\tI\tI\t_\t_\t_\t_\t_\t_\t_\n\n";

    #[test]
    fn scores_surface_tokens_and_sentences() {
        let treebank = demarche_doc::conllu::parse_str(SAMPLE, "sample.conllu").unwrap();
        let report = evaluate(&treebank, "sample.conllu").unwrap();
        assert_eq!(report.documents, 1);
        assert_eq!(report.paragraphs, 1);
        assert_eq!(report.tokens, Score { gold: 7, system: 7, correct: 7 }); // "don't" counts once
        assert_eq!(report.sentences, Score { gold: 2, system: 2, correct: 2 });
    }

    #[test]
    fn align_reports_mismatch() {
        assert!(align("a b", &["a", "c"]).is_err());
        assert_eq!(align("ab  c", &["ab", "c"]).unwrap(), vec![0..2, 4..5]);
    }

    #[test]
    fn score_ratios() {
        let s = Score { gold: 4, system: 5, correct: 3 };
        assert!((s.precision() - 0.6).abs() < 1e-9 && (s.recall() - 0.75).abs() < 1e-9);
        assert!((s.f1() - 6.0 / 9.0).abs() < 1e-9);
    }
}
