use std::fmt;
use std::path::Path;

/// An input problem, located as precisely as we can: file, then line.
///
/// Displayed as `file:line: message` (or `file: message`, or `message`), the
/// form editors and terminals understand.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InputError {
    pub file: Option<String>,
    pub line: Option<usize>,
    pub message: String,
}

impl InputError {
    pub fn new(message: impl Into<String>) -> InputError {
        InputError { file: None, line: None, message: message.into() }
    }

    pub fn in_file(file: impl AsRef<Path>, message: impl Into<String>) -> InputError {
        InputError {
            file: Some(file.as_ref().display().to_string()),
            line: None,
            message: message.into(),
        }
    }

    pub fn at_line(file: impl AsRef<Path>, line: usize, message: impl Into<String>) -> InputError {
        InputError { line: Some(line), ..InputError::in_file(file, message) }
    }

    /// Sets the file if none is set yet (for readers that work on strings).
    pub fn with_file(mut self, file: impl AsRef<Path>) -> InputError {
        if self.file.is_none() {
            self.file = Some(file.as_ref().display().to_string());
        }
        self
    }

    pub fn with_line(mut self, line: usize) -> InputError {
        if self.line.is_none() {
            self.line = Some(line);
        }
        self
    }
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (&self.file, self.line) {
            (Some(file), Some(line)) => write!(f, "{file}:{line}: {}", self.message),
            (Some(file), None) => write!(f, "{file}: {}", self.message),
            (None, Some(line)) => write!(f, "line {line}: {}", self.message),
            (None, None) => f.write_str(&self.message),
        }
    }
}

impl std::error::Error for InputError {}

impl From<std::io::Error> for InputError {
    fn from(e: std::io::Error) -> InputError {
        InputError::new(e.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_names_file_and_line() {
        assert_eq!(InputError::at_line("a.txt", 3, "bad").to_string(), "a.txt:3: bad");
        assert_eq!(InputError::in_file("a.txt", "bad").to_string(), "a.txt: bad");
        assert_eq!(InputError::new("bad").with_line(2).to_string(), "line 2: bad");
    }
}
