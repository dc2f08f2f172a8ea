//! minipy: a small Python 2.7 in Rust, built for studying threads and the GIL.
//!
//! The pipeline: `syntax` (lexer, parser, AST) -> `compile` (scopes, code
//! objects) -> `vm` (the evaluation loop) over `object` (the values), with the
//! native modules in `modules` and text formatting in `text`.

pub mod cli;
pub mod compile;
pub mod modules;
pub mod object;
pub mod repl;
pub mod runner;
pub mod syntax;
pub mod text;
pub mod traceback;
pub mod vm;
