//! `_weakref`: the native half of `weakref`. It only makes and reads weak
//! handles: a handle holds a `std::sync::Weak` to the object's `Arc`, so it
//! never keeps the object alive and reads back `None` once the last strong
//! reference is gone. The `ref`/`proxy` types, callbacks and the weak
//! containers are Python code in `stdlib/weakref.py`, built on these handles.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, OnceLock, Weak};

use super::{check_args, def, no_keywords};
use crate::object::class::{types, Class, Instance, Layout};
use crate::object::function::Function;
use crate::object::{Dict, ExcKind, Object, PyErr, PyResult, Set, Value};

/// A weak pointer to one of the value kinds CPython allows weak references to.
enum Target {
    Instance(Weak<Instance>),
    Class(Weak<Class>),
    Func(Weak<Function>),
    Set(Weak<Set>),
    Other(Weak<Object>),
}

struct Handle(Target);

fn handle_class() -> &'static Arc<Class> {
    static CLS: OnceLock<Arc<Class>> = OnceLock::new();
    CLS.get_or_init(|| {
        let d = Arc::new(Dict::new());
        d.set_str("__module__", Value::str("_weakref"));
        Class::new("weakhandle", vec![types().object.clone()], d, false).expect("one base")
    })
}

fn cannot(v: &Value) -> PyErr {
    PyErr::new(ExcKind::TypeError, format!("cannot create weak reference to '{}' object", v.type_name()))
}

/// Whether instances of `cls` may be weakly referenced: not for subclasses of
/// the variable-size built-ins (long, str, tuple), and not with
/// `__slots__` that leave out `__weakref__`.
fn instance_ok(inst: &Instance) -> bool {
    let layout = inst.class().layout;
    if matches!(layout, Layout::Long | Layout::Str | Layout::Tuple) {
        return false;
    }
    match &inst.class().slots {
        Some(s) => s.iter().any(|n| n.as_bytes() == b"__weakref__"),
        None => true,
    }
}

fn make_target(v: &Value) -> PyResult<Target> {
    Ok(match v {
        Value::Instance(i) if instance_ok(i) => Target::Instance(Arc::downgrade(i)),
        Value::Class(c) => Target::Class(Arc::downgrade(c)),
        Value::Func(f) => Target::Func(Arc::downgrade(f)),
        Value::Set(s) => Target::Set(Arc::downgrade(s)),
        Value::Other(o) => match &**o {
            Object::BoundMethod { .. }
            | Object::UnboundMethod { .. }
            | Object::Generator(_)
            | Object::File(_)
            | Object::Module(_)
            | Object::Property { .. }
            | Object::Code(_) => Target::Other(Arc::downgrade(o)),
            Object::Native { class, .. } if !Arc::ptr_eq(class, handle_class()) => Target::Other(Arc::downgrade(o)),
            _ => return Err(cannot(v)),
        },
        _ => return Err(cannot(v)),
    })
}

fn upgrade(t: &Target) -> Value {
    let v = match t {
        Target::Instance(w) => w.upgrade().map(Value::Instance),
        Target::Class(w) => w.upgrade().map(Value::Class),
        Target::Func(w) => w.upgrade().map(Value::Func),
        Target::Set(w) => w.upgrade().map(Value::Set),
        Target::Other(w) => w.upgrade().map(Value::Other),
    };
    v.unwrap_or(Value::None)
}

fn handle_arg(v: &Value) -> PyResult<&Handle> {
    v.native::<Handle>().ok_or_else(|| PyErr::new(ExcKind::TypeError, "expected a weak handle"))
}

pub fn init(d: &Dict) {
    def(d, "handle", |_vm, a, kw| {
        no_keywords("handle", kw)?;
        check_args("handle", a, 1, 1)?;
        let t = make_target(&a[0])?;
        Ok(Value::other(Object::Native { class: handle_class().clone(), data: Box::new(Handle(t)) }))
    });
    def(d, "deref", |vm, a, kw| {
        no_keywords("deref", kw)?;
        check_args("deref", a, 1, 1)?;
        let v = upgrade(&handle_arg(&a[0])?.0);
        // A referent seen dead has had its callbacks called, as in CPython
        // (where they run at its death): a program may drop the references
        // it sees dead.
        if matches!(v, Value::None) && CALLBACKS_DUE.load(Ordering::Relaxed) {
            run_due_callbacks(vm);
        }
        Ok(v)
    });
    def(d, "weakrefable", |_vm, a, kw| {
        no_keywords("weakrefable", kw)?;
        check_args("weakrefable", a, 1, 1)?;
        Ok(Value::bool(make_target(&a[0]).is_ok()))
    });
    def(d, "track", |_vm, a, kw| {
        no_keywords("track", kw)?;
        check_args("track", a, 2, 2)?;
        let Value::Instance(r) = &a[0] else {
            return Err(PyErr::new(ExcKind::TypeError, "track() needs a reference object"));
        };
        let t = make_target(&a[1])?;
        if let Ok(mut v) = TRACKED.lock() {
            v.push((t, Arc::downgrade(r)));
            WATCHING.store(true, Ordering::Relaxed);
        }
        Ok(Value::None)
    });
    def(d, "set_sweeper", |_vm, a, kw| {
        no_keywords("set_sweeper", kw)?;
        check_args("set_sweeper", a, 1, 1)?;
        if let Ok(mut g) = FIRE.lock() {
            *g = Some(a[0].clone());
        }
        Ok(Value::None)
    });
}

