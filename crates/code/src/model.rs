//! The coder's internal pattern model (documented in `crates/code/README.md`).
//!
//! Everything the coder knows is a [`Lexicon`]: interned words, actor and
//! agent phrase tries with dated codes, discard phrases, verbs, and
//! [`Pattern`]s. Dictionaries in any format — PETRARCH/TABARI today
//! (`crate::petrarch`), demarche's own knowledge format next — are compiled
//! into this model; the coder never sees a dictionary file.
//!
//! A pattern is anchored on a verb (a lemma or a multi-word verb) and
//! constrains the verb's clause in the dependency tree:
//! * [`Role`] constraints on dependents (subject, object, indirect object,
//!   PP with a given preposition, xcomp, ccomp, agent, adverb), each with
//!   optional head-word sets or synsets and an optional actor [`Slot`];
//! * ordered [`Element`] sequences before and after the verb within its
//!   clause (words, synsets, noun phrases with their head, prepositional
//!   phrases, actor slots), with "glued" adjacency between elements;
//! * voice and negation conditions;
//! * forward and reverse event codes.

use demarche_lexicon as lexicon;
use lexicon::compiled::{FxHashMap, FxHashSet};
use lexicon::{ActorLexicon, AgentLexicon, DiscardLexicon, Vocabulary, WordId};

/// An interned event code string (index into [`Lexicon::codes`]).
pub type CodeId = u32;

/// The event codes a pattern (or verb) assigns: from source to target, and
/// optionally the paired event from target to source (`[032:033]`: a visit
/// and its hosting). Both `None` means "no event" (`[---]`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Codes {
    pub forward: Option<CodeId>,
    pub reverse: Option<CodeId>,
}

impl Codes {
    pub fn is_null(&self) -> bool {
        self.forward.is_none() && self.reverse.is_none()
    }
}

/// Words a token may be: by surface form (upper-case, as PETRARCH
/// dictionaries write them) or by lemma (upper-case; what native patterns
/// use, so they work on any parser's output).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct WordMatch {
    pub forms: Vec<WordId>,
    pub lemmas: Vec<WordId>,
}

impl WordMatch {
    pub fn form(id: WordId) -> WordMatch {
        WordMatch { forms: vec![id], lemmas: Vec::new() }
    }

    pub fn lemma(id: WordId) -> WordMatch {
        WordMatch { forms: Vec::new(), lemmas: vec![id] }
    }

    #[inline]
    pub fn matches(&self, form: WordId, lemma: WordId) -> bool {
        self.forms.contains(&form) || self.lemmas.contains(&lemma)
    }
}

/// A named word set (`&CURRENCY`): single words (with plurals) and phrases.
#[derive(Clone, Debug, Default)]
pub struct Synset {
    pub name: String,
    /// Single-word members, matched on form or lemma.
    pub words: FxHashSet<WordId>,
    /// Multi-word members: words with "glued to the previous word" flags.
    pub phrases: Vec<Vec<(WordId, bool)>>,
    /// Indexes filled by [`Lexicon::prepare`]: phrases by their first and
    /// by their last word, and every word a match can start or end on.
    pub by_first: FxHashMap<WordId, Vec<u32>>,
    pub by_last: FxHashMap<WordId, Vec<u32>>,
    pub edge_words: FxHashSet<WordId>,
}

/// An actor position in a pattern.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Slot {
    /// `$`: the source actor.
    Source,
    /// `+`: the target actor.
    Target,
    /// `^`: an actor phrase passed over.
    Skip,
    /// `%`: a compound actor whose members act on each other.
    Compound,
}

/// One element of an ordered sequence before or after the verb.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Element {
    pub kind: ElementKind,
    /// No word may come between this element and the previous one (the
    /// verb, for the first element of a sequence).
    pub glued: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ElementKind {
    /// One token.
    Word(WordMatch),
    /// A member of a synset (index into [`Lexicon::synsets`]).
    Synset(u32),
    /// A noun phrase: the elements in order inside one noun phrase, the
    /// last on its head noun.
    NounPhrase(Vec<Element>),
    /// A prepositional phrase: the first element on the preposition (a
    /// `case`/`mark` word), the rest inside its object's phrase.
    PrepPhrase(Vec<Element>),
    /// An actor phrase (a noun phrase of the clause).
    Slot(Slot),
}

