//! Reading inputs: format detection, decoding, files, directories, stdin.

/// Windows-1252 code points for bytes 0x80–0x9F (the rest equal Latin-1).
const CP1252_HIGH: [u16; 32] = [
    0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D,
    0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A,
    0x0153, 0x9D, 0x017E, 0x0178,
];

fn decode_cp1252(bytes: &[u8]) -> String {
    bytes
        .iter()
        .map(|&b| match b {
            0x80..=0x9F => char::from_u32(CP1252_HIGH[(b - 0x80) as usize] as u32).unwrap_or('\u{FFFD}'),
            _ => b as char,
        })
        .collect()
}

/// The charset a page declares in its first bytes (`<meta charset=…>`,
/// `content="text/html; charset=…"`, `<?xml encoding=…?>`), lower case.
pub fn declared_charset(bytes: &[u8]) -> Option<String> {
    let head = &bytes[..bytes.len().min(4096)];
    let head = String::from_utf8_lossy(head).to_ascii_lowercase();
    for key in ["charset=", "encoding="] {
        if let Some(at) = head.find(key) {
            let rest = head[at + key.len()..].trim_start_matches(['"', '\'', ' ']);
            let name: String =
                rest.chars().take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | ':' | '.')).collect();
            if !name.is_empty() {
                return Some(name);
            }
        }
    }
    None
}

fn decode_utf16(bytes: &[u8], big_endian: bool) -> String {
    let units = bytes.chunks_exact(2).map(|c| if big_endian { u16::from_be_bytes([c[0], c[1]]) } else { u16::from_le_bytes([c[0], c[1]]) });
    char::decode_utf16(units).map(|r| r.unwrap_or('\u{FFFD}')).collect()
}

/// Decodes an HTML (or XML) page: UTF-8 when valid, else the declared
/// Latin-1/Windows-1252, else UTF-8 with invalid bytes replaced.
pub fn decode_html(bytes: &[u8]) -> String {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return String::from_utf8_lossy(rest).into_owned();
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        return decode_utf16(rest, false);
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        return decode_utf16(rest, true);
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => s.to_string(),
        Err(_) => match declared_charset(bytes).as_deref() {
            Some("windows-1252" | "iso-8859-1" | "iso-8859-15" | "latin1" | "latin-1" | "us-ascii" | "cp1252" | "ascii") => {
                decode_cp1252(bytes)
            }
            _ => String::from_utf8_lossy(bytes).into_owned(),
        },
    }
}

use std::collections::VecDeque;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use demarche_doc::{DateSource, Document, InputError, NaiveDate, SourceFormat};

use crate::{article, dates, feed, petrarch, plaintext};

/// An input format. Detected from the file name and content unless given.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum InputFormat {
    /// Plain text (`.txt`), possibly with page chrome.
    Text,
    /// An HTML page (`.html`, `.htm`, `.xhtml`).
    Html,
    /// JSON Lines: one object per line with `id`, optional `url`, `date`,
    /// `title`, and `text` or `html`.
    Jsonl,
    /// PETRARCH XML (`<Sentences><Sentence …>`).
    Petrarch,
    /// An RSS or Atom feed.
    Feed,
}

impl InputFormat {
    pub const NAMES: &'static [&'static str] = &["text", "html", "jsonl", "petrarch", "feed"];

    pub fn name(self) -> &'static str {
        match self {
            InputFormat::Text => "text",
            InputFormat::Html => "html",
            InputFormat::Jsonl => "jsonl",
            InputFormat::Petrarch => "petrarch",
            InputFormat::Feed => "feed",
        }
    }

    /// The format a file name's extension implies (`.gz` looked through),
    /// or `None` for `.xml` and unknown extensions (decided by content).
    pub fn from_extension(path: &Path) -> Option<InputFormat> {
        let name = path.file_name()?.to_str()?.to_ascii_lowercase();
        let name = name.strip_suffix(".gz").unwrap_or(&name);
        let ext = name.rsplit_once('.')?.1;
        Some(match ext {
            "txt" | "text" => InputFormat::Text,
            "html" | "htm" | "xhtml" | "shtml" => InputFormat::Html,
            "jsonl" | "ndjson" | "json" => InputFormat::Jsonl,
            "rss" | "atom" => InputFormat::Feed,
            _ => return None,
        })
    }

    /// The format the first bytes of a text show.
    pub fn sniff(head: &[u8]) -> InputFormat {
        let text = String::from_utf8_lossy(&head[..head.len().min(4096)]).to_ascii_lowercase();
        let t = text.trim_start_matches('\u{feff}').trim_start();
        if t.starts_with('{') {
            return InputFormat::Jsonl;
        }
        if t.starts_with('<') {
            // Past the XML declaration, comments and doctype: the first element.
            if let Some(root) = first_element(t) {
                return match root.as_str() {
                    "rss" | "feed" | "rdf:rdf" | "rdf" => InputFormat::Feed,
                    "sentences" | "sentence" => InputFormat::Petrarch,
                    _ => InputFormat::Html,
                };
            }
            return InputFormat::Html;
        }
        if t.contains("<html") || t.contains("<body") || t.contains("<!doctype html") {
            return InputFormat::Html;
        }
        InputFormat::Text
    }
}

