//! Hand-made documents and events for the store tests.
#![allow(dead_code)]

use chrono::NaiveDate;
use demarche_code::Event;
use demarche_doc::{Document, Sentence};
use demarche_store::Store;

pub fn date(text: &str) -> NaiveDate {
    text.parse().expect("a YYYY-MM-DD date")
}

/// A document whose paragraphs each hold one sentence (paragraph 0 = lead).
pub fn doc(id: &str, url: Option<&str>, outlet: Option<&str>, sentences: &[&str]) -> Document {
    let mut d = Document {
        id: id.into(),
        url: url.map(String::from),
        outlet: outlet.map(String::from),
        paragraphs: sentences.iter().map(|s| s.to_string()).collect(),
        ..Document::default()
    };
    let mut at = 0;
    for (i, s) in sentences.iter().enumerate() {
        d.sentences.push(Sentence { start: at, end: at + s.len(), text: s.to_string(), paragraph: i, ..Sentence::default() });
        at += s.len() + 2;
    }
    d
}

/// An event of `doc`'s sentence `sentence`.
pub fn event(doc: &Document, sentence: usize, when: Option<&str>, source: &str, target: &str, code: &str) -> Event {
    let mut e = Event {
        doc: doc.id.clone(),
        sentence,
        text: doc.sentences.get(sentence).map_or_else(|| format!("sentence {sentence}"), |s| s.text.clone()),
        date: when.map(date),
        source: source.into(),
        target: target.into(),
        source_text: format!("{source} officials"),
        target_text: if target.is_empty() { String::new() } else { format!("{target} officials") },
        code: code.into(),
        ..demarche_store::synth::blank_event()
    };
    e.fill_code_attributes();
    e
}

/// A fresh database in a temporary directory (kept alive by the guard).
pub fn temp_store() -> (tempdir::Dir, Store) {
    let dir = tempdir::Dir::new();
    let store = Store::open(dir.path().join("test.db")).expect("open a fresh database");
    (dir, store)
}

pub mod tempdir {
    use std::path::{Path, PathBuf};
    use std::sync::atomic::{AtomicUsize, Ordering};

    /// A directory removed when dropped.
    pub struct Dir(PathBuf);

    impl Dir {
        pub fn new() -> Dir {
            static N: AtomicUsize = AtomicUsize::new(0);
            let path = std::env::temp_dir().join(format!(
                "demarche-store-test-{}-{}",
                std::process::id(),
                N.fetch_add(1, Ordering::Relaxed)
            ));
            let _ = std::fs::remove_dir_all(&path);
            std::fs::create_dir_all(&path).expect("create a temp dir");
            Dir(path)
        }

        pub fn path(&self) -> &Path {
            &self.0
        }
    }

    impl Drop for Dir {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }
}
