//! Rules prompted by the fresh-r stories (crates/pipeline/tests/data/fresh-r:
//! wire leads of 1994–2015), each checked on sentences written for the
//! test, not taken from a story.

mod common;

use common::{has_prefixes, story};

#[test]
fn a_negated_intent_to_cooperate_or_concede_is_a_refusal() {
    let events = story((2007, 5, 15), &["Iranian Foreign Minister Manouchehr Mottaki said Iran would not suspend uranium enrichment under pressure."]);
    assert!(has_prefixes(&events, "IRN", "12", ""), "{events:#?}");
    let events = story((1997, 11, 3), &["Iraq's U.N. ambassador Nizar Hamdoon said his country would not cooperate with the American inspectors."]);
    assert!(events.iter().any(|e| e.source.starts_with("IRQ") && e.code.starts_with("12")), "{events:#?}");
    let events = story((2009, 6, 2), &["Hamas said it would not return to the negotiating table with Fatah."]);
    assert!(events.iter().any(|e| e.source.starts_with("PSE") && e.code.starts_with("125")), "{events:#?}");
    // What did not happen is no refusal.
    let events = story((2009, 6, 2), &["Israel did not cooperate with the United Nations inquiry."]);
    assert!(!events.iter().any(|e| e.code.starts_with("12")), "{events:#?}");
}

#[test]
fn a_vote_against_a_draft_is_its_rejection() {
    let events = story((2012, 2, 4), &["China and Russia voted against the draft resolution on Syria on Saturday."]);
    assert!(has_prefixes(&events, "CHN", "12", ""), "{events:#?}");
    assert!(has_prefixes(&events, "RUS", "12", ""), "{events:#?}");
}

#[test]
fn what_a_body_voted_to_do_is_its_act() {
    let events = story((2012, 3, 23), &["The African Union voted on Friday to suspend Mali's membership after the coup."]);
    assert!(has_prefixes(&events, "IGO", "16", "MLI"), "{events:#?}");
}

#[test]
fn days_of_talks_are_talks() {
    let events = story((2013, 9, 14), &["Russian Foreign Minister Sergei Lavrov held three days of talks with U.S. Secretary of State John Kerry in Geneva."]);
    assert!(has_prefixes(&events, "RUS", "04", "USA"), "{events:#?}");
    let events = story((2006, 9, 10), &["Ali Larijani held a second day of talks with Javier Solana on Sunday."]);
    assert!(has_prefixes(&events, "IRN", "04", "IGO"), "{events:#?}");
}

#[test]
fn insisting_on_a_named_sides_withdrawal_is_a_demand_on_it() {
    let events = story((2000, 5, 2), &["Lebanon insisted on a full Israeli withdrawal from the south of the country."]);
    assert!(has_prefixes(&events, "LBN", "106", "ISR"), "{events:#?}");
}

#[test]
fn balkan_and_iraq_office_holders_of_the_1990s_and_2000s() {
    let events = story((1999, 1, 20), &["Walker accused Serbian police of killing unarmed civilians."]);
    assert!(has_prefixes(&events, "IGOEURSCE", "11", "SRB"), "{events:#?}");
    let events = story((2003, 4, 7), &["Sahaf accused the United States of war crimes."]);
    assert!(has_prefixes(&events, "IRQGOV", "11", "USA"), "{events:#?}");
    let events = story((1998, 10, 12), &["Holbrooke met Milosevic in Belgrade on Monday."]);
    assert!(has_prefixes(&events, "USAGOV", "04", "YUG"), "{events:#?}");
    let events = story((2013, 11, 20), &["Jarba urged the United States to arm the rebels."]);
    assert!(has_prefixes(&events, "SYROPP", "02", "USA"), "{events:#?}");
}

