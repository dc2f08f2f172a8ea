//! Argument handling shared by `type(...)`, `type.__new__(...)` and
//! `__import__(...)`: CPython 2.7 reads them with keyword names and checks
//! their types before doing any work.

use crate::object::function::KwArgs;
use crate::object::{ExcKind, PyErr, PyResult, Value};
use crate::vm::ops::unwrap_base;

fn type_error(msg: impl Into<String>) -> PyErr {
    PyErr::new(ExcKind::TypeError, msg)
}

/// `type(name, bases, dict)`: bases must be a tuple and dict a dict, with
/// 2.7's messages.
pub fn check_type_args(bases: &Value, dict: &Value) -> PyResult<()> {
    if !matches!(unwrap_base(bases), Value::Tuple(_)) {
        return Err(type_error(format!("type() argument 2 must be tuple, not {}", bases.type_name())));
    }
    if !matches!(unwrap_base(dict), Value::Dict(_)) {
        return Err(type_error(format!("type() argument 3 must be dict, not {}", dict.type_name())));
    }
    Ok(())
}

/// The arguments of `type.__new__(meta, name, bases, dict)`, which may come
/// by keyword (`name=`, `bases=`, `dict=`): returned all positional.
pub fn type_new_args(a: &[Value], kw: &KwArgs) -> PyResult<Vec<Value>> {
    if kw.is_empty() || a.is_empty() {
        return Ok(a.to_vec());
    }
    let rest = super::kwparse::parse("type", &a[1..], kw, &["name", "bases", "dict"], 3)?;
    let mut out = vec![a[0].clone()];
    out.extend(rest.into_iter().flatten());
    check_type_args(&out[2], &out[3])?;
    Ok(out)
}

/// `__import__(name, globals, locals, fromlist, level)` by position or
/// keyword; missing ones read as None.
pub fn import_args(a: &[Value], kw: &KwArgs) -> PyResult<Vec<Value>> {
    let names = ["name", "globals", "locals", "fromlist", "level"];
    let parsed = super::kwparse::parse("__import__", a, kw, &names, 1)?;
    // The level is parsed as a C int ("s|OOOi").
    if let Some(Some(level)) = parsed.get(4) {
        super::builtins_extra::c_int_arg(level)?;
    }
    Ok(parsed.into_iter().map(|v| v.unwrap_or(Value::None)).collect())
}

/// isinstance's second chance, as CPython's: an instance whose
/// `__class__` attribute (a proxy's, say) names another class counts as an
/// instance of that class. Errors reading `__class__` count as no.
pub fn class_attr_isinstance(
    vm: &mut crate::vm::Vm,
    v: &Value,
    c: &std::sync::Arc<crate::object::class::Class>,
) -> bool {
    let Value::Instance(i) = v else { return false };
    // Only a user __getattribute__ or a class-level `__class__` can answer
    // something other than the type itself: skip the lookup otherwise.
    use crate::object::class::HOOK_GETATTRIBUTE;
    if i.class().hooks() & HOOK_GETATTRIBUTE == 0 && i.class().lookup_str("__class__").is_none() {
        return false;
    }
    match vm.getattr(v, &crate::object::PyStr::from_str("__class__")) {
        Ok(Value::Class(k)) => !std::sync::Arc::ptr_eq(&k, &i.class()) && k.is_subclass(c),
        _ => false,
    }
}

/// `dir(m)` of an instance of a module subclass: the keys of its `__dict__`
/// attribute, which must be a dict.
pub fn module_dir(vm: &mut crate::vm::Vm, m: &Value) -> PyResult {
    let d = vm.getattr(m, &crate::object::PyStr::from_str("__dict__"))?;
    let Value::Dict(d) = unwrap_base(&d) else {
        // The name the module was made with, as PyModule_GetName reads it.
        let made = match unwrap_base(m) {
            Value::Other(o) => match &*o {
                crate::object::Object::Module(md) => md.dict.get_str(&crate::object::PyStr::from_str("__name__")),
                _ => None,
            },
            _ => None,
        };
        let name = made.or_else(|| vm.getattr(m, &crate::object::PyStr::from_str("__name__")).ok());
        let name = name.and_then(|n| n.as_str().map(|s| s.to_string_lossy())).unwrap_or_else(|| "?".into());
        return Err(type_error(format!("{}.__dict__ is not a dictionary", name)));
    };
    let mut keys = d.keys();
    vm.sort_values(&mut keys)?;
    Ok(Value::list(keys))
}
