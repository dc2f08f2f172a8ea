//! The `threading` module, native: Thread, Timer, local, the registry of live threads and the module functions (the lock classes are in threading_sync.rs).
//
// Layered as CPython 2.7's threading.py: a Thread is an instance of a
// subclassable class whose native state (name, daemon flag, ident,
// started/stopped, and a condition variable for join) sits in its dict under
// `_Thread__state`; `start()` runs `thread::spawn`, whose bootstrap registers
// the thread, calls `self.run()`, reports an uncaught exception as
// `Exception in thread ...`, and wakes the joiners. The registry plays the
// part of `_active`/`_limbo`, in start order.

use crate::object::BoolBits;
use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, AtomicI64, AtomicU64, Ordering};
use std::sync::{Arc, OnceLock, Weak};

use parking_lot::{Condvar, Mutex};

use super::thread::{error_class, new_lock, spawn};
use super::threading_sync::{
    bare_instance, bind, bounded_semaphore_class, check_self, condition_class, event_class, given, key, new_class,
    new_event, rlock_class, semaphore_class, set_state, state_of, wait_timeout, wait_until,
};
use super::{check_args, def, int_arg, method, str_arg};
use crate::object::function::{Builtin, KwArgs};
use crate::object::{Class, Dict, ExcKind, Object, PyErr, PyResult, PyStr, Value};
use crate::vm::threads::{Wait, WaitKind};
use crate::vm::Vm;

// ----- thread state and registry -----

struct ThreadInner {
    name: Arc<PyStr>,
    /// Whatever was assigned to `daemon` (threading.py keeps it as given).
    daemonic: Value,
    ident: Option<u64>,
    /// `start()` was called; the OS thread may not have run yet.
    launched: bool,
    started: bool,
    stopped: bool,
}

/// The native side of a Thread object.
pub(crate) struct ThreadState {
    inner: Mutex<ThreadInner>,
    /// Signalled when `started` or `stopped` changes.
    cv: Condvar,
}

impl ThreadState {
    fn new(name: Arc<PyStr>, daemonic: Value) -> ThreadState {
        ThreadState {
            inner: Mutex::new(ThreadInner {
                name,
                daemonic,
                ident: None,
                launched: false,
                started: false,
                stopped: false,
            }),
            cv: Condvar::new(),
        }
    }

    fn is_alive(&self) -> bool {
        let g = self.inner.lock();
        g.started && !g.stopped
    }

    fn stop(&self) {
        self.inner.lock().stopped = true;
        self.cv.notify_all();
    }
}

/// A registered thread: `ident` is None while it is starting (CPython's `_limbo`).
struct Entry {
    thread: Value,
    state: Arc<ThreadState>,
    ident: Option<u64>,
}

/// `_active` and `_limbo` together, in start order.
static REGISTRY: Mutex<Vec<Entry>> = Mutex::new(Vec::new());
/// `threading.settrace` / `threading.setprofile`: set in each thread started
/// afterwards, before its `run()` (CPython's `_trace_hook`, `_profile_hook`).
static HOOKS: Mutex<[Option<Value>; 2]> = Mutex::new([None, None]);
static MAIN_MADE: AtomicBool = AtomicBool::new(false);
/// CPython's `_counter`, shared by `Thread-N` and `Dummy-N`.
static COUNTER: AtomicU64 = AtomicU64::new(1);
/// The value `stack_size()` reports.
static STACK_SIZE: AtomicI64 = AtomicI64::new(0);

fn new_name(prefix: &str) -> Arc<PyStr> {
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    Arc::new(PyStr::from(format!("{}{}", prefix, n)))
}

fn thread_state(obj: &Value) -> Option<Arc<ThreadState>> {
    state_of::<ThreadState>(obj, key!("_Thread__state"))
}

/// The name of the registered thread `ident` (for `_RLock.__repr__`).
pub(crate) fn thread_name(vm: &Vm, ident: u64) -> Option<Arc<PyStr>> {
    ensure_main(vm);
    let st = REGISTRY.lock().iter().find(|e| e.ident == Some(ident)).map(|e| e.state.clone())?;
    let name = st.inner.lock().name.clone();
    Some(name)
}

/// Registers `thread` as the thread `ident`, replacing an older entry.
fn register(thread: Value, state: Arc<ThreadState>, ident: u64) {
    let old = {
        let mut r = REGISTRY.lock();
        let old = r.iter().position(|e| e.ident == Some(ident)).map(|i| r.remove(i));
        r.push(Entry { thread, state, ident: Some(ident) });
        old
    };
    drop(old);
}

