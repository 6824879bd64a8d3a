//! Rules prompted by the fresh-i stories (crates/pipeline/tests/data/fresh-i:
//! analyses and explainers on Gaza, Lebanon, Ukraine, Sudan and the Koreas),
//! each checked on sentences written for the test, not taken from a story.

mod common;

use common::{has_prefixes, story};

#[test]
fn a_warning_of_what_will_follow_on_a_condition_is_a_threat() {
    // The speaker's side acts: the target is who it acts on.
    let events = story((2024, 4, 10), &["Iran's foreign minister warned that Tehran would target American bases if Washington joined the attacks."]);
    assert!(has_prefixes(&events, "IRN", "13", "USA"), "{events:#?}");
    // The speaker's side acts on no one named: whoever must meet the condition.
    let events = story((2024, 4, 10), &["Turkish Defence Minister Yasar Guler warned that Ankara would expand its operation if the Kurdish militia did not withdraw from the border."]);
    assert!(events.iter().any(|e| e.source.starts_with("TUR") && e.code.starts_with("13")), "{events:#?}");
    // The other side bears the consequence.
    let events = story((2024, 4, 10), &["Russian Foreign Minister Sergei Lavrov warned that Britain would become a target if it sent troops to Ukraine."]);
    assert!(has_prefixes(&events, "RUS", "13", "GBR"), "{events:#?}");
}

#[test]
fn a_warning_of_a_thing_s_fate_or_a_third_party_s_act_is_no_threat() {
    let events = story((2024, 4, 10), &["Germany's finance minister warned that inflation would rise if the government raised fuel prices."]);
    assert!(!events.iter().any(|e| e.code.starts_with("13")), "{events:#?}");
    let events = story((2024, 4, 10), &["The U.S. ambassador to NATO warned that Russia would attack Ukraine again if the talks failed."]);
    assert!(!events.iter().any(|e| e.source.starts_with("USA") && e.code.starts_with("13")), "{events:#?}");
    // Without a condition a warning stays a remark.
    let events = story((2024, 4, 10), &["Iran's foreign minister warned that the region would slide into a wider war."]);
    assert!(!events.iter().any(|e| e.code.starts_with("13")), "{events:#?}");
}

#[test]
fn names_for_a_killing_or_for_criticism_are_insults() {
    let events = story((2024, 8, 1), &["Israeli forces killed a Palestinian journalist in Jenin on Monday.", "Qatar's foreign ministry called the killing a cold-blooded murder."]);
    assert!(events.iter().any(|e| e.source.starts_with("QAT") && e.code.starts_with("11")), "{events:#?}");
    let events = story((2025, 3, 20), &["Algeria's foreign ministry called the French report a cheap publicity stunt."]);
    assert!(events.iter().any(|e| e.source.starts_with("DZA") && e.code.starts_with("11")), "{events:#?}");
}

#[test]
fn a_source_who_declined_to_be_named_declined_no_comment() {
    let events = story((2024, 5, 2), &["\"The talks are stuck,\" said a senior Egyptian official, who declined to be named."]);
    assert!(!events.iter().any(|e| e.code == "011"), "{events:#?}");
    // Declining to name someone, or to comment, still is one.
    let events = story((2024, 5, 2), &["Egypt's foreign ministry declined to comment on the report."]);
    assert!(events.iter().any(|e| e.source.starts_with("EGY") && e.code == "011"), "{events:#?}");
}

#[test]
fn troops_moved_to_a_border_face_the_state_across_it() {
    let events = story((2022, 10, 12), &["Belarus said it had moved additional troops to its border with Lithuania."]);
    assert!(has_prefixes(&events, "BLR", "15", "LTU"), "{events:#?}");
    assert!(!events.iter().any(|e| e.code.starts_with("15") && !e.target.starts_with("LTU")), "{events:#?}");
}

#[test]
fn an_announced_aid_package_goes_to_whom_it_is_for() {
    let events = story((2024, 5, 10), &["Germany announced a new 500 million euro military aid package for Ukraine on Friday."]);
    assert!(has_prefixes(&events, "DEU", "07", "UKR"), "{events:#?}");
    let events = story((2024, 5, 10), &["Japan announced a humanitarian aid package for Sudan on Friday."]);
    assert!(has_prefixes(&events, "JPN", "07", "SDN"), "{events:#?}");
}

