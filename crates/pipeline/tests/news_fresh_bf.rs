//! Rules and knowledge from the fresh-bf round (Africa 2024–2025), each
//! checked on sentences written for the test, not taken from a story.

mod common;

use common::{has_prefixes, story};

/// "accused Venezuela of sheltering guerrillas and cut ties with Caracas"
/// with "cut" (read as a base form) a conjunct of the gerund: a gerund
/// after a preposition coordinates only with another gerund, so the bare
/// verb continues the finite verb the gerund depends on.
#[test]
fn a_bare_verb_after_a_prepositional_gerund_continues_the_main_verb() {
    let events = story((2025, 5, 1), &["Colombia accused Venezuela of sheltering guerrillas and cut diplomatic ties with Caracas."]);
    assert!(has_prefixes(&events, "COL", "16", "VEN"), "{events:#?}");
    assert!(has_prefixes(&events, "COL", "11", "VEN"), "{events:#?}");
}

/// "signed an agreement on rare earths with Australia" with "with
/// Australia" hung on the topic noun: the partner is the agreement's.
#[test]
fn a_partner_after_a_topic_phrase_belongs_to_the_agreement() {
    let events = story((2025, 5, 1), &["Japan signed separate deals on rare earths with Australia and with Canada."]);
    assert!(has_prefixes(&events, "JPN", "057", "AUS"), "{events:#?}");
    assert!(has_prefixes(&events, "JPN", "057", "CAN"), "{events:#?}");
}

/// Diplomats given a deadline to leave are expelled (161).
#[test]
fn diplomats_given_hours_to_leave_are_expelled() {
    let events = story((2025, 5, 1), &["Mali gave French diplomats 72 hours to leave the country."]);
    assert!(has_prefixes(&events, "MLI", "161", "FRA"), "{events:#?}");
}

/// A border kept closed to a neighbour ("refused to reopen its border with
/// Morocco") is refused to that neighbour.
#[test]
fn a_border_not_reopened_is_refused_to_the_neighbour() {
    let events = story((2025, 5, 1), &["Algeria has refused to reopen its border with Morocco."]);
    assert!(has_prefixes(&events, "DZA", "1245", "MAR"), "{events:#?}");
}

/// Ending a military or defence cooperation pact with a state cuts
/// relations with it; ending a ceasefire agreement is not that.
#[test]
fn ending_a_defence_pact_with_a_state_reduces_relations() {
    let events = story((2025, 5, 1), &["Senegal ended its military cooperation agreement with France."]);
    assert!(has_prefixes(&events, "SEN", "16", "FRA"), "{events:#?}");
    let events = story((2025, 5, 1), &["Senegal ended its trade agreement with France."]);
    assert!(!has_prefixes(&events, "SEN", "16", "FRA"), "{events:#?}");
}

/// "made peace with" the other side is a settlement between the two.
#[test]
fn making_peace_with_a_state_is_an_agreement() {
    let events = story((2025, 5, 1), &["Armenia's prime minister made peace with Azerbaijan."]);
    assert!(has_prefixes(&events, "ARM", "05", "AZE"), "{events:#?}");
}

/// A party struck off the register is banned (1722).
#[test]
fn a_partys_revoked_registration_is_a_ban() {
    let events = story((2025, 5, 1), &["Pakistan's election commission revoked the PTI's registration."]);
    assert!(has_prefixes(&events, "PAK", "1722", "PAK"), "{events:#?}");
}

/// "pulled out of the talks": the talks left, an oblique of the verb, are
/// with the other side of the source's latest dealings.
#[test]
fn talks_pulled_out_of_are_with_the_other_side() {
    let events = story((2025, 5, 1), &["Sudan's army held talks with the RSF in Jeddah last month.", "On Friday the army pulled out of the talks."]);
    assert!(has_prefixes(&events, "SDN", "164", "SDNREB"), "{events:#?}");
}

/// People and groups of the round: Riek Machar was first vice president
/// until his suspension on 11 September 2025; Yassin Ibrahim Yassin was
/// Sudan's defence minister; Tene Birahima Ouattara is Ivory Coast's
/// defence minister; the White Army is a South Sudanese militia.
#[test]
fn people_and_groups_of_the_round() {
    let events = story((2025, 9, 5), &["Riek Machar met the Ugandan president in Juba."]);
    assert!(has_prefixes(&events, "SSDGOV", "04", "UGA"), "{events:#?}");
    let events = story((2024, 6, 1), &["Yassin Ibrahim met the Egyptian defence minister in Cairo."]);
    assert!(has_prefixes(&events, "SDNGOV", "04", "EGY"), "{events:#?}");
    let events = story((2024, 6, 1), &["Tene Birahima Ouattara met the French armed forces minister in Paris."]);
    assert!(has_prefixes(&events, "CIVGOV", "04", "FRA"), "{events:#?}");
    let events = story((2024, 6, 1), &["The White Army attacked South Sudanese soldiers near Ulang."]);
    assert!(has_prefixes(&events, "SSDREB", "1", "SSD"), "{events:#?}");
}

/// "In May last year the jihadists ambushed a convoy" with "the
/// jihadists" read as the object of "year": a time noun takes no object,
/// so the noun is the subject of the verb after it.
#[test]
fn a_subject_read_as_the_object_of_a_time_noun() {
    let events = story((2025, 5, 1), &["In May last year the jihadists and fighters loyal to them ambushed a convoy of Nigerien soldiers near Tillaberi."]);
    assert!(has_prefixes(&events, "NER", "19", "NERMIL"), "{events:#?}");
}
