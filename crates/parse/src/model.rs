//! The model file: a versioned header with a checksum, then the tagger,
//! lemmatizer, feature predictor and parser.
//!
//! Layout (little-endian): magic `DMRCPARS` (8 bytes), format version (u32),
//! the parser's training beam (u32; 0 when trained greedily), payload
//! length (u64), payload checksum (u64), payload.

use std::path::Path;

use demarche_doc::InputError;

use crate::hash::checksum;
use crate::io::{ByteReader, ByteWriter, DecodeResult};
use crate::lemma::Lemmatizer;
use crate::morph::Morph;
use crate::parser::Parser;
use crate::tagger::Tagger;

const MAGIC: &[u8; 8] = b"DMRCPARS";
/// Bumped whenever the payload layout or the feature templates change.
pub const FORMAT_VERSION: u32 = 3;
const HEADER: usize = 8 + 4 + 4 + 8 + 8;

pub(crate) struct Parts {
    pub info: String,
    pub tagger: Tagger,
    pub lemmatizer: Lemmatizer,
    pub morph: Morph,
    pub parser: Parser,
}

impl Parts {
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut w = ByteWriter::new();
        w.str(&self.info);
        self.tagger.write(&mut w);
        self.lemmatizer.write(&mut w);
        self.morph.write(&mut w);
        self.parser.write(&mut w);
        let payload = w.buf;
        let mut out = Vec::with_capacity(HEADER + payload.len());
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
        let beam = self.parser.trained_beam();
        out.extend_from_slice(&(if beam > 1 { beam as u32 } else { 0 }).to_le_bytes());
        out.extend_from_slice(&(payload.len() as u64).to_le_bytes());
        out.extend_from_slice(&checksum(&payload).to_le_bytes());
        out.extend_from_slice(&payload);
        out
    }

    /// Decodes a model; `name` labels errors.
    pub fn from_bytes(bytes: &[u8], name: &str) -> Result<Parts, InputError> {
        let err = |m: String| InputError::in_file(name, m);
        if bytes.len() < HEADER || &bytes[..8] != MAGIC {
            return Err(err("not a demarche model file (bad magic bytes)".into()));
        }
        let version = u32::from_le_bytes(bytes[8..12].try_into().unwrap());
        if version != FORMAT_VERSION {
            return Err(err(format!(
                "model format version {version} is not supported (this build reads version {FORMAT_VERSION}); retrain with `demarche train`"
            )));
        }
        let len = u64::from_le_bytes(bytes[16..24].try_into().unwrap());
        let sum = u64::from_le_bytes(bytes[24..32].try_into().unwrap());
        let payload = &bytes[HEADER..];
        if payload.len() as u64 != len {
            return Err(err(format!("model file is truncated or padded: payload is {} bytes, header says {len}", payload.len())));
        }
        if checksum(payload) != sum {
            return Err(err("model file is corrupt (checksum mismatch)".into()));
        }
        let beam = u32::from_le_bytes(bytes[12..16].try_into().unwrap());
        let mut parts = Self::decode(payload).map_err(|m| err(format!("model file is corrupt: {m}")))?;
        if beam > 1 {
            parts.parser.set_trained_beam(beam.min(64) as usize);
        }
        Ok(parts)
    }

    fn decode(payload: &[u8]) -> DecodeResult<Parts> {
        let mut r = ByteReader::new(payload);
        let info = r.str()?;
        let tagger = Tagger::read(&mut r)?;
        let lemmatizer = Lemmatizer::read(&mut r)?;
        let morph = Morph::read(&mut r)?;
        let mut parser = Parser::read(&mut r)?;
        if !r.is_empty() {
            return Err("trailing bytes after the parser".into());
        }
        if morph.tag_count() != tagger.tags.len() {
            return Err("feature predictor and tagger disagree on the tag set".into());
        }
        parser.tabulate(tagger.tags.len());
        Ok(Parts { info, tagger, lemmatizer, morph, parser })
    }

    /// Writes atomically: a temporary file beside `path`, then a rename.
    pub fn save(&self, path: &Path) -> Result<(), InputError> {
        let tmp = path.with_extension("tmp-write");
        std::fs::write(&tmp, self.to_bytes()).map_err(|e| InputError::in_file(&tmp, e.to_string()))?;
        std::fs::rename(&tmp, path).map_err(|e| InputError::in_file(path, e.to_string()))
    }
}
