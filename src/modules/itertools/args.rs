//! The constructors' argument checks, in CPython 2.7's order and words
//! (`PyArg_UnpackTuple`, `PyArg_ParseTupleAndKeywords` and the `n` format).

use std::sync::Arc;

use num_traits::ToPrimitive;

use super::combin::{Choice, ChoiceKind};
use super::state::{tee_copy, tee_new, St};
use super::{it_of, Kind};
use crate::object::function::KwArgs;
use crate::object::{ExcKind, PyErr, PyResult, Value};
use crate::vm::Vm;

fn type_error(msg: impl Into<String>) -> PyErr {
    PyErr::new(ExcKind::TypeError, msg.into())
}

/// `PyArg_UnpackTuple`'s count check.
fn unpack(name: &str, a: &[Value], min: usize, max: usize) -> PyResult<()> {
    let n = a.len();
    if n < min {
        let q = if min == max { "" } else { "at least " };
        return Err(type_error(format!("{} expected {}{} arguments, got {}", name, q, min, n)));
    }
    if n > max {
        let q = if min == max { "" } else { "at most " };
        return Err(type_error(format!("{} expected {}{} arguments, got {}", name, q, max, n)));
    }
    Ok(())
}

/// CPython's `_PyArg_NoKeywords`, checked for the exact types only.
fn no_kw(name: &str, kw: &KwArgs, exact: bool) -> PyResult<()> {
    if exact && !kw.is_empty() {
        return Err(type_error(format!("{}() does not take keyword arguments", name)));
    }
    Ok(())
}

/// An `n`-format argument (a C ssize_t).
pub(super) fn ssize(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(b.get() as i64),
        Value::Long(b) => {
            b.to_i64().ok_or_else(|| PyErr::new(ExcKind::OverflowError, "Python int too large to convert to C long"))
        }
        Value::Float(_) => Err(type_error("integer argument expected, got float")),
        Value::Instance(i) if !i.base.is_none() && !matches!(i.base, Value::Other(_)) => {
            let base = i.base.clone();
            ssize(vm, &base)
        }
        Value::Instance(_) => match vm.call_dunder(v, "__index__", vec![])? {
            Some(r @ (Value::Int(_) | Value::Long(_) | Value::Bool(_))) => ssize(vm, &r),
            Some(r) => Err(type_error(format!("__index__ returned non-(int,long) (type {})", r.type_name()))),
            None => Err(type_error("an integer is required")),
        },
        _ => Err(type_error("an integer is required")),
    }
}

/// `r` of combinations and friends.
fn r_arg(vm: &mut Vm, v: &Value) -> PyResult<usize> {
    let r = ssize(vm, v)?;
    if r < 0 {
        return Err(PyErr::new(ExcKind::ValueError, "r must be non-negative"));
    }
    Ok(r as usize)
}

/// An islice index as CPython reads it (`PyInt_AsSsize_t`): ints, longs
/// and anything with `__int__`; None keeps the default; an unreadable or
/// out-of-range value reads as -1.
fn islice_arg(vm: &mut Vm, v: &Value, default: Option<i64>) -> Option<i64> {
    match v {
        Value::None => default,
        Value::Int(i) => Some(*i),
        Value::Bool(b) => Some(b.get() as i64),
        Value::Long(b) => Some(b.to_i64().unwrap_or(-1)),
        Value::Float(f) => {
            let t = f.get().trunc();
            Some(if t.is_finite() && t >= i64::MIN as f64 && t < i64::MAX as f64 { t as i64 } else { -1 })
        }
        Value::Instance(_) => match vm.call_dunder(v, "__int__", vec![]) {
            Ok(Some(r @ (Value::Int(_) | Value::Long(_) | Value::Bool(_)))) => islice_arg(vm, &r, default),
            _ => Some(-1),
        },
        _ => Some(-1),
    }
}

