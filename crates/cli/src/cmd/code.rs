//! `demarche code`: events from PETRARCH XML (sentences with supplied parses).
//!
//! The dictionaries are those named in the file's `<Environment>`, resolved
//! against `--dictionaries DIR`, unless `--verbs/--actors/--agents/--discards`
//! name them; without either, the Phoenix set PETRARCH2 ships with.

use std::io::{BufWriter, Write};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};

use demarche_code::coder::{Coder, CoderOptions, SentenceCoding};
use demarche_code::petrarch::{load_petrarch, DictionaryPaths};
use demarche_doc::{InputError, Sentence};
use demarche_lexicon::ReadOptions;
use demarche_page::petrarch::{read_suite, Environment, Record, Suite};

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
    Json,
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
    /// PETRARCH XML files.
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
    #[command(flatten)]
    pub dictionaries: DictionaryArgs,
    /// Parse to code from.
    #[arg(long, value_enum, default_value_t)]
    pub parser: ParserChoice,
    #[arg(long, value_enum, default_value_t)]
    pub format: OutputFormat,
    /// Add the pattern and actor phrases behind each event.
    #[arg(long)]
    pub explain: bool,
    /// Stop at the first sentence that cannot be coded.
    #[arg(long)]
    pub strict: bool,
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

pub fn run(args: Args) -> CliResult {
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
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
                match args.format {
                    OutputFormat::Petrarch => {
                        // PETRARCH2's columns (write_actor_text, write_event_text on):
                        // date, source, target, code, issues, ids, story source,
                        // source text, target text, event text.
                        let date = record.date.map(|d| d.format("%Y%m%d").to_string()).unwrap_or_default();
                        let clean = |t: &str| t.replace(['\t', '\n'], " ");
                        writeln!(
                            out,
                            "{date}\t{}\t{}\t{}\t\t{}\tNULL\t{}\t{}\t{}",
                            e.source,
                            e.target,
                            e.code,
                            record.id,
                            clean(&e.source_text),
                            clean(&e.target_text),
                            clean(&record.text)
                        )?;
                    }
                    OutputFormat::Json => {
                        let mut event = e.to_event(&record.id, 0, &record.text, record.date);
                        if args.explain {
                            event.explain = Some(coder.explanation(&e));
                        }
                        serde_json::to_writer(&mut out, &event).map_err(|e| CliError::Failed(e.to_string()))?;
                        writeln!(out)?;
                    }
                }
            }
        }
    }
    out.flush()?;
    if failures > 0 {
        eprintln!("demarche: {failures} sentence(s) could not be coded");
    }
    Ok(())
}
