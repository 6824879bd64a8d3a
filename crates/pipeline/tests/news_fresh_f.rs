//! Rules prompted by the fresh-f stories (crates/pipeline/tests/data/fresh-f:
//! the Middle East 2024–2026), each checked on sentences written for the
//! test, not taken from a story.

mod common;

use common::story;



#[test]
fn a_dateline_of_two_places_is_no_actor() {
    let events = story((2025, 9, 2), &["BAGHDAD/ERBIL, Sept 2 (Reuters) - Turkish warplanes bombed Kurdish militant positions in northern Iraq on Tuesday."]);
    // The dateline is a sentence of its own: the report is the second.
    assert!(events.iter().any(|e| e.sentence == 1 && e.source.starts_with("TUR") && e.code.starts_with("19")), "{events:#?}");
    assert!(!events.iter().any(|e| e.source.starts_with("GBR") || e.source.starts_with("IRQ")), "{events:#?}");
}

#[test]
fn a_condition_the_parser_made_the_main_clause_is_not_coded() {
    // The "if" clause comes first and the parser makes it the root.
    let events = story((2025, 9, 2), &["If the Houthis were to attack more tankers, insurers would pull out, and shippers said costs might soar."]);
    assert!(!events.iter().any(|e| e.source.starts_with("YEM")), "{events:#?}");
    // A condition hung on a speech verb; the threat of the main clause stays.
    let events = story((2025, 9, 2), &["But if Hezbollah resumed its attacks, Israeli officials said, the army would strike Beirut."]);
    assert!(!events.iter().any(|e| e.code.starts_with("19") && e.source.starts_with("LBN")), "{events:#?}");
    assert!(events.iter().any(|e| e.code.starts_with("13") && e.source.starts_with("ISR")), "{events:#?}");
    // A fact stays one.
    let events = story((2025, 9, 2), &["Hezbollah resumed its attacks on Sunday, Israeli officials said."]);
    assert!(events.iter().any(|e| e.code.starts_with("19") && e.source.starts_with("LBN")), "{events:#?}");
}

#[test]
fn warning_someone_not_to_act_is_a_threat_to_them() {
    let events = story((2025, 4, 3), &["The Pentagon chief warned Hezbollah not to attack Israeli towns."]);
    assert!(events.iter().any(|e| e.source.starts_with("USA") && e.code.starts_with("13") && e.target.starts_with("LBN")), "{events:#?}");
}

#[test]
fn vowing_that_a_state_will_face_punishment_threatens_it() {
    let events = story((2025, 4, 3), &["The Houthi leader vowed that America would face a harsh response."]);
    assert!(common::has_prefixes(&events, "YEM", "13", "USA"), "{events:#?}");
    // Facing a thing that is no punishment is no threat.
    let events = story((2025, 4, 3), &["The Houthi leader vowed that Yemen would face its challenges with courage."]);
    assert!(!events.iter().any(|e| e.code.starts_with("13")), "{events:#?}");
}

#[test]
fn people_killed_in_a_named_place_are_that_place_s() {
    // The story's last state is Israel; the dead are in Lebanon.
    let events = story((2024, 10, 2), &["Israel struck targets overnight.", "Israeli air strikes killed 25 people across Lebanon on Tuesday, the health ministry said."]);
    assert!(events.iter().any(|e| e.sentence == 1 && e.source.starts_with("ISR") && e.target.starts_with("LBN") && e.code.starts_with("1")), "{events:#?}");
    assert!(!events.iter().any(|e| e.sentence == 1 && e.target.starts_with("ISR")), "{events:#?}");
}

#[test]
fn the_agency_is_the_organisation_whose_name_says_agency() {
    // The African Union is the organisation named last; "the agency" is
    // still the refugee agency.
    let events = story((2025, 2, 10), &[
        "Lebanon asked the UN refugee agency for help on Monday.",
        "The African Union said it was ready to mediate.",
        "Hezbollah fighters raided the agency's warehouse in Tyre.",
        "The agency condemned the raid.",
    ]);
    assert!(events.iter().any(|e| e.sentence == 2 && e.target.starts_with("IGOUNO") && e.code.starts_with("19")), "{events:#?}");
    assert!(events.iter().any(|e| e.sentence == 3 && e.source.starts_with("IGOUNO") && e.code.starts_with("11")), "{events:#?}");
    assert!(!events.iter().any(|e| e.sentence == 3 && e.source.starts_with("IGOAFR")), "{events:#?}");
    // The speaker's own agency is no other party.
    let events = story((2025, 2, 10), &["The African Union said it was ready to mediate.", "The head of the International Atomic Energy Agency has repeatedly said the agency must know what happened to the uranium."]);
    assert!(!events.iter().any(|e| e.sentence == 1 && e.target.starts_with("IGOAFR")), "{events:#?}");
}

#[test]
fn starting_the_process_to_reimpose_sanctions_imposes_them() {
    let events = story((2025, 9, 1), &["The United States and Britain on Monday triggered the process to reimpose sanctions on Venezuela."]);
    assert!(common::has_prefixes(&events, "USA", "163", "VEN"), "{events:#?}");
    assert!(common::has_prefixes(&events, "GBR", "163", "VEN"), "{events:#?}");
}

#[test]
fn a_second_past_verb_read_as_a_participle_of_the_object_keeps_its_subject() {
    let events = story((2025, 9, 1), &["The Egyptian foreign ministry denounced the raid and called on Israel to withdraw its forces from Rafah."]);
    assert!(common::has_prefixes(&events, "EGY", "02", "ISR"), "{events:#?}");
}

#[test]
fn saying_a_party_reneged_accuses_it() {
    let events = story((2025, 2, 10), &["The Kremlin said Kyiv had reneged on the prisoner swap."]);
    assert!(common::has_prefixes(&events, "RUS", "11", "UKR"), "{events:#?}");
}
