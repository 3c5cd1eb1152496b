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

/// `mi_option_purge_delay` in mimalloc v3's `mi_option_e` (include/mimalloc.h); the
/// crate names no constant for it. A unit test checks it still reads v3's default.
const MI_OPTION_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// Returns freed pages to the system at once instead of after mimalloc's delay
/// (1 s, ten times that for whole arenas). A build frees big blocks all along (each
/// grown index leaves its old table behind) and the delay kept them resident: 100 MB
/// of input peaked at 369–375 MiB with the delay and 334–336 MiB without, at the same speed
/// (bench/RESULTS.md). `MIMALLOC_PURGE_DELAY` in the environment still wins.
fn purge_freed_pages_at_once() {
    if std::env::var_os("MIMALLOC_PURGE_DELAY").is_none() {
        // SAFETY: sets one integer option; mimalloc reads options atomically.
        unsafe { libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, 0) };
    }
}

fn main() -> ExitCode {
    purge_freed_pages_at_once();
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Guards the hand-written option index: if mimalloc renumbers its options,
    /// index 15 no longer holds v3's purge delay default of 1000 ms.
    #[test]
    fn purge_delay_index_names_mimallocs_purge_delay() {
        if std::env::var_os("MIMALLOC_PURGE_DELAY").is_some() {
            return;
        }
        // SAFETY: reads one integer option.
        let delay = unsafe { libmimalloc_sys::mi_option_get(MI_OPTION_PURGE_DELAY) };
        assert_eq!(delay, 1000);
    }
}