/// A dependent of the verb a pattern constrains.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Role {
    /// `nsubj` (`nsubj:pass` in the passive).
    Subject,
    /// `obj`.
    Object,
    /// `iobj`.
    IndirectObject,
    /// `obl` introduced by one of these prepositions (any if empty).
    Oblique(Vec<WordId>),
    /// `obl:agent` (the by-phrase of a passive).
    Agent,
    /// `xcomp`: an open clausal complement (`urge X to …`).
    Xcomp,
    /// `ccomp`: a clausal complement (`say that …`).
    Ccomp,
    /// `advmod`.
    Adverb,
}

/// What a role's dependent must look like, and what it binds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RoleConstraint {
    pub role: Role,
    /// The dependent's head word (lemma/form), if constrained.
    pub head: Option<WordMatch>,
    /// Or a synset the head must belong to.
    pub head_synset: Option<u32>,
    /// The actor slot the dependent's phrase fills, if any.
    pub slot: Option<Slot>,
    /// The role must be absent (e.g. no object).
    pub absent: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Voice {
    Active,
    Passive,
}

/// Where a pattern or entry was written.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Origin {
    pub file: u16,
    pub line: u32,
}

/// A compiled pattern.
#[derive(Clone, Debug)]
pub struct Pattern {
    pub codes: Codes,
    /// Elements before the verb, nearest to the verb first.
    pub before: Vec<Element>,
    /// Elements after the verb, in order.
    pub after: Vec<Element>,
    /// Order-free constraints on the verb's dependents.
    pub roles: Vec<RoleConstraint>,
    pub voice: Option<Voice>,
    /// `Some(true)`: the verb must be negated; `Some(false)`: must not be.
    pub negated: Option<bool>,
    pub origin: Origin,
    /// The pattern as written, for `--explain`.
    pub text: String,
    /// Words the sentence must contain for the pattern to have a chance
    /// (filled by [`Lexicon::prepare`]); a cheap filter before matching.
    pub required: Required,
}

/// A pattern's required words: each single id must occur, one id of each
/// alternative set, and some word of each synset.
#[derive(Clone, Debug, Default)]
pub struct Required {
    pub each: Vec<WordId>,
    pub any_of: Vec<Vec<WordId>>,
    pub synsets: Vec<u32>,
}

impl Required {
    /// Whether `present` (sorted word ids) can satisfy the pattern.
    #[inline]
    pub fn met_by(&self, present: &[WordId], synsets: &[Synset]) -> bool {
        self.met_by_with(present, |s| synset_present(present, synsets, s))
    }

    /// [`Required::met_by`] with the synset test supplied (callers that
    /// test many patterns against one sentence remember its answers).
    #[inline]
    pub fn met_by_with(&self, present: &[WordId], synset_met: impl FnMut(u32) -> bool) -> bool {
        self.met_by_words(|w| present.binary_search(&w).is_ok(), synset_met)
    }

    /// [`Required::met_by_with`] with the word test supplied too.
    #[inline]
    pub fn met_by_words(&self, has: impl Fn(WordId) -> bool, mut synset_met: impl FnMut(u32) -> bool) -> bool {
        self.each.iter().all(|&w| has(w)) && self.any_of.iter().all(|set| set.iter().any(|&w| has(w))) && self.synsets.iter().all(|&s| synset_met(s))
    }
}

/// Whether some word of `present` is an edge word of synset `s` (a word a
/// synset phrase may start or end with).
pub fn synset_present(present: &[WordId], synsets: &[Synset], s: u32) -> bool {
    let edge = &synsets[s as usize].edge_words;
    present.iter().any(|w| edge.contains(w))
}

impl Pattern {
    /// Every plain word element (also inside phrases): each must occur.
    pub fn word_elements(&self) -> Vec<WordMatch> {
        self.elements_of_kind().0
    }

