//! Compiling PETRARCH/TABARI dictionaries into the pattern model, and
//! loading a dictionary set from files.
//!
//! A PETRARCH pattern `- PRE * POST [code]` becomes a [`Pattern`] whose
//! `before` elements are PRE read outward from the verb and whose `after`
//! elements are POST; bare words match surface forms (PETRARCH does not
//! stem: `RESOLUTION` does not match `resolutions`), `&SYNSETS` match their
//! members (single words also in the plural), `{A B HEAD}` must sit in one
//! noun phrase with HEAD its head noun, `(PREP …)` must start on a
//! preposition, and `$ + ^ %` are actor slots. Verbs match on their listed
//! or generated forms, and on their base form as lemma.

use std::path::{Path, PathBuf};

use demarche_doc::InputError;
use demarche_lexicon::verbs::{ItemKind, PatternItem, TransformVerb};
use demarche_lexicon::{ActorDictionary, AgentDictionary, CodeSpec, DiscardList, ReadOptions, SynsetMember, VerbDictionary, WordId};

use crate::model::{Block, Codes, Element, ElementKind, Lexicon, Origin, Pattern, Slot, Synset, Transform, VerbSense, WordMatch};

impl Lexicon {
    fn codes_of(&mut self, spec: &CodeSpec) -> Codes {
        Codes { forward: spec.forward.as_deref().map(|c| self.code_id(c)), reverse: spec.reverse.as_deref().map(|c| self.code_id(c)) }
    }

    /// Adds a PETRARCH verb dictionary: synsets, verb blocks, patterns and
    /// transformations. A transformation whose verb has no code can never
    /// apply; it is skipped with a warning (returned).
    pub fn add_petrarch_verbs(&mut self, dict: &VerbDictionary, file: &str) -> Vec<InputError> {
        let mut warnings = Vec::new();
        let file_index = self.file_index(file);
        let origin = |line: usize| Origin { file: file_index, line: line as u32 };
        // Synsets: words first, then references to other synsets.
        let base = self.synsets.len() as u32;
        for s in &dict.synsets {
            let mut set = Synset { name: s.name.clone(), ..Synset::default() };
            for m in &s.members {
                if let SynsetMember::Phrase { words, plural, .. } = m {
                    if words.len() == 1 {
                        set.words.insert(self.vocab.intern(&words[0].word));
                        if *plural {
                            set.words.insert(self.vocab.intern(&demarche_lexicon::words::plural(&words[0].word)));
                        }
                    } else {
                        let phrase = words.iter().map(|w| (self.vocab.intern(&w.word), w.glued)).collect();
                        set.phrases.push(phrase);
                    }
                }
            }
            self.synsets.push(set);
        }
        let index_of = |name: &str| dict.synsets.iter().rposition(|s| s.name == name).map(|i| base + i as u32);
        // Nested synsets (`+&TIETYPES`), expanded to a fixed point.
        loop {
            let mut changed = false;
            for (i, s) in dict.synsets.iter().enumerate() {
                for m in &s.members {
                    if let SynsetMember::Synset { name, .. } = m {
                        let Some(j) = index_of(name) else { continue };
                        if j == base + i as u32 {
                            continue;
                        }
                        let (words, phrases) = {
                            let o = &self.synsets[j as usize];
                            (o.words.clone(), o.phrases.clone())
                        };
                        let me = &mut self.synsets[(base + i as u32) as usize];
                        let before = me.words.len() + me.phrases.len();
                        me.words.extend(words);
                        for p in phrases {
                            if !me.phrases.contains(&p) {
                                me.phrases.push(p);
                            }
                        }
                        changed |= me.words.len() + me.phrases.len() != before;
                    }
                }
            }
            if !changed {
                break;
            }
        }
        for b in &dict.blocks {
            let codes = self.codes_of(&b.code);
            let block_id = self.blocks.len() as u32;
            let mut patterns = Vec::with_capacity(b.patterns.len());
            for p in &b.patterns {
                let v = p.items.iter().position(|i| i.kind == ItemKind::Verb).unwrap_or(0);
                let mut before = Vec::with_capacity(v);
                for j in (0..v).rev() {
                    before.push(Element { kind: self.element_kind(&p.items[j], &index_of), glued: p.items[j].glue_after });
                }
                let mut after = Vec::with_capacity(p.items.len() - v);
                for j in v + 1..p.items.len() {
                    after.push(Element { kind: self.element_kind(&p.items[j], &index_of), glued: p.items[j - 1].glue_after });
                }
                let pattern = Pattern {
                    codes: self.codes_of(&p.code),
                    before,
                    after,
                    roles: Vec::new(),
                    voice: None,
                    negated: None,
                    origin: origin(p.line),
                    text: p.text.clone(),
                    required: Default::default(),
                };
                patterns.push(self.patterns.len() as u32);
                self.patterns.push(pattern);
            }
            self.blocks.push(Block { meaning: b.meaning.clone(), codes, patterns, origin: origin(b.line) });
            for v in &b.verbs {
                let base_form = &v.forms[0];
                let sense = VerbSense {
                    before: base_form.before.iter().map(|w| self.vocab.intern(w)).collect(),
                    after: base_form.after.iter().map(|w| self.vocab.intern(w)).collect(),
                    block: block_id,
                    codes: v.code.as_ref().map(|c| self.codes_of(c)),
                    origin: origin(v.line),
                };
                let forms: Vec<WordId> = v.forms.iter().map(|f| self.vocab.intern(&f.verb)).collect();
                let lemma = forms[0];
                self.add_sense(sense, &forms, lemma);
            }
        }
        for t in &dict.transformations {
            let code_of = |verb: &str| dict.find_verb(verb).and_then(|b| b.code.forward.clone());
            let no_code = |v: &str| InputError::at_line(file, t.line, format!("transformation verb {v} has no code; transformation skipped"));
            let Some(outer) = code_of(&t.outer_verb) else {
                warnings.push(no_code(&t.outer_verb));
                continue;
            };
            let inner = match &t.inner_verb {
                TransformVerb::Any => None,
                TransformVerb::Verb(v) => match code_of(v) {
                    Some(c) => Some(c),
                    None => {
                        warnings.push(no_code(v));
                        continue;
                    }
                },
            };
            let transform = Transform {
                outer_source: t.outer_source,
                inner_source: t.inner_source,
                inner_target: t.inner_target,
                inner_code: inner.map(|c| self.code_id(&c)),
                outer_code: self.code_id(&outer),
                result_source: t.result_source,
                result_target: t.result_target,
                result_code: t.result_code.as_deref().map(|c| self.code_id(c)),
                origin: origin(t.line),
            };
            self.transforms.push(transform);
        }
        warnings
    }

