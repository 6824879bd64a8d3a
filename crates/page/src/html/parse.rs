//! Tokenizer and tree builder (see the module doc of `html` for what is
//! and is not implemented).


use super::{entities, Attr, Dom, Node, NodeId, NodeKind, Tag, NONE};

/// How far up the stack of open elements an end tag looks for its start
/// tag; bounds the work on pathological nesting.
const MAX_SCOPE_SCAN: usize = 512;

/// Parses a whole document. Never fails: any input gives some tree.
pub fn parse(html: &str) -> Dom {
    let mut b = Builder::new(html.len());
    Tokenizer { src: html, at: 0 }.run(&mut b);
    b.finish()
}

struct Builder {
    dom: Dom,
    stack: Vec<NodeId>,
    /// Open elements per tag id, so scope scans are skipped when none is open.
    open: Vec<u32>,
    other_ids: crate::lists::FastMap<String, Tag>,
    /// Scratch for attribute parsing: (name, value) ranges in `dom.strings`.
    pending_attrs: Vec<Attr>,
}

impl Builder {
    fn new(source_len: usize) -> Builder {
        let mut dom = Dom {
            nodes: Vec::with_capacity(source_len / 40 + 16),
            strings: String::with_capacity(source_len / 2 + 16),
            ..Dom::default()
        };
        dom.nodes.push(Node {
            kind: NodeKind::Document,
            parent: NONE,
            first_child: NONE,
            last_child: NONE,
            next_sibling: NONE,
            subtree_end: NONE,
        });
        Builder {
            dom,
            stack: vec![Dom::ROOT],
            open: vec![0; Tag::FIRST_OTHER as usize],
            other_ids: Default::default(),
            pending_attrs: Vec::new(),
        }
    }

    fn intern(&mut self, name: &str) -> Tag {
        if let Some(t) = Tag::known(name) {
            return t;
        }
        if let Some(&t) = self.other_ids.get(name) {
            return t;
        }
        let next = Tag::FIRST_OTHER as usize + self.dom.other_tags.len();
        if next >= u16::MAX as usize {
            return Tag(u16::MAX); // Out of ids: all further unknown names share one.
        }
        let t = Tag(next as u16);
        self.dom.other_tags.push(name.to_string());
        self.other_ids.insert(name.to_string(), t);
        self.open.push(0);
        t
    }

    fn open_count(&self, tag: Tag) -> u32 {
        self.open.get(tag.0 as usize).copied().unwrap_or(0)
    }

    fn current(&self) -> NodeId {
        *self.stack.last().unwrap_or(&Dom::ROOT)
    }

    fn current_tag(&self) -> Option<Tag> {
        self.dom.tag(self.current())
    }

    fn append(&mut self, kind: NodeKind) -> NodeId {
        let parent = self.current();
        let id = self.dom.nodes.len() as NodeId;
        self.dom.nodes.push(Node {
            kind,
            parent,
            first_child: NONE,
            last_child: NONE,
            next_sibling: NONE,
            subtree_end: id + 1,
        });
        let p = &mut self.dom.nodes[parent as usize];
        let prev = p.last_child;
        p.last_child = id;
        if prev == NONE {
            p.first_child = id;
        } else {
            self.dom.nodes[prev as usize].next_sibling = id;
        }
        id
    }

    fn pop(&mut self) {
        if self.stack.len() <= 1 {
            return;
        }
        if let Some(id) = self.stack.pop() {
            self.dom.nodes[id as usize].subtree_end = self.dom.nodes.len() as NodeId;
            if let Some(tag) = self.dom.tag(id) {
                if let Some(c) = self.open.get_mut(tag.0 as usize) {
                    *c = c.saturating_sub(1);
                }
            }
        }
    }

    /// Pops up to and including the stack entry at `depth`.
    fn pop_to(&mut self, depth: usize) {
        while self.stack.len() > depth.max(1) {
            self.pop();
        }
    }

