//! `itertools`, native: one built-in type per iterator (`count`, `chain`,
//! `islice`, `tee`, ...), each subclassable as in 2.7 (the instance of a
//! subclass wraps the native iterator as its base value, like `enumerate`).
//! The state of an iterator lives behind a short lock that is never held
//! while Python code runs (see `state.rs`), so an iterator may be re-entered
//! from the functions it calls and shared between threads without deadlock.
//!
//! Argument checks follow CPython 2.7's C module, with its messages.

mod args;
mod combin;
mod state;

use std::sync::{Arc, OnceLock};

use super::method;
use crate::object::class::Class;
use crate::object::function::{Builtin, KwArgs};
use crate::object::{Dict, ExcKind, Instance, Object, PyErr, PyResult, PyStr, Value};
use crate::vm::Vm;

pub use state::It;
use state::St;

/// The itertools types, in the order of `NAMES`.
const NAMES: [&str; 21] = [
    "count",
    "repeat",
    "cycle",
    "chain",
    "compress",
    "ifilter",
    "ifilterfalse",
    "takewhile",
    "dropwhile",
    "starmap",
    "islice",
    "izip",
    "izip_longest",
    "imap",
    "tee",
    "groupby",
    "_grouper",
    "product",
    "combinations",
    "combinations_with_replacement",
    "permutations",
];

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Kind {
    Count,
    Repeat,
    Cycle,
    Chain,
    Compress,
    Ifilter,
    Ifilterfalse,
    Takewhile,
    Dropwhile,
    Starmap,
    Islice,
    Izip,
    IzipLongest,
    Imap,
    Tee,
    Groupby,
    Grouper,
    Product,
    Combinations,
    Cwr,
    Permutations,
}

const KINDS: [Kind; 21] = [
    Kind::Count,
    Kind::Repeat,
    Kind::Cycle,
    Kind::Chain,
    Kind::Compress,
    Kind::Ifilter,
    Kind::Ifilterfalse,
    Kind::Takewhile,
    Kind::Dropwhile,
    Kind::Starmap,
    Kind::Islice,
    Kind::Izip,
    Kind::IzipLongest,
    Kind::Imap,
    Kind::Tee,
    Kind::Groupby,
    Kind::Grouper,
    Kind::Product,
    Kind::Combinations,
    Kind::Cwr,
    Kind::Permutations,
];

fn classes() -> &'static Vec<Arc<Class>> {
    static C: OnceLock<Vec<Arc<Class>>> = OnceLock::new();
    C.get_or_init(|| {
        NAMES
            .iter()
            .map(|name| {
                let cls = crate::object::class::builtin_iter_class(name);
                cls.dict.set_str("__module__", Value::str("itertools"));
                install(&cls, KINDS[NAMES.iter().position(|n| n == name).unwrap_or(0)]);
                cls
            })
            .collect()
    })
}

pub(crate) fn class_of(k: Kind) -> &'static Arc<Class> {
    &classes()[k as usize]
}

/// The itertools type a class is, or derives from.
fn kind_of(cls: &Arc<Class>) -> Option<Kind> {
    cls.mro_with_self()
        .iter()
        .filter(|c| !c.is_user)
        .find_map(|c| classes().iter().position(|k| Arc::ptr_eq(k, c)).map(|i| KINDS[i]))
}

/// True for a subclass of an itertools type (its instances get a native base).
pub fn owns(cls: &Arc<Class>) -> bool {
    kind_of(cls).is_some()
}

/// Makes the native iterator of class `k`.
pub(crate) fn wrap(k: Kind, st: St) -> Value {
    let v = Value::other(Object::Native { class: class_of(k).clone(), data: Box::new(It::new(st)) });
    crate::vm::collector::track_value(&v);
    v
}

/// `cls(*args)` for an itertools type or a subclass: the native iterator,
/// wrapped in an instance for a subclass (whose own `__init__` runs after).
pub fn construct(vm: &mut Vm, cls: &Arc<Class>, a: &[Value], kw: &KwArgs) -> PyResult<Option<Value>> {
    let Some(k) = kind_of(cls) else { return Ok(None) };
    // Only the exact types refuse keywords: a subclass may take its own.
    let exact = Arc::ptr_eq(cls, class_of(k));
    let st = args::make(vm, k, a, kw, exact)?;
    Ok(Some(for_class(cls, k, st)))
}

/// The native iterator under an instance of a subclass being made.
pub fn native_for(vm: &mut Vm, cls: &Arc<Class>, a: &[Value], kw: &KwArgs) -> PyResult {
    let Some(k) = kind_of(cls) else { return Ok(Value::None) };
    Ok(wrap(k, args::make(vm, k, a, kw, false)?))
}

fn for_class(cls: &Arc<Class>, k: Kind, st: St) -> Value {
    let native = wrap(k, st);
    if Arc::ptr_eq(cls, class_of(k)) {
        return native;
    }
    let inst = Arc::new(Instance::new(cls.clone(), native));
    crate::vm::collector::track_instance(&inst);
    Value::Instance(inst)
}

