//! Assigning `obj.__class__` and `cls.__bases__`: the checks CPython 2.7
//! makes before an instance may change class or a class its bases (same
//! memory layout, classes made by `class` statements), with its messages;
//! and the MRO recomputation of the class and its subclasses.
//!
//! minipy instances all have the same Rust shape, so nothing would break if
//! any class were accepted; the checks exist so that programs (and CPython's
//! tests) see the same refusals. The layout of a class is modelled as CPython
//! computes it: the chain of "solid" bases, and what each class adds to its
//! base (an instance dict, a weakref slot, named `__slots__`).

use std::sync::atomic::Ordering;
use std::sync::Arc;

use crate::object::class::{types, Class, Instance};
use crate::object::{ExcKind, PyErr, PyResult, PyStr, Value};

/// `inst.__class__ = v` (`v` is None for `del inst.__class__`).
pub fn set_class(inst: &Instance, v: Option<&Value>) -> PyResult<()> {
    let old = inst.class().into_owned();
    if old.classic.load(Ordering::Relaxed) {
        // A classic instance may take any classic class.
        return match v {
            Some(Value::Class(c)) if c.classic.load(Ordering::Relaxed) => {
                inst.set_class(c.clone());
                Ok(())
            }
            _ => Err(PyErr::new(ExcKind::TypeError, "__class__ must be set to a class")),
        };
    }
    let new = new_style_target(v)?;
    if !new.is_user || !old.is_user {
        return Err(PyErr::new(ExcKind::TypeError, "__class__ assignment: only for heap types"));
    }
    // CPython names the classes the other way round here than for `__bases__`.
    compatible(&new, &old, "__class__")?;
    inst.set_class(new);
    Ok(())
}

/// `x.__class__ = v` on a value of a built-in type: always refused, with
/// the message of the first check that fails.
pub fn refuse_builtin(v: Option<&Value>) -> PyErr {
    match new_style_target(v) {
        Err(e) => e,
        Ok(_) => PyErr::new(ExcKind::TypeError, "__class__ assignment: only for heap types"),
    }
}

/// The class `v` names when it may be a new-style instance's class.
fn new_style_target(v: Option<&Value>) -> PyResult<Arc<Class>> {
    let Some(v) = v else {
        return Err(PyErr::new(ExcKind::TypeError, "can't delete __class__ attribute"));
    };
    Ok(match v {
        Value::Class(c) if !c.classic.load(Ordering::Relaxed) => c.clone(),
        Value::Class(_) => {
            return Err(PyErr::new(
                ExcKind::TypeError,
                "__class__ must be set to new-style class, not 'classobj' object",
            ))
        }
        other => {
            return Err(PyErr::new(
                ExcKind::TypeError,
                format!("__class__ must be set to new-style class, not '{}' object", other.type_name()),
            ))
        }
    })
}

/// CPython's `compatible_for_assignment`: instances of `old` could become
/// instances of `new` without their memory changing shape.
pub fn compatible(old: &Arc<Class>, new: &Arc<Class>, what: &str) -> PyResult<()> {
    // Each built-in type frees its instances its own way (the built-in
    // exceptions share one), and every user class the same way.
    let builtin_exceptions = !old.is_user && !new.is_user && old.is_exception && new.is_exception;
    if old.is_user != new.is_user || (!old.is_user && !Arc::ptr_eq(old, new) && !builtin_exceptions) {
        return Err(PyErr::new(
            ExcKind::TypeError,
            format!("{} assignment: '{}' deallocator differs from '{}'", what, new.name(), old.name()),
        ));
    }
    let (sn, so) = (solid(new), solid(old));
    if !Arc::ptr_eq(&sn, &so) {
        let same_base = match (tp_base(&sn), tp_base(&so)) {
            (Some(a), Some(b)) => Arc::ptr_eq(&a, &b),
            (None, None) => true,
            _ => false,
        };
        if !same_base || !same_additions(&sn, &so) {
            return Err(PyErr::new(
                ExcKind::TypeError,
                format!("{} assignment: '{}' object layout differs from '{}'", what, new.name(), old.name()),
            ));
        }
    }
    Ok(())
}

/// The base whose layout a class extends (CPython's `tp_base`); a class
/// with only classic bases extends `object`.
pub fn tp_base(c: &Arc<Class>) -> Option<Arc<Class>> {
    let object = &types().object;
    if Arc::ptr_eq(c, object) {
        return None;
    }
    match crate::object::layout::base_of(c) {
        Some(b) if !b.classic.load(Ordering::Relaxed) => Some(b),
        _ => Some(object.clone()),
    }
}

