//! The fresh story sets of `tests/data/fresh-*`: stories written for issue 5
//! with the events a careful coder expects, committed before the coder was
//! first run on them. Rules were later written from their misses, so they
//! are no longer unseen text; this test keeps what they measure from sliding
//! back (each set has a floor a little under its score when it was added).
//!
//! `expected.tsv`, one event a line: story (the start of a file name),
//! sentence (a reminder for people, not matched), source (`*` any, `XXX*` any code
//! starting so, a bare `IGO`/`NGO` any such body, `A|B` either), target (the
//! same, and `""` or empty none), roots (`17|18` either), and optionally `req` (`0`:
//! an optional event, which a prediction may match without an error and
//! which recall does not count). Actors compare as `eval news` does at the
//! root level (`RUSGOV` → `RUS`, `IGOUNOIAE` → `IGOUNO`); predictions and
//! expectations are matched one to one within each story.

use std::path::{Path, PathBuf};

mod common;

use common::scoring::{read_expected, score, Expected, Tally};
use demarche_code::Event;
use demarche_doc::NaiveDate;
use demarche_page::{read_inputs, ReadOptions};
use demarche_pipeline::Pipeline;

/// The date a story file's name ends with (`…-2025-03-12.txt`).
fn file_date(path: &Path) -> NaiveDate {
    let stem = path.file_stem().unwrap().to_string_lossy();
    let date = stem.get(stem.len().saturating_sub(10)..).unwrap_or("");
    NaiveDate::parse_from_str(date, "%Y-%m-%d").unwrap_or_else(|_| panic!("{}: no date at the end of the name", path.display()))
}

fn set_dir(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data").join(name)
}

/// Precision and recall of the coder on one fresh set.
fn measure(name: &str) -> (f64, f64, f64) {
    let dir = set_dir(name);
    let expected = read_expected(&dir.join("expected.tsv"));
    let mut stories: Vec<PathBuf> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).filter(|p| p.extension().is_some_and(|x| x == "txt")).collect();
    stories.sort();
    let pipeline = Pipeline::builtin();
    let mut tally = Tally::default();
    for x in &expected {
        assert!(stories.iter().any(|p| p.file_name().unwrap().to_string_lossy().starts_with(&x.story)), "{name}: no story file for `{}`", x.story);
    }
    for path in &stories {
        let file = path.file_name().unwrap().to_string_lossy().into_owned();
        let mine: Vec<&Expected> = expected.iter().filter(|x| file.starts_with(&x.story)).collect();
        let options = ReadOptions { date: Some(file_date(path)), ..ReadOptions::default() };
        let doc = read_inputs(&[path], &options).next().unwrap().unwrap();
        let (_, events) = pipeline.code_document(doc);
        tally.add(score(&events, &mine));
    }
    let (precision, recall, f1) = tally.prf();
    let Tally { matched, predicted, wrong, required } = tally;
    eprintln!("{name}: P {precision:.3} R {recall:.3} F1 {f1:.3} ({matched} of {required} expected, {predicted} predicted, {wrong} wrong)");
    (precision, recall, f1)
}

#[test]
fn conflict_and_coercion_stories_keep_their_score() {
    let (_, _, f1) = measure("fresh-a");
    assert!(f1 >= 0.55, "fresh-a root F1 {f1:.3} fell below 0.55");
}

#[test]
fn diplomacy_stories_keep_their_score() {
    let (_, _, f1) = measure("fresh-b");
    assert!(f1 >= 0.85, "fresh-b root F1 {f1:.3} fell below 0.85");
}

#[test]
fn sanctions_aid_politics_and_courts_stories_keep_their_score() {
    let (_, _, f1) = measure("fresh-c");
    assert!(f1 >= 0.63, "fresh-c root F1 {f1:.3} fell below 0.63");
}

#[test]
fn less_covered_regions_stories_keep_their_score() {
    let (_, _, f1) = measure("fresh-d");
    assert!(f1 >= 0.50, "fresh-d root F1 {f1:.3} fell below 0.50");
}

#[test]
fn asia_latin_america_and_horn_stories_keep_their_score() {
    let (_, _, f1) = measure("fresh-h");
    assert!(f1 >= 0.75, "fresh-h root F1 {f1:.3} fell below 0.75");
}