    fn element_kind(&mut self, item: &PatternItem, synset: &dyn Fn(&str) -> Option<u32>) -> ElementKind {
        match &item.kind {
            ItemKind::Word(w) => ElementKind::Word(WordMatch::form(self.vocab.intern(w))),
            ItemKind::Synset(name) => match synset(name) {
                Some(i) => ElementKind::Synset(i),
                // PETRARCH keeps an undefined synset as a literal word.
                None => ElementKind::Word(WordMatch::form(self.vocab.intern(&format!("&{name}")))),
            },
            ItemKind::Source => ElementKind::Slot(Slot::Source),
            ItemKind::Target => ElementKind::Slot(Slot::Target),
            ItemKind::Skip => ElementKind::Slot(Slot::Skip),
            ItemKind::Compound => ElementKind::Slot(Slot::Compound),
            ItemKind::NounPhrase(sub) | ItemKind::PrepPhrase(sub) => {
                let mut elements = Vec::with_capacity(sub.len());
                for (j, s) in sub.iter().enumerate() {
                    let glued = j > 0 && sub[j - 1].glue_after;
                    elements.push(Element { kind: self.element_kind(s, synset), glued });
                }
                if matches!(item.kind, ItemKind::NounPhrase(_)) {
                    ElementKind::NounPhrase(elements)
                } else {
                    ElementKind::PrepPhrase(elements)
                }
            }
            ItemKind::Verb => ElementKind::Word(WordMatch::default()),
        }
    }

    pub fn add_actors(&mut self, dict: &ActorDictionary, file: &str) {
        self.actors.add(dict, file, &mut self.vocab);
    }

    pub fn add_agents(&mut self, dict: &AgentDictionary, file: &str) {
        self.agents.add(dict, file, &mut self.vocab);
    }

    pub fn add_discards(&mut self, list: &DiscardList) {
        self.discards.add(list, &mut self.vocab);
    }
}

/// How a validation record's coded events compare with the expected ones.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// The same set of events (nothing coded where nothing is expected).
    Right,
    /// Some events in common.
    Partial,
    Wrong,
}

/// Compares expected and coded events (as sets).
pub fn verdict<T: PartialEq>(expected: &[T], coded: &[T]) -> Verdict {
    let same = expected.iter().all(|e| coded.contains(e)) && coded.iter().all(|c| expected.contains(c));
    if same {
        Verdict::Right
    } else if coded.iter().any(|c| expected.contains(c)) {
        Verdict::Partial
    } else {
        Verdict::Wrong
    }
}

/// The dictionary files of a PETRARCH set.
#[derive(Clone, Debug, Default)]
pub struct DictionaryPaths {
    pub verbs: Option<PathBuf>,
    pub actors: Vec<PathBuf>,
    pub agents: Option<PathBuf>,
    pub discards: Option<PathBuf>,
}

fn read_file(path: &Path) -> Result<String, InputError> {
    let bytes = std::fs::read(path).map_err(|e| InputError::in_file(path, format!("cannot read: {e}")))?;
    // Dictionaries are mostly ASCII; a stray Latin-1 byte is not worth failing on.
    Ok(match String::from_utf8(bytes) {
        Ok(s) => s,
        Err(e) => e.into_bytes().iter().map(|&b| b as char).collect(),
    })
}

