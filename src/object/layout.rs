//! The checks `type.__new__` makes before building a class (2.7's
//! `type_new`): bases that may be subclassed, compatible instance layouts,
//! valid `__slots__`; and the entries it adds to the new class's dict
//! (`__doc__`, the `__dict__`/`__weakref__` descriptors, a member descriptor
//! per slot).

use std::sync::Arc;

use super::class::{type_error, types, Class, Layout};
use super::{Dict, ExcKind, PyResult, PyStr, Value};

/// 2.7 adds this to the messages of errors raised while a `class`
/// statement runs its metaclass.
const PREFIX: &str = "Error when calling the metaclass bases\n    ";

fn error(msg: impl std::fmt::Display) -> super::PyErr {
    type_error(format!("{}{}", PREFIX, msg))
}

/// The built-in types CPython does not let a class derive from.
fn acceptable_base(c: &Arc<Class>) -> bool {
    if c.is_user || c.is_exception {
        return true;
    }
    let t = types();
    let refused = [
        &t.bool_,
        &t.none,
        &t.function,
        &t.builtin_function,
        &t.method,
        &t.generator,
        &t.iterator,
        &t.xrange,
        &t.slice,
        &t.cell,
        &t.code,
        &t.not_implemented,
        &t.ellipsis,
        &t.listiterator,
        &t.tupleiterator,
        &t.listreverseiterator,
        &t.dict_keyiterator,
        &t.dict_valueiterator,
        &t.dict_itemiterator,
        &t.setiterator,
        &t.rangeiterator,
    ];
    !refused.iter().any(|r| Arc::ptr_eq(r, c)) && !matches!(c.name.as_bytes(), b"dictproxy" | b"member_descriptor")
}

/// Whether a user class declares slots of its own (beyond `__dict__` and
/// `__weakref__`): its instances then have a layout of their own.
fn own_members(c: &Arc<Class>) -> bool {
    c.dict.values().iter().any(|v| crate::modules::descr::member_of(v).is_some_and(|(_, owner)| Arc::ptr_eq(&owner, c)))
}

/// The class whose instance layout `c`'s instances extend (CPython's
/// `solid_base`).
fn solid_base(c: &Arc<Class>) -> Arc<Class> {
    let t = types();
    if c.is_user {
        if own_members(c) {
            return c.clone();
        }
        return best_base(&c.bases()).map(|(_, s)| s).unwrap_or_else(|_| t.object.clone());
    }
    if c.is_exception {
        // Exceptions share BaseException's layout, except these four (and
        // their subclasses), which hold more fields.
        for k in [ExcKind::EnvironmentError, ExcKind::SyntaxError, ExcKind::SystemExit, ExcKind::UnicodeError] {
            if c.is_subclass(k.class()) {
                return k.class().clone();
            }
        }
        return ExcKind::BaseException.class().clone();
    }
    c.clone()
}

/// The base whose layout wins and that winning layout, or the lay-out
/// conflict error.
fn best_base(bases: &[Arc<Class>]) -> PyResult<(Arc<Class>, Arc<Class>)> {
    let mut winner: Option<(Arc<Class>, Arc<Class>)> = None;
    for b in bases {
        let cand = solid_base(b);
        match &winner {
            None => winner = Some((b.clone(), cand)),
            Some((_, ws)) if ws.is_subclass(&cand) => {}
            Some((_, ws)) if cand.is_subclass(ws) => winner = Some((b.clone(), cand)),
            Some(_) => return Err(error("multiple bases have instance lay-out conflict")),
        }
    }
    winner.ok_or_else(|| error("a new-style class can't have only classic bases"))
}

/// The base a class with these bases would extend (`__bases__`
/// assignment): the best new-style base; `object` when all are classic.
pub fn best_of(bases: &[Arc<Class>]) -> PyResult<Arc<Class>> {
    let new_style: Vec<Arc<Class>> =
        bases.iter().filter(|b| !b.classic.load(std::sync::atomic::Ordering::Relaxed)).cloned().collect();
    if new_style.is_empty() {
        return Ok(types().object.clone());
    }
    best_base(&new_style).map(|(b, _)| b).map_err(|_| type_error("multiple bases have instance lay-out conflict"))
}

/// Instances of the class have a variable size in CPython (`__itemsize__`).
fn var_sized(c: &Arc<Class>) -> bool {
    matches!(c.layout, Layout::Long | Layout::Str | Layout::Tuple) || c.is_subclass(&types().type_)
}

/// Instances of `c` already carry an attribute dict.
fn has_dict(c: &Arc<Class>) -> bool {
    if c.is_user {
        return c.slots.is_none();
    }
    let t = types();
    c.is_exception || [&t.module, &t.function, &t.type_].iter().any(|b| c.is_subclass(b))
}

/// `_C__x` for `__x` in class C, as the compiler mangles private names.
fn mangle(class_name: &str, name: &Arc<PyStr>) -> Arc<PyStr> {
    let b = name.as_bytes();
    let owner = class_name.trim_start_matches('_');
    if !b.starts_with(b"__") || b.ends_with(b"__") || b.contains(&b'.') || owner.is_empty() {
        return name.clone();
    }
    Arc::new(PyStr::from(format!("_{}{}", owner, name.as_str())))
}

fn is_identifier(b: &[u8]) -> bool {
    match b.first() {
        Some(c) if c.is_ascii_alphabetic() || *c == b'_' => b.iter().all(|c| c.is_ascii_alphanumeric() || *c == b'_'),
        _ => false,
    }
}

