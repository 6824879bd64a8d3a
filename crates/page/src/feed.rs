//! RSS 2.0, RSS 1.0 (RDF) and Atom feeds: one item per entry.

use demarche_doc::{InputError, NaiveDate};
use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;

use crate::dates::parse_date;
use crate::html::{decode_entities, normalize_space};

/// One feed item (`<item>` or `<entry>`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FeedItem {
    /// `<guid>` or `<id>`.
    pub id: Option<String>,
    pub title: Option<String>,
    /// `<link>` text (RSS) or `<link href>` (Atom, `rel="alternate"` preferred).
    pub link: Option<String>,
    /// `pubDate`, `published`, `dc:date` or `updated`.
    pub date: Option<NaiveDate>,
    pub author: Option<String>,
    /// `content:encoded` or Atom `content` when present, else
    /// `description` or `summary`: HTML (or plain text).
    pub content: Option<String>,
}

/// A feed: its title and items.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Feed {
    pub title: Option<String>,
    pub items: Vec<FeedItem>,
}

/// The 1-based line of a byte offset.
pub fn line_of(text: &str, offset: usize) -> usize {
    let end = offset.min(text.len());
    text.as_bytes()[..end].iter().filter(|&&b| b == b'\n').count() + 1
}

/// Fields an item's text can go to.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Field {
    Id,
    Title,
    Link,
    Published,
    Updated,
    Author,
    Content,
    Summary,
}

fn field_of(local: &[u8], in_author: bool) -> Option<Field> {
    Some(match local {
        b"guid" | b"id" => Field::Id,
        b"title" => Field::Title,
        b"link" => Field::Link,
        b"pubDate" | b"published" | b"date" | b"issued" => Field::Published,
        b"updated" | b"modified" => Field::Updated,
        b"creator" => Field::Author,
        b"name" if in_author => Field::Author,
        b"author" => Field::Author,
        b"encoded" | b"content" => Field::Content,
        b"description" | b"summary" => Field::Summary,
        _ => return None,
    })
}

#[derive(Default)]
struct ItemFields {
    id: String,
    title: String,
    link: String,
    alternate_link: Option<String>,
    published: String,
    updated: String,
    author: String,
    content: String,
    summary: String,
}

impl ItemFields {
    fn buffer(&mut self, f: Field) -> &mut String {
        match f {
            Field::Id => &mut self.id,
            Field::Title => &mut self.title,
            Field::Link => &mut self.link,
            Field::Published => &mut self.published,
            Field::Updated => &mut self.updated,
            Field::Author => &mut self.author,
            Field::Content => &mut self.content,
            Field::Summary => &mut self.summary,
        }
    }

    fn finish(self) -> FeedItem {
        let some = |s: String| {
            let t = s.trim().to_string();
            (!t.is_empty()).then_some(t)
        };
        let date = parse_date(self.published.trim()).or_else(|| parse_date(self.updated.trim()));
        FeedItem {
            id: some(self.id),
            title: some(normalize_space(&self.title)),
            link: self.alternate_link.or_else(|| some(self.link)),
            date,
            author: some(normalize_space(&self.author)),
            content: some(self.content).or_else(|| some(self.summary)),
        }
    }
}

fn attr(e: &BytesStart, name: &[u8]) -> Option<String> {
    e.attributes().flatten().find(|a| a.key.local_name().as_ref().as_bytes() == name).map(|a| {
        let raw = a.value.to_string();
        let mut out = String::new();
        decode_entities(&raw, true, &mut out);
        out
    })
}

