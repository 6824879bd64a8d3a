//! Agent dictionaries (`Phoenix.agents.txt`, `PETR.Validate.agents.txt`):
//! words that turn an actor into a sector actor.
//!
//! ```text
//! !PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON      a substitution set
//! CONGRESS!PERSON! [~LEG]                         one entry per member, no plurals
//! PRESIDENT [~GOV]                                ~CODE is appended: GON + ~GOV → GONGOV
//! MSF {}  [NGO~]                                  CODE~ is prefixed: NGO~ + ARN → NGOARN; {} = no plural
//! GOLDEN_GOOSE {GOLDEN_GEESE} [~GGS]              explicit plurals
//! ```

use std::collections::HashMap;

use demarche_doc::InputError;

use crate::lines::Lines;
use crate::report::{ReadOptions, Report};
use crate::words::{normalize_phrase, plural};

/// Whether an agent code goes after (`~GOV`) or before (`NGO~`) the actor code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AgentPosition {
    Suffix,
    Prefix,
}

/// One agent phrase (a base form, a plural or a substituted form).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AgentEntry {
    /// Upper-case words joined by single spaces.
    pub phrase: String,
    /// The code without its `~`.
    pub code: String,
    pub position: AgentPosition,
    pub line: usize,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AgentDictionary {
    pub entries: Vec<AgentEntry>,
}

impl AgentDictionary {
    /// Reads an agent dictionary; `file` names it in errors. Entries
    /// without a code are skipped with a warning, as PETRARCH does.
    pub fn read(text: &str, file: &str, options: ReadOptions) -> Result<(AgentDictionary, Vec<InputError>), InputError> {
        let mut report = Report::new(file, options);
        let mut sets: HashMap<String, Vec<String>> = HashMap::new();
        let mut dict = AgentDictionary::default();
        for line in Lines::new(text) {
            if line.is_blank() {
                continue;
            }
            let n = line.number;
            let t = line.text.trim();
            if t.starts_with('!') && t.contains('=') {
                let (name, members) = t.split_once('=').unwrap_or((t, ""));
                let name = name.trim();
                if name.len() < 3 || !name.ends_with('!') || name[1..name.len() - 1].contains('!') {
                    report.error(n, format!("bad substitution set name `{name}`"))?;
                    continue;
                }
                let members: Vec<String> = members.split(',').map(normalize_phrase).filter(|m| !m.is_empty()).collect();
                if members.is_empty() {
                    report.error(n, format!("substitution set {name} has no members"))?;
                    continue;
                }
                sets.insert(name.to_ascii_uppercase(), members);
                continue;
            }
            let Some(open) = t.find('[') else {
                report.warn(n, "codes are required for agents; entry skipped");
                continue;
            };
            let Some(close_rel) = t[open..].find(']') else {
                report.error(n, "unclosed `[` in agent code")?;
                continue;
            };
            if !t[open + close_rel + 1..].trim().is_empty() {
                report.error(n, "unexpected text after the agent code")?;
                continue;
            }
            let (code, position) = match parse_agent_code(&t[open + 1..open + close_rel]) {
                Ok(c) => c,
                Err(m) => {
                    report.error(n, m)?;
                    continue;
                }
            };
            let head = &t[..open];
            let (phrase, plurals) = match head.find('{') {
                Some(b) => match head[b..].find('}') {
                    Some(e) if head[b + e + 1..].trim().is_empty() => {
                        (&head[..b], Some(head[b + 1..b + e].split_whitespace().map(normalize_phrase).collect::<Vec<_>>()))
                    }
                    _ => {
                        report.error(n, "bad `{…}` plural list")?;
                        continue;
                    }
                },
                None => (head, None),
            };
            let phrase = phrase.trim();
            if phrase.is_empty() {
                report.error(n, "agent entry without a phrase")?;
                continue;
            }
            let mut push = |p: String| {
                if !p.is_empty() {
                    dict.entries.push(AgentEntry { phrase: p, code: code.clone(), position, line: n });
                }
            };
            if phrase.contains('!') {
                match substitute(phrase, &sets) {
                    Ok(forms) => forms.into_iter().for_each(|f| push(normalize_phrase(&f))),
                    Err(m) => report.error(n, m)?,
                }
                continue;
            }
            let base = normalize_phrase(phrase);
            let forms = match plurals {
                Some(listed) => listed,
                None => vec![plural_phrase(&base)],
            };
            push(base);
            forms.into_iter().for_each(&mut push);
        }
        Ok((dict, report.warnings))
    }
}

