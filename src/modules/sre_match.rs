//! `_sre.SRE_Match`: the match object of `re`, native because scripts make
//! many of them (a Python class cost several microseconds per match).
//!
//! Group names are resolved through the pattern object's `groupindex`, and
//! `expand` calls the pattern's `_expand` (Python, it parses templates).

use std::sync::{Arc, OnceLock};

use super::{check_args, kwarg, method};
use crate::object::class::Class;
use crate::object::function::KwArgs;
use crate::object::{Dict, ExcKind, Object, PyErr, PyResult, PyStr, Value};
use crate::vm::Vm;

pub struct MatchObj {
    pub pattern: Value,
    pub string: Value,
    pub bytes: Arc<PyStr>,
    pub pos: i64,
    pub endpos: i64,
    pub lastindex: isize,
    /// Spans of group 0 and of every group; (-1, -1) when unmatched.
    pub regs: Vec<(isize, isize)>,
}

pub fn new_match(m: MatchObj) -> Value {
    Value::other(Object::Native { class: match_class().clone(), data: Box::new(m) })
}

fn this(v: &Value) -> PyResult<&MatchObj> {
    v.native::<MatchObj>()
        .ok_or_else(|| PyErr::new(ExcKind::TypeError, "descriptor requires a '_sre.SRE_Match' object"))
}

fn no_such_group() -> PyErr {
    PyErr::new(ExcKind::IndexError, "no such group")
}

/// The group number of an int or a group name; IndexError when there is none.
fn index(vm: &mut Vm, m: &MatchObj, g: &Value) -> PyResult<usize> {
    let i = match g {
        Value::Int(_) | Value::Bool(_) | Value::Long(_) => crate::object::number::as_i64(g).unwrap_or(-1),
        _ => {
            let gi = vm.getattr(&m.pattern, &PyStr::from_str("groupindex"))?;
            match vm.getitem(&gi, g) {
                Ok(v) => crate::object::number::as_i64(&v).unwrap_or(-1),
                Err(_) => -1,
            }
        }
    };
    if i < 0 || i as usize >= m.regs.len() {
        return Err(no_such_group());
    }
    Ok(i as usize)
}

fn slice(m: &MatchObj, i: usize, default: &Value) -> Value {
    let (a, b) = m.regs[i];
    if a < 0 {
        return default.clone();
    }
    let b = m.bytes.as_bytes()[a as usize..b as usize].to_vec();
    if crate::object::unicode::is_unicode(&crate::vm::ops::unwrap_base(&m.string)) {
        return crate::object::unicode::from_utf8(b);
    }
    Value::bytes(b)
}

fn span(a: isize, b: isize) -> Value {
    Value::tuple(vec![Value::Int(a as i64), Value::Int(b as i64)])
}

