//! Rules prompted by the fresh-t stories (crates/pipeline/tests/data/fresh-t:
//! Myanmar, the Balkans and African crises and elections, 2023–2025), each
//! checked on sentences written for the test, not taken from a story.

mod common;

use common::{has_prefixes, story};

#[test]
fn the_junta_is_the_state_named_by_its_military() {
    let events = story((2022, 8, 5), &[
        "Cambodian Prime Minister Hun Sen criticised Myanmar's military rulers on Friday.",
        "Singapore's foreign minister said the bloc was disappointed by the lack of progress.",
        "The junta rejected the criticism.",
    ]);
    assert!(has_prefixes(&events, "MMR", "12", ""), "{events:#?}");
    assert!(!events.iter().any(|e| e.source.starts_with("SGP") && e.code.starts_with("12")), "{events:#?}");
    let events = story((2021, 9, 8), &[
        "Guinea's military rulers dissolved the government on Monday.",
        "French President Emmanuel Macron said he was deeply concerned.",
        "The coup leaders accused France of interference.",
    ]);
    assert!(has_prefixes(&events, "GIN", "11", "FRA"), "{events:#?}");
}

#[test]
fn a_subject_set_off_by_a_participle_keeps_its_verb() {
    let events = story((2024, 3, 1), &["Burkina Faso's military rulers, led by Captain Ibrahim Traore, have refused to release the detained journalists."]);
    assert!(has_prefixes(&events, "BFA", "12", ""), "{events:#?}");
    let events = story((2023, 12, 1), &["Niger and Chad, also ruled by soldiers, have urged ECOWAS to lift its sanctions."]);
    assert!(has_prefixes(&events, "NER", "02", "IGOWAF"), "{events:#?}");
    assert!(has_prefixes(&events, "TCD", "02", "IGOWAF"), "{events:#?}");
}

#[test]
fn a_second_subject_after_a_comma_and_a_conjunction_is_its_verbs() {
    let events = story((2023, 6, 1), &["Neither government has commented, and Washington and London have pressed Belgrade to act."]);
    assert!(has_prefixes(&events, "USA", "02", "SRB"), "{events:#?}");
    assert!(has_prefixes(&events, "GBR", "02", "SRB"), "{events:#?}");
}

#[test]
fn a_bare_both_is_both_sides() {
    let events = story((2023, 9, 12), &[
        "Armenia accused Azerbaijan of shelling border villages on Tuesday.",
        "The European Union has urged both to show restraint.",
    ]);
    assert!(has_prefixes(&events, "IGOEUR", "02", "ARM"), "{events:#?}");
    assert!(has_prefixes(&events, "IGOEUR", "02", "AZE"), "{events:#?}");
}

#[test]
fn the_charge_of_an_accusation_is_the_verbs() {
    let events = story((2024, 1, 16), &[
        "Ugandan police arrested dozens of opposition supporters in Kampala on Monday.",
        "Human Rights Watch said at least 12 people had died in custody and accused the police of torturing activists.",
    ]);
    assert!(has_prefixes(&events, "NGO", "11", "UGA"), "{events:#?}");
}

#[test]
fn seized_quantities_of_weapons_are_property() {
    let events = story((2023, 5, 12), &["Kenyan police seized large quantities of weapons on Friday."]);
    assert!(has_prefixes(&events, "KEN", "17", ""), "{events:#?}");
    assert!(!events.iter().any(|e| e.code.starts_with("19")), "{events:#?}");
}

#[test]
fn ordering_a_force_deployed_is_a_mobilisation() {
    let events = story((2024, 3, 8), &["The African Union ordered the deployment of a standby force on Friday."]);
    assert!(has_prefixes(&events, "IGOAFR", "15", ""), "{events:#?}");
}

#[test]
fn engagements_held_with_a_party_are_meetings() {
    let events = story((2025, 3, 8), &["Malaysia held several engagements with Myanmar's junta this year."]);
    assert!(has_prefixes(&events, "MYS", "04", "MMR"), "{events:#?}");
}

#[test]
fn office_holders_and_bodies_of_the_fresh_t_stories() {
    let events = story((2024, 3, 10), &["Bassirou Diomaye Faye accused the government of delaying the election."]);
    assert!(has_prefixes(&events, "SEN", "11", ""), "{events:#?}");
    let events = story((2023, 6, 1), &["Serbia urged KFOR to protect Serbs in northern Kosovo."]);
    assert!(has_prefixes(&events, "SRB", "02", "IGOWST"), "{events:#?}");
    let events = story((2024, 10, 22), &["Daniel Chapo called for calm on Tuesday."]);
    assert!(has_prefixes(&events, "MOZ", "02", ""), "{events:#?}");
    let events = story((2024, 5, 3), &["Zeljka Cvijanovic criticised the European Union on Friday."]);
    assert!(has_prefixes(&events, "BIH", "11", "IGOEUR"), "{events:#?}");
    let events = story((2023, 8, 20), &["General Brice Oligui Nguema met Ali Bongo Ondimba on Sunday."]);
    assert!(has_prefixes(&events, "GAB", "04", "GAB"), "{events:#?}");
}

#[test]
fn a_warning_that_an_act_would_be_taken_as_war_is_a_threat() {
    let events = story((2024, 4, 10), &["Moscow warned that any deployment of Western troops in Ukraine would be regarded as a declaration of war."]);
    assert!(has_prefixes(&events, "RUS", "13", ""), "{events:#?}");
    assert!(!events.iter().any(|e| e.code.starts_with("01")), "{events:#?}");
    // A warning of what would follow is still a comment.
    let events = story((2024, 4, 10), &["The World Food Programme warned that the harvest would be considered a failure."]);
    assert!(!events.iter().any(|e| e.code.starts_with("13")), "{events:#?}");
}

#[test]
fn a_fronted_place_is_where_a_bare_subjects_people_are() {
    let events = story((2021, 9, 6), &[
        "Kenyan President Uhuru Kenyatta spoke in Nairobi on Saturday.",
        "In Guinea, soldiers detained President Alpha Conde on Sunday.",
    ]);
    assert!(has_prefixes(&events, "GINMIL", "17", "GIN"), "{events:#?}");
    assert!(!events.iter().any(|e| e.source.starts_with("KEN") && e.code.starts_with("17")), "{events:#?}");
    let events = story((2023, 9, 2), &[
        "Kenyan President William Ruto spoke in Nairobi on Friday.",
        "In Niger, army officers loyal to the junta arrested two former ministers on Saturday.",
    ]);
    assert!(has_prefixes(&events, "NERMIL", "17", ""), "{events:#?}");
}
