//! Arguments by position or by name, checked the way CPython's
//! `PyArg_ParseTupleAndKeywords` checks them, so that builtins such as
//! `sorted`, `enumerate` and `round` give CPython's messages.

use super::kwarg;
use crate::object::function::KwArgs;
use crate::object::{ExcKind, PyErr, PyResult, Value};

fn type_error(msg: String) -> PyErr {
    PyErr::new(ExcKind::TypeError, msg)
}

/// One slot per name in `names`: the argument given by position or by name,
/// or `None`. The first `required` names must be given.
pub fn parse(func: &str, a: &[Value], kw: &KwArgs, names: &[&str], required: usize) -> PyResult<Vec<Option<Value>>> {
    let given = a.len() + kw.len();
    if given > names.len() {
        return Err(type_error(format!(
            "{}() takes at most {} argument{} ({} given)",
            func,
            names.len(),
            if names.len() == 1 { "" } else { "s" },
            given
        )));
    }
    let mut slots = Vec::with_capacity(names.len());
    for (i, name) in names.iter().enumerate() {
        let by_name = kwarg(kw, name);
        if by_name.is_some() && i < a.len() {
            return Err(type_error(format!("Argument given by name ('{}') and position ({})", name, i + 1)));
        }
        let value = by_name.cloned().or_else(|| a.get(i).cloned());
        if value.is_none() && i < required {
            return Err(type_error(format!("Required argument '{}' (pos {}) not found", name, i + 1)));
        }
        slots.push(value);
    }
    // Checked last, as CPython does: a missing argument is reported first.
    if let Some((k, _)) = kw.iter().find(|(k, _)| !names.iter().any(|n| n.as_bytes() == k.as_bytes())) {
        return Err(type_error(format!("'{}' is an invalid keyword argument for this function", k.as_str())));
    }
    Ok(slots)
}
