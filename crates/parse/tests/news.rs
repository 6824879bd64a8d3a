//! Accuracy on hand-checked news sentences (`tests/data/news.conllu`):
//! the relations the event coder depends on — subjects, objects,
//! prepositional attachments, reported speech, passives, coordination,
//! appositions, relative clauses.

use std::path::Path;

use demarche_doc::conllu;
use demarche_parse::Model;

/// Relations whose attachment the coder reads, scored separately.
const CODER_RELATIONS: [&str; 12] =
    ["nsubj", "nsubj:pass", "obj", "iobj", "obl", "obl:agent", "nmod", "ccomp", "xcomp", "conj", "appos", "acl:relcl"];

#[test]
fn news_sentences_parse_well() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/news.conllu");
    if !path.exists() {
        eprintln!("SKIPPED: {} not found", path.display());
        return;
    }
    let gold: Vec<_> = conllu::read_file(&path).unwrap().iter().map(|s| s.to_sentence()).collect();
    assert!(gold.len() >= 40, "the news file should hold at least 40 sentences");
    let model = Model::builtin();
    let scores = model.evaluate(&gold);
    let (mut right, mut total) = (0, 0);
    for s in &gold {
        let mut p = demarche_parse::eval::strip(s);
        model.annotate(&mut p);
        for (g, t) in s.tokens.iter().zip(&p.tokens) {
            if CODER_RELATIONS.contains(&g.deprel.as_str()) {
                total += 1;
                right += (g.head == t.head && g.deprel == t.deprel) as usize;
            }
        }
    }
    let coder = 100.0 * right as f64 / total.max(1) as f64;
    eprintln!("news: {scores}; coder relations {coder:.2} ({right}/{total})");
    // The shipped model's figures (UPOS 97.41 with the parse-time names
    // rule, UAS 87.43, LAS 85.51, coder relations 80.90) less 0.3 points: a
    // retrained model must not lose more.
    assert!(scores.upos >= 97.1, "news UPOS {:.2}", scores.upos);
    assert!(scores.uas >= 87.1, "news UAS {:.2}", scores.uas);
    assert!(scores.las >= 85.2, "news LAS {:.2}", scores.las);
    assert!(coder >= 80.6, "news coder-relation accuracy {coder:.2}");
}

/// Annotates a sentence of space-separated words with the shipped model.
fn annotate(model: &Model, text: &str) -> demarche_doc::Sentence {
    let mut s = demarche_doc::Sentence { tokens: text.split(' ').map(demarche_doc::Token::new).collect(), ..Default::default() };
    model.annotate(&mut s);
    s
}

/// Each case's verb is tagged VBD and heads its subject and object.
fn assert_past_tense_heads(model: &Model, cases: &[(&str, &str, &str, &str)]) {
    for &(text, verb, subject, object) in cases {
        let s = annotate(model, text);
        let at = |form: &str| s.tokens.iter().position(|t| t.form == form).unwrap() as u32 + 1;
        let v = &s.tokens[at(verb) as usize - 1];
        assert_eq!(v.xpos, "VBD", "{text}: {verb} tagged {}", v.xpos);
        assert_eq!(s.tokens[at(subject) as usize - 1].head, at(verb), "{text}: subject {subject}");
        assert_eq!(s.tokens[at(object) as usize - 1].head, at(verb), "{text}: object {object}");
    }
}

/// A news clause whose only verb is a past tense right after its subject
/// is a clause, not a noun phrase with a participle: the verb is finite
/// (VBD) and heads its subject and object. (The tagger, trained on web
/// text, reads many of these as participles; the tagger's finite-verb
/// check fixes them. The sentences are not in the treebank.)
#[test]
fn a_past_tense_after_a_news_subject_heads_the_clause() {
    let model = Model::builtin();
    assert_past_tense_heads(
        &model,
        &[
            ("The United States imposed sanctions on three Iranian banks .", "imposed", "States", "sanctions"),
            ("Kim Jong Un hosted Russian President Vladimir Putin in Pyongyang .", "hosted", "Kim", "Vladimir"),
            ("Israeli airstrikes killed at least 30 Palestinians in Gaza .", "killed", "airstrikes", "Palestinians"),
            ("Rebel fighters seized the airport , and government troops retreated to the capital .", "seized", "fighters", "airport"),
            ("Colombian police arrested two suspects near the border .", "arrested", "police", "suspects"),
        ],
    );
    // A participle that modifies a noun keeps its tag when the clause has
    // its own finite verb.
    let s = annotate(&model, "The rockets fired by Hamas hit southern Israel .");
    assert_eq!(s.tokens[2].xpos, "VBN", "fired");
    assert_eq!(s.tokens[5].xpos, "VBD", "hit");
}

