//! African office-holders of 2019–2026 (crates/knowledge/data/people/africa.txt
//! and unsc-africa.txt): each person is coded by the office held on the
//! story's date, and not by it outside that office. Sentences written for
//! the test.

mod common;

use common::{has_prefixes, story};

fn source_on(date: (i32, u32, u32), sentence: &str) -> Vec<String> {
    story(date, &[sentence]).into_iter().map(|e| e.source).collect()
}

#[test]
fn kenyan_deputy_presidents_and_defence_chiefs_by_date() {
    let s = "Rigathi Gachagua criticised Uganda on Tuesday.";
    assert!(has_prefixes(&story((2023, 5, 9), &[s]), "KENGOV", "11", "UGA"), "{:?}", source_on((2023, 5, 9), s));
    // After his impeachment he holds no office the coder can name.
    assert!(!source_on((2025, 3, 4), s).iter().any(|c| c == "KENGOV"), "{:?}", source_on((2025, 3, 4), s));
    let s = "Kithure Kindiki met Ethiopian Prime Minister Abiy Ahmed in Addis Ababa.";
    assert!(has_prefixes(&story((2025, 2, 12), &[s]), "KENGOV", "04", "ETHGOV"), "{:?}", story((2025, 2, 12), &[s]));
    let s = "Francis Ogolla visited Somalia on Monday.";
    assert!(has_prefixes(&story((2023, 9, 4), &[s]), "KENMIL", "04", "SOM"), "{:?}", story((2023, 9, 4), &[s]));
    assert!(!source_on((2022, 9, 5), s).iter().any(|c| c == "KENMIL"), "{:?}", source_on((2022, 9, 5), s));
}

#[test]
fn sahel_junta_leaders_and_prime_ministers_by_date() {
    let s = "Paul-Henri Sandaogo Damiba accused France of interference.";
    assert!(has_prefixes(&story((2022, 6, 1), &[s]), "BFAGOV", "11", "FRA"), "{:?}", story((2022, 6, 1), &[s]));
    assert!(!source_on((2023, 6, 1), s).iter().any(|c| c == "BFAGOV"), "{:?}", source_on((2023, 6, 1), s));
    let s = "Bah Ndaw met the ECOWAS mediator in Bamako.";
    assert!(has_prefixes(&story((2021, 1, 20), &[s]), "MLIGOV", "04", "IGOWAFWAS"), "{:?}", story((2021, 1, 20), &[s]));
    let s = "Allamaye Halina met Sudanese army chief Abdel Fattah al-Burhan in N'Djamena.";
    assert!(has_prefixes(&story((2024, 9, 10), &[s]), "TCDGOV", "04", "SDN"), "{:?}", story((2024, 9, 10), &[s]));
    let s = "Salifou Mody met Russia's deputy defence minister in Niamey.";
    assert!(has_prefixes(&story((2024, 1, 16), &[s]), "NERGOV", "04", "RUS"), "{:?}", story((2024, 1, 16), &[s]));
}

#[test]
fn central_and_west_african_officials_by_date() {
    let s = "Francois Bozize accused Russia of backing the government's offensive.";
    // President of the Central African Republic in 2010, rebel coordinator in 2021.
    assert!(has_prefixes(&story((2010, 5, 4), &[s]), "CAFGOV", "11", "RUS"), "{:?}", story((2010, 5, 4), &[s]));
    assert!(has_prefixes(&story((2021, 2, 3), &[s]), "CAFREB", "11", "RUS"), "{:?}", story((2021, 2, 3), &[s]));
    let s = "Christopher Musa met the French ambassador in Abuja.";
    assert!(has_prefixes(&story((2024, 3, 5), &[s]), "NGAMIL", "04", "FRA"), "{:?}", story((2024, 3, 5), &[s]));
    let s = "Umaro Sissoco Embalo met Senegal's president in Dakar.";
    assert!(has_prefixes(&story((2024, 5, 2), &[s]), "GNBGOV", "04", "SENGOV"), "{:?}", story((2024, 5, 2), &[s]));
    assert!(!source_on((2019, 5, 2), s).iter().any(|c| c == "GNBGOV"), "{:?}", source_on((2019, 5, 2), s));
    let s = "Joseph Dion Ngute praised Nigeria's cooperation against Boko Haram.";
    assert!(has_prefixes(&story((2022, 4, 6), &[s]), "CMRGOV", "05", "NGA"), "{:?}", story((2022, 4, 6), &[s]));
}

#[test]
fn east_african_and_regional_officials_by_date() {
    let s = "Workneh Gebeyehu called on Sudan's warring parties to agree a ceasefire.";
    assert!(has_prefixes(&story((2023, 5, 2), &[s]), "IGOEAFIAD", "", "SDN"), "{:?}", story((2023, 5, 2), &[s]));
    assert!(has_prefixes(&story((2018, 5, 2), &[s]), "ETHGOV", "", "SDN"), "{:?}", story((2018, 5, 2), &[s]));
    let s = "Nelson Chamisa accused Emmerson Mnangagwa of rigging the vote.";
    assert!(has_prefixes(&story((2023, 8, 28), &[s]), "ZWEOPP", "11", "ZWEGOV"), "{:?}", story((2023, 8, 28), &[s]));
    let s = "Pierre Nkurunziza accused Rwanda of backing rebels.";
    assert!(has_prefixes(&story((2016, 2, 10), &[s]), "BDIGOV", "11", "RWA"), "{:?}", story((2016, 2, 10), &[s]));
    assert!(!source_on((2021, 2, 10), s).iter().any(|c| c == "BDIGOV"), "{:?}", source_on((2021, 2, 10), s));
    let s = "Jules Banza Mwilambwe accused Rwanda of sending troops into North Kivu.";
    assert!(has_prefixes(&story((2025, 1, 28), &[s]), "CODMIL", "11", "RWA"), "{:?}", story((2025, 1, 28), &[s]));
}
