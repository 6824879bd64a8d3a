//! Coding real news: a parsed document in, dated, actor-resolved events out.
//!
//! For each sentence: find the actor names and agents ([`ActorIndex`]),
//! match the native patterns ([`match_sentence`]), keep the anchors that
//! report facts ([`Factuality`]), find each event's source (a `$` role, else
//! the default rules of PATTERNS.md) and target (a `+` role), resolve those
//! phrases to actor codes valid on the event date — names, titles before
//! names, appositions, possessives, agents, and for pronouns and definite
//! descriptions an earlier compatible actor of the document — and date the
//! event by the time expression governing its clause.

use std::borrow::Cow;
use std::collections::HashMap;

use chrono::NaiveDate;
use demarche_doc::{Document, InputError, Sentence};
use demarche_knowledge::{ActorKind, Attach, Category, Knowledge};
use demarche_lexicon::compiled::FxHashMap;

use crate::deps::{Rel, Tag};
use crate::model::{AnchorPos, Lexicon, NativeValue};
use crate::native::actors::{ActorIndex, Mention, MentionKind};
use crate::native::compile_patterns;
use crate::native::matcher::{copular_subject, is_negated, is_quantity_noun, match_sentence, subject_of, AnchorMatch};
use crate::native::rules::{Kind, Rules};
use crate::native::tree::{is_speech_act, Tree, NONE};
use crate::{Event, Explanation};

/// demarche's own coder: built-in (or user) knowledge and native patterns.
#[derive(Debug)]
pub struct NewsCoder {
    /// Vocabulary and compiled native patterns.
    pub lexicon: Lexicon,
    pub actors: ActorIndex,
    rules: Rules,
    /// The pattern vocabulary's ids of the place nouns, folded once here
    /// rather than per question (see `is_place_noun`).
    place_noun_ids: Vec<u32>,
}

/// Options of a coding run.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct NewsOptions {
    /// Fill each event's [`Explanation`].
    pub explain: bool,
}

/// Codes that need two parties: consultation (04), diplomatic cooperation
/// with a partner (053–057: recognition, apology, forgiveness, signing),
/// material cooperation (06), aid (07, a place found for it serves as
/// target) and reducing relations (16). No actor target, no event: "helped
/// broker the agreement", "was training the group" and "suspended its
/// participation in the deal" name no partner. Statements, appeals,
/// intents, approval of a thing ("welcomed the ceasefire"), disapproval,
/// rejections, threats, protests and force may be one-sided.
fn needs_two_parties(code: &str) -> bool {
    ["04", "053", "054", "055", "056", "057", "06", "07", "16"].iter().any(|r| code.starts_with(r))
}

/// Whether the organisation named at `top` is where a diplomat is posted
/// ("Sudan's *U.N.* envoy"): a compound of a posting noun that also has a
/// possessive or adjective naming an actor.
fn posted_to(tree: &Tree<'_>, ctx: &Ctx<'_, '_>, top: u32) -> bool {
    const POSTS: [&str; 8] = ["envoy", "ambassador", "representative", "delegate", "delegation", "mission", "emissary", "diplomat"];
    let h = tree.head[top as usize];
    tree.rel[top as usize] == Rel::Compound
        && h != NONE
        && POSTS.iter().any(|w| tree.lemma_is(h, w))
        && tree.kids(h).iter().any(|&k| k != top && matches!(tree.rel[k as usize], Rel::NmodPoss | Rel::Amod) && ctx.mention_at[k as usize] != NONE)
}

/// Codes of material acts whose place can stand for their target (aid,
/// force posture, coercion, assault, fighting, mass violence, and troops
/// pulled back from a place: "withdrew from positions in southern Lebanon").
fn locative_code(code: &str) -> bool {
    ["07", "15", "17", "18", "19", "20", "0874"].iter().any(|r| code.starts_with(r))
}

/// How well a name in a phrase stands for it: (not a person, depth below
/// the phrase head, kind rank, position); lowest wins.
type NameRank = (u8, u16, u8, u32);

/// The note on a bare sector noun resolved to the story's country.
/// Titles before a surname that leave it bare ("Mr Morrison").
const HONORIFICS: [&str; 8] = ["mr", "mrs", "ms", "dr", "sir", "dame", "lord", "lady"];

const HOME_NOTE: &str = " (the story's country)";

/// How a phrase's actor was found.
#[derive(Clone, Debug, PartialEq)]
enum Via {
    /// A knowledge entry (actor index, and the index of the name matched
    /// if known), written out as `file:line: name (matched name)` only
    /// when an explanation is asked for.
    Entry { actor: u32, name: Option<u32> },
    /// An earlier mention of the document (coreference).
    Earlier(String),
}

/// "Bashagha accused Dbeibah of clinging to power", "Makuei accused
/// Machar of inciting the militia": two different people named in the
/// knowledge base may share a code (rival leaders of one state, members
/// of one government) and still act on each other; a code alone repeated
/// on both sides is one actor talking about itself.
fn two_named_people(s: &Resolved, t: &Resolved) -> bool {
    match (&s.via, &t.via) {
        (Via::Entry { actor: a, .. }, Via::Entry { actor: b, .. }) => a != b && s.kind == Kind::Person && t.kind == Kind::Person,
        _ => false,
    }
}

/// Whether two actor spans are different names: both capitalised and
/// sharing no word ("Abdalla Hamdok", "Abdel Fattah al-Burhan"), so not one
/// actor named with and without its title.
fn named_apart(a: &str, b: &str) -> bool {
    let capitalised = |x: &str| x.chars().next().is_some_and(char::is_uppercase);
    capitalised(a) && capitalised(b) && !a.split_whitespace().any(|w| b.split_whitespace().any(|v| v.eq_ignore_ascii_case(w)))
}

/// One actor a phrase stands for.
#[derive(Clone, Debug, PartialEq)]
struct Resolved {
    code: String,
    text: String,
    via: Via,
    kind: Kind,
    /// Head token of the phrase (for "same phrase" checks).
    head: u32,
}

/// An actor mentioned in the document, for coreference.
#[derive(Clone, Debug)]
struct Entry {
    code: String,
    /// The knowledge entry it was named by, if by name.
    actor: Option<u32>,
    kind: Kind,
    plural: bool,
    subject: bool,
    /// Named as a military or a junta ("Myanmar's military rulers", "the
    /// coup leaders", an army chief): what a later "the junta" refers to.
    military: bool,
    sentence: usize,
    position: u32,
}

/// Words that name a government as military ("the junta", "Niger's
/// military rulers", "the coup leaders").
const MILITARY_WORDS: [&str; 5] = ["military", "junta", "army", "coup", "soldier"];

/// Whether the mention at `t` (or the noun it is the possessor of) names
/// its actor as military.
fn military_mention(tree: &Tree<'_>, t: u32) -> bool {
    let ti = t as usize;
    let h = if tree.rel[ti] == Rel::NmodPoss && tree.head[ti] != NONE { tree.head[ti] } else { t };
    let military = |k: u32| MILITARY_WORDS.iter().any(|w| tree.lemmas[k as usize].eq_ignore_ascii_case(w));
    military(t) || military(h) || tree.kids(h).iter().any(|&k| matches!(tree.rel[k as usize], Rel::Amod | Rel::Compound) && military(k))
}

/// Document-level state.
#[derive(Default)]
struct DocState {
    memory: Vec<Entry>,
    /// Names the knowledge base does not know, learnt from their titles and
    /// appositions ("Khalil al-Hayya, the deputy head of Hamas").
    aliases: FxHashMap<String, String>,
    /// Last words of unknown full names of the document ("Mark Johnson,
    /// an analyst"): such a surname alone later is that person, not an
    /// office holder who shares it.
    unknown_surnames: Vec<String>,
    /// The last actor that proposed something (code, text), for "rejected
    /// the proposal" in a later sentence.
    proposer: Option<(String, String)>,
    /// (source, target) of the document's interactions between two sides
    /// (talks, agreements, threats, force), oldest first, for "both sides"
    /// and "the parties" later.
    sides: Vec<(String, String)>,
    /// (source, target) of the document's criticism and accusations (CAMEO
    /// 11), for "rejected the accusation" later.
    accusations: Vec<(String, String)>,
    /// Sources of the document's demands and requests (CAMEO 02, 10), for
    /// "rejected those demands", "refused the request" later.
    demanders: Vec<String>,
    /// (source, target) of the document's signed agreements (CAMEO 057),
    /// for "rejected the memorandum", "welcomed the deal" later.
    agreements: Vec<(String, String)>,
    /// (CAMEO root, source) of the document's shows of force, force and
    /// coercion (15, 17–20) with or without a target, for "condemned the
    /// launch", "opposed the decree" later.
    acts: Vec<(String, String)>,
    /// Courts that were the source of an event (an order, a ruling), for
    /// "rejected the ruling" later.
    courts: Vec<String>,
    /// Sources of the document's visits (CAMEO 042), for "welcomed the
    /// mission", "condemned the visit" later.
    visitors: Vec<String>,
    /// Sources of the document's decided acts (cutting ties, expelling,
    /// withdrawing, aiding, sanctioning, force …), for "called the
    /// decision disproportionate", "welcomed the move" later.
    deciders: Vec<String>,
    /// Where the current sentence's entries of `sides` begin.
    sentence_sides: usize,
    /// Organisations and groups named so far (knowledge entry, code, kind),
    /// latest last, for "the agency" of "the UN agency for refugees" however
    /// far back.
    named_orgs: Vec<(u32, String, Kind)>,
    /// (source, target) of the document's demands, disapproval, threats
    /// and force (CAMEO 10–20): "its ally" is none of the source's
    /// opponents.
    opposed: Vec<(String, String)>,
    /// (source, target) of the document's use of force (CAMEO 18–20), for
    /// "the warring parties" later.
    fought: Vec<(String, String)>,
    /// Actors of earlier sentences that were coordinated or subject and
    /// object of one verb, for "the two countries" later.
    pairs: Vec<(Entry, Entry)>,
    /// How often the document has named each state so far (its first
    /// three letters), for the story's country of a bare "Police".
    states: Vec<(String, usize)>,
    /// The two officials "both leaders" / "the two leaders" last resolved
    /// to, and the sentence: a repeated counted description means the same
    /// two ("spoke to both leaders …. Trump said he had called the two
    /// leaders"), not a mediator just named.
    counted: std::cell::RefCell<Option<(String, String, usize)>>,
}

impl DocState {
    /// Whether the story has set `a` and `b` against each other, either
    /// way, comparing their first three letters (a state or a group with
    /// all its sectors).
    fn were_opposed(&self, a: &str, b: &str) -> bool {
        let root = |c: &str| c.get(..3).unwrap_or(c).to_string();
        let (a, b) = (root(a), root(b));
        self.opposed.iter().any(|(x, y)| (root(x) == a && root(y) == b) || (root(x) == b && root(y) == a))
    }
}

/// Codes whose source and target are the two sides of something, which
/// "both sides" and "the parties" later refer to: negotiation, signing,
/// material cooperation, yielding, threats, force and reduced relations
/// (not speech about another actor, nor a third party's meeting with one
/// side).
fn sides_code(code: &str) -> bool {
    ["046", "057", "06", "08", "13", "15", "16", "17", "18", "19", "20"].iter().any(|p| code.starts_with(p))
}

/// What [`NewsCoder::conditional_warning`] finds in "warned that X would
/// … if Y …".
struct ConditionalWarning {
    code: &'static str,
    subject: Option<u32>,
    object: Option<u32>,
    condition: u32,
}

/// Per-sentence context.
struct Ctx<'c, 's> {
    tree: &'c Tree<'s>,
    text: &'s str,
    mentions: &'c [Mention],
    /// Mention index per token.
    mention_at: Vec<u32>,
    date: Option<NaiveDate>,
    sentence: usize,
    /// Actors mentioned so far in this sentence.
    local: Vec<Entry>,
    /// Codes a reference may not resolve to (the other side of the event).
    exclude: std::cell::RefCell<Vec<String>>,
    /// Whether the event being resolved is one of force (18–20).
    force: std::cell::Cell<bool>,
}

/// Empties an event's excluded side when dropped: every way out of
/// `events_of` once the side is set leaves the next event a clean slate
/// (a return that forgot to clear it once cost a quotation its speaker).
struct ExcludeReset<'a>(&'a std::cell::RefCell<Vec<String>>);

impl Drop for ExcludeReset<'_> {
    fn drop(&mut self) {
        self.0.borrow_mut().clear();
    }
}

impl Ctx<'_, '_> {
    /// Whether token `x` is part of an actor's name (not of a description
    /// such as "the ministry"; narrower than `NewsCoder::names_actor`).
    fn actor_name_at(&self, x: u32) -> bool {
        let m = self.mention_at[x as usize];
        m != NONE && matches!(self.mentions[m as usize].kind, MentionKind::Actor(_))
    }
}

impl NewsCoder {
    /// The built-in knowledge base and patterns.
    pub fn builtin() -> NewsCoder {
        // Both are checked by the tests, so a failure is a build defect.
        NewsCoder::new(Cow::Borrowed(Knowledge::builtin()), Knowledge::builtin_pattern_files().iter().copied()).unwrap_or_else(|e| panic!("built-in patterns: {e}"))
    }

