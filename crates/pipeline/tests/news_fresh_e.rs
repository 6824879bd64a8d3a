//! Parse repairs, knowledge and reference rules prompted by the fresh-e
//! stories (crates/pipeline/tests/data/fresh-e: Europe and the former
//! Soviet space), each checked on sentences written for the test, not
//! taken from a story.

mod common;

use common::story;



#[test]
fn an_infinitive_read_as_a_prepositional_phrase_is_the_agreed_act() {
    // "to swap" read as a noun after "to", with "detainees" its object.
    let events = story((2024, 6, 2), &["Armenia and Azerbaijan agreed on Sunday to swap 32 detainees held since the war."]);
    assert!(common::has_prefixes(&events, "ARM", "03", "AZE"), "{events:#?}");
    assert!(common::has_prefixes(&events, "AZE", "03", "ARM"), "{events:#?}");
}

#[test]
fn a_compound_ban_read_as_a_clause_is_the_object() {
    // "entry bans" read as a subject and a verb "bans".
    let events = story((2024, 3, 5), &["Poland imposed entry bans on Lukashenko and his ministers."]);
    assert!(common::has_prefixes(&events, "POL", "16", "BLR"), "{events:#?}");
    // Entry bans are sanctions, not administrative penalties (172).
    let events = story((2024, 3, 5), &["Finland announced entry bans on 20 Russian officials."]);
    assert!(common::has_prefixes(&events, "FIN", "16", "RUS"), "{events:#?}");
    // A clause reported after "said" keeps its verb.
    let events = story((2024, 3, 5), &["The minister said inflation remains high."]);
    assert!(!events.iter().any(|e| e.code.starts_with("16")), "{events:#?}");
}

#[test]
fn charges_d_affaires_and_election_commissions_are_their_states() {
    let events = story((2025, 1, 14), &["The Czech foreign ministry summoned the Hungarian charge d'affaires on Tuesday."]);
    assert!(common::has_prefixes(&events, "CZE", "", "HUNGOV"), "{events:#?}");
    // A bare election commission is the story's state's administration.
    let events = story((2024, 10, 28), &["Georgia held a parliamentary election on Saturday.", "The Central Election Commission disqualified an opposition candidate on Monday."]);
    assert!(events.iter().any(|e| e.sentence == 1 && e.source == "GEOGOV" && e.code.starts_with("17")), "{events:#?}");
}

#[test]
fn a_dateline_s_agency_is_no_antecedent() {
    // "its airspace" is Lithuania's, never Reuters's.
    let events = story((2025, 3, 3), &["VILNIUS, March 3 (Reuters) - Lithuanian troops shot down drones that entered its airspace on Monday."]);
    assert!(!events.iter().any(|e| e.target.ends_with("MED") || e.source.ends_with("MED")), "{events:#?}");
}

#[test]
fn the_people_told_are_not_a_compound_of_the_reported_subject() {
    // "reporters Russia" read as one phrase, the object of "told".
    let events = story((2025, 3, 3), &["Peskov told reporters Russia was ready to continue contacts with Washington."]);
    assert!(!events.iter().any(|e| e.target.ends_with("MED")), "{events:#?}");
    assert!(common::has_prefixes(&events, "RUS", "03", "USA"), "{events:#?}");
}

#[test]
fn two_plural_nouns_after_call_are_the_object_and_its_name() {
    // "the protesters traitors" read as one phrase: name-calling, not a phone call.
    let events = story((2025, 3, 3), &["Vucic called the protesters traitors on Tuesday."]);
    assert!(events.iter().any(|e| e.source == "SRBGOV" && e.code.starts_with("11")), "{events:#?}");
    assert!(!events.iter().any(|e| e.code.starts_with("04")), "{events:#?}");
}

#[test]
fn a_consulate_closed_is_that_of_the_state_it_is_named_after() {
    // Not the state of the city it is in.
    let events = story((2025, 3, 3), &["Estonia closed the Russian consulate in Narva."]);
    assert!(common::has_prefixes(&events, "EST", "161", "RUS"), "{events:#?}");
}

#[test]
fn it_in_a_second_reported_clause_is_the_speaker() {
    let events = story((2025, 3, 3), &["The Russian Defence Ministry said no strikes on Moldovan territory had been planned and that it was ready to hold consultations with Chisinau."]);
    assert!(events.iter().any(|e| e.source.starts_with("RUS") && e.code.starts_with("03")), "{events:#?}");
    assert!(!events.iter().any(|e| e.source.starts_with("MDA")), "{events:#?}");
}

#[test]
fn whose_offices_police_raided_is_the_target() {
    let events = story((2025, 11, 20), &["Belarusian police raided the homes of opposition activists."]);
    assert!(common::has_prefixes(&events, "BLRCOP", "17", "BLROPP"), "{events:#?}");
}

#[test]
fn opposition_figures_and_officials_of_2024_2025_in_european_news() {
    let events = story((2024, 12, 4), &["Georgian police detained Nika Melia on Tuesday."]);
    assert!(common::has_prefixes(&events, "GEOCOP", "17", "GEOOPP"), "{events:#?}");
    let events = story((2025, 9, 29), &["Igor Dodon accused the Party of Action and Solidarity of rigging the vote."]);
    assert!(common::has_prefixes(&events, "MDAOPP", "11", "MDAPTY"), "{events:#?}");
    let events = story((2025, 11, 24), &["Army Secretary Dan Driscoll met Ukrainian officials in Kyiv."]);
    assert!(common::has_prefixes(&events, "USA", "04", "UKR"), "{events:#?}");
}

#[test]
fn consequences_warned_of_are_a_threat() {
    let events = story((2024, 12, 5), &["The European Commission warned of consequences for Hungary."]);
    assert!(common::has_prefixes(&events, "IGOEUREEC", "13", "HUN"), "{events:#?}");
    // Whose course would have them is the one threatened.
    let events = story((2024, 12, 5), &["Brussels warned that Budapest's veto would have consequences."]);
    assert!(common::has_prefixes(&events, "IGOEUREEC", "13", "HUN"), "{events:#?}");
}

#[test]
fn a_word_with_an_article_read_as_an_adjective_is_a_noun() {
    // "counter-proposal" tagged an adjective, the open complement of "dismissed".
    let events = story((2025, 11, 24), &["Kremlin aide Sergei Lavrov dismissed the European counter-proposal as completely unconstructive."]);
    assert!(events.iter().any(|e| e.source.starts_with("RUS") && e.code.starts_with("12")), "{events:#?}");
}
