//! Less common built-in functions: `reload`, `coerce`, `bytearray`.

use super::{check_args, def};
use crate::object::exception::ExcKind;
use crate::object::number::{self, Num};
use crate::object::{Dict, Object, PyErr, PyResult, PyStr, Value};
use crate::vm::Vm;

pub fn init(b: &Dict) {
    def(b, "reload", reload);
    def(b, "coerce", coerce);
    def(b, "bytearray", |vm, a, kw| {
        let m = vm.import_module("_bytearray", &Dict::new())?;
        let cls = vm.getattr(&m, &PyStr::from_str("bytearray"))?;
        vm.call_kw(&cls, a.to_vec(), kw)
    });
}

/// `reload(module)`: runs a source module's file again in its namespace;
/// native and embedded modules come back as they are.
fn reload(vm: &mut Vm, a: &[Value], _: &crate::object::function::KwArgs) -> PyResult {
    check_args("reload", a, 1, 1)?;
    let Some(Object::Module(m)) = a[0].as_object() else {
        return Err(PyErr::new(ExcKind::TypeError, "reload() argument must be module"));
    };
    let file = m.dict.get_str(&PyStr::from_str("__file__")).and_then(|f| f.as_str().map(|s| s.to_string_lossy()));
    if let Some(path) = file.filter(|p| p.ends_with(".py")) {
        if let Ok(bytes) = std::fs::read(&path) {
            let src = String::from_utf8_lossy(&bytes).into_owned();
            let code = vm.compile_source(&src, &path)?;
            vm.run_code(&code, m.dict.clone())?;
        }
    }
    Ok(a[0].clone())
}

/// `coerce(x, y)`: both numbers converted to the wider of their types.
fn coerce(vm: &mut Vm, a: &[Value], _: &crate::object::function::KwArgs) -> PyResult {
    check_args("coerce", a, 2, 2)?;
    if let Some(r) = vm.call_dunder(&a[0], "__coerce__", vec![a[1].clone()])? {
        if !crate::vm::ops::is_not_implemented(&r) {
            return Ok(r);
        }
    }
    // Subclasses of the number types coerce by their values.
    let a = [crate::vm::ops::unwrap_base(&a[0]), crate::vm::ops::unwrap_base(&a[1])];
    let (Some(x), Some(y)) = (Num::of(&a[0]), Num::of(&a[1])) else {
        return Err(PyErr::new(ExcKind::TypeError, "number coercion failed"));
    };
    let widen = |v: &Value, n: &Num| -> PyResult<Value> {
        Ok(match (&a[0], &a[1]) {
            (Value::Float(_), _) | (_, Value::Float(_)) => Value::Float(n.to_f64()?),
            (Value::Long(_), _) | (_, Value::Long(_)) => Value::long(number::as_bigint(v).unwrap_or_default()),
            _ => v.clone(),
        })
    };
    Ok(Value::tuple(vec![widen(&a[0], &x)?, widen(&a[1], &y)?]))
}
