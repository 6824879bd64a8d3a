//! Rules and knowledge from the fresh-bm round (domestic politics and
//! unrest 2025: Turkey, Serbia, Nepal, Madagascar, Indonesia, Tanzania,
//! Cameroon, Georgia), each checked on sentences written for the test, not
//! taken from a story.

mod common;

use common::{has_prefixes, story};

/// Issa Tchiroma Bakary left Biya's government in June 2025 and ran
/// against him: from then on he is the opposition, not the government.
#[test]
fn tchiroma_is_the_opposition_after_he_quit_the_government() {
    let events = story((2025, 11, 3), &["Issa Tchiroma Bakary accused the Cameroonian army of killing his supporters in Garoua."]);
    assert!(has_prefixes(&events, "CMROPP", "11", "CMRMIL"), "{events:#?}");
    let events = story((2018, 5, 3), &["Tchiroma accused the separatists of burning schools in Bamenda."]);
    assert!(has_prefixes(&events, "CMRGOV", "11", ""), "{events:#?}");
}

/// Ministers, commanders and opposition leaders of the set's countries:
/// Paul Atanga Nji (Cameroon's territorial administration), Jacob Mkunda
/// (Tanzania's defence forces), Tundu Lissu (Chadema), Dragan Djilas
/// (Serbia's opposition), Yilmaz Tunc (Turkey's justice ministry).
#[test]
fn ministers_commanders_and_opposition_leaders_of_2025() {
    let events = story((2025, 10, 20), &["Paul Atanga Nji accused Maurice Kamto of plotting an insurrection."]);
    assert!(has_prefixes(&events, "CMRGOV", "11", "CMROPP"), "{events:#?}");
    let events = story((2025, 10, 20), &["General Jacob Mkunda praised Samia Suluhu Hassan."]);
    assert!(has_prefixes(&events, "TZAMIL", "05", "TZAGOV"), "{events:#?}");
    let events = story((2025, 5, 20), &["Tundu Lissu accused Samia Suluhu Hassan of abducting critics."]);
    assert!(has_prefixes(&events, "TZAOPP", "11", "TZAGOV"), "{events:#?}");
    let events = story((2025, 3, 2), &["Dragan Djilas accused Aleksandar Vucic of rigging the vote."]);
    assert!(has_prefixes(&events, "SRBOPP", "11", "SRBGOV"), "{events:#?}");
    let events = story((2025, 4, 2), &["Yilmaz Tunc criticised Ozgur Ozel."]);
    assert!(has_prefixes(&events, "TURGOV", "11", "TUROPP"), "{events:#?}");
}

/// Georgia's State Security Service is no British "Security Service":
/// the name several states' services share goes to the story's state.
#[test]
fn a_state_security_service_is_the_storys_states() {
    let events = story((2025, 6, 2), &["Georgia's opposition held a rally in Tbilisi.", "The State Security Service arrested the opposition leader Nika Melia."]);
    assert!(has_prefixes(&events, "GEOSPY", "17", "GEO"), "{events:#?}");
    assert!(!events.iter().any(|e| e.source.starts_with("GBR")), "{events:#?}");
}

/// "Hours after the ruling, the ministry suspended …" with "Hours" a
/// second subject: a time noun with its own "after"/"before" phrase closed
/// by a comma is the verb's time.
#[test]
fn a_time_noun_with_an_after_phrase_is_no_second_subject() {
    let events = story((2025, 6, 2), &["Hours after the verdict, the Georgian government dismissed Nika Melia from his post."]);
    assert!(has_prefixes(&events, "GEOGOV", "172", "GEOOPP"), "{events:#?}");
}

/// "accused the police of using excessive force and called on the
/// government to release …" with "called" a conjunct of "force": the
/// second past-tense verb is the first verb's conjunct.
#[test]
fn a_past_verb_after_and_is_no_conjunct_of_a_noun() {
    let events = story((2025, 9, 1), &["Amnesty International accused the Nepali police of using excessive force and called on the government to release detained students."]);
    assert!(has_prefixes(&events, "NGO", "11", "NPLCOP"), "{events:#?}");
    assert!(has_prefixes(&events, "NGO", "025", "NPLGOV"), "{events:#?}");
}

/// Riot police driving protesters back with water cannon (175) and a crowd
/// beating someone (182), and suspending lawmakers (172).
#[test]
fn driving_back_beating_and_suspending_lawmakers() {
    let events = story((2025, 6, 2), &["Serbian riot police drove the protesters back with water cannon."]);
    assert!(has_prefixes(&events, "SRBCOP", "175", "SRB"), "{events:#?}");
    let events = story((2025, 6, 2), &["Angry protesters beat Interior Minister Ali Yerlikaya."]);
    assert!(has_prefixes(&events, "TUR", "182", "TURGOV"), "{events:#?}");
    let events = story((2025, 6, 2), &["The Georgian Dream party suspended three lawmakers."]);
    assert!(has_prefixes(&events, "GEO", "172", "GEOLEG"), "{events:#?}");
}

/// "arrested five organisers of the rally": people named by what they did
/// at a rally or an attack (organisers, looters, attackers) are, when
/// coerced with no country named, the story's civilians.
#[test]
fn arrested_attackers_and_organisers_are_the_storys_civilians() {
    let events = story((2025, 6, 2), &["Kenyan police detained the organizers of the rally."]);
    assert!(has_prefixes(&events, "KENCOP", "173", "KEN"), "{events:#?}");
    let events = story((2025, 6, 2), &["Georgian police arrested three organisers of the march."]);
    assert!(has_prefixes(&events, "GEOCOP", "173", "GEO"), "{events:#?}");
}
