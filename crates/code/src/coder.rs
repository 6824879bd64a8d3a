//! The coder: verbs → dictionary senses → patterns matched over the verb's
//! clause → source and target actor phrases → events.
//!
//! Roles come from the dependency tree: the source is the verb's subject
//! (the by-phrase of a passive; the subject of the governing clause for
//! controlled, coordinated and pronoun-subject clauses), the target the
//! first actor phrase after the verb in its clause; pattern slots override
//! both. A verb that codes covers the rest of its clause, so embedded verbs
//! are not coded again (unless a transformation combines them).

use chrono::{Datelike, NaiveDate};
use demarche_doc::Sentence;
use demarche_lexicon::{AgentPosition, Discard, WordId};

use crate::convert::{convert_treebank_reusing, ConvertBuffers, DepToken};
use crate::deps::{Rel, Tag};
use crate::model::{Codes, CodeId, Element, ElementKind, Lexicon, Pattern, Role, Slot, TransformActor, Voice};
use crate::tree::TreeError;
use crate::view::{CommaRules, TokenIn, View, NONE};

/// Per-run options (PETRARCH's `<Config>` options among them).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CoderOptions {
    /// Drop events whose source or target is the null actor `---`.
    pub require_dyad: bool,
    /// Uncoded actor phrases of at most this many words are written as
    /// their quoted text (`"INJURY TOLL"`); 0 turns this off.
    pub new_actor_length: usize,
    pub commas: CommaRules,
    /// Code events whose clause has no target phrase (empty target).
    /// PETRARCH does not; demarche's own patterns will.
    pub one_sided: bool,
    /// Record the dependency path of each event's actors ([`CodedEvent::path`]).
    pub explain: bool,
}

impl Default for CoderOptions {
    fn default() -> CoderOptions {
        CoderOptions { require_dyad: true, new_actor_length: 0, commas: CommaRules::default(), one_sided: false, explain: false }
    }
}

impl CoderOptions {
    /// Applies a PETRARCH `<Config option= value=>`; unknown options and
    /// bad values are errors (the caller decides whether to warn).
    pub fn set(&mut self, option: &str, value: &str) -> Result<(), String> {
        let number = || value.trim().parse::<usize>().map_err(|_| format!("option {option} needs a whole number, not `{value}`"));
        let flag = !value.trim().eq_ignore_ascii_case("false");
        match option.trim().to_ascii_lowercase().as_str() {
            "require_dyad" => self.require_dyad = flag,
            "new_actor_length" => self.new_actor_length = number()?,
            "comma_min" => self.commas.min = number()?,
            "comma_max" => self.commas.max = number()?,
            "comma_bmin" => self.commas.bmin = number()?,
            "comma_bmax" => self.commas.bmax = number()?,
            "comma_emin" => self.commas.emin = number()?,
            "comma_emax" => self.commas.emax = number()?,
            // Options that change how PETRARCH runs, not what it codes.
            "stop_on_error" | "write_actor_root" | "write_actor_text" | "write_event_text" | "code_by_sentence" => {}
            other => return Err(format!("unknown option `{other}`")),
        }
        Ok(())
    }
}

/// One coded event, before it becomes a [`crate::Event`] record.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CodedEvent {
    pub source: String,
    pub target: String,
    pub code: String,
    pub source_text: String,
    pub target_text: String,
    /// Index of the verb word in the sentence.
    pub verb: u32,
    /// What gave the code ([`Coder::describe`] writes it out).
    pub rule: Rule,
    /// The actor dictionary entries of source and target, if any.
    pub source_actor: Option<u32>,
    pub target_actor: Option<u32>,
    /// With [`CoderOptions::explain`]: how source and target relate to the
    /// verb in the dependency tree (`nsubj(condemned) obl:by(condemned)`).
    pub path: String,
}

impl CodedEvent {
    /// The public event record (`doc` id, sentence index, sentence text,
    /// date), with root code, QuadClass, Goldstein and PLOVER filled in.
    pub fn to_event(&self, doc: &str, sentence: usize, text: &str, date: Option<NaiveDate>) -> crate::Event {
        let mut e = crate::Event {
            doc: doc.to_string(),
            sentence,
            text: text.to_string(),
            date,
            source: self.source.clone(),
            target: self.target.clone(),
            source_text: self.source_text.clone(),
            target_text: self.target_text.clone(),
            code: self.code.clone(),
            root_code: String::new(),
            quad_class: 0,
            goldstein: 0.0,
            plover: String::new(),
            explain: None,
        };
        e.fill_code_attributes();
        e
    }
}

/// The dictionary entry an event came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rule {
    /// A pattern (index into [`Lexicon::patterns`]).
    Pattern(u32),
    /// A verb's own code (index into [`Lexicon::senses`]).
    Verb(u32),
    /// A transformation (index into [`Lexicon::transforms`]).
    Transformation(u32),
}

/// What coding one sentence produced.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SentenceCoding {
    pub events: Vec<CodedEvent>,
    /// Set when a discard phrase matched (then there are no events).
    pub discard: Option<Discard>,
}

/// Why a sentence could not be coded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CodeError {
    /// The supplied parse is not a well-formed tree.
    BadParse(TreeError),
    /// Neither tokens with a dependency tree nor a supplied parse.
    NotParsed,
}

impl std::fmt::Display for CodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CodeError::BadParse(e) => write!(f, "bad supplied parse: {e}"),
            CodeError::NotParsed => f.write_str("sentence has no parse"),
        }
    }
}

impl std::error::Error for CodeError {}

/// A coder over a compiled [`Lexicon`].
#[derive(Debug, Default)]
pub struct Coder {
    pub lexicon: Lexicon,
    /// Per pattern, up to two words it requires ([`NONE`] if fewer), kept
    /// densely apart from the patterns: the per-verb pattern loop rejects
    /// most patterns from these without touching the patterns themselves.
    quick: Vec<[WordId; 2]>,
    /// The words of [`Lexicon::edge_synsets`] as a bit set by id: most
    /// words of a sentence are not in the map, and this says so without
    /// a lookup.
    edge_words: Vec<u64>,
}

/// Bits of the per-sentence word filter (a power of two).
const PRESENT_BITS: usize = 4096;

/// Whether word `w` may be in the sentence whose words set `bits`
/// ([`NONE`] always may: it stands for no requirement).
#[inline]
fn maybe_present(bits: &[u64; PRESENT_BITS / 64], w: WordId) -> bool {
    let i = w as usize % PRESENT_BITS;
    w == NONE || bits[i / 64] & (1 << (i % 64)) != 0
}

/// Actor phrases a pattern bound.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Binding {
    source: Option<u32>,
    target: Option<u32>,
    compound: Option<u32>,
    /// `%` after the verb: the compound is the target (`agree with % …`);
    /// before it, its members act on each other.
    compound_after: bool,
}

/// One actor of an expanded phrase: its code (or `---`) and its words.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Member {
    code: String,
    /// The phrase's words (token indices, in order; no punctuation).
    tokens: Vec<u32>,
    /// The actor dictionary entry found in it.
    actor: Option<u32>,
}

/// The dictionary entries of an actor phrase, found once for both rating
/// and coding it.
#[derive(Debug)]
struct PhraseScan {
    /// The phrase's words without punctuation (token indices, in order).
    kept: Vec<u32>,
    /// How many words were looked up (possessive marks left out).
    n_words: usize,
    /// The first actor: (first word, end, record).
    actor: Option<(usize, usize, u32)>,
    /// Agent records outside the actor, in order (at most eight).
    agents: [u32; 8],
    n_agents: usize,
}

/// How strongly a phrase is coded: an actor, an agent only, nothing.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Strength {
    Null,
    Agent,
    Actor,
}

fn member_strength(code: &str) -> Strength {
    if code == "---" || code.starts_with('"') {
        Strength::Null
    } else if code.starts_with("---") {
        Strength::Agent
    } else {
        Strength::Actor
    }
}

const MAX_MEMBERS: usize = 24;

