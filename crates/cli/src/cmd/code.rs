//! `demarche code PATH...`: the events documents report.
//!
//! Every input the text layer reads (text, HTML, .gz, JSON Lines, PETRARCH
//! XML, feeds, directories, stdin) is segmented, parsed by demarche's own
//! parser and coded with the built-in knowledge base and event patterns
//! (`--dictionary DIR` lays a user directory over them). Given PETRARCH
//! dictionaries (`--dictionaries DIR`, `--verbs`, `--actors` …), PETRARCH XML
//! files are coded the PETRARCH way instead: the dictionaries named in the
//! file's `<Environment>`, resolved against `--dictionaries`, unless the
//! flags name them.

use std::io::{BufWriter, Write};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};

use demarche_code::coder::{Coder, CoderOptions, SentenceCoding};
use demarche_code::output::{csv_row, gdelt_row, plover_record, RowContext, CSV_COLUMNS};
use demarche_code::petrarch::{load_petrarch, DictionaryPaths};
use demarche_code::Event;
use demarche_doc::{Document, InputError, NaiveDate, Sentence};
use demarche_lexicon::ReadOptions;
use demarche_page::petrarch::{read_suite, Environment, Record, Suite};
use demarche_page::{read_inputs, InputFormat};
use demarche_pipeline::Pipeline;

use crate::error::{CliError, CliResult};

/// Which parse the coder uses.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum ParserChoice {
    /// The `<Parse>` given with each sentence, converted to dependencies.
    #[default]
    Supplied,
    /// demarche's own tagger and parser on the sentence text.
    Own,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum OutputFormat {
    /// One JSON event record a line (the public contract).
    #[default]
    #[value(alias = "json")]
    Jsonl,
    /// The JSON Lines fields as CSV, with a header.
    Csv,
    /// The GDELT 2.0 event table: 61 tab-separated columns, no header.
    Gdelt,
    /// PLOVER/POLECAT-style JSON Lines (events without a PLOVER type are left out).
    Plover,
    /// PETRARCH2's tab-separated event lines (date, source, target, code,
    /// issues, ids, story source, source text, target text, event text).
    Petrarch,
}

/// Dictionary flags shared by `code`, `eval petrarch` and `bench petrarch`.
#[derive(clap::Args, Debug, Clone, Default)]
pub struct DictionaryArgs {
    /// Directory the dictionaries named in the file's <Environment> are in.
    #[arg(long, value_name = "DIR")]
    pub dictionaries: Option<PathBuf>,
    /// Verb dictionary (overrides the environment).
    #[arg(long, value_name = "FILE")]
    pub verbs: Option<PathBuf>,
    /// Actor dictionaries (repeatable; override the environment).
    #[arg(long, value_name = "FILE")]
    pub actors: Vec<PathBuf>,
    /// Agent dictionary.
    #[arg(long, value_name = "FILE")]
    pub agents: Option<PathBuf>,
    /// Discard list.
    #[arg(long, value_name = "FILE")]
    pub discards: Option<PathBuf>,
    /// Skip dictionary lines that cannot be read (counted as warnings)
    /// instead of failing.
    #[arg(long)]
    pub lenient: bool,
}

#[derive(clap::Args)]
pub struct Args {
    /// Files, directories (read recursively, in name order) or `-` for stdin.
    #[arg(required = true, value_name = "PATH")]
    pub files: Vec<PathBuf>,
    /// Read every input as this format instead of detecting it
    /// (text, html, jsonl, petrarch, feed).
    #[arg(long, value_name = "F", value_parser = parse_input_format)]
    pub input_format: Option<InputFormat>,
    /// The date of documents that state none (YYYY-MM-DD): the anchor of
    /// relative dates and the date of undated events.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = crate::cmd::extract::parse_day)]
    pub date: Option<NaiveDate>,
    /// A dictionary directory laid over the built-in knowledge
    /// (`DIR/*.txt`, the format of crates/knowledge/FORMAT.md) and event
    /// patterns (`DIR/patterns/*.txt`, crates/knowledge/PATTERNS.md).
    #[arg(long, value_name = "DIR")]
    pub dictionary: Option<PathBuf>,
    #[command(flatten)]
    pub dictionaries: DictionaryArgs,
    /// With PETRARCH dictionaries: the parse to code from.
    #[arg(long, value_enum, default_value_t)]
    pub parser: ParserChoice,
    #[arg(long, value_enum, default_value_t)]
    pub format: OutputFormat,
    /// Add the pattern (file:line), the actor entries and the dependency
    /// path behind each event (JSON Lines).
    #[arg(long)]
    pub explain: bool,
    /// Stop at the first input or sentence that cannot be coded.
    #[arg(long)]
    pub strict: bool,
}

