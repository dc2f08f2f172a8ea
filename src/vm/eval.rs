//! The evaluation loop. Python-to-Python calls push a frame onto a local list
//! instead of recursing in Rust, so deep Python recursion never grows the Rust
//! stack; each arm of the dispatch `match` is short and the semantics live in
//! `ops.rs`, `call.rs` and the object files.

use std::sync::atomic::Ordering;
use std::sync::Arc;

use super::caches::global_slot;
use super::frame::{Block, Frame, FrameState};
use super::Vm;
use crate::compile::opcode::Instr;
use crate::object::exception::{ExcState, TbEntry};
use crate::object::function::{ArgSpec, Function};
use crate::object::{drop_fast, Code, Dict, ExcKind, Object, PyErr, PyResult, Value};
use crate::syntax::ast::{BinOp, CmpOp};

/// How a frame's execution ended.
pub enum Exit {
    Return(Value),
    /// A generator frame suspended itself.
    Yield(Value),
}

/// What the dispatch loop asks its driver to do.
pub(crate) enum Step {
    Call(Frame),
    Return(Value),
    Yield(Value),
}

impl Vm {
    /// Runs `base` until it returns or yields. Frames it calls run in this
    /// same loop.
    pub fn execute(&mut self, base: &mut Frame) -> PyResult<Exit> {
        let floor = self.callers.len();
        self.callers.push((Arc::as_ptr(base.globals()) as usize, self.site));
        let r = self.execute_frames(base);
        // Every frame pushed its entry and popped it: one pop, not a
        // (non-inlined) `truncate` call per generator resumption.
        while self.callers.len() > floor {
            self.callers.pop();
        }
        r
    }

