//! The methods of `bytearray` (the type itself is in `bytearray.rs`): the
//! sequence protocol, the list-like mutators, and the str methods, which
//! run on a copy of the bytes and give bytearrays back where str gives str.

use std::sync::Arc;

use super::bytearray::{
    buf_of, buffer_arg, byte_value, bytes_of, copy_bytes, fromhex, initial_bytes, iterable_bytes, need_buffer,
    new_value, repeat, ByteArray,
};
use super::class::{type_error, types, Class, Types};
use super::function::KwArgs;
use super::iter::{new_iter, IterState};
use super::list_methods::{arity, descr_error};
use super::{ExcKind, Object, PyErr, PyResult, PyStr, Value};
use crate::modules::method;
use crate::vm::ops::not_implemented;
use crate::vm::Vm;

/// Splits `args` into the bytearray `self` and the other arguments.
fn me<'a>(a: &'a [Value], meth: &str) -> PyResult<(&'a ByteArray, &'a [Value])> {
    match a.first().and_then(buf_of) {
        Some(b) => Ok((b, &a[1..])),
        None => Err(descr_error(meth, "bytearray", a)),
    }
}

fn no_kw(name: &str, kw: &KwArgs) -> PyResult<()> {
    crate::modules::no_keywords(name, kw)
}

fn slice_parts(v: &Value) -> Option<(Value, Value, Value)> {
    match v {
        Value::Other(o) => match &**o {
            Object::Slice { start, stop, step, .. } => Some((start.clone(), stop.clone(), step.clone())),
            _ => None,
        },
        _ => None,
    }
}

/// An item index (`b[i]`), normalized against the current length.
fn item_index(vm: &mut Vm, key: &Value, len: usize) -> PyResult<usize> {
    if matches!(key, Value::Float(_)) {
        return Err(type_error("bytearray indices must be integers"));
    }
    if let Value::Long(_) = key {
        if crate::object::number::as_i64(key).is_none() {
            return Err(PyErr::new(ExcKind::IndexError, "cannot fit 'long' into an index-sized integer"));
        }
    }
    let Some(i) = vm.index_value(key)? else { return Err(type_error("bytearray indices must be integers")) };
    let j = if i < 0 { i.saturating_add(len as i64) } else { i };
    if j < 0 || j >= len as i64 {
        return Err(PyErr::new(ExcKind::IndexError, "bytearray index out of range"));
    }
    Ok(j as usize)
}