#[test]
fn middle_east_stories_keep_their_score() {
    let (_, _, f1) = measure("fresh-f");
    assert!(f1 >= 0.62, "fresh-f root F1 {f1:.3} fell below 0.62");
}

#[test]
fn europe_and_former_soviet_stories_keep_their_score() {
    let (_, _, f1) = measure("fresh-e");
    assert!(f1 >= 0.56, "fresh-e root F1 {f1:.3} fell below 0.56");
}

#[test]
fn older_wire_stories_keep_their_score() {
    let (_, _, f1) = measure("fresh-g");
    assert!(f1 >= 0.78, "fresh-g root F1 {f1:.3} fell below 0.78");
}

#[test]
fn analyses_and_explainers_keep_their_score() {
    let (_, _, f1) = measure("fresh-i");
    assert!(f1 >= 0.74, "fresh-i root F1 {f1:.3} fell below 0.74");
}

#[test]
fn koreas_taiwan_and_elections_in_crisis_stories_keep_their_score() {
    let (_, _, f1) = measure("fresh-l");
    assert!(f1 >= 0.57, "fresh-l root F1 {f1:.3} fell below 0.57");
}

#[test]
fn wire_stories_of_2017_to_2020_keep_their_score() {
    let (_, _, f1) = measure("fresh-j");
    assert!(f1 >= 0.77, "fresh-j root F1 {f1:.3} fell below 0.77");
}

#[test]
fn africa_latin_america_and_energy_diplomacy_stories_keep_their_score() {
    let (_, _, f1) = measure("fresh-k");
    assert!(f1 >= 0.70, "fresh-k root F1 {f1:.3} fell below 0.70");
}

#[test]
fn south_china_sea_great_lakes_and_latin_america_stories_keep_their_score() {
    let (_, _, f1) = measure("fresh-n");
    assert!(f1 >= 0.55, "fresh-n root F1 {f1:.3} fell below 0.55");
}

#[test]
fn wire_stories_of_2021_and_2022_keep_their_score() {
    let (_, _, f1) = measure("fresh-m");
    assert!(f1 >= 0.62, "fresh-m root F1 {f1:.3} fell below 0.62");
}

#[test]
fn latin_america_and_asia_pacific_wire_stories_keep_their_score() {
    let (_, _, f1) = measure("fresh-q");
    assert!(f1 >= 0.77, "fresh-q root F1 {f1:.3} fell below 0.77");
}

#[test]
fn wire_leads_of_1994_to_2015_keep_their_score() {
    let (_, _, f1) = measure("fresh-r");
    assert!(f1 >= 0.78, "fresh-r root F1 {f1:.3} fell below 0.78");
}

#[test]
fn caucasus_horn_of_africa_sahel_and_libya_stories_keep_their_score() {
    let (_, _, f1) = measure("fresh-p");
    assert!(f1 >= 0.74, "fresh-p root F1 {f1:.3} fell below 0.74");
}

#[test]
fn latest_news_of_2025_stories_keep_their_score() {
    let (_, _, f1) = measure("fresh-o");
    assert!(f1 >= 0.80, "fresh-o root F1 {f1:.3} fell below 0.80");
}

#[test]
fn iran_israel_lebanon_and_red_sea_stories_keep_their_score() {
    let (_, _, f1) = measure("fresh-s");
    assert!(f1 >= 0.78, "fresh-s root F1 {f1:.3} fell below 0.78");
}

#[test]
fn myanmar_balkans_and_african_crises_stories_keep_their_score() {
    let (_, _, f1) = measure("fresh-t");
    assert!(f1 >= 0.67, "fresh-t root F1 {f1:.3} fell below 0.67");
}

#[test]
fn long_analyses_and_features_keep_their_score() {
    let (_, _, f1) = measure("fresh-u");
    assert!(f1 >= 0.70, "fresh-u root F1 {f1:.3} fell below 0.70");
}

#[test]
fn south_asia_haiti_and_taiwan_strait_stories_keep_their_score() {
    let (_, _, f1) = measure("fresh-v");
    assert!(f1 >= 0.85, "fresh-v root F1 {f1:.3} fell below 0.85");
}

#[test]
fn wire_news_of_2001_to_2011_keep_their_score() {
    let (_, _, f1) = measure("fresh-x");
    assert!(f1 >= 0.80, "fresh-x root F1 {f1:.3} fell below 0.80");
}

