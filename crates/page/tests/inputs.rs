//! Reading inputs: format detection, every format, directories, and the
//! error messages for bad input (file and line named, reading goes on).

use std::io::Write;
use std::path::{Path, PathBuf};

use demarche_doc::{DateSource, Document, InputError, NaiveDate, SourceFormat};
use demarche_page::{read_inputs, InputFormat, ReadOptions};

/// A fresh scratch directory for one test.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("demarche-page-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).unwrap();
    }
    std::fs::write(&path, bytes).unwrap();
    path
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    enc.write_all(bytes).unwrap();
    enc.finish().unwrap()
}

fn read_all(paths: &[PathBuf], options: &ReadOptions) -> Vec<Result<Document, InputError>> {
    read_inputs(paths, options).collect()
}

fn one(path: &Path) -> Document {
    let mut docs = read_all(&[path.to_path_buf()], &ReadOptions::default());
    assert_eq!(docs.len(), 1, "{docs:?}");
    docs.remove(0).unwrap_or_else(|e| panic!("{e}"))
}

fn error(path: &Path) -> String {
    let docs = read_all(&[path.to_path_buf()], &ReadOptions::default());
    assert_eq!(docs.len(), 1, "{docs:?}");
    docs[0].as_ref().expect_err("an error").to_string()
}

const PAGE: &str = r#"<!doctype html><html><head><title>Truce holds | Planet</title>
<meta property="article:published_time" content="2021-05-24T10:00:00Z"><meta name="author" content="Lois Lane">
</head><body><nav><a href="/">Home</a></nav><article><h1>Truce holds</h1>
<p>The truce between the two sides held for a third day on Monday, officials said in a statement.</p>
<p>Mediators plan to meet again next week in the capital to discuss a longer arrangement.</p>
</article><footer>Copyright Planet</footer></body></html>"#;

#[test]
fn detects_formats_from_extension_and_content() {
    assert_eq!(InputFormat::from_extension(Path::new("a/b.html.gz")), Some(InputFormat::Html));
    assert_eq!(InputFormat::from_extension(Path::new("b.TXT")), Some(InputFormat::Text));
    assert_eq!(InputFormat::from_extension(Path::new("b.ndjson")), Some(InputFormat::Jsonl));
    assert_eq!(InputFormat::from_extension(Path::new("b.atom")), Some(InputFormat::Feed));
    assert_eq!(InputFormat::from_extension(Path::new("b.xml")), None, "XML is decided by content");
    assert_eq!(InputFormat::sniff(b"<?xml version='1.0'?>\n<!-- c --><rss version='2.0'>"), InputFormat::Feed);
    assert_eq!(InputFormat::sniff(b"<?xml version='1.0'?><feed xmlns='x'>"), InputFormat::Feed);
    assert_eq!(InputFormat::sniff(b"<Sentences><Sentence date='20150101' id='x'>"), InputFormat::Petrarch);
    assert_eq!(InputFormat::sniff(b"\xEF\xBB\xBF<!DOCTYPE html><html>"), InputFormat::Html);
    assert_eq!(InputFormat::sniff(b"  {\"id\": 1, \"text\": \"x\"}\n"), InputFormat::Jsonl);
    assert_eq!(InputFormat::sniff(b"Plain words. <b> later"), InputFormat::Text);
    assert_eq!("rss".parse::<InputFormat>(), Ok(InputFormat::Feed));
    assert!("pdf".parse::<InputFormat>().is_err());
}

