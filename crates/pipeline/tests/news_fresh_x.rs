//! Rules prompted by the fresh-x stories (crates/pipeline/tests/data/fresh-x:
//! wire news of 2001–2011), each checked on sentences written for the test,
//! not taken from a story.

mod common;

use common::{has_prefixes, story};

#[test]
fn office_holders_and_places_of_the_2000s_are_known() {
    // Iraq's interim vice president (2004-2005) and national security adviser.
    let events = story((2004, 9, 2), &["Vice President Ibrahim al-Jaafari condemned the bombing of a police station in Karbala."]);
    assert!(events.iter().any(|e| e.source.starts_with("IRQGOV") && e.code.starts_with("11")), "{events:#?}");
    let events = story((2005, 1, 12), &["Mowaffak al-Rubaie accused Syria of sheltering former Baathists."]);
    assert!(has_prefixes(&events, "IRQGOV", "11", "SYR"), "{events:#?}");
    // Iran's Foreign Ministry spokesman of those years.
    let events = story((2004, 11, 3), &["Hamid Reza Asefi accused Britain of meddling in Iran's affairs."]);
    assert!(has_prefixes(&events, "IRNGOV", "11", "GBR"), "{events:#?}");
    // Towns of the period's wars are their countries'.
    let events = story((2008, 8, 10), &["Russian warplanes bombed Gori and Poti."]);
    assert!(has_prefixes(&events, "RUS", "19", "GEO"), "{events:#?}");
    let events = story((2011, 5, 3), &["Syrian tanks shelled Jableh and Deraa."]);
    assert!(has_prefixes(&events, "SYR", "19", "SYR"), "{events:#?}");
}

#[test]
fn calling_an_act_a_war_crime_is_criticism_with_no_actor_named() {
    let events = story((2009, 1, 7), &["Turkey's prime minister called the shelling of the school a war crime."]);
    assert!(events.iter().any(|e| e.source.starts_with("TUR") && e.code.starts_with("11") && e.target.is_empty()), "{events:#?}");
}

#[test]
fn renewing_a_call_for_a_ceasefire_is_an_appeal() {
    let events = story((2006, 8, 3), &["Egypt's foreign minister renewed his call for an immediate truce in Lebanon."]);
    assert!(events.iter().any(|e| e.source.starts_with("EGY") && e.code.starts_with("02")), "{events:#?}");
    let events = story((2006, 8, 3), &["Britain reiterated its call for a ceasefire between Israel and Hezbollah."]);
    assert!(events.iter().any(|e| e.source.starts_with("GBR") && e.code.starts_with("02")), "{events:#?}");
}

#[test]
fn saying_a_state_would_respond_in_kind_is_a_threat() {
    let events = story((2002, 1, 2), &["Islamabad said Pakistan would respond in kind to any Indian move."]);
    assert!(events.iter().any(|e| e.source.starts_with("PAK") && e.code.starts_with("13")), "{events:#?}");
}

#[test]
fn recalling_a_high_commissioner_reduces_relations() {
    let events = story((2003, 3, 1), &["Britain recalled its high commissioner from Zimbabwe on Saturday."]);
    assert!(has_prefixes(&events, "GBR", "16", "ZWE"), "{events:#?}");
}

#[test]
fn agreeing_to_suspend_air_strikes_is_a_de_escalation() {
    let events = story((2006, 8, 1), &["Israel agreed on Monday to a two-day pause of air strikes on southern Lebanon."]);
    assert!(events.iter().any(|e| e.source.starts_with("ISR") && e.code.starts_with("08")), "{events:#?}");
    // A cessation of hostilities stays a truce.
    let events = story((2006, 8, 14), &["Israel and Hezbollah agreed to a cessation of hostilities."]);
    assert!(has_prefixes(&events, "ISR", "08", "LBN"), "{events:#?}");
}

#[test]
fn a_warning_that_the_speakers_side_could_reconsider_cooperation_or_seek_sanctions_is_a_threat() {
    let events = story((2006, 2, 3), &["Iran's top negotiator warned that Tehran could reconsider its cooperation with the IAEA."]);
    assert!(has_prefixes(&events, "IRN", "13", "IGOUNO"), "{events:#?}");
    // A speech participle after a comma, tagged a noun and hung on an
    // infinitive, is the main verb's subject's warning.
    let events = story((2004, 7, 22), &["Britain urged Sudan on Monday to disarm the militias, warning that London could seek U.N. sanctions."]);
    assert!(events.iter().any(|e| e.source.starts_with("GBR") && e.code.starts_with("13")), "{events:#?}");
}

#[test]
fn the_victims_of_a_strike_are_the_people_of_the_place_named_after_an_aside() {
    let events = story((2006, 7, 31), &["An Israeli air strike killed 20 civilians, most of them women, in the southern Lebanese town of Srifa on Monday."]);
    assert!(has_prefixes(&events, "ISR", "19", "LBN"), "{events:#?}");
}

#[test]
fn a_leaders_own_cabinet_is_no_other_party() {
    let events = story((2006, 7, 20), &["Lebanese Prime Minister Fouad Siniora spoke by phone with Rice. Olmert told his cabinet the offensive would go on."]);
    assert!(!events.iter().any(|e| e.source.starts_with("ISR") && e.target.starts_with("LBN") && e.code.starts_with("04")), "{events:#?}");
}

#[test]
fn being_ready_to_defend_itself_is_no_protection_of_another() {
    let events = story((2002, 1, 12), &["Musharraf said Pakistan was ready to defend itself against any attack."]);
    assert!(!events.iter().any(|e| e.code.starts_with("0334")), "{events:#?}");
}

#[test]
fn sending_troops_to_protect_monitors_is_peacekeeping() {
    let events = story((2004, 7, 6), &["The African Union said it would send 300 troops to protect its observers in Darfur."]);
    assert!(events.iter().any(|e| e.source.starts_with("IGOAFR") && e.code.starts_with("03")), "{events:#?}");
}

#[test]
fn a_titled_name_after_a_subordinator_is_the_clauses_subject() {
    // "after" hung on the title of the name, the verb left without a subject.
    let events = story((2007, 3, 15), &["The offer came a week after EU foreign policy chief Javier Solana met Syrian President Bashar al-Assad in Damascus."]);
    assert!(has_prefixes(&events, "IGOEUR", "04", "SYR"), "{events:#?}");
}

#[test]
fn a_participle_after_had_is_a_perfect_not_a_modifier() {
    // "had" read as the verb of possession, "recognised" as a modifier of the name.
    let events = story((2008, 9, 2), &["Lavrov said Moscow had recognised Abkhazia."]);
    assert!(has_prefixes(&events, "RUS", "05", "GEO"), "{events:#?}");
}

#[test]
fn what_a_noun_denied_by_no_says_is_not_asserted() {
    let events = story((2006, 7, 12), &["There was no indication that Syria had agreed to withdraw its troops."]);
    assert!(!events.iter().any(|e| e.source.starts_with("SYR")), "{events:#?}");
    // Without "no" the clause is still read.
    let events = story((2006, 7, 12), &["Diplomats said Syria had agreed to withdraw its troops."]);
    assert!(events.iter().any(|e| e.source.starts_with("SYR")), "{events:#?}");
}
