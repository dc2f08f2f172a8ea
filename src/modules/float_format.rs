//! `float.__getformat__` / `float.__setformat__`: which IEEE layout the
//! platform uses for doubles and floats. Only "unknown" or the detected
//! little-endian layout may be set; while a type is "unknown", `struct`
//! refuses to unpack infinities and NaNs of it, as CPython's portable
//! (non-IEEE) unpacking path does.

use std::sync::atomic::{AtomicBool, Ordering};

use crate::object::function::{Builtin, KwArgs};
use crate::object::{ExcKind, Object, PyErr, PyResult, Value};
use crate::vm::Vm;

const DETECTED: &str = "IEEE, little-endian";

/// Set while `__setformat__(kind, 'unknown')` is in force.
static DOUBLE_UNKNOWN: AtomicBool = AtomicBool::new(false);
static FLOAT_UNKNOWN: AtomicBool = AtomicBool::new(false);

/// True when `struct` must refuse special values of this code ('f' or 'd').
pub fn specials_refused(code: u8) -> bool {
    match code {
        b'f' => FLOAT_UNKNOWN.load(Ordering::Relaxed),
        b'd' => DOUBLE_UNKNOWN.load(Ordering::Relaxed),
        _ => false,
    }
}

fn string_arg(v: Option<&Value>, func: &str, n: usize) -> PyResult<String> {
    match v {
        Some(v) => match v.as_str() {
            Some(s) => Ok(s.as_str().into_owned()),
            None => Err(PyErr::new(
                ExcKind::TypeError,
                format!(
                    "{}() argument {}must be string, not {}",
                    func,
                    if n == 0 { String::new() } else { format!("{} ", n) },
                    v.type_name()
                ),
            )),
        },
        None => Err(PyErr::new(ExcKind::TypeError, format!("{}() takes exactly {} arguments", func, n.max(1)))),
    }
}

fn flag(kind: &str, func: &str) -> PyResult<&'static AtomicBool> {
    match kind {
        "double" => Ok(&DOUBLE_UNKNOWN),
        "float" => Ok(&FLOAT_UNKNOWN),
        _ => Err(PyErr::new(ExcKind::ValueError, format!("{}() argument 1 must be 'double' or 'float'", func))),
    }
}

/// Installed as classmethods: `a[0]` is the class.
fn getformat(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult {
    if a.len() != 2 {
        return Err(PyErr::new(
            ExcKind::TypeError,
            format!("__getformat__() takes exactly one argument ({} given)", a.len().saturating_sub(1)),
        ));
    }
    let kind = string_arg(a.get(1), "__getformat__", 0)?;
    let unknown = flag(&kind, "__getformat__")?.load(Ordering::Relaxed);
    Ok(Value::str(if unknown { "unknown" } else { DETECTED }))
}

fn setformat(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult {
    if a.len() != 3 {
        return Err(PyErr::new(
            ExcKind::TypeError,
            format!("__setformat__() takes exactly 2 arguments ({} given)", a.len().saturating_sub(1)),
        ));
    }
    let kind = string_arg(a.get(1), "__setformat__", 1)?;
    let fmt = string_arg(a.get(2), "__setformat__", 2)?;
    let which = flag(&kind, "__setformat__")?;
    if !matches!(fmt.as_str(), "unknown" | "IEEE, little-endian" | "IEEE, big-endian") {
        return Err(PyErr::new(
            ExcKind::ValueError,
            "__setformat__() argument 2 must be 'unknown', 'IEEE, little-endian' or 'IEEE, big-endian'",
        ));
    }
    if fmt != "unknown" && fmt != DETECTED {
        return Err(PyErr::new(
            ExcKind::ValueError,
            format!("can only set {} format to 'unknown' or the detected platform value", kind),
        ));
    }
    which.store(fmt == "unknown", Ordering::Relaxed);
    Ok(Value::None)
}

pub fn install(t: &crate::object::class::Types) {
    let get = Builtin::new("float.__getformat__", getformat);
    t.float.dict.set_str("__getformat__", Value::other(Object::ClassMethod(get)));
    let set = Builtin::new("float.__setformat__", setformat);
    t.float.dict.set_str("__setformat__", Value::other(Object::ClassMethod(set)));
}
