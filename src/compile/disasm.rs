//! `minipy --dis`: prints the bytecode of every code object, CPython-`dis` style.

use std::fmt::Write;

use super::code::Code;
use super::opcode::{Instr, Operand};
use crate::object::{Object, Value};

/// The disassembly of `code` and, after it, of every code object nested in it.
pub fn disassemble(code: &Code) -> String {
    let mut out = String::new();
    dis_one(code, &mut out);
    out
}

fn dis_one(code: &Code, out: &mut String) {
    let _ = writeln!(
        out,
        "Disassembly of <code object {} at line {}, file \"{}\">:",
        code.name.as_str(),
        code.first_line,
        code.filename
    );
    let targets: Vec<u32> = code
        .instrs
        .iter()
        .filter_map(|i| match i {
            Instr::Jump(t)
            | Instr::PopJumpIfFalse(t)
            | Instr::PopJumpIfTrue(t)
            | Instr::JumpIfFalseOrPop(t)
            | Instr::JumpIfTrueOrPop(t)
            | Instr::ForIter(t)
            | Instr::SetupExcept(t)
            | Instr::SetupWith(t) => Some(*t),
            Instr::CompareJump(c) => Some(c.target),
            _ => None,
        })
        .collect();
    let mut last_line = 0;
    for (pc, ins) in code.instrs.iter().enumerate() {
        let line = code.line_at(pc);
        let line_col = if line != last_line {
            if pc > 0 {
                out.push('\n');
            }
            last_line = line;
            format!("{:>4}", line)
        } else {
            "    ".to_string()
        };
        let mark = if targets.contains(&(pc as u32)) { ">>" } else { "  " };
        let _ = write!(out, "{} {} {:>5} {:<20}", line_col, mark, pc, ins.name());
        if let Some(op) = ins.operand() {
            let _ = write!(out, " {}", describe(code, ins, op));
        }
        out.push('\n');
    }
    out.push('\n');
    for c in code.consts.iter() {
        if let Value::Other(o) = c {
            if let Object::Code(inner) = &**o {
                dis_one(inner, out);
            }
        }
    }
}

