//! The writable special attributes of functions that do not fit the plain
//! cases in attr.rs: `__dict__` assignment and the `del f.x` forms.
//!
//! A function's dict object is fixed when it is made, so `f.__dict__ = d`
//! copies d's items into the function's own dict. `func_defaults` and
//! `func_code` are replaced as a whole (`FuncSwap` in object/function.rs).

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
        b"func_defaults" | b"__defaults__" => set_body(f, name, &Value::None),
        _ => match f.dict.remove_str(name) {
            Some(_) => Ok(()),
            // 2.7 names only the attribute here.
            None => Err(PyErr::new(ExcKind::AttributeError, name.as_str().to_string())),
        },
    }
}

/// `f.func_defaults = v` / `f.func_code = v`: later calls run with the new
/// value (see `FuncSwap`).
pub fn set_body(f: &Arc<Function>, name: &PyStr, v: &Value) -> PyResult<()> {
    let cur = f.current();
    match name.as_bytes() {
        b"func_defaults" | b"__defaults__" => {
            let defaults = match v {
                Value::None => Vec::new(),
                Value::Tuple(t) => t.items.to_vec(),
                _ => return Err(type_error("__defaults__ must be set to a tuple object")),
            };
            f.replace_body(cur.code.clone(), defaults);
        }
        _ => {
            let Value::Other(o) = v else { return Err(type_error("__code__ must be set to a code object")) };
            let crate::object::Object::Code(c) = &**o else {
                return Err(type_error("__code__ must be set to a code object"));
            };
            // The closure's cells must be the code's free variables.
            if c.freevars.len() != f.closure.len() {
                return Err(PyErr::new(
                    ExcKind::ValueError,
                    format!(
                        "{}() requires a code object with {} free vars, not {}",
                        f.name.lock().to_string_lossy(),
                        f.closure.len(),
                        c.freevars.len()
                    ),
                ));
            }
            f.replace_body(c.clone(), cur.defaults.clone());
        }
    }
    Ok(())
}
