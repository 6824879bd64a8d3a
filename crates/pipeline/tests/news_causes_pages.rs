//! Rules from a causes round on the real news pages and the dev errors of
//! `demarche eval news`, each checked on sentences written for the test,
//! not taken from a page or story.

mod common;

use common::{has_prefixes, story};

#[test]
fn a_comment_on_an_act_is_aimed_at_the_act_s_author_named_by_by() {
    // The news conventions' rule 4: "condemned the attack by X" is aimed at X.
    let events = story((2024, 6, 1), &["Armenia strongly opposed violations of the ceasefire by Azerbaijan on Saturday."]);
    assert!(has_prefixes(&events, "ARM", "11", "AZE"), "{events:#?}");
    // The author wins over the place the act hit.
    let events = story((2024, 6, 1), &["Moldova condemned the attack by Russia on a maternity hospital in Odesa."]);
    assert!(has_prefixes(&events, "MDA", "11", "RUS"), "{events:#?}");
    assert!(!events.iter().any(|e| e.source.starts_with("MDA") && e.target.starts_with("UKR")), "{events:#?}");
    let events = story((2024, 6, 1), &["Qatar welcomed the release of three hostages by Hamas."]);
    assert!(has_prefixes(&events, "QAT", "05", "PSE"), "{events:#?}");
    // An object that is itself an actor stays the target.
    let events = story((2024, 6, 1), &["Jordan criticised Israel over the raid by settlers near Hebron."]);
    assert!(has_prefixes(&events, "JOR", "11", "ISR"), "{events:#?}");
    // Nothing named after "by": no target.
    let events = story((2024, 6, 1), &["Lithuania condemned the attack by night on a shopping centre."]);
    assert!(events.iter().any(|e| e.source == "LTU" && e.code.starts_with("11") && e.target.is_empty()), "{events:#?}");
}

#[test]
fn a_participle_read_as_a_second_verb_is_a_reduced_relative() {
    // "announced … by X" with the "by" phrase on the time noun, "carried
    // out by X" read as a conjunct: the participle modifies the object, and
    // its agent is the author the comment is aimed at.
    let events = story((2024, 6, 1), &["Sweden condemned the decision announced on Tuesday by Hungarian Prime Minister Viktor Orban."]);
    assert!(has_prefixes(&events, "SWE", "11", "HUN"), "{events:#?}");
    let events = story((2024, 6, 1), &["Algeria denounced the air strikes carried out by Morocco near the border."]);
    assert!(has_prefixes(&events, "DZA", "11", "MAR"), "{events:#?}");
    // A verb with a subject of its own is no participle.
    let events = story((2024, 6, 1), &["Chile said the talks ended by Friday without a deal."]);
    assert!(!events.iter().any(|e| e.code.starts_with("11")), "{events:#?}");
}

#[test]
fn naming_an_act_or_actor_by_a_judgement_is_criticism() {
    let events = story((2024, 6, 1), &["Russia labelled the exiled opposition leader a traitor on Monday."]);
    assert!(events.iter().any(|e| e.source.starts_with("RUS") && e.code == "111"), "{events:#?}");
    let events = story((2024, 6, 1), &["The European Union labelled the referendum an illegal act."]);
    assert!(events.iter().any(|e| e.source.starts_with("IGOEUR") && e.code == "111"), "{events:#?}");
    let events = story((2024, 6, 1), &["The African Union called the coup an extremely damaging development for the region."]);
    assert!(events.iter().any(|e| e.source.starts_with("IGOAFR") && e.code == "111"), "{events:#?}");
    // A product labelled is no naming; an option considered is still 014;
    // a neutral naming is nothing.
    let events = story((2024, 6, 1), &["Brazil labelled the imported beef a risk to consumers."]);
    assert!(!events.iter().any(|e| e.code.starts_with("11")), "{events:#?}");
    let events = story((2024, 6, 1), &["Germany is considering sending air defence systems to Ukraine."]);
    assert!(events.iter().any(|e| e.source == "DEU" && e.code == "014"), "{events:#?}");
    let events = story((2024, 6, 1), &["Kenya called the meeting a useful exchange."]);
    assert!(!events.iter().any(|e| e.code.starts_with("11")), "{events:#?}");
}

#[test]
fn considering_someone_something_weighs_no_option() {
    let events = story((2024, 6, 1), &["The Palestinian Authority considers the United States biased."]);
    assert!(!events.iter().any(|e| e.code == "014"), "{events:#?}");
    let events = story((2024, 6, 1), &["Hungary considers Serbia a close partner."]);
    assert!(!events.iter().any(|e| e.code == "014"), "{events:#?}");
}

#[test]
fn a_name_opening_a_clause_after_and_is_its_verb_s_subject() {
    // "…, and the African Union called for restraint" with "called" read
    // as a participle on "Union", or "Germany" as a conjunct of the first
    // verb: the name is the second clause's subject.
    let events = story((2024, 6, 1), &["Egypt urged the two sides to resume talks through mediators, and the African Union called for restraint."]);
    assert!(events.iter().any(|e| e.source.starts_with("IGOAFR") && e.code.starts_with("02")), "{events:#?}");
    let events = story((2024, 6, 1), &["Spain condemned the shelling, and Italy called for an inquiry."]);
    assert!(events.iter().any(|e| e.source == "ITA" && e.code.starts_with("0")), "{events:#?}");
    let events = story((2024, 6, 1), &["Canada condemned the shelling, and the United Nations called for an inquiry."]);
    assert!(events.iter().any(|e| e.source.starts_with("IGOUNO") && e.code.starts_with("0")), "{events:#?}");
    // "A and the European Union called on …" under a broken root.
    let events = story((2024, 6, 1), &["Norway and the European Union called on Somali leaders to agree on an election timetable."]);
    assert!(events.iter().any(|e| e.source.starts_with("IGOEUR") && e.code.starts_with("02") && e.target.starts_with("SOM")), "{events:#?}");
    assert!(events.iter().any(|e| e.source == "NOR" && e.code.starts_with("02") && e.target.starts_with("SOM")), "{events:#?}");
    // A lower-case noun is no name: "…, and the shells fired" stays a
    // participle phrase.
    let events = story((2024, 6, 1), &["Serbia condemned the shelling, and the shells fired at the village."]);
    assert!(!events.iter().any(|e| e.code.starts_with("19") && e.source.starts_with("SRB")), "{events:#?}");
}
