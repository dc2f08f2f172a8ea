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

/// Fills the methods of the iterator types.
pub fn install(t: &Types) {
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