    /// Finds the topmost open element for which `is_target` holds, scanning
    /// down the stack until `stop` holds (stop is checked after target).
    fn find_open(&self, is_target: impl Fn(Tag) -> bool, stop: impl Fn(Tag) -> bool) -> Option<usize> {
        for depth in (1..self.stack.len()).rev().take(MAX_SCOPE_SCAN) {
            let tag = self.dom.tag(self.stack[depth])?;
            if is_target(tag) {
                return Some(depth);
            }
            if stop(tag) {
                return None;
            }
        }
        None
    }

    fn close_in_scope(&mut self, is_target: impl Fn(Tag) -> bool, stop: impl Fn(Tag) -> bool) {
        if let Some(depth) = self.find_open(is_target, stop) {
            self.pop_to(depth);
        }
    }

    fn text(&mut self, raw: &str, decode: bool) {
        if raw.is_empty() {
            return;
        }
        let parent = self.current();
        let start = self.dom.strings.len();
        if decode && raw.contains('&') {
            entities::decode_into(raw, false, &mut self.dom.strings);
        } else {
            self.dom.strings.push_str(raw);
        }
        let end = self.dom.strings.len() as u32;
        // Extend the previous text node when it is the parent's last child
        // and ends where this text starts (text split by a comment).
        let last = self.dom.nodes[parent as usize].last_child;
        if last != NONE {
            if let NodeKind::Text { start: s, end: e } = self.dom.nodes[last as usize].kind {
                if e as usize == start {
                    self.dom.nodes[last as usize].kind = NodeKind::Text { start: s, end };
                    return;
                }
            }
        }
        self.append(NodeKind::Text { start: start as u32, end });
    }

    /// Handles a start tag whose attributes are in `pending_attrs`; returns
    /// the element if it was left open (so raw-text content can follow).
    fn start_tag(&mut self, tag: Tag, self_closing: bool) -> Option<NodeId> {
        if matches!(tag, Tag::HTML | Tag::BODY | Tag::HEAD) && self.open_count(tag) > 0 {
            self.pending_attrs.clear();
            return None;
        }
        if tag.closes_p() && self.open_count(Tag::P) > 0 {
            self.close_in_scope(|t| t == Tag::P, |t| t.is_scope_boundary() || t == Tag::BUTTON);
        }
        match tag {
            Tag::LI if self.open_count(Tag::LI) > 0 => {
                self.close_in_scope(|t| t == Tag::LI, stops_list_item);
            }
            Tag::DD | Tag::DT if self.open_count(Tag::DD) + self.open_count(Tag::DT) > 0 => {
                self.close_in_scope(|t| t == Tag::DD || t == Tag::DT, |t| t == Tag::DL || stops_list_item(t));
            }
            Tag::TR => self.close_in_scope(
                |t| t == Tag::TR,
                |t| matches!(t, Tag::TABLE | Tag::TBODY | Tag::THEAD | Tag::TFOOT | Tag::HTML),
            ),
            Tag::TD | Tag::TH => self.close_in_scope(
                |t| t == Tag::TD || t == Tag::TH,
                |t| matches!(t, Tag::TR | Tag::TABLE | Tag::HTML),
            ),
            Tag::OPTION | Tag::OPTGROUP if self.current_tag() == Some(Tag::OPTION) => self.pop(),
            Tag::A if self.open_count(Tag::A) > 0 => {
                self.close_in_scope(|t| t == Tag::A, |t| t.is_block());
            }
            t if t.is_heading() && self.current_tag().is_some_and(Tag::is_heading) => self.pop(),
            _ => {}
        }
        let attrs_start = self.dom.attrs.len() as u32;
        self.dom.attrs.append(&mut self.pending_attrs);
        let attrs_end = self.dom.attrs.len() as u32;
        let id = self.append(NodeKind::Element { tag, attrs_start, attrs_end });
        // `/>` only closes foreign and unknown elements; browsers ignore it on HTML ones.
        if tag.is_void() || (self_closing && !tag.is_known()) {
            return None;
        }
        self.stack.push(id);
        if let Some(c) = self.open.get_mut(tag.0 as usize) {
            *c += 1;
        }
        Some(id)
    }

