//! The coder's mechanisms, one by one, on small dictionaries and
//! hand-written parses: pattern precedence, dated codes, agents,
//! compounds, passives, paired codes, discards, transformations, the
//! PETRARCH options, and patterns written directly in the dependency model.

use chrono::NaiveDate;
use demarche_code::coder::{CodeError, Coder, CoderOptions};
use demarche_code::deps::Rel;
use demarche_code::model::{Codes, Element, ElementKind, Lexicon, Origin, Pattern, Role, RoleConstraint, Slot, VerbSense, WordMatch};
use demarche_lexicon::{ActorDictionary, AgentDictionary, Discard, DiscardList, ReadOptions, VerbDictionary};

const VERBS: &str = "\
&TIETYPES
+ECONOMIC
+MILITARY
--- RESTORE [064] ---
RESTORE
- * TIES [065]
- * &TIETYPES TIES [902]
- * DIPLOMATIC TIES [901]
- * CARD [---]
--- CRITICIZE [121] ---
CRITICIZE
- HEAVILY * [122]
- HEAVILY UNJUSTLY * [123]
--- OPPOSE [112] ---
OPPOSE
--- VISIT [042:043] ---
VISIT
--- WELCOME [041] ---
WELCOME
--- AGREE [081] ---
AGREE
- % * [030:030]
- * WITH % [031]
--- SAY [010] ---
SAY {SAYS SAID SAYING}
--- ATTACK [190] ---
ATTACK
--- RELEASE [---] ---
RELEASE
- + * FROM $ [066]
######## TRANSFORMATIONS ########
~ a (b . ATTACK) SAY = a b 112
";

const ACTORS: &str = "\
ARNOR_ [ARN]
GONDOR [GON]
OSGILIATH [OSG]
FORNOST [FOR]
WASHINGTON [USAGOV]
THE_SHIRE [FRO/BIL/SAM]
SAM_GAMGEE [HOB]
\t[HOBCIV <20080120]
\t[ORCHOB 20100109-20100112]
\t[HOBMIL 20080120-20121109]
";

const AGENTS: &str = "\
DIPLOMAT [~GOV]
MSF {} [NGO~]
SECURITY_OFFICIALS [~GOV]
MAIN_OPPOSITION_GROUP [~MOP]
LAWMAKER [~LEG]
OFFICIAL [~GOV]
";

const DISCARDS: &str = "BASEBALL\n+TYPHOON\n";

fn coder() -> Coder {
    let o = ReadOptions::default();
    let mut lex = Lexicon::default();
    let (v, _) = VerbDictionary::read(VERBS, "verbs", o).unwrap();
    assert!(lex.add_petrarch_verbs(&v, "verbs").is_empty());
    lex.add_actors(&ActorDictionary::read(ACTORS, "actors", o).unwrap().0, "actors");
    lex.add_agents(&AgentDictionary::read(AGENTS, "agents", o).unwrap().0, "agents");
    lex.add_discards(&DiscardList::read(DISCARDS, "discards", o).unwrap().0);
    Coder::new(lex)
}

