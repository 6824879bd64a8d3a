//! Rules and knowledge from the fresh-bh round (the Middle East 2025:
//! Syria, Lebanon, Iran and Iraq), each checked on sentences written for
//! the test, not taken from a story.

mod common;

use common::{has_prefixes, story};

/// "available for talks with X", like "ready for talks with X", is an
/// intent to meet X.
#[test]
fn available_for_talks_is_an_intent_to_meet() {
    let events = story((2025, 5, 2), &["The Saudi minister said Riyadh was available for further talks with Tehran."]);
    assert!(has_prefixes(&events, "SAU", "036", "IRN"), "{events:#?}");
}

/// The demilitarisation of a named place is demanded of its country
/// ("demanded the demilitarisation of southern Lebanon").
#[test]
fn a_demanded_demilitarisation_of_a_place_targets_its_country() {
    let events = story((2025, 2, 1), &["The Israeli defence minister demanded the full demilitarisation of southern Lebanon."]);
    assert!(has_prefixes(&events, "ISR", "1056", "LBN"), "{events:#?}");
}

/// "signed an executive order ending sanctions on X": the act of an order
/// or decree is the act of whoever signed or issued it; "the sanctions
/// programme" is sanctions.
#[test]
fn an_order_ending_sanctions_is_its_signers_act() {
    let events = story((2025, 7, 1), &["Donald Trump signed an executive order lifting sanctions on Belarus."]);
    assert!(has_prefixes(&events, "USA", "085", "BLR"), "{events:#?}");
    let events = story((2025, 7, 1), &["The British government ended the UK sanctions programme on Libya."]);
    assert!(has_prefixes(&events, "GBR", "085", "LBY"), "{events:#?}");
}

/// Crowds who pour into the streets to celebrate are no protest; crowds
/// who pour into them otherwise still are.
#[test]
fn crowds_out_to_celebrate_are_no_protest() {
    let events = story((2025, 3, 1), &["Thousands of Kenyans poured into the streets of Nairobi to celebrate the election result."]);
    assert!(!events.iter().any(|e| e.code.starts_with("14")), "{events:#?}");
    let events = story((2025, 3, 1), &["Thousands of Kenyans poured into the streets of Nairobi on Tuesday."]);
    assert!(events.iter().any(|e| e.code.starts_with("14")), "{events:#?}");
}

/// "urged the interim authorities to act" addresses the authorities; it
/// is not an appeal for an interim government.
#[test]
fn urging_the_interim_authorities_to_act_is_an_appeal_to_them() {
    let events = story((2025, 3, 1), &["The French foreign minister urged Syria's interim authorities to hold the killers accountable."]);
    assert!(has_prefixes(&events, "FRA", "02", "SYR"), "{events:#?}");
    assert!(!events.iter().any(|e| e.code == "0244"), "{events:#?}");
}

/// "A, speaking in X after meeting French President Emmanuel Macron,
/// condemned …": the name after a capitalized title is the title's, the
/// object of "meeting", not the subject of the later verb.
#[test]
fn a_name_after_a_title_is_not_the_next_verbs_subject() {
    let events = story((2025, 4, 1), &["Lebanese President Joseph Aoun, speaking in Paris after meeting French President Emmanuel Macron, condemned the strikes on Tyre."]);
    assert!(has_prefixes(&events, "LBN", "111", ""), "{events:#?}");
    assert!(!events.iter().any(|e| e.source.starts_with("FRA") && e.code.starts_with("11")), "{events:#?}");
}

/// "with Iraq's national security adviser Qasim al-Araji" with the
/// preposition and the name hung on the closing full stop: the preposition
/// belongs to the phrase its possessor opens.
#[test]
fn a_possessed_title_and_name_after_with_is_the_verbs_oblique() {
    let events = story((2025, 8, 20), &["Ali Larijani signed a border agreement with Iraq's national security adviser Qasim al-Araji."]);
    assert!(has_prefixes(&events, "IRN", "057", "IRQ"), "{events:#?}");
}

