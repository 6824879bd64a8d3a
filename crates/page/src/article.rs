//! Article extraction: the main text of an HTML page, in reading order,
//! without the page around it.
//!
//! 1. The page is cut into text blocks at block-level element boundaries
//!    (skipping scripts, forms controls, media and hidden elements), each
//!    with its length, link density and the element that holds it.
//! 2. Elements named like furniture (`data/page-cues.txt`: share bars,
//!    comments, related lists, navigation, …) are set aside, unless one
//!    holds most of the page's prose.
//! 3. Each block gets a weight: prose paragraphs count for their length,
//!    link lists, chrome lines (`data/chrome.txt`) and scraps against it.
//!    The article container is the element whose blocks weigh most — a
//!    maximum-weight subtree, found in one bottom-up pass.
//! 4. The container's blocks are kept unless they are chrome, link lists,
//!    or repeat the title.

use crate::chrome;
use crate::cues::{element_cue, is_hidden, Cue};
use crate::html::{self, Dom, NodeId, NodeKind, Tag};
use crate::metadata::{self, Metadata};

/// The extracted article.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Article {
    pub title: Option<String>,
    /// Body paragraphs in reading order, white space normalized.
    pub paragraphs: Vec<String>,
    pub metadata: Metadata,
}

/// Extracts the article of an HTML page; `url` is where it came from, if
/// known (used for dates in the path).
pub fn extract(html: &str, url: Option<&str>) -> Article {
    let dom = html::parse(html);
    extract_from_dom(&dom, url)
}

/// Like [`extract`], on a parsed page.
pub fn extract_from_dom(dom: &Dom, url: Option<&str>) -> Article {
    let metadata = metadata::read(dom, url);
    let blocks = blocks(dom);
    let paragraphs = select(dom, &blocks, &metadata);
    let title = choose_title(dom, &metadata);
    let paragraphs = paragraphs
        .into_iter()
        .filter(|p| title.as_deref().is_none_or(|t| !same_text(p, t)))
        .collect();
    Article { title, paragraphs, metadata }
}

/// What kind of element holds a block.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Paragraph,
    Heading,
    ListItem,
    Cell,
    Preformatted,
    Quote,
    Other,
}

#[derive(Clone, Debug)]
struct Block {
    /// First node of the block (its position in the document).
    start: NodeId,
    /// Innermost block-level element holding it.
    owner: NodeId,
    kind: Kind,
    text: String,
    /// Non-space characters, all and inside links.
    chars: u32,
    link_chars: u32,
    words: u32,
}

impl Block {
    fn link_density(&self) -> f32 {
        if self.chars == 0 { 0.0 } else { self.link_chars as f32 / self.chars as f32 }
    }
}

/// Elements whose content is never article text.
fn dropped(tag: Tag) -> bool {
    matches!(
        tag,
        Tag::SCRIPT
            | Tag::STYLE
            | Tag::NOSCRIPT
            | Tag::TEMPLATE
            | Tag::SVG
            | Tag::MATH
            | Tag::CANVAS
            | Tag::IFRAME
            | Tag::OBJECT
            | Tag::EMBED
            | Tag::VIDEO
            | Tag::AUDIO
            | Tag::SELECT
            | Tag::OPTION
            | Tag::BUTTON
            | Tag::INPUT
            | Tag::TEXTAREA
            | Tag::HEAD
            | Tag::TITLE
            | Tag::DIALOG
            | Tag::MAP
            | Tag::NOEMBED
            | Tag::NOFRAMES
    )
}

fn kind_of(tag: Option<Tag>) -> Kind {
    match tag {
        Some(Tag::P) => Kind::Paragraph,
        Some(t) if t.is_heading() => Kind::Heading,
        Some(Tag::LI | Tag::DD | Tag::DT) => Kind::ListItem,
        Some(Tag::TD | Tag::TH) => Kind::Cell,
        Some(Tag::PRE) => Kind::Preformatted,
        Some(Tag::BLOCKQUOTE) => Kind::Quote,
        _ => Kind::Other,
    }
}

/// Accumulates one block's text.
#[derive(Default)]
struct Pending {
    start: Option<NodeId>,
    raw: String,
    chars: u32,
    link_chars: u32,
}