impl Coder {
    pub fn new(mut lexicon: Lexicon) -> Coder {
        lexicon.prepare();
        let quick = lexicon
            .patterns
            .iter()
            .map(|p| {
                let each = &p.required.each;
                [each.first().copied().unwrap_or(NONE), each.get(1).copied().unwrap_or(NONE)]
            })
            .collect();
        let mut edge_words: Vec<u64> = Vec::new();
        // Ids are dense (vocabulary indices); NONE is never a sentence word.
        for &w in lexicon.edge_synsets.keys().filter(|&&w| w != NONE) {
            let i = w as usize;
            if i / 64 >= edge_words.len() {
                edge_words.resize(i / 64 + 1, 0);
            }
            edge_words[i / 64] |= 1 << (i % 64);
        }
        Coder { lexicon, quick, edge_words }
    }

    /// `file:line: text` of the entry behind an event.
    pub fn describe(&self, rule: Rule) -> String {
        let lex = &self.lexicon;
        match rule {
            Rule::Pattern(p) => {
                let p = &lex.patterns[p as usize];
                format!("{}: {}", lex.origin(&p.origin), p.text)
            }
            Rule::Verb(s) => {
                let sense = &lex.senses[s as usize];
                format!("{}: --- {} ---", lex.origin(&sense.origin), lex.blocks[sense.block as usize].meaning)
            }
            Rule::Transformation(t) => format!("{}: transformation", lex.origin(&lex.transforms[t as usize].origin)),
        }
    }

    /// The `--explain` record of an event: its rule, the actor entries
    /// behind source and target, and the dependency path.
    pub fn explanation(&self, e: &CodedEvent) -> crate::Explanation {
        let entry = |a: Option<u32>| -> String {
            a.map(|id| {
                let r = &self.lexicon.actors.records[id as usize];
                let file = self.lexicon.actors.files.get(r.origin.file as usize).map_or("?", String::as_str);
                format!("{file}:{}: {}", r.origin.line, r.phrase)
            })
            .unwrap_or_default()
        };
        crate::Explanation { pattern: self.describe(e.rule), source_entry: entry(e.source_actor), target_entry: entry(e.target_actor), path: e.path.clone() }
    }

    /// Checks a sentence text against the discard list.
    pub fn discard(&self, text: &str) -> Option<Discard> {
        self.lexicon.discards.check_text(&self.lexicon.vocab, text)
    }

    /// Codes a sentence given as a Penn-Treebank parse (PETRARCH XML),
    /// with its text for the discard check.
    pub fn code_treebank(&self, ptb: &str, text: &str, date: Option<NaiveDate>, options: &CoderOptions) -> Result<SentenceCoding, CodeError> {
        if let Some(d) = self.discard(text) {
            return Ok(SentenceCoding { events: Vec::new(), discard: Some(d) });
        }
        // Storage is reused across sentences (per thread); a nested call
        // simply finds the slot empty and starts afresh.
        // Boxed, so taking and returning it moves a pointer, not the
        // (kilobyte-sized) struct.
        let mut ws = WORKSPACE.with(|w| w.take()).unwrap_or_default();
        let mut convert = ws.convert.recycle();
        let mut deps: Vec<DepToken<'_>> = crate::recycle(std::mem::take(&mut ws.deps));
        let converted = convert_treebank_reusing(ptb, &mut deps, &mut convert);
        let result = converted.map_err(CodeError::BadParse).map(|()| {
            let mut view = std::mem::take(&mut ws.view).recycle();
            view.build_ordered(&self.lexicon, &deps, Some(convert.attach_order()), options.commas);
            let events = self.code_view(&view, date, options, &mut ws.run);
            ws.view = view.recycle();
            SentenceCoding { events, discard: None }
        });
        ws.convert = convert.recycle();
        ws.deps = crate::recycle(deps);
        WORKSPACE.with(|w| w.set(Some(ws)));
        result
    }

    /// Codes a [`Sentence`]: its own dependency tree if it has one
    /// (our parser's), else its supplied parse.
    pub fn code_sentence(&self, sentence: &Sentence, date: Option<NaiveDate>, options: &CoderOptions) -> Result<SentenceCoding, CodeError> {
        if sentence.is_parsed() {
            if let Some(d) = self.discard(&sentence.text) {
                return Ok(SentenceCoding { events: Vec::new(), discard: Some(d) });
            }
            let tokens: Vec<TokenIn<'_>> = sentence
                .tokens
                .iter()
                .map(|t| TokenIn {
                    form: &t.form,
                    lemma: Some(t.lemma.as_str()),
                    tag: if t.xpos.is_empty() { Tag::from_upos(&t.upos) } else { Tag::from_treebank(&t.xpos) },
                    head: t.head,
                    rel: Rel::from_ud(&t.deprel),
                })
                .collect();
            return Ok(SentenceCoding { events: self.code_tokens(&tokens, date, options), discard: None });
        }
        match &sentence.supplied_parse {
            Some(demarche_doc::SuppliedParse::Treebank(ptb)) => self.code_treebank(ptb, &sentence.text, date, options),
            _ => Err(CodeError::NotParsed),
        }
    }

    /// Codes tokens that carry a dependency tree.
    pub fn code_tokens(&self, tokens: &[TokenIn<'_>], date: Option<NaiveDate>, options: &CoderOptions) -> Vec<CodedEvent> {
        let view = View::builds(&self.lexicon, tokens, options.commas);
        self.code_view(&view, date, options, &mut RunBuffers::default())
    }

    /// Codes a sentence whose view is built.
    fn code_view(&self, view: &View<'_>, date: Option<NaiveDate>, options: &CoderOptions, buffers: &mut RunBuffers) -> Vec<CodedEvent> {
        let mut covered = std::mem::take(&mut buffers.covered);
        covered.clear();
        covered.resize(view.len(), false);
        let mut members = std::mem::take(&mut buffers.members);
        // The last sentence's member lists and word vectors are kept for
        // reuse rather than freed and allocated again.
        for list in members.iter_mut().filter_map(Option::take) {
            buffers.member_lists.push(list);
        }
        for list in &mut buffers.member_lists {
            buffers.pool.extend(list.drain(..).map(|m| m.tokens));
        }
        buffers.pool.extend(buffers.scans.iter_mut().filter_map(Option::take).map(|s| s.kept));
        members.clear();
        members.resize(view.units.len(), None);
        let mut present = std::mem::take(&mut buffers.present);
        present.clear();
        let mut run = Run {
            lex: &self.lexicon,
            quick: &self.quick,
            edge_words: &self.edge_words,
            present_bits: [0; PRESENT_BITS / 64],
            view,
            options,
            date: date.map(|d| d.year() as u32 * 10000 + d.month() * 100 + d.day()),
            covered,
            members,
            events: Vec::new(),
            present,
            present_set: std::mem::take(&mut buffers.present_set),
            strengths: {
                let mut s = std::mem::take(&mut buffers.strengths);
                s.clear();
                s.resize(view.units.len(), None);
                s
            },
            scans: {
                let mut s = std::mem::take(&mut buffers.scans);
                s.clear();
                s.resize_with(view.units.len(), || None);
                s
            },
            scratch_tokens: std::mem::take(&mut buffers.scratch_tokens),
            scratch_words: std::mem::take(&mut buffers.scratch_words),
            pool: std::mem::take(&mut buffers.pool),
            member_lists: std::mem::take(&mut buffers.member_lists),
            synset_met: std::mem::take(&mut buffers.synset_met),
        };
        run.code_all();
        buffers.strengths = std::mem::take(&mut run.strengths);
        buffers.scans = std::mem::take(&mut run.scans);
        buffers.scratch_tokens = std::mem::take(&mut run.scratch_tokens);
        buffers.scratch_words = std::mem::take(&mut run.scratch_words);
        buffers.pool = std::mem::take(&mut run.pool);
        buffers.synset_met = std::mem::take(&mut run.synset_met);
        buffers.member_lists = std::mem::take(&mut run.member_lists);
        buffers.covered = run.covered;
        buffers.members = run.members;
        for &w in &run.present {
            let i = w as usize;
            run.present_set[i / 64] &= !(1 << (i % 64));
        }
        buffers.present_set = std::mem::take(&mut run.present_set);
        buffers.present = run.present;
        let mut events = run.events;
        if options.require_dyad {
            events.retain(|e| e.source != "---" && e.target != "---");
        }
        let mut i = 0;
        while i < events.len() {
            let dup = events[..i].iter().any(|e| e.source == events[i].source && e.target == events[i].target && e.code == events[i].code);
            if dup {
                events.remove(i);
            } else {
                i += 1;
            }
        }
        events
    }
}

/// Per-sentence storage kept between sentences.
#[derive(Default)]
struct RunBuffers {
    covered: Vec<bool>,
    members: Vec<Option<Vec<Member>>>,
    present: Vec<WordId>,
    /// [`Run::present_set`], all clear between sentences.
    present_set: Vec<u64>,
    strengths: Vec<Option<Strength>>,
    /// Per unit, the scan its strength was rated from (until its members
    /// are made from it).
    scans: Vec<Option<PhraseScan>>,
    scratch_tokens: Vec<u32>,
    scratch_words: Vec<WordId>,
    pool: Vec<Vec<u32>>,
    synset_met: Vec<bool>,
    /// Emptied member lists, for reuse.
    member_lists: Vec<Vec<Member>>,
}

#[derive(Default)]
struct Workspace {
    convert: ConvertBuffers<'static>,
    deps: Vec<DepToken<'static>>,
    view: View<'static>,
    run: RunBuffers,
}

thread_local! {
    static WORKSPACE: std::cell::Cell<Option<Box<Workspace>>> = const { std::cell::Cell::new(None) };
}

/// A verb occurrence with the sense(s) it matched.
struct VerbMatch {
    verb: u32,
    /// First and last word of the (multi-word) verb.
    start: u32,
    end: u32,
    senses: Vec<u32>,
    /// The clause's words before (nearest first) and after the verb.
    pre: Vec<u32>,
    post: Vec<u32>,
}

/// Positions a matched element may end at (exclusive), with its score:
/// a few, kept inline (this is the innermost loop of pattern matching).
#[derive(Default)]
struct Ends {
    items: [(usize, u32); 8],
    len: usize,
}

impl Ends {
    fn new() -> Ends {
        Ends::default()
    }

