//! Rules prompted by the fresh-k stories (crates/pipeline/tests/data/fresh-k:
//! Africa, Latin America, energy and trade diplomacy 2022–2025), each
//! checked on sentences written for the test, not taken from a story.

mod common;

use common::{has_prefixes, story};

#[test]
fn raised_tariffs_and_retaliation_with_tariffs_are_sanctions() {
    let events = story((2025, 4, 2), &["India raised levies on Australian wine on Friday."]);
    assert!(has_prefixes(&events, "IND", "163", "AUS"), "{events:#?}");
    let events = story((2025, 4, 2), &["Japan retaliated with tariffs on South Korean steel."]);
    assert!(has_prefixes(&events, "JPN", "163", "KOR"), "{events:#?}");
    assert!(!events.iter().any(|e| e.code.starts_with("19")), "{events:#?}");
    // Lowering them is the opposite.
    let events = story((2025, 4, 2), &["India lowered tariffs on Australian wine on Friday."]);
    assert!(!events.iter().any(|e| e.code.starts_with("16")), "{events:#?}");
}

#[test]
fn a_decision_to_impose_sanctions_is_their_imposition() {
    let events = story((2023, 2, 3), &["The Group of Seven agreed on Friday to impose a price cap on Iran's crude exports."]);
    assert!(events.iter().any(|e| e.code.starts_with("163") && e.target.starts_with("IRN")), "{events:#?}");
    let events = story((2023, 2, 3), &["Australia decided to impose sanctions on Myanmar's generals."]);
    assert!(has_prefixes(&events, "AUS", "163", "MMR"), "{events:#?}");
    // Agreeing to anything else is still an intent.
    let events = story((2023, 2, 3), &["Australia agreed to resume talks with Myanmar."]);
    assert!(!events.iter().any(|e| e.code.starts_with("16")), "{events:#?}");
}

#[test]
fn troops_pulled_out_of_or_leaving_a_country_withdraw_from_it() {
    let events = story((2022, 8, 16), &["Britain pulled its troops out of Afghanistan in 2021."]);
    assert!(has_prefixes(&events, "GBR", "0874", "AFG"), "{events:#?}");
    let events = story((2022, 8, 16), &["The last Russian soldiers left Armenia on Monday."]);
    assert!(has_prefixes(&events, "RUS", "0874", "ARM"), "{events:#?}");
    let events = story((2022, 8, 16), &["The government in Bamako ordered Danish troops out of the country."]);
    assert!(has_prefixes(&events, "MLI", "166", "DNK"), "{events:#?}");
}