/// Fills a Thread instance already running as thread `ident` (the main
/// thread, a dummy thread) and registers it.
fn fill_running(obj: &Value, name: Arc<PyStr>, daemonic: bool, ident: u64) {
    let st = ThreadState::new(name, Value::bool(daemonic));
    {
        let mut g = st.inner.lock();
        g.ident = Some(ident);
        g.launched = true;
        g.started = true;
    }
    let st = Arc::new(st);
    if let Value::Instance(i) = obj {
        i.dict.set_str("_Thread__target", Value::None);
        i.dict.set_str("_Thread__args", Value::tuple(vec![]));
        i.dict.set_str("_Thread__kwargs", Value::Dict(Arc::new(Dict::new())));
    }
    set_state(obj, key!("_Thread__state"), st.clone());
    register(obj.clone(), st, ident);
}

/// Makes the `_MainThread` object on first use (threading.py makes it at import).
fn ensure_main(vm: &Vm) {
    if MAIN_MADE.swap(true, Ordering::SeqCst) {
        return;
    }
    let obj = bare_instance(main_thread_class());
    fill_running(&obj, Arc::new(PyStr::from_str("MainThread")), false, vm.interp.main_ident);
    // The main thread comes first, whichever thread got here first.
    let mut r = REGISTRY.lock();
    if let Some(i) = r.iter().position(|e| e.ident == Some(vm.interp.main_ident)) {
        let e = r.remove(i);
        r.insert(0, e);
    }
}

/// `current_thread()`: a `_DummyThread` for threads not started by threading.
fn current_thread(vm: &mut Vm) -> Value {
    ensure_main(vm);
    let found = REGISTRY.lock().iter().find(|e| e.ident == Some(vm.ident)).map(|e| e.thread.clone());
    if let Some(t) = found {
        return t;
    }
    let obj = bare_instance(dummy_thread_class());
    fill_running(&obj, new_name("Dummy-"), true, vm.ident);
    obj
}

/// `enumerate()`
fn all_threads(vm: &Vm) -> Vec<Value> {
    ensure_main(vm);
    REGISTRY.lock().iter().map(|e| e.thread.clone()).collect()
}

// ----- Thread -----

pub fn thread_class() -> &'static Arc<Class> {
    static CLS: OnceLock<Arc<Class>> = OnceLock::new();
    CLS.get_or_init(|| {
        let c = new_class("Thread", None, "threading");
        method(&c, "Thread.__init__", thread_init);
        method(&c, "Thread.start", thread_start);
        method(&c, "Thread.run", thread_run);
        method(&c, "Thread.join", thread_join);
        method(&c, "Thread.isAlive", thread_is_alive);
        method(&c, "Thread.is_alive", thread_is_alive);
        method(&c, "Thread.getName", |vm, a, kw| {
            bind("getName", a, kw, &["self"], 1)?;
            name_get(vm, a, kw)
        });
        method(&c, "Thread.setName", |vm, a, kw| {
            let args = bind("setName", a, kw, &["self", "name"], 2)?;
            name_set(vm, &[a[0].clone(), args[1].clone().unwrap_or(Value::None)], &[])
        });
        method(&c, "Thread.isDaemon", |vm, a, kw| {
            bind("isDaemon", a, kw, &["self"], 1)?;
            daemon_get(vm, a, kw)
        });
        method(&c, "Thread.setDaemon", |vm, a, kw| {
            let args = bind("setDaemon", a, kw, &["self", "daemonic"], 2)?;
            daemon_set(vm, &[a[0].clone(), args[1].clone().unwrap_or(Value::None)], &[])
        });
        method(&c, "Thread.__repr__", thread_repr);
        method(&c, "Thread.__str__", thread_repr);
        let prop = |get: Value, set: Value| {
            Value::other(Object::Property { fget: get, fset: set, fdel: Value::None, doc: Value::None })
        };
        c.dict.set_str("name", prop(Builtin::new("Thread.name", name_get), Builtin::new("Thread.name", name_set)));
        c.dict.set_str(
            "daemon",
            prop(Builtin::new("Thread.daemon", daemon_get), Builtin::new("Thread.daemon", daemon_set)),
        );
        c.dict.set_str("ident", prop(Builtin::new("Thread.ident", ident_get), Value::None));
        c
    })
}

fn main_thread_class() -> &'static Arc<Class> {
    static CLS: OnceLock<Arc<Class>> = OnceLock::new();
    CLS.get_or_init(|| {
        let c = new_class("_MainThread", Some(thread_class()), "threading");
        method(&c, "_MainThread.__init__", |vm, a, kw| {
            let s = check_self(a, main_thread_class(), "__init__")?;
            bind("__init__", a, kw, &["self"], 1)?;
            fill_running(s, Arc::new(PyStr::from_str("MainThread")), false, vm.ident);
            Ok(Value::None)
        });
        c
    })
}

