//! Rules for causes the fresh-v to fresh-y helpers left open (see the
//! "Left" sections of crates/pipeline/tests/data/fresh-{v,w,x,y}/README.md),
//! each checked on sentences written for the test, not taken from a story.

mod common;

use common::{has_prefixes, story};

#[test]
fn armed_members_attacking_fight_rather_than_riot() {
    // "members" is a crowd word; members of an armed group are no crowd.
    let events = story((2025, 3, 10), &["Members of al-Shabaab attacked an army base near Mogadishu on Monday."]);
    assert!(events.iter().any(|e| e.source.starts_with("SOM") && e.code == "190"), "{events:#?}");
    assert!(!events.iter().any(|e| e.code.starts_with("14")), "{events:#?}");
    let events = story((2025, 3, 10), &["The army said its soldiers were attacked by members of the ELN near the border on Monday."]);
    assert!(events.iter().any(|e| e.source.starts_with("COLREB") && e.code.starts_with("19")), "{events:#?}");
    // A crowd of civilians storming a building is still a violent protest.
    let events = story((2025, 3, 10), &["Hundreds of Serbian protesters stormed the parliament in Belgrade on Monday."]);
    assert!(events.iter().any(|e| e.code == "145"), "{events:#?}");
}

#[test]
fn a_deal_said_to_be_not_acceptable_is_rejected_and_other_things_criticised() {
    let events = story((2025, 3, 10), &["Germany said the proposal is not acceptable."]);
    assert!(has_prefixes(&events, "DEU", "12", ""), "{events:#?}");
    // The quote cutting the clause leaves the subject as the verb's object.
    let events = story((2025, 3, 10), &["Poland's prime minister has said the trade agreement is \"not acceptable in its present form\"."]);
    assert!(has_prefixes(&events, "POLGOV", "12", ""), "{events:#?}");
    // A clause with its own subject joined to the predicate stays apart.
    let events = story((2025, 3, 10), &["Poland's prime minister has said the trade agreement is \"not acceptable\", and Polish farmers have blocked border crossings in protest."]);
    assert!(has_prefixes(&events, "POLGOV", "12", ""), "{events:#?}");
    assert!(has_prefixes(&events, "POL", "14", ""), "{events:#?}");
    let events = story((2025, 3, 10), &["Iran said Israel's actions were not acceptable."]);
    assert!(has_prefixes(&events, "IRN", "111", "ISR"), "{events:#?}");
    // Acceptable without the negation is no rejection, and a negated
    // intent is still no event of its own.
    let events = story((2025, 3, 10), &["Germany said the proposal is acceptable."]);
    assert!(!events.iter().any(|e| e.code.starts_with("12") || e.code.starts_with("11")), "{events:#?}");
    let events = story((2025, 3, 10), &["Iran said it would not attack Israel."]);
    assert!(!events.iter().any(|e| e.code.starts_with("13") || e.code.starts_with("19")), "{events:#?}");
}

#[test]
fn naming_a_state_an_aggressor_is_criticism() {
    // The parser makes the name a second object of "calling".
    let events = story((2025, 3, 10), &["Ethiopia cut diplomatic ties with Eritrea on Tuesday, calling it an aggressor state."]);
    assert!(has_prefixes(&events, "ETH", "161", "ERI"), "{events:#?}");
    assert!(has_prefixes(&events, "ETH", "111", "ERI"), "{events:#?}");
    let events = story((2025, 3, 10), &["Kenya's foreign minister called Sudan a rogue state on Monday."]);
    assert!(has_prefixes(&events, "KENGOV", "111", "SDN"), "{events:#?}");
    // "what it called …" is the speaker's naming, no criticism.
    let events = story((2025, 3, 10), &["The ruling party vowed to crack down on what it called extremist groups."]);
    assert!(!events.iter().any(|e| e.code.starts_with("11")), "{events:#?}");
}

#[test]
fn turning_back_another_states_aircraft_is_a_refusal() {
    let events = story((2025, 3, 10), &["Maduro turned back three U.S. deportation flights on Sunday."]);
    assert!(has_prefixes(&events, "VENGOV", "12", "USA"), "{events:#?}");
    let events = story((2025, 3, 10), &["Greek coast guard ships turned back a Turkish vessel near Lesbos."]);
    assert!(events.iter().any(|e| e.source.starts_with("GRC") && e.code.starts_with("12") && e.target.starts_with("TUR")), "{events:#?}");
}

#[test]
fn reporting_a_state_to_the_security_council_is_a_formal_complaint() {
    let events = story((2003, 3, 10), &["The IAEA board reported North Korea to the Security Council in February."]);
    assert!(events.iter().any(|e| e.source.starts_with("IGO") && e.code == "115" && e.target.starts_with("PRK")), "{events:#?}");
}

#[test]
fn appealing_to_aid_agencies_is_an_appeal_for_aid() {
    // "to aid agencies" parsed as an infinitive "to aid".
    let events = story((2025, 3, 10), &["Sudanese officials appealed to aid agencies for food and medicine."]);
    assert!(has_prefixes(&events, "SDNGOV", "023", ""), "{events:#?}");
}

#[test]
fn delegations_from_both_sides_are_the_two_sides() {
    let events = story((2025, 3, 10), &["Egyptian mediators held talks with Israel and Hamas on Monday.", "They met delegations from both sides separately on Tuesday."]);
    let met: Vec<_> = events.iter().filter(|e| e.code == "040").collect();
    assert!(met.iter().any(|e| e.target.starts_with("ISR")), "{events:#?}");
    assert!(met.iter().any(|e| e.target.starts_with("PSE")), "{events:#?}");
    // Lawmakers "from both parties" are of political parties, not sides.
    let events = story((2025, 3, 10), &["Israeli troops clashed with Hamas fighters in Rafah on Monday.", "Senators from both parties questioned the legal basis of the strikes."]);
    assert!(!events.iter().any(|e| e.text.starts_with("Senators") && (e.source.starts_with("ISR") || e.source.starts_with("PSE"))), "{events:#?}");
}

#[test]
fn the_last_of_its_troops_are_its_troops() {
    // "last" is the object, the troops its "of" phrase.
    let events = story((2025, 3, 10), &["Russia pulled the last of its troops out of Armenia on Friday."]);
    assert!(has_prefixes(&events, "RUS", "0874", "ARM"), "{events:#?}");
}
