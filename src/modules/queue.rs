//! The `Queue` module, native: Queue, LifoQueue, PriorityQueue, Empty, Full.
//
// The classes are user-style classes, subclassable from Python like the
// pure-Python Queue of CPython 2.7. Each instance keeps its native state in
// its dict under a private key. Two kinds of instance:
//
// * fast (Queue and LifoQueue, and subclasses that do not override `_init`,
//   `_qsize`, `_put` or `_get`): the items live in a `VecDeque` behind a
//   `parking_lot` mutex, and no Python code ever runs while it is held;
// * hooks (PriorityQueue, and any subclass overriding one of those four
//   methods): the four methods are called as Python code, as CPython does,
//   under a *logical* lock (`busy`), the equivalent of CPython's
//   `self.mutex`. The parking_lot mutex is held only to flip that flag.
//
// Every blocking wait goes through `Vm::blocking_wait`, with the GIL released.

use crate::object::BoolBits;
use std::collections::VecDeque;
use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};

use parking_lot::{Condvar, Mutex};

use super::method;
use super::thread::POLL;
use crate::object::class::{class_ref, isinstance, types, Class};
use crate::object::exception::new_exception;
use crate::object::function::KwArgs;
use crate::object::number::Num;
use crate::object::{Dict, ExcKind, List, Object, PyErr, PyResult, PyStr, Value};
use crate::syntax::ast::CmpOp;
use crate::vm::threads::{Wait, WaitKind};
use crate::vm::Vm;

/// How an instance stores its items.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Mode {
    Fifo,
    Lifo,
    /// `_init`/`_qsize`/`_put`/`_get` are called as Python methods.
    Hooks,
}

struct Inner {
    /// Fast modes only.
    items: VecDeque<Value>,
    unfinished: i64,
    /// Hooks mode: some thread runs the queue's Python hooks.
    busy: bool,
}

/// The native state of one queue instance.
pub struct QueueState {
    mode: Mode,
    inner: Mutex<Inner>,
    not_empty: Condvar,
    not_full: Condvar,
    all_done: Condvar,
    /// Signalled when `busy` is cleared.
    idle: Condvar,
}

/// What `maxsize` means for a fast queue.
#[derive(Clone, Copy)]
enum Cap {
    Unbounded,
    Limit(usize),
    /// `maxsize > 0` but no length can ever equal it (2.5, 'x', a long).
    Never,
}

struct Names {
    state: PyStr,
    maxsize: PyStr,
    queue: PyStr,
    put: PyStr,
    get: PyStr,
    init_hook: PyStr,
    qsize_hook: PyStr,
    put_hook: PyStr,
    get_hook: PyStr,
}

fn names() -> &'static Names {
    static N: OnceLock<Names> = OnceLock::new();
    N.get_or_init(|| Names {
        state: PyStr::from_str("_Queue__minipy_state"),
        maxsize: PyStr::from_str("maxsize"),
        queue: PyStr::from_str("queue"),
        put: PyStr::from_str("put"),
        get: PyStr::from_str("get"),
        init_hook: PyStr::from_str("_init"),
        qsize_hook: PyStr::from_str("_qsize"),
        put_hook: PyStr::from_str("_put"),
        get_hook: PyStr::from_str("_get"),
    })
}

struct Classes {
    queue: Arc<Class>,
    lifo: Arc<Class>,
    priority: Arc<Class>,
    empty: Arc<Class>,
    full: Arc<Class>,
    state: Arc<Class>,
}

fn user_class(name: &str, base: &Arc<Class>, doc: &str) -> Arc<Class> {
    let d = Arc::new(Dict::new());
    d.set_str("__module__", Value::str("Queue"));
    d.set_str("__doc__", Value::str(doc));
    Class::new(name, vec![base.clone()], d, true).expect("a class with one base always linearizes")
}

