//! Built-in functions redone with CPython 2.7's argument handling: `range`
//! with longs and `__int__` objects, `iter(callable, sentinel)`, `filter` of
//! tuple subclasses, `round` through `__float__`, and `intern` with a real
//! table of interned strings. `init` runs after `builtins::init` and
//! replaces the earlier definitions.

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

use super::{check_args, def};
use crate::object::function::KwArgs;
use crate::object::iter::{new_iter, IterState};
use crate::object::number::{self, Num};
use crate::object::{Dict, ExcKind, Object, PyErr, PyResult, Value};
use crate::vm::ops::unwrap_base;
use crate::vm::Vm;

fn type_error(msg: impl Into<String>) -> PyErr {
    PyErr::new(ExcKind::TypeError, msg)
}

pub fn init(b: &Dict) {
    def_nokw!(b, "range", range);
    def_nokw!(b, "iter", iter);
    def_nokw!(b, "filter", filter);
    def(b, "round", round);
    def_nokw!(b, "intern", intern);
}

/// Methods of `object` not defined elsewhere.
pub fn install(t: &crate::object::class::Types) {
    super::method(&t.object, "object.__format__", object_format);
    // Exceptions make their instances themselves (object.__new__ refuses
    // them), taking any arguments, as CPython's BaseException.__new__.
    // `t` is still being built: read the class from it, not through types().
    let be = &t.exceptions[crate::object::exception::ExcKind::BaseException as usize];
    super::method(be, "BaseException.__new__", |vm, a, kw| {
        let Some(Value::Class(c)) = a.first() else {
            let got = a.first().map(|v| v.type_name()).unwrap_or_else(|| "NULL".into());
            return Err(type_error(format!("BaseException.__new__(X): X is not a type object ({})", got)));
        };
        vm.new_instance(c, &a[1..], kw)
    });
    super::method(&t.dict, "dict.__cmp__", dict_cmp);
    // As `hash(s)`, the method refuses too (CPython's test_slice).
    super::method(&t.slice, "slice.__hash__", |_, _, _| Err(type_error("unhashable type")));
    // `(slice, (start, stop, step))`: pickle and copy remake the slice.
    super::method(&t.slice, "slice.__reduce__", |_, a, _| {
        check_args("__reduce__", a, 1, 1)?;
        let Some(crate::object::Object::Slice { start, stop, step, .. }) = a[0].as_object() else {
            return Err(type_error("descriptor '__reduce__' requires a 'slice' object"));
        };
        let parts = Value::tuple(vec![start.clone(), stop.clone(), step.clone()]);
        Ok(Value::tuple(vec![Value::Class(crate::object::class::types().slice.clone()), parts]))
    });
    super::float_format::install(t);
    super::method(be, "BaseException.__reduce__", exc_reduce);
    super::method(be, "BaseException.__setstate__", exc_setstate);
}

/// `dict.__cmp__(other)`: 2.7's ordering of dicts (by length, then by the
/// smallest key whose values differ).
fn dict_cmp(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult {
    super::arity::slot_args(a, 1)?;
    let (x, y) = (unwrap_base(&a[0]), unwrap_base(&a[1]));
    if !matches!(x, Value::Dict(_)) {
        return Err(type_error(format!(
            "descriptor '__cmp__' requires a 'dict' object but received a '{}'",
            a[0].type_name()
        )));
    }
    if !matches!(y, Value::Dict(_)) {
        return Err(type_error(format!("dict.__cmp__(x,y) requires y to be a 'dict', not a '{}'", a[1].type_name())));
    }
    Ok(Value::Int(vm.cmp(&x, &y)?))
}

/// `BaseException.__reduce__`: `(type, args)`, plus the instance dict when it
/// holds more than what `type(*args)` recreates (minipy keeps `args`,
/// `message`, `errno`... in the dict: those equal to a fresh one's are left out).
fn exc_reduce(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult {
    check_args("__reduce__", a, 1, 1)?;
    let Value::Instance(i) = &a[0] else {
        return Err(type_error("descriptor '__reduce__' requires a 'exceptions.BaseException' object"));
    };
    let mut args = crate::object::exception::exc_args(&a[0]);
    let filename = i.dict.get_str(&crate::object::PyStr::from_str("filename"));
    if let Some(f) = filename.filter(|f| !f.is_none() && args.len() == 2) {
        if i.class().is_subclass(ExcKind::EnvironmentError.class()) {
            args.push(f);
        }
    }
    let fresh = Dict::new();
    crate::object::exception::set_args(&i.class(), &fresh, args.clone());
    let extra = Dict::new();
    for (k, v) in i.dict.items() {
        let Value::Str(key) = &k else { continue };
        let same = fresh.get_str(key).is_some_and(|f| f.is(&v) || fast_same(&f, &v));
        if key.as_bytes() != b"args" && !same {
            extra.set_ref(key, v);
        }
    }
    let mut out = vec![Value::Class(i.class().into_owned()), Value::tuple(args)];
    if !extra.is_empty() {
        out.push(Value::Dict(std::sync::Arc::new(extra)));
    }
    Ok(Value::tuple(out))
}

/// Scalars a fresh instance recreates equal (not identical) to the old ones.
fn fast_same(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Str(x), Value::Str(y)) => x.as_bytes() == y.as_bytes(),
        (Value::Int(x), Value::Int(y)) => x == y,
        (Value::None, Value::None) => true,
        _ => false,
    }
}