    /// Plain word elements and synset elements (also inside phrases).
    fn elements_of_kind(&self) -> (Vec<WordMatch>, Vec<u32>) {
        fn walk(elements: &[Element], out: &mut Vec<WordMatch>, sets: &mut Vec<u32>) {
            for e in elements {
                match &e.kind {
                    ElementKind::Word(w) => out.push(w.clone()),
                    ElementKind::Synset(s) => sets.push(*s),
                    ElementKind::NounPhrase(sub) | ElementKind::PrepPhrase(sub) => walk(sub, out, sets),
                    _ => {}
                }
            }
        }
        let mut out = Vec::new();
        let mut sets = Vec::new();
        walk(&self.before, &mut out, &mut sets);
        walk(&self.after, &mut out, &mut sets);
        for r in &self.roles {
            if let (Some(w), false) = (&r.head, r.absent) {
                out.push(w.clone());
            }
        }
        (out, sets)
    }
}

/// A verb sense: the words of a (multi-word) verb and its block.
#[derive(Clone, Debug)]
pub struct VerbSense {
    /// Words that must come right before the verb word (`WIRE_+TAP`).
    pub before: Vec<WordId>,
    /// Words that must come right after it (`+CORDON_OFF`).
    pub after: Vec<WordId>,
    pub block: u32,
    /// A code of its own, overriding the block's.
    pub codes: Option<Codes>,
    pub origin: Origin,
}

/// A verb block: a meaning, its default codes and its patterns.
#[derive(Clone, Debug)]
pub struct Block {
    pub meaning: String,
    pub codes: Codes,
    pub patterns: Vec<u32>,
    pub origin: Origin,
}

/// `~ a (b . ATTACK) SAY = a b 112`, with verbs resolved to codes.
#[derive(Clone, Debug)]
pub struct Transform {
    pub outer_source: TransformActor,
    pub inner_source: TransformActor,
    pub inner_target: TransformActor,
    /// The inner event's code must be this code or a descendant (`None`: any).
    pub inner_code: Option<CodeId>,
    pub outer_code: CodeId,
    pub result_source: TransformActor,
    pub result_target: TransformActor,
    /// `None`: the inner event's code.
    pub result_code: Option<CodeId>,
    pub origin: Origin,
}

pub use lexicon::verbs::TransformActor;

/// Everything the coder matches against.
#[derive(Debug, Default)]
pub struct Lexicon {
    pub vocab: Vocabulary,
    pub actors: ActorLexicon,
    pub agents: AgentLexicon,
    pub discards: DiscardLexicon,
    pub synsets: Vec<Synset>,
    pub senses: Vec<VerbSense>,
    pub blocks: Vec<Block>,
    pub patterns: Vec<Pattern>,
    pub transforms: Vec<Transform>,
    /// Event code strings.
    pub codes: Vec<String>,
    code_ids: FxHashMap<String, CodeId>,
    /// Verb senses by the surface form of the verb word.
    pub by_form: FxHashMap<WordId, Vec<u32>>,
    /// Verb senses by the base form (lemma) of the verb word.
    pub by_lemma: FxHashMap<WordId, Vec<u32>>,
    /// Base form of every verb form the dictionaries list or generate.
    pub verb_lemma: FxHashMap<WordId, WordId>,
    /// The synsets each word is an edge word of (filled by
    /// [`Lexicon::prepare`]): a sentence's synsets are found from its words.
    pub edge_synsets: FxHashMap<WordId, Vec<u32>>,
    /// Dictionary files, for origins.
    pub files: Vec<String>,
    /// demarche's own patterns (compiled by `crate::native::compile`).
    pub native: NativePatterns,
}

impl Lexicon {
    /// Finishes compilation: computes each pattern's required words.
    /// Idempotent; [`crate::coder::Coder::new`] calls it.
    pub fn prepare(&mut self) {
        for set in &mut self.synsets {
            set.by_first.clear();
            set.by_last.clear();
            set.edge_words = set.words.clone();
            for (i, phrase) in set.phrases.iter().enumerate() {
                let (Some(first), Some(last)) = (phrase.first(), phrase.last()) else { continue };
                set.by_first.entry(first.0).or_default().push(i as u32);
                set.by_last.entry(last.0).or_default().push(i as u32);
                set.edge_words.insert(first.0);
                set.edge_words.insert(last.0);
            }
        }
        self.edge_synsets.clear();
        for (s, set) in self.synsets.iter().enumerate() {
            for &w in &set.edge_words {
                self.edge_synsets.entry(w).or_default().push(s as u32);
            }
        }
        for p in &mut self.patterns {
            let (words, sets) = p.elements_of_kind();
            let mut required = Required { synsets: sets, ..Required::default() };
            for w in words {
                let ids: Vec<WordId> = w.forms.iter().chain(&w.lemmas).copied().collect();
                match ids.as_slice() {
                    [one] => required.each.push(*one),
                    _ => required.any_of.push(ids),
                }
            }
            p.required = required;
        }
    }

