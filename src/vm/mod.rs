//! The virtual machine: shared interpreter state, per-thread state, and the
//! evaluation loop.
//!
//! **Invariant:** all per-thread state (frames in flight, the handled
//! exception, recursion depth) lives in a `Vm` passed explicitly as `&mut Vm`;
//! what threads share lives in `Interp` behind an `Arc`.

pub mod attr;
pub mod caches;
pub mod call;
pub mod classic;
pub mod collector;
pub mod deadlock;
pub mod dynamic;
pub mod eval;
pub mod finalize;
pub mod frame;
pub mod funcattr;
pub mod gil;
pub mod import;
pub mod import_hooks;
pub mod interp;
pub mod item;
pub mod iterate;
pub mod ops;
pub mod probe;
pub mod profiler;
pub mod reclass;
pub mod report;
pub mod source;
pub mod threads;
pub mod trace;

pub use eval::Exit;
pub use frame::Frame;
pub use interp::Interp;

use std::sync::Arc;

use crate::object::exception::ExcState;
use crate::object::{ExcKind, PyErr, PyResult};

/// Per-thread interpreter state (CPython's PyThreadState).
pub struct Vm {
    pub interp: Arc<Interp>,
    /// Python frames active on this thread (the recursion depth).
    pub depth: usize,
    /// The class being made is classic: it keeps its body's namespace dict
    /// itself, as 2.7's classic classes do (a copy could iterate in another
    /// order), where a new-style class copies it.
    pub keep_namespace: bool,
    /// Exceptions being handled, innermost last (`sys.exc_info()`, bare `raise`).
    pub exc_stack: Vec<ExcState>,
    /// Lowest stack address this thread may use before raising RuntimeError.
    stack_limit: usize,
    /// Recycled frame states (emptied, capacity kept) for new frames. Boxed
    /// because frames hold them boxed: recycling moves a pointer.
    #[allow(clippy::vec_box)]
    pub(crate) state_pool: Vec<Box<frame::FrameState>>,
    /// One entry per active Python frame, outermost first: the address of
    /// its globals and the site its caller was at when it started it. Plain
    /// integers (no reference counts), read only by `sys._getframe`.
    pub(crate) callers: Vec<(usize, threads::Site)>,
    /// Containers whose repr is being built (to print `[...]` for cycles).
    pub(crate) repr_active: Vec<usize>,
    /// Instructions left before the next periodic GIL release (policy `old`;
    /// 0 under the other policies).
    pub(crate) tick_budget: u32,
    /// `thread.get_ident()` of this thread.
    pub ident: u64,
    /// Per-thread cache of LoadGlobal results.
    pub(crate) gcache: Vec<Option<GlobalSlot>>,
    /// Per-thread cache of LoadMethod results.
    pub(crate) mcache: Vec<Option<MethodSlot>>,
    /// Per-thread hints for attribute loads from instance dicts: for each
    /// LoadAttr site (hashed), the entry index where the name was last
    /// found. Only a guess, checked under the dict's lock (`Dict::get_hinted`).
    pub(crate) attr_hints: Vec<u32>,
    /// This thread's entry in the interpreter's thread table.
    pub record: Arc<threads::ThreadRecord>,
    /// The last call instruction executed: where a blocking call was made.
    pub(crate) site: threads::Site,
    /// Instructions executed (counted only under `-X gil-stats`).
    pub(crate) instructions: u64,
    pub(crate) clock: probe::ProbeClock,
    /// The `_profiler` module's state while profiling this thread.
    pub profiler: Option<Box<profiler::Profiler>>,
    /// `sys.settrace` / `sys.setprofile` functions of this thread.
    pub tracer: Option<Box<trace::Tracer>>,
    /// Set by `raise t, v, tb`: the raising frame is not added to the given
    /// traceback (CPython's WHY_RERAISE).
    pub(crate) raised_with_tb: bool,
}

/// Entries of the per-thread LoadGlobal cache (a power of two).
pub(crate) const GLOBAL_CACHE_SIZE: usize = 512;

/// `Vm::attr_hints` has `1 << HINT_BITS` entries (16 KiB per thread).
pub(crate) const HINT_BITS: u32 = 12;