#[test]
fn more_than_a_number_modifies_the_number() {
    let events = story((2011, 3, 14), &["Saudi Arabia sent more than 1,000 troops into Bahrain on Monday."]);
    assert!(has_prefixes(&events, "SAU", "15", "BHR"), "{events:#?}");
    let events = story((2014, 3, 1), &["Russia moved more than 6,000 soldiers into Crimea."]);
    assert!(has_prefixes(&events, "RUS", "15", "UKR"), "{events:#?}");
}

#[test]
fn ordering_someone_to_leave_the_country_is_an_expulsion() {
    let events = story((1999, 1, 18), &["Yugoslavia ordered Walker to leave the country within 48 hours."]);
    assert!(has_prefixes(&events, "YUG", "166", "IGO"), "{events:#?}");
}

#[test]
fn a_past_tense_verb_after_a_conjoined_name_is_its_own_clause() {
    let events = story((2003, 3, 21), &["Iran condemned the U.S.-led attack on Iraq, and Turkey called on Washington to end the war quickly."]);
    assert!(has_prefixes(&events, "TUR", "02", "USA"), "{events:#?}");
    assert!(!events.iter().any(|e| e.source.starts_with("IRN") && e.target.starts_with("TUR")), "{events:#?}");
}

#[test]
fn a_negated_statement_of_support_is_no_refusal() {
    let events = story((2024, 6, 26), &["Ruto said his country would not abandon Haiti."]);
    assert!(!events.iter().any(|e| e.code.starts_with("12")), "{events:#?}");
}

#[test]
fn a_hyphenated_x_for_y_modifier_is_one_word_of_its_noun() {
    let events = story((1999, 9, 5), &["Israeli Prime Minister Ehud Barak and Palestinian President Yasser Arafat signed a land-for-security agreement in Sharm el-Sheikh on Sunday."]);
    assert!(has_prefixes(&events, "ISR", "057", "PSE"), "{events:#?}");
    assert!(has_prefixes(&events, "PSE", "057", "ISR"), "{events:#?}");
}

#[test]
fn what_a_party_will_do_under_a_deal_is_its_terms() {
    let events = story((2005, 2, 9), &["Under the agreement, Israel will release 900 Palestinian prisoners."]);
    assert!(!events.iter().any(|e| e.source.starts_with("ISR") && e.code.starts_with("08")), "{events:#?}");
    // Done under a deal, it is an act.
    let events = story((2005, 2, 21), &["Under the agreement, Israel released 500 Palestinian prisoners on Monday."]);
    assert!(events.iter().any(|e| e.source.starts_with("ISR") && e.code.starts_with("08")), "{events:#?}");
}

#[test]
fn a_main_verb_before_a_subordinate_clause_is_no_relative() {
    let events = story((2001, 2, 16), &["U.S. and British jets bombed air defence sites across Iraq on Friday after chief U.N. weapons inspector Hans Blix said Baghdad had blocked his teams."]);
    assert!(has_prefixes(&events, "USA", "19", "IRQ"), "{events:#?}");
    assert!(has_prefixes(&events, "GBR", "19", "IRQ"), "{events:#?}");
    let events = story((2008, 8, 16), &["Russian troops shelled Georgian villages on Saturday after Georgian President Mikheil Saakashvili announced a unilateral ceasefire."]);
    assert!(has_prefixes(&events, "RUS", "19", "GEO"), "{events:#?}");
    // A trailing attribution after a comma is the main clause.
    let events = story((2014, 7, 20), &["Israeli shells hit a school in Gaza after the ceasefire ended, the Palestinian health ministry said."]);
    assert!(has_prefixes(&events, "ISR", "19", "PSE"), "{events:#?}");
}

#[test]
fn a_warning_of_readiness_to_use_force_is_a_threat() {
    let events = story((2002, 9, 12), &["Rumsfeld warned that Washington was prepared to act if Saddam Hussein refused to disarm."]);
    assert!(events.iter().any(|e| e.source.starts_with("USA") && e.code.starts_with("138")), "{events:#?}");
    assert!(!events.iter().any(|e| e.code == "012"), "{events:#?}");
}
