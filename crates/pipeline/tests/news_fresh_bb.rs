//! Rules and knowledge from the fresh-bb round (East Asia, 2025), each
//! checked on sentences written for the test, not taken from a story.

mod common;

use common::{has_exact, has_prefixes, story};

#[test]
fn east_asian_officials_of_2025_hold_their_offices_of_the_day() {
    // Taiwan's Presidential Office spokeswoman under Lai Ching-te.
    let events = story((2025, 3, 1), &["Karen Kuo criticised Beijing on Friday."]);
    assert!(has_prefixes(&events, "TWNGOV", "11", "CHN"), "{events:#?}");
    // The PLA Eastern Theater Command's spokesman.
    let events = story((2025, 3, 1), &["Shi Yi warned Taiwan on Friday."]);
    assert!(has_prefixes(&events, "CHNMIL", "", "TWN"), "{events:#?}");
    // China's defence ministry spokesman in 2025.
    let events = story((2025, 10, 1), &["Jiang Bin criticised the Philippines on Friday."]);
    assert!(has_prefixes(&events, "CHNMIL", "11", "PHL"), "{events:#?}");
    // Lee Jae-myung's spokeswoman.
    let events = story((2025, 8, 1), &["Kang Yu-jung praised Japan on Friday."]);
    assert!(has_prefixes(&events, "KORGOV", "05", "JPN"), "{events:#?}");
    // The U.S. ambassador to Japan from April 2025.
    let events = story((2025, 9, 1), &["George Glass criticised China on Friday."]);
    assert!(has_prefixes(&events, "USAGOV", "11", "CHN"), "{events:#?}");
    // The U.S. ambassador in Manila was still in post in the second half of 2025.
    let events = story((2025, 9, 1), &["MaryKay Carlson criticised China on Friday."]);
    assert!(has_prefixes(&events, "USAGOV", "11", "CHN"), "{events:#?}");
    // Taiwan's cabinet-level council for relations with the mainland.
    let events = story((2025, 3, 1), &["The Mainland Affairs Council criticised Beijing on Friday."]);
    assert!(has_prefixes(&events, "TWNGOV", "11", "CHN"), "{events:#?}");
}

/// "both sides" after a meeting "at a summit in Brazil": a place a
/// locative preposition marks is where the sides met, not one of them.
#[test]
fn a_place_in_a_locative_phrase_is_not_one_of_both_sides() {
    let events = story((2025, 6, 1), &["Albanese, who won a second term last month, met Indian Prime Minister Narendra Modi on the sidelines of a summit in Brazil two weeks ago, when both sides agreed to expand trade."]);
    assert!(!has_prefixes(&events, "AUS", "", "BRA") && !has_prefixes(&events, "BRA", "", "AUS"), "{events:#?}");
    assert!(has_prefixes(&events, "AUSGOV", "", "INDGOV"), "{events:#?}");
}

/// "sent warplanes to bomb rebel positions in Laos": aircraft sent to
/// strike are the air strike (195), not military aid with no recipient.
#[test]
fn aircraft_sent_to_strike_are_an_air_strike() {
    let events = story((2025, 6, 1), &["Vietnam sent warplanes to bomb rebel positions in Laos on Friday."]);
    assert!(has_prefixes(&events, "VNM", "195", "LAO"), "{events:#?}");
    assert!(!has_prefixes(&events, "VNM", "072", ""), "{events:#?}");
    let events = story((2025, 6, 1), &["Ethiopia dispatched drones to strike Eritrean army bases near the border."]);
    assert!(has_prefixes(&events, "ETH", "195", "ERI"), "{events:#?}");
}

/// "the North's decision" in a story about the Koreas is North Korea's,
/// as "the North" alone is.
#[test]
fn the_north_with_a_possessive_is_a_half_of_korea() {
    let events = story((2025, 6, 12), &["North Korea fired two missiles into the sea on Monday.", "The South Korean president welcomed the North's decision to reopen the hotline."]);
    assert!(has_prefixes(&events, "KORGOV", "051", "PRK"), "{events:#?}");
}

