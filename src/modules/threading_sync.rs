//! The synchronization classes of `threading` (RLock, Condition, Semaphore, BoundedSemaphore, Event) and the helpers the module shares.
//
// Each class is a Python-visible, subclassable class whose methods are
// natives taking `self` (an `Instance`) first; the native state sits in the
// instance dict under a private key (`_RLock__state`, ...), made by
// `__init__` as threading.py makes its private attributes. Every wait goes
// through `Vm::blocking_wait` (GIL released, main thread interruptible), and
// no Rust lock is held while Python code runs.

use crate::object::BoolBits;
use std::any::Any;
use std::collections::VecDeque;
use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};

use parking_lot::{Condvar, Mutex};

use super::thread::{error_class, LockObj, POLL};
use super::{int_arg, method};
use crate::object::class::{isinstance, types, Class, Instance};
use crate::object::exception::new_exception;
use crate::object::function::KwArgs;
use crate::object::number::Num;
use crate::object::{Dict, ExcKind, Object, PyErr, PyResult, PyStr, Value};
use crate::vm::threads::{Site, Wait, WaitKind};
use crate::vm::Vm;

/// A `&'static PyStr` made once (attribute and dict keys).
macro_rules! key {
    ($s:literal) => {{
        static K: std::sync::OnceLock<crate::object::PyStr> = std::sync::OnceLock::new();
        K.get_or_init(|| crate::object::PyStr::from_str($s))
    }};
}
pub(crate) use key;

// ----- helpers shared with threading.rs -----

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// Binds the arguments of a native method as CPython binds those of a Python
/// function with parameters `names` (`self` first), the first `required` of
/// which have no default. One slot per name; the messages are CPython's.
pub(crate) fn bind(
    fname: &str,
    a: &[Value],
    kw: &KwArgs,
    names: &[&str],
    required: usize,
) -> PyResult<Vec<Option<Value>>> {
    let argc = names.len();
    let has_defaults = required < argc;
    if a.len() > argc {
        return Err(PyErr::new(
            ExcKind::TypeError,
            format!(
                "{}() takes {} {} argument{} ({} given)",
                fname,
                if has_defaults { "at most" } else { "exactly" },
                argc,
                plural(argc),
                a.len() + kw.len()
            ),
        ));
    }
    let mut slots: Vec<Option<Value>> = a.iter().cloned().map(Some).collect();
    slots.resize(argc, None);
    for (k, v) in kw {
        match names.iter().position(|n| n.as_bytes() == k.as_bytes()) {
            Some(i) if slots[i].is_some() => {
                return Err(PyErr::new(
                    ExcKind::TypeError,
                    format!("{}() got multiple values for keyword argument '{}'", fname, k.as_str()),
                ))
            }
            Some(i) => slots[i] = Some(v.clone()),
            None => {
                return Err(PyErr::new(
                    ExcKind::TypeError,
                    format!("{}() got an unexpected keyword argument '{}'", fname, k.as_str()),
                ))
            }
        }
    }
    if slots[..required].iter().any(|s| s.is_none()) {
        let given = slots.iter().filter(|s| s.is_some()).count();
        return Err(PyErr::new(
            ExcKind::TypeError,
            format!(
                "{}() takes {} {} argument{} ({} given)",
                fname,
                if has_defaults { "at least" } else { "exactly" },
                required,
                plural(required),
                given
            ),
        ));
    }
    Ok(slots)
}

/// A bound argument, `None` when absent or Python None.
pub(crate) fn given(slots: &[Option<Value>], i: usize) -> Option<&Value> {
    match slots.get(i) {
        Some(Some(Value::None)) | Some(None) | None => None,
        Some(Some(v)) => Some(v),
    }
}

/// A class of the threading module: subclassable from Python, shown as
/// `<class 'threading.Name'>`.
pub(crate) fn new_class(name: &str, base: Option<&Arc<Class>>, module: &str) -> Arc<Class> {
    let d = Arc::new(Dict::new());
    d.set_str("__module__", Value::str(module));
    d.set_str("__doc__", Value::None);
    let base = base.cloned().unwrap_or_else(|| types().object.clone());
    Class::new(name, vec![base], d, true).expect("a class with one base always linearizes")
}

/// The hidden class of the native state objects kept in instance dicts.
fn state_class() -> &'static Arc<Class> {
    static CLS: OnceLock<Arc<Class>> = OnceLock::new();
    CLS.get_or_init(|| {
        Class::new("_state", vec![types().object.clone()], Arc::new(Dict::new()), false)
            .expect("a class with one base always linearizes")
    })
}

