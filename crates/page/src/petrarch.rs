//! PETRARCH XML input: `<Sentences><Sentence date= id=><Text>…</Text><Parse>…</Parse></Sentence>`.
//!
//! STUB: the reader is built with the coding engine (issue 4). Each
//! `<Sentence>` becomes one [`Document`] (id = sentence id, date from
//! `date=`, one paragraph, one [`demarche_doc::Sentence`] carrying the
//! supplied parse).

use demarche_doc::{Document, InputError};

/// Reads every `<Sentence>` of a PETRARCH XML text; `file` names it in errors.
pub fn read_documents(_xml: &str, file: &str) -> Result<Vec<Document>, InputError> {
    Err(InputError::in_file(file, "PETRARCH XML reading is not implemented yet"))
}