fn group(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult {
    let m = this(&a[0])?;
    match a.len() {
        1 => Ok(slice(m, 0, &Value::None)),
        2 => {
            let i = index(vm, m, &a[1])?;
            Ok(slice(m, i, &Value::None))
        }
        _ => {
            let mut out = Vec::with_capacity(a.len() - 1);
            for g in &a[1..] {
                let i = index(vm, m, g)?;
                out.push(slice(m, i, &Value::None));
            }
            Ok(Value::tuple(out))
        }
    }
}

fn default_arg(name: &str, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    check_args(name, a, 1, 2)?;
    Ok(a.get(1).or_else(|| kwarg(kw, "default")).cloned().unwrap_or(Value::None))
}

fn groups(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult {
    let default = default_arg("groups", a, kw)?;
    let m = this(&a[0])?;
    Ok(Value::tuple((1..m.regs.len()).map(|i| slice(m, i, &default)).collect()))
}

fn groupdict(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult {
    let default = default_arg("groupdict", a, kw)?;
    let m = this(&a[0])?;
    let gi = vm.getattr(&m.pattern, &PyStr::from_str("groupindex"))?;
    let d = Dict::new();
    let keys = match &gi {
        Value::Dict(g) => g.keys(),
        _ => Vec::new(),
    };
    for k in keys {
        let i = index(vm, m, &k)?;
        d.set(vm, k, slice(m, i, &default))?;
    }
    Ok(Value::Dict(Arc::new(d)))
}

/// A group's span as reported to Python: a unicode subject is matched over
/// its UTF-8 text, so its byte offsets are turned into character counts.
fn reported(m: &MatchObj, (x, y): (isize, isize)) -> (isize, isize) {
    if x < 0 || !crate::object::unicode::is_unicode(&crate::vm::ops::unwrap_base(&m.string)) {
        return (x, y);
    }
    let b = m.bytes.as_bytes();
    let chars = |p: isize| crate::object::unicode::char_len(b.get(..p as usize).unwrap_or(b)) as isize;
    (chars(x), chars(y))
}

/// The group argument of start/end/span (default 0).
fn group_arg(vm: &mut Vm, name: &str, a: &[Value]) -> PyResult<(isize, isize)> {
    check_args(name, a, 1, 2)?;
    let m = this(&a[0])?;
    let i = match a.get(1) {
        Some(g) => index(vm, m, g)?,
        None => 0,
    };
    Ok(reported(m, m.regs[i]))
}

fn lastgroup(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult {
    let m = this(&a[0])?;
    if m.lastindex < 0 {
        return Ok(Value::None);
    }
    let names = vm.getattr(&m.pattern, &PyStr::from_str("_indexgroup"))?;
    Ok(match &names {
        Value::List(l) => l.get(m.lastindex as usize).unwrap_or(Value::None),
        _ => Value::None,
    })
}

/// `pos`/`endpos` clamped into the subject (its length in characters for
/// unicode).
fn clamp(v: i64, m: &MatchObj) -> Value {
    let b = m.bytes.as_bytes();
    let len = if crate::object::unicode::is_unicode(&crate::vm::ops::unwrap_base(&m.string)) {
        crate::object::unicode::char_len(b)
    } else {
        b.len()
    };
    Value::Int(v.clamp(0, len as i64))
}

fn match_class() -> &'static Arc<Class> {
    static CLS: OnceLock<Arc<Class>> = OnceLock::new();
    CLS.get_or_init(|| {
        let d = Arc::new(Dict::new());
        d.set_str("__module__", Value::str("_sre"));
        let cls = Class::new("SRE_Match", vec![crate::object::class::types().object.clone()], d, false)
            .expect("a class with one base always linearizes");
        method(&cls, "SRE_Match.group", group);
        method(&cls, "SRE_Match.groups", groups);
        method(&cls, "SRE_Match.groupdict", groupdict);
        method(&cls, "SRE_Match.start", |vm, a, _| Ok(Value::Int(group_arg(vm, "start", a)?.0 as i64)));
        method(&cls, "SRE_Match.end", |vm, a, _| Ok(Value::Int(group_arg(vm, "end", a)?.1 as i64)));
        method(&cls, "SRE_Match.span", |vm, a, _| {
            let (x, y) = group_arg(vm, "span", a)?;
            Ok(span(x, y))
        });
        method(&cls, "SRE_Match.expand", |vm, a, _| {
            check_args("expand", a, 2, 2)?;
            let m = this(&a[0])?;
            let f = vm.getattr(&m.pattern, &PyStr::from_str("_expand"))?;
            vm.call(&f, vec![a[0].clone(), a[1].clone()])
        });
        method(&cls, "SRE_Match.__copy__", |_, _, _| {
            Err(PyErr::new(ExcKind::TypeError, "cannot copy this match object"))
        });
        method(&cls, "SRE_Match.__deepcopy__", |_, _, _| {
            Err(PyErr::new(ExcKind::TypeError, "cannot deepcopy this match object"))
        });
        let prop = |name: &'static str, f: crate::object::NativeFn| {
            let getter = crate::object::Builtin::new(name, f);
            cls.dict.set_str(
                name,
                Value::other(Object::Property { fget: getter, fset: Value::None, fdel: Value::None, doc: Value::None }),
            );
        };
        prop("string", |_, a, _| Ok(this(&a[0])?.string.clone()));
        prop("re", |_, a, _| Ok(this(&a[0])?.pattern.clone()));
        prop("pos", |_, a, _| {
            let m = this(&a[0])?;
            Ok(clamp(m.pos, m))
        });
        prop("endpos", |_, a, _| {
            let m = this(&a[0])?;
            Ok(clamp(m.endpos, m))
        });
        prop("lastindex", |_, a, _| {
            let m = this(&a[0])?;
            Ok(if m.lastindex < 0 { Value::None } else { Value::Int(m.lastindex as i64) })
        });
        prop("lastgroup", lastgroup);
        prop("regs", |_, a, _| {
            let m = this(&a[0])?;
            Ok(Value::tuple(m.regs.iter().map(|&r| reported(m, r)).map(|(x, y)| span(x, y)).collect()))
        });
        cls
    })
}

pub fn init(d: &Dict) {
    d.set_str("SRE_Match", Value::Class(match_class().clone()));
}
