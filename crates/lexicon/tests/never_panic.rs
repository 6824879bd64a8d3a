//! The readers return errors, never panic, whatever bytes they are given.

use demarche_lexicon::{ActorDictionary, AgentDictionary, DiscardList, ReadOptions, VerbDictionary};
use proptest::prelude::*;

fn all_readers(text: &str) {
    for lenient in [false, true] {
        let o = ReadOptions { lenient };
        let _ = VerbDictionary::read(text, "v", o);
        let _ = ActorDictionary::read(text, "a", o);
        let _ = AgentDictionary::read(text, "g", o);
        let _ = DiscardList::read(text, "d", o);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn arbitrary_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        all_readers(&String::from_utf8_lossy(&bytes));
    }

    /// Text made of the formats' own punctuation reaches deeper paths.
    #[test]
    fn dictionary_like_text(s in "([-+~&!#_*$%^{}()\\[\\]<>:=,./ A-Z0-9\t]|\n|é|<!--|-->|---){0,80}") {
        all_readers(&s);
    }
}
