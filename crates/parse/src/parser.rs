//! Dependency parser: greedy arc-eager transitions scored by an averaged
//! perceptron over hashed feature templates in the style of Zhang & Nivre
//! (2011): words, tags, distance, valency, labels, label sets, second and
//! third order. Labels are predicted with the arc, from the same feature rows
//! (classes 0–3 are moves, then one block of labels per arc direction), so
//! one table lookup per feature serves both decisions. Trained with the
//! dynamic oracle of Goldberg & Nivre (2012) and exploration.

use std::cell::RefCell;
use std::rc::Rc;

use crate::hash::{combine, key1, key2, key3, Rng};
use crate::io::{ByteReader, ByteWriter, DecodeResult};
use crate::perceptron::{MoveTable, Table, Trainer};
use crate::tagger::cluster_prefix;

const SHIFT: usize = 0;
const REDUCE: usize = 1;
const LEFT: usize = 2;
const RIGHT: usize = 3;
const MOVES: usize = 4;
const NONE: u32 = u32::MAX;
/// Roles whose single-token features are looked up once per token and
/// sentence (a token keeps its role for several transitions): s0, n0, n1,
/// n2, s0's head, s0's leftmost and rightmost child, n0's leftmost child,
/// s0's grandparent, s0's and n0's second-leftmost, s0's second-rightmost
/// child, s1.
const ROLES: usize = 13;
/// The roles of the first three buffer tokens.
const N0: usize = 1;
const N1: usize = 2;
const N2: usize = 3;

#[derive(Clone, Copy)]
enum Atom {
    WordTag = 0,
    Word = 1,
    Tag = 2,
    Cluster = 3,
}

/// Single-token templates per role: (template id, atom).
const ROLE_TEMPLATES: [&[(u64, Atom)]; ROLES] = {
    use Atom::*;
    [
        &[(1, WordTag), (2, Word), (3, Tag), (79, Cluster)],
        &[(4, WordTag), (5, Word), (6, Tag), (80, Cluster)],
        &[(7, WordTag), (8, Word), (9, Tag), (81, Cluster)],
        &[(10, WordTag), (11, Word), (12, Tag)],
        &[(39, Word), (40, Tag)],
        &[(42, Word), (43, Tag)],
        &[(45, Word), (46, Tag)],
        &[(48, Word), (49, Tag)],
        &[(51, Word), (52, Tag)],
        &[(54, Word), (55, Tag)],
        &[(57, Word), (58, Tag)],
        &[(60, Word), (61, Tag)],
        &[(73, Tag), (74, Word)],
    ]
};

/// Number of move templates over several tokens or the configuration.
const PAIR_FEATURES: usize = 51;

/// A sentence as the parser sees it: a word hash and a tag id per token.
pub struct ParseInput<'a> {
    pub words: &'a [u64],
    pub tags: &'a [u16],
    /// Brown cluster paths (see [`crate::tagger::Clusters`]).
    pub clusters: &'a [u32],
    /// Per token, its [`WordClass`] bits, for the parse-time constraints
    /// below; empty: no constraint (as in training).
    ///
    /// A finite lexical verb is never a left dependent of a noun (EWT
    /// train: 0 `amod`, 4 `compound` of 13 k; about 50 in all, most `advcl`
    /// of a noun root), yet a news past tense the tagger first read as a
    /// participle can still be hung on its object ("Belgium cut ties" with
    /// "cut" an `amod` of "ties").
    ///
    /// A past tense the tagger's finite-verb checks gave back
    /// ([`WordClass::RESTORED_VERB`]) heads a clause, so it is not a right
    /// dependent of the noun just before it either when its object follows
    /// ("Israeli air strikes killed at least 20 Palestinians", "The United
    /// States and Britain last month imposed sanctions"). A relative
    /// clause's verb has its subject or relative word between it and its
    /// noun ("remarks that officials condemned"), and a participle hung on
    /// the noun before it has no object ("a truce agreed with Hamas").
    pub classes: &'a [u8],
}

/// Bits of [`ParseInput::classes`].
pub struct WordClass;

impl WordClass {
    /// A finite lexical verb (VBD, VBZ, VBP).
    pub const FINITE_VERB: u8 = 1;
    /// A noun or a proper noun.
    pub const NOMINAL: u8 = 2;
    /// A pronoun or a wh-word.
    pub const PRONOUN: u8 = 4;
    /// A word that can start a noun phrase: a determiner, a number, a
    /// pronoun, an adjective or a noun.
    pub const PHRASE_START: u8 = 8;
    /// A number.
    pub const NUMBER: u8 = 16;
    /// A past tense the tagger's finite-verb checks gave back.
    pub const RESTORED_VERB: u8 = 32;
    /// A determiner.
    pub const DETERMINER: u8 = 64;

    /// The bits of a (UPOS, XPOS) tag (all but [`WordClass::RESTORED_VERB`],
    /// which depends on the sentence).
    pub fn of_tag(upos: &str, xpos: &str) -> u8 {
        let mut c = 0;
        if upos == "VERB" && matches!(xpos, "VBD" | "VBZ" | "VBP") {
            c |= WordClass::FINITE_VERB;
        }
        if matches!(upos, "NOUN" | "PROPN") {
            c |= WordClass::NOMINAL;
        }
        if upos == "PRON" || matches!(xpos, "WDT" | "WP" | "WP$" | "WRB") {
            c |= WordClass::PRONOUN;
        }
        if matches!(upos, "DET" | "NUM" | "PRON" | "ADJ" | "NOUN" | "PROPN") {
            c |= WordClass::PHRASE_START;
        }
        if upos == "NUM" {
            c |= WordClass::NUMBER;
        }
        if upos == "DET" {
            c |= WordClass::DETERMINER;
        }
        c
    }
}

/// Gold tree for training: 0-based heads (`None` for the root) and label ids.
pub struct GoldTree {
    pub heads: Vec<Option<u32>>,
    pub labels: Vec<u16>,
}

pub struct Parser {
    pub labels: Vec<String>,
    root_label: u16,
    /// Move scores (REDUCE, LEFT, RIGHT relative to SHIFT).
    moves: MoveTable,
    /// Label scores: left-arc labels, then right-arc labels.
    arcs: Table,
    /// The move weights of the templates over small atoms, tabulated
    /// (once the tag count is known, see [`Parser::tabulate`]).
    small: Option<SmallMoves>,
    /// Beam width (1, the default: greedy; see [`Parser::set_beam`]).
    beam: usize,
    /// With a beam, each move scores its log-probability under a softmax
    /// of the state's move scores divided by this (0: the raw scores).
    temperature: f64,
    /// The beam of global training (1: trained greedily); stored in the
    /// model file's header.
    trained_beam: usize,
}

/// The softmax temperature of beam decoding, in units of the quantized
/// move weights: EWT dev UAS with the shipped model and a beam of 4 is
/// within 0.15 of its best from 7,000 to 15,000 (see the crate README).
pub const BEAM_TEMPERATURE: f64 = 10_000.0;

/// Number of label feature templates.
pub const LABEL_FEATURES: usize = 26;

/// Output: 0-based heads (`None` for the root) and label ids.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tree {
    pub heads: Vec<Option<u32>>,
    pub labels: Vec<u16>,
}

/// Relation names by id, for the tree repairs after parsing.
struct Relations<'a>(&'a [String]);

impl Relations<'_> {
    fn name(&self, l: u16) -> &str {
        self.0.get(l as usize).map_or("", String::as_str)
    }

    fn id(&self, name: &str) -> Option<u16> {
        self.0.iter().position(|x| x == name).map(|i| i as u16)
    }

    fn is_subject(&self, l: u16) -> bool {
        matches!(self.name(l), "nsubj" | "nsubj:pass")
    }
}

/// The dependents of `h`, in order.
fn children(heads: &[Option<u32>], h: usize) -> impl Iterator<Item = usize> + '_ {
    (0..heads.len()).filter(move |&k| heads[k] == Some(h as u32))
}

impl Tree {
    /// "Kim said in a statement carried by state media that Pyongyang …":
    /// the parser (EWT has few reports with a reduced relative between
    /// the verb and its complement) makes the participle right after the
    /// verb's oblique a clause of the verb (and the noun its oblique), or
    /// the noun's modifier, and the "that" clause the participle's
    /// complement; no participle of
    /// publishing takes one. Where a verb's oblique noun is followed by a
    /// past form (`participle` by its tag) with no subject or auxiliary of
    /// its own that has, after it, a complement clause (with a subject or
    /// a "that"), the clause is the verb's complement and the participle
    /// the noun's `acl`, unless the verb has a complement already.
    /// `names` are the relations by id.
    pub fn give_the_report_its_complement(&mut self, lowers: &[String], names: &[String], participle: impl Fn(usize) -> bool) {
        let n = self.heads.len();
        let relations = Relations(names);
        let (rel, is_subject) = (|l: u16| relations.name(l), |l: u16| relations.is_subject(l));
        let (Some(acl), Some(ccomp)) = (relations.id("acl"), relations.id("ccomp")) else { return };
        for noun in 1..n.saturating_sub(2) {
            let p = noun + 1;
            let Some(mut verb) = self.heads[noun].map(|h| h as usize) else { continue };
            if rel(self.labels[noun]).split(':').next() != Some("obl") || !participle(p) {
                continue;
            }
            // (The parser may also have made the noun the participle's
            // oblique, the participle the verb's clause.)
            if verb == p {
                match self.heads[p] {
                    Some(v) if (v as usize) < noun => verb = v as usize,
                    _ => continue,
                }
            }
            if verb >= noun {
                continue;
            }
            let on_verb = self.heads[p] == Some(verb as u32) && matches!(rel(self.labels[p]), "ccomp" | "xcomp" | "advcl" | "conj" | "parataxis");
            let on_noun = self.heads[p] == Some(noun as u32) && rel(self.labels[p]) == "acl";
            if !(on_verb || on_noun) || children(&self.heads, p).any(|d| is_subject(self.labels[d]) || rel(self.labels[d]).starts_with("aux") || rel(self.labels[d]) == "mark") {
                continue;
            }
            if children(&self.heads, verb).any(|d| d != p && rel(self.labels[d]) == "ccomp") {
                continue;
            }
            let clause = children(&self.heads, p).filter(|&c| c > p && rel(self.labels[c]) == "ccomp").find(|&c| {
                children(&self.heads, c).any(|d| is_subject(self.labels[d]) || (rel(self.labels[d]) == "mark" && lowers[d] == "that"))
            });
            let Some(clause) = clause else { continue };
            self.heads[clause] = Some(verb as u32);
            self.labels[clause] = ccomp;
            self.heads[noun] = Some(verb as u32);
            self.heads[p] = Some(noun as u32);
            self.labels[p] = acl;
            return;
        }
    }

