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

/// One entry of the user database (`struct passwd`), copied out of libc's
/// buffer.
pub struct Passwd {
    pub name: Vec<u8>,
    pub passwd: Vec<u8>,
    pub uid: u32,
    pub gid: u32,
    pub gecos: Vec<u8>,
    pub dir: Vec<u8>,
    pub shell: Vec<u8>,
}

/// One entry of the group database (`struct group`).
pub struct Group {
    pub name: Vec<u8>,
    pub passwd: Vec<u8>,
    pub gid: u32,
    pub members: Vec<Vec<u8>>,
}

/// The bytes of a C string libc handed us (empty for a null pointer).
///
/// SAFETY (for callers): `p` is null or points at a NUL-terminated string
/// that stays valid while this runs (inside the buffer of the `_r` call).
unsafe fn c_bytes(p: *const libc::c_char) -> Vec<u8> {
    if p.is_null() {
        return Vec::new();
    }
    // SAFETY: as the function's contract says.
    unsafe { std::ffi::CStr::from_ptr(p) }.to_bytes().to_vec()
}

/// SAFETY (for callers): every pointer of `pw` is null or valid, as after
/// a successful getpw*_r or getpwent.
unsafe fn copy_passwd(pw: &libc::passwd) -> Passwd {
    // SAFETY: the pointers come from libc's filled-in record.
    unsafe {
        Passwd {
            name: c_bytes(pw.pw_name),
            passwd: c_bytes(pw.pw_passwd),
            uid: pw.pw_uid,
            gid: pw.pw_gid,
            gecos: c_bytes(pw.pw_gecos),
            dir: c_bytes(pw.pw_dir),
            shell: c_bytes(pw.pw_shell),
        }
    }
}

/// SAFETY (for callers): as `copy_passwd`; `gr_mem` is null or a
/// null-terminated array of valid strings.
unsafe fn copy_group(gr: &libc::group) -> Group {
    let mut members = Vec::new();
    // SAFETY: the member array ends with a null pointer (group(5)).
    unsafe {
        let mut p = gr.gr_mem;
        while !p.is_null() && !(*p).is_null() {
            members.push(c_bytes(*p));
            p = p.add(1);
        }
        Group { name: c_bytes(gr.gr_name), passwd: c_bytes(gr.gr_passwd), gid: gr.gr_gid, members }
    }
}

/// Runs a reentrant lookup (`getpwnam_r` and kin) with a buffer that grows
/// while the call answers ERANGE. `call` gets the buffer and returns the
/// call's result code and whether a record was found.
fn with_buffer<T>(mut call: impl FnMut(&mut Vec<libc::c_char>) -> (i32, Option<T>)) -> std::io::Result<Option<T>> {
    let mut buf: Vec<libc::c_char> = vec![0; 1024];
    loop {
        let (rc, found) = call(&mut buf);
        if rc == libc::ERANGE && buf.len() < (1 << 22) {
            buf.resize(buf.len() * 4, 0);
            continue;
        }
        if rc != 0 {
            return Err(std::io::Error::from_raw_os_error(rc));
        }
        return Ok(found);
    }
}

/// `getpwnam_r` / `getpwuid_r`: the user named or numbered, if any.
pub fn getpw(name: Option<&std::ffi::CStr>, uid: u32) -> std::io::Result<Option<Passwd>> {
    with_buffer(|buf| {
        // SAFETY: an all-zero passwd is a valid value (null pointers and
        // zero ids); libc fills it, pointing into `buf`, which outlives
        // the copy made below.
        let mut pw: libc::passwd = unsafe { std::mem::zeroed() };
        let mut out: *mut libc::passwd = std::ptr::null_mut();
        // SAFETY: every pointer is to live memory of the stated size.
        let rc = unsafe {
            match name {
                Some(n) => libc::getpwnam_r(n.as_ptr(), &mut pw, buf.as_mut_ptr(), buf.len(), &mut out),
                None => libc::getpwuid_r(uid, &mut pw, buf.as_mut_ptr(), buf.len(), &mut out),
            }
        };
        // SAFETY: a non-null `out` is `&pw`, filled in by the call.
        (rc, if rc == 0 && !out.is_null() { Some(unsafe { copy_passwd(&pw) }) } else { None })
    })
}