#[test]
fn proposals_rejected_are_their_authors() {
    let events = story((2024, 5, 10), &["Mali's junta rejected proposals from ECOWAS mediators on Tuesday."]);
    assert!(events.iter().any(|e| e.code.starts_with("12") && e.target.starts_with("IGO")), "{events:#?}");
}

#[test]
fn south_korea_s_unification_minister_of_2023_2025() {
    let events = story((2024, 6, 10), &["Unification Minister Kim Yung-ho urged the North to halt its missile launches."]);
    assert!(has_prefixes(&events, "KORGOV", "02", "PRK"), "{events:#?}");
    // Before he took office the name is no minister's.
    let events = story((2023, 6, 10), &["Unification Minister Kim Yung-ho urged the North to halt its missile launches."]);
    assert!(!has_prefixes(&events, "KORGOV", "02", "PRK"), "{events:#?}");
}

#[test]
fn a_subject_after_a_subordinator_acts_in_its_own_clause() {
    // A time before the subordinator ("two weeks after Israel …") is no
    // subject the subordinator's noun would modify: Israel strikes, not the
    // summit's host.
    let events = story((2025, 9, 25), &["The emergency summit was hosted by Qatar in Doha, two weeks after Israel struck Hamas leaders in the city."]);
    assert!(events.iter().any(|e| e.source.starts_with("ISR") && e.code.starts_with("19")), "{events:#?}");
    assert!(!events.iter().any(|e| e.source.starts_with("QAT") && e.code.starts_with("19")), "{events:#?}");
    let events = story((2024, 9, 25), &["The truce was mediated by Egypt in November 2023, six weeks after Hamas attacked Israel."]);
    assert!(has_prefixes(&events, "PSE", "19", "ISR"), "{events:#?}");
    assert!(!events.iter().any(|e| e.source.starts_with("EGY") && e.code.starts_with("19")), "{events:#?}");
    // The parser may hang "after Russia" on "invaded" itself as an oblique.
    let events = story((2023, 7, 18), &["The grain corridor was opened by Turkey and the United Nations in July 2022, five months after Russia invaded Ukraine."]);
    assert!(has_prefixes(&events, "RUS", "19", "UKR"), "{events:#?}");
    assert!(!events.iter().any(|e| e.code.starts_with("19") && !e.source.starts_with("RUS")), "{events:#?}");
}

#[test]
fn what_someone_called_a_thing_is_no_telephone_call() {
    let events = story((2024, 1, 15), &["The Houthis fired a missile at a U.S. warship, in what they called support for the Palestinians."]);
    assert!(!events.iter().any(|e| e.code.starts_with("04")), "{events:#?}");
    // A call made still is one.
    let events = story((2024, 1, 15), &["Egyptian President Abdel Fattah al-Sisi called Jordan's King Abdullah on Monday."]);
    assert!(events.iter().any(|e| e.source.starts_with("EGY") && e.code.starts_with("04") && e.target.starts_with("JOR")), "{events:#?}");
}

#[test]
fn a_price_that_would_be_exacted_is_a_threat() {
    let events = story((2024, 8, 1), &["Iran's president said Tehran would exact revenge for the killing of its commanders."]);
    assert!(events.iter().any(|e| e.source.starts_with("IRN") && e.code.starts_with("13")), "{events:#?}");
    // A price taken is no threat.
    let events = story((2024, 8, 1), &["Iran's president said Tehran had exacted revenge for the killing of its commanders."]);
    assert!(!events.iter().any(|e| e.code.starts_with("13")), "{events:#?}");
}

#[test]
fn a_quoted_name_after_the_object_is_what_it_is_called() {
    let events = story((2024, 11, 5), &["Japan protested against the drills on Monday.", "China's foreign ministry called the protest \"hypocrisy\" on Tuesday."]);
    assert!(events.iter().any(|e| e.source.starts_with("CHN") && e.code.starts_with("11")), "{events:#?}");
    // A quoted word that names no insult is no criticism.
    let events = story((2024, 11, 5), &["China's foreign ministry called the plan \"Project Harmony\" on Tuesday."]);
    assert!(!events.iter().any(|e| e.code.starts_with("11")), "{events:#?}");
}
