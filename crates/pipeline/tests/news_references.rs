//! References news resolves from the story around them, on stories of our
//! own: "both sides" / "the parties" are the two sides of the latest
//! interaction (not whoever was named last), "the South" / "the North" are
//! the Koreas only in a story about Korea, and a denial about the speaker's
//! own country has no target.

mod common;

use demarche_code::Event;
use demarche_pipeline::Pipeline;

fn code(pipeline: &Pipeline, paragraphs: &[&str]) -> Vec<Event> {
    common::code_story(pipeline, (2025, 3, 4), paragraphs)
}

fn in_sentence<'e>(events: &'e [Event], words: &str) -> Vec<&'e Event> {
    events.iter().filter(|e| e.text.contains(words)).collect()
}

#[test]
fn both_sides_are_the_sides_of_the_latest_interaction() {
    let pipeline = Pipeline::builtin();
    let events = code(
        &pipeline,
        &[
            "Colombia's government and the ELN signed a ceasefire agreement in Havana on Monday.",
            "The ELN accused Ecuador of sheltering dissident fighters.",
            "Cuba urged both sides to respect the ceasefire.",
        ],
    );
    let appeal = in_sentence(&events, "Cuba urged");
    let targets: Vec<&str> = appeal.iter().filter(|e| e.code.starts_with("02")).map(|e| e.target.as_str()).collect();
    assert!(targets.iter().any(|t| t.starts_with("COLGOV")) && targets.iter().any(|t| t.starts_with("COLREB")), "{events:#?}");
    // The accusation in between names Ecuador, which is no side.
    assert!(!targets.iter().any(|t| t.starts_with("ECU")), "{events:#?}");
}

#[test]
fn the_parties_without_an_earlier_interaction_fall_back_to_the_actors_named() {
    let pipeline = Pipeline::builtin();
    let events = code(&pipeline, &["Ethiopia accused Somalia of backing rebel groups.", "Turkey urged both sides to show restraint."]);
    let targets: Vec<&str> = in_sentence(&events, "Turkey urged").iter().filter(|e| e.code.starts_with("02")).map(|e| e.target.as_str()).collect();
    assert!(targets.iter().any(|t| t.starts_with("ETH")) && targets.iter().any(|t| t.starts_with("SOM")), "{events:#?}");
}

#[test]
fn the_south_is_south_korea_only_in_a_story_about_korea() {
    let pipeline = Pipeline::builtin();
    let korea = code(&pipeline, &["North Korea fired two ballistic missiles into the sea on Monday.", "Pyongyang accused the South of staging provocative drills."]);
    assert!(in_sentence(&korea, "accused the South").iter().any(|e| e.code.starts_with("11") && e.target == "KOR"), "{korea:#?}");
    let elsewhere = code(&pipeline, &["Sudan's army retook a town from the Rapid Support Forces.", "The army accused the South of arming the paramilitary group."]);
    assert!(!elsewhere.iter().any(|e| e.target == "KOR"), "{elsewhere:#?}");
}

#[test]
fn denying_ones_own_countrys_role_targets_no_one() {
    let pipeline = Pipeline::builtin();
    let events = code(&pipeline, &["Serbian President Aleksandar Vucic denied any involvement by Belgrade in the attack."]);
    let denial: Vec<&Event> = events.iter().filter(|e| e.code.starts_with("01")).collect();
    assert!(!denial.is_empty() && denial.iter().all(|e| e.target.is_empty()), "{events:#?}");
}

#[test]
fn rescue_teams_are_aid_and_troops_for_a_mission_are_peacekeeping() {
    let pipeline = Pipeline::builtin();
    let events = code(&pipeline, &["Japan sent rescue teams to Turkey after the earthquake.", "Italy sent more soldiers to the peacekeeping mission in Lebanon."]);
    assert!(events.iter().any(|e| e.source == "JPN" && e.code == "073" && e.target == "TUR"), "{events:#?}");
    assert!(events.iter().any(|e| e.source == "ITA" && e.code == "074" && e.target == "LBN"), "{events:#?}");
    assert!(!events.iter().any(|e| e.code.starts_with("04") || e.code.starts_with("15")), "{events:#?}");
}

#[test]
fn an_ally_is_no_one_the_speaker_just_opposed() {
    let pipeline = Pipeline::builtin();
    let events = code(&pipeline, &["Russia, which has a defence pact with Belarus, condemned Poland's military buildup and said it stood with its ally."]);
    assert!(events.iter().any(|e| e.source == "RUS" && e.code.starts_with("11") && e.target.starts_with("POL")), "{events:#?}");
    assert!(events.iter().any(|e| e.source == "RUS" && e.code == "051" && e.target == "BLR"), "{events:#?}");
    assert!(!events.iter().any(|e| e.code == "051" && e.target == "POL"), "{events:#?}");
}

#[test]
fn troops_sent_to_a_state_are_military_aid_unless_the_two_are_opposed() {
    let pipeline = Pipeline::builtin();
    let aid = code(&pipeline, &["Egypt sent troops to Somalia in August."]);
    assert!(aid.iter().any(|e| e.source == "EGY" && e.code == "072" && e.target == "SOM"), "{aid:#?}");
    let hostile = code(&pipeline, &["Ethiopia accused Eritrea of shelling border towns.", "Ethiopia sent troops to Eritrea in August."]);
    assert!(hostile.iter().any(|e| e.code == "154") && !hostile.iter().any(|e| e.code == "072"), "{hostile:#?}");
    let border = code(&pipeline, &["Egypt sent troops to the border with Sudan in August."]);
    assert!(!border.iter().any(|e| e.code == "072"), "{border:#?}");
}