/// `getgrnam_r` / `getgrgid_r`: the group named or numbered, if any.
pub fn getgr(name: Option<&std::ffi::CStr>, gid: u32) -> std::io::Result<Option<Group>> {
    with_buffer(|buf| {
        // SAFETY: as in `getpw`.
        let mut gr: libc::group = unsafe { std::mem::zeroed() };
        let mut out: *mut libc::group = std::ptr::null_mut();
        // SAFETY: every pointer is to live memory of the stated size.
        let rc = unsafe {
            match name {
                Some(n) => libc::getgrnam_r(n.as_ptr(), &mut gr, buf.as_mut_ptr(), buf.len(), &mut out),
                None => libc::getgrgid_r(gid, &mut gr, buf.as_mut_ptr(), buf.len(), &mut out),
            }
        };
        // SAFETY: a non-null `out` is `&gr`, filled in by the call.
        (rc, if rc == 0 && !out.is_null() { Some(unsafe { copy_group(&gr) }) } else { None })
    })
}

/// getpwent/getgrent keep their place in hidden static state: one walk at
/// a time, process-wide.
static ENT_LOCK: std::sync::Mutex<()> = std::sync::Mutex::new(());

/// Every entry of the user database (`getpwall`).
pub fn getpwall() -> Vec<Passwd> {
    let _g = ENT_LOCK.lock().unwrap_or_else(|e| e.into_inner());
    let mut out = Vec::new();
    // SAFETY: setpwent/getpwent/endpwent are serialised by ENT_LOCK (no
    // other code of ours calls them); each record is copied out before the
    // next call overwrites libc's static storage.
    unsafe {
        libc::setpwent();
        loop {
            let p = libc::getpwent();
            if p.is_null() {
                break;
            }
            out.push(copy_passwd(&*p));
        }
        libc::endpwent();
    }
    out
}

/// Every entry of the group database (`getgrall`).
pub fn getgrall() -> Vec<Group> {
    let _g = ENT_LOCK.lock().unwrap_or_else(|e| e.into_inner());
    let mut out = Vec::new();
    // SAFETY: as in `getpwall`, for setgrent/getgrent/endgrent.
    unsafe {
        libc::setgrent();
        loop {
            let p = libc::getgrent();
            if p.is_null() {
                break;
            }
            out.push(copy_group(&*p));
        }
        libc::endgrent();
    }
    out
}

/// The result of a call returning -1 on failure.
fn check(r: libc::c_int) -> std::io::Result<i32> {
    if r == -1 {
        Err(std::io::Error::last_os_error())
    } else {
        Ok(r)
    }
}

/// A `File` of our own on the open file that descriptor `fd` names (a
/// duplicate: it shares the offset, and closing it leaves `fd` open). For
/// descriptors minipy did not open itself (0-2, a file object's, one made
/// by `dup2`).
pub fn dup_file(fd: i64) -> std::io::Result<std::fs::File> {
    use std::os::fd::FromRawFd;
    let fd = i32::try_from(fd).map_err(|_| std::io::Error::from_raw_os_error(libc::EBADF))?;
    // SAFETY: F_DUPFD_CLOEXEC takes integers only; on success the new
    // descriptor is ours alone, so the File may own (and close) it.
    unsafe {
        let new = check(libc::fcntl(fd, libc::F_DUPFD_CLOEXEC, 0))?;
        Ok(std::fs::File::from_raw_fd(new))
    }
}

/// `dup2(fd, fd2)`.
pub fn dup2(fd: i64, fd2: i64) -> std::io::Result<i32> {
    let bad = || std::io::Error::from_raw_os_error(libc::EBADF);
    let (a, b) = (i32::try_from(fd).map_err(|_| bad())?, i32::try_from(fd2).map_err(|_| bad())?);
    // SAFETY: integers in, errno out; no memory of ours is touched.
    check(unsafe { libc::dup2(a, b) })
}

/// Clears close-on-exec on `fd`: Rust opens every descriptor with it, but
/// 2.7's `os.open`, `os.pipe` and `os.dup` give descriptors a child process
/// inherits across exec.
pub fn set_inheritable(fd: i32) -> std::io::Result<()> {
    // SAFETY: integers in, errno out; F_GETFD/F_SETFD take no pointer.
    let flags = check(unsafe { libc::fcntl(fd, libc::F_GETFD) })?;
    // SAFETY: as above.
    check(unsafe { libc::fcntl(fd, libc::F_SETFD, flags & !libc::FD_CLOEXEC) }).map(|_| ())
}

