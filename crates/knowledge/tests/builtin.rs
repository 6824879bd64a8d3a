//! The built-in data files load without errors.

use demarche_knowledge::Knowledge;

#[test]
fn every_builtin_file_loads() {
    let errors = Knowledge::lint(Knowledge::builtin_files().iter().copied());
    for e in &errors {
        eprintln!("{e}");
    }
    assert!(errors.is_empty(), "{} errors in the built-in knowledge base", errors.len());
    assert!(Knowledge::builtin_files().len() > 5);
}
