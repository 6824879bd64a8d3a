//! Verb dictionaries: PETRARCH2's `CAMEO.2.0.txt` and the older
//! TABARI-style `PETR.Validate.verbs.txt`.
//!
//! ```text
//! &CURRENCY                      a synset; members follow as +lines
//! +DOLLAR                        single words also match their plural
//! +KRONE_                        trailing _ : no plural
//! +SWISS FRANCS                  several words (space: gaps allowed, _: consecutive)
//!
//! --- ABANDON  [345]  ---        a verb block: meaning and default code
//! ABANDON                        regular forms are generated
//! BREAK { BROKE BROKEN }         irregular: every form is listed
//! +BREAK_DOWN {+BROKE_DOWN}      multi-word verb; + marks the verb word
//! KLM_NOP_+RST [002]             words before the verb; a code of its own
//! - * &TIETYPES TIES  [902]      a pattern: words before and after the verb (*)
//! - $ TROOP * TOWARD +  [154]    $ source, + target, ^ skip an actor, % compound
//! - * {ARMS SHIPMENT} (TO +) [072] {noun phrase, head last}, (preposition …)
//! - * VISIT [042:043]            code from source to target : from target to source
//!
//! ######## TRANSFORMATIONS ########
//! ~ a (b . ATTACK) SAY = a b 112 a nested "a SAYs (b ATTACKs)" becomes a b 112
//! ```
//! In a pattern, `_` glues two elements (no words between them); a space
//! allows words in between; a `_` before a space only ends a word.

use std::collections::HashSet;

use demarche_doc::InputError;

use crate::lines::Lines;
use crate::report::{ReadOptions, Report};

/// An event code specification: `[042]`, `[042:043]`, `[:173]` or `[---]`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CodeSpec {
    /// The code of the event from source to target; `None` for `---` or empty.
    pub forward: Option<String>,
    /// After a `:`, the code of the paired event from target to source
    /// (`[032:033]`: a visit and the host's receiving it).
    pub reverse: Option<String>,
}

impl CodeSpec {
    /// True for `[---]`: no event.
    pub fn is_null(&self) -> bool {
        self.forward.is_none() && self.reverse.is_none()
    }

    pub fn parse(inner: &str) -> Result<CodeSpec, String> {
        let inner = inner.trim();
        let one = |s: &str| -> Result<Option<String>, String> {
            let s = s.trim();
            if s.is_empty() || s == "---" {
                return Ok(None);
            }
            if !s.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'+' | b'#' | b'?')) {
                return Err(format!("invalid event code `{s}`"));
            }
            Ok(Some(s.to_ascii_uppercase()))
        };
        match inner.split_once(':') {
            Some((f, r)) => {
                if r.contains(':') {
                    return Err(format!("more than one `:` in event code `{inner}`"));
                }
                let spec = CodeSpec { forward: one(f)?, reverse: one(r)? };
                if spec.is_null() {
                    return Err(format!("empty paired event code `[{inner}]`"));
                }
                Ok(spec)
            }
            None => {
                if inner.is_empty() {
                    return Err("empty event code `[]`".into());
                }
                Ok(CodeSpec { forward: one(inner)?, reverse: None })
            }
        }
    }
}

/// A word of a synset member phrase.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PhraseWord {
    pub word: String,
    /// `_`-joined to the previous word: nothing may come between them.
    pub glued: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SynsetMember {
    /// A word or phrase; single words without a trailing `_` also match
    /// their regular plural.
    Phrase { words: Vec<PhraseWord>, plural: bool, line: usize },
    /// `+&OTHER`: every member of another synset.
    Synset { name: String, line: usize },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Synset {
    /// The name without its `&`, upper-case.
    pub name: String,
    pub members: Vec<SynsetMember>,
    pub line: usize,
}

/// One form of a verb: the verb word and the words of a multi-word verb.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VerbForm {
    pub before: Vec<String>,
    pub verb: String,
    pub after: Vec<String>,
}