/// Wraps native state for an instance dict.
pub(crate) fn state_value<T: Any + Send + Sync>(s: Arc<T>) -> Value {
    Value::other(Object::Native { class: state_class().clone(), data: Box::new(s) })
}

/// The native state stored under `key` in the dict of instance `obj`.
pub(crate) fn state_of<T: Any>(obj: &Value, key: &PyStr) -> Option<Arc<T>> {
    let Value::Instance(i) = obj else { return None };
    let v = i.dict.get_str(key)?;
    v.native::<Arc<T>>().cloned()
}

/// `self` of a method of `cls`: TypeError when it is not an instance of it.
pub(crate) fn check_self<'a>(a: &'a [Value], cls: &Arc<Class>, meth: &str) -> PyResult<&'a Value> {
    match a.first() {
        Some(s) if isinstance(s, cls) => Ok(s),
        other => Err(PyErr::new(
            ExcKind::TypeError,
            format!(
                "unbound method {}() must be called with {} instance as first argument (got {} instead)",
                meth,
                cls.name(),
                match other {
                    Some(v) => format!("{} instance", v.type_name()),
                    None => "nothing".into(),
                }
            ),
        )),
    }
}

/// The state of `self` (a[0]) for method `meth` of `cls`; AttributeError
/// (naming the private key, as threading.py would) if `__init__` did not run.
pub(crate) fn self_state<T: Any>(a: &[Value], cls: &Arc<Class>, key: &PyStr, meth: &str) -> PyResult<Arc<T>> {
    let s = check_self(a, cls, meth)?;
    state_of::<T>(s, key).ok_or_else(|| {
        PyErr::new(ExcKind::AttributeError, format!("'{}' object has no attribute '{}'", s.type_name(), key.as_str()))
    })
}

/// Sets the native state of a fresh instance.
pub(crate) fn set_state<T: Any + Send + Sync>(obj: &Value, key: &PyStr, s: Arc<T>) {
    if let Value::Instance(i) = obj {
        i.dict.set_ref(key, state_value(s));
    }
}

/// A bare instance of `cls` (no `__init__` run).
pub(crate) fn bare_instance(cls: &Arc<Class>) -> Value {
    Value::Instance(Arc::new(Instance::new(cls.clone(), Value::None)))
}

/// A wait timeout as threading.py treats it: None waits forever; a negative
/// number does not wait at all.
pub(crate) fn wait_timeout(v: Option<&Value>) -> PyResult<Option<Duration>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => match Num::of(v) {
            Some(n) => {
                let t = n.to_f64()?;
                Ok(Some(if t > 0.0 { Duration::from_secs_f64(t.min(1e9)) } else { Duration::ZERO }))
            }
            None => Err(PyErr::new(
                ExcKind::TypeError,
                format!("unsupported operand type(s) for +: 'float' and '{}'", v.type_name()),
            )),
        },
    }
}

/// Blocks (called with the GIL released) until `ready` accepts the value in
/// `m` (it may update it, e.g. to take a lock), the deadline passes, or
/// `interrupted` says the main thread has a signal to handle.
pub(crate) fn wait_on<T>(
    m: &Mutex<T>,
    cv: &Condvar,
    deadline: Option<Instant>,
    interrupted: &dyn Fn() -> bool,
    mut ready: impl FnMut(&mut T) -> bool,
) -> bool {
    let mut g = m.lock();
    loop {
        if ready(&mut g) {
            return true;
        }
        if interrupted() {
            return false;
        }
        let now = Instant::now();
        let until = match deadline {
            Some(d) if now >= d => return false,
            Some(d) => d.min(now + POLL),
            None => now + POLL,
        };
        cv.wait_until(&mut g, until);
    }
}

/// Waits until `ready` accepts the value in `m`, at most `timeout`: first
/// without giving up the GIL, then through `Vm::blocking_wait`, going back to
/// waiting after signal handlers that did not raise. False on timeout.
pub(crate) fn wait_until<T>(
    vm: &mut Vm,
    on: &Wait,
    timeout: Option<Duration>,
    m: &Mutex<T>,
    cv: &Condvar,
    mut ready: impl FnMut(&mut T) -> bool,
) -> PyResult<bool> {
    if ready(&mut m.lock()) {
        return Ok(true);
    }
    if timeout == Some(Duration::ZERO) {
        return Ok(false);
    }
    let deadline = timeout.map(|t| Instant::now() + t);
    loop {
        let remaining = deadline.map(|d| d.saturating_duration_since(Instant::now()));
        if vm.blocking_wait(on.clone(), remaining, |d, intr| wait_on(m, cv, d, intr, &mut ready))? {
            return Ok(true);
        }
        if deadline.is_some_and(|d| Instant::now() >= d) {
            return Ok(false);
        }
    }
}