    fn execute_frames(&mut self, base: &mut Frame) -> PyResult<Exit> {
        if self.profiler.is_some() || self.tracer.is_some() {
            self.frame_event(self.callers.len(), super::trace::Event::Call(base), &base.code().clone(), base)?;
        }
        let mut callees: Vec<Frame> = Vec::new();
        let mut pending: Option<PyErr> = None;
        loop {
            let frame = match callees.last_mut() {
                Some(f) => f,
                None => &mut *base,
            };
            // One call site of `run`, which is inlined with the dispatch
            // loop: a Python call or return goes back to this loop without
            // leaving the function (no prologue, no result in memory).
            let step = 'step: {
                if let Some(e) = pending.take() {
                    if let Err(e) = self.handle_error(frame, e) {
                        break 'step Err(e);
                    }
                }
                self.run(frame)
            };
            let step =
                if self.profiler.is_some() || self.tracer.is_some() { self.step_event(frame, step) } else { step };
            match step {
                Ok(Step::Call(f)) => {
                    let caller = callees.last().unwrap_or(&*base);
                    let at = super::threads::site(caller.code(), caller.pc);
                    self.callers.push((Arc::as_ptr(f.globals()) as usize, at));
                    callees.push(f)
                }
                Ok(Step::Return(v)) => match callees.pop() {
                    Some(f) if f.init => {
                        // `__init__` ran inline: the instance is on the caller's stack.
                        self.callers.pop();
                        if f.shown.is_some() {
                            crate::modules::sys_frames::show_caller(&f, callees.last_mut().unwrap_or(&mut *base));
                        }
                        self.end_frame(f);
                        if !v.is_none() {
                            let msg = format!("__init__() should return None, not '{}'", v.type_name());
                            pending = Some(PyErr::new(ExcKind::TypeError, msg));
                        }
                    }
                    Some(f) => {
                        self.callers.pop();
                        if f.shown.is_some() {
                            crate::modules::sys_frames::show_caller(&f, callees.last_mut().unwrap_or(&mut *base));
                        }
                        self.end_frame(f);
                        // The result goes straight onto the caller's stack.
                        match callees.last_mut() {
                            Some(caller) => caller.push(v),
                            None => base.push(v),
                        }
                    }
                    None => {
                        release(callees);
                        return Ok(Exit::Return(v));
                    }
                },
                Ok(Step::Yield(v)) => {
                    release(callees);
                    return Ok(Exit::Yield(v));
                }
                Err(e) => match callees.pop() {
                    Some(f) => {
                        self.callers.pop();
                        if f.shown.is_some() {
                            crate::modules::sys_frames::show_caller(&f, callees.last_mut().unwrap_or(&mut *base));
                        }
                        self.end_frame(f);
                        pending = Some(e);
                    }
                    None => {
                        release(callees);
                        return Err(e);
                    }
                },
            }
        }
    }

    /// Releases a finished frame: restores the handled exception, recycles registers.
    pub(crate) fn end_frame(&mut self, mut f: Frame) {
        if let Some(obj) = f.state.shown.take() {
            crate::modules::sys_frames::frame_ended(&obj, &f);
        }
        if self.exc_stack.len() > f.exc_depth {
            self.exc_stack.truncate(f.exc_depth);
        }
        self.leave();
        let mut state = f.state;
        if self.state_pool.len() < 64 {
            state.pc = 0;
            state.regs.clear();
            state.cells.clear();
            state.locals = None;
            state.locals_map = None;
            state.blocks.clear();
            state.init = false;
            self.state_pool.push(state);
        }
    }

    /// An empty frame state, recycled when one is at hand.
    #[inline]
    pub(crate) fn fresh_state(&mut self) -> Box<FrameState> {
        self.state_pool.pop().unwrap_or_else(|| Box::new(FrameState::empty()))
    }

    /// Runs a frame's instructions, handling exceptions inside it, until it
    /// calls, returns or yields, or an exception escapes it.
    #[inline(always)]
    fn run(&mut self, frame: &mut Frame) -> PyResult<Step> {
        loop {
            let Frame { func, state } = &mut *frame;
            match self.dispatch(&func.code, &func.globals, state) {
                Ok(step) => return Ok(step),
                Err(e) => self.handle_error(frame, e)?,
            }
        }
    }

    /// Records the frame in the traceback and jumps to its innermost handler,
    /// or gives the exception back when the frame has none.
    pub(crate) fn handle_error(&mut self, frame: &mut Frame, mut e: PyErr) -> PyResult<()> {
        let last = frame.pc.checked_sub(1).and_then(|pc| frame.func.code.instrs.get(pc));
        let with_tb = std::mem::take(&mut self.raised_with_tb) && matches!(last, Some(Instr::Raise(3)));
        if !with_tb && !matches!(last, Some(Instr::Reraise) | Some(Instr::Raise(0)) | Some(Instr::WithExitExc)) {
            e.0.traceback.push(TbEntry {
                code: frame.func.code.clone(),
                line: frame.line(),
                globals: frame.func.globals.clone(),
            });
            if self.tracer.is_some() {
                self.exception_event(frame, &e)?;
            }
        }
        let Some(block) = frame.blocks.pop() else { return Err(e) };
        frame.regs.truncate(block.stack_len as usize);
        if frame.func.code.instrs.get(block.handler as usize) == Some(&Instr::FinallyExc) {
            // A `finally` does not handle the exception: sys.exc_info() keeps
            // showing the one handled before; Reraise takes this one back.
            frame.push(super::frame::pending_exception(*e.0));
            frame.pc = block.handler as usize;
            return Ok(());
        }
        let state = *e.0;
        frame.push(state.value.clone());
        // Python 2: the frame's handled exception stays visible to
        // sys.exc_info() and bare `raise` until the frame ends.
        self.exc_stack.truncate(frame.exc_depth);
        self.exc_stack.push(state);
        frame.pc = block.handler as usize;
        Ok(())
    }

    /// The dispatch loop proper. The program counter lives in a local (a
    /// register) while the loop runs and goes back to the frame whenever
    /// the loop hands control back (a call, a return, an exception).
    #[inline(always)]
    fn dispatch(&mut self, code: &Arc<Code>, globals: &Arc<Dict>, frame: &mut FrameState) -> PyResult<Step> {
        let mut pc = frame.pc;
        let r = self.dispatch_loop(code, globals, frame, &mut pc);
        frame.pc = pc;
        r
    }

    #[inline(always)]
    fn dispatch_loop(
        &mut self,
        code: &Arc<Code>,
        globals: &Arc<Dict>,
        frame: &mut FrameState,
        pc: &mut usize,
    ) -> PyResult<Step> {
        let instrs: &[Instr] = &code.instrs;
        loop {
            // Between two instructions: the only place where this thread may
            // give the GIL away or run signal handlers. One relaxed load of a
            // process-wide word when nothing is pending.
            if super::gil::EVAL_BREAKER.load(Ordering::Relaxed) {
                self.eval_breaker(code, globals, frame, *pc)?;
            }
            let Some(&ins) = instrs.get(*pc) else {
                return Ok(Step::Return(Value::None));
            };
            *pc += 1;
            match ins {
                Instr::Nop => {}
                Instr::LoadConst(i) => frame.push(code.consts[i as usize].clone()),
                Instr::LoadFast(slot) => {
                    let v = frame.regs[slot as usize].clone();
                    if v.is_null() {
                        return Err(unbound_local(&code.varnames[slot as usize].as_str()));
                    }
                    frame.push(v);
                }
                Instr::LoadFastConst(p) => {
                    let slot = (p >> 16) as usize;
                    let v = frame.regs[slot].clone();
                    if v.is_null() {
                        return Err(unbound_local(&code.varnames[slot].as_str()));
                    }
                    frame.push(v);
                    frame.push(code.consts[(p & 0xffff) as usize].clone());
                }
                Instr::SubscrFastConst(p) => {
                    // Reads the local in place: no reference-count traffic
                    // on the container.
                    let (slot, ci) = ((p >> 16) as usize, (p & 0xffff) as usize);
                    if frame.regs[slot].is_null() {
                        return Err(unbound_local(&code.varnames[slot].as_str()));
                    }
                    let v = self.subscr_in_place(&frame.regs[slot], &code.consts[ci])?;
                    frame.push(v);
                }
                Instr::SubscrFastFast(p) => {
                    let (s1, s2) = ((p >> 16) as usize, (p & 0xffff) as usize);
                    if frame.regs[s1].is_null() {
                        return Err(unbound_local(&code.varnames[s1].as_str()));
                    }
                    if frame.regs[s2].is_null() {
                        return Err(unbound_local(&code.varnames[s2].as_str()));
                    }
                    let v = self.subscr_in_place(&frame.regs[s1], &frame.regs[s2])?;
                    frame.push(v);
                }
                Instr::LoadAttrFast(p) => {
                    let (slot, ni) = ((p >> 16) as usize, (p & 0xffff) as usize);
                    if frame.regs[slot].is_null() {
                        return Err(unbound_local(&code.varnames[slot].as_str()));
                    }
                    let v = match self.instance_attr_hinted(code, *pc, &frame.regs[slot], &code.names[ni]) {
                        Some(v) => v,
                        None => {
                            // A warning from the lookup (`e.message`) names this line.
                            self.site = super::threads::site(code, *pc);
                            self.getattr(&frame.regs[slot], &code.names[ni])?
                        }
                    };
                    frame.push(v);
                }
                Instr::LoadFastFast(p) => {
                    let (s1, s2) = ((p >> 16) as usize, (p & 0xffff) as usize);
                    let (v1, v2) = (frame.regs[s1].clone(), frame.regs[s2].clone());
                    if v1.is_null() {
                        return Err(unbound_local(&code.varnames[s1].as_str()));
                    }
                    if v2.is_null() {
                        return Err(unbound_local(&code.varnames[s2].as_str()));
                    }
                    frame.push(v1);
                    frame.push(v2);
                }
                Instr::StoreFast(slot) => {
                    let v = frame.pop();
                    drop_fast(std::mem::replace(&mut frame.regs[slot as usize], v));
                }
                Instr::DeleteFast(slot) => {
                    if frame.regs[slot as usize].is_null() {
                        return Err(unbound_local(&code.varnames[slot as usize].as_str()));
                    }
                    frame.regs[slot as usize] = Value::Null;
                }
                Instr::LoadGlobal(i) => {
                    if let Some(v) = self.cached_global(code, globals, i) {
                        frame.push(v);
                        continue;
                    }
                    let v = self.load_global_miss(code, globals, i)?;
                    frame.push(v);
                }
                Instr::StoreGlobal(i) => {
                    let v = frame.pop();
                    self.store_global_hinted(code, globals, i, *pc, v);
                    self.forget_global(code, i);
                }
                Instr::DeleteGlobal(i) => {
                    self.forget_global(code, i);
                    let name = &code.names[i as usize];
                    if globals.remove_str(name).is_none() {
                        return Err(name_error(&name.as_str()));
                    }
                }
                Instr::LoadName(i) if frame.locals_map.is_some() => {
                    let v = self.map_load_name(frame, globals, &code.names[i as usize])?;
                    frame.push(v);
                }
                Instr::StoreName(i) if frame.locals_map.is_some() => {
                    let v = frame.pop();
                    self.map_store_name(frame, &code.names[i as usize], Some(v))?;
                }
                Instr::DeleteName(i) if frame.locals_map.is_some() => {
                    self.map_store_name(frame, &code.names[i as usize], None)?;
                }
                Instr::LoadName(i) => {
                    let name = &code.names[i as usize];
                    let local = frame.locals.as_ref().and_then(|l| l.get_str(name));
                    let v = match local {
                        Some(v) => v,
                        None => self.load_global(globals, name)?,
                    };
                    frame.push(v);
                }
                Instr::StoreName(i) => {
                    let v = frame.pop();
                    let ns = frame.locals.clone().unwrap_or_else(|| globals.clone());
                    ns.set_pystr(code.names[i as usize].clone(), v);
                    self.forget_global(code, i);
                }
                Instr::DeleteName(i) => {
                    self.forget_global(code, i);
                    let name = &code.names[i as usize];
                    let ns = frame.locals.clone().unwrap_or_else(|| globals.clone());
                    if ns.remove_str(name).is_none() {
                        return Err(name_error(&name.as_str()));
                    }
                }
                Instr::LoadDeref(i) => {
                    let v = frame.cells[i as usize].lock().clone();
                    if v.is_null() {
                        return Err(free_var_error(code, i as usize));
                    }
                    frame.push(v);
                }
                Instr::StoreDeref(i) => {
                    let v = frame.pop();
                    *frame.cells[i as usize].lock() = v;
                }
                Instr::LoadAttr(i) => {
                    let obj = frame.pop();
                    let v = match self.instance_attr_hinted(code, *pc, &obj, &code.names[i as usize]) {
                        Some(v) => v,
                        None => {
                            // A warning from the lookup (`e.message`) names this line.
                            self.site = super::threads::site(code, *pc);
                            self.getattr(&obj, &code.names[i as usize])?
                        }
                    };
                    frame.push(v);
                }
                Instr::StoreAttrFast(p) => {
                    // Reads the local in place: no reference-count traffic
                    // on the object (callees cannot rebind this frame's locals).
                    let (slot, ni) = ((p >> 16) as usize, (p & 0xffff) as usize);
                    let v = frame.pop();
                    if frame.regs[slot].is_null() {
                        return Err(unbound_local(&code.varnames[slot].as_str()));
                    }
                    if let Err(v) = self.store_attr_hinted(code, *pc, &frame.regs[slot], &code.names[ni], v) {
                        self.setattr_name(&frame.regs[slot], &code.names[ni], v)?;
                    }
                }
                Instr::StoreAttr(i) => {
                    let obj = frame.pop();
                    let v = frame.pop();
                    if let Err(v) = self.store_attr_hinted(code, *pc, &obj, &code.names[i as usize], v) {
                        self.setattr_name(&obj, &code.names[i as usize], v)?;
                    }
                }
                Instr::DeleteAttr(i) => {
                    let obj = frame.pop();
                    self.delattr(&obj, &code.names[i as usize])?;
                }
                Instr::LoadMethod(i) => {
                    let obj = frame.pop();
                    let slot = global_slot(code, *pc as u32);
                    if let Some(m) = self.cached_method(slot, code, *pc as u32, &obj, &code.names[i as usize]) {
                        frame.push(m);
                        frame.push(obj);
                        continue;
                    }
                    let (m, s) = self.load_method(obj, &code.names[i as usize])?;
                    if !s.is_null() {
                        self.cache_method(slot, code, *pc as u32, &s, m.clone());
                    }
                    frame.push(m);
                    frame.push(s);
                }
                Instr::CallMethod(n) => {
                    let n = n as usize;
                    let base = frame.regs.len() - n - 2;
                    let self_arg = std::mem::replace(&mut frame.regs[base + 1], Value::Null);
                    let func = std::mem::replace(&mut frame.regs[base], Value::Null);
                    let first = if self_arg.is_null() { base + 2 } else { base + 1 };
                    if !self_arg.is_null() {
                        frame.regs[base + 1] = self_arg;
                    }
                    match &func {
                        Value::Func(f) if !f.swapped() && f.code.takes_exactly(frame.regs.len() - first) => {
                            let Value::Func(f) = func else { unreachable!("matched above") };
                            return Ok(Step::Call(self.simple_call(f, frame, first, base)?));
                        }
                        Value::Builtin(b)
                            if !b.needs_frame
                                && b.bound.is_none()
                                && b.args == ArgSpec::Any
                                && self.tracer.is_none() =>
                        {
                            // A method of a built-in type (list.append, dict.get).
                            self.site = super::threads::site(code, *pc);
                            self.call_native_on_stack(b.func, frame, first, base, &[])?;
                            continue;
                        }
                        _ => {}
                    }
                    frame.pc = *pc;
                    if let Some(step) = self.call_from_stack(code, globals, frame, func, first, base, &[])? {
                        return Ok(step);
                    }
                }
                Instr::CallFunction(n) => {
                    let base = frame.regs.len() - n as usize - 1;
                    match &frame.regs[base] {
                        Value::Func(f) if !f.swapped() && f.code.takes_exactly(n as usize) => {
                            let Value::Func(f) = std::mem::replace(&mut frame.regs[base], Value::Null) else {
                                unreachable!("matched above")
                            };
                            return Ok(Step::Call(self.simple_call(f, frame, base + 1, base)?));
                        }
                        Value::Builtin(b)
                            if !b.needs_frame
                                && b.bound.is_none()
                                && b.args == ArgSpec::Any
                                && self.tracer.is_none() =>
                        {
                            // A built-in function (len, isinstance, min).
                            let func = b.func;
                            self.site = super::threads::site(code, *pc);
                            self.call_native_on_stack(func, frame, base + 1, base, &[])?;
                            continue;
                        }
                        _ => {}
                    }
                    let func = std::mem::replace(&mut frame.regs[base], Value::Null);
                    frame.pc = *pc;
                    if let Some(step) = self.call_from_stack(code, globals, frame, func, base + 1, base, &[])? {
                        return Ok(step);
                    }
                }
                Instr::CallFunctionKw(n) => {
                    let names = frame.pop();
                    let base = frame.regs.len() - n as usize - 1;
                    let func = std::mem::replace(&mut frame.regs[base], Value::Null);
                    let Value::Tuple(names) = names else { unreachable!("keyword names are a tuple") };
                    let nkw = names.items.len();
                    let kw_start = frame.regs.len() - nkw;
                    let kwargs: Vec<(Arc<crate::object::PyStr>, Value)> = names
                        .items
                        .iter()
                        .zip(frame.regs.drain(kw_start..))
                        .map(|(k, v)| {
                            (k.as_str().cloned().unwrap_or_else(|| Arc::new(crate::object::PyStr::from_str("?"))), v)
                        })
                        .collect();
                    frame.pc = *pc;
                    if let Some(step) = self.call_from_stack(code, globals, frame, func, base + 1, base, &kwargs)? {
                        return Ok(step);
                    }
                }
                Instr::CallFunctionEx => {
                    let kwstar = frame.pop();
                    let star = frame.pop();
                    let kwdict = frame.pop();
                    let pos = frame.pop();
                    let func = frame.pop();
                    self.site = super::threads::site(code, *pc);
                    let (args, kwargs) = self.collect_call_args(&func, pos, star, kwdict, kwstar)?;
                    let r = self.call_prepared(func, args, kwargs)?;
                    match r {
                        Ok(v) => frame.push(v),
                        Err(f) => return Ok(Step::Call(f)),
                    }
                }
                Instr::BinarySubscr => {
                    // list[int], read in place on the stack.
                    let n = frame.regs.len();
                    let item = match &frame.regs[n - 2..] {
                        [Value::List(l), Value::Int(i)] => {
                            let g = l.items.lock();
                            let j = if *i < 0 { *i + g.len() as i64 } else { *i };
                            if j >= 0 {
                                g.get(j as usize).cloned()
                            } else {
                                None
                            }
                        }
                        _ => None,
                    };
                    if let Some(v) = item {
                        std::mem::forget(frame.regs.pop());
                        drop(std::mem::replace(&mut frame.regs[n - 2], v));
                        continue;
                    }
                    let key = frame.pop();
                    let obj = frame.pop();
                    if let Value::Dict(d) = &obj {
                        match d.get(self, &key)? {
                            Some(v) => {
                                frame.push(v);
                                continue;
                            }
                            None => return Err(PyErr::with_args(ExcKind::KeyError, vec![key])),
                        }
                    }
                    let v = self.getitem(&obj, &key)?;
                    frame.push(v);
                }
                Instr::StoreSubscr => {
                    let key = frame.pop();
                    let obj = frame.pop();
                    let v = frame.pop();
                    self.store_subscr(&obj, key, v)?;
                }
                Instr::StoreSubscrFastFast(p) => {
                    let (s1, s2) = ((p >> 16) as usize, (p & 0xffff) as usize);
                    let v = frame.pop();
                    if frame.regs[s1].is_null() {
                        return Err(unbound_local(&code.varnames[s1].as_str()));
                    }
                    if frame.regs[s2].is_null() {
                        return Err(unbound_local(&code.varnames[s2].as_str()));
                    }
                    self.store_subscr(&frame.regs[s1], frame.regs[s2].clone(), v)?;
                }
                Instr::StoreSubscrFastConst(p) => {
                    // The container is read in place, as in SubscrFastConst.
                    let (slot, ci) = ((p >> 16) as usize, (p & 0xffff) as usize);
                    let v = frame.pop();
                    if frame.regs[slot].is_null() {
                        return Err(unbound_local(&code.varnames[slot].as_str()));
                    }
                    self.store_subscr(&frame.regs[slot], code.consts[ci].clone(), v)?;
                }
                Instr::DeleteSubscr => {
                    let key = frame.pop();
                    let obj = frame.pop();
                    self.delitem(&obj, &key)?;
                }
                Instr::SliceSubscr(n) => {
                    let step = if n == 3 { frame.pop() } else { Value::None };
                    let (stop, start, obj) = (frame.pop(), frame.pop(), frame.pop());
                    let v = self.slice_subscr(&obj, start, stop, step, n == 2)?;
                    frame.push(v);
                }
                Instr::BuildSlice(n) => {
                    let step = if n == 3 { frame.pop() } else { Value::None };
                    let stop = frame.pop();
                    let start = frame.pop();
                    frame.push(Value::other(Object::Slice { start, stop, step, simple: n == 2 }));
                }
                Instr::Pop => drop_fast(frame.pop()),
                Instr::Dup => {
                    let v = frame.top().clone();
                    frame.push(v);
                }
                Instr::DupTwo => {
                    let n = frame.regs.len();
                    let (a, b) = (frame.regs[n - 2].clone(), frame.regs[n - 1].clone());
                    frame.push(a);
                    frame.push(b);
                }
                Instr::RotTwo => {
                    let n = frame.regs.len();
                    frame.regs.swap(n - 1, n - 2);
                }
                Instr::RotThree => {
                    let n = frame.regs.len();
                    frame.regs[n - 3..].rotate_right(1);
                }
                Instr::Add => self.binary_op(frame, BinOp::Add)?,
                Instr::Sub => self.binary_op(frame, BinOp::Sub)?,
                Instr::Mul => self.binary_op(frame, BinOp::Mul)?,
                Instr::Binary(op) => {
                    if op == BinOp::Div && crate::modules::py3k::division_warning() {
                        // The classic-division warning names this line.
                        self.site = super::threads::site(code, *pc);
                    }
                    self.binary_op(frame, op)?
                }
                Instr::TrueDiv => {
                    let b = frame.pop();
                    let a = frame.pop();
                    let r = self.true_divide(&a, &b)?;
                    frame.push(r);
                }
                Instr::InplaceTrueDiv => {
                    let b = frame.pop();
                    let a = frame.pop();
                    let r = match self.call_dunder(&a, "__itruediv__", vec![b.clone()])? {
                        Some(r) if !super::ops::is_not_implemented(&r) => r,
                        _ => self.true_divide(&a, &b)?,
                    };
                    frame.push(r);
                }
                Instr::AugFastConst(a) => {
                    let (slot, konst) = (a.slot as usize, &code.consts[a.konst as usize]);
                    if let Some(v) = fast_arith(a.op, &frame.regs[slot], konst) {
                        // The old value is an int or a float: nothing to drop.
                        std::mem::forget(std::mem::replace(&mut frame.regs[slot], v));
                        continue;
                    }
                    let old = frame.regs[slot].clone();
                    if old.is_null() {
                        return Err(unbound_local(&code.varnames[slot].as_str()));
                    }
                    self.site = super::threads::site(code, *pc);
                    frame.regs[slot] = self.inplace(a.op, old, konst)?;
                }
                Instr::InplaceStoreFast(s) => {
                    let n = frame.regs.len();
                    let v = match fast_arith(s.op, &frame.regs[n - 2], &frame.regs[n - 1]) {
                        Some(v) => {
                            // Both operands are inline values: nothing to drop.
                            std::mem::forget(frame.regs.pop());
                            std::mem::forget(frame.regs.pop());
                            v
                        }
                        None => {
                            let b = frame.pop();
                            let a = frame.pop();
                            self.site = super::threads::site(code, *pc);
                            self.inplace(s.op, a, &b)?
                        }
                    };
                    drop_fast(std::mem::replace(&mut frame.regs[s.slot as usize], v));
                }
                Instr::Inplace(op) => {
                    if arith_in_place(&mut frame.regs, op) {
                        continue;
                    }
                    self.site = super::threads::site(code, *pc);
                    let b = frame.pop();
                    let a = frame.pop();
                    let r = self.inplace(op, a, &b)?;
                    frame.push(r);
                }
                Instr::Compare(op) => {
                    let n = frame.regs.len();
                    if let [Value::Int(x), Value::Int(y)] = &frame.regs[n - 2..] {
                        if !matches!(op, CmpOp::In | CmpOp::NotIn) {
                            let r = int_compare(op, *x, *y);
                            // Two ints: nothing to drop.
                            std::mem::forget(frame.regs.pop());
                            std::mem::forget(std::mem::replace(&mut frame.regs[n - 2], Value::bool(r)));
                            continue;
                        }
                    }
                    let b = frame.pop();
                    let a = frame.pop();
                    let r = match (&a, &b) {
                        (Value::Int(x), Value::Int(y)) if !matches!(op, CmpOp::In | CmpOp::NotIn) => {
                            Value::bool(int_compare(op, *x, *y))
                        }
                        _ => self.compare(op, &a, &b)?,
                    };
                    frame.push(r);
                }
                Instr::Unary(op) => {
                    let v = frame.pop();
                    let r = self.unary(op, &v)?;
                    frame.push(r);
                }
                Instr::Repr => {
                    let v = frame.pop();
                    let r = self.repr(&v)?;
                    frame.push(Value::Str(r));
                }
                Instr::Jump(t) => *pc = t as usize,
                Instr::PopJumpIfFalse(t) => {
                    if let Some(&Value::Bool(b)) = frame.regs.last() {
                        std::mem::forget(frame.regs.pop());
                        if (!b).get() {
                            *pc = t as usize;
                        }
                        continue;
                    }
                    let v = frame.pop();
                    if !self.truthy_fast(&v)? {
                        *pc = t as usize;
                    }
                    drop_fast(v);
                }
                Instr::CompareFastConstJump(c) | Instr::CompareFastConstLoop(c) => {
                    let (x, y) = (&frame.regs[c.slot as usize], &code.consts[c.konst as usize]);
                    let truth = match (x, y) {
                        (Value::Int(x), Value::Int(y)) if !matches!(c.op, CmpOp::In | CmpOp::NotIn) => {
                            int_compare(c.op, *x, *y)
                        }
                        (Value::Null, _) => return Err(unbound_local(&code.varnames[c.slot as usize].as_str())),
                        _ => {
                            let r = self.compare(c.op, x, y)?;
                            self.truthy_fast(&r)?
                        }
                    };
                    // A loop's closing test jumps back into the body when true;
                    // the loop's opening test jumps out when false.
                    if truth == matches!(ins, Instr::CompareFastConstLoop(_)) {
                        *pc = c.target as usize;
                    }
                }
                Instr::CompareJump(c) => {
                    // Peek instead of popping: reading the operands in place
                    // avoids moving 16-byte values through memory.
                    let n = frame.regs.len();
                    let ints = match &frame.regs[n - 2..] {
                        [Value::Int(x), Value::Int(y)] if !matches!(c.op, CmpOp::In | CmpOp::NotIn) => {
                            Some(int_compare(c.op, *x, *y))
                        }
                        _ => None,
                    };
                    let truth = match ints {
                        Some(r) => {
                            // Two ints: nothing to drop.
                            std::mem::forget(frame.regs.pop());
                            std::mem::forget(frame.regs.pop());
                            r
                        }
                        None => {
                            let b = frame.pop();
                            let a = frame.pop();
                            let r = self.compare(c.op, &a, &b)?;
                            self.truthy_fast(&r)?
                        }
                    };
                    if !truth {
                        *pc = c.target as usize;
                    }
                }
                Instr::PopJumpIfTrue(t) => {
                    if let Some(&Value::Bool(b)) = frame.regs.last() {
                        std::mem::forget(frame.regs.pop());
                        if b.get() {
                            *pc = t as usize;
                        }
                        continue;
                    }
                    let v = frame.pop();
                    if self.truthy_fast(&v)? {
                        *pc = t as usize;
                    }
                    drop_fast(v);
                }
                Instr::JumpIfFalseOrPop(t) => {
                    if !self.truthy_fast(frame.top())? {
                        *pc = t as usize;
                    } else {
                        frame.pop();
                    }
                }
                Instr::JumpIfTrueOrPop(t) => {
                    if self.truthy_fast(frame.top())? {
                        *pc = t as usize;
                    } else {
                        frame.pop();
                    }
                }
                Instr::GetIter => {
                    let v = frame.pop();
                    let it = self.iter(&v)?;
                    frame.push(it);
                }
                Instr::ForIterStore(s) => match self.next_fast(frame.top())? {
                    Some(v) => drop_fast(std::mem::replace(&mut frame.regs[s.slot as usize], v)),
                    None => {
                        frame.pop();
                        *pc = s.target as usize;
                    }
                },
                Instr::ForIterBack(s) => match self.next_fast(frame.top())? {
                    Some(v) => {
                        drop_fast(std::mem::replace(&mut frame.regs[s.slot as usize], v));
                        *pc = s.target as usize;
                    }
                    None => {
                        frame.pop();
                    }
                },
                Instr::ForIter(t) => {
                    let next = self.next_fast(frame.top())?;
                    match next {
                        Some(v) => frame.push(v),
                        None => {
                            frame.pop();
                            *pc = t as usize;
                        }
                    }
                }
                Instr::BuildTuple(n) => {
                    let start = frame.regs.len() - n as usize;
                    let items: Vec<Value> = frame.regs.drain(start..).collect();
                    frame.push(Value::tuple(items));
                }
                Instr::BuildList(n) => {
                    let start = frame.regs.len() - n as usize;
                    let items: Vec<Value> = frame.regs.drain(start..).collect();
                    frame.push(Value::list(items));
                }
                Instr::BuildSet(n) => {
                    let start = frame.regs.len() - n as usize;
                    let items: Vec<Value> = frame.regs.drain(start..).collect();
                    let s = crate::object::Set::from_values(self, false, items)?;
                    frame.push(Value::Set(Arc::new(s)));
                }
                Instr::BuildMap(n) => {
                    let start = frame.regs.len() - 2 * n as usize;
                    let items: Vec<Value> = frame.regs.drain(start..).collect();
                    // 2.7 presizes a display of more than 5 pairs.
                    let d = Dict::presized(n as usize)?;
                    let mut it = items.into_iter();
                    while let (Some(v), Some(k)) = (it.next(), it.next()) {
                        d.set(self, k, v)?;
                    }
                    let d = Arc::new(d);
                    super::collector::track_dict(&d);
                    frame.push(Value::Dict(d));
                }
                Instr::ListAppend(d) => {
                    let v = frame.pop();
                    let n = frame.regs.len();
                    if let Value::List(l) = &frame.regs[n - d as usize] {
                        l.try_push(v)?;
                    }
                }
                Instr::SetAdd(d) => {
                    let v = frame.pop();
                    let n = frame.regs.len();
                    if let Value::Set(s) = frame.regs[n - d as usize].clone() {
                        s.add(self, v)?;
                    }
                }
                Instr::MapAdd(d) => {
                    let k = frame.pop();
                    let v = frame.pop();
                    let n = frame.regs.len();
                    if let Value::Dict(m) = frame.regs[n - d as usize].clone() {
                        m.set(self, k, v)?;
                    }
                }
                Instr::UnpackSequence(n) => {
                    let v = frame.pop();
                    self.unpack_sequence(instrs, pc, frame, v, n as usize)?;
                }
                Instr::MakeFunction(i) => {
                    let f = self.make_function(frame, globals, &code.consts[i as usize].clone());
                    frame.push(f);
                }
                Instr::ReturnValue => {
                    let v = frame.pop();
                    return Ok(Step::Return(v));
                }
                Instr::YieldValue => {
                    let v = frame.pop();
                    return Ok(Step::Yield(v));
                }
                Instr::SetupExcept(t) | Instr::SetupWith(t) => {
                    if let Instr::SetupWith(_) = ins {
                        let mgr = frame.pop();
                        self.site = super::threads::site(code, *pc);
                        let (exit, entered) = self.enter_context(&mgr)?;
                        frame.push(exit);
                        frame.blocks.push(Block { handler: t, stack_len: frame.regs.len() as u32 });
                        frame.push(entered);
                    } else {
                        frame.blocks.push(Block { handler: t, stack_len: frame.regs.len() as u32 });
                    }
                }
                Instr::PopBlock => {
                    frame.blocks.pop();
                }
                Instr::PopExcept => {}
                Instr::Raise(n) => {
                    let mut args = Vec::new();
                    for _ in 0..n {
                        args.push(frame.pop());
                    }
                    args.reverse();
                    return Err(self.make_raise(args, frame.exc_depth));
                }
                Instr::FinallyExc => {}
                Instr::Reraise => {
                    let v = frame.pop();
                    if let Some(state) = super::frame::take_pending(&v) {
                        return Err(PyErr(Box::new(state)));
                    }
                    let traceback = match self.exc_stack.last() {
                        Some(s) if s.value.is(&v) => s.traceback.clone(),
                        _ => Default::default(),
                    };
                    return Err(PyErr(Box::new(ExcState { value: v, traceback })));
                }
                Instr::ExcMatch => {
                    let cls = frame.pop();
                    let m = self.exception_matches(frame.top(), &cls)?;
                    frame.push(Value::bool(m));
                }
                Instr::WithExitNormal => {
                    let exit = frame.pop();
                    self.call(&exit, vec![Value::None, Value::None, Value::None])?;
                }
                Instr::WithExitExc => {
                    let exc = frame.pop();
                    let exit = frame.pop();
                    let cls = Value::Class(exc.class());
                    let traceback = match self.exc_stack.last() {
                        Some(s) if s.value.is(&exc) => s.traceback.clone(),
                        _ => Default::default(),
                    };
                    // __exit__ gets the traceback object, as in CPython.
                    let tb = crate::modules::traceback::traceback_object(&traceback);
                    let r = self.call(&exit, vec![cls, exc.clone(), tb])?;
                    if !self.truthy(&r)? {
                        // Re-raise with the original traceback.
                        return Err(PyErr(Box::new(ExcState { value: exc, traceback })));
                    }
                }
                Instr::PrintItem => {
                    let v = frame.pop();
                    self.print_item(None, &v)?;
                }
                Instr::PrintItemTo => {
                    let v = frame.pop();
                    let stream = frame.top().clone();
                    self.print_item(Some(&stream), &v)?;
                }
                Instr::PrintNewline => self.print_newline(None)?,
                Instr::PrintNewlineTo => {
                    let stream = frame.pop();
                    self.print_newline(Some(&stream))?;
                }
                Instr::PrintExpr => {
                    let v = frame.pop();
                    self.print_expr(&v)?;
                }
                Instr::ImportName(i) => {
                    let m = self.import_top(&code.names[i as usize].as_str(), globals)?;
                    frame.push(m);
                }
                Instr::ImportModule(i) => {
                    let m = self.import_module(&code.names[i as usize].as_str(), globals)?;
                    frame.push(m);
                }
                Instr::ImportFrom(i) => {
                    let v = self.import_from(frame.top(), &code.names[i as usize])?;
                    frame.push(v);
                }
                Instr::ImportStar => {
                    let m = frame.pop();
                    let ns = frame.locals.clone().unwrap_or_else(|| globals.clone());
                    self.import_star(&m, &ns)?;
                }
                Instr::RaiseAssert(n) => {
                    let args = if n == 1 { vec![frame.pop()] } else { vec![] };
                    return Err(PyErr::with_args(ExcKind::AssertionError, args));
                }
                Instr::LoadLocals => {
                    let l = frame.locals.clone().unwrap_or_else(|| globals.clone());
                    frame.push(Value::Dict(l));
                }
                Instr::BuildClass => {
                    let dict = frame.pop();
                    let bases = frame.pop();
                    let name = frame.pop();
                    self.site = super::threads::site(code, *pc);
                    let cls = self.build_class(name, bases, dict)?;
                    frame.push(cls);
                }
            }
        }
    }

    /// `obj[key]` for operands read in place from fast locals (no
    /// reference-count traffic on them): list[int] under the list's lock,
    /// everything else through `getitem` (callees cannot rebind locals).
    #[inline]
    fn subscr_in_place(&mut self, obj: &Value, key: &Value) -> PyResult {
        if let (Value::List(l), Value::Int(i)) = (obj, key) {
            let g = l.items.lock();
            let j = if *i < 0 { *i + g.len() as i64 } else { *i };
            if let Some(v) = g.get(j.max(0) as usize).filter(|_| j >= 0) {
                return Ok(v.clone());
            }
        }
        self.getitem(obj, key)
    }

    /// `obj[key] = v`, with a list[int] store done in place here and
    /// everything else (dict stores included) out of line.
    #[inline(always)]
    fn store_subscr(&mut self, obj: &Value, key: Value, v: Value) -> PyResult<()> {
        if let (Value::List(l), Value::Int(i)) = (obj, &key) {
            let mut g = l.items.lock();
            let j = if *i < 0 { *i + g.len() as i64 } else { *i };
            if let Some(slot) = g.get_mut(j as usize).filter(|_| j >= 0) {
                let old = std::mem::replace(slot, v);
                drop(g);
                drop_fast(old);
                return Ok(());
            }
        }
        self.store_subscr_slow(obj, key, v)
    }

    /// Something is pending between instructions: a drop request, a signal,
    /// or (policy `old`, which keeps the breaker set) the check-interval tick.
    #[cold]
    fn eval_breaker(&mut self, code: &Arc<Code>, globals: &Arc<Dict>, frame: &FrameState, pc: usize) -> PyResult<()> {
        if self.tracer.is_some() {
            self.line_event(code, globals, frame, pc)?;
        }
        // Only meaningful under `-X gil-stats`, which keeps the breaker set.
        self.instructions += 1;
        if self.tick_budget != 0 {
            self.tick_budget -= 1;
            if self.tick_budget == 0 {
                if self.interp.gil.has_waiters() {
                    self.switch_gil(false);
                }
                self.tick_budget = self.interp.gil.check_interval() as u32;
            }
        }
        let gil = &self.interp.gil;
        if gil.drop_requested() {
            self.switch_gil(true);
        } else if !gil.always_breaks() {
            gil.update_breaker();
        }
        if self.is_main_thread() && super::gil::PENDING_SIGNALS.load(Ordering::Relaxed) != 0 {
            self.run_pending_signals()?;
        }
        if crate::modules::weakref::CALLBACKS_DUE.load(Ordering::Relaxed) {
            crate::modules::weakref::run_due_callbacks(self);
        }
        if super::collector::STOP_REQUESTED.load(Ordering::Acquire) {
            super::collector::world_pause();
        }
        if super::collector::DUE.load(Ordering::Relaxed) {
            super::collector::collect_if_due(self);
        }
        if super::finalize::PENDING_COUNT.load(Ordering::Relaxed) != 0 {
            super::finalize::run_pending(self);
        }
        Ok(())
    }

    /// The frame of a call to a `simple` function that takes exactly the
    /// arguments at `regs[first..]`; `base` is where the callable sat. The
    /// hot path of Python-to-Python calls, kept apart from `call_from_stack`.
    #[inline(always)]
    fn simple_call(&mut self, f: Arc<Function>, frame: &mut FrameState, first: usize, base: usize) -> PyResult<Frame> {
        let new = self.simple_frame(f, &mut frame.regs, first)?;
        // Only Nulls are left above `base`: nothing to drop.
        while frame.regs.len() > base {
            std::mem::forget(frame.regs.pop());
        }
        Ok(new)
    }

    /// Calls a native function on the arguments at `regs[first..]` in place,
    /// then replaces everything from `base` (where the callable sat) with
    /// its result.
    #[inline(always)]
    fn call_native_on_stack(
        &mut self,
        func: crate::object::NativeFn,
        frame: &mut FrameState,
        first: usize,
        base: usize,
        kwargs: &[(Arc<crate::object::PyStr>, Value)],
    ) -> PyResult<()> {
        let r = func(self, &frame.regs[first..], kwargs);
        frame.regs.truncate(base);
        frame.push(r?);
        Ok(())
    }

    /// Calls `func` with the arguments at `regs[first..]`; `base` is where the
    /// callable sat. Python functions become a new frame for the driver.
    #[inline(never)]
    #[allow(clippy::too_many_arguments)]
    fn call_from_stack(
        &mut self,
        code: &Arc<Code>,
        globals: &Arc<Dict>,
        frame: &mut FrameState,
        func: Value,
        first: usize,
        base: usize,
        kwargs: &[(Arc<crate::object::PyStr>, Value)],
    ) -> PyResult<Option<Step>> {
        let func = match func {
            Value::Func(f) if f.swapped() => Value::Func(f.current()),
            func => func,
        };
        if let Value::Func(f) = &func {
            if !f.code.is_generator {
                let Value::Func(f) = func else { unreachable!("matched above") };
                let end = frame.regs.len();
                if kwargs.is_empty() && f.code.fills_with_defaults(end - first, f.defaults.len()) {
                    let new = self.defaults_frame(f, &mut frame.regs, first)?;
                    // Only the callable's slot (a Null) is left above `base`.
                    while frame.regs.len() > base {
                        std::mem::forget(frame.regs.pop());
                    }
                    return Ok(Some(Step::Call(new)));
                }
                // Move the arguments out, leaving Nulls that need no dropping.
                let regs = &mut frame.regs;
                let args = (first..end).map(|i| std::mem::replace(&mut regs[i], Value::Null));
                let new = self.new_frame(f, args, kwargs)?;
                while frame.regs.len() > base {
                    std::mem::forget(frame.regs.pop());
                }
                return Ok(Some(Step::Call(new)));
            }
        }
        // Where a native call that blocks was made (one store, no refcount).
        self.site = super::threads::site(code, frame.pc);
        if let Value::Class(c) = &func {
            if let Some(init) = super::call::inline_init(c) {
                let obj = super::call::plain_instance(c);
                let nargs = frame.regs.len() - first;
                let mut new = if kwargs.is_empty() && init.code.takes_exactly(nargs + 1) {
                    // `regs[first - 1]` held the callable (taken out): the
                    // instance goes there, before the arguments.
                    frame.regs[first - 1] = obj.clone();
                    self.simple_frame(init, &mut frame.regs, first - 1)?
                } else {
                    let regs = &mut frame.regs;
                    let args = (first..regs.len()).map(|i| std::mem::replace(&mut regs[i], Value::Null));
                    self.new_frame(init, std::iter::once(obj.clone()).chain(args), kwargs)?
                };
                while frame.regs.len() > base {
                    std::mem::forget(frame.regs.pop());
                }
                frame.push(obj);
                new.init = true;
                return Ok(Some(Step::Call(new)));
            }
        }
        match &func {
            Value::Builtin(b) if !b.needs_frame && self.tracer.is_some() => {
                self.traced_builtin(code, globals, frame, &func, first, base, kwargs).map(|_| None)
            }
            Value::Builtin(b) if !b.needs_frame => {
                if b.args != ArgSpec::Any {
                    let r = match &b.bound {
                        Some(bound) => {
                            let mut all = vec![bound.clone()];
                            all.extend(frame.regs[first..].iter().cloned());
                            crate::modules::arity::check(b.name, b.args, &all, kwargs)
                        }
                        None => crate::modules::arity::check(b.name, b.args, &frame.regs[first..], kwargs),
                    };
                    if let Err(e) = r {
                        frame.regs.truncate(base);
                        return Err(e);
                    }
                }
                if let Some(bound) = &b.bound {
                    let mut args = vec![bound.clone()];
                    args.extend(frame.regs[first..].iter().cloned());
                    let r = (b.func)(self, &args, kwargs);
                    frame.regs.truncate(base);
                    frame.push(r?);
                } else {
                    self.call_native_on_stack(b.func, frame, first, base, kwargs)?;
                }
                Ok(None)
            }
            Value::Builtin(b) => {
                let args: Vec<Value> = frame.regs.drain(first..).collect();
                frame.regs.truncate(base);
                // `sys._getframe` is a C function to a profiler, as in 2.7.
                let traced = self.tracer.is_some() && b.name == "_getframe";
                if traced {
                    let site = self.site;
                    self.c_event(code, globals, frame, "c_call", &func)?;
                    self.site = site;
                }
                let r = self.call_frame_builtin(code, globals, frame, (b.name, kwargs), args);
                if traced {
                    self.c_event(code, globals, frame, if r.is_ok() { "c_return" } else { "c_exception" }, &func)?;
                }
                frame.push(r?);
                Ok(None)
            }
            Value::Other(o) if matches!(&**o, Object::BoundMethod { .. }) => {
                let Object::BoundMethod { func: inner, self_ } = &**o else { unreachable!() };
                if let Value::Func(f) = inner {
                    let f = f.current();
                    if !f.code.is_generator {
                        let args = std::iter::once(self_.clone()).chain(frame.regs.drain(first..));
                        let new = self.new_frame(f, args, kwargs)?;
                        frame.regs.truncate(base);
                        return Ok(Some(Step::Call(new)));
                    }
                }
                let mut args = vec![self_.clone()];
                args.extend(frame.regs.drain(first..));
                frame.regs.truncate(base);
                // A built-in method is called directly (no PyObject_Call).
                let r = if matches!(inner, Value::Builtin(_)) {
                    self.call_kw_uncounted(inner, args, kwargs)?
                } else {
                    self.call_kw(inner, args, kwargs)?
                };
                frame.push(r);
                Ok(None)
            }
            _ => {
                let args: Vec<Value> = frame.regs.drain(first..).collect();
                frame.regs.truncate(base);
                // CPython calls a built-in function without keywords
                // directly, anything else through PyObject_Call (counted).
                let r = if matches!(func, Value::Builtin(_)) && kwargs.is_empty() {
                    self.call_kw_uncounted(&func, args, kwargs)?
                } else {
                    self.call_kw(&func, args, kwargs)?
                };
                frame.push(r);
                Ok(None)
            }
        }
    }

    /// A function object for the code constant `c`, closing over this frame.
    fn make_function(&mut self, frame: &mut FrameState, globals: &Arc<Dict>, c: &Value) -> Value {
        let Value::Other(o) = c else { return Value::None };
        let Object::Code(code) = &**o else { return Value::None };
        let nd = code.ndefaults as usize;
        let start = frame.regs.len() - nd;
        let defaults: Vec<Value> = frame.regs.drain(start..).collect();
        let closure: Vec<_> = code.closure_from.iter().map(|&i| frame.cells[i as usize].clone()).collect();
        let tracked = !closure.is_empty();
        let f = Arc::new(Function {
            gc: Default::default(),
            code: code.clone(),
            globals: globals.clone(),
            defaults,
            closure,
            name: crate::object::lock::Mutex::new(code.name.clone()),
            doc: crate::object::lock::Mutex::new(code.doc.clone()),
            dict: Arc::new(Dict::new()),
            swap: Default::default(),
        });
        if tracked {
            super::collector::track_func(&f);
        }
        Value::Func(f)
    }

    /// Builds the exception for `raise` with 0 to 3 operands.
    fn make_raise(&mut self, args: Vec<Value>, exc_depth: usize) -> PyErr {
        let mut it = args.into_iter();
        let Some(first) = it.next() else {
            // Bare raise: the exception being handled.
            return match self.exc_stack.last() {
                Some(s) => {
                    let _ = exc_depth;
                    PyErr(Box::new(ExcState { value: s.value.clone(), traceback: s.traceback.clone() }))
                }
                _ => PyErr::new(
                    ExcKind::TypeError,
                    "exceptions must be old-style classes or derived from BaseException, not NoneType",
                ),
            };
        };
        let second = it.next();
        // raise t, v, tb: the exception continues the given traceback.
        let tb = match it.next() {
            None | Some(Value::None) => None,
            Some(tb) => match crate::modules::traceback::entries_innermost_first(&tb) {
                Some(entries) => Some(entries),
                None => return PyErr::new(ExcKind::TypeError, "raise: arg 3 must be a traceback or None"),
            },
        };
        match self.exception_from(first, second) {
            Ok(v) => {
                // A raise statement hands CPython a normalized exception.
                super::finalize::note_raised(&v);
                let mut e = PyErr::from_value(v);
                if let Some(entries) = tb {
                    e.0.traceback = entries.into();
                    self.raised_with_tb = true;
                }
                e
            }
            Err(e) => e,
        }
    }
}

