//! `_subprocess`, the native half of `stdlib/subprocess.py` (2.7's Popen
//! on POSIX): `fork_exec` forks and runs the new image; `communicate`
//! feeds and drains a child's pipes on threads with the GIL released.
//!
//! `fork_exec(argv, paths, env, cwd, (stdin, stdout, stderr), parent_ends,
//! errpipe_write, close_fds, preexec)` -> pid. Everything the child needs
//! is made ready before the fork (`os_libc::ChildPlan`); the child then
//! only moves descriptors, changes folder, closes descriptors and execs,
//! each an async-signal-safe call. A failed step is written to the error
//! pipe (close-on-exec, so the parent reads end-of-file when the exec
//! works) as `OSError:<errno>:<step>`. `preexec`, if given, is the only
//! Python code run in the child (as 2.7): a callable that returns None, or
//! the text to write to the error pipe when the user's function raised.
//!
//! `communicate(input, stdin, stdout, stderr)` -> `(out, err)`: the file
//! objects (None when not piped) are detached and closed at the end.
//! `pipe_file(fd, mode)`: a buffered reading file object on a pipe.

use std::ffi::CString;
use std::fs::File;
use std::io::{Read, Write};

use super::file::file_of;
use super::os_libc::{self, ChildPlan};
use super::{check_args, def, int_arg, str_arg};
use crate::object::{Dict, ExcKind, PyErr, PyResult, Value};
use crate::vm::threads::{Wait, WaitKind};
use crate::vm::Vm;

fn os_error(e: std::io::Error) -> PyErr {
    let errno = e.raw_os_error().unwrap_or(5) as i64;
    PyErr::with_args(ExcKind::OSError, vec![Value::Int(errno), Value::str(&super::os::errno_text(errno as i32))])
}

/// A list or tuple of strings as C strings (TypeError for a NUL byte, as
/// 2.7's execv).
fn c_strings(vm: &mut Vm, v: &Value, func: &str) -> PyResult<Vec<CString>> {
    if !matches!(v, Value::List(_) | Value::Tuple(_)) {
        return Err(PyErr::new(ExcKind::TypeError, format!("{}() arg 2 must be a tuple or list", func)));
    }
    let items = vm.to_vec(v)?;
    items.iter().map(|a| super::os_proc::c_string(a, func, 2)).collect()
}

fn fd_of(v: &Value) -> PyResult<i32> {
    let n = int_arg(v, "fork_exec")?;
    i32::try_from(n).map_err(|_| PyErr::new(ExcKind::OverflowError, "signed integer is greater than maximum"))
}

fn three(vm: &mut Vm, v: &Value) -> PyResult<[i32; 3]> {
    let items = vm.to_vec(v)?;
    if items.len() != 3 {
        return Err(PyErr::new(ExcKind::ValueError, "fork_exec: three descriptors expected"));
    }
    Ok([fd_of(&items[0])?, fd_of(&items[1])?, fd_of(&items[2])?])
}

/// The environment a child inherits: this process's as putenv changed it.
fn inherited_env() -> Vec<CString> {
    super::env_overlay::all().into_iter().filter_map(|e| CString::new(e).ok()).collect()
}

fn fork_exec(vm: &mut Vm, a: &[Value]) -> PyResult {
    check_args("fork_exec", a, 9, 9)?;
    let argv = c_strings(vm, &a[0], "execv")?;
    if argv.is_empty() {
        return Err(PyErr::new(ExcKind::ValueError, "execv() arg 2 must not be empty"));
    }
    let paths = c_strings(vm, &a[1], "execv")?;
    let inherit = matches!(a[2], Value::None);
    let env = if inherit { inherited_env() } else { c_strings(vm, &a[2], "execve")? };
    let cwd = match &a[3] {
        Value::None => None,
        v => Some(super::os_proc::c_string(v, "chdir", 1)?),
    };
    let mut plan = ChildPlan::new(argv, paths, Some(env), cwd);
    plan.std = three(vm, &a[4])?;
    plan.parent_ends = three(vm, &a[5])?;
    plan.errpipe = fd_of(&a[6])?;
    plan.close_fds = vm.truthy(&a[7])?;
    let preexec = match &a[8] {
        Value::None => None,
        f => Some(f.clone()),
    };
    let max_fd = os_libc::sysconf(libc::_SC_OPEN_MAX).unwrap_or(256).clamp(256, i32::MAX as i64) as i32;
    // What Python buffered is written once, by the parent.
    vm.flush_std();
    let interp = vm.interp.clone();
    let r = super::os_extra::with_table_locked(|| interp.gil.around_fork(os_libc::fork, |r| matches!(r, Ok(0))));
    match r.map_err(os_error)? {
        0 => child(vm, plan, preexec, inherit, max_fd),
        pid => Ok(Value::Int(pid as i64)),
    }
}

