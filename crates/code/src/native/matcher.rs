//! Matching native patterns against a parsed sentence.
//!
//! Anchors are tried governors first (by depth in the tree, then sentence
//! order), so that a pattern whose role path runs through an embedded verb
//! or noun (`xcomp:host`, `obj.acl:accept`) consumes it before it is tried
//! as an anchor of its own. Of the patterns that match one anchor, the one
//! with the most roles wins, ties going to the pattern written first (global
//! order: files by path, lines in order). A `---` winner codes nothing but
//! still consumes what it matched.

use std::cell::RefCell;
use std::sync::LazyLock;

use demarche_lexicon::WordId;

use crate::deps::{Rel, Tag};
use crate::model::{AnchorEntry, AnchorPos, CodeId, FlatRole, NativePattern, NativeSynset, NativePatterns, NativeValue, Step, Term, TermKind, Voice};
use crate::native::rules::data_lines;
use crate::native::tree::{Tree, NONE};

/// One anchor and the pattern that won it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AnchorMatch {
    /// The anchor token (the verb, or the head of a compound anchor).
    pub anchor: u32,
    /// Index into [`NativePatterns::patterns`].
    pub pattern: u32,
    /// The event code; `None` for a `---` pattern.
    pub code: Option<CodeId>,
    /// Tokens bound by `$` and `+`.
    pub source: Option<u32>,
    pub target: Option<u32>,
    /// The anchor is negated (`not`, `never`, `no` on its object).
    pub negated: bool,
    /// Every token the pattern consumed (anchor words included).
    pub consumed: Vec<u32>,
    /// The token each role node reached (pre-order node index, token).
    pub nodes: Vec<(u16, u32)>,
}

/// What matching one sentence found.
#[derive(Clone, Debug, Default)]
pub struct SentenceMatches {
    pub matches: Vec<AnchorMatch>,
    /// Tokens consumed by some pattern (not tried as anchors).
    pub consumed: Vec<bool>,
    /// Tokens inside a clause a pattern consumed (an embedded verb and
    /// everything below it): not events of their own.
    pub covered: Vec<bool>,
}

/// Matches every anchor of the sentence.
pub fn match_sentence(native: &NativePatterns, tree: &Tree<'_>) -> SentenceMatches {
    thread_local! {
        /// A thread's matching buffers, reused from sentence to sentence.
        static SCRATCH: RefCell<Scratch> = RefCell::new(Scratch::default());
    }
    SCRATCH.with(|cell| match cell.try_borrow_mut() {
        Ok(mut scratch) => match_with(native, tree, &mut scratch),
        Err(_) => match_with(native, tree, &mut Scratch::default()),
    })
}

fn match_with(native: &NativePatterns, tree: &Tree<'_>, scratch: &mut Scratch) -> SentenceMatches {
    let n = tree.len();
    let m = Matcher { native, tree };
    let mut out = SentenceMatches { matches: Vec::new(), consumed: vec![false; n], covered: vec![false; n] };
    let mut anchors = std::mem::take(&mut scratch.anchors);
    anchors.clear();
    anchors.extend((0..n as u32).filter(|&t| m.has_candidates(t)));
    anchors.sort_by_key(|&t| (tree.depth[t as usize], t));
    for &t in &anchors {
        if out.consumed[t as usize] || out.covered[t as usize] {
            continue;
        }
        let found = m.best(t, &out.consumed, scratch, false).or_else(|| {
            // "Russian and Ukrainian delegations met": a reciprocal pattern
            // without its target, the subject's members acting on each other.
            m.coordinated_subject(t).then(|| m.best(t, &out.consumed, scratch, true)).flatten()
        });
        let Some(found) = found else { continue };
        for &c in &found.consumed {
            out.consumed[c as usize] = true;
            // A consumed clause belongs to this event, all of it.
            if c != t && tree.is_predicate_verb(c) {
                cover(tree, c, &mut out.covered);
            }
        }
        out.matches.push(found);
    }
    scratch.anchors = anchors;
    out
}

fn cover(tree: &Tree<'_>, t: u32, covered: &mut [bool]) {
    covered[t as usize] = true;
    // ("accused Iran of arming the rebels, a charge Iran denies": the noun
    // summing up the clause is a statement of its own.)
    for &k in tree.kids(t).iter().filter(|&&k| !(k > t && !matches!(tree.rel[k as usize], Rel::Nsubj | Rel::NsubjPass | Rel::Obj) && tree.has_kid(k, Rel::AclRelcl) && tree.is_summary_noun(k))) {
        cover(tree, k, covered);
    }
}

struct Matcher<'m, 's> {
    native: &'m NativePatterns,
    tree: &'m Tree<'s>,
}

/// A partial assignment of role nodes to tokens.
#[derive(Default)]
struct State {
    /// Token per flat node ([`NONE`] for an absent node).
    assign: Vec<u32>,
    /// For a node whose head matched a prepositional verb (`agree_to`): the
    /// prepositional object that stands for its object.
    prep_object: Vec<u32>,
    /// Target nodes may stay unfilled.
    reciprocal: bool,
    /// Candidate tokens per node (buffers reused across patterns).
    candidates: Vec<Vec<u32>>,
    /// Tokens a value term spans (buffer).
    term_tokens: Vec<u32>,
}

impl State {
    fn reset(&mut self, nodes: usize, reciprocal: bool) {
        self.assign.clear();
        self.assign.resize(nodes, NONE);
        self.prep_object.clear();
        self.prep_object.resize(nodes, NONE);
        if self.candidates.len() < nodes {
            self.candidates.resize_with(nodes, Vec::new);
        }
        self.reciprocal = reciprocal;
    }
}

/// Buffers reused across the anchors of a sentence and the sentences a
/// thread matches (matching allocates only for what it finds).
#[derive(Default)]
struct Scratch {
    /// Tokens with candidate patterns, in the order they are tried.
    anchors: Vec<u32>,
    entries: Vec<AnchorEntry>,
    anchor_tokens: Vec<u32>,
    steps: Vec<u32>,
    state: State,
}

/// The role steps with a bit of their own in [`AnchorEntry`] masks.
const FIXED_STEPS: [Step; 11] = [Step::Subj, Step::Obj, Step::Iobj, Step::Xcomp, Step::Ccomp, Step::Acl, Step::Poss, Step::Amod, Step::Compound, Step::Aux, Step::Appos];

