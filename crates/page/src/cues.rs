//! What an element's tag, class, id and role say about it: page furniture
//! (navigation, share bars, comments, …) or a likely article container.
//! The word lists are in `data/page-cues.txt`.

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::html::{Dom, NodeId, Tag};
use crate::lists::{parse_sections, FastMap, WordList};

/// The verdict on one element.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
pub enum Cue {
    #[default]
    None,
    /// Named like an article container (`article-body`, `entry-content`).
    Content,
    /// Named like furniture by a word a content word can override (`header`, `meta`).
    WeakBoilerplate,
    /// Named like furniture outright (`share-bar`, `comments`, `related-posts`).
    Boilerplate,
}

const BOILERPLATE: u8 = 1;
const WEAK: u8 = 2;
const CONTENT: u8 = 4;
const WHOLE: u8 = 8;

/// All cue words in one index: a word's flags say which sections list it.
struct Lists {
    exact: FastMap<String, u8>,
    /// Prefix entries (`word*`) bucketed by first byte.
    prefixes: Vec<Vec<(String, u8)>>,
    roles: WordList,
}

impl Lists {
    fn flags(&self, word: &str) -> u8 {
        let mut f = self.exact.get(word).copied().unwrap_or(0);
        if let Some(&first) = word.as_bytes().first() {
            for (p, pf) in &self.prefixes[first as usize] {
                if word.starts_with(p.as_str()) {
                    f |= pf;
                }
            }
        }
        f
    }
}

fn lists() -> &'static Lists {
    static LISTS: OnceLock<Lists> = OnceLock::new();
    LISTS.get_or_init(|| {
        let mut s: HashMap<String, WordList> = parse_sections(include_str!("../data/page-cues.txt"));
        let mut lists = Lists { exact: FastMap::default(), prefixes: vec![Vec::new(); 256], roles: WordList::default() };
        for (section, flag) in [("boilerplate", BOILERPLATE), ("weak", WEAK), ("content", CONTENT), ("whole", WHOLE)] {
            for entry in s.get(section).map(|l| l.entries.clone()).unwrap_or_default() {
                match entry.strip_suffix('*') {
                    Some(p) if !p.is_empty() => {
                        let first = p.as_bytes()[0] as usize;
                        lists.prefixes[first].push((p.to_string(), flag));
                    }
                    _ => *lists.exact.entry(entry).or_insert(0) |= flag,
                }
            }
        }
        lists.roles = s.remove("roles").unwrap_or_default();
        lists
    })
}

/// What the words of one class or id value say: (boilerplate, weak
/// boilerplate, content).
#[derive(Clone, Copy, Default)]
struct Verdict {
    strong: bool,
    weak: bool,
    content: bool,
}

/// Remembers verdicts on class and id values, which repeat across a page.
#[derive(Default)]
pub struct CueCache {
    verdicts: FastMap<String, Verdict>,
    scratch: String,
}

fn judge_value(value: &str, scratch: &mut String) -> Verdict {
    let l = lists();
    let mut v = Verdict::default();
    for whole in value.split_ascii_whitespace() {
        scratch.clear();
        scratch.push_str(whole);
        scratch.make_ascii_lowercase();
        let f = l.flags(scratch);
        let compound = whole.contains(['-', '_']);
        if f & WHOLE != 0 || (compound && f & BOILERPLATE != 0) {
            v.strong = true;
        }
        if compound && f & CONTENT != 0 {
            v.content = true;
        }
    }
    let mut judge = |token: &str| {
        let f = l.flags(token);
        if f & BOILERPLATE != 0 {
            if f & WEAK != 0 {
                v.weak = true;
            } else {
                v.strong = true;
            }
        }
        if f & CONTENT != 0 {
            v.content = true;
        }
    };
    class_words_into(value, scratch);
    let words: Vec<&str> = scratch.split(' ').filter(|w| !w.is_empty()).collect();
    let mut pair = String::new();
    for (i, w) in words.iter().enumerate() {
        judge(w);
        if let Some(next) = words.get(i + 1) {
            pair.clear();
            pair.push_str(w);
            pair.push_str(next);
            judge(&pair);
        }
    }
    v
}

/// Judges an element by its tag and its class, id and role attributes.
pub fn element_cue(dom: &Dom, id: NodeId, tag: Tag, cache: &mut CueCache) -> Cue {
    let mut strong = matches!(tag, Tag::NAV | Tag::ASIDE | Tag::FIGCAPTION | Tag::MENU | Tag::HEADER);
    let mut weak = matches!(tag, Tag::FOOTER);
    let mut content = false;
    for (name, value) in dom.attrs(id) {
        match name {
            "class" | "id" if !value.trim().is_empty() => {
                let v = match cache.verdicts.get(value) {
                    Some(v) => *v,
                    None => {
                        let v = judge_value(value, &mut cache.scratch);
                        cache.verdicts.insert(value.to_string(), v);
                        v
                    }
                };
                strong |= v.strong;
                weak |= v.weak;
                content |= v.content;
            }
            "role" => {
                let role = value.trim().to_ascii_lowercase();
                if lists().roles.matches(&role) {
                    strong = true;
                }
            }
            "itemprop" => content |= value.contains("articleBody") || value.contains("text"),
            _ => {}
        }
    }
    if strong {
        Cue::Boilerplate
    } else if weak && !content {
        Cue::WeakBoilerplate
    } else if content {
        Cue::Content
    } else {
        Cue::None
    }
}

