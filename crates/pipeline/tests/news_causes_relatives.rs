//! Causes of misses found by the "relatives" round: a noun that sums up
//! the clause before it after a comma ("…, a charge X denies") with its
//! own relative clause, each checked on sentences written for the test,
//! not taken from a story.

mod common;

use common::{has_exact, has_prefixes, story};

#[test]
fn a_denied_charge_after_an_accusation_is_the_denier_s_statement() {
    // The charge sits under the accusation's "of" clause, which the
    // accusation consumes; the denial is still a statement of its own.
    let events = story((2024, 5, 1), &["Washington accuses Tehran of arming the militias in Iraq, a charge that Iran denies."]);
    assert!(has_prefixes(&events, "USA", "112", "IRN"), "{events:#?}");
    assert!(has_exact(&events, "IRN", "016", ""), "{events:#?}");
    // Without the pronoun, the parser hangs the charge on the denier's name.
    let events = story((2024, 5, 1), &["Rwanda accused Kabila of backing the rebels, a charge Kabila denies."]);
    assert!(has_prefixes(&events, "RWA", "112", "COD"), "{events:#?}");
    assert!(events.iter().any(|e| e.source.starts_with("COD") && e.code == "016"), "{events:#?}");
    // The accuser is not the one who denies.
    assert!(!events.iter().any(|e| e.source == "RWA" && e.code == "016"), "{events:#?}");
    let events = story((2024, 5, 1), &["The United States accuses North Korea of supplying Russia with shells, a charge Pyongyang denies."]);
    assert!(has_exact(&events, "PRK", "016", ""), "{events:#?}");
    // The name read as an apposition of the place before it, the verb
    // left without a subject: the denial is not the accuser's.
    let events = story((2024, 5, 1), &["Human rights groups have accused the army of burning villages in northern Mali, a charge Bamako denies."]);
    assert!(has_exact(&events, "MLI", "016", ""), "{events:#?}");
    assert!(!events.iter().any(|e| e.source == "NGO" && e.code == "016"), "{events:#?}");
    let events = story((2024, 5, 1), &["The United Nations has accused the militia of shelling camps near Goma, a charge Kigali denies."]);
    assert!(has_exact(&events, "RWA", "016", ""), "{events:#?}");
    assert!(!events.iter().any(|e| e.source.starts_with("IGO") && e.code == "016"), "{events:#?}");
    let events = story((2024, 5, 1), &["Thailand blamed Cambodia for planting the mines, a claim Phnom Penh has denied."]);
    assert!(has_exact(&events, "KHM", "016", ""), "{events:#?}");
}

#[test]
fn a_rejected_decision_after_a_reported_ruling_answers_the_ruling_body() {
    // The ruling's "that" clause is not the writer's fact; the rejection is.
    let events = story((2024, 5, 1), &["The court ruled that the election was unfair, a decision that Russia rejects."]);
    assert!(events.iter().any(|e| e.source == "RUS" && e.code.starts_with("12") && e.target.starts_with("RUS") && e.target != "RUS"), "{events:#?}");
}

#[test]
fn a_plain_noun_of_a_definite_description_stands_for_what_it_refers_to() {
    // "financiers of the group": the group named earlier is the target.
    let events = story((2024, 5, 1), &["Hezbollah fired rockets at northern Israel on Monday.", "The United States imposed sanctions on bankers of the group on Tuesday."]);
    assert!(has_prefixes(&events, "USA", "163", "LBNREBHEZ"), "{events:#?}");
    // An indefinite "a group" refers back to no one.
    let events = story((2024, 5, 1), &["Hezbollah fired rockets at northern Israel on Monday.", "The United States imposed sanctions on bankers of a group in Beirut on Tuesday."]);
    assert!(!events.iter().any(|e| e.target.starts_with("LBNREB")), "{events:#?}");
}