/// The bit of a step from the anchor in [`AnchorEntry`] masks: one per
/// relation, prepositions hashed by their first word into the others (a
/// shared bit only lets more patterns through to the full match).
pub(crate) fn step_bit(step: &Step) -> u64 {
    match step {
        Step::Prep(words) => prep_bit(words[0]),
        _ => 1 << FIXED_STEPS.iter().position(|s| s == step).unwrap_or(0),
    }
}

fn prep_bit(word: WordId) -> u64 {
    let fixed = FIXED_STEPS.len() as u32;
    1 << (fixed + word % (64 - fixed))
}

/// The steps from the anchor a pattern needs filled (`+` roles apart, as
/// a reciprocal match may leave them empty) and needs empty (`-` roles of
/// a relation), as [`step_bit`] masks: (required, target, absent).
pub(crate) fn root_steps(pattern: &NativePattern) -> (u64, u64, u64) {
    let (mut required, mut target, mut absent) = (0, 0, 0);
    for role in pattern.flat.iter().filter(|r| r.parent.is_none()) {
        let bit = step_bit(&role.step);
        match role.value {
            NativeValue::Absent if !matches!(role.step, Step::Prep(_)) => absent |= bit,
            NativeValue::Absent => {}
            NativeValue::Target => target |= bit,
            _ => required |= bit,
        }
    }
    (required, target, absent)
}

/// The bit of word `w` in the 64-bit Bloom filters of words.
pub(crate) fn word_bit(w: WordId) -> u64 {
    1 << (w.wrapping_mul(0x9E37_79B1) >> 26)
}

/// The words a term can be found at (a compound at any of its words).
fn term_words(term: &Term) -> u64 {
    match term.kind {
        TermKind::Compound => term.words.iter().fold(0, |m, &w| m | word_bit(w)),
        _ => word_bit(term.words[0]),
    }
}

/// The most selective word constraint on a step from the anchor: (the bit
/// number of the step, the Bloom filter of its words); (64, all ones) when
/// the pattern has none.
pub(crate) fn root_value_filter(pattern: &NativePattern, synsets: &[NativeSynset]) -> (u8, u64) {
    let mut best = (64u8, u64::MAX);
    for role in pattern.flat.iter().filter(|r| r.parent.is_none()) {
        let words = match &role.value {
            NativeValue::Terms(terms) => terms.iter().fold(0, |m, t| m | term_words(t)),
            NativeValue::Synset(s) => {
                let set = &synsets[*s as usize];
                set.words.iter().fold(0, |m, &w| m | word_bit(w)) | set.terms.iter().fold(0, |m, t| m | term_words(t))
            }
            _ => continue,
        };
        if words.count_ones() < best.1.count_ones() {
            best = (step_bit(&role.step).trailing_zeros() as u8, words);
        }
    }
    best
}

/// Relations of a dependent a preposition (`case`, `mark`) may introduce
/// (the parser labels "until Thursday" a bare temporal).
fn prep_host(rel: Rel) -> bool {
    matches!(rel, Rel::Obl | Rel::OblAgent | Rel::Nmod | Rel::Advcl | Rel::Acl | Rel::OblNpmod | Rel::OblTmod | Rel::Xcomp | Rel::Ccomp)
}

