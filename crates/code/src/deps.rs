//! The small closed vocabularies of the sentence representation: Penn
//! Treebank tags and Universal Dependencies relations, as enums so the
//! coder compares integers, not strings.

macro_rules! string_enum {
    ($(#[$meta:meta])* $name:ident { $($variant:ident => $text:literal),* $(,)? } else $fallback:ident) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
        pub enum $name {
            #[default]
            $fallback,
            $($variant),*
        }

        impl $name {
            /// Every value but the fallback, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant),*];

            pub fn as_str(self) -> &'static str {
                match self {
                    $name::$fallback => "",
                    $($name::$variant => $text),*
                }
            }

            /// Parses the written form; anything unknown is the fallback.
            pub fn parse(s: &str) -> $name {
                match s {
                    $($text => $name::$variant,)*
                    _ => $name::$fallback,
                }
            }
        }
    };
}

string_enum! {
    /// A Penn Treebank part-of-speech tag.
    Tag {
        CC => "CC", CD => "CD", DT => "DT", EX => "EX", FW => "FW", IN => "IN", JJ => "JJ", JJR => "JJR",
        JJS => "JJS", LS => "LS", MD => "MD", NN => "NN", NNS => "NNS", NNP => "NNP", NNPS => "NNPS",
        PDT => "PDT", POS => "POS", PRP => "PRP", PRPS => "PRP$", RB => "RB", RBR => "RBR", RBS => "RBS",
        RP => "RP", SYM => "SYM", TO => "TO", UH => "UH", VB => "VB", VBD => "VBD", VBG => "VBG",
        VBN => "VBN", VBP => "VBP", VBZ => "VBZ", WDT => "WDT", WP => "WP", WPS => "WP$", WRB => "WRB",
        Comma => ",", Period => ".", Colon => ":", OpenQuote => "``", CloseQuote => "''", Lrb => "-LRB-",
        Rrb => "-RRB-", Hash => "#", Dollar => "$", Hyph => "HYPH", Nfp => "NFP", Add => "ADD", Afx => "AFX"
    } else Other
}

impl Tag {
    /// Reads a tag, mapping the `AUXD`/`AUXZ`/… auxiliaries some parsers
    /// emit to the verb tags they stand for.
    #[inline(always)]
    pub fn from_treebank(s: &str) -> Tag {
        // One nested match on the bytes (compiled to jump tables): this
        // runs for every word.
        let b = s.as_bytes();
        match b.len() {
            1 => match b[0] {
                b'#' => Tag::Hash,
                b'$' => Tag::Dollar,
                b',' => Tag::Comma,
                b'.' => Tag::Period,
                b':' => Tag::Colon,
                _ => Tag::Other,
            },
            2 => match (b[0], b[1]) {
                (b'\'', b'\'') => Tag::CloseQuote,
                (b'C', b'C') => Tag::CC,
                (b'C', b'D') => Tag::CD,
                (b'D', b'T') => Tag::DT,
                (b'E', b'X') => Tag::EX,
                (b'F', b'W') => Tag::FW,
                (b'I', b'N') => Tag::IN,
                (b'J', b'J') => Tag::JJ,
                (b'L', b'S') => Tag::LS,
                (b'M', b'D') => Tag::MD,
                (b'N', b'N') => Tag::NN,
                (b'R', b'B') => Tag::RB,
                (b'R', b'P') => Tag::RP,
                (b'T', b'O') => Tag::TO,
                (b'U', b'H') => Tag::UH,
                (b'V', b'B') => Tag::VB,
                (b'W', b'P') => Tag::WP,
                (b'`', b'`') => Tag::OpenQuote,
                _ => Tag::Other,
            },
            3 => match (b[0], b[1], b[2]) {
                (b'A', b'D', b'D') => Tag::Add,
                (b'A', b'F', b'X') => Tag::Afx,
                (b'A', b'U', b'X') => Tag::VB,
                (b'J', b'J', b'R') => Tag::JJR,
                (b'J', b'J', b'S') => Tag::JJS,
                (b'N', b'F', b'P') => Tag::Nfp,
                (b'N', b'N', b'P') => Tag::NNP,
                (b'N', b'N', b'S') => Tag::NNS,
                (b'P', b'D', b'T') => Tag::PDT,
                (b'P', b'O', b'S') => Tag::POS,
                (b'P', b'R', b'P') => Tag::PRP,
                (b'R', b'B', b'R') => Tag::RBR,
                (b'R', b'B', b'S') => Tag::RBS,
                (b'S', b'Y', b'M') => Tag::SYM,
                (b'V', b'B', b'D') => Tag::VBD,
                (b'V', b'B', b'G') => Tag::VBG,
                (b'V', b'B', b'N') => Tag::VBN,
                (b'V', b'B', b'P') => Tag::VBP,
                (b'V', b'B', b'Z') => Tag::VBZ,
                (b'W', b'D', b'T') => Tag::WDT,
                (b'W', b'P', b'$') => Tag::WPS,
                (b'W', b'R', b'B') => Tag::WRB,
                _ => Tag::Other,
            },
            4 => match (b[0], b[1], b[2], b[3]) {
                (b'A', b'U', b'X', b'B') => Tag::VB,
                (b'A', b'U', b'X', b'D') => Tag::VBD,
                (b'A', b'U', b'X', b'G') => Tag::VBG,
                (b'A', b'U', b'X', b'N') => Tag::VBN,
                (b'A', b'U', b'X', b'P') => Tag::VBP,
                (b'A', b'U', b'X', b'Z') => Tag::VBZ,
                (b'H', b'Y', b'P', b'H') => Tag::Hyph,
                (b'N', b'N', b'P', b'S') => Tag::NNPS,
                (b'P', b'R', b'P', b'$') => Tag::PRPS,
                _ => Tag::Other,
            },
            5 => match (b[0], b[1], b[2], b[3], b[4]) {
                (b'-', b'L', b'R', b'B', b'-') => Tag::Lrb,
                (b'-', b'R', b'R', b'B', b'-') => Tag::Rrb,
                _ => Tag::Other,
            },
            _ => Tag::Other,
        }
    }

