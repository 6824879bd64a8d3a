//! Constituency → dependency conversion for supplied Penn-Treebank parses.
//!
//! In the manner of the standard converters (Collins-style head rules made
//! "semantic" as in Stanford's converter, then relation labelling from the
//! categories of head and dependent): content words are heads, auxiliaries,
//! copulas, prepositions and complementizers depend on them, and the
//! relations are the UD ones our own parser produces (`nsubj`,
//! `nsubj:pass`, `obj`, `iobj`, `obl`, `obl:agent`, `nmod`, `nmod:poss`,
//! `ccomp`, `xcomp`, `advcl`, `acl`, `acl:relcl`, `conj`, `cc`, `compound`,
//! `appos`, `det`, `case`, `mark`, `aux`, `aux:pass`, `cop`, `advmod`, …).
//! Coordination is UD-style: the first conjunct heads, the others are
//! `conj` of it, and each `cc` and separating comma attaches to the
//! conjunct that follows it.

use crate::deps::{Rel, Tag};
use crate::tree::TreeError;

/// A word of a converted sentence. `head` is 1-based (0 = root).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DepToken<'a> {
    pub form: &'a str,
    pub tag: Tag,
    pub head: u32,
    pub rel: Rel,
}

/// Converts a bracketed parse into dependency tokens (appended to `out`,
/// which is cleared first).
pub fn convert_treebank<'a>(ptb: &'a str, out: &mut Vec<DepToken<'a>>) -> Result<(), TreeError> {
    convert_treebank_reusing(ptb, out, &mut ConvertBuffers::default())
}

/// Fills a sentence's tokens (form, lemma, UPOS, XPOS, head, relation) from
/// its supplied Penn-Treebank parse, so it looks as if our parser had
/// annotated it (for `--parser supplied`, CoNLL-U output and the pipeline).
/// `verb_lemma` may give a verb form's base form (e.g. from a verb
/// dictionary); the rule lemmatizer handles everything else.
pub fn annotate_from_treebank(sentence: &mut demarche_doc::Sentence, verb_lemma: impl Fn(&str) -> Option<String>) -> Result<(), TreeError> {
    let Some(demarche_doc::SuppliedParse::Treebank(ptb)) = &sentence.supplied_parse else {
        return Err(TreeError::Empty);
    };
    let mut deps = Vec::new();
    convert_treebank(ptb, &mut deps)?;
    let mut lemma = String::new();
    let tokens = deps
        .iter()
        .map(|t| {
            let l = match verb_lemma(t.form).filter(|_| t.tag.is_verb()) {
                Some(l) => l,
                None => {
                    // UD keeps a proper noun's own spelling as its lemma.
                    if t.tag == Tag::NNP {
                        t.form.to_string()
                    } else {
                        crate::lemma::lemmatize(t.form, t.tag, &mut lemma);
                        lemma.clone()
                    }
                }
            };
            demarche_doc::Token {
                form: t.form.to_string(),
                lemma: l,
                upos: t.tag.upos(t.rel).to_string(),
                xpos: t.tag.as_str().to_string(),
                head: t.head,
                deprel: t.rel.as_str().to_string(),
                ..demarche_doc::Token::new(t.form)
            }
        })
        .collect();
    sentence.tokens = tokens;
    Ok(())
}

/// Storage the conversion needs, kept between sentences by callers that
/// convert many (see [`ConvertBuffers::recycle`]).
#[derive(Default)]
pub struct ConvertBuffers<'a> {
    frames: Vec<Frame<'a>>,
    kids: Vec<Kid>,
    order: Vec<u32>,
}

impl ConvertBuffers<'_> {
    /// The same storage, emptied, for input with another lifetime.
    pub fn recycle<'b>(self) -> ConvertBuffers<'b> {
        ConvertBuffers { frames: crate::recycle(self.frames), kids: crate::recycle(self.kids), order: self.order }
    }

    /// The words of the last conversion in the order they were given
    /// their heads (0-based). A phrase's dependents are attached when it
    /// closes, after everything inside them, so this is normally a
    /// children-before-heads order of the tree, which spares
    /// [`crate::view::View`] its own walk (it checks the order first).
    pub fn attach_order(&self) -> &[u32] {
        &self.order
    }
}

/// An open phrase while reading: its label and where its children start
/// on the shared child stack, or the word it tags.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Frame<'a> {
    label: &'a str,
    function: &'a str,
    base: usize,
    word: Option<u32>,
}

const SPACE: u8 = 1;
const OPEN: u8 = 2;
const CLOSE: u8 = 3;
const ATOM: u8 = 0;
/// The low bits: a blank or a bracket ends an atom.
const NOT_ATOM: u8 = 3;
/// Marks on atom bytes, gathered while an atom is scanned so that it is
/// not scanned again for them: `_` (a joined name) and `-`/`=` (a label
/// with function tags).
const UNDERSCORE: u8 = 4;
const DASH: u8 = 8;

/// Byte classes of the bracket notation, looked up rather than compared.
static CLASS: [u8; 256] = {
    let mut t = [ATOM; 256];
    t[b' ' as usize] = SPACE;
    t[b'\n' as usize] = SPACE;
    t[b'\t' as usize] = SPACE;
    t[b'\r' as usize] = SPACE;
    t[b'(' as usize] = OPEN;
    t[b')' as usize] = CLOSE;
    t[b'_' as usize] = UNDERSCORE;
    t[b'-' as usize] = DASH;
    t[b'=' as usize] = DASH;
    t
};

#[inline]
fn is_space(b: u8) -> bool {
    CLASS[b as usize] == SPACE
}

#[inline]
fn is_atom(b: u8) -> bool {
    CLASS[b as usize] & NOT_ATOM == ATOM
}

/// The end of the atom starting at `i` and the marks of its bytes.
#[inline(always)]
fn scan_atom(bytes: &[u8], mut i: usize) -> (usize, u8) {
    let mut marks = 0;
    while let Some(&b) = bytes.get(i) {
        let c = CLASS[b as usize];
        if c & NOT_ATOM != ATOM {
            break;
        }
        marks |= c;
        i += 1;
    }
    (i, marks)
}

/// The index of the first non-blank byte at or after `i`. Supplied parses
/// are indented with long runs of spaces, so those are skipped eight bytes
/// at a time (the first non-space byte of a word is found by its bits).
#[inline]
fn skip_blanks(bytes: &[u8], mut i: usize) -> usize {
    const SPACES: u64 = 0x2020_2020_2020_2020;
    // Most calls (after every `(`) find no blank at all, and most others
    // one blank (between a label and its word).
    if bytes.get(i).is_none_or(|&b| !is_space(b)) {
        return i;
    }
    i += 1;
    if bytes.get(i).is_none_or(|&b| !is_space(b)) {
        return i;
    }
    loop {
        if let Some(chunk) = bytes.get(i..i + 8) {
            let x = u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8])) ^ SPACES;
            if x == 0 {
                i += 8;
                continue;
            }
            i += (x.trailing_zeros() / 8) as usize;
        }
        if i < bytes.len() && is_space(bytes[i]) {
            i += 1;
        } else {
            return i;
        }
    }
}

