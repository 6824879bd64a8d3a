//! Rules from the fresh-ap round (the Korean peninsula and the South China
//! Sea 2023–2024), each checked on sentences written for the test, not
//! taken from a story.

mod common;

use common::{has_prefixes, story};

#[test]
fn officials_of_the_korean_and_southeast_asian_news_are_known_by_their_office_on_the_day() {
    // A South Korean vice minister whose surname is Kim is not the North's leader.
    let events = story((2024, 5, 3), &["First Vice Foreign Minister Kim Hong-kyun urged Moscow to stop its arms deals with Pyongyang."]);
    assert!(has_prefixes(&events, "KORGOV", "02", "RUS"), "{events:#?}");
    assert!(!events.iter().any(|e| e.source.starts_with("PRK")), "{events:#?}");
    // "Thu" in a Vietnamese name is not Thursday.
    let events = story((2024, 5, 3), &["Foreign ministry spokeswoman Pham Thu Hang demanded that Beijing release the fishermen."]);
    assert!(has_prefixes(&events, "VNMGOV", "10", "CHN"), "{events:#?}");
    let events = story((2024, 5, 3), &["National Security Adviser Chang Ho-jin criticised Moscow."]);
    assert!(has_prefixes(&events, "KORGOV", "11", "RUS"), "{events:#?}");
    let events = story((2024, 5, 3), &["Executive Secretary Lucas Bersamin criticised Beijing."]);
    assert!(has_prefixes(&events, "PHLGOV", "11", "CHN"), "{events:#?}");
    // Before the office, no role.
    let events = story((2021, 5, 3), &["Kim Hong-kyun criticised Moscow."]);
    assert!(!events.iter().any(|e| e.source.starts_with("KORGOV")), "{events:#?}");
}

#[test]
fn a_reported_clause_with_its_subordinator_on_a_time_noun_is_the_complement() {
    // "that China return …" hung as a relative clause of "Thursday" with
    // "that" its subordinator.
    let events = story((2024, 5, 3), &["The Vietnamese navy chief demanded on Thursday that China return the fishing boat and pay for damage after Chinese coast guard officers boarded it near the Paracel Islands."]);
    assert!(has_prefixes(&events, "VNM", "10", "CHN"), "{events:#?}");
}

#[test]
fn a_name_hung_as_a_compound_across_a_preposition_is_the_verbs_object() {
    // "Cho" read as a compound of "talks" across "for".
    let events = story((2024, 5, 3), &["In Paris, Foreign Minister Stephane Sejourne met South Korea's Foreign Minister Cho Tae-yul and Trade Minister Ahn Duk-geun for talks that were dominated by trade."]);
    assert!(has_prefixes(&events, "FRAGOV", "04", "KORGOV"), "{events:#?}");
    let events = story((2024, 5, 3), &["In Tokyo, Foreign Minister Yoko Kamikawa and Defence Minister Minoru Kihara met South Korea's Foreign Minister Cho Tae-yul and Defence Minister Shin Won-sik for talks that were dominated by North Korea's missile launches."]);
    assert!(has_prefixes(&events, "JPNGOV", "04", "KORGOV"), "{events:#?}");
    // A compound after the preposition is left alone.
    let events = story((2024, 5, 3), &["Prime Minister Narendra Modi met Germany's Chancellor Olaf Scholz for trade talks."]);
    assert!(has_prefixes(&events, "INDGOV", "04", "DEUGOV"), "{events:#?}");
}

#[test]
fn containers_or_shipments_of_arms_sent_to_a_country_are_military_aid() {
    let events = story((2024, 5, 3), &["Iran has shipped hundreds of crates of ammunition to Sudan since January."]);
    assert!(has_prefixes(&events, "IRN", "072", "SDN"), "{events:#?}");
    // Containers of grain stay trade.
    let events = story((2024, 5, 3), &["Ukraine has shipped hundreds of containers of grain to Egypt."]);
    assert!(has_prefixes(&events, "UKR", "061", "EGY"), "{events:#?}");
}

#[test]
fn a_vetoed_measure_is_aimed_at_the_body_named_in_it() {
    let events = story((2024, 5, 3), &["China vetoed a U.N. Security Council resolution that would have extended the mission."]);
    assert!(has_prefixes(&events, "CHN", "12", "IGOUNO"), "{events:#?}");
    // What the resolution is about still goes first.
    let events = story((2024, 5, 3), &["China vetoed a U.N. Security Council resolution on Myanmar."]);
    assert!(has_prefixes(&events, "CHN", "12", "MMR"), "{events:#?}");
}

#[test]
fn blasting_a_ship_is_not_criticism() {
    let events = story((2024, 5, 3), &["Indonesian patrol ships blasted a Vietnamese fishing boat near the Natuna Islands."]);
    assert!(!events.iter().any(|e| e.code.starts_with("11")), "{events:#?}");
    // Blasting a government still is.
    let events = story((2024, 5, 3), &["Indonesia's foreign minister blasted Vietnam for the incursion."]);
    assert!(has_prefixes(&events, "IDNGOV", "11", "VNM"), "{events:#?}");
}

