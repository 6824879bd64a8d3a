//! Rules from the fresh-al round (Russia–Ukraine diplomacy, NATO and wider
//! Europe 2025), each checked on sentences written for the test, not taken
//! from a story.

mod common;

use common::{has_exact, has_prefixes, story};

#[test]
fn disappointment_in_someone_is_aimed_at_them() {
    let events = story((2025, 3, 4), &["Macron said he was deeply disappointed in Erdogan."]);
    assert!(has_prefixes(&events, "FRAGOV", "11", "TURGOV"), "{events:#?}");
}

#[test]
fn words_or_a_stance_dismissed_are_aimed_at_their_author() {
    let events = story((2025, 3, 4), &["Lavrov dismissed Macron's comments as nonsense."]);
    assert!(has_prefixes(&events, "RUSGOV", "12", "FRAGOV"), "{events:#?}");
    let events = story((2025, 3, 4), &["Beijing brushed aside the American warning."]);
    assert!(has_prefixes(&events, "CHN", "12", "USA"), "{events:#?}");
    // Remarks with no author named keep no target.
    let events = story((2025, 3, 4), &["Lavrov dismissed the remarks."]);
    assert!(events.iter().all(|e| e.target.is_empty()), "{events:#?}");
}

#[test]
fn a_proposal_called_ridiculous_or_terrible_is_criticised() {
    let events = story((2025, 3, 4), &["Erdogan called France's proposal ridiculous."]);
    assert!(has_prefixes(&events, "TURGOV", "11", "FRA"), "{events:#?}");
    let events = story((2025, 3, 4), &["Orban called the German plan terrible."]);
    assert!(has_prefixes(&events, "HUNGOV", "11", "DEU"), "{events:#?}");
}

#[test]
fn solidarity_with_a_state_hung_on_the_noun_is_with_that_state() {
    let events = story((2025, 3, 4), &["Italy stands in full solidarity with Greece."]);
    assert!(has_exact(&events, "ITA", "018", "GRC"), "{events:#?}");
}

#[test]
fn over_with_a_time_noun_is_when_not_what_about() {
    let events = story((2024, 10, 1), &["Over the following nights French rioters attacked police stations in Marseille."]);
    assert!(!events.iter().any(|e| e.code.starts_with("11")), "{events:#?}");
    assert!(!events.is_empty(), "{events:#?}");
    // "over" with a matter is still what the criticism is about.
    let events = story((2024, 10, 1), &["Erdogan attacked Israel over the killings in Gaza."]);
    assert!(has_prefixes(&events, "TURGOV", "11", "ISR"), "{events:#?}");
}

#[test]
fn people_killed_by_fire_aimed_at_a_state_are_that_states() {
    let events = story((2025, 5, 3), &["Moscow fired dozens of missiles at Ukrainian towns overnight, killing at least nine people."]);
    assert!(has_prefixes(&events, "RUS", "19", "UKR"), "{events:#?}");
    assert!(!events.iter().any(|e| e.target.starts_with("RUS")), "{events:#?}");
}

#[test]
fn a_with_phrase_after_a_day_belongs_to_the_verb() {
    let events = story((2025, 7, 14), &["Zelensky met on Tuesday with Kaja Kallas, the EU foreign policy chief."]);
    assert!(has_prefixes(&events, "UKRGOV", "04", "IGOEUR"), "{events:#?}");
}

#[test]
fn a_with_phrase_set_off_by_a_comma_is_not_the_partner() {
    let events = story((2023, 8, 4), &["Canada froze its cooperation with Mali on Friday, with Foreign Minister Melanie Joly saying the junta had broken its promises."]);
    assert!(has_prefixes(&events, "CAN", "16", "MLI"), "{events:#?}");
    assert!(!events.iter().any(|e| e.source.starts_with("CAN") && e.target.starts_with("CAN")), "{events:#?}");
}

#[test]
fn a_prepositional_phrase_hung_on_the_full_stop_is_the_verbs() {
    let events = story((2025, 7, 14), &["Zelensky thanked the allies for their help.", "He met on Monday with Keith Kellogg, the U.S. envoy, who arrived for talks."]);
    assert!(has_prefixes(&events, "UKRGOV", "04", "USAGOV"), "{events:#?}");
}

#[test]
fn serbian_prime_ministers_and_ruling_party_are_known() {
    let events = story((2025, 6, 1), &["Prime Minister Djuro Macut invited the students to talks."]);
    assert!(events.iter().any(|e| e.source == "SRBGOV"), "{events:#?}");
    let events = story((2024, 12, 1), &["The Serbian Progressive Party accused Croatia of meddling in the election."]);
    assert!(has_prefixes(&events, "SRBPTY", "11", "HRV"), "{events:#?}");
}

#[test]
fn allies_counted_past_two_are_the_alliance_named_before() {
    let events = story((2024, 7, 10), &[
        "NATO leaders met in Washington on Tuesday.",
        "In a joint statement, the 32 allies described Russia as the most direct threat to their security.",
    ]);
    assert!(has_prefixes(&events, "IGOWSTNAT", "11", "RUS"), "{events:#?}");
    // Never a named member state against another ("the allies" are not Spain).
    assert!(!events.iter().any(|e| e.code.starts_with("11") && !e.source.starts_with("IGO")), "{events:#?}");
}

#[test]
fn people_killed_by_fire_aimed_at_a_state_with_two_objects_are_that_states() {
    let events = story((2025, 5, 3), &["Russia said it was responding to attacks. Moscow launched 90 drones and 12 missiles at Ukrainian cities, killing at least five people."]);
    assert!(!events.iter().any(|e| e.target.starts_with("RUS")), "{events:#?}");
}

#[test]
fn disappointment_in_someone_is_not_a_time_at_night() {
    let events = story((2025, 7, 15), &["Trump said he was disappointed in Putin, who talks nicely and then bombs people at night."]);
    assert!(has_prefixes(&events, "USAGOV", "11", "RUSGOV"), "{events:#?}");
}

#[test]
fn talks_frozen_on_joining_a_body_are_halted_with_that_body() {
    let events = story((2025, 5, 1), &["The Moldovan government suspended negotiations on joining the European Union."]);
    assert!(has_prefixes(&events, "MDAGOV", "164", "IGOEUR"), "{events:#?}");
    let events = story((2025, 5, 1), &["Serbia halted talks on joining NATO."]);
    assert!(has_prefixes(&events, "SRB", "164", "IGOWSTNAT"), "{events:#?}");
}

#[test]
fn a_deadline_dismissed_is_aimed_at_whoever_threatened() {
    let events = story((2025, 6, 1), &[
        "Trump threatened to impose sanctions on Iran if it did not return to talks within two weeks.",
        "Araghchi dismissed the deadline on Sunday.",
    ]);
    assert!(has_prefixes(&events, "IRNGOV", "12", "USA"), "{events:#?}");
}

#[test]
fn the_police_praised_by_the_story_states_government_are_its_own() {
    let events = story((2025, 10, 6), &[
        "Georgian riot police dispersed a rally in Tbilisi on Sunday.",
        "Georgia's parliament met on Monday, and Armenia called for calm.",
        "President Mikheil Kavelashvili praised the police for restoring order.",
    ]);
    assert!(has_exact(&events, "GEOGOV", "051", "GEOCOP"), "{events:#?}");
    assert!(!events.iter().any(|e| e.target == "ARMCOP"), "{events:#?}");
}
