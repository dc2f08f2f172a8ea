//! Finalizers: `__del__` methods and the closing of dropped generators.
//!
//! A value dies inside some `Drop`, which may run anywhere: under a dict's
//! internal lock, in the middle of a native function, during a collection.
//! Python code cannot run there. So the dying object's contents are moved
//! into a fresh object (the old allocation dies as usual, which also kills
//! its weak references, as 2.7 clears them before calling `__del__`), queued
//! on the dropping thread's pending list, and the eval breaker is set: the
//! thread runs the finalizer between two instructions, which in practice is
//! right after the statement that dropped the last reference.
//!
//! Pending work is also drained when a thread ends, at `gc.collect()` and
//! at exit, where `__main__`'s globals are set to None in CPython 2.7's dict
//! order (underscore names first), so that `__del__` methods run as they do
//! under `python2.7 script.py`.

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, OnceLock};

use crate::object::class::Instance;
use crate::object::iter::{GenSlot, Generator};
use crate::object::{Dict, Object, PyErr, PyStr, Value};
use crate::vm::Vm;

/// Finalizers queued on all threads and not yet run: while non-zero the
/// eval breaker stays set (see `Gil::update_breaker`).
pub static PENDING_COUNT: AtomicUsize = AtomicUsize::new(0);

enum Pending {
    /// An instance whose class defines `__del__`.
    Del(Arc<Instance>),
    /// A suspended generator inside a `try` block: closed with GeneratorExit.
    Close(Value),
}

thread_local! {
    static PENDING: RefCell<VecDeque<Pending>> = const { RefCell::new(VecDeque::new()) };
    /// The instance whose last reference `run_pending` is dropping after its
    /// `__del__` ran: its death must not queue `__del__` again.
    static SPARED: Cell<usize> = const { Cell::new(0) };
    /// Nesting of `run_pending` (a `__del__` dropping more objects).
    static DEPTH: Cell<u32> = const { Cell::new(0) };
    /// The exception instance a `raise` statement raised last (to tell
    /// "raised as an instance" from an internal error in reports).
    static RAISED: Cell<usize> = const { Cell::new(0) };
}

fn empty_dict() -> Arc<Dict> {
    static EMPTY: OnceLock<Arc<Dict>> = OnceLock::new();
    EMPTY.get_or_init(|| Arc::new(Dict::new())).clone()
}

fn push(p: Pending) {
    // During thread teardown the list is gone: the object just dies.
    let queued = PENDING.try_with(|l| match l.try_borrow_mut() {
        Ok(mut l) => {
            l.push_back(p);
            true
        }
        Err(_) => false,
    });
    if queued == Ok(true) {
        PENDING_COUNT.fetch_add(1, Ordering::Relaxed);
        crate::vm::gil::EVAL_BREAKER.store(true, Ordering::Release);
    }
}

/// From `Instance::drop` when the class defines `__del__`: moves the
/// contents into a new instance that waits for its finalizer.
pub fn instance_died(dying: &mut Instance) {
    let addr = dying as *const Instance as usize;
    if SPARED.try_with(|s| s.get() == addr).unwrap_or(true) {
        return;
    }
    if PENDING.try_with(|_| ()).is_err() {
        return;
    }
    let husk = Instance::with_dict(
        dying.class().into_owned(),
        std::mem::replace(&mut dying.dict, empty_dict()),
        std::mem::replace(&mut dying.base, Value::None),
    );
    push(Pending::Del(Arc::new(husk)));
}

/// From `Object::drop` for a generator: one suspended inside a `try` (or
/// `with`) block is closed at the next safe point, so its `finally` runs.
/// Without a block, closing could not be observed and is skipped.
pub fn generator_died(g: &mut Generator) {
    let slot = g.slot.get_mut();
    let needs = matches!(&*slot, GenSlot::Suspended(f) if f.pc > 0 && !f.blocks.is_empty());
    if !needs || PENDING.try_with(|_| ()).is_err() {
        return;
    }
    let frame = std::mem::replace(slot, GenSlot::Finished);
    let name = std::mem::take(&mut g.name);
    let code = g.code.clone();
    let slot = crate::object::lock::Mutex::new(frame);
    let fresh = Value::other(Object::Generator(Generator { slot, name, code }));
    push(Pending::Close(fresh));
}

/// Remembers that a `raise` statement raised this instance.
pub fn note_raised(v: &Value) {
    if let Some(p) = v.ptr() {
        let _ = RAISED.try_with(|r| r.set(p));
    }
}

/// Whether this thread has finalizers waiting.
pub fn has_pending() -> bool {
    PENDING.try_with(|l| l.try_borrow().map(|l| !l.is_empty()).unwrap_or(false)).unwrap_or(false)
}

fn pop() -> Option<Pending> {
    let p = PENDING.try_with(|l| l.try_borrow_mut().ok().and_then(|mut l| l.pop_front()));
    let p = p.ok().flatten();
    if p.is_some() {
        PENDING_COUNT.fetch_sub(1, Ordering::Relaxed);
    }
    p
}