/// A sentence with no finite verb at all: its first participle that can
/// be a past tense, after its subject (or after an apposition to it), is
/// the past tense and heads the clause, even where the tense was not the
/// tagger's second choice ("cut", "set": also base forms). (Sentences
/// written for this test.)
#[test]
fn a_sentence_with_no_finite_verb_gets_its_past_tense_back() {
    let model = Model::builtin();
    let cases = [
        ("Portugal and Spain later also cut ties with the regime .", "cut", "Portugal", "ties"),
        ("Soldiers set up checkpoints around the airport .", "set", "Soldiers", "checkpoints"),
        ("Brazil , a longtime partner of Caracas , recalled its ambassador .", "recalled", "Brazil", "ambassador"),
    ];
    assert_past_tense_heads(&model, &cases);
    for (text, verb, ..) in cases {
        let s = annotate(&model, text);
        assert!(s.tokens.iter().any(|t| t.form == verb && t.head == 0), "{text}: {verb} is the root");
    }
    // A caption with a participle that cannot be a past tense keeps it.
    let s = annotate(&model, "Protesters taken into custody near the parliament .");
    assert_eq!(s.tokens[1].xpos, "VBN", "taken");
}

/// "… travelled to Riyadh, and later visited Qatar": a participle right
/// after "and" (adverbs aside) whose conjunct before it is a past tense is
/// a past tense too, and heads its own object; one whose conjunct is a
/// participle with an auxiliary keeps its tag ("was arrested and later
/// released"). (Sentences written for this test.)
#[test]
fn a_conjunct_after_a_past_tense_is_a_past_tense() {
    let model = Model::builtin();
    let s = annotate(&model, "Shaibani travelled to Riyadh on his first trip abroad , and later visited Qatar and Jordan .");
    let at = |form: &str| s.tokens.iter().position(|t| t.form == form).unwrap() as u32 + 1;
    let visited = &s.tokens[at("visited") as usize - 1];
    assert_eq!(visited.xpos, "VBD", "visited");
    assert_eq!(visited.head, at("travelled"), "visited is travelled's conjunct");
    assert_eq!(s.tokens[at("Qatar") as usize - 1].head, at("visited"), "Qatar is visited's object");
    let s = annotate(&model, "The journalist was arrested and later released on bail .");
    assert!(s.tokens.iter().any(|t| t.form == "released" && t.xpos == "VBN"), "released: {:?}", s.tokens.iter().map(|t| &t.xpos).collect::<Vec<_>>());
}

