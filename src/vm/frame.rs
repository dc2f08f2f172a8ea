//! Frames: one activation of a code object, living on the heap.

use std::sync::{Arc, OnceLock};

use crate::object::class::{types, Class};
use crate::object::exception::ExcState;
use crate::object::function::{Cell, Function};
use crate::object::{Code, Dict, Object, Value};

/// The exception a `finally` clause runs for, kept on the value stack with
/// its traceback until the Reraise at the end of the clause.
pub fn pending_exception(state: ExcState) -> Value {
    static CLASS: OnceLock<Arc<Class>> = OnceLock::new();
    let class = CLASS.get_or_init(|| {
        Class::new("pending_exception", vec![types().object.clone()], Arc::new(Dict::new()), false)
            .expect("a class with one base always linearizes")
    });
    Value::other(Object::Native { class: class.clone(), data: Box::new(state) })
}

/// The exception state inside a `pending_exception` value.
pub fn take_pending(v: &Value) -> Option<ExcState> {
    v.native::<ExcState>().map(|s| ExcState { value: s.value.clone(), traceback: s.traceback.clone() })
}

/// An active exception handler (`try`, `with`).
#[derive(Clone, Copy, Debug)]
pub struct Block {
    /// Where the handler starts.
    pub handler: u32,
    /// Value-stack length to unwind to before pushing the exception.
    pub stack_len: u32,
}

pub struct Frame {
    /// The function being run (module code runs as a function too): its code
    /// and globals. Moved in from the caller's stack, so a call costs no
    /// reference-count traffic on the code object or the globals.
    pub func: Arc<Function>,
    /// Boxed so that a frame moves as two words between the dispatch loop
    /// and its driver; finished states are recycled through `Vm::state_pool`
    /// with their vectors' capacity.
    pub state: Box<FrameState>,
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
    /// The namespace of a class body (None for functions and modules).
    pub locals: Option<Arc<Dict>>,
    /// eval/exec given a locals mapping that is not a plain dict: name
    /// lookups in the code's own scope go through its `__getitem__` & co.
    pub locals_map: Option<Value>,
    pub blocks: Vec<Block>,
    /// Length of the thread's handled-exception stack when the frame started.
    pub exc_depth: usize,
    /// The frame runs `__init__` for an instance made by the dispatch loop
    /// (`Vm::init_frame`): the instance already waits on the caller's stack,
    /// so the frame's result is checked to be None and dropped.
    pub init: bool,
    /// The frame object `sys._getframe` made for this frame: its `f_locals`
    /// gets the frame's last values when the frame ends (`sys_frames`).
    pub shown: Option<Arc<crate::object::Instance>>,
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
    pub fn new(func: Arc<Function>, state: Box<FrameState>) -> Frame {
        Frame { func, state }
    }
    pub fn code(&self) -> &Arc<Code> {
        &self.func.code
    }
    pub fn globals(&self) -> &Arc<Dict> {
        &self.func.globals
    }
    /// The line being executed.
    pub fn line(&self) -> u32 {
        self.func.code.line_at(self.pc.saturating_sub(1))
    }
}

impl FrameState {
    /// An empty state: no registers, cells, locals or blocks.
    pub fn empty() -> FrameState {
        FrameState {
            pc: 0,
            regs: Vec::new(),
            cells: Vec::new(),
            locals: None,
            locals_map: None,
            blocks: Vec::new(),
            exc_depth: 0,
            init: false,
            shown: None,
        }
    }
    #[inline]
    pub fn push(&mut self, v: Value) {
        self.regs.push(v)
    }
    #[inline]
    pub fn pop(&mut self) -> Value {
        // Not `unwrap_or(Value::None)`: where this is not inlined, the
        // unused default was built and dropped (a call) on every pop.
        self.regs.pop().unwrap_or_else(|| Value::None)
    }
    #[inline]
    pub fn top(&self) -> &Value {
        self.regs.last().unwrap_or(&Value::None)
    }
}
