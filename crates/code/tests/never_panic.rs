//! The parse reader, the converter and the coder return errors or nothing,
//! never panic, whatever they are given: arbitrary text as a parse, and
//! arbitrary (even cyclic) dependency trees.

use demarche_code::coder::{Coder, CoderOptions};
use demarche_code::convert::convert_treebank;
use demarche_code::deps::{Rel, Tag};
use demarche_code::model::Lexicon;
use demarche_code::view::TokenIn;
use demarche_lexicon::{ActorDictionary, ReadOptions, VerbDictionary};
use proptest::prelude::*;

fn coder() -> Coder {
    let mut lex = Lexicon::default();
    let verbs = "--- SAY [010] ---\nSAY\n- * % [020]\n- $ * + [030:031]\n- ^ * {A B} (ON +) [040]\n--- VISIT [042:043] ---\nVISIT\n";
    let (v, _) = VerbDictionary::read(verbs, "v", ReadOptions::default()).unwrap();
    lex.add_petrarch_verbs(&v, "v");
    lex.add_actors(&ActorDictionary::read("A [AAA]\nB_C [BBB/CCC]\nD E [DDD]\n", "a", ReadOptions::default()).unwrap().0, "a");
    Coder::new(lex)
}

const TAGS: [&str; 10] = ["NN", "NNP", "VBD", "VB", "IN", "DT", "CC", ",", "PRP", "VBN"];
const WORDS: [&str; 10] = ["A", "say", "visit", "on", "B", "C", "and", ",", "D", "E"];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    #[test]
    fn arbitrary_text_as_a_parse(s in "([()A-Za-z ,.'_-]|NP|VP|S|VBD|NN){0,60}") {
        let c = coder();
        let mut out = Vec::new();
        let _ = convert_treebank(&s, &mut out);
        let _ = c.code_treebank(&s, &s, None, &CoderOptions::default());
    }

    #[test]
    fn well_formed_random_trees(words in proptest::collection::vec((0usize..10, 0usize..10, 0usize..4), 1..12)) {
        // Build a random bracketing: nest each word in 0-3 random phrases.
        let labels = ["S", "NP", "VP", "PP"];
        let mut s = String::from("(ROOT (S ");
        for (w, t, depth) in &words {
            for d in 0..*depth { s.push_str(&format!("({} ", labels[(d + w) % 4])); }
            s.push_str(&format!("({} {}) ", TAGS[*t], WORDS[*w]));
            for _ in 0..*depth { s.push(')'); }
        }
        s.push_str("))");
        let c = coder();
        let mut out = Vec::new();
        prop_assert!(convert_treebank(&s, &mut out).is_ok(), "{}", s);
        prop_assert_eq!(out.iter().filter(|t| t.head == 0).count(), 1);
        let o = CoderOptions { require_dyad: false, new_actor_length: 3, explain: true, ..CoderOptions::default() };
        let _ = c.code_treebank(&s, "", None, &o).unwrap();
    }

    #[test]
    fn arbitrary_dependency_trees(tokens in proptest::collection::vec((0usize..10, 0usize..10, 0u32..14, 0usize..8), 0..14)) {
        let rels = [Rel::Nsubj, Rel::Obj, Rel::Obl, Rel::Conj, Rel::Case, Rel::Xcomp, Rel::Root, Rel::Punct];
        let input: Vec<TokenIn<'_>> = tokens
            .iter()
            .map(|&(w, t, h, r)| TokenIn { form: WORDS[w], lemma: None, tag: Tag::from_treebank(TAGS[t]), head: h, rel: rels[r] })
            .collect();
        let c = coder();
        let o = CoderOptions { require_dyad: false, one_sided: true, ..CoderOptions::default() };
        let _ = c.code_tokens(&input, None, &o);
    }
}
