//! The PETRARCH unit-test suite and its later variant read completely.

use demarche_doc::shared::require_shared;
use demarche_page::petrarch::{read_suite, Expectation};

#[test]
fn unit_test_suite_reads_all_records() {
    let Some(path) = require_shared("data/petrarch2/text/PETR.UnitTest.records.xml") else { return };
    let xml = std::fs::read_to_string(&path).unwrap();
    let suite = read_suite(&xml, "PETR.UnitTest.records.xml").unwrap();
    assert_eq!(suite.records.len(), 284);
    assert_eq!(suite.environment.verb_file.as_deref(), Some("PETR.Validate.verbs.txt"));
    assert!(suite.records.iter().all(|r| r.parse.is_some() && r.date.is_some() && !r.text.is_empty()));
    let noevents = suite.records.iter().filter(|r| r.expected.contains(&Expectation::NoEvents)).count();
    assert_eq!(noevents, 19);
    let compound3 = suite.records.iter().find(|r| r.id == "COMPOUND-03").unwrap();
    assert_eq!(compound3.option("require_dyad"), Some("false"));
    let compound5 = suite.records.iter().find(|r| r.id == "COMPOUND-05").unwrap();
    assert_eq!(compound5.option("require_dyad"), Some("true"));
}

#[test]
fn single_test_reads_with_global_options() {
    let Some(path) = require_shared("data/petrarch2/text/single_test.xml") else { return };
    let xml = std::fs::read_to_string(&path).unwrap();
    let suite = read_suite(&xml, "single_test.xml").unwrap();
    assert_eq!(suite.records.len(), 281);
    assert_eq!(suite.records[0].option("comma_max"), Some("8"));
}
