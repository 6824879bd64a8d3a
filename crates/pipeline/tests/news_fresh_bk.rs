//! Rules and knowledge from the fresh-bk round (Northeast Asia 2025: the
//! Korean peninsula, Japan, China and the Philippines), each checked on
//! sentences written for the test, not taken from a story.

mod common;

use common::{has_prefixes, story};

/// Knowledge: Kim Moon-soo (labour minister, then the People Power Party's
/// defeated candidate, in opposition after 4 June 2025), Kim Yong-beom
/// (Lee's policy chief), Masaaki Kanai and Liu Jinsong (the Japanese and
/// Chinese foreign ministries' heads of Asian affairs), and Gyeongju, a
/// South Korean city.
#[test]
fn northeast_asian_officials_and_places_of_2025_are_known() {
    let events = story((2025, 6, 20), &["Kim Moon-soo accused President Lee Jae-myung of abusing his power."]);
    assert!(has_prefixes(&events, "KOROPP", "11", "KORGOV"), "{events:#?}");
    let events = story((2025, 10, 2), &["Kim Yong-beom urged Washington to ease its demands."]);
    assert!(has_prefixes(&events, "KORGOV", "", "USA"), "{events:#?}");
    let events = story((2025, 11, 20), &["Masaaki Kanai held talks with Liu Jinsong on Wednesday."]);
    assert!(has_prefixes(&events, "JPNGOV", "04", "CHNGOV"), "{events:#?}");
    let events = story((2025, 10, 29), &["Canadian Prime Minister Mark Carney arrived in Gyeongju on Wednesday."]);
    assert!(has_prefixes(&events, "CANGOV", "042", "KOR"), "{events:#?}");
}

/// "troops fought for Russia against Ukraine" with the "against" phrase
/// hung on "Russia": a name takes no "against" modifier, so the phrase is
/// the verb's, and the side fought against is the target, not the one
/// fought for.
#[test]
fn an_against_phrase_hung_on_a_name_belongs_to_the_verb() {
    let events = story((2025, 5, 2), &["Chechen units fought for Russia against Ukraine in the spring."]);
    assert!(has_prefixes(&events, "RUS", "19", "UKR"), "{events:#?}");
    assert!(!has_prefixes(&events, "RUS", "19", "RUS"), "{events:#?}");
    let events = story((2025, 5, 2), &["Colombian volunteers fought for Ukraine against Russia near Kharkiv."]);
    assert!(has_prefixes(&events, "COL", "19", "RUS"), "{events:#?}");
}

/// "Ishiba praised Lee and said he hoped to meet him": a bare surname of a
/// person the story named in full, standing as an object, is that person
/// and the antecedent of a later "him" or "her" in the sentence (not a
/// person of an earlier sentence).
#[test]
fn a_surname_object_is_the_antecedent_of_a_later_him() {
    let events = story((2025, 6, 5), &["Lee Jae-myung took office on Wednesday.", "Chinese spokesman Lin Jian said Beijing respected the vote.", "Shigeru Ishiba praised Lee and said he hoped to meet him soon."]);
    assert!(has_prefixes(&events, "JPNGOV", "036", "KORGOV"), "{events:#?}");
    assert!(!has_prefixes(&events, "JPNGOV", "036", "CHN"), "{events:#?}");
    let events = story((2025, 3, 5), &["Mark Rutte met Volodymyr Zelensky in Kyiv on Monday.", "Russian spokesman Dmitry Peskov criticised the visit.", "Emmanuel Macron thanked Rutte and said he would call him on Friday."]);
    assert!(has_prefixes(&events, "FRAGOV", "", "IGOWSTNAT"), "{events:#?}");
    assert!(!has_prefixes(&events, "FRAGOV", "", "RUS"), "{events:#?}");
}

/// "dismissed Lee's peace overtures": an overture is a proposal, aimed at
/// its author when rejected.
#[test]
fn a_rejected_overture_is_aimed_at_its_author() {
    let events = story((2025, 8, 20), &["Kim Yo Jong dismissed Lee Jae-myung's overtures on Tuesday."]);
    assert!(has_prefixes(&events, "PRK", "12", "KOR"), "{events:#?}");
    let events = story((2025, 8, 20), &["The Taliban rebuffed Pakistan's peace overtures."]);
    assert!(has_prefixes(&events, "AFG", "12", "PAK"), "{events:#?}");
}

/// "willing to talk to Washington", "ready to meet Putin": a readiness to
/// talk to, or meet, another party is an intent to meet it (036).
#[test]
fn a_readiness_to_talk_to_or_meet_a_party_is_an_intent_to_meet_it() {
    let events = story((2025, 9, 22), &["Kim Jong Un said he would be willing to talk to Washington."]);
    assert!(has_prefixes(&events, "PRKGOV", "036", "USA"), "{events:#?}");
    let events = story((2025, 3, 1), &["Volodymyr Zelensky said he was ready to meet Vladimir Putin."]);
    assert!(has_prefixes(&events, "UKRGOV", "036", "RUSGOV"), "{events:#?}");
}

