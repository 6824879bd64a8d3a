//! The event record: demarche's public output contract.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// One coded event, as written to JSON Lines (one object a line).
///
/// The field names and meanings are a public contract other tools depend
/// on: extend (with optional fields), never rename.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// Document id.
    pub doc: String,
    /// 0-based index of the sentence in the document body.
    pub sentence: usize,
    /// The sentence text (the evidence).
    pub text: String,
    /// Event date (YYYY-MM-DD): the clause's temporal expression, else the
    /// sentence or document date; null when none is known.
    pub date: Option<NaiveDate>,
    /// CAMEO actor code of the source (RUSGOV, ISR, IGOUNO, PSEREBHMS, …).
    pub source: String,
    /// CAMEO actor code of the target; empty for one-sided events.
    pub target: String,
    /// The text span the source was read from.
    pub source_text: String,
    /// The text span the target was read from (empty with `target`).
    pub target_text: String,
    /// CAMEO event code (2–4 digits).
    pub code: String,
    /// The code's 2-digit root.
    pub root_code: String,
    /// GDELT QuadClass (1–4) of the root.
    pub quad_class: u8,
    /// Goldstein weight of the code.
    pub goldstein: f32,
    /// PLOVER event type; empty where PLOVER has none (bare statements).
    pub plover: String,
    /// How the event was found (`--explain`): pattern, dictionary entries,
    /// dependency path.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub explain: Option<Explanation>,
}

/// Why the coder produced an event.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Explanation {
    /// The verb or noun pattern that matched, as written in its dictionary,
    /// with file and line.
    pub pattern: String,
    /// The actor dictionary entries used for source and target.
    pub source_entry: String,
    pub target_entry: String,
    /// The dependency path from the event word to the actors.
    pub path: String,
}

impl Event {
    /// Fills `root_code`, `quad_class`, `goldstein` and `plover` from the
    /// CAMEO table for `self.code` (codes missing from the codebook take the
    /// values of their nearest listed ancestor).
    pub fn fill_code_attributes(&mut self) {
        self.root_code = self.code.get(..2).unwrap_or("").to_string();
        self.quad_class = demarche_cameo::quad_class_of_root(&self.root_code);
        match demarche_cameo::lookup_or_parent(&self.code) {
            Some(c) => {
                self.goldstein = c.goldstein;
                self.plover = c.plover.to_string();
            }
            None => {
                self.goldstein = 0.0;
                self.plover = String::new();
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event(code: &str) -> Event {
        let mut e = Event {
            doc: "d".into(),
            sentence: 0,
            text: "Russia consulted Egypt.".into(),
            date: NaiveDate::from_ymd_opt(2021, 5, 12),
            source: "RUS".into(),
            target: "EGY".into(),
            source_text: "Russia".into(),
            target_text: "Egypt".into(),
            code: code.into(),
            ..Event::default()
        };
        e.fill_code_attributes();
        e
    }

    #[test]
    fn json_contract_field_names() {
        let json = serde_json::to_string(&event("040")).unwrap();
        assert_eq!(
            json,
            r#"{"doc":"d","sentence":0,"text":"Russia consulted Egypt.","date":"2021-05-12","source":"RUS","target":"EGY","source_text":"Russia","target_text":"Egypt","code":"040","root_code":"04","quad_class":1,"goldstein":1.0,"plover":"CONSULT"}"#
        );
        let back: Event = serde_json::from_str(&json).unwrap();
        assert_eq!(back, event("040"));
    }

    #[test]
    fn attributes_from_codebook() {
        let e = event("1823");
        assert_eq!((e.root_code.as_str(), e.quad_class, e.goldstein, e.plover.as_str()), ("18", 4, -10.0, "ASSAULT"));
    }
}