    fn push(&mut self, e: (usize, u32)) {
        if self.len < self.items.len() {
            self.items[self.len] = e;
            self.len += 1;
        }
    }

    fn first(&self) -> Option<&(usize, u32)> {
        self.items[..self.len].first()
    }

    /// Longest matches first, ties in the order found (a stable
    /// insertion sort: there are a handful at most, where the library's
    /// sort costs more in setting up than in sorting).
    fn sort(&mut self) {
        let items = &mut self.items[..self.len];
        for i in 1..items.len() {
            let mut j = i;
            while j > 0 && items[j - 1].1 < items[j].1 {
                items.swap(j - 1, j);
                j -= 1;
            }
        }
    }
}

impl IntoIterator for Ends {
    type Item = (usize, u32);
    type IntoIter = std::iter::Take<std::array::IntoIter<(usize, u32), 8>>;

    fn into_iter(self) -> Self::IntoIter {
        self.items.into_iter().take(self.len)
    }
}

struct Run<'r, 'a> {
    lex: &'r Lexicon,
    /// [`Coder::quick`].
    quick: &'r [[WordId; 2]],
    /// [`Coder::edge_words`].
    edge_words: &'r [u64],
    /// The words of `present` as a bit set (ids modulo its size).
    present_bits: [u64; PRESENT_BITS / 64],
    view: &'r View<'a>,
    options: &'r CoderOptions,
    date: Option<u32>,
    covered: Vec<bool>,
    members: Vec<Option<Vec<Member>>>,
    events: Vec<CodedEvent>,
    /// Every word (form and lemma) of the sentence (unordered, perhaps
    /// twice).
    present: Vec<WordId>,
    /// The same words as a bit set by id (exact, unlike `present_bits`);
    /// their bits are cleared again when the sentence is done.
    present_set: Vec<u64>,
    strengths: Vec<Option<Strength>>,
    scans: Vec<Option<PhraseScan>>,
    scratch_tokens: Vec<u32>,
    scratch_words: Vec<WordId>,
    /// Spare vectors for verb matches (their regions and senses).
    pool: Vec<Vec<u32>>,
    /// Per synset, whether the sentence has one of its edge words (set
    /// with `present`): many patterns ask the same.
    synset_met: Vec<bool>,
    /// Emptied member lists, for reuse.
    member_lists: Vec<Vec<Member>>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Dir {
    Forward,
    Backward,
}

impl<'r, 'a> Run<'r, 'a> {
    fn code_all(&mut self) {
        let v = self.view;
        for t in 0..v.len() as u32 {
            let ti = t as usize;
            if !v.tag[ti].is_verb() || v.masked[ti] || self.covered[ti] || matches!(v.rel[ti], Rel::Aux | Rel::AuxPass | Rel::Cop) {
                continue;
            }
            let Some(m) = self.lookup(t) else { continue };
            if let Some((codes, rule)) = self.choose(&m) {
                let events = self.events_for(&m, codes, rule.1, rule.0);
                let outer_codes = codes;
                let events = self.apply_transformations(&m, outer_codes, events);
                self.events.extend(events);
                // The rest of the clause belongs to this verb.
                for &i in &m.post {
                    self.covered[i as usize] = true;
                }
            }
            self.release(m);
        }
    }

    fn vec(&mut self) -> Vec<u32> {
        let mut v = self.pool.pop().unwrap_or_default();
        v.clear();
        v
    }

    /// Returns a verb match's vectors to the pool.
    fn release(&mut self, m: VerbMatch) {
        self.pool.extend([m.senses, m.pre, m.post]);
    }

    /// Finds the verb senses of word `t`: multi-word senses whose other
    /// words are next to it win over single-word ones; surface forms are
    /// tried before the lemma.
    fn lookup(&mut self, t: u32) -> Option<VerbMatch> {
        let v = self.view;
        let lex = self.lex;
        let ti = t as usize;
        let mut best: Option<VerbMatch> = None;
        let mut senses_vec = Some(self.vec());
        for index in [lex.by_form.get(&v.form_id[ti]), lex.by_lemma.get(&v.lemma_id[ti])] {
            let Some(senses) = index else { continue };
            for &s in senses {
                let sense = &lex.senses[s as usize];
                let Some(start) = self.words_before(t, &sense.before) else { continue };
                let Some(end) = self.words_after(t, &sense.after) else { continue };
                let words = end - start;
                match &mut best {
                    Some(b) if b.end - b.start > words => {}
                    Some(b) if b.end - b.start == words => {
                        if !b.senses.contains(&s) {
                            b.senses.push(s)
                        }
                    }
                    _ => {
                        let mut senses = senses_vec.take().or_else(|| best.take().map(|b| b.senses)).unwrap_or_default();
                        senses.clear();
                        senses.push(s);
                        best = Some(VerbMatch { verb: t, start, end, senses, pre: Vec::new(), post: Vec::new() })
                    }
                }
            }
            if best.is_some() {
                break;
            }
        }
        if let Some(v) = senses_vec {
            self.pool.push(v);
        }
        let mut m = best?;
        let mut post = self.vec();
        self.post_into(&m, &mut post);
        let mut pre = self.vec();
        self.pre_into(&m, &mut pre);
        m.post = post;
        m.pre = pre;
        Some(m)
    }

    fn skippable(&self, i: usize) -> bool {
        matches!(self.view.tag[i], Tag::DT | Tag::PRPS)
    }

    fn words_before(&self, t: u32, words: &[WordId]) -> Option<u32> {
        let mut i = t as i64 - 1;
        for &w in words.iter().rev() {
            while i >= 0 && self.view.form_id[i as usize] != w && self.skippable(i as usize) {
                i -= 1;
            }
            if i < 0 || self.view.form_id[i as usize] != w {
                return None;
            }
            i -= 1;
        }
        Some((i + 1) as u32)
    }