/// Runs this thread's pending finalizers, oldest first. Errors are
/// reported as CPython's PyErr_WriteUnraisable does and swallowed.
pub fn run_pending(vm: &mut Vm) {
    let depth = DEPTH.with(|d| d.get());
    // A chain of `__del__`s each dropping the next: past this depth the
    // outer loop runs them one after another instead.
    if depth > 40 {
        return;
    }
    DEPTH.with(|d| d.set(depth + 1));
    // An exception being handled stays as it was for the code that resumes.
    let saved_exc = vm.exc_stack.len();
    while let Some(p) = pop() {
        match p {
            Pending::Del(inst) => {
                let obj = Value::Instance(inst);
                if let Some(del) = obj.class().lookup_str("__del__") {
                    let class = obj.class();
                    match vm.bind_descriptor(del, &obj, &class) {
                        Ok(m) => {
                            if let Err(e) = vm.call(&m, vec![]) {
                                write_unraisable(vm, &e, &m);
                            }
                        }
                        Err(e) => write_unraisable(vm, &e, &obj),
                    }
                }
                let Value::Instance(inst) = obj else { continue };
                let addr = Arc::as_ptr(&inst) as usize;
                let before = SPARED.with(|s| s.replace(addr));
                drop(inst);
                SPARED.with(|s| s.set(before));
            }
            Pending::Close(g) => {
                if let Some(Object::Generator(gen)) = g.as_object() {
                    if let Err(e) = gen.close(vm) {
                        write_unraisable(vm, &e, &g);
                    }
                }
            }
        }
        vm.exc_stack.truncate(saved_exc);
    }
    DEPTH.with(|d| d.set(depth));
}

/// CPython's PyErr_WriteUnraisable: `Exception <type>: <value> in <obj>
/// ignored` on `sys.stderr`. The value is the exception instance's repr when
/// a `raise` statement raised an instance, else (an internal error, still
/// unnormalized in CPython) the repr of its argument.
pub fn write_unraisable(vm: &mut Vm, e: &PyErr, obj: &Value) {
    let value = e.value().clone();
    let class = value.class();
    let mut name = class.name();
    if let Some(dot) = name.rfind('.') {
        name = name[dot + 1..].to_string();
    }
    let module = match class.dict.get_str(&PyStr::from_str("__module__")) {
        Some(Value::Str(s)) => s.to_string_lossy(),
        _ => "exceptions".to_string(),
    };
    let mut text = String::from("Exception ");
    if module != "exceptions" {
        text.push_str(&module);
        text.push('.');
    }
    text.push_str(&name);
    let normalized = value.ptr().is_some_and(|p| RAISED.try_with(|r| r.get() == p).unwrap_or(false));
    let shown = if normalized {
        Some(value.clone())
    } else {
        match vm.getattr(&value, &PyStr::from_str("args")) {
            Ok(Value::Tuple(t)) if t.items.is_empty() => None,
            Ok(Value::Tuple(t)) if t.items.len() == 1 => Some(t.items[0].clone()),
            Ok(args) => Some(args),
            Err(_) => None,
        }
    };
    if let Some(v) = shown.filter(|v| !v.is_none()) {
        let r = vm.repr(&v).map(|s| s.to_string_lossy());
        let r = r.unwrap_or_else(|_| "<exception repr() failed>".to_string());
        text.push_str(": ");
        text.push_str(&r);
    }
    let who = vm.repr(obj).map(|s| s.to_string_lossy());
    let who = who.unwrap_or_else(|_| "<object repr() failed>".to_string());
    text.push_str(" in ");
    text.push_str(&who);
    text.push_str(" ignored\n");
    vm.flush_std();
    let err = vm.sys_stream("stderr");
    if err.is_none() || vm.write_to(&err, text.as_bytes()).is_err() {
        eprint!("{}", text);
    }
}

/// Drops this thread's LoadGlobal/LoadMethod caches, whose strong
/// references would keep dead globals alive.
pub fn forget_caches(vm: &mut Vm) {
    vm.gcache.iter_mut().for_each(|e| *e = None);
    vm.mcache.iter_mut().for_each(|e| *e = None);
}

/// At exit, after the threads were joined and `sys.exitfunc` ran: sets
/// `__main__`'s globals to None as CPython 2.7's `_PyModule_Clear` does
/// (names with one leading underscore first, then all but `__builtins__`),
/// running the finalizers each store makes due before the next one.
///
/// Skipped while daemon threads still run: they would see their globals
/// turn to None under them (CPython 2.7 stops them first, in effect).
pub fn clear_main_at_exit(vm: &mut Vm) {
    forget_caches(vm);
    run_pending(vm);
    if vm.interp.live_threads.load(Ordering::SeqCst) > 0 {
        return;
    }
    let Some(Value::Other(m)) = vm.interp.modules.get_str(&PyStr::from_str("__main__")) else { return };
    let Object::Module(module) = &*m else { return };
    let d = module.dict.clone();
    // The dict's own order is 2.7's.
    let order: Vec<Arc<PyStr>> = d.keys().into_iter().filter_map(|k| k.as_str().cloned()).collect();
    for pass in 0..2 {
        for k in &order {
            let b = k.as_bytes();
            let hit =
                if pass == 0 { b.first() == Some(&b'_') && b.get(1) != Some(&b'_') } else { b != b"__builtins__" };
            if !hit || matches!(d.get_str(k), None | Some(Value::None)) {
                continue;
            }
            d.set_shared(k, Value::None);
            forget_caches(vm);
            run_pending(vm);
        }
    }
    run_pending(vm);
}
