//! CoNLL-U reading and writing (<https://universaldependencies.org/format.html>).
//!
//! The reader keeps everything a file holds — comments, multiword-token
//! ranges (`3-4`), empty nodes (`8.1`), all ten columns verbatim — so that
//! writing a sentence back gives the same lines. It validates what the
//! parser and evaluator rely on: ten columns, word ids 1..n in order, heads
//! in range, and a tree without cycles; a violation is an [`InputError`]
//! naming the file and line.

use std::io::BufRead;

use crate::{InputError, Sentence, Token};

/// One word line (integer id) with its ten columns.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Word {
    pub id: u32,
    pub form: String,
    pub lemma: String,
    pub upos: String,
    pub xpos: String,
    pub feats: String,
    /// `None` when the column is `_` (unannotated files).
    pub head: Option<u32>,
    pub deprel: String,
    pub deps: String,
    pub misc: String,
}

/// A line of a sentence block other than comments.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Item {
    Word(Word),
    /// A multiword token `first-last` (e.g. "don't" over "do" "n't"); the
    /// columns after FORM are kept verbatim.
    Range { first: u32, last: u32, form: String, rest: String },
    /// An empty node (`8.1`), kept verbatim for the round trip.
    Empty { line: String },
}

/// One sentence block.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ConlluSentence {
    /// Comment lines without the leading `#` (e.g. ` text = …`).
    pub comments: Vec<String>,
    pub items: Vec<Item>,
}

impl ConlluSentence {
    pub fn words(&self) -> impl Iterator<Item = &Word> {
        self.items.iter().filter_map(|i| match i {
            Item::Word(w) => Some(w),
            _ => None,
        })
    }

    pub fn words_mut(&mut self) -> impl Iterator<Item = &mut Word> {
        self.items.iter_mut().filter_map(|i| match i {
            Item::Word(w) => Some(w),
            _ => None,
        })
    }

    /// The value of a `# key = value` comment.
    pub fn comment(&self, key: &str) -> Option<&str> {
        self.comments.iter().find_map(|c| {
            let (k, v) = c.split_once('=')?;
            (k.trim() == key).then(|| v.strip_prefix(' ').unwrap_or(v))
        })
    }

    /// The words as demarche tokens, with the sentence text and id. Each
    /// token's offsets are where its form is next found in the text (CoNLL-U
    /// carries none; the coder quotes spans by them); a form the text does
    /// not hold leaves it and the tokens after it at 0.
    pub fn to_sentence(&self) -> Sentence {
        let mut tokens = self
            .words()
            .map(|w| Token {
                form: w.form.clone(),
                start: 0,
                end: 0,
                space_after: !w.misc.split('|').any(|m| m == "SpaceAfter=No"),
                lemma: blank(&w.lemma),
                upos: blank(&w.upos),
                xpos: blank(&w.xpos),
                feats: blank(&w.feats),
                head: w.head.unwrap_or(0),
                deprel: blank(&w.deprel),
            })
            .collect::<Vec<_>>();
        let text = match self.comment("text") {
            Some(t) => t.to_string(),
            None => tokens.iter().fold(String::new(), |mut s, t| {
                s.push_str(&t.form);
                if t.space_after {
                    s.push(' ');
                }
                s
            }),
        };
        let mut at = 0;
        for t in &mut tokens {
            let Some(found) = text.get(at..).and_then(|rest| rest.find(t.form.as_str())) else { break };
            t.start = at + found;
            t.end = t.start + t.form.len();
            at = t.end;
        }
        Sentence {
            end: text.len(),
            text: text.trim_end().to_string(),
            id: self.comment("sent_id").map(str::to_string),
            tokens,
            ..Sentence::default()
        }
    }

