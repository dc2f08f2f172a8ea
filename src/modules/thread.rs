//! The `thread` module: the two primitives everything else is built on,
//! `start_new_thread` and `allocate_lock`, plus thread identity.
//!
//! One Python thread is one OS thread with its own `Vm` (thread state). The
//! bootstrap function makes the thread state, takes the GIL, runs the
//! function, reports an uncaught exception, and gives the GIL back.

use crate::object::BoolBits;
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};

use parking_lot::{Condvar, Mutex};

use super::{check_args, def, method};
use crate::object::class::Class;
use crate::object::function::KwArgs;
use crate::object::{Dict, ExcKind, Object, PyErr, PyResult, PyStr, Value};
use crate::runner::SPAWNED_THREAD_STACK;
use crate::vm::threads::{Site, Wait, WaitKind};
use crate::vm::{Interp, Vm};

/// A plain lock: no owner, any thread may release it. Taking and releasing
/// an uncontended lock is one atomic operation; the mutex and condition
/// variable are only used by threads that wait.
pub struct LockObj {
    locked: AtomicBool,
    /// Who took it last and where (for the deadlock report); written with
    /// relaxed stores next to the lock word, so they cost next to nothing.
    owner: AtomicU64,
    owner_site: AtomicU64,
    waiters: AtomicUsize,
    wait_lock: Mutex<()>,
    cv: Condvar,
}

/// How long a blocked wait sleeps before looking for pending signals.
pub const POLL: Duration = Duration::from_millis(20);

impl Default for LockObj {
    fn default() -> Self {
        Self::new()
    }
}

impl LockObj {
    pub fn new() -> LockObj {
        LockObj {
            locked: AtomicBool::new(false),
            owner: AtomicU64::new(0),
            owner_site: AtomicU64::new(0),
            waiters: AtomicUsize::new(0),
            wait_lock: Mutex::new(()),
            cv: Condvar::new(),
        }
    }

    #[inline]
    fn try_take(&self) -> bool {
        self.locked.compare_exchange(false, true, Ordering::Acquire, Ordering::Relaxed).is_ok()
    }

    /// Takes the lock if it is free, for the thread of `vm`.
    #[inline]
    pub fn try_acquire(&self, vm: &Vm) -> bool {
        if self.try_take() {
            self.owner.store(vm.ident, Ordering::Relaxed);
            self.owner_site.store(vm.site, Ordering::Relaxed);
            return true;
        }
        false
    }

    /// The thread holding the lock and where it took it, if it is held.
    pub fn holder(&self) -> Option<(u64, Site)> {
        if !self.locked.load(Ordering::Acquire) {
            return None;
        }
        Some((self.owner.load(Ordering::Relaxed), self.owner_site.load(Ordering::Relaxed)))
    }

    /// Waits until `done()` holds, the deadline passes, or `interrupted`
    /// says to give up; waking at least every POLL. Called with the GIL released.
    fn wait_for(&self, deadline: Option<Instant>, interrupted: &dyn Fn() -> bool, done: impl Fn() -> bool) -> bool {
        self.waiters.fetch_add(1, Ordering::SeqCst);
        let mut g = self.wait_lock.lock();
        let r = loop {
            if done() {
                break true;
            }
            if interrupted() {
                break false;
            }
            let until = match deadline {
                Some(d) if Instant::now() >= d => break false,
                Some(d) => d.min(Instant::now() + POLL),
                None => Instant::now() + POLL,
            };
            self.cv.wait_until(&mut g, until);
        };
        drop(g);
        self.waiters.fetch_sub(1, Ordering::SeqCst);
        r
    }

    /// Blocks until the lock is taken for `owner` (a thread ident and site),
    /// the deadline passes, or `interrupted` says to give up. Called with the
    /// GIL released.
    pub fn acquire_until(&self, owner: (u64, Site), deadline: Option<Instant>, interrupted: &dyn Fn() -> bool) -> bool {
        self.wait_for(deadline, interrupted, || {
            let got = self.try_take();
            if got {
                self.owner.store(owner.0, Ordering::Relaxed);
                self.owner_site.store(owner.1, Ordering::Relaxed);
            }
            got
        })
    }

