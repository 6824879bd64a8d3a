//! The native coder's view of a parsed sentence: interned forms and lemmas,
//! tags, the dependency tree with children lists and depths, and byte
//! offsets into the sentence text.

use std::sync::LazyLock;

use demarche_doc::Sentence;
use demarche_lexicon::WordId;

use crate::deps::{Rel, Tag};
use crate::model::Lexicon;
use crate::native::rules::data_lines;
use demarche_lexicon::compiled::FxHashSet;

/// Lemmas of `data/speech-acts.txt`, read once per process.
static SPEECH_ACTS: LazyLock<Vec<&'static str>> = LazyLock::new(|| data_lines(include_str!("../../data/speech-acts.txt")).collect());
/// The same lemmas, lowercased, as a set: [`is_speech_act`] is asked of
/// many words of every sentence.
static SPEECH_ACT_SET: LazyLock<FxHashSet<String>> = LazyLock::new(|| SPEECH_ACTS.iter().map(|w| w.to_ascii_lowercase()).collect());
/// The longest of them, in bytes.
static SPEECH_ACT_LONGEST: LazyLock<usize> = LazyLock::new(|| SPEECH_ACTS.iter().map(|w| w.len()).max().unwrap_or(0));

/// Lemmas of `data/object-control.txt`, read once per process.
static OBJECT_CONTROL: LazyLock<Vec<&'static str>> = LazyLock::new(|| data_lines(include_str!("../../data/object-control.txt")).collect());
/// Verbs whose subject is the one to act in their to-infinitive ("hoped to
/// resume talks"), for repairs of that infinitive.
const SUBJECT_CONTROL: [&str; 19] = ["hope", "want", "plan", "seek", "aim", "agree", "promise", "decide", "intend", "try", "vow", "pledge", "offer", "refuse", "threaten", "wish", "prepare", "attempt", "vote"];
/// Speech verbs whose -ing form is also a noun, with their lemmas.
const SPEECH_PARTICIPLES: [(&str, &str); 4] = [("warning", "warn"), ("saying", "say"), ("claiming", "claim"), ("arguing", "argue")];
/// Lemmas of `data/infinitive-nouns.txt`, read once per process.
static INFINITIVE_NOUNS: LazyLock<Vec<&'static str>> = LazyLock::new(|| data_lines(include_str!("../../data/infinitive-nouns.txt")).collect());

/// Whether `lemma` is a speech act of `data/speech-acts.txt` (accuse, urge, warn …).
/// (ASCII letters in any case, as `eq_ignore_ascii_case` compares).
pub(crate) fn is_speech_act(lemma: &str) -> bool {
    if lemma.len() > *SPEECH_ACT_LONGEST {
        return false;
    }
    if !lemma.bytes().any(|b| b.is_ascii_uppercase()) {
        return SPEECH_ACT_SET.contains(lemma);
    }
    // Lowercased on the stack (no longer than the longest entry).
    let mut buf = [0u8; 64];
    let Some(buf) = buf.get_mut(..lemma.len()) else { return SPEECH_ACTS.iter().any(|w| w.eq_ignore_ascii_case(lemma)) };
    buf.copy_from_slice(lemma.as_bytes());
    buf.make_ascii_lowercase();
    std::str::from_utf8(buf).is_ok_and(|l| SPEECH_ACT_SET.contains(l))
}

/// Weekday and month names, lowercase: the dates a clause's words may be
/// misread as hanging on.
const WEEKDAYS_AND_MONTHS: [&str; 19] = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

/// Office words that head a title phrase ("Foreign Minister", "the
/// secretary of state").
const TITLES: [&str; 20] = ["president", "minister", "leader", "chief", "envoy", "commander", "secretary", "ambassador", "premier", "king", "general", "head", "chairman", "governor", "counterpart", "spokesman", "spokeswoman", "adviser", "advisor", "negotiator"];

/// Whether a word is a person noun by its ending ("spokeswoman",
/// "chairman", "spokesperson"): never a verb.
fn is_person_noun_form(form: &str) -> bool {
    let f = form.as_bytes();
    let ends = |suffix: &str| f.len() > suffix.len() + 2 && f[f.len() - suffix.len()..].eq_ignore_ascii_case(suffix.as_bytes());
    ends("woman") || ends("sman") || ends("person") || ends("rman")
}

/// Words of `data/participle-adjectives.txt` ("sweeping", "mounting").
static PARTICIPLE_ADJECTIVES: LazyLock<Vec<&'static str>> = LazyLock::new(|| data_lines(include_str!("../../data/participle-adjectives.txt")).collect());

/// No token (a root's head, an unknown word).
pub const NONE: u32 = u32::MAX;

/// Nouns that sum up the clause before them when set off by a comma
/// ("…, moves that Cairo denounced", "…, a charge Iran denies").
const SUMMARY_NOUNS: [&str; 15] = ["move", "step", "decision", "remark", "comment", "statement", "charge", "allegation", "accusation", "claim", "action", "measure", "ruling", "verdict", "assertion"];

/// A token index as the repairs hold it: `usize` in loops and ranges, `u32`
/// as stored in [`Tree::head`].
trait Token: Copy {
    fn id(self) -> u32;
}

impl Token for usize {
    fn id(self) -> u32 {
        self as u32
    }
}

impl Token for u32 {
    fn id(self) -> u32 {
        self
    }
}

/// One parsed sentence, ready for matching.
#[derive(Debug, Default)]
pub struct Tree<'s> {
    pub forms: Vec<&'s str>,
    /// Upper-case interned ids ([`NONE`] when the lexicon has no such word).
    pub form_id: Vec<WordId>,
    pub lemma_id: Vec<WordId>,
    pub lemmas: Vec<&'s str>,
    pub tag: Vec<Tag>,
    /// UPOS `AUX` (an auxiliary or copula by category, whatever its relation).
    pub aux: Vec<bool>,
    /// 0-based head, [`NONE`] for a root.
    pub head: Vec<u32>,
    pub rel: Vec<Rel>,
    pub depth: Vec<u16>,
    kid_start: Vec<u32>,
    kids: Vec<u32>,
    /// Byte range of each token in the sentence text.
    pub start: Vec<usize>,
    pub end: Vec<usize>,
    /// [`Tree::is_passive`] per token, filled when the tree is finished.
    passive: Vec<bool>,
}

impl<'s> Tree<'s> {
    /// Builds the tree of a sentence our parser (or a CoNLL-U reader) has
    /// annotated. Bad heads (out of range, cycles) become roots.
    pub fn new(lex: &Lexicon, sentence: &'s Sentence) -> Tree<'s> {
        let n = sentence.tokens.len();
        let mut t = Tree {
            forms: Vec::with_capacity(n),
            form_id: Vec::with_capacity(n),
            lemma_id: Vec::with_capacity(n),
            lemmas: Vec::with_capacity(n),
            tag: Vec::with_capacity(n),
            aux: Vec::with_capacity(n),
            head: Vec::with_capacity(n),
            rel: Vec::with_capacity(n),
            start: Vec::with_capacity(n),
            end: Vec::with_capacity(n),
            ..Tree::default()
        };
        let base = sentence.start;
        for (i, tok) in sentence.tokens.iter().enumerate() {
            t.forms.push(tok.form.as_str());
            let form_id = lex.vocab.get_folded(&tok.form).unwrap_or(NONE);
            t.form_id.push(form_id);
            let lemma = if tok.lemma.is_empty() || tok.lemma == "_" { tok.form.as_str() } else { tok.lemma.as_str() };
            let tag = if tok.xpos.is_empty() { Tag::from_upos(&tok.upos) } else { Tag::from_treebank(&tok.xpos) };
            // Most lemmas are their form up to case: one lookup.
            let mut lemma = lemma;
            let mut tag = tag;
            // "…, warning that Washington could seek sanctions" with
            // "warning" tagged a noun: a speech verb's -ing form between a
            // comma and "that" is its participle.
            let after_comma = i > 0 && sentence.tokens[i - 1].form == "," && sentence.tokens.get(i + 1).is_some_and(|x| x.form.eq_ignore_ascii_case("that"));
            if after_comma && matches!(tag, Tag::NN) {
                if let Some(&(_, base)) = SPEECH_PARTICIPLES.iter().find(|(f, _)| f.eq_ignore_ascii_case(&tok.form)) {
                    lemma = base;
                    tag = Tag::VBG;
                }
            }
            // A past form left as its own lemma because the word is also a
            // noun ("shot"), sometimes tagged present: the verb's base form,
            // and a past tense.
            if tag.is_verb() && lemma.eq_ignore_ascii_case(&tok.form) && tok.form.is_ascii() {
                if let Some(base) = crate::lemma::irregular_verb(&tok.form.to_ascii_lowercase()).filter(|b| !b.eq_ignore_ascii_case(&tok.form)) {
                    lemma = base;
                    if matches!(tag, Tag::VBP | Tag::VBZ | Tag::VB) {
                        tag = Tag::VBD;
                    }
                }
            }
            // "Polish and allied aircraft shot down Russian drones" with
            // "shot" tagged a noun: "shot" right before the particle "down"
            // is the past of "shoot" (the phrasal verb "shoot down").
            if matches!(tag, Tag::NN | Tag::NNP) && tok.form.eq_ignore_ascii_case("shot") && sentence.tokens.get(i + 1).is_some_and(|x| x.form.eq_ignore_ascii_case("down")) {
                lemma = "shoot";
                tag = Tag::VBD;
            }
            // "Foreign Ministry spokeswoman Maria Zakharova said" with the
            // title tagged a present-tense verb (lemma "spokeswoma"): no
            // English verb ends in -woman, -sman or -person, so the word
            // is the noun.
            if tag.is_verb() && is_person_noun_form(&tok.form) {
                lemma = tok.form.as_str();
                tag = Tag::NN;
            }
            let mut lemma_id = if lemma.eq_ignore_ascii_case(&tok.form) { form_id } else { lex.vocab.get_folded(lemma).unwrap_or(NONE) };
            if lemma_id == NONE && (tag.is_verb() || matches!(tag, Tag::NNS | Tag::NNPS)) {
                // A lemma the patterns do not know may be a lemmatizer slip
                // ("declined" → "declin"): try the rule lemmatizer's.
                let mut buf = String::new();
                crate::lemma::lemmatize(&tok.form, tag, &mut buf);
                lemma_id = lex.vocab.get_folded(&buf).unwrap_or(NONE);
                for stem in [lemma, buf.as_str()] {
                    // A stripped final e ("declin", "decid").
                    if lemma_id == NONE && !stem.ends_with('e') {
                        lemma_id = lex.vocab.get_folded(&format!("{stem}e")).unwrap_or(NONE);
                    }
                }
            }
            t.lemmas.push(lemma);
            t.lemma_id.push(lemma_id);
            t.tag.push(tag);
            t.aux.push(tok.upos == "AUX");
            t.head.push(if tok.head == 0 || tok.head as usize > n { NONE } else { tok.head - 1 });
            t.rel.push(Rel::from_ud(&tok.deprel));
            // Offsets are into the document body; the sentence text starts at `base`.
            let (s, e) = if tok.end > tok.start && tok.start >= base { (tok.start - base, tok.end - base) } else { (0, 0) };
            t.start.push(s);
            t.end.push(e);
        }
        t.repair();
        t.finish();
        t
    }

    /// Repairs a misparse common in news: a sentence whose root is its
    /// subject noun with the main verb hung under it as a reduced relative
    /// clause ("The UN office called on …" as "the office [that was]
    /// called"). With no other predicate at the top, the verb becomes the
    /// root and the noun its subject.
    fn repair(&mut self) {
        self.repair_words_hung_on_punctuation();
        self.repair_main_verb_read_as_conjunct_of_reduced_relative();
        self.repair_naming_complement_read_as_modifier();
        self.repair_conjoined_verb_read_as_modifier();
        self.repair_past_verb_read_as_conjunct_of_a_noun();
        self.repair_perfect_read_as_modifier();
        self.repair_possessed_noun_read_as_adjective();
        self.repair_possessed_adjective_phrase_read_as_complement();
        self.repair_title_noun_read_as_verb();
        self.repair_adjective_conjunct_before_titled_name();
        self.repair_titled_conjunct_split_from_its_name();
        self.repair_name_after_title_read_as_complement();
        self.repair_name_after_title_read_as_next_subject();
        self.repair_name_after_title_hung_on_the_verb();
        self.repair_name_after_a_definite_common_noun();
        self.repair_possessed_acting_title_read_as_gerund();
        self.repair_infinitive_after_objects_apposition();
        self.repair_mandative_subjunctive_read_as_compound();
        self.repair_subject_noun_read_as_adjective_of_a_verb();
        self.repair_perfect_read_as_possession();
        self.repair_case_on_leading_number();
        self.repair_owner_of_hyphenated_participle();
        self.repair_object_relative_read_as_subject();
        self.repair_name_before_relative_read_as_interjection();
        self.repair_list_opening_name_read_as_interjection();
        self.repair_subject_with_a_preposition();
        self.repair_list_read_as_appositions_of_time();
        self.repair_subject_read_as_apposition_of_time();
        self.repair_subject_read_as_name_after_a_date();
        self.repair_titled_subject_read_as_name_after_a_date();
        self.repair_subject_read_as_flat_name_of_a_fronted_date();
        self.repair_subject_read_as_conjunct_of_a_time_phrase();
        self.repair_described_subject_read_as_conjunct_of_a_time_phrase();
        self.repair_persona_non_grata_read_as_a_phrase();
        self.repair_apposition_of_the_object_read_as_vocative();
        self.repair_subject_hung_on_its_time_phrase();
        self.repair_time_phrase_read_as_second_subject();
        self.repair_subject_read_as_conjunct_of_fronted_clause();
        self.repair_accused_object_read_as_gerund_subject();
        self.repair_main_verb_read_as_conjunct_of_subjects_relative();
        self.repair_conjoined_clause_read_as_relative();
        self.repair_hyphenated_for_compound();
        self.repair_hyphenated_word_split();
        self.repair_main_clause_read_as_relative_before_subordinate();
        self.repair_subordinate_clause_read_as_participle_modifier();
        self.repair_infinitive_read_as_adjective();
        self.repair_infinitive_of_an_ordinal_noun_read_as_purpose();
        self.repair_initial_noun_read_as_imperative();
        self.repair_acting_title_read_as_gerund();
        self.repair_acting_title_read_as_verb();
        self.repair_case_on_title_before_name();
        self.repair_called_on_read_as_clause();
        self.repair_called_on_read_as_particle();
        self.repair_noun_subject_of_noun();
        self.repair_according_to_read_as_conjunct();
        self.repair_purpose_infinitive_read_as_modifier_of_used();
        self.repair_agent_without_by();
        self.repair_hyphenated_verb();
        self.repair_re_verb_read_as_adjective();
        self.repair_passive_subject_of_active_verb();
        self.repair_plural_possessive_read_as_quote();
        self.repair_possessor_read_as_conjunct();
        self.repair_titled_person_read_as_co_possessor();
        self.repair_conjunct_read_as_co_possessor_of_a_singular();
        self.repair_prepositional_conjunct_hung_on_the_verb();
        self.repair_base_verb_conjunct_of_a_prepositional_gerund();
        self.repair_subject_read_as_object_of_a_time_noun();
        self.repair_with_phrase_hung_on_a_topic();
        self.repair_based_in_read_as_preposition();
        self.repair_nominal_dependents_of_verbs();
        self.repair_preposition_read_as_mark();
        self.repair_speaker_after_fronted_report();
        self.repair_complement_subject_on_speech_verb();
        self.repair_complement_subject_read_as_speech_object();
        self.repair_reported_subject_read_as_speech_object();
        self.repair_reported_clause_read_as_relative();
        self.repair_reported_clause_hung_on_a_date();
        self.repair_subject_of_a_descriptor();
        self.repair_first_conjunct_read_as_subject();
        self.repair_double_subject();
        self.repair_detached_flat();
        self.repair_fronted_subordinate_clause();
        self.repair_subordinate_subject_read_as_oblique();
        self.repair_punctuation_root();
        self.repair_main_verb_read_as_conjunct_of_relative();
        self.repair_speech_participle_read_as_conjunct();
        self.repair_main_clause_read_as_modifier_of_reported_clause();
        self.repair_participle_read_as_modifier_of_oblique();
        self.repair_subordinate_subject_hung_on_its_adverb();
        self.repair_subject_before_relative_read_as_oblique();
        self.repair_conjoined_subject_with_relative();
        self.repair_main_verb_after_relative_clause();
        self.repair_main_verb_read_as_modifier_after_relative_root();
        self.repair_relative_clause_read_as_parataxis();
        self.repair_expressed_noun_read_as_verb();
        self.repair_of_across_conjunct();
        self.repair_from_across_conjunct();
        self.repair_with_after_time_phrase();
        self.repair_subject_of_prepositional_gerund();
        self.repair_title_name_subject();
        self.repair_subject_read_as_modifier();
        self.repair_subject_inside_fronted_phrase();
        self.repair_whose_clause_read_as_main();
        self.repair_subject_of_relative_read_as_clause();
        self.repair_whose_clause_read_as_complement();
        self.repair_infinitive_subject_read_as_object();
        self.repair_adjective_read_as_prepositional_object();
        self.repair_whose_clause_read_as_conjunct();
        self.repair_participle_adjective_read_as_gerund();
        self.repair_counted_participle_read_as_clause();
        self.repair_trailing_comment_read_as_root();
        self.repair_list_member_read_as_apposition();
        self.repair_conjuncts();
        self.repair_speech_act_conjunct_left_in_reported_clause();
        self.repair_object_of_a_noun();
        self.repair_coordinated_subject_read_as_root();
        self.repair_reduced_root();
        self.repair_verb_read_as_modifier();
        self.repair_reported_verb_read_as_modifier();
        self.repair_split_each_other();
        self.repair_adjective_read_as_head();
        self.repair_where_relative();
        self.repair_attributed_clause();
        self.repair_subject_with_verb_conjuncts();
        self.repair_coordinated_modifiers();
        self.repair_possessive_pronoun_on_a_verb();
        self.repair_agent_of_active_verb();
        self.repair_that_read_as_pronoun();
        self.repair_auxiliated_modifier();
        self.repair_between_conjunct();
        self.repair_between_phrase_on_a_name();
        self.repair_nominal_on_punctuation();
        self.repair_object_read_as_subject_of_a_later_verb();
        self.repair_object_read_as_bare_time_phrase();
        self.repair_stranded_preposition_before_its_object();
        self.repair_both_read_as_preconjunct();
        self.repair_the_other_read_as_a_complement();
        self.repair_coordinated_preposition_on_punctuation();
        self.repair_prepositional_phrase_on_punctuation();
        self.repair_prepositional_phrase_on_a_time_noun();
        self.repair_speech_participle_in_complement();
        self.repair_infinitive_read_as_compound();
        self.repair_control_infinitive_read_as_relative();
        self.repair_control_infinitive_read_as_clause();
        self.repair_control_infinitive_read_as_purpose();
        self.repair_control_infinitive_on_the_object();
        self.repair_subject_control_infinitive_read_as_purpose();
        self.repair_comparative_quantity_read_as_head();
        self.repair_object_predicate();
        self.repair_recipient_read_as_object();
        self.repair_infinitive_read_as_oblique();
        self.repair_infinitive_after_adverb_read_as_compound();
        self.repair_subordinate_clause_read_as_relative();
        self.repair_compound_object_read_as_clause();
        self.repair_scheme_noun_split_from_its_modifier();
        self.repair_addressee_read_as_compound();
        self.repair_determined_noun_read_as_adjective();
        self.repair_list_read_as_apposition();
        self.repair_fronted_time_phrase_subject();
        self.repair_coordinated_adjectives_read_as_root();
        self.repair_dependents_across_verb_conjunct();
        self.repair_called_person_read_as_complement();
        self.repair_determined_participle_read_as_gerund();
        self.repair_gerund_object_read_as_subject();
        self.repair_subject_of_parenthetical_participle();
        self.repair_charge_read_as_modifier();
        self.repair_conjoined_subject_read_as_conjunct();
        self.repair_clause_subject_read_as_nominal_conjunct();
        self.repair_naming_read_as_second_object();
        self.repair_naming_complement_after_an_article();
        self.repair_number_split_from_its_noun();
        self.repair_titled_conjunct_on_a_name_part();
        self.repair_reported_clause_on_a_time_noun();
        self.repair_quoted_name_on_a_later_verb();
        self.repair_subject_before_a_subordinator();
        self.repair_direct_talks_read_as_verb();
        self.repair_reduced_relative_read_as_clause();
        self.repair_goal_of_a_transfer_hung_in_the_object();
        self.repair_clause_after_a_name_read_as_participle();
        self.repair_coordinated_subject_read_as_two();
        self.repair_summary_relative_read_as_clause();
        self.repair_object_read_as_compound_across_a_preposition();
        self.repair_statement_relative_as_the_issuers_act();
        self.repair_list_conjunct_hung_on_a_conjunct();
        self.repair_object_after_shot_dead();
        self.repair_shot_down_headed_by_its_particle();
        self.repair_second_verb_read_as_modifier_of_a_time_conjunct();
        self.repair_bare_object_read_as_oblique();
        self.repair_infinitive_of_a_controlled_appeal_hung_above_it();
        // (Again once a noun root has become its verb's subject.)
        self.repair_time_phrase_read_as_second_subject();
    }

    /// "Police blocked the roads on Monday and fired tear gas at
    /// protesters" with "fired" an adjective of "gas" and "tear gas" a
    /// conjunct of "Monday": a weekday, month or time noun is coordinated
    /// with no other kind of noun, so a participle right after the "and"
    /// of such a conjunct is a second verb of the clause the time phrase
    /// is in, the conjunct its object, and what follows the conjunct on
    /// the date or the first verb hangs on the second.
    fn repair_second_verb_read_as_modifier_of_a_time_conjunct(&mut self) {
        let n = self.head.len();
        for p in 1..n.saturating_sub(1) {
            let o = self.head[p];
            if o == NONE || self.rel[p] != Rel::Amod || !matches!(self.tag[p], Tag::VBN | Tag::VBD) || !self.forms[p - 1].eq_ignore_ascii_case("and") {
                continue;
            }
            let o = o as usize;
            let x = self.head[o];
            if o <= p || x == NONE || self.rel[o] != Rel::Conj || !self.hangs(p - 1, o, Rel::Cc) || !self.is_time_word(x as usize) || self.is_time_word(o) {
                continue;
            }
            let x = x as usize;
            // The clause's verb: the nearest verb above the time word.
            let mut v = self.head[x];
            while v != NONE && !self.tag[v as usize].is_verb() {
                v = self.head[v as usize];
            }
            if v == NONE || (v as usize) > x {
                continue;
            }
            let v = v as usize;
            self.tag[p] = Tag::VBD;
            self.rehang(p, v, Rel::Conj);
            self.rehang(p - 1, p, Rel::Cc);
            self.rehang(o, p, Rel::Obj);
            for k in o + 1..n {
                if (self.head[k] == x as u32 || self.head[k] == v as u32) && !matches!(self.rel[k], Rel::Punct) {
                    self.head[k] = p as u32;
                }
            }
        }
    }

    /// "would keep pressing both commanders to accept the truce" with "to
    /// accept" hung on "keep": a to-infinitive right after the object of
    /// an appeal verb that is itself the complement of the verb the
    /// infinitive hangs on says what the object is pressed to do (object
    /// control), so it is the appeal verb's complement.
    fn repair_infinitive_of_a_controlled_appeal_hung_above_it(&mut self) {
        const APPEALS: [&str; 12] = ["urge", "press", "ask", "encourage", "push", "pressure", "persuade", "force", "tell", "call", "invite", "request"];
        let n = self.head.len();
        for c in 2..n {
            let h = self.head[c];
            if h == NONE || self.rel[c] != Rel::Xcomp || self.tag[c] != Tag::VB || !self.is_to_infinitive(c) {
                continue;
            }
            let h = h as usize;
            let Some(g) = (h + 1..c).find(|&k| self.hangs(k, h, Rel::Xcomp) && self.tag[k].is_verb() && self.lemma_in(k, &APPEALS)) else { continue };
            let Some(o) = (g + 1..c).find(|&k| self.hangs(k, g, Rel::Obj)) else { continue };
            // The object's phrase ends right before the infinitive's "to".
            let to = self.first_of(c);
            if (o + 1..to).any(|k| !self.dominates_index(o, k)) {
                continue;
            }
            self.rehang(c, g, Rel::Xcomp);
        }
    }

    /// "said it had struck al-Shabaab militants" with "militants" an
    /// oblique: a common-noun phrase right after a verb that has no
    /// object, with no preposition and no time word for its head, is the
    /// object. (Not after a verb of saying: "said Minister for the Middle
    /// East Hamish Falconer had …" opens a reported clause.)
    fn repair_bare_object_read_as_oblique(&mut self) {
        let n = self.head.len();
        for o in 1..n {
            let v = self.head[o];
            if v == NONE || self.rel[o] != Rel::Obl || !matches!(self.tag[o], Tag::NN | Tag::NNS) || (v as usize) >= o {
                continue;
            }
            let v = v as usize;
            if !self.tag[v].is_verb() || is_speech_act(self.lemmas[v]) || self.has_dependent(v, Rel::Obj) || self.first_of(o) != v + 1 || self.is_time_word(o) || self.deps(o).any(|k| matches!(self.rel[k], Rel::Case | Rel::Mark)) {
                continue;
            }
            self.rel[o] = Rel::Obj;
        }
    }

    /// "a settler shot dead four Palestinian workers", "police shot dead
    /// two men": the noun phrase right after "shot dead" is the verb's
    /// object ("shot four workers dead", the resultative moved before it),
    /// though the parser hangs it on the verb as an oblique or an adverbial
    /// clause, or "dead" on it as its adjective. The phrase runs over
    /// determiners, numbers, adjectives and nouns; its head is the one of
    /// them hung outside it. "Dead" becomes the verb's complement.
    fn repair_object_after_shot_dead(&mut self) {
        let n = self.head.len();
        for d in 1..n.saturating_sub(1) {
            let v = d - 1;
            if !self.form_in(d, &["dead"]) || !self.lemma_in(v, &["shoot"]) || !self.tag[v].is_verb() || self.deps(v).any(|i| matches!(self.rel[i], Rel::AuxPass)) {
                continue;
            }
            let phrase = |t: Tag| matches!(t, Tag::DT | Tag::CD | Tag::JJ | Tag::NN | Tag::NNS | Tag::NNP | Tag::NNPS | Tag::PRPS);
            let end = (d + 1..n).find(|&i| !phrase(self.tag[i])).unwrap_or(n);
            let heads: Vec<usize> = (d + 1..end).filter(|&i| !(d + 1..end).contains(&(self.head[i] as usize)) || self.head[i] == NONE).collect();
            let [o] = heads[..] else { continue };
            if !self.tag[o].is_noun() || self.hangs(o, v, Rel::Obj) || o == v {
                continue;
            }
            // (The object's old place goes to the verb when it was the root.)
            if self.head[o] == NONE {
                self.head[v] = NONE;
                self.rel[v] = self.rel[o];
                for i in 0..n {
                    if i != v && self.head[i] == o as u32 && !(d + 1..end).contains(&i) {
                        self.head[i] = v as u32;
                    }
                }
            }
            self.rehang(o, v, Rel::Obj);
            self.rehang(d, v, Rel::Xcomp);
        }
    }

    /// "Polish and allied aircraft shot down Russian drones" with "shot"
    /// read as a noun, hung as the subject of the particle "down", which
    /// heads the clause or hangs on another verb: "shot" (now the verb)
    /// takes the particle's place (an adverbial clause when that was no
    /// clause's) and dependents, a preposition among them becoming its
    /// marker ("after"); the particle is its `compound:prt`; the noun
    /// compounded on "shot" before it ("aircraft") is its subject, with the
    /// modifiers before that noun; and the noun phrase right after "down"
    /// is its object.
    fn repair_shot_down_headed_by_its_particle(&mut self) {
        let n = self.head.len();
        for s in 0..n.saturating_sub(1) {
            let d = s + 1;
            if !self.lemma_in(s, &["shoot"]) || !self.form_in(d, &["down"]) || self.head[s] != d as u32 || !matches!(self.rel[s], Rel::Nsubj | Rel::Compound | Rel::Dep) {
                continue;
            }
            let clausal = matches!(self.rel[d], Rel::Advcl | Rel::Ccomp | Rel::Conj | Rel::Root | Rel::Xcomp | Rel::Parataxis | Rel::AclRelcl | Rel::Acl);
            self.head[s] = self.head[d];
            self.rel[s] = if clausal || self.head[d] == NONE { self.rel[d] } else { Rel::Advcl };
            for i in 0..n {
                if i != s && self.head[i] == d as u32 {
                    self.head[i] = s as u32;
                    if self.rel[i] == Rel::Case {
                        self.rel[i] = Rel::Mark;
                    }
                }
            }
            self.head[d] = s as u32;
            self.rel[d] = Rel::CompoundPrt;
            if let Some(x) = (0..s).rev().find(|&i| self.head[i] == s as u32 && self.rel[i] == Rel::Compound && self.tag[i].is_noun()) {
                for i in 0..x {
                    if self.head[i] == s as u32 && matches!(self.rel[i], Rel::Amod | Rel::Det | Rel::Nummod | Rel::Compound | Rel::NmodPoss) {
                        self.head[i] = x as u32;
                    }
                }
                self.head[x] = s as u32;
                self.rel[x] = Rel::Nsubj;
            }
            let phrase = |t: Tag| matches!(t, Tag::DT | Tag::CD | Tag::JJ | Tag::NN | Tag::NNS | Tag::NNP | Tag::NNPS | Tag::PRPS);
            let end = (d + 1..n).find(|&i| !phrase(self.tag[i])).unwrap_or(n);
            let heads: Vec<usize> = (d + 1..end).filter(|&i| self.head[i] == NONE || !(d + 1..end).contains(&(self.head[i] as usize))).collect();
            if let [o] = heads[..] {
                if self.tag[o].is_noun() && self.head[o] != NONE && !self.dominates_index(o, s) {
                    self.rehang(o, s, Rel::Obj);
                }
            }
        }
    }

    /// "the foreign ministers of the United States, South Korea and Japan"
    /// with "Japan" a conjunct of "Korea": in a list ("A, B and C") every
    /// conjunct hangs on the first, so a nominal conjunct with its own
    /// coordinator hung on a conjunct that has none (joined by a comma
    /// only) is the first conjunct's.
    fn repair_list_conjunct_hung_on_a_conjunct(&mut self) {
        let n = self.head.len();
        for x in 1..n {
            let b = self.head[x];
            if b == NONE || self.rel[x] != Rel::Conj || !self.tag[x].is_nominal() || (b as usize) > x {
                continue;
            }
            let b = b as usize;
            let a = self.head[b];
            if a == NONE || self.rel[b] != Rel::Conj || !self.tag[b].is_nominal() || !self.tag[a as usize].is_nominal() || (a as usize) > b {
                continue;
            }
            let has_cc = |t: usize| self.deps(t).any(|c| self.rel[c] == Rel::Cc);
            if has_cc(b) || !has_cc(x) || !(a as usize + 1..b).any(|i| self.forms[i] == ",") {
                continue;
            }
            self.rehang(x, a as usize, Rel::Conj);
        }
    }

    /// "met South Korea's Foreign Minister Cho Tae-yul and Defence Minister
    /// Kim Yong-hyun for talks" with "Cho" a compound (and "Korea's" a
    /// possessor) of "talks" across its preposition "for", and the verb
    /// left without an object: a compound never stands before its noun's
    /// preposition, so a proper name so hung is the object of the verb the
    /// prepositional phrase hangs on, with the noun's other dependents
    /// before the preposition.
    fn repair_object_read_as_compound_across_a_preposition(&mut self) {
        let n = self.head.len();
        for k in 1..n {
            let h = self.head[k];
            if h == NONE || self.rel[k] != Rel::Case || (h as usize) <= k {
                continue;
            }
            let h = h as usize;
            let v = self.head[h];
            if v == NONE || !matches!(self.rel[h], Rel::Obl | Rel::Nmod) || !self.tag[v as usize].is_verb() || (v as usize) > k {
                continue;
            }
            let v = v as usize;
            let Some(c) = (v + 1..k).rev().find(|&c| self.hangs(c, h, Rel::Compound)) else { continue };
            if !self.is_proper(c) || self.deps(v).any(|o| matches!(self.rel[o], Rel::Obj | Rel::Ccomp | Rel::Xcomp)) {
                continue;
            }
            self.move_deps(v + 1..k, h, c, |r| r != Rel::Case);
            self.rehang(c, v, Rel::Obj);
        }
    }

    /// "…, a charge Iran denies", "…, a decision Beijing rejects", "…, an
    /// accusation Moscow has denied": a noun summing up the clause before
    /// it, after a comma and "a", followed by a subject and its verb with
    /// no object, is what that relative clause (without a pronoun) leaves
    /// out. Parsers hang the noun on the subject (as a compound or
    /// description) or on the verb (as a second subject), and the verb on
    /// the clause before, or the name on an earlier noun with the verb left
    /// without a subject ("… refugees in eastern Zaire, a charge Kabila
    /// denies" with "Kabila" an apposition of "Zaire"); the noun takes the
    /// verb's place, the name is the verb's subject and the verb the
    /// noun's relative clause, as with "…, a charge that Iran denies".
    fn repair_summary_relative_read_as_clause(&mut self) {
        let n = self.head.len();
        for noun in 2..n.saturating_sub(2) {
            if !self.is_summary_word(noun as u32) {
                continue;
            }
            let mut left = noun - 1;
            while left > 0 && self.head[left] == noun as u32 && self.rel[left] == Rel::Amod {
                left -= 1;
            }
            if left == 0 || !["a", "an"].iter().any(|w| self.forms[left].eq_ignore_ascii_case(w)) || self.forms[left - 1] != "," {
                continue;
            }
            // The verb after the subject's phrase (auxiliaries and adverbs
            // on it between them).
            let Some(vu) = (noun + 2..n).find(|&k| self.tag[k].is_verb() && !matches!(self.rel[k], Rel::Aux | Rel::AuxPass | Rel::Cop)) else { continue };
            let v = vu as u32;
            let mut s = vu - 1;
            while s > noun && self.head[s] == v && matches!(self.rel[s], Rel::Aux | Rel::Advmod) {
                s -= 1;
            }
            // ("Chad has been accused of …, a charge N'Djamena denies" with
            // "denies" read as the root and the clause before as its
            // dependent: that clause is the sentence's root.)
            let before = if self.head[vu] == NONE { (1..left).find(|&k| self.head[k] == v && self.tag[k].is_verb() && matches!(self.rel[k], Rel::Advcl | Rel::Ccomp | Rel::Parataxis)) } else { None };
            let vh = before.map_or(self.head[vu], |k| k as u32);
            if s <= noun || vh == NONE || !self.tag[s].is_nominal() || !(noun + 1..s).all(|k| self.dominates_index(s, k)) {
                continue;
            }
            if self.deps(vu).any(|d| Some(d) != before && matches!(self.rel[d], Rel::Obj | Rel::Ccomp | Rel::Xcomp)) {
                continue;
            }
            // (Already the noun's relative clause, or a head the rewiring
            // would put under itself.)
            if vh == noun as u32 || self.dominates_index(noun, vh as usize) || self.dominates_index(s, vh as usize) {
                continue;
            }
            // The name is the verb's subject, or the verb has none and the
            // name hangs back on the clause before.
            let subject = self.hangs(s, v, Rel::Nsubj);
            let stray = !self.has_dependent(vu, Rel::Nsubj) && (self.head[s] as usize) < noun;
            if !(subject || stray) || !(self.head[noun] == s as u32 || self.head[noun] == v) {
                continue;
            }
            let rel = if matches!(self.rel[vu], Rel::Conj | Rel::Parataxis) { self.rel[vu] } else { Rel::Conj };
            if let Some(k) = before {
                self.rehang(k, NONE, Rel::Root);
                self.move_deps(vu + 1..n, v, k as u32, |r| r == Rel::Punct);
            }
            self.rehang(left, noun, Rel::Det);
            self.rehang(noun, vh, rel);
            self.rehang(s, v, Rel::Nsubj);
            self.rehang(vu, noun, Rel::AclRelcl);
            if self.head[left - 1] == v || self.head[left - 1] == s as u32 {
                self.rehang(left - 1, noun, Rel::Punct);
            }
        }
    }

    /// "open to direct talks with Iran", "a return to direct negotiations"
    /// with "direct" read as an infinitive taking "talks" as its object:
    /// "direct" before a noun of talks or contacts after "to" is that
    /// noun's adjective, and the noun the object of "to".
    fn repair_direct_talks_read_as_verb(&mut self) {
        const TALKS: [&str; 8] = ["talk", "negotiation", "contact", "dialogue", "dialog", "engagement", "communication", "meeting"];
        let n = self.head.len();
        for d in 1..n.saturating_sub(1) {
            let o = d + 1;
            let to = d - 1;
            if !self.lemma_in(d, &["direct"]) || !self.tag[d].is_verb() || !self.forms[to].eq_ignore_ascii_case("to") || !self.hangs(o, d, Rel::Obj) || !self.lemma_in(o, &TALKS) {
                continue;
            }
            let mut h = self.head[d];
            if h == NONE {
                continue;
            }
            // ("remained open to direct talks": the adjective before "to"
            // is what the talks complete.)
            if to > 0 && self.tag[to - 1] == Tag::JJ && (self.head[to - 1] == h || to - 1 == h as usize) {
                h = (to - 1) as u32;
            }
            let rel = if self.tag[h as usize].is_noun() { Rel::Nmod } else { Rel::Obl };
            self.rehang(o, h, rel);
            for i in 0..n {
                if i != o && self.head[i] == d as u32 {
                    self.head[i] = o as u32;
                }
            }
            self.rehang(to, o, Rel::Case);
            self.rehang(d, o, Rel::Amod);
            self.tag[d] = Tag::JJ;
        }
    }

    /// "Trump, speaking to the Knesset before flying to Egypt, said …" with
    /// "Trump" the subject of "flying": a subject stands after its
    /// clause's subordinator ("before he flew"), so a subject before the
    /// subordinator of an adverbial clause is the subject of the subjectless
    /// verb that clause modifies.
    fn repair_subject_before_a_subordinator(&mut self) {
        const SUBORDINATORS: [&str; 7] = ["before", "after", "while", "when", "since", "upon", "without"];
        let n = self.head.len();
        for a in 1..n {
            let v = self.head[a];
            if v == NONE || self.rel[a] != Rel::Advcl || !self.tag[a].is_verb() {
                continue;
            }
            let vu = v as usize;
            if vu <= a || !self.tag[vu].is_verb() || self.has_dependent(vu, Rel::Nsubj) || self.has_dependent(vu, Rel::NsubjPass) {
                continue;
            }
            let Some(mark) = (0..a).find(|&k| self.hangs(k, a, Rel::Mark) && self.form_in(k, &SUBORDINATORS)) else { continue };
            let Some(s) = (0..mark).find(|&k| self.hangs(k, a, Rel::Nsubj)) else { continue };
            // (A comma closes the subject's phrase before the subordinator.)
            if !(s + 1..mark).any(|i| self.forms[i] == ",") {
                continue;
            }
            self.rehang(s, vu, Rel::Nsubj);
        }
    }

    /// Whether `v` is a verb that names its object something ("called the
    /// move illegal", "branded them terrorists").
    fn is_naming_verb(&self, v: usize) -> bool {
        self.tag[v].is_verb() && self.lemma_in(v, &["call", "label", "brand", "dub", "term", "declare"])
    }

    /// "called the move \"null and void\" and said Tehran would respond"
    /// with "null" the complement of "said": a quoted adjective right after
    /// a naming verb's object is what the object is named (its open
    /// complement), whatever later verb the parser hung it on.
    fn repair_quoted_name_on_a_later_verb(&mut self) {
        let n = self.head.len();
        for v in 0..n {
            if !self.is_naming_verb(v) {
                continue;
            }
            let Some(o) = (v + 1..n).find(|&i| self.hangs(i, v, Rel::Obj)) else { continue };
            let end = (o..n).take_while(|&i| self.dominates_index(o, i)).last().unwrap_or(o);
            let (q, j) = (end + 1, end + 2);
            if j >= n || !["\"", "“", "``"].contains(&self.forms[q]) || self.tag[j] != Tag::JJ {
                continue;
            }
            let h = self.head[j];
            if h == NONE || h as usize == v || (h as usize) < j || !self.tag[h as usize].is_verb() {
                continue;
            }
            self.rehang(j, v, Rel::Xcomp);
        }
    }

    /// "condemned the move announced on Monday by Pompeo", "denounced the
    /// strikes carried out by Israel" with the participle read as a second
    /// verb of the clause (`xcomp`, `conj`, `ccomp`, `advcl`) and its "by"
    /// phrase on it or on its time noun: a past form right after the
    /// verb's object phrase, with no subject, auxiliary, marker, object or
    /// conjunction of its own but with a "by" agent, is a reduced relative
    /// on that object.
    fn repair_reduced_relative_read_as_clause(&mut self) {
        let n = self.head.len();
        for v in 2..n {
            let h = self.head[v];
            if h == NONE || !matches!(self.tag[v], Tag::VBD | Tag::VBN) || !matches!(self.rel[v], Rel::Xcomp | Rel::Conj | Rel::Ccomp | Rel::Advcl) || !self.tag[h as usize].is_verb() {
                continue;
            }
            // The object phrase ends right before the participle.
            let Some(o) = (0..v).rev().find(|&i| self.hangs(i, h, Rel::Obj)) else { continue };
            if !self.tag[o].is_noun() || !(o + 1..v).all(|i| self.descends(i, o)) {
                continue;
            }
            if self.deps(v).any(|i| matches!(self.rel[i], Rel::Nsubj | Rel::NsubjPass | Rel::Aux | Rel::AuxPass | Rel::Cop | Rel::Mark | Rel::Obj | Rel::Cc | Rel::Ccomp)) {
                continue;
            }
            let by = |t: &Self, x: usize| t.deps(x).find(|&i| i > v && matches!(t.rel[i], Rel::Obl | Rel::OblAgent | Rel::Nmod) && t.tag[i].is_noun() && t.has_case_word(i, &["by"]));
            let agent = by(self, v).or_else(|| self.deps(v).filter(|&t| self.rel[t] == Rel::Obl && super::matcher::is_time_noun(self.lemmas[t])).find_map(|t| by(self, t)));
            // ("sent 29 prisoners wanted on drug charges to the United
            // States" with "wanted" a complement clause: a finite
            // complement has a subject; a past form without one right
            // after the object is a participle on it, "by" or not.)
            if agent.is_none() && self.rel[v] != Rel::Ccomp {
                continue;
            }
            self.tag[v] = Tag::VBN;
            self.rehang(v, o, Rel::Acl);
            if let Some(a) = agent {
                self.rehang(a, v, Rel::OblAgent);
            }
        }
    }

    /// "sent 29 prisoners wanted on drug charges to the United States"
    /// with "to the United States" hung on "charges": the "to" phrase
    /// inside the object phrase of a verb of sending is the verb's goal
    /// when the verb has none of its own.
    fn repair_goal_of_a_transfer_hung_in_the_object(&mut self) {
        const SENDING: &[&str] = &["send", "deport", "extradite", "transfer", "deliver", "ship", "hand", "return"];
        let n = self.head.len();
        for v in 1..n {
            if !self.tag[v].is_verb() || !self.lemma_in(v, SENDING) {
                continue;
            }
            let Some(o) = (v + 1..n).find(|&i| self.hangs(i, v as u32, Rel::Obj)) else { continue };
            if self.deps(v).any(|i| self.rel[i] == Rel::Obl && self.has_case_word(i, &["to"])) {
                continue;
            }
            // (Not the object's own "to" phrase: "sent a letter to the
            // president" is already right either way; one deeper, inside a
            // modifier of the object, is misplaced.)
            let Some(t) = (o + 2..n).find(|&t| self.rel[t] == Rel::Nmod && self.has_case_word(t, &["to"]) && self.head[t] != o as u32 && self.descends(t, o)) else { continue };
            self.rehang(t, v as u32, Rel::Obl);
        }
    }

    /// Whether `i` hangs under `top` (a bounded walk up the heads, before
    /// [`Tree::finish`]).
    fn descends(&self, mut i: usize, top: usize) -> bool {
        for _ in 0..8 {
            let h = self.head[i];
            if h == NONE {
                return false;
            }
            if h as usize == top {
                return true;
            }
            i = h as usize;
        }
        false
    }

    /// "Russian Foreign Ministry spokeswoman Maria Zakharova said …" with
    /// the title read as a verb (retagged a noun when the tree was built):
    /// "Ministry" its subject, the name its object, and the title the
    /// subject of "said" or the root over it. The name takes the title's
    /// place, the title describes the name and "Ministry" the title; a
    /// root title leaves the root to its clause verb after the name.
    fn repair_title_noun_read_as_verb(&mut self) {
        let n = self.head.len();
        for t in 0..n.saturating_sub(1) {
            let p = t + 1;
            if !is_person_noun_form(self.forms[t]) || !self.is_proper(p) || self.head[p] != t as u32 || matches!(self.rel[t], Rel::NmodDesc | Rel::Compound | Rel::Flat) {
                continue;
            }
            // The name's own words: p and what hangs on it, up to the first
            // word that does not.
            let end = (p + 1..n).find(|&k| self.head[k] != p as u32).unwrap_or(n);
            let h = self.head[t];
            if h == NONE {
                let Some(v) = (end..n).find(|&k| self.head[k] == t as u32 && self.tag[k].is_verb() && self.is_finite(k)) else { continue };
                for k in 0..n {
                    let before_title_clause_word = k < t && matches!(self.rel[k], Rel::Obl | Rel::OblTmod | Rel::Advmod | Rel::Punct | Rel::Mark | Rel::Cc);
                    if self.head[k] == t as u32 && k != p && k != v && (k >= end || before_title_clause_word) {
                        self.head[k] = v as u32;
                    }
                }
                self.rehang(v, NONE, Rel::Root);
                self.rehang(p, v, Rel::Nsubj);
            } else {
                let r = self.rel[t];
                self.move_deps(end..n, t, p, |_| true);
                self.rehang(p, h, r);
            }
            self.rehang(t, p, Rel::NmodDesc);
            for k in 0..t {
                if self.hangs(k, t, Rel::Nsubj) && self.tag[k].is_noun() {
                    self.rel[k] = Rel::Compound;
                }
            }
        }
    }

    /// "Lee Jae-myung and Japanese Prime Minister Shigeru Ishiba agreed"
    /// with "Japanese" a conjunct of the first name's last part ("myung")
    /// beside the second name, itself a conjunct of the first: a
    /// capitalised adjective right before a titled conjunct name is that
    /// name's modifier, and its "and" the name's.
    fn repair_adjective_conjunct_before_titled_name(&mut self) {
        let n = self.head.len();
        // The part after the hyphen of a hyphenated given name ("Jae-myung",
        // "Suk-yeol") tagged a common noun, hung flat on the name: a name part.
        for k in 2..n {
            if self.tag[k] == Tag::NN && self.rel[k] == Rel::Flat && self.forms[k - 1] == "-" && self.is_proper(k - 2) && self.head[k] != NONE && self.is_proper(self.head[k] as usize) {
                self.tag[k] = Tag::NNP;
            }
        }
        for d in 1..n.saturating_sub(2) {
            let h = self.head[d];
            if self.rel[d] != Rel::Conj || self.tag[d] != Tag::JJ || h == NONE || (h as usize) >= d || !self.forms[d].starts_with(|c: char| c.is_uppercase()) {
                continue;
            }
            let Some(p) = (d + 1..n).find(|&k| self.is_proper(k) && self.rel[k] == Rel::Conj) else { continue };
            let first = self.head[p];
            if p == d + 1 || first == NONE || (first as usize) >= d || !self.dominates_index(first as usize, d) || !(d + 1..p).all(|k| self.dominates_index(p, k)) {
                continue;
            }
            self.rehang(d, p, Rel::Amod);
            self.move_deps(0..n, d, p, |r| r == Rel::Cc);
        }
    }

    /// "said on Thursday that foreign forces would be legitimate targets"
    /// with the clause a relative of "Thursday" and "that" its subject
    /// (or object) beside "forces", or "that" already its subordinator
    /// ("demanded on Wednesday that China return the rifles"): after a
    /// speech verb's time phrase, a clause that has a subject of its own
    /// besides "that" is the reported clause.
    fn repair_reported_clause_on_a_time_noun(&mut self) {
        let n = self.head.len();
        for w in 1..n {
            let p = self.head[w];
            if p == NONE || !matches!(self.rel[w], Rel::Nsubj | Rel::Obj | Rel::Mark) || !self.forms[w].eq_ignore_ascii_case("that") || (p as usize) < w || self.rel[p as usize] != Rel::AclRelcl {
                continue;
            }
            let p = p as usize;
            let t = self.head[p];
            if t == NONE || (t as usize) + 1 != w || self.rel[t as usize] != Rel::Obl || !super::matcher::is_time_noun(self.lemmas[t as usize]) {
                continue;
            }
            let v = self.head[t as usize];
            if v == NONE || !self.tag[v as usize].is_verb() || !is_speech_act(self.lemmas[v as usize]) || !(w + 1..p).any(|i| self.hangs(i, p, Rel::Nsubj)) {
                continue;
            }
            self.rehang(p, v, Rel::Ccomp);
            self.rehang(w, p, Rel::Mark);
            self.tag[w] = Tag::IN;
        }
    }

    /// "U.S. President Donald Trump and Russian President Vladimir Putin"
    /// once the first name is headed by "Donald": a titled name conjunct
    /// left on a part of the first name ("U.S.") is that name's conjunct.
    fn repair_titled_conjunct_on_a_name_part(&mut self) {
        for x in 1..self.head.len() {
            let h = self.head[x];
            if h == NONE || self.rel[x] != Rel::Conj || (h as usize) > x || !self.is_proper(x) || !self.has_dependent(x, Rel::NmodDesc) {
                continue;
            }
            let name = self.head[h as usize];
            if name != NONE && (name as usize) < x && matches!(self.rel[h as usize], Rel::Compound | Rel::Flat) && self.is_proper(h as usize) && self.is_proper(name as usize) {
                self.head[x] = name;
            }
        }
    }

    /// "called for the release of Niger's deposed president, Mohamed
    /// Bazoum" with the name hung on the verb as a second complement: a
    /// name right after a comma that closes a phrase headed by a person's
    /// title is that title's apposition.
    fn repair_name_after_title_read_as_complement(&mut self) {
        let n = self.head.len();
        for y in 2..n {
            let v = self.head[y];
            if v == NONE || !self.is_proper(y) || self.forms[y - 1] != "," || !matches!(self.rel[y], Rel::Xcomp | Rel::Obj | Rel::Dep | Rel::Parataxis) {
                continue;
            }
            let p = y - 2;
            if !matches!(self.tag[p], Tag::NN) || !self.lemma_in(p, &TITLES) || self.head[p] == NONE || !self.tag[v as usize].is_verb() || !self.dominates_index(v as usize, p) || p < v as usize {
                continue;
            }
            self.rehang(y, p, Rel::Appos);
            self.rehang(y - 1, y, Rel::Punct);
        }
    }

    /// "impeached Vice President Sara Duterte", "detained Vice President
    /// Kamala Harris" with the title the verb's object and the name right
    /// after it a second dependent of the verb (an oblique or complement
    /// with no preposition): a capitalized title followed at once by a
    /// proper name is that name's, and the name heads the phrase.
    ///
    /// A title in lower case is a title only after "former" ("arrested
    /// former prime minister Imran Khan", "ordered the release of former
    /// prime minister Khaleda Zia"), and then the two may also hang on a
    /// noun, the name as a second `nmod` with no preposition of its own.
    fn repair_name_after_title_hung_on_the_verb(&mut self) {
        let n = self.head.len();
        for p in 0..n.saturating_sub(1) {
            let v = self.head[p];
            if v == NONE || !matches!(self.tag[p], Tag::NN | Tag::NNP) || !self.lemma_in(p, &TITLES) || !matches!(self.rel[p], Rel::Obj | Rel::Iobj | Rel::Obl | Rel::Nmod) {
                continue;
            }
            let capital = self.forms[p].starts_with(|c: char| c.is_ascii_uppercase());
            let former = (0..p).any(|k| self.head[k] == p as u32 && self.rel[k] == Rel::Amod && self.lemma_in(k, &["former"]));
            if !capital && !former {
                continue;
            }
            let on_verb = self.tag[v as usize].is_verb();
            let on_noun = !capital && self.rel[p] == Rel::Nmod && matches!(self.tag[v as usize], Tag::NN | Tag::NNS);
            if !(on_verb || on_noun) || !self.is_proper(p + 1) {
                continue;
            }
            // The name's head: the token of the run of proper nouns after the
            // title that hangs outside the run.
            let end = (p + 1..n).take_while(|&t| self.is_proper(t)).last().unwrap_or(p + 1);
            let Some(y) = (p + 1..=end).find(|&t| !(p + 1..=end).contains(&(self.head[t] as usize))) else { continue };
            let second = if on_verb { matches!(self.rel[y], Rel::Obl | Rel::OblTmod | Rel::OblNpmod | Rel::Xcomp | Rel::Dep | Rel::Obj | Rel::Parataxis) } else { self.rel[y] == Rel::Nmod };
            if self.head[y] != v || !second || self.has_dependent(y, Rel::Case) {
                continue;
            }
            let rel = self.rel[p];
            self.rehang(y, v, rel);
            self.rehang(p, y as u32, Rel::Compound);
            // The title's determiner, modifiers and preposition are the phrase's.
            for k in 0..p {
                if self.head[k] == p as u32 && matches!(self.rel[k], Rel::Det | Rel::Amod | Rel::NmodPoss | Rel::Case) {
                    self.head[k] = y as u32;
                }
            }
        }
    }

    /// "Aoun, speaking in Paris after meeting French President Emmanuel
    /// Macron, condemned …" with the title the object of "meeting" and the
    /// name after it read as the subject of the next verb: a capitalized
    /// title followed at once by a proper name is that name's, and the name
    /// is the object. The verb left without a subject, hung on a noun root
    /// before it, is that noun's predicate (see `repair_reduced_root`).
    fn repair_name_after_title_read_as_next_subject(&mut self) {
        let n = self.head.len();
        for p in 0..n.saturating_sub(1) {
            let v = self.head[p];
            if v == NONE || !matches!(self.tag[p], Tag::NN | Tag::NNP) || !self.lemma_in(p, &TITLES) || self.rel[p] != Rel::Obj || !self.tag[v as usize].is_verb() || !self.is_proper(p + 1) {
                continue;
            }
            if !self.forms[p].starts_with(|c: char| c.is_ascii_uppercase()) {
                continue;
            }
            let end = (p + 1..n).take_while(|&t| self.is_proper(t)).last().unwrap_or(p + 1);
            let Some(y) = (p + 1..=end).find(|&t| !(p + 1..=end).contains(&(self.head[t] as usize))) else { continue };
            let w = self.head[y];
            if w == NONE || w == v || self.rel[y] != Rel::Nsubj || (w as usize) <= end || !self.tag[w as usize].is_verb() || self.has_dependent(y, Rel::Case) {
                continue;
            }
            let wu = w as usize;
            if self.deps(wu).any(|k| k != y && matches!(self.rel[k], Rel::Nsubj | Rel::NsubjPass)) {
                continue;
            }
            self.rehang(y, v, Rel::Obj);
            self.rehang(p, y as u32, Rel::Compound);
            for k in 0..p {
                if self.head[k] == p as u32 && matches!(self.rel[k], Rel::Det | Rel::Amod | Rel::NmodPoss) {
                    self.head[k] = y as u32;
                }
            }
            let r = self.head[wu];
            if r != NONE && (r as usize) < p && self.head[r as usize] == NONE && self.tag[r as usize].is_nominal() && matches!(self.rel[wu], Rel::Parataxis | Rel::Conj | Rel::Dep) {
                self.rel[wu] = Rel::Acl;
            }
        }
    }

    /// "lifted sanctions on the state airline Belavia", "seized the tanker
    /// Stena Impero" with the name hung on the verb as a second dependent
    /// with no preposition (or on a noun as an `nmod` with none): a proper
    /// name right after a definite common noun ("the …") is that noun's
    /// apposition, the name of the thing the noun describes. Not a time
    /// word ("met the president Monday") nor a title's name (see
    /// `repair_name_after_title_hung_on_the_verb`).
    fn repair_name_after_a_definite_common_noun(&mut self) {
        let n = self.head.len();
        for p in 0..n.saturating_sub(1) {
            if self.tag[p] != Tag::NN || self.lemma_in(p, &TITLES) || !self.is_proper(p + 1) || self.head[p] == NONE {
                continue;
            }
            let definite = (0..p).any(|k| self.head[k] == p as u32 && self.rel[k] == Rel::Det && self.lemma_in(k, &["the"]));
            if !definite {
                continue;
            }
            let end = (p + 1..n).take_while(|&t| self.is_proper(t)).last().unwrap_or(p + 1);
            let Some(y) = (p + 1..=end).find(|&t| !(p + 1..=end).contains(&(self.head[t] as usize))) else { continue };
            let v = self.head[y];
            if v == NONE || v as usize == p || self.has_dependent(y, Rel::Case) || super::matcher::is_time_noun(self.lemmas[y]) || (end + 1 < n && self.forms[end + 1] == "'s") {
                continue;
            }
            let vi = v as usize;
            let on_verb = self.tag[vi].is_verb() && matches!(self.rel[y], Rel::Obl | Rel::OblTmod | Rel::OblNpmod | Rel::Dep) && self.dominates_index(vi, p);
            let on_noun = self.tag[vi].is_noun() && self.rel[y] == Rel::Nmod && self.dominates_index(vi, p);
            if on_verb || on_noun {
                self.rehang(y, p as u32, Rel::Appos);
            }
        }
    }

    /// "summoned Pakistan's acting high commissioner" read as a gerund
    /// clause ("Pakistan" the subject of "acting", the title its object):
    /// "acting" between a possessor and a noun (adjectives between) is the
    /// title's modifier, and the possessor the title's.
    fn repair_possessed_acting_title_read_as_gerund(&mut self) {
        let n = self.head.len();
        for a in 1..n.saturating_sub(1) {
            if !self.forms[a].eq_ignore_ascii_case("acting") || self.tag[a] != Tag::VBG {
                continue;
            }
            let Some(o) = (a + 1..n).find(|&k| !matches!(self.tag[k], Tag::JJ)) else { continue };
            if self.head[o] != a as u32 || self.rel[o] != Rel::Obj || !matches!(self.tag[o], Tag::NN | Tag::NNS) || (a + 1..o).any(|k| self.head[k] != o as u32) {
                continue;
            }
            let Some(owner) = (0..a).find(|&k| self.head[k] == a as u32 && self.rel[k] == Rel::Nsubj && self.deps(k).any(|c| self.rel[c] == Rel::Case && self.forms[c] == "'s")) else { continue };
            if self.deps(a).any(|d| d != o && d != owner) {
                continue;
            }
            let (h, r) = (self.head[a], self.rel[a]);
            let r = match r {
                Rel::Ccomp | Rel::Xcomp => Rel::Obj,
                Rel::Csubj => Rel::Nsubj,
                r => r,
            };
            self.rehang(o, h, r);
            self.rehang(a, o, Rel::Amod);
            self.tag[a] = Tag::JJ;
            self.rehang(owner, o, Rel::NmodPoss);
        }
    }

    /// "pressed the Myanmar National Democratic Alliance Army, an ethnic
    /// Chinese militia, to hand Lashio back", "urged the Kurdistan Workers'
    /// Party, a banned group, to lay down its weapons" with the infinitive
    /// hung on the apposition (or on the verb as an adverbial clause) and
    /// the apposition on the verb: after a verb that asks someone to act,
    /// a noun set off by commas right after the object is the object's
    /// apposition, and a to-infinitive after its closing comma is the
    /// verb's complement.
    fn repair_infinitive_after_objects_apposition(&mut self) {
        const ASKING: [&str; 18] = ["urge", "press", "ask", "push", "pressure", "encourage", "tell", "order", "invite", "persuade", "force", "compel", "advise", "request", "implore", "exhort", "call", "warn"];
        let n = self.head.len();
        for v in 0..n {
            if !self.tag[v].is_verb() || !self.lemma_in(v, &ASKING) || self.has_dependent(v, Rel::Xcomp) {
                continue;
            }
            // The object: the verb's object or an oblique with no preposition.
            let Some(o) = (v + 1..n).find(|&o| self.head[o] == v as u32 && (self.rel[o] == Rel::Obj || (self.rel[o] == Rel::Obl && !self.has_dependent(o, Rel::Case))) && self.tag[o].is_noun()) else { continue };
            // The apposition: set off by a comma right after the object's words.
            let Some(m) = (o + 1..n).find(|&m| self.tag[m].is_noun() && ((self.head[m] == o as u32 && self.rel[m] == Rel::Appos) || (self.head[m] == v as u32 && matches!(self.rel[m], Rel::Parataxis | Rel::Dep))) && self.comma_before(m).is_some()) else { continue };
            let Some(k) = (m + 1..n).find(|&k| self.tag[k] == Tag::VB && self.is_to_infinitive(k) && ((self.head[k] == m as u32 && matches!(self.rel[k], Rel::Conj | Rel::Acl | Rel::AclRelcl)) || (self.head[k] == v as u32 && self.rel[k] == Rel::Advcl))) else { continue };
            if !(k >= 2 && self.forms[k - 2] == "," && self.forms[k - 1].eq_ignore_ascii_case("to")) {
                continue;
            }
            if self.rel[o] == Rel::Obl {
                self.rel[o] = Rel::Obj;
            }
            self.rehang(m, o as u32, Rel::Appos);
            self.rehang(k, v as u32, Rel::Xcomp);
        }
    }

    /// "Britain, the European Union and other donors pledged" with "the
    /// European Union" an apposition of "Britain" and "donors" its
    /// conjunct (or a second subject): a name between a name and that name's conjunct, opened by
    /// a comma and not closed by one before the "and", is a member of the
    /// list. (An apposition is closed by a comma: "Blinken, the secretary
    /// of state, and Sullivan"; a title is no list member: "Abbas,
    /// Palestinian President and …".)
    fn repair_list_member_read_as_apposition(&mut self) {
        let n = self.head.len();
        for x in 1..n {
            let h = self.head[x];
            if self.rel[x] != Rel::Appos || h == NONE || (h as usize) >= x || !self.is_proper(x) || !self.is_proper(h as usize) || self.lemma_in(x, &TITLES) {
                continue;
            }
            if self.comma_before(x).is_none() {
                continue;
            }
            let last = (x..n).take_while(|&i| self.dominates_index(x, i)).last().unwrap_or(x);
            let Some(cc) = last.checked_add(1).filter(|&c| c < n && self.form_in(c, &["and", "or"])) else { continue };
            // The last member may hang as the name's conjunct or, as a
            // second subject, beside it.
            let hu = h as usize;
            let beside = |t: &Self, z: usize| t.head[hu] != NONE && t.head[z] == t.head[hu] && t.rel[z] == t.rel[hu];
            let Some(z) = (cc + 1..n).find(|&z| self.head[cc] == z as u32 && (self.hangs(z, h, Rel::Conj) || beside(self, z))) else { continue };
            self.rel[x] = Rel::Conj;
            self.rehang(z, h, Rel::Conj);
        }
    }

    /// "U.S. President Donald Trump and Russian President Vladimir Putin
    /// held talks" with "President" the conjunct and "Vladimir" a second
    /// subject of "held": the second name is the conjunct, the title its
    /// own.
    fn repair_titled_conjunct_split_from_its_name(&mut self) {
        let n = self.head.len();
        // "Prime Minister Anutin Charnvirakul and Cambodian Prime Minister
        // Hun Manet signed" with "Manet" a `flat` part of the first name
        // and "and" hung inside the second name's phrase: a name is not
        // continued across "and"; the second name is the first's conjunct.
        for x in 2..n {
            let r = self.head[x];
            if r == NONE || self.rel[x] != Rel::Flat || !self.is_proper(x) || (r as usize) >= x || !self.is_proper(r as usize) {
                continue;
            }
            let r = r as usize;
            let Some(c) = (r + 1..x).find(|&c| self.rel[c] == Rel::Cc && self.form_in(c, &["and"])) else { continue };
            let ch = self.head[c];
            if ch == NONE || (ch as usize) <= c || (ch as usize) > x || !self.dominates_index(x, ch as usize) {
                continue;
            }
            // Every word between "and" and the name is the name's own.
            if !(c + 1..x).all(|i| self.dominates_index(x, i)) {
                continue;
            }
            self.rehang(x, r, Rel::Conj);
            self.rehang(c, x, Rel::Cc);
        }
        let first_conjunct = |t: &Self, mut x: usize| {
            while t.rel[x] == Rel::Conj && t.head[x] != NONE && (t.head[x] as usize) < x {
                x = t.head[x] as usize;
            }
            x
        };
        for x in 1..n.saturating_sub(1) {
            if self.rel[x] != Rel::Conj || self.head[x] == NONE {
                continue;
            }
            let y = x + 1;
            // A title conjunct with the name after it hung on the verb as
            // a second argument of the first conjunct's relation.
            if self.is_proper(x) && self.is_proper(y) && self.forms[x].starts_with(|c: char| c.is_uppercase()) && !self.has_dependent(x, Rel::Flat) {
                let r = first_conjunct(self, x);
                if r != x && self.head[r] != NONE && self.head[y] == self.head[r] && self.rel[y] == self.rel[r] && matches!(self.rel[r], Rel::Nsubj | Rel::NsubjPass | Rel::Obj) {
                    let h = self.head[x];
                    self.rehang(y, h, Rel::Conj);
                    self.rehang(x, y, Rel::NmodDesc);
                    self.move_deps(0..x, x, y, |rel| rel == Rel::Cc);
                    continue;
                }
            }
        }
    }

    /// "cut ties with the UAE, calling it an aggressor state" with both
    /// "it" and "state" objects of "calling": a naming verb's second object
    /// is what the first is named, its open complement (as the parser reads
    /// "called it a provocation").
    fn repair_naming_read_as_second_object(&mut self) {
        let n = self.head.len();
        for v in 1..n {
            if !self.is_naming_verb(v) {
                continue;
            }
            self.repair_listed_naming_after_the_object(v);
            let objects: Vec<usize> = self.deps(v).filter(|&i| self.rel[i] == Rel::Obj).collect();
            if let [first, second] = objects[..] {
                // (Not "what it called radical groups": a naming by the
                // speaker, which patterns block.)
                if first < second && self.tag[second].is_noun() && !self.form_in(first, &["what", "which", "whatever"]) {
                    self.rel[second] = Rel::Xcomp;
                }
            }
        }
    }

    /// "called the Syrian leader a young, attractive, tough guy" with the
    /// adjectives and the noun after the comma read as conjuncts of the
    /// verb: right after a naming verb's object, "a" or "an", adjectives and
    /// commas and then a noun are one phrase, what the object is named (the
    /// verb's open complement).
    fn repair_listed_naming_after_the_object(&mut self, v: usize) {
        let n = self.head.len();
        let Some(o) = self.deps(v).find(|&i| self.rel[i] == Rel::Obj && i > v) else { return };
        let end = (o..n).take_while(|&k| k == o || self.dominates_index(o, k)).last().unwrap_or(o);
        let a = end + 1;
        if a >= n || !self.form_in(a, &["a", "an"]) {
            return;
        }
        let mut k = a + 1;
        while k < n && (self.tag[k] == Tag::JJ || self.tag[k] == Tag::Comma) {
            k += 1;
        }
        // (Adjectives listed before the noun: a bare "a week" after the
        // object is a time, "called Xi a week ago"; "a criminal" is left to
        // `repair_naming_complement_after_an_article`.)
        if k >= n || !matches!(self.tag[k], Tag::NN | Tag::NNS) || (k + 1 < n && self.tag[k + 1].is_noun()) || super::matcher::is_time_noun(self.lemmas[k]) {
            return;
        }
        if !self.dominates_index(v, k) || self.dominates_index(o, k) || !(a + 1..k).any(|j| self.tag[j] == Tag::JJ) {
            return;
        }
        self.rehang(k, v, Rel::Xcomp);
        self.rehang(a, k, Rel::Det);
        for j in a + 1..k {
            let rel = if self.tag[j] == Tag::Comma { Rel::Punct } else { Rel::Amod };
            self.rehang(j, k, rel);
        }
    }

    /// "Its foreign ministry urged Washington to act" with "Its" the
    /// possessor of the verb: a possessive pronoun hung on a verb belongs
    /// to the noun phrase right after it, when that phrase hangs on the
    /// same verb.
    fn repair_possessive_pronoun_on_a_verb(&mut self) {
        let n = self.head.len();
        for i in 0..n.saturating_sub(1) {
            let h = self.head[i];
            if h == NONE || self.rel[i] != Rel::NmodPoss || self.tag[i] != Tag::PRPS || !self.tag[h as usize].is_verb() {
                continue;
            }
            let Some(x) = (i + 1..n).find(|&k| self.head[k] == h) else { continue };
            if x == h as usize || !self.tag[x].is_noun() || !(i + 1..x).all(|k| self.dominates_index(x, k)) {
                continue;
            }
            self.rehang(i, x, Rel::NmodPoss);
        }
    }

    /// "imposed sanctions on three Rwandan army commanders" with "three"
    /// the object of "on" and "commanders" a second bare adjunct of the
    /// verb: a number with a preposition and nothing else of its own, right
    /// before a noun phrase hung on the same word without a preposition,
    /// counts that noun, which takes the number's place.
    fn repair_number_split_from_its_noun(&mut self) {
        let n = self.head.len();
        for c in 1..n.saturating_sub(1) {
            let h = self.head[c];
            if h == NONE || self.tag[c] != Tag::CD || !matches!(self.rel[c], Rel::Obl | Rel::Nmod) {
                continue;
            }
            let kids: Vec<usize> = self.deps(c).collect();
            let [p] = kids[..] else { continue };
            if p >= c || self.rel[p] != Rel::Case {
                continue;
            }
            // The noun: the head of the words right after the number.
            let Some(x) = (c + 1..n).find(|&i| self.head[i] == h) else { continue };
            if !self.tag[x].is_noun() || !matches!(self.rel[x], Rel::Obl | Rel::OblTmod | Rel::OblNpmod | Rel::Obj | Rel::Dep) || self.has_dependent(x, Rel::Case) || self.has_dependent(x, Rel::Det) {
                continue;
            }
            if super::matcher::is_time_noun(self.lemmas[x]) || !(c + 1..x).all(|i| self.dominates_index(x, i)) {
                continue;
            }
            let rel = self.rel[c];
            self.rehang(x, h, rel);
            self.rehang(p, x, Rel::Case);
            self.rehang(c, x, Rel::Nummod);
        }
    }

    /// "called the minister a liar" with "liar" a bare adjunct of the verb
    /// (`obl`, `obl:unmarked`), a conjunct with no conjunction of the
    /// object, or a modifier of the object with no preposition: a noun (or
    /// adjective) with "a"/"an" of its own right after a naming verb's only
    /// object phrase is what the object is named, the verb's open
    /// complement (as the parser reads "called it a provocation"). Not a
    /// time phrase ("called Putin a week ago").
    fn repair_naming_complement_after_an_article(&mut self) {
        let n = self.head.len();
        for v in 0..n {
            if !self.is_naming_verb(v) {
                continue;
            }
            let objects: Vec<usize> = self.deps(v).filter(|&i| self.rel[i] == Rel::Obj).collect();
            let [o] = objects[..] else { continue };
            if o < v || self.has_dependent(v, Rel::Xcomp) || self.form_in(o, &["what", "which", "whatever"]) {
                continue;
            }
            // The article right after the object's own phrase.
            let Some(k) = (o + 1..n).find(|&i| !self.dominates_index(o, i) || self.form_in(i, &["a", "an"])) else { continue };
            if !self.form_in(k, &["a", "an"]) || self.rel[k] != Rel::Det {
                continue;
            }
            let x = self.head[k];
            if x == NONE || (x as usize) <= k {
                continue;
            }
            let x = x as usize;
            if !(self.tag[x].is_noun() || self.tag[x].is_adjective()) || super::matcher::is_time_noun(self.lemmas[x]) || self.has_dependent(x, Rel::Case) {
                continue;
            }
            let misread = (self.head[x] == v as u32 && matches!(self.rel[x], Rel::Obl | Rel::OblTmod | Rel::OblNpmod))
                || (self.head[x] == o as u32 && self.rel[x] == Rel::Nmod)
                || (self.head[x] == o as u32 && self.rel[x] == Rel::Conj && !self.has_dependent(x, Rel::Cc));
            if misread {
                self.rehang(x, v, Rel::Xcomp);
            }
        }
    }

    /// "Neither side has kept its word, and Washington and Brussels have
    /// pressed both …" with "Washington" a conjunct of the first verb and
    /// "pressed" another, without a subject: a noun conjunct opened by a
    /// conjunction after a comma, followed at once (auxiliaries and
    /// adverbs aside) by a subjectless finite conjunct of the same verb,
    /// is that conjunct's subject.
    fn repair_conjoined_subject_read_as_conjunct(&mut self) {
        let n = self.head.len();
        for x in 2..n {
            let h = self.head[x];
            // (Or read as an oblique: "condemned the attack, and the United
            // Nations called for …" with "Nations" an `obl` of "condemned".)
            if h == NONE || !matches!(self.rel[x], Rel::Conj | Rel::Obl) || !self.tag[x].is_nominal() || (h as usize) > x || !self.tag[h as usize].is_verb() {
                continue;
            }
            let Some(cc) = (0..x).find(|&c| self.head[c] == x as u32 && self.rel[c] == Rel::Cc) else { continue };
            if cc == 0 || self.forms[cc - 1] != "," {
                continue;
            }
            let end = (x..n).take_while(|&i| self.dominates_index(x, i)).last().unwrap_or(x);
            let Some(v) = (end + 1..n).find(|&v| !matches!(self.rel[v], Rel::Aux | Rel::Advmod)) else { continue };
            // ("…, and Germany called for …" with "called" an `acl` of the
            // first verb.)
            if self.head[v] != h || !matches!(self.rel[v], Rel::Conj | Rel::Advcl | Rel::Acl) || !self.tag[v].is_verb() || (end + 1..v).any(|i| self.head[i] != v as u32) {
                continue;
            }
            if self.has_dependent(v, Rel::Nsubj) || self.has_dependent(v, Rel::NsubjPass) || self.has_dependent(v, Rel::Cc) {
                continue;
            }
            self.head[cc] = v as u32;
            self.head[x] = v as u32;
            self.rel[x] = Rel::Nsubj;
            if self.forms[cc - 1] == "," && self.head[cc - 1] == x as u32 {
                self.head[cc - 1] = v as u32;
            }
            if self.rel[v] == Rel::Acl {
                self.rel[v] = Rel::Conj;
                self.past_participle_as_past(v);
            }
        }
    }

    /// "Ruto urged dialogue, and the African Union called for restraint",
    /// "The United States and the European Union called on Libyan leaders
    /// …" with "called" read as a participle on "Union" (an `acl`): a
    /// capitalised name followed at once by a past form that has no
    /// subject, auxiliary or agent of its own is that verb's subject when
    /// the name opens a clause after ", and" (the verb a conjunct of the
    /// clause before; the name read as its conjunct, oblique or object) or
    /// is the conjunct of a subject whose head is no
    /// verb (the verb the sentence's root).
    fn repair_clause_after_a_name_read_as_participle(&mut self) {
        let n = self.head.len();
        for v in 2..n {
            let x = self.head[v];
            if x == NONE || self.rel[v] != Rel::Acl || !matches!(self.tag[v], Tag::VBD | Tag::VBN) || (x as usize) + 1 != v {
                continue;
            }
            let x = x as usize;
            if !self.tag[x].is_noun() || !self.forms[x].starts_with(|c: char| c.is_uppercase()) || !matches!(self.rel[x], Rel::Conj | Rel::Obl | Rel::Obj | Rel::Nmod) {
                continue;
            }
            if self.deps(v).any(|i| matches!(self.rel[i], Rel::Nsubj | Rel::NsubjPass | Rel::Aux | Rel::AuxPass | Rel::OblAgent | Rel::Mark | Rel::Cop) || (self.rel[i] == Rel::Obl && self.has_case_word(i, &["by"]))) {
                continue;
            }
            let y = self.head[x];
            if y == NONE {
                continue;
            }
            let y = y as usize;
            let cc = (0..x).find(|&c| self.hangs(c, x, Rel::Cc));
            let top = self.head[y];
            if self.rel[x] == Rel::Conj && self.rel[y] == Rel::Nsubj && top != NONE && self.head[top as usize] == NONE && !self.tag[top as usize].is_verb() && !self.tag[top as usize].is_noun() {
                // "A and B called on …" under a punctuation root.
                let r = top as usize;
                for i in 0..n {
                    if self.head[i] == r as u32 {
                        self.head[i] = v as u32;
                    }
                }
                self.head[v] = NONE;
                self.rel[v] = Rel::Root;
                self.rehang(r, v, Rel::Punct);
                self.rehang(y, v, Rel::Nsubj);
                self.past_participle_as_past(v);
            } else if self.rel[x] == Rel::Conj && top == NONE && self.tag[y].is_noun() && y < x {
                // "A and B called on …" with "A" the root.
                for i in 0..n {
                    if self.head[i] == y as u32 && self.rel[i] == Rel::Punct && i > v {
                        self.head[i] = v as u32;
                    }
                }
                self.head[v] = NONE;
                self.rel[v] = Rel::Root;
                self.rehang(y, v, Rel::Nsubj);
                self.past_participle_as_past(v);
            } else if let Some(cc) = cc.filter(|&c| c > 0 && self.forms[c - 1] == "," && self.form_in(c, &["and", "but"])) {
                // "…, and the African Union called …": the clause before
                // is that of the nearest verb above the first conjunct.
                let mut h = y;
                let mut found = None;
                for _ in 0..8 {
                    if self.tag[h].is_verb() && h < x {
                        found = Some(h);
                        break;
                    }
                    let up = self.head[h];
                    if up == NONE {
                        break;
                    }
                    h = up as usize;
                }
                let Some(h) = found else { continue };
                self.rehang(v, h, Rel::Conj);
                self.rehang(x, v, Rel::Nsubj);
                self.rehang(cc, v, Rel::Cc);
                if self.head[cc - 1] == x as u32 {
                    self.head[cc - 1] = v as u32;
                }
                self.past_participle_as_past(v);
            }
        }
    }

    /// "…, and Guyana accused Caracas of …", "… address and lawmakers voted
    /// to reject …", "…, after the juntas there accused Paris …" with the
    /// second clause's subject hung as a conjunct of a noun (or verb) of
    /// the first clause and its verb left without a subject: a nominal
    /// conjunct opened by "and"/"but" (or by a subordinating "after",
    /// "when" …) whose phrase ends right before (auxiliaries and adverbs
    /// aside) a subjectless finite verb is that verb's subject.
    fn repair_clause_subject_read_as_nominal_conjunct(&mut self) {
        const SUBORDINATORS: &[&str] = &["after", "before", "when", "as", "while", "since", "until", "because", "once"];
        let n = self.head.len();
        for x in 1..n {
            let h = self.head[x];
            if h == NONE || self.rel[x] != Rel::Conj || !self.tag[x].is_nominal() || (h as usize) > x || self.aux[x] {
                continue;
            }
            let h = h as usize;
            // The first conjunct is a clause or an argument inside one; a
            // nominal elsewhere ("… Deval Patrick and Bloomberg are
            // moving", the first name hung as a clause) heads a plural subject.
            // (An apposition of an argument is inside the clause too:
            // "refused to recognise his successor, Dina Boluarte, and Peru
            // expelled …".)
            let appositive_argument = self.rel[h] == Rel::Appos && self.head[h] != NONE && matches!(self.rel[self.head[h] as usize], Rel::Obj | Rel::Iobj | Rel::Obl);
            if !self.tag[h].is_verb() && !appositive_argument && !matches!(self.rel[h], Rel::Obj | Rel::Iobj | Rel::Obl | Rel::OblTmod | Rel::OblNpmod | Rel::OblAgent | Rel::Nmod | Rel::NmodTmod | Rel::NmodPoss | Rel::Conj) {
                continue;
            }
            // A conjunct of a conjunct ("Hanoi and Manila") moves with the first.
            if self.rel[h] == Rel::Conj && self.tag[h].is_nominal() && self.head[h] != NONE && (self.head[h] as usize) < h {
                continue;
            }
            let mut first = self.first_of(x);
            while first < x && self.head[first] == x as u32 && (self.forms[first] == "," || self.form_in(first, &["and", "but"])) {
                first += 1;
            }
            let Some(opener) = first.checked_sub(1).filter(|&o| o > 0) else { continue };
            let by_cc = self.tag[opener] == Tag::CC && self.form_in(opener, &["and", "but"]);
            let by_sub = !by_cc && self.form_in(first, SUBORDINATORS) && self.head[first] == x as u32;
            if !by_cc && !by_sub {
                continue;
            }
            let end = (x..n).take_while(|&i| self.dominates_index(x, i)).last().unwrap_or(x);
            let Some(v) = (end + 1..n).find(|&v| !(matches!(self.rel[v], Rel::Aux | Rel::Advmod) && self.head[v] != NONE && self.head[v] as usize > v)) else { continue };
            let finite = self.is_finite(v) || (matches!(self.tag[v], Tag::VBN | Tag::VBG) && (end + 1..v).any(|a| self.hangs(a, v, Rel::Aux)));
            if !finite || (end + 1..v).any(|i| self.head[i] != v as u32) || self.has_subject(v) || self.has_dependent(v, Rel::Expl) {
                continue;
            }
            let (vh, vrel) = (self.head[v], self.rel[v]);
            if vh == x as u32 {
                // "…, and France called on …" with "called" a reduced
                // relative of "France": only a past tense, after a comma.
                if vrel != Rel::Acl || self.tag[v] != Tag::VBD || self.forms[opener - 1] != "," {
                    continue;
                }
            } else if !matches!(vrel, Rel::Conj | Rel::Parataxis | Rel::Advcl | Rel::Ccomp | Rel::Root) || self.dominates_index(x, v) {
                continue;
            }
            // "Israeli aircraft bombed villages near Tyre and Hezbollah fired
            // rockets" with the first clause hung under the second's verb
            // (an adverbial clause or conjunct, with no subordinator of its
            // own): the first clause is the main one, the second its
            // conjunct.
            if self.dominates_index(v, x) {
                let mut c = x;
                while self.head[c] != NONE && self.head[c] != v as u32 {
                    c = self.head[c] as usize;
                }
                let subordinated = self.deps(c).any(|m| matches!(self.rel[m], Rel::Mark));
                if self.head[c] != v as u32 || c > x || !self.tag[c].is_verb() || !matches!(self.rel[c], Rel::Advcl | Rel::Conj | Rel::Parataxis) || subordinated || !by_cc {
                    continue;
                }
                self.rehang(c, vh, vrel);
                self.rehang(v, c, Rel::Conj);
            }
            let old = self.head[x];
            if vh == x as u32 {
                self.rehang(v, old, if by_sub { Rel::Advcl } else { Rel::Conj });
            } else if by_sub && matches!(vrel, Rel::Conj | Rel::Parataxis) {
                self.rel[v] = Rel::Advcl;
            }
            self.rehang(x, v, Rel::Nsubj);
            if by_cc && self.head[opener] == x as u32 {
                self.head[opener] = v as u32;
            }
            if by_cc && opener > 0 && self.forms[opener - 1] == "," && self.head[opener - 1] == x as u32 {
                self.head[opener - 1] = v as u32;
            }
            if by_sub {
                self.rehang(first, v, Rel::Mark);
            }
        }
    }

    /// "accused the police of abducting activists" with "of … activists"
    /// hung on "police": after "accuse", "suspect", "convict" and
    /// "acquit", an "of" phrase of the object is the charge, the verb's.
    fn repair_charge_read_as_modifier(&mut self) {
        let n = self.head.len();
        for o in 1..n {
            let v = self.head[o];
            if v == NONE || self.rel[o] != Rel::Obj || !["accuse", "suspect", "convict", "acquit"].iter().any(|w| self.lemmas[v as usize].eq_ignore_ascii_case(w)) {
                continue;
            }
            for m in o + 1..n {
                // ("the Party of Action and Solidarity": a name's own "of".)
                if self.head[m] == o as u32 && self.rel[m] == Rel::Nmod && !matches!(self.tag[m], Tag::NNP | Tag::NNPS) && !self.forms[m].starts_with(|c: char| c.is_uppercase()) && (o + 1..m).any(|p| self.head[p] == m as u32 && self.rel[p] == Rel::Case && self.forms[p].eq_ignore_ascii_case("of")) {
                    self.head[m] = v;
                    self.rel[m] = Rel::Obl;
                }
            }
        }
    }

    /// "Mali and Burkina Faso, also ruled by juntas, have warned …" or
    /// "Blinken, attending the summit, criticised …" with the subject
    /// hung on the participle as an adverbial clause of its own: a
    /// participle set off by commas, with no auxiliary or
    /// subordinator, between the subject it took and a subjectless verb,
    /// describes that subject, which is the verb's.
    fn repair_subject_of_parenthetical_participle(&mut self) {
        let n = self.head.len();
        for a in 1..n {
            let v = self.head[a];
            if v == NONE || self.rel[a] != Rel::Advcl || !matches!(self.tag[a], Tag::VBN | Tag::VBG) {
                continue;
            }
            let vu = v as usize;
            if vu <= a || !self.tag[vu].is_verb() || self.has_dependent(vu, Rel::Nsubj) || self.has_dependent(vu, Rel::NsubjPass) {
                continue;
            }
            if (0..n).any(|k| self.head[k] == a as u32 && matches!(self.rel[k], Rel::Aux | Rel::AuxPass | Rel::Mark | Rel::Case)) {
                continue;
            }
            let Some(s) = (0..a).find(|&k| self.head[k] == a as u32 && self.rel[k] == Rel::Nsubj) else { continue };
            if !self.tag[s].is_nominal() {
                continue;
            }
            // A comma right after the subject's phrase and one between the
            // participle's phrase and the verb.
            let end = (s..a).take_while(|&i| self.dominates_index(s, i)).last().unwrap_or(s);
            if end + 1 >= a || self.forms[end + 1] != "," || !(a + 1..vu).any(|k| self.forms[k] == "," && (self.head[k] == a as u32 || self.head[k] == v)) {
                continue;
            }
            self.head[s] = v;
            self.rel[s] = Rel::Nsubj;
            self.head[a] = s as u32;
            self.rel[a] = Rel::Acl;
        }
    }

    /// "Trump, who spoke by phone with Putin …, said …" with the opening
    /// name tagged an interjection (the common word "trump") and hung on the
    /// relative clause's verb as a discourse word: a capitalised first word
    /// followed by ", who/which" is a name, and the repairs for a subject
    /// before a relative clause take it from there.
    fn repair_name_before_relative_read_as_interjection(&mut self) {
        if self.forms.len() < 4 || self.tag[0] != Tag::UH || !self.forms[0].starts_with(|c: char| c.is_ascii_uppercase()) {
            return;
        }
        if self.forms[1] != "," || !matches!(self.forms[2].to_ascii_lowercase().as_str(), "who" | "which") {
            return;
        }
        self.tag[0] = Tag::NNP;
        self.lemmas[0] = self.forms[0];
        self.lemma_id[0] = self.form_id[0];
        if self.rel[0] == Rel::Discourse {
            self.rel[0] = Rel::Nsubj;
        }
    }

    /// "Trump, Sisi, Tamim and Erdogan signed a document" with the opening
    /// name tagged an interjection (the common word "trump") and hung on
    /// the verb as a discourse word, the rest of the list its vocative or
    /// the verb's subject: a capitalised first word and a comma before one
    /// phrase of proper names joined by "and" or "or" that ends right
    /// before the finite verb the word hangs on is the head of that list,
    /// the verb's subject.
    fn repair_list_opening_name_read_as_interjection(&mut self) {
        let n = self.head.len();
        if n < 6 || self.tag[0] != Tag::UH || !self.forms[0].starts_with(|c: char| c.is_ascii_uppercase()) || self.forms[1] != "," || self.rel[0] != Rel::Discourse {
            return;
        }
        let Some(v) = (2..n).find(|&i| matches!(self.tag[i], Tag::VBD | Tag::VBZ | Tag::VBP | Tag::MD)) else { return };
        if self.head[0] != v as u32 {
            return;
        }
        // The list's head: the one word of the phrase between the comma and
        // the verb hung outside it (commas aside).
        let outside = |i: usize| self.head[i] == NONE || (self.head[i] as usize) < 2 || (self.head[i] as usize) >= v;
        let heads: Vec<usize> = (2..v).filter(|&i| outside(i) && self.rel[i] != Rel::Punct).collect();
        let [t] = heads[..] else { return };
        if !self.is_proper(t) || !matches!(self.rel[t], Rel::Vocative | Rel::Appos | Rel::Conj | Rel::Nsubj) || (self.head[t] != 0 && self.head[t] != v as u32) {
            return;
        }
        if !(2..v).any(|k| self.rel[k] == Rel::Cc && self.form_in(k, &["and", "or"])) || self.deps(v).any(|k| k != t && matches!(self.rel[k], Rel::Nsubj | Rel::NsubjPass)) {
            return;
        }
        self.tag[0] = Tag::NNP;
        self.lemmas[0] = self.forms[0];
        self.lemma_id[0] = self.form_id[0];
        self.rehang(0, v, Rel::Nsubj);
        let conjuncts: Vec<usize> = self.deps(t).filter(|&k| self.rel[k] == Rel::Conj).collect();
        for k in conjuncts {
            self.rehang(k, 0usize, Rel::Conj);
        }
        self.rehang(t, 0usize, Rel::Conj);
        self.rehang(1, t, Rel::Punct);
    }

    /// "The United States on Tuesday imposed sanctions" with "on Tuesday"
    /// the verb's subject and "the United States" the subject of
    /// "Tuesday": a subject never has a preposition of its own. Such a
    /// "subject" is the verb's oblique, and a subject hung on it before it
    /// is the verb's.
    fn repair_subject_with_a_preposition(&mut self) {
        let n = self.head.len();
        for t in 1..n {
            let v = self.head[t];
            if v == NONE || !matches!(self.rel[t], Rel::Nsubj | Rel::NsubjPass) || (v as usize) < t || !self.tag[v as usize].is_verb() || !self.tag[t].is_nominal() {
                continue;
            }
            let Some(case) = self.deps(t).find(|&k| self.rel[k] == Rel::Case && k < t) else { continue };
            // (Not a subordinator the parser made a preposition: "after
            // Hezbollah guerrillas captured"; nor "On Saturday morning
            // India struck" with the date's words compounds of the name.)
            let subordinator = self.form_in(case, &["of", "like", "after", "before", "since", "until", "till", "as", "because", "while", "when", "once", "if", "although", "though", "whereas", "unless", "than"]);
            if !matches!(self.tag[case], Tag::IN) || subordinator || (case + 1..t).any(|k| matches!(self.rel[k], Rel::Compound | Rel::Flat | Rel::NmodPoss)) {
                continue;
            }
            let rel = self.rel[t];
            let subject = self.deps(t).find(|&k| k < case && matches!(self.rel[k], Rel::Nsubj | Rel::NsubjPass) && self.tag[k].is_nominal());
            if let Some(s) = subject {
                self.rehang(s, v, rel);
            }
            self.rel[t] = Rel::Obl;
        }
    }

    /// "on Thursday, the RSF shelled the main market" with "the RSF" an
    /// apposition of "Thursday" and the verb left without a subject: a
    /// noun hung as an apposition (or an unjoined conjunct) on a weekday or
    /// month after a comma, whose
    /// phrase ends right before a subjectless finite verb (or the finite
    /// auxiliary of one), is that verb's subject, and the date is the
    /// verb's time.
    fn repair_subject_read_as_apposition_of_time(&mut self) {
        let n = self.head.len();
        for a in 1..n {
            let h = self.head[a];
            // (Or a conjunct with no conjunction: "on Tuesday, the RSF
            // shelled" with "the RSF" read as a second date.)
            let unjoined_conjunct = self.rel[a] == Rel::Conj && !self.deps(a).any(|k| self.rel[k] == Rel::Cc);
            if h == NONE || !(self.rel[a] == Rel::Appos || unjoined_conjunct) || !self.tag[a].is_nominal() || (h as usize) > a {
                continue;
            }
            let h = h as usize;
            if !WEEKDAYS_AND_MONTHS.contains(&self.forms[h].to_ascii_lowercase().as_str()) || self.comma_before(a).is_none() {
                continue;
            }
            let last = (a..n).filter(|&i| self.dominates_index(a, i)).max().unwrap_or(a);
            let first = last + 1;
            if first >= n {
                continue;
            }
            // (Or a finite auxiliary of a later verb: "on Thursday, the
            // vice minister had summoned …" — the subject is its verb's.)
            let aux = matches!(self.rel[first], Rel::Aux | Rel::AuxPass) && matches!(self.tag[first], Tag::VBD | Tag::VBZ | Tag::VBP | Tag::MD) && self.head[first] != NONE && (self.head[first] as usize) > first;
            let v = if aux { self.head[first] as usize } else { first };
            if !(matches!(self.tag[v], Tag::VBD | Tag::VBZ | Tag::VBP) || aux && self.tag[v].is_verb()) || self.dominates_index(a, v) {
                continue;
            }
            if (0..n).any(|i| self.head[i] == v as u32 && matches!(self.rel[i], Rel::Nsubj | Rel::NsubjPass)) {
                continue;
            }
            self.head[a] = v as u32;
            self.rel[a] = Rel::Nsubj;
            if self.head[h] != v as u32 && !self.dominates_index(h, v) {
                self.head[h] = v as u32;
                self.rel[h] = Rel::Obl;
            }
        }
    }

    /// "In May, Merz, Macron, Starmer and Tusk travelled to Kyiv" with
    /// "Merz" an apposition of "May", "Macron" an apposition of "Merz" and
    /// "Starmer" and "Tusk" conjuncts of "May": a list of proper names after
    /// a comma, hung as appositions or conjuncts on a weekday or month (or
    /// on the list's first name), joined by "and"/"or" at its end and ending
    /// right before a subjectless finite verb, is one coordination headed by
    /// its first name (which the next repair makes the verb's subject).
    fn repair_list_read_as_appositions_of_time(&mut self) {
        let n = self.head.len();
        for a in 1..n {
            let h = self.head[a];
            if h == NONE || self.rel[a] != Rel::Appos || !self.is_proper(a) || (h as usize) > a {
                continue;
            }
            let h = h as usize;
            if !self.form_in(h, &WEEKDAYS_AND_MONTHS) || self.comma_before(a).is_none() {
                continue;
            }
            let members: Vec<usize> = (a + 1..n).filter(|&k| (self.head[k] == h as u32 || self.head[k] == a as u32) && matches!(self.rel[k], Rel::Appos | Rel::Conj) && self.is_proper(k)).collect();
            let Some(&z) = members.last() else { continue };
            // (The "and" may hang on the last name or on a conjunct of it.)
            if members.len() < 2 || !(a..n).any(|k| self.rel[k] == Rel::Cc && self.form_in(k, &["and", "or"]) && self.head[k] != NONE && self.dominates_index(z, self.head[k] as usize)) {
                continue;
            }
            let last = (a..n).filter(|&i| self.dominates_index(a, i) || members.iter().any(|&m| self.dominates_index(m, i))).max().unwrap_or(a);
            // Nothing else between the first name and the end of the list.
            if (a..=last).any(|i| !(self.dominates_index(a, i) || members.iter().any(|&m| self.dominates_index(m, i)))) {
                continue;
            }
            let v = last + 1;
            if v >= n || !matches!(self.tag[v], Tag::VBD | Tag::VBZ | Tag::VBP) || self.has_subject(v) || self.dominates_index(a, v) {
                continue;
            }
            for &m in &members {
                self.rehang(m, a, Rel::Conj);
            }
        }
    }

    /// "On Tuesday Lee held his first call with Xi" with no comma after the
    /// date: the parser reads "Tuesday Lee" as one name, the oblique of
    /// "held", and leaves the verb without a subject. A proper name whose
    /// compound is the weekday or month right before it, heading an oblique
    /// of the subjectless finite verb right after it, is that verb's
    /// subject; the date keeps the oblique and its preposition.
    fn repair_subject_read_as_name_after_a_date(&mut self) {
        let n = self.head.len();
        for a in 2..n.saturating_sub(1) {
            let v = a + 1;
            let d = a - 1;
            if !self.is_proper(a) || !self.hangs(a, v, Rel::Obl) || !self.hangs(d, a, Rel::Compound) || !self.form_in(d, &WEEKDAYS_AND_MONTHS) {
                continue;
            }
            if !matches!(self.tag[v], Tag::VBD | Tag::VBZ | Tag::VBP) || self.has_subject(v) {
                continue;
            }
            // Only the date and a preposition before it may hang on the name.
            let case = (0..d).find(|&i| self.hangs(i, a, Rel::Case));
            if case.is_none() || self.deps(a).any(|i| i != d && Some(i) != case) {
                continue;
            }
            self.rehang(a, v, Rel::Nsubj);
            self.rehang(d, v, Rel::Obl);
            if let Some(c) = case {
                self.rehang(c, d, Rel::Case);
            }
        }
    }

    /// "In March Secretary of State Marco Rubio expelled …", "In May
    /// Foreign Secretary David Lammy summoned …": as "In February Trump
    /// cut …", but the name comes with a title. A proper noun whose
    /// compound is a weekday or month before it, with only its own words
    /// between the date and the subjectless finite verb it is an oblique
    /// of, and nothing but a preposition before the date, is that verb's
    /// subject.
    fn repair_titled_subject_read_as_name_after_a_date(&mut self) {
        let n = self.head.len();
        for a in 2..n.saturating_sub(1) {
            let v = self.head[a];
            if v == NONE || (v as usize) <= a || !self.is_proper(a) || self.rel[a] != Rel::Obl {
                continue;
            }
            // The date, with only the title's words between it and the name
            // ("In May Foreign Secretary David Lammy").
            let Some(d) = (1..a).find(|&i| self.hangs(i, a, Rel::Compound) && self.form_in(i, &WEEKDAYS_AND_MONTHS)) else { continue };
            let v = v as usize;
            if (v == a + 1 && d + 1 == a) || !matches!(self.tag[v], Tag::VBD | Tag::VBZ | Tag::VBP) || self.has_subject(v) || !(d + 1..v).all(|k| k == a || self.dominates_index(a, k)) {
                continue;
            }
            let case = (0..d).find(|&i| self.hangs(i, a, Rel::Case));
            if case.is_none() || self.deps(a).any(|i| i < d && Some(i) != case) {
                continue;
            }
            self.rehang(a, v, Rel::Nsubj);
            self.rehang(d, v, Rel::Obl);
            if let Some(c) = case {
                self.rehang(c, d, Rel::Case);
            }
        }
    }

    /// "On Sunday, Trump also signed …" with "Trump" a `flat` part of the
    /// fronted "Sunday": a name after the comma that closes a fronted
    /// weekday or month, followed only by adverbs and auxiliaries up to a
    /// subjectless finite verb the date hangs on, is that verb's subject.
    fn repair_subject_read_as_flat_name_of_a_fronted_date(&mut self) {
        let n = self.head.len();
        for a in 3..n.saturating_sub(1) {
            let d = self.head[a];
            if d == NONE || self.rel[a] != Rel::Flat || !self.is_proper(a) || (d as usize) + 2 != a || self.forms[a - 1] != "," {
                continue;
            }
            let d = d as usize;
            if !self.form_in(d, &WEEKDAYS_AND_MONTHS) || self.rel[d] != Rel::Obl {
                continue;
            }
            let v = self.head[d];
            if v == NONE || (v as usize) <= a {
                continue;
            }
            let v = v as usize;
            if (!matches!(self.tag[v], Tag::VBD | Tag::VBZ | Tag::VBP | Tag::MD) && !self.has_finite_aux(v)) || self.has_subject(v) {
                continue;
            }
            // The name's own words, then only adverbs and auxiliaries.
            let mut end = a;
            while end + 1 < v && self.is_proper(end + 1) && matches!(self.rel[end + 1], Rel::Flat) {
                end += 1;
            }
            if !(end + 1..v).all(|i| self.head[i] as usize == v && matches!(self.rel[i], Rel::Advmod | Rel::Aux)) {
                continue;
            }
            self.rehang(a, v, Rel::Nsubj);
            for i in a + 1..=end {
                self.rehang(i, a, Rel::Flat);
            }
            self.rehang(a - 1, d, Rel::Punct);
        }
    }

    /// "accused Tajik forces of shelling villages in September, and
    /// Dushanbe blamed Kyrgyz troops …" with "Dushanbe" a conjunct of
    /// "September" and that time phrase hung on "blamed": a name right
    /// after ", and" / ", but" and right before a subjectless finite verb
    /// of a conjoined clause, conjoined to a noun of that verb's own
    /// phrase before it, is the verb's subject; the noun it was conjoined
    /// to goes back to the first clause.
    fn repair_subject_read_as_conjunct_of_a_time_phrase(&mut self) {
        let n = self.head.len();
        for a in 3..n.saturating_sub(1) {
            let v = a + 1;
            let h = self.head[a];
            if h == NONE || !self.is_proper(a) || self.rel[a] != Rel::Conj || (h as usize) >= a {
                continue;
            }
            let h = h as usize;
            if !self.form_in(a - 1, &["and", "but"]) || self.forms[a - 2] != "," {
                continue;
            }
            if !matches!(self.tag[v], Tag::VBD | Tag::VBZ | Tag::VBP) || self.rel[v] != Rel::Conj || self.has_subject(v) {
                continue;
            }
            let first = self.head[v];
            // (The noun hangs on the verb itself: "in September … blamed".)
            if first == NONE || (first as usize) >= h || !self.hangs(h, v, Rel::Obl) {
                continue;
            }
            self.rehang(a, v, Rel::Nsubj);
            self.rehang(a - 1, v, Rel::Cc);
            self.rehang(a - 2, v, Rel::Punct);
            self.rehang(h, first as usize, Rel::Obl);
        }
    }

    /// "requested her extradition last December, and the interim leader,
    /// Muhammad Yunus, raised the matter …" with "leader" a conjunct of
    /// "December": a noun phrase after ", and" / ", but", conjoined to a
    /// time noun before it and ending (with its apposition and a comma)
    /// right before a subjectless finite verb conjoined to an earlier
    /// verb, is that verb's subject.
    fn repair_described_subject_read_as_conjunct_of_a_time_phrase(&mut self) {
        let n = self.head.len();
        for a in 3..n.saturating_sub(1) {
            let h = self.head[a];
            if h == NONE || self.rel[a] != Rel::Conj || (h as usize) >= a || !self.tag[a].is_noun() {
                continue;
            }
            let h = h as usize;
            if !self.is_time_word(h) {
                continue;
            }
            // The phrase of the noun: its first word right after ", and".
            let Some(first) = (0..=a).find(|&i| self.dominates_index(a, i) && !(self.head[i] == a as u32 && matches!(self.rel[i], Rel::Punct | Rel::Cc))) else { continue };
            if first < 3 || !self.form_in(first - 1, &["and", "but"]) || self.forms[first - 2] != "," || !self.hangs(first - 1, a, Rel::Cc) {
                continue;
            }
            let mut end = a;
            while end + 1 < n && self.dominates_index(a, end + 1) {
                end += 1;
            }
            let v = if end + 1 < n && self.forms[end + 1] == "," { end + 2 } else { end + 1 };
            if v >= n || !matches!(self.tag[v], Tag::VBD | Tag::VBZ | Tag::VBP) || self.rel[v] != Rel::Conj || self.has_subject(v) {
                continue;
            }
            let verb = self.head[v];
            if verb == NONE || (verb as usize) >= h {
                continue;
            }
            self.rehang(a, v, Rel::Nsubj);
            self.rehang(first - 1, v, Rel::Cc);
            self.rehang(first - 2, v, Rel::Punct);
        }
    }

    /// "barred the junta leader, Senior General Min Aung Hlaing, from its
    /// summits" with the name a `vocative` of the verb and "summits" its
    /// conjunct: a name set off by commas right after the verb's object is
    /// the object's apposition (news copy addresses no one), and a
    /// prepositional phrase conjoined to it is the verb's own.
    fn repair_apposition_of_the_object_read_as_vocative(&mut self) {
        let n = self.head.len();
        for x in 2..n {
            let v = self.head[x];
            if v == NONE || self.rel[x] != Rel::Vocative || !self.is_proper(x) || (v as usize) >= x || !self.tag[v as usize].is_verb() {
                continue;
            }
            let v = v as usize;
            let Some(first) = (0..=x).find(|&i| self.dominates_index(x, i) && !(self.head[i] == x as u32 && matches!(self.rel[i], Rel::Punct | Rel::Cc | Rel::Conj))) else { continue };
            if first < 2 || self.forms[first - 1] != "," {
                continue;
            }
            // The object's phrase ends right before the comma.
            let Some(o) = (v + 1..first - 1).find(|&o| self.hangs(o, v, Rel::Obj) && self.tag[o].is_noun()) else { continue };
            if !(o + 1..first - 1).all(|i| self.dominates_index(o, i)) {
                continue;
            }
            self.rehang(x, o, Rel::Appos);
            for k in x + 1..n {
                if self.hangs(k, x, Rel::Conj) && self.deps(k).any(|c| self.rel[c] == Rel::Case && c < k) {
                    self.rehang(k, v, Rel::Obl);
                }
            }
        }
    }

    /// "declared the Pakistani military advisers in New Delhi persona non
    /// grata" with "persona" read as the head of "in New Delhi persona":
    /// "persona non grata" is one fixed complement of "declare"; the words
    /// before it that hung on it are a phrase of the object (headed by
    /// the last noun among them).
    fn repair_persona_non_grata_read_as_a_phrase(&mut self) {
        let n = self.head.len();
        for p in 1..n.saturating_sub(2) {
            if !self.forms[p].eq_ignore_ascii_case("persona") || !self.forms[p + 1].eq_ignore_ascii_case("non") || !self.forms[p + 2].eq_ignore_ascii_case("grata") {
                continue;
            }
            let Some(v) = (1..p).rev().find(|&v| self.tag[v].is_verb() && self.lemmas[v].eq_ignore_ascii_case("declare")) else { continue };
            if self.hangs(p, v, Rel::Xcomp) {
                continue;
            }
            let Some(o) = (v + 1..p).find(|&o| self.hangs(o, v, Rel::Obj)) else { continue };
            let before: Vec<usize> = (o + 1..p).filter(|&k| self.head[k] == p as u32).collect();
            if let Some(&q) = before.iter().rev().find(|&&k| self.tag[k].is_noun()) {
                for &k in &before {
                    if k != q {
                        let rel = self.rel[k];
                        self.rehang(k, q, rel);
                    }
                }
                self.rehang(q, o, Rel::Nmod);
            } else if !before.is_empty() {
                continue;
            }
            self.rehang(p, v, Rel::Xcomp);
            self.rehang(p + 1, p, Rel::Flat);
            self.rehang(p + 2, p, Rel::Flat);
        }
    }

    /// "When Putin and Kim signed a treaty in June, few analysts expected
    /// …" with "analysts" a conjunct of "signed" and the main verb left
    /// without a subject: a noun after a comma conjoined to a fronted
    /// subordinate clause's verb, whose phrase ends right before the
    /// subjectless finite verb that clause modifies, is that verb's subject.
    fn repair_subject_read_as_conjunct_of_fronted_clause(&mut self) {
        let n = self.head.len();
        for a in 1..n {
            let h = self.head[a];
            if h == NONE || self.rel[a] != Rel::Conj || !self.tag[a].is_noun() || (h as usize) > a || !self.tag[h as usize].is_verb() || self.rel[h as usize] != Rel::Advcl {
                continue;
            }
            let h = h as usize;
            let Some(v) = Some(self.head[h]).filter(|&v| v != NONE).map(|v| v as usize) else { continue };
            let last = (a..n).filter(|&i| self.dominates_index(a, i)).max().unwrap_or(a);
            if v != last + 1 || !matches!(self.tag[v], Tag::VBD | Tag::VBZ | Tag::VBP) || self.comma_before(a).is_none() {
                continue;
            }
            if (0..n).any(|i| self.head[i] == v as u32 && matches!(self.rel[i], Rel::Nsubj | Rel::NsubjPass)) {
                continue;
            }
            self.head[a] = v as u32;
            self.rel[a] = Rel::Nsubj;
        }
    }

    /// "accused the United States of trying to …" with "the United States"
    /// the subject of "trying" and "accused" left without an object: the
    /// noun between a verb of blame or thanks and its "of/for" gerund is
    /// the verb's object.
    fn repair_accused_object_read_as_gerund_subject(&mut self) {
        const VERBS: [&str; 14] = ["accuse", "blame", "charge", "suspect", "criticise", "criticize", "condemn", "praise", "thank", "commend", "fault", "rebuke", "congratulate", "denounce"];
        let n = self.head.len();
        for g in 1..n {
            let v = self.head[g];
            if v == NONE || self.tag[g] != Tag::VBG || !matches!(self.rel[g], Rel::Advcl | Rel::Acl) {
                continue;
            }
            let v = v as usize;
            // (Or the gerund hangs on the noun and the noun on a later
            // conjunct as its subject: "accused the United States of
            // preparing an invasion and ordered …": the verb is the one
            // right before the noun phrase.)
            let blame = |t: &Self, i: usize| VERBS.iter().any(|w| t.lemmas[i].eq_ignore_ascii_case(w));
            let (v, on_noun) = if v < g && self.tag[v].is_nominal() {
                let Some(x) = (0..v).rev().find(|&x| !self.dominates_index(v, x)) else { continue };
                // (Not the agent of a passive: "were accused by U.N.
                // investigators of killing …".)
                let passive = self.has_dependent(x, Rel::AuxPass) || self.has_dependent(x, Rel::NsubjPass);
                if !blame(self, x) || !self.tag[x].is_verb() || passive || self.has_dependent(v, Rel::Case) || (self.head[v] == x as u32 && self.rel[v] == Rel::Obj) {
                    continue;
                }
                (x, Some(v))
            } else {
                (v, None)
            };
            if v > g || !blame(self, v) {
                continue;
            }
            let Some(m) = (v + 1..g).find(|&m| self.head[m] == g as u32 && self.rel[m] == Rel::Mark && matches!(self.forms[m].to_ascii_lowercase().as_str(), "of" | "for")) else { continue };
            let s = match on_noun {
                Some(s) => s,
                None => match (v + 1..m).find(|&s| self.head[s] == g as u32 && self.rel[s] == Rel::Nsubj && self.tag[s].is_nominal()) {
                    Some(s) => s,
                    None => continue,
                },
            };
            if (0..n).any(|i| self.head[i] == v as u32 && self.rel[i] == Rel::Obj) {
                continue;
            }
            if on_noun.is_some() {
                self.head[g] = v as u32;
                self.rel[g] = Rel::Advcl;
            }
            self.head[s] = v as u32;
            self.rel[s] = Rel::Obj;
        }
    }

    /// "Russia and China, which have lent Venezuela billions, congratulated
    /// Maduro, and the speaker of the Duma, Volodin, attended the ceremony"
    /// with "congratulated" a conjunct of the relative clause's verb, the
    /// speaker a conjunct of the subject or of "congratulated", and
    /// "attended" the root with Russia and China its subjects: the
    /// subjectless finite conjunct after the relative clause's comma is the
    /// main verb, and the noun phrase after ", and" right before the root is
    /// the second clause's own subject.
    fn repair_main_verb_read_as_conjunct_of_subjects_relative(&mut self) {
        let n = self.head.len();
        let Some(r) = (0..n).find(|&i| self.head[i] == NONE) else { return };
        if !self.tag[r].is_verb() {
            return;
        }
        let Some(s) = (0..r).find(|&i| self.head[i] == r as u32 && self.rel[i] == Rel::Nsubj) else { return };
        let Some(rv) = (s + 1..r).find(|&i| self.head[i] == s as u32 && self.rel[i] == Rel::AclRelcl && self.tag[i].is_verb()) else { return };
        let has_subject = |t: &Self, v: usize| (0..n).any(|i| t.head[i] == v as u32 && matches!(t.rel[i], Rel::Nsubj | Rel::NsubjPass));
        // (A past tense after a relative clause is often tagged a participle.)
        let finite = |t: &Self, i: usize| matches!(t.tag[i], Tag::VBD | Tag::VBZ | Tag::VBP) || (t.tag[i] == Tag::VBN && !t.has_dependent(i, Rel::Aux) && !t.has_dependent(i, Rel::AuxPass));
        let Some(cv) = (rv + 1..r).find(|&i| self.head[i] == rv as u32 && self.rel[i] == Rel::Conj && finite(self, i) && self.forms[i - 1] == ",") else { return };
        if has_subject(self, cv) {
            return;
        }
        let Some(c) = (cv + 1..r).find(|&i| (self.head[i] == s as u32 || self.head[i] == cv as u32) && self.rel[i] == Rel::Conj && self.tag[i].is_noun()) else { return };
        let Some(cc) = (cv + 1..c).find(|&i| self.head[i] == c as u32 && self.rel[i] == Rel::Cc && self.forms[i].eq_ignore_ascii_case("and")) else { return };
        if self.forms[cc - 1] != "," || !(c + 1..r).all(|i| self.dominates_index(c, i) || self.tag[i].is_punct()) {
            return;
        }
        if self.tag[cv] == Tag::VBN {
            self.tag[cv] = Tag::VBD;
        }
        self.head[cv] = NONE;
        self.rel[cv] = Rel::Root;
        self.head[s] = cv as u32;
        self.rel[s] = Rel::Nsubj;
        self.head[c] = r as u32;
        self.rel[c] = Rel::Nsubj;
        self.head[cc] = r as u32;
        self.head[r] = cv as u32;
        self.rel[r] = Rel::Conj;
    }

    /// "Three days after meeting Vladimir Putin at a base in Alaska, U.S.
    /// President Donald Trump hosted …" parsed with "Putin" the subject of
    /// "hosted" and Trump an apposition inside the fronted phrase: the
    /// object-less gerund of a fronted "after/before/since …" clause owns
    /// the name after it, and the phrase after the clause's last comma is
    /// the main verb's subject.
    fn repair_gerund_object_read_as_subject(&mut self) {
        let Some(v) = self.root() else { return };
        if !self.is_finite(v) {
            return;
        }
        let Some(g) = (0..v).find(|&g| self.hangs(g, v, Rel::Advcl) && self.tag[g] == Tag::VBG) else { return };
        let marked = (0..g).any(|m| self.head[m] == g as u32 && matches!(self.rel[m], Rel::Mark | Rel::Case) && self.form_in(m, &["after", "before", "since", "while", "upon", "on"]));
        if !marked {
            return;
        }
        let gerund_object = self.has_dependent(g, Rel::Obj);
        let main_subject = self.deps(v).find(|&i| matches!(self.rel[i], Rel::Nsubj | Rel::NsubjPass));
        // Either the gerund lacks its object and the verb has a subject
        // inside the fronted clause, or the verb has no subject at all.
        let subject = match main_subject {
            Some(x) if !gerund_object && x > g && x < v => Some(x),
            Some(_) => return,
            None => None,
        };
        let Some(comma) = (subject.unwrap_or(g) + 1..v).rev().find(|&i| self.forms[i] == ",") else { return };
        let s = comma + 1;
        // A named phrase after the comma, hung inside the fronted clause.
        let outside = |i: usize| self.head[i] == NONE || !(s..v).contains(&(self.head[i] as usize));
        let Some(head) = (s..v).find(|&i| outside(i)) else { return };
        if !self.is_proper(head) || (s..v).any(|i| i != head && outside(i) && !self.tag[i].is_punct()) || !self.dominates_index(subject.unwrap_or(g), head) {
            return;
        }
        if let Some(x) = subject {
            self.rehang(x, g, Rel::Obj);
        }
        self.rehang(head, v, Rel::Nsubj);
        self.rehang(comma, v, Rel::Punct);
        // "Three days after meeting": a measure before the subordinator.
        for i in 0..g {
            if self.hangs(i, g, Rel::Nsubj) {
                self.rel[i] = Rel::OblNpmod;
            }
        }
    }

    /// "Hamas released the last 20 living Israeli hostages" with "living"
    /// a gerund, "hostages" its object and the verb left without one: an
    /// -ing word right after an article, a numeral or an adjective and
    /// before a noun is that noun's modifier; the noun phrase is the
    /// object of the verb before it.
    fn repair_determined_participle_read_as_gerund(&mut self) {
        let n = self.head.len();
        for g in 2..n.saturating_sub(1) {
            if self.tag[g] != Tag::VBG || !matches!(self.tag[g - 1], Tag::DT | Tag::CD | Tag::JJ | Tag::PRPS) {
                continue;
            }
            let Some(o) = (g + 1..n).find(|&i| !matches!(self.tag[i], Tag::JJ)) else { continue };
            if !matches!(self.tag[o], Tag::NNS | Tag::NN | Tag::NNPS) || !self.hangs(o, g, Rel::Obj) {
                continue;
            }
            let mut start = g - 1;
            while start > 0 && matches!(self.tag[start - 1], Tag::DT | Tag::CD | Tag::JJ | Tag::PRPS | Tag::RB) {
                start -= 1;
            }
            let v = start.wrapping_sub(1);
            // A later clause "…, and Israel freed …" the parser made the
            // verb's object is its conjunct.
            let clause_object = |i: usize| i > o && self.tag[i].is_verb() && (0..i).any(|c| self.hangs(c, i, Rel::Cc));
            if start == 0 || !self.tag[v].is_verb() || matches!(self.rel[v], Rel::Aux | Rel::AuxPass | Rel::Cop) || (0..n).any(|i| self.hangs(i, v, Rel::Obj) && !clause_object(i)) {
                continue;
            }
            for i in o + 1..n {
                if self.hangs(i, v, Rel::Obj) {
                    self.rel[i] = Rel::Conj;
                }
            }
            self.rehang(o, v, Rel::Obj);
            for i in 0..n {
                if self.head[i] == g as u32 && i != o {
                    self.head[i] = if i > o { v as u32 } else { o as u32 };
                }
            }
            for i in start..o {
                self.head[i] = o as u32;
                self.rel[i] = match self.tag[i] {
                    Tag::DT => Rel::Det,
                    Tag::CD => Rel::Nummod,
                    Tag::PRPS => Rel::NmodPoss,
                    Tag::RB => Rel::Advmod,
                    _ => Rel::Amod,
                };
            }
            self.tag[g] = Tag::JJ;
        }
    }

    /// "Peskov said Moscow did not expect decisions and accused Kyiv of
    /// trying …" with "Kyiv" and "of trying" hung on "expect" across the
    /// conjunct "accused": the words right after a verb conjunct that has
    /// no object are its own; a bare past form coordinated with a past or
    /// "did" clause is finite, not a passive participle.
    fn repair_dependents_across_verb_conjunct(&mut self) {
        let n = self.head.len();
        for v in 1..n.saturating_sub(1) {
            let h = self.head[v];
            if h == NONE || self.rel[v] != Rel::Conj || (h as usize) >= v || !matches!(self.tag[v], Tag::VBN | Tag::VBD) {
                continue;
            }
            let hu = h as usize;
            if !self.tag[hu].is_verb() || self.deps(v).any(|i| i > v || matches!(self.rel[i], Rel::Nsubj | Rel::NsubjPass | Rel::Aux | Rel::AuxPass)) {
                continue;
            }
            // Only an object right after the conjunct: "did X and accused
            // Kyiv", not "met Y on Monday and agreed, in Cairo, …".
            if !self.hangs(v + 1, h, Rel::Obj) || !self.tag[v + 1].is_noun() {
                continue;
            }
            self.move_deps(v + 1..n, h, v, |rel| matches!(rel, Rel::Obj | Rel::Iobj | Rel::Obl | Rel::Advcl | Rel::Xcomp | Rel::Ccomp));
            let did = (0..hu).any(|i| self.hangs(i, h, Rel::Aux) && self.form_in(i, &["did", "does", "do"]));
            if self.tag[v] == Tag::VBN && (self.tag[hu] == Tag::VBD || did) {
                self.tag[v] = Tag::VBD;
            }
        }
    }

    /// "Trump said he had called Putin" with "Putin" an open complement
    /// (as in "called it a provocation"): an active "call" with a nominal
    /// complement and no object has that nominal as its object.
    fn repair_called_person_read_as_complement(&mut self) {
        let n = self.head.len();
        for x in 1..n {
            let v = self.head[x];
            if v == NONE || self.rel[x] != Rel::Xcomp || !matches!(self.tag[x], Tag::NNP | Tag::NNPS | Tag::PRP) {
                continue;
            }
            let vu = v as usize;
            // Not "a group called Hamas": a modifier participle names.
            if !self.lemmas[vu].eq_ignore_ascii_case("call") || matches!(self.rel[vu], Rel::Acl | Rel::AclRelcl | Rel::Amod) || self.tag[vu] == Tag::VBG {
                continue;
            }
            if self.deps(v).any(|i| matches!(self.rel[i], Rel::Obj | Rel::NsubjPass | Rel::AuxPass)) {
                continue;
            }
            self.rel[x] = Rel::Obj;
        }
    }

    /// "dismissed the European counter-proposal as unconstructive" with
    /// "counter-proposal" an adjective, the verb's open complement: a word
    /// with an article of its own is a noun, and for a verb with no object
    /// that object.
    fn repair_determined_noun_read_as_adjective(&mut self) {
        let n = self.head.len();
        for x in 0..n {
            let v = self.head[x];
            if v == NONE || self.rel[x] != Rel::Xcomp || !self.tag[x].is_adjective() || !self.tag[v as usize].is_verb() || (v as usize) > x {
                continue;
            }
            let article = (0..x).any(|k| self.hangs(k, x, Rel::Det) && self.form_in(k, &["the", "a", "an"]));
            // ("considers the US biased": the article is the name's, and a
            // participle after it is what the name is considered.)
            if !article || self.has_dependent(v as usize, Rel::Obj) || self.has_dependent(x, Rel::Compound) || self.forms[x].ends_with("ed") {
                continue;
            }
            self.tag[x] = Tag::NN;
            self.rel[x] = Rel::Obj;
        }
    }

    /// "Myanmar's military seized power in a coup" with "military" an
    /// adjective and "seized" a modifier of "power": a past-tense verb
    /// read as the modifier of the noun right after it, with an adjective
    /// before it that has an article or a possessor of its own, is the
    /// verb; the adjective (a noun such a phrase makes) its subject and the
    /// noun its object. What hung on the noun before the adjective goes
    /// with the subject; its modifiers and conjuncts after it, with the verb.
    fn repair_subject_noun_read_as_adjective_of_a_verb(&mut self) {
        let n = self.head.len();
        for v in 1..n.saturating_sub(1) {
            let o = v + 1;
            let x = v - 1;
            if !matches!(self.tag[v], Tag::VBD | Tag::VBN) || !self.hangs(v, o, Rel::Amod) || !self.tag[o].is_noun() || !self.tag[x].is_adjective() || !(self.hangs(x, o, Rel::Amod) || self.hangs(x, v, Rel::Amod)) {
                continue;
            }
            let owned = (0..x).any(|k| (self.hangs(k, o, Rel::NmodPoss) || self.hangs(k, o, Rel::Det)) && !self.tag[k].is_adjective());
            if !owned {
                continue;
            }
            let (g, rel) = (self.head[o], self.rel[o]);
            self.past_participle_as_past(v);
            self.tag[x] = Tag::NN;
            self.head[v] = g;
            self.rel[v] = rel;
            self.rehang(x, v, Rel::Nsubj);
            let kids: Vec<usize> = self.deps(o).filter(|&k| k != v && k != x).collect();
            for k in kids {
                if k < x {
                    let r = self.rel[k];
                    self.rehang(k, x, r);
                } else if k > o {
                    let r = if self.rel[k] == Rel::Nmod { Rel::Obl } else { self.rel[k] };
                    self.rehang(k, v, r);
                }
            }
            self.rehang(o, v, Rel::Obj);
        }
    }

    /// "Medinsky told reporters Russia was satisfied" with "reporters" a
    /// compound of "Russia", the object, and the complement left without a
    /// subject: a common plural noun before a name is the one told, and
    /// the name the complement's subject.
    /// "demanded that Mobutu step down", "demanded that Clinton release
    /// Jonathan Pollard" with the name a compound of a noun "step" or
    /// "release": after a verb of demanding and "that", a name followed by
    /// a bare singular noun is the subject of a subjunctive verb (the
    /// noun), the verb's complement; a particle after it is the verb's, and
    /// the noun phrase after that its object.
    fn repair_mandative_subjunctive_read_as_compound(&mut self) {
        const MANDATIVE: [&str; 9] = ["demand", "insist", "urge", "ask", "propose", "recommend", "suggest", "require", "request"];
        const PARTICLES: [&str; 7] = ["down", "up", "out", "off", "over", "back", "aside"];
        let n = self.head.len();
        for c in 3..n {
            let x = c - 1;
            if self.tag[c] != Tag::NN || !self.is_proper(x) || !self.hangs(x, c, Rel::Compound) || self.deps(c).any(|k| k != x) {
                continue;
            }
            // The name's first word, right after "that".
            let mut first = x;
            while first > 0 && self.is_proper(first - 1) && (self.hangs(first - 1, x, Rel::Compound) || self.hangs(first - 1, x, Rel::Flat)) {
                first -= 1;
            }
            if first < 2 || !self.forms[first - 1].eq_ignore_ascii_case("that") {
                continue;
            }
            let v = first - 2;
            if !self.tag[v].is_verb() || !self.lemma_in(v, &MANDATIVE) {
                continue;
            }
            let mark = first - 1;
            self.tag[c] = Tag::VB;
            self.rehang(c, v, Rel::Ccomp);
            self.rehang(x, c, Rel::Nsubj);
            self.rehang(mark, c, Rel::Mark);
            let mut next = c + 1;
            if next < n && PARTICLES.iter().any(|p| self.forms[next].eq_ignore_ascii_case(p)) {
                // Whatever hung on the particle (the clause's other words)
                // hangs on the verb.
                let kids: Vec<usize> = self.deps(next).filter(|&k| k != c).collect();
                for k in kids {
                    let rel = self.rel[k];
                    self.rehang(k, c, rel);
                }
                self.rehang(next, c, Rel::CompoundPrt);
                next += 1;
            }
            // The noun phrase right after: its first noun, with its
            // modifiers before it, is the object.
            let mut y = next;
            while y < n && matches!(self.tag[y], Tag::DT | Tag::JJ | Tag::CD | Tag::PRPS) {
                y += 1;
            }
            if y < n && y == next.max(y) && self.tag[y].is_noun() && !self.tag[y].is_punct() && self.head[y] != c as u32 {
                let h = self.head[y];
                if h == NONE || (h as usize) < y || (h as usize) > y + 4 || self.tag[h as usize].is_punct() {
                    self.rehang(y, c, Rel::Obj);
                }
            }
        }
    }

    fn repair_addressee_read_as_compound(&mut self) {
        let n = self.head.len();
        for x in 1..n {
            let v = self.head[x];
            let c = x - 1;
            if v == NONE || !matches!(self.rel[x], Rel::Obj | Rel::Iobj) || !self.is_proper(x) || !self.hangs(c, x, Rel::Compound) || self.tag[c] != Tag::NNS {
                continue;
            }
            let vu = v as usize;
            if !self.tag[vu].is_verb() || !self.lemma_in(vu, &["tell", "assure", "inform", "remind", "warn", "notify"]) || self.has_deps(c) || self.deps(x).any(|k| k != c && k < x) {
                continue;
            }
            let Some(clause) = (x + 1..n).find(|&k| self.hangs(k, v, Rel::Ccomp)) else { continue };
            if self.deps(clause).any(|k| matches!(self.rel[k], Rel::Nsubj | Rel::NsubjPass | Rel::Expl)) {
                continue;
            }
            self.rehang(c, v, self.rel[x]);
            self.rehang(x, clause, Rel::Nsubj);
        }
    }

    /// "Russia and Ukraine agreed on Friday to exchange 1,000 prisoners"
    /// with "exchange" a noun, "to" its case and the phrase an `obl` of
    /// "agreed": a word after "to" that has an object of its own is a verb,
    /// the infinitive complement of the verb the phrase hangs on.
    fn repair_infinitive_read_as_oblique(&mut self) {
        let n = self.head.len();
        for c in 1..n {
            let v = self.head[c];
            if v == NONE || self.rel[c] != Rel::Obl || self.tag[c] != Tag::NN || !self.tag[v as usize].is_verb() || (v as usize) > c {
                continue;
            }
            let to = c - 1;
            if !self.forms[to].eq_ignore_ascii_case("to") || !self.hangs(to, c, Rel::Case) {
                continue;
            }
            if !self.has_dependent(c, Rel::Obj) || self.has_dependent(v as usize, Rel::Xcomp) || self.forms[c].chars().next().is_some_and(char::is_uppercase) {
                continue;
            }
            self.tag[c] = Tag::VB;
            self.rel[c] = Rel::Xcomp;
            self.rel[to] = Rel::Mark;
        }
    }

    /// "… efforts to stabilise their relations, even as China agreed to …"
    /// with the "as" clause a relative clause of "relations": a relative
    /// clause has no subordinator, so a clause hung on a noun as `acl:relcl`
    /// with one ("as", "while", "because", …) is an adverbial clause of the
    /// sentence's main verb.
    fn repair_subordinate_clause_read_as_relative(&mut self) {
        const SUBORDINATORS: [&str; 9] = ["as", "while", "because", "although", "though", "whereas", "since", "until", "unless"];
        let Some(root) = self.root().filter(|&r| self.tag[r].is_verb()) else { return };
        let n = self.head.len();
        for c in 1..n {
            let h = self.head[c];
            // (A clause hung on the subject is left to the repairs that
            // know which verb is the main one.)
            if h == NONE || self.rel[c] != Rel::AclRelcl || !self.tag[c].is_verb() || !self.tag[h as usize].is_noun() || (h as usize) > c || self.dominates_index(c, root) || matches!(self.rel[h as usize], Rel::Nsubj | Rel::NsubjPass) {
                continue;
            }
            if (0..c).any(|k| self.hangs(k, c, Rel::Mark) && SUBORDINATORS.iter().any(|w| self.forms[k].eq_ignore_ascii_case(w))) {
                self.rehang(c, root, Rel::Advcl);
            }
        }
    }

    /// "China agreed to gradually resume imports of seafood" with "resume"
    /// a compound of "imports" and the phrase an `obl` of "agreed" with
    /// "to" its case: a lowercase word between an adverb in -ly right after
    /// "to" and the noun it is a compound of is the infinitive, the noun
    /// its object.
    fn repair_infinitive_after_adverb_read_as_compound(&mut self) {
        let n = self.head.len();
        for c in 3..n {
            let v = self.head[c];
            if v == NONE || self.rel[c] != Rel::Obl || !self.tag[c].is_noun() || !self.tag[v as usize].is_verb() || (v as usize) > c {
                continue;
            }
            let w = c - 1;
            if !self.hangs(w, c, Rel::Compound) || !matches!(self.tag[w], Tag::NN | Tag::VB) || self.forms[w].chars().next().is_some_and(char::is_uppercase) {
                continue;
            }
            let mut to = w - 1;
            let mut adverbs = Vec::new();
            while to > 0 && self.tag[to] == Tag::RB && self.forms[to].ends_with("ly") {
                adverbs.push(to);
                to -= 1;
            }
            if adverbs.is_empty() || !self.forms[to].eq_ignore_ascii_case("to") || !self.hangs(to, c, Rel::Case) {
                continue;
            }
            self.tag[w] = Tag::VB;
            self.rehang(w, v, Rel::Xcomp);
            self.rehang(c, w, Rel::Obj);
            self.rehang(to, w, Rel::Mark);
            for a in adverbs {
                self.rehang(a, w, Rel::Advmod);
            }
        }
    }

    /// "ended the U.S. sanctions programme on Syria", "cut the aid package
    /// to Kyiv" with the two nouns read as two dependents of the verb (an
    /// object and a complement or second object): a common noun followed
    /// at once by a bare noun naming a scheme (programme, package, regime,
    /// plan …) that hangs on the same verb is that noun's modifier, and the
    /// scheme noun heads the object, with the first noun's determiner and
    /// modifiers and the verb's dependents hung on it since.
    fn repair_scheme_noun_split_from_its_modifier(&mut self) {
        const SCHEMES: [&str; 10] = ["programme", "program", "regime", "package", "plan", "policy", "scheme", "system", "process", "mechanism"];
        let n = self.head.len();
        for s in 1..n.saturating_sub(1) {
            let c = s + 1;
            let v = self.head[s];
            if v == NONE || self.head[c] != v || !self.tag[v as usize].is_verb() || self.rel[s] != Rel::Obj || !matches!(self.tag[s], Tag::NN | Tag::NNS) {
                continue;
            }
            if !matches!(self.tag[c], Tag::NN) || !self.lemma_in(c, &SCHEMES) || !matches!(self.rel[c], Rel::Obj | Rel::Xcomp | Rel::Dep | Rel::OblNpmod | Rel::OblTmod) {
                continue;
            }
            // Nothing of the first noun's after it, nothing of the second's before it.
            if (c + 1..n).any(|k| self.head[k] == s as u32) || (0..c).any(|k| self.head[k] == c as u32) {
                continue;
            }
            self.rel[c] = Rel::Obj;
            for k in 0..s {
                if self.head[k] == s as u32 {
                    self.head[k] = c as u32;
                }
            }
            self.rehang(s, c as u32, Rel::Compound);
        }
    }

    /// "imposed entry bans on Ivanishvili" with "entry" the subject of a
    /// verb "bans" in a complement clause: right after a verb with no
    /// object and no clause of its own to report (not "said inflation
    /// remains high"), a bare common noun and a present-tense "-s" word
    /// hung on the verb as a clause are a compound noun, the verb's object.
    fn repair_compound_object_read_as_clause(&mut self) {
        const CLAUSE_VERBS: [&str; 16] = ["say", "think", "believe", "know", "hope", "fear", "expect", "show", "suggest", "argue", "insist", "claim", "feel", "find", "see", "mean"];
        let n = self.head.len();
        for c in 2..n {
            let v = self.head[c];
            let s = c - 1;
            if v == NONE || (v as usize) + 2 != c || self.rel[c] != Rel::Ccomp || !matches!(self.tag[c], Tag::VBZ | Tag::VBP) || !self.forms[c].ends_with('s') {
                continue;
            }
            let vu = v as usize;
            if !self.tag[vu].is_verb() || self.has_dependent(vu, Rel::Obj) || is_speech_act(self.lemmas[vu]) || self.lemma_in(vu, &CLAUSE_VERBS) {
                continue;
            }
            if !self.hangs(s, c, Rel::Nsubj) || self.tag[s] != Tag::NN || self.has_dependent(s, Rel::Det) || self.has_deps(s) {
                continue;
            }
            self.tag[c] = Tag::NNS;
            self.rel[c] = Rel::Obj;
            self.rel[s] = Rel::Compound;
            // The clause's obliques ("on Ivanishvili") are the verb's, as in
            // "imposed sanctions on Iran".
            self.move_deps(0..n, c, v, |rel| rel == Rel::Obl);
        }
    }

    /// "warned Iran not to target U.S. interests" with "Iran" the subject of
    /// "target", a `ccomp` of "warned": a to-infinitive has no subject of
    /// its own, so after an object-control verb (`data/object-control.txt`)
    /// the noun before "to" is the verb's object and the infinitive its
    /// open complement.
    fn repair_control_infinitive_read_as_clause(&mut self) {
        let n = self.head.len();
        for x in 0..n {
            let v = self.head[x];
            // Also "asked the United States to return …" with "States" the
            // subject of an open complement, which takes none.
            if v == NONE || !matches!(self.rel[x], Rel::Ccomp | Rel::Xcomp) || self.tag[x] != Tag::VB || (v as usize) > x {
                continue;
            }
            let vu = v as usize;
            if !self.tag[vu].is_verb() || !self.lemma_in(vu, &OBJECT_CONTROL) || self.has_dependent(vu, Rel::Obj) || (0..n).any(|i| i != x && self.hangs(i, v, Rel::Xcomp)) {
                continue;
            }
            if !self.is_to_infinitive(x) {
                continue;
            }
            let Some(s) = (vu + 1..x).find(|&i| self.hangs(i, x, Rel::Nsubj) && self.tag[i].is_nominal()) else { continue };
            self.rehang(s, v, Rel::Obj);
            self.rel[x] = Rel::Xcomp;
        }
    }

    /// "…, prompting Ramaphosa to blame the Rwandan army" with "to blame"
    /// an `advcl` (a purpose clause) of "prompting": after the object of an
    /// object-control verb (`data/object-control.txt`) with no complement
    /// of its own, a to-infinitive is that verb's open complement.
    fn repair_control_infinitive_read_as_purpose(&mut self) {
        let n = self.head.len();
        for x in 0..n {
            let v = self.head[x];
            if v == NONE || self.rel[x] != Rel::Advcl || self.tag[x] != Tag::VB || (v as usize) > x {
                continue;
            }
            let vu = v as usize;
            if !self.tag[vu].is_verb() || !self.lemma_in(vu, &OBJECT_CONTROL) || self.has_dependent(vu, Rel::Xcomp) {
                continue;
            }
            // The object comes between the verb and the infinitive.
            if !(vu + 1..x).any(|i| self.hangs(i, v, Rel::Obj)) {
                continue;
            }
            let to = (0..x).rev().find(|&i| self.hangs(i, x, Rel::Mark));
            if !to.is_some_and(|t| t + 1 == x && self.forms[t].eq_ignore_ascii_case("to")) {
                continue;
            }
            self.rel[x] = Rel::Xcomp;
        }
    }

    /// "has asked the United States to help Ecuador" with "to help" an
    /// `advcl` of "States", the object: a to-infinitive right after the
    /// object of an object-control verb (`data/object-control.txt`) with
    /// no complement of its own is that verb's open complement, not a
    /// modifier of the noun.
    fn repair_control_infinitive_on_the_object(&mut self) {
        let n = self.head.len();
        for x in 1..n {
            let mut o = self.head[x];
            // Not a singular common noun's own infinitive ("pushed a plan
            // to impose sanctions").
            if o == NONE || !matches!(self.rel[x], Rel::Advcl | Rel::Acl) || self.tag[x] != Tag::VB || (o as usize) > x || self.tag[o as usize] == Tag::NN {
                continue;
            }
            // "urged Kinshasa and the rebels to return": the last conjunct
            // of the object carries the infinitive.
            while self.rel[o as usize] == Rel::Conj && self.head[o as usize] != NONE && (self.head[o as usize] as usize) < (o as usize) && self.tag[self.head[o as usize] as usize].is_nominal() {
                o = self.head[o as usize];
            }
            if self.rel[o as usize] != Rel::Obj {
                continue;
            }
            let v = self.head[o as usize];
            if v == NONE || (v as usize) > (o as usize) {
                continue;
            }
            let vu = v as usize;
            if !self.tag[vu].is_verb() || !self.lemma_in(vu, &OBJECT_CONTROL) || self.has_dependent(vu, Rel::Xcomp) {
                continue;
            }
            if !(self.forms[x - 1].eq_ignore_ascii_case("to") && self.hangs(x - 1, x, Rel::Mark)) {
                continue;
            }
            self.rehang(x, v, Rel::Xcomp);
        }
    }

    /// "The Arab League voted on Saturday to suspend Syria's membership"
    /// with "to suspend" an `advcl` (a purpose clause) of "voted": a
    /// subject-control verb with no object and no complement of its own
    /// takes the to-infinitive after it as its open complement, so the
    /// infinitive is what was voted or decided, not why.
    fn repair_subject_control_infinitive_read_as_purpose(&mut self) {
        let n = self.head.len();
        for x in 1..n {
            let v = self.head[x];
            if v == NONE || self.rel[x] != Rel::Advcl || self.tag[x] != Tag::VB || (v as usize) > x {
                continue;
            }
            let vu = v as usize;
            if !self.tag[vu].is_verb() || !self.lemma_in(vu, &SUBJECT_CONTROL) || self.has_dependent(vu, Rel::Xcomp) || self.has_dependent(vu, Rel::Obj) || self.has_dependent(vu, Rel::Ccomp) {
                continue;
            }
            if !(self.forms[x - 1].eq_ignore_ascii_case("to") && self.hangs(x - 1, x, Rel::Mark)) {
                continue;
            }
            self.rel[x] = Rel::Xcomp;
        }
    }

    /// "sent more than 1,000 troops into Bahrain" with "more" the object
    /// and "troops" (and "into Bahrain") hung on it as obliques: "more
    /// than", "fewer than", "less than" before a number only modify it, so
    /// the counted noun takes the comparative's place and its other
    /// obliques go back to the verb.
    fn repair_comparative_quantity_read_as_head(&mut self) {
        let n = self.head.len();
        for x in 0..n.saturating_sub(3) {
            if !self.form_in(x, &["more", "fewer", "less"]) || !matches!(self.rel[x], Rel::Obj | Rel::Nsubj | Rel::NsubjPass) {
                continue;
            }
            let than = x + 1;
            if !(self.forms[than].eq_ignore_ascii_case("than") && self.head[than] == x as u32) {
                continue;
            }
            let num = x + 2;
            if self.tag[num] != Tag::CD {
                continue;
            }
            let Some(noun) = (num + 1..n).find(|&i| self.hangs(i, x, Rel::Obl) && self.tag[i].is_noun() && self.head[num] == i as u32) else { continue };
            let v = self.head[x];
            self.rehang(noun, v, self.rel[x]);
            self.rehang(x, num, Rel::Advmod);
            for k in 0..n {
                if k != noun && k != than && self.head[k] == x as u32 && matches!(self.rel[k], Rel::Obl | Rel::Advcl) {
                    self.head[k] = v;
                }
            }
        }
    }

    /// "Syria condemned the invasion, and France called on the coalition
    /// …" with "France" a conjunct of "condemned" and "called" a reduced
    /// relative of "France": a finite past-tense verb (VBD, not a
    /// participle) right after a conjoined name is that name's own
    /// clause, coordinated with the first.
    fn repair_conjoined_clause_read_as_relative(&mut self) {
        let n = self.head.len();
        for c in 1..n {
            if self.rel[c] != Rel::Acl || self.tag[c] != Tag::VBD || self.head[c] == NONE {
                continue;
            }
            // The name right before the verb (its own words in between),
            // which the verb hangs on, or hangs beside.
            let Some(nu) = (0..c).rev().find(|&i| self.head[i] == NONE || (self.head[i] as usize) < i || self.head[i] as usize > c) else { continue };
            if (nu + 1..c).any(|i| self.head[i] != nu as u32) || self.rel[nu] != Rel::Conj || !self.is_proper(nu) {
                continue;
            }
            let noun = nu as u32;
            if self.head[c] != noun && self.head[c] != self.head[nu] {
                continue;
            }
            if !(0..nu).any(|k| self.hangs(k, noun, Rel::Cc)) {
                continue;
            }
            // The clause the name was coordinated into.
            let mut v = self.head[nu];
            let mut steps = 0;
            while v != NONE && !self.tag[v as usize].is_verb() && steps < n {
                v = self.head[v as usize];
                steps += 1;
            }
            if v == NONE || !self.is_finite(v as usize) {
                continue;
            }
            self.rehang(c, v, Rel::Conj);
            self.move_deps(0..nu, noun, c, |rel| matches!(rel, Rel::Cc | Rel::Punct));
            self.rehang(nu, c, Rel::Nsubj);
        }
    }

    /// "signed a land-for-security deal" with "land" the object and
    /// "deal" a parataxis: a hyphenated "X-for-Y" before a noun
    /// ("land-for-peace formula", "oil-for-food programme", "tit-for-tat
    /// strikes") is one modifier of that noun, which takes the phrase's
    /// place in the sentence.
    fn repair_hyphenated_for_compound(&mut self) {
        let n = self.head.len();
        for x in 0..n.saturating_sub(5) {
            let (for_, y, z) = (x + 2, x + 4, x + 5);
            if self.forms[x + 1] != "-" || self.forms[x + 3] != "-" || !self.forms[for_].eq_ignore_ascii_case("for") || !self.tag[z].is_noun() || !self.tag[x].is_noun() {
                continue;
            }
            // Written as one word: no spaces around the hyphens.
            if (x..y).any(|i| self.end[i] == 0 || self.end[i] != self.start[i + 1]) {
                continue;
            }
            let inside = |h: u32| h != NONE && (x..=z).contains(&(h as usize));
            let Some(outer) = (x..=z).find(|&i| !inside(self.head[i]) && !matches!(self.rel[i], Rel::Parataxis | Rel::Punct)).or_else(|| (x..=z).find(|&i| !inside(self.head[i]))) else { continue };
            let (head, rel) = (self.head[outer], self.rel[outer]);
            for k in 0..n {
                if (k < x || k > z) && self.head[k] != NONE && (x..z).contains(&(self.head[k] as usize)) {
                    self.head[k] = z as u32;
                }
            }
            for k in x..z {
                self.rehang(k, z, if self.forms[k] == "-" { Rel::Punct } else { Rel::Compound });
            }
            self.rehang(z, head, rel);
        }
    }

    /// "Chad's army and French jets struck rebel positions" with both
    /// nouns subjects of the verb and "and" on the second: a subject that
    /// opens with a coordinator right after the phrase of an earlier subject
    /// of the same verb is that subject's conjunct (so it acts too).
    fn repair_coordinated_subject_read_as_two(&mut self) {
        let n = self.head.len();
        for s2 in 2..n {
            let v = self.head[s2];
            if self.rel[s2] != Rel::Nsubj || v == NONE {
                continue;
            }
            // (The parser may hang the coordinator on the second subject's
            // first modifier: "and French jets".)
            let Some(c) = (0..s2).find(|&i| self.rel[i] == Rel::Cc && self.form_in(i, &["and", "or"]) && self.dominates_index(s2, i)) else { continue };
            if c == 0 {
                continue;
            }
            let before = c - 1;
            let Some(s1) = (0..=before).find(|&i| self.hangs(i, v, Rel::Nsubj) && (i == before || self.dominates_index(i, before))) else { continue };
            self.rehang(s2, s1, Rel::Conj);
        }
    }

    /// A word written whole with a hyphen that the parser split apart:
    /// * the lower-case part after the hyphen of a hyphenated given name
    ///   of a name of several words ("President Lai Ching-te", "Ban
    ///   Ki-moon") hung elsewhere as a clause or an object: a part of the
    ///   name (not "Iran-backed", "Kremlin-run": participles and
    ///   adjectives are no name parts);
    /// * a model designation of letters and a number before a noun ("U.S.
    ///   B-2 bombers", "F-16 jets") with the letters hung flat on a name
    ///   before them and the hyphen read as a comma: the designation
    ///   modifies the noun, and so does the name ("U.S.").
    fn repair_hyphenated_word_split(&mut self) {
        let n = self.head.len();
        let whole = |t: &Self, k: usize| t.end[k - 2] != 0 && t.end[k - 2] == t.start[k - 1] && t.end[k - 1] == t.start[k];
        for k in 2..n {
            if !matches!(self.forms[k - 1], "-" | "‑") || !whole(self, k) {
                continue;
            }
            let p = k - 2;
            let lower_part = self.tag[k] == Tag::NN && self.forms[k].chars().all(|c| c.is_ascii_lowercase()) && self.rel[k] != Rel::Flat;
            let multiword = self.rel[p] == Rel::Flat || self.deps(p).any(|d| self.rel[d] == Rel::Flat);
            if lower_part && self.is_proper(p) && multiword && self.deps(k).all(|d| d == k - 1) {
                let name = if self.rel[p] == Rel::Flat && self.head[p] != NONE { self.head[p] as usize } else { p };
                self.rehang(k, name, Rel::Flat);
                self.rehang(k - 1, k, Rel::Punct);
                self.tag[k] = Tag::NNP;
                continue;
            }
            // "dropped bunker-busting bombs" with "busting" the verb's
            // object and "bombs" its own: a hyphenated participle before a
            // noun modifies it, and the noun takes its place.
            let noun = k + 1;
            if matches!(self.tag[k], Tag::VBG | Tag::VBN) && self.tag[p].is_noun() && self.head[p] == k as u32 && noun < n && self.tag[noun].is_noun() && self.hangs(noun, k, Rel::Obj) && self.head[k] != NONE {
                let (h, r) = (self.head[k] as usize, self.rel[k]);
                self.rehang(noun, h, r);
                self.rehang(k, noun, Rel::Amod);
                let to = if self.tag[h].is_verb() { h } else { noun };
                self.move_deps(noun + 1..n, k, to, |_| true);
                continue;
            }
            // The designation: "B - 2 bombers".
            let letters = self.forms[p].len() <= 3 && self.forms[p].chars().all(|c| c.is_ascii_uppercase());
            if !letters || self.tag[k] != Tag::CD || noun >= n || !self.tag[noun].is_noun() || self.head[k] != noun as u32 || self.head[p] == noun as u32 || self.dominates_index(p, noun) {
                continue;
            }
            // A name the letters hung on flat, or that hangs on them, goes
            // with them ("U.S. B-2 bombers").
            let before = self.head[p];
            let flat_on_name = self.rel[p] == Rel::Flat && before != NONE && before as usize + 1 == p && self.is_proper(before as usize) && self.head[before as usize] == self.head[noun] && self.rel[before as usize] == self.rel[noun];
            self.move_deps(0..n, p, noun, |r| r != Rel::Punct);
            self.rehang(p, noun, Rel::Compound);
            self.rehang(k - 1, p, Rel::Punct);
            if flat_on_name {
                self.rehang(before as usize, noun, Rel::Compound);
            }
        }
    }

    /// "U.S. warplanes struck targets across Iraq after Butler reported
    /// that …" with "struck" a reduced relative of "warplanes", "after" a
    /// preposition of "Butler" and "reported" the root with both nouns as
    /// subjects: a past-tense verb inside the first subject's phrase,
    /// before a subordinator opening the second subject, is the main
    /// verb, and the root the subordinate clause.
    fn repair_main_clause_read_as_relative_before_subordinate(&mut self) {
        let n = self.head.len();
        let Some(r) = self.root() else { return };
        if !self.is_finite(r) {
            return;
        }
        let subjects: Vec<usize> = (0..r).filter(|&i| self.hangs(i, r, Rel::Nsubj)).collect();
        let [s1, s2] = subjects[..] else { return };
        let Some(v) = (s1 + 1..s2).find(|&i| matches!(self.tag[i], Tag::VBD | Tag::VBN) && self.rel[i] == Rel::Acl && self.dominates_index(s1, i)) else { return };
        let Some(w) = (v + 1..s2).find(|&i| self.form_in(i, &["after", "before", "as", "since", "when", "while", "until", "because"]) && matches!(self.rel[i], Rel::Case | Rel::Mark)) else { return };
        // The subordinator hangs on the root, on the second subject's
        // phrase, or on a title noun right before that subject's name.
        // ("…, the enclave's civil defence agency said": a comma before the
        // second subject sets off a trailing attribution instead.)
        if (w..s2).any(|i| self.forms[i] == ",") {
            return;
        }
        let hw = self.head[w] as usize;
        let title = hw > w && hw < s2 && self.tag[hw].is_noun() && !self.dominates_index(s2, hw) && (hw + 1..s2).all(|i| self.dominates_index(s2, i));
        if !(hw == r || self.dominates_index(s2, hw) || title) {
            return;
        }
        if title {
            self.rehang(hw, s2, Rel::NmodDesc);
        }
        self.tag[v] = Tag::VBD;
        self.rehang(v, NONE, Rel::Root);
        self.rehang(s1, v, Rel::Nsubj);
        self.rehang(r, v, Rel::Advcl);
        self.rehang(w, r, Rel::Mark);
        self.move_deps(r + 1..n, r, v, |rel| rel == Rel::Punct);
    }

    /// "… days after Iran fired drones and missiles at Israel" with "fired"
    /// a participle modifying "drones", its subject "Iran" kept, and
    /// "after" the case of "drones": a modifier participle with a subject
    /// of its own, right after a subordinator, is the finite verb of a
    /// subordinate clause whose object is the noun it modified.
    fn repair_subordinate_clause_read_as_participle_modifier(&mut self) {
        let n = self.head.len();
        for v in 1..n {
            let o = self.head[v];
            if o == NONE || self.rel[v] != Rel::Amod || !matches!(self.tag[v], Tag::VBN | Tag::VBD) || (o as usize) <= v {
                continue;
            }
            let o = o as usize;
            let g = self.head[o];
            if g == NONE || !self.tag[o].is_noun() {
                continue;
            }
            let Some(s) = (0..v).find(|&s| self.hangs(s, v, Rel::Nsubj)) else { continue };
            let w = self.first_of(s);
            if w == 0 || (w..v).any(|i| !self.dominates_index(s, i) && i != s) {
                continue;
            }
            let w = w - 1;
            if !(self.is_subordinator(w) || self.form_in(w, &["when"])) || !(self.head[w] == o as u32 || self.head[w] == v as u32) {
                continue;
            }
            self.past_participle_as_past(v);
            self.rehang(v, g, Rel::Advcl);
            self.rehang(o, v, Rel::Obj);
            self.rehang(w, v, Rel::Mark);
            // "days after …": the measure of the interval goes with the clause.
            self.move_deps(0..w, o, v, |_| true);
        }
        // "… two days after Iran fired missiles" with "days" a passive
        // subject of "fired" beside "Iran": a time noun right before the
        // subordinator is the interval, not a second subject.
        for t in 0..n.saturating_sub(1) {
            let v = self.head[t];
            if v == NONE || self.rel[t] != Rel::NsubjPass || !self.lemma_in(t, &["minute", "hour", "day", "week", "month", "year"]) || !self.has_dependent(v, Rel::Nsubj) {
                continue;
            }
            if self.hangs(t + 1, v, Rel::Mark) && self.is_subordinator(t + 1) {
                self.rel[t] = Rel::Obl;
            }
        }
    }

    /// "Hamas offered to free an American hostage" with "free" an adjective
    /// under "to" as a preposition, and "hostage" the object of "offered":
    /// "to" + "free" after a verb, with a noun object of that verb right
    /// after, is an infinitive taking that object.
    fn repair_infinitive_read_as_adjective(&mut self) {
        let n = self.head.len();
        for f in 1..n.saturating_sub(1) {
            let v = self.head[f];
            if v == NONE || !self.lemma_in(f, &["free"]) || !self.tag[f].is_adjective() || !self.form_in(f - 1, &["to"]) || !self.tag[v as usize].is_verb() || (v as usize) > f {
                continue;
            }
            if self.head[f - 1] != f as u32 {
                continue;
            }
            // The object: the next phrase's head, hung on the verb.
            let Some(o) = (f + 1..n).find(|&o| self.hangs(o, v, Rel::Obj) && self.tag[o].is_nominal()) else { continue };
            if (f + 1..o).any(|i| !self.dominates_index(o, i)) {
                continue;
            }
            self.tag[f] = Tag::VB;
            self.rehang(f, v, Rel::Xcomp);
            self.rehang(f - 1, f, Rel::Mark);
            self.rehang(o, f, Rel::Obj);
        }
    }

    /// "Canada became the first country to suspend aid" with "to suspend"
    /// an adverbial clause of "became": an infinitive right after a noun
    /// ranked by "first", "last", "only" … says what that noun is the first
    /// to do, so it modifies the noun (whose referent is the one acting).
    fn repair_infinitive_of_an_ordinal_noun_read_as_purpose(&mut self) {
        const RANKS: [&str; 8] = ["first", "second", "third", "last", "latest", "only", "next", "sole"];
        let n = self.head.len();
        for v in 2..n {
            let h = self.head[v];
            if h == NONE || self.rel[v] != Rel::Advcl || self.tag[v] != Tag::VB || (h as usize) > v {
                continue;
            }
            let to = v - 1;
            if !self.form_in(to, &["to"]) || self.head[to] != v as u32 {
                continue;
            }
            let noun = to - 1;
            if !self.tag[noun].is_noun() || self.head[noun] != h || !matches!(self.rel[noun], Rel::Xcomp | Rel::Obj) {
                continue;
            }
            if !self.deps(noun).any(|k| self.rel[k] == Rel::Amod && self.lemma_in(k, &RANKS)) {
                continue;
            }
            self.rehang(v, noun, Rel::Acl);
        }
    }

    /// "Venezuela this week broke off relations with Paraguay" with
    /// "Venezuela" the subject of "week", itself the verb's bare time
    /// phrase: a noun before a time noun ("this week", "last month") that
    /// hangs as that noun's subject is the subject of the verb the time
    /// phrase modifies, when the verb has none.
    fn repair_subject_hung_on_its_time_phrase(&mut self) {
        let n = self.head.len();
        for s in 0..n {
            let t = self.head[s];
            if t == NONE || !matches!(self.rel[s], Rel::Nsubj | Rel::NsubjPass) || !self.tag[s].is_nominal() || (t as usize) <= s {
                continue;
            }
            let t = t as usize;
            let v = self.head[t];
            if v == NONE || !matches!(self.rel[t], Rel::OblTmod | Rel::Obl | Rel::OblNpmod) || !self.tag[t].is_noun() || !super::matcher::is_time_noun(self.lemmas[t]) || (v as usize) <= t {
                continue;
            }
            let v = v as usize;
            // (Only the time phrase's own determiner or adjective between,
            // and no copula: "It is a dark day when …" is a predicate.)
            let adjacent = (s + 1..t).all(|k| self.head[k] as usize == t && matches!(self.rel[k], Rel::Det | Rel::Amod));
            if !adjacent || self.has_dependent(t, Rel::Cop) || !self.tag[v].is_verb() || self.has_subject(v) {
                continue;
            }
            self.rehang(s, v, self.rel[s]);
        }
    }

    /// "accused the police of using excessive force and called on the
    /// government to …" with "called" a conjunct of "force": a past-tense
    /// verb (or one tagged a participle) after "and", with no subject of
    /// its own, is not coordinated
    /// with a noun; it is a second verb of the nearest finite verb above
    /// that noun which has a subject.
    fn repair_past_verb_read_as_conjunct_of_a_noun(&mut self) {
        let n = self.head.len();
        for c in 1..n {
            let h = self.head[c];
            if h == NONE || self.rel[c] != Rel::Conj || !matches!(self.tag[c], Tag::VBD | Tag::VBN) || !self.tag[h as usize].is_noun() || !self.forms[c - 1].eq_ignore_ascii_case("and") || self.has_subject(c) {
                continue;
            }
            // (A copular predicate noun is a clause: "would not be a source
            // of threat … and called on Israel to …" is coordinated right.)
            if self.has_subject(h as usize) || self.has_dependent(h as usize, Rel::Cop) {
                continue;
            }
            // (Not out of a reported clause: "said there was evidence that
            // the ship had entered the waters and called on China to …" is
            // the speaker's appeal, which the coder finds from "said".)
            let reported = |v: usize| self.rel[v] == Rel::Ccomp || self.deps(v).any(|m| self.rel[m] == Rel::Mark && self.lemma_in(m, &["that", "whether", "if"]));
            let mut v = self.head[h as usize];
            let mut inside_report = false;
            for _ in 0..n {
                if v == NONE {
                    break;
                }
                inside_report |= reported(v as usize);
                if self.is_finite(v as usize) && self.has_subject(v as usize) {
                    break;
                }
                v = self.head[v as usize];
            }
            if v == NONE || v as usize >= c || inside_report {
                continue;
            }
            self.rehang(c, v as usize, Rel::Conj);
        }
    }

    /// "Hours earlier the Treasury imposed sanctions on …" with "Hours" a
    /// (passive) subject beside "the Treasury": a time noun with "earlier",
    /// "later" or "ago" is the verb's time, not a second subject. So is one
    /// with its own "after"/"before" phrase closed by a comma ("Hours after
    /// the ruling, the ministry suspended him").
    fn repair_time_phrase_read_as_second_subject(&mut self) {
        let n = self.head.len();
        for t in 0..n {
            let v = self.head[t];
            if v == NONE || !matches!(self.rel[t], Rel::Nsubj | Rel::NsubjPass) || !self.lemma_in(t, &["hour", "day", "minute", "week", "month", "year", "moment"]) {
                continue;
            }
            let v = v as usize;
            // (The adverb right after the noun, on the noun or on the verb.)
            let adverb = t + 1 < n && (self.head[t + 1] as usize == t || self.head[t + 1] as usize == v) && self.rel[t + 1] == Rel::Advmod && self.lemma_in(t + 1, &["earlier", "early", "later", "late", "ago"]);
            let phrase = t + 1 < n && self.head[t + 1] != NONE && matches!(self.rel[t + 1], Rel::Case | Rel::Mark) && self.lemma_in(t + 1, &["after", "before"]) && self.dominates_index(t, self.head[t + 1] as usize);
            if !adverb && !phrase {
                continue;
            }
            let Some(s) = (t + 1..n).find(|&s| s != t && self.hangs(s, v, Rel::Nsubj) && self.tag[s].is_nominal()) else { continue };
            // (The phrase ends at a comma before the other subject.)
            if phrase && !(t + 1..=self.first_of(s)).any(|k| self.forms[k] == ",") {
                continue;
            }
            self.rel[t] = Rel::OblTmod;
        }
    }

    /// "Hours before Medvedev's announcement, Russian aircraft bombed Gori"
    /// with "Hours" the subject and "aircraft" a conjunct of
    /// "announcement": a fronted time phrase ("hours/days after …") is no
    /// subject; the noun after its comma, right before the verb, is.
    fn repair_fronted_time_phrase_subject(&mut self) {
        let n = self.head.len();
        for t in 0..n {
            let v = self.head[t];
            if v == NONE || self.rel[t] != Rel::Nsubj || !self.lemma_in(t, &["hour", "day", "minute", "week", "month", "moment", "year"]) {
                continue;
            }
            let v = v as usize;
            let Some(c) = (t + 1..v).rev().find(|&c| self.rel[c] == Rel::Conj && self.tag[c].is_noun() && self.dominates_index(t, c)) else { continue };
            // The conjunct ends right before the verb and follows a comma.
            if (c + 1..v).any(|i| !self.dominates_index(c, i)) || self.comma_before(c).is_none() {
                continue;
            }
            self.rehang(c, v, Rel::Nsubj);
            self.rel[t] = Rel::Obl;
        }
    }

    /// "broke off relations with the United States, Britain, France and
    /// Germany" with "Britain" an apposition (or vocative) of "relations"
    /// and "France" and "Germany" its conjuncts: a proper noun after a
    /// comma that heads a coordination of proper nouns, hung on a common
    /// noun, continues the list of the proper noun just before the comma.
    /// So does one hung on that proper noun itself ("Saudi Arabia, the
    /// United Arab Emirates, Bahrain and Egypt severed …"): a name is not
    /// explained by a list of names.
    fn repair_list_read_as_apposition(&mut self) {
        let n = self.head.len();
        for a in 1..n {
            let h = self.head[a];
            if h == NONE || !matches!(self.rel[a], Rel::Appos | Rel::Vocative | Rel::Dep | Rel::List) || !self.is_proper(a) {
                continue;
            }
            let list = (a + 1..n).any(|c| self.hangs(c, a, Rel::Conj) && self.is_proper(c))
                && (a + 1..n).any(|c| self.rel[c] == Rel::Cc && matches!(self.forms[c], "and" | "or") && self.dominates_index(a, c));
            let Some(comma) = self.comma_before(a).filter(|&comma| list && comma > 0) else { continue };
            let y = comma - 1;
            let on_the_name = self.is_proper(h as usize) && y == h as usize && h < a as u32;
            if !on_the_name && (self.is_proper(h as usize) || !self.is_proper(y) || y == h as usize || !self.dominates_index(h as usize, y) || !matches!(self.rel[y], Rel::Nmod | Rel::Obl | Rel::Obj | Rel::Nsubj | Rel::Conj)) {
                continue;
            }
            self.rehang(a, y, Rel::Conj);
        }
    }

    /// "French, British and U.S. forces pounded Libyan air defences" with
    /// "French" the root and "British" and the verb its conjuncts:
    /// adjectives coordinated before the subject of a finite verb modify
    /// that subject, and the verb is the root.
    fn repair_coordinated_adjectives_read_as_root(&mut self) {
        let n = self.head.len();
        let Some(root) = self.root() else { return };
        if !self.tag[root].is_adjective() {
            return;
        }
        let Some(v) = (root + 1..n).find(|&v| self.hangs(v, root, Rel::Conj) && self.is_finite(v)) else { return };
        let Some(s) = (root + 1..v).find(|&i| self.hangs(i, v, Rel::Nsubj) && self.tag[i].is_noun()) else { return };
        let adjective_conjunct = |i: usize| self.hangs(i, root, Rel::Conj) && self.tag[i].is_adjective();
        if !(root + 1..s).any(adjective_conjunct) || !(root + 1..s).all(|i| self.tag[i].is_punct() || self.rel[i] == Rel::Cc || adjective_conjunct(i) || self.dominates_index(s, i)) {
            return;
        }
        self.move_deps(v + 1..n, root, v, |rel| matches!(rel, Rel::Punct | Rel::Parataxis | Rel::Conj));
        self.make_root_over(root, v, Rel::Amod);
        self.head[root] = s as u32;
        // "… and U.S. forces": the modifier after the coordinator is the
        // last conjunct of the list.
        if let Some(cc) = (root + 1..s).find(|&i| self.rel[i] == Rel::Cc) {
            if let Some(m) = (cc + 1..s).find(|&i| self.head[i] == s as u32 && matches!(self.rel[i], Rel::Compound | Rel::Amod)) {
                self.rehang(m, root, Rel::Conj);
                self.head[cc] = m as u32;
            }
        }
    }

    /// "encouraged Colombia's government and the ELN to resume peace
    /// talks" with "resume" a noun `compound` of "talks" in a "to" phrase:
    /// after the object (or a conjunct of it) of an object-control verb
    /// (`data/object-control.txt`), a bare "to" introduces the infinitive
    /// the object is urged to, so the word right after it is that verb,
    /// the verb's open complement, and the phrase's noun its object.
    fn repair_infinitive_read_as_compound(&mut self) {
        let n = self.head.len();
        for c in 1..n.saturating_sub(1) {
            let h = self.head[c];
            if h == NONE || self.rel[c] != Rel::Compound || !self.forms[c - 1].eq_ignore_ascii_case("to") || self.head[c - 1] != h || self.tag[c] != Tag::NN {
                continue;
            }
            let hu = h as usize;
            if hu <= c || (c..hu).any(|k| self.head[k] != h) || self.head[hu] == NONE {
                continue;
            }
            // The phrase hangs on the object, on a conjunct of it, or on the verb.
            let mut v = self.head[hu] as usize;
            for _ in 0..3 {
                if self.tag[v].is_verb() {
                    break;
                }
                if self.head[v] == NONE || !matches!(self.rel[v], Rel::Obj | Rel::Iobj | Rel::Conj) {
                    break;
                }
                v = self.head[v] as usize;
            }
            // "hoped to resume negotiations with Pyongyang": after a verb
            // whose own subject is to act, the phrase on that verb is its
            // infinitive too.
            let subject_control = self.head[hu] == v as u32 && self.lemma_in(v, &SUBJECT_CONTROL);
            if !self.tag[v].is_verb() || !(subject_control || self.lemma_in(v, &OBJECT_CONTROL)) || self.has_dependent(v, Rel::Xcomp) {
                continue;
            }
            self.tag[c] = Tag::VB;
            self.rehang(c, v, Rel::Xcomp);
            self.rehang(c - 1, c, Rel::Mark);
            self.rehang(hu, c, Rel::Obj);
        }
    }

    /// "urged the council to impose sanctions on Rwanda" with "to impose"
    /// an `acl` of "council": after the object of an object-control verb
    /// (`data/object-control.txt`) with no complement of its own, a
    /// to-infinitive is that verb's open complement, controlled by the
    /// object.
    fn repair_control_infinitive_read_as_relative(&mut self) {
        let n = self.head.len();
        for x in 0..n {
            let o = self.head[x];
            if o == NONE || self.rel[x] != Rel::Acl || self.tag[x] != Tag::VB {
                continue;
            }
            if !self.is_to_infinitive(x) {
                continue;
            }
            let ou = o as usize;
            let v = self.head[ou];
            // "called on the two countries to …": the "on" phrase of a
            // prepositional control verb is its object.
            let on = (0..ou).rev().find(|&k| self.hangs(k, o, Rel::Case)).is_some_and(|k| self.forms[k].eq_ignore_ascii_case("on") || self.forms[k].eq_ignore_ascii_case("upon"));
            if on && self.rel[ou] == Rel::Obj {
                // An object has no preposition: read with it, an oblique.
                self.rel[ou] = Rel::Obl;
            }
            if v == NONE || !(matches!(self.rel[ou], Rel::Obj | Rel::Iobj) || (on && self.rel[ou] == Rel::Obl)) || !self.tag[v as usize].is_verb() || !self.lemma_in(v as usize, &OBJECT_CONTROL) {
                continue;
            }
            if self.has_dependent(v as usize, Rel::Xcomp) || self.has_dependent(v as usize, Rel::Ccomp) {
                continue;
            }
            // "pushed a plan to impose sanctions": the noun's own infinitive.
            if self.lemma_in(ou, &INFINITIVE_NOUNS) {
                continue;
            }
            self.rehang(x, v, Rel::Xcomp);
        }
    }

    /// "asked the Security Council to convene a meeting, accusing Thailand
    /// of aggression", "announced that Georgia would not seek talks,
    /// accusing the EU of blackmail": a speech-act participle set off by a
    /// comma at the end of a complement is the main speaker's comment, not
    /// the complement's (whose subject, modal or infinitive would make it
    /// someone else's, or unreal). It joins the sentence's main verb.
    fn repair_speech_participle_in_complement(&mut self) {
        let n = self.head.len();
        for x in 0..n {
            let h = self.head[x];
            if h == NONE || self.rel[x] != Rel::Advcl || self.tag[x] != Tag::VBG || self.has_dependent(x, Rel::Mark) {
                continue;
            }
            if !is_speech_act(self.lemmas[x]) || x == 0 || self.forms[x - 1] != "," {
                continue;
            }
            // Climb out of complements to the clause that has them. A
            // finite complement with a subject of its own keeps the
            // participle ("said Hamas had rejected the offer, accusing
            // Israel of bad faith" is Hamas accusing), unless that subject
            // is a pronoun or is the one accused ("said Hamas had rejected
            // it, accusing Hamas of stalling").
            let accused = (x + 1..n).find(|&k| self.hangs(k, x, Rel::Obj));
            let mut top = h as usize;
            let mut climbed = false;
            for _ in 0..n {
                let g = self.head[top];
                if g == NONE || !matches!(self.rel[top], Rel::Xcomp | Rel::Ccomp) || !self.tag[g as usize].is_verb() {
                    break;
                }
                if self.rel[top] == Rel::Ccomp && !self.subject_may_be_the_speakers(top, accused) {
                    break;
                }
                top = g as usize;
                climbed = true;
            }
            if climbed && top < x {
                self.head[x] = top as u32;
            }
        }
    }

    /// Whether clause `v`'s subject leaves a comment hung on it to the
    /// speaker of the clause above: it has none, it is a pronoun, or it is
    /// the word `accused` (the comment's object) names.
    fn subject_may_be_the_speakers(&self, v: usize, accused: Option<usize>) -> bool {
        let Some(subj) = (0..v).rev().find(|&k| self.head[k] == v as u32 && matches!(self.rel[k], Rel::Nsubj | Rel::NsubjPass)) else {
            return true;
        };
        matches!(self.tag[subj], Tag::PRP) || accused.is_some_and(|a| self.lemmas[a].eq_ignore_ascii_case(self.lemmas[subj]))
    }

    /// "had spoken to both leaders" with "to" an `obl` of the verb on its
    /// own and "leaders" a bare `obl:unmarked` (or object) of the same
    /// verb: a preposition without dependents, right before a nominal of
    /// its own head (only determiners and "both" between), is that
    /// nominal's case marker.
    fn repair_stranded_preposition_before_its_object(&mut self) {
        let n = self.head.len();
        for a in 0..n.saturating_sub(1) {
            let v = self.head[a];
            if v == NONE || self.tag[a] != Tag::IN || !matches!(self.rel[a], Rel::Obl | Rel::Advmod) || !self.tag[v as usize].is_verb() || self.has_deps(a) {
                continue;
            }
            let Some(noun) = (a + 1..n).find(|&k| self.head[k] == v) else { continue };
            if !self.tag[noun].is_nominal() || !matches!(self.rel[noun], Rel::OblTmod | Rel::OblNpmod | Rel::Obj) || (a + 1..noun).any(|k| self.head[k] != noun as u32 || !matches!(self.rel[k], Rel::Det | Rel::Cc | Rel::Nummod | Rel::Amod)) {
                continue;
            }
            self.rehang(a, noun, Rel::Case);
            self.rel[noun] = Rel::Obl;
        }
    }

    /// "met both foreign ministers" with "both" a `cc:preconj` (read as
    /// `cc`, or an adverb: "called both leaders and proposed …"): before a
    /// nominal without conjuncts, "both" is its determiner.
    fn repair_both_read_as_preconjunct(&mut self) {
        for b in 0..self.head.len() {
            let h = self.head[b];
            if h != NONE && matches!(self.rel[b], Rel::Cc | Rel::Advmod) && (h as usize) > b && self.forms[b].eq_ignore_ascii_case("both") && self.tag[h as usize].is_nominal() && !self.has_dependent(h as usize, Rel::Conj) {
                self.rel[b] = Rel::Det;
            }
        }
    }

    /// "each side accused the other of …" with "the other" read as an
    /// adjectival complement: a determined "other" after a verb with no
    /// object is its object.
    fn repair_the_other_read_as_a_complement(&mut self) {
        for o in 0..self.head.len() {
            let v = self.head[o];
            if v == NONE || !self.forms[o].eq_ignore_ascii_case("other") || !matches!(self.rel[o], Rel::Xcomp | Rel::Advmod | Rel::Dep) || (v as usize) > o {
                continue;
            }
            let determined = (0..o).any(|d| self.hangs(d, o, Rel::Det));
            if determined && self.tag[v as usize].is_verb() && !self.has_dependent(v as usize, Rel::Obj) {
                self.rel[o] = Rel::Obj;
                self.tag[o] = Tag::NN;
            }
        }
    }

    /// "Maduro accused the United States of plotting …" with "States" the
    /// subject of the final stop: a nominal hung on a punctuation mark,
    /// starting right after a verb with no object, is that verb's object.
    fn repair_nominal_on_punctuation(&mut self) {
        let n = self.head.len();
        for t in 0..n {
            let p = self.head[t];
            if p == NONE || self.rel[p as usize] != Rel::Punct || !self.tag[t].is_nominal() || !matches!(self.rel[t], Rel::Nsubj | Rel::Obj | Rel::Dep) {
                continue;
            }
            let first = self.first_of(t);
            let Some(mut v) = first.checked_sub(1) else { continue };
            // ("paid off Syria's debt": past the verb's particle.)
            if self.rel[v] == Rel::CompoundPrt && self.head[v] != NONE && (self.head[v] as usize) < v {
                v = self.head[v] as usize;
            }
            if self.tag[v].is_verb() && !self.has_dependent(v, Rel::Obj) && !self.dominates_index(t, v) {
                self.rehang(t, v, Rel::Obj);
            }
        }
    }

    /// "He met on Monday with Keith Kellogg, the U.S. envoy, who …" with the
    /// "with" phrase hung on the closing "." (punctuation takes no
    /// dependents): a prepositional nominal on a punctuation mark whose own
    /// head is an earlier verb is that verb's oblique.
    fn repair_prepositional_phrase_on_punctuation(&mut self) {
        let n = self.head.len();
        for t in 0..n {
            let p = self.head[t];
            if p == NONE || self.rel[p as usize] != Rel::Punct || !self.tag[t].is_nominal() || !matches!(self.rel[t], Rel::Obl | Rel::Nmod) {
                continue;
            }
            if !(0..n).any(|c| self.hangs(c, t, Rel::Case)) {
                continue;
            }
            let v = self.head[p as usize];
            if v == NONE || (v as usize) > t || !self.tag[v as usize].is_verb() || self.dominates_index(t, v as usize) {
                continue;
            }
            self.rehang(t, v, Rel::Obl);
        }
    }

    /// "Zelensky met on Tuesday with Kaja Kallas" with "with Kallas" hung on
    /// "Tuesday": a prepositional phrase after a day, month or other time
    /// noun that is a verb's time phrase, right after it, belongs to the
    /// verb ("of" phrases, "the night of March 3", stay).
    fn repair_prepositional_phrase_on_a_time_noun(&mut self) {
        let n = self.head.len();
        for w in 0..n {
            let t = self.head[w];
            if t == NONE || self.rel[w] != Rel::Nmod || (t as usize) > w || !self.tag[w].is_nominal() {
                continue;
            }
            let t = t as usize;
            // (Right after it: "…, with Blinken saying …" set off by a comma
            // is a clause of its own.)
            if self.rel[t] != Rel::Obl || !super::matcher::is_time_noun(self.lemmas[t]) || !self.hangs(t + 1, w, Rel::Case) || self.has_case_word(w, &["of"]) || !(0..n).any(|c| self.hangs(c, w, Rel::Case)) {
                continue;
            }
            let v = self.head[t];
            if v == NONE || !self.tag[v as usize].is_verb() {
                continue;
            }
            self.rehang(w, v, Rel::Obl);
        }
    }

    /// "Noboa has asked the United States to help Ecuador, and he met …"
    /// with "States" a subject of "met", which has its own subject "he":
    /// a nominal starting right after a verb with no object, hung as a
    /// subject on a later verb that has another subject after it, is the
    /// first verb's object.
    fn repair_object_read_as_subject_of_a_later_verb(&mut self) {
        let n = self.head.len();
        for t in 1..n {
            let v = self.head[t];
            if v == NONE || self.rel[t] != Rel::Nsubj || !self.tag[t].is_nominal() || (v as usize) <= t {
                continue;
            }
            if !(t + 1..v as usize).any(|i| self.hangs(i, v, Rel::Nsubj)) {
                continue;
            }
            let first = self.first_of(t);
            let Some(w) = first.checked_sub(1) else { continue };
            if self.tag[w].is_verb() && !self.has_dependent(w, Rel::Obj) && !self.dominates_index(t, w) && !self.dominates_index(v as usize, w) {
                self.rehang(t, w, Rel::Obj);
            }
        }
    }

    /// "Putin would visit India later this year" with "India" hung as a
    /// bare time phrase (`obl:unmarked`) on "later": a proper noun right
    /// after a verb that has no object, hung so on a later adverb or time
    /// noun in that verb's phrase, is the verb's object, unless it is a day
    /// or a month ("will meet Monday", "arrives March 3").
    fn repair_object_read_as_bare_time_phrase(&mut self) {
        let n = self.head.len();
        for w in 1..n {
            let h = self.head[w];
            if h == NONE || self.rel[w] != Rel::OblTmod || !self.is_proper(w) || (h as usize) <= w || self.form_in(w, &WEEKDAYS_AND_MONTHS) {
                continue;
            }
            let h = h as usize;
            if !(self.tag[h].is_adverb() || super::matcher::is_time_noun(self.lemmas[h])) {
                continue;
            }
            let Some(v) = self.first_of(w).checked_sub(1) else { continue };
            if self.tag[v].is_verb() && !self.has_dependent(v, Rel::Obj) && self.dominates_index(v, h) {
                self.rehang(w, v, Rel::Obj);
            }
        }
    }

    /// "spoke with Pakistan's army chief, …, and with India's adviser" with
    /// the second "with" phrase hung on a punctuation mark: a prepositional
    /// phrase there, after "and"/"or", is a conjunct of the nearest earlier
    /// phrase of a verb with the same preposition.
    fn repair_coordinated_preposition_on_punctuation(&mut self) {
        let n = self.head.len();
        for x in 0..n {
            let p = self.head[x];
            if p == NONE || self.rel[p as usize] != Rel::Punct || !self.tag[x].is_nominal() || !matches!(self.rel[x], Rel::Obl | Rel::Nmod | Rel::Dep) {
                continue;
            }
            let Some(case) = (0..x).rev().find(|&c| self.hangs(c, x, Rel::Case)) else { continue };
            let coordinated = (0..case).any(|c| matches!(self.head[c], h if h == x as u32 || h == p) && self.rel[c] == Rel::Cc && (case - c) <= 2);
            if !coordinated {
                continue;
            }
            let word = self.forms[case];
            let same_case = |y: usize| (0..y).any(|c| self.hangs(c, y, Rel::Case) && self.forms[c].eq_ignore_ascii_case(word));
            let Some(y) = (0..x).rev().find(|&y| {
                let h = self.head[y];
                matches!(self.rel[y], Rel::Obl | Rel::Nmod) && h != NONE && self.tag[h as usize].is_verb() && same_case(y)
            }) else {
                continue;
            };
            if self.dominates_index(x, y) {
                continue;
            }
            self.rehang(x, y, Rel::Conj);
            for c in 0..case {
                if self.hangs(c, p, Rel::Cc) && case - c <= 2 {
                    self.head[c] = x as u32;
                }
            }
        }
    }

    /// "hosted talks between the Congolese government and the M23 rebels"
    /// with "rebels" a conjunct of "talks": "between" takes both, so a
    /// caseless conjunct after a "between" phrase, of that phrase's own
    /// head, is the phrase's second member.
    fn repair_between_conjunct(&mut self) {
        let n = self.head.len();
        for b in 0..n {
            let x = self.head[b];
            if x == NONE || !self.tag[b].is_nominal() || !self.has_case_word(b, &["between"]) || self.has_dependent(b, Rel::Conj) {
                continue;
            }
            let Some(c) = (b + 1..n).find(|&c| self.hangs(c, x, Rel::Conj)) else { continue };
            if self.tag[c].is_nominal() && !self.has_dependent(c, Rel::Case) {
                self.head[c] = b as u32;
            }
        }
    }

    /// "said Russia had recognised Kosovo" with "had" the verb and
    /// "recognised" an `amod` of "Kosovo": a participle right after a
    /// finite "have", modifying have's object (or complement), is the verb
    /// and "have" its auxiliary.
    fn repair_perfect_read_as_possession(&mut self) {
        let n = self.head.len();
        for h in 0..n.saturating_sub(2) {
            let v = h + 1;
            if !matches!(self.tag[h], Tag::VBD | Tag::VBZ | Tag::VBP) || self.rel[h] == Rel::Aux || !self.lemma_in(h, &["have"]) {
                continue;
            }
            let noun = self.head[v];
            if !matches!(self.tag[v], Tag::VBN | Tag::VBD) || self.rel[v] != Rel::Amod || noun == NONE || (noun as usize) <= v || !(self.hangs(noun as usize, h, Rel::Obj) || self.hangs(noun as usize, h, Rel::Xcomp)) {
                continue;
            }
            let (head, rel) = (self.head[h], self.rel[h]);
            self.move_deps(0..n, h, v, |_| true);
            self.head[v] = head;
            self.rel[v] = rel;
            self.rehang(h, v, Rel::Aux);
            self.rehang(noun as usize, v, Rel::Obj);
        }
    }

    /// "Sudan's army chief, General …, has rejected repeated calls …" with
    /// the name the root and "has rejected" an `amod` of "calls": a
    /// participle with its own auxiliary is a finite verb, not a modifier.
    /// Under a nominal root without a copula it becomes the root, the old
    /// root its subject and the noun it modified its object.
    fn repair_auxiliated_modifier(&mut self) {
        let n = self.head.len();
        let Some(root) = self.noun_root_without_copula() else { return };
        let aux = |v: usize| (0..n).any(|a| self.hangs(a, v, Rel::Aux) && self.form_in(a, &["has", "have", "had"]));
        let Some(v) = (root + 1..n).find(|&v| self.rel[v] == Rel::Amod && matches!(self.tag[v], Tag::VBD | Tag::VBN) && aux(v)) else { return };
        let noun = self.head[v] as usize;
        if noun <= v || !self.tag[noun].is_noun() || self.dominates_index(noun, root) {
            return;
        }
        self.rehang(noun, v, Rel::Obj);
        self.promote_over_subject_root(root, v);
    }

    /// "said on Tuesday that Putin had spoken …" with "that" read as the
    /// relative-pronoun object of "spoken": a "that" before the subject of
    /// a complement clause is its complementizer.
    fn repair_that_read_as_pronoun(&mut self) {
        let n = self.head.len();
        for t in 0..n {
            let v = self.head[t];
            if v == NONE || !self.forms[t].eq_ignore_ascii_case("that") || !matches!(self.rel[t], Rel::Obj | Rel::Nsubj) || self.rel[v as usize] != Rel::Ccomp {
                continue;
            }
            let subject_after = (t + 1..v as usize).any(|i| self.head[i] == v && matches!(self.rel[i], Rel::Nsubj | Rel::NsubjPass));
            if subject_after {
                self.rel[t] = Rel::Mark;
                self.tag[t] = Tag::IN;
            }
        }
    }

    /// "Police detained him", "Police fired tear gas at the crowds" with
    /// "Police" read as an imperative (an auxiliary of the participle after
    /// it, or a copula of the noun that participle modifies): a capitalised
    /// first word tagged as a base verb right before a past form is that
    /// verb's subject, and the verb the finite main verb.
    fn repair_initial_noun_read_as_imperative(&mut self) {
        let n = self.head.len();
        let verb_like = ["be", "have", "get", "do", "stay", "keep", "remain", "feel", "look", "let", "see", "consider"];
        if n < 3 || self.tag[0] != Tag::VB || !matches!(self.tag[1], Tag::VBN | Tag::VBD) || !self.forms[0].starts_with(|c: char| c.is_ascii_uppercase()) || self.lemma_in(0, &verb_like) {
            return;
        }
        let h = self.head[0];
        match self.rel[0] {
            Rel::Aux | Rel::AuxPass if h == 1 => {}
            Rel::Cop if h != NONE && self.hangs(1, h, Rel::Amod) && self.head[h as usize] == NONE && (h as usize) > 1 => {
                let root = h as usize;
                self.move_deps(2..n, h, 1_u32, |rel| rel == Rel::Punct);
                self.make_root_over(root, 1, Rel::Obj);
            }
            _ => return,
        }
        self.rehang(0, 1_u32, Rel::Nsubj);
        self.tag[0] = Tag::NNS;
        self.past_participle_as_past(1);
    }

    /// "Acting Prime Minister X accused …" with "Acting" read as a gerund
    /// clause subject whose own subject is X: a capitalised first "Acting"
    /// is the title's modifier, and X the main verb's subject.
    fn repair_acting_title_read_as_gerund(&mut self) {
        let n = self.head.len();
        if n < 4 || self.forms[0] != "Acting" || self.rel[0] != Rel::Csubj || self.head[0] == NONE {
            return;
        }
        let verb = self.head[0];
        let Some(name) = (1..n).find(|&k| self.hangs(k, 0_u32, Rel::Nsubj) && self.is_proper(k)) else { return };
        for k in 1..n {
            if self.head[k] == 0 && k != name {
                self.head[k] = name as u32;
            }
        }
        self.rehang(name, verb, Rel::Nsubj);
        self.rehang(0, name, Rel::Amod);
        self.tag[0] = Tag::JJ;
    }

    /// "In Kabul, acting foreign minister Amir Khan Muttaqi summoned …"
    /// with "acting" a verb whose object is the title and the name its
    /// oblique: "acting" right before a title is the title's modifier, and
    /// the name after the title the subject of the verb "acting" hung on,
    /// when that verb has none.
    fn repair_acting_title_read_as_verb(&mut self) {
        let n = self.head.len();
        for a in 0..n.saturating_sub(2) {
            if !self.forms[a].eq_ignore_ascii_case("acting") {
                continue;
            }
            // ("On Sunday, acting foreign minister X called …" with "acting"
            // the root and "called" its modifier: the verb is the root.)
            if self.head[a] == NONE {
                let Some(c) = (a + 1..n).find(|&k| self.head[k] == a as u32 && self.tag[k].is_verb() && self.is_finite(k) && !self.has_subject(k)) else { continue };
                for k in 0..n {
                    if self.head[k] == a as u32 && k != c && !matches!(self.rel[k], Rel::Obj | Rel::Obl) {
                        self.head[k] = c as u32;
                    }
                }
                for k in 0..a {
                    if self.head[k] == a as u32 && self.rel[k] == Rel::Obl {
                        self.head[k] = c as u32;
                    }
                }
                self.rehang(c, NONE, Rel::Root);
                self.rehang(a, c, Rel::Advmod);
            }
            let v = self.head[a];
            if v == NONE || (v as usize) <= a || !self.tag[v as usize].is_verb() || self.has_subject(v as usize) {
                continue;
            }
            // The title: the object of "acting", its modifiers right after.
            let Some(title) = (a + 1..v as usize).find(|&k| self.hangs(k, a, Rel::Obj) && self.tag[k].is_noun()) else { continue };
            if !(a + 1..title).all(|k| self.head[k] == title as u32 && matches!(self.rel[k], Rel::Amod | Rel::Compound)) {
                continue;
            }
            let name = title + 1;
            if name >= v as usize || !self.is_proper(name) || self.head[name] != a as u32 || (name + 1..v as usize).any(|k| self.head[k] != name as u32) {
                continue;
            }
            self.rehang(name, v, Rel::Nsubj);
            self.rehang(title, name, Rel::NmodDesc);
            self.rehang(a, title, Rel::Amod);
            self.tag[a] = Tag::JJ;
        }
    }

    /// "spoke with House Speaker Mike Johnson" with "with" hung on the
    /// title: a preposition of a title that describes the name after it
    /// belongs to the name, which is then a prepositional phrase.
    fn repair_case_on_title_before_name(&mut self) {
        let n = self.head.len();
        for c in 0..n {
            let t = self.head[c];
            if t == NONE || self.rel[c] != Rel::Case || self.rel[t as usize] != Rel::NmodDesc {
                continue;
            }
            let name = self.head[t as usize];
            if name == NONE || (name as usize) <= (t as usize) || !self.is_proper(name as usize) || self.has_dependent(name as usize, Rel::Case) {
                continue;
            }
            self.head[c] = name;
            if self.rel[name as usize] == Rel::OblTmod {
                self.rel[name as usize] = Rel::Obl;
            }
        }
    }

    /// "called on both Ethiopia and Eritrea to respect …" with "on" a
    /// particle of "called", the names an oblique without a preposition
    /// and the infinitive an adverbial clause: after an appeal verb, a
    /// particle "on" right before a noun phrase that has no preposition of
    /// its own is that phrase's preposition, and a to-infinitive after the
    /// phrase, of the verb or of the phrase, is the verb's complement.
    fn repair_called_on_read_as_particle(&mut self) {
        let n = self.head.len();
        for on in 1..n.saturating_sub(1) {
            let v = self.head[on];
            if v == NONE || self.rel[on] != Rel::CompoundPrt || !(self.forms[on].eq_ignore_ascii_case("on") || self.forms[on].eq_ignore_ascii_case("upon")) {
                continue;
            }
            let v = v as usize;
            if v >= on || !self.lemma_in(v, &["call", "appeal", "prevail"]) || !self.tag[v].is_verb() {
                continue;
            }
            let Some(x) = (on + 1..n).find(|&k| self.head[k] == v as u32 && self.tag[k].is_nominal() && matches!(self.rel[k], Rel::Obl | Rel::Obj | Rel::OblTmod | Rel::OblNpmod)) else { continue };
            if self.first_of(x) != on + 1 || self.deps(x).any(|k| self.rel[k] == Rel::Case) {
                continue;
            }
            self.rehang(on, x, Rel::Case);
            self.rehang(x, v, Rel::Obl);
            if let Some(c) = (x + 1..n).find(|&k| (self.hangs(k, v, Rel::Advcl) || self.hangs(k, x, Rel::Acl)) && self.tag[k] == Tag::VB && self.is_to_infinitive(k)) {
                self.rehang(c, v, Rel::Xcomp);
            }
        }
    }

    /// "called on Pakistan to halt the deportations" with "on" the mark of
    /// "halt" and "Pakistan" its subject: after an appeal verb, "on" and
    /// the noun before a to-infinitive are the verb's "on" phrase, and the
    /// infinitive its complement (a "to" infinitive has no subject).
    fn repair_called_on_read_as_clause(&mut self) {
        let n = self.head.len();
        for on in 1..n {
            let c = self.head[on];
            if c == NONE || self.rel[on] != Rel::Mark || !(self.forms[on].eq_ignore_ascii_case("on") || self.forms[on].eq_ignore_ascii_case("upon")) {
                continue;
            }
            let cu = c as usize;
            let v = self.head[cu];
            if v == NONE || (v as usize) >= on || !self.lemma_in(v as usize, &["call", "appeal", "prevail"]) || !(v as usize + 1..on).all(|k| self.tag[k].is_adverb()) {
                continue;
            }
            if !self.is_to_infinitive(cu) {
                continue;
            }
            let Some(x) = (on + 1..cu).find(|&k| self.hangs(k, c, Rel::Nsubj) && self.tag[k].is_nominal()) else { continue };
            self.rehang(on, x, Rel::Case);
            self.rehang(x, v, Rel::Obl);
            self.rehang(cu, v, Rel::Xcomp);
        }
    }

    /// "summoned Afghanistan's charge d'affaires" with "charge" the subject
    /// of "d'affaires": a noun right before a noun argument that has no
    /// copula is no subject but a compound, and its possessor, determiner
    /// and modifiers are the phrase's. So is one separated from it only by
    /// the argument's own modifiers ("the United Nations human rights
    /// office said" with "Nations" the subject of "office").
    fn repair_noun_subject_of_noun(&mut self) {
        let n = self.head.len();
        for c in 0..n.saturating_sub(1) {
            let x = self.head[c];
            if x == NONE || x as usize <= c {
                continue;
            }
            let x = x as usize;
            let modifiers_between = (c + 1..x).all(|t| self.head[t] as usize > c && self.head[t] as usize <= x && matches!(self.rel[t], Rel::Amod | Rel::Compound));
            if !modifiers_between || self.rel[c] != Rel::Nsubj || !self.tag[c].is_noun() || !self.tag[x].is_noun() || self.has_dependent(x, Rel::Cop) {
                continue;
            }
            if self.head[x] == NONE || !matches!(self.rel[x], Rel::Obj | Rel::Obl | Rel::Nsubj | Rel::NsubjPass | Rel::Nmod | Rel::Iobj) {
                continue;
            }
            self.rel[c] = Rel::Compound;
            for k in 0..c {
                if self.head[k] == c as u32 && matches!(self.rel[k], Rel::NmodPoss | Rel::Det | Rel::Amod) {
                    self.head[k] = x as u32;
                }
            }
        }
    }

    /// "Pakistan's delegation used the meeting to urge the Taliban to act"
    /// with "to urge" a modifier of "meeting": what one uses a thing for is
    /// the user's purpose, a clause of "use".
    fn repair_purpose_infinitive_read_as_modifier_of_used(&mut self) {
        let n = self.head.len();
        for x in 0..n {
            let o = self.head[x];
            if o == NONE || self.rel[x] != Rel::Acl || self.tag[x] != Tag::VB || !self.is_to_infinitive(x) || self.rel[o as usize] != Rel::Obj {
                continue;
            }
            let v = self.head[o as usize];
            if v == NONE || !self.tag[v as usize].is_verb() || !self.lemma_in(v as usize, &["use"]) || self.has_dependent(v as usize, Rel::Advcl) && (0..n).any(|k| self.hangs(k, v, Rel::Advcl) && self.is_to_infinitive(k)) {
                continue;
            }
            self.rehang(x, v, Rel::Xcomp);
        }
    }

    /// "detained hundreds of Afghans in raids on their homes, according to
    /// rights groups" with "groups" a conjunct of the object: an "according
    /// to" phrase names a source of the report, a dependent of the verb
    /// above, never a conjunct of a noun.
    fn repair_according_to_read_as_conjunct(&mut self) {
        let n = self.head.len();
        // Cheap first: most sentences have no "according".
        if !self.forms.iter().any(|f| f.eq_ignore_ascii_case("according")) {
            return;
        }
        for x in 0..n {
            if self.head[x] == NONE || !self.tag[x].is_nominal() || !matches!(self.rel[x], Rel::Conj | Rel::Appos) {
                continue;
            }
            // (The case word may hang on a compound: "according to rights
            // groups" with "according" on "rights".)
            let own = |t: u32| t == x as u32 || t != NONE && self.head[t as usize] == x as u32 && matches!(self.rel[t as usize], Rel::Compound | Rel::Amod);
            if !(0..n).any(|c| self.forms[c].eq_ignore_ascii_case("according") && self.rel[c] == Rel::Case && own(self.head[c])) {
                continue;
            }
            let mut v = self.head[x];
            for _ in 0..n {
                if v == NONE || self.tag[v as usize].is_verb() {
                    break;
                }
                v = self.head[v as usize];
            }
            // (Of the whole clause: up through the verbs it coordinates or
            // that depend on it, "stormed …, killing … and taking 251
            // hostages, according to Israeli tallies".)
            for _ in 0..n {
                if v == NONE || !matches!(self.rel[v as usize], Rel::Conj | Rel::Advcl | Rel::Xcomp) || self.head[v as usize] == NONE || !self.tag[self.head[v as usize] as usize].is_verb() {
                    break;
                }
                v = self.head[v as usize];
            }
            if v != NONE {
                self.rehang(x, v, Rel::Obl);
            }
        }
    }

    /// "Iranian forces shot down a US drone" with "drone" a passive agent
    /// of "shot": an agent has its "by"; a bare noun after the verb is its
    /// object.
    fn repair_agent_without_by(&mut self) {
        for a in 0..self.head.len() {
            if self.rel[a] == Rel::OblAgent && self.head[a] != NONE && (self.head[a] as usize) < a && !self.has_case_word(a, &["by"]) {
                self.rel[a] = Rel::Obj;
            }
        }
    }

    /// "Pyongyang test-launched a missile" with "test" an `obl` (or the
    /// subject) of "launched" and "Pyongyang" hung on "test": the parts
    /// before the hyphens are the verb's own word (`compound`), and what
    /// the parser hung on them is the verb's, a nominal before them its
    /// subject.
    fn repair_hyphenated_verb(&mut self) {
        let n = self.head.len();
        for v in 0..n {
            if !self.tag[v].is_verb() {
                continue;
            }
            let start = self.hyphen_word_start(v);
            if start == v {
                continue;
            }
            let parts: Vec<usize> = (start..v).filter(|&i| self.forms[i] != "-").collect();
            // The verb hung inside its own word takes that word's place.
            let (mut head, mut rel) = (self.head[v], self.rel[v]);
            if parts.iter().any(|&p| head == p as u32) {
                let Some(top) = parts.iter().copied().find(|&q| self.head[q] == NONE || !(start..v).contains(&(self.head[q] as usize))) else { continue };
                (head, rel) = (self.head[top], if self.head[top] == NONE { Rel::Root } else { self.rel[top] });
            }
            // Only a clause's verb: "Iranian-backed militias" stays a modifier.
            if !matches!(rel, Rel::Root | Rel::Conj | Rel::Ccomp | Rel::Xcomp | Rel::Advcl | Rel::Parataxis) {
                continue;
            }
            (self.head[v], self.rel[v]) = (head, rel);
            let has_subject = self.has_subject(v);
            let mut subject_found = has_subject;
            for &p in &parts {
                for d in (0..n).rev() {
                    if self.head[d] == p as u32 && !(start..v).contains(&d) {
                        self.head[d] = v as u32;
                        if d < start && self.tag[d].is_noun() && !subject_found && matches!(self.rel[d], Rel::Compound | Rel::Nsubj | Rel::NsubjPass | Rel::Nmod | Rel::NmodPoss) {
                            self.rel[d] = Rel::Nsubj;
                            subject_found = true;
                        }
                    }
                }
                self.rehang(p, v, Rel::Compound);
            }
            for h in start..v {
                if self.forms[h] == "-" {
                    self.rehang(h, h + 1, Rel::Punct);
                }
            }
        }
    }

    /// "agreed to re-establish diplomatic relations" with "re-establish"
    /// tagged an adjective of "relations" and "to" its preposition: a
    /// "re-" word right after "to", modifying the noun that "to" opens on
    /// a verb, is that verb's infinitive complement with the noun its
    /// object.
    fn repair_re_verb_read_as_adjective(&mut self) {
        let n = self.head.len();
        for v in 1..n {
            let form = self.forms[v];
            if !matches!(self.tag[v], Tag::JJ | Tag::NN) || self.rel[v] != Rel::Amod || form.len() < 6 || !form.get(..3).is_some_and(|p| p.eq_ignore_ascii_case("re-")) {
                continue;
            }
            let to = v - 1;
            let noun = self.head[v];
            if noun == NONE || !self.forms[to].eq_ignore_ascii_case("to") || !self.hangs(to, noun, Rel::Case) {
                continue;
            }
            let nu = noun as usize;
            let g = self.head[nu];
            if g == NONE || !self.tag[g as usize].is_verb() || !matches!(self.rel[nu], Rel::Obl | Rel::Nmod) || (g as usize) > to {
                continue;
            }
            self.tag[v] = Tag::VB;
            self.rehang(v, g, Rel::Xcomp);
            self.tag[to] = Tag::TO;
            self.rehang(to, v, Rel::Mark);
            self.rehang(nu, v, Rel::Obj);
        }
    }

    /// "China fired a missile" with "China" a passive subject: a verb with
    /// no passive auxiliary and a direct object is active.
    fn repair_passive_subject_of_active_verb(&mut self) {
        let n = self.head.len();
        for s in 0..n {
            let v = self.head[s];
            if v == NONE || self.rel[s] != Rel::NsubjPass {
                continue;
            }
            let v = v as usize;
            // "said last week that M23 fighters had killed …" with "that"
            // a second subject: the complementiser before the subject.
            if self.forms[s].eq_ignore_ascii_case("that") && (s + 1..v).any(|i| self.hangs(i, v, Rel::NsubjPass) && self.tag[i].is_nominal()) {
                self.rel[s] = Rel::Mark;
                continue;
            }
            // A participle with no auxiliary at all is a past tense, and
            // one with only a finite "have" ("had killed 140 civilians") a
            // perfect (not "to have signed", "having inspected").
            let bare_participle = self.tag[v] == Tag::VBN && !self.has_dependent(v, Rel::Aux);
            let perfect = self.tag[v] == Tag::VBN && (0..n).any(|a| self.hangs(a, v, Rel::Aux) && self.lemmas[a] == "have" && matches!(self.tag[a], Tag::VBD | Tag::VBZ | Tag::VBP)) && !(0..n).any(|a| self.hangs(a, v, Rel::Aux) && self.lemmas[a] == "be");
            if (self.tag[v] == Tag::VBD || bare_participle || perfect) && self.has_dependent(v, Rel::Obj) && !self.has_dependent(v, Rel::AuxPass) {
                self.rel[s] = Rel::Nsubj;
                self.tag[v] = Tag::VBD;
            }
        }
    }

    /// "designated the group a terrorist organisation", "called the raid an
    /// authoritarian act": the second noun phrase read as a second `obj` or
    /// an apposition of the object. After a verb that names its object
    /// something, an indefinite noun phrase right after the object is
    /// what it is named (`xcomp`).
    fn repair_object_predicate(&mut self) {
        const NAMING: [&str; 15] = ["call", "name", "designate", "declare", "label", "brand", "dub", "term", "deem", "consider", "list", "proclaim", "appoint", "elect", "make"];
        let n = self.head.len();
        for v in 0..n {
            if !self.tag[v].is_verb() || !self.lemma_in(v, &NAMING) {
                continue;
            }
            let Some(object) = (v + 1..n).find(|&i| self.hangs(i, v, Rel::Obj)) else { continue };
            // "called the gunmen terrorists" with "gunmen" a compound of
            // "terrorists": two plural common nouns in a row are the object
            // and what it is named.
            let named = object.checked_sub(1).filter(|&c| self.hangs(c, object, Rel::Compound) && self.tag[c] == Tag::NNS && self.tag[object] == Tag::NNS && !self.deps(c).any(|k| !matches!(self.rel[k], Rel::Det | Rel::Amod)));
            if let Some(c) = named {
                self.move_deps(0..c, object, c, |_| true);
                self.rehang(c, v, Rel::Obj);
                self.rel[object] = Rel::Xcomp;
                continue;
            }
            let article_of = |x: usize| (0..n).find(|&d| self.hangs(d, x, Rel::Det) && (self.forms[d].eq_ignore_ascii_case("a") || self.forms[d].eq_ignore_ascii_case("an")));
            let indefinite = |x: usize| article_of(x).is_some();
            // "called the condemnation \"hysteria\"": a quoted phrase right
            // after the object is a name given, with or without an article.
            let quoted = |x: usize| {
                let first = self.first_of(x);
                ["\"", "“", "``"].iter().any(|q| self.forms[first] == *q || (first > 0 && self.forms[first - 1] == *q))
            };
            let predicate = (object + 1..n).find(|&i| {
                // ("the raid" tagged a verb may take the phrase as its own object.)
                // ("called the attack a war crime" may hang the phrase on the
                // object as a modifier with no preposition.)
                let caseless_modifier = self.rel[i] == Rel::Nmod && !self.deps(i).any(|k| self.rel[k] == Rel::Case);
                (self.hangs(i, v, Rel::Obj) || (self.head[i] == object as u32 && (self.rel[i] == Rel::Appos || caseless_modifier || (self.rel[i] == Rel::Obj && self.tag[object].is_verb())))) && (indefinite(i) || (self.tag[i].is_noun() && quoted(i)))
            });
            // "designated Hamas a terrorist group" with "Hamas" a compound
            // of "group": a name before the article is the object itself.
            let article = article_of(object).filter(|&d| d < object);
            if let Some(a) = article {
                let names: Vec<usize> = (v + 1..a).filter(|&c| self.hangs(c, object, Rel::Compound) && self.is_proper(c)).collect();
                if names.last() == Some(&(a - 1)) && (v + 1..a).all(|c| names.iter().any(|&m| self.dominates_index(m, c))) {
                    let name = a - 1;
                    for &c in &names[..names.len() - 1] {
                        self.head[c] = name as u32;
                    }
                    self.rehang(name, v, Rel::Obj);
                    self.rel[object] = Rel::Xcomp;
                    continue;
                }
            }
            // "called the rebel negotiators "terrorists"": a quoted noun
            // hung on the object as a conjunct with no "and" is what the
            // object is called.
            let quoted = (object + 1..n).find(|&i| {
                self.head[i] == object as u32 && matches!(self.rel[i], Rel::Conj | Rel::Appos) && self.tag[i].is_noun() && matches!(self.forms[i - 1], "\"" | "“" | "``" | "'") && !self.has_dependent(i, Rel::Cc)
            });
            if let Some(p) = predicate.or(quoted) {
                self.rehang(p, v, Rel::Xcomp);
                if !self.tag[object].is_noun() && self.tag[object].is_verb() {
                    // "the raid" tagged a verb.
                    self.tag[object] = Tag::NN;
                }
                continue;
            }
            // "called the sanctions illegal": an adjective after the object
            // noun (English puts its modifiers before) is what the object is
            // called.
            if let Some(a) = (object + 1..n).find(|&i| self.hangs(i, object, Rel::Amod) && self.tag[i].is_adjective()) {
                self.rehang(a, v, Rel::Xcomp);
                continue;
            }
            // "called the missile launch an outrageous act" with "launch" a
            // bare verb complement whose object is the indefinite phrase:
            // the word right after the object noun, with no "to", is the
            // object's head noun and the phrase is what it is called.
            let x = object + 1;
            if x < n && self.hangs(x, v, Rel::Xcomp) && matches!(self.tag[x], Tag::VB | Tag::VBP | Tag::VBZ) && !self.has_dependent(x, Rel::Mark) {
                if let Some(p) = (x + 1..n).find(|&i| self.hangs(i, x, Rel::Obj) && indefinite(i)) {
                    self.move_deps(0..object, object, x, |_| true);
                    self.rehang(object, x, Rel::Compound);
                    self.rel[x] = Rel::Obj;
                    self.tag[x] = Tag::NN;
                    self.rehang(p, v, Rel::Xcomp);
                }
            }
        }
    }

    /// "Putin had spoken by phone with Erdogan" with "by phone" read as a
    /// passive agent and "with Erdogan" hung on "phone": a verb with an
    /// active subject has no `by`-agent, so the phrase is an oblique; and
    /// the partner of a call ("with", "to") belongs to the verb.
    fn repair_agent_of_active_verb(&mut self) {
        let n = self.head.len();
        for a in 0..n {
            let v = self.head[a];
            if v == NONE || self.rel[a] != Rel::OblAgent || !self.tag[v as usize].is_verb() {
                continue;
            }
            let vu = v as usize;
            if !self.has_dependent(vu, Rel::Nsubj) || self.has_dependent(vu, Rel::AuxPass) || self.has_dependent(vu, Rel::NsubjPass) {
                continue;
            }
            self.rel[a] = Rel::Obl;
            if !self.lemma_in(a, &["phone", "telephone", "video", "videoconference", "video-link", "link"]) {
                continue;
            }
            for k in 0..n {
                if self.hangs(k, a, Rel::Nmod) && self.has_case_word(k, &["with", "to"]) {
                    self.rehang(k, v, Rel::Obl);
                }
            }
        }
    }

    /// "Jordan's King Abdullah II criticised …" with "Abdullah" a `conj` of
    /// "Jordan": a nominal carrying a possessive 's is the possessor of the
    /// noun phrase after it, never its coordinate — and a conjunct with no
    /// coordinator or comma before it is no conjunct. The phrase takes the
    /// possessor's place in the clause; the possessor becomes its
    /// `nmod:poss`.
    fn repair_possessor_read_as_conjunct(&mut self) {
        let n = self.head.len();
        for p in 1..n {
            if self.tag[p] != Tag::POS || self.head[p] == NONE {
                continue;
            }
            let x = self.head[p] as usize;
            if x >= p || !self.tag[x].is_nominal() {
                continue;
            }
            let Some(y) = (p + 1..n).find(|&y| self.hangs(y, x, Rel::Conj) && self.tag[y].is_nominal()) else { continue };
            let separated = (x + 1..y).any(|i| matches!(self.rel[i], Rel::Cc | Rel::Punct) && self.head[i] == y as u32);
            if separated {
                continue;
            }
            self.rehang(y, self.head[x], self.rel[x]);
            self.rehang(x, y, Rel::NmodPoss);
        }
    }

    /// "in July last year the separatists ambushed a convoy" with "the
    /// separatists" the object of "year": a time noun takes no object, so
    /// the noun is the subject of the verb the time phrase hangs on, when
    /// that verb comes after it and has no subject.
    fn repair_subject_read_as_object_of_a_time_noun(&mut self) {
        let n = self.head.len();
        for x in 0..n {
            let t = self.head[x];
            if t == NONE || self.rel[x] != Rel::Obj || !self.tag[x].is_noun() {
                continue;
            }
            let t = t as usize;
            let v = self.head[t];
            if t > x || v == NONE || (v as usize) < x || !self.tag[t].is_noun() || !self.is_time_word(t) {
                continue;
            }
            let v = v as usize;
            if !matches!(self.tag[v], Tag::VBD | Tag::VBZ | Tag::VBP) || self.deps(v).any(|k| matches!(self.rel[k], Rel::Nsubj | Rel::NsubjPass)) {
                continue;
            }
            self.rehang(x, v, Rel::Nsubj);
        }
    }

    /// "Mali accused Ukraine of helping the rebels and cut ties with Kyiv"
    /// with "cut" (read as a base form) a conjunct of "helping": a gerund
    /// after a preposition coordinates only with another gerund, so a
    /// bare verb with no "to" or auxiliary of its own after it continues
    /// the finite past-tense verb the gerund depends on.
    fn repair_base_verb_conjunct_of_a_prepositional_gerund(&mut self) {
        let n = self.head.len();
        for y in 0..n {
            let g = self.head[y];
            if g == NONE || self.rel[y] != Rel::Conj || self.tag[y] != Tag::VB {
                continue;
            }
            let g = g as usize;
            let v = self.head[g];
            if self.tag[g] != Tag::VBG || v == NONE || self.tag[v as usize] != Tag::VBD || !matches!(self.rel[g], Rel::Advcl | Rel::Acl | Rel::Nmod | Rel::Obl) || g > y {
                continue;
            }
            let prepositional = self.deps(g).any(|k| k < g && matches!(self.rel[k], Rel::Mark | Rel::Case) && self.lemma_in(k, &["of", "for", "by", "after", "before", "without", "over", "in"]));
            let own_verb_words = self.deps(y).any(|k| k < y && matches!(self.rel[k], Rel::Mark | Rel::Aux | Rel::AuxPass | Rel::Nsubj));
            if prepositional && !own_verb_words {
                self.rehang(y, v, Rel::Conj);
            }
        }
    }

    /// "sanctioned seven companies based in the United Arab Emirates" with
    /// "based in" read as one preposition and the place hung on the verb:
    /// the participle describes the noun before it, and the place is where
    /// that noun is based.
    fn repair_based_in_read_as_preposition(&mut self) {
        let n = self.head.len();
        for b in 1..n.saturating_sub(1) {
            if self.forms[b] != "based" || self.rel[b] != Rel::Case || !self.tag[b - 1].is_noun() {
                continue;
            }
            let place = self.head[b];
            if place == NONE || (place as usize) <= b || !matches!(self.rel[place as usize], Rel::Obl | Rel::Nmod) {
                continue;
            }
            let place = place as usize;
            let noun = b - 1;
            if self.head[noun] == NONE || (self.head[noun] as usize) == place {
                continue;
            }
            self.rehang(b, noun, Rel::Acl);
            self.tag[b] = Tag::VBN;
            self.rehang(place, b, Rel::Obl);
        }
    }

    /// "signed separate agreements on critical minerals with Congo" with
    /// "with Congo" hung on "minerals": a name with "with" after a topic
    /// phrase ("on", "over", "about" a noun that hangs on a noun) is the
    /// partner of the noun the topic belongs to, the agreement or talks.
    fn repair_with_phrase_hung_on_a_topic(&mut self) {
        let n = self.head.len();
        for x in 0..n {
            let t = self.head[x];
            if t == NONE || self.rel[x] != Rel::Nmod || !matches!(self.tag[x], Tag::NNP | Tag::NNPS) {
                continue;
            }
            let t = t as usize;
            let o = self.head[t];
            if o == NONE || self.rel[t] != Rel::Nmod || !self.tag[o as usize].is_noun() || t > x || (o as usize) > t {
                continue;
            }
            let with = self.deps(x).any(|k| k < x && self.rel[k] == Rel::Case && self.lemma_in(k, &["with"]));
            let topic = self.deps(t).any(|k| k < t && self.rel[k] == Rel::Case && self.lemma_in(k, &["on", "over", "about"]));
            if with && topic {
                self.rehang(x, o, Rel::Nmod);
            }
        }
    }

    /// "spoke with Cho last week and with Kamikawa on Monday" with
    /// "Kamikawa" a conjunct of the verb: a noun conjunct with a
    /// preposition of its own coordinates with the verb's earlier phrase
    /// of the same preposition.
    fn repair_prepositional_conjunct_hung_on_the_verb(&mut self) {
        let n = self.head.len();
        for y in 1..n {
            let v = self.head[y];
            if v == NONE || self.rel[y] != Rel::Conj || !self.tag[y].is_noun() || !self.tag[v as usize].is_verb() || (v as usize) > y {
                continue;
            }
            let Some(c) = self.deps(y).find(|&k| self.rel[k] == Rel::Case && k < y) else { continue };
            let first = self.deps(v as usize).find(|&o| o < y && matches!(self.rel[o], Rel::Obl | Rel::Nmod) && self.deps(o).any(|k| self.rel[k] == Rel::Case && self.forms[k].eq_ignore_ascii_case(self.forms[c])));
            // (Its coordinator, its own dependent, goes with it.)
            if let Some(o) = first {
                self.rehang(y, o, Rel::Conj);
            }
        }
    }

    /// "Pakistan and Afghanistan's Taliban government agreed …" with
    /// "Pakistan" a compound of "government" and "Afghanistan" its
    /// conjunct: two names do not share one singular thing, so the
    /// possessive is the second name's alone and the first name is the
    /// possessed noun's conjunct, in its place in the clause.
    fn repair_conjunct_read_as_co_possessor_of_a_singular(&mut self) {
        let n = self.head.len();
        for p in 2..n {
            if self.tag[p] != Tag::POS || self.head[p] != (p - 1) as u32 {
                continue;
            }
            let b = p - 1;
            let a = self.head[b];
            if a == NONE || self.rel[b] != Rel::Conj || (a as usize) >= b || self.tag[a as usize] != Tag::NNP {
                continue;
            }
            let a = a as usize;
            let h = self.head[a];
            if h == NONE || (h as usize) <= p || self.tag[h as usize] != Tag::NN || !matches!(self.rel[a], Rel::Compound | Rel::NmodPoss) {
                continue;
            }
            let h = h as usize;
            let (clause_head, clause_rel) = (self.head[h], self.rel[h]);
            self.rehang(a, clause_head, clause_rel);
            self.rehang(h, a, Rel::Conj);
            self.rehang(b, h, Rel::NmodPoss);
            for i in a + 1..b {
                if self.rel[i] == Rel::Cc && self.head[i] == b as u32 {
                    self.head[i] = h as u32;
                }
            }
            // The words between the possessive and the noun are its own.
            for i in p + 1..h {
                if matches!(self.head[i] as usize, x if x == a || x == b) {
                    self.rehang(i, h, Rel::Compound);
                }
            }
        }
    }

    /// "Ethiopian Prime Minister Abiy Ahmed and Somaliland's leader Muse
    /// Bihi Abdi signed …" read as "[Abiy and Somaliland]'s leader": a
    /// titled person does not share a possessor's "'s" with a conjunct
    /// after him, so the possessive is the conjunct's alone and its noun
    /// is the person's conjunct.
    fn repair_titled_person_read_as_co_possessor(&mut self) {
        let n = self.head.len();
        for p in 2..n {
            if self.tag[p] != Tag::POS || self.head[p] == NONE {
                continue;
            }
            let x = self.head[p] as usize;
            let noun = self.head[x];
            if x >= p || noun == NONE || self.rel[x] != Rel::NmodPoss || !self.is_proper(x) || !self.has_dependent(x, Rel::NmodDesc) {
                continue;
            }
            let nu = noun as usize;
            if nu < p || !self.tag[nu].is_noun() || self.head[nu] == NONE {
                continue;
            }
            // The conjunct ends right before the "'s" ("Somaliland's").
            let Some(y) = (x + 1..p).find(|&y| self.hangs(y, x, Rel::Conj) && self.is_proper(y) && (y + 1..p).all(|i| self.hangs(i, y, Rel::Flat))) else { continue };
            let Some(cc) = (x + 1..y).find(|&c| matches!(self.rel[c], Rel::Cc) && (self.head[c] == y as u32 || self.head[c] == x as u32)) else { continue };
            // The noun may be the title of the second name ("Kenya's
            // leader William Ruto" with "leader" on "William"): the
            // conjunct is then the name.
            let named = self.rel[nu] == Rel::NmodDesc && self.is_proper(self.head[nu] as usize) && (self.head[nu] as usize) > nu;
            let second = if named { self.head[nu] as usize } else { nu };
            if self.head[second] == NONE {
                continue;
            }
            let (g, r) = (self.head[second], self.rel[second]);
            for d in 0..x {
                if self.head[d] == noun {
                    self.head[d] = x as u32;
                }
            }
            self.rehang(x, g, r);
            self.rehang(second, x, Rel::Conj);
            self.rehang(cc, second, Rel::Cc);
            self.rehang(y, nu, Rel::NmodPoss);
            self.rehang(p, y, Rel::Case);
        }
    }

    /// "welcomed the Romanian authorities' efforts" with the apostrophe a
    /// closing quote and "authorities" and "efforts" two objects: a lone
    /// apostrophe after a plural noun in -s and before a noun, with no
    /// quote opened before it, is the possessive; the phrase after it takes
    /// the possessor's place in the clause.
    fn repair_plural_possessive_read_as_quote(&mut self) {
        let n = self.head.len();
        for a in 1..n.saturating_sub(1) {
            let x = a - 1;
            let plural_s = matches!(self.tag[x], Tag::NNS | Tag::NNPS) && self.forms[x].ends_with('s');
            if !matches!(self.forms[a], "'" | "\u{2019}") || self.tag[a] == Tag::POS || !plural_s || !self.tag[a + 1].is_noun() {
                continue;
            }
            if (0..x).any(|i| matches!(self.forms[i], "'" | "\u{2018}" | "\u{2019}" | "`")) {
                continue;
            }
            let y = self.phrase_top(a + 1, n);
            let hy = self.head[y];
            if y == x || (hy != NONE && hy as usize != x && self.dominates_index(x, hy as usize)) {
                continue;
            }
            if self.head[y] as usize == x || self.head[y] == self.head[x] {
                // "y" hangs on the possessor or beside it: it takes the
                // possessor's place.
                self.rehang(y, self.head[x], self.rel[x]);
            }
            self.rehang(x, y, Rel::NmodPoss);
            self.rehang(a, x, Rel::Case);
            self.tag[a] = Tag::POS;
        }
    }

    /// The top of the phrase that starts at `from`: climbs from `from` by
    /// heads while they stay inside `from..limit`.
    fn phrase_top(&self, from: usize, limit: usize) -> usize {
        let mut x = from;
        for _ in 0..self.head.len() {
            let h = self.head[x];
            if h == NONE || (h as usize) < from || (h as usize) >= limit {
                break;
            }
            x = h as usize;
        }
        x
    }

    /// The top of the phrase that ends at `at`: climbs by heads while they
    /// stay before `limit`.
    fn phrase_top_before(&self, at: usize, limit: usize) -> usize {
        let mut x = at;
        for _ in 0..self.head.len() {
            let h = self.head[x];
            if h == NONE || (h as usize) >= limit {
                break;
            }
            x = h as usize;
        }
        x
    }

    /// A determiner, adjective, number, compound or case word needs a
    /// nominal head; the parser sometimes hangs one on the verb ("the head
    /// of [the] Russian … Committee … reiterated" with "the" a `det` of the
    /// verb). It belongs to the noun phrase that follows it: to the top of
    /// the phrase starting right after it, when that is a nominal.
    fn repair_nominal_dependents_of_verbs(&mut self) {
        let n = self.head.len();
        // Right to left: "the Egyptian envoy" with both words on the verb.
        for d in (0..n.saturating_sub(1)).rev() {
            let v = self.head[d];
            if v == NONE || !matches!(self.rel[d], Rel::Det | Rel::Amod | Rel::Nummod | Rel::Compound | Rel::Case | Rel::NmodPoss) || !self.tag[v as usize].is_verb() || self.tag[d] == Tag::POS {
                continue;
            }
            // "Iran's foreign ministry condemned …" with "Iran" on the verb:
            // the phrase starts after the possessive 's.
            let start = if self.rel[d] == Rel::NmodPoss { if d + 1 < n && self.tag[d + 1] == Tag::POS { d + 2 } else { continue } } else { d + 1 };
            let limit = if (v as usize) > d { v as usize } else { n };
            if start >= limit {
                continue;
            }
            let top = self.phrase_top(start, limit);
            if self.tag[top].is_nominal() && self.head[top] != NONE {
                self.head[d] = top as u32;
            }
        }
        // "Chinese Foreign Minister Wang Yi cancelled …" with "Chinese" an
        // adverb or open complement of the verb: an adjective right before
        // the verb's subject phrase modifies that subject.
        for d in 0..n.saturating_sub(1) {
            let v = self.head[d];
            if v == NONE || (v as usize) <= d + 1 || !matches!(self.rel[d], Rel::Advmod | Rel::Xcomp) || !self.tag[d].is_adjective() || !self.tag[v as usize].is_verb() || !self.tag[d + 1].is_nominal() {
                continue;
            }
            let top = self.phrase_top(d + 1, v as usize);
            if self.head[top] == v && matches!(self.rel[top], Rel::Nsubj | Rel::NsubjPass) {
                self.rehang(d, top, Rel::Amod);
            }
        }
    }

    /// "The head of the … Committee Leonid Slutsky reiterated …": a
    /// preposition between a nominal and a following noun phrase, read as
    /// the `mark` of a later verb with no clause of its own in between, is
    /// the `case` of that noun phrase, which modifies the nominal before.
    fn repair_preposition_read_as_mark(&mut self) {
        let n = self.head.len();
        for a in 1..n.saturating_sub(1) {
            let v = self.head[a];
            if v == NONE || self.rel[a] != Rel::Mark || self.tag[a] != Tag::IN || (v as usize) <= a + 1 || !self.tag[v as usize].is_verb() {
                continue;
            }
            let vu = v as usize;
            if !self.tag[a - 1].is_nominal() || (a + 1..vu).any(|i| self.tag[i].is_verb() || self.forms[i] == ",") {
                continue;
            }
            let object = self.phrase_top(a + 1, vu);
            if !self.tag[object].is_nominal() || self.head[object] != v {
                continue;
            }
            let noun = self.phrase_top_before(a - 1, a);
            // The nominal before is the verb's own dependent (its subject):
            // else the words after the preposition may be the verb's
            // clause ("left the city after the attack began"), and a time
            // before it is no subject ("two months after Israel attacked
            // Rafah").
            if noun == object || self.head[noun] != v || !matches!(self.rel[noun], Rel::Nsubj | Rel::NsubjPass) {
                continue;
            }
            self.rehang(a, object, Rel::Case);
            self.rehang(object, noun, Rel::Nmod);
        }
    }

    /// "Zelensky said Russia must give explanations" with "Russia" a second
    /// subject of "said": a subject after a speech verb that has one
    /// already, right before the verb's subjectless complement (only the
    /// complement's own auxiliaries and adverbs between), is the
    /// complement's subject.
    fn repair_complement_subject_on_speech_verb(&mut self) {
        let n = self.head.len();
        for s in 1..n {
            let v = self.head[s];
            if v == NONE || self.rel[s] != Rel::Nsubj || (v as usize) >= s || !self.tag[s].is_nominal() || !is_speech_act(self.lemmas[v as usize]) {
                continue;
            }
            let vu = v as usize;
            if !(0..vu).any(|i| self.hangs(i, v, Rel::Nsubj)) {
                continue;
            }
            let Some(c) = (s + 1..n).find(|&i| self.hangs(i, v, Rel::Ccomp)) else { continue };
            if self.has_subject(c) {
                continue;
            }
            if (s + 1..c).all(|i| self.dominates_index(s, i) || (self.head[i] == c as u32 && matches!(self.rel[i], Rel::Aux | Rel::Advmod))) {
                self.head[s] = c as u32;
            }
        }
    }

    /// "Macron has said the agreement is "not acceptable"" with "agreement"
    /// the object of "said" (the quote cuts the clause): a noun object of a
    /// speech verb right before the verb's subjectless copular complement
    /// (only the complement's copula, auxiliaries, adverbs and quotes
    /// between) is the complement's subject.
    fn repair_complement_subject_read_as_speech_object(&mut self) {
        let n = self.head.len();
        for s in 1..n {
            let v = self.head[s];
            if v == NONE || self.rel[s] != Rel::Obj || (v as usize) >= s || !self.tag[s].is_noun() || !is_speech_act(self.lemmas[v as usize]) {
                continue;
            }
            let Some(c) = (s + 1..n).find(|&i| self.hangs(i, v, Rel::Ccomp)) else { continue };
            if self.has_subject(c) || !self.deps(c).any(|i| self.rel[i] == Rel::Cop) {
                continue;
            }
            // ("said his remarks were an unacceptable interference": the
            // predicate noun's own article and adjectives too.)
            if (s + 1..c).all(|i| self.dominates_index(s, i) || (self.head[i] == c as u32 && matches!(self.rel[i], Rel::Cop | Rel::Aux | Rel::Advmod | Rel::Punct | Rel::Det | Rel::Amod))) {
                self.head[s] = c as u32;
                self.rel[s] = Rel::Nsubj;
            }
        }
    }

    /// "The task force said a Chinese coast guard ship blasted the boat"
    /// with "ship" the object of "said" and "blasted" its subjectless
    /// complement: a noun object of a verb that reports without an
    /// addressee ("say", "claim", "report" …; not "tell" or "warn", whose
    /// object is the one spoken to), right before the verb's subjectless
    /// finite complement, is that complement's subject.
    fn repair_reported_subject_read_as_speech_object(&mut self) {
        const REPORTING: [&str; 11] = ["say", "claim", "report", "state", "add", "allege", "insist", "announce", "argue", "confirm", "believe"];
        let n = self.head.len();
        for s in 1..n {
            let v = self.head[s];
            if v == NONE || self.rel[s] != Rel::Obj || (v as usize) >= s || !self.tag[s].is_noun() || !self.lemma_in(v as usize, &REPORTING) {
                continue;
            }
            let mut c = (s..n).filter(|&i| self.dominates_index(s, i)).max().unwrap_or(s) + 1;
            // "said shells fired from Congo had killed …": the
            // complement's auxiliaries (and adverbs) may come first.
            while c < n && matches!(self.rel[c], Rel::Aux | Rel::AuxPass | Rel::Advmod) && (self.head[c] as usize) > c && self.head[c] != NONE && self.hangs(self.head[c] as usize, v as usize, Rel::Ccomp) {
                c = self.head[c] as usize;
            }
            if c >= n || !self.hangs(c, v as usize, Rel::Ccomp) || !(self.is_finite(c) || self.has_finite_aux(c)) || self.has_subject(c) {
                continue;
            }
            // ("said the arrest of the mayor was politically motivated":
            // a passive clause's subject is its passive subject.)
            let passive = self.deps(c).any(|a| self.rel[a] == Rel::AuxPass);
            self.rehang(s, c, if passive { Rel::NsubjPass } else { Rel::Nsubj });
        }
    }

    /// "The ministers issued a joint statement that condemned the launch
    /// and called on Pyongyang to halt its provocations": what a statement
    /// issued by someone does in its relative clause (with "that" or
    /// "which" its subject) is what its issuers do, so the clause is
    /// coordinated with the issuing verb and takes its subject.
    fn repair_statement_relative_as_the_issuers_act(&mut self) {
        const ISSUE: [&str; 6] = ["issue", "release", "publish", "adopt", "sign", "put_out"];
        const STATEMENT: [&str; 6] = ["statement", "declaration", "communique", "communiqué", "letter", "note"];
        let n = self.head.len();
        for r in 1..n {
            let o = self.head[r];
            if o == NONE || self.rel[r] != Rel::AclRelcl || !self.tag[r].is_verb() || (o as usize) > r {
                continue;
            }
            let o = o as usize;
            let v = self.head[o];
            if v == NONE || self.rel[o] != Rel::Obj || !self.lemma_in(o, &STATEMENT) || !self.lemma_in(v as usize, &ISSUE) || !self.has_subject(v as usize) {
                continue;
            }
            let Some(w) = (o + 1..r).find(|&w| self.hangs(w, r, Rel::Nsubj) && self.form_in(w, &["that", "which"])) else { continue };
            self.rehang(w, r, Rel::Mark);
            self.tag[w] = Tag::IN;
            self.rehang(r, v as usize, Rel::Conj);
        }
    }

    /// "criticised China's increasingly dangerous and unlawful actions"
    /// with "dangerous" (carrying the possessor and an adverb) a clausal
    /// complement of the verb and "actions" hung on it: an adjective with
    /// a possessor, followed (after its own conjuncts) by a noun hung on
    /// it without a preposition, modifies that noun, which is the verb's
    /// object and takes the possessor.
    fn repair_possessed_adjective_phrase_read_as_complement(&mut self) {
        let n = self.head.len();
        for x in 1..n {
            let v = self.head[x];
            if v == NONE || self.tag[x] != Tag::JJ || !matches!(self.rel[x], Rel::Ccomp | Rel::Xcomp) || !self.tag[v as usize].is_verb() || (v as usize) > x {
                continue;
            }
            let v = v as usize;
            let Some(p) = (v + 1..x).find(|&p| self.hangs(p, x, Rel::NmodPoss)) else { continue };
            let Some(noun) = (x + 1..n).find(|&i| self.head[i] == x as u32 && self.tag[i].is_noun() && matches!(self.rel[i], Rel::Obl | Rel::Obj | Rel::Nmod | Rel::Nsubj | Rel::Parataxis)) else { continue };
            if self.deps(noun).any(|c| self.rel[c] == Rel::Case) || self.deps(v).any(|o| self.rel[o] == Rel::Obj) {
                continue;
            }
            if !(x + 1..noun).all(|i| self.dominates_index(x, i) && !self.tag[i].is_verb()) {
                continue;
            }
            self.rehang(noun, v, Rel::Obj);
            self.rehang(x, noun, Rel::Amod);
            self.rehang(p, noun, Rel::NmodPoss);
        }
    }

    /// "Israeli air strikes killed 70 people across Gaza, the civil defence
    /// agency said" with "strikes" a first subject of "said" and "killed"
    /// its reduced relative clause: a speech verb with two subjects, the
    /// second after a comma, whose first carries a bare past form with
    /// dependents of its own and no passive agent, reports that form's
    /// clause. The first subject becomes the clause's, and a bare noun
    /// after the verb that names no time its object.
    fn repair_reported_clause_read_as_relative(&mut self) {
        let n = self.head.len();
        for v in 1..n {
            if !self.tag[v].is_verb() || !is_speech_act(self.lemmas[v]) {
                continue;
            }
            let subjects: Vec<usize> = (0..v).filter(|&i| self.hangs(i, v, Rel::Nsubj)).collect();
            let [f, s] = subjects[..] else { continue };
            let Some(a) = (f + 1..s).find(|&i| self.hangs(i, f, Rel::Acl) && matches!(self.tag[i], Tag::VBN | Tag::VBD)) else { continue };
            let comma = (a + 1..s).any(|i| self.forms[i] == "," && self.dominates_index(v, i) && !self.dominates_index(a, i));
            let kids: Vec<usize> = self.deps(a).collect();
            let own = kids.iter().any(|&i| i > a && matches!(self.rel[i], Rel::Obj | Rel::Obl | Rel::OblTmod));
            let passive = kids.iter().any(|&i| matches!(self.rel[i], Rel::OblAgent | Rel::Aux | Rel::AuxPass));
            if !comma || !own || passive || (a + 1..s).any(|i| self.rel[i] == Rel::Mark) {
                continue;
            }
            self.rehang(a, v, Rel::Ccomp);
            self.tag[a] = Tag::VBD;
            self.head[f] = a as u32;
            if !kids.iter().any(|&i| self.rel[i] == Rel::Obj) {
                if let Some(&o) = kids.iter().find(|&&i| i > a && self.rel[i] == Rel::OblTmod && self.tag[i].is_noun() && !super::matcher::is_time_noun(self.lemmas[i])) {
                    self.rel[o] = Rel::Obj;
                }
            }
        }
    }

    /// "The rebels said on Monday that they had taken the town" with the
    /// "that" clause read as a relative clause of "Monday": a clause whose
    /// "that" is its complementiser (`mark`, not a relative pronoun), hung
    /// on a weekday, month or other time noun that dates a verb of speech,
    /// is what was said: the speech verb's complement.
    fn repair_reported_clause_hung_on_a_date(&mut self) {
        let n = self.head.len();
        for c in 1..n {
            let d = self.head[c];
            if d == NONE || !matches!(self.rel[c], Rel::AclRelcl | Rel::Acl) || (d as usize) >= c {
                continue;
            }
            let d = d as usize;
            // ("said shortly before midnight that …": the time phrase, with
            // its preposition, taken for the reported clause itself.)
            let as_clause = self.rel[d] == Rel::Ccomp && self.deps(d).any(|k| self.rel[k] == Rel::Case && k < d);
            if !self.is_time_word(d) || !(as_clause || matches!(self.rel[d], Rel::Obl | Rel::OblTmod | Rel::OblNpmod)) {
                continue;
            }
            let v = self.head[d];
            if v == NONE || !self.tag[v as usize].is_verb() || !is_speech_act(self.lemmas[v as usize]) {
                continue;
            }
            let that = (d + 1..c).find(|&i| self.hangs(i, c, Rel::Mark) && self.forms[i].eq_ignore_ascii_case("that"));
            if that.is_none() || self.deps(v as usize).any(|k| k != d && matches!(self.rel[k], Rel::Ccomp)) {
                continue;
            }
            if as_clause {
                self.rehang(d, v as usize, Rel::Obl);
            }
            self.rehang(c, v, Rel::Ccomp);
        }
    }

    /// A verb has one subject. A second `nsubj` right after the first's
    /// phrase, with no verb, comma-free clause or conjunction between
    /// them, is a name or description of the first: its apposition (a
    /// name right after a name: its `flat` continuation).
    /// "The Rapid Support Forces (RSF) paramilitary group attacked …",
    /// "Colombia's government and the National Liberation Army (ELN)
    /// guerrilla group signed …": parsers read the descriptor noun after
    /// the bracketed acronym as the verb's subject with the name as its
    /// own subject. The name is the subject; the descriptor its apposition
    /// (of the last conjunct when names are coordinated).
    fn repair_subject_of_a_descriptor(&mut self) {
        let n = self.head.len();
        for s in 1..n {
            let d = self.head[s];
            if d == NONE || self.rel[s] != Rel::Nsubj || (d as usize) <= s || !self.tag[s].is_nominal() {
                continue;
            }
            let di = d as usize;
            let v = self.head[di];
            if v == NONE || !self.tag[di].is_noun() || !matches!(self.rel[di], Rel::Nsubj | Rel::NsubjPass) || !self.tag[v as usize].is_verb() || self.has_dependent(di, Rel::Cop) {
                continue;
            }
            // Only across a closing bracket right before the descriptor's
            // words ("(ELN) guerrilla group").
            let first = (s + 1..di).find(|&i| self.head[i] == d).unwrap_or(di);
            if first == 0 || self.forms[first - 1] != ")" {
                continue;
            }
            self.rehang(s, v, self.rel[di]);
            let last_conj = (s + 1..di).rev().find(|&i| self.hangs(i, s, Rel::Conj)).unwrap_or(s);
            self.rehang(di, last_conj, Rel::Appos);
        }
    }

    /// "missiles that Tehran fired at Israel" with "that" an `nsubj:pass`
    /// and "Tehran" the `nsubj` of an active relative clause: the clause
    /// has one subject, so the relative pronoun is its object.
    fn repair_object_relative_read_as_subject(&mut self) {
        let n = self.head.len();
        for r in 0..n {
            let v = self.head[r];
            if v == NONE || !matches!(self.rel[r], Rel::Nsubj | Rel::NsubjPass) || !matches!(self.tag[r], Tag::WDT | Tag::WP) {
                continue;
            }
            let vu = v as usize;
            // ("which officials said had killed …": the pronoun is the
            // subject of the reported clause, not the speech verb's object.)
            if self.rel[vu] != Rel::AclRelcl || self.has_dependent(vu, Rel::AuxPass) || self.has_dependent(vu, Rel::Obj) || self.has_dependent(vu, Rel::Ccomp) || is_speech_act(self.lemmas[vu]) {
                continue;
            }
            if (r + 1..vu).any(|s| self.head[s] == v && self.rel[s] == Rel::Nsubj && self.tag[s].is_nominal() && !matches!(self.tag[s], Tag::WDT | Tag::WP)) {
                self.rel[r] = Rel::Obj;
            }
        }
    }

    /// "a Greek-owned bulk carrier", "Israel-linked ships" with the name
    /// hung on the participle: the owner's or flag's name is a modifier
    /// of the noun, which then names that state's property. (Backers,
    /// "Iran-backed", stay apart: the phrase names whom they back.)
    fn repair_owner_of_hyphenated_participle(&mut self) {
        const OWNED: [&str; 8] = ["owned", "operated", "flagged", "linked", "registered", "managed", "chartered", "bound"];
        let n = self.head.len();
        for x in 0..n.saturating_sub(3) {
            let p = x + 2;
            if !self.is_hyphen(x as u32 + 1) || !OWNED.iter().any(|w| self.forms[p].eq_ignore_ascii_case(w)) || self.head[x] != p as u32 {
                continue;
            }
            if !matches!(self.tag[x], Tag::NNP | Tag::NNPS | Tag::JJ) || self.end[x] != self.start[x + 1] || self.end[x + 1] != self.start[p] {
                continue;
            }
            let noun = self.head[p];
            if noun == NONE || (noun as usize) <= p || !self.tag[noun as usize].is_noun() {
                continue;
            }
            self.head[x] = noun;
            self.rel[x] = if self.tag[x] == Tag::JJ { Rel::Amod } else { Rel::Compound };
        }
    }

    /// "strikes on 13 Houthi targets" with "on" the `case` of the number:
    /// a preposition before a counted noun's number belongs to the noun.
    fn repair_case_on_leading_number(&mut self) {
        let n = self.head.len();
        for c in 0..n {
            let num = self.head[c];
            if num == NONE || self.rel[c] != Rel::Case || (num as usize) <= c {
                continue;
            }
            let num = num as usize;
            if self.tag[num] != Tag::CD || self.rel[num] != Rel::Nummod {
                continue;
            }
            let noun = self.head[num];
            if noun == NONE || (noun as usize) < num || !self.tag[noun as usize].is_nominal() || self.has_dependent(noun as usize, Rel::Case) {
                continue;
            }
            self.head[c] = noun;
        }
    }

    /// "Qatar has mediated with Egypt between Israel and Hamas" with the
    /// "between" phrase hung on "Egypt", "troops fought for Russia against
    /// Ukraine" with the "against" phrase hung on "Russia": a name takes no
    /// "between" or "against" modifier, so the phrase belongs to the verb
    /// the name depends on.
    fn repair_between_phrase_on_a_name(&mut self) {
        let n = self.head.len();
        for b in 0..n {
            let h = self.head[b];
            if h == NONE || self.rel[b] != Rel::Nmod || !self.has_case_word(b, &["between", "against"]) {
                continue;
            }
            let h = h as usize;
            let v = self.head[h];
            // (Not a month: "a truce brokered in May between …" is no
            // mediation act of the clause.)
            if !matches!(self.tag[h], Tag::NNP | Tag::NNPS) || self.rel[h] != Rel::Obl || v == NONE || !self.tag[v as usize].is_verb() || h > b || super::matcher::is_time_noun(self.lemmas[h]) {
                continue;
            }
            self.head[b] = v;
            self.rel[b] = Rel::Obl;
        }
    }

    fn repair_double_subject(&mut self) {
        let n = self.head.len();
        for s in 1..n {
            let v = self.head[s];
            let rel = self.rel[s];
            if v == NONE || !self.tag[s].is_nominal() {
                continue;
            }
            // Two objects: only a name after a title ("told Russian Deputy
            // Foreign Minister Mikhail Bogdanov"), not "called the deal a
            // triumph".
            let name = self.is_proper(s) && !self.has_dependent(s, Rel::Det);
            if !(rel == Rel::Nsubj || (matches!(rel, Rel::Obj | Rel::Iobj) && name)) {
                continue;
            }
            // "Washington and the Houthis had agreed" with "Washington" an
            // `nsubj:pass` of a verb with no passive auxiliary: a subject too.
            let passive_label = |i: usize| rel == Rel::Nsubj && self.rel[i] == Rel::NsubjPass && !self.has_dependent(v as usize, Rel::AuxPass);
            let Some(f) = (0..s).find(|&i| self.head[i] == v && (self.rel[i] == rel || passive_label(i))) else { continue };
            if passive_label(f) {
                let cc: Vec<usize> = (f + 1..s).filter(|&i| self.rel[i] == Rel::Cc && self.head[i] == v).collect();
                if cc.len() == 1 && (v as usize) > s && !(f + 1..s).any(|i| self.tag[i].is_verb() || self.rel[i] == Rel::Mark) {
                    self.rel[f] = Rel::Nsubj;
                    self.head[s] = f as u32;
                    self.rel[s] = Rel::Conj;
                    self.head[cc[0]] = s as u32;
                }
                continue;
            }
            // "Iohannis urged Romanians to stay calm" with "Romanians" a
            // second subject: one subject before the verb, the noun after
            // it is its object.
            let vi = v as usize;
            if rel == Rel::Nsubj && f < vi && vi < s && self.tag[vi].is_verb() && !self.has_dependent(v, Rel::Obj) {
                self.rel[s] = Rel::Obj;
                continue;
            }
            // "Petro's government and the ELN began talks" with both nouns
            // subjects and "and" on the verb: the second is the first's
            // conjunct.
            let between = || f + 1..s;
            let cc: Vec<usize> = between().filter(|&i| self.rel[i] == Rel::Cc && self.head[i] == v).collect();
            if rel == Rel::Nsubj && cc.len() == 1 && !between().any(|i| self.tag[i].is_verb() || self.rel[i] == Rel::Mark) && (v as usize) > s {
                self.rehang(s, f, Rel::Conj);
                self.head[cc[0]] = s as u32;
                continue;
            }
            // "Congo's foreign minister and her Rwandan counterpart Olivier
            // Nduhungirehe met" with the name a second subject: a name right
            // after a common noun of the first subject's phrase is that
            // noun's apposition.
            let p = s - 1;
            if rel == Rel::Nsubj && name && matches!(self.tag[p], Tag::NN | Tag::NNS) && p > f && self.dominates_index(f, p) && !between().any(|i| self.tag[i].is_verb() || self.rel[i] == Rel::Mark) {
                self.rehang(s, p, Rel::Appos);
                continue;
            }
            if between().any(|i| self.tag[i].is_verb() || self.tag[i] == Tag::CC || self.rel[i] == Rel::Cc || self.rel[i] == Rel::Mark) {
                continue;
            }
            self.rehang(s, f, if s == f + 1 && self.tag[f] == Tag::NNP && self.tag[s] == Tag::NNP { Rel::Flat } else { Rel::Appos });
        }
    }

    /// A `flat` name continues the words right before it. "Benjamin
    /// Netanyahu and his Palestinian counterpart Mahmoud Abbas" with
    /// "Mahmoud Abbas" hung as `flat` of "Benjamin" across the conjunct:
    /// the name continues the word before it instead (`flat` after a
    /// name, `appos` after a common noun).
    fn repair_detached_flat(&mut self) {
        let n = self.head.len();
        for x in 1..n {
            let h = self.head[x];
            if h == NONE || self.rel[x] != Rel::Flat || (h as usize) >= x {
                continue;
            }
            let p = x - 1;
            let contiguous = p == h as usize || (self.hangs(p, h, Rel::Flat));
            // "North Korean Foreign Minister Choe Son-hui" with the name a
            // `flat` of "Korean" and the title hung on the name: the name
            // heads the phrase, the demonym before the title modifies it,
            // and the rest of the name follows it.
            let hu = h as usize;
            if !contiguous && self.tag[x] == Tag::NNP && self.rel[hu] != Rel::Flat && self.head[hu] != x as u32 && (hu + 1..x).all(|i| self.dominates_index(x, i)) {
                self.move_deps(x + 1..n, h, x, |rel| rel == Rel::Flat);
                self.rehang(x, self.head[hu], self.rel[hu]);
                self.rehang(hu, x, Rel::Compound);
                continue;
            }
            // "UN Secretary General Antonio Guterres" with "General" a
            // title of "Antonio": a word inside the name's own phrase is no
            // place to move it to (the move would make a cycle).
            if contiguous || !self.tag[p].is_noun() || self.dominates_index(x, p) {
                continue;
            }
            if self.is_proper(p) {
                let name = if self.rel[p] == Rel::Flat && self.head[p] != NONE { self.head[p] } else { p as u32 };
                if !self.dominates_index(x, name as usize) {
                    self.head[x] = name;
                }
            } else {
                self.rehang(x, p, Rel::Appos);
            }
        }
    }

    /// Whether words `first` and `first + 1` are "each other" or "one another".
    pub(crate) fn is_reciprocal_at(&self, first: usize) -> bool {
        let is = |i: usize, w: &str| self.forms.get(i).is_some_and(|f| f.eq_ignore_ascii_case(w));
        (is(first, "each") && is(first + 1, "other")) || (is(first, "one") && is(first + 1, "another"))
    }

    /// Whether `t` has a `case` word among `words` (before [`Tree::finish`]).
    fn has_case_word(&self, t: usize, words: &[&str]) -> bool {
        (0..self.head.len()).any(|c| self.hangs(c, t, Rel::Case) && self.form_in(c, words))
    }

    /// The root when it is a noun with no copula: no clause of its own, so
    /// its verb is one the parser hung elsewhere.
    fn noun_root_without_copula(&self) -> Option<usize> {
        let root = self.root()?;
        (self.tag[root].is_noun() && !self.has_dependent(root, Rel::Cop)).then_some(root)
    }

    fn has_dependent(&self, t: impl Token, rel: Rel) -> bool {
        self.deps(t).any(|i| self.rel[i] == rel)
    }

    /// Whether `t` has any dependent.
    fn has_deps(&self, t: usize) -> bool {
        self.deps(t).next().is_some()
    }

    /// Whether `t` has a subject (`nsubj` or `nsubj:pass`).
    fn has_subject(&self, t: usize) -> bool {
        self.deps(t).any(|i| matches!(self.rel[i], Rel::Nsubj | Rel::NsubjPass))
    }

    // The repairs' scan shapes (before [`Tree::finish`], so no kids lists).

    /// The dependents of `h`, in sentence order.
    fn deps(&self, h: impl Token) -> impl Iterator<Item = usize> + '_ {
        let h = h.id();
        (0..self.head.len()).filter(move |&i| self.head[i] == h)
    }

    /// Whether `i` hangs on `h` by `rel`.
    fn hangs(&self, i: usize, h: impl Token, rel: Rel) -> bool {
        self.head[i] == h.id() && self.rel[i] == rel
    }

    /// Hangs `i` on `h` by `rel`.
    fn rehang(&mut self, i: usize, h: impl Token, rel: Rel) {
        self.head[i] = h.id();
        self.rel[i] = rel;
    }

    /// Hangs the dependents of `from` in `range` whose relation `moves`
    /// accepts on `to`, relations kept.
    fn move_deps(&mut self, range: std::ops::Range<usize>, from: impl Token, to: impl Token, moves: impl Fn(Rel) -> bool) {
        let (from, to) = (from.id(), to.id());
        for i in range {
            if self.head[i] == from && moves(self.rel[i]) {
                self.head[i] = to;
            }
        }
    }

    /// Retags a past participle `v` as the past tense: a finite verb.
    fn past_participle_as_past(&mut self, v: usize) {
        if self.tag[v] == Tag::VBN {
            self.tag[v] = Tag::VBD;
        }
    }

    /// Whether the last `mark` before `x` is "to".
    fn is_to_infinitive(&self, x: usize) -> bool {
        (0..x).rev().find(|&i| self.hangs(i, x, Rel::Mark)).is_some_and(|t| self.forms[t].eq_ignore_ascii_case("to"))
    }

    /// The first root.
    fn root(&self) -> Option<usize> {
        (0..self.head.len()).find(|&i| self.head[i] == NONE)
    }

    /// Whether `t` is a finite verb by its tag (past or present tense).
    fn is_finite(&self, t: usize) -> bool {
        matches!(self.tag[t], Tag::VBD | Tag::VBZ | Tag::VBP)
    }

    /// Whether `t` carries a finite auxiliary ("has ordered", "will sign").
    fn has_finite_aux(&self, t: usize) -> bool {
        self.deps(t).any(|a| matches!(self.rel[a], Rel::Aux | Rel::AuxPass) && matches!(self.tag[a], Tag::VBD | Tag::VBZ | Tag::VBP | Tag::MD))
    }

    /// Whether `t` is a proper noun by its tag.
    fn is_proper(&self, t: usize) -> bool {
        matches!(self.tag[t], Tag::NNP | Tag::NNPS)
    }

    /// Whether the form of `t` is one of `words` (ASCII case folded).
    fn form_in(&self, t: usize, words: &[&str]) -> bool {
        words.iter().any(|w| self.forms[t].eq_ignore_ascii_case(w))
    }

    /// Whether the lemma of `t` is one of `words` (ASCII case folded).
    fn lemma_in(&self, t: usize, words: &[&str]) -> bool {
        words.iter().any(|w| self.lemmas[t].eq_ignore_ascii_case(w))
    }

    /// "After the deputy chairman of Hamas's political bureau … told
    /// Bogdanov …, Russia consulted with …": the fronted clause read as
    /// the main one, its subject as an `obl` with "after" as its case.
    /// A root verb without a subject whose first word is such a
    /// preposition on a nominal before it: the preposition marks the verb,
    /// the nominal is its subject, and a later verb with a subject of its
    /// own after a comma is the main clause.
    fn repair_fronted_subordinate_clause(&mut self) {
        let n = self.head.len();
        let Some(root) = self.root() else { return };
        if !self.is_finite(root) || self.has_subject(root) {
            return;
        }
        let first = (0..root).find(|&i| self.rel[i] != Rel::Punct);
        let Some(p) = first else { return };
        let o = self.head[p];
        if self.rel[p] != Rel::Case || !self.is_subordinator(p) || o == NONE {
            return;
        }
        let ou = o as usize;
        if ou >= root || !self.hangs(ou, root, Rel::Obl) || !self.tag[ou].is_nominal() {
            return;
        }
        self.rehang(p, root, Rel::Mark);
        self.rel[ou] = Rel::Nsubj;
        // The main clause: a finite verb whose subject follows a comma.
        let main = (root + 1..n).find(|&c| {
            self.is_finite(c)
                && matches!(self.rel[c], Rel::Conj | Rel::Ccomp | Rel::Parataxis)
                && self.dominates_index(root, c)
                && (0..c).any(|s| self.hangs(s, c, Rel::Nsubj) && s > 0 && self.forms[self.first_of(s) - 1] == ",")
        });
        let Some(c) = main else { return };
        self.rehang(c, NONE, Rel::Root);
        self.rehang(root, c, Rel::Advcl);
        self.move_deps(c + 1..n, root, c, |rel| rel == Rel::Punct);
    }

    /// A weekday or month ("Sunday", "May") or a time noun ("week",
    /// "midnight"): the head of a time phrase.
    fn is_time_word(&self, t: usize) -> bool {
        self.form_in(t, &WEEKDAYS_AND_MONTHS) || super::matcher::is_time_noun(self.lemmas[t])
    }

    /// Prepositions that also open clauses ("after", "as", "while" …).
    fn is_subordinator(&self, t: usize) -> bool {
        const SUBORDINATORS: [&str; 9] = ["after", "before", "since", "until", "while", "as", "because", "although", "once"];
        self.form_in(t, &SUBORDINATORS)
    }

    /// "The launch came as Washington and Seoul accused Pyongyang …"
    /// with "as Washington" an oblique of "came" and "accused" a clause
    /// without a subject: a subordinator's nominal followed at once by a
    /// subjectless finite verb on the same head (or hung on that verb) is
    /// that verb's subject, the subordinator its mark.
    fn repair_subordinate_subject_read_as_oblique(&mut self) {
        let n = self.head.len();
        for p in 0..n.saturating_sub(2) {
            let o = self.head[p];
            if o == NONE || self.rel[p] != Rel::Case || !self.is_subordinator(p) {
                continue;
            }
            // "a day after European Union foreign policy chief Javier Solana
            // met …" with "after" on the title: the phrase is the name the
            // title describes.
            let ou = if self.rel[o as usize] == Rel::NmodDesc && self.head[o as usize] != NONE && self.head[o as usize] > o { self.head[o as usize] as usize } else { o as usize };
            let mut h = self.head[ou];
            if ou <= p || !matches!(self.rel[ou], Rel::Obl | Rel::Nmod) || !self.tag[ou].is_nominal() || h == NONE {
                continue;
            }
            // "broke relations with Ecuador after Ecuadorean police forced
            // …" with "police" a modifier of "relations": a noun phrase
            // of the clause before it stands in for the clause's head.
            if self.rel[ou] == Rel::Nmod {
                let mut top = h as usize;
                while self.head[top] != NONE && self.tag[top].is_nominal() && (self.head[top] as usize) < ou {
                    top = self.head[top] as usize;
                }
                if top >= p || !self.tag[top].is_verb() {
                    continue;
                }
                h = top as u32;
            }
            let end = (ou..n).take_while(|&i| self.dominates_index(ou, i)).last().unwrap_or(ou);
            // "came as Muttaqi was on a visit to India": the finite word may
            // be the copula or auxiliary of a later predicate, which heads
            // the clause (the parser hangs "on a visit" on the verb too).
            // (Not when the phrase runs on past a comma or a coordinator:
            // "after the incident, and Britain and France have offered".)
            let plain = !(p..=end).any(|i| self.forms[i] == "," || self.tag[i] == Tag::CC);
            let linked = plain && end + 1 < n && matches!(self.rel[end + 1], Rel::Cop | Rel::Aux | Rel::AuxPass) && self.is_finite(end + 1) && self.head[end + 1] != NONE && self.head[end + 1] as usize > end + 1;
            let v = if linked { self.head[end + 1] as usize } else { end + 1 };
            let finite = linked || (v < n && self.is_finite(v));
            // The oblique hangs on the clause's head ("eased sanctions after
            // Maduro promised …") or on the clause's own verb ("five months
            // after Russia invaded Ukraine", "were scrambled after Russia
            // launched …").
            let on_verb = v < n && h as usize == v && self.head[v] != NONE;
            // "declared a state of emergency as thousands of protesters
            // stormed his office" with "stormed" a clause on the object noun
            // that "as thousands" also hangs on: the clause is the verb's.
            let on_noun = v < n && self.rel[ou] == Rel::Nmod && self.rel[v] == Rel::Acl && self.head[v] == self.head[ou];
            // "announced that he would seek X, after a drone strike killed
            // …" with the oblique on the reported verb and the verb a
            // conjunct of the clause above it: the clause is that clause's.
            let above = v < n && self.rel[v] == Rel::Conj && self.head[v] != NONE && self.head[v] != h && (self.head[v] as usize) < p && self.dominates_index(self.head[v] as usize, h as usize);
            if v >= n || !finite {
                continue;
            }
            let clause_rel = matches!(self.rel[v], Rel::Advcl | Rel::Conj | Rel::Parataxis | Rel::Ccomp) || (linked && self.rel[v] == Rel::Obl);
            if !(on_noun || ((self.head[v] == h || on_verb || above) && clause_rel)) {
                continue;
            }
            if self.has_subject(v) {
                continue;
            }
            if on_noun {
                self.rehang(v, h, Rel::Advcl);
            }
            self.rehang(ou, v, Rel::Nsubj);
            self.rehang(p, v, Rel::Mark);
            self.rel[v] = Rel::Advcl;
        }
    }

    /// "The coalition, led by former police officer Jimmy Cherizier,
    /// attacked the town" with the noun the root and "attacked" a conjunct
    /// of the participle "led": a finite verb after a comma, with no
    /// subject or conjunction of its own, conjoined to a participle that
    /// modifies the subject-less root noun before it, is the main verb and
    /// the noun its subject.
    fn repair_main_verb_read_as_conjunct_of_reduced_relative(&mut self) {
        let n = self.head.len();
        let Some(root) = self.root() else { return };
        if !self.tag[root].is_noun() || self.has_dependent(root, Rel::Cop) {
            return;
        }
        let Some(p) = (root + 1..n).find(|&p| self.hangs(p, root, Rel::Acl) && self.tag[p] == Tag::VBN) else { return };
        // (A past form the tagger took for a participle, when it has an
        // object and no agent: "…, attacked several towns".)
        let finite = |v: usize| matches!(self.tag[v], Tag::VBD | Tag::VBZ | Tag::VBP) || (self.tag[v] == Tag::VBN && self.has_dependent(v, Rel::Obj) && !self.has_dependent(v, Rel::OblAgent) && !self.has_dependent(v, Rel::Aux) && !self.has_dependent(v, Rel::AuxPass));
        let Some(v) = (p + 1..n).find(|&v| self.hangs(v, p, Rel::Conj) && finite(v) && v > 0 && self.forms[v - 1] == ",") else { return };
        if self.deps(v).any(|i| matches!(self.rel[i], Rel::Nsubj | Rel::NsubjPass | Rel::Cc)) {
            return;
        }
        if self.tag[v] == Tag::VBN {
            self.past_participle_as_past(v);
        }
        // The root's dependents after the verb (the full stop) are the verb's.
        self.move_deps(v + 1..n, root, v, |_| true);
        self.rehang(v, NONE, Rel::Root);
        self.rehang(root, v, Rel::Nsubj);
    }

    /// "The minister, who arrived in Cairo on Monday, met Sisi" parsed with
    /// the relative clause's verb the root, "minister" its oblique and "met"
    /// its conjunct: a root whose subject is "who"/"which" right after a
    /// comma, with a noun before that comma hung on it and a subjectless
    /// finite conjunct after a later comma (an adverb may stand between:
    /// "Choe, who arrived …, also held talks"). The conjunct is the main
    /// verb, the noun its subject and the old root that noun's relative
    /// clause.
    fn repair_main_verb_read_as_conjunct_of_relative(&mut self) {
        let n = self.head.len();
        let Some(root) = self.root() else { return };
        if !self.tag[root].is_verb() {
            return;
        }
        let Some(w) = (2..root).find(|&w| self.hangs(w, root, Rel::Nsubj) && matches!(self.tag[w], Tag::WP | Tag::WDT) && self.forms[w - 1] == ",") else { return };
        let mut noun = w - 2;
        while matches!(self.rel[noun], Rel::Compound | Rel::Flat | Rel::Amod | Rel::Det) && self.head[noun] != NONE && (self.head[noun] as usize) < w {
            noun = self.head[noun] as usize;
        }
        if self.head[noun] != root as u32 || !self.tag[noun].is_nominal() || !matches!(self.rel[noun], Rel::Obl | Rel::OblTmod | Rel::OblNpmod | Rel::Obj | Rel::Nsubj) {
            return;
        }
        if (0..noun).any(|i| self.hangs(i, noun, Rel::Case)) {
            return;
        }
        let Some(v) = (root + 2..n).find(|&v| self.hangs(v, root, Rel::Conj) && self.is_finite(v) && self.comma_before(v).is_some()) else { return };
        if self.deps(v).any(|i| matches!(self.rel[i], Rel::Nsubj | Rel::NsubjPass | Rel::Cc)) {
            return;
        }
        self.move_deps(v + 1..n, root, v, |_| true);
        // The comma that closed the relative clause stays with it.
        self.rehang(v, NONE, Rel::Root);
        self.rehang(noun, v, Rel::Nsubj);
        self.rehang(root, noun, Rel::AclRelcl);
    }

    /// "pressed Bashir to rein in the militias, warning that Washington
    /// could seek sanctions" with "warning" a conjunct of the infinitive:
    /// a speech participle after a comma, opening a "that" clause, says
    /// what the main clause's subject said when it acted.
    fn repair_speech_participle_read_as_conjunct(&mut self) {
        let n = self.head.len();
        let Some(root) = self.root() else { return };
        if !self.tag[root].is_verb() {
            return;
        }
        for x in root + 1..n.saturating_sub(1) {
            if self.tag[x] != Tag::VBG || self.forms[x - 1] != "," || !self.forms[x + 1].eq_ignore_ascii_case("that") || !SPEECH_PARTICIPLES.iter().any(|(_, l)| self.lemmas[x] == *l) {
                continue;
            }
            let h = self.head[x];
            if h == NONE || h as usize == root || !matches!(self.rel[x], Rel::Conj | Rel::Appos | Rel::Nmod | Rel::Dep | Rel::Parataxis) || self.has_dependent(x, Rel::Cc) {
                continue;
            }
            self.rehang(x, root as u32, Rel::Advcl);
            // (The "that" clause the parser hung elsewhere is its.)
            let clause = self.head[x + 1];
            if clause != NONE && clause as usize > x + 1 && self.rel[x + 1] == Rel::Mark {
                self.rehang(clause as usize, x as u32, Rel::Ccomp);
            }
        }
    }

    /// "Erekat blamed Israel for the failure, saying it had refused to
    /// recognise …" with "refused" the root and "blamed" its adverbial
    /// clause: a finite clause with its own subject and no subordinator
    /// cannot modify a later verb, so when its speech participle (after a
    /// comma, still without a complement) stands between it and the root,
    /// the root is what the participle reports and the first clause is the
    /// sentence's main one.
    fn repair_main_clause_read_as_modifier_of_reported_clause(&mut self) {
        let Some(root) = self.root() else { return };
        if !self.tag[root].is_verb() {
            return;
        }
        for x in 0..root {
            if !self.hangs(x, root, Rel::Advcl) || !self.is_finite(x) || !self.has_subject(x) || self.has_dependent(x, Rel::Mark) {
                continue;
            }
            let speech = (x + 1..root).find(|&s| self.hangs(s, x, Rel::Advcl) && self.tag[s] == Tag::VBG && is_speech_act(self.lemmas[s]) && self.forms[s - 1] == ",");
            let Some(s) = speech else { continue };
            // ("saying the prime minister had refused …" with "minister"
            // the participle's object: a noun object right before the
            // subjectless root's auxiliaries is the reported subject.)
            if !self.has_subject(root) {
                let next_to_root = |o: usize| (o + 1..root).all(|i| self.dominates_index(o, i) || (self.head[i] == root as u32 && matches!(self.rel[i], Rel::Aux | Rel::AuxPass | Rel::Advmod)));
                let object = self.deps(s).find(|&o| self.rel[o] == Rel::Obj && self.tag[o].is_noun() && o < root && next_to_root(o));
                if let Some(o) = object {
                    let passive = self.deps(root).any(|a| self.rel[a] == Rel::AuxPass);
                    self.rehang(o, root as u32, if passive { Rel::NsubjPass } else { Rel::Nsubj });
                }
            }
            // (The parser may hang that subject on the root's auxiliary.)
            let reported_subject = (s + 1..root).any(|d| matches!(self.rel[d], Rel::Nsubj | Rel::NsubjPass) && self.dominates_index(root, d));
            if !reported_subject || self.deps(s).any(|d| matches!(self.rel[d], Rel::Ccomp | Rel::Obj | Rel::Xcomp)) {
                continue;
            }
            self.rehang(x, NONE, Rel::Root);
            self.rehang(root, s as u32, Rel::Ccomp);
            for d in s + 1..root {
                let h = self.head[d];
                if matches!(self.rel[d], Rel::Nsubj | Rel::NsubjPass) && h != NONE && self.hangs(h as usize, root, Rel::Aux) {
                    self.head[d] = root as u32;
                }
            }
            // The sentence's closing punctuation goes with the main clause.
            let last = self.head.len() - 1;
            if self.hangs(last, root, Rel::Punct) {
                self.head[last] = x as u32;
            }
            return;
        }
    }

    /// "When Congo's government and the M23 rebel alliance signed a
    /// declaration …, Qatari mediators hailed it" with "government" the
    /// subject of "When" and "signed" a modifier of "alliance": the
    /// finite verb after a subordinating adverb's subject is the clause's
    /// verb (the adverb and the subject its dependents), an adverbial
    /// clause of the adverb's head.
    fn repair_subordinate_subject_hung_on_its_adverb(&mut self) {
        let n = self.head.len();
        for w in 0..n {
            let g = self.head[w];
            if self.tag[w] != Tag::WRB || g == NONE || (g as usize) < w || !self.form_in(w, &["when", "after", "before", "while", "as", "once", "since", "until"]) {
                continue;
            }
            let Some(s) = self.deps(w).find(|&k| self.rel[k] == Rel::Nsubj) else { continue };
            // (The verb may hang on the subject or on a conjunct of it the
            // parser also hung on the adverb.)
            let v = (s + 1..g as usize).find(|&v| self.is_finite(v) && matches!(self.rel[v], Rel::Acl | Rel::AclRelcl) && self.dominates_index(w, v) && !self.has_dependent(v, Rel::Nsubj));
            let Some(v) = v else { continue };
            let conjuncts: Vec<usize> = self.deps(w).filter(|&k| k > s && k < v && self.rel[k] == Rel::Conj && self.tag[k].is_nominal()).collect();
            self.rehang(v, g, Rel::Advcl);
            self.rehang(s, v as u32, Rel::Nsubj);
            self.rehang(w, v as u32, Rel::Advmod);
            for k in conjuncts {
                self.rehang(k, s as u32, Rel::Conj);
            }
        }
    }

    /// "Maduro said in a televised address last week, accusing Washington
    /// of …" with "accusing" a modifier of "address": a participle set off
    /// by a comma after a verb's oblique is the verb's adverbial clause
    /// (its subject is the verb's), not the oblique noun's modifier.
    fn repair_participle_read_as_modifier_of_oblique(&mut self) {
        let n = self.head.len();
        for x in 1..n {
            let h = self.head[x];
            if self.tag[x] != Tag::VBG || self.rel[x] != Rel::Acl || self.forms[x - 1] != "," || h == NONE || (h as usize) > x {
                continue;
            }
            let hu = h as usize;
            let v = self.head[hu];
            if v == NONE || !matches!(self.rel[hu], Rel::Obl | Rel::OblTmod | Rel::OblNpmod) || !self.tag[v as usize].is_verb() || self.has_dependent(x, Rel::Nsubj) {
                continue;
            }
            self.rehang(x, v, Rel::Advcl);
        }
    }

    /// "Ban Ki-moon, who is expected to be chosen …, urged Pyongyang …"
    /// with "Ban Ki-moon" an oblique of "urged": a nominal without a
    /// preposition before a subjectless finite verb, set off by a comma
    /// clause of its own ("who …", "which …", or a participle: "led by
    /// …"), is that verb's subject.
    fn repair_subject_before_relative_read_as_oblique(&mut self) {
        let n = self.head.len();
        for x in 0..n {
            let v = self.head[x];
            if v == NONE || !matches!(self.rel[x], Rel::Obl | Rel::OblTmod | Rel::OblNpmod) || !self.tag[x].is_nominal() {
                continue;
            }
            let vu = v as usize;
            // (Auxiliaries may stand between the comma and the verb: "…,
            // have refused".)
            let lead = (x + 1..vu).rev().take_while(|&i| self.head[i] == v && matches!(self.rel[i], Rel::Aux | Rel::AuxPass)).last().unwrap_or(vu);
            if vu <= x || !matches!(self.tag[vu], Tag::VBD | Tag::VBZ | Tag::VBP) || self.forms[lead - 1] != "," {
                continue;
            }
            // Or a participle set off by commas ("Niger's military rulers,
            // led by General Tiani, have refused …").
            let relative = (x + 1..vu).find(|&r| self.head[r] == x as u32 && matches!(self.rel[r], Rel::AclRelcl | Rel::Acl));
            let Some(r) = relative else { continue };
            let wh = self.rel[r] == Rel::AclRelcl && (x + 1..r).any(|w| self.head[w] == r as u32 && matches!(self.tag[w], Tag::WP | Tag::WDT) && self.forms[w - 1] == ",");
            let participle = self.rel[r] == Rel::Acl && matches!(self.tag[r], Tag::VBN | Tag::VBG) && self.forms[r - 1] == "," && (x + 1..r - 1).all(|i| self.dominates_index(x, i));
            if !wh && !participle {
                continue;
            }
            if self.has_dependent(x, Rel::Case) || self.has_subject(vu) {
                continue;
            }
            self.rel[x] = Rel::Nsubj;
        }
    }

    /// "Russia asked for a meeting, but Britain, which holds the presidency,
    /// refused" parsed with "Britain" a conjunct of the first verb (or of
    /// a word below it) and "refused" another: a conjoined noun after a
    /// conjunction with a relative clause of its
    /// own, followed by a subjectless finite conjunct of the same verb right
    /// after a comma, is that conjunct's subject. So is one with an
    /// apposition set off by commas ("…, and Nicaragua, a close ally of
    /// Mexico, said it …").
    fn repair_conjoined_subject_with_relative(&mut self) {
        let n = self.head.len();
        for x in 0..n {
            let h = self.head[x];
            if h == NONE || self.rel[x] != Rel::Conj || !self.tag[x].is_noun() || (h as usize) > x || !(0..x).any(|c| self.hangs(c, x, Rel::Cc)) {
                continue;
            }
            let Some(r) = (x + 1..n).find(|&r| self.head[r] == x as u32 && matches!(self.rel[r], Rel::AclRelcl | Rel::Appos)) else { continue };
            let relative = self.rel[r] == Rel::AclRelcl && (x + 1..r).any(|w| self.head[w] == r as u32 && matches!(self.tag[w], Tag::WP | Tag::WDT) && self.forms[w - 1] == ",");
            let apposition = self.rel[r] == Rel::Appos && x + 1 < n && self.forms[x + 1] == "," && self.first_of(r) <= x + 2;
            if !relative && !apposition {
                continue;
            }
            // The conjunct may hang on the first verb or on one above it.
            let Some(v) = (r + 1..n).find(|&v| self.head[v] != NONE && matches!(self.rel[v], Rel::Conj | Rel::Parataxis) && self.is_finite(v) && self.forms[v - 1] == "," && self.dominates_index(self.head[v] as usize, x)) else { continue };
            if self.has_subject(v) || (x + 1..v).any(|i| self.head[i] == self.head[v]) {
                continue;
            }
            self.move_deps(0..x, x, v, |rel| matches!(rel, Rel::Cc | Rel::Punct));
            self.rehang(x, v, Rel::Nsubj);
        }
    }

    /// "Foreign Minister Asaad al-Shaibani, who accompanied Sharaa, later
    /// held talks with Rubio" parsed with the relative clause's verb the
    /// root (subjects both the name and "who") and "held" a modifier of
    /// "talks": the first subjectless verb after the clause's closing
    /// comma (past adverbs) is the main verb, the name its subject, the
    /// relative clause the name's, and what follows the comma the main
    /// verb's.
    fn repair_main_verb_read_as_modifier_after_relative_root(&mut self) {
        let n = self.head.len();
        let Some(r) = self.root() else { return };
        if !self.is_finite(r) {
            return;
        }
        let relative = |t: &Self, i: usize| matches!(t.tag[i], Tag::WP | Tag::WDT) && i > 0 && t.forms[i - 1] == ",";
        // (An earlier repair may have moved "who" off the root.)
        let Some(s) = self.deps(r).find(|&i| i < r && self.rel[i] == Rel::Nsubj && self.tag[i].is_nominal()) else { return };
        let Some(w) = (s + 1..r).find(|&i| relative(self, i)) else { return };
        let Some(k) = (r + 1..n).find(|&i| self.forms[i] == ",") else { return };
        let mut v = k + 1;
        while v < n && matches!(self.tag[v], Tag::RB | Tag::RBR) {
            v += 1;
        }
        if v >= n || !matches!(self.tag[v], Tag::VBD | Tag::VBN | Tag::VBZ | Tag::VBP) || self.has_subject(v) || self.has_dependent(v, Rel::Aux) || self.has_dependent(v, Rel::AuxPass) {
            return;
        }
        // The noun the verb was read as modifying is its object ("held
        // talks"), and the adverbs before it are its own.
        let modified = self.head[v];
        if self.rel[v] == Rel::Amod && modified != NONE && modified as usize > v {
            self.rehang(modified as usize, v, Rel::Obj);
        }
        for a in k + 1..v {
            self.rehang(a, v, Rel::Advmod);
        }
        self.move_deps(k + 1..n, r, v, |_| true);
        self.rehang(v, NONE, Rel::Root);
        self.past_participle_as_past(v);
        self.rehang(r, s, Rel::AclRelcl);
        self.rehang(w, r, Rel::Nsubj);
        self.rehang(s, v, Rel::Nsubj);
        self.rehang(k, r, Rel::Punct);
    }

    /// "Saudi Arabia, which has been in talks with the Houthis …, called
    /// for restraint": the subject at the root, the main verb hung inside
    /// its relative clause. A subjectless verb right after a comma, below
    /// a root noun that opens a comma-set clause, is the main verb.
    fn repair_main_verb_after_relative_clause(&mut self) {
        let n = self.head.len();
        let Some(root) = self.root() else { return };
        // The root may be the first word of a name ("Joe Biden, who …").
        let mut end = root;
        while end + 1 < n && self.hangs(end + 1, root, Rel::Flat) {
            end += 1;
        }
        // Or a coordinated subject ("Egypt and Saudi Arabia, which …,
        // called …"): the root's conjuncts up to the comma.
        if end + 1 < n && self.forms[end + 1] != "," {
            if let Some(comma) = (end + 1..n).find(|&i| self.forms[i] == ",") {
                let coordinated = (end + 1..comma).any(|i| self.hangs(i, root, Rel::Conj) && self.tag[i].is_noun());
                if coordinated && (end + 1..comma).all(|i| self.dominates_index(root, i)) {
                    end = comma - 1;
                }
            }
        }
        if !self.tag[root].is_noun() || end + 2 >= n || self.forms[end + 1] != "," || self.has_dependent(root, Rel::Cop) {
            return;
        }
        let verb = (end + 3..n).find(|&v| {
            matches!(self.tag[v], Tag::VBD | Tag::VBN | Tag::VBZ | Tag::VBP)
                && self.forms[v - 1] == ","
                && (matches!(self.rel[v], Rel::Acl | Rel::AclRelcl | Rel::Conj | Rel::Advcl)
                    // "…, praised Sisi" hung on the full stop as a modifier.
                    || (self.rel[v] == Rel::Amod && self.has_dependent(v, Rel::Obj)))
                && self.dominates_index(root, v)
                && self.head[v] != root as u32
        });
        let Some(v) = verb else { return };
        if self.deps(v).any(|i| matches!(self.rel[i], Rel::Nsubj | Rel::NsubjPass | Rel::Aux | Rel::AuxPass)) {
            return;
        }
        self.promote_over_subject_root(root, v);
        // A subordinate clause after the verb ("…, while Qatar urged …")
        // that the parser hung on the subject noun is the verb's.
        for c in v + 1..n {
            if self.hangs(c, root, Rel::Acl) && self.tag[c].is_verb() && self.has_subject(c) && (0..c).any(|m| self.hangs(m, c, Rel::Mark)) {
                self.rehang(c, v, Rel::Advcl);
            }
        }
    }

    /// "expressed deep regret at …" with "regret" a bare-verb complement of
    /// "expressed": what one expresses or voices is a noun, its object.
    fn repair_expressed_noun_read_as_verb(&mut self) {
        let n = self.head.len();
        for x in 1..n {
            let h = self.head[x];
            if h == NONE || self.rel[x] != Rel::Xcomp || !matches!(self.tag[x], Tag::VB | Tag::VBP) || (h as usize) > x {
                continue;
            }
            if !self.lemma_in(h as usize, &["express", "voice", "convey", "register", "extend", "reiterate"]) {
                continue;
            }
            if self.deps(x).any(|k| matches!(self.rel[k], Rel::Mark | Rel::Nsubj | Rel::Obj | Rel::Aux)) {
                continue;
            }
            self.tag[x] = Tag::NN;
            self.rel[x] = Rel::Obj;
            for k in 0..x {
                if self.hangs(k, x, Rel::Advmod) && self.tag[k].is_adjective() {
                    self.rel[k] = Rel::Amod;
                }
            }
        }
    }

    /// "drew criticism from US lawmakers, who urged Brazil to …" with "urged"
    /// a parataxis of "drew": a clause whose subject is "who" or "which"
    /// right after a comma modifies the noun before the comma; so does one
    /// whose object it is ("Egypt's proposal, which Hamas quickly
    /// accepted, …" with "accepted" a conjunct of "proposal").
    fn repair_relative_clause_read_as_parataxis(&mut self) {
        let n = self.head.len();
        for w in 2..n {
            let v = self.head[w];
            // "a missile, which Seoul and Tokyo condemned as a provocation"
            // with "which" an oblique: a verb with a subject of its own and
            // no object has it as its object.
            let oblique_object = v != NONE && self.rel[w] == Rel::Obl && self.is_form(w as u32, "which") && !self.has_dependent(v as usize, Rel::Obj) && (w + 1..v as usize).any(|i| self.hangs(i, v, Rel::Nsubj)) && !(0..w).any(|i| self.head[i] == w as u32);
            if oblique_object {
                self.rel[w] = Rel::Obj;
            }
            if v == NONE || !matches!(self.rel[w], Rel::Nsubj | Rel::Obj) || !matches!(self.tag[w], Tag::WP | Tag::WDT) || self.forms[w - 1] != "," {
                continue;
            }
            let vu = v as usize;
            if vu <= w || !self.tag[vu].is_verb() || !matches!(self.rel[vu], Rel::Parataxis | Rel::Conj | Rel::Advcl | Rel::Ccomp) {
                continue;
            }
            // The noun right before the comma, up to the head of its phrase.
            let mut noun = w - 2;
            while matches!(self.rel[noun], Rel::Compound | Rel::Flat) && self.head[noun] != NONE && (self.head[noun] as usize) < w {
                noun = self.head[noun] as usize;
            }
            if !self.tag[noun].is_noun() || self.dominates_index(vu, noun) {
                continue;
            }
            self.rehang(vu, noun, Rel::AclRelcl);
        }
    }

    /// Punctuation heads nothing (EWT: 6 of 204 k words, all punctuation),
    /// yet the parser hangs the words of a long sentence's tangled end on
    /// its final stop ("…'s leader, Mohamed Hamdan Dagalo." with the name
    /// the stop's subject; "signed the accord with Turkish Defence Minister
    /// Hulusi Akar …" with "with" and the name on the stop). A determiner,
    /// modifier or preposition goes to the noun phrase after it; then a
    /// noun with a preposition is an oblique of the nearest verb before it,
    /// and a noun phrase with no verb after a comma and a noun is that
    /// noun's apposition.
    /// (Verbs and bare nouns hung on a stop are left: other repairs read
    /// those tangles.)
    fn repair_words_hung_on_punctuation(&mut self) {
        let n = self.head.len();
        let Some(root) = self.root() else { return };
        if self.tag[root].is_punct() {
            return;
        }
        let on_punct = |t: &Tree<'_>, x: usize| t.head[x] != NONE && t.head[x] as usize != root && t.tag[t.head[x] as usize].is_punct() && !t.tag[x].is_punct();
        if !(0..n).any(|x| on_punct(self, x)) {
            return;
        }
        // Determiners, modifiers and prepositions first, to the head of the
        // noun phrase that follows them.
        for x in 0..n {
            if !on_punct(self, x) || !matches!(self.rel[x], Rel::Det | Rel::Case | Rel::Amod | Rel::Nummod) {
                continue;
            }
            let Some(mut k) = (x + 1..n).find(|&k| self.tag[k].is_nominal()) else { continue };
            loop {
                let h = self.head[k];
                // (A possessor too: "with Iraq's adviser Qasim al-Araji" is
                // a phrase headed by the possessed noun or the name it titles.)
                if h == NONE || (h as usize) < k || !self.tag[h as usize].is_nominal() || !matches!(self.rel[k], Rel::Compound | Rel::Flat | Rel::NmodDesc | Rel::Amod | Rel::Nummod | Rel::NmodPoss) {
                    break;
                }
                k = h as usize;
            }
            if !self.dominates_index(x, k) {
                self.head[x] = k as u32;
            }
        }
        for x in 0..n {
            if !on_punct(self, x) || !self.tag[x].is_nominal() {
                continue;
            }
            let first = self.first_of(x);
            let has_case = self.deps(x).any(|k| self.rel[k] == Rel::Case);
            if has_case {
                if let Some(v) = self.predicate_verb_before(first) {
                    self.rehang(x, v, Rel::Obl);
                }
            } else if first >= 2 && self.tag[first - 1] == Tag::Comma && self.tag[first - 2].is_nominal() && !(first..x).any(|k| self.tag[k].is_verb() || self.tag[k] == Tag::MD) {
                let mut y = first - 2;
                while self.head[y] != NONE && matches!(self.rel[y], Rel::Flat | Rel::Compound) && (self.head[y] as usize) < first {
                    y = self.head[y] as usize;
                }
                self.rehang(x, y, Rel::Appos);
            }
        }
    }

    /// "called the move unfair, unjustified and unreasonable" with the
    /// adjective hung on the final stop, "called the vote a sham election"
    /// with the noun phrase a modifier of "vote" or a second object, "called
    /// the tariffs unfair" with the adjective a modifier of "tariffs",
    /// "called the suspension
    /// \"a devastating message\"" with it an apposition: what a verb of
    /// naming (call, brand, dub, label, term, deem) makes its object is its
    /// open complement. Only right after the object, with nothing but quotes
    /// between (after a comma a noun phrase is an apposition: "called his
    /// counterpart, Wang Yi").
    fn repair_naming_complement_read_as_modifier(&mut self) {
        const NAMING: [&str; 6] = ["call", "brand", "dub", "label", "term", "deem"];
        let n = self.head.len();
        for o in 1..n {
            let v = self.head[o];
            if v == NONE || self.rel[o] != Rel::Obj || (v as usize) > o || !self.tag[v as usize].is_verb() || !self.lemma_in(v as usize, &NAMING) || self.has_dependent(v, Rel::Xcomp) {
                continue;
            }
            let vu = v as usize;
            // The object's own words end where the complement begins.
            let mut end = o;
            while end + 1 < n && self.head[end + 1] == o as u32 && matches!(self.rel[end + 1], Rel::Flat | Rel::Compound) {
                end += 1;
            }
            let start = end + 1;
            let mut c = start;
            while c < n && matches!(self.tag[c], Tag::OpenQuote | Tag::CloseQuote) {
                c += 1;
            }
            if c >= n {
                continue;
            }
            let on_punct = |t: &Self, x: usize| t.head[x] != NONE && t.tag[t.head[x] as usize].is_punct();
            // An adjective on the stop or after the object as its modifier
            // (English modifiers precede their noun).
            let complement = if self.tag[c].is_adjective() && (on_punct(self, c) || self.hangs(c, o, Rel::Amod)) {
                Some(c)
            } else {
                // A noun phrase starting at `c` whose head hangs on the
                // object, or on the verb as a second object.
                let misread = |h: usize| (self.head[h] == o as u32 && matches!(self.rel[h], Rel::Appos | Rel::Nmod)) || self.hangs(h, vu, Rel::Obj);
                (c..n).find(|&h| misread(h) && self.tag[h].is_noun() && (start..=c).contains(&self.first_of(h)) && !self.has_dependent(h, Rel::Case))
            };
            if let Some(x) = complement {
                self.rehang(x, vu, Rel::Xcomp);
            }
        }
    }

    /// "Russia blamed Ukraine for the attack and vowed retaliation", "…
    /// and imposed sanctions on its leader" with the participle an
    /// adjective of the bare noun after it: a past participle right after
    /// "and", before a noun with no determiner, with a verb before the
    /// "and", is that verb's conjunct and the noun its object (past tense
    /// if that verb is). Participles that are mostly adjectives stay
    /// ("and allied militias", "and displaced people").
    fn repair_conjoined_verb_read_as_modifier(&mut self) {
        const ADJECTIVAL: [&str; 24] = [
            "allied", "armed", "coordinated", "united", "detailed", "limited", "advanced", "organised", "organized", "related", "displaced", "wounded", "injured",
            "disputed", "occupied", "elected", "trained", "retired", "concerned", "mixed", "renewed", "repeated", "so-called", "unidentified",
        ];
        let n = self.head.len();
        for x in 1..n.saturating_sub(1) {
            let noun = x + 1;
            if self.tag[x] != Tag::VBN || !self.hangs(x, noun, Rel::Amod) || !self.forms[x - 1].eq_ignore_ascii_case("and") || !matches!(self.tag[noun], Tag::NN | Tag::NNS) {
                continue;
            }
            if ADJECTIVAL.iter().any(|w| self.forms[x].eq_ignore_ascii_case(w)) || self.deps(noun).any(|k| matches!(self.rel[k], Rel::Det | Rel::NmodPoss | Rel::Nummod) && k < noun) {
                continue;
            }
            let Some(v) = self.predicate_verb_before(x - 1) else { continue };
            // (Not across another clause's subject: "… and sanctions
            // imposed by X were …".)
            if (v + 1..x).any(|k| self.tag[k] == Tag::VBN && self.rel[k] != Rel::Amod) || self.dominates_index(noun, v) {
                continue;
            }
            self.rehang(x, v, Rel::Conj);
            self.rehang(noun, x, Rel::Obj);
            self.rehang(x - 1, x, Rel::Cc);
            if self.tag[v] == Tag::VBD {
                self.past_participle_as_past(x);
            }
        }
    }

    /// "said the army and the RSF had committed war crimes" with
    /// "committed" an adjective of "crimes" (which took the clause's place
    /// and its subjects): a participle with a perfect auxiliary ("had",
    /// "has") heads a clause. It takes its noun's place, the noun becomes
    /// its object, and the subjects, auxiliaries and clause marks before it
    /// that the noun held become its own.
    fn repair_perfect_read_as_modifier(&mut self) {
        let n = self.head.len();
        for x in 0..n {
            if self.tag[x] != Tag::VBN || self.rel[x] != Rel::Amod || self.head[x] == NONE {
                continue;
            }
            let noun = self.head[x] as usize;
            let perfect = |k: usize| self.rel[k] == Rel::Aux && self.form_in(k, &["have", "has", "had", "'ve", "'d"]);
            if noun <= x || !self.tag[noun].is_noun() || !self.deps(x).any(perfect) {
                continue;
            }
            let (h, rel) = (self.head[noun], self.rel[noun]);
            // (A noun hung on punctuation is a tangle other repairs read.)
            if h != NONE && self.tag[h as usize].is_punct() {
                continue;
            }
            for k in 0..x {
                if self.head[k] == noun as u32 && matches!(self.rel[k], Rel::Nsubj | Rel::NsubjPass | Rel::Aux | Rel::Mark | Rel::Advmod | Rel::Punct) {
                    self.head[k] = x as u32;
                }
            }
            self.head[x] = h;
            self.rel[x] = rel;
            self.rehang(noun, x, Rel::Obj);
        }
    }

    /// "The United States, which has a treaty with the Philippines,
    /// condemned …." parsed with the final stop the root and "States" its
    /// subject: a punctuation root with a nominal subject hands the root to
    /// that noun (so the repairs of a noun root apply), keeping its other
    /// dependents.
    fn repair_punctuation_root(&mut self) {
        let n = self.head.len();
        let Some(root) = self.root() else { return };
        if !self.tag[root].is_punct() {
            return;
        }
        let Some(noun) = (0..n).find(|&i| self.hangs(i, root, Rel::Nsubj) && self.tag[i].is_noun()) else { return };
        for i in 0..n {
            if self.head[i] == root as u32 && i != noun {
                self.head[i] = noun as u32;
            }
        }
        self.rehang(noun, NONE, Rel::Root);
        self.rehang(root, noun, Rel::Punct);
    }

    /// Makes verb `v` the root and the root noun `root` its subject; the
    /// clause-level words after the verb (final punctuation, conjuncts)
    /// follow it.
    fn promote_over_subject_root(&mut self, root: usize, v: usize) {
        self.move_deps(v + 1..self.head.len(), root, v, |rel| matches!(rel, Rel::Punct | Rel::Parataxis | Rel::Conj));
        self.make_root_over(root, v, Rel::Nsubj);
    }

    /// Makes verb `v` the root, a finite one, with the old root `root` its
    /// dependent by `rel`.
    fn make_root_over(&mut self, root: usize, v: usize, rel: Rel) {
        self.rehang(v, NONE, Rel::Root);
        self.past_participle_as_past(v);
        self.rehang(root, v, rel);
    }

    /// The first token of the subtree of `t` (before [`Tree::finish`]).
    fn first_of(&self, t: usize) -> usize {
        (0..t).find(|&i| self.dominates_index(t, i)).unwrap_or(t)
    }

    /// The comma that opens `t`'s phrase: its first token, when the parser
    /// made the comma its dependent, else the token right before it.
    fn comma_before(&self, t: usize) -> Option<usize> {
        let first = self.first_of(t);
        let comma = if self.forms[first] == "," { first } else { first.checked_sub(1)? };
        (self.forms[comma] == ",").then_some(comma)
    }

    /// The nearest verb before `end` that is a predicate (not an
    /// auxiliary, a copula, or a participle read as a modifier or a
    /// preposition).
    fn predicate_verb_before(&self, end: usize) -> Option<usize> {
        (0..end).rev().find(|&v| self.tag[v].is_verb() && !matches!(self.rel[v], Rel::Aux | Rel::AuxPass | Rel::Cop | Rel::Amod | Rel::Case))
    }

    /// Whether `a` dominates `d` (before [`Tree::finish`]; bounded).
    fn dominates_index(&self, a: usize, d: usize) -> bool {
        let mut x = d as u32;
        for _ in 0..=self.head.len() {
            if x == a as u32 {
                return true;
            }
            if x == NONE {
                return false;
            }
            x = self.head[x as usize];
        }
        false
    }

    /// "consulted with Egypt, Jordan, US Secretary of State …" with "of
    /// State" hung on "Egypt": an "of" phrase modifies the noun right
    /// before it when that noun is a conjunct of the parser's choice.
    fn repair_of_across_conjunct(&mut self) {
        let n = self.head.len();
        for x in 2..n {
            let h = self.head[x];
            let case = x - 1;
            if h == NONE || self.rel[x] != Rel::Nmod || !self.is_form(case as u32, "of") || self.head[case] != x as u32 {
                continue;
            }
            let p = case - 1;
            let hu = h as usize;
            if hu >= p || !self.tag[p].is_noun() {
                continue;
            }
            // Climb from the noun before "of" to its conjunct.
            let mut q = p;
            for _ in 0..n {
                if self.rel[q] == Rel::Conj || self.head[q] == NONE || (self.head[q] as usize) <= hu {
                    break;
                }
                q = self.head[q] as usize;
            }
            if self.rel[q] == Rel::Conj && self.head[q] == h {
                self.head[x] = q as u32;
            }
        }
    }

    /// "Canada retaliated within hours with tariffs on U.S. goods" with
    /// "with tariffs" hung on "hours": a "with" phrase after a time phrase
    /// of a verb ("within hours", "in days") is the verb's.
    fn repair_with_after_time_phrase(&mut self) {
        const SPANS: [&str; 6] = ["hour", "minute", "day", "week", "month", "year"];
        let n = self.head.len();
        for x in 1..n {
            let h = self.head[x];
            if h == NONE || self.rel[x] != Rel::Nmod || (h as usize) >= x {
                continue;
            }
            let hu = h as usize;
            let v = self.head[hu];
            let time = self.lemma_in(hu, &SPANS) || super::matcher::is_time_noun(self.lemmas[hu]);
            if v == NONE || self.rel[hu] != Rel::Obl || !time || !self.tag[v as usize].is_verb() {
                continue;
            }
            if self.has_case_word(x, &["with"]) && self.has_case_word(hu, &["within", "in", "after", "for"]) {
                self.rehang(x, v, Rel::Obl);
            }
        }
    }

    /// "Ethiopia's government and forces from the northern region of
    /// Tigray" with "from … Tigray" hung on "government": a "from" phrase
    /// right after a noun conjunct modifies that conjunct, not the first.
    fn repair_from_across_conjunct(&mut self) {
        let n = self.head.len();
        for x in 2..n {
            let h = self.head[x];
            if h == NONE || self.rel[x] != Rel::Nmod {
                continue;
            }
            let Some(c) = (0..x).find(|&k| self.hangs(k, x, Rel::Case)) else { continue };
            if c == 0 || !self.is_form(c as u32, "from") {
                continue;
            }
            let p = c - 1;
            if self.tag[p].is_noun() && self.rel[p] == Rel::Conj && self.head[p] == h && (h as usize) < p {
                self.head[x] = p as u32;
            }
        }
    }

    /// "… US Secretary of State Anthony Blinken and UN Secretary General
    /// Antonio Guterres on ending the conflict": a gerund after a
    /// preposition ("on ending") takes no subject; a subject the parser
    /// gave it is the name of the title before it (an apposition), and
    /// that name's conjuncts join the title's list.
    fn repair_subject_of_prepositional_gerund(&mut self) {
        let n = self.head.len();
        for v in 1..n {
            if self.tag[v] != Tag::VBG || self.rel[v.saturating_sub(1)] != Rel::Mark || self.head[v - 1] != v as u32 || self.tag[v - 1] != Tag::IN {
                continue;
            }
            let Some(s) = (0..v).find(|&i| self.hangs(i, v, Rel::Nsubj)) else { continue };
            let first = self.first_of(s);
            if first == 0 || !self.tag[first - 1].is_noun() {
                continue;
            }
            let mut q = first - 1;
            for _ in 0..n {
                let h = self.head[q];
                if self.rel[q] == Rel::Conj || h == NONE || (h as usize) >= first {
                    break;
                }
                q = h as usize;
            }
            self.rehang(s, q, Rel::Appos);
            if self.rel[q] == Rel::Conj {
                let list = self.head[q];
                self.move_deps(s + 1..v, s, list, |rel| rel == Rel::Conj);
            }
        }
    }

    /// "from Egyptian and Qatari mediators", "the US and British strikes":
    /// two modifiers of one noun joined by "and", which the parser hung
    /// side by side under the noun (the conjunction with them): the second
    /// is the first's conjunct.
    fn repair_coordinated_modifiers(&mut self) {
        let n = self.head.len();
        for cc in 1..n.saturating_sub(2) {
            let noun = self.head[cc];
            if noun == NONE || self.rel[cc] != Rel::Cc || (noun as usize) <= cc + 1 || !self.tag[noun as usize].is_noun() {
                continue;
            }
            let modifier = |i: usize| self.head[i] == noun && matches!(self.rel[i], Rel::Amod | Rel::Compound);
            let (first, second) = (cc - 1, cc + 1);
            if modifier(first) && modifier(second) {
                self.rehang(second, first, Rel::Conj);
                self.head[cc] = second as u32;
            }
        }
    }

    /// "Russian and Ukrainian delegations met in Istanbul … and agreed to
    /// exchange prisoners …, but failed to reach agreement": the first verb
    /// read as a participle under the subject, the next one as the
    /// subject's (nominal!) conjunct. A finite verb coordinated with a noun
    /// shows the misparse: the participle becomes the main verb, and the
    /// root and the other verbs its conjuncts.
    fn repair_subject_with_verb_conjuncts(&mut self) {
        let n = self.head.len();
        let Some(root) = self.root() else { return };
        for v in 0..n {
            let noun = self.head[v];
            if noun == NONE || self.rel[v] != Rel::Acl || !matches!(self.tag[v], Tag::VBN | Tag::VBD) || (noun as usize) > v {
                continue;
            }
            let nu = noun as usize;
            if !self.hangs(nu, root, Rel::Nsubj) || root < v || !self.tag[root].is_verb() {
                continue;
            }
            let has_aux = self.deps(v).any(|i| matches!(self.rel[i], Rel::Aux | Rel::AuxPass));
            let verb_conjuncts: Vec<usize> = (0..n).filter(|&i| self.hangs(i, noun, Rel::Conj) && self.is_finite(i)).collect();
            if has_aux || verb_conjuncts.is_empty() {
                continue;
            }
            self.rehang(v, NONE, Rel::Root);
            self.past_participle_as_past(v);
            self.rehang(root, v, Rel::Conj);
            self.head[nu] = v as u32;
            for c in verb_conjuncts {
                self.head[c] = v as u32;
            }
            return;
        }
    }

    /// "Chinese ships rammed two boats near the islands, the ministry in
    /// Hanoi said": after a fronted reported clause and a comma, a noun
    /// phrase right before a subjectless speech verb is that verb's
    /// subject, though the parser may hang it (or its prepositional
    /// phrase) inside the reported clause, as an apposition or oblique.
    fn repair_speaker_after_fronted_report(&mut self) {
        let n = self.head.len();
        for s in 2..n {
            if !matches!(self.tag[s], Tag::VBD | Tag::VBZ | Tag::VBP) || !is_speech_act(self.lemmas[s]) {
                continue;
            }
            if self.deps(s).any(|d| matches!(self.rel[d], Rel::Nsubj | Rel::NsubjPass | Rel::Expl)) {
                continue;
            }
            let Some(comma) = (1..s).rev().find(|&i| self.forms[i] == ",") else { continue };
            if comma + 1 >= s || s - comma > 8 || !self.deps(s).any(|d| d < comma && self.rel[d] == Rel::Ccomp) {
                continue;
            }
            let span = comma + 1..s;
            if span.clone().any(|i| self.tag[i].is_verb() || self.forms[i] == "," || self.forms[i] == "and") {
                continue;
            }
            let inside = |t: &Self, i: usize| t.head[i] != NONE && span.contains(&(t.head[i] as usize));
            let outside: Vec<usize> = span.clone().filter(|&i| !inside(self, i)).collect();
            let Some((&h, rest)) = outside.split_first() else { continue };
            // The phrase's head is a noun; anything else hung outside is a
            // prepositional phrase of it ("in Hanoi").
            if !self.tag[h].is_noun() || self.tag[h] == Tag::PRP {
                continue;
            }
            if !rest.iter().all(|&r| r > h && self.tag[r].is_noun() && self.deps(r).any(|c| self.rel[c] == Rel::Case && span.contains(&c))) {
                continue;
            }
            // (No cycle: the speech verb must not hang below the phrase.)
            if self.dominates_index(h, s) {
                continue;
            }
            self.rehang(h, s, Rel::Nsubj);
            for &r in rest {
                self.rehang(r, h, Rel::Nmod);
            }
        }
    }

    /// "Russian drones struck energy facilities in the Odesa region,
    /// regional officials said": the parser may read the reported clause as
    /// a reduced relative under the speech verb's subject ("drones [that
    /// were] struck …") and the real speakers as its conjunct. A participle
    /// with an object of its own, followed by such a conjunct, is the
    /// reported clause: it becomes the speech verb's complement, the noun
    /// its subject, the conjunct the speaker.
    fn repair_attributed_clause(&mut self) {
        let n = self.head.len();
        for v in 0..n {
            let noun = self.head[v];
            if noun == NONE || self.rel[v] != Rel::Acl || !matches!(self.tag[v], Tag::VBN | Tag::VBD) {
                continue;
            }
            let nu = noun as usize;
            let speech = self.head[nu];
            if speech == NONE || self.rel[nu] != Rel::Nsubj || !self.tag[speech as usize].is_verb() || (speech as usize) < v {
                continue;
            }
            let has_object = self.has_dependent(v, Rel::Obj);
            let has_agent = self.has_dependent(v, Rel::OblAgent);
            // The speaker hung as the noun's conjunct, or as a second
            // subject of the speech verb after a comma.
            let speaker = (v + 1..speech as usize).find(|&i| {
                self.tag[i].is_noun()
                    && ((self.hangs(i, noun, Rel::Conj))
                        || (self.hangs(i, speech, Rel::Nsubj) && self.first_of(i).checked_sub(1).is_some_and(|p| self.forms[p] == ",")))
            });
            let (true, false, Some(c)) = (has_object, has_agent, speaker) else { continue };
            self.rehang(v, speech, Rel::Ccomp);
            self.head[nu] = v as u32;
            self.rehang(c, speech, Rel::Nsubj);
            self.past_participle_as_past(v);
        }
    }

    /// "moved toward the Kursk region, where Ukrainian forces seized
    /// territory": a clause opened by relative "where" right after a noun
    /// (and a comma) modifies that noun, though the parser may have
    /// coordinated it with the main verb.
    fn repair_where_relative(&mut self) {
        let n = self.head.len();
        for w in 1..n {
            if !self.forms[w].eq_ignore_ascii_case("where") || self.rel[w] != Rel::Advmod {
                continue;
            }
            let v = self.head[w];
            if v == NONE || !self.tag[v as usize].is_verb() || !matches!(self.rel[v as usize], Rel::Conj | Rel::Advcl | Rel::Parataxis | Rel::Ccomp) {
                continue;
            }
            let mut prev = w - 1;
            if self.forms[prev] == "," && prev > 0 {
                prev -= 1;
            }
            if !self.tag[prev].is_noun() {
                continue;
            }
            // No cycle: the noun must not sit inside the clause.
            let mut x = prev as u32;
            let mut inside = false;
            for _ in 0..n {
                if x == NONE {
                    break;
                }
                if x == v {
                    inside = true;
                    break;
                }
                x = self.head[x as usize];
            }
            if !inside {
                self.rehang(v as usize, prev, Rel::AclRelcl);
            }
        }
    }

    /// "Guterres said the laws would have devastating consequences … and
    /// urged Israel to …" with "urged" a conjunct of the modal's "have",
    /// "Blinken said … Gonzalez had won the most votes and called on …" with
    /// "called" a conjunct of "votes": a subjectless speech act after "and"
    /// that hangs on a noun, or in the past tense on a bare verb it cannot
    /// share a modal with, is the reporting verb's conjunct (what
    /// `repair_conjuncts` leaves when the reported clause itself is
    /// misparsed).
    fn repair_speech_act_conjunct_left_in_reported_clause(&mut self) {
        const REPORTING: [&str; 6] = ["say", "tell", "add", "state", "announce", "write"];
        let n = self.head.len();
        for x in 0..n {
            let h = self.head[x];
            // ("called on …" too: an appeal; the lemma is asked last, of
            // the few past-tense conjuncts.)
            let speech_act = |x: usize| is_speech_act(self.lemmas[x]) || self.lemmas[x].eq_ignore_ascii_case("call");
            if h == NONE || self.rel[x] != Rel::Conj || !matches!(self.tag[x], Tag::VBD | Tag::VBN) || !speech_act(x) {
                continue;
            }
            if [Rel::Nsubj, Rel::NsubjPass, Rel::Aux, Rel::AuxPass].iter().any(|&r| self.has_dependent(x, r)) {
                continue;
            }
            if !(0..x).any(|c| self.head[c] == x as u32 && self.rel[c] == Rel::Cc && self.forms[c].eq_ignore_ascii_case("and")) {
                continue;
            }
            let h = h as usize;
            // (A participle cannot share a modal either: "would have no
            // role and called on …" with "have" the main verb.)
            let modal = |v: usize| self.deps(v).any(|a| self.rel[a] == Rel::Aux && self.tag[a] == Tag::MD);
            // (Nor can a "to" infinitive: "said the scenes were painful to
            // watch and called on …", "to watch and call" would be its.)
            let bare_verb = self.tag[h] == Tag::VB && (self.tag[x] == Tag::VBD || (modal(h) && !self.lemmas[h].eq_ignore_ascii_case("be")) || self.is_to_infinitive(h));
            let misplaced = self.tag[h].is_nominal() || bare_verb || (self.tag[x] == Tag::VBD && self.rel[h] == Rel::Aux);
            if !misplaced || h > x {
                continue;
            }
            let reporting = |r: usize| REPORTING.iter().any(|w| self.lemmas[r].eq_ignore_ascii_case(w)) && matches!(self.tag[r], Tag::VBD | Tag::VBZ | Tag::VBP) && self.has_dependent(r, Rel::Nsubj) && self.dominates_index(r, h);
            let Some(r) = (0..h).rev().find(|&r| reporting(r)).or_else(|| self.predicate_over_nominal(h, x)) else { continue };
            self.tag[x] = Tag::VBD;
            self.head[x] = r as u32;
            // ("… the disputed waters and called on China to stop …" with
            // "to stop" on "waters": the infinitive after the verb is its.)
            if !self.deps(x).any(|i| matches!(self.rel[i], Rel::Xcomp | Rel::Advcl)) {
                let infinitive = |i: usize| matches!(self.rel[i], Rel::Xcomp | Rel::Advcl | Rel::Acl) && self.tag[i] == Tag::VB && self.is_to_infinitive(i);
                if let Some(c) = (x + 1..n).find(|&i| self.head[i] == h as u32 && infinitive(i)) {
                    self.rehang(c, x, Rel::Xcomp);
                }
            }
        }
    }

    /// "backed Ukraine's [right] to defend itself" with "right" an
    /// adjective complement: a word with a possessor is a noun, and as the
    /// complement of a verb its object.
    fn repair_possessed_noun_read_as_adjective(&mut self) {
        let n = self.head.len();
        for x in 0..n {
            if self.tag[x] != Tag::JJ || !self.deps(x).any(|p| self.rel[p] == Rel::NmodPoss && self.deps(p).any(|c| self.rel[c] == Rel::Case && self.tag[c] == Tag::POS)) {
                continue;
            }
            // (Not an adjective of a noun after it that the possessor is
            // really of: "China's dangerous and aggressive behaviour".)
            if x + 1 < n && (self.tag[x + 1].is_nominal() || matches!(self.tag[x + 1], Tag::JJ | Tag::CC) || self.forms[x + 1] == ",") {
                continue;
            }
            self.tag[x] = Tag::NN;
            let h = self.head[x];
            if h != NONE && self.rel[x] == Rel::Xcomp && self.tag[h as usize].is_verb() && !self.deps(h as usize).any(|o| self.rel[o] == Rel::Obj) {
                self.rel[x] = Rel::Obj;
            }
        }
    }

    /// "Guterres was concerned by [the operation] and called on Israel …"
    /// with "called" on "operation" and no reporting verb before it: the
    /// predicate with a subject whose complement the noun is (through
    /// obliques and nominal modifiers) is what the act is coordinated with.
    fn predicate_over_nominal(&self, h: usize, x: usize) -> Option<usize> {
        if !self.tag[h].is_nominal() {
            return None;
        }
        let mut n = h;
        for _ in 0..4 {
            if !matches!(self.rel[n], Rel::Obl | Rel::OblAgent | Rel::Nmod | Rel::Obj) {
                return None;
            }
            let p = self.head[n];
            if p == NONE {
                return None;
            }
            let p = p as usize;
            if (self.tag[p].is_verb() || matches!(self.tag[p], Tag::JJ)) && self.has_subject(p) {
                return (p < x).then_some(p);
            }
            n = p;
        }
        None
    }

    /// Conjuncts the parser hung on the wrong word: a noun coordinated with
    /// a verb ("informed [Qatar's prime minister] and [Egypt's intelligence
    /// chief]" with the second under "informed") belongs to the verb's
    /// object; a finite verb coordinated with a non-finite complement
    /// ("denies restricting aid and blames the UN") to the complement's
    /// governor.
    fn repair_conjuncts(&mut self) {
        let n = self.head.len();
        // The same participle hung as the noun's modifier after "and".
        for x in 0..n {
            let h = self.head[x];
            if self.rel[x] == Rel::Acl && h != NONE && self.tag[x] == Tag::VBN && self.tag[h as usize].is_noun() && self.past_predicate_read_as_participle(x, h as usize) {
                self.join_past_predicate(x, h as usize);
            }
        }
        for x in 0..n {
            let h = self.head[x];
            if self.rel[x] != Rel::Conj || h == NONE {
                continue;
            }
            let hu = h as usize;
            if self.tag[x].is_noun() && (self.tag[hu].is_verb() || self.tag[hu].is_noun()) && self.repair_subject_read_as_conjunct(x, hu) {
                continue;
            }
            if self.tag[x].is_noun() && self.tag[hu].is_verb() {
                let object = (0..x).rev().find(|&o| self.head[o] == h && matches!(self.rel[o], Rel::Obj | Rel::Iobj) && self.tag[o].is_nominal());
                if let Some(o) = object {
                    self.head[x] = o as u32;
                }
            } else if self.tag[x] == Tag::VBN && self.tag[hu].is_noun() && self.past_predicate_read_as_participle(x, hu) {
                self.join_past_predicate(x, hu);
            } else if self.is_finite(x) && self.tag[hu].is_noun() {
                // "denies restricting aid and blames the UN" with "blames"
                // a conjunct of "aid": a finite verb joins the nearest
                // finite verb above the noun.
                let mut g = self.head[hu];
                for _ in 0..n {
                    if g == NONE || self.is_finite(g as usize) {
                        break;
                    }
                    g = self.head[g as usize];
                }
                if g != NONE && (g as usize) < x {
                    self.head[x] = g;
                }
            } else if self.continues_speaker(x, hu) {
                if self.tag[x] == Tag::VBN && self.speaker_act_past_participle(x, hu) {
                    self.tag[x] = Tag::VBD;
                }
                self.head[x] = self.head[hu];
                // "said the raid was serious and called on Israel to
                // withdraw" with "to withdraw" hung on "serious": a
                // to-infinitive after the verb is the verb's own.
                if !self.deps(x).any(|i| matches!(self.rel[i], Rel::Xcomp | Rel::Advcl)) {
                    let infinitive = |i: usize| matches!(self.rel[i], Rel::Xcomp | Rel::Advcl) && self.is_to_infinitive(i);
                    if let Some(c) = (x + 1..n).find(|&i| self.head[i] == h && infinitive(i)) {
                        self.rehang(c, x, Rel::Xcomp);
                    }
                }
            } else if self.is_finite(x) && matches!(self.tag[hu], Tag::VBG | Tag::VB) && matches!(self.rel[hu], Rel::Xcomp | Rel::Advcl | Rel::Ccomp) {
                let g = self.head[hu];
                if g != NONE && self.tag[g as usize].is_verb() {
                    self.head[x] = g;
                }
            } else if self.has_finite_aux(x) && matches!(self.tag[hu], Tag::VBG | Tag::VBN | Tag::VB) && !self.has_finite_aux(hu) && !matches!(self.rel[hu], Rel::Root | Rel::Conj) {
                // "has called the deployment a prelude to an invasion aimed
                // at toppling him and has ordered the mobilisation" with
                // "has ordered" a conjunct of "toppling": a verb with its own
                // finite auxiliary joins the nearest finite clause above the
                // non-finite one.
                let mut g = self.head[hu];
                for _ in 0..n {
                    if g == NONE || self.is_finite(g as usize) || self.has_finite_aux(g as usize) {
                        break;
                    }
                    g = self.head[g as usize];
                }
                if g != NONE && (g as usize) < x && self.tag[g as usize].is_verb() {
                    self.head[x] = g;
                }
            } else if self.bare_past_after_gerund(x, hu) {
                // "thanked China for hosting the talks and praised Oman"
                // with "praised" (tagged a participle) a conjunct of the
                // gerund: a bare participle with neither auxiliary nor
                // subject cannot join a gerund, so it is the past tense
                // of the finite past verb the gerund hangs on.
                self.tag[x] = Tag::VBD;
                self.head[x] = self.head[hu];
            }
        }
    }

    /// Whether `x`, a conjunct of `h`, is a bare past participle (no
    /// auxiliary, no subject, an object or oblique of its own) joined to a
    /// prepositional gerund (`h`: "for hosting") whose head is a finite
    /// past verb.
    fn bare_past_after_gerund(&self, x: usize, h: usize) -> bool {
        let g = self.head[h];
        self.tag[x] == Tag::VBN
            && self.tag[h] == Tag::VBG
            && self.rel[h] == Rel::Advcl
            && g != NONE
            && self.tag[g as usize] == Tag::VBD
            && (0..h).any(|m| self.hangs(m, h, Rel::Mark) && self.tag[m] == Tag::IN)
            && !self.deps(x).any(|i| matches!(self.rel[i], Rel::Aux | Rel::AuxPass | Rel::Nsubj | Rel::NsubjPass))
            && self.deps(x).any(|i| matches!(self.rel[i], Rel::Obj | Rel::Obl))
    }

    /// "condemned the attacks and called on the Houthis to …" with "called"
    /// a participle conjunct (or modifier) of "attacks": it is the verb's
    /// conjunct, a past form, and a to-infinitive after it that the parser
    /// gave the first verb is its own.
    fn join_past_predicate(&mut self, x: usize, h: usize) {
        let v = self.head[h];
        self.rehang(x, v, Rel::Conj);
        self.tag[x] = Tag::VBD;
        // "welcomed the decision and called on Washington to do more" with
        // "to do more" left on "decision": across the joined verb it
        // cannot be the noun's, so it is the verb's.
        if !self.deps(x).any(|i| matches!(self.rel[i], Rel::Xcomp | Rel::Advcl)) {
            if let Some(c) = (x + 1..self.head.len()).find(|&i| self.hangs(i, h, Rel::Acl) && self.is_to_infinitive(i)) {
                self.rehang(c, x, Rel::Xcomp);
            }
        }
        if !self.deps(x).any(|i| matches!(self.rel[i], Rel::Xcomp | Rel::Advcl)) {
            if let Some(c) = (x + 1..self.head.len()).find(|&i| self.hangs(i, v, Rel::Xcomp)) {
                self.head[c] = x as u32;
            }
        }
    }

    /// Whether participle `x`, a conjunct of noun `h`, is a second past
    /// verb of the clause `h` is the object of: `h` is the object of a
    /// simple past verb, `x` has no subject or auxiliary of its own, is
    /// joined by a coordinator and has a complement or prepositional
    /// phrase after it.
    fn past_predicate_read_as_participle(&self, x: usize, h: usize) -> bool {
        let v = self.head[h];
        if v == NONE || self.rel[h] != Rel::Obj || self.tag[v as usize] != Tag::VBD {
            return false;
        }
        let kids: Vec<usize> = (0..self.head.len()).filter(|&i| self.head[i] == x as u32).collect();
        let coordinated = kids.iter().any(|&i| i < x && self.rel[i] == Rel::Cc);
        let own = kids.iter().any(|&i| matches!(self.rel[i], Rel::Nsubj | Rel::NsubjPass | Rel::Aux | Rel::AuxPass | Rel::OblAgent));
        let complement = kids.iter().any(|&i| i > x && matches!(self.rel[i], Rel::Obl | Rel::Obj | Rel::Xcomp | Rel::Advcl | Rel::Ccomp));
        coordinated && !own && complement
    }

    /// "Brawner said the Chinese had acted like pirates and demanded the
    /// return of the weapons", "determined that the RSF had committed
    /// genocide, and imposed sanctions": a subjectless verb conjunct of a
    /// reported clause belongs to the speaker's clause when it is a speech
    /// act of its own (`data/speech-acts.txt`), when a comma stands before
    /// its coordinator, or when it is a simple past after a pluperfect
    /// (which could not share the "had").
    fn continues_speaker(&self, x: usize, h: usize) -> bool {
        let speech = self.head[h];
        // ("said the attack was a flagrant violation … and called …": a
        // noun predicate with its copula is a clause too.)
        let nominal_predicate = self.tag[h].is_noun() && self.has_dependent(h, Rel::Cop);
        if self.rel[h] != Rel::Ccomp || speech == NONE || !self.tag[speech as usize].is_verb() || !self.tag[h].is_verb() && !self.tag[h].is_adjective() && !nominal_predicate {
            return false;
        }
        if !matches!(self.tag[x], Tag::VBD | Tag::VBZ | Tag::VBP | Tag::VBN) || self.has_subject(x) || self.has_dependent(x, Rel::Aux) {
            return false;
        }
        if self.lemma_in(x, &SPEECH_ACTS) && self.tag[x] != Tag::VBN {
            return true;
        }
        if self.speaker_act_past_participle(x, h) {
            return true;
        }
        let cc = (0..x).rev().find(|&i| self.hangs(i, x, Rel::Cc));
        let comma_before = cc.is_some_and(|c| c > 0 && self.forms[c - 1] == ",");
        let pluperfect = (0..h).any(|i| self.hangs(i, h, Rel::Aux) && self.lemmas[i].eq_ignore_ascii_case("have") && self.forms[i].eq_ignore_ascii_case("had"));
        comma_before || (pluperfect && self.tag[x] == Tag::VBD)
    }

    /// Whether `x`, a past-tense conjunct without subject or auxiliary of
    /// reported clause `h` (perhaps tagged a participle), is the speaker's
    /// second act: an appeal ("called on Israel to …", "called for
    /// restraint"), or any past verb after a clause whose subject is an
    /// expletive "there" ("said there was evidence of … and called …"),
    /// which lends no subject. A reported clause with an auxiliary could
    /// lend it to a participle, so then only a past tense counts.
    fn speaker_act_past_participle(&self, x: usize, h: usize) -> bool {
        let auxiliated = (0..h).any(|i| self.head[i] == h as u32 && matches!(self.rel[i], Rel::Aux | Rel::AuxPass));
        // (A progressive's "was" lent to "called on all parties" would
        // make a passive with an object: not a reading.)
        let perfect = (0..h).any(|i| self.head[i] == h as u32 && matches!(self.rel[i], Rel::Aux | Rel::AuxPass) && self.lemmas[i].eq_ignore_ascii_case("have"));
        let progressive = self.tag[h] == Tag::VBG && !perfect;
        if !(self.tag[x] == Tag::VBD || self.tag[x] == Tag::VBN && (!auxiliated || progressive)) {
            return false;
        }
        let n = self.head.len();
        let particles = ["on", "upon", "for"];
        let appeal = self.lemmas[x].eq_ignore_ascii_case("call")
            && (x + 1..n).any(|o| self.head[o] == x as u32 && match self.rel[o] {
                Rel::Obl => self.has_case_word(o, &particles),
                Rel::CompoundPrt => self.form_in(o, &particles),
                _ => false,
            });
        let expletive = (0..h).any(|i| self.hangs(i, h, Rel::Expl) && self.forms[i].eq_ignore_ascii_case("there"));
        appeal || expletive
    }

    /// "X joined the talks, and US Secretary of State Antony Blinken urged
    /// Israel …" with "Secretary" and "urged" both conjuncts of "joined":
    /// a nominal conjunct of a verb followed at once by a finite verb
    /// conjunct of the same verb that has no subject is that verb's subject,
    /// and the clause's `cc` and comma move to the verb. Returns whether it
    /// repaired.
    fn repair_subject_read_as_conjunct(&mut self, x: usize, verb: usize) -> bool {
        let n = self.head.len();
        let last = (x + 1..n).take_while(|&i| self.dominates_index(x, i)).last().unwrap_or(x);
        let v = last + 1;
        if v >= n || !self.is_finite(v) {
            return false;
        }
        // (Or, with the nominal after ", and" a conjunct of a noun or of a
        // modifier's verb, the finite verb an unmarked clause of a verb
        // above: "has protested against ships operating in its zone, and
        // Hanoi and Manila agreed …".)
        let sibling = self.tag[verb].is_verb() && self.hangs(v, verb, Rel::Conj);
        let above = self.rel[v] == Rel::Advcl && self.head[v] != NONE && self.head[v] != verb as u32 && self.dominates_index(self.head[v] as usize, verb) && !self.has_dependent(v, Rel::Mark);
        let before = |w: &str| (0..x).any(|i| self.head[i] == x as u32 && matches!(self.rel[i], Rel::Cc | Rel::Punct) && self.forms[i] == w);
        if !(sibling || (above && before(",") && before("and"))) {
            return false;
        }
        if self.has_subject(v) {
            return false;
        }
        self.move_deps(0..x, x, v, |rel| matches!(rel, Rel::Cc | Rel::Punct));
        self.rehang(x, v, Rel::Nsubj);
        if above {
            self.rel[v] = Rel::Conj;
        }
        true
    }

    fn repair_reduced_root(&mut self) {
        let n = self.head.len();
        let Some(root) = self.noun_root_without_copula() else { return };
        let verb = (0..n).find(|&i| self.hangs(i, root, Rel::Acl) && i > root && matches!(self.tag[i], Tag::VBD | Tag::VBN | Tag::VBZ | Tag::VBP));
        let Some(v) = verb else { return };
        // A real participle phrase has its own passive agent or no object.
        // (A bare noun that names no time counts: "killed at least 20
        // people" with "people" a bare temporal.)
        let bare_object = |i: usize| self.rel[i] == Rel::OblTmod && self.tag[i].is_noun() && !super::matcher::is_time_noun(self.lemmas[i]);
        let has_object = self.head.iter().enumerate().any(|(i, &h)| h == v as u32 && (matches!(self.rel[i], Rel::Obj | Rel::Obl | Rel::Xcomp | Rel::Ccomp | Rel::Advcl) || bare_object(i)));
        let has_agent = self.head.iter().enumerate().any(|(i, &h)| h == v as u32 && self.rel[i] == Rel::OblAgent);
        if !has_object || has_agent {
            return;
        }
        self.promote_over_subject_root(root, v);
        // "Israeli air strikes killed at least 70 people": the participle's
        // bare noun that names no time was its object.
        if !self.has_dependent(v, Rel::Obj) {
            if let Some(o) = (v + 1..n).find(|&i| self.hangs(i, v, Rel::OblTmod) && self.tag[i].is_noun() && !super::matcher::is_time_noun(self.lemmas[i])) {
                self.rel[o] = Rel::Obj;
            }
        }
    }

    /// "The United States imposed sanctions on Iran" parsed with "States"
    /// the root, "sanctions" its `obj` and "imposed" an `amod` of
    /// "sanctions". A noun takes no object: a bare past form modifying the
    /// object of a root noun, after the noun's own words, is the verb whose
    /// subject is the noun.
    fn repair_object_of_a_noun(&mut self) {
        let n = self.head.len();
        let Some(root) = self.noun_root_without_copula() else { return };
        // "Israeli warplanes struck targets …" may come with "targets" a
        // `conj` of the root, with no coordinator or comma before it.
        let unmarked_conj = |i: usize| self.rel[i] == Rel::Conj && !self.deps(i).any(|d| matches!(self.rel[d], Rel::Cc | Rel::Punct)) && !(root + 1..i).any(|k| self.tag[k].is_punct() || self.tag[k] == Tag::CC);
        let Some(object) = (root + 1..n).find(|&i| self.head[i] == root as u32 && (self.rel[i] == Rel::Obj || unmarked_conj(i))) else { return };
        let Some(v) = (root + 1..object).find(|&i| self.hangs(i, object, Rel::Amod) && matches!(self.tag[i], Tag::VBD | Tag::VBN)) else { return };
        // Only the root's own phrase before the verb; a bare verb.
        if self.head.contains(&(v as u32)) || (root + 1..v).any(|i| self.dominates_index(object, i)) {
            return;
        }
        self.move_deps(v + 1..n, root, v, |_| true);
        self.rel[object] = Rel::Obj;
        self.make_root_over(root, v, Rel::Nsubj);
    }

    /// "Colombia and the ELN resumed talks" parsed with the first name the
    /// root and "resumed" its `conj` (with "the ELN" as the verb's subject),
    /// or "US and British warplanes struck targets" with "struck" an `acl`
    /// of the second conjunct. A root noun with no verb of its own, then a
    /// coordinator, a nominal and a finite verb with an object is one
    /// coordinated subject and its verb.
    fn repair_coordinated_subject_read_as_root(&mut self) {
        let n = self.head.len();
        let Some(root) = self.noun_root_without_copula() else { return };
        // ("Washington and the Taliban had been holding talks": a participle
        // with a finite auxiliary is a finite clause too.)
        let finite_clause = |v: usize| self.is_finite(v) || (matches!(self.tag[v], Tag::VBG | Tag::VBN) && (0..v).any(|i| self.hangs(i, v, Rel::Aux) && (self.is_finite(i) || self.tag[i] == Tag::MD)));
        // The verb: a finite conjunct of the root with a nominal subject of
        // its own, or an `acl` of a nominal conjunct of the root, finite or
        // a participle with a direct object (no passive modifier has one:
        // "warplanes struck targets").
        // ("Lee and Ishiba agreed to strengthen cooperation": a finite
        // conjunct with a subject of its own needs no object.)
        let mut found = None;
        for v in root + 1..n {
            if !(finite_clause(v) || self.tag[v] == Tag::VBN) {
                continue;
            }
            let has_object = self.has_dependent(v, Rel::Obj);
            let h = self.head[v] as usize;
            if h == root && self.rel[v] == Rel::Conj && finite_clause(v) {
                if let Some(s) = (root + 1..v).find(|&i| self.hangs(i, v, Rel::Nsubj) && self.tag[i].is_noun()) {
                    found = Some((v, s));
                }
                if has_object || found.is_some() {
                    break;
                }
                continue;
            }
            if !has_object {
                continue;
            }
            if self.head[v] != NONE && self.rel[v] == Rel::Acl && self.hangs(h, root, Rel::Conj) && self.tag[h].is_noun() && h < v {
                found = Some((v, h));
            }
            break;
        }
        let Some((v, second)) = found else { return };
        // Only a coordinator and the second conjunct's own words may stand
        // between the root and the verb.
        let cc = (root + 1..second).find(|&i| self.rel[i] == Rel::Cc);
        let Some(cc) = cc else { return };
        // (The hyphen of a hyphenated name, "Lee Jae-myung", is no break.)
        let breaks = |i: usize| self.tag[i].is_punct() && self.forms[i] != "-";
        if (root + 1..cc).any(|i| self.dominates_index(v, i) || breaks(i))
            || (cc + 1..v).any(|i| !(self.dominates_index(second, i) || self.hangs(i, v, Rel::Aux)) || breaks(i))
        {
            return;
        }
        self.move_deps(v + 1..n, root, v, |rel| matches!(rel, Rel::Punct | Rel::Parataxis | Rel::Conj));
        self.rehang(second, root, Rel::Conj);
        self.head[cc] = second as u32;
        self.make_root_over(root, v, Rel::Nsubj);
    }

    /// "The government suspended peace talks with the rebels" parsed with
    /// "suspended" an `amod` of "talks", the root noun, and "government" its
    /// `nsubj`. A root noun with a subject and no copula is no clause; a
    /// bare past-tense or participle modifier between that subject and the
    /// noun is the main verb: it becomes the root, the subject its subject
    /// and the noun its object.
    fn repair_verb_read_as_modifier(&mut self) {
        let n = self.head.len();
        let Some(root) = self.noun_root_without_copula() else { return };
        // "Armenia and Azerbaijan traded accusations" may come with the
        // name a `compound` of the noun rather than its subject.
        let Some(subject) = (0..root).find(|&i| self.hangs(i, root, Rel::Nsubj) || (self.hangs(i, root, Rel::Compound) && self.is_proper(i))) else { return };
        let Some(v) = (subject + 1..root).find(|&i| self.hangs(i, root, Rel::Amod) && matches!(self.tag[i], Tag::VBD | Tag::VBN)) else { return };
        self.rel[subject] = Rel::Nsubj;
        // Only a bare word (or a hyphenated verb, "test-fired", whose first
        // parts hang on it): a participle with its own dependents is a real
        // modifier phrase. (The comma closing an apposition may hang on
        // it: "China, Myanmar's biggest neighbour, sent teams".)
        let word_start = self.hyphen_word_start(v);
        if self.deps(v).any(|i| !((word_start..v).contains(&i) || i < v && self.rel[i] == Rel::Punct)) {
            return;
        }
        for i in 0..n {
            if self.head[i] == root as u32 && i != v && (i < v || matches!(self.rel[i], Rel::Punct | Rel::Parataxis | Rel::Conj | Rel::Advcl | Rel::Ccomp)) {
                self.head[i] = v as u32;
            }
        }
        self.make_root_over(root, v, Rel::Obj);
    }

    /// "The army said Cambodian forces fired rockets at …" parsed with
    /// "fired" an `amod` of "rockets", the object of "said", and "forces"
    /// the subject of that modifier: a past form modifying the noun right
    /// after it while having a subject of its own is the reported clause's
    /// verb, the noun its object.
    fn repair_reported_verb_read_as_modifier(&mut self) {
        let n = self.head.len();
        for v in 1..n.saturating_sub(1) {
            let h = v + 1;
            if self.rel[v] != Rel::Amod || self.head[v] != h as u32 || !matches!(self.tag[v], Tag::VBD | Tag::VBN) || self.rel[h] != Rel::Obj {
                continue;
            }
            let g = self.head[h];
            if g == NONE || !self.tag[g as usize].is_verb() || (g as usize) > v {
                continue;
            }
            let kids: Vec<usize> = self.deps(v).collect();
            if !kids.iter().any(|&i| self.rel[i] == Rel::Nsubj && i < v) || kids.iter().any(|&i| i > v) {
                continue;
            }
            // What the parser hung on the speech verb after the object
            // ("at a base", ", killing civilians") is the reported clause's.
            for i in h + 1..n {
                if self.head[i] == g && matches!(self.rel[i], Rel::Obl | Rel::Nmod | Rel::Advcl) {
                    self.head[i] = v as u32;
                    if self.rel[i] == Rel::Nmod {
                        self.rel[i] = Rel::Obl;
                    }
                }
            }
            self.rehang(v, g, Rel::Ccomp);
            self.tag[v] = Tag::VBD;
            self.rehang(h, v, Rel::Obj);
            return;
        }
    }

    /// The first token of the hyphenated word ending at `t` ("test" of
    /// "test - fired"), or `t`.
    fn hyphen_word_start(&self, t: usize) -> usize {
        let mut s = t;
        while s >= 2 && self.forms[s - 1] == "-" && self.start[s - 1] == self.end[s - 2] && self.end[s - 1] == self.start[s] {
            s -= 2;
        }
        s
    }

    /// "President Evariste Ndayishimiye last week accused Rwandan President
    /// Paul Kagame of …" parsed with the first name the root, "accused" an
    /// `amod` of the second name and that name a conjunct of the first: a
    /// root name with no verb of its own, followed by a bare past form
    /// modifying a later noun of the root's phrase, is a subject, verb and
    /// object. The root's time words ("last week") and clause-level words
    /// after the verb follow the verb; clauses hung on the object noun
    /// ("of sheltering …") are the verb's.
    fn repair_title_name_subject(&mut self) {
        let n = self.head.len();
        let Some(root) = self.root() else { return };
        if !self.is_proper(root) || self.has_dependent(root, Rel::Cop) {
            return;
        }
        let Some(v) = (root + 1..n).find(|&i| self.rel[i] == Rel::Amod && matches!(self.tag[i], Tag::VBD | Tag::VBN) && !self.head.contains(&(i as u32))) else { return };
        // Another finite verb is a clause of its own: leave the parse alone.
        if (0..n).any(|i| i != v && matches!(self.tag[i], Tag::VBD | Tag::VBZ | Tag::VBP | Tag::MD) && !self.aux[i]) {
            return;
        }
        let object = self.head[v] as usize;
        if object <= v || object >= n || !self.tag[object].is_noun() || !self.dominates_index(root, object) {
            return;
        }
        // The object's phrase must hang from the root's directly (a name
        // conjunct or apposition), not from a prepositional phrase.
        if !(matches!(self.rel[object], Rel::Conj | Rel::Appos | Rel::Flat | Rel::Dep | Rel::List) && self.head[object] == root as u32) {
            return;
        }
        for i in 0..n {
            let h = self.head[i];
            let clause_word_of_root = h == root as u32 && i != object && (i > v || matches!(self.rel[i], Rel::OblTmod | Rel::Obl | Rel::Advmod | Rel::NmodTmod)) && !self.dominates_index(object, i);
            let clause_on_object = h == object as u32 && i > object && matches!(self.rel[i], Rel::Advcl | Rel::Xcomp | Rel::Ccomp | Rel::Punct);
            if clause_word_of_root || clause_on_object {
                self.head[i] = v as u32;
            }
        }
        self.rehang(object, v, Rel::Obj);
        self.make_root_over(root, v, Rel::Nsubj);
    }

    /// "Saudi Foreign Minister Prince Faisal bin Farhan met …" parsed with
    /// the verb the root but the title-and-name phrase hung on it by some
    /// modifier relation (here `advmod`) and no subject: a finite root verb
    /// with no subject whose left dependent is a phrase from the start of
    /// the sentence with a proper name in it, and no preposition, takes
    /// that phrase as its subject.
    fn repair_subject_read_as_modifier(&mut self) {
        let Some(v) = self.root() else { return };
        if !self.is_finite(v) {
            return;
        }
        if self.deps(v).any(|i| matches!(self.rel[i], Rel::Nsubj | Rel::NsubjPass | Rel::Csubj | Rel::Expl)) {
            return;
        }
        let candidate = (0..v).find(|&k| self.head[k] == v as u32 && matches!(self.rel[k], Rel::Advmod | Rel::Amod | Rel::Dep | Rel::Nmod | Rel::NmodDesc | Rel::Compound | Rel::Appos | Rel::Conj | Rel::List));
        let Some(k) = candidate else { return };
        if !(self.tag[k].is_noun() || self.tag[k].is_adjective()) {
            return;
        }
        // The phrase runs from the sentence start (after a dateline's
        // dash) up to the verb, and names someone.
        let first = self.first_of(k);
        let starts_sentence = self.starts_sentence_at(first);
        let covers = (first..v).all(|i| self.dominates_index(k, i) || self.tag[i].is_punct());
        let named = (first..v).any(|i| self.is_proper(i));
        let prepositional = (first..v).any(|i| self.dominates_index(k, i) && matches!(self.rel[i], Rel::Case | Rel::Mark));
        if starts_sentence && covers && named && !prepositional {
            self.rel[k] = Rel::Nsubj;
            // "Saudi … Prince Faisal" with the name a conjunct of the
            // adjective: with no coordinator or comma in the phrase, it is
            // one name, not two actors.
            if !(first..v).any(|i| self.tag[i] == Tag::CC || self.forms[i] == ",") {
                for i in first..v {
                    if self.rel[i] == Rel::Conj {
                        self.rel[i] = Rel::Flat;
                    }
                }
            }
        }
    }

    /// "granted him political asylum" with "him" a second `obj`, "granted
    /// Jorge Glas asylum" with the name a compound of "asylum": after a
    /// verb of giving, a pronoun or a name right after the verb, before
    /// the thing given, is the one it is given to (`iobj`) — unless a "to"
    /// or "for" phrase names that one ("granted NATO membership to
    /// Sweden"); so too a name whose apposition, with an article and no
    /// comma, is the thing ("awarded Donald Trump the Grand Order").
    fn repair_recipient_read_as_object(&mut self) {
        const GIVING: [&str; 8] = ["grant", "give", "award", "offer", "deny", "send", "hand", "lend"];
        let n = self.head.len();
        for v in 0..n.saturating_sub(2) {
            if !self.tag[v].is_verb() || !self.lemma_in(v, &GIVING) {
                continue;
            }
            let r = v + 1;
            if self.head[r] == NONE || !matches!(self.tag[r], Tag::PRP | Tag::NNP) || self.forms[r].eq_ignore_ascii_case("it") {
                continue;
            }
            let named = self.deps(v).any(|k| matches!(self.rel[k], Rel::Obl | Rel::Nmod) && self.has_case_word(k, &["to", "for"]));
            if named {
                continue;
            }
            // "awarded Donald Trump the Grand Order of Mugunghwa" with the
            // thing read as an apposition of the name (no comma between):
            // the thing is the object, the name the one it is given to.
            // (The name's head: "Narendra" is a compound of "Modi".)
            let name = match self.head[r] {
                h if h != NONE && self.rel[r] == Rel::Compound && (h as usize) > r && self.tag[h as usize] == Tag::NNP => h as usize,
                _ => r,
            };
            if self.tag[name] == Tag::NNP && self.hangs(name, v, Rel::Obj) {
                let article = |o: usize| self.deps(o).any(|k| self.rel[k] == Rel::Det && k < o && k > 0 && self.forms[k - 1] != "," && self.lemma_in(k, &["the", "a", "an"]));
                if let Some(o) = (name + 1..n).find(|&o| self.hangs(o, name, Rel::Appos) && self.tag[o].is_noun() && article(o)) {
                    self.rehang(o, v, Rel::Obj);
                    self.rehang(name, v, Rel::Iobj);
                    continue;
                }
            }
            let thing_after = |from: usize| (from + 1..n).find(|&o| self.hangs(o, v, Rel::Obj) && self.tag[o].is_noun());
            // (The name's head only when a thing follows it: "granted Assad
            // asylum" may read "Assad" a compound of "asylum" itself.)
            let (name, thing) = match thing_after(name) {
                Some(o) if name != r => (name, Some(o)),
                _ => (r, thing_after(r)),
            };
            let Some(o) = thing else { continue };
            let second_object = self.hangs(name, v, Rel::Obj);
            // The name and its flat continuation hang on the thing.
            let compound_name = self.tag[r] == Tag::NNP && self.hangs(r, o, Rel::Compound) && (r + 1..o).all(|i| self.head[i] == o as u32 || self.dominates_index(r, i) || self.rel[i] == Rel::Amod);
            if !second_object && !compound_name {
                continue;
            }
            self.rehang(if second_object { name } else { r }, v, Rel::Iobj);
        }
    }

    /// "released six detained Americans" with "detained" a clause of
    /// "released", "six" hung on it and "Americans" its object: a number
    /// counts a noun, so a past participle right after one and before its
    /// object noun modifies that noun, which is the object of the verb
    /// above (with the participle's other dependents).
    fn repair_counted_participle_read_as_clause(&mut self) {
        let n = self.head.len();
        for g in 1..n.saturating_sub(1) {
            let v = self.head[g];
            if v == NONE || (v as usize) > g || !matches!(self.rel[g], Rel::Ccomp | Rel::Xcomp | Rel::Obj) || !matches!(self.tag[g], Tag::VBN | Tag::VBD) {
                continue;
            }
            let (num, o, vu) = (g - 1, g + 1, v as usize);
            if self.tag[num] != Tag::CD || self.head[num] != g as u32 || !self.hangs(o, g, Rel::Obj) || !self.tag[o].is_noun() || !self.tag[vu].is_verb() || self.has_dependent(vu, Rel::Obj) {
                continue;
            }
            for i in 0..n {
                if self.head[i] == g as u32 && i != o && i != num {
                    self.head[i] = v;
                }
            }
            self.rehang(o, v, Rel::Obj);
            self.rehang(g, o, Rel::Amod);
            self.tag[g] = Tag::JJ;
            self.rehang(num, o, Rel::Nummod);
        }
    }

    /// "Putin and North Korean leader Kim Jong-un signed …" with "Putin"
    /// the subject of "leader" and the "and" hung on "leader": a noun takes
    /// no subject, so a nominal that is one, with a coordinator of that
    /// noun between them, is the first conjunct and takes the noun's place
    /// in the clause.
    fn repair_first_conjunct_read_as_subject(&mut self) {
        let n = self.head.len();
        for x in 0..n {
            let h = self.head[x];
            // ("he and North Korean leader Kim Jong Un signed": a pronoun too.)
            if h == NONE || self.rel[x] != Rel::Nsubj || !(self.tag[x].is_noun() || self.tag[x] == Tag::PRP) {
                continue;
            }
            let hu = h as usize;
            if hu <= x || !self.tag[hu].is_noun() || self.head[hu] == NONE || !self.tag[self.head[hu] as usize].is_verb() || self.has_dependent(hu, Rel::Cop) {
                continue;
            }
            if !(x + 1..hu).any(|c| self.hangs(c, h, Rel::Cc)) {
                continue;
            }
            self.rehang(x, self.head[hu], self.rel[hu]);
            self.rehang(hu, x, Rel::Conj);
        }
    }

    /// "The bloc imposed sweeping sanctions on Niger" parsed with
    /// "sweeping" a gerund complement of "imposed" and "sanctions" its
    /// object: an adjectival -ing word right after a verb without an object
    /// of its own, followed by its object noun, is that noun's modifier and
    /// the noun the verb's object (with the dependents it took along).
    fn repair_participle_adjective_read_as_gerund(&mut self) {
        let n = self.head.len();
        for g in 1..n {
            let v = self.head[g];
            if v == NONE || v as usize != g - 1 || self.rel[g] != Rel::Xcomp || self.tag[g] != Tag::VBG || !PARTICIPLE_ADJECTIVES.iter().any(|w| w.eq_ignore_ascii_case(self.forms[g])) {
                continue;
            }
            let v = v as usize;
            if !self.tag[v].is_verb() || self.has_dependent(v, Rel::Obj) {
                continue;
            }
            let Some(o) = (g + 1..n).find(|&i| self.hangs(i, g, Rel::Obj) && self.tag[i].is_noun()) else { continue };
            if (g + 1..o).any(|i| !self.dominates_index(o, i)) {
                continue;
            }
            for i in 0..n {
                if self.head[i] == g as u32 && i != o {
                    self.head[i] = v as u32;
                }
            }
            self.rehang(o, v, Rel::Obj);
            self.rehang(g, o, Rel::Amod);
            self.tag[g] = Tag::JJ;
        }
    }

    /// "Brazil, Colombia and Mexico, whose leftist leaders have ties to
    /// Maduro, called on Venezuela to …" parsed with the relative clause's
    /// verb the root, the subject hung on it (as a vocative or dependent)
    /// and the real main verb a clause under it: a root whose subject is
    /// owned by "whose", with a subjectless finite verb after a comma under
    /// it and a nominal before "whose", is that nominal's relative clause;
    /// the later verb is the root and the nominal its subject.
    /// "Mali relied on the Wagner Group, whose fighters have been accused
    /// …" with the clause after "whose" a conjunct of the main verb: a
    /// "whose" clause right after a comma and a noun is a relative clause
    /// of that noun, "whose" its owned noun's possessor.
    fn repair_whose_clause_read_as_conjunct(&mut self) {
        let n = self.head.len();
        for w in 2..n {
            if !self.forms[w].eq_ignore_ascii_case("whose") || self.forms[w - 1] != "," || !self.tag[w - 2].is_noun() {
                continue;
            }
            let noun = w - 2;
            let mut owned = self.head[w];
            while owned != NONE && self.rel[owned as usize] == Rel::Amod && (owned as usize) > w {
                owned = self.head[owned as usize];
            }
            if owned == NONE || (owned as usize) <= w || !matches!(self.rel[owned as usize], Rel::Nsubj | Rel::NsubjPass) {
                continue;
            }
            let v = self.head[owned as usize];
            if v == NONE || !self.tag[v as usize].is_verb() || !matches!(self.rel[v as usize], Rel::Conj | Rel::Parataxis) || (self.head[v as usize] as usize) >= noun || self.dominates_index(noun, v as usize) {
                continue;
            }
            self.rehang(v as usize, noun, Rel::AclRelcl);
            self.rehang(w, owned, Rel::NmodPoss);
            self.head[w - 1] = v;
        }
    }

    /// "In their place, Russia's Africa Corps, which absorbed Wagner's
    /// fighters, has deployed instructors" with "Corps" a conjunct of
    /// "place" and "absorbed" a clause of "deployed": a noun right before
    /// ", which …" (or ", who …") whose verb hangs on a later main verb
    /// that has no subject is that verb's subject, and the clause its
    /// relative clause.
    fn repair_subject_of_relative_read_as_clause(&mut self) {
        let n = self.head.len();
        for w in 2..n {
            if !matches!(self.tag[w], Tag::WDT | Tag::WP) || self.forms[w - 1] != "," || self.rel[w] != Rel::Nsubj {
                continue;
            }
            let rv = self.head[w];
            if rv == NONE {
                continue;
            }
            let rv = rv as usize;
            // Or the clause rightly on its noun, but the noun a conjunct of
            // the fronted phrase ("In their place, Turkey's army, which …,").
            let v = match self.rel[rv] {
                Rel::Advcl | Rel::Conj | Rel::Parataxis => self.head[rv],
                Rel::AclRelcl => {
                    let owner = self.head[rv];
                    let fronted = if owner != NONE && self.rel[owner as usize] == Rel::Conj { self.head[owner as usize] } else { NONE };
                    if fronted == NONE || fronted > owner || !matches!(self.rel[fronted as usize], Rel::Obl | Rel::Advmod | Rel::OblTmod | Rel::OblNpmod) {
                        continue;
                    }
                    self.head[fronted as usize]
                }
                _ => continue,
            };
            if v == NONE || (v as usize) <= rv {
                continue;
            }
            let v = v as usize;
            let finite = self.is_finite(v) || self.has_dependent(v, Rel::Aux);
            if !finite || self.has_subject(v) || self.has_dependent(v, Rel::Expl) {
                continue;
            }
            // The relative clause runs up to the comma before the main verb
            // (or its auxiliaries).
            let first_of_v = (0..v).find(|&i| self.head[i] == v as u32 && matches!(self.rel[i], Rel::Aux | Rel::AuxPass | Rel::Advmod) && i > rv).unwrap_or(v);
            if self.forms[first_of_v - 1] != "," || !(w..first_of_v - 1).all(|i| self.dominates_index(rv, i)) {
                continue;
            }
            let mut noun = w - 2;
            while matches!(self.rel[noun], Rel::Compound | Rel::Flat | Rel::Amod | Rel::Det) && self.head[noun] != NONE && (self.head[noun] as usize) < w {
                noun = self.head[noun] as usize;
            }
            if !self.tag[noun].is_nominal() || self.has_dependent(noun, Rel::Case) || self.dominates_index(noun, v) {
                continue;
            }
            // A fronted phrase ("In their place,") the parser hung on the
            // relative clause's verb, with the noun inside it, belongs to
            // the main verb.
            if self.rel[rv] == Rel::AclRelcl && self.head[rv] != noun as u32 {
                continue;
            }
            let fronted: Vec<usize> = (0..w - 1).filter(|&i| self.head[i] == rv as u32).collect();
            if self.dominates_index(rv, noun) && !fronted.iter().any(|&f| self.dominates_index(f, noun)) {
                continue;
            }
            for f in fronted {
                self.head[f] = v as u32;
            }
            self.rehang(rv, noun, Rel::AclRelcl);
            self.rehang(noun, v, Rel::Nsubj);
            self.head[first_of_v - 1] = rv as u32;
        }
    }

    fn repair_whose_clause_read_as_main(&mut self) {
        let n = self.head.len();
        let Some(r) = self.root() else { return };
        let Some(w) = (0..r).find(|&i| self.forms[i].eq_ignore_ascii_case("whose")) else { return };
        // "whose" may hang on a modifier of the owned noun ("whose leftist
        // governments"): the owned noun is the one below the root.
        let mut owned = self.head[w];
        while owned != NONE && self.head[owned as usize] != r as u32 && self.rel[owned as usize] == Rel::Amod {
            owned = self.head[owned as usize];
        }
        if owned == NONE || self.head[owned as usize] != r as u32 || !matches!(self.rel[owned as usize], Rel::Nsubj | Rel::NsubjPass) {
            return;
        }
        // The main verb may be read as a participle modifying the clause
        // ("Russia, whose peacekeepers have been deployed …, called on …"
        // with "called" an `acl`): one without an auxiliary is the past tense.
        let main_verb = |i: usize, direct: bool| {
            (if direct { self.head[i] == r as u32 } else { self.head[i] != NONE && self.dominates_index(r, i) })
                && matches!(self.rel[i], Rel::Acl | Rel::Advcl | Rel::Conj | Rel::Parataxis | Rel::Ccomp | Rel::Dep)
                && (self.is_finite(i) || (self.tag[i] == Tag::VBN && !self.has_dependent(i, Rel::Aux) && !self.has_dependent(i, Rel::AuxPass)))
                && i >= 1
                && self.forms[i - 1] == ","
        };
        // Or deeper: "Guterres, whose envoy has held talks with both sides,
        // called on Thursday for …" with "called" hung on "talks".
        let Some(v) = (r + 1..n).find(|&i| main_verb(i, true)).or_else(|| (r + 1..n).find(|&i| main_verb(i, false))) else {
            return;
        };
        self.past_participle_as_past(v);
        if self.has_subject(v) {
            return;
        }
        let Some(subject) = (0..w).find(|&i| self.head[i] == r as u32 && self.tag[i].is_nominal() && !matches!(self.rel[i], Rel::Punct | Rel::Case | Rel::Mark)) else { return };
        // Only punctuation between the subject's phrase and "whose".
        if !(subject + 1..w).all(|i| self.dominates_index(subject, i) || self.tag[i].is_punct()) {
            return;
        }
        for i in v + 1..n {
            // Punctuation and later verb conjuncts ("… called for a
            // ceasefire and urged …") belong to the main verb.
            if self.head[i] == r as u32 && (self.tag[i].is_punct() || (self.rel[i] == Rel::Conj && self.tag[i].is_verb())) {
                self.head[i] = v as u32;
            }
        }
        self.rehang(v - 1, v, Rel::Punct);
        self.rehang(v, NONE, Rel::Root);
        self.rehang(subject, v, Rel::Nsubj);
        self.rehang(r, subject, Rel::AclRelcl);
        self.rehang(w, owned, Rel::NmodPoss);
    }

    /// "said he supported Trump's decision not to make a compromise" parsed
    /// with "decision" the subject of "make": a "to" infinitive has no
    /// subject of its own (without "for"), so a noun before it, after a
    /// verb left without an object, is that verb's object and the
    /// infinitive its clause. (The list of such nouns also serves
    /// `repair_control_infinitive_read_as_relative`.)
    fn repair_infinitive_subject_read_as_object(&mut self) {
        let n = self.head.len();
        for v in 1..n {
            let h = self.head[v];
            if h == NONE || (h as usize) > v || !self.tag[v].is_verb() || !matches!(self.rel[v], Rel::Ccomp | Rel::Xcomp | Rel::Advcl) || !self.tag[h as usize].is_verb() {
                continue;
            }
            let marks: Vec<usize> = (0..n).filter(|&k| self.hangs(k, v, Rel::Mark)).collect();
            if !marks.iter().any(|&k| self.forms[k].eq_ignore_ascii_case("to")) || marks.iter().any(|&k| self.forms[k].eq_ignore_ascii_case("for")) {
                continue;
            }
            // Only nouns that take an infinitive ("decision", "plan"): "urged
            // Israel not to attack" keeps its parse.
            let Some(s) = (h as usize + 1..v).find(|&k| self.hangs(k, v, Rel::Nsubj) && self.tag[k].is_noun() && self.lemma_in(k, &INFINITIVE_NOUNS)) else { continue };
            if self.has_dependent(h as usize, Rel::Obj) {
                continue;
            }
            self.rehang(s, h, Rel::Obj);
            self.rehang(v, s, Rel::Acl);
        }
    }

    /// "called for free and credible elections" parsed with the adjective
    /// "free" the object of "for" and "elections" the verb's object: an
    /// adjective under a preposition, followed right after its own words by
    /// a noun hung on the same verb, modifies that noun, which is the
    /// preposition's object.
    fn repair_adjective_read_as_prepositional_object(&mut self) {
        let n = self.head.len();
        for a in 0..n {
            let h = self.head[a];
            if h == NONE || !self.tag[a].is_adjective() || !matches!(self.rel[a], Rel::Obl | Rel::Nmod) {
                continue;
            }
            let Some(case) = (0..a).rev().find(|&k| self.hangs(k, a, Rel::Case)) else { continue };
            // The adjective's own words (its conjuncts "and fair") come
            // first; the noun hangs on the verb or, as a parataxis or
            // dependent, on the adjective.
            let Some(x) = (a + 1..n).find(|&k| self.tag[k].is_noun()) else { continue };
            let own = |k: usize| self.dominates_index(a, k) && (self.tag[k].is_adjective() || self.tag[k].is_punct() || matches!(self.rel[k], Rel::Cc | Rel::Advmod));
            let on_verb = self.head[x] == h && matches!(self.rel[x], Rel::Obj | Rel::Obl | Rel::Nmod);
            let on_adjective = self.head[x] == a as u32 && matches!(self.rel[x], Rel::Parataxis | Rel::Dep | Rel::Appos | Rel::Obj);
            if !(a + 1..x).all(own) || !(on_verb || on_adjective) || self.has_dependent(x, Rel::Case) {
                continue;
            }
            self.rehang(x, h, self.rel[a]);
            self.head[case] = x as u32;
            self.rehang(a, x, Rel::Amod);
        }
    }

    /// "Putin, whose country is accused of backing Haftar, said …" parsed
    /// with the relative clause's verb a complement of "said" and the
    /// sentence's subject hung on it beside the noun "whose" owns: a verb
    /// with a subject owned by "whose" and a second, nominal subject before
    /// "whose" (only punctuation between) is that nominal's relative
    /// clause, and the nominal is the subject of the verb it hung under.
    fn repair_whose_clause_read_as_complement(&mut self) {
        let n = self.head.len();
        let Some(w) = (0..n).find(|&i| self.forms[i].eq_ignore_ascii_case("whose")) else { return };
        let mut owned = self.head[w];
        while owned != NONE && self.rel[owned as usize] == Rel::Amod && self.head[owned as usize] != NONE && self.tag[self.head[owned as usize] as usize].is_noun() {
            owned = self.head[owned as usize];
        }
        if owned == NONE || !matches!(self.rel[owned as usize], Rel::Nsubj | Rel::NsubjPass) || self.head[owned as usize] == NONE {
            return;
        }
        let x = self.head[owned as usize] as usize;
        let h = self.head[x];
        if h == NONE || (h as usize) < x || !matches!(self.rel[x], Rel::Ccomp | Rel::Advcl | Rel::Dep | Rel::Parataxis) || !self.tag[h as usize].is_verb() || self.has_dependent(h as usize, Rel::Nsubj) {
            return;
        }
        let Some(subject) = (0..w).find(|&i| self.hangs(i, x, Rel::Nsubj) && self.tag[i].is_nominal()) else { return };
        if !(subject + 1..w).all(|i| self.dominates_index(subject, i) || self.tag[i].is_punct()) || !(x + 1..h as usize).any(|i| self.forms[i] == ",") {
            return;
        }
        self.rehang(subject, h, Rel::Nsubj);
        self.rehang(x, subject, Rel::AclRelcl);
        if self.rel[w] != Rel::NmodPoss {
            self.rehang(w, owned, Rel::NmodPoss);
        }
    }

    /// Whether word `i` begins the sentence, or its text after a
    /// dateline's dash ("GOMA, Congo — …").
    fn starts_sentence_at(&self, i: usize) -> bool {
        i == 0 || self.forms[i - 1].chars().all(|c| matches!(c, '—' | '–' | '-'))
    }

    /// "In a statement late on Thursday, Secretary of State Antony Blinken
    /// urged …" parsed with the subject hung inside the fronted phrase (an
    /// apposition or conjunct of "Thursday") and the verb left without one:
    /// a finite root verb with no subject, whose fronted dependent runs from
    /// the sentence start through a comma right up to the verb, takes the
    /// named phrase after that comma as its subject.
    fn repair_subject_inside_fronted_phrase(&mut self) {
        let Some(v) = self.root() else { return };
        // ("After a telephone call with Trump, Claudia Sheinbaum said …"
        // with the fronted phrase read as the subject: a noun with a
        // preposition of its own is no subject.)
        if let Some(k) = (0..v).find(|&k| self.head[k] == v as u32 && self.rel[k] == Rel::Nsubj && self.tag[k].is_noun()) {
            let first = self.first_of(k);
            let phrase_ends_in_comma = (k + 1..v).any(|c| self.forms[c] == "," && self.dominates_index(k, c));
            if phrase_ends_in_comma && self.starts_sentence_at(first) && self.tag[first] == Tag::IN && self.head[first] == k as u32 && self.rel[first] == Rel::Case {
                self.rel[k] = Rel::Obl;
            }
        }
        if !self.is_finite(v) || self.deps(v).any(|i| matches!(self.rel[i], Rel::Nsubj | Rel::NsubjPass | Rel::Csubj | Rel::Expl)) {
            return;
        }
        let Some(k) = (0..v).find(|&k| self.head[k] == v as u32 && matches!(self.rel[k], Rel::Obl | Rel::OblTmod | Rel::Advmod | Rel::NmodTmod)) else { return };
        let first = self.first_of(k);
        let starts_sentence = self.starts_sentence_at(first);
        if !starts_sentence || !(first..v).all(|i| self.dominates_index(k, i)) {
            return;
        }
        // The last comma of the phrase; after it a name starts the subject.
        let Some(comma) = (first..v).rev().find(|&i| self.forms[i] == ",") else { return };
        let s = comma + 1;
        // (A name, or a capitalised word: "In Amman, Jordanian police
        // opened fire …".)
        let capitalised = |i: usize| self.forms[i].starts_with(char::is_uppercase);
        if s >= v || !matches!(self.tag[s], Tag::NNP | Tag::NNPS | Tag::NN | Tag::NNS | Tag::DT | Tag::JJ) || !(s..v).any(|i| self.is_proper(i) || capitalised(i)) {
            return;
        }
        // The subject's head: its last noun before any preposition ("the
        // Russian Foreign Ministry"), else the first ("Secretary of State
        // Antony Blinken": a title, its name flat under it).
        let before_case = (s..v).take_while(|&i| self.rel[i] != Rel::Case || self.tag[i] == Tag::POS).collect::<Vec<_>>();
        let head = if before_case.len() == v - s { before_case.iter().rev().copied().find(|&i| self.tag[i].is_noun()).unwrap_or(s) } else { s };
        let inside = |i: u32| (s as u32..v as u32).contains(&i);
        // Words hung outside the phrase come back under its head: a name
        // after the title is its flat part unless a comma or coordinator
        // separates them (then it is a conjunct), a word before the head
        // a compound.
        for i in s..v {
            if i == head || inside(self.head[i]) {
                continue;
            }
            let separated = (head.min(i)..head.max(i)).any(|j| self.tag[j] == Tag::CC || self.forms[j] == ",");
            self.head[i] = head as u32;
            self.rel[i] = if self.tag[i].is_punct() {
                Rel::Punct
            } else if separated && self.tag[i].is_noun() {
                Rel::Conj
            } else if i < head {
                if self.tag[i].is_adjective() { Rel::Amod } else if self.tag[i] == Tag::DT { Rel::Det } else { Rel::Compound }
            } else {
                Rel::Flat
            };
        }
        self.rehang(head, v, Rel::Nsubj);
        self.rehang(comma, v, Rel::Punct);
    }

    /// "Burundi closed its border …, accusing …, an allegation Kigali has
    /// repeatedly denied." parsed with "denied" the root and the real main
    /// clause its `advcl`: a subjectless root verb that ends the sentence
    /// after a comma, a noun and a name ("a charge Moscow denies") is a
    /// relative clause on that noun, the name its subject, and the earlier
    /// clause with a subject of its own is the root.
    fn repair_trailing_comment_read_as_root(&mut self) {
        let Some(v) = self.root() else { return };
        if !self.tag[v].is_verb() || self.has_subject(v) {
            return;
        }
        let Some(main) = (0..v).find(|&a| self.hangs(a, v, Rel::Advcl) && self.is_finite(a) && self.has_dependent(a, Rel::Nsubj)) else { return };
        let Some(comma) = (main + 1..v).rev().find(|&i| self.forms[i] == ",") else { return };
        let mut i = comma + 1;
        if i < v && self.tag[i] == Tag::DT {
            i += 1;
        }
        let noun = i;
        if noun >= v || !matches!(self.tag[noun], Tag::NN | Tag::NNS) {
            return;
        }
        let subject = noun + 1;
        if subject >= v || !matches!(self.tag[subject], Tag::NNP | Tag::NNPS | Tag::PRP) {
            return;
        }
        if !(subject + 1..v).all(|k| self.aux[k] || matches!(self.tag[k], Tag::RB | Tag::MD)) {
            return;
        }
        let moved: Vec<usize> = self.deps(v).filter(|&k| (k > v || k < comma) && k != main).collect();
        for k in moved {
            self.head[k] = main as u32;
        }
        for k in comma..v {
            if k == subject {
                self.rehang(k, v, Rel::Nsubj);
            } else if k == noun {
                self.rehang(k, main, Rel::Dep);
            } else if k > subject {
                self.head[k] = v as u32;
            } else if k != comma {
                self.head[k] = noun as u32;
            }
        }
        self.head[comma] = noun as u32;
        self.rehang(main, NONE, Rel::Root);
        self.rehang(v, noun, Rel::AclRelcl);
    }

    /// "Kenya and Somalia accused each other of violating the border" with
    /// "each" hung on the final stop and "other" a `fixed` of it (or "one"
    /// the object and "another" on the stop): a reciprocal pronoun whose
    /// two words are not one argument is the object of the nearest verb
    /// before it (an oblique after a preposition), and its own dependents
    /// ("of violating …") that verb's.
    fn repair_split_each_other(&mut self) {
        let n = self.head.len();
        for e in 0..n.saturating_sub(1) {
            if !self.is_reciprocal_at(e) {
                continue;
            }
            let other = e + 1;
            // Well formed: one word on the other, the top a nominal
            // argument.
            let top = if self.head[e] == other as u32 {
                other
            } else if self.head[other] == e as u32 {
                e
            } else {
                NONE as usize
            };
            if top != NONE as usize && matches!(self.rel[top], Rel::Obj | Rel::Iobj | Rel::Obl | Rel::Nmod | Rel::Nsubj | Rel::NsubjPass) {
                continue;
            }
            let prep = e > 0 && self.tag[e - 1] == Tag::IN && !matches!(self.forms[e - 1].to_ascii_lowercase().as_str(), "that" | "whether" | "if");
            let verb_before = if prep { e - 1 } else { e };
            let Some(v) = (0..verb_before).rev().find(|&i| self.tag[i].is_verb() && !self.aux[i] && !matches!(self.rel[i], Rel::Aux | Rel::AuxPass | Rel::Cop)) else { continue };
            for i in 0..n {
                if i != e && i != other && (self.head[i] == e as u32 || self.head[i] == other as u32) {
                    self.head[i] = v as u32;
                }
            }
            self.rehang(other, v, if prep { Rel::Obl } else { Rel::Obj });
            self.rehang(e, other, Rel::Det);
            if prep {
                self.rehang(e - 1, other, Rel::Case);
            }
        }
    }

    /// "invited Israeli and Hamas negotiators" with "Israeli" an `xcomp`
    /// of the verb and "negotiators" its conjunct (or "Israeli" the
    /// subject and the noun a conjunct of it): an adjective followed by a
    /// coordinator and a noun whose words before it all modify it is a
    /// modifier of that noun, which takes the adjective's place in the
    /// clause ([`Tree::repair_coordinated_modifiers`] then joins the two
    /// modifiers).
    fn repair_adjective_read_as_head(&mut self) {
        let n = self.head.len();
        for x in 0..n.saturating_sub(2) {
            if self.rel[x] == Rel::Xcomp && self.tag[x] == Tag::JJ && self.repair_adjective_before_object(x) {
                continue;
            }
            let argument = matches!(self.rel[x], Rel::Nsubj | Rel::NsubjPass | Rel::Obj | Rel::Xcomp | Rel::Obl | Rel::Nmod);
            if self.tag[x] != Tag::JJ || !argument || self.head[x] == NONE || self.rel[x + 1] != Rel::Cc {
                continue;
            }
            let Some(noun) = (x + 2..n).find(|&i| self.rel[i] == Rel::Conj) else { continue };
            if !self.tag[noun].is_noun() || self.rel[noun] != Rel::Conj {
                continue;
            }
            let of_x = self.head[noun] == x as u32;
            let sibling = self.head[noun] == self.head[x] && matches!(self.rel[x], Rel::Xcomp | Rel::Obj);
            let modifiers = (x + 2..noun).all(|i| self.head[i] == noun as u32 && matches!(self.rel[i], Rel::Amod | Rel::Compound));
            let bare = self.deps(x).all(|i| i == noun || i == x + 1);
            if !(of_x || sibling) || !modifiers || !bare {
                continue;
            }
            self.rehang(noun, self.head[x], if self.rel[x] == Rel::Xcomp { Rel::Obj } else { self.rel[x] });
            self.rehang(x, noun, Rel::Amod);
            self.head[x + 1] = noun as u32;
        }
    }

    /// "invited Israeli and Palestinian officials" with "Israeli" an
    /// `xcomp` of the verb, "Palestinian" its conjunct and "officials" the
    /// verb's object: an adjective complement right before the object
    /// phrase, with only its conjuncts and the object's own modifiers
    /// between, modifies the object.
    fn repair_adjective_before_object(&mut self, x: usize) -> bool {
        let verb = self.head[x];
        let Some(object) = (x + 1..self.head.len()).find(|&i| self.hangs(i, verb, Rel::Obj)) else { return false };
        let between = (x + 1..object).all(|i| {
            let h = self.head[i] as usize;
            (self.hangs(i, x, Rel::Conj) && self.tag[i] == Tag::JJ)
                || (self.rel[i] == Rel::Cc && h > x && h < object)
                || (self.head[i] == object as u32 && matches!(self.rel[i], Rel::Amod | Rel::Compound))
        });
        if !self.tag[object].is_noun() || !between {
            return false;
        }
        self.rehang(x, object, Rel::Amod);
        true
    }

    /// Builds a tree from plain arrays (tests, other parsers).
    pub fn from_parts(lex: &Lexicon, forms: &[&'s str], lemmas: &[&'s str], tags: &[Tag], heads: &[u32], rels: &[Rel]) -> Tree<'s> {
        let n = forms.len();
        let mut t = Tree::default();
        let mut at = 0;
        for i in 0..n {
            t.forms.push(forms[i]);
            t.form_id.push(lex.vocab.get_folded(forms[i]).unwrap_or(NONE));
            t.lemmas.push(lemmas[i]);
            t.lemma_id.push(lex.vocab.get_folded(lemmas[i]).unwrap_or(NONE));
            t.tag.push(tags[i]);
            t.aux.push(matches!(rels[i], Rel::Aux | Rel::AuxPass | Rel::Cop));
            t.head.push(if heads[i] == 0 || heads[i] as usize > n { NONE } else { heads[i] - 1 });
            t.rel.push(rels[i]);
            t.start.push(at);
            t.end.push(at + forms[i].len());
            at += forms[i].len() + 1;
        }
        t.repair();
        t.finish();
        t
    }

    fn finish(&mut self) {
        let n = self.forms.len();
        // Break cycles: a word whose chain of heads does not reach a root
        // within n steps becomes a root.
        for i in 0..n {
            let mut x = self.head[i];
            let mut steps = 0;
            while x != NONE && steps <= n {
                x = self.head[x as usize];
                steps += 1;
            }
            if x != NONE {
                self.head[i] = NONE;
            }
        }
        self.kid_start = vec![0; n + 1];
        for &h in &self.head {
            if h != NONE {
                self.kid_start[h as usize + 1] += 1;
            }
        }
        for i in 0..n {
            self.kid_start[i + 1] += self.kid_start[i];
        }
        let mut fill = self.kid_start.clone();
        self.kids = vec![0; self.kid_start[n] as usize];
        for i in 0..n {
            let h = self.head[i];
            if h != NONE {
                self.kids[fill[h as usize] as usize] = i as u32;
                fill[h as usize] += 1;
            }
        }
        self.depth = (0..n)
            .map(|i| {
                let mut d = 0u16;
                let mut x = self.head[i];
                while x != NONE && (d as usize) < n {
                    d += 1;
                    x = self.head[x as usize];
                }
                d
            })
            .collect();
        let passive: Vec<bool> = (0..n as u32).map(|t| self.works_out_passive(t)).collect();
        self.passive = passive;
    }

    pub fn len(&self) -> usize {
        self.forms.len()
    }

    pub fn is_empty(&self) -> bool {
        self.forms.is_empty()
    }

    /// Children of `t`, in sentence order.
    pub fn kids(&self, t: u32) -> &[u32] {
        let t = t as usize;
        &self.kids[self.kid_start[t] as usize..self.kid_start[t + 1] as usize]
    }

    pub fn kids_with(&self, t: u32, rel: Rel) -> impl Iterator<Item = u32> + '_ {
        self.kids(t).iter().copied().filter(move |&k| self.rel[k as usize] == rel)
    }

    /// Whether the case or mark word of `t` is `word` ("*under* the deal").
    pub fn case_is(&self, t: u32, word: &str) -> bool {
        self.case_child(t).is_some_and(|c| self.is_form(c, word))
    }

    /// The `nmod` children of `t` whose case word is `word` ("talks *with
    /// X*", "dozens *of rockets*").
    pub fn nmods_with_case<'a>(&'a self, t: u32, word: &'a str) -> impl Iterator<Item = u32> + 'a {
        self.kids_with(t, Rel::Nmod).filter(move |&k| self.case_is(k, word))
    }

    /// The counted noun of a quantity head: its "of" phrase ("dozens of
    /// rockets"), which the parser hangs as `obl` under an adjective head
    /// ("pulled the last of its troops out").
    pub fn counted_nouns<'a>(&'a self, t: u32) -> impl Iterator<Item = u32> + 'a {
        self.kids(t).iter().copied().filter(move |&k| matches!(self.rel[k as usize], Rel::Nmod | Rel::Obl) && self.case_is(k, "of"))
    }

    pub fn has_kid(&self, t: u32, rel: Rel) -> bool {
        self.kids_with(t, rel).next().is_some()
    }

    /// Whether `n` is a noun of the kind that sums up a clause ("charge",
    /// "decision"), wherever it stands.
    pub fn is_summary_word(&self, n: u32) -> bool {
        self.tag[n as usize].is_noun() && self.lemma_in(n as usize, &SUMMARY_NOUNS)
    }

    /// Whether noun `n` sums up the clause before it after a comma ("…, a
    /// charge Iran denies", "…, moves that Cairo denounced").
    pub fn is_summary_noun(&self, n: u32) -> bool {
        if !self.is_summary_word(n) {
            return false;
        }
        let start = self.kids(n).iter().copied().filter(|&k| k < n && matches!(self.rel[k as usize], Rel::Det | Rel::Amod | Rel::Nummod | Rel::Compound)).min().unwrap_or(n);
        start > 0 && self.forms[start as usize - 1] == ","
    }

    /// Whether `t` has the determiner `word` ("the army", "each other").
    pub fn has_det(&self, t: u32, word: &str) -> bool {
        self.kids_with(t, Rel::Det).any(|k| self.is_form(k, word))
    }

    /// Whether `a` is `d` or one of its ancestors.
    pub fn dominates(&self, a: u32, mut d: u32) -> bool {
        for _ in 0..=self.len() {
            if d == a {
                return true;
            }
            if d == NONE {
                return false;
            }
            d = self.head[d as usize];
        }
        false
    }

    /// The form in lower case (ASCII folding only: enough for function words).
    pub fn is_form(&self, t: u32, word: &str) -> bool {
        self.forms[t as usize].eq_ignore_ascii_case(word)
    }

    pub fn lemma_is(&self, t: u32, word: &str) -> bool {
        self.lemmas[t as usize].eq_ignore_ascii_case(word)
    }

    /// Passive voice: an `aux:pass` or `nsubj:pass` dependent, or a past
    /// participle modifying a noun ("a deal brokered by Egypt").
    pub fn is_passive(&self, t: u32) -> bool {
        // Read from the table once the tree is finished; worked out while
        // the repairs still change it.
        match self.passive.get(t as usize) {
            Some(&p) => p,
            None => self.works_out_passive(t),
        }
    }

    fn works_out_passive(&self, t: u32) -> bool {
        let ti = t as usize;
        self.kids(t).iter().any(|&k| matches!(self.rel[k as usize], Rel::AuxPass | Rel::NsubjPass))
            || (self.rel[ti] == Rel::Acl && self.tag[ti] == Tag::VBN)
    }

    /// Is `t` a hyphen or dash token?
    pub fn is_hyphen(&self, t: u32) -> bool {
        matches!(self.forms[t as usize], "-" | "–" | "‑")
    }

    /// The first conjunct of the coordination `t` belongs to (`t` itself
    /// when it is no conjunct, or is none): "Egypt, Jordan and the US" →
    /// "Egypt"; "said X and that Y" → "said"'s complement X.
    pub fn first_conjunct(&self, mut t: u32) -> u32 {
        while (t as usize) < self.head.len() && self.rel[t as usize] == Rel::Conj && self.head[t as usize] != NONE {
            t = self.head[t as usize];
        }
        t
    }

    /// The case or mark words of `t` (`with`, `on behalf of`), as token ids:
    /// the first `case`/`mark` child and its `fixed` dependents.
    pub fn case_child(&self, t: u32) -> Option<u32> {
        self.kids(t).iter().copied().find(|&k| matches!(self.rel[k as usize], Rel::Case | Rel::Mark) && self.tag[k as usize] != Tag::POS)
    }

    /// Whether `t` is a finite or non-finite verb acting as a predicate
    /// (not an auxiliary or copula).
    pub fn is_predicate_verb(&self, t: u32) -> bool {
        let ti = t as usize;
        self.tag[ti].is_verb() && !matches!(self.rel[ti], Rel::Aux | Rel::AuxPass | Rel::Cop)
    }

    /// The text of tokens `a..=b` as written in `text` (the sentence).
    pub fn span_text<'t>(&self, text: &'t str, a: u32, b: u32) -> &'t str {
        let (s, e) = (self.start[a as usize], self.end[b as usize]);
        if s < e && e <= text.len() && text.is_char_boundary(s) && text.is_char_boundary(e) {
            &text[s..e]
        } else {
            ""
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The set answers as a case-insensitive scan of the list would.
    #[test]
    fn speech_act_lookup_is_the_list_in_any_case() {
        let scan = |l: &str| SPEECH_ACTS.iter().any(|w| w.eq_ignore_ascii_case(l));
        let mut words: Vec<String> = vec!["".into(), "say".into(), "ACCUSE".into(), "Urge".into(), "table".into(), "é".into(), "x".repeat(100), "Wärn".into()];
        for w in SPEECH_ACTS.iter() {
            words.push(w.to_string());
            words.push(w.to_ascii_uppercase());
            words.push(w[..w.len() - 1].to_string());
            words.push(format!("{w}s"));
        }
        for w in &words {
            assert_eq!(is_speech_act(w), scan(w), "{w}");
        }
        assert!(is_speech_act("ACCUSE") && is_speech_act("accuse") && !is_speech_act("table"));
    }
}