    fn words_after(&self, t: u32, words: &[WordId]) -> Option<u32> {
        let n = self.view.len();
        let mut i = t as usize + 1;
        for &w in words {
            while i < n && self.view.form_id[i] != w && self.skippable(i) {
                i += 1;
            }
            if i >= n || self.view.form_id[i] != w {
                return None;
            }
            i += 1;
        }
        Some(i as u32 - 1)
    }

    /// Words after the verb in its clause (its subtree without its
    /// coordinated clauses), not masked.
    fn post_into(&self, m: &VerbMatch, out: &mut Vec<u32>) {
        let v = self.view;
        let mut right = m.end;
        for &k in v.kids(m.verb) {
            if k > m.verb && !matches!(v.rel[k as usize], Rel::Conj | Rel::Cc | Rel::Punct) {
                right = right.max(v.last[k as usize]);
            }
        }
        // Coordinated clauses come after the verb's own words.
        let conj_start = v.kids(m.verb).iter().copied().filter(|&k| k > m.verb && v.rel[k as usize] == Rel::Conj).map(|k| v.first[k as usize]).min();
        if let Some(c) = conj_start {
            right = right.min(c.saturating_sub(1)).max(m.end);
        }
        out.extend((m.end + 1..=right).filter(|&i| !v.masked[i as usize]));
    }

    /// Words before the verb back to the previous clause-delimiting comma,
    /// nearest first.
    fn pre_into(&self, m: &VerbMatch, out: &mut Vec<u32>) {
        let v = self.view;
        let mut i = m.start as i64 - 1;
        while i >= 0 {
            let iu = i as usize;
            if !v.masked[iu] {
                if v.boundary[iu] {
                    break;
                }
                out.push(iu as u32);
            }
            i -= 1;
        }
    }

    /// The best pattern of the verb's senses, or the verb's own code.
    /// Returns the codes and (rule text, binding).
    fn choose(&mut self, m: &VerbMatch) -> Option<(Codes, (Rule, Binding))> {
        let lex = self.lex;
        if self.present.is_empty() {
            // The words of the sentence, for the patterns' quick filter.
            let v = self.view;
            // A lemma is mostly its form's own id: those are left out
            // before sorting rather than deduplicated after.
            for (&f, &l) in v.form_id.iter().zip(&v.lemma_id) {
                if f != NONE {
                    self.present.push(f);
                }
                if l != NONE && l != f {
                    self.present.push(l);
                }
            }
            for &w in &self.present {
                let i = w as usize % PRESENT_BITS;
                self.present_bits[i / 64] |= 1 << (i % 64);
                let i = w as usize;
                if i / 64 >= self.present_set.len() {
                    self.present_set.resize(i / 64 + 1, 0);
                }
                self.present_set[i / 64] |= 1 << (i % 64);
            }
            self.synset_met.clear();
            self.synset_met.resize(lex.synsets.len(), false);
            for w in &self.present {
                let i = *w as usize;
                if self.edge_words.get(i / 64).is_none_or(|b| b & (1 << (i % 64)) == 0) {
                    continue;
                }
                for &s in lex.edge_synsets.get(w).into_iter().flatten() {
                    self.synset_met[s as usize] = true;
                }
            }
        }
        let (pre, post) = (&m.pre, &m.post);
        let mut best: Option<(u32, u32, u32, Binding)> = None; // (score, -line, pattern, binding)
        for &s in &m.senses {
            let block = &lex.blocks[lex.senses[s as usize].block as usize];
            for &p in &block.patterns {
                if !self.quick.get(p as usize).is_none_or(|q| q.iter().all(|&w| maybe_present(&self.present_bits, w))) {
                    continue;
                }
                let pattern = &lex.patterns[p as usize];
                if let Some((score, bind)) = self.match_pattern(m, pattern, pre, post) {
                    let better = match &best {
                        None => true,
                        Some((bs, _, bp, _)) => score > *bs || (score == *bs && pattern.origin.line < lex.patterns[*bp as usize].origin.line),
                    };
                    if better {
                        best = Some((score, 0, p, bind));
                    }
                }
            }
        }
        if let Some((_, _, p, bind)) = best {
            let pattern = &lex.patterns[p as usize];
            if pattern.codes.is_null() {
                // `[---]`: this use of the verb codes nothing.
                return None;
            }
            return Some((pattern.codes, (Rule::Pattern(p), bind)));
        }
        // No pattern: the verb's own code, else its block's.
        for &s in &m.senses {
            let sense = &lex.senses[s as usize];
            let block = &lex.blocks[sense.block as usize];
            let codes = sense.codes.unwrap_or(block.codes);
            if !codes.is_null() {
                return Some((codes, (Rule::Verb(s), Binding::default())));
            }
        }
        None
    }

    fn match_pattern(&self, m: &VerbMatch, p: &Pattern, pre: &[u32], post: &[u32]) -> Option<(u32, Binding)> {
        let v = self.view;
        let set = &self.present_set;
        let has = |w: WordId| set.get(w as usize / 64).is_some_and(|b| b & (1 << (w as usize % 64)) != 0);
        if !p.required.met_by_words(has, |s| self.synset_met[s as usize]) {
            return None;
        }
        if let Some(voice) = p.voice {
            let passive = v.kids_with(m.verb, Rel::AuxPass).next().is_some();
            if (voice == Voice::Passive) != passive {
                return None;
            }
        }
        if let Some(neg) = p.negated {
            if v.is_negated(m.verb) != neg {
                return None;
            }
        }
        let mut bind = Binding::default();
        let mut score = 0;
        for rc in &p.roles {
            score += self.match_role(m.verb, rc, &mut bind)?;
        }
        score += self.seq(&p.after, post, 0, Dir::Forward, &mut bind)?;
        score += self.seq(&p.before, pre, 0, Dir::Backward, &mut bind)?;
        Some((score, bind))
    }

    fn match_role(&self, verb: u32, rc: &crate::model::RoleConstraint, bind: &mut Binding) -> Option<u32> {
        let v = self.view;
        let lex = self.lex;
        let candidates = v.kids(verb).iter().copied().filter(|&k| {
            let r = v.rel[k as usize];
            let role_ok = match &rc.role {
                Role::Subject => r.is_subject(),
                Role::Object => r == Rel::Obj,
                Role::IndirectObject => r == Rel::Iobj,
                Role::Agent => r == Rel::OblAgent,
                Role::Xcomp => r == Rel::Xcomp,
                Role::Ccomp => r == Rel::Ccomp,
                Role::Adverb => r == Rel::Advmod,
                Role::Oblique(preps) => {
                    matches!(r, Rel::Obl | Rel::OblAgent)
                        && (preps.is_empty()
                            || v.kids(k).iter().any(|&c| {
                                matches!(v.rel[c as usize], Rel::Case | Rel::Mark)
                                    && (preps.contains(&v.form_id[c as usize]) || preps.contains(&v.lemma_id[c as usize]))
                            }))
                }
            };
            let ku = k as usize;
            role_ok
                && rc.head.as_ref().is_none_or(|w| w.matches(v.form_id[ku], v.lemma_id[ku]))
                && rc.head_synset.is_none_or(|s| {
                    let set = &lex.synsets[s as usize].words;
                    set.contains(&v.form_id[ku]) || set.contains(&v.lemma_id[ku])
                })
        });
        let mut candidates = candidates;
        let found = candidates.next();
        if rc.absent {
            return found.is_none().then_some(1);
        }
        let k = found?;
        if let Some(slot) = rc.slot {
            let u = v.unit_of[k as usize];
            if u == NONE || !Self::bind_slot(bind, slot, u) {
                return None;
            }
        }
        Some(1 + rc.head.is_some() as u32 + rc.head_synset.is_some() as u32)
    }

    fn bind_slot(bind: &mut Binding, slot: Slot, u: u32) -> bool {
        let taken = |b: &Binding| b.source == Some(u) || b.target == Some(u) || b.compound == Some(u);
        match slot {
            Slot::Source if bind.source.is_none() && !taken(bind) => bind.source = Some(u),
            Slot::Target if bind.target.is_none() && !taken(bind) => bind.target = Some(u),
            Slot::Compound if bind.compound.is_none() && !taken(bind) => bind.compound = Some(u),
            Slot::Skip => {}
            _ => return false,
        }
        true
    }