impl Matcher<'_, '_> {
    fn candidates_for(&self, t: u32) -> impl Iterator<Item = u32> + '_ {
        let tree = self.tree;
        let ti = t as usize;
        let by_lemma = self.native.by_anchor.get(&tree.lemma_id[ti]).map(Vec::as_slice).unwrap_or(&[]);
        let by_form = if tree.form_id[ti] != tree.lemma_id[ti] { self.native.by_anchor.get(&tree.form_id[ti]).map(Vec::as_slice).unwrap_or(&[]) } else { &[] };
        by_lemma.iter().chain(by_form.iter()).copied()
    }

    fn has_candidates(&self, t: u32) -> bool {
        self.candidates_for(t).next().is_some()
    }

    /// The best pattern for anchor `t`.
    /// Whether the anchor's subject is coordinated ("X and Y", "Russian and
    /// Ukrainian delegations") or counted as two ("the two men").
    fn coordinated_subject(&self, t: u32) -> bool {
        let tree = self.tree;
        let s = tree.kids(t).iter().copied().find(|&k| matches!(tree.rel[k as usize], Rel::Nsubj | Rel::NsubjPass)).or_else(|| subject_of(tree, t));
        // "the two men", "both leaders": a subject counted as two.
        let counted = |s: u32| tree.kids(s).iter().any(|&k| matches!(tree.rel[k as usize], Rel::Det | Rel::Nummod) && (tree.is_form(k, "two") || tree.is_form(k, "both")));
        // "the foreign ministers of Egypt and Jordan", also when the
        // conjunct hangs inside a name ("of Democratic Republic of Congo
        // and Rwanda"). Two countries only: the ministers of six powers
        // "meeting in Paris" are a gathering, not pairs meeting.
        let one_conj = |h: u32| tree.kids_with(h, Rel::Conj).count() == 1;
        let of_conj = |k: u32| tree.rel[k as usize] == Rel::Nmod && tree.case_child(k).is_some_and(|p| tree.is_form(p, "of")) && (one_conj(k) || tree.kids(k).iter().any(|&n| tree.rel[n as usize] == Rel::Nmod && one_conj(n)));
        let joint = |s: u32| tree.has_kid(s, Rel::Conj) || counted(s) || tree.kids(s).iter().any(|&k| (matches!(tree.rel[k as usize], Rel::Amod | Rel::Compound | Rel::NmodPoss) && tree.has_kid(k, Rel::Conj)) || of_conj(k));
        // "Ethiopia and Somalia said they would begin talks": "they" under
        // a joint speaker is the speaker's members (resolved so later; an
        // event only if it stands for two).
        let joint_speakers = |s: u32| {
            if tree.tag[s as usize] != Tag::PRP || !(tree.is_form(s, "they") || tree.is_form(s, "we")) {
                return false;
            }
            let mut clause = tree.head[s as usize];
            while clause != NONE && tree.rel[clause as usize] == Rel::Conj {
                clause = tree.head[clause as usize];
            }
            clause != NONE && tree.rel[clause as usize] == Rel::Ccomp && tree.head[clause as usize] != NONE && subject_of(tree, tree.head[clause as usize]).is_some_and(joint)
        };
        s.is_some_and(|s| joint(s) || joint_speakers(s))
    }

    fn best(&self, t: u32, consumed: &[bool], scratch: &mut Scratch, reciprocal: bool) -> Option<AnchorMatch> {
        let tree = self.tree;
        let ti = t as usize;
        let (lemma, form) = (tree.lemma_id[ti], tree.form_id[ti]);
        let index = &self.native.anchor_entries;
        let by_lemma = index.get(&lemma).map(Vec::as_slice).unwrap_or(&[]);
        let by_form = if form != lemma { index.get(&form).map(Vec::as_slice).unwrap_or(&[]) } else { &[] };
        let mut entries = std::mem::take(&mut scratch.entries);
        entries.clear();
        let sorted: &[AnchorEntry] = if by_form.is_empty() {
            by_lemma
        } else if by_lemma.is_empty() {
            by_form
        } else {
            entries.extend_from_slice(by_lemma);
            entries.extend_from_slice(by_form);
            entries.sort_unstable_by_key(AnchorEntry::order);
            entries.dedup_by_key(|e| e.order());
            &entries
        };
        // What every pattern at `t` checks, once: most patterns are ruled
        // out from their entries alone, without reading them.
        let negated = self.is_negated(t);
        let passive = tree.is_passive(t);
        let pos_ok = |pos: AnchorPos| match pos {
            AnchorPos::Verb => tree.is_predicate_verb(t),
            AnchorPos::Noun => tree.tag[ti].is_noun(),
            AnchorPos::Adjective => tree.tag[ti].is_adjective() || tree.tag[ti] == Tag::VBN,
        };
        let phrasal_lemma = self.other_phrasal(t, lemma);
        let phrasal_form = if form == lemma { phrasal_lemma } else { self.other_phrasal(t, form) };
        // The steps available from `t`, worked out when the first pattern
        // gets as far as needing them.
        let mut step_words = [0u64; 64];
        let mut available: Option<u64> = None;
        let mut anchor_tokens = std::mem::take(&mut scratch.anchor_tokens);
        // Entries come best score first, then in global order: the first
        // pattern that matches wins ("most roles, ties to the earlier").
        let mut found = None;
        for group in sorted.chunk_by(|a, b| a.pattern == b.pattern) {
            let first = &group[0];
            if (first.neg && !negated) || (reciprocal && !first.reciprocal) || first.voice.is_some_and(|v| (v == Voice::Passive) != passive) {
                continue;
            }
            let pattern = &self.native.patterns[first.pattern as usize];
            // The first alternative (in written order) that occurs at `t` is the anchor.
            let mut prep_object = NONE;
            let chosen = group.iter().find(|e| {
                anchor_tokens.clear();
                prep_object = NONE;
                if e.single {
                    // `t` has the word by construction of the index.
                    let other_phrasal = if e.word == lemma { phrasal_lemma } else { phrasal_form };
                    anchor_tokens.push(t);
                    return !other_phrasal && pos_ok(e.pos);
                }
                let term = &pattern.anchors[e.term as usize];
                // The part of speech is that of the anchor word, or for a
                // compound that of its last word (taggers split "cease-fire").
                self.term_at(term, t, true, &mut anchor_tokens, &mut prep_object)
                    && (pos_ok(e.pos) || (term.kind == TermKind::Compound && anchor_tokens.iter().max().is_some_and(|&l| self.pos_ok(l, e.pos))))
            });
            let Some(e) = chosen else { continue };
            // Roles from the anchor that cannot be satisfied (a phrasal
            // verb's prepositional object may stand for its object).
            let mut need = e.required | if reciprocal { 0 } else { e.target };
            let mut absent = e.absent;
            if !e.single {
                need &= !step_bit(&Step::Obj);
                absent &= !step_bit(&Step::Obj);
            }
            let available = *available.get_or_insert_with(|| self.available_steps(t, &mut scratch.steps, &mut step_words));
            if available & need != need || available & absent != 0 {
                continue;
            }
            // A step whose token must be one of some words: is any there?
            let obj_bit = step_bit(&Step::Obj).trailing_zeros() as u8;
            if e.value_step < 64 && (e.single || e.value_step != obj_bit) && step_words[e.value_step as usize] & e.value_words == 0 {
                continue;
            }
            if let Some(m) = self.try_pattern(t, e.pattern, pattern, &anchor_tokens, prep_object, negated, consumed, reciprocal, &mut scratch.state) {
                found = Some(m);
                break;
            }
        }
        scratch.anchor_tokens = anchor_tokens;
        scratch.entries = entries;
        found
    }

    /// The steps from `t` that reach some token ([`step_bit`]s; a phrasal
    /// anchor's prepositional object not counted), and per step bit the
    /// Bloom filter of the lemmas and forms of the tokens it reaches.
    fn available_steps(&self, t: u32, buf: &mut Vec<u32>, words: &mut [u64; 64]) -> u64 {
        let tree = self.tree;
        let token_words = |y: u32| word_bit(tree.lemma_id[y as usize]) | word_bit(tree.form_id[y as usize]);
        *words = [0; 64];
        let mut mask = 0;
        for step in &FIXED_STEPS {
            buf.clear();
            self.step_candidates(t, step, NONE, buf);
            if !buf.is_empty() {
                let bit = step_bit(step);
                mask |= bit;
                // (A complement's conjuncts may carry the word: see `conjunct_names`.)
                let complement = matches!(step, Step::Xcomp | Step::Ccomp);
                words[bit.trailing_zeros() as usize] = buf.iter().fold(0, |m, &y| m | token_words(y) | if complement { self.conjuncts(y).into_iter().fold(0, |m, c| m | token_words(c)) } else { 0 });
            }
        }
        // Every preposition `Step::Prep` could find (see `prep_dependents`).
        let mut prepositions = |x: u32| {
            for &k in tree.kids(x) {
                if prep_host(tree.rel[k as usize]) {
                    for &c in tree.kids(k) {
                        if matches!(tree.rel[c as usize], Rel::Case | Rel::Mark) {
                            let bit = prep_bit(tree.form_id[c as usize]);
                            mask |= bit;
                            words[bit.trailing_zeros() as usize] |= self.conjuncts(k).into_iter().fold(token_words(k), |m, c| m | token_words(c));
                        }
                    }
                }
            }
        };
        prepositions(t);
        if tree.is_predicate_verb(t) {
            for o in tree.kids_with(t, Rel::Obj) {
                prepositions(o);
                for i in tree.nmods_with_case(o, "in") {
                    prepositions(i);
                }
                if is_quantity_noun(tree.lemmas[o as usize]) {
                    for c in tree.counted_nouns(o) {
                        prepositions(c);
                    }
                }
            }
        }
        mask
    }

    /// Assigns the roles of pattern `p` at anchor `t` (its anchor words
    /// `anchor_tokens`).
    #[allow(clippy::too_many_arguments)]
    fn try_pattern(&self, t: u32, p: u32, pattern: &NativePattern, anchor_tokens: &[u32], prep_object: u32, negated: bool, consumed: &[bool], reciprocal: bool, state: &mut State) -> Option<AnchorMatch> {
        let nodes = pattern.flat.len();
        state.reset(nodes, reciprocal);
        if !self.assign(pattern, 0, t, prep_object, state, consumed, anchor_tokens) {
            return None;
        }
        let mut m = AnchorMatch {
            anchor: t,
            pattern: p,
            code: pattern.code,
            source: None,
            target: None,
            negated,
            consumed: anchor_tokens.to_vec(),
            nodes: Vec::with_capacity(nodes),
        };
        for (i, role) in pattern.flat.iter().enumerate() {
            let tok = state.assign[i];
            if tok == NONE {
                continue;
            }
            m.nodes.push((i as u16, tok));
            match role.value {
                NativeValue::Source => m.source = Some(tok),
                NativeValue::Target => m.target = Some(tok),
                ref v if v.consumes() => {
                    if !m.consumed.contains(&tok) {
                        m.consumed.push(tok);
                    }
                    // Coordinated words share the role ("stop attacks and withdraw"),
                    // but not a clause with a subject of its own joined to a
                    // copular predicate ("said the deal is not acceptable,
                    // and farmers have blocked roads").
                    let own_clause = |c: u32| !self.tree.tag[tok as usize].is_verb() && self.tree.kids(c).iter().any(|&s| matches!(self.tree.rel[s as usize], Rel::Nsubj | Rel::NsubjPass));
                    for c in self.conjuncts(tok) {
                        if !m.consumed.contains(&c) && !own_clause(c) {
                            m.consumed.push(c);
                        }
                    }
                }
                _ => {}
            }
        }
        Some(m)
    }

    /// Backtracking over the flat role list from node `k`.
    #[allow(clippy::too_many_arguments)]
    fn assign(&self, pattern: &NativePattern, k: usize, anchor: u32, anchor_prep_object: u32, st: &mut State, consumed: &[bool], anchor_tokens: &[u32]) -> bool {
        let Some(role) = pattern.flat.get(k) else { return true };
        let (parent, parent_prep) = match role.parent {
            None => (anchor, anchor_prep_object),
            Some(p) => (st.assign[p as usize], st.prep_object[p as usize]),
        };
        // Candidate lists live in `st.candidates`, one per node, reused.
        let mut cands = std::mem::take(&mut st.candidates[k]);
        cands.clear();
        self.step_candidates(parent, &role.step, parent_prep, &mut cands);
        let ok = self.assign_from(pattern, k, role, &cands, anchor, anchor_prep_object, st, consumed, anchor_tokens);
        st.candidates[k] = cands;
        ok
    }

    #[allow(clippy::too_many_arguments)]
    fn assign_from(&self, pattern: &NativePattern, k: usize, role: &FlatRole, cands: &[u32], anchor: u32, anchor_prep_object: u32, st: &mut State, consumed: &[bool], anchor_tokens: &[u32]) -> bool {
        if role.value == NativeValue::Absent {
            return cands.is_empty() && self.assign(pattern, k + 1, anchor, anchor_prep_object, st, consumed, anchor_tokens);
        }
        for &y in cands {
            if consumed[y as usize] || anchor_tokens.contains(&y) || st.assign[..k].contains(&y) {
                continue;
            }
            // Actors are phrases, not clauses ("send a delegation to Cairo to
            // pursue a deal": `to:+` is Cairo).
            if role.value.is_slot() && self.tree.is_predicate_verb(y) {
                continue;
            }
            // "said Kigali was not responsible", "said it would not attack":
            // a named reported clause that is negated is not what the
            // pattern names (a pattern with `neg` asks for the negation).
            // (Unless the pattern names the negation itself: "said the deal
            // was not acceptable", `ccomp.aux:not`.)
            // The same for an open complement: "pledged not to support the
            // rebels" is no pledge of support.
            if matches!(role.step, Step::Ccomp | Step::Xcomp) && matches!(role.value, NativeValue::Terms(_) | NativeValue::Synset(_)) && !pattern.neg && is_negated(self.tree, y) && !self.negation_asked(pattern, k, y) {
                continue;
            }
            let mut prep = NONE;
            let mut toks = std::mem::take(&mut st.term_tokens);
            // A term matching at `y` records the preposition whose object it reached.
            let mut term_hits = |term: &Term| {
                toks.clear();
                let mut po = NONE;
                let hit = self.term_at(term, y, false, &mut toks, &mut po);
                if hit {
                    prep = po;
                }
                hit
            };
            let ok = match &role.value {
                NativeValue::Terms(terms) => terms.iter().any(&mut term_hits),
                NativeValue::Synset(s) => self.in_synset(*s, y) || self.native.synsets[*s as usize].terms.iter().any(&mut term_hits),
                _ => true,
            };
            // "called the move unilateral and illegal", "said it was
            // illegal and an act of aggression": what a coordination's
            // first member is to the verb its other members are too, so a
            // word the pattern names in a complement may be any noun or
            // adjective conjunct of the word the step reaches (not a
            // conjoined clause, which says something of its own).
            let ok = ok || (matches!(role.step, Step::Xcomp | Step::Ccomp | Step::Prep(_)) && matches!(role.value, NativeValue::Terms(_) | NativeValue::Synset(_)) && self.conjunct_names(&role.value, y, &mut toks));
            st.term_tokens = toks;
            if !ok {
                continue;
            }
            st.assign[k] = y;
            st.prep_object[k] = prep;
            if self.assign(pattern, k + 1, anchor, anchor_prep_object, st, consumed, anchor_tokens) {
                return true;
            }
            st.assign[k] = NONE;
            st.prep_object[k] = NONE;
        }
        if st.reciprocal && role.value == NativeValue::Target && pattern.flat.iter().all(|r| r.parent != Some(k as u16)) {
            return self.assign(pattern, k + 1, anchor, anchor_prep_object, st, consumed, anchor_tokens);
        }
        false
    }

    /// A single-word synset member matches unless the token is a different
    /// phrasal verb ("called off" is not "call").
    fn word_in(&self, hit: bool, y: u32) -> bool {
        hit && !self.other_phrasal(y, self.tree.lemma_id[y as usize])
    }

    /// Tokens reached by one step from `x`.
    fn step_candidates(&self, x: u32, step: &Step, prep_object: u32, out: &mut Vec<u32>) {
        let tree = self.tree;
        let xi = x as usize;
        let passive = tree.is_passive(x);
        match step {
            Step::Subj => {
                if passive {
                    out.extend(tree.kids_with(x, Rel::OblAgent));
                    if out.is_empty() {
                        out.extend(tree.kids(x).iter().copied().filter(|&k| tree.rel[k as usize] == Rel::Obl && tree.case_is(k, "by")));
                    }
                } else {
                    out.extend(tree.kids(x).iter().copied().filter(|&k| matches!(tree.rel[k as usize], Rel::Nsubj | Rel::Csubj)));
                    if out.is_empty() {
                        if let Some(s) = subject_of(tree, x) {
                            out.push(s);
                        }
                    }
                }
            }
            Step::Obj => {
                if passive {
                    out.extend(tree.kids_with(x, Rel::NsubjPass));
                    if out.is_empty() && tree.rel[xi] == Rel::Acl && tree.head[xi] != NONE {
                        // "a deal brokered by Egypt": the noun is the object.
                        out.push(tree.head[xi]);
                    }
                }
                if out.is_empty() {
                    out.extend(tree.kids_with(x, Rel::Obj));
                    // "fired dozens of rockets": the counted noun too.
                    for i in 0..out.len() {
                        let o = out[i];
                        if is_quantity_noun(tree.lemmas[o as usize]) {
                            out.extend(tree.counted_nouns(o));
                        }
                    }
                }
                // "a plan, which Hamas accepted": the relative pronoun
                // object stands for the noun its clause modifies, which a
                // pattern's words may name (an actor slot keeps the
                // pronoun, tried first, which resolves to the noun).
                if !passive && tree.rel[xi] == Rel::AclRelcl && tree.head[xi] != NONE && out.iter().any(|&o| is_relative(tree, o)) {
                    out.push(tree.head[xi]);
                }
                if out.is_empty() {
                    out.extend(tree.kids_with(x, Rel::Iobj));
                }
                if out.is_empty() && prep_object != NONE {
                    out.push(prep_object);
                }
                if out.is_empty() && !passive && tree.rel[xi] == Rel::AclRelcl && tree.head[xi] != NONE {
                    // "the hostages it holds": the noun is the object when
                    // the clause has a subject of its own.
                    let has_subject = tree.kids(x).iter().any(|&k| tree.rel[k as usize] == Rel::Nsubj && !is_relative(tree, k));
                    if has_subject {
                        out.push(tree.head[xi]);
                    }
                }
            }
            Step::Iobj => out.extend(tree.kids_with(x, Rel::Iobj)),
            Step::Xcomp => {
                out.extend(tree.kids_with(x, Rel::Xcomp));
                if out.is_empty() {
                    // Parsers often hang "to + verb" complements as advcl.
                    out.extend(tree.kids(x).iter().copied().filter(|&k| {
                        tree.rel[k as usize] == Rel::Advcl && tree.kids_with(k, Rel::Mark).any(|m| tree.is_form(m, "to"))
                    }));
                }
            }
            Step::Ccomp => {
                out.extend(tree.kids_with(x, Rel::Ccomp));
                // "said Israel had achieved its goals and would respond
                // forcefully": a verb joined to the said clause that shares
                // its subject is said too (after the clause's own head).
                for i in 0..out.len() {
                    let c = out[i];
                    out.extend(tree.kids_with(c, Rel::Conj).filter(|&k| tree.tag[k as usize].is_verb() && !tree.kids(k).iter().any(|&d| matches!(tree.rel[d as usize], Rel::Nsubj | Rel::NsubjPass | Rel::Mark))));
                }
            }
            Step::Acl => out.extend(tree.kids_with(x, Rel::Acl)),
            Step::Poss => out.extend(tree.kids_with(x, Rel::NmodPoss)),
            Step::Amod => {
                let from = out.len();
                out.extend(tree.kids_with(x, Rel::Amod));
                // "a US drone" says what "a Russian drone" does: a proper
                // noun compound is a nationality modifier.
                out.extend(tree.kids_with(x, Rel::Compound).filter(|&k| matches!(tree.tag[k as usize], Tag::NNP | Tag::NNPS)));
                // "a full Israeli withdrawal", "the last 20 Israeli hostages":
                // a slot takes the first candidate, and the capitalised
                // (nationality) modifier is the one that can name an actor.
                out[from..].sort_by_key(|&k| !tree.forms[k as usize].starts_with(|c: char| c.is_uppercase()));
            }
            Step::Compound => out.extend(tree.kids_with(x, Rel::Compound)),
            Step::Appos => out.extend(tree.kids_with(x, Rel::Appos)),
            // Auxiliaries, and a clause's negation ("the deal is *not*
            // acceptable": `ccomp.aux:not`), which has no step of its own.
            Step::Aux => out.extend(tree.kids(x).iter().copied().filter(|&k| tree.rel[k as usize] == Rel::Aux || (tree.rel[k as usize] == Rel::Advmod && tree.lemma_is(k, "not")))),
            Step::Prep(words) => {
                let from = out.len();
                self.prep_dependents(x, words, out);
                // "the deployment of thousands of troops": the counted noun
                // of a quantity in the phrase too (after it).
                for i in from..out.len() {
                    let q = out[i];
                    if is_quantity_noun(tree.lemmas[q as usize]) {
                        out.extend(tree.counted_nouns(q));
                    }
                }
                if tree.is_predicate_verb(x) {
                    // "signed a deal with Israel": the phrase may hang on the object.
                    for o in tree.kids_with(x, Rel::Obj) {
                        self.prep_dependents(o, words, out);
                        // "held nine days of talks with Milosevic": or on
                        // the counted noun of a quantity object.
                        if is_quantity_noun(tree.lemmas[o as usize]) {
                            for c in tree.counted_nouns(o) {
                                self.prep_dependents(c, words, out);
                            }
                        }
                        // "provided $100 million in aid to Sudan": or on
                        // the object's "in" phrase.
                        for i in tree.nmods_with_case(o, "in") {
                            self.prep_dependents(i, words, out);
                        }
                    }
                }
                // "demanded an end to the aggression" with "to" hung on the
                // verb: a phrase opened right after an object noun may be
                // the object's.
                let h = tree.head[xi];
                if tree.rel[xi] == Rel::Obj && tree.tag[xi].is_noun() && h != NONE && tree.is_predicate_verb(h) {
                    let end = (xi..tree.head.len()).take_while(|&i| tree.dominates(x, i as u32)).last().unwrap_or(xi);
                    let mut on_verb = Vec::new();
                    self.prep_dependents(h, words, &mut on_verb);
                    for k in on_verb {
                        let opens = tree.kids(k).iter().any(|&c| matches!(tree.rel[c as usize], Rel::Case | Rel::Mark) && c as usize == end + 1);
                        if opens && !out.contains(&k) {
                            out.push(k);
                        }
                    }
                }
                // "attacked party offices over the following nights": "over"
                // with a time noun says when, not what about.
                if words.len() == 1 {
                    let tail: Vec<u32> = out.drain(from..).filter(|&k| !(is_time_noun(tree.lemmas[k as usize]) && tree.kids(k).iter().any(|&c| tree.rel[c as usize] == Rel::Case && tree.is_form(c, "over")))).collect();
                    out.extend(tail);
                }
                // "sanctions on Iranian oil exports on Friday": times last;
                // "froze its cooperation with Mali on Friday, with its
                // minister saying …": a phrase set off by a comma after them.
                let set_off = |k: u32| tree.kids(k).iter().any(|&c| tree.rel[c as usize] == Rel::Case && c > 0 && tree.forms[c as usize - 1] == ",");
                out[from..].sort_by_key(|&k| (is_time_noun(tree.lemmas[k as usize]), set_off(k)));
            }
        }
    }

    /// Dependents of `x` introduced by the preposition `words` (a `case` of
    /// a nominal, or the `mark` of a clause).
    fn prep_dependents(&self, x: u32, words: &[WordId], out: &mut Vec<u32>) {
        let tree = self.tree;
        for &k in tree.kids(x) {
            if !prep_host(tree.rel[k as usize]) {
                continue;
            }
            let hit = tree.kids(k).iter().any(|&c| matches!(tree.rel[c as usize], Rel::Case | Rel::Mark) && self.prep_words_at(c, words));
            if hit && !out.contains(&k) {
                out.push(k);
            }
        }
    }

    /// Whether the preposition at token `c` is `words` (with `fixed`
    /// dependents or the next tokens for multi-word prepositions).
    fn prep_words_at(&self, c: u32, words: &[WordId]) -> bool {
        let tree = self.tree;
        if tree.form_id[c as usize] != words[0] {
            return false;
        }
        let mut at = c;
        for &w in &words[1..] {
            let next = at + 1;
            if (next as usize) < tree.len() && tree.form_id[next as usize] == w {
                at = next;
            } else {
                return false;
            }
        }
        true
    }

    /// Whether a noun or adjective conjunct of `y` (not a clause with a
    /// subject of its own) is a word `value` names.
    fn conjunct_names(&self, value: &NativeValue, y: u32, toks: &mut Vec<u32>) -> bool {
        let tree = self.tree;
        let nominal = |t: u32| tree.tag[t as usize].is_noun() || tree.tag[t as usize].is_adjective();
        let own_clause = |t: u32| tree.kids(t).iter().any(|&k| matches!(tree.rel[k as usize], Rel::Nsubj | Rel::NsubjPass | Rel::Csubj | Rel::Mark));
        if !nominal(y) {
            return false;
        }
        self.conjuncts(y).into_iter().filter(|&c| nominal(c) && !own_clause(c)).any(|c| match value {
            NativeValue::Terms(terms) => terms.iter().any(|term| {
                toks.clear();
                let mut po = NONE;
                term.kind == TermKind::Word && self.term_at(term, c, false, toks, &mut po)
            }),
            NativeValue::Synset(s) => self.in_synset(*s, c),
            _ => false,
        })
    }

    /// Whether the word at `t` (lemma or form) is a one-word member of
    /// synset `s`.
    fn in_synset(&self, s: u32, t: u32) -> bool {
        let set = &self.native.synsets[s as usize];
        self.word_in(set.words.contains(&self.tree.lemma_id[t as usize]) || set.words.contains(&self.tree.form_id[t as usize]), t)
    }

    fn conjuncts(&self, t: u32) -> Vec<u32> {
        let mut out = Vec::new();
        let mut stack = vec![t];
        while let Some(x) = stack.pop() {
            for c in self.tree.kids_with(x, Rel::Conj) {
                out.push(c);
                stack.push(c);
            }
        }
        out
    }

    fn pos_ok(&self, t: u32, pos: AnchorPos) -> bool {
        let tree = self.tree;
        let tag = tree.tag[t as usize];
        match pos {
            AnchorPos::Verb => tree.is_predicate_verb(t),
            AnchorPos::Noun => tag.is_noun(),
            AnchorPos::Adjective => tag.is_adjective() || tag == Tag::VBN,
        }
    }

    /// Whether word `w` is at token `t` (lemma or form).
    fn word_is(&self, t: u32, w: WordId) -> bool {
        let ti = t as usize;
        self.tree.lemma_id[ti] == w || self.tree.form_id[ti] == w
    }

    /// `t` carries a particle that makes it a different listed phrasal verb.
    fn other_phrasal(&self, t: u32, verb: WordId) -> bool {
        self.tree.kids_with(t, Rel::CompoundPrt).any(|p| self.native.phrasal.contains(&(verb, self.tree.form_id[p as usize])))
    }

    /// Whether `term` occurs at token `t`; fills the tokens it spans (for a
    /// phrasal verb its particles, for a compound its words) and, for a
    /// prepositional verb (`agree_to`), the object of its preposition.
    fn term_at(&self, term: &Term, t: u32, anchor: bool, tokens: &mut Vec<u32>, prep_object: &mut u32) -> bool {
        let tree = self.tree;
        let n = tree.len() as u32;
        match term.kind {
            TermKind::Word => {
                if !self.word_is(t, term.words[0]) || self.other_phrasal(t, term.words[0]) {
                    return false;
                }
                tokens.push(t);
                true
            }
            TermKind::Phrasal => {
                if !self.word_is(t, term.words[0]) {
                    return false;
                }
                tokens.push(t);
                let mut cursor = t;
                for &w in &term.words[1..] {
                    // (A particle after the object may be read as an
                    // adverb: "brought the two leaders together".)
                    let prt = tree.kids_with(t, Rel::CompoundPrt).chain(tree.kids_with(t, Rel::Advmod).filter(|&p| p > t + 1)).find(|&p| tree.form_id[p as usize] == w && !tokens.contains(&p));
                    let next = cursor + 1;
                    let at = match prt {
                        Some(p) => p,
                        None if next < n && tree.form_id[next as usize] == w => next,
                        None => return false,
                    };
                    tokens.push(at);
                    cursor = cursor.max(at);
                }
                // A prepositional verb's object is the object of its preposition.
                if let Some(&last) = tokens.last() {
                    let h = tree.head[last as usize];
                    if last != t && matches!(tree.rel[last as usize], Rel::Case | Rel::Mark) && h != NONE && tree.head[h as usize] == t {
                        *prep_object = h;
                    }
                }
                true
            }
            TermKind::Compound => {
                let k = term.words.len();
                for j in 0..k {
                    if !self.word_is(t, term.words[j]) {
                        continue;
                    }
                    tokens.clear();
                    tokens.push(t);
                    let mut ok = true;
                    let mut p = t;
                    for i in (0..j).rev() {
                        match self.prev_word(p) {
                            Some(q) if self.word_is(q, term.words[i]) => {
                                tokens.push(q);
                                p = q;
                            }
                            _ => {
                                ok = false;
                                break;
                            }
                        }
                    }
                    let mut p = t;
                    for i in j + 1..k {
                        if !ok {
                            break;
                        }
                        match self.next_word(p) {
                            Some(q) if self.word_is(q, term.words[i]) => {
                                tokens.push(q);
                                p = q;
                            }
                            _ => ok = false,
                        }
                    }
                    if !ok {
                        continue;
                    }
                    // As an anchor, `t` must head the compound (whatever the
                    // parser made of it); as a value any word of it will do.
                    if anchor && tree.dominates_any(tokens, t) {
                        continue;
                    }
                    return true;
                }
                false
            }
        }
    }

    /// The word before `t`, across a hyphen ("cease - fire").
    fn prev_word(&self, t: u32) -> Option<u32> {
        let mut p = t.checked_sub(1)?;
        if self.tree.is_hyphen(p) {
            p = p.checked_sub(1)?;
        }
        Some(p)
    }

    fn next_word(&self, t: u32) -> Option<u32> {
        let n = self.tree.len() as u32;
        let mut p = t + 1;
        if p < n && self.tree.is_hyphen(p) {
            p += 1;
        }
        (p < n).then_some(p)
    }

    fn is_negated(&self, t: u32) -> bool {
        is_negated(self.tree, t)
    }

    /// Whether role `k` of `pattern` has an `aux` role naming the negation
    /// word that clause `y` has.
    fn negation_asked(&self, pattern: &NativePattern, k: usize, y: u32) -> bool {
        let tree = self.tree;
        let names = |w| pattern.flat.iter().any(|r| r.parent == Some(k as u16) && matches!(r.step, Step::Aux) && matches!(&r.value, NativeValue::Terms(ts) if ts.iter().any(|t| t.words == [w])));
        tree.kids(y).iter().any(|&n| tree.rel[n as usize] == Rel::Advmod && tree.lemma_is(n, "not") && names(tree.lemma_id[n as usize]))
    }
}