    /// Blocks until the lock is seen unlocked (without taking it), the
    /// deadline passes, or `interrupted` says to give up. Called with the GIL
    /// released; the caller then takes the GIL and tries the lock.
    pub fn wait_unlocked_until(&self, deadline: Option<Instant>, interrupted: &dyn Fn() -> bool) -> bool {
        self.wait_for(deadline, interrupted, || !self.locked.load(Ordering::Acquire))
    }

    /// A blocking acquire that only ever takes the lock while holding the
    /// GIL. A waiter woken by a release does not grab the lock from the
    /// thread that is running (which would make every later acquire of that
    /// thread block: a lock convoy); it waits for the GIL, then tries again.
    pub fn acquire_blocking(&self, vm: &mut Vm, me: &Value, timeout: Option<Duration>) -> PyResult<bool> {
        let deadline = timeout.map(|t| Instant::now() + t);
        loop {
            if self.try_acquire(vm) {
                return Ok(true);
            }
            let left = match deadline {
                Some(d) => {
                    let now = Instant::now();
                    if now >= d {
                        return Ok(false);
                    }
                    Some(d - now)
                }
                None => None,
            };
            let wait = Wait::on(WaitKind::Lock, "a Lock", me.clone());
            vm.blocking_wait(wait, left, |d, intr| self.wait_unlocked_until(d, intr))?;
        }
    }

    /// Releases; false when it was not locked.
    #[inline]
    pub fn release(&self) -> bool {
        if !self.locked.swap(false, Ordering::Release) {
            return false;
        }
        if self.waiters.load(Ordering::SeqCst) > 0 {
            // Taking the wait lock orders this wake-up after a waiter's check.
            let _g = self.wait_lock.lock();
            self.cv.notify_one();
        }
        true
    }

    pub fn is_locked(&self) -> bool {
        self.locked.load(Ordering::Acquire)
    }
}

/// `thread.LockType`
pub fn lock_class() -> &'static Arc<Class> {
    static CLS: OnceLock<Arc<Class>> = OnceLock::new();
    CLS.get_or_init(|| {
        let cls = Class::new("lock", vec![crate::object::class::types().object.clone()], Arc::new(Dict::new()), false)
            .expect("a class with one base always linearizes");
        method(&cls, "lock.acquire", lock_acquire);
        method(&cls, "lock.__enter__", lock_acquire);
        method(&cls, "lock.release", lock_release);
        // METH_VARARGS in 2.7: any positional arguments, no keywords.
        method(&cls, "lock.__exit__", |vm, a, kw| {
            if !kw.is_empty() {
                return Err(PyErr::new(ExcKind::TypeError, "__exit__() takes no keyword arguments"));
            }
            lock_release(vm, &a[..1.min(a.len())], &[])?;
            Ok(Value::None)
        });
        method(&cls, "lock.locked", |_, a, _| Ok(Value::bool(lock_of(&a[0])?.is_locked())));
        method(&cls, "lock.locked_lock", |_, a, _| Ok(Value::bool(lock_of(&a[0])?.is_locked())));
        method(&cls, "lock.acquire_lock", lock_acquire);
        method(&cls, "lock.release_lock", lock_release);
        cls
    })
}

/// `thread.error`
pub fn error_class() -> &'static Arc<Class> {
    static CLS: OnceLock<Arc<Class>> = OnceLock::new();
    CLS.get_or_init(|| {
        let d = Arc::new(Dict::new());
        d.set_str("__module__", Value::str("thread"));
        // A user-style class so that tracebacks print `thread.error`.
        Class::new("error", vec![ExcKind::Exception.class().clone()], d, true)
            .expect("a class with one base always linearizes")
    })
}

pub fn new_lock() -> Value {
    Value::other(Object::Native { class: lock_class().clone(), data: Box::new(LockObj::new()) })
}

fn lock_of(v: &Value) -> PyResult<&LockObj> {
    v.native::<LockObj>().ok_or_else(|| PyErr::new(ExcKind::TypeError, "descriptor requires a 'thread.lock' object"))
}