    /// A coder over a knowledge base and pattern files (`(name, text)` in
    /// tie order).
    pub fn new<'a>(kb: Cow<'static, Knowledge>, patterns: impl IntoIterator<Item = (&'a str, &'a str)>) -> Result<NewsCoder, InputError> {
        let mut lexicon = Lexicon::default();
        compile_patterns(&mut lexicon, patterns)?;
        let rules = Rules::builtin();
        let place_noun_ids = rules.place_nouns().iter().filter_map(|w| lexicon.vocab.get_folded(w)).collect();
        Ok(NewsCoder { lexicon, actors: ActorIndex::new(kb), rules, place_noun_ids })
    }

    /// The built-in knowledge and patterns with a user dictionary directory
    /// laid over them (`DIR/*.txt` knowledge, `DIR/patterns/*.txt` patterns).
    pub fn with_dictionary(dir: &std::path::Path) -> Result<NewsCoder, InputError> {
        let kb = Knowledge::load_dir(dir)?;
        let user = Knowledge::pattern_files_in(dir)?;
        let files = Knowledge::builtin_pattern_files().iter().copied().chain(user.iter().map(|(p, t)| (p.as_str(), t.as_str())));
        NewsCoder::new(Cow::Owned(kb), files)
    }

    pub fn knowledge(&self) -> &Knowledge {
        &self.actors.kb
    }

    /// Codes a document whose sentences are parsed (our parser's tokens with
    /// heads). Sentences without a parse are skipped.
    pub fn code_document(&self, doc: &Document, options: &NewsOptions) -> Vec<Event> {
        let mut state = DocState::default();
        let mut events = Vec::new();
        for (i, sentence) in doc.sentences.iter().enumerate() {
            if !sentence.is_parsed() {
                continue;
            }
            let date = sentence.date.or(doc.date);
            let para = |j: Option<usize>| j.and_then(|j| doc.sentences.get(j)).map(|x| x.paragraph);
            // The first paragraph is a headline or the lead, and a lone
            // sentence a headline or a quoted report: never a caption.
            let first = para(Some(0)) == Some(sentence.paragraph);
            let alone = !first && para(i.checked_sub(1)) != Some(sentence.paragraph) && para(Some(i + 1)) != Some(sentence.paragraph);
            self.code_sentence(&doc.id, i, sentence, date, alone, options, &mut state, &mut events);
        }
        events
    }

    #[allow(clippy::too_many_arguments)]
    fn code_sentence(&self, doc: &str, index: usize, sentence: &Sentence, date: Option<NaiveDate>, alone: bool, options: &NewsOptions, state: &mut DocState, out: &mut Vec<Event>) {
        let tree = Tree::new(&self.lexicon, sentence);
        let text = sentence.text.as_str();
        let mentions = self.actors.mentions(&tree, text);
        let mut mention_at = vec![NONE; tree.len()];
        for (i, m) in mentions.iter().enumerate() {
            for t in m.first..=m.last {
                mention_at[t as usize] = i as u32;
            }
        }
        let mut ctx = Ctx { tree: &tree, text, mentions: &mentions, mention_at, date, sentence: index, local: Vec::new(), exclude: Default::default(), force: Default::default() };
        state.sentence_sides = state.sides.len();
        for t in 1..tree.len() {
            let unknown_name_word = |t: usize| tree.tag[t] == Tag::NNP && ctx.mention_at[t] == NONE;
            if unknown_name_word(t) && unknown_name_word(t - 1) && !HONORIFICS.iter().any(|h| tree.forms[t - 1].trim_end_matches('.').eq_ignore_ascii_case(h)) {
                let word = tree.forms[t].to_lowercase();
                if !state.unknown_surnames.contains(&word) {
                    state.unknown_surnames.push(word);
                }
            }
        }
        let dateline = is_dateline(&tree, text);
        self.remember_sentence(&mut ctx, state, dateline);
        // A dateline reports nothing (its place is not the story's state
        // either: "WASHINGTON (Reuters) -" opens stories about Brazil).
        if index <= 2 && dateline {
            return;
        }
        let question = text.trim_end_matches(['"', '\'', '”', '’', ')', ' ']).ends_with('?');
        if !(question || (alone && caption_like(&tree, text))) {
            let matches = match_sentence(&self.lexicon.native, &tree);
            // Found only when an event needs them: most sentences with a
            // pattern match still code nothing.
            let dates = std::cell::OnceCell::new();
            let dates = Dates { cell: &dates, tree: &tree, text, date };
            let bound: Vec<u32> = matches.matches.iter().flat_map(|m| m.source.into_iter().chain(m.target)).collect();
            let first = out.len();
            for m in &matches.matches {
                self.events_of(&mut ctx, state, m, &bound, &dates, doc, sentence, options, out);
            }
            // One event per (source, target, code) in a sentence.
            let mut seen: Vec<(String, String, String)> = Vec::new();
            let mut i = first;
            while i < out.len() {
                let key = (out[i].source.clone(), out[i].target.clone(), out[i].code.clone());
                if seen.contains(&key) {
                    out.remove(i);
                } else {
                    seen.push(key);
                    i += 1;
                }
            }
            // "Congolese Foreign Minister Wagner and her Rwandan counterpart
            // Nduhungirehe signed": a title split from its name gives one
            // actor twice; an actor does not meet or sign with itself ("COD"
            // with "CODGOV"; a government acting on its own country by
            // force or aid is another matter), and the same act between the
            // same two actors is kept once, most specific ("CODGOV" →
            // "RWAGOV" over "COD" → "RWA").
            // (Only a state's own sectors refine it: rebels or civilians of a
            // country are other actors than the country.)
            let refines = |a: &str, b: &str| a.strip_prefix(b).is_some_and(|rest| rest.is_empty() || (b.len() == 3 && STATE_ORGANS.iter().any(|s| rest.starts_with(s))));
            let partners = |code: &str| ["04", "053", "054", "055", "056", "057", "06"].iter().any(|r| code.starts_with(r));
            let mut i = first;
            while i < out.len() {
                let e = &out[i];
                // (Two people who share a code, named apart, are two actors:
                // "Hamdok and Burhan signed an agreement".)
                let two_names = e.source == e.target && named_apart(&e.source_text, &e.target_text);
                let itself = partners(&e.code) && !e.target.is_empty() && (refines(&e.source, &e.target) || refines(&e.target, &e.source)) && !two_names;
                let finer = out[first..].iter().any(|f| f.code == e.code && (f.source != e.source || f.target != e.target) && refines(&f.source, &e.source) && !e.target.is_empty() && refines(&f.target, &e.target));
                if itself || finer {
                    out.remove(i);
                } else {
                    i += 1;
                }
            }
            // "Israeli air strikes killed 30 people in Rafah": one act of
            // force named by a noun and by a verb (or by a verb and its
            // participle: "struck Kyiv, killing three people") is one event
            // of a root between one source (a state or its forces) and one
            // target country: the one with a target, then the most specific
            // code, is kept. (Other roots are other acts: "killed the leader
            // … and invaded".)
            let same_target = |a: &str, b: &str| a.is_empty() || (b.len() >= 3 && a.starts_with(&b[..3]) && (a.starts_with(b) || b.starts_with(a)));
            let better = |f: &Event, e: &Event| (!f.target.is_empty(), !f.code.ends_with('0') || f.code.len() > 3) > (!e.target.is_empty(), !e.code.ends_with('0') || e.code.len() > 3);
            let mut i = first;
            while i < out.len() {
                let e = &out[i];
                let twin = force(&e.code)
                    && out[first..].iter().enumerate().any(|(j, f)| {
                        first + j != i && (f.source == e.source || refines(&f.source, &e.source) || refines(&e.source, &f.source)) && f.date == e.date && f.code[..2] == e.code[..2] && same_target(&e.target, &f.target) && (better(f, e) || (!better(e, f) && first + j < i))
                    });
                if twin {
                    out.remove(i);
                } else {
                    i += 1;
                }
            }
            // "Brazil issued a joint statement urging …": the bare statement
            // is only the vehicle of the act its source also performs in the
            // sentence (an appeal, a criticism), not an event of its own.
            let acts = |src: &str, out: &[Event]| out[first..].iter().any(|e| e.source == src && !e.code.starts_with("01"));
            let mut i = first;
            while i < out.len() {
                if out[i].code == "010" && out[i].target.is_empty() && acts(&out[i].source, out) {
                    out.remove(i);
                } else {
                    i += 1;
                }
            }
        }
        for (i, a) in ctx.local.iter().enumerate() {
            for b in &ctx.local[i + 1..] {
                if a.position != b.position && linked_pair(&tree, a.position.min(b.position), a.position.max(b.position)) && different_sides(&self.actors.kb, &a.code, &b.code) {
                    state.pairs.push((a.clone(), b.clone()));
                }
            }
        }
        for (i, e) in ctx.local.iter().enumerate() {
            // (People of a sentence who share a code, "Rubio, Bessent and
            // Lutnick", name their state once.)
            let listed_before = e.kind == Kind::Person && ctx.local[..i].iter().any(|x| x.kind == Kind::Person && x.code == e.code && x.position != e.position);
            if listed_before {
                continue;
            }
            if let Some(head) = state_head(&self.actors.kb, &e.code) {
                tally(&mut state.states, head.to_string());
                if place_of_events(&tree, e.position) {
                    tally(&mut state.states, head.to_string());
                }
            }
        }
        for e in &ctx.local {
            if let Some(a) = e.actor.filter(|_| matches!(e.kind, Kind::Igo | Kind::Org | Kind::Group)) {
                state.named_orgs.retain(|(x, _, _)| *x != a);
                state.named_orgs.push((a, e.code.clone(), e.kind));
            }
        }
        // "He travelled to Israel, met Netanyahu …. He has met Musk": a
        // main clause's subject "he" or "she" is remembered as the person
        // it refers to, so the next sentence's "he" continues with that
        // subject, not with the person the pronoun's clause named as its
        // object.
        if let Some(p) = main_subject_pronoun(&tree).filter(|&p| !ctx.local.iter().any(|e| e.position == p)) {
            ctx.exclude.borrow_mut().clear();
            if let Some(r) = self.pronoun(&ctx, state, p).filter(|r| r.kind == Kind::Person) {
                ctx.local.push(Entry { code: r.code, actor: None, kind: Kind::Person, plural: false, subject: true, military: false, sentence: ctx.sentence, position: p });
            }
        }
        state.memory.extend(ctx.local);
        // Keep the memory short: only recent sentences are referred to.
        let keep_from = index.saturating_sub(6);
        state.memory.retain(|e| e.sentence >= keep_from);
        state.pairs.retain(|(a, _)| a.sentence >= keep_from);
    }

    /// Records the actors the sentence's noun phrases name (for pronouns
    /// and descriptions later in this sentence and the next ones).
    /// A `dateline` ("YANGON, April 3 (AFP) -") names where the story was
    /// filed, and its agency is no actor of the story: "state television
    /// said" or "its airspace" after it is not the agency's.
    fn remember_sentence(&self, ctx: &mut Ctx<'_, '_>, state: &mut DocState, dateline: bool) {
        let tree = ctx.tree;
        for t in 0..tree.len() as u32 {
            let ti = t as usize;
            let nominal = tree.tag[ti].is_noun() || (tree.tag[ti].is_adjective() && ctx.mention_at[ti] != NONE);
            if !nominal || matches!(tree.rel[ti], Rel::Compound | Rel::Flat | Rel::NmodDesc | Rel::Amod | Rel::Det | Rel::Fixed | Rel::Case | Rel::Nummod) {
                continue;
            }
            // "The al Qaeda-linked group al Shabaab said …. It accused …":
            // the backer in a hyphenated modifier is no antecedent.
            if backer_of(tree, t) {
                continue;
            }
            // Without coreference a phrase stands for an actor only through
            // a name inside it (in its subtree) or as a capitalised half of
            // a divided state ("the South"): other nominals are passed over.
            let may_name = ctx.mentions.iter().any(|m| tree.dominates(t, m.first)) || tree.forms[ti].starts_with(|ch: char| ch.is_ascii_uppercase());
            let mut found = if may_name { self.resolve_single(ctx, state, t, false) } else { Vec::new() };
            // "fighting between the army and the RSF": a description
            // coordinated with a name is resolved now too, so the pair can
            // be "both sides" later.
            let name_at = |x: u32| ctx.actor_name_at(x);
            let named_conjunct = (tree.rel[ti] == Rel::Conj && tree.head[ti] != NONE && name_at(tree.head[ti])) || tree.kids_with(t, Rel::Conj).any(name_at);
            let coordinated_with_name = !name_at(t) && named_conjunct;
            if found.is_empty() && tree.tag[ti].is_noun() && (matches!(tree.rel[ti], Rel::Nsubj | Rel::NsubjPass) || coordinated_with_name) {
                // "The army said it had sent troops": a subject description
                // is resolved now, so the pronouns after it can refer to it.
                // "the army and the RSF", "the government and the ELN": a
                // state body coordinated with a name of one country is that
                // country's, whichever state was named last (and nothing
                // else is resolved so).
                if coordinated_with_name {
                    found = Vec::new();
                    let kb = &*self.actors.kb;
                    let article = tree.has_det(t, "the");
                    let body = self.agent_at(ctx, t).filter(|&a| {
                        let a = &kb.agents()[a as usize];
                        a.attach == Attach::Suffix && matches!(a.code.as_str(), "GOV" | "MIL" | "COP" | "SPY")
                    });
                    let conjunct = if tree.rel[ti] == Rel::Conj { Some(tree.head[ti]) } else { tree.kids_with(t, Rel::Conj).find(|&k| name_at(k)) };
                    if let (Some(agent), Some(k), true) = (body, conjunct, article) {
                        let country = self.resolve_single(ctx, state, k, false).into_iter().find_map(|r| country_of(kb, &r.code).map(str::to_string));
                        if let Some(country) = country {
                            let code = self.apply_agent(agent, &country);
                            found = vec![Resolved { via: Via::Earlier(format!("{} → {code} (its conjunct's country)", tree.forms[ti])), code, text: tree.forms[ti].to_string(), kind: Kind::Org, head: t }];
                        }
                    }
                } else {
                    found = self.resolve_single(ctx, state, t, true);
                }
                // A bare sector noun is remembered as the story's own only
                // when it acts ("Protesters hurled stones … they"), not when
                // acted on ("33 hostages are to be released").
                if tree.rel[ti] != Rel::Nsubj && !coordinated_with_name {
                    found.retain(|r| !placed_in_story_state(r));
                }
            }
            // "Ishiba praised Lee and said he hoped to meet him": a bare
            // surname of a person the story named in full is that person
            // wherever it stands (not only as a subject), so a later "him"
            // or "her" can refer to it.
            if found.is_empty() && tree.tag[ti] == Tag::NNP && !tree.kids(t).iter().any(|&k| tree.rel[k as usize] == Rel::Det) && state.aliases.contains_key(&tree.forms[ti].to_lowercase()) {
                found = self.resolve_single(ctx, state, t, true);
            }
            if dateline {
                found.retain(|r| !r.code.ends_with("MED"));
            }
            for r in found {
                let plural = matches!(tree.tag[ti], Tag::NNS | Tag::NNPS);
                // "Mali, Burkina Faso and Niger recalled …": the conjuncts of
                // a subject are subjects too.
                let mut top = ti;
                while tree.rel[top] == Rel::Conj && tree.head[top] != NONE {
                    top = tree.head[top] as usize;
                }
                let subject = matches!(tree.rel[top], Rel::Nsubj | Rel::NsubjPass);
                let actor = match r.via {
                    Via::Entry { actor, .. } => Some(actor),
                    Via::Earlier(_) => None,
                };
                let military = r.code.len() > 3 && r.code[3..].starts_with("MIL") || military_mention(tree, t);
                // "Burhan's government": a person's institution is one an
                // "it" can refer to, not a person.
                let kind = if r.kind == Kind::Person && self.agent_at(ctx, t).is_some_and(|a| !self.person_agent(a)) { Kind::Org } else { r.kind };
                ctx.local.push(Entry { code: r.code, actor, kind, plural, subject, military, sentence: ctx.sentence, position: t });
            }
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn events_of(
        &self,
        ctx: &mut Ctx<'_, '_>,
        state: &mut DocState,
        m: &AnchorMatch,
        bound: &[u32],
        dates: &Dates<'_, '_>,
        doc: &str,
        sentence: &Sentence,
        options: &NewsOptions,
        out: &mut Vec<Event>,
    ) {
        let Some(code_id) = m.code else { return };
        let pattern = &self.lexicon.native.patterns[m.pattern as usize];
        if m.negated && !pattern.neg {
            return;
        }
        let tree = ctx.tree;
        // A noun standing for an event another event is about ("condemned
        // Israel's seizure of the crossing") is that event's topic.
        if pattern.pos == AnchorPos::Noun && bound.contains(&m.anchor) {
            return;
        }
        let mut code = self.lexicon.code(code_id).to_string();
        // "said troops would deploy on Tuesday": a force posture stated as
        // future is a threat only against someone; with no one named it is
        // a plan, not an event.
        let mut posture_threat = false;
        match self.factuality(tree, m.anchor, pattern.neg) {
            Factuality::Fact => {}
            Factuality::Future => {
                posture_threat = code.starts_with("15");
                // "said it would recall its ambassador", "would leave the
                // organisation": a cut in relations announced is the act,
                // as the news codes it; one held out on a condition ("would
                // impose tariffs if there is no deal") or in a warning is a
                // threat.
                let announced_cut = code.starts_with("16") && !self.held_out(tree, m.anchor);
                if !announced_cut {
                    code = self.rules.intent_of(&code).to_string();
                }
            }
            Factuality::Scheduled if ("03".."09").contains(&code.as_str()) => code = self.rules.intent_of(&code).to_string(),
            Factuality::Scheduled | Factuality::Irrealis => return,
        }
        if described_conduct(tree, m.anchor, &code) {
            return;
        }
        // "M23 rebels backed by Rwandan troops took Goma", "Turkey, which
        // backed some of the rebel factions, said …", "armed groups backing
        // rival prime ministers": support told in a modifier of a noun
        // says who stands with whom, the background of the clause's news,
        // not an act of its own.
        let modifies_noun = matches!(tree.rel[m.anchor as usize], Rel::Acl | Rel::AclRelcl) && tree.head[m.anchor as usize] != NONE && tree.tag[tree.head[m.anchor as usize] as usize].is_nominal();
        if code.starts_with("05") && modifies_noun && ["back", "support"].iter().any(|w| tree.lemma_is(m.anchor, w)) {
            return;
        }
        // "in what it called solidarity with the Palestinians": a naming,
        // not a telephone call.
        if code.starts_with("04") && tree.lemma_is(m.anchor, "call") && tree.rel[m.anchor as usize] == Rel::AclRelcl && tree.head[m.anchor as usize] != NONE && tree.is_form(tree.head[m.anchor as usize], "what") {
            return;
        }
        // "warned that Israel would strike Hezbollah if the group violated
        // the agreement": what the speaker says will follow on a condition
        // is a threat, not a pessimistic remark, when someone on the other
        // side is named to bear it (kept a remark otherwise: "warned that
        // prices would rise if the drought went on").
        let conditional_threat = code == "012" && tree.lemma_is(m.anchor, "warn") && m.target.is_none();
        let threatened = if conditional_threat { self.conditional_warning(tree, m.anchor) } else { None };
        if let Some(w) = &threatened {
            code = w.code.to_string();
        }
        let source_tok = m.source.or_else(|| self.default_source(ctx, m, pattern.pos));
        let Some(mut source_tok) = source_tok else { return };
        // "agreed to a ceasefire brokered by Oman", "after talks mediated by
        // the African Union": a mediation named by a participle on what it
        // produced is a nominalised event (conventions, rule 4: "a deal
        // brokered by …" yields nothing); a relative clause ("a deal which
        // Qatar brokered", "…, which was mediated by Egypt") still is one.
        if code.starts_with("045") && tree.rel[m.anchor as usize] == Rel::Acl && tree.tag[m.anchor as usize] == Tag::VBN && tree.head[source_tok as usize] == m.anchor && (tree.rel[source_tok as usize] == Rel::OblAgent || tree.case_is(source_tok, "by")) {
            return;
        }
        // "Nairobi said Kampala was not responsible": a denial reported in
        // a speaker's clause is the speaker's statement; the actor cleared
        // is its target, not its source.
        let mut cleared = None;
        if pattern.neg && code.starts_with("01") && m.target.is_none() && tree.rel[m.anchor as usize] == Rel::Ccomp {
            let speech = tree.head[m.anchor as usize];
            if speech != NONE && is_speech_act(tree.lemmas[speech as usize]) {
                if let Some(speaker) = subject_of(tree, speech).filter(|&sp| sp != source_tok) {
                    cleared = Some(source_tok);
                    source_tok = speaker;
                }
            }
        }
        let mut sources = self.resolve(ctx, state, source_tok);
        if sources.is_empty() {
            return;
        }
        // "they met", "they signed": a pattern that needs a target, matched
        // without one because a plural pronoun subject may be two sides
        // acting on each other, is an event only when the pronoun stands for
        // two actors or more.
        if sources.len() < 2 && m.target.is_none() && tree.tag[source_tok as usize] == Tag::PRP && pattern.flat.iter().any(|r| r.value == NativeValue::Target) {
            return;
        }
        // "warned that Moscow would cut off gas", "warned that the Houthis
        // would widen their attacks": a warning of what the speaker's own
        // side will do is a threat, of force when the act is force, when
        // the side is named (the patterns' &OWN_SIDE has "it", "we", "the
        // army"); a warning of what another side will do stays a remark
        // ("warned that Russia would attack"), as does one of what will be
        // ("would be difficult").
        if code == "012" && m.target.is_none() && tree.lemma_is(m.anchor, "warn") {
            let kb = &*self.actors.kb;
            let own_side_acts = |c: u32| {
                let future = tree.kids_with(c, Rel::Aux).any(|a| tree.is_form(a, "would") || tree.is_form(a, "will"));
                let copula = tree.kids_with(c, Rel::Cop).next().is_some() || tree.lemma_is(c, "be");
                let subject = tree.kids_with(c, Rel::Nsubj).next().filter(|&s| tree.tag[s as usize] != Tag::PRP);
                let named: Vec<&Entry> = subject.map(|s| ctx.local.iter().filter(|e| e.sentence == ctx.sentence && (e.position == s || tree.dominates(s, e.position))).collect()).unwrap_or_default();
                future && !copula && tree.tag[c as usize].is_verb() && !named.is_empty() && named.iter().all(|e| on_sources_side(kb, &sources, &e.code))
            };
            if let Some(c) = tree.kids_with(m.anchor, Rel::Ccomp).find(|&c| own_side_acts(c)) {
                let force = ["respond", "retaliate", "strike", "attack", "hit", "fire", "target", "destroy", "punish", "crush", "react", "escalate", "intensify", "expand", "widen", "resume", "launch", "bomb", "invade", "pound", "shoot"];
                code = if force.iter().any(|w| tree.lemma_is(c, w)) { "138" } else { "130" }.to_string();
            }
        }
        // "Members of al-Shabaab attacked an army base": a crowd word
        // ("members", "supporters") standing for armed men is no crowd;
        // their storming or attacking is fighting, not a violent protest.
        // "The World Food Programme is halting its operations in Sudan",
        // "MSF suspended its work in the camp": a humanitarian agency or
        // aid group halting its own operations cuts humanitarian aid
        // (CAMEO 1623), not fighting.
        if code.starts_with("087") && !sources.is_empty() {
            let humanitarian = |c: &str| c.starts_with("NGO") || (c.starts_with("IGO") && ["WFP", "HCR", "KID", "REF"].iter().any(|a| c.ends_with(a)));
            let own_work = tree.kids_with(m.anchor, Rel::Obj).any(|o| ["operation", "operations", "work", "activity", "activities"].iter().any(|w| tree.lemma_is(o, w)));
            if own_work && sources.iter().all(|s| humanitarian(&s.code)) {
                code = "1623".to_string();
            }
        }
        if code == "145" {
            let armed = |c: &str| c.starts_with("IMG") || c.get(3..).is_some_and(|rest| rest.as_bytes().chunks(3).any(|b| matches!(b, b"REB" | b"MIL" | b"UAF" | b"INS")));
            if sources.iter().all(|s| armed(&s.code)) {
                code = "190".to_string();
            }
        }
        *ctx.exclude.borrow_mut() = sources.iter().map(|s| s.code.clone()).collect();
        let exclude_reset = ExcludeReset(&ctx.exclude);
        ctx.force.set(force(&code));
        // "accused each other": every source against every other.
        // "each side accused the other": the two sides, each against the other.
        // "Both sides blamed the other" says the same (each side blamed the
        // other one).
        // "India and Pakistan agreed …, but each accused the other": a bare
        // "each" on the verb (its subjects shared from the first clause)
        // says the same.
        let each_on_verb = tree.kids(m.anchor).iter().any(|&k| tree.is_form(k, "each") && matches!(tree.rel[k as usize], Rel::Advmod | Rel::Nsubj | Rel::Det));
        let each_other = |t: u32| tree.is_form(t, "other") && (tree.has_det(source_tok, "each") || tree.has_det(source_tok, "both") || (each_on_verb && tree.has_det(t, "the")));
        // The parser hangs "each other" on "other" ("each" its determiner)
        // or on "each" ("other" fixed to it).
        let reciprocal = |t: u32| tree.is_reciprocal_at(t as usize) || (t > 0 && tree.is_reciprocal_at(t as usize - 1));
        // "attacked each other's policies": an object a reciprocal owns
        // ("each" as its determiner or "other" as its possessor) is the
        // subjects' acting on each other too.
        let owned_by_each_other = |t: u32| tree.kids(t).iter().any(|&k| (tree.rel[k as usize] == Rel::Det && tree.is_reciprocal_at(k as usize)) || (tree.rel[k as usize] == Rel::NmodPoss && reciprocal(k)));
        let object = tree.kids_with(m.anchor, Rel::Obj).next();
        let mutual = m.target.is_some_and(|t| reciprocal(t) || (sources.len() >= 2 && (each_other(t) || owned_by_each_other(t)))) || (m.target.is_none() && sources.len() >= 2 && object.is_some_and(owned_by_each_other));
        let mut targets = match m.target.or(cleared) {
            Some(_) if mutual => Vec::new(),
            // A speaker clearing itself ("X said it was not responsible")
            // has no target.
            Some(t) if cleared.is_some() => self.resolve(ctx, state, t).into_iter().filter(|r| !sources.iter().any(|s| s.code == r.code)).collect(),
            Some(t) => self.resolve(ctx, state, t),
            None => Vec::new(),
        };
        // "signed the Ankara Declaration": a word of a document's proper
        // name is no party to it. (In a title-case headline every noun is
        // capitalised: "Iran Rejects The Hamas Proposal" names Hamas.)
        let capitalised = |h: u32| h > 0 && tree.forms[h as usize].chars().next().is_some_and(char::is_uppercase);
        if m.target.is_some_and(|t| tree.rel[t as usize] == Rel::Compound && tree.head[t as usize] != NONE && capitalised(tree.head[t as usize])) && !is_title_case(tree) {
            targets.clear();
        }
        // "opposed violations of international law by China", "condemned
        // the attack by Russia on a hospital": a comment on an act named
        // with its author is about that author (the news conventions' rule
        // 4), ahead of a place or victim of the act.
        if !mutual && ["05", "11", "12"].iter().any(|r| code.starts_with(r)) {
            if let Some(t) = self.act_author(ctx, m.anchor, source_tok) {
                let authors: Vec<Resolved> = self.resolve(ctx, state, t).into_iter().filter(|r| !sources.iter().any(|s| s.code == r.code)).collect();
                if !authors.is_empty() {
                    targets = authors;
                }
            }
        }
        // "concerned about the growing military cooperation between Moscow
        // and Pyongyang": a comment on a tie or a joint act of parties
        // named in the commented phrase is aimed at those parties, not at
        // an actor a word of the phrase describes ("military"). (Not a
        // state of affairs between them: "warned against a split between
        // Europe and the United States".)
        const JOINT: &[&str] = &["cooperation", "collaboration", "coordination", "tie", "ties", "relation", "relations", "alliance", "partnership", "contact", "contacts", "deal", "agreement", "pact", "exchange", "exchanges", "trade", "clash", "clashes", "fighting", "war", "hostilities", "rapprochement"];
        if !mutual && ["01", "11", "12"].iter().any(|r| code.starts_with(r)) {
            if let Some(t) = m.target.filter(|&t| JOINT.iter().any(|w| tree.lemma_is(t, w))) {
                let between = |k: u32| tree.rel[k as usize] == Rel::Nmod && tree.case_child(k).is_some_and(|c| tree.is_form(c, "between"));
                if let Some(k) = tree.kids(t).iter().copied().find(|&k| between(k) && !tree.dominates(k, source_tok) && self.names_actor(ctx, k)) {
                    let parties: Vec<Resolved> = self.resolve(ctx, state, k).into_iter().filter(|r| !sources.iter().any(|s| s.code == r.code)).collect();
                    if !parties.is_empty() {
                        targets = parties;
                    }
                }
            }
        }
        // "called the explosion a terrorist attack by Azerbaijan",
        // "condemned what he called a Croatian provocation": criticism
        // that names the act judged with its author is aimed at that author
        // when nothing else is.
        if targets.is_empty() && !mutual && ["11", "12"].iter().any(|r| code.starts_with(r)) {
            if let Some(t) = self.named_judgement_author(ctx, m.anchor, source_tok) {
                targets = self.resolve(ctx, state, t).into_iter().filter(|r| !sources.iter().any(|s| s.code == r.code)).collect();
            }
        }
        // "offered to host a new round of talks between Moscow and Kyiv":
        // the parties of the talks, however deep the object.
        if targets.is_empty() && !mutual && ["03", "04", "05"].iter().any(|r| code.starts_with(r)) {
            if let Some(t) = self.between_target(ctx, m, source_tok) {
                targets = self.resolve(ctx, state, t);
            }
        }
        // "quit the alliance", "said it would leave the organisation": a
        // body left (named by a word list, so no target slot) is the
        // target when it stands for an international organisation.
        if targets.is_empty() && !mutual && m.target.is_none() && (code.starts_with("16") || code.starts_with("13")) && ["leave", "quit", "exit", "abandon"].iter().any(|w| tree.lemma_is(m.anchor, w)) {
            if let Some(o) = object {
                targets = self.resolve(ctx, state, o).into_iter().filter(|r| r.code.starts_with("IGO") && !sources.iter().any(|s| s.code == r.code)).collect();
            }
        }
        // "Security forces have killed more than 740 protesters", "police
        // dispersed the crowds": people a pattern of coercion or force
        // names by a word list, with no target slot of its own, are its
        // target when their noun stands for an actor (the story's
        // protesters), not a weapon ("fired rockets", "fired drones").
        if targets.is_empty() && !mutual && m.target.is_none() && pattern.pos == AnchorPos::Verb && ["17", "18", "19", "20"].iter().any(|r| code.starts_with(r)) {
            // (Unarmed people: "drones" and "troops" are agents too.)
            let unarmed = |a: u32| !matches!(self.actors.kb.agents()[a as usize].code.as_str(), "MIL" | "REB" | "COP" | "SPY" | "UAF" | "CRM");
            let people = |k: u32| matches!(tree.rel[k as usize], Rel::Obj | Rel::NsubjPass) && ctx.mention_at[k as usize] != NONE && matches!(ctx.mentions[ctx.mention_at[k as usize] as usize].kind, MentionKind::Agent(a, _) if unarmed(a));
            if let Some(o) = tree.kids(m.anchor).iter().copied().find(|&k| people(k)) {
                targets = self.resolve(ctx, state, o).into_iter().filter(|r| self.off_event_side(ctx, &r.code)).collect();
            }
        }
        if targets.is_empty() && !mutual {
            // "signed a declaration at the White House": where two parties
            // meet or sign is no party.
            // "Maduro and Ali met on the island of St. Vincent": with two
            // parties named, a place they meet in is no third one.
            let place_words: &[&str] = if sources.len() >= 2 { &["at", "on", "in", "near", "outside", "inside"] } else { &["at"] };
            let venue = |t: u32| tree.case_child(t).is_some_and(|c| place_words.iter().any(|w| tree.is_form(c, w)));
            // Nor is the medium words were posted on ("on Twitter").
            // Nor, for support and cooperation, whom it is against
            // ("backing the resolution against Israel").
            let against = |t: u32| ["03", "04", "05", "06", "07"].iter().any(|r| code.starts_with(r)) && tree.case_is(t, "against");
            let not_a_party = |t: u32| (needs_two_parties(&code) && venue(t)) || (spoken(&code) && self.medium(ctx, t)) || against(t);
            if let Some(t) = self.default_target(ctx, m, source_tok).filter(|&t| !not_a_party(t)) {
                targets = self.resolve(ctx, state, t);
                // "clashed on the Mediterranean coast", "ships attacked in
                // the Red Sea": a region is where it happened, no party.
                let placed = tree.case_child(t).is_some_and(|c| ["on", "in", "at", "near", "along", "off", "across", "over", "inside", "around"].iter().any(|w| tree.is_form(c, w)));
                if placed {
                    targets.retain(|r| !is_region(&self.actors.kb, &r.code));
                }
            }
        }
        // "fired tear gas to disperse the demonstrators", "launched strikes
        // to weaken Hamas": a material act with no party of its own is aimed
        // at the object of its purpose clause.
        if targets.is_empty() && !mutual && ["15", "17", "18", "19", "20"].iter().any(|r| code.starts_with(r)) {
            if let Some(t) = self.purpose_object(ctx, m, source_tok) {
                targets = self.resolve(ctx, state, t).into_iter().filter(|r| self.off_event_side(ctx, &r.code)).collect();
            }
        }
        // (So is accepting a plan: "accepted a peace plan presented by
        // France" answers France.)
        if targets.is_empty() && !mutual && ["03", "05", "11", "12"].iter().any(|r| code.starts_with(r)) {
            if let Some(t) = self.participle_agent(ctx, m.anchor, source_tok) {
                targets = self.resolve(ctx, state, t);
            }
        }
        // (And so a thing named with its author in a relative clause:
        // "condemned the strike that Russia launched on Odesa", "called the
        // tariff that Washington imposed unfair".)
        // (Praise and defence, criticism and rejection only: "signed a
        // memorandum under which Finland pledged …" is no comment.)
        if targets.is_empty() && !mutual && ["051", "052", "11", "12"].iter().any(|r| code.starts_with(r)) {
            if let Some(t) = self.relative_clause_author(ctx, m.anchor, source_tok) {
                targets = self.resolve(ctx, state, t).into_iter().filter(|r| !sources.iter().any(|s| s.code == r.code)).collect();
            }
        }
        // Criticism and rejection only: a denial of such a charge ("an
        // allegation Kigali has denied") is coded without a target.
        if targets.is_empty() && !mutual && (code.starts_with("11") || code.starts_with("12")) {
            if let Some(t) = self.summarised_clause_actor(ctx, m.anchor, source_tok) {
                targets = self.resolve(ctx, state, t);
            }
        }
        // The one the conditional warning's consequence falls on, else the
        // one who must meet its condition, else the warned clause's subject
        // ("Seoul would witness new countermeasures if it continued").
        // Only when the clause's subject is an actor: the speaker's side
        // (its act falls on the object or on whoever must meet the
        // condition) or the other side (it bears the consequence); a third
        // party's act is a prediction ("warned that Russia would invade if
        // talks failed"), and a thing's a remark.
        if let Some(w) = &threatened {
            let subject = w.subject.map(|t| self.resolve(ctx, state, t)).unwrap_or_default();
            // "warned that he could impose sanctions …": a personal pronoun
            // the resolver leaves open in the speaker's own clause is the
            // speaker.
            // So is a state or its forces owned by a possessive pronoun
            // ("warned that their countries would take concrete actions
            // if …", "said his government would respond if …").
            let own_possessed = |t: u32| {
                ["country", "nation", "government", "state", "army", "military", "force", "side"].iter().any(|w| tree.lemma_is(t, w))
                    && tree.kids_with(t, Rel::NmodPoss).any(|p| tree.tag[p as usize] == Tag::PRPS)
            };
            let speaker_pronoun = subject.is_empty() && w.subject.is_some_and(|t| tree.tag[t as usize] == Tag::PRP || own_possessed(t));
            let own = speaker_pronoun || (!subject.is_empty() && subject.iter().all(|r| !self.off_event_side(ctx, &r.code)));
            let candidates = if own { [w.object, Some(w.condition)] } else { [w.subject, None] };
            for c in candidates.into_iter().flatten() {
                targets = self.resolve(ctx, state, c).into_iter().filter(|r| self.off_event_side(ctx, &r.code)).collect();
                if !targets.is_empty() {
                    break;
                }
            }
            // Another actor of the clause than the speaker's or the one
            // found ("Russia would invade Ukraine"): a prediction.
            let mut acts_on_another = || w.object.is_some_and(|o| !self.resolve(ctx, state, o).is_empty());
            if !own && (!targets.iter().any(|t| subject.iter().any(|r| r.code == t.code)) || acts_on_another()) {
                targets.clear();
            }
            // (What the speaker's own side will do under a condition is a
            // threat even with no one named to bear it: "warned that Iran
            // could resume enrichment if the talks failed".)
            if targets.is_empty() && !own {
                code = "012".to_string();
            }
        }
        // "warned that the army would escalate its strikes unless Damascus
        // pulled its troops out": a threat is aimed at whoever must meet
        // its condition.
        if targets.is_empty() && code.starts_with("13") {
            if let Some(s) = self.condition_subject(tree, m.anchor) {
                targets = self.resolve(ctx, state, s).into_iter().filter(|r| self.off_event_side(ctx, &r.code)).collect();
            }
        }
        // "imposed sanctions on Niger and threatened to use force", "spoke
        // with Kagame and warned that any attack would be treated as a
        // declaration of war", "expelled Pakistan's envoy and suspended the
        // treaty": a threat or a cut in relations that names no one to bear
        // it, made in one breath with an act aimed at someone, is aimed at
        // that one. (Not criticism: "condemned the killings and called on
        // the armed groups to …" criticises the killers, whoever they are.)
        if targets.is_empty() && !mutual && (code.starts_with("13") || code.starts_with("16")) {
            if let Some(t) = self.conjoined_act_party(ctx, m.anchor, source_tok) {
                targets = self.resolve(ctx, state, t).into_iter().filter(|r| self.off_event_side(ctx, &r.code)).collect();
            }
        }
        if targets.is_empty() && locative_code(&code) {
            // Aid and forces sent to a place of one's own country have no
            // target there; an attack on or seizure of such a place has
            // ("the rebels seized Goma", "army aircraft bombed Omdurman").
            let own_place_counts = ["17", "18", "19", "20"].iter().any(|r| code.starts_with(r));
            for t in self.locative_targets(ctx, m) {
                targets = self.resolve(ctx, state, t).into_iter().filter(|r| r.kind == Kind::State && !is_region(&self.actors.kb, &r.code) && (own_place_counts || !sources.iter().any(|s| country_of(&self.actors.kb, &s.code) == country_of(&self.actors.kb, &r.code)))).collect();
                if !targets.is_empty() {
                    break;
                }
            }
        }
        // "the gunmen torched a market", "fired rockets at a hospital",
        // "shelled residential areas": a village, building or area attacked
        // or seized that names no owner and no place is the story's state's
        // (a place attacked is its country's, the news conventions' rule).
        if targets.is_empty() && ["17", "18", "19", "20"].iter().any(|r| code.starts_with(r)) {
            // (Not a place an actor or sector word owns: "Israeli
            // villages", "bandit camps", "its positions".)
            let owned = |k: u32| matches!(tree.rel[k as usize], Rel::NmodPoss | Rel::Compound | Rel::Amod | Rel::Nmod) && (ctx.mention_at[k as usize] != NONE || self.agent_at(ctx, k).is_some());
            let place = |t: u32| tree.tag[t as usize].is_noun() && ctx.mention_at[t as usize] == NONE && self.is_place_noun(tree, t) && !tree.kids(t).iter().any(|&k| owned(k));
            let aimed = |k: u32| tree.rel[k as usize] == Rel::Obj || aimed_phrase(tree, k);
            // "struck a warehouse used by Hezbollah", "targeted camps run by
            // the TTP": a place described by who uses it is that actor's.
            let users = tree.kids(m.anchor).iter().copied().filter(|&k| aimed(k) && tree.tag[k as usize].is_noun() && ctx.mention_at[k as usize] == NONE).flat_map(|k| tree.kids_with(k, Rel::Acl).filter(|&a| tree.tag[a as usize] == Tag::VBN && self.rules.is_operating_verb(tree.lemmas[a as usize])).flat_map(|a| tree.kids_with(a, Rel::OblAgent)).collect::<Vec<_>>()).collect::<Vec<_>>();
            for u in users {
                targets.extend(self.resolve(ctx, state, u).into_iter().filter(|r| !sources.iter().any(|s| s.code == r.code)));
            }
            // ("took control of the city": the place is what is controlled.)
            let place_or_its_control = |k: u32| place(k) || (tree.lemma_is(k, "control") && tree.kids_with(k, Rel::Nmod).any(|n| tree.case_is(n, "of") && place(n)));
            // ("rammed the boats": a vehicle is hit where it is, but is
            // never taken for the attacker's own country's.)
            // Only a vehicle counted or determined ("two boats", "a
            // convoy"): "began attacking vessels" is a campaign against
            // ships of any flag.
            // (Or described: "our boats", "vehicles that approached the
            // zone", however the parser hung the relative clause.)
            let relative_next = |t: u32| (t as usize + 1) < tree.len() && tree.tag[t as usize + 1] == Tag::WDT;
            let specific = |t: u32| relative_next(t) || tree.kids(t).iter().any(|&k| matches!(tree.rel[k as usize], Rel::Det | Rel::Nummod | Rel::NmodPoss | Rel::AclRelcl | Rel::Acl));
            let vehicle = |t: u32| tree.tag[t as usize].is_noun() && ctx.mention_at[t as usize] == NONE && self.rules.is_vehicle_noun(tree.lemmas[t as usize]) && specific(t) && !tree.kids(t).iter().any(|&k| owned(k));
            // ("fired missiles at cities": or aimed from the act's object.)
            let aimed_from_object = |k: u32| tree.rel[k as usize] == Rel::Obj && !place(k) && tree.kids_with(k, Rel::Nmod).any(|n| aimed(n) && place(n));
            let place_hit = m.target.is_none_or(place) && tree.kids(m.anchor).iter().any(|&k| (aimed(k) && place_or_its_control(k)) || aimed_from_object(k));
            let vehicle_hit = !place_hit && m.target.is_none_or(vehicle) && tree.kids(m.anchor).iter().any(|&k| aimed(k) && vehicle(k));
            if targets.is_empty() && (place_hit || vehicle_hit) {
                // (A state named bare does not attack its own places: "Russia
                // shelled the town" is not Russia's town; its army, police
                // or rebels may: "Haftar's troops shelled residential areas".)
                let kb = &*self.actors.kb;
                let own_country = |h: &str| vehicle_hit && sources.iter().any(|s| country_of(kb, &s.code) == Some(h));
                // "Israeli aircraft struck two villages, Lebanon's health
                // ministry said": a place another state's officials report
                // hit is theirs, whatever state the story names most.
                let reporter = self.reporting_state(ctx, state, m.anchor).filter(|h| !sources.iter().any(|s| country_of(kb, &s.code) == Some(h.as_str())));
                let not_own = |h: &str| !sources.iter().any(|s| s.code == h) && !own_country(h);
                // (The reporter is already none of the sources' states.)
                let home = reporter.or_else(|| self.story_state_where(ctx, state, m.anchor, false, not_own));
                if let Some(home) = home {
                    targets.push(Resolved { via: Via::Earlier(format!("{home} (the story's country: a place attacked with no owner named)")), code: home, text: String::new(), kind: Kind::State, head: m.anchor });
                }
            }
        }
        // "Police detained him at his home", "troops arrested three
        // villagers", "masked men beat students": people arrested, abducted
        // or assaulted whom no country is named for are the civilians of the
        // story's state (its sector where a sector word names them), as
        // CAMEO codes them; a known person or a named country resolves
        // before this.
        // Threats too, made to such people named as the object ("the
        // group threatened transport companies", "the watchdog threatened
        // broadcasters").
        let threat = code.starts_with("13") && m.target.is_some_and(|t| tree.rel[t as usize] == Rel::Obj);
        if targets.is_empty() && !mutual && (code.starts_with("17") || code.starts_with("18") || threat) {
            // (The object, or whom fire or tear gas was aimed at: "against
            // students", "on crowds", "at the crowd".)
            // ("opened fire on crowds" with the phrase hung on "fire".)
            let objects = tree.kids(m.anchor).iter().copied().filter(|&k| tree.rel[k as usize] == Rel::Obj);
            let mut aimed = tree.kids(m.anchor).iter().copied().chain(objects.flat_map(|o| tree.kids(o).iter().copied())).filter(|&k| aimed_phrase(tree, k));
            let victim = tree.kids(m.anchor).iter().copied().find(|&k| matches!(tree.rel[k as usize], Rel::Obj | Rel::NsubjPass) && self.unnamed_people(ctx, k)).or_else(|| aimed.next().filter(|&k| self.unnamed_people(ctx, k)));
            if let Some(v) = victim.filter(|&v| m.target.is_none_or(|t| t == v)) {
                // (Police, courts and governments act on their own
                // country's people: "police in Cairo used water cannon
                // against students" in a story about Iraq.)
                let kb = &*self.actors.kb;
                let domestic = sources.iter().find(|s| coercing_organ(&s.code)).and_then(|s| state_head(kb, &s.code)).map(str::to_string);
                if let Some(home) = domestic.or_else(|| self.story_state(ctx, state, m.anchor, false)) {
                    let code = match self.agent_at(ctx, v) {
                        Some(a) => self.apply_agent(a, &home),
                        None => format!("{home}CVL"),
                    };
                    if !sources.iter().any(|s| s.code == code) {
                        let text = phrase_text(tree, ctx.text, &[v]);
                        targets.push(Resolved { via: Via::Earlier(format!("{text} → {code} (people coerced with no country named: the coercing police's, court's or government's country, else the story's)")), code, text, kind: Kind::Org, head: v });
                    }
                }
            }
        }
        // "Machado urged soldiers to abandon Maduro", "the defence minister
        // called on the military to stay united" in a story that names the
        // United States most: a bare sector word the story's country was
        // given for want of another, addressed by one state's actor, is
        // that state's sector too (as when no country was given at all).
        if !mutual && (code.starts_with("02") || code.starts_with("10")) && !targets.is_empty() && targets.iter().all(placed_in_story_state) {
            let kb = &*self.actors.kb;
            let mut states = sources.iter().filter_map(|s| state_head(kb, &s.code));
            let own = states.next().map(str::to_string);
            if let Some(own) = own.filter(|o| states.all(|h| h == o.as_str())) {
                for t in targets.iter_mut() {
                    let Some(agent) = self.agent_at(ctx, t.head) else { continue };
                    if state_head(kb, &t.code) == Some(own.as_str()) {
                        continue;
                    }
                    let code = self.apply_agent(agent, &own);
                    if !sources.iter().any(|s| s.code == code) {
                        t.via = Via::Earlier(format!("{} → {code} (addressed by its own state's actor)", t.text));
                        t.code = code;
                    }
                }
            }
        }
        // "Opposition leaders blamed Petro for the crisis" in a story that
        // names the United States most: an opposition is one to a
        // government, so a bare opposition the story's country was given
        // for want of another, acting on one state's government in words,
        // is that state's opposition.
        if !mutual && code.as_str() < "14" && !sources.is_empty() && !targets.is_empty() && sources.iter().all(placed_in_story_state) {
            let kb = &*self.actors.kb;
            // (A government named, not one found by reference: "accused the
            // foreign diplomats" is no government the opposition faces.)
            let governments: Vec<&str> = targets.iter().filter(|t| (matches!(t.via, Via::Entry { .. }) || matches!(tree.tag[t.head as usize], Tag::NNP | Tag::PRP)) && t.code.get(3..).is_some_and(|r| r.starts_with("GOV"))).filter_map(|t| state_head(kb, &t.code)).collect();
            let one = governments.first().copied().filter(|g| governments.len() == targets.len() && governments.iter().all(|h| h == g)).map(str::to_string);
            if let Some(state_of_government) = one {
                for s in sources.iter_mut() {
                    let opposition = self.agent_at(ctx, s.head).filter(|&a| kb.agents()[a as usize].code == "OPP");
                    if let Some(agent) = opposition.filter(|_| state_head(kb, &s.code) != Some(state_of_government.as_str())) {
                        let code = self.apply_agent(agent, &state_of_government);
                        s.via = Via::Earlier(format!("{} → {code} (an opposition to the government it acts on)", s.text));
                        s.code = code;
                    }
                }
            }
        }
        // "The president urged lawmakers to pass the budget", "called on
        // residents to stay calm": a bare sector word addressed by a
        // state's actor is that state's sector (a leader appeals to his own
        // parliament and people); addressed by anyone else, the story's
        // state's.
        if targets.is_empty() && !mutual && (code.starts_with("02") || code.starts_with("10")) {
            let bare_sector = m.target.filter(|&t| self.unnamed_people(ctx, t) && !tree.kids(t).iter().any(|&k| matches!(tree.rel[k as usize], Rel::Amod | Rel::Compound | Rel::Nmod))).and_then(|t| Some((t, self.agent_at(ctx, t)?)));
            if let Some((t, agent)) = bare_sector {
                let kb = &*self.actors.kb;
                // (Sources of several states address no one state's people:
                // "Britain and the Netherlands told citizens to leave".)
                let mut states = sources.iter().filter_map(|s| state_head(kb, &s.code));
                let own = states.next().map(str::to_string);
                let several = own.as_deref().is_some_and(|o| states.any(|h| h != o));
                let home = if several { None } else { own.or_else(|| self.story_state(ctx, state, m.anchor, false)) };
                if let Some(home) = home {
                    let code = self.apply_agent(agent, &home);
                    if !sources.iter().any(|s| s.code == code) {
                        let text = phrase_text(tree, ctx.text, &[t]);
                        targets.push(Resolved { via: Via::Earlier(format!("{text} → {code} (addressed by its own state's actor, or the story's country)")), code, text, kind: Kind::Org, head: t });
                    }
                }
            }
        }
        // "Germany promised an additional 120 million euros", "the WHO flew
        // in medical supplies": aid given or pledged with no recipient
        // named goes to the state the story is about, unless that is the
        // donor's own. (Not peacekeepers or troops, which go where a
        // mission is, nor help with a thing: "helped broker the deal"; a
        // recipient described, not named, still counts: "assist its
        // neighbour", "the survivors".)
        // Condolences offered with no one named go there too.
        let condolences = code == "018" && m.consumed.iter().chain(tree.kids(m.anchor)).any(|&k| tree.rel[k as usize] == Rel::Obj && ["condolence", "condolences", "sympathy", "sympathies"].iter().any(|w| tree.lemma_is(k, w)));
        let aid_code = (code.starts_with("07") && !code.starts_with("074")) || ["033", "0331", "0333"].contains(&code.as_str()) || condolences;
        let recipient_described = |t: u32| ["neighbour", "neighbor", "country", "nation", "people", "population", "victim", "survivor", "survivors", "victims"].iter().any(|w| tree.lemma_is(t, w));
        if targets.is_empty() && !mutual && aid_code && m.target.is_none_or(recipient_described) {
            if let Some(home) = self.story_state(ctx, state, m.anchor, false) {
                let kb = &*self.actors.kb;
                if !sources.iter().any(|s| country_of(kb, &s.code) == Some(home.as_str()) || s.code.starts_with(home.as_str())) {
                    targets.push(Resolved { via: Via::Earlier(format!("{home}{HOME_NOTE}")), code: home, text: String::new(), kind: Kind::State, head: m.anchor });
                }
            }
        }
        // "rejected the ceasefire proposal": the proposal named earlier;
        // so is the one praised ("welcomed the offer", "called the plan a
        // step in the right direction").
        if targets.is_empty() && (code.starts_with("12") || code.starts_with("037") || code.starts_with("051")) {
            if let (Some(o), Some((pc, pt))) = (self.proposal_object(tree, m.anchor), &state.proposer) {
                if !sources.iter().any(|s| &s.code == pc) {
                    targets.push(Resolved { code: pc.clone(), text: phrase_text(tree, ctx.text, &[o]), via: Via::Earlier(format!("the proposal of {pt} → {pc}")), kind: Kind::Org, head: o });
                }
            }
        }
        // "The United States welcomed the mission", "Beijing condemned the
        // visit": a visit, trip or mission with no author of its own is the
        // latest one the story reported, and the comment is on its
        // visitor.
        if targets.is_empty() && ["05", "11", "12"].iter().any(|r| code.starts_with(r)) {
            if let Some(o) = self.visit_object(tree, m.anchor) {
                if let Some(v) = state.visitors.iter().rev().find(|v| !sources.iter().any(|s| &s.code == *v)) {
                    targets.push(Resolved { code: v.clone(), text: phrase_text(tree, ctx.text, &[o]), via: Via::Earlier(format!("the visit of {v}")), kind: Kind::Org, head: o });
                }
            }
        }
        // "Ramaphosa hosted the talks", "the talks were hosted by Saudi
        // Arabia", "Washington suspended the talks": talks with no parties
        // of their own are those between the story's two sides, and
        // hosting or halting them is aimed at both (at the other, when the
        // source is one of them).
        let hosting = code.starts_with("04") && ["host", "convene", "sponsor", "chair", "facilitate"].iter().any(|w| tree.lemma_is(m.anchor, w));
        if targets.is_empty() && (hosting || code.starts_with("164")) {
            if let Some(o) = self.partyless_talks(tree, m.anchor) {
                let text = phrase_text(tree, ctx.text, &[o]);
                targets.extend(self.latest_sides(ctx, state, o, &text).into_iter().filter(|t| !sources.iter().any(|s| s.code == t.code)));
            }
        }
        // "Kagame rejected the accusation", "dismissed the criticism": the
        // maker of an earlier accusation, preferably one aimed at the
        // source's own side.
        if targets.is_empty() && (code.starts_with("016") || code.starts_with("12")) {
            if let Some(o) = self.accusation_object(tree, m.anchor) {
                let kb = &*self.actors.kb;
                let own_side = |t: &str| on_sources_side(kb, &sources, t);
                let not_source = |a: &&(String, String)| !sources.iter().any(|s| s.code == a.0);
                let earlier = state.accusations.iter().rev().filter(not_source).find(|(_, t)| own_side(t)).or_else(|| state.accusations.iter().rev().find(not_source));
                if let Some((accuser, _)) = earlier {
                    targets.push(Resolved { code: accuser.clone(), text: phrase_text(tree, ctx.text, &[o]), via: Via::Earlier(format!("the accusation of {accuser}")), kind: Kind::Org, head: o });
                }
            }
        }
        // "The Arab League rejected the memorandum", "condemned the deal":
        // an agreement with no parties of its own is the latest one the
        // story reported signed, and the one rejected or condemned is its
        // side other than the source's own (the latest signer when the
        // source is neither). (Not so for an agreement welcomed, which is
        // welcomed as an outcome more than as a side's act.)
        if targets.is_empty() && (code.starts_with("11") || code.starts_with("12")) {
            if let Some(o) = self.agreement_object(tree, m.anchor) {
                let kb = &*self.actors.kb;
                let own_side = |t: &str| on_sources_side(kb, &sources, t);
                if let Some((a, b)) = state.agreements.last() {
                    let side = if own_side(a) { Some(b) } else if own_side(b) { None } else { Some(a) };
                    if let Some(side) = side.filter(|x| !own_side(x)) {
                        targets.push(Resolved { code: side.clone(), text: phrase_text(tree, ctx.text, &[o]), via: Via::Earlier(format!("the agreement signed by {a} and {b}")), kind: Kind::Org, head: o });
                    }
                }
            }
        }
        // "NATO rejected those demands", "refused the request": the maker of
        // the latest earlier demand or request not the source's own; so is
        // the author of a call or appeal welcomed or praised ("welcomed the
        // call for a ceasefire", whose "for" phrase is what is asked).
        let welcomed_call = if code.starts_with("05") { self.call_object(tree, m.anchor) } else { None };
        if targets.is_empty() && (code.starts_with("12") || welcomed_call.is_some()) {
            if let Some(o) = welcomed_call.or_else(|| self.demand_object(tree, m.anchor)) {
                if let Some(maker) = state.demanders.iter().rev().find(|d| !sources.iter().any(|s| &s.code == *d)) {
                    targets.push(Resolved { code: maker.clone(), text: phrase_text(tree, ctx.text, &[o]), via: Via::Earlier(format!("the demand of {maker}")), kind: Kind::Org, head: o });
                }
            }
        }
        // "Venezuela rejected the ruling", "Washington criticised the
        // verdict", "the rebels welcomed the decision": a definite ruling
        // without an author of its own is that of the court last heard in
        // the story.
        if targets.is_empty() && (code.starts_with("11") || code.starts_with("12") || code.starts_with("051")) {
            if let Some(o) = self.ruling_object(tree, m.anchor) {
                if let Some(court) = state.courts.iter().rev().find(|c| !sources.iter().any(|s| &s.code == *c)) {
                    targets.push(Resolved { code: court.clone(), text: phrase_text(tree, ctx.text, &[o]), via: Via::Earlier(format!("the ruling of {court}")), kind: Kind::Org, head: o });
                }
            }
        }
        // "Belgium called the decision disproportionate", "welcomed the
        // move" (after rebels freed hostages): a definite decision, move,
        // step or announcement without an author of
        // its own (nor a court to have ruled) is that of the latest act the
        // story told, when another side than the source's did it (the
        // source's own state's is defended or explained, not criticised or
        // praised; a country's rebels or opposition are another side than
        // its government).
        if targets.is_empty() && (code.starts_with("11") || code.starts_with("12") || (code.starts_with("05") && !code.starts_with("052"))) {
            if let Some(o) = self.decision_object(tree, m.anchor) {
                let kb = &*self.actors.kb;
                if let Some(actor) = state.deciders.last().filter(|a| !sources.iter().any(|s| same_state(kb, &s.code, a))) {
                    targets.push(Resolved { code: actor.clone(), text: phrase_text(tree, ctx.text, &[o]), via: Via::Earlier(format!("the decision of {actor}")), kind: Kind::Org, head: o });
                }
            }
        }
        // "The White House condemned the launch", "opposed the decree": a
        // definite show of force or decree without an author of its own is
        // that of the story's such acts by another side (another state for
        // force, another actor for a decree) when they are all one side's.
        // (Measures are welcomed too: "Kyiv welcomed the sanctions".)
        if targets.is_empty() && (code.starts_with("11") || code.starts_with("12") || code.starts_with("05")) {
            if let Some((o, kind)) = self.act_object(tree, m.anchor).filter(|&(_, kind)| !code.starts_with("05") || matches!(kind, ActKind::Sanctions | ActKind::Decree)) {
                let kb = &*self.actors.kb;
                let roots = kind.roots();
                let decree = kind == ActKind::Decree;
                // Sanctions and vetoes are any actor's (a bloc's, a
                // ministry's), not only a state's or its forces'.
                let measure = matches!(kind, ActKind::Sanctions | ActKind::Veto);
                let own_side = |a: &str| if decree { sources.iter().any(|s| s.code == a) } else { on_sources_side(kb, &sources, a) };
                // Launches, drills and incursions are a state's or its
                // forces' (a police raid is not the "incursion" condemned).
                // (An attack named by its kind alone may be rebels' too, and
                // rebels are not their state's side.)
                let violence = kind == ActKind::Attack;
                let armed = |a: &str| decree || measure || (violence && armed_group(a)) || a.len() == 3 || a.get(3..).is_some_and(|x| x.starts_with("MIL") || x.starts_with("GOV"));
                let acts: Vec<&String> = state.acts.iter().filter(|(r, a)| roots.contains(&r.as_str()) && !own_side(a) && armed(a)).map(|(_, a)| a).collect();
                let side = |a: &str| if violence && armed_group(a) { a.to_string() } else { country_of(kb, a).map(str::to_string).unwrap_or_else(|| a.to_string()) };
                // "those sanctions", "this veto": a demonstrative points at
                // the latest such measure.
                let pointed = measure && tree.kids(o).iter().any(|&k| tree.rel[k as usize] == Rel::Det && ["this", "that", "these", "those"].iter().any(|w| tree.is_form(k, w)));
                let one_side = acts.last().is_some_and(|l| acts.iter().all(|a| side(a) == side(l)));
                // One act named in the singular ("condemned the attack",
                // "the launch") is the story's: that of the side with more
                // such acts than any other (a defender's interceptions or
                // a reply are fewer), none on a tie.
                let single = matches!(kind, ActKind::Force | ActKind::Attack) && matches!(tree.tag[o as usize], Tag::NN | Tag::NNP);
                let actor = if pointed || one_side {
                    acts.last().copied()
                } else if single {
                    dominant_side(&acts, side).and_then(|s| acts.iter().rev().find(|a| side(a) == s).copied())
                } else {
                    // Plural or mass acts by more than one side ("condemned
                    // the drills" after drills by both) name neither.
                    None
                };
                if let Some(actor) = actor {
                    targets.push(Resolved { code: actor.clone(), text: phrase_text(tree, ctx.text, &[o]), via: Via::Earlier(format!("the act of {actor}")), kind: Kind::Org, head: o });
                }
            }
        }
        // "warned that Kyiv would respond militarily to any Russian
        // provocation", "warned that Iran's response would be more severe if
        // Israel made another mistake": a threat with no target of its own
        // is aimed at the first actor its complement names that is not on
        // the source's side (not one acted "with": "together with
        // Washington").
        if targets.is_empty() && code.starts_with("13") {
            let kb = &*self.actors.kb;
            let comitative = |p: u32| {
                let mut x = p;
                while x != NONE && x != m.anchor {
                    if matches!(tree.rel[x as usize], Rel::Obl | Rel::Nmod) && tree.case_is(x, "with") {
                        return true;
                    }
                    x = tree.head[x as usize];
                }
                false
            };
            let complement = tree.kids(m.anchor).iter().copied().filter(|&k| matches!(tree.rel[k as usize], Rel::Ccomp | Rel::Xcomp)).collect::<Vec<u32>>();
            let named = ctx.local.iter().filter(|e| e.sentence == ctx.sentence && complement.iter().any(|&c| c == e.position || tree.dominates(c, e.position)));
            let aimed = named.filter(|e| !on_sources_side(kb, &sources, &e.code) && !comitative(e.position)).min_by_key(|e| e.position);
            if let Some(e) = aimed {
                targets.push(Resolved { code: e.code.clone(), text: tree.forms[e.position as usize].to_string(), via: Via::Earlier(format!("{} (named in the threat)", e.code)), kind: e.kind, head: e.position });
            }
        }
        // "prompting Petro to suspend the negotiations": the talks are with
        // the other side of the source's latest dealings in the story.
        if targets.is_empty() && code.starts_with("164") {
            let talks = |t: u32| ["talk", "talks", "negotiation", "negotiations", "dialogue", "dialog"].iter().any(|w| tree.lemma_is(t, w));
            let definite = |t: u32| tree.kids(t).iter().any(|&k| tree.rel[k as usize] == Rel::Det && ["the", "these", "those"].iter().any(|w| tree.is_form(k, w)));
            // ("pulled out of the talks", "withdrew from the talks": the
            // talks left are an oblique of the verb.)
            let left = |o: u32| tree.rel[o as usize] == Rel::Obj || (tree.rel[o as usize] == Rel::Obl && tree.kids(o).iter().any(|&k| tree.rel[k as usize] == Rel::Case && ["of", "from"].iter().any(|w| tree.is_form(k, w))));
            if let Some(o) = tree.kids(m.anchor).iter().copied().find(|&o| left(o) && talks(o) && definite(o) && !tree.kids(o).iter().any(|&k| tree.rel[k as usize] == Rel::Nmod)) {
                let other = state.sides.iter().rev().find_map(|(a, b)| {
                    if sources.iter().any(|s| &s.code == a) {
                        Some(b)
                    } else if sources.iter().any(|s| &s.code == b) {
                        Some(a)
                    } else {
                        None
                    }
                });
                if let Some(other) = other {
                    targets.push(Resolved { code: other.clone(), text: phrase_text(tree, ctx.text, &[o]), via: Via::Earlier(format!("the talks with {other}")), kind: Kind::Org, head: o });
                }
            }
        }
        if code.starts_with("01") {
            // "Vucic denied any involvement by Belgrade": a statement about
            // the speaker's own country has no target.
            let kb = &*self.actors.kb;
            targets.retain(|t| !(t.code.len() == 3 && sources.iter().any(|s| s.code.len() > 3 && country_of(kb, &s.code) == Some(t.code.as_str()))));
        }
        // "Raab told the BBC", "spoke to Reuters": talking to a news outlet
        // is an interview, a statement to the public, not a consultation.
        // And telling someone that something is so is a consultation only
        // when said to a person of another state in private ("told
        // Bogdanov that Hamas desired a cease-fire"); told to a council, a
        // parliament, a crowd or one's own leader ("told the council that
        // Kyiv had shelled the dam"), it is a statement, coded when what is
        // said is an event.
        if code.starts_with("04") && !targets.is_empty() && ["tell", "speak", "talk"].iter().any(|w| tree.lemma_is(m.anchor, w)) {
            targets.retain(|t| !t.code.ends_with("MED"));
            if tree.lemma_is(m.anchor, "tell") && tree.kids(m.anchor).iter().any(|&k| tree.rel[k as usize] == Rel::Ccomp) {
                let kb = &*self.actors.kb;
                targets.retain(|t| t.kind == Kind::Person && !on_sources_side(kb, &sources, &t.code));
            }
            if targets.is_empty() {
                return;
            }
        }
        if code.starts_with("15") {
            // "The army sent troops to Catatumbo": a place in the source's
            // own country is where forces are posted, not a target.
            let kb = &*self.actors.kb;
            targets.retain(|t| !(t.kind == Kind::State && t.code.len() == 3 && sources.iter().any(|s| country_of(kb, &s.code) == Some(t.code.as_str()))));
        }
        // "exchanged prisoners in a deal brokered by the UAE": the mediator
        // named by the participle's agent mediated between the subjects of
        // the clause the deal belongs to.
        if targets.is_empty() && code.starts_with("045") {
            if let Some(s) = self.mediated_parties(tree, m.anchor, source_tok) {
                targets = self.resolve(ctx, state, s).into_iter().filter(|r| !sources.iter().any(|x| x.code == r.code)).collect();
            }
        }
        // "The foreign ministry summoned the Russian ambassador" after a
        // sentence on the Kremlin: a body found by reference is not of the
        // state it acts on by name (a state's government does not act on
        // itself in words or diplomacy, though its forces act on its own
        // places: "Troops shelled Omdurman"); it is the next candidate of
        // another state, or no one.
        let diplomacy = code.as_str() < "14" || code.starts_with("16");
        if diplomacy && !targets.is_empty() && sources.iter().any(|s| matches!(s.via, Via::Earlier(_))) {
            let kb = &*self.actors.kb;
            // (A nation's people are not the state: "Maduro called on
            // Venezuelans to join the militia" is a leader addressing his
            // own people.)
            let state_itself = |t: &Resolved| matches!(t.via, Via::Entry { .. }) && country_of(kb, &t.code).is_some() && (t.code.len() == 3 || ["GOV", "MIL"].iter().any(|x| t.code[3..].starts_with(x))) && !nationals_plural(tree, t.head);
            let on_itself = |s: &Resolved| matches!(s.via, Via::Earlier(_)) && targets.iter().any(|t| state_itself(t) && country_of(kb, &s.code).is_some() && s.code.get(..3) == t.code.get(..3) && s.code.get(3..6).is_none_or(|x| ["GOV", "MIL", ""].contains(&x)));
            if sources.iter().any(on_itself) {
                *ctx.exclude.borrow_mut() = targets.iter().filter(|t| state_itself(t)).map(|t| t.code.clone()).collect();
                let again: Vec<Resolved> = self.resolve(ctx, state, source_tok).into_iter().filter(|s| !on_itself(s)).collect();
                sources.retain(|s| !on_itself(s));
                for s in again {
                    if !sources.iter().any(|x| x.code == s.code) {
                        sources.push(s);
                    }
                }
                if sources.is_empty() {
                    return;
                }
            }
        }
        // A pattern for places only ("took Goma") or bodies only ("quit the
        // CIS"): a target that is no named place, or no named international
        // organisation, is no such event.
        let required = if pattern.place { Some(ActorKind::Territory) } else if pattern.body { Some(ActorKind::Igo) } else { None };
        if let Some(kind) = required {
            let kb = &*self.actors.kb;
            targets.retain(|t| matches!(t.via, Via::Entry { actor, .. } if kb.actors()[actor as usize].kind == kind));
            if targets.is_empty() {
                return;
            }
        }
        // "…, killing 12 people, Ukrainian officials said": whoever reports
        // an event is never its target (the parser may coordinate the
        // speaker with the object).
        if !targets.is_empty() {
            let before = targets.len();
            targets.retain(|t| !reporting_speaker(tree, t.head, m.anchor));
            if targets.is_empty() && before > 0 {
                return;
            }
        }
        drop(exclude_reset);
        // "Drones struck Kyiv overnight" after a sentence on Polish jets:
        // forces or weapons with no country of their own, found by
        // reference, that use force on a state are the side the story has
        // already seen fighting that state, not the force named last.
        if !targets.is_empty() && force(&code) && !state.fought.is_empty() {
            let root = |c: &str| c.get(..3).unwrap_or(c).to_string();
            let kb = &*self.actors.kb;
            for s in &mut sources {
                let Some(ag) = self.agent_at(ctx, s.head).filter(|&ag| kb.agents()[ag as usize].code == "MIL") else { continue };
                if !matches!(s.via, Via::Earlier(_)) {
                    continue;
                }
                // "Government aircraft bombarded rebel-held suburbs": a
                // force its words call the government's is the story state's
                // own, not a foreign side seen fighting that state.
                if called_the_governments(tree, s.head) {
                    continue;
                }
                // "Israel's military said its jets had struck …": a force
                // whose reference is named earlier in this sentence is that
                // actor's, first fight or not.
                if ctx.local.iter().any(|e| e.position < s.head && root(&e.code) == root(&s.code)) {
                    continue;
                }
                let fights = |x: &str, t: &Resolved| root(x) != root(&t.code) && state.fought.iter().any(|(a, b)| root(a) == root(x) && root(b) == root(&t.code));
                if targets.iter().any(|t| fights(&s.code, t)) {
                    continue;
                }
                let foe = state.fought.iter().rev().find_map(|(a, b)| targets.iter().any(|t| root(b) == root(&t.code) && root(a) != root(b)).then_some(a)).and_then(|a| country_of(kb, a));
                if let Some(country) = foe {
                    s.code = self.apply_agent(ag, country);
                    s.via = Via::Earlier(format!("{} → {} (the side fighting the target)", s.text, s.code));
                }
            }
        }
        // "Tuareg-led rebels said they killed … Malian soldiers" in a story
        // that named Niger most: rebels the story gave no state of their own
        // (found by reference, no name of the knowledge base for that
        // state's rebels, no mention of their state in the sentence) who use
        // force on a state's own forces or government are that state's
        // insurgents.
        if !targets.is_empty() && force(&code) {
            let kb = &*self.actors.kb;
            let state_side = |t: &Resolved| state_head(kb, &t.code).is_some() && matches!(t.code.get(3..), Some("" | "MIL" | "GOV" | "COP"));
            for s in &mut sources {
                let Some(own) = state_head(kb, &s.code).filter(|_| s.code.get(3..) == Some("REB") && matches!(s.via, Via::Earlier(_))) else { continue };
                let named = |e: &Entry| e.actor.is_some() && e.code == s.code;
                if state.memory.iter().any(named) || ctx.local.iter().any(|e| named(e) || (state_head(kb, &e.code) == Some(own) && e.code.get(3..) != Some("REB"))) || targets.iter().any(|t| state_head(kb, &t.code) == Some(own)) {
                    continue;
                }
                if let Some(country) = targets.iter().find(|t| state_side(t)).and_then(|t| state_head(kb, &t.code)) {
                    let code = format!("{country}REB");
                    s.via = Via::Earlier(format!("{} → {code} (rebels fighting the state)", s.text));
                    s.code = code;
                }
            }
        }
        if code == "154" && self.troops_sent_to_a_friend(ctx, state, m, &sources, &targets) {
            code = "072".to_string();
        }
        // "Kenya sent police officers to Haiti": police posted abroad at a
        // state's request protect, they do not mobilise (074, not 153).
        if code == "153" && self.troops_sent_to_a_friend(ctx, state, m, &sources, &targets) {
            code = "074".to_string();
        }
        // "Ishiba welcomed Lee at his residence": a person welcomed is a
        // visitor received, not an actor praised.
        // (Not a person's act or words: "welcomed Trump's efforts",
        // "welcomed Hamdok's return" praise them.)
        let names_person = |h: u32| matches!(tree.tag[h as usize], Tag::NNP | Tag::NNPS | Tag::PRP) || self.rules.is_person_noun(tree.lemmas[h as usize]) || self.agent_at(ctx, h).is_some_and(|ag| self.person_agent(ag));
        if code == "051" && tree.lemma_is(m.anchor, "welcome") && !targets.is_empty() && targets.iter().all(|t| t.kind == Kind::Person && tree.head[t.head as usize] == m.anchor && names_person(t.head)) {
            code = "043".to_string();
        }
        // "Troops captured the former dictator", "seized the minister's
        // envoy": a person captured is arrested (173); only a place or
        // territory captured is an occupation (192).
        // "The PKK said its congress had decided to disband the group": an
        // armed group that dissolves a party or group, naming no other
        // actor, dissolves itself: it demobilises (0873), it bans no one
        // (1722).
        if code == "1722" && !sources.is_empty() && sources.iter().all(|s| armed_group(&s.code)) && targets.iter().all(|t| sources.iter().any(|s| s.code == t.code)) {
            code = "0873".to_string();
            targets.clear();
        }
        if code == "192" && ["capture", "seize", "snatch", "grab", "nab"].iter().any(|w| tree.lemma_is(m.anchor, w)) {
            let obj = m.target.filter(|&t| tree.head[t as usize] == m.anchor);
            let person_object = obj.is_some_and(|t| self.rules.is_person_noun(tree.lemmas[t as usize]))
                || (!targets.is_empty() && targets.iter().all(|t| t.kind == Kind::Person && obj == Some(t.head)));
            if person_object {
                code = "173".to_string();
            }
        }
        // "Families of the hostages urged Netanyahu", "Parents of the
        // abducted pupils urged the government": civilians placed in the
        // story's country only for want of a country of their own who
        // appeal to or make demands of one government are that
        // government's people (a Gaza story's hostage families are
        // Israelis).
        if code.starts_with("02") || code.starts_with("10") {
            let kb = &*self.actors.kb;
            let governments: Vec<&str> = targets.iter().filter(|t| t.code.get(3..6) == Some("GOV")).filter_map(|t| country_of(kb, &t.code)).collect();
            if let Some(&home) = governments.first().filter(|_| governments.len() == targets.len() && governments.iter().all(|g| g == &governments[0])) {
                for s in &mut sources {
                    let placed = placed_in_story_state(s);
                    if placed && s.code.get(3..) == Some("CVL") && country_of(kb, &s.code) != Some(home) {
                        s.code = format!("{home}CVL");
                        s.via = Via::Earlier(format!("{} → {} (the people of the government addressed)", s.text, s.code));
                    }
                }
            }
        }
        // "The authorities have detained nearly 10,000 people" in a story
        // that names Russia most: people placed in the story's country only
        // for want of a country of their own, arrested or coerced by a
        // state's police, courts or government, are that state's people
        // (as with no target named at all, below).
        if code.starts_with("17") && !targets.is_empty() {
            let kb = &*self.actors.kb;
            let mut homes = sources.iter().filter(|s| coercing_organ(&s.code)).filter_map(|s| state_head(kb, &s.code));
            let first = homes.next();
            if let Some(home) = first.filter(|h| homes.all(|o| o == *h) && sources.iter().all(|s| coercing_organ(&s.code))) {
                for t in &mut targets {
                    let placed = placed_in_story_state(t);
                    if placed && !t.code.starts_with(home) {
                        if let Some(rest) = t.code.get(3..).filter(|r| !r.is_empty() && !coercing_organ(&t.code)) {
                            t.code = format!("{home}{rest}");
                            t.via = Via::Earlier(format!("{} → {} (people coerced by their own state's organs)", t.text, t.code));
                        }
                    }
                }
            }
        }
        // "Tokayev and Mirziyoyev signed a declaration with Xi and agreed to
        // hold summits": a joint act of several subjects, conjoined with an
        // act of theirs done with a partner named in a "with" phrase, is
        // done with that partner, not among the subjects themselves.
        if targets.is_empty() && sources.len() >= 2 && !mutual && (pattern.reciprocal || crate::model::joint_code(&code)) {
            if let Some(p) = self.conjoined_with_partner(ctx, m.anchor, source_tok) {
                let partners: Vec<Resolved> = self.resolve(ctx, state, p).into_iter().filter(|r| !sources.iter().any(|s| s.code == r.code)).collect();
                if !partners.is_empty() {
                    targets = partners;
                }
            }
        }
        let mut pairs: Vec<(&Resolved, Option<&Resolved>)> = Vec::new();
        if targets.is_empty() {
            // "Ethiopia and Somalia agreed to resume talks": an intent to
            // negotiate stated together is each one's toward the other.
            // "The two leaders agreed to expand cooperation": a pledge of
            // cooperation (030, 031) made together is mutual too, and so
            // are an agreement to settle (037: "Somalia and Ethiopia agreed
            // to end their dispute") and to exchange prisoners (0353).
            // "what they called an act of aggression": an object that names
            // no actor is what the act was done to, not a side of it.
            // ("met … their first talks" misparsed with "talks" the object
            // still meets.)
            let meeting_noun = |t: u32| ["talk", "meeting", "summit", "negotiation", "discussion", "consultation", "session", "round", "call"].iter().any(|w| tree.lemma_is(t, w));
            let thing_object = !mutual && m.target.is_some_and(|t| tree.rel[t as usize] == Rel::Obj && !meeting_noun(t));
            if sources.len() >= 2 && !thing_object && (mutual || pattern.reciprocal || crate::model::joint_code(&code)) {
                // "Putin and Kim signed a treaty": each with the other.
                for a in &sources {
                    for b in &sources {
                        if a.code != b.code || two_named_people(a, b) {
                            pairs.push((a, Some(b)));
                        }
                    }
                }
            } else if !needs_two_parties(&code) && !posture_threat {
                pairs.extend(sources.iter().map(|s| (s, None)));
            }
        } else {
            for s in &sources {
                for t in &targets {
                    // (Named as the act's own object: a shared code met
                    // deeper in the phrase is more often a misread path.)
                    let named_object = tree.head[t.head as usize] == m.anchor && matches!(tree.tag[t.head as usize], Tag::NNP | Tag::NNPS);
                    if (s.code != t.code || (two_named_people(s, t) && named_object)) && s.head != t.head {
                        pairs.push((s, Some(t)));
                    }
                }
            }
        }
        // (Or a plan or proposal that is itself the anchor: "Hamas's plan
        // to form a government … rejected the plan".)
        let proposal_noun = tree.tag[m.anchor as usize].is_noun() && self.rules.is_proposal(tree.lemmas[m.anchor as usize]);
        if code.starts_with("03") && (self.rules.is_proposing(tree.lemmas[m.anchor as usize]) || proposal_noun) {
            if let Some(s) = sources.first() {
                state.proposer = Some((s.code.clone(), s.text.clone()));
            }
        }
        // Dated only when there is an event to date.
        let date = if pairs.is_empty() { ctx.date } else { event_date(tree, m.anchor, dates.get()).or(ctx.date) };
        for (s, t) in pairs {
            if let Some(t) = t.filter(|_| sides_code(&code)) {
                state.sides.push((s.code.clone(), t.code.clone()));
            }
            if let Some(t) = t.filter(|_| code.as_str() >= "10") {
                state.opposed.push((s.code.clone(), t.code.clone()));
            }
            if let Some(t) = t.filter(|_| force(&code)) {
                state.fought.push((s.code.clone(), t.code.clone()));
            }
            if let Some(t) = t.filter(|_| code.starts_with("11")) {
                state.accusations.push((s.code.clone(), t.code.clone()));
            }
            if let Some(t) = t.filter(|_| code.starts_with("057")) {
                state.agreements.push((s.code.clone(), t.code.clone()));
            }
            // (A threat sets terms too: "dismissed the deadline".)
            if code.starts_with("02") || code.starts_with("10") || code.starts_with("13") {
                state.demanders.push(s.code.clone());
            }
            if is_court(&s.code) {
                state.courts.push(s.code.clone());
            }
            if code.starts_with("042") {
                state.visitors.push(s.code.clone());
            }
            // (A welcome decides nothing: after "Barrack welcomed the
            // vote", "Riyadh also welcomed the decision" is the voters'.
            // An endorsement does: "the cabinet endorsed the plan".)
            let welcome = code.starts_with("051") && ["welcome", "praise", "hail", "commend", "applaud", "laud", "salute", "thank", "congratulate", "call", "describe"].iter().any(|w| tree.lemma_is(m.anchor, w));
            if DECIDED_ROOTS.iter().any(|r| code.starts_with(r)) && !welcome {
                state.deciders.push(s.code.clone());
            }
            if ["15", "17", "18", "19", "20"].iter().any(|r| code.starts_with(r)) {
                state.acts.push((code[..2].to_string(), s.code.clone()));
            }
            // (Sanctions and vetoes too, by their own codes: "rejected the
            // sanctions", "called the veto a disgrace".)
            if let Some(r) = ["163", "129"].iter().find(|r| code.starts_with(*r)) {
                state.acts.push((r.to_string(), s.code.clone()));
            }
            let mut e = Event {
                doc: doc.to_string(),
                sentence: ctx.sentence,
                text: sentence.text.clone(),
                date,
                source: s.code.clone(),
                target: t.map(|t| t.code.clone()).unwrap_or_default(),
                source_text: s.text.clone(),
                target_text: t.map(|t| t.text.clone()).unwrap_or_default(),
                code: code.clone(),
                ..Event::default()
            };
            e.fill_code_attributes();
            if options.explain {
                let via = |v: &Via| match v {
                    Via::Entry { actor, name } => {
                        let a = &self.actors.kb.actors()[*actor as usize];
                        let name = name.map_or("", |n| a.names[n as usize].text.as_str());
                        format!("{}:{}: {} ({name})", a.file, a.line, a.name)
                    }
                    Via::Earlier(x) => format!("coreference: {x}"),
                };
                e.explain = Some(Explanation {
                    pattern: format!("{}: {}", self.pattern_origin(m.pattern), pattern.text),
                    source_entry: via(&s.via),
                    target_entry: t.map(|t| via(&t.via)).unwrap_or_default(),
                    path: format!("source {} / target {}", path(tree, m.anchor, s.head), t.map_or_else(|| "-".to_string(), |t| path(tree, m.anchor, t.head))),
                });
            }
            out.push(e);
        }
    }

    /// Whether the noun at `t` is a place or building an attack or
    /// seizure can hit (`data/place-nouns.txt`: "a market", "several
    /// villages", "residential areas"), which belongs to a country. (By the lemma the patterns
    /// know too: the parser's lemma of "villages" is "villege".)
    fn is_place_noun(&self, tree: &Tree<'_>, t: u32) -> bool {
        let id = tree.lemma_id[t as usize];
        (id != NONE && self.place_noun_ids.contains(&id)) || self.rules.place_nouns().iter().any(|w| tree.lemma_is(t, w))
    }

    fn pattern_origin(&self, p: u32) -> String {
        let pattern = &self.lexicon.native.patterns[p as usize];
        let file = self.lexicon.native.files.get(pattern.origin.file as usize).map_or("?", String::as_str);
        format!("{file}:{}", pattern.origin.line)
    }

    /// The source when no role binds `$` (PATTERNS.md, "defaults").
    fn default_source(&self, ctx: &Ctx<'_, '_>, m: &AnchorMatch, pos: AnchorPos) -> Option<u32> {
        let tree = ctx.tree;
        let a = m.anchor;
        match pos {
            AnchorPos::Verb | AnchorPos::Adjective => {
                let s = subject_of(tree, a);
                // "signed an executive order ending sanctions on Syria",
                // "issued a decree lifting the curfew": the act of an order,
                // decree or law is that of whoever signed or issued it.
                const INSTRUMENTS: [&str; 9] = ["order", "executive-order", "decree", "law", "bill", "directive", "proclamation", "memorandum", "resolution"];
                const ENACTING: [&str; 7] = ["sign", "issue", "pass", "adopt", "approve", "enact", "publish"];
                let h = tree.head[a as usize];
                if h != NONE && s == Some(h) && tree.rel[a as usize] == Rel::Acl && INSTRUMENTS.iter().any(|w| tree.lemma_is(h, w)) && tree.rel[h as usize] == Rel::Obj {
                    let v = tree.head[h as usize];
                    if v != NONE && ENACTING.iter().any(|w| tree.lemma_is(v, w)) {
                        return subject_of(tree, v);
                    }
                }
                s
            }
            AnchorPos::Noun => {
                let actor_kid = |rel: Rel| tree.kids_with(a, rel).find(|&k| ctx.mention_at[k as usize] != NONE && m.target != Some(k));
                let h = tree.head[a as usize];
                let light_object = h != NONE && matches!(tree.rel[a as usize], Rel::Obj | Rel::Obl) && tree.is_predicate_verb(h) && self.rules.is_light(tree.lemmas[h as usize]);
                // "Israel's offensive has killed …", "Israeli strikes killed
                // …", "renewed its appeal": the actor's act when the noun is
                // a clause's subject or a light verb's object; elsewhere
                // ("reflects its desire to …", "after a Russian missile
                // strike", "in retaliation for attacks by the group") a
                // nominalised event is only mentioned.
                let standalone = h == NONE || matches!(tree.rel[a as usize], Rel::Nsubj | Rel::NsubjPass | Rel::Root);
                if let Some(p) = tree.kids_with(a, Rel::NmodPoss).find(|&k| Some(k) != m.target) {
                    return (standalone || light_object).then_some(p);
                }
                if let Some(x) = actor_kid(Rel::Amod).or_else(|| actor_kid(Rel::Compound)) {
                    return (standalone || light_object).then_some(x);
                }
                if let Some(b) = tree.kids(a).iter().copied().find(|&k| tree.rel[k as usize] == Rel::Nmod && tree.case_is(k, "by")) {
                    return (standalone || light_object).then_some(b);
                }
                if let Some(s) = tree.kids_with(a, Rel::Nsubj).next() {
                    return Some(s);
                }
                // An event noun keeps the actor of the light verb it is the
                // object of ("stepped up its air campaign", "engaged in
                // shuttle diplomacy"); standing alone it is not an event.
                if light_object {
                    return subject_of(tree, h);
                }
                // "left N'Djamena after talks with Deby", "During a call
                // with Trump, Sheinbaum said …": talks or a meeting with
                // someone that the clause's act followed or happened in
                // were the clause subject's own. (Not talks "with both
                // sides", held by a third party between the subjects.)
                if h != NONE && tree.rel[a as usize] == Rel::Obl && tree.is_predicate_verb(h) && self.rules.is_meeting_noun(tree.lemmas[a as usize]) && tree.kids_with(a, Rel::Nmod).any(|k| tree.case_is(k, "with") && !["side", "party"].iter().any(|w| tree.lemma_is(k, w))) {
                    let when = |k: u32| (tree.rel[k as usize] == Rel::Case && ["after", "during", "following", "in", "at"].iter().any(|w| tree.is_form(k, w))) || (tree.rel[k as usize] == Rel::Amod && tree.is_form(k, "following"));
                    if tree.kids(a).iter().any(|&k| when(k)) {
                        return subject_of(tree, h);
                    }
                }
                None
            }
        }
    }

    /// Whether a future act at `anchor` is held out as a threat: it or the
    /// verbs that report it carry a condition ("if", "unless"), or a verb
    /// of threatening or warning reports it.
    fn held_out(&self, tree: &Tree<'_>, anchor: u32) -> bool {
        let conditioned = |x: u32| tree.kids(x).iter().any(|&k| matches!(tree.rel[k as usize], Rel::Advcl | Rel::Parataxis) && tree.kids_with(k, Rel::Mark).any(|m| self.rules.is_condition(tree.forms[m as usize])));
        let mut x = anchor;
        for _ in 0..tree.len() {
            // ("If there is no deal, the president said, the United States
            // would impose …": the condition may hang on the speech verb
            // set in the clause.)
            if conditioned(x) || tree.kids_with(x, Rel::Parataxis).any(conditioned) || ["threaten", "warn"].iter().any(|w| tree.lemma_is(x, w)) {
                return true;
            }
            let h = tree.head[x as usize];
            if h == NONE || !matches!(tree.rel[x as usize], Rel::Ccomp | Rel::Conj | Rel::Xcomp) {
                return false;
            }
            x = h;
        }
        false
    }

    /// Whether the event at `anchor` is asserted as a fact, stated as a
    /// future intention, or neither.
    fn factuality(&self, tree: &Tree<'_>, anchor: u32, negative_pattern: bool) -> Factuality {
        let r = &self.rules;
        let mut x = anchor;
        let mut result = Factuality::Fact;
        let mut own_clause = true;
        for _ in 0..tree.len() {
            let xi = x as usize;
            for &k in tree.kids(x) {
                if tree.rel[k as usize] != Rel::Aux {
                    continue;
                }
                let w = tree.forms[k as usize];
                if r.is_modal(w) && !(own_clause && (is_negated(tree, x) || negative_pattern)) {
                    return Factuality::Irrealis;
                }
                if own_clause && r.is_future(w) {
                    result = Factuality::Future;
                }
            }
            // "Rwanda is to withdraw": a plan or the terms of an agreement.
            if is_to_infinitive(tree, x) {
                return Factuality::Irrealis;
            }
            // "Under the deal, Israel will hand over 13 percent of the West
            // Bank": the future under an agreement is its terms, not an act.
            let terms_of = |k: u32| tree.rel[k as usize] == Rel::Obl && tree.case_is(k, "under") && TERMS.contains(&tree.lemmas[k as usize]);
            if own_clause && matches!(result, Factuality::Future) && tree.kids(x).iter().any(|&k| terms_of(k)) {
                return Factuality::Irrealis;
            }
            // "will stop the attacks only when Israel ends …": conditional.
            if own_clause && tree.kids(x).iter().any(|&k| matches!(tree.rel[k as usize], Rel::Advcl | Rel::Parataxis) && only_condition(tree, k)) {
                return Factuality::Irrealis;
            }
            let h = tree.head[xi];
            let mark = tree.kids_with(x, Rel::Mark).next().map(|m| tree.forms[m as usize]);
            // "once" and "until" also open clauses of past fact, so they are
            // left to the adverbial clauses below.
            let conditional = mark.is_some_and(|m| r.is_condition(m) && !m.eq_ignore_ascii_case("once") && !m.eq_ignore_ascii_case("until"));
            if h == NONE {
                // "If Iran were to close the strait, prices could soar": a
                // conditional clause the parser made the root, with the main
                // clause hanging on it.
                // "Were China to impose a blockade, …" made the root.
                if own_clause && (conditional || inverted_condition(tree, x)) {
                    return Factuality::Irrealis;
                }
                break;
            }
            let rel = tree.rel[xi];
            // "a six-week truce in which Hamas would free the hostages", "a
            // plan under which Israel would withdraw": what a relative clause
            // on an agreement or plan says will happen is its terms.
            if own_clause && matches!(result, Factuality::Future) && rel == Rel::AclRelcl && TERMS.contains(&tree.lemmas[h as usize]) {
                return Factuality::Irrealis;
            }
            // "Qatar, which hosts the Taliban's political office", "Iran,
            // which backs the Houthis": a simple present in a relative clause
            // set off by a comma says what the actor habitually is or does,
            // a state rather than an event.
            if own_clause && rel == Rel::AclRelcl && matches!(tree.tag[xi], Tag::VBZ | Tag::VBP) && !tree.kids(x).iter().any(|&k| matches!(tree.rel[k as usize], Rel::Aux | Rel::AuxPass)) {
                let relative = tree.kids_with(x, Rel::Nsubj).find(|&s| tree.is_form(s, "which") || tree.is_form(s, "who"));
                if relative.is_some_and(|s| s > 0 && tree.forms[s as usize - 1] == ",") {
                    return Factuality::Irrealis;
                }
            }
            // "if the militias resumed their attacks, officials said, …": a
            // condition the parser hung on the speech verb.
            if conditional && matches!(rel, Rel::Ccomp | Rel::Parataxis) {
                return Factuality::Irrealis;
            }
            // "… only when Israel ends its offensive", "when it is signed"
            // under a future clause: the condition is not a fact.
            if matches!(rel, Rel::Advcl | Rel::Parataxis) && (only_condition(tree, x) || (temporal_when(tree, x) && tree.kids(h).iter().any(|&k| tree.rel[k as usize] == Rel::Aux && r.is_future(tree.forms[k as usize])))) {
                return Factuality::Irrealis;
            }
            // "showed no sign that they would accept the truce": what a
            // noun denied by "no" says is not asserted.
            // (A "that" clause the parser read as relative is one too.)
            let content_clause = matches!(rel, Rel::Acl | Rel::Ccomp) || (rel == Rel::AclRelcl && mark.is_some_and(|m| m.eq_ignore_ascii_case("that")));
            if content_clause && tree.tag[h as usize].is_noun() && tree.kids_with(h, Rel::Det).any(|d| tree.is_form(d, "no")) {
                return Factuality::Irrealis;
            }
            // "has failed to agree on a resolution since Russia vetoed a
            // text": a past clause of "since" states a fact (its own
            // event happened before the time it measures from), whatever
            // the clause above it hedges or negates.
            if rel == Rel::Advcl && mark.is_some_and(|m| m.eq_ignore_ascii_case("since")) && tree.tag[xi] == Tag::VBD {
                break;
            }
            // "When Putin and Kim signed a treaty in June, few analysts
            // expected …", "When Anutin and Hun Manet signed a declaration on
            // Sunday, Malaysia could claim a success": a fronted past clause
            // of time states a fact whatever the main clause hedges or
            // whatever modal it carries (not one after it: "thought we could
            // turn it around before the Ukrainians learned of it").
            let past_time_clause = rel == Rel::Advcl && x < h && tree.tag[xi] == Tag::VBD && tree.kids(x).iter().any(|&k| k < x && matches!(tree.rel[k as usize], Rel::Mark | Rel::Advmod) && ["when", "after", "before", "since", "once", "as"].iter().any(|w| tree.is_form(k, w)));
            if past_time_clause && tree.kids(h).iter().any(|&k| tree.rel[k as usize] == Rel::Aux && r.is_modal(tree.forms[k as usize])) {
                break;
            }
            match rel {
                Rel::Advcl | Rel::Acl => {
                    if let Some(mk) = mark {
                        if r.is_condition(mk) || (mk.eq_ignore_ascii_case("to") && rel == Rel::Advcl) {
                            return Factuality::Irrealis;
                        }
                        // "Trump's request to Ukraine to investigate …", "a
                        // plan to build …": what a noun asks or intends is not
                        // a fact ("the first country to recognise …" is).
                        let ordinal = || tree.kids(h).iter().any(|&k| ["first", "last", "only", "second", "latest"].iter().any(|w| tree.is_form(k, w)));
                        if mk.eq_ignore_ascii_case("to") && rel == Rel::Acl && tree.tag[h as usize].is_noun() && !ordinal() {
                            return Factuality::Irrealis;
                        }
                        if r.is_topic(mk) && tree.tag[xi] == Tag::VBG {
                            return Factuality::Irrealis;
                        }
                    }
                    // "Should Israel launch …": an inverted conditional.
                    if rel == Rel::Advcl && inverted_condition(tree, x) {
                        return Factuality::Irrealis;
                    }
                    // "asked the council to meet, accusing Thailand of
                    // aggression": a speech act set off as a participle is
                    // the speaker's own, whatever the verb it hangs on.
                    let own_speech = mark.is_none() && tree.tag[xi] == Tag::VBG && is_speech_act(tree.lemmas[xi]) && xi > 0 && tree.forms[xi - 1] == ",";
                    if rel == Rel::Advcl && !own_speech && !past_time_clause && r.is_nonfactive(tree.lemmas[h as usize]) {
                        return Factuality::Irrealis;
                    }
                }
                Rel::Xcomp => {
                    let to = mark.is_some_and(|m| m.eq_ignore_ascii_case("to"));
                    // "Pezeshkian is due to visit Yerevan", "is set to sign",
                    // "is scheduled to meet": the act is scheduled (a report
                    // above it may still hedge it).
                    // (The parser may make "to" part of "due to".)
                    let to_before = xi > 0 && tree.is_form(x - 1, "to");
                    let be_participle = |h: u32| tree.is_passive(h) || tree.kids(h).iter().any(|&k| tree.rel[k as usize] == Rel::Cop);
                    // (Not "is expected to": the writer's forecast.)
                    let scheduled = (to || to_before) && own_clause && (tree.lemma_is(h, "due") || (["set", "schedule", "slate"].iter().any(|w| tree.lemma_is(h, w)) && be_participle(h)));
                    if scheduled {
                        result = Factuality::Scheduled;
                        own_clause = false;
                        x = h;
                        continue;
                    }
                    if r.is_nonfactive(tree.lemmas[h as usize]) || (to && !r.is_implicative(tree.lemmas[h as usize])) {
                        return Factuality::Irrealis;
                    }
                }
                Rel::Ccomp | Rel::Csubj if r.is_nonfactive(tree.lemmas[h as usize]) => {
                    return Factuality::Irrealis;
                }
                _ => {}
            }
            // "…, which has fired missiles at Saudi cities", "…, where a
            // Saudi-led coalition has fought the Houthis": a relative clause
            // set off by a comma, in the past or perfect, is the writer's
            // own statement of fact, whatever hedges or reports the clause
            // its noun stands in ("could help end the war in Yemen, where …",
            // "accused Iran of arming the movement, which has fired …").
            if nonrestrictive_past_relative(tree, x) || summary_relative(tree, x) {
                break;
            }
            // The anchor's own clause extends through coordination and
            // implicative complements ("would continue to target").
            let implicative = rel == Rel::Xcomp && r.is_implicative(tree.lemmas[h as usize]);
            if !matches!(rel, Rel::Conj) && !implicative {
                own_clause = false;
            }
            x = h;
        }
        result
    }

    /// The actors a phrase stands for: one per conjunct, pronouns and
    /// descriptions resolved to earlier actors.
    fn resolve(&self, ctx: &Ctx<'_, '_>, state: &mut DocState, t: u32) -> Vec<Resolved> {
        let tree = ctx.tree;
        // A relative pronoun stands for the noun its clause modifies.
        let t = relative_antecedent(tree, t).unwrap_or(t);
        let mut heads = vec![t];
        let mut k = 0;
        while k < heads.len() {
            let h = heads[k];
            // "seven Latin American countries, including Argentina, Chile
            // and Peru": the named members stand for the set.
            if matches!(tree.tag[h as usize], Tag::NNS | Tag::NNPS) {
                let including = |x: u32| ctx.mention_at[x as usize] != NONE && tree.case_is(x, "including");
                // "condemned several governments, including Russia": the
                // parser may hang the "including" phrase right after the
                // object on the verb instead.
                let parent = tree.head[h as usize];
                let follows = |x: u32| tree.case_child(x).is_some_and(|p| p > h && (h + 1..p).all(|i| tree.tag[i as usize].is_punct()));
                let hung = || (tree.rel[h as usize] == Rel::Obj && parent != NONE).then(|| tree.kids_with(parent, Rel::Obl).find(|&x| including(x) && follows(x))).flatten();
                let included = tree.kids_with(h, Rel::Nmod).find(|&x| including(x)).or_else(hung);
                if let Some(x) = included {
                    heads[k] = x;
                    continue;
                }
            }
            // "financiers of the group", "leaders of the junta": a noun with
            // no actor of its own whose "of" phrase is a definite
            // description stands for what the description refers to.
            if let Some(x) = self.described_owner(ctx, h) {
                heads[k] = x;
                continue;
            }
            // "met delegations from both sides": envoys of the two sides
            // (a plural agent word with a sides description as its "from"
            // or "of" phrase) stand for those sides.
            if matches!(tree.tag[h as usize], Tag::NNS | Tag::NNPS) && self.agent_at(ctx, h).is_some() {
                // (Only "sides": "senators from both parties" are of
                // political parties.)
                // ("the leaders of both countries", "ministers of the two
                // nations": counted states are sides too.)
                let counted_states = |x: u32| ["country", "nation", "state"].iter().any(|w| tree.lemma_is(x, w)) && explicit_count(tree, x);
                let sides = |x: u32| tree.case_child(x).is_some_and(|p| tree.is_form(p, "from") || tree.is_form(p, "of")) && (tree.lemma_is(x, "side") || counted_states(x)) && reference_count(tree, x) >= 2;
                if let Some(x) = tree.kids_with(h, Rel::Nmod).find(|&x| sides(x)) {
                    heads[k] = x;
                    continue;
                }
            }
            // "Germany, along with Italy, condemned …": a partner named
            // "along with", "together with" or "alongside" acts too.
            let along = |x: u32| {
                let kids = tree.kids(x);
                let word = |w: &str| kids.iter().any(|&k| matches!(tree.rel[k as usize], Rel::Case | Rel::Advmod) && tree.is_form(k, w));
                ctx.mention_at[x as usize] != NONE && (word("alongside") || (word("with") && (word("along") || word("together"))))
            };
            for c in tree.kids_with(h, Rel::Nmod).filter(|&x| along(x)) {
                if !heads.contains(&c) {
                    heads.push(c);
                }
            }
            for c in tree.kids_with(h, Rel::Conj) {
                // A conjunct with a copula is a predicate the parser
                // coordinated ("The M23, which is not a party to …, said").
                let predicate = tree.kids(c).iter().any(|&k| tree.rel[k as usize] == Rel::Cop);
                // "The U.N. Security Council, including the United States,
                // condemned …": a member named inside a body that is an
                // actor itself acts as that body, not beside it.
                let member = tree.case_is(c, "including") && ctx.mention_at[h as usize] != NONE;
                if !heads.contains(&c) && !predicate && !member && (tree.tag[c as usize].is_nominal() || tree.tag[c as usize].is_adjective() || ctx.mention_at[c as usize] != NONE) {
                    heads.push(c);
                }
            }
            k += 1;
        }
        let mut out: Vec<Resolved> = Vec::new();
        for (i, &h) in heads.iter().enumerate() {
            let mut found = self.resolve_single(ctx, state, h, true);
            // "NATO warplanes and cruise missiles struck …": forces or
            // weapons without an actor of their own, after a conjunct with
            // one, are that conjunct's, not the story's state's.
            let home = placed_in_story_state;
            if i > 0 && !found.is_empty() && found.iter().all(home) && out.first().is_some_and(|f| !home(f)) && self.agent_at(ctx, h).is_some_and(|ag| self.actors.kb.agents()[ag as usize].code == "MIL") {
                continue;
            }
            if found.is_empty() && i > 0 {
                // "Iran's Atomic Energy Organisation and foreign ministry":
                // a conjunct without an actor of its own shares the first's.
                if let (Some(first), Some(ag)) = (out.first(), self.agent_at(ctx, h)) {
                    if let Some(country) = country_of(&self.actors.kb, &first.code) {
                        let text = phrase_text(tree, ctx.text, &[h]);
                        found.push(Resolved { code: self.apply_agent(ag, country), text, via: first.via.clone(), kind: Kind::Org, head: h });
                    }
                }
            }
            for r in found {
                if !out.iter().any(|o| o.code == r.code && !two_named_people(o, &r)) {
                    out.push(r);
                }
            }
        }
        out
    }

    /// The agent whose words end on token `t` ("foreign ministry").
    fn agent_at(&self, ctx: &Ctx<'_, '_>, t: u32) -> Option<u32> {
        let m = ctx.mention_at[t as usize];
        if m == NONE {
            return None;
        }
        match ctx.mentions[m as usize].kind {
            MentionKind::Agent(a, _) => Some(a),
            MentionKind::Actor(_) => None,
        }
    }

    /// The state of the named speaker who reports the clause of `anchor`
    /// ("…, Lebanon's health ministry said"; not a pronoun or a person
    /// without a state).
    fn reporting_state(&self, ctx: &Ctx<'_, '_>, state: &mut DocState, anchor: u32) -> Option<String> {
        let tree = ctx.tree;
        let clause = tree.first_conjunct(anchor);
        let speech = tree.head[clause as usize];
        if speech == NONE || tree.rel[clause as usize] != Rel::Ccomp || !tree.tag[speech as usize].is_verb() || !is_speech_act(tree.lemmas[speech as usize]) {
            return None;
        }
        let speaker = subject_of(tree, speech).filter(|&s| ctx.mention_at[s as usize] != NONE || tree.kids(s).iter().any(|&k| ctx.mention_at[k as usize] != NONE))?;
        let kb = &*self.actors.kb;
        self.resolve_single(ctx, state, speaker, false).into_iter().find_map(|r| state_head(kb, &r.code).map(str::to_string))
    }

    /// Whether phrase head `v` names people no actor stands for: a sector
    /// word with no country ("two journalists"), ordinary people ("three
    /// villagers"), a personal pronoun or a two-word name the knowledge
    /// base does not know ("Police detained him", "arrested Amadou Diallo").
    fn unnamed_people(&self, ctx: &Ctx<'_, '_>, v: u32) -> bool {
        let tree = ctx.tree;
        let m = ctx.mention_at[v as usize];
        if m != NONE {
            // (Not an office: "King and Weeks were abducted" names two
            // people, not a king.)
            return matches!(ctx.mentions[m as usize].kind, MentionKind::Agent(a, _) if { let a = &self.actors.kb.agents()[a as usize]; a.attach == Attach::Suffix && a.office.is_none() });
        }
        // (Not a pronoun's people or place: "their homes", "its leaders"
        // belong to whoever the possessive names.)
        if tree.kids(v).iter().any(|&k| tree.rel[k as usize] == Rel::NmodPoss) {
            return false;
        }
        match tree.tag[v as usize] {
            Tag::PRP => ["he", "she", "they"].iter().any(|w| tree.lemma_is(v, w)),
            Tag::NNP => tree.kids(v).iter().any(|&k| tree.rel[k as usize] == Rel::Flat && tree.tag[k as usize] == Tag::NNP),
            t if t.is_noun() => self.rules.is_civilian_noun(tree.lemmas[v as usize]),
            _ => false,
        }
    }

    /// Whether a phrase names an actor by itself (a name, a pronoun, an
    /// agent such as "Egyptian officials"), rather than a thing or event
    /// with an actor among its modifiers ("the Israel-Hamas cease-fire").
    fn names_actor(&self, ctx: &Ctx<'_, '_>, t: u32) -> bool {
        let tree = ctx.tree;
        let t = relative_antecedent(tree, t).unwrap_or(t);
        let ti = t as usize;
        if matches!(tree.tag[ti], Tag::PRP) || ctx.mention_at[ti] != NONE || (tree.tag[ti].is_noun() && self.rules.description(tree.lemmas[ti]).is_some()) || self.described_owner(ctx, t).is_some() {
            return true;
        }
        // "Houthi targets", "Egypt's officials": a thing named after an actor,
        // unless it is an event ("the Israel-Hamas cease-fire").
        tree.tag[ti].is_noun()
            && !self.is_event_noun(tree, t)
            && tree.kids(t).iter().any(|&k| matches!(tree.rel[k as usize], Rel::Compound | Rel::Amod | Rel::NmodPoss) && ctx.mention_at[k as usize] != NONE)
    }

    /// The definite description in the "of" phrase of a plain noun
    /// ("financiers of *the group*", "relatives of *the junta*'s leaders"
    /// is not one), or the body in that of a part noun ("members of *the
    /// presidential guard*"): the noun names no actor, is no event, and has
    /// no name or description of its own among its modifiers.
    fn described_owner(&self, ctx: &Ctx<'_, '_>, h: u32) -> Option<u32> {
        let tree = ctx.tree;
        let hi = h as usize;
        if !matches!(tree.tag[hi], Tag::NN | Tag::NNS) || ctx.mention_at[hi] != NONE || self.rules.description(tree.lemmas[hi]).is_some() || self.agent_at(ctx, h).is_some() || self.is_event_noun(tree, h) {
            return None;
        }
        if tree.kids(h).iter().any(|&k| matches!(tree.rel[k as usize], Rel::Compound | Rel::Amod | Rel::NmodPoss) && ctx.mention_at[k as usize] != NONE) {
            return None;
        }
        let description = |x: u32| ctx.mention_at[x as usize] == NONE && self.rules.description(tree.lemmas[x as usize]).is_some();
        // "members of the presidential guard", "units of the army": a part
        // of a body named by its sector word is that body.
        const PARTS: [&str; 5] = ["member", "element", "unit", "faction", "wing"];
        let part = PARTS.contains(&tree.lemmas[hi]);
        let body = |x: u32| part && self.agent_at(ctx, x).is_some();
        tree.nmods_with_case(h, "of").find(|&x| tree.tag[x as usize].is_noun() && tree.has_det(x, "the") && (description(x) || body(x)))
    }

    /// Whether `t`'s lemma anchors a noun pattern ("seizure", "strikes").
    fn is_event_noun(&self, tree: &Tree<'_>, t: u32) -> bool {
        self.lexicon.native.by_anchor.get(&tree.lemma_id[t as usize]).is_some_and(|ps| ps.iter().any(|&p| self.lexicon.native.patterns[p as usize].pos == AnchorPos::Noun))
    }

    /// The actor(s) of one conjunct's phrase (several when its modifiers are
    /// coordinated: "the US and British strikes", "the foreign ministers of
    /// Congo and Rwanda").
    fn resolve_single(&self, ctx: &Ctx<'_, '_>, state: &mut DocState, c: u32, coref: bool) -> Vec<Resolved> {
        let tree = ctx.tree;
        let ci = c as usize;
        if matches!(tree.tag[ci], Tag::PRP | Tag::PRPS) {
            return if coref { self.pronoun_all(ctx, state, c) } else { Vec::new() };
        }
        let mut phrase = Vec::new();
        phrase_tokens(tree, c, true, &mut phrase);
        // "a U.S. military flight": a modifier bound as the actor may begin
        // a name that runs on over its sister modifiers ("U.S. military"),
        // which then is the phrase.
        if phrase == [c] && matches!(tree.rel[ci], Rel::Compound | Rel::Amod) && ctx.mention_at[ci] != NONE {
            let m = &ctx.mentions[ctx.mention_at[ci] as usize];
            let sister = |x: u32| x == c || (tree.head[x as usize] == tree.head[ci] && matches!(tree.rel[x as usize], Rel::Compound | Rel::Amod));
            if m.first == c && m.last > c && (m.first..=m.last).all(sister) {
                phrase = (m.first..=m.last).collect();
            }
        }
        let mut variants = vec![phrase.clone()];
        // Coordinated modifiers: one phrase per conjunct.
        // (Found first, collected after: most phrases have none.)
        let coordinated_conj = |h: u32| tree.kids_with(h, Rel::Conj).filter(|&x| phrase.contains(&x) && self.subtree_has_actor(ctx, x));
        let coordinated = phrase.iter().copied().find(|&h| h != c && coordinated_conj(h).next().is_some()).map(|h| (h, coordinated_conj(h).collect::<Vec<u32>>()));
        if let Some((h, conj)) = coordinated {
            let base: Vec<u32> = phrase.iter().copied().filter(|&x| !conj.iter().any(|&cj| tree.dominates(cj, x))).collect();
            // The conjunct may hang off the last word of a multi-word name
            // ("the ministers of Democratic Republic of Congo and Rwanda"):
            // the other conjuncts' phrases leave out that whole name.
            let name = ctx.mentions.iter().find(|m| matches!(m.kind, MentionKind::Actor(_)) && (m.first..=m.last).contains(&h)).map(|m| m.first..=m.last);
            let without_h: Vec<u32> = phrase.iter().copied().filter(|&x| !tree.dominates(h, x) && !name.as_ref().is_some_and(|n| n.contains(&x))).collect();
            variants = vec![base];
            for &cj in &conj {
                let mut v = without_h.clone();
                phrase_tokens(tree, cj, false, &mut v);
                v.sort_unstable();
                v.dedup();
                variants.push(v);
            }
        } else if let Some(chain) = hyphen_chain(tree, ctx, &phrase) {
            // "Israeli-Palestinian talks", "the Israel-Hamas cease-fire".
            variants = chain
                .iter()
                .map(|&(a, b)| phrase.iter().copied().filter(|&x| (a..=b).contains(&x) || !chain.iter().any(|&(p, q)| (p..=q).contains(&x))).collect())
                .collect();
        }
        let mut out: Vec<Resolved> = Vec::new();
        for v in variants {
            for r in self.resolve_tokens(ctx, state, c, &v, coref) {
                if !out.iter().any(|o| o.code == r.code && !two_named_people(o, &r)) {
                    out.push(r);
                }
            }
        }
        out
    }

    fn subtree_has_actor(&self, ctx: &Ctx<'_, '_>, x: u32) -> bool {
        ctx.mentions.iter().any(|m| matches!(m.kind, MentionKind::Actor(_)) && ctx.tree.dominates(x, m.first))
    }

    /// The actor a set of phrase tokens names (several for a plural
    /// description: "the two countries").
    fn resolve_tokens(&self, ctx: &Ctx<'_, '_>, state: &mut DocState, c: u32, phrase: &[u32], coref: bool) -> Vec<Resolved> {
        let tree = ctx.tree;
        let Some(date) = ctx.date else { return Vec::new() };
        let kb = &*self.actors.kb;
        // Actor names inside the phrase, with a code on the date.
        let mut best: Option<(NameRank, u32, u32, String)> = None; // (rank, mention, actor, code)
        let mut agent: Option<((u16, u16, u32), u32)> = None;
        // A name known but without a role on the date ("the FARC rebels" in
        // 2025) is not a description of some earlier actor.
        let mut named_off_date = false;
        // Codes of the people named in the phrase ("U.N. Secretary-General
        // Antonio Guterres": the office's code is the person's too).
        let mut person_codes: Vec<String> = Vec::new();
        for (mi, m) in ctx.mentions.iter().enumerate() {
            // The parser hangs a name's inner hyphen ("al - Burhan",
            // "Secretary - General") anywhere; it does not split the name.
            let inside = |t: u32| phrase.contains(&t) || tree.is_hyphen(t);
            // A name with a preposition inside ("Islamic State in the Greater
            // Sahara") is whole though the phrase stops at its "in" phrase:
            // it starts in the phrase and the rest hangs below the head.
            if !(m.first..=m.last).all(|t| inside(t) || (phrase.contains(&m.first) && tree.dominates(c, t))) {
                continue;
            }
            if backer_of(tree, m.last) {
                continue;
            }
            let top = (m.first..=m.last).min_by_key(|&t| tree.depth[t as usize]).unwrap_or(m.first);
            let distance = tree.depth[top as usize].saturating_sub(tree.depth[c as usize]);
            match &m.kind {
                MentionKind::Actor(entries) => {
                    let Some((actor, code)) = self.namesake_on(ctx, state, entries, date, m.first) else {
                        named_off_date = true;
                        continue;
                    };
                    let kind = kb.actors()[actor as usize].kind;
                    if kind == ActorKind::Person {
                        person_codes.push(code.to_string());
                    }
                    // "Sudan's U.N. envoy", "Russia's NATO ambassador": the
                    // organisation a diplomat is posted to is not whom they
                    // speak for when a state is named as theirs.
                    if kind == ActorKind::Igo && posted_to(tree, ctx, top) {
                        continue;
                    }
                    let kind_rank = match kind {
                        ActorKind::Person => 0,
                        ActorKind::Group | ActorKind::Igo | ActorKind::Party | ActorKind::Body | ActorKind::Ngo | ActorKind::Media | ActorKind::Company => 1,
                        ActorKind::Place => 2,
                        _ => 3,
                    };
                    // "Russia, Maduro's main creditor, condemned …": a name
                    // that is the phrase's head is whom the phrase names,
                    // before a person named in its apposition.
                    let heads = (m.first..=m.last).contains(&c) && kind != ActorKind::Person;
                    let rank = (if heads { 0 } else { 1 + u8::from(kind != ActorKind::Person) }, distance, kind_rank, m.first);
                    if best.as_ref().is_none_or(|b| rank < b.0) {
                        best = Some((rank, mi as u32, actor, code.to_string()));
                    }
                }
                MentionKind::Agent(a, _) => {
                    // "the rebel delegation", "opposition negotiators": a
                    // side of the conflict says whose the people are.
                    let side = matches!(kb.agents()[*a as usize].code.as_str(), "REB" | "OPP");
                    let rank = (u16::from(!side), distance, m.first);
                    if agent.as_ref().is_none_or(|b| rank < b.0) {
                        agent = Some((rank, *a));
                    }
                }
            }
        }
        // The phrase's text, written out only where it is kept (most
        // nominals name no actor and refer to none).
        let text = std::cell::OnceCell::new();
        let text = || text.get_or_init(|| phrase_text(tree, ctx.text, phrase)).clone();
        if let Some((_, mi, actor, code)) = best {
            let text = text();
            let a = &kb.actors()[actor as usize];
            let m = &ctx.mentions[mi as usize];
            // "Wagner called on Rwanda …" after "Foreign Minister Therese
            // Kayikwamba Wagner": a one-word group name that is the surname
            // of a person this story named in full is that person.
            if coref && a.kind == ActorKind::Group && m.first == m.last && tree.tag[m.first as usize] == Tag::NNP {
                if let Some(code) = state.aliases.get(&tree.forms[m.first as usize].to_lowercase()) {
                    return vec![Resolved { code: code.clone(), text, via: Via::Earlier("a name seen with its title".into()), kind: Kind::Person, head: c }];
                }
            }
            let name = match &m.kind {
                MentionKind::Actor(entries) => entries.iter().map(|&e| self.actors.name(e)).find(|e| e.actor == actor).map(|e| e.name),
                MentionKind::Agent(..) => None,
            };
            // "the three European powers": a region's adjective on a counted
            // plural narrows which states are meant; the states listed
            // together before are the reference.
            if coref && a.kind == ActorKind::Region && explicit_count(tree, c) && matches!(tree.tag[c as usize], Tag::NNS | Tag::NNPS) {
                let count = reference_count(tree, c);
                if count >= 3 {
                    let listed = self.listed_states(ctx, state, c, count, &text);
                    if !listed.is_empty() {
                        return listed;
                    }
                }
            }
            // "sanctions on the South American country", "the Asian
            // nation": a region's adjective on one definite, uncounted
            // country is a description of a state named before, not the
            // region.
            if coref && a.kind == ActorKind::Region && !(m.first..=m.last).contains(&c) && tree.tag[c as usize] == Tag::NN && tree.has_det(c, "the") && !explicit_count(tree, c) && ["country", "nation", "state", "republic", "kingdom"].iter().any(|w| tree.lemma_is(c, w)) {
                if let Some(kind) = self.rules.description(tree.lemmas[c as usize]) {
                    let earlier = self.description(ctx, state, c, kind, text.clone(), 1);
                    if !earlier.is_empty() {
                        return earlier;
                    }
                }
            }
            let via = Via::Entry { actor, name };
            let mut code = code;
            let mut kind = actor_kind(a.kind);
            if a.kind != ActorKind::Person {
                if let Some((_, ag)) = agent {
                    // "Sudan's warring parties": the two sides of that
                    // country's latest fighting.
                    if coref && kb.agents()[ag as usize].code == "PTY" && warring(tree, c) {
                        let home = |x: &str| country_of(kb, x).is_some() && country_of(kb, x) == country_of(kb, &code);
                        if let Some((x, y)) = state.fought.iter().rev().find(|(x, y)| x != y && home(x) && home(y)) {
                            return self.pair_of(c, &text, x.clone(), y.clone(), "the sides of earlier fighting");
                        }
                    }
                    code = self.apply_agent(ag, &code);
                    // "Oman, a longtime mediator, said it …": a state named by
                    // the head keeps its kind whatever its apposition says.
                    let head_is_name = (m.first..=m.last).contains(&c);
                    if self.person_agent(ag) && tree.tag[c as usize] != Tag::NNS && !head_is_name {
                        kind = Kind::Person;
                    }
                }
            }
            // "U.N. Secretary-General Antonio Guterres said he …": an office
            // named with its holder is a person, whom "he" can refer to.
            if a.kind != ActorKind::Person && person_codes.contains(&code) {
                kind = Kind::Person;
            }
            // A person named in full ("Kim Jong Un", "Edmundo González"):
            // the first and last word alone refer back to them in this
            // document ("Kim", "González"), unless taken already.
            // Learnt on any mention, so that a name first met outside an
            // event's arguments is known when it comes back.
            if a.kind == ActorKind::Person && m.last > m.first {
                for t in [m.first, m.last] {
                    if tree.tag[t as usize] == Tag::NNP {
                        state.aliases.entry(tree.forms[t as usize].to_lowercase()).or_insert_with(|| code.clone());
                    }
                }
            }
            // An unknown name with a title or apposition: remember it.
            if coref && tree.tag[c as usize] == Tag::NNP && ctx.mention_at[c as usize] == NONE {
                state.aliases.insert(tree.forms[c as usize].to_lowercase(), code.clone());
            }
            return vec![Resolved { code, text, via, kind, head: c }];
        }
        if !named_off_date {
            if let Some(half) = self.half_state(ctx, state, c, text) {
                return vec![half];
            }
        }
        if !coref || named_off_date {
            return Vec::new();
        }
        let text = text();
        // ("support for Moraes", "met Morales": a surname ending in -s may
        // be tagged a plural proper noun; with no determiner it is still a
        // name.)
        let surname_like = tree.tag[c as usize] == Tag::NNP || (tree.tag[c as usize] == Tag::NNPS && !tree.kids(c).iter().any(|&k| tree.rel[k as usize] == Rel::Det));
        if surname_like {
            if let Some(code) = state.aliases.get(&tree.forms[c as usize].to_lowercase()) {
                return vec![Resolved { code: code.clone(), text, via: Via::Earlier("a name seen with its title".into()), kind: Kind::Person, head: c }];
            }
            // "Morrison said …" with no full mention in the story: the one
            // office holder of the day with that surname, if only one (not
            // the surname of an unknown person the story named in full, nor
            // a word of a longer name).
            let ci = c as usize;
            let bare = ctx.mention_at[ci] == NONE
                && (ci == 0 || tree.tag[ci - 1] != Tag::NNP || HONORIFICS.iter().any(|h| tree.forms[ci - 1].trim_end_matches('.').eq_ignore_ascii_case(h)))
                && tree.forms.get(ci + 1).is_none_or(|_| tree.tag[ci + 1] != Tag::NNP)
                && !demarche_text::temporal::MONTHS.iter().any(|m| tree.forms[ci].eq_ignore_ascii_case(m));
            let word = tree.forms[ci].to_lowercase();
            if bare && !state.unknown_surnames.contains(&word) {
                if let Some((actor, code)) = self.actors.surname_holder(tree.forms[ci], date) {
                    let code = code.to_string();
                    return vec![Resolved { code, text, via: Via::Entry { actor, name: None }, kind: Kind::Person, head: c }];
                }
            }
        }
        // "all parties", "all sides" (not "all countries": an open set).
        let all_sides = self.rules.is_sides(tree.lemmas[c as usize]);
        let determiner = tree.kids(c).iter().copied().find(|&k| {
            let f = tree.forms[k as usize];
            (tree.rel[k as usize] == Rel::Det && (["the", "this", "these", "that", "those", "both"].iter().any(|w| f.eq_ignore_ascii_case(w)) || (all_sides && (f.eq_ignore_ascii_case("all") || f.eq_ignore_ascii_case("each")))))
                || (tree.rel[k as usize] == Rel::NmodPoss && matches!(tree.tag[k as usize], Tag::PRPS | Tag::PRP))
        });
        let possessor = tree.kids_with(c, Rel::NmodPoss).find(|&k| matches!(tree.tag[k as usize], Tag::PRPS | Tag::PRP));
        // "each side": one of two sides, which stands for both.
        let each = all_sides && tree.has_det(c, "each");
        let count = if each { 2 } else { reference_count(tree, c) };
        // "Choe met Lavrov, and the two pledged …": a bare "the two" as a
        // subject is the two officials met or named together lately.
        if tree.tag[c as usize] == Tag::CD && tree.is_form(c, "two") && determiner.is_some() && matches!(tree.rel[c as usize], Rel::Nsubj | Rel::NsubjPass) {
            let officials = self.counted_officials(ctx, state, c, &text, None);
            if !officials.is_empty() {
                return officials;
            }
        }
        if let Some((_, ag)) = agent {
            // "Venezuelan forces arrested (dozens of) opposition supporters":
            // the other side's opposition is that of its own country (not
            // so an opposition named inside another phrase: "the execution
            // of the protesters by Iran").
            let names = |x: u32| self.agent_at(ctx, x) == Some(ag) || tree.kids_with(x, Rel::Compound).any(|k| self.agent_at(ctx, k) == Some(ag));
            // "hundreds of thousands of people": quantities nest.
            let quantity_of = |x: u32| {
                let mut x = x;
                while is_quantity_noun(tree.lemmas[x as usize]) {
                    if tree.kids_with(x, Rel::Nmod).any(names) {
                        return true;
                    }
                    match tree.kids_with(x, Rel::Nmod).find(|&k| is_quantity_noun(tree.lemmas[k as usize])) {
                        Some(k) => x = k,
                        None => break,
                    }
                }
                false
            };
            let heads_phrase = names(c) || quantity_of(c);
            if kb.agents()[ag as usize].code == "OPP" && possessor.is_none() && heads_phrase {
                let own = ctx.exclude.borrow().iter().find_map(|x| country_of(kb, x).map(str::to_string));
                if let Some(country) = own {
                    return vec![Resolved { code: self.apply_agent(ag, &country), text, via: Via::Earlier(format!("the opposition of {country}")), kind: Kind::Org, head: c }];
                }
            }
            // "civilians in eastern Rafah", "companies based in the UAE":
            // residents and firms belong to the country they are in.
            if let Some(place) = self.residence(ctx, c, ag) {
                if let Some(home) = self.resolve_single(ctx, state, place, false).into_iter().next() {
                    if let Some(country) = country_of(kb, &home.code) {
                        let mut out = vec![Resolved { code: self.apply_agent(ag, country), text: text.clone(), via: home.via, kind: Kind::Org, head: c }];
                        // "the governments in Belgrade and Pristina": a plural
                        // sits in each place coordinated with the first.
                        if matches!(tree.tag[c as usize], Tag::NNS | Tag::NNPS) {
                            for other in tree.kids_with(place, Rel::Conj) {
                                let Some(home) = self.resolve_single(ctx, state, other, false).into_iter().next() else { continue };
                                let Some(country) = country_of(kb, &home.code) else { continue };
                                let code = self.apply_agent(ag, country);
                                if !out.iter().any(|o| o.code == code) {
                                    out.push(Resolved { code, text: text.clone(), via: home.via, kind: Kind::Org, head: c });
                                }
                            }
                        }
                        return out;
                    }
                }
            }
            // "its foreign ministry": the possessor's country.
            if let Some(p) = possessor {
                // "Russia called on its partners", "the bloc urged its member
                // states": a pronoun that refers to the event's own side
                // names no other actor.
                if matches!(tree.tag[c as usize], Tag::NNS | Tag::NNPS) && self.own_side_pronoun(ctx, state, p) {
                    return Vec::new();
                }
                let Some(owner) = self.pronoun(ctx, state, p) else { return Vec::new() };
                let code = self.apply_agent(ag, country_of(kb, &owner.code).unwrap_or(&owner.code));
                return vec![Resolved { code, text, via: owner.via, kind: Kind::Org, head: c }];
            }
            // "the Wagner Group, whose fighters": the relative clause's noun.
            if let Some(p) = tree.kids_with(c, Rel::NmodPoss).find(|&k| tree.is_form(k, "whose")) {
                let mut x = c;
                while x != NONE && tree.rel[x as usize] != Rel::AclRelcl {
                    x = tree.head[x as usize];
                }
                let noun = if x == NONE { NONE } else { tree.head[x as usize] };
                if noun != NONE && noun != p {
                    if let Some(owner) = self.resolve_single(ctx, state, noun, true).into_iter().next() {
                        let code = self.apply_agent(ag, &owner.code);
                        let kind = if self.person_agent(ag) { Kind::Person } else { Kind::Org };
                        return vec![Resolved { code, text, via: owner.via, kind, head: c }];
                    }
                }
            }
            // "the group's leader": the possessor's actor, resolved.
            if let Some(p) = tree.kids_with(c, Rel::NmodPoss).find(|&k| tree.tag[k as usize].is_noun()) {
                if let Some(owner) = self.resolve_single(ctx, state, p, true).into_iter().next() {
                    let code = self.apply_agent(ag, &owner.code);
                    let kind = if self.person_agent(ag) { Kind::Person } else { Kind::Org };
                    return vec![Resolved { code, text, via: owner.via, kind, head: c }];
                }
            }
            if determiner.is_some() {
                // "the parties", "all parties" are seldom political parties
                // in world news: the sides named before.
                if kb.agents()[ag as usize].code == "PTY" {
                    return self.description(ctx, state, c, Kind::Any, text, count);
                }
                // A plural agent ("the rebels", "the troops") is one actor's
                // members unless counted ("both foreign ministers").
                // "the two leaders", "both ministers": the two officials of
                // the latest interaction between governments, if any.
                // ("the two governments" too: the states of that interaction.)
                let government = kb.agents()[ag as usize].code == "GOV";
                if explicit_count(tree, c) && count == 2 && (self.person_agent(ag) || government) {
                    let officials = self.counted_officials(ctx, state, c, &text, Some(ag));
                    if !officials.is_empty() {
                        return officials;
                    }
                }
                let counted = if explicit_count(tree, c) {
                    count
                } else if matches!(tree.tag[c as usize], Tag::NNS | Tag::NNPS) && self.one_per_state(ag) {
                    // "the juntas", "the presidents": each state has one, so
                    // the plural stands for the states of the last plural
                    // mention ("the three juntas", "the military
                    // governments of Mali, Burkina Faso and Niger").
                    let group = self.last_plural_group(ctx, state, c);
                    if group < 2 {
                        // "France was forced out of Mali, Burkina Faso and
                        // Niger … the juntas turned to Russia": with no
                        // plural mention of states before (a region's
                        // "Western powers" is one), the states listed
                        // together lately, each by its body.
                        let listed = self.listed_states(ctx, state, c, 0, &text);
                        if !listed.is_empty() {
                            return listed.into_iter().map(|r| Resolved { code: self.apply_agent(ag, &r.code), kind: Kind::Org, ..r }).collect();
                        }
                    }
                    group.max(1)
                } else {
                    1
                };
                let found = self.description_by_agent(ctx, state, c, ag, text, counted);
                if let [a, b] = &found[..] {
                    if explicit_count(tree, c) && count == 2 && self.person_agent(ag) {
                        *state.counted.borrow_mut() = Some((a.code.clone(), b.code.clone(), ctx.sentence));
                    }
                }
                return found;
            }
            // "American bases and aircraft carriers", "Israeli police and
            // soldiers": a bare state-force conjunct after a noun with a
            // nationality modifier is of that nationality (not the story's
            // country; other sectors, "US forces and rebels", are not).
            if tree.rel[c as usize] == Rel::Conj
                && matches!(kb.agents()[ag as usize].code.as_str(), "MIL" | "COP" | "SPY")
                && tree.kids(c).iter().all(|&k| !matches!(tree.rel[k as usize], Rel::Det | Rel::Amod | Rel::NmodPoss | Rel::Nmod))
            {
                let h = tree.head[c as usize];
                let modifier = (h != NONE && tree.tag[h as usize].is_noun()).then(|| tree.kids_with(h, Rel::Amod).find(|&k| tree.forms[k as usize].starts_with(char::is_uppercase))).flatten();
                if let Some(m) = modifier {
                    let owner = self.resolve_single(ctx, state, m, false).into_iter().next().filter(|o| state_head(kb, &o.code).is_some_and(|s| s == o.code));
                    if let Some(owner) = owner {
                        let code = self.apply_agent(ag, &owner.code);
                        return vec![Resolved { code, text, via: Via::Earlier(format!("{} (the nationality of the first conjunct)", owner.code)), kind: Kind::Org, head: c }];
                    }
                }
            }
            // "Police fired tear gas", "Soldiers clashed with ELN fighters",
            // "Hundreds of fighters entered the town": a bare plural or mass
            // sector noun is that sector of the story's country.
            // ("a convoy of jihadist fighters": the article is the quantity's.)
            // (Officials are no one without a country; "four men" are, and
            // so are "Prosecutors", "Judges": the story's judiciary, and
            // "Student leaders": its students, "Opposition leaders": its
            // opposition.)
            let bare = heads_phrase && (!self.person_agent(ag) || matches!(kb.agents()[ag as usize].code.as_str(), "CVL" | "JUD" | "EDU" | "OPP")) && (is_quantity_noun(tree.lemmas[c as usize]) || tree.kids(c).iter().all(|&k| tree.rel[k as usize] != Rel::Det)) && (matches!(tree.tag[c as usize], Tag::NNS | Tag::NNPS) || kb.agents()[ag as usize].plural.as_deref().is_none_or(|p| tree.forms[c as usize].eq_ignore_ascii_case(p)) || is_quantity_noun(tree.lemmas[c as usize]));
            // Armed, police and opposition sectors are the parties of conflict
            // news wherever they stand; others ("students", "people") as the
            // actor of a clause or when counted ("arrested 22 people"), not
            // as any addressee ("talking to college students").
            let armed = matches!(kb.agents()[ag as usize].code.as_str(), "MIL" | "COP" | "REB" | "OPP" | "CRM" | "UAF" | "SPY");
            let acting = matches!(tree.rel[c as usize], Rel::Nsubj | Rel::OblAgent);
            // Firms and hospitals are where they are based, not the story's.
            // (Journalists and reporters are people of the country: "arrested
            // two journalists".)
            let outlet = matches!(kb.agents()[ag as usize].code.as_str(), "BUS" | "HLH") || (kb.agents()[ag as usize].code == "MED" && !["journalist", "reporter"].iter().any(|w| tree.lemma_is(c, w)));
            let counted = (is_quantity_noun(tree.lemmas[c as usize]) || tree.kids_with(c, Rel::Nummod).next().is_some()) && !outlet;
            // "Rights groups", "aid groups" with no country of their own
            // are non-governmental, not the story country's sector: `NGO`,
            // whose root (six letters) the news gold writes for unnamed
            // groups.
            if bare && coref {
                let a = &kb.agents()[ag as usize];
                let ngo = match (a.attach, a.code.as_str()) {
                    (Attach::Prefix, "NGO") => Some("NGO"),
                    // (Rights activists are people of a country.)
                    (Attach::Suffix, "HRI") if ["group", "organization", "organisation"].iter().any(|w| a.phrase.ends_with(w)) => Some("NGO"),
                    _ => None,
                };
                if let Some(code) = ngo.filter(|_| !self.person_agent(ag)) {
                    return vec![Resolved { via: Via::Earlier(format!("{text} → {code} (non-governmental, no country named)")), code: code.to_string(), text, kind: Kind::Org, head: c }];
                }
            }
            // "Coalition warplanes" after "the Saudi-led coalition": a
            // modifier that names no actor itself but is a word of the name
            // of an organisation named earlier stands for it.
            if bare && coref && armed {
                let org_word = |k: u32| tree.rel[k as usize] == Rel::Compound && ctx.mention_at[k as usize] == NONE && tree.tag[k as usize].is_noun() && tree.forms[k as usize].len() >= 4;
                let named_so = |a: u32, w: &str| kb.actors()[a as usize].names.iter().any(|n| n.text.split(|ch: char| !ch.is_alphanumeric()).any(|x| x.eq_ignore_ascii_case(w)));
                let org = tree.kids(c).iter().copied().filter(|&k| org_word(k)).find_map(|k| state.named_orgs.iter().rev().find(|(a, _, _)| named_so(*a, tree.lemmas[k as usize])).map(|(_, code, _)| code.clone()));
                if let Some(code) = org.filter(|code| self.off_event_side(ctx, code)) {
                    return vec![Resolved { via: Via::Earlier(format!("{text} → {code} (named so)")), code, text, kind: Kind::Org, head: c }];
                }
            }
            if bare && coref && (armed || acting || counted) {
                // "killed 70 people across Gaza": a state named as the
                // place of the people is theirs.
                let place_word = |k: u32| tree.case_child(k).is_some_and(|p| ["in", "across", "inside", "throughout"].iter().any(|w| tree.is_form(p, w)));
                let placed = tree.kids(c).iter().copied().find(|&k| tree.rel[k as usize] == Rel::Nmod && ctx.mention_at[k as usize] != NONE && place_word(k));
                // "hit missile launchers in western Iran overnight" with the
                // place hung on the verb: an "in" phrase right after the
                // noun is still its.
                let h = tree.head[c as usize];
                let placed = placed.or_else(|| (h != NONE).then(|| tree.kids(h).iter().copied().find(|&k| tree.rel[k as usize] == Rel::Obl && ctx.mention_at[k as usize] != NONE && tree.case_child(k) == Some(c + 1) && place_word(k))).flatten());
                // "killed 54 civilians, many of them children, in the
                // southern Lebanese village of Qana": the victims' place
                // hung on the verb after an aside is theirs too, when the
                // place's phrase names a state ("Lebanese", "Qana").
                let named_in = |k: u32| ctx.mention_at[k as usize] != NONE || tree.kids(k).iter().any(|&m| matches!(tree.rel[m as usize], Rel::Amod | Rel::Nmod | Rel::Compound) && ctx.mention_at[m as usize] != NONE);
                let placed = placed.or_else(|| (h != NONE && tree.rel[c as usize] == Rel::Obj).then(|| tree.kids(h).iter().copied().find(|&k| k > c && tree.rel[k as usize] == Rel::Obl && place_word(k) && named_in(k))).flatten());
                // "strikes hit bakeries and checkpoints in northeastern
                // Syria, killing 12 civilians": the victims of a participle
                // clause added after a strike are where it struck (a place
                // on the verb or on its object, before the participle).
                let placed = placed.or_else(|| {
                    let g = if h != NONE && tree.rel[c as usize] == Rel::Obj && tree.rel[h as usize] == Rel::Advcl && tree.tag[h as usize] == Tag::VBG { tree.head[h as usize] } else { NONE };
                    if g == NONE {
                        return None;
                    }
                    let at = |k: u32| k < h && matches!(tree.rel[k as usize], Rel::Obl | Rel::Nmod) && place_word(k) && ctx.mention_at[k as usize] != NONE;
                    let objects: Vec<u32> = tree.kids_with(g, Rel::Obj).collect();
                    tree.kids(g).iter().copied().chain(objects.iter().flat_map(|&o| tree.kids(o).iter().copied())).find(|&k| at(k))
                });
                // "In Gabon, army officers seized power": a place fronted
                // before the clause, set off by a comma, is where its
                // subject's people are.
                // (The parser may hang the place on the subject itself.)
                let fronted = |k: u32| matches!(tree.rel[k as usize], Rel::Obl | Rel::Nmod) && k < c && ctx.mention_at[k as usize] != NONE && tree.case_is(k, "in") && (k as usize + 1..c as usize).any(|i| tree.forms[i] == ",");
                let placed = placed.or_else(|| (h != NONE && matches!(tree.rel[c as usize], Rel::Nsubj | Rel::NsubjPass)).then(|| tree.kids(h).iter().chain(tree.kids(c)).copied().find(|&k| fronted(k))).flatten());
                if let Some(r) = placed.and_then(|k| self.resolve_single(ctx, state, k, false).into_iter().find(|r| r.kind == Kind::State)) {
                    let code = self.apply_agent(ag, &r.code);
                    return vec![Resolved { via: Via::Earlier(format!("{text} → {code} (the people of the place named)")), code, text, kind: Kind::Org, head: c }];
                }
                if let Some(code) = self.home_sector(ctx, state, c, ag) {
                    return vec![Resolved { via: Via::Earlier(format!("{text} → {code}{HOME_NOTE}")), code, text, kind: Kind::Org, head: c }];
                }
            }
            return Vec::new();
        }
        if bare_both(tree, c) {
            return self.description(ctx, state, c, Kind::Any, text, 2);
        }
        if determiner.is_some() {
            if let Some(kind) = self.rules.description(tree.lemmas[c as usize]) {
                return self.description(ctx, state, c, kind, text, count);
            }
        }
        // "the board's resolution", "its decision": the possessor's actor.
        if let Some(p) = tree.kids_with(c, Rel::NmodPoss).next() {
            // ("its partners", an open set of the own side's, is no one;
            // "his guest", "his counterpart" are someone else.)
            let own_set = matches!(tree.tag[c as usize], Tag::NNS | Tag::NNPS) && matches!(tree.tag[p as usize], Tag::PRPS | Tag::PRP) && self.own_side_pronoun(ctx, state, p);
            if p != c && !phrase.is_empty() && !own_set {
                let mut owner = self.resolve_single(ctx, state, p, true);
                for o in &mut owner {
                    o.text = text.clone();
                    o.head = c;
                }
                return owner;
            }
        }
        // "regret at the decision of the three states": an act named with
        // its author in an "of" phrase (not "the killing of civilians",
        // whose "of" is the victim).
        const AUTHORED: [&str; 14] = ["decision", "move", "announcement", "statement", "refusal", "rejection", "policy", "remark", "comment", "stance", "position", "proposal", "initiative", "conduct"];
        // "the unilateral move announced on Monday by US Secretary of
        // State Mike Pompeo": an act whose participle names its author.
        if AUTHORED.iter().any(|w| tree.lemma_is(c, w)) {
            let by = tree.kids(c).iter().copied().filter(|&k| tree.rel[k as usize] == Rel::Acl && tree.tag[k as usize] == Tag::VBN).find_map(|k| tree.kids_with(k, Rel::OblAgent).next());
            if let Some(author) = by {
                let mut owner = self.resolve_single(ctx, state, author, true);
                for x in &mut owner {
                    x.text = text.clone();
                    x.head = c;
                }
                if !owner.is_empty() {
                    return owner;
                }
            }
        }
        if AUTHORED.iter().any(|w| tree.lemma_is(c, w)) && !phrase.is_empty() {
            if let Some(o) = tree.nmods_with_case(c, "of").next() {
                let mut owner = self.resolve_single(ctx, state, o, true);
                for x in &mut owner {
                    x.text = text.clone();
                    x.head = c;
                }
                return owner;
            }
        }
        Vec::new()
    }

    /// The actor a bare sector noun ("Police", "Gunmen", "Protesters")
    /// stands for: the latest earlier actor of that sector ("Kenyan
    /// police"), else that sector of the state the story has named most so
    /// far (in the whole document). None before the story has named a state.
    fn home_sector(&self, ctx: &Ctx<'_, '_>, state: &DocState, c: u32, agent: u32) -> Option<String> {
        let kb = &*self.actors.kb;
        let a = &kb.agents()[agent as usize];
        if a.attach != Attach::Suffix {
            return None;
        }
        // "Thousands of protesters marched on the U.S. embassy in Cairo":
        // people of the street are of the state where their clause takes
        // place, not of the story's state.
        if matches!(a.code.as_str(), "OPP" | "CVL") {
            if let Some(place) = self.clause_state(ctx, c) {
                return Some(self.apply_agent(agent, &place));
            }
        }
        // "Government aircraft bombarded rebel-held suburbs", "government
        // troops": forces its words call the government's are the story
        // state's own, not those of a foreign force named last.
        let tree = ctx.tree;
        if matches!(a.code.as_str(), "MIL" | "COP" | "SPY") && called_the_governments(tree, c) {
            if let Some(home) = self.home_state(ctx, state, c) {
                return Some(self.apply_agent(agent, &home));
            }
        }
        let cands = self.antecedents(ctx, state, c);
        let state_of_sector = |e: &Entry| state_head(kb, &e.code).is_some() && e.code.get(3..).is_some_and(|s| s.starts_with(a.code.as_str()));
        if let Some(e) = cands.iter().find(|e| state_of_sector(e)) {
            // "judges ruled" after "the International Criminal Court": the
            // international body of that sector, if named since.
            if let Some(i) = cands.iter().take_while(|x| !state_of_sector(x)).find(|x| igo_of_sector(&x.code, &a.code)) {
                return Some(i.code.clone());
            }
            return Some(e.code.clone());
        }
        if let Some(i) = cands.iter().find(|x| igo_of_sector(&x.code, &a.code)) {
            return Some(i.code.clone());
        }
        // (A state's own bodies are not of a state the event's other side
        // is, the references' rule; its people may be: "the army …
        // killing hundreds of civilians".)
        let state_body = matches!(a.code.as_str(), "GOV" | "MIL" | "COP" | "SPY" | "LEG" | "JUD");
        let domestic = matches!(a.code.as_str(), "LEG" | "JUD");
        let best = if domestic { self.home_state(ctx, state, c)? } else { self.story_state(ctx, state, c, state_body)? };
        Some(self.apply_agent(agent, &best))
    }

    /// The state named by an "in" phrase of the clause whose subject is
    /// `c` (on its verb, on the verb's object, or on `c` itself): "in
    /// Cairo", "in Egypt"; for the object of a participle, also the place
    /// the main verb acts on.
    fn clause_state(&self, ctx: &Ctx<'_, '_>, c: u32) -> Option<String> {
        let tree = ctx.tree;
        let ci = c as usize;
        let in_phrases = |h: u32| tree.kids(h).iter().copied().filter(move |&k| matches!(tree.rel[k as usize], Rel::Obl | Rel::Nmod) && tree.case_is(k, "in"));
        let mut heads = vec![c];
        let v = tree.head[ci];
        if v != NONE && matches!(tree.rel[ci], Rel::Nsubj) && tree.tag[v as usize].is_verb() {
            heads.push(v);
            heads.extend(tree.kids_with(v, Rel::Obj).chain(tree.kids_with(v, Rel::Obl)));
        }
        let kb = &*self.actors.kb;
        let state_at = |x: u32| ctx.local.iter().find(|e| e.position == x && e.kind == Kind::State && country_of(kb, &e.code) == Some(e.code.as_str())).map(|e| e.code.clone());
        // "Drones struck Kyiv, killing three people": the people of a
        // participle after an act on a place are that place's.
        if v != NONE && matches!(tree.rel[ci], Rel::Obj) && tree.tag[v as usize] == Tag::VBG && tree.rel[v as usize] == Rel::Advcl {
            let main = tree.head[v as usize];
            if let Some(s) = tree.kids_with(main, Rel::Obj).find_map(state_at) {
                return Some(s);
            }
            // "fired dozens of missiles at Ukrainian towns, killing nine
            // people": or the place its "at"/"on"/"against" phrase names
            // (on the verb, its object, a conjoined object or the object's noun), or that
            // place's nationality.
            let mut hosts = vec![main];
            hosts.extend(tree.kids_with(main, Rel::Obj));
            // ("launched 298 drones and 69 missiles at Ukrainian cities": or
            // on a conjoined object.)
            for o in tree.kids_with(main, Rel::Obj) {
                hosts.extend(tree.kids_with(o, Rel::Nmod).filter(|&n| tree.case_is(n, "of")));
                hosts.extend(tree.kids_with(o, Rel::Conj));
            }
            let aimed = hosts.iter().flat_map(|&h| tree.kids(h).iter().copied()).filter(|&k| aimed_phrase(tree, k));
            for k in aimed.collect::<Vec<u32>>() {
                if let Some(s) = state_at(k).or_else(|| tree.kids_with(k, Rel::Amod).find_map(state_at)) {
                    return Some(s);
                }
            }
            heads.push(main);
        }
        heads.into_iter().flat_map(in_phrases).find_map(|x| ctx.local.iter().find(|e| e.position == x && e.kind == Kind::State && country_of(kb, &e.code) == Some(e.code.as_str())).map(|e| e.code.clone()))
    }

    /// The state the story is about so far: the one named most often
    /// before token `c`, places of events twice (ties to the first
    /// named), else the first named later in the sentence; with
    /// `off_event_side`, none the current event's other side is.
    fn story_state(&self, ctx: &Ctx<'_, '_>, state: &DocState, c: u32, off_event_side: bool) -> Option<String> {
        self.story_state_where(ctx, state, c, off_event_side, |_| true)
    }

    /// `story_state` among the states `keep` accepts: the story's state
    /// that is not, say, the attacker's own.
    fn story_state_where(&self, ctx: &Ctx<'_, '_>, state: &DocState, c: u32, off_event_side: bool, keep: impl Fn(&str) -> bool) -> Option<String> {
        let kb = &*self.actors.kb;
        let mut counts: Vec<(&str, usize)> = state.states.iter().map(|(h, n)| (h.as_str(), *n)).collect();
        for e in ctx.local.iter().filter(|e| e.position < c) {
            if let Some(head) = state_head(kb, &e.code) {
                tally(&mut counts, head);
                if place_of_events(ctx.tree, e.position) {
                    tally(&mut counts, head);
                }
            }
        }
        if off_event_side {
            counts.retain(|(h, _)| self.off_event_side(ctx, h));
        }
        counts.retain(|(h, _)| keep(h));
        // A story's first sentence may name its state after the noun
        // ("Gunmen abducted pupils in the Nigerian town of Kuriga").
        if counts.is_empty() {
            counts.extend(ctx.local.iter().filter(|e| e.position > c).filter_map(|e| state_head(kb, &e.code)).filter(|h| keep(h)).map(|h| (h, 1)));
        }
        // Ties go to the state named first.
        let best = counts.iter().fold(None::<(&str, usize)>, |b, &(h, n)| if b.is_none_or(|b| n > b.1) { Some((h, n)) } else { b })?;
        Some(best.0.to_string())
    }

    /// The actor a name stands for on `date`. Namesakes of different
    /// states ("the Democratic Party" of the United States, of Korea …)
    /// go to the state the story has named most before `position` (the
    /// first namesake when it has named none of theirs, or on a tie).
    fn namesake_on<'k>(&'k self, ctx: &Ctx<'_, '_>, state: &DocState, entries: &[u32], date: NaiveDate, position: u32) -> Option<(u32, &'k str)> {
        let first = self.actors.actor_on(entries, date)?;
        if entries.len() < 2 {
            return Some(first);
        }
        let kb = &*self.actors.kb;
        let named = |head: &str| state.states.iter().find(|(h, _)| h == head).map_or(0, |(_, n)| *n) + ctx.local.iter().filter(|e| e.position < position && state_head(kb, &e.code) == Some(head)).count();
        let score = |code: &str| state_head(kb, code).map_or(0, named);
        let mut best = (first, score(first.1));
        for &e in entries {
            let a = self.actors.name(e).actor;
            if let Some(code) = kb.actors()[a as usize].code_on(date) {
                let n = score(code);
                if n > best.1 {
                    best = ((a, code), n);
                }
            }
        }
        Some(best.0)
    }

    /// The state of a body that acts only at home (legislatures, courts,
    /// election commissions) and is named without one: the story's state,
    /// even when it is the event's other side ("Lula met the heads of the
    /// Supreme Court" in a story about Brazil), except in an act of force
    /// ("Israeli jets struck the parliament" is not Israel's).
    fn home_state(&self, ctx: &Ctx<'_, '_>, state: &DocState, c: u32) -> Option<String> {
        self.story_state(ctx, state, c, ctx.force.get())
    }

    /// "the South", "the North" in a story that has named one of the
    /// Koreas: that half of the divided state.
    fn half_state(&self, ctx: &Ctx<'_, '_>, state: &DocState, c: u32, text: impl FnOnce() -> String) -> Option<Resolved> {
        let tree = ctx.tree;
        let form = tree.forms[c as usize];
        // "the South" with nothing else on it: "the Global South" is no half.
        let the = |k: u32| tree.rel[k as usize] == Rel::Det && tree.is_form(k, "the");
        let possessive = |k: u32| tree.rel[k as usize] == Rel::Case && (tree.is_form(k, "'s") || tree.is_form(k, "\u{2019}s"));
        // (A possessive ending is no more: "the North's response", with
        // "the" on "North" or, as parsers often hang it, on "response".)
        let the_before = c > 0 && tree.rel[c as usize] == Rel::NmodPoss && tree.is_form(c - 1, "the") && tree.rel[(c - 1) as usize] == Rel::Det && tree.head[(c - 1) as usize] == tree.head[c as usize];
        let kids_the = tree.kids(c).iter().filter(|&&k| the(k)).count();
        let only_the = (kids_the == 1 || (kids_the == 0 && the_before && tree.kids(c).iter().any(|&k| possessive(k)))) && tree.kids(c).iter().all(|&k| the(k) || possessive(k));
        if !form.starts_with(|ch: char| ch.is_ascii_uppercase()) || !only_the {
            return None;
        }
        let (code, context) = self.rules.half(form)?;
        let named = |e: &Entry| context.iter().any(|x| e.code.starts_with(x.as_str()));
        let known = state.memory.iter().any(named) || ctx.local.iter().any(|e| e.position < c && named(e));
        known.then(|| {
            let text = text();
            Resolved { code: code.to_string(), via: Via::Earlier(format!("{text} → {code} (a half of a divided state)")), text, kind: Kind::State, head: c }
        })
    }

    /// The object of `anchor` when it is a definite accusation or criticism
    /// without an author of its own ("the accusation", not "Kigali's
    /// accusation" or "the accusation by Kigali").
    fn accusation_object(&self, tree: &Tree<'_>, anchor: u32) -> Option<u32> {
        // (Remarks and comments rejected are the other side's words, as a
        // rule the reproach the story has reported.)
        const ACCUSATIONS: [&str; 11] = ["accusation", "allegation", "charge", "claim", "criticism", "charges", "claims", "remark", "remarks", "comment", "comments"];
        let kind = |o: u32| ACCUSATIONS.iter().any(|w| tree.lemma_is(o, w));
        unauthored_object(tree, anchor, kind, &["the", "this", "that", "these", "those", "such"], &[Rel::NmodPoss], &["by", "from", "of"])
    }

    /// The object of `anchor` when it is a definite agreement without
    /// parties of its own ("the memorandum", "this deal", not "the deal
    /// between Israel and Hamas" or "Moscow's agreement").
    fn agreement_object(&self, tree: &Tree<'_>, anchor: u32) -> Option<u32> {
        const AGREEMENTS: [&str; 9] = ["agreement", "accord", "deal", "treaty", "pact", "memorandum", "mou", "protocol", "understanding"];
        let kind = |o: u32| AGREEMENTS.iter().any(|w| tree.lemma_is(o, w));
        unauthored_object(tree, anchor, kind, &["the", "this", "that", "these", "those"], &[Rel::NmodPoss, Rel::Acl, Rel::AclRelcl], &["by", "between", "with", "of"])
    }

    /// The object of `anchor` when it is a definite call, appeal or demand
    /// without an author of its own ("the call for a ceasefire", not
    /// "Egypt's call" or "the call by Egypt").
    fn call_object(&self, tree: &Tree<'_>, anchor: u32) -> Option<u32> {
        const CALLS: [&str; 4] = ["call", "appeal", "demand", "request"];
        let kind = |o: u32| CALLS.iter().any(|w| tree.lemma_is(o, w));
        unauthored_object(tree, anchor, kind, &["the", "this", "that", "these", "those"], &[Rel::NmodPoss, Rel::Acl, Rel::AclRelcl], &["by", "from", "of"])
    }

    /// The object of `anchor` when it is a definite demand or request
    /// without an author of its own ("those demands", not "Moscow's demands").
    fn demand_object(&self, tree: &Tree<'_>, anchor: u32) -> Option<u32> {
        const DEMANDS: [&str; 6] = ["demand", "request", "appeal", "ultimatum", "call", "deadline"];
        let kind = |o: u32| DEMANDS.iter().any(|w| tree.lemma_is(o, w));
        unauthored_object(tree, anchor, kind, &["the", "this", "that", "these", "those", "such"], &[Rel::NmodPoss, Rel::Acl, Rel::AclRelcl], &["by", "from", "of", "for"])
    }

    /// The object of `anchor` when it is a definite show of force or decree
    /// without an author of its own ("the launch", "the drills", "the
    /// decree", not "Pyongyang's launch"; also "the sanctions", "the veto"),
    /// with the kind of act it names.
    fn act_object(&self, tree: &Tree<'_>, anchor: u32) -> Option<(u32, ActKind)> {
        const FORCE: [&str; 12] = ["launch", "launches", "test", "tests", "drill", "drills", "exercise", "exercises", "maneuvers", "manoeuvres", "incursion", "incursions"];
        const DECREES: [&str; 3] = ["decree", "decrees", "declaration"];
        const VIOLENCE: [&str; 11] = ["attack", "strike", "airstrike", "air-strike", "raid", "killing", "bombing", "shelling", "bombardment", "assault", "massacre"];
        let dets = ["the", "this", "that", "these", "those", "such"];
        let authored = [Rel::NmodPoss, Rel::Acl, Rel::AclRelcl];
        let cases = ["by", "from", "of"];
        if let Some(o) = unauthored_object(tree, anchor, |o| FORCE.iter().any(|w| tree.lemma_is(o, w) || tree.is_form(o, w)), &dets, &authored, &cases) {
            return Some((o, ActKind::Force));
        }
        // "Riyadh condemned the raid", "deplored the killing": one attack
        // named by its kind alone points back to the one the story told.
        // (Not the plural: "denounced the strikes" may be a campaign's.)
        let one_attack = |o: u32| VIOLENCE.iter().any(|w| tree.is_form(o, w)) && !matches!(tree.tag[o as usize], Tag::NNS | Tag::NNPS);
        if let Some(o) = unauthored_object(tree, anchor, one_attack, &["the", "this", "that"], &authored, &cases) {
            return Some((o, ActKind::Attack));
        }
        // "Kabul condemned the strikes", "called the strikes an act of
        // war": strikes, raids and bombings named in the plural (one
        // operation's, as air strikes are told) point back too, but only
        // to a side whose acts are all the story's others (the caller
        // finds no dominant side for a plural). (Not "the killings" or
        // "the attacks", which may be a campaign's.)
        const STRIKES: [&str; 5] = ["strike", "airstrike", "air-strike", "raid", "bombing"];
        let attacks = |o: u32| STRIKES.iter().any(|w| tree.lemma_is(o, w)) && matches!(tree.tag[o as usize], Tag::NNS | Tag::NNPS);
        if let Some(o) = unauthored_object(tree, anchor, attacks, &["the", "these", "those"], &authored, &cases) {
            return Some((o, ActKind::Attack));
        }
        // "condemned the fighting", "deplored the outbreak of clashes":
        // fighting the story reports, when it is all one side's or within
        // one country (a civil war's two sides are one country's).
        // (Not "the violence", which the sets code with no target: a
        // repression as much as a fight.)
        const FIGHTING: [&str; 6] = ["fighting", "clash", "clashes", "hostilities", "shelling", "offensive"];
        let fighting = |o: u32| FIGHTING.iter().any(|w| tree.lemma_is(o, w) || tree.is_form(o, w));
        if let Some(o) = unauthored_object(tree, anchor, fighting, &dets, &authored, &cases) {
            return Some((o, ActKind::Fighting));
        }
        let outbreak = |o: u32| ["outbreak", "escalation", "resumption", "surge", "upsurge"].iter().any(|w| tree.lemma_is(o, w)) && tree.nmods_with_case(o, "of").next().is_some_and(|x| fighting(x) && !tree.kids(x).iter().any(|&k| matches!(tree.rel[k as usize], Rel::NmodPoss | Rel::Nmod)));
        if let Some(o) = unauthored_object(tree, anchor, outbreak, &dets, &authored, &["by", "from"]) {
            return Some((o, ActKind::Fighting));
        }
        if let Some(o) = unauthored_object(tree, anchor, |o| ["sanction", "sanctions", "embargo"].iter().any(|w| tree.lemma_is(o, w)), &dets, &authored, &cases) {
            return Some((o, ActKind::Sanctions));
        }
        if let Some(o) = unauthored_object(tree, anchor, |o| tree.lemma_is(o, "veto") && tree.tag[o as usize].is_noun(), &dets, &authored, &cases) {
            return Some((o, ActKind::Veto));
        }
        unauthored_object(tree, anchor, |o| DECREES.iter().any(|w| tree.lemma_is(o, w)), &dets, &authored, &cases).map(|o| (o, ActKind::Decree))
    }

    /// The object of `anchor` when it is a definite ruling without an
    /// author of its own ("the ruling", not "the court's ruling").
    fn ruling_object(&self, tree: &Tree<'_>, anchor: u32) -> Option<u32> {
        const RULINGS: [&str; 9] = ["ruling", "verdict", "judgment", "judgement", "injunction", "conviction", "sentence", "warrant", "decision"];
        let kind = |o: u32| RULINGS.iter().any(|w| tree.lemma_is(o, w));
        unauthored_object(tree, anchor, kind, &["the", "this", "that", "these", "such"], &[Rel::NmodPoss, Rel::Acl, Rel::AclRelcl], &["by", "from", "of"])
    }

    /// The object of `anchor` when it is a definite decision, move, step or
    /// announcement without an author of its own ("the decision", "this
    /// move", "the decision to disband", not "Kigali's decision", "the U.S.
    /// decision" or "the decision by the court").
    fn decision_object(&self, tree: &Tree<'_>, anchor: u32) -> Option<u32> {
        const DECISIONS: [&str; 4] = ["decision", "move", "step", "announcement"];
        let named = |o: u32| tree.kids(o).iter().any(|&k| matches!(tree.rel[k as usize], Rel::Compound | Rel::Amod) && matches!(tree.tag[k as usize], Tag::NNP | Tag::NNPS));
        let kind = |o: u32| DECISIONS.iter().any(|w| tree.lemma_is(o, w)) && tree.tag[o as usize].is_noun() && !named(o);
        unauthored_object(tree, anchor, kind, &["the", "this", "that", "such"], &[Rel::NmodPoss, Rel::AclRelcl], &["by", "from", "of"])
    }

    /// The object (or passive subject) of `anchor` when it is definite
    /// talks or negotiations that name no party ("the talks", not "talks
    /// between Kyiv and Moscow" or "the Iran talks").
    fn partyless_talks(&self, tree: &Tree<'_>, anchor: u32) -> Option<u32> {
        tree.kids(anchor).iter().copied().find(|&o| {
            let kids = tree.kids(o);
            matches!(tree.rel[o as usize], Rel::Obj | Rel::NsubjPass)
                && ["talk", "talks", "negotiation", "negotiations"].iter().any(|w| tree.is_form(o, w))
                && kids.iter().any(|&k| tree.rel[k as usize] == Rel::Det && ["the", "these", "those"].iter().any(|w| tree.is_form(k, w)))
                && !kids.iter().any(|&k| matches!(tree.rel[k as usize], Rel::NmodPoss | Rel::Compound | Rel::Amod | Rel::Nmod | Rel::Acl | Rel::AclRelcl))
        })
    }

    /// The object of `anchor` when it is a definite visit, trip or mission
    /// without an author of its own ("the mission", "this visit", not
    /// "Pelosi's visit" or "the visit by the delegation").
    fn visit_object(&self, tree: &Tree<'_>, anchor: u32) -> Option<u32> {
        const VISITS: [&str; 4] = ["visit", "trip", "mission", "tour"];
        let kind = |o: u32| VISITS.iter().any(|w| tree.lemma_is(o, w)) && tree.tag[o as usize].is_noun();
        unauthored_object(tree, anchor, kind, &["the", "this", "that"], &[Rel::NmodPoss, Rel::Acl, Rel::AclRelcl], &["by", "from", "of"])
    }

    /// The object of `anchor` when it is a definite proposal without an
    /// author of its own ("the ceasefire proposal", not "Hamas's proposal").
    fn proposal_object(&self, tree: &Tree<'_>, anchor: u32) -> Option<u32> {
        let kind = |o: u32| self.rules.is_proposal(tree.lemmas[o as usize]);
        unauthored_object(tree, anchor, kind, &["the", "this", "that"], &[Rel::NmodPoss], &["by", "from", "of"])
    }

    /// The place a resident or business agent at `c` is said to be in ("in
    /// X", "based in X"). Settlers, hostages, migrants and refugees are
    /// not the people of the place they are in, so only civilians,
    /// businesses, health services and domestic sectors (opposition,
    /// unions, lawmakers …) are placed this way.
    fn residence(&self, ctx: &Ctx<'_, '_>, c: u32, agent: u32) -> Option<u32> {
        let a = &self.actors.kb.agents()[agent as usize];
        let tree = ctx.tree;
        let in_phrase = |k: u32| tree.case_is(k, "in");
        // "the junta in Bamako", "the Department of Foreign Affairs in
        // Manila": a governing body or ministry sits in its own country (an
        // embassy or ambassador "in" a capital does not, so only these).
        let ministry = a.phrase.split(' ').any(|w| ["ministry", "department"].contains(&w));
        let seat = a.attach == Attach::Suffix
            && ((a.code.starts_with("GOV") && (ministry || self.rules.is_governing_body(&a.phrase) || ["authorities", "authority"].contains(&a.phrase.as_str())))
                || (a.code.starts_with("MIL") && ministry));
        if seat {
            // The place may hang on the name's last word ("Department of
            // Foreign Affairs in Manila": on "Affairs").
            let of_part = tree.nmods_with_case(c, "of");
            return std::iter::once(c).chain(of_part).find_map(|h| tree.kids_with(h, Rel::Nmod).find(|&k| in_phrase(k)));
        }
        // ("opposition leaders in Bogota", "union leaders in Nairobi",
        // "lawmakers in Kyiv": a domestic sector is the people of the
        // place it is in, as residents are.)
        let placed = a.attach == Attach::Suffix
            && matches!(a.code.as_str(), "CVL" | "BUS" | "HLH" | "OPP" | "LAB" | "EDU" | "LEG" | "REL" | "HRI" | "MED" | "AGR" | "ENV")
            && !matches!(a.phrase.as_str(), "settler" | "hostage");
        if !placed {
            return None;
        }
        let own = tree.kids(c).iter().copied().find_map(|k| match tree.rel[k as usize] {
            Rel::Nmod if in_phrase(k) => Some(k),
            Rel::Acl if ["base", "located", "locate", "headquarter", "headquartered"].iter().any(|w| tree.lemma_is(k, w)) => tree.kids(k).iter().copied().find(|&o| matches!(tree.rel[o as usize], Rel::Obl | Rel::Nmod) && in_phrase(o)),
            _ => None,
        });
        // "urged civilians in eastern Rafah to move": parsers often hang the
        // place on the verb; an "in" phrase right after the noun is its.
        own.or_else(|| {
            let h = tree.head[c as usize];
            (h != NONE).then(|| tree.kids(h).iter().copied().find(|&k| tree.rel[k as usize] == Rel::Obl && tree.case_child(k) == Some(c + 1) && in_phrase(k))).flatten()
        })
    }

    /// RUS + `~GOV` → RUSGOV; agents add to countries and regions only
    /// (a group, organisation or person keeps its own code).
    fn apply_agent(&self, agent: u32, code: &str) -> String {
        let a = &self.actors.kb.agents()[agent as usize];
        // Settlers in a territory another state holds are that state's
        // (`data/settlers.tsv`).
        let code = match self.rules.settlers_of(code) {
            Some(state) if a.phrase == "settler" => state,
            _ => code,
        };
        let bare = code.len() == 3 && self.actors.kb.registry().component(code).is_some_and(|c| matches!(c.category, Category::Country | Category::Region));
        if !bare && a.attach == Attach::Suffix {
            return code.to_string();
        }
        if a.attach == Attach::Prefix && code.len() != 3 {
            return code.to_string();
        }
        a.apply(code)
    }

    /// An agent a state has one of: an office ("president") or a body of
    /// `data/governing-bodies.txt` ("junta").
    fn one_per_state(&self, agent: u32) -> bool {
        let a = &self.actors.kb.agents()[agent as usize];
        a.office.is_some() || self.rules.is_governing_body(&a.phrase)
    }

    /// The number of states an earlier plural mention stood for: the most
    /// recent antecedent recorded from a plural phrase, counted with the
    /// entries of the same phrase.
    fn last_plural_group(&self, ctx: &Ctx<'_, '_>, state: &DocState, c: u32) -> usize {
        let kb = &*self.actors.kb;
        let cands = self.antecedents(ctx, state, c);
        let group = |e: &Entry| cands.iter().filter(|x| x.sentence == e.sentence && x.position == e.position && country_of(kb, &x.code).is_some()).count();
        cands.iter().find(|e| e.plural && e.kind != Kind::Group && country_of(kb, &e.code).is_some()).map_or(0, |e| group(e))
    }

    /// "the three European powers", "the three countries" after "Britain,
    /// France and Germany …": a counted plural of three or more states is
    /// the states listed together lately in that number (a run of state
    /// names at most a comma and a conjunction apart), not the states
    /// named last one by one; `count` 0 takes a run of any length from two.
    /// Looks back over a few sentences only.
    fn listed_states(&self, ctx: &Ctx<'_, '_>, state: &DocState, c: u32, count: usize, text: &str) -> Vec<Resolved> {
        let kb = &*self.actors.kb;
        let cands = self.antecedents(ctx, state, c);
        let mut sentences: Vec<usize> = Vec::new();
        for e in &cands {
            if !sentences.contains(&e.sentence) {
                sentences.push(e.sentence);
            }
        }
        // (A count of three or more, "the five presidents", may reach a
        // list named further back: a run that long is seldom repeated.)
        let reach = if count >= 3 { 8 } else { 4 };
        for &s in sentences.iter().take(reach) {
            let mut named: Vec<&Entry> = cands.iter().copied().filter(|e| e.sentence == s && e.kind == Kind::State && e.code.len() == 3 && country_of(kb, &e.code).is_some() && !is_region(kb, &e.code)).collect();
            named.sort_by_key(|e| e.position);
            named.dedup_by(|a, b| a.code == b.code);
            let mut run: Vec<&Entry> = Vec::new();
            let mut runs: Vec<Vec<&Entry>> = Vec::new();
            for e in named {
                // (A name of two words counts from its last: "Mali,
                // Burkina Faso" is a run.)
                if run.last().is_some_and(|l| e.position > l.position + 3) {
                    runs.push(std::mem::take(&mut run));
                }
                run.push(e);
            }
            runs.push(run);
            if let Some(found) = runs.into_iter().find(|r| r.len() == count || (count == 0 && r.len() >= 2)) {
                return found.into_iter().map(|e| Resolved { via: Via::Earlier(format!("{text} → {} (listed together)", e.code)), code: e.code.clone(), text: text.to_string(), kind: Kind::State, head: c }).collect();
            }
        }
        Vec::new()
    }

    fn person_agent(&self, agent: u32) -> bool {
        let agents = self.actors.kb.agents();
        let a = &agents[agent as usize];
        let last = a.phrase.split(' ').next_back();
        if last.is_some_and(|w| self.rules.is_person_noun(w)) {
            return true;
        }
        // An office marks a person ("the president", "the amir"), not the
        // institution an office is linked to ("the foreign ministry" @fm,
        // "the central bank" @cb, "it" rather than "he"): a phrase whose
        // last word is an agent of no office names that institution.
        let institution = a.phrase.contains(' ') && last.and_then(|w| self.actors.agent_named(w)).is_some_and(|g| agents[g as usize].office.is_none());
        a.office.is_some() && !institution
    }

    /// Candidates for a reference at `position`: earlier in this sentence
    /// (subjects first, nearest first), then the previous sentences (most
    /// recent first; subjects first, then in order). Actors the current
    /// event's other side names are left out ("the US and Qatar mediated
    /// between the two countries").
    fn antecedents<'e>(&self, ctx: &'e Ctx<'_, '_>, state: &'e DocState, position: u32) -> Vec<&'e Entry> {
        let tree = ctx.tree;
        let allowed = |e: &Entry| self.off_event_side(ctx, &e.code);
        let mut local: Vec<&Entry> = ctx.local.iter().filter(|e| e.position < position && !tree.dominates(e.position, position) && allowed(e)).collect();
        local.sort_by_key(|e| (!e.subject, std::cmp::Reverse(e.position)));
        let mut out = local;
        let mut sentences: Vec<usize> = state.memory.iter().map(|e| e.sentence).collect();
        sentences.sort_unstable();
        sentences.dedup();
        for s in sentences.into_iter().rev() {
            let mut these: Vec<&Entry> = state.memory.iter().filter(|e| e.sentence == s && allowed(e)).collect();
            these.sort_by_key(|e| (!e.subject, e.position));
            out.extend(these);
        }
        out
    }

    /// "North Korea has sent troops to Russia", "Burundi sent troops to
    /// eastern Congo": troops sent to another state named by its own name
    /// (not "to the border") are military aid to it, unless the story has
    /// set the two against each other (then it is a deployment, 154).
    fn troops_sent_to_a_friend(&self, ctx: &Ctx<'_, '_>, state: &DocState, m: &AnchorMatch, sources: &[Resolved], targets: &[Resolved]) -> bool {
        let tree = ctx.tree;
        let kb = &*self.actors.kb;
        let to_phrase = |t: &Resolved| tree.dominates(m.anchor, t.head) && tree.case_is(t.head, "to");
        !targets.is_empty()
            && targets.iter().all(|t| {
                t.kind == Kind::State
                    && matches!(tree.tag[t.head as usize], Tag::NNP | Tag::NNPS)
                    && to_phrase(t)
                    && sources.iter().all(|s| country_of(kb, &s.code).is_some_and(|c| c != t.code.as_str()) && !state.were_opposed(&s.code, &t.code))
            })
    }

    /// Whether `code` may be a reference's actor: not the current event's
    /// own side, nor another sector of its state ("China's Foreign
    /// Ministry called on all parties" does not mean China); armed groups,
    /// the opposition and parties stay apart from their state's government.
    fn off_event_side(&self, ctx: &Ctx<'_, '_>, code: &str) -> bool {
        let apart = |c: &str| c.contains("REB") || c.contains("OPP") || c.contains("CRM") || c.contains("PTY");
        // Civil society ("Sudanese doctors", "the teachers' union", rights
        // groups, students) stands apart from its own state's organs:
        // "accused the security forces of killing protesters".
        let civil = |c: &str| ["HRI", "LAB", "EDU", "HLH", "CVL"].iter().any(|x| c.get(3..).is_some_and(|rest| rest.contains(x)));
        let same_side = |a: &str, b: &str| a == b || (a.len() >= 3 && b.len() >= 3 && a[..3] == b[..3] && country_of(&self.actors.kb, a).is_some() && !apart(a) && !apart(b) && civil(a) == civil(b));
        !ctx.exclude.borrow().iter().any(|x| same_side(x, code))
    }

    /// A warning whose complement says what will (`would`, `will`) happen
    /// under a condition ("warned that Israel would strike Hezbollah if the
    /// group violated the agreement"): the threat's code (force if the
    /// complement's verb is an act of force) and the complement's subject
    /// and object and the condition's subject.
    fn conditional_warning(&self, tree: &Tree<'_>, anchor: u32) -> Option<ConditionalWarning> {
        let said = tree.kids(anchor).iter().copied().find(|&k| tree.rel[k as usize] == Rel::Ccomp)?;
        // "warned that he could impose sanctions on Russia if it did not":
        // a possibility the speaker holds out under a condition threatens
        // as much as a "would".
        let future = tree.kids(said).iter().any(|&k| tree.rel[k as usize] == Rel::Aux && (self.rules.is_future(tree.forms[k as usize]) || ["could", "might", "may"].iter().any(|w| tree.forms[k as usize].eq_ignore_ascii_case(w))));
        // (Parsers hang the condition on the warning, its complement or the
        // complement's own complement: "would become a target if …".)
        let condition = self.condition_subject(tree, anchor).or_else(|| self.condition_subject(tree, said))?;
        if !future {
            return None;
        }
        const FORCE: [&str; 16] = ["strike", "attack", "hit", "bomb", "seize", "destroy", "retaliate", "respond", "punish", "target", "invade", "occupy", "annex", "crush", "fire", "shoot"];
        let code = if FORCE.iter().any(|w| tree.lemma_is(said, w)) { "138" } else { "130" };
        let of = |rel: &[Rel]| tree.kids(said).iter().copied().find(|&k| rel.contains(&tree.rel[k as usize]));
        Some(ConditionalWarning { code, subject: of(&[Rel::Nsubj, Rel::NsubjPass]), object: of(&[Rel::Obj]), condition })
    }

    /// The subject of a conditional clause ("if …", "unless …") of the
    /// anchor, of its complement, or of the clause it complements.
    fn condition_subject(&self, tree: &Tree<'_>, anchor: u32) -> Option<u32> {
        let mut clauses = vec![anchor];
        clauses.extend(tree.kids(anchor).iter().copied().filter(|&k| matches!(tree.rel[k as usize], Rel::Ccomp | Rel::Xcomp)));
        let h = tree.head[anchor as usize];
        if h != NONE && matches!(tree.rel[anchor as usize], Rel::Ccomp | Rel::Xcomp) {
            clauses.push(h);
        }
        clauses.iter().find_map(|&x| {
            let condition = tree.kids(x).iter().copied().find(|&k| tree.rel[k as usize] == Rel::Advcl && tree.kids(k).iter().any(|&w| tree.rel[w as usize] == Rel::Mark && self.rules.is_condition(tree.forms[w as usize])))?;
            tree.kids(condition).iter().copied().find(|&k| matches!(tree.rel[k as usize], Rel::Nsubj | Rel::NsubjPass))
        })
    }

    /// The party an act conjoined with `anchor` is aimed at: the object,
    /// or the "on", "against", "with" or "to" phrase, naming an actor, of
    /// a verb coordinated with it that has no subject of its own (so shares
    /// the anchor's), or the "on" or "against" phrase of that object.
    fn conjoined_act_party(&self, ctx: &Ctx<'_, '_>, anchor: u32, source: u32) -> Option<u32> {
        let tree = ctx.tree;
        let party = |k: u32| {
            let aimed = matches!(tree.rel[k as usize], Rel::Obj | Rel::Iobj) || (tree.rel[k as usize] == Rel::Obl && tree.case_child(k).is_some_and(|c| ["on", "against", "with", "to"].iter().any(|w| tree.is_form(c, w))));
            aimed && !tree.dominates(source, k) && self.names_actor(ctx, k)
        };
        // ("imposed sanctions on Niger": or the one the object is aimed at.)
        let object_aimed_at = |v: u32| tree.kids_with(v, Rel::Obj).flat_map(|o| tree.kids_with(o, Rel::Nmod)).find(|&n| tree.case_child(n).is_some_and(|c| ["on", "against"].iter().any(|w| tree.is_form(c, w))) && !tree.dominates(source, n) && self.names_actor(ctx, n));
        // (Not whom one orders: "vowed to punish the mutineers and ordered
        // the army to crush them" names the threat's executor.)
        let command = |v: u32| ["order", "instruct", "direct", "command", "authorise", "authorize", "tell"].iter().any(|w| tree.lemma_is(v, w));
        verbs_sharing_subject(tree, anchor, source).filter(|&v| !command(v)).find_map(|v| tree.kids(v).iter().copied().find(|&k| party(k)).or_else(|| object_aimed_at(v)))
    }

    /// The partner of an act coordinated with `anchor` and sharing its
    /// subject, named in a "with" phrase of that verb or of its object
    /// ("signed a declaration with Xi and agreed to …", "held talks with
    /// Kenya and agreed to …").
    fn conjoined_with_partner(&self, ctx: &Ctx<'_, '_>, anchor: u32, source: u32) -> Option<u32> {
        let tree = ctx.tree;
        let with_phrase = |k: u32| matches!(tree.rel[k as usize], Rel::Obl | Rel::Nmod) && tree.case_child(k).is_some_and(|c| tree.is_form(c, "with")) && !tree.dominates(source, k) && self.names_actor(ctx, k);
        verbs_sharing_subject(tree, anchor, source).find_map(|v| {
            let on_verb = tree.kids(v).iter().copied().find(|&k| with_phrase(k));
            on_verb.or_else(|| tree.kids_with(v, Rel::Obj).flat_map(|o| tree.kids(o).to_vec()).find(|&k| with_phrase(k)))
        })
    }

    /// The two sides of an interaction named earlier in this sentence, as
    /// `code_of` maps them (`None`: not a side): the nearest two actors
    /// either coordinated ("Israel and Hamas") or subject and object of one
    /// verb ("Kim hosted Putin"), of different countries, neither the
    /// current event's own side.
    fn sentence_pair(&self, ctx: &Ctx<'_, '_>, c: u32, code_of: impl Fn(&Entry) -> Option<String>) -> Option<(String, String)> {
        let tree = ctx.tree;
        let kb = &*self.actors.kb;
        let cands: Vec<(u32, String)> = ctx
            .local
            .iter()
            .filter(|e| e.position < c && !tree.dominates(c, e.position) && self.off_event_side(ctx, &e.code))
            .filter_map(|e| code_of(e).map(|code| (e.position, code)))
            .collect();
        // "Egypt and Qatar said both sides had agreed": speakers are not
        // the sides they speak of.
        let linked = |a: u32, b: u32| linked_pair(tree, a, b) && !speaks_of(tree, a, c) && !speaks_of(tree, b, c);
        let mut best: Option<(u32, String, String)> = None;
        for (i, (pa, ca)) in cands.iter().enumerate() {
            for (pb, cb) in &cands[i + 1..] {
                let last = (*pa).max(*pb);
                if linked(*pa, *pb) && different_sides(kb, ca, cb) && best.as_ref().is_none_or(|b| last > b.0) {
                    let (first, second) = if pa < pb { (ca, cb) } else { (cb, ca) };
                    best = Some((last, first.clone(), second.clone()));
                }
            }
        }
        best.map(|(_, a, b)| (a, b))
    }

    /// The latest pair of the two sentences before this one that were
    /// coordinated or subject and object of one verb ("Kenya and Somalia
    /// held talks. The two countries …"), as `code_of` maps them.
    fn recent_pair(&self, ctx: &Ctx<'_, '_>, state: &DocState, code_of: impl Fn(&Entry) -> Option<String>) -> Option<(String, String)> {
        let kb = &*self.actors.kb;
        state.pairs.iter().rev().take_while(|(a, _)| a.sentence + 2 >= ctx.sentence).find_map(|(a, b)| {
            let (ca, cb) = (code_of(a)?, code_of(b)?);
            (self.off_event_side(ctx, &a.code) && self.off_event_side(ctx, &b.code) && different_sides(kb, &ca, &cb)).then_some((ca, cb))
        })
    }

    /// The pair a plural description means, nearest first: two sides named
    /// in this sentence, else the latest interaction's sides (`latest`),
    /// else two `what` named together in the sentences just before; empty
    /// if none.
    #[allow(clippy::too_many_arguments)]
    fn nearest_pair(&self, ctx: &Ctx<'_, '_>, state: &DocState, c: u32, text: &str, code_of: impl Fn(&Entry) -> Option<String> + Copy, latest: impl FnOnce() -> Vec<Resolved>, what: &str) -> Vec<Resolved> {
        if let Some((a, b)) = self.sentence_pair(ctx, c, code_of) {
            return self.pair_of(c, text, a, b, "the two sides named in this sentence");
        }
        let sides = latest();
        if !sides.is_empty() {
            return sides;
        }
        match self.recent_pair(ctx, state, code_of) {
            Some((a, b)) => self.pair_of(c, text, a, b, &format!("two {what} named together lately")),
            None => Vec::new(),
        }
    }

    /// Two resolved sides of a plural description.
    fn pair_of(&self, c: u32, text: &str, a: String, b: String, why: &str) -> Vec<Resolved> {
        let kb = &*self.actors.kb;
        let kind = |code: &str| if code.contains("REB") { Kind::Group } else if code.len() == 3 && country_of(kb, code).is_some() { Kind::State } else { Kind::Org };
        [a, b].into_iter().map(|code| Resolved { via: Via::Earlier(format!("{text} → {code} ({why})")), kind: kind(&code), code, text: text.to_string(), head: c }).collect()
    }

    /// "the warring parties": the two sides of the latest use of force
    /// neither of which is the current event's own side.
    fn fought_sides(&self, ctx: &Ctx<'_, '_>, state: &DocState, c: u32, text: &str) -> Vec<Resolved> {
        match state.fought.iter().rev().find(|(a, b)| a != b && !a.contains("CVL") && !b.contains("CVL") && self.off_event_side(ctx, a) && self.off_event_side(ctx, b)) {
            Some((a, b)) => self.pair_of(c, text, a.clone(), b.clone(), "the sides of earlier fighting"),
            None => Vec::new(),
        }
    }

    /// "both sides", "all parties": the two sides of the latest
    /// interaction neither of which is the current event's own side.
    fn latest_sides(&self, ctx: &Ctx<'_, '_>, state: &DocState, c: u32, text: &str) -> Vec<Resolved> {
        let kb = &*self.actors.kb;
        // The story's main dyad: the pair of states or groups that were the
        // two sides most often, the latest of them on a tie ("Mali recalled
        // its envoy from Algeria; Algeria recalled its envoys from Mali and
        // Niger; the AU urged both sides …" → Algeria and Mali).
        fn root(x: &str) -> &str {
            x.get(..3).unwrap_or(x)
        }
        let dyad = |a, b| unordered(root(a), root(b));
        // (Civilians an act fell on are its victims, not a side: "the RSF
        // killed hundreds of civilians … urged both sides" means the army
        // and the RSF.)
        let party = |x: &str| !x.contains("CVL");
        // (Nor is a place a state's own forces struck a side against them:
        // "the RSF said army aircraft had bombed residential areas of
        // Omdurman" → SDNMIL, SDN is no pair of sides.)
        // (A state's rebels against the state are sides: "M23 seized Goma".)
        let forces_on = |state: &str, body: &str| state.len() == 3 && body.len() > 3 && body.starts_with(state) && ["MIL", "GOV", "COP"].iter().any(|s| body[3..].starts_with(s));
        let own_ground = |a: &str, b: &str| forces_on(a, b) || forces_on(b, a);
        let usable: Vec<&(String, String)> = state.sides.iter().filter(|(a, b)| a != b && !own_ground(a, b) && party(a) && party(b) && self.off_event_side(ctx, a) && self.off_event_side(ctx, b)).collect();
        // Fighting counts twice: "Azerbaijan struck Karabakh …; police
        // detained protesters; Russia called on both sides" means the two
        // states, not the police and the protesters.
        // Counted once per dyad (a long document has thousands of sides).
        let mut counts: HashMap<(&str, &str), usize> = HashMap::new();
        for (x, y) in usable.iter().map(|p| (&p.0, &p.1)).chain(state.fought.iter().filter(|(x, y)| x != y).map(|p| (&p.0, &p.1))) {
            *counts.entry(dyad(x, y)).or_default() += 1;
        }
        let mut best: Option<(&String, &String, usize)> = None;
        for (a, b) in usable.iter().rev().map(|p| (&p.0, &p.1)) {
            let n = counts[&dyad(a, b)];
            if best.is_none_or(|(_, _, m)| n > m) {
                best = Some((a, b, n));
            }
        }
        let Some((a, b, _)) = best else { return Vec::new() };
        let kind = |code: &str| {
            if code.contains("REB") {
                Kind::Group
            } else if code.len() == 3 && country_of(kb, code).is_some() {
                Kind::State
            } else {
                Kind::Org
            }
        };
        [a, b].into_iter().map(|code| Resolved { via: Via::Earlier(format!("{text} → {code} (the sides of an earlier event)")), code: code.clone(), text: text.to_string(), kind: kind(code), head: c }).collect()
    }

    /// "the two leaders", "both ministers", "the two men": the two
    /// officials of the latest interaction between governments, else the
    /// governments of the latest two sides that are different states
    /// ("troops clashed …; Anwar called both leaders").
    fn counted_officials(&self, ctx: &Ctx<'_, '_>, state: &DocState, c: u32, text: &str, agent: Option<u32>) -> Vec<Resolved> {
        // "both commanders", "the two generals": the heads of the two sides
        // of the latest fighting, when there was fighting ("the army and
        // the RSF … urged both commanders"), not two governments.
        if ["commander", "general", "warlord"].iter().any(|w| ctx.tree.lemma_is(c, w)) {
            let sides = self.fought_sides(ctx, state, c, text);
            if !sides.is_empty() {
                return sides;
            }
        }
        let governments = |x: &String| x.len() > 3 && x.ends_with("GOV") && self.off_event_side(ctx, x);
        let via = |code: &str| Via::Earlier(format!("{text} → {code} (the sides of an earlier event)"));
        // "the two men", "both women": plain person nouns are the officials
        // of their governments, not civilians.
        let agent = agent.filter(|&ag| self.actors.kb.agents()[ag as usize].code != "CVL");
        let office = |x: &str| agent.map_or_else(|| format!("{x}GOV"), |ag| self.apply_agent(ag, x));
        // "Kim hosted Putin, where the two leaders signed …": the two sides
        // named earlier in this sentence come first.
        let kb = &*self.actors.kb;
        let official = |e: &Entry| match e.kind {
            Kind::Person => country_of(kb, &e.code).is_some().then(|| e.code.clone()),
            Kind::State => country_of(kb, &e.code).map(office),
            _ => None,
        };
        let officials = |(a, b): (String, String), why: &str| -> Vec<Resolved> {
            [a, b].into_iter().map(|code| Resolved { via: Via::Earlier(format!("{text} → {code} ({why})")), code, text: text.to_string(), kind: Kind::Person, head: c }).collect()
        };
        let earlier_sides = |a: &String, b: &String| -> Vec<Resolved> { [a, b].into_iter().map(|code| Resolved { via: via(code), code: code.clone(), text: text.to_string(), kind: Kind::Person, head: c }).collect() };
        // Two people named in this sentence come before two states ("Kim
        // told Putin his country would stand with Russia against the West,
        // as the two men held a summit" → Kim and Putin).
        let person = |e: &Entry| if e.kind == Kind::Person { official(e) } else { None };
        if let Some(pair) = self.sentence_pair(ctx, c, person) {
            return officials(pair, "the two people named in this sentence");
        }
        if let Some(pair) = self.sentence_pair(ctx, c, official) {
            return officials(pair, "the two sides named in this sentence");
        }
        // "Fidan held talks with his counterpart, and the two men agreed …":
        // the two governments of an interaction coded in this sentence.
        if let Some((a, b)) = state.sides[state.sentence_sides..].iter().rev().find(|(a, b)| governments(a) && governments(b) && a[..3] != b[..3]) {
            return earlier_sides(a, b);
        }
        // Elsewhere than this sentence; a pair found there is remembered
        // for a repeated description ("the two leaders" again).
        let found: Vec<Resolved> = 'elsewhere: {
            let repeated = state.counted.borrow().clone();
            if let Some((a, b, _)) = repeated.filter(|(a, b, at)| at + 2 >= ctx.sentence && *at < ctx.sentence && self.off_event_side(ctx, a) && self.off_event_side(ctx, b)) {
                break 'elsewhere officials((a, b), "the two of the same description just before");
            }
            // Then two named together in the two sentences before ("Kim hosted
            // Putin on Wednesday. The two leaders signed …"), two people
            // before a person and a state ("Mobutu and Kabila met aboard a
            // South African ship. … the two men agreed …").
            if let Some(pair) = self.recent_pair(ctx, state, person) {
                break 'elsewhere officials(pair, "two people named together lately");
            }
            if let Some(pair) = self.recent_pair(ctx, state, official) {
                break 'elsewhere officials(pair, "two actors named together lately");
            }
            if let Some((a, b)) = state.sides.iter().rev().find(|(a, b)| governments(a) && governments(b) && a[..3] != b[..3]) {
                break 'elsewhere earlier_sides(a, b);
            }
            // Only sides named lately: else the nearest officials are meant.
            self.latest_state_sides(ctx, state, c, text).into_iter().map(|r| {
                let code = office(&r.code);
                Resolved { via: via(&code), code, text: text.to_string(), kind: Kind::Person, head: c }
            }).collect()
        };
        if let [a, b] = &found[..] {
            *state.counted.borrow_mut() = Some((a.code.clone(), b.code.clone(), ctx.sentence));
        }
        found
    }

    /// The countries of two sides that are different states, each named in
    /// this sentence or the two before it: of the latest such pair, unless
    /// another pair of them was the two sides more often (the story's main
    /// dyad: "Mexico broke relations with Ecuador after Ecuadorean police
    /// stormed its embassy …; Nicaragua also broke relations with Quito;
    /// the OAS urged both countries …" → Mexico and Ecuador).
    fn latest_state_sides(&self, ctx: &Ctx<'_, '_>, state: &DocState, c: u32, text: &str) -> Vec<Resolved> {
        let kb = &*self.actors.kb;
        fn country<'x>(kb: &Knowledge, code: &'x str) -> Option<&'x str> {
            (!code.contains("REB") && !code.contains("OPP")).then(|| country_of(kb, code)).flatten()
        }
        let recent = |k: &str| state.memory.iter().any(|e| e.sentence + 2 >= ctx.sentence && country(kb, &e.code) == Some(k)) || ctx.local.iter().any(|e| country(kb, &e.code) == Some(k));
        let pairs: Vec<(&str, &str)> = state
            .sides
            .iter()
            .filter_map(|(a, b)| {
                let (a, b) = (country(kb, a)?, country(kb, b)?);
                (a != b && self.off_event_side(ctx, a) && self.off_event_side(ctx, b)).then_some((a, b))
            })
            .collect();
        let Some(&(latest_a, latest_b)) = pairs.last() else { return Vec::new() };
        if !recent(latest_a) || !recent(latest_b) {
            return Vec::new();
        }
        let dyad = unordered;
        let mut counts: HashMap<(&str, &str), usize> = HashMap::new();
        for &(x, y) in &pairs {
            *counts.entry(dyad(x, y)).or_default() += 1;
        }
        let mut best = (latest_a, latest_b, counts[&dyad(latest_a, latest_b)]);
        for &(a, b) in pairs.iter().rev() {
            let n = counts[&dyad(a, b)];
            if n > best.2 && recent(a) && recent(b) {
                best = (a, b, n);
            }
        }
        let (a, b) = (best.0, best.1);
        [a, b].into_iter().map(|code| Resolved { via: Via::Earlier(format!("{text} → {code} (the sides of an earlier event)")), code: code.to_string(), text: text.to_string(), kind: Kind::State, head: c }).collect()
    }

    /// Whether pronoun `p`, resolved without leaving out the current
    /// event's own side, is that side ("Russia called on *its* partners").
    fn own_side_pronoun(&self, ctx: &Ctx<'_, '_>, state: &DocState, p: u32) -> bool {
        let nearest = including_own_side(ctx, || self.pronoun(ctx, state, p));
        nearest.is_some_and(|o| !self.off_event_side(ctx, &o.code))
    }

    /// A personal or possessive pronoun: the nearest compatible actor.
    fn pronoun(&self, ctx: &Ctx<'_, '_>, state: &DocState, p: u32) -> Option<Resolved> {
        self.pronoun_all(ctx, state, p).into_iter().next()
    }

    /// A pronoun's actors: one, or, for "they" as the subject of what a
    /// compound speaker said ("Mali, Burkina Faso and Niger said they were
    /// withdrawing"), every actor of the speaker's phrase.
    fn pronoun_all(&self, ctx: &Ctx<'_, '_>, state: &DocState, p: u32) -> Vec<Resolved> {
        let tree = ctx.tree;
        let w = tree.forms[p as usize].to_lowercase();
        let want: &[Kind] = match w.as_str() {
            "he" | "him" | "his" | "she" | "her" | "hers" | "himself" | "herself" | "i" | "me" | "my" => &[Kind::Person],
            "it" | "its" | "itself" => &[Kind::State, Kind::Igo, Kind::Group, Kind::Org],
            "they" | "them" | "their" | "themselves" | "we" | "us" | "our" => &[Kind::State, Kind::Igo, Kind::Group, Kind::Org, Kind::Any],
            _ => return Vec::new(),
        };
        let plural = matches!(w.as_str(), "they" | "them" | "their" | "themselves");
        // "the two leaders and their delegations": a plural possessive on a
        // conjunct is the plural phrase it is coordinated with, whose
        // actors the phrase already names; no one else.
        let owner = tree.head[p as usize];
        if plural && tree.rel[p as usize] == Rel::NmodPoss && owner != NONE && tree.rel[owner as usize] == Rel::Conj {
            let first = tree.head[owner as usize];
            if first != NONE && first < p && matches!(tree.tag[first as usize], Tag::NNS | Tag::NNPS) {
                return Vec::new();
            }
        }
        // "Esper said, 'We strongly oppose …'", "'… we will ask the court,'
        // he added": a first person in what a speaker said is the speaker,
        // who speaks for his side, whatever the speaker's kind.
        if matches!(w.as_str(), "we" | "us" | "our" | "i" | "me" | "my") {
            if let Some(speaker) = quoted_speaker(tree, p) {
                if tree.tag[speaker as usize] == Tag::PRP {
                    return if tree.is_form(speaker, "we") || tree.is_form(speaker, "i") { Vec::new() } else { self.pronoun_all(ctx, state, speaker) };
                }
                let named = |e: &&Entry| e.sentence == ctx.sentence && (e.position == speaker || tree.dominates(speaker, e.position));
                let mut spoken: Vec<&Entry> = ctx.local.iter().filter(named).collect();
                spoken.sort_by_key(|e| (e.position != speaker, e.kind == Kind::State));
                if let Some(e) = spoken.first() {
                    if !self.off_event_side(ctx, &e.code) {
                        return Vec::new();
                    }
                    return vec![Resolved { code: e.code.clone(), text: tree.forms[p as usize].to_string(), via: Via::Earlier(format!("{} → {} (the speaker)", tree.forms[p as usize], e.code)), kind: e.kind, head: p }];
                }
                // "'We shall fight Hamas,' Peres told reporters": a speaker
                // named after the quotation is not resolved yet; the name
                // a person's mention there has on the day is the speaker.
                if speaker > p {
                    let person = ctx.mentions.iter().filter(|m| m.first <= speaker && speaker <= m.last).find_map(|m| match &m.kind {
                        MentionKind::Actor(entries) => ctx.date.and_then(|d| self.actors.actor_on(entries, d)).filter(|&(a, _)| self.actors.kind(a) == ActorKind::Person).map(|(_, code)| code.to_string()),
                        MentionKind::Agent(..) => None,
                    });
                    if let Some(code) = person.filter(|code| self.off_event_side(ctx, code)) {
                        return vec![Resolved { text: tree.forms[p as usize].to_string(), via: Via::Earlier(format!("{} → {code} (the speaker after the quotation)", tree.forms[p as usize])), code, kind: Kind::Person, head: p }];
                    }
                }
                // A speaker the knowledge base does not know speaks for no
                // earlier actor.
                if matches!(tree.tag[speaker as usize], Tag::NNP | Tag::NNPS) {
                    return Vec::new();
                }
            } else if !ctx.text.contains(['"', '“', '”', '«', '»']) {
                // "If you enjoyed this article, we have a proposition for
                // you": in a sentence with no quotation mark the first
                // person is the writer (or a speaker of a long quotation
                // not named in this sentence), no earlier actor.
                return Vec::new();
            }
        }
        // "Olmert told his cabinet": a possessive on an object naming the
        // own people of a verb's subject (not "his guest", "his
        // counterpart": someone else) is that subject's; while the subject
        // is the event's own side, the phrase is no other party.
        let owner = tree.head[p as usize];
        if tree.rel[p as usize] == Rel::NmodPoss && owner != NONE && self.rules.is_own_people(tree.lemmas[owner as usize]) && matches!(tree.rel[owner as usize], Rel::Obj | Rel::Iobj | Rel::Obl) && tree.head[owner as usize] != NONE {
            if let Some(subject) = subject_of(tree, tree.head[owner as usize]) {
                let owns = |e: &Entry| e.sentence == ctx.sentence && (e.position == subject || tree.dominates(subject, e.position)) && want.contains(&e.kind);
                if ctx.local.iter().any(|e| owns(e) && ctx.exclude.borrow().contains(&e.code)) {
                    return Vec::new();
                }
            }
        }
        if let Some(found) = self.main_object_antecedent(ctx, p, want) {
            return found;
        }
        // "The National Bureau of Investigation summoned her" after "Vice
        // President Sara Duterte": a person named as the object of an act
        // is another party even when of another body of the source's state
        // (only the source's own code is its side).
        if matches!(w.as_str(), "him" | "her") && matches!(tree.rel[p as usize], Rel::Obj | Rel::Iobj | Rel::Obl) {
            let own: Vec<String> = ctx.exclude.borrow().clone();
            // (A state named bare is all its bodies: "Spain had granted him
            // asylum" is not about a Spanish minister.)
            let same_side = |c: &str| own.iter().any(|o| o == c || (o.len() == 3 && c.starts_with(o.as_str())));
            let nearest = including_own_side(ctx, || self.antecedents(ctx, state, p).into_iter().find(|e| e.kind == Kind::Person && !same_side(&e.code)).map(|e| (e.code.clone(), e.kind)));
            if let Some((code, kind)) = nearest {
                return vec![Resolved { text: tree.forms[p as usize].to_string(), via: Via::Earlier(format!("{} → {code}", tree.forms[p as usize])), code, kind, head: p }];
            }
        }
        let cands = self.antecedents(ctx, state, p);
        // "Oman, a mediator in Yemen, said it regretted …": the subject of
        // a reported clause is, first of all, the speaker.
        // "said no targets had been planned and that it was ready": a
        // conjunct of the complement is said too.
        let clause = tree.first_conjunct(tree.head[p as usize]);
        if matches!(tree.rel[p as usize], Rel::Nsubj | Rel::NsubjPass) && clause != NONE && tree.rel[clause as usize] == Rel::Ccomp {
            let speech = tree.head[clause as usize];
            // "The US condemned … and said it stood with its ally": a
            // conjoined speech verb shares its first conjunct's subject.
            if let Some(speaker) = (speech != NONE).then(|| subject_of(tree, speech)).flatten() {
                // "Israel said it must defend itself": while the speaker is
                // the event's source, the pronoun is the speaker, no target.
                // "Israel and Hamas said they …": with "they", the speaker's
                // conjuncts speak too.
                let spoke = |t: u32| t == speaker || (plural && tree.rel[t as usize] == Rel::Conj && tree.head[t as usize] == speaker);
                // ("Israel and Hamas said they …": a coordinated speaker is
                // many whatever each conjunct's number.)
                let many = plural && tree.has_kid(speaker, Rel::Conj);
                let fits = |e: &Entry| e.sentence == ctx.sentence && spoke(e.position) && want.contains(&e.kind) && (!plural || many || e.plural || e.kind == Kind::State);
                if ctx.local.iter().any(|e| fits(e) && ctx.exclude.borrow().contains(&e.code)) {
                    return Vec::new();
                }
                let mut speakers: Vec<Resolved> = Vec::new();
                for e in cands.iter().filter(|e| fits(e)) {
                    if !speakers.iter().any(|r| r.code == e.code) {
                        speakers.push(Resolved { code: e.code.clone(), text: tree.forms[p as usize].to_string(), via: Via::Earlier(format!("{} → {}", tree.forms[p as usize], e.code)), kind: e.kind, head: p });
                    }
                    if !plural {
                        break;
                    }
                }
                if !speakers.is_empty() {
                    return speakers;
                }
                // "Volker said he first discussed …": a speaker named by a
                // name the knowledge base does not know is still whom "he"
                // or "she" refers to, not an earlier actor.
                let unknown_name = matches!(tree.tag[speaker as usize], Tag::NNP) && !ctx.local.iter().any(|e| e.sentence == ctx.sentence && (e.position == speaker || tree.dominates(speaker, e.position)));
                if unknown_name && matches!(w.as_str(), "he" | "she") {
                    return Vec::new();
                }
            }
        }
        // "did not trust Britain, France and Germany and demanded
        // guarantees from them": a plural pronoun after a coordination of
        // this sentence (not its own clause's subject) is every conjunct,
        // before any earlier plural.
        if plural && !matches!(tree.rel[p as usize], Rel::Nsubj | Rel::NsubjPass) {
            let own_subject = (tree.head[p as usize] != NONE).then(|| subject_of(tree, tree.head[p as usize])).flatten();
            let here = |e: &Entry| e.sentence == ctx.sentence && e.position < p && want.contains(&e.kind);
            if let Some(last) = cands.iter().filter(|e| here(e)).max_by_key(|e| e.position) {
                let top = tree.first_conjunct(last.position);
                let group: Vec<&Entry> = cands.iter().copied().filter(|e| here(e) && tree.first_conjunct(e.position) == top).collect();
                if group.len() >= 2 && own_subject.is_none_or(|s| tree.first_conjunct(s) != top) {
                    let mut out: Vec<Resolved> = Vec::new();
                    for e in group {
                        if !out.iter().any(|r| r.code == e.code) {
                            out.push(Resolved { code: e.code.clone(), text: tree.forms[p as usize].to_string(), via: Via::Earlier(format!("{} → {}", tree.forms[p as usize], e.code)), kind: e.kind, head: p });
                        }
                    }
                    if out.len() >= 2 {
                        return out;
                    }
                }
            }
        }
        // "Cambodia said Thai troops opened fire on its positions": "it"
        // agrees with a singular actor before a plural one.
        let neuter = matches!(w.as_str(), "it" | "its" | "itself");
        let pick = if plural {
            cands.iter().find(|e| e.plural && want.contains(&e.kind)).or_else(|| cands.iter().find(|e| want.contains(&e.kind)))
        } else if neuter {
            // (A state is one whatever its name, "the Marshall Islands";
            // "Thai troops" are many.)
            cands.iter().find(|e| (!e.plural || (e.kind == Kind::State && e.code.len() == 3)) && want.contains(&e.kind)).or_else(|| cands.iter().find(|e| want.contains(&e.kind)))
        } else {
            cands.iter().find(|e| want.contains(&e.kind))
        };
        let resolved = |e: &Entry| Resolved { code: e.code.clone(), text: tree.forms[p as usize].to_string(), via: Via::Earlier(format!("{} → {}", tree.forms[p as usize], e.code)), kind: e.kind, head: p };
        match pick {
            // "the two countries …, they pledged": "they" is every actor the
            // plural phrase it refers to stood for.
            Some(e) if plural && e.plural => {
                let mut out: Vec<Resolved> = Vec::new();
                for x in cands.iter().filter(|x| x.sentence == e.sentence && x.position == e.position && want.contains(&x.kind)) {
                    if !out.iter().any(|r| r.code == x.code) {
                        out.push(resolved(x));
                    }
                }
                out
            }
            Some(e) => vec![resolved(e)],
            None => Vec::new(),
        }
    }

    /// "Army commander Aoun asked the government for funds", "the
    /// opposition leader urged the armed forces to recognise …": a bare
    /// government, army or police addressed by a single domestic actor of
    /// another sector (army, opposition, civilians, courts …; not a
    /// government, an armed group or an organisation, save a government of
    /// the story's own state addressing its army or police) is that
    /// actor's own state's, whichever state was named last. Not so in an act of force
    /// ("Israeli troops fired at the police").
    fn own_state_body(&self, ctx: &Ctx<'_, '_>, state: &DocState, c: u32, agent: u32) -> Option<String> {
        let kb = &*self.actors.kb;
        let tree = ctx.tree;
        let a = &kb.agents()[agent as usize];
        if ctx.force.get() || a.attach != Attach::Suffix || !matches!(a.code.as_str(), "GOV" | "MIL" | "COP") {
            return None;
        }
        // (A body or a minister, not a head of state or government:
        // "lawmakers heckled the president" after a visiting president was
        // named is that president, not the lawmakers' own head of state;
        // "the mayor's office", "the interior minister" stay their own.)
        if matches!(a.office.as_deref(), Some("hos" | "hog")) && self.person_agent(agent) {
            return None;
        }
        // ("the armed forces" is bare; "the Lebanese army", "the government
        // in Kabul", "its police" are not.)
        let article = tree.has_det(c, "the");
        if !article || tree.kids(c).iter().any(|&k| ctx.actor_name_at(k) || matches!(tree.rel[k as usize], Rel::NmodPoss | Rel::Nmod | Rel::Nummod | Rel::Acl | Rel::AclRelcl | Rel::Appos | Rel::Flat | Rel::Conj)) {
            return None;
        }
        let sources = ctx.exclude.borrow();
        let [source] = &sources[..] else { return None };
        let country = country_of(kb, source)?;
        let sector = source.get(3..6)?;
        // ("President Kavelashvili thanked the police" in a story about
        // Georgia: a government of the story's own state addresses its
        // own police (its "army", "general" or "drone" may be a foe's).)
        let home_government = sector == "GOV" && a.code == "COP" && self.story_state(ctx, state, c, false).as_deref() == Some(country);
        let foreign_capable = ["GOV", "REB", "CRM", "UAF", "IGO", "NGO", "MNC"];
        if sector == a.code || (foreign_capable.contains(&sector) && !home_government) || kb.registry().component(country).is_some_and(|c| c.category != Category::Country) {
            return None;
        }
        Some(self.apply_agent(agent, country))
    }

    /// "seized a Marshall Islands-flagged tanker in the Gulf of Oman,
    /// accusing it of smuggling", "filed a case against the UAE at the
    /// court, accusing it of …": the object of a participle that adds to
    /// its main clause is that clause's object, so the actor named in the
    /// object's phrase (nearest its head, then first), not the nearest
    /// earlier actor. An object phrase that names only the event's own
    /// side is no other party (empty); one that names no actor is left to
    /// the usual rules (`None`).
    fn main_object_antecedent(&self, ctx: &Ctx<'_, '_>, p: u32, want: &[Kind]) -> Option<Vec<Resolved>> {
        let tree = ctx.tree;
        let participle = tree.head[p as usize];
        if !matches!(tree.rel[p as usize], Rel::Obj | Rel::Iobj) || participle == NONE || tree.tag[participle as usize] != Tag::VBG || tree.rel[participle as usize] != Rel::Advcl {
            return None;
        }
        let main = tree.head[participle as usize];
        if main == NONE || !tree.tag[main as usize].is_verb() {
            return None;
        }
        let object = tree.kids_with(main, Rel::Obj).find(|&o| o < p && tree.tag[o as usize].is_noun())?;
        let depth = |mut t: u32| {
            let mut d = 0;
            while t != object && t != NONE {
                t = tree.head[t as usize];
                d += 1;
            }
            d
        };
        let named: Vec<&Entry> = ctx.local.iter().filter(|e| e.sentence == ctx.sentence && tree.dominates(object, e.position) && want.contains(&e.kind)).collect();
        let best = named.iter().min_by_key(|e| (depth(e.position), e.position))?;
        if !self.off_event_side(ctx, &best.code) {
            return Some(Vec::new());
        }
        let form = tree.forms[p as usize];
        Some(vec![Resolved { code: best.code.clone(), text: form.to_string(), via: Via::Earlier(format!("{form} → {} (the main clause's object)", best.code)), kind: best.kind, head: p }])
    }

    /// "the ministry", "the military", "the rebels", "both foreign
    /// ministers": the nearest earlier actors of a country (or, for armed
    /// groups, the nearest groups).
    fn description_by_agent(&self, ctx: &Ctx<'_, '_>, state: &DocState, c: u32, agent: u32, text: String, count: usize) -> Vec<Resolved> {
        let kb = &*self.actors.kb;
        let a = &kb.agents()[agent as usize];
        let mut out: Vec<Resolved> = Vec::new();
        // "the International Court of Justice … the court", "the World Bank
        // … the bank": a bare agent noun that is a word of the name of an
        // international organisation named earlier stands for it, not for the story's
        // state's court or banks.
        // ("the jurisdiction of the court": the agent's own noun is the
        // one in the "of" phrase.)
        let tree = ctx.tree;
        let agent_word = |k: u32| a.phrase.split(' ').any(|w| w.eq_ignore_ascii_case(tree.lemmas[k as usize]));
        let noun = if agent_word(c) { c } else { tree.kids_with(c, Rel::Nmod).find(|&k| tree.case_is(k, "of") && agent_word(k)).unwrap_or(c) };
        let bare = tree_is_bare(tree, noun);
        if let Some(own) = self.own_state_body(ctx, state, c, agent) {
            return vec![Resolved { via: Via::Earlier(format!("{text} → {own} (the source's own state)")), code: own, text, kind: Kind::Org, head: c }];
        }
        if count == 1 && bare {
            let word = ctx.tree.lemmas[noun as usize];
            let named_so = |a: u32| kb.actors()[a as usize].names.iter().any(|n| n.text.split(|ch: char| !ch.is_alphanumeric()).any(|w| w.eq_ignore_ascii_case(word)));
            // (International organisations only: "the army" after the
            // "National Liberation Army" is still a state's.)
            if let Some((_, code, kind)) = state.named_orgs.iter().rev().find(|(a, _, kind)| *kind == Kind::Igo && named_so(*a)) {
                // (The speaker's own organisation is no other party.)
                if !self.off_event_side(ctx, code) {
                    return Vec::new();
                }
                return vec![Resolved { via: Via::Earlier(format!("{text} → {code} (named so)")), code: code.clone(), text, kind: *kind, head: c }];
            }
        }
        let cands = self.antecedents(ctx, state, c);
        // "The court's prosecutors" after "the International Criminal Court"
        // and "Philippine police": an international body of that sector
        // (IGOJUDICC) named earlier, unless a state's body of that very
        // sector was named since.
        let state_of_sector = |e: &Entry| country_of(kb, &e.code).is_some() && e.code.len() > 3 && e.code.ends_with(&a.code);
        // "the junta", "the coup leaders": the state last named by its
        // military or its junta ("Myanmar's military rulers … Indonesia …
        // the junta" is Myanmar's).
        if count == 1 && a.code == "GOV" && military_mention(ctx.tree, c) {
            // A state named as ruled by its military ("the junta led by
            // General Tiani", "Niger's military rulers") before one only
            // named by its armed forces: "the junta banned French aircraft"
            // after "protests outside the French military base" is Niger's.
            let military = |e: &&&Entry| e.military && e.kind != Kind::Group;
            let ruling = |e: &&&Entry| military(e) && e.code.get(3..).is_some_and(|x| x.starts_with("GOV"));
            if let Some(country) = cands.iter().find(ruling).or_else(|| cands.iter().find(military)).and_then(|e| country_of(kb, &e.code)) {
                let code = self.apply_agent(agent, country);
                return vec![Resolved { via: Via::Earlier(format!("{text} → {code}")), code, text, kind: Kind::Org, head: c }];
            }
        }
        if count == 1 && a.code != "REB" {
            if let Some(e) = cands.iter().take_while(|e| !state_of_sector(e)).find(|e| igo_of_sector(&e.code, &a.code)) {
                return vec![Resolved { via: Via::Earlier(format!("{text} → {}", e.code)), code: e.code.clone(), text, kind: Kind::Org, head: c }];
            }
        }
        // "The Central Electoral Commission said …" after a sentence on the
        // Kremlin: a body that acts only at home is the story's state's.
        // So are a legislature and a court with none of that sector named
        // before ("the Supreme Court" after "Israel's Supreme Court" is
        // that one), and a church, the opposition or the unions ("The
        // Catholic Church" in a Colombian story that named Venezuela last).
        let home_body = matches!(a.code.as_str(), "LEG" | "JUD" | "REL" | "OPP" | "LAB") && !cands.iter().any(|e| state_of_sector(e));
        if count == 1 && (self.rules.is_domestic_body(&a.phrase) || home_body) {
            if let Some(home) = self.home_state(ctx, state, c) {
                let code = self.apply_agent(agent, &home);
                return vec![Resolved { via: Via::Earlier(format!("{text} → {code}{HOME_NOTE}")), code, text, kind: Kind::Org, head: c }];
            }
        }
        // "The RSF has been fighting the army": a bare army facing a
        // country's armed group in its clause is that country's; and "the
        // army seized power" is the army of the state the story names a
        // junta of, not of a foreign force named since.
        if count == 1 && a.code == "MIL" && bare {
            if let Some(country) = self.rebels_country_in_clause(ctx, state, c) {
                let code = self.apply_agent(agent, &country);
                return vec![Resolved { via: Via::Earlier(format!("{text} → {code} (the army the clause's rebels face)")), code, text, kind: Kind::Org, head: c }];
            }
            if seizes_power(ctx.tree, c) {
                // ("Washington suspended aid to Niger after the army seized
                // power": the state acted on in the sentence, not its
                // subject; else the state of a junta named before.)
                let acted_on = ctx.local.iter().find(|e| e.position < c && e.kind == Kind::State && !e.subject && country_of(kb, &e.code) == Some(e.code.as_str()));
                let junta = |e: &Entry| e.military && e.kind != Kind::Group && e.code.get(3..).is_some_and(|x| x.starts_with("GOV"));
                if let Some(country) = acted_on.or_else(|| cands.iter().copied().find(|e| junta(e))).and_then(|e| country_of(kb, &e.code)) {
                    let code = self.apply_agent(agent, country);
                    return vec![Resolved { via: Via::Earlier(format!("{text} → {code} (the army of the state it seized power in)")), code, text, kind: Kind::Org, head: c }];
                }
            }
        }
        // "the military", "the police": the force named last of that sector,
        // if any, rather than the country named last ("Modi met the junta
        // chief. … accused the military" is Myanmar's army, not India's).
        if count == 1 && matches!(a.code.as_str(), "MIL" | "COP" | "SPY" | "LEG" | "JUD") {
            if let Some(e) = cands.iter().find(|e| state_of_sector(e) && e.kind != Kind::Group) {
                let kind = if self.person_agent(agent) { Kind::Person } else { Kind::Org };
                return vec![Resolved { via: Via::Earlier(format!("{text} → {}", e.code)), code: e.code.clone(), text, kind, head: c }];
            }
        }
        // "both governments", "the two armies": so many states, not a world
        // region named in passing ("one Western envoy").
        let region = |code: &str| kb.registry().component(code).is_some_and(|c| c.category == Category::Region);
        // "the three leaders", "both presidents" after a sentence naming
        // three leaders (and the city they met in): the people named in the
        // latest sentence, when enough were, not a state named in passing.
        let latest = cands.first().map(|e| e.sentence);
        let people: Vec<&Entry> = cands.iter().copied().filter(|e| Some(e.sentence) == latest && e.kind == Kind::Person && country_of(kb, &e.code).is_some()).collect();
        let people_codes = {
            let mut v: Vec<&str> = people.iter().map(|e| e.code.as_str()).collect();
            v.sort_unstable();
            v.dedup();
            v.len()
        };
        // "the five presidents", "the three governments": so many actors
        // named together, states listed in one run or actors of one
        // sentence, not whichever states the story named last (a host, a
        // rival power named in passing).
        let counted_list = count >= 3 && explicit_count(tree, c) && people_codes < count;
        if counted_list {
            let listed = self.listed_states(ctx, state, c, count, &text);
            if !listed.is_empty() {
                let kind = if self.person_agent(agent) { Kind::Person } else { Kind::Org };
                return listed.into_iter().map(|r| Resolved { code: self.apply_agent(agent, &r.code), kind, ..r }).collect();
            }
        }
        let mut sentences_used: Vec<usize> = Vec::new();
        let cands: Vec<&Entry> = if count >= 2 && self.person_agent(agent) && people_codes >= count { people } else { cands };
        for e in cands {
            // (Rebels and separatists are armed groups named before: "the
            // separatists" after separatist leaders of Ukraine are theirs,
            // not the separatists of a state named since.)
            let found = if matches!(a.code.as_str(), "REB" | "SEP") {
                (e.code.contains("REB") || e.code.contains("SEP")).then(|| (e.code.clone(), Kind::Group))
            } else if let (Some(country), false) = (country_of(kb, &e.code), e.kind == Kind::Group) {
                // ("the government" is a state's, not that of "Western
                // governments": a region has no government, army or court.)
                let state_body = matches!(a.code.as_str(), "GOV" | "MIL" | "COP" | "SPY" | "LEG" | "JUD");
                if (count >= 2 || state_body) && region(country) {
                    continue;
                }
                let code = if e.code.len() > 3 && e.code.ends_with(&a.code) { e.code.clone() } else { self.apply_agent(agent, country) };
                Some((code, if self.person_agent(agent) { Kind::Person } else { Kind::Org }))
            } else {
                None
            };
            if let Some((code, kind)) = found {
                if !out.iter().any(|o| o.code == code) {
                    out.push(Resolved { via: Via::Earlier(format!("{text} → {code}")), code, text: text.clone(), kind, head: c });
                    if !sentences_used.contains(&e.sentence) {
                        sentences_used.push(e.sentence);
                    }
                }
            }
            if out.len() >= count {
                break;
            }
        }
        if counted_list && (out.len() != count || sentences_used.len() > 1) {
            return Vec::new();
        }
        // "The Syrian government blames the rebels for the attack" with no
        // rebel or separatist group named before: those of the story's
        // state, as "the opposition" is its opposition.
        if out.is_empty() && count == 1 && matches!(a.code.as_str(), "REB" | "SEP") {
            // "the separatist republics in eastern Ukraine", "the rebels in
            // northern Mali": rebels placed in a state are that state's.
            // (The agent word may be a modifier: "separatist republics".)
            let noun = if matches!(tree.rel[c as usize], Rel::Amod | Rel::Compound) && tree.head[c as usize] != NONE { tree.head[c as usize] } else { c };
            let place = tree.kids(noun).iter().copied().find(|&k| tree.rel[k as usize] == Rel::Nmod && tree.case_child(k).is_some_and(|x| tree.is_form(x, "in")));
            if let Some(country) = place.and_then(|k| ctx.local.iter().find(|e| e.sentence == ctx.sentence && (e.position == k || tree.dominates(k, e.position))).and_then(|e| country_of(kb, &e.code).map(str::to_string))) {
                let code = self.apply_agent(agent, &country);
                return vec![Resolved { via: Via::Earlier(format!("{text} → {code} (the state they are in)")), code, text, kind: Kind::Group, head: c }];
            }
            if let Some(home) = self.home_state(ctx, state, c) {
                let code = self.apply_agent(agent, &home);
                return vec![Resolved { via: Via::Earlier(format!("{text} → {code}{HOME_NOTE}")), code, text, kind: Kind::Group, head: c }];
            }
        }
        out
    }

    /// The country of an armed group that is another participant of the
    /// clause of `c` (subject, object or oblique of the same verb), named
    /// by its own name ("the RSF", "JNIM fighters").
    fn rebels_country_in_clause(&self, ctx: &Ctx<'_, '_>, state: &DocState, c: u32) -> Option<String> {
        let tree = ctx.tree;
        let kb = &*self.actors.kb;
        let date = ctx.date?;
        let h = tree.head[c as usize];
        if h == NONE || !tree.tag[h as usize].is_verb() {
            return None;
        }
        let participant = |k: u32| k != c && matches!(tree.rel[k as usize], Rel::Nsubj | Rel::NsubjPass | Rel::Obj | Rel::Obl | Rel::OblAgent);
        tree.kids(h).iter().copied().filter(|&k| participant(k)).find_map(|k| {
            let m = ctx.mention_at[k as usize];
            if m == NONE {
                return None;
            }
            let MentionKind::Actor(entries) = &ctx.mentions[m as usize].kind else { return None };
            let (_, code) = self.namesake_on(ctx, state, entries, date, k)?;
            (code.get(3..6) == Some("REB")).then(|| country_of(kb, code)).flatten().map(str::to_string)
        })
    }

    /// "the group", "the bloc", "the two countries": the nearest earlier
    /// actors of that kind.
    fn description(&self, ctx: &Ctx<'_, '_>, state: &DocState, c: u32, kind: Kind, text: String, count: usize) -> Vec<Resolved> {
        let kb = &*self.actors.kb;
        let tree = ctx.tree;
        // "the United States and its allies": an uncounted plural owned by
        // an actor is an open set, not the actors named before.
        let owned = tree.kids_with(c, Rel::NmodPoss).any(|k| matches!(tree.tag[k as usize], Tag::PRPS | Tag::PRP));
        if owned && matches!(tree.tag[c as usize], Tag::NNS | Tag::NNPS) && !explicit_count(tree, c) {
            return Vec::new();
        }
        // "the party's actions" after "Britain's Conservative Party": one
        // "party" (the word of the party agent) is the political party
        // named last, if any, not whatever actor came last; none when that
        // party is the event's own side (a minister defending his party).
        let party_word = self.actors.agent_named(tree.lemmas[c as usize]).is_some_and(|g| kb.agents()[g as usize].code == "PTY");
        if count == 1 && party_word {
            let party = |e: &&Entry| e.actor.is_some_and(|x| kb.actors()[x as usize].kind == ActorKind::Party);
            if let Some(e) = including_own_side(ctx, || self.antecedents(ctx, state, c).into_iter().find(party)) {
                if !self.off_event_side(ctx, &e.code) {
                    return Vec::new();
                }
                return vec![Resolved { via: Via::Earlier(format!("{text} → {}", e.code)), code: e.code.clone(), text, kind: Kind::Org, head: c }];
            }
        }
        // "both sides", "the parties": not "the ruling party", "the other side".
        if count >= 2 && (self.rules.is_sides(tree.lemmas[c as usize]) || bare_both(tree, c)) {
            // "the warring parties": the two sides of the latest fighting,
            // or none (a mediator or a sanctioned state is no warring party).
            if warring(tree, c) {
                return self.fought_sides(ctx, state, c, &text);
            }
            let side = |e: &Entry| (e.kind != Kind::Person || country_of(kb, &e.code).is_some()).then(|| e.code.clone());
            let sides = self.nearest_pair(ctx, state, c, &text, side, || self.latest_sides(ctx, state, c, &text), "actors");
            if !sides.is_empty() {
                return sides;
            }
        }
        // "the two men", "both leaders": the officials of the latest
        // interaction between two states.
        if count == 2 && kind == Kind::Person && explicit_count(tree, c) {
            let officials = self.counted_officials(ctx, state, c, &text, None);
            if !officials.is_empty() {
                return officials;
            }
        }
        // "the two countries", "the nuclear-armed neighbours": two states
        // that were lately the two sides of an interaction are meant,
        // rather than whichever states were named last (a mediator, a host).
        // "deepening cooperation with both allies": a counted description of
        // friends is two states as well.
        let counted_friends = explicit_count(tree, c) && self.rules.is_friend(tree.lemmas[c as usize]);
        if count == 2 && (kind == Kind::State || counted_friends) {
            let state_of = |e: &Entry| country_of(kb, &e.code).map(str::to_string);
            let sides = self.nearest_pair(ctx, state, c, &text, state_of, || self.latest_state_sides(ctx, state, c, &text), "states");
            if !sides.is_empty() {
                return sides;
            }
            // "Modi met Xi. Xi called on the two neighbours to …": when the
            // speaker's own state is one of the two, the other is meant.
            let pair = including_own_side(ctx, || self.sentence_pair(ctx, c, state_of).or_else(|| self.recent_pair(ctx, state, state_of)));
            if let Some((a, b)) = pair {
                let others: Vec<String> = [a, b].into_iter().filter(|x| self.off_event_side(ctx, x)).collect();
                if let [other] = &others[..] {
                    return self.pair_of(c, &text, other.clone(), String::new(), "the other of two states named together lately").into_iter().take(1).collect();
                }
            }
        }
        // "the 32 allies reaffirmed their commitment": friends counted
        // past two are the members of the alliance or bloc named before,
        // acting as it; none when no organisation has been named.
        let many = tree.kids(c).iter().any(|&k| tree.rel[k as usize] == Rel::Nummod && (tree.forms[k as usize].parse::<u32>().is_ok_and(|n| n >= 3) || ["three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozen"].iter().any(|w| tree.is_form(k, w))));
        if many && self.rules.is_friend(tree.lemmas[c as usize]) {
            let body = self.antecedents(ctx, state, c).into_iter().find(|e| e.kind == Kind::Igo || (e.kind == Kind::Person && e.code.starts_with("IGO")));
            return body.map(|e| vec![Resolved { via: Via::Earlier(format!("{text} → {} (the members of the body named before)", e.code)), code: e.code.clone(), text, kind: Kind::Igo, head: c }]).unwrap_or_default();
        }
        if count >= 3 && kind == Kind::State && explicit_count(tree, c) {
            let listed = self.listed_states(ctx, state, c, count, &text);
            if !listed.is_empty() {
                return listed;
            }
        }
        // "condemned China's actions and said it stood with its ally": an
        // ally is no one the source's side opposed.
        let friend = self.rules.is_friend(tree.lemmas[c as usize]);
        let sources = ctx.exclude.borrow().clone();
        let opposed = |code: &str| sources.iter().any(|x| state.were_opposed(x, code));
        let mut out: Vec<Resolved> = Vec::new();
        // "the UN agency for Palestinian refugees … the agency", "the
        // International Atomic Energy Agency … the agency's board": an
        // organisation whose own name has the description's noun is meant
        // before whichever organisation was named last ("Haiti's
        // Transitional Presidential Council … the council" is that body,
        // not a regional bloc named in between).
        if count == 1 && matches!(kind, Kind::Org | Kind::Igo) {
            let word = tree.lemmas[c as usize];
            let named_so = |a: u32| kb.actors()[a as usize].names.iter().any(|n| n.text.split(|ch: char| !ch.is_alphanumeric()).any(|w| w.eq_ignore_ascii_case(word)));
            let recent = including_own_side(ctx, || self.antecedents(ctx, state, c).into_iter().find(|e| matches!(e.kind, Kind::Igo | Kind::Org | Kind::Group) && e.actor.is_some_and(named_so)).map(|e| (e.code.clone(), e.kind)));
            let earlier = || state.named_orgs.iter().rev().find(|(a, _, _)| named_so(*a)).map(|(_, code, kind)| (code.clone(), *kind));
            if let Some((code, kind)) = recent.or_else(earlier) {
                // "Grossi said the agency must know …": the speaker's own
                // organisation is no other party.
                if !self.off_event_side(ctx, &code) {
                    return Vec::new();
                }
                return vec![Resolved { via: Via::Earlier(format!("{text} → {code} (named so)")), code, text, kind, head: c }];
            }
            if self.rules.is_named_only(word) {
                return Vec::new();
            }
        }
        for e in self.antecedents(ctx, state, c) {
            if friend && opposed(&e.code) {
                continue;
            }
            // "Egypt and Qatar said both sides had agreed": a plural is not
            // the speakers of the clause it is in.
            if count >= 2 && e.sentence == ctx.sentence && speaks_of(tree, e.position, c) {
                continue;
            }
            let fits = match kind {
                // "Saudi Foreign Minister Adel al-Jubeir said the kingdom
                // …": an office-holder of the same sentence stands for
                // their state.
                // ("the country" is no region: not "the West" of "Western
                // governments".)
                Kind::State => (e.kind == Kind::State || (e.code.len() == 3 && country_of(kb, &e.code).is_some()) || (e.kind == Kind::Person && e.sentence == ctx.sentence && e.code.len() > 3 && country_of(kb, &e.code).is_some())) && e.code.get(..3).and_then(|h| kb.registry().component(h)).is_some_and(|c| c.category == Category::Country),
                Kind::Org => matches!(e.kind, Kind::Igo | Kind::Org | Kind::Group),
                Kind::Any => e.kind != Kind::Person,
                // "A Hamas official said the group …": a member of an armed
                // group stands for it too.
                Kind::Group => e.kind == Kind::Group || (e.kind == Kind::Person && e.code.contains("REB")),
                // "Mogherini said the bloc …": an organisation's head
                // stands for it too.
                Kind::Igo => e.kind == Kind::Igo || (e.kind == Kind::Person && e.code.starts_with("IGO")),
                k => e.kind == k,
            };
            if !fits {
                continue;
            }
            let code = if kind == Kind::State { country_of(kb, &e.code).unwrap_or(&e.code).to_string() } else { e.code.clone() };
            if !out.iter().any(|o| o.code == code) {
                out.push(Resolved { via: Via::Earlier(format!("{text} → {code}")), code, text: text.clone(), kind: e.kind, head: c });
            }
            if out.len() >= count {
                break;
            }
        }
        out
    }

    /// The target when no role binds one (or the bound phrase names no
    /// actor): an actor named by a prepositional modifier of what the
    /// pattern consumed ("considering sanctions *against Pyongyang*",
    /// "accepted a proposal *from Egyptian mediators*"), else the anchor's
    /// own object or such a prepositional dependent, when it names an
    /// actor by itself.
    /// Places where a material act happened, which stand for its target
    /// ("struck energy facilities in the Odesa region", "the Kursk region,
    /// where Ukrainian forces seized territory").
    fn locative_targets(&self, ctx: &Ctx<'_, '_>, m: &AnchorMatch) -> Vec<u32> {
        let tree = ctx.tree;
        let preps = ["in", "into", "on", "off", "near", "at", "across", "over", "inside", "outside", "around", "onto"];
        // The place is named, or owned by a name ("in Russia's Rostov region").
        // ("near the islands of Kinmen and Matsu", "in the town of
        // Bunagana": or by an "of" name.)
        let named = |k: u32| ctx.mention_at[k as usize] != NONE || tree.kids(k).iter().any(|&d| (matches!(tree.rel[d as usize], Rel::NmodPoss | Rel::Compound) || tree.rel[d as usize] == Rel::Nmod && tree.case_is(d, "of")) && ctx.mention_at[d as usize] != NONE);
        let placed = |k: u32| matches!(tree.rel[k as usize], Rel::Nmod | Rel::Obl) && tree.case_child(k).is_some_and(|c| preps.iter().any(|p| tree.is_form(c, p)));
        let located = |k: u32| placed(k) && named(k);
        // "bombed a school in a village near Khan Younis", "shelled a
        // hospital in a town outside Kharkiv": a place that names no one is
        // where the named place one preposition further down is.
        let located_down = |k: u32| -> Vec<u32> {
            if located(k) {
                vec![k]
            } else if placed(k) && ctx.mention_at[k as usize] == NONE && self.is_place_noun(tree, k) {
                tree.kids(k).iter().copied().filter(|&d| located(d)).collect()
            } else {
                Vec::new()
            }
        };
        let mut out: Vec<u32> = tree.kids(m.anchor).iter().copied().flat_map(located_down).collect();
        for &o in tree.kids(m.anchor).iter().filter(|&&k| tree.rel[k as usize] == Rel::Obj) {
            out.extend(tree.kids(o).iter().copied().flat_map(located_down));
        }
        // "launched strikes on nine sites in Pakistan", "carried out
        // hundreds of air strikes on military sites across Syria": the
        // place of what the act is aimed at, down a chain of objects and
        // "on"/"against"/"at"/"of" phrases.
        // ("moved into the buffer zone on the Golan Heights": and of where
        // forces move into.)
        let aimed = |k: u32| matches!(tree.rel[k as usize], Rel::Nmod | Rel::Obl) && tree.tag[k as usize].is_noun() && tree.case_child(k).is_some_and(|c| ["on", "against", "at", "of", "into", "onto"].iter().any(|p| tree.is_form(c, p)));
        let mut hosts: Vec<u32> = tree.kids(m.anchor).iter().copied().filter(|&k| tree.rel[k as usize] == Rel::Obj || aimed(k)).collect();
        // "fired missiles at what it called terrorist camps in Afghanistan":
        // the clause naming a free relative says what and where it is.
        let free_relative = |k: u32| matches!(tree.rel[k as usize], Rel::Nmod | Rel::Obl) && tree.is_form(k, "what") && tree.case_child(k).is_some_and(|c| ["on", "against", "at"].iter().any(|p| tree.is_form(c, p)));
        for k in tree.kids(m.anchor).iter().copied().filter(|&k| free_relative(k)) {
            for v in tree.kids_with(k, Rel::AclRelcl) {
                out.extend(tree.kids(v).iter().copied().filter(|&x| located(x)));
                // ("… what it described as militant bases in Pakistan")
                hosts.extend(tree.kids(v).iter().copied().filter(|&x| tree.rel[x as usize] == Rel::Obj || (tree.rel[x as usize] == Rel::Obl && tree.case_is(x, "as"))));
            }
        }
        let mut i = 0;
        while i < hosts.len() && hosts.len() < 12 {
            let x = hosts[i];
            let deeper: Vec<u32> = tree.kids(x).iter().copied().filter(|&k| aimed(k) && !hosts.contains(&k)).collect();
            hosts.extend(deeper);
            i += 1;
        }
        // "struck two air bases deep inside Russia", "hit targets far
        // behind the front in Kursk": a place hung on an adjective or adverb
        // of distance of what is hit.
        // (The parser may hang the adjective on the verb: "hit an airfield
        // deep inside Russia" with "deep" an `xcomp`.)
        let distance = |k: u32| matches!(tree.rel[k as usize], Rel::Amod | Rel::Advmod | Rel::Xcomp) && ["deep", "far", "well"].iter().any(|w| tree.is_form(k, w));
        let beyond_distance = |x: u32| tree.kids(x).iter().copied().filter(move |&k| distance(k)).flat_map(|d| tree.kids(d).iter().copied());
        // (The anchor's own kids were looked at first.)
        for k in hosts.iter().flat_map(|&x| tree.kids(x).iter().copied().chain(beyond_distance(x))).chain(beyond_distance(m.anchor)).flat_map(located_down) {
            if !out.contains(&k) {
                out.push(k);
            }
        }
        // "Israeli air strikes killed 30 people in Rafah": an event noun's
        // place is on the verb it is the subject of.
        let h = tree.head[m.anchor as usize];
        if h != NONE && tree.tag[m.anchor as usize].is_noun() && tree.rel[m.anchor as usize] == Rel::Nsubj {
            out.extend(tree.kids(h).iter().copied().filter(|&k| located(k)));
            // "… killed 70 people across Gaza": or on that verb's object.
            for &o in tree.kids(h).iter().filter(|&&k| tree.rel[k as usize] == Rel::Obj) {
                let places: Vec<u32> = tree.kids(o).iter().copied().filter(|&k| located(k) && !out.contains(&k)).collect();
                out.extend(places);
            }
        }
        // A relative clause opened by "where" (possibly through a reporting
        // verb: "where the UN says Israel has blocked …").
        let mut x = m.anchor;
        for _ in 0..4 {
            let h = tree.head[x as usize];
            if h == NONE {
                break;
            }
            if tree.rel[x as usize] == Rel::AclRelcl {
                if tree.kids(x).iter().any(|&k| tree.is_form(k, "where")) {
                    out.push(h);
                }
                break;
            }
            if !matches!(tree.rel[x as usize], Rel::Conj | Rel::Ccomp | Rel::Xcomp) {
                break;
            }
            x = h;
        }
        out
    }

    /// A "between" phrase naming the parties of the talks or agreement the
    /// anchor, its object or what the pattern consumed stands for, down
    /// "of" phrases ("hosted a new round of talks between Iran and the
    /// US", "offered to mediate between the two sides").
    fn between_target(&self, ctx: &Ctx<'_, '_>, m: &AnchorMatch, source: u32) -> Option<u32> {
        let tree = ctx.tree;
        let with_case = |k: u32, p: &str| tree.case_child(k).is_some_and(|c| tree.is_form(c, p));
        let ok = |k: u32| !tree.dominates(source, k) && !tree.dominates(k, source) && self.names_actor(ctx, k);
        let objects = |x: u32| tree.kids(x).iter().copied().filter(|&k| tree.rel[k as usize] == Rel::Obj).collect::<Vec<u32>>();
        let mut nodes: Vec<u32> = vec![m.anchor];
        nodes.extend(m.consumed.iter().copied().filter(|&c| tree.tag[c as usize].is_noun()));
        nodes.extend(objects(m.anchor));
        for x in tree.kids_with(m.anchor, Rel::Xcomp) {
            nodes.push(x);
            nodes.extend(objects(x));
        }
        let mut i = 0;
        while i < nodes.len() && nodes.len() < 24 {
            let x = nodes[i];
            if let Some(k) = tree.kids(x).iter().copied().find(|&k| matches!(tree.rel[k as usize], Rel::Nmod | Rel::Obl) && with_case(k, "between") && ok(k)) {
                return Some(k);
            }
            if tree.tag[x as usize].is_noun() {
                for k in tree.kids(x).iter().copied().filter(|&k| tree.rel[k as usize] == Rel::Nmod && with_case(k, "of")) {
                    if !nodes.contains(&k) {
                        nodes.push(k);
                    }
                }
            }
            i += 1;
        }
        None
    }

    /// The parties of a mediation named by the agent of a participle
    /// ("exchanged prisoners in a deal brokered by the UAE", "signed an
    /// accord mediated by Qatar"): the subject of the clause whose object
    /// or adjunct the participle modifies.
    fn mediated_parties(&self, tree: &Tree<'_>, anchor: u32, source: u32) -> Option<u32> {
        let by_agent = tree.head[source as usize] == anchor && (tree.rel[source as usize] == Rel::OblAgent || tree.case_is(source, "by"));
        if !by_agent || !matches!(tree.rel[anchor as usize], Rel::Acl | Rel::AclRelcl) {
            return None;
        }
        let mut x = tree.head[anchor as usize];
        for _ in 0..4 {
            if x == NONE || tree.is_predicate_verb(x) {
                break;
            }
            if !matches!(tree.rel[x as usize], Rel::Obj | Rel::Obl | Rel::Nmod) {
                return None;
            }
            x = tree.head[x as usize];
        }
        (x != NONE && tree.is_predicate_verb(x)).then(|| subject_of(tree, x)).flatten().filter(|&s| s != source && !tree.dominates(anchor, s))
    }

    /// "supported the steps taken by Baku", "rejected a memorandum signed by
    /// Ethiopia and Somaliland": the agent of a participle on the object is
    /// whom support or criticism of the thing is aimed at (the first named
    /// conjunct).
    fn participle_agent(&self, ctx: &Ctx<'_, '_>, anchor: u32, source: u32) -> Option<u32> {
        let tree = ctx.tree;
        let object = tree.kids_with(anchor, Rel::Obj).find(|&o| tree.tag[o as usize].is_noun())?;
        let participle = tree.kids_with(object, Rel::Acl).find(|&v| tree.tag[v as usize] == Tag::VBN)?;
        tree.kids_with(participle, Rel::OblAgent).chain(tree.kids_with(participle, Rel::Obl).filter(|&k| tree.case_is(k, "by"))).find(|&k| k != source && !tree.dominates(k, source) && self.names_actor(ctx, k))
    }

    /// "condemned the strike that Russia launched", "rejected the tariffs
    /// Washington imposed": the subject of an active relative clause on the
    /// anchor's object (a noun that names no actor itself) is the author
    /// of the thing commented on. A relative pronoun subject ("the attack
    /// that killed ten") names no one.
    fn relative_clause_author(&self, ctx: &Ctx<'_, '_>, anchor: u32, source: u32) -> Option<u32> {
        let tree = ctx.tree;
        let object = tree.kids_with(anchor, Rel::Obj).find(|&o| tree.tag[o as usize].is_noun() && !self.names_actor(ctx, o))?;
        tree.kids_with(object, Rel::AclRelcl)
            .filter(|&v| tree.tag[v as usize].is_verb() && !tree.is_passive(v))
            .find_map(|v| tree.kids_with(v, Rel::Nsubj).find(|&k| k != source && !tree.dominates(k, source) && self.names_actor(ctx, k)))
    }

    /// The author of the act the anchor's object names, by a "by" phrase on
    /// the object or on its "of" phrase ("the attack *by Russia*",
    /// "violations of the truce *by Azerbaijan*"); the object itself must
    /// name no actor ("condemned Israel for the raid by its troops" is
    /// aimed at Israel).
    fn act_author(&self, ctx: &Ctx<'_, '_>, anchor: u32, source: u32) -> Option<u32> {
        let tree = ctx.tree;
        let object = tree.kids_with(anchor, Rel::Obj).find(|&o| tree.tag[o as usize].is_noun() && !self.names_actor(ctx, o))?;
        let author = |x: u32, case: &str| tree.nmods_with_case(x, case).find(|&k| k != source && !tree.dominates(k, source) && self.names_actor(ctx, k));
        let by = |x: u32| author(x, "by");
        // "rejected the statements from Tiraspol", "welcomed the offer from
        // Kyiv": words or proposals come from their author (not so a thing
        // moved: "the withdrawal of troops from Syria").
        let utterance = ["statement", "remark", "comment", "claim", "accusation", "allegation", "proposal", "offer", "demand", "request", "call", "appeal", "message", "letter", "threat", "ultimatum", "plan", "initiative", "overture"];
        let from = |x: u32| utterance.iter().any(|w| tree.lemma_is(x, w)).then(|| author(x, "from")).flatten();
        by(object).or_else(|| tree.nmods_with_case(object, "of").find_map(by)).or_else(|| from(object))
    }

    /// The author of an act a naming verb judges: the "by" phrase of the
    /// judgement noun, or a name or nationality modifying it ("called the
    /// explosion a terrorist attack *by Azerbaijan*", "condemned what he
    /// called a *Croatian* provocation"). The naming verb is the anchor
    /// or the relative clause of its free-relative object ("what he
    /// called"); the thing judged must name no actor ("called Serbia a
    /// threat" is aimed at Serbia by the pattern itself).
    fn named_judgement_author(&self, ctx: &Ctx<'_, '_>, anchor: u32, source: u32) -> Option<u32> {
        let tree = ctx.tree;
        let naming = |v: u32| ["call", "brand", "label", "term", "dub", "describe", "denounce", "decry", "characterize", "characterise", "portray"].iter().any(|w| tree.lemma_is(v, w));
        let verb = if naming(anchor) {
            anchor
        } else {
            let what = tree.kids_with(anchor, Rel::Obj).find(|&o| tree.is_form(o, "what"))?;
            tree.kids_with(what, Rel::AclRelcl).find(|&v| naming(v))?
        };
        let objects: Vec<u32> = tree.kids_with(verb, Rel::Obj).filter(|&o| tree.tag[o as usize].is_noun()).collect();
        // "described the move as sabotage by …": the "as" phrase.
        let as_phrase = tree.kids(verb).iter().copied().find(|&k| matches!(tree.rel[k as usize], Rel::Obl | Rel::Nmod) && tree.case_is(k, "as") && tree.tag[k as usize].is_noun());
        let judgement = match tree.kids_with(verb, Rel::Xcomp).find(|&x| tree.tag[x as usize].is_noun()).or(as_phrase) {
            Some(x) => x,
            None if objects.len() >= 2 => *objects.last()?,
            None if verb != anchor => *objects.first()?,
            None => return None,
        };
        if objects.iter().any(|&o| o != judgement && self.names_actor(ctx, o)) {
            return None;
        }
        let ok = |k: u32| k != source && !tree.dominates(k, source) && !tree.dominates(source, k);
        tree.nmods_with_case(judgement, "by")
            .find(|&k| ok(k) && self.names_actor(ctx, k))
            .or_else(|| tree.kids(judgement).iter().copied().find(|&k| ok(k) && matches!(tree.rel[k as usize], Rel::Amod | Rel::Compound | Rel::NmodPoss) && ctx.mention_at[k as usize] != NONE))
    }

    /// "Egypt sent weapons to Mogadishu, moves that Addis Ababa denounced",
    /// "…, remarks that Eritrean officials condemned", "…, a decision Kyiv
    /// rejected" (also read as "decision … rejected"): a noun after a comma
    /// that sums up the clause before it, criticised or rejected, answers
    /// that clause's actor: the first subject up the tree that names one
    /// (in the passive the agent).
    fn summarised_clause_actor(&self, ctx: &Ctx<'_, '_>, anchor: u32, source: u32) -> Option<u32> {
        let tree = ctx.tree;
        let a = anchor as usize;
        let summary = |n: u32| tree.is_summary_word(n);
        // The relative clause on the noun ("moves that X denounced"), or the
        // noun read as the subject of a verb coordinated with the clause
        // ("a charge Abu Dhabi denies" parsed as "charge … denies").
        let (noun, up) = match tree.rel[a] {
            Rel::AclRelcl if tree.head[a] != NONE && summary(tree.head[a]) && tree.kids_with(anchor, Rel::Obj).all(|o| relative_antecedent(tree, o).is_some()) => (tree.head[a], tree.head[a]),
            Rel::Conj => (tree.kids_with(anchor, Rel::Nsubj).find(|&n| summary(n))?, anchor),
            _ => return None,
        };
        let start = tree.kids(noun).iter().copied().filter(|&k| k < noun && matches!(tree.rel[k as usize], Rel::Det | Rel::Amod | Rel::Nummod | Rel::Compound)).min().unwrap_or(noun);
        if start == 0 || tree.forms[start as usize - 1] != "," {
            return None;
        }
        let mut x = tree.head[up as usize];
        for _ in 0..6 {
            if x == NONE {
                return None;
            }
            if tree.is_predicate_verb(x) || tree.has_kid(x, Rel::Cop) {
                if let Some(s) = subject_of(tree, x).filter(|&s| s != source && !tree.dominates(noun, s) && self.names_actor(ctx, s)) {
                    return Some(s);
                }
            }
            x = tree.head[x as usize];
        }
        None
    }

    /// "condemned the invasions on Twitter", "said on Telegram": a news
    /// outlet or company named by an "on" phrase is where words were
    /// published, not whom they are aimed at (the caller asks only for acts
    /// of words: "sanctions on Rosneft" do aim at the company).
    fn medium(&self, ctx: &Ctx<'_, '_>, k: u32) -> bool {
        let mention = ctx.mention_at[k as usize];
        ctx.tree.case_child(k).is_some_and(|c| ctx.tree.is_form(c, "on"))
            && mention != NONE
            && matches!(&ctx.mentions[mention as usize].kind, MentionKind::Actor(entries) if entries.iter().all(|&e| matches!(self.actors.kind(self.actors.name(e).actor), ActorKind::Media | ActorKind::Company)))
    }

    /// The object of a subjectless "to" clause of purpose hung on the
    /// anchor's verb or on a word the pattern consumed ("fired tear gas *to
    /// disperse the demonstrators*", "used force to disperse supporters"),
    /// or the author of an act it names ("to break up a protest *by
    /// opposition supporters*"), when that names an actor.
    fn purpose_object(&self, ctx: &Ctx<'_, '_>, m: &AnchorMatch, source: u32) -> Option<u32> {
        let tree = ctx.tree;
        let verb = if tree.tag[m.anchor as usize].is_noun() && tree.rel[m.anchor as usize] == Rel::Obj { tree.head[m.anchor as usize] } else { m.anchor };
        let purpose = |k: u32| {
            matches!(tree.rel[k as usize], Rel::Advcl | Rel::Xcomp | Rel::Acl)
                && tree.tag[k as usize] == Tag::VB
                && tree.kids(k).iter().any(|&d| tree.rel[d as usize] == Rel::Mark && tree.is_form(d, "to"))
                && !tree.kids(k).iter().any(|&d| matches!(tree.rel[d as usize], Rel::Nsubj | Rel::NsubjPass))
        };
        let owners = std::iter::once(verb).chain(m.consumed.iter().copied()).filter(|&x| x != NONE);
        let clause = owners.flat_map(|x| tree.kids(x).iter().copied()).find(|&k| purpose(k))?;
        let ok = |k: u32| !tree.dominates(source, k) && !tree.dominates(k, source) && self.names_actor(ctx, k);
        let object = tree.kids(clause).iter().copied().find(|&k| tree.rel[k as usize] == Rel::Obj)?;
        if ok(object) {
            return Some(object);
        }
        tree.kids(object).iter().copied().find(|&k| tree.rel[k as usize] == Rel::Nmod && tree.case_is(k, "by") && ok(k))
    }

    fn default_target(&self, ctx: &Ctx<'_, '_>, m: &AnchorMatch, source: u32) -> Option<u32> {
        let tree = ctx.tree;
        let preps = ["against", "with", "on", "upon", "to", "toward", "towards", "from", "at", "for", "into"];
        let source_side = |t: u32| tree.dominates(source, t) || tree.dominates(t, source);
        let ok = |k: u32| !source_side(k) && !tree.is_predicate_verb(k) && self.names_actor(ctx, k) && Some(k) != m.target;
        // "rejected a proposal by Macron", "welcomed an offer from Qatar":
        // the author of the proposal or request the act answers.
        let author = |x: u32| tree.kids(x).iter().copied().find(|&k| tree.rel[k as usize] == Rel::Nmod && tree.case_child(k).is_some_and(|c| tree.is_form(c, "by") || tree.is_form(c, "from")) && ok(k));
        let objects = tree.kids(m.anchor).iter().copied().filter(|&k| tree.rel[k as usize] == Rel::Obj);
        for x in m.consumed.iter().copied().chain(objects) {
            if x != m.anchor && tree.tag[x as usize].is_noun() && self.rules.is_request(tree.lemmas[x as usize]) {
                if let Some(k) = author(x) {
                    return Some(k);
                }
            }
            // "Russia offered a truce, which Kyiv rejected", "a plan that
            // Hamas accepted": the relative pronoun stands for a proposal
            // whose author is the subject of the verb that made it.
            if let Some(noun) = relative_antecedent(tree, x).filter(|&o| self.rules.is_request(tree.lemmas[o as usize])) {
                if let Some(k) = author(noun) {
                    return Some(k);
                }
                let h = tree.head[noun as usize];
                let proposing = |v: u32| self.rules.is_proposing(tree.lemmas[v as usize]) || (tree.lemma_is(v, "put") && tree.kids(v).iter().any(|&k| tree.is_form(k, "forward")));
                if h != NONE && tree.rel[noun as usize] == Rel::Obj && proposing(h) {
                    if let Some(s) = subject_of(tree, h).filter(|&s| ok(s)) {
                        return Some(s);
                    }
                }
            }
        }
        let pp = |x: u32| -> Option<u32> {
            tree.kids(x).iter().copied().find(|&k| {
                matches!(tree.rel[k as usize], Rel::Nmod | Rel::Obl) && tree.case_child(k).is_some_and(|c| preps.iter().any(|p| tree.is_form(c, p))) && ok(k)
            })
        };
        // A place the pattern asks for ("near the border", "along the
        // frontier") is where the act happens: its "with" phrase ("its
        // border with South Korea") names a neighbour, not the target.
        let place = |c: u32| tree.case_child(c).is_some_and(|k| ["near", "along", "across", "inside", "outside", "around", "off", "within", "beyond", "in", "over", "by"].iter().any(|p| tree.is_form(k, p)));
        for &c in &m.consumed {
            if c != m.anchor && tree.tag[c as usize].is_noun() && !place(c) {
                if let Some(k) = pp(c) {
                    return Some(k);
                }
            }
        }
        let assigned = |k: u32| m.nodes.iter().any(|&(_, t)| t == k);
        if let Some(o) = tree.kids(m.anchor).iter().copied().find(|&k| matches!(tree.rel[k as usize], Rel::Obj | Rel::Iobj) && !assigned(k) && ok(k)) {
            return Some(o);
        }
        if let Some(k) = tree.kids(m.anchor).iter().copied().find(|&k| {
            tree.rel[k as usize] == Rel::Obl && !assigned(k) && tree.case_child(k).is_some_and(|c| preps.iter().any(|p| tree.is_form(c, p))) && ok(k)
        }) {
            return Some(k);
        }
        // "quit ECOWAS", "withdrew from NATO": the word a pattern constrains
        // (`obj:&ORGANIZATION`) is itself a named actor, the party the act is
        // aimed at. Only a name counts, not a description or pronoun.
        let pattern = &self.lexicon.native.patterns[m.pattern as usize];
        m.nodes.iter().find_map(|&(role, k)| {
            let constrained = matches!(pattern.flat[role as usize].value, NativeValue::Terms(_) | NativeValue::Synset(_));
            // ("A senior Hamas commander was killed by …": or a person the
            // pattern asks for, of a named actor.)
            let member = || self.rules.is_person_noun(tree.lemmas[k as usize]) && tree.kids(k).iter().any(|&d| matches!(tree.rel[d as usize], Rel::Compound | Rel::Amod | Rel::NmodPoss) && ctx.actor_name_at(d));
            let named = ctx.actor_name_at(k) || member();
            (constrained && k != m.anchor && tree.head[k as usize] == m.anchor && named && tree.tag[k as usize] != Tag::PRP && ok(k)).then_some(k)
        })
    }
}

