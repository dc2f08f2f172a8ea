//! `-3`: DeprecationWarnings for what Python 3 removes. When the flag is
//! set, the affected built-ins are swapped for wrappers that warn and then
//! run the original, so a run without `-3` pays nothing at all.

use std::sync::{Arc, OnceLock};

use crate::object::class::types;
use crate::object::function::{Builtin, KwArgs, NativeFn};
use crate::object::{Dict, ExcKind, PyResult, PyStr, Value};
use crate::vm::{Interp, Vm};

/// The replaced functions, in the order of `TARGETS`.
static ORIGINALS: OnceLock<Vec<Option<NativeFn>>> = OnceLock::new();

/// `warnings.warn(msg, DeprecationWarning)`, attributed to the Python code
/// that called the built-in.
pub fn warn(vm: &mut Vm, msg: &str) -> PyResult<()> {
    // The first import runs the module's code, which moves the thread's
    // current call site: keep the caller's so the warning names its line.
    let site = vm.site;
    let warnings = vm.import_module("warnings", &Dict::new());
    vm.site = site;
    let warnings = warnings?;
    let warn = vm.getattr(&warnings, &PyStr::from_str("warn"))?;
    let category = Value::Class(ExcKind::DeprecationWarning.class().clone());
    vm.call(&warn, vec![Value::str(msg), category, Value::Int(1)])?;
    Ok(())
}

fn original(i: usize) -> NativeFn {
    match ORIGINALS.get().and_then(|v| v.get(i).copied().flatten()) {
        Some(f) => f,
        None => |_, _, _| Ok(Value::None),
    }
}

fn has_cmp(kw: &KwArgs) -> bool {
    kw.iter().any(|(k, v)| k.as_str() == "cmp" && !v.is_none())
}

/// Where each wrapped function lives, its name, and its wrapper (which
/// knows its own index in this table).
enum Place {
    Builtins,
    Sys,
    Dict,
    List,
}

const TARGETS: &[(Place, &str, NativeFn)] = &[
    (Place::Builtins, "apply", |vm, a, kw| {
        warn(vm, "apply() not supported in 3.x; use func(*args, **kwargs)")?;
        original(0)(vm, a, kw)
    }),
    (Place::Builtins, "reduce", |vm, a, kw| {
        warn(vm, "reduce() not supported in 3.x; use functools.reduce()")?;
        original(1)(vm, a, kw)
    }),
    (Place::Builtins, "coerce", |vm, a, kw| {
        warn(vm, "coerce() not supported in 3.x")?;
        original(2)(vm, a, kw)
    }),
    (Place::Builtins, "buffer", |vm, a, kw| {
        warn(vm, "buffer() not supported in 3.x")?;
        original(3)(vm, a, kw)
    }),
    (Place::Builtins, "sorted", |vm, a, kw| {
        if has_cmp(kw) {
            warn(vm, "the cmp argument is not supported in 3.x")?;
        }
        original(4)(vm, a, kw)
    }),
    (Place::Sys, "exc_clear", |vm, a, kw| {
        warn(vm, "sys.exc_clear() not supported in 3.x; use except clauses")?;
        original(5)(vm, a, kw)
    }),
    (Place::Dict, "has_key", |vm, a, kw| {
        warn(vm, "dict.has_key() not supported in 3.x; use the in operator")?;
        original(6)(vm, a, kw)
    }),
    (Place::List, "sort", |vm, a, kw| {
        if has_cmp(kw) {
            warn(vm, "the cmp argument is not supported in 3.x")?;
        }
        original(7)(vm, a, kw)
    }),
];

/// Swaps the wrappers in; called once at start-up when `-3` is given.
pub fn install(interp: &Interp) {
    let mut originals = Vec::new();
    for (place, name, wrapper) in TARGETS {
        let dict: Option<Arc<Dict>> = match place {
            Place::Builtins => Some(interp.builtins.clone()),
            Place::Sys => Some(interp.sys.clone()),
            Place::Dict => Some(types().dict.dict.clone()),
            Place::List => Some(types().list.dict.clone()),
        };
        let Some(dict) = dict else {
            originals.push(None);
            continue;
        };
        match dict.get_str(&PyStr::from_str(name)) {
            Some(Value::Builtin(b)) => {
                originals.push(Some(b.func));
                let w = Builtin {
                    name: b.name,
                    func: *wrapper,
                    bound: b.bound.clone(),
                    needs_frame: b.needs_frame,
                    args: b.args,
                };
                dict.set_str(name, Value::Builtin(Arc::new(w)));
            }
            _ => originals.push(None),
        }
    }
    let _ = ORIGINALS.set(originals);
    crate::object::class::classes_changed();
}
