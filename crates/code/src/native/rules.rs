//! The word lists behind the document-level rules (`crates/code/data/`):
//! which clauses are facts, how a future event becomes a statement of
//! intent, which definite descriptions refer back to which actors, which
//! head nouns name a person.

use std::borrow::Cow;
use demarche_lexicon::compiled::{FxHashMap, FxHashSet};

const INTENT: &str = include_str!("../../data/intent.tsv");
const CLAUSES: &str = include_str!("../../data/clauses.tsv");
const DESCRIPTIONS: &str = include_str!("../../data/descriptions.txt");
const PERSON_NOUNS: &str = include_str!("../../data/person-nouns.txt");
const GOVERNING_BODIES: &str = include_str!("../../data/governing-bodies.txt");
const DOMESTIC_BODIES: &str = include_str!("../../data/domestic-bodies.txt");
const HALVES: &str = include_str!("../../data/halves.tsv");
const PLACE_NOUNS: &str = include_str!("../../data/place-nouns.txt");
const OWN_PEOPLE: &str = include_str!("../../data/own-people.txt");
const OPERATING_VERBS: &str = include_str!("../../data/operating-verbs.txt");
const CIVILIAN_NOUNS: &str = include_str!("../../data/civilian-nouns.txt");
const VEHICLE_NOUNS: &str = include_str!("../../data/vehicle-nouns.txt");
const SETTLERS: &str = include_str!("../../data/settlers.tsv");

/// What kind of earlier actor a description or pronoun can stand for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    State,
    Igo,
    Group,
    /// Any organisation (IGO, NGO, group, company, media, state body).
    Org,
    Person,
    Any,
}

/// The compiled word lists.
#[derive(Debug, Default)]
pub struct Rules {
    intent: FxHashMap<String, String>,
    implicative: FxHashSet<String>,
    light: FxHashSet<String>,
    nonfactive: FxHashSet<String>,
    condition: FxHashSet<String>,
    topic: FxHashSet<String>,
    modal: FxHashSet<String>,
    future: FxHashSet<String>,
    proposing: FxHashSet<String>,
    proposal: FxHashSet<String>,
    meeting: FxHashSet<String>,
    request: FxHashSet<String>,
    descriptions: FxHashMap<String, Kind>,
    /// Descriptions of the two sides of an interaction ("both sides",
    /// "the parties").
    sides: FxHashSet<String>,
    /// Descriptions of a friend of the possessor ("its ally"): never an
    /// actor the possessor has opposed.
    friends: FxHashSet<String>,
    /// Descriptions that stand only for an organisation with the word in
    /// its name ("the fund" after the IMF), never for another one.
    named_only: FxHashSet<String>,
    /// "the South" → (KOR, [KOR, PRK]): a half of a divided state, named so
    /// only in a story about that state.
    halves: FxHashMap<String, (String, Vec<String>)>,
    person_nouns: FxHashSet<String>,
    /// Places and buildings an attack can hit (`data/place-nouns.txt`).
    place_nouns: Vec<String>,
    /// A possessor's own people (`data/own-people.txt`).
    own_people: FxHashSet<String>,
    /// The state whose settlers live in a territory (`data/settlers.tsv`).
    settlers: FxHashMap<String, String>,
    /// Participles tying a place to its "by" agent (`data/operating-verbs.txt`).
    operating_verbs: FxHashSet<String>,
    /// Ordinary people a state coerces at home (`data/civilian-nouns.txt`).
    civilian_nouns: FxHashSet<String>,
    /// Vehicles an attack can hit (`data/vehicle-nouns.txt`).
    vehicle_nouns: FxHashSet<String>,
    governing_bodies: FxHashSet<String>,
    domestic_bodies: FxHashSet<String>,
}

/// `word` in lower case, borrowed when it already is lower-case ASCII (most
/// lemmas and function words): the coder asks the word lists for every
/// token, so folding must not allocate in the usual case.
fn folded(word: &str) -> Cow<'_, str> {
    if word.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
        Cow::Borrowed(word)
    } else {
        Cow::Owned(word.to_lowercase())
    }
}

/// Whether `set` holds `word` folded to lower case.
fn contains_folded(set: &FxHashSet<String>, word: &str) -> bool {
    set.contains(folded(word).as_ref())
}

/// The entries of a word-list data file: trimmed lines, without blank and `#` comment lines.
pub(crate) fn data_lines(text: &str) -> impl Iterator<Item = &str> {
    text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#'))
}

