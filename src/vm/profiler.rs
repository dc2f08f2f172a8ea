//! The deterministic profiler behind `cProfile` and `profile`: per-thread
//! call counts and times of Python code objects. The evaluation loop's
//! driver (`Vm::execute`) reports frame entries and exits when the thread's
//! `Vm::profiler` is set: one branch per call, nothing per instruction.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Instant;

use crate::object::Code;

/// Totals for one code object.
pub struct Entry {
    pub code: Arc<Code>,
    pub ncalls: u64,
    /// Calls that were not recursive (no activation of the same code below).
    pub primcalls: u64,
    /// Time in the code itself, callees excluded.
    pub tottime: f64,
    /// Time from entry to exit of the outermost activations.
    pub cumtime: f64,
    depth: u32,
}

struct Active {
    id: u32,
    start: Instant,
    /// Time spent in callees of this activation.
    sub: f64,
}

#[derive(Default)]
pub struct Profiler {
    stack: Vec<Active>,
    pub entries: HashMap<u32, Entry>,
}

impl Profiler {
    pub fn enter(&mut self, code: &Arc<Code>) {
        let e = self.entries.entry(code.id).or_insert_with(|| Entry {
            code: code.clone(),
            ncalls: 0,
            primcalls: 0,
            tottime: 0.0,
            cumtime: 0.0,
            depth: 0,
        });
        e.ncalls += 1;
        e.depth += 1;
        if e.depth == 1 {
            e.primcalls += 1;
        }
        self.stack.push(Active { id: code.id, start: Instant::now(), sub: 0.0 });
    }

    /// The innermost activation ended (returned, raised or yielded). Frames
    /// entered before profiling started find the stack empty and are ignored.
    pub fn exit(&mut self) {
        let Some(a) = self.stack.pop() else { return };
        let elapsed = a.start.elapsed().as_secs_f64();
        if let Some(e) = self.entries.get_mut(&a.id) {
            e.tottime += elapsed - a.sub;
            if e.depth == 1 {
                e.cumtime += elapsed;
            }
            e.depth = e.depth.saturating_sub(1);
        }
        if let Some(parent) = self.stack.last_mut() {
            parent.sub += elapsed;
        }
    }
}
