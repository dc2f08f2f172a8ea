//! The few `posix` calls that need libc (no std equivalent): `kill`,
//! `killpg` and `umask`. Each wraps one system call that takes plain
//! integers and touches no memory of ours.

use std::sync::Arc;

use super::{check_args, def, int_arg};
use crate::object::{Dict, PyErr, PyResult, Value};

/// The OSError for the errno the last call left.
fn last_error() -> PyErr {
    let errno = std::io::Error::last_os_error().raw_os_error().unwrap_or(5);
    PyErr::with_args(
        crate::object::ExcKind::OSError,
        vec![Value::Int(errno as i64), Value::str(&super::os::errno_text(errno))],
    )
}

fn int32(v: &Value, func: &str) -> PyResult<i32> {
    let n = int_arg(v, func)?;
    i32::try_from(n)
        .map_err(|_| PyErr::new(crate::object::ExcKind::OverflowError, "signed integer is greater than maximum"))
}

pub fn init(d: &Arc<Dict>) {
    def(d, "kill", |_, a, _| -> PyResult {
        check_args("kill", a, 2, 2)?;
        let (pid, sig) = (int32(&a[0], "kill")?, int32(&a[1], "kill")?);
        // A signal sent to ourselves goes to this thread (raise(3)), so its
        // handler runs before the next instruction as in CPython, never in
        // one of our helper threads a moment later.
        let own = i64::from(pid) == i64::from(std::process::id());
        // SAFETY: kill(2) and raise(3) take integers and read no memory; a
        // bad pid or signal number is reported through errno.
        let r = unsafe {
            if own {
                libc::raise(sig)
            } else {
                libc::kill(pid, sig)
            }
        };
        if r != 0 {
            return Err(last_error());
        }
        Ok(Value::None)
    });
    def(d, "killpg", |_, a, _| -> PyResult {
        check_args("killpg", a, 2, 2)?;
        let (pgid, sig) = (int32(&a[0], "killpg")?, int32(&a[1], "killpg")?);
        // SAFETY: as kill(2): integers in, errno out.
        let r = unsafe { libc::killpg(pgid, sig) };
        if r != 0 {
            return Err(last_error());
        }
        Ok(Value::None)
    });
    def(d, "umask", |_, a, _| -> PyResult {
        check_args("umask", a, 1, 1)?;
        let mask = int32(&a[0], "umask")?;
        // SAFETY: umask(2) sets the process's file-creation mask and returns
        // the old one; it cannot fail and reads no memory.
        let old = unsafe { libc::umask(mask as libc::mode_t) };
        Ok(Value::Int(old as i64))
    });
}
