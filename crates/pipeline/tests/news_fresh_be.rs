//! Rules and knowledge from the fresh-be round (Latin America, 2024–2025),
//! each checked on sentences written for the test, not taken from a story.

mod common;

use common::{has_prefixes, story};

/// "Ecuador last month expelled …" with the subject hung on the bare time
/// phrase "month": the noun is the verb's subject.
#[test]
fn a_subject_before_a_bare_time_phrase_is_the_verbs() {
    let events = story((2024, 5, 1), &["Guatemala this week broke off relations with Nicaragua."]);
    assert!(has_prefixes(&events, "GTM", "16", "NIC"), "{events:#?}");
    let events = story((2024, 5, 1), &["Paraguay this week expelled the Venezuelan ambassador."]);
    assert!(has_prefixes(&events, "PRY", "16", "VEN"), "{events:#?}");
}

/// "Days later the government recalled …": a time noun with "later" or
/// "earlier" is the verb's time, not a second subject.
#[test]
fn a_time_phrase_with_later_is_no_subject() {
    let events = story((2024, 5, 1), &["Hours later the State Department imposed sanctions on three Nicaraguan judges."]);
    assert!(has_prefixes(&events, "USA", "16", "NIC"), "{events:#?}");
    let events = story((2024, 5, 1), &["Days earlier the European Union imposed sanctions on two Guatemalan prosecutors."]);
    assert!(has_prefixes(&events, "IGO", "16", "GTM"), "{events:#?}");
}

/// Buying a country's goods named by its adjective is trade with it.
#[test]
fn buying_a_countrys_goods_is_trade_with_it() {
    let events = story((2024, 5, 1), &["India bought more Russian oil in March."]);
    assert!(has_prefixes(&events, "IND", "06", "RUS"), "{events:#?}");
    let events = story((2024, 5, 1), &["Egypt agreed to buy more Argentine wheat."]);
    assert!(has_prefixes(&events, "EGY", "06", "ARG") || has_prefixes(&events, "EGY", "03", "ARG"), "{events:#?}");
}

/// Burning pictures of a leader is dissent against him.
#[test]
fn burning_images_of_a_leader_is_a_protest_against_him() {
    let events = story((2024, 5, 1), &["Students marched through Quito, burning images of President Daniel Noboa."]);
    assert!(has_prefixes(&events, "ECU", "14", "ECUGOV"), "{events:#?}");
}

/// "did not recognise Ortega as president": a non-recognition (120), not
/// the recognition the same words make without the negation.
#[test]
fn not_recognising_someone_as_president_is_a_rejection() {
    let events = story((2024, 5, 1), &["Canada said it did not recognise Daniel Ortega as president."]);
    assert!(has_prefixes(&events, "CAN", "12", "NICGOV"), "{events:#?}");
    assert!(!events.iter().any(|e| e.code.starts_with("05")), "{events:#?}");
}

/// Ordering the revocation of visas for a country's officials is a
/// sanction on them (172), as revoking their visas is.
#[test]
fn ordering_the_revocation_of_visas_is_a_sanction() {
    let events = story((2024, 5, 1), &["The State Department ordered the revocation of visas for Cuban officials."]);
    assert!(has_prefixes(&events, "USA", "17", "CUB"), "{events:#?}");
}

/// "refused to rule out force" is not ruling it out (014), like "did not
/// rule out", not a refusal (12).
#[test]
fn refusing_to_rule_out_force_is_not_ruling_it_out() {
    let events = story((2024, 5, 1), &["The Guyanese president refused to rule out the use of force against Venezuela."]);
    assert!(events.iter().any(|e| e.source.starts_with("GUY") && e.code == "014"), "{events:#?}");
    assert!(!events.iter().any(|e| e.code.starts_with("12")), "{events:#?}");
}

/// "the South American country": a region's adjective on one definite
/// country describes a state named before, not the region.
#[test]
fn the_regional_country_is_a_state_named_before() {
    let events = story((2025, 1, 1), &["Bolivia expelled two American diplomats on Monday.", "Washington imposed sanctions on the South American country."]);
    assert!(has_prefixes(&events, "USA", "16", "BOL"), "{events:#?}");
    assert!(!events.iter().any(|e| e.target == "SAM"), "{events:#?}");
    let events = story((2025, 1, 1), &["Japan protested the launch.", "China imposed sanctions on the Asian country."]);
    assert!(has_prefixes(&events, "CHN", "16", "JPN"), "{events:#?}");
}

/// "The armed coalition Viv Ansanm, led by …, attacked …" with the noun
/// the root and "attacked" a conjunct of "led": the verb after the comma is
/// the main verb and the noun its subject.
#[test]
fn a_main_verb_read_as_conjunct_of_a_reduced_relative() {
    let events = story((2025, 10, 1), &["The armed coalition Viv Ansanm, led by former police officer Jimmy Cherizier, attacked several villages in northern Haiti last week."]);
    assert!(has_prefixes(&events, "HTI", "19", "HTI"), "{events:#?}");
    let events = story((2023, 5, 1), &["The militia Wagner, led by businessman Yevgeny Prigozhin, attacked several towns in Mali."]);
    assert!(has_prefixes(&events, "RUS", "19", "MLI"), "{events:#?}");
}

/// "agreed to pause the tariffs on Mexican imports": an intent to ease
/// sanctions (0354) with the goods' country, as "agreed to suspend" is.
#[test]
fn agreeing_to_pause_tariffs_is_an_intent_to_ease_sanctions() {
    let events = story((2025, 2, 1), &["The White House decided to postpone the tariffs on Canadian goods."]);
    assert!(has_prefixes(&events, "USA", "0354", "CAN"), "{events:#?}");
}
