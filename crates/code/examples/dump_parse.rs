//! Prints the dependency conversion of a PETRARCH XML record's parse:
//! `cargo run -p demarche-code --example dump_parse -- FILE.xml ID`.
//! A debugging aid for the converter; reads the XML crudely on purpose
//! (no dependency on the page crate).

use demarche_code::convert::convert_treebank;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (Some(file), Some(id)) = (args.get(1), args.get(2)) else {
        eprintln!("usage: dump_parse FILE.xml ID");
        std::process::exit(2);
    };
    let xml = std::fs::read_to_string(file).expect("readable file");
    let key = format!("\"{id}\"");
    let Some(at) = xml.find(&key) else {
        eprintln!("no record {id}");
        std::process::exit(1);
    };
    let rest = &xml[at..];
    let parse = rest.split("<Parse>").nth(1).and_then(|p| p.split("</Parse>").next()).unwrap_or("");
    let mut toks = Vec::new();
    match convert_treebank(parse, &mut toks) {
        Ok(()) => {
            for (i, t) in toks.iter().enumerate() {
                let head = if t.head == 0 { "ROOT".to_string() } else { toks[t.head as usize - 1].form.to_string() };
                println!("{:>3} {:<16} {:<6} {:<3} {:<14} {}", i + 1, t.form, t.tag.as_str(), t.head, t.rel.as_str(), head);
            }
        }
        Err(e) => println!("error: {e}"),
    }
}