fn islice(vm: &mut Vm, a: &[Value]) -> PyResult<St> {
    unpack("islice", a, 2, 4)?;
    let (start, stop, step) = match a.len() {
        2 => (Value::None, a[1].clone(), Value::None),
        3 => (a[1].clone(), a[2].clone(), Value::None),
        _ => (a[1].clone(), a[2].clone(), a[3].clone()),
    };
    // CPython's order: stop first, then the ranges, then the step.
    let stop = islice_arg(vm, &stop, None);
    if stop == Some(-1) {
        return Err(PyErr::new(
            ExcKind::ValueError,
            "Stop argument for islice() must be None or an integer: 0 <= x <= maxint.",
        ));
    }
    let start = islice_arg(vm, &start, Some(0)).unwrap_or(0);
    if start < 0 || stop.is_some_and(|s| s < -1) {
        return Err(PyErr::new(
            ExcKind::ValueError,
            "Indices for islice() must be None or an integer: 0 <= x <= maxint.",
        ));
    }
    let step = islice_arg(vm, &step, Some(1)).unwrap_or(1);
    if step < 1 {
        return Err(PyErr::new(ExcKind::ValueError, "Step for islice() must be a positive integer or None."));
    }
    let it = vm.iter(&a[0])?;
    Ok(St::Islice { it: Some(it), next: start, stop, step, count: 0 })
}

/// The iterators of izip/izip_longest, naming the argument that cannot be iterated.
fn iterators(vm: &mut Vm, name: &str, a: &[Value]) -> PyResult<Vec<Value>> {
    let mut out = Vec::with_capacity(a.len());
    for (i, v) in a.iter().enumerate() {
        match vm.iter(v) {
            Ok(it) => out.push(it),
            Err(e) if e.matches(ExcKind::TypeError) => {
                return Err(type_error(format!("{} argument #{} must support iteration", name, i + 1)))
            }
            Err(e) => return Err(e),
        }
    }
    Ok(out)
}

fn is_number(vm: &mut Vm, v: &Value) -> bool {
    match v {
        Value::Int(_) | Value::Bool(_) | Value::Long(_) | Value::Float(_) => true,
        _ if crate::object::number::is_number(v) => true,
        Value::Other(o) if matches!(&**o, crate::object::Object::Complex(_)) => true,
        Value::Instance(i) => i.class().lookup_str("__int__").is_some() || i.class().lookup_str("__float__").is_some(),
        _ => {
            let _ = vm;
            false
        }
    }
}

fn kwparse(name: &str, a: &[Value], kw: &KwArgs, names: &[&str], required: usize) -> PyResult<Vec<Option<Value>>> {
    crate::modules::kwparse::parse(name, a, kw, names, required)
}

