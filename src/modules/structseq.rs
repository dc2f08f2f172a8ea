//! Struct sequences (`sys.version_info`, `sys.float_info`, `sys.flags`):
//! tuple subclasses whose items also have names, with CPython's repr.

use std::sync::Arc;

use crate::object::class::types;
use crate::object::exception::ExcKind;
use crate::object::{Class, Dict, Instance, PyErr, PyStr, Value};

/// A class for a struct sequence printed as `qualname(field=value, ...)`.
pub fn class(module: &str, name: &str, fields: &[&str]) -> Arc<Class> {
    let d = Arc::new(Dict::new());
    d.set_str("__module__", Value::str(module));
    d.set_str("_fields", Value::tuple(fields.iter().map(|f| Value::str(f)).collect()));
    d.set_str("_qualname", Value::str(&format!("{}.{}", module, name)));
    d.set_str("n_fields", Value::Int(fields.len() as i64));
    d.set_str("n_sequence_fields", Value::Int(fields.len() as i64));
    let cls = Class::new(name, vec![types().tuple.clone()], d, true).expect("one base");
    super::method(&cls, "structseq.__repr__", |vm, a, _| {
        let Value::Instance(inst) = &a[0] else { return Ok(Value::str("()")) };
        let get = |k: &str| inst.class().lookup_str(k).unwrap_or(Value::None);
        let names = vm.to_vec(&get("_fields"))?;
        let items = vm.to_vec(&inst.base)?;
        let mut parts = Vec::new();
        for (n, v) in names.iter().zip(items.iter()) {
            let n = n.as_str().map(|s| s.to_string_lossy()).unwrap_or_default();
            parts.push(format!("{}={}", n, vm.repr(v)?.to_string_lossy()));
        }
        let qual = get("_qualname").as_str().map(|s| s.to_string_lossy()).unwrap_or_default();
        Ok(Value::str(&format!("{}({})", qual, parts.join(", "))))
    });
    // Instances made by calling the class (`time.struct_time(tuple)`) have
    // no named entries in their dict: answer the field names from the items.
    super::method(&cls, "structseq.__getattr__", |vm, a, _| {
        let (Some(Value::Instance(inst)), Some(Value::Str(name))) = (a.first(), a.get(1)) else {
            return Err(PyErr::new(ExcKind::TypeError, "__getattr__ expects a name"));
        };
        let names = match inst.class().lookup_str("_fields") {
            Some(f) => vm.to_vec(&f)?,
            None => Vec::new(),
        };
        if let Some(i) = names.iter().position(|n| n.as_str().is_some_and(|n| n.as_bytes() == name.as_bytes())) {
            if let Some(v) = vm.to_vec(&inst.base)?.get(i) {
                return Ok(v.clone());
            }
        }
        Err(PyErr::new(
            ExcKind::AttributeError,
            format!("'{}' object has no attribute '{}'", inst.class().name(), name.to_string_lossy()),
        ))
    });
    // `cls(sequence)`: the sequence must have as many items as the fields.
    super::method(&cls, "structseq.__new__", |vm, a, _| {
        let (Some(Value::Class(c)), Some(seq)) = (a.first(), a.get(1)) else {
            return Err(PyErr::new(ExcKind::TypeError, "structseq.__new__ expects a class and a sequence"));
        };
        let items = vm.to_vec(seq)?;
        let get = |k: &str| match c.lookup_str(k) {
            Some(Value::Int(n)) => n as usize,
            _ => 0,
        };
        let (min, max) = (get("n_sequence_fields"), get("n_fields").max(get("n_sequence_fields")));
        let qual = match c.lookup_str("_qualname") {
            Some(Value::Str(q)) => q.to_string_lossy(),
            _ => c.name().to_string(),
        };
        let n = items.len();
        let bound = if min == max && n != min {
            Some(format!("a {}", min))
        } else if n < min {
            Some(format!("an at least {}", min))
        } else if n > max {
            Some(format!("an at most {}", max))
        } else {
            None
        };
        if let Some(b) = bound {
            return Err(PyErr::new(
                ExcKind::TypeError,
                format!("{}() takes {}-sequence ({}-sequence given)", qual, b, n),
            ));
        }
        Ok(Value::Instance(Arc::new(Instance::new(c.clone(), Value::tuple(items)))))
    });
    if let Some(f) = cls.dict.get_str(&PyStr::from_str("__new__")) {
        cls.dict.set_str("__new__", Value::other(crate::object::Object::StaticMethod(f)));
    }
    // Read-only, as CPython's: its fields (and the extra named entries, such
    // as `st_rdev`) refuse assignment, and no other attribute can be added.
    super::method(&cls, "structseq.__setattr__", |_, a, _| {
        let (Some(Value::Instance(inst)), Some(name)) = (a.first(), a.get(1)) else {
            return Err(PyErr::new(ExcKind::TypeError, "__setattr__ expects a name"));
        };
        let name = name.as_str().map(|s| s.to_string_lossy()).unwrap_or_default();
        let known = inst.dict.get_str(&PyStr::from_str(&name)).is_some()
            || matches!(inst.class().lookup_str("_fields"), Some(Value::Tuple(t))
                if t.items.iter().any(|f| f.as_str().is_some_and(|f| f.as_bytes() == name.as_bytes())));
        if known {
            return Err(PyErr::new(ExcKind::TypeError, "readonly attribute"));
        }
        let qual = match inst.class().lookup_str("_qualname") {
            Some(Value::Str(q)) => q.to_string_lossy(),
            _ => inst.class().name().to_string(),
        };
        Err(PyErr::new(ExcKind::AttributeError, format!("'{}' object has no attribute '{}'", qual, name)))
    });
    cls
}

/// An instance of a struct sequence class made by `class`.
pub fn make(cls: &Arc<Class>, values: Vec<Value>) -> Value {
    let inst = Instance::new(cls.clone(), Value::tuple(values.clone()));
    if let Some(Value::Tuple(names)) = cls.dict.get_str(&PyStr::from_str("_fields")) {
        for (n, v) in names.items.iter().zip(values) {
            if let Value::Str(n) = n {
                inst.dict.set_pystr(n.clone(), v);
            }
        }
    }
    Value::Instance(Arc::new(inst))
}
