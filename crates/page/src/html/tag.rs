//! Element names as small integers, with the properties the parser and the
//! extractor ask about.

/// An element name: known HTML elements have fixed ids (the constants
/// below); other names are interned per document from [`Tag::FIRST_OTHER`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Tag(pub u16);

macro_rules! tags {
    ($($konst:ident = $name:literal),* $(,)?) => {
        #[allow(non_camel_case_types, clippy::upper_case_acronyms, dead_code)]
        #[repr(u16)]
        enum Id { $($konst,)* End }

        #[allow(missing_docs)]
        impl Tag {
            $(pub const $konst: Tag = Tag(Id::$konst as u16);)*
            /// First id given to names outside the known set.
            pub const FIRST_OTHER: u16 = Id::End as u16;
            /// Names of the known tags, indexed by id.
            pub const NAMES: &'static [&'static str] = &[$($name),*];
        }
    };
}

tags! {
    A = "a", ABBR = "abbr", ADDRESS = "address", AREA = "area", ARTICLE = "article", ASIDE = "aside",
    AUDIO = "audio", B = "b", BASE = "base", BDI = "bdi", BDO = "bdo", BIG = "big", BLOCKQUOTE = "blockquote",
    BODY = "body", BR = "br", BUTTON = "button", CANVAS = "canvas", CAPTION = "caption", CENTER = "center",
    CITE = "cite", CODE = "code", COL = "col", COLGROUP = "colgroup", DATA = "data", DD = "dd", DEL = "del",
    DETAILS = "details", DFN = "dfn", DIALOG = "dialog", DIV = "div", DL = "dl", DT = "dt", EM = "em",
    EMBED = "embed", FIELDSET = "fieldset", FIGCAPTION = "figcaption", FIGURE = "figure", FONT = "font",
    FOOTER = "footer", FORM = "form", FRAME = "frame", FRAMESET = "frameset", H1 = "h1", H2 = "h2", H3 = "h3",
    H4 = "h4", H5 = "h5", H6 = "h6", HEAD = "head", HEADER = "header", HGROUP = "hgroup", HR = "hr", HTML = "html",
    I = "i", IFRAME = "iframe", IMG = "img", INPUT = "input", INS = "ins", KBD = "kbd", KEYGEN = "keygen",
    LABEL = "label", LEGEND = "legend", LI = "li", LINK = "link", MAIN = "main", MAP = "map", MARK = "mark",
    MARQUEE = "marquee", MATH = "math", MENU = "menu", META = "meta", METER = "meter", NAV = "nav", NOBR = "nobr",
    NOEMBED = "noembed", NOFRAMES = "noframes", NOSCRIPT = "noscript", OBJECT = "object", OL = "ol",
    OPTGROUP = "optgroup", OPTION = "option", OUTPUT = "output", P = "p", PARAM = "param", PICTURE = "picture",
    PLAINTEXT = "plaintext", PRE = "pre", PROGRESS = "progress", Q = "q", RP = "rp", RT = "rt", RUBY = "ruby",
    S = "s", SAMP = "samp", SCRIPT = "script", SEARCH = "search", SECTION = "section", SELECT = "select",
    SLOT = "slot", SMALL = "small", SOURCE = "source", SPAN = "span", STRIKE = "strike", STRONG = "strong",
    STYLE = "style", SUB = "sub", SUMMARY = "summary", SUP = "sup", SVG = "svg", TABLE = "table", TBODY = "tbody",
    TD = "td", TEMPLATE = "template", TEXTAREA = "textarea", TFOOT = "tfoot", TH = "th", THEAD = "thead",
    TIME = "time", TITLE = "title", TR = "tr", TRACK = "track", TT = "tt", U = "u", UL = "ul", VAR = "var",
    VIDEO = "video", WBR = "wbr", XMP = "xmp",
}

impl Tag {
    /// The id of a known lower-case name.
    pub fn known(name: &str) -> Option<Tag> {
        static INDEX: std::sync::OnceLock<crate::lists::FastMap<&'static str, Tag>> = std::sync::OnceLock::new();
        let index = INDEX.get_or_init(|| Tag::NAMES.iter().enumerate().map(|(i, n)| (*n, Tag(i as u16))).collect());
        index.get(name).copied()
    }

