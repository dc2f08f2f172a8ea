//! Passes over finished instruction lists: fusing common instruction pairs
//! into superinstructions, and sizing the value stack from stack effects.

use super::opcode::{AugFast, CmpJump, FastConstJump, InplaceStore, Instr, IterStore};
use crate::object::Value;

/// The jump target of an instruction, if it has one.
fn jump_target(i: &Instr) -> Option<u32> {
    match *i {
        Instr::Jump(t)
        | Instr::PopJumpIfFalse(t)
        | Instr::PopJumpIfTrue(t)
        | Instr::JumpIfFalseOrPop(t)
        | Instr::JumpIfTrueOrPop(t)
        | Instr::ForIter(t)
        | Instr::SetupExcept(t)
        | Instr::SetupWith(t) => Some(t),
        Instr::CompareJump(c) => Some(c.target),
        Instr::CompareFastConstJump(c) | Instr::CompareFastConstLoop(c) => Some(c.target),
        Instr::ForIterStore(s) | Instr::ForIterBack(s) => Some(s.target),
        _ => None,
    }
}

fn with_target(i: Instr, t: u32) -> Instr {
    match i {
        Instr::Jump(_) => Instr::Jump(t),
        Instr::PopJumpIfFalse(_) => Instr::PopJumpIfFalse(t),
        Instr::PopJumpIfTrue(_) => Instr::PopJumpIfTrue(t),
        Instr::JumpIfFalseOrPop(_) => Instr::JumpIfFalseOrPop(t),
        Instr::JumpIfTrueOrPop(_) => Instr::JumpIfTrueOrPop(t),
        Instr::ForIter(_) => Instr::ForIter(t),
        Instr::SetupExcept(_) => Instr::SetupExcept(t),
        Instr::SetupWith(_) => Instr::SetupWith(t),
        Instr::CompareJump(c) => Instr::CompareJump(CmpJump { op: c.op, target: t }),
        Instr::CompareFastConstJump(c) => Instr::CompareFastConstJump(FastConstJump { target: t, ..c }),
        Instr::CompareFastConstLoop(c) => Instr::CompareFastConstLoop(FastConstJump { target: t, ..c }),
        Instr::ForIterStore(s) => Instr::ForIterStore(IterStore { target: t, slot: s.slot }),
        Instr::ForIterBack(s) => Instr::ForIterBack(IterStore { target: t, slot: s.slot }),
        other => other,
    }
}

