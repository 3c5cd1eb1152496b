//! Writes a deterministic corpus of generated Chinese lithium-industry news for
//! benchmarks (never gold): `cargo run --release --example gen_corpus -- --out DIR
//! --mb N [--seed S] [--docs-per-file K] [--lexicon DIR]`.
//!
//! Files go to `DIR/NNNN/doc-NNNNNNNN.txt` (every 29th an `.html` page), 1,000 per
//! folder. The same seed, size and lexicon give the same bytes.

#[path = "../benches/common/corpus.rs"]
mod corpus;

use std::io::Write;
use std::path::PathBuf;
use std::time::Instant;

use lithkg::lexicon::Lexicon;

fn usage() -> ! {
    eprintln!("usage: gen_corpus --out DIR --mb N [--seed S] [--docs-per-file K] [--lexicon DIR]");
    std::process::exit(2)
}

fn main() -> std::io::Result<()> {
    let mut out: Option<PathBuf> = None;
    let mut mb: Option<f64> = None;
    let mut seed: u64 = 7;
    let mut per_file: usize = 1;
    let mut lexicon: Option<PathBuf> = None;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let mut val = || args.next().unwrap_or_else(|| usage());
        match a.as_str() {
            "--out" => out = Some(val().into()),
            "--mb" => mb = Some(val().parse().unwrap_or_else(|_| usage())),
            "--seed" => seed = val().parse().unwrap_or_else(|_| usage()),
            "--docs-per-file" => per_file = val().parse().unwrap_or_else(|_| usage()),
            "--lexicon" => lexicon = Some(val().into()),
            "-h" | "--help" => usage(),
            _ => usage(),
        }
    }
    let (Some(out), Some(mb)) = (out, mb) else {
        usage()
    };
    if mb <= 0.0 || per_file == 0 {
        usage();
    }
    let lex = match &lexicon {
        Some(d) => Lexicon::load(d),
        None => Lexicon::builtin(),
    }
    .unwrap_or_else(|e| {
        eprintln!("gen_corpus: {e}");
        std::process::exit(1)
    });
    let t = Instant::now();
    let vocab = corpus::Vocab::new(&lex, seed);
    let bytes = (mb * 1_000_000.0) as u64;
    std::fs::create_dir_all(&out)?;
    let mut last_dir = String::new();
    let (files, total) = corpus::generate(&vocab, seed, bytes, per_file, |f| {
        let path = out.join(&f.path);
        let dir = f.path.split('/').next().unwrap_or_default();
        if dir != last_dir {
            std::fs::create_dir_all(path.parent().expect("file in a folder"))?;
            last_dir = dir.to_string();
        }
        let mut w = std::fs::File::create(&path)?;
        w.write_all(f.text.as_bytes())
    })?;
    eprintln!(
        "gen_corpus: {files} files, {total} bytes ({:.1} MB), {} articles per text file, seed {seed} -> {} in {:.1}s",
        total as f64 / 1e6,
        per_file,
        out.display(),
        t.elapsed().as_secs_f64()
    );
    Ok(())
}
