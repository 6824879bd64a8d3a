//! Rules prompted by the fresh-ab stories (crates/pipeline/tests/data/fresh-ab:
//! Somalia, Nigeria, the Great Lakes, Armenia–Azerbaijan and Venezuela 2025),
//! each checked on sentences written for the test, not taken from a story.

mod common;

use common::{has_prefixes, story};

#[test]
fn officials_of_two_coordinated_countries_act_on_each_other() {
    // "of X and Y" on a plural subject: each country's side meets the other.
    let events = story((2025, 3, 14), &["The foreign ministers of Egypt and Jordan met in Cairo on Thursday."]);
    assert!(has_prefixes(&events, "EGY", "04", "JOR"), "{events:#?}");
    assert!(has_prefixes(&events, "JOR", "04", "EGY"), "{events:#?}");
    // The conjunct hangs off the last word of a multi-word name.
    let events = story((2025, 2, 21), &["The defence ministers of the United Arab Emirates and Kenya signed a security pact on Friday."]);
    assert!(has_prefixes(&events, "ARE", "05", "KEN"), "{events:#?}");
    assert!(has_prefixes(&events, "KEN", "05", "ARE"), "{events:#?}");
    // Ministers of a list of powers gathering are not each pair meeting.
    let events = story((2025, 3, 14), &["The foreign ministers of Britain, France, Germany and Italy, meeting in Rome, said they supported the plan."]);
    assert!(!events.iter().any(|e| e.code.starts_with("04")), "{events:#?}");
    // One country's leaders meeting someone named is not mutual.
    let events = story((2025, 3, 14), &["The leaders of Egypt met Jordan's king in Cairo on Thursday."]);
    assert!(!has_prefixes(&events, "JOR", "04", "EGY"), "{events:#?}");
}

#[test]
fn a_conjunct_with_its_own_auxiliary_joins_the_finite_clause() {
    // "and has ordered" hung on "toppling" inside the first conjunct's object.
    let events = story((2025, 9, 20), &["Colombian President Gustavo Petro has described the raid as a plot aimed at weakening him and has ordered the mobilisation of reservists."]);
    assert!(has_prefixes(&events, "COL", "15", ""), "{events:#?}");
}

#[test]
fn a_participle_after_a_speech_verbs_oblique_is_the_speakers_act() {
    // "accusing" read as a modifier of "interview".
    let events = story((2025, 7, 3), &["Iranian Foreign Minister Abbas Araqchi spoke in a television interview on Wednesday, accusing Israel of sabotaging the talks."]);
    assert!(has_prefixes(&events, "IRN", "11", "ISR"), "{events:#?}");
}

#[test]
fn the_future_under_a_declaration_or_treaty_is_its_terms() {
    let events = story((2025, 8, 9), &["Under the pact, Serbia will withdraw its troops from the border."]);
    assert!(events.is_empty(), "{events:#?}");
    // Without the terms phrase, a future act stays an intent.
    let events = story((2025, 8, 9), &["Serbia will withdraw its troops from the border, President Aleksandar Vucic said."]);
    assert!(has_prefixes(&events, "SRB", "03", ""), "{events:#?}");
}

#[test]
fn denying_a_casualty_figure_is_a_denial() {
    let events = story((2025, 3, 2), &["The Ethiopian army denied the figure on Sunday."]);
    assert!(has_prefixes(&events, "ETH", "01", ""), "{events:#?}");
}

#[test]
fn inviting_parties_to_a_place_is_an_intent_to_meet() {
    let events = story((2025, 4, 10), &["Turkish Foreign Minister Hakan Fidan invited the Somali and Ethiopian delegations to Ankara on Thursday."]);
    assert!(has_prefixes(&events, "TUR", "03", "SOM"), "{events:#?}");
    assert!(has_prefixes(&events, "TUR", "03", "ETH"), "{events:#?}");
}

#[test]
fn a_when_clause_whose_verb_was_read_as_a_modifier_is_coded() {
    // "government" hung on "When" and "signed" a modifier of the conjunct.
    let events = story((2025, 8, 20), &["When Sudan's government and the RSF rebel alliance signed a power-sharing deal in Jeddah on May 20, Saudi mediators hailed it as a first step."]);
    assert!(has_prefixes(&events, "SDN", "05", "SDN"), "{events:#?}");
}

#[test]
fn rejecting_a_named_sides_claims_targets_that_side() {
    let events = story((2025, 8, 12), &["Georgian Prime Minister Irakli Kobakhidze rejected opposition claims that the vote had been rigged."]);
    assert!(has_prefixes(&events, "GEO", "01", "GEOOPP"), "{events:#?}");
}
