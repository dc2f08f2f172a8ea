//! The methods of `dict`.

use std::sync::Arc;

use super::class::{Class, Types};
use super::function::{Builtin, KwArgs};
use super::iter::{new_iter, IterState};
use super::list_methods::{arity, descr_error};
use super::{Dict, ExcKind, Object, PyErr, PyResult, PyStr, Value};
use crate::modules::{check_args, method};
use crate::syntax::ast::CmpOp;
use crate::vm::ops::not_implemented;
use crate::vm::Vm;

fn type_error(msg: impl Into<String>) -> PyErr {
    PyErr::new(ExcKind::TypeError, msg)
}

fn key_error(key: &Value) -> PyErr {
    PyErr::with_args(ExcKind::KeyError, vec![key.clone()])
}

/// The dict behind a value (a dict, or an instance of a subclass of dict).
fn as_dict(v: &Value) -> Option<&Arc<Dict>> {
    match v {
        Value::Dict(d) => Some(d),
        Value::Instance(i) => match &i.base {
            Value::Dict(d) => Some(d),
            _ => None,
        },
        _ => None,
    }
}

/// Splits `args` into the dict `self` and the remaining arguments.
fn self_dict<'a>(args: &'a [Value], meth: &str) -> PyResult<(&'a Arc<Dict>, &'a [Value])> {
    match args.first().and_then(as_dict) {
        Some(d) => Ok((d, &args[1..])),
        None => Err(descr_error(meth, "dict", args)),
    }
}

/// Looks `name` up on a value; `None` when it has no such attribute.
fn lookup_attr(vm: &mut Vm, v: &Value, name: &str) -> PyResult<Option<Value>> {
    match vm.getattr(v, &PyStr::from_str(name)) {
        Ok(a) => Ok(Some(a)),
        Err(e) if e.matches(ExcKind::AttributeError) => Ok(None),
        Err(e) => Err(e),
    }
}

/// Merges a mapping (anything with `keys()`) into `d`.
fn merge_mapping(vm: &mut Vm, d: &Dict, other: &Value, keys: &Value) -> PyResult<()> {
    if let Some(o) = as_dict(other) {
        return d.update_from(vm, o);
    }
    let ks = vm.call(keys, vec![])?;
    let it = vm.iter(&ks)?;
    while let Some(k) = vm.next_fast(&it)? {
        let v = vm.getitem(other, &k)?;
        d.set(vm, k, v)?;
    }
    Ok(())
}

/// Merges an iterable of key/value pairs into `d`.
fn merge_pairs(vm: &mut Vm, d: &Dict, seq: &Value) -> PyResult<()> {
    let it = vm.iter(seq)?;
    let mut n = 0usize;
    while let Some(item) = vm.next_fast(&it)? {
        let pair = match &item {
            Value::Tuple(t) => t.items.to_vec(),
            Value::List(l) => l.snapshot(),
            _ => match vm.to_vec(&item) {
                Ok(v) => v,
                Err(e) if e.matches(ExcKind::TypeError) => {
                    return Err(type_error(format!(
                        "cannot convert dictionary update sequence element #{} to a sequence",
                        n
                    )))
                }
                Err(e) => return Err(e),
            },
        };
        if pair.len() != 2 {
            return Err(PyErr::new(
                ExcKind::ValueError,
                format!("dictionary update sequence element #{} has length {}; 2 is required", n, pair.len()),
            ));
        }
        let mut pair = pair.into_iter();
        if let (Some(k), Some(v)) = (pair.next(), pair.next()) {
            d.set(vm, k, v)?;
        }
        n += 1;
    }
    Ok(())
}

/// `dict(...)`, `d.update(...)` and `d.__init__(...)`; `name` is used in
/// argument-count errors.
fn update_named(vm: &mut Vm, d: &Dict, args: &[Value], kw: &KwArgs, name: &str) -> PyResult<()> {
    check_args(name, args, 0, 1)?;
    if let Some(other) = args.first() {
        if let Some(o) = as_dict(other) {
            d.update_from(vm, o)?;
        } else if let Some(keys) = lookup_attr(vm, other, "keys")? {
            merge_mapping(vm, d, other, &keys)?;
        } else {
            merge_pairs(vm, d, other)?;
        }
    }
    if !kw.is_empty() {
        // 2.7 gathers the keywords into a dict of their own and merges it.
        let kd = Dict::new();
        for (k, v) in kw {
            kd.set_pystr(k.clone(), v.clone());
        }
        d.update_from(vm, &kd)?;
    }
    Ok(())
}

