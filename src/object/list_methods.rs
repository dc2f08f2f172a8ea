//! The methods of `list` and `tuple`.

use crate::object::BoolBits;
use std::sync::Arc;

use super::class::Types;
use super::function::KwArgs;
use super::iter::{new_iter, IterState};
use super::list::{merge_sort, List};
use super::{ExcKind, PyErr, PyResult, Tuple, Value};
use crate::modules::method;
use crate::syntax::ast::CmpOp;
use crate::vm::ops::not_implemented;
use crate::vm::Vm;

fn type_error(msg: impl Into<String>) -> PyErr {
    PyErr::new(ExcKind::TypeError, msg)
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// The arity check of a METH_O method whose name is also a slot's
/// (`list.__getitem__`, `dict.__getitem__` are methods in CPython).
pub(crate) fn meth_o_arity(name: &str, args: &[Value]) -> PyResult<()> {
    if args.len() == 1 {
        return Ok(());
    }
    Err(type_error(format!("{}() takes exactly one argument ({} given)", name, args.len())))
}

/// Checks the number of arguments (after `self`) the way CPython's
/// `PyArg_ParseTuple` words it: `insert() takes exactly 2 arguments (1 given)`.
pub(crate) fn arity(name: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    let n = args.len();
    if n >= min && n <= max {
        return Ok(());
    }
    let msg = if let Some(m) = crate::modules::arity::slot_wrapper_message(name, min, max, n) {
        m
    } else if min == max && min == 0 {
        format!("{}() takes no arguments ({} given)", name, n)
    } else if min == max && min == 1 {
        format!("{}() takes exactly one argument ({} given)", name, n)
    } else if min == max {
        format!("{}() takes exactly {} argument{} ({} given)", name, min, plural(min), n)
    } else if n < min {
        format!("{}() takes at least {} argument{} ({} given)", name, min, plural(min), n)
    } else {
        format!("{}() takes at most {} argument{} ({} given)", name, max, plural(max), n)
    };
    Err(type_error(msg))
}

/// The error for a method descriptor called with a wrong or missing `self`.
pub(crate) fn descr_error(meth: &str, owner: &str, args: &[Value]) -> PyErr {
    match args.first() {
        None => type_error(format!("descriptor '{}' of '{}' object needs an argument", meth, owner)),
        Some(v) => type_error(format!(
            "descriptor '{}' requires a '{}' object but received a '{}'",
            meth,
            owner,
            v.type_name()
        )),
    }
}

/// The list behind `self` (a list, or an instance of a subclass of list).
fn as_list(v: &Value) -> Option<&Arc<List>> {
    match v {
        Value::List(l) => Some(l),
        Value::Instance(i) => match &i.base {
            Value::List(l) => Some(l),
            _ => None,
        },
        _ => None,
    }
}

/// The tuple behind a value (a tuple, or an instance of a subclass of tuple).
fn as_tuple(v: &Value) -> Option<&Arc<Tuple>> {
    match v {
        Value::Tuple(t) => Some(t),
        Value::Instance(i) => match &i.base {
            Value::Tuple(t) => Some(t),
            _ => None,
        },
        _ => None,
    }
}

/// Splits `args` into the list `self` and the remaining arguments.
fn self_list<'a>(args: &'a [Value], meth: &str) -> PyResult<(&'a Arc<List>, &'a [Value])> {
    match args.first().and_then(as_list) {
        Some(l) => Ok((l, &args[1..])),
        None => Err(descr_error(meth, "list", args)),
    }
}

fn self_tuple<'a>(args: &'a [Value], meth: &str) -> PyResult<(&'a Arc<Tuple>, &'a [Value])> {
    match args.first().and_then(as_tuple) {
        Some(t) => Ok((t, &args[1..])),
        None => Err(descr_error(meth, "tuple", args)),
    }
}