fn dummy_thread_class() -> &'static Arc<Class> {
    static CLS: OnceLock<Arc<Class>> = OnceLock::new();
    CLS.get_or_init(|| {
        let c = new_class("_DummyThread", Some(thread_class()), "threading");
        method(&c, "_DummyThread.__init__", |vm, a, kw| {
            let s = check_self(a, dummy_thread_class(), "__init__")?;
            bind("__init__", a, kw, &["self"], 1)?;
            fill_running(s, new_name("Dummy-"), true, vm.ident);
            Ok(Value::None)
        });
        method(&c, "_DummyThread.join", |_, a, kw| {
            check_self(a, dummy_thread_class(), "join")?;
            bind("join", a, kw, &["self", "timeout"], 1)?;
            Err(PyErr::new(ExcKind::AssertionError, "cannot join a dummy thread"))
        });
        c
    })
}

/// The state of `self` for the methods and properties that assert it.
fn asserted_state(a: &[Value], meth: &str, msg: &str) -> PyResult<Arc<ThreadState>> {
    let s = check_self(a, thread_class(), meth)?;
    thread_state(s).ok_or_else(|| PyErr::new(ExcKind::AssertionError, msg))
}

/// The state of `self` for the methods that raise RuntimeError without it.
fn required_state(a: &[Value], meth: &str, msg: &str) -> PyResult<Arc<ThreadState>> {
    let s = check_self(a, thread_class(), meth)?;
    thread_state(s).ok_or_else(|| PyErr::new(ExcKind::RuntimeError, msg))
}

/// The default daemon flag of a new thread: `self._set_daemon()` if a
/// subclass defines it in Python, else `current_thread().daemon`.
fn default_daemon(vm: &mut Vm, obj: &Value) -> PyResult<Value> {
    if let Value::Instance(i) = obj {
        if let Some(f @ Value::Func(_)) = i.class().lookup(key!("_set_daemon")) {
            return vm.call(&f, vec![obj.clone()]);
        }
    }
    let cur = current_thread(vm);
    Ok(match thread_state(&cur) {
        Some(st) => st.inner.lock().daemonic.clone(),
        None => Value::Bool(BoolBits::FALSE),
    })
}

/// The body of `Thread.__init__`.
fn init_thread(
    vm: &mut Vm,
    obj: &Value,
    target: Value,
    name: Option<Value>,
    args: Value,
    kwargs: Value,
) -> PyResult<()> {
    let name = match name {
        Some(n) if vm.truthy(&n)? => vm.to_str(&n)?,
        _ => new_name("Thread-"),
    };
    let daemonic = default_daemon(vm, obj)?;
    if let Value::Instance(i) = obj {
        i.dict.set_str("_Thread__target", target);
        i.dict.set_str("_Thread__args", args);
        i.dict.set_str("_Thread__kwargs", kwargs);
    }
    set_state(obj, key!("_Thread__state"), Arc::new(ThreadState::new(name, daemonic)));
    Ok(())
}

