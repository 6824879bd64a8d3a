//! Malformed data is rejected with the file and line of the problem.

use demarche_knowledge::Knowledge;

const REGISTRY: &str = "\
country-code RUS Russia
country-code ISR Israel
sector-code GOV government
sector-code REB rebels
office fm foreign minister
";

/// Loads a one-file knowledge base (after a small registry file) and
/// returns the error message.
fn error(text: &str) -> String {
    match Knowledge::from_texts([("registry.txt", REGISTRY), ("bad.txt", text)]) {
        Ok(_) => panic!("accepted:\n{text}"),
        Err(e) => e.to_string(),
    }
}

fn assert_error(text: &str, location: &str, words: &str) {
    let message = error(text);
    assert!(message.starts_with(location), "expected {location}: {message}");
    assert!(message.contains(words), "expected `{words}` in: {message}");
}

#[test]
fn well_formed_file_loads() {
    let kb = Knowledge::from_texts([("registry.txt", REGISTRY), ("ok.txt", "state Russia\n  adj Russian\n  code RUS\n")]).unwrap();
    assert_eq!(kb.actors().len(), 1);
}

#[test]
fn unknown_directive() {
    assert_error("state Russia\n  code RUS\npersn Someone\n", "bad.txt:3:", "unknown directive `persn`");
}

#[test]
fn unknown_code_component() {
    assert_error("state Russia\n  code RUSXYZ\n", "bad.txt:2:", "unknown code component `XYZ`");
    assert_error("state Russia\n  code RU\n", "bad.txt:2:", "bad code");
}

#[test]
fn bad_dates_and_ranges() {
    assert_error("person A B\n  code RUSGOV 2021-02-30..\n", "bad.txt:2:", "no such date");
    assert_error("person A B\n  code RUSGOV 2021-13..\n", "bad.txt:2:", "no such date");
    assert_error("person A B\n  code RUSGOV 21-01-01..\n", "bad.txt:2:", "bad date");
    assert_error("person A B\n  code RUSGOV 2022..2021-06\n", "bad.txt:2:", "inverted");
    assert_error("person A B\n  code RUSGOV 2021-06-13..2021-06-13\n", "bad.txt:2:", "empty date range");
}

#[test]
fn duplicate_entry() {
    assert_error("group Hamas\n  code ISRREB\n\ngroup Hamas\n  code ISRGOV\n", "bad.txt:4:", "duplicate entry `group Hamas` (first defined at bad.txt:1)");
}

#[test]
fn name_coded_differently_by_two_entries() {
    let text = "person Ivan Petrov\n  name Petrov\n  code RUSGOV 2000..2010\nperson Oleg Petrov\n  name Petrov\n  code RUSREB 2005..\n";
    assert_error(text, "bad.txt:5:", "name `Petrov` conflicts with `person Ivan Petrov`");
    // Shared names are fine when the dates keep them apart.
    let text = "person Ivan Petrov\n  name Petrov\n  code RUSGOV 2000..2005\nperson Oleg Petrov\n  name Petrov\n  code RUSREB 2005..\n";
    assert!(Knowledge::from_texts([("registry.txt", REGISTRY), ("ok.txt", text)]).is_ok());
}

#[test]
fn a_name_two_states_share_must_be_marked_shared_by_both() {
    // `shared` on both entries (one of them the canonical name): accepted.
    let text = "party Democratic Party (Russia)\n  shared Democratic Party\n  code RUSGOV\nparty Democratic Party of Israel\n  shared Democratic Party\n  code ISRGOV\n";
    let kb = Knowledge::from_texts([("registry.txt", REGISTRY), ("ok.txt", text)]).unwrap();
    assert!(kb.actors().iter().all(|a| a.names.iter().any(|n| n.text == "Democratic Party" && n.shared)));
    // On one side only: still a conflict.
    let text = "party Democratic Party (Russia)\n  code RUSGOV\nparty Democratic Party of Israel\n  shared Democratic Party\n  code ISRGOV\n";
    assert_error(text, "bad.txt:4:", "name `Democratic Party` conflicts with `party Democratic Party (Russia)`");
    assert_error("party Democratic Party of Israel\n  shared\n  code ISRGOV\n", "bad.txt:2:", "`shared` needs a phrase");
}

