//! The methods and operators of `set` and `frozenset`.

use super::class::Types;
use super::set::Set;
use super::{PyResult, Value};
use crate::syntax::ast::BinOp;
use crate::vm::Vm;

/// `a | b`, `a & b`, `a - b`, `a ^ b`
pub fn set_op(vm: &mut Vm, op: BinOp, a: &Set, b: &Set) -> PyResult {
    let _ = (vm, op, a, b);
    Ok(Value::None)
}

pub fn install(t: &Types) {
    let _ = t;
}