/// `close(fd)` for a descriptor outside minipy's table, as CPython's
/// os.close does: whatever else referred to the number sees EBADF after.
pub fn close(fd: i64) -> std::io::Result<()> {
    let fd = i32::try_from(fd).map_err(|_| std::io::Error::from_raw_os_error(libc::EBADF))?;
    // SAFETY: close(2) takes an integer; no Rust object of ours is freed.
    check(unsafe { libc::close(fd) }).map(|_| ())
}

/// `fork()`. Only the calling thread exists in the child. What that means
/// for locks: the caller holds the GIL (running Python code) and `around`
/// takes the GIL's own state lock and the descriptor table's lock across
/// the call, so the child's copies are unlocked and consistent; any other
/// lock a vanished thread held at that instant stays held in the child
/// (as in C). Interpreter threads only hold such locks briefly and
/// without the GIL's state lock, so the remaining risk is a child that
/// uses a lock another thread was inside of at that very moment.
pub fn fork() -> std::io::Result<i32> {
    // SAFETY: fork(2) itself touches no memory of ours; the child goes on
    // with a copy of the address space and only this thread, which is
    // sound for Rust (no thread is running in the child to race with).
    check(unsafe { libc::fork() })
}

/// `waitpid(pid, options)`: (pid, status).
pub fn waitpid(pid: i32, options: i32) -> std::io::Result<(i32, i32)> {
    let mut status: libc::c_int = 0;
    // SAFETY: `status` is a live int the call writes to.
    let r = check(unsafe { libc::waitpid(pid, &mut status, options) })?;
    Ok((r, status))
}

/// `execv`/`execve`: replaces the process image; returns only on failure.
pub fn execve(path: &std::ffi::CStr, argv: &[std::ffi::CString], env: Option<&[std::ffi::CString]>) -> std::io::Error {
    let mut args: Vec<*const libc::c_char> = argv.iter().map(|a| a.as_ptr()).collect();
    args.push(std::ptr::null());
    // SAFETY: both arrays are null-terminated lists of pointers to live
    // NUL-terminated strings (owned by the caller for the whole call).
    unsafe {
        match env {
            Some(env) => {
                let mut e: Vec<*const libc::c_char> = env.iter().map(|a| a.as_ptr()).collect();
                e.push(std::ptr::null());
                libc::execve(path.as_ptr(), args.as_ptr(), e.as_ptr());
            }
            None => {
                libc::execv(path.as_ptr(), args.as_ptr());
            }
        }
    }
    std::io::Error::last_os_error()
}

/// `_exit(code)`: leaves at once, no clean-up (what a forked child uses).
pub fn exit_now(code: i32) -> ! {
    // SAFETY: _exit(2) ends the process; nothing after it runs.
    unsafe { libc::_exit(code) }
}

/// `abort()`.
pub fn abort() -> ! {
    std::process::abort()
}

/// Calls about process groups and sessions, integers in and out:
/// `which` names the call.
pub fn pgrp_call(which: &str, a: i32, b: i32) -> std::io::Result<i32> {
    // SAFETY: each call takes integers and touches no memory of ours.
    let r = unsafe {
        match which {
            "setsid" => libc::setsid(),
            "getpgid" => libc::getpgid(a),
            "setpgid" => libc::setpgid(a, b),
            "getsid" => libc::getsid(a),
            "getpgrp" => libc::getpgrp(),
            "setpgrp" => libc::setpgid(0, 0),
            "tcgetpgrp" => libc::tcgetpgrp(a),
            "tcsetpgrp" => libc::tcsetpgrp(a, b),
            "setuid" => libc::setuid(a as libc::uid_t),
            "setgid" => libc::setgid(a as libc::gid_t),
            "seteuid" => libc::seteuid(a as libc::uid_t),
            "setegid" => libc::setegid(a as libc::gid_t),
            "setreuid" => libc::setreuid(a as libc::uid_t, b as libc::uid_t),
            "setregid" => libc::setregid(a as libc::gid_t, b as libc::gid_t),
            _ => return Err(std::io::Error::from_raw_os_error(libc::EINVAL)),
        }
    };
    check(r)
}