/// Peephole pass: fuses LoadFast+LoadConst and LoadFast+LoadFast into one
/// instruction (fewer dispatches in the hottest loops), unless a jump lands
/// between the two. Jump targets are renumbered.
pub fn fuse_pairs(instrs: Vec<Instr>, lines: Vec<u32>) -> (Vec<Instr>, Vec<u32>) {
    let mut is_target = vec![false; instrs.len() + 1];
    for i in &instrs {
        if let Some(t) = jump_target(i) {
            if let Some(slot) = is_target.get_mut(t as usize) {
                *slot = true;
            }
        }
    }
    let mut out = Vec::with_capacity(instrs.len());
    let mut out_lines = Vec::with_capacity(instrs.len());
    let mut new_index = vec![0u32; instrs.len() + 1];
    let mut i = 0;
    while i < instrs.len() {
        new_index[i] = out.len() as u32;
        let third = instrs.get(i + 2).copied();
        let fourth = instrs.get(i + 3).copied();
        // `a, b, x[i]`: leave `a` alone so that `b` pairs with `x[i]` below.
        let subscr_follows = matches!(
            (instrs.get(i + 1), third, fourth),
            (
                Some(Instr::LoadFast(_)),
                Some(Instr::LoadFast(_) | Instr::LoadConst(_)),
                Some(Instr::BinarySubscr | Instr::StoreSubscr)
            )
        ) && !is_target[i + 1];
        let fused = match (instrs[i], instrs.get(i + 1)) {
            // A for loop that binds a local: one dispatch per item, not two.
            (Instr::ForIter(t), Some(&Instr::StoreFast(slot))) if !is_target[i + 1] => {
                Some((Instr::ForIterStore(IterStore { target: t, slot }), 2))
            }
            (Instr::LoadFast(_), _) if subscr_follows => None,
            // `x[a:b]`: no slice object for a list, tuple or str.
            (Instr::BuildSlice(n), Some(&Instr::BinarySubscr)) if !is_target[i + 1] => Some((Instr::SliceSubscr(n), 2)),
            (Instr::Inplace(op), Some(&Instr::StoreFast(slot))) if !is_target[i + 1] => {
                Some((Instr::InplaceStoreFast(InplaceStore { op, slot }), 2))
            }
            // `x op= c` on a local: one instruction instead of four.
            (Instr::LoadFast(a), Some(&Instr::LoadConst(b)))
                if a < 0x10000
                    && b < 0x10000
                    && matches!(third, Some(Instr::Inplace(_)))
                    && fourth == Some(Instr::StoreFast(a))
                    && !is_target[i + 1]
                    && !is_target[i + 2]
                    && !is_target[i + 3] =>
            {
                let Some(Instr::Inplace(op)) = third else { unreachable!("matched above") };
                Some((Instr::AugFastConst(AugFast { slot: a as u16, konst: b as u16, op }), 4))
            }
            // `while x < c:` / `if x == c:` on a local.
            (Instr::LoadFast(a), Some(&Instr::LoadConst(b)))
                if a < 0x100
                    && b < 0x100
                    && matches!(third, Some(Instr::CompareJump(_)))
                    && !is_target[i + 1]
                    && !is_target[i + 2] =>
            {
                let Some(Instr::CompareJump(c)) = third else { unreachable!("matched above") };
                let f = FastConstJump { slot: a as u8, konst: b as u8, op: c.op, target: c.target };
                Some((Instr::CompareFastConstJump(f), 3))
            }
            (Instr::LoadFast(a), Some(&Instr::LoadConst(b)))
                if a < 0x10000
                    && b < 0x10000
                    && !is_target[i + 1]
                    && third == Some(Instr::BinarySubscr)
                    && !is_target[i + 2] =>
            {
                Some((Instr::SubscrFastConst(a << 16 | b), 3))
            }
            (Instr::LoadFast(a), Some(&Instr::LoadConst(b)))
                if a < 0x10000
                    && b < 0x10000
                    && !is_target[i + 1]
                    && third == Some(Instr::StoreSubscr)
                    && !is_target[i + 2] =>
            {
                Some((Instr::StoreSubscrFastConst(a << 16 | b), 3))
            }
            (Instr::LoadFast(a), Some(&Instr::LoadFast(b)))
                if a < 0x10000
                    && b < 0x10000
                    && !is_target[i + 1]
                    && matches!(third, Some(Instr::BinarySubscr | Instr::StoreSubscr))
                    && !is_target[i + 2] =>
            {
                let f = if third == Some(Instr::BinarySubscr) {
                    Instr::SubscrFastFast(a << 16 | b)
                } else {
                    Instr::StoreSubscrFastFast(a << 16 | b)
                };
                Some((f, 3))
            }
            (Instr::LoadFast(a), Some(&Instr::LoadAttr(n))) if a < 0x10000 && n < 0x10000 && !is_target[i + 1] => {
                Some((Instr::LoadAttrFast(a << 16 | n), 2))
            }
            (Instr::LoadFast(a), Some(&Instr::StoreAttr(n))) if a < 0x10000 && n < 0x10000 && !is_target[i + 1] => {
                Some((Instr::StoreAttrFast(a << 16 | n), 2))
            }
            (Instr::LoadFast(a), Some(&Instr::LoadConst(b))) if a < 0x10000 && b < 0x10000 && !is_target[i + 1] => {
                Some((Instr::LoadFastConst(a << 16 | b), 2))
            }
            (Instr::LoadFast(a), Some(&Instr::LoadFast(b))) if a < 0x10000 && b < 0x10000 && !is_target[i + 1] => {
                Some((Instr::LoadFastFast(a << 16 | b), 2))
            }
            _ => None,
        };
        // A fused instruction reports the line of its last part (where an
        // error would have been raised).
        match fused {
            Some((f, len)) => {
                out_lines.push(lines.get(i + len - 1).copied().unwrap_or(0));
                out.push(f);
                for k in 1..len {
                    new_index[i + k] = out.len() as u32 - 1;
                }
                i += len;
            }
            None => {
                out_lines.push(lines.get(i).copied().unwrap_or(0));
                out.push(instrs[i]);
                i += 1;
            }
        }
    }
    new_index[instrs.len()] = out.len() as u32;
    for ins in out.iter_mut() {
        if let Some(t) = jump_target(ins) {
            *ins = with_target(*ins, new_index.get(t as usize).copied().unwrap_or(t));
        }
    }
    // Loop inversion: the Jump that closes a for loop's body fetches the
    // next item itself and goes straight back into the body, saving the
    // Jump's dispatch on every turn. Only the Jump right before the loop's
    // exit qualifies (a `continue` elsewhere keeps its plain Jump). The
    // inverted test reports the loop header's line, as the test it copies.
    for j in 0..out.len() {
        if let Instr::Jump(t) = out[j] {
            match out.get(t as usize) {
                Some(&Instr::ForIterStore(s)) if s.target as usize == j + 1 => {
                    out[j] = Instr::ForIterBack(IterStore { target: t + 1, slot: s.slot });
                    out_lines[j] = out_lines[t as usize];
                }
                // The same for `while local cmp constant:`.
                Some(&Instr::CompareFastConstJump(c)) if c.target as usize == j + 1 => {
                    out[j] = Instr::CompareFastConstLoop(FastConstJump { target: t + 1, ..c });
                    out_lines[j] = out_lines[t as usize];
                }
                _ => {}
            }
        }
    }
    (out, out_lines)
}