/// A verb line of a block: its forms (the first is the base form).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VerbEntry {
    pub forms: Vec<VerbForm>,
    /// True when the forms were listed (`{…}`), false when generated.
    pub irregular: bool,
    /// A code overriding the block code for this verb.
    pub code: Option<CodeSpec>,
    pub line: usize,
}

/// An element of a pattern line, in the order written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PatternItem {
    pub kind: ItemKind,
    /// `_`-joined to the next element: nothing may come between them.
    pub glue_after: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ItemKind {
    /// `*`: the verb itself.
    Verb,
    Word(String),
    /// `&NAME` (name without `&`).
    Synset(String),
    /// `$`
    Source,
    /// `+`
    Target,
    /// `^`: skip over an actor phrase.
    Skip,
    /// `%`: a compound actor phrase whose members act on each other.
    Compound,
    /// `{A B HEAD}`: a noun phrase, head last.
    NounPhrase(Vec<PatternItem>),
    /// `(PREP …)`: a prepositional phrase.
    PrepPhrase(Vec<PatternItem>),
}

/// A pattern line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PatternLine {
    /// The elements in the order written; exactly one is [`ItemKind::Verb`].
    pub items: Vec<PatternItem>,
    pub code: CodeSpec,
    pub line: usize,
    /// The pattern as written (without its comment), for explanations.
    pub text: String,
}

/// `--- MEANING [code] ---` and what follows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VerbBlock {
    pub meaning: String,
    pub code: CodeSpec,
    pub line: usize,
    pub verbs: Vec<VerbEntry>,
    pub patterns: Vec<PatternLine>,
}

/// An actor variable in a transformation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TransformActor {
    /// A named actor (`a`, `b`, …): equal names must be the same actor.
    Named(char),
    /// `.`: any actor, or none.
    Any,
    /// `_`: an actor not otherwise named.
    Other,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TransformVerb {
    /// A verb whose block code the event must have.
    Verb(String),
    /// `Q`: any code.
    Any,
}

/// `~ a (b . ATTACK) SAY = a b 112`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Transformation {
    pub outer_source: TransformActor,
    pub inner_source: TransformActor,
    pub inner_target: TransformActor,
    pub inner_verb: TransformVerb,
    pub outer_verb: String,
    pub result_source: TransformActor,
    pub result_target: TransformActor,
    /// The resulting code; `None` for `Q` (the inner event's code).
    pub result_code: Option<String>,
    pub line: usize,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct VerbDictionary {
    pub synsets: Vec<Synset>,
    pub blocks: Vec<VerbBlock>,
    pub transformations: Vec<Transformation>,
}

enum Mode {
    None,
    Synset(usize),
    Block(usize),
}