/// Reads an RSS or Atom feed; `file` names it in errors (with the line).
pub fn read(xml: &str, file: &str) -> Result<Feed, InputError> {
    let mut reader = Reader::from_str(xml);
    let mut feed = Feed::default();
    let mut item: Option<ItemFields> = None;
    // The field being read and the depth of its element, for nested markup
    // in Atom `type="xhtml"` content.
    let mut field: Option<(Field, usize)> = None;
    let mut depth = 0usize;
    let mut in_author = false;
    let mut channel_title: Option<String> = None;
    let mut reading_channel_title = false;
    let mut saw_root = false;
    loop {
        let event = reader.read_event().map_err(|e| {
            let at = reader.error_position() as usize;
            InputError::at_line(file, line_of(xml, at), format!("malformed feed XML: {e}"))
        })?;
        match event {
            Event::Start(e) => {
                depth += 1;
                let local = e.local_name().as_ref().as_bytes().to_vec();
                if !saw_root {
                    saw_root = true;
                    if !matches!(local.as_slice(), b"rss" | b"feed" | b"RDF" | b"rdf") {
                        return Err(InputError::at_line(
                            file,
                            line_of(xml, reader.buffer_position() as usize),
                            format!("not an RSS or Atom feed (root element <{}>)", String::from_utf8_lossy(&local)),
                        ));
                    }
                }
                if let (Some((f, _)), Some(it)) = (field, item.as_mut()) {
                    if f == Field::Author {
                        // Atom `<author><name>…</name><email>…</email></author>`: the name only.
                        if local.as_slice() == b"name" {
                            it.author.clear();
                        } else {
                            field = None;
                        }
                    } else {
                        // Markup inside a content field (Atom xhtml): keep it as HTML.
                        let buf = it.buffer(f);
                        buf.push('<');
                        buf.push_str(&String::from_utf8_lossy(&local));
                        buf.push('>');
                    }
                    continue;
                }
                match local.as_slice() {
                    b"item" | b"entry" => item = Some(ItemFields::default()),
                    b"author" if item.is_some() => {
                        in_author = true;
                    }
                    b"title" if item.is_none() && channel_title.is_none() => reading_channel_title = true,
                    _ => {}
                }
                if let Some(it) = item.as_mut() {
                    if local.as_slice() == b"link" {
                        if let Some(href) = attr(&e, b"href") {
                            let rel = attr(&e, b"rel");
                            if rel.as_deref().is_none_or(|r| r == "alternate") {
                                it.alternate_link.get_or_insert(href);
                            }
                        }
                    }
                    if let Some(f) = field_of(&local, in_author) {
                        field = Some((f, depth));
                    }
                }
            }
            Event::Empty(e) => {
                let local = e.local_name().as_ref().as_bytes().to_vec();
                if let (Some(it), b"link") = (item.as_mut(), local.as_slice()) {
                    if let Some(href) = attr(&e, b"href") {
                        let rel = attr(&e, b"rel");
                        if rel.as_deref().is_none_or(|r| r == "alternate") {
                            it.alternate_link.get_or_insert(href);
                        }
                    }
                } else if let (Some((f, _)), Some(it)) = (field, item.as_mut()) {
                    let buf = it.buffer(f);
                    buf.push('<');
                    buf.push_str(&String::from_utf8_lossy(&local));
                    buf.push('>');
                }
            }
            Event::End(e) => {
                let local = e.local_name().as_ref().as_bytes().to_vec();
                if let Some((f, d)) = field {
                    if d == depth {
                        field = None;
                    } else if let (Some(it), true) = (item.as_mut(), f != Field::Author) {
                        let buf = it.buffer(f);
                        buf.push_str("</");
                        buf.push_str(&String::from_utf8_lossy(&local));
                        buf.push('>');
                    }
                }
                depth = depth.saturating_sub(1);
                match local.as_slice() {
                    b"item" | b"entry" => {
                        if let Some(it) = item.take() {
                            feed.items.push(it.finish());
                        }
                        field = None;
                    }
                    b"author" => in_author = false,
                    b"title" => reading_channel_title = false,
                    _ => {}
                }
            }
            Event::Text(t) => {
                let text = t.xml10_content();
                if let (Some((f, _)), Some(it)) = (field, item.as_mut()) {
                    it.buffer(f).push_str(&text);
                } else if reading_channel_title {
                    channel_title.get_or_insert_with(String::new).push_str(&text);
                }
            }
            Event::CData(c) => {
                if let (Some((f, _)), Some(it)) = (field, item.as_mut()) {
                    it.buffer(f).push_str(&c.xml10_content());
                }
            }
            Event::GeneralRef(r) => {
                let reference = format!("&{};", r.into_inner());
                let mut decoded = String::new();
                decode_entities(&reference, false, &mut decoded);
                if let (Some((f, _)), Some(it)) = (field, item.as_mut()) {
                    it.buffer(f).push_str(&decoded);
                } else if reading_channel_title {
                    channel_title.get_or_insert_with(String::new).push_str(&decoded);
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    if !saw_root {
        return Err(InputError::in_file(file, "no feed element found"));
    }
    if item.is_some() {
        return Err(InputError::at_line(file, line_of(xml, xml.len()), "feed ends inside an item"));
    }
    feed.title = channel_title.map(|t| normalize_space(&t)).filter(|t| !t.is_empty());
    Ok(feed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rss_items() {
        let xml = r#"<?xml version="1.0"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Daily Planet &amp; Co</title>
<item><title>Talks resume</title><link>https://example.com/a</link>
<pubDate>Mon, 24 May 2021 08:00:00 GMT</pubDate><dc:creator>Lois Lane</dc:creator>
<description>&lt;p&gt;Short &amp;amp; sweet.&lt;/p&gt;</description>
<content:encoded><![CDATA[<p>Full text.</p>]]></content:encoded></item>
<item><title>Second</title><guid>id-2</guid><description>Plain summary.</description></item>
</channel></rss>"#;
        let feed = read(xml, "f.rss").unwrap();
        assert_eq!(feed.title.as_deref(), Some("Daily Planet & Co"));
        assert_eq!(feed.items.len(), 2);
        let a = &feed.items[0];
        assert_eq!(a.title.as_deref(), Some("Talks resume"));
        assert_eq!(a.link.as_deref(), Some("https://example.com/a"));
        assert_eq!(a.date, NaiveDate::from_ymd_opt(2021, 5, 24));
        assert_eq!(a.author.as_deref(), Some("Lois Lane"));
        assert_eq!(a.content.as_deref(), Some("<p>Full text.</p>"));
        assert_eq!(feed.items[1].content.as_deref(), Some("Plain summary."));
        assert_eq!(feed.items[1].id.as_deref(), Some("id-2"));
    }

    #[test]
    fn atom_entries() {
        let xml = r#"<feed xmlns="http://www.w3.org/2005/Atom"><title>Planet</title>
<entry><title type="html">Deal &lt;b&gt;reached&lt;/b&gt;</title>
<link rel="self" href="https://example.com/self"/><link href="https://example.com/b"/>
<id>urn:x</id><updated>2020-01-03T00:00:00Z</updated><published>2020-01-02T00:00:00Z</published>
<author><name>A. Writer</name></author>
<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>One.</p><p>Two.</p></div></content>
</entry></feed>"#;
        let feed = read(xml, "f.atom").unwrap();
        let e = &feed.items[0];
        assert_eq!(e.link.as_deref(), Some("https://example.com/b"));
        assert_eq!(e.date, NaiveDate::from_ymd_opt(2020, 1, 2));
        assert_eq!(e.author.as_deref(), Some("A. Writer"));
        assert_eq!(e.content.as_deref(), Some("<div><p>One.</p><p>Two.</p></div>"));
        assert_eq!(e.id.as_deref(), Some("urn:x"));
    }

    #[test]
    fn malformed_feed_names_file_and_line() {
        let err = read("<rss><channel>\n<item><title>x</wrong></item></channel></rss>", "bad.rss").unwrap_err();
        assert_eq!(err.file.as_deref(), Some("bad.rss"));
        assert_eq!(err.line, Some(2), "{err}");
        let err = read("<html><body/></html>", "page.xml").unwrap_err();
        assert!(err.to_string().contains("not an RSS or Atom feed"), "{err}");
        assert!(read("<rss><channel><item><title>x", "cut.rss").is_err());
    }
}
