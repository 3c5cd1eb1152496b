//! `lithkg build`: documents in, graph files out, written atomically.

use std::io::IsTerminal;
use std::process::ExitCode;
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};
use lithkg::export::{self, Format, GraphJson};
use lithkg::lexicon::Lexicon;
use lithkg::pipeline::{self, BuildOptions};
use lithkg::read::{self, Source};

use crate::cli::BuildArgs;

/// Builds the graph of every input and writes the chosen formats into `--out`;
/// `started` is when the command began, before the lexicon was loaded.
pub fn run(a: &BuildArgs, lex: Lexicon, started: Instant) -> Result<ExitCode> {
    let lexicon_time = started.elapsed();
    let formats = parse_formats(&a.format)?;
    // Fail before any work when the output cannot be written.
    check_writable(&a.out)?;

    let mut failures: Vec<String> = Vec::new();
    let mut sources: Vec<Source> = Vec::new();
    for input in &a.inputs {
        match read::discover(std::slice::from_ref(input)) {
            Ok(s) => sources.extend(s),
            Err(e) => failures.push(e.to_string()),
        }
    }
    if sources.iter().filter(|s| **s == Source::Stdin).count() > 1 {
        bail!("-: standard input given more than once");
    }

    let bar = if !a.quiet && sources.len() > 1 && std::io::stderr().is_terminal() {
        let b = indicatif::ProgressBar::new(sources.len() as u64);
        b.set_style(
            indicatif::ProgressStyle::with_template(
                "{spinner} {pos}/{len} documents [{bar:30}] {per_sec} eta {eta}",
            )
            .expect("static template")
            .progress_chars("=> "),
        );
        Some(b)
    } else {
        None
    };
    let tick = |_: &Source| {
        if let Some(b) = &bar {
            b.inc(1);
        }
    };
    let opts = BuildOptions {
        threads: a.jobs,
        evidence_cap: a.evidence_per_edge,
        ..BuildOptions::default()
    };
    let built = pipeline::build(&sources, &lex, &opts, &tick)?;
    // Export needs no lexicon: its automata and segmenter (87 MiB of RSS at
    // start) are freed before the view is built; with freed pages returned
    // at once (main.rs), RSS at 1 GB fell by 33 MiB here (measured at 0e09244).
    drop(lex);
    if let Some(b) = &bar {
        b.finish_and_clear();
    }
    failures.extend(built.failures.iter().map(|e| e.to_string()));
    if built.graph.documents.is_empty() {
        // Nothing to write: a single failure is the error itself, on one line.
        if let [only] = failures.as_slice() {
            bail!("{only}");
        }
        for f in &failures {
            eprintln!("lithkg: skipped {f}");
        }
        bail!("no document could be read; nothing written");
    }
    for f in &failures {
        eprintln!("lithkg: skipped {f}");
    }
    let mut graph = built.graph;
    let duplicates = std::mem::take(&mut graph.duplicates);
    // The graph becomes its JSON view: held once while every format streams
    // from it, and dropped before anything else happens.
    let t = Instant::now();
    let g = GraphJson::from_graph_owned(graph);
    let view_time = t.elapsed();
    let summary = format!(
        "{} document(s), {} nodes, {} links ({} from text), {} facts",
        g.graph.documents.len(),
        g.nodes.len(),
        g.links.len(),
        g.links
            .iter()
            .filter(|l| l.origin == lithkg::model::Origin::Text)
            .count(),
        g.nodes.iter().map(|n| n.facts.len()).sum::<usize>()
    );
    let mut staged = export::Staged::new(&a.out)
        .with_context(|| format!("{}: cannot write output", a.out.display()))?;
    // The formats are written side by side on the build's threads (-j).
    rayon::ThreadPoolBuilder::new()
        .num_threads(a.jobs)
        .build()
        .context("-j: cannot start worker threads")?
        .install(|| export::stage_formats(&mut staged, &formats, &g))
        .with_context(|| format!("{}: cannot write output", a.out.display()))?;
    // The process ends next: freeing the view's millions of small allocations
    // one by one took 4 s of a 1 GB build, for nothing.
    std::mem::forget(g);
    let written = staged.paths();
    let write_times = staged.write_times();
    staged
        .commit()
        .with_context(|| format!("{}: cannot write output", a.out.display()))?;
    if !a.quiet {
        for (dup, first) in &duplicates {
            eprintln!(
                "lithkg: {} repeats {} and was counted once",
                dup.path, first
            );
        }
        eprintln!(
            "lithkg: {summary} -> {}",
            written
                .iter()
                .map(|p| p.display().to_string())
                .collect::<Vec<_>>()
                .join(", ")
        );
    }
    if a.timings {
        let timings = Timings {
            lexicon: lexicon_time,
            build: built.timings,
            view: view_time,
            files: write_times,
            total: started.elapsed(),
        };
        eprintln!("lithkg: timings: {timings}");
    }
    if failures.is_empty() || a.keep_going {
        Ok(ExitCode::SUCCESS)
    } else {
        Ok(ExitCode::from(1))
    }
}

/// The wall time of a build's phases, as `--timings` prints them.
struct Timings {
    lexicon: Duration,
    build: pipeline::BuildTimings,
    view: Duration,
    files: Vec<(String, Duration)>,
    total: Duration,
}

impl std::fmt::Display for Timings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let s = |d: Duration| format!("{:.2} s", d.as_secs_f64());
        write!(
            f,
            "lexicon {}, analysis {} (merging {} of it), finish {}, view {}",
            s(self.lexicon),
            s(self.build.analysis),
            s(self.build.merge),
            s(self.build.finish),
            s(self.view)
        )?;
        // The files are written side by side: each one's own time.
        for (name, took) in &self.files {
            write!(f, ", {name} {}", s(*took))?;
        }
        write!(f, ", total {}", s(self.total))
    }
}

/// Parses `--format` names.
pub fn parse_formats(names: &[String]) -> Result<Vec<Format>> {
    let mut out = Vec::new();
    for n in names {
        let f = Format::parse(n.trim()).with_context(|| {
            format!(
                "--format {n}: unknown format (expected {})",
                Format::ALL.map(|f| f.name()).join(", ")
            )
        })?;
        if !out.contains(&f) {
            out.push(f);
        }
    }
    Ok(out)
}

/// Creates `dir` if needed and checks a file can be created in it.
pub fn check_writable(dir: &std::path::Path) -> Result<()> {
    std::fs::create_dir_all(dir)
        .with_context(|| format!("{}: cannot create output directory", dir.display()))?;
    tempfile::Builder::new()
        .prefix(".lithkg-check")
        .tempfile_in(dir)
        .with_context(|| format!("{}: output directory is not writable", dir.display()))?;
    Ok(())
}