    /// Matches `elems` against `seq` from `start`; returns the score.
    fn seq(&self, elems: &[Element], seq: &[u32], start: usize, dir: Dir, bind: &mut Binding) -> Option<u32> {
        let Some(e) = elems.first() else { return Some(0) };
        let end = if e.glued { (start + 1).min(seq.len()) } else { seq.len() };
        for p in start..end {
            let saved = *bind;
            // Read in place (iterating by value would copy the array).
            let ends = self.element(e, seq, p, dir, bind);
            for &(q, s) in &ends.items[..ends.len] {
                if let Some(rest) = self.seq(&elems[1..], seq, q, dir, bind) {
                    return Some(s + rest);
                }
                *bind = saved;
            }
            *bind = saved;
        }
        None
    }

    fn word_at(&self, seq: &[u32], p: usize) -> (WordId, WordId) {
        let t = seq[p] as usize;
        (self.view.form_id[t], self.view.lemma_id[t])
    }

    /// Where element `e` can end if it starts at `seq[p]` (longest first).
    fn element(&self, e: &Element, seq: &[u32], p: usize, dir: Dir, bind: &mut Binding) -> Ends {
        let v = self.view;
        let mut ends = Ends::new();
        match &e.kind {
            ElementKind::Word(w) => {
                let (f, l) = self.word_at(seq, p);
                if w.forms.contains(&f) || w.lemmas.contains(&l) {
                    ends.push((p + 1, 1));
                }
            }
            ElementKind::Synset(s) => {
                let set = &self.lex.synsets[*s as usize];
                let word = self.word_at(seq, p).0;
                let index = if dir == Dir::Forward { &set.by_first } else { &set.by_last };
                for &i in index.get(&word).map(Vec::as_slice).unwrap_or(&[]) {
                    let phrase = &set.phrases[i as usize];
                    if let Some(end) = self.phrase_at(phrase, seq, p, dir) {
                        ends.push((end, phrase.len() as u32));
                    }
                }
                if set.words.contains(&word) {
                    ends.push((p + 1, 1));
                }
                ends.sort();
            }
            ElementKind::Slot(slot) => {
                let u = v.unit_at[seq[p] as usize];
                if *slot == Slot::Compound && (u == NONE || !self.is_compound(u)) {
                    return ends;
                }
                if u != NONE && Self::bind_slot(bind, *slot, u) {
                    if *slot == Slot::Compound {
                        bind.compound_after = dir == Dir::Forward;
                    }
                    let unit = v.units[u as usize];
                    let mut q = p;
                    while q < seq.len() && (unit.first..=unit.last).contains(&seq[q]) {
                        q += 1;
                    }
                    ends.push((q, 1));
                }
            }
            ElementKind::NounPhrase(items) => {
                let u = v.unit_at[seq[p] as usize];
                if u == NONE {
                    return ends;
                }
                let unit = v.units[u as usize];
                let len = seq[p..].iter().take_while(|t| (unit.first..=unit.last).contains(*t)).count();
                let reversed: Vec<u32>;
                let inside = if dir == Dir::Backward {
                    reversed = seq[p..p + len].iter().rev().copied().collect();
                    &reversed[..]
                } else {
                    &seq[p..p + len]
                };
                // The head noun must be the last word matched.
                if let Some(score) = self.phrase_items(items, inside, unit.head, bind) {
                    let q = p + inside.len();
                    ends.push((q, score));
                }
            }
            ElementKind::PrepPhrase(items) => {
                let t = seq[p] as usize;
                if !matches!(v.rel[t], Rel::Case | Rel::Mark) && !matches!(v.tag[t], Tag::IN | Tag::TO | Tag::RP) {
                    return ends;
                }
                let Some(first) = items.first() else { return ends };
                let (f, l) = (v.form_id[t], v.lemma_id[t]);
                let prep_ok = match &first.kind {
                    ElementKind::Word(w) => w.forms.contains(&f) || w.lemmas.contains(&l),
                    ElementKind::Synset(s) => self.lex.synsets[*s as usize].words.contains(&f),
                    _ => false,
                };
                if !prep_ok {
                    return ends;
                }
                // The object: the preposition's head and its phrase.
                let obj = v.head[t];
                let (lo, hi) = if obj == NONE { (t as u32, t as u32) } else { (v.first[obj as usize], v.last[obj as usize]) };
                let backward: Vec<u32>;
                let span = if dir == Dir::Forward {
                    let len = seq[p + 1..].iter().take_while(|&&x| x <= hi).count();
                    &seq[p + 1..p + 1 + len]
                } else {
                    backward = seq[..p].iter().rev().copied().filter(|&x| x >= lo && x > t as u32).collect();
                    &backward[..]
                };
                if let Some(score) = self.seq(&items[1..], span, 0, Dir::Forward, bind) {
                    let q = if dir == Dir::Forward { p + 1 + span.len() } else { p + 1 };
                    ends.push((q, score + 1));
                }
            }
        }
        ends
    }

    /// Noun-phrase items over the phrase's words; the last on `head`.
    fn phrase_items(&self, items: &[Element], words: &[u32], head: u32, bind: &mut Binding) -> Option<u32> {
        let (last, rest) = items.split_last()?;
        let h = words.iter().position(|&w| w == head)?;
        let s = self.seq(rest, &words[..h], 0, Dir::Forward, bind)?;
        let e = self.element(last, words, h, Dir::Forward, bind);
        e.first().map(|(_, ls)| s + ls)
    }

    /// Matches a multi-word synset member starting at `seq[p]`; words
    /// written with `_` between them must be adjacent.
    fn phrase_at(&self, phrase: &[(WordId, bool)], seq: &[u32], p: usize, dir: Dir) -> Option<usize> {
        let n = phrase.len();
        let mut q = p;
        for k in 0..n {
            let idx = if dir == Dir::Forward { k } else { n - 1 - k };
            let w = phrase[idx].0;
            let must_touch = k > 0 && if dir == Dir::Forward { phrase[idx].1 } else { phrase[idx + 1].1 };
            loop {
                if q >= seq.len() {
                    return None;
                }
                if self.word_at(seq, q).0 == w {
                    break;
                }
                if k == 0 || must_touch {
                    return None;
                }
                q += 1;
            }
            q += 1;
        }
        Some(q)
    }

    fn is_compound(&self, u: u32) -> bool {
        let v = self.view;
        let h = v.units[u as usize].head;
        v.kids_with(h, Rel::Conj).next().is_some()
    }

    /// The actors of a unit (one per conjunct and compound code).
    /// The actors of a unit (one per conjunct and compound code), cached.
    fn unit_members(&mut self, u: u32) -> &[Member] {
        if self.members[u as usize].is_none() {
            let head = self.view.units[u as usize].head;
            let mut out: Vec<Member> = self.member_lists.pop().unwrap_or_default();
            // A scan is kept only for a phrase without coordination.
            if let Some(scan) = self.scans[u as usize].take() {
                self.members_of_scan(scan, &mut out);
            } else {
                let mut words = self.vec();
                if self.collect_uncoordinated(head, true, &mut words) {
                    words.sort_unstable();
                    words.dedup();
                    self.code_phrase(&words, &mut out);
                    self.pool.push(words);
                } else {
                    words.clear();
                    self.pool.push(words);
                    for mut words in self.expansions(head, true) {
                        words.sort_unstable();
                        words.dedup();
                        self.code_phrase(&words, &mut out);
                    }
                }
            }
            // Uncoded members of a compound are dropped when others are coded.
            if out.iter().any(|m| m.code != "---") {
                out.retain(|m| m.code != "---");
            }
            self.members[u as usize] = Some(out);
        }
        self.members[u as usize].as_deref().unwrap_or(&[])
    }

    /// Whether a conjunction occurs in the phrase of `t`.
    fn has_coordination(&self, t: u32) -> bool {
        let v = self.view;
        v.kids_with(t, Rel::Conj).next().is_some() || v.phrase_deps(t).any(|d| self.has_coordination(d))
    }

