//! Rules from the fresh-ar round (the Russia–Ukraine war 2022–2024 and the
//! South Caucasus), each checked on sentences written for the test, not
//! taken from a story.

mod common;

use common::{has_prefixes, story};

#[test]
fn a_judgement_naming_an_act_with_its_author_is_aimed_at_that_author() {
    // The author in a "by" phrase on the judgement noun of "call".
    let events = story((2024, 3, 1), &["Armenian Prime Minister Nikol Pashinyan called the explosion a terrorist attack by Azerbaijan."]);
    assert!(has_prefixes(&events, "ARMGOV", "11", "AZE"), "{events:#?}");
    // The author as a nationality on the noun named by "what he called".
    let events = story((2024, 3, 1), &["Serbian President Aleksandar Vucic condemned what he called a Croatian provocation on the border."]);
    assert!(has_prefixes(&events, "SRBGOV", "11", "HRV"), "{events:#?}");
    // The author in the "by" phrase of a judgement reported with "was".
    let events = story((2024, 3, 1), &["Georgian Prime Minister Irakli Kobakhidze said the blast was deliberate sabotage by the Russian side."]);
    assert!(has_prefixes(&events, "GEOGOV", "11", "RUS"), "{events:#?}");
    // A judgement with no author stays without a target.
    let events = story((2024, 3, 1), &["The Slovak prime minister called the new law a disgrace."]);
    assert!(events.iter().all(|e| e.target.is_empty()), "{events:#?}");
    // Nor does a plain remark that something was a mistake make one.
    let events = story((2024, 3, 1), &["Moldovan President Maia Sandu said the decision was a mistake."]);
    assert!(!events.iter().any(|e| e.code.starts_with("11") && !e.target.is_empty()), "{events:#?}");
}

#[test]
fn the_head_of_ukraines_nuclear_power_company_is_not_colombias_president() {
    // "Petro" as a first name is not Gustavo Petro.
    let events = story((2023, 3, 1), &["Energoatom head Petro Kotin met the Hungarian foreign minister."]);
    assert!(has_prefixes(&events, "UKRBUS", "04", "HUNGOV"), "{events:#?}");
    assert!(!events.iter().any(|e| e.source.starts_with("COL")), "{events:#?}");
}

#[test]
fn a_meeting_of_a_body_requested_is_aimed_at_that_body() {
    let events = story((2023, 3, 1), &["Lithuania requested an urgent meeting of the NATO council."]);
    assert!(has_prefixes(&events, "LTU", "026", "IGO"), "{events:#?}");
    let events = story((2023, 3, 1), &["Egypt proposed a meeting of the Arab League."]);
    assert!(has_prefixes(&events, "EGY", "026", "IGO"), "{events:#?}");
    // A meeting "with" someone keeps that partner.
    let events = story((2023, 3, 1), &["Jordan requested a meeting with Israeli officials."]);
    assert!(has_prefixes(&events, "JOR", "026", "ISR"), "{events:#?}");
}
