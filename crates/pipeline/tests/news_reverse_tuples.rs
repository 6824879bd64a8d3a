//! Events two sides do to each other (README of fixtures/news, "What is
//! coded" rule 7; the codes in crates/code/data/mutual-codes.tsv): a joint
//! subject, a "they" under a joint speaker, a pronoun as a first conjunct,
//! "the two sides" after a meeting in the same sentence. Checked on
//! sentences written for the test, not taken from a story.

mod common;

use common::{has_prefixes, story};

#[test]
fn they_under_a_joint_speaker_is_both_sides_of_a_mutual_act() {
    let events = story((2024, 3, 4), &["Kenya and Uganda said they would hold talks on the border dispute next month."]);
    assert!(has_prefixes(&events, "KEN", "03", "UGA"), "{events:#?}");
    assert!(has_prefixes(&events, "UGA", "03", "KEN"), "{events:#?}");
    // A group among the speakers is one of "them" too, whatever its number.
    let events = story((2023, 6, 2), &["The Colombian government and the ELN said they would resume peace talks in Caracas."]);
    assert!(has_prefixes(&events, "COL", "03", "COLREB"), "{events:#?}");
    assert!(has_prefixes(&events, "COLREB", "03", "COL"), "{events:#?}");
}

#[test]
fn they_standing_for_one_actor_makes_no_meeting() {
    // "they" under a single speaker is no second side: a meeting needs two.
    let events = story((2024, 3, 4), &["Kenya said they would meet again in March."]);
    assert!(!events.iter().any(|e| e.code.starts_with("04") || e.code.starts_with("03")), "{events:#?}");
}

#[test]
fn a_pronoun_first_conjunct_signs_with_the_second() {
    let events = story((2024, 5, 10), &["Turkish President Tayyip Erdogan defended the gas deal, which he and Azerbaijani President Ilham Aliyev signed in Baku last year."]);
    assert!(has_prefixes(&events, "TUR", "057", "AZE"), "{events:#?}");
    assert!(has_prefixes(&events, "AZE", "057", "TUR"), "{events:#?}");
}

#[test]
fn the_two_sides_are_the_ones_that_just_met_in_the_sentence() {
    // The earlier sentence's sides (China and the Philippines) are not
    // "the two sides" of a meeting named in this one.
    let events = story(
        (2023, 3, 21),
        &[
            "Chinese coast guard ships fired water cannon at a Philippine supply boat on Sunday.",
            "Indian Prime Minister Narendra Modi met visiting Japanese Prime Minister Fumio Kishida in New Delhi on Monday, and the two sides agreed to expand defence cooperation.",
        ],
    );
    assert!(has_prefixes(&events, "IND", "03", "JPN"), "{events:#?}");
    assert!(has_prefixes(&events, "JPN", "03", "IND"), "{events:#?}");
    assert!(!events.iter().any(|e| e.code.starts_with("03") && (e.source.starts_with("CHN") || e.target.starts_with("CHN"))), "{events:#?}");
}

#[test]
fn a_meeting_with_a_named_partner_stays_one_way() {
    // Rule 7: "A met B" is A→B only; a joint subject is both ways.
    let events = story((2024, 3, 4), &["Kenyan President William Ruto met Ugandan President Yoweri Museveni in Entebbe on Friday."]);
    assert!(has_prefixes(&events, "KEN", "04", "UGA"), "{events:#?}");
    assert!(!has_prefixes(&events, "UGA", "04", "KEN"), "{events:#?}");
    let events = story((2024, 3, 4), &["Ruto and Museveni met in Entebbe on Friday."]);
    assert!(has_prefixes(&events, "KEN", "04", "UGA"), "{events:#?}");
    assert!(has_prefixes(&events, "UGA", "04", "KEN"), "{events:#?}");
}

#[test]
fn the_mutual_code_list_separates_acts_done_together_from_one_sided_ones() {
    use demarche_code::model::{joint_code, reciprocal_code};
    // Meeting, talks, signing: done together, matched without a target.
    for code in ["040", "041", "046", "057", "0353", "030"] {
        assert!(reciprocal_code(code) && joint_code(code), "{code}");
    }
    // Intents to negotiate or cooperate: both ways only when the pattern
    // matched on its own.
    for code in ["036", "037", "031", "0311", "0312"] {
        assert!(!reciprocal_code(code) && joint_code(code), "{code}");
    }
    // Visiting, hosting, mediating and attacking are done by one side (and
    // "031 exact" with its two listed sub-codes does not reach the others).
    for code in ["042", "043", "045", "0314", "190", "112"] {
        assert!(!joint_code(code), "{code}");
    }
}