    /// Adds the words of the phrase of `t` to `out` (without `t`'s own
    /// preposition when `top`) and returns true, or returns false (with
    /// `out` left incomplete) if a conjunction occurs in the phrase, as
    /// [`Self::has_coordination`] finds: both in one walk.
    fn collect_uncoordinated(&self, t: u32, top: bool, out: &mut Vec<u32>) -> bool {
        let v = self.view;
        if v.kids_with(t, Rel::Conj).next().is_some() {
            return false;
        }
        out.push(t);
        for d in v.phrase_deps(t) {
            if top && v.rel[d as usize] == Rel::Case && v.tag[d as usize] != Tag::POS {
                // Left out of the words, but still part of the phrase.
                if self.has_coordination(d) {
                    return false;
                }
                continue;
            }
            if !self.collect_uncoordinated(d, false, out) {
                return false;
            }
        }
        true
    }

    /// The word sets of the actors a phrase stands for: its conjuncts (which
    /// share the first conjunct's modifiers when they have no actor of their
    /// own) times the conjuncts of its modifiers.
    fn expansions(&self, t: u32, top: bool) -> Vec<Vec<u32>> {
        let v = self.view;
        let mut own: Vec<Vec<u32>> = vec![vec![t]];
        let mut shared: Vec<Vec<u32>> = vec![Vec::new()];
        // Shared with conjuncts: adjectives, and modifiers after the last conjunct.
        let last_conj = v.kids_with(t, Rel::Conj).max().unwrap_or(t);
        for d in v.phrase_deps(t) {
            // The phrase's own preposition is not part of the actor's name.
            if top && v.rel[d as usize] == Rel::Case && v.tag[d as usize] != Tag::POS {
                continue;
            }
            let share = v.rel[d as usize] == Rel::Amod || (d > last_conj && v.rel[d as usize] == Rel::Nmod);
            // No coordination below: its one expansion is its phrase,
            // added to each set in place (collected into the first, copied
            // to the others).
            let mark = own[0].len();
            if self.collect_uncoordinated(d, false, &mut own[0]) {
                let (first, others) = own.split_at_mut(1);
                let phrase = &first[0][mark..];
                others.iter_mut().for_each(|x| x.extend_from_slice(phrase));
                if share {
                    shared.iter_mut().for_each(|x| x.extend_from_slice(phrase));
                }
                continue;
            }
            own[0].truncate(mark);
            let ed = self.expansions(d, false);
            if let [single] = ed.as_slice() {
                // Coordination below that still gives one expansion (its
                // other conjuncts masked): the product is each set
                // extended in place.
                own.iter_mut().for_each(|x| x.extend(single));
                if share {
                    shared.iter_mut().for_each(|x| x.extend(single));
                }
                continue;
            }
            own = cross(&own, &ed);
            if share {
                shared = cross(&shared, &ed);
            }
        }
        let mut result = own;
        for c in v.kids_with(t, Rel::Conj) {
            if v.masked[c as usize] {
                continue;
            }
            for e in self.expansions(c, top) {
                if self.has_actor(&e) {
                    result.push(e);
                } else {
                    for s in &shared {
                        let mut x = e.clone();
                        x.extend(s);
                        result.push(x);
                    }
                }
            }
            result.truncate(MAX_MEMBERS);
        }
        result
    }

    fn words_of(&self, tokens: &[u32]) -> Vec<WordId> {
        let v = self.view;
        let mut sorted = tokens.to_vec();
        sorted.sort_unstable();
        sorted.iter().filter(|&&t| !v.tag[t as usize].is_punct() && v.tag[t as usize] != Tag::POS).map(|&t| v.form_id[t as usize]).collect()
    }

    fn has_actor(&self, tokens: &[u32]) -> bool {
        let words = self.words_of(tokens);
        (0..words.len()).any(|i| self.lex.actors.trie.longest_prefix(&words[i..]).is_some())
    }

    /// PETRARCH's actor phrase coding: the first actor in the phrase (its
    /// code valid on the date), then every agent elsewhere in the phrase,
    /// suffixes (`~GOV`) appended and prefixes (`NGO~`) put in front; an
    /// agent code already present (on 3-letter boundaries) ends the list.
    /// Adds the phrase's members to `out` (those not already there).
    fn code_phrase(&mut self, tokens: &[u32], out: &mut Vec<Member>) {
        let scan = self.scan_phrase(tokens);
        self.members_of_scan(scan, out);
    }

    /// Finds a phrase's dictionary entries (the first actor, the agents
    /// outside it), leaving the looked-up words in `scratch_words`.
    fn scan_phrase(&mut self, tokens: &[u32]) -> PhraseScan {
        let v = self.view;
        let lex = self.lex;
        // Words as written (possessive marks kept for the text) and the
        // words looked up (without them).
        let mut kept = self.vec();
        kept.extend(tokens.iter().copied().filter(|&t| !v.tag[t as usize].is_punct()));
        let mut words = std::mem::take(&mut self.scratch_words);
        words.clear();
        words.extend(kept.iter().filter(|&&t| v.tag[t as usize] != Tag::POS).map(|&t| v.form_id[t as usize]));
        let mut actor = None;
        for i in 0..words.len() {
            if let Some((len, rec)) = lex.actors.trie.longest_prefix(&words[i..]) {
                actor = Some((i, i + len, rec));
                break;
            }
        }
        let mut agents = [0u32; 8];
        let mut n_agents = 0;
        let mut i = 0;
        while i < words.len() {
            if let Some((s, e, _)) = actor {
                if (s..e).contains(&i) {
                    i += 1;
                    continue;
                }
            }
            match lex.agents.trie.longest_prefix(&words[i..]) {
                Some((len, rec)) => {
                    if n_agents < agents.len() {
                        agents[n_agents] = rec;
                        n_agents += 1;
                    }
                    i += len;
                }
                None => i += 1,
            }
        }
        let n_words = words.len();
        self.scratch_words = words;
        PhraseScan { kept, n_words, actor, agents, n_agents }
    }

    /// The members of a scanned phrase (those not already in `out`).
    fn members_of_scan(&self, scan: PhraseScan, out: &mut Vec<Member>) {
        let v = self.view;
        let lex = self.lex;
        let PhraseScan { mut kept, n_words: n, actor, agents, n_agents } = scan;
        let actor_record = actor.map(|a| a.2);
        let actor = actor.map(|(_, _, rec)| lex.actors.code_on(rec, self.date).unwrap_or("---"));
        let Some(base) = actor.or_else(|| (n_agents > 0).then_some("---")) else {
            // An uncoded phrase; short ones may be written out as new actors.
            let new_actor = self.options.new_actor_length;
            let code = if new_actor > 0 && n > 0 && n <= new_actor {
                let plain: Vec<u32> = kept.iter().copied().filter(|&t| v.tag[t as usize] != Tag::POS).collect();
                format!("\"{}\"", self.text(&plain).to_uppercase())
            } else {
                "---".to_string()
            };
            add_member(out, Member { code, tokens: kept, actor: None });
            return;
        };
        let agents = agents[..n_agents].iter().map(|&a| &lex.agents.records[a as usize]);
        let parts = base.bytes().filter(|&b| b == b'/').count() + 1;
        for (i, part) in base.split('/').enumerate() {
            let mut code = String::with_capacity(part.len() + 3 * n_agents);
            code.push_str(part);
            for a in agents.clone() {
                if has_block(&code, &a.code) {
                    break;
                }
                match a.position {
                    AgentPosition::Suffix => code.push_str(&a.code),
                    AgentPosition::Prefix => code.insert_str(0, &a.code),
                }
            }
            if !out.iter().any(|o| o.code == code && o.tokens == kept) {
                // The last part takes the words; earlier ones copy them.
                let tokens = if i + 1 == parts { std::mem::take(&mut kept) } else { kept.clone() };
                out.push(Member { code, tokens, actor: actor_record });
            }
        }
    }

