//! Page metadata: title, publication date, author, site name, canonical URL
//! and structured-data article body, from `<meta>` tags, JSON-LD,
//! `<time datetime>` and the URL.

use demarche_doc::{DateSource, NaiveDate};
use serde_json::Value;

use crate::dates::{date_from_url, parse_date};
use crate::html::{normalize_space, Dom, NodeId, Tag};

/// What a page says about itself, outside its body text.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Metadata {
    /// `og:title`, `twitter:title`, JSON-LD `headline` or `<title>`, in that order.
    pub title: Option<String>,
    /// The `<title>` element as written (often "Headline | Site").
    pub html_title: Option<String>,
    /// Every headline the page states (`og:title`, `twitter:title`,
    /// JSON-LD `headline`, `<title>`), for recognizing the title in the body.
    pub headlines: Vec<String>,
    pub date: Option<NaiveDate>,
    pub date_source: DateSource,
    pub byline: Option<String>,
    pub site_name: Option<String>,
    /// `<link rel=canonical>` or `og:url`.
    pub url: Option<String>,
    pub description: Option<String>,
    /// JSON-LD `articleBody`, when the page gives one.
    pub article_body: Option<String>,
}

/// Meta names and properties that carry the publication date, best first.
const DATE_META: &[&str] = &[
    "article:published_time",
    "og:published_time",
    "article:published",
    "datepublished",
    "publishdate",
    "publish-date",
    "publish_date",
    "published_time",
    "published-date",
    "pubdate",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date",
    "dcterms.date",
    "dc.date.created",
    "dcterms.created",
    "article.published",
    "date",
    "og:updated_time",
    "article:modified_time",
    "datemodified",
    "lastmod",
];

/// Reads the page's metadata; `url` is where the page came from, if known.
pub fn read(dom: &Dom, url: Option<&str>) -> Metadata {
    let mut meta = Metadata::default();
    let mut metas: Vec<(String, String)> = Vec::new(); // (lower-case key, content)
    let mut ld_scripts: Vec<NodeId> = Vec::new();
    let mut times: Vec<(NodeId, bool)> = Vec::new(); // (<time>, marked as publication date)
    let mut canonical = None;
    for id in 0..dom.len() as NodeId {
        let Some(tag) = dom.tag(id) else { continue };
        match tag {
            Tag::META => {
                let content = dom.attr(id, "content").map(str::trim).filter(|c| !c.is_empty());
                let Some(content) = content else { continue };
                for key in ["property", "name", "itemprop", "http-equiv"] {
                    if let Some(k) = dom.attr(id, key) {
                        metas.push((k.trim().to_ascii_lowercase(), content.to_string()));
                    }
                }
            }
            Tag::TITLE if meta.html_title.is_none() => {
                let t = normalize_space(&dom.text_content(id));
                if !t.is_empty() {
                    meta.html_title = Some(t);
                }
            }
            Tag::LINK if canonical.is_none()
                && dom.attr(id, "rel").is_some_and(|r| r.eq_ignore_ascii_case("canonical")) => {
                    canonical = dom.attr(id, "href").map(str::to_string);
                }
            Tag::SCRIPT
                if dom.attr(id, "type").is_some_and(|t| t.trim().eq_ignore_ascii_case("application/ld+json")) => {
                    ld_scripts.push(id);
                }
            Tag::TIME
                if dom.attr(id, "datetime").is_some() => {
                    let marked = dom.attr(id, "itemprop").is_some_and(|p| p.contains("datePublished"))
                        || dom.attr(id, "pubdate").is_some()
                        || dom.attr(id, "class").is_some_and(|c| c.to_ascii_lowercase().contains("publish"));
                    times.push((id, marked));
                }
            _ => {}
        }
    }
    let get = |key: &str| metas.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str());

    let ld = json_ld(dom, &ld_scripts);

    meta.headlines = ["og:title", "twitter:title"]
        .iter()
        .filter_map(|k| get(k))
        .map(normalize_space)
        .chain(ld.headline.clone())
        .chain(meta.html_title.clone())
        .filter(|h| !h.is_empty())
        .collect();
    meta.title = ["og:title", "twitter:title"]
        .iter()
        .find_map(|k| get(k))
        .map(normalize_space)
        .or_else(|| ld.headline.clone())
        .or_else(|| meta.html_title.clone());
    meta.site_name = get("og:site_name").or_else(|| get("application-name")).map(normalize_space).or(ld.publisher);
    meta.description = ["og:description", "description", "twitter:description"]
        .iter()
        .find_map(|k| get(k))
        .map(normalize_space);
    meta.url = canonical.or_else(|| get("og:url").map(str::to_string)).or_else(|| url.map(str::to_string));
    meta.byline = ["author", "article:author", "byl", "sailthru.author", "parsely-author", "dc.creator"]
        .iter()
        .filter_map(|k| get(k))
        .map(normalize_space)
        .find(|a| !a.is_empty() && !a.contains("://") && a.len() < 200)
        .or(ld.author);
    meta.article_body = ld.article_body;

    // Date: meta tags, then JSON-LD, then <time>, then the URL.
    let from_meta = DATE_META.iter().find_map(|k| get(k).and_then(parse_date));
    let from_time = || {
        let pick = times.iter().find(|t| t.1).or(times.first())?;
        dom.attr(pick.0, "datetime").and_then(parse_date)
    };
    let page_url = url.map(str::to_string).or_else(|| meta.url.clone());
    let (date, source) = if let Some(d) = from_meta {
        (Some(d), DateSource::Meta)
    } else if let Some(d) = ld.date {
        (Some(d), DateSource::JsonLd)
    } else if let Some(d) = from_time() {
        (Some(d), DateSource::Meta)
    } else if let Some(d) = page_url.as_deref().and_then(date_from_url) {
        (Some(d), DateSource::Url)
    } else {
        (None, DateSource::None)
    };
    // A timestamp in UTC can fall on the day after the newsroom's local date,
    // which a dated URL keeps: when they are one day apart, the URL wins.
    let (date, source) = match (date, page_url.as_deref().and_then(date_from_url)) {
        (Some(d), Some(u)) if source != DateSource::Url && (d - u).num_days().abs() == 1 => (Some(u), DateSource::Url),
        other => (other.0, source),
    };
    meta.date = date;
    meta.date_source = source;
    meta
}