/// Reads and compiles a PETRARCH dictionary set. Returns the lexicon and
/// the warnings (every skipped line in lenient mode).
pub fn load_petrarch(paths: &DictionaryPaths, options: ReadOptions) -> Result<(Lexicon, Vec<InputError>), InputError> {
    let mut lex = Lexicon::default();
    let mut warnings = Vec::new();
    if let Some(p) = &paths.verbs {
        let name = p.display().to_string();
        let (d, w) = VerbDictionary::read(&read_file(p)?, &name, options)?;
        warnings.extend(w);
        warnings.extend(lex.add_petrarch_verbs(&d, &name));
    }
    for p in &paths.actors {
        let name = p.display().to_string();
        let (d, w) = ActorDictionary::read(&read_file(p)?, &name, options)?;
        warnings.extend(w);
        lex.actors.add_owned(d, &name, &mut lex.vocab);
    }
    if let Some(p) = &paths.agents {
        let name = p.display().to_string();
        let (d, w) = AgentDictionary::read(&read_file(p)?, &name, options)?;
        warnings.extend(w);
        lex.add_agents(&d, &name);
    }
    if let Some(p) = &paths.discards {
        let name = p.display().to_string();
        let (d, w) = DiscardList::read(&read_file(p)?, &name, options)?;
        warnings.extend(w);
        lex.add_discards(&d);
    }
    Ok((lex, warnings))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lexicon(verbs: &str) -> Lexicon {
        let (d, _) = VerbDictionary::read(verbs, "v.txt", ReadOptions::default()).unwrap();
        let mut lex = Lexicon::default();
        assert!(lex.add_petrarch_verbs(&d, "v.txt").is_empty());
        lex
    }

    #[test]
    fn verdicts() {
        assert_eq!(verdict::<u8>(&[], &[]), Verdict::Right);
        assert_eq!(verdict(&[1, 2], &[2, 1]), Verdict::Right);
        assert_eq!(verdict(&[1, 2], &[1]), Verdict::Partial);
        assert_eq!(verdict(&[1], &[1, 3]), Verdict::Partial);
        assert_eq!(verdict(&[1], &[]), Verdict::Wrong);
        assert_eq!(verdict(&[], &[1]), Verdict::Wrong);
    }

    #[test]
    fn patterns_split_at_the_verb_with_glue() {
        let lex = lexicon("--- ACK [023] ---\nACK\n- SO IN_AND_*_OUT_AGAIN NOW [074]\n");
        let p = &lex.patterns[0];
        let words: Vec<(&str, bool)> = p
            .before
            .iter()
            .map(|e| match &e.kind {
                ElementKind::Word(w) => (lex.vocab.word(w.forms[0]), e.glued),
                _ => panic!(),
            })
            .collect();
        assert_eq!(words, [("AND", true), ("IN", true), ("SO", false)]);
        let after: Vec<bool> = p.after.iter().map(|e| e.glued).collect();
        assert_eq!(after, [true, true, false]);
        assert_eq!(lex.code(p.codes.forward.unwrap()), "074");
    }

    #[test]
    fn synsets_expand_plurals_and_nesting() {
        let lex = lexicon("&TIE\n+ECONOMIC_\n+TIE\n&ACC\n+&TIE\n+CLOSER\n--- A [01] ---\nA\n- * &ACC [02]\n");
        let acc = &lex.synsets[1];
        for w in ["ECONOMIC", "TIE", "TIES", "CLOSER", "CLOSERS"] {
            assert!(acc.words.contains(&lex.vocab.get(w).unwrap()), "{w}");
        }
        assert!(lex.vocab.get("ECONOMICS").is_none());
    }

    #[test]
    fn verbs_are_indexed_by_forms_and_lemma() {
        let lex = lexicon("--- DEPART [032] ---\nDEPART\n+BREAK_DOWN {+BROKE_DOWN}\n");
        let departed = lex.vocab.get("DEPARTED").unwrap();
        assert_eq!(lex.by_form[&departed].len(), 1);
        assert_eq!(lex.verb_lemma[&departed], lex.vocab.get("DEPART").unwrap());
        let broke = lex.vocab.get("BROKE").unwrap();
        let s = &lex.senses[lex.by_form[&broke][0] as usize];
        assert_eq!(s.after, [lex.vocab.get("DOWN").unwrap()]);
    }

    #[test]
    fn transformations_resolve_verb_codes() {
        let lex = lexicon("--- SAY [010] ---\nSAY\n--- ATTACK [190] ---\nATTACK\n~ a (b . ATTACK) SAY = a b 112\n");
        let t = &lex.transforms[0];
        assert_eq!(lex.code(t.outer_code), "010");
        assert_eq!(lex.code(t.inner_code.unwrap()), "190");
        assert_eq!(lex.code(t.result_code.unwrap()), "112");
    }
}
