//! What `dir()` adds to and takes from the class dicts so that it lists the
//! names CPython 2.7 lists for its built-in types.
//!
//! Many of minipy's attributes of built-in objects (`__class__`, `__doc__`,
//! `func_code`, `co_names`, a file's `mode`...) are answered by getattr
//! itself rather than stored in a class dict, and a few built-in types are
//! written in Python with private helpers of their own. The table below names
//! them per type (by the type's `__name__`); every added name is one getattr
//! answers (the conformance script `builtins/dir_builtin_types.py` checks it).

use super::check_args;
use crate::object::class::{class_ref, types};
use crate::object::function::KwArgs;
use crate::object::{Class, Dict, Object, PyResult, PyStr, Value};
use crate::vm::Vm;
use std::sync::atomic::Ordering;
use std::sync::Arc;

/// (type name, names getattr answers, names that are implementation details).
const TABLE: &[(&str, &[&str], &[&str])] = &[
    ("object", &["__class__", "__doc__"], &[]),
    (
        "type",
        &[
            "__abstractmethods__",
            "__base__",
            "__bases__",
            "__basicsize__",
            "__dict__",
            "__itemsize__",
            "__module__",
            "__mro__",
            "__name__",
        ],
        &[],
    ),
    (
        "function",
        &[
            "__closure__",
            "__code__",
            "__defaults__",
            "__dict__",
            "__globals__",
            "__module__",
            "__name__",
            "func_closure",
            "func_code",
            "func_defaults",
            "func_dict",
            "func_doc",
            "func_globals",
            "func_name",
        ],
        &[],
    ),
    ("builtin_function_or_method", &["__name__", "__self__"], &[]),
    ("instancemethod", &["__func__", "__self__", "im_class", "im_func", "im_self"], &[]),
    ("file", &["closed", "encoding", "errors", "mode", "name", "newlines", "softspace"], &[]),
    ("BaseException", &["__dict__", "args", "message"], &[]),
    ("slice", &["start", "step", "stop"], &[]),
    ("generator", &["__name__", "gi_code", "gi_running"], &[]),
    ("bytearray", &[], &["__radd__", "_buffer_bytes"]),
    (
        "memoryview",
        &[],
        &[
            "__getslice__",
            "__module__",
            "__setslice__",
            "__slots__",
            "_buffer_bytes",
            "_index",
            "_obj",
            "_range",
            "_start",
            "_stop",
            "_whole",
        ],
    ),
    (
        "buffer",
        &[],
        &[
            "__eq__",
            "__ge__",
            "__gt__",
            "__le__",
            "__lt__",
            "__ne__",
            "__module__",
            "__slots__",
            "_buffer_bytes",
            "_chars",
            "_cmp_key",
            "_data",
        ],
    ),
    ("property", &["fdel", "fget", "fset"], &[]),
    ("staticmethod", &["__func__"], &[]),
    ("classmethod", &["__func__"], &[]),
    ("super", &["__self__", "__self_class__", "__thisclass__"], &[]),
    (
        "code",
        &[
            "co_argcount",
            "co_cellvars",
            "co_code",
            "co_consts",
            "co_filename",
            "co_firstlineno",
            "co_flags",
            "co_freevars",
            "co_lnotab",
            "co_name",
            "co_names",
            "co_nlocals",
            "co_stacksize",
            "co_varnames",
        ],
        &[],
    ),
    ("dict_keys", &[], &["__module__", "__slots__", "_d", "_other", "isdisjoint"]),
    ("dict_items", &[], &["__module__", "__slots__", "_d", "_other", "isdisjoint"]),
    ("dict_values", &[], &["__module__", "__slots__", "_d", "_other", "isdisjoint"]),
    ("_SetView", &[], &["__module__", "__slots__", "_d", "_other", "isdisjoint"]),
    ("_View", &[], &["__module__", "__slots__", "_d", "_other"]),
    ("dictproxy", &[], &["__delitem__", "__setitem__"]),
    ("cell", &["cell_contents"], &[]),
];

