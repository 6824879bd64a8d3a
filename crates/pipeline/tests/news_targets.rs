//! Targets and coreference of the news coder: plural descriptions, "between"
//! phrases, mediators named by a participle's agent, mutual acts, authors of
//! proposals and speakers of reporting clauses. Sentences written for these
//! tests (other actors and wordings than the stories the rules came from).

mod common;

use demarche_code::Event;
use demarche_pipeline::Pipeline;

fn code(paragraphs: &[&str]) -> Vec<Event> {
    common::code_story(&Pipeline::builtin(), (2024, 6, 15), paragraphs)
}

fn has(events: &[Event], source: &str, code: &str, target: &str) -> bool {
    common::has_prefixes(events, source, code, target)
}

#[test]
fn the_two_leaders_are_the_pair_named_in_the_same_sentence() {
    let events = code(&[
        "Japan and the Philippines signed a defence pact on Monday.",
        "Chinese President Xi Jinping received Kazakh President Kassym-Jomart Tokayev in Beijing, where the two leaders signed a strategic partnership agreement.",
    ]);
    let signed: Vec<&Event> = events.iter().filter(|e| e.sentence == 1 && e.code.starts_with("057")).collect();
    assert!(signed.iter().any(|e| e.source == "CHNGOV" && e.target == "KAZGOV"), "{events:#?}");
    assert!(signed.iter().any(|e| e.source == "KAZGOV" && e.target == "CHNGOV"), "{events:#?}");
    assert!(!signed.iter().any(|e| e.source.starts_with("JPN") || e.source.starts_with("PHL")), "{events:#?}");
}

#[test]
fn the_warring_parties_fought_each_other_or_are_no_one() {
    // A sanctioned state is no warring party: no target, no mediation.
    let events = code(&[
        "The European Union imposed new sanctions on Iran on Monday.",
        "Egypt and Qatar hosted talks between the warring parties in Cairo.",
    ]);
    assert!(!events.iter().any(|e| e.sentence == 1 && (e.target.starts_with("IRN") || e.target.starts_with("IGOEUR"))), "{events:#?}");
    // The sides of the latest fighting are.
    let events = code(&[
        "Ethiopian troops shelled Eritrean positions near the border on Sunday.",
        "The African Union condemned the violence.",
        "Kenya hosted talks between the warring parties in Nairobi.",
    ]);
    let talks: Vec<&Event> = events.iter().filter(|e| e.sentence == 2 && e.source == "KEN").collect();
    assert!(talks.iter().any(|e| e.target.starts_with("ETH")) && talks.iter().any(|e| e.target.starts_with("ERI")), "{events:#?}");
    assert!(!talks.iter().any(|e| e.target.starts_with("IGO")), "{events:#?}");
}

#[test]
fn talks_between_two_parties_down_a_round_of() {
    let events = code(&["Oman hosted a fresh round of indirect talks between Iran and the United States."]);
    assert!(has(&events, "OMN", "04", "IRN") && has(&events, "OMN", "04", "USA"), "{events:#?}");
    let events = code(&["Kenya offered to host a new round of peace negotiations between Somalia and Ethiopia."]);
    assert!(has(&events, "KEN", "03", "SOM") && has(&events, "KEN", "03", "ETH"), "{events:#?}");
}

#[test]
fn a_mediator_named_by_a_participles_agent_mediated_between_the_clauses_subjects() {
    // (A relative clause; a bare participle, "an agreement mediated by
    // Qatar", is a nominalised mediation and yields nothing: see
    // news_causes_pairs.rs.)
    let events = code(&["Armenia and Azerbaijan released dozens of detainees under an agreement that was mediated by Qatar."]);
    assert!(has(&events, "QAT", "045", "ARM") && has(&events, "QAT", "045", "AZE"), "{events:#?}");
}

#[test]
fn an_exchange_of_prisoners_is_mutual() {
    let events = code(&["Israel and Hamas exchanged prisoners and hostages on Sunday."]);
    assert!(has(&events, "ISR", "084", "PSE") && has(&events, "PSE", "084", "ISR"), "{events:#?}");
    assert!(!events.iter().any(|e| e.code.starts_with("084") && e.target.is_empty()), "{events:#?}");
}

#[test]
fn the_author_of_a_rejected_proposal_is_the_target() {
    let events = code(&["Israel rejected a proposal by Egyptian President Abdel Fattah al-Sisi for a two-day truce."]);
    assert!(has(&events, "ISR", "12", "EGYGOV"), "{events:#?}");
    let events = code(&["Venezuela rejected a call from Brazil for new elections."]);
    assert!(has(&events, "VEN", "12", "BRA"), "{events:#?}");
}

