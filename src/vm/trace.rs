//! `sys.settrace` and `sys.setprofile`: the hooks the evaluation loop calls
//! while a thread has a trace or profile function. The loop tests one
//! `Option` per call and return; line events come from the eval breaker,
//! which stays set while any thread traces (`TRACING`), so an untraced run
//! pays nothing per instruction.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, OnceLock};

use super::eval::Step;
use super::frame::{Frame, FrameState};
use super::Vm;
use crate::object::class::{types, Class};
use crate::object::{Code, Dict, Instance, Object, PyErr, PyResult, PyStr, Value};

/// Threads with a trace function: while non-zero the eval breaker stays set.
pub static TRACING: AtomicUsize = AtomicUsize::new(0);

/// One thread's trace and profile functions and the frame objects handed
/// to them, indexed by call depth (`Vm::callers.len()`).
#[derive(Default)]
pub struct Tracer {
    pub trace: Option<Value>,
    pub profile: Option<Value>,
    frames: Vec<Option<Slot>>,
    /// Inside a trace or profile function: no events (CPython's `tracing`).
    busy: bool,
    /// A 'line' event's trace function runs: `f_lineno` may be assigned.
    in_line: bool,
    /// Frame objects of suspended generators, by the address of their
    /// boxed state: a resumed generator gets its object back.
    suspended: Vec<(usize, Arc<Instance>)>,
    /// The error of a 'call' event for a frame the driver has yet to run:
    /// raised by the eval breaker before the frame's first instruction.
    raise: Option<PyErr>,
}

struct Slot {
    obj: Arc<Instance>,
    last_pc: usize,
}