/// "called the Syrian leader a young, attractive, tough guy": after a
/// naming verb's object, "a", adjectives and commas and a noun are what
/// the object is named, not a telephone call.
#[test]
fn a_listed_naming_after_the_object_is_no_call() {
    let events = story((2025, 5, 20), &["Donald Trump spoke in Riyadh on Tuesday.", "He called the Turkish president a smart, tough, great guy."]);
    assert!(!events.iter().any(|e| e.code == "041"), "{events:#?}");
    let events = story((2025, 5, 20), &["Putin called Erdogan on Sunday."]);
    assert!(has_prefixes(&events, "RUS", "041", "TUR"), "{events:#?}");
}

/// "struck Beirut's southern suburbs", "hit the outskirts of Kharkiv": the
/// place that owns the area is the target of the strike.
#[test]
fn a_strike_on_a_places_area_targets_the_place() {
    let events = story((2025, 3, 28), &["Israel struck Sidon's northern districts on Friday."]);
    assert!(has_prefixes(&events, "ISR", "19", "LBN"), "{events:#?}");
    let events = story((2025, 3, 28), &["Russia struck the eastern outskirts of Kharkiv overnight."]);
    assert!(has_prefixes(&events, "RUS", "19", "UKR"), "{events:#?}");
}

/// Praise decides nothing: after "A welcomed B's vote", "C also welcomed
/// the decision" is not aimed at A.
#[test]
fn a_welcome_is_not_the_decision_welcomed_later() {
    let events = story((2025, 8, 7), &[
        "Lebanon's cabinet voted on Thursday to expel the Iranian ambassador.",
        "The U.S. envoy welcomed the cabinet's vote.",
        "Saudi Arabia also welcomed the decision.",
    ]);
    assert!(!events.iter().any(|e| e.source.starts_with("SAU") && e.target.starts_with("USA")), "{events:#?}");
    // (An endorsement is a decision: the decision criticised is the cabinet's.)
    let events = story((2025, 8, 7), &[
        "The Iraqi cabinet endorsed the American envoy's plan on Thursday.",
        "The U.S. envoy called it historic.",
        "Kataib Hezbollah criticised the decision.",
    ]);
    assert!(events.iter().any(|e| e.code.starts_with("11") && e.target.starts_with("IRQGOV")), "{events:#?}");
}

/// "will not allow Syrian forces to deploy south of Damascus": refusing
/// in future to let another side's forces move is a warning to it; a past
/// refusal is not.
#[test]
fn will_not_allow_forces_to_deploy_is_a_warning() {
    let events = story((2025, 7, 16), &["The Turkish defence minister said Ankara would not allow Kurdish militias to remain east of the Euphrates in Syria."]);
    assert!(events.iter().any(|e| e.source.starts_with("TUR") && e.code.starts_with("13")), "{events:#?}");
    let events = story((2025, 7, 16), &["The police did not allow the marchers to enter the square in Ankara."]);
    assert!(!events.iter().any(|e| e.code.starts_with("13")), "{events:#?}");
}

/// Paying off another state's debt is economic aid to it, and agreeing to
/// is an intent to give it; "paid off X's debt" with the object hung on the
/// full stop is repaired past the particle.
#[test]
fn paying_off_a_states_debt_is_aid_to_it() {
    let events = story((2025, 5, 20), &["Qatar paid off Lebanon's debt to the IMF."]);
    assert!(has_prefixes(&events, "QAT", "071", "LBN"), "{events:#?}");
    let events = story((2025, 5, 20), &["Kuwait agreed to pay off Jordan's debt to the World Bank."]);
    assert!(has_prefixes(&events, "KWT", "0331", "JOR"), "{events:#?}");
}

/// "said his remarks were an unacceptable interference" with "remarks" read
/// as the object of "said": the noun before a copular complement is its
/// subject, over the predicate noun's article and adjectives too.
#[test]
fn a_speech_object_before_a_copular_complement_is_its_subject() {
    let events = story((2025, 8, 7), &[
        "Iraqi Prime Minister Mohammed Shia al-Sudani said Baghdad backed the Syrian government.",
        "The Turkish foreign ministry said his remarks were an unacceptable interference in the internal affairs of Syria.",
    ]);
    assert!(has_prefixes(&events, "TUR", "11", "IRQ"), "{events:#?}");
}
