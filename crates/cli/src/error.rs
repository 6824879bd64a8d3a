use std::fmt;

use demarche_doc::InputError;

/// Why a command failed, which decides the exit code: usage errors exit 2
/// (as clap's own do), everything else 1.
#[derive(Debug)]
pub enum CliError {
    /// The command line asks for something impossible (bad flag combination).
    Usage(String),
    /// An input could not be read or understood.
    Input(InputError),
    /// Anything else: a target missed, an output not writable.
    Failed(String),
}

impl CliError {
    pub fn exit_code(&self) -> i32 {
        match self {
            CliError::Usage(_) => 2,
            CliError::Input(_) | CliError::Failed(_) => 1,
        }
    }
}

impl fmt::Display for CliError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CliError::Usage(m) => write!(f, "usage: {m}"),
            CliError::Input(e) => write!(f, "{e}"),
            CliError::Failed(m) => f.write_str(m),
        }
    }
}

impl From<InputError> for CliError {
    fn from(e: InputError) -> CliError {
        CliError::Input(e)
    }
}

impl From<std::io::Error> for CliError {
    fn from(e: std::io::Error) -> CliError {
        CliError::Failed(e.to_string())
    }
}

pub type CliResult = Result<(), CliError>;

/// Placeholder for commands whose issue has not landed yet.
#[allow(dead_code)] // for subcommands still to come
pub fn not_yet(what: &str) -> CliResult {
    Err(CliError::Failed(format!("`{what}` is not implemented yet")))
}
