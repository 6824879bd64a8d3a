//! Rules and knowledge from the fresh-ax round (Latin America and the
//! Caribbean 2024–2025), each checked on sentences written for the test,
//! not taken from a story.

mod common;

use common::{has_prefixes, story};

#[test]
fn people_of_the_region_hold_their_offices_of_the_day() {
    // Bolivia's justice minister: his surname is no capital of Peru.
    let events = story((2024, 7, 1), &["Ivan Lima criticised Argentina."]);
    assert!(has_prefixes(&events, "BOLGOV", "11", "ARG"), "{events:#?}");
    assert!(!events.iter().any(|e| e.source.starts_with("PER")), "{events:#?}");
    let events = story((2024, 7, 1), &["Eduardo del Castillo accused Chile of meddling."]);
    assert!(has_prefixes(&events, "BOLGOV", "11", "CHL"), "{events:#?}");
    // The army commander before the June 2024 uprising.
    let events = story((2024, 6, 20), &["Juan Jose Zuniga criticised Argentina."]);
    assert!(has_prefixes(&events, "BOLMIL", "11", "ARG"), "{events:#?}");
    // A former president who leads a party.
    let events = story((2024, 3, 1), &["Evo Morales criticised Peru."]);
    assert!(has_prefixes(&events, "BOL", "11", "PER"), "{events:#?}");
    // Peru's foreign minister from May 2025.
    let events = story((2025, 8, 1), &["Hugo de Zela criticised Venezuela."]);
    assert!(has_prefixes(&events, "PERGOV", "11", "VEN"), "{events:#?}");
    // Brazil's chief justice is not the former head of the EU Commission.
    let events = story((2024, 5, 1), &["Luis Roberto Barroso criticised Venezuela."]);
    assert!(has_prefixes(&events, "BRAJUD", "11", "VEN"), "{events:#?}");
    // A president's son in Congress while his father governed.
    let events = story((2020, 3, 1), &["Eduardo Bolsonaro praised Israel."]);
    assert!(has_prefixes(&events, "BRALEG", "05", "ISR"), "{events:#?}");
    // Former leaders remain actors after leaving office.
    let events = story((2025, 6, 1), &["Andres Manuel Lopez Obrador criticised Peru."]);
    assert!(has_prefixes(&events, "MEXELI", "11", "PER"), "{events:#?}");
    let events = story((2025, 11, 1), &["Dina Boluarte criticised Mexico."]);
    assert!(has_prefixes(&events, "PERELI", "11", "MEX"), "{events:#?}");
    let events = story((2024, 12, 1), &["Garry Conille criticised Mexico."]);
    assert!(has_prefixes(&events, "HTIELI", "11", "MEX"), "{events:#?}");
}

#[test]
fn a_comptroller_general_is_no_army_general() {
    let events = story((2025, 3, 1), &["Chile's comptroller general opened an investigation into the ministry."]);
    assert!(has_prefixes(&events, "CHLGOV", "09", ""), "{events:#?}");
    assert!(!events.iter().any(|e| e.source.contains("MIL")), "{events:#?}");
}

#[test]
fn a_main_clause_he_or_she_continues_the_last_subject() {
    // The second "She" is the president the first one was, not the
    // president she met.
    let events = story(
        (2025, 6, 1),
        &["Peruvian President Dina Boluarte praised Chile. She travelled to Brazil in May, met President Lula and said Peru would buy more beef. She has also criticised Venezuela."],
    );
    assert!(has_prefixes(&events, "PERGOV", "11", "VEN"), "{events:#?}");
    assert!(!has_prefixes(&events, "BRAGOV", "11", "VEN"), "{events:#?}");
}

#[test]
fn calling_someone_corrupt_is_criticism() {
    let events = story((2024, 6, 1), &["Milei called Lula a corrupt communist."]);
    assert!(has_prefixes(&events, "ARGGOV", "11", "BRAGOV"), "{events:#?}");
    let events = story((2024, 6, 1), &["Petro called the Argentine government corrupt."]);
    assert!(has_prefixes(&events, "COLGOV", "11", "ARG"), "{events:#?}");
}

#[test]
fn declaring_an_envoy_persona_non_grata_expels_him() {
    let events = story((2024, 8, 1), &["Guatemala's Congress declared the Venezuelan ambassador persona non grata."]);
    assert!(has_prefixes(&events, "GTM", "161", "VEN"), "{events:#?}");
}

#[test]
fn an_announced_arrest_is_an_arrest() {
    let events = story((2024, 8, 1), &["Ecuador's interior minister announced the arrest of a Colombian guerrilla leader."]);
    assert!(has_prefixes(&events, "ECUGOV", "173", "COL"), "{events:#?}");
}

#[test]
fn barring_someone_from_running_or_using_restricts_him() {
    let events = story((2024, 1, 27), &["A Venezuelan court barred Maria Corina Machado from running for office."]);
    assert!(has_prefixes(&events, "VEN", "172", "VEN"), "{events:#?}");
}