#[test]
fn the_speaker_of_a_reporting_clause_is_no_target() {
    let events = code(&["Israeli warplanes bombed a school in Gaza City, killing at least 20 people, Palestinian health officials said."]);
    assert!(has(&events, "ISR", "19", "PSE"), "{events:#?}");
    assert!(!events.iter().any(|e| e.target_text.contains("officials")), "{events:#?}");
}

#[test]
fn the_two_countries_are_a_pair_named_together_lately_not_the_nearest_states() {
    let events = code(&[
        "Kenyan President William Ruto visited Somalia on Monday.",
        "Ethiopia said it was watching the visit closely.",
        "The two countries agreed to reopen their shared border.",
    ]);
    let agreed: Vec<&Event> = events.iter().filter(|e| e.sentence == 2).collect();
    assert!(agreed.iter().any(|e| e.source == "KEN") && agreed.iter().any(|e| e.source == "SOM"), "{events:#?}");
    assert!(!agreed.iter().any(|e| e.source.starts_with("ETH")), "{events:#?}");
}

#[test]
fn speakers_are_not_the_sides_they_speak_of() {
    let events = code(&["Egypt and Qatar said both sides had agreed to a truce."]);
    assert!(!events.iter().any(|e| e.code.starts_with("08") && (e.source.starts_with("EGY") || e.source.starts_with("QAT"))), "{events:#?}");
}

#[test]
fn a_countrys_warring_parties_are_the_sides_of_its_fighting() {
    let events = code(&[
        "Houthi fighters attacked Yemeni government positions near Marib on Tuesday.",
        "The United Nations urged Yemen's warring parties to return to talks.",
    ]);
    let appeal: Vec<&Event> = events.iter().filter(|e| e.sentence == 1 && e.source.starts_with("IGOUNO")).collect();
    assert!(appeal.iter().any(|e| e.target.starts_with("YEMREB")) && appeal.iter().any(|e| e.target == "YEMGOV"), "{events:#?}");
}

#[test]
fn the_two_leaders_of_the_previous_sentence_before_older_sides() {
    let events = code(&[
        "Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol signed a security pact in March.",
        "Turkish President Recep Tayyip Erdogan hosted Russian President Vladimir Putin in Ankara on Wednesday.",
        "The two leaders signed an agreement on energy cooperation.",
    ]);
    let signed: Vec<&Event> = events.iter().filter(|e| e.sentence == 2 && e.code.starts_with("057")).collect();
    assert!(signed.iter().any(|e| e.source == "TURGOV" && e.target == "RUSGOV"), "{events:#?}");
    assert!(!signed.iter().any(|e| e.source.starts_with("JPN") || e.source.starts_with("KOR")), "{events:#?}");
}

/// What an attack is aimed at, when it names no owner, is found where
/// it is: a generic target or site ("targets across the country",
/// "cities") reported hit by another state's officials is that state's; a
/// place hung on "deep" or "far" is where the named place below it is.
#[test]
fn generic_targets_and_distant_places_give_the_attacked_state() {
    let events = code(&["Moldova's interior ministry said hostile forces had fired missiles at towns across the country overnight."]);
    assert!(!events.iter().any(|e| e.target.is_empty() && e.code.starts_with("19")), "{events:#?}");
    let events = code(&["Russian forces launched 60 drones overnight at targets across the country, Ukraine's air force said."]);
    assert!(has(&events, "RUS", "19", "UKR"), "{events:#?}");
    let events = code(&["Russia fired missiles at cities across the country, Ukrainian officials said."]);
    assert!(has(&events, "RUS", "19", "UKR"), "{events:#?}");
    let events = code(&["Ukrainian drones hit an airfield deep inside Russia on Friday."]);
    assert!(has(&events, "UKR", "19", "RUS"), "{events:#?}");
    // A position taken is a stance, not a place whose country is hit.
    let events = code(&["Brazil said it would wait for the official count before taking a position on the election in Venezuela."]);
    assert!(!events.iter().any(|e| e.code.starts_with("19") && !e.target.is_empty()), "{events:#?}");
}

/// People threatened with no country named, the threat's object, are
/// the story's state's (its sector where a word names one), as people
/// coerced are.
#[test]
fn people_threatened_with_no_country_named_are_the_story_states() {
    let events = code(&[
        "Somali troops recaptured two towns in the Hiraan region on Monday.",
        "Al-Shabaab has also threatened reporters who cover the war.",
    ]);
    assert!(events.iter().any(|e| e.sentence == 1 && e.code.starts_with("13") && e.target.starts_with("SOM")), "{events:#?}");
}
