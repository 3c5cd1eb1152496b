//! The lithkg binary: parses the command line and runs one subcommand.

mod cli;
mod cmd;

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = cli::Cli::parse();
    match cmd::run(cli) {
        Ok(code) => code,
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
