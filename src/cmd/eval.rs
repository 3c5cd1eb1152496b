//! `lithkg eval`: precision, recall and F1 against gold files.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result, bail};
use clap::Args;
use lithkg::eval::{self, DocScore, Gold, Prf, Report};
use lithkg::export::GraphJson;
use lithkg::graph::KnowledgeGraph;
use lithkg::lexicon::Lexicon;
use lithkg::pipeline;
use lithkg::read;

/// `lithkg eval`.
#[derive(Debug, Args)]
pub struct EvalArgs {
    /// A directory of NAME.gold.json files with their documents, or one gold file.
    #[arg(long, value_name = "DIR|FILE")]
    pub gold: PathBuf,
    /// Score this graph.json (built earlier) instead of running the extraction.
    #[arg(long, value_name = "FILE")]
    pub graph: Option<PathBuf>,
    /// Print the report as JSON.
    #[arg(long)]
    pub json: bool,
    /// List every miss and every extra item.
    #[arg(long, short)]
    pub verbose: bool,
    /// Which documents of a directory: all, tuned (not in HELDOUT) or heldout.
    #[arg(long, default_value = "all", value_parser = ["all", "tuned", "heldout"])]
    pub split: String,
}

/// Scores extraction on gold files.
pub fn run(a: &EvalArgs, lex: &Lexicon) -> Result<ExitCode> {
    let scores = scores(a, lex)?;
    let report = eval::report(&scores, a.verbose);
    let mut out = std::io::stdout().lock();
    if a.json {
        serde_json::to_writer_pretty(&mut out, &report)?;
        writeln!(out)?;
    } else {
        print_table(&mut out, &report, a.verbose)?;
    }
    Ok(ExitCode::SUCCESS)
}

/// The score of every selected gold document.
pub fn scores(a: &EvalArgs, lex: &Lexicon) -> Result<Vec<DocScore>> {
    if let Some(graph) = &a.graph {
        if a.gold.is_dir() {
            bail!(
                "{}: --graph scores one gold file, not a directory",
                a.gold.display()
            );
        }
        let gold = Gold::load(&a.gold)?;
        let g = GraphJson::load(graph)?;
        let id = stem(&gold.document);
        let known = g.graph.documents.iter().any(|d| d.id == id);
        if !known {
            bail!(
                "{}: the graph holds no document `{id}` (it has: {})",
                graph.display(),
                g.graph
                    .documents
                    .iter()
                    .map(|d| d.id.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            );
        }
        return Ok(vec![eval::score(&gold, &g, &id)]);
    }
    let pairs = if a.gold.is_dir() {
        let held = eval::heldout(&a.gold);
        eval::gold_files(&a.gold)?
            .into_iter()
            .filter(|(g, _)| {
                let name = g.file_name().and_then(|n| n.to_str()).unwrap_or("");
                let stem = name.trim_end_matches(".gold.json");
                match a.split.as_str() {
                    "tuned" => !held.contains(stem),
                    "heldout" => held.contains(stem),
                    _ => true,
                }
            })
            .collect()
    } else {
        let gold = Gold::load(&a.gold)?;
        let dir = a.gold.parent().map(PathBuf::from).unwrap_or_default();
        vec![(a.gold.clone(), dir.join(&gold.document))]
    };
    let mut seen = std::collections::HashSet::new();
    let mut out = Vec::new();
    for (gold_path, doc_path) in pairs {
        let gold = Gold::load(&gold_path)?;
        let doc = read::read(&read::Source::File(doc_path.clone()))
            .with_context(|| format!("{}: cannot read its document", gold_path.display()))?;
        let analysis = pipeline::analyze(&doc, lex);
        let dg = analysis.to_doc_graph(lex);
        // A document that appears twice in a corpus is counted once.
        if !seen.insert(dg.content_hash.clone()) {
            continue;
        }
        let mut g = KnowledgeGraph::new(usize::MAX);
        let id = dg.info.id.clone();
        g.merge(dg);
        g.finish();
        out.push(eval::score(&gold, &GraphJson::from_graph(&g), &id));
    }
    Ok(out)
}

fn stem(document: &str) -> String {
    std::path::Path::new(document)
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}

fn row(out: &mut impl Write, name: &str, p: &Prf) -> std::io::Result<()> {
    writeln!(
        out,
        "{:<24} {:>9.3} {:>9.3} {:>9.3}",
        name, p.precision, p.recall, p.f1
    )
}

/// Prints the report as a table.
pub fn print_table(out: &mut impl Write, r: &Report, verbose: bool) -> std::io::Result<()> {
    writeln!(
        out,
        "{:<24} {:>9} {:>9} {:>9}",
        "", "precision", "recall", "F1"
    )?;
    row(out, "entities", &r.overall.entities)?;
    row(out, "entities (untyped)", &r.overall.entities_untyped)?;
    row(out, "relations", &r.overall.relations)?;
    row(out, "facts", &r.overall.facts)?;
    writeln!(out, "\nby entity type")?;
    for (k, p) in &r.by_entity_type {
        row(out, k, p)?;
    }
    writeln!(out, "\nby relation")?;
    for (k, p) in &r.by_relation {
        row(out, k, p)?;
    }
    writeln!(out, "\nby document (F1: entities, relations, facts)")?;
    for d in &r.documents {
        writeln!(
            out,
            "{:<40} {:>6.3} {:>6.3} {:>6.3}",
            d.document, d.scores.entities.f1, d.scores.relations.f1, d.scores.facts.f1
        )?;
        if verbose {
            for m in &d.misses {
                writeln!(out, "    miss  {m}")?;
            }
            for x in &d.extras {
                writeln!(out, "    extra {x}")?;
            }
        }
    }
    Ok(())
}