    /// A block for a demarche sentence (no ranges or empty nodes).
    pub fn from_sentence(sentence: &Sentence) -> ConlluSentence {
        let mut comments = Vec::new();
        if let Some(id) = &sentence.id {
            comments.push(format!(" sent_id = {id}"));
        }
        if !sentence.text.is_empty() {
            comments.push(format!(" text = {}", sentence.text.replace('\n', " ")));
        }
        let items = sentence
            .tokens
            .iter()
            .enumerate()
            .map(|(i, t)| {
                Item::Word(Word {
                    id: i as u32 + 1,
                    form: t.form.clone(),
                    lemma: t.lemma.clone(),
                    upos: t.upos.clone(),
                    xpos: t.xpos.clone(),
                    feats: t.feats.clone(),
                    head: (!t.deprel.is_empty()).then_some(t.head),
                    deprel: t.deprel.clone(),
                    deps: String::new(),
                    misc: if t.space_after { String::new() } else { "SpaceAfter=No".into() },
                })
            })
            .collect();
        ConlluSentence { comments, items }
    }

    /// Writes the block, ending with the blank line that closes it.
    pub fn write_to(&self, out: &mut String) {
        for c in &self.comments {
            out.push('#');
            out.push_str(c);
            out.push('\n');
        }
        for item in &self.items {
            match item {
                Item::Word(w) => {
                    let head = w.head.map(|h| h.to_string());
                    let cols = [
                        &w.id.to_string()[..],
                        &w.form,
                        underscore(&w.lemma),
                        underscore(&w.upos),
                        underscore(&w.xpos),
                        underscore(&w.feats),
                        head.as_deref().unwrap_or("_"),
                        underscore(&w.deprel),
                        underscore(&w.deps),
                        underscore(&w.misc),
                    ];
                    out.push_str(&cols.join("\t"));
                }
                Item::Range { first, last, form, rest } => {
                    out.push_str(&format!("{first}-{last}\t{form}\t{rest}"));
                }
                Item::Empty { line } => out.push_str(line),
            }
            out.push('\n');
        }
        out.push('\n');
    }

    pub fn to_conllu_string(&self) -> String {
        let mut s = String::new();
        self.write_to(&mut s);
        s
    }
}

fn blank(s: &str) -> String {
    if s == "_" { String::new() } else { s.to_string() }
}

fn underscore(s: &str) -> &str {
    if s.is_empty() { "_" } else { s }
}

/// Reads CoNLL-U sentence by sentence from a buffered reader.
pub struct Reader<R> {
    input: R,
    file: String,
    line_no: usize,
    line: String,
    done: bool,
}

impl<R: BufRead> Reader<R> {
    /// `file` names the input in error messages.
    pub fn new(input: R, file: impl Into<String>) -> Reader<R> {
        Reader { input, file: file.into(), line_no: 0, line: String::new(), done: false }
    }

    fn error(&self, line: usize, message: impl Into<String>) -> InputError {
        InputError::at_line(&self.file, line, message)
    }