#[test]
fn sahel_ethiopia_gulf_and_libya_stories_keep_their_score() {
    let (_, _, f1) = measure("fresh-w");
    assert!(f1 >= 0.72, "fresh-w root F1 {f1:.3} fell below 0.72");
}

#[test]
fn latin_america_and_great_lakes_stories_keep_their_score() {
    let (_, _, f1) = measure("fresh-y");
    assert!(f1 >= 0.75, "fresh-y root F1 {f1:.3} fell below 0.75");
}

#[test]
fn ukraine_russia_koreas_and_scarborough_2025_stories_keep_their_score() {
    let (_, _, f1) = measure("fresh-z");
    assert!(f1 >= 0.77, "fresh-z root F1 {f1:.3} fell below 0.77");
}

#[test]
fn iran_syria_houthis_and_gaza_ceasefire_2025_stories_keep_their_score() {
    let (_, _, f1) = measure("fresh-aa");
    assert!(f1 >= 0.81, "fresh-aa root F1 {f1:.3} fell below 0.81");
}

#[test]
fn somalia_nigeria_great_lakes_caucasus_and_venezuela_2025_stories_keep_their_score() {
    let (_, _, f1) = measure("fresh-ab");
    assert!(f1 >= 0.78, "fresh-ab root F1 {f1:.3} fell below 0.78");
}

#[test]
fn wire_news_of_the_1990s_stories_keep_their_score() {
    let (_, _, f1) = measure("fresh-ac");
    assert!(f1 >= 0.82, "fresh-ac root F1 {f1:.3} fell below 0.82");
}

#[test]
fn wire_news_of_2003_to_2008_stories_keep_their_score() {
    let (_, _, f1) = measure("fresh-ae");
    assert!(f1 >= 0.63, "fresh-ae root F1 {f1:.3} fell below 0.63");
}

#[test]
fn crises_of_2021_and_2022_stories_keep_their_score() {
    let (_, _, f1) = measure("fresh-ad");
    assert!(f1 >= 0.65, "fresh-ad root F1 {f1:.3} fell below 0.65");
}

#[test]
fn russia_ukraine_war_diplomacy_and_wider_europe_2022_to_2024_stories_keep_their_score() {
    let (_, _, f1) = measure("fresh-af");
    assert!(f1 >= 0.77, "fresh-af root F1 {f1:.3} fell below 0.77");
}

#[test]
fn asia_and_latin_america_2023_to_2025_stories_keep_their_score() {
    let (_, _, f1) = measure("fresh-ah");
    assert!(f1 >= 0.70, "fresh-ah root F1 {f1:.3} fell below 0.70");
}

#[test]
fn sudan_sahel_horn_and_great_lakes_2023_to_2025_stories_keep_their_score() {
    let (_, _, f1) = measure("fresh-ag");
    assert!(f1 >= 0.65, "fresh-ag root F1 {f1:.3} fell below 0.65");
}

#[test]
fn levant_iran_and_gulf_2024_to_2025_stories_keep_their_score() {
    let (_, _, f1) = measure("fresh-aj");
    assert!(f1 >= 0.75, "fresh-aj root F1 {f1:.3} fell below 0.75");
}

#[test]
fn the_scorer_matches_one_to_one_and_lets_optional_events_pass() {
    let ev = |s: &str, t: &str, c: &str| Event { source: s.into(), target: t.into(), code: c.into(), ..Event::default() };
    let x = |s: &str, t: Option<&str>, roots: &[&str], required: bool| Expected { story: "s".into(), sentence: String::new(), source: s.into(), target: t.map(str::to_string), roots: roots.iter().map(|r| r.to_string()).collect(), required };
    let expected = [x("RUS", Some("ISR"), &["11"], true), x("EGY", None, &["04", "05"], true), x("USA", Some(""), &["01"], false)];
    let refs: Vec<&Expected> = expected.iter().collect();
    // Two RUS→ISR 11 predictions: one matches, the second is an error; the
    // optional USA statement is neither a match nor an error.
    let events = [ev("RUSGOV", "ISRGOV", "111"), ev("RUSGOV", "ISR", "112"), ev("EGYGOV", "QAT", "051"), ev("USAGOV", "", "010")];
    assert_eq!(score(&events, &refs), (2, 4, 1, 2));
}

