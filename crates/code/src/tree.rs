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

/// One node: a phrase (children) or a preterminal (tag + word).
#[derive(Clone, Debug)]
pub struct Node<'a> {
    /// Category without function tags (`NP-TMP` → `NP`); `-LRB-` kept whole.
    pub label: &'a str,
    /// Function tag(s) after the first `-` (`TMP`), or empty.
    pub function: &'a str,
    /// Children as indices into [`Tree::nodes`].
    pub children: Vec<u32>,
    /// For a preterminal: the word index in [`Tree::words`].
    pub word: Option<u32>,
}

/// A parsed tree: nodes in an arena (the root first) and the words in order.
#[derive(Clone, Debug, Default)]
pub struct Tree<'a> {
    pub nodes: Vec<Node<'a>>,
    /// (word, tag) of every leaf, left to right.
    pub words: Vec<(&'a str, &'a str)>,
    pub root: u32,
}

fn split_label(raw: &str) -> (&str, &str) {
    if raw.starts_with('-') {
        // -LRB-, -RRB-, -NONE-
        return (raw, "");
    }
    match raw.find(['-', '=']) {
        Some(i) if i > 0 => (&raw[..i], &raw[i + 1..]),
        _ => (raw, ""),
    }
}

impl<'a> Tree<'a> {
    /// Reads one bracketed tree. `(ROOT …)` and the unlabelled `( (S …))`
    /// wrappers are both accepted.
    pub fn parse(s: &'a str) -> Result<Tree<'a>, TreeError> {
        let bytes = s.as_bytes();
        let (open, close) = bytes.iter().fold((0, 0), |(o, c), &b| (o + (b == b'(') as usize, c + (b == b')') as usize));
        if open != close {
            return Err(TreeError::Unbalanced { open, close });
        }
        if open == 0 {
            return Err(TreeError::Empty);
        }
        let mut tree = Tree { nodes: Vec::with_capacity(open), words: Vec::with_capacity(open / 2), root: 0 };
        let mut stack: Vec<u32> = Vec::with_capacity(32);
        let mut i = 0;
        let mut roots = 0;
        while i < bytes.len() {
            let b = bytes[i];
            if b.is_ascii_whitespace() {
                i += 1;
                continue;
            }
            if b == b'(' {
                i += 1;
                while i < bytes.len() && bytes[i].is_ascii_whitespace() {
                    i += 1;
                }
                let start = i;
                while i < bytes.len() && !bytes[i].is_ascii_whitespace() && bytes[i] != b'(' && bytes[i] != b')' {
                    i += 1;
                }
                let (label, function) = split_label(&s[start..i]);
                let id = tree.nodes.len() as u32;
                tree.nodes.push(Node { label, function, children: Vec::new(), word: None });
                match stack.last() {
                    Some(&parent) => {
                        if tree.nodes[parent as usize].word.is_some() {
                            return Err(TreeError::Malformed { offset: start, message: "a word node has children" });
                        }
                        tree.nodes[parent as usize].children.push(id);
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
                while i < bytes.len() && !bytes[i].is_ascii_whitespace() && bytes[i] != b'(' && bytes[i] != b')' {
                    i += 1;
                }
                let word = &s[start..i];
                let &parent = stack.last().ok_or(TreeError::Malformed { offset: start, message: "word outside the tree" })?;
                let node = &mut tree.nodes[parent as usize];
                if !node.children.is_empty() || node.word.is_some() {
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
            if n.word.is_none() && n.children.is_empty() {
                return Err(TreeError::Malformed { offset: 0, message: "empty phrase" });
            }
        }
        Ok(tree)
    }

    pub fn node(&self, id: u32) -> &Node<'a> {
        &self.nodes[id as usize]
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
