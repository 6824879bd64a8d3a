//! Rules and knowledge from the fresh-at round (Africa 2022–2024: the
//! Sahel juntas, the Horn, Sudan), each checked on sentences written for
//! the test, not taken from a story.

mod common;

use common::{has_prefixes, story};

#[test]
fn people_of_the_region_hold_their_offices_of_the_day() {
    // Mali's government spokesman before he became prime minister.
    let events = story((2023, 3, 1), &["Abdoulaye Maiga criticised Algeria."]);
    assert!(has_prefixes(&events, "MLIGOV", "11", "DZA"), "{events:#?}");
    // The head of MINUSMA.
    let events = story((2022, 6, 1), &["El-Ghassim Wane met Mali's foreign minister."]);
    assert!(has_prefixes(&events, "IGOUNO", "04", "MLIGOV"), "{events:#?}");
    // Obasanjo as the African Union's envoy, not Nigeria's president.
    let events = story((2022, 10, 20), &["Olusegun Obasanjo met Ethiopia's prime minister."]);
    assert!(has_prefixes(&events, "IGOAFR", "04", "ETHGOV"), "{events:#?}");
    // France's ambassador in Niamey and the U.S. envoy for the Horn.
    let events = story((2023, 3, 1), &["Sylvain Itte met Niger's foreign minister."]);
    assert!(has_prefixes(&events, "FRAGOV", "04", "NERGOV"), "{events:#?}");
    let events = story((2023, 3, 1), &["Mike Hammer visited Eritrea."]);
    assert!(has_prefixes(&events, "USAGOV", "04", "ERI"), "{events:#?}");
    // The spokesman of Ukraine's military intelligence.
    let events = story((2023, 5, 1), &["Andriy Yusov accused Russia of lying."]);
    assert!(has_prefixes(&events, "UKRSPY", "11", "RUS"), "{events:#?}");
}

#[test]
fn tigrayans_are_of_ethiopia() {
    let events = story((2022, 9, 10), &["Eritrean troops launched an offensive against the Tigrayans."]);
    assert!(has_prefixes(&events, "ERIMIL", "19", "ETH"), "{events:#?}");
}

#[test]
fn members_of_a_named_body_stand_for_that_body() {
    // "members of the presidential guard": the guard is the army of the
    // story's state; a presidential guard is a military body.
    let events = story((2023, 7, 27), &["Niger's army said the capital was calm.", "Members of the presidential guard arrested the interior minister."]);
    assert!(has_prefixes(&events, "NERMIL", "17", "NER"), "{events:#?}");
    let events = story((2021, 3, 1), &["Units of the republican guard detained Guinea's president."]);
    assert!(has_prefixes(&events, "GINMIL", "17", "GINGOV"), "{events:#?}");
}

#[test]
fn a_backer_in_a_linked_modifier_is_no_antecedent() {
    // "the al Qaeda-linked group al Shabaab … It": the group, not al Qaeda.
    let events = story((2022, 6, 1), &["The al Qaeda-linked group al Shabaab said it had raided a base.", "It accused the Somali government of corruption."]);
    assert!(has_prefixes(&events, "SOMREB", "11", "SOMGOV"), "{events:#?}");
    assert!(!events.iter().any(|e| e.source.starts_with("IMG")), "{events:#?}");
}

#[test]
fn a_persons_government_is_what_a_later_it_refers_to() {
    // "Burhan's government … It accused …": the government, not the
    // state named before it.
    let events = story((2023, 12, 1), &["Hemedti met Museveni in Kampala.", "Burhan's government complained about the visit.", "It accused Chad of arming the RSF."]);
    assert!(has_prefixes(&events, "SDNGOV", "11", "TCD"), "{events:#?}");
    assert!(!events.iter().any(|e| e.source.starts_with("UGA") && e.code.starts_with("11")), "{events:#?}");
}

#[test]
fn an_agreement_rejected_is_its_signers() {
    // "rejected the agreement" after a signing: the agreement is the
    // signers' act, and the one rejected is the side not the source's own.
    let events = story((2023, 5, 3), &["Egypt and Sudan signed a water agreement in Cairo on Monday.", "Ethiopia rejected the agreement on Tuesday."]);
    assert!(events.iter().any(|e| e.source.starts_with("ETH") && e.code.starts_with("12") && (e.target.starts_with("EGY") || e.target.starts_with("SDN"))), "{events:#?}");
    let events = story((2023, 5, 3), &["Egypt and Sudan signed a water agreement in Cairo on Monday.", "Sudan's opposition later condemned the accord."]);
    assert!(has_prefixes(&events, "SDNOPP", "11", "EGY"), "{events:#?}");
    // A deal welcomed is not given a side.
    let events = story((2023, 5, 3), &["Egypt and Sudan signed a water agreement in Cairo on Monday.", "The African Union welcomed the deal."]);
    assert!(!events.iter().any(|e| e.source.starts_with("IGOAFR") && !e.target.is_empty()), "{events:#?}");
}

#[test]
fn told_or_assured_in_a_phone_call_is_a_call() {
    let events = story((2024, 2, 3), &["Egypt's president assured Eritrea's president in a phone call of Egypt's support."]);
    assert!(has_prefixes(&events, "EGYGOV", "041", "ERIGOV"), "{events:#?}");
    let events = story((2024, 2, 3), &["Kenya's president told Somalia's president by telephone that Kenya would help."]);
    assert!(has_prefixes(&events, "KENGOV", "041", "SOMGOV"), "{events:#?}");
}

#[test]
fn a_rally_to_demand_a_forces_departure_targets_that_force() {
    let events = story((2023, 8, 20), &["Thousands of people rallied in Niamey to demand the withdrawal of the French troops."]);
    assert!(has_prefixes(&events, "NER", "141", "FRA"), "{events:#?}");
    let events = story((2023, 8, 20), &["Hundreds of students marched in Dhaka to demand the resignation of Bangladesh's prime minister."]);
    assert!(has_prefixes(&events, "BGD", "1411", "BGDGOV"), "{events:#?}");
}

#[test]
fn a_body_ending_its_peacekeeping_mission_in_a_state_withdraws_it() {
    let events = story((2023, 3, 20), &["The Security Council voted to terminate the peacekeeping mission in Congo."]);
    assert!(has_prefixes(&events, "IGOUNO", "1661", "COD"), "{events:#?}");
}

#[test]
fn the_mission_is_a_mission_named_before() {
    // "the mission" after MINUSMA (whose full name has "Mission") is it.
    let events = story((2023, 3, 20), &["MINUSMA said its patrols would continue.", "Mali expelled the mission's spokesman."]);
    assert!(has_prefixes(&events, "MLI", "17", "IGOUNO"), "{events:#?}");
}