/// References with a callback still to call: the referent and the
/// reference object (both weak: a dead reference object calls nothing).
type Tracked = Vec<(Target, Weak<Instance>)>;
static TRACKED: std::sync::Mutex<Tracked> = std::sync::Mutex::new(Vec::new());

/// The Python function (set by `weakref.py`) that calls one dead
/// reference's callback. Callbacks cannot run from a `Drop` (that would call
/// Python from anywhere), so they run at safe points: between two
/// instructions after an instance died, and at `gc.collect()`.
static FIRE: std::sync::Mutex<Option<Value>> = std::sync::Mutex::new(None);

/// Set while some reference has a callback still to call.
static WATCHING: AtomicBool = AtomicBool::new(false);
/// An instance died while callbacks were registered: the eval loop should
/// sweep between two instructions.
pub static CALLBACKS_DUE: AtomicBool = AtomicBool::new(false);
/// Reference objects whose referents died, in the order the references
/// were made, held strongly from the moment a scan finds them dead: the
/// reference object may lose its last other reference before its callback
/// runs (a program drops the references it sees dead), and the callback is
/// still due, as in CPython where it ran at the referent's death.
static QUEUE: std::sync::Mutex<std::collections::VecDeque<Arc<Instance>>> =
    std::sync::Mutex::new(std::collections::VecDeque::new());

thread_local! {
    /// This thread is calling callbacks (the drops they cause must not
    /// start a nested round: the outer one takes what they queue).
    static SWEEPING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Called from `Instance`'s drop: one relaxed load when nothing is watched.
#[inline]
pub fn note_death() {
    if WATCHING.load(Ordering::Relaxed) {
        CALLBACKS_DUE.store(true, Ordering::Relaxed);
        crate::vm::gil::EVAL_BREAKER.store(true, Ordering::Release);
    }
}

fn target_alive(t: &Target) -> bool {
    match t {
        Target::Instance(w) => w.strong_count() > 0,
        Target::Class(w) => w.strong_count() > 0,
        Target::Func(w) => w.strong_count() > 0,
        Target::Set(w) => w.strong_count() > 0,
        Target::Other(w) => w.strong_count() > 0,
    }
}

/// Moves the references whose referents have died to `QUEUE` (strongly
/// held) and forgets dead reference objects. Leaves `CALLBACKS_DUE` set
/// while the queue holds anything, so that some thread's eval breaker calls
/// them.
fn scan() {
    CALLBACKS_DUE.store(false, Ordering::Relaxed);
    let Ok(mut v) = TRACKED.lock() else { return };
    let Ok(mut q) = QUEUE.lock() else { return };
    v.retain(|(t, r)| {
        if r.strong_count() == 0 {
            return false;
        }
        if target_alive(t) {
            return true;
        }
        if let Some(r) = r.upgrade() {
            q.push_back(r);
        }
        false
    });
    WATCHING.store(!v.is_empty(), Ordering::Relaxed);
    if !q.is_empty() {
        CALLBACKS_DUE.store(true, Ordering::Relaxed);
        crate::vm::gil::EVAL_BREAKER.store(true, Ordering::Release);
    }
}

/// Calls the callbacks of references whose referents have died (in the
/// order the references were made). Within a callback, only scans: the
/// outer round calls what it queued.
pub fn run_callbacks(vm: &mut crate::vm::Vm) -> PyResult<()> {
    scan();
    if SWEEPING.with(|s| s.replace(true)) {
        return Ok(());
    }
    let fire = FIRE.lock().map(|g| g.clone()).unwrap_or(None);
    let mut out = Ok(());
    loop {
        let next = QUEUE.lock().ok().and_then(|mut q| q.pop_front());
        let Some(r) = next else {
            // Deaths during the callbacks: another round.
            if CALLBACKS_DUE.load(Ordering::Relaxed) {
                scan();
                if QUEUE.lock().is_ok_and(|q| !q.is_empty()) {
                    continue;
                }
            }
            break;
        };
        if let Some(f) = &fire {
            if let Err(e) = vm.call(f, vec![Value::Instance(r)]) {
                out = Err(e);
                break;
            }
        }
    }
    SWEEPING.with(|s| s.set(false));
    if QUEUE.lock().is_ok_and(|q| !q.is_empty()) {
        CALLBACKS_DUE.store(true, Ordering::Relaxed);
        crate::vm::gil::EVAL_BREAKER.store(true, Ordering::Release);
    }
    out
}

/// The eval loop's safe point. Errors are dropped (an exception at an
/// arbitrary instruction would be wrong); `weakref.py` reports callback
/// errors itself.
pub fn run_due_callbacks(vm: &mut crate::vm::Vm) {
    if SWEEPING.with(|s| s.get()) {
        // Inside a callback: scanning keeps the dead references' objects,
        // the round in progress calls them.
        // (Not due again: the outer round empties the queue.)
        if WATCHING.load(Ordering::Relaxed) {
            scan();
        }
        CALLBACKS_DUE.store(false, Ordering::Relaxed);
        return;
    }
    let _ = run_callbacks(vm);
}
