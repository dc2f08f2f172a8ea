//! `_inspect.tuple_params(code)`: [(argument index, nested names)] for a
//! function's tuple parameters (`def f(a, (b, (c, d))):`), for inspect.getargspec and
//! getcallargs. CPython's inspect reads them from the bytecode; here they
//! are read from ours: the prologue loads each hidden `.N` slot and unpacks
//! it into fast locals or cells.

use super::{check_args, def};
use crate::compile::code::Code;
use crate::compile::opcode::Instr;
use crate::object::{Dict, ExcKind, Object, PyErr, Value};

/// The target tree starting at `instrs[*pos]` (an UnpackSequence or a store);
/// None when the instructions are not a plain unpacking.
fn target(code: &Code, pos: &mut usize) -> Option<Value> {
    let name = |i: u32| -> Option<Value> {
        let cells = code.cellvars.iter().chain(code.freevars.iter());
        cells.clone().nth(i as usize).map(|n| Value::Str(n.clone()))
    };
    let ins = code.instrs.get(*pos)?;
    *pos += 1;
    match ins {
        Instr::StoreFast(s) => code.varnames.get(*s as usize).map(|n| Value::Str(n.clone())),
        Instr::StoreDeref(i) => name(*i),
        Instr::UnpackSequence(n) => {
            let mut items = Vec::new();
            for _ in 0..*n {
                items.push(target(code, pos)?);
            }
            Some(Value::list(items))
        }
        _ => None,
    }
}

pub fn init(d: &Dict) {
    def(d, "tuple_params", |_, a, _| {
        check_args("tuple_params", a, 1, 1)?;
        let Value::Other(o) = &a[0] else {
            return Err(PyErr::new(ExcKind::TypeError, "a code object is required"));
        };
        let Object::Code(code) = &**o else {
            return Err(PyErr::new(ExcKind::TypeError, "a code object is required"));
        };
        let mut out = Vec::new();
        for (i, ins) in code.instrs.iter().enumerate() {
            let Instr::LoadFast(slot) = ins else { continue };
            let Some(name) = code.varnames.get(*slot as usize) else { continue };
            let hidden = name.as_bytes().strip_prefix(b".").and_then(|s| std::str::from_utf8(s).ok());
            let Some(index) = hidden.and_then(|s| s.parse::<i64>().ok()) else { continue };
            let mut pos = i + 1;
            if let Some(tree) = target(code, &mut pos) {
                out.push(Value::tuple(vec![Value::Int(index), tree]));
            }
        }
        Ok(Value::list(out))
    });
}