/// The child's side: never returns.
fn child(vm: &mut Vm, mut plan: ChildPlan, preexec: Option<Value>, inherit: bool, max_fd: i32) -> ! {
    if let Err((errno, step)) = os_libc::child_setup(&mut plan) {
        os_libc::child_fail(plan.errpipe, errno, step);
    }
    if let Some(f) = preexec {
        match vm.call(&f, vec![]) {
            Ok(Value::None) => {}
            Ok(Value::Str(s)) => {
                os_libc::child_write(plan.errpipe, s.as_bytes());
                os_libc::exit_now(255);
            }
            _ => {
                os_libc::child_write(plan.errpipe, b"RuntimeError:Exception occurred in preexec_fn.");
                os_libc::exit_now(255);
            }
        }
        if inherit {
            // preexec_fn may have called putenv: the new image sees it.
            plan.set_env(Some(inherited_env()));
        }
    }
    if plan.close_fds {
        os_libc::child_close_fds(plan.errpipe, max_fd);
    }
    os_libc::child_exec(&plan)
}

/// Feeds `input`, reads the pipes to their end (each on its own thread, so
/// a full pipe cannot stall the other).
fn communicate(
    stdin: Option<File>,
    input: Option<Vec<u8>>,
    out: Option<(File, Vec<u8>)>,
    err: Option<(File, Vec<u8>)>,
) -> (Option<Vec<u8>>, Option<Vec<u8>>) {
    let feeder = std::thread::spawn(move || {
        if let Some(mut s) = stdin {
            if let Some(data) = input {
                // A child that ended early: EPIPE is not an error here.
                let _ = s.write_all(&data);
            }
        }
    });
    let reader = |pipe: Option<(File, Vec<u8>)>| {
        pipe.map(|(mut p, ahead)| {
            std::thread::spawn(move || {
                let mut buf = ahead;
                let _ = p.read_to_end(&mut buf);
                buf
            })
        })
    };
    let (out, err) = (reader(out), reader(err));
    let _ = feeder.join();
    let out = out.map(|t| t.join().unwrap_or_default());
    let err = err.map(|t| t.join().unwrap_or_default());
    (out, err)
}

fn bytes_or_none(v: Option<Vec<u8>>) -> Value {
    v.map(Value::bytes).unwrap_or(Value::None)
}

fn detach(v: &Value) -> PyResult<Option<(File, Vec<u8>)>> {
    if matches!(v, Value::None) {
        return Ok(None);
    }
    Ok(file_of(v)?.detach())
}

pub fn init(d: &Dict) {
    def(d, "fork_exec", |vm, a, _| fork_exec(vm, a));
    // The parent's reading end of a pipe as a file object with a read-ahead
    // buffer (2.7's file iterates a pipe through its own buffer too); the
    // file holds a duplicate, so the caller closes `fd` itself.
    def(d, "pipe_file", |_, a, _| {
        check_args("pipe_file", a, 2, 2)?;
        let fd = int_arg(&a[0], "pipe_file")?;
        let mode = str_arg(&a[1], "pipe_file")?.to_string_lossy();
        let file =
            super::os_extra::clone_fd(fd).ok_or_else(|| os_error(std::io::Error::from_raw_os_error(libc::EBADF)))?;
        let file = file.map_err(os_error)?;
        Ok(Value::other(crate::object::Object::File(super::file::FileObj::from_pipe(&mode, file))))
    });
    def(d, "communicate", |vm, a, _| {
        check_args("communicate", a, 4, 4)?;
        let input = match &a[0] {
            Value::None => None,
            v => Some(str_arg(v, "input")?.as_bytes().to_vec()),
        };
        let stdin = detach(&a[1])?.map(|(f, _)| f);
        let (out, err) = (detach(&a[2])?, detach(&a[3])?);
        let wait = Wait::new(WaitKind::Io, "a child process");
        let (out, err) = vm.allow_threads(wait, true, || communicate(stdin, input, out, err));
        Ok(Value::tuple(vec![bytes_or_none(out), bytes_or_none(err)]))
    });
}
