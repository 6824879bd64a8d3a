//! The canonical input: a news analysis copied from a browser, page chrome
//! included (skip link, subscription pitch, price line).

use demarche_doc::shared::require_shared;
use demarche_doc::DateSource;
use demarche_page::{read_inputs, ReadOptions};

#[test]
fn moscow_example_title_body_and_no_chrome() {
    let Some(path) = require_shared("examples/moscow-mideast-peace-process.txt") else { return };
    let docs: Vec<_> = read_inputs(&[&path], &ReadOptions::default()).collect();
    assert_eq!(docs.len(), 1);
    let doc = docs.into_iter().next().unwrap().expect("reads");
    assert_eq!(doc.id, "moscow-mideast-peace-process");
    assert_eq!(doc.title.as_deref(), Some("Moscow looks to expand role in Mideast peace process"));
    assert_eq!(doc.paragraphs.len(), 3, "{:#?}", doc.paragraphs);
    assert!(doc.paragraphs[0].starts_with("Official Russian statements"));
    assert!(doc.paragraphs[2].ends_with("on ending the conflict."));
    let body = doc.body();
    for chrome in ["Skip to main content", "Access the Middle East", "Join our community", "$100 per year"] {
        assert!(!body.contains(chrome), "chrome line `{chrome}` left in the body");
    }
    // The piece states no date: none unless --date gives one.
    assert_eq!((doc.date, doc.date_source), (None, DateSource::None));
    let with_flag = ReadOptions { date: demarche_doc::NaiveDate::from_ymd_opt(2021, 5, 25), ..ReadOptions::default() };
    let doc = read_inputs(&[&path], &with_flag).next().unwrap().unwrap();
    assert_eq!((doc.date, doc.date_source), (with_flag.date, DateSource::Flag));
}
