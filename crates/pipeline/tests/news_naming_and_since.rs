//! What a verb of naming makes its object ("called the move unfair")
//! when the parser hung it elsewhere, and the facts of "since" clauses
//! under hedged or negated verbs. Sentences written for the test.

mod common;

use common::story;

/// An adjective the parser hung on the final stop, a noun phrase it made a
/// modifier or an apposition of the object: what "call" makes its object
/// is its complement, so criticism is coded.
#[test]
fn a_naming_complement_hung_elsewhere_is_the_verbs() {
    for sentence in [
        "Argentina's foreign ministry called the decision unfair, unjustified and unreasonable.",
        "Argentina's foreign ministry called the tariffs unfair, unjustified and unreasonable.",
        "Argentina's foreign ministry called the election a sham vote that was neither free nor fair.",
    ] {
        let events = story((2025, 8, 7), &[sentence]);
        assert!(events.iter().any(|e| e.source.starts_with("ARG") && e.code.starts_with("11")), "{sentence}: {events:#?}");
    }
    // After a comma a noun phrase is the object's apposition: a call, not
    // a judgement.
    let events = story((2025, 8, 7), &["Blinken called his counterpart, Wang Yi, on Monday."]);
    assert!(!events.iter().any(|e| e.code.starts_with("11")), "{events:#?}");
}

/// "has failed to agree … since Russia vetoed a text": the past "since"
/// clause is a fact, and the veto it reports is what a later "the veto"
/// points back to.
#[test]
fn a_past_since_clause_under_a_failure_is_a_fact() {
    let events = story((2025, 1, 7), &[
        "The Security Council has failed to agree on a resolution since China vetoed a French-drafted text in October.",
        "French Foreign Minister Jean-Noel Barrot called the veto a disgrace.",
    ]);
    assert!(events.iter().any(|e| e.source.starts_with("CHN") && e.code == "129"), "{events:#?}");
    assert!(events.iter().any(|e| e.source.starts_with("FRA") && e.code.starts_with("11") && e.target.starts_with("CHN")), "{events:#?}");
}

/// "The United States on Tuesday imposed …" read with "on Tuesday" the
/// verb's subject and the name the subject of "Tuesday": a subject has no
/// preposition, so the date is the verb's oblique and the name its subject.
#[test]
fn a_subject_with_a_preposition_is_an_oblique() {
    let events = story((2024, 6, 5), &["The United States on Tuesday determined that Hamas had committed war crimes."]);
    assert!(events.iter().any(|e| e.source.starts_with("USA") && e.code.starts_with("11") && e.target.contains("HMS")), "{events:#?}");
    // ("after" there opens a clause: its subject stays.)
    let events = story((2024, 6, 5), &["Israeli jets struck Beirut, a day after Hezbollah fighters captured two Israeli soldiers."]);
    assert!(events.iter().any(|e| e.source.starts_with("LBN") && e.target.starts_with("ISR")), "{events:#?}");
}

/// "called the attack an act of terror": the act named by what it is an
/// act of is a judgement, as "an outrageous act" is.
#[test]
fn an_act_of_terror_is_a_judgement() {
    let events = story((2024, 6, 5), &["Greek Prime Minister Kyriakos Mitsotakis called the bombing an act of terrorism."]);
    assert!(events.iter().any(|e| e.source.starts_with("GRC") && e.code.starts_with("11")), "{events:#?}");
}

/// "vowed to march on Kinshasa": an armed group's march on a place is a
/// threat of force against its state; protesters' is a protest's threat.
#[test]
fn a_vow_to_march_on_a_capital_is_a_threat() {
    let events = story((2025, 2, 10), &["M23 rebels vowed to march on Kinshasa."]);
    assert!(events.iter().any(|e| e.source.starts_with("COD") && e.code == "138" && e.target == "COD"), "{events:#?}");
    let events = story((2024, 6, 25), &["Kenya has been rocked by protests.", "Protesters vowed to march on parliament on Thursday."]);
    assert!(!events.iter().any(|e| e.code == "138"), "{events:#?}");
}