/// Like `wait_until` with no timeout, but never gives up: an exception
/// raised by a signal handler meanwhile is kept and returned once `ready`
/// succeeded (re-taking a lock in a `finally`).
fn wait_surely<T>(
    vm: &mut Vm,
    on: &Wait,
    m: &Mutex<T>,
    cv: &Condvar,
    mut ready: impl FnMut(&mut T) -> bool,
) -> Option<PyErr> {
    let mut first = None;
    loop {
        match wait_until(vm, on, None, m, cv, &mut ready) {
            Ok(true) => return first,
            Ok(false) => {}
            Err(e) => {
                first.get_or_insert(e);
            }
        }
    }
}

/// Takes a `thread.lock`, blocking, whatever happens meanwhile.
fn take_lock_surely(vm: &mut Vm, lock: &LockObj, obj: &Value) -> Option<PyErr> {
    let mut first = None;
    while !lock.try_acquire(vm) {
        let me = (vm.ident, vm.site);
        let on = Wait::on(WaitKind::Lock, "a Lock", obj.clone());
        match vm.blocking_wait(on, None, |d, intr| lock.acquire_until(me, d, intr)) {
            Ok(true) => break,
            Ok(false) => {}
            Err(e) => {
                first.get_or_insert(e);
            }
        }
    }
    first
}

fn runtime_error(msg: &str) -> PyErr {
    PyErr::new(ExcKind::RuntimeError, msg)
}

/// Calls `obj.name(*args)`.
fn call_method(vm: &mut Vm, obj: &Value, name: &PyStr, args: Vec<Value>, kw: &KwArgs) -> PyResult {
    let f = vm.getattr(obj, name)?;
    vm.call_kw(&f, args, kw)
}

// ----- RLock -----

/// Owner (a thread ident, 0 for none) and recursion count of an RLock.
#[derive(Default)]
pub(crate) struct Owner {
    owner: u64,
    count: u64,
    /// Where the owner took it (for the deadlock report).
    site: Site,
}

#[derive(Default)]
pub(crate) struct RLockState {
    st: Mutex<Owner>,
    cv: Condvar,
}

impl RLockState {
    /// Takes the lock for `me` if it is free or already `me`'s.
    fn take(g: &mut Owner, me: u64, site: Site) -> Option<bool> {
        if g.owner == me {
            g.count += 1;
            Some(true)
        } else if g.owner == 0 {
            g.owner = me;
            g.count = 1;
            g.site = site;
            Some(false)
        } else {
            None
        }
    }

    fn release(&self, me: u64) -> bool {
        let mut g = self.st.lock();
        if g.owner != me || g.count == 0 {
            return false;
        }
        g.count -= 1;
        if g.count == 0 {
            g.owner = 0;
            drop(g);
            self.cv.notify_one();
        }
        true
    }

    /// Releases completely; returns (count, owner) for `acquire_restore`.
    fn release_save(&self, me: u64) -> Option<(u64, u64)> {
        let mut g = self.st.lock();
        if g.owner != me {
            return None;
        }
        let saved = (g.count, g.owner);
        g.owner = 0;
        g.count = 0;
        drop(g);
        self.cv.notify_one();
        Some(saved)
    }

    /// The owning thread and where it took the lock, if owned.
    pub fn holder(&self) -> Option<(u64, Site)> {
        let g = self.st.lock();
        (g.owner != 0).then_some((g.owner, g.site))
    }

    fn acquire_restore(&self, vm: &mut Vm, obj: &Value, count: u64, owner: u64) -> Option<PyErr> {
        let on = Wait::on(WaitKind::RLock, "an RLock", obj.clone());
        wait_surely(vm, &on, &self.st, &self.cv, |g| {
            if g.owner == 0 {
                g.owner = owner;
                g.count = count;
                true
            } else {
                false
            }
        })
    }

    fn is_owned(&self, me: u64) -> bool {
        self.st.lock().owner == me
    }
}