fn classes() -> &'static Classes {
    static C: OnceLock<Classes> = OnceLock::new();
    C.get_or_init(|| {
        let exc = ExcKind::Exception.class();
        let empty = user_class("Empty", exc, "Exception raised by Queue.get(block=0)/get_nowait().");
        let full = user_class("Full", exc, "Exception raised by Queue.put(block=0)/put_nowait().");
        let queue = user_class("Queue", &types().object, "Create a queue object with a given maximum size.\n\n    If maxsize is <= 0, the queue size is infinite.\n    ");
        method(&queue, "Queue.__init__", q_init);
        method(&queue, "Queue.task_done", q_task_done);
        method(&queue, "Queue.join", q_join);
        method(&queue, "Queue.qsize", q_qsize);
        method(&queue, "Queue.empty", q_empty);
        method(&queue, "Queue.full", q_full);
        method(&queue, "Queue.put", q_put);
        method(&queue, "Queue.put_nowait", q_put_nowait);
        method(&queue, "Queue.get", q_get);
        method(&queue, "Queue.get_nowait", q_get_nowait);
        method(&queue, "Queue._init", |vm, a, kw| hook_init(vm, a, kw, Kind::Fifo));
        method(&queue, "Queue._qsize", |vm, a, kw| hook_qsize(vm, a, kw, Kind::Fifo));
        method(&queue, "Queue._put", |vm, a, kw| hook_put(vm, a, kw, Kind::Fifo));
        method(&queue, "Queue._get", |vm, a, kw| hook_get(vm, a, kw, Kind::Fifo));
        method(&queue, "Queue.__getattr__", q_getattr);
        let lifo = user_class("LifoQueue", &queue, "Variant of Queue that retrieves most recently added entries first.");
        method(&lifo, "LifoQueue._init", |vm, a, kw| hook_init(vm, a, kw, Kind::Lifo));
        method(&lifo, "LifoQueue._qsize", |vm, a, kw| hook_qsize(vm, a, kw, Kind::Lifo));
        method(&lifo, "LifoQueue._put", |vm, a, kw| hook_put(vm, a, kw, Kind::Lifo));
        method(&lifo, "LifoQueue._get", |vm, a, kw| hook_get(vm, a, kw, Kind::Lifo));
        let priority = user_class(
            "PriorityQueue",
            &queue,
            "Variant of Queue that retrieves open entries in priority order (lowest first).\n\n    Entries are typically tuples of the form:  (priority number, data).\n    ",
        );
        method(&priority, "PriorityQueue._init", |vm, a, kw| hook_init(vm, a, kw, Kind::Heap));
        method(&priority, "PriorityQueue._qsize", |vm, a, kw| hook_qsize(vm, a, kw, Kind::Heap));
        method(&priority, "PriorityQueue._put", |vm, a, kw| hook_put(vm, a, kw, Kind::Heap));
        method(&priority, "PriorityQueue._get", |vm, a, kw| hook_get(vm, a, kw, Kind::Heap));
        let state = Class::new("QueueState", vec![types().object.clone()], Arc::new(Dict::new()), false)
            .expect("a class with one base always linearizes");
        Classes { queue, lifo, priority, empty, full, state }
    })
}

pub fn init(d: &Dict) {
    let c = classes();
    d.set_str("__doc__", Value::str("A multi-producer, multi-consumer queue."));
    d.set_str("Empty", Value::Class(c.empty.clone()));
    d.set_str("Full", Value::Class(c.full.clone()));
    d.set_str("Queue", Value::Class(c.queue.clone()));
    d.set_str("LifoQueue", Value::Class(c.lifo.clone()));
    d.set_str("PriorityQueue", Value::Class(c.priority.clone()));
    d.set_str(
        "__all__",
        Value::list(["Empty", "Full", "Queue", "PriorityQueue", "LifoQueue"].iter().map(|s| Value::str(s)).collect()),
    );
}

// ---------------------------------------------------------------- helpers

fn empty_err() -> PyErr {
    PyErr::from_value(new_exception(&classes().empty, vec![]))
}

fn full_err() -> PyErr {
    PyErr::from_value(new_exception(&classes().full, vec![]))
}

/// Binds positional and keyword arguments to `params` (self first) with
/// CPython 2.7's messages for Python functions. The first `required` are
/// mandatory.
fn bind<'a, const N: usize>(
    name: &str,
    params: [&str; N],
    required: usize,
    a: &'a [Value],
    kw: &'a KwArgs,
) -> PyResult<[Option<&'a Value>; N]> {
    let mut out: [Option<&'a Value>; N] = [None; N];
    let plural = |n: usize| if n == 1 { "" } else { "s" };
    if a.len() > N {
        let how = if required < N { "at most" } else { "exactly" };
        return Err(PyErr::new(
            ExcKind::TypeError,
            format!("{}() takes {} {} argument{} ({} given)", name, how, N, plural(N), a.len() + kw.len()),
        ));
    }
    for (slot, v) in out.iter_mut().zip(a.iter()) {
        *slot = Some(v);
    }
    for (k, v) in kw.iter() {
        match params.iter().position(|p| p.as_bytes() == k.as_bytes()) {
            None => {
                return Err(PyErr::new(
                    ExcKind::TypeError,
                    format!("{}() got an unexpected keyword argument '{}'", name, k.as_str()),
                ))
            }
            Some(i) if out[i].is_some() => {
                return Err(PyErr::new(
                    ExcKind::TypeError,
                    format!("{}() got multiple values for keyword argument '{}'", name, k.as_str()),
                ))
            }
            Some(i) => out[i] = Some(v),
        }
    }
    if out[..required].iter().any(|s| s.is_none()) {
        let how = if required < N { "at least" } else { "exactly" };
        let given = out.iter().filter(|s| s.is_some()).count();
        return Err(PyErr::new(
            ExcKind::TypeError,
            format!("{}() takes {} {} argument{} ({} given)", name, how, required, plural(required), given),
        ));
    }
    Ok(out)
}

/// The TypeError of calling `Queue.put(x)` with something that is not a queue.
fn unbound_err(meth: &str, owner: &str, got: Option<&Value>) -> PyErr {
    let got = match got {
        Some(v) => format!("{} instance", v.type_name()),
        None => "nothing".into(),
    };
    PyErr::new(
        ExcKind::TypeError,
        format!(
            "unbound method {}() must be called with {} instance as first argument (got {} instead)",
            meth, owner, got
        ),
    )
}

fn no_attr(obj: &Value, attr: &str) -> PyErr {
    PyErr::new(ExcKind::AttributeError, format!("{} instance has no attribute '{}'", obj.type_name(), attr))
}

/// `self`, checked to be an instance of `owner` (a Queue class).
fn check_self<'a>(a: &'a [Value], meth: &str, owner: &Arc<Class>) -> PyResult<&'a Value> {
    match a.first() {
        Some(s @ Value::Instance(_)) if isinstance(s, owner) => Ok(s),
        other => Err(unbound_err(meth, &owner.name(), other)),
    }
}

