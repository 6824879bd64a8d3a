//! Rules and knowledge from the fresh-bh round (the Middle East 2025:
//! Syria, Lebanon, Iran and Iraq), each checked on sentences written for
//! the test, not taken from a story.

mod common;

use common::{has_exact, has_prefixes, story};

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
    let events = story((2025, 4, 1), &["Jordan's King Abdullah, speaking in Berlin after meeting German Chancellor Friedrich Merz, condemned the attack on Gaza."]);
    assert!(has_prefixes(&events, "JOR", "111", ""), "{events:#?}");
    assert!(!events.iter().any(|e| e.source.starts_with("DEU") && e.code.starts_with("11")), "{events:#?}");
}

/// "with Iraq's national security adviser Qasim al-Araji" with the
/// preposition and the name hung on the closing full stop: the preposition
/// belongs to the phrase its possessor opens.
#[test]
fn a_possessed_title_and_name_after_with_is_the_verbs_oblique() {
    let events = story((2025, 8, 20), &["Ali Larijani signed a border agreement with Iraq's national security adviser Qasim al-Araji."]);
    assert!(has_prefixes(&events, "IRN", "057", "IRQ"), "{events:#?}");
    let _ = has_exact;
}