/// [`convert_treebank`] with reusable storage. The tree is read and
/// converted in one pass: when a phrase closes its children are complete,
/// so its head is chosen and its dependents attached right away.
pub fn convert_treebank_reusing<'a>(ptb: &'a str, out: &mut Vec<DepToken<'a>>, buffers: &mut ConvertBuffers<'a>) -> Result<(), TreeError> {
    out.clear();
    let mut frames = std::mem::take(&mut buffers.frames);
    frames.clear();
    let mut kids = std::mem::take(&mut buffers.kids);
    kids.clear();
    let mut order = std::mem::take(&mut buffers.order);
    order.clear();
    let mut c = Converter { out, kids, order };
    let result = c.read(ptb, &mut frames);
    buffers.frames = frames;
    buffers.kids = std::mem::take(&mut c.kids);
    buffers.order = std::mem::take(&mut c.order);
    let root = match result {
        Ok(root) => root,
        Err(e @ TreeError::Malformed { .. }) => {
            // Say "unbalanced" (PETRARCH's bad_input_parse) when it is.
            let open = ptb.bytes().filter(|&b| b == b'(').count();
            let close = ptb.bytes().filter(|&b| b == b')').count();
            return Err(if open != close { TreeError::Unbalanced { open, close } } else { e });
        }
        Err(e) => return Err(e),
    };
    c.out[root as usize].head = 0;
    c.out[root as usize].rel = Rel::Root;
    mark_passives(c.out);
    Ok(())
}

/// Adds a word (a `_`-joined name as a flat group, head last; the other
/// pieces go on `order` as attached); returns the index of its head token.
#[inline(always)]
fn push_word<'a>(out: &mut Vec<DepToken<'a>>, order: &mut Vec<u32>, word: &'a str, marks: u8, tag: Tag) -> u32 {
    let form = unescape(word);
    // `marks` are the word's (an escaped word has no `_`, so `form` is
    // the word itself when it has one).
    if form.len() > 2 && marks & UNDERSCORE != 0 && !tag.is_punct() {
        return push_joined(out, order, form, tag);
    }
    out.push(DepToken { form, tag, head: 0, rel: Rel::Dep });
    out.len() as u32 - 1
}

/// [`push_word`] for a word with underscores (a name written as one).
#[inline(never)]
fn push_joined<'a>(out: &mut Vec<DepToken<'a>>, order: &mut Vec<u32>, form: &'a str, tag: Tag) -> u32 {
    let pieces = form.split('_').filter(|p| !p.is_empty()).count();
    if pieces > 1 {
        let last = out.len() + pieces;
        for p in form.split('_').filter(|p| !p.is_empty()) {
            if out.len() + 1 < last {
                order.push(out.len() as u32);
            }
            out.push(DepToken { form: p, tag, head: last as u32, rel: Rel::Compound });
        }
        if let Some(t) = out.last_mut() {
            t.rel = Rel::Dep;
        }
    } else {
        out.push(DepToken { form, tag, head: 0, rel: Rel::Dep });
    }
    out.len() as u32 - 1
}

#[inline(always)]
fn unescape(word: &str) -> &str {
    // Only brackets and quotes are escaped: one byte tells most words apart.
    if !matches!(word.as_bytes().first(), Some(b'-' | b'`' | b'\'')) {
        return word;
    }
    unescape_marked(word)
}

#[inline(never)]
fn unescape_marked(word: &str) -> &str {
    match word {
        "-LRB-" | "-LSB-" => "(",
        "-RRB-" | "-RSB-" => ")",
        "-LCB-" => "{",
        "-RCB-" => "}",
        "``" | "''" => "\"",
        w => w,
    }
}

/// The bracket categories the head rules and relation labelling tell
/// apart, read once per bracket rather than compared as strings.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Label {
    /// Any other category (and a preterminal's known tag).
    Other,
    /// The unlabelled wrapper `( (S …))`.
    Empty,
    Root,
    Top,
    S,
    Sinv,
    Sq,
    Sbarq,
    Sbar,
    Frag,
    X,
    Ucp,
    Vp,
    Np,
    Nx,
    Nac,
    Nml,
    Whnp,
    Pp,
    Whpp,
    Adjp,
    Whadjp,
    Advp,
    Whadvp,
    Qp,
    Prn,
    Prt,
    Conjp,
    Intj,
    Rb,
}

impl Label {
    /// Dispatches on the length first: byte strings of one length compare
    /// as integers.
    #[inline(always)]
    fn parse(s: &str) -> Label {
        let b = s.as_bytes();
        match b.len() {
            0 => Label::Empty,
            1 => match b {
                b"S" => Label::S,
                b"X" => Label::X,
                _ => Label::Other,
            },
            2 => match b {
                b"NP" => Label::Np,
                b"VP" => Label::Vp,
                b"PP" => Label::Pp,
                b"SQ" => Label::Sq,
                b"NX" => Label::Nx,
                b"QP" => Label::Qp,
                b"RB" => Label::Rb,
                _ => Label::Other,
            },
            3 => match b {
                b"TOP" => Label::Top,
                b"UCP" => Label::Ucp,
                b"NAC" => Label::Nac,
                b"NML" => Label::Nml,
                b"PRN" => Label::Prn,
                b"PRT" => Label::Prt,
                _ => Label::Other,
            },
            4 => match b {
                b"ROOT" => Label::Root,
                b"SINV" => Label::Sinv,
                b"SBAR" => Label::Sbar,
                b"FRAG" => Label::Frag,
                b"WHNP" => Label::Whnp,
                b"WHPP" => Label::Whpp,
                b"ADJP" => Label::Adjp,
                b"ADVP" => Label::Advp,
                b"INTJ" => Label::Intj,
                _ => Label::Other,
            },
            5 => match b {
                b"SBARQ" => Label::Sbarq,
                b"CONJP" => Label::Conjp,
                _ => Label::Other,
            },
            6 => match b {
                b"WHADJP" => Label::Whadjp,
                b"WHADVP" => Label::Whadvp,
                _ => Label::Other,
            },
            _ => Label::Other,
        }
    }
}

/// A child of the phrase being converted.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Kid {
    label: Label,
    /// Function tags: `-TMP` (temporal), `-ADV` (adverbial).
    tmp: bool,
    adv: bool,
    /// The tag if the child is a preterminal.
    tag: Option<Tag>,
    /// Token index of the child's head word.
    head: u32,
}

impl Kid {
    #[inline(always)]
    fn new(raw_label: &str, function: &str, tag: Option<Tag>, head: u32) -> Kid {
        // A preterminal's known tag never equals a phrase category.
        let label = if tag.is_some_and(|t| t != Tag::Other) { Label::Other } else { Label::parse(raw_label) };
        let (tmp, adv) = if function.is_empty() { (false, false) } else { (function.contains("TMP"), function.contains("ADV")) };
        Kid { label, tmp, adv, tag, head }
    }

    fn is(&self, label: Label) -> bool {
        self.tag.is_none() && self.label == label
    }

    fn tag_is(&self, f: impl Fn(Tag) -> bool) -> bool {
        self.tag.is_some_and(f)
    }

    fn is_punct(&self) -> bool {
        self.tag.is_some_and(|t| t.is_punct())
    }

    fn is_separator(&self) -> bool {
        self.tag == Some(Tag::CC) || self.is(Label::Conjp)
    }
}

