//! Reading and compiling native pattern files (`crates/knowledge/PATTERNS.md`)
//! into [`NativePatterns`].
//!
//! Files are compiled in the order given (the caller sorts them by path):
//! that order, then line order, is the global tie order of patterns. Synsets
//! may be defined in any file and used in any other, so synset lines are
//! read in a first pass. Every problem is an [`InputError`] naming the file
//! and line: an unknown code, an undefined synset, an unknown relation, a
//! malformed role or value.

use demarche_doc::InputError;
use demarche_lexicon::compiled::FxHashMap;
use demarche_lexicon::{Vocabulary, WordId};

use crate::model::{AnchorEntry, AnchorPos, Lexicon, NativePattern, NativeSynset, NativeValue, Origin, RoleNode, Step, Term, TermKind, Voice};

const PREPOSITIONS: &str = include_str!("../../data/prepositions.txt");

/// Compiles pattern files, given as `(file name, text)` in tie order, into
/// `lexicon.native` (words interned in `lexicon.vocab`). Stops at the first
/// error. Adding files to a lexicon that already has patterns appends them
/// after the existing ones (user files after the built-in ones).
pub fn compile_patterns<'a>(lexicon: &mut Lexicon, files: impl IntoIterator<Item = (&'a str, &'a str)>) -> Result<(), InputError> {
    let files: Vec<(&str, &str)> = files.into_iter().collect();
    let prepositions: Vec<&str> = PREPOSITIONS.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).collect();
    let mut compiler = Compiler { lex: lexicon, prepositions, synset_ids: FxHashMap::default() };
    for (i, s) in compiler.lex.native.synsets.iter().enumerate() {
        compiler.synset_ids.insert(s.name.clone(), i as u32);
    }
    // Pass 1: synsets (defined anywhere, used anywhere).
    let mut file_ids = Vec::with_capacity(files.len());
    for (file, text) in &files {
        let fid = compiler.file_index(file);
        file_ids.push(fid);
        for (n, line) in lines(text) {
            if line.starts_with('&') {
                compiler.synset_line(line, fid).map_err(|m| InputError::at_line(*file, n, m))?;
            }
        }
    }
    // Pass 2: patterns.
    for ((file, text), fid) in files.iter().zip(file_ids) {
        for (n, line) in lines(text) {
            if line.starts_with('&') {
                continue;
            }
            compiler.pattern_line(line, fid, n).map_err(|m| InputError::at_line(*file, n, m))?;
        }
    }
    for entries in compiler.lex.native.anchor_entries.values_mut() {
        entries.sort_unstable_by_key(AnchorEntry::order);
        entries.dedup_by_key(|e| e.order());
    }
    Ok(())
}

/// The non-blank lines of a file without comments, with 1-based numbers.
fn lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    text.lines().enumerate().filter_map(|(i, raw)| {
        let line = demarche_knowledge::strip_comment(raw).trim();
        (!line.is_empty()).then_some((i + 1, line))
    })
}

struct Compiler<'l> {
    lex: &'l mut Lexicon,
    prepositions: Vec<&'static str>,
    synset_ids: FxHashMap<String, u32>,
}

const RELATIONS: [(&str, Step); 11] = [
    ("subj", Step::Subj),
    ("obj", Step::Obj),
    ("iobj", Step::Iobj),
    ("xcomp", Step::Xcomp),
    ("ccomp", Step::Ccomp),
    ("acl", Step::Acl),
    ("poss", Step::Poss),
    ("amod", Step::Amod),
    ("compound", Step::Compound),
    ("aux", Step::Aux),
    ("appos", Step::Appos),
];

