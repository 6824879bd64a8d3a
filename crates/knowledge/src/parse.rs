//! Reading the data files (see `FORMAT.md`) into a [`Knowledge`].
//!
//! Files are read in two steps: [`parse_layer`] turns lines into entries and
//! collects line-level errors; [`build`] lays the layers over each other
//! (built-in, then user) and checks what needs the whole picture: code
//! components, office keys, duplicate entries and names that two entries
//! would code differently on the same day.

use crate::date::Span;
use crate::normalize::{fold, is_capitals, Spellings};
use crate::{Actor, ActorKind, Agent, Attach, Category, CodeSpan, Component, InputError, Knowledge, Location, Name, NameForm, NameRef, Registry, Vacancy};
use demarche_lexicon::compiled::FxHashMap as HashMap;

/// The entries of one set of files (built-in, or a user directory).
#[derive(Default)]
pub(crate) struct Layer {
    actors: Vec<Actor>,
    /// Per actor: whether a `code` line of it was rejected (so that "has no
    /// code" is not reported on top of the real error).
    rejected_code: Vec<bool>,
    agents: Vec<Agent>,
    components: Vec<(Component, Location)>,
    offices: Vec<(String, String, Location)>,
    spellings: Vec<(String, String, Location)>,
    vacancies: Vec<Vacancy>,
    errors: Vec<InputError>,
}

pub(crate) fn parse_layer<'a>(files: impl IntoIterator<Item = (&'a str, &'a str)>) -> Layer {
    let mut layer = Layer::default();
    for (file, text) in files {
        parse_file(file, text, &mut layer);
    }
    layer
}

/// Cuts a `#` comment: at the start of the line or after white space (so
/// `#` inside a word stays). The comment rule of every knowledge and
/// pattern file.
pub fn strip_comment(line: &str) -> &str {
    let bytes = line.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        if b == b'#' && (i == 0 || bytes[i - 1].is_ascii_whitespace()) {
            return &line[..i];
        }
    }
    line
}

fn split_word(text: &str) -> (&str, &str) {
    let text = text.trim();
    match text.find(char::is_whitespace) {
        Some(i) => (&text[..i], text[i..].trim_start()),
        None => (text, ""),
    }
}

fn parse_file(file: &str, text: &str, layer: &mut Layer) {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let file: std::rc::Rc<str> = file.into();
    let mut current: Option<usize> = None;
    let mut facts = 0;
    for (index, raw) in text.lines().enumerate() {
        let line = strip_comment(raw).trim();
        if line.is_empty() {
            continue;
        }
        facts += 1;
        let loc = Location { file: file.clone(), line: index + 1 };
        if let Err(message) = parse_line(line, &loc, &mut current, layer) {
            layer.errors.push(loc.error(message));
        }
    }
    if facts == 0 {
        layer.errors.push(InputError::in_file(&*file, "no entries (the file is empty or holds only comments)"));
    }
}