/// Codes of acts done in words (statements, appeals, demands, criticism,
/// rejections, threats).
/// Codes of force: coerce (18), assault (19), mass violence (20).
/// Roots of acts someone decides and others then call "the decision" or
/// "the move": cooperation given or withdrawn, aid, yielding, sanctions
/// and force (not speech: statements, appeals, demands, criticism).
const DECIDED_ROOTS: [&str; 10] = ["04", "05", "06", "07", "08", "15", "16", "17", "18", "20"];

fn force(code: &str) -> bool {
    ["18", "19", "20"].iter().any(|r| code.starts_with(r))
}

fn spoken(code: &str) -> bool {
    ["01", "02", "10", "11", "12", "13"].iter().any(|r| code.starts_with(r))
}

/// "Baerbock said Moscow was mocking the talks": a progressive clause of
/// disapproval under a verb of saying is the speaker's description of the
/// other side's conduct (the speaker's own criticism), not a report of an
/// act of the clause's subject. Acts beyond words ("said Russia was
/// massing troops") stay reports.
fn described_conduct(tree: &Tree<'_>, anchor: u32, code: &str) -> bool {
    // Verbs of saying beside `data/speech-acts.txt` (which has "say", "add", "insist").
    const SAYING: [&str; 4] = ["tell", "claim", "argue", "state"];
    let a = anchor as usize;
    // A threat described ("was threatening its neighbours", "is bullying
    // them") likewise, but not one whose content is reported ("was
    // threatening to cut supplies").
    let threat_described = code.starts_with("13") && !tree.kids(anchor).iter().any(|&k| matches!(tree.rel[k as usize], Rel::Xcomp | Rel::Ccomp | Rel::Advcl));
    if !(code.starts_with("11") || threat_described) || tree.tag[a] != Tag::VBG || tree.rel[a] != Rel::Ccomp {
        return false;
    }
    let speech = tree.head[a];
    if speech == NONE || !tree.tag[speech as usize].is_verb() || !(SAYING.iter().any(|w| tree.lemmas[speech as usize].eq_ignore_ascii_case(w)) || is_speech_act(tree.lemmas[speech as usize])) {
        return false;
    }
    tree.kids(anchor).iter().any(|&k| tree.rel[k as usize] == Rel::Aux && tree.lemmas[k as usize].eq_ignore_ascii_case("be"))
}

