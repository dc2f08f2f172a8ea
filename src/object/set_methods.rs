//! The methods and operators of `set` and `frozenset`.

use crate::object::BoolBits;
use std::sync::Arc;

use super::class::{Instance, Types};
use super::function::KwArgs;
use super::iter::{new_iter, IterState};
use super::list_methods::{arity, descr_error};
use super::set::Set;
use super::{ExcKind, PyErr, PyResult, Value};
use crate::modules::{check_args, method};
use crate::syntax::ast::{BinOp, CmpOp};
use crate::vm::ops::not_implemented;
use crate::vm::Vm;

fn type_error(msg: impl Into<String>) -> PyErr {
    PyErr::new(ExcKind::TypeError, msg)
}

/// The set behind a value (a set or frozenset, or an instance of a subclass).
fn as_set(v: &Value) -> Option<&Arc<Set>> {
    match v {
        Value::Set(s) => Some(s),
        Value::Instance(i) => match &i.base {
            Value::Set(s) => Some(s),
            _ => None,
        },
        _ => None,
    }
}

/// Splits `args` into `self` (any set or frozenset) and the other arguments.
fn self_any<'a>(args: &'a [Value], meth: &str) -> PyResult<(&'a Arc<Set>, &'a [Value])> {
    match args.first().and_then(as_set) {
        Some(s) => Ok((s, &args[1..])),
        None => Err(descr_error(meth, "set", args)),
    }
}

/// Splits `args` into a mutable set `self` and the other arguments.
fn self_mut<'a>(args: &'a [Value], meth: &str) -> PyResult<(&'a Arc<Set>, &'a [Value])> {
    match args.first().and_then(as_set) {
        Some(s) if !s.frozen => Ok((s, &args[1..])),
        _ => Err(descr_error(meth, "set", args)),
    }
}

/// A set result of the same type as `like` (subclasses included, as 2.7 does).
fn result_like(like: &Value, s: Set) -> Value {
    match like {
        Value::Instance(i) => Value::Instance(Arc::new(Instance::new(i.class().into_owned(), Value::Set(Arc::new(s))))),
        _ => Value::Set(Arc::new(s)),
    }
}

/// A copy of the items of `s` with the given frozenness.
fn copy_set(s: &Set, frozen: bool) -> Set {
    Set { frozen, dict: s.dict.copy() }
}

/// A frozen copy of a mutable set used as a key (`s.remove(set([1]))`).
fn frozen_key(key: &Value) -> Option<Value> {
    match as_set(key) {
        Some(s) if !s.frozen => Some(Value::Set(Arc::new(copy_set(s, true)))),
        _ => None,
    }
}

/// Runs a key operation; a mutable set key that is unhashable is retried as
/// a frozenset, as CPython does.
fn with_key<T>(vm: &mut Vm, key: &Value, mut f: impl FnMut(&mut Vm, &Value) -> PyResult<T>) -> PyResult<T> {
    match f(vm, key) {
        Err(e) if e.matches(ExcKind::TypeError) => match frozen_key(key) {
            Some(k) => f(vm, &k),
            None => Err(e),
        },
        r => r,
    }
}

/// Adds every item of an iterable to `target` (2.7's `set_update_internal`:
/// a set is merged, a dict's keys added after one presize).
pub fn add_all(vm: &mut Vm, target: &Set, other: &Value) -> PyResult<()> {
    if let Some(o) = as_set(other) {
        return target.dict.merge(vm, &o.dict, false);
    }
    if let Value::Dict(d) = other {
        let keys = d.keys_hashed();
        target.dict.presize(keys.len())?;
        for (h, k) in keys {
            target.add_hashed(vm, h, k)?;
        }
        return Ok(());
    }
    let it = vm.iter(other)?;
    while let Some(x) = vm.next_fast(&it)? {
        target.add(vm, x)?;
    }
    Ok(())
}

