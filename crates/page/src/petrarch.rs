//! PETRARCH XML input: `<Sentences><Sentence date= id=><Text>…</Text><Parse>…</Parse></Sentence>`.
//!
//! Each `<Sentence>` becomes one [`Document`] (id = sentence id, date from
//! `date=`, one paragraph, one [`demarche_doc::Sentence`] carrying the
//! supplied Penn-Treebank parse). [`read_suite`] also returns what a
//! validation file (PETRARCH's unit-test suite) adds: the `<Environment>`
//! (dictionaries, categories, options), each record's `<EventCoding>`
//! expectations and category, and the `<Config>` options in effect for it
//! (a `<Config>` between records changes the options for the records that
//! follow it, as in PETRARCH).

use chrono::NaiveDate;
use demarche_doc::{DateSource, Document, InputError, Sentence, SourceFormat, SuppliedParse};
use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;

/// Reads every `<Sentence>` of a PETRARCH XML text; `file` names it in errors.
pub fn read_documents(xml: &str, file: &str) -> Result<Vec<Document>, InputError> {
    Ok(read_suite(xml, file)?.records.iter().map(|r| r.to_document(file)).collect())
}

/// A PETRARCH XML file with everything a validation run needs.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Suite {
    pub environment: Environment,
    pub records: Vec<Record>,
}

/// The `<Environment>` block of a validation file.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Environment {
    pub verb_file: Option<String>,
    pub actor_files: Vec<String>,
    pub agent_file: Option<String>,
    pub discard_file: Option<String>,
    /// `<Include>` categories (PETRARCH's `valid` flag included as a word).
    pub include: Vec<String>,
    /// `<Config>` options given in the environment.
    pub options: Vec<ConfigOption>,
}

/// `<Config option="require_dyad" value="false">`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConfigOption {
    pub option: String,
    pub value: String,
    pub line: usize,
}

/// What a record says the coder should produce.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Expectation {
    /// One event; codes as written (a quoted phrase for an uncoded actor).
    Event { source: String, target: String, code: String },
    /// `noevents="True"`.
    NoEvents,
    /// `error="…"`: the sentence must not be coded (`bad_input_parse`,
    /// `sentencediscard`, `storydiscard`, `dateline`).
    Error(String),
}

/// One `<Sentence>` record.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Record {
    pub id: String,
    pub date: Option<NaiveDate>,
    pub category: Option<String>,
    /// The `valid=` (or older `sentence=`) flag.
    pub valid: Option<bool>,
    /// The `<Text>`, whitespace collapsed.
    pub text: String,
    /// The `<Parse>` tree as written, if any.
    pub parse: Option<String>,
    pub expected: Vec<Expectation>,
    /// The options in effect for this record (latest value of each option,
    /// environment first), in the order they were set.
    pub options: Vec<ConfigOption>,
    /// Line of the `<Sentence>` tag.
    pub line: usize,
}

impl Record {
    /// The record as a one-sentence [`Document`].
    pub fn to_document(&self, file: &str) -> Document {
        let sentence = Sentence {
            start: 0,
            end: self.text.len(),
            text: self.text.clone(),
            paragraph: 0,
            id: Some(self.id.clone()),
            date: self.date,
            tokens: Vec::new(),
            supplied_parse: self.parse.clone().map(SuppliedParse::Treebank),
        };
        Document {
            id: self.id.clone(),
            origin: Some(file.to_string()),
            date: self.date,
            date_source: if self.date.is_some() { DateSource::Input } else { DateSource::None },
            format: SourceFormat::Petrarch,
            paragraphs: vec![self.text.clone()],
            sentences: vec![sentence],
            ..Document::default()
        }
    }

    /// The value in effect for `option` (case-insensitive name).
    pub fn option(&self, option: &str) -> Option<&str> {
        self.options.iter().rev().find(|o| o.option.eq_ignore_ascii_case(option)).map(|o| o.value.as_str())
    }
}

/// Which text-bearing element we are inside.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Field {
    None,
    Text,
    Parse,
    EnvEntry,
}

struct Parser<'a> {
    xml: &'a str,
    file: &'a str,
    /// Byte offsets of line starts, for error lines.
    line_starts: Vec<usize>,
}

impl Parser<'_> {
    fn line_of(&self, offset: u64) -> usize {
        let offset = offset as usize;
        match self.line_starts.binary_search(&offset) {
            Ok(i) => i + 1,
            Err(i) => i,
        }
    }

    fn error(&self, offset: u64, message: impl Into<String>) -> InputError {
        InputError::at_line(self.file, self.line_of(offset).max(1), message)
    }
}