/// Whether `t` is the speaker of a reporting clause other than the
/// anchor ("…, killing 12 people, Ukrainian officials said"): the subject
/// of a speech verb, or the noun right before a speech verb the parser
/// left without a subject.
fn reporting_speaker(tree: &Tree<'_>, t: u32, anchor: u32) -> bool {
    let speech = |v: u32| v != anchor && tree.tag[v as usize].is_verb() && is_speech_act(tree.lemmas[v as usize]);
    let h = tree.head[t as usize];
    if h != NONE && tree.rel[t as usize] == Rel::Nsubj && speech(h) {
        return true;
    }
    let next = t + 1;
    (next as usize) < tree.len() && speech(next) && matches!(tree.tag[next as usize], Tag::VBD | Tag::VBZ | Tag::VBP) && subject_of(tree, next).is_none_or(|s| s == t)
}

/// "pressed both to return to the table": "both" standing alone as an
/// argument is "both sides".
fn bare_both(tree: &Tree<'_>, c: u32) -> bool {
    tree.is_form(c, "both") && tree.tag[c as usize] == Tag::DT && matches!(tree.rel[c as usize], Rel::Obj | Rel::Nsubj | Rel::Iobj) && tree.kids(c).is_empty()
}

/// How many actors a reference stands for: "the two countries" 2, "both
/// sides" 2, a plural 2, else 1.
fn reference_count(tree: &Tree<'_>, c: u32) -> usize {
    const NUMBERS: [(&str, usize); 6] = [("two", 2), ("both", 2), ("three", 3), ("four", 4), ("five", 5), ("2", 2)];
    for &k in tree.kids(c) {
        if matches!(tree.rel[k as usize], Rel::Nummod | Rel::Det) {
            if let Some((_, n)) = NUMBERS.iter().find(|(w, _)| tree.is_form(k, w)) {
                return *n;
            }
        }
    }
    if matches!(tree.tag[c as usize], Tag::NNS | Tag::NNPS) {
        2
    } else {
        1
    }
}