impl Rules {
    /// The built-in lists (checked by this module's tests).
    pub fn builtin() -> Rules {
        let mut r = Rules::default();
        for line in data_lines(INTENT) {
            if let Some((from, to)) = line.split_once('\t') {
                r.intent.insert(from.trim().to_string(), to.trim().to_string());
            }
        }
        for line in data_lines(CLAUSES) {
            let Some((class, word)) = line.split_once('\t') else { continue };
            let set = match class {
                "implicative" => &mut r.implicative,
                "light" => &mut r.light,
                "nonfactive" => &mut r.nonfactive,
                "condition" => &mut r.condition,
                "topic" => &mut r.topic,
                "modal" => &mut r.modal,
                "future" => &mut r.future,
                "proposing" => &mut r.proposing,
                "proposal" => &mut r.proposal,
                "meeting" => &mut r.meeting,
                "request" => &mut r.request,
                _ => continue,
            };
            set.insert(word.trim().to_string());
        }
        for line in data_lines(DESCRIPTIONS) {
            let Some((word, kind)) = line.split_once('\t') else { continue };
            match kind.trim() {
                "sides" => drop(r.sides.insert(word.trim().to_string())),
                "friend" => drop(r.friends.insert(word.trim().to_string())),
                "named" => drop(r.named_only.insert(word.trim().to_string())),
                _ => {}
            }
            let kind = match kind.trim() {
                "state" => Kind::State,
                "igo" => Kind::Igo,
                "group" => Kind::Group,
                "org" | "named" => Kind::Org,
                "person" => Kind::Person,
                _ => Kind::Any,
            };
            r.descriptions.insert(word.trim().to_string(), kind);
        }
        for line in data_lines(HALVES) {
            let mut cols = line.split('\t').map(str::trim);
            if let (Some(word), Some(code), Some(context)) = (cols.next(), cols.next(), cols.next()) {
                r.halves.insert(word.to_lowercase(), (code.to_string(), context.split_whitespace().map(str::to_string).collect()));
            }
        }
        r.person_nouns = data_lines(PERSON_NOUNS).map(str::to_string).collect();
        r.place_nouns = data_lines(PLACE_NOUNS).map(str::to_string).collect();
        r.own_people = data_lines(OWN_PEOPLE).map(str::to_string).collect();
        for line in data_lines(SETTLERS) {
            let mut cols = line.split('\t').map(str::trim);
            if let (Some(territory), Some(state)) = (cols.next(), cols.next()) {
                r.settlers.insert(territory.to_string(), state.to_string());
            }
        }
        r.operating_verbs = data_lines(OPERATING_VERBS).map(str::to_string).collect();
        r.civilian_nouns = data_lines(CIVILIAN_NOUNS).map(str::to_string).collect();
        r.vehicle_nouns = data_lines(VEHICLE_NOUNS).map(str::to_string).collect();
        r.governing_bodies = data_lines(GOVERNING_BODIES).map(str::to_string).collect();
        r.domestic_bodies = data_lines(DOMESTIC_BODIES).map(str::to_string).collect();
        r
    }

    /// The code of the intent (or threat) stated by a future event: the
    /// longest listed prefix of `code`, or the code itself.
    pub fn intent_of<'a>(&'a self, code: &'a str) -> &'a str {
        (2..=code.len()).rev().find_map(|n| code.get(..n).and_then(|p| self.intent.get(p))).map_or(code, String::as_str)
    }

    /// A description of an organisation by a word of its name only ("the
    /// fund", "the commission").
    pub fn is_named_only(&self, lemma: &str) -> bool {
        contains_folded(&self.named_only, lemma)
    }

    pub fn is_implicative(&self, lemma: &str) -> bool {
        contains_folded(&self.implicative, lemma)
    }

    /// A light verb: its event-noun object is the event ("held talks").
    pub fn is_light(&self, lemma: &str) -> bool {
        contains_folded(&self.light, lemma)
    }

    /// A noun of talks between people ("talks", "a call"): "after talks
    /// with X" were the clause subject's.
    pub fn is_meeting_noun(&self, lemma: &str) -> bool {
        contains_folded(&self.meeting, lemma)
    }

    pub fn is_nonfactive(&self, lemma: &str) -> bool {
        contains_folded(&self.nonfactive, lemma)
    }

    pub fn is_condition(&self, word: &str) -> bool {
        contains_folded(&self.condition, word)
    }

    pub fn is_topic(&self, word: &str) -> bool {
        contains_folded(&self.topic, word)
    }

    pub fn is_modal(&self, word: &str) -> bool {
        contains_folded(&self.modal, word)
    }

    pub fn is_future(&self, word: &str) -> bool {
        if word.contains('’') {
            return self.future.contains(&word.to_lowercase().replace('’', "'"));
        }
        contains_folded(&self.future, word)
    }

