//! The rest of `posix` (the native half of `os`): descriptors
//! (`open`/`read`/`write`/`close`/`lseek`/`fdopen`), stat results,
//! permissions, times, links, ids and `uname`, and more of `os.path`.
//!
//! Safe Rust cannot turn a raw descriptor back into a `File`, so
//! `os.open` keeps its `File` in a process-wide table under its real
//! descriptor number; the other calls look the number up there.

use std::collections::BTreeMap;
use std::fs::File;
use std::io::{Read, Seek, Write};
use std::os::fd::AsRawFd;
use std::os::unix::fs::{MetadataExt, OpenOptionsExt, PermissionsExt};
use std::sync::{Arc, Mutex, OnceLock};

use super::os::{errno_text, os_error};
use super::{check_args, def, int_arg, str_arg};
use crate::object::{Class, Dict, ExcKind, Object, PyErr, PyResult, Value};

/// Shared handles, so that a blocking read on one descriptor (a pipe) holds
/// no lock another thread needs to write to the pipe's other end.
static FDS: Mutex<BTreeMap<i64, Arc<File>>> = Mutex::new(BTreeMap::new());

fn fds() -> std::sync::MutexGuard<'static, BTreeMap<i64, Arc<File>>> {
    FDS.lock().unwrap_or_else(|e| e.into_inner())
}

/// Runs `f` holding the descriptor table's lock (around `fork`, so that
/// the child's table is not left locked by another thread).
pub fn with_table_locked<R>(f: impl FnOnce() -> R) -> R {
    let _t = fds();
    f()
}

/// A new handle on descriptor `fd` of the table (for a child process's
/// stream: `subprocess`).
pub fn clone_fd(fd: i64) -> Option<std::io::Result<File>> {
    let file = fds().get(&fd).cloned()?;
    Some(file.try_clone())
}

const O_WRONLY: i64 = 0o1;
const O_RDWR: i64 = 0o2;
const O_CREAT: i64 = 0o100;
const O_EXCL: i64 = 0o200;
const O_TRUNC: i64 = 0o1000;
const O_APPEND: i64 = 0o2000;

/// The TypeError of a `s` argument holding a NUL byte.
fn nul_error(func: &str, pos: usize) -> PyErr {
    PyErr::new(ExcKind::TypeError, format!("{}() argument {} must be string without null bytes, not str", func, pos))
}

fn fd_error(errno: i32) -> PyErr {
    PyErr::with_args(ExcKind::OSError, vec![Value::Int(errno as i64), Value::str(&errno_text(errno))])
}

fn plain_error(e: std::io::Error) -> PyErr {
    fd_error(e.raw_os_error().unwrap_or(5))
}

/// Runs `f` on the table's file for `fd`, or fails with EBADF.
fn with_fd<T>(fd: i64, f: impl FnOnce(&mut &File) -> std::io::Result<T>) -> PyResult<T> {
    let known = fds().get(&fd).cloned();
    let file = match known {
        Some(f) => f,
        // Not opened through os.open (0-2, a file object's, a dup2 target):
        // a duplicate reaches the same open file.
        None => Arc::new(super::os_libc::dup_file(fd).map_err(plain_error)?),
    };
    f(&mut &*file).map_err(plain_error)
}

/// Runs `f` on the file behind `fd`, for calls about the file rather than
/// the descriptor (fstat, fsync, ftruncate): a descriptor outside the table
/// (a file object's, a socket's) is reached by reopening it through
/// /proc/self/fd, which names the same file.
fn with_file_of<T>(fd: i64, write: bool, f: impl FnOnce(&mut &File) -> std::io::Result<T>) -> PyResult<T> {
    if fd < 0 || fds().contains_key(&fd) {
        return with_fd(fd, f);
    }
    let path = format!("/proc/self/fd/{}", fd);
    if std::fs::symlink_metadata(&path).is_err() {
        return Err(fd_error(9));
    }
    // Non-blocking, or reopening a pipe without a writer would wait.
    let open =
        |read: bool| std::fs::OpenOptions::new().read(read).write(!read).custom_flags(libc::O_NONBLOCK).open(&path);
    let file = open(!write).or_else(|_| open(write)).map_err(plain_error)?;
    f(&mut &file).map_err(plain_error)
}