impl Vm {
    /// Blocks on `wait` with the GIL released. `wait` gets a deadline and a
    /// function telling whether to give up early (the main thread has a
    /// signal to handle, or the program is deadlocked), and returns whether
    /// it got what it waited for. KeyboardInterrupt and other signal handlers
    /// run here, in the main thread, after the GIL is back.
    pub fn blocking_wait(
        &mut self,
        on: Wait,
        timeout: Option<Duration>,
        wait: impl FnOnce(Option<Instant>, &dyn Fn() -> bool) -> bool,
    ) -> PyResult<bool> {
        let deadline = timeout.map(|t| Instant::now() + t);
        let is_main = self.is_main_thread();
        let record = self.record.clone();
        // Only the main thread looks for deadlocks (see deadlock.rs).
        let detect = (is_main && timeout.is_none() && self.interp.instruments.deadlock).then(|| self.interp.clone());
        let deadlocked = std::sync::atomic::AtomicBool::new(false);
        let interrupted = || {
            record.polls.fetch_add(1, Ordering::SeqCst);
            if is_main && crate::vm::gil::PENDING_SIGNALS.load(Ordering::Relaxed) != 0 {
                return true;
            }
            if let Some(interp) = &detect {
                if crate::vm::deadlock::check(interp) {
                    deadlocked.store(true, Ordering::Relaxed);
                    return true;
                }
            }
            false
        };
        let copy = detect.as_ref().map(|_| on.clone());
        let got = self.allow_threads(on, timeout.is_none(), || wait(deadline, &interrupted));
        if let (true, Some(on)) = (deadlocked.load(Ordering::Relaxed), copy) {
            crate::vm::deadlock::report_and_exit(self, on);
        }
        if !got && is_main {
            self.run_pending_signals()?;
        }
        Ok(got)
    }
}

