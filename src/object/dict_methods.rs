//! The methods of `dict`.

use std::sync::Arc;

use super::class::Types;
use super::function::KwArgs;
use super::{Dict, PyResult, Value};
use crate::vm::Vm;

/// `d.update(other, **kw)` (also `dict(...)`).
pub fn update(vm: &mut Vm, d: &Arc<Dict>, args: &[Value], kw: &KwArgs) -> PyResult<()> {
    let _ = (vm, d, args, kw);
    Ok(())
}

pub fn install(t: &Types) {
    let _ = t;
}
