//! `lithkg export`: a graph.json converted to another format.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::Args;
use lithkg::export::{self, GraphJson};

/// `lithkg export`.
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// A graph.json written by `lithkg build`.
    #[arg(value_name = "GRAPH")]
    pub graph: PathBuf,
    /// Output format.
    #[arg(long, short)]
    pub format: String,
    /// Output file (or directory, for formats that write several files).
    #[arg(long, short, value_name = "PATH")]
    pub out: PathBuf,
}

/// Converts a graph.json.
pub fn run(a: &ExportArgs) -> Result<ExitCode> {
    let format = super::build::parse_formats(std::slice::from_ref(&a.format))?[0];
    let g = GraphJson::load(&a.graph)?;
    let files = format.render(&g);
    if files.len() == 1 {
        export::write_atomic(&a.out, &files[0].1)
            .with_context(|| format!("{}: cannot write", a.out.display()))?;
    } else {
        export::write_all_atomic(&a.out, &files)
            .with_context(|| format!("{}: cannot write", a.out.display()))?;
    }
    Ok(ExitCode::SUCCESS)
}
