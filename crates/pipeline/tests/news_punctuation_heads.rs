//! Words the parser hangs on a sentence's final stop go back to their
//! phrase: a preposition's noun to the verb before it, a name after a
//! comma and a noun to that noun. Sentences written for the test.

mod common;

use common::story;

#[test]
fn a_partner_after_with_hung_on_the_stop_is_the_verbs_again() {
    let events = story((2022, 7, 22), &["Russian Defence Minister Sergei Shoigu signed the accord with Turkish Defence Minister Hulusi Akar and U.N. Secretary-General Antonio Guterres."]);
    assert!(events.iter().any(|e| e.source == "RUSGOV" && e.target == "TURGOV" && e.code.starts_with("05")), "{events:#?}");
}

/// "had committed war crimes" with the participle an adjective of its
/// object: a participle with a perfect auxiliary heads its clause, and its
/// subject is the accused.
#[test]
fn a_perfect_participle_read_as_a_modifier_heads_its_clause() {
    let events = story((2024, 1, 22), &["U.S. Secretary of State Antony Blinken said both the army and the RSF had committed war crimes."]);
    assert!(events.iter().any(|e| e.code.starts_with("112") && e.target.starts_with("SDN")), "{events:#?}");
}