/// `nice(increment)`: the new niceness (-1 can be a success: errno tells).
pub fn nice(inc: i32) -> std::io::Result<i32> {
    // SAFETY: errno is this thread's; nice(2) takes an integer.
    unsafe {
        *libc::__errno_location() = 0;
        let r = libc::nice(inc);
        if r == -1 && *libc::__errno_location() != 0 {
            return Err(std::io::Error::last_os_error());
        }
        Ok(r)
    }
}

/// `sysconf(name)`; -1 without an error is "no limit".
pub fn sysconf(name: i32) -> std::io::Result<i64> {
    // SAFETY: as `nice`: an integer in, errno distinguishes failure.
    unsafe {
        *libc::__errno_location() = 0;
        let r = libc::sysconf(name);
        if r == -1 && *libc::__errno_location() != 0 {
            return Err(std::io::Error::last_os_error());
        }
        Ok(r as i64)
    }
}

/// `getgroups()`.
pub fn getgroups() -> std::io::Result<Vec<u32>> {
    let mut buf: Vec<libc::gid_t> = vec![0; 256];
    // SAFETY: the buffer holds `len` gids and the call writes at most that.
    let n = check(unsafe { libc::getgroups(buf.len() as libc::c_int, buf.as_mut_ptr()) })?;
    buf.truncate(n as usize);
    Ok(buf)
}

/// `times()`: user, system, children's user and system (in seconds) and
/// the elapsed real time.
pub fn times() -> std::io::Result<[f64; 5]> {
    // SAFETY: an all-zero tms is valid; the call fills it.
    let mut t: libc::tms = unsafe { std::mem::zeroed() };
    // SAFETY: `t` is live; clock ticks come from sysconf (integers only).
    let (real, tick) = unsafe { (libc::times(&mut t), libc::sysconf(libc::_SC_CLK_TCK)) };
    if real == (-1i64) as libc::clock_t {
        return Err(std::io::Error::last_os_error());
    }
    let tick = if tick > 0 { tick as f64 } else { 100.0 };
    Ok([
        t.tms_utime as f64 / tick,
        t.tms_stime as f64 / tick,
        t.tms_cutime as f64 / tick,
        t.tms_cstime as f64 / tick,
        real as f64 / tick,
    ])
}

/// `mkfifo(path, mode)`.
pub fn mkfifo(path: &std::ffi::CStr, mode: u32) -> std::io::Result<()> {
    // SAFETY: `path` is a live NUL-terminated string.
    check(unsafe { libc::mkfifo(path.as_ptr(), mode as libc::mode_t) }).map(|_| ())
}

/// `getresuid()` (`group` false) or `getresgid()`: real, effective, saved.
pub fn getres(group: bool) -> std::io::Result<[u32; 3]> {
    let (mut r, mut e, mut s) = (0u32, 0u32, 0u32);
    // SAFETY: three live ids the call writes to.
    let rc = unsafe {
        if group {
            libc::getresgid(&mut r, &mut e, &mut s)
        } else {
            libc::getresuid(&mut r, &mut e, &mut s)
        }
    };
    check(rc).map(|_| [r, e, s])
}

/// `setresuid(r, e, s)` (`group` false) or `setresgid`.
pub fn setres(group: bool, ids: [u32; 3]) -> std::io::Result<()> {
    // SAFETY: integers in, errno out.
    let rc = unsafe {
        if group {
            libc::setresgid(ids[0], ids[1], ids[2])
        } else {
            libc::setresuid(ids[0], ids[1], ids[2])
        }
    };
    check(rc).map(|_| ())
}

/// `statvfs(path)` or, with `path` None, `fstatvfs(fd)`: the ten fields
/// of 2.7's statvfs_result, in order.
pub fn statvfs(path: Option<&std::ffi::CStr>, fd: i32) -> std::io::Result<[u64; 10]> {
    // SAFETY: an all-zero statvfs is valid; the call fills it; `path` is a
    // live NUL-terminated string.
    let mut st: libc::statvfs = unsafe { std::mem::zeroed() };
    // SAFETY: as above.
    let rc = unsafe {
        match path {
            Some(p) => libc::statvfs(p.as_ptr(), &mut st),
            None => libc::fstatvfs(fd, &mut st),
        }
    };
    check(rc)?;
    Ok([
        st.f_bsize,
        st.f_frsize,
        st.f_blocks,
        st.f_bfree,
        st.f_bavail,
        st.f_files,
        st.f_ffree,
        st.f_favail,
        st.f_flag,
        st.f_namemax,
    ])
}

