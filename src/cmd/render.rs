//! `lithkg render`: Graphviz's `dot` turns a graph into a picture.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, ExitCode, Stdio};

use anyhow::{Context, Result, bail};
use clap::Args;
use lithkg::export::{self, GraphJson};

/// `lithkg render`.
#[derive(Debug, Args)]
pub struct RenderArgs {
    /// A graph.json or graph.dot.
    #[arg(value_name = "GRAPH")]
    pub graph: PathBuf,
    /// Picture format.
    #[arg(long, short, value_parser = ["svg", "png", "pdf"], default_value = "svg")]
    pub format: String,
    /// Output file.
    #[arg(long, short, value_name = "FILE")]
    pub out: PathBuf,
    /// Resolution of PNG output, in dots per inch.
    #[arg(long, default_value_t = 96)]
    pub dpi: u32,
}

/// Renders with Graphviz.
pub fn run(a: &RenderArgs) -> Result<ExitCode> {
    let dot_text = if a.graph.extension().and_then(|e| e.to_str()) == Some("dot") {
        std::fs::read_to_string(&a.graph)
            .with_context(|| format!("{}: cannot read", a.graph.display()))?
    } else {
        export::dot::to_dot(&GraphJson::load(&a.graph)?)
    };
    let bytes = run_dot(&dot_text, &a.format, a.dpi)?;
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
