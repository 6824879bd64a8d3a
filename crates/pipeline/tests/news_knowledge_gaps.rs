//! Knowledge and name-matching gaps the fresh-o … fresh-r sets and the
//! real pages showed (names inside longer names, governments named by what
//! they are, office-holders of 2019), each checked on sentences written
//! for the test, not taken from a story.

mod common;

use common::{has_prefixes, story};

fn any_actor(events: &[demarche_code::Event], prefix: &str) -> bool {
    events.iter().any(|e| e.source.starts_with(prefix) || e.target.starts_with(prefix))
}

#[test]
fn a_party_name_inside_a_longer_unknown_name_is_not_that_party() {
    // Kenya's Party of National Unity is not Israel's National Unity party.
    let events = story((2012, 11, 3), &["Prime Minister Raila Odinga accused the Party of National Unity of stealing the election."]);
    assert!(!any_actor(&events, "ISR"), "{events:#?}");
    assert!(events.iter().any(|e| e.source.starts_with("KEN") && e.code.starts_with("11")), "{events:#?}");
}

#[test]
fn a_government_of_national_unity_is_the_story_states_government() {
    let events = story((2023, 9, 20), &["The Government of National Unity in Tripoli accused the eastern authorities of blocking aid to Derna."]);
    assert!(events.iter().any(|e| e.source == "LBYGOV" && e.code.starts_with("11")), "{events:#?}");
    assert!(!any_actor(&events, "ISR"), "{events:#?}");
    // The same name in a South African story of 2024 is its coalition.
    let events = story((2024, 11, 5), &["South Africa's rand rallied on Tuesday.", "The Government of National Unity criticised Israel over the war in Gaza."]);
    assert!(has_prefixes(&events, "ZAF", "11", "ISR"), "{events:#?}");
}

#[test]
fn a_national_chapter_of_an_ngo_is_the_ngo_not_the_state() {
    let events = story((2022, 6, 1), &["Transparency International Ukraine accused the parliament of stalling anti-corruption reforms."]);
    assert!(events.iter().any(|e| e.source.starts_with("NGO") && e.code.starts_with("11")), "{events:#?}");
    assert!(!events.iter().any(|e| e.source.starts_with("UKR")), "{events:#?}");
    // A state that is the object of an NGO's act stays the state.
    let events = story((2022, 6, 1), &["Transparency International criticised Ukraine on Wednesday."]);
    assert!(has_prefixes(&events, "NGO", "11", "UKR"), "{events:#?}");
}

#[test]
fn a_city_naming_an_agreement_or_format_is_no_actor() {
    let events = story((2021, 3, 2), &["The Minsk agreements stopped the heaviest fighting in eastern Ukraine in 2015."]);
    assert!(!any_actor(&events, "BLR"), "{events:#?}");
    let events = story((2019, 9, 16), &["Putin said the Astana format remained the only working mechanism for Syria."]);
    assert!(!any_actor(&events, "KAZ"), "{events:#?}");
    let events = story((2021, 8, 1), &["The Doha agreement obliged the Taliban to cut ties with al-Qaeda."]);
    assert!(!any_actor(&events, "QAT"), "{events:#?}");
    // The capital standing for its state still does.
    let events = story((2021, 8, 1), &["Doha condemned the attack on the embassy."]);
    assert!(events.iter().any(|e| e.source.starts_with("QAT")), "{events:#?}");
}

#[test]
fn us_officials_of_the_2019_impeachment_inquiry() {
    let events = story((2019, 9, 2), &["Gordon Sondland met Ukrainian President Volodymyr Zelensky in Warsaw on Sunday."]);
    assert!(has_prefixes(&events, "USA", "04", "UKR"), "{events:#?}");
    let events = story((2019, 8, 27), &["Bill Taylor met Ukraine's foreign minister in Kyiv on Tuesday."]);
    assert!(has_prefixes(&events, "USA", "04", "UKR"), "{events:#?}");
    let events = story((2019, 11, 19), &["Vindman accused Ukraine's former prosecutor of spreading false stories."]);
    assert!(has_prefixes(&events, "USA", "11", "UKR"), "{events:#?}");
    // Witnesses who had left office by the hearings are still American.
    let events = story((2019, 11, 21), &["Fiona Hill accused Russia of running a disinformation campaign against the United States."]);
    assert!(has_prefixes(&events, "USA", "11", "RUS"), "{events:#?}");
    let events = story((2019, 4, 10), &["Marie Yovanovitch met Ukraine's interior minister in Kyiv."]);
    assert!(has_prefixes(&events, "USA", "04", "UKR"), "{events:#?}");
}

#[test]
fn rebels_with_no_state_of_their_own_who_fight_a_states_forces_are_its_insurgents() {
    let events = story((2024, 7, 30), &["Niger's junta expelled French troops last year, and Niger has since turned to Russia.", "Tuareg-led rebels said they had killed 20 Malian soldiers near Tinzaouaten."]);
    assert!(has_prefixes(&events, "MLI", "19", "MLI"), "{events:#?}");
    assert!(!events.iter().any(|e| e.source.starts_with("NER") && e.code.starts_with("19")), "{events:#?}");
    // Rebels of the state the sentence names keep it, even against foreign troops.
    let events = story((2023, 5, 2), &["Congo's army is fighting rebels in the east.", "Rebels killed three Burundian soldiers near Uvira in Congo's South Kivu province."]);
    assert!(has_prefixes(&events, "CODREB", "19", "BDI"), "{events:#?}");
}