/// `getrlimit(resource)`: (soft, hard), RLIM_INFINITY as u64::MAX.
pub fn getrlimit(res: i32) -> std::io::Result<(u64, u64)> {
    let mut rl = libc::rlimit { rlim_cur: 0, rlim_max: 0 };
    // SAFETY: `rl` is a live rlimit the call fills.
    check(unsafe { libc::getrlimit(res as _, &mut rl) })?;
    Ok((rl.rlim_cur, rl.rlim_max))
}

/// `setrlimit(resource, (soft, hard))`.
pub fn setrlimit(res: i32, cur: u64, max: u64) -> std::io::Result<()> {
    let rl = libc::rlimit { rlim_cur: cur, rlim_max: max };
    // SAFETY: `rl` is a live rlimit the call reads.
    check(unsafe { libc::setrlimit(res as _, &rl) }).map(|_| ())
}

/// `getrusage(who)`: the 16 fields of struct_rusage, times in seconds.
pub fn getrusage(who: i32) -> std::io::Result<[f64; 16]> {
    // SAFETY: an all-zero rusage is valid; the call fills it.
    let mut u: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: `u` is live.
    check(unsafe { libc::getrusage(who, &mut u) })?;
    let tv = |t: libc::timeval| t.tv_sec as f64 + t.tv_usec as f64 * 1e-6;
    Ok([
        tv(u.ru_utime),
        tv(u.ru_stime),
        u.ru_maxrss as f64,
        u.ru_ixrss as f64,
        u.ru_idrss as f64,
        u.ru_isrss as f64,
        u.ru_minflt as f64,
        u.ru_majflt as f64,
        u.ru_nswap as f64,
        u.ru_inblock as f64,
        u.ru_oublock as f64,
        u.ru_msgsnd as f64,
        u.ru_msgrcv as f64,
        u.ru_nsignals as f64,
        u.ru_nvcsw as f64,
        u.ru_nivcsw as f64,
    ])
}

/// `fcntl(fd, cmd, arg)` (`ioctl` with `ioctl` true) with an integer
/// argument.
pub fn fcntl_int(fd: i32, cmd: u64, arg: i64, ioctl: bool) -> std::io::Result<i32> {
    // SAFETY: an integer argument is passed by value. The caller
    // (`resource::control`) passes a non-zero one only to commands known to
    // take a number (`takes_integer`), so no command reads or writes through
    // it; 0 is a null pointer, which the kernel refuses with EFAULT.
    check(unsafe {
        if ioctl {
            libc::ioctl(fd, cmd as _, arg as libc::c_long)
        } else {
            libc::fcntl(fd, cmd as i32, arg as libc::c_long)
        }
    })
}

/// `fcntl`/`ioctl` with a buffer argument: the call may read and write up
/// to 1024 bytes of it (CPython's limit); the result is the buffer after.
pub fn fcntl_buf(fd: i32, cmd: u64, data: &[u8], ioctl: bool) -> std::io::Result<Vec<u8>> {
    let mut buf = [0u8; 1024];
    let n = data.len().min(1024);
    buf[..n].copy_from_slice(&data[..n]);
    // SAFETY: the pointer is to a live 1024-byte buffer, the most such a
    // command may use (as CPython assumes).
    check(unsafe {
        if ioctl {
            libc::ioctl(fd, cmd as _, buf.as_mut_ptr())
        } else {
            libc::fcntl(fd, cmd as i32, buf.as_mut_ptr())
        }
    })?;
    Ok(buf[..n].to_vec())
}

/// `flock(fd, operation)`.
pub fn flock(fd: i32, op: i32) -> std::io::Result<()> {
    // SAFETY: integers in, errno out.
    check(unsafe { libc::flock(fd, op) }).map(|_| ())
}

