//! The `signal` module. The OS handler only records the signal and sets the
//! eval breaker; the Python handler runs later in the main thread, between
//! instructions or when a blocking wait wakes up, as in CPython.

use std::sync::atomic::Ordering;

use super::{check_args, def, int_arg};
use crate::object::{Dict, ExcKind, PyErr, PyResult, Value};
use crate::vm::gil::{EVAL_BREAKER, PENDING_SIGNALS};
use crate::vm::threads::{Wait, WaitKind};
use crate::vm::Vm;

const SIG_DFL: i64 = 0;
const SIG_IGN: i64 = 1;

/// Records signal `sig` as pending (async-signal-safe: two atomic stores).
pub fn raise(sig: i32) {
    if (0..64).contains(&sig) {
        PENDING_SIGNALS.fetch_or(1 << sig, Ordering::SeqCst);
        EVAL_BREAKER.store(true, Ordering::SeqCst);
    }
}

extern "C" fn on_signal(sig: libc::c_int) {
    raise(sig);
}

/// Routes `sig` to `on_signal` (or back to the default / ignore).
fn install(sig: i32, how: i64) {
    let handler = match how {
        SIG_DFL => libc::SIG_DFL,
        SIG_IGN => libc::SIG_IGN,
        _ => on_signal as extern "C" fn(libc::c_int) as libc::sighandler_t,
    };
    // SAFETY: `signal` only replaces the process's disposition for `sig`; the
    // handler we install is async-signal-safe (it does two atomic stores and
    // nothing else). Exercised by the SIGINT tests in tests/cli.rs.
    unsafe {
        libc::signal(sig, handler);
    }
}

/// Sends signal `sig` to process `pid` (`os.kill`, `Popen.send_signal`).
pub fn kill(pid: i64, sig: i64) -> std::io::Result<()> {
    let (Ok(pid), Ok(sig)) = (libc::pid_t::try_from(pid), i32::try_from(sig)) else {
        return Err(std::io::Error::from_raw_os_error(libc::EINVAL));
    };
    // SAFETY: kill(2) takes two integers and touches no memory of ours.
    // Exercised by tests/conformance/subprocess (terminate, send_signal).
    if unsafe { libc::kill(pid, sig) } != 0 {
        return Err(std::io::Error::last_os_error());
    }
    Ok(())
}

/// At start-up: Ctrl-C becomes KeyboardInterrupt.
pub fn install_default_handlers() {
    install(libc::SIGINT, 2);
    // As CPython: a write past RLIMIT_FSIZE fails with EFBIG (an IOError)
    // instead of the signal killing the process.
    install(libc::SIGXFSZ, SIG_IGN);
}

impl Vm {
    /// Runs the Python handlers of pending signals (main thread only).
    pub fn run_pending_signals(&mut self) -> PyResult<()> {
        let pending = PENDING_SIGNALS.swap(0, Ordering::SeqCst);
        if pending != 0 {
            self.note_signal();
        }
        for sig in 0..64 {
            if pending & (1 << sig) == 0 {
                continue;
            }
            let handler = self.interp.signal_handlers.lock().get(&sig).cloned();
            match handler {
                Some(h) if !matches!(h, Value::Int(_)) => {
                    self.call(&h, vec![Value::Int(sig as i64), Value::None])?;
                }
                Some(Value::Int(SIG_IGN)) => {}
                _ if sig == libc::SIGINT => {
                    return Err(PyErr::with_args(ExcKind::KeyboardInterrupt, vec![]));
                }
                _ => {}
            }
        }
        Ok(())
    }
}

/// `signal.default_int_handler`, one object for the whole process.
fn default_int_handler_value() -> Value {
    static H: std::sync::OnceLock<Value> = std::sync::OnceLock::new();
    H.get_or_init(|| crate::object::Builtin::new("default_int_handler", default_int_handler)).clone()
}