impl VerbDictionary {
    /// Reads a verb dictionary; `file` names it in errors.
    pub fn read(text: &str, file: &str, options: ReadOptions) -> Result<(VerbDictionary, Vec<InputError>), InputError> {
        let mut report = Report::new(file, options);
        let mut dict = VerbDictionary::default();
        let mut mode = Mode::None;
        for line in Lines::new(text) {
            if line.is_blank() {
                continue;
            }
            let n = line.number;
            let t = line.text.trim();
            if t.starts_with("---") {
                match parse_header(t) {
                    Ok((meaning, code, extra)) => {
                        if extra {
                            report.warn(n, "more than one code in a verb block header; the first is used");
                        }
                        dict.blocks.push(VerbBlock { meaning, code, line: n, verbs: Vec::new(), patterns: Vec::new() });
                        mode = Mode::Block(dict.blocks.len() - 1);
                    }
                    Err(m) => {
                        report.error(n, m)?;
                        mode = Mode::None;
                    }
                }
            } else if let Some(name) = t.strip_prefix('&') {
                let name = name.trim().trim_end_matches('_').to_ascii_uppercase();
                if name.is_empty() || name.contains(char::is_whitespace) {
                    report.error(n, format!("bad synset name `&{name}`"))?;
                    mode = Mode::None;
                    continue;
                }
                dict.synsets.push(Synset { name, members: Vec::new(), line: n });
                mode = Mode::Synset(dict.synsets.len() - 1);
            } else if t.starts_with('~') {
                match parse_transformation(t, n) {
                    Ok(tr) => dict.transformations.push(tr),
                    Err(m) => report.error(n, m)?,
                }
            } else if let Some(rest) = t.strip_prefix('-') {
                let Mode::Block(b) = mode else {
                    if matches!(mode, Mode::Synset(_)) && !dict.blocks.is_empty() {
                        // A synset defined between blocks; patterns continue the last block.
                        let b = dict.blocks.len() - 1;
                        push_pattern(&mut dict.blocks[b], rest, n, &mut report)?;
                        mode = Mode::Block(b);
                        continue;
                    }
                    report.error(n, "pattern outside a verb block")?;
                    continue;
                };
                push_pattern(&mut dict.blocks[b], rest, n, &mut report)?;
            } else if let (Mode::Synset(s), Some(member)) = (&mode, t.strip_prefix('+')) {
                match parse_member(member, n) {
                    Ok(m) => dict.synsets[*s].members.push(m),
                    Err(m) => report.error(n, m)?,
                }
            } else {
                let b = match mode {
                    Mode::Block(b) => b,
                    _ => {
                        report.error(n, "verb line outside a verb block")?;
                        continue;
                    }
                };
                match parse_verb_line(t, n) {
                    Ok(v) => dict.blocks[b].verbs.push(v),
                    Err(m) => report.error(n, m)?,
                }
            }
        }
        check_references(&dict, &mut report)?;
        Ok((dict, report.warnings))
    }

    /// The block whose verbs include the base form `verb` (upper-case; `_`
    /// or spaces join the words of a multi-word verb).
    pub fn find_verb(&self, verb: &str) -> Option<&VerbBlock> {
        let words = || verb.split(['_', ' ']).filter(|w| !w.is_empty());
        self.blocks.iter().find(|b| {
            b.verbs.iter().any(|v| {
                v.forms.iter().any(|f| {
                    let all = f.before.iter().map(String::as_str).chain([f.verb.as_str()]).chain(f.after.iter().map(String::as_str));
                    all.eq(words())
                })
            })
        })
    }
}

fn push_pattern(block: &mut VerbBlock, rest: &str, n: usize, report: &mut Report) -> Result<(), InputError> {
    match parse_pattern(rest, n) {
        Ok(p) => block.patterns.push(p),
        Err(m) => report.error(n, m)?,
    }
    Ok(())
}

/// Undefined synsets (in patterns or members) are kept literally by
/// PETRARCH, which only prints a notice; transformation verbs must exist.
fn check_references(dict: &VerbDictionary, report: &mut Report) -> Result<(), InputError> {
    let names: HashSet<&str> = dict.synsets.iter().map(|s| s.name.as_str()).collect();
    fn walk<'a>(items: &'a [PatternItem], out: &mut Vec<&'a str>) {
        for i in items {
            match &i.kind {
                ItemKind::Synset(s) => out.push(s),
                ItemKind::NounPhrase(sub) | ItemKind::PrepPhrase(sub) => walk(sub, out),
                _ => {}
            }
        }
    }
    for b in &dict.blocks {
        for p in &b.patterns {
            let mut used = Vec::new();
            walk(&p.items, &mut used);
            for s in used {
                if !names.contains(s) {
                    report.warn(p.line, format!("undefined synset &{s}; matched as a literal word"));
                }
            }
        }
    }
    for s in &dict.synsets {
        for m in &s.members {
            if let SynsetMember::Synset { name, line } = m {
                if !names.contains(name.as_str()) {
                    report.warn(*line, format!("undefined synset &{name} in &{}", s.name));
                }
            }
        }
    }
    for t in &dict.transformations {
        let mut verbs = vec![t.outer_verb.as_str()];
        if let TransformVerb::Verb(v) = &t.inner_verb {
            verbs.push(v);
        }
        for v in verbs {
            if dict.find_verb(v).is_none() {
                report.error(t.line, format!("transformation verb {v} is not in the verb dictionary"))?;
            }
        }
    }
    Ok(())
}

