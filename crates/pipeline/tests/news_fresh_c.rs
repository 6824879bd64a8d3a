//! Wordings of sanctions, aid, domestic-politics and court news met in the
//! fresh stories written for issue 5 (crates/pipeline/tests/data/fresh-c),
//! each checked on sentences written for the test, not taken from a story.

mod common;

use demarche_code::Event;
use demarche_pipeline::Pipeline;

/// Codes one story of `paragraphs` dated 10 March 2026.
fn story(paragraphs: &[&str]) -> Vec<Event> {
    common::code_story(&Pipeline::builtin(), (2026, 3, 10), paragraphs)
}

fn has(events: &[Event], source: &str, code: &str, target: &str) -> bool {
    common::has_prefixes(events, source, code, target)
}

#[test]
fn aid_with_no_recipient_named_goes_to_the_story_country() {
    let events = story(&[
        "A strong earthquake struck western Nepal on Friday, killing at least 90 people in Nepal's Jajarkot district.",
        "Japan pledged 3 million dollars in emergency relief on Saturday.",
        "The World Health Organization flew in medical supplies.",
        "Qatar dispatched a Red Crescent team with rescue dogs.",
    ]);
    assert!(has(&events, "JPN", "03", "NPL"), "{events:#?}");
    assert!(has(&events, "IGO", "07", "NPL"), "{events:#?}");
    assert!(has(&events, "QAT", "07", "NPL"), "{events:#?}");
}

#[test]
fn aid_to_the_donor_country_itself_has_no_default_recipient() {
    // The story is about Nepal, and so is the donor: no event of Nepal to Nepal.
    let events = story(&["Floods hit Nepal on Monday.", "Nepal's government flew in food supplies to the hills."]);
    assert!(!events.iter().any(|e| e.source.starts_with("NPL") && e.target.starts_with("NPL") && e.code.starts_with("07")), "{events:#?}");
}

#[test]
fn counted_crowds_of_tens_of_thousands_protest() {
    let events = story(&["Serbian police braced for a large rally on Saturday.", "Tens of thousands of people marched through central Belgrade on Saturday."]);
    assert!(has(&events, "SRB", "14", ""), "{events:#?}");
}

#[test]
fn suspending_someone_from_office_is_coercion() {
    let events = story(&["Tunisian police arrested opposition leader Rached Ghannouchi on Monday.", "The Tunisian government later suspended Ghannouchi from parliament."]);
    assert!(has(&events, "TUNGOV", "172", "TUN"), "{events:#?}");
}

#[test]
fn brussels_as_an_actor_is_the_european_union() {
    let events = story(&["Ukraine's president thanked Brussels for a new loan on Tuesday."]);
    assert!(has(&events, "UKR", "05", "IGOEU"), "{events:#?}");
}

#[test]
fn saying_one_does_not_recognise_a_party_rejects_it() {
    let events = story(&["Hungary's foreign ministry said on Monday that it did not recognise the International Criminal Court."]);
    assert!(has(&events, "HUN", "12", "IGO"), "{events:#?}");
}

#[test]
fn calling_a_measure_an_unfriendly_act_criticises_its_author() {
    let events = story(&["China's foreign ministry on Friday called the Japanese sanctions a hostile act."]);
    assert!(has(&events, "CHN", "11", "JPN"), "{events:#?}");
}

#[test]
fn supporters_who_protest_are_the_opposition_of_the_story() {
    let events = story(&["Bolivian police detained former president Evo Morales's spokesman on Monday.", "Supporters of the former president marched through La Paz on Tuesday."]);
    assert!(has(&events, "BOLOPP", "14", ""), "{events:#?}");
}

#[test]
fn the_court_after_an_international_court_is_that_court() {
    // The nearer Sudanese police do not make "the court" a Sudanese one.
    let events = story(&[
        "The International Criminal Court opened a new investigation into Darfur on Monday.",
        "Sudanese police arrested two suspects in Khartoum on Tuesday.",
        "The court's judges later accused the Rapid Support Forces of war crimes.",
    ]);
    assert!(has(&events, "IGOJUDICC", "11", "SDN"), "{events:#?}");
}

#[test]
fn bare_prosecutors_are_the_judiciary_of_the_story() {
    let events = story(&["Georgian police detained opposition leader Nika Melia in Tbilisi on Monday.", "Prosecutors opened an investigation into Nika Melia on Tuesday."]);
    assert!(has(&events, "GEOJUD", "09", ""), "{events:#?}");
    // After an international court, its judges, not the state's.
    let events = story(&["Georgian police detained two suspects on Monday.", "The International Criminal Court opened a case on Tuesday.", "Judges accused the two suspects of war crimes."]);
    assert!(has(&events, "IGOJUDICC", "11", ""), "{events:#?}");
}

#[test]
fn condolences_with_no_one_named_go_to_the_story_country() {
    let events = story(&["Myanmar's government said a landslide had buried a village in Kachin state on Sunday.", "Rescue teams from Myanmar searched for survivors on Monday.", "Thailand's prime minister offered condolences on Monday."]);
    assert!(has(&events, "THAGOV", "018", "MMR"), "{events:#?}");
}