impl Pending {
    fn add(&mut self, id: NodeId, text: &str, in_link: bool) {
        let n = text.chars().filter(|c| !c.is_whitespace()).count() as u32;
        if n == 0 && self.raw.is_empty() {
            return;
        }
        self.start.get_or_insert(id);
        self.raw.push_str(text);
        self.chars += n;
        if in_link {
            self.link_chars += n;
        }
    }

    fn flush(&mut self, dom: &Dom, owner: NodeId, out: &mut Vec<Block>) {
        if let Some(start) = self.start.take() {
            let text = html::normalize_space(&self.raw);
            if !text.is_empty() {
                out.push(Block {
                    start,
                    owner,
                    kind: kind_of(dom.tag(owner)),
                    words: chrome::word_count(&text) as u32,
                    text,
                    chars: self.chars,
                    link_chars: self.link_chars,
                });
            }
        }
        self.raw.clear();
        self.chars = 0;
        self.link_chars = 0;
    }
}

/// Cuts the page into text blocks in document order.
fn blocks(dom: &Dom) -> Vec<Block> {
    let mut out = Vec::new();
    let mut pending = Pending::default();
    // Open elements: (subtree end, is block, is link).
    let mut open: Vec<(NodeId, bool, bool)> = Vec::new();
    let mut owners: Vec<NodeId> = vec![Dom::ROOT];
    let mut in_link = 0u32;
    let n = dom.len() as NodeId;
    let mut i = 1;
    loop {
        while let Some(&(end, block, link)) = open.last() {
            if i < end {
                break;
            }
            open.pop();
            if block {
                pending.flush(dom, *owners.last().unwrap_or(&Dom::ROOT), &mut out);
                owners.pop();
            }
            if link {
                in_link -= 1;
            }
        }
        if i >= n {
            break;
        }
        let node = dom.node(i);
        match node.kind {
            NodeKind::Text { .. } => {
                if let Some(t) = dom.text(i) {
                    pending.add(i, t, in_link > 0);
                }
            }
            NodeKind::Element { tag, .. } => {
                let block = tag.is_block();
                if dropped(tag) || is_hidden(dom, i) {
                    if block {
                        pending.flush(dom, *owners.last().unwrap_or(&Dom::ROOT), &mut out);
                    }
                    i = node.subtree_end;
                    continue;
                }
                if block {
                    pending.flush(dom, *owners.last().unwrap_or(&Dom::ROOT), &mut out);
                }
                if tag == Tag::BR || tag == Tag::HR {
                    i += 1;
                    continue;
                }
                if tag == Tag::IMG {
                    // An image between words separates them.
                    pending.raw.push(' ');
                }
                let link = tag == Tag::A && dom.attr(i, "href").is_some();
                if node.subtree_end > i + 1 {
                    open.push((node.subtree_end, block, link));
                    if block {
                        owners.push(i);
                    }
                    if link {
                        in_link += 1;
                    }
                }
            }
            NodeKind::Document => {}
        }
        i += 1;
    }
    pending.flush(dom, *owners.last().unwrap_or(&Dom::ROOT), &mut out);
    out
}

/// A block's weight as evidence for the container holding it.
fn weight(b: &Block) -> f32 {
    let chars = b.chars as f32;
    let ld = b.link_density();
    if ld > 0.5 || chrome::classify(&b.text).is_some() {
        return -0.5 * chars;
    }
    if b.words >= 12 {
        return chars * (1.0 - ld);
    }
    match b.kind {
        Kind::Heading => 0.0,
        _ if b.words >= 5 && ends_sentence(&b.text) => 0.5 * chars,
        _ => -0.25 * chars,
    }
}

fn ends_sentence(text: &str) -> bool {
    text.trim_end_matches(['"', '\'', '”', '’', ')', ']', '»']).ends_with(['.', '!', '?', '…', ':'])
}