    /// The base form of a verb form the dictionaries know (upper-case).
    pub fn verb_base(&self, form: &str) -> Option<&str> {
        let id = self.vocab.get_folded(form)?;
        self.verb_lemma.get(&id).map(|&b| self.vocab.word(b))
    }

    pub fn code_id(&mut self, code: &str) -> CodeId {
        if let Some(&id) = self.code_ids.get(code) {
            return id;
        }
        let id = self.codes.len() as CodeId;
        self.codes.push(code.to_string());
        self.code_ids.insert(code.to_string(), id);
        id
    }

    pub fn code(&self, id: CodeId) -> &str {
        &self.codes[id as usize]
    }

    pub fn file_index(&mut self, file: &str) -> u16 {
        match self.files.iter().position(|f| f == file) {
            Some(i) => i as u16,
            None => {
                self.files.push(file.to_string());
                (self.files.len() - 1) as u16
            }
        }
    }

    /// `file:line` of an origin.
    pub fn origin(&self, o: &Origin) -> String {
        format!("{}:{}", self.files.get(o.file as usize).map_or("?", String::as_str), o.line)
    }

    /// Adds a verb sense anchored on `forms` (surface forms of the verb
    /// word) with base form `lemma`.
    pub fn add_sense(&mut self, sense: VerbSense, forms: &[WordId], lemma: WordId) -> u32 {
        let id = self.senses.len() as u32;
        self.senses.push(sense);
        for &f in forms {
            let v = self.by_form.entry(f).or_default();
            if !v.contains(&id) {
                v.push(id);
            }
            self.verb_lemma.entry(f).or_insert(lemma);
        }
        let v = self.by_lemma.entry(lemma).or_default();
        if !v.contains(&id) {
            v.push(id);
        }
        id
    }
}

// ---------------------------------------------------------------------------
// Native patterns (demarche's own format, `crates/knowledge/PATTERNS.md`).
//
// A native pattern is anchored on a verb, noun or adjective lemma and
// constrains dependency *paths* from it (`xcomp.obj:talk`), voice-
// independently. Its roles form a tree rooted at the anchor: one node per
// path prefix, so `xcomp:host  xcomp.obj:talk` talks about one `xcomp`.

/// The part of speech a native anchor must have.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AnchorPos {
    Verb,
    Noun,
    Adjective,
}

/// How the words of a [`Term`] are joined.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TermKind {
    /// One lemma.
    Word,
    /// A phrasal verb (`carry_out`): the first word is the verb, the others
    /// its particles (a `compound:prt` dependent or the next words).
    Phrasal,
    /// A hyphen or space compound (`cease-fire`): the last word is the head,
    /// the others stand right before it (hyphens allowed between them).
    Compound,
}

/// A lemma, phrasal verb or compound, as upper-case word ids.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Term {
    pub words: Vec<WordId>,
    pub kind: TermKind,
}

impl Term {
    /// The word an occurrence is indexed by: the verb of a phrasal verb,
    /// the head of a compound.
    pub fn key(&self) -> WordId {
        match self.kind {
            TermKind::Compound => *self.words.last().unwrap_or(&0),
            _ => self.words[0],
        }
    }
}

/// One step of a role path: a relation of the node reached so far.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Step {
    /// The logical subject (`nsubj`; the by-agent in the passive).
    Subj,
    /// The logical object (`obj`; the passive subject; a lone `iobj`).
    Obj,
    Iobj,
    Xcomp,
    Ccomp,
    Acl,
    Poss,
    Amod,
    Compound,
    /// An auxiliary (`aux`: "must", "should", "will").
    Aux,
    /// A noun in apposition (`appos`: "the Stena Impero, *a British-flagged
    /// tanker*").
    Appos,
    /// A dependent introduced by this preposition (`case`, or `mark` of a
    /// clause); several words for multi-word prepositions (`on_behalf_of`).
    Prep(Vec<WordId>),
}

