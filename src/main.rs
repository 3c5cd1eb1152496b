//! The lithkg binary: parses the command line and runs one subcommand.

mod cli;
mod cmd;

use std::process::ExitCode;

use clap::Parser;

// The pipeline allocates many short strings per sentence on every thread; mimalloc
// serves them from thread-local pages, where glibc malloc spent ~12% of a build
// (bench/RESULTS.md) and fragmented the heap across rayon's threads.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = cli::Cli::parse();
    match cmd::run(cli) {
        Ok(code) => code,
        // A closed pipe (lithkg eval | head) is the reader's choice, not an error.
        Err(e)
            if e.chain().any(|c| {
                c.downcast_ref::<std::io::Error>()
                    .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            }) =>
        {
            ExitCode::SUCCESS
        }
        Err(e) => {
            // One line: what failed and why, innermost cause last.
            let msg = e
                .chain()
                .map(|c| c.to_string())
                .collect::<Vec<_>>()
                .join(": ");
            eprintln!("lithkg: error: {msg}");
            ExitCode::from(1)
        }
    }
}
