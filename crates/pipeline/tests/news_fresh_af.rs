//! Rules from the fresh-af round (Russia–Ukraine war diplomacy and wider
//! Europe, 2022–2024): a negated open complement, "each other" parsed on
//! "each", counted leaders after a sentence naming them, the bid a veto was
//! lifted over, and people of the period by the role they held on the day,
//! each checked on sentences written for the test, not taken from a story.

mod common;

use common::{has_prefixes, story};

#[test]
fn a_pledge_not_to_do_something_is_no_pledge_to_do_it() {
    let events = story((2023, 3, 1), &["Poland pledged not to support the rebels."]);
    assert!(!events.iter().any(|e| e.code.starts_with("03")), "{events:#?}");
    let events = story((2023, 3, 1), &["Hungary vowed not to back Ukraine's accession."]);
    assert!(!events.iter().any(|e| e.code.starts_with("03") && e.target.starts_with("UKR")), "{events:#?}");
    // Without the negation it is one.
    let events = story((2023, 3, 1), &["Poland pledged to support Ukraine's accession."]);
    assert!(has_prefixes(&events, "POL", "03", "UKR"), "{events:#?}");
}

#[test]
fn both_sides_accusing_each_other_accuse_the_other_side() {
    let events = story((2022, 9, 14), &["Armenian and Azerbaijani forces traded fire overnight on the border.", "Both sides have repeatedly accused each other of violating the truce."]);
    assert!(has_prefixes(&events, "ARM", "11", "AZE"), "{events:#?}");
    assert!(has_prefixes(&events, "AZE", "11", "ARM"), "{events:#?}");
}

#[test]
fn counted_leaders_are_the_leaders_just_named_not_the_city_they_met_in() {
    let events = story(
        (2022, 11, 16),
        &["The talks in Vienna between Greek Prime Minister Kyriakos Mitsotakis, Hungarian Prime Minister Viktor Orban and Serbian President Aleksandar Vucic lasted three hours.", "The three leaders signed a declaration on migration."],
    );
    assert!(has_prefixes(&events, "GRC", "057", "HUN"), "{events:#?}");
    assert!(has_prefixes(&events, "SRB", "057", "GRC"), "{events:#?}");
    assert!(!events.iter().any(|e| e.source.starts_with("AUT") || e.target.starts_with("AUT")), "{events:#?}");
}

#[test]
fn a_veto_lifted_over_a_bid_yields_to_the_bidder() {
    let events = story((2023, 12, 15), &["Hungary lifted its veto over Ukraine's bid to open accession talks."]);
    assert!(has_prefixes(&events, "HUN", "08", "UKR"), "{events:#?}");
    let events = story((2023, 12, 15), &["Austria dropped its objection to Romania's membership of the Schengen area."]);
    assert!(has_prefixes(&events, "AUT", "08", "ROU"), "{events:#?}");
}

#[test]
fn officials_of_ukraine_moldova_and_turkey_of_2022_to_2024_are_coded_by_their_office() {
    let events = story((2023, 5, 10), &["Dmytro Lubinets accused Russia of torturing Ukrainian prisoners."]);
    assert!(has_prefixes(&events, "UKRGOV", "11", "RUS"), "{events:#?}");
    let events = story((2023, 2, 2), &["Oleksandr Kubrakov met Polish officials in Warsaw to discuss grain transit."]);
    assert!(events.iter().any(|e| e.source.starts_with("UKRGOV") && e.target.starts_with("POL")), "{events:#?}");
    let events = story((2023, 4, 2), &["Vadim Krasnoselsky accused Moldova of blockading Transnistria's economy."]);
    assert!(events.iter().any(|e| e.source == "MDASEP" && e.code.starts_with("11")), "{events:#?}");
    let events = story((2023, 3, 20), &["Oleg Serebrian urged Tiraspol to resume talks."]);
    assert!(events.iter().any(|e| e.source.starts_with("MDAGOV") && e.code.starts_with("02")), "{events:#?}");
    let events = story((2022, 7, 1), &["Bekir Bozdag asked Sweden to extradite 33 suspects."]);
    assert!(events.iter().any(|e| e.source.starts_with("TURGOV") && e.target.starts_with("SWE")), "{events:#?}");
    // Out of office, a name is no government.
    let events = story((2025, 3, 1), &["Bekir Bozdag criticised Sweden."]);
    assert!(!events.iter().any(|e| e.source.starts_with("TURGOV")), "{events:#?}");
}

#[test]
fn warning_that_ones_own_state_would_respond_is_a_threat() {
    let events = story((2023, 5, 2), &["Polish President Andrzej Duda warned that Poland would respond if Belarusian troops crossed the border."]);
    assert!(events.iter().any(|e| e.source.starts_with("POL") && e.code.starts_with("13")), "{events:#?}");
    // A forecast of another state's attack is no threat by the speaker.
    let events = story((2023, 5, 2), &["Polish President Andrzej Duda warned that Russia would attack the Baltic states."]);
    assert!(!events.iter().any(|e| e.code.starts_with("13")), "{events:#?}");
}

#[test]
fn governments_in_two_capitals_are_both_governments() {
    let events = story((2023, 6, 1), &["The European Union called on the governments in Yerevan and Baku to refrain from provocations."]);
    assert!(has_prefixes(&events, "IGOEUR", "02", "ARMGOV"), "{events:#?}");
    assert!(has_prefixes(&events, "IGOEUR", "02", "AZEGOV"), "{events:#?}");
}

#[test]
fn statements_rejected_come_from_their_author() {
    let events = story((2023, 6, 1), &["Georgia rejected the statements from Moscow as interference."]);
    assert!(has_prefixes(&events, "GEO", "12", "RUS"), "{events:#?}");
    let events = story((2023, 6, 1), &["Hungary welcomed the proposal from Ankara."]);
    assert!(has_prefixes(&events, "HUN", "05", "TUR"), "{events:#?}");
}

#[test]
fn demanding_that_a_state_hand_over_gunmen_is_a_demand_for_judicial_cooperation() {
    let events = story((2023, 9, 25), &["Kosovo's prime minister demanded that Serbia should hand over the gunmen who fled."]);
    assert!(has_prefixes(&events, "KSVGOV", "1013", "SRB"), "{events:#?}");
}

#[test]
fn only_a_memorial_ceremony_is_a_symbolic_act() {
    let events = story((2023, 7, 20), &["Japanese Prime Minister Fumio Kishida hosted the signing ceremony at his residence."]);
    assert!(!events.iter().any(|e| e.code == "017"), "{events:#?}");
    let events = story((2023, 7, 20), &["Polish President Andrzej Duda attended a memorial ceremony in Warsaw."]);
    assert!(has_prefixes(&events, "POLGOV", "017", ""), "{events:#?}");
}

#[test]
fn welcoming_a_persons_efforts_is_praise_not_hosting() {
    let events = story((2025, 8, 20), &["French President Emmanuel Macron welcomed Trump's efforts to end the war."]);
    assert!(has_prefixes(&events, "FRAGOV", "051", "USA"), "{events:#?}");
    assert!(!events.iter().any(|e| e.code == "043"), "{events:#?}");
    // A person welcomed is a visitor received.
    let events = story((2025, 8, 20), &["Chinese President Xi Jinping welcomed Russian President Vladimir Putin in Beijing."]);
    assert!(has_prefixes(&events, "CHNGOV", "043", "RUSGOV"), "{events:#?}");
}
