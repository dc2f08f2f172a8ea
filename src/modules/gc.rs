//! `gc`: the interface of the cycle collector (`vm/collector.rs`):
//! `collect`, the enable flag, thresholds and counts, debug flags
//! (`DEBUG_STATS`, `DEBUG_SAVEALL`), `garbage`, and the heap walks
//! (`get_objects`, `get_referrers`, `get_referents`) over the registered
//! objects. `collect()` is a safe point: the finalizers and weakref
//! callbacks it makes due run before it returns.

use std::sync::atomic::Ordering;

use super::{check_args, def, kwarg, no_keywords};
use crate::object::function::KwArgs;
use crate::object::{number, Dict, ExcKind, Object, PyErr, PyResult, Value};
use crate::vm::Vm;

use crate::vm::collector::{self, Child, Node, DEBUG, ENABLED, THRESHOLD};

fn int_of(v: &Value) -> PyResult<i64> {
    match v {
        Value::Float(_) => Err(PyErr::new(ExcKind::TypeError, "integer argument expected, got float")),
        _ => number::as_i64(v).ok_or_else(|| PyErr::new(ExcKind::TypeError, "an integer is required")),
    }
}

/// A function of no arguments, refused as CPython's METH_NOARGS does.
fn noargs(name: &str, a: &[Value], kw: &KwArgs) -> PyResult<()> {
    no_keywords(name, kw)?;
    check_args(name, a, 0, 0)
}

/// Arity errors of PyArg_ParseTuple ("i|ii:name" style).
fn arity(name: &str, a: &[Value], min: usize, max: usize) -> PyResult<()> {
    let n = a.len();
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    let msg = if n < min && min == max {
        format!("{}() takes exactly {} argument{} ({} given)", name, min, plural(min), n)
    } else if n < min {
        format!("{}() takes at least {} argument{} ({} given)", name, min, plural(min), n)
    } else if n > max && min == max {
        format!("{}() takes exactly {} argument{} ({} given)", name, max, plural(max), n)
    } else if n > max {
        format!("{}() takes at most {} argument{} ({} given)", name, max, plural(max), n)
    } else {
        return Ok(());
    };
    Err(PyErr::new(ExcKind::TypeError, msg))
}

