//! The coder's view of one parsed sentence: words interned against the
//! lexicon, the dependency tree with children lists and subtree spans,
//! PETRARCH's comma-clause masking, and the actor phrases ("units").
//!
//! A unit is a noun phrase of the clause: a nominal head with its
//! determiners, modifiers, possessors and conjuncts (its *base span*, what
//! an actor slot consumes), plus its prepositional modifiers (its *full
//! phrase*, where actors and agents are looked up).

use demarche_lexicon::WordId;

use crate::convert::DepToken;
use crate::deps::{Rel, Tag};
use crate::lemma::lemmatize;
use crate::model::Lexicon;

pub const NONE: u32 = u32::MAX;

/// Deepest dependency chain kept (real sentences stay far below).
const MAX_DEPTH: usize = 100;

/// A token handed to the coder, from a converted parse or our own parser.
#[derive(Clone, Copy, Debug)]
pub struct TokenIn<'a> {
    pub form: &'a str,
    /// The lemma if the parser gave one.
    pub lemma: Option<&'a str>,
    pub tag: Tag,
    /// 1-based head, 0 for the root.
    pub head: u32,
    pub rel: Rel,
}

/// What [`View::build`] reads of a word: implemented by [`TokenIn`] and
/// by the converter's own tokens, so a converted parse is read in place
/// rather than copied first (the conversion is inlined into each read).
pub trait ViewToken<'a>: Copy {
    fn token_in(&self) -> TokenIn<'a>;
}

impl<'a> ViewToken<'a> for TokenIn<'a> {
    #[inline]
    fn token_in(&self) -> TokenIn<'a> {
        *self
    }
}

impl<'a> ViewToken<'a> for DepToken<'a> {
    #[inline]
    fn token_in(&self) -> TokenIn<'a> {
        TokenIn { form: self.form, lemma: None, tag: self.tag, head: self.head, rel: self.rel }
    }
}

/// Comma-clause options of PETRARCH (`comma_min` …): a comma-delimited
/// stretch of between min and max words is set aside (not coded, not an
/// actor); 0 as a max turns that check off.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CommaRules {
    pub min: usize,
    pub max: usize,
    pub bmin: usize,
    pub bmax: usize,
    pub emin: usize,
    pub emax: usize,
}

impl Default for CommaRules {
    /// PETRARCH's shipped defaults (`PETR_config.ini`).
    fn default() -> CommaRules {
        CommaRules { min: 2, max: 8, bmin: 0, bmax: 0, emin: 2, emax: 8 }
    }
}

impl CommaRules {
    pub const OFF: CommaRules = CommaRules { min: 0, max: 0, bmin: 0, bmax: 0, emin: 0, emax: 0 };
}

/// A noun phrase of the sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Unit {
    pub head: u32,
    /// Base span (inclusive).
    pub first: u32,
    pub last: u32,
}

#[derive(Debug, Default)]
pub struct View<'a> {
    pub forms: Vec<&'a str>,
    pub form_id: Vec<WordId>,
    pub lemma_id: Vec<WordId>,
    pub tag: Vec<Tag>,
    /// 0-based head, [`NONE`] for a root.
    pub head: Vec<u32>,
    pub rel: Vec<Rel>,
    kid_start: Vec<u32>,
    kids: Vec<u32>,
    /// Subtree yield of each token (inclusive).
    pub first: Vec<u32>,
    pub last: Vec<u32>,
    /// Words set aside by the comma rules.
    pub masked: Vec<bool>,
    /// Commas that delimit clauses (not those inside a noun phrase).
    pub boundary: Vec<bool>,
    /// The unit whose base span holds each token, or [`NONE`].
    pub unit_at: Vec<u32>,
    /// The unit each token heads, or [`NONE`].
    pub unit_of: Vec<u32>,
    pub units: Vec<Unit>,
    /// Working storage of [`View::build`], kept between sentences.
    scratch: Vec<u32>,
    lemma_buf: String,
}

/// Widens the spans of `t` and its descendants (`first`/`last` start as
/// each word itself) to their subtrees. Recursion is bounded by the depth
/// limit the view enforces.
fn spans(t: u32, kid_start: &[u32], kids: &[u32], first: &mut [u32], last: &mut [u32]) {
    let t = t as usize;
    for &k in &kids[kid_start[t] as usize..kid_start[t + 1] as usize] {
        spans(k, kid_start, kids, first, last);
        first[t] = first[t].min(first[k as usize]);
        last[t] = last[t].max(last[k as usize]);
    }
}