#[test]
fn html_gzip_and_unknown_extension_are_read() {
    let dir = scratch("html");
    let doc = one(&write(&dir, "story.html.gz", &gzip(PAGE.as_bytes())));
    assert_eq!(doc.id, "story");
    assert_eq!(doc.format, SourceFormat::Html);
    assert_eq!(doc.title.as_deref(), Some("Truce holds"));
    assert_eq!(doc.byline.as_deref(), Some("Lois Lane"));
    assert_eq!((doc.date, doc.date_source), (NaiveDate::from_ymd_opt(2021, 5, 24), DateSource::Meta));
    assert_eq!(doc.paragraphs.len(), 2, "{:?}", doc.paragraphs);
    // No extension: sniffed as HTML.
    let doc = one(&write(&dir, "story-no-ext", PAGE.as_bytes()));
    assert_eq!(doc.format, SourceFormat::Html);
    // --input-format overrides: the same page read as text keeps its markup.
    let as_text = ReadOptions { format: Some(InputFormat::Text), ..ReadOptions::default() };
    let doc = read_all(&[dir.join("story-no-ext")], &as_text).remove(0).unwrap();
    assert_eq!(doc.format, SourceFormat::Text);
    assert!(doc.body().contains("<p>"));
}

#[test]
fn directories_are_read_recursively_in_name_order() {
    let dir = scratch("dir");
    write(&dir, "b.txt", b"Second story\n\nThe second story has a paragraph of text in it.");
    write(&dir, "a/z.txt", b"First story\n\nThe first story has a paragraph of text in it.");
    write(&dir, "c.png", b"\x89PNG not an input");
    write(&dir, ".hidden.txt", b"Hidden\n\nNot read.");
    let ids: Vec<String> = read_all(&[dir.clone()], &ReadOptions::default()).into_iter().map(|d| d.unwrap().id).collect();
    assert_eq!(ids, ["z", "b"]);
}

#[test]
fn json_lines_records_and_line_errors() {
    let dir = scratch("jsonl");
    let path = write(
        &dir,
        "docs.jsonl",
        concat!(
            r#"{"id":"a","url":"https://example.com/a","date":"2021-05-24","title":"Talks resume","text":"Talks resume\n\nThe talks resumed on Monday in Cairo, officials said."}"#,
            "\n\n",
            "{not json\n",
            r#"{"id":7,"html":"<p>Hello from an HTML record with enough words in it to count as a paragraph.</p>"}"#,
            "\n",
            r#"{"id":"c"}"#,
            "\n",
            r#"{"id":"d","text":"x","date":"sometime"}"#,
            "\n",
        )
        .as_bytes(),
    );
    let items = read_all(&[path.clone()], &ReadOptions::default());
    assert_eq!(items.len(), 5);
    let a = items[0].as_ref().unwrap();
    assert_eq!((a.id.as_str(), a.url.as_deref(), a.title.as_deref()), ("a", Some("https://example.com/a"), Some("Talks resume")));
    assert_eq!((a.date, a.date_source), (NaiveDate::from_ymd_opt(2021, 5, 24), DateSource::Input));
    assert_eq!(a.paragraphs, ["The talks resumed on Monday in Cairo, officials said."]);
    let file = path.display().to_string();
    assert!(items[1].as_ref().unwrap_err().to_string().starts_with(&format!("{file}:3: malformed JSON")));
    let b = items[2].as_ref().unwrap();
    assert_eq!((b.id.as_str(), b.format), ("7", SourceFormat::Jsonl));
    assert_eq!(items[3].as_ref().unwrap_err().to_string(), format!("{file}:5: record has neither `text` nor `html`"));
    assert!(items[4].as_ref().unwrap_err().to_string().starts_with(&format!("{file}:6: `date` is not a date")));
}

