//! Speakers named by what they speak for, accusations whose object the
//! parser hung on a later verb, and quoted content that is not the
//! speaker's own act; each checked on sentences written for the test.

mod common;

use common::{has_prefixes, story};

#[test]
fn a_spokesperson_for_a_body_speaks_for_it() {
    let events = story((2025, 3, 1), &["A spokeswoman for the German Foreign Ministry criticised Moscow."]);
    assert!(has_prefixes(&events, "DEUGOV", "111", "RUS"), "{events:#?}");
    let events = story((2025, 3, 1), &["A spokesman for Iran accused Washington of hypocrisy."]);
    assert!(has_prefixes(&events, "IRN", "11", "USA"), "{events:#?}");
    // An envoy "for" a country is sent there; he does not speak for it.
    let events = story((2025, 3, 1), &["The U.N. envoy for Yemen urged the Houthis to release the detainees."]);
    assert!(events.iter().any(|e| e.source.starts_with("IGOUNO") && e.code.starts_with("02")), "{events:#?}");
    assert!(!events.iter().any(|e| e.source.starts_with("YEM") && !e.source.starts_with("YEMREB")), "{events:#?}");
}

#[test]
fn the_accused_stays_the_object_when_a_second_verb_follows() {
    let events = story((2025, 5, 8), &["Pakistan's army chief accused India of planning a strike and ordered troops to the border."]);
    assert!(has_prefixes(&events, "PAKMIL", "112", "IND"), "{events:#?}");
    // The agent of a passive accusation is still its source.
    let events = story((2025, 5, 8), &["The rebel group was accused by the United Nations of recruiting children in Ituri."]);
    assert!(events.iter().any(|e| e.source.starts_with("IGOUNO") && e.code.starts_with("112")), "{events:#?}");
}

#[test]
fn a_quoted_clause_after_the_speech_verb_is_not_the_speakers_act() {
    let events = story((2025, 3, 1), &["A spokesman for the Turkish Foreign Ministry reiterated Ankara's position that the strikes \"are illegal and threaten regional stability\"."]);
    assert!(!events.iter().any(|e| e.code.starts_with("13")), "{events:#?}");
    // Outside quotation marks a conjoined verb keeps the subject.
    let events = story((2025, 3, 1), &["Turkey's foreign minister condemned the strikes and threatened to cut trade with Israel."]);
    assert!(has_prefixes(&events, "TURGOV", "13", ""), "{events:#?}");
}

#[test]
fn an_appeal_after_a_misparsed_reported_clause_is_the_speakers() {
    let events = story((2025, 3, 1), &["The German chancellor said the new law would have grave consequences for minorities and urged Hungary to repeal it."]);
    assert!(has_prefixes(&events, "DEUGOV", "02", "HUN"), "{events:#?}");
    let events = story((2025, 3, 1), &["Japan's foreign minister said there was clear evidence that the ship had entered the disputed waters and called on China to stop the incursions."]);
    assert!(has_prefixes(&events, "JPNGOV", "02", "CHN"), "{events:#?}");
}

#[test]
fn the_main_verb_after_a_relative_clause_on_the_subject_keeps_its_subject() {
    let events = story((2025, 11, 11), &["Foreign Minister Asaad al-Shaibani, who accompanied Sharaa, later held talks with Secretary of State Marco Rubio on the sidelines of the summit."]);
    assert!(has_prefixes(&events, "SYRGOV", "04", "USA"), "{events:#?}");
    assert!(events.iter().all(|e| !e.source_text.ends_with("who")), "{events:#?}");
}

#[test]
fn a_call_for_someones_release_is_aimed_at_the_one_to_be_freed() {
    let events = story((2021, 10, 27), &["The African Union called for the release of Sudan's detained prime minister, Abdalla Hamdok, who was arrested on Monday."]);
    assert!(events.iter().any(|e| e.source.starts_with("IGOAFR") && e.code == "0253" && e.target.starts_with("SDN")), "{events:#?}");
    // With no one named, the appeal stays one-sided.
    let events = story((2021, 10, 27), &["The African Union called for the release of all detainees."]);
    assert!(events.iter().any(|e| e.source.starts_with("IGOAFR") && e.code == "0253" && e.target.is_empty()), "{events:#?}");
}

#[test]
fn a_name_listed_between_commas_and_and_is_a_list_member() {
    let events = story((2025, 4, 16), &["Japan, the African Union and several Gulf donors pledged $500 million for Somalia."]);
    assert!(has_prefixes(&events, "JPN", "03", "SOM"), "{events:#?}");
    assert!(has_prefixes(&events, "IGOAFRAFU", "03", "SOM"), "{events:#?}");
    // An apposition closed by a comma stays the title of its name.
    let events = story((2025, 4, 16), &["Antony Blinken, the Secretary of State, and Lloyd Austin met Japanese officials."]);
    assert!(!events.iter().any(|e| e.source_text == "Secretary of State"), "{events:#?}");
}

#[test]
fn a_blame_followed_by_a_reported_perfect_stays_the_main_clause() {
    // The parser reads "had refused" as the root and the accusation as its
    // adverbial clause; the speech participle between them reports it.
    let events = story((2024, 6, 3), &["Armenian Prime Minister Nikol Pashinyan blamed Baku for the collapse of the talks, saying it had refused to discuss the border."]);
    assert!(has_prefixes(&events, "ARMGOV", "11", "AZE"), "{events:#?}");
    // The reported refusal belongs to "it" (Baku), not to the speaker.
    assert!(!events.iter().any(|e| e.source.starts_with("ARM") && e.code.starts_with("12")), "{events:#?}");
}

#[test]
fn two_people_of_one_government_may_accuse_each_other() {
    // Both hold Israeli government posts on the date: the shared code
    // does not make the accusation an actor talking about itself.
    let events = story((2024, 5, 18), &["Benny Gantz accused Netanyahu of putting his political survival ahead of the country."]);
    assert!(has_prefixes(&events, "ISRGOV", "112", "ISRGOV"), "{events:#?}");
    // One actor named twice is still no pair.
    let events = story((2024, 5, 18), &["Netanyahu said Netanyahu would not resign."]);
    assert!(!events.iter().any(|e| e.source == e.target), "{events:#?}");
}

#[test]
fn two_people_of_one_government_may_sign_together() {
    // President and first vice-president, both of the government on the
    // date: one agreement between two actors, not an actor with itself.
    let events = story((2022, 8, 4), &["Salva Kiir and Riek Machar signed an agreement extending the transitional period."]);
    assert!(has_prefixes(&events, "SSDGOV", "057", "SSDGOV"), "{events:#?}");
    // A name with and without its title is still one actor.
    let events = story((2022, 8, 4), &["President Salva Kiir and Kiir's office signed the decree."]);
    assert!(!events.iter().any(|e| e.code.starts_with("05") && e.source == e.target), "{events:#?}");
}