impl Compiler<'_> {
    fn file_index(&mut self, file: &str) -> u16 {
        let files = &mut self.lex.native.files;
        match files.iter().position(|f| f == file) {
            Some(i) => i as u16,
            None => {
                files.push(file.to_string());
                (files.len() - 1) as u16
            }
        }
    }

    fn synset_line(&mut self, line: &str, file: u16) -> Result<(), String> {
        let (name, members) = line.split_once('=').ok_or("a synset line is `&NAME = word|word|…`")?;
        let name = name.trim();
        let bare = &name[1..];
        if bare.is_empty() || !bare.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_') {
            return Err(format!("bad synset name `{name}` (upper-case letters, digits and `_`)"));
        }
        if self.synset_ids.contains_key(name) {
            return Err(format!("synset {name} is defined twice"));
        }
        let mut set = NativeSynset { name: name.to_string(), origin: Origin { file, line: 0 }, ..NativeSynset::default() };
        for word in members.trim().split('|') {
            let term = parse_term(word.trim(), &mut self.lex.vocab)?;
            match term.kind {
                TermKind::Word => {
                    set.words.insert(term.words[0]);
                }
                _ => set.terms.push(term),
            }
        }
        let id = self.lex.native.synsets.len() as u32;
        self.synset_ids.insert(name.to_string(), id);
        self.lex.native.synsets.push(set);
        Ok(())
    }

    fn pattern_line(&mut self, line: &str, file: u16, number: usize) -> Result<(), String> {
        let mut fields = line.split_whitespace();
        let code_text = fields.next().ok_or("empty pattern line")?;
        let code = if code_text == "---" {
            None
        } else if demarche_cameo::is_code(code_text) {
            Some(self.lex.code_id(code_text))
        } else {
            return Err(format!("unknown CAMEO event code `{code_text}`"));
        };
        let anchor_text = fields.next().ok_or("a pattern needs an anchor after its code")?;
        let (pos, words) = match anchor_text.split_once(':') {
            Some(("n", w)) => (AnchorPos::Noun, w),
            Some(("a", w)) => (AnchorPos::Adjective, w),
            Some((p, _)) => return Err(format!("unknown anchor prefix `{p}:` (n: nouns, a: adjectives, none for verbs)")),
            None => (AnchorPos::Verb, anchor_text),
        };
        let anchors = parse_terms(words, &mut self.lex.vocab)?;
        let mut pattern = NativePattern {
            code,
            pos,
            anchors,
            roles: Vec::new(),
            flat: Vec::new(),
            role_count: 0,
            neg: false,
            place: false,
            body: false,
            reciprocal: code.is_some_and(|c| crate::model::reciprocal_code(self.lex.code(c))),
            voice: None,
            origin: Origin { file, line: number as u32 },
            text: line.split_whitespace().collect::<Vec<_>>().join(" "),
        };
        // "fought alongside Russian forces" is cooperation, but "the army
        // and the RSF fought" is no one fighting alongside the other: a
        // target in a phrase of being on someone's side is not mutual
        // (unless the pattern says so).
        let (mut side_by_side, mut mutual) = (false, false);
        for field in fields {
            match field {
                "neg" => pattern.neg = true,
                "place" => pattern.place = true,
                "body" => pattern.body = true,
                // "Israel and Hezbollah exchanged fire": coordinated
                // subjects acting on each other when no target is named.
                "mutual" => mutual = true,
                "passive" | "active" => {
                    let v = if field == "passive" { Voice::Passive } else { Voice::Active };
                    if pattern.voice.is_some_and(|x| x != v) {
                        return Err("a pattern cannot be both passive and active".into());
                    }
                    pattern.voice = Some(v);
                }
                _ => {
                    let (path, value) = field.split_once(':').ok_or_else(|| format!("malformed role `{field}` (expected PATH:VALUE, or a flag: neg, mutual, place, passive, active)"))?;
                    side_by_side |= value == "+" && (path.ends_with("alongside") || path.ends_with("beside"));
                    let steps = path.split('.').map(|s| self.step(s)).collect::<Result<Vec<Step>, String>>()?;
                    let value = self.value(value)?;
                    insert_role(&mut pattern.roles, &steps, value).map_err(|m| format!("{m} in `{field}`"))?;
                    pattern.role_count += 1;
                }
            }
        }
        if mutual {
            pattern.reciprocal = true;
        } else if side_by_side {
            pattern.reciprocal = false;
        }
        pattern.flatten();
        let (value_step, value_words) = crate::native::matcher::root_value_filter(&pattern, &self.lex.native.synsets);
        let native = &mut self.lex.native;
        let id = native.patterns.len() as u32;
        let pattern_rank = u32::MAX - pattern.score();
        let (required, target, absent) = crate::native::matcher::root_steps(&pattern);
        for (term, a) in pattern.anchors.iter().enumerate() {
            // Compounds are found from any of their words: the parser may
            // make any of them the head.
            let keys: &[WordId] = if a.kind == TermKind::Compound { &a.words } else { std::slice::from_ref(&a.words[0]) };
            for &k in keys {
                let v = native.by_anchor.entry(k).or_default();
                if v.last() != Some(&id) {
                    v.push(id);
                }
                let term = u16::try_from(term).map_err(|_| "too many anchor alternatives")?;
                // A compound anchor says more than its head word alone
                // ("test-fired missiles" is a test before it is a firing):
                // it counts as one more role.
                let rank = pattern_rank - u32::from(a.kind == TermKind::Compound);
                native.anchor_entries.entry(k).or_default().push(AnchorEntry {
                    rank,
                    pattern: id,
                    term,
                    word: k,
                    single: a.kind == TermKind::Word,
                    pos: pattern.pos,
                    neg: pattern.neg,
                    reciprocal: pattern.reciprocal,
                    voice: pattern.voice,
                    required,
                    target,
                    absent,
                    value_step,
                    value_words,
                });
            }
        }
        collect_phrasal(&pattern.anchors, &pattern.roles, &mut native.phrasal);
        native.patterns.push(pattern);
        Ok(())
    }

    fn step(&mut self, s: &str) -> Result<Step, String> {
        if let Some((_, step)) = RELATIONS.iter().find(|(n, _)| *n == s) {
            return Ok(step.clone());
        }
        let words: Vec<&str> = s.split('_').collect();
        if words.iter().any(|w| w.is_empty()) || !self.prepositions.contains(&words[0]) {
            return Err(format!("unknown relation `{s}` (subj, obj, iobj, xcomp, ccomp, acl, poss, amod, compound, aux, appos, or a preposition)"));
        }
        Ok(Step::Prep(words.iter().map(|w| self.lex.vocab.intern(&w.to_uppercase())).collect()))
    }

    fn value(&mut self, v: &str) -> Result<NativeValue, String> {
        Ok(match v {
            "" => return Err("empty role value".into()),
            "*" => NativeValue::Present,
            "-" => NativeValue::Absent,
            "$" => NativeValue::Source,
            "+" => NativeValue::Target,
            _ if v.starts_with('&') => match self.synset_ids.get(v) {
                Some(&id) => NativeValue::Synset(id),
                None if v.ends_with(['+', '$']) => return Err(format!("`{v}`: a role cannot both constrain and bind (write the slot on another path)")),
                None => return Err(format!("undefined synset {v}")),
            },
            _ => NativeValue::Terms(parse_terms(v, &mut self.lex.vocab)?),
        })
    }
}

