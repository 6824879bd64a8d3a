//! `demarche parse`: tag, lemmatize and parse documents; write CoNLL-U.

use std::io::Write;
use std::path::{Path, PathBuf};

use demarche_doc::conllu::{self, ConlluSentence, Item};
use demarche_doc::{Document, InputError};
use demarche_parse::Model;

use crate::error::{CliError, CliResult};

#[derive(clap::Args)]
pub struct Args {
    /// Text files to parse (or, with --pretokenized, CoNLL-U files).
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    /// Read CoNLL-U: keep its words, multiword tokens and sentence breaks,
    /// ignore its annotations, write predicted ones (for the CoNLL 2018 scorer).
    #[arg(long)]
    pretokenized: bool,
    /// Model file to use instead of the built-in one.
    #[arg(long)]
    model: Option<PathBuf>,
    /// Write here instead of standard output.
    #[arg(long, short)]
    output: Option<PathBuf>,
    /// Parse with a beam of this many configurations (default: the
    /// model's own, 1 = greedy for the built-in model; slower; see
    /// crates/parse/README.md).
    #[arg(long)]
    beam: Option<usize>,
}

/// The model named by `--model`, or the built-in one, parsing with a
/// beam of `beam` (default: the model's own). (A loaded model lives as
/// long as the command, like the built-in one.)
pub fn load_model(path: Option<&Path>, beam: Option<usize>) -> Result<&'static Model, CliError> {
    let mut model = match (path, beam) {
        (Some(p), _) => Model::load(p)?,
        (None, None) => return Ok(Model::builtin()),
        (None, Some(_)) => Model::builtin_copy(),
    };
    if let Some(b) = beam {
        model.set_beam(b);
    }
    Ok(Box::leak(Box::new(model)))
}

pub fn run(args: Args) -> CliResult {
    let model = load_model(args.model.as_deref(), args.beam)?;
    let mut out = String::new();
    for path in &args.paths {
        if args.pretokenized {
            parse_conllu(model, path, &mut out)?;
        } else {
            parse_text(model, path, &mut out)?;
        }
    }
    match &args.output {
        Some(p) => {
            let tmp = p.with_extension("tmp-write");
            std::fs::write(&tmp, &out).map_err(|e| InputError::in_file(&tmp, e.to_string()))?;
            std::fs::rename(&tmp, p).map_err(|e| InputError::in_file(p, e.to_string()))?;
        }
        None => print_stdout(&out)?,
    }
    Ok(())
}

/// Whether a CoNLL-U sentence starts a document (`# newdoc`).
pub fn starts_document(block: &ConlluSentence) -> bool {
    block.comments.iter().any(|c| c.trim_start().starts_with("newdoc"))
}

/// Writes to standard output; a closed pipe (`| head`) is not an error.
pub fn print_stdout(text: &str) -> CliResult {
    let mut stdout = std::io::stdout().lock();
    match stdout.write_all(text.as_bytes()).and_then(|()| stdout.flush()) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        r => Ok(r?),
    }
}

/// Re-annotates a CoNLL-U file's words, keeping comments, multiword ranges
/// and sentence breaks; empty nodes (enhanced graphs) are dropped.
fn parse_conllu(model: &Model, path: &Path, out: &mut String) -> CliResult {
    let blocks = conllu::read_file(path)?;
    let mut sentences: Vec<_> = blocks.iter().map(|b| demarche_parse::eval::strip(&b.to_sentence())).collect();
    model.annotate_all(&mut sentences);
    // Names agree within each document (`# newdoc`; the file is one document without any).
    let mut start = 0;
    for end in (1..=blocks.len()).filter(|&i| i == blocks.len() || starts_document(&blocks[i])) {
        model.names_across_document(&mut sentences[start..end]);
        start = end;
    }
    for (block, sentence) in blocks.into_iter().zip(&sentences) {
        let predicted = ConlluSentence::from_sentence(sentence);
        let mut words = predicted.words();
        let items = block
            .items
            .into_iter()
            .filter_map(|item| match item {
                Item::Word(w) => {
                    let p = words.next()?;
                    Some(Item::Word(conllu::Word { misc: w.misc, deps: String::new(), ..p.clone() }))
                }
                Item::Range { first, last, form, rest } => {
                    // Keep the token's MISC (SpaceAfter=No), blank its annotations.
                    let misc = rest.rsplit('\t').next().unwrap_or("_").to_string();
                    Some(Item::Range { first, last, form, rest: format!("_\t_\t_\t_\t_\t_\t_\t{misc}") })
                }
                Item::Empty { .. } => None,
            })
            .collect();
        ConlluSentence { comments: block.comments, items }.write_to(out);
    }
    Ok(())
}

/// Plain text: paragraphs at blank lines, then the text stage's sentences
/// and tokens.
fn parse_text(model: &Model, path: &Path, out: &mut String) -> CliResult {
    let bytes = std::fs::read(path).map_err(|e| InputError::in_file(path, e.to_string()))?;
    let text = String::from_utf8(bytes).map_err(|e| {
        let line = 1 + e.as_bytes()[..e.utf8_error().valid_up_to()].iter().filter(|&&b| b == b'\n').count();
        InputError::at_line(path, line, "invalid UTF-8")
    })?;
    let mut doc = Document {
        id: path.file_stem().map_or_else(String::new, |s| s.to_string_lossy().into_owned()),
        origin: Some(path.display().to_string()),
        paragraphs: text
            .split("\n\n")
            .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
            .filter(|p| !p.is_empty())
            .collect(),
        ..Document::default()
    };
    demarche_text::segment(&mut doc);
    model.annotate_all(&mut doc.sentences);
    model.names_across_document(&mut doc.sentences);
    out.push_str(&format!("# newdoc id = {}\n", doc.id));
    for (i, s) in doc.sentences.iter_mut().enumerate() {
        if s.id.is_none() {
            s.id = Some(format!("{}-{}", doc.id, i + 1));
        }
        ConlluSentence::from_sentence(s).write_to(out);
    }
    Ok(())
}
