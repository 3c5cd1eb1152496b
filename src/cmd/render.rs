//! `lithkg render`: Graphviz's `dot` turns a graph into a picture.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, ExitCode, Stdio};

use anyhow::{Context, Result, bail};
use clap::Args;
use lithkg::export;

use super::export::FilterArgs;

/// `lithkg render`.
#[derive(Debug, Args)]
#[command(after_help = super::export::FILTER_HELP)]
pub struct RenderArgs {
    /// A graph.json, or a graph.dot (.dot, .gv).
    #[arg(value_name = "GRAPH")]
    pub graph: PathBuf,
    /// Picture format (default: the extension of --out, else svg).
    #[arg(long, short, value_parser = PICTURE_FORMATS)]
    pub format: Option<String>,
    /// Output file.
    #[arg(long, short, value_name = "FILE")]
    pub out: PathBuf,
    /// Resolution of PNG output, in dots per inch.
    #[arg(long, default_value_t = 96)]
    pub dpi: u32,
    /// Filters (graph.json input only).
    #[command(flatten)]
    pub filter: FilterArgs,
}

/// The formats `render` writes.
pub const PICTURE_FORMATS: [&str; 3] = ["svg", "png", "pdf"];

/// Renders with Graphviz.
pub fn run(a: &RenderArgs) -> Result<ExitCode> {
    let format = match &a.format {
        Some(f) => f.as_str(),
        None => a
            .out
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase)
            .and_then(|e| PICTURE_FORMATS.into_iter().find(|f| *f == e))
            .unwrap_or("svg"),
    };
    let is_dot = matches!(
        a.graph.extension().and_then(|e| e.to_str()),
        Some("dot" | "gv")
    );
    let dot_text = if is_dot {
        if !a.filter.to_filter()?.is_empty() {
            bail!(
                "{}: filters need a graph.json, not a DOT file",
                a.graph.display()
            );
        }
        std::fs::read_to_string(&a.graph)
            .with_context(|| format!("{}: cannot read", a.graph.display()))?
    } else {
        export::dot::to_dot(&a.filter.load(&a.graph)?)
    };
    let bytes = run_dot(&dot_text, format, a.dpi)?;
    export::write_atomic(&a.out, &bytes)
        .with_context(|| format!("{}: cannot write", a.out.display()))?;
    Ok(ExitCode::SUCCESS)
}

/// Runs `dot -T<format>` on DOT text and returns the picture.
pub fn run_dot(dot_text: &str, format: &str, dpi: u32) -> Result<Vec<u8>> {
    let mut child = match Command::new("dot")
        .arg(format!("-T{format}"))
        .arg(format!("-Gdpi={dpi}"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
    {
        Ok(c) => c,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => bail!(
            "Graphviz is not installed (`dot` not found on PATH): install the `graphviz` package, e.g. `apt-get install graphviz`"
        ),
        Err(e) => return Err(e).context("cannot run Graphviz `dot`"),
    };
    let mut stdin = child.stdin.take().context("dot: no stdin")?;
    let input = dot_text.as_bytes().to_vec();
    let writer = std::thread::spawn(move || stdin.write_all(&input));
    let output = child.wait_with_output().context("Graphviz `dot` failed")?;
    let _ = writer.join();
    if !output.status.success() {
        let err = String::from_utf8_lossy(&output.stderr);
        bail!(
            "Graphviz `dot` failed: {}",
            err.lines().next().unwrap_or("no message")
        );
    }
    Ok(output.stdout)
}