    /// A verb the parser gave two subjects, in two shapes news has often
    /// and web text seldom:
    /// - "Russia's Foreign Ministry backed …" with "Russia" a subject: a
    ///   subject with a possessive "'s" before the other subject is that
    ///   subject's possessor (`nmod:poss`);
    /// - "diplomats said Britain, France and Germany would trigger …" with
    ///   "Britain" a subject of "said": a subject after the verb, before a
    ///   clausal complement of it that has no subject, is that
    ///   complement's subject.
    ///
    /// `names` are the relations by id.
    pub fn give_each_subject_its_verb(&mut self, lowers: &[String], names: &[String]) {
        let n = self.heads.len();
        let relations = Relations(names);
        let (rel, is_subject) = (|l: u16| relations.name(l), |l: u16| relations.is_subject(l));
        let Some(poss) = relations.id("nmod:poss") else { return };
        // (Counted first: the checks below are quadratic, and rare.)
        let mut count = vec![0u8; n];
        for k in 0..n {
            if let Some(h) = self.heads[k].filter(|_| is_subject(self.labels[k])) {
                count[h as usize] = count[h as usize].saturating_add(1);
            }
        }
        for v in (0..n).filter(|&v| count[v] == 2) {
            let subjects: Vec<usize> = children(&self.heads, v).filter(|&k| is_subject(self.labels[k])).collect();
            let [a, b] = subjects[..] else { continue };
            let has_kid = |h: &[Option<u32>], x: usize, f: &dyn Fn(usize) -> bool| children(h, x).any(f);
            let possessive = |k: usize| matches!(lowers[k].as_str(), "'s" | "'" | "’s" | "’") && rel(self.labels[k]) == "case";
            if b < v && has_kid(&self.heads, a, &|k| k > a && possessive(k)) && !has_kid(&self.heads, b, &|k| rel(self.labels[k]) == "det") && (a + 1..b).all(|k| k == a + 1 && possessive(k) || dominates(&self.heads, b, k) || dominates(&self.heads, a, k)) {
                self.heads[a] = Some(b as u32);
                self.labels[a] = poss;
                continue;
            }
            if a < v && v < b {
                let complement = (b + 1..n).find(|&c| self.heads[c] == Some(v as u32) && rel(self.labels[c]) == "ccomp" && !has_kid(&self.heads, c, &|k| is_subject(self.labels[k]) || matches!(rel(self.labels[k]), "expl" | "csubj")));
                if let Some(c) = complement {
                    if (b + 1..c).all(|k| dominates(&self.heads, b, k) || self.heads[k] == Some(c as u32)) {
                        self.heads[b] = Some(c as u32);
                    }
                }
            }
        }
    }

    /// "Sharaa, who met Trump in May, has been courting …", "Stoltenberg,
    /// who mediated the talks, said …": the parser (EWT has few such
    /// sentences; news has many) often gives the relative clause's verb
    /// two subjects, the name and "who", and makes it either the root, with
    /// the main verb after the closing comma its conjunct or adverbial
    /// clause, or a clause of that main verb, which is left with no
    /// subject. When the relative verb has one subject before ",
    /// who/which", and the main verb after a comma is finite (or has a
    /// finite auxiliary) with no subject, marker or conjunction of its own,
    /// the main verb heads the sentence (or its clause), the name is its
    /// subject, the relative clause the name's `acl:relcl`, and the comma
    /// closes the relative clause. `names` are the relations by id;
    /// `finite` says whether a word is a finite verb or auxiliary by its
    /// tag.
    pub fn lift_main_verb_out_of_relative_clause(&mut self, lowers: &[String], names: &[String], finite: impl Fn(usize) -> bool) {
        let n = self.heads.len();
        if n < 6 || !lowers.iter().any(|w| w == "who" || w == "which") {
            return;
        }
        let relations = Relations(names);
        let (rel, is_subject, label) = (|l: u16| relations.name(l), |l: u16| relations.is_subject(l), |name: &str| relations.id(name));
        let (Some(root), Some(relcl), Some(punct)) = (label("root"), label("acl:relcl"), label("punct")) else { return };
        for w in 2..n - 2 {
            let Some(v1) = self.heads[w].map(|h| h as usize) else { continue };
            if !matches!(lowers[w].as_str(), "who" | "which") || lowers[w - 1] != "," || !is_subject(self.labels[w]) || v1 <= w {
                continue;
            }
            let subjects: Vec<usize> = children(&self.heads, v1).filter(|&k| k + 1 < w && is_subject(self.labels[k])).collect();
            let [subject] = subjects[..] else { continue };
            // A finite verb (or one with a finite auxiliary) with no
            // subject, marker or conjunction of its own.
            let verb_ok = |h: &[Option<u32>], k: usize| {
                (finite(k) || children(h, k).any(|a| rel(self.labels[a]).starts_with("aux") && finite(a)))
                    && !children(h, k).any(|d| is_subject(self.labels[d]) || matches!(rel(self.labels[d]), "mark" | "cc" | "expl" | "csubj"))
            };
            let (main, comma) = match self.heads[v1] {
                // The relative verb is the root, the main verb its
                // dependent after a comma (which the parser may have hung
                // on that verb).
                None => {
                    let comma_before = |h: &[Option<u32>], x: usize| {
                        let first = (0..=x).find(|&k| k == x || dominates(h, x, k)).unwrap_or(x);
                        if lowers[first] == "," {
                            Some(first)
                        } else {
                            first.checked_sub(1).filter(|&c| lowers[c] == ",")
                        }
                    };
                    let main = children(&self.heads, v1).filter(|&k| k > v1).find(|&k| {
                        comma_before(&self.heads, k).is_some_and(|c| c > v1) && matches!(rel(self.labels[k]), "conj" | "advcl" | "parataxis" | "ccomp") && verb_ok(&self.heads, k)
                    });
                    let Some(main) = main else { continue };
                    let Some(comma) = comma_before(&self.heads, main) else { continue };
                    self.heads[main] = None;
                    self.labels[main] = root;
                    for k in children(&self.heads, v1).filter(|&k| k > comma).collect::<Vec<_>>() {
                        self.heads[k] = Some(main as u32);
                    }
                    (main, comma)
                }
                // "Holbrooke, who mediated the talks, said …" with "mediated"
                // a clause of "said": the main verb is already the head;
                // only its subject is wrong. The comma is the last before
                // it with only its auxiliaries and adverbs in between.
                Some(m) => {
                    let m = m as usize;
                    if m <= v1 || !verb_ok(&self.heads, m) {
                        continue;
                    }
                    let Some(comma) = (v1 + 1..m).rev().find(|&k| lowers[k] == ",") else { continue };
                    if !(comma + 1..m).all(|k| self.heads[k] == Some(m as u32) && (rel(self.labels[k]).starts_with("aux") || rel(self.labels[k]) == "advmod")) {
                        continue;
                    }
                    (m, comma)
                }
            };
            self.heads[comma] = Some(v1 as u32);
            self.labels[comma] = punct;
            // (The clause hangs on the word before its comma when that is
            // in the subject's phrase: "President Donald *Trump*, who …",
            // where the parser may head the phrase elsewhere.)
            let antecedent = if w - 2 == subject || dominates(&self.heads, subject, w - 2) { w - 2 } else { subject };
            let passive = children(&self.heads, main).any(|a| rel(self.labels[a]) == "aux:pass");
            self.heads[subject] = Some(main as u32);
            if let Some(l) = label(if passive { "nsubj:pass" } else { "nsubj" }) {
                self.labels[subject] = l;
            }
            self.heads[v1] = Some(antecedent as u32);
            self.labels[v1] = relcl;
            return;
        }
    }
}

#[derive(Default, Clone)]
struct Config {
    n: usize,
    /// What transitions change: the stack, the buffer and the arcs.
    s: State,
    /// Feature atoms per token (index `n` = null): word, tag, word+tag.
    w: Vec<u64>,
    p: Vec<u64>,
    wp: Vec<u64>,
    /// Cluster path, and its first six steps.
    cl: Vec<u64>,
    c6: Vec<u64>,
    /// The same per token, indexed by [`Atom`] (a read instead of a
    /// branch on the atom kind for each single-token feature).
    atoms: Vec<[u64; 4]>,
    null_label: u16,
}

impl Config {
    fn new(input: &ParseInput, nlabels: usize) -> Config {
        let mut c = Config::default();
        c.reset(input, nlabels);
        c
    }

    /// The start configuration of `input`, in this configuration's storage
    /// (a parse reuses the buffers of the thread's previous one).
    fn reset(&mut self, input: &ParseInput, nlabels: usize) {
        fn fill<T: Copy>(v: &mut Vec<T>, x: T, len: usize) {
            v.clear();
            v.resize(len, x);
        }
        let n = input.words.len();
        self.n = n;
        self.s.stack.clear();
        self.s.stack.reserve(n);
        self.s.b = 0;
        fill(&mut self.s.head, NONE, n + 1);
        fill(&mut self.s.label, nlabels as u16, n + 1);
        fill(&mut self.s.lmost, n as u32, n + 1);
        fill(&mut self.s.lmost2, n as u32, n + 1);
        fill(&mut self.s.rmost, n as u32, n + 1);
        fill(&mut self.s.rmost2, n as u32, n + 1);
        fill(&mut self.s.lval, 0, n + 1);
        fill(&mut self.s.rval, 0, n + 1);
        fill(&mut self.s.lset, 0, n + 1);
        fill(&mut self.s.rset, 0, n + 1);
        let (w, p, wp, cl, c6) = (&mut self.w, &mut self.p, &mut self.wp, &mut self.cl, &mut self.c6);
        w.clear();
        w.extend_from_slice(input.words);
        w.push(0x6e75_6c6c);
        p.clear();
        p.extend(input.tags.iter().map(|&t| t as u64 + 1));
        p.push(0);
        wp.clear();
        wp.extend(w.iter().zip(p.iter()).map(|(&a, &b)| combine(a, b)));
        cl.clear();
        cl.extend(input.clusters.iter().map(|&c| c as u64));
        cl.resize(n, 1);
        c6.clear();
        c6.extend(cl.iter().map(|&c| cluster_prefix(c as u32, 6)));
        cl.push(0);
        c6.push(0);
        self.atoms.clear();
        self.atoms.extend((0..=n).map(|t| {
            let mut a = [0u64; 4];
            a[Atom::WordTag as usize] = wp[t];
            a[Atom::Word as usize] = w[t];
            a[Atom::Tag as usize] = p[t];
            a[Atom::Cluster as usize] = cl[t];
            a
        }));
        self.null_label = nlabels as u16;
    }