/// `--- MEANING [code] ---` → (meaning, code, more than one code?).
fn parse_header(t: &str) -> Result<(String, CodeSpec, bool), String> {
    let body = t.trim_start_matches('-');
    let body = body.trim_end().trim_end_matches('-').trim();
    let Some(open) = body.find('[') else {
        return Err("verb block header without a code".into());
    };
    let meaning = body[..open].trim().trim_end_matches('_').to_ascii_uppercase();
    if meaning.is_empty() {
        return Err("verb block header without a meaning".into());
    }
    let mut rest = &body[open..];
    let mut codes = Vec::new();
    while let Some(r) = rest.strip_prefix('[') {
        let close = r.find(']').ok_or("unclosed `[` in verb block header")?;
        codes.push(CodeSpec::parse(&r[..close])?);
        rest = r[close + 1..].trim_start();
    }
    // `[110]---  ---`: dashes glued to the code still close the header.
    if !rest.trim_end().bytes().all(|b| b == b'-' || b.is_ascii_whitespace()) {
        return Err(format!("unexpected `{rest}` in verb block header"));
    }
    let extra = codes.len() > 1;
    Ok((meaning, codes.swap_remove(0), extra))
}

fn parse_member(member: &str, line: usize) -> Result<SynsetMember, String> {
    let m = member.trim();
    if let Some(name) = m.strip_prefix('&') {
        let name = name.trim_end_matches('_').to_ascii_uppercase();
        if name.is_empty() || name.contains(char::is_whitespace) {
            return Err(format!("bad synset reference `{m}`"));
        }
        return Ok(SynsetMember::Synset { name, line });
    }
    let words = phrase_words_glued(m);
    if words.is_empty() {
        return Err("empty synset member".into());
    }
    let plural = words.len() == 1 && !m.ends_with('_');
    Ok(SynsetMember::Phrase { words, plural, line })
}

/// Words of `A_B C`: B glued to A, C not glued to B.
fn phrase_words_glued(s: &str) -> Vec<PhraseWord> {
    let mut out = Vec::new();
    for chunk in s.split_whitespace() {
        for (i, w) in chunk.split('_').filter(|w| !w.is_empty()).enumerate() {
            out.push(PhraseWord { word: w.to_ascii_uppercase(), glued: i > 0 });
        }
    }
    out
}

/// A verb line: `PHRASE {FORMS} [CODE]`. A `;` starts a TABARI comment.
fn parse_verb_line(t: &str, line: usize) -> Result<VerbEntry, String> {
    let t = t.split(';').next().unwrap_or("").trim_end();
    let (head, code) = match t.find('[') {
        Some(i) => {
            let r = &t[i + 1..];
            let close = r.find(']').ok_or("unclosed `[` in verb line")?;
            if !r[close + 1..].trim().is_empty() {
                return Err(format!("unexpected `{}` after the verb code", r[close + 1..].trim()));
            }
            (&t[..i], Some(CodeSpec::parse(&r[..close])?))
        }
        None => (t, None),
    };
    let (base, listed) = match head.find('{') {
        Some(i) => {
            let r = &head[i + 1..];
            let close = r.find('}').ok_or("unclosed `{` in verb line")?;
            if !r[close + 1..].trim().is_empty() {
                return Err(format!("unexpected `{}` after the verb forms", r[close + 1..].trim()));
            }
            (&head[..i], Some(&r[..close]))
        }
        None => (head, None),
    };
    let base_form = parse_verb_form(base)?;
    let mut forms = vec![base_form.clone()];
    let irregular = listed.is_some();
    match listed {
        Some(list) => {
            for f in list.split(|c: char| c == ',' || c.is_whitespace()).filter(|f| !f.is_empty()) {
                let form = parse_verb_form(f)?;
                if form.before.len() != base_form.before.len() || form.after.len() != base_form.after.len() {
                    return Err(format!("form `{f}` does not have the words of `{}`", base.trim()));
                }
                forms.push(form);
            }
        }
        None => {
            for v in crate::words::regular_verb_forms(&base_form.verb) {
                forms.push(VerbForm { before: base_form.before.clone(), verb: v, after: base_form.after.clone() });
            }
        }
    }
    Ok(VerbEntry { forms, irregular, code, line })
}

