//! The built-in pattern files (`crates/knowledge/patterns/*.txt`) compile,
//! and together they code every CAMEO event code.

use std::collections::BTreeSet;

use demarche_code::model::Lexicon;
use demarche_code::native::compile_patterns;
use demarche_knowledge::Knowledge;

#[test]
fn builtin_patterns_compile_and_cover_every_code() {
    let files = Knowledge::builtin_pattern_files();
    assert!(files.len() >= 21, "pattern files: {}", files.len());
    let mut lex = Lexicon::default();
    compile_patterns(&mut lex, files.iter().copied()).unwrap_or_else(|e| panic!("{e}"));
    let native = &lex.native;
    assert!(native.patterns.len() > 3_000, "{} patterns", native.patterns.len());
    let coded: BTreeSet<&str> = native.patterns.iter().filter_map(|p| p.code).map(|c| lex.code(c)).collect();
    let missing: Vec<&str> = demarche_cameo::all().iter().map(|c| c.code).filter(|c| !coded.contains(c)).collect();
    assert!(missing.is_empty(), "codes without a pattern: {missing:?}");
    assert_eq!(demarche_cameo::all().len(), 311);
    // Global order: files by path, then lines.
    let order: Vec<(u16, u32)> = native.patterns.iter().map(|p| (p.origin.file, p.origin.line)).collect();
    assert!(order.windows(2).all(|w| w[0] < w[1]), "patterns are kept in file and line order");
    assert!(native.files.windows(2).all(|w| w[0] < w[1]), "files in path order: {:?}", native.files);
}
