//! Reactions to an act the story told, named by a definite noun with no
//! author of its own ("condemned the attack"): whose act it was. Sentences
//! written for the test, not taken from a story.

mod common;

use common::{has_prefixes, story};

const STRIKES_AND_A_SHOOT_DOWN: [&str; 3] = [
    "Russian missiles struck Odesa overnight, killing five people, regional officials said.",
    "Russian drones also hit a power plant in the Kharkiv region.",
    "Ukraine's air force said it had shot down 40 drones.",
];

#[test]
fn one_attack_condemned_is_that_of_the_side_with_more_attacks() {
    // The defender's shooting down is a use of force too, but the side
    // with more such acts is the attacker the condemnation means.
    let mut paragraphs = STRIKES_AND_A_SHOOT_DOWN.to_vec();
    paragraphs.push("Canadian Prime Minister Mark Carney condemned the attack.");
    let events = story((2025, 6, 1), &paragraphs);
    assert!(has_prefixes(&events, "CAN", "11", "RUS"), "{events:#?}");
    assert!(!events.iter().any(|e| e.source.starts_with("CAN") && e.target.starts_with("UKR")), "{events:#?}");
}

#[test]
fn a_show_of_force_condemned_is_that_of_the_side_with_more_of_them() {
    let events = story(
        (2024, 3, 5),
        &[
            "North Korea fired two ballistic missiles into the sea off its east coast on Monday.",
            "It also fired artillery shells near the western border island.",
            "South Korea's military said it had staged a drill in response.",
            "The White House condemned the launch.",
        ],
    );
    assert!(has_prefixes(&events, "USA", "11", "PRK"), "{events:#?}");
}

#[test]
fn plural_acts_of_two_sides_name_neither() {
    // Only one act named in the singular points back to one side; "the
    // strikes" after strikes by both may mean either's.
    let mut paragraphs = STRIKES_AND_A_SHOOT_DOWN.to_vec();
    paragraphs.push("Ukrainian drones struck an oil depot in Russia's Bryansk region.");
    paragraphs.push("The Indian foreign ministry deplored the strikes.");
    let events = story((2025, 6, 1), &paragraphs);
    assert!(!events.iter().any(|e| e.source.starts_with("IND") && e.code.starts_with("11") && !e.target.is_empty()), "{events:#?}");
}

#[test]
fn an_act_declared_wrong_in_reported_speech_is_its_authors() {
    // "said the launch was a provocation": the act is the subject of what
    // the speaker declares it, not an object.
    let events = story(
        (2024, 3, 5),
        &["North Korea fired two ballistic missiles into the sea off its east coast on Monday.", "Japanese Prime Minister Fumio Kishida said the launch was an outrageous provocation."],
    );
    assert!(has_prefixes(&events, "JPN", "11", "PRK"), "{events:#?}");
    let events = story(
        (2024, 6, 24),
        &["The European Union imposed new sanctions on Belarus on Monday over its support for Russia's war.", "Belarus's foreign ministry said the sanctions were illegal."],
    );
    assert!(has_prefixes(&events, "BLR", "11", "IGOEUR"), "{events:#?}");
}

#[test]
fn welcomed_sanctions_are_those_of_who_imposed_them() {
    let events = story(
        (2024, 5, 2),
        &["The United States imposed sanctions on three Iranian oil companies on Wednesday.", "Israel's foreign minister welcomed the sanctions."],
    );
    assert!(has_prefixes(&events, "ISR", "05", "USA"), "{events:#?}");
}

#[test]
fn what_a_relative_clause_on_a_deal_says_will_happen_is_its_terms() {
    // The terms of a plan are not an intent of the party they bind.
    let events = story(
        (2024, 5, 7),
        &["Mediators presented a plan for a six-week truce in which Hamas would release 30 hostages in exchange for Palestinian prisoners."],
    );
    assert!(!events.iter().any(|e| e.source.starts_with("PSE") && (e.code.starts_with("03") || e.code.starts_with("08"))), "{events:#?}");
}

#[test]
fn a_blame_laden_judgement_in_reported_speech_is_criticism() {
    let events = story((2024, 6, 18), &["The Philippine defence secretary said China's actions were reckless and aggressive."]);
    assert!(has_prefixes(&events, "PHL", "11", "CHN"), "{events:#?}");
    let events = story((2024, 9, 3), &["Brazil's foreign minister said the decision was a mistake."]);
    assert!(events.iter().any(|e| e.source.starts_with("BRA") && e.code.starts_with("11")), "{events:#?}");
}

#[test]
fn unplaced_civilians_appealing_to_a_government_are_its_people() {
    let events = story(
        (2024, 8, 20),
        &[
            "Palestinian health officials in Gaza said 40 people were killed overnight in Khan Younis.",
            "Gaza's civil defence agency said Palestinian rescuers were still searching the rubble in Gaza City.",
            "Families of the hostages held in Gaza pressed Netanyahu to accept the deal.",
        ],
    );
    assert!(has_prefixes(&events, "ISRCVL", "02", "ISR"), "{events:#?}");
    assert!(!events.iter().any(|e| e.source == "PSECVL" && e.code.starts_with("02")), "{events:#?}");
}

/// "China condemned the visit", "welcomed the mission": a visit with no
/// author of its own is the latest one the story told, and the reaction is
/// aimed at its visitor; one whose author is named is not pointed back.
#[test]
fn a_visit_reacted_to_is_its_visitors() {
    let events = story(
        (2022, 8, 2),
        &["U.S. House Speaker Nancy Pelosi visited Taiwan on Tuesday.", "China condemned the visit, and Russia criticised the trip."],
    );
    assert!(has_prefixes(&events, "CHN", "11", "USA"), "{events:#?}");
    assert!(has_prefixes(&events, "RUS", "11", "USA"), "{events:#?}");
    let events = story(
        (2022, 8, 2),
        &["U.S. House Speaker Nancy Pelosi visited Taiwan on Tuesday.", "Russia condemned the visit by Japanese lawmakers."],
    );
    assert!(!events.iter().any(|e| e.source == "RUS" && e.target.starts_with("USA")), "{events:#?}");
}
