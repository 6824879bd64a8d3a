//! Rules and knowledge from the fresh-ba round (great-power trade and
//! alliance diplomacy, 2025), each checked on sentences written for the
//! test, not taken from a story.

mod common;

use common::{has_prefixes, story};

#[test]
fn people_of_the_trade_and_alliance_rows_hold_their_offices_of_the_day() {
    // China's vice foreign minister.
    let events = story((2024, 5, 1), &["Sun Weidong criticised the Philippines."]);
    assert!(has_prefixes(&events, "CHNGOV", "11", "PHL"), "{events:#?}");
    // China's consul general in Osaka.
    let events = story((2024, 5, 1), &["Xue Jian criticised Japan on Monday."]);
    assert!(has_prefixes(&events, "CHNGOV", "11", "JPN"), "{events:#?}");
    // China's trade representative from April 2025.
    let events = story((2025, 9, 1), &["Li Chenggang met Mexican officials."]);
    assert!(has_prefixes(&events, "CHNGOV", "04", "MEX"), "{events:#?}");
    // Japan's ambassador to China.
    let events = story((2024, 8, 1), &["Kenji Kanasugi criticised Russia."]);
    assert!(has_prefixes(&events, "JPNGOV", "11", "RUS"), "{events:#?}");
    // The White House trade adviser in both Trump terms.
    let events = story((2025, 4, 1), &["Peter Navarro accused Vietnam of cheating."]);
    assert!(has_prefixes(&events, "USAGOV", "11", "VNM"), "{events:#?}");
    // Ontario's premier is of Canada's government (a province's).
    let events = story((2024, 10, 1), &["Ontario Premier Doug Ford criticised Mexico."]);
    assert!(has_prefixes(&events, "CANGOV", "11", "MEX"), "{events:#?}");
}

/// "He" before a name inside a sentence is the surname (He Lifeng), not
/// the pronoun standing for the last man named.
#[test]
fn the_surname_he_before_a_name_is_no_pronoun() {
    let events = story((2024, 5, 1), &["Vice Premier He Lifeng met the American trade envoy in Beijing on Tuesday."]);
    assert!(has_prefixes(&events, "CHNGOV", "04", "USA"), "{events:#?}");
    let events = story((2024, 5, 1), &["On Friday, Vice Premier He Lifeng criticised Japan."]);
    assert!(has_prefixes(&events, "CHNGOV", "11", "JPN"), "{events:#?}");
}

/// "would visit Egypt later this year" with the parser hanging "Egypt" on
/// "later" as a bare time phrase: the name right after the verb is its
/// object (a day or month stays a time).
#[test]
fn a_name_read_as_a_bare_time_phrase_after_a_verb_is_its_object() {
    let events = story((2025, 8, 1), &["Officials said the Turkish president would visit Egypt later this year."]);
    assert!(has_prefixes(&events, "TURGOV", "03", "EGY"), "{events:#?}");
    let events = story((2025, 8, 1), &["Officials said the Japanese prime minister would visit Vietnam later this year."]);
    assert!(has_prefixes(&events, "JPNGOV", "03", "VNM"), "{events:#?}");
}

/// "called Modi to discuss trade" is a phone call (041), not an appeal nor
/// a naming; a promised one is an intent to meet or talk (036).
#[test]
fn calling_someone_to_discuss_is_a_call() {
    let events = story((2025, 8, 1), &["Lula called Modi on Monday to discuss trade."]);
    assert!(has_prefixes(&events, "BRAGOV", "041", "IND"), "{events:#?}");
    let events = story((2025, 8, 1), &["Lula said he would call Modi to discuss a joint response."]);
    assert!(has_prefixes(&events, "BRAGOV", "036", "IND"), "{events:#?}");
}

/// Criticism of a thing named with its author in a relative clause ("the
/// attack that Somalia launched") is aimed at that author.
#[test]
fn criticism_of_a_thing_a_relative_clause_authors_targets_the_author() {
    let events = story((2025, 8, 1), &["Kenya condemned the attack that Somalia launched on the border town."]);
    assert!(has_prefixes(&events, "KEN", "11", "SOM"), "{events:#?}");
    // A relative pronoun subject names no author.
    let events = story((2025, 8, 1), &["Kenya condemned the attack that killed ten soldiers."]);
    assert!(!events.iter().any(|e| e.code.starts_with("11") && !e.target.is_empty()), "{events:#?}");
}

/// "said the Moroccan decision was unfair", "told the ambassador that the
/// Russian statement was inappropriate": judging an act so is criticism.
#[test]
fn saying_an_act_was_unfair_or_inappropriate_is_criticism() {
    let events = story((2025, 8, 1), &["Spain said the Moroccan decision was unfair."]);
    assert!(has_prefixes(&events, "ESP", "11", "MAR"), "{events:#?}");
    let events = story((2025, 8, 1), &["The Kenyan foreign minister told the ambassador that the Russian statement was inappropriate."]);
    assert!(has_prefixes(&events, "KENGOV", "11", "RUS"), "{events:#?}");
}

/// Agreeing or offering to buy another country's goods is an intent to
/// cooperate economically with it (0311).
#[test]
fn agreeing_to_buy_a_countrys_goods_is_economic_cooperation_with_it() {
    let events = story((2025, 8, 1), &["The Philippines agreed to buy Japanese patrol boats."]);
    assert!(has_prefixes(&events, "PHL", "0311", "JPN"), "{events:#?}");
}

/// "On Monday, Russia's foreign minister will meet …" with the minister
/// read as an apposition of "Monday": the subject of the verb whose finite
/// auxiliary follows the phrase.
#[test]
fn a_subject_read_as_apposition_of_a_date_before_an_auxiliary_is_the_subject() {
    let events = story((2025, 11, 14), &["On Monday, Russia's foreign minister will meet the Turkish envoy."]);
    assert!(has_prefixes(&events, "RUSGOV", "03", "TUR"), "{events:#?}");
}
