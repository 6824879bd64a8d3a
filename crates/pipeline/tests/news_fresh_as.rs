//! Rules and knowledge from the fresh-as round (Latin America and the
//! Caribbean 2021–2024), each checked on sentences written for the test,
//! not taken from a story.

mod common;

use common::{has_prefixes, story};

#[test]
fn people_of_the_region_hold_their_offices_of_the_day() {
    // Haiti's acting prime minister between Jouthe and Henry.
    let events = story((2021, 6, 1), &["Claude Joseph criticised Canada."]);
    assert!(has_prefixes(&events, "HTIGOV", "11", "CAN"), "{events:#?}");
    // Kenya's foreign minister until the reshuffle of October 2023.
    let events = story((2023, 1, 15), &["Alfred Mutua criticised Ethiopia."]);
    assert!(has_prefixes(&events, "KENGOV", "11", "ETH"), "{events:#?}");
    // Dominica's prime minister.
    let events = story((2022, 5, 1), &["Roosevelt Skerrit praised Venezuela."]);
    assert!(has_prefixes(&events, "DMAGOV", "05", "VEN"), "{events:#?}");
    // The ELN's commander and the government's chief negotiator.
    let events = story((2023, 8, 1), &["Antonio Garcia accused Otty Patino of lying."]);
    assert!(has_prefixes(&events, "COLREB", "11", "COLGOV"), "{events:#?}");
}

#[test]
fn a_papal_nuncio_is_the_holy_sees_envoy() {
    // Expelling a nuncio is expelling a diplomat.
    let events = story((2022, 3, 1), &["Honduras expelled the papal nuncio."]);
    assert!(has_prefixes(&events, "HND", "16", "VAT"), "{events:#?}");
    let events = story((2022, 3, 1), &["The papal nuncio criticised the Bolivian government."]);
    assert!(has_prefixes(&events, "VAT", "11", "BOLGOV"), "{events:#?}");
}

#[test]
fn the_court_in_an_of_phrase_is_the_international_court_named_before() {
    // "the ruling of the court" after the International Court of Justice
    // is that court's, as "the court's ruling" is.
    let events = story((2022, 5, 3), &["The International Court of Justice ordered Bolivia to pay compensation.", "Bolivia rejected the ruling of the court."]);
    assert!(has_prefixes(&events, "BOL", "12", "IGOUNO"), "{events:#?}");
    // With no international court named, it is still the story's own court.
    let events = story((2022, 5, 3), &["Bolivia's Supreme Court ordered the mayor to resign.", "The mayor rejected the ruling of the court."]);
    assert!(!events.iter().any(|e| e.target.starts_with("IGO")), "{events:#?}");
}