    /// The (head, dependent) of the arc that move `mv` (LEFT or RIGHT)
    /// makes in this configuration.
    fn arc(&self, mv: usize) -> (usize, usize) {
        let s0 = self.s0().unwrap() as usize;
        if mv == LEFT {
            (self.s.b, s0)
        } else {
            (s0, self.s.b)
        }
    }

    /// The tree built so far.
    fn tree(&self) -> Tree {
        Tree {
            heads: (0..self.n).map(|i| (self.s.head[i] != NONE).then_some(self.s.head[i])).collect(),
            labels: self.s.label[..self.n].to_vec(),
        }
    }

    fn terminal(&self) -> bool {
        self.s.b >= self.n
    }

    fn s0(&self) -> Option<u32> {
        self.s.stack.last().copied()
    }

    fn legal(&self) -> [bool; MOVES] {
        let buffer = self.s.b < self.n;
        let s0_head = self.s0().map(|s| self.s.head[s as usize] != NONE);
        [
            buffer,
            s0_head == Some(true),
            buffer && s0_head == Some(false),
            buffer && s0_head.is_some(),
        ]
    }

    fn add_arc(&mut self, h: u32, d: u32, l: u16) {
        let (hu, du) = (h as usize, d as usize);
        self.s.head[du] = h;
        self.s.label[du] = l;
        let bit = 1u64 << (l % 64);
        let null = self.n as u32;
        if d < h {
            self.s.lval[hu] = self.s.lval[hu].saturating_add(1);
            self.s.lset[hu] |= bit;
            if self.s.lmost[hu] == null || d < self.s.lmost[hu] {
                self.s.lmost2[hu] = self.s.lmost[hu];
                self.s.lmost[hu] = d;
            } else if self.s.lmost2[hu] == null || d < self.s.lmost2[hu] {
                self.s.lmost2[hu] = d;
            }
        } else {
            self.s.rval[hu] = self.s.rval[hu].saturating_add(1);
            self.s.rset[hu] |= bit;
            if self.s.rmost[hu] == null || d > self.s.rmost[hu] {
                self.s.rmost2[hu] = self.s.rmost[hu];
                self.s.rmost[hu] = d;
            } else if self.s.rmost2[hu] == null || d > self.s.rmost2[hu] {
                self.s.rmost2[hu] = d;
            }
        }
    }

    fn apply(&mut self, mv: usize, label: u16) {
        match mv {
            SHIFT => {
                self.s.stack.push(self.s.b as u32);
                self.s.b += 1;
            }
            REDUCE => {
                self.s.stack.pop();
            }
            LEFT => {
                let s = self.s.stack.pop().unwrap();
                self.add_arc(self.s.b as u32, s, label);
            }
            _ => {
                let s = *self.s.stack.last().unwrap();
                self.add_arc(s, self.s.b as u32, label);
                self.s.stack.push(self.s.b as u32);
                self.s.b += 1;
            }
        }
    }

    /// The tokens filling each role (`n`, the null token, when empty).
    fn roles(&self) -> [usize; ROLES] {
        let null = self.n;
        let at = |i: usize| if i < self.n { i } else { null };
        let s0 = self.s0().map_or(null, |s| s as usize);
        let s1 = if self.s.stack.len() >= 2 { self.s.stack[self.s.stack.len() - 2] as usize } else { null };
        let n0 = at(self.s.b);
        let up = |i: usize| if self.s.head[i] == NONE { null } else { self.s.head[i] as usize };
        let s0h = up(s0);
        [
            s0,
            n0,
            at(self.s.b + 1),
            at(self.s.b + 2),
            s0h,
            self.s.lmost[s0] as usize,
            self.s.rmost[s0] as usize,
            self.s.lmost[n0] as usize,
            up(s0h),
            self.s.lmost2[s0] as usize,
            self.s.rmost2[s0] as usize,
            self.s.lmost2[n0] as usize,
            s1,
        ]
    }

    #[inline(always)]
    fn atom(&self, a: Atom, t: usize) -> u64 {
        self.atoms[t][a as usize]
    }

    /// The single-token feature keys of token `t` in role `role`.
    fn role_keys(&self, role: usize, t: usize) -> impl Iterator<Item = u64> + '_ {
        ROLE_TEMPLATES[role].iter().map(move |&(id, a)| key1(id, self.atom(a, t)))
    }

    /// All move feature keys (for training; parsing caches the role keys' weights).
    fn features(&self, out: &mut Vec<u64>) {
        out.clear();
        let roles = self.roles();
        for (r, &t) in roles.iter().enumerate() {
            out.extend(self.role_keys(r, t));
        }
        let mut pairs = [0u64; PAIR_FEATURES];
        self.pair_features(&roles, &mut pairs);
        out.extend_from_slice(&pairs);
    }

    /// The move features that combine several tokens or the configuration:
    /// [`OTHER_PAIR_FEATURES`] hashed ones, then those over small atoms
    /// (see [`SmallAtoms`]).
    fn pair_features(&self, roles: &[usize; ROLES], out: &mut [u64; PAIR_FEATURES]) {
        let (other, small) = out.split_at_mut(OTHER_PAIR_FEATURES);
        self.other_pair_features(roles, other.try_into().unwrap());
        small.copy_from_slice(&self.small_atoms(roles).keys());
    }

    /// The atoms of the move templates whose atoms all have small domains.
    fn small_atoms(&self, roles: &[usize; ROLES]) -> SmallAtoms {
        let null = self.n;
        let [s0, n0, n1, _n2, s0h, s0l, s0r, n0l, _s0h2, s0l2, s0r2, n0l2, _s1] = *roles;
        let l = |i: usize| if i == null { self.null_label as u64 + 1 } else { self.s.label[i] as u64 };
        SmallAtoms {
            ps0: self.p[s0],
            pn0: self.p[n0],
            pn1: self.p[n1],
            d: if s0 != null && n0 != null { distance_bucket(n0 - s0) } else { 0 },
            valency: [self.s.rval[s0] as u64, self.s.lval[s0] as u64, self.s.lval[n0] as u64],
            labels: [l(s0), l(s0l), l(s0r), l(n0l), l(s0h), l(s0l2), l(s0r2), l(n0l2)],
            depth: self.s.stack.len().min(3) as u64,
        }
    }

    /// The move features that combine several tokens or the configuration,
    /// except those over small atoms.
    fn other_pair_features(&self, roles: &[usize; ROLES], out: &mut [u64; OTHER_PAIR_FEATURES]) {
        let null = self.n;
        let [s0, n0, n1, n2, s0h, s0l, s0r, n0l, _s0h2, s0l2, s0r2, n0l2, s1] = *roles;
        let s0h2 = roles[8];
        let (w, p, wp, cl, c6) = (&self.w, &self.p, &self.wp, &self.cl, &self.c6);
        let l = |i: usize| if i == null { self.null_label as u64 + 1 } else { self.s.label[i] as u64 };
        let d = if s0 != null && n0 != null { distance_bucket(n0 - s0) } else { 0 };
        let (s0vl, s0vr, n0vl) = (self.s.lval[s0] as u64, self.s.rval[s0] as u64, self.s.lval[n0] as u64);
        let (s0sl, s0sr, n0sl) = (self.s.lset[s0], self.s.rset[s0], self.s.lset[n0]);
        *out = [
            key2(13, wp[s0], wp[n0]),
            key2(14, wp[s0], w[n0]),
            key2(15, w[s0], wp[n0]),
            key2(16, wp[s0], p[n0]),
            key2(17, p[s0], wp[n0]),
            key2(18, w[s0], w[n0]),
            key3(21, p[n0], p[n1], p[n2]),
            key3(22, p[s0], p[n0], p[n1]),
            key3(23, p[s0h], p[s0], p[n0]),
            key3(24, p[s0], p[s0l], p[n0]),
            key3(25, p[s0], p[s0r], p[n0]),
            key3(26, p[s0], p[n0], p[n0l]),
            key2(27, w[s0], d),
            key2(29, w[n0], d),
            key3(31, w[s0], w[n0], d),
            key3(32, p[s0], p[n0], d),
            key2(33, w[s0], s0vr),
            key2(35, w[s0], s0vl),
            key2(37, w[n0], n0vl),
            key3(63, p[s0], p[s0l], p[s0l2]),
            key3(64, p[s0], p[s0r], p[s0r2]),
            key3(65, p[s0], p[s0h], p[s0h2]),
            key3(66, p[n0], p[n0l], p[n0l2]),
            key2(67, w[s0], s0sr),
            key2(68, p[s0], s0sr),
            key2(69, w[s0], s0sl),
            key2(70, p[s0], s0sl),
            key2(71, w[n0], n0sl),
            key2(72, p[n0], n0sl),
            key3(75, p[s1], p[s0], p[n0]),
            key3(77, p[s0], l(s0), p[n0]),
            key2(78, wp[n0], p[n1]),
            key2(82, cl[s0], cl[n0]),
            key2(83, c6[s0], p[n0]),
            key2(84, p[s0], c6[n0]),
        ];
    }
}

/// Atoms of the move templates whose atoms all have small domains: tags
/// (`p`: tag id + 1, 0 for none), the s0–n0 distance bucket, valencies,
/// labels (up to two more than the label count) and stack depth.
#[derive(Clone, Copy)]
struct SmallAtoms {
    ps0: u64,
    pn0: u64,
    pn1: u64,
    d: u64,
    /// s0's right and left, n0's left valency.
    valency: [u64; 3],
    /// Labels of s0, s0's leftmost and rightmost child, n0's leftmost child,
    /// s0's head, s0's and n0's second-leftmost, s0's second-rightmost child.
    labels: [u64; 8],
    depth: u64,
}

/// Number of move templates over small atoms.
const SMALL_PAIR_FEATURES: usize = 16;
/// Number of the other move templates over several tokens or the configuration.
const OTHER_PAIR_FEATURES: usize = PAIR_FEATURES - SMALL_PAIR_FEATURES;
const VALENCY_TEMPLATES: [u64; 3] = [34, 36, 38];
const LABEL_TEMPLATES: [u64; 8] = [41, 44, 47, 50, 53, 56, 59, 62];