/// Writes the words of a class or id value into `out`, separated by
/// spaces: cut at non-alphanumerics and at lower-to-upper case changes,
/// lower-cased.
fn class_words_into(value: &str, out: &mut String) {
    out.clear();
    let mut prev_lower = false;
    for c in value.chars() {
        if !c.is_ascii_alphanumeric() {
            if !out.ends_with(' ') && !out.is_empty() {
                out.push(' ');
            }
            prev_lower = false;
            continue;
        }
        if c.is_ascii_uppercase() && prev_lower && !out.ends_with(' ') {
            out.push(' ');
        }
        prev_lower = c.is_ascii_lowercase() || c.is_ascii_digit();
        out.push(c.to_ascii_lowercase());
    }
}

#[cfg(test)]
fn class_words(value: &str) -> Vec<String> {
    let mut out = String::new();
    class_words_into(value, &mut out);
    out.split(' ').filter(|w| !w.is_empty()).map(str::to_string).collect()
}

/// Whether the element is hidden from readers (`hidden`, `display:none`).
pub fn is_hidden(dom: &Dom, id: NodeId) -> bool {
    dom.attrs(id).any(|(name, value)| match name {
        "hidden" => true,
        "style" if value.contains("none") || value.contains("hidden") || value.contains("NONE") => {
            let v: String = value.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_ascii_lowercase();
            v.contains("display:none") || v.contains("visibility:hidden")
        }
        _ => false,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::html::parse;

    fn cue(html: &str) -> Cue {
        let dom = parse(html);
        let id = (1..dom.len() as NodeId).find(|&i| dom.tag(i).is_some()).unwrap();
        element_cue(&dom, id, dom.tag(id).unwrap(), &mut CueCache::default())
    }

    #[test]
    fn class_and_id_words() {
        assert_eq!(cue(r#"<div class="c-article__share-bar">"#), Cue::Boilerplate);
        assert_eq!(cue(r#"<div id="comments">"#), Cue::Boilerplate);
        assert_eq!(cue(r#"<div class="related-content">"#), Cue::Boilerplate);
        assert_eq!(cue(r#"<div class="article-body">"#), Cue::Content);
        assert_eq!(cue(r#"<div class="article-header">"#), Cue::Content);
        assert_eq!(cue(r#"<div class="site-header">"#), Cue::Boilerplate);
        assert_eq!(cue(r#"<div class="header">"#), Cue::WeakBoilerplate);
        assert_eq!(cue(r#"<div class="entry-meta">"#), Cue::Boilerplate, "whole value listed");
        assert_eq!(cue(r#"<div class="hidden-xs col-md-8">"#), Cue::None, "visible on large screens");
        assert_eq!(cue(r#"<span class="sr-only">"#), Cue::Boilerplate);
        assert_eq!(cue(r#"<div role="navigation">"#), Cue::Boilerplate);
        assert_eq!(cue(r#"<nav>"#), Cue::Boilerplate);
        assert_eq!(cue(r#"<div class="shadow">"#), Cue::None, "no substring matches");
        assert_eq!(cue(r#"<div class="InlineImage-imageEmbedCaption">"#), Cue::Boilerplate, "camelCase words");
        assert_eq!(cue(r#"<div class="RenderKeyPoints-list">"#), Cue::Boilerplate, "joined word pairs");
        assert_eq!(cue(r#"<div class="ArticleBody-articleBody">"#), Cue::Content);
    }

    #[test]
    fn class_value_words() {
        assert_eq!(class_words("RenderKeyPoints-list x_y"), ["render", "key", "points", "list", "x", "y"]);
        assert_eq!(class_words("HTMLBlock h2Title"), ["htmlblock", "h2", "title"]);
    }

    #[test]
    fn hidden_elements() {
        let dom = parse(r#"<div style="display: none">a</div><p hidden>b</p><p style="color:red">c</p>"#);
        let els: Vec<NodeId> = (1..dom.len() as NodeId).filter(|&i| dom.tag(i).is_some()).collect();
        assert!(is_hidden(&dom, els[0]));
        assert!(is_hidden(&dom, els[1]));
        assert!(!is_hidden(&dom, els[2]));
    }
}