/// "held a summit with Modi" is a meeting, as "held talks with" is.
#[test]
fn holding_a_summit_with_someone_is_a_meeting() {
    let events = story((2025, 6, 12), &["Lula held his first summit with Modi in Brasilia."]);
    assert!(has_prefixes(&events, "BRAGOV", "04", "INDGOV"), "{events:#?}");
    let events = story((2025, 6, 12), &["On Tuesday the Kenyan president held a summit with Ethiopia's prime minister."]);
    assert!(has_prefixes(&events, "KENGOV", "04", "ETHGOV"), "{events:#?}");
}

/// "agreed to cut tariffs on Indian goods": an intent to ease an economic
/// sanction against the goods' country (0354), with the "on" phrase on the
/// tariffs as on the verb.
#[test]
fn agreeing_to_cut_tariffs_on_a_country_s_goods_targets_that_country() {
    let events = story((2025, 6, 12), &["Trump agreed to cut tariffs on Indian goods to 15%."]);
    assert!(has_prefixes(&events, "USAGOV", "0354", "IND"), "{events:#?}");
    let events = story((2025, 6, 12), &["Tokyo promised to reduce tariffs on American rice."]);
    assert!(has_prefixes(&events, "JPN", "0354", "USA"), "{events:#?}");
}

/// "the two men" in a sentence that names two people and also two states
/// is the two people, not the last two states linked.
#[test]
fn the_two_men_are_the_two_people_named_in_the_sentence() {
    let events = story((2024, 6, 12), &["Xi Jinping told President Lula da Silva that his country would always stand with Brazil against protectionism, as the two men held talks in Beijing."]);
    assert!(has_exact(&events, "CHNGOV", "046", "BRAGOV") || has_exact(&events, "BRAGOV", "046", "CHNGOV"), "{events:#?}");
    assert!(!has_exact(&events, "CHN", "046", "BRAGOV") && !has_exact(&events, "BRAGOV", "046", "CHN"), "{events:#?}");
    let events = story((2024, 6, 12), &["Erdogan told President Vladimir Putin that his country would always stand with Russia in its fight against the West, as the two men held a meeting in Sochi."]);
    assert!(!has_exact(&events, "RUSGOV", "040", "TUR") && !has_exact(&events, "TUR", "040", "RUSGOV"), "{events:#?}");
}

/// "promised to reopen communication channels with Caracas": an intent to
/// talk with the other side (036), as reopening talks with it is.
#[test]
fn promising_to_reopen_channels_with_someone_is_an_intent_to_talk() {
    let events = story((2025, 6, 12), &["Petro has promised to reopen communication channels with Caracas."]);
    assert!(has_prefixes(&events, "COLGOV", "036", "VEN"), "{events:#?}");
}

/// "presented Modi with the highest honour": an honour given is praise (051).
#[test]
fn presenting_someone_with_an_honour_is_praise() {
    let events = story((2025, 6, 12), &["Macron presented Modi with the highest honour of France on Friday."]);
    assert!(has_prefixes(&events, "FRAGOV", "051", "INDGOV"), "{events:#?}");
}

/// "spoke to the leaders of both countries": the leaders of two counted
/// states stand for both, as "delegations from both sides" do.
#[test]
fn the_leaders_of_both_countries_are_both_sides() {
    let events = story((2025, 7, 24), &["Thai and Cambodian troops clashed along the border on Monday.", "Malaysian Prime Minister Anwar Ibrahim said he had spoken to the leaders of both countries."]);
    assert!(has_prefixes(&events, "MYS", "04", "THA"), "{events:#?}");
    assert!(has_prefixes(&events, "MYS", "04", "KHM"), "{events:#?}");
}

/// "said Indian officials had made provocative remarks": calling the other
/// side's words provocative or irresponsible is criticism of it (111).
#[test]
fn saying_someone_made_provocative_remarks_is_criticism() {
    let events = story((2025, 6, 12), &["Pakistan's foreign ministry said Indian officials had made provocative remarks about the dam."]);
    assert!(has_prefixes(&events, "PAKGOV", "11", "IND"), "{events:#?}");
}