/// The nearest class in the `tp_base` chain that adds to its base's layout.
fn solid(c: &Arc<Class>) -> Arc<Class> {
    let mut c = c.clone();
    while let Some(b) = tp_base(&c) {
        if !same_shape(&c, &b) {
            break;
        }
        c = b;
    }
    c
}

/// Whether `c` adds nothing to the layout of its base `b`.
fn same_shape(c: &Arc<Class>, b: &Arc<Class>) -> bool {
    if !c.is_user {
        // Built-in exceptions share BaseException's layout, except those
        // with fields of their own.
        let extra = ["EnvironmentError", "SyntaxError", "UnicodeError", "SystemExit"];
        return c.is_exception && b.is_exception && !extra.contains(&c.name().as_str());
    }
    own_slots(c).is_empty() && has_dict(c) == has_dict(b) && has_weakref(c) == has_weakref(b)
}

/// CPython's `same_slots_added`, for two classes over the same base.
fn same_additions(a: &Arc<Class>, b: &Arc<Class>) -> bool {
    let (mut sa, mut sb) = (own_slots(a), own_slots(b));
    sa.sort();
    sb.sort();
    sa == sb && has_dict(a) == has_dict(b) && has_weakref(a) == has_weakref(b)
}

fn has_dict(c: &Arc<Class>) -> bool {
    if c.is_user {
        c.slots.is_none()
    } else {
        c.is_exception
    }
}

fn has_weakref(c: &Arc<Class>) -> bool {
    if !c.is_user {
        return false;
    }
    match declared_slots(c) {
        None => true,
        Some(names) => names.iter().any(|n| n == "__weakref__") || tp_base(c).is_some_and(|b| has_weakref(&b)),
    }
}

/// The names in the class's own `__slots__` (None when it declares none).
fn declared_slots(c: &Arc<Class>) -> Option<Vec<String>> {
    let v = c.dict.get_str(&PyStr::from_str("__slots__"))?;
    let text = |x: &Value| match x {
        Value::Str(s) => Some(s.to_string_lossy()),
        other => crate::object::unicode::as_unicode(other).map(|u| u.to_string_lossy()),
    };
    if let Some(s) = text(&v) {
        return Some(vec![s]);
    }
    let items = match &v {
        Value::Tuple(t) => t.items.to_vec(),
        Value::List(l) => l.items.lock().clone(),
        _ => Vec::new(),
    };
    Some(items.iter().filter_map(text).collect())
}

/// The class's own named slots, without `__dict__` and `__weakref__`.
fn own_slots(c: &Arc<Class>) -> Vec<String> {
    let mut v = declared_slots(c).unwrap_or_default();
    v.retain(|n| n != "__dict__" && n != "__weakref__");
    v
}

/// `cls.__bases__ = v` for a user class.
pub fn set_bases(vm: &mut crate::vm::Vm, c: &Arc<Class>, v: &Value) -> PyResult<()> {
    let name = c.name();
    let classic = c.classic.load(Ordering::Relaxed);
    let Value::Tuple(t) = v else {
        let msg = if classic {
            "__bases__ must be a tuple object".to_string()
        } else {
            format!("can only assign tuple to {}.__bases__, not {}", name, v.type_name())
        };
        return Err(PyErr::new(ExcKind::TypeError, msg));
    };
    if t.items.is_empty() && !classic {
        return Err(PyErr::new(
            ExcKind::TypeError,
            format!("can only assign non-empty tuple to {}.__bases__, not ()", name),
        ));
    }
    let mut bases = Vec::with_capacity(t.items.len());
    for item in t.items.iter() {
        let b = match item {
            Value::Class(b) if !classic || b.classic.load(Ordering::Relaxed) => b.clone(),
            _ if classic => return Err(PyErr::new(ExcKind::TypeError, "__bases__ items must be classes")),
            other => {
                return Err(PyErr::new(
                    ExcKind::TypeError,
                    format!(
                        "{}.__bases__ must be tuple of old- or new-style classes, not '{}'",
                        name,
                        other.type_name()
                    ),
                ))
            }
        };
        if b.is_subclass(c) {
            return Err(PyErr::new(ExcKind::TypeError, "a __bases__ item causes an inheritance cycle"));
        }
        bases.push(b);
    }
    if !classic {
        let new_base = crate::object::layout::best_of(&bases)?;
        if let Some(old_base) = tp_base(c) {
            compatible(&old_base, &new_base, "__bases__")?;
        }
    }
    rebase(vm, c, bases)
}

