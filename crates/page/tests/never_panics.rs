//! Property tests: the parser, extractors and readers never panic on
//! arbitrary input.

use demarche_page::{article, chrome, dates, feed, html, plaintext};
use proptest::prelude::*;

/// Strings rich in markup characters, so the generator reaches tags,
/// entities, comments and raw-text elements.
fn markup() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("<".to_string()),
        Just(">".to_string()),
        Just("</".to_string()),
        Just("/>".to_string()),
        Just("&".to_string()),
        Just("&amp;".to_string()),
        Just("&#x".to_string()),
        Just("<!--".to_string()),
        Just("-->".to_string()),
        Just("<script>".to_string()),
        Just("</script>".to_string()),
        Just("<p>".to_string()),
        Just("<div class=\"share\">".to_string()),
        Just("</div>".to_string()),
        Just("<a href=x>".to_string()),
        Just("<![CDATA[".to_string()),
        Just("\"".to_string()),
        Just("'".to_string()),
        Just("=".to_string()),
        Just("<table><tr><td>".to_string()),
        Just("<li>".to_string()),
        "[a-zA-Z ]{0,12}".prop_map(|s| s),
        any::<String>(),
    ];
    prop::collection::vec(piece, 0..60).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn html_parser_and_extractor_never_panic(s in markup()) {
        let dom = html::parse(&s);
        for id in dom.subtree(0) {
            prop_assert!(dom.node(id).subtree_end as usize <= dom.len());
        }
        let a = article::extract(&s, Some("https://example.com/2020/01/02/x"));
        for p in &a.paragraphs {
            prop_assert!(!p.is_empty());
        }
        let _ = article::fragment_paragraphs(&s);
    }

    #[test]
    fn text_readers_never_panic(s in any::<String>()) {
        let _ = plaintext::extract(&s, None);
        let _ = chrome::classify(&s);
        let _ = dates::parse_date(&s);
        let _ = dates::dateline(&s, None);
        let _ = dates::date_from_url(&s);
    }

    #[test]
    fn feed_reader_never_panics(s in markup()) {
        let _ = feed::read(&format!("<rss><channel><item>{s}</item></channel></rss>"), "x.rss");
        let _ = feed::read(&s, "x.rss");
    }

    #[test]
    fn byte_decoding_never_panics(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        let text = demarche_page::input::decode_html(&bytes);
        let _ = article::extract(&text, None);
        let _ = demarche_page::InputFormat::sniff(&bytes);
    }
}
