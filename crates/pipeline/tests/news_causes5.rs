//! Rules for five known open causes of missed or wrong news events (parse
//! repairs of relative clauses on copular predicates, purpose-clause
//! targets, expelled diplomats counted or named by their embassy, "the
//! league" after the organisation's name, bare surnames of office holders),
//! each checked on sentences written for the test, not taken from a story.

mod common;

use common::{has_prefixes, story};

#[test]
fn those_who_met_after_were_among_are_the_subject_of_among() {
    let events = story((2024, 6, 5), &["Brazil, India and Indonesia were among those who met the UN envoy for Syria in Geneva on Monday."]);
    for state in ["BRA", "IND", "IDN"] {
        assert!(has_prefixes(&events, state, "04", "IGOUNO"), "{state}: {events:#?}");
    }
    let events = story((2024, 6, 5), &["Kenya was one of the countries that criticised Ethiopia over the dam."]);
    assert!(has_prefixes(&events, "KEN", "11", "ETH"), "{events:#?}");
    // An infinitive or participle on such a predicate too; what is
    // supported "against" someone is no support for them.
    let events = story((2024, 6, 5), &["Uzbekistan was among the first countries to recognise the Taliban government."]);
    assert!(has_prefixes(&events, "UZB", "05", "AFG"), "{events:#?}");
    let events = story((2024, 6, 5), &["Algeria was among the countries backing the resolution against Israel."]);
    assert!(!events.iter().any(|e| e.code.starts_with("05") && e.target.starts_with("ISR")), "{events:#?}");
    // A cleft's "it" is no actor: the name after "was" stays the subject.
    let events = story((2024, 6, 5), &["It was Turkey that criticised Sweden."]);
    assert!(has_prefixes(&events, "TUR", "11", "SWE"), "{events:#?}");
}

#[test]
fn a_force_without_a_party_is_aimed_at_its_purpose_clause_object() {
    let events = story((2024, 6, 5), &["Georgian police used water cannon to disperse opposition supporters outside parliament."]);
    assert!(has_prefixes(&events, "GEOCOP", "17", "GEO"), "{events:#?}");
    let events = story((2024, 6, 5), &["Turkish forces launched air strikes to weaken the PKK in northern Iraq."]);
    assert!(events.iter().any(|e| e.source.starts_with("TURMIL") && e.code.starts_with("19") && !e.target.is_empty()), "{events:#?}");
    // A force with its own target keeps it.
    let events = story((2024, 6, 5), &["Israeli jets struck Hezbollah positions to deter Iran."]);
    assert!(!events.iter().any(|e| e.code.starts_with("19") && e.target.starts_with("IRN")), "{events:#?}");
}

#[test]
fn expelled_diplomats_counted_or_named_by_their_embassy_are_their_state_s() {
    let events = story((2024, 6, 5), &["Lithuania expelled dozens of diplomats, including the Iranian ambassador."]);
    assert!(has_prefixes(&events, "LTU", "16", "IRN"), "{events:#?}");
    let events = story((2024, 6, 5), &["Norway expelled 15 diplomats from the Russian embassy in Oslo."]);
    assert!(has_prefixes(&events, "NOR", "16", "RUS"), "{events:#?}");
    let events = story((2024, 6, 5), &["Sweden expelled 12 Russian embassy staff."]);
    assert!(has_prefixes(&events, "SWE", "16", "RUS"), "{events:#?}");
    // A state's order of an expulsion is the expulsion.
    let events = story((2024, 6, 5), &["Denmark ordered the expulsion of three Belarusian diplomats."]);
    assert!(has_prefixes(&events, "DNK", "16", "BLR"), "{events:#?}");
}

#[test]
fn the_league_and_the_grouping_refer_back_to_the_organisation() {
    let events = story((2024, 6, 5), &["The Arab League met in Cairo on Sunday.", "The league condemned Israel over the strikes on Lebanon."]);
    assert!(has_prefixes(&events, "IGOMEAARL", "11", "ISR"), "{events:#?}");
    let events = story((2024, 6, 5), &["ASEAN foreign ministers met in Vientiane on Thursday.", "The grouping urged Myanmar's junta to end the violence."]);
    assert!(has_prefixes(&events, "IGOSEA", "02", "MMR"), "{events:#?}");
}

#[test]
fn a_bare_surname_is_the_one_office_holder_of_the_day_with_it() {
    // Scott Morrison was prime minister in 2021; the other Morrison of the
    // knowledge base held no office then.
    let events = story((2021, 6, 5), &["Morrison criticised China."]);
    assert!(has_prefixes(&events, "AUSGOV", "11", "CHN"), "{events:#?}");
    // Not after the story named someone else so in full.
    let events = story((2021, 6, 5), &["Peter Morrison, a trade analyst in Sydney, said tariffs would hurt farmers.", "Morrison criticised China."]);
    assert!(!events.iter().any(|e| e.source.starts_with("AUS") && e.code.starts_with("11")), "{events:#?}");
    // Nor out of office ...
    let events = story((2024, 6, 5), &["Morrison criticised China."]);
    assert!(!events.iter().any(|e| e.source.starts_with("AUS")), "{events:#?}");
    // ... nor when a family name written first makes it shared ("John
    // Lee" of Hong Kong, "Lee Jae-myung" of Korea).
    let events = story((2024, 6, 5), &["Lee criticised North Korea on Tuesday."]);
    assert!(!events.iter().any(|e| e.source.starts_with("HKG")), "{events:#?}");
}

#[test]
fn a_word_of_an_international_organisation_s_name_refers_back_to_it() {
    let events = story((2024, 6, 5), &["The International Monetary Fund approved a loan for Egypt on Friday.", "The fund urged Egypt to sell state companies."]);
    assert!(has_prefixes(&events, "IGOIMF", "02", "EGY"), "{events:#?}");
    // An agent noun too: the court is the ICJ, not the story's state's.
    let events = story((2024, 6, 5), &["South Africa asked the International Court of Justice for new measures.", "The court ordered Israel to open more crossings."]);
    assert!(events.iter().any(|e| e.source == "IGOUNOICJ" && e.target.starts_with("ISR")), "{events:#?}");
    // With no organisation named so, "the fund" is no other organisation.
    let events = story((2024, 6, 5), &["The World Health Organization warned of cholera in Sudan.", "The fund urged donors to help Sudan."]);
    assert!(!events.iter().any(|e| e.source.starts_with("IGOUNOWHO") && e.code.starts_with("02")), "{events:#?}");
    // "The army" after a rebel group called an army is still the state's.
    let events = story((2025, 1, 18), &[
        "Colombia suspended talks with the National Liberation Army on Friday.",
        "The army said it had attacked rebel camps in Catatumbo.",
    ]);
    assert!(!events.iter().any(|e| e.source.starts_with("COLREB") && e.text.starts_with("The army")), "{events:#?}");
}

#[test]
fn a_partner_named_along_with_the_subject_acts_too() {
    let events = story((2024, 6, 5), &["Spain, along with Portugal, condemned Venezuela."]);
    assert!(has_prefixes(&events, "ESP", "11", "VEN"), "{events:#?}");
    assert!(has_prefixes(&events, "PRT", "11", "VEN"), "{events:#?}");
    // Not a description with no actor of its own ("along with its allies").
    let events = story((2024, 6, 5), &["Spain, along with its allies, condemned Venezuela."]);
    assert!(events.iter().all(|e| !e.code.starts_with("11") || e.source.starts_with("ESP")), "{events:#?}");
}