    /// A representative tag for a UPOS (for tokens without an XPOS).
    pub fn from_upos(upos: &str) -> Tag {
        match upos {
            "VERB" | "AUX" => Tag::VB,
            "NOUN" => Tag::NN,
            "PROPN" => Tag::NNP,
            "PRON" => Tag::PRP,
            "DET" => Tag::DT,
            "ADJ" => Tag::JJ,
            "ADV" => Tag::RB,
            "ADP" | "SCONJ" => Tag::IN,
            "CCONJ" => Tag::CC,
            "NUM" => Tag::CD,
            "PART" => Tag::RP,
            "PUNCT" => Tag::Comma,
            "INTJ" => Tag::UH,
            "SYM" => Tag::SYM,
            _ => Tag::Other,
        }
    }

    pub fn is_verb(self) -> bool {
        matches!(self, Tag::VB | Tag::VBD | Tag::VBG | Tag::VBN | Tag::VBP | Tag::VBZ)
    }

    pub fn is_noun(self) -> bool {
        matches!(self, Tag::NN | Tag::NNS | Tag::NNP | Tag::NNPS)
    }

    /// Words that head noun phrases: nouns, pronouns, numbers.
    pub fn is_nominal(self) -> bool {
        self.is_noun() || matches!(self, Tag::PRP | Tag::CD | Tag::EX | Tag::WP | Tag::FW)
    }

    pub fn is_adjective(self) -> bool {
        matches!(self, Tag::JJ | Tag::JJR | Tag::JJS)
    }

    pub fn is_adverb(self) -> bool {
        matches!(self, Tag::RB | Tag::RBR | Tag::RBS | Tag::WRB)
    }

    pub fn is_punct(self) -> bool {
        matches!(
            self,
            Tag::Comma | Tag::Period | Tag::Colon | Tag::OpenQuote | Tag::CloseQuote | Tag::Lrb | Tag::Rrb | Tag::Hash | Tag::Hyph | Tag::Nfp
        )
    }

    /// The UD universal tag for this Penn tag, given the word's relation.
    pub fn upos(self, rel: Rel) -> &'static str {
        match self {
            t if t.is_verb() => {
                if matches!(rel, Rel::Aux | Rel::AuxPass | Rel::Cop) {
                    "AUX"
                } else {
                    "VERB"
                }
            }
            Tag::MD => "AUX",
            Tag::NN | Tag::NNS => "NOUN",
            Tag::NNP | Tag::NNPS => "PROPN",
            Tag::PRP | Tag::PRPS | Tag::WP | Tag::WPS | Tag::EX => "PRON",
            Tag::DT | Tag::PDT | Tag::WDT => "DET",
            Tag::JJ | Tag::JJR | Tag::JJS => "ADJ",
            Tag::RB | Tag::RBR | Tag::RBS | Tag::WRB => "ADV",
            Tag::IN => {
                if rel == Rel::Mark {
                    "SCONJ"
                } else {
                    "ADP"
                }
            }
            Tag::RP => "ADP",
            Tag::TO | Tag::POS => "PART",
            Tag::CD => "NUM",
            Tag::CC => "CCONJ",
            Tag::UH => "INTJ",
            Tag::SYM | Tag::Dollar | Tag::Hash => "SYM",
            t if t.is_punct() => "PUNCT",
            _ => "X",
        }
    }
}