/// The state value stored in a queue instance, if any.
fn state_value(s: &Value) -> Option<Value> {
    match s {
        Value::Instance(inst) => inst.dict.get_str(&names().state).filter(|v| v.native::<QueueState>().is_some()),
        _ => None,
    }
}

fn as_state(v: &Value) -> PyResult<&QueueState> {
    v.native::<QueueState>().ok_or_else(|| PyErr::new(ExcKind::SystemError, "bad Queue state"))
}

/// `self` and its state for a public method; `attr` is the attribute CPython
/// would miss on an instance whose `__init__` never ran.
fn self_and_state<'a>(a: &'a [Value], meth: &str, attr: &str) -> PyResult<(&'a Value, Value)> {
    let s = check_self(a, meth, &classes().queue)?;
    match state_value(s) {
        Some(v) => Ok((s, v)),
        None => Err(no_attr(s, attr)),
    }
}

/// Python 2's `v > 0`.
fn gt_zero(vm: &mut Vm, v: &Value) -> PyResult<bool> {
    Ok(match v {
        Value::Int(n) => *n > 0,
        Value::Bool(b) => b.get(),
        Value::Float(f) => f.get() > 0.0,
        Value::None => false,
        _ => {
            let r = vm.compare(CmpOp::Gt, v, &Value::Int(0))?;
            vm.truthy(&r)?
        }
    })
}

fn maxsize_value(vm: &mut Vm, s: &Value) -> PyResult<Value> {
    if let Value::Instance(inst) = s {
        if let Some(v) = inst.dict.get_str(&names().maxsize) {
            return Ok(v);
        }
    }
    vm.getattr(s, &names().maxsize)
}

/// Reads `self.maxsize` (each call, as CPython does) for a fast queue.
fn cap_of(vm: &mut Vm, s: &Value) -> PyResult<Cap> {
    let m = maxsize_value(vm, s)?;
    Ok(match m {
        Value::Int(n) if n > 0 => Cap::Limit(n as usize),
        Value::Int(_) => Cap::Unbounded,
        Value::Bool(b) => {
            if b.get() {
                Cap::Limit(1)
            } else {
                Cap::Unbounded
            }
        }
        Value::Float(f) if f.get() > 0.0 => {
            if f.get().fract() == 0.0 && f.get() < 1e18 {
                Cap::Limit(f.get() as usize)
            } else {
                Cap::Never
            }
        }
        Value::Float(_) | Value::None => Cap::Unbounded,
        other => {
            if gt_zero(vm, &other)? {
                Cap::Never
            } else {
                Cap::Unbounded
            }
        }
    })
}

/// The deadline of a blocking call with `timeout`: None waits forever.
/// Negative timeouts are a ValueError, as in Python 2.7's Queue.
fn deadline_of(timeout: Option<&Value>) -> PyResult<Option<Instant>> {
    let v = match timeout {
        None | Some(Value::None) => return Ok(None),
        Some(v) => v,
    };
    let Some(n) = Num::of(v) else {
        return Err(PyErr::new(
            ExcKind::TypeError,
            format!("unsupported operand type(s) for +: 'float' and '{}'", v.type_name()),
        ));
    };
    let t = n.to_f64()?;
    if t < 0.0 {
        return Err(PyErr::new(ExcKind::ValueError, "'timeout' must be a non-negative number"));
    }
    if t.is_nan() {
        return Ok(None);
    }
    let now = Instant::now();
    Ok(Some(now.checked_add(Duration::from_secs_f64(t.min(1e9))).unwrap_or(now + Duration::from_secs(1_000_000_000))))
}

fn truthy_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<bool> {
    match v {
        None => Ok(true),
        Some(Value::Bool(b)) => Ok(b.get()),
        Some(v) => vm.truthy(v),
    }
}

fn call_method(vm: &mut Vm, s: &Value, name: &PyStr, args: Vec<Value>) -> PyResult {
    let f = vm.getattr(s, name)?;
    vm.call(&f, args)
}