/// "Stoltenberg, who mediated the talks, said …": the verb after the
/// relative clause's closing comma is the sentence's, with the name as its
/// subject; the relative clause hangs on the name. (The parser, trained on
/// web text with few such sentences, makes the relative verb the root.
/// Sentences written for this test.)
#[test]
fn the_verb_after_a_relative_clause_is_the_sentences() {
    let model = Model::builtin();
    for (text, name, relative, main) in [
        ("Sharaa , who met Trump in Riyadh in May , has been courting Western support since taking power .", "Sharaa", "met", "courting"),
        ("NATO Secretary-General Jens Stoltenberg , who mediated the talks , said alliance leaders would invite the two countries .", "Stoltenberg", "mediated", "said"),
        // (Here the parser makes "visited" a clause of "warned", which it
        // leaves with no subject.)
        ("U.S. Secretary of State Condoleezza Rice , who visited Nairobi last week , had warned both sides that Washington would review its aid .", "Rice", "visited", "warned"),
    ] {
        let s = annotate(&model, text);
        let at = |form: &str| s.tokens.iter().position(|t| t.form == form).unwrap() as u32 + 1;
        let token = |form: &str| &s.tokens[at(form) as usize - 1];
        assert_eq!(token(main).head, 0, "{text}: {main} is the root");
        assert!(!s.tokens.iter().any(|t| t.deprel.starts_with("nsubj") && t.head == at(relative) && t.form != "who"), "{text}: {relative} has one subject, who");
        assert_eq!(token(relative).deprel, "acl:relcl", "{text}: {relative}");
        let name_phrase = |mut i: u32| {
            while i != 0 && i != at(main) {
                if i == at(name) || token(name).head == i {
                    return true;
                }
                i = s.tokens[i as usize - 1].head;
            }
            false
        };
        assert!(name_phrase(token(relative).head), "{text}: {relative} hangs in the name's phrase");
        assert!(s.tokens.iter().any(|t| t.deprel == "nsubj" && t.head == at(main)), "{text}: {main} has a subject");
    }
}

/// A verb given two subjects: "Russia 's" is the possessor of the
/// subject after it, and a subject after a reporting verb belongs to the
/// reported clause that has none. (Sentences written for this test.)
#[test]
fn each_subject_has_its_own_verb() {
    let model = Model::builtin();
    let s = annotate(&model, "Russia 's Foreign Ministry backed Vucic and accused the West of fomenting unrest .");
    assert_eq!((s.tokens[0].head, s.tokens[0].deprel.as_str()), (4, "nmod:poss"), "Russia");
    assert_eq!((s.tokens[3].head, s.tokens[3].deprel.as_str()), (5, "nsubj"), "Ministry");
    let s = annotate(&model, "European diplomats said Britain , France and Germany would trigger the snapback of U.N. sanctions by the end of August .");
    assert_eq!((s.tokens[3].head, s.tokens[3].deprel.as_str()), (10, "nsubj"), "Britain is the subject of trigger");
    assert_eq!(s.tokens[1].head, 3, "diplomats is the subject of said");
}

/// A past tense given back to a clause is not hung on the noun just before
/// it when its object follows, even after "at least" or "more than"; a
/// participle with no object after it still may be ("a truce agreed with
/// …"). (Sentences written for this test.)
#[test]
fn a_restored_past_tense_with_an_object_is_not_a_nouns_modifier() {
    let model = Model::builtin();
    assert_past_tense_heads(
        &model,
        &[
            ("Israeli air strikes killed at least 20 Palestinians in Gaza overnight .", "killed", "strikes", "Palestinians"),
            ("Russian drones damaged more than 40 buildings in Odesa overnight .", "damaged", "drones", "buildings"),
        ],
    );
    let s = annotate(&model, "Iran resumed enrichment , ending a suspension agreed with the three European powers .");
    let at = |form: &str| s.tokens.iter().position(|t| t.form == form).unwrap() as u32 + 1;
    assert_eq!(s.tokens[at("agreed") as usize - 1].head, at("suspension"), "agreed");
}

/// After a modal, the base form of a verb the tagger read as a noun or an
/// adjective is a verb. (Sentences written for this test.)
#[test]
fn a_verb_after_a_modal_is_a_verb() {
    let model = Model::builtin();
    for (text, verb) in [("The envoy said the negotiations would resume next week .", "resume"), ("Officials said the militia would free the captives on Friday .", "free")] {
        let s = annotate(&model, text);
        let v = s.tokens.iter().find(|t| t.form == verb).unwrap();
        assert_eq!(v.xpos, "VB", "{text}: {verb} tagged {}", v.xpos);
    }
    // A question's subject after the modal is no verb.
    let s = annotate(&model, "Would anyone object to the plan ?");
    assert_ne!(s.tokens[1].xpos, "VB", "anyone");
}