/// Whether two actors' head tokens `a < b` are coordinated ("Israel and
/// Hamas") or the subject and a complement of one verb ("Kim hosted Putin").
fn linked_pair(tree: &Tree<'_>, a: u32, b: u32) -> bool {
    let (ha, hb) = (tree.head[a as usize], tree.head[b as usize]);
    let coordinated = (hb == a && tree.rel[b as usize] == Rel::Conj) || (ha == b && tree.rel[a as usize] == Rel::Conj);
    let subject = |x: u32| tree.rel[x as usize] == Rel::Nsubj;
    // (Not a place a locative preposition marks: "met Xi at a summit in
    // South Korea, when both sides agreed" means Xi's side, not Seoul.)
    let locative = |x: u32| tree.kids_with(x, Rel::Case).any(|k| ["in", "at", "inside", "near", "within", "across", "throughout"].iter().any(|w| tree.is_form(k, w)));
    let complement = |x: u32| matches!(tree.rel[x as usize], Rel::Obj | Rel::Iobj) || (tree.rel[x as usize] == Rel::Obl && !locative(x));
    // "Marcos met visiting Australian Defence Minister Richard Marles"
    // parsed with "visiting" a complement clause: the object of a verb's
    // complement clause without a subject of its own is the verb's too.
    let of_complement = |s: u32, x: u32, hs: u32, hx: u32| hs != NONE && hx != NONE && subject(s) && complement(x) && tree.head[hx as usize] == hs && tree.rel[hx as usize] == Rel::Xcomp && subject_of_own(tree, hx).is_none();
    // "Sudani visited the White House and met President Biden": so is the
    // object of a verb conjoined to the subject's verb with no subject of
    // its own.
    let of_conjunct = |s: u32, x: u32, hs: u32, hx: u32| hs != NONE && hx != NONE && hs < hx && subject(s) && complement(x) && tree.head[hx as usize] == hs && tree.rel[hx as usize] == Rel::Conj && subject_of_own(tree, hx).is_none();
    coordinated || (ha == hb && ha != NONE && ((subject(a) && complement(b)) || (subject(b) && complement(a)))) || of_complement(a, b, ha, hb) || of_complement(b, a, hb, ha) || of_conjunct(a, b, ha, hb) || of_conjunct(b, a, hb, ha)
}