#[derive(Default)]
struct JsonLd {
    headline: Option<String>,
    date: Option<NaiveDate>,
    author: Option<String>,
    publisher: Option<String>,
    article_body: Option<String>,
}

/// Whether a JSON-LD `@type` names an article-like thing.
fn is_article_type(v: &Value) -> bool {
    let is = |s: &str| {
        s.ends_with("Article") || s == "BlogPosting" || s == "SocialMediaPosting" || s == "Report" || s == "WebPage"
    };
    match v {
        Value::String(s) => is(s),
        Value::Array(a) => a.iter().any(|t| t.as_str().is_some_and(is)),
        _ => false,
    }
}

fn names(v: &Value) -> Vec<String> {
    match v {
        Value::String(s) => vec![normalize_space(s)],
        Value::Object(o) => o.get("name").map(names).unwrap_or_default(),
        Value::Array(a) => a.iter().flat_map(names).collect(),
        _ => Vec::new(),
    }
}

fn json_ld(dom: &Dom, scripts: &[NodeId]) -> JsonLd {
    let mut out = JsonLd::default();
    // Article objects beat WebPage ones: remember which kind filled each field.
    let mut from_article = false;
    for &id in scripts {
        let text = dom.text_content(id);
        let Ok(value) = serde_json::from_str::<Value>(text.trim().trim_end_matches(';')) else { continue };
        let mut stack = vec![&value];
        while let Some(v) = stack.pop() {
            match v {
                Value::Array(items) => stack.extend(items.iter().rev()),
                Value::Object(obj) => {
                    if let Some(graph) = obj.get("@graph") {
                        stack.push(graph);
                    }
                    let Some(t) = obj.get("@type") else { continue };
                    if !is_article_type(t) {
                        continue;
                    }
                    let article = !matches!(t, Value::String(s) if s == "WebPage");
                    if from_article && !article {
                        continue;
                    }
                    let replace = article && !from_article;
                    let s = |k: &str| obj.get(k).and_then(Value::as_str).map(str::trim).filter(|s| !s.is_empty());
                    if replace || out.headline.is_none() {
                        out.headline = s("headline").or(s("name")).map(normalize_space).or(out.headline.take());
                    }
                    if replace || out.date.is_none() {
                        out.date = s("datePublished").or(s("dateCreated")).and_then(parse_date).or(out.date);
                    }
                    if replace || out.author.is_none() {
                        let a = obj.get("author").map(names).unwrap_or_default();
                        if !a.is_empty() {
                            out.author = Some(a.join(", "));
                        }
                    }
                    if replace || out.publisher.is_none() {
                        out.publisher = obj.get("publisher").and_then(|p| names(p).into_iter().next()).or(out.publisher.take());
                    }
                    if let Some(body) = s("articleBody") {
                        if out.article_body.as_ref().is_none_or(|b| b.len() < body.len()) {
                            out.article_body = Some(body.to_string());
                        }
                    }
                    from_article |= article;
                }
                _ => {}
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::html::parse;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn meta_tags_win() {
        let dom = parse(
            r#"<html><head><title>Talks resume | Daily Planet</title>
            <meta property="og:title" content="Talks resume">
            <meta property="og:site_name" content="Daily Planet">
            <meta property="article:published_time" content="2021-05-24T08:00:00+03:00">
            <meta name="author" content="Lois Lane">
            <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2020-01-01"}</script>
            </head><body><time datetime="2019-01-01">x</time></body></html>"#,
        );
        let m = read(&dom, Some("https://example.com/2018/02/03/x"));
        assert_eq!(m.title.as_deref(), Some("Talks resume"));
        assert_eq!(m.html_title.as_deref(), Some("Talks resume | Daily Planet"));
        assert_eq!(m.site_name.as_deref(), Some("Daily Planet"));
        assert_eq!(m.byline.as_deref(), Some("Lois Lane"));
        assert_eq!((m.date, m.date_source), (Some(d(2021, 5, 24)), DateSource::Meta));
    }

    #[test]
    fn json_ld_then_time_then_url() {
        let ld = r#"<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
            {"@type":"WebPage","name":"Page"},
            {"@type":["NewsArticle"],"headline":"Deal reached","datePublished":"2020-01-02T10:00:00Z",
             "author":[{"@type":"Person","name":"A. Writer"},{"name":"B. Writer"}],
             "publisher":{"@type":"Organization","name":"Example News"},"articleBody":"Body text."}]}</script>"#;
        let m = read(&parse(ld), None);
        assert_eq!((m.date, m.date_source), (Some(d(2020, 1, 2)), DateSource::JsonLd));
        assert_eq!(m.title.as_deref(), Some("Deal reached"));
        assert_eq!(m.byline.as_deref(), Some("A. Writer, B. Writer"));
        assert_eq!(m.site_name.as_deref(), Some("Example News"));
        assert_eq!(m.article_body.as_deref(), Some("Body text."));

        let m = read(&parse(r#"<p>x <time datetime="2019-03-04T00:00">March 4</time></p>"#), None);
        assert_eq!((m.date, m.date_source), (Some(d(2019, 3, 4)), DateSource::Meta));

        let late = r#"<meta property="article:published_time" content="2019-11-20T01:53:14Z">"#;
        let m = read(&parse(late), Some("https://example.com/2019-11-19/story"));
        assert_eq!((m.date, m.date_source), (Some(d(2019, 11, 19)), DateSource::Url), "local date of a late story");
        let m = read(&parse(late), Some("https://example.com/2019/10/01/story"));
        assert_eq!((m.date, m.date_source), (Some(d(2019, 11, 20)), DateSource::Meta), "an old URL date does not win");

        let m = read(&parse("<p>x</p>"), Some("https://example.com/news/2017/06/05/slug"));
        assert_eq!((m.date, m.date_source), (Some(d(2017, 6, 5)), DateSource::Url));

        let m = read(&parse("<p>x</p><script type='application/ld+json'>{broken</script>"), None);
        assert_eq!((m.date, m.date_source), (None, DateSource::None));
    }
}