fn parse_input_format(s: &str) -> Result<InputFormat, String> {
    s.parse()
}

/// The Phoenix set PETRARCH2's default configuration loads.
const PHOENIX_VERBS: &str = "CAMEO.2.0.txt";
const PHOENIX_ACTORS: [&str; 3] = ["Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt"];
const PHOENIX_AGENTS: &str = "Phoenix.agents.txt";
const PHOENIX_DISCARDS: &str = "Phoenix.discards.txt";

impl DictionaryArgs {
    /// The files to load for a file with environment `env`.
    pub fn paths(&self, env: &Environment) -> DictionaryPaths {
        let dir = self.dictionaries.clone().unwrap_or_default();
        let in_dir = |name: &str| -> PathBuf { dir.join(name) };
        let explicit = self.verbs.is_some() || !self.actors.is_empty() || self.agents.is_some() || self.discards.is_some();
        let from_env = env.verb_file.is_some();
        let pick = |flag: &Option<PathBuf>, named: &Option<String>, phoenix: &str| -> Option<PathBuf> {
            match (flag, named) {
                (Some(p), _) => Some(p.clone()),
                (None, _) if explicit => None,
                (None, Some(n)) => Some(in_dir(n)),
                (None, None) if from_env => None,
                (None, None) => Some(in_dir(phoenix)),
            }
        };
        let actors = if !self.actors.is_empty() {
            self.actors.clone()
        } else if explicit {
            Vec::new()
        } else if !env.actor_files.is_empty() {
            env.actor_files.iter().map(|a| in_dir(a)).collect()
        } else if from_env {
            Vec::new()
        } else {
            PHOENIX_ACTORS.iter().map(|a| in_dir(a)).collect()
        };
        DictionaryPaths {
            verbs: pick(&self.verbs, &env.verb_file, PHOENIX_VERBS),
            actors,
            agents: pick(&self.agents, &env.agent_file, PHOENIX_AGENTS),
            discards: pick(&self.discards, &env.discard_file, PHOENIX_DISCARDS),
        }
    }

    /// Loads and compiles the dictionaries; warnings go to stderr.
    pub fn load(&self, env: &Environment) -> Result<Coder, CliError> {
        let paths = self.paths(env);
        let (lexicon, warnings) = load_petrarch(&paths, ReadOptions { lenient: self.lenient }).map_err(|e| {
            let hint = if self.lenient { "" } else { " (--lenient skips unreadable dictionary lines)" };
            CliError::Input(InputError { message: format!("{}{hint}", e.message), ..e })
        })?;
        if !warnings.is_empty() {
            eprintln!("demarche: {} dictionary warning(s); first: {}", warnings.len(), warnings[0]);
        }
        Ok(Coder::new(lexicon))
    }
}

/// Reads a PETRARCH XML file.
pub fn read_petrarch_file(path: &Path) -> Result<Suite, CliError> {
    let bytes = std::fs::read(path).map_err(|e| CliError::Input(InputError::in_file(path, format!("cannot read: {e}"))))?;
    let text = String::from_utf8(bytes).map_err(|e| CliError::Input(InputError::in_file(path, format!("not UTF-8: {e}"))))?;
    Ok(read_suite(&text, &path.display().to_string())?)
}

/// The coder options in effect for a record; unknown options are reported
/// once each through `warn`.
pub fn record_options(record: &Record, mut warn: impl FnMut(String)) -> CoderOptions {
    let mut options = CoderOptions::default();
    for o in &record.options {
        if let Err(m) = options.set(&o.option, &o.value) {
            warn(format!("line {}: {m}", o.line));
        }
    }
    options
}