/// Any iterable as a set (a set is shared, not copied).
fn to_set(vm: &mut Vm, v: &Value) -> PyResult<Arc<Set>> {
    if let Some(s) = as_set(v) {
        return Ok(s.clone());
    }
    let s = Set::new(false);
    add_all(vm, &s, v)?;
    Ok(Arc::new(s))
}

/// Removes `key` if present; whether it was.
fn discard(vm: &mut Vm, s: &Set, key: &Value) -> PyResult<bool> {
    Ok(s.dict.remove(vm, key)?.is_some())
}

/// `a & other` for any iterable `other`.
fn intersect(vm: &mut Vm, a: &Set, other: &Value, frozen: bool) -> PyResult<Set> {
    let result = Set::new(frozen);
    if let Some(b) = as_set(other) {
        // Iterate the smaller set and keep its items that the larger one has.
        let (big, small): (&Set, &Set) = if b.len() > a.len() { (b, a) } else { (a, b) };
        for (h, x) in small.items_hashed() {
            if big.contains_hashed(vm, h, &x)? {
                result.add_hashed(vm, h, x)?;
            }
        }
        return Ok(result);
    }
    let it = vm.iter(other)?;
    while let Some(x) = vm.next_fast(&it)? {
        if a.contains(vm, &x)? {
            result.add(vm, x)?;
        }
    }
    Ok(result)
}

/// Removes every item of `other` from `s` (2.7's
/// `set_difference_update_internal`, dummies resized away after).
fn remove_all(vm: &mut Vm, s: &Arc<Set>, other: &Value) -> PyResult<()> {
    match as_set(other) {
        Some(x) if Arc::ptr_eq(x, s) => {
            s.dict.clear();
            return Ok(());
        }
        Some(x) => {
            for (h, k) in x.items_hashed() {
                s.discard_hashed(vm, h, &k)?;
            }
        }
        None => {
            let it = vm.iter(other)?;
            while let Some(k) = vm.next_fast(&it)? {
                discard(vm, s, &k)?;
            }
        }
    }
    s.dict.shrink_dummies()
}

/// `a - other` for any iterable `other`.
fn subtract(vm: &mut Vm, a: &Set, other: &Value, frozen: bool) -> PyResult<Set> {
    if let Some(b) = as_set(other) {
        let result = Set::new(frozen);
        for (h, x) in a.items_hashed() {
            if !b.contains_hashed(vm, h, &x)? {
                result.add_hashed(vm, h, x)?;
            }
        }
        return Ok(result);
    }
    if let Value::Dict(d) = other {
        let result = Set::new(frozen);
        for (h, x) in a.items_hashed() {
            if !d.contains_hashed(vm, h, &x)? {
                result.add_hashed(vm, h, x)?;
            }
        }
        return Ok(result);
    }
    let result = Arc::new(copy_set(a, frozen));
    remove_all(vm, &result, other)?;
    Ok(Arc::try_unwrap(result).unwrap_or_else(|r| copy_set(&r, frozen)))
}

/// Toggles every item of `other` (already a set) in `target`.
fn toggle_all(vm: &mut Vm, target: &Set, other: &Set) -> PyResult<()> {
    for (h, x) in other.items_hashed() {
        if !target.discard_hashed(vm, h, &x)? {
            target.add_hashed(vm, h, x)?;
        }
    }
    Ok(())
}

/// `a ^ other` for any iterable `other`: as 2.7, a set made of `other`,
/// then each item of `a` toggled in it.
fn sym_diff(vm: &mut Vm, a: &Set, other: &Value, frozen: bool) -> PyResult<Set> {
    let result = Set::new(frozen);
    add_all(vm, &result, other)?;
    toggle_all(vm, &result, a)?;
    Ok(result)
}

/// Replaces the items of `target` with those of `src`, order included
/// (2.7's `set_swap_bodies`).
fn replace_items(_: &mut Vm, target: &Set, src: Set) -> PyResult<()> {
    target.dict.take_body(src.dict);
    Ok(())
}

