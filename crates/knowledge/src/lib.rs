//! demarche's built-in knowledge base: states and territories, international
//! organisations, armed and political groups, parties, media, companies and
//! people with dated roles, each with CAMEO actor codes valid over date
//! ranges; agents (the words that turn a country into a sector actor:
//! "ministry" → `~GOV`, "troops" → `~MIL`); and the registry of CAMEO code
//! components those codes are built from.
//!
//! The data lives in `data/*.txt` in the format described in `FORMAT.md`
//! and is compiled into the binary. [`Knowledge::builtin`] parses it once;
//! [`Knowledge::load_dir`] lays a user directory over it (`--dictionary DIR`).
//! The crate exposes plain data: the coder compiles it into its own
//! dictionaries.
//!
//! ```
//! use demarche_knowledge::Knowledge;
//! let kb = Knowledge::builtin();
//! let day = chrono::NaiveDate::from_ymd_opt(2021, 5, 12).unwrap();
//! let codes: Vec<&str> = kb.resolve("Sergey Lavrov", day).iter().map(|(_, c)| c.code.as_str()).collect();
//! assert_eq!(codes, ["RUSGOV"]);
//! ```

mod date;
mod normalize;
mod parse;

use demarche_lexicon::compiled::FxHashMap as HashMap;
use std::path::Path;
use std::sync::OnceLock;

pub use chrono::NaiveDate;
pub use date::{Bound, Precision, Span};
pub use demarche_doc::InputError;
pub use normalize::{fold, is_capitals};
pub use parse::strip_comment;

include!(concat!(env!("OUT_DIR"), "/builtin_files.rs"));

/// What an actor is. The data files use the lower-case name as the
/// directive that opens an entry (`person Sergey Lavrov`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ActorKind {
    /// A sovereign or de facto state (ISO 3166-1 countries, Palestine, Kosovo …).
    State,
    /// A dependent territory or historical state entity.
    Territory,
    /// A world region (`Middle East` → `MEA`).
    Region,
    /// An intergovernmental organisation or one of its organs or agencies.
    Igo,
    /// A non-governmental organisation.
    Ngo,
    /// An armed or political-military non-state group.
    Group,
    /// A political party.
    Party,
    /// A news organisation.
    Media,
    /// A company.
    Company,
    /// A person; their codes follow the roles they held.
    Person,
    /// A place or building standing for an institution ("the Kremlin").
    Place,
    /// A named state institution ("the Knesset", "Mossad").
    Body,
    /// An ethnic or religious community ("Kurds", "Shiites").
    Community,
}

impl ActorKind {
    pub const ALL: [ActorKind; 13] = [
        ActorKind::State,
        ActorKind::Territory,
        ActorKind::Region,
        ActorKind::Igo,
        ActorKind::Ngo,
        ActorKind::Group,
        ActorKind::Party,
        ActorKind::Media,
        ActorKind::Company,
        ActorKind::Person,
        ActorKind::Place,
        ActorKind::Body,
        ActorKind::Community,
    ];

    /// The directive that opens an entry of this kind.
    pub fn as_str(self) -> &'static str {
        match self {
            ActorKind::State => "state",
            ActorKind::Territory => "territory",
            ActorKind::Region => "region",
            ActorKind::Igo => "igo",
            ActorKind::Ngo => "ngo",
            ActorKind::Group => "group",
            ActorKind::Party => "party",
            ActorKind::Media => "media",
            ActorKind::Company => "company",
            ActorKind::Person => "person",
            ActorKind::Place => "place",
            ActorKind::Body => "body",
            ActorKind::Community => "community",
        }
    }

    pub fn from_directive(word: &str) -> Option<ActorKind> {
        ActorKind::ALL.into_iter().find(|k| k.as_str() == word)
    }
}

/// Where a fact was written (the file name is shared by all its lines).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Location {
    pub(crate) file: std::rc::Rc<str>,
    pub(crate) line: usize,
}

impl Location {
    pub(crate) fn new(file: &str, line: usize) -> Location {
        Location { file: file.into(), line }
    }

    fn error(&self, message: impl Into<String>) -> InputError {
        InputError::at_line(&*self.file, self.line, message)
    }
}

impl std::fmt::Display for Location {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}", self.file, self.line)
    }
}

/// The grammatical form of a name.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum NameForm {
    /// A noun phrase naming the actor ("Russia", "the Kremlin", "Netanyahu").
    Noun,
    /// An adjective or demonym used as a modifier ("Russian", "Emirati").
    Adjective,
}