/// Codes one record, never panicking: an internal failure is reported as
/// an error naming the sentence, and the caller goes on.
pub fn code_record(coder: &Coder, record: &Record, parser: ParserChoice, options: &CoderOptions) -> Result<SentenceCoding, String> {
    let outcome = catch_unwind(AssertUnwindSafe(|| -> Result<SentenceCoding, String> {
        match parser {
            ParserChoice::Supplied => {
                let ptb = record.parse.as_deref().ok_or("no <Parse> supplied")?;
                coder.code_treebank(ptb, &record.text, record.date, options).map_err(|e| e.to_string())
            }
            ParserChoice::Own => {
                let mut sentence = Sentence { text: record.text.clone(), end: record.text.len(), tokens: demarche_text::tokenize(&record.text), ..Sentence::default() };
                demarche_parse::Model::builtin().annotate(&mut sentence);
                if !sentence.is_parsed() {
                    return Err("the built-in parser produced no dependency tree".into());
                }
                coder.code_sentence(&sentence, record.date, options).map_err(|e| e.to_string())
            }
        }
    }));
    match outcome {
        Ok(r) => r,
        Err(panic) => {
            let what = panic.downcast_ref::<&str>().map(|s| s.to_string()).or_else(|| panic.downcast_ref::<String>().cloned()).unwrap_or_default();
            Err(format!("internal error: {what}"))
        }
    }
}

impl DictionaryArgs {
    /// Whether any PETRARCH dictionary was asked for.
    pub fn given(&self) -> bool {
        self.dictionaries.is_some() || self.verbs.is_some() || !self.actors.is_empty() || self.agents.is_some() || self.discards.is_some()
    }
}

/// Writes events in one of the output layouts.
pub struct EventWriter<W: Write> {
    out: W,
    format: OutputFormat,
    next_id: i64,
    header_done: bool,
}

impl<W: Write> EventWriter<W> {
    pub fn new(out: W, format: OutputFormat) -> EventWriter<W> {
        EventWriter { out, format, next_id: 1, header_done: false }
    }

    /// Writes one event; `root` says whether it comes from the lead
    /// paragraph, `url` the page it was read from.
    pub fn write(&mut self, e: &Event, root: bool, url: Option<&str>, outlet: Option<&str>) -> std::io::Result<()> {
        let ctx = RowContext { event_id: self.next_id, root, url, outlet, added: now(), ..RowContext::default() };
        match self.format {
            OutputFormat::Jsonl => {
                serde_json::to_writer(&mut self.out, e).map_err(std::io::Error::other)?;
                writeln!(self.out)?;
            }
            OutputFormat::Csv => {
                if !self.header_done {
                    writeln!(self.out, "{}", CSV_COLUMNS.join(","))?;
                    self.header_done = true;
                }
                writeln!(self.out, "{}", csv_row(e))?;
            }
            OutputFormat::Gdelt => writeln!(self.out, "{}", gdelt_row(e, &ctx).join("\t"))?,
            OutputFormat::Plover => {
                if let Some(r) = plover_record(e, &ctx) {
                    writeln!(self.out, "{r}")?;
                }
            }
            OutputFormat::Petrarch => {
                let date = e.date.map(|d| d.format("%Y%m%d").to_string()).unwrap_or_default();
                let clean = |t: &str| t.replace(['\t', '\n'], " ");
                writeln!(
                    self.out,
                    "{date}\t{}\t{}\t{}\t\t{}\tNULL\t{}\t{}\t{}",
                    e.source,
                    e.target,
                    e.code,
                    e.doc,
                    clean(&e.source_text),
                    clean(&e.target_text),
                    clean(&e.text)
                )?;
            }
        }
        self.next_id += 1;
        Ok(())
    }

    pub fn flush(&mut self) -> std::io::Result<()> {
        self.out.flush()
    }
}

fn now() -> i64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs() as i64)
}

/// Documents coded per parallel batch.
const BATCH: usize = 64;

