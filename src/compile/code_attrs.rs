//! The `co_*` attributes of code objects, shaped as 2.7's where programs
//! look: `co_flags` with the CO_* bits, and a byte string `co_code` (one
//! opcode byte per instruction, then two argument bytes when it has an
//! operand) with its `co_lnotab`, both over minipy's own instruction set as
//! numbered by `opcode_numbers` (the `dis` module reads them the same way).

use super::code::{Code, CodeKind};
use super::opcode::{Instr, Operand};
use crate::object::Value;

/// The number of each instruction name: those without an operand first,
/// so that `op >= HAVE_ARGUMENT` tells the ones with an argument, as in 2.7.
pub fn opcode_numbers() -> (Vec<(&'static str, bool)>, usize) {
    let mut all: Vec<(&'static str, bool)> = Instr::TABLE.to_vec();
    all.sort_by_key(|(_, has_arg)| *has_arg);
    let have_argument = all.iter().position(|(_, a)| *a).unwrap_or(all.len());
    (all, have_argument)
}

/// Where an instruction jumps (an instruction index), if it does.
pub fn jump_target(i: &Instr) -> Option<u32> {
    match i.operand()? {
        Operand::CmpJump(c) => Some(c.target),
        Operand::FastConstJump(c) => Some(c.target),
        Operand::IterStore(c) => Some(c.target),
        Operand::Index(t)
            if i.name().contains("Jump") || matches!(i.name(), "ForIter" | "SetupExcept" | "SetupWith") =>
        {
            Some(t)
        }
        _ => None,
    }
}

/// Byte offset of each instruction in `co_code`, and the total length.
fn offsets(code: &Code) -> (Vec<usize>, usize) {
    let mut at = 0;
    let mut out = Vec::with_capacity(code.instrs.len());
    for i in code.instrs.iter() {
        out.push(at);
        at += if i.operand().is_some() { 3 } else { 1 };
    }
    (out, at)
}

fn co_code(code: &Code) -> Vec<u8> {
    let (nums, _) = opcode_numbers();
    let (offs, len) = offsets(code);
    let mut out = Vec::with_capacity(len);
    for i in code.instrs.iter() {
        let n = nums.iter().position(|(name, _)| *name == i.name()).unwrap_or(0);
        out.push(n as u8);
        let Some(op) = i.operand() else { continue };
        let arg = match (jump_target(i), op) {
            (Some(t), _) => offs.get(t as usize).copied().unwrap_or(len) as u32,
            (None, Operand::Index(x)) => x,
            (None, Operand::AugFast(a)) => a.slot as u32,
            (None, Operand::InplaceStore(s)) => s.slot,
            _ => 0,
        };
        // Two packed 16-bit operands show the first.
        let arg = if arg > 0xffff { (arg >> 16).min(0xffff) } else { arg };
        out.push((arg & 0xff) as u8);
        out.push((arg >> 8) as u8);
    }
    out
}

/// 2.7's line table: (byte increment, line increment) pairs from co_firstlineno.
fn lnotab(code: &Code) -> Vec<u8> {
    let (offs, _) = offsets(code);
    let mut out = Vec::new();
    let (mut last_off, mut last_line) = (0usize, code.first_line as i64);
    for (pc, &off) in offs.iter().enumerate() {
        let line = code.line_at(pc) as i64;
        if line <= last_line {
            continue;
        }
        let (mut db, mut dl) = (off - last_off, line - last_line);
        while db > 255 {
            out.extend([255, 0]);
            db -= 255;
        }
        while dl > 255 {
            out.extend([db as u8, 255]);
            db = 0;
            dl -= 255;
        }
        out.extend([db as u8, dl as u8]);
        (last_off, last_line) = (off, line);
    }
    out
}

/// 2.7's CO_* bits for this code.
pub fn co_flags(c: &Code) -> i64 {
    let mut f = 0;
    if c.kind == CodeKind::Function {
        // CO_NEWLOCALS, and CO_OPTIMIZED unless exec or import * needs a dict.
        f |= if c.unoptimized { 2 } else { 3 };
        if c.varargs {
            f |= 4;
        }
        if c.varkw {
            f |= 8;
        }
        if !c.freevars.is_empty() {
            f |= 0x10;
        }
        if c.is_generator {
            f |= 0x20;
        }
    }
    if c.freevars.is_empty() && c.cellvars.is_empty() {
        f |= 0x40;
    }
    f
}

/// `code.<name>`, None for a name code objects do not have.
pub fn get(c: &Code, name: &[u8]) -> Option<Value> {
    let names =
        |v: &[std::sync::Arc<crate::object::PyStr>]| Value::tuple(v.iter().map(|n| Value::Str(n.clone())).collect());
    Some(match name {
        b"co_name" => Value::Str(c.name.clone()),
        b"co_filename" => Value::str(&c.filename),
        b"co_firstlineno" => Value::Int(c.first_line as i64),
        b"co_argcount" => Value::Int(c.argcount as i64),
        b"co_varnames" => names(&c.varnames),
        b"co_nlocals" => Value::Int(c.varnames.len() as i64),
        b"co_names" => names(&c.names),
        b"co_cellvars" => names(&c.cellvars),
        b"co_freevars" => names(&c.freevars),
        b"co_consts" => Value::tuple(c.consts.to_vec()),
        b"co_flags" => Value::Int(co_flags(c)),
        b"co_stacksize" => Value::Int(c.max_stack as i64),
        b"co_code" => Value::bytes(co_code(c)),
        b"co_lnotab" => Value::bytes(lnotab(c)),
        _ => return None,
    })
}

/// What 2.7 compares code objects by (code_richcompare): equal code
/// compiled twice is equal.
pub fn identity(c: &Code) -> Vec<Value> {
    let fields: [&[u8]; 11] = [
        b"co_name",
        b"co_argcount",
        b"co_nlocals",
        b"co_flags",
        b"co_firstlineno",
        b"co_code",
        b"co_consts",
        b"co_names",
        b"co_varnames",
        b"co_freevars",
        b"co_cellvars",
    ];
    fields.iter().filter_map(|f| get(c, f)).collect()
}