#[test]
fn feeds_give_one_document_per_item() {
    let dir = scratch("feed");
    let rss = r#"<?xml version="1.0"?><rss version="2.0"><channel><title>Planet Wire</title>
<item><title>Talks resume</title><link>https://example.com/talks</link><pubDate>Mon, 24 May 2021 08:00:00 GMT</pubDate>
<description>&lt;p&gt;The talks resumed on Monday in Cairo, officials said.&lt;/p&gt;&lt;p&gt;Share this article&lt;/p&gt;</description></item>
<item><title>Second</title><guid>g2</guid><description>Plain text summary of the second item.</description></item>
</channel></rss>"#;
    let path = write(&dir, "wire.xml", rss.as_bytes());
    let docs: Vec<Document> = read_all(&[path], &ReadOptions::default()).into_iter().map(|d| d.unwrap()).collect();
    assert_eq!(docs.len(), 2);
    assert_eq!(docs[0].id, "https://example.com/talks");
    assert_eq!(docs[0].url.as_deref(), Some("https://example.com/talks"));
    assert_eq!(docs[0].title.as_deref(), Some("Talks resume"));
    assert_eq!(docs[0].outlet.as_deref(), Some("Planet Wire"));
    assert_eq!((docs[0].date, docs[0].date_source), (NaiveDate::from_ymd_opt(2021, 5, 24), DateSource::Input));
    assert_eq!(docs[0].paragraphs, ["The talks resumed on Monday in Cairo, officials said."]);
    assert_eq!(docs[0].format, SourceFormat::Feed);
    assert_eq!(docs[1].id, "g2");
    assert_eq!(docs[1].paragraphs, ["Plain text summary of the second item."]);
}

