//! Rules from the fresh-ai round (the Korean peninsula, Japan, China and the
//! Taiwan Strait, 2023–2025), each checked on sentences written for the
//! test, not taken from a story.

mod common;

use common::{has_prefixes, story};

#[test]
fn okano_is_japan_s_vice_foreign_minister_until_january_2025() {
    let events = story((2024, 8, 27), &["Masataka Okano summoned the Chinese ambassador over the incursion."]);
    assert!(has_prefixes(&events, "JPNGOV", "", "CHN"), "{events:#?}");
    // Then Funakoshi holds the post.
    let events = story((2025, 3, 4), &["Takehiro Funakoshi summoned the Chinese ambassador over the incursion."]);
    assert!(has_prefixes(&events, "JPNGOV", "", "CHN"), "{events:#?}");
}

#[test]
fn a_name_right_after_a_fronted_date_is_the_subject() {
    let events = story((2025, 6, 10), &["On Monday Ishiba held a video call with Lee Jae-myung."]);
    assert!(has_prefixes(&events, "JPNGOV", "04", "KORGOV"), "{events:#?}");
    let events = story((2024, 3, 1), &["In March Kishida met Biden at the White House."]);
    assert!(has_prefixes(&events, "JPNGOV", "04", "USAGOV"), "{events:#?}");
}

#[test]
fn meeting_a_response_is_no_meeting() {
    let events = story((2024, 3, 1), &["Pyongyang said the joint exercises by Seoul and Washington would meet a strong reaction."]);
    assert!(!events.iter().any(|e| e.code.starts_with("04") || e.code == "036"), "{events:#?}");
}

#[test]
fn condemning_the_launch_targets_the_side_that_launched() {
    let events = story((2024, 5, 27), &["North Korea fired a ballistic missile into the sea off its east coast on Monday.", "Japan condemned the launch and lodged a protest."]);
    assert!(has_prefixes(&events, "JPN", "11", "PRK"), "{events:#?}");
    // Drills by both sides: "the drills" names neither.
    let events = story((2024, 5, 27), &["North Korean troops fired artillery shells at the sea border.", "South Korea's military staged large-scale drills near the border in response.", "Canada condemned the drills."]);
    assert!(events.iter().any(|e| e.source.starts_with("CAN") && e.code.starts_with("11") && e.target.is_empty()), "{events:#?}");
}

#[test]
fn opposing_the_decree_targets_the_government_that_imposed_it() {
    let events = story((2024, 12, 4), &["Yoon Suk Yeol declared martial law on Tuesday night.", "The Democratic Party condemned the decree."]);
    assert!(events.iter().any(|e| e.source.starts_with("KOR") && e.code.starts_with("11") && e.target.starts_with("KORGOV")), "{events:#?}");
}

#[test]
fn calling_the_declaration_illegal_targets_the_government_that_made_it() {
    let events = story((2024, 12, 4), &["Yoon Suk Yeol declared martial law on Tuesday night.", "South Korean opposition lawmakers called the declaration illegal."]);
    assert!(events.iter().any(|e| e.source.starts_with("KOR") && e.code.starts_with("11") && e.target.starts_with("KORGOV")), "{events:#?}");
}

#[test]
fn demanding_that_a_minister_be_fired_targets_the_minister() {
    let events = story((2024, 12, 4), &["South Korean opposition lawmakers demanded that Defence Minister Kim Yong-hyun be dismissed."]);
    assert!(events.iter().any(|e| e.source.starts_with("KOR") && e.code == "1041" && e.target.starts_with("KORGOV")), "{events:#?}");
}

#[test]
fn agreeing_to_resume_imports_is_economic_cooperation_with_the_exporter() {
    // "to gradually resume imports": the adverb marks "resume" as the verb.
    let events = story((2024, 9, 20), &["Beijing agreed on Friday to gradually resume imports of Australian wine."]);
    assert!(has_prefixes(&events, "CHN", "0311", "AUS"), "{events:#?}");
}

#[test]
fn a_clause_with_a_subordinator_is_no_relative_clause() {
    // The parser hangs the "as" clause on "relations" as a relative clause,
    // inside the purpose clause "to stabilise …", where nothing is coded.
    let events = story((2024, 9, 20), &["The arrest of a Japanese businessman in the Chinese city of Dalian has cast a shadow over efforts by Tokyo and Beijing to stabilise their relations, even as China agreed on Monday to lift its ban on Japanese beef."]);
    assert!(has_prefixes(&events, "CHN", "035", "JPN"), "{events:#?}");
}
