//! The compiler: scope analysis, then code objects, plus the disassembler.

pub mod code;
pub mod compiler;
pub mod disasm;
pub mod opcode;
pub mod peephole;
pub mod symtable;

pub use compiler::{compile_dynamic, compile_module, compile_module_with, CompileMode};