impl SmallAtoms {
    fn s0_n0_key(ps0: u64, pn0: u64) -> u64 {
        key2(19, ps0, pn0)
    }

    fn s0_distance_key(ps0: u64, d: u64) -> u64 {
        key2(28, ps0, d)
    }

    fn n0_distance_key(pn0: u64, d: u64) -> u64 {
        key2(30, pn0, d)
    }

    fn n0_n1_key(pn0: u64, pn1: u64) -> u64 {
        key2(20, pn0, pn1)
    }

    /// Key of valency template `k` (of [`VALENCY_TEMPLATES`]) with tag `p`.
    fn valency_key(k: usize, p: u64, v: u64) -> u64 {
        key2(VALENCY_TEMPLATES[k], p, v)
    }

    fn label_key(k: usize, l: u64) -> u64 {
        key1(LABEL_TEMPLATES[k], l)
    }

    fn depth_key(depth: u64, l: u64) -> u64 {
        key2(76, depth, l)
    }

    fn keys(&self) -> [u64; SMALL_PAIR_FEATURES] {
        let mut out = [0u64; SMALL_PAIR_FEATURES];
        out[0] = SmallAtoms::s0_n0_key(self.ps0, self.pn0);
        out[1] = SmallAtoms::s0_distance_key(self.ps0, self.d);
        out[2] = SmallAtoms::n0_distance_key(self.pn0, self.d);
        out[3] = SmallAtoms::n0_n1_key(self.pn0, self.pn1);
        let p = [self.ps0, self.ps0, self.pn0];
        for k in 0..3 {
            out[4 + k] = SmallAtoms::valency_key(k, p[k], self.valency[k]);
        }
        for k in 0..8 {
            out[7 + k] = SmallAtoms::label_key(k, self.labels[k]);
        }
        out[15] = SmallAtoms::depth_key(self.depth, self.labels[0]);
        out
    }
}

/// The summed move weights of the templates over small atoms for every
/// value of their atoms, read from the move table when the model is
/// loaded: 16 hashed lookups a transition become 16 reads of small arrays
/// (no hashing, no probing), with the same sums.
#[derive(Clone)]
struct SmallMoves {
    /// Tag values (`p`) covered: `0..tags`.
    tags: usize,
    /// Label values covered.
    labels: usize,
    /// `[ps0][pn0]`, `[ps0][d]`, `[pn0][d]`, `[pn0][pn1]`.
    s0_n0: Vec<[i32; 4]>,
    s0_distance: Vec<[i32; 4]>,
    n0_distance: Vec<[i32; 4]>,
    n0_n1: Vec<[i32; 4]>,
    /// Per valency template, `[p][v]` for valencies below [`VALENCIES`].
    valency: [Vec<[i32; 4]>; 3],
    /// Per label template, `[l]`; the last is `[depth][l]` (template 76).
    label: [Vec<[i32; 4]>; 9],
}

const DISTANCES: usize = 8;
/// Valencies tabulated (larger ones are rare: those steps look all up).
const VALENCIES: usize = 16;
const DEPTHS: usize = 4;

impl SmallMoves {
    /// `tags`: the tagger's tag count; `labels`: the parser's label count.
    fn new(moves: &MoveTable, tags: usize, labels: usize) -> SmallMoves {
        let (tags, labels) = (tags + 1, labels + 2);
        let sum = |keys: &[u64]| {
            let mut s = [0i32; 4];
            for &k in keys {
                moves.add(k, &mut s);
            }
            s
        };
        let grid = |outer: usize, inner: usize, key: &dyn Fn(u64, u64) -> u64| -> Vec<[i32; 4]> {
            (0..outer as u64).flat_map(|a| (0..inner as u64).map(move |b| (a, b))).map(|(a, b)| sum(&[key(a, b)])).collect()
        };
        let s0_n0 = grid(tags, tags, &SmallAtoms::s0_n0_key);
        let s0_distance = grid(tags, DISTANCES, &SmallAtoms::s0_distance_key);
        let n0_distance = grid(tags, DISTANCES, &SmallAtoms::n0_distance_key);
        let n0_n1 = grid(tags, tags, &SmallAtoms::n0_n1_key);
        let valency = [0, 1, 2].map(|k| grid(tags, VALENCIES, &|p, v| SmallAtoms::valency_key(k, p, v)));
        let label = [0, 1, 2, 3, 4, 5, 6, 7, 8].map(|k| match k {
            8 => grid(DEPTHS, labels, &SmallAtoms::depth_key),
            _ => grid(1, labels, &|_, l| SmallAtoms::label_key(k, l)),
        });
        SmallMoves { tags, labels, s0_n0, s0_distance, n0_distance, n0_n1, valency, label }
    }

    /// Adds the weights of `a`'s templates to `moves`; false (nothing
    /// added) when an atom is outside the tables.
    #[inline(always)]
    fn add(&self, a: &SmallAtoms, moves: &mut [i32; 4]) -> bool {
        let t = self.tags as u64;
        if a.ps0 >= t
            || a.pn0 >= t
            || a.pn1 >= t
            || a.valency.iter().any(|&v| v >= VALENCIES as u64)
            || a.labels.iter().any(|&l| l >= self.labels as u64)
        {
            return false;
        }
        let (ps0, pn0, pn1, d) = (a.ps0 as usize, a.pn0 as usize, a.pn1 as usize, a.d as usize);
        let mut rows = [&[0i32; 4]; 15];
        rows[0] = &self.s0_n0[ps0 * self.tags + pn0];
        rows[1] = &self.s0_distance[ps0 * DISTANCES + d];
        rows[2] = &self.n0_distance[pn0 * DISTANCES + d];
        rows[3] = &self.n0_n1[pn0 * self.tags + pn1];
        let p = [ps0, ps0, pn0];
        for k in 0..3 {
            rows[4 + k] = &self.valency[k][p[k] * VALENCIES + a.valency[k] as usize];
        }
        for k in 0..8 {
            rows[7 + k] = &self.label[k][a.labels[k] as usize];
        }
        let depth_row = &self.label[8][a.depth as usize * self.labels + a.labels[0] as usize];
        // Slot 0 (SHIFT) of every row is 0.
        for r in rows.into_iter().chain([depth_row]) {
            for m in 0..MOVES {
                moves[m] += r[m];
            }
        }
        true
    }
}

impl Config {
    /// Features for labelling the arc `h → d` about to be made.
    fn label_features(&self, h: usize, d: usize, out: &mut [u64; LABEL_FEATURES]) {
        let null = self.n;
        let (w, p, wp, cl, c6) = (&self.w, &self.p, &self.wp, &self.cl, &self.c6);
        let l = |i: usize| if i == null { self.null_label as u64 + 1 } else { self.s.label[i] as u64 };
        let dist = distance_bucket(h.abs_diff(d));
        // Left and right arcs have separate label weights: every template
        // comes in two versions, one per direction.
        let dir = (h < d) as u64;
        let t = |id: u64| id << 1 | dir;
        let (dl, dl2, dr) = (self.s.lmost[d] as usize, self.s.lmost2[d] as usize, self.s.rmost[d] as usize);
        let hl = self.s.lmost[h] as usize;
        let next = if d + 1 < self.n { d + 1 } else { null };
        let prev = if d >= 1 && d - 1 != h { d - 1 } else { null };
        *out = [
            key1(t(101), wp[d]),
            key1(t(102), w[d]),
            key1(t(103), p[d]),
            key1(t(104), wp[h]),
            key1(t(105), p[h]),
            key2(t(106), p[h], p[d]),
            key2(t(107), w[h], p[d]),
            key2(t(108), p[h], w[d]),
            key2(t(109), w[h], w[d]),
            key3(t(110), p[h], p[d], dist),
            key2(t(111), p[d], w[dl]),
            key3(t(112), p[d], l(dl), p[dl]),
            key3(t(113), p[d], w[dl2], p[h]),
            key3(t(114), p[d], l(dr), p[dr]),
            key3(t(115), p[h], self.s.lset[h], p[d]),
            key3(t(116), p[d], self.s.lset[d], self.s.rset[d]),
            key3(t(117), p[h], l(h), p[d]),
            key3(t(118), p[h], w[hl], p[d]),
            key2(t(119), cl[d], p[h]),
            key2(t(120), c6[h], p[d]),
            key2(t(121), cl[h], cl[d]),
            key2(t(122), p[d], p[next]),
            key2(t(123), p[d], p[prev]),
            key3(t(124), p[h], self.s.lval[h] as u64, self.s.rval[h] as u64),
            key2(t(125), p[h], w[dl]),
            key3(t(126), w[d], w[dl], p[h]),
        ];
    }
}

fn distance_bucket(d: usize) -> u64 {
    match d {
        0..=4 => d as u64,
        5..=6 => 5,
        7..=9 => 6,
        _ => 7,
    }
}

/// Best legal move by score.
fn best_move(scores: &[i64], legal: &[bool; MOVES], allowed: impl Fn(usize) -> bool) -> Option<usize> {
    let mut best: Option<usize> = None;
    for m in 0..MOVES {
        if legal[m] && allowed(m) && best.is_none_or(|b| scores[m] > scores[b]) {
            best = Some(m);
        }
    }
    best
}

/// The parts of a [`Config`] that transitions change (a beam item): the
/// sentence's atoms stay in one working configuration, and an item's
/// state is swapped in to score or extend it.
#[derive(Default, Clone)]
struct State {
    stack: Vec<u32>,
    b: usize,
    /// Per token, plus a null token at index `n` that absent positions point to.
    head: Vec<u32>,
    label: Vec<u16>,
    lmost: Vec<u32>,
    lmost2: Vec<u32>,
    rmost: Vec<u32>,
    rmost2: Vec<u32>,
    lval: Vec<u8>,
    rval: Vec<u8>,
    lset: Vec<u64>,
    rset: Vec<u64>,
}

impl State {
    fn copy_from(&mut self, o: &State) {
        self.stack.clone_from(&o.stack);
        self.b = o.b;
        self.head.clone_from(&o.head);
        self.label.clone_from(&o.label);
        self.lmost.clone_from(&o.lmost);
        self.lmost2.clone_from(&o.lmost2);
        self.rmost.clone_from(&o.rmost);
        self.rmost2.clone_from(&o.rmost2);
        self.lval.clone_from(&o.lval);
        self.rval.clone_from(&o.rval);
        self.lset.clone_from(&o.lset);
        self.rset.clone_from(&o.rset);
    }
}

impl Config {
    fn swap_state(&mut self, s: &mut State) {
        std::mem::swap(&mut self.s, s);
    }