fn default_int_handler(_vm: &mut Vm, _a: &[Value], _kw: &crate::object::function::KwArgs) -> PyResult {
    Err(PyErr::with_args(ExcKind::KeyboardInterrupt, vec![]))
}

pub fn init(d: &Dict) {
    for (name, v) in [
        ("SIGINT", libc::SIGINT),
        ("SIGTERM", libc::SIGTERM),
        ("SIGALRM", libc::SIGALRM),
        ("SIGHUP", libc::SIGHUP),
        ("SIGUSR1", libc::SIGUSR1),
        ("SIGUSR2", libc::SIGUSR2),
        ("SIGCHLD", libc::SIGCHLD),
        ("SIGPIPE", libc::SIGPIPE),
        ("SIGQUIT", libc::SIGQUIT),
        ("SIGKILL", libc::SIGKILL),
        ("SIGABRT", libc::SIGABRT),
    ] {
        d.set_str(name, Value::Int(v as i64));
    }
    d.set_str("SIG_DFL", Value::Int(SIG_DFL));
    d.set_str("SIG_IGN", Value::Int(SIG_IGN));
    d.set_str("NSIG", Value::Int(65));
    d.set_str("default_int_handler", default_int_handler_value());
    def(d, "signal", |vm, a, _| {
        check_args("signal", a, 2, 2)?;
        let sig = int_arg(&a[0], "signal")? as i32;
        if !vm.is_main_thread() {
            return Err(PyErr::new(ExcKind::ValueError, "signal only works in main thread"));
        }
        if !(1..64).contains(&sig) || sig == libc::SIGKILL || sig == libc::SIGSTOP {
            return Err(PyErr::with_args(ExcKind::RuntimeError, vec![Value::Int(22), Value::str("Invalid argument")]));
        }
        let old = getsignal(vm, sig);
        let how = match &a[1] {
            Value::Int(n) if *n == SIG_DFL || *n == SIG_IGN => *n,
            h if vm.is_callable(h) => 2,
            _ => {
                return Err(PyErr::new(
                    ExcKind::TypeError,
                    "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object",
                ))
            }
        };
        install(sig, if sig == libc::SIGINT && how == SIG_DFL { SIG_DFL } else { how });
        vm.interp.signal_handlers.lock().insert(sig, a[1].clone());
        Ok(old)
    });
    def(d, "getsignal", |vm, a, _| {
        check_args("getsignal", a, 1, 1)?;
        let sig = int_arg(&a[0], "getsignal")? as i32;
        Ok(getsignal(vm, sig))
    });
    def(d, "alarm", |_, a, _| {
        check_args("alarm", a, 1, 1)?;
        let secs = int_arg(&a[0], "alarm")?.clamp(0, u32::MAX as i64) as u32;
        // SAFETY: alarm(2) only arms or disarms this process's timer.
        let prev = unsafe { libc::alarm(secs) };
        let until = if secs == 0 { 0 } else { now_secs() + secs as u64 };
        ALARM_UNTIL.store(until, Ordering::SeqCst);
        Ok(Value::Int(prev as i64))
    });
    def(d, "pause", |vm, _, _| {
        vm.blocking_wait(Wait::new(WaitKind::Signal, "a signal"), None, |_, intr| {
            while !intr() {
                std::thread::sleep(super::thread::POLL);
            }
            false
        })?;
        Ok(Value::None)
    });
}

fn getsignal(vm: &mut Vm, sig: i32) -> Value {
    match vm.interp.signal_handlers.lock().get(&sig) {
        Some(h) => h.clone(),
        None if sig == libc::SIGINT => default_int_handler_value(),
        None => Value::Int(SIG_DFL),
    }
}

/// When the pending `signal.alarm` fires (seconds since the epoch; 0: none).
static ALARM_UNTIL: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

fn now_secs() -> u64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0)
}

/// Is a `signal.alarm` still to come? (A blocked program is then not deadlocked.)
pub fn alarm_pending() -> bool {
    let until = ALARM_UNTIL.load(Ordering::SeqCst);
    until != 0 && now_secs() <= until
}