fn parse_agent_code(inner: &str) -> Result<(String, AgentPosition), String> {
    let c = inner.trim();
    let (code, position) = if let Some(code) = c.strip_prefix('~') {
        (code, AgentPosition::Suffix)
    } else if let Some(code) = c.strip_suffix('~') {
        (code, AgentPosition::Prefix)
    } else {
        return Err(format!("agent code `{c}` needs `~` before (suffix) or after (prefix) it"));
    };
    let code = code.trim();
    if code.is_empty() || !code.bytes().all(|b| b.is_ascii_alphanumeric()) {
        return Err(format!("invalid agent code `{c}`"));
    }
    Ok((code.to_ascii_uppercase(), position))
}

/// The plural of a multi-word phrase: its last word pluralized.
fn plural_phrase(phrase: &str) -> String {
    match phrase.rfind(['_', ' ']) {
        Some(i) => format!("{}{}", &phrase[..=i], plural(&phrase[i + 1..])),
        None => plural(phrase),
    }
}

/// Every form of `phrase` with each `!SET!` replaced by each member.
fn substitute(phrase: &str, sets: &HashMap<String, Vec<String>>) -> Result<Vec<String>, String> {
    let Some(start) = phrase.find('!') else {
        return Ok(vec![phrase.to_string()]);
    };
    let Some(len) = phrase[start + 1..].find('!') else {
        return Err(format!("unclosed substitution marker in `{phrase}`"));
    };
    let name = phrase[start..start + len + 2].to_ascii_uppercase();
    let members = sets.get(&name).ok_or_else(|| format!("undefined substitution set {name}"))?;
    let mut out = Vec::new();
    for m in members {
        let replaced = format!("{}{}{}", &phrase[..start], m.replace(' ', "_"), &phrase[start + len + 2..]);
        out.extend(substitute(&replaced, sets)?);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn phrases(d: &AgentDictionary) -> Vec<&str> {
        d.entries.iter().map(|e| e.phrase.as_str()).collect()
    }

    #[test]
    fn suffixes_prefixes_plurals_and_sets() {
        let text = "!PERSON! = MAN, MEN\n!MINST! = MINISTER, MINISTRY\nCONGRESS [~LEG] # pas\nCONGRESS!PERSON! [~LEG]\n!MINST!_OF_SILLY_WALKS [~GOV]\nMSF {}  [NGO~]\nGOLDEN_GOOSE {GOLDEN_GEESE} [~GGS]\nPOLICE {} [ ~COP]\nHUSBAND!PERSON![~AGR]\nMAIN_OPPOSITION_GROUP [~MOP]\n";
        let (d, w) = AgentDictionary::read(text, "ag", ReadOptions::default()).unwrap();
        assert!(w.is_empty());
        assert_eq!(
            phrases(&d),
            [
                "CONGRESS",
                "CONGRESSES",
                "CONGRESSMAN",
                "CONGRESSMEN",
                "MINISTER_OF_SILLY_WALKS",
                "MINISTRY_OF_SILLY_WALKS",
                "MSF",
                "GOLDEN_GOOSE",
                "GOLDEN_GEESE",
                "POLICE",
                "HUSBANDMAN",
                "HUSBANDMEN",
                "MAIN_OPPOSITION_GROUP",
                "MAIN_OPPOSITION_GROUPS",
            ]
        );
        assert_eq!(d.entries[6].position, AgentPosition::Prefix);
        assert_eq!(d.entries[6].code, "NGO");
        assert_eq!(d.entries[9].code, "COP");
    }

    #[test]
    fn missing_codes_warn_bad_codes_fail() {
        let (d, w) = AgentDictionary::read("ISLAMIC_EXTREMIST\nX [~A]\n", "ag", ReadOptions::default()).unwrap();
        assert_eq!((d.entries.len(), w.len()), (2, 1));
        assert_eq!(w[0].to_string(), "ag:1: codes are required for agents; entry skipped");
        let e = AgentDictionary::read("X [~A]\nY [GOV]\n", "ag", ReadOptions::default()).unwrap_err();
        assert_eq!(e.line, Some(2));
        let e = AgentDictionary::read("!P! = A\nX!Q! [~A]\n", "ag", ReadOptions::default()).unwrap_err();
        assert!(e.to_string().contains("undefined substitution set !Q!"), "{e}");
    }
}
