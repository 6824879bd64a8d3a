//! Rules and knowledge from the fresh-aq round (world affairs 2003–2016),
//! each checked on sentences written for the test, not taken from a story.

mod common;

use common::{has_prefixes, story};

#[test]
fn separatist_rebel_and_regime_officials_of_2003_to_2016_are_coded_by_their_dated_roles() {
    let events = story((2015, 3, 1), &["Alexander Zakharchenko demanded that Kiev withdraw its troops from the front."]);
    assert!(has_prefixes(&events, "UKRSEP", "10", "UKR"), "{events:#?}");
    let events = story((2016, 5, 4), &["Igor Plotnitsky accused Ukraine of shelling Luhansk."]);
    assert!(has_prefixes(&events, "UKRSEP", "11", "UKR"), "{events:#?}");
    let events = story((2013, 9, 20), &["Ali Haidar welcomed the Russian proposal and praised Moscow."]);
    assert!(has_prefixes(&events, "SYRGOV", "05", "RUS"), "{events:#?}");
    let events = story((2013, 6, 2), &["Salim Idriss urged Washington to send weapons to the rebels."]);
    assert!(has_prefixes(&events, "SYRREB", "02", "USA"), "{events:#?}");
    let events = story((2003, 1, 20), &["Amer al-Saadi accused the United States of lying about the weapons."]);
    assert!(has_prefixes(&events, "IRQGOV", "11", "USA"), "{events:#?}");
    let events = story((2011, 3, 10), &["Khaled Kaim accused France of backing the rebels."]);
    assert!(has_prefixes(&events, "LBYGOV", "11", "FRA"), "{events:#?}");
    // Outside their roles they code nothing.
    let events = story((2019, 3, 1), &["Alexander Zakharchenko demanded that Kiev withdraw its troops from the front."]);
    assert!(!events.iter().any(|e| e.source.starts_with("UKRSEP")), "{events:#?}");
    let events = story((2016, 6, 2), &["Salim Idriss urged Washington to send weapons to the rebels."]);
    assert!(!events.iter().any(|e| e.source.starts_with("SYRREB")), "{events:#?}");
}

#[test]
fn egypts_former_ruling_party_is_an_actor_until_its_dissolution() {
    let events = story((2011, 1, 28), &["Demonstrators attacked the offices of the National Democratic Party in Suez."]);
    assert!(has_prefixes(&events, "EGY", "14", "EGY"), "{events:#?}");
}

#[test]
fn bare_rebels_with_no_group_named_before_are_the_story_states_rebels() {
    let events = story((2013, 5, 10), &["Army helicopters shelled several villages near Homs on Tuesday, residents said. The Syrian government accused the rebels of the ambush."]);
    assert!(has_prefixes(&events, "SYRGOV", "11", "SYRREB"), "{events:#?}");
    // A group named before is still the one meant.
    let events = story((2013, 5, 10), &["Lebanon's army said Free Syrian Army fighters had crossed the border. The Lebanese government accused the rebels of the shelling."]);
    assert!(has_prefixes(&events, "LBNGOV", "11", "SYRREB"), "{events:#?}");
    assert!(!events.iter().any(|e| e.target.starts_with("LBNREB")), "{events:#?}");
}

#[test]
fn government_forces_are_the_story_states_not_a_foreign_force_seen_fighting_it() {
    let events = story((2013, 5, 10), &["Syria's government said it would not negotiate with the opposition. American warplanes struck Syrian air defences near the coast last week. Government aircraft bombed rebel-held villages in Idlib on Monday, activists said."]);
    assert!(has_prefixes(&events, "SYRMIL", "19", "SYR"), "{events:#?}");
    assert!(!events.iter().any(|e| e.source.starts_with("USA") && e.target.starts_with("SYR") && e.code.starts_with("19") && e.source_text.to_lowercase().contains("government")), "{events:#?}");
}

