//! The built-in iterator types: `enumerate`, `reversed` (both subclassable)
//! and the list/tuple iterators, with their `next` and `__iter__`.

use super::{check_args, method};
use crate::object::class::Types;
use crate::object::exception::ExcKind;
use crate::object::function::KwArgs;
use crate::object::iter::{new_iter, IterState};
use crate::object::{Object, PyErr, PyResult, Value};
use crate::vm::ops::unwrap_base;
use crate::vm::Vm;

/// `enumerate(iterable, start=0)`
pub fn enumerate(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult {
    let args = super::kwparse::parse("enumerate", a, kw, &["sequence", "start"], 1)?;
    let start = match &args[1] {
        None => Value::Int(0),
        Some(v @ Value::Long(_)) => v.clone(),
        Some(v) => match vm.index_value(v)? {
            Some(n) => Value::Int(n),
            None => {
                return Err(PyErr::new(
                    ExcKind::TypeError,
                    format!("'{}' object cannot be interpreted as an index", v.type_name()),
                ))
            }
        },
    };
    let Some(sequence) = &args[0] else { return Ok(Value::None) };
    let it = vm.iter(sequence)?;
    Ok(new_iter(IterState::Enumerate { it, n: start }))
}

/// `reversed(seq)`
pub fn reversed(vm: &mut Vm, a: &[Value]) -> PyResult {
    super::builtins::unpack_one("reversed", a)?;
    if let Some(r) = vm.call_dunder(&a[0], "__reversed__", vec![])? {
        return Ok(r);
    }
    let seq = match &a[0] {
        Value::List(_) | Value::Tuple(_) | Value::Str(_) => a[0].clone(),
        Value::Other(o) if matches!(&**o, Object::XRange { .. }) => {
            if let Object::XRange { start, stop, step } = &**o {
                if let Some(it) = reversed_xrange(*start, *stop, *step) {
                    return Ok(it);
                }
            }
            Value::list(vm.to_vec(&a[0])?)
        }
        // PySequence_Check first: an object without __getitem__ (or a
        // dict) is refused before its length is asked.
        Value::Instance(i) if i.class().lookup_str("__getitem__").is_none() || matches!(i.base, Value::Dict(_)) => {
            return Err(PyErr::new(ExcKind::TypeError, "argument to reversed() must be a sequence"));
        }
        Value::Instance(_) => {
            let n = vm.len(&a[0])?;
            let mut items = Vec::with_capacity(n);
            for i in 0..n {
                items.push(vm.getitem(&a[0], &Value::Int(i as i64))?);
            }
            Value::list(items)
        }
        _ => return Err(PyErr::new(ExcKind::TypeError, "argument to reversed() must be a sequence")),
    };
    let n = vm.len(&seq)?;
    Ok(new_iter(IterState::Reversed { seq, idx: n }))
}

/// `next()` of a built-in iterator, or of an instance of a subclass of one
/// (whose built-in iterator is its base value).
fn next(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult {
    check_args("next", a, 1, 1)?;
    match vm.next(&unwrap_base(&a[0]))? {
        Some(v) => Ok(v),
        None => Err(PyErr::with_args(ExcKind::StopIteration, vec![])),
    }
}

fn iter_self(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult {
    check_args("__iter__", a, 1, 1)?;
    Ok(a[0].clone())
}

/// `__length_hint__` of the built-in iterators: how many items are left
/// (0 once exhausted, or once a dict or set changed size under it).
fn length_hint(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult {
    check_args("__length_hint__", a, 1, 1)?;
    let it = unwrap_base(&a[0]);
    let Value::Other(o) = &it else { return Ok(Value::Int(0)) };
    let left = match &**o {
        Object::SeqIter(s) => s.remaining(),
        Object::RangeIter(r) => r.remaining() as usize,
        Object::Iter(state) => match &*state.lock() {
            IterState::Seq { seq, idx } => seq_len(seq).saturating_sub(*idx),
            IterState::Range { cur, stop, step } => super::builtins::range_len(*cur, *stop, *step) as usize,
            IterState::DictKeys { dict, pos, len }
            | IterState::DictValues { dict, pos, len }
            | IterState::DictItems { dict, pos, len } => dict_left(dict, *pos, *len),
            IterState::SetItems { set, pos, len } => dict_left(&set.dict, *pos, *len),
            // `idx` items are still to come, unless the sequence shrank
            // (2.7's listreverseiterator answers a long).
            IterState::Reversed { seq: Value::List(l), idx } => {
                let n = if *idx <= l.len() { *idx } else { 0 };
                return Ok(Value::long(num_bigint::BigInt::from(n)));
            }
            IterState::Reversed { seq, idx } if *idx <= seq_len(seq) => *idx,
            _ => 0,
        },
        _ => 0,
    };
    Ok(Value::Int(left as i64))
}

fn seq_len(seq: &Value) -> usize {
    match seq {
        Value::List(l) => l.len(),
        Value::Tuple(t) => t.items.len(),
        Value::Str(s) => s.as_bytes().len(),
        _ => 0,
    }
}

/// The entries of a dict from slot `pos` on, or 0 when it changed size.
fn dict_left(dict: &crate::object::Dict, mut pos: usize, len: usize) -> usize {
    if len == usize::MAX || dict.len() != len {
        return 0;
    }
    let mut n = 0;
    while let Some((next, _, _)) = dict.entry_from(pos) {
        pos = next;
        n += 1;
    }
    n
}

/// Fills the methods of the iterator types.
pub fn install(t: &Types) {
    for (c, qualname) in [
        (&t.iterator, "iterator.__length_hint__"),
        (&t.reversed, "reversed.__length_hint__"),
        (&t.listiterator, "listiterator.__length_hint__"),
        (&t.tupleiterator, "tupleiterator.__length_hint__"),
        (&t.listreverseiterator, "listreverseiterator.__length_hint__"),
        (&t.dict_keyiterator, "dictionary-keyiterator.__length_hint__"),
        (&t.dict_valueiterator, "dictionary-valueiterator.__length_hint__"),
        (&t.dict_itemiterator, "dictionary-itemiterator.__length_hint__"),
        (&t.setiterator, "setiterator.__length_hint__"),
        (&t.rangeiterator, "rangeiterator.__length_hint__"),
    ] {
        method(c, qualname, length_hint);
    }
    method(&t.enumerate, "enumerate.next", next);
    method(&t.enumerate, "enumerate.__iter__", iter_self);
    method(&t.reversed, "reversed.next", next);
    method(&t.reversed, "reversed.__iter__", iter_self);
    method(&t.listiterator, "listiterator.next", next);
    method(&t.listiterator, "listiterator.__iter__", iter_self);
    method(&t.tupleiterator, "tupleiterator.next", next);
    method(&t.tupleiterator, "tupleiterator.__iter__", iter_self);
    method(&t.listreverseiterator, "listreverseiterator.next", next);
    method(&t.listreverseiterator, "listreverseiterator.__iter__", iter_self);
    method(&t.dict_keyiterator, "dictionary-keyiterator.next", next);
    method(&t.dict_keyiterator, "dictionary-keyiterator.__iter__", iter_self);
    method(&t.dict_valueiterator, "dictionary-valueiterator.next", next);
    method(&t.dict_valueiterator, "dictionary-valueiterator.__iter__", iter_self);
    method(&t.dict_itemiterator, "dictionary-itemiterator.next", next);
    method(&t.dict_itemiterator, "dictionary-itemiterator.__iter__", iter_self);
    method(&t.setiterator, "setiterator.next", next);
    method(&t.setiterator, "setiterator.__iter__", iter_self);
    method(&t.rangeiterator, "rangeiterator.next", next);
    method(&t.rangeiterator, "rangeiterator.__iter__", iter_self);
}

/// `filter(f, s)` for a str `s` (or a subclass of it): like CPython, it reads
/// `s[i]` for each index below the length, so a subclass's `__getitem__` is
/// seen (and an endless one cannot loop forever), and builds a plain str.
pub fn filter_str(vm: &mut Vm, func: &Value, seq: &Value, len: usize) -> PyResult {
    if func.is_none() && matches!(seq, Value::Str(_)) {
        return Ok(seq.clone());
    }
    let mut out = Vec::new();
    for i in 0..len {
        let item = vm.getitem(seq, &Value::Int(i as i64))?;
        let keep = if func.is_none() {
            vm.truthy(&item)?
        } else {
            let r = vm.call(func, vec![item.clone()])?;
            vm.truthy(&r)?
        };
        if keep {
            match unwrap_base(&item) {
                Value::Str(s) => out.extend_from_slice(s.as_bytes()),
                _ => {
                    return Err(PyErr::new(
                        ExcKind::TypeError,
                        "can't filter str to str: __getitem__ returned different type",
                    ))
                }
            }
        }
    }
    Ok(Value::bytes(out))
}

/// `reversed(xrange(...))` as a range iterator running down from the last
/// item (a list of a huge range never ends), or None when the reversed step
/// does not fit in an i64.
fn reversed_xrange(start: i64, stop: i64, step: i64) -> Option<Value> {
    let n = super::builtins::range_len(start, stop, step) as i128;
    let last = start as i128 + (n - 1).max(0) * step as i128;
    let (first, step) = (i64::try_from(last).ok()?, step.checked_neg()?);
    Some(Value::other(Object::RangeIter(crate::object::iter::RangeIter::with_count(first, n as u64, step))))
}