fn parse_line(line: &str, loc: &Location, current: &mut Option<usize>, layer: &mut Layer) -> Result<(), String> {
    let (directive, rest) = split_word(line);
    if let Some(kind) = ActorKind::from_directive(directive) {
        if rest.is_empty() {
            *current = None;
            return Err(format!("`{directive}` needs a name"));
        }
        layer.actors.push(Actor { kind, name: rest.to_string(), names: Vec::new(), codes: Vec::new(), file: loc.file.to_string(), line: loc.line });
        layer.rejected_code.push(false);
        *current = Some(layer.actors.len() - 1);
        let display = strip_qualifier(rest).to_string();
        return add_name(layer, *current, display, NameForm::Noun, loc);
    }
    match directive {
        "shared" => {
            if rest.is_empty() || rest.contains('(') {
                return Err("`shared` needs a phrase without a qualifier".into());
            }
            let actor = current.ok_or("`shared` outside an entry (open one with `person`, `state`, `group` …)")?;
            // The entry's canonical name, or another of its names, made shared.
            if let Some(n) = layer.actors[actor].names.iter_mut().find(|n| n.form == NameForm::Noun && fold(&n.text) == fold(rest)) {
                n.shared = true;
                return Ok(());
            }
            add_name(layer, *current, rest.to_string(), NameForm::Noun, loc)?;
            if let Some(n) = layer.actors[actor].names.last_mut() {
                n.shared = true;
            }
            Ok(())
        }
        "name" | "adj" => {
            let form = if directive == "name" { NameForm::Noun } else { NameForm::Adjective };
            if rest.is_empty() {
                return Err(format!("`{directive}` needs a phrase"));
            }
            if rest.contains('(') {
                return Err("a qualifier in parentheses belongs on the entry's canonical name, not on a name".into());
            }
            add_name(layer, *current, rest.to_string(), form, loc)
        }
        "code" => {
            let actor = current.ok_or("`code` outside an entry (open one with `person`, `state`, `group` …)")?;
            let span = parse_code(rest).inspect_err(|_| layer.rejected_code[actor] = true)?;
            layer.actors[actor].codes.push(CodeSpan { line: loc.line, ..span });
            Ok(())
        }
        "agent" => {
            *current = None;
            layer.agents.push(parse_agent(rest, loc)?);
            Ok(())
        }
        "vacant" | "unrecorded" => {
            *current = None;
            layer.vacancies.push(Vacancy { unrecorded: directive == "unrecorded", ..parse_vacancy(rest, loc)? });
            Ok(())
        }
        "office" => {
            *current = None;
            let (key, label) = split_word(rest);
            if key.is_empty() || !key.bytes().all(|b| b.is_ascii_lowercase()) || label.is_empty() {
                return Err("expected `office KEY label` with a lower-case key".into());
            }
            layer.offices.push((key.to_string(), label.to_string(), loc.clone()));
            Ok(())
        }
        "spelling" => {
            *current = None;
            let words: Vec<&str> = rest.split_whitespace().collect();
            let [canonical, variant] = words[..] else {
                return Err("expected `spelling CANONICAL VARIANT` (two words)".into());
            };
            let (canonical, variant) = (fold(canonical), fold(variant));
            if canonical.contains(' ') || variant.contains(' ') || canonical.is_empty() || variant.is_empty() {
                return Err("spellings are single words".into());
            }
            if canonical == variant {
                return Err(format!("`{variant}` is already spelled `{canonical}`"));
            }
            layer.spellings.push((canonical, variant, loc.clone()));
            Ok(())
        }
        _ => {
            if let Some(category) = Category::from_directive(directive) {
                *current = None;
                let (code, label) = split_word(rest);
                if code.len() != 3 || !code.bytes().all(|b| b.is_ascii_uppercase()) || label.is_empty() {
                    return Err(format!("expected `{directive} XXX label` with a three-letter capital code"));
                }
                let component = Component { code: code.to_string(), category, label: label.to_string() };
                layer.components.push((component, loc.clone()));
                return Ok(());
            }
            *current = None;
            Err(format!("unknown directive `{directive}`"))
        }
    }
}

/// `Abdullah II (Jordan)` → `Abdullah II`.
fn strip_qualifier(name: &str) -> &str {
    match (name.rfind('('), name.ends_with(')')) {
        (Some(i), true) if i > 0 => name[..i].trim_end(),
        _ => name,
    }
}

fn add_name(layer: &mut Layer, current: Option<usize>, text: String, form: NameForm, loc: &Location) -> Result<(), String> {
    let actor = current.ok_or("name outside an entry (open one with `person`, `state`, `group` …)")?;
    if fold(&text).is_empty() {
        return Err(format!("`{text}` has no letters or digits"));
    }
    let capitals_only = is_capitals(&text);
    let capitalized = crate::starts_with_capital(&text);
    layer.actors[actor].names.push(Name { text, key: String::new(), form, capitals_only, capitalized, shared: false, line: loc.line });
    Ok(())
}

/// `CODE [RANGE] [@office …] [note]`.
fn parse_code(rest: &str) -> Result<CodeSpan, String> {
    let mut words = rest.split_whitespace().peekable();
    let code = words.next().ok_or("`code` needs a code")?.to_string();
    let span = match words.peek() {
        Some(w) if w.contains("..") => Span::parse(words.next().unwrap_or_default())?,
        _ => Span::ALWAYS,
    };
    let mut offices = Vec::new();
    while let Some(w) = words.next_if(|w| w.starts_with('@')) {
        offices.push(office_key(w)?);
    }
    let note = words.collect::<Vec<_>>().join(" ");
    Ok(CodeSpan { code, span, offices, note, line: 0 })
}

fn office_key(word: &str) -> Result<String, String> {
    let key = &word[1..];
    if key.is_empty() || !key.bytes().all(|b| b.is_ascii_lowercase()) {
        return Err(format!("bad office `{word}` (expected @ and a lower-case key such as @fm)"));
    }
    Ok(key.to_string())
}