impl Tree<'_> {
    /// Whether some token of `tokens` other than `t` dominates `t`.
    fn dominates_any(&self, tokens: &[u32], t: u32) -> bool {
        tokens.iter().any(|&q| q != t && self.dominates(q, t))
    }
}

/// Lemmas of `data/quantity-nouns.txt`, read once per process.
static QUANTITY_NOUNS: LazyLock<Vec<&'static str>> = LazyLock::new(|| data_lines(include_str!("../../data/quantity-nouns.txt")).collect());

/// Lemmas of `data/time-nouns.txt`, read once per process.
static TIME_NOUNS: LazyLock<Vec<&'static str>> = LazyLock::new(|| data_lines(include_str!("../../data/time-nouns.txt")).collect());

/// A noun naming a time ("Friday", "May", "night"), never a party.
pub(crate) fn is_time_noun(lemma: &str) -> bool {
    TIME_NOUNS.iter().any(|w| w.eq_ignore_ascii_case(lemma))
}

/// A quantity head ("dozens of rockets"): its `of` noun is what is counted.
pub(crate) fn is_quantity_noun(lemma: &str) -> bool {
    QUANTITY_NOUNS.iter().any(|w| w.eq_ignore_ascii_case(lemma))
}

/// `not`, `n't`, `never` on the word (or `no` on it or on its object:
/// "had no comment", "no talks").
pub fn is_negated(tree: &Tree<'_>, t: u32) -> bool {
    let neg_word = |k: u32| ["not", "n't", "never", "no"].iter().any(|w| tree.is_form(k, w));
    // "would never again allow": the negation hung on the adverb.
    let on_adverb = |k: u32| tree.rel[k as usize] == Rel::Advmod && tree.kids_with(k, Rel::Advmod).any(|n| tree.is_form(n, "never") || tree.is_form(n, "not"));
    tree.kids(t).iter().any(|&k| (matches!(tree.rel[k as usize], Rel::Advmod | Rel::Dep | Rel::Det) && neg_word(k)) || on_adverb(k))
        || tree.kids_with(t, Rel::Obj).any(|o| tree.kids_with(o, Rel::Det).any(|d| tree.is_form(d, "no")))
}