    pub fn is_known(self) -> bool {
        self.0 < Tag::FIRST_OTHER
    }

    /// Elements that never have content (`<br>`, `<img>`).
    pub fn is_void(self) -> bool {
        matches!(
            self,
            Tag::AREA
                | Tag::BASE
                | Tag::BR
                | Tag::COL
                | Tag::EMBED
                | Tag::HR
                | Tag::IMG
                | Tag::INPUT
                | Tag::KEYGEN
                | Tag::LINK
                | Tag::META
                | Tag::PARAM
                | Tag::SOURCE
                | Tag::TRACK
                | Tag::WBR
                | Tag::FRAME
        )
    }

    /// Elements whose content is raw text up to the matching end tag.
    pub fn is_raw_text(self) -> bool {
        matches!(
            self,
            Tag::SCRIPT | Tag::STYLE | Tag::XMP | Tag::IFRAME | Tag::NOEMBED | Tag::NOFRAMES | Tag::PLAINTEXT
        )
    }

    /// Elements whose content is text with character references (`<title>`).
    pub fn is_rcdata(self) -> bool {
        matches!(self, Tag::TITLE | Tag::TEXTAREA)
    }

    /// Start tags that close an open `<p>` (HTML tree construction).
    pub fn closes_p(self) -> bool {
        matches!(
            self,
            Tag::ADDRESS
                | Tag::ARTICLE
                | Tag::ASIDE
                | Tag::BLOCKQUOTE
                | Tag::CENTER
                | Tag::DETAILS
                | Tag::DIALOG
                | Tag::DIV
                | Tag::DL
                | Tag::FIELDSET
                | Tag::FIGCAPTION
                | Tag::FIGURE
                | Tag::FOOTER
                | Tag::FORM
                | Tag::H1
                | Tag::H2
                | Tag::H3
                | Tag::H4
                | Tag::H5
                | Tag::H6
                | Tag::HEADER
                | Tag::HGROUP
                | Tag::HR
                | Tag::MAIN
                | Tag::MENU
                | Tag::NAV
                | Tag::OL
                | Tag::P
                | Tag::PRE
                | Tag::SEARCH
                | Tag::SECTION
                | Tag::SUMMARY
                | Tag::TABLE
                | Tag::UL
                | Tag::LI
                | Tag::DD
                | Tag::DT
                | Tag::PLAINTEXT
                | Tag::XMP
        )
    }

    pub fn is_heading(self) -> bool {
        matches!(self, Tag::H1 | Tag::H2 | Tag::H3 | Tag::H4 | Tag::H5 | Tag::H6)
    }

    /// Elements that start a new line of text when rendered.
    pub fn is_block(self) -> bool {
        self.closes_p()
            || matches!(
                self,
                Tag::BR
                    | Tag::TD
                    | Tag::TH
                    | Tag::TR
                    | Tag::CAPTION
                    | Tag::TBODY
                    | Tag::THEAD
                    | Tag::TFOOT
                    | Tag::HTML
                    | Tag::BODY
                    | Tag::HEAD
                    | Tag::OPTION
                    | Tag::LEGEND
                    | Tag::NOSCRIPT
                    | Tag::TITLE
                    | Tag::IFRAME
                    | Tag::VIDEO
                    | Tag::AUDIO
                    | Tag::CANVAS
                    | Tag::SELECT
                    | Tag::TEXTAREA
                    | Tag::BUTTON
            )
    }

    /// Boundaries of the "default scope" for end-tag matching: an end tag
    /// never closes elements across these.
    pub fn is_scope_boundary(self) -> bool {
        matches!(
            self,
            Tag::HTML
                | Tag::TABLE
                | Tag::TD
                | Tag::TH
                | Tag::CAPTION
                | Tag::MARQUEE
                | Tag::OBJECT
                | Tag::TEMPLATE
                | Tag::SVG
                | Tag::MATH
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_sorted_for_lookup() {
        assert!(Tag::NAMES.windows(2).all(|w| w[0] < w[1]), "keep the tag list sorted");
        assert_eq!(Tag::known("p"), Some(Tag::P));
        assert_eq!(Tag::known("xmp"), Some(Tag::XMP));
        assert_eq!(Tag::known("blink"), None);
        assert_eq!(Tag::NAMES[Tag::TD.0 as usize], "td");
    }
}
