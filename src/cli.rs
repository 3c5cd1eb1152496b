//! The command line: subcommands and their flags.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

/// Build a knowledge graph of the lithium-battery industry chain from Chinese news.
#[derive(Debug, Parser)]
#[command(name = "lithkg", version, about, long_about = None)]
pub struct Cli {
    /// Lexicon directory replacing the built-in data/lexicon (same file names).
    #[arg(long, global = true, value_name = "DIR")]
    pub lexicon: Option<PathBuf>,
    /// Subcommand.
    #[command(subcommand)]
    pub command: Command,
}

/// Subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Build graph.json and graph.dot from documents (.txt .md .html .htm, directories, -).
    Build(BuildArgs),
    /// Print a document's cleaned text, which evidence quotes and its offsets index.
    Clean(CleanArgs),
    /// List the entities found in documents.
    Entities(InspectArgs),
    /// List the relations and facts found in documents, each with its sentence.
    Relations(InspectArgs),
    /// Score extraction against gold files (annotation.md).
    Eval(crate::cmd::eval::EvalArgs),
    /// Convert a graph.json to another format, with filters.
    Export(crate::cmd::export::ExportArgs),
    /// Render a graph.json or graph.dot to SVG, PNG or PDF with Graphviz.
    Render(crate::cmd::render::RenderArgs),
}

/// `lithkg build`.
#[derive(Debug, Args)]
pub struct BuildArgs {
    /// Files, directories (recursive) or - for standard input.
    #[arg(required = true, value_name = "INPUT")]
    pub inputs: Vec<PathBuf>,
    /// Output directory.
    #[arg(long, short, value_name = "DIR")]
    pub out: PathBuf,
    /// Formats to write (comma-separated): json, dot, graphml, cytoscape, neo4j.
    #[arg(long, value_delimiter = ',', default_value = "json,dot")]
    pub format: Vec<String>,
    /// No progress bar or summary.
    #[arg(long, short)]
    pub quiet: bool,
    /// Exit 0 even when some documents could not be read (they are still reported).
    #[arg(long)]
    pub keep_going: bool,
    /// Worker threads (default: one per core).
    #[arg(long, short = 'j', value_name = "N", default_value_t = 0)]
    pub jobs: usize,
    /// Evidence sentences kept per relation (the weight still counts them all).
    #[arg(long, value_name = "K", default_value_t = lithkg::graph::DEFAULT_EVIDENCE_CAP)]
    pub evidence_per_edge: usize,
    /// Print where the build's wall time went (lexicon, analysis, merge, each file).
    #[arg(long)]
    pub timings: bool,
}

/// `lithkg clean`.
#[derive(Debug, Args)]
pub struct CleanArgs {
    /// A file or - for standard input.
    #[arg(value_name = "INPUT")]
    pub input: PathBuf,
    /// Print one sentence per line with its character span (start-end) instead.
    #[arg(long)]
    pub sentences: bool,
    /// Print the text the rules read, full-width ASCII (，：１Ａ) folded to ASCII;
    /// the same characters one for one, so the offsets are the same.
    #[arg(long)]
    pub folded: bool,
    /// Also print what each cleaning step removed (to standard error).
    #[arg(long, short)]
    pub verbose: bool,
}

/// `lithkg entities` and `lithkg relations`.
#[derive(Debug, Args)]
pub struct InspectArgs {
    /// Files, directories or - for standard input.
    #[arg(required = true, value_name = "INPUT")]
    pub inputs: Vec<PathBuf>,
    /// Print JSON lines instead of text.
    #[arg(long)]
    pub json: bool,
}