#[test]
fn korea_japan_china_and_taiwan_strait_stories_keep_their_score() {
    let (_, _, f1) = measure("fresh-ai");
    assert!(f1 >= 0.73, "fresh-ai root F1 {f1:.3} fell below 0.73");
}

#[test]
fn latin_america_caribbean_and_africa_2024_to_2025_stories_keep_their_score() {
    let (_, _, f1) = measure("fresh-ak");
    assert!(f1 >= 0.64, "fresh-ak root F1 {f1:.3} fell below 0.64");
}

#[test]
fn south_and_southeast_asia_2025_stories_keep_their_score() {
    let (_, _, f1) = measure("fresh-am");
    assert!(f1 >= 0.61, "fresh-am root F1 {f1:.3} fell below 0.61");
}

#[test]
fn russia_ukraine_diplomacy_nato_and_wider_europe_2025_stories_keep_their_score() {
    let (_, _, f1) = measure("fresh-al");
    assert!(f1 >= 0.62, "fresh-al root F1 {f1:.3} fell below 0.62");
}

#[test]
fn gaza_israel_west_bank_and_lebanon_2023_to_2025_stories_keep_their_score() {
    let (_, _, f1) = measure("fresh-an");
    assert!(f1 >= 0.64, "fresh-an root F1 {f1:.3} fell below 0.64");
}

#[test]
fn sudan_great_lakes_and_latin_america_2021_to_2025_stories_keep_their_score() {
    let (_, _, f1) = measure("fresh-ao");
    assert!(f1 >= 0.62, "fresh-ao root F1 {f1:.3} fell below 0.62");
}

#[test]
fn korean_peninsula_and_south_china_sea_2023_to_2024_stories_keep_their_score() {
    let (_, _, f1) = measure("fresh-ap");
    assert!(f1 >= 0.71, "fresh-ap root F1 {f1:.3} fell below 0.71");
}

#[test]
fn world_affairs_2003_to_2016_stories_keep_their_score() {
    let (_, _, f1) = measure("fresh-aq");
    assert!(f1 >= 0.71, "fresh-aq root F1 {f1:.3} fell below 0.71");
}

#[test]
fn russia_ukraine_war_2022_to_2024_and_south_caucasus_stories_keep_their_score() {
    let (_, _, f1) = measure("fresh-ar");
    assert!(f1 >= 0.55, "fresh-ar root F1 {f1:.3} fell below 0.55");
}

#[test]
fn latin_america_and_caribbean_2021_to_2024_stories_keep_their_score() {
    let (_, _, f1) = measure("fresh-as");
    assert!(f1 >= 0.61, "fresh-as root F1 {f1:.3} fell below 0.61");
}

#[test]
fn africa_sahel_horn_and_sudan_2022_to_2024_stories_keep_their_score() {
    let (_, _, f1) = measure("fresh-at");
    assert!(f1 >= 0.53, "fresh-at root F1 {f1:.3} fell below 0.53");
}

#[test]
fn gulf_iran_iraq_and_yemen_2019_to_2024_stories_keep_their_score() {
    let (_, _, f1) = measure("fresh-au");
    assert!(f1 >= 0.74, "fresh-au root F1 {f1:.3} fell below 0.74");
}

#[test]
fn south_asia_2019_to_2025_stories_keep_their_score() {
    let (_, _, f1) = measure("fresh-av");
    assert!(f1 >= 0.71, "fresh-av root F1 {f1:.3} fell below 0.71");
}

#[test]
fn great_lakes_and_central_africa_2023_to_2025_stories_keep_their_score() {
    let (_, _, f1) = measure("fresh-aw");
    assert!(f1 >= 0.68, "fresh-aw root F1 {f1:.3} fell below 0.68");
}

#[test]
fn latin_america_and_caribbean_2024_to_2025_stories_keep_their_score() {
    let (_, _, f1) = measure("fresh-ax");
    assert!(f1 >= 0.73, "fresh-ax root F1 {f1:.3} fell below 0.73");
}

#[test]
fn balkans_eastern_europe_and_central_asia_2022_to_2025_stories_keep_their_score() {
    let (_, _, f1) = measure("fresh-ay");
    assert!(f1 >= 0.61, "fresh-ay root F1 {f1:.3} fell below 0.61");
}

