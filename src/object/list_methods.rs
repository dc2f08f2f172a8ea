//! The methods of `list` and `tuple`.

use super::class::Types;
use super::function::KwArgs;
use super::list::List;
use super::{PyResult, Value};
use crate::vm::Vm;

/// `list.sort(cmp=None, key=None, reverse=False)` on a list object.
pub fn sort_list(vm: &mut Vm, list: &List, args: &[Value], kw: &KwArgs) -> PyResult<()> {
    let _ = (vm, list, args, kw);
    Ok(())
}

/// The methods of `list` and `tuple`.
pub fn install(t: &Types) {
    let _ = t;
}
