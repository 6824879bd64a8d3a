//! Rules and knowledge from the fresh-aw round (the Great Lakes and Central
//! Africa 2023–2025), each checked on sentences written for the test, not
//! taken from a story.

mod common;

use common::{has_prefixes, story};

#[test]
fn a_that_clause_after_a_date_is_what_was_said() {
    // "said on Sunday that …": the clause is the report, not a relative
    // clause of the weekday.
    let events = story((2024, 3, 1), &["The Houthis said on Sunday that they had attacked a British ship."]);
    assert!(has_prefixes(&events, "YEM", "19", "GBR"), "{events:#?}");
    let events = story((2024, 3, 1), &["The M23 said on Thursday that it had seized Uvira."]);
    assert!(has_prefixes(&events, "COD", "19", "COD"), "{events:#?}");
}

#[test]
fn bringing_two_leaders_together_is_mediation() {
    let events = story((2024, 3, 1), &["Kenya brought the leaders of Somalia and Ethiopia together in Nairobi."]);
    assert!(has_prefixes(&events, "KEN", "04", "SOM"), "{events:#?}");
    assert!(has_prefixes(&events, "KEN", "04", "ETH"), "{events:#?}");
}

#[test]
fn calling_an_act_a_hostile_one_is_criticism() {
    let events = story((2024, 3, 1), &["Ethiopia called the Egyptian deployment a belligerent one."]);
    assert!(has_prefixes(&events, "ETH", "111", "EGY"), "{events:#?}");
}

#[test]
fn brussels_is_belgium_in_a_story_about_belgium() {
    let events = story((2024, 3, 1), &["Belgium summoned the Congolese ambassador.", "Kinshasa accused Brussels of meddling."]);
    assert!(has_prefixes(&events, "COD", "112", "BEL"), "{events:#?}");
    // Elsewhere it is the seat of the European Union.
    let events = story((2024, 3, 1), &["Hungary vetoed the budget.", "Budapest accused Brussels of blackmail."]);
    assert!(has_prefixes(&events, "HUN", "112", "IGOEUR"), "{events:#?}");
}

#[test]
fn people_of_the_great_lakes_and_central_africa_hold_their_offices_of_the_day() {
    // Burundi's interior minister from September 2022.
    let events = story((2024, 5, 1), &["Martin Niteretse accused Rwanda of meddling."]);
    assert!(has_prefixes(&events, "BDIGOV", "112", "RWA"), "{events:#?}");
    // Rwanda's army chief, later minister of state.
    let events = story((2005, 5, 1), &["James Kabarebe criticised Uganda."]);
    assert!(has_prefixes(&events, "RWAMIL", "111", "UGA"), "{events:#?}");
    let events = story((2024, 5, 1), &["James Kabarebe criticised Uganda."]);
    assert!(has_prefixes(&events, "RWAGOV", "111", "UGA"), "{events:#?}");
    // Rwanda's UN ambassador, then the head of the UN mission in the
    // Central African Republic.
    let events = story((2019, 5, 1), &["Valentine Rugwabiza criticised France."]);
    assert!(has_prefixes(&events, "RWAGOV", "111", "FRA"), "{events:#?}");
    let events = story((2023, 5, 1), &["Valentine Rugwabiza criticised France."]);
    assert!(has_prefixes(&events, "IGOUNO", "111", "FRA"), "{events:#?}");
    // Cameroon's government spokesman; the M23's executive secretary;
    // Tshisekedi's spokeswoman; a military governor of North Kivu.
    let events = story((2023, 5, 1), &["Rene Emmanuel Sadi criticised Nigeria."]);
    assert!(has_prefixes(&events, "CMRGOV", "111", "NGA"), "{events:#?}");
    let events = story((2024, 5, 1), &["Benjamin Mbonimpa criticised Burundi."]);
    assert!(has_prefixes(&events, "CODREB", "111", "BDI"), "{events:#?}");
    let events = story((2024, 5, 1), &["Tina Salama criticised Uganda."]);
    assert!(has_prefixes(&events, "CODGOV", "111", "UGA"), "{events:#?}");
    let events = story((2024, 5, 1), &["Peter Cirimwami accused Rwanda of aggression."]);
    assert!(has_prefixes(&events, "CODMIL", "112", "RWA"), "{events:#?}");
    // A CAR presidential adviser.
    let events = story((2023, 5, 1), &["Fidele Gouandjika criticised France."]);
    assert!(has_prefixes(&events, "CAFGOV", "111", "FRA"), "{events:#?}");
}