/// Is `name` on the class of `s` still the native method `qualname`?
fn is_native_method(s: &Value, name: &PyStr, qualname: &str) -> bool {
    if let Value::Instance(inst) = s {
        if !inst.dict.is_empty() && inst.dict.get_str(name).is_some() {
            return false;
        }
    }
    matches!(class_ref(s).lookup(name), Some(Value::Builtin(b)) if b.name == qualname)
}

fn detect_mode(cls: &Arc<Class>) -> Mode {
    let hooks = ["_init", "_qsize", "_put", "_get"];
    let all_from = |owner: &str| {
        hooks.iter().all(|h| {
            matches!(cls.lookup_str(h), Some(Value::Builtin(b))
                if b.name.strip_prefix(owner).and_then(|r| r.strip_prefix('.')) == Some(*h))
        })
    };
    if all_from("Queue") {
        Mode::Fifo
    } else if all_from("LifoQueue") {
        Mode::Lifo
    } else {
        Mode::Hooks
    }
}

// ---------------------------------------------------------------- the state

impl QueueState {
    fn new(mode: Mode) -> QueueState {
        QueueState {
            mode,
            inner: Mutex::new(Inner { items: VecDeque::new(), unfinished: 0, busy: false }),
            not_empty: Condvar::new(),
            not_full: Condvar::new(),
            all_done: Condvar::new(),
            idle: Condvar::new(),
        }
    }

    fn pop(&self, items: &mut VecDeque<Value>) -> Option<Value> {
        if self.mode == Mode::Lifo {
            items.pop_back()
        } else {
            items.pop_front()
        }
    }

    /// Fast modes: waits on `cv` (GIL released) until `attempt` succeeds
    /// under the mutex, then wakes one waiter of `wake`. False on timeout.
    fn wait_for(
        &self,
        vm: &mut Vm,
        cv: &Condvar,
        wake: &Condvar,
        deadline: Option<Instant>,
        what: &'static str,
        attempt: &mut dyn FnMut(&mut Inner) -> bool,
    ) -> PyResult<bool> {
        loop {
            let timeout = deadline.map(|d| d.saturating_duration_since(Instant::now()));
            let done = vm.blocking_wait(Wait::new(WaitKind::Queue, what), timeout, |dl, interrupted| {
                let mut g = self.inner.lock();
                loop {
                    if attempt(&mut g) {
                        drop(g);
                        wake.notify_one();
                        return true;
                    }
                    if interrupted() {
                        return false;
                    }
                    let now = Instant::now();
                    let until = match dl {
                        Some(d) if now >= d => return false,
                        Some(d) => d.min(now + POLL),
                        None => now + POLL,
                    };
                    cv.wait_until(&mut g, until);
                }
            })?;
            if done {
                return Ok(true);
            }
            if deadline.is_some_and(|d| Instant::now() >= d) {
                return Ok(false);
            }
        }
    }

    /// Hooks mode: takes the logical lock (CPython's `self.mutex`).
    fn lock_logical(&self, vm: &mut Vm) -> PyResult<()> {
        {
            let mut g = self.inner.lock();
            if !g.busy {
                g.busy = true;
                return Ok(());
            }
        }
        loop {
            let wait = Wait::new(WaitKind::Queue, "a Queue's mutex");
            let got = vm.blocking_wait(wait, None, |_, interrupted| {
                let mut g = self.inner.lock();
                while g.busy {
                    if interrupted() {
                        return false;
                    }
                    self.idle.wait_for(&mut g, POLL);
                }
                g.busy = true;
                true
            })?;
            if got {
                return Ok(());
            }
        }
    }

    fn unlock_logical(&self) {
        self.inner.lock().busy = false;
        self.idle.notify_one();
    }

    /// Hooks mode: releases the logical lock, waits for a notification on
    /// `cv` (or the deadline), and takes the lock back. The caller re-checks.
    fn wait_logical(&self, vm: &mut Vm, cv: &Condvar, deadline: Option<Instant>, what: &'static str) -> PyResult<()> {
        let timeout = deadline.map(|d| d.saturating_duration_since(Instant::now()));
        vm.blocking_wait(Wait::new(WaitKind::Queue, what), timeout, |dl, interrupted| {
            let mut g = self.inner.lock();
            g.busy = false;
            self.idle.notify_one();
            let mut was_interrupted = false;
            loop {
                let now = Instant::now();
                let until = match dl {
                    Some(d) if now >= d => break,
                    Some(d) => d.min(now + POLL),
                    None => now + POLL,
                };
                if !cv.wait_until(&mut g, until).timed_out() {
                    break;
                }
                if interrupted() {
                    was_interrupted = true;
                    break;
                }
            }
            while g.busy {
                self.idle.wait(&mut g);
            }
            g.busy = true;
            !was_interrupted
        })?;
        Ok(())
    }

    /// Runs `f` holding the logical lock.
    fn locked<R>(&self, vm: &mut Vm, f: impl FnOnce(&mut Vm) -> PyResult<R>) -> PyResult<R> {
        self.lock_logical(vm)?;
        let r = f(vm);
        self.unlock_logical();
        r
    }
}