/// One name of an actor.
#[derive(Clone, Debug, PartialEq)]
pub struct Name {
    /// As written in the data.
    pub text: String,
    /// The lookup key (see [`Knowledge::key`]).
    pub key: String,
    pub form: NameForm,
    /// Written in capitals (an acronym such as `US` or `WHO`): matches only
    /// text written in capitals.
    pub capitals_only: bool,
    /// Starts with a capital letter (a proper name such as `Rice` or `Ban`):
    /// matches only text that starts with a capital, so that "rice" and
    /// "a ban" stay common words.
    pub capitalized: bool,
    /// Carried by entries of several states on the same days (`shared`
    /// lines: "Democratic Party"); the coder picks one by the story.
    pub shared: bool,
    pub line: usize,
}

/// One code of an actor with the dates it is valid and the role behind it.
#[derive(Clone, Debug, PartialEq)]
pub struct CodeSpan {
    /// The CAMEO actor code, e.g. `RUSGOV`, `IGOUNO`, `PSEREBHMS`.
    pub code: String,
    pub span: Span,
    /// Office keys (`hos`, `hog`, `fm` …; see the `office` lines) held in
    /// this role.
    pub offices: Vec<String>,
    /// The role or title, free text ("Foreign Minister").
    pub note: String,
    pub line: usize,
}

impl CodeSpan {
    pub fn holds(&self, office: &str) -> bool {
        self.offices.iter().any(|o| o == office)
    }
}

/// An entry of the knowledge base.
#[derive(Clone, Debug, PartialEq)]
pub struct Actor {
    pub kind: ActorKind,
    /// The canonical name as written after the directive; unique per kind.
    /// A trailing `(qualifier)` tells namesakes apart and is not a name.
    pub name: String,
    /// All names, the canonical one (without qualifier) first.
    pub names: Vec<Name>,
    /// Codes in the order written; where several are valid on one day the
    /// first one written is the actor's primary code.
    pub codes: Vec<CodeSpan>,
    pub file: String,
    pub line: usize,
}

impl Actor {
    /// The codes valid on `date`, primary first.
    pub fn codes_on(&self, date: NaiveDate) -> impl Iterator<Item = &CodeSpan> {
        self.codes.iter().filter(move |c| c.span.contains(date))
    }

    /// The primary code on `date`, if the actor has one then.
    pub fn code_on(&self, date: NaiveDate) -> Option<&str> {
        self.codes_on(date).next().map(|c| c.code.as_str())
    }
}

/// Whether an agent's code goes after the actor's code (`~GOV`: RUS →
/// RUSGOV) or before it (`NGO~`: RUS → NGORUS).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Attach {
    Suffix,
    Prefix,
}

/// A word that turns an actor into a sector actor ("ministry" → `~GOV`).
#[derive(Clone, Debug, PartialEq)]
pub struct Agent {
    pub phrase: String,
    pub key: String,
    /// The plural as written or generated; `None` for words without one
    /// ("police", "troops").
    pub plural: Option<String>,
    pub plural_key: Option<String>,
    /// The code without the `~`.
    pub code: String,
    pub attach: Attach,
    /// The office the word names, for finding its holder ("president" → `hos`).
    pub office: Option<String>,
    pub file: String,
    pub line: usize,
}

impl Agent {
    /// Combines the agent with an actor code: RUS + `~GOV` → RUSGOV,
    /// RUS + `NGO~` → NGORUS. A code that already ends (or, for a prefix,
    /// starts) with the agent's code is returned unchanged, so that "the
    /// Duma's foreign affairs committee" stays RUSLEG.
    pub fn apply(&self, actor_code: &str) -> String {
        match self.attach {
            Attach::Suffix if ends_with_component(actor_code, &self.code) => actor_code.to_string(),
            Attach::Prefix if actor_code.starts_with(&self.code) => actor_code.to_string(),
            Attach::Suffix => format!("{actor_code}{}", self.code),
            Attach::Prefix => format!("{}{actor_code}", self.code),
        }
    }
}

/// A period in which an office was vacant, abolished or not yet created
/// (`vacant`), or in which the data does not record its holder (`unrecorded`),
/// so that coverage checks can tell a real or known gap from missing data.
#[derive(Clone, Debug, PartialEq)]
pub struct Vacancy {
    /// `false` for a real vacancy, `true` for a holder the data does not record.
    pub unrecorded: bool,
    pub country: String,
    pub office: String,
    pub span: Span,
    pub note: String,
    pub file: String,
    pub line: usize,
}

