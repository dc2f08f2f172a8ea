//! Assigning `obj.__class__`: the checks CPython 2.7 makes before an
//! instance may change class (same memory layout, both classes made by
//! `class` statements), with its messages.
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
    if old.is_user != new.is_user {
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

/// The base whose layout a class extends (CPython's `tp_base`): the first
/// new-style base, else `object`.
pub fn tp_base(c: &Arc<Class>) -> Option<Arc<Class>> {
    let object = &types().object;
    if Arc::ptr_eq(c, object) {
        return None;
    }
    if !c.is_user {
        return Some(c.bases.first().cloned().unwrap_or_else(|| object.clone()));
    }
    Some(c.bases.iter().find(|b| !b.classic.load(Ordering::Relaxed)).cloned().unwrap_or_else(|| object.clone()))
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
