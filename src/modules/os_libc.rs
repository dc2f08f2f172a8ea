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
