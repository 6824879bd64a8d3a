//! Civil society acts on its own state's organs: a doctors' committee, a
//! lawyers' union, rights activists or students accusing "the security
//! forces" of a story about their country. Sentences written for the test,
//! not taken from a story.

mod common;

use common::{has_prefixes, story};

#[test]
fn a_doctors_union_accuses_its_own_states_police() {
    // "the security forces", named before as Ethiopian, are the target:
    // doctors are not on the side of their state's police.
    let events = story(
        (2024, 9, 2),
        &[
            "ADDIS ABABA (Reuters) - Ethiopian police fired tear gas at striking health workers outside the ministry on Monday.",
            "The doctors' union accused the security forces of beating its members.",
        ],
    );
    assert!(has_prefixes(&events, "ETH", "11", "ETHCOP"), "{events:#?}");
}

#[test]
fn a_teachers_union_condemns_its_own_states_police() {
    let events = story(
        (2025, 2, 10),
        &[
            "NAIROBI (Reuters) - Kenyan police arrested dozens of teachers who marched on parliament on Monday.",
            "The teachers' union accused the police of using excessive force.",
        ],
    );
    assert!(has_prefixes(&events, "KEN", "11", "KENCOP"), "{events:#?}");
}