/// Name of the first element of a markup text (lower case).
fn first_element(t: &str) -> Option<String> {
    let mut rest = t;
    loop {
        let lt = rest.find('<')?;
        rest = &rest[lt + 1..];
        if rest.starts_with('?') || rest.starts_with('!') {
            let end = if rest.starts_with("!--") { rest.find("-->")? + 3 } else { rest.find('>')? + 1 };
            rest = &rest[end..];
            continue;
        }
        let name: String = rest.chars().take_while(|c| c.is_alphanumeric() || matches!(c, ':' | '-' | '_')).collect();
        return (!name.is_empty()).then_some(name);
    }
}

impl std::str::FromStr for InputFormat {
    type Err = String;

    fn from_str(s: &str) -> Result<InputFormat, String> {
        Ok(match s.to_ascii_lowercase().as_str() {
            "text" | "txt" => InputFormat::Text,
            "html" | "htm" => InputFormat::Html,
            "jsonl" | "json" | "ndjson" => InputFormat::Jsonl,
            "petrarch" => InputFormat::Petrarch,
            "feed" | "rss" | "atom" => InputFormat::Feed,
            other => return Err(format!("unknown input format `{other}` (expected one of: {})", InputFormat::NAMES.join(", "))),
        })
    }
}

/// How to read inputs.
#[derive(Clone, Debug, Default)]
pub struct ReadOptions {
    /// Read every input as this format instead of detecting it.
    pub format: Option<InputFormat>,
    /// The date of documents that state none (`--date`).
    pub date: Option<NaiveDate>,
}

/// Files larger than this are refused (JSON Lines, read line by line, excepted).
pub const MAX_FILE_BYTES: u64 = 1 << 30;

/// Bytes looked at to detect a format and binary content.
const SNIFF_BYTES: usize = 8192;

/// Reads documents from files, directories (recursively, in name order) and
/// `-` (standard input), one at a time. Each item is a document or an error
/// naming the file (and line); reading goes on after an error.
pub fn read_inputs<P: AsRef<Path>>(paths: &[P], options: &ReadOptions) -> Inputs {
    Inputs {
        queue: paths.iter().map(|p| p.as_ref().to_path_buf()).collect(),
        current: None,
        options: options.clone(),
    }
}

/// The document stream of [`read_inputs`].
pub struct Inputs {
    queue: VecDeque<PathBuf>,
    current: Option<Box<dyn Iterator<Item = Result<Document, InputError>>>>,
    options: ReadOptions,
}

impl Iterator for Inputs {
    type Item = Result<Document, InputError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(cur) = self.current.as_mut() {
                if let Some(item) = cur.next() {
                    return Some(item);
                }
                self.current = None;
            }
            let path = self.queue.pop_front()?;
            if path.as_os_str() == "-" {
                self.current = Some(read_stdin(&self.options));
                continue;
            }
            match std::fs::metadata(&path) {
                Err(e) => return Some(Err(InputError::in_file(&path, format!("cannot read: {e}")))),
                Ok(m) if m.is_dir() => match list_dir(&path) {
                    Ok(files) => {
                        for f in files.into_iter().rev() {
                            self.queue.push_front(f);
                        }
                    }
                    Err(e) => return Some(Err(e)),
                },
                Ok(_) => self.current = Some(read_file(&path, &self.options)),
            }
        }
    }
}

/// Input files under a directory, recursively, sorted by path; hidden
/// entries and files of no input kind are skipped.
pub fn list_dir(dir: &Path) -> Result<Vec<PathBuf>, InputError> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let mut entries: Vec<PathBuf> = std::fs::read_dir(&d)
            .map_err(|e| InputError::in_file(&d, format!("cannot list directory: {e}")))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| !p.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with('.')))
            .collect();
        entries.sort();
        let mut subdirs = Vec::new();
        for p in entries {
            if p.is_dir() {
                subdirs.push(p);
            } else if is_input_file(&p) {
                out.push(p);
            }
        }
        stack.extend(subdirs.into_iter().rev());
    }
    out.sort();
    Ok(out)
}

