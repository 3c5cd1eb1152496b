//! `lithkg export`: a graph.json converted to another format, with filters.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result, bail};
use clap::Args;
use lithkg::export::{self, Filter, Format, GraphJson};
use lithkg::model::{EntityType, Stage};

/// `lithkg export`.
#[derive(Debug, Args)]
#[command(after_help = FILTER_HELP)]
pub struct ExportArgs {
    /// A graph.json written by `lithkg build`.
    #[arg(value_name = "GRAPH")]
    pub graph: PathBuf,
    /// Output format: json, dot, graphml, cytoscape, neo4j.
    #[arg(long, short)]
    pub format: String,
    /// Output file; a directory for neo4j (nodes.csv, relationships.csv,
    /// load.cypher). Into an existing directory, json, dot, graphml and
    /// cytoscape write graph.json, graph.dot, graph.graphml, graph.cyjs.
    #[arg(long, short, value_name = "PATH")]
    pub out: PathBuf,
    /// Filters.
    #[command(flatten)]
    pub filter: FilterArgs,
    /// No summary on standard error.
    #[arg(long, short)]
    pub quiet: bool,
}

/// How the filters combine, shown after the options of export and render.
pub const FILTER_HELP: &str = "Filters apply in this order: --types, --stages, --min-weight, --around, --max-nodes; \
relations whose ends were removed go too. The --around entity survives every filter.";

/// Filters for pictures people can read. They apply in this order: --types,
/// --stages, --min-weight, --around, --max-nodes; links whose ends were
/// removed go too.
#[derive(Debug, Args, Default)]
pub struct FilterArgs {
    /// Keep only entities of these types (comma-separated: company, region, …
    /// or 企业, 地区, …); add `stage` to keep the chain.
    #[arg(long, value_delimiter = ',', value_name = "TYPES")]
    pub types: Vec<String>,
    /// Keep only entities in these chain stages (comma-separated: 锂矿, 材料,
    /// 电池, 终端, 回收), and those stage nodes.
    #[arg(long, value_delimiter = ',', value_name = "STAGES")]
    pub stages: Vec<String>,
    /// Keep only relations stated in at least N sentences.
    #[arg(long, value_name = "N")]
    pub min_weight: Option<usize>,
    /// Keep the N most connected entities (by degree, ties by id); the stage
    /// nodes and the --around entity are always kept.
    #[arg(long, value_name = "N")]
    pub max_nodes: Option<usize>,
    /// Keep only the neighbourhood of this entity (node id, name or alias).
    #[arg(long, value_name = "NAME")]
    pub around: Option<String>,
    /// How many relations away from --around to go.
    #[arg(long, value_name = "K", default_value_t = 1, requires = "around")]
    pub depth: usize,
}

impl FilterArgs {
    /// The library filter, with every name checked.
    pub fn to_filter(&self) -> Result<Filter> {
        let mut types = Vec::new();
        for t in &self.types {
            let t = t.trim();
            let kind = EntityType::parse(t)
                .or_else(|| EntityType::ALL.into_iter().find(|k| k.label() == t))
                .with_context(|| {
                    format!(
                        "--types {t}: unknown type (expected {})",
                        EntityType::ALL.map(|k| k.as_str()).join(", ")
                    )
                })?;
            if !types.contains(&kind) {
                types.push(kind);
            }
        }
        let mut stages = Vec::new();
        for s in &self.stages {
            let s = s.trim();
            let stage = Stage::parse(s).with_context(|| {
                format!(
                    "--stages {s}: unknown stage (expected {})",
                    Stage::ALL.map(|x| x.id()).join(", ")
                )
            })?;
            if !stages.contains(&stage) {
                stages.push(stage);
            }
        }
        Ok(Filter {
            types,
            stages,
            min_weight: self.min_weight.unwrap_or(0),
            max_nodes: self.max_nodes,
            around: self.around.clone(),
            depth: self.depth,
        })
    }

    /// Loads a graph.json and applies the filters.
    pub fn load(&self, path: &Path) -> Result<GraphJson> {
        let filter = self.to_filter()?;
        let g = GraphJson::load(path)?;
        if filter.is_empty() {
            return Ok(g);
        }
        Ok(export::filter::apply(&g, &filter)?)
    }
}

/// Converts a graph.json.
pub fn run(a: &ExportArgs) -> Result<ExitCode> {
    let format = super::build::parse_formats(std::slice::from_ref(&a.format))?[0];
    let g = a.filter.load(&a.graph)?;
    let written = write(format, &g, &a.out)?;
    if !a.quiet {
        eprintln!(
            "lithkg: {} nodes, {} links -> {}",
            g.nodes.len(),
            g.links.len(),
            written.display()
        );
    }
    Ok(ExitCode::SUCCESS)
}

/// Writes one format to `out`, each file streamed to disk; returns the path written.
pub fn write(format: Format, g: &GraphJson, out: &Path) -> Result<PathBuf> {
    if !format.is_dir() {
        let path = if out.is_dir() {
            out.join(format.file_name())
        } else {
            out.to_path_buf()
        };
        let part = &format.parts()[0];
        export::write_atomic_with(&path, |w| part.write(g, w))
            .with_context(|| format!("{}: cannot write", path.display()))?;
        return Ok(path);
    }
    if out.exists() && !out.is_dir() {
        bail!(
            "{}: is a file; --format {} writes a directory",
            out.display(),
            format.name()
        );
    }
    let staged = || -> lithkg::error::Result<()> {
        let mut staged = export::Staged::new(out)?;
        for part in format.parts() {
            staged.add_with(part.name, |w| part.write(g, w))?;
        }
        staged.commit()
    };
    staged().with_context(|| format!("{}: cannot write", out.display()))?;
    Ok(out.to_path_buf())
}
