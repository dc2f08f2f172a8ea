//! `object.__reduce__` and `object.__reduce_ex__`: the default pickling
//! reductions. As in CPython, the work is done in Python by `copy_reg`
//! (`_reduce_ex` for protocols 0 and 1, `_reduce_2` for protocol 2).

use crate::object::{Class, Dict, PyStr, Value};
use crate::vm::Vm;

use super::method;

/// Calls `copy_reg.<helper>(obj, proto)`.
fn call_copy_reg(vm: &mut Vm, helper: &str, obj: Value, proto: Value) -> crate::object::PyResult {
    let globals = Dict::new();
    let module = vm.import_module("copy_reg", &globals)?;
    let f = vm.getattr(&module, &PyStr::from_str(helper))?;
    vm.call(&f, vec![obj, proto])
}

pub fn install(o: &Class) {
    method(o, "object.__reduce__", |vm, a, _| {
        let obj = a.first().cloned().unwrap_or(Value::None);
        // `__reduce__(proto)` takes the protocol too, as 2.7's (2 and up: `_reduce_2`).
        let proto = match a.get(1) {
            Some(p) => super::int_arg(p, "__reduce__")?,
            None => 0,
        };
        if proto >= 2 {
            let globals = Dict::new();
            let module = vm.import_module("copy_reg", &globals)?;
            let f = vm.getattr(&module, &PyStr::from_str("_reduce_2"))?;
            return vm.call(&f, vec![obj]);
        }
        call_copy_reg(vm, "_reduce_ex", obj, Value::Int(proto))
    });
    method(o, "object.__reduce_ex__", |vm, a, _| {
        let obj = a.first().cloned().unwrap_or(Value::None);
        let proto = a.get(1).cloned().unwrap_or(Value::Int(0));
        call_copy_reg(vm, "_object_reduce_ex", obj, proto)
    });
}