    /// Per token, whether it is on the stack (for the oracle's costs).
    fn on_stack(&self, out: &mut Vec<bool>) {
        out.clear();
        out.resize(self.n + 1, false);
        for &t in &self.s.stack {
            out[t as usize] = true;
        }
    }
}

/// A thread's beam buffers.
#[derive(Default)]
struct BeamScratch {
    beam: Vec<(State, i64)>,
    next: Vec<(State, i64)>,
    pool: Vec<State>,
    cands: Vec<(i64, usize, usize)>,
    items: Vec<BeamStep>,
    /// Single-token feature keys to look up: (key, cache slot).
    pending: Vec<(u64, usize)>,
    /// Labels already chosen in this sentence, by a hash of their feature keys.
    labels: crate::hash::KeyMap<u16>,
}

/// One beam item's step being scored.
struct BeamStep {
    item: usize,
    roles: [usize; ROLES],
    moves: [i32; MOVES],
    pairs: [u64; PAIR_FEATURES],
    npairs: usize,
    legal: [bool; MOVES],
}

/// A thread's parsing buffers, reused from sentence to sentence.
#[derive(Default)]
struct Scratch {
    config: Config,
    scores: Vec<i32>,
    cached: Vec<u16>,
    role_weights: Vec<[i32; 4]>,
    headless: Vec<u32>,
    beam: BeamScratch,
}

impl Parser {
    /// Parses one sentence.
    pub fn parse(&self, input: &ParseInput) -> Tree {
        thread_local! {
            static SCRATCH: RefCell<Scratch> = RefCell::new(Scratch::default());
        }
        let tree = |s: &mut Scratch| {
            if self.beam > 1 {
                self.run_beam(input, s, self.beam);
            } else {
                self.run(input, s);
            }
            s.config.tree()
        };
        SCRATCH.with(|cell| match cell.try_borrow_mut() {
            Ok(mut s) => tree(&mut s),
            Err(_) => tree(&mut Scratch::default()),
        })
    }

    /// Runs the transitions; the final configuration (`scratch.config`)
    /// holds the tree.
    fn run(&self, input: &ParseInput, scratch: &mut Scratch) {
        let nl = self.labels.len();
        let Scratch { config: c, scores, cached, role_weights, headless, .. } = scratch;
        c.reset(input, nl);
        let mut pairs = [0u64; PAIR_FEATURES];
        let mut label_keys = [0u64; LABEL_FEATURES];
        scores.clear();
        scores.resize(nl, 0);
        let w = &self.moves;
        // Summed weights of each token's single-token features per role,
        // looked up the first time the token takes the role.
        cached.clear();
        cached.resize(c.n + 1, 0);
        role_weights.clear();
        role_weights.resize((c.n + 1) * ROLES, [0i32; 4]);
        // Keys of single-token features not looked up yet: (key, cache slot).
        let mut pending = [(0u64, 0usize); ROLES * 4];
        // Every token comes to fill roles n2, n1 and n0 in turn: those
        // features are fetched one buffer step before they are needed.
        let mut ahead_from = 0;
        while !c.terminal() {
            if c.s.b >= ahead_from {
                ahead_from = c.s.b + 1;
                for (role, t) in [(N0, c.s.b + 1), (N1, c.s.b + 2), (N2, c.s.b + 3)] {
                    if t < c.n && cached[t] & (1 << role) == 0 {
                        for k in c.role_keys(role, t) {
                            w.prefetch(k);
                        }
                    }
                }
            }
            let roles = c.roles();
            let mut moves = [0i32; MOVES];
            let small = c.small_atoms(&roles);
            let pairs: &[u64] = match &self.small {
                Some(table) if table.add(&small, &mut moves) => {
                    c.other_pair_features(&roles, (&mut pairs[..OTHER_PAIR_FEATURES]).try_into().unwrap());
                    &pairs[..OTHER_PAIR_FEATURES]
                }
                _ => {
                    c.pair_features(&roles, &mut pairs);
                    &pairs
                }
            };
            // Every fetch this step needs is issued before the first is used.
            // Roles whose token's features are not looked up yet (few: a
            // token keeps its roles for several steps), found without a
            // branch per role.
            let mut missing = 0u32;
            for (r, &t) in roles.iter().enumerate() {
                missing |= (!cached[t] as u32 >> r & 1) << r;
            }
            let mut npending = 0;
            while missing != 0 {
                let r = missing.trailing_zeros() as usize;
                missing &= missing - 1;
                let t = roles[r];
                cached[t] |= 1 << r;
                for k in c.role_keys(r, t) {
                    w.prefetch(k);
                    pending[npending] = (k, t * ROLES + r);
                    npending += 1;
                }
            }
            for &k in pairs {
                w.prefetch(k);
            }
            for &(k, slot) in &pending[..npending] {
                w.add(k, &mut role_weights[slot]);
            }
            for (r, &t) in roles.iter().enumerate() {
                let slot = &role_weights[t * ROLES + r];
                for m in 1..MOVES {
                    moves[m] += slot[m];
                }
            }
            for &k in pairs {
                w.add(k, &mut moves);
            }
            let mut legal = c.legal();
            if !input.classes.is_empty() {
                self.constrain(c, input.classes, &mut legal);
            }
            let mut mv = SHIFT;
            let mut best = i32::MIN;
            for m in 0..MOVES {
                if legal[m] && moves[m] > best {
                    best = moves[m];
                    mv = m;
                }
            }
            let mut label = 0u16;
            if mv == LEFT || mv == RIGHT {
                let (h, d) = c.arc(mv);
                label = self.label(c, h, d, &mut label_keys, scores);
            }
            c.apply(mv, label);
        }
        self.finish(c, &mut label_keys, scores, headless);
    }

    /// Beam search over the transitions (width `k`): a sequence scores the
    /// sum of its moves' scores (log-probabilities, see
    /// [`Parser::set_beam`]); candidates are ranked by score, then item,
    /// then move, so width 1 gives the greedy parse; a finished item is
    /// carried unchanged until all are finished. The best final
    /// configuration is left in `scratch.config`.
    #[allow(clippy::needless_range_loop)]
    fn run_beam(&self, input: &ParseInput, scratch: &mut Scratch, k: usize) {
        let nl = self.labels.len();
        let Scratch { config: c, scores, cached, role_weights, headless, beam: bs } = scratch;
        c.reset(input, nl);
        let mut label_keys = [0u64; LABEL_FEATURES];
        scores.clear();
        scores.resize(nl, 0);
        cached.clear();
        cached.resize(c.n + 1, 0);
        role_weights.clear();
        role_weights.resize((c.n + 1) * ROLES, [0i32; 4]);
        let BeamScratch { beam, next, pool, cands, items, pending, labels: memo } = bs;
        memo.clear();
        let w = &self.moves;
        pool.extend(beam.drain(..).map(|x| x.0));
        // The initial state becomes the first item (`c` keeps a spare state).
        let mut start = pool.pop().unwrap_or_default();
        c.swap_state(&mut start);
        beam.push((start, 0));
        loop {
            cands.clear();
            // Phase 1, every item: atoms, keys and prefetches (the items'
            // lookups overlap); phase 2: the sums.
            items.clear();
            pending.clear();
            for i in 0..beam.len() {
                c.swap_state(&mut beam[i].0);
                if c.terminal() {
                    c.swap_state(&mut beam[i].0);
                    continue;
                }
                let roles = c.roles();
                let mut it = BeamStep { item: i, roles, moves: [0; MOVES], pairs: [0; PAIR_FEATURES], npairs: PAIR_FEATURES, legal: c.legal() };
                let small = c.small_atoms(&roles);
                match &self.small {
                    Some(table) if table.add(&small, &mut it.moves) => {
                        c.other_pair_features(&roles, (&mut it.pairs[..OTHER_PAIR_FEATURES]).try_into().unwrap());
                        it.npairs = OTHER_PAIR_FEATURES;
                    }
                    _ => c.pair_features(&roles, &mut it.pairs),
                }
                for &key in &it.pairs[..it.npairs] {
                    w.prefetch(key);
                }
                for (r, &t) in roles.iter().enumerate() {
                    if cached[t] & (1 << r) == 0 {
                        cached[t] |= 1 << r;
                        for key in c.role_keys(r, t) {
                            w.prefetch(key);
                            pending.push((key, t * ROLES + r));
                        }
                    }
                }
                if !input.classes.is_empty() {
                    self.constrain(c, input.classes, &mut it.legal);
                }
                if !it.legal.iter().any(|&l| l) {
                    it.legal[SHIFT] = true;
                }
                items.push(it);
                c.swap_state(&mut beam[i].0);
            }
            let open = !items.is_empty();
            for &(key, slot) in pending.iter() {
                w.add(key, &mut role_weights[slot]);
            }
            let mut at = 0;
            for i in 0..beam.len() {
                let score = beam[i].1;
                if at == items.len() || items[at].item != i {
                    cands.push((score, i, MOVES));
                    continue;
                }
                let it = &mut items[at];
                at += 1;
                let mut moves = it.moves;
                for (r, &t) in it.roles.iter().enumerate() {
                    let slot = &role_weights[t * ROLES + r];
                    for m in 1..MOVES {
                        moves[m] += slot[m];
                    }
                }
                for &key in &it.pairs[..it.npairs] {
                    w.add(key, &mut moves);
                }
                let legal = it.legal;
                if self.temperature > 0.0 {
                    // Log-probabilities of a softmax over the legal moves,
                    // in millionths (raw scores 1 apart stay apart).
                    let t = self.temperature;
                    let top = (0..MOVES).filter(|&m| legal[m]).map(|m| moves[m]).max().unwrap_or(0);
                    let z: f64 = (0..MOVES).filter(|&m| legal[m]).map(|m| ((moves[m] - top) as f64 / t).exp()).sum();
                    for m in 0..MOVES {
                        if legal[m] {
                            let lp = (moves[m] - top) as f64 / t - z.ln();
                            cands.push((score + (lp * 1e6).round() as i64, i, m));
                        }
                    }
                } else {
                    for m in 0..MOVES {
                        if legal[m] {
                            cands.push((score + moves[m] as i64, i, m));
                        }
                    }
                }
            }
            if !open {
                break;
            }
            cands.sort_unstable_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
            cands.truncate(k);
            next.clear();
            for &(score, i, m) in cands.iter() {
                let mut st = pool.pop().unwrap_or_default();
                st.copy_from(&beam[i].0);
                if m < MOVES {
                    c.swap_state(&mut st);
                    let mut label = 0u16;
                    if m == LEFT || m == RIGHT {
                        let (h, d) = c.arc(m);
                        c.label_features(h, d, &mut label_keys);
                        let key = label_keys.iter().fold(0x006c_6162_656c_u64, |a, &k| combine(a, k));
                        label = *memo.entry(key).or_insert_with(|| {
                            scores.iter_mut().for_each(|s| *s = 0);
                            self.arcs.score(&label_keys, scores);
                            best_label_i32(scores, self.root_label as usize) as u16
                        });
                    }
                    c.apply(m, label);
                    c.swap_state(&mut st);
                }
                next.push((st, score));
            }
            pool.extend(beam.drain(..).map(|x| x.0));
            std::mem::swap(beam, next);
        }
        // The best item (the beam is sorted) becomes the working state.
        c.swap_state(&mut beam[0].0);
        self.finish(c, &mut label_keys, scores, headless);
    }