/// A C `Py_ssize_t` argument (`pop(i)`, `insert(i, x)`): 2.7 takes it through `__int__`.
fn ssize_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    vm.c_long_arg(v)
}

/// A slice index argument (`index(x, start, stop)`).
fn slice_index_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    if let Value::Float(_) = v {
        return Err(type_error("slice indices must be integers or have an __index__ method"));
    }
    match vm.index_value(v)? {
        Some(i) => Ok(i),
        None => Err(type_error("slice indices must be integers or have an __index__ method")),
    }
}

/// The repetition count of `seq * n`.
pub(crate) fn repeat_count(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    if let Value::Float(_) = v {
        return Err(type_error(format!("can't multiply sequence by non-int of type '{}'", v.type_name())));
    }
    if let Value::Long(_) = v {
        if crate::object::number::as_i64(v).is_none() {
            return Err(PyErr::new(ExcKind::OverflowError, "cannot fit 'long' into an index-sized integer"));
        }
    }
    match vm.index_value(v)? {
        Some(i) => Ok(i),
        None => Err(type_error(format!("'{}' object cannot be interpreted as an index", v.type_name()))),
    }
}

/// `items * n` as a new vector (MemoryError rather than an abort when huge).
pub(crate) fn repeated(items: &[Value], n: i64) -> PyResult<Vec<Value>> {
    let n = n.max(0) as usize;
    if items.is_empty() || n == 0 {
        // Nothing to repeat: done at once however large n is.
        return Ok(Vec::new());
    }
    let total = items.len().saturating_mul(n);
    let mut v = Vec::new();
    if total > 1 << 28 || v.try_reserve_exact(total).is_err() {
        return Err(crate::object::alloc::memory_error());
    }
    for _ in 0..n {
        v.extend(items.iter().cloned());
    }
    Ok(v)
}

/// Equality as `PyObject_RichCompareBool(a, b, Py_EQ)`: identity first (so a
/// NaN equals itself), then Python's `==`.
pub(crate) fn eq_bool(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    if a.is(b) {
        return Ok(true);
    }
    vm.eq(a, b)
}

/// `(start, stop)` of `index(x[, start[, stop]])`, clamped as CPython does.
fn index_bounds(vm: &mut Vm, rest: &[Value], len: usize) -> PyResult<(usize, usize)> {
    let len = len as i64;
    let norm = |i: i64| {
        if i < 0 {
            (i.saturating_add(len)).max(0)
        } else {
            i
        }
    };
    let start = match rest.get(1) {
        Some(v) => norm(slice_index_arg(vm, v)?),
        None => 0,
    };
    let stop = match rest.get(2) {
        Some(v) => norm(slice_index_arg(vm, v)?),
        None => len,
    };
    Ok((start as usize, stop as usize))
}

// ----- sorting -----

/// How `sort` compares two keys.
enum Order {
    /// Python's `<`.
    Lt,
    /// A Python 2 `cmp` function.
    Cmp(Value),
}

fn sort_lt(vm: &mut Vm, order: &Order, a: &Value, b: &Value) -> PyResult<bool> {
    match order {
        Order::Lt => vm.lt(a, b),
        Order::Cmp(f) => {
            let r = vm.call(f, vec![a.clone(), b.clone()])?;
            let r = match &r {
                Value::Instance(i) if matches!(i.base, Value::Int(_) | Value::Bool(_)) => i.base.clone(),
                _ => r,
            };
            match r {
                Value::Int(i) => Ok(i < 0),
                Value::Bool(_) => Ok(false),
                other => Err(type_error(format!("comparison function must return int, not {}", other.type_name()))),
            }
        }
    }
}