/// Adds the names getattr answers for `classes` (an MRO) to `names` and
/// drops the implementation details. `classic`: a classic class or
/// instance, which lists only its own classes' dicts.
pub fn adjust(classes: &[Arc<Class>], names: &mut Vec<Value>, classic: bool, class_target: bool) {
    let has =
        |names: &[Value], n: &str| names.iter().any(|v| matches!(v, Value::Str(s) if s.as_bytes() == n.as_bytes()));
    for c in classes {
        let cname = c.name.as_bytes();
        let Some((_, add, hide)) = TABLE.iter().find(|(t, _, _)| t.as_bytes() == cname) else { continue };
        if classic && cname == b"object" {
            continue;
        }
        // Of a class, the table's names are its instances' (the class
        // answers them only as `type` answers for every class).
        let add = if class_target && !matches!(cname, b"object" | b"type") { &[][..] } else { add };
        names.retain(|v| !matches!(v, Value::Str(s) if hide.iter().any(|h| h.as_bytes() == s.as_bytes())));
        for n in add.iter() {
            if !has(names, n) {
                names.push(Value::str(n));
            }
        }
    }
}

/// `dir(obj)`: the names of the object's dict and its classes' dicts.
pub fn builtin_dir(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult {
    super::no_keywords("dir", kw)?;
    check_args("dir", a, 0, 1)?;
    let Some(v) = a.first() else { return Ok(Value::list(vec![])) };
    // An object's own `__dir__` answers; its list comes back sorted in place.
    if !matches!(v, Value::Instance(i) if i.class().is_subclass(&types().module)) {
        if let Some(r) = vm.call_dunder(v, "__dir__", vec![])? {
            let Value::List(l) = crate::vm::ops::unwrap_base(&r) else {
                return Err(crate::object::PyErr::new(
                    crate::object::ExcKind::TypeError,
                    format!("__dir__() must return a list, not {}", r.type_name()),
                ));
            };
            let mut items = l.snapshot();
            vm.sort_values(&mut items)?;
            *l.items.lock() = items;
            return Ok(r);
        }
    }
    let mut names: Vec<Value> = Vec::new();
    let mut add = |d: &Dict| {
        for k in d.keys() {
            if !names
                .iter()
                .any(|n| n.is(&k) || matches!((n, &k), (Value::Str(x), Value::Str(y)) if x.as_bytes() == y.as_bytes()))
            {
                names.push(k);
            }
        }
    };
    let object = &types().object;
    let classes = match v {
        Value::Instance(i) if i.class().is_subclass(&types().module) => {
            return super::type_args::module_dir(vm, v);
        }
        Value::Instance(i) => {
            add(&i.dict);
            let mro = i.class().mro_with_self();
            // A class that redefines `__class__` (a slot, a property) is
            // asked for it, as 2.7 does: when that fails, only the
            // instance's own names are listed.
            let key = PyStr::from_str("__class__");
            if mro.iter().any(|c| !Arc::ptr_eq(c, object) && c.dict.get_str(&key).is_some()) {
                match vm.getattr(v, &key) {
                    Ok(Value::Class(c)) => c.mro_with_self(),
                    Ok(_) | Err(_) => Vec::new(),
                }
            } else {
                mro
            }
        }
        Value::Class(c) => c.mro_with_self(),
        // A function's attributes, also seen through its methods.
        Value::Func(f) => {
            add(&f.dict);
            class_ref(v).mro_with_self()
        }
        Value::Other(o) => match &**o {
            Object::Module(m) => {
                add(&m.dict);
                Vec::new()
            }
            Object::BoundMethod { func: Value::Func(f), .. } | Object::UnboundMethod { func: Value::Func(f), .. } => {
                add(&f.dict);
                class_ref(v).mro_with_self()
            }
            _ => class_ref(v).mro_with_self(),
        },
        _ => class_ref(v).mro_with_self(),
    };
    // A classic class or instance (minipy's are new-style underneath) lists
    // only its own classes, as 2.7's classic ones derive from nothing.
    let classic = match v {
        Value::Instance(i) => i.class().classic.load(Ordering::Relaxed),
        Value::Class(c) => c.classic.load(Ordering::Relaxed),
        _ => false,
    };
    for c in &classes {
        if !(classic && Arc::ptr_eq(c, object)) {
            add(&c.dict);
        }
    }
    adjust(&classes, &mut names, classic, matches!(v, Value::Class(_)));
    vm.sort_values(&mut names)?;
    Ok(Value::list(names))
}

/// `object.__sizeof__`: sys.getsizeof's answer without the 32 bytes of
/// collector header CPython counts for containers there.
pub fn install_sizeof(o: &Class) {
    super::method(o, "object.__sizeof__", |vm, a, kw| {
        check_args("__sizeof__", a, 1, 1)?;
        let full = super::sys::basic_size(vm, &a[..1], kw)?;
        let header = match &a[0] {
            Value::Tuple(_) | Value::List(_) | Value::Dict(_) | Value::Set(_) | Value::Instance(_) => 32,
            _ => 0,
        };
        Ok(match full {
            Value::Int(n) => Value::Int(n - header),
            other => other,
        })
    });
}

/// Special methods CPython's built-in types have that minipy answered only
/// through its operators: here they exist as methods too, so `dir()` lists
/// them and calling them works.
pub fn install_extras(t: &crate::object::class::Types) {
    use crate::object::ExcKind;
    use crate::vm::ops::{not_implemented, unwrap_base};
    fn rmod(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult {
        super::arity::slot_args(a, 1)?;
        Ok(not_implemented())
    }
    super::method(&t.str_, "str.__rmod__", rmod);
    super::method(&t.unicode, "unicode.__rmod__", rmod);
    super::method(&t.str_, "str.__getnewargs__", |_, a, _| {
        check_args("__getnewargs__", a, 1, 1)?;
        Ok(Value::tuple(vec![unwrap_base(&a[0])]))
    });
    let be = &t.exceptions[ExcKind::BaseException as usize];
    super::method(be, "BaseException.__getslice__", |vm, a, _| {
        check_args("__getslice__", a, 3, 3)?;
        let args = Value::tuple(crate::object::exception::exc_args(&a[0]));
        let (i, j) = (super::int_arg(&a[1], "__getslice__")?, super::int_arg(&a[2], "__getslice__")?);
        Ok(vm.slice_of(&args, &Value::Int(i), &Value::Int(j), &Value::None)?.unwrap_or(Value::None))
    });
    let x = &t.xrange;
    super::method(x, "xrange.__len__", |vm, a, _| {
        super::arity::slot_args(a, 0)?;
        Ok(Value::Int(vm.len(&a[0])? as i64))
    });
    super::method(x, "xrange.__iter__", |vm, a, _| {
        super::arity::slot_args(a, 0)?;
        vm.iter(&a[0])
    });
    super::method(x, "xrange.__getitem__", |vm, a, _| {
        super::arity::slot_args(a, 1)?;
        vm.getitem(&a[0], &a[1])
    });
    // Pickled as xrange(start, start + len * step, step), as 2.7 does.
    super::method(x, "xrange.__reduce__", |vm, a, _| {
        check_args("__reduce__", a, 1, 1)?;
        let Some(crate::object::Object::XRange { start, step, .. }) = a[0].as_object() else {
            return Err(crate::object::PyErr::new(
                ExcKind::TypeError,
                "descriptor '__reduce__' requires a 'xrange' object",
            ));
        };
        let (start, step) = (*start, *step);
        // One step past the last item, clamped to a C long as 2.7's
        // get_stop_for_range does (it stays a valid xrange argument).
        let len = vm.len(&a[0])? as i128;
        let stop = if len == 0 { start as i128 } else { start as i128 + len * step as i128 };
        let stop = stop.clamp(i64::MIN as i128, i64::MAX as i128) as i64;
        let args = Value::tuple(vec![Value::Int(start), Value::Int(stop), Value::Int(step)]);
        Ok(Value::tuple(vec![Value::Class(types().xrange.clone()), args]))
    });
    super::method(x, "xrange.__reversed__", |vm, a, _| {
        check_args("__reversed__", a, 1, 1)?;
        let reversed = vm.interp.builtins.get_str(&crate::object::PyStr::from_str("reversed"));
        match reversed {
            Some(r) => vm.call(&r, vec![a[0].clone()]),
            None => Err(crate::object::PyErr::new(ExcKind::NameError, "reversed")),
        }
    });
    super::method(&t.file, "file.xreadlines", |_, a, _| {
        check_args("xreadlines", a, 1, 1)?;
        Ok(a[0].clone())
    });
}