/// Reads a PETRARCH XML file with its validation information.
pub fn read_suite(xml: &str, file: &str) -> Result<Suite, InputError> {
    let xml = xml.strip_prefix('\u{feff}').unwrap_or(xml);
    let mut line_starts = vec![0];
    line_starts.extend(xml.bytes().enumerate().filter(|(_, b)| *b == b'\n').map(|(i, _)| i + 1));
    let p = Parser { xml, file, line_starts };
    let mut reader = Reader::from_str(xml);
    reader.config_mut().check_end_names = true;

    let mut suite = Suite::default();
    let mut options: Vec<ConfigOption> = Vec::new();
    let mut record: Option<Record> = None;
    let mut in_environment = false;
    let mut field = Field::None;
    let mut env_tag = String::new();
    let mut buffer = String::new();
    let mut depth = 0usize;

    loop {
        let at = reader.buffer_position();
        let event = reader.read_event().map_err(|e| p.error(reader.error_position(), format!("malformed XML: {e}")))?;
        match event {
            Event::Start(ref e) | Event::Empty(ref e) => {
                let empty = matches!(event, Event::Empty(_));
                if !empty {
                    depth += 1;
                }
                let name = e.name().as_ref().to_string();
                match name.as_str() {
                    "Environment" => in_environment = !empty,
                    "Sentence" => {
                        if record.is_some() {
                            return Err(p.error(at, "<Sentence> inside another <Sentence>"));
                        }
                        let mut r = start_record(&p, e, at)?;
                        r.options = options.clone();
                        if empty {
                            finish_record(&p, r, at, &mut suite)?;
                        } else {
                            record = Some(r);
                        }
                    }
                    "Text" if record.is_some() && !empty => {
                        field = Field::Text;
                        buffer.clear();
                    }
                    "Parse" if record.is_some() && !empty => {
                        field = Field::Parse;
                        buffer.clear();
                    }
                    "EventCoding" => {
                        let Some(r) = record.as_mut() else {
                            return Err(p.error(at, "<EventCoding> outside a <Sentence>"));
                        };
                        r.expected.push(expectation(&p, e, at)?);
                    }
                    "Config" => {
                        let o = config_option(&p, e, at)?;
                        if let Some(r) = record.as_mut() {
                            set_option(&mut r.options, o);
                        } else if in_environment {
                            suite.environment.options.push(o.clone());
                            set_option(&mut options, o);
                        } else {
                            set_option(&mut options, o);
                        }
                    }
                    _ if in_environment && !empty => {
                        field = Field::EnvEntry;
                        env_tag = name;
                        buffer.clear();
                    }
                    _ => {}
                }
            }
            Event::End(ref e) => {
                depth = depth.saturating_sub(1);
                let name = e.name().as_ref().to_string();
                match name.as_str() {
                    "Environment" => in_environment = false,
                    "Sentence" => {
                        let r = record.take().ok_or_else(|| p.error(at, "</Sentence> without <Sentence>"))?;
                        finish_record(&p, r, at, &mut suite)?;
                    }
                    "Text" if field == Field::Text => {
                        if let Some(r) = record.as_mut() {
                            r.text = collapse_whitespace(&buffer);
                        }
                        field = Field::None;
                    }
                    "Parse" if field == Field::Parse => {
                        if let Some(r) = record.as_mut() {
                            let t = buffer.trim();
                            r.parse = (!t.is_empty()).then(|| t.to_string());
                        }
                        field = Field::None;
                    }
                    _ if field == Field::EnvEntry && name == env_tag => {
                        environment_entry(&mut suite.environment, &env_tag, buffer.trim());
                        field = Field::None;
                    }
                    _ => {}
                }
            }
            Event::Text(t) if field != Field::None => buffer.push_str(&t),
            Event::CData(t) if field != Field::None => buffer.push_str(&t),
            Event::GeneralRef(r) if field != Field::None => match resolve_reference(&r) {
                Some(c) => buffer.push(c),
                None => return Err(p.error(at, format!("unknown entity `&{};`", &*r))),
            },
            Event::Eof => break,
            _ => {}
        }
    }
    if record.is_some() || depth > 0 {
        return Err(p.error(p.xml.len() as u64, "unexpected end of file: unclosed element"));
    }
    Ok(suite)
}

fn resolve_reference(r: &quick_xml::events::BytesRef<'_>) -> Option<char> {
    if r.is_char_ref() {
        return r.resolve_char_ref().ok().flatten();
    }
    match &**r {
        "amp" => Some('&'),
        "lt" => Some('<'),
        "gt" => Some('>'),
        "quot" => Some('"'),
        "apos" => Some('\''),
        _ => None,
    }
}