fn describe(code: &Code, ins: &Instr, op: Operand) -> String {
    let i = match op {
        Operand::Index(i) => i,
        Operand::Bin(b) => return format!("({})", crate::object::number::op_symbol(b)),
        Operand::Cmp(c) => return format!("({})", crate::vm::ops::cmp_symbol(c)),
        Operand::Unary(u) => return format!("({:?})", u),
        Operand::CmpJump(c) => return format!("({}) (to {})", crate::vm::ops::cmp_symbol(c.op), c.target),
        Operand::IterStore(s) => {
            let var = code.varnames.get(s.slot as usize).map(|v| v.to_string_lossy()).unwrap_or_default();
            return format!("{} ({}) (to {})", s.slot, var, s.target);
        }
        Operand::InplaceStore(s) => {
            let var = code.varnames.get(s.slot as usize).map(|v| v.to_string_lossy()).unwrap_or_default();
            return format!("({}) {} ({})", crate::object::number::op_symbol(s.op), s.slot, var);
        }
        Operand::AugFast(a) => {
            let var = code.varnames.get(a.slot as usize).map(|s| s.to_string_lossy()).unwrap_or_default();
            let c = code.consts.get(a.konst as usize).map(crate::vm::ops::const_repr).unwrap_or_default();
            return format!("{}, {} ({} {}= {})", a.slot, a.konst, var, crate::object::number::op_symbol(a.op), c);
        }
        Operand::FastConstJump(j) => {
            let var = code.varnames.get(j.slot as usize).map(|s| s.to_string_lossy()).unwrap_or_default();
            let c = code.consts.get(j.konst as usize).map(crate::vm::ops::const_repr).unwrap_or_default();
            let op = crate::vm::ops::cmp_symbol(j.op);
            return format!("{}, {} ({} {} {}) (to {})", j.slot, j.konst, var, op, c, j.target);
        }
    };
    let name =
        |v: &[std::sync::Arc<crate::object::PyStr>]| v.get(i as usize).map(|s| s.to_string_lossy()).unwrap_or_default();
    let detail = match ins {
        Instr::LoadConst(_) | Instr::MakeFunction(_) => match code.consts.get(i as usize) {
            Some(Value::Other(o)) if matches!(&**o, Object::Code(_)) => {
                let Object::Code(c) = &**o else { unreachable!() };
                format!("<code object {}>", c.name.as_str())
            }
            Some(v) => crate::vm::ops::const_repr(v),
            None => String::new(),
        },
        Instr::LoadFast(_) | Instr::StoreFast(_) | Instr::DeleteFast(_) => name(&code.varnames),
        Instr::LoadFastConst(p) => {
            let var = code.varnames.get((p >> 16) as usize).map(|s| s.to_string_lossy()).unwrap_or_default();
            let c = code.consts.get((p & 0xffff) as usize).map(crate::vm::ops::const_repr).unwrap_or_default();
            return format!("{}, {} ({}, {})", p >> 16, p & 0xffff, var, c);
        }
        Instr::SubscrFastConst(p) | Instr::StoreSubscrFastConst(p) => {
            let var = code.varnames.get((p >> 16) as usize).map(|s| s.to_string_lossy()).unwrap_or_default();
            let c = code.consts.get((p & 0xffff) as usize).map(crate::vm::ops::const_repr).unwrap_or_default();
            return format!("{}, {} ({}[{}])", p >> 16, p & 0xffff, var, c);
        }
        Instr::LoadAttrFast(p) | Instr::StoreAttrFast(p) => {
            let var = code.varnames.get((p >> 16) as usize).map(|s| s.to_string_lossy()).unwrap_or_default();
            let n = code.names.get((p & 0xffff) as usize).map(|s| s.to_string_lossy()).unwrap_or_default();
            return format!("{}, {} ({}.{})", p >> 16, p & 0xffff, var, n);
        }
        Instr::LoadFastFast(p) => {
            let n = |i: u32| code.varnames.get(i as usize).map(|s| s.to_string_lossy()).unwrap_or_default();
            return format!("{}, {} ({}, {})", p >> 16, p & 0xffff, n(p >> 16), n(p & 0xffff));
        }
        Instr::SubscrFastFast(p) | Instr::StoreSubscrFastFast(p) => {
            let n = |i: u32| code.varnames.get(i as usize).map(|s| s.to_string_lossy()).unwrap_or_default();
            return format!("{}, {} ({}[{}])", p >> 16, p & 0xffff, n(p >> 16), n(p & 0xffff));
        }
        Instr::LoadDeref(_) | Instr::StoreDeref(_) => {
            let all: Vec<_> = code.cellvars.iter().chain(code.freevars.iter()).cloned().collect();
            name(&all)
        }
        Instr::LoadName(_)
        | Instr::StoreName(_)
        | Instr::DeleteName(_)
        | Instr::LoadGlobal(_)
        | Instr::StoreGlobal(_)
        | Instr::DeleteGlobal(_)
        | Instr::LoadAttr(_)
        | Instr::StoreAttr(_)
        | Instr::DeleteAttr(_)
        | Instr::LoadMethod(_)
        | Instr::ImportName(_)
        | Instr::ImportModule(_)
        | Instr::ImportFrom(_) => name(&code.names),
        Instr::Jump(_)
        | Instr::PopJumpIfFalse(_)
        | Instr::PopJumpIfTrue(_)
        | Instr::JumpIfFalseOrPop(_)
        | Instr::JumpIfTrueOrPop(_)
        | Instr::ForIter(_)
        | Instr::SetupExcept(_)
        | Instr::SetupWith(_) => return format!("(to {})", i),
        _ => return i.to_string(),
    };
    format!("{} ({})", i, detail)
}
