//! `sys._getframe`: frame objects rebuilt on demand from the thread's caller
//! list (`Vm::callers`), which holds only integers, so keeping it costs a
//! push and a pop per Python call. A frame here is a snapshot: `f_code`,
//! `f_lineno`, `f_globals` and `f_back`, read when `_getframe` is called.
//!
//! `f_locals`: called from Python code, `_getframe` sees the calling frame
//! (a frame builtin) and copies its locals; the frame then keeps its object
//! (`FrameState::shown`) and refreshes those locals when it ends, and hands
//! the object's `f_back` to its caller, which does the same. So a frame's
//! locals are live for the frame that asked and for each caller once the
//! call below it returns; a caller's locals read while the call below is
//! still running are those copied when it last got control back (or none).

use std::sync::Arc;

use super::{check_args, def};
use crate::object::{Dict, ExcKind, Instance, Object, PyErr, PyResult, PyStr, Value};
use crate::vm::Vm;

thread_local! {
    /// Namespaces of the `exec`/`eval` calls running on this thread
    /// (innermost last): their frames' globals, which no module holds.
    static EXEC_GLOBALS: std::cell::RefCell<Vec<Arc<Dict>>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// One running `exec`/`eval` namespace, listed while this guard lives.
pub(crate) struct ExecNamespace;

impl ExecNamespace {
    pub(crate) fn enter(globals: &Arc<Dict>) -> ExecNamespace {
        EXEC_GLOBALS.with(|l| l.borrow_mut().push(globals.clone()));
        ExecNamespace
    }
}

impl Drop for ExecNamespace {
    fn drop(&mut self) {
        EXEC_GLOBALS.with(|l| l.borrow_mut().pop());
    }
}

/// The module or running `exec` namespace whose address is `addr` (globals
/// of a running frame), or an empty dict when none is known.
pub(crate) fn globals_at(vm: &Vm, addr: usize) -> Arc<Dict> {
    let found = EXEC_GLOBALS.with(|l| l.borrow().iter().rev().find(|d| Arc::as_ptr(d) as usize == addr).cloned());
    if let Some(d) = found {
        return d;
    }
    for m in vm.interp.modules.values() {
        if let Value::Other(o) = &m {
            if let Object::Module(m) = &**o {
                if Arc::as_ptr(&m.dict) as usize == addr {
                    return m.dict.clone();
                }
            }
        }
    }
    Arc::new(Dict::new())
}

/// `sys._getframe(depth)` called from Python code running `frame`.
pub(crate) fn getframe_live(
    vm: &mut Vm,
    code: &Arc<crate::object::Code>,
    globals: &Arc<Dict>,
    frame: &mut crate::vm::frame::FrameState,
    a: &[Value],
) -> PyResult {
    // The innermost frame object (shared by depth, as `getframe` makes
    // them) is this frame's: it gets the locals, then the one asked for is
    // looked up the same way.
    let here = getframe(vm, &[], &[])?;
    if let Value::Instance(obj) = &here {
        let same = matches!(obj.dict.get_str(&PyStr::from_str("f_code")), Some(Value::Other(c)) if matches!(&*c, Object::Code(c) if c.id == code.id));
        if same {
            fill_locals(obj, code, globals, frame);
            if frame.shown.as_ref().is_none_or(|s| !Arc::ptr_eq(s, obj)) {
                frame.shown = Some(obj.clone());
            }
        }
    }
    match a.first() {
        None => Ok(here),
        Some(_) => getframe(vm, a, &[]),
    }
}

/// Sets the frame object's `f_locals` from the running frame's state: the
/// namespace dict of module and class code, else the fast locals and cells
/// copied into the object's dict (kept from one call to the next, as
/// CPython's `PyFrame_FastToLocals`).
fn fill_locals(obj: &Instance, code: &crate::object::Code, globals: &Arc<Dict>, state: &crate::vm::frame::FrameState) {
    use crate::compile::code::CodeKind;
    if let Some(m) = &state.locals_map {
        obj.dict.set_str("f_locals", m.clone());
        return;
    }
    if let Some(l) = &state.locals {
        if !code.unoptimized {
            obj.dict.set_str("f_locals", Value::Dict(l.clone()));
            return;
        }
    }
    if code.kind == CodeKind::Module || (code.kind == CodeKind::Class && state.locals.is_none()) {
        obj.dict.set_str("f_locals", Value::Dict(globals.clone()));
        return;
    }
    let d = match (&state.locals, obj.dict.get_str(&PyStr::from_str("f_locals"))) {
        (Some(l), _) => l.clone(),
        (None, Some(Value::Dict(d))) if !Arc::ptr_eq(&d, globals) => d,
        _ => Arc::new(Dict::new()),
    };
    for (i, n) in code.varnames.iter().enumerate() {
        match state.regs.get(i) {
            Some(v) if !v.is_null() => d.set_pystr(n.clone(), v.clone()),
            _ => {
                d.remove_str(n);
            }
        }
    }
    let names = code.cellvars.iter().chain(code.freevars.iter());
    for (n, c) in names.zip(state.cells.iter()) {
        let v = c.lock().clone();
        if v.is_null() {
            d.remove_str(n);
        } else {
            d.set_pystr(n.clone(), v);
        }
    }
    obj.dict.set_str("f_locals", Value::Dict(d));
}

/// A frame with an object ends: the object keeps the frame's last locals,
/// and the per-depth table lets it go (a frame referring to itself through
/// its locals is then garbage, as in CPython).
pub(crate) fn frame_ended(obj: &Arc<Instance>, f: &crate::vm::frame::Frame) {
    fill_locals(obj, f.code(), f.globals(), f);
    crate::vm::trace::forget_loose(obj);
}

/// A frame with an object returns to `caller`: the caller's object (its
/// `f_back`) gets the caller's locals now and when the caller ends.
pub(crate) fn show_caller(f: &crate::vm::frame::Frame, caller: &mut crate::vm::frame::Frame) {
    let Some(obj) = &f.shown else { return };
    let Some(Value::Instance(back)) = obj.dict.get_str(&PyStr::from_str("f_back")) else { return };
    let code = caller.code();
    let same = matches!(back.dict.get_str(&PyStr::from_str("f_code")), Some(Value::Other(c)) if matches!(&*c, Object::Code(c) if c.id == code.id));
    if !same || caller.shown.is_some() {
        return;
    }
    fill_locals(&back, code, caller.globals(), caller);
    caller.state.shown = Some(back);
}

pub fn getframe(vm: &mut Vm, a: &[Value], _: &crate::object::function::KwArgs) -> PyResult {
    check_args("_getframe", a, 0, 1)?;
    let depth = match a.first() {
        None => 0,
        Some(v) => crate::object::number::as_i64(v)
            .ok_or_else(|| PyErr::new(ExcKind::TypeError, "an integer is required"))?
            .max(0) as usize,
    };
    // The innermost frame is the one calling `_getframe`; its place is the
    // current call site. Each entry also gives the site of the frame below.
    let entries = vm.callers.clone();
    let n = entries.len();
    if depth >= n {
        return Err(PyErr::new(ExcKind::ValueError, "call stack is not deep enough"));
    }
    let mut back = Value::None;
    for i in (depth..n).rev() {
        let (globals, _) = entries[n - 1 - i];
        let site = if i == 0 { vm.site } else { entries[n - i].1 };
        let Some((code, line)) = crate::vm::threads::code_at_site(site) else {
            back = Value::None;
            continue;
        };
        let g = globals_at(vm, globals);
        // The tracer's depth of this frame: `callers` holds one entry per frame.
        let obj = crate::vm::trace::shared_frame(vm, n - i, &code, || {
            let f = Instance::new(crate::vm::trace::frame_class(), Value::None);
            f.dict.set_str("f_code", Value::other(Object::Code(code.clone())));
            f.dict.set_str("f_globals", Value::Dict(g.clone()));
            f.dict.set_str("f_trace", Value::None);
            f.dict.set_str("f_restricted", Value::Bool(crate::object::BoolBits::FALSE));
            // Module code, and code from compile()/exec (a `<module>` of
            // the Class kind) run with one dict, as doctest examples are.
            let exec_code =
                matches!(code.kind, crate::compile::code::CodeKind::Class) && code.name.as_bytes() == b"<module>";
            if matches!(code.kind, crate::compile::code::CodeKind::Module) || exec_code {
                f.dict.set_str("f_locals", Value::Dict(g.clone()));
            } else {
                // Filled when the frame is seen running (see the header).
                f.dict.set_str("f_locals", Value::Dict(Arc::new(Dict::new())));
            }
            // A frame whose locals hold it is a cycle for the collector.
            let obj = Arc::new(f);
            crate::vm::collector::track_instance(&obj);
            obj
        });
        obj.dict.set_str("f_lineno", Value::Int(line as i64));
        obj.dict.set_str("f_lasti", Value::Int(0));
        obj.dict.set_str("f_back", back);
        back = Value::Instance(obj);
    }
    Ok(back)
}

/// `sys._current_frames()`: this thread's frame (the caller's, as
/// `_getframe()`), and each thread blocked in a wait rebuilt from the caller
/// list it left in its record. A thread queued for the GIL has left no
/// list and is not included.
pub fn current_frames(vm: &mut Vm, a: &[Value], _: &crate::object::function::KwArgs) -> PyResult {
    check_args("_current_frames", a, 0, 0)?;
    let d = Dict::new();
    let mine = getframe(vm, &[], &[])?;
    d.set(vm, Value::Int(vm.ident as i64), mine)?;
    let records = vm.interp.threads.records.lock().clone();
    for r in records {
        if r.ident == vm.ident || !r.alive.load(std::sync::atomic::Ordering::Relaxed) {
            continue;
        }
        let Some((stack, site)) = r.waiting.lock().as_ref().map(|w| (w.stack.clone(), w.site)) else { continue };
        let mut back = Value::None;
        let n = stack.len();
        for i in (0..n).rev() {
            let here = if i == 0 { site } else { stack[n - i].1 };
            let Some((code, line)) = crate::vm::threads::code_at_site(here) else { continue };
            let g = globals_at(vm, stack[n - 1 - i].0);
            let f = Instance::new(crate::vm::trace::frame_class(), Value::None);
            f.dict.set_str("f_code", Value::other(Object::Code(code.clone())));
            f.dict.set_str("f_globals", Value::Dict(g));
            f.dict.set_str("f_trace", Value::None);
            f.dict.set_str("f_restricted", Value::Bool(crate::object::BoolBits::FALSE));
            f.dict.set_str("f_lineno", Value::Int(line as i64));
            f.dict.set_str("f_lasti", Value::Int(0));
            f.dict.set_str("f_back", back);
            back = Value::Instance(Arc::new(f));
        }
        if !back.is_none() {
            d.set(vm, Value::Int(r.ident as i64), back)?;
        }
    }
    Ok(Value::Dict(Arc::new(d)))
}

/// `sys.settrace`, `sys.setprofile` and their getters (`vm/trace.rs`).
pub fn add_hooks(d: &Dict) {
    def(d, "settrace", |vm, a, _| set(vm, a, false, "settrace"));
    def(d, "setprofile", |vm, a, _| set(vm, a, true, "setprofile"));
    def(d, "gettrace", |vm, a, _| {
        check_args("gettrace", a, 0, 0)?;
        Ok(vm.get_hook(false))
    });
    def(d, "getprofile", |vm, a, _| {
        check_args("getprofile", a, 0, 0)?;
        Ok(vm.get_hook(true))
    });
}

fn set(vm: &mut Vm, a: &[Value], profile: bool, name: &str) -> PyResult {
    check_args(name, a, 1, 1)?;
    let f = if a[0].is_none() { None } else { Some(a[0].clone()) };
    vm.set_hook(profile, f);
    Ok(Value::None)
}