pub fn rlock_class() -> &'static Arc<Class> {
    static CLS: OnceLock<Arc<Class>> = OnceLock::new();
    CLS.get_or_init(|| {
        let c = new_class("_RLock", None, "threading");
        method(&c, "_RLock.__init__", rlock_init);
        method(&c, "_RLock.acquire", rlock_acquire);
        method(&c, "_RLock.__enter__", rlock_acquire);
        method(&c, "_RLock.release", rlock_release);
        method(&c, "_RLock.__exit__", |vm, a, _| {
            rlock_release(vm, &a[..a.len().min(1)], &[])?;
            Ok(Value::None)
        });
        method(&c, "_RLock._is_owned", |vm, a, _| {
            let st = rlock_of(a, "_is_owned")?;
            Ok(Value::bool(st.is_owned(vm.ident)))
        });
        method(&c, "_RLock._release_save", |vm, a, _| {
            let st = rlock_of(a, "_release_save")?;
            match st.release_save(vm.ident) {
                Some((count, owner)) => Ok(Value::tuple(vec![Value::Int(count as i64), Value::Int(owner as i64)])),
                None => Err(runtime_error("cannot release un-acquired lock")),
            }
        });
        method(&c, "_RLock._acquire_restore", |vm, a, kw| {
            let st = rlock_of(a, "_acquire_restore")?;
            let args = bind("_acquire_restore", a, kw, &["self", "count_owner"], 2)?;
            let pair = match &args[1] {
                Some(Value::Tuple(t)) if t.items.len() == 2 => {
                    (int_arg(&t.items[0], "count")?.max(0) as u64, int_arg(&t.items[1], "owner")?.max(0) as u64)
                }
                _ => return Err(PyErr::new(ExcKind::TypeError, "expected a (count, owner) pair")),
            };
            match st.acquire_restore(vm, &a[0], pair.0, pair.1) {
                Some(e) => Err(e),
                None => Ok(Value::None),
            }
        });
        method(&c, "_RLock.__repr__", rlock_repr);
        method(&c, "_RLock.__str__", rlock_repr);
        c
    })
}

fn rlock_of(a: &[Value], meth: &str) -> PyResult<Arc<RLockState>> {
    self_state::<RLockState>(a, rlock_class(), key!("_RLock__state"), meth)
}

/// A new `_RLock` instance and its state.
pub(crate) fn new_rlock() -> (Value, Arc<RLockState>) {
    let obj = bare_instance(rlock_class());
    let st = Arc::new(RLockState::default());
    set_state(&obj, key!("_RLock__state"), st.clone());
    (obj, st)
}

