//! Judgements of an act: coordinated judgement words, a passive judgement
//! ("politically motivated"), and "the decision" or "the move" criticised
//! or praised without its author; support told as background. Sentences
//! written for the test.

mod common;

use common::story;

/// "called the move unilateral and illegal": the judgement word may be any
/// conjunct of the complement, not only the first.
#[test]
fn any_conjunct_of_a_judgement_judges() {
    for sentence in [
        "Islamabad called New Delhi's move unilateral and illegal.",
        "Islamabad said New Delhi's move was unilateral and illegal.",
    ] {
        let events = story((2019, 8, 6), &[sentence]);
        assert!(events.iter().any(|e| e.source.starts_with("PAK") && e.code.starts_with("11") && e.target.starts_with("IND")), "{sentence}: {events:#?}");
    }
    // A conjoined clause says something of its own: "was unilateral and
    // India would regret it" judges nothing with "regret".
    let events = story((2019, 8, 6), &["Islamabad said the step was unilateral and that talks would resume."]);
    assert!(!events.iter().any(|e| e.code.starts_with("11")), "{events:#?}");
}

/// "said the arrest of the mayor was politically motivated": the phrase
/// the parser made the object of "said" is the passive clause's subject,
/// and a politically motivated act is criticised.
#[test]
fn a_politically_motivated_act_is_criticised() {
    for sentence in [
        "The German government said the arrest of the Istanbul mayor was politically motivated.",
        "The German government said the charges were politically motivated.",
    ] {
        let events = story((2025, 3, 20), &[sentence]);
        assert!(events.iter().any(|e| e.source.starts_with("DEU") && e.code.starts_with("111")), "{sentence}: {events:#?}");
    }
    // A motive alone is no judgement.
    let events = story((2025, 3, 20), &["The German government said the charges were motivated."]);
    assert!(!events.iter().any(|e| e.code.starts_with("11")), "{events:#?}");
}

/// "Belgium condemned the decision" after Rwanda cut ties: a
/// definite decision or move without an author is the latest act the story
/// told, when another side did it.
#[test]
fn the_decision_is_the_latest_act_of_another_side() {
    let events = story((2025, 3, 17), &[
        "Rwanda cut diplomatic ties with Belgium on Monday and ordered Belgian diplomats to leave within 48 hours.",
        "Belgian Foreign Minister Maxime Prevot condemned the decision.",
    ]);
    assert!(events.iter().any(|e| e.source.starts_with("BEL") && e.code.starts_with("11") && e.target.starts_with("RWA")), "{events:#?}");
    let events = story((2023, 2, 10), &[
        "Nicaragua expelled 222 political prisoners to the United States on Thursday.",
        "State Department spokesman Ned Price condemned the move.",
    ]);
    assert!(events.iter().any(|e| e.source.starts_with("USA") && e.code.starts_with("11") && e.target.starts_with("NIC")), "{events:#?}");
    // The source's own state's act is not what it praises: no target.
    let events = story((2025, 3, 17), &[
        "Belgium suspended its development aid to Rwanda on Monday.",
        "Belgian lawmakers praised the decision.",
    ]);
    assert!(!events.iter().any(|e| e.source.starts_with("BEL") && e.code.starts_with("05") && e.target.starts_with("BEL")), "{events:#?}");
}

/// "rebels backed by Rwanda took the town", "Qatar, which has backed the
/// rebels, called for talks": support told in a modifier of a noun is the
/// background of the news, not an act; a main verb of support is one.
#[test]
fn support_in_a_noun_modifier_is_background() {
    for sentence in [
        "Rebels backed by Rwandan troops seized the town of Uvira on Sunday.",
        "Qatar, which has backed the rebels for years, called for talks.",
    ] {
        let events = story((2025, 2, 16), &[sentence]);
        assert!(!events.iter().any(|e| e.code.starts_with("05")), "{sentence}: {events:#?}");
    }
    let events = story((2025, 2, 16), &["Egypt backed the ceasefire proposal on Sunday."]);
    assert!(events.iter().any(|e| e.source.starts_with("EGY") && e.code.starts_with("05")), "{events:#?}");
}
