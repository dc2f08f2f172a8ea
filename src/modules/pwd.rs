//! `pwd` and `grp`: the user and group databases, looked up through libc
//! (so NSS sources such as LDAP answer too); the unsafe calls themselves
//! live in `os_libc`.

use std::ffi::CString;
use std::sync::{Arc, OnceLock};

use super::os_libc::{self, Group, Passwd};
use super::{check_args, def};
use crate::object::{Class, Dict, ExcKind, PyErr, PyResult, Value};

fn passwd_class() -> &'static Arc<Class> {
    static CLS: OnceLock<Arc<Class>> = OnceLock::new();
    CLS.get_or_init(|| {
        super::structseq::class(
            "pwd",
            "struct_passwd",
            &["pw_name", "pw_passwd", "pw_uid", "pw_gid", "pw_gecos", "pw_dir", "pw_shell"],
        )
    })
}

fn group_class() -> &'static Arc<Class> {
    static CLS: OnceLock<Arc<Class>> = OnceLock::new();
    CLS.get_or_init(|| super::structseq::class("grp", "struct_group", &["gr_name", "gr_passwd", "gr_gid", "gr_mem"]))
}

fn passwd_value(p: Passwd) -> Value {
    super::structseq::make(
        passwd_class(),
        vec![
            Value::bytes(p.name),
            Value::bytes(p.passwd),
            Value::Int(p.uid as i64),
            Value::Int(p.gid as i64),
            Value::bytes(p.gecos),
            Value::bytes(p.dir),
            Value::bytes(p.shell),
        ],
    )
}

fn group_value(g: Group) -> Value {
    super::structseq::make(
        group_class(),
        vec![
            Value::bytes(g.name),
            Value::bytes(g.passwd),
            Value::Int(g.gid as i64),
            Value::list(g.members.into_iter().map(Value::bytes).collect()),
        ],
    )
}

/// The `s` argument of getpwnam/getgrnam, as a C string.
fn name_arg(v: &Value, func: &str) -> PyResult<CString> {
    let s = match crate::object::unicode::as_unicode(v) {
        Some(u) => u.as_bytes().to_vec(),
        None => match v {
            Value::Str(s) => s.as_bytes().to_vec(),
            _ => {
                return Err(PyErr::new(
                    ExcKind::TypeError,
                    format!("{}() argument 1 must be string, not {}", func, v.type_name()),
                ))
            }
        },
    };
    CString::new(s).map_err(|_| {
        PyErr::new(ExcKind::TypeError, format!("{}() argument 1 must be string without null bytes, not str", func))
    })
}

/// A uid or gid: CPython takes -1 as (uid_t)-1 and refuses what does not
/// fit 32 bits.
fn id_arg(v: &Value, what: &str) -> PyResult<u32> {
    let n = if matches!(v, Value::Float(_)) { None } else { crate::object::number::as_i64(v) };
    let Some(n) = n else {
        return Err(PyErr::new(ExcKind::TypeError, "an integer is required"));
    };
    if n == -1 {
        return Ok(u32::MAX);
    }
    u32::try_from(n).map_err(|_| PyErr::new(ExcKind::OverflowError, format!("{} is greater than maximum", what)))
}

fn key_error(text: String) -> PyErr {
    PyErr::with_args(ExcKind::KeyError, vec![Value::str(&text)])
}

fn os_err(e: std::io::Error) -> PyErr {
    let n = e.raw_os_error().unwrap_or(5);
    PyErr::with_args(ExcKind::OSError, vec![Value::Int(n as i64), Value::str(&super::os::errno_text(n))])
}

pub fn init_pwd(d: &Arc<Dict>) {
    d.set_str("struct_passwd", Value::Class(passwd_class().clone()));
    d.set_str("struct_pwent", Value::Class(passwd_class().clone()));
    def(d, "getpwnam", |_, a, _| {
        check_args("getpwnam", a, 1, 1)?;
        let name = name_arg(&a[0], "getpwnam")?;
        match os_libc::getpw(Some(&name), 0).map_err(os_err)? {
            Some(p) => Ok(passwd_value(p)),
            None => Err(key_error(format!("getpwnam(): name not found: {}", name.to_string_lossy()))),
        }
    });
    def(d, "getpwuid", |_, a, _| {
        check_args("getpwuid", a, 1, 1)?;
        // An id too large for uid_t is simply not found, as in CPython.
        let too_big = matches!(&a[0], Value::Long(_))
            || crate::object::number::as_i64(&a[0]).is_some_and(|n| n != -1 && u32::try_from(n).is_err());
        if too_big {
            return Err(key_error("getpwuid(): uid not found".into()));
        }
        let uid = id_arg(&a[0], "user id")?;
        match os_libc::getpw(None, uid).map_err(os_err)? {
            Some(p) => Ok(passwd_value(p)),
            None => Err(key_error(format!("getpwuid(): uid not found: {}", uid))),
        }
    });
    def(d, "getpwall", |_, a, _| {
        check_args("getpwall", a, 0, 0)?;
        Ok(Value::list(os_libc::getpwall().into_iter().map(passwd_value).collect()))
    });
}

pub fn init_grp(d: &Arc<Dict>) {
    d.set_str("struct_group", Value::Class(group_class().clone()));
    def(d, "getgrnam", |_, a, _| {
        check_args("getgrnam", a, 1, 1)?;
        let name = name_arg(&a[0], "getgrnam")?;
        match os_libc::getgr(Some(&name), 0).map_err(os_err)? {
            Some(g) => Ok(group_value(g)),
            None => Err(key_error(format!("getgrnam(): name not found: {}", name.to_string_lossy()))),
        }
    });
    def(d, "getgrgid", |_, a, _| {
        check_args("getgrgid", a, 1, 1)?;
        let gid = id_arg(&a[0], "group id")?;
        match os_libc::getgr(None, gid).map_err(os_err)? {
            Some(g) => Ok(group_value(g)),
            None => Err(key_error(format!("getgrgid(): gid not found: {}", gid))),
        }
    });
    def(d, "getgrall", |_, a, _| {
        check_args("getgrall", a, 0, 0)?;
        Ok(Value::list(os_libc::getgrall().into_iter().map(group_value).collect()))
    });
}
