//! Plain texts copied from web pages with their chrome (written for these
//! tests, in the styles of several kinds of site): the article survives,
//! the chrome goes, the byline is kept as metadata.

use demarche_page::plaintext::extract;

#[test]
fn wire_story_with_share_bar_and_related_links() {
    let text = "\
Menu
Skip to content

Ceasefire talks stall as mediators leave Doha

By Amira Haddad and Tom Reyes

Published May 24, 2021 08:15 GMT

Share
Facebook Twitter WhatsApp Email

Mediators left Doha on Monday without an agreement on extending the ceasefire, two officials familiar with the talks said.

The officials, who asked not to be named, said the two sides remained divided over the release of prisoners.

A protester waves a flag in the capital. (AP Photo/Jane Roe)

Talks are expected to resume next week, according to a statement from the foreign ministry.

Read more: How the ceasefire came about

Related stories

Follow us on Twitter

Advertisement
";
    let a = extract(text, None);
    assert_eq!(a.title.as_deref(), Some("Ceasefire talks stall as mediators leave Doha"));
    assert_eq!(a.byline.as_deref(), Some("Amira Haddad and Tom Reyes"));
    assert_eq!(
        a.paragraphs,
        [
            "Mediators left Doha on Monday without an agreement on extending the ceasefire, two officials familiar with the talks said.",
            "The officials, who asked not to be named, said the two sides remained divided over the release of prisoners.",
            "Talks are expected to resume next week, according to a statement from the foreign ministry.",
        ]
    );
}

#[test]
fn magazine_paywall_and_newsletter_prompts() {
    let text = "\
Subscribe
Log in

The quiet diplomacy behind the grain deal

Photo: Getty Images

Turkish officials spent months shuttling between Moscow and Kyiv before the agreement was signed in Istanbul.

\"We kept every channel open,\" one diplomat said.

You have reached your limit of free articles this month.

Get unlimited access for just $1 a week.

Sign up for our weekly newsletter

Enter your email address

By clicking sign up, you agree to our privacy policy.
";
    let a = extract(text, None);
    assert_eq!(a.title.as_deref(), Some("The quiet diplomacy behind the grain deal"));
    assert_eq!(
        a.paragraphs,
        [
            "Turkish officials spent months shuttling between Moscow and Kyiv before the agreement was signed in Istanbul.",
            "\"We kept every channel open,\" one diplomat said.",
        ]
    );
    assert_eq!(a.byline, None);
}

#[test]
fn no_chrome_no_title_guess_from_prose() {
    let text = "The parliament voted on Tuesday to extend the mandate of the peacekeeping mission.\n\nThe vote passed with a large majority.";
    let a = extract(text, None);
    assert_eq!(a.title, None);
    assert_eq!(a.paragraphs.len(), 2);
}