/// After a verb of demanding and "that", a verb lemma the tagger read as a
/// noun right after the clause's subject is its subjunctive verb; one with
/// "of" after it stays a noun. (Sentences written for this test.)
#[test]
fn a_subjunctive_after_a_demand_is_a_verb() {
    let model = Model::builtin();
    for (text, verb) in [("The minister demanded that Belgrade hand over the suspects .", "hand"), ("The council insisted that the governor step down at once .", "step"), ("Rights groups urged that the army release all detainees .", "release")] {
        let s = annotate(&model, text);
        let v = s.tokens.iter().find(|t| t.form == verb).unwrap();
        assert_eq!(v.xpos, "VB", "{text}: {verb} tagged {}", v.xpos);
    }
    let s = annotate(&model, "They demanded that the release of the prisoners be delayed .");
    assert_ne!(s.tokens.iter().find(|t| t.form == "release").unwrap().xpos, "VB", "release of");
}

/// An acronym the treebank never had as a common noun is a name in
/// running text, not in a headline in capitals. (Sentences written for
/// this test.)
#[test]
fn an_acronym_in_running_text_is_a_name() {
    let model = Model::builtin();
    let s = annotate(&model, "Fighters of the RSF shelled the market on Monday .");
    assert_eq!(s.tokens[3].xpos, "NNP", "RSF");
    let s = annotate(&model, "He watched TV with the PM .");
    assert_eq!(s.tokens[5].xpos, "NN", "PM");
}

/// A hyphen with spaces around it is a dash (punctuation like a comma);
/// one between two words written together stays the hyphen that joins
/// them.
#[test]
fn a_spaced_hyphen_is_a_dash() {
    let model = Model::builtin();
    let s = annotate(&model, "The two Arab states with treaties with Israel - Egypt and Jordan - criticised the move .");
    for (i, t) in s.tokens.iter().enumerate().filter(|(_, t)| t.form == "-") {
        assert_ne!(t.xpos, "HYPH", "word {i}: {:?}", s.tokens.iter().map(|t| format!("{}/{}", t.form, t.xpos)).collect::<Vec<_>>());
    }
    let mut s = demarche_doc::Sentence { tokens: "They agreed to a cease - fire in Gaza .".split(' ').map(demarche_doc::Token::new).collect(), ..Default::default() };
    s.tokens[4].space_after = false;
    s.tokens[5].space_after = false;
    model.annotate(&mut s);
    assert_eq!(s.tokens[5].xpos, "HYPH", "{:?}", s.tokens.iter().map(|t| format!("{}/{}", t.form, t.xpos)).collect::<Vec<_>>());
}

/// "Egypt and Jordan both condemned Israel": a quantifier floated after
/// its subject before an -ed verb is an adverb and the verb past tense;
/// after a passive auxiliary it stays the participle's adverb.
#[test]
fn a_floating_quantifier_before_a_past_verb() {
    let model = Model::builtin();
    for (text, verb) in [("Egypt and Jordan both condemned Israel .", 4), ("Lula , Boric and Petro all expressed support for Arce .", 6)] {
        let s = annotate(&model, text);
        let tags: Vec<String> = s.tokens.iter().map(|t| format!("{}/{}", t.form, t.xpos)).collect();
        assert_eq!(s.tokens[verb].xpos, "VBD", "{tags:?}");
        assert_eq!(s.tokens[verb - 1].xpos, "RB", "{tags:?}");
        assert_eq!(s.tokens[verb].head, 0, "{tags:?}");
    }
    let s = annotate(&model, "The hostages were all released on Monday .");
    assert_eq!(s.tokens[4].xpos, "VBN", "{:?}", s.tokens.iter().map(|t| format!("{}/{}", t.form, t.xpos)).collect::<Vec<_>>());
}

