//! `resource` (limits and usage) and `fcntl` (descriptor control, locks):
//! the argument handling of 2.7's modules over the calls in `os_libc`.

use std::sync::{Arc, OnceLock};

use super::os_libc;
use super::{check_args, def, int_arg};
use crate::object::{Class, Dict, ExcKind, PyErr, PyResult, PyStr, Value};
use crate::vm::threads::{Wait, WaitKind};
use crate::vm::Vm;

fn os_err(e: std::io::Error, kind: ExcKind) -> PyErr {
    let n = e.raw_os_error().unwrap_or(5);
    PyErr::with_args(kind, vec![Value::Int(n as i64), Value::str(&super::os::errno_text(n))])
}

fn rusage_class() -> &'static Arc<Class> {
    static CLS: OnceLock<Arc<Class>> = OnceLock::new();
    CLS.get_or_init(|| {
        super::structseq::class(
            "resource",
            "struct_rusage",
            &[
                "ru_utime",
                "ru_stime",
                "ru_maxrss",
                "ru_ixrss",
                "ru_idrss",
                "ru_isrss",
                "ru_minflt",
                "ru_majflt",
                "ru_nswap",
                "ru_inblock",
                "ru_oublock",
                "ru_msgsnd",
                "ru_msgrcv",
                "ru_nsignals",
                "ru_nvcsw",
                "ru_nivcsw",
            ],
        )
    })
}

/// A limit value: RLIM_INFINITY is -1 on the Python side.
fn limit_value(n: u64) -> Value {
    Value::Int(if n == libc::RLIM_INFINITY { -1 } else { n as i64 })
}

fn resource_arg(v: &Value) -> PyResult<i32> {
    let n = int_arg(v, "resource")?;
    // Linux has 16 resources (RLIMIT_RTTIME is the last, 15).
    if !(0..16).contains(&n) {
        return Err(PyErr::new(ExcKind::ValueError, "invalid resource specified"));
    }
    Ok(n as i32)
}

pub fn init_resource(d: &Arc<Dict>) {
    for (name, v) in [
        ("RLIMIT_CPU", libc::RLIMIT_CPU),
        ("RLIMIT_FSIZE", libc::RLIMIT_FSIZE),
        ("RLIMIT_DATA", libc::RLIMIT_DATA),
        ("RLIMIT_STACK", libc::RLIMIT_STACK),
        ("RLIMIT_CORE", libc::RLIMIT_CORE),
        ("RLIMIT_RSS", libc::RLIMIT_RSS),
        ("RLIMIT_NPROC", libc::RLIMIT_NPROC),
        ("RLIMIT_NOFILE", libc::RLIMIT_NOFILE),
        ("RLIMIT_OFILE", libc::RLIMIT_NOFILE),
        ("RLIMIT_MEMLOCK", libc::RLIMIT_MEMLOCK),
        ("RLIMIT_AS", libc::RLIMIT_AS),
    ] {
        d.set_str(name, Value::Int(v as i64));
    }
    d.set_str("RLIM_INFINITY", Value::Int(-1));
    d.set_str("RUSAGE_SELF", Value::Int(libc::RUSAGE_SELF as i64));
    d.set_str("RUSAGE_CHILDREN", Value::Int(libc::RUSAGE_CHILDREN as i64));
    d.set_str("error", Value::Class(ExcKind::OSError.class().clone()));
    d.set_str("struct_rusage", Value::Class(rusage_class().clone()));
    def(d, "getrlimit", |_, a, _| {
        if a.len() != 1 {
            let msg = format!("getrlimit() takes exactly 1 argument ({} given)", a.len());
            return Err(PyErr::new(ExcKind::TypeError, msg));
        }
        let (cur, max) = os_libc::getrlimit(resource_arg(&a[0])?).map_err(|e| os_err(e, ExcKind::OSError))?;
        Ok(Value::tuple(vec![limit_value(cur), limit_value(max)]))
    });
    def(d, "setrlimit", |vm, a, _| {
        check_args("setrlimit", a, 2, 2)?;
        let res = resource_arg(&a[0])?;
        let pair = vm.to_vec(&a[1]).ok().filter(|v| v.len() == 2);
        let Some(pair) = pair else {
            return Err(PyErr::new(ExcKind::ValueError, "expected a tuple of 2 integers"));
        };
        let mut lim = [0u64; 2];
        for (i, v) in pair.iter().enumerate() {
            let n = crate::object::number::as_i64(v).ok_or_else(|| {
                if matches!(v, Value::Long(_)) {
                    PyErr::new(ExcKind::OverflowError, "Python int too large to convert to C long")
                } else {
                    PyErr::new(ExcKind::TypeError, "an integer is required")
                }
            })?;
            lim[i] = if n == -1 { libc::RLIM_INFINITY } else { n as u64 };
        }
        os_libc::setrlimit(res, lim[0], lim[1]).map_err(|e| match e.raw_os_error() {
            Some(libc::EINVAL) => PyErr::new(ExcKind::ValueError, "current limit exceeds maximum limit"),
            Some(libc::EPERM) => PyErr::new(ExcKind::ValueError, "not allowed to raise maximum limit"),
            _ => os_err(e, ExcKind::OSError),
        })?;
        Ok(Value::None)
    });
    def(d, "getrusage", |_, a, _| {
        check_args("getrusage", a, 1, 1)?;
        let who = int_arg(&a[0], "getrusage")?;
        let u = match i32::try_from(who).ok().map(os_libc::getrusage) {
            Some(Ok(u)) => u,
            _ => return Err(PyErr::new(ExcKind::ValueError, "invalid who parameter")),
        };
        let vals = u.iter().enumerate().map(|(i, &x)| if i < 2 { Value::float(x) } else { Value::Int(x as i64) });
        Ok(super::structseq::make(rusage_class(), vals.collect()))
    });
    def(d, "getpagesize", |_, a, _| {
        check_args("getpagesize", a, 0, 0)?;
        Ok(Value::Int(os_libc::sysconf(libc::_SC_PAGESIZE).unwrap_or(4096)))
    });
}

