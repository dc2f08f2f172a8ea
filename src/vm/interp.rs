//! State shared by every thread of one interpreter: builtins, `sys.modules`,
//! the recursion limit, and the source text of loaded files (for tracebacks).

use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use parking_lot::Mutex;

use super::gil::{Gil, Policy};
use super::probe::Instruments;
use super::threads::ThreadTable;
use crate::object::module::Module;
use crate::object::{Dict, Object, PyStr, Value};

/// The ident of the main thread; others count up from it.
const MAIN_IDENT: u64 = 140_000_000_000_000;

pub struct Interp {
    pub builtins: Arc<Dict>,
    /// `sys.modules`
    pub modules: Arc<Dict>,
    /// The `sys` module's namespace.
    pub sys: Arc<Dict>,
    recursion_limit: AtomicUsize,
    /// Source text by file name, for the lines of tracebacks.
    sources: Mutex<HashMap<String, Arc<str>>>,
    /// The global interpreter lock.
    pub gil: Gil,
    /// Python handlers set with `signal.signal`, by signal number.
    pub signal_handlers: Mutex<HashMap<i32, Value>>,
    /// Threads started and not yet finished (not counting the main thread).
    pub live_threads: AtomicUsize,
    next_ident: std::sync::atomic::AtomicU64,
    /// The ident of the main thread.
    pub main_ident: u64,
    /// `sys.setcheckinterval`'s argument as given.
    pub check_interval_raw: std::sync::atomic::AtomicI64,
    /// Every live Python thread and what it waits on.
    pub threads: ThreadTable,
    /// The GIL instruments asked for on the command line.
    pub instruments: Instruments,
}

impl Interp {
    /// A fresh interpreter; `argv` becomes `sys.argv`.
    pub fn new(argv: Vec<String>, policy: Policy, instruments: Instruments) -> Arc<Interp> {
        let builtins = Arc::new(Dict::new());
        let modules = Arc::new(Dict::new());
        let sys = Arc::new(Dict::new());
        let interp = Arc::new(Interp {
            builtins: builtins.clone(),
            modules: modules.clone(),
            sys: sys.clone(),
            recursion_limit: AtomicUsize::new(1000),
            sources: Mutex::new(HashMap::new()),
            gil: Gil::new(policy),
            signal_handlers: Mutex::new(HashMap::new()),
            live_threads: AtomicUsize::new(0),
            next_ident: std::sync::atomic::AtomicU64::new(MAIN_IDENT + 1),
            main_ident: MAIN_IDENT,
            check_interval_raw: std::sync::atomic::AtomicI64::new(100),
            threads: ThreadTable::new(instruments.any()),
            instruments,
        });
        if interp.instruments.stats {
            interp.gil.set_always_break();
        }
        crate::modules::builtins::init(&builtins);
        crate::modules::sys::init(&sys, &modules, argv);
        let module = |name: &str, dict: Arc<Dict>| {
            Value::other(Object::Module(Module { name: Arc::new(PyStr::from_str(name)), dict }))
        };
        builtins.set_str("__name__", Value::str("__builtin__"));
        modules.set_str("__builtin__", module("__builtin__", builtins));
        modules.set_str("sys", module("sys", sys));
        interp
    }

    /// A fresh thread ident (`thread.get_ident()`).
    pub fn new_thread_ident(&self) -> u64 {
        self.next_ident.fetch_add(1, Ordering::Relaxed)
    }

    pub fn recursion_limit(&self) -> usize {
        self.recursion_limit.load(Ordering::Relaxed)
    }
    pub fn set_recursion_limit(&self, n: usize) {
        self.recursion_limit.store(n, Ordering::Relaxed)
    }

    pub fn add_source(&self, filename: &str, text: &str) {
        self.sources.lock().insert(filename.to_string(), Arc::from(text));
    }

    /// Line `line` (1-based) of a loaded file, stripped, if known.
    pub fn source_line(&self, filename: &str, line: u32) -> Option<String> {
        let text = self.sources.lock().get(filename).cloned();
        let text = match text {
            Some(t) => t,
            None => Arc::from(std::fs::read_to_string(filename).ok()?.as_str()),
        };
        let l = text.lines().nth(line.checked_sub(1)? as usize)?;
        Some(l.trim().to_string())
    }
}