    /// A verb whose subject makes a proposal ("proposed", "offered").
    pub fn is_proposing(&self, lemma: &str) -> bool {
        contains_folded(&self.proposing, lemma)
    }

    /// A noun naming a proposal ("the ceasefire proposal").
    pub fn is_proposal(&self, lemma: &str) -> bool {
        contains_folded(&self.proposal, lemma)
    }

    /// A noun naming something an actor puts to another, which accepting
    /// or rejecting answers: a proposal, or a call, demand or request.
    pub fn is_request(&self, lemma: &str) -> bool {
        self.is_proposal(lemma) || contains_folded(&self.request, lemma)
    }

    pub fn description(&self, lemma: &str) -> Option<Kind> {
        self.descriptions.get(folded(lemma).as_ref()).copied()
    }

    /// "side", "party": a description of the two sides of an interaction.
    pub fn is_sides(&self, lemma: &str) -> bool {
        contains_folded(&self.sides, lemma)
    }

    /// "ally", "partner": a friend of the possessor.
    pub fn is_friend(&self, lemma: &str) -> bool {
        contains_folded(&self.friends, lemma)
    }

    /// The state "the South" / "the North" stands for, and the codes whose
    /// earlier mention makes it that state.
    pub fn half(&self, word: &str) -> Option<(&str, &[String])> {
        self.halves.get(folded(word).as_ref()).map(|(c, ctx)| (c.as_str(), ctx.as_slice()))
    }

    /// The state whose settlers live in `territory` (`data/settlers.tsv`).
    pub fn settlers_of(&self, territory: &str) -> Option<&str> {
        self.settlers.get(territory).map(String::as_str)
    }

    /// `data/place-nouns.txt`, in file order.
    pub fn place_nouns(&self) -> &[String] {
        &self.place_nouns
    }

    pub fn is_person_noun(&self, lemma: &str) -> bool {
        contains_folded(&self.person_nouns, lemma)
    }

    /// "his cabinet", "its troops": the possessor's own people.
    pub fn is_own_people(&self, lemma: &str) -> bool {
        contains_folded(&self.own_people, lemma)
    }

    /// "three students", "a village chief": ordinary people.
    pub fn is_civilian_noun(&self, lemma: &str) -> bool {
        contains_folded(&self.civilian_nouns, lemma)
    }

    /// "the boats", "a convoy": vehicles an attack can hit.
    pub fn is_vehicle_noun(&self, lemma: &str) -> bool {
        contains_folded(&self.vehicle_nouns, lemma)
    }

    /// "used by", "run by": the place belongs to the agent.
    pub fn is_operating_verb(&self, lemma: &str) -> bool {
        contains_folded(&self.operating_verbs, lemma)
    }

    /// A body a state has one of ("junta", "government"): its plural
    /// stands for several states.
    /// A body that acts only at home (`data/domestic-bodies.txt`).
    pub fn is_domestic_body(&self, phrase: &str) -> bool {
        contains_folded(&self.domestic_bodies, phrase)
    }

    pub fn is_governing_body(&self, phrase: &str) -> bool {
        contains_folded(&self.governing_bodies, phrase)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_load_and_every_intent_is_a_code() {
        let r = Rules::builtin();
        assert_eq!(r.intent_of("042"), "036");
        assert_eq!(r.intent_of("0451"), "039");
        assert_eq!(r.intent_of("0841"), "0353");
        assert_eq!(r.intent_of("195"), "1384");
        assert_eq!(r.intent_of("111"), "111", "speech acts keep their code");
        for to in r.intent.values() {
            assert!(demarche_cameo::is_code(to), "{to}");
        }
        assert!(r.is_implicative("begin") && r.is_nonfactive("hope") && r.is_condition("If"));
        assert!(r.is_modal("could") && r.is_future("’ll") && r.is_topic("on"));
        assert_eq!(r.description("bloc"), Some(Kind::Igo));
        assert!(r.is_proposing("propose") && r.is_proposal("Proposal") && !r.is_proposal("attack"));
        assert!(r.is_request("offer") && r.is_request("appeal") && !r.is_proposal("appeal") && !r.is_request("attack"));
        assert!(r.is_person_noun("Spokesman"));
        assert!(r.is_domestic_body("Central Electoral Commission") && !r.is_domestic_body("foreign ministry"));
        assert!(r.is_sides("side") && r.is_sides("party") && !r.is_sides("country"));
        assert!(r.is_friend("ally") && !r.is_friend("side"));
        assert_eq!(r.half("South").map(|h| h.0), Some("KOR"));
        assert!(r.half("North").is_some_and(|h| h.1.iter().any(|c| c == "KOR")));
        assert_eq!(r.half("East"), None);
    }
}
