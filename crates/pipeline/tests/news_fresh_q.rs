//! Rules prompted by the fresh-q stories (crates/pipeline/tests/data/fresh-q:
//! Latin America and the Asia-Pacific 2023–2025), each checked on sentences
//! written for the test, not taken from a story.

mod common;

use common::{has_prefixes, story};

#[test]
fn pejorative_labels_are_criticism_of_whom_they_label() {
    // "described X as a hostile power": the label's adjective is the insult.
    let events = story((2024, 6, 19), &["North Korea's foreign ministry described the United States as a hostile power."]);
    assert!(has_prefixes(&events, "PRK", "11", "USA"), "{events:#?}");
    // "regards / views X as …"
    let events = story((2024, 6, 19), &["The Kremlin regarded the Ukrainian government as an illegitimate authority."]);
    assert!(has_prefixes(&events, "RUS", "11", "UKR"), "{events:#?}");
    let events = story((2024, 6, 19), &["Moscow views NATO as a threat."]);
    assert!(has_prefixes(&events, "RUS", "11", "IGOWSTNAT"), "{events:#?}");
    // "called X a separatist"
    let events = story((2024, 6, 19), &["Beijing called the Taiwanese leader a separatist."]);
    assert!(has_prefixes(&events, "CHN", "11", "TWN"), "{events:#?}");
    // Praise stays praise.
    let events = story((2024, 6, 19), &["Paris described Berlin as a reliable partner."]);
    assert!(!events.iter().any(|e| e.code.starts_with("11")), "{events:#?}");
}

#[test]
fn released_detained_people_are_a_release_not_an_arrest() {
    // "six detained Americans": the number counts the noun, and the
    // participle modifies it.
    let events = story((2024, 8, 2), &["Russia released three detained Americans on Thursday."]);
    assert!(has_prefixes(&events, "RUS", "0841", "USA"), "{events:#?}");
    assert!(!events.iter().any(|e| e.code.starts_with("17")), "{events:#?}");
}

#[test]
fn an_inverted_were_condition_made_the_root_is_not_a_fact() {
    let events = story((2024, 6, 19), &["Were Iran to close the Strait of Hormuz, oil prices would soar, analysts said."]);
    assert!(!events.iter().any(|e| e.source.starts_with("IRN")), "{events:#?}");
}

#[test]
fn a_conjoined_subject_with_an_apposition_starts_its_own_clause() {
    // "…, and Poland, a neighbour of Belarus, said it …": Poland is not a
    // second thing condemned, and "it" is Poland.
    let events = story((2024, 6, 19), &["Germany and France condemned the vote, and Poland, a neighbour of Belarus, said it was severing relations with Minsk."]);
    assert!(has_prefixes(&events, "POL", "16", "BLR"), "{events:#?}");
    assert!(!events.iter().any(|e| e.target.starts_with("POL")), "{events:#?}");
    assert!(!events.iter().any(|e| e.code.starts_with("16") && !e.source.starts_with("POL")), "{events:#?}");
}

#[test]
fn the_subject_after_a_subordinator_hung_on_a_noun_is_its_clause_s() {
    // "after Azerbaijani troops shelled …" with "troops" read as a modifier
    // of "relations" and "shelled" a conjunct of "broke".
    let events = story((2023, 9, 20), &["Armenia broke diplomatic relations with Azerbaijan after Azerbaijani troops shelled Armenian villages on Monday."]);
    assert!(has_prefixes(&events, "AZE", "19", "ARM"), "{events:#?}");
    assert!(has_prefixes(&events, "ARM", "16", "AZE"), "{events:#?}");
}

#[test]
fn which_read_as_an_oblique_is_the_object_of_its_relative_clause() {
    let events = story((2024, 6, 19), &["Pakistan tested a rocket, which India and Afghanistan condemned as a provocation."]);
    assert!(has_prefixes(&events, "IND", "11", "") && has_prefixes(&events, "AFG", "11", ""), "{events:#?}");
}

#[test]
fn a_first_conjunct_read_as_the_subject_of_the_second_is_a_conjunct() {
    // "Modi and Bangladeshi leader Sheikh Hasina signed" with "Modi" the
    // subject of "leader".
    let events = story((2024, 7, 1), &["The visit follows an accord that Modi and Bangladeshi leader Sheikh Hasina signed in Delhi in June."]);
    assert!(has_prefixes(&events, "IND", "057", "BGD") && has_prefixes(&events, "BGD", "057", "IND"), "{events:#?}");
}