fn is_relative(tree: &Tree<'_>, t: u32) -> bool {
    matches!(tree.tag[t as usize], Tag::WDT | Tag::WP | Tag::WPS) || (tree.is_form(t, "that") && tree.rel[tree.head[t as usize] as usize] == Rel::AclRelcl)
}

/// The logical subject of predicate `x` when the clause has none of its own:
/// the controller of an open complement (the object of "urged X to", else
/// the subject), the subject of the first of coordinated verbs, of the
/// clause a participle or infinitive depends on, the noun a relative or
/// participial clause modifies. A relative pronoun stands for its noun.
/// The subject of the copular predicate `noun` that a subject relative
/// clause modifies, which is that clause's subject: "Egypt and Qatar were
/// among *those* who met the envoy", "Pakistan was one of the *nations*
/// that recognised it". None when the subject is a pronoun ("It was Iran
/// that …" is a cleft) or `noun` a name.
pub(crate) fn copular_subject(tree: &Tree<'_>, noun: u32) -> Option<u32> {
    if matches!(tree.tag[noun as usize], Tag::NNP | Tag::NNPS) {
        return None;
    }
    let predicate = |x: u32| tree.kids(x).iter().any(|&k| tree.rel[k as usize] == Rel::Cop);
    // ("Canada became the first Western country to …": the complement of
    // "become" or "remain" is predicated of their subject too.)
    let h = tree.head[noun as usize];
    let becoming = h != NONE && tree.rel[noun as usize] == Rel::Xcomp && ["become", "remain"].iter().any(|w| tree.lemma_is(h, w));
    let owner = if predicate(noun) {
        noun
    } else if becoming {
        h
    } else {
        let h = tree.head[noun as usize];
        if h == NONE || tree.rel[noun as usize] != Rel::Nmod || !tree.case_is(noun, "of") || !predicate(h) {
            return None;
        }
        h
    };
    tree.kids_with(owner, Rel::Nsubj).next().filter(|&s| !matches!(tree.tag[s as usize], Tag::PRP | Tag::DT | Tag::EX | Tag::WP | Tag::WDT))
}