/// What a three-letter code component stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Category {
    /// A state or territory (ISO 3166-1 alpha-3 as CAMEO uses it, plus CAMEO's own).
    Country,
    /// A CAMEO region (`MEA`, `AFR`, `WST` …).
    Region,
    /// A sector or role (`GOV`, `MIL`, `REB` …), including the international
    /// actor types `IGO`, `NGO`, `IMG`, `MNC`.
    Sector,
    /// A named organisation or group (`UNO`, `NAT`, `HMS` …).
    Group,
    Religion,
    Ethnic,
}

impl Category {
    fn from_directive(word: &str) -> Option<Category> {
        Some(match word {
            "country-code" => Category::Country,
            "region-code" => Category::Region,
            "sector-code" => Category::Sector,
            "group-code" => Category::Group,
            "religion-code" => Category::Religion,
            "ethnic-code" => Category::Ethnic,
            _ => return None,
        })
    }
}

/// One registered code component.
#[derive(Clone, Debug, PartialEq)]
pub struct Component {
    pub code: String,
    pub category: Category,
    pub label: String,
}

/// The registry of code components and office keys.
#[derive(Clone, Debug, Default)]
pub struct Registry {
    components: HashMap<String, Component>,
    offices: HashMap<String, String>,
}

impl Registry {
    pub fn component(&self, code: &str) -> Option<&Component> {
        self.components.get(code)
    }

    pub fn components(&self) -> impl Iterator<Item = &Component> {
        self.components.values()
    }

    /// The label of an office key (`hos` → "head of state").
    pub fn office(&self, key: &str) -> Option<&str> {
        self.offices.get(key).map(String::as_str)
    }

    /// Splits a code into registered components, or says which part is not
    /// one.
    pub fn split(&self, code: &str) -> Result<Vec<&Component>, String> {
        if code.is_empty() || !code.len().is_multiple_of(3) || !code.bytes().all(|b| b.is_ascii_uppercase()) {
            return Err(format!("bad code `{code}` (expected three-letter capital components such as RUSGOV)"));
        }
        (0..code.len())
            .step_by(3)
            .map(|i| {
                let part = &code[i..i + 3];
                self.component(part).ok_or_else(|| format!("unknown code component `{part}` in `{code}`"))
            })
            .collect()
    }
}

/// An index entry: an actor and which of its names has the key.
#[derive(Clone, Copy, Debug)]
pub(crate) struct NameRef {
    pub(crate) actor: usize,
    pub(crate) name: usize,
}

/// The knowledge base.
#[derive(Clone, Debug, Default)]
pub struct Knowledge {
    actors: Vec<Actor>,
    agents: Vec<Agent>,
    vacancies: Vec<Vacancy>,
    registry: Registry,
    spellings: normalize::Spellings,
    by_name: HashMap<String, Vec<NameRef>>,
    by_agent: HashMap<String, Vec<(usize, bool)>>,
    by_canonical: HashMap<(ActorKind, String), usize>,
}

