//! Helpers shared by the integration tests.

#![allow(dead_code)]

use std::path::{Path, PathBuf};

use assert_cmd::Command;

/// The built binary.
pub fn lithkg() -> Command {
    Command::cargo_bin("lithkg").expect("binary is built")
}

/// A fixture file under tests/fixtures.
pub fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

/// A file of the repository.
pub fn repo(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

/// True when external tools must be present (CI sets LITHKG_REQUIRE_TOOLS=1).
pub fn require_tools() -> bool {
    std::env::var("LITHKG_REQUIRE_TOOLS").is_ok_and(|v| v == "1")
}

/// Whether a program can be run; when it cannot, says why the test skips, or
/// fails when tools are required.
pub fn have_tool(program: &str, args: &[&str], package: &str) -> bool {
    let ok = std::process::Command::new(program)
        .args(args)
        .output()
        .is_ok_and(|o| o.status.success());
    if !ok {
        assert!(
            !require_tools(),
            "{program} is required (LITHKG_REQUIRE_TOOLS=1) but not available; install {package}"
        );
        eprintln!("skipping: {program} not available (install {package})");
    }
    ok
}
