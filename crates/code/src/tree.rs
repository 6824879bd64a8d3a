//! Penn-Treebank bracketed trees, as in PETRARCH XML `<Parse>`.
//!
//! The reader is a hand-written scanner over the string: labels and words
//! are slices of the input, nodes live in one arena, and an unbalanced tree
//! is an error rather than a guess.

use std::fmt;

/// Why a bracketed tree could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TreeError {
    /// More `(` than `)` or the reverse (PETRARCH's `bad_input_parse`).
    Unbalanced { open: usize, close: usize },
    /// A structural problem at a byte offset.
    Malformed { offset: usize, message: &'static str },
    Empty,
}

impl fmt::Display for TreeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TreeError::Unbalanced { open, close } => write!(f, "unbalanced parse tree ({open} `(`, {close} `)`)"),
            TreeError::Malformed { offset, message } => write!(f, "malformed parse tree at byte {offset}: {message}"),
            TreeError::Empty => f.write_str("empty parse tree"),
        }
    }
}

impl std::error::Error for TreeError {}

const NO_NODE: u32 = u32::MAX;

/// One node: a phrase (children) or a preterminal (tag + word).
#[derive(Clone, Debug)]
pub struct Node<'a> {
    /// Category without function tags (`NP-TMP` → `NP`); `-LRB-` kept whole.
    pub label: &'a str,
    /// Function tag(s) after the first `-` (`TMP`), or empty.
    pub function: &'a str,
    first_child: u32,
    last_child: u32,
    next_sibling: u32,
    /// For a preterminal: the word index in [`Tree::words`].
    pub word: Option<u32>,
}

impl Node<'_> {
    pub fn has_children(&self) -> bool {
        self.first_child != NO_NODE
    }
}

/// A parsed tree: nodes in an arena (the root first) and the words in order.
#[derive(Clone, Debug, Default)]
pub struct Tree<'a> {
    pub nodes: Vec<Node<'a>>,
    /// (word, tag) of every leaf, left to right.
    pub words: Vec<(&'a str, &'a str)>,
    pub root: u32,
    /// Open nodes while reading (kept to reuse its storage).
    stack: Vec<u32>,
}

pub(crate) fn split_label(raw: &str) -> (&str, &str) {
    let b = raw.as_bytes();
    if b.first() == Some(&b'-') {
        // -LRB-, -RRB-, -NONE-
        return (raw, "");
    }
    match b.iter().position(|&c| c == b'-' || c == b'=') {
        Some(i) if i > 0 => (&raw[..i], &raw[i + 1..]),
        _ => (raw, ""),
    }
}

#[inline]
fn is_space(b: u8) -> bool {
    b == b' ' || b == b'\n' || b == b'\t' || b == b'\r'
}

/// The index of the first non-space byte at or after `i`; eight bytes at a
/// time through runs of blanks (parses are indented with many).
#[inline]
fn skip_spaces(bytes: &[u8], mut i: usize) -> usize {
    const BLANKS: u64 = 0x2020_2020_2020_2020;
    while i + 8 <= bytes.len() {
        let chunk = u64::from_le_bytes(bytes[i..i + 8].try_into().unwrap_or([0; 8]));
        if chunk != BLANKS {
            break;
        }
        i += 8;
    }
    while i < bytes.len() && is_space(bytes[i]) {
        i += 1;
    }
    i
}

#[inline]
fn is_atom(b: u8) -> bool {
    !is_space(b) && b != b'(' && b != b')'
}