#[test]
fn saying_anothers_act_was_excessive_is_criticism() {
    let events = story((2024, 8, 1), &["Argentina's foreign ministry said Chile's response was excessive."]);
    assert!(has_prefixes(&events, "ARGGOV", "11", "CHL"), "{events:#?}");
}

#[test]
fn resisting_an_idea_rejects_it() {
    let events = story((2024, 8, 1), &["Brazil and India have resisted the idea."]);
    assert!(has_prefixes(&events, "BRA", "12", ""), "{events:#?}");
    assert!(has_prefixes(&events, "IND", "12", ""), "{events:#?}");
}

#[test]
fn offering_to_widen_cooperation_is_an_intent_to_cooperate() {
    let events = story((2024, 8, 1), &["Ecuador offered to widen cooperation with Peru on border security."]);
    assert!(has_prefixes(&events, "ECU", "03", "PER"), "{events:#?}");
}

#[test]
fn an_audit_is_an_investigation() {
    let events = story((2024, 8, 1), &["Peru's comptroller general began an audit of the state oil company."]);
    assert!(has_prefixes(&events, "PERGOV", "09", ""), "{events:#?}");
}

#[test]
fn a_pact_not_renewed_is_cooperation_refused() {
    let events = story((2024, 8, 1), &["Uruguay will not renew its trade agreement with Mexico."]);
    assert!(has_prefixes(&events, "URY", "12", "MEX"), "{events:#?}");
    let events = story((2024, 8, 1), &["Chile said it would not renew its fishing accord with Beijing."]);
    assert!(has_prefixes(&events, "CHL", "12", "CHN"), "{events:#?}");
}

#[test]
fn sending_people_wanted_by_another_state_to_it_is_judicial_cooperation() {
    let events = story((2024, 8, 1), &["Honduras sent three men wanted on drug charges to the United States."]);
    assert!(has_prefixes(&events, "HND", "06", "USA"), "{events:#?}");
}

#[test]
fn designating_someone_under_a_sanctions_act_sanctions_him() {
    let events = story((2025, 5, 1), &["The U.S. Treasury designated Diosdado Cabello under the Kingpin Act."]);
    assert!(has_prefixes(&events, "USA", "163", "VEN"), "{events:#?}");
}

#[test]
fn revoking_the_visas_of_someone_is_an_administrative_sanction() {
    let events = story((2023, 5, 1), &["The United States revoked the visas of Daniel Ortega."]);
    assert!(has_prefixes(&events, "USA", "172", "NIC"), "{events:#?}");
}

#[test]
fn a_surname_tagged_plural_is_still_a_name() {
    // "Moraes" may be tagged a plural proper noun.
    let events = story((2025, 7, 31), &["Lula expressed support for Moraes."]);
    assert!(has_prefixes(&events, "BRAGOV", "05", "BRAJUD"), "{events:#?}");
}

#[test]
fn a_clause_subject_after_an_objects_apposition_is_the_next_verbs() {
    // "…, and Mexico expelled" read with "Mexico" a conjunct of the
    // apposition "Luisa Gonzalez": Mexico expelled, not Noboa.
    let events = story((2024, 5, 1), &["Noboa refused to recognise his rival, Luisa Gonzalez, and Mexico expelled Ecuador's ambassador, Raul Perez, in April 2024."]);
    assert!(has_prefixes(&events, "MEX", "161", "ECU"), "{events:#?}");
    assert!(!has_prefixes(&events, "ECU", "161", ""), "{events:#?}");
}

#[test]
fn declaring_someone_persona_non_grata_with_two_objects_read() {
    // "declared X persona non grata" parsed with two objects: the second
    // is what the first is declared.
    let events = story((2023, 2, 1), &["Peru's Congress declared Gustavo Petro persona non grata."]);
    assert!(has_prefixes(&events, "PER", "161", "COL"), "{events:#?}");
}

#[test]
fn expecting_to_speak_to_someone_is_an_intent_to_meet() {
    let events = story((2025, 7, 31), &["Brazil's finance minister said he expected to speak to Scott Bessent next week."]);
    assert!(has_prefixes(&events, "BRAGOV", "036", "USAGOV"), "{events:#?}");
}

#[test]
fn airlines_barred_from_flying_to_a_state_cut_ties_with_that_state() {
    let events = story((2024, 11, 12), &["Canada's transport ministry banned Canadian airlines from flying to Haiti for a month."]);
    assert!(has_prefixes(&events, "CAN", "16", "HTI"), "{events:#?}");
    assert!(!has_prefixes(&events, "CAN", "16", "CAN"), "{events:#?}");
}

#[test]
fn offering_to_take_deportees_from_a_state_is_an_intent_to_cooperate_with_it() {
    let events = story((2025, 2, 4), &["Costa Rica offered to take in migrants from the United States."]);
    assert!(has_prefixes(&events, "CRI", "03", "USA"), "{events:#?}");
}
