//! Rules from the fresh-ag round (Africa 2023–2025): "the junta" as the
//! state named as ruled by its military before one only named by its armed
//! forces, "the juntas" as the states listed together lately, and people of
//! the period by the role they held on the day, each checked on sentences
//! written for the test, not taken from a story.

mod common;

use common::{has_prefixes, story};

#[test]
fn the_junta_is_the_state_named_as_military_ruled_not_a_foreign_army() {
    let events = story(
        (2023, 9, 2),
        &[
            "Niger's junta, led by General Abdourahamane Tiani, held a rally in Niamey on Saturday.",
            "Thousands of people gathered outside the French military base near the airport.",
            "The junta accused Paris of preparing an attack.",
        ],
    );
    assert!(has_prefixes(&events, "NERGOV", "11", "FRA"), "{events:#?}");
    assert!(!events.iter().any(|e| e.source.starts_with("FRAGOV") && e.code.starts_with("11")), "{events:#?}");
    // With only an army named before, that army's state still rules.
    let events = story((2021, 2, 3), &["Myanmar's army detained Aung San Suu Kyi on Monday.", "The junta declared a state of emergency and accused the election commission of fraud."]);
    assert!(!events.iter().any(|e| e.source.starts_with("FRA")), "{events:#?}");
    assert!(events.iter().any(|e| e.source.starts_with("MMRGOV")), "{events:#?}");
}

#[test]
fn the_juntas_after_a_list_of_states_are_each_of_those_states() {
    let events = story((2024, 12, 1), &["Paris pulled its soldiers out of Mali, Burkina Faso and Niger after a series of coups.", "The juntas then asked Moscow for military help."]);
    for state in ["MLI", "BFA", "NER"] {
        assert!(events.iter().any(|e| e.source.starts_with(state) && e.target.starts_with("RUS") && e.code.starts_with("02")), "{state}: {events:#?}");
    }
    assert!(!events.iter().any(|e| e.source.starts_with("FRA") && e.target.starts_with("RUS")), "{events:#?}");
}

#[test]
fn african_office_holders_of_2023_to_2025_by_their_role_on_the_day() {
    let events = story((2024, 11, 20), &["Chadian Foreign Minister Abderaman Koulamallah accused Sudan of spreading false claims."]);
    assert!(has_prefixes(&events, "TCDGOV", "11", "SDN"), "{events:#?}");
    let events = story((2024, 3, 10), &["Prime Minister Succes Masra urged the army to protect voters."]);
    assert!(events.iter().any(|e| e.source.starts_with("TCDGOV") && e.code.starts_with("02")), "{events:#?}");
    let events = story((2024, 9, 10), &["Succes Masra accused President Mahamat Idriss Deby of rigging the vote."]);
    assert!(has_prefixes(&events, "TCDOPP", "11", "TCDGOV"), "{events:#?}");
    let events = story((2024, 6, 2), &["Michael Makuei Lueth accused the United Nations of meddling in South Sudan's affairs."]);
    assert!(has_prefixes(&events, "SSDGOV", "11", "IGOUNO"), "{events:#?}");
    let events = story((2024, 8, 20), &["Nicholas Haysom urged South Sudan's leaders to prepare for elections."]);
    assert!(events.iter().any(|e| e.source.starts_with("IGOUNO") && e.code.starts_with("02") && e.target.starts_with("SSD")), "{events:#?}");
    let events = story((2024, 2, 12), &["Yakubu Gowon appealed to the Economic Community of West African States to lift its sanctions on Niger."]);
    assert!(events.iter().any(|e| e.source.starts_with("NGAELI") && e.code.starts_with("02")), "{events:#?}");
    // Griffiths led the U.N. aid office from 2021 to 2024.
    let events = story((2023, 11, 10), &["Martin Griffiths urged Israel to let fuel into Gaza."]);
    assert!(has_prefixes(&events, "IGOUNO", "02", "ISR"), "{events:#?}");
}

#[test]
fn a_passive_accusation_before_a_charge_the_accused_denies_keeps_its_accuser() {
    // The parser makes "denies" the root and the accusation its adverbial
    // clause; the accusation is the sentence and the denial sums it up.
    let events = story((2024, 6, 3), &["Kenya has also been accused by Sudan's army of allowing supplies from the United Arab Emirates to reach the paramilitary forces, a charge Nairobi denies."]);
    assert!(has_prefixes(&events, "SDN", "11", "KEN"), "{events:#?}");
    // A parse that already has the accusation as the root stays as it was.
    let events = story((2024, 6, 3), &["Ethiopia has been accused by Somalia of arming clan militias near the border, a claim Addis Ababa rejects."]);
    assert!(has_prefixes(&events, "SOM", "11", "ETH"), "{events:#?}");
}
