//! Frames: one activation of a code object, living on the heap.

use std::sync::Arc;

use crate::object::function::Cell;
use crate::object::{Code, Dict, Value};

/// An active exception handler (`try`, `with`).
#[derive(Clone, Copy, Debug)]
pub struct Block {
    /// Where the handler starts.
    pub handler: u32,
    /// Value-stack length to unwind to before pushing the exception.
    pub stack_len: u32,
}

pub struct Frame {
    pub code: Arc<Code>,
    pub state: FrameState,
}

/// Everything of a frame but its code, so that the dispatch loop can borrow
/// the code immutably while it changes the rest.
pub struct FrameState {
    /// Index of the next instruction.
    pub pc: usize,
    /// Fast locals (`code.varnames.len()` slots, `Null` when unbound), then
    /// the value stack.
    pub regs: Vec<Value>,
    pub cells: Vec<Arc<Cell>>,
    pub globals: Arc<Dict>,
    /// The namespace of a class body (None for functions and modules).
    pub locals: Option<Arc<Dict>>,
    pub blocks: Vec<Block>,
    /// Length of the thread's handled-exception stack when the frame started.
    pub exc_depth: usize,
}

impl std::ops::Deref for Frame {
    type Target = FrameState;
    #[inline(always)]
    fn deref(&self) -> &FrameState {
        &self.state
    }
}

impl std::ops::DerefMut for Frame {
    #[inline(always)]
    fn deref_mut(&mut self) -> &mut FrameState {
        &mut self.state
    }
}

impl Frame {
    pub fn new(code: Arc<Code>, state: FrameState) -> Frame {
        Frame { code, state }
    }
    /// The line being executed.
    pub fn line(&self) -> u32 {
        self.code.line_at(self.pc.saturating_sub(1))
    }
}

impl FrameState {
    #[inline]
    pub fn push(&mut self, v: Value) {
        self.regs.push(v)
    }
    #[inline]
    pub fn pop(&mut self) -> Value {
        self.regs.pop().unwrap_or(Value::None)
    }
    #[inline]
    pub fn top(&self) -> &Value {
        self.regs.last().unwrap_or(&Value::None)
    }
}
