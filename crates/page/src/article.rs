//! Article extraction: the main text of an HTML page, in reading order,
//! without the page around it.
//!
//! 1. The page is cut into text blocks at block-level element boundaries
//!    (skipping scripts, form controls, media, hidden elements and inline
//!    pop-ups), each with its length, link density and the element that
//!    holds it.
//! 2. Elements named like furniture (`data/page-cues.txt`: share bars,
//!    comments, related lists, navigation, headers, captions, …) are set
//!    aside, unless one holds most of the page's prose in several paragraphs.
//! 3. Each block gets a weight: prose paragraphs count for their length;
//!    link lists, teasers (a summary beside a linked headline), chrome lines
//!    (`data/chrome.txt`) and scraps count against. The article container is
//!    the element whose blocks weigh most — a maximum-weight subtree, found
//!    in one bottom-up pass over the arena.
//! 4. The container's blocks are kept unless they are chrome, link lists,
//!    the headline, or a standfirst repeating the description; headings left
//!    without text under them go too. When the page's JSON-LD `articleBody`
//!    is full-length, it is a second opinion on what belongs.
//!
//! Everything is linear in the page size and iterative (no recursion).

use crate::chrome::{self, Chrome};
use crate::cues::{element_cue, is_hidden, Cue, CueCache};
use crate::html::{self, Dom, NodeId, NodeKind, Tag};
use crate::lists::FastSet;
use crate::metadata::{self, Metadata};

/// The extracted article.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Article {
    pub title: Option<String>,
    /// Body paragraphs in reading order, white space normalized.
    pub paragraphs: Vec<String>,
    pub metadata: Metadata,
    /// A date stated on a publication-time line in the page text
    /// ("Published Monday, November 18, 2019"), for pages without metadata.
    pub stated_date: Option<demarche_doc::NaiveDate>,
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
    let page = Analysis::new(dom);
    let title = choose_title(dom, &metadata);
    let paragraphs = page.paragraphs(&metadata, title.as_deref());
    let stated_date = if metadata.date.is_none() { page.stated_date() } else { None };
    Article { title, paragraphs, metadata, stated_date }
}

