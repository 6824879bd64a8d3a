//! A threat that names no one to bear it, made in one breath with an act
//! aimed at someone (a verb coordinated with it, sharing its subject), is
//! aimed at that one. Sentences written for the test.

mod common;

use common::story;

#[test]
fn a_threat_coordinated_with_an_aimed_act_takes_its_party() {
    let events = story((2024, 3, 2), &["The African Union suspended Gabon and threatened to impose sanctions if the soldiers did not return to barracks."]);
    assert!(events.iter().any(|e| e.code.starts_with("13") && e.target.starts_with("GAB")), "{events:#?}");
    let events = story((2024, 3, 2), &["Turkish President Recep Tayyip Erdogan spoke with Greek Prime Minister Kyriakos Mitsotakis and warned that any move to arm the islands would be treated as an act of aggression."]);
    assert!(events.iter().any(|e| e.source.starts_with("TUR") && e.code.starts_with("13") && e.target.starts_with("GRC")), "{events:#?}");
}

#[test]
fn a_threat_coordinated_with_an_order_does_not_aim_at_the_one_ordered() {
    let events = story((2024, 3, 2), &["Mali's junta threatened to use force and ordered Wagner mercenaries to secure the northern towns."]);
    assert!(!events.iter().any(|e| e.code.starts_with("13") && e.target.starts_with("RUS")), "{events:#?}");
}
