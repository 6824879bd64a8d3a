//! Causes earlier rounds found but left (relative clauses on the subject,
//! verbs coordinated after a reported clause, clauses a speaker merely
//! describes, groups named by common words), each checked on sentences
//! written for the test.

mod common;

use common::story;

#[test]
fn a_relative_clause_on_the_subject_keeps_the_main_event() {
    // The subject read as an oblique of the main verb.
    let events = story((2016, 6, 1), &["Ban Ki-moon, who is expected to step down at the end of the year, urged Pyongyang to return to talks."]);
    assert!(common::has_prefixes(&events, "IGOUNO", "02", "PRK"), "{events:#?}");
    // The relative clause read as the main one, the main verb its conjunct.
    let events = story((2024, 6, 1), &["Egypt's foreign minister, who arrived in Amman on Monday, met Jordanian Foreign Minister Ayman Safadi."]);
    assert!(events.iter().any(|e| e.source == "EGYGOV" && e.code.starts_with("04") && e.target_text.contains("Safadi")), "{events:#?}");
    // A relative clause with a subject of its own is no subject for the main verb.
    let events = story((2024, 6, 1), &["On Monday, which Egypt marks as a holiday, Jordan's king met Qatar's emir."]);
    assert!(!events.iter().any(|e| e.source.starts_with("EGY")), "{events:#?}");
}

#[test]
fn rights_and_aid_groups_without_a_country_are_ngos() {
    let events = story((2024, 6, 1), &["Human rights groups accused Egyptian authorities of torturing detainees in Cairo."]);
    assert!(common::has_exact(&events, "NGO", "1122", "EGYGOV"), "{events:#?}");
    let events = story((2024, 6, 1), &["Aid groups urged Israel to open more crossings into Gaza."]);
    assert!(events.iter().any(|e| e.source == "NGO" && e.code.starts_with("02") && e.target.starts_with("ISR")), "{events:#?}");
    // A country named with them keeps them its own.
    let events = story((2024, 6, 1), &["Egyptian rights groups accused the police of torturing detainees."]);
    assert!(events.iter().any(|e| e.source == "EGYHRI"), "{events:#?}");
}

#[test]
fn an_appeal_after_a_reported_clause_is_the_speaker_s() {
    // An expletive "there" lends no subject to the verb after it.
    let events = story((2024, 6, 1), &["Egypt's foreign minister said there was evidence of Israeli violations and called on Israel to withdraw its troops."]);
    assert!(events.iter().any(|e| e.source == "EGYGOV" && e.code.starts_with("02") && e.target.starts_with("ISR")), "{events:#?}");
    // "called for" is an appeal of the speaker's, not a second predicate of
    // the reported clause.
    let events = story((2024, 6, 1), &["Jordan's foreign minister said the situation was dangerous and called for an immediate ceasefire."]);
    assert!(events.iter().any(|e| e.source == "JORGOV" && e.code.starts_with("02")), "{events:#?}");
    // After a noun predicate, and after a progressive whose "was" a passive
    // "called on all parties" could not share.
    let events = story((2024, 6, 1), &["Egypt's foreign minister said the raid was a flagrant breach of the truce and called on the Security Council to act."]);
    assert!(events.iter().any(|e| e.source == "EGYGOV" && e.code.starts_with("02") && e.target == "IGOUNO"), "{events:#?}");
    let events = story((2024, 6, 1), &["The Saudi foreign ministry said the kingdom was watching events closely and called on all parties to exercise restraint."]);
    assert!(events.iter().any(|e| e.source == "SAUGOV" && e.code.starts_with("02")), "{events:#?}");
}

#[test]
fn conduct_a_speaker_describes_is_no_act_of_its_subject() {
    // The speaker's characterisation, not a report that Moscow mocked anyone.
    let events = story((2024, 6, 1), &["Germany's foreign minister said Moscow was mocking the peace efforts."]);
    assert!(!events.iter().any(|e| e.source.starts_with("RUS") && e.code.starts_with("11")), "{events:#?}");
    // Acts beyond words reported by a speaker stay the subject's.
    let events = story((2024, 6, 1), &["Germany's foreign minister said Moscow was massing troops on the border."]);
    assert!(events.iter().any(|e| e.source.starts_with("RUS") && e.code.starts_with("15")), "{events:#?}");
}

#[test]
fn a_relative_clause_answers_the_proposal_its_noun_names() {
    // The proposal's author, the subject of the verb that made it, is the target.
    let events = story((2024, 6, 1), &["Moscow offered a ceasefire proposal, which Kyiv rejected."]);
    assert!(events.iter().any(|e| e.source == "UKR" && e.code.starts_with("12") && e.target == "RUS"), "{events:#?}");
    // The noun's words count for the pattern: accepting a plan.
    let events = story((2024, 6, 1), &["Egypt presented a plan that Hamas accepted on Monday."]);
    assert!(events.iter().any(|e| e.source.starts_with("PSE") && e.code.starts_with("03") && e.target == "EGY"), "{events:#?}");
    // A proposal whose author is not known has no target.
    let events = story((2024, 6, 1), &["Israel rejected a plan, which Hamas also rejected."]);
    assert!(events.iter().any(|e| e.source.starts_with("PSE") && e.code.starts_with("12") && e.target.is_empty()), "{events:#?}");
}

#[test]
fn a_threat_a_speaker_describes_is_no_threat_unless_its_content_is_reported() {
    let events = story((2024, 6, 1), &["The Philippine foreign ministry said China was bullying its smaller neighbours."]);
    assert!(!events.iter().any(|e| e.source.starts_with("CHN") && e.code.starts_with("13")), "{events:#?}");
    let events = story((2024, 6, 1), &["Germany's foreign minister said Russia was threatening to cut gas supplies to Europe."]);
    assert!(events.iter().any(|e| e.source.starts_with("RUS") && e.code.starts_with("13")), "{events:#?}");
}
