//! Integration tests of the `lithkg` binary (one test target; one module per area).

mod cli {
    pub mod build;
    pub mod common;
    pub mod eval;
    pub mod exports;
}