/// The state of a new iterator of kind `k` made from `cls(*a, **kw)`.
pub(super) fn make(vm: &mut Vm, k: Kind, a: &[Value], kw: &KwArgs, exact: bool) -> PyResult<St> {
    Ok(match k {
        Kind::Count => {
            let p = kwparse("count", a, kw, &["start", "step"], 0)?;
            let n = p[0].clone().unwrap_or(Value::Int(0));
            let step = p[1].clone().unwrap_or(Value::Int(1));
            if !is_number(vm, &n) || !is_number(vm, &step) {
                return Err(type_error("a number is required"));
            }
            let n = match n {
                Value::Bool(b) => Value::Int(b.get() as i64),
                n => n,
            };
            St::Count { n, step }
        }
        Kind::Repeat => {
            let p = kwparse("repeat", a, kw, &["object", "times"], 1)?;
            let times = match &p[1] {
                Some(t) => Some(ssize(vm, t)?.max(0)),
                None => None,
            };
            St::Repeat { obj: p[0].clone().unwrap_or(Value::None), times }
        }
        Kind::Cycle => {
            no_kw("cycle", kw, exact)?;
            unpack("cycle", a, 1, 1)?;
            St::Cycle { it: Some(vm.iter(&a[0])?), saved: Vec::new(), pos: 0 }
        }
        Kind::Chain => {
            no_kw("chain", kw, exact)?;
            let source = vm.iter(&Value::tuple(a.to_vec()))?;
            St::Chain { source: Some(source), active: None }
        }
        Kind::Compress => {
            let p = kwparse("compress", a, kw, &["data", "selectors"], 2)?;
            let data = vm.iter(p[0].as_ref().unwrap_or(&Value::None))?;
            let selectors = vm.iter(p[1].as_ref().unwrap_or(&Value::None))?;
            St::Compress { data, selectors }
        }
        Kind::Ifilter | Kind::Ifilterfalse | Kind::Takewhile | Kind::Dropwhile | Kind::Starmap => {
            let name = match k {
                Kind::Ifilter => "ifilter",
                Kind::Ifilterfalse => "ifilterfalse",
                Kind::Takewhile => "takewhile",
                Kind::Dropwhile => "dropwhile",
                _ => "starmap",
            };
            no_kw(name, kw, exact)?;
            unpack(name, a, 2, 2)?;
            St::Pred { kind: k, func: a[0].clone(), it: vm.iter(&a[1])?, flag: false }
        }
        Kind::Islice => {
            no_kw("islice", kw, exact)?;
            islice(vm, a)?
        }
        Kind::Izip => {
            no_kw("izip", kw, exact)?;
            St::Zip { func: Value::None, its: Arc::from(iterators(vm, "izip", a)?) }
        }
        Kind::Imap => {
            no_kw("imap", kw, exact)?;
            if a.len() < 2 {
                return Err(type_error("imap() must have at least two arguments."));
            }
            let mut its = Vec::with_capacity(a.len() - 1);
            for v in &a[1..] {
                its.push(vm.iter(v)?);
            }
            St::Zip { func: a[0].clone(), its: Arc::from(its) }
        }
        Kind::IzipLongest => {
            let fill = match kw {
                [] => Value::None,
                [(k, v)] if k.as_bytes() == b"fillvalue" => v.clone(),
                _ => return Err(type_error("izip_longest() got an unexpected keyword argument")),
            };
            let its: Vec<Option<Value>> = iterators(vm, "izip_longest", a)?.into_iter().map(Some).collect();
            St::ZipLongest { active: its.len(), its, fill }
        }
        Kind::Tee => {
            unpack("tee", a, 1, 1)?;
            if let Some((_, it)) = it_of(&a[0]).filter(|(v, _)| tee_like(v)) {
                tee_copy(it)
            } else {
                tee_new(vm.iter(&a[0])?)
            }
        }
        Kind::Groupby => {
            let p = kwparse("groupby", a, kw, &["iterable", "key"], 1)?;
            let it = vm.iter(p[0].as_ref().unwrap_or(&Value::None))?;
            St::Groupby { it, key: p[1].clone().unwrap_or(Value::None), tgtkey: None, currkey: None, currvalue: None }
        }
        Kind::Grouper => return Err(type_error("cannot create 'itertools._grouper' instances")),
        Kind::Product => {
            let times = match kw {
                [] => 1,
                [(k, v)] if k.as_bytes() == b"repeat" => ssize(vm, v)?,
                _ => {
                    let p = kwparse("product", &[], kw, &["repeat"], 0)?;
                    drop(p);
                    1
                }
            };
            if times < 0 {
                return Err(PyErr::new(ExcKind::ValueError, "repeat argument cannot be negative"));
            }
            let mut pools = Vec::with_capacity(a.len());
            for v in a {
                pools.push(vm.to_vec(v)?);
            }
            let total = pools.len().checked_mul(times as usize);
            if total.is_none_or(|t| t > (i64::MAX as usize) / 8) {
                return Err(PyErr::new(ExcKind::OverflowError, "repeat argument too large"));
            }
            let mut all = crate::object::alloc::with_capacity(total.unwrap_or(0))?;
            for _ in 0..times {
                all.extend(pools.iter().cloned());
            }
            let pools = all;
            St::Product { pools, indices: None, done: false }
        }
        Kind::Combinations | Kind::Cwr => {
            let name = if k == Kind::Combinations { "combinations" } else { "combinations_with_replacement" };
            let p = kwparse(name, a, kw, &["iterable", "r"], 2)?;
            let pool = vm.to_vec(p[0].as_ref().unwrap_or(&Value::None))?;
            let r = r_arg(vm, p[1].as_ref().unwrap_or(&Value::None))?;
            let ck = if k == Kind::Combinations { ChoiceKind::Combinations } else { ChoiceKind::WithReplacement };
            St::Choice(Choice::new(ck, pool, r)?)
        }
        Kind::Permutations => {
            let p = kwparse("permutations", a, kw, &["iterable", "r"], 1)?;
            let pool = vm.to_vec(p[0].as_ref().unwrap_or(&Value::None))?;
            let r = match &p[1] {
                None | Some(Value::None) => pool.len(),
                Some(v) => r_arg(vm, v)?,
            };
            St::Choice(Choice::new(ChoiceKind::Permutations, pool, r)?)
        }
    })
}

fn tee_like(v: &Value) -> bool {
    matches!(v, Value::Other(o) if matches!(&**o, crate::object::Object::Native { class, .. } if Arc::ptr_eq(class, super::class_of(Kind::Tee))))
}