#[test]
fn bad_files_are_named_and_reading_goes_on() {
    let dir = scratch("bad");
    let empty = write(&dir, "empty.txt", b"");
    let blank = write(&dir, "blank.txt", b" \n\n ");
    let binary = write(&dir, "image.html", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR");
    let latin1 = write(&dir, "latin.txt", b"First line\ncaf\xe9 au lait\n");
    let full = gzip(PAGE.as_bytes());
    let truncated = write(&dir, "cut.html.gz", &full[..full.len() / 2]);
    let bad_xml = write(&dir, "bad.rss", b"<rss><channel>\n<item>\n<title>x</wrong>\n</item></channel></rss>");
    let good = write(&dir, "good.txt", b"Headline here\n\nA paragraph of the story follows here.");
    let missing = dir.join("missing.txt");

    assert_eq!(error(&empty), format!("{}: file is empty", empty.display()));
    assert_eq!(error(&blank), format!("{}: file is empty", blank.display()));
    assert!(error(&binary).contains("binary file"), "{}", error(&binary));
    assert_eq!(error(&latin1), format!("{}:2: invalid UTF-8 at byte 14; convert the file to UTF-8", latin1.display()));
    assert!(error(&truncated).starts_with(&format!("{}: truncated gzip", truncated.display())), "{}", error(&truncated));
    assert!(error(&bad_xml).starts_with(&format!("{}:3: malformed feed XML", bad_xml.display())), "{}", error(&bad_xml));
    assert!(error(&missing).starts_with(&format!("{}: cannot read", missing.display())));

    let all = read_all(&[empty, binary, missing, good], &ReadOptions::default());
    assert_eq!(all.len(), 4);
    assert!(all[3].as_ref().is_ok_and(|d| d.id == "good"), "reading goes on after errors");
}

#[test]
fn invalid_utf8_in_html_is_decoded_not_refused() {
    let dir = scratch("charset");
    let page = b"<html><head><meta charset=\"windows-1252\"></head><body><p>The caf\xe9 \x93opened\x94 again on Monday after a long closure, its owner said.</p></body></html>";
    let doc = one(&write(&dir, "cafe.html", page));
    assert_eq!(doc.paragraphs, ["The café “opened” again on Monday after a long closure, its owner said."]);
}

#[test]
fn huge_and_deeply_nested_html() {
    // 100,000 nested elements: no recursion anywhere, so no stack overflow.
    let deep = "<div>".repeat(100_000) + "<p>Deep inside the page there is a paragraph of real article text.</p>";
    let a = demarche_page::article::extract(&deep, None);
    assert_eq!(a.paragraphs, ["Deep inside the page there is a paragraph of real article text."]);
    let deep_inline = "<span><a href=x>".repeat(50_000) + "text";
    let _ = demarche_page::article::extract(&deep_inline, None);

    // A 50 MB page: a long article among a lot of navigation.
    let mut page = String::from("<html><body>");
    let nav = "<ul class=\"menu\"><li><a href=\"/x\">Section</a></li><li><a href=\"/y\">Other section</a></li></ul>";
    let para = "<p>The committee met on Tuesday and agreed, after a long debate, to publish its findings next month.</p>";
    while page.len() < 50_000_000 {
        page.push_str(nav);
        page.push_str(para);
    }
    page.push_str("</body></html>");
    let dir = scratch("huge");
    let doc = one(&write(&dir, "huge.html", page.as_bytes()));
    assert!(doc.paragraphs.len() > 100_000, "{}", doc.paragraphs.len());
    assert!(doc.paragraphs.iter().all(|p| !p.contains("Section")));
}

#[test]
fn datelines_and_flag_dates() {
    let dir = scratch("dates");
    let flag = ReadOptions { date: NaiveDate::from_ymd_opt(2021, 5, 30), ..ReadOptions::default() };
    let path = write(&dir, "wire.txt", "MOSCOW, May 24 (Reuters) — Russia said on Monday it was ready to host talks.".as_bytes());
    let doc = read_all(&[path.clone()], &flag).remove(0).unwrap();
    assert_eq!((doc.date, doc.date_source), (NaiveDate::from_ymd_opt(2021, 5, 24), DateSource::Dateline));
    let doc = read_all(&[path], &ReadOptions::default()).remove(0).unwrap();
    assert_eq!((doc.date, doc.date_source), (None, DateSource::None), "no year without a reference date");
    let path = write(&dir, "cairo.txt", "CAIRO, March 4, 2024 — Talks resumed.".as_bytes());
    let doc = read_all(&[path], &flag).remove(0).unwrap();
    assert_eq!((doc.date, doc.date_source), (NaiveDate::from_ymd_opt(2024, 3, 4), DateSource::Dateline));
    let path = write(&dir, "plain.txt", "Headline\n\nNo date is stated anywhere in this story.".as_bytes());
    let doc = read_all(&[path], &flag).remove(0).unwrap();
    assert_eq!((doc.date, doc.date_source), (flag.date, DateSource::Flag));
}

#[test]
fn html_date_sources() {
    let cases = [
        (r#"<meta property="article:published_time" content="2020-02-03T01:00:00Z"><p>x</p>"#, DateSource::Meta),
        (r#"<meta name="dc.date" content="2020-02-03"><p>x</p>"#, DateSource::Meta),
        (r#"<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2020-02-03"}</script>"#, DateSource::JsonLd),
        (r#"<p>Posted <time datetime="2020-02-03T10:00">Feb 3</time></p>"#, DateSource::Meta),
        (r#"<link rel="canonical" href="https://example.com/2020/02/03/story"><p>x</p>"#, DateSource::Url),
    ];
    for (html, source) in cases {
        let doc = demarche_page::html_document(html, "x", None, "x.html", &ReadOptions::default());
        assert_eq!((doc.date, doc.date_source), (NaiveDate::from_ymd_opt(2020, 2, 3), source), "{html}");
    }
    let doc = demarche_page::html_document("<p>x</p>", "x", None, "x.html", &ReadOptions::default());
    assert_eq!((doc.date, doc.date_source), (None, DateSource::None));
    let stated = "<article><div class=when>Published Monday, February 3, 2020 8:22 AM</div>\
        <p>The council approved the budget on Monday after a long debate over school funding.</p></article>";
    let doc = demarche_page::html_document(stated, "x", None, "x.html", &ReadOptions::default());
    assert_eq!((doc.date, doc.date_source), (NaiveDate::from_ymd_opt(2020, 2, 3), DateSource::Text));
    assert_eq!(doc.paragraphs.len(), 1, "the time line is not body: {:?}", doc.paragraphs);
}