/// `KLM_NOP_+RST`, `+ASK_FOR`, `LASH OUT`, `ABANDON`.
fn parse_verb_form(s: &str) -> Result<VerbForm, String> {
    let words: Vec<&str> = s.split(|c: char| c == '_' || c.is_whitespace()).filter(|w| !w.is_empty()).collect();
    if words.is_empty() {
        return Err("empty verb".into());
    }
    let marked: Vec<usize> = words.iter().enumerate().filter(|(_, w)| w.starts_with('+')).map(|(i, _)| i).collect();
    let at = match marked.as_slice() {
        [] => 0,
        [i] => *i,
        _ => return Err(format!("more than one `+` in verb `{}`", s.trim())),
    };
    let clean = |w: &str| w.trim_start_matches('+').to_ascii_uppercase();
    for w in &words {
        let c = clean(w);
        if c.is_empty() || !c.chars().all(|ch| ch.is_alphanumeric() || matches!(ch, '-' | '\'' | '.')) {
            return Err(format!("bad verb word `{w}`"));
        }
    }
    Ok(VerbForm {
        before: words[..at].iter().map(|w| clean(w)).collect(),
        verb: clean(words[at]),
        after: words[at + 1..].iter().map(|w| clean(w)).collect(),
    })
}

/// A pattern line after its leading `-`.
fn parse_pattern(rest: &str, line: usize) -> Result<PatternLine, String> {
    let open = rest.rfind('[').ok_or("pattern without a `[code]`")?;
    let close = rest[open..].find(']').ok_or("unclosed `[` in pattern code")? + open;
    if !rest[close + 1..].trim().is_empty() {
        return Err(format!("unexpected `{}` after the pattern code", rest[close + 1..].trim()));
    }
    let code = CodeSpec::parse(&rest[open + 1..close])?;
    let body = rest[..open].trim();
    let mut chars = Tokenizer { s: body.as_bytes(), at: 0, text: body };
    let items = chars.items(None)?;
    let verbs = items.iter().filter(|i| i.kind == ItemKind::Verb).count();
    if verbs != 1 {
        return Err(format!("a pattern needs exactly one `*` outside brackets (found {verbs})"));
    }
    Ok(PatternLine { items, code, line, text: format!("- {body} [{}]", &rest[open + 1..close]) })
}

struct Tokenizer<'a> {
    s: &'a [u8],
    at: usize,
    text: &'a str,
}