struct Converter<'o, 'a> {
    out: &'o mut Vec<DepToken<'a>>,
    /// Children of the open phrases, innermost last.
    kids: Vec<Kid>,
    /// Words in the order they were attached to their heads.
    order: Vec<u32>,
}

impl<'a> Converter<'_, 'a> {
    fn form(&self, tok: u32) -> &'a str {
        self.out[tok as usize].form
    }

    fn lower_is(&self, tok: u32, words: &[&str]) -> bool {
        let f = self.form(tok);
        words.iter().any(|w| f.eq_ignore_ascii_case(w))
    }

    fn attach(&mut self, dep: u32, head: u32, rel: Rel) {
        if dep != head {
            self.out[dep as usize].head = head + 1;
            self.out[dep as usize].rel = rel;
            self.order.push(dep);
        }
    }

    /// Reads the bracketed tree, converting each phrase as it closes;
    /// returns the root's head word.
    fn read(&mut self, s: &'a str, frames: &mut Vec<Frame<'a>>) -> Result<u32, TreeError> {
        let bytes = s.as_bytes();
        let mut root: Option<u32> = None;
        let mut i = 0;
        while i < bytes.len() {
            let class = CLASS[bytes[i] as usize] & NOT_ATOM;
            if class == SPACE {
                i = skip_blanks(bytes, i + 1);
            } else if class == OPEN {
                i = skip_blanks(bytes, i + 1);
                let start = i;
                let (end, marks) = scan_atom(bytes, i);
                i = end;
                if frames.is_empty() && root.is_some() {
                    return Err(TreeError::Malformed { offset: start, message: "more than one tree" });
                }
                let (label, function) = if marks & DASH != 0 { crate::tree::split_label(&s[start..i]) } else { (&s[start..i], "") };
                // `(TAG word)`, half of all brackets, is read whole: no
                // frame is pushed and popped for it.
                let word = skip_blanks(bytes, i);
                if !frames.is_empty() && word < bytes.len() && is_atom(bytes[word]) {
                    let (end, marks) = scan_atom(bytes, word);
                    let close = skip_blanks(bytes, end);
                    if close < bytes.len() && bytes[close] == b')' {
                        let tag = Tag::from_treebank(label);
                        let w = push_word(self.out, &mut self.order, &s[word..end], marks, tag);
                        self.kids.push(Kid::new(label, function, Some(tag), w));
                        i = close + 1;
                        continue;
                    }
                }
                frames.push(Frame { label, function, base: self.kids.len(), word: None });
            } else if class == CLOSE {
                let f = frames.pop().ok_or(TreeError::Malformed { offset: i, message: "unexpected `)`" })?;
                i += 1;
                let kid = match f.word {
                    Some(w) => Kid::new(f.label, f.function, Some(self.out[w as usize].tag), w),
                    None if self.kids.len() == f.base => return Err(TreeError::Malformed { offset: i, message: "empty phrase" }),
                    None => {
                        let kid = Kid::new(f.label, f.function, None, 0);
                        Kid { head: self.close_phrase(kid.label, f.base), ..kid }
                    }
                };
                if frames.is_empty() {
                    root = Some(kid.head);
                } else {
                    self.kids.push(kid);
                }
            } else {
                let start = i;
                let (end, marks) = scan_atom(bytes, i);
                i = end;
                let f = frames.last_mut().ok_or(TreeError::Malformed { offset: start, message: "word outside the tree" })?;
                if f.word.is_some() || self.kids.len() > f.base {
                    return Err(TreeError::Malformed { offset: start, message: "word beside a phrase or another word" });
                }
                f.word = Some(push_word(self.out, &mut self.order, &s[start..i], marks, Tag::from_treebank(f.label)));
            }
        }
        if !frames.is_empty() {
            return Err(TreeError::Malformed { offset: s.len(), message: "unclosed `(`" });
        }
        root.ok_or(TreeError::Empty)
    }

    /// Chooses the head of the phrase whose children are `kids[base..]`,
    /// attaches the others to it, and pops them; returns the head word.
    fn close_phrase(&mut self, label: Label, base: usize) -> u32 {
        let all = std::mem::take(&mut self.kids);
        let kids = &all[base..];
        let head = if kids.len() == 1 {
            kids[0].head
        } else if let Some(groups) = coordination(label, kids) {
            self.coordinate(label, kids, &groups)
        } else {
            let h = head_child(label, kids, |t| self.is_auxiliary(t), |t| self.out[t as usize].tag.is_nominal());
            self.label_dependents(label, kids, h);
            kids[h].head
        };
        self.kids = all;
        self.kids.truncate(base);
        head
    }

    fn coordinate(&mut self, label: Label, kids: &[Kid], groups: &[(usize, usize)]) -> u32 {
        let mut heads = Vec::with_capacity(groups.len());
        for &(s, e) in groups {
            let g = &kids[s..e];
            let h = if g.len() == 1 { 0 } else { head_child(label, g, |t| self.is_auxiliary(t), |t| self.out[t as usize].tag.is_nominal()) };
            if g.len() > 1 {
                self.label_dependents(label, g, h);
            }
            heads.push(g[h].head);
        }
        let first = heads[0];
        // Separators and stray words between groups attach to what follows
        // (before the conjuncts attach to the first, so each word's
        // dependents are attached before it: see `attach_order`).
        let mut gi = 0;
        for (i, k) in kids.iter().enumerate() {
            while gi < groups.len() && groups[gi].1 <= i {
                gi += 1;
            }
            let inside = groups.iter().any(|&(s, e)| s <= i && i < e);
            if inside {
                continue;
            }
            let next = if gi < groups.len() { heads[gi] } else { first };
            let rel = if k.is_separator() {
                Rel::Cc
            } else if k.is_punct() {
                Rel::Punct
            } else {
                Rel::Dep
            };
            let target = if i < groups[0].0 { first } else { next };
            self.attach(k.head, target, rel);
        }
        for &h in &heads[1..] {
            self.attach(h, first, Rel::Conj);
        }
        first
    }

    fn is_auxiliary(&self, tok: u32) -> bool {
        let t = self.out[tok as usize].tag;
        t == Tag::MD || t == Tag::TO || (t.is_verb() && aux_kind(self.form(tok)) & AUX != 0)
    }

    fn is_be(&self, tok: u32) -> bool {
        self.out[tok as usize].tag.is_verb() && aux_kind(self.form(tok)) & BE != 0
    }

    /// Attaches every child but `kids[h]` to the head with a relation.
    fn label_dependents(&mut self, label: Label, kids: &[Kid], h: usize) {
        let head = kids[h];
        let mut subject_seen = false;
        let mut last_object: Option<u32> = None;
        for (i, k) in kids.iter().enumerate() {
            if i == h {
                continue;
            }
            let before = i < h;
            let after_comma = i > 0 && kids[i - 1].is_punct();
            let rel = self.relation(label, head, *k, before, after_comma, &mut subject_seen);
            let rel = match rel {
                Rel::Obj => {
                    // Two objects: the first is the indirect one.
                    if let Some(prev) = last_object.replace(k.head) {
                        self.out[prev as usize].rel = Rel::Iobj;
                    }
                    Rel::Obj
                }
                r => r,
            };
            self.attach(k.head, head.head, rel);
        }
    }

    fn relation(&self, label: Label, head: Kid, k: Kid, before: bool, after_comma: bool, subject_seen: &mut bool) -> Rel {
        if k.is_punct() {
            return Rel::Punct;
        }
        if k.is_separator() {
            return Rel::Cc;
        }
        if k.tag == Some(Tag::POS) {
            return Rel::Case;
        }
        match label {
            Label::S | Label::Sinv | Label::Sq | Label::Sbarq | Label::Frag | Label::Empty | Label::Root | Label::Top | Label::X | Label::Ucp => self.clause_relation(label, k, before, subject_seen),
            Label::Sbar => match k.tag {
                Some(Tag::IN | Tag::DT | Tag::WDT | Tag::TO) => Rel::Mark,
                Some(t) if t.is_adverb() => Rel::Advmod,
                Some(Tag::WP) => Rel::Nsubj,
                _ => match k.label {
                    Label::Whnp => {
                        if self.has_dependent(head.head, |r| r.is_subject()) {
                            Rel::Obj
                        } else {
                            Rel::Nsubj
                        }
                    }
                    Label::Whadvp | Label::Advp => Rel::Advmod,
                    Label::Whpp | Label::Pp => Rel::Obl,
                    Label::Np => Rel::OblNpmod,
                    _ => Rel::Dep,
                },
            },
            Label::Vp => self.verb_phrase_relation(head, k, before, after_comma),
            Label::Np | Label::Nx | Label::Nac | Label::Whnp | Label::Nml => self.noun_phrase_relation(k, before, after_comma),
            Label::Pp | Label::Whpp => match k.tag {
                Some(Tag::IN | Tag::TO | Tag::RP) if before => {
                    if head.tag.is_none() && matches!(head.label, Label::S | Label::Sbar | Label::Vp) {
                        Rel::Mark
                    } else {
                        Rel::Case
                    }
                }
                Some(t) if t.is_adverb() => Rel::Advmod,
                _ if k.is(Label::Advp) => Rel::Advmod,
                _ => Rel::Dep,
            },
            Label::Adjp | Label::Whadjp => match k.tag {
                Some(t) if t.is_adverb() => Rel::Advmod,
                Some(Tag::DT) => Rel::Det,
                Some(Tag::CD) => Rel::Nummod,
                Some(Tag::IN | Tag::TO) => Rel::Case,
                _ => match k.label {
                    Label::Advp => Rel::Advmod,
                    Label::Pp => Rel::Obl,
                    Label::Np => Rel::OblNpmod,
                    Label::S => Rel::Xcomp,
                    Label::Sbar => Rel::Ccomp,
                    _ => Rel::Dep,
                },
            },
            Label::Advp | Label::Whadvp => match k.tag {
                Some(t) if t.is_adverb() => Rel::Advmod,
                Some(Tag::IN | Tag::TO) => Rel::Case,
                _ => match k.label {
                    Label::Advp => Rel::Advmod,
                    Label::Pp => Rel::Obl,
                    Label::Np => Rel::OblNpmod,
                    Label::Sbar => Rel::Advcl,
                    _ => Rel::Dep,
                },
            },
            Label::Qp => match k.tag {
                Some(Tag::CD) => Rel::Compound,
                Some(Tag::IN | Tag::TO | Tag::JJ | Tag::JJR | Tag::JJS | Tag::RB | Tag::RBR) => Rel::Advmod,
                Some(Tag::DT) => Rel::Det,
                _ => Rel::Dep,
            },
            Label::Prn => Rel::Dep,
            _ => Rel::Dep,
        }
    }

    fn clause_relation(&self, label: Label, k: Kid, before: bool, subject_seen: &mut bool) -> Rel {
        if let Some(t) = k.tag {
            return match t {
                Tag::MD => Rel::Aux,
                t if t.is_verb() && self.is_auxiliary(k.head) => Rel::Aux,
                t if t.is_adverb() => Rel::Advmod,
                Tag::IN | Tag::TO | Tag::DT => Rel::Mark,
                Tag::UH => Rel::Discourse,
                t if t.is_nominal() && before && !*subject_seen => {
                    *subject_seen = true;
                    Rel::Nsubj
                }
                _ => Rel::Dep,
            };
        }
        match k.label {
            Label::Np if k.tmp => Rel::OblTmod,
            Label::Np if (before || label == Label::Sinv) && !*subject_seen => {
                *subject_seen = true;
                Rel::Nsubj
            }
            Label::Np if !before => Rel::Obj,
            Label::S | Label::Sq | Label::Sinv if before => {
                // A fronted participle or infinitive (`Rebuked by X, …`) is adverbial.
                if self.has_dependent(k.head, |r| r.is_subject()) {
                    Rel::Ccomp
                } else {
                    Rel::Advcl
                }
            }
            Label::S | Label::Sq | Label::Sinv | Label::Frag => Rel::Parataxis,
            Label::Sbar => {
                if before || !self.complementizer_is_that(k.head) {
                    Rel::Advcl
                } else {
                    Rel::Ccomp
                }
            }
            Label::Pp | Label::Whpp if self.out[k.head as usize].tag.is_verb() => Rel::Advcl,
            Label::Pp | Label::Whpp => Rel::Obl,
            Label::Advp | Label::Whadvp => Rel::Advmod,
            Label::Vp => Rel::Dep,
            Label::Prn => Rel::Parataxis,
            Label::Intj => Rel::Discourse,
            Label::Adjp => Rel::Dep,
            _ => Rel::Dep,
        }
    }

    fn verb_phrase_relation(&self, head: Kid, k: Kid, before: bool, after_comma: bool) -> Rel {
        let head_is_verb = head.tag.is_some_and(|t| t.is_verb() || t == Tag::MD) || head.is(Label::Vp) || head.is(Label::S);
        if let Some(t) = k.tag {
            return match t {
                Tag::MD => Rel::Aux,
                Tag::TO if before => Rel::Mark,
                t if t.is_verb() && before => {
                    if !head_is_verb && self.is_be(k.head) {
                        Rel::Cop
                    } else {
                        Rel::Aux
                    }
                }
                t if t.is_adverb() => Rel::Advmod,
                Tag::RP => Rel::CompoundPrt,
                Tag::IN | Tag::TO => {
                    if before {
                        Rel::Mark
                    } else {
                        Rel::CompoundPrt
                    }
                }
                t if t.is_nominal() && !before => Rel::Obj,
                t if t.is_adjective() && !before => Rel::Xcomp,
                _ => Rel::Dep,
            };
        }
        match k.label {
            Label::Np if k.tmp => Rel::OblTmod,
            Label::Np if k.adv => Rel::OblNpmod,
            Label::Np if !before => Rel::Obj,
            Label::Np => Rel::Nsubj,
            // `in being drawn …`: a preposition before a clause.
            Label::Pp if self.out[k.head as usize].tag.is_verb() => Rel::Advcl,
            Label::Pp => Rel::Obl,
            Label::S | Label::Sq => {
                if after_comma || before {
                    Rel::Advcl
                } else if self.has_dependent(k.head, |r| r.is_subject()) {
                    Rel::Ccomp
                } else {
                    Rel::Xcomp
                }
            }
            Label::Sbar => {
                if self.complementizer_is_that(k.head) {
                    Rel::Ccomp
                } else {
                    Rel::Advcl
                }
            }
            Label::Vp => Rel::Xcomp,
            Label::Adjp => Rel::Xcomp,
            Label::Advp | Label::Whadvp => Rel::Advmod,
            Label::Prt => Rel::CompoundPrt,
            Label::Prn => Rel::Parataxis,
            Label::Ucp => Rel::Obj,
            Label::Intj => Rel::Discourse,
            _ => Rel::Dep,
        }
    }

    fn noun_phrase_relation(&self, k: Kid, before: bool, after_comma: bool) -> Rel {
        if let Some(t) = k.tag {
            return match t {
                Tag::DT | Tag::PDT | Tag::WDT => Rel::Det,
                Tag::PRPS | Tag::WPS => Rel::NmodPoss,
                t if t.is_adjective() => Rel::Amod,
                Tag::VBN | Tag::VBG => Rel::Amod,
                Tag::CD => Rel::Nummod,
                t if t.is_noun() || matches!(t, Tag::FW | Tag::SYM) => Rel::Compound,
                t if t.is_adverb() => Rel::Advmod,
                Tag::PRP => Rel::Dep,
                Tag::IN | Tag::TO => Rel::Case,
                _ => Rel::Dep,
            };
        }
        match k.label {
            Label::Np | Label::Nml | Label::Nx if before && matches!(self.out[k.head as usize].tag, Tag::DT | Tag::PDT) => Rel::Det,
            Label::Np | Label::Nml | Label::Nx if before => {
                if self.ends_with_possessive(k.head) {
                    Rel::NmodPoss
                } else {
                    Rel::Compound
                }
            }
            Label::Np if k.tmp => Rel::NmodTmod,
            Label::Np | Label::Nml | Label::Nx => Rel::Appos,
            Label::Adjp | Label::Whadjp => Rel::Amod,
            Label::Qp => Rel::Nummod,
            Label::Advp => Rel::Advmod,
            Label::Pp | Label::Whpp if self.out[k.head as usize].tag.is_verb() => Rel::Acl,
            Label::Pp | Label::Whpp => Rel::Nmod,
            Label::Sbar => {
                if self.starts_with_wh(k.head) {
                    Rel::AclRelcl
                } else {
                    Rel::Acl
                }
            }
            Label::Vp | Label::S => Rel::Acl,
            Label::Prn => Rel::Appos,
            _ if after_comma => Rel::Appos,
            _ => Rel::Dep,
        }
    }

    fn has_dependent(&self, tok: u32, f: impl Fn(Rel) -> bool) -> bool {
        self.out.iter().any(|t| t.head == tok + 1 && f(t.rel))
    }

    /// Whether the clause headed by `tok` is introduced by `that`, a
    /// wh-word, or nothing (complement clauses) rather than a subordinator.
    fn complementizer_is_that(&self, tok: u32) -> bool {
        let first_mark = (0..self.out.len() as u32).find(|&i| self.out[i as usize].head == tok + 1 && self.out[i as usize].rel == Rel::Mark);
        match first_mark {
            None => true,
            Some(m) => self.lower_is(m, &["that", "whether"]) || matches!(self.out[m as usize].tag, Tag::WDT | Tag::WP | Tag::WRB),
        }
    }

    fn starts_with_wh(&self, tok: u32) -> bool {
        self.out.iter().any(|t| {
            t.head == tok + 1 && matches!(t.tag, Tag::WDT | Tag::WP | Tag::WPS | Tag::WRB)
                || (t.head == tok + 1 && t.rel == Rel::Mark && t.form.eq_ignore_ascii_case("that"))
        })
    }

    fn ends_with_possessive(&self, tok: u32) -> bool {
        self.out.iter().any(|t| t.head == tok + 1 && t.tag == Tag::POS)
    }
}