pub fn run(args: Args) -> CliResult {
    if args.dictionaries.given() {
        if args.dictionary.is_some() {
            return Err(CliError::Usage("--dictionary (demarche's own format) and PETRARCH dictionaries cannot be combined".into()));
        }
        return run_petrarch(&args);
    }
    let pipeline = match &args.dictionary {
        Some(dir) => Pipeline::with_dictionary(dir)?,
        None => Pipeline::builtin(),
    }
    .explain(args.explain);
    let options = demarche_page::ReadOptions { format: args.input_format, date: args.date };
    let stdout = std::io::stdout();
    let mut writer = EventWriter::new(BufWriter::new(stdout.lock()), args.format);
    let mut errors = 0usize;
    let mut inputs = read_inputs(&args.files, &options);
    let undated = super::UndatedAsToday::new();
    loop {
        let mut batch: Vec<Document> = Vec::with_capacity(BATCH);
        for item in inputs.by_ref() {
            match item {
                Ok(mut doc) => {
                    undated.apply(&mut doc);
                    batch.push(doc);
                    if batch.len() == BATCH {
                        break;
                    }
                }
                Err(e) => {
                    if args.strict {
                        writer.flush().ok();
                        return Err(CliError::Input(e));
                    }
                    eprintln!("demarche: {e}");
                    errors += 1;
                }
            }
        }
        if batch.is_empty() {
            break;
        }
        for (doc, events) in code_batch(&pipeline, batch) {
            for e in &events {
                let root = doc.sentences.get(e.sentence).is_some_and(|s| s.paragraph == 0);
                if let Err(err) = writer.write(e, root, doc.url.as_deref(), doc.outlet.as_deref()) {
                    if err.kind() == std::io::ErrorKind::BrokenPipe {
                        return Ok(());
                    }
                    return Err(err.into());
                }
            }
        }
    }
    if let Err(e) = writer.flush() {
        if e.kind() != std::io::ErrorKind::BrokenPipe {
            return Err(e.into());
        }
    }
    undated.finish();
    if errors > 0 {
        return Err(CliError::Failed(format!("{errors} input error(s); the other documents were coded")));
    }
    Ok(())
}

/// Codes a batch on all cores. A document whose coding fails internally
/// is reported by id and left out; the others are coded.
fn code_batch(pipeline: &Pipeline, batch: Vec<Document>) -> Vec<(Document, Vec<Event>)> {
    use rayon::prelude::*;
    batch
        .into_par_iter()
        .filter_map(|doc| {
            let id = doc.id.clone();
            match catch_unwind(AssertUnwindSafe(|| pipeline.code_document(doc))) {
                Ok(r) => Some(r),
                Err(_) => {
                    eprintln!("demarche: {id}: internal error while coding; document skipped");
                    None
                }
            }
        })
        .collect()
}

/// PETRARCH XML coded with PETRARCH dictionaries (issue 4's path).
fn run_petrarch(args: &Args) -> CliResult {
    let stdout = std::io::stdout();
    let mut writer = EventWriter::new(BufWriter::new(stdout.lock()), args.format);
    let mut failures = 0usize;
    for path in &args.files {
        let suite = read_petrarch_file(path)?;
        let coder = args.dictionaries.load(&suite.environment)?;
        let mut warned = Vec::new();
        for record in &suite.records {
            let mut options = record_options(record, |m| {
                if !warned.contains(&m) {
                    eprintln!("demarche: {}: {m}", path.display());
                    warned.push(m);
                }
            });
            options.explain = args.explain;
            let coding = match code_record(&coder, record, args.parser, &options) {
                Ok(c) => c,
                Err(m) => {
                    let msg = format!("{}:{}: sentence {}: {m}", path.display(), record.line, record.id);
                    if args.strict {
                        return Err(CliError::Failed(msg));
                    }
                    eprintln!("demarche: {msg}");
                    failures += 1;
                    continue;
                }
            };
            for e in coding.events {
                let mut event = e.to_event(&record.id, 0, &record.text, record.date);
                if args.explain {
                    event.explain = Some(coder.explanation(&e));
                }
                writer.write(&event, true, None, None)?;
            }
        }
    }
    writer.flush()?;
    if failures > 0 {
        eprintln!("demarche: {failures} sentence(s) could not be coded");
    }
    Ok(())
}
