//! One module per subcommand.

pub mod build;
pub mod clean;
pub mod eval;
pub mod export;
pub mod inspect;
pub mod render;

use std::process::ExitCode;

use anyhow::{Context, Result};
use lithkg::lexicon::Lexicon;

use crate::cli::{Cli, Command};

/// Runs the parsed command line.
pub fn run(cli: Cli) -> Result<ExitCode> {
    match cli.command {
        Command::Build(a) => {
            let started = std::time::Instant::now();
            let lex = load_lexicon(&cli.lexicon)?;
            build::run(&a, lex, started)
        }
        Command::Clean(a) => clean::run(&a),
        Command::Entities(a) => inspect::entities(&a, &load_lexicon(&cli.lexicon)?),
        Command::Relations(a) => inspect::relations(&a, &load_lexicon(&cli.lexicon)?),
        Command::Eval(a) => eval::run(&a, &load_lexicon(&cli.lexicon)?),
        Command::Export(a) => export::run(&a),
        Command::Render(a) => render::run(&a),
    }
}

/// The built-in lexicon, or the one in `dir`.
pub fn load_lexicon(dir: &Option<std::path::PathBuf>) -> Result<Lexicon> {
    match dir {
        Some(d) => Lexicon::load(d).context("cannot load lexicon"),
        None => Lexicon::builtin().context("built-in lexicon is broken"),
    }
}

/// Reads every input as one list of documents, failing on the first bad one.
pub fn read_all(inputs: &[std::path::PathBuf]) -> Result<Vec<lithkg::read::Document>> {
    let sources = lithkg::read::discover(inputs)?;
    sources
        .iter()
        .map(|s| lithkg::read::read(s).map_err(anyhow::Error::from))
        .collect()
}