/// Adds a role at `steps` to the tree, creating prefix nodes.
fn insert_role(nodes: &mut Vec<RoleNode>, steps: &[Step], value: NativeValue) -> Result<(), String> {
    let (first, rest) = steps.split_first().ok_or("empty path")?;
    let i = match nodes.iter().position(|n| &n.step == first) {
        Some(i) => i,
        None => {
            nodes.push(RoleNode { step: first.clone(), value: NativeValue::Present, written: false, children: Vec::new() });
            nodes.len() - 1
        }
    };
    let node = &mut nodes[i];
    if rest.is_empty() {
        if node.written {
            return Err("path used twice".into());
        }
        node.written = true;
        node.value = value;
        Ok(())
    } else {
        if node.value == NativeValue::Absent {
            return Err("a path goes through a node written as absent".into());
        }
        insert_role(&mut node.children, rest, value)
    }
}

fn collect_phrasal(anchors: &[Term], roles: &[RoleNode], out: &mut demarche_lexicon::compiled::FxHashSet<(WordId, WordId)>) {
    for t in anchors {
        if t.kind == TermKind::Phrasal && t.words.len() >= 2 {
            out.insert((t.words[0], t.words[1]));
        }
    }
    for r in roles {
        if let NativeValue::Terms(ts) = &r.value {
            collect_phrasal(ts, &[], out);
        }
        collect_phrasal(&[], &r.children, out);
    }
}