/// A descriptor argument: an int, or an object whose fileno() gives one.
fn fd_arg(vm: &mut Vm, v: &Value) -> PyResult<i32> {
    let n = match crate::object::number::as_i64(v) {
        Some(n) if !matches!(v, Value::Float(_)) => n,
        _ => {
            let Ok(f) = vm.getattr(v, &PyStr::from_str("fileno")) else {
                return Err(PyErr::new(ExcKind::TypeError, "argument must be an int, or have a fileno() method"));
            };
            let r = vm.call(&f, vec![])?;
            crate::object::number::as_i64(&r)
                .ok_or_else(|| PyErr::new(ExcKind::TypeError, "fileno() returned a non-integer"))?
        }
    };
    // C's int conversion: what does not fit reads as -1.
    let n = i32::try_from(n).unwrap_or(-1);
    if n < 0 {
        return Err(PyErr::new(ExcKind::ValueError, format!("file descriptor cannot be a negative integer ({})", n)));
    }
    Ok(n)
}

/// fcntl, ioctl, flock and lockf may wait for another process's lock (or a
/// device): they run with the GIL released, as CPython's do.
const LOCKING: Wait = Wait { kind: WaitKind::Io, object: None, what: "a file lock or device" };

/// fcntl() and ioctl(): an int argument gives an int back, a string one
/// the string as the call left it.
fn control(vm: &mut Vm, a: &[Value], func: &str, ioctl: bool) -> PyResult {
    check_args(func, a, 2, 4)?;
    let fd = fd_arg(vm, &a[0])?;
    let cmd = int_arg(&a[1], func)? as u64;
    let err = |e| os_err(e, ExcKind::IOError);
    match a.get(2) {
        Some(Value::Str(s)) => {
            if s.as_bytes().len() > 1024 {
                return Err(PyErr::new(ExcKind::ValueError, format!("{} string arg too long", func)));
            }
            let bytes = s.as_bytes();
            Ok(Value::bytes(
                vm.allow_threads(LOCKING, true, || os_libc::fcntl_buf(fd, cmd, bytes, ioctl)).map_err(err)?,
            ))
        }
        Some(v) => {
            let arg = int_arg(v, func)?;
            if arg != 0 && !takes_integer(cmd, ioctl) {
                // A command that reads or writes through its argument would
                // take this integer for an address in our own memory:
                // refuse it as the kernel refuses a bad address.
                return Err(os_err(std::io::Error::from_raw_os_error(libc::EFAULT), ExcKind::IOError));
            }
            Ok(Value::Int(
                vm.allow_threads(LOCKING, true, || os_libc::fcntl_int(fd, cmd, arg, ioctl)).map_err(err)? as i64
            ))
        }
        None => Ok(Value::Int(
            vm.allow_threads(LOCKING, true, || os_libc::fcntl_int(fd, cmd, 0, ioctl)).map_err(err)? as i64
        )),
    }
}

