//! Rules and knowledge from the fresh-bn round (the Americas in the second
//! half of 2025: U.S. strikes on alleged drug boats and the pressure on
//! Venezuela, Colombia, Brazil, Mexico, Honduras, Argentina), each checked
//! on sentences written for the test, not taken from a story.

mod common;

use common::{has_prefixes, story};

/// Honduras' 2025 candidates and former president, Trinidad and Tobago's
/// prime minister, the governor of Buenos Aires province.
#[test]
fn americas_people_of_2025_are_known() {
    let events = story((2025, 11, 10), &["Nasry Asfura accused the Honduran government of rigging the count."]);
    assert!(has_prefixes(&events, "HNDOPP", "11", "HNDGOV"), "{events:#?}");
    let events = story((2026, 3, 10), &["President Nasry Asfura met Taiwan's foreign minister in Tegucigalpa."]);
    assert!(has_prefixes(&events, "HNDGOV", "04", "TWN"), "{events:#?}");
    let events = story((2025, 10, 1), &["Kamla Persad-Bissessar criticised Venezuela's government."]);
    assert!(has_prefixes(&events, "TTOGOV", "11", "VENGOV"), "{events:#?}");
    let events = story((2025, 10, 1), &["Axel Kicillof criticised the International Monetary Fund."]);
    assert!(has_prefixes(&events, "ARGGOV", "11", "IGO"), "{events:#?}");
}

/// "Peronist senators": the adjective of the Justicialist Party.
#[test]
fn peronist_is_argentinas_justicialist_party() {
    let events = story((2025, 10, 1), &["Peronist senators accused Milei of ruining the economy."]);
    assert!(has_prefixes(&events, "ARGPTY", "11", "ARGGOV"), "{events:#?}");
}

/// Venezuela, Honduras, Colombia and Ecuador each have a National
/// Electoral Council (CNE): the story's state chooses.
#[test]
fn a_national_electoral_council_is_the_story_states() {
    let events = story((2025, 12, 1), &["Hondurans voted on Sunday in a tense election in Honduras.", "The National Electoral Council accused the Honduran army of meddling in the count."]);
    assert!(has_prefixes(&events, "HNDGOV", "11", "HNDMIL"), "{events:#?}");
}

/// Payments and subsidies stopped to a state are aid stopped (162).
#[test]
fn stopping_payments_to_a_state_cuts_its_aid() {
    let events = story((2025, 10, 1), &["Washington said it would halt all payments to Nicaragua."]);
    assert!(has_prefixes(&events, "USA", "162", "NIC"), "{events:#?}");
}

/// Intelligence sharing with a state suspended or stopped reduces
/// relations with it (160).
#[test]
fn stopping_intelligence_sharing_reduces_relations() {
    let events = story((2025, 10, 1), &["Canada stopped sharing intelligence with the United States."]);
    assert!(has_prefixes(&events, "CAN", "16", "USA"), "{events:#?}");
    let events = story((2025, 10, 1), &["Peru has ended intelligence-sharing with Bolivia."]);
    assert!(has_prefixes(&events, "PER", "16", "BOL"), "{events:#?}");
}

/// A bare sector word given the story's country for want of another
/// ("soldiers" in a story that names the United States most), addressed by
/// one state's actor, is that state's sector.
#[test]
fn a_bare_sector_addressed_by_a_leader_is_his_states() {
    let events = story((2025, 10, 1), &["Trump said the United States would keep up its pressure on Cuba, and Washington announced new U.S. sanctions on Havana. The U.S. Treasury said the United States would act again.", "Cuba's President Miguel Diaz-Canel urged soldiers to stay loyal to the revolution."]);
    assert!(has_prefixes(&events, "CUBGOV", "02", "CUBMIL"), "{events:#?}");
}

/// "He called on Nicaraguans to …" after a sentence on the country's
/// leader: a nation's people are no state the leader cannot address, so
/// the pronoun stays with him.
#[test]
fn a_leader_may_call_on_his_own_people() {
    let events = story((2025, 10, 1), &["President Daniel Ortega said on Monday that Nicaragua would defend itself if American troops attacked it.", "He called on Nicaraguans to join the reserves."]);
    assert!(has_prefixes(&events, "NICGOV", "02", "NIC"), "{events:#?}");
}

/// "The U.N. human rights chief, Volker Turk, has called on …" with
/// "chief" an adjective and the phrase no subject: "chief" after a noun and
/// before no noun is the phrase's head noun.
#[test]
fn chief_after_a_noun_heads_the_phrase() {
    let events = story((2024, 3, 1), &["The U.N. human rights chief, Volker Turk, has called on Belarus to release all political prisoners."]);
    assert!(has_prefixes(&events, "IGOUNO", "02", "BLR"), "{events:#?}");
}

/// "Opposition leaders blamed Ortega …" in a story that names the United
/// States most: an opposition given the story's country for want of
/// another, acting on one state's named government, is that state's.
#[test]
fn an_opposition_is_that_of_the_government_it_faces() {
    let events = story((2025, 10, 1), &["The United States imposed new sanctions on Nicaragua, and Washington said U.S. officials would act again. The U.S. Treasury said the United States would not wait.", "Opposition leaders accused President Daniel Ortega of ruining the economy."]);
    assert!(has_prefixes(&events, "NICOPP", "11", "NICGOV"), "{events:#?}");
}