    /// The dependency path from the verb to a word: relations downward
    /// (`obl:with`), or upward to the clause the word belongs to.
    fn path(&self, verb: u32, word: u32) -> String {
        let v = self.view;
        let label = |t: u32| -> String {
            let rel = v.rel[t as usize].as_str();
            let case = v.kids(t).iter().copied().find(|&c| v.rel[c as usize] == Rel::Case && v.tag[c as usize] != Tag::POS);
            match case {
                Some(c) => format!("{rel}:{}", v.forms[c as usize].to_lowercase()),
                None => rel.to_string(),
            }
        };
        let mut down = Vec::new();
        let mut t = word;
        for _ in 0..v.len() {
            if t == verb {
                down.reverse();
                return format!("{}({})", down.join(">"), v.forms[verb as usize]);
            }
            down.push(label(t));
            t = v.head[t as usize];
            if t == NONE {
                break;
            }
        }
        let h = v.head[word as usize];
        let governor = if h == NONE { "ROOT" } else { v.forms[h as usize] };
        format!("{}({governor})", label(word))
    }

    /// The words of a phrase as written.
    fn text(&self, tokens: &[u32]) -> String {
        let mut out = String::with_capacity(tokens.iter().map(|&t| self.view.forms[t as usize].len() + 1).sum());
        for &t in tokens {
            if !out.is_empty() && self.view.tag[t as usize] != Tag::POS {
                out.push(' ');
            }
            out.push_str(self.view.forms[t as usize]);
        }
        out
    }

    /// How strongly a unit is coded, cached; computed without building its
    /// members unless it is a coordination.
    fn strength(&mut self, u: u32) -> Strength {
        if let Some(s) = self.strengths[u as usize] {
            return s;
        }
        let head = self.view.units[u as usize].head;
        let mut tokens = std::mem::take(&mut self.scratch_tokens);
        tokens.clear();
        let s = if !self.collect_uncoordinated(head, true, &mut tokens) {
            self.scratch_tokens = tokens;
            self.unit_members(u).iter().map(|m| member_strength(&m.code)).max().unwrap_or(Strength::Null)
        } else {
            // The phrase is scanned once: its members (if it becomes a
            // source or target) are made from the same scan.
            tokens.sort_unstable();
            let scan = self.scan_phrase(&tokens);
            self.scratch_tokens = tokens;
            let s = self.scan_strength(&scan);
            self.scans[u as usize] = Some(scan);
            s
        };
        self.strengths[u as usize] = Some(s);
        s
    }

    /// Strength of a scanned phrase (its looked-up words still in
    /// `scratch_words`): an actor whose code on the date is a real code,
    /// else any agent, else nothing.
    fn scan_strength(&self, scan: &PhraseScan) -> Strength {
        let lex = self.lex;
        if let Some((_, _, rec)) = scan.actor {
            if lex.actors.code_on(rec, self.date).is_some_and(|c| !c.starts_with("---")) {
                return Strength::Actor;
            }
        }
        // The scan looked for agents everywhere but inside the actor.
        let words = &self.scratch_words;
        let inside_actor = scan.actor.is_some_and(|(s, e, _)| (s..e).any(|i| lex.agents.trie.longest_prefix(&words[i..]).is_some()));
        if scan.n_agents > 0 || inside_actor {
            Strength::Agent
        } else {
            Strength::Null
        }
    }

    fn subject_unit(&self, verb: u32, s: u32) -> u32 {
        let v = self.view;
        if matches!(v.tag[s as usize], Tag::WP | Tag::WDT) || (v.tag[s as usize] == Tag::IN && v.rel[verb as usize] == Rel::AclRelcl) {
            // A relative pronoun stands for the noun the clause modifies.
            let h = v.head[verb as usize];
            if v.rel[verb as usize] == Rel::AclRelcl && h != NONE {
                return v.unit_of[h as usize];
            }
        }
        v.unit_of[s as usize]
    }

    /// The source: the by-phrase of a passive, else the subject, climbing
    /// to the governing clause for controlled and coordinated verbs and
    /// for pronoun subjects; the first phrase with an actor wins.
    fn default_source(&mut self, verb: u32, passive: bool, exclude: &[Option<u32>]) -> Option<u32> {
        let v = self.view;
        let excluded = |u: u32| exclude.contains(&Some(u));
        if passive {
            if let Some(a) = v.kids_with(verb, Rel::OblAgent).next() {
                let u = v.unit_of[a as usize];
                if u != NONE && !excluded(u) {
                    return Some(u);
                }
            }
        }
        let mut candidates = self.vec();
        let mut cur = verb;
        for _ in 0..v.len() {
            let subject = v.kids(cur).iter().copied().find(|&k| matches!(v.rel[k as usize], Rel::Nsubj | Rel::NsubjPass | Rel::Csubj));
            let mut climb = true;
            if let Some(s) = subject.filter(|_| !(passive && cur == verb)) {
                let u = self.subject_unit(cur, s);
                if u != NONE && !excluded(u) {
                    if self.strength(u) == Strength::Actor {
                        self.pool.push(candidates);
                        return Some(u);
                    }
                    candidates.push(u);
                    // An uncoded noun subject is the source; a pronoun may
                    // stand for the subject of the governing clause.
                    climb = matches!(v.tag[s as usize], Tag::PRP);
                }
            } else if v.rel[cur as usize] == Rel::Acl && v.tag[cur as usize] == Tag::VBG {
                let h = v.head[cur as usize];
                if h != NONE && v.unit_of[h as usize] != NONE && !excluded(v.unit_of[h as usize]) {
                    candidates.push(v.unit_of[h as usize]);
                }
                climb = false;
            }
            let h = v.head[cur as usize];
            // Masked governors (a deleted reporting clause) are transparent.
            let through = matches!(v.rel[cur as usize], Rel::Xcomp | Rel::Ccomp | Rel::Conj | Rel::Parataxis) || (h != NONE && v.masked[h as usize]);
            if !climb || h == NONE || !through {
                break;
            }
            cur = h;
        }
        // The first candidate among the strongest.
        let mut best: Option<(u32, Strength)> = None;
        for &u in &candidates {
            let s = self.strength(u);
            if best.is_none_or(|(_, b)| s > b) {
                best = Some((u, s));
            }
        }
        self.pool.push(candidates);
        best.map(|(u, _)| u)
    }

    /// The target: the first coded actor phrase after the verb in its
    /// clause, else the first uncoded one.
    fn default_target(&mut self, m: &VerbMatch, passive_subject: Option<u32>, exclude: &[Option<u32>]) -> Option<u32> {
        if passive_subject.is_some() {
            return passive_subject;
        }
        let v = self.view;
        let mut seen = self.vec();
        for &i in &m.post {
            let u = v.unit_at[i as usize];
            if u != NONE && !seen.contains(&u) && !exclude.contains(&Some(u)) {
                seen.push(u);
            }
        }
        let mut first_null = None;
        let mut found = None;
        for &u in &seen {
            if self.strength(u) >= Strength::Agent {
                found = Some(u);
                break;
            }
            first_null.get_or_insert(u);
        }
        self.pool.push(seen);
        found.or(first_null)
    }