/// A clause's own subject (not one it shares with a controlling verb).
fn subject_of_own(tree: &Tree<'_>, v: u32) -> Option<u32> {
    tree.kids(v).iter().copied().find(|&k| matches!(tree.rel[k as usize], Rel::Nsubj | Rel::NsubjPass))
}

/// Whether the phrase at `t` (or the phrase it is a conjunct of) is the
/// subject of a speech verb whose clause holds `c`.
fn speaks_of(tree: &Tree<'_>, t: u32, c: u32) -> bool {
    let t = if tree.rel[t as usize] == Rel::Conj && tree.head[t as usize] != NONE { tree.head[t as usize] } else { t };
    let g = tree.head[t as usize];
    tree.rel[t as usize] == Rel::Nsubj && g != NONE && is_speech_act(tree.lemmas[g as usize]) && tree.dominates(g, c)
}

/// Two codes that can be the two sides of something: different, and not
/// of one country, unless one stands apart from its state and the other
/// does not ("the army and the RSF", "Congo's government and the M23
/// rebels": the two sides of a civil war).
fn different_sides(kb: &Knowledge, x: &str, y: &str) -> bool {
    let apart = |c: &str| ["REB", "OPP", "CRM"].iter().any(|s| c.get(3..).is_some_and(|rest| rest.starts_with(s)));
    x != y && (country_of(kb, x).is_none_or(|cx| country_of(kb, y) != Some(cx)) || apart(x) != apart(y))
}