#[test]
fn structural_errors() {
    assert_error("  code RUS\n", "bad.txt:1:", "outside an entry");
    assert_error("name Moscow\n", "bad.txt:1:", "outside an entry");
    assert_error("state Russia\n", "bad.txt:1:", "has no code");
    assert_error("state Russia\n  code RUS\n  name Moscow (city)\n", "bad.txt:3:", "qualifier");
    assert_error("state Russia\n  code RUS\n  name Russia\n", "bad.txt:3:", "repeats");
    assert_error("person A B\n  code RUSGOV @xx Minister\n", "bad.txt:2:", "unknown office `@xx`");
    assert_error("# only a comment\n", "bad.txt:", "no entries");
    assert_error("country-code RUSS Russia\n", "bad.txt:1:", "three-letter");
    assert_error("country-code RUS Russia again\n", "bad.txt:1:", "already registered");
    assert_error("vacant XXX @fm 2000..2001\n", "bad.txt:1:", "not a registered country");
}

#[test]
fn agent_errors() {
    assert_error("agent GOV ministry\n", "bad.txt:1:", "needs `~`");
    assert_error("agent ~GOV ministry\nagent ~REB ministry\n", "bad.txt:2:", "duplicate agent");
    assert_error("agent ~XYZ ministry\n", "bad.txt:1:", "unknown code component");
    assert_error("agent ~GOV rebel / rebels\nagent ~REB rebels\n", "bad.txt:1:", "plural `rebels`");
}

#[test]
fn spelling_errors() {
    assert_error("spelling sergey sergei\nspelling sergio sergei\n", "bad.txt:2:", "already spelled");
    assert_error("spelling a b c\n", "bad.txt:1:", "two words");
}

/// A scratch directory under the system temp directory, removed on drop.
struct Scratch(std::path::PathBuf);

impl Scratch {
    fn new(name: &str) -> Scratch {
        let dir = std::env::temp_dir().join(format!("demarche-knowledge-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        Scratch(dir)
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

#[test]
fn user_directory_overrides_and_extends() {
    let dir = Scratch::new("override");
    std::fs::write(dir.0.join("extra.txt"), "person Jane Example\n  name Example\n  code RUSGOV 2020.. @fm Foreign Minister\n\ngroup Hamas\n  code PSEREB\n").unwrap();
    let kb = Knowledge::load_dir(&dir.0).unwrap();
    let date = demarche_knowledge::NaiveDate::from_ymd_opt(2021, 5, 12).unwrap();
    assert_eq!(kb.resolve("Hamas", date)[0].1.code, "PSEREB");
    assert_eq!(kb.resolve("Jane Example", date)[0].1.code, "RUSGOV");
    assert_eq!(kb.resolve("Lavrov", date)[0].1.code, "RUSGOV");
    assert!(kb.actors().len() > Knowledge::builtin().actors().len());
}

#[test]
fn user_directory_errors_name_the_file_and_line() {
    let dir = Scratch::new("errors");
    std::fs::write(dir.0.join("bad.txt"), b"person X Y\n  code RUSGOV\n  name \xff\xfe\n").unwrap();
    let e = Knowledge::load_dir(&dir.0).unwrap_err().to_string();
    assert!(e.contains("bad.txt:3: invalid UTF-8"), "{e}");

    std::fs::write(dir.0.join("bad.txt"), "person X Y\n  code RUSGOV 2021..2020\n").unwrap();
    let e = Knowledge::load_dir(&dir.0).unwrap_err().to_string();
    assert!(e.contains("bad.txt:2:") && e.contains("inverted"), "{e}");

    // A new entry may not take a built-in entry's name with another code.
    std::fs::write(dir.0.join("bad.txt"), "group Harakat al-Muqawama\n  name Hamas\n  code PSEGOV\n").unwrap();
    let e = Knowledge::load_dir(&dir.0).unwrap_err().to_string();
    assert!(e.contains("bad.txt:2:") && e.contains("conflicts with `group Hamas`"), "{e}");

    let empty = Scratch::new("empty");
    let e = Knowledge::load_dir(&empty.0).unwrap_err().to_string();
    assert!(e.contains("no .txt dictionary files"), "{e}");
    let e = Knowledge::load_dir(empty.0.join("missing")).unwrap_err().to_string();
    assert!(e.contains("cannot read dictionary directory"), "{e}");
}