/// `BaseException.__setstate__(dict)`: sets each item as an attribute.
fn exc_setstate(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult {
    check_args("__setstate__", a, 2, 2)?;
    match &a[1] {
        Value::Dict(d) => {
            for (k, v) in d.items() {
                if let Value::Str(key) = &k {
                    vm.setattr(&a[0], key, v)?;
                } else {
                    return Err(type_error("attribute name must be string"));
                }
            }
            Ok(Value::None)
        }
        Value::None => Ok(Value::None),
        _ => Err(type_error("state is not a dictionary")),
    }
}

/// `object.__format__(spec)`: `format(str(self), spec)`.
fn object_format(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult {
    if a.len() != 2 {
        let n = a.len().saturating_sub(1);
        return Err(type_error(format!("__format__() takes exactly 1 argument ({} given)", n)));
    }
    let Value::Str(spec) = unwrap_base(&a[1]) else {
        return Err(type_error("argument to __format__ must be unicode or str"));
    };
    if !spec.as_bytes().is_empty() {
        crate::object::str_format::warn_object_format(vm)?;
    }
    let text = vm.to_str(&a[0])?;
    crate::object::str_methods::format_value(vm, &Value::Str(text), spec.as_bytes())
}

/// One argument of `range()` as an integer: ints and longs (and their
/// subclasses) as they are, other objects through `__int__`; floats refused.
fn range_arg(vm: &mut Vm, v: &Value, what: &str) -> PyResult<BigInt> {
    let base = unwrap_base(v);
    if let Value::Int(_) | Value::Bool(_) | Value::Long(_) = base {
        return Ok(number::as_bigint(&base).unwrap_or_default());
    }
    if crate::object::complex::is_complex(&base) {
        return Err(type_error("can't convert complex to int"));
    }
    if !matches!(base, Value::Float(_)) {
        if let Some(r) = vm.call_dunder(v, "__int__", vec![])? {
            return match unwrap_base(&r) {
                r @ (Value::Int(_) | Value::Bool(_) | Value::Long(_)) => Ok(number::as_bigint(&r).unwrap_or_default()),
                _ => Err(type_error("__int__ should return int object")),
            };
        }
    }
    Err(type_error(format!("range() integer {} argument expected, got {}.", what, v.type_name())))
}

/// `range([start,] stop[, step])`: a list; longs work as long as the list's
/// length fits in a C long.
fn range(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult {
    check_args("range", a, 1, 3)?;
    let (start, stop, step) = match a.len() {
        1 => (BigInt::zero(), range_arg(vm, &a[0], "end")?, BigInt::from(1)),
        2 => (range_arg(vm, &a[0], "start")?, range_arg(vm, &a[1], "end")?, BigInt::from(1)),
        _ => (range_arg(vm, &a[0], "start")?, range_arg(vm, &a[1], "end")?, range_arg(vm, &a[2], "step")?),
    };
    let all_small = [&start, &stop, &step].iter().all(|n| n.to_i64().is_some());
    if !all_small && a.len() == 3 && matches!(a[2], Value::Instance(_)) {
        // CPython's long path compares the step object itself with zero,
        // so its __cmp__ runs (and may raise).
        vm.cmp(&a[2], &Value::Int(0))?;
    }
    if step.is_zero() {
        return Err(PyErr::new(ExcKind::ValueError, "range() step argument must not be zero"));
    }
    let n = if step.is_positive() && start < stop {
        (&stop - &start - 1) / &step + 1
    } else if step.is_negative() && start > stop {
        (&start - &stop - 1) / (-&step) + 1
    } else {
        BigInt::zero()
    };
    let Some(n) = n.to_i64() else {
        return Err(PyErr::new(ExcKind::OverflowError, "range() result has too many items"));
    };
    if n > 1 << 28 {
        return Err(crate::object::alloc::memory_error());
    }
    if let (Some(s), Some(d)) = (start.to_i64(), step.to_i64()) {
        if let Some(last) = d.checked_mul(n).and_then(|x| x.checked_add(s)) {
            let _ = last;
            return Ok(Value::list((0..n).map(|i| Value::Int(s + i * d)).collect()));
        }
    }
    let mut out = Vec::with_capacity(n as usize);
    let mut cur = start;
    for _ in 0..n {
        // CPython's handle_range_longs (bounds beyond a C long): every item
        // is a long.
        out.push(if all_small { Value::from_bigint(cur.clone()) } else { Value::long(cur.clone()) });
        cur += &step;
    }
    Ok(Value::list(out))
}

/// `iter(obj)` or `iter(callable, sentinel)`.
fn iter(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult {
    check_args("iter", a, 1, 2)?;
    if a.len() == 2 {
        if !vm.is_callable(&a[0]) {
            return Err(type_error("iter(v, w): v must be callable"));
        }
        return Ok(new_iter(IterState::Callable { func: a[0].clone(), sentinel: a[1].clone() }));
    }
    vm.iter(&a[0])
}

fn keep(vm: &mut Vm, func: &Value, item: &Value) -> PyResult<bool> {
    if func.is_none() {
        return vm.truthy(item);
    }
    let r = vm.call(func, vec![item.clone()])?;
    vm.truthy(&r)
}

/// `filter(func, seq)`: a str or tuple (also for their subclasses, whose
/// items are read through `__getitem__`), else a list.
fn filter(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult {
    check_args("filter", a, 2, 2)?;
    match unwrap_base(&a[1]) {
        Value::Str(base) => super::builtins_iter::filter_str(vm, &a[0], &a[1], base.as_bytes().len()),
        Value::Tuple(t) => {
            let subclass = matches!(a[1], Value::Instance(_));
            let mut out = Vec::new();
            for i in 0..t.items.len() {
                let item = if subclass { vm.getitem(&a[1], &Value::Int(i as i64))? } else { t.items[i].clone() };
                if keep(vm, &a[0], &item)? {
                    out.push(item);
                }
            }
            Ok(Value::tuple(out))
        }
        u if crate::object::unicode::is_unicode(&u) => {
            // A unicode gives a unicode of the characters kept.
            let mut out = Vec::new();
            let it = vm.iter(&a[1])?;
            while let Some(x) = vm.next_fast(&it)? {
                if keep(vm, &a[0], &x)? {
                    let Some(c) = crate::object::unicode::as_unicode(&x) else {
                        return Err(type_error("can't filter unicode to unicode: __getitem__ returned different type"));
                    };
                    out.extend_from_slice(c.as_bytes());
                }
            }
            Ok(crate::object::unicode::from_utf8(out))
        }
        _ => {
            let mut out = Vec::new();
            let it = vm.iter(&a[1])?;
            vm.length_hint_check(&a[1])?;
            while let Some(x) = vm.next_fast(&it)? {
                if keep(vm, &a[0], &x)? {
                    out.push(x);
                }
            }
            Ok(Value::list(out))
        }
    }
}

/// `round(number[, ndigits])`: a float; objects convert through their
/// class's `__float__`.
fn round(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult {
    let a: Vec<Value> =
        super::kwparse::parse("round", a, kw, &["number", "ndigits"], 1)?.into_iter().flatten().collect();
    let x = match Num::of(&unwrap_base(&a[0])) {
        Some(n) => n.to_f64()?,
        None => match vm.call_dunder(&a[0], "__float__", vec![])? {
            Some(Value::Float(f)) => f.get(),
            Some(_) => return Err(type_error("nb_float should return float object")),
            None => return Err(crate::object::complex_methods::float_required(&a[0])),
        },
    };
    // ndigits goes through __index__; a huge one saturates.
    let mut ndigits = a.get(1).cloned();
    if let Some(v @ Value::Instance(_)) = &ndigits {
        if !matches!(unwrap_base(v), Value::Int(_) | Value::Long(_) | Value::Bool(_)) {
            if let Some(i) = vm.call_dunder(v, "__index__", vec![])? {
                ndigits = Some(i);
            }
        }
    }
    let nd = match ndigits.as_ref().map(unwrap_base) {
        None => 0,
        Some(v @ (Value::Int(_) | Value::Bool(_))) => number::as_i64(&v).unwrap_or(0),
        Some(Value::Long(b)) => match b.to_i64() {
            Some(n) => n,
            None if b.is_negative() => i64::MIN,
            None => i64::MAX,
        },
        Some(v) => return Err(type_error(format!("'{}' object cannot be interpreted as an index", v.type_name()))),
    };
    Ok(Value::float(crate::text::fmt_round(x, nd).map_err(|m| PyErr::new(ExcKind::OverflowError, m))?))
}

fn intern(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult {
    super::arity::tuple_args("intern", a, 1, 1)?;
    match &a[0] {
        // One table with the compiler's names, so intern('x') is the
        // very string a name `x` in code uses.
        Value::Str(s) => Ok(Value::Str(crate::object::string::intern_str(s))),
        Value::Instance(i) if matches!(i.base, Value::Str(_)) => Err(type_error("can't intern subclass of string")),
        v => Err(type_error(format!("intern() argument 1 must be string, not {}", v.type_name()))),
    }
}

/// The length argument of `slice.indices`: an int or a long that fits,
/// else CPython's OverflowError / TypeError (CPython's test_slice).
pub fn slice_length_arg(v: &Value) -> PyResult<i64> {
    if let Some(n) = crate::object::number::as_i64(v) {
        return Ok(n);
    }
    match v {
        Value::Long(_) => {
            Err(PyErr::new(crate::object::ExcKind::OverflowError, "cannot fit 'long' into an index-sized integer"))
        }
        _ => Err(type_error(format!("'{}' object cannot be interpreted as an index", v.type_name()))),
    }
}

/// `slice.indices(length)` as 2.7.18 computes it: unpack the slice (None
/// becomes 0/`PY_SSIZE_T_MAX`, or the far ends for a negative step) and
/// clamp each end to the length. CPython does not refuse a negative length,
/// and its arithmetic wraps there; the wrapping adds keep those answers
/// identical (`slice(None, None, -1).indices(-3)` is `(-4, 2**63-3, -1)`).
pub fn slice_indices_method(vm: &mut Vm, slice: &Value, length: &Value) -> PyResult<Value> {
    let Some(Object::Slice { start, stop, step, .. }) = slice.as_object() else {
        return Err(type_error("descriptor 'indices' requires a 'slice' object"));
    };
    let length = match slice_length_arg(length) {
        Err(e) if matches!(length, Value::Instance(_)) => vm.index_value(length)?.ok_or(e)?,
        r => r?,
    };
    let index = |vm: &mut Vm, v: &Value| -> PyResult<i64> {
        vm.index_value(v)?
            .ok_or_else(|| type_error("slice indices must be integers or None or have an __index__ method"))
    };
    let step = if step.is_none() { 1 } else { index(vm, step)? };
    if step == 0 {
        return Err(PyErr::new(ExcKind::ValueError, "slice step cannot be zero"));
    }
    let step = step.max(-i64::MAX);
    let start = if start.is_none() {
        if step < 0 {
            i64::MAX
        } else {
            0
        }
    } else {
        index(vm, start)?
    };
    let stop = if stop.is_none() {
        if step < 0 {
            i64::MIN
        } else {
            i64::MAX
        }
    } else {
        index(vm, stop)?
    };
    let adjust = |i: i64| -> i64 {
        if i < 0 {
            let j = i.wrapping_add(length);
            if j < 0 {
                if step < 0 {
                    -1
                } else {
                    0
                }
            } else {
                j
            }
        } else if i >= length {
            if step < 0 {
                length.wrapping_sub(1)
            } else {
                length
            }
        } else {
            i
        }
    };
    Ok(Value::tuple(vec![Value::Int(adjust(start)), Value::Int(adjust(stop)), Value::Int(step)]))
}

/// The one empty frozenset: `frozenset()` and `frozenset([])` are always it,
/// as in CPython (`frozenset() is frozenset()`).
pub fn empty_frozenset() -> Value {
    static EMPTY: std::sync::OnceLock<std::sync::Arc<crate::object::Set>> = std::sync::OnceLock::new();
    Value::Set(EMPTY.get_or_init(|| std::sync::Arc::new(crate::object::Set::new(true))).clone())
}