/// What the node a role reaches must be, or what it binds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NativeValue {
    /// `*` (or a path prefix without a role of its own): present.
    Present,
    /// `-`: absent.
    Absent,
    /// `$`: the source actor.
    Source,
    /// `+`: the target actor.
    Target,
    /// Head lemma alternatives.
    Terms(Vec<Term>),
    /// Head lemma in a synset (index into [`NativePatterns::synsets`]).
    Synset(u32),
}

impl NativeValue {
    /// Whether this value binds an actor (`$`, `+`).
    pub fn is_slot(&self) -> bool {
        matches!(self, NativeValue::Source | NativeValue::Target)
    }

    /// Whether a node with this value is consumed by the pattern (nodes
    /// bound to `$`/`+` stay free: their own clauses may be events).
    pub fn consumes(&self) -> bool {
        !matches!(self, NativeValue::Source | NativeValue::Target | NativeValue::Absent)
    }
}

/// A node of a pattern's role tree.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RoleNode {
    pub step: Step,
    pub value: NativeValue,
    /// Written as a role (not only a prefix of a longer path).
    pub written: bool,
    pub children: Vec<RoleNode>,
}

/// A role tree node in pre-order, with its parent's index (`None`: the
/// anchor).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FlatRole {
    pub parent: Option<u16>,
    pub step: Step,
    pub value: NativeValue,
    pub written: bool,
}

impl NativePattern {
    /// Flattens [`NativePattern::roles`] into [`NativePattern::flat`].
    pub fn flatten(&mut self) {
        fn walk(nodes: &[RoleNode], parent: Option<u16>, out: &mut Vec<FlatRole>) {
            for n in nodes {
                let me = out.len() as u16;
                out.push(FlatRole { parent, step: n.step.clone(), value: n.value.clone(), written: n.written });
                walk(&n.children, Some(me), out);
            }
        }
        self.flat.clear();
        let mut flat = Vec::new();
        walk(&self.roles, None, &mut flat);
        self.flat = flat;
    }
}

/// A compiled native pattern.
#[derive(Clone, Debug)]
pub struct NativePattern {
    /// `None` for `---` (this construction reports no event).
    pub code: Option<CodeId>,
    pub pos: AnchorPos,
    /// Anchor alternatives.
    pub anchors: Vec<Term>,
    /// The role tree below the anchor.
    pub roles: Vec<RoleNode>,
    /// The same nodes in pre-order (parents before children), as the
    /// matcher walks them.
    pub flat: Vec<FlatRole>,
    /// Roles as written (the "most roles wins" score).
    pub role_count: u32,
    /// `neg`: the anchor must be negated.
    pub neg: bool,
    /// `place`: the target must be a named place (a town, a region: a
    /// territory of the knowledge base), or there is no event ("took Goma"
    /// is a capture, "took Kenya's offer" none).
    pub place: bool,
    /// `body`: the target must be an international organisation named in
    /// the knowledge base, or there is no event ("left the Commonwealth of
    /// Independent States" is leaving a body, "left Kyiv" none).
    pub body: bool,
    /// The code is reciprocal (meet, negotiate, sign …): with a coordinated
    /// subject the pattern may match without its target ("Russian and
    /// Ukrainian delegations met"), the members acting on each other.
    pub reciprocal: bool,
    pub voice: Option<Voice>,
    pub origin: Origin,
    pub text: String,
}

/// One line of `data/mutual-codes.tsv`: a code (or code prefix) whose
/// events two sides do to each other.
struct MutualCode {
    code: &'static str,
    exact: bool,
    reciprocal: bool,
}

