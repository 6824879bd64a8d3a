//! `demarche train`: train the tagger, lemmatizer, feature and parser model.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use demarche_doc::{conllu, Sentence};
use demarche_parse::{Model, Progress, TrainOptions};
use indicatif::{ProgressBar, ProgressStyle};

use crate::error::{CliError, CliResult};

#[derive(clap::Args)]
pub struct Args {
    /// Annotated CoNLL-U training file (e.g. UD English EWT train).
    #[arg(long)]
    train: PathBuf,
    /// Annotated CoNLL-U dev file: scored after every epoch; the best epoch is kept.
    #[arg(long)]
    dev: PathBuf,
    /// Where to write the model file.
    #[arg(long)]
    out: PathBuf,
    /// Seed for shuffling and exploration (same seed, same data → same model bytes).
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Parser training epochs (default 20).
    #[arg(long)]
    epochs: Option<usize>,
    /// Tagger training epochs.
    #[arg(long)]
    tagger_epochs: Option<usize>,
    /// Drop parser features updated fewer times than this in training (default 3; smaller, faster model).
    #[arg(long)]
    parser_prune: Option<f64>,
    /// Drop tagger features updated fewer times than this in training (default 3).
    #[arg(long)]
    tagger_prune: Option<f64>,
    /// Jackknifing folds for the parser's training tags (default 5; 2 for quick experiments).
    #[arg(long)]
    folds: Option<usize>,
    /// Train the parser globally with a beam of this width (structured
    /// perceptron, max-violation update); the model then parses with that
    /// beam. Default 1: greedy training with the dynamic oracle.
    #[arg(long)]
    beam: Option<usize>,
}

/// Reads an annotated CoNLL-U file as demarche sentences.
pub fn read_sentences(path: &Path) -> Result<Vec<Sentence>, CliError> {
    let blocks = conllu::read_file(path)?;
    Ok(blocks.iter().map(conllu::ConlluSentence::to_sentence).collect())
}

struct Bars {
    bar: ProgressBar,
}

impl Progress for Bars {
    fn stage(&self, name: &str, total: u64) {
        self.bar.reset();
        self.bar.set_length(total);
        self.bar.set_message(name.to_string());
    }
    fn advance(&self, n: u64) {
        self.bar.inc(n);
    }
    fn line(&self, text: &str) {
        if self.bar.is_hidden() {
            eprintln!("{text}");
        } else {
            self.bar.println(text);
        }
    }
}

pub fn run(args: Args) -> CliResult {
    let started = Instant::now();
    let train = read_sentences(&args.train)?;
    let dev = read_sentences(&args.dev)?;
    let mut options = TrainOptions { seed: args.seed, ..TrainOptions::default() };
    if let Some(e) = args.epochs {
        options.parser_epochs = e.max(1);
    }
    if let Some(e) = args.tagger_epochs {
        options.tagger_epochs = e.max(1);
    }
    if let Some(p) = args.parser_prune {
        options.parser_prune = p;
    }
    if let Some(p) = args.tagger_prune {
        options.tagger_prune = p;
    }
    if let Some(k) = args.folds {
        options.folds = k.max(2);
    }
    if let Some(b) = args.beam {
        options.parser_beam = b.clamp(1, 64);
    }
    let name = |p: &Path| p.file_name().map_or_else(|| p.display().to_string(), |n| n.to_string_lossy().into_owned());
    options.info = format!(
        "demarche train --train {} --dev {} --seed {} (tagger epochs {}, parser epochs {}, {} jackknife folds, prune tagger {} parser {})",
        name(&args.train),
        name(&args.dev),
        options.seed,
        options.tagger_epochs,
        options.parser_epochs,
        options.folds,
        options.tagger_prune,
        options.parser_prune
    );
    if options.parser_beam > 1 {
        options.info.push_str(&format!(", parser trained with a beam of {}", options.parser_beam));
    }
    eprintln!("training on {} sentences, scoring on {} dev sentences", train.len(), dev.len());
    let bar = ProgressBar::new(0);
    bar.set_style(
        ProgressStyle::with_template("{msg:>12} [{bar:40}] {pos}/{len} ({elapsed}, eta {eta})")
            .expect("valid template")
            .progress_chars("=> "),
    );
    bar.enable_steady_tick(Duration::from_millis(250));
    let progress = Bars { bar };
    let model = Model::train(&train, &dev, &options, &progress).map_err(CliError::Failed)?;
    progress.bar.finish_and_clear();
    model.save(&args.out)?;
    let size = std::fs::metadata(&args.out).map(|m| m.len()).unwrap_or(0);
    let [tagger, features, parser] = model.sizes();
    eprintln!(
        "weights: tagger {:.1} MB, features {:.1} MB, parser {:.1} MB",
        tagger as f64 / 1e6,
        features as f64 / 1e6,
        parser as f64 / 1e6
    );
    eprintln!(
        "wrote {} ({:.1} MB) in {:.1} min",
        args.out.display(),
        size as f64 / 1e6,
        started.elapsed().as_secs_f64() / 60.0
    );
    Ok(())
}