#[test]
fn saying_an_actor_committed_crimes_is_accusing_it() {
    let events = story((2024, 5, 11), &["The French envoy said the Houthis had committed many crimes against humanity."]);
    assert!(has_prefixes(&events, "FRA", "112", "YEM"), "{events:#?}");
    // Committing oneself to something is no accusation.
    let events = story((2024, 5, 11), &["The French envoy said Yemen had committed itself to the talks."]);
    assert!(!events.iter().any(|e| e.code.starts_with("112")), "{events:#?}");
}

#[test]
fn rebels_surrounding_troops_is_a_siege() {
    let events = story((2012, 11, 18), &["Rebels have surrounded several hundred Congolese soldiers near Goma."]);
    assert!(has_prefixes(&events, "COD", "191", "COD"), "{events:#?}");
}

#[test]
fn a_road_map_signed_with_an_actor_is_an_agreement() {
    let events = story((2015, 7, 15), &["The IAEA's director general signed a road map with Iran on Tuesday."]);
    assert!(has_prefixes(&events, "IGO", "057", "IRN"), "{events:#?}");
}

#[test]
fn disarming_another_actor_by_force_is_a_threat() {
    let events = story((2006, 8, 1), &["The Lebanese president said he would disarm Hezbollah by force."]);
    assert!(has_prefixes(&events, "LBNGOV", "138", "LBNREBHEZ"), "{events:#?}");
}

#[test]
fn accepting_a_plan_presented_by_an_actor_answers_that_actor() {
    let events = story((2008, 8, 12), &["The Georgian president accepted a peace plan presented by the French foreign minister."]);
    assert!(has_prefixes(&events, "GEOGOV", "03", "FRAGOV"), "{events:#?}");
}

#[test]
fn proposing_what_another_actor_should_do_is_an_appeal_to_it() {
    let events = story((2013, 9, 10), &["Turkey proposed that Iran place its uranium under international supervision."]);
    assert!(has_prefixes(&events, "TUR", "02", "IRN"), "{events:#?}");
}

#[test]
fn saying_a_campaign_against_an_actor_will_be_widened_is_a_threat() {
    let events = story((2016, 5, 11), &["The Turkish defence minister said the campaign against the PKK would be widened."]);
    assert!(has_prefixes(&events, "TURGOV", "138", "TUR"), "{events:#?}");
    let events = story((2016, 5, 11), &["The Turkish defence minister said the army would widen its campaign against the PKK."]);
    assert!(has_prefixes(&events, "TURGOV", "138", "TUR"), "{events:#?}");
}

#[test]
fn hardliners_are_radicals_of_the_story_state() {
    let events = story((2015, 7, 15), &["Iran's foreign minister returned to Tehran on Wednesday. Hardliners in parliament have criticised him for making too many concessions."]);
    assert!(has_prefixes(&events, "IRNRAD", "11", "IRNGOV"), "{events:#?}");
}

#[test]
fn the_separatists_are_the_separatists_named_before_not_those_of_a_state_named_since() {
    let events = story((2015, 1, 20), &["Pro-Russian separatists in Donetsk rejected the plan on Monday. German Chancellor Angela Merkel met Ukrainian President Petro Poroshenko in Berlin on Tuesday. The separatists shelled the airport on Wednesday."]);
    assert!(has_prefixes(&events, "UKRSEP", "19", "UKR"), "{events:#?}");
    assert!(!events.iter().any(|e| e.source.starts_with("DEUSEP")), "{events:#?}");
}

#[test]
fn telling_a_rally_something_is_no_consultation_of_the_crowd() {
    let events = story((2008, 8, 12), &["Georgia's president told tens of thousands of people at a rally in Tbilisi that Russia wanted to occupy the country."]);
    assert!(!events.iter().any(|e| e.code.starts_with("04")), "{events:#?}");
    // Telling an official something still is.
    let events = story((2008, 8, 12), &["The Georgian president told the Russian ambassador that Tbilisi would not yield."]);
    assert!(has_prefixes(&events, "GEOGOV", "040", "RUSGOV"), "{events:#?}");
}