/// `d.update(other, **kw)` (also `dict(...)`).
pub fn update(vm: &mut Vm, d: &Arc<Dict>, args: &[Value], kw: &KwArgs) -> PyResult<()> {
    update_named(vm, d, args, kw, "dict")
}

fn dict_get(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult {
    let (d, rest) = self_dict(a, "get")?;
    check_args("get", rest, 1, 2)?;
    Ok(match d.get(vm, &rest[0])? {
        Some(v) => v,
        None => rest.get(1).cloned().unwrap_or(Value::None),
    })
}

fn dict_setdefault(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult {
    let (d, rest) = self_dict(a, "setdefault")?;
    check_args("setdefault", rest, 1, 2)?;
    // The key is hashed once for the lookup and the store (as 2.7).
    let hash = vm.hash(&rest[0])?;
    let dflt = rest.get(1).cloned().unwrap_or(Value::None);
    d.setdefault_hashed(vm, hash, rest[0].clone(), dflt)
}

fn dict_pop(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult {
    let (d, rest) = self_dict(a, "pop")?;
    check_args("pop", rest, 1, 2)?;
    let found = if d.is_empty() { None } else { d.remove(vm, &rest[0])? };
    match (found, rest.get(1)) {
        (Some(v), _) => Ok(v),
        (None, Some(dflt)) => Ok(dflt.clone()),
        (None, None) => Err(key_error(&rest[0])),
    }
}

fn dict_popitem(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult {
    let (d, rest) = self_dict(a, "popitem")?;
    arity("popitem", rest, 0, 0)?;
    match d.pop_item() {
        Some((k, v)) => Ok(Value::tuple(vec![k, v])),
        None => Err(PyErr::new(ExcKind::KeyError, "popitem(): dictionary is empty")),
    }
}

fn dict_update(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult {
    let (d, rest) = self_dict(a, "update")?;
    update_named(vm, d, rest, kw, "update")?;
    Ok(Value::None)
}

fn dict_keys(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult {
    let (d, rest) = self_dict(a, "keys")?;
    arity("keys", rest, 0, 0)?;
    Ok(Value::list(d.keys()))
}

fn dict_values(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult {
    let (d, rest) = self_dict(a, "values")?;
    arity("values", rest, 0, 0)?;
    Ok(Value::list(d.values()))
}

fn dict_items(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult {
    let (d, rest) = self_dict(a, "items")?;
    arity("items", rest, 0, 0)?;
    Ok(Value::list(d.items().into_iter().map(|(k, v)| Value::tuple(vec![k, v])).collect()))
}

fn dict_iterkeys(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult {
    let (d, rest) = self_dict(a, "iterkeys")?;
    arity("iterkeys", rest, 0, 0)?;
    Ok(new_iter(IterState::DictKeys { dict: d.clone(), pos: 0, len: d.len() }))
}

fn dict_itervalues(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult {
    let (d, rest) = self_dict(a, "itervalues")?;
    arity("itervalues", rest, 0, 0)?;
    Ok(new_iter(IterState::DictValues { dict: d.clone(), pos: 0, len: d.len() }))
}

fn dict_iteritems(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult {
    let (d, rest) = self_dict(a, "iteritems")?;
    arity("iteritems", rest, 0, 0)?;
    Ok(new_iter(IterState::DictItems { dict: d.clone(), pos: 0, len: d.len() }))
}

/// Python 2's order of two dicts: the shorter first; else by the smallest
/// key whose value differs (or is missing) on each side, then by those values.
pub fn dict_order(vm: &mut Vm, x: &Dict, y: &Dict) -> PyResult<std::cmp::Ordering> {
    use std::cmp::Ordering;
    if x.len() != y.len() {
        return Ok(x.len().cmp(&y.len()));
    }
    let Some((akey, aval)) = smallest_difference(vm, x, y)? else { return Ok(Ordering::Equal) };
    let (bkey, bval) = smallest_difference(vm, y, x)?.unwrap_or((Value::None, Value::None));
    let c = match vm.cmp(&akey, &bkey)? {
        0 => vm.cmp(&aval, &bval)?,
        c => c,
    };
    Ok(c.cmp(&0))
}

/// CPython's `characterize`: the smallest key of `a` whose value in `b`
/// differs or is missing, with its value in `a`.
fn smallest_difference(vm: &mut Vm, a: &Dict, b: &Dict) -> PyResult<Option<(Value, Value)>> {
    let mut best: Option<(Value, Value)> = None;
    for (k, v) in a.items() {
        if let Some((bk, _)) = &best {
            if vm.cmp(bk, &k)? < 0 {
                continue;
            }
        }
        let same = match b.get(vm, &k)? {
            Some(w) => vm.eq(&v, &w)?,
            None => false,
        };
        if !same {
            best = Some((k, v));
        }
    }
    Ok(best)
}

/// A live view of the dict, made by the `_dictviews` stdlib module.
fn view(vm: &mut Vm, a: &[Value], name: &'static str, class: &str) -> PyResult {
    let (_, rest) = self_dict(a, name)?;
    arity(name, rest, 0, 0)?;
    let m = vm.import_module("_dictviews", &Dict::new())?;
    // Through a factory: the view classes themselves refuse to be called.
    let make = vm.getattr(&m, &PyStr::from_str("_make"))?;
    vm.call(&make, vec![Value::str(class), a[0].clone()])
}

fn dict_viewkeys(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult {
    view(vm, a, "viewkeys", "dict_keys")
}

fn dict_viewitems(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult {
    view(vm, a, "viewitems", "dict_items")
}

fn dict_viewvalues(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult {
    view(vm, a, "viewvalues", "dict_values")
}

fn dict_has_key(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult {
    let (d, rest) = self_dict(a, "has_key")?;
    arity("has_key", rest, 1, 1)?;
    Ok(Value::bool(d.contains(vm, &rest[0])?))
}

/// `dict.fromkeys(seq[, value])`: installed as a classmethod, so `args[0]` is
/// the class (or, if called as a plain function, a dict whose type is used).
fn dict_fromkeys(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult {
    let cls: Option<Arc<Class>> = match a.first() {
        Some(Value::Class(c)) => Some(c.clone()),
        Some(Value::Instance(i)) if as_dict(&a[0]).is_some() => Some(i.class().into_owned()),
        Some(Value::Dict(_)) => None,
        _ => return Err(descr_error("fromkeys", "dict", a)),
    };
    let rest = &a[1..];
    check_args("fromkeys", rest, 1, 2)?;
    let value = rest.get(1).cloned().unwrap_or(Value::None);
    let target = match &cls {
        Some(c) if !Arc::ptr_eq(c, &super::class::types().dict) => vm.call(&Value::Class(c.clone()), vec![])?,
        _ => Value::Dict(Arc::new(Dict::new())),
    };
    let fast = match &target {
        Value::Dict(d) => Some(d.clone()),
        _ => None,
    };
    // The keys of a plain dict or set keep their stored hashes.
    if let Some(d) = fast.as_ref().filter(|d| d.is_empty()) {
        let keys = match &rest[0] {
            Value::Dict(src) => Some(src.keys_hashed()),
            Value::Set(src) => Some(src.items_hashed()),
            _ => None,
        };
        if let Some(keys) = keys {
            // 2.7 sizes the new table for half again the keys, then
            // inserts them with no resize checks.
            d.resize_for(keys.len() / 2 * 3)?;
            for (h, k) in keys {
                d.set_unchecked(vm, h, k, value.clone())?;
            }
            return Ok(target);
        }
    }
    let it = vm.iter(&rest[0])?;
    while let Some(k) = vm.next_fast(&it)? {
        match &fast {
            Some(d) => d.set(vm, k, value.clone())?,
            None => vm.setitem(&target, k, value.clone())?,
        }
    }
    Ok(target)
}

fn dict_copy(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult {
    let (d, rest) = self_dict(a, "copy")?;
    arity("copy", rest, 0, 0)?;
    let c = Arc::new(d.copy());
    crate::vm::collector::track_dict(&c);
    Ok(Value::Dict(c))
}

fn dict_clear(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult {
    let (d, rest) = self_dict(a, "clear")?;
    arity("clear", rest, 0, 0)?;
    d.clear();
    Ok(Value::None)
}

fn dict_len(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult {
    let (d, rest) = self_dict(a, "__len__")?;
    arity("__len__", rest, 0, 0)?;
    Ok(Value::Int(d.len() as i64))
}

fn dict_getitem(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult {
    let (d, rest) = self_dict(a, "__getitem__")?;
    super::list_methods::meth_o_arity("__getitem__", rest)?;
    if let Some(v) = d.get(vm, &rest[0])? {
        return Ok(v);
    }
    if let Value::Instance(_) = &a[0] {
        if let Some(r) = vm.call_dunder(&a[0], "__missing__", vec![rest[0].clone()])? {
            return Ok(r);
        }
    }
    Err(key_error(&rest[0]))
}

fn dict_setitem(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult {
    let (d, rest) = self_dict(a, "__setitem__")?;
    arity("__setitem__", rest, 2, 2)?;
    d.set(vm, rest[0].clone(), rest[1].clone())?;
    Ok(Value::None)
}

fn dict_delitem(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult {
    let (d, rest) = self_dict(a, "__delitem__")?;
    arity("__delitem__", rest, 1, 1)?;
    match d.remove(vm, &rest[0])? {
        Some(_) => Ok(Value::None),
        None => Err(key_error(&rest[0])),
    }
}

fn dict_contains(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult {
    let (d, rest) = self_dict(a, "__contains__")?;
    // a METH_O method in CPython, not a slot wrapper
    super::list_methods::meth_o_arity("__contains__", rest)?;
    Ok(Value::bool(d.contains(vm, &rest[0])?))
}

fn dict_iter(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult {
    let (d, rest) = self_dict(a, "__iter__")?;
    arity("__iter__", rest, 0, 0)?;
    Ok(new_iter(IterState::DictKeys { dict: d.clone(), pos: 0, len: d.len() }))
}

fn dict_init(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult {
    let (d, rest) = self_dict(a, "__init__")?;
    update_named(vm, d, rest, kw, "dict")?;
    Ok(Value::None)
}

fn dict_repr(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult {
    let (d, rest) = self_dict(a, "__repr__")?;
    arity("__repr__", rest, 0, 0)?;
    Ok(Value::Str(vm.repr(&Value::Dict(d.clone()))?))
}

fn dict_compare(vm: &mut Vm, a: &[Value], op: CmpOp, name: &str) -> PyResult {
    let (d, rest) = self_dict(a, name)?;
    arity(name, rest, 1, 1)?;
    let Some(o) = as_dict(&rest[0]) else {
        return Ok(not_implemented());
    };
    if !matches!(op, CmpOp::Eq | CmpOp::NotEq) {
        // Python 2.7 dicts define only == and != as rich comparisons.
        return Ok(not_implemented());
    }
    vm.compare(op, &Value::Dict(d.clone()), &Value::Dict(o.clone()))
}

pub fn install(t: &Types) {
    let d = &t.dict;
    method(d, "dict.get", dict_get);
    method(d, "dict.setdefault", dict_setdefault);
    method(d, "dict.pop", dict_pop);
    method(d, "dict.popitem", dict_popitem);
    method(d, "dict.update", dict_update);
    method(d, "dict.keys", dict_keys);
    method(d, "dict.values", dict_values);
    method(d, "dict.items", dict_items);
    method(d, "dict.iterkeys", dict_iterkeys);
    method(d, "dict.itervalues", dict_itervalues);
    method(d, "dict.iteritems", dict_iteritems);
    method(d, "dict.viewkeys", dict_viewkeys);
    method(d, "dict.viewvalues", dict_viewvalues);
    method(d, "dict.viewitems", dict_viewitems);
    method(d, "dict.has_key", dict_has_key);
    method(d, "dict.copy", dict_copy);
    method(d, "dict.clear", dict_clear);
    method(d, "dict.__len__", dict_len);
    method(d, "dict.__getitem__", dict_getitem);
    method(d, "dict.__setitem__", dict_setitem);
    method(d, "dict.__delitem__", dict_delitem);
    method(d, "dict.__contains__", dict_contains);
    method(d, "dict.__iter__", dict_iter);
    method(d, "dict.__init__", dict_init);
    method(d, "dict.__repr__", dict_repr);
    method(d, "dict.__eq__", |vm, a, _| dict_compare(vm, a, CmpOp::Eq, "__eq__"));
    method(d, "dict.__ne__", |vm, a, _| dict_compare(vm, a, CmpOp::NotEq, "__ne__"));
    method(d, "dict.__lt__", |vm, a, _| dict_compare(vm, a, CmpOp::Lt, "__lt__"));
    method(d, "dict.__le__", |vm, a, _| dict_compare(vm, a, CmpOp::LtE, "__le__"));
    method(d, "dict.__gt__", |vm, a, _| dict_compare(vm, a, CmpOp::Gt, "__gt__"));
    method(d, "dict.__ge__", |vm, a, _| dict_compare(vm, a, CmpOp::GtE, "__ge__"));
    d.dict.set_str("__hash__", Value::None);
    let fromkeys = Builtin::new("dict.fromkeys", dict_fromkeys);
    d.dict.set_str("fromkeys", Value::other(Object::ClassMethod(fromkeys)));
}
