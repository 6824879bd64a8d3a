//! Rules prompted by the fresh-l stories (crates/pipeline/tests/data/fresh-l:
//! the Koreas, Taiwan, and elections and crises with foreign reactions),
//! each checked on sentences written for the test, not taken from a story.

mod common;

use common::story;

#[test]
fn calling_something_a_dangerous_thing_is_criticism() {
    let events = story((2023, 5, 10), &["Lithuanian President Gitanas Nauseda called Belarus a dangerous neighbour on Wednesday."]);
    assert!(common::has_prefixes(&events, "LTUGOV", "111", "BLR"), "{events:#?}");
    // A praising description is none.
    let events = story((2023, 5, 10), &["Lithuanian President Gitanas Nauseda called Belarus a valuable neighbour on Wednesday."]);
    assert!(!events.iter().any(|e| e.code.starts_with("11")), "{events:#?}");
}

#[test]
fn calling_an_act_an_abduction_is_criticism() {
    let events = story((2023, 7, 2), &["Kenyan opposition leader Raila Odinga called the arrest of his allies an abduction."]);
    assert!(events.iter().any(|e| e.source == "KENOPP" && e.code.starts_with("11")), "{events:#?}");
    let events = story((2023, 7, 2), &["Kenyan opposition leader Raila Odinga called the arrest of his allies a mistake by the police."]);
    assert!(events.iter().any(|e| e.source == "KENOPP" && e.code.starts_with("11")), "{events:#?}");
    let events = story((2023, 7, 2), &["Kenyan opposition leader Raila Odinga called the arrest of his allies a matter for the courts."]);
    assert!(!events.iter().any(|e| e.code.starts_with("11")), "{events:#?}");
}

#[test]
fn engaged_troops_have_their_nationality_as_target() {
    let events = story((2024, 3, 2), &["Ukrainian forces engaged Russian troops near Kupiansk on Saturday."]);
    assert!(common::has_prefixes(&events, "UKRMIL", "19", "RUS"), "{events:#?}");
}

#[test]
fn keeping_on_working_with_a_state_is_cooperation() {
    let events = story((2024, 3, 2), &["Australia will keep working with Indonesia on fisheries, Foreign Minister Penny Wong said."]);
    assert!(common::has_prefixes(&events, "AUS", "03", "IDN"), "{events:#?}");
    let events = story((2024, 3, 2), &["Australia continued working with Indonesia on Monday."]);
    assert!(common::has_prefixes(&events, "AUS", "05", "IDN"), "{events:#?}");
}

#[test]
fn a_nationality_hung_on_the_verb_still_qualifies_the_subject() {
    // The parser hangs the first word on the verb; without it "Foreign
    // Minister Wang" names no country.
    let events = story((2024, 8, 1), &["Chinese Foreign Minister Wang met Japanese officials in Vientiane."]);
    assert!(common::has_prefixes(&events, "CHNGOV", "04", "JPN"), "{events:#?}");
    let events = story((2022, 8, 4), &["Chinese Foreign Minister Wang Yi cancelled a meeting with Japan."]);
    assert!(common::has_prefixes(&events, "CHNGOV", "12", "JPN"), "{events:#?}");
}

#[test]
fn a_plural_possessive_apostrophe_is_no_quote() {
    // "the Kenyan authorities' decision": one object, the decision of the
    // authorities, not a welcome of the authorities as visitors (043).
    let events = story((2024, 6, 26), &["The African Union welcomed the Kenyan authorities' decision to send police officers."]);
    assert!(events.iter().any(|e| e.source.starts_with("IGOAFR") && e.code.starts_with("05")), "{events:#?}");
    assert!(!events.iter().any(|e| e.code == "043"), "{events:#?}");
    // A quoted plural stays a quotation.
    let events = story((2024, 6, 26), &["The minister called the men 'terrorists' and vowed to arrest them."]);
    assert!(!events.iter().any(|e| e.code == "043"), "{events:#?}");
}

#[test]
fn police_raids_are_coercion_not_fighting() {
    let events = story((2024, 12, 3), &["Georgian police raided the offices of three opposition parties in Tbilisi on Tuesday."]);
    assert!(events.iter().any(|e| e.source == "GEOCOP" && e.code.starts_with("17")), "{events:#?}");
    assert!(!events.iter().any(|e| e.source == "GEOCOP" && e.code.starts_with("19")), "{events:#?}");
    // Troops raiding a town still fight.
    let events = story((2024, 12, 3), &["Israeli troops raided the Jenin refugee camp on Tuesday."]);
    assert!(!events.iter().any(|e| e.source.starts_with("ISR") && e.code.starts_with("17")), "{events:#?}");
}

