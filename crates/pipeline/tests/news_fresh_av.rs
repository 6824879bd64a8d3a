//! Rules and knowledge from the fresh-av round (South Asia 2019–2025),
//! each checked on sentences written for the test, not taken from a story.

mod common;

use common::{has_prefixes, story};

#[test]
fn people_of_the_region_hold_their_offices_of_the_day() {
    // India's foreign secretary between Jaishankar and Shringla.
    let events = story((2019, 3, 5), &["Vijay Gokhale criticised Pakistan."]);
    assert!(has_prefixes(&events, "INDGOV", "11", "PAK"), "{events:#?}");
    // Pakistan's army spokesman from December 2022.
    let events = story((2024, 5, 10), &["Ahmed Sharif Chaudhry accused India of sponsoring terrorism."]);
    assert!(has_prefixes(&events, "PAKMIL", "11", "IND"), "{events:#?}");
    // A Kashmiri party leader out of office, then chief minister again.
    let events = story((2020, 3, 1), &["Omar Abdullah criticised Pakistan."]);
    assert!(has_prefixes(&events, "INDPTY", "11", "PAK"), "{events:#?}");
    let events = story((2025, 1, 10), &["Omar Abdullah criticised Pakistan."]);
    assert!(has_prefixes(&events, "INDGOV", "11", "PAK"), "{events:#?}");
    let events = story((2021, 6, 1), &["Mehbooba Mufti praised Pakistan."]);
    assert!(has_prefixes(&events, "INDPTY", "05", "PAK"), "{events:#?}");
    // Pakistan's railways, then interior minister.
    let events = story((2021, 6, 1), &["Sheikh Rashid Ahmed accused India of meddling."]);
    assert!(has_prefixes(&events, "PAKGOV", "11", "IND"), "{events:#?}");
}

#[test]
fn a_high_commissioner_is_a_commonwealth_states_ambassador() {
    let events = story((2023, 3, 1), &["Nepal expelled Bangladesh's high commissioner."]);
    assert!(has_prefixes(&events, "NPL", "161", "BGD"), "{events:#?}");
    let events = story((2023, 3, 1), &["Nepal expelled the high commissioner of Bangladesh."]);
    assert!(has_prefixes(&events, "NPL", "161", "BGD"), "{events:#?}");
    // The envoy stands for his government.
    let events = story((2023, 3, 1), &["Sri Lanka summoned Britain's high commissioner."]);
    assert!(has_prefixes(&events, "LKA", "11", "GBRGOV"), "{events:#?}");
}

#[test]
fn each_side_of_kashmir_is_its_administering_state() {
    let events = story((2023, 3, 1), &["Pakistan's army said its jets had struck targets in Indian-administered Kashmir."]);
    assert!(has_prefixes(&events, "PAK", "19", "IND"), "{events:#?}");
    let events = story((2023, 3, 1), &["India's army said its artillery had shelled villages in Pakistani Kashmir."]);
    assert!(has_prefixes(&events, "IND", "19", "PAK"), "{events:#?}");
}

#[test]
fn a_ban_on_a_nations_products_or_apps_is_a_sanction_on_it() {
    let events = story((2023, 3, 1), &["Vietnam banned 40 Chinese apps."]);
    assert!(has_prefixes(&events, "VNM", "163", "CHN"), "{events:#?}");
    let events = story((2023, 3, 1), &["Turkey banned Israeli ships from its ports."]);
    assert!(has_prefixes(&events, "TUR", "163", "ISR"), "{events:#?}");
}

#[test]
fn a_lower_case_title_after_former_belongs_to_the_name_that_follows() {
    // Khaleda Zia leads the opposition BNP in 2023, whatever the title.
    let events = story((2023, 3, 1), &["Police arrested former prime minister Khaleda Zia."]);
    assert!(has_prefixes(&events, "BGD", "17", "BGDOPP"), "{events:#?}");
    // Hung on a noun: the name is the "of" phrase's.
    let events = story((2024, 3, 1), &["Pakistan's Supreme Court ordered the release of former prime minister Imran Khan."]);
    assert!(has_prefixes(&events, "PAK", "08", "PAKOPP"), "{events:#?}");
}

#[test]
fn attacks_named_in_the_plural_are_those_of_the_only_other_side() {
    let events = story((2024, 3, 1), &["Turkish jets struck targets in northern Iraq on Monday.", "Iraq condemned the strikes as a violation of its sovereignty."]);
    assert!(has_prefixes(&events, "IRQ", "11", "TUR"), "{events:#?}");
    // Strikes by two sides name neither.
    let events = story((2024, 3, 1), &["Israel struck Iran on Monday.", "Iran struck Israel on Tuesday.", "Qatar condemned the strikes."]);
    assert!(!events.iter().any(|e| e.source.starts_with("QAT") && e.code.starts_with("11") && !e.target.is_empty()), "{events:#?}");
}

#[test]
fn acting_between_a_possessor_and_a_title_is_the_titles_modifier() {
    // Not a gerund clause "Britain('s) acting [as] high commissioner".
    let events = story((2023, 3, 1), &["Nepal summoned Britain's acting high commissioner."]);
    assert!(has_prefixes(&events, "NPL", "11", "GBRGOV"), "{events:#?}");
    let events = story((2023, 3, 1), &["Nepal summoned Canada's acting ambassador over the remarks."]);
    assert!(has_prefixes(&events, "NPL", "11", "CANGOV"), "{events:#?}");
}

#[test]
fn a_line_across_which_targets_are_struck_is_where_the_place_after_it_is() {
    // The line names no one; the territory named after it does.
    let events = story((2023, 3, 1), &["Indian jets struck targets across the Line of Control in Pakistani Kashmir."]);
    assert!(has_prefixes(&events, "IND", "19", "PAK"), "{events:#?}");
}
