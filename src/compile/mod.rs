//! The compiler: scope analysis, then code objects, plus the disassembler.

pub mod code;
pub mod code_attrs;
pub mod compiler;
pub mod disasm;
pub mod future;
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

/// Runs `f` (parsing and compiling, which recurse once per nesting level of
/// an expression) on a helper thread with a big stack when the source is
/// long enough to nest deeper than a spawned interpreter thread's 8 MB stack
/// allows (`syntax::MAX_EXPR_DEPTH` levels need far more than 8 MB). Short
/// sources run here, as does everything when that thread cannot start (a
/// tight `ulimit -v`).
pub fn on_big_stack<T: Send>(src_len: usize, f: impl FnOnce() -> T + Send) -> T {
    const BIG_STACK: usize = 512 << 20;
    if src_len < 2048 {
        return f();
    }
    let job = std::sync::Mutex::new(Some(f));
    let take = || job.lock().unwrap_or_else(|p| p.into_inner()).take();
    std::thread::scope(|s| {
        let spawned = std::thread::Builder::new().stack_size(BIG_STACK).spawn_scoped(s, || take().map(|f| f()));
        let done = match spawned {
            Ok(h) => h.join().unwrap_or_else(|p| std::panic::resume_unwind(p)),
            Err(_) => None,
        };
        match done {
            Some(r) => r,
            None => match take() {
                Some(f) => f(),
                None => unreachable!("the compile job ran on neither thread"),
            },
        }
    })
}