impl<'a> Tree<'a> {
    /// Reads one bracketed tree. `(ROOT …)` and the unlabelled `( (S …))`
    /// wrappers are both accepted.
    pub fn parse(s: &'a str) -> Result<Tree<'a>, TreeError> {
        let mut tree = Tree::default();
        tree.parse_into(s)?;
        Ok(tree)
    }

    /// Reads `s` into this tree, reusing its storage.
    pub fn parse_into(&mut self, s: &'a str) -> Result<(), TreeError> {
        self.nodes.clear();
        self.words.clear();
        self.root = 0;
        let result = self.parse_inner(s);
        if let Err(TreeError::Malformed { .. }) = result {
            // Say "unbalanced" (PETRARCH's bad_input_parse) when it is.
            let open = s.bytes().filter(|&b| b == b'(').count();
            let close = s.bytes().filter(|&b| b == b')').count();
            if open != close {
                return Err(TreeError::Unbalanced { open, close });
            }
        }
        result
    }

    /// Moves the storage of a tree over another input's lifetime (empty).
    pub fn recycle<'b>(self) -> Tree<'b> {
        Tree { nodes: crate::recycle(self.nodes), words: crate::recycle(self.words), root: 0, stack: self.stack }
    }

    fn parse_inner(&mut self, s: &'a str) -> Result<(), TreeError> {
        let bytes = s.as_bytes();
        let mut stack = std::mem::take(&mut self.stack);
        stack.clear();
        let result = Self::scan(self, s, bytes, &mut stack);
        self.stack = stack;
        result
    }

    fn scan(tree: &mut Tree<'a>, s: &'a str, bytes: &[u8], stack: &mut Vec<u32>) -> Result<(), TreeError> {
        let mut i = 0;
        let mut roots = 0;
        while i < bytes.len() {
            let b = bytes[i];
            if is_space(b) {
                i = skip_spaces(bytes, i + 1);
                continue;
            }
            if b == b'(' {
                i = skip_spaces(bytes, i + 1);
                let start = i;
                while i < bytes.len() && is_atom(bytes[i]) {
                    i += 1;
                }
                let (label, function) = split_label(&s[start..i]);
                let id = tree.nodes.len() as u32;
                tree.nodes.push(Node { label, function, first_child: NO_NODE, last_child: NO_NODE, next_sibling: NO_NODE, word: None });
                match stack.last() {
                    Some(&parent) => {
                        let p = &mut tree.nodes[parent as usize];
                        if p.word.is_some() {
                            return Err(TreeError::Malformed { offset: start, message: "a word node has children" });
                        }
                        let last = p.last_child;
                        p.last_child = id;
                        if last == NO_NODE {
                            p.first_child = id;
                        } else {
                            tree.nodes[last as usize].next_sibling = id;
                        }
                    }
                    None => {
                        roots += 1;
                        if roots > 1 {
                            return Err(TreeError::Malformed { offset: start, message: "more than one tree" });
                        }
                        tree.root = id;
                    }
                }
                stack.push(id);
            } else if b == b')' {
                stack.pop().ok_or(TreeError::Malformed { offset: i, message: "unexpected `)`" })?;
                i += 1;
            } else {
                let start = i;
                while i < bytes.len() && is_atom(bytes[i]) {
                    i += 1;
                }
                let word = &s[start..i];
                let &parent = stack.last().ok_or(TreeError::Malformed { offset: start, message: "word outside the tree" })?;
                let node = &mut tree.nodes[parent as usize];
                if node.has_children() || node.word.is_some() {
                    return Err(TreeError::Malformed { offset: start, message: "word beside a phrase or another word" });
                }
                node.word = Some(tree.words.len() as u32);
                tree.words.push((word, node.label));
            }
        }
        if !stack.is_empty() {
            return Err(TreeError::Malformed { offset: s.len(), message: "unclosed `(`" });
        }
        if tree.words.is_empty() {
            return Err(TreeError::Empty);
        }
        // A phrase without words (e.g. `(NP )`) would have no head.
        for n in &tree.nodes {
            if n.word.is_none() && !n.has_children() {
                return Err(TreeError::Malformed { offset: 0, message: "empty phrase" });
            }
        }
        Ok(())
    }

    pub fn node(&self, id: u32) -> &Node<'a> {
        &self.nodes[id as usize]
    }

    /// The children of a node, in order.
    pub fn children(&self, id: u32) -> impl Iterator<Item = u32> + '_ {
        let mut next = self.nodes[id as usize].first_child;
        std::iter::from_fn(move || {
            let c = next;
            if c == NO_NODE {
                return None;
            }
            next = self.nodes[c as usize].next_sibling;
            Some(c)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_labels_words_and_function_tags() {
        let t = Tree::parse("(ROOT (S (NP (NNP Arnor)) (VP (VBD left) (NP-TMP (NN yesterday))) (. .)))").unwrap();
        assert_eq!(t.words, [("Arnor", "NNP"), ("left", "VBD"), ("yesterday", "NN"), (".", ".")]);
        let tmp = t.nodes.iter().find(|n| n.function == "TMP").unwrap();
        assert_eq!(tmp.label, "NP");
        let t = Tree::parse("( (S (NP (PRP They)) (VP (VBD issued) (-LRB- -LRB-))))").unwrap();
        assert_eq!(t.node(t.root).label, "");
        assert_eq!(t.words[2], ("-LRB-", "-LRB-"));
    }

    #[test]
    fn rejects_unbalanced_and_malformed_trees() {
        assert_eq!(Tree::parse("(ROOT (S (NP (NNP A)) (VP (VBZ is))").unwrap_err(), TreeError::Unbalanced { open: 6, close: 4 });
        assert!(matches!(Tree::parse("(A (B x) y)"), Err(TreeError::Malformed { .. })));
        assert!(matches!(Tree::parse("(A x) (B y)"), Err(TreeError::Malformed { .. })));
        assert!(matches!(Tree::parse(")("), Err(TreeError::Malformed { .. })));
        assert_eq!(Tree::parse("").unwrap_err(), TreeError::Empty);
        assert!(Tree::parse("(ROOT (NP ))").is_err());
    }
}
