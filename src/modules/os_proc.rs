//! Processes in `posix`: fork, the exec family, waitpid, _exit, dup2,
//! process groups and sessions, nice, sysconf, times, getgroups, mkfifo.
//! The libc calls themselves (and why each is sound) are in `os_libc`.

use std::ffi::CString;
use std::sync::Arc;

use super::os_libc;
use super::{check_args, def, int_arg};
use crate::object::{Dict, ExcKind, PyErr, PyResult, Value};
use crate::vm::threads::{Wait, WaitKind};
use crate::vm::Vm;

fn os_err(e: std::io::Error) -> PyErr {
    let n = e.raw_os_error().unwrap_or(5);
    PyErr::with_args(ExcKind::OSError, vec![Value::Int(n as i64), Value::str(&super::os::errno_text(n))])
}

fn int32(v: &Value, func: &str) -> PyResult<i32> {
    let n = int_arg(v, func)?;
    i32::try_from(n).map_err(|_| PyErr::new(ExcKind::OverflowError, "signed integer is greater than maximum"))
}

/// A string argument as a C string (CPython's `s` and `et` converters).
pub(super) fn c_string(v: &Value, func: &str, pos: usize) -> PyResult<CString> {
    let bytes = match crate::object::unicode::as_unicode(v) {
        Some(u) => u.as_bytes().to_vec(),
        None => match v {
            Value::Str(s) => s.as_bytes().to_vec(),
            _ => {
                return Err(PyErr::new(
                    ExcKind::TypeError,
                    format!("{}() argument {} must be string, not {}", func, pos, v.type_name()),
                ))
            }
        },
    };
    CString::new(bytes).map_err(|_| {
        PyErr::new(
            ExcKind::TypeError,
            format!("{}() argument {} must be encoded string without NULL bytes, not str", func, pos),
        )
    })
}

/// The argument list of execv/execve: a non-empty list or tuple of strings.
fn exec_args(vm: &mut Vm, v: &Value, func: &str) -> PyResult<Vec<CString>> {
    if !matches!(v, Value::List(_) | Value::Tuple(_)) {
        return Err(PyErr::new(ExcKind::TypeError, format!("{}() arg 2 must be a tuple or list", func)));
    }
    let items = vm.to_vec(v)?;
    if items.is_empty() {
        return Err(PyErr::new(ExcKind::ValueError, format!("{}() arg 2 must not be empty", func)));
    }
    items
        .iter()
        .map(|a| {
            c_string(a, func, 2)
                .map_err(|_| PyErr::new(ExcKind::TypeError, format!("{}() arg 2 must contain only strings", func)))
        })
        .collect()
}

/// Waits for a child, with the GIL released; a blocking wait polls so that
/// Ctrl-C (and other signals' handlers) still run, as with time.sleep.
fn wait_child(vm: &mut Vm, pid: i32, options: i32) -> PyResult<(i32, i32)> {
    if options & libc::WNOHANG != 0 {
        return os_libc::waitpid(pid, options).map_err(os_err);
    }
    let mut result: Option<std::io::Result<(i32, i32)>> = None;
    let wait = Wait::new(WaitKind::Io, "os.waitpid");
    loop {
        vm.blocking_wait(wait.clone(), None, |_, interrupted| {
            let mut pause = std::time::Duration::from_micros(50);
            loop {
                match os_libc::waitpid(pid, options | libc::WNOHANG) {
                    Ok((0, _)) => {}
                    r => {
                        result = Some(r);
                        return true;
                    }
                }
                if interrupted() {
                    return false;
                }
                std::thread::sleep(pause);
                pause = (pause * 2).min(super::thread::POLL);
            }
        })?;
        // A signal whose handler returned normally: wait on (PEP 475 is 3.5;
        // 2.7 would raise EINTR only without SA_RESTART, which minipy uses).
        if let Some(r) = result.take() {
            return r.map_err(os_err);
        }
    }
}

