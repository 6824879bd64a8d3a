//! A fast, forgiving HTML parser into a flat node arena.
//!
//! Written for extraction throughput and robustness rather than full
//! conformance: the tokenizer follows the HTML standard's states for tags,
//! attributes, comments, raw text and character references, and the tree
//! builder applies the rules that shape text (implied `</p>`, `</li>`,
//! `</td>`, void elements, end tags matched within scope) but not foster
//! parenting or the adoption agency. Nothing recurses, so any nesting depth
//! is fine, and nodes are stored in document order with each subtree
//! contiguous (`id..subtree_end`), which lets later passes walk the tree
//! with plain loops: forward for top-down, backward for bottom-up.

mod entities;
mod parse;
mod tag;

pub use entities::decode_into as decode_entities;
pub use parse::parse;
pub use tag::Tag;

/// Index of a node in [`Dom::nodes`].
pub type NodeId = u32;

/// Marks a missing link (no parent, child or sibling).
pub const NONE: NodeId = u32::MAX;

/// What a node is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NodeKind {
    Document,
    Element { tag: Tag, attrs_start: u32, attrs_end: u32 },
    /// A run of character data; a range of [`Dom`]'s string buffer.
    Text { start: u32, end: u32 },
}

#[derive(Clone, Copy, Debug)]
pub struct Node {
    pub kind: NodeKind,
    pub parent: NodeId,
    pub first_child: NodeId,
    pub last_child: NodeId,
    pub next_sibling: NodeId,
    /// One past the last node of this node's subtree.
    pub subtree_end: NodeId,
}

#[derive(Clone, Copy, Debug)]
struct Attr {
    name: (u32, u32),
    value: (u32, u32),
}

/// A parsed HTML document.
#[derive(Clone, Debug, Default)]
pub struct Dom {
    pub nodes: Vec<Node>,
    attrs: Vec<Attr>,
    strings: String,
    /// Names of elements outside the known set, by `Tag` id − `FIRST_OTHER`.
    other_tags: Vec<String>,
}

impl Dom {
    pub const ROOT: NodeId = 0;

    pub fn len(&self) -> usize {
        self.nodes.len()
    }

    pub fn is_empty(&self) -> bool {
        self.nodes.len() <= 1
    }

    pub fn node(&self, id: NodeId) -> &Node {
        &self.nodes[id as usize]
    }

    /// The element's tag, or `None` for text and the document node.
    pub fn tag(&self, id: NodeId) -> Option<Tag> {
        match self.nodes[id as usize].kind {
            NodeKind::Element { tag, .. } => Some(tag),
            _ => None,
        }
    }

    pub fn tag_name(&self, tag: Tag) -> &str {
        if tag.is_known() {
            Tag::NAMES[tag.0 as usize]
        } else {
            self.other_tags.get((tag.0 - Tag::FIRST_OTHER) as usize).map_or("", String::as_str)
        }
    }

    /// The text of a text node.
    pub fn text(&self, id: NodeId) -> Option<&str> {
        match self.nodes[id as usize].kind {
            NodeKind::Text { start, end } => Some(&self.strings[start as usize..end as usize]),
            _ => None,
        }
    }

    /// An attribute's value (names are lower case; the first wins).
    pub fn attr(&self, id: NodeId, name: &str) -> Option<&str> {
        self.attrs(id).find(|(n, _)| *n == name).map(|(_, v)| v)
    }

    pub fn attrs(&self, id: NodeId) -> impl Iterator<Item = (&str, &str)> {
        let range = match self.nodes[id as usize].kind {
            NodeKind::Element { attrs_start, attrs_end, .. } => attrs_start as usize..attrs_end as usize,
            _ => 0..0,
        };
        self.attrs[range].iter().map(|a| (self.slice(a.name), self.slice(a.value)))
    }

    fn slice(&self, (start, end): (u32, u32)) -> &str {
        &self.strings[start as usize..end as usize]
    }

    pub fn children(&self, id: NodeId) -> Children<'_> {
        Children { dom: self, next: self.nodes[id as usize].first_child }
    }

    /// The node and all its descendants, in document order.
    pub fn subtree(&self, id: NodeId) -> std::ops::Range<NodeId> {
        id..self.nodes[id as usize].subtree_end
    }

    /// Elements with this tag, in document order.
    pub fn elements(&self, tag: Tag) -> impl Iterator<Item = NodeId> + '_ {
        (0..self.nodes.len() as NodeId).filter(move |&i| self.tag(i) == Some(tag))
    }

    /// All text under the node, concatenated as written.
    pub fn text_content(&self, id: NodeId) -> String {
        let mut out = String::new();
        for i in self.subtree(id) {
            if let Some(t) = self.text(i) {
                out.push_str(t);
            }
        }
        out
    }
}

pub struct Children<'a> {
    dom: &'a Dom,
    next: NodeId,
}

impl Iterator for Children<'_> {
    type Item = NodeId;

    fn next(&mut self) -> Option<NodeId> {
        if self.next == NONE {
            return None;
        }
        let id = self.next;
        self.next = self.dom.nodes[id as usize].next_sibling;
        Some(id)
    }
}

/// Collapses runs of white space to single spaces and trims the ends.
pub fn normalize_space(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in s.split(|c: char| c.is_whitespace()) {
        if !word.is_empty() {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(word);
        }
    }
    out
}