    fn events_for(&mut self, m: &VerbMatch, codes: Codes, bind: Binding, rule: Rule) -> Vec<CodedEvent> {
        let v = self.view;
        let passive = v.kids_with(m.verb, Rel::AuxPass).next().is_some() && v.kids_with(m.verb, Rel::OblAgent).next().is_some();
        let (source, target) = if let Some(c) = bind.compound.filter(|_| !bind.compound_after) {
            (bind.source.or(Some(c)), bind.target.or(Some(c)))
        } else if let Some(c) = bind.compound {
            let source = match bind.source {
                Some(s) => Some(s),
                None => self.default_source(m.verb, passive, &[Some(c)]),
            };
            (source, Some(c))
        } else {
            let source = match bind.source {
                Some(s) => Some(s),
                None => self.default_source(m.verb, passive, &[bind.target]),
            };
            let passive_subject = if passive && bind.target.is_none() {
                v.kids(m.verb).iter().copied().find(|&k| v.rel[k as usize] == Rel::NsubjPass).map(|k| v.unit_of[k as usize]).filter(|&u| u != NONE && Some(u) != source)
            } else {
                None
            };
            let target = match bind.target {
                Some(t) => Some(t),
                None => self.default_target(m, passive_subject, &[source]),
            };
            (source, target)
        };
        let Some(source) = source else { return Vec::new() };
        if target.is_none() && !self.options.one_sided {
            return Vec::new();
        }
        // Members are computed (and cached) first, then read in place.
        self.unit_members(source);
        if let Some(t) = target {
            self.unit_members(t);
        }
        let members_of = |u: u32| self.members[u as usize].as_deref().unwrap_or(&[]);
        let nobody = [Member { code: String::new(), tokens: Vec::new(), actor: None }];
        let mut sources = members_of(source);
        let mut targets = match target {
            Some(t) => members_of(t),
            None => &nobody[..],
        };
        if codes.reverse.is_some() {
            // A paired code on one null side pairs the other side's members.
            if targets.iter().all(|t| t.code == "---") {
                targets = sources;
            } else if sources.iter().all(|s| s.code == "---") {
                sources = targets;
            }
        }
        let path = if self.options.explain {
            let describe = |u: Option<u32>| u.map(|u| self.path(m.verb, v.units[u as usize].head)).unwrap_or_else(|| "-".into());
            format!("source {} / target {}", describe(Some(source)), describe(target))
        } else {
            String::new()
        };
        let mut out = Vec::new();
        for s in sources {
            for t in targets {
                if s.code == t.code && !s.code.is_empty() {
                    continue;
                }
                let mut push = |from: &Member, to: &Member, code: CodeId| {
                    out.push(CodedEvent {
                        source: from.code.clone(),
                        target: to.code.clone(),
                        code: self.lex.code(code).to_string(),
                        source_text: self.text(&from.tokens),
                        target_text: self.text(&to.tokens),
                        verb: m.verb,
                        rule,
                        source_actor: from.actor,
                        target_actor: to.actor,
                        path: path.clone(),
                    })
                };
                if let Some(f) = codes.forward {
                    push(s, t, f);
                }
                if let Some(r) = codes.reverse {
                    if !t.code.is_empty() {
                        push(t, s, r);
                    }
                }
            }
        }
        out
    }

    /// Reported and embedded events: if the verb's code opens a
    /// transformation, code its complement clause and combine.
    fn apply_transformations(&mut self, m: &VerbMatch, outer: Codes, outer_events: Vec<CodedEvent>) -> Vec<CodedEvent> {
        let lex = self.lex;
        let Some(outer_code) = outer.forward else { return outer_events };
        if !lex.transforms.iter().any(|t| t.outer_code == outer_code) {
            return outer_events;
        }
        let v = self.view;
        let complements: Vec<u32> = v.kids(m.verb).iter().copied().filter(|&k| matches!(v.rel[k as usize], Rel::Ccomp | Rel::Xcomp)).collect();
        let mut inner_events = Vec::new();
        for c in complements {
            if !v.tag[c as usize].is_verb() || v.masked[c as usize] {
                continue;
            }
            let Some(im) = self.lookup(c) else { continue };
            if let Some((codes, (rule, bind))) = self.choose(&im) {
                inner_events.extend(self.events_for(&im, codes, bind, rule));
            }
            self.release(im);
        }
        let mut result = Vec::new();
        let mut used = false;
        for o in &outer_events {
            for i in &inner_events {
                for (ti, t) in lex.transforms.iter().enumerate() {
                    if t.outer_code != outer_code {
                        continue;
                    }
                    if let Some(e) = transform(lex, ti as u32, o, i) {
                        result.push(e);
                        used = true;
                    }
                }
            }
        }
        if used {
            result
        } else {
            outer_events
        }
    }
}

/// Adds a member unless an equal one (code and words) is there.
fn add_member(out: &mut Vec<Member>, m: Member) {
    if !out.iter().any(|o| o.code == m.code && o.tokens == m.tokens) {
        out.push(m);
    }
}

fn cross(a: &[Vec<u32>], b: &[Vec<u32>]) -> Vec<Vec<u32>> {
    let mut out = Vec::with_capacity(a.len() * b.len());
    for x in a {
        for y in b {
            let mut z = x.clone();
            z.extend(y);
            out.push(z);
            if out.len() >= MAX_MEMBERS {
                return out;
            }
        }
    }
    out
}

/// Whether `code` already contains `agent` on a 3-letter boundary.
fn has_block(code: &str, agent: &str) -> bool {
    let n = agent.len();
    if n == 0 {
        return true;
    }
    let mut i = 0;
    while i + n <= code.len() {
        if code.get(i..i + n) == Some(agent) {
            return true;
        }
        i += 3;
    }
    false
}

/// Whether `code` is `ancestor` or one of its descendants (`190` covers
/// `19x` codes).
fn code_within(code: &str, ancestor: &str) -> bool {
    if code == ancestor {
        return true;
    }
    let stem = ancestor.trim_end_matches('0');
    stem.len() >= 2 && stem.len() < ancestor.len() && code.starts_with(stem)
}

fn transform(lex: &Lexicon, index: u32, outer: &CodedEvent, inner: &CodedEvent) -> Option<CodedEvent> {
    let t = &lex.transforms[index as usize];
    if let Some(c) = t.inner_code {
        if !code_within(&inner.code, lex.code(c)) {
            return None;
        }
    }
    let mut vars: Vec<(char, String)> = Vec::new();
    for (var, value) in [(t.outer_source, &outer.source), (t.inner_source, &inner.source), (t.inner_target, &inner.target)] {
        if let TransformActor::Named(n) = var {
            match vars.iter().find(|(v, _)| *v == n) {
                Some((_, existing)) if existing != value => return None,
                Some(_) => {}
                None => vars.push((n, value.clone())),
            }
        }
    }
    let value = |var: TransformActor| -> Option<String> {
        match var {
            TransformActor::Named(n) => vars.iter().find(|(v, _)| *v == n).map(|(_, c)| c.clone()),
            _ => None,
        }
    };
    let source = value(t.result_source)?;
    let target = value(t.result_target)?;
    let text = |code: &str| if code == outer.source { outer.source_text.clone() } else if code == inner.target { inner.target_text.clone() } else { inner.source_text.clone() };
    Some(CodedEvent {
        source_text: text(&source),
        target_text: text(&target),
        source,
        target,
        code: t.result_code.map_or_else(|| inner.code.clone(), |c| lex.code(c).to_string()),
        verb: outer.verb,
        rule: Rule::Transformation(index),
        source_actor: None,
        target_actor: None,
        path: outer.path.clone(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agent_blocks_are_three_letter_aligned() {
        assert!(has_block("HGWGOVMED", "GOVMED"));
        assert!(has_block("USAGOV", "GOV"));
        assert!(!has_block("GMWGOV", "WGO"));
        assert!(!has_block("ARN", "GOV"));
    }

    #[test]
    fn match_ends_sort_longest_first_keeping_ties_in_order() {
        let mut ends = Ends::new();
        for e in [(3, 1), (5, 2), (4, 1), (9, 3), (6, 2)] {
            ends.push(e);
        }
        ends.sort();
        assert_eq!(ends.into_iter().collect::<Vec<_>>(), [(9, 3), (5, 2), (6, 2), (3, 1), (4, 1)]);
    }

    #[test]
    fn code_ancestry() {
        assert!(code_within("190", "190"));
        assert!(code_within("193", "190"));
        assert!(!code_within("180", "190"));
        assert!(!code_within("0231", "010"));
        assert!(code_within("0231", "020"));
    }

    #[test]
    fn options_from_config() {
        let mut o = CoderOptions::default();
        o.set("require_dyad", "FALSE").unwrap();
        o.set("comma_emax", "0").unwrap();
        o.set("new_actor_length", "4").unwrap();
        assert!(!o.require_dyad);
        assert_eq!((o.commas.emax, o.new_actor_length), (0, 4));
        o.set("require_dyad", "True").unwrap();
        assert!(o.require_dyad);
        assert!(o.set("comma_max", "x").is_err());
        assert!(o.set("bogus", "1").is_err());
        o.set("stop_on_error", "True").unwrap();
    }
}