impl Tokenizer<'_> {
    /// Elements up to `close` (or the end).
    fn items(&mut self, close: Option<u8>) -> Result<Vec<PatternItem>, String> {
        let mut items: Vec<PatternItem> = Vec::new();
        loop {
            // Separators: whitespace (gap) and `_` (glue, if another element follows directly).
            let mut glue = false;
            let mut saw_space = false;
            while self.at < self.s.len() {
                match self.s[self.at] {
                    b'_' => glue = true,
                    c if c.is_ascii_whitespace() => saw_space = true,
                    _ => break,
                }
                self.at += 1;
            }
            if let Some(last) = items.last_mut() {
                last.glue_after = glue && !saw_space;
            }
            let Some(&c) = self.s.get(self.at) else {
                return match close {
                    Some(c) => Err(format!("missing `{}` in pattern", c as char)),
                    None => Ok(items),
                };
            };
            if Some(c) == close {
                self.at += 1;
                if let Some(last) = items.last_mut() {
                    last.glue_after = false;
                }
                return Ok(items);
            }
            let kind = match c {
                b'{' | b'(' => {
                    self.at += 1;
                    let sub = self.items(Some(if c == b'{' { b'}' } else { b')' }))?;
                    if sub.is_empty() {
                        return Err("empty `{}` or `()` in pattern".into());
                    }
                    if sub.iter().any(|i| i.kind == ItemKind::Verb) {
                        return Err("`*` inside a phrase".into());
                    }
                    if c == b'{' {
                        ItemKind::NounPhrase(sub)
                    } else {
                        ItemKind::PrepPhrase(sub)
                    }
                }
                b'}' | b')' | b'[' | b']' => return Err(format!("unexpected `{}` in pattern", c as char)),
                _ => {
                    let start = self.at;
                    // `*` is a token of its own even when glued (`*SCEPTICAL`).
                    if c == b'*' {
                        self.at += 1;
                    }
                    while self.at < self.s.len() && c != b'*' {
                        let b = self.s[self.at];
                        if b.is_ascii_whitespace() || matches!(b, b'_' | b'*' | b'{' | b'}' | b'(' | b')' | b'[' | b']') {
                            break;
                        }
                        self.at += 1;
                    }
                    let w = &self.text[start..self.at];
                    match w {
                        "*" => ItemKind::Verb,
                        "$" => ItemKind::Source,
                        "+" => ItemKind::Target,
                        "^" => ItemKind::Skip,
                        "%" => ItemKind::Compound,
                        _ if w.starts_with('&') && w.len() > 1 => ItemKind::Synset(w[1..].to_ascii_uppercase()),
                        _ if w.contains(['*', '$', '%', '^']) || w.starts_with('&') => return Err(format!("bad pattern word `{w}`")),
                        _ => ItemKind::Word(w.to_ascii_uppercase()),
                    }
                }
            };
            items.push(PatternItem { kind, glue_after: false });
        }
    }
}