/// Installs `bases` and recomputes the MRO of `c` and of every class below
/// it; if one of them cannot be linearized, all are put back as they were.
fn rebase(vm: &mut crate::vm::Vm, c: &Arc<Class>, bases: Vec<Arc<Class>>) -> PyResult<()> {
    let mut saved: Vec<(Arc<Class>, crate::object::class::BasesAndMro)> = Vec::new();
    let mut todo = vec![(c.clone(), bases)];
    while let Some((k, bases)) = todo.pop() {
        if saved.iter().any(|(s, _)| Arc::ptr_eq(s, &k)) {
            continue;
        }
        let mro = match Class::mro_for(&bases, k.meta.is_some()) {
            Ok(m) => m,
            Err(_) => {
                for (s, (b, m)) in saved.into_iter().rev() {
                    s.set_bases(b, m);
                }
                let names: Vec<String> = bases.iter().map(|b| b.name()).collect();
                return Err(PyErr::new(
                    ExcKind::TypeError,
                    format!("Cannot create a consistent method resolution\norder (MRO) for bases {}", names.join(", ")),
                ));
            }
        };
        saved.push((k.clone(), (k.bases().into_owned(), k.mro().into_owned())));
        k.set_bases(bases, mro);
        // A metaclass's `mro()` sees the new bases; if it fails, every
        // class changed so far gets its old bases and MRO back.
        match custom_mro(vm, &k) {
            Ok(Some(m)) => k.set_bases(k.bases().into_owned(), m),
            Ok(None) => {}
            Err(e) => {
                for (s, (b, m)) in saved.into_iter().rev() {
                    s.set_bases(b, m);
                }
                return Err(e);
            }
        }
        for sub in k.live_subclasses() {
            let b = sub.bases().into_owned();
            todo.insert(0, (sub, b));
        }
    }
    for b in c.bases().iter().filter(|b| b.is_user) {
        let mut subs = b.subclasses.lock();
        if !subs.iter().any(|w| std::ptr::eq(w.as_ptr(), Arc::as_ptr(c))) {
            subs.push(Arc::downgrade(c));
        }
    }
    Ok(())
}

/// The MRO a metaclass's own `mro()` gives `k` (None when the metaclass
/// inherits `type.mro`), checked as CPython checks it: classes only, each
/// with a layout `k`'s instances have. It may put `k` anywhere; the class
/// then keeps the whole list (see `Class::mro_with_self`).
pub(crate) fn custom_mro(vm: &mut crate::vm::Vm, k: &Arc<Class>) -> PyResult<Option<Vec<Arc<Class>>>> {
    let Some(meta) = &k.meta else { return Ok(None) };
    let Some(m) = meta.lookup_str("mro") else { return Ok(None) };
    if matches!(&m, Value::Builtin(b) if b.name == "type.mro") {
        return Ok(None);
    }
    let f = vm.bind_descriptor(m, &Value::Class(k.clone()), meta)?;
    let r = vm.call(&f, vec![])?;
    let mut out = Vec::new();
    for item in vm.to_vec(&r)? {
        let Value::Class(c) = item else {
            return Err(PyErr::new(ExcKind::TypeError, format!("mro() returned a non-class ('{}')", item.type_name())));
        };
        let layout = crate::object::class::Layout::Object;
        if c.layout != layout && c.layout != k.layout {
            return Err(PyErr::new(
                ExcKind::TypeError,
                format!("mro() returned base with unsuitable layout ('{}')", c.name()),
            ));
        }
        out.push(c);
    }
    if !out.iter().any(|c| Arc::ptr_eq(c, k)) {
        out.insert(0, k.clone());
    }
    Ok(Some(out))
}

/// `cls.__subclasses__()`: the live classes whose bases include `cls` now
/// (only user classes keep track; a built-in type answers `[]`).
pub fn subclasses(cls: Option<&Value>) -> Vec<Value> {
    let Some(Value::Class(c)) = cls else { return Vec::new() };
    c.live_subclasses().into_iter().filter(|s| s.bases().iter().any(|b| Arc::ptr_eq(b, c))).map(Value::Class).collect()
}