/// "said Japan would suffer a crushing defeat if it intervened": a defeat
/// foretold for another party is a threat against it; a team's defeat
/// foretold by its coach is no event.
#[test]
fn a_defeat_foretold_for_another_party_is_a_threat() {
    let events = story((2025, 11, 14), &["China's defence ministry said Japan would suffer a crushing defeat if it intervened."]);
    assert!(has_prefixes(&events, "CHN", "138", "JPN"), "{events:#?}");
    let events = story((2025, 6, 14), &["Iran's army chief warned that Israel would face a humiliating defeat."]);
    assert!(has_prefixes(&events, "IRN", "13", "ISR"), "{events:#?}");
    let events = story((2025, 6, 14), &["The coach said his team would suffer a defeat without its captain."]);
    assert!(events.iter().all(|e| !e.code.starts_with("13")), "{events:#?}");
}

/// "not interested in any proposal from Seoul", "not interested in talks
/// with Pakistan": a stated lack of interest in another party's proposal,
/// or in talks with it, rejects it; an interest in it does not.
#[test]
fn no_interest_in_a_partys_proposal_or_talks_rejects_it() {
    let events = story((2025, 7, 28), &["Kim Yo Jong said Pyongyang was not interested in any proposal from Seoul."]);
    assert!(has_prefixes(&events, "PRK", "12", "KOR"), "{events:#?}");
    let events = story((2025, 7, 28), &["The Taliban said they were not interested in talks with Pakistan."]);
    assert!(has_prefixes(&events, "AFG", "125", "PAK"), "{events:#?}");
    let events = story((2025, 7, 28), &["Hamas said it was not interested in Israel's offer."]);
    assert!(has_prefixes(&events, "PSE", "12", "ISR"), "{events:#?}");
    let events = story((2025, 7, 28), &["Russia said it was interested in the American proposal."]);
    assert!(events.iter().all(|e| !e.code.starts_with("12")), "{events:#?}");
}

/// "concerned about the growing military cooperation between Moscow and
/// Pyongyang": a comment on a tie or joint act between named parties is
/// aimed at those parties, not at the story's military ("military"); a
/// state of affairs between them ("a split between …") is not.
#[test]
fn a_comment_on_a_tie_between_parties_is_aimed_at_them() {
    let events = story((2025, 4, 28), &["Seoul said it was concerned about the growing military cooperation between Moscow and Pyongyang."]);
    assert!(has_prefixes(&events, "KOR", "01", "RUS"), "{events:#?}");
    assert!(has_prefixes(&events, "KOR", "01", "PRK"), "{events:#?}");
    assert!(!has_prefixes(&events, "KOR", "01", "KORMIL"), "{events:#?}");
    let events = story((2025, 3, 2), &["Giorgia Meloni warned against a split between Europe and the United States."]);
    assert!(!has_prefixes(&events, "ITAGOV", "11", "USA"), "{events:#?}");
}

/// "said he would reopen channels of communication with North Korea",
/// "would restore the hotline with Pyongyang": lines of contact to be
/// opened with a party are an intent to talk with it (036).
#[test]
fn lines_of_contact_to_be_reopened_with_a_party_are_an_intent_to_talk() {
    let events = story((2025, 6, 4), &["Lee Jae-myung said he would reopen channels of communication with North Korea."]);
    assert!(has_prefixes(&events, "KORGOV", "036", "PRK"), "{events:#?}");
    let events = story((2025, 6, 4), &["The Indian army said it would restore the hotline with Pakistan."]);
    assert!(has_prefixes(&events, "IND", "036", "PAK"), "{events:#?}");
}

/// "awarded Donald Trump the Grand Order of Mugunghwa" with the honour
/// read as an apposition of the name, "awarded Narendra Modi a medal" with
/// the first name a compound of the surname: after a verb of giving, the
/// name is the one given to, the thing (with an article, no comma) the
/// object.
#[test]
fn a_name_before_the_thing_given_is_the_recipient() {
    let events = story((2025, 10, 29), &["Lee Jae-myung awarded Donald Trump the Grand Order of Mugunghwa."]);
    assert!(has_prefixes(&events, "KORGOV", "017", "USAGOV"), "{events:#?}");
    let events = story((2019, 8, 24), &["Emmanuel Macron awarded Narendra Modi a medal."]);
    assert!(has_prefixes(&events, "FRAGOV", "017", "INDGOV"), "{events:#?}");
}