thread_local! {
    /// Frame objects `sys._getframe` made while no tracer was set, by call
    /// depth: a tracer set afterwards (`bdb.set_trace`) adopts them, so a
    /// frame's `f_trace` set beforehand is the one its events go to.
    static LOOSE: std::cell::RefCell<Vec<Option<Arc<Instance>>>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// The frame object of the running frame at `depth`, if a tracer or an
/// earlier `_getframe` made one for the same code; else a new one made by
/// `make`, remembered for later calls.
pub(crate) fn shared_frame(
    vm: &mut Vm,
    depth: usize,
    code: &Arc<Code>,
    make: impl FnOnce() -> Arc<Instance>,
) -> Arc<Instance> {
    let same = |o: &Arc<Instance>| matches!(o.dict.get_str(&PyStr::from_str("f_code")), Some(Value::Other(c)) if matches!(&*c, Object::Code(c) if c.id == code.id));
    if let Some(t) = vm.tracer.as_mut() {
        if let Some(Some(s)) = t.frames.get(depth) {
            if same(&s.obj) {
                return s.obj.clone();
            }
        }
        let obj = make();
        if t.frames.len() <= depth {
            t.frames.resize_with(depth + 1, || None);
        }
        t.frames[depth] = Some(Slot { obj: obj.clone(), last_pc: usize::MAX });
        return obj;
    }
    LOOSE.with(|l| {
        let mut l = l.borrow_mut();
        if let Some(Some(o)) = l.get(depth) {
            if same(o) {
                return o.clone();
            }
        }
        let obj = make();
        if l.len() <= depth {
            l.resize_with(depth + 1, || None);
        }
        l[depth] = Some(obj.clone());
        obj
    })
}

/// Drops the per-depth table's hold on a frame object whose frame ended.
pub(crate) fn forget_loose(obj: &Arc<Instance>) {
    LOOSE.with(|l| {
        for slot in l.borrow_mut().iter_mut() {
            if slot.as_ref().is_some_and(|o| Arc::ptr_eq(o, obj)) {
                *slot = None;
            }
        }
    });
}

pub(crate) fn frame_class() -> Arc<Class> {
    static CLASS: OnceLock<Arc<Class>> = OnceLock::new();
    CLASS
        .get_or_init(|| {
            let d = Dict::new();
            let get = crate::object::function::Builtin::new("frame.f_lineno", get_lineno);
            let set = crate::object::function::Builtin::new("frame.f_lineno", set_lineno);
            let prop = Object::Property { fget: get, fset: set, fdel: Value::None, doc: Value::None };
            d.set_str("f_lineno", Value::other(prop));
            let c = Class::new("frame", vec![types().object.clone()], Arc::new(d), false)
                .expect("a class with one base always linearizes");
            // The type's view of the attributes each frame holds, as 2.7's.
            let members = ["f_back", "f_builtins", "f_code", "f_globals", "f_lasti"];
            let getsets = ["f_exc_traceback", "f_exc_type", "f_exc_value", "f_locals", "f_restricted", "f_trace"];
            let attrs: Vec<_> = members
                .iter()
                .map(|n| (*n, "", true, false))
                .chain(getsets.iter().map(|n| (*n, "", false, *n == "f_trace")))
                .collect();
            crate::modules::descr::add_native_attrs(&c, &attrs);
            c
        })
        .clone()
}

/// The Step of the loop as the hooks see it.
pub(crate) enum Event<'a> {
    Call(&'a Frame),
    Return(Value),
}

impl Vm {
    /// `sys.settrace` (`profile` false) or `sys.setprofile` for this thread.
    pub fn set_hook(&mut self, profile: bool, f: Option<Value>) {
        if self.tracer.is_none() && f.is_some() {
            let frames = LOOSE.with(|l| std::mem::take(&mut *l.borrow_mut()));
            let t = self.tracer.get_or_insert_with(Box::default);
            t.frames = frames.into_iter().map(|o| o.map(|obj| Slot { obj, last_pc: usize::MAX })).collect();
        }
        let t = self.tracer.get_or_insert_with(Box::default);
        let was = t.trace.is_some();
        if profile {
            t.profile = f;
        } else {
            t.trace = f;
        }
        let now = t.trace.is_some();
        if t.trace.is_none() && t.profile.is_none() && t.raise.is_none() {
            self.tracer = None;
        }
        if now && !was {
            TRACING.fetch_add(1, Ordering::Relaxed);
            super::gil::EVAL_BREAKER.store(true, Ordering::Release);
        } else if was && !now {
            TRACING.fetch_sub(1, Ordering::Relaxed);
        }
    }

    pub fn get_hook(&self, profile: bool) -> Value {
        let t = self.tracer.as_ref();
        let f = if profile { t.and_then(|t| t.profile.clone()) } else { t.and_then(|t| t.trace.clone()) };
        f.unwrap_or(Value::None)
    }

    /// The frame object for the frame at `depth`, made on first use.
    fn frame_object(&mut self, depth: usize, code: &Arc<Code>, globals: &Arc<Dict>) -> Option<Arc<Instance>> {
        let t = self.tracer.as_mut()?;
        if t.frames.len() <= depth {
            t.frames.resize_with(depth + 1, || None);
        }
        if let Some(s) = &t.frames[depth] {
            let same = matches!(s.obj.dict.get_str(&PyStr::from_str("f_code")), Some(Value::Other(c)) if matches!(&*c, Object::Code(c) if c.id == code.id));
            if same {
                return Some(s.obj.clone());
            }
        }
        let f = Instance::new(frame_class(), Value::None);
        f.dict.set_str("f_code", Value::other(Object::Code(code.clone())));
        f.dict.set_str("f_globals", Value::Dict(globals.clone()));
        f.dict.set_str("f_trace", Value::None);
        f.dict.set_str("f_lasti", Value::Int(-1));
        f.dict.set_str("f_restricted", Value::Bool(crate::object::BoolBits::FALSE));
        let back = depth
            .checked_sub(1)
            .and_then(|d| t.frames.get(d))
            .and_then(|s| s.as_ref())
            .map(|s| Value::Instance(s.obj.clone()))
            .unwrap_or(Value::None);
        f.dict.set_str("f_back", back);
        let obj = Arc::new(f);
        t.frames[depth] = Some(Slot { obj: obj.clone(), last_pc: usize::MAX });
        Some(obj)
    }

    /// Refreshes `f_lineno` and `f_locals` before an event.
    fn refresh(&self, obj: &Instance, code: &Code, state: &FrameState, line: u32) {
        obj.dict.set_str("f_lineno", Value::Int(line as i64));
        let locals = match &state.locals {
            Some(d) => d.clone(),
            // Module code, or exec'd code given one dict for both.
            None if !matches!(code.kind, crate::compile::code::CodeKind::Function) => obj
                .dict
                .get_str(&PyStr::from_str("f_globals"))
                .and_then(|g| if let Value::Dict(d) = g { Some(d) } else { None })
                .unwrap_or_default(),
            None => {
                let d = Dict::new();
                for (i, name) in code.varnames.iter().enumerate() {
                    if let Some(v) = state.regs.get(i) {
                        if !v.is_null() {
                            d.set_str(&name.as_str(), v.clone());
                        }
                    }
                }
                Arc::new(d)
            }
        };
        obj.dict.set_str("f_locals", Value::Dict(locals));
    }

    /// Calls a trace or profile function; an error turns tracing off, as
    /// in CPython, and goes on as the frame's exception.
    fn call_hook(&mut self, f: &Value, frame: &Arc<Instance>, what: &str, arg: Value) -> PyResult {
        let profile =
            self.tracer.as_ref().is_some_and(|t| t.profile.as_ref().is_some_and(|p| p.is(f))) && what != "line";
        if let Some(t) = self.tracer.as_mut() {
            t.busy = true;
        }
        let r = self.call(f, vec![Value::Instance(frame.clone()), Value::str(what), arg]);
        if let Some(t) = self.tracer.as_mut() {
            t.busy = false;
        }
        if r.is_err() {
            self.set_hook(profile, None);
        }
        r
    }

    /// Keeps `e` for the eval breaker to raise in the frame about to run.
    pub(crate) fn defer_raise(&mut self, e: PyErr) -> PyResult<()> {
        self.tracer.get_or_insert_with(Box::default).raise = Some(e);
        super::gil::EVAL_BREAKER.store(true, Ordering::Release);
        Ok(())
    }

    fn idle(&self) -> bool {
        self.tracer.as_ref().is_none_or(|t| t.busy)
    }

    /// Sends `what` to the frame's local trace function (`f_trace`); its
    /// result, unless None, becomes the new one.
    fn local_event(&mut self, obj: &Arc<Instance>, what: &str, arg: Value) -> PyResult<()> {
        let key = PyStr::from_str("f_trace");
        let Some(f) = obj.dict.get_str(&key).filter(|f| !f.is_none()) else { return Ok(()) };
        let r = self.call_hook(&f, obj, what, arg)?;
        if !r.is_none() {
            obj.dict.set_str("f_trace", r);
        }
        Ok(())
    }

    /// A frame starts (`Event::Call`, at `depth`) or the frame at `depth`
    /// ends with `Event::Return`: the driver's hook for both the profiler
    /// and the trace and profile functions.
    pub(crate) fn frame_event(
        &mut self,
        depth: usize,
        ev: Event,
        code: &Arc<Code>,
        state: &FrameState,
    ) -> PyResult<()> {
        if let Some(p) = self.profiler.as_mut() {
            match ev {
                Event::Call(f) => p.enter(f.code()),
                Event::Return(_) => p.exit(),
            }
        }
        if self.idle() {
            return Ok(());
        }
        let (trace, profile) = match self.tracer.as_ref() {
            Some(t) => (t.trace.clone(), t.profile.clone()),
            None => return Ok(()),
        };
        match ev {
            Event::Call(f) => {
                if let Some(t) = self.tracer.as_mut() {
                    if t.frames.len() <= depth {
                        t.frames.resize_with(depth + 1, || None);
                    }
                    let key = &*f.state as *const FrameState as usize;
                    let resumed = t.suspended.iter().position(|(k, _)| *k == key).map(|i| t.suspended.swap_remove(i).1);
                    let back = depth.checked_sub(1).and_then(|d| t.frames.get(d)).and_then(|s| s.as_ref());
                    let back = back.map(|s| Value::Instance(s.obj.clone())).unwrap_or(Value::None);
                    t.frames[depth] = resumed.map(|obj| {
                        obj.dict.set_str("f_back", back);
                        Slot { obj, last_pc: usize::MAX }
                    });
                }
                let Some(obj) = self.frame_object(depth, f.code(), f.globals()) else { return Ok(()) };
                let line = if f.pc == 0 { f.code().first_line } else { f.line() };
                self.refresh(&obj, f.code(), f, line);
                if let Some(p) = profile {
                    self.call_hook(&p, &obj, "call", Value::None)?;
                }
                if let Some(t) = trace {
                    let r = self.call_hook(&t, &obj, "call", Value::None)?;
                    obj.dict.set_str("f_trace", r);
                }
            }
            Event::Return(v) => {
                let slot = self.tracer.as_mut().and_then(|t| t.frames.get_mut(depth).and_then(|s| s.take()));
                let obj = match slot {
                    Some(s) => s.obj,
                    None if profile.is_some() => {
                        let Some(o) = self.frame_object(depth, code, &Arc::new(Dict::new())) else { return Ok(()) };
                        o
                    }
                    None => return Ok(()),
                };
                self.refresh(&obj, code, state, code.line_at(state.pc.saturating_sub(1)));
                if let Some(p) = profile {
                    self.call_hook(&p, &obj, "return", v.clone())?;
                }
                if trace.is_some() {
                    self.local_event(&obj, "return", v)?;
                }
                if let Some(t) = self.tracer.as_mut() {
                    t.frames.truncate(depth);
                }
            }
        }
        Ok(())
    }

    /// The profile and trace hooks for a step of the driver (`trace.rs`).
    #[cold]
    pub(super) fn step_event(&mut self, frame: &Frame, step: PyResult<Step>) -> PyResult<Step> {
        let (depth, code) = (self.callers.len(), frame.code().clone());
        let r = match &step {
            // An error of the 'call' event is raised inside the callee (trace.rs).
            Ok(Step::Call(f)) => {
                self.frame_event(depth + 1, Event::Call(f), &f.code().clone(), f).or_else(|e| self.defer_raise(e))
            }
            Ok(Step::Yield(v)) => {
                let obj = self
                    .tracer
                    .as_ref()
                    .and_then(|t| t.frames.get(depth))
                    .and_then(|s| s.as_ref())
                    .map(|s| s.obj.clone());
                let r = self.frame_event(depth, Event::Return(v.clone()), &code, frame);
                if let (Some(t), Some(obj)) = (self.tracer.as_mut(), obj) {
                    // Bounded: generators dropped while suspended leave entries.
                    if t.suspended.len() >= 1024 {
                        t.suspended.remove(0);
                    }
                    t.suspended.push((&*frame.state as *const FrameState as usize, obj));
                }
                r
            }
            Ok(Step::Return(v)) => self.frame_event(depth, Event::Return(v.clone()), &code, frame),
            Err(_) => self.frame_event(depth, Event::Return(Value::None), &code, frame),
        };
        r.and(step)
    }

    /// The eval breaker's part: a 'line' event when the instruction at `pc`
    /// starts a new line or jumps back.
    #[cold]
    pub(crate) fn line_event(
        &mut self,
        code: &Arc<Code>,
        globals: &Arc<Dict>,
        state: &FrameState,
        pc: usize,
    ) -> PyResult<()> {
        if let Some(e) = self.tracer.as_mut().and_then(|t| t.raise.take()) {
            if self.tracer.as_ref().is_some_and(|t| t.trace.is_none() && t.profile.is_none()) {
                self.tracer = None;
            }
            return Err(e);
        }
        if self.idle() || self.tracer.as_ref().is_some_and(|t| t.trace.is_none()) {
            return Ok(());
        }
        let depth = self.callers.len();
        let line = code.line_at(pc);
        let Some(obj) = self.frame_object(depth, code, globals) else { return Ok(()) };
        let Some(Some(slot)) = self.tracer.as_mut().and_then(|t| t.frames.get_mut(depth)) else { return Ok(()) };
        // CPython's rule: the first instruction of a line, or a jump back.
        let starts = pc == 0 || code.line_at(pc - 1) != line;
        let back = slot.last_pc != usize::MAX && pc <= slot.last_pc;
        slot.last_pc = pc;
        if !(starts || back) {
            return Ok(());
        }
        self.refresh(&obj, code, state, line);
        if let Some(t) = self.tracer.as_mut() {
            t.in_line = true;
        }
        let r = self.local_event(&obj, "line", Value::None);
        if let Some(t) = self.tracer.as_mut() {
            t.in_line = false;
        }
        r
    }

    /// An exception is raised in (or passes through) the running frame.
    #[cold]
    pub(crate) fn exception_event(&mut self, frame: &Frame, e: &PyErr) -> PyResult<()> {
        if self.idle() || self.tracer.as_ref().is_some_and(|t| t.trace.is_none()) {
            return Ok(());
        }
        let depth = self.callers.len();
        let Some(obj) = self.frame_object(depth, frame.code(), frame.globals()) else { return Ok(()) };
        self.refresh(&obj, frame.code(), frame, frame.line());
        let value = e.0.value.clone();
        let tb = crate::modules::traceback::traceback_object(&e.0.traceback);
        let arg = Value::tuple(vec![Value::Class(value.class()), value, tb]);
        self.local_event(&obj, "exception", arg)
    }

    /// A built-in function called from Python code while a profile function
    /// is set: 'c_call' before, 'c_return' or 'c_exception' after, each with
    /// the built-in as argument (CPython's C_TRACE). The dispatch loop sends
    /// built-in calls here only while the thread has a tracer.
    #[cold]
    #[allow(clippy::too_many_arguments)]
    pub(super) fn traced_builtin(
        &mut self,
        code: &Arc<Code>,
        globals: &Arc<Dict>,
        frame: &mut FrameState,
        func: &Value,
        first: usize,
        base: usize,
        kwargs: &[(Arc<PyStr>, Value)],
    ) -> PyResult<()> {
        let Value::Builtin(b) = func else { return Ok(()) };
        let mut args: Vec<Value> = b.bound.iter().cloned().collect();
        args.extend(frame.regs.drain(first..));
        frame.regs.truncate(base);
        // The profile function moves `site`, which natives such as
        // `sys._getframe` read as the place of the call.
        let site = self.site;
        self.c_event(code, globals, frame, "c_call", func)?;
        self.site = site;
        let r = match b.args {
            crate::object::function::ArgSpec::Any => (b.func)(self, &args, kwargs),
            spec => {
                crate::modules::arity::check(b.name, spec, &args, kwargs).and_then(|_| (b.func)(self, &args, kwargs))
            }
        };
        let what = if r.is_ok() { "c_return" } else { "c_exception" };
        self.c_event(code, globals, frame, what, func)?;
        frame.push(r?);
        Ok(())
    }

    pub(super) fn c_event(
        &mut self,
        code: &Arc<Code>,
        globals: &Arc<Dict>,
        state: &FrameState,
        what: &str,
        func: &Value,
    ) -> PyResult<()> {
        if self.idle() {
            return Ok(());
        }
        let Some(p) = self.tracer.as_ref().and_then(|t| t.profile.clone()) else { return Ok(()) };
        let Some(obj) = self.frame_object(self.callers.len(), code, globals) else { return Ok(()) };
        self.refresh(&obj, code, state, code.line_at(state.pc.saturating_sub(1)));
        self.call_hook(&p, &obj, what, func.clone()).map(|_| ())
    }
}

/// `frame.f_lineno = n`: CPython's checks with its messages. A jump inside
/// the code is refused too, as minipy's frames keep no static block table
/// to check it against (a deliberate deviation); ignoring it instead could
/// leave a traced loop running forever.
fn set_lineno(vm: &mut Vm, a: &[Value], _: &crate::object::function::KwArgs) -> PyResult {
    let (Some(Value::Instance(f)), Some(v)) = (a.first(), a.get(1)) else { return Ok(Value::None) };
    if !vm.tracer.as_ref().is_some_and(|t| t.in_line) {
        return Err(PyErr::new(
            crate::object::ExcKind::ValueError,
            "f_lineno can only be set by a line trace function",
        ));
    }
    let Value::Int(to) = v else {
        return Err(PyErr::new(crate::object::ExcKind::ValueError, "lineno must be an integer"));
    };
    let Some(Value::Other(c)) = f.dict.get_str(&PyStr::from_str("f_code")) else { return Ok(Value::None) };
    let Object::Code(code) = &*c else { return Ok(Value::None) };
    if f.dict.get_str(&PyStr::from_str("f_lineno")).is_some_and(|l| matches!(l, Value::Int(l) if l == *to)) {
        return Ok(Value::None);
    }
    Err(jump_error(code, *to))
}

fn get_lineno(_: &mut Vm, a: &[Value], _: &crate::object::function::KwArgs) -> PyResult {
    match a.first() {
        Some(Value::Instance(f)) => Ok(f.dict.get_str(&PyStr::from_str("f_lineno")).unwrap_or(Value::Int(0))),
        _ => Ok(Value::None),
    }
}

fn jump_error(code: &Code, to: i64) -> PyErr {
    let msg = if to < code.first_line as i64 {
        format!("line {} comes before the current code block", to)
    } else if !(0..code.instrs.len()).any(|pc| code.line_at(pc) as i64 >= to) {
        format!("line {} comes after the current code block", to)
    } else {
        format!("minipy cannot jump to line {}", to)
    };
    PyErr::new(crate::object::ExcKind::ValueError, msg)
}