impl Knowledge {
    /// The built-in knowledge base, parsed on first use.
    pub fn builtin() -> &'static Knowledge {
        static BUILTIN: OnceLock<Knowledge> = OnceLock::new();
        BUILTIN.get_or_init(|| {
            // The built-in files are checked by this crate's tests, so an
            // error here is a build defect.
            Knowledge::from_texts(BUILTIN_FILES.iter().copied()).unwrap_or_else(|e| panic!("built-in knowledge: {e}"))
        })
    }

    /// The built-in files as `(path, text)` pairs, for tools and tests.
    pub fn builtin_files() -> &'static [(&'static str, &'static str)] {
        BUILTIN_FILES
    }

    /// The built-in event pattern files (`patterns/*.txt`, in the format of
    /// `PATTERNS.md`) as `(path, text)` pairs in path order, which is the
    /// patterns' tie order. The coder compiles them (`demarche-code`).
    pub fn builtin_pattern_files() -> &'static [(&'static str, &'static str)] {
        BUILTIN_PATTERN_FILES
    }

    /// The pattern files of a user dictionary directory: every `.txt` file
    /// under `DIR/patterns/`, in path order; none if there is no such
    /// directory. They come after the built-in ones in tie order.
    pub fn pattern_files_in(dir: impl AsRef<Path>) -> Result<Vec<(String, String)>, InputError> {
        let patterns = dir.as_ref().join(PATTERNS_DIR);
        if !patterns.is_dir() {
            return Ok(Vec::new());
        }
        read_dir_files(&patterns, false)
    }

    /// Parses a standalone knowledge base from `(file name, text)` pairs.
    pub fn from_texts<'a>(files: impl IntoIterator<Item = (&'a str, &'a str)>) -> Result<Knowledge, InputError> {
        parse::build(vec![parse::parse_layer(files)]).map_err(first_error)
    }

    /// The built-in knowledge with a user directory laid over it: every
    /// `.txt` file under `dir` (recursively, in path order; the event
    /// patterns under `dir/patterns/` are not knowledge files and are
    /// read by [`Knowledge::pattern_files_in`]). An entry with
    /// the kind and canonical name of a built-in one replaces it; an agent
    /// with a built-in agent's phrase replaces it; everything else extends.
    pub fn load_dir(dir: impl AsRef<Path>) -> Result<Knowledge, InputError> {
        let files = read_dir_files(dir.as_ref(), true)?;
        let user = parse::parse_layer(files.iter().map(|(p, t)| (p.as_str(), t.as_str())));
        let builtin = parse::parse_layer(BUILTIN_FILES.iter().copied());
        parse::build(vec![builtin, user]).map_err(first_error)
    }

    /// Every problem in a set of files (the loaders stop at the first).
    pub fn lint<'a>(files: impl IntoIterator<Item = (&'a str, &'a str)>) -> Vec<InputError> {
        parse::build(vec![parse::parse_layer(files)]).err().unwrap_or_default()
    }

    /// The lookup key of a phrase: case, diacritics and punctuation folded,
    /// words in their canonical spelling (`spelling` lines).
    pub fn key(&self, phrase: &str) -> String {
        self.spellings.key(phrase)
    }

    pub fn actors(&self) -> &[Actor] {
        &self.actors
    }

    pub fn agents(&self) -> &[Agent] {
        &self.agents
    }

    pub fn vacancies(&self) -> &[Vacancy] {
        &self.vacancies
    }

    pub fn registry(&self) -> &Registry {
        &self.registry
    }

    /// The entry of a kind with a canonical name (qualifier included).
    pub fn find(&self, kind: ActorKind, canonical: &str) -> Option<&Actor> {
        self.by_canonical.get(&(kind, self.key(canonical))).map(|&i| &self.actors[i])
    }

    /// Every name with its key, for compiling lookup structures.
    pub fn names(&self) -> impl Iterator<Item = (&Actor, &Name)> {
        self.actors.iter().flat_map(|a| a.names.iter().map(move |n| (a, n)))
    }

    /// The actors a phrase of text names, with the matching name. Names
    /// written in capitals match only text in capitals, names starting with
    /// a capital only text starting with one; a leading "the" is tried
    /// without when nothing matches with it.
    pub fn lookup(&self, text: &str) -> Vec<(&Actor, &Name)> {
        let key = self.key(text);
        let found = self.lookup_key(&key, text);
        if found.is_empty() {
            if let (Some(rest), Some(text)) = (key.strip_prefix("the "), strip_article(text)) {
                return self.lookup_key(rest, text);
            }
        }
        found
    }

    fn lookup_key(&self, key: &str, text: &str) -> Vec<(&Actor, &Name)> {
        let capitals = is_capitals(text);
        let capitalized = starts_with_capital(text);
        self.by_name
            .get(key)
            .into_iter()
            .flatten()
            .map(|r| (&self.actors[r.actor], &self.actors[r.actor].names[r.name]))
            .filter(|(_, n)| (capitals || !n.capitals_only) && (capitalized || !n.capitalized))
            .collect()
    }

    /// The actors a phrase names that have a code on `date`, with the
    /// primary code of each.
    pub fn resolve(&self, text: &str, date: NaiveDate) -> Vec<(&Actor, &CodeSpan)> {
        let mut out: Vec<(&Actor, &CodeSpan)> = Vec::new();
        for (actor, _) in self.lookup(text) {
            if out.iter().any(|(a, _)| std::ptr::eq(*a, actor)) {
                continue;
            }
            if let Some(code) = actor.codes_on(date).next() {
                out.push((actor, code));
            }
        }
        out
    }

    /// The agents a word or phrase names, each with whether the plural
    /// form matched.
    pub fn agent(&self, text: &str) -> Vec<(&Agent, bool)> {
        let key = self.key(text);
        self.by_agent.get(&key).into_iter().flatten().map(|&(i, plural)| (&self.agents[i], plural)).collect()
    }

    /// Who held an office on a date: people with a code carrying the office
    /// key and belonging to `actor_code`. For a country (`RUS`) that is the
    /// country code followed by sector components (`RUSGOV`, `RUSLEG`); for
    /// an organisation (`IGOUNO`) it is the code itself, so that the heads of
    /// `IGOUNOWHO` or `IGOUNOREF` (UNRWA) are not taken for the UN's.
    pub fn holders(&self, actor_code: &str, office: &str, date: NaiveDate) -> Vec<(&Actor, &CodeSpan)> {
        let country = self.registry.component(actor_code).is_some_and(|c| c.category == Category::Country);
        let belongs = |code: &str| {
            code.strip_prefix(actor_code).is_some_and(|rest| {
                (country || rest.is_empty())
                    && rest.len().is_multiple_of(3)
                    && (0..rest.len()).step_by(3).all(|i| self.registry.component(&rest[i..i + 3]).is_some_and(|c| c.category == Category::Sector))
            })
        };
        self.actors
            .iter()
            .flat_map(|a| a.codes.iter().map(move |c| (a, c)))
            .filter(|(_, c)| c.holds(office) && c.span.contains(date) && belongs(&c.code))
            .collect()
    }
}