impl QueueState {
    /// The queued items, for the cycle collector.
    pub(crate) fn traverse(&self, f: &mut dyn FnMut(crate::vm::collector::Child)) -> bool {
        let Some(g) = self.inner.try_lock() else { return false };
        g.items.iter().for_each(|v| f(crate::vm::collector::Child::V(v)));
        true
    }

    pub(crate) fn clear(&self, trash: &mut Vec<Value>) {
        if let Some(mut g) = self.inner.try_lock() {
            trash.extend(g.items.drain(..));
        }
    }
}

// ---------------------------------------------------------------- methods

fn q_init(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult {
    let s = check_self(a, "__init__", &classes().queue)?;
    let [_, maxsize] = bind("__init__", ["self", "maxsize"], 1, a, kw)?;
    let maxsize = maxsize.cloned().unwrap_or(Value::Int(0));
    vm.setattr(s, &names().maxsize, maxsize.clone())?;
    let mode = detect_mode(&class_ref(s));
    if mode == Mode::Hooks {
        call_method(vm, s, &names().init_hook, vec![maxsize])?;
    }
    if let Value::Instance(inst) = s {
        let st = Value::other(Object::Native { class: classes().state.clone(), data: Box::new(QueueState::new(mode)) });
        inst.dict.set_ref(&names().state, st);
    }
    Ok(Value::None)
}

fn q_task_done(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult {
    let (_, sv) = self_and_state(a, "task_done", "all_tasks_done")?;
    bind("task_done", ["self"], 1, a, kw)?;
    let q = as_state(&sv)?;
    let mut g = q.inner.lock();
    let unfinished = g.unfinished - 1;
    if unfinished < 0 {
        return Err(PyErr::new(ExcKind::ValueError, "task_done() called too many times"));
    }
    g.unfinished = unfinished;
    drop(g);
    if unfinished == 0 {
        q.all_done.notify_all();
    }
    Ok(Value::None)
}

fn q_join(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult {
    let (_, sv) = self_and_state(a, "join", "all_tasks_done")?;
    bind("join", ["self"], 1, a, kw)?;
    let q = as_state(&sv)?;
    if q.inner.lock().unfinished == 0 {
        return Ok(Value::None);
    }
    loop {
        let wait = Wait::new(WaitKind::Queue, "Queue.join (unfinished tasks)");
        let done = vm.blocking_wait(wait, None, |_, interrupted| {
            let mut g = q.inner.lock();
            while g.unfinished != 0 {
                if interrupted() {
                    return false;
                }
                q.all_done.wait_for(&mut g, POLL);
            }
            true
        })?;
        if done {
            return Ok(Value::None);
        }
    }
}

fn q_qsize(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult {
    let (s, sv) = self_and_state(a, "qsize", "mutex")?;
    bind("qsize", ["self"], 1, a, kw)?;
    let q = as_state(&sv)?;
    if q.mode == Mode::Hooks {
        return q.locked(vm, |vm| call_method(vm, s, &names().qsize_hook, vec![]));
    }
    let n = q.inner.lock().items.len();
    Ok(Value::Int(n as i64))
}

fn q_empty(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult {
    let (s, sv) = self_and_state(a, "empty", "mutex")?;
    bind("empty", ["self"], 1, a, kw)?;
    let q = as_state(&sv)?;
    if q.mode == Mode::Hooks {
        return q.locked(vm, |vm| {
            let n = call_method(vm, s, &names().qsize_hook, vec![])?;
            Ok(Value::Bool(!BoolBits::new(vm.truthy(&n)?)))
        });
    }
    let empty = q.inner.lock().items.is_empty();
    Ok(Value::bool(empty))
}

fn q_full(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult {
    let (s, sv) = self_and_state(a, "full", "mutex")?;
    bind("full", ["self"], 1, a, kw)?;
    let q = as_state(&sv)?;
    if q.mode == Mode::Hooks {
        return q.locked(vm, |vm| {
            let m = maxsize_value(vm, s)?;
            if !gt_zero(vm, &m)? {
                return Ok(Value::Bool(BoolBits::FALSE));
            }
            let n = call_method(vm, s, &names().qsize_hook, vec![])?;
            Ok(Value::bool(vm.eq(&m, &n)?))
        });
    }
    let full = match cap_of(vm, s)? {
        Cap::Limit(n) => q.inner.lock().items.len() == n,
        _ => false,
    };
    Ok(Value::bool(full))
}

fn q_put(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult {
    let (s, sv) = self_and_state(a, "put", "not_full")?;
    let [_, item, block, timeout] = bind("put", ["self", "item", "block", "timeout"], 2, a, kw)?;
    let item = item.cloned().unwrap_or(Value::None);
    let block = truthy_arg(vm, block)?;
    do_put(vm, s, as_state(&sv)?, item, block, timeout)
}

fn q_put_nowait(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult {
    let (s, sv) = self_and_state(a, "put_nowait", "not_full")?;
    let [_, item] = bind("put_nowait", ["self", "item"], 2, a, kw)?;
    let item = item.cloned().unwrap_or(Value::None);
    if is_native_method(s, &names().put, "Queue.put") {
        do_put(vm, s, as_state(&sv)?, item, false, None)
    } else {
        call_method(vm, s, &names().put, vec![item, Value::Bool(BoolBits::FALSE)])
    }
}

fn q_get(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult {
    let (s, sv) = self_and_state(a, "get", "not_empty")?;
    let [_, block, timeout] = bind("get", ["self", "block", "timeout"], 1, a, kw)?;
    let block = truthy_arg(vm, block)?;
    do_get(vm, s, as_state(&sv)?, block, timeout)
}

fn q_get_nowait(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult {
    let (s, sv) = self_and_state(a, "get_nowait", "not_empty")?;
    bind("get_nowait", ["self"], 1, a, kw)?;
    if is_native_method(s, &names().get, "Queue.get") {
        do_get(vm, s, as_state(&sv)?, false, None)
    } else {
        call_method(vm, s, &names().get, vec![Value::Bool(BoolBits::FALSE)])
    }
}

fn do_put(vm: &mut Vm, s: &Value, q: &QueueState, item: Value, block: bool, timeout: Option<&Value>) -> PyResult {
    if q.mode == Mode::Hooks {
        return q.locked(vm, |vm| hooks_put(vm, s, q, item, block, timeout));
    }
    let cap = cap_of(vm, s)?;
    let deadline = match cap {
        Cap::Unbounded => None,
        _ if block => deadline_of(timeout)?,
        _ => None,
    };
    let limit = match cap {
        Cap::Limit(n) => Some(n),
        _ => None,
    };
    let mut slot = Some(item);
    let mut attempt = |g: &mut Inner| {
        if limit.is_some_and(|n| g.items.len() == n) {
            return false;
        }
        if let Some(item) = slot.take() {
            g.items.push_back(item);
            g.unfinished += 1;
        }
        true
    };
    {
        let mut g = q.inner.lock();
        if attempt(&mut g) {
            drop(g);
            q.not_empty.notify_one();
            return Ok(Value::None);
        }
    }
    if !block {
        return Err(full_err());
    }
    if q.wait_for(vm, &q.not_full, &q.not_empty, deadline, "Queue.put (queue full)", &mut attempt)? {
        Ok(Value::None)
    } else {
        Err(full_err())
    }
}

fn do_get(vm: &mut Vm, s: &Value, q: &QueueState, block: bool, timeout: Option<&Value>) -> PyResult {
    if q.mode == Mode::Hooks {
        return q.locked(vm, |vm| hooks_get(vm, s, q, block, timeout));
    }
    let deadline = if block { deadline_of(timeout)? } else { None };
    let mut got = None;
    let mut attempt = |g: &mut Inner| match q.pop(&mut g.items) {
        Some(v) => {
            got = Some(v);
            true
        }
        None => false,
    };
    {
        let mut g = q.inner.lock();
        if attempt(&mut g) {
            drop(g);
            q.not_full.notify_one();
            return Ok(got.unwrap_or(Value::None));
        }
    }
    if !block {
        return Err(empty_err());
    }
    if q.wait_for(vm, &q.not_empty, &q.not_full, deadline, "Queue.get (queue empty)", &mut attempt)? {
        Ok(got.unwrap_or(Value::None))
    } else {
        Err(empty_err())
    }
}

/// `put` of CPython's Queue.py, run holding the logical lock.
fn hooks_put(vm: &mut Vm, s: &Value, q: &QueueState, item: Value, block: bool, timeout: Option<&Value>) -> PyResult {
    let n = &names();
    let maxsize = maxsize_value(vm, s)?;
    if gt_zero(vm, &maxsize)? {
        if !block {
            let size = call_method(vm, s, &n.qsize_hook, vec![])?;
            if vm.eq(&size, &maxsize)? {
                return Err(full_err());
            }
        } else {
            let deadline = deadline_of(timeout)?;
            loop {
                let size = call_method(vm, s, &n.qsize_hook, vec![])?;
                if !vm.eq(&size, &maxsize)? {
                    break;
                }
                if deadline.is_some_and(|d| Instant::now() >= d) {
                    return Err(full_err());
                }
                q.wait_logical(vm, &q.not_full, deadline, "Queue.put (queue full)")?;
            }
        }
    }
    call_method(vm, s, &n.put_hook, vec![item])?;
    q.inner.lock().unfinished += 1;
    q.not_empty.notify_all();
    Ok(Value::None)
}

/// `get` of CPython's Queue.py, run holding the logical lock.
fn hooks_get(vm: &mut Vm, s: &Value, q: &QueueState, block: bool, timeout: Option<&Value>) -> PyResult {
    let n = &names();
    if !block {
        let size = call_method(vm, s, &n.qsize_hook, vec![])?;
        if !vm.truthy(&size)? {
            return Err(empty_err());
        }
    } else {
        let deadline = deadline_of(timeout)?;
        loop {
            let size = call_method(vm, s, &n.qsize_hook, vec![])?;
            if vm.truthy(&size)? {
                break;
            }
            if deadline.is_some_and(|d| Instant::now() >= d) {
                return Err(empty_err());
            }
            q.wait_logical(vm, &q.not_empty, deadline, "Queue.get (queue empty)")?;
        }
    }
    let item = call_method(vm, s, &n.get_hook, vec![])?;
    q.not_full.notify_all();
    Ok(item)
}

/// `__getattr__`: the attributes CPython keeps on the instance and minipy
/// keeps natively (`queue` of a fast queue, as a copy; `unfinished_tasks`).
fn q_getattr(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult {
    let (Some(s), Some(name)) = (a.first(), a.get(1)) else {
        return Err(PyErr::new(ExcKind::TypeError, "__getattr__ expected 2 arguments"));
    };
    let name = super::str_arg(name, "attribute name")?;
    if let Some(sv) = state_value(s) {
        let q = as_state(&sv)?;
        match name.as_bytes() {
            b"queue" if q.mode != Mode::Hooks => {
                let items: Vec<Value> = q.inner.lock().items.iter().cloned().collect();
                if q.mode == Mode::Fifo {
                    let globals = Dict::new();
                    let deque = vm
                        .import_module("collections", &globals)
                        .and_then(|m| vm.getattr(&m, &PyStr::from_str("deque")));
                    if let Ok(deque) = deque {
                        return vm.call(&deque, vec![Value::list(items)]);
                    }
                }
                return Ok(Value::list(items));
            }
            b"unfinished_tasks" => return Ok(Value::Int(q.inner.lock().unfinished)),
            _ => {}
        }
    }
    Err(no_attr(s, &name.as_str()))
}

// ---------------------------------------------------------------- the hooks

/// Which class a hook method belongs to.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Fifo,
    Lifo,
    Heap,
}

impl Kind {
    fn owner(self) -> &'static Arc<Class> {
        match self {
            Kind::Fifo => &classes().queue,
            Kind::Lifo => &classes().lifo,
            Kind::Heap => &classes().priority,
        }
    }
}

/// The state of `s` when it is a fast queue.
fn fast_state(s: &Value) -> Option<Value> {
    state_value(s).filter(|v| v.native::<QueueState>().is_some_and(|q| q.mode != Mode::Hooks))
}

fn hook_init(vm: &mut Vm, a: &[Value], kw: &KwArgs, kind: Kind) -> PyResult {
    let s = check_self(a, "_init", kind.owner())?;
    bind("_init", ["self", "maxsize"], 2, a, kw)?;
    if let Some(sv) = fast_state(s) {
        // Dropped after the lock is released.
        let old = std::mem::take(&mut as_state(&sv)?.inner.lock().items);
        drop(old);
        return Ok(Value::None);
    }
    let container = match kind {
        Kind::Fifo => {
            let globals = Dict::new();
            let m = vm.import_module("collections", &globals)?;
            let deque = vm.getattr(&m, &PyStr::from_str("deque"))?;
            vm.call(&deque, vec![])?
        }
        Kind::Lifo | Kind::Heap => Value::list(vec![]),
    };
    vm.setattr(s, &names().queue, container)?;
    Ok(Value::None)
}

fn hook_qsize(vm: &mut Vm, a: &[Value], kw: &KwArgs, kind: Kind) -> PyResult {
    let s = check_self(a, "_qsize", kind.owner())?;
    let [_, len] = bind("_qsize", ["self", "len"], 1, a, kw)?;
    if len.is_none() {
        if let Some(sv) = fast_state(s) {
            return Ok(Value::Int(as_state(&sv)?.inner.lock().items.len() as i64));
        }
    }
    let container = vm.getattr(s, &names().queue)?;
    match len {
        Some(f) => vm.call(f, vec![container]),
        None => Ok(Value::Int(vm.len(&container)? as i64)),
    }
}

fn hook_put(vm: &mut Vm, a: &[Value], kw: &KwArgs, kind: Kind) -> PyResult {
    let s = check_self(a, "_put", kind.owner())?;
    let (item, push) = if kind == Kind::Heap {
        let [_, item, push] = bind("_put", ["self", "item", "heappush"], 2, a, kw)?;
        (item, push)
    } else {
        let [_, item] = bind("_put", ["self", "item"], 2, a, kw)?;
        (item, None)
    };
    let item = item.cloned().unwrap_or(Value::None);
    if push.is_none() {
        if let Some(sv) = fast_state(s) {
            let q = as_state(&sv)?;
            q.inner.lock().items.push_back(item);
            q.not_empty.notify_one();
            return Ok(Value::None);
        }
    }
    let container = vm.getattr(s, &names().queue)?;
    if let Some(f) = push {
        return vm.call(f, vec![container, item]);
    }
    match kind {
        Kind::Heap => {
            heappush(vm, &container, item)?;
            Ok(Value::None)
        }
        Kind::Fifo | Kind::Lifo => {
            if let Value::List(l) = &container {
                l.push(item);
                return Ok(Value::None);
            }
            call_method(vm, &container, &PyStr::from_str("append"), vec![item])
        }
    }
}

fn hook_get(vm: &mut Vm, a: &[Value], kw: &KwArgs, kind: Kind) -> PyResult {
    let s = check_self(a, "_get", kind.owner())?;
    let pop = if kind == Kind::Heap {
        let [_, pop] = bind("_get", ["self", "heappop"], 1, a, kw)?;
        pop
    } else {
        bind("_get", ["self"], 1, a, kw)?;
        None
    };
    if pop.is_none() {
        if let Some(sv) = fast_state(s) {
            let q = as_state(&sv)?;
            let v = q.pop(&mut q.inner.lock().items);
            return match v {
                Some(v) => {
                    q.not_full.notify_one();
                    Ok(v)
                }
                None if q.mode == Mode::Lifo => Err(PyErr::new(ExcKind::IndexError, "pop from empty list")),
                None => Err(PyErr::new(ExcKind::IndexError, "pop from an empty deque")),
            };
        }
    }
    let container = vm.getattr(s, &names().queue)?;
    if let Some(f) = pop {
        return vm.call(f, vec![container]);
    }
    match kind {
        Kind::Heap => heappop(vm, &container),
        Kind::Lifo => {
            if let Value::List(l) = &container {
                return l.items.lock().pop().ok_or_else(|| PyErr::new(ExcKind::IndexError, "pop from empty list"));
            }
            call_method(vm, &container, &PyStr::from_str("pop"), vec![])
        }
        Kind::Fifo => call_method(vm, &container, &PyStr::from_str("popleft"), vec![]),
    }
}

// ---------------------------------------------------------------- heapq

/// The list inside a heap argument (a list or an instance of a list subclass).
fn heap_list(v: &Value) -> PyResult<&Arc<List>> {
    match v {
        Value::List(l) => Ok(l),
        Value::Instance(i) => match &i.base {
            Value::List(l) => Ok(l),
            _ => Err(PyErr::new(ExcKind::TypeError, "heap argument must be a list")),
        },
        _ => Err(PyErr::new(ExcKind::TypeError, "heap argument must be a list")),
    }
}

fn changed_size() -> PyErr {
    PyErr::new(ExcKind::RuntimeError, "list changed size during iteration")
}

fn index_err() -> PyErr {
    PyErr::new(ExcKind::IndexError, "index out of range")
}

/// Two items of the list (None if it shrank).
fn pair(l: &List, i: usize, j: usize) -> Option<(Value, Value)> {
    let g = l.items.lock();
    Some((g.get(i)?.clone(), g.get(j)?.clone()))
}

/// heapq's `_siftdown`: moves the item at `pos` up towards `start`. The list
/// lock is never held while `<` runs.
fn siftdown(vm: &mut Vm, l: &List, start: usize, mut pos: usize) -> PyResult<()> {
    let size = l.len();
    if pos >= size {
        return Err(index_err());
    }
    while pos > start {
        let parent = (pos - 1) >> 1;
        let (item, par) = pair(l, pos, parent).ok_or_else(changed_size)?;
        let lt = vm.lt(&item, &par)?;
        let mut g = l.items.lock();
        if g.len() != size {
            return Err(changed_size());
        }
        if !lt {
            break;
        }
        g.swap(pos, parent);
        pos = parent;
    }
    Ok(())
}

/// heapq's `_siftup`: moves the item at `pos` down to a leaf along the
/// smaller children, then back up with `siftdown`.
fn siftup(vm: &mut Vm, l: &List, mut pos: usize) -> PyResult<()> {
    let end = l.len();
    let start = pos;
    if pos >= end {
        return Err(index_err());
    }
    let mut child = 2 * pos + 1;
    while child < end {
        let right = child + 1;
        if right < end {
            let (c, r) = pair(l, child, right).ok_or_else(changed_size)?;
            if !vm.lt(&c, &r)? {
                child = right;
            }
        }
        let mut g = l.items.lock();
        if g.len() != end {
            return Err(changed_size());
        }
        g.swap(pos, child);
        pos = child;
        child = 2 * pos + 1;
    }
    siftdown(vm, l, start, pos)
}

fn heappush(vm: &mut Vm, heap: &Value, item: Value) -> PyResult<()> {
    let l = heap_list(heap)?;
    let pos = {
        let mut g = l.items.lock();
        g.push(item);
        g.len() - 1
    };
    siftdown(vm, l, 0, pos)
}

fn heappop(vm: &mut Vm, heap: &Value) -> PyResult {
    let l = heap_list(heap)?;
    let (first, rest) = {
        let mut g = l.items.lock();
        let Some(last) = g.pop() else { return Err(index_err()) };
        if g.is_empty() {
            return Ok(last);
        }
        (std::mem::replace(&mut g[0], last), g.len())
    };
    if rest > 0 {
        siftup(vm, l, 0)?;
    }
    Ok(first)
}
