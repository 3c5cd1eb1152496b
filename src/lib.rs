//! lithkg: a knowledge graph of the lithium-battery industry chain from Chinese news.
//!
//! The pipeline, in order, one module per stage:
//! [`read`] → [`clean`] → [`sentence`] → [`entity`] → [`relation`] → [`resolve`] →
//! [`graph`] → [`export`]. [`pipeline`] runs them on documents; [`eval`] scores
//! the result against gold files; [`spool`] keeps the evidence text of big
//! builds out of memory.

pub mod clean;
pub mod entity;
pub mod error;
pub mod eval;
pub mod export;
pub mod graph;
pub mod lexicon;
pub mod model;
pub mod pipeline;
pub mod read;
pub mod relation;
pub mod resolve;
pub mod sentence;
pub mod spool;

pub use error::{Error, Result};