/// Sets `v` to `n` copies of `x`, keeping its allocation.
fn reset<T: Copy>(v: &mut Vec<T>, n: usize, x: T) {
    v.clear();
    v.resize(n, x);
}

impl<'a> View<'a> {
    pub fn len(&self) -> usize {
        self.forms.len()
    }

    pub fn is_empty(&self) -> bool {
        self.forms.is_empty()
    }

    pub fn kids(&self, t: u32) -> &[u32] {
        let t = t as usize;
        &self.kids[self.kid_start[t] as usize..self.kid_start[t + 1] as usize]
    }

    /// Children of `t` with relation `rel`.
    pub fn kids_with(&self, t: u32, rel: Rel) -> impl Iterator<Item = u32> + '_ {
        self.kids(t).iter().copied().filter(move |&k| self.rel[k as usize] == rel)
    }

    pub fn builds<T: ViewToken<'a>>(lex: &Lexicon, tokens: &[T], commas: CommaRules) -> View<'a> {
        let mut v = View::default();
        v.build(lex, tokens, commas);
        v
    }

    /// The same storage, emptied, for a sentence with another lifetime.
    pub fn recycle<'b>(self) -> View<'b> {
        View {
            forms: crate::recycle(self.forms),
            form_id: self.form_id,
            lemma_id: self.lemma_id,
            tag: self.tag,
            head: self.head,
            rel: self.rel,
            kid_start: self.kid_start,
            kids: self.kids,
            first: self.first,
            last: self.last,
            masked: self.masked,
            boundary: self.boundary,
            unit_at: self.unit_at,
            unit_of: self.unit_of,
            units: self.units,
            scratch: self.scratch,
            lemma_buf: self.lemma_buf,
        }
    }

    /// Builds the view of `tokens` in this view's storage.
    pub fn build<T: ViewToken<'a>>(&mut self, lex: &Lexicon, tokens: &[T], commas: CommaRules) {
        self.build_ordered(lex, tokens, None, commas);
    }

    /// [`View::build`] given the words in an order that may put every
    /// word after its dependents (as the converter attaches them): if it
    /// does, and the tree is shallow enough, the view's own walk for cycles
    /// and depths is skipped; otherwise it is made as usual.
    pub fn build_ordered<T: ViewToken<'a>>(&mut self, lex: &Lexicon, tokens: &[T], order: Option<&[u32]>, commas: CommaRules) {
        self.forms.clear();
        self.form_id.clear();
        self.lemma_id.clear();
        self.tag.clear();
        self.head.clear();
        self.rel.clear();
        self.units.clear();
        let n = tokens.len();
        let mut lemma_buf = std::mem::take(&mut self.lemma_buf);
        // Plain copies in bulk (no capacity check per word).
        self.forms.extend(tokens.iter().map(|t| t.token_in().form));
        self.tag.extend(tokens.iter().map(|t| t.token_in().tag));
        self.rel.extend(tokens.iter().map(|t| t.token_in().rel));
        self.head.extend(tokens.iter().map(|t| t.token_in().head).map(|h| if h == 0 || h as usize > n { NONE } else { h - 1 }));
        self.form_id.reserve(n);
        self.lemma_id.reserve(n);
        for t in tokens {
            let t = t.token_in();
            let (form, tag) = (t.form, t.tag);
            let form_id = lex.vocab.get_folded(form).unwrap_or(NONE);
            self.form_id.push(form_id);
            let lemma_id = match t.lemma.filter(|l| !l.is_empty() && *l != "_") {
                Some(l) => lex.vocab.get_folded(l).unwrap_or(NONE),
                // Only verbs and plural nouns inflect in ways lemmas undo.
                None if !(tag.is_verb() || matches!(tag, Tag::NNS | Tag::NNPS | Tag::MD)) => form_id,
                // Only a verb's form is looked up in the verb dictionary's
                // table.
                None => match if tag.is_verb() { lex.verb_lemma.get(&form_id) } else { None } {
                    Some(&l) => l,
                    None => {
                        lemmatize(form, tag, &mut lemma_buf);
                        lex.vocab.get_folded(&lemma_buf).unwrap_or(NONE)
                    }
                },
            };
            self.lemma_id.push(lemma_id);
        }
        self.lemma_buf = lemma_buf;
        // Subtree spans start as each word itself; a good order widens
        // them while it is checked.
        self.first.clear();
        self.first.extend(0..n as u32);
        self.last.clear();
        self.last.extend(0..n as u32);
        let order = order.filter(|o| self.is_shallow_tree_in(o));
        if order.is_none() {
            // Spans from a rejected order are undone.
            self.first.clear();
            self.first.extend(0..n as u32);
            self.last.clear();
            self.last.extend(0..n as u32);
        }
        let deepest_first = order.is_none() && self.break_cycles_and_deep_chains();
        // Children lists (CSR), in sentence order. The loops work on
        // slices borrowed apart from `self`, so stores to one are not taken
        // to change the others (and their lengths are not reloaded).
        reset(&mut self.kid_start, n + 1, 0);
        let head = &self.head[..];
        let kid_start = &mut self.kid_start[..];
        for &h in head {
            if h != NONE {
                kid_start[h as usize + 1] += 1;
            }
        }
        for i in 0..n {
            kid_start[i + 1] += kid_start[i];
        }
        reset(&mut self.kids, kid_start[n] as usize, 0);
        let kids = &mut self.kids[..];
        // Fill back to front: kid_start[h + 1] counts down from h's end to
        // h's start, then everything shifts one place left.
        for (i, &h) in head.iter().enumerate().rev() {
            if h != NONE {
                let at = kid_start[h as usize + 1] - 1;
                kids[at as usize] = i as u32;
                kid_start[h as usize + 1] = at;
            }
        }
        kid_start.copy_within(1..=n, 0);
        kid_start[n] = kids.len() as u32;
        // Subtree spans, from the roots down (the tree is a forest of
        // bounded depth by now); a good order has made them already.
        let (first, last) = (&mut self.first[..], &mut self.last[..]);
        if deepest_first {
            // Children before their heads: each word's span is complete
            // when it is added to its head's.
            for &i in &self.scratch {
                let (i, h) = (i as usize, head[i as usize]);
                if h != NONE {
                    let hu = h as usize;
                    first[hu] = first[hu].min(first[i]);
                    last[hu] = last[hu].max(last[i]);
                }
            }
        } else if order.is_none() {
            for r in 0..n as u32 {
                if head[r as usize] == NONE {
                    spans(r, &self.kid_start, &self.kids, first, last);
                }
            }
        }
        // Clause-delimiting commas, flagged and listed in one pass.
        reset(&mut self.boundary, n, false);
        let mut boundaries = std::mem::take(&mut self.scratch);
        boundaries.clear();
        for i in 0..n {
            if self.is_boundary_comma(i) {
                self.boundary[i] = true;
                boundaries.push(i as u32);
            }
        }
        reset(&mut self.masked, n, false);
        self.mask_between_commas(commas, &boundaries);
        self.scratch = boundaries;
        self.mark_agents();
        self.build_units();
    }

    /// UD English writes a passive's by-phrase as a plain `obl`; the coder
    /// wants it as `obl:agent` (as the converter writes it).
    fn mark_agents(&mut self) {
        // Most sentences are active (and the converter marks its own).
        if !self.rel.contains(&Rel::AuxPass) {
            return;
        }
        for i in 0..self.len() {
            let h = self.head[i];
            if self.rel[i] != Rel::Obl || h == NONE {
                continue;
            }
            let passive = self.kids(h).iter().any(|&k| self.rel[k as usize] == Rel::AuxPass);
            let with_by = self.kids(i as u32).iter().any(|&k| self.rel[k as usize] == Rel::Case && self.forms[k as usize].eq_ignore_ascii_case("by"));
            if passive && with_by {
                self.rel[i] = Rel::OblAgent;
            }
        }
    }

    /// Whether `order` lists every word that has a head once, before its
    /// head, and no chain is deeper than [`MAX_DEPTH`]: then the heads form
    /// a forest (a head comes later in the order than its dependents, so
    /// no chain returns to a word) that needs no cutting. Meanwhile each
    /// word's span is added to its head's (`first`/`last` start as the
    /// words themselves): when the order is good, a word comes after all
    /// its dependents, so its span is complete by then.
    fn is_shallow_tree_in(&mut self, order: &[u32]) -> bool {
        let n = self.head.len();
        let mut done = std::mem::take(&mut self.masked);
        reset(&mut done, n, false);
        let mut ok = true;
        let mut with_head = 0;
        let (head, first, last) = (&self.head[..], &mut self.first[..], &mut self.last[..]);
        for &i in order {
            let i = i as usize;
            if i >= n || done[i] {
                ok = false;
                break;
            }
            done[i] = true;
            let h = head[i];
            if h != NONE {
                // Listed after its dependent, or never (a root).
                let hu = h as usize;
                if done[hu] {
                    ok = false;
                    break;
                }
                with_head += 1;
                first[hu] = first[hu].min(first[i]);
                last[hu] = last[hu].max(last[i]);
            }
        }
        self.masked = done;
        // Every word with a head was listed.
        ok = ok && with_head == self.head.iter().filter(|&&h| h != NONE).count();
        // A chain has fewer links than the sentence has words.
        if ok && n > MAX_DEPTH {
            let mut depth = std::mem::take(&mut self.unit_at);
            reset(&mut depth, n, 0);
            for &i in order.iter().rev() {
                let h = self.head[i as usize];
                if h != NONE {
                    let d = depth[h as usize] + 1;
                    depth[i as usize] = d;
                    if d as usize > MAX_DEPTH {
                        ok = false;
                        break;
                    }
                }
            }
            self.unit_at = depth;
        }
        ok
    }

    /// Makes the tree a forest of bounded depth, whatever the input: a
    /// word on a cycle, or deeper than [`MAX_DEPTH`], becomes a root. (The
    /// coder walks trees recursively.) Returns true if no chain was cut,
    /// leaving the words ordered deepest first in `scratch`.
    fn break_cycles_and_deep_chains(&mut self) -> bool {
        let n = self.head.len();
        let mut state = std::mem::take(&mut self.unit_of);
        let mut path = std::mem::take(&mut self.scratch);
        // Trees (all the converter and parsers give) take one walk that
        // finds the depths; a cycle sends the sentence the long way.
        const ON_PATH: u32 = NONE - 1;
        reset(&mut state, n, NONE);
        let mut deepest = 0;
        let mut acyclic = true;
        'words: for i in 0..n {
            path.clear();
            let mut x = i as u32;
            while x != NONE && state[x as usize] == NONE {
                state[x as usize] = ON_PATH;
                path.push(x);
                x = self.head[x as usize];
            }
            if x != NONE && state[x as usize] == ON_PATH {
                acyclic = false;
                break 'words;
            }
            let base = if x == NONE { 0 } else { state[x as usize] + 1 };
            for (d, &p) in (base..).zip(path.iter().rev()) {
                state[p as usize] = d;
                deepest = deepest.max(d);
            }
        }
        if !acyclic {
            return self.break_cycles_slowly(state, path);
        }
        self.finish_depths(state, path, deepest)
    }

    /// [`View::break_cycles_and_deep_chains`] for a sentence with a cycle.
    fn break_cycles_slowly(&mut self, mut state: Vec<u32>, mut path: Vec<u32>) -> bool {
        let n = self.head.len();
        // 0 unseen, 1 on the current path, 2 done.
        reset(&mut state, n, 0);
        for i in 0..n {
            path.clear();
            let mut x = i as u32;
            while x != NONE && state[x as usize] == 0 {
                state[x as usize] = 1;
                path.push(x);
                x = self.head[x as usize];
            }
            if x != NONE && state[x as usize] == 1 {
                self.head[x as usize] = NONE;
            }
            for &p in &path {
                state[p as usize] = 2;
            }
        }
        // Depths (number of ancestors), now that every chain ends at a
        // root, each computed once from its head's.
        let depth = &mut state;
        depth.fill(NONE);
        let mut deepest = 0;
        for i in 0..n {
            path.clear();
            let mut x = i as u32;
            while x != NONE && depth[x as usize] == NONE {
                path.push(x);
                x = self.head[x as usize];
            }
            let base = if x == NONE { 0 } else { depth[x as usize] + 1 };
            for (d, &p) in (base..).zip(path.iter().rev()) {
                depth[p as usize] = d;
                deepest = deepest.max(d);
            }
        }
        self.finish_depths(state, path, deepest)
    }

    /// Given every word's depth (in `state`), orders the words deepest first
    /// in `scratch` and returns true, or cuts chains deeper than
    /// [`MAX_DEPTH`] and returns false.
    fn finish_depths(&mut self, state: Vec<u32>, mut path: Vec<u32>, deepest: u32) -> bool {
        let n = self.head.len();
        let depth = &state;
        if deepest as usize <= MAX_DEPTH {
            // Counting sort by depth, deepest first.
            let deepest = deepest as usize;
            let mut starts = [0u32; MAX_DEPTH + 2];
            for &d in depth.iter() {
                starts[deepest - d as usize + 1] += 1;
            }
            for k in 1..deepest + 2 {
                starts[k] += starts[k - 1];
            }
            path.clear();
            path.resize(n, 0);
            for (i, &d) in depth.iter().enumerate() {
                let slot = &mut starts[deepest - d as usize];
                path[*slot as usize] = i as u32;
                *slot += 1;
            }
            self.scratch = path;
            self.unit_of = state;
            return true;
        }
        self.scratch = path;
        self.unit_of = state;
        for i in 0..n {
            let mut depth = 0;
            let mut x = self.head[i];
            while x != NONE {
                depth += 1;
                if depth > MAX_DEPTH {
                    self.head[i] = NONE;
                    break;
                }
                x = self.head[x as usize];
            }
        }
        false
    }

    #[inline]
    fn is_boundary_comma(&self, i: usize) -> bool {
        if self.tag[i] != Tag::Comma && self.forms[i] != "," {
            return false;
        }
        let h = self.head[i];
        if h == NONE {
            return true;
        }
        let ht = self.tag[h as usize];
        // Commas before their nominal head (`complete, full ties`) or
        // between conjuncts of a noun phrase stay inside the phrase.
        !((i as u32) < h && (ht.is_nominal() || ht.is_adjective()))
    }

    fn counts_as_word(&self, i: usize) -> bool {
        self.forms[i].chars().next().is_some_and(char::is_alphabetic)
    }

    fn words_between(&self, from: usize, to: usize) -> usize {
        (from..to).filter(|&i| self.counts_as_word(i) && !self.masked[i]).count()
    }

    /// PETRARCH's `check_commas`: initial, terminal and internal
    /// comma-delimited stretches of min..=max words are set aside.
    fn mask_between_commas(&mut self, r: CommaRules, commas: &[u32]) {
        let (Some(&first), Some(&last)) = (commas.first(), commas.last()) else { return };
        let (first, last) = (first as usize, last as usize);
        let mut end = self.len();
        while end > 0 && self.tag[end - 1].is_punct() && !self.boundary[end - 1] {
            end -= 1;
        }
        if r.bmax != 0 {
            let k = self.words_between(0, first);
            if (r.bmin..=r.bmax).contains(&k) {
                (0..first).for_each(|i| self.masked[i] = true);
            }
        }
        if r.emax != 0 && last < end {
            let k = self.words_between(last + 1, end);
            if (r.emin..=r.emax).contains(&k) {
                (last + 1..end).for_each(|i| self.masked[i] = true);
            }
        }
        if r.max != 0 {
            for w in commas.windows(2) {
                let (a, b) = (w[0] as usize, w[1] as usize);
                let k = self.words_between(a + 1, b);
                if (r.min..=r.max).contains(&k) {
                    (a + 1..b).for_each(|i| self.masked[i] = true);
                }
            }
        }
    }

    fn is_unit_head(&self, t: usize) -> bool {
        if self.masked[t] {
            return false;
        }
        let tag = self.tag[t];
        let rel = self.rel[t];
        if matches!(
            rel,
            Rel::Compound
                | Rel::NmodDesc
                | Rel::Flat
                | Rel::Fixed
                | Rel::Amod
                | Rel::Nummod
                | Rel::Det
                | Rel::NmodPoss
                | Rel::Case
                | Rel::Punct
                | Rel::Cc
                | Rel::Mark
                | Rel::Aux
                | Rel::AuxPass
                | Rel::Cop
                | Rel::OblTmod
                | Rel::NmodTmod
                | Rel::Advmod
                | Rel::Discourse
        ) {
            return false;
        }
        if matches!(tag, Tag::WP | Tag::WDT | Tag::WPS | Tag::WRB) {
            return false;
        }
        if rel == Rel::Conj {
            let h = self.head[t];
            if h != NONE && self.tag[h as usize].is_nominal() {
                return false;
            }
        }
        tag.is_nominal()
            || (matches!(rel, Rel::Nsubj | Rel::NsubjPass | Rel::Obj | Rel::Iobj | Rel::Obl | Rel::OblAgent | Rel::Nmod | Rel::Appos)
                && !tag.is_verb()
                && !tag.is_adverb()
                && !tag.is_punct())
    }

    fn collect_base(&self, t: u32, first: &mut u32, last: &mut u32) {
        *first = (*first).min(t);
        *last = (*last).max(t);
        for &k in self.kids(t) {
            if self.masked[k as usize] {
                continue;
            }
            match self.rel[k as usize] {
                Rel::Det | Rel::Amod | Rel::Compound | Rel::NmodDesc | Rel::Flat | Rel::Fixed | Rel::Nummod | Rel::NmodPoss | Rel::Conj | Rel::Cc => {
                    self.collect_base(k, first, last)
                }
                Rel::Case if self.tag[k as usize] == Tag::POS => self.collect_base(k, first, last),
                Rel::Punct if self.rel[t as usize] == Rel::Conj && k < t => self.collect_base(k, first, last),
                Rel::Advmod if k < t => self.collect_base(k, first, last),
                _ => {}
            }
        }
    }

    fn build_units(&mut self) {
        let n = self.len();
        reset(&mut self.unit_at, n, NONE);
        reset(&mut self.unit_of, n, NONE);
        for t in 0..n {
            if !self.is_unit_head(t) {
                continue;
            }
            let (mut first, mut last) = (t as u32, t as u32);
            self.collect_base(t as u32, &mut first, &mut last);
            let id = self.units.len() as u32;
            self.units.push(Unit { head: t as u32, first, last });
            self.unit_of[t] = id;
        }
        // Innermost unit per word: smaller spans win.
        for (id, u) in self.units.iter().enumerate() {
            for i in u.first..=u.last {
                let cur = self.unit_at[i as usize];
                let size = u.last - u.first;
                if cur == NONE || self.units[cur as usize].last - self.units[cur as usize].first > size {
                    self.unit_at[i as usize] = id as u32;
                }
            }
        }
    }

    /// Words of the full phrase of `t`, for actor lookup: `t` with its
    /// modifiers and prepositional phrases, without clauses, appositions,
    /// conjuncts and punctuation.
    pub fn phrase_deps(&self, t: u32) -> impl Iterator<Item = u32> + '_ {
        self.kids(t).iter().copied().filter(move |&k| {
            !self.masked[k as usize]
                && !matches!(
                    self.rel[k as usize],
                    Rel::Acl
                        | Rel::AclRelcl
                        | Rel::Advcl
                        | Rel::Ccomp
                        | Rel::Xcomp
                        | Rel::Parataxis
                        | Rel::Csubj
                        | Rel::Appos
                        | Rel::Conj
                        | Rel::Cc
                        | Rel::Punct
                        | Rel::Discourse
                        | Rel::Nsubj
                        | Rel::NsubjPass
                        | Rel::Obj
                        | Rel::Aux
                        | Rel::AuxPass
                        | Rel::Cop
                        | Rel::Mark
                )
        })
    }

    /// Is `t` negated (`not`, `n't`, `never`, `no` as an adverb or on an
    /// auxiliary)?
    pub fn is_negated(&self, t: u32) -> bool {
        self.kids(t).iter().any(|&k| {
            let f = self.forms[k as usize];
            matches!(self.rel[k as usize], Rel::Advmod | Rel::Dep) && ["not", "n't", "never"].iter().any(|n| f.eq_ignore_ascii_case(n))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::convert::convert_treebank;

    fn view<'a>(lex: &Lexicon, ptb: &'a str, commas: CommaRules) -> View<'a> {
        let mut toks = Vec::new();
        convert_treebank(ptb, &mut toks).unwrap();
        View::builds(lex, &toks, commas)
    }

    /// Heads, span starts and ends, units and masked words of a view.
    type Shape = (Vec<u32>, Vec<u32>, Vec<u32>, Vec<Unit>, Vec<bool>);

    /// What two builds of a view must agree on.
    fn shape(v: &View<'_>) -> Shape {
        (v.head.clone(), v.first.clone(), v.last.clone(), v.units.clone(), v.masked.clone())
    }

    #[test]
    fn the_converters_order_gives_the_same_view_and_a_bad_order_is_not_trusted() {
        use crate::convert::{convert_treebank_reusing, ConvertBuffers};
        let lex = Lexicon::default();
        let parses = [
            "(ROOT (S (NP (NP (DT The) (NNS ambassadors)) (PP (IN of) (NP (NNP Arnor) (, ,) (NNP Osgiliath) (CC and) (NNP Gondor)))) (VP (VBD presented) (NP (NNS credentials)) (PP (TO to) (NP (NP (NNP Ithilen) (POS 's)) (NN president)))) (. .)))",
            "(ROOT (S (NP (NNP Arnor_Gondor_Rohan)) (VP (VBD was) (VP (VBN attacked) (ADVP (RB earlier) (PP (IN by) (NP (NNP Mordor)))))) (. .)))",
            "(ROOT (S (S (NP (NNP Arnor)) (VP (VBD met) (NP (NNP Gondor)))) (, ,) (CC and) (S (NP (NNP Rohan)) (VP (VBD left))) (. .)))",
        ];
        for ptb in parses {
            let (mut toks, mut buffers) = (Vec::new(), ConvertBuffers::default());
            convert_treebank_reusing(ptb, &mut toks, &mut buffers).unwrap();
            let walked = View::builds(&lex, &toks, CommaRules::default());
            let mut ordered = View::default();
            ordered.build_ordered(&lex, &toks, Some(buffers.attach_order()), CommaRules::default());
            assert_eq!(shape(&ordered), shape(&walked), "{ptb}");
            // (The check borrows the view's storage: asked last.)
            assert!(ordered.is_shallow_tree_in(buffers.attach_order()), "{ptb}");
            // Heads before their dependents, a word twice, a word left out:
            // not a children-first order, so the view walks the tree itself.
            let reversed: Vec<u32> = buffers.attach_order().iter().rev().copied().collect();
            let twice: Vec<u32> = buffers.attach_order().iter().chain(&buffers.attach_order()[..1]).copied().collect();
            let short = &buffers.attach_order()[1..];
            for bad in [&reversed[..], &twice[..], short] {
                let mut v = View::default();
                v.build_ordered(&lex, &toks, Some(bad), CommaRules::default());
                assert_eq!(shape(&v), shape(&walked), "{ptb}");
                assert!(!v.is_shallow_tree_in(bad), "{ptb}");
            }
        }
    }

    #[test]
    fn units_have_base_spans_and_nest() {
        let lex = Lexicon::default();
        let ptb = "(ROOT (S (NP (NP (DT The) (NNS ambassadors)) (PP (IN of) (NP (NNP Arnor) (, ,) (NNP Osgiliath) (CC and) (NNP Gondor)))) (VP (VBD presented) (NP (NNS credentials)) (PP (TO to) (NP (NP (NNP Ithilen) (POS 's)) (NN president)))) (. .)))";
        let v = view(&lex, ptb, CommaRules::default());
        let spans: Vec<(u32, u32)> = v.units.iter().map(|u| (u.first, u.last)).collect();
        assert_eq!(spans, [(0, 1), (3, 7), (9, 9), (11, 13)]);
        assert_eq!(v.unit_at[5], 1, "a conjunct belongs to its compound's unit");
        assert_eq!(v.unit_at[2], NONE, "the preposition is in no base span");
        assert!(!v.boundary[4], "commas between conjuncts are not clause boundaries");
    }

    #[test]
    fn terminal_and_internal_comma_clauses_are_masked() {
        let lex = Lexicon::default();
        let ptb = "(ROOT (S (S (NP (NNP Arnor)) (VP (VBZ is) (VP (VB restore) (NP (NNS ties)) (PP (IN with) (NP (NP (NNP Gondor)) (, ,) (NP (DT the) (NN state) (POS 's) (NN foe)) (, ,)))))) (, ,) (NP (DT a) (JJ senior) (NN official)) (VP (VBD said) (PP (IN on) (NP (NNP Saturday)))) (. .)))";
        let v = view(&lex, ptb, CommaRules::default());
        let masked: Vec<&str> = (0..v.len()).filter(|&i| v.masked[i]).map(|i| v.forms[i]).collect();
        assert_eq!(masked, ["the", "state", "'s", "foe", "a", "senior", "official", "said", "on", "Saturday"]);
        let v = view(&lex, ptb, CommaRules::OFF);
        assert!(v.masked.iter().all(|m| !m));
    }
}
