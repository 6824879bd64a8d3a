//! Rules from the fresh-an round (Gaza, Israel, the West Bank and Lebanon
//! 2023–2025), each checked on sentences written for the test, not taken
//! from a story.

mod common;

use common::{has_prefixes, story};

#[test]
fn a_condemned_attack_named_by_its_kind_is_the_storys_attacker() {
    let events = story(
        (2022, 5, 3),
        &["Turkish warplanes bombed villages in northern Iraq on Monday, killing four people.", "The government in Baghdad condemned the bombing and summoned the Turkish charge d'affaires."],
    );
    assert!(has_prefixes(&events, "IRQ", "11", "TUR"), "{events:#?}");
    let events = story((2021, 2, 8), &["Ethiopian troops shelled a market in the town on Sunday.", "The African Union deplored the killing."]);
    assert!(has_prefixes(&events, "IGO", "11", "ETH"), "{events:#?}");
    // The plural may be a campaign's, not the story's one act.
    let events = story((2021, 2, 8), &["Ethiopian troops shelled a market in the town on Sunday.", "The African Union deplored the killings."]);
    assert!(!events.iter().any(|e| e.source.starts_with("IGO") && e.code.starts_with("11") && !e.target.is_empty()), "{events:#?}");
    // Violence by both sides names neither.
    let events = story((2021, 2, 8), &["Ethiopian troops shelled a market in the town on Sunday.", "Eritrean forces attacked an Ethiopian border post.", "The African Union deplored the attack."]);
    assert!(!events.iter().any(|e| e.source.starts_with("IGO") && e.code.starts_with("11") && !e.target.is_empty()), "{events:#?}");
    // A police raid is not the attack condemned.
    let events = story((2023, 6, 1), &["Riot police raided the offices of the opposition newspaper in Dakar on Tuesday.", "Amnesty International condemned the raid."]);
    assert!(!events.iter().any(|e| e.source.starts_with("NGO") && e.code.starts_with("11") && !e.target.is_empty()), "{events:#?}");
    // Rebels and the army of one state are two sides.
    let events = story(
        (2024, 3, 5),
        &["Rebels of the National Liberation Army attacked an army base in Arauca on Monday.", "Colombian soldiers shelled rebel camps in the mountains.", "The European Union condemned the attack."],
    );
    assert!(!events.iter().any(|e| e.source.starts_with("IGO") && e.code.starts_with("11") && !e.target.is_empty()), "{events:#?}");
}

#[test]
fn a_courts_decision_or_warrants_welcomed_or_condemned_target_the_court() {
    let events = story(
        (2023, 3, 17),
        &["The International Criminal Court issued an arrest warrant for Vladimir Putin on Friday.", "Ukraine's foreign minister welcomed the decision."],
    );
    assert!(has_prefixes(&events, "UKR", "05", "IGO"), "{events:#?}");
    let events = story(
        (2023, 3, 17),
        &["The International Criminal Court issued arrest warrants for two Russian officials on Friday.", "Moscow condemned the warrants as legally void."],
    );
    assert!(has_prefixes(&events, "RUS", "11", "IGO"), "{events:#?}");
    // With no court in the story a decision stays the speaker's business.
    let events = story((2023, 3, 17), &["The cabinet met on Friday.", "Ukraine's foreign minister welcomed the decision."]);
    assert!(!events.iter().any(|e| e.target.starts_with("IGO")), "{events:#?}");
}

#[test]
fn an_appeal_after_and_is_the_speakers_not_the_reported_clauses() {
    // "called on" after a clause with a modal cannot share the modal: the
    // speaker, not the reported clause's subject, makes the appeal.
    for text in [
        "He said Hamas would have no say in the reconstruction of Gaza and called on the group to release the captives.",
    ] {
        let events = story((2024, 6, 3), &["French Foreign Minister Jean-Noel Barrot spoke in Paris on Monday.", text]);
        assert!(events.iter().any(|e| e.source.starts_with("FRA") && e.code.starts_with("02")), "{text}: {events:#?}");
        assert!(!events.iter().any(|e| !e.source.starts_with("FRA") && e.code.starts_with("02")), "{text}: {events:#?}");
    }
}

#[test]
fn an_appeal_hung_on_the_noun_of_a_concern_is_the_concerned_speakers() {
    let events = story((2023, 7, 4), &["The European Union was deeply concerned by the offensive and called on Azerbaijan to halt its attacks, a spokesman said."]);
    assert!(has_prefixes(&events, "IGO", "02", "AZE"), "{events:#?}");
}

#[test]
fn backing_an_actors_right_supports_the_actor() {
    let events = story((2022, 3, 1), &["The German chancellor said Berlin fully backed Ukraine's right to defend itself against the invasion."]);
    assert!(has_prefixes(&events, "DEU", "05", "UKR"), "{events:#?}");
}

#[test]
fn pressing_on_with_an_offensive_in_a_place_attacks_it() {
    let events = story((2016, 10, 20), &["Iraqi troops pressed on with their offensive in Mosul on Thursday."]);
    assert!(has_prefixes(&events, "IRQ", "19", ""), "{events:#?}");
    let events = story((2023, 11, 20), &["Sudanese paramilitary forces pushed ahead with an assault on El Fasher."]);
    assert!(events.iter().any(|e| e.code.starts_with("19") && e.target.starts_with("SDN")), "{events:#?}");
}