/// The deepest the value stack gets, found by following every path.
pub fn max_stack_depth(instrs: &[Instr], consts: &[Value]) -> u32 {
    let n = instrs.len();
    let mut depth_at: Vec<i32> = vec![-1; n + 1];
    let mut work = vec![(0usize, 0i32)];
    let mut max = 0;
    while let Some((mut pc, mut d)) = work.pop() {
        while pc < n {
            if depth_at[pc] >= d {
                break;
            }
            depth_at[pc] = d;
            let ins = instrs[pc];
            let effect = match ins {
                Instr::MakeFunction(i) => match consts.get(i as usize) {
                    Some(Value::Other(o)) => match &**o {
                        crate::object::Object::Code(c) => 1 - c.ndefaults as i32,
                        _ => 1,
                    },
                    _ => 1,
                },
                other => other.stack_effect(),
            };
            match ins {
                Instr::Jump(t) => {
                    pc = t as usize;
                    continue;
                }
                Instr::PopJumpIfFalse(t) | Instr::PopJumpIfTrue(t) => work.push((t as usize, d - 1)),
                Instr::CompareJump(c) => work.push((c.target as usize, d - 2)),
                Instr::CompareFastConstJump(c) | Instr::CompareFastConstLoop(c) => work.push((c.target as usize, d)),
                Instr::JumpIfFalseOrPop(t) | Instr::JumpIfTrueOrPop(t) => work.push((t as usize, d)),
                Instr::ForIter(t) => work.push((t as usize, d - 1)),
                Instr::ForIterStore(s) => work.push((s.target as usize, d - 1)),
                Instr::ForIterBack(s) => work.push((s.target as usize, d)),
                Instr::SetupExcept(t) => work.push((t as usize, d + 1)),
                Instr::SetupWith(t) => work.push((t as usize, d + 1)),
                Instr::ReturnValue | Instr::Raise(_) | Instr::Reraise => {
                    break;
                }
                _ => {}
            }
            d += effect;
            max = max.max(d);
            pc += 1;
        }
    }
    max.max(0) as u32 + 1
}