/// "the warring parties", "the belligerents' sides": a description of the
/// sides of a fight.
fn warring(tree: &Tree<'_>, c: u32) -> bool {
    tree.kids(c).iter().any(|&k| matches!(tree.rel[k as usize], Rel::Amod | Rel::Compound) && ["warring", "belligerent", "fighting", "combatant"].iter().any(|w| tree.is_form(k, w)))
}

/// Whether a reference is counted ("two", "both", "three").
fn explicit_count(tree: &Tree<'_>, c: u32) -> bool {
    tree.kids(c).iter().any(|&k| matches!(tree.rel[k as usize], Rel::Nummod | Rel::Det) && ["two", "both", "three", "four", "five"].iter().any(|w| tree.is_form(k, w)))
}

/// The noun a relative pronoun stands for ("the group, *which* it accused").
fn relative_antecedent(tree: &Tree<'_>, t: u32) -> Option<u32> {
    let ti = t as usize;
    let relative = matches!(tree.tag[ti], Tag::WDT | Tag::WP) || (["that", "who", "whom", "which"].iter().any(|w| tree.is_form(t, w)) && !tree.tag[ti].is_noun());
    let clause = tree.head[ti];
    if !relative || clause == NONE || tree.rel[clause as usize] != Rel::AclRelcl {
        return None;
    }
    let noun = tree.head[clause as usize];
    if noun == NONE {
        return None;
    }
    if matches!(tree.rel[ti], Rel::Nsubj | Rel::NsubjPass) {
        if let Some(s) = copular_subject(tree, noun) {
            return Some(s);
        }
    }
    Some(noun)
}

