//! How `int(x)` and `long(x)` turn an object that is not a number or a
//! string into an integer, in 2.7's order: `__int__` (`__long__` for
//! long), then `__trunc__`, whose result must be integral (an int or long,
//! or something with `__int__`). Classic instances look their methods up
//! as attributes, so a missing one is an AttributeError, as in CPython.

use crate::object::{ExcKind, PyErr, PyResult, Value};
use crate::vm::Vm;

fn is_classic(v: &Value) -> bool {
    matches!(v, Value::Instance(i) if i.class().classic.load(std::sync::atomic::Ordering::Relaxed))
}

fn no_attribute(v: &Value, name: &str) -> PyErr {
    crate::vm::attr::attr_error(v, &crate::object::PyStr::from_str(name))
}

fn is_integer(v: &Value) -> bool {
    matches!(crate::vm::ops::unwrap_base(v), Value::Int(_) | Value::Long(_) | Value::Bool(_))
}

/// The integer for `v` through its conversion methods; None when it has
/// none (the caller then reports the argument's type).
pub fn via_methods(vm: &mut Vm, v: &Value, long: bool) -> PyResult<Option<Value>> {
    let check = super::builtins_extra::checked_conversion;
    let dunder = if long { "__long__" } else { "__int__" };
    if let Some(r) = vm.call_dunder(v, dunder, vec![])? {
        return check(r, dunder).map(Some);
    }
    let classic = is_classic(v);
    // A classic instance's long() falls back on its __int__.
    if classic && long {
        if let Some(r) = vm.call_dunder(v, "__int__", vec![])? {
            return check(r, "__int__").map(Some);
        }
    }
    let Some(r) = vm.call_dunder(v, "__trunc__", vec![])? else {
        if classic {
            return Err(no_attribute(v, "__trunc__"));
        }
        // buffer and bytearray objects are parsed as their bytes.
        if super::builtins_extra::is_byte_buffer(v) {
            let text = vm.to_str(v)?;
            let n = crate::text::parse_int(text.as_bytes(), None, long).map_err(super::builtins::text_error)?;
            return Ok(Some(Value::from_bigint(n)));
        }
        return Ok(None);
    };
    if is_integer(&r) {
        // long() of a __trunc__ giving True is 1L.
        if let (true, Value::Bool(b)) = (long, &r) {
            return Ok(Some(Value::long(num_bigint::BigInt::from(b.get() as i64))));
        }
        return Ok(Some(r));
    }
    // Not an integer: converted once more by its __int__, never by another __trunc__.
    if let Some(i) = vm.call_dunder(&r, "__int__", vec![])? {
        if is_integer(&i) {
            return Ok(Some(i));
        }
    }
    // CPython names a classic instance by its class here, not 'instance'.
    let shown = match &r {
        Value::Instance(i) if is_classic(&r) => i.class().name().to_string(),
        _ => r.type_name(),
    };
    Err(PyErr::new(ExcKind::TypeError, format!("__trunc__ returned non-Integral (type {})", shown)))
}

/// The AttributeError for a conversion method a classic instance lacks.
pub fn classic_missing(v: &Value, name: &str) -> Option<PyErr> {
    is_classic(v).then(|| no_attribute(v, name))
}

/// The error of `float(v)` when `v` has no `__float__`.
pub fn no_float(v: &Value) -> PyErr {
    classic_missing(v, "__float__")
        .unwrap_or_else(|| PyErr::new(ExcKind::TypeError, "float() argument must be a string or a number"))
}