fn getitem(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult {
    no_kw("__getitem__", kw)?;
    let (b, rest) = me(a, "__getitem__")?;
    arity("__getitem__", rest, 1, 1)?;
    let len = b.0.lock().len();
    if let Some((start, stop, step)) = slice_parts(&rest[0]) {
        let idx = vm.slice_indices(&start, &stop, &step, len)?;
        let data = b.0.lock();
        let mut out = super::alloc::with_capacity(idx.len)?;
        out.extend(idx.indices().filter_map(|i| data.get(i).copied()));
        return Ok(new_value(out));
    }
    let i = item_index(vm, &rest[0], len)?;
    let v = b.0.lock().get(i).copied();
    v.map(|c| Value::Int(c as i64)).ok_or_else(|| PyErr::new(ExcKind::IndexError, "bytearray index out of range"))
}

/// The bytes a slice assignment puts in.
fn assigned_bytes(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    let numeric = matches!(v, Value::Int(_) | Value::Long(_) | Value::Bool(_) | Value::Float(_))
        || super::unicode::is_unicode(v)
        || super::complex::is_complex(v);
    if numeric {
        return Err(type_error("can assign only bytes, buffers, or iterables of ints in range(0, 256)"));
    }
    match buffer_arg(vm, v)? {
        Some(b) => Ok(b),
        None => iterable_bytes(vm, v),
    }
}

fn setitem(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult {
    no_kw("__setitem__", kw)?;
    let (b, rest) = me(a, "__setitem__")?;
    arity("__setitem__", rest, 2, 2)?;
    if let Some((start, stop, step)) = slice_parts(&rest[0]) {
        let new = assigned_bytes(vm, &rest[1])?;
        let len = b.0.lock().len();
        let idx = vm.slice_indices(&start, &stop, &step, len)?;
        let mut data = b.0.lock();
        if idx.step == 1 {
            let s = (idx.start.max(0) as usize).min(data.len());
            let e = (s + idx.len).min(data.len());
            let grow = new.len().saturating_sub(e - s);
            super::alloc::reserve(&mut data, grow)?;
            data.splice(s..e, new);
        } else if new.is_empty() {
            drop(data);
            delete_slice(b, &idx);
        } else if new.len() != idx.len {
            return Err(PyErr::new(
                ExcKind::ValueError,
                format!("attempt to assign bytes of size {} to extended slice of size {}", new.len(), idx.len),
            ));
        } else {
            for (i, c) in idx.indices().zip(new) {
                if let Some(slot) = data.get_mut(i) {
                    *slot = c;
                }
            }
        }
        return Ok(Value::None);
    }
    let len = b.0.lock().len();
    let i = item_index(vm, &rest[0], len)?;
    let c = byte_value(vm, &rest[1])?;
    match b.0.lock().get_mut(i) {
        Some(slot) => *slot = c,
        None => return Err(PyErr::new(ExcKind::IndexError, "bytearray index out of range")),
    }
    Ok(Value::None)
}

fn delete_slice(b: &ByteArray, idx: &crate::vm::item::SliceIdx) {
    let mut data = b.0.lock();
    let mut gone = vec![false; data.len()];
    for i in idx.indices() {
        if let Some(g) = gone.get_mut(i) {
            *g = true;
        }
    }
    let mut k = 0;
    data.retain(|_| {
        k += 1;
        !gone[k - 1]
    });
}

fn delitem(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult {
    no_kw("__delitem__", kw)?;
    let (b, rest) = me(a, "__delitem__")?;
    arity("__delitem__", rest, 1, 1)?;
    let len = b.0.lock().len();
    if let Some((start, stop, step)) = slice_parts(&rest[0]) {
        let idx = vm.slice_indices(&start, &stop, &step, len)?;
        delete_slice(b, &idx);
        return Ok(Value::None);
    }
    let i = item_index(vm, &rest[0], len)?;
    let mut data = b.0.lock();
    if i < data.len() {
        data.remove(i);
    }
    Ok(Value::None)
}

fn find_sub(hay: &[u8], needle: &[u8]) -> bool {
    needle.is_empty() || hay.windows(needle.len()).any(|w| w == needle)
}

fn contains(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult {
    let (b, rest) = me(a, "__contains__")?;
    arity("__contains__", rest, 1, 1)?;
    let v = &rest[0];
    if matches!(v, Value::Int(_) | Value::Long(_) | Value::Bool(_)) {
        let c = byte_value(vm, v)?;
        return Ok(Value::bool(b.0.lock().contains(&c)));
    }
    let needle = need_buffer(vm, v)?;
    Ok(Value::bool(find_sub(&b.0.lock(), &needle)))
}

/// Rich comparison with any buffer (str, bytearray, ...); unicode and the
/// rest are NotImplemented.
fn compare(vm: &mut Vm, a: &[Value], name: &str, test: fn(std::cmp::Ordering) -> bool) -> PyResult {
    let (b, rest) = me(a, name)?;
    arity(name, rest, 1, 1)?;
    if super::unicode::is_unicode(&rest[0]) {
        return Ok(not_implemented());
    }
    let Some(other) = buffer_arg(vm, &rest[0])? else { return Ok(not_implemented()) };
    let ord = b.0.lock().as_slice().cmp(other.as_slice());
    Ok(Value::bool(test(ord)))
}

fn concat_error(v: &Value) -> PyErr {
    type_error(format!("can't concat bytearray to {}", v.type_name()))
}

/// A repeat count; `can't multiply sequence by non-int` otherwise.
fn repeat_count(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    use num_traits::{Signed, ToPrimitive};
    match v {
        Value::Float(_) => Err(type_error("can't multiply sequence by non-int of type 'float'")),
        Value::Long(l) => match l.to_i64() {
            Some(i) => Ok(i),
            None if l.is_negative() => Ok(-1),
            None => Err(PyErr::new(ExcKind::OverflowError, "cannot fit 'long' into an index-sized integer")),
        },
        _ => vm
            .index_value(v)?
            .ok_or_else(|| type_error(format!("can't multiply sequence by non-int of type '{}'", v.type_name()))),
    }
}

fn reduce(a: &[Value]) -> PyResult {
    let (b, _) = me(a, "__reduce__")?;
    let latin1: Vec<u32> = b.0.lock().iter().map(|&c| c as u32).collect();
    let Value::Instance(inst) = &a[0] else { return Err(descr_error("__reduce__", "bytearray", a)) };
    let state =
        if Arc::ptr_eq(&inst.class(), &types().bytearray) { Value::None } else { Value::Dict(inst.dict.clone()) };
    Ok(Value::tuple(vec![
        Value::Class(inst.class().into_owned()),
        Value::tuple(vec![super::unicode::from_cps(&latin1), Value::str("latin-1")]),
        state,
    ]))
}

/// A method of str run on a copy of the bytes; `bufs` lists the argument
/// positions that must be buffers (`Type X doesn't support the buffer API`),
/// None allowed where `none_ok`.
fn str_like(vm: &mut Vm, a: &[Value], kw: &KwArgs, name: &str, bufs: &[usize], none_ok: bool) -> PyResult {
    let (b, rest) = me(a, name)?;
    let mut args = rest.to_vec();
    for &i in bufs {
        let Some(v) = args.get(i).cloned() else { continue };
        if none_ok && v.is_none() {
            continue;
        }
        if let (Value::Tuple(t), "startswith" | "endswith") = (&v, name) {
            let mut items = Vec::with_capacity(t.items.len());
            for x in t.items.iter() {
                items.push(Value::bytes(need_buffer(vm, x)?));
            }
            args[i] = Value::tuple(items);
            continue;
        }
        args[i] = Value::bytes(need_buffer(vm, &v)?);
    }
    if let ("center" | "ljust" | "rjust", Some(fill)) = (name, args.get(1)) {
        let one = matches!(fill, Value::Str(s) if s.len() == 1);
        if !one {
            return Err(type_error(format!("{}() argument 2 must be char, not {}", name, fill.type_name())));
        }
    }
    let s = Value::bytes(copy_bytes(&b.0.lock())?);
    let m = vm.getattr(&s, &PyStr::from_str(name))?;
    let r = vm.call_kw(&m, args, kw).map_err(|e| {
        // bytearray words the failed search of index()/rindex() its own way.
        if matches!(name, "index" | "rindex") && e.matches(ExcKind::ValueError) {
            PyErr::new(ExcKind::ValueError, "subsection not found")
        } else {
            e
        }
    })?;
    Ok(to_bytearrays(r))
}

/// str results become bytearrays (also inside a list or tuple).
fn to_bytearrays(r: Value) -> Value {
    match r {
        Value::Str(s) => new_value(s.as_bytes().to_vec()),
        Value::List(l) => Value::list(l.snapshot().into_iter().map(to_bytearrays).collect()),
        Value::Tuple(t) => Value::tuple(t.items.iter().cloned().map(to_bytearrays).collect()),
        other => other,
    }
}

fn join(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult {
    no_kw("join", kw)?;
    let (b, rest) = me(a, "join")?;
    arity("join", rest, 1, 1)?;
    let sep = copy_bytes(&b.0.lock())?;
    let it = vm.iter(&rest[0])?;
    let mut out = Vec::new();
    let mut n = 0;
    while let Some(x) = vm.next(&it)? {
        // Only str and bytearray items: 2.7 refuses buffer and memoryview here.
        let part = match &x {
            Value::Str(s) => Some(s.as_bytes().to_vec()),
            _ => bytes_of(&x)?,
        };
        let Some(part) = part else {
            return Err(type_error(format!(
                "can only join an iterable of bytes (item {} has type '{}')",
                n,
                x.type_name()
            )));
        };
        if n > 0 {
            super::alloc::reserve(&mut out, sep.len())?;
            out.extend_from_slice(&sep);
        }
        super::alloc::reserve(&mut out, part.len())?;
        out.extend_from_slice(&part);
        n += 1;
    }
    Ok(new_value(out))
}

/// `bytearray.__new__(cls)`: an empty bytearray of class `cls`.
fn new(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult {
    let Some(Value::Class(c)) = a.first() else {
        return Err(type_error("bytearray.__new__(X): X is not a type object"));
    };
    if !c.is_subclass(&types().bytearray) {
        return Err(crate::modules::descr::not_subtype(c));
    }
    Ok(Value::Instance(Arc::new(super::Instance::new(c.clone(), super::bytearray::native(Vec::new())))))
}

pub fn install(t: &Types) {
    let c: &Class = &t.bytearray;
    // No `__hash__` of its own (2.7 shows object's), yet unhashable: see
    // `Vm::hash`.
    c.dict.set_str(
        "__doc__",
        Value::str("bytearray(source[, encoding[, errors]]): a mutable sequence of bytes, made from a count of zeros, an iterable of ints, a str or buffer, or unicode with its encoding."),
    );
    method(c, "bytearray.__new__", new);
    method(c, "bytearray.__init__", |vm, a, kw| {
        let (b, rest) = me(a, "__init__")?;
        let bytes = initial_bytes(vm, rest, kw)?;
        *b.0.lock() = bytes;
        Ok(Value::None)
    });
    method(c, "bytearray.__repr__", |_, a, _| {
        let (b, _) = me(a, "__repr__")?;
        let s = super::bytearray::repr(&b.0.lock());
        Ok(Value::str(&s))
    });
    method(c, "bytearray.__str__", |_, a, _| copy_bytes(me(a, "__str__")?.0 .0.lock().as_slice()).map(Value::bytes));
    method(c, "bytearray._buffer_bytes", |_, a, _| {
        copy_bytes(me(a, "_buffer_bytes")?.0 .0.lock().as_slice()).map(Value::bytes)
    });
    method(c, "bytearray.__len__", |_, a, _| Ok(Value::Int(me(a, "__len__")?.0 .0.lock().len() as i64)));
    method(c, "bytearray.__sizeof__", |_, a, _| {
        Ok(Value::Int(48 + me(a, "__sizeof__")?.0 .0.lock().capacity() as i64))
    });
    method(c, "bytearray.__alloc__", |_, a, _| Ok(Value::Int(me(a, "__alloc__")?.0 .0.lock().capacity() as i64 + 1)));
    method(c, "bytearray.__getitem__", getitem);
    method(c, "bytearray.__setitem__", setitem);
    method(c, "bytearray.__delitem__", delitem);
    method(c, "bytearray.__contains__", contains);
    method(c, "bytearray.__iter__", |_, a, _| {
        me(a, "__iter__")?;
        Ok(new_iter(IterState::GetItem { obj: super::bytearray::plain_alias(&a[0]), idx: 0 }))
    });
    method(c, "bytearray.__eq__", |vm, a, _| compare(vm, a, "__eq__", |o| o.is_eq()));
    method(c, "bytearray.__ne__", |vm, a, _| compare(vm, a, "__ne__", |o| o.is_ne()));
    method(c, "bytearray.__lt__", |vm, a, _| compare(vm, a, "__lt__", |o| o.is_lt()));
    method(c, "bytearray.__le__", |vm, a, _| compare(vm, a, "__le__", |o| o.is_le()));
    method(c, "bytearray.__gt__", |vm, a, _| compare(vm, a, "__gt__", |o| o.is_gt()));
    method(c, "bytearray.__ge__", |vm, a, _| compare(vm, a, "__ge__", |o| o.is_ge()));
    method(c, "bytearray.__add__", |vm, a, _| {
        let (b, rest) = me(a, "__add__")?;
        arity("__add__", rest, 1, 1)?;
        let Some(other) = buffer_arg(vm, &rest[0])? else { return Err(concat_error(&rest[0])) };
        let mut out = copy_bytes(&b.0.lock())?;
        super::alloc::reserve(&mut out, other.len())?;
        out.extend_from_slice(&other);
        Ok(new_value(out))
    });
    // `'ab' + bytearray(...)` is a bytearray in 2.7 (str's concat reads buffers).
    method(c, "bytearray.__radd__", |vm, a, _| {
        let (b, rest) = me(a, "__radd__")?;
        arity("__radd__", rest, 1, 1)?;
        if super::unicode::is_unicode(&rest[0]) {
            return Err(concat_error(&rest[0]));
        }
        let Some(mut out) = buffer_arg(vm, &rest[0])? else { return Ok(not_implemented()) };
        let mine = copy_bytes(&b.0.lock())?;
        super::alloc::reserve(&mut out, mine.len())?;
        out.extend_from_slice(&mine);
        Ok(new_value(out))
    });
    method(c, "bytearray.__iadd__", |vm, a, _| {
        let (b, rest) = me(a, "__iadd__")?;
        arity("__iadd__", rest, 1, 1)?;
        let Some(other) = buffer_arg(vm, &rest[0])? else { return Err(concat_error(&rest[0])) };
        let mut data = b.0.lock();
        super::alloc::reserve(&mut data, other.len())?;
        data.extend_from_slice(&other);
        Ok(a[0].clone())
    });
    method(c, "bytearray.__mul__", mul);
    method(c, "bytearray.__rmul__", mul);
    method(c, "bytearray.__imul__", |vm, a, _| {
        let (b, rest) = me(a, "__imul__")?;
        arity("__imul__", rest, 1, 1)?;
        let n = repeat_count(vm, &rest[0])?;
        let cur = copy_bytes(&b.0.lock())?;
        let out = repeat(&cur, n)?;
        *b.0.lock() = out;
        Ok(a[0].clone())
    });
    method(c, "bytearray.__reduce__", |_, a, _| reduce(a));
    method(c, "bytearray.__reduce_ex__", |_, a, _| reduce(a));
    method(c, "bytearray.append", |vm, a, kw| {
        no_kw("append", kw)?;
        let (b, rest) = me(a, "append")?;
        arity("append", rest, 1, 1)?;
        let v = byte_value(vm, &rest[0])?;
        let mut data = b.0.lock();
        super::alloc::reserve(&mut data, 1)?;
        data.push(v);
        Ok(Value::None)
    });
    method(c, "bytearray.extend", |vm, a, kw| {
        no_kw("extend", kw)?;
        let (b, rest) = me(a, "extend")?;
        arity("extend", rest, 1, 1)?;
        let more = match buffer_arg(vm, &rest[0])? {
            Some(m) => m,
            None => {
                vm.length_hint_check(&rest[0])?;
                iterable_bytes(vm, &rest[0])?
            }
        };
        let mut data = b.0.lock();
        super::alloc::reserve(&mut data, more.len())?;
        data.extend_from_slice(&more);
        Ok(Value::None)
    });
    method(c, "bytearray.insert", |vm, a, kw| {
        no_kw("insert", kw)?;
        let (b, rest) = me(a, "insert")?;
        arity("insert", rest, 2, 2)?;
        let i = vm.index_value(&rest[0])?.ok_or_else(|| type_error("an integer is required"))?;
        let v = byte_value(vm, &rest[1])?;
        let mut data = b.0.lock();
        let n = data.len() as i64;
        let at = if i < 0 { (i.saturating_add(n)).max(0) } else { i.min(n) };
        super::alloc::reserve(&mut data, 1)?;
        data.insert(at as usize, v);
        Ok(Value::None)
    });
    method(c, "bytearray.pop", |vm, a, kw| {
        no_kw("pop", kw)?;
        let (b, rest) = me(a, "pop")?;
        arity("pop", rest, 0, 1)?;
        let i = match rest.first() {
            Some(v) => vm.index_value(v)?.ok_or_else(|| type_error("an integer is required"))?,
            None => -1,
        };
        let mut data = b.0.lock();
        if data.is_empty() {
            return Err(PyErr::new(ExcKind::IndexError, "pop from empty bytearray"));
        }
        let n = data.len() as i64;
        let j = if i < 0 { i.saturating_add(n) } else { i };
        if j < 0 || j >= n {
            return Err(PyErr::new(ExcKind::IndexError, "pop index out of range"));
        }
        Ok(Value::Int(data.remove(j as usize) as i64))
    });
    method(c, "bytearray.remove", |vm, a, kw| {
        no_kw("remove", kw)?;
        let (b, rest) = me(a, "remove")?;
        arity("remove", rest, 1, 1)?;
        let v = byte_value(vm, &rest[0])?;
        let mut data = b.0.lock();
        match data.iter().position(|&c| c == v) {
            Some(p) => {
                data.remove(p);
                Ok(Value::None)
            }
            None => Err(PyErr::new(ExcKind::ValueError, "value not found in bytearray")),
        }
    });
    method(c, "bytearray.reverse", |_, a, kw| {
        no_kw("reverse", kw)?;
        let (b, rest) = me(a, "reverse")?;
        arity("reverse", rest, 0, 0)?;
        b.0.lock().reverse();
        Ok(Value::None)
    });
    c.dict.set_str(
        "fromhex",
        Value::other(Object::ClassMethod(crate::object::Builtin::new("fromhex", |_, a, _| {
            arity("fromhex", &a[1.min(a.len())..], 1, 1)?;
            let text = match &a[1] {
                Value::Str(s) => s.as_bytes().to_vec(),
                u if super::unicode::is_unicode(u) => {
                    super::unicode::as_unicode(u).map(|s| s.as_bytes().to_vec()).unwrap_or_default()
                }
                v => {
                    return Err(type_error(format!(
                        "fromhex() argument 1 must be string or read-only buffer, not {}",
                        v.type_name()
                    )))
                }
            };
            Ok(new_value(fromhex(&text)?))
        }))),
    );
    method(c, "bytearray.join", join);
    method(c, "bytearray.decode", |vm, a, kw| str_like(vm, a, kw, "decode", &[], false));
    macro_rules! delegate {
        ($($name:literal: $bufs:expr, $none_ok:expr;)*) => {
            $(method(c, concat!("bytearray.", $name), |vm, a, kw| str_like(vm, a, kw, $name, &$bufs, $none_ok));)*
        };
    }
    delegate! {
        "capitalize": [], false;
        "center": [], false;
        "ljust": [], false;
        "rjust": [], false;
        "expandtabs": [], false;
        "lower": [], false;
        "upper": [], false;
        "swapcase": [], false;
        "title": [], false;
        "zfill": [], false;
        "isalnum": [], false;
        "isalpha": [], false;
        "isdigit": [], false;
        "islower": [], false;
        "isspace": [], false;
        "istitle": [], false;
        "isupper": [], false;
        "splitlines": [], false;
        "strip": [0], true;
        "lstrip": [0], true;
        "rstrip": [0], true;
        "split": [0], true;
        "rsplit": [0], true;
        "partition": [0], false;
        "rpartition": [0], false;
        "count": [0], false;
        "find": [0], false;
        "rfind": [0], false;
        "index": [0], false;
        "rindex": [0], false;
        "startswith": [0], false;
        "endswith": [0], false;
        "replace": [0, 1], false;
    }
    // The table's length is checked before `deletechars` is read, as 2.7.
    method(c, "bytearray.translate", |vm, a, kw| {
        if let Some(t) = a.get(1).filter(|t| !t.is_none()) {
            if buffer_arg(vm, t)?.is_some_and(|t| t.len() != 256) {
                return Err(PyErr::new(ExcKind::ValueError, "translation table must be 256 characters long"));
            }
        }
        str_like(vm, a, kw, "translate", &[0, 1], true)
    });
}

fn mul(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult {
    let (b, rest) = me(a, "__mul__")?;
    arity("__mul__", rest, 1, 1)?;
    let n = repeat_count(vm, &rest[0])?;
    let cur = copy_bytes(&b.0.lock())?;
    Ok(new_value(repeat(&cur, n)?))
}

/// `bytearray(...)` called on the built-in class itself.
pub fn construct(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult {
    Ok(new_value(initial_bytes(vm, a, kw)?))
}
