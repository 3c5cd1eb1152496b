//! Stage 8, export. Input: a [`KnowledgeGraph`] (or a graph.json read back).
//! Output: files for the programs users open them with. Only this module knows
//! output formats; every format is written from the same [`GraphJson`] view, so a
//! graph.json written earlier exports exactly like a fresh build.

pub mod dot;
pub mod json;

use std::path::Path;

use crate::error::{Error, Result};
pub use json::{GraphJson, JsonLink, JsonNode};

/// An output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Format {
    /// Node-link JSON (schema.md; networkx).
    Json,
    /// Graphviz DOT.
    Dot,
}

impl Format {
    /// Every format.
    pub const ALL: [Format; 2] = [Format::Json, Format::Dot];

    /// The format's name on the command line.
    pub fn name(self) -> &'static str {
        match self {
            Format::Json => "json",
            Format::Dot => "dot",
        }
    }

    /// Parses a command-line name.
    pub fn parse(s: &str) -> Option<Format> {
        Format::ALL.into_iter().find(|f| f.name() == s)
    }

    /// The file name written in an output directory.
    pub fn file_name(self) -> &'static str {
        match self {
            Format::Json => "graph.json",
            Format::Dot => "graph.dot",
        }
    }

    /// Renders the graph in this format.
    pub fn render(self, g: &GraphJson) -> Vec<(String, Vec<u8>)> {
        match self {
            Format::Json => vec![(self.file_name().to_string(), json::to_bytes(g))],
            Format::Dot => vec![(self.file_name().to_string(), dot::to_dot(g).into_bytes())],
        }
    }
}

/// Writes `bytes` to `path` atomically: a temporary file in the same directory,
/// then a rename, so a reader never sees half a file and a failure leaves none.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    use std::io::Write;
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let mut tmp = tempfile::Builder::new()
        .prefix(".lithkg-")
        .suffix(".tmp")
        .tempfile_in(dir)
        .map_err(|e| Error::io(dir, e))?;
    tmp.write_all(bytes).map_err(|e| Error::io(path, e))?;
    tmp.as_file().sync_all().map_err(|e| Error::io(path, e))?;
    tmp.persist(path).map_err(|e| Error::io(path, e.error))?;
    Ok(())
}

/// Writes several files into `dir` so that either all appear or none do: every
/// file is written to a temporary first, and renamed only when all are written.
pub fn write_all_atomic(dir: &Path, files: &[(String, Vec<u8>)]) -> Result<()> {
    use std::io::Write;
    std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
    let mut staged = Vec::new();
    for (name, bytes) in files {
        let path = dir.join(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(|e| Error::io(parent, e))?;
        }
        let mut tmp = tempfile::Builder::new()
            .prefix(".lithkg-")
            .suffix(".tmp")
            .tempfile_in(path.parent().unwrap_or(dir))
            .map_err(|e| Error::io(dir, e))?;
        tmp.write_all(bytes).map_err(|e| Error::io(&path, e))?;
        tmp.as_file().sync_all().map_err(|e| Error::io(&path, e))?;
        staged.push((tmp, path));
    }
    for (tmp, path) in staged {
        tmp.persist(&path).map_err(|e| Error::io(&path, e.error))?;
    }
    Ok(())
}