/// A cached global lookup, valid while both dicts keep their versions. The
/// strong references keep the addresses from being reused while cached.
pub(crate) struct GlobalSlot {
    pub code: Arc<crate::object::Code>,
    pub idx: u32,
    pub globals: Arc<crate::object::Dict>,
    pub gver: u64,
    pub bver: u64,
    /// Found in the builtins, when the globals' keys had version `kver`:
    /// still valid after a store to another global (`gver` moved on) while
    /// no key was added to the globals.
    pub builtin: bool,
    pub kver: u64,
    /// The globals' entry index where the name was found (`Dict::get_hinted`).
    pub at: u32,
    /// Null when not held (`caches::weakly_watched`) or let go by a store.
    pub value: crate::object::Value,
}

/// A cached LoadMethod result, valid while no class changes (the class
/// epoch) for receivers of exactly this class.
pub(crate) struct MethodSlot {
    pub code: Arc<crate::object::Code>,
    pub pc: u32,
    pub class: Arc<crate::object::Class>,
    pub epoch: u64,
    pub value: crate::object::Value,
}

/// Python frames live on the heap, so a recursion limit raised past reason
/// (`sys.setrecursionlimit(10**9)`) would recurse until memory runs out and
/// the allocator aborts; past this many frames a thread gets RuntimeError
/// whatever the limit says (CPython would crash on its C stack long before).
const MAX_FRAMES: usize = 1_000_000;

/// Bytes of Rust stack kept free below the limit.
const STACK_MARGIN: usize = 256 * 1024;

impl Vm {
    /// A thread state for the current OS thread, whose stack is `stack_size`
    /// bytes, registered in the thread table by whoever started the thread.
    pub fn new(interp: Arc<Interp>, stack_size: usize, record: Arc<threads::ThreadRecord>) -> Vm {
        let here = 0u8;
        let addr = &here as *const u8 as usize;
        let stack_limit = addr.saturating_sub(stack_size.saturating_sub(STACK_MARGIN));
        let tick_budget = if interp.gil.policy == gil::Policy::Old { interp.gil.check_interval() as u32 } else { 0 };
        let ident = record.ident;
        Vm {
            interp,
            depth: 0,
            keep_namespace: false,
            exc_stack: Vec::new(),
            stack_limit,
            state_pool: Vec::new(),
            callers: Vec::new(),
            repr_active: Vec::new(),
            tick_budget,
            ident,
            gcache: (0..GLOBAL_CACHE_SIZE).map(|_| None).collect(),
            mcache: (0..GLOBAL_CACHE_SIZE).map(|_| None).collect(),
            attr_hints: vec![u32::MAX; 1 << HINT_BITS],
            record,
            site: 0,
            raised_with_tb: false,
            instructions: 0,
            clock: probe::ProbeClock::default(),
            profiler: None,
            tracer: None,
        }
    }

    /// Raises RuntimeError before the Rust stack runs out (deep recursion
    /// through native code such as `repr` or `sorted(key=...)`).
    #[inline]
    pub fn check_stack(&self) -> PyResult<()> {
        let here = 0u8;
        if (&here as *const u8 as usize) < self.stack_limit {
            return Err(PyErr::new(ExcKind::RuntimeError, "maximum recursion depth exceeded"));
        }
        Ok(())
    }

    /// Counts one more Python frame; fails past `sys.getrecursionlimit()`.
    #[inline]
    pub fn enter(&mut self) -> PyResult<()> {
        if self.depth >= self.interp.recursion_limit().min(MAX_FRAMES) {
            return Err(PyErr::new(ExcKind::RuntimeError, "maximum recursion depth exceeded"));
        }
        self.check_stack()?;
        self.depth += 1;
        Ok(())
    }

    /// Counts one level of native recursion (repr or comparison of nested
    /// containers) toward the recursion limit; `what` ends the message.
    #[inline]
    pub fn enter_nested(&mut self, what: &str) -> PyResult<()> {
        if self.depth >= self.interp.recursion_limit().min(MAX_FRAMES) {
            return Err(PyErr::new(ExcKind::RuntimeError, format!("maximum recursion depth exceeded{}", what)));
        }
        self.check_stack()?;
        self.depth += 1;
        Ok(())
    }

    pub fn is_main_thread(&self) -> bool {
        self.ident == self.interp.main_ident
    }

    /// `callable(v)`
    pub fn is_callable(&self, v: &crate::object::Value) -> bool {
        use crate::object::{Object, Value};
        match v {
            Value::Func(_) | Value::Builtin(_) | Value::Class(_) => true,
            Value::Instance(i) => i.class().lookup_str("__call__").is_some(),
            Value::Other(o) => matches!(&**o, Object::BoundMethod { .. } | Object::UnboundMethod { .. }),
            _ => false,
        }
    }

    #[inline]
    pub fn leave(&mut self) {
        self.depth = self.depth.saturating_sub(1);
    }
}
