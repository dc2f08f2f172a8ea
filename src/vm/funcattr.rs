//! The writable special attributes of functions that do not fit the plain
//! cases in attr.rs: `__dict__` assignment and the `del f.x` forms.
//!
//! A function's defaults, code and dict object are fixed when it is made
//! (the call path reads them without a lock), so `f.__dict__ = d` copies
//! d's items into the function's own dict, and `func_defaults`/`func_code`
//! may only be "set" to what they already are.

use std::sync::Arc;

use super::Vm;
use crate::object::{ExcKind, Function, PyErr, PyResult, PyStr, Value};

fn type_error(msg: &str) -> PyErr {
    PyErr::new(ExcKind::TypeError, msg)
}

/// `f.__dict__ = d`: the contents of `d` replace the function's attributes.
pub fn set_func_dict(vm: &mut Vm, f: &Function, v: &Value) -> PyResult<()> {
    let Value::Dict(d) = crate::vm::ops::unwrap_base(v) else {
        return Err(type_error("setting function's dictionary to a non-dict"));
    };
    let items = d.items();
    f.dict.clear();
    for (k, x) in items {
        f.dict.set(vm, k, x)?;
    }
    Ok(())
}

/// `del f.name`
pub fn del_func_attr(f: &Arc<Function>, name: &PyStr) -> PyResult<()> {
    match name.as_bytes() {
        b"__dict__" | b"func_dict" => Err(type_error("function's dictionary may not be deleted")),
        b"__name__" | b"func_name" => Err(type_error("__name__ must be set to a string object")),
        b"__doc__" | b"func_doc" => {
            *f.doc.lock() = Value::None;
            Ok(())
        }
        b"func_closure" | b"__closure__" | b"func_globals" | b"__globals__" => Err(type_error("readonly attribute")),
        b"func_code" | b"__code__" => Err(type_error("__code__ must be set to a code object")),
        // Deleting defaults a function does not have changes nothing.
        b"func_defaults" | b"__defaults__" if f.defaults.is_empty() => Ok(()),
        b"func_defaults" | b"__defaults__" => Err(fixed("func_defaults")),
        _ => match f.dict.remove_str(name) {
            Some(_) => Ok(()),
            // 2.7 names only the attribute here.
            None => Err(PyErr::new(ExcKind::AttributeError, name.as_str().to_string())),
        },
    }
}

/// `f.func_defaults = v` / `f.func_code = v`: accepted when nothing changes.
pub fn set_fixed(vm: &mut Vm, f: &Function, name: &PyStr, v: &Value) -> PyResult<()> {
    match name.as_bytes() {
        b"func_defaults" | b"__defaults__" => {
            let same = match v {
                Value::None => f.defaults.is_empty(),
                Value::Tuple(t) => {
                    t.items.len() == f.defaults.len() && t.items.iter().zip(&f.defaults).all(|(a, b)| a.is(b))
                }
                _ => return Err(type_error("__defaults__ must be set to a tuple object")),
            };
            if same {
                return Ok(());
            }
            Err(fixed("func_defaults"))
        }
        _ => {
            let Value::Other(o) = v else { return Err(type_error("__code__ must be set to a code object")) };
            let crate::object::Object::Code(c) = &**o else {
                return Err(type_error("__code__ must be set to a code object"));
            };
            let _ = vm;
            if Arc::ptr_eq(c, &f.code) {
                return Ok(());
            }
            Err(fixed("func_code"))
        }
    }
}

fn fixed(what: &str) -> PyErr {
    PyErr::new(ExcKind::TypeError, format!("minipy cannot change the {} of an existing function", what))
}
