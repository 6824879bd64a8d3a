//! Rules prompted by the fresh-u stories (crates/pipeline/tests/data/fresh-u:
//! long analyses and features of 2024–2025), each checked on sentences
//! written for the test, not taken from a story.

mod common;

use common::{has_prefixes, story};

#[test]
fn a_name_tagged_as_an_interjection_before_a_relative_clause_is_the_subject() {
    // "Trump" read as the card-game word, hung on the relative clause.
    let events = story((2025, 4, 2), &["Trump, who met Netanyahu at the White House on Monday, said on Tuesday he would raise tariffs."]);
    assert!(has_prefixes(&events, "USA", "04", "ISR"), "{events:#?}");
}

#[test]
fn a_subject_read_as_an_apposition_of_a_weekday_is_the_verbs_subject() {
    let events = story((2025, 3, 20), &["For now, the war grinds on: on Tuesday, the RSF shelled a camp near El Fasher, killing 12 people, according to medics, while army drones hit positions in Nyala, witnesses said."]);
    assert!(events.iter().any(|e| e.source.starts_with("SDNREB") && e.code.starts_with("19") && e.target.starts_with("SDN") && e.date.is_some_and(|d| d.to_string() == "2025-03-18")), "{events:#?}");
    let events = story((2025, 3, 20), &["The truce is fraying: on Sunday, Hamas fired rockets at Israel, according to the army."]);
    assert!(events.iter().any(|e| e.source.starts_with("PSE") && e.code.starts_with("19") && e.target.starts_with("ISR") && e.date.is_some_and(|d| d.to_string() == "2025-03-16")), "{events:#?}");
}

#[test]
fn a_subject_read_as_a_conjunct_of_a_fronted_clause_is_the_main_verbs_subject() {
    // "observers" hung as a conjunct of "signed"; the past "when" clause is
    // a fact, whatever the observers expected.
    let events = story((2025, 6, 2), &["When Turkish President Recep Tayyip Erdogan and Syrian leader Ahmed al-Sharaa signed a defence accord in Ankara in March, few observers expected that Israeli jets would be striking Syrian bases within weeks."]);
    assert!(has_prefixes(&events, "TUR", "05", "SYR"), "{events:#?}");
    assert!(has_prefixes(&events, "SYR", "05", "TUR"), "{events:#?}");
    // The expectation itself stays unasserted.
    assert!(!events.iter().any(|e| e.code.starts_with("19")), "{events:#?}");
    // A time clause after a hedged main clause stays inside the hedge.
    let events = story((2025, 6, 2), &["Analysts believed Ankara could win concessions before Israel bombed the Syrian bases in April."]);
    assert!(!events.iter().any(|e| e.code.starts_with("19")), "{events:#?}");
}

#[test]
fn the_accused_between_the_verb_and_its_of_gerund_is_the_object() {
    let events = story((2024, 3, 2), &["Lukashenko accused the European Union of trying to destabilise Belarus."]);
    assert!(has_prefixes(&events, "BLRGOV", "11", "IGOEUR"), "{events:#?}");
    let events = story((2024, 3, 2), &["Speaking in Caracas, Maduro said he would never surrender and accused the United States of plotting a coup."]);
    assert!(has_prefixes(&events, "VENGOV", "11", "USA"), "{events:#?}");
}

#[test]
fn a_warning_of_what_the_speaker_could_do_under_a_condition_is_a_threat() {
    let events = story((2025, 5, 20), &["Trump warned on Monday that he could impose new tariffs on China if Beijing did not open its markets."]);
    assert!(has_prefixes(&events, "USA", "13", "CHN"), "{events:#?}");
    // What a thing could do is no threat.
    let events = story((2025, 5, 20), &["The minister warned that the fighting could spread if the talks failed."]);
    assert!(!events.iter().any(|e| e.code.starts_with("13")), "{events:#?}");
}

#[test]
fn two_sides_reaching_a_deal_is_a_signing_both_ways() {
    let events = story((2024, 8, 2), &["Armenia and Azerbaijan reached an agreement on the border on Friday."]);
    assert!(has_prefixes(&events, "ARM", "05", "AZE"), "{events:#?}");
    assert!(has_prefixes(&events, "AZE", "05", "ARM"), "{events:#?}");
}

#[test]
fn the_main_verb_hung_deep_inside_a_whose_clause_is_the_main_verb() {
    let events = story((2023, 6, 9), &["The Sudanese army clashed with the RSF in Omdurman on Monday.", "The African Union chairman, Moussa Faki Mahamat, whose envoys have held separate meetings with both sides, called on Friday for an immediate truce in Khartoum and urged the warring parties to open safe corridors for civilians."]);
    assert!(events.iter().any(|e| e.source.starts_with("IGOAFR") && e.code.starts_with("02") && e.target.starts_with("SDN")), "{events:#?}");
}

#[test]
fn a_main_verb_read_as_a_conjunct_of_the_subjects_relative_clause_is_the_main_verb() {
    let events = story((2025, 1, 11), &["Iran and Iraq, which have sold Syria billions of dollars of oil since the 2010s, congratulated al-Sharaa, and the speaker of Iran's parliament, Mohammad Bagher Ghalibaf, visited Damascus on Friday."]);
    assert!(has_prefixes(&events, "IRN", "05", "SYR"), "{events:#?}");
    assert!(has_prefixes(&events, "IRQ", "05", "SYR"), "{events:#?}");
    assert!(has_prefixes(&events, "IRNLEG", "04", "SYR"), "{events:#?}");
    // Iraq did not visit.
    assert!(!has_prefixes(&events, "IRQ", "04", "SYR"), "{events:#?}");
}