/// `__init__(group=None, target=None, name=None, args=(), kwargs=None, verbose=None)`
fn thread_init(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult {
    let s = check_self(a, thread_class(), "__init__")?.clone();
    let args = bind("__init__", a, kw, &["self", "group", "target", "name", "args", "kwargs", "verbose"], 1)?;
    if given(&args, 1).is_some() {
        return Err(PyErr::new(ExcKind::AssertionError, "group argument must be None for now"));
    }
    let target = args[2].clone().unwrap_or(Value::None);
    let pos = args[4].clone().unwrap_or_else(|| Value::tuple(vec![]));
    let kwargs = match given(&args, 5) {
        Some(k) => k.clone(),
        None => Value::Dict(Arc::new(Dict::new())),
    };
    init_thread(vm, &s, target, args[3].clone(), pos, kwargs)?;
    Ok(Value::None)
}

fn thread_start(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult {
    let st = required_state(a, "start", "thread.__init__() not called")?;
    bind("start", a, kw, &["self"], 1)?;
    {
        let mut g = st.inner.lock();
        if g.started || g.launched {
            return Err(PyErr::new(ExcKind::RuntimeError, "threads can only be started once"));
        }
        g.launched = true;
    }
    let obj = a[0].clone();
    REGISTRY.lock().push(Entry { thread: obj.clone(), state: st.clone(), ident: None });
    let st2 = st.clone();
    if let Err(e) = spawn(&vm.interp, move |vm| bootstrap(vm, obj, st2)) {
        let gone = {
            let mut r = REGISTRY.lock();
            r.iter().position(|e| Arc::ptr_eq(&e.state, &st)).map(|i| r.remove(i))
        };
        drop(gone);
        st.inner.lock().launched = false;
        return Err(e);
    }
    // As threading.py does: wait until the new thread says it runs.
    let on = Wait::on(WaitKind::Join, "a new thread to start", a[0].clone());
    wait_until(vm, &on, None, &st.inner, &st.cv, |g| g.started)?;
    Ok(Value::None)
}

/// What the new OS thread runs (CPython's `__bootstrap_inner`).
fn bootstrap(vm: &mut Vm, thread: Value, st: Arc<ThreadState>) {
    let me = vm.ident;
    if let Some(name) = vm.getattr(&thread, key!("name")).ok().and_then(|n| n.as_str().map(|s| s.to_string_lossy())) {
        *vm.record.name.lock() = name;
    }
    {
        let mut g = st.inner.lock();
        g.ident = Some(me);
        g.started = true;
    }
    st.cv.notify_all();
    {
        let mut r = REGISTRY.lock();
        if let Some(e) = r.iter_mut().find(|e| Arc::ptr_eq(&e.state, &st)) {
            e.ident = Some(me);
        }
    }
    let [trace, profile] = HOOKS.lock().clone();
    if profile.is_some() {
        vm.set_hook(true, profile);
    }
    if trace.is_some() {
        vm.set_hook(false, trace);
    }
    let result = vm.getattr(&thread, key!("run")).and_then(|run| vm.call(&run, vec![]));
    if let Err(e) = result {
        if !e.matches(ExcKind::SystemExit) {
            report_exception(vm, &thread, &st, &e);
        }
    }
    // Leave the registry before waking the joiners, so that after `join()`
    // the thread is no longer counted (threading.py does both under one lock).
    let gone = {
        let mut r = REGISTRY.lock();
        r.iter().position(|e| Arc::ptr_eq(&e.state, &st)).map(|i| r.remove(i))
    };
    drop(gone);
    // Nor does this thread hold the Thread object any more: a joiner's
    // `sys.getrefcount(t)` must not see it (CPython's test_threading).
    drop(thread);
    st.stop();
    drop_thread_locals(me);
}

/// `Exception in thread NAME:` and the traceback, on the current sys.stderr.
fn report_exception(vm: &mut Vm, thread: &Value, st: &ThreadState, e: &PyErr) {
    vm.flush_std();
    let name = match vm.getattr(thread, key!("name")).and_then(|n| vm.to_str(&n)) {
        Ok(n) => n,
        Err(_) => st.inner.lock().name.clone(),
    };
    let text = format_exc(vm, e);
    let mut msg = b"Exception in thread ".to_vec();
    msg.extend_from_slice(name.as_bytes());
    msg.extend_from_slice(b":\n");
    msg.extend_from_slice(text.as_bytes());
    msg.push(b'\n');
    let err = vm.sys_stream("stderr");
    if !err.is_none() {
        let _ = vm.write_to(&err, &msg);
    }
}

/// The traceback as threading.py prints it, through the traceback module:
/// the last line names the exception class without its module.
fn format_exc(vm: &mut Vm, e: &PyErr) -> String {
    let text = crate::traceback::format_exception(vm, e);
    let qualified = crate::traceback::exception_type_name(e.value());
    let bare = e.class().name();
    if qualified == bare {
        return text;
    }
    let tail = crate::traceback::format_exception_only(vm, e.value());
    match (text.strip_suffix(tail.as_str()), tail.strip_prefix(qualified.as_str())) {
        (Some(head), Some(rest)) => format!("{}{}{}", head, bare, rest),
        _ => text,
    }
}

/// `run()`: calls the target with its arguments, then forgets them.
fn thread_run(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult {
    let s = check_self(a, thread_class(), "run")?.clone();
    bind("run", a, kw, &["self"], 1)?;
    let r = (|| -> PyResult<()> {
        let target = vm.getattr(&s, key!("_Thread__target"))?;
        if vm.truthy(&target)? {
            let args = vm.getattr(&s, key!("_Thread__args"))?;
            if args.is_none() {
                // `*None` fails in CPython's run(); collect_call_args reads None as "no *args".
                return Err(PyErr::new(
                    ExcKind::TypeError,
                    format!(
                        "{}argument after * must be an iterable, not NoneType",
                        crate::vm::call::func_label(&target)
                    ),
                ));
            }
            let kwargs = vm.getattr(&s, key!("_Thread__kwargs"))?;
            let (pos, kws) = vm.collect_call_args(&target, Value::None, args, Value::None, kwargs)?;
            vm.call_kw(&target, pos, &kws)?;
        }
        Ok(())
    })();
    // finally: del self.__target, self.__args, self.__kwargs
    for k in [key!("_Thread__target"), key!("_Thread__args"), key!("_Thread__kwargs")] {
        vm.delattr(&s, k)?;
    }
    r?;
    Ok(Value::None)
}

fn thread_join(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult {
    let st = required_state(a, "join", "Thread.__init__() not called")?;
    let args = bind("join", a, kw, &["self", "timeout"], 1)?;
    let (started, ident) = {
        let g = st.inner.lock();
        (g.started, g.ident)
    };
    if !started {
        return Err(PyErr::new(ExcKind::RuntimeError, "cannot join thread before it is started"));
    }
    if ident == Some(vm.ident) {
        return Err(PyErr::new(ExcKind::RuntimeError, "cannot join current thread"));
    }
    let timeout = wait_timeout(given(&args, 1))?;
    let on = Wait::on(WaitKind::Join, "join", a[0].clone());
    wait_until(vm, &on, timeout, &st.inner, &st.cv, |g| g.stopped)?;
    Ok(Value::None)
}

fn thread_is_alive(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult {
    let st = asserted_state(a, "isAlive", "Thread.__init__() not called")?;
    bind("isAlive", a, kw, &["self"], 1)?;
    Ok(Value::bool(st.is_alive()))
}

fn name_get(_vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult {
    let st = asserted_state(a, "name", "Thread.__init__() not called")?;
    let name = st.inner.lock().name.clone();
    Ok(Value::Str(name))
}

fn name_set(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult {
    let st = asserted_state(a, "name", "Thread.__init__() not called")?;
    check_args("name", a, 2, 2)?;
    let name = vm.to_str(&a[1])?;
    st.inner.lock().name = name;
    Ok(Value::None)
}

fn ident_get(_vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult {
    let st = asserted_state(a, "ident", "Thread.__init__() not called")?;
    let ident = st.inner.lock().ident;
    Ok(ident.map(|i| Value::Int(i as i64)).unwrap_or(Value::None))
}

fn daemon_get(_vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult {
    let st = asserted_state(a, "daemon", "Thread.__init__() not called")?;
    let d = st.inner.lock().daemonic.clone();
    Ok(d)
}

fn daemon_set(_vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult {
    let st = required_state(a, "daemon", "Thread.__init__() not called")?;
    check_args("daemon", a, 2, 2)?;
    let mut g = st.inner.lock();
    if g.started || g.launched {
        return Err(PyErr::new(ExcKind::RuntimeError, "cannot set daemon status of active thread"));
    }
    g.daemonic = a[1].clone();
    Ok(Value::None)
}

/// `<Thread(Thread-1, started daemon 140...)>`
fn thread_repr(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult {
    let st = asserted_state(a, "__repr__", "Thread.__init__() was not called")?;
    let (name, started, stopped, daemonic, ident) = {
        let g = st.inner.lock();
        (g.name.clone(), g.started, g.stopped, g.daemonic.clone(), g.ident)
    };
    let mut status = String::from(if stopped {
        "stopped"
    } else if started {
        "started"
    } else {
        "initial"
    });
    if vm.truthy(&daemonic)? {
        status.push_str(" daemon");
    }
    if let Some(i) = ident {
        status.push_str(&format!(" {}", i));
    }
    let mut out = format!("<{}(", a[0].type_name()).into_bytes();
    out.extend_from_slice(name.as_bytes());
    out.extend_from_slice(format!(", {})>", status).as_bytes());
    Ok(Value::bytes(out))
}

// ----- Timer -----

fn timer_class() -> &'static Arc<Class> {
    static CLS: OnceLock<Arc<Class>> = OnceLock::new();
    CLS.get_or_init(|| {
        let c = new_class("_Timer", Some(thread_class()), "threading");
        method(&c, "_Timer.__init__", timer_init);
        method(&c, "_Timer.cancel", |vm, a, kw| {
            let s = check_self(a, timer_class(), "cancel")?.clone();
            bind("cancel", a, kw, &["self"], 1)?;
            let finished = vm.getattr(&s, key!("finished"))?;
            call_method(vm, &finished, key!("set"), vec![])
        });
        method(&c, "_Timer.run", timer_run);
        c
    })
}

/// `__init__(interval, function, args=[], kwargs={})`
fn timer_init(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult {
    let s = check_self(a, timer_class(), "__init__")?.clone();
    let args = bind("__init__", a, kw, &["self", "interval", "function", "args", "kwargs"], 3)?;
    init_thread(vm, &s, Value::None, None, Value::tuple(vec![]), Value::Dict(Arc::new(Dict::new())))?;
    let get = |i: usize| args[i].clone().unwrap_or(Value::None);
    vm.setattr(&s, key!("interval"), get(1))?;
    vm.setattr(&s, key!("function"), get(2))?;
    vm.setattr(&s, key!("args"), args[3].clone().unwrap_or_else(|| Value::list(vec![])))?;
    vm.setattr(&s, key!("kwargs"), args[4].clone().unwrap_or_else(|| Value::Dict(Arc::new(Dict::new()))))?;
    vm.setattr(&s, key!("finished"), new_event())?;
    Ok(Value::None)
}

/// `run()`: waits `interval` unless cancelled, then calls the function.
fn timer_run(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult {
    let s = check_self(a, timer_class(), "run")?.clone();
    bind("run", a, kw, &["self"], 1)?;
    let finished = vm.getattr(&s, key!("finished"))?;
    let interval = vm.getattr(&s, key!("interval"))?;
    call_method(vm, &finished, key!("wait"), vec![interval])?;
    let set = call_method(vm, &finished, key!("is_set"), vec![])?;
    if !vm.truthy(&set)? {
        let f = vm.getattr(&s, key!("function"))?;
        let args = vm.getattr(&s, key!("args"))?;
        let kwargs = vm.getattr(&s, key!("kwargs"))?;
        let (pos, kws) = vm.collect_call_args(&f, Value::None, args, Value::None, kwargs)?;
        vm.call_kw(&f, pos, &kws)?;
    }
    call_method(vm, &finished, key!("set"), vec![])?;
    Ok(Value::None)
}

fn call_method(vm: &mut Vm, obj: &Value, name: &PyStr, args: Vec<Value>) -> PyResult {
    let f = vm.getattr(obj, name)?;
    vm.call(&f, args)
}

// ----- local -----

/// The per-thread dicts of one `local` object, and the arguments its
/// `__init__` is called with again in each new thread.
pub(crate) struct LocalState {
    dicts: Mutex<HashMap<u64, Arc<Dict>>>,
    args: Vec<Value>,
    kwargs: Vec<(Arc<PyStr>, Value)>,
}

impl LocalState {
    /// Each thread's dict and the constructor arguments, for the collector.
    pub(crate) fn traverse(&self, f: &mut dyn FnMut(crate::vm::collector::Child)) -> bool {
        use crate::vm::collector::Child;
        let Some(g) = self.dicts.try_lock() else { return false };
        g.values().for_each(|d| f(Child::Dict(d)));
        self.args.iter().for_each(|v| f(Child::V(v)));
        self.kwargs.iter().for_each(|(_, v)| f(Child::V(v)));
        true
    }

    /// The dicts go (the arguments stay: they are immutable here).
    pub(crate) fn clear(&self, trash: &mut Vec<Value>) {
        if let Some(mut g) = self.dicts.try_lock() {
            trash.extend(g.drain().map(|(_, d)| Value::Dict(d)));
        }
    }
}

/// Every live `local`, so that a finishing thread can drop its dicts.
static LOCALS: Mutex<Vec<Weak<LocalState>>> = Mutex::new(Vec::new());

fn drop_thread_locals(ident: u64) {
    let live: Vec<Arc<LocalState>> = {
        let mut l = LOCALS.lock();
        l.retain(|w| w.strong_count() > 0);
        l.iter().filter_map(|w| w.upgrade()).collect()
    };
    let mut gone = Vec::new();
    for st in &live {
        if let Some(d) = st.dicts.lock().remove(&ident) {
            gone.push(d);
        }
    }
    drop(gone);
}

pub fn local_class() -> &'static Arc<Class> {
    static CLS: OnceLock<Arc<Class>> = OnceLock::new();
    CLS.get_or_init(|| {
        let c = new_class("_local", None, "thread");
        c.dict.set_str("__new__", Value::other(Object::StaticMethod(Builtin::new("_local.__new__", local_new))));
        method(&c, "_local.__getattribute__", local_getattribute);
        method(&c, "_local.__setattr__", local_setattr);
        method(&c, "_local.__delattr__", local_delattr);
        c
    })
}

/// `thread._local` for the base class (its C name), else the class name.
fn local_type_name(obj: &Value) -> String {
    match obj {
        Value::Instance(i) if Arc::ptr_eq(&i.class(), local_class()) => "thread._local".into(),
        _ => obj.type_name(),
    }
}

fn has_own_init(cls: &Arc<Class>) -> bool {
    !matches!(cls.lookup(key!("__init__")), None | Some(Value::Builtin(_)))
}

fn local_new(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult {
    let cls = match a.first() {
        Some(Value::Class(c)) if c.is_subclass(local_class()) => c.clone(),
        _ => return Err(PyErr::new(ExcKind::TypeError, "_local.__new__(X): X is not a subtype of thread._local")),
    };
    if (a.len() > 1 || !kw.is_empty()) && !has_own_init(&cls) {
        return Err(PyErr::new(ExcKind::TypeError, "Initialization arguments are not supported"));
    }
    let obj = bare_instance(&cls);
    let mut dicts = HashMap::new();
    dicts.insert(vm.ident, Arc::new(Dict::new()));
    let st = Arc::new(LocalState { dicts: Mutex::new(dicts), args: a[1..].to_vec(), kwargs: kw.to_vec() });
    {
        let mut l = LOCALS.lock();
        l.retain(|w| w.strong_count() > 0);
        l.push(Arc::downgrade(&st));
    }
    set_state(&obj, key!("_local__state"), st);
    crate::vm::collector::track_value(&obj);
    Ok(obj)
}

/// This thread's dict of a local; on first use in a thread, `__init__` runs
/// again with the original arguments.
fn local_dict(vm: &mut Vm, obj: &Value, st: &LocalState) -> PyResult<Arc<Dict>> {
    if let Some(d) = st.dicts.lock().get(&vm.ident).cloned() {
        return Ok(d);
    }
    let d = Arc::new(Dict::new());
    st.dicts.lock().insert(vm.ident, d.clone());
    if let Value::Instance(i) = obj {
        if has_own_init(&i.class()) {
            if let Some(init) = i.class().lookup(key!("__init__")) {
                let f = vm.bind_descriptor(init, obj, &i.class())?;
                if let Err(e) = vm.call_kw(&f, st.args.clone(), &st.kwargs) {
                    st.dicts.lock().remove(&vm.ident);
                    return Err(e);
                }
            }
        }
    }
    Ok(d)
}

fn is_property(v: &Option<Value>) -> Option<(Value, Value, Value)> {
    match v {
        Some(Value::Other(o)) => match &**o {
            Object::Property { fget, fset, fdel, .. } => Some((fget.clone(), fset.clone(), fdel.clone())),
            _ => None,
        },
        _ => None,
    }
}

fn local_args<'a>(
    a: &'a [Value],
    n: usize,
    meth: &str,
) -> PyResult<(&'a Value, &'a Arc<crate::object::Instance>, Arc<PyStr>)> {
    check_args(meth, a, n, n)?;
    let Value::Instance(inst) = &a[0] else {
        return Err(PyErr::new(ExcKind::TypeError, format!("descriptor '{}' requires a 'thread._local' object", meth)));
    };
    let name = str_arg(&a[1], "attribute name")?.clone();
    Ok((&a[0], inst, name))
}

fn local_getattribute(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult {
    let (obj, inst, name) = local_args(a, 2, "__getattribute__")?;
    let Some(st) = state_of::<LocalState>(obj, key!("_local__state")) else {
        return vm.instance_getattr(obj, inst, &name);
    };
    let d = local_dict(vm, obj, &st)?;
    let cls_attr = inst.class().lookup(&name);
    if is_property(&cls_attr).is_some() {
        return vm.bind_descriptor(cls_attr.unwrap_or(Value::None), obj, &inst.class());
    }
    if name.as_bytes() == b"__dict__" {
        return Ok(Value::Dict(d));
    }
    if let Some(v) = d.get_str(&name) {
        return Ok(v);
    }
    if let Some(attr) = cls_attr {
        return vm.bind_descriptor(attr, obj, &inst.class());
    }
    if name.as_bytes() == b"__class__" {
        return Ok(Value::Class(inst.class().into_owned()));
    }
    Err(PyErr::new(
        ExcKind::AttributeError,
        format!("'{}' object has no attribute '{}'", local_type_name(obj), name.as_str()),
    ))
}

fn read_only_dict(obj: &Value) -> PyErr {
    PyErr::new(ExcKind::AttributeError, format!("'{}' object attribute '__dict__' is read-only", local_type_name(obj)))
}

fn local_setattr(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult {
    let (obj, inst, name) = local_args(a, 3, "__setattr__")?;
    if name.as_bytes() == b"__dict__" {
        return Err(read_only_dict(obj));
    }
    let Some(st) = state_of::<LocalState>(obj, key!("_local__state")) else {
        vm.generic_setattr(obj, &name, a[2].clone())?;
        return Ok(Value::None);
    };
    let d = local_dict(vm, obj, &st)?;
    if let Some((_, fset, _)) = is_property(&inst.class().lookup(&name)) {
        if fset.is_none() {
            return Err(PyErr::new(ExcKind::AttributeError, "can't set attribute"));
        }
        vm.call(&fset, vec![obj.clone(), a[2].clone()])?;
        return Ok(Value::None);
    }
    d.set_pystr(name, a[2].clone());
    Ok(Value::None)
}

fn local_delattr(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult {
    let (obj, inst, name) = local_args(a, 2, "__delattr__")?;
    if name.as_bytes() == b"__dict__" {
        return Err(read_only_dict(obj));
    }
    let Some(st) = state_of::<LocalState>(obj, key!("_local__state")) else {
        vm.generic_delattr(obj, &name)?;
        return Ok(Value::None);
    };
    let d = local_dict(vm, obj, &st)?;
    if let Some((_, _, fdel)) = is_property(&inst.class().lookup(&name)) {
        if fdel.is_none() {
            return Err(PyErr::new(ExcKind::AttributeError, "can't delete attribute"));
        }
        vm.call(&fdel, vec![obj.clone()])?;
        return Ok(Value::None);
    }
    match d.remove_str(&name) {
        Some(_) => Ok(Value::None),
        None => Err(PyErr::with_args(ExcKind::AttributeError, vec![Value::Str(name)])),
    }
}

// ----- module functions -----

/// `_shutdown()`: at the end of the main script, stops the main thread and
/// joins every non-daemon thread still alive, in start order.
fn shutdown(vm: &mut Vm, _a: &[Value], _kw: &KwArgs) -> PyResult {
    ensure_main(vm);
    let main_ident = vm.interp.main_ident;
    let main = REGISTRY.lock().iter().find(|e| e.ident == Some(main_ident)).map(|e| e.state.clone());
    if let Some(st) = &main {
        st.stop();
    }
    loop {
        let states: Vec<Arc<ThreadState>> = REGISTRY.lock().iter().map(|e| e.state.clone()).collect();
        let mut pick = None;
        for st in states {
            let daemonic = st.inner.lock().daemonic.clone();
            if st.is_alive() && !vm.truthy(&daemonic)? {
                pick = Some(st);
                break;
            }
        }
        let Some(st) = pick else { break };
        let thread = REGISTRY.lock().iter().find(|e| Arc::ptr_eq(&e.state, &st)).map(|e| e.thread.clone());
        let on = Wait { kind: WaitKind::Join, object: thread, what: "join" };
        wait_until(vm, &on, None, &st.inner, &st.cv, |g| g.stopped)?;
    }
    if let Some(st) = main {
        let gone = {
            let mut r = REGISTRY.lock();
            r.iter().position(|e| Arc::ptr_eq(&e.state, &st)).map(|i| r.remove(i))
        };
        drop(gone);
    }
    Ok(Value::None)
}

/// `stack_size([size])`: validated and remembered as CPython does; every
/// interpreter thread gets `runner::SPAWNED_THREAD_STACK` whatever it says.
fn stack_size(_vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult {
    check_args("stack_size", a, 0, 1)?;
    let old = STACK_SIZE.load(Ordering::Relaxed);
    if let Some(v) = a.first() {
        let size = int_arg(v, "stack_size")?;
        if size < 0 {
            return Err(PyErr::new(ExcKind::ValueError, "size must be 0 or a positive value"));
        }
        if size != 0 && size < 32768 {
            return Err(PyErr::new(ExcKind::ValueError, format!("size not valid: {} bytes", size)));
        }
        STACK_SIZE.store(size, Ordering::Relaxed);
    }
    Ok(Value::Int(old))
}

pub fn init(d: &Dict) {
    def(d, "current_thread", |vm, a, _| {
        check_args("currentThread", a, 0, 0)?;
        Ok(current_thread(vm))
    });
    def(d, "currentThread", |vm, a, _| {
        check_args("currentThread", a, 0, 0)?;
        Ok(current_thread(vm))
    });
    def(d, "active_count", |vm, a, _| {
        check_args("activeCount", a, 0, 0)?;
        Ok(Value::Int(all_threads(vm).len() as i64))
    });
    def(d, "activeCount", |vm, a, _| {
        check_args("activeCount", a, 0, 0)?;
        Ok(Value::Int(all_threads(vm).len() as i64))
    });
    def(d, "enumerate", |vm, a, _| {
        check_args("enumerate", a, 0, 0)?;
        Ok(Value::list(all_threads(vm)))
    });
    def(d, "settrace", |_, a, _| {
        check_args("settrace", a, 1, 1)?;
        HOOKS.lock()[0] = Some(a[0].clone()).filter(|f| !f.is_none());
        Ok(Value::None)
    });
    def(d, "setprofile", |_, a, _| {
        check_args("setprofile", a, 1, 1)?;
        HOOKS.lock()[1] = Some(a[0].clone()).filter(|f| !f.is_none());
        Ok(Value::None)
    });
    def(d, "stack_size", stack_size);
    def(d, "_shutdown", shutdown);
    def(d, "_get_ident", |vm, _, _| Ok(Value::Int(vm.ident as i64)));
    let allocate = Builtin::new("allocate_lock", |_, a, _| {
        check_args("allocate_lock", a, 0, 0)?;
        Ok(new_lock())
    });
    d.set_str("Lock", allocate.clone());
    d.set_str("_allocate_lock", allocate);
    d.set_str("ThreadError", Value::Class(error_class().clone()));
    for (names, cls) in [
        (&["Thread"][..], thread_class()),
        (&["_MainThread"][..], main_thread_class()),
        (&["_DummyThread"][..], dummy_thread_class()),
        (&["Timer", "_Timer"][..], timer_class()),
        (&["RLock", "_RLock"][..], rlock_class()),
        (&["Condition", "_Condition"][..], condition_class()),
        (&["Semaphore", "_Semaphore"][..], semaphore_class()),
        (&["BoundedSemaphore", "_BoundedSemaphore"][..], bounded_semaphore_class()),
        (&["Event", "_Event"][..], event_class()),
        (&["local"][..], local_class()),
    ] {
        for n in names {
            d.set_str(n, Value::Class(cls.clone()));
        }
    }
    let all = [
        "activeCount",
        "active_count",
        "Condition",
        "currentThread",
        "current_thread",
        "enumerate",
        "Event",
        "Lock",
        "RLock",
        "Semaphore",
        "BoundedSemaphore",
        "Thread",
        "Timer",
        "setprofile",
        "settrace",
        "local",
        "stack_size",
    ];
    d.set_str("__all__", Value::list(all.iter().map(|s| Value::str(s)).collect()));
}