/// `~CODE phrase [/ plural] [@office]` or `CODE~ phrase …`.
fn parse_agent(rest: &str, loc: &Location) -> Result<Agent, String> {
    let (code, mut phrase) = split_word(rest);
    let (code, attach) = if let Some(c) = code.strip_prefix('~') {
        (c, Attach::Suffix)
    } else if let Some(c) = code.strip_suffix('~') {
        (c, Attach::Prefix)
    } else {
        return Err(format!("agent code `{code}` needs `~` before (suffix, ~GOV) or after (prefix, NGO~)"));
    };
    let mut office = None;
    if let Some(i) = phrase.rfind(" @") {
        office = Some(office_key(phrase[i + 1..].trim())?);
        phrase = phrase[..i].trim_end();
    }
    let (singular, plural) = match phrase.split_once('/') {
        Some((s, p)) => {
            let p = p.trim();
            (s.trim(), if p == "-" { None } else { Some(p.to_string()) })
        }
        None => (phrase, Some(english_plural(phrase))),
    };
    if fold(singular).is_empty() || plural.as_deref().is_some_and(|p| fold(p).is_empty()) {
        return Err("`agent` needs a phrase (and a plural after `/`, or `/ -` for none)".into());
    }
    Ok(Agent {
        phrase: singular.to_string(),
        key: String::new(),
        plural,
        plural_key: None,
        code: code.to_string(),
        attach,
        office,
        file: loc.file.to_string(),
        line: loc.line,
    })
}

/// The regular English plural of a phrase's last word.
fn english_plural(phrase: &str) -> String {
    let (head, last) = match phrase.rfind(' ') {
        Some(i) => phrase.split_at(i + 1),
        None => ("", phrase),
    };
    let lower = last.to_lowercase();
    let plural = if let Some(stem) = last.strip_suffix("man").filter(|_| lower.ends_with("man") && !lower.ends_with("human")) {
        format!("{stem}men")
    } else if lower.ends_with("person") {
        format!("{}people", &last[..last.len() - "person".len()])
    } else if lower.ends_with('y') && !lower.ends_with("ay") && !lower.ends_with("ey") && !lower.ends_with("oy") && !lower.ends_with("uy") {
        format!("{}ies", &last[..last.len() - 1])
    } else if ["s", "x", "z", "ch", "sh"].iter().any(|e| lower.ends_with(e)) {
        format!("{last}es")
    } else {
        format!("{last}s")
    };
    format!("{head}{plural}")
}

fn parse_vacancy(rest: &str, loc: &Location) -> Result<Vacancy, String> {
    let words: Vec<&str> = rest.split_whitespace().collect();
    let (Some(country), Some(office), Some(range)) = (words.first(), words.get(1), words.get(2)) else {
        return Err("expected `vacant COUNTRY @office FROM..UNTIL [note]` (or `unrecorded …`)".into());
    };
    if !office.starts_with('@') {
        return Err(format!("expected an office such as @hos, found `{office}`"));
    }
    Ok(Vacancy {
        unrecorded: false,
        country: country.to_string(),
        office: office_key(office)?,
        span: Span::parse(range)?,
        note: words[3..].join(" "),
        file: loc.file.to_string(),
        line: loc.line,
    })
}