    fn next_sentence(&mut self) -> Result<Option<ConlluSentence>, InputError> {
        let mut sentence = ConlluSentence::default();
        let mut first_line = 0;
        // (line number, head) of each word, checked when the block ends.
        let mut heads: Vec<(usize, Option<u32>)> = Vec::new();
        loop {
            self.line.clear();
            let n = self
                .input
                .read_line(&mut self.line)
                .map_err(|e| self.error(self.line_no + 1, format!("cannot read: {e}")))?;
            if n == 0 {
                self.done = true;
                break;
            }
            self.line_no += 1;
            let line = self.line.trim_end_matches(['\n', '\r']);
            if line.trim().is_empty() {
                if sentence.items.is_empty() && sentence.comments.is_empty() {
                    continue;
                }
                break;
            }
            if first_line == 0 {
                first_line = self.line_no;
            }
            if let Some(comment) = line.strip_prefix('#') {
                if !sentence.items.is_empty() {
                    return Err(self.error(self.line_no, "comment line inside a sentence's word lines"));
                }
                sentence.comments.push(comment.to_string());
                continue;
            }
            let cols: Vec<&str> = line.split('\t').collect();
            if cols.len() != 10 {
                return Err(self.error(
                    self.line_no,
                    format!("expected 10 tab-separated columns, found {}", cols.len()),
                ));
            }
            let id = cols[0];
            if id.contains('.') {
                sentence.items.push(Item::Empty { line: line.to_string() });
                continue;
            }
            if let Some((a, b)) = id.split_once('-') {
                let (first, last) = match (a.parse::<u32>(), b.parse::<u32>()) {
                    (Ok(f), Ok(l)) if f >= 1 && l > f => (f, l),
                    _ => return Err(self.error(self.line_no, format!("bad multiword token range `{id}`"))),
                };
                if first as usize != heads.len() + 1 {
                    return Err(self.error(self.line_no, format!("range `{id}` does not start at the next word")));
                }
                sentence.items.push(Item::Range {
                    first,
                    last,
                    form: cols[1].to_string(),
                    rest: cols[2..].join("\t"),
                });
                continue;
            }
            let id: u32 = id.parse().map_err(|_| self.error(self.line_no, format!("bad word id `{id}`")))?;
            if id as usize != heads.len() + 1 {
                return Err(self.error(
                    self.line_no,
                    format!("word id {id} out of sequence (expected {})", heads.len() + 1),
                ));
            }
            let head = match cols[6] {
                "_" => None,
                h => Some(h.parse::<u32>().map_err(|_| self.error(self.line_no, format!("bad HEAD `{h}`")))?),
            };
            heads.push((self.line_no, head));
            sentence.items.push(Item::Word(Word {
                id,
                form: cols[1].to_string(),
                lemma: blank(cols[2]),
                upos: blank(cols[3]),
                xpos: blank(cols[4]),
                feats: blank(cols[5]),
                head,
                deprel: blank(cols[7]),
                deps: blank(cols[8]),
                misc: blank(cols[9]),
            }));
        }
        if sentence.items.is_empty() {
            if sentence.comments.is_empty() {
                return Ok(None);
            }
            // Trailing comments with no words (e.g. a final `# newdoc`) carry nothing to parse.
            return Ok(None);
        }
        if heads.is_empty() {
            return Err(self.error(first_line, "sentence has no word lines"));
        }
        validate_heads(&heads).map_err(|(line, msg)| self.error(line, msg))?;
        Ok(Some(sentence))
    }
}

/// Heads must be in range and, when all are given, form a tree rooted at 0.
fn validate_heads(heads: &[(usize, Option<u32>)]) -> Result<(), (usize, String)> {
    let n = heads.len() as u32;
    for &(line, head) in heads {
        if let Some(h) = head {
            if h > n {
                return Err((line, format!("HEAD {h} is beyond the sentence's {n} words")));
            }
        }
    }
    if heads.iter().any(|(_, h)| h.is_none()) {
        return Ok(());
    }
    // Follow heads from every word; a walk longer than n steps is a cycle.
    for (i, &(line, _)) in heads.iter().enumerate() {
        let mut at = i as u32 + 1;
        let mut steps = 0;
        while at != 0 {
            let h = heads[at as usize - 1].1.unwrap_or(0);
            if h == at {
                return Err((heads[at as usize - 1].0, format!("word {at} is its own head")));
            }
            at = h;
            steps += 1;
            if steps > n {
                return Err((line, format!("word {} is on a head cycle", i + 1)));
            }
        }
    }
    Ok(())
}

impl<R: BufRead> Iterator for Reader<R> {
    type Item = Result<ConlluSentence, InputError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.done {
            return None;
        }
        match self.next_sentence() {
            Ok(Some(s)) => Some(Ok(s)),
            Ok(None) => None,
            Err(e) => {
                self.done = true;
                Some(Err(e))
            }
        }
    }
}

/// Reads a whole CoNLL-U text; `file` names it in errors.
pub fn parse_str(text: &str, file: &str) -> Result<Vec<ConlluSentence>, InputError> {
    Reader::new(text.as_bytes(), file).collect()
}