/// [`aux_kind`] bits: a form of `be`, of `get`, an auxiliary at all.
const BE: u8 = 1;
const GET: u8 = 2;
const AUX: u8 = 4;

/// Which auxiliary (if any) a verb form is, ignoring ASCII case: one
/// match on the lower-cased bytes instead of a scan of word lists.
fn aux_kind(form: &str) -> u8 {
    let b = form.as_bytes();
    if b.is_empty() || b.len() > 7 {
        return 0;
    }
    let mut lower = [0u8; 7];
    for (l, c) in lower.iter_mut().zip(b) {
        *l = c.to_ascii_lowercase();
    }
    match &lower[..b.len()] {
        b"be" | b"am" | b"is" | b"are" | b"was" | b"were" | b"been" | b"being" | b"'s" | b"'re" | b"'m" => BE | AUX,
        b"get" | b"gets" | b"got" | b"gotten" | b"getting" => GET | AUX,
        b"have" | b"has" | b"had" | b"having" | b"'ve" | b"'d" | b"do" | b"does" | b"did" | b"will" | b"would" | b"shall" | b"should" | b"can"
        | b"could" | b"may" | b"might" | b"must" | b"wo" | b"ca" => AUX,
        _ => 0,
    }
}

/// Splits a coordinated phrase into conjunct groups (child index ranges),
/// or `None` if the phrase is not a coordination.
fn coordination(label: Label, kids: &[Kid]) -> Option<Vec<(usize, usize)>> {
    if !kids.iter().skip(1).any(|k| k.is_separator()) {
        return None;
    }
    let major = |k: &Kid| -> bool {
        match label {
            Label::Np | Label::Nx | Label::Nac | Label::Nml | Label::Whnp => {
                k.tag_is(|t| t.is_nominal()) || matches!(k.label, Label::Np | Label::Nx | Label::Nac | Label::Nml | Label::Qp) && k.tag.is_none()
            }
            Label::Vp => k.tag_is(|t| t.is_verb()) || k.is(Label::Vp),
            Label::S | Label::Sinv | Label::Sq | Label::Sbar | Label::Frag => matches!(k.label, Label::S | Label::Sinv | Label::Sq | Label::Sbar | Label::Vp | Label::Frag) && k.tag.is_none(),
            Label::Adjp => k.tag_is(|t| t.is_adjective() || matches!(t, Tag::VBN | Tag::VBG)) || k.is(Label::Adjp),
            Label::Advp => k.tag_is(|t| t.is_adverb()) || k.is(Label::Advp),
            Label::Pp => k.is(Label::Pp),
            Label::Ucp | Label::Prn => !k.is_punct(),
            _ => false,
        }
    };
    let mut groups = Vec::new();
    let mut start = 0;
    // A leading `and`/`neither` is not a separator.
    if kids[0].is_separator() {
        start = 1;
    }
    let first = start;
    for i in first..=kids.len() {
        let boundary = i == kids.len() || (i > 0 && kids[i].is_separator()) || kids[i].tag.is_some_and(|t| matches!(t, Tag::Comma | Tag::Colon));
        if boundary {
            if i > start {
                groups.push((start, i));
            }
            start = i + 1;
        }
    }
    // Trailing punctuation is not a conjunct.
    groups.retain(|&(s, e)| kids[s..e].iter().any(|k| !k.is_punct()));
    if groups.len() < 2 || !groups.iter().all(|&(s, e)| kids[s..e].iter().any(major)) {
        return None;
    }
    Some(groups)
}