#[test]
fn a_name_after_its_title_heads_the_phrase_and_its_surname_refers_back() {
    // "South Korean Foreign Minister Cho Tae-yul": the name, not the
    // demonym, heads the phrase, so "Cho" later is the minister; and the
    // main verb after "who arrived …, also" is found.
    let events = story((2024, 5, 14), &["South Korean Foreign Minister Cho Tae-yul met Wang Yi in Beijing.", "Cho, who arrived on Tuesday, also held talks with Premier Li Qiang."]);
    assert!(events.iter().any(|e| e.source == "KORGOV" && e.code.starts_with("04") && e.target.starts_with("CHN") && e.text.starts_with("Cho,")), "{events:#?}");
}

#[test]
fn a_regretted_decision_is_its_owner_s() {
    let events = story((2024, 4, 7), &["Ecuador regretted Mexico's decision."]);
    assert!(has_prefixes(&events, "ECU", "11", "MEX"), "{events:#?}");
}

#[test]
fn a_day_of_exercises_is_the_exercises() {
    let events = story((2024, 5, 24), &["Chinese forces held a third day of military exercises near Taiwan on Friday."]);
    assert!(has_prefixes(&events, "CHN", "15", "TWN"), "{events:#?}");
}

#[test]
fn officials_of_2023_and_2024_in_latin_america_and_east_asia() {
    let events = story((2023, 8, 30), &["Masataka Okano summoned the South Korean ambassador on Wednesday."]);
    assert!(has_prefixes(&events, "JPNGOV", "", "KOR"), "{events:#?}");
    let events = story((2024, 3, 2), &["Wu Jianghao criticised Tokyo's defence budget."]);
    assert!(has_prefixes(&events, "CHNGOV", "11", ""), "{events:#?}");
    let events = story((2024, 2, 6), &["Pablo Beltran accused the Colombian army of violating the ceasefire."]);
    assert!(has_prefixes(&events, "COLREB", "11", "COLMIL"), "{events:#?}");
    let events = story((2024, 2, 6), &["Vera Grabe met Pablo Beltran in Havana."]);
    assert!(has_prefixes(&events, "COLGOV", "04", "COLREB"), "{events:#?}");
    let events = story((2024, 4, 20), &["Ecuadorean police arrested Jorge Glas in Quito."]);
    assert!(has_prefixes(&events, "ECUCOP", "17", "ECU"), "{events:#?}");
}

#[test]
fn the_two_countries_are_the_story_s_main_pair_not_a_third_state_s_latest_move() {
    let events = story(
        (2024, 3, 4),
        &["Algeria recalled its ambassador from Morocco on Monday.", "Moroccan troops later fired on an Algerian border post.", "Tunisia also cut ties with Morocco.", "The Arab League urged the two countries to show restraint."],
    );
    let appeals: Vec<&str> = events.iter().filter(|e| e.code.starts_with("02")).map(|e| e.target.as_str()).collect();
    assert!(appeals.contains(&"DZA") && appeals.contains(&"MAR") && !appeals.contains(&"TUN"), "{events:#?}");
}

#[test]
fn a_rejected_ruling_answers_the_court_that_gave_it() {
    let events = story((2022, 3, 18), &["The International Court of Justice ordered Russia to halt its military operations.", "Moscow rejected the ruling on Thursday."]);
    assert!(has_prefixes(&events, "RUS", "12", "IGOUNOICJ"), "{events:#?}");
    // A ruling with its own author is that author's.
    let events = story((2022, 3, 18), &["The International Court of Justice ordered Russia to halt its military operations.", "Moscow rejected the Kyiv court's ruling on Thursday."]);
    assert!(!has_prefixes(&events, "RUS", "12", "IGO"), "{events:#?}");
}

#[test]
fn readiness_to_talk_or_work_with_someone_is_aimed_at_them() {
    let events = story((2024, 5, 2), &["Hamas said it was willing to talk with Israel."]);
    assert!(has_prefixes(&events, "PSE", "03", "ISR"), "{events:#?}");
    let events = story((2024, 5, 2), &["Iran said it was ready to work with the IAEA."]);
    assert!(has_prefixes(&events, "IRN", "03", "IGOUNOIAE"), "{events:#?}");
}

#[test]
fn the_one_granted_asylum_is_the_target() {
    // "granted him asylum" with "him" a second object; "granted Assad
    // asylum" with the name a compound of "asylum".
    let events = story((2024, 4, 7), &["Police arrested Jorge Glas on Friday.", "Mexico had granted him political asylum."]);
    assert!(has_prefixes(&events, "MEX", "075", "ECU"), "{events:#?}");
    let events = story((2024, 6, 1), &["Russia granted Assad asylum."]);
    assert!(has_prefixes(&events, "RUS", "075", "SYR"), "{events:#?}");
}
