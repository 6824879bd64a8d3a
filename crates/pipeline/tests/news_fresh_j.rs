//! Rules prompted by the fresh-j stories (crates/pipeline/tests/data/fresh-j:
//! wire reports of 2017–2020), each checked on sentences written for the
//! test, not taken from a story.

mod common;

use common::{has_prefixes, story};

#[test]
fn a_list_of_states_after_the_first_is_no_apposition_of_it() {
    let events = story((2017, 11, 6), &["Egypt, the United Arab Emirates, Jordan and Kuwait recalled their ambassadors from Lebanon on Monday."]);
    for member in ["EGY", "ARE", "JOR", "KWT"] {
        assert!(events.iter().any(|e| e.source.starts_with(member) && e.code.starts_with("16") && e.target.starts_with("LBN")), "{member}: {events:#?}");
    }
    // A true apposition of a name stays one.
    let events = story((2019, 3, 4), &["Oman, a longtime mediator, urged Iran to release the tanker."]);
    assert!(has_prefixes(&events, "OMN", "02", "IRN"), "{events:#?}");
}

#[test]
fn the_backer_in_a_compound_modifier_is_not_the_actor() {
    let events = story((2016, 5, 10), &["The Iranian-backed government in Baghdad accused Kurdish leaders of smuggling oil."]);
    assert!(!events.iter().any(|e| e.source.starts_with("IRN")), "{events:#?}");
    let events = story((2016, 5, 10), &["U.S.-trained fighters attacked an Islamic State checkpoint in Syria."]);
    assert!(!events.iter().any(|e| e.source.starts_with("USA")), "{events:#?}");
    // A leader in such a modifier still leads.
    let events = story((2016, 5, 10), &["Russian-led forces shelled the town of Palmyra in Syria."]);
    assert!(events.iter().any(|e| e.source.starts_with("RUS")), "{events:#?}");
}

#[test]
fn a_reported_verdict_on_a_deed_is_criticism() {
    let events = story((2018, 3, 27), &["Russia's foreign ministry said the expulsions of its diplomats were unacceptable and baseless."]);
    assert!(has_prefixes(&events, "RUS", "11", ""), "{events:#?}");
    let events = story((2019, 2, 15), &["Beijing said Washington's tariffs were illegal."]);
    assert!(has_prefixes(&events, "CHN", "11", "USA"), "{events:#?}");
    // Denied, the verdict is none.
    let events = story((2019, 2, 15), &["Beijing said the tariffs were not illegal."]);
    assert!(!events.iter().any(|e| e.code.starts_with("11")), "{events:#?}");
}

#[test]
fn disappointment_on_its_own_is_disapproval() {
    let events = story((2017, 6, 2), &["The German government said it was bitterly disappointed."]);
    assert!(has_prefixes(&events, "DEU", "11", ""), "{events:#?}");
}

#[test]
fn resolve_to_keep_an_accord_is_an_intent_to_cooperate() {
    let events = story((2018, 5, 10), &["The Kremlin said Moscow remained determined to save the deal."]);
    assert!(has_prefixes(&events, "RUS", "03", ""), "{events:#?}");
}

#[test]
fn a_warning_that_others_could_be_sanctioned_is_a_threat() {
    let events = story((2019, 7, 30), &["Treasury Secretary Steven Mnuchin warned that any company buying Venezuelan oil would be sanctioned."]);
    assert!(has_prefixes(&events, "USA", "13", ""), "{events:#?}");
    // A warning about others' conduct stays a comment.
    let events = story((2019, 7, 30), &["Mnuchin warned that the economy could slow."]);
    assert!(!events.iter().any(|e| e.code.starts_with("13")), "{events:#?}");
}

#[test]
fn pulling_a_state_out_of_an_accord_reduces_relations_with_the_other_party() {
    let events = story((2019, 8, 2), &["Washington took the country out of the 1987 missile treaty with Russia on Friday."]);
    assert!(has_prefixes(&events, "USA", "16", "RUS"), "{events:#?}");
}

#[test]
fn a_state_named_as_head_outranks_a_person_in_its_apposition() {
    let events = story((2019, 1, 25), &["China, Maduro's largest lender, criticised the sanctions on Friday."]);
    assert!(events.iter().any(|e| e.source.starts_with("CHN") && e.code.starts_with("11")), "{events:#?}");
    assert!(!events.iter().any(|e| e.source.starts_with("VEN")), "{events:#?}");
}

#[test]
fn an_organisation_described_after_its_head_is_the_head_s() {
    let events = story((2016, 4, 2), &["NATO Secretary-General Jens Stoltenberg said the alliance condemned the missile test."]);
    assert!(has_prefixes(&events, "IGOWSTNAT", "11", ""), "{events:#?}");
}

#[test]
fn a_state_described_by_a_minister_s_sentence_is_the_minister_s() {
    let events = story((2016, 3, 1), &["Foreign Minister Sergei Lavrov met Iraqi officials in Baghdad.", "Egyptian Foreign Minister Sameh Shoukry said the country supported the efforts of the United Nations."]);
    assert!(has_prefixes(&events, "EGY", "05", "IGOUNO"), "{events:#?}");
    assert!(!events.iter().any(|e| e.sentence == 1 && (e.source.starts_with("IRQ") || e.source.starts_with("RUS"))), "{events:#?}");
}

#[test]
fn a_relative_clause_of_whose_keeps_the_main_subject() {
    // "whose country is accused of …" is no accusation by the speaker.
    let events = story((2018, 9, 7), &["Iranian President Hassan Rouhani, whose government is accused of arming the Houthis, said the talks in Tehran were useful."]);
    assert!(!events.iter().any(|e| e.source.starts_with("IRN") && e.code.starts_with("11")), "{events:#?}");
}