/// Elements set aside as furniture: for each node, whether it or an
/// ancestor is. Furniture holding most of the page's prose is kept (pages
/// that name their whole body after, say, their comment system).
fn furniture(dom: &Dom, blocks: &[Block]) -> Vec<bool> {
    let n = dom.len();
    // Prose under each node, to guard against removing the article itself.
    let mut prose = vec![0f32; n];
    for b in blocks {
        let w = weight(b);
        if w > 0.0 {
            prose[b.owner as usize] += w;
        }
    }
    for id in (1..n).rev() {
        let p = dom.node(id as NodeId).parent;
        if p != html::NONE {
            prose[p as usize] += prose[id];
        }
    }
    let total = prose[0].max(1.0);
    let mut removed = vec![false; n];
    let mut scratch = String::new();
    for id in 1..n {
        let node = dom.node(id as NodeId);
        if node.parent != html::NONE && removed[node.parent as usize] {
            removed[id] = true;
            continue;
        }
        let Some(tag) = dom.tag(id as NodeId) else { continue };
        if matches!(tag, Tag::HTML | Tag::BODY | Tag::MAIN) {
            continue;
        }
        let cue = element_cue(dom, id as NodeId, tag, &mut scratch);
        if matches!(cue, Cue::Boilerplate | Cue::WeakBoilerplate) && prose[id] < 0.5 * total {
            removed[id] = true;
        }
    }
    removed
}

/// A trace of the extraction for one page: every block with its weight and
/// fate, and the chosen container (for `demarche eval extraction --explain`).
#[doc(hidden)]
pub fn explain(html: &str, url: Option<&str>) -> String {
    let dom = html::parse(html);
    let blocks = blocks(&dom);
    let removed = furniture(&dom, &blocks);
    let (best, _) = container(&dom, &blocks, &removed);
    let range = dom.subtree(best);
    let path = |id: NodeId| {
        let mut names = Vec::new();
        let mut at = id;
        while at != html::NONE && names.len() < 4 {
            if let Some(t) = dom.tag(at) {
                let class = dom.attr(at, "class").unwrap_or("");
                names.push(format!("{}.{}", dom.tag_name(t), class.split_whitespace().next().unwrap_or("")));
            }
            at = dom.node(at).parent;
        }
        names.reverse();
        names.join(">")
    };
    let mut out = format!("container: {} {}\n", best, path(best));
    for b in &blocks {
        let fate = if removed[b.start as usize] {
            "REMOVED"
        } else if !range.contains(&b.start) {
            "outside"
        } else if keep(b) {
            "KEEP"
        } else {
            "dropped"
        };
        let text: String = b.text.chars().take(90).collect();
        out.push_str(&format!("{fate:8} w={:7.1} ld={:.2} {:<40} {text}\n", weight(b), b.link_density(), path(b.owner)));
    }
    out
}

/// The element whose blocks weigh most, and its weight.
fn container(dom: &Dom, blocks: &[Block], removed: &[bool]) -> (NodeId, f32) {
    let n = dom.len();
    let mut score = vec![0f32; n];
    for b in blocks.iter().filter(|b| !removed[b.start as usize]) {
        score[b.owner as usize] += weight(b);
    }
    for id in (1..n).rev() {
        let p = dom.node(id as NodeId).parent;
        if p != html::NONE {
            score[p as usize] += score[id];
        }
    }
    let mut best = Dom::ROOT;
    for id in 0..n {
        if !removed[id] && score[id] >= score[best as usize] && dom.tag(id as NodeId).is_some() {
            best = id as NodeId;
        }
    }
    (best, score[best as usize])
}

/// Chooses the article container and returns its paragraphs.
fn select(dom: &Dom, blocks: &[Block], meta: &Metadata) -> Vec<String> {
    let removed = furniture(dom, blocks);
    let (best, best_score) = container(dom, blocks, &removed);
    if best_score <= 0.0 {
        return fallback(meta);
    }
    let range = dom.subtree(best);
    blocks
        .iter()
        .filter(|b| range.contains(&b.start) && !removed[b.start as usize])
        .filter(|b| keep(b))
        .map(|b| b.text.clone())
        .collect()
}

/// Whether a block inside the container is article text.
fn keep(b: &Block) -> bool {
    if chrome::classify(&b.text).is_some() {
        return false;
    }
    if b.link_density() > 0.6 && b.words < 40 {
        return false;
    }
    true
}