fn attributes(p: &Parser<'_>, e: &BytesStart<'_>, at: u64) -> Result<Vec<(String, String)>, InputError> {
    let mut out = Vec::new();
    for a in e.attributes() {
        let a = a.map_err(|err| p.error(at, format!("malformed attribute: {err}")))?;
        let value = a.normalized_value(quick_xml::XmlVersion::Implicit1_0).map_err(|err| p.error(at, format!("malformed attribute value: {err}")))?;
        out.push((a.key.as_ref().to_string(), value.trim().to_string()));
    }
    Ok(out)
}

fn start_record(p: &Parser<'_>, e: &BytesStart<'_>, at: u64) -> Result<Record, InputError> {
    let mut r = Record { line: p.line_of(at), ..Record::default() };
    for (k, v) in attributes(p, e, at)? {
        match k.as_str() {
            "id" => r.id = v,
            "date" => r.date = Some(parse_date(&v).ok_or_else(|| p.error(at, format!("bad date `{v}` (YYYYMMDD)")))?),
            "category" => r.category = Some(v),
            "valid" | "sentence" => r.valid = Some(v.eq_ignore_ascii_case("true")),
            _ => {}
        }
    }
    if r.id.is_empty() {
        return Err(p.error(at, "<Sentence> without an id"));
    }
    Ok(r)
}

fn finish_record(p: &Parser<'_>, r: Record, at: u64, suite: &mut Suite) -> Result<(), InputError> {
    if r.text.is_empty() && r.parse.is_none() {
        return Err(p.error(at, format!("sentence {} has neither <Text> nor <Parse>", r.id)));
    }
    suite.records.push(r);
    Ok(())
}

fn expectation(p: &Parser<'_>, e: &BytesStart<'_>, at: u64) -> Result<Expectation, InputError> {
    let attrs = attributes(p, e, at)?;
    let get = |k: &str| attrs.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone());
    if let Some(v) = get("noevents") {
        if v.eq_ignore_ascii_case("true") {
            return Ok(Expectation::NoEvents);
        }
    }
    if let Some(kind) = get("error") {
        return Ok(Expectation::Error(kind));
    }
    match (get("sourcecode"), get("targetcode"), get("eventcode")) {
        (Some(source), Some(target), Some(code)) => Ok(Expectation::Event { source, target, code }),
        _ => Err(p.error(at, "<EventCoding> needs sourcecode, targetcode and eventcode (or noevents / error)")),
    }
}

fn config_option(p: &Parser<'_>, e: &BytesStart<'_>, at: u64) -> Result<ConfigOption, InputError> {
    let attrs = attributes(p, e, at)?;
    let get = |k: &str| attrs.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone());
    match (get("option"), get("value")) {
        (Some(option), Some(value)) => Ok(ConfigOption { option, value, line: p.line_of(at) }),
        _ => Err(p.error(at, "<Config> needs option= and value=")),
    }
}

fn set_option(options: &mut Vec<ConfigOption>, o: ConfigOption) {
    options.retain(|x| !x.option.eq_ignore_ascii_case(&o.option));
    options.push(o);
}

fn environment_entry(env: &mut Environment, tag: &str, value: &str) {
    if value.is_empty() {
        return;
    }
    match tag {
        "Verbfile" => env.verb_file = Some(value.to_string()),
        "Actorfile" => env.actor_files.extend(value.split([',', ' ']).filter(|s| !s.is_empty()).map(String::from)),
        "Agentfile" => env.agent_file = Some(value.to_string()),
        "Discardfile" => env.discard_file = Some(value.to_string()),
        "Include" => env.include = value.split_whitespace().map(String::from).collect(),
        _ => {}
    }
}

fn parse_date(s: &str) -> Option<NaiveDate> {
    let digits: String = s.chars().filter(|c| c.is_ascii_digit()).collect();
    if digits.len() != 8 {
        return None;
    }
    let n: u32 = digits.parse().ok()?;
    NaiveDate::from_ymd_opt((n / 10000) as i32, n / 100 % 100, n % 100)
}