    /// Rules out the moves [`ParseInput::classes`] forbids.
    fn constrain(&self, c: &Config, classes: &[u8], legal: &mut [bool; MOVES]) {
        let Some(s0) = c.s0().map(|s| s as usize) else { return };
        let is = |i: usize, class: u8| classes.get(i).is_some_and(|&x| x & class != 0);
        if legal[LEFT] && is(s0, WordClass::FINITE_VERB) && is(c.s.b, WordClass::NOMINAL) {
            legal[LEFT] = false;
        }
        if legal[RIGHT] && is(c.s.b, WordClass::RESTORED_VERB) && is(s0, WordClass::NOMINAL) {
            let nothing_between = (s0 + 1..c.s.b).all(|i| !is(i, WordClass::NOMINAL | WordClass::PRONOUN));
            // The object next, or a number after "at least", "more than".
            // (Not "agreed with the three countries": no determiner.)
            let quantity = (c.s.b + 2..c.s.b + 4).find(|&i| is(i, WordClass::NUMBER)).is_some_and(|n| (c.s.b + 1..n).all(|i| !is(i, WordClass::DETERMINER)));
            let object_next = is(c.s.b + 1, WordClass::PHRASE_START) || quantity;
            if nothing_between && object_next {
                legal[RIGHT] = false;
            }
        }
    }

    /// The best label (never `root`) for the arc `h → d`.
    fn label(&self, c: &Config, h: usize, d: usize, keys: &mut [u64; LABEL_FEATURES], scores: &mut [i32]) -> u16 {
        c.label_features(h, d, keys);
        scores.iter_mut().for_each(|s| *s = 0);
        self.arcs.score(keys, scores);
        best_label_i32(scores, self.root_label as usize) as u16
    }

    /// Headless tokens at the end: the one with most dependents becomes the
    /// root, the others attach to it with the label the model prefers.
    fn finish(&self, c: &mut Config, keys: &mut [u64; LABEL_FEATURES], scores: &mut [i32], headless: &mut Vec<u32>) {
        let n = c.n;
        headless.clear();
        headless.extend((0..n as u32).filter(|&i| c.s.head[i as usize] == NONE));
        let root = headless
            .iter()
            .copied()
            .max_by_key(|&i| (c.s.lval[i as usize] as u32 + c.s.rval[i as usize] as u32, std::cmp::Reverse(i)));
        if let Some(root) = root {
            for &x in headless.iter() {
                if x != root {
                    let label = self.label(c, root as usize, x as usize, keys, scores);
                    c.add_arc(root, x, label);
                }
            }
            c.s.label[root as usize] = self.root_label;
        }
    }

    /// Parses with a beam of `width` configurations instead of greedily
    /// (1: greedy, the default). The weights are trained for greedy
    /// decoding, so a sequence scores the sum of its moves'
    /// log-probabilities under a softmax of each state's move scores
    /// ([`BEAM_TEMPERATURE`]); summing the raw scores, which are only
    /// comparable within a state, loses 13 UAS on EWT dev.
    /// A parser trained with a beam ([`ParserTraining::beam`]) sums the
    /// raw scores it was trained to sum, and parses with its training
    /// beam unless told otherwise.
    pub fn set_beam(&mut self, width: usize) {
        self.beam = width.max(1);
        self.temperature = if self.trained_beam > 1 { 0.0 } else { BEAM_TEMPERATURE };
    }

    /// The beam width of global training (1: trained greedily).
    pub fn trained_beam(&self) -> usize {
        self.trained_beam
    }

    /// Marks the parser as trained with a beam of `width` (from the model
    /// file's header) and parses with that beam.
    pub(crate) fn set_trained_beam(&mut self, width: usize) {
        self.trained_beam = width.max(1);
        self.set_beam(width);
    }

    /// The beam width (1: greedy).
    pub fn beam(&self) -> usize {
        self.beam
    }

    /// Tabulates the move weights of the templates over small atoms for
    /// input tag ids below `tags` (the tagger's tag count), which makes
    /// parsing faster with the same results.
    pub fn tabulate(&mut self, tags: usize) {
        self.small = Some(SmallMoves::new(&self.moves, tags, self.labels.len()));
    }

    pub fn write(&self, w: &mut ByteWriter) {
        w.strs(&self.labels);
        self.moves.write(w);
        self.arcs.write(w);
    }

    pub fn read(r: &mut ByteReader) -> DecodeResult<Parser> {
        let labels = r.strs()?;
        let moves = MoveTable::read(r)?;
        let arcs = Table::read(r)?;
        if arcs.classes() != labels.len() {
            return Err("parser weights do not match its label set".into());
        }
        let root_label = labels.iter().position(|l| l == "root").ok_or("parser labels lack `root`")? as u16;
        Ok(Parser { labels, root_label, moves, arcs, small: None, beam: 1, temperature: BEAM_TEMPERATURE, trained_beam: 1 })
    }

    pub fn size(&self) -> usize {
        self.moves.size() + self.arcs.size()
    }
}

/// The first index of the highest score, `skip` aside (`scores[skip]`
/// is overwritten).
fn best_label_i32(scores: &mut [i32], skip: usize) -> usize {
    let first = if skip == 0 { 1 } else { 0 };
    scores[skip] = i32::MIN;
    let max = scores.iter().copied().fold(i32::MIN, i32::max);
    if max == i32::MIN {
        // Every other score is the lowest too: the first other index wins.
        return first;
    }
    crate::perceptron::first_equal(scores, max).unwrap_or(first)
}

/// Lifts non-projective arcs (head := head's head) until the tree is
/// projective, which the arc-eager oracle needs.
pub fn projectivize(heads: &[Option<u32>]) -> Vec<Option<u32>> {
    let mut h = heads.to_vec();
    loop {
        let mut lifted = false;
        // Shortest non-projective arc first.
        let mut worst: Option<(usize, usize)> = None;
        for d in 0..h.len() {
            let Some(hd) = h[d] else { continue };
            let (lo, hi) = (d.min(hd as usize), d.max(hd as usize));
            let crosses = (lo + 1..hi).any(|k| !dominates(&h, hd as usize, k));
            if crosses && worst.is_none_or(|(len, _)| hi - lo < len) {
                worst = Some((hi - lo, d));
            }
        }
        if let Some((_, d)) = worst {
            let hd = h[d].unwrap() as usize;
            h[d] = h[hd];
            lifted = true;
        }
        if !lifted {
            return h;
        }
    }
}

fn dominates(h: &[Option<u32>], a: usize, mut k: usize) -> bool {
    let mut steps = 0;
    while let Some(up) = h[k] {
        if up as usize == a {
            return true;
        }
        k = up as usize;
        steps += 1;
        if steps > h.len() {
            return false;
        }
    }
    false
}

/// Dynamic-oracle cost of each move: gold arcs it makes unreachable.
fn costs(c: &Config, gold: &[Option<u32>], on_stack: &[bool]) -> [i32; MOVES] {
    let n = c.n;
    let b = c.s.b;
    let mut cost = [0i32; MOVES];
    let Some(s) = c.s0() else { return cost };
    let s = s as usize;
    let in_buffer = |x: u32| (x as usize) >= b && (x as usize) < n;
    // Gold dependents of s in the buffer.
    let s_deps_in_buffer = (b..n).filter(|&d| gold[d] == Some(s as u32)).count() as i32;
    // Headless stack items whose gold head is b.
    let b_deps_in_stack = if b < n {
        c.s.stack.iter().filter(|&&k| c.s.head[k as usize] == NONE && gold[k as usize] == Some(b as u32)).count() as i32
    } else {
        0
    };
    // LEFT: s gets head b and leaves.
    let gs = gold[s];
    let s_head_lost = match gs {
        None => 1,
        Some(g) => (g as usize != b && in_buffer(g)) as i32,
    };
    cost[LEFT] = s_head_lost + s_deps_in_buffer;
    cost[REDUCE] = s_deps_in_buffer;
    if b < n {
        let gb = gold[b];
        let b_head_reachable_elsewhere = match gb {
            None => true,
            Some(g) => g as usize != s && (in_buffer(g) || on_stack[g as usize]),
        };
        cost[RIGHT] = b_head_reachable_elsewhere as i32 + b_deps_in_stack;
        let b_head_in_stack = matches!(gb, Some(g) if on_stack[g as usize]);
        cost[SHIFT] = b_head_in_stack as i32 + b_deps_in_stack;
    }
    cost
}

/// Training settings.
pub struct ParserTraining {
    pub epochs: usize,
    pub seed: u64,
    /// Epoch from which the parser follows its own (possibly wrong) moves.
    pub explore_from: usize,
    pub explore_p: f64,
    pub prune: f64,
    /// Beam width of global training (beam search with the structured
    /// perceptron's max-violation update) and of the trained parser; 1:
    /// greedy training with the dynamic oracle.
    pub beam: usize,
}

/// A training or evaluation sentence: input atoms and the gold tree.
pub struct ParseExample {
    pub words: Vec<u64>,
    pub tags: Vec<u16>,
    pub clusters: Vec<u32>,
    pub gold: GoldTree,
}