#[test]
fn turkey_kurds_iraq_libya_and_yemen_2023_to_2025_stories_keep_their_score() {
    let (_, _, f1) = measure("fresh-az");
    assert!(f1 >= 0.70, "fresh-az root F1 {f1:.3} fell below 0.70");
}

#[test]
fn great_power_trade_and_alliance_diplomacy_2025_stories_keep_their_score() {
    let (_, _, f1) = measure("fresh-ba");
    assert!(f1 >= 0.59, "fresh-ba root F1 {f1:.3} fell below 0.59");
}

#[test]
fn east_asia_2025_stories_keep_their_score() {
    let (_, _, f1) = measure("fresh-bb");
    assert!(f1 >= 0.75, "fresh-bb root F1 {f1:.3} fell below 0.75");
}

#[test]
fn south_caucasus_and_central_asia_2024_to_2025_stories_keep_their_score() {
    let (_, _, f1) = measure("fresh-bc");
    assert!(f1 >= 0.70, "fresh-bc root F1 {f1:.3} fell below 0.70");
}

#[test]
fn older_wire_news_on_world_affairs_2003_to_2011_stories_keep_their_score() {
    let (_, _, f1) = measure("fresh-bd");
    assert!(f1 >= 0.64, "fresh-bd root F1 {f1:.3} fell below 0.64");
}

#[test]
fn africa_2024_to_2025_sahel_sudan_great_lakes_and_horn_stories_keep_their_score() {
    let (_, _, f1) = measure("fresh-bf");
    assert!(f1 >= 0.72, "fresh-bf root F1 {f1:.3} fell below 0.72");
}

#[test]
fn europe_and_the_war_in_ukraine_2025_stories_keep_their_score() {
    let (_, _, f1) = measure("fresh-bg");
    assert!(f1 >= 0.66, "fresh-bg root F1 {f1:.3} fell below 0.66");
}

#[test]
fn latin_america_2024_to_2025_stories_keep_their_score() {
    let (_, _, f1) = measure("fresh-be");
    assert!(f1 >= 0.66, "fresh-be root F1 {f1:.3} fell below 0.66");
}

#[test]
fn middle_east_2025_syria_lebanon_iran_and_iraq_stories_keep_their_score() {
    let (_, _, f1) = measure("fresh-bh");
    assert!(f1 >= 0.77, "fresh-bh root F1 {f1:.3} fell below 0.77");
}

#[test]
fn south_and_southeast_asia_2025_second_round_stories_keep_their_score() {
    let (_, _, f1) = measure("fresh-bi");
    assert!(f1 >= 0.74, "fresh-bi root F1 {f1:.3} fell below 0.74");
}

#[test]
fn gaza_and_israel_2025_truces_aid_mediation_and_recognition_stories_keep_their_score() {
    let (_, _, f1) = measure("fresh-bj");
    assert!(f1 >= 0.70, "fresh-bj root F1 {f1:.3} fell below 0.70");
}

#[test]
fn africa_2025_sudan_congo_horn_south_africa_and_kenya_stories_keep_their_score() {
    let (_, _, f1) = measure("fresh-bl");
    assert!(f1 >= 0.82, "fresh-bl root F1 {f1:.3} fell below 0.82");
}

#[test]
fn northeast_asia_2025_korea_japan_china_and_philippines_stories_keep_their_score() {
    let (_, _, f1) = measure("fresh-bk");
    assert!(f1 >= 0.60, "fresh-bk root F1 {f1:.3} fell below 0.60");
}

#[test]
fn domestic_politics_and_unrest_2025_turkey_serbia_nepal_madagascar_indonesia_tanzania_cameroon_and_georgia_stories_keep_their_score() {
    let (_, _, f1) = measure("fresh-bm");
    assert!(f1 >= 0.61, "fresh-bm root F1 {f1:.3} fell below 0.61");
}

#[test]
fn americas_2025_venezuela_colombia_brazil_mexico_honduras_and_argentina_stories_keep_their_score() {
    let (_, _, f1) = measure("fresh-bn");
    assert!(f1 >= 0.72, "fresh-bn root F1 {f1:.3} fell below 0.72");
}