/// A device number: an int or long, not negative.
fn dev_arg(v: &Value, func: &str) -> PyResult<libc::dev_t> {
    if matches!(v, Value::Float(_)) {
        return Err(PyErr::new(ExcKind::TypeError, "'float' object cannot be interpreted as an index"));
    }
    let n = int_arg(v, func)?;
    u64::try_from(n).map_err(|_| PyErr::new(ExcKind::OverflowError, "can't convert negative number to unsigned long"))
}

/// A uid or gid for chown: -1 leaves it unchanged.
fn owner_arg(v: &Value) -> PyResult<Option<u32>> {
    let n = int_arg(v, "chown")?;
    if n == -1 {
        return Ok(None);
    }
    u32::try_from(n).map(Some).map_err(|_| PyErr::new(ExcKind::OverflowError, "user id is greater than maximum"))
}

fn chown_like(a: &[Value], func: &str, f: fn(&str, Option<u32>, Option<u32>) -> std::io::Result<()>) -> PyResult {
    check_args(func, a, 3, 3)?;
    let path = c_string(&a[0], func, 1)?.to_string_lossy().into_owned();
    let (u, g) = (owner_arg(&a[1])?, owner_arg(&a[2])?);
    f(&path, u, g).map_err(|e| super::os::os_error(e, &path))?;
    Ok(Value::None)
}

fn setres(a: &[Value], func: &str, group: bool) -> PyResult {
    check_args(func, a, 3, 3)?;
    let mut ids = [0u32; 3];
    for (i, v) in a.iter().enumerate() {
        let n = int_arg(v, func)?;
        ids[i] = if n == -1 {
            u32::MAX
        } else {
            u32::try_from(n).map_err(|_| PyErr::new(ExcKind::OverflowError, "user id is greater than maximum"))?
        };
    }
    os_libc::setres(group, ids).map_err(os_err)?;
    Ok(Value::None)
}

fn statvfs_class() -> &'static Arc<crate::object::Class> {
    static CLS: std::sync::OnceLock<Arc<crate::object::Class>> = std::sync::OnceLock::new();
    CLS.get_or_init(|| {
        super::structseq::class(
            "posix",
            "statvfs_result",
            &[
                "f_bsize",
                "f_frsize",
                "f_blocks",
                "f_bfree",
                "f_bavail",
                "f_files",
                "f_ffree",
                "f_favail",
                "f_flag",
                "f_namemax",
            ],
        )
    })
}

fn statvfs_value(f: [u64; 10]) -> Value {
    super::structseq::make(statvfs_class(), f.iter().map(|&x| Value::Int(x as i64)).collect())
}

fn status_pair(p: (i32, i32)) -> Value {
    Value::tuple(vec![Value::Int(p.0 as i64), Value::Int(p.1 as i64)])
}

