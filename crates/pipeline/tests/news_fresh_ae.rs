//! Rules from the fresh-ae round (wire news of 2003–2008): people of that
//! decade by the role they held on the day (a deposed president, members of
//! the Iraqi Governing Council, a former U.N. chief as the African Union's
//! mediator, an opposition leader before he joined the government), each
//! checked on sentences written for the test, not taken from a story.

mod common;

use common::{has_prefixes, story};

#[test]
fn a_deposed_president_in_hiding_or_in_custody_is_still_an_actor() {
    let events = story((2006, 11, 6), &["An Iraqi court sentenced Saddam Hussein to death on Sunday."]);
    assert!(events.iter().any(|e| e.source.starts_with("IRQ") && e.target.starts_with("IRQELI")), "{events:#?}");
    let events = story((2005, 10, 20), &["Saddam Hussein accused the court of serving the American occupation."]);
    assert!(has_prefixes(&events, "IRQELI", "112", "IRQ"), "{events:#?}");
    // In power, he is the government.
    let events = story((2002, 11, 13), &["Saddam Hussein accused Washington of plotting an invasion of Iraq."]);
    assert!(has_prefixes(&events, "IRQGOV", "112", "USA"), "{events:#?}");
}

#[test]
fn members_of_the_governing_council_are_iraq_s_government_while_it_sat() {
    let events = story((2004, 2, 10), &["Adnan Pachachi urged the United Nations to send its staff back to Baghdad."]);
    assert!(has_prefixes(&events, "IRQGOV", "02", "IGOUNO"), "{events:#?}");
    let events = story((2003, 9, 20), &["The Iraqi Governing Council criticised Turkey's plan to send troops."]);
    assert!(events.iter().any(|e| e.source.starts_with("IRQGOV") && e.code.starts_with("11")), "{events:#?}");
    // After the council was dissolved its name codes nothing.
    let events = story((2006, 9, 20), &["Adnan Pachachi urged the United Nations to send its staff back to Baghdad."]);
    assert!(!events.iter().any(|e| e.source.starts_with("IRQGOV")), "{events:#?}");
}

#[test]
fn annan_mediating_for_the_african_union_in_2008_speaks_for_it() {
    let events = story((2008, 2, 5), &["Kofi Annan urged Kenyan leaders to end the violence in the Rift Valley."]);
    assert!(events.iter().any(|e| e.source.starts_with("IGOAFRAFU") && e.code.starts_with("02") && e.target.starts_with("KEN")), "{events:#?}");
    // As Secretary-General he is the United Nations.
    let events = story((2004, 5, 5), &["Kofi Annan urged Sudan to disarm the militias in Darfur."]);
    assert!(has_prefixes(&events, "IGOUNO", "02", "SDN"), "{events:#?}");
}

#[test]
fn odinga_before_the_power_sharing_deal_is_the_opposition() {
    let events = story((2008, 1, 10), &["Raila Odinga accused President Mwai Kibaki of stealing the election."]);
    assert!(has_prefixes(&events, "KENOPP", "112", "KENGOV"), "{events:#?}");
    let events = story((2009, 1, 10), &["Raila Odinga accused the police of killing demonstrators."]);
    assert!(events.iter().any(|e| e.source.starts_with("KENGOV")), "{events:#?}");
}
