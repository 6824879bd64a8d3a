//! Tagging errors on an annotated treebank, as `demarche eval parser`
//! makes them (documents by `# newdoc`): a confusion summary of UPOS, then
//! every wrong word in context, for finding general causes.
//!
//! `cargo run --release -p demarche-parse --example tag_errors -- DEV.conllu [MODEL]`

use std::collections::HashMap;
use std::io::Write;

use demarche_doc::conllu;
use demarche_parse::Model;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let Some(path) = args.get(1) else {
        eprintln!("usage: tag_errors DEV.conllu [MODEL]");
        std::process::exit(2);
    };
    let blocks = match conllu::read_file(std::path::Path::new(path)) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(1);
        }
    };
    let loaded;
    let model = match args.get(2) {
        Some(m) => {
            loaded = Model::load(std::path::Path::new(m)).unwrap_or_else(|e| {
                eprintln!("{e}");
                std::process::exit(1)
            });
            &loaded
        }
        None => Model::builtin(),
    };
    let gold: Vec<_> = blocks.iter().map(|s| s.to_sentence()).collect();
    let mut predicted: Vec<_> = gold.iter().map(demarche_parse::eval::strip).collect();
    let mut start = 0;
    let mut doc_of = vec![0usize; blocks.len()];
    for i in 1..=blocks.len() {
        if i < blocks.len() {
            doc_of[i] = doc_of[i - 1] + blocks[i].comments.iter().any(|c| c.trim_start().starts_with("newdoc")) as usize;
        }
        if i == blocks.len() || blocks[i].comments.iter().any(|c| c.trim_start().starts_with("newdoc")) {
            model.annotate_many(&mut predicted[start..i]);
            model.names_across_document(&mut predicted[start..i]);
            start = i;
        }
    }
    let mut confusion: HashMap<(String, String), usize> = HashMap::new();
    let (mut wrong, mut total) = (0, 0);
    let mut lines = Vec::new();
    let all = std::env::var_os("ALL").is_some();
    for (k, (g, p)) in gold.iter().zip(&predicted).enumerate() {
        for (i, (gt, pt)) in g.tokens.iter().zip(&p.tokens).enumerate() {
            total += 1;
            if all {
                lines.push(format!("{}\t{k}\t{i}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}", doc_of[k], gt.form, gt.upos, gt.xpos, pt.upos, pt.xpos, gt.lemma, pt.lemma, gt.deprel, pt.deprel, gt.head, pt.head));
            }
            if gt.upos == pt.upos {
                continue;
            }
            wrong += 1;
            *confusion.entry((gt.upos.clone(), pt.upos.clone())).or_default() += 1;
            let context: Vec<String> = g
                .tokens
                .iter()
                .enumerate()
                .skip(i.saturating_sub(4))
                .take(9)
                .map(|(j, t)| if j == i { format!("[{}]", t.form) } else { t.form.clone() })
                .collect();
            if all {
                continue;
            }
            lines.push(format!(
                "{k}\t{i}\t{}\t{}/{}\t{}/{}\t{}",
                gt.form,
                gt.upos,
                gt.xpos,
                pt.upos,
                pt.xpos,
                context.join(" ")
            ));
        }
    }
    let mut conf: Vec<_> = confusion.into_iter().collect();
    conf.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    // Errors writing (a closed pipe: `| head`) end the listing.
    let _ = (|| -> std::io::Result<()> {
        writeln!(out, "# UPOS {wrong} wrong of {total} ({:.2}%)", 100.0 * (total - wrong) as f64 / total as f64)?;
        for ((g, p), n) in conf.iter().take(30) {
            writeln!(out, "# {g} -> {p}\t{n}")?;
        }
        for l in lines {
            writeln!(out, "{l}")?;
        }
        out.flush()
    })();
}