#[test]
fn what_an_issued_statement_does_in_its_relative_clause_its_issuers_do() {
    let events = story((2024, 5, 3), &["The European Union issued a statement that condemned the attack and called on Russia to halt its strikes."]);
    assert!(has_prefixes(&events, "IGOEU", "11", ""), "{events:#?}");
    assert!(has_prefixes(&events, "IGOEU", "02", "RUS"), "{events:#?}");
    let events = story((2024, 5, 3), &["The foreign ministers of France, Germany and Britain issued a joint statement that criticised Iran's nuclear programme."]);
    for s in ["FRA", "DEU", "GBR"] {
        assert!(has_prefixes(&events, s, "11", "IRN"), "{s}: {events:#?}");
    }
    // A statement that someone else issued or read out is not so read.
    let events = story((2024, 5, 3), &["Iran rejected a statement that condemned its nuclear programme."]);
    assert!(!events.iter().any(|e| e.source.starts_with("IRN") && e.code.starts_with("11")), "{events:#?}");
}

#[test]
fn a_reported_subject_read_as_the_object_of_said_is_the_complements_subject() {
    // "ship" read as the object of "said", "blasted" left without a subject.
    let events = story((2024, 5, 3), &["The Vietnamese fisheries agency said a Chinese coast guard ship blasted the trawler Hai Duong 1 with water cannon as it headed to the Paracel Islands, causing serious damage to its hull."]);
    assert!(has_prefixes(&events, "CHN", "17", ""), "{events:#?}");
    assert!(!events.iter().any(|e| e.source.starts_with("VNM") && e.code.starts_with("17")), "{events:#?}");
}

#[test]
fn an_adjective_with_a_possessor_before_its_noun_is_that_nouns_modifier() {
    // "aggressive" read as a clausal complement carrying "China's", the
    // noun hung on it.
    let events = story((2024, 5, 3), &["Japanese Foreign Minister Yoko Kamikawa criticised China's increasingly aggressive and dangerous manoeuvres near the Senkaku Islands."]);
    assert!(has_prefixes(&events, "JPNGOV", "11", "CHN"), "{events:#?}");
}

#[test]
fn a_subject_hung_on_a_present_participle_between_commas_is_the_main_verbs() {
    let events = story((2024, 5, 3), &["U.S. Secretary of State Antony Blinken, attending the G20 meeting in Rio de Janeiro on Wednesday, criticised Russia's increasingly dangerous attacks on Ukraine's power grid."]);
    assert!(has_prefixes(&events, "USAGOV", "11", "RUS"), "{events:#?}");
}

#[test]
fn concern_that_someone_acted_is_aimed_at_that_actor() {
    let events = story((2024, 5, 3), &["Japan's defence minister said Tokyo was deeply concerned that Beijing had expanded its patrols near the islands."]);
    assert!(has_prefixes(&events, "JPN", "012", "CHN"), "{events:#?}");
    let events = story((2024, 5, 3), &["Seoul expressed concern that Moscow was supplying Pyongyang with missile technology."]);
    assert!(has_prefixes(&events, "KOR", "012", "RUS"), "{events:#?}");
    // A worry about something no one did keeps no target.
    let events = story((2024, 5, 3), &["Canberra is worried that the talks could collapse."]);
    assert!(has_prefixes(&events, "AUS", "012", ""), "{events:#?}");
    assert!(events.iter().all(|e| e.target.is_empty()), "{events:#?}");
}

#[test]
fn their_on_a_conjunct_of_a_plural_phrase_is_that_phrase() {
    // "their delegations" is the two leaders' delegations, not Washington's.
    let events = story((2021, 9, 29), &[
        "Russian President Vladimir Putin hosted Turkish President Tayyip Erdogan in Sochi, in a meeting that Washington fears will deepen their military ties.",
        "Putin greeted Erdogan with a handshake before the two leaders and their delegations held talks that lasted four hours.",
    ]);
    assert!(has_prefixes(&events, "RUSGOV", "04", "TURGOV"), "{events:#?}");
    assert!(!events.iter().any(|e| e.source.starts_with("USA") || e.target.starts_with("USA")), "{events:#?}");
}

#[test]
fn the_last_member_of_a_list_hung_on_the_middle_one_is_still_in_the_list() {
    // "Japan" a conjunct of "Korea" (or "Australia"), not of "States".
    let events = story((2024, 5, 3), &["The foreign ministers of the United States, South Korea and Japan criticised China on Tuesday."]);
    for s in ["USAGOV", "KORGOV", "JPNGOV"] {
        assert!(has_prefixes(&events, s, "11", "CHN"), "{s}: {events:#?}");
    }
    let events = story((2024, 5, 3), &["The defence ministers of the United States, Australia and Japan criticised North Korea on Tuesday."]);
    for s in ["USAGOV", "AUSGOV", "JPNGOV"] {
        assert!(has_prefixes(&events, s, "11", "PRK"), "{s}: {events:#?}");
    }
}
