//! `demarche extract PATH...`: pages, feeds, text, JSON Lines and PETRARCH
//! XML to clean, dated documents (JSON Lines, text or CoNLL-U).

use std::io::Write;
use std::path::PathBuf;

use demarche_doc::conllu::ConlluSentence;
use demarche_doc::{DateSource, Document, NaiveDate};
use demarche_page::{read_inputs, InputFormat, ReadOptions};

use crate::error::{CliError, CliResult};

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum OutputFormat {
    /// One JSON object per document (id, url, title, date, date_source,
    /// byline, outlet, paragraphs, sentences with byte offsets).
    Json,
    /// The clean body: paragraphs separated by blank lines; documents
    /// separated by a line with a form feed.
    Text,
    /// Tokens in CoNLL-U (FORM only, with # sent_id and # text).
    Conllu,
}

#[derive(clap::Args)]
pub struct Args {
    /// Files, directories (read recursively, in name order) or `-` for stdin.
    #[arg(required = true, value_name = "PATH")]
    paths: Vec<PathBuf>,
    /// Read every input as this format instead of detecting it
    /// (text, html, jsonl, petrarch, feed).
    #[arg(long, value_name = "F", value_parser = parse_format)]
    input_format: Option<InputFormat>,
    /// Output format.
    #[arg(long, value_enum, default_value = "json")]
    format: OutputFormat,
    /// The date of documents that state none (YYYY-MM-DD); also the
    /// reference year for datelines without one.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_day)]
    date: Option<NaiveDate>,
    /// Stop at the first input error instead of going on.
    #[arg(long)]
    strict: bool,
}

fn parse_format(s: &str) -> Result<InputFormat, String> {
    s.parse()
}

/// A `YYYY-MM-DD` command-line date.
pub fn parse_day(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|_| format!("`{s}` is not a date of the form YYYY-MM-DD"))
}

#[derive(serde::Serialize)]
struct SentenceRecord<'a> {
    text: &'a str,
    start: usize,
    end: usize,
}

/// The JSON record of one document.
#[derive(serde::Serialize)]
struct DocumentRecord<'a> {
    id: &'a str,
    url: Option<&'a str>,
    title: Option<&'a str>,
    date: Option<String>,
    date_source: DateSource,
    #[serde(skip_serializing_if = "Option::is_none")]
    byline: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    outlet: Option<&'a str>,
    paragraphs: &'a [String],
    sentences: Vec<SentenceRecord<'a>>,
}

fn json_record(doc: &Document) -> String {
    let record = DocumentRecord {
        id: &doc.id,
        url: doc.url.as_deref(),
        title: doc.title.as_deref(),
        date: doc.date.map(|d| d.format("%Y-%m-%d").to_string()),
        date_source: doc.date_source,
        byline: doc.byline.as_deref(),
        outlet: doc.outlet.as_deref(),
        paragraphs: &doc.paragraphs,
        sentences: doc.sentences.iter().map(|s| SentenceRecord { text: &s.text, start: s.start, end: s.end }).collect(),
    };
    serde_json::to_string(&record).unwrap_or_default()
}

fn conllu(doc: &Document) -> String {
    let mut out = format!("# newdoc id = {}\n", doc.id);
    for (i, s) in doc.sentences.iter().enumerate() {
        let mut block = ConlluSentence::from_sentence(s);
        if s.id.is_none() {
            block.comments.insert(0, format!(" sent_id = {}-{}", doc.id, i + 1));
        }
        block.write_to(&mut out);
    }
    out
}

pub fn run(args: Args) -> CliResult {
    let options = ReadOptions { format: args.input_format, date: args.date };
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut errors = 0usize;
    let mut first_text = true;
    for item in read_inputs(&args.paths, &options) {
        let mut doc = match item {
            Ok(doc) => doc,
            Err(e) => {
                if args.strict {
                    out.flush().ok();
                    return Err(CliError::Input(e));
                }
                eprintln!("demarche: {e}");
                errors += 1;
                continue;
            }
        };
        if doc.sentences.is_empty() {
            demarche_text::segment(&mut doc);
        }
        let written = match args.format {
            OutputFormat::Json => writeln!(out, "{}", json_record(&doc)),
            OutputFormat::Text => {
                let sep = if first_text { "" } else { "\u{c}\n" };
                first_text = false;
                writeln!(out, "{sep}{}", doc.body())
            }
            OutputFormat::Conllu => write!(out, "{}", conllu(&doc)),
        };
        if let Err(e) = written {
            if e.kind() == std::io::ErrorKind::BrokenPipe {
                return Ok(()); // The reader went away (`| head`): nothing more to say.
            }
            return Err(e.into());
        }
    }
    if let Err(e) = out.flush() {
        if e.kind() != std::io::ErrorKind::BrokenPipe {
            return Err(e.into());
        }
    }
    if errors > 0 {
        return Err(CliError::Failed(format!("{errors} input error(s); the other documents were written")));
    }
    Ok(())
}
