//! Rules prompted by the fresh-s stories (crates/pipeline/tests/data/fresh-s:
//! Iran–Israel, Israel–Hezbollah, the Red Sea and Gulf mediation,
//! 2024–2025), each checked on sentences written for the test, not taken
//! from a story.

mod common;

use common::{has_exact, has_prefixes, story};

#[test]
fn a_preposition_before_a_counted_noun_belongs_to_the_noun() {
    let events = story((2025, 3, 4), &["Pakistani jets carried out strikes on 12 Taliban positions in Afghanistan on Monday."]);
    assert!(has_prefixes(&events, "PAK", "19", "AFG"), "{events:#?}");
    let events = story((2024, 8, 26), &["Israeli aircraft carried out raids on 40 Hezbollah sites on Sunday."]);
    assert!(has_prefixes(&events, "ISR", "19", "LBN"), "{events:#?}");
}

#[test]
fn a_between_phrase_hung_on_a_name_belongs_to_the_verb() {
    let events = story((2023, 7, 20), &["Turkey has mediated with the United Nations between Russia and Ukraine for a year."]);
    assert!(has_prefixes(&events, "TUR", "04", "RUS"), "{events:#?}");
    assert!(has_prefixes(&events, "TUR", "04", "UKR"), "{events:#?}");
}

#[test]
fn the_object_of_a_relative_clause_with_its_own_subject_is_the_relative_pronoun() {
    let events = story((2024, 7, 29), &["Israel shot down most of the rockets that Hezbollah fired at northern Israel on Sunday."]);
    assert!(has_prefixes(&events, "LBN", "19", "ISR"), "{events:#?}");
}

#[test]
fn a_hyphenated_owner_or_flag_names_the_target_of_an_attack_on_a_ship() {
    let events = story((2024, 2, 20), &["Houthi forces attacked a British-owned tanker in the Gulf of Aden on Monday."]);
    assert!(has_prefixes(&events, "YEM", "19", "GBR"), "{events:#?}");
    // A backer is not the target: "Iran-backed" names whom Iran backs.
    let events = story((2024, 2, 20), &["U.S. warplanes struck Iran-backed militias in Iraq on Friday."]);
    assert!(!events.iter().any(|e| e.target.starts_with("IRN")), "{events:#?}");
}

#[test]
fn meeting_force_with_force_is_a_threat_not_a_meeting() {
    let events = story((2023, 3, 14), &["\"We will meet force with force,\" North Korea's defence ministry said on Tuesday."]);
    assert!(has_prefixes(&events, "PRK", "13", ""), "{events:#?}");
    assert!(!events.iter().any(|e| e.code.starts_with("03") || e.code.starts_with("04")), "{events:#?}");
}

#[test]
fn being_prepared_to_strike_is_a_threat_of_force() {
    let events = story((2025, 5, 12), &["India's army chief said India was prepared to strike again if Pakistan attacked its territory."]);
    assert!(has_prefixes(&events, "IND", "138", "PAK"), "{events:#?}");
}

#[test]
fn saying_a_state_will_be_held_accountable_is_a_threat() {
    let events = story((2022, 10, 11), &["Blinken said Moscow would be held accountable for the attacks on Ukrainian cities."]);
    assert!(has_prefixes(&events, "USA", "13", "RUS"), "{events:#?}");
}

#[test]
fn iranian_provinces_and_israeli_bases_struck_in_2024() {
    let events = story((2024, 10, 26), &["Israeli jets struck military sites in Khuzestan province on Saturday."]);
    assert!(has_prefixes(&events, "ISR", "19", "IRN"), "{events:#?}");
    let events = story((2024, 4, 14), &["Iranian missiles hit the Nevatim air base on Saturday."]);
    assert!(has_prefixes(&events, "IRN", "19", "ISR"), "{events:#?}");
}

#[test]
fn a_named_warship_stands_for_its_navy() {
    let events = story((2024, 1, 10), &["Houthi forces fired drones at the USS Carney in the Red Sea on Tuesday."]);
    assert!(has_prefixes(&events, "YEM", "19", "USAMIL"), "{events:#?}");
    assert!(!has_exact(&events, "YEMREB", "195", ""), "{events:#?}");
}

#[test]
fn a_first_subject_read_as_passive_is_coordinated_with_the_second() {
    let events = story((2020, 2, 20), &["Washington and the Taliban had agreed not to attack each other."]);
    assert!(has_prefixes(&events, "USA", "03", "AFG"), "{events:#?}");
    assert!(has_prefixes(&events, "AFG", "03", "USA"), "{events:#?}");
}

#[test]
fn launching_an_invasion_of_a_place_is_its_invasion() {
    let events = story((2022, 2, 25), &["Russia launched a full-scale invasion of Ukraine on Thursday."]);
    assert!(has_prefixes(&events, "RUS", "192", "UKR"), "{events:#?}");
}
