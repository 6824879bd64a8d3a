//! Rules prompted by the fresh-m stories (crates/pipeline/tests/data/fresh-m:
//! wire reports of 2021–2022), each checked on sentences written for the
//! test, not taken from a story.

mod common;

use common::{has_prefixes, story};

#[test]
fn rejected_demands_and_requests_answer_their_earlier_maker() {
    let events = story((2023, 5, 2), &["Iran demanded that the IAEA close its inquiry into uranium traces.", "The agency's board rejected the demand on Friday."]);
    assert!(has_prefixes(&events, "IGOUNOIAE", "12", "IRN"), "{events:#?}");
    // A demand with an author of its own keeps that author's reading.
    let events = story((2023, 5, 2), &["Iran demanded that the IAEA close its inquiry.", "Israel rejected Egypt's demand."]);
    assert!(has_prefixes(&events, "ISR", "12", "EGY") && !has_prefixes(&events, "ISR", "12", "IRN"), "{events:#?}");
}

#[test]
fn an_organisation_named_with_a_verb_like_word_acts() {
    let events = story((2023, 9, 1), &["Human Rights Watch accused the Ethiopian army of killing civilians in Amhara."]);
    assert!(has_prefixes(&events, "NGOHRW", "11", "ETHMIL"), "{events:#?}");
    // The same word as a verb stays a verb.
    let events = story((2023, 9, 1), &["Observers from Kenya will watch the vote in Ethiopia."]);
    assert!(!events.iter().any(|e| e.source.starts_with("NGO")), "{events:#?}");
}

#[test]
fn a_conjoined_subject_with_a_relative_clause_heads_the_next_verb() {
    let events = story((2023, 6, 1), &["Serbia asked for an emergency session of the council, but France, which chairs it this month, rejected the request."]);
    assert!(has_prefixes(&events, "FRA", "12", "SRB"), "{events:#?}");
    assert!(!events.iter().any(|e| e.source.starts_with("SRB") && e.code.starts_with("12")), "{events:#?}");
}

#[test]
fn a_named_subject_before_a_relative_clause_heads_the_main_verb() {
    let events = story((2023, 6, 1), &["Kenyan President William Ruto, who had urged Ethiopia to stop the fighting, praised Tanzanian President Samia Suluhu Hassan for hosting the talks."]);
    assert!(has_prefixes(&events, "KEN", "051", "TZA"), "{events:#?}");
}

#[test]
fn a_promised_reduction_of_military_activity_is_an_intent_to_de_escalate() {
    let events = story((2022, 5, 1), &["The Russian defence ministry said it would scale back military activity around Kharkiv."]);
    assert!(has_prefixes(&events, "RUS", "0356", "UKR"), "{events:#?}");
    // Activity it merely reports is no promise.
    let events = story((2022, 5, 1), &["The Russian defence ministry said Ukraine had reduced military activity around Kharkiv."]);
    assert!(!events.iter().any(|e| e.code.starts_with("0356")), "{events:#?}");
}

#[test]
fn suspended_sums_in_aid_are_suspended_aid() {
    let events = story((2021, 10, 26), &["The World Bank suspended $500 million in budget assistance to Ethiopia."]);
    assert!(has_prefixes(&events, "IGOWBK", "162", "ETH"), "{events:#?}");
}

#[test]
fn a_said_future_loan_is_an_intent_to_give_economic_aid() {
    let events = story((2022, 2, 14), &["Macron said France would provide Moldova with 100 million euros in loans."]);
    assert!(has_prefixes(&events, "FRA", "0331", "MDA"), "{events:#?}");
    // Another's future loan is not the speaker's intent.
    let events = story((2022, 2, 14), &["Macron said the IMF would provide Moldova with loans."]);
    assert!(!events.iter().any(|e| e.source.starts_with("FRA") && e.code.starts_with("03")), "{events:#?}");
}

#[test]
fn readiness_to_develop_relations_with_a_state_targets_that_state() {
    let events = story((2023, 3, 10), &["Iran said it was ready to improve ties with Saudi Arabia."]);
    assert!(has_prefixes(&events, "IRN", "03", "SAU"), "{events:#?}");
}

#[test]
fn a_call_for_someone_to_act_targets_them() {
    let events = story((2023, 3, 10), &["Zelenskiy called for Lukashenko to stand trial for the deportations."]);
    assert!(has_prefixes(&events, "UKR", "02", "BLR"), "{events:#?}");
    // A call for a thing keeps no target.
    let events = story((2023, 3, 10), &["Zelenskiy called for calm."]);
    assert!(events.iter().all(|e| e.target.is_empty()), "{events:#?}");
}

#[test]
fn suspending_a_state_from_an_organisation_s_activities_reduces_relations() {
    let events = story((2021, 9, 10), &["ECOWAS suspended Guinea from all its activities on Wednesday."]);
    assert!(has_prefixes(&events, "IGOWAFWAS", "160", "GIN"), "{events:#?}");
}