/// A path argument; a NUL byte cannot reach the system call (CPython's
/// `et` converter refuses it).
fn path_arg(v: &Value, what: &str) -> PyResult<String> {
    let s = str_arg(v, what)?;
    if s.as_bytes().contains(&0) {
        return Err(PyErr::new(ExcKind::TypeError, "must be encoded string without NULL bytes, not str"));
    }
    Ok(s.to_string_lossy())
}

fn stat_class() -> &'static Arc<Class> {
    static CLS: OnceLock<Arc<Class>> = OnceLock::new();
    CLS.get_or_init(|| {
        super::structseq::class(
            "posix",
            "stat_result",
            &[
                "st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", "st_atime", "st_mtime",
                "st_ctime",
            ],
        )
    })
}

/// A `posix.stat_result`: whole seconds by index, float times as attributes.
fn stat_result(m: &std::fs::Metadata) -> Value {
    let int = |n: i64| Value::Int(n);
    let v = super::structseq::make(
        stat_class(),
        vec![
            int(m.mode() as i64),
            int(m.ino() as i64),
            int(m.dev() as i64),
            int(m.nlink() as i64),
            int(m.uid() as i64),
            int(m.gid() as i64),
            int(m.size() as i64),
            int(m.atime()),
            int(m.mtime()),
            int(m.ctime()),
        ],
    );
    if let Value::Instance(i) = &v {
        let t = |s: i64, ns: i64| Value::float(s as f64 + ns as f64 * 1e-9);
        i.dict.set_str("st_atime", t(m.atime(), m.atime_nsec()));
        i.dict.set_str("st_mtime", t(m.mtime(), m.mtime_nsec()));
        i.dict.set_str("st_ctime", t(m.ctime(), m.ctime_nsec()));
        i.dict.set_str("st_blksize", int(m.blksize() as i64));
        i.dict.set_str("st_blocks", int(m.blocks() as i64));
        i.dict.set_str("st_rdev", int(m.rdev() as i64));
    }
    v
}

fn system_time(secs: f64) -> std::time::SystemTime {
    if secs >= 0.0 {
        std::time::UNIX_EPOCH + std::time::Duration::from_secs_f64(secs)
    } else {
        std::time::UNIX_EPOCH - std::time::Duration::from_secs_f64(-secs)
    }
}

/// A line of `/proc` (the kernel's names), trimmed.
fn proc_text(path: &str) -> String {
    std::fs::read_to_string(path).map(|s| s.trim().to_string()).unwrap_or_default()
}

fn proc_self() -> Option<std::fs::Metadata> {
    std::fs::metadata("/proc/self").ok()
}

