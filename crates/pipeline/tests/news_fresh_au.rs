//! Rules and knowledge from the fresh-au round (the Gulf, Iran, Iraq and
//! Yemen 2019–2025), each checked on sentences written for the test, not
//! taken from a story.

mod common;

use common::{has_exact, has_prefixes, story};

#[test]
fn people_of_the_region_hold_their_offices_of_the_day() {
    // The Houthis' deputy foreign minister in Sanaa.
    let events = story((2022, 2, 1), &["Hussein al-Ezzi criticised Egypt."]);
    assert!(has_prefixes(&events, "YEMREB", "11", "EGY"), "{events:#?}");
    // The IRGC aerospace commander, spelt as one word.
    let events = story((2020, 1, 20), &["Amirali Hajizadeh criticised Turkey."]);
    assert!(has_prefixes(&events, "IRNMIL", "11", "TUR"), "{events:#?}");
    // Saudi Arabia's national security adviser, with his father's name.
    let events = story((2022, 6, 1), &["Musaed bin Mohammed al-Aiban met Jake Sullivan in Riyadh."]);
    assert!(has_prefixes(&events, "SAUGOV", "04", "USA"), "{events:#?}");
}

#[test]
fn a_price_to_be_paid_under_have_to_is_a_threat() {
    let events = story((2022, 2, 1), &["Hussein al-Ezzi warned that Egypt would have to pay a heavy price."]);
    assert!(has_prefixes(&events, "YEMREB", "138", "EGY"), "{events:#?}");
    let events = story((2022, 2, 1), &["Hussein al-Ezzi said Saudi Arabia and Jordan would have to prepare to pay a heavy price."]);
    assert!(has_prefixes(&events, "YEMREB", "138", "SAU"), "{events:#?}");
    assert!(has_prefixes(&events, "YEMREB", "138", "JOR"), "{events:#?}");
}

#[test]
fn a_forceful_response_promised_is_a_threat() {
    // A response given "firm", "appropriate", "crushing".
    let events = story((2021, 3, 1), &["Ali Khamenei said Iran did not seek conflict but would give a crushing response."]);
    assert!(has_exact(&events, "IRNGOV", "138", ""), "{events:#?}");
    // A response kept for a moment of the speaker's choosing.
    let events = story((2021, 3, 1), &["Ali Khamenei told reporters that Tehran would retaliate at a time and place of its choosing."]);
    assert!(has_exact(&events, "IRNGOV", "138", ""), "{events:#?}");
    // A plain answer to a proposal is no threat.
    let events = story((2021, 3, 1), &["Ali Khamenei said Iran would give an answer to the proposal next week."]);
    assert!(!events.iter().any(|e| e.code.starts_with("13")), "{events:#?}");
}

#[test]
fn someone_declared_within_range_of_ones_weapons_is_threatened() {
    let events = story((2020, 1, 20), &["Amirali Hajizadeh warned that Turkish bases in Syria were within range of Iranian missiles."]);
    assert!(has_prefixes(&events, "IRNMIL", "138", "TUR"), "{events:#?}");
}

#[test]
fn not_hesitating_to_take_measures_is_a_threat() {
    let events = story((2021, 3, 1), &["Joe Biden said he would not hesitate to take further steps to protect shipping."]);
    assert!(has_prefixes(&events, "USAGOV", "13", ""), "{events:#?}");
    let events = story((2021, 3, 1), &["Joe Biden said he would not hesitate to use force."]);
    assert!(has_prefixes(&events, "USAGOV", "138", ""), "{events:#?}");
}

#[test]
fn an_agreement_to_restore_ties_with_a_third_is_with_that_third() {
    let events = story((2021, 3, 1), &["Tunisia and Algeria agreed on Monday to restore full ties with Libya."]);
    assert!(has_prefixes(&events, "TUN", "03", "LBY"), "{events:#?}");
    assert!(has_prefixes(&events, "DZA", "03", "LBY"), "{events:#?}");
    assert!(!has_prefixes(&events, "TUN", "", "DZA"), "{events:#?}");
}

#[test]
fn a_joint_pledge_to_deepen_economic_or_security_ties_is_mutual() {
    let events = story((2021, 3, 1), &["Recep Tayyip Erdogan and Joe Biden pledged to deepen security ties."]);
    assert!(has_exact(&events, "TURGOV", "0312", "USAGOV"), "{events:#?}");
    assert!(has_exact(&events, "USAGOV", "0312", "TURGOV"), "{events:#?}");
    let events = story((2021, 3, 1), &["Japan and India pledged to expand economic ties."]);
    assert!(has_prefixes(&events, "JPN", "0311", "IND"), "{events:#?}");
    assert!(has_prefixes(&events, "IND", "0311", "JPN"), "{events:#?}");
}

#[test]
fn a_ship_named_with_its_kind_in_apposition_is_a_ship_seized() {
    let events = story((2019, 7, 20), &["Iranian commandos seized the Stena Impero, a British-flagged tanker, in the Strait of Hormuz."]);
    assert!(has_prefixes(&events, "IRN", "1711", "GBR"), "{events:#?}");
    assert!(!events.iter().any(|e| e.code.starts_with("19")), "{events:#?}");
}

#[test]
fn an_offer_to_stop_is_an_intent_to_yield_and_praise_of_it_goes_to_its_maker() {
    let events = story((2024, 3, 3), &["Iran offered to stop enriching uranium.", "Rafael Grossi called the offer a step in the right direction."]);
    assert!(has_prefixes(&events, "IRN", "035", ""), "{events:#?}");
    assert!(has_prefixes(&events, "IGOUNO", "051", "IRN"), "{events:#?}");
}

#[test]
fn a_bare_armed_conjunct_takes_the_nationality_of_the_first() {
    let events = story((2020, 1, 20), &["Saudi Arabia said its oil exports had fallen.", "Amirali Hajizadeh warned that American bases and aircraft carriers were within range of Iranian missiles."]);
    assert!(has_exact(&events, "IRNMIL", "138", "USAMIL"), "{events:#?}");
    assert!(!events.iter().any(|e| e.target.starts_with("SAU")), "{events:#?}");
    // Another sector is not the first conjunct's: "US forces and rebels".
    let events = story((2020, 1, 20), &["Saudi Arabia said its oil exports had fallen.", "Amirali Hajizadeh condemned American troops and rebels."]);
    assert!(!events.iter().any(|e| e.target == "USAREB"), "{events:#?}");
}
