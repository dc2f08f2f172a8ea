//! The methods of `str`, `%` formatting and `str.format`.

use std::sync::Arc;

use super::class::Class;
use super::{PyResult, Value};
use crate::vm::Vm;

/// `fmt % args`
pub fn percent_format(vm: &mut Vm, fmt: &[u8], args: &Value) -> PyResult {
    let _ = (vm, args);
    Ok(Value::bytes(fmt.to_vec()))
}

/// `format(value, spec)`
pub fn format_value(vm: &mut Vm, v: &Value, spec: &[u8]) -> PyResult {
    let _ = spec;
    Ok(Value::Str(vm.to_str(v)?))
}

/// The methods of `str`.
pub fn install(cls: &Arc<Class>) {
    let _ = cls;
}