impl Vm {
    /// `TOS1 op TOS`: in place for ints and floats, else the full dispatch
    /// (long promotion, sequences, dunder methods).
    #[inline(always)]
    fn binary_op(&mut self, frame: &mut FrameState, op: BinOp) -> PyResult<()> {
        if arith_in_place(&mut frame.regs, op) {
            return Ok(());
        }
        let b = frame.pop();
        let a = frame.pop();
        let r = self.binary(op, &a, &b)?;
        frame.push(r);
        Ok(())
    }
}

/// `TOS1 op TOS` for two ints (without overflow) or two floats, computed in
/// place on the stack: reading operands where they lie avoids moving 16-byte
/// values through memory. False when the slow path must decide.
#[inline(always)]
fn arith_in_place(regs: &mut Vec<Value>, op: BinOp) -> bool {
    let n = regs.len();
    if n < 2 {
        return false;
    }
    match fast_arith(op, &regs[n - 2], &regs[n - 1]) {
        Some(v) => {
            // Both operands are inline values: nothing to drop.
            std::mem::forget(regs.pop());
            std::mem::forget(std::mem::replace(&mut regs[n - 2], v));
            true
        }
        None => false,
    }
}

/// `a op b` for two ints or two floats when no overflow, error or Python
/// code can come of it; `None` sends the operation down the general path.
#[inline(always)]
fn fast_arith(op: BinOp, a: &Value, b: &Value) -> Option<Value> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => match op {
            BinOp::Add => x.checked_add(*y).map(Value::Int),
            BinOp::Sub => x.checked_sub(*y).map(Value::Int),
            BinOp::Mul => x.checked_mul(*y).map(Value::Int),
            BinOp::BitAnd => Some(Value::Int(x & y)),
            BinOp::BitOr => Some(Value::Int(x | y)),
            BinOp::BitXor => Some(Value::Int(x ^ y)),
            BinOp::Mod | BinOp::FloorDiv | BinOp::Div
                if *y > 0 && *x >= 0 && (op != BinOp::Div || !crate::modules::py3k::division_warning()) =>
            {
                Some(Value::Int(if op == BinOp::Mod { x % y } else { x / y }))
            }
            _ => None,
        },
        (Value::Float(x), Value::Float(y)) => match op {
            BinOp::Add => Some(Value::float(x.get() + y.get())),
            BinOp::Sub => Some(Value::float(x.get() - y.get())),
            BinOp::Mul => Some(Value::float(x.get() * y.get())),
            BinOp::Div if y.get() != 0.0 && !crate::modules::py3k::division_warning() => {
                Some(Value::float(x.get() / y.get()))
            }
            BinOp::Pow if x.get() > 0.0 => Some(x.get().powf(y.get())).filter(|r| r.is_finite()).map(Value::float),
            _ => None,
        },
        _ => None,
    }
}

