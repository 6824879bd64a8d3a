//! Measures one state takes against another: sanctions set off by a
//! mechanism ("triggered the return of U.N. sanctions on Iran", "invoked
//! the snapback": imposing them, 163, or threatening to, 1312, when it is
//! said they will be), a permission taken back (160). Sentences written
//! for the test.

mod common;

use common::{has_prefixes, story};

#[test]
fn setting_off_the_return_of_sanctions_imposes_them() {
    let events = story((2020, 9, 20), &["The United States triggered the return of U.N. sanctions on Iran on Saturday."]);
    assert!(has_prefixes(&events, "USA", "163", "IRN"), "{events:#?}");
    let events = story((2025, 8, 28), &["Britain and France invoked the snapback mechanism against Iran on Thursday."]);
    assert!(has_prefixes(&events, "GBR", "163", "IRN") || has_prefixes(&events, "GBR", "163", ""), "{events:#?}");
    let events = story((2025, 7, 20), &["Germany said it would seek the reimposition of U.N. sanctions on Iran if talks failed."]);
    assert!(has_prefixes(&events, "DEU", "1312", "IRN"), "{events:#?}");
}

#[test]
fn taking_back_a_states_permission_reduces_relations() {
    let events = story((2024, 8, 8), &["Nicaragua revoked Mexico's permission to represent its interests in Managua."]);
    assert!(has_prefixes(&events, "NIC", "16", "MEX"), "{events:#?}");
}