/// The relative clause on a noun summing up the clause before it after a
/// comma ("…, a charge Iran denies", "…, a decision that Beijing
/// rejects"): the writer's own report, whatever the clause before hedges
/// or reports ("accuses Iran of arming the Houthis, …", "ruled that …").
fn summary_relative(tree: &Tree<'_>, x: u32) -> bool {
    let noun = tree.head[x as usize];
    noun != NONE && tree.rel[x as usize] == Rel::AclRelcl && tree.is_summary_noun(noun)
}

/// A clause opened by ", which", ", who", ", where" (the relative word
/// its subject, object or adverb) whose verb is past or perfect.
fn nonrestrictive_past_relative(tree: &Tree<'_>, x: u32) -> bool {
    let xi = x as usize;
    let perfect = tree.tag[xi] == Tag::VBN && tree.kids_with(x, Rel::Aux).any(|a| tree.lemma_is(a, "have"));
    if tree.tag[xi] != Tag::VBD && !perfect {
        return false;
    }
    tree.kids(x).iter().any(|&k| {
        let ki = k as usize;
        k < x
            && ki > 0
            && tree.forms[ki - 1] == ","
            && matches!(tree.rel[ki], Rel::Nsubj | Rel::NsubjPass | Rel::Obj | Rel::Advmod | Rel::Obl)
            && ["which", "who", "whom", "where"].iter().any(|w| tree.is_form(k, w))
    })
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Factuality {
    Fact,
    /// Stated with "will"/"would": an intention.
    Future,
    /// "is due to visit", "is set to sign": a cooperative act (03–08)
    /// scheduled is an intention like "will"; anything else (a speech, an
    /// attack) is a forecast.
    Scheduled,
    /// Conditional, possible, hoped for, a purpose or topic: not coded.
    Irrealis,
}

/// "is to withdraw", "was to sign": a copula `be` with an infinitive `to`.
fn is_to_infinitive(tree: &Tree<'_>, x: u32) -> bool {
    let kids = tree.kids(x);
    kids.iter().any(|&k| tree.rel[k as usize] == Rel::Cop && tree.lemma_is(k, "be")) && kids.iter().any(|&k| tree.rel[k as usize] == Rel::Mark && tree.is_form(k, "to"))
}

/// A clause introduced by "when", "once", "until" or "unless" (as mark or
/// adverb).
fn temporal_when(tree: &Tree<'_>, x: u32) -> bool {
    tree.kids(x).iter().any(|&k| matches!(tree.rel[k as usize], Rel::Mark | Rel::Advmod) && ["when", "once", "until", "unless"].iter().any(|w| tree.is_form(k, w)))
}

/// "only when …", "only if …", "only after …": a clause stating a condition.
fn only_condition(tree: &Tree<'_>, x: u32) -> bool {
    let kids = tree.kids(x);
    kids.iter().any(|&k| tree.rel[k as usize] == Rel::Advmod && tree.is_form(k, "only"))
        && kids.iter().any(|&k| matches!(tree.rel[k as usize], Rel::Mark | Rel::Advmod) && ["when", "if", "after", "once", "until"].iter().any(|w| tree.is_form(k, w)))
}

/// "Should Israel launch …", "Had they known …": an auxiliary before the
/// subject of an adverbial clause. The parser may make a sentence's first
/// word "Were" in "Were China to impose …" an adverb of the verb.
fn inverted_condition(tree: &Tree<'_>, x: u32) -> bool {
    let aux = tree.kids(x).iter().copied().find(|&k| matches!(tree.rel[k as usize], Rel::Aux | Rel::AuxPass | Rel::Cop) || (k == 0 && tree.rel[0] == Rel::Advmod));
    let subj = tree.kids(x).iter().copied().find(|&k| matches!(tree.rel[k as usize], Rel::Nsubj | Rel::NsubjPass));
    match (aux, subj) {
        (Some(a), Some(s)) => a < s && ["should", "had", "were"].iter().any(|w| tree.is_form(a, w)),
        _ => false,
    }
}

fn actor_kind(kind: ActorKind) -> Kind {
    match kind {
        ActorKind::Person => Kind::Person,
        ActorKind::State | ActorKind::Territory | ActorKind::Region => Kind::State,
        ActorKind::Igo => Kind::Igo,
        ActorKind::Group | ActorKind::Party => Kind::Group,
        _ => Kind::Org,
    }
}

/// Whether a code is a world region's ("the Mediterranean coast" → `MDT`):
/// where something happened, not whose place it was.
fn is_region(kb: &Knowledge, code: &str) -> bool {
    code.len() == 3 && kb.registry().component(code).is_some_and(|c| c.category == Category::Region)
}

/// Whether `code` is one of the sources or of a source's country.
fn on_sources_side(kb: &Knowledge, sources: &[Resolved], code: &str) -> bool {
    sources.iter().any(|s| s.code == code || (country_of(kb, &s.code).is_some() && country_of(kb, &s.code) == country_of(kb, code)))
}

/// Whether a word is a plural of nationality standing alone
/// ("Venezuelans", "Israelis"): a people, not its state (unlike "the
/// Philippines" or "the United States").
fn nationals_plural(tree: &Tree<'_>, t: u32) -> bool {
    let form = tree.forms[t as usize].to_lowercase();
    matches!(tree.tag[t as usize], Tag::NNPS | Tag::NNS) && (form.ends_with("ans") || form.ends_with("is")) && !tree.kids(t).iter().any(|&k| matches!(tree.rel[k as usize], Rel::Compound | Rel::Amod | Rel::Flat))
}

/// Whether an actor was placed in the story's state only for want of a
/// country of its own ("residents" → the story's country's civilians).
fn placed_in_story_state(r: &Resolved) -> bool {
    matches!(&r.via, Via::Earlier(note) if note.ends_with(HOME_NOTE))
}

/// Whether a code is a state's organ that acts on its own country's people:
/// its police, courts, government or intelligence ("KAZCOP").
fn coercing_organ(code: &str) -> bool {
    code.get(3..).is_some_and(|r| ["COP", "GOV", "JUD", "SPY"].iter().any(|x| r.starts_with(x)))
}

/// The sectors that are a state's own organs: "RUSGOV" is Russia acting.
const STATE_ORGANS: [&str; 6] = ["GOV", "MIL", "COP", "LEG", "JUD", "SPY"];

/// Whether a code is an armed group's: rebels, insurgents, militias.
fn armed_group(code: &str) -> bool {
    code.get(3..).is_some_and(|x| x.starts_with("REB") || x.starts_with("INS") || x.starts_with("UAF"))
}

/// Whether two codes are one actor or one state's organs (the country
/// itself, its government, forces, police, legislature, courts, spies).
fn same_state(kb: &Knowledge, a: &str, b: &str) -> bool {
    let organ = |c: &str| c.len() == 3 || c.get(3..).is_some_and(|rest| STATE_ORGANS.iter().any(|x| rest.starts_with(x)));
    a == b || (country_of(kb, a).is_some() && country_of(kb, a) == country_of(kb, b) && organ(a) && organ(b))
}

/// The country (or region) a code starts with, if it starts with one.
fn country_of<'c>(kb: &Knowledge, code: &'c str) -> Option<&'c str> {
    let head = code.get(..3)?;
    kb.registry().component(head).filter(|c| matches!(c.category, Category::Country | Category::Region)).map(|_| head)
}

/// Whether a sentence is a dateline of its own ("MOSCOW (Reuters) -",
/// "YANGON, April 3 (AFP) —"): a few words with no verb, starting with a
/// place in capitals and ending with a dash.
fn is_dateline(tree: &Tree, text: &str) -> bool {
    let t = text.trim();
    let starts_capitalised = t.split([' ', ',']).next().is_some_and(|w| w.len() >= 2 && w.chars().all(|c| !c.is_lowercase()));
    t.ends_with(['-', '—', '–']) && starts_capitalised && t.split_whitespace().count() <= 10 && !(0..tree.len()).any(|i| tree.tag[i].is_verb())
}

/// Agreements and plans, whose future is their terms ("under the deal,
/// Israel will …", "a truce in which Hamas would …").
const TERMS: [&str; 16] = ["deal", "agreement", "accord", "plan", "terms", "truce", "ceasefire", "arrangement", "framework", "memorandum", "declaration", "treaty", "pact", "protocol", "roadmap", "proposal"];

/// What a definite act noun without an author names ("the launch", "the
/// raid", "the fighting", "the sanctions", "the veto", "the decree").
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum ActKind {
    /// A show of force: a launch, test, drill or incursion.
    Force,
    /// One attack named by its kind ("the raid"); rebels are a side of
    /// their own among its authors.
    Attack,
    /// Fighting, clashes, or an outbreak of them.
    Fighting,
    Sanctions,
    Veto,
    Decree,
}

impl ActKind {
    /// The CAMEO roots (or codes) of the acts it can stand for.
    fn roots(self) -> &'static [&'static str] {
        match self {
            ActKind::Force => &["15", "18", "19", "20"],
            ActKind::Attack | ActKind::Fighting => &["18", "19", "20"],
            ActKind::Sanctions => &["163"],
            ActKind::Veto => &["129"],
            ActKind::Decree => &["17"],
        }
    }
}

/// The side with more of `acts` than any other, if one has.
fn dominant_side(acts: &[&String], side: impl Fn(&str) -> String) -> Option<String> {
    let mut counts: Vec<(String, usize)> = Vec::new();
    for a in acts {
        let s = side(a);
        match counts.iter_mut().find(|(x, _)| *x == s) {
            Some(c) => c.1 += 1,
            None => counts.push((s, 1)),
        }
    }
    counts.sort_by_key(|&(_, n)| std::cmp::Reverse(n));
    match counts.as_slice() {
        [(s, _)] => Some(s.clone()),
        [(s, a), (_, b), ..] if a > b => Some(s.clone()),
        _ => None,
    }
}

/// The object of `anchor` (or the subject of what it declares it: "said
/// the launch was a provocation") of the kind `is_kind` accepts, made definite by
/// one of `determiners` and naming no author of its own: no dependent in
/// `authored` (a possessive, a clause) and no `nmod` led by one of
/// `author_cases` ("by Kigali"). Such an object is one the story has
/// reported before ("rejected the accusation").
fn unauthored_object(tree: &Tree<'_>, anchor: u32, is_kind: impl Fn(u32) -> bool, determiners: &[&str], authored: &[Rel], author_cases: &[&str]) -> Option<u32> {
    // Also the subject of what the anchor declares it ("said the launch was
    // a provocation", "said the sanctions were illegal"): a predicate with
    // a copula.
    let declared = tree.kids_with(anchor, Rel::Ccomp).filter(|&c| tree.kids_with(c, Rel::Cop).next().is_some()).flat_map(|c| tree.kids_with(c, Rel::Nsubj));
    tree.kids_with(anchor, Rel::Obj).chain(declared).find(|&o| {
        let kids = tree.kids(o);
        is_kind(o)
            && kids.iter().any(|&k| tree.rel[k as usize] == Rel::Det && determiners.iter().any(|w| tree.is_form(k, w)))
            && !kids.iter().any(|&k| authored.contains(&tree.rel[k as usize]) || (tree.rel[k as usize] == Rel::Nmod && tree.case_child(k).is_some_and(|c| author_cases.iter().any(|w| tree.is_form(c, w)))))
    })
}

/// Whether the phrase at `t` calls itself the government's ("government
/// aircraft", "government troops").
fn called_the_governments(tree: &Tree<'_>, t: u32) -> bool {
    tree.kids(t).iter().any(|&k| matches!(tree.rel[k as usize], Rel::Compound | Rel::Amod) && tree.lemma_is(k, "government"))
}

/// "crashed in eastern Romania": a state named as where something
/// happens, which counts twice toward the story's state (a state named
/// for a thing's origin, "a Russian drone", once).
fn place_of_events(tree: &Tree<'_>, t: u32) -> bool {
    matches!(tree.rel[t as usize], Rel::Obl | Rel::Nmod) && tree.case_child(t).is_some_and(|c| ["in", "inside", "across", "throughout"].iter().any(|p| tree.is_form(c, p)))
}

/// The state (not a region) a code's first block names: "MLIMIL" → "MLI".
fn state_head<'c>(kb: &Knowledge, code: &'c str) -> Option<&'c str> {
    let head = code.get(..3)?;
    kb.registry().component(head).filter(|c| c.category == Category::Country).map(|_| head)
}

/// A court: a state's judiciary (`…JUD`) or an international court
/// (`IGOJUD…`, the ICJ `IGOUNOICJ`).
fn is_court(code: &str) -> bool {
    code.get(3..).is_some_and(|rest| rest.starts_with("JUD")) || igo_of_sector(code, "JUD") || code.ends_with("ICJ")
}

/// An international body of a sector: "IGOJUDICC" for "JUD".
fn igo_of_sector(code: &str, sector: &str) -> bool {
    code.starts_with("IGO") && code.get(3..).is_some_and(|s| s.contains(sector))
}

/// A noun with nothing but an article ("the court"), no modifier that
/// says which.
/// Whether `c` is the subject of a seizure of power ("the army seized
/// power", "took power", "staged a coup").
fn seizes_power(tree: &Tree<'_>, c: u32) -> bool {
    let h = tree.head[c as usize];
    if h == NONE || tree.rel[c as usize] != Rel::Nsubj {
        return false;
    }
    let verb = ["seize", "take", "grab", "stage", "launch", "mount"].iter().any(|w| tree.lemma_is(h, w));
    verb && tree.kids(h).iter().any(|&k| tree.rel[k as usize] == Rel::Obj && ["power", "coup", "putsch"].iter().any(|w| tree.lemma_is(k, w)))
}

fn tree_is_bare(tree: &Tree<'_>, c: u32) -> bool {
    tree.kids(c).iter().all(|&k| !matches!(tree.rel[k as usize], Rel::Amod | Rel::Compound | Rel::NmodPoss | Rel::Nmod | Rel::Nummod | Rel::Acl | Rel::AclRelcl | Rel::Appos | Rel::Flat))
}

/// Counts one more of `key`, new keys last (so ties can go to the first
/// seen).
fn tally<K: PartialEq>(counts: &mut Vec<(K, usize)>, key: K) {
    match counts.iter_mut().find(|(k, _)| *k == key) {
        Some(x) => x.1 += 1,
        None => counts.push((key, 1)),
    }
}

/// Runs `f` with the current event's own side not left out of resolution
/// ("its partners": is "its" the event's own side?).
/// The subject of the speech verb whose reported clause holds `p` ("Esper
/// said, 'We …'"; "'… and we will ask …,' he added"), if any.
fn quoted_speaker(tree: &Tree<'_>, p: u32) -> Option<u32> {
    let mut x = p;
    for _ in 0..tree.len() {
        let h = tree.head[x as usize];
        if h == NONE {
            return quote_first_speaker(tree, p);
        }
        if matches!(tree.rel[x as usize], Rel::Ccomp | Rel::Parataxis) && is_speech_act(tree.lemmas[h as usize]) {
            return subject_of(tree, h).filter(|&s| s != p);
        }
        x = h;
    }
    None
}

/// "'We shall fight Hamas,' Peres told reporters": a sentence that opens
/// with a quotation the parser made the root, its speech verb hung on
/// something after the closing quote; the speaker of a word inside the
/// quotation is that verb's subject ("told reporters" included).
fn quote_first_speaker(tree: &Tree<'_>, p: u32) -> Option<u32> {
    let opening = |t: u32| matches!(tree.forms[t as usize], "\"" | "\u{201c}" | "``");
    let closing = |t: u32| matches!(tree.forms[t as usize], "\"" | "\u{201d}" | "''");
    if tree.is_empty() || !opening(0) || p == 0 {
        return None;
    }
    let close = (1..tree.len() as u32).find(|&t| closing(t))?;
    if p >= close {
        return None;
    }
    let verb = (close + 1..tree.len() as u32).find(|&v| tree.tag[v as usize].is_verb() && (is_speech_act(tree.lemmas[v as usize]) || tree.lemma_is(v, "tell")) && matches!(tree.rel[v as usize], Rel::Parataxis | Rel::Ccomp | Rel::Root))?;
    subject_of(tree, verb).filter(|&s| s > close)
}

fn including_own_side<T>(ctx: &Ctx<'_, '_>, f: impl FnOnce() -> T) -> T {
    let own = ctx.exclude.replace(Vec::new());
    let out = f();
    ctx.exclude.replace(own);
    out
}

/// The tokens of the phrase headed by `c` where its actor is named: the
/// head with compounds, titles, adjectives, possessors, appositions and
/// `of`/`from` modifiers (without clauses, other prepositional phrases, and
/// at the top its conjuncts).
fn phrase_tokens(tree: &Tree<'_>, c: u32, top: bool, out: &mut Vec<u32>) {
    if !out.contains(&c) {
        out.push(c);
    }
    for &k in tree.kids(c) {
        let rel = tree.rel[k as usize];
        let take = match rel {
            // `list`: a name the parser split ("Kim Jong | Un").
            Rel::Compound | Rel::Flat | Rel::Amod | Rel::NmodPoss | Rel::NmodDesc | Rel::Det | Rel::Nummod | Rel::Appos | Rel::Fixed | Rel::Goeswith | Rel::List => true,
            // The phrase's own preposition ("with Egypt") is not part of it.
            Rel::Case => tree.tag[k as usize] == Tag::POS || !top,
            // "head of the committee", "officials from Egypt", and caseless
            // modifiers (mostly names the parser split: "Deputy … Bogdanov").
            // A spokesperson speaks for the body named after "for" ("a
            // spokesman for Iran's Foreign Ministry"); an envoy "for Syria"
            // is sent there, so only the spokes- words take it.
            Rel::Nmod => tree.case_child(k).is_none_or(|p| tree.is_form(p, "of") || tree.is_form(p, "from") || (tree.is_form(p, "for") && is_spokesperson(tree, c))),
            Rel::Conj => !top,
            // "rockets fired from Lebanon", "a drone launched from Yemen":
            // a projectile is of the place it was fired from (only that
            // "from" phrase of the participle, not the rest of its clause).
            Rel::Acl if tree.tag[k as usize] == Tag::VBN && ["fire", "launch", "lob"].iter().any(|w| tree.lemma_is(k, w)) => {
                for &o in tree.kids(k) {
                    if tree.rel[o as usize] == Rel::Obl && tree.case_is(o, "from") {
                        phrase_tokens(tree, o, false, out);
                    }
                }
                false
            }
            _ => false,
        };
        if take {
            phrase_tokens(tree, k, false, out);
        }
    }
    if top {
        out.sort_unstable();
    }
}

/// Whether the name ending at `last` is the backer in a compound modifier
/// ("the Saudi-backed government", "Iran-aligned Houthi fighters",
/// "U.S.-trained forces", "the al Qaeda-linked group al Shabaab"): the
/// phrase names whom that actor backs or is tied to, not the actor itself
/// ("Saudi-led" still names its leader).
fn backer_of(tree: &Tree<'_>, last: u32) -> bool {
    const BACKED: [&str; 12] = ["backed", "supported", "sponsored", "funded", "aligned", "allied", "armed", "trained", "installed", "financed", "linked", "affiliated"];
    let (h, w) = (last as usize + 1, last as usize + 2);
    w < tree.forms.len() && tree.is_hyphen(h as u32) && BACKED.iter().any(|b| tree.forms[w].eq_ignore_ascii_case(b))
}

/// Two or more actor names in a phrase joined by hyphens ("Israeli -
/// Palestinian"): their token ranges.
fn hyphen_chain(tree: &Tree<'_>, ctx: &Ctx<'_, '_>, phrase: &[u32]) -> Option<Vec<(u32, u32)>> {
    let actor_mentions: Vec<&Mention> = ctx.mentions.iter().filter(|m| matches!(m.kind, MentionKind::Actor(_)) && phrase.contains(&m.first) && phrase.contains(&m.last)).collect();
    for (i, m) in actor_mentions.iter().enumerate() {
        let mut chain = vec![(m.first, m.last)];
        let mut last = m.last;
        for n in &actor_mentions[i + 1..] {
            if n.first == last + 2 && tree.is_hyphen(last + 1) {
                chain.push((n.first, n.last));
                last = n.last;
            }
        }
        if chain.len() >= 2 {
            return Some(chain);
        }
    }
    None
}

/// The phrase as written, without leading determiners and punctuation.
fn phrase_text(tree: &Tree<'_>, text: &str, phrase: &[u32]) -> String {
    let mut toks: Vec<u32> = phrase.to_vec();
    toks.sort_unstable();
    while toks.len() > 1 && (matches!(tree.tag[toks[0] as usize], Tag::DT) || tree.tag[toks[0] as usize].is_punct()) {
        toks.remove(0);
    }
    while toks.len() > 1 && tree.tag[*toks.last().unwrap_or(&0) as usize].is_punct() {
        toks.pop();
    }
    match (toks.first(), toks.last()) {
        (Some(&a), Some(&b)) => tree.span_text(text, a, b).to_string(),
        _ => String::new(),
    }
}

/// A sentence's [`clause_dates`], found on first use.
struct Dates<'a, 's> {
    cell: &'a std::cell::OnceCell<Vec<(u32, NaiveDate)>>,
    tree: &'a Tree<'s>,
    text: &'a str,
    date: Option<NaiveDate>,
}

impl Dates<'_, '_> {
    fn get(&self) -> &[(u32, NaiveDate)] {
        self.cell.get_or_init(|| clause_dates(self.tree, self.text, self.date))
    }
}

/// Dates of the sentence's time expressions, attached to the clause each
/// governs: (clause head token, date). Vague expressions ("last week",
/// "since May", "in recent months") date nothing.
fn clause_dates(tree: &Tree<'_>, text: &str, reference: Option<NaiveDate>) -> Vec<(u32, NaiveDate)> {
    use demarche_text::temporal::{find_dates, Granularity};
    let Some(reference) = reference else { return Vec::new() };
    let mut out = Vec::new();
    for e in find_dates(text, reference) {
        let words = &text[e.start..e.end];
        let relative = words.split_whitespace().any(|w| ["this", "last", "next", "earlier", "later", "past", "recent", "coming"].iter().any(|r| w.eq_ignore_ascii_case(r)));
        let vague = match e.granularity {
            Granularity::Day => false,
            Granularity::Week => true,
            Granularity::Month | Granularity::Year => relative,
        };
        if vague {
            continue;
        }
        let toks: Vec<u32> = (0..tree.len() as u32).filter(|&t| tree.start[t as usize] >= e.start && tree.end[t as usize] <= e.end && tree.end[t as usize] > tree.start[t as usize]).collect();
        let Some(&top) = toks.iter().min_by_key(|&&t| tree.depth[t as usize]) else { continue };
        // A date is never a conjunct of a clause: "… and on May 19, the
        // ministry warned" misparsed; it introduces the next clause.
        if matches!(tree.rel[top as usize], Rel::Conj | Rel::Parataxis | Rel::Dep) {
            let last = *toks.iter().max().unwrap_or(&top);
            if let Some(v) = (last + 1..tree.len() as u32).find(|&v| tree.is_predicate_verb(v) && !tree.is_form(v, "said")) {
                out.push((v, e.date));
                continue;
            }
        }
        // "Monday's attack", "Sunday's vote": a possessive date is the time
        // of its noun's event, not of the clause that mentions it.
        let last = *toks.iter().max().unwrap_or(&top);
        let next = tree.forms.get(last as usize + 1).copied().unwrap_or("");
        if tree.rel[top as usize] == Rel::NmodPoss || next == "'s" || next == "\u{2019}s" {
            continue;
        }
        // "since May", "until Friday", "for weeks" are not when it happened.
        let before = toks[0].checked_sub(1).map(|p| tree.forms[p as usize].to_lowercase());
        if before.as_deref().is_some_and(|w| ["since", "until", "till", "for", "through", "by", "from", "before"].contains(&w)) {
            continue;
        }
        let mut x = tree.head[top as usize];
        while x != NONE && !is_clause_head(tree, x) {
            x = tree.head[x as usize];
        }
        let x = if x == NONE { top } else { x };
        out.push((x, e.date));
    }
    out
}

fn is_clause_head(tree: &Tree<'_>, t: u32) -> bool {
    tree.is_predicate_verb(t) || tree.head[t as usize] == NONE || tree.kids(t).iter().any(|&k| matches!(tree.rel[k as usize], Rel::Nsubj | Rel::NsubjPass | Rel::Cop))
}

/// The date of the nearest clause, from the anchor up, that has one. A
/// clause in the present tense ("the UN says Israel has blocked …") speaks
/// of now: it stops the climb (the caller then uses the document date).
fn event_date(tree: &Tree<'_>, anchor: u32, dates: &[(u32, NaiveDate)]) -> Option<NaiveDate> {
    let mut x = anchor;
    for _ in 0..=tree.len() {
        if x == NONE {
            return None;
        }
        if let Some((_, d)) = dates.iter().find(|(h, _)| *h == x) {
            return Some(*d);
        }
        if present_tense(tree, x) {
            return None;
        }
        x = tree.head[x as usize];
    }
    None
}

/// A photo caption: a paragraph of one sentence whose main verb is in the
/// simple present and reports no speech ("Police use water cannon against
/// protesters outside the parliament"); news reports events in the past.
/// A past or perfect verb anywhere ("This comes as China has denounced …")
/// or a quotation makes it prose.
fn caption_like(tree: &Tree<'_>, text: &str) -> bool {
    if text.contains(['"', '“', '”']) || (0..tree.len()).any(|t| matches!(tree.tag[t], Tag::VBD | Tag::VBN)) {
        return false;
    }
    (0..tree.len() as u32).find(|&t| tree.head[t as usize] == NONE).is_some_and(|r| {
        // The form must agree with the tag ("froze" mis-tagged VBZ is past).
        let form = tree.forms[r as usize].to_lowercase();
        let present = match tree.tag[r as usize] {
            Tag::VBZ => form.ends_with('s'),
            Tag::VBP => form == tree.lemmas[r as usize],
            _ => false,
        };
        present && !tree.kids(r).iter().any(|&k| matches!(tree.rel[k as usize], Rel::Aux | Rel::AuxPass | Rel::Cop)) && !is_speech_act(tree.lemmas[r as usize])
    })
}

/// A verb in the present (or present perfect) tense.
fn present_tense(tree: &Tree<'_>, x: u32) -> bool {
    let tag = tree.tag[x as usize];
    if !tag.is_verb() {
        return false;
    }
    let auxes: Vec<u32> = tree.kids(x).iter().copied().filter(|&k| matches!(tree.rel[k as usize], Rel::Aux | Rel::AuxPass)).collect();
    match auxes.first() {
        Some(&a) => matches!(tree.tag[a as usize], Tag::VBZ | Tag::VBP),
        None => matches!(tag, Tag::VBZ | Tag::VBP),
    }
}

/// The dependency path from the anchor to a word: relations downward
/// (`obl:with>nmod`), or up to a governor.
fn path(tree: &Tree<'_>, anchor: u32, word: u32) -> String {
    let label = |t: u32| -> String {
        let rel = tree.rel[t as usize].as_str();
        match tree.case_child(t) {
            Some(c) => format!("{rel}:{}", tree.forms[c as usize].to_lowercase()),
            None => rel.to_string(),
        }
    };
    if word == anchor {
        return format!("({})", tree.forms[anchor as usize]);
    }
    let mut down = Vec::new();
    let mut t = word;
    for _ in 0..tree.len() {
        if t == anchor {
            down.reverse();
            return format!("{}({})", down.join(">"), tree.forms[anchor as usize]);
        }
        if t == NONE {
            break;
        }
        down.push(label(t));
        t = tree.head[t as usize];
    }
    let h = tree.head[word as usize];
    let governor = if h == NONE { "ROOT" } else { tree.forms[h as usize] };
    format!("{}({governor})", label(word))
}


/// Whether a sentence is written in title case, as headlines are: every
/// word of four letters or more begins with a capital (running text full
/// of names still has lowercase verbs and nouns).
fn is_title_case(tree: &Tree<'_>) -> bool {
    let mut long = tree.forms.iter().filter(|f| f.len() >= 4 && f.chars().all(char::is_alphabetic)).peekable();
    long.peek().is_some() && long.all(|f| f.chars().next().is_some_and(char::is_uppercase))
}

/// A pair of codes in a fixed order, so that (a, b) and (b, a) count as one
/// dyad.
/// Whether `k` is a phrase an act is aimed at: an oblique or nominal
/// modifier with "at", "on" or "against" ("fired at the crowd", "strikes on
/// Gaza", "used force against students").
fn aimed_phrase(tree: &Tree<'_>, k: u32) -> bool {
    matches!(tree.rel[k as usize], Rel::Obl | Rel::Nmod) && ["at", "on", "against"].iter().any(|w| tree.case_is(k, w))
}

fn unordered<'s>(a: &'s str, b: &'s str) -> (&'s str, &'s str) {
    if a <= b { (a, b) } else { (b, a) }
}

/// "spokesman", "spokeswoman", "spokesperson" (a word that speaks for the
/// body of its "for" phrase).
fn is_spokesperson(tree: &Tree<'_>, t: u32) -> bool {
    ["spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokeswomen", "spokespeople"].iter().any(|w| tree.forms[t as usize].eq_ignore_ascii_case(w))
}

/// The verbs coordinated with `anchor` (its conjuncts and the verb it is a
/// conjunct of) with no subject of their own but `source`: they share the
/// anchor's.
fn verbs_sharing_subject<'t>(tree: &'t Tree<'_>, anchor: u32, source: u32) -> impl Iterator<Item = u32> + 't {
    let h = tree.head[anchor as usize];
    let governor = (h != NONE && tree.rel[anchor as usize] == Rel::Conj).then_some(h);
    let own_subject = move |v: u32| tree.kids(v).iter().any(|&k| matches!(tree.rel[k as usize], Rel::Nsubj | Rel::NsubjPass) && k != source);
    tree.kids_with(anchor, Rel::Conj).chain(governor).filter(move |&v| tree.tag[v as usize].is_verb() && !own_subject(v))
}

/// The subject "he" or "she" of a sentence's main clause, if any.
fn main_subject_pronoun(tree: &Tree<'_>) -> Option<u32> {
    let root = (1..tree.len() as u32).find(|&t| tree.head[t as usize] == NONE && tree.rel[t as usize] == Rel::Root)?;
    let p = subject_of_own(tree, root)?;
    (tree.tag[p as usize] == Tag::PRP && (tree.is_form(p, "he") || tree.is_form(p, "she"))).then_some(p)
}
