//! isinstance/issubclass on objects that are not classes but act as ones
//! through a `__bases__` tuple (2.7's "abstract" protocol, which test code
//! and proxies rely on), and the recursion limit on nested tuples of classes.

use crate::object::{ExcKind, PyErr, PyResult, PyStr, Value};
use crate::vm::Vm;

/// `__bases__` of `v` when it is a tuple; AttributeError means "none",
/// other errors propagate.
fn bases(vm: &mut Vm, v: &Value) -> PyResult<Option<Vec<Value>>> {
    match vm.getattr(v, &PyStr::from_str("__bases__")) {
        Ok(Value::Tuple(t)) => Ok(Some(t.items.to_vec())),
        Ok(_) => Ok(None),
        Err(e) if e.matches(ExcKind::AttributeError) => Ok(None),
        Err(e) => Err(e),
    }
}

/// Fails with `msg` unless `v` is a class or has a `__bases__` tuple.
fn check_class(vm: &mut Vm, v: &Value, msg: &str) -> PyResult<()> {
    if matches!(v, Value::Class(_)) || bases(vm, v)?.is_some() {
        return Ok(());
    }
    Err(PyErr::new(ExcKind::TypeError, msg))
}

/// Is `cls` reachable from `derived` through `__bases__`?
fn reaches(vm: &mut Vm, derived: &Value, cls: &Value) -> PyResult<bool> {
    let mut d = derived.clone();
    loop {
        if d.is(cls) {
            return Ok(true);
        }
        let Some(bs) = bases(vm, &d)? else { return Ok(false) };
        match bs.len() {
            0 => return Ok(false),
            1 => d = bs[0].clone(),
            _ => {
                for b in bs {
                    vm.enter_nested(" in __subclasscheck__")?;
                    let r = reaches(vm, &b, cls);
                    vm.depth -= 1;
                    if r? {
                        return Ok(true);
                    }
                }
                return Ok(false);
            }
        }
    }
}

/// isinstance/issubclass where the spec (or issubclass's first argument)
/// is not a class: both must have `__bases__`, and the instance is matched
/// through its `__class__`.
pub fn matches(vm: &mut Vm, v: &Value, spec: &Value, instance: bool) -> PyResult<bool> {
    if instance {
        check_class(vm, spec, "isinstance() arg 2 must be a class, type, or tuple of classes and types")?;
        let Ok(icls) = vm.getattr(v, &PyStr::from_str("__class__")) else { return Ok(false) };
        return reaches(vm, &icls, spec);
    }
    check_class(vm, v, "issubclass() arg 1 must be a class")?;
    check_class(vm, spec, "issubclass() arg 2 must be a class or tuple of classes")?;
    reaches(vm, v, spec)
}

/// One level deeper into a tuple of classes, as CPython's recursion check.
pub fn enter_tuple(vm: &mut Vm, instance: bool) -> PyResult<()> {
    vm.enter_nested(if instance { " in __instancecheck__" } else { " in __subclasscheck__" })
}
