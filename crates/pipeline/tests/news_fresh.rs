//! Wordings of conflict and coercion news met in fresh stories written for
//! issue 5's generality check (crates/pipeline/tests/data/fresh-a), each
//! checked on a sentence written for the test, not taken from a story.

mod common;

use demarche_code::Event;
use demarche_pipeline::Pipeline;

/// Codes one story of `paragraphs` dated 15 September 2025.
fn story(paragraphs: &[&str]) -> Vec<Event> {
    common::code_story(&Pipeline::builtin(), (2025, 9, 15), paragraphs)
}

fn has(events: &[Event], source: &str, code: &str, target: &str) -> bool {
    common::has_exact(events, source, code, target)
}

#[test]
fn a_bare_sector_noun_is_that_sector_of_the_story() {
    // "Police" after "Zambian troops": the story's country, its police.
    let events = story(&["Zambian troops were deployed to the capital on Monday.", "Police arrested 40 opposition supporters in Lusaka on Tuesday."]);
    assert!(has(&events, "ZMBCOP", "173", "ZMBOPP"), "{events:#?}");
    // No earlier soldiers: the state the story has named; counted people too.
    let events = story(&["Bolivia's government declared a state of emergency on Friday.", "Soldiers arrested 12 students near Potosi on Saturday."]);
    assert!(has(&events, "BOLMIL", "173", "BOLEDU"), "{events:#?}");
}

#[test]
fn a_bare_addressee_is_no_actor_of_the_story() {
    // Uncounted, non-armed and not acting: "talking to college students".
    let events = story(&["Bolivia's president visited Chile on Friday.", "The minister later talked to college students in Santiago."]);
    assert!(!events.iter().any(|e| e.target.ends_with("EDU")), "{events:#?}");
}

#[test]
fn a_present_tense_caption_paragraph_codes_nothing() {
    let events = story(&["Georgian riot police dispersed protesters in Tbilisi on Monday.", "Police use water cannon against protesters outside the parliament."]);
    assert!(events.iter().all(|e| e.sentence == 0), "{events:#?}");
    // A mis-tagged past verb ("froze" read as a present) is no caption.
    let events = story(&["Georgian riot police dispersed protesters in Tbilisi on Monday.", "Britain froze the assets of Russian banks."]);
    assert!(has(&events, "GBR", "163", "RUSBUS"), "{events:#?}");
    // The first paragraph is a headline or the lead, in the present or not.
    let events = story(&["Police use water cannon against protesters in Tbilisi.", "The protests continued."]);
    assert!(events.iter().any(|e| e.sentence == 0 && e.source.starts_with("GEO")), "{events:#?}");
}

#[test]
fn a_national_body_is_not_the_newspaper_called_the_national() {
    let events = story(&["The National Electoral Council condemned the opposition's protest."]);
    assert!(!events.iter().any(|e| e.source.starts_with("ARE")), "{events:#?}");
}

#[test]
fn the_storys_country_outlasts_the_coreference_window_and_quantities_nest() {
    // Sentence-initial "Gunmen" and "pupils" (a new agent word), eight
    // sentences after the story last named its state.
    let mut story_text = vec!["Nigeria's army said on Monday it had reinforced its positions in Kaduna."];
    story_text.extend(["The region is large and poor.", "Roads are few.", "Schools are far apart.", "Many families farm.", "Markets open weekly.", "Rain falls in summer.", "Crops are sold locally."]);
    story_text.push("Gunmen abducted 40 pupils from a school on Thursday.");
    let events = story(&story_text);
    assert!(has(&events, "NGAREB", "181", "NGAEDU"), "{events:#?}");
    let events = story(&["Serbian police detained two activists in Belgrade on Friday.", "Hundreds of thousands of people rallied in central Belgrade on Saturday."]);
    assert!(has(&events, "SRBCVL", "141", ""), "{events:#?}");
}

#[test]
fn a_sentence_initial_police_read_as_an_imperative_is_the_subject() {
    // The tagger reads "Police" first in a sentence as the verb "to police".
    let events = story(&["Kenyan police detained two activists in Nairobi on Friday.", "Police detained the chairman of the Law Society of Kenya on Tuesday."]);
    assert!(events.iter().any(|e| e.sentence == 1 && e.source == "KENCOP" && e.code == "173"), "{events:#?}");
    let events = story(&["Kenyan police detained two activists in Nairobi on Friday.", "Police fired tear gas to disperse the crowds."]);
    assert!(events.iter().any(|e| e.sentence == 1 && e.source == "KENCOP" && e.code == "175"), "{events:#?}");
}

#[test]
fn saying_ones_side_would_attack_is_a_threat_of_force() {
    let events = story(&["Hezbollah said it would attack any Israeli convoy on the road."]);
    assert!(events.iter().any(|e| e.source.starts_with("LBNREB") && e.code == "138"), "{events:#?}");
    // Fighting corruption is no force.
    let events = story(&["Kenya's president said the government would fight corruption."]);
    assert!(!events.iter().any(|e| e.code.starts_with("13")), "{events:#?}");
}

#[test]
fn suspending_a_stations_broadcasts_restricts_the_press() {
    let events = story(&["Mali's junta suspended the broadcasts of a private radio station on Monday."]);
    assert!(has(&events, "MLIGOV", "1721", ""), "{events:#?}");
}

#[test]
fn a_collective_of_fighters_is_the_fighters() {
    let events = story(&["Mali's army said on Monday it had reinforced its bases.", "Malian army drones struck a convoy of jihadist fighters near Lere on Tuesday."]);
    assert!(events.iter().any(|e| e.sentence == 1 && e.source == "MLIMIL" && e.code.starts_with("19") && e.target == "MLIREB"), "{events:#?}");
}

#[test]
fn a_first_sentence_names_its_state_after_the_bare_noun() {
    let events = story(&["Gunmen abducted more than 200 pupils from a school in the Nigerian town of Kuriga on Thursday."]);
    assert!(has(&events, "NGAREB", "181", "NGAEDU"), "{events:#?}");
}

#[test]
fn counted_men_and_women_are_the_storys_civilians() {
    let events = story(&["Mozambique's army said on Monday it had retaken the town.", "Mozambican police arrested four men in Pemba on Tuesday."]);
    assert!(has(&events, "MOZCOP", "173", "MOZCVL"), "{events:#?}");
}

#[test]
fn retaliating_with_missiles_on_a_place_is_an_attack_on_its_state() {
    let events = story(&["Iran retaliated with missile barrages on Israeli cities on Saturday."]);
    assert!(has(&events, "IRN", "190", "ISR"), "{events:#?}");
}