/// `lockf(fd, cmd, len, start, whence)` as 2.7 does it: LOCK_UN/SH/EX
/// (with LOCK_NB) through fcntl's F_SETLK(W) record locks.
pub fn lockf(fd: i32, cmd: i32, len: i64, start: i64, whence: i16) -> std::io::Result<()> {
    let kind = match cmd & !libc::LOCK_NB {
        libc::LOCK_UN => libc::F_UNLCK,
        libc::LOCK_SH => libc::F_RDLCK,
        libc::LOCK_EX => libc::F_WRLCK,
        _ => return Err(std::io::Error::from_raw_os_error(libc::EINVAL)),
    };
    // SAFETY: an all-zero flock is valid.
    let mut l: libc::flock = unsafe { std::mem::zeroed() };
    l.l_type = kind as i16;
    l.l_whence = whence;
    l.l_start = start;
    l.l_len = len;
    let op = if cmd & libc::LOCK_NB != 0 { libc::F_SETLK } else { libc::F_SETLKW };
    // SAFETY: `l` is a live flock the call reads.
    check(unsafe { libc::fcntl(fd, op, &l) }).map(|_| ())
}

/// What a forked `subprocess` child does before its new image, made ready
/// in the parent (strings and pointer arrays), so that the child, which
/// may have been forked while other threads held locks (the allocator's
/// among them), calls only async-signal-safe functions: dup2, fcntl,
/// close, chdir, execve, write, _exit.
pub struct ChildPlan {
    argv: Vec<std::ffi::CString>,
    argv_ptrs: Vec<*const libc::c_char>,
    /// Where to look for the program, in order (PATH already searched).
    paths: Vec<std::ffi::CString>,
    env: Option<(Vec<std::ffi::CString>, Vec<*const libc::c_char>)>,
    cwd: Option<std::ffi::CString>,
    /// The child's stdin, stdout and stderr (-1: inherit) and the parent's
    /// ends of the pipes (-1: none), closed in the child.
    pub std: [i32; 3],
    pub parent_ends: [i32; 3],
    pub errpipe: i32,
    pub close_fds: bool,
}

/// The step of the child that failed, as written on the error pipe.
#[derive(Clone, Copy)]
pub enum ChildStep {
    Setup,
    Chdir,
    Exec,
}

impl ChildPlan {
    pub fn new(
        argv: Vec<std::ffi::CString>,
        paths: Vec<std::ffi::CString>,
        env: Option<Vec<std::ffi::CString>>,
        cwd: Option<std::ffi::CString>,
    ) -> ChildPlan {
        let mut plan = ChildPlan {
            argv,
            argv_ptrs: Vec::new(),
            paths,
            env: None,
            cwd,
            std: [-1; 3],
            parent_ends: [-1; 3],
            errpipe: -1,
            close_fds: false,
        };
        plan.argv_ptrs = plan.argv.iter().map(|a| a.as_ptr()).chain(std::iter::once(std::ptr::null())).collect();
        plan.set_env(env);
        plan
    }

    /// The environment of the new image (None: this process's own). The
    /// child may call this after running preexec_fn (which may putenv).
    pub fn set_env(&mut self, env: Option<Vec<std::ffi::CString>>) {
        self.env = env.map(|e| {
            let ptrs = e.iter().map(|a| a.as_ptr()).chain(std::iter::once(std::ptr::null())).collect();
            (e, ptrs)
        });
    }
}

/// Writes all of `data` to `fd`, ignoring failures (the child's last words).
pub fn child_write(fd: i32, data: &[u8]) {
    let mut rest = data;
    while !rest.is_empty() {
        // SAFETY: the pointer and length are those of a live slice.
        let n = unsafe { libc::write(fd, rest.as_ptr().cast(), rest.len()) };
        if n < 0 {
            // SAFETY: errno is this thread's.
            if unsafe { *libc::__errno_location() } == libc::EINTR {
                continue;
            }
            return;
        }
        rest = &rest[n as usize..];
    }
}