/// Commands known to take their third argument as a plain integer. Any
/// other command is given an integer argument only when it is 0 (a null
/// pointer, which the kernel refuses with EFAULT): CPython passes any integer
/// through, so `fcntl(fd, F_GETLK, 12345)` would make the kernel write to
/// address 12345 (README, deviations).
fn takes_integer(cmd: u64, ioctl: bool) -> bool {
    if ioctl {
        // Terminal ioctls whose argument is a number, not a pointer.
        const INT_IOCTLS: [u64; 11] = [
            0x5409, // TCSBRK
            0x540A, // TCXONC
            0x540B, // TCFLSH
            0x540E, // TIOCSCTTY
            0x5422, // TIOCNOTTY
            0x5425, // TCSBRKP
            0x5427, // TIOCSBRK
            0x5428, // TIOCCBRK
            0x5437, // TIOCVHANGUP
            0x5450, // FIONCLEX
            0x5451, // FIOCLEX
        ];
        return INT_IOCTLS.contains(&(cmd & 0xffff_ffff));
    }
    let Ok(cmd) = i32::try_from(cmd) else { return false };
    matches!(
        cmd,
        libc::F_DUPFD
            | libc::F_DUPFD_CLOEXEC
            | libc::F_GETFD
            | libc::F_SETFD
            | libc::F_GETFL
            | libc::F_SETFL
            | libc::F_GETOWN
            | libc::F_SETOWN
            | 10 // F_SETSIG
            | 11 // F_GETSIG
            | libc::F_GETLEASE
            | libc::F_SETLEASE
            | libc::F_NOTIFY
            | libc::F_GETPIPE_SZ
            | libc::F_SETPIPE_SZ
            | libc::F_ADD_SEALS
            | libc::F_GET_SEALS
    )
}

pub fn init_fcntl(d: &Arc<Dict>) {
    for (name, v) in [
        ("F_DUPFD", libc::F_DUPFD),
        ("F_GETFD", libc::F_GETFD),
        ("F_SETFD", libc::F_SETFD),
        ("F_GETFL", libc::F_GETFL),
        ("F_SETFL", libc::F_SETFL),
        ("F_GETLK", libc::F_GETLK),
        ("F_SETLK", libc::F_SETLK),
        ("F_SETLKW", libc::F_SETLKW),
        ("F_GETOWN", libc::F_GETOWN),
        ("F_SETOWN", libc::F_SETOWN),
        ("F_GETSIG", 11),
        ("F_SETSIG", 10),
        ("F_RDLCK", libc::F_RDLCK),
        ("F_WRLCK", libc::F_WRLCK),
        ("F_UNLCK", libc::F_UNLCK),
        ("F_NOTIFY", libc::F_NOTIFY),
        ("F_GETLEASE", libc::F_GETLEASE),
        ("F_SETLEASE", libc::F_SETLEASE),
        ("F_EXLCK", 4),
        ("F_SHLCK", 8),
        ("FD_CLOEXEC", libc::FD_CLOEXEC),
        ("LOCK_SH", libc::LOCK_SH),
        ("LOCK_EX", libc::LOCK_EX),
        ("LOCK_NB", libc::LOCK_NB),
        ("LOCK_UN", libc::LOCK_UN),
        ("LOCK_MAND", 32),
        ("LOCK_READ", 64),
        ("LOCK_WRITE", 128),
        ("LOCK_RW", 192),
        ("DN_ACCESS", 1),
        ("DN_MODIFY", 2),
        ("DN_CREATE", 4),
        ("DN_DELETE", 8),
        ("DN_RENAME", 16),
        ("DN_ATTRIB", 32),
        ("DN_MULTISHOT", i32::MIN),
    ] {
        d.set_str(name, Value::Int(v as i64));
    }
    def(d, "fcntl", |vm, a, _| control(vm, a, "fcntl", false));
    def(d, "ioctl", |vm, a, _| control(vm, a, "ioctl", true));
    def(d, "flock", |vm, a, _| {
        check_args("flock", a, 2, 2)?;
        let fd = fd_arg(vm, &a[0])?;
        let op = int_arg(&a[1], "flock")? as i32;
        vm.allow_threads(LOCKING, true, || os_libc::flock(fd, op)).map_err(|e| os_err(e, ExcKind::IOError))?;
        Ok(Value::None)
    });
    def(d, "lockf", |vm, a, _| {
        check_args("lockf", a, 2, 5)?;
        let fd = fd_arg(vm, &a[0])?;
        let cmd = int_arg(&a[1], "lockf")? as i32;
        let num = |i: usize| a.get(i).map(|v| int_arg(v, "lockf")).transpose();
        let (len, start, whence) = (num(2)?.unwrap_or(0), num(3)?.unwrap_or(0), num(4)?.unwrap_or(0));
        let locked = vm.allow_threads(LOCKING, true, || os_libc::lockf(fd, cmd, len, start, whence as i16));
        locked.map_err(|e| match e.raw_os_error() {
            Some(libc::EINVAL) if ![0, 1, 2, 8].contains(&(cmd & !libc::LOCK_NB)) => {
                PyErr::new(ExcKind::ValueError, "unrecognized flock argument")
            }
            _ => os_err(e, ExcKind::IOError),
        })?;
        Ok(Value::None)
    });
}
