//! Error reporting for the readers: strict (first problem is an error) or
//! lenient (problems become counted warnings and the line is skipped).

use demarche_doc::InputError;

/// How strictly a reader treats lines it cannot understand.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ReadOptions {
    /// Turn errors into warnings (the line is skipped) instead of failing.
    pub lenient: bool,
}

/// Collects the problems found while reading one file.
#[derive(Debug)]
pub struct Report {
    file: String,
    lenient: bool,
    /// Problems that did not stop reading: in lenient mode every error, in
    /// strict mode the notices PETRARCH itself only warns about.
    pub warnings: Vec<InputError>,
}

impl Report {
    pub fn new(file: &str, options: ReadOptions) -> Report {
        Report { file: file.to_string(), lenient: options.lenient, warnings: Vec::new() }
    }

    pub fn file(&self) -> &str {
        &self.file
    }

    pub fn at(&self, line: usize, message: impl Into<String>) -> InputError {
        InputError::at_line(&self.file, line, message)
    }

    /// A line the reader cannot understand: an error, or a warning when lenient.
    pub fn error(&mut self, line: usize, message: impl Into<String>) -> Result<(), InputError> {
        let e = self.at(line, message);
        if self.lenient {
            self.warnings.push(e);
            Ok(())
        } else {
            Err(e)
        }
    }

    /// Something odd but harmless (PETRARCH warns and goes on): always a warning.
    pub fn warn(&mut self, line: usize, message: impl Into<String>) {
        let e = self.at(line, message);
        self.warnings.push(e);
    }
}