#[test]
fn a_decision_not_to_act_is_the_object_of_support() {
    let events = story((2018, 6, 13), &["Canadian Prime Minister Justin Trudeau said he supported Washington's decision not to impose new tariffs."]);
    assert!(has_prefixes(&events, "CANGOV", "05", "USA"), "{events:#?}");
}

#[test]
fn them_after_a_list_of_states_is_every_state_of_it() {
    let events = story((2019, 6, 2), &["Iran said it did not trust Britain, France and Germany and demanded guarantees from them."]);
    for member in ["GBR", "FRA", "DEU"] {
        assert!(has_prefixes(&events, "IRN", "10", member), "{member}: {events:#?}");
    }
}

#[test]
fn office_holders_of_2015_to_2020_code_by_their_dated_roles() {
    let events = story((2018, 8, 20), &["Indian foreign ministry spokesman Raveesh Kumar urged Pakistan to act against militants."]);
    assert!(has_prefixes(&events, "INDGOV", "02", "PAK"), "{events:#?}");
    let events = story((2017, 3, 1), &["Chinese foreign ministry spokesman Lu Kang urged Seoul to halt the THAAD deployment."]);
    assert!(has_prefixes(&events, "CHNGOV", "02", "KOR"), "{events:#?}");
    let events = story((2016, 12, 30), &["Jaish al-Islam fighters attacked government positions in Eastern Ghouta, Syria."]);
    assert!(events.iter().any(|e| e.source.starts_with("SYRREB")), "{events:#?}");
    let events = story((2019, 1, 10), &["Foreign Minister Jorge Arreaza accused Washington of plotting a coup."]);
    assert!(has_prefixes(&events, "VENGOV", "11", "USA"), "{events:#?}");
    // After his term, the same name is no longer the foreign minister.
    let events = story((2022, 1, 10), &["Jorge Arreaza accused Washington of plotting a coup."]);
    assert!(!events.iter().any(|e| e.source == "VENGOV"), "{events:#?}");
}

#[test]
fn a_side_of_the_conflict_says_whose_delegation_it_is() {
    // Not the minister named last: the delegation is the rebels'.
    let events = story((2016, 12, 20), &["Turkish Foreign Minister Mevlut Cavusoglu said Ankara would keep fighting the Nusra Front.", "The rebel delegation accused Iran of breaking the truce."]);
    assert!(has_prefixes(&events, "SYRREB", "11", "IRN"), "{events:#?}");
    assert!(!events.iter().any(|e| e.sentence == 1 && e.source.starts_with("TUR")), "{events:#?}");
}

#[test]
fn places_of_the_wars_of_2015_to_2020_stand_for_their_country() {
    let events = story((2018, 2, 25), &["Russian warplanes pounded Eastern Ghouta on Sunday."]);
    assert!(has_prefixes(&events, "RUS", "19", "SYR"), "{events:#?}");
    let events = story((2019, 4, 20), &["Haftar's forces shelled Misrata overnight."]);
    assert!(events.iter().any(|e| e.code.starts_with("19") && e.target.starts_with("LBY")), "{events:#?}");
    let events = story((2019, 2, 26), &["Indian warplanes struck a militant camp near Balakot on Tuesday."]);
    assert!(has_prefixes(&events, "IND", "19", "PAK"), "{events:#?}");
}

#[test]
fn an_infinitive_read_as_a_noun_after_hope_is_the_hoped_act() {
    let events = story((2019, 2, 28), &["Pompeo hoped to resume negotiations with Pyongyang within weeks."]);
    assert!(has_prefixes(&events, "USAGOV", "03", "PRK"), "{events:#?}");
}

#[test]
fn a_quoted_name_for_the_object_is_what_it_is_called() {
    let events = story((2016, 2, 10), &["Turkish President Tayyip Erdogan called the Kurdish militia \"terrorists\" on Wednesday."]);
    assert!(events.iter().any(|e| e.source.starts_with("TUR") && e.code.starts_with("11")), "{events:#?}");
    assert!(!events.iter().any(|e| e.code.starts_with("04")), "{events:#?}");
}

#[test]
fn an_adjective_after_for_modifies_the_noun_after_it() {
    // An appeal for elections (0244), not a bare appeal for something.
    let events = story((2019, 2, 4), &["Canada called for free and fair elections in Venezuela."]);
    assert!(common::has_exact(&events, "CAN", "0244", ""), "{events:#?}");
}

#[test]
fn blocking_exports_from_a_country_restricts_its_movement() {
    let events = story((2022, 7, 1), &["Russian warships blocked grain shipments from Ukraine's Black Sea ports."]);
    assert!(has_prefixes(&events, "RUS", "191", "UKR"), "{events:#?}");
}

#[test]
fn disputing_someone_s_account_denies_it() {
    let events = story((2019, 6, 14), &["Tehran disputed Washington's account of the tanker attacks on Friday."]);
    assert!(has_prefixes(&events, "IRN", "01", "USA"), "{events:#?}");
}

#[test]
fn saying_one_will_keep_working_with_a_state_is_an_intent_to_cooperate() {
    let events = story((2018, 9, 18), &["Erdogan said Ankara would keep working with Moscow on Idlib."]);
    assert!(has_prefixes(&events, "TUR", "03", "RUS"), "{events:#?}");
    // Having kept working is cooperation done, not intended.
    let events = story((2018, 9, 18), &["Germany continued to cooperate with France on defence."]);
    assert!(!events.iter().any(|e| e.code.starts_with("03")), "{events:#?}");
}