fn is_input_file(p: &Path) -> bool {
    InputFormat::from_extension(p).is_some()
        || p.extension().and_then(|e| e.to_str()).is_some_and(|e| e.eq_ignore_ascii_case("xml"))
        || p.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.to_ascii_lowercase().ends_with(".xml.gz"))
}

/// The document id a file gives: its name without input extensions.
pub fn file_stem(path: &Path) -> String {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("document");
    let mut stem = name;
    for _ in 0..2 {
        if let Some((head, ext)) = stem.rsplit_once('.') {
            let ext = ext.to_ascii_lowercase();
            if !head.is_empty()
                && matches!(ext.as_str(), "gz" | "txt" | "text" | "html" | "htm" | "xhtml" | "shtml" | "jsonl" | "ndjson" | "json" | "xml" | "rss" | "atom")
            {
                stem = head;
                continue;
            }
        }
        break;
    }
    stem.to_string()
}

fn single(item: Result<Document, InputError>) -> Box<dyn Iterator<Item = Result<Document, InputError>>> {
    Box::new(std::iter::once(item))
}

fn is_gzip(head: &[u8]) -> bool {
    head.starts_with(&[0x1f, 0x8b])
}

/// Reads up to `n` bytes without losing them: returns them and a reader
/// that yields them again followed by the rest.
fn peek(mut reader: Box<dyn Read>, n: usize) -> std::io::Result<(Vec<u8>, Box<dyn BufRead>)> {
    let mut head = Vec::with_capacity(n);
    (&mut reader).take(n as u64).read_to_end(&mut head)?;
    let again = std::io::Cursor::new(head.clone()).chain(reader);
    Ok((head, Box::new(BufReader::with_capacity(1 << 16, again))))
}

/// Opens a file or stdin, looking through gzip.
fn open(path: Option<&Path>) -> Result<(Vec<u8>, Box<dyn BufRead>), String> {
    let raw: Box<dyn Read> = match path {
        Some(p) => Box::new(std::fs::File::open(p).map_err(|e| format!("cannot read: {e}"))?),
        None => Box::new(std::io::stdin()),
    };
    let (head, reader) = peek(raw, 2).map_err(|e| format!("cannot read: {e}"))?;
    let reader: Box<dyn Read> =
        if is_gzip(&head) { Box::new(flate2::bufread::MultiGzDecoder::new(reader)) } else { Box::new(reader) };
    let (head, reader) = peek(reader, SNIFF_BYTES).map_err(|e| gzip_message(&e))?;
    Ok((head, reader))
}

fn gzip_message(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::UnexpectedEof => "truncated gzip data (the file ends early)".to_string(),
        std::io::ErrorKind::InvalidInput | std::io::ErrorKind::InvalidData => format!("corrupt gzip data: {e}"),
        _ => format!("cannot read: {e}"),
    }
}

/// Reads one file into its documents.
pub fn read_file(path: &Path, options: &ReadOptions) -> Box<dyn Iterator<Item = Result<Document, InputError>>> {
    if let Ok(m) = std::fs::metadata(path) {
        let jsonl = options.format == Some(InputFormat::Jsonl)
            || InputFormat::from_extension(path) == Some(InputFormat::Jsonl);
        if m.len() > MAX_FILE_BYTES && !jsonl {
            return single(Err(InputError::in_file(path, format!("file is too large ({} bytes)", m.len()))));
        }
    }
    match open(Some(path)) {
        Err(m) => single(Err(InputError::in_file(path, m))),
        Ok((head, reader)) => {
            let format = options.format.or_else(|| InputFormat::from_extension(path)).unwrap_or_else(|| InputFormat::sniff(&head));
            read_stream(&path.display().to_string(), &file_stem(path), format, &head, reader, options)
        }
    }
}

fn read_stdin(options: &ReadOptions) -> Box<dyn Iterator<Item = Result<Document, InputError>>> {
    match open(None) {
        Err(m) => single(Err(InputError::in_file("<stdin>", m))),
        Ok((head, reader)) => {
            let format = options.format.unwrap_or_else(|| InputFormat::sniff(&head));
            read_stream("<stdin>", "stdin", format, &head, reader, options)
        }
    }
}