pub fn init(d: &Arc<Dict>) {
    for (name, v) in [
        ("O_RDONLY", 0),
        ("O_WRONLY", O_WRONLY),
        ("O_RDWR", O_RDWR),
        ("O_CREAT", O_CREAT),
        ("O_EXCL", O_EXCL),
        ("O_NOCTTY", 0o400),
        ("O_TRUNC", O_TRUNC),
        ("O_APPEND", O_APPEND),
        ("O_NONBLOCK", 0o4000),
        ("O_NDELAY", 0o4000),
        ("O_DSYNC", 0o10000),
        ("O_SYNC", 0o4010000),
        ("O_RSYNC", 0o4010000),
        ("O_DIRECTORY", 0o200000),
        ("O_NOFOLLOW", 0o400000),
        ("O_NOATIME", 0o1000000),
        ("O_LARGEFILE", 0),
        ("F_OK", 0),
        ("R_OK", 4),
        ("W_OK", 2),
        ("X_OK", 1),
        ("SEEK_SET", 0),
        ("SEEK_CUR", 1),
        ("SEEK_END", 2),
        ("EX_OK", 0),
        ("TMP_MAX", 238328),
    ] {
        d.set_str(name, Value::Int(v));
    }
    d.set_str("stat_result", Value::Class(stat_class().clone()));
    def(d, "open", |_, a, _| {
        check_args("open", a, 2, 3)?;
        let p = path_arg(&a[0], "open")?;
        let flags = int_arg(&a[1], "open")?;
        let mode = match a.get(2) {
            Some(m) => int_arg(m, "open")?,
            None => 0o777,
        };
        let acc = flags & 3;
        let mut o = std::fs::OpenOptions::new();
        o.read(acc == 0 || acc == O_RDWR).write(acc == O_WRONLY || acc == O_RDWR);
        if flags & O_APPEND != 0 {
            o.append(true);
        }
        if flags & O_CREAT != 0 {
            if flags & O_EXCL != 0 {
                o.create_new(true);
            } else {
                o.create(true);
            }
        }
        if flags & O_TRUNC != 0 {
            o.truncate(true);
        }
        o.custom_flags((flags & !(3 | O_CREAT | O_EXCL | O_TRUNC | O_APPEND)) as i32);
        o.mode(mode as u32);
        let f = o.open(&p).map_err(|e| os_error(e, &p))?;
        if flags & libc::O_CLOEXEC as i64 == 0 {
            super::os_libc::set_inheritable(f.as_raw_fd()).map_err(plain_error)?;
        }
        let fd = f.as_raw_fd() as i64;
        fds().insert(fd, Arc::new(f));
        Ok(Value::Int(fd))
    });
    def(d, "close", |_, a, _| {
        check_args("close", a, 1, 1)?;
        let fd = int_arg(&a[0], "close")?;
        if (0..=2).contains(&fd) {
            return Ok(Value::None);
        }
        let removed = fds().remove(&fd);
        match removed {
            Some(_) => Ok(Value::None),
            None => super::os_libc::close(fd).map(|_| Value::None).map_err(plain_error),
        }
    });
    def(d, "read", |vm, a, _| {
        check_args("read", a, 2, 2)?;
        let fd = int_arg(&a[0], "read")?;
        let n = int_arg(&a[1], "read")?;
        if n > i32::MAX as i64 {
            // 2.7 parses the size as a C int
            return Err(PyErr::new(ExcKind::OverflowError, "signed integer is greater than maximum"));
        }
        if n < 0 {
            return Err(fd_error(22));
        }
        let mut buf = crate::object::alloc::zeroed(n as usize)?;
        let got = if fd == 0 {
            vm.flush_std();
            std::io::stdin().read(&mut buf).map_err(plain_error)?
        } else {
            let wait = crate::vm::threads::Wait::new(crate::vm::threads::WaitKind::Io, "os.read");
            vm.allow_threads(wait, true, || with_fd(fd, |f| f.read(&mut buf)))?
        };
        buf.truncate(got);
        Ok(Value::bytes(buf))
    });
    def(d, "write", |vm, a, _| {
        check_args("write", a, 2, 2)?;
        let fd = int_arg(&a[0], "write")?;
        let data = match &a[1] {
            Value::Str(s) => s.as_bytes().to_vec(),
            other => {
                return Err(PyErr::new(
                    ExcKind::TypeError,
                    format!("must be string or buffer, not {}", other.type_name()),
                ))
            }
        };
        match fd {
            1 | 2 => {
                // Whatever sys.stdout still buffers goes out first.
                vm.flush_std();
                let r = if fd == 1 { std::io::stdout().write_all(&data) } else { std::io::stderr().write_all(&data) };
                r.map_err(plain_error)?;
            }
            _ => {
                let wait = crate::vm::threads::Wait::new(crate::vm::threads::WaitKind::Io, "os.write");
                vm.allow_threads(wait, false, || with_fd(fd, |f| f.write_all(&data)))?
            }
        }
        Ok(Value::Int(data.len() as i64))
    });
    def(d, "lseek", |_, a, _| {
        check_args("lseek", a, 3, 3)?;
        let fd = int_arg(&a[0], "lseek")?;
        let pos = int_arg(&a[1], "lseek")?;
        let how = match int_arg(&a[2], "lseek")? {
            0 => std::io::SeekFrom::Start(pos.max(0) as u64),
            1 => std::io::SeekFrom::Current(pos),
            2 => std::io::SeekFrom::End(pos),
            _ => return Err(fd_error(22)),
        };
        Ok(Value::Int(with_fd(fd, |f| f.seek(how))? as i64))
    });
    def(d, "fstat", |_, a, _| {
        check_args("fstat", a, 1, 1)?;
        let fd = int_arg(&a[0], "fstat")?;
        let m = if fd < 0 || fds().contains_key(&fd) {
            with_fd(fd, |f| f.metadata())?
        } else {
            std::fs::metadata(format!("/proc/self/fd/{}", fd)).map_err(|_| fd_error(9))?
        };
        Ok(stat_result(&m))
    });
    def(d, "fsync", |_, a, _| {
        check_args("fsync", a, 1, 1)?;
        with_file_of(int_arg(&a[0], "fsync")?, false, |f| f.sync_all())?;
        Ok(Value::None)
    });
    def(d, "fdatasync", |_, a, _| {
        check_args("fdatasync", a, 1, 1)?;
        with_file_of(int_arg(&a[0], "fdatasync")?, false, |f| f.sync_data())?;
        Ok(Value::None)
    });
    def(d, "ftruncate", |_, a, _| {
        check_args("ftruncate", a, 2, 2)?;
        let len = int_arg(&a[1], "ftruncate")?.max(0) as u64;
        with_file_of(int_arg(&a[0], "ftruncate")?, true, |f| f.set_len(len))?;
        Ok(Value::None)
    });
    def(d, "isatty", |_, a, _| {
        use std::io::IsTerminal;
        check_args("isatty", a, 1, 1)?;
        Ok(Value::bool(match int_arg(&a[0], "isatty")? {
            0 => std::io::stdin().is_terminal(),
            1 => std::io::stdout().is_terminal(),
            2 => std::io::stderr().is_terminal(),
            fd => fds().get(&fd).is_some_and(|f| f.is_terminal()),
        }))
    });
    def(d, "fdopen", |_, a, _| {
        check_args("fdopen", a, 1, 3)?;
        let fd = int_arg(&a[0], "fdopen")?;
        let mode = match a.get(1) {
            Some(m) => path_arg(m, "fdopen")?,
            None => "r".into(),
        };
        if !matches!(mode.chars().next(), Some('r' | 'w' | 'a' | 'U')) {
            return Err(PyErr::new(ExcKind::ValueError, format!("invalid file mode '{}'", mode)));
        }
        let f = fds().remove(&fd).ok_or_else(|| fd_error(9))?;
        // Another handle (a dup) may still share it: the file object gets
        // its own then.
        let f = Arc::try_unwrap(f).or_else(|shared| shared.try_clone()).map_err(plain_error)?;
        Ok(Value::other(Object::File(super::file::FileObj::from_file("<fdopen>", &mode, f))))
    });
    def(d, "stat", |_, a, _| {
        check_args("stat", a, 1, 1)?;
        let p = path_arg(&a[0], "stat")?;
        let m = std::fs::metadata(&p).map_err(|e| os_error(e, &p))?;
        Ok(stat_result(&m))
    });
    def(d, "lstat", |_, a, _| {
        check_args("lstat", a, 1, 1)?;
        let p = path_arg(&a[0], "lstat")?;
        let m = std::fs::symlink_metadata(&p).map_err(|e| os_error(e, &p))?;
        Ok(stat_result(&m))
    });
    def(d, "stat_float_times", |_, _, _| Ok(Value::bool(true)));
    def(d, "chmod", |_, a, _| {
        check_args("chmod", a, 2, 2)?;
        let p = path_arg(&a[0], "chmod")?;
        let mode = int_arg(&a[1], "chmod")? as u32;
        std::fs::set_permissions(&p, std::fs::Permissions::from_mode(mode)).map_err(|e| os_error(e, &p))?;
        Ok(Value::None)
    });
    def(d, "utime", |_, a, _| {
        check_args("utime", a, 2, 2)?;
        let p = path_arg(&a[0], "utime")?;
        let (at, mt) = match &a[1] {
            Value::None => {
                let now = std::time::SystemTime::now();
                (now, now)
            }
            Value::Tuple(t) if t.items.len() == 2 => {
                let num = |v: &Value| {
                    crate::object::number::Num::of(v)
                        .ok_or_else(|| PyErr::new(ExcKind::TypeError, "an integer is required"))?
                        .to_f64()
                };
                (system_time(num(&t.items[0])?), system_time(num(&t.items[1])?))
            }
            _ => return Err(PyErr::new(ExcKind::TypeError, "utime() arg 2 must be a tuple (atime, mtime)")),
        };
        let f = File::open(&p).map_err(|e| os_error(e, &p))?;
        f.set_times(std::fs::FileTimes::new().set_accessed(at).set_modified(mt)).map_err(|e| os_error(e, &p))?;
        Ok(Value::None)
    });
    def(d, "symlink", |_, a, _| {
        check_args("symlink", a, 2, 2)?;
        let (s, t) = (path_arg(&a[0], "symlink")?, path_arg(&a[1], "symlink")?);
        std::os::unix::fs::symlink(&s, &t).map_err(|e| os_error(e, &t))?;
        Ok(Value::None)
    });
    def(d, "link", |_, a, _| {
        check_args("link", a, 2, 2)?;
        let (s, t) = (path_arg(&a[0], "link")?, path_arg(&a[1], "link")?);
        std::fs::hard_link(&s, &t).map_err(|e| os_error(e, &t))?;
        Ok(Value::None)
    });
    def(d, "readlink", |_, a, _| {
        check_args("readlink", a, 1, 1)?;
        let p = path_arg(&a[0], "readlink")?;
        let t = std::fs::read_link(&p).map_err(|e| os_error(e, &p))?;
        Ok(Value::str(&t.to_string_lossy()))
    });
    def(d, "chdir", |_, a, _| {
        check_args("chdir", a, 1, 1)?;
        let p = path_arg(&a[0], "chdir")?;
        std::env::set_current_dir(&p).map_err(|e| os_error(e, &p))?;
        Ok(Value::None)
    });
    def(d, "getcwdu", |_, a, _| {
        check_args("getcwdu", a, 0, 0)?;
        Ok(Value::str(&std::env::current_dir().map(|p| p.to_string_lossy().into_owned()).unwrap_or_default()))
    });
    def(d, "access", |_, a, _| {
        check_args("access", a, 2, 2)?;
        let p = path_arg(&a[0], "access")?;
        let want = int_arg(&a[1], "access")? as u32 & 7;
        let Ok(m) = std::fs::metadata(&p) else { return Ok(Value::bool(false)) };
        let uid = proc_self().map(|s| s.uid()).unwrap_or(u32::MAX);
        if uid == 0 {
            // root may read and write anything, and run what anyone may run.
            return Ok(Value::bool(want & 1 == 0 || m.mode() & 0o111 != 0 || m.is_dir()));
        }
        let gid = proc_self().map(|s| s.gid()).unwrap_or(u32::MAX);
        let bits = if m.uid() == uid {
            m.mode() >> 6
        } else if m.gid() == gid {
            m.mode() >> 3
        } else {
            m.mode()
        } & 7;
        Ok(Value::bool(bits & want == want))
    });
    def(d, "getuid", |_, a, _| {
        check_args("getuid", a, 0, 0)?;
        Ok(Value::Int(proc_self().map(|m| m.uid() as i64).unwrap_or(0)))
    });
    def(d, "geteuid", |_, a, _| {
        check_args("geteuid", a, 0, 0)?;
        Ok(Value::Int(proc_self().map(|m| m.uid() as i64).unwrap_or(0)))
    });
    def(d, "getgid", |_, a, _| {
        check_args("getgid", a, 0, 0)?;
        Ok(Value::Int(proc_self().map(|m| m.gid() as i64).unwrap_or(0)))
    });
    def(d, "getegid", |_, a, _| {
        check_args("getegid", a, 0, 0)?;
        Ok(Value::Int(proc_self().map(|m| m.gid() as i64).unwrap_or(0)))
    });
    def(d, "getppid", |_, a, _| {
        check_args("getppid", a, 0, 0)?;
        Ok(Value::Int(std::os::unix::process::parent_id() as i64))
    });
    def(d, "putenv", |_, a, _| {
        check_args("putenv", a, 2, 2)?;
        // Not path_arg: putenv names its own NUL-byte error (below).
        let text = |v: &Value| str_arg(v, "putenv").map(|s| s.to_string_lossy());
        let (k, v) = (text(&a[0])?, text(&a[1])?);
        for (i, s) in [&k, &v].into_iter().enumerate() {
            if s.contains('\0') {
                return Err(nul_error("putenv", i + 1));
            }
        }
        if k.is_empty() || k.contains('=') {
            return Err(PyErr::new(ExcKind::ValueError, "illegal environment variable name"));
        }
        super::env_overlay::set(k, v);
        Ok(Value::None)
    });
    def(d, "unsetenv", |_, a, _| {
        check_args("unsetenv", a, 1, 1)?;
        let k = str_arg(&a[0], "unsetenv")?.to_string_lossy();
        if k.contains('\0') {
            return Err(nul_error("unsetenv", 1));
        }
        if k.is_empty() || k.contains('=') {
            return Err(fd_error(22));
        }
        super::env_overlay::unset(k);
        Ok(Value::None)
    });
    def(d, "system", |vm, a, _| {
        use std::os::unix::process::ExitStatusExt;
        check_args("system", a, 1, 1)?;
        let cmd = path_arg(&a[0], "system")?;
        // The child writes to the same stdout: what Python buffered goes first.
        vm.flush_std();
        let wait = crate::vm::threads::Wait::new(crate::vm::threads::WaitKind::Io, "os.system");
        let mut child = std::process::Command::new("/bin/sh");
        child.arg("-c").arg(&cmd);
        super::env_overlay::apply(&mut child);
        let status = vm.allow_threads(wait, true, || child.status());
        Ok(Value::Int(status.map(|s| s.into_raw() as i64).unwrap_or(127 << 8)))
    });
    def(d, "dup", |_, a, _| {
        check_args("dup", a, 1, 1)?;
        let fd = int_arg(&a[0], "dup")?;
        let copy = with_fd(fd, |f| f.try_clone())?;
        super::os_libc::set_inheritable(copy.as_raw_fd()).map_err(plain_error)?;
        let n = copy.as_raw_fd() as i64;
        fds().insert(n, Arc::new(copy));
        Ok(Value::Int(n))
    });
    def(d, "pipe", |_, a, _| {
        check_args("pipe", a, 0, 0)?;
        let (r, w) = std::io::pipe().map_err(plain_error)?;
        let (r, w) = (File::from(std::os::fd::OwnedFd::from(r)), File::from(std::os::fd::OwnedFd::from(w)));
        for f in [&r, &w] {
            super::os_libc::set_inheritable(f.as_raw_fd()).map_err(plain_error)?;
        }
        let (rn, wn) = (r.as_raw_fd() as i64, w.as_raw_fd() as i64);
        let mut t = fds();
        t.insert(rn, Arc::new(r));
        t.insert(wn, Arc::new(w));
        Ok(Value::tuple(vec![Value::Int(rn), Value::Int(wn)]))
    });
    def(d, "getloadavg", |_, a, _| {
        check_args("getloadavg", a, 0, 0)?;
        let text = proc_text("/proc/loadavg");
        let v: Vec<f64> = text.split_whitespace().take(3).filter_map(|x| x.parse().ok()).collect();
        if v.len() != 3 {
            return Err(PyErr::new(ExcKind::OSError, "Load averages are unobtainable"));
        }
        Ok(Value::tuple(v.into_iter().map(Value::float).collect()))
    });
    def(d, "uname", |_, a, _| {
        check_args("uname", a, 0, 0)?;
        let mut machine = std::env::consts::ARCH.to_string();
        if machine == "x86" {
            machine = "i686".into();
        }
        Ok(Value::tuple(vec![
            Value::str(&proc_text("/proc/sys/kernel/ostype")),
            Value::str(&proc_text("/proc/sys/kernel/hostname")),
            Value::str(&proc_text("/proc/sys/kernel/osrelease")),
            Value::str(&proc_text("/proc/sys/kernel/version")),
            Value::str(&machine),
        ]))
    });
}

