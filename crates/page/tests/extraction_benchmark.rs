//! The article-extraction benchmark (shared data): F1 over 4-gram shingles
//! must stay at or above 0.96 on the 91 pages, and on each half of the
//! fixed tuning/held-out split.

use demarche_doc::shared::require_shared;
use demarche_page::eval;

#[test]
fn extraction_f1_on_benchmark_pages() {
    let Some(dir) = require_shared("data/article-extraction") else { return };
    let pages = eval::load_benchmark(&dir).expect("benchmark loads");
    assert_eq!(pages.len(), 91, "the shared benchmark has 91 pages");
    let (mut all, mut tuning, mut held_out) = (Vec::new(), Vec::new(), Vec::new());
    for page in &pages {
        let m = eval::shingle_match(&page.truth, &eval::predicted_body(&page.html, page.url.as_deref()));
        all.push(m);
        if eval::is_tuning_page(&page.name) { &mut tuning } else { &mut held_out }.push(m);
    }
    let (all, tuning, held_out) = (eval::totals(&all), eval::totals(&tuning), eval::totals(&held_out));
    eprintln!("all {all:?}\ntuning {tuning:?}\nheld-out {held_out:?}");
    assert!(all.f1 >= 0.96, "F1 {:.4} below 0.96", all.f1);
    assert!(held_out.f1 >= 0.95, "held-out F1 {:.4} below 0.95", held_out.f1);
    assert!(all.precision >= 0.95 && all.recall >= 0.95, "{all:?}");
}