pub fn subject_of(tree: &Tree<'_>, x: u32) -> Option<u32> {
    let mut cur = x;
    for _ in 0..tree.len() {
        let ci = cur as usize;
        if tree.is_passive(cur) && cur != x {
            // Inherited through a passive: its logical subject is the agent.
            return tree.kids_with(cur, Rel::OblAgent).next();
        }
        if let Some(s) = tree.kids(cur).iter().copied().find(|&k| matches!(tree.rel[k as usize], Rel::Nsubj | Rel::Csubj)) {
            if is_relative(tree, s) && tree.head[ci] != NONE {
                return Some(copular_subject(tree, tree.head[ci]).unwrap_or(tree.head[ci]));
            }
            return Some(s);
        }
        if tree.is_passive(cur) {
            return tree.kids_with(cur, Rel::OblAgent).next();
        }
        let h = tree.head[ci];
        if h == NONE {
            return None;
        }
        match tree.rel[ci] {
            Rel::Xcomp => {
                // Object control ("urged Israel to withdraw"), else subject
                // control, as with "use" ("used the talks to demand …": the
                // user acts).
                let used = tree.lemmas[h as usize].eq_ignore_ascii_case("use");
                if let Some(o) = tree.kids(h).iter().copied().find(|&k| !used && matches!(tree.rel[k as usize], Rel::Obj | Rel::Iobj)) {
                    return Some(o);
                }
                if tree.is_passive(h) {
                    return tree.kids_with(h, Rel::NsubjPass).next();
                }
                cur = h;
            }
            // "criticised the plan as favouring Moscow", "a plan, which Kyiv
            // criticised as favouring Moscow": a gerund after "as" says
            // what the object does, not the subject.
            Rel::Advcl if tree.tag[ci] == Tag::VBG && tree.kids(cur).iter().any(|&k| tree.rel[k as usize] == Rel::Mark && tree.is_form(k, "as")) && tree.has_kid(h, Rel::Obj) => {
                let o = tree.kids_with(h, Rel::Obj).next()?;
                if is_relative(tree, o) {
                    let r = tree.head[h as usize];
                    return (r != NONE && tree.tag[r as usize].is_nominal()).then_some(r);
                }
                return Some(o);
            }
            Rel::Conj | Rel::Advcl | Rel::Parataxis | Rel::Ccomp => {
                if !tree.tag[h as usize].is_verb() && !tree.tag[h as usize].is_adjective() && !tree.has_kid(h, Rel::Cop) {
                    return None;
                }
                // A clause inside a quotation opened after its head's
                // word is quoted content, not the speaker's own act:
                // "reiterated its position that settlements "are illegal …
                // and threaten …"" does not make the speaker threaten.
                if quoted_apart(tree, h, cur) {
                    return None;
                }
                cur = h;
            }
            // ("Pakistan was among the first countries to recognise it",
            // "… among the countries supporting it": the predicate's subject.)
            Rel::Acl | Rel::AclRelcl => return tree.tag[h as usize].is_nominal().then(|| copular_subject(tree, h).unwrap_or(h)),
            _ => return None,
        }
    }
    None
}

/// Whether `inner` stands inside a quotation that opens after `outer`.
fn quoted_apart(tree: &Tree<'_>, outer: u32, inner: u32) -> bool {
    if inner <= outer {
        return false;
    }
    let quote = |i: usize| matches!(tree.forms[i], "\"" | "\u{201c}" | "\u{201d}" | "``" | "''");
    let quotes = (0..inner as usize).filter(|&i| quote(i));
    let (count, last) = quotes.fold((0, None), |(n, _), i| (n + 1, Some(i)));
    count % 2 == 1 && last.is_some_and(|open| open > outer as usize)
}