#[test]
fn office_holders_of_the_crises_are_known() {
    // A suspended president is still named as one; a leader who resigned
    // and fled keeps her office on the day she left.
    let events = story((2025, 1, 15), &["South Korean investigators arrested Yoon Suk Yeol at his residence in Seoul on Wednesday."]);
    assert!(events.iter().any(|e| e.target == "KORGOV" && e.code.starts_with("17")), "{events:#?}");
    let events = story((2024, 8, 5), &["Sheikh Hasina met Indian officials in Delhi on Monday, hours after she resigned."]);
    assert!(common::has_prefixes(&events, "BGDGOV", "04", "IND"), "{events:#?}");
    let events = story((2024, 8, 7), &["Army chief Waker-Uz-Zaman met President Mohammed Shahabuddin on Wednesday."]);
    assert!(common::has_exact(&events, "BGDMIL", "040", "BGDGOV"), "{events:#?}");
    let events = story((2021, 5, 3), &["Premier Su Tseng-chang criticised China for blocking vaccine deals."]);
    assert!(common::has_prefixes(&events, "TWNGOV", "11", "CHN"), "{events:#?}");
    let events = story((2024, 12, 9), &["Calin Georgescu accused Romania's government of stealing the election."]);
    assert!(common::has_prefixes(&events, "ROUOPP", "11", "ROU"), "{events:#?}");
    let events = story((2023, 5, 12), &["Pakistan Rangers detained hundreds of protesters in Lahore."]);
    assert!(events.iter().any(|e| e.source == "PAKMIL" && e.code.starts_with("17")), "{events:#?}");
    let events = story((2024, 12, 5), &["The Korean Confederation of Trade Unions accused President Yoon Suk Yeol of betraying the constitution."]);
    assert!(common::has_prefixes(&events, "KORLAB", "11", "KORGOV"), "{events:#?}");
}

#[test]
fn forces_moving_into_a_zone_of_a_named_place_target_its_state() {
    let events = story((2024, 12, 10), &["Israeli troops moved into the buffer zone on the Golan Heights on Monday."]);
    assert!(events.iter().any(|e| e.source.starts_with("ISR") && e.code.starts_with("19") && e.target == "SYR"), "{events:#?}");
    // A zone of no named place has no target.
    let events = story((2024, 12, 10), &["Israeli troops moved into the buffer zone on Monday."]);
    assert!(!events.iter().any(|e| e.code.starts_with("19") && !e.target.is_empty()), "{events:#?}");
}

#[test]
fn a_people_after_an_appeal_verb_is_its_object_not_a_second_subject() {
    let events = story((2024, 12, 6), &["President Klaus Iohannis urged Hungarians to stay calm."]);
    assert!(common::has_prefixes(&events, "ROUGOV", "02", "HUN"), "{events:#?}");
}

#[test]
fn a_bare_the_two_after_a_meeting_is_both_officials() {
    let events = story((2024, 6, 19), &["Russian President Vladimir Putin met North Korean leader Kim Jong Un in Pyongyang on Wednesday.", "The two signed a mutual defence pact."]);
    assert!(events.iter().any(|e| e.sentence == 1 && e.source == "RUSGOV" && e.target == "PRKGOV"), "{events:#?}");
    assert!(events.iter().any(|e| e.sentence == 1 && e.source == "PRKGOV" && e.target == "RUSGOV"), "{events:#?}");
}

#[test]
fn ordering_the_release_of_a_person_releases_them() {
    let events = story((2019, 4, 20), &["Sudan's military council ordered the release of opposition leader Sadiq al-Mahdi on Saturday."]);
    assert!(events.iter().any(|e| e.source.starts_with("SDN") && e.code == "0841"), "{events:#?}");
    // Funds released are no prisoner.
    let events = story((2019, 4, 20), &["Sudan's military council ordered the release of funds for hospitals on Saturday."]);
    assert!(!events.iter().any(|e| e.code.starts_with("08")), "{events:#?}");
}

#[test]
fn unnamed_student_leaders_are_the_story_s_students() {
    let events = story((2024, 8, 5), &["Bangladesh's army chief said the military would form an interim government.", "Student leaders rejected any government led by the military."]);
    assert!(events.iter().any(|e| e.sentence == 1 && e.source == "BGDEDU" && e.code.starts_with("12")), "{events:#?}");
}