pub fn init(d: &Arc<Dict>) {
    def(d, "fork", |vm, a, _| {
        check_args("fork", a, 0, 0)?;
        // What Python buffered is written once, by the parent.
        vm.flush_std();
        let interp = vm.interp.clone();
        let r = super::os_extra::with_table_locked(|| interp.gil.around_fork(os_libc::fork, |r| matches!(r, Ok(0))));
        Ok(Value::Int(r.map_err(os_err)? as i64))
    });
    def(d, "waitpid", |vm, a, _| {
        check_args("waitpid", a, 2, 2)?;
        let (pid, options) = (int32(&a[0], "waitpid")?, int32(&a[1], "waitpid")?);
        Ok(status_pair(wait_child(vm, pid, options)?))
    });
    def(d, "wait", |vm, a, _| {
        check_args("wait", a, 0, 0)?;
        Ok(status_pair(wait_child(vm, -1, 0)?))
    });
    def(d, "_exit", |vm, a, _| {
        check_args("_exit", a, 1, 1)?;
        let code = int32(&a[0], "_exit")?;
        vm.flush_std();
        os_libc::exit_now(code)
    });
    def(d, "abort", |_, a, _| {
        check_args("abort", a, 0, 0)?;
        os_libc::abort()
    });
    def(d, "execv", |vm, a, _| {
        check_args("execv", a, 2, 2)?;
        let path = c_string(&a[0], "execv", 1)?;
        let args = exec_args(vm, &a[1], "execv")?;
        vm.flush_std();
        // putenv's changes live in minipy's overlay: the new image gets them.
        let env: Vec<CString> = super::env_overlay::all().into_iter().filter_map(|e| CString::new(e).ok()).collect();
        Err(os_err(os_libc::execve(&path, &args, Some(&env))))
    });
    def(d, "execve", |vm, a, _| {
        check_args("execve", a, 3, 3)?;
        let path = c_string(&a[0], "execve", 1)?;
        let args = exec_args(vm, &a[1], "execve")?;
        let keys = match vm.getattr(&a[2], &crate::object::PyStr::from_str("keys")) {
            Ok(f) => {
                let k = vm.call(&f, vec![])?;
                vm.to_vec(&k)?
            }
            Err(_) => return Err(PyErr::new(ExcKind::TypeError, "execve() arg 3 must be a mapping object")),
        };
        let mut env = Vec::new();
        for k in keys {
            let v = vm.getitem(&a[2], &k)?;
            // 2.7's "s" format: a string without NUL bytes, else its message.
            let plain = |x: &Value, what: &str| match x {
                Value::Str(s) if !s.as_bytes().contains(&0) => Ok(s.as_bytes().to_vec()),
                _ => Err(PyErr::new(ExcKind::TypeError, format!("execve() arg 3 contains a non-string {}", what))),
            };
            let (k, v) = (plain(&k, "key")?, plain(&v, "value")?);
            if k.contains(&b'=') {
                return Err(PyErr::new(ExcKind::ValueError, "illegal environment variable name"));
            }
            let mut e = k;
            e.push(b'=');
            e.extend_from_slice(&v);
            if let Ok(c) = CString::new(e) {
                env.push(c);
            }
        }
        vm.flush_std();
        Err(os_err(os_libc::execve(&path, &args, Some(&env))))
    });
    def(d, "dup2", |_, a, _| {
        check_args("dup2", a, 2, 2)?;
        let (fd, fd2) = (int_arg(&a[0], "dup2")?, int_arg(&a[1], "dup2")?);
        os_libc::dup2(fd, fd2).map_err(os_err)?;
        Ok(Value::None)
    });
    // Native functions are plain fn pointers (no captures): one per name.
    macro_rules! pgrp {
        ($name:literal, 0, $ret:expr) => {
            def(d, $name, |_, a, _| {
                check_args($name, a, 0, 0)?;
                let r = os_libc::pgrp_call($name, 0, 0).map_err(os_err)?;
                Ok(if $ret { Value::Int(r as i64) } else { Value::None })
            })
        };
        ($name:literal, 1, $ret:expr) => {
            def(d, $name, |_, a, _| {
                check_args($name, a, 1, 1)?;
                let r = os_libc::pgrp_call($name, int32(&a[0], $name)?, 0).map_err(os_err)?;
                Ok(if $ret { Value::Int(r as i64) } else { Value::None })
            })
        };
        ($name:literal, 2, $ret:expr) => {
            def(d, $name, |_, a, _| {
                check_args($name, a, 2, 2)?;
                let r = os_libc::pgrp_call($name, int32(&a[0], $name)?, int32(&a[1], $name)?).map_err(os_err)?;
                Ok(if $ret { Value::Int(r as i64) } else { Value::None })
            })
        };
    }
    pgrp!("setsid", 0, false);
    pgrp!("getpgrp", 0, true);
    pgrp!("setpgrp", 0, false);
    pgrp!("getpgid", 1, true);
    pgrp!("getsid", 1, true);
    pgrp!("tcgetpgrp", 1, true);
    pgrp!("setuid", 1, false);
    pgrp!("setgid", 1, false);
    pgrp!("seteuid", 1, false);
    pgrp!("setegid", 1, false);
    pgrp!("setpgid", 2, false);
    pgrp!("tcsetpgrp", 2, false);
    pgrp!("setreuid", 2, false);
    pgrp!("setregid", 2, false);
    def(d, "nice", |_, a, _| {
        check_args("nice", a, 1, 1)?;
        Ok(Value::Int(os_libc::nice(int32(&a[0], "nice")?).map_err(os_err)? as i64))
    });
    def(d, "getgroups", |_, a, _| {
        check_args("getgroups", a, 0, 0)?;
        let g = os_libc::getgroups().map_err(os_err)?;
        Ok(Value::list(g.into_iter().map(|g| Value::Int(g as i64)).collect()))
    });
    def(d, "times", |_, a, _| {
        check_args("times", a, 0, 0)?;
        let t = os_libc::times().map_err(os_err)?;
        Ok(Value::tuple(t.iter().map(|&x| Value::float(x)).collect()))
    });
    def(d, "mkfifo", |_, a, _| {
        check_args("mkfifo", a, 1, 2)?;
        let path = c_string(&a[0], "mkfifo", 1)?;
        let mode = match a.get(1) {
            Some(m) => int_arg(m, "mkfifo")? as u32,
            None => 0o666,
        };
        os_libc::mkfifo(&path, mode).map_err(|e| super::os::os_error(e, &path.to_string_lossy()))?;
        Ok(Value::None)
    });
    def(d, "major", |_, a, _| {
        check_args("major", a, 1, 1)?;
        Ok(Value::Int(libc::major(dev_arg(&a[0], "major")?) as i64))
    });
    def(d, "minor", |_, a, _| {
        check_args("minor", a, 1, 1)?;
        Ok(Value::Int(libc::minor(dev_arg(&a[0], "minor")?) as i64))
    });
    def(d, "makedev", |_, a, _| {
        check_args("makedev", a, 2, 2)?;
        let (ma, mi) = (int_arg(&a[0], "makedev")?, int_arg(&a[1], "makedev")?);
        let (Ok(ma), Ok(mi)) = (u32::try_from(ma), u32::try_from(mi)) else {
            return Err(PyErr::new(ExcKind::OverflowError, "Python int too large to convert to C unsigned int"));
        };
        Ok(Value::Int(libc::makedev(ma, mi) as i64))
    });
    def(d, "chown", |_, a, _| chown_like(a, "chown", |p, u, g| std::os::unix::fs::chown(p, u, g)));
    def(d, "lchown", |_, a, _| chown_like(a, "lchown", |p, u, g| std::os::unix::fs::lchown(p, u, g)));
    def(d, "fchown", |_, a, _| {
        check_args("fchown", a, 3, 3)?;
        let file = os_libc::dup_file(int_arg(&a[0], "fchown")?).map_err(os_err)?;
        let (u, g) = (owner_arg(&a[1])?, owner_arg(&a[2])?);
        std::os::unix::fs::fchown(&file, u, g).map_err(os_err)?;
        Ok(Value::None)
    });
    def(d, "getresuid", |_, a, _| {
        check_args("getresuid", a, 0, 0)?;
        let ids = os_libc::getres(false).map_err(os_err)?;
        Ok(Value::tuple(ids.iter().map(|&i| Value::Int(i as i64)).collect()))
    });
    def(d, "getresgid", |_, a, _| {
        check_args("getresgid", a, 0, 0)?;
        let ids = os_libc::getres(true).map_err(os_err)?;
        Ok(Value::tuple(ids.iter().map(|&i| Value::Int(i as i64)).collect()))
    });
    def(d, "setresuid", |_, a, _| setres(a, "setresuid", false));
    def(d, "setresgid", |_, a, _| setres(a, "setresgid", true));
    d.set_str("statvfs_result", Value::Class(statvfs_class().clone()));
    def(d, "statvfs", |_, a, _| {
        check_args("statvfs", a, 1, 1)?;
        let path = c_string(&a[0], "statvfs", 1)?;
        let f = os_libc::statvfs(Some(&path), 0).map_err(|e| super::os::os_error(e, &path.to_string_lossy()))?;
        Ok(statvfs_value(f))
    });
    def(d, "fstatvfs", |_, a, _| {
        check_args("fstatvfs", a, 1, 1)?;
        Ok(statvfs_value(os_libc::statvfs(None, int32(&a[0], "fstatvfs")?).map_err(os_err)?))
    });
    let names = Dict::new();
    for (n, v) in SYSCONF {
        names.set_str(n, Value::Int(*v as i64));
    }
    d.set_str("sysconf_names", Value::Dict(Arc::new(names)));
    def(d, "sysconf", |_, a, _| {
        check_args("sysconf", a, 1, 1)?;
        let code = match &a[0] {
            Value::Str(s) => {
                let s = s.to_string_lossy();
                match SYSCONF.iter().find(|(n, _)| *n == s) {
                    Some((_, v)) => *v,
                    None => return Err(PyErr::new(ExcKind::ValueError, "unrecognized configuration name")),
                }
            }
            v => match crate::object::number::as_i64(v) {
                Some(n) => n as i32,
                None => return Err(PyErr::new(ExcKind::TypeError, "configuration names must be strings or integers")),
            },
        };
        Ok(Value::Int(os_libc::sysconf(code).map_err(os_err)?))
    });
    for (name, v) in [
        ("WNOHANG", libc::WNOHANG),
        ("WUNTRACED", libc::WUNTRACED),
        ("WCONTINUED", libc::WCONTINUED),
        ("O_NONBLOCK", libc::O_NONBLOCK),
        ("O_NDELAY", libc::O_NDELAY),
        ("O_NOCTTY", libc::O_NOCTTY),
        ("O_SYNC", libc::O_SYNC),
        ("O_DSYNC", libc::O_DSYNC),
        ("O_DIRECTORY", libc::O_DIRECTORY),
        ("O_NOFOLLOW", libc::O_NOFOLLOW),
        ("O_NOATIME", libc::O_NOATIME),
        ("O_ASYNC", libc::O_ASYNC),
        ("O_LARGEFILE", 0o100000),
    ] {
        if d.get_str(&crate::object::PyStr::from_str(name)).is_none() {
            d.set_str(name, Value::Int(v as i64));
        }
    }
}