fn meta_time(a: &[Value], what: &'static str, f: fn(&std::fs::Metadata) -> f64) -> PyResult {
    check_args(what, a, 1, 1)?;
    let p = path_arg(&a[0], what)?;
    let m = std::fs::metadata(&p).map_err(|e| os_error(e, &p))?;
    Ok(Value::float(f(&m)))
}

/// More of `os.path`.
pub fn init_path(d: &Arc<Dict>) {
    def(d, "islink", |_, a, _| {
        check_args("islink", a, 1, 1)?;
        let p = path_arg(&a[0], "islink")?;
        Ok(Value::bool(std::fs::symlink_metadata(&p).is_ok_and(|m| m.file_type().is_symlink())))
    });
    def(d, "lexists", |_, a, _| {
        check_args("lexists", a, 1, 1)?;
        Ok(Value::bool(std::fs::symlink_metadata(path_arg(&a[0], "lexists")?).is_ok()))
    });
    def(d, "ismount", |_, a, _| {
        check_args("ismount", a, 1, 1)?;
        let p = path_arg(&a[0], "ismount")?;
        let Ok(m) = std::fs::symlink_metadata(&p) else { return Ok(Value::bool(false)) };
        if m.file_type().is_symlink() {
            return Ok(Value::bool(false));
        }
        let parent = std::fs::metadata(format!("{}/..", p));
        Ok(Value::bool(parent.is_ok_and(|q| q.dev() != m.dev() || q.ino() == m.ino())))
    });
    def(d, "getmtime", |_, a, _| meta_time(a, "getmtime", |m| m.mtime() as f64 + m.mtime_nsec() as f64 * 1e-9));
    def(d, "getatime", |_, a, _| meta_time(a, "getatime", |m| m.atime() as f64 + m.atime_nsec() as f64 * 1e-9));
    def(d, "getctime", |_, a, _| meta_time(a, "getctime", |m| m.ctime() as f64 + m.ctime_nsec() as f64 * 1e-9));
    def(d, "samefile", |_, a, _| {
        check_args("samefile", a, 2, 2)?;
        let (p, q) = (path_arg(&a[0], "samefile")?, path_arg(&a[1], "samefile")?);
        let m = std::fs::metadata(&p).map_err(|e| os_error(e, &p))?;
        let n = std::fs::metadata(&q).map_err(|e| os_error(e, &q))?;
        Ok(Value::bool(m.dev() == n.dev() && m.ino() == n.ino()))
    });
    def(d, "normcase", |_, a, _| {
        check_args("normcase", a, 1, 1)?;
        Ok(a[0].clone())
    });
    def(d, "splitdrive", |_, a, _| {
        check_args("splitdrive", a, 1, 1)?;
        Ok(Value::tuple(vec![Value::str(""), a[0].clone()]))
    });
    def(d, "realpath", |_, a, _| {
        check_args("realpath", a, 1, 1)?;
        let p = path_arg(&a[0], "realpath")?;
        let abs = std::env::current_dir().unwrap_or_default().join(&p);
        // Resolve the longest existing prefix; the rest is kept as written.
        let mut head = abs.clone();
        let mut tail = Vec::new();
        loop {
            if let Ok(r) = std::fs::canonicalize(&head) {
                let mut out = r;
                for t in tail.iter().rev() {
                    out.push(t);
                }
                return Ok(Value::str(&super::os::normpath(&out.to_string_lossy())));
            }
            match (head.file_name().map(|s| s.to_os_string()), head.parent().map(|p| p.to_path_buf())) {
                (Some(n), Some(parent)) => {
                    tail.push(n);
                    head = parent;
                }
                _ => return Ok(Value::str(&super::os::normpath(&abs.to_string_lossy()))),
            }
        }
    });
    def(d, "expandvars", |_, a, _| {
        check_args("expandvars", a, 1, 1)?;
        let s = path_arg(&a[0], "expandvars")?;
        Ok(Value::str(&expandvars(&s)))
    });
    def(d, "relpath", |_, a, kw| {
        let a = super::kwparse::parse("relpath", a, kw, &["path", "start"], 0)?;
        let Some(p) = &a[0] else { return Err(PyErr::new(ExcKind::ValueError, "no path specified")) };
        let p = path_arg(p, "relpath")?;
        if p.is_empty() {
            return Err(PyErr::new(ExcKind::ValueError, "no path specified"));
        }
        let start = match &a[1] {
            Some(s) => path_arg(s, "relpath")?,
            None => ".".into(),
        };
        let cwd = std::env::current_dir().unwrap_or_default();
        let abs = |s: &str| super::os::normpath(&cwd.join(s).to_string_lossy());
        let (pa, sa) = (abs(&p), abs(&start));
        let pp: Vec<&str> = pa.split('/').filter(|x| !x.is_empty()).collect();
        let sp: Vec<&str> = sa.split('/').filter(|x| !x.is_empty()).collect();
        let common = pp.iter().zip(sp.iter()).take_while(|(x, y)| x == y).count();
        let mut parts: Vec<&str> = vec![".."; sp.len() - common];
        parts.extend(&pp[common..]);
        Ok(Value::str(&if parts.is_empty() { ".".to_string() } else { parts.join("/") }))
    });
}

/// `$name` and `${name}` replaced by the environment's value when set.
fn expandvars(s: &str) -> String {
    if !s.contains('$') {
        return s.to_string();
    }
    let b: Vec<char> = s.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    let word = |c: char| c.is_ascii_alphanumeric() || c == '_';
    while i < b.len() {
        if b[i] == '$' {
            let (name, end) = if b.get(i + 1) == Some(&'{') {
                match b[i + 2..].iter().position(|&c| c == '}') {
                    Some(k) => (b[i + 2..i + 2 + k].iter().collect::<String>(), i + 3 + k),
                    None => (String::new(), i),
                }
            } else {
                let k = b[i + 1..].iter().take_while(|&&c| word(c)).count();
                (b[i + 1..i + 1 + k].iter().collect::<String>(), i + 1 + k)
            };
            if !name.is_empty() {
                if let Some(v) = super::env_overlay::get(&name) {
                    out.push_str(&v);
                    i = end;
                    continue;
                }
                out.extend(&b[i..end]);
                i = end;
                continue;
            }
        }
        out.push(b[i]);
        i += 1;
    }
    out
}