    fn end_tag(&mut self, tag: Tag) {
        match tag {
            Tag::BR => {
                self.start_tag(Tag::BR, false);
                return;
            }
            // Content after `</body>` still belongs to the body.
            Tag::BODY | Tag::HTML => return,
            _ => {}
        }
        if self.open_count(tag) == 0 {
            return;
        }
        let inline = tag.is_known() && !tag.is_block();
        self.close_in_scope(
            |t| t == tag,
            |t| t.is_scope_boundary() || (inline && t.is_block() && t != Tag::BR),
        );
    }

    fn finish(mut self) -> Dom {
        self.pop_to(1);
        let n = self.dom.nodes.len() as NodeId;
        self.dom.nodes[0].subtree_end = n;
        self.dom
    }
}

/// Where the search for an open `<li>` to close stops (HTML's "special"
/// elements other than address, div and p).
fn stops_list_item(t: Tag) -> bool {
    t.is_scope_boundary()
        || matches!(t, Tag::UL | Tag::OL | Tag::MENU)
        || (t.closes_p() && !matches!(t, Tag::DIV | Tag::P | Tag::ADDRESS | Tag::LI | Tag::DD | Tag::DT))
}

struct Tokenizer<'a> {
    src: &'a str,
    at: usize,
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0C')
}