/// The names `os.sysconf` knows (a useful subset of CPython's table).
const SYSCONF: &[(&str, i32)] = &[
    ("SC_ARG_MAX", libc::_SC_ARG_MAX),
    ("SC_CHILD_MAX", libc::_SC_CHILD_MAX),
    ("SC_CLK_TCK", libc::_SC_CLK_TCK),
    ("SC_NGROUPS_MAX", libc::_SC_NGROUPS_MAX),
    ("SC_OPEN_MAX", libc::_SC_OPEN_MAX),
    ("SC_PAGESIZE", libc::_SC_PAGESIZE),
    ("SC_PAGE_SIZE", libc::_SC_PAGESIZE),
    ("SC_NPROCESSORS_CONF", libc::_SC_NPROCESSORS_CONF),
    ("SC_NPROCESSORS_ONLN", libc::_SC_NPROCESSORS_ONLN),
    ("SC_PHYS_PAGES", libc::_SC_PHYS_PAGES),
    ("SC_AVPHYS_PAGES", libc::_SC_AVPHYS_PAGES),
    ("SC_LINE_MAX", libc::_SC_LINE_MAX),
    ("SC_HOST_NAME_MAX", libc::_SC_HOST_NAME_MAX),
    ("SC_LOGIN_NAME_MAX", libc::_SC_LOGIN_NAME_MAX),
    ("SC_TTY_NAME_MAX", libc::_SC_TTY_NAME_MAX),
    ("SC_IOV_MAX", libc::_SC_IOV_MAX),
    ("SC_STREAM_MAX", libc::_SC_STREAM_MAX),
    ("SC_VERSION", libc::_SC_VERSION),
];