#[test]
fn leaving_an_organisation_named_by_name_targets_it() {
    let pipeline = Pipeline::builtin();
    let events = code(
        &pipeline,
        &["Hungary said on Monday it was withdrawing from the International Criminal Court.", "Nicaragua quit the Organization of American States in November."],
    );
    assert!(in_sentence(&events, "Hungary said").iter().any(|e| e.source == "HUN" && e.code.starts_with("16") && e.target.starts_with("IGO")), "{events:#?}");
    assert!(in_sentence(&events, "Nicaragua quit").iter().any(|e| e.source == "NIC" && e.code.starts_with("16") && e.target.starts_with("IGO")), "{events:#?}");
}

#[test]
fn they_after_a_compound_speaker_is_every_speaker() {
    let pipeline = Pipeline::builtin();
    let events = code(&pipeline, &["The governments of Guinea and Gabon said on Friday they were leaving the African Union."]);
    for s in ["GIN", "GAB"] {
        assert!(events.iter().any(|e| e.source.starts_with(s) && e.code.starts_with("16") && e.target.starts_with("IGO")), "{s}: {events:#?}");
    }
    // A single speaker stays one actor.
    let one = code(&pipeline, &["Guinea's government said on Friday it was leaving the African Union."]);
    assert_eq!(one.iter().filter(|e| e.code.starts_with("16")).count(), 1, "{one:#?}");
}

#[test]
fn a_plural_of_a_body_each_state_has_one_of_stands_for_the_states_named() {
    let pipeline = Pipeline::builtin();
    let events = code(
        &pipeline,
        &[
            "Mali, Burkina Faso and Niger said on Sunday they would form a confederation.",
            "The three juntas accused France of backing jihadist groups.",
            "Ghana's president urged the juntas to hold elections.",
        ],
    );
    let targets: Vec<&str> = in_sentence(&events, "Ghana's president").iter().filter(|e| e.code.starts_with("02")).map(|e| e.target.as_str()).collect();
    for t in ["MLIGOV", "BFAGOV", "NERGOV"] {
        assert!(targets.contains(&t), "{t}: {events:#?}");
    }
    // "the rebels" stays one group's members, not several states.
    let rebels = code(&pipeline, &["Sudan and Chad signed a border deal.", "The rebels attacked a convoy near the border."]);
    assert!(in_sentence(&rebels, "The rebels").iter().all(|e| !e.source.contains("GOV")), "{rebels:#?}");
}

#[test]
fn personnel_promised_for_a_mission_is_an_intent_to_keep_the_peace() {
    let pipeline = Pipeline::builtin();
    let events = code(&pipeline, &["Chad and Benin have also promised to send personnel.", "Senegal pledged to deploy police officers to Mali."]);
    for s in ["TCD", "BEN"] {
        assert!(events.iter().any(|e| e.source == s && e.code == "0334" && e.target.is_empty()), "{s}: {events:#?}");
    }
    assert!(events.iter().any(|e| e.source == "SEN" && e.code == "0334" && e.target == "MLI"), "{events:#?}");
}

#[test]
fn the_two_leaders_are_the_governments_that_last_signed_and_pledge_to_each_other() {
    let pipeline = Pipeline::builtin();
    let events = code(
        &pipeline,
        &[
            "Chinese President Xi Jinping and Brazilian President Luiz Inacio Lula da Silva signed a trade agreement in Beijing on Monday.",
            "Japan's foreign ministry said it was watching the visit closely.",
            "The two leaders agreed to expand cooperation in trade and energy.",
        ],
    );
    let pledges: Vec<(&str, &str)> = in_sentence(&events, "The two leaders").iter().filter(|e| e.code.starts_with("03")).map(|e| (e.source.as_str(), e.target.as_str())).collect();
    assert!(pledges.contains(&("CHNGOV", "BRAGOV")) && pledges.contains(&("BRAGOV", "CHNGOV")), "{events:#?}");
    assert!(!pledges.iter().any(|(s, t)| s.starts_with("JPN") || t.starts_with("JPN")), "{events:#?}");
}

#[test]
fn one_party_or_side_is_not_both_sides() {
    let pipeline = Pipeline::builtin();
    let events = code(&pipeline, &["Israel and Hamas signed a truce in Cairo on Monday.", "The other side criticised Iran on Tuesday."]);
    let criticism = in_sentence(&events, "other side");
    assert!(criticism.len() <= 1, "a singular side is one actor: {criticism:#?}");
}

#[test]
fn the_global_south_is_no_half_of_korea() {
    let pipeline = Pipeline::builtin();
    let events = code(&pipeline, &["South Korea and Japan held talks in Seoul on Monday.", "The Global South criticised the sanctions on Tuesday."]);
    assert!(!in_sentence(&events, "Global South").iter().any(|e| e.source == "KOR"), "{events:#?}");
}

#[test]
fn a_pattern_role_filled_by_an_agent_is_not_the_target() {
    let pipeline = Pipeline::builtin();
    let events = code(&pipeline, &["South Korea accused North Korea of firing missiles on Monday.", "North Korea put its troops on high alert on Tuesday."]);
    assert!(!in_sentence(&events, "high alert").iter().any(|e| e.target.ends_with("MIL")), "{events:#?}");
}
