//! `_select`, the engine behind `stdlib/select.py`: one call, `poll(pairs,
//! timeout)`, waiting on `(fd, events)` pairs with poll(2) and the GIL
//! released, in slices of at most 100 ms so that the main thread runs its
//! signal handlers (Ctrl-C) promptly. `select.select` and `select.poll`
//! are written over it in Python.
//!
//! A failure is an OSError `(errno, text)`; the front turns it into
//! `select.error`. A signal whose handler returns normally ends the wait
//! with EINTR, as 2.7 reports it.

use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

use super::socket_sys as sys;
use super::{check_args, def, int_arg};
use crate::object::number::Num;
use crate::object::{Dict, ExcKind, PyErr, PyResult, Value};
use crate::vm::threads::{Wait, WaitKind};

fn os_err(errno: i32) -> PyErr {
    PyErr::with_args(ExcKind::OSError, vec![Value::Int(errno as i64), Value::str(&super::os::errno_text(errno))])
}

enum Step {
    Ready(Vec<i16>),
    Failed(i32),
    Interrupted,
}

fn pairs_of(v: &Value) -> PyResult<Vec<(i32, i16)>> {
    let items = match v {
        Value::List(l) => l.snapshot(),
        Value::Tuple(t) => t.items.to_vec(),
        _ => return Err(PyErr::new(ExcKind::TypeError, "poll: a list of (fd, events) is required")),
    };
    items
        .iter()
        .map(|p| match p {
            Value::Tuple(t) if t.items.len() == 2 => {
                let fd = int_arg(&t.items[0], "fd")? as i32;
                let ev = int_arg(&t.items[1], "events")? as i16;
                Ok((fd, ev))
            }
            _ => Err(PyErr::new(ExcKind::TypeError, "poll: a list of (fd, events) is required")),
        })
        .collect()
}

pub fn init(d: &Dict) {
    def(d, "poll", |vm, a, _| {
        check_args("poll", a, 2, 2)?;
        let fds = pairs_of(&a[0])?;
        let deadline = match &a[1] {
            Value::None => None,
            v => {
                let t = Num::of(v)
                    .and_then(|n| n.to_f64().ok())
                    .ok_or_else(|| PyErr::new(ExcKind::TypeError, "timeout must be a float or None"))?;
                Some(Instant::now() + Duration::from_secs_f64(t.clamp(0.0, 1e9)))
            }
        };
        let is_main = vm.is_main_thread();
        let step = vm.allow_threads(Wait::new(WaitKind::Io, "select/poll"), deadline.is_none(), || loop {
            let ms = match deadline {
                None => 100,
                Some(d) => {
                    let left = d.saturating_duration_since(Instant::now());
                    if left.is_zero() {
                        0
                    } else {
                        ((left.as_micros() as i64 + 999) / 1000).min(100) as i32
                    }
                }
            };
            match sys::poll(&fds, ms) {
                Err(e) if e.raw_os_error() == Some(libc::EINTR) => {}
                Err(e) => return Step::Failed(e.raw_os_error().unwrap_or(libc::EIO)),
                Ok(r) => {
                    let done = deadline.is_some_and(|d| Instant::now() >= d);
                    if r.iter().any(|&x| x != 0) || ms == 0 || done {
                        return Step::Ready(r);
                    }
                }
            }
            if is_main && crate::vm::gil::PENDING_SIGNALS.load(Ordering::Relaxed) != 0 {
                return Step::Interrupted;
            }
        });
        match step {
            Step::Ready(r) => Ok(Value::list(
                fds.iter()
                    .zip(r)
                    .filter(|(_, rev)| *rev != 0)
                    .map(|((fd, _), rev)| Value::tuple(vec![Value::Int(*fd as i64), Value::Int(rev as u16 as i64)]))
                    .collect(),
            )),
            Step::Failed(e) => Err(os_err(e)),
            Step::Interrupted => {
                vm.run_pending_signals()?;
                Err(os_err(libc::EINTR))
            }
        }
    });
    for (name, v) in [
        ("POLLIN", libc::POLLIN),
        ("POLLPRI", libc::POLLPRI),
        ("POLLOUT", libc::POLLOUT),
        ("POLLERR", libc::POLLERR),
        ("POLLHUP", libc::POLLHUP),
        ("POLLNVAL", libc::POLLNVAL),
        ("POLLRDNORM", libc::POLLRDNORM),
        ("POLLRDBAND", libc::POLLRDBAND),
        ("POLLWRNORM", libc::POLLWRNORM),
        ("POLLWRBAND", libc::POLLWRBAND),
        ("POLLMSG", 0x400),
    ] {
        d.set_str(name, Value::Int(v as i64));
    }
}