/// Sorts `items` in place (stable); `reverse` keeps equal items in order.
fn sort_items(vm: &mut Vm, items: &mut [Value], order: Order, key: Option<Value>, reverse: bool) -> PyResult<()> {
    if items.len() < 2 {
        // Key functions still run (and may raise) for a one-item list.
        if let (Some(k), Some(x)) = (&key, items.first()) {
            vm.call(k, vec![x.clone()])?;
        }
        return Ok(());
    }
    let mut keyed: Option<Vec<(Value, Value)>> = None;
    if let Some(k) = &key {
        let mut pairs = Vec::with_capacity(items.len());
        for x in items.iter() {
            pairs.push((vm.call(k, vec![x.clone()])?, x.clone()));
        }
        keyed = Some(pairs);
    }
    if reverse {
        items.reverse();
        if let Some(p) = keyed.as_mut() {
            p.reverse();
        }
    }
    let result = match keyed.as_mut() {
        Some(pairs) => {
            let r = sort_pairs(vm, pairs, &order);
            for (slot, (_, x)) in items.iter_mut().zip(pairs.iter()) {
                *slot = x.clone();
            }
            r
        }
        None => sort_plain(vm, items, &order),
    };
    if reverse {
        items.reverse();
    }
    result
}

fn sort_plain(vm: &mut Vm, items: &mut [Value], order: &Order) -> PyResult<()> {
    if let Order::Lt = order {
        if items.iter().all(|v| matches!(v, Value::Int(_))) {
            items.sort_by_key(|v| if let Value::Int(i) = v { *i } else { 0 });
            return Ok(());
        }
        if items.iter().all(|v| matches!(v, Value::Str(_))) {
            items.sort_by(|a, b| a.as_str().map(|s| s.as_bytes()).cmp(&b.as_str().map(|s| s.as_bytes())));
            return Ok(());
        }
    }
    merge_sort(items, &mut |a, b| sort_lt(vm, order, a, b))
}

fn sort_pairs(vm: &mut Vm, pairs: &mut [(Value, Value)], order: &Order) -> PyResult<()> {
    if let Order::Lt = order {
        if pairs.iter().all(|(k, _)| matches!(k, Value::Int(_))) {
            pairs.sort_by_key(|(k, _)| if let Value::Int(i) = k { *i } else { 0 });
            return Ok(());
        }
        if pairs.iter().all(|(k, _)| matches!(k, Value::Str(_))) {
            pairs.sort_by(|(a, _), (b, _)| a.as_str().map(|s| s.as_bytes()).cmp(&b.as_str().map(|s| s.as_bytes())));
            return Ok(());
        }
    }
    merge_sort(pairs, &mut |a, b| sort_lt(vm, order, &a.0, &b.0))
}

/// `list.sort(cmp=None, key=None, reverse=False)` on a list object.
pub fn sort_list(vm: &mut Vm, list: &List, args: &[Value], kw: &KwArgs) -> PyResult<()> {
    const NAMES: [&str; 3] = ["cmp", "key", "reverse"];
    if args.len() + kw.len() > 3 {
        return Err(type_error(format!("sort() takes at most 3 arguments ({} given)", args.len() + kw.len())));
    }
    let mut slots: [Option<Value>; 3] = [args.first().cloned(), args.get(1).cloned(), args.get(2).cloned()];
    for (k, v) in kw {
        let Some(pos) = NAMES.iter().position(|n| n.as_bytes() == k.as_bytes()) else {
            return Err(type_error(format!("'{}' is an invalid keyword argument for this function", k.as_str())));
        };
        if slots[pos].is_some() {
            return Err(type_error(format!("Argument given by name ('{}') and position ({})", NAMES[pos], pos + 1)));
        }
        slots[pos] = Some(v.clone());
    }
    let [cmp, key, rev] = slots;
    let order = match cmp {
        Some(f) if !f.is_none() => Order::Cmp(f),
        _ => Order::Lt,
    };
    let key = key.filter(|k| !k.is_none());
    let reverse = match &rev {
        None => false,
        Some(Value::Float(_)) => return Err(type_error("integer argument expected, got float")),
        Some(v) => match vm.index_value(v)? {
            Some(i) => i != 0,
            None => return Err(type_error("an integer is required")),
        },
    };
    // While sorting, the list appears empty to Python code.
    let mut items = std::mem::take(&mut *list.items.lock());
    let result = sort_items(vm, &mut items, order, key, reverse);
    let displaced = {
        let mut g = list.items.lock();
        std::mem::replace(&mut *g, items)
    };
    let modified = !displaced.is_empty();
    drop(displaced);
    result?;
    if modified {
        return Err(PyErr::new(ExcKind::ValueError, "list modified during sort"));
    }
    Ok(())
}

