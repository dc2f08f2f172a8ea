//! `-3`: DeprecationWarnings for what Python 3 removes. When the flag is
//! set, the affected built-ins are swapped for wrappers that warn and then
//! run the original, so a run without `-3` pays nothing at all.

use std::sync::{Arc, OnceLock};

use crate::object::class::types;
use crate::object::function::{Builtin, KwArgs, NativeFn};
use crate::object::{Dict, ExcKind, PyResult, PyStr, Value};
use crate::vm::{Interp, Vm};

/// `-Qwarn` (1, also set by `-3`) and `-Qwarnall` (2): warn on classic
/// division of ints and longs, and under 2 of floats and complexes too.
pub static DIVISION_WARNING: std::sync::atomic::AtomicU8 = std::sync::atomic::AtomicU8::new(0);

/// Whether `/` must go the slow way, past `warn_division`.
#[inline(always)]
pub fn division_warning() -> bool {
    DIVISION_WARNING.load(std::sync::atomic::Ordering::Relaxed) != 0
}

/// The warning of a classic `a / b` (CPython's `int_classic_div` and
/// friends), when one is due.
pub fn warn_division(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<()> {
    let level = DIVISION_WARNING.load(std::sync::atomic::Ordering::Relaxed);
    if level == 0 {
        return Ok(());
    }
    let int = |v: &Value| matches!(v, Value::Int(_) | Value::Bool(_));
    let integral = |v: &Value| int(v) || matches!(v, Value::Long(_));
    let complex = |v: &Value| matches!(v, Value::Other(o) if matches!(**o, crate::object::Object::Complex(_)));
    let number = |v: &Value| integral(v) || matches!(v, Value::Float(_)) || complex(v);
    let msg = if int(a) && int(b) {
        "classic int division"
    } else if integral(a) && integral(b) {
        "classic long division"
    } else if level < 2 || !number(a) || !number(b) {
        return Ok(());
    } else if complex(a) || complex(b) {
        "classic complex division"
    } else {
        "classic float division"
    };
    warn(vm, msg)
}

/// A new-style class that defines `__eq__` but not `__hash__` while its
/// first base hashes: Python 3 would make it unhashable. A class with only
/// classic bases (or none) is classic here and is not checked.
pub fn warn_eq_without_hash(vm: &mut Vm, bases: &[Arc<crate::object::Class>], dict: &Dict) -> PyResult<()> {
    let classic = |c: &Arc<crate::object::Class>| c.classic.load(std::sync::atomic::Ordering::Relaxed);
    if bases.iter().all(classic) || dict.get_str(&PyStr::from_str("__eq__")).is_none() {
        return Ok(());
    }
    if dict.get_str(&PyStr::from_str("__hash__")).is_some() {
        return Ok(());
    }
    match bases[0].lookup_str("__hash__") {
        None | Some(Value::None) => Ok(()),
        Some(_) => warn(vm, "Overriding __eq__ blocks inheritance of __hash__ in 3.x"),
    }
}

/// The replaced functions, in the order of `TARGETS`.
static ORIGINALS: OnceLock<Vec<Option<NativeFn>>> = OnceLock::new();

/// `warnings.warn(msg, DeprecationWarning)`, attributed to the Python code
/// that called the built-in.
pub fn warn(vm: &mut Vm, msg: &str) -> PyResult<()> {
    warn_as(vm, msg, ExcKind::DeprecationWarning)
}

/// `warnings.warn(msg, kind)`, attributed to the Python code that called.
pub fn warn_as(vm: &mut Vm, msg: &str, kind: ExcKind) -> PyResult<()> {
    // The first import runs the module's code, which moves the thread's
    // current call site: keep the caller's so the warning names its line.
    let site = vm.site;
    let warnings = vm.import_module("warnings", &Dict::new());
    vm.site = site;
    let warnings = warnings?;
    let warn = vm.getattr(&warnings, &PyStr::from_str("warn"))?;
    let category = Value::Class(kind.class().clone());
    vm.call(&warn, vec![Value::str(msg), category, Value::Int(1)])?;
    Ok(())
}

/// Issues the warnings `-3` found while parsing `src` (CPython's
/// `PyErr_WarnExplicit` with no module and no registry: every one shows).
/// A SyntaxWarning made an error by the filters becomes a SyntaxError, as
/// CPython's AST builder does.
pub fn warn_source(
    vm: &mut Vm,
    found: Vec<crate::syntax::py3k::SourceWarning>,
    filename: &str,
    src: &str,
) -> PyResult<()> {
    if found.is_empty() {
        return Ok(());
    }
    let site = vm.site;
    let warnings = vm.import_module("warnings", &Dict::new());
    vm.site = site;
    let warn = vm.getattr(&warnings?, &PyStr::from_str("warn_explicit"))?;
    for w in found {
        let kind = if w.syntax { ExcKind::SyntaxWarning } else { ExcKind::DeprecationWarning };
        let args = vec![
            Value::str(w.msg),
            Value::Class(kind.class().clone()),
            Value::str(filename),
            Value::Int(w.line as i64),
            Value::None,
            Value::None,
        ];
        if let Err(e) = vm.call(&warn, args) {
            if w.syntax && e.matches(ExcKind::SyntaxWarning) {
                let err = crate::syntax::ast::SyntaxError {
                    kind: crate::syntax::ast::SyntaxErrorKind::SyntaxError,
                    msg: w.msg.to_string(),
                    line: w.line,
                    col: crate::syntax::NO_CARET,
                    incomplete: false,
                };
                return Err(crate::vm::import::syntax_error_value(&err, filename, src));
            }
            return Err(e);
        }
    }
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
    (Place::Builtins, "map", |vm, a, kw| {
        if a.len() > 1 && a[0].is_none() {
            warn(vm, "map(None, ...) not supported in 3.x; use list(...)")?;
        }
        original(8)(vm, a, kw)
    }),
    (Place::Builtins, "execfile", |vm, a, kw| {
        warn(vm, "execfile() not supported in 3.x; use exec()")?;
        original(9)(vm, a, kw)
    }),
    (Place::Builtins, "reload", |vm, a, kw| {
        warn(vm, "In 3.x, reload() is renamed to imp.reload()")?;
        original(10)(vm, a, kw)
    }),
];

/// Whether `-3`'s wrappers are in.
pub fn installed() -> bool {
    ORIGINALS.get().is_some()
}

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