/// Lays the layers over each other and checks the result.
pub(crate) fn build(layers: Vec<Layer>) -> Result<Knowledge, Vec<InputError>> {
    let mut errors: Vec<InputError> = Vec::new();
    let mut kb = Knowledge::default();
    let mut component_at: HashMap<String, (usize, Location)> = HashMap::default();
    let mut office_at: HashMap<String, (usize, Location)> = HashMap::default();
    let mut spelling_at: HashMap<String, Location> = HashMap::default();
    let mut spellings = Spellings::default();
    let mut actor_at: HashMap<(ActorKind, String), (usize, usize)> = HashMap::default();
    let mut agent_at: HashMap<String, (usize, usize)> = HashMap::default();

    let mut layers = layers;
    // Registry, offices and spellings of every layer first: entries of any
    // file may use them.
    for (n, layer) in layers.iter_mut().enumerate() {
        errors.append(&mut layer.errors);
        for (component, loc) in layer.components.drain(..) {
            if let Some((first_layer, first)) = component_at.get(&component.code) {
                let known = &kb.registry.components[&component.code];
                if *first_layer == n || known.category != component.category {
                    errors.push(loc.error(format!("code `{}` is already registered at {first}", component.code)));
                    continue;
                }
            }
            component_at.insert(component.code.clone(), (n, loc));
            kb.registry.components.insert(component.code.clone(), component);
        }
        for (key, label, loc) in layer.offices.drain(..) {
            if let Some((first_layer, first)) = office_at.get(&key) {
                if *first_layer == n {
                    errors.push(loc.error(format!("office `{key}` is already defined at {first}")));
                    continue;
                }
            }
            office_at.insert(key.clone(), (n, loc));
            kb.registry.offices.insert(key, label);
        }
        for (canonical, variant, loc) in layer.spellings.drain(..) {
            match spellings.add(&canonical, &variant) {
                Ok(()) => {
                    spelling_at.entry(variant).or_insert(loc);
                }
                Err(other) => errors.push(loc.error(format!("`{variant}` is already spelled `{other}` at {}", spelling_at[&variant]))),
            }
        }
    }
    for (variant, loc) in &spelling_at {
        if let Some(canonical) = Some(spellings.key(variant)).filter(|c| spellings.is_variant(c)) {
            errors.push(loc.error(format!("canonical spelling `{canonical}` of `{variant}` is itself a variant")));
        }
    }
    kb.spellings = spellings;

    for (n, layer) in layers.iter_mut().enumerate() {
        let rejected = std::mem::take(&mut layer.rejected_code);
        for (mut actor, rejected_code) in layer.actors.drain(..).zip(rejected) {
            check_actor(&mut actor, rejected_code, &kb, &mut errors);
            let id = (actor.kind, kb.spellings.key(&actor.name));
            match actor_at.get(&id) {
                Some(&(first_layer, index)) if first_layer == n => {
                    let first = &kb.actors[index];
                    errors.push(InputError::at_line(&actor.file, actor.line, format!("duplicate entry `{} {}` (first defined at {}:{})", actor.kind.as_str(), actor.name, first.file, first.line)));
                }
                Some(&(_, index)) => {
                    actor_at.insert(id, (n, index));
                    kb.actors[index] = actor;
                }
                None => {
                    actor_at.insert(id, (n, kb.actors.len()));
                    kb.actors.push(actor);
                }
            }
        }
        for mut agent in layer.agents.drain(..) {
            let loc = Location::new(&agent.file, agent.line);
            if let Err(message) = kb.registry.split(&agent.code) {
                errors.push(loc.error(message));
            }
            check_office(agent.office.as_deref(), &kb.registry, &loc, &mut errors);
            agent.key = kb.spellings.key(&agent.phrase);
            agent.plural_key = agent.plural.as_deref().map(|p| kb.spellings.key(p));
            match agent_at.get(&agent.key) {
                Some(&(first_layer, index)) if first_layer == n => {
                    let first = &kb.agents[index];
                    errors.push(loc.error(format!("duplicate agent `{}` (first defined at {}:{})", agent.phrase, first.file, first.line)));
                }
                Some(&(_, index)) => {
                    agent_at.insert(agent.key.clone(), (n, index));
                    kb.agents[index] = agent;
                }
                None => {
                    agent_at.insert(agent.key.clone(), (n, kb.agents.len()));
                    kb.agents.push(agent);
                }
            }
        }
        for vacancy in layer.vacancies.drain(..) {
            let loc = Location::new(&vacancy.file, vacancy.line);
            if kb.registry.component(&vacancy.country).map(|c| c.category) != Some(Category::Country) {
                errors.push(loc.error(format!("`{}` is not a registered country code", vacancy.country)));
            }
            check_office(Some(&vacancy.office), &kb.registry, &loc, &mut errors);
            kb.vacancies.push(vacancy);
        }
    }

    index_names(&mut kb, &mut errors);
    index_agents(&mut kb, &mut errors);
    kb.by_canonical = actor_at.into_iter().map(|(id, (_, index))| (id, index)).collect();
    if errors.is_empty() {
        Ok(kb)
    } else {
        errors.sort_by_key(|e| (e.file.clone(), e.line));
        Err(errors)
    }
}

fn check_office(office: Option<&str>, registry: &Registry, loc: &Location, errors: &mut Vec<InputError>) {
    if let Some(key) = office {
        if registry.office(key).is_none() {
            errors.push(loc.error(format!("unknown office `@{key}` (offices are defined by `office` lines)")));
        }
    }
}