/// Reports a failed step on the error pipe (`OSError:<errno>:<step>`, the
/// number in decimal, formatted without allocating) and leaves.
pub fn child_fail(errpipe: i32, errno: i32, step: ChildStep) -> ! {
    let mut buf = [0u8; 48];
    let head = b"OSError:";
    buf[..head.len()].copy_from_slice(head);
    let mut at = head.len();
    let mut digits = [0u8; 12];
    let (mut n, mut len) = (errno.unsigned_abs(), 0);
    loop {
        digits[len] = b'0' + (n % 10) as u8;
        len += 1;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    for i in (0..len).rev() {
        buf[at] = digits[i];
        at += 1;
    }
    let tail: &[u8] = match step {
        ChildStep::Setup => b":setup",
        ChildStep::Chdir => b":chdir",
        ChildStep::Exec => b":exec",
    };
    buf[at..at + tail.len()].copy_from_slice(tail);
    at += tail.len();
    child_write(errpipe, &buf[..at]);
    exit_now(255)
}

fn errno_now() -> i32 {
    // SAFETY: errno is this thread's.
    unsafe { *libc::__errno_location() }
}

/// The child's descriptors and working folder: the parent's pipe ends
/// closed, the three streams put in place (an error-pipe or stream
/// descriptor among 0-2 first moved out of the way), the originals closed,
/// then chdir. Errors are (errno, step).
pub fn child_setup(plan: &mut ChildPlan) -> Result<(), (i32, ChildStep)> {
    let setup = |r: libc::c_int| if r == -1 { Err((errno_now(), ChildStep::Setup)) } else { Ok(r) };
    // SAFETY: every call here takes integers (and `cwd`, a live C string)
    // and reports through errno; the descriptors are plain numbers, none
    // owned by a Rust object that runs in this child (it ends in exec or
    // _exit).
    unsafe {
        for fd in plan.parent_ends {
            if fd > 2 {
                libc::close(fd);
            }
        }
        if (0..3).contains(&plan.errpipe) {
            plan.errpipe = setup(libc::fcntl(plan.errpipe, libc::F_DUPFD_CLOEXEC, 3))?;
        }
        // A source among 0-2 that an earlier dup2 would overwrite moves up.
        for i in 1..3 {
            let fd = plan.std[i];
            if (0..i as i32).contains(&fd) {
                plan.std[i] = setup(libc::fcntl(fd, libc::F_DUPFD_CLOEXEC, 3))?;
            }
        }
        for (target, &fd) in plan.std.iter().enumerate() {
            let target = target as i32;
            if fd == target {
                // Already in place: only its close-on-exec flag goes.
                let flags = setup(libc::fcntl(fd, libc::F_GETFD))?;
                setup(libc::fcntl(fd, libc::F_SETFD, flags & !libc::FD_CLOEXEC))?;
            } else if fd >= 0 {
                setup(libc::dup2(fd, target))?;
            }
        }
        for (i, &fd) in plan.std.iter().enumerate() {
            if fd > 2 && !plan.std[..i].contains(&fd) {
                libc::close(fd);
            }
        }
        if let Some(cwd) = &plan.cwd {
            if libc::chdir(cwd.as_ptr()) == -1 {
                return Err((errno_now(), ChildStep::Chdir));
            }
        }
    }
    Ok(())
}

/// close_fds: every descriptor from 3 up closes but the error pipe.
pub fn child_close_fds(keep: i32, max_fd: i32) {
    // SAFETY: integers in; close_range(2) and close(2) free no memory of a
    // Rust object that runs here (the child ends in exec or _exit).
    unsafe {
        let ranges = [(3u32, (keep - 1).max(2) as u32), ((keep + 1).max(3) as u32, u32::MAX)];
        for (lo, hi) in ranges {
            if lo > hi {
                continue;
            }
            if libc::syscall(libc::SYS_close_range, lo, hi, 0) == -1 {
                // An older kernel: one close per possible descriptor.
                let top = (hi as i64).min(max_fd as i64) as i32;
                for fd in lo as i32..=top {
                    libc::close(fd);
                }
            }
        }
    }
}

/// Tries each candidate path in turn and, when none runs, reports the
/// first error that is not "no such file" (else the last) and leaves.
pub fn child_exec(plan: &ChildPlan) -> ! {
    let (mut first, mut last) = (0, libc::ENOENT);
    for path in &plan.paths {
        // SAFETY: both arrays are null-terminated lists of pointers into
        // strings the plan owns for the whole call.
        unsafe {
            match &plan.env {
                Some((_, env)) => libc::execve(path.as_ptr(), plan.argv_ptrs.as_ptr(), env.as_ptr()),
                None => libc::execv(path.as_ptr(), plan.argv_ptrs.as_ptr()),
            };
        }
        last = errno_now();
        if first == 0 && last != libc::ENOENT && last != libc::ENOTDIR {
            first = last;
        }
    }
    child_fail(plan.errpipe, if first != 0 { first } else { last }, ChildStep::Exec)
}