/// Whether `code` ends with `tail` on a component boundary.
fn ends_with_component(code: &str, tail: &str) -> bool {
    code.len() > tail.len() && code.ends_with(tail) && (code.len() - tail.len()).is_multiple_of(3)
}

/// Whether the first letter of a phrase is a capital.
pub(crate) fn starts_with_capital(phrase: &str) -> bool {
    phrase.chars().find(|c| c.is_alphabetic()).is_some_and(char::is_uppercase)
}

/// `the Kremlin` → `Kremlin` (any case of "the").
fn strip_article(text: &str) -> Option<&str> {
    let text = text.trim_start();
    let (article, rest) = text.split_at_checked(3)?;
    (article.eq_ignore_ascii_case("the") && rest.starts_with(char::is_whitespace)).then(|| rest.trim_start())
}

fn first_error(mut errors: Vec<InputError>) -> InputError {
    errors.swap_remove(0)
}

/// The subdirectory of a dictionary directory that holds event patterns.
const PATTERNS_DIR: &str = "patterns";

/// Reads every `.txt` file under `dir`, recursively, in path order; with
/// `knowledge`, the top-level `patterns/` directory is left out (and a
/// directory with pattern files only is fine).
fn read_dir_files(dir: &Path, knowledge: bool) -> Result<Vec<(String, String)>, InputError> {
    fn walk(dir: &Path, out: &mut Vec<std::path::PathBuf>, skip: Option<&Path>) -> Result<(), InputError> {
        let entries = std::fs::read_dir(dir).map_err(|e| InputError::in_file(dir, format!("cannot read dictionary directory: {e}")))?;
        let mut paths = Vec::new();
        for entry in entries {
            paths.push(entry.map_err(|e| InputError::in_file(dir, e.to_string()))?.path());
        }
        paths.sort();
        for path in paths {
            if Some(path.as_path()) == skip {
                continue;
            }
            if path.is_dir() {
                walk(&path, out, None)?;
            } else if path.extension().is_some_and(|x| x == "txt") {
                out.push(path);
            }
        }
        Ok(())
    }
    let mut paths = Vec::new();
    let patterns = dir.join(PATTERNS_DIR);
    walk(dir, &mut paths, knowledge.then_some(patterns.as_path()))?;
    if paths.is_empty() && !(knowledge && patterns.is_dir()) {
        return Err(InputError::in_file(dir, "no .txt dictionary files in this directory"));
    }
    paths
        .into_iter()
        .map(|path| {
            let bytes = std::fs::read(&path).map_err(|e| InputError::in_file(&path, e.to_string()))?;
            let text = String::from_utf8(bytes).map_err(|e| {
                let line = e.as_bytes()[..e.utf8_error().valid_up_to()].iter().filter(|&&b| b == b'\n').count() + 1;
                InputError::at_line(&path, line, "invalid UTF-8")
            })?;
            Ok((path.display().to_string(), text))
        })
        .collect()
}