// ----- list methods -----

/// `l.extend(iterable)`; items of a general iterable are appended one by one.
fn extend(vm: &mut Vm, list: &List, other: &Value) -> PyResult<()> {
    match other {
        Value::List(_) | Value::Tuple(_) | Value::Str(_) | Value::Dict(_) | Value::Set(_) => {
            let items = vm.to_vec(other)?;
            list.items.lock().extend(items);
        }
        _ => {
            let it = vm.iter(other)?;
            vm.length_hint_check(other)?;
            while let Some(x) = vm.next_fast(&it)? {
                list.push(x);
            }
        }
    }
    Ok(())
}

fn list_append(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult {
    let (l, rest) = self_list(a, "append")?;
    arity("append", rest, 1, 1)?;
    l.try_push(rest[0].clone())?;
    Ok(Value::None)
}

fn list_extend(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult {
    let (l, rest) = self_list(a, "extend")?;
    arity("extend", rest, 1, 1)?;
    extend(vm, l, &rest[0])?;
    Ok(Value::None)
}

fn list_insert(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult {
    let (l, rest) = self_list(a, "insert")?;
    arity("insert", rest, 2, 2)?;
    let i = ssize_arg(vm, &rest[0])?;
    let mut g = l.items.lock();
    let n = g.len() as i64;
    let at = if i < 0 { i.saturating_add(n).max(0) } else { i.min(n) };
    g.insert(at as usize, rest[1].clone());
    Ok(Value::None)
}

fn list_pop(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult {
    let (l, rest) = self_list(a, "pop")?;
    arity("pop", rest, 0, 1)?;
    let i = match rest.first() {
        Some(v) => ssize_arg(vm, v)?,
        None => -1,
    };
    let mut g = l.items.lock();
    let n = g.len() as i64;
    if n == 0 {
        return Err(PyErr::new(ExcKind::IndexError, "pop from empty list"));
    }
    let j = if i < 0 { i.saturating_add(n) } else { i };
    if j < 0 || j >= n {
        return Err(PyErr::new(ExcKind::IndexError, "pop index out of range"));
    }
    Ok(g.remove(j as usize))
}

fn list_remove(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult {
    let (l, rest) = self_list(a, "remove")?;
    arity("remove", rest, 1, 1)?;
    let x = &rest[0];
    let mut i = 0;
    while let Some(item) = l.get(i) {
        if eq_bool(vm, &item, x)? {
            let mut g = l.items.lock();
            if i < g.len() {
                g.remove(i);
            }
            return Ok(Value::None);
        }
        i += 1;
    }
    Err(PyErr::new(ExcKind::ValueError, "list.remove(x): x not in list"))
}

fn list_index(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult {
    let (l, rest) = self_list(a, "index")?;
    arity("index", rest, 1, 3)?;
    let x = &rest[0];
    let (start, stop) = index_bounds(vm, rest, l.len())?;
    let mut i = start;
    while i < stop {
        let Some(item) = l.get(i) else { break };
        if eq_bool(vm, &item, x)? {
            return Ok(Value::Int(i as i64));
        }
        i += 1;
    }
    let r = vm.repr(x)?;
    Err(PyErr::new(ExcKind::ValueError, format!("{} is not in list", r.to_string_lossy())))
}

fn list_count(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult {
    let (l, rest) = self_list(a, "count")?;
    arity("count", rest, 1, 1)?;
    let x = &rest[0];
    let mut n = 0i64;
    let mut i = 0;
    while let Some(item) = l.get(i) {
        if eq_bool(vm, &item, x)? {
            n += 1;
        }
        i += 1;
    }
    Ok(Value::Int(n))
}

fn list_reverse(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult {
    let (l, rest) = self_list(a, "reverse")?;
    arity("reverse", rest, 0, 0)?;
    l.items.lock().reverse();
    Ok(Value::None)
}

fn list_sort(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult {
    let (l, rest) = self_list(a, "sort")?;
    sort_list(vm, l, rest, kw)?;
    Ok(Value::None)
}

fn list_len(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult {
    let (l, rest) = self_list(a, "__len__")?;
    arity("__len__", rest, 0, 0)?;
    Ok(Value::Int(l.len() as i64))
}

fn list_getitem(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult {
    let (l, rest) = self_list(a, "__getitem__")?;
    meth_o_arity("__getitem__", rest)?;
    vm.getitem(&Value::List(l.clone()), &rest[0])
}

fn list_setitem(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult {
    let (l, rest) = self_list(a, "__setitem__")?;
    arity("__setitem__", rest, 2, 2)?;
    vm.setitem(&Value::List(l.clone()), rest[0].clone(), rest[1].clone())?;
    Ok(Value::None)
}

fn list_delitem(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult {
    let (l, rest) = self_list(a, "__delitem__")?;
    arity("__delitem__", rest, 1, 1)?;
    vm.delitem(&Value::List(l.clone()), &rest[0])?;
    Ok(Value::None)
}

fn list_getslice(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult {
    let (l, rest) = self_list(a, "__getslice__")?;
    slice_slot_arity(rest, 2)?;
    let lo = ssize_arg(vm, &rest[0])?;
    let hi = ssize_arg(vm, &rest[1])?;
    let g = l.items.lock();
    let n = g.len() as i64;
    let lo = lo.clamp(0, n) as usize;
    let hi = (hi.clamp(0, n) as usize).max(lo);
    Ok(Value::list(g.get(lo..hi).map(|s| s.to_vec()).unwrap_or_default()))
}

/// The `__*slice__` slot wrappers parse their arguments with an anonymous
/// format ("nn", "nnO"), so CPython's message names no function.
fn slice_slot_arity(args: &[Value], n: usize) -> PyResult<()> {
    if args.len() == n {
        return Ok(());
    }
    Err(type_error(format!("function takes exactly {} arguments ({} given)", n, args.len())))
}

/// The plain slice `[lo:hi]` that `__setslice__`/`__delslice__` stand for: CPython
/// clamps both ends to `0..=len` before using them (no negative indexing).
fn clamped_slice(vm: &mut Vm, len: usize, lo: &Value, hi: &Value) -> PyResult<Value> {
    let n = len as i64;
    let lo = ssize_arg(vm, lo)?.clamp(0, n);
    let hi = ssize_arg(vm, hi)?.clamp(0, n).max(lo);
    Ok(Value::other(super::Object::Slice {
        start: Value::Int(lo),
        stop: Value::Int(hi),
        step: Value::None,
        simple: false,
    }))
}

fn list_setslice(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult {
    let (l, rest) = self_list(a, "__setslice__")?;
    slice_slot_arity(rest, 3)?;
    let key = clamped_slice(vm, l.len(), &rest[0], &rest[1])?;
    vm.setitem(&Value::List(l.clone()), key, rest[2].clone())?;
    Ok(Value::None)
}

fn list_delslice(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult {
    let (l, rest) = self_list(a, "__delslice__")?;
    slice_slot_arity(rest, 2)?;
    let key = clamped_slice(vm, l.len(), &rest[0], &rest[1])?;
    vm.delitem(&Value::List(l.clone()), &key)?;
    Ok(Value::None)
}

fn tuple_getslice(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult {
    let (t, rest) = self_tuple(a, "__getslice__")?;
    slice_slot_arity(rest, 2)?;
    let key = clamped_slice(vm, t.items.len(), &rest[0], &rest[1])?;
    vm.getitem(&Value::Tuple(t.clone()), &key)
}

fn list_contains(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult {
    let (l, rest) = self_list(a, "__contains__")?;
    if rest.len() != 1 {
        return Err(type_error(format!("expected 1 arguments, got {}", rest.len())));
    }
    let mut i = 0;
    while let Some(item) = l.get(i) {
        if eq_bool(vm, &rest[0], &item)? {
            return Ok(Value::Bool(BoolBits::TRUE));
        }
        i += 1;
    }
    Ok(Value::Bool(BoolBits::FALSE))
}

fn list_iter(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult {
    let (l, rest) = self_list(a, "__iter__")?;
    arity("__iter__", rest, 0, 0)?;
    Ok(new_iter(IterState::Seq { seq: Value::List(l.clone()), idx: 0 }))
}

fn list_reversed(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult {
    let (l, rest) = self_list(a, "__reversed__")?;
    arity("__reversed__", rest, 0, 0)?;
    let n = l.len();
    Ok(new_iter(IterState::Reversed { seq: Value::List(l.clone()), idx: n }))
}

fn list_add(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult {
    let (l, rest) = self_list(a, "__add__")?;
    arity("__add__", rest, 1, 1)?;
    let other = &rest[0];
    match as_list(other) {
        Some(o) => {
            let mut v = l.snapshot();
            v.extend(o.snapshot());
            Ok(Value::list(v))
        }
        None => {
            if let Value::Instance(i) = other {
                if i.class().defines_in_python("__radd__") {
                    return Ok(not_implemented());
                }
            }
            Err(type_error(format!("can only concatenate list (not \"{}\") to list", other.type_name())))
        }
    }
}

fn list_iadd(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult {
    let (l, rest) = self_list(a, "__iadd__")?;
    arity("__iadd__", rest, 1, 1)?;
    extend(vm, l, &rest[0])?;
    Ok(a[0].clone())
}

fn list_mul(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult {
    let (l, rest) = self_list(a, "__mul__")?;
    arity("__mul__", rest, 1, 1)?;
    let n = repeat_count(vm, &rest[0])?;
    let items = l.snapshot();
    Ok(Value::list(repeated(&items, n)?))
}

fn list_imul(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult {
    let (l, rest) = self_list(a, "__imul__")?;
    arity("__imul__", rest, 1, 1)?;
    let n = repeat_count(vm, &rest[0])?;
    let items = l.snapshot();
    let v = repeated(&items, n)?;
    let old = std::mem::replace(&mut *l.items.lock(), v);
    drop(old);
    Ok(a[0].clone())
}

fn list_init(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult {
    let (l, rest) = self_list(a, "__init__")?;
    let mut src = rest.first().cloned();
    for (k, v) in kw {
        if k.as_bytes() == b"sequence" && src.is_none() {
            src = Some(v.clone());
        } else {
            return Err(type_error(format!("'{}' is an invalid keyword argument for this function", k.as_str())));
        }
    }
    if rest.len() + kw.len() > 1 {
        return Err(type_error(format!("list() takes at most 1 argument ({} given)", rest.len() + kw.len())));
    }
    let old = std::mem::take(&mut *l.items.lock());
    drop(old);
    if let Some(src) = src {
        extend(vm, l, &src)?;
    }
    Ok(Value::None)
}

fn list_repr(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult {
    let (l, rest) = self_list(a, "__repr__")?;
    arity("__repr__", rest, 0, 0)?;
    Ok(Value::Str(vm.repr(&Value::List(l.clone()))?))
}

/// The rich comparisons of list and tuple: NotImplemented unless both sides
/// are of the kind.
fn seq_compare(vm: &mut Vm, a: &[Value], op: CmpOp, owner: &str, name: &str) -> PyResult {
    let is_kind = |v: &Value| {
        if owner == "list" {
            as_list(v).is_some()
        } else {
            as_tuple(v).is_some()
        }
    };
    match a.first() {
        Some(v) if is_kind(v) => {}
        _ => return Err(descr_error(name, owner, a)),
    }
    arity(name, &a[1..], 1, 1)?;
    if !is_kind(&a[1]) {
        return Ok(not_implemented());
    }
    let unwrap = |v: &Value| match v {
        Value::Instance(i) => i.base.clone(),
        _ => v.clone(),
    };
    let (x, y) = (unwrap(&a[0]), unwrap(&a[1]));
    vm.compare(op, &x, &y)
}

macro_rules! compare_methods {
    ($cls:expr, $owner:literal, $( $name:literal => $op:expr ),* $(,)?) => {
        $(
            method($cls, concat!($owner, ".", $name), |vm, a, _| seq_compare(vm, a, $op, $owner, $name));
        )*
    };
}

// ----- tuple methods -----

fn tuple_index(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult {
    let (t, rest) = self_tuple(a, "index")?;
    arity("index", rest, 1, 3)?;
    let (start, stop) = index_bounds(vm, rest, t.items.len())?;
    for i in start..stop.min(t.items.len()) {
        if eq_bool(vm, &t.items[i], &rest[0])? {
            return Ok(Value::Int(i as i64));
        }
    }
    Err(PyErr::new(ExcKind::ValueError, "tuple.index(x): x not in tuple"))
}

fn tuple_count(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult {
    let (t, rest) = self_tuple(a, "count")?;
    arity("count", rest, 1, 1)?;
    let mut n = 0i64;
    for item in t.items.iter() {
        if eq_bool(vm, item, &rest[0])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn tuple_len(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult {
    let (t, rest) = self_tuple(a, "__len__")?;
    arity("__len__", rest, 0, 0)?;
    Ok(Value::Int(t.items.len() as i64))
}

fn tuple_getitem(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult {
    let (t, rest) = self_tuple(a, "__getitem__")?;
    arity("__getitem__", rest, 1, 1)?;
    vm.getitem(&Value::Tuple(t.clone()), &rest[0])
}

fn tuple_contains(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult {
    let (t, rest) = self_tuple(a, "__contains__")?;
    if rest.len() != 1 {
        return Err(type_error(format!("expected 1 arguments, got {}", rest.len())));
    }
    for item in t.items.iter() {
        if eq_bool(vm, &rest[0], item)? {
            return Ok(Value::Bool(BoolBits::TRUE));
        }
    }
    Ok(Value::Bool(BoolBits::FALSE))
}

fn tuple_iter(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult {
    let (t, rest) = self_tuple(a, "__iter__")?;
    arity("__iter__", rest, 0, 0)?;
    Ok(new_iter(IterState::Seq { seq: Value::Tuple(t.clone()), idx: 0 }))
}

fn tuple_add(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult {
    let (t, rest) = self_tuple(a, "__add__")?;
    arity("__add__", rest, 1, 1)?;
    let other = &rest[0];
    match as_tuple(other) {
        Some(o) => {
            let mut v = t.items.to_vec();
            v.extend(o.items.iter().cloned());
            Ok(Value::tuple(v))
        }
        None => {
            if let Value::Instance(i) = other {
                if i.class().defines_in_python("__radd__") {
                    return Ok(not_implemented());
                }
            }
            Err(type_error(format!("can only concatenate tuple (not \"{}\") to tuple", other.type_name())))
        }
    }
}

fn tuple_mul(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult {
    let (t, rest) = self_tuple(a, "__mul__")?;
    arity("__mul__", rest, 1, 1)?;
    let n = repeat_count(vm, &rest[0])?;
    if n == 1 {
        if let Value::Tuple(_) = &a[0] {
            return Ok(a[0].clone());
        }
    }
    Ok(Value::tuple(repeated(&t.items, n)?))
}

fn tuple_hash(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult {
    let (t, rest) = self_tuple(a, "__hash__")?;
    arity("__hash__", rest, 0, 0)?;
    Ok(Value::Int(vm.hash(&Value::Tuple(t.clone()))?))
}

fn tuple_repr(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult {
    let (t, rest) = self_tuple(a, "__repr__")?;
    arity("__repr__", rest, 0, 0)?;
    Ok(Value::Str(vm.repr(&Value::Tuple(t.clone()))?))
}

fn tuple_getnewargs(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult {
    let (t, rest) = self_tuple(a, "__getnewargs__")?;
    arity("__getnewargs__", rest, 0, 0)?;
    Ok(Value::tuple(vec![Value::Tuple(t.clone())]))
}

/// The methods of `list` and `tuple`.
pub fn install(t: &Types) {
    let l = &t.list;
    method(l, "list.append", list_append);
    method(l, "list.extend", list_extend);
    method(l, "list.insert", list_insert);
    method(l, "list.pop", list_pop);
    method(l, "list.remove", list_remove);
    method(l, "list.index", list_index);
    method(l, "list.count", list_count);
    method(l, "list.reverse", list_reverse);
    method(l, "list.sort", list_sort);
    method(l, "list.__len__", list_len);
    method(l, "list.__getitem__", list_getitem);
    method(l, "list.__setitem__", list_setitem);
    method(l, "list.__delitem__", list_delitem);
    method(l, "list.__getslice__", list_getslice);
    method(l, "list.__setslice__", list_setslice);
    method(l, "list.__delslice__", list_delslice);
    method(l, "list.__contains__", list_contains);
    method(l, "list.__iter__", list_iter);
    method(l, "list.__reversed__", list_reversed);
    method(l, "list.__add__", list_add);
    method(l, "list.__iadd__", list_iadd);
    method(l, "list.__mul__", list_mul);
    method(l, "list.__rmul__", list_mul);
    method(l, "list.__imul__", list_imul);
    method(l, "list.__init__", list_init);
    method(l, "list.__repr__", list_repr);
    compare_methods!(l, "list",
        "__eq__" => CmpOp::Eq, "__ne__" => CmpOp::NotEq, "__lt__" => CmpOp::Lt,
        "__le__" => CmpOp::LtE, "__gt__" => CmpOp::Gt, "__ge__" => CmpOp::GtE,
    );
    l.dict.set_str("__hash__", Value::None);

    let tu = &t.tuple;
    method(tu, "tuple.index", tuple_index);
    method(tu, "tuple.count", tuple_count);
    method(tu, "tuple.__len__", tuple_len);
    method(tu, "tuple.__getitem__", tuple_getitem);
    method(tu, "tuple.__getslice__", tuple_getslice);
    method(tu, "tuple.__contains__", tuple_contains);
    method(tu, "tuple.__iter__", tuple_iter);
    method(tu, "tuple.__add__", tuple_add);
    method(tu, "tuple.__mul__", tuple_mul);
    method(tu, "tuple.__rmul__", tuple_mul);
    method(tu, "tuple.__hash__", tuple_hash);
    method(tu, "tuple.__repr__", tuple_repr);
    method(tu, "tuple.__getnewargs__", tuple_getnewargs);
    // Immutable: the value was made by `__new__`; `__init__` accepts anything.
    method(tu, "tuple.__init__", |_, _, _| Ok(Value::None));
    compare_methods!(tu, "tuple",
        "__eq__" => CmpOp::Eq, "__ne__" => CmpOp::NotEq, "__lt__" => CmpOp::Lt,
        "__le__" => CmpOp::LtE, "__gt__" => CmpOp::Gt, "__ge__" => CmpOp::GtE,
    );
}