fn collect(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult {
    let mut gen = a.first().cloned();
    for (k, v) in kw {
        if k.as_bytes() != b"generation" {
            return Err(PyErr::new(
                ExcKind::TypeError,
                format!("'{}' is an invalid keyword argument for this function", k.to_string_lossy()),
            ));
        }
        if gen.is_some() {
            return Err(PyErr::new(ExcKind::TypeError, "Argument given by name ('generation') and position (1)"));
        }
        gen = Some(v.clone());
    }
    if a.len() > 1 {
        return Err(PyErr::new(
            ExcKind::TypeError,
            format!("function takes at most 1 argument ({} given)", a.len() + kw.len()),
        ));
    }
    let mut generation = 2;
    if let Some(g) = gen {
        let g = int_of(&g)?;
        if !(0..=2).contains(&g) {
            return Err(PyErr::new(ExcKind::ValueError, "invalid generation"));
        }
        generation = g as usize;
    }
    let _ = kwarg(kw, "generation");
    crate::vm::finalize::run_pending(vm);
    let out = collector::collect(vm, generation);
    crate::vm::finalize::run_pending(vm);
    crate::modules::weakref::run_callbacks(vm)?;
    crate::vm::finalize::run_pending(vm);
    Ok(Value::Int(out.unreachable as i64))
}

/// The objects `v` refers to directly, as the collector sees them (in
/// CPython's order where it is visible: sequences from the end, an
/// instance's dict before its class).
fn referents(v: &Value, out: &mut Vec<Value>) {
    match v {
        Value::List(l) => out.extend(l.snapshot().into_iter().rev()),
        Value::Tuple(t) => out.extend(t.items.iter().rev().cloned()),
        Value::Instance(i) => {
            if i.class().slots.is_none() {
                out.push(Value::Dict(i.dict.clone()));
            }
            out.push(Value::Class(i.class().into_owned()));
        }
        _ => {
            collector::traverse_value(v, &mut |c| {
                let x = match c {
                    Child::V(x) => x.clone(),
                    Child::Dict(d) => Value::Dict(d.clone()),
                    Child::Class(c) => Value::Class(c.clone()),
                    Child::Func(f) => Value::Func(f.clone()),
                    Child::Cell(c) => Node::Cell(c.clone()).value(),
                    Child::Set(x) => Value::Set(x.clone()),
                };
                if !x.is_null() {
                    out.push(x);
                }
            });
        }
    }
}

/// Whether CPython's collector would track `v`: containers and instances,
/// not atomic values. (CPython untracks some tuples and dicts of atomic
/// values lazily; minipy reports every container as tracked, except that
/// a dict of atomic keys and values is untracked as in CPython.)
fn is_tracked(v: &Value) -> bool {
    use crate::vm::collector::is_scalar;
    match v {
        v if is_scalar(v) => false,
        Value::Dict(d) => !d.items().iter().all(|(k, v)| is_scalar(k) && is_scalar(v)),
        Value::Other(o) => {
            !matches!(&**o, Object::Complex(_) | Object::XRange { .. } | Object::Code(_) | Object::Unicode(_))
        }
        Value::Builtin(_) => true,
        // Built-in types are static in CPython, never tracked.
        Value::Class(c) => c.is_user,
        // `object()` holds nothing; a plain bytearray is a flat buffer in
        // CPython (a subclass's instances have a dict, and are tracked).
        Value::Instance(i) => {
            let t = crate::object::class::types();
            !(std::sync::Arc::ptr_eq(&i.class(), &t.object) || std::sync::Arc::ptr_eq(&i.class(), &t.bytearray))
        }
        _ => true,
    }
}

/// `gc.get_referrers(*objs)`: registered objects, and the containers one
/// step inside them (an instance's dict), that refer to one of `objs`.
fn referrers(objs: &[Value]) -> Vec<Value> {
    let targets: Vec<usize> = objs.iter().filter_map(|o| o.ptr()).collect();
    let mut out = Vec::new();
    let mut seen = std::collections::HashSet::new();
    let mut check = |v: &Value, out: &mut Vec<Value>| {
        let mut hit = false;
        collector::traverse_value(v, &mut |c| {
            let a = match &c {
                Child::V(x) => x.ptr(),
                Child::Dict(d) => Some(std::sync::Arc::as_ptr(d) as *const u8 as usize),
                Child::Class(x) => Some(std::sync::Arc::as_ptr(x) as *const u8 as usize),
                Child::Func(x) => Some(std::sync::Arc::as_ptr(x) as *const u8 as usize),
                Child::Cell(x) => Some(std::sync::Arc::as_ptr(x) as *const u8 as usize),
                Child::Set(x) => Some(std::sync::Arc::as_ptr(x) as *const u8 as usize),
            };
            hit |= a.is_some_and(|a| targets.contains(&a));
        });
        if hit && v.ptr().is_some_and(|p| seen.insert(p)) {
            out.push(v.clone());
        }
    };
    for v in collector::all_objects() {
        check(&v, &mut out);
        let mut inner = Vec::new();
        referents(&v, &mut inner);
        for x in inner {
            if matches!(x, Value::Dict(_) | Value::Tuple(_)) || matches!(&x, Value::Other(_)) {
                check(&x, &mut out);
            }
        }
    }
    out
}

pub fn init(d: &Dict) {
    for (name, v) in [
        ("DEBUG_STATS", 1),
        ("DEBUG_COLLECTABLE", 2),
        ("DEBUG_UNCOLLECTABLE", 4),
        ("DEBUG_INSTANCES", 8),
        ("DEBUG_OBJECTS", 16),
        ("DEBUG_SAVEALL", 32),
        ("DEBUG_LEAK", 62),
    ] {
        d.set_str(name, Value::Int(v));
    }
    d.set_str("garbage", Value::list(vec![]));
    def(d, "collect", collect);
    def(d, "enable", |_vm, a, kw| {
        noargs("enable", a, kw)?;
        ENABLED.store(true, Ordering::Relaxed);
        Ok(Value::None)
    });
    def(d, "disable", |_vm, a, kw| {
        noargs("disable", a, kw)?;
        ENABLED.store(false, Ordering::Relaxed);
        Ok(Value::None)
    });
    def(d, "isenabled", |_vm, a, kw| {
        noargs("isenabled", a, kw)?;
        Ok(Value::bool(ENABLED.load(Ordering::Relaxed)))
    });
    def(d, "get_threshold", |_vm, a, kw| {
        noargs("get_threshold", a, kw)?;
        Ok(Value::tuple(THRESHOLD.iter().map(|t| Value::Int(t.load(Ordering::Relaxed))).collect()))
    });
    def(d, "set_threshold", |_vm, a, kw| {
        no_keywords("set_threshold", kw)?;
        arity("set_threshold", a, 1, 3)?;
        let vals = a.iter().map(int_of).collect::<PyResult<Vec<i64>>>()?;
        for (t, v) in THRESHOLD.iter().zip(vals) {
            t.store(v, Ordering::Relaxed);
        }
        Ok(Value::None)
    });
    def(d, "get_count", |_vm, a, kw| {
        noargs("get_count", a, kw)?;
        let c = collector::counts();
        collector::count_result_tuple();
        Ok(Value::tuple(c.iter().map(|&c| Value::Int(c)).collect()))
    });
    def(d, "set_debug", |_vm, a, kw| {
        no_keywords("set_debug", kw)?;
        arity("set_debug", a, 1, 1)?;
        DEBUG.store(int_of(&a[0])?, Ordering::Relaxed);
        Ok(Value::None)
    });
    def(d, "get_debug", |_vm, a, kw| {
        noargs("get_debug", a, kw)?;
        Ok(Value::Int(DEBUG.load(Ordering::Relaxed)))
    });
    def(d, "get_objects", |_vm, a, kw| {
        noargs("get_objects", a, kw)?;
        Ok(Value::List(std::sync::Arc::new(crate::object::List::new(collector::all_objects()))))
    });
    def(d, "get_referrers", |_vm, a, kw| {
        no_keywords("get_referrers", kw)?;
        Ok(Value::List(std::sync::Arc::new(crate::object::List::new(referrers(a)))))
    });
    def(d, "get_referents", |_vm, a, kw| {
        no_keywords("get_referents", kw)?;
        let mut out = Vec::new();
        for v in a {
            referents(v, &mut out);
        }
        Ok(Value::list(out))
    });
    def(d, "is_tracked", |_vm, a, kw| {
        no_keywords("is_tracked", kw)?;
        check_args("is_tracked", a, 1, 1)?;
        Ok(Value::bool(is_tracked(&a[0])))
    });
}
