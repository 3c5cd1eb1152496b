//! The library's error type. Only I/O and configuration fail; text stages never do.

use std::path::PathBuf;

/// Everything that can go wrong reading input, loading the lexicon or writing output.
///
/// Every variant names the file it is about, so the binary can print one line
/// that tells the user which file and what is wrong with it.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The path does not exist or cannot be opened.
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// The file holds no text at all.
    #[error("{path}: empty file")]
    Empty { path: PathBuf },
    /// The file looks like binary data (NUL bytes, executable or image headers).
    #[error("{path}: binary file, not text")]
    Binary { path: PathBuf },
    /// The bytes decode in none of the supported encodings.
    #[error("{path}: not valid text in UTF-8, UTF-16, GBK/GB18030 or Big5")]
    Encoding { path: PathBuf },
    /// A directory given as input contains no .txt, .md, .html or .htm file.
    #[error("{path}: no documents (.txt .md .html .htm) in this directory")]
    NoDocuments { path: PathBuf },
    /// A lexicon or rule file is malformed.
    #[error("{path}:{line}: {message}")]
    Lexicon {
        path: PathBuf,
        line: usize,
        message: String,
    },
    /// A gold file or an input graph cannot be parsed.
    #[error("{path}: {message}")]
    Format { path: PathBuf, message: String },
}

impl Error {
    /// Wraps an I/O error with the path it happened on.
    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Error::Io {
            path: path.into(),
            source,
        }
    }
}

/// The library's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;