/// Trains the parser; `on_epoch` gets each epoch's compiled parser (for a
/// dev score) and returns that score; the best-scoring epoch is kept.
pub fn train(
    labels: Vec<String>,
    data: &[ParseExample],
    settings: &ParserTraining,
    on_epoch: &mut dyn FnMut(usize, &Parser) -> f64,
    on_sentence: &mut dyn FnMut(),
) -> Parser {
    let nl = labels.len();
    let root_label = labels.iter().position(|l| l == "root").expect("label set has root") as u16;
    let mut moves = Trainer::new(MOVES);
    let mut arcs = Trainer::new(nl);
    let projective: Vec<Vec<Option<u32>>> = data.iter().map(|e| projectivize(&e.gold.heads)).collect();
    let mut order: Vec<usize> = (0..data.len()).collect();
    let mut rng = Rng::new(settings.seed ^ 0x7061_7273);
    let mut best: Option<(f64, MoveTable, Table)> = None;
    let mut keys = Vec::with_capacity(96);
    let mut label_keys = [0u64; LABEL_FEATURES];
    let mut label_scores = vec![0i64; nl];
    let compile = |moves: &Trainer, arcs: &Trainer| {
        (moves.compile_moves(settings.prune), arcs.compile(settings.prune))
    };
    for epoch in 1..=settings.epochs {
        rng.shuffle(&mut order);
        let explore = epoch >= settings.explore_from;
        let global = settings.beam > 1;
        for &si in &order {
            let ex = &data[si];
            let gold = &projective[si];
            if global {
                beam_sentence(&mut moves, &mut arcs, ex, gold, settings.beam, root_label, nl);
                on_sentence();
                continue;
            }
            let input = ParseInput { words: &ex.words, tags: &ex.tags, clusters: &ex.clusters, classes: &[] };
            let mut c = Config::new(&input, nl);
            let mut on_stack = vec![false; c.n + 1];
            while !c.terminal() {
                c.features(&mut keys);
                let mut scores = [0i64; MOVES];
                moves.score(&keys, &mut scores);
                let legal = c.legal();
                let cost = costs(&c, gold, &on_stack);
                let pred = best_move(&scores, &legal, |_| true).unwrap();
                let oracle = best_move(&scores, &legal, |m| cost[m] == 0)
                    .or_else(|| {
                        let min = (0..MOVES).filter(|&m| legal[m]).map(|m| cost[m]).min()?;
                        best_move(&scores, &legal, |m| cost[m] == min)
                    })
                    .unwrap();
                if cost[pred] > cost[oracle] {
                    moves.update(&keys, oracle, pred);
                }
                moves.tick();
                let mv = if cost[pred] <= cost[oracle] || (explore && rng.unit() < settings.explore_p) {
                    pred
                } else {
                    oracle
                };
                let mut label = 0u16;
                if mv == LEFT || mv == RIGHT {
                    let (h, d) = c.arc(mv);
                    label = guess_label(&arcs, &c, h, d, root_label, &mut label_keys, &mut label_scores);
                    if gold[d] == Some(h as u32) {
                        let right = ex.gold.labels[d];
                        arcs.update(&label_keys, right as usize, label as usize);
                        arcs.tick();
                        if !explore {
                            label = right;
                        }
                    }
                }
                match mv {
                    SHIFT | RIGHT => on_stack[c.s.b] = true,
                    _ => on_stack[c.s0().unwrap() as usize] = false,
                }
                c.apply(mv, label);
            }
            on_sentence();
        }
        let (m, a) = compile(&moves, &arcs);
        let parser = Parser { labels: labels.clone(), root_label, moves: m, arcs: a, small: None, beam: settings.beam.max(1), temperature: 0.0, trained_beam: settings.beam.max(1) };
        let score = on_epoch(epoch, &parser);
        if best.as_ref().is_none_or(|(b, _, _)| score > *b) {
            best = Some((score, parser.moves, parser.arcs));
        }
    }
    let (m, a) = match best {
        Some((_, m, a)) => (m, a),
        None => compile(&moves, &arcs),
    };
    Parser { labels, root_label, moves: m, arcs: a, small: None, beam: settings.beam.max(1), temperature: 0.0, trained_beam: settings.beam.max(1) }
}

/// A move sequence, sharing prefixes: (move, label), the previous step.
type HistRef = Option<Rc<Hist>>;

struct Hist {
    mv: u8,
    label: u16,
    prev: Option<Rc<Hist>>,
}

fn hist_steps(h: &Option<Rc<Hist>>) -> Vec<(u8, u16)> {
    let mut out = Vec::new();
    let mut at = h.clone();
    while let Some(node) = at {
        out.push((node.mv, node.label));
        at = node.prev.clone();
    }
    out.reverse();
    out
}

#[derive(Clone)]
struct TrainItem {
    c: Config,
    score: i64,
    /// Every move so far had cost 0 (the gold tree is still reachable).
    zero: bool,
    hist: Option<Rc<Hist>>,
}

impl TrainItem {
    fn step(&self, mv: usize, label: u16, score: i64, zero: bool) -> TrainItem {
        let mut c = self.c.clone();
        c.apply(mv, label);
        TrainItem { c, score, zero, hist: Some(Rc::new(Hist { mv: mv as u8, label, prev: self.hist.clone() })) }
    }
}

/// Move scores relative to SHIFT under the training weights.
fn relative_scores(moves: &Trainer, c: &Config, keys: &mut Vec<u64>) -> [i64; MOVES] {
    c.features(keys);
    let mut s = [0i64; MOVES];
    moves.score(keys, &mut s);
    [0, s[1] - s[0], s[2] - s[0], s[3] - s[0]]
}

/// The label the training weights give the arc `h → d` (never root).
fn guess_label(arcs: &Trainer, c: &Config, h: usize, d: usize, root_label: u16, keys: &mut [u64; LABEL_FEATURES], scores: &mut [i64]) -> u16 {
    c.label_features(h, d, keys);
    scores.iter_mut().for_each(|s| *s = 0);
    arcs.score(keys, scores);
    let mut guess = if root_label == 0 { 1 } else { 0 };
    for k in 0..scores.len() {
        if k != root_label as usize && scores[k] > scores[guess] {
            guess = k;
        }
    }
    guess as u16
}

/// One sentence of global training: beam search of width `k` under the
/// current weights, the gold sequence being the best-scoring one whose
/// moves all have cost 0 under the dynamic oracle; the structured
/// perceptron update (gold features up, predicted down) at the step
/// where the best item beats it most (max-violation, Huang et al. 2012;
/// the gold sequence goes on by its best zero-cost moves once it has
/// fallen out of the beam). Labels are
/// predicted by the label classifier, which learns locally on the gold
/// sequence's arcs.
#[allow(clippy::too_many_arguments)]
fn beam_sentence(moves: &mut Trainer, arcs: &mut Trainer, ex: &ParseExample, gold: &[Option<u32>], k: usize, root_label: u16, nl: usize) {
    let input = ParseInput { words: &ex.words, tags: &ex.tags, clusters: &ex.clusters, classes: &[] };
    let start = Config::new(&input, nl);
    let first = TrainItem { c: start.clone(), score: 0, zero: true, hist: None };
    let mut beam = vec![first.clone()];
    let mut g = first;
    let mut keys = Vec::with_capacity(96);
    let mut label_keys = [0u64; LABEL_FEATURES];
    let mut label_scores = vec![0i64; nl];
    let mut on_stack = Vec::new();
    let mut cands: Vec<(i64, usize, usize, bool)> = Vec::new();
    // The largest violation: (score difference, predicted, gold sequence).
    let mut worst: Option<(i64, HistRef, HistRef)> = None;
    loop {
        cands.clear();
        let mut open = false;
        for (i, it) in beam.iter().enumerate() {
            if it.c.terminal() {
                cands.push((it.score, i, MOVES, it.zero));
                continue;
            }
            open = true;
            let rel = relative_scores(moves, &it.c, &mut keys);
            let legal = it.c.legal();
            let cost = if it.zero {
                it.c.on_stack(&mut on_stack);
                costs(&it.c, gold, &on_stack)
            } else {
                [1; MOVES]
            };
            for m in 0..MOVES {
                if legal[m] {
                    cands.push((it.score + rel[m], i, m, it.zero && cost[m] == 0));
                }
            }
        }
        let g_open = !g.c.terminal();
        if !open && !g_open {
            break;
        }
        cands.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
        cands.truncate(k);
        let mut next = Vec::with_capacity(k);
        for &(score, i, m, zero) in &cands {
            let it = &beam[i];
            if m == MOVES {
                next.push(it.clone());
                continue;
            }
            let mut label = 0u16;
            if m == LEFT || m == RIGHT {
                let (h, d) = it.c.arc(m);
                label = guess_label(arcs, &it.c, h, d, root_label, &mut label_keys, &mut label_scores);
            }
            next.push(it.step(m, label, score, zero));
        }
        // The gold sequence's own step: its best zero-cost move; the label
        // classifier learns the gold arc's label.
        if g_open {
            let rel = relative_scores(moves, &g.c, &mut keys);
            let legal = g.c.legal();
            g.c.on_stack(&mut on_stack);
            let cost = costs(&g.c, gold, &on_stack);
            let min = (0..MOVES).filter(|&m| legal[m]).map(|m| cost[m]).min().unwrap_or(0);
            let mut mv = MOVES;
            for m in 0..MOVES {
                if legal[m] && cost[m] == min && (mv == MOVES || rel[m] > rel[mv]) {
                    mv = m;
                }
            }
            let mut label = 0u16;
            if mv == LEFT || mv == RIGHT {
                let (h, d) = g.c.arc(mv);
                label = guess_label(arcs, &g.c, h, d, root_label, &mut label_keys, &mut label_scores);
                if gold[d] == Some(h as u32) {
                    arcs.update(&label_keys, ex.gold.labels[d] as usize, label as usize);
                    arcs.tick();
                }
            }
            g = g.step(mv, label, g.score + rel[mv], g.zero && cost[mv] == 0);
        }
        moves.tick();
        beam = next;
        if let Some(j) = beam.iter().position(|x| x.zero) {
            g = beam[j].clone();
        }
        if !beam[0].zero {
            let v = beam[0].score - g.score;
            if v >= 0 && worst.as_ref().is_none_or(|w| v > w.0) {
                worst = Some((v, beam[0].hist.clone(), g.hist.clone()));
            }
        }
    }
    if let Some((_, pred, gh)) = worst {
        sequence_update(moves, &start, &gh, &pred, &mut keys);
    }
}

