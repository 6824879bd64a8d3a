//! Rules for causes left by earlier rounds (a title noun read as a verb
//! before a name, a demonym and a hyphenated given name in a coordinated
//! subject, missiles fired toward the sea as a test), each checked on
//! sentences written for the test, not taken from a story.

mod common;

use common::{has_prefixes, story};

#[test]
fn a_spokeswoman_before_her_name_is_the_speaker_not_a_verb() {
    // The parser tags "spokeswoman" a present-tense verb in these.
    let events = story((2025, 3, 4), &["Foreign Ministry spokeswoman Maria Zakharova accused Kyiv of sabotaging the grain deal."]);
    assert!(has_prefixes(&events, "RUSGOV", "112", "UKR"), "{events:#?}");
    let events = story((2025, 3, 4), &["Russia's Foreign Ministry spokeswoman Maria Zakharova said on Monday that British instructors in Ukraine would be legitimate targets for the Russian army."]);
    assert!(events.iter().any(|e| e.source.starts_with("RUSGOV") && e.code.starts_with("13")), "{events:#?}");
    // A spokesman the parser reads right keeps his event.
    let events = story((2025, 3, 4), &["Chinese Foreign Ministry spokesman Lin Jian condemned the new U.S. export curbs."]);
    assert!(has_prefixes(&events, "CHNGOV", "111", ""), "{events:#?}");
}

#[test]
fn a_hyphenated_given_name_and_a_demonym_titled_name_are_one_subject() {
    let events = story((2025, 9, 2), &["South Korean President Lee Jae-myung and Japanese Prime Minister Shigeru Ishiba agreed on Tuesday to expand defence cooperation."]);
    assert!(has_prefixes(&events, "KORGOV", "03", "JPNGOV"), "{events:#?}");
    assert!(has_prefixes(&events, "JPNGOV", "03", "KORGOV"), "{events:#?}");
    let events = story((2024, 3, 20), &["Foreign Minister Cho Tae-yul and Japanese Foreign Minister Yoko Kamikawa condemned North Korea over its satellite launch."]);
    assert!(has_prefixes(&events, "KORGOV", "11", "PRK"), "{events:#?}");
    assert!(has_prefixes(&events, "JPNGOV", "11", "PRK"), "{events:#?}");
    let events = story((2023, 3, 17), &["President Yoon Suk-yeol and Japanese Prime Minister Fumio Kishida held talks in Tokyo on Thursday."]);
    assert!(has_prefixes(&events, "KORGOV", "04", "JPNGOV"), "{events:#?}");
}

#[test]
fn missiles_fired_toward_the_sea_or_a_compass_point_are_a_show_of_force() {
    let events = story((2025, 10, 1), &["North Korea launched two cruise missiles toward the northwest on Tuesday, the South Korean military said."]);
    assert!(has_prefixes(&events, "PRK", "150", ""), "{events:#?}");
    assert!(!events.iter().any(|e| e.code.starts_with("19")), "{events:#?}");
    let events = story((2025, 10, 1), &["North Korea fired a short-range ballistic missile off its west coast on Sunday."]);
    assert!(has_prefixes(&events, "PRK", "150", ""), "{events:#?}");
    // Fired at someone, it stays an attack.
    let events = story((2025, 10, 1), &["The Houthis fired two missiles at a cargo ship off the coast of Yemen on Monday."]);
    assert!(events.iter().any(|e| e.source.starts_with("YEM") && e.code.starts_with("19")), "{events:#?}");
}

#[test]
fn military_aircraft_named_without_a_country_are_the_story_s() {
    let story_start = "The Rapid Support Forces shelled the city of El Obeid in Sudan on Monday.";
    let events = story((2024, 6, 14), &[story_start, "The RSF blamed army aircraft for bombing a market in the city."]);
    assert!(has_prefixes(&events, "SDNREB", "112", "SDN"), "{events:#?}");
    let events = story((2024, 6, 14), &[story_start, "Rebels accused government aircraft of firing on villages."]);
    assert!(has_prefixes(&events, "SDNREB", "112", "SDN"), "{events:#?}");
    // A country's aircraft stay that country's.
    let events = story((2024, 6, 14), &[story_start, "Chadian aircraft struck RSF positions near the border."]);
    assert!(events.iter().any(|e| e.source.starts_with("TCD") && e.code.starts_with("19")), "{events:#?}");
}

#[test]
fn a_place_struck_by_its_own_state_s_forces_is_not_one_of_both_sides() {
    let events = story(
        (2024, 6, 14),
        &[
            "Sudan's army and the Rapid Support Forces fought for control of Khartoum on Thursday.",
            "The RSF said army aircraft had bombed residential districts of Bahri.",
            "Egypt urged both sides to return to talks.",
        ],
    );
    let appeals: Vec<_> = events.iter().filter(|e| e.source.starts_with("EGY") && e.code.starts_with("02")).collect();
    assert!(appeals.iter().any(|e| e.target.starts_with("SDNREB")), "{events:#?}");
    assert!(appeals.iter().any(|e| e.target.starts_with("SDNMIL")), "{events:#?}");
}