/// `~ a (a b ATTACK) SAY = a b 015`.
fn parse_transformation(t: &str, line: usize) -> Result<Transformation, String> {
    let body = t.trim_start_matches('~').trim();
    let (left, right) = body.split_once('=').ok_or("transformation without `=`")?;
    let open = left.find('(').ok_or("transformation without `(`")?;
    let close = left.find(')').ok_or("transformation without `)`")?;
    if close < open {
        return Err("misplaced `)` in transformation".into());
    }
    let outer: Vec<&str> = left[..open].split_whitespace().collect();
    let inner: Vec<&str> = left[open + 1..close].split_whitespace().collect();
    let after: Vec<&str> = left[close + 1..].split_whitespace().collect();
    let result: Vec<&str> = right.split_whitespace().collect();
    let (&[o], &[is, it, iv], &[ov], &[rs, rt, rc]) = (outer.as_slice(), inner.as_slice(), after.as_slice(), result.as_slice()) else {
        return Err("transformation must read `~ a (b c VERB) VERB = a b CODE`".into());
    };
    let actor = |s: &str| -> Result<TransformActor, String> {
        match s {
            "." => Ok(TransformActor::Any),
            "_" => Ok(TransformActor::Other),
            _ if s.len() == 1 && s.as_bytes()[0].is_ascii_lowercase() => Ok(TransformActor::Named(s.as_bytes()[0] as char)),
            _ => Err(format!("bad actor variable `{s}` in transformation")),
        }
    };
    let verb = |s: &str| s.to_ascii_uppercase();
    Ok(Transformation {
        outer_source: actor(o)?,
        inner_source: actor(is)?,
        inner_target: actor(it)?,
        inner_verb: if iv == "Q" { TransformVerb::Any } else { TransformVerb::Verb(verb(iv)) },
        outer_verb: verb(ov),
        result_source: actor(rs)?,
        result_target: actor(rt)?,
        result_code: if rc == "Q" { None } else { CodeSpec::parse(rc)?.forward },
        line,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> VerbDictionary {
        VerbDictionary::read(text, "v.txt", ReadOptions::default()).unwrap().0
    }

    fn word(w: &str, glue: bool) -> PatternItem {
        PatternItem { kind: ItemKind::Word(w.into()), glue_after: glue }
    }

    fn item(kind: ItemKind, glue: bool) -> PatternItem {
        PatternItem { kind, glue_after: glue }
    }

    #[test]
    fn synsets_with_plural_rules_and_nesting() {
        let d = read("&CURRENCY \n+DOLLAR\n+KRONE_\n+SWISS FRANCS\n+GOLDEN_GOBLIN_GALLEONS\n&ACCORDSYN\n+&CURRENCY\n");
        let s = &d.synsets[0];
        assert_eq!(s.name, "CURRENCY");
        assert!(matches!(&s.members[0], SynsetMember::Phrase { plural: true, .. }));
        assert!(matches!(&s.members[1], SynsetMember::Phrase { plural: false, .. }));
        let SynsetMember::Phrase { words, plural, .. } = &s.members[2] else { panic!() };
        assert_eq!((words.len(), words[1].glued, *plural), (2, false, false));
        let SynsetMember::Phrase { words, .. } = &s.members[3] else { panic!() };
        assert!(words[1].glued && words[2].glued);
        assert_eq!(d.synsets[1].members[0], SynsetMember::Synset { name: "CURRENCY".into(), line: 7 });
    }

    #[test]
    fn verb_lines_irregular_multiword_and_codes() {
        let d = read("--- BREAK [1717] ---\nBREAK { BROKE BROKEN  }\n+BREAK_DOWN {+BREAKS_DOWN +BROKE_DOWN }\nKLM_NOP_+RST [002]\n--- DEPART [032] ---\nDEPART # x\nLASH OUT\n");
        let b = &d.blocks[0];
        assert_eq!(b.code.forward.as_deref(), Some("1717"));
        let forms: Vec<&str> = b.verbs[0].forms.iter().map(|f| f.verb.as_str()).collect();
        assert_eq!(forms, ["BREAK", "BROKE", "BROKEN"]);
        assert_eq!(b.verbs[1].forms[2], VerbForm { before: vec![], verb: "BROKE".into(), after: vec!["DOWN".into()] });
        assert_eq!(b.verbs[2].forms[0].before, ["KLM", "NOP"]);
        assert_eq!(b.verbs[2].code.as_ref().unwrap().forward.as_deref(), Some("002"));
        let depart: Vec<&str> = d.blocks[1].verbs[0].forms.iter().map(|f| f.verb.as_str()).collect();
        assert_eq!(depart, ["DEPART", "DEPARTS", "DEPARTED", "DEPARTING"]);
        assert_eq!(d.blocks[1].verbs[1].forms[0].after, ["OUT"]);
        assert!(d.find_verb("BREAK_DOWN").is_some());
        assert!(d.find_verb("LASH OUT").is_some());
    }

    #[test]
    fn patterns_connectors_slots_and_phrases() {
        let d = read("--- ACKNOWLEDGE [023] ---\nACKNOWLEDGE\n- SO IN_AND_*_OUT_AGAIN NOW [074]\n- + WAS_ * TO_ ^ FROM $  [174]\n- * &SECURITY (OVER {&WEAPON ATTACK}) [151]\n- % HAVE * [030:030]\n- * SUPPORT [:050]\n");
        let p = &d.blocks[0].patterns;
        assert_eq!(
            p[0].items,
            [
                word("SO", false),
                word("IN", true),
                word("AND", true),
                item(ItemKind::Verb, true),
                word("OUT", true),
                word("AGAIN", false),
                word("NOW", false)
            ]
        );
        assert_eq!(
            p[1].items,
            [
                item(ItemKind::Target, false),
                word("WAS", false),
                item(ItemKind::Verb, false),
                word("TO", false),
                item(ItemKind::Skip, false),
                word("FROM", false),
                item(ItemKind::Source, false)
            ]
        );
        let ItemKind::PrepPhrase(pp) = &p[2].items[2].kind else { panic!("{:?}", p[2].items) };
        assert_eq!(pp[0], word("OVER", false));
        assert!(matches!(&pp[1].kind, ItemKind::NounPhrase(np) if np.len() == 2));
        assert_eq!(p[3].code, CodeSpec { forward: Some("030".into()), reverse: Some("030".into()) });
        assert_eq!(p[4].code, CodeSpec { forward: None, reverse: Some("050".into()) });
        assert_eq!(p[0].line, 3);
    }

    #[test]
    fn comments_before_patterns_do_not_disable_them() {
        let d = read("<!-- PETRARCH VALIDATION SUITE VERBS DICTIONARY -->\n<!-- VERSION: 0.1 -->\n--- ADOPT [081] ---\nADOPT # PAS\n- * RESOLUTION [102] # tony\n");
        assert_eq!(d.blocks[0].patterns.len(), 1);
    }

    #[test]
    fn odd_codes_and_headers() {
        let d = read("--- TROUBLED  [---] # NOUN ---\nTROUBLED\n- SAID * [131]\n--- DELAY [120]  [031:031]  ---\nDELAY\n- * DIPLXMATIC  [###]  # -PAS\n- * X [025?]\n");
        assert!(d.blocks[0].code.is_null());
        assert_eq!(d.blocks[1].code.forward.as_deref(), Some("120"));
        assert_eq!(d.blocks[1].patterns[0].code.forward.as_deref(), Some("###"));
        let (_, warnings) = VerbDictionary::read("--- DELAY [120]  [031:031]  ---\nDELAY\n", "v", ReadOptions::default()).unwrap();
        assert_eq!(warnings.len(), 1);
    }

    #[test]
    fn transformations() {
        let d = read("--- SAY [010] ---\nSAY\n--- ATTACK [190] ---\nATTACK\n######## TRANSFORMATIONS ####\n~ a (b . ATTACK) SAY = a b 112\n~ a (a b Q) SAY = a b Q\n");
        let t = &d.transformations[0];
        assert_eq!(
            (t.outer_source, t.inner_source, t.inner_target),
            (TransformActor::Named('a'), TransformActor::Named('b'), TransformActor::Any)
        );
        assert_eq!(t.inner_verb, TransformVerb::Verb("ATTACK".into()));
        assert_eq!(t.result_code.as_deref(), Some("112"));
        assert_eq!(d.transformations[1].inner_verb, TransformVerb::Any);
        assert_eq!(d.transformations[1].result_code, None);
        let e = VerbDictionary::read("~ a (b . FLY) SAY = a b 112\n", "v", ReadOptions::default()).unwrap_err();
        assert!(e.to_string().starts_with("v:1: transformation verb SAY"), "{e}");
    }

    #[test]
    fn malformed_lines() {
        for (text, line) in [
            ("--- A [01] ---\nA\n- * B [01\n", 3),
            ("--- A [01] ---\nA\n- B C [01]\n", 3),
            ("--- A [01] ---\nA\n- * * [01]\n", 3),
            ("- * B [01]\n", 1),
            ("--- A ---\n", 1),
            ("--- A [01] ---\nA {B\n", 2),
            ("--- A [01] ---\nA\n- * {B [01]\n", 3),
            ("--- A [0 1] ---\n", 1),
        ] {
            let e = VerbDictionary::read(text, "v", ReadOptions::default()).unwrap_err();
            assert_eq!(e.line, Some(line), "{text:?}: {e}");
        }
    }
}