static MUTUAL_CODES: std::sync::LazyLock<Vec<MutualCode>> = std::sync::LazyLock::new(|| {
    include_str!("../data/mutual-codes.tsv")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| {
            let f: Vec<&str> = l.split('\t').map(str::trim).collect();
            // (A malformed line is a build-time data error: the file is compiled in.)
            assert!(f.len() == 3 && matches!(f[1], "prefix" | "exact") && matches!(f[2], "reciprocal" | "joint"), "data/mutual-codes.tsv: malformed line `{l}`");
            MutualCode { code: f[0], exact: f[1] == "exact", reciprocal: f[2] == "reciprocal" }
        })
        .collect()
});

fn mutual_entry(code: &str) -> Option<&'static MutualCode> {
    MUTUAL_CODES.iter().find(|m| if m.exact { code == m.code } else { code.starts_with(m.code) })
}

/// Codes whose patterns match without their target when the subject is
/// joint, the members acting on each other ("Russian and Ukrainian
/// delegations met"); listed in `data/mutual-codes.tsv`.
pub fn reciprocal_code(code: &str) -> bool {
    mutual_entry(code).is_some_and(|m| m.reciprocal)
}

/// Codes whose events hold both ways between the members of a joint
/// subject with no target named ("Putin and Kim signed a treaty", "the two
/// sides agreed to resume talks"): the reciprocal ones and the `joint`
/// ones of `data/mutual-codes.tsv`.
pub fn joint_code(code: &str) -> bool {
    mutual_entry(code).is_some()
}

/// A named lemma set of the native patterns.
#[derive(Clone, Debug, Default)]
pub struct NativeSynset {
    pub name: String,
    /// Single lemmas.
    pub words: FxHashSet<WordId>,
    /// Compounds and phrasal verbs.
    pub terms: Vec<Term>,
    pub origin: Origin,
}

/// One anchor alternative of a pattern, indexed by a word it may occur at
/// ([`NativePatterns::anchor_entries`]), with what the matcher needs to
/// rule the pattern out without reading it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AnchorEntry {
    /// `u32::MAX` minus the pattern's score (roles as written, plus one for
    /// `neg`), so that ascending order puts the best first.
    pub rank: u32,
    pub pattern: u32,
    /// Index into [`NativePattern::anchors`].
    pub term: u16,
    /// The word the entry is indexed by.
    pub word: WordId,
    /// The alternative is a single word (`word` itself).
    pub single: bool,
    pub pos: AnchorPos,
    pub neg: bool,
    pub reciprocal: bool,
    pub voice: Option<Voice>,
    /// Steps from the anchor that must reach some token: bits of
    /// `native::matcher::step_bit`, for roles other than `+` and for `+`.
    pub required: u64,
    pub target: u64,
    /// Steps from the anchor that must reach nothing (`-`).
    pub absent: u64,
    /// A step from the anchor whose token must be one of some words (the
    /// bit number of its step, 64 for none), and a 64-bit Bloom filter of
    /// those words (`native::matcher::word_bit`).
    pub value_step: u8,
    pub value_words: u64,
}

impl AnchorEntry {
    /// The order entries are tried in (best score, global order, alternative).
    pub fn order(&self) -> (u32, u32, u16) {
        (self.rank, self.pattern, self.term)
    }
}

impl NativePattern {
    /// The "most roles wins" score (a `neg` pattern beats its plain twin).
    pub fn score(&self) -> u32 {
        self.role_count + self.neg as u32
    }
}

/// All native patterns, in global order (files in path order, lines in
/// file order): ties between patterns with as many roles go to the earlier.
#[derive(Clone, Debug, Default)]
pub struct NativePatterns {
    pub patterns: Vec<NativePattern>,
    pub synsets: Vec<NativeSynset>,
    /// Pattern ids by anchor key word ([`Term::key`]), in global order.
    pub by_anchor: FxHashMap<WordId, Vec<u32>>,
    /// The anchor alternatives a word can start, in the order the matcher
    /// tries them: best score first, then global order, then alternative
    /// order (so the first pattern that matches is the winner).
    pub anchor_entries: FxHashMap<WordId, Vec<AnchorEntry>>,
    /// Every phrasal verb written anywhere (verb, particle): a bare `call`
    /// does not match "called off" when `call_off` is listed.
    pub phrasal: FxHashSet<(WordId, WordId)>,
    /// Pattern files, for origins.
    pub files: Vec<String>,
}
