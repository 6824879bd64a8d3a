//! Stand-ins for rare nationality adjectives: the parser saw "French
//! President …" often enough to parse it, and "Rwandan President …" or
//! "Congolese President …" too rarely (they come out as roots, clauses or
//! names). Such words go to the parser as a common adjective and get their
//! own form and lemma back afterwards.
//!
//! The same for the last word of a known organisation's name that is also a
//! common verb ("Human Rights Watch criticised …" parses "Watch" as the
//! root): it goes to the parser as "Council".

use std::collections::HashSet;

use demarche_doc::{Sentence, Token};
use demarche_knowledge::{Knowledge, NameForm};

/// The common adjectives that stand in. Several, so that coordinated ones
/// stay distinct words ("Egyptian and Qatari mediators").
const STAND_INS: [&str; 4] = ["French", "German", "British", "Italian"];

/// Last words of organisation names that the tagger reads as verbs.
const VERB_LIKE_NAME_ENDS: [&str; 8] = ["Watch", "Aid", "Relief", "Rescue", "Care", "Alert", "Appeal", "Monitor"];

/// A word replaced before parsing: sentence, token and its own form.
pub(crate) struct Swap {
    sentence: usize,
    token: usize,
    form: String,
}

/// The one-word nationality adjectives of a knowledge base that need a
/// stand-in (the verb-like ends of known names need no list of their own).
pub(crate) struct StandIns {
    rare: HashSet<String>,
}

impl StandIns {
    /// One-word adjectives of the knowledge base ("Rwandan", "Congolese")
    /// that are not the first word of a longer name ("Saudi Arabia") and not
    /// stand-ins themselves.
    pub(crate) fn new(kb: &Knowledge) -> StandIns {
        let rare = kb
            .names()
            .filter(|(_, n)| n.form == NameForm::Adjective && n.capitalized && !n.text.contains([' ', '-']) && n.text.chars().all(char::is_alphabetic))
            .map(|(_, n)| n.text.clone())
            .filter(|t| !STAND_INS.contains(&t.as_str()))
            .collect();
        StandIns { rare }
    }

    /// Replaces the rare adjectives that precede a title or name, where the
    /// misreadings are; returns what to put back with [`Self::restore`].
    pub(crate) fn swap_in(&self, kb: &Knowledge, sentences: &mut [Sentence]) -> Vec<Swap> {
        let mut swapped = Vec::new();
        for (si, sentence) in sentences.iter_mut().enumerate() {
            for ti in 0..sentence.tokens.len() {
                if VERB_LIKE_NAME_ENDS.contains(&sentence.tokens[ti].form.as_str()) && ti > 0 {
                    if known_name_ends_at(kb, &sentence.tokens, ti) {
                        let form = std::mem::replace(&mut sentence.tokens[ti].form, "Council".to_string());
                        swapped.push(Swap { sentence: si, token: ti, form });
                    }
                    continue;
                }
                if !self.rare.contains(&sentence.tokens[ti].form) {
                    continue;
                }
                // Before a common noun ("Monday's Israeli strikes") the word
                // parses well as it is. Not the start of a name of its own
                // ("Saudi Arabia").
                let Some(next) = sentence.tokens.get(ti + 1) else { continue };
                if !next.form.starts_with(char::is_uppercase) || !kb.lookup(&format!("{} {}", sentence.tokens[ti].form, next.form)).is_empty() {
                    continue;
                }
                // Coordinated adjectives ("Egyptian and Qatari mediators")
                // parse well as they are.
                let is_demonym = |i: usize| sentence.tokens.get(i).is_some_and(|t| self.rare.contains(&t.form) || STAND_INS.contains(&t.form.as_str()));
                let is_coordinator = |i: usize| sentence.tokens.get(i).is_some_and(|t| matches!(t.form.as_str(), "and" | "or" | ","));
                if (is_coordinator(ti + 1) && is_demonym(ti + 2)) || (ti >= 2 && is_coordinator(ti - 1) && is_demonym(ti - 2)) {
                    continue;
                }
                // A stand-in not already near, so the two stay distinct.
                let near = |w: &str| sentence.tokens[ti.saturating_sub(4)..(ti + 5).min(sentence.tokens.len())].iter().any(|t| t.form == w);
                let Some(stand_in) = STAND_INS.iter().find(|w| !near(w)) else { continue };
                let form = std::mem::replace(&mut sentence.tokens[ti].form, stand_in.to_string());
                swapped.push(Swap { sentence: si, token: ti, form });
            }
        }
        swapped
    }