impl<'a> Tokenizer<'a> {
    fn bytes(&self) -> &'a [u8] {
        self.src.as_bytes()
    }

    fn run(&mut self, b: &mut Builder) {
        let bytes = self.bytes();
        let mut text_start = 0;
        while let Some(off) = memchr::memchr(b'<', &bytes[self.at..]) {
            let lt = self.at + off;
            self.at = lt + 1;
            let Some(&next) = bytes.get(lt + 1) else { break };
            let markup = match next {
                b'!' | b'?' => true,
                b'/' => bytes.get(lt + 2).is_some_and(|c| c.is_ascii_alphabetic() || *c == b'>'),
                c => c.is_ascii_alphabetic(),
            };
            if !markup {
                continue; // A literal `<` in text.
            }
            b.text(&self.src[text_start..lt], true);
            match next {
                b'!' => self.comment_or_declaration(),
                b'?' => self.skip_past(b'>'),
                b'/' => self.end_tag(b),
                _ => self.start_tag(b),
            }
            text_start = self.at;
        }
        if text_start < self.src.len() {
            b.text(&self.src[text_start..], true);
        }
    }

    /// Moves past the next `needle` (or to the end).
    fn skip_past(&mut self, needle: u8) {
        let bytes = self.bytes();
        self.at = match memchr::memchr(needle, &bytes[self.at..]) {
            Some(off) => self.at + off + 1,
            None => bytes.len(),
        };
    }

    /// At `!` after `<`: a comment, doctype or CDATA section (dropped).
    fn comment_or_declaration(&mut self) {
        let rest = &self.bytes()[self.at..];
        if rest.starts_with(b"!--") {
            let body = self.at + 3;
            // `<!-->` and `<!--->` are complete (empty) comments.
            if self.bytes()[body..].starts_with(b">") {
                self.at = body + 1;
                return;
            }
            if self.bytes()[body..].starts_with(b"->") {
                self.at = body + 2;
                return;
            }
            self.at = match memchr::memmem::find(&self.bytes()[body..], b"-->") {
                Some(off) => body + off + 3,
                None => self.bytes().len(),
            };
        } else if rest.starts_with(b"![CDATA[") {
            self.at = match memchr::memmem::find(&rest[8..], b"]]>") {
                Some(off) => self.at + 8 + off + 3,
                None => self.bytes().len(),
            };
        } else {
            self.skip_past(b'>');
        }
    }

    /// Reads a tag name starting at `self.at`, lower-cased into `name`.
    fn tag_name(&mut self, name: &mut String) {
        let bytes = self.bytes();
        let start = self.at;
        while self.at < bytes.len() && !is_space(bytes[self.at]) && bytes[self.at] != b'/' && bytes[self.at] != b'>' {
            self.at += 1;
        }
        name.clear();
        name.push_str(&self.src[start..self.at]);
        name.make_ascii_lowercase();
    }

    fn end_tag(&mut self, b: &mut Builder) {
        self.at += 1; // the `/`
        if self.bytes().get(self.at) == Some(&b'>') {
            self.at += 1; // `</>` is ignored
            return;
        }
        let mut name = String::new();
        self.tag_name(&mut name);
        self.skip_past(b'>');
        let tag = b.intern(&name);
        b.end_tag(tag);
    }

    fn start_tag(&mut self, b: &mut Builder) {
        let mut name = String::new();
        self.tag_name(&mut name);
        let Some(self_closing) = self.attributes(b) else {
            b.pending_attrs.clear();
            return; // The file ended inside the tag: browsers drop it.
        };
        let tag = b.intern(&name);
        let Some(id) = b.start_tag(tag, self_closing) else { return };
        if tag.is_raw_text() || tag.is_rcdata() {
            self.raw_text(b, &name, tag.is_rcdata());
            if b.current() == id {
                b.pop();
            }
            if tag == Tag::PLAINTEXT {
                self.at = self.src.len();
            }
        }
    }

    /// Content of a raw-text element up to its end tag (or the end).
    fn raw_text(&mut self, b: &mut Builder, name: &str, decode: bool) {
        let bytes = self.bytes();
        let start = self.at;
        let mut search = start;
        let end = loop {
            match memchr::memmem::find(&bytes[search..], b"</") {
                None => break bytes.len(),
                Some(off) => {
                    let lt = search + off;
                    let after = lt + 2 + name.len();
                    let matches = bytes
                        .get(lt + 2..after)
                        .is_some_and(|n| n.eq_ignore_ascii_case(name.as_bytes()))
                        && bytes.get(after).is_none_or(|&c| is_space(c) || c == b'>' || c == b'/');
                    if matches {
                        break lt;
                    }
                    search = lt + 2;
                }
            }
        };
        b.text(&self.src[start..end], decode);
        self.at = end;
        if end < bytes.len() {
            self.skip_past(b'>');
        }
    }

    /// Reads attributes into `b.pending_attrs` up to and including `>`.
    /// Returns whether the tag was self-closing, or `None` at end of input.
    fn attributes(&mut self, b: &mut Builder) -> Option<bool> {
        let bytes = self.bytes();
        let mut self_closing = false;
        loop {
            while self.at < bytes.len() && is_space(bytes[self.at]) {
                self.at += 1;
            }
            let c = *bytes.get(self.at)?;
            if c == b'>' {
                self.at += 1;
                return Some(self_closing);
            }
            if c == b'/' {
                self.at += 1;
                self_closing = true;
                continue;
            }
            self_closing = false;
            // Name: up to space, `/`, `>` or `=` (a leading `=` belongs to the name).
            let name_start = self.at;
            self.at += 1;
            while self.at < bytes.len() && !matches!(bytes[self.at], b'/' | b'>' | b'=') && !is_space(bytes[self.at])
            {
                self.at += 1;
            }
            let name_end = self.at;
            while self.at < bytes.len() && is_space(bytes[self.at]) {
                self.at += 1;
            }
            let mut value = (0, 0);
            if bytes.get(self.at) == Some(&b'=') {
                self.at += 1;
                while self.at < bytes.len() && is_space(bytes[self.at]) {
                    self.at += 1;
                }
                let (v_start, v_end) = match *bytes.get(self.at)? {
                    q @ (b'"' | b'\'') => {
                        let from = self.at + 1;
                        let off = memchr::memchr(q, &bytes[from..])?;
                        self.at = from + off + 1;
                        (from, from + off)
                    }
                    _ => {
                        let from = self.at;
                        while self.at < bytes.len() && !is_space(bytes[self.at]) && bytes[self.at] != b'>' {
                            self.at += 1;
                        }
                        (from, self.at)
                    }
                };
                value = (v_start, v_end);
            }
            let strings = &mut b.dom.strings;
            let n0 = strings.len() as u32;
            strings.push_str(&self.src[name_start..name_end]);
            let n1 = strings.len() as u32;
            strings[n0 as usize..].make_ascii_lowercase();
            let raw = &self.src[value.0..value.1];
            if raw.contains('&') {
                entities::decode_into(raw, true, strings);
            } else {
                strings.push_str(raw);
            }
            let v1 = strings.len() as u32;
            b.pending_attrs.push(Attr { name: (n0, n1), value: (n1, v1) });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The tree as nested s-expressions of tags and quoted text.
    fn sexp(dom: &Dom, id: NodeId) -> String {
        // Iterative on purpose, like the code under test.
        let mut out = String::new();
        let mut stack = vec![(id, false)];
        while let Some((n, closing)) = stack.pop() {
            if closing {
                out.push(')');
                continue;
            }
            if let Some(t) = dom.text(n) {
                out.push_str(&format!("{t:?}"));
                continue;
            }
            let name = dom.tag(n).map_or("#doc", |t| dom.tag_name(t));
            out.push('(');
            out.push_str(name);
            stack.push((n, true));
            let children: Vec<_> = dom.children(n).collect();
            for &c in children.iter().rev() {
                stack.push((c, false));
            }
        }
        out
    }

    #[test]
    fn builds_tree_with_implied_end_tags() {
        let dom = parse("<p>One<p>Two<ul><li>a<li>b</ul><div>x</span>y</div>");
        assert_eq!(sexp(&dom, 0), r#"(#doc(p"One")(p"Two")(ul(li"a")(li"b"))(div"xy"))"#);
    }

    #[test]
    fn attributes_entities_and_raw_text() {
        let dom = parse(
            "<div class='a b' id=main data-x=\"1&amp;2\" hidden><script>if (a<b) '</div>'</script>T&eacute;l&eacute;</div>",
        );
        let div = dom.elements(Tag::DIV).next().unwrap();
        assert_eq!(dom.attr(div, "class"), Some("a b"));
        assert_eq!(dom.attr(div, "id"), Some("main"));
        assert_eq!(dom.attr(div, "data-x"), Some("1&2"));
        assert_eq!(dom.attr(div, "hidden"), Some(""));
        let script = dom.elements(Tag::SCRIPT).next().unwrap();
        assert_eq!(dom.text_content(script), "if (a<b) '</div>'");
        assert!(dom.text_content(div).ends_with("Télé"));
    }

    #[test]
    fn comments_doctype_and_stray_markup() {
        let dom = parse("<!DOCTYPE html><!-- <p>no</p> --><p>a < b &amp; c</p><!--->x<!-->y<?php z ?>");
        assert_eq!(dom.text_content(0), "a < b & cxy");
    }

    #[test]
    fn unknown_elements_and_self_closing() {
        let dom = parse("<my-widget><x-y/>text</my-widget><div/>after");
        let w = (0..dom.len() as u32).find(|&i| dom.tag(i).is_some_and(|t| dom.tag_name(t) == "my-widget")).unwrap();
        assert_eq!(dom.text_content(w), "text");
        let div = dom.elements(Tag::DIV).next().unwrap();
        assert_eq!(dom.text_content(div), "after", "`<div/>` stays open as in browsers");
    }

    #[test]
    fn subtrees_are_contiguous() {
        let dom = parse("<div><p>a<b>b</b></p><p>c</div><span>d</span>");
        for id in 0..dom.len() as NodeId {
            for child in dom.children(id) {
                let r = dom.subtree(id);
                assert!(r.contains(&child));
                assert!(dom.subtree(child).end <= r.end);
            }
        }
    }

    #[test]
    fn truncated_input_does_not_panic() {
        for s in ["<", "<a", "<a href=\"x", "<!--", "<script>x", "</", "&#x", "<p>caf\u{e9}<b", "<![CDATA[x"] {
            let dom = parse(s);
            assert!(dom.len() >= 1);
        }
    }

    #[test]
    fn deep_nesting_is_fine() {
        let html = "<div>".repeat(100_000) + "deep" + &"</div>".repeat(100_000);
        let dom = parse(&html);
        assert_eq!(dom.len(), 100_002);
        assert_eq!(dom.text_content(0), "deep");
    }
}