/// The structured perceptron update: the features of the gold sequence's
/// moves up, those of the predicted sequence's down (from the first step
/// where they differ; SHIFT's weights stay 0, the others are relative to it).
fn sequence_update(moves: &mut Trainer, start: &Config, gold: &Option<Rc<Hist>>, pred: &Option<Rc<Hist>>, keys: &mut Vec<u64>) {
    let (gs, ps) = (hist_steps(gold), hist_steps(pred));
    let common = gs.iter().zip(&ps).take_while(|(a, b)| a == b).count();
    let mut c = start.clone();
    for &(mv, label) in &gs[..common] {
        c.apply(mv as usize, label);
    }
    for (steps, delta) in [(&gs, 1), (&ps, -1)] {
        let mut c = c.clone();
        for &(mv, label) in &steps[common..] {
            let mv = mv as usize;
            if mv != SHIFT {
                c.features(keys);
                moves.add_one(keys, mv, delta);
            }
            c.apply(mv, label);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Random projective trees: following zero-cost moves rebuilds them.
    #[test]
    fn oracle_reaches_the_gold_tree() {
        let mut rng = Rng::new(5);
        for _ in 0..2000 {
            let n = 1 + rng.below(12);
            // Random tree, then made projective.
            let root = rng.below(n);
            let heads: Vec<Option<u32>> =
                (0..n).map(|i| if i == root { None } else { Some(root as u32) }).collect();
            let mut heads = heads;
            for i in 0..n {
                if i != root && rng.below(2) == 0 {
                    let h = rng.below(n);
                    if h != i && !dominates(&heads, i, h) {
                        heads[i] = Some(h as u32);
                    }
                }
            }
            let gold = projectivize(&heads);
            let words = vec![0u64; n];
            let tags = vec![0u16; n];
            let input = ParseInput { words: &words, tags: &tags, clusters: &[], classes: &[] };
            let mut c = Config::new(&input, 1);
            let mut on_stack = vec![false; n + 1];
            while !c.terminal() {
                let legal = c.legal();
                let cost = costs(&c, &gold, &on_stack);
                // Any zero-cost move must keep the gold tree reachable.
                let zero: Vec<usize> = (0..MOVES).filter(|&m| legal[m] && cost[m] == 0).collect();
                assert!(!zero.is_empty(), "no zero-cost move");
                let mv = zero[rng.below(zero.len())];
                match mv {
                    SHIFT | RIGHT => on_stack[c.s.b] = true,
                    _ => on_stack[c.s0().unwrap() as usize] = false,
                }
                c.apply(mv, 0);
            }
            let got: Vec<Option<u32>> = (0..n).map(|i| (c.s.head[i] != NONE).then_some(c.s.head[i])).collect();
            assert_eq!(got, gold, "heads {heads:?}");
        }
    }

    /// The tabulated small-atom templates add what looking their keys up
    /// adds, and atoms outside the tables are refused (and looked up).
    #[test]
    fn tabulated_small_templates_add_what_their_keys_add() {
        let mut rng = Rng::new(9);
        let sample = |rng: &mut Rng| SmallAtoms {
            ps0: rng.below(7) as u64,
            pn0: rng.below(7) as u64,
            pn1: rng.below(7) as u64,
            d: rng.below(DISTANCES) as u64,
            valency: [0; 3].map(|_| rng.below(20) as u64),
            labels: [0; 8].map(|_| rng.below(6) as u64),
            depth: rng.below(DEPTHS) as u64,
        };
        let atoms: Vec<SmallAtoms> = (0..400).map(|_| sample(&mut rng)).collect();
        let mut trainer = Trainer::new(MOVES);
        for a in &atoms[..200] {
            trainer.update(&a.keys(), rng.below(MOVES), rng.below(MOVES));
            trainer.tick();
        }
        let moves = trainer.compile_moves(0.0);
        // Tag values 0..=4 and label values 0..=4 are tabulated.
        let small = SmallMoves::new(&moves, 4, 3);
        let (mut tabulated, mut refused) = (0, 0);
        for a in &atoms {
            let mut want = [0i32; MOVES];
            for k in a.keys() {
                moves.add(k, &mut want);
            }
            let mut got = [0i32; MOVES];
            if small.add(a, &mut got) {
                assert_eq!(got, want);
                tabulated += 1;
            } else {
                assert_eq!(got, [0; MOVES]);
                assert!([a.ps0, a.pn0, a.pn1].iter().chain(&a.labels).any(|&x| x > 4) || a.valency.iter().any(|&v| v >= 16));
                refused += 1;
            }
        }
        assert!(tabulated > 0 && refused > 0);
    }

    /// The label argmax without `skip` picks what a scan with a branch per
    /// label picks (the first best other label), ties and extremes included.
    #[test]
    fn best_label_is_the_first_best_other_label() {
        let reference = |scores: &[i32], skip: usize| {
            let mut best = if skip == 0 { 1 } else { 0 };
            for (i, &s) in scores.iter().enumerate() {
                if i != skip && s > scores[best] {
                    best = i;
                }
            }
            best
        };
        let mut rng = Rng::new(23);
        for n in 2..60 {
            for _ in 0..40 {
                let scores: Vec<i32> = (0..n)
                    .map(|_| match rng.below(8) {
                        0 => i32::MIN,
                        1 => i32::MAX,
                        _ => rng.below(3) as i32 - 1,
                    })
                    .collect();
                let skip = rng.below(n);
                let mut work = scores.clone();
                assert_eq!(best_label_i32(&mut work, skip), reference(&scores, skip), "{scores:?} skip {skip}");
            }
        }
    }

    /// Random sentences of real words with random tags and parse-time
    /// classes, for the built-in parser.
    fn random_inputs(tags: usize, count: usize) -> Vec<(Vec<u64>, Vec<u16>, Vec<u32>, Vec<u8>)> {
        const WORDS: &[&str] = &[
            "the", "president", "said", "on", "monday", "that", "police", "had", "arrested", "two", "men", "in", "capital",
            ",", ".", "and", "of", "to", "talks", "with", "rebels", "would", "resume", "after", "a", "week", "minister", "who",
        ];
        let mut rng = Rng::new(77);
        (0..count)
            .map(|k| {
                let n = 1 + rng.below(35);
                let words = (0..n).map(|_| crate::words::WordHashes::new(WORDS[rng.below(WORDS.len())]).0.lower).collect();
                let tags = (0..n).map(|_| rng.below(tags) as u16).collect();
                let clusters = (0..n).map(|_| rng.below(64) as u32).collect();
                let classes = if k % 2 == 0 { Vec::new() } else { (0..n).map(|_| rng.below(128) as u8).collect() };
                (words, tags, clusters, classes)
            })
            .collect()
    }

    /// A beam of one is the greedy parse, move for move, with the raw
    /// scores and with the softmax; wider beams give the same trees every
    /// time, each with one root and every head in the sentence, and not
    /// always the greedy ones.
    #[test]
    fn beam_of_one_is_greedy_and_beams_are_deterministic() {
        let crate::Model { parts, .. } = crate::Model::builtin_copy();
        let mut parser = parts.parser;
        assert_eq!(parser.beam(), 1);
        let inputs = random_inputs(parts.tagger.tags.len(), 300);
        let mut differ = 0;
        for (words, tags, clusters, classes) in &inputs {
            let input = ParseInput { words, tags, clusters, classes };
            parser.beam = 1;
            let greedy = parser.parse(&input);
            for temperature in [0.0, BEAM_TEMPERATURE] {
                parser.temperature = temperature;
                let mut scratch = Scratch::default();
                parser.run_beam(&input, &mut scratch, 1);
                assert_eq!(scratch.config.tree(), greedy, "temperature {temperature}");
            }
            parser.set_beam(4);
            let first = parser.parse(&input);
            let mut scratch = Scratch::default();
            parser.run_beam(&input, &mut scratch, 4);
            assert_eq!(scratch.config.tree(), first);
            assert_eq!(parser.parse(&input), first);
            assert_eq!(first.heads.iter().filter(|h| h.is_none()).count(), 1);
            assert!(first.heads.iter().flatten().all(|&h| (h as usize) < words.len()));
            differ += (first != greedy) as usize;
        }
        assert!(differ > 0);
    }

    /// Global training with a beam learns, the same weights every time:
    /// on sentences of chunks (see below), a beam-trained parser finds
    /// nearly every head.
    #[test]
    fn beam_training_learns_and_is_deterministic() {
        let mut rng = Rng::new(11);
        let labels: Vec<String> = ["dep", "root"].iter().map(|s| s.to_string()).collect();
        let data: Vec<ParseExample> = (0..300)
            .map(|_| {
                let n = 2 + rng.below(10);
                let mut tags: Vec<u16> = (0..n).map(|_| rng.below(2) as u16).collect();
                tags[rng.below(n)] = 1;
                // Tag 1 starts a chunk headed by it; the first chunk's head
                // heads the sentence, the other chunk heads and the words
                // before it.
                let root = tags.iter().position(|&t| t == 1).unwrap();
                let mut chunk = None;
                let heads: Vec<Option<u32>> = (0..n)
                    .map(|i| {
                        if tags[i] == 1 {
                            chunk = Some(i as u32);
                            (i != root).then_some(root as u32)
                        } else {
                            Some(chunk.unwrap_or(root as u32))
                        }
                    })
                    .collect();
                let heads = projectivize(&heads);
                ParseExample {
                    words: tags.iter().map(|&t| 1000 + t as u64).collect(),
                    clusters: vec![0; n],
                    gold: GoldTree { labels: heads.iter().map(|h| if h.is_none() { 1 } else { 0 }).collect(), heads },
                    tags,
                }
            })
            .collect();
        let settings = ParserTraining { epochs: 3, seed: 4, explore_from: 2, explore_p: 0.9, prune: 0.0, beam: 4 };
        let a = train(labels.clone(), &data, &settings, &mut |e, _| e as f64, &mut || {});
        let b = train(labels, &data, &settings, &mut |e, _| e as f64, &mut || {});
        assert_eq!(a.moves, b.moves);
        assert_eq!((a.beam(), a.trained_beam(), a.temperature), (4, 4, 0.0));
        let (mut right, mut total) = (0, 0);
        for ex in &data {
            let tree = a.parse(&ParseInput { words: &ex.words, tags: &ex.tags, clusters: &ex.clusters, classes: &[] });
            right += tree.heads.iter().zip(&ex.gold.heads).filter(|(x, y)| x == y).count();
            total += ex.words.len();
        }
        assert!(right as f64 > 0.95 * total as f64, "{right} of {total}");
    }

    #[test]
    fn projectivize_lifts_crossing_arc() {
        // 0←1? heads: 1→root, 2 head 0... a crossing: arcs (0,2) and (1,3)
        let heads = vec![None, Some(0), Some(0), Some(1)];
        // arc 3→1 spans 2, whose head 0 is outside: lifted to 0
        let p = projectivize(&heads);
        assert_eq!(p, vec![None, Some(0), Some(0), Some(0)]);
        let proj = vec![None, Some(0), Some(1)];
        assert_eq!(projectivize(&proj), proj);
    }
}