/// Paragraphs when no block looks like prose: the structured-data body or
/// the description.
fn fallback(meta: &Metadata) -> Vec<String> {
    let text = meta.article_body.as_deref().or(meta.description.as_deref()).unwrap_or("");
    text.split("\n\n")
        .flat_map(|p| p.split('\n'))
        .map(html::normalize_space)
        .filter(|p| !p.is_empty())
        .collect()
}

/// Loose text equality for titles: case, spacing and punctuation aside.
fn same_text(a: &str, b: &str) -> bool {
    let key = |s: &str| s.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect::<String>();
    let (ka, kb) = (key(a), key(b));
    !ka.is_empty() && ka == kb
}

/// The headline: the `<h1>` that agrees with the metadata title, else the
/// metadata title, else the first `<h1>`, else the `<title>` without the
/// site name.
fn choose_title(dom: &Dom, meta: &Metadata) -> Option<String> {
    let h1s: Vec<String> = dom
        .elements(Tag::H1)
        .take(5)
        .map(|id| html::normalize_space(&dom.text_content(id)))
        .filter(|t| !t.is_empty())
        .collect();
    if let Some(t) = &meta.title {
        if let Some(h) = h1s.iter().find(|h| same_text(h, t) || t.contains(h.as_str())) {
            return Some(h.clone());
        }
        return Some(strip_site_name(t, meta.site_name.as_deref()));
    }
    h1s.into_iter().next().or_else(|| meta.html_title.as_deref().map(|t| strip_site_name(t, None)))
}

/// "Headline | Site" → "Headline".
fn strip_site_name(title: &str, site: Option<&str>) -> String {
    for sep in [" | ", " - ", " — ", " – ", " :: ", " · "] {
        if let Some((head, tail)) = title.rsplit_once(sep) {
            let tail_is_site = site.is_some_and(|s| same_text(s, tail)) || tail.split_whitespace().count() <= 4;
            if tail_is_site && head.split_whitespace().count() >= 3 {
                return head.trim().to_string();
            }
        }
    }
    title.trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r##"<html><head><title>Ceasefire holds in Gaza | Daily Planet</title></head><body>
      <header class="site-header"><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
      <main><article>
        <h1>Ceasefire holds in Gaza</h1>
        <div class="byline">By Lois Lane</div>
        <div class="share-bar"><a href="#">Facebook</a> <a href="#">Twitter</a></div>
        <div class="article-body">
          <p>A ceasefire between Israel and Hamas held for a third day on Sunday, officials on both sides said.</p>
          <p>Egypt, which brokered the truce, sent a delegation to discuss a longer-term arrangement.</p>
          <figure><img src="x.jpg"><figcaption>Photo: Jane Roe/Reuters</figcaption></figure>
          <h2>Talks in Cairo</h2>
          <p>Negotiators are expected to meet in Cairo next week, according to a statement.</p>
          <p>Advertisement</p>
        </div>
        <div class="related-posts"><h3>Related</h3><ul><li><a href="/a">Another story about the region</a></li></ul></div>
      </article></main>
      <footer><p>Copyright 2021 Daily Planet. All rights reserved.</p></footer>
    </body></html>"##;

    #[test]
    fn extracts_body_without_furniture() {
        let a = extract(PAGE, None);
        assert_eq!(a.title.as_deref(), Some("Ceasefire holds in Gaza"));
        assert_eq!(
            a.paragraphs,
            [
                "A ceasefire between Israel and Hamas held for a third day on Sunday, officials on both sides said.",
                "Egypt, which brokered the truce, sent a delegation to discuss a longer-term arrangement.",
                "Talks in Cairo",
                "Negotiators are expected to meet in Cairo next week, according to a statement.",
            ]
        );
    }

    #[test]
    fn title_site_suffix() {
        assert_eq!(strip_site_name("Talks resume in Cairo | Daily Planet", None), "Talks resume in Cairo");
        assert_eq!(strip_site_name("Yes - No", None), "Yes - No");
    }

    #[test]
    fn empty_and_textless_pages() {
        assert!(extract("", None).paragraphs.is_empty());
        assert!(extract("<html><body><nav><a href=/>Home</a></nav></body></html>", None).paragraphs.is_empty());
    }
}
