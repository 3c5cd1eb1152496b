//! The limit a lithkg build cannot beat: read every document of the inputs and
//! run the lexicon's Aho-Corasick automaton ([`Lexicon::scan`]) over its bytes,
//! counting matches, on one thread, with no other stage.
//!
//! `cargo run --release --example scan_only -- [--lexicon DIR] INPUT...`
//! prints files, bytes, matches, the time spent scanning and MB/s.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use lithkg::lexicon::Lexicon;
use lithkg::read::{self, Source};

fn main() {
    let mut inputs: Vec<PathBuf> = Vec::new();
    let mut lexicon: Option<PathBuf> = None;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        if a == "--lexicon" {
            lexicon = args.next().map(PathBuf::from);
        } else {
            inputs.push(a.into());
        }
    }
    if inputs.is_empty() {
        eprintln!("usage: scan_only [--lexicon DIR] INPUT...");
        std::process::exit(2);
    }
    let t0 = Instant::now();
    let lex = match &lexicon {
        Some(d) => Lexicon::load(d),
        None => Lexicon::builtin(),
    }
    .unwrap_or_else(|e| {
        eprintln!("scan_only: {e}");
        std::process::exit(1)
    });
    let lexicon_time = t0.elapsed();
    let sources = read::discover(&inputs).unwrap_or_else(|e| {
        eprintln!("scan_only: {e}");
        std::process::exit(1)
    });
    let (mut files, mut bytes, mut matches) = (0u64, 0u64, 0u64);
    let mut scan_time = Duration::ZERO;
    for src in &sources {
        let Source::File(path) = src else { continue };
        let raw = match std::fs::read(path) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("scan_only: {}: {e}", path.display());
                continue;
            }
        };
        let text = String::from_utf8_lossy(&raw);
        let t = Instant::now();
        matches += lex.scan(&text).len() as u64;
        scan_time += t.elapsed();
        files += 1;
        bytes += raw.len() as u64;
    }
    let total = t0.elapsed();
    println!(
        "scan_only: {files} files, {bytes} bytes, {matches} matches; lexicon {:.2}s, scan {:.2}s ({:.1} MB/s), total {:.2}s ({:.1} MB/s)",
        lexicon_time.as_secs_f64(),
        scan_time.as_secs_f64(),
        bytes as f64 / 1e6 / scan_time.as_secs_f64(),
        total.as_secs_f64(),
        bytes as f64 / 1e6 / total.as_secs_f64()
    );
}