fn lock_acquire(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult {
    // The uncontended `lock.acquire()`: one atomic operation.
    if a.len() == 1 && kw.is_empty() {
        if let Some(l) = a[0].native::<LockObj>() {
            if l.try_acquire(vm) {
                return Ok(Value::Bool(BoolBits::TRUE));
            }
        }
    }
    // 2.7 parses `acquire([waitflag])` as "|i:acquire": no keywords, no
    // timeout, an int flag (a float is refused).
    if !kw.is_empty() {
        return Err(PyErr::new(ExcKind::TypeError, "acquire() takes no keyword arguments"));
    }
    crate::modules::arity::tuple_args("acquire", &a[1.min(a.len())..], 0, 1)?;
    let lock = lock_of(a.first().unwrap_or(&Value::None))?;
    let blocking = match a.get(1) {
        Some(v) => {
            let flag = crate::modules::builtins_extra::c_int_arg(v)?;
            if flag > i64::from(i32::MAX) {
                return Err(PyErr::new(ExcKind::OverflowError, "signed integer is greater than maximum"));
            }
            if flag < i64::from(i32::MIN) {
                return Err(PyErr::new(ExcKind::OverflowError, "signed integer is less than minimum"));
            }
            flag != 0
        }
        None => true,
    };
    if lock.try_acquire(vm) {
        return Ok(Value::Bool(BoolBits::TRUE));
    }
    if !blocking {
        return Ok(Value::Bool(BoolBits::FALSE));
    }
    Ok(Value::bool(lock.acquire_blocking(vm, &a[0], None)?))
}

fn lock_release(_vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult {
    check_args("release", a, 1, 1)?;
    if !lock_of(&a[0])?.release() {
        return Err(PyErr::from_value(crate::object::exception::new_exception(
            error_class(),
            vec![Value::str("release unlocked lock")],
        )));
    }
    Ok(Value::None)
}

/// Starts an OS thread running `body` with a fresh thread state holding the
/// GIL (CPython's `t_bootstrap`). Returns the new thread's ident.
pub fn spawn(interp: &Arc<Interp>, body: impl FnOnce(&mut Vm) + Send + 'static) -> PyResult<u64> {
    let ident = interp.new_thread_ident();
    let interp2 = interp.clone();
    interp.live_threads.fetch_add(1, Ordering::SeqCst);
    let name = format!("Dummy-{}", ident - interp.main_ident);
    let record = interp.threads.register(ident, name, interp.instruments.any());
    let r = std::thread::Builder::new().stack_size(SPAWNED_THREAD_STACK).spawn(move || {
        let mut vm = Vm::new(interp2.clone(), SPAWNED_THREAD_STACK, record.clone());
        vm.take_gil(false);
        body(&mut vm);
        crate::vm::finalize::run_pending(&mut vm);
        vm.flush_std();
        vm.close_probe();
        interp2.threads.unregister(&record);
        interp2.live_threads.fetch_sub(1, Ordering::SeqCst);
        vm.drop_gil(false);
    });
    match r {
        Ok(_) => Ok(ident),
        Err(_) => {
            interp.live_threads.fetch_sub(1, Ordering::SeqCst);
            if let Some(rec) = interp.threads.all().into_iter().find(|r| r.ident == ident) {
                interp.threads.unregister(&rec);
            }
            Err(PyErr::from_value(crate::object::exception::new_exception(
                error_class(),
                vec![Value::str("can't start new thread")],
            )))
        }
    }
}

fn start_new_thread(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult {
    check_args("start_new_thread", a, 2, 3)?;
    // Checked before the thread exists, as CPython does (the fuzzer found
    // minipy starting a thread that then failed to call the object).
    if !vm.is_callable(&a[0]) {
        return Err(PyErr::new(ExcKind::TypeError, "first arg must be callable"));
    }
    let func = a[0].clone();
    let args = match &a[1] {
        Value::Tuple(t) => t.items.to_vec(),
        _ => return Err(PyErr::new(ExcKind::TypeError, "2nd arg must be a tuple")),
    };
    let kwargs: Vec<(Arc<PyStr>, Value)> = match a.get(2) {
        None => Vec::new(),
        Some(Value::Dict(d)) => {
            d.items().into_iter().filter_map(|(k, v)| k.as_str().cloned().map(|k| (k, v))).collect()
        }
        Some(_) => return Err(PyErr::new(ExcKind::TypeError, "optional 3rd arg must be a dictionary")),
    };
    let ident = spawn(&vm.interp, move |vm| {
        if let Err(e) = vm.call_kw(&func, args, &kwargs) {
            if !e.matches(ExcKind::SystemExit) {
                vm.flush_std();
                let who = vm.repr(&func).map(|s| s.to_string_lossy()).unwrap_or_default();
                let text = crate::traceback::format_exception(vm, &e);
                let err = vm.sys_stream("stderr");
                let _ =
                    vm.write_to(&err, format!("Unhandled exception in thread started by {}\n{}", who, text).as_bytes());
            }
        }
    })?;
    Ok(Value::Int(ident as i64))
}

pub fn init(d: &Dict) {
    def(d, "start_new_thread", start_new_thread);
    def(d, "start_new", start_new_thread);
    def(d, "allocate_lock", |_, _, _| Ok(new_lock()));
    def(d, "allocate", |_, _, _| Ok(new_lock()));
    def(d, "get_ident", |vm, _, _| Ok(Value::Int(vm.ident as i64)));
    def(d, "exit", |_, _, _| Err(PyErr::with_args(ExcKind::SystemExit, vec![])));
    def(d, "exit_thread", |_, _, _| Err(PyErr::with_args(ExcKind::SystemExit, vec![])));
    def(d, "interrupt_main", |_, _, _| {
        super::signal::raise(libc::SIGINT);
        Ok(Value::None)
    });
    def(d, "stack_size", |_, a, _| {
        check_args("stack_size", a, 0, 1)?;
        Ok(Value::Int(0))
    });
    def(d, "_count", |vm, _, _| Ok(Value::Int(vm.interp.live_threads.load(Ordering::SeqCst) as i64)));
    d.set_str("LockType", Value::Class(lock_class().clone()));
    d.set_str("error", Value::Class(error_class().clone()));
    // threading.local is this class (CPython's thread._local)
    d.set_str("_local", Value::Class(super::threading::local_class().clone()));
}
