//! The compiler: scope analysis, then code objects, plus the disassembler.

pub mod code;
pub mod compiler;
pub mod disasm;
pub mod opcode;
pub mod peephole;
pub mod symtable;

pub use compiler::{compile_dynamic, compile_module, compile_module_with, CompileMode};

/// `-O` (1: assert statements are left out) and `-OO` (2: docstrings too);
/// set once by the command line before anything is compiled.
pub static OPTIMIZE: std::sync::atomic::AtomicU8 = std::sync::atomic::AtomicU8::new(0);

/// The `-O` level in force.
pub fn optimize() -> u8 {
    OPTIMIZE.load(std::sync::atomic::Ordering::Relaxed)
}
