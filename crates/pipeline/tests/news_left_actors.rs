//! Actor-resolution causes left by the fresh-v to fresh-y helpers (see the
//! "left" sections of tests/data/fresh-{v,w,x,y}/README.md), each rule
//! checked on sentences written for the test, not taken from a story.

mod common;

use common::{has_prefixes, story};

#[test]
fn a_domestic_sector_in_a_city_belongs_to_the_citys_country() {
    let events = story((2025, 5, 4), &["Opposition leaders in Caracas accused President Nicolas Maduro of rigging the vote on Sunday."]);
    assert!(has_prefixes(&events, "VENOPP", "11", "VEN"), "{events:#?}");
    let events = story((2024, 6, 26), &["Trade unions in Nairobi accused the police of killing protesters."]);
    assert!(events.iter().any(|e| e.source.starts_with("KENLAB")), "{events:#?}");
    // A sector that names its country keeps it.
    let events = story((2024, 3, 1), &["Russian opposition leaders in Vilnius accused the Kremlin of murdering Alexei Navalny."]);
    assert!(has_prefixes(&events, "RUSOPP", "11", "RUS"), "{events:#?}");
    assert!(!events.iter().any(|e| e.source.starts_with("LTU")), "{events:#?}");
}

#[test]
fn a_party_adjective_names_the_partys_country_and_its_administration() {
    let events = story((2025, 3, 4), &["A group of Republican senators urged the administration on Monday to impose new sanctions on Iran."]);
    assert!(has_prefixes(&events, "USA", "02", "USAGOV"), "{events:#?}");
}

#[test]
fn a_church_without_a_country_is_the_storys_states() {
    // Not the state named last.
    let events = story((2025, 1, 20), &[
        "Colombia's government suspended peace talks with the ELN on Friday.",
        "President Gustavo Petro asked Venezuela to stop the rebels from using its territory.",
        "The Catholic Church urged the government to resume the talks.",
    ]);
    assert!(has_prefixes(&events, "COLREL", "02", "COL"), "{events:#?}");
    assert!(!events.iter().any(|e| e.source.starts_with("VENREL")), "{events:#?}");
}

#[test]
fn a_party_adjective_inside_an_unknown_name_names_no_party() {
    let events = story((2025, 3, 27), &["Sudan's army recaptured the Republican Palace in central Khartoum on Friday."]);
    assert!(!events.iter().any(|e| e.target.starts_with("USA")), "{events:#?}");
    let events = story((2025, 3, 4), &["Republican Senator Lindsey Graham urged the administration to arm Ukraine."]);
    assert!(has_prefixes(&events, "USA", "02", "USAGOV"), "{events:#?}");
}

#[test]
fn both_governments_are_states_not_a_region_named_in_passing() {
    let events = story((2024, 7, 31), &[
        "Congo and Rwanda agreed on a ceasefire in Luanda on Tuesday.",
        "\"Nobody should be under any illusion,\" one Western envoy said.",
        "The United States welcomed the agreement and urged both governments to respect it.",
    ]);
    assert!(has_prefixes(&events, "USA", "02", "COD"), "{events:#?}");
    assert!(has_prefixes(&events, "USA", "02", "RWA"), "{events:#?}");
    assert!(!events.iter().any(|e| e.target.starts_with("WST")), "{events:#?}");
}