fn read_stream(
    file: &str,
    stem: &str,
    format: InputFormat,
    head: &[u8],
    mut reader: Box<dyn BufRead>,
    options: &ReadOptions,
) -> Box<dyn Iterator<Item = Result<Document, InputError>>> {
    if head.iter().all(u8::is_ascii_whitespace) {
        return single(Err(InputError::in_file(file, "file is empty")));
    }
    let utf16 = head.starts_with(b"\xFF\xFE") || head.starts_with(b"\xFE\xFF");
    if !utf16 && head.contains(&0) {
        return single(Err(InputError::in_file(file, "binary file (contains NUL bytes), not text")));
    }
    if format == InputFormat::Jsonl {
        return Box::new(JsonLines { reader, file: file.to_string(), stem: stem.to_string(), line: 0, options: options.clone() });
    }
    let mut bytes = Vec::new();
    if let Err(e) = (&mut reader).take(MAX_FILE_BYTES).read_to_end(&mut bytes) {
        return single(Err(InputError::in_file(file, gzip_message(&e))));
    }
    match format {
        InputFormat::Html => single(Ok(html_document(&decode_html(&bytes), stem, None, file, options))),
        InputFormat::Text => match utf8(&bytes, file) {
            Ok(text) => single(Ok(text_document(text, stem, None, file, options))),
            Err(e) => single(Err(e)),
        },
        InputFormat::Feed => {
            let xml = decode_html(&bytes);
            match feed::read(&xml, file) {
                Ok(f) => Box::new(feed_documents(f, stem, file, options).into_iter().map(Ok)),
                Err(e) => single(Err(e)),
            }
        }
        InputFormat::Petrarch => match utf8(&bytes, file) {
            Ok(xml) => match petrarch::read_documents(xml, file) {
                Ok(docs) => {
                    let origin = file.to_string();
                    Box::new(docs.into_iter().map(move |mut d| {
                        d.origin.get_or_insert_with(|| origin.clone());
                        Ok(d)
                    }))
                }
                Err(e) => single(Err(e)),
            },
            Err(e) => single(Err(e)),
        },
        InputFormat::Jsonl => unreachable!("handled above"),
    }
}

/// The text as UTF-8, or an error naming the line of the first bad byte.
fn utf8<'a>(bytes: &'a [u8], file: &str) -> Result<&'a str, InputError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    std::str::from_utf8(bytes).map_err(|e| {
        let at = e.valid_up_to();
        let line = bytes[..at].iter().filter(|&&b| b == b'\n').count() + 1;
        InputError::at_line(file, line, format!("invalid UTF-8 at byte {at}; convert the file to UTF-8"))
    })
}

/// Fills in the date when the document has none: a dateline in the first
/// paragraph (its year from `--date` when it states none), else a date
/// stated on a publication-time line of the text, else `--date`.
fn settle_date(doc: &mut Document, options: &ReadOptions, stated: Option<NaiveDate>) {
    if doc.date.is_some() {
        return;
    }
    if let Some(d) = doc.paragraphs.first().and_then(|p| dates::dateline(p, options.date)) {
        doc.date = Some(d);
        doc.date_source = DateSource::Dateline;
    } else if let Some(d) = stated {
        doc.date = Some(d);
        doc.date_source = DateSource::Text;
    } else if let Some(d) = options.date {
        doc.date = Some(d);
        doc.date_source = DateSource::Flag;
    } else {
        doc.date_source = DateSource::None;
    }
}

/// A document from an HTML page: article text, title, date, byline, site.
pub fn html_document(html: &str, id: &str, url: Option<&str>, origin: &str, options: &ReadOptions) -> Document {
    let a = article::extract(html, url);
    let stated = a.stated_date;
    let m = a.metadata;
    let mut doc = Document {
        id: id.to_string(),
        origin: Some(origin.to_string()),
        url: url.map(str::to_string).or(m.url),
        title: a.title,
        byline: m.byline,
        outlet: m.site_name,
        date: m.date,
        date_source: m.date_source,
        format: SourceFormat::Html,
        paragraphs: a.paragraphs,
        sentences: Vec::new(),
    };
    settle_date(&mut doc, options, stated);
    doc
}

/// A document from plain text, with page chrome removed.
pub fn text_document(text: &str, id: &str, title: Option<&str>, origin: &str, options: &ReadOptions) -> Document {
    let a = plaintext::extract(text, title);
    let stated = a.stated_date;
    let mut doc = Document {
        id: id.to_string(),
        origin: Some(origin.to_string()),
        title: a.title,
        byline: a.byline,
        format: SourceFormat::Text,
        paragraphs: a.paragraphs,
        ..Document::default()
    };
    settle_date(&mut doc, options, stated);
    doc
}