/// Drops the driver's list of callee frames, which is empty when a frame
/// returns: a list that never allocated (most generator resumptions) is
/// forgotten instead of going through its drop glue, a call.
#[inline(always)]
fn release(callees: Vec<Frame>) {
    if callees.capacity() == 0 {
        std::mem::forget(callees);
    } else {
        drop(callees);
    }
}

#[inline]
fn int_compare(op: CmpOp, x: i64, y: i64) -> bool {
    match op {
        CmpOp::Lt => x < y,
        CmpOp::LtE => x <= y,
        CmpOp::Gt => x > y,
        CmpOp::GtE => x >= y,
        CmpOp::Eq | CmpOp::Is => x == y,
        CmpOp::NotEq | CmpOp::IsNot => x != y,
        CmpOp::In | CmpOp::NotIn => false,
    }
}

pub fn name_error(name: &str) -> PyErr {
    PyErr::new(ExcKind::NameError, format!("name '{}' is not defined", name))
}

fn unbound_local(name: &str) -> PyErr {
    PyErr::new(ExcKind::UnboundLocalError, format!("local variable '{}' referenced before assignment", name))
}

fn free_var_error(code: &crate::object::Code, i: usize) -> PyErr {
    let names: Vec<_> = code.cellvars.iter().chain(code.freevars.iter()).collect();
    let name = names.get(i).map(|n| n.to_string_lossy()).unwrap_or_default();
    // The function's own cell is a local of it, as CPython reports.
    if i < code.cellvars.len() {
        return unbound_local(&name);
    }
    PyErr::new(ExcKind::NameError, format!("free variable '{}' referenced before assignment in enclosing scope", name))
}