/// A lowercase "march" is no month: the verb after "to", else the noun.
#[test]
fn a_lowercase_march_is_no_month() {
    let model = Model::builtin();
    let s = annotate(&model, "The rebels vowed to march on Kinshasa .");
    assert_eq!((s.tokens[3].xpos.as_str(), s.tokens[4].xpos.as_str()), ("TO", "VB"), "{:?}", s.tokens.iter().map(|t| format!("{}/{}", t.form, t.xpos)).collect::<Vec<_>>());
    let s = annotate(&model, "Thousands joined the march in Nairobi .");
    assert_eq!(s.tokens[3].xpos, "NN");
    let s = annotate(&model, "The talks resumed in March .");
    assert_eq!(s.tokens[4].xpos, "NNP");
}

/// A capitalized "He" inside a sentence before a name is the surname of
/// that name (He Lifeng), not the pronoun; at the start of a sentence or a
/// quotation, and in a title-case headline, it stays the pronoun.
#[test]
fn the_surname_he_before_a_name_is_a_name() {
    let model = Model::builtin();
    let tags = |s: &demarche_doc::Sentence| s.tokens.iter().map(|t| format!("{}/{}", t.form, t.xpos)).collect::<Vec<_>>();
    let s = annotate(&model, "Vice Premier He Lifeng met the envoy in Beijing .");
    assert_eq!(s.tokens[2].xpos, "NNP", "{:?}", tags(&s));
    let s = annotate(&model, "The talks with He Lifeng ended on Monday .");
    assert_eq!(s.tokens[3].xpos, "NNP", "{:?}", tags(&s));
    let s = annotate(&model, "He told Reuters the talks had ended .");
    assert_eq!(s.tokens[0].xpos, "PRP", "{:?}", tags(&s));
    let s = annotate(&model, "She said : \" He Visits Paris And Rome \" .");
    assert_eq!(s.tokens[4].xpos, "PRP", "{:?}", tags(&s));
}

/// An irregular past tense the treebank never has ("overthrew", "forbade",
/// "overran") is a verb, not the function word or present tense the
/// tagger guesses from its letters; after "had" the participle.
/// (Sentences written for this test.)
#[test]
fn an_unseen_irregular_past_tense_is_a_verb() {
    let model = Model::builtin();
    for (text, verb, xpos, lemma) in [
        ("Officers overthrew the elected president in a bloodless coup .", "overthrew", "VBD", "overthrow"),
        ("The court forbade the rally and the police withstood the crowd .", "forbade", "VBD", "forbid"),
        ("Rebel fighters overran two army bases near the border .", "overran", "VBD", "overrun"),
        ("The ministry had withheld the salaries for months .", "withheld", "VBN", "withhold"),
    ] {
        let s = annotate(&model, text);
        let t = s.tokens.iter().find(|t| t.form == verb).unwrap();
        assert_eq!((t.xpos.as_str(), t.lemma.as_str()), (xpos, lemma), "{text}");
        let root = s.tokens.iter().find(|t| t.head == 0).unwrap();
        assert_eq!(root.form, verb, "{text}: the verb heads the sentence");
    }
}

/// "X said in a statement carried by state media that …": the "that"
/// clause is the reporting verb's complement, and the participle after
/// the oblique modifies that noun, whichever way the parser first hung
/// them. (Sentences written for this test.)
#[test]
fn the_complement_after_a_reduced_relative_is_the_reporting_verbs() {
    let model = Model::builtin();
    for (text, verb, noun, participle, complement) in [
        ("The foreign ministry said in a statement issued on Monday that it would recall its ambassador .", "said", "statement", "issued", "recall"),
        ("The rebels warned in a video released on Friday that they would attack the convoys .", "warned", "video", "released", "attack"),
        ("The minister said in a message carried by the state agency that the talks had failed .", "said", "message", "carried", "failed"),
    ] {
        let s = annotate(&model, text);
        let at = |form: &str| s.tokens.iter().position(|t| t.form == form).unwrap() as u32 + 1;
        let token = |form: &str| &s.tokens[at(form) as usize - 1];
        assert_eq!((token(complement).head, token(complement).deprel.as_str()), (at(verb), "ccomp"), "{text}");
        assert_eq!((token(participle).head, token(participle).deprel.as_str()), (at(noun), "acl"), "{text}");
        assert_eq!(token(noun).head, at(verb), "{text}");
    }
}
