//! Rules and knowledge from the fresh-az round (Turkey, the Kurds, Iraq,
//! Libya and Yemen 2023–2025), each checked on sentences written for the
//! test, not taken from a story.

mod common;

use common::{has_prefixes, story};

#[test]
fn victims_of_a_participle_after_a_strike_are_where_it_struck() {
    // (Not the story's country's civilians: the strike fell on Chad.)
    let events = story((2024, 6, 1), &["Sudan's army fought rebels in Darfur on Monday.", "Rebels said Sudanese aircraft had bombed markets and schools in eastern Chad, killing at least 20 civilians."]);
    assert!(has_prefixes(&events, "SDN", "19", "TCD"), "{events:#?}");
    assert!(!events.iter().any(|e| e.target == "SDNCVL"), "{events:#?}");
}

#[test]
fn an_attack_bearing_the_hallmarks_of_a_group_accuses_it() {
    let events = story((2024, 6, 1), &["The Nigerian army said the bombing bore the hallmarks of Boko Haram."]);
    assert!(has_prefixes(&events, "NGAMIL", "112", "NGAREB"), "{events:#?}");
}

#[test]
fn retaliating_with_strikes_on_a_group_strikes_it() {
    let events = story((2024, 6, 1), &["Militants shelled a base, and Washington retaliated with strikes on Kataib Hezbollah."]);
    assert!(has_prefixes(&events, "USA", "19", "IRQ"), "{events:#?}");
}

#[test]
fn an_armed_group_disbanding_the_group_demobilises() {
    let events = story((2025, 6, 1), &["The ELN said it had decided to dissolve the organisation."]);
    assert!(has_prefixes(&events, "COLREB", "087", ""), "{events:#?}");
    assert!(!has_prefixes(&events, "COLREB", "172", ""), "{events:#?}");
}

#[test]
fn a_decision_or_move_welcomed_is_the_yielding_sides() {
    let events = story((2025, 6, 1), &["The ELN said it had decided to dissolve the organisation.", "Colombia's interior ministry welcomed the decision."]);
    assert!(has_prefixes(&events, "COLGOV", "05", "COLREB"), "{events:#?}");
    let events = story((2024, 6, 1), &["The ELN freed 20 hostages on Monday.", "Colombia's foreign minister praised the move."]);
    assert!(has_prefixes(&events, "COLGOV", "05", "COLREB"), "{events:#?}");
}

#[test]
fn a_subordinate_clause_after_a_reported_clause_keeps_its_own_subject() {
    // "after NP killed …" read as an oblique of the reported verb and
    // "killed" a conjunct of the main verb: the noun is the killing's subject.
    for (text, attacker, speaker) in [
        ("Aoun announced that he would seek talks with Israel, after an Israeli strike in Beirut killed a Hezbollah commander.", "ISR", "LBN"),
        ("Barzani first announced in June that he would seek the exit of the troops, after a U.S. drone strike in Erbil killed a commander of the Kataib Hezbollah militia.", "USA", "IRQ"),
    ] {
        let events = story((2024, 6, 1), &[text]);
        assert!(events.iter().any(|e| e.source.starts_with(attacker) && (e.code.starts_with("18") || e.code.starts_with("19"))), "{text}: {events:#?}");
        assert!(!events.iter().any(|e| e.source.starts_with(speaker) && e.code.starts_with("18")), "{text}: {events:#?}");
    }
}

#[test]
fn the_subject_and_the_object_of_a_conjoined_verb_are_the_two_leaders() {
    let events = story((2024, 6, 1), &["Turkish jets struck targets in Iraq and Syria on Monday.", "Lula visited the Kremlin and met President Vladimir Putin, and the two leaders discussed trade."]);
    assert!(has_prefixes(&events, "RUSGOV", "04", "BRAGOV"), "{events:#?}");
    assert!(!events.iter().any(|e| e.code.starts_with("04") && (e.source.starts_with("SYR") || e.target.starts_with("SYR"))), "{events:#?}");
}

#[test]
fn a_phrase_right_after_the_object_may_be_the_objects() {
    // "an end to …" with "to" hung on the verb.
    let events = story((2024, 6, 1), &["The rebel leader demanded an end to the Sudanese army's \"aggression\" and the lifting of the siege."]);
    assert!(has_prefixes(&events, "SDNREB", "1056", "SDNMIL"), "{events:#?}");
}

#[test]
fn committed_to_a_states_security_is_an_intent_toward_it() {
    let events = story((2024, 6, 1), &["The French defence minister said France remained committed to Lebanon's stability."]);
    assert!(has_prefixes(&events, "FRA", "03", "LBN"), "{events:#?}");
}