string_enum! {
    /// A Universal Dependencies relation (with the subtypes the coder uses).
    Rel {
        Root => "root", Nsubj => "nsubj", NsubjPass => "nsubj:pass", Csubj => "csubj", Obj => "obj",
        Iobj => "iobj", Obl => "obl", OblAgent => "obl:agent", OblTmod => "obl:tmod", OblNpmod => "obl:npmod",
        Nmod => "nmod", NmodPoss => "nmod:poss", NmodTmod => "nmod:tmod", NmodDesc => "nmod:desc", Ccomp => "ccomp", Xcomp => "xcomp",
        Advcl => "advcl", Acl => "acl", AclRelcl => "acl:relcl", Conj => "conj", Cc => "cc",
        Compound => "compound", CompoundPrt => "compound:prt", Flat => "flat", Fixed => "fixed",
        Appos => "appos", Det => "det", Case => "case", Mark => "mark", Aux => "aux", AuxPass => "aux:pass",
        Cop => "cop", Advmod => "advmod", Amod => "amod", Nummod => "nummod", Punct => "punct",
        Parataxis => "parataxis", Expl => "expl", Discourse => "discourse", Vocative => "vocative",
        Orphan => "orphan", List => "list", Goeswith => "goeswith", Reparandum => "reparandum"
    } else Dep
}

impl Rel {
    /// Reads a relation, keeping the subtypes known here and falling back
    /// to the universal part (`nmod:npmod` → `nmod`).
    pub fn from_ud(s: &str) -> Rel {
        // UD 2.14 renamed the bare temporal and measure adjuncts
        // (`obl:tmod`, `nmod:tmod`) to `:unmarked`; they stay temporal here.
        match s {
            "obl:unmarked" => return Rel::OblTmod,
            "nmod:unmarked" => return Rel::NmodTmod,
            _ => {}
        }
        match Rel::parse(s) {
            Rel::Dep if s != "dep" => Rel::parse(s.split(':').next().unwrap_or("")),
            r => r,
        }
    }

    pub fn is_subject(self) -> bool {
        matches!(self, Rel::Nsubj | Rel::NsubjPass | Rel::Csubj)
    }

    /// Relations of clauses attached to a word.
    pub fn is_clausal(self) -> bool {
        matches!(self, Rel::Ccomp | Rel::Xcomp | Rel::Advcl | Rel::Acl | Rel::AclRelcl | Rel::Parataxis | Rel::Csubj)
    }

    pub fn is_temporal(self) -> bool {
        matches!(self, Rel::OblTmod | Rel::NmodTmod)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips() {
        for s in ["nsubj:pass", "obl:agent", "acl:relcl", "root", "compound:prt"] {
            assert_eq!(Rel::parse(s).as_str(), s);
        }
        assert_eq!(Rel::from_ud("nmod:npmod"), Rel::Nmod);
        assert_eq!(Rel::from_ud("dep"), Rel::Dep);
        assert_eq!(Tag::parse("PRP$"), Tag::PRPS);
        assert_eq!(Tag::from_treebank("AUXD"), Tag::VBD);
        assert_eq!(Tag::parse("XYZ"), Tag::Other);
        assert_eq!(Tag::VBZ.upos(Rel::AuxPass), "AUX");
        // The byte-matching reader knows every tag the enum writes (it is a
        // second list of them, kept for speed).
        for &t in Tag::ALL {
            assert_eq!(Tag::from_treebank(t.as_str()), t, "{}", t.as_str());
        }
        for (aux, tag) in [("AUX", Tag::VB), ("AUXB", Tag::VB), ("AUXG", Tag::VBG), ("AUXN", Tag::VBN), ("AUXP", Tag::VBP), ("AUXZ", Tag::VBZ)] {
            assert_eq!(Tag::from_treebank(aux), tag);
        }
        for other in ["", "N", "NNX", "-NONE-", "nn", "VBDX", "PRP$$"] {
            assert_eq!(Tag::from_treebank(other), Tag::Other, "{other}");
        }
        assert_eq!(Tag::IN.upos(Rel::Mark), "SCONJ");
    }
}
