//! Rules from the fresh-aj round (the Levant, Iran and the Gulf, 2024–2025),
//! each checked on sentences written for the test, not taken from a story.

mod common;

use common::{has_prefixes, story};

#[test]
fn a_said_clause_joined_to_another_is_said_too() {
    // "said X had done A and would do B": B shares the said clause's
    // subject, so a promised forceful response in it is a threat.
    let events = story((2025, 3, 2), &["The Turkish defence minister said Ankara had completed its review and would respond firmly to any attack."]);
    assert!(events.iter().any(|e| e.source.starts_with("TUR") && e.code.starts_with("13")), "{events:#?}");
    // A joined clause with its own subject is a statement of its own.
    let events = story((2025, 3, 2), &["The Turkish defence minister said Ankara had completed its review and the army would respond firmly to any attack."]);
    assert!(!events.iter().any(|e| e.source.starts_with("TUR") && e.code.starts_with("130")), "{events:#?}");
}

#[test]
fn an_act_to_be_met_with_force_names_whom_the_threat_is_against() {
    let events = story((2025, 2, 11), &["The Egyptian defence minister said Ethiopia's new move would be met with a firm response."]);
    assert!(has_prefixes(&events, "EGY", "13", "ETH"), "{events:#?}");
    let events = story((2025, 2, 11), &["The Greek prime minister said any Turkish incursion would be met with force."]);
    assert!(has_prefixes(&events, "GRC", "13", "TUR"), "{events:#?}");
}

#[test]
fn vowing_that_another_will_face_a_bitter_fate_is_a_threat() {
    let events = story((2024, 4, 2), &["The Iranian army chief vowed that Israel would face a bitter fate for the killing of the generals."]);
    assert!(has_prefixes(&events, "IRN", "13", "ISR"), "{events:#?}");
}

#[test]
fn resources_put_at_another_s_disposal_are_an_offer_to_cooperate() {
    let events = story((2024, 10, 5), &["Jordan said it would place its field hospitals at Lebanon's disposal."]);
    assert!(has_prefixes(&events, "JOR", "03", "LBN"), "{events:#?}");
    let events = story((2024, 10, 5), &["Kuwait put two aircraft at Lebanon's disposal to evacuate the wounded."]);
    assert!(has_prefixes(&events, "KWT", "03", "LBN"), "{events:#?}");
}

#[test]
fn a_member_named_inside_a_body_acts_as_the_body() {
    // "The Security Council, including Russia, condemned …": one act of
    // the council, not a second one by Russia.
    let events = story((2024, 5, 2), &["The Security Council, including Russia, condemned the attack on the embassy."]);
    assert!(has_prefixes(&events, "IGOUNO", "11", ""), "{events:#?}");
    assert!(!events.iter().any(|e| e.source.starts_with("RUS")), "{events:#?}");
}