#[test]
fn separatist_and_rebel_bodies_of_cameroon_and_the_central_african_republic() {
    let events = story((2023, 5, 1), &["The Ambazonia Governing Council criticised Nigeria."]);
    assert!(has_prefixes(&events, "CMRSEP", "111", "NGA"), "{events:#?}");
    let events = story((2023, 5, 1), &["Ayaba Cho Lucas criticised Nigeria."]);
    assert!(has_prefixes(&events, "CMRSEP", "111", "NGA"), "{events:#?}");
    let events = story((2022, 5, 1), &["The Coalition of Patriots for Change accused Russia of massacres."]);
    assert!(has_prefixes(&events, "CAFREB", "112", "RUS"), "{events:#?}");
}

#[test]
fn a_crowd_stoning_an_embassy_is_a_violent_protest() {
    let events = story((2023, 5, 1), &["Angry crowds stoned the Israeli embassy in Amman."]);
    assert!(has_prefixes(&events, "JOR", "145", "ISR"), "{events:#?}");
}

#[test]
fn saying_a_state_harbours_rebels_is_an_accusation() {
    let events = story((2023, 5, 1), &["Uganda's president said Sudan was harbouring the rebels."]);
    assert!(has_prefixes(&events, "UGAGOV", "112", "SDN"), "{events:#?}");
}

#[test]
fn what_was_fired_from_a_place_is_the_reported_clauses_subject_behind_its_auxiliary() {
    // "said rockets … had hit" with "rockets" read as what was said: the
    // noun before the complement's auxiliary is its subject, and the
    // rockets fired from Lebanon are Lebanon's, not the speaker's.
    let events = story((2024, 3, 1), &["Israel's army said rockets fired from Lebanon had hit the Israeli town of Metula."]);
    assert!(has_prefixes(&events, "LBN", "19", "ISR"), "{events:#?}");
    assert!(!has_prefixes(&events, "ISR", "19", "ISR"), "{events:#?}");
    // Subject of the verb of force itself: the one it hits is its target.
    let events = story((2024, 3, 1), &["Rockets fired from Lebanon struck the Israeli town of Metula."]);
    assert!(has_prefixes(&events, "LBN", "19", "ISR"), "{events:#?}");
}

#[test]
fn taking_a_named_town_is_occupying_it_and_taking_anything_else_is_not() {
    let events = story((2025, 2, 1), &["The rebels took Uvira after a week of fighting."]);
    assert!(has_prefixes(&events, "COD", "192", "COD"), "{events:#?}");
    let events = story((2024, 3, 1), &["Hamas took Egypt's proposal seriously."]);
    assert!(!events.iter().any(|e| e.code.starts_with("192")), "{events:#?}");
    let events = story((2024, 3, 1), &["Hungary took part in the talks."]);
    assert!(!events.iter().any(|e| e.code.starts_with("192")), "{events:#?}");
}

#[test]
fn taking_part_in_talks_is_negotiating_and_refusing_to_is_a_rejection() {
    let events = story((2024, 3, 1), &["Ukraine took part in negotiations with Russia in Istanbul."]);
    assert!(has_prefixes(&events, "UKR", "046", "RUS"), "{events:#?}");
    let events = story((2024, 3, 1), &["The Houthis said they would not take part in talks with the Saudi government."]);
    assert!(has_prefixes(&events, "YEM", "125", "SAU"), "{events:#?}");
}

#[test]
fn a_call_welcomed_is_its_makers() {
    let events = story((2024, 3, 1), &["The African Union called for an immediate ceasefire in Sudan.", "Sudan's army welcomed the call for a truce."]);
    assert!(has_prefixes(&events, "SDNMIL", "051", "IGOAFR"), "{events:#?}");
}

#[test]
fn saying_a_state_spreads_lies_is_an_accusation() {
    let events = story((2024, 3, 1), &["The Kremlin said Kyiv was spreading lies about the attack."]);
    assert!(has_prefixes(&events, "RUSGOV", "112", "UKR"), "{events:#?}");
    let events = story((2024, 3, 1), &["Mali's junta said France was using disinformation and manipulation against it."]);
    assert!(has_prefixes(&events, "MLIGOV", "112", "FRA"), "{events:#?}");
}

#[test]
fn the_country_is_a_state_not_a_region() {
    let events = story((2023, 5, 1), &["Mali expelled the French ambassador in 2022.", "Western governments have tried to win Bamako back.", "France withdrew its last soldiers from the country in August."]);
    assert!(has_prefixes(&events, "FRA", "08", "MLI"), "{events:#?}");
    assert!(!events.iter().any(|e| e.target.starts_with("WST")), "{events:#?}");
    // Nor is "the government" a region's.
    let events = story((2023, 5, 1), &["Mali expelled the French ambassador in 2022.", "Western governments have tried to win Bamako back.", "France accused the government of spreading disinformation."]);
    assert!(has_prefixes(&events, "FRA", "112", "MLIGOV"), "{events:#?}");
}