/// The index of the head child under semantic head rules.
fn head_child(label: Label, kids: &[Kid], is_aux: impl Fn(u32) -> bool, nominal_head: impl Fn(u32) -> bool) -> usize {
    let first_non_punct = kids.iter().position(|k| !k.is_punct()).unwrap_or(0);
    let leftmost = |f: &dyn Fn(&Kid) -> bool| kids.iter().position(f);
    let rightmost = |f: &dyn Fn(&Kid) -> bool| kids.iter().rposition(f);
    match label {
        Label::Empty | Label::Root | Label::Top => first_non_punct,
        Label::S | Label::Sinv | Label::Sq | Label::Sbarq => leftmost(&|k| k.is(Label::Vp))
            .or_else(|| leftmost(&|k| k.is(Label::S) || k.is(Label::Sinv) || k.is(Label::Sq)))
            .or_else(|| leftmost(&|k| k.tag_is(|t| t.is_verb() || t == Tag::MD)))
            .or_else(|| leftmost(&|k| k.is(Label::Adjp) || k.is(Label::Np)))
            .unwrap_or(first_non_punct),
        Label::Sbar => leftmost(&|k| matches!(k.label, Label::S | Label::Sq | Label::Sinv | Label::Sbar | Label::Frag | Label::Vp) && k.tag.is_none())
            .unwrap_or(first_non_punct),
        Label::Vp => {
            let first_verb = leftmost(&|k| k.tag_is(|t| t.is_verb() || t == Tag::MD || t == Tag::TO));
            let vp_after = |from: usize| kids.iter().enumerate().skip(from + 1).find(|(_, k)| k.is(Label::Vp)).map(|(i, _)| i);
            match first_verb {
                Some(v) => {
                    let aux = is_aux(kids[v].head);
                    if let Some(vp) = vp_after(v).filter(|_| aux) {
                        vp
                    } else if aux && kids[v].tag != Some(Tag::TO) && kids[v].tag != Some(Tag::MD) {
                        // A copula: the predicate heads (UD); `be` + PP stays verbal.
                        let predicate = kids.iter().enumerate().skip(v + 1).find(|(_, k)| (k.is(Label::Np) && !k.tmp) || k.is(Label::Adjp));
                        match predicate {
                            Some((p, _)) if is_copula_candidate(kids, v) => p,
                            _ => v,
                        }
                    } else if kids[v].tag == Some(Tag::TO) || kids[v].tag == Some(Tag::MD) {
                        vp_after(v).unwrap_or(v)
                    } else {
                        v
                    }
                }
                None => leftmost(&|k| k.is(Label::Vp))
                    .or_else(|| leftmost(&|k| k.is(Label::S)))
                    .or_else(|| leftmost(&|k| k.is(Label::Adjp)))
                    .unwrap_or(first_non_punct),
            }
        }
        Label::Np | Label::Nx | Label::Nac | Label::Nml | Label::Whnp => {
            let last = kids.iter().rposition(|k| !k.is_punct()).unwrap_or(kids.len() - 1);
            if kids[last].tag == Some(Tag::POS) && last > 0 {
                return last - 1;
            }
            rightmost(&|k| k.tag_is(|t| t.is_noun() || t == Tag::PRP) || k.is(Label::Nx) || k.is(Label::Nml))
                .or_else(|| leftmost(&|k| k.is(Label::Np) && nominal_head(k.head)))
                .or_else(|| leftmost(&|k| k.is(Label::Np)))
                .or_else(|| rightmost(&|k| k.tag == Some(Tag::Dollar) || k.is(Label::Adjp) || k.is(Label::Prn)))
                .or_else(|| rightmost(&|k| k.tag == Some(Tag::CD) || k.is(Label::Qp)))
                .or_else(|| rightmost(&|k| k.tag_is(|t| t.is_adjective() || t.is_adverb() || matches!(t, Tag::WP | Tag::WDT | Tag::EX | Tag::DT))))
                .unwrap_or(last)
        }
        Label::Pp | Label::Whpp => {
            let prep = leftmost(&|k| k.tag_is(|t| matches!(t, Tag::IN | Tag::TO | Tag::RP | Tag::VBG | Tag::VBN)));
            let from = prep.map_or(0, |p| p + 1);
            kids.iter()
                .enumerate()
                .skip(from)
                .find(|(_, k)| k.tag.is_none() && !matches!(k.label, Label::Advp | Label::Rb))
                .map(|(i, _)| i)
                .or(prep)
                .unwrap_or(first_non_punct)
        }
        Label::Adjp | Label::Whadjp => leftmost(&|k| k.tag_is(|t| t.is_adjective() || matches!(t, Tag::VBN | Tag::VBG)) || k.is(Label::Adjp))
            .or_else(|| rightmost(&|k| k.tag_is(|t| t.is_noun() || t == Tag::CD) || k.is(Label::Qp) || k.is(Label::Np)))
            .unwrap_or(first_non_punct),
        Label::Advp | Label::Whadvp => leftmost(&|k| k.tag_is(|t| t.is_adverb()) || k.is(Label::Advp)).unwrap_or(first_non_punct),
        Label::Qp => rightmost(&|k| k.tag == Some(Tag::CD)).unwrap_or(first_non_punct),
        Label::Prt => leftmost(&|k| k.tag == Some(Tag::RP)).unwrap_or(first_non_punct),
        _ => first_non_punct,
    }
}

