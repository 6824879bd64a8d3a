//! Rules prompted by the fresh-v stories (crates/pipeline/tests/data/fresh-v:
//! Afghanistan and Pakistan, Haiti, the Taiwan Strait, India and Pakistan,
//! 2024–2025), each checked on sentences written for the test, not taken
//! from a story.

mod common;

use common::{has_prefixes, story};

#[test]
fn acting_before_a_title_is_the_titles_modifier_not_a_verb() {
    // "acting" read as a verb with the title its object and the name its
    // oblique, in mid-sentence and as the root after a fronted time.
    let events = story((2024, 12, 20), &["In Kabul, acting foreign minister Amir Khan Muttaqi condemned the Pakistani air strikes on Thursday."]);
    assert!(has_prefixes(&events, "AFGGOV", "11", "PAK"), "{events:#?}");
    let events = story((2024, 12, 20), &["On Sunday, acting foreign minister Amir Khan Muttaqi called on Pakistan to stop its provocations."]);
    assert!(has_prefixes(&events, "AFGGOV", "02", "PAK"), "{events:#?}");
}

#[test]
fn called_on_a_state_before_an_infinitive_is_an_appeal_to_that_state() {
    // "on" read as the infinitive's mark and the state as its subject.
    let events = story((2024, 11, 2), &["Iran called on Pakistan to release the detained fishermen."]);
    assert!(has_prefixes(&events, "IRN", "02", "PAK"), "{events:#?}");
}

#[test]
fn a_preposition_hung_on_a_title_belongs_to_the_name_after_it() {
    let events = story((2025, 2, 4), &["Zelensky spoke by phone with Senate Majority Leader John Thune on Monday."]);
    assert!(has_prefixes(&events, "UKRGOV", "04", "USA"), "{events:#?}");
}

#[test]
fn a_noun_read_as_the_subject_of_the_next_noun_is_a_compound() {
    // "charge" read as the subject of "d'affaires", with the possessor on it.
    let events = story((2024, 6, 4), &["Britain summoned Russia's charge d'affaires on Monday."]);
    assert!(has_prefixes(&events, "GBR", "11", "RUS"), "{events:#?}");
}

#[test]
fn an_infinitive_after_a_joined_second_verb_is_that_verbs_complement() {
    // "to do more" left on "decision" across "called on Israel".
    let events = story((2024, 3, 4), &["Egypt welcomed the decision and called on Israel to do more to let aid in."]);
    assert!(has_prefixes(&events, "EGY", "05", ""), "{events:#?}");
    assert!(has_prefixes(&events, "EGY", "02", "ISR"), "{events:#?}");
}

#[test]
fn what_one_uses_a_meeting_for_is_the_users_act() {
    let events = story((2024, 7, 4), &["Hamas used the talks to demand a full Israeli withdrawal."]);
    assert!(events.iter().any(|e| e.source.starts_with("PSE") && e.code.starts_with("10")), "{events:#?}");
}

#[test]
fn an_according_to_phrase_is_never_a_target() {
    let events = story((2025, 4, 10), &["Pakistani police arrested dozens of Afghans in the capital, according to rights groups."]);
    assert!(has_prefixes(&events, "PAKCOP", "17", "AFG"), "{events:#?}");
    assert!(!events.iter().any(|e| e.target.starts_with("NGO") || e.target_text.contains("according")), "{events:#?}");
}

#[test]
fn a_place_attacked_that_an_actor_uses_is_that_actors() {
    let events = story((2024, 9, 25), &["Israeli jets struck a warehouse used by Hezbollah near Tyre."]);
    assert!(has_prefixes(&events, "ISR", "19", "LBN"), "{events:#?}");
}

#[test]
fn stern_representations_are_a_protest() {
    let events = story((2025, 2, 4), &["China lodged stern representations with Japan over the visit."]);
    assert!(has_prefixes(&events, "CHN", "11", "JPN"), "{events:#?}");
}

#[test]
fn stepping_up_expulsions_is_an_expulsion() {
    let events = story((2025, 2, 4), &["Russia has stepped up expulsions of Western diplomats this year."]);
    assert!(events.iter().any(|e| e.source.starts_with("RUS") && e.code.starts_with("17")), "{events:#?}");
}

#[test]
fn a_stopover_in_hawaii_is_a_visit_to_the_united_states() {
    let events = story((2023, 4, 6), &["Tsai stopped over in Hawaii on her way to Guatemala."]);
    assert!(has_prefixes(&events, "TWN", "04", "USA"), "{events:#?}");
}

#[test]
fn seizing_power_is_no_occupation_of_territory() {
    let events = story((2023, 8, 2), &["The Taliban seized power in August 2021."]);
    assert!(!events.iter().any(|e| e.code.starts_with("192")), "{events:#?}");
    // Seizing a town still is.
    let events = story((2024, 2, 2), &["M23 rebels seized the town of Bunagana."]);
    assert!(events.iter().any(|e| e.code.starts_with("19")), "{events:#?}");
}

#[test]
fn questioning_the_cost_or_timing_of_something_is_disapproval() {
    let events = story((2025, 2, 4), &["Russia questioned the timing of the Western sanctions."]);
    assert!(events.iter().any(|e| e.source.starts_with("RUS") && e.code.starts_with("11")), "{events:#?}");
    assert!(!events.iter().any(|e| e.code.starts_with("09")), "{events:#?}");
}

#[test]
fn not_leaving_an_attack_unanswered_is_a_threat() {
    let events = story((2024, 8, 2), &["Hezbollah said it would not leave the assassination unanswered."]);
    assert!(events.iter().any(|e| e.source.starts_with("LBN") && e.code.starts_with("13")), "{events:#?}");
}

#[test]
fn addressing_troops_is_no_consultation() {
    let events = story((2024, 5, 24), &["Lai, speaking to marines at a base in Taoyuan, urged Beijing to show restraint."]);
    assert!(has_prefixes(&events, "TWNGOV", "02", "CHN"), "{events:#?}");
    assert!(!events.iter().any(|e| e.code.starts_with("04")), "{events:#?}");
}

#[test]
fn a_warning_that_people_could_face_hunger_is_no_threat() {
    // "World Food Programme" once read as "Food" the subject of
    // "Programme"; now named, its humanitarian warning is no threat.
    let events = story((2024, 6, 14), &["The World Food Programme has warned that millions of people could face starvation in Gaza."]);
    assert!(!events.iter().any(|e| e.code.starts_with("13")), "{events:#?}");
    // A warning that a state will pay still is.
    let events = story((2024, 6, 14), &["Iran warned that Israel would pay a heavy price for the strike."]);
    assert!(has_prefixes(&events, "IRN", "13", "ISR"), "{events:#?}");
}

#[test]
fn a_place_named_in_an_of_phrase_locates_a_patrol() {
    let events = story((2024, 10, 15), &["The Chinese coast guard said it had carried out patrols near the islands of Kinmen and Matsu."]);
    assert!(has_prefixes(&events, "CHN", "15", "TWN"), "{events:#?}");
}