fn rlock_init(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult {
    let s = check_self(a, rlock_class(), "__init__")?;
    bind("__init__", a, kw, &["self", "verbose"], 1)?;
    set_state(s, key!("_RLock__state"), Arc::new(RLockState::default()));
    Ok(Value::None)
}

/// `acquire(blocking=1, timeout=-1)`: True on first acquisition, 1 on a
/// recursive one (as 2.7's threading.py returns), False when not acquired.
fn rlock_acquire(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult {
    let st = rlock_of(a, "acquire")?;
    let args = bind("acquire", a, kw, &["self", "blocking", "timeout"], 1)?;
    let blocking = match &args[1] {
        Some(v) => vm.truthy(v)?,
        None => true,
    };
    let timeout = match given(&args, 2) {
        None => None,
        Some(v) => {
            let t = Num::of(v).ok_or_else(|| PyErr::new(ExcKind::TypeError, "a float is required"))?.to_f64()?;
            if t == -1.0 {
                None
            } else if !blocking {
                return Err(PyErr::new(ExcKind::ValueError, "can't specify a timeout for a non-blocking call"));
            } else if t < 0.0 {
                return Err(PyErr::new(ExcKind::ValueError, "timeout value must be positive"));
            } else {
                Some(Duration::from_secs_f64(t.min(1e9)))
            }
        }
    };
    let (me, site) = (vm.ident, vm.site);
    match RLockState::take(&mut st.st.lock(), me, site) {
        Some(true) => return Ok(Value::Int(1)),
        Some(false) => return Ok(Value::Bool(BoolBits::TRUE)),
        None if !blocking => return Ok(Value::Bool(BoolBits::FALSE)),
        None => {}
    }
    let on = Wait::on(WaitKind::RLock, "an RLock", a[0].clone());
    let got = wait_until(vm, &on, timeout, &st.st, &st.cv, |g| RLockState::take(g, me, site).is_some())?;
    Ok(Value::bool(got))
}

fn rlock_release(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult {
    let st = rlock_of(a, "release")?;
    bind("release", a, kw, &["self"], 1)?;
    if !st.release(vm.ident) {
        return Err(runtime_error("cannot release un-acquired lock"));
    }
    Ok(Value::None)
}

fn rlock_repr(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult {
    let st = rlock_of(a, "__repr__")?;
    let (owner, count) = {
        let g = st.st.lock();
        (g.owner, g.count)
    };
    let owner_repr = if owner == 0 {
        "None".to_string()
    } else {
        match super::threading::thread_name(vm, owner) {
            Some(name) => vm.repr(&Value::Str(name))?.to_string_lossy(),
            None => owner.to_string(),
        }
    };
    Ok(Value::str(&format!("<{} owner={} count={}>", a[0].type_name(), owner_repr, count)))
}

// ----- Condition -----

/// One thread blocked in `Condition.wait`.
#[derive(Default)]
struct Waiter {
    notified: Mutex<bool>,
    cv: Condvar,
}

/// The lock under a Condition: the native kinds are handled directly.
enum CondLock {
    /// A `thread.lock`.
    Plain,
    RLock(Arc<RLockState>),
    /// Anything with acquire/release (and maybe the private interface).
    Other,
}

pub(crate) struct CondState {
    lock: Value,
    kind: CondLock,
    waiters: Mutex<VecDeque<Arc<Waiter>>>,
}

/// What `_release_save` gave back.
enum Saved {
    Plain,
    RLock(u64, u64),
    /// From the lock's `_release_save` (Some) or its plain `release` (None).
    Other(Option<Value>),
}

impl CondState {
    fn plain(&self) -> PyResult<&LockObj> {
        self.lock.native::<LockObj>().ok_or_else(|| PyErr::new(ExcKind::TypeError, "not a lock"))
    }

    fn is_owned(&self, vm: &mut Vm) -> PyResult<bool> {
        match &self.kind {
            CondLock::Plain => Ok(self.plain()?.is_locked()),
            CondLock::RLock(st) => Ok(st.is_owned(vm.ident)),
            CondLock::Other => {
                if let Ok(f) = vm.getattr(&self.lock, key!("_is_owned")) {
                    let r = vm.call(&f, vec![])?;
                    return vm.truthy(&r);
                }
                let got = call_method(vm, &self.lock, key!("acquire"), vec![Value::Int(0)], &[])?;
                if vm.truthy(&got)? {
                    call_method(vm, &self.lock, key!("release"), vec![], &[])?;
                    Ok(false)
                } else {
                    Ok(true)
                }
            }
        }
    }

    fn release_save(&self, vm: &mut Vm) -> PyResult<Saved> {
        match &self.kind {
            CondLock::Plain => {
                if self.plain()?.release() {
                    Ok(Saved::Plain)
                } else {
                    Err(PyErr::from_value(new_exception(error_class(), vec![Value::str("release unlocked lock")])))
                }
            }
            CondLock::RLock(st) => match st.release_save(vm.ident) {
                Some((count, owner)) => Ok(Saved::RLock(count, owner)),
                None => Err(runtime_error("cannot release un-acquired lock")),
            },
            CondLock::Other => match vm.getattr(&self.lock, key!("_release_save")) {
                Ok(f) => Ok(Saved::Other(Some(vm.call(&f, vec![])?))),
                Err(_) => {
                    call_method(vm, &self.lock, key!("release"), vec![], &[])?;
                    Ok(Saved::Other(None))
                }
            },
        }
    }

    fn acquire_restore(&self, vm: &mut Vm, saved: Saved) -> PyResult<()> {
        let err = match (&self.kind, saved) {
            (CondLock::Plain, _) => take_lock_surely(vm, self.plain()?, &self.lock),
            (CondLock::RLock(st), Saved::RLock(count, owner)) => st.acquire_restore(vm, &self.lock, count, owner),
            (_, Saved::Other(Some(state))) => {
                call_method(vm, &self.lock, key!("_acquire_restore"), vec![state], &[])?;
                None
            }
            _ => {
                call_method(vm, &self.lock, key!("acquire"), vec![], &[])?;
                None
            }
        };
        match err {
            Some(e) => Err(e),
            None => Ok(()),
        }
    }

    /// Wakes the first `n` waiters.
    fn notify(&self, n: usize) {
        let woken: Vec<Arc<Waiter>> = {
            let mut w = self.waiters.lock();
            let n = n.min(w.len());
            w.drain(..n).collect()
        };
        for w in woken {
            *w.notified.lock() = true;
            w.cv.notify_one();
        }
    }
}

pub fn condition_class() -> &'static Arc<Class> {
    static CLS: OnceLock<Arc<Class>> = OnceLock::new();
    CLS.get_or_init(|| {
        let c = new_class("_Condition", None, "threading");
        method(&c, "_Condition.__init__", cond_init);
        method(&c, "_Condition.acquire", |vm, a, kw| {
            let cs = cond_of(a, "acquire")?;
            call_method(vm, &cs.lock, key!("acquire"), a[1..].to_vec(), kw)
        });
        method(&c, "_Condition.release", |vm, a, kw| {
            let cs = cond_of(a, "release")?;
            call_method(vm, &cs.lock, key!("release"), a[1..].to_vec(), kw)
        });
        method(&c, "_Condition.__enter__", |vm, a, kw| {
            let cs = cond_of(a, "__enter__")?;
            call_method(vm, &cs.lock, key!("__enter__"), a[1..].to_vec(), kw)
        });
        method(&c, "_Condition.__exit__", |vm, a, kw| {
            let cs = cond_of(a, "__exit__")?;
            call_method(vm, &cs.lock, key!("__exit__"), a[1..].to_vec(), kw)
        });
        method(&c, "_Condition._is_owned", |vm, a, _| {
            let cs = cond_of(a, "_is_owned")?;
            Ok(Value::bool(cs.is_owned(vm)?))
        });
        method(&c, "_Condition.wait", cond_wait);
        method(&c, "_Condition.notify", cond_notify);
        method(&c, "_Condition.notify_all", cond_notify_all);
        method(&c, "_Condition.notifyAll", cond_notify_all);
        method(&c, "_Condition.__repr__", cond_repr);
        method(&c, "_Condition.__str__", cond_repr);
        c
    })
}

fn cond_of(a: &[Value], meth: &str) -> PyResult<Arc<CondState>> {
    self_state::<CondState>(a, condition_class(), key!("_Condition__state"), meth)
}

fn cond_init(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult {
    let s = check_self(a, condition_class(), "__init__")?;
    let args = bind("__init__", a, kw, &["self", "lock", "verbose"], 1)?;
    let (lock, kind) = match given(&args, 1) {
        None => {
            let (obj, st) = new_rlock();
            (obj, CondLock::RLock(st))
        }
        Some(l) if l.native::<LockObj>().is_some() => (l.clone(), CondLock::Plain),
        Some(l @ Value::Instance(i)) if Arc::ptr_eq(&i.class(), rlock_class()) => {
            match state_of::<RLockState>(l, key!("_RLock__state")) {
                Some(st) => (l.clone(), CondLock::RLock(st)),
                None => (l.clone(), CondLock::Other),
            }
        }
        Some(l) => {
            // threading.py binds lock.acquire and lock.release here.
            vm.getattr(l, key!("acquire"))?;
            vm.getattr(l, key!("release"))?;
            (l.clone(), CondLock::Other)
        }
    };
    let st = CondState { lock, kind, waiters: Mutex::new(VecDeque::new()) };
    set_state(s, key!("_Condition__state"), Arc::new(st));
    Ok(Value::None)
}

/// `wait(timeout=None)`: releases the lock completely (even an RLock held
/// several times), waits for a notify or the timeout, and takes the lock back
/// as it was, whatever happened. Returns None, as in 2.7.
fn cond_wait(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult {
    let cs = cond_of(a, "wait")?;
    let args = bind("wait", a, kw, &["self", "timeout"], 1)?;
    let timeout = wait_timeout(given(&args, 1))?;
    if !cs.is_owned(vm)? {
        return Err(runtime_error("cannot wait on un-acquired lock"));
    }
    let w = Arc::new(Waiter::default());
    cs.waiters.lock().push_back(w.clone());
    let saved = match cs.release_save(vm) {
        Ok(s) => s,
        Err(e) => {
            cs.waiters.lock().retain(|x| !Arc::ptr_eq(x, &w));
            return Err(e);
        }
    };
    let on = Wait::on(WaitKind::Condition, "a Condition", a[0].clone());
    let r = wait_until(vm, &on, timeout, &w.notified, &w.cv, |n| *n);
    if !matches!(r, Ok(true)) {
        cs.waiters.lock().retain(|x| !Arc::ptr_eq(x, &w));
    }
    cs.acquire_restore(vm, saved)?;
    r?;
    Ok(Value::None)
}

fn cond_notify(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult {
    let cs = cond_of(a, "notify")?;
    let args = bind("notify", a, kw, &["self", "n"], 1)?;
    if !cs.is_owned(vm)? {
        return Err(runtime_error("cannot notify on un-acquired lock"));
    }
    let len = cs.waiters.lock().len() as i64;
    // threading.py takes `waiters[:n]`.
    let n = match &args[1] {
        None => 1,
        Some(v) => crate::object::number::as_i64(v).ok_or_else(|| {
            PyErr::new(ExcKind::TypeError, "slice indices must be integers or None or have an __index__ method")
        })?,
    };
    let n = if n < 0 { (len + n).max(0) } else { n };
    cs.notify(n as usize);
    Ok(Value::None)
}

fn cond_notify_all(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult {
    let cs = cond_of(a, "notifyAll")?;
    bind("notifyAll", a, kw, &["self"], 1)?;
    if !cs.is_owned(vm)? {
        return Err(runtime_error("cannot notify on un-acquired lock"));
    }
    cs.notify(usize::MAX);
    Ok(Value::None)
}

fn cond_repr(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult {
    let cs = cond_of(a, "__repr__")?;
    let lock = vm.to_str(&cs.lock)?;
    let n = cs.waiters.lock().len();
    let mut out = b"<Condition(".to_vec();
    out.extend_from_slice(lock.as_bytes());
    out.extend_from_slice(format!(", {})>", n).as_bytes());
    Ok(Value::bytes(out))
}

// ----- Semaphore, BoundedSemaphore -----

pub(crate) struct SemState {
    value: Mutex<i64>,
    cv: Condvar,
    /// The initial value of a BoundedSemaphore.
    bound: Option<i64>,
    /// Made with a float that is not a whole number (`Semaphore(2.5)`):
    /// threading.py waits only while the value `== 0`, which such a value
    /// never reaches, so acquire never blocks; `value` then counts
    /// releases less acquires, and a bounded one refuses a release at 0.
    never_blocks: bool,
}

pub fn semaphore_class() -> &'static Arc<Class> {
    static CLS: OnceLock<Arc<Class>> = OnceLock::new();
    CLS.get_or_init(|| {
        let c = new_class("_Semaphore", None, "threading");
        method(&c, "_Semaphore.__init__", |vm, a, kw| sem_init(vm, a, kw, false));
        method(&c, "_Semaphore.acquire", sem_acquire);
        method(&c, "_Semaphore.__enter__", sem_acquire);
        method(&c, "_Semaphore.release", sem_release);
        method(&c, "_Semaphore.__exit__", |vm, a, _| {
            let r = sem_release(vm, &a[..a.len().min(1)], &[])?;
            Ok(r)
        });
        c
    })
}

pub fn bounded_semaphore_class() -> &'static Arc<Class> {
    static CLS: OnceLock<Arc<Class>> = OnceLock::new();
    CLS.get_or_init(|| {
        let c = new_class("_BoundedSemaphore", Some(semaphore_class()), "threading");
        method(&c, "_BoundedSemaphore.__init__", |vm, a, kw| sem_init(vm, a, kw, true));
        c
    })
}

fn sem_of(a: &[Value], meth: &str) -> PyResult<Arc<SemState>> {
    self_state::<SemState>(a, semaphore_class(), key!("_Semaphore__state"), meth)
}

fn sem_init(_vm: &mut Vm, a: &[Value], kw: &KwArgs, bounded: bool) -> PyResult {
    let cls = if bounded { bounded_semaphore_class() } else { semaphore_class() };
    let s = check_self(a, cls, "__init__")?;
    let args = bind("__init__", a, kw, &["self", "value", "verbose"], 1)?;
    let negative = || PyErr::new(ExcKind::ValueError, "semaphore initial value must be >= 0");
    // 2.7 takes any value that is not `< 0` (a float too); numbers and
    // None (which is `< 0` in 2.7) are followed here.
    let (value, bound, never_blocks) = match &args[1] {
        None => (1, Some(1), false),
        Some(Value::None) => return Err(negative()),
        Some(Value::Float(f)) => match f.get() {
            f if f < 0.0 => return Err(negative()),
            // inf - 1 == inf: never blocks, and a bounded one is always full.
            f if f.is_infinite() => (0, Some(i64::MIN), true),
            // nan is never >= the initial value: releases are never refused.
            f if f.is_nan() => (0, None, true),
            f if f.fract() != 0.0 => (0, Some(0), true),
            // A whole float counts as the int (saturating past i64).
            f => (f as i64, Some(f as i64), false),
        },
        Some(v) => {
            let n = int_arg(v, "Semaphore")?;
            (n, Some(n), false)
        }
    };
    if value < 0 {
        return Err(negative());
    }
    let st = SemState { value: Mutex::new(value), cv: Condvar::new(), bound: bound.filter(|_| bounded), never_blocks };
    set_state(s, key!("_Semaphore__state"), Arc::new(st));
    if bounded {
        if let Value::Instance(i) = s {
            let initial = args[1].clone().unwrap_or(Value::Int(1));
            i.dict.set_str("_initial_value", initial);
        }
    }
    Ok(Value::None)
}

/// `acquire(blocking=1, timeout=None)` (the timeout is from 3.x).
fn sem_acquire(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult {
    let st = sem_of(a, "acquire")?;
    let args = bind("acquire", a, kw, &["self", "blocking", "timeout"], 1)?;
    let blocking = match &args[1] {
        Some(v) => vm.truthy(v)?,
        None => true,
    };
    if !blocking && given(&args, 2).is_some() {
        return Err(PyErr::new(ExcKind::ValueError, "can't specify timeout for non-blocking acquire"));
    }
    let timeout = if blocking { wait_timeout(given(&args, 2))? } else { Some(Duration::ZERO) };
    let on = Wait::on(WaitKind::Semaphore, "a Semaphore", a[0].clone());
    let got = wait_until(vm, &on, timeout, &st.value, &st.cv, |v| {
        if st.never_blocks || *v > 0 {
            *v = v.saturating_sub(1);
            true
        } else {
            false
        }
    })?;
    Ok(Value::bool(got))
}

fn sem_release(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult {
    let st = sem_of(a, "release")?;
    bind("release", a, kw, &["self"], 1)?;
    {
        let mut v = st.value.lock();
        if st.bound.is_some_and(|b| *v >= b) {
            return Err(PyErr::new(ExcKind::ValueError, "Semaphore released too many times"));
        }
        *v = v.saturating_add(1);
    }
    st.cv.notify_one();
    Ok(Value::None)
}

// ----- Event -----

#[derive(Default)]
struct Flag {
    set: bool,
    /// Bumped by every `set()`, so a waiter wakes even if the flag was
    /// cleared again before it ran (as with threading.py's Condition).
    generation: u64,
}

#[derive(Default)]
pub(crate) struct EventState {
    flag: Mutex<Flag>,
    cv: Condvar,
}

pub fn event_class() -> &'static Arc<Class> {
    static CLS: OnceLock<Arc<Class>> = OnceLock::new();
    CLS.get_or_init(|| {
        let c = new_class("_Event", None, "threading");
        method(&c, "_Event.__init__", |_, a, kw| {
            let s = check_self(a, event_class(), "__init__")?;
            bind("__init__", a, kw, &["self", "verbose"], 1)?;
            set_state(s, key!("_Event__state"), Arc::new(EventState::default()));
            Ok(Value::None)
        });
        method(&c, "_Event.isSet", event_is_set);
        method(&c, "_Event.is_set", event_is_set);
        method(&c, "_Event.set", |_, a, kw| {
            let st = event_of(a, "set")?;
            bind("set", a, kw, &["self"], 1)?;
            {
                let mut f = st.flag.lock();
                f.set = true;
                f.generation = f.generation.wrapping_add(1);
            }
            st.cv.notify_all();
            Ok(Value::None)
        });
        method(&c, "_Event.clear", |_, a, kw| {
            let st = event_of(a, "clear")?;
            bind("clear", a, kw, &["self"], 1)?;
            st.flag.lock().set = false;
            Ok(Value::None)
        });
        method(&c, "_Event.wait", event_wait);
        c
    })
}

fn event_of(a: &[Value], meth: &str) -> PyResult<Arc<EventState>> {
    self_state::<EventState>(a, event_class(), key!("_Event__state"), meth)
}

fn event_is_set(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult {
    let st = event_of(a, "isSet")?;
    bind("isSet", a, kw, &["self"], 1)?;
    let set = st.flag.lock().set;
    Ok(Value::bool(set))
}

/// `wait(timeout=None)`: the flag on return (2.7 returns it too).
fn event_wait(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult {
    let st = event_of(a, "wait")?;
    let args = bind("wait", a, kw, &["self", "timeout"], 1)?;
    let timeout = wait_timeout(given(&args, 1))?;
    let start = st.flag.lock().generation;
    let on = Wait::on(WaitKind::Event, "an Event", a[0].clone());
    wait_until(vm, &on, timeout, &st.flag, &st.cv, |f| f.set || f.generation != start)?;
    let set = st.flag.lock().set;
    Ok(Value::bool(set))
}

/// A new `_Event` instance.
pub(crate) fn new_event() -> Value {
    let obj = bare_instance(event_class());
    set_state(&obj, key!("_Event__state"), Arc::new(EventState::default()));
    obj
}