    /// Gives the parsed words their own form, and that form as lemma.
    pub(crate) fn restore(sentences: &mut [Sentence], swapped: Vec<Swap>) {
        for Swap { sentence, token, form } in swapped {
            let token = &mut sentences[sentence].tokens[token];
            token.lemma.clone_from(&form);
            token.form = form;
        }
    }
}

/// Whether two to four capitalised words ending at `last` are a name the
/// knowledge base knows.
fn known_name_ends_at(kb: &Knowledge, tokens: &[Token], last: usize) -> bool {
    (last.saturating_sub(3)..last).any(|first| {
        let words = &tokens[first..=last];
        words.iter().all(|t| t.form.starts_with(char::is_uppercase)) && !kb.lookup(&words.iter().map(|t| t.form.as_str()).collect::<Vec<_>>().join(" ")).is_empty()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentence(text: &str) -> Sentence {
        Sentence { text: text.into(), tokens: demarche_text::tokenize(text), ..Sentence::default() }
    }

    fn forms(s: &Sentence) -> Vec<&str> {
        s.tokens.iter().map(|t| t.form.as_str()).collect()
    }

    #[test]
    fn a_rare_adjective_before_a_title_is_swapped_and_restored() {
        let kb = crate::builtin_coder().knowledge();
        let stand_ins = StandIns::new(kb);
        let mut sentences = vec![sentence("Rwandan President Kagame and French officials met.")];
        let swapped = stand_ins.swap_in(kb, &mut sentences);
        // "French" is near, so another stand-in keeps the two words distinct.
        assert_eq!(forms(&sentences[0])[..2], ["German", "President"]);
        StandIns::restore(&mut sentences, swapped);
        assert_eq!(forms(&sentences[0])[0], "Rwandan");
        assert_eq!(sentences[0].tokens[0].lemma, "Rwandan");
    }

    #[test]
    fn a_known_name_ending_in_a_verb_gets_a_noun_stand_in() {
        let kb = crate::builtin_coder().knowledge();
        let stand_ins = StandIns::new(kb);
        let mut sentences = vec![sentence("Human Rights Watch urged the council to act."), sentence("Observers will watch the vote.")];
        let swapped = stand_ins.swap_in(kb, &mut sentences);
        assert_eq!(forms(&sentences[0])[..3], ["Human", "Rights", "Council"]);
        assert_eq!(forms(&sentences[1])[1], "will");
        assert_eq!(forms(&sentences[1])[2], "watch");
        StandIns::restore(&mut sentences, swapped);
        assert_eq!(forms(&sentences[0])[2], "Watch");
    }

    #[test]
    fn names_common_nouns_and_coordinations_keep_their_words() {
        let kb = crate::builtin_coder().knowledge();
        let stand_ins = StandIns::new(kb);
        let mut sentences = vec![
            sentence("Saudi Arabia hosted the talks."),
            sentence("Rwandan troops crossed the border."),
            sentence("Egyptian and Qatari mediators met."),
        ];
        let before: Vec<Vec<String>> = sentences.iter().map(|s| forms(s).iter().map(|f| f.to_string()).collect()).collect();
        assert!(stand_ins.swap_in(kb, &mut sentences).is_empty());
        let after: Vec<Vec<String>> = sentences.iter().map(|s| forms(s).iter().map(|f| f.to_string()).collect()).collect();
        assert_eq!(before, after);
    }
}