/// `is` + NP/ADJP with nothing verbal after: a copular predicate.
fn is_copula_candidate(kids: &[Kid], verb: usize) -> bool {
    !kids.iter().skip(verb + 1).any(|k| k.is(Label::Vp) || k.is(Label::S) || k.is(Label::Sbar))
}

/// `be`/`get` auxiliaries of a past participle make it passive; its subject
/// becomes `nsubj:pass` and its `by` phrase `obl:agent`.
fn mark_passives(tokens: &mut [DepToken<'_>]) {
    for i in 0..tokens.len() {
        let t = tokens[i];
        if t.rel != Rel::Aux || t.head == 0 {
            continue;
        }
        let h = (t.head - 1) as usize;
        let passive_aux = aux_kind(t.form) & (BE | GET) != 0;
        if passive_aux && tokens[h].tag == Tag::VBN {
            tokens[i].rel = Rel::AuxPass;
            // `opposed earlier by X`: a by-phrase under an adverb of the verb is its agent.
            for j in 0..tokens.len() {
                let k = tokens[j];
                if k.rel == Rel::Obl && k.head != 0 {
                    let g = (k.head - 1) as usize;
                    if tokens[g].rel == Rel::Advmod && tokens[g].head as usize == h + 1 && has_case(tokens, j, "by") {
                        tokens[j].head = h as u32 + 1;
                    }
                }
            }
            for j in 0..tokens.len() {
                if tokens[j].head as usize == h + 1 {
                    match tokens[j].rel {
                        Rel::Nsubj => tokens[j].rel = Rel::NsubjPass,
                        Rel::Obl if has_case(tokens, j, "by") => tokens[j].rel = Rel::OblAgent,
                        _ => {}
                    }
                }
            }
        }
    }
}

fn has_case(tokens: &[DepToken<'_>], j: usize, word: &str) -> bool {
    tokens.iter().any(|c| c.head as usize == j + 1 && c.rel == Rel::Case && c.form.eq_ignore_ascii_case(word))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn skip_blanks_stops_at_the_first_other_byte() {
        // Against the byte-by-byte definition, at every start and for
        // blanks, control bytes and multi-byte text in all positions.
        let samples: [&[u8]; 5] = [
            b"   \n   \t\r        (NP x)  \n      )",
            b"\x01 \x00\x0b  \x1f\x7f \xa0 \xc3\xa9   (",
            b"                                ",
            b"a b\tc\nd\re    \n\n\n\n\n\n\n\n\n!",
            b"",
        ];
        for bytes in samples {
            for start in 0..=bytes.len() {
                let slow = (start..bytes.len()).find(|&i| !is_space(bytes[i])).unwrap_or(bytes.len());
                assert_eq!(skip_blanks(bytes, start), slow, "{bytes:?} from {start}");
            }
        }
    }

    fn conv(ptb: &str) -> Vec<(String, String, String)> {
        let mut out = Vec::new();
        convert_treebank(ptb, &mut out).unwrap();
        out.iter()
            .map(|t| {
                let head = if t.head == 0 { "ROOT".to_string() } else { out[t.head as usize - 1].form.to_string() };
                (t.form.to_string(), t.rel.as_str().to_string(), head)
            })
            .collect()
    }

    fn rel_of<'a>(v: &'a [(String, String, String)], form: &str) -> (&'a str, &'a str) {
        let t = v.iter().find(|t| t.0 == form).unwrap_or_else(|| panic!("{form} not in {v:?}"));
        (t.1.as_str(), t.2.as_str())
    }

    #[test]
    fn simple_clause() {
        let v = conv("(ROOT (S (NP (DT The) (NNP Calenardhon) (NN government)) (VP (VBD condemned) (NP (DT an) (NN attack)) (PP (IN by) (NP (NNP Osgiliath) (NNS soldiers)))) (. .)))");
        assert_eq!(rel_of(&v, "condemned"), ("root", "ROOT"));
        assert_eq!(rel_of(&v, "government"), ("nsubj", "condemned"));
        assert_eq!(rel_of(&v, "attack"), ("obj", "condemned"));
        assert_eq!(rel_of(&v, "soldiers"), ("obl", "condemned"));
        assert_eq!(rel_of(&v, "by"), ("case", "soldiers"));
        assert_eq!(rel_of(&v, "Calenardhon"), ("compound", "government"));
        assert_eq!(rel_of(&v, "The"), ("det", "government"));
        assert_eq!(rel_of(&v, "."), ("punct", "condemned"));
    }

    #[test]
    fn auxiliaries_passive_and_agent() {
        let v = conv("(ROOT (S (NP (NNP Eriador)) (VP (VBD was) (VP (VBN opposed) (ADVP (RB earlier)) (PP (IN by) (NP (NNP Osgiliath))))) (. .)))");
        assert_eq!(rel_of(&v, "opposed"), ("root", "ROOT"));
        assert_eq!(rel_of(&v, "was"), ("aux:pass", "opposed"));
        assert_eq!(rel_of(&v, "Eriador"), ("nsubj:pass", "opposed"));
        assert_eq!(rel_of(&v, "Osgiliath"), ("obl:agent", "opposed"));
    }

    #[test]
    fn about_to_infinitive_and_reporting_clause() {
        let v = conv("(ROOT (S (S (NP (NNP Arnor)) (VP (VBZ is) (VP (IN about) (S (VP (TO to) (VP (VB restore) (NP (JJ full) (NNS ties)) (PP (IN with) (NP (NNP Gondor))))))))) (, ,) (NP (DT a) (NN official)) (VP (VBD said)) (. .)))");
        assert_eq!(rel_of(&v, "said"), ("root", "ROOT"));
        assert_eq!(rel_of(&v, "official"), ("nsubj", "said"));
        assert_eq!(rel_of(&v, "restore"), ("ccomp", "said"));
        assert_eq!(rel_of(&v, "Arnor"), ("nsubj", "restore"));
        assert_eq!(rel_of(&v, "is"), ("aux", "restore"));
        assert_eq!(rel_of(&v, "to"), ("mark", "restore"));
        assert_eq!(rel_of(&v, "ties"), ("obj", "restore"));
        assert_eq!(rel_of(&v, "Gondor"), ("obl", "restore"));
    }

    #[test]
    fn coordination_possessives_and_appositions() {
        let v = conv("(ROOT (S (NP (NP (DT The) (NNS ambassadors)) (PP (IN of) (NP (NNP Arnor) (, ,) (NNP Osgiliath) (CC and) (NNP Gondor)))) (VP (VBD presented) (NP (NNS credentials)) (PP (TO to) (NP (NP (NNP Ithilen) (POS 's)) (NN president)))) (. .)))");
        assert_eq!(rel_of(&v, "ambassadors"), ("nsubj", "presented"));
        assert_eq!(rel_of(&v, "Arnor"), ("nmod", "ambassadors"));
        assert_eq!(rel_of(&v, "Osgiliath"), ("conj", "Arnor"));
        assert_eq!(rel_of(&v, "Gondor"), ("conj", "Arnor"));
        assert_eq!(rel_of(&v, "and"), ("cc", "Gondor"));
        assert_eq!(rel_of(&v, ","), ("punct", "Osgiliath"));
        assert_eq!(rel_of(&v, "Ithilen"), ("nmod:poss", "president"));
        assert_eq!(rel_of(&v, "'s"), ("case", "Ithilen"));
        let v = conv("(ROOT (S (NP (NP (NNP Osgiliath)) (, ,) (NP (DT the) (NN foe)) (, ,)) (VP (VBD left)) (. .)))");
        assert_eq!(rel_of(&v, "foe"), ("appos", "Osgiliath"));
    }

    #[test]
    fn complements_and_relatives() {
        let v = conv("(ROOT (S (NP (NNP Calenardhon)) (VP (VBD urged) (NP (NNP Bree)) (S (VP (TO to) (VP (VB help))))) (. .)))");
        assert_eq!(rel_of(&v, "help"), ("xcomp", "urged"));
        assert_eq!(rel_of(&v, "Bree"), ("obj", "urged"));
        let v = conv("(ROOT (S (NP (NNP Arnor)) (VP (VBZ believes) (SBAR (S (NP (NNP Dagolath)) (VP (MD can) (VP (VB cope)))))) (. .)))");
        assert_eq!(rel_of(&v, "cope"), ("ccomp", "believes"));
        assert_eq!(rel_of(&v, "can"), ("aux", "cope"));
        let v = conv("(ROOT (S (NP (NP (DT A) (NN woman)) (SBAR (WHNP (WP who)) (S (VP (VBD shot))))) (VP (VBD left)) (. .)))");
        assert_eq!(rel_of(&v, "shot"), ("acl:relcl", "woman"));
        assert_eq!(rel_of(&v, "who"), ("nsubj", "shot"));
        let v = conv("(ROOT (S (NP (NNP Arnor)) (VP (VBD left) (SBAR (IN after) (S (NP (NNS crowds)) (VP (VBD trashed) (NP (PRP$ its) (NN embassy)))))) (. .)))");
        assert_eq!(rel_of(&v, "trashed"), ("advcl", "left"));
        assert_eq!(rel_of(&v, "after"), ("mark", "trashed"));
        assert_eq!(rel_of(&v, "its"), ("nmod:poss", "embassy"));
    }

    #[test]
    fn verb_coordination_and_particles() {
        let v = conv("(ROOT (S (NP (NNS Soldiers)) (VP (VP (VBD condemned) (NP (NN x))) (CC and) (VP (VBD promised) (NP (NN aid)))) (. .)))");
        assert_eq!(rel_of(&v, "condemned"), ("root", "ROOT"));
        assert_eq!(rel_of(&v, "promised"), ("conj", "condemned"));
        assert_eq!(rel_of(&v, "and"), ("cc", "promised"));
        let v = conv("(ROOT (S (NP (NNP Ethiopia)) (VP (VBZ has) (VP (VBN broken) (PRT (RP down)) (NP (NNS relations)))) (. .)))");
        assert_eq!(rel_of(&v, "down"), ("compound:prt", "broken"));
        assert_eq!(rel_of(&v, "has"), ("aux", "broken"));
        let v = conv("(ROOT (S (NP (NNP Mordor)) (VP (VBZ is) (NP (DT a) (JJ pleasant) (NN place))) (. .)))");
        assert_eq!(rel_of(&v, "is"), ("cop", "place"));
        assert_eq!(rel_of(&v, "Mordor"), ("nsubj", "place"));
    }

    #[test]
    fn parse_quirks_are_normalized() {
        // A by-phrase the parser put under an adverb is still the agent.
        let v = conv("(ROOT (S (NP (NNP Eriador)) (VP (VBD was) (VP (VBN opposed) (ADVP (RB earlier) (PP (IN by) (NP (NNP Osgiliath)))))) (. .)))");
        assert_eq!(rel_of(&v, "Osgiliath"), ("obl:agent", "opposed"));
        // A fronted participle without a subject is adverbial, not a complement.
        let v = conv("(ROOT (S (S (VP (VBN Rebuked) (PP (IN by) (NP (NNP Eriador))))) (, ,) (NP (NN Osgiliath)) (VP (VBZ is) (VP (VBN drawn))) (. .)))");
        assert_eq!(rel_of(&v, "Rebuked"), ("advcl", "drawn"));
        // A determiner split off as its own NP still modifies the noun.
        let v = conv("(ROOT (S (NP (NP (DT Neither)) (NP (NNP Galadriel) (CC nor) (NNP Gollum))) (VP (VBD boycotted)) (. .)))");
        assert_eq!(rel_of(&v, "Galadriel"), ("nsubj", "boycotted"));
        assert_eq!(rel_of(&v, "Neither"), ("det", "Galadriel"));
        assert_eq!(rel_of(&v, "Gollum"), ("conj", "Galadriel"));
    }

    #[test]
    fn sentences_get_annotated_tokens() {
        let mut s = demarche_doc::Sentence {
            supplied_parse: Some(demarche_doc::SuppliedParse::Treebank("(ROOT (S (NP (NNP Gondor)) (VP (VBD broke) (NP (NNS ties))) (. .)))".into())),
            ..demarche_doc::Sentence::default()
        };
        annotate_from_treebank(&mut s, |_| None).unwrap();
        assert!(s.is_parsed());
        let t: Vec<(&str, &str, &str, &str, u32)> =
            s.tokens.iter().map(|t| (t.form.as_str(), t.lemma.as_str(), t.upos.as_str(), t.deprel.as_str(), t.head)).collect();
        assert_eq!(t, [("Gondor", "Gondor", "PROPN", "nsubj", 2), ("broke", "break", "VERB", "root", 0), ("ties", "tie", "NOUN", "obj", 2), (".", ".", "PUNCT", "punct", 2)]);
        annotate_from_treebank(&mut s, |f| (f == "broke").then(|| "BREAK".to_string())).unwrap();
        assert_eq!(s.tokens[1].lemma, "BREAK");
    }

    #[test]
    fn underscored_words_are_split() {
        let v = conv("(ROOT (S (NP (NNP Gondor)) (VP (VBD warned) (PP (IN of) (NP (DT the) (NNP Prince) (PP (IN of) (NP (NNP Dol_Amroth)))))) (. .)))");
        assert_eq!(rel_of(&v, "Dol"), ("compound", "Amroth"));
        assert_eq!(rel_of(&v, "Amroth"), ("nmod", "Prince"));
    }

    #[test]
    fn labels_and_auxiliaries_are_read_from_their_bytes() {
        let labels = [
            ("", Label::Empty),
            ("ROOT", Label::Root),
            ("TOP", Label::Top),
            ("S", Label::S),
            ("SINV", Label::Sinv),
            ("SQ", Label::Sq),
            ("SBARQ", Label::Sbarq),
            ("SBAR", Label::Sbar),
            ("FRAG", Label::Frag),
            ("X", Label::X),
            ("UCP", Label::Ucp),
            ("VP", Label::Vp),
            ("NP", Label::Np),
            ("NX", Label::Nx),
            ("NAC", Label::Nac),
            ("NML", Label::Nml),
            ("WHNP", Label::Whnp),
            ("PP", Label::Pp),
            ("WHPP", Label::Whpp),
            ("ADJP", Label::Adjp),
            ("WHADJP", Label::Whadjp),
            ("ADVP", Label::Advp),
            ("WHADVP", Label::Whadvp),
            ("QP", Label::Qp),
            ("PRN", Label::Prn),
            ("PRT", Label::Prt),
            ("CONJP", Label::Conjp),
            ("INTJ", Label::Intj),
            ("RB", Label::Rb),
        ];
        for (text, label) in labels {
            assert_eq!(Label::parse(text), label, "{text}");
        }
        for other in ["np", "N", "NPP", "SBARQQ", "-NONE-", "LST", "WHADVPX"] {
            assert_eq!(Label::parse(other), Label::Other, "{other}");
        }
        // A preterminal's known tag is no phrase category; an unknown one is read.
        assert_eq!(Kid::new("RB", "", Some(Tag::RB), 0).label, Label::Other);
        assert_eq!(Kid::new("NP", "", Some(Tag::Other), 0).label, Label::Np);
        let k = Kid::new("NP", "TMP-1", None, 0);
        assert!(k.tmp && !k.adv);
        assert_eq!(aux_kind("Was"), BE | AUX);
        assert_eq!(aux_kind("GOTTEN"), GET | AUX);
        assert_eq!(aux_kind("'d"), AUX);
        assert_eq!(aux_kind("said"), 0);
        assert_eq!(aux_kind("beings"), 0);
        assert_eq!(aux_kind("gettings"), 0);
        assert_eq!(aux_kind(""), 0);
    }

    #[test]
    fn double_objects_and_temporal_nouns() {
        let v = conv("(ROOT (S (NP (NNP A)) (VP (VBD gave) (NP (NNP B)) (NP (NN money)) (NP-TMP (NN today))) (. .)))");
        assert_eq!(rel_of(&v, "B"), ("iobj", "gave"));
        assert_eq!(rel_of(&v, "money"), ("obj", "gave"));
        assert_eq!(rel_of(&v, "today"), ("obl:tmod", "gave"));
    }
}