/// Reads a CoNLL-U file.
pub fn read_file(path: &std::path::Path) -> Result<Vec<ConlluSentence>, InputError> {
    let file = std::fs::File::open(path).map_err(|e| InputError::in_file(path, e.to_string()))?;
    Reader::new(std::io::BufReader::new(file), path.display().to_string()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "# newdoc id = d1\n# sent_id = s1\n# text = I don't know.\n\
1\tI\tI\tPRON\tPRP\tCase=Nom|Number=Sing|Person=1|PronType=Prs\t4\tnsubj\t4:nsubj\t_\n\
2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n\
2\tdo\tdo\tAUX\tVBP\tMood=Ind|Tense=Pres|VerbForm=Fin\t4\taux\t4:aux\t_\n\
3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t4:advmod\t_\n\
4\tknow\tknow\tVERB\tVB\tVerbForm=Inf\t0\troot\t0:root\tSpaceAfter=No\n\
4.1\tknows\t_\t_\t_\t_\t_\t_\t4:conj\t_\n\
5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t4:punct\t_\n\n";

    #[test]
    fn round_trip_keeps_comments_ranges_and_empty_nodes() {
        let sentences = parse_str(SAMPLE, "sample.conllu").unwrap();
        assert_eq!(sentences.len(), 1);
        let s = &sentences[0];
        assert_eq!(s.words().count(), 5);
        assert_eq!(s.comment("sent_id"), Some("s1"));
        assert_eq!(s.to_conllu_string(), SAMPLE);
    }

    #[test]
    fn to_sentence_reads_annotations() {
        let s = parse_str(SAMPLE, "x").unwrap().remove(0).to_sentence();
        assert_eq!(s.text, "I don't know.");
        assert_eq!(s.id.as_deref(), Some("s1"));
        assert_eq!(s.tokens[3].deprel, "root");
        assert_eq!(s.tokens[3].head, 0);
        assert!(!s.tokens[3].space_after);
        assert_eq!(s.tokens[0].feat("Case"), Some("Nom"));
        // Offsets found in the text: "I don't know." → I, do, n't, know, .
        let spans: Vec<&str> = s.tokens.iter().map(|t| &s.text[t.start..t.end]).collect();
        assert_eq!(spans, s.tokens.iter().map(|t| t.form.as_str()).collect::<Vec<_>>());
        assert_eq!((s.tokens[2].start, s.tokens[2].end), (4, 7));
    }

    #[test]
    fn from_sentence_round_trips_through_reader() {
        let original = parse_str(SAMPLE, "x").unwrap().remove(0).to_sentence();
        let block = ConlluSentence::from_sentence(&original).to_conllu_string();
        let again = parse_str(&block, "y").unwrap().remove(0).to_sentence();
        assert_eq!(again.tokens, original.tokens);
    }

    fn error_of(text: &str) -> String {
        parse_str(text, "bad.conllu").unwrap_err().to_string()
    }

    #[test]
    fn malformed_input_names_file_and_line() {
        assert_eq!(
            error_of("1\tA\ta\tX\tX\t_\t0\troot\t_\n"),
            "bad.conllu:1: expected 10 tab-separated columns, found 9"
        );
        assert!(error_of("# c\n1\tA\ta\tX\tX\t_\tzz\troot\t_\t_\n").starts_with("bad.conllu:2: bad HEAD"));
        assert!(error_of("1\tA\ta\tX\tX\t_\t5\troot\t_\t_\n").contains("beyond"));
        let cycle = "1\tA\ta\tX\tX\t_\t2\tdep\t_\t_\n2\tB\tb\tX\tX\t_\t1\tdep\t_\t_\n";
        assert!(error_of(cycle).contains("cycle"), "{}", error_of(cycle));
        assert!(error_of("2\tA\ta\tX\tX\t_\t0\troot\t_\t_\n").contains("out of sequence"));
    }

    #[test]
    fn several_sentences_and_trailing_blank_lines() {
        let text = format!("{SAMPLE}\n\n{SAMPLE}");
        assert_eq!(parse_str(&text, "x").unwrap().len(), 2);
        assert!(parse_str("", "x").unwrap().is_empty());
    }
}