/// `a <= b`: every item of `a` is in `b`.
fn subset(vm: &mut Vm, a: &Set, b: &Set) -> PyResult<bool> {
    if a.len() > b.len() {
        return Ok(false);
    }
    for x in a.items() {
        if !b.contains(vm, &x)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `a | b`, `a & b`, `a - b`, `a ^ b`
pub fn set_op(vm: &mut Vm, op: BinOp, a: &Set, b: &Set) -> PyResult {
    let frozen = a.frozen;
    let r = match op {
        BinOp::BitOr => {
            let r = copy_set(a, frozen);
            r.dict.update_from(vm, &b.dict)?;
            r
        }
        BinOp::BitAnd => {
            let (big, small): (&Set, &Set) = if b.len() > a.len() { (b, a) } else { (a, b) };
            let r = Set::new(frozen);
            for (h, x) in small.items_hashed() {
                if big.contains_hashed(vm, h, &x)? {
                    r.add_hashed(vm, h, x)?;
                }
            }
            r
        }
        BinOp::Sub => {
            let r = Set::new(frozen);
            for (h, x) in a.items_hashed() {
                if !b.contains_hashed(vm, h, &x)? {
                    r.add_hashed(vm, h, x)?;
                }
            }
            r
        }
        BinOp::BitXor => {
            let r = copy_set(b, frozen);
            toggle_all(vm, &r, a)?;
            r
        }
        _ => {
            return Err(type_error(format!(
                "unsupported operand type(s) for {}: '{}' and '{}'",
                crate::object::number::op_symbol(op),
                if a.frozen { "frozenset" } else { "set" },
                if b.frozen { "frozenset" } else { "set" }
            )))
        }
    };
    Ok(Value::Set(Arc::new(r)))
}

// ----- methods of both set and frozenset -----

fn set_union(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult {
    let (s, rest) = self_any(a, "union")?;
    let r = copy_set(s, s.frozen);
    for o in rest {
        add_all(vm, &r, o)?;
    }
    Ok(result_like(&a[0], r))
}

fn set_intersection(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult {
    let (s, rest) = self_any(a, "intersection")?;
    let Some((first, rest)) = rest.split_first() else { return Ok(result_like(&a[0], copy_set(s, s.frozen))) };
    let mut r = intersect(vm, s, first, s.frozen)?;
    for o in rest {
        r = intersect(vm, &r, o, s.frozen)?;
    }
    Ok(result_like(&a[0], r))
}

fn set_difference(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult {
    let (s, rest) = self_any(a, "difference")?;
    let Some((first, rest)) = rest.split_first() else { return Ok(result_like(&a[0], copy_set(s, s.frozen))) };
    let r = Arc::new(subtract(vm, s, first, s.frozen)?);
    for o in rest {
        remove_all(vm, &r, o)?;
    }
    let r = Arc::try_unwrap(r).unwrap_or_else(|r| copy_set(&r, r.frozen));
    Ok(result_like(&a[0], r))
}

fn set_symmetric_difference(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult {
    let (s, rest) = self_any(a, "symmetric_difference")?;
    arity("symmetric_difference", rest, 1, 1)?;
    let r = sym_diff(vm, s, &rest[0], s.frozen)?;
    Ok(result_like(&a[0], r))
}

fn set_issubset(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult {
    let (s, rest) = self_any(a, "issubset")?;
    arity("issubset", rest, 1, 1)?;
    let o = to_set(vm, &rest[0])?;
    Ok(Value::bool(subset(vm, s, &o)?))
}

fn set_issuperset(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult {
    let (s, rest) = self_any(a, "issuperset")?;
    arity("issuperset", rest, 1, 1)?;
    let o = to_set(vm, &rest[0])?;
    Ok(Value::bool(subset(vm, &o, s)?))
}

fn set_isdisjoint(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult {
    let (s, rest) = self_any(a, "isdisjoint")?;
    arity("isdisjoint", rest, 1, 1)?;
    if let Some(o) = as_set(&rest[0]) {
        let (big, small): (&Set, &Set) = if o.len() > s.len() { (o, s) } else { (s, o) };
        for x in small.items() {
            if big.contains(vm, &x)? {
                return Ok(Value::Bool(BoolBits::FALSE));
            }
        }
        return Ok(Value::Bool(BoolBits::TRUE));
    }
    let it = vm.iter(&rest[0])?;
    while let Some(x) = vm.next_fast(&it)? {
        if s.contains(vm, &x)? {
            return Ok(Value::Bool(BoolBits::FALSE));
        }
    }
    Ok(Value::Bool(BoolBits::TRUE))
}

fn set_copy(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult {
    let (s, rest) = self_any(a, "copy")?;
    arity("copy", rest, 0, 0)?;
    if let Value::Set(x) = &a[0] {
        if x.frozen {
            return Ok(a[0].clone());
        }
    }
    Ok(result_like(&a[0], copy_set(s, s.frozen)))
}

/// `(type(s), (list(s),), s.__dict__ or None)`: how sets pickle and copy.
fn set_reduce(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult {
    let (s, rest) = self_any(a, "__reduce__")?;
    arity("__reduce__", rest, 0, 0)?;
    let cls = Value::Class(super::class::class_ref(&a[0]).into_owned());
    let items = Value::List(Arc::new(super::List::new(s.items())));
    let state = match &a[0] {
        Value::Instance(_) => vm.getattr(&a[0], &super::PyStr::from_str("__dict__")).unwrap_or(Value::None),
        _ => Value::None,
    };
    Ok(Value::tuple(vec![cls, Value::tuple(vec![items]), state]))
}

fn set_len(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult {
    let (s, rest) = self_any(a, "__len__")?;
    arity("__len__", rest, 0, 0)?;
    Ok(Value::Int(s.len() as i64))
}

fn set_contains(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult {
    let (s, rest) = self_any(a, "__contains__")?;
    // a METH_O method in CPython, not a slot wrapper
    super::list_methods::meth_o_arity("__contains__", rest)?;
    Ok(Value::bool(with_key(vm, &rest[0], |vm, k| s.contains(vm, k))?))
}

fn set_iter(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult {
    let (s, rest) = self_any(a, "__iter__")?;
    if !rest.is_empty() {
        return Err(type_error(format!("expected 0 arguments, got {}", rest.len())));
    }
    Ok(new_iter(IterState::SetItems { set: s.clone(), pos: 0, len: s.len() }))
}

fn set_repr(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult {
    let (s, rest) = self_any(a, "__repr__")?;
    arity("__repr__", rest, 0, 0)?;
    match &a[0] {
        Value::Instance(i) => {
            // A set that contains itself (through other objects) shows `Name(...)`.
            let key = a[0].id() as usize;
            if vm.repr_guard_enter(key) {
                let mut out = i.class().name.as_bytes().to_vec();
                out.extend_from_slice(b"(...)");
                return Ok(Value::bytes(out));
            }
            let mut out = i.class().name.as_bytes().to_vec();
            out.extend_from_slice(b"([");
            let mut result = Ok(());
            for (n, x) in s.items().iter().enumerate() {
                if n > 0 {
                    out.extend_from_slice(b", ");
                }
                match vm.repr(x) {
                    Ok(r) => out.extend_from_slice(r.as_bytes()),
                    Err(e) => {
                        result = Err(e);
                        break;
                    }
                }
            }
            vm.repr_guard_leave(key);
            result?;
            out.extend_from_slice(b"])");
            Ok(Value::bytes(out))
        }
        v => Ok(Value::Str(vm.repr(v)?)),
    }
}

fn frozenset_hash(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult {
    let (s, rest) = self_any(a, "__hash__")?;
    arity("__hash__", rest, 0, 0)?;
    Ok(Value::Int(vm.hash(&Value::Set(s.clone()))?))
}

/// `__or__` and friends: NotImplemented unless the other side is a set.
fn set_binop(vm: &mut Vm, a: &[Value], op: BinOp, name: &str, reflected: bool) -> PyResult {
    let (s, rest) = self_any(a, name)?;
    arity(name, rest, 1, 1)?;
    let Some(o) = as_set(&rest[0]) else {
        return Ok(not_implemented());
    };
    let (left, right, like) = if reflected { (o, s, &rest[0]) } else { (s, o, &a[0]) };
    match set_op(vm, op, left, right)? {
        Value::Set(r) => {
            let r = Arc::try_unwrap(r).unwrap_or_else(|r| copy_set(&r, r.frozen));
            Ok(result_like(like, r))
        }
        other => Ok(other),
    }
}

/// `__ior__` and friends of mutable sets.
fn set_inplace(vm: &mut Vm, a: &[Value], op: BinOp, name: &str) -> PyResult {
    let (s, rest) = self_mut(a, name)?;
    arity(name, rest, 1, 1)?;
    let Some(o) = as_set(&rest[0]) else {
        return Ok(not_implemented());
    };
    inplace_op(vm, op, s, o, &rest[0])?;
    Ok(a[0].clone())
}

/// `s |= o` and friends on two sets, as 2.7 changes `s` in place
/// (`other` is `o` as a value).
pub fn inplace_op(vm: &mut Vm, op: BinOp, s: &Arc<Set>, o: &Arc<Set>, other: &Value) -> PyResult<()> {
    let rest = std::slice::from_ref(other);
    match op {
        BinOp::BitOr => s.dict.update_from(vm, &o.dict)?,
        BinOp::BitAnd => {
            let r = intersect(vm, s, &rest[0], false)?;
            replace_items(vm, s, r)?;
        }
        BinOp::Sub => remove_all(vm, s, &rest[0])?,
        _ => {
            if Arc::ptr_eq(s, o) {
                s.dict.clear();
            } else {
                toggle_all(vm, s, o)?;
            }
        }
    }
    Ok(())
}

fn set_compare(vm: &mut Vm, a: &[Value], op: CmpOp, name: &str) -> PyResult {
    let (s, rest) = self_any(a, name)?;
    arity(name, rest, 1, 1)?;
    let Some(o) = as_set(&rest[0]) else {
        return Ok(not_implemented());
    };
    vm.compare(op, &Value::Set(s.clone()), &Value::Set(o.clone()))
}

// ----- methods of set only -----

fn set_add(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult {
    let (s, rest) = self_mut(a, "add")?;
    arity("add", rest, 1, 1)?;
    s.add(vm, rest[0].clone())?;
    Ok(Value::None)
}

fn set_discard(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult {
    let (s, rest) = self_mut(a, "discard")?;
    arity("discard", rest, 1, 1)?;
    with_key(vm, &rest[0], |vm, k| discard(vm, s, k))?;
    Ok(Value::None)
}

fn set_remove(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult {
    let (s, rest) = self_mut(a, "remove")?;
    arity("remove", rest, 1, 1)?;
    if with_key(vm, &rest[0], |vm, k| discard(vm, s, k))? {
        Ok(Value::None)
    } else {
        Err(PyErr::with_args(ExcKind::KeyError, vec![rest[0].clone()]))
    }
}

fn set_pop(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult {
    let (s, rest) = self_mut(a, "pop")?;
    arity("pop", rest, 0, 0)?;
    match s.dict.pop_item() {
        Some((k, _)) => Ok(k),
        None => Err(PyErr::new(ExcKind::KeyError, "pop from an empty set")),
    }
}

fn set_clear(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult {
    let (s, rest) = self_mut(a, "clear")?;
    arity("clear", rest, 0, 0)?;
    s.dict.clear();
    Ok(Value::None)
}

fn set_update(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult {
    let (s, rest) = self_mut(a, "update")?;
    for o in rest {
        add_all(vm, s, o)?;
    }
    Ok(Value::None)
}

fn set_intersection_update(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult {
    let (s, rest) = self_mut(a, "intersection_update")?;
    let Some((first, rest)) = rest.split_first() else { return Ok(Value::None) };
    let mut r = intersect(vm, s, first, false)?;
    for o in rest {
        r = intersect(vm, &r, o, false)?;
    }
    replace_items(vm, s, r)?;
    Ok(Value::None)
}

fn set_difference_update(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult {
    let (s, rest) = self_mut(a, "difference_update")?;
    for o in rest {
        remove_all(vm, s, o)?;
    }
    Ok(Value::None)
}

fn set_symmetric_difference_update(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult {
    let (s, rest) = self_mut(a, "symmetric_difference_update")?;
    arity("symmetric_difference_update", rest, 1, 1)?;
    if let Value::Dict(d) = &rest[0] {
        // 2.7 walks a dict's keys directly.
        for (h, x) in d.keys_hashed() {
            if !s.discard_hashed(vm, h, &x)? {
                s.add_hashed(vm, h, x)?;
            }
        }
        return Ok(Value::None);
    }
    let o = to_set(vm, &rest[0])?;
    if Arc::ptr_eq(&o, s) {
        s.dict.clear();
    } else {
        toggle_all(vm, s, &o)?;
    }
    Ok(Value::None)
}

fn set_init(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult {
    let (s, rest) = self_mut(a, "__init__")?;
    if !kw.is_empty() {
        // CPython's set_init names the base type whatever the subclass.
        return Err(type_error("set() does not take keyword arguments"));
    }
    check_args(&a[0].type_name(), rest, 0, 1)?;
    s.dict.clear();
    if let Some(src) = rest.first() {
        add_all(vm, s, src)?;
    }
    Ok(Value::None)
}

macro_rules! shared_methods {
    ($cls:expr, $owner:literal) => {
        method($cls, concat!($owner, ".union"), set_union);
        method($cls, concat!($owner, ".intersection"), set_intersection);
        method($cls, concat!($owner, ".difference"), set_difference);
        method($cls, concat!($owner, ".symmetric_difference"), set_symmetric_difference);
        method($cls, concat!($owner, ".issubset"), set_issubset);
        method($cls, concat!($owner, ".issuperset"), set_issuperset);
        method($cls, concat!($owner, ".isdisjoint"), set_isdisjoint);
        method($cls, concat!($owner, ".copy"), set_copy);
        method($cls, concat!($owner, ".__len__"), set_len);
        method($cls, concat!($owner, ".__reduce__"), set_reduce);
        method($cls, concat!($owner, ".__contains__"), set_contains);
        method($cls, concat!($owner, ".__iter__"), set_iter);
        method($cls, concat!($owner, ".__repr__"), set_repr);
        method($cls, concat!($owner, ".__or__"), |vm, a, _| set_binop(vm, a, BinOp::BitOr, "__or__", false));
        method($cls, concat!($owner, ".__and__"), |vm, a, _| set_binop(vm, a, BinOp::BitAnd, "__and__", false));
        method($cls, concat!($owner, ".__sub__"), |vm, a, _| set_binop(vm, a, BinOp::Sub, "__sub__", false));
        method($cls, concat!($owner, ".__xor__"), |vm, a, _| set_binop(vm, a, BinOp::BitXor, "__xor__", false));
        method($cls, concat!($owner, ".__ror__"), |vm, a, _| set_binop(vm, a, BinOp::BitOr, "__ror__", true));
        method($cls, concat!($owner, ".__rand__"), |vm, a, _| set_binop(vm, a, BinOp::BitAnd, "__rand__", true));
        method($cls, concat!($owner, ".__rsub__"), |vm, a, _| set_binop(vm, a, BinOp::Sub, "__rsub__", true));
        method($cls, concat!($owner, ".__rxor__"), |vm, a, _| set_binop(vm, a, BinOp::BitXor, "__rxor__", true));
        method($cls, concat!($owner, ".__eq__"), |vm, a, _| set_compare(vm, a, CmpOp::Eq, "__eq__"));
        method($cls, concat!($owner, ".__ne__"), |vm, a, _| set_compare(vm, a, CmpOp::NotEq, "__ne__"));
        method($cls, concat!($owner, ".__lt__"), |vm, a, _| set_compare(vm, a, CmpOp::Lt, "__lt__"));
        method($cls, concat!($owner, ".__le__"), |vm, a, _| set_compare(vm, a, CmpOp::LtE, "__le__"));
        method($cls, concat!($owner, ".__gt__"), |vm, a, _| set_compare(vm, a, CmpOp::Gt, "__gt__"));
        method($cls, concat!($owner, ".__ge__"), |vm, a, _| set_compare(vm, a, CmpOp::GtE, "__ge__"));
        // 2.7 sets refuse three-way comparison with a set of the same type
        // (its tp_compare); otherwise rich comparison decides.
        method($cls, concat!($owner, ".__cmp__"), |_, a, _| {
            let (_, rest) = self_any(a, "__cmp__")?;
            arity("__cmp__", rest, 1, 1)?;
            if Arc::ptr_eq(&crate::object::class::class_ref(&a[0]), &crate::object::class::class_ref(&rest[0])) {
                return Err(type_error("cannot compare sets using cmp()"));
            }
            Ok(not_implemented())
        });
    };
}

pub fn install(t: &Types) {
    let s = &t.set;
    shared_methods!(s, "set");
    method(s, "set.add", set_add);
    method(s, "set.discard", set_discard);
    method(s, "set.remove", set_remove);
    method(s, "set.pop", set_pop);
    method(s, "set.clear", set_clear);
    method(s, "set.update", set_update);
    method(s, "set.intersection_update", set_intersection_update);
    method(s, "set.difference_update", set_difference_update);
    method(s, "set.symmetric_difference_update", set_symmetric_difference_update);
    method(s, "set.__init__", set_init);
    method(s, "set.__ior__", |vm, a, _| set_inplace(vm, a, BinOp::BitOr, "__ior__"));
    method(s, "set.__iand__", |vm, a, _| set_inplace(vm, a, BinOp::BitAnd, "__iand__"));
    method(s, "set.__isub__", |vm, a, _| set_inplace(vm, a, BinOp::Sub, "__isub__"));
    method(s, "set.__ixor__", |vm, a, _| set_inplace(vm, a, BinOp::BitXor, "__ixor__"));
    s.dict.set_str("__hash__", Value::None);

    let f = &t.frozenset;
    shared_methods!(f, "frozenset");
    method(f, "frozenset.__hash__", frozenset_hash);
    // Immutable: the value was made by `__new__`; `__init__` accepts anything.
    method(f, "frozenset.__init__", |_, _, _| Ok(Value::None));
    method(&t.setiterator, "setiterator.__length_hint__", setiter_length_hint);
}

/// `setiterator.__length_hint__()`: the items not yet produced (0 once the
/// set changed size under the iterator, as 2.7).
fn setiter_length_hint(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult {
    let Some(Value::Other(o)) = a.first() else {
        return Err(type_error("descriptor '__length_hint__' requires a 'setiterator' object"));
    };
    let super::Object::Iter(state) = &**o else {
        return Err(type_error("descriptor '__length_hint__' requires a 'setiterator' object"));
    };
    let g = state.lock();
    let mut n = 0i64;
    if let IterState::SetItems { set, pos, len } = &*g {
        if *len != usize::MAX && set.len() == *len {
            let mut p = *pos;
            while let Some((next, _, _)) = set.dict.entry_from(p) {
                n += 1;
                p = next;
            }
        }
    }
    Ok(Value::Int(n))
}