fn date(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

fn code_with(c: &Coder, ptb: &str, date: Option<NaiveDate>, options: &CoderOptions) -> Vec<String> {
    let mut out: Vec<String> =
        c.code_treebank(ptb, "", date, options).unwrap().events.into_iter().map(|e| format!("{} {} {}", e.source, e.target, e.code)).collect();
    out.sort();
    out
}

fn code(c: &Coder, ptb: &str) -> Vec<String> {
    code_with(c, ptb, date(1995, 1, 1), &CoderOptions::default())
}

/// `(ROOT (S (NP subject) (VP (VBD verb) object-and-rest) (. .)))`
fn clause(subject: &str, verb: &str, rest: &str) -> String {
    format!("(ROOT (S {subject} (VP {verb} {rest}) (. .)))")
}

fn np(words: &str) -> String {
    let w: Vec<String> = words.split(' ').map(|w| format!("(NNP {w})")).collect();
    format!("(NP {})", w.join(" "))
}

#[test]
fn the_longest_matching_pattern_wins_and_null_patterns_code_nothing() {
    let c = coder();
    let ties = |adjs: &str| clause(&np("Arnor"), "(VBD restored)", &format!("(NP {adjs} (NNS ties)) (PP (IN with) {})", np("Gondor")));
    assert_eq!(code(&c, &ties("(JJ diplomatic)")), ["ARN GON 901"]);
    assert_eq!(code(&c, &ties("(JJ economic)")), ["ARN GON 902"], "synset member");
    assert_eq!(code(&c, &ties("(JJ full)")), ["ARN GON 065"]);
    let relations = clause(&np("Arnor"), "(VBD restored)", &format!("(NP (NNS relations)) (PP (IN with) {})", np("Gondor")));
    assert_eq!(code(&c, &relations), ["ARN GON 064"], "the block's code when no pattern matches");
    let card = clause(&np("Arnor"), "(VBD restored)", &format!("(NP (DT a) (NN card)) (PP (IN to) {})", np("Gondor")));
    assert!(code(&c, &card).is_empty(), "a [---] pattern codes nothing");
    let adverbs = |a: &str| format!("(ROOT (S {} (VP (VBD was) (VP {a} (VBN criticized) (PP (IN over) {}))) (. .)))", np("Arnor"), np("Gondor"));
    assert_eq!(code(&c, &adverbs("(ADVP (RB heavily) (CC and) (RB unjustly))")), ["ARN GON 123"]);
    assert_eq!(code(&c, &adverbs("(ADVP (RB heavily))")), ["ARN GON 122"]);
    assert_eq!(code(&c, &adverbs("")), ["ARN GON 121"]);
}

#[test]
fn actor_codes_follow_the_sentence_date() {
    let c = coder();
    let s = clause(&np("Sam Gamgee"), "(VBD welcomed)", &np("Gondor"));
    let at = |y, m, d| code_with(&c, &s, date(y, m, d), &CoderOptions::default());
    assert_eq!(at(2008, 1, 19), ["HOBCIV GON 041"], "<d: strictly before");
    assert_eq!(at(2008, 1, 20), ["HOBMIL GON 041"]);
    assert_eq!(at(2010, 1, 9), ["ORCHOB GON 041"], "an earlier-listed interval wins, lower bound included");
    assert_eq!(at(2010, 1, 12), ["ORCHOB GON 041"], "upper bound included");
    assert_eq!(at(2010, 1, 13), ["HOBMIL GON 041"]);
    assert_eq!(at(2014, 1, 1), ["HOB GON 041"], "the undated code, listed first, does not shadow the dated ones");
    assert_eq!(code_with(&c, &s, None, &CoderOptions::default()), ["HOB GON 041"]);
}

#[test]
fn agents_combine_with_their_actor() {
    let c = coder();
    let s = |subject: &str| clause(subject, "(VBD welcomed)", &np("Gondor"));
    assert_eq!(code(&c, &s("(NP (DT An) (NNP MSF) (NNP Arnor) (NN diplomat))")), ["NGOARNGOV GON 041"], "prefix and suffix");
    assert_eq!(code(&c, &s("(NP (NNP Washington) (NN security) (NNS officials))")), ["USAGOV GON 041"], "a code already present is not added");
    let target = clause(&np("Arnor"), "(VBD welcomed)", "(NP (NP (NNP Gondor) (POS 's)) (JJ main) (NN opposition) (NNS groups))");
    assert_eq!(code(&c, &target), ["ARN GONMOP 041"], "generated plural, possessive");
    assert_eq!(code(&c, &s("(NP (NNS Lawmakers))")), ["---LEG GON 041"], "an agent alone: a sector actor of unknown country");
}

#[test]
fn compounds_give_one_event_per_pair() {
    let c = coder();
    let both = clause("(NP (NNP Arnor) (CC and) (NNP Fornost))", "(VBD welcomed)", &np("Gondor"));
    assert_eq!(code(&c, &both), ["ARN GON 041", "FOR GON 041"]);
    let shire = clause("(NP (DT The) (NNP Shire))", "(VBD welcomed)", "(NP (NNP Gondor) (CC and) (NNP Osgiliath))");
    assert_eq!(code(&c, &shire), ["BIL GON 041", "BIL OSG 041", "FRO GON 041", "FRO OSG 041", "SAM GON 041", "SAM OSG 041"]);
    let lawmakers = clause("(NP (NP (NNS Lawmakers)) (PP (IN in) (NP (NNP Fornost) (CC and) (NNP Gondor))))", "(VBD welcomed)", &np("Osgiliath"));
    assert_eq!(code(&c, &lawmakers), ["FORLEG OSG 041", "GONLEG OSG 041"], "the agent is carried to each member");
    let agree = clause("(NP (NNP Arnor) (CC and) (NNP Gondor))", "(VBP agree)", "(SBAR (IN that) (S (NP (NNS talks)) (VP (MD should) (VP (VB resume)))))");
    assert_eq!(code(&c, &agree), ["ARN GON 030", "GON ARN 030"], "% before the verb: members act on each other");
    let with = clause(&np("Fornost"), "(VBZ agrees)", "(PP (IN with) (NP (NNP Arnor) (CC and) (NNP Gondor)))");
    assert_eq!(code(&c, &with), ["FOR ARN 031", "FOR GON 031"], "% after the verb: the compound is the target");
}

#[test]
fn passives_take_the_source_from_the_by_phrase() {
    let c = coder();
    let passive = format!("(ROOT (S {} (VP (VBD was) (VP (VBN opposed) (PP (IN by) {}))) (. .)))", np("Gondor"), np("Osgiliath"));
    assert_eq!(code(&c, &passive), ["OSG GON 112"]);
    let freed = format!("(ROOT (S {} (VP (VBD was) (VP (VBN released) (PP (IN from) {}))) (. .)))", np("Gondor"), np("Osgiliath"));
    assert_eq!(code(&c, &freed), ["OSG GON 066"], "pattern slots: + before the verb, $ after FROM");
}

#[test]
fn passives_from_ud_trees_with_plain_obl_by_phrases() {
    use demarche_code::view::TokenIn;
    let c = coder();
    // "Gondor was opposed by Osgiliath ." as UD English writes it.
    let t = |form, tag, head, rel| TokenIn { form, lemma: None, tag: demarche_code::deps::Tag::parse(tag), head, rel };
    let tokens = [
        t("Gondor", "NNP", 3, Rel::NsubjPass),
        t("was", "VBD", 3, Rel::AuxPass),
        t("opposed", "VBN", 0, Rel::Root),
        t("by", "IN", 5, Rel::Case),
        t("Osgiliath", "NNP", 3, Rel::Obl),
        t(".", ".", 3, Rel::Punct),
    ];
    let events: Vec<String> = c.code_tokens(&tokens, None, &CoderOptions::default()).iter().map(|e| format!("{} {} {}", e.source, e.target, e.code)).collect();
    assert_eq!(events, ["OSG GON 112"]);
}

#[test]
fn paired_codes_code_both_directions() {
    let c = coder();
    let visit = clause(&np("Arnor"), "(VBD visited)", &np("Gondor"));
    assert_eq!(code(&c, &visit), ["ARN GON 042", "GON ARN 043"]);
}

#[test]
fn discards_stop_coding() {
    let c = coder();
    let s = clause(&np("Arnor"), "(VBD visited)", &np("Gondor"));
    let o = CoderOptions::default();
    let r = c.code_treebank(&s, "Arnor visited Gondor for baseball", None, &o).unwrap();
    assert!(r.events.is_empty());
    assert_eq!(r.discard, Some(Discard::Sentence("BASEBALL".into())));
    let r = c.code_treebank(&s, "After the typhoon Arnor visited Gondor", None, &o).unwrap();
    assert_eq!(r.discard, Some(Discard::Story("TYPHOON".into())));
    let r = c.code_treebank(&s, "Arnor visited Gondor after baseball, typhoons", None, &o).unwrap();
    assert_eq!(r.discard, None, "punctuation stays attached: `baseball,` is not BASEBALL");
    assert_eq!(r.events.len(), 2);
}

#[test]
fn transformations_combine_reported_events() {
    let c = coder();
    let said = clause(&np("Arnor"), "(VBD said)", &format!("(SBAR (S {} (VP (VBD attacked) {})))", np("Gondor"), np("Osgiliath")));
    assert_eq!(code(&c, &said), ["ARN GON 112"], "a says b attacked: a accuses b");
    let said_other = clause(&np("Arnor"), "(VBD said)", &format!("(SBAR (S {} (VP (VBD visited) {})))", np("Gondor"), np("Osgiliath")));
    assert_eq!(code(&c, &said_other), ["ARN GON 010"], "no transformation applies: the statement is coded, the embedded verb is covered");
}

#[test]
fn petrarch_options() {
    let c = coder();
    let s = "(ROOT (S (S (NP (NNP Arnor)) (VP (VBD visited) (NP (NNP Gondor)))) (, ,) (NP (DT an) (NN official)) (VP (VBD said) (PP (IN on) (NP (NNP Monday)))) (. .)))";
    assert_eq!(code(&c, s), ["ARN GON 042", "GON ARN 043"], "the terminal reporting clause is set aside");
    let mut o = CoderOptions::default();
    o.set("comma_emax", "0").unwrap();
    o.set("require_dyad", "false").unwrap();
    assert_eq!(code_with(&c, s, None, &o), ["---GOV --- 010", "ARN GON 042", "GON ARN 043"], "kept without require_dyad");
    let mut o = CoderOptions::default();
    o.set("new_actor_length", "2").unwrap();
    let s = clause("(NP (NNP Minerva) (NNP McGonagall))", "(VBD visited)", &np("Gondor"));
    assert_eq!(code_with(&c, &s, None, &o), ["\"MINERVA MCGONAGALL\" GON 042", "GON \"MINERVA MCGONAGALL\" 043"]);
}

#[test]
fn bad_parses_are_errors_not_panics() {
    let c = coder();
    let e = c.code_treebank("(ROOT (S (NP (NNP Arnor)) (VP (VBD visited)", "", None, &CoderOptions::default()).unwrap_err();
    assert!(matches!(e, CodeError::BadParse(_)));
    assert!(c.code_treebank("", "", None, &CoderOptions::default()).is_err());
}

/// A pattern written directly in the dependency model (as demarche's own
/// knowledge format will compile to): verb lemma IMPOSE, object head
/// SANCTION, the source its subject and the target its `on` phrase.
#[test]
fn dependency_role_patterns() {
    let mut lex = Lexicon::default();
    let impose = lex.vocab.intern("IMPOSE");
    let sanction = lex.vocab.intern("SANCTION");
    let on = lex.vocab.intern("ON");
    lex.add_actors(&ActorDictionary::read(ACTORS, "actors", ReadOptions::default()).unwrap().0, "actors");
    let code_163 = lex.code_id("163");
    lex.blocks.push(demarche_code::model::Block { meaning: "IMPOSE".into(), codes: Codes::default(), patterns: vec![0], origin: Origin::default() });
    lex.patterns.push(Pattern {
        codes: Codes { forward: Some(code_163), reverse: None },
        before: Vec::new(),
        after: vec![Element { kind: ElementKind::Slot(Slot::Skip), glued: false }],
        roles: vec![
            RoleConstraint { role: Role::Subject, head: None, head_synset: None, slot: Some(Slot::Source), absent: false },
            RoleConstraint { role: Role::Object, head: Some(WordMatch::lemma(sanction)), head_synset: None, slot: None, absent: false },
            RoleConstraint { role: Role::Oblique(vec![on]), head: None, head_synset: None, slot: Some(Slot::Target), absent: false },
        ],
        voice: None,
        negated: Some(false),
        origin: Origin::default(),
        text: "impose sanctions on".into(),
        required: Default::default(),
    });
    lex.add_sense(VerbSense { before: vec![], after: vec![], block: 0, codes: None, origin: Origin::default() }, &[], impose);
    let c = Coder::new(lex);
    let s = |verb: &str, neg: &str| {
        format!("(ROOT (S {} (VP {neg} (VBD {verb}) (NP (JJ new) (NNS sanctions)) (PP (IN on) {})) (. .)))", np("Arnor"), np("Gondor"))
    };
    assert_eq!(code(&c, &s("imposed", "")), ["ARN GON 163"], "matched on the lemma of an unlisted form");
    assert!(code(&c, &s("imposes", "(RB never)")).is_empty(), "negated verbs do not match");
    let no_object = clause(&np("Arnor"), "(VBD imposed)", &format!("(PP (IN on) {})", np("Gondor")));
    assert!(code(&c, &no_object).is_empty());
}