/// `a|b|c`.
fn parse_terms(text: &str, vocab: &mut Vocabulary) -> Result<Vec<Term>, String> {
    let mut terms = Vec::new();
    for word in text.split('|') {
        let term = parse_term(word, vocab)?;
        let compound = term.kind == TermKind::Compound;
        terms.push(term);
        // The tokenizer keeps some hyphenated words whole ("de-escalation",
        // "co-operation"): a compound also matches that single lemma.
        if compound {
            terms.push(Term { words: vec![vocab.intern(&word.to_uppercase())], kind: TermKind::Word });
        }
    }
    Ok(terms)
}

/// One lemma, phrasal verb (`carry_out`) or compound (`cease-fire`).
fn parse_term(word: &str, vocab: &mut Vocabulary) -> Result<Term, String> {
    if word.is_empty() {
        return Err("empty word in a list of alternatives".into());
    }
    if word.chars().any(|c| c.is_uppercase()) {
        return Err(format!("`{word}`: lemmas are written in lower case"));
    }
    // A currency sign alone is a lemma ("pledged $109 million": the
    // object's head is the sign).
    if matches!(word, "$" | "€" | "£") {
        return Ok(Term { words: vec![vocab.intern(word)], kind: TermKind::Word });
    }
    if let Some(c) = word.chars().find(|&c| !(c.is_alphanumeric() || matches!(c, '-' | '_' | '\'' | '.'))) {
        return Err(format!("`{word}`: unexpected character `{c}` in a lemma"));
    }
    let (kind, sep) = if word.contains('_') {
        (TermKind::Phrasal, '_')
    } else if word.contains('-') && word.len() > 1 {
        (TermKind::Compound, '-')
    } else {
        (TermKind::Word, ' ')
    };
    let parts: Vec<&str> = if kind == TermKind::Word { vec![word] } else { word.split(sep).collect() };
    if parts.iter().any(|p| p.is_empty()) {
        return Err(format!("`{word}`: empty part"));
    }
    // A phrasal verb's parts may themselves be hyphenated words ("take_part"
    // has none in practice); they are matched as written.
    let words = parts.iter().map(|p| vocab.intern(&p.to_uppercase())).collect();
    Ok(Term { words, kind })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn compile(text: &str) -> Result<Lexicon, InputError> {
        let mut lex = Lexicon::default();
        compile_patterns(&mut lex, [("t.txt", text)])?;
        Ok(lex)
    }

    #[test]
    fn role_paths_share_prefixes() {
        let lex = compile("&MEETING = talk|summit\n039 offer xcomp:host xcomp.obj:&MEETING xcomp.obj.amod:+ # comment\n").unwrap();
        let p = &lex.native.patterns[0];
        assert_eq!(p.role_count, 3);
        assert_eq!(p.roles.len(), 1, "one xcomp node");
        let x = &p.roles[0];
        assert_eq!(x.step, Step::Xcomp);
        assert!(matches!(x.value, NativeValue::Terms(_)));
        assert_eq!(x.children.len(), 1);
        assert_eq!(x.children[0].children[0].value, NativeValue::Target);
        assert_eq!(lex.code(p.code.unwrap()), "039");
    }

    #[test]
    fn implicit_prefix_nodes_are_present_and_unwritten() {
        let lex = compile("0256 urge obj:+ for.of.amod:$\n").unwrap();
        let p = &lex.native.patterns[0];
        let f = p.roles.iter().find(|r| matches!(r.step, Step::Prep(_))).unwrap();
        assert!(!f.written);
        assert_eq!(f.value, NativeValue::Present);
        assert!(!f.children[0].written);
        assert!(f.children[0].children[0].written);
    }

    #[test]
    fn hyphenated_values_also_match_the_whole_word() {
        let lex = compile("0256 call for:de-escalation\n").unwrap();
        assert!(lex.vocab.get("DE-ESCALATION").is_some(), "the word kept whole is a term of its own");
        assert!(lex.vocab.get("ESCALATION").is_some(), "and the parts still make a compound");
    }

    #[test]
    fn anchors_terms_and_flags() {
        let lex = compile("--- n:cease-fire|truce with:+\n125 carry_out obj:* neg passive\n040 a:ready|open for:*\n").unwrap();
        let n = &lex.native;
        assert_eq!(n.patterns[0].pos, AnchorPos::Noun);
        assert_eq!(n.patterns[0].code, None);
        assert_eq!(n.patterns[0].anchors[0].kind, TermKind::Compound);
        let fire = lex.vocab.get("FIRE").unwrap();
        assert_eq!(n.by_anchor[&fire], [0], "compounds are indexed by every word");
        assert_eq!(n.by_anchor[&lex.vocab.get("CEASE").unwrap()], [0]);
        let p = &n.patterns[1];
        assert!(p.neg && p.voice == Some(Voice::Passive));
        assert_eq!(p.anchors[0].kind, TermKind::Phrasal);
        let carry = lex.vocab.get("CARRY").unwrap();
        assert!(n.phrasal.contains(&(carry, lex.vocab.get("OUT").unwrap())));
        assert_eq!(n.patterns[2].pos, AnchorPos::Adjective);
        assert_eq!(n.patterns[2].anchors.len(), 2, "the prefix applies to every alternative");
    }

    #[test]
    fn anchor_entries_put_the_best_scores_first_and_know_their_steps() {
        let lex = compile("040 meet obj:+\n040 meet subj:$ obj:+ with:*\n--- meet iobj:- obj:talk|summit\n").unwrap_or_else(|e| panic!("{e}"));
        let meet = lex.vocab.get("MEET").unwrap();
        let entries = &lex.native.anchor_entries[&meet];
        let order: Vec<u32> = entries.iter().map(|e| e.pattern).collect();
        assert_eq!(order, [1, 2, 0], "most roles first, ties in written order");
        let e = &entries[0];
        assert_eq!(e.required & e.target, 0);
        assert_ne!(e.target, 0, "the `+` role is a target step");
        assert_eq!(e.required.count_ones(), 2, "subj and with:");
        let talk = &entries[1];
        assert_ne!(talk.absent, 0, "iobj:- is a step that must be empty");
        assert!(talk.value_step < 64 && talk.value_words.count_ones() <= 2, "obj:talk|summit filters by its two words");
        assert_eq!(entries[2].value_step, 64, "no word constraint");
    }

    #[test]
    fn errors_name_file_and_line() {
        let cases = [
            ("040 meet obj:+\n999 meet obj:+\n", 2, "unknown CAMEO event code"),
            ("040 meet obj:&NOPE\n", 1, "undefined synset"),
            ("040 meet sideways:+\n", 1, "unknown relation"),
            ("040 meet obj\n", 1, "malformed role"),
            ("040 meet obj:+ obj:*\n", 1, "path used twice"),
            ("&A = x\n040 meet obj:&A+\n", 2, "cannot both constrain and bind"),
            ("040 Meet obj:+\n", 1, "lower case"),
            ("040 x:meet obj:+\n", 1, "anchor prefix"),
            ("040\n", 1, "needs an anchor"),
            ("&A = x\n&A = y\n", 2, "defined twice"),
            ("040 meet obj:a||b\n", 1, "empty word"),
        ];
        for (text, line, message) in cases {
            let e = compile(text).err().unwrap_or_else(|| panic!("{text:?} should fail"));
            assert_eq!(e.line, Some(line), "{text:?}: {e}");
            assert!(e.to_string().contains(message), "{text:?}: {e}");
            assert!(e.to_string().starts_with("t.txt:"), "{e}");
        }
    }

    #[test]
    fn synsets_may_be_used_before_their_definition_and_across_files() {
        let mut lex = Lexicon::default();
        compile_patterns(&mut lex, [("a.txt", "0871 call obj:&TRUCE\n"), ("b.txt", "&TRUCE = truce|cease-fire|ceasefire\n")]).unwrap();
        let s = &lex.native.synsets[0];
        assert_eq!(s.words.len(), 2);
        assert_eq!(s.terms.len(), 1);
        assert_eq!(lex.native.files, ["a.txt", "b.txt"]);
    }
}