/// Paragraphs of an HTML fragment that is all content (a feed item's
/// description): every block except furniture and chrome, no container
/// choice. Plain text comes back as its paragraphs.
pub fn fragment_paragraphs(html: &str) -> Vec<String> {
    let dom = html::parse(html);
    let page = Analysis::new(&dom);
    let kept: Vec<usize> = (0..page.blocks.len()).filter(|&i| !page.is_removed(i) && page.keep(i)).collect();
    drop_empty_sections(&dom, &page.blocks, kept).into_iter().map(|i| page.blocks[i].text.clone()).collect()
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

/// Words of a block, counting every two characters of scripts written
/// without spaces (Chinese, Japanese) as a word.
fn effective_words(text: &str) -> u32 {
    let unspaced = text
        .chars()
        .filter(|&c| matches!(c as u32, 0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF))
        .count();
    (chrome::word_count(text) + unspaced / 2) as u32
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
                    words: effective_words(&text),
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

/// Cuts the page into text blocks in document order, leaving out inline
/// furniture (pop-ups inside a paragraph).
fn blocks(dom: &Dom, cues: &[Cue]) -> Vec<Block> {
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
                if dropped(tag) || is_hidden(dom, i) || (!block && cues[i as usize] == Cue::Boilerplate) {
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

/// Judges every element once.
fn element_cues(dom: &Dom) -> Vec<Cue> {
    let mut cache = CueCache::default();
    (0..dom.len() as NodeId)
        .map(|id| match dom.tag(id) {
            Some(tag) => element_cue(dom, id, tag, &mut cache),
            None => Cue::None,
        })
        .collect()
}

/// A page cut into blocks, with what is known about its elements.
struct Analysis<'a> {
    dom: &'a Dom,
    blocks: Vec<Block>,
    /// Per block: whether it is a teaser (a text beside a link in a small
    /// link-dominated item, as in lists of other stories).
    teaser: Vec<bool>,
    /// Per block: its chrome kind, if any (classified when first needed),
    /// and its weight.
    chrome: Vec<std::cell::OnceCell<Option<Chrome>>>,
    weights: Vec<f32>,
    /// Per node: set aside as furniture (itself or an ancestor).
    removed: Vec<bool>,
}

impl<'a> Analysis<'a> {
    fn new(dom: &'a Dom) -> Analysis<'a> {
        let cues = element_cues(dom);
        let blocks = blocks(dom, &cues);
        let teaser = teasers(dom, &blocks);
        let chrome = vec![std::cell::OnceCell::new(); blocks.len()];
        let mut page = Analysis { dom, blocks, teaser, chrome, weights: Vec::new(), removed: Vec::new() };
        page.weights = (0..page.blocks.len()).map(|i| page.compute_weight(i)).collect();
        page.removed = page.furniture(&cues);
        page
    }

    fn weight(&self, i: usize) -> f32 {
        self.weights[i]
    }

    fn chrome(&self, i: usize) -> Option<Chrome> {
        *self.chrome[i].get_or_init(|| chrome::classify(&self.blocks[i].text))
    }

    /// A block's weight as evidence for the container holding it.
    fn compute_weight(&self, i: usize) -> f32 {
        let b = &self.blocks[i];
        let chars = b.chars as f32;
        let ld = b.link_density();
        if ld > 0.5 || self.teaser[i] {
            return -0.5 * chars;
        }
        // Scraps weigh against their container whether chrome or not:
        // classifying them would not change the choice.
        if b.words < 5 && b.kind != Kind::Heading {
            return -0.25 * chars;
        }
        if self.chrome(i).is_some() {
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

    /// Elements set aside as furniture: for each node, whether it or an
    /// ancestor is. Furniture holding most of the page's prose, in several
    /// paragraphs, is kept (pages that name their whole body after, say,
    /// their comment system).
    fn furniture(&self, cues: &[Cue]) -> Vec<bool> {
        let dom = self.dom;
        let n = dom.len();
        let mut prose = vec![0f32; n];
        let mut paragraphs = vec![0f32; n];
        for i in 0..self.blocks.len() {
            let w = self.weight(i);
            if w > 0.0 {
                prose[self.blocks[i].owner as usize] += w;
                paragraphs[self.blocks[i].owner as usize] += 1.0;
            }
        }
        sum_up(dom, &mut prose);
        sum_up(dom, &mut paragraphs);
        let total = prose[0].max(1.0);
        let mut removed = vec![false; n];
        for id in 1..n {
            let node = dom.node(id as NodeId);
            if node.parent != html::NONE && removed[node.parent as usize] {
                removed[id] = true;
                continue;
            }
            if matches!(dom.tag(id as NodeId), None | Some(Tag::HTML | Tag::BODY | Tag::MAIN)) {
                continue;
            }
            // One long footer note is not an article: the exception needs
            // several paragraphs.
            let holds_article = prose[id] >= 0.5 * total && paragraphs[id] >= 3.0;
            if matches!(cues[id], Cue::Boilerplate | Cue::WeakBoilerplate) && !holds_article {
                removed[id] = true;
            }
        }
        removed
    }

    /// The first date on a publication-time line among the page's blocks.
    fn stated_date(&self) -> Option<demarche_doc::NaiveDate> {
        (0..self.blocks.len().min(2000))
            .filter(|&i| self.blocks[i].words <= 16 && self.blocks[i].text.bytes().any(|b| b.is_ascii_digit()))
            .filter(|&i| self.chrome(i) == Some(Chrome::Timestamp))
            .find_map(|i| crate::dates::written_date(&self.blocks[i].text, None).map(|(d, _)| d))
    }

    fn is_removed(&self, i: usize) -> bool {
        self.removed[self.blocks[i].start as usize]
    }

    /// The element whose blocks weigh most, and its weight.
    fn container(&self) -> (NodeId, f32) {
        let dom = self.dom;
        let n = dom.len();
        let mut score = vec![0f32; n];
        for i in (0..self.blocks.len()).filter(|&i| !self.is_removed(i)) {
            score[self.blocks[i].owner as usize] += self.weight(i);
        }
        sum_up(dom, &mut score);
        let mut best = Dom::ROOT;
        for id in 0..n {
            if !self.removed[id] && score[id] >= score[best as usize] && dom.tag(id as NodeId).is_some() {
                best = id as NodeId;
            }
        }
        (best, score[best as usize])
    }

    /// Whether a block inside the container is article text.
    fn keep(&self, i: usize) -> bool {
        let b = &self.blocks[i];
        if self.teaser[i] || self.chrome(i).is_some() {
            return false;
        }
        // Mostly links: a list of them is the page's, but a sentence full
        // of links is still a sentence.
        !(b.link_density() > 0.6 && b.words < 40) || (b.words >= 10 && ends_sentence(&b.text))
    }

    /// Indices of the blocks kept: inside the container, not furniture,
    /// passing [`Analysis::keep`], and no heading left without text under it.
    fn kept(&self) -> Option<Vec<usize>> {
        let (best, score) = self.container();
        if score <= 0.0 {
            return None;
        }
        let range = self.dom.subtree(best);
        let candidates = (0..self.blocks.len())
            .filter(|&i| range.contains(&self.blocks[i].start) && !self.is_removed(i));
        let kept: Vec<usize> = candidates.filter(|&i| self.keep(i)).collect();
        Some(drop_empty_sections(self.dom, &self.blocks, kept))
    }

    fn paragraphs(&self, meta: &Metadata, title: Option<&str>) -> Vec<String> {
        match self.kept() {
            None => fallback(meta),
            Some(kept) => {
                // The headline and the standfirst repeated in the body.
                let mut titles = title_variants(meta);
                titles.extend(title.map(str::to_string));
                let mut keys: Vec<String> = titles.iter().map(|t| text_key(t)).collect();
                let description = meta.description.as_deref().map(text_key);
                keys.retain(|k| !k.is_empty());
                let longest = keys.iter().chain(&description).map(String::len).max().unwrap_or(0);
                let mut kept: Vec<usize> = kept
                    .into_iter()
                    .filter(|&i| {
                        let b = &self.blocks[i];
                        if b.text.len() > 2 * longest + 16 {
                            return true;
                        }
                        let key = text_key(&b.text);
                        let is_dek = b.kind == Kind::Heading && description.as_ref() == Some(&key);
                        !keys.contains(&key) && !is_dek
                    })
                    .collect();
                // The page's headline, however worded, heads the article: an
                // `<h1>` before any prose is the title, not body.
                while let Some(&first) = kept.first() {
                    if self.dom.tag(self.blocks[first].owner) != Some(Tag::H1) {
                        break;
                    }
                    kept.remove(0);
                }
                // A standfirst: the opening block repeats the page's
                // description but stands apart from the paragraphs after it
                // (a lead paragraph used as the description sits among them).
                if let (Some(&first), Some(&second), Some(d)) = (kept.first(), kept.get(1), &description) {
                    let parent = |i: usize| self.dom.node(self.blocks[i].owner).parent;
                    let key = text_key(&self.blocks[first].text);
                    if !d.is_empty() && (key == *d || (d.len() > 60 && key.starts_with(d.as_str())))
                        && parent(first) != parent(second)
                    {
                        kept.remove(0);
                    }
                }
                if let Some(body) = meta.article_body.as_deref() {
                    kept = self.agree_with_structured_body(kept, body);
                }
                kept.into_iter().map(|i| self.blocks[i].text.clone()).collect()
            }
        }
    }
}

impl Analysis<'_> {
    /// Uses the page's own JSON-LD `articleBody` as a second opinion. Only
    /// when it is substantial and the extraction already covers most of it
    /// (so it is the full body, not a teaser): kept blocks it does not
    /// contain are dropped, and prose blocks outside the container that it
    /// does contain are added back.
    fn agree_with_structured_body(&self, kept: Vec<usize>, body: &str) -> Vec<usize> {
        let body_lower = body.to_lowercase();
        let body_words = words_of(&body_lower);
        if body_words.len() < 80 {
            return kept;
        }
        let grams: FastSet<[&str; 3]> = body_words.windows(3).map(|w| [w[0], w[1], w[2]]).collect();
        let overlap = |i: usize| -> (usize, usize) {
            let lower = self.blocks[i].text.to_lowercase();
            let ws = words_of(&lower);
            let total = ws.len().saturating_sub(2);
            let hits = ws.windows(3).filter(|w| grams.contains(&[w[0], w[1], w[2]])).count();
            (hits, total)
        };
        let scores: Vec<(usize, usize)> = kept.iter().map(|&i| overlap(i)).collect();
        let hits: usize = scores.iter().map(|s| s.0).sum();
        let extracted: usize = scores.iter().map(|s| s.1).sum();
        // A truncated body (a teaser of the first paragraphs) says nothing
        // about the rest: it must be about as long as what was extracted.
        if (hits as f32) < 0.7 * grams.len() as f32 || (grams.len() as f32) < 0.6 * extracted as f32 {
            return kept;
        }
        let mut out: Vec<usize> = kept
            .iter()
            .zip(&scores)
            .filter(|(_, &(h, total))| total < 3 || h * 5 >= total)
            .map(|(&i, _)| i)
            .collect();
        if (hits as f32) < 0.95 * grams.len() as f32 {
            let mut taken = vec![false; self.blocks.len()];
            for &i in &out {
                taken[i] = true;
            }
            for (i, &already) in taken.iter().enumerate() {
                if already || self.is_removed(i) || self.blocks[i].words < 8 {
                    continue;
                }
                let (h, total) = overlap(i);
                if total > 0 && h * 10 >= total * 9 {
                    out.push(i);
                }
            }
            out.sort_unstable();
        }
        out
    }
}

/// Lower-case words (letters and digits runs).
fn words_of(lower: &str) -> Vec<&str> {
    lower.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect()
}

/// Adds every node's value into its parent's, bottom-up.
fn sum_up(dom: &Dom, values: &mut [f32]) {
    for id in (1..dom.len()).rev() {
        let p = dom.node(id as NodeId).parent;
        if p != html::NONE {
            values[p as usize] += values[id];
        }
    }
}

/// Teasers: a block whose nearest enclosing element with other text is
/// small and holds mostly link text besides it (a story card: linked
/// headline plus summary). Article paragraphs sit among other prose.
fn teasers(dom: &Dom, blocks: &[Block]) -> Vec<bool> {
    let n = dom.len();
    let mut chars = vec![0f32; n];
    let mut links = vec![0f32; n];
    for b in blocks {
        chars[b.owner as usize] += b.chars as f32;
        links[b.owner as usize] += b.link_chars as f32;
    }
    sum_up(dom, &mut chars);
    sum_up(dom, &mut links);
    blocks
        .iter()
        .map(|b| {
            if b.link_density() > 0.5 {
                return false; // judged as a link itself
            }
            let own = b.chars as f32;
            let mut at = b.owner;
            for _ in 0..6 {
                let parent = dom.node(at).parent;
                if parent == html::NONE {
                    return false;
                }
                at = parent;
                let other = chars[at as usize] - own;
                if other >= 10.0 {
                    let other_links = links[at as usize] - b.link_chars as f32;
                    return other < 2.0 * own + 200.0 && other_links / other > 0.6;
                }
            }
            false
        })
        .collect()
}

fn ends_sentence(text: &str) -> bool {
    text.trim_end_matches(['"', '\'', '”', '’', ')', ']', '»']).ends_with(['.', '!', '?', '…', ':'])
}

/// Drops headings whose section (up to the next heading) kept no text.
/// A section is empty when the next kept block is a heading of the same or
/// a higher rank, or there is none; a subsection counts as content.
fn drop_empty_sections(dom: &Dom, blocks: &[Block], kept: Vec<usize>) -> Vec<usize> {
    let rank = |i: usize| -> Option<u16> {
        let tag = dom.tag(blocks[i].owner)?;
        tag.is_heading().then(|| tag.0 - Tag::H1.0)
    };
    // Backwards, so a heading sees whether its subsections survived.
    let mut keep = vec![true; kept.len()];
    let mut next_kept: Option<usize> = None;
    for k in (0..kept.len()).rev() {
        if let Some(r) = rank(kept[k]) {
            let has_content = next_kept.is_some_and(|n| rank(n).is_none_or(|nr| nr > r));
            if !has_content {
                keep[k] = false;
                continue;
            }
        }
        next_kept = Some(kept[k]);
    }
    kept.into_iter().zip(keep).filter(|(_, k)| *k).map(|(i, _)| i).collect()
}

/// A trace of the extraction for one page: every block with its weight and
/// fate, and the chosen container (for `demarche eval extraction --explain`).
#[doc(hidden)]
pub fn explain(html: &str) -> String {
    let dom = html::parse(html);
    let page = Analysis::new(&dom);
    let (best, _) = page.container();
    let range = dom.subtree(best);
    let kept = page.kept().unwrap_or_default();
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
    for (i, b) in page.blocks.iter().enumerate() {
        let fate = if page.is_removed(i) {
            "REMOVED"
        } else if !range.contains(&b.start) {
            "outside"
        } else if kept.contains(&i) {
            "KEEP"
        } else if page.teaser[i] {
            "teaser"
        } else {
            "dropped"
        };
        let text: String = b.text.chars().take(90).collect();
        out.push_str(&format!("{fate:8} w={:7.1} ld={:.2} {:<40} {text}\n", page.weight(i), b.link_density(), path(b.owner)));
    }
    out
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

/// Text reduced for loose comparison: letters and digits, lower case.
fn text_key(s: &str) -> String {
    s.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
}

/// Loose text equality for titles: case, spacing and punctuation aside.
fn same_text(a: &str, b: &str) -> bool {
    let (ka, kb) = (text_key(a), text_key(b));
    !ka.is_empty() && ka == kb
}

/// The headline: the `<h1>` that agrees with a headline the metadata
/// states, else the metadata title, else the first `<h1>`, else the
/// `<title>` without the site name.
fn choose_title(dom: &Dom, meta: &Metadata) -> Option<String> {
    let h1s: Vec<String> = dom
        .elements(Tag::H1)
        .take(5)
        .map(|id| html::normalize_space(&dom.text_content(id)))
        .filter(|t| !t.is_empty())
        .collect();
    let stated = title_variants(meta);
    if let Some(h) = h1s.iter().find(|h| stated.iter().any(|t| same_text(h, t) || t.contains(h.as_str()))) {
        return Some(h.clone());
    }
    if let Some(t) = &meta.title {
        return Some(strip_site_name(t, meta.site_name.as_deref()));
    }
    h1s.into_iter().next().or_else(|| meta.html_title.as_deref().map(|t| strip_site_name(t, None)))
}

/// The headlines the metadata states, as written and without site names.
fn title_variants(meta: &Metadata) -> Vec<String> {
    let mut out = Vec::new();
    for h in &meta.headlines {
        out.push(h.clone());
        out.push(strip_site_name(h, meta.site_name.as_deref()));
    }
    out
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
