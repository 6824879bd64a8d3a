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

/// "… and vowed retaliation" with the participle read as an adjective of
/// its object: a past participle after "and", before a bare noun, with a
/// verb before the "and", is that verb's conjunct (and a threat made so
/// takes the party of the act it is coordinated with).
#[test]
fn a_conjoined_past_read_as_a_modifier_is_a_verb() {
    let events = story((2024, 5, 2), &["Pakistan blamed India for the bombing and vowed retaliation."]);
    assert!(events.iter().any(|e| e.source.starts_with("PAK") && e.code.starts_with("13") && e.target.starts_with("IND")), "{events:#?}");
    // ("and allied militias": a participle that is mostly an adjective.)
    let events = story((2024, 5, 2), &["Sudanese troops and allied militias attacked the rebels in Darfur."]);
    assert!(events.iter().any(|e| e.source == "SDNMIL" && e.code.starts_with("19")), "{events:#?}");
}

/// A cut in relations that names no one, coordinated with an act aimed at
/// someone, is aimed at that one too.
#[test]
fn a_cut_in_relations_coordinated_with_an_aimed_act_takes_its_party() {
    let events = story((2023, 1, 24), &["Turkey summoned the Swedish ambassador and suspended talks on the accession."]);
    assert!(events.iter().any(|e| e.source.starts_with("TUR") && e.code.starts_with("16") && e.target.starts_with("SWE")), "{events:#?}");
}