/// Checks the bases and the `__slots__` of a class about to be made;
/// returns the slot names as the class keeps them (mangled, `__dict__`
/// meaning "instances keep a dict").
pub fn check(
    meta: &Arc<Class>,
    name: &str,
    bases: &[Arc<Class>],
    slots: Option<Vec<Arc<PyStr>>>,
) -> PyResult<Option<Vec<Arc<PyStr>>>> {
    // The metaclass must derive from the metaclass of every base.
    let mut winner = meta.clone();
    for b in bases {
        let m = b.meta.clone().unwrap_or_else(|| types().type_.clone());
        if winner.is_subclass(&m) {
            continue;
        }
        if !m.is_subclass(&winner) {
            return Err(error(
                "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
            ));
        }
        winner = m;
    }
    for b in bases {
        if !acceptable_base(b) {
            return Err(error(format!("type '{}' is not an acceptable base type", b.name())));
        }
    }
    let (base, _) = best_base(bases)?;
    let Some(slots) = slots else { return Ok(None) };
    if !slots.is_empty() && var_sized(&base) {
        return Err(error(format!("nonempty __slots__ not supported for subtype of '{}'", base.name())));
    }
    let mut may_add_dict = !bases.iter().any(has_dict);
    let mut may_add_weak = !var_sized(&base) && !bases.iter().any(|b| b.lookup_str("__weakref__").is_some());
    let mut out = Vec::new();
    for s in slots {
        if !is_identifier(s.as_bytes()) {
            return Err(error("__slots__ must be identifiers"));
        }
        match s.as_bytes() {
            b"__dict__" => {
                if !may_add_dict {
                    return Err(error("__dict__ slot disallowed: we already got one"));
                }
                may_add_dict = false;
                out.push(s);
            }
            b"__weakref__" => {
                if !may_add_weak {
                    return Err(error("__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0"));
                }
                may_add_weak = false;
                out.push(s);
            }
            _ => out.push(mangle(name, &s)),
        }
    }
    Ok(Some(out))
}

/// Fills in what `type.__new__` adds to a new class's dict.
pub fn finish(cls: &Arc<Class>, own_slots: Option<&[Arc<PyStr>]>) {
    let d: &Dict = &cls.dict;
    if d.get_str(&PyStr::from_str("__doc__")).is_none() {
        d.set_str("__doc__", Value::None);
    }
    for s in own_slots.unwrap_or_default() {
        if !matches!(s.as_bytes(), b"__dict__" | b"__weakref__") && d.get_str(s).is_none() {
            d.set_pystr(s.clone(), crate::modules::descr::new_member(s.clone(), cls));
        }
    }
    // A name the class body defines itself (a `__dict__` property) wins, as
    // CPython adds its getset descriptors only where the dict has no entry.
    let inherited = |n: &str| {
        d.get_str(&PyStr::from_str(n)).is_some()
            || cls.mro().iter().any(|c| c.dict.get_str(&PyStr::from_str(n)).is_some())
    };
    let base_dict = cls.bases().iter().any(|b| !b.is_user && has_dict(b));
    if cls.slots.is_none() && !base_dict && !inherited("__dict__") {
        d.set_str("__dict__", crate::modules::descr::new_getset(true, cls));
    }
    let weak = !var_sized(cls) && own_slots.is_none_or(|s| s.iter().any(|n| n.as_bytes() == b"__weakref__"));
    if weak && !inherited("__weakref__") {
        d.set_str("__weakref__", crate::modules::descr::new_getset(false, cls));
    }
    super::class::classes_changed();
}

/// Marks a class made by `class C:` (2.7's classic class): its `__dict__`
/// stays the plain dict, without the `__dict__`/`__weakref__` entries.
pub fn make_classic(cls: &Arc<Class>) {
    cls.classic.store(true, std::sync::atomic::Ordering::Relaxed);
    for n in ["__dict__", "__weakref__"] {
        cls.dict.remove_str(&PyStr::from_str(n));
    }
    super::class::classes_changed();
}

/// `cls.__base__`: the base whose instance layout the class extends
/// (CPython's best_base; classic bases only count when all are classic).
pub fn base_of(cls: &Arc<Class>) -> Option<Arc<Class>> {
    let is_classic = |c: &Arc<Class>| c.classic.load(std::sync::atomic::Ordering::Relaxed);
    let new_style: Vec<Arc<Class>> = cls.bases().iter().filter(|b| !is_classic(b)).cloned().collect();
    if new_style.is_empty() {
        return cls.bases().first().cloned();
    }
    best_base(&new_style).map(|(b, _)| b).ok().or_else(|| new_style.first().cloned())
}

/// `(__basicsize__, __itemsize__)`: the sizes CPython 2.7 (64-bit) gives
/// instances of the built-in layouts; a user class adds 8 bytes for each of
/// its instance dict and weakref list pointers, and 8 per slot.
pub fn sizes(cls: &Arc<Class>) -> (i64, i64) {
    let base = solid_base(cls);
    let (mut basic, item) = match base.layout {
        Layout::Int | Layout::Bool | Layout::Float => (24, 0),
        Layout::Long => (24, 4),
        Layout::Complex => (32, 0),
        Layout::Str => (37, 1),
        Layout::Tuple => (24, 8),
        Layout::List => (40, 0),
        Layout::Dict => (280, 0),
        Layout::Set | Layout::FrozenSet => (200, 0),
        _ if base.is_subclass(&types().type_) => (872, 40),
        _ => (16, 0),
    };
    if cls.is_user {
        let slots = cls.slots.as_ref().map_or(0, |s| s.len() as i64);
        basic += if cls.slots.is_none() { 16 } else { 8 * slots };
    }
    (basic, item)
}
