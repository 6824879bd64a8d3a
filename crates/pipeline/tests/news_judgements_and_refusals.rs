//! Stop 35's general fixes: judgements that make a naming criticism, and
//! refusals. Sentences written for the test.

mod common;

use common::story;

/// "called the ruling inflammatory", "called his remarks offensive": an
/// adjective of condemnation as the predicate of "call X …" is criticism
/// of X's author (111), like "called it a farce".
#[test]
fn calling_something_unjust_is_criticism() {
    let events = story((2024, 2, 14), &["Beijing called the Philippine decision inflammatory."]);
    assert!(events.iter().any(|e| e.source == "CHN" && e.target == "PHL" && e.code == "111"), "{events:#?}");
    let events = story((2025, 1, 9), &["Venezuelan Foreign Minister Yvan Gil called Argentina's remarks insulting and offensive."]);
    assert!(events.iter().any(|e| e.source == "VENGOV" && e.target == "ARG" && e.root_code == "11"), "{events:#?}");
}

/// "warned that Moscow would cut off gas": a warning of what the
/// speaker's own side, named, will do is a threat (of force when the act
/// is force); a warning of what another side will do is a remark.
#[test]
fn a_warning_of_ones_own_sides_act_is_a_threat() {
    let events = story((2024, 11, 5), &["Kremlin spokesman Dmitry Peskov warned that Moscow would halt gas deliveries to Moldova."]);
    assert!(events.iter().any(|e| e.source == "RUSGOV" && e.root_code == "13"), "{events:#?}");
    let events = story((2024, 11, 5), &["Iranian Foreign Minister Abbas Araghchi warned that Iran would strike Israeli bases in the region."]);
    assert!(events.iter().any(|e| e.source == "IRNGOV" && e.code == "138"), "{events:#?}");
    let events = story((2024, 11, 5), &["Ukrainian officials warned that Russia would launch a new offensive in the spring."]);
    assert!(!events.iter().any(|e| e.root_code == "13"), "{events:#?}");
}

/// "Gazprom halted gas deliveries", "sanctions on Rosneft": a firm is its
/// home country's business (`RUSBUS`), multinationals too, so its acts and
/// the acts on it are that country's at the root.
#[test]
fn a_company_is_its_countrys_business() {
    let events = story((2025, 1, 2), &["Gazprom halted gas deliveries to Moldova on Wednesday."]);
    assert!(events.iter().any(|e| e.source == "RUSBUS" && e.target == "MDA" && e.root_code == "16"), "{events:#?}");
    let events = story((2025, 10, 23), &["The U.S. Treasury imposed sanctions on Lukoil and Rosneft."]);
    assert!(events.iter().any(|e| e.source == "USAGOV" && e.target == "RUSBUS" && e.root_code == "16"), "{events:#?}");
}

/// "came as Araghchi was on a visit to Muscat" with "as Araghchi" read as
/// an oblique ("as president"): a subordinator's noun phrase followed at
/// once by the copula or auxiliary of a later predicate is that clause's
/// subject, so the visit is his.
#[test]
fn a_subordinate_subject_before_a_copula_is_the_clauses() {
    let events = story((2025, 5, 9), &["The vote came as Araghchi was on a visit to Muscat."]);
    assert!(events.iter().any(|e| e.source == "IRNGOV" && e.target == "OMN" && e.code == "042"), "{events:#?}");
}