fn feed_documents(f: feed::Feed, stem: &str, origin: &str, options: &ReadOptions) -> Vec<Document> {
    f.items
        .into_iter()
        .enumerate()
        .map(|(n, item)| {
            let content = item.content.unwrap_or_default();
            let paragraphs = if content.contains('<') {
                article::fragment_paragraphs(&content)
            } else {
                plaintext::extract(&content, Some("")).paragraphs
            };
            let mut doc = Document {
                id: item.id.clone().or_else(|| item.link.clone()).unwrap_or_else(|| format!("{stem}:{}", n + 1)),
                origin: Some(origin.to_string()),
                url: item.link,
                title: item.title,
                byline: item.author,
                outlet: f.title.clone(),
                date: item.date,
                date_source: if item.date.is_some() { DateSource::Input } else { DateSource::None },
                format: SourceFormat::Feed,
                paragraphs,
                sentences: Vec::new(),
            };
            settle_date(&mut doc, options, None);
            doc
        })
        .collect()
}

/// JSON Lines, read one line at a time.
struct JsonLines {
    reader: Box<dyn BufRead>,
    file: String,
    stem: String,
    line: usize,
    options: ReadOptions,
}

impl Iterator for JsonLines {
    type Item = Result<Document, InputError>;

    fn next(&mut self) -> Option<Self::Item> {
        let mut buf = Vec::new();
        loop {
            buf.clear();
            match self.reader.read_until(b'\n', &mut buf) {
                Ok(0) => return None,
                Ok(_) => {}
                Err(e) => {
                    // A read error cannot be skipped past: report it and stop.
                    let err = InputError::at_line(&self.file, self.line + 1, gzip_message(&e));
                    self.reader = Box::new(std::io::empty());
                    return Some(Err(err));
                }
            }
            self.line += 1;
            if buf.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            return Some(self.record(&buf));
        }
    }
}

impl JsonLines {
    fn record(&self, bytes: &[u8]) -> Result<Document, InputError> {
        let err = |m: String| InputError::at_line(&self.file, self.line, m);
        let text = std::str::from_utf8(bytes).map_err(|e| err(format!("invalid UTF-8 at column {}", e.valid_up_to() + 1)))?;
        let value: serde_json::Value = serde_json::from_str(text.trim_start_matches('\u{feff}'))
            .map_err(|e| err(format!("malformed JSON: {e}")))?;
        let obj = value.as_object().ok_or_else(|| err("expected a JSON object".to_string()))?;
        let string = |k: &str| -> Result<Option<&str>, InputError> {
            match obj.get(k) {
                None | Some(serde_json::Value::Null) => Ok(None),
                Some(serde_json::Value::String(s)) => Ok(Some(s.as_str())),
                Some(_) => Err(err(format!("`{k}` must be a string"))),
            }
        };
        let id = match obj.get("id") {
            Some(serde_json::Value::String(s)) => s.clone(),
            Some(serde_json::Value::Number(n)) => n.to_string(),
            None | Some(serde_json::Value::Null) => format!("{}:{}", self.stem, self.line),
            Some(_) => return Err(err("`id` must be a string or a number".to_string())),
        };
        let url = string("url")?;
        let title = string("title")?;
        let date = match string("date")? {
            None => None,
            Some(d) => Some(dates::parse_date(d).ok_or_else(|| err(format!("`date` is not a date: {d:?}")))?),
        };
        let mut doc = match (string("html")?, string("text")?) {
            (Some(html), _) => {
                let mut doc = html_document(html, &id, url, &self.file, &ReadOptions { date: None, ..self.options.clone() });
                if let Some(t) = title {
                    doc.title = Some(t.to_string());
                }
                if doc.date_source == DateSource::Flag || doc.date_source == DateSource::None {
                    doc.date = None;
                }
                doc
            }
            (None, Some(text)) => {
                let mut doc = text_document(text, &id, title, &self.file, &ReadOptions { date: None, ..self.options.clone() });
                doc.url = url.map(str::to_string);
                doc.date = None;
                doc
            }
            (None, None) => return Err(err("record has neither `text` nor `html`".to_string())),
        };
        doc.format = SourceFormat::Jsonl;
        doc.origin = Some(format!("{}:{}", self.file, self.line));
        if let Some(d) = date {
            doc.date = Some(d);
            doc.date_source = DateSource::Input;
        } else if doc.date.is_none() {
            settle_date(&mut doc, &self.options, None);
        }
        Ok(doc)
    }
}