/// The native iterator of `v` (or of the instance of a subclass).
fn it_of(v: &Value) -> Option<(Value, &It)> {
    match v {
        Value::Instance(i) => i.base.native::<It>().map(|it| (i.base.clone(), it)),
        _ => v.native::<It>().map(|it| (v.clone(), it)),
    }
}

fn self_it<'a>(a: &'a [Value], name: &str) -> PyResult<(Value, &'a It)> {
    a.first()
        .and_then(it_of)
        .ok_or_else(|| PyErr::new(ExcKind::TypeError, format!("descriptor '{}' requires an itertools object", name)))
}

/// One item, for `Vm::next`: `None` at the end.
#[inline]
pub fn next(vm: &mut Vm, this: &Value, it: &It) -> PyResult<Option<Value>> {
    state::next(vm, this, it)
}

fn install(cls: &Arc<Class>, k: Kind) {
    method(cls, "itertools.next", |vm, a, _| {
        let (this, it) = self_it(a, "next")?;
        match state::next(vm, &this, it)? {
            Some(v) => Ok(v),
            None => Err(PyErr::with_args(ExcKind::StopIteration, vec![])),
        }
    });
    method(cls, "itertools.__iter__", |_, a, _| Ok(a[0].clone()));
    match k {
        Kind::Count | Kind::Repeat => {
            method(cls, "itertools.__repr__", |vm, a, _| {
                let (_, it) = self_it(a, "__repr__")?;
                state::repr(vm, it).map(|s| Value::str(&s))
            });
            if k == Kind::Count {
                method(cls, "itertools.__reduce__", |_, a, _| {
                    let (_, it) = self_it(a, "__reduce__")?;
                    let cls = Value::Class(a[0].class());
                    Ok(Value::tuple(vec![cls, state::count_args(it)]))
                });
            }
            if k == Kind::Repeat {
                method(cls, "itertools.__length_hint__", |_, a, _| {
                    let (_, it) = self_it(a, "__length_hint__")?;
                    state::length_hint(it)
                });
            }
        }
        Kind::Chain => {
            let f = Builtin::new("from_iterable", |vm, a, _| {
                super::check_args("from_iterable", &a[1..], 1, 1)?;
                let Value::Class(cls) = &a[0] else { return Err(PyErr::new(ExcKind::TypeError, "a type is required")) };
                let source = vm.iter(&a[1])?;
                Ok(for_class(cls, Kind::Chain, St::Chain { source: Some(source), active: None }))
            });
            cls.dict.set_str("from_iterable", Value::other(Object::ClassMethod(f)));
        }
        Kind::Tee => {
            method(cls, "itertools.__copy__", |_, a, _| {
                let (_, it) = self_it(a, "__copy__")?;
                Ok(wrap(Kind::Tee, state::tee_copy(it)))
            });
        }
        _ => {}
    }
}

/// `tee(iterable, n=2)`: n iterators over one source.
fn tee(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult {
    super::no_keywords("tee", kw)?;
    if a.is_empty() || a.len() > 2 {
        let (q, m) = if a.is_empty() { ("least", 1) } else { ("most", 2) };
        return Err(PyErr::new(
            ExcKind::TypeError,
            format!("function takes at {} {} argument{} ({} given)", q, m, if m == 1 { "" } else { "s" }, a.len()),
        ));
    }
    let n = match a.get(1) {
        Some(v) => args::ssize(vm, v)?,
        None => 2,
    };
    if n < 0 {
        return Err(PyErr::new(ExcKind::ValueError, "n must be >= 0"));
    }
    let mut out = Vec::new();
    if n == 0 {
        return Ok(Value::tuple(out));
    }
    let it = vm.iter(&a[0])?;
    // An iterator that copies itself (a tee, or anything with __copy__)
    // is used as it is; each copy is made from the one before.
    let copy = PyStr::from_str("__copy__");
    let mut copyable = if vm.getattr(&it, &copy).is_ok() { it } else { wrap(Kind::Tee, state::tee_new(it)) };
    out.push(copyable.clone());
    for _ in 1..n {
        let f = vm.getattr(&copyable, &copy)?;
        copyable = vm.call(&f, vec![])?;
        out.push(copyable.clone());
    }
    Ok(Value::tuple(out))
}

pub fn init(d: &Dict) {
    for (i, name) in NAMES.iter().enumerate() {
        if KINDS[i] != Kind::Tee && KINDS[i] != Kind::Grouper {
            d.set_str(name, Value::Class(classes()[i].clone()));
        }
    }
    super::def(d, "tee", tee);
}

/// The references an itertools iterator holds, for the cycle collector;
/// false when its lock was taken.
pub fn traverse(it: &It, f: &mut dyn FnMut(crate::vm::collector::Child)) -> bool {
    let Some(g) = it.st.try_lock() else { return false };
    state::visit(&g, &mut |v| f(crate::vm::collector::Child::V(v)));
    true
}

/// Empties an iterator found to be cyclic garbage.
pub fn clear(it: &It, trash: &mut Vec<Value>) {
    if let Some(mut g) = it.st.try_lock() {
        let old = std::mem::replace(&mut *g, St::Done);
        drop(g);
        state::drain(old, trash);
    }
}