/// Keys the names and checks the codes of one entry.
fn check_actor(actor: &mut Actor, rejected_code: bool, kb: &Knowledge, errors: &mut Vec<InputError>) {
    let loc = |line| Location::new(&actor.file, line);
    if actor.codes.is_empty() && !rejected_code {
        errors.push(loc(actor.line).error(format!("entry `{}` has no code", actor.name)));
    }
    for code in &actor.codes {
        if let Err(message) = kb.registry.split(&code.code) {
            errors.push(loc(code.line).error(message));
        }
        for office in code.offices.iter().filter(|o| kb.registry.office(o).is_none()) {
            check_office(Some(office), &kb.registry, &loc(code.line), errors);
        }
    }
    let mut seen: HashMap<(String, NameForm, bool), usize> = HashMap::default();
    for name in &mut actor.names {
        name.key = kb.spellings.key(&name.text);
        if let Some(first) = seen.insert((name.key.clone(), name.form, name.capitals_only), name.line) {
            errors.push(loc(name.line).error(format!("name `{}` repeats the name on line {first} (same key `{}`)", name.text, name.key)));
        }
    }
}

/// Builds the name index and rejects a name that two entries would code
/// differently on the same day.
fn index_names(kb: &mut Knowledge, errors: &mut Vec<InputError>) {
    let mut by_name: HashMap<String, Vec<NameRef>> = HashMap::default();
    for (a, actor) in kb.actors.iter().enumerate() {
        for (n, name) in actor.names.iter().enumerate() {
            let refs = by_name.entry(name.key.clone()).or_default();
            if refs.last().is_some_and(|r| r.actor == a) {
                continue;
            }
            for other in refs.iter() {
                let first = &kb.actors[other.actor];
                if name.shared && first.names[other.name].shared {
                    continue;
                }
                if let Some((x, y, day)) = conflict(first, actor) {
                    let when = day.map_or("at all times".to_string(), |d| format!("on {d}"));
                    errors.push(InputError::at_line(
                        &actor.file,
                        name.line,
                        format!(
                            "name `{}` conflicts with `{} {}` ({}:{}): {} here, {} there {when}",
                            name.text,
                            first.kind.as_str(),
                            first.name,
                            first.file,
                            first.names[other.name].line,
                            y.code,
                            x.code
                        ),
                    ));
                }
            }
            refs.push(NameRef { actor: a, name: n });
        }
    }
    kb.by_name = by_name;
}

/// Two codes of two entries that differ on a shared day.
fn conflict<'a>(a: &'a Actor, b: &'a Actor) -> Option<(&'a CodeSpan, &'a CodeSpan, Option<chrono::NaiveDate>)> {
    for x in &a.codes {
        for y in &b.codes {
            if x.code != y.code && x.span.overlaps(&y.span) {
                return Some((x, y, x.span.first_shared_day(&y.span)));
            }
        }
    }
    None
}

/// Indexes agents by singular and plural; a plural that is another agent's
/// singular with a different code is an error.
fn index_agents(kb: &mut Knowledge, errors: &mut Vec<InputError>) {
    let mut by_agent: HashMap<String, Vec<(usize, bool)>> = HashMap::default();
    for (i, agent) in kb.agents.iter().enumerate() {
        by_agent.entry(agent.key.clone()).or_default().push((i, false));
    }
    for (i, agent) in kb.agents.iter().enumerate() {
        let Some(plural) = &agent.plural_key else { continue };
        let entry = by_agent.entry(plural.clone()).or_default();
        if let Some(&(other, _)) = entry.iter().find(|(o, _)| kb.agents[*o].code != agent.code || kb.agents[*o].attach != agent.attach) {
            let o = &kb.agents[other];
            errors.push(InputError::at_line(&agent.file, agent.line, format!("plural `{}` is also agent `{}` with another code ({}:{})", agent.plural.as_deref().unwrap_or_default(), o.phrase, o.file, o.line)));
        }
        if !entry.iter().any(|&(o, _)| o == i) {
            entry.push((i, true));
        }
    }
    kb.by_agent = by_agent;
}

#[cfg(test)]
mod tests {
    use super::english_plural;

    #[test]
    fn plurals() {
        assert_eq!(english_plural("ministry"), "ministries");
        assert_eq!(english_plural("foreign minister"), "foreign ministers");
        assert_eq!(english_plural("spokesman"), "spokesmen");
        assert_eq!(english_plural("spokesperson"), "spokespeople");
        assert_eq!(english_plural("congresswoman"), "congresswomen");
        assert_eq!(english_plural("attorney"), "attorneys");
        assert_eq!(english_plural("church"), "churches");
        assert_eq!(english_plural("human"), "humans");
    }
}