fn collapse_whitespace(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = r#"<Validation>
<!-- a header comment -->
<Environment>
    <Verbfile>PETR.Validate.verbs.txt</Verbfile>
    <Actorfile>PETR.Validate.actors.txt</Actorfile>
    <Include>valid DEMO</Include>
    <Config option="stop_on_error" value="True"></Config>
</Environment>
<Sentences>
<Config option="require_dyad" value="false"></Config>
<Sentence date = "19950101" id ="DEMO-00" category="DEMO" sentence="true">
<!-- <EventCoding sourcecode="X" targetcode="Y" eventcode="000"></EventCoding> -->
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
<EventCoding sourcecode='"INJURY TOLL"' targetcode="OSG" eventcode="223"/>
<Text>
Arnor will abandon full &amp;TIETYPE ties
  with Gondor.
</Text>
<Parse>
(ROOT (S (NP (NNP Arnor)) (VP (MD will)) (. .)))
</Parse>
</Sentence>
<Config option="require_dyad" value="true"></Config>
<Sentence date="19950102" id="E-1" category="ERROR" valid="false">
<EventCoding error="bad_input_parse"></EventCoding>
<EventCoding noevents = "True"></EventCoding>
<Text>x</Text>
</Sentence>
</Sentences>
</Validation>"#;

    #[test]
    fn records_expectations_environment_and_options() {
        let s = read_suite(SAMPLE, "t.xml").unwrap();
        assert_eq!(s.environment.verb_file.as_deref(), Some("PETR.Validate.verbs.txt"));
        assert_eq!(s.environment.actor_files, ["PETR.Validate.actors.txt"]);
        assert_eq!(s.environment.include, ["valid", "DEMO"]);
        assert_eq!(s.environment.options.len(), 1);
        let r = &s.records[0];
        assert_eq!((r.id.as_str(), r.date, r.category.as_deref(), r.valid), ("DEMO-00", NaiveDate::from_ymd_opt(1995, 1, 1), Some("DEMO"), Some(true)));
        assert_eq!(r.text, "Arnor will abandon full &TIETYPE ties with Gondor.");
        assert!(r.parse.as_deref().unwrap().starts_with("(ROOT (S"));
        assert_eq!(r.expected.len(), 2, "commented-out codings are not expectations");
        assert_eq!(r.expected[1], Expectation::Event { source: "\"INJURY TOLL\"".into(), target: "OSG".into(), code: "223".into() });
        assert_eq!(r.option("require_dyad"), Some("false"));
        assert_eq!(r.option("STOP_ON_ERROR"), Some("True"));
        assert_eq!(r.line, 11);
        let e = &s.records[1];
        assert_eq!(e.expected, [Expectation::Error("bad_input_parse".into()), Expectation::NoEvents]);
        assert_eq!(e.option("require_dyad"), Some("true"));
        assert_eq!(e.valid, Some(false));
    }

    #[test]
    fn documents_carry_the_parse() {
        let docs = read_documents(SAMPLE, "t.xml").unwrap();
        assert_eq!(docs.len(), 2);
        let d = &docs[0];
        assert_eq!(d.id, "DEMO-00");
        assert_eq!(d.date_source, DateSource::Input);
        assert_eq!(d.sentences[0].id.as_deref(), Some("DEMO-00"));
        assert!(matches!(d.sentences[0].supplied_parse, Some(SuppliedParse::Treebank(ref t)) if t.contains("(NNP Arnor)")));
        assert!(docs[1].sentences[0].supplied_parse.is_none());
    }

    #[test]
    fn malformed_xml_names_file_and_line() {
        let bad = "<Sentences>\n<Sentence id=\"a\" date=\"19950101\">\n<Text>x</Txet>\n</Sentence>\n</Sentences>\n";
        let e = read_suite(bad, "bad.xml").unwrap_err();
        assert_eq!(e.file.as_deref(), Some("bad.xml"));
        assert_eq!(e.line, Some(3), "{e}");
        let e = read_suite("<Sentences>\n<Sentence date=\"1995\" id=\"a\"><Text>x</Text></Sentence></Sentences>", "d.xml").unwrap_err();
        assert_eq!(e.to_string(), "d.xml:2: bad date `1995` (YYYYMMDD)");
        let e = read_suite("<Sentences>\n<Sentence id=\"a\">\n<Text>x</Text>\n", "u.xml").unwrap_err();
        assert!(e.to_string().starts_with("u.xml:"), "{e}");
        let e = read_suite("<S>\n<Sentence date=\"19950101\"><Text>x</Text></Sentence></S>", "n.xml").unwrap_err();
        assert_eq!(e.to_string(), "n.xml:2: <Sentence> without an id");
        let e = read_suite("<S><Sentence id=\"a\"><Text>&bogus;</Text></Sentence></S>", "n.xml").unwrap_err();
        assert!(e.to_string().contains("&bogus;"), "{e}");
    }

    #[test]
    fn empty_input_has_no_records() {
        assert!(read_documents("", "e.xml").unwrap().is_empty());
    }
}
