//! `sys._getframe`: frame objects rebuilt on demand from the thread's caller
//! list (`Vm::callers`), which holds only integers, so keeping it costs a
//! push and a pop per Python call. A frame here is a snapshot: `f_code`,
//! `f_lineno`, `f_globals` and `f_back`, read when `_getframe` is called.

use std::sync::Arc;

use super::{check_args, def};
use crate::object::{Dict, ExcKind, Instance, Object, PyErr, PyResult, Value};
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
            }
            Arc::new(f)
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
