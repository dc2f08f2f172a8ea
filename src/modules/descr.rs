//! Descriptors driven by hand: `__get__`/`__set__`/`__delete__` of functions,
//! methods, classmethod, staticmethod and property; the constructors of
//! `instancemethod` and `function` (types.MethodType / FunctionType); the
//! member descriptors of `__slots__`; and `dictproxy`, the read-only view a
//! class's `__dict__` gives.

use std::sync::{Arc, OnceLock};

use super::{check_args, method};
use crate::object::class::{class_ref, type_error, types, Class, Types};
use crate::object::function::KwArgs;
use crate::object::{Dict, ExcKind, Instance, Object, PyErr, PyResult, PyStr, Value};
use crate::vm::Vm;

/// The `(obj, type)` arguments of a `__get__`, None meaning absent; both
/// absent is an error, as CPython's slot wrapper says.
fn get_args(a: &[Value]) -> PyResult<(Value, Value)> {
    check_args("", a, 2, 3)
        .map_err(|_| type_error(format!(" expected at least 1 arguments, got {}", a.len().saturating_sub(1))))?;
    let obj = a[1].clone();
    let ty = a.get(2).cloned().unwrap_or(Value::None);
    if obj.is_none() && ty.is_none() {
        return Err(type_error("__get__(None, None) is invalid"));
    }
    Ok((obj, ty))
}

/// `descriptor '__get__' requires a 'X' object but received a 'Y'`
fn wrong_self(name: &str, want: &str, got: &Value) -> PyErr {
    type_error(format!("descriptor '{}' requires a '{}' object but received a '{}'", name, want, got.type_name()))
}

/// A function bound to `obj`, or unbound in class `ty` when obj is None.
fn make_method(func: Value, obj: Value, ty: &Value) -> PyResult {
    if !obj.is_none() {
        return Ok(Value::other(Object::BoundMethod { func, self_: obj }));
    }
    match ty {
        Value::Class(c) => Ok(Value::other(Object::UnboundMethod { func, class: c.clone() })),
        _ => Err(type_error("unbound methods must have non-NULL im_class")),
    }
}

pub fn install(t: &Types) {
    MEMBER.get_or_init(|| new_class("member_descriptor", &t.object));
    DICTPROXY.get_or_init(|| new_class("dictproxy", &t.object));
    GETSET.get_or_init(|| new_class("getset_descriptor", &t.object));
    method(&t.function, "function.__get__", |_, a, _| {
        if !matches!(a.first(), Some(Value::Func(_))) {
            return Err(wrong_self("__get__", "function", a.first().unwrap_or(&Value::None)));
        }
        let (obj, ty) = get_args(a)?;
        make_method(a[0].clone(), obj, &ty)
    });
    method(&t.method, "instancemethod.__get__", |_, a, _| {
        let (obj, ty) = get_args(a)?;
        match a[0].as_object() {
            // Already bound: stays as it is.
            Some(Object::BoundMethod { .. }) => Ok(a[0].clone()),
            Some(Object::UnboundMethod { func, class }) => {
                if !obj.is_none() && !class_ref(&obj).is_subclass(class) {
                    return Ok(a[0].clone());
                }
                let ty = if ty.is_none() { Value::Class(class.clone()) } else { ty };
                make_method(func.clone(), obj, &ty)
            }
            _ => Err(wrong_self("__get__", "instancemethod", &a[0])),
        }
    });
    method(&t.classmethod, "classmethod.__get__", |_, a, _| {
        let Some(Object::ClassMethod(f)) = a.first().and_then(|v| v.as_object()) else {
            return Err(wrong_self("__get__", "classmethod", a.first().unwrap_or(&Value::None)));
        };
        let (obj, ty) = get_args(a)?;
        let ty = if ty.is_none() { Value::Class(class_ref(&obj).into_owned()) } else { ty };
        Ok(match (f, &ty) {
            (Value::Builtin(b), Value::Class(_)) => Value::Builtin(Arc::new(crate::object::Builtin {
                name: b.name,
                func: b.func,
                bound: Some(ty.clone()),
                needs_frame: b.needs_frame,
                args: b.args,
            })),
            _ => Value::other(Object::BoundMethod { func: f.clone(), self_: ty }),
        })
    });
    method(&t.staticmethod, "staticmethod.__get__", |_, a, _| {
        let Some(Object::StaticMethod(f)) = a.first().and_then(|v| v.as_object()) else {
            return Err(wrong_self("__get__", "staticmethod", a.first().unwrap_or(&Value::None)));
        };
        get_args(a)?;
        Ok(f.clone())
    });
    method(&t.property, "property.__get__", |vm, a, _| {
        let (fget, _, _) = property_parts(a.first(), "__get__")?;
        let (obj, _) = get_args(a)?;
        if obj.is_none() {
            return Ok(a[0].clone());
        }
        if fget.is_none() {
            return Err(PyErr::new(ExcKind::AttributeError, "unreadable attribute"));
        }
        vm.call(&fget, vec![obj])
    });
    method(&t.property, "property.__set__", |vm, a, _| {
        let (_, fset, _) = property_parts(a.first(), "__set__")?;
        check_args("__set__", a, 3, 3).map_err(|_| arity("__set__", 2, a.len()))?;
        if fset.is_none() {
            return Err(PyErr::new(ExcKind::AttributeError, "can't set attribute"));
        }
        vm.call(&fset, vec![a[1].clone(), a[2].clone()])?;
        Ok(Value::None)
    });
    method(&t.property, "property.__delete__", |vm, a, _| {
        let (_, _, fdel) = property_parts(a.first(), "__delete__")?;
        check_args("__delete__", a, 2, 2).map_err(|_| arity("__delete__", 1, a.len()))?;
        if fdel.is_none() {
            return Err(PyErr::new(ExcKind::AttributeError, "can't delete attribute"));
        }
        vm.call(&fdel, vec![a[1].clone()])?;
        Ok(Value::None)
    });
    let m = member_class();
    method(m, "member_descriptor.__get__", |vm, a, _| {
        if let Some(r) = native_attr_call(vm, a, "__get__") {
            return r;
        }
        let (name, owner) = member_parts(a.first())?;
        let (obj, _) = get_args(a)?;
        if obj.is_none() {
            return Ok(a[0].clone());
        }
        member_get(&name, &owner, &obj)
    });
    method(m, "member_descriptor.__set__", |vm, a, _| {
        if let Some(r) = native_attr_call(vm, a, "__set__") {
            return r;
        }
        let (name, owner) = member_parts(a.first())?;
        check_args("__set__", a, 3, 3).map_err(|_| arity("__set__", 2, a.len()))?;
        member_set(&name, &owner, &a[1], Some(a[2].clone()))?;
        Ok(Value::None)
    });
    method(m, "member_descriptor.__delete__", |vm, a, _| {
        if let Some(r) = native_attr_call(vm, a, "__delete__") {
            return r;
        }
        let (name, owner) = member_parts(a.first())?;
        check_args("__delete__", a, 2, 2).map_err(|_| arity("__delete__", 1, a.len()))?;
        member_set(&name, &owner, &a[1], None)?;
        Ok(Value::None)
    });
    method(m, "member_descriptor.__repr__", |vm, a, _| {
        if let Some(r) = native_attr_call(vm, a, "__repr__") {
            return r;
        }
        let (name, owner) = member_parts(a.first())?;
        Ok(Value::str(&format!("<member '{}' of '{}' objects>", name.as_str(), owner.name())))
    });
    install_dictproxy();
    install_getset();
    add_native_attrs(
        &t.file,
        &[
            ("closed", "True if the file is closed", false, false),
            ("newlines", "end-of-line convention used in this file", false, false),
            ("softspace", "flag indicating that a space needs to be printed; used by print", false, true),
            ("encoding", "file encoding", true, false),
            ("errors", "Unicode error handler", true, false),
            ("mode", "file mode ('r', 'U', 'w', 'a', possibly with 'b' or '+' added)", true, false),
            ("name", "file name", true, false),
        ],
    );
    // Its own slot, as 2.7's: `type.__repr__(1)` names the type it wants.
    method(&t.type_, "type.__repr__", |_, a, _| match a.first() {
        Some(v @ Value::Class(_)) => Ok(Value::str(&super::builtins::default_repr(v))),
        Some(other) => Err(wrong_self("__repr__", "type", other)),
        None => Err(type_error("descriptor '__repr__' of 'type' object needs an argument")),
    });
    method(&t.type_, "type.__setattr__", |vm, a, _| {
        // the receiver is checked before the arity, as CPython's wrapper does
        match a.first() {
            None => return Err(type_error("descriptor '__setattr__' of 'type' object needs an argument")),
            Some(Value::Class(_)) => {}
            Some(other) => {
                let got = other.type_name();
                return Err(type_error(format!(
                    "descriptor '__setattr__' requires a 'type' object but received a '{}'",
                    got
                )));
            }
        }
        super::arity::named_slot_args("__setattr__", a, 2)?;
        let name = &super::builtins::attr_name_arg(&a[1], None)?;
        vm.setattr(&a[0], name, a[2].clone())?;
        Ok(Value::None)
    });
    method(&t.type_, "type.__delattr__", |vm, a, _| {
        // the receiver is checked before the arity, as CPython's wrapper does
        match a.first() {
            None => return Err(type_error("descriptor '__delattr__' of 'type' object needs an argument")),
            Some(Value::Class(_)) => {}
            Some(other) => {
                let got = other.type_name();
                return Err(type_error(format!(
                    "descriptor '__delattr__' requires a 'type' object but received a '{}'",
                    got
                )));
            }
        }
        super::arity::slot_args(a, 1)?;
        let name = &super::builtins::attr_name_arg(&a[1], None)?;
        vm.delattr(&a[0], name)?;
        Ok(Value::None)
    });
    method(&t.super_, "super.__get__", |vm, a, _| {
        // An instance of a subclass of super holds its super object inside.
        let me = a.first().cloned().unwrap_or(Value::None);
        let inner = match &me {
            Value::Instance(i) => i.base.clone(),
            v => v.clone(),
        };
        let Some(Object::Super { cls, obj }) = inner.as_object() else {
            return Err(wrong_self("__get__", "super", &me));
        };
        let (target, _) = get_args(a)?;
        if target.is_none() || !obj.is_none() {
            return Ok(a[0].clone());
        }
        let fits =
            crate::object::class::isinstance(&target, cls) || matches!(&target, Value::Class(c) if c.is_subclass(cls));
        if !fits {
            return Err(type_error("super(type, obj): obj must be an instance or subtype of type"));
        }
        // A subclass makes its own kind: `type(self)(cls, obj)`, as 2.7's.
        if let Value::Instance(i) = &me {
            return vm.call(&Value::Class(i.class().into_owned()), vec![Value::Class(cls.clone()), target]);
        }
        Ok(Value::other(Object::Super { cls: cls.clone(), obj: target }))
    });
}

fn arity(name: &str, want: usize, given: usize) -> PyErr {
    type_error(format!("{} expected {} arguments, got {}", name, want, given.saturating_sub(1)))
}

fn property_parts(v: Option<&Value>, name: &str) -> PyResult<(Value, Value, Value)> {
    match v.and_then(|v| v.as_object()) {
        Some(Object::Property { fget, fset, fdel, .. }) => Ok((fget.clone(), fset.clone(), fdel.clone())),
        _ => Err(wrong_self(name, "property", v.unwrap_or(&Value::None))),
    }
}

/// `types.MethodType(function, instance[, class])` and
/// `types.FunctionType(code, globals[, name[, argdefs[, closure]]])`;
/// None when `cls` is neither.
pub fn construct(vm: &mut Vm, cls: &Arc<Class>, a: &[Value], kw: &KwArgs) -> PyResult<Option<Value>> {
    let t = types();
    if Arc::ptr_eq(cls, &t.bytearray) {
        return crate::object::bytearray_methods::construct(vm, a, kw).map(Some);
    }
    if cls.layout == crate::object::class::Layout::Iter {
        if let Some(v) = super::itertools::construct(vm, cls, a, kw)? {
            return Ok(Some(v));
        }
    }
    if Arc::ptr_eq(cls, &t.method) {
        super::no_keywords("instancemethod", kw)?;
        check_args("instancemethod", a, 2, 3)?;
        if !vm.is_callable(&a[0]) {
            return Err(type_error("first argument must be callable"));
        }
        let ty = a.get(2).cloned().unwrap_or(Value::None);
        if a[1].is_none() && ty.is_none() {
            return Err(type_error("unbound methods must have non-NULL im_class"));
        }
        return make_method(a[0].clone(), a[1].clone(), &ty).map(Some);
    }
    if Arc::ptr_eq(cls, &t.function) {
        let p = super::kwparse::parse("function", a, kw, &["code", "globals", "name", "argdefs", "closure"], 2)?;
        let Some(Value::Other(o)) = &p[0] else {
            return Err(type_error("function() argument 1 must be code, not ".to_string() + &arg_type(&p[0])));
        };
        let Object::Code(code) = &**o else {
            return Err(type_error("function() argument 1 must be code, not ".to_string() + &arg_type(&p[0])));
        };
        let Some(Value::Dict(globals)) = &p[1] else {
            return Err(type_error("function() argument 2 must be dict, not ".to_string() + &arg_type(&p[1])));
        };
        let name = match &p[2] {
            None | Some(Value::None) => code.name.clone(),
            Some(Value::Str(s)) => s.clone(),
            Some(_) => return Err(type_error("arg 3 (name) must be None or string")),
        };
        let defaults = match &p[3] {
            None | Some(Value::None) => Vec::new(),
            Some(Value::Tuple(d)) => d.items.to_vec(),
            Some(_) => return Err(type_error("arg 4 (defaults) must be None or tuple")),
        };
        match &p[4] {
            None | Some(Value::None) if code.freevars.is_empty() => {}
            None | Some(Value::None) => return Err(type_error("arg 5 (closure) must be tuple")),
            Some(Value::Tuple(_)) if code.freevars.is_empty() => {
                return Err(type_error("arg 5 (closure) must be None or tuple"))
            }
            Some(_) => return Err(type_error("function() cannot build closures in minipy")),
        }
        return Ok(Some(Value::Func(Arc::new(crate::object::Function {
            gc: Default::default(),
            code: code.clone(),
            globals: globals.clone(),
            defaults,
            closure: Vec::new(),
            name: crate::object::lock::Mutex::new(name),
            doc: crate::object::lock::Mutex::new(code.doc.clone()),
            dict: Arc::new(Dict::new()),
            swap: Default::default(),
        }))));
    }
    Ok(None)
}

fn arg_type(v: &Option<Value>) -> String {
    v.as_ref().map(|v| v.type_name()).unwrap_or_else(|| "None".into())
}

// ----- member descriptors (`__slots__`) -----

/// A slot's descriptor: its (mangled) name and the class that declared it.
struct Member {
    name: Arc<PyStr>,
    /// Held strongly, as in CPython: a user class with slots or an
    /// instance dict is in a cycle (class, dict, descriptor), so it lives
    /// until the collector finds it unreachable and `gc.collect()` counts
    /// it, as 2.7's does (CPython's test_gc).
    owner: Arc<Class>,
}

static MEMBER: OnceLock<Arc<Class>> = OnceLock::new();
static DICTPROXY: OnceLock<Arc<Class>> = OnceLock::new();
static GETSET: OnceLock<Arc<Class>> = OnceLock::new();

/// A built-in class of this file, made by `install` (while `types()` is
/// being built, so it must not call `types()` itself).
fn new_class(name: &str, object: &Arc<Class>) -> Arc<Class> {
    Class::new(name, vec![object.clone()], Arc::new(Dict::new()), false).unwrap_or_else(|_| object.clone())
}

fn member_class() -> &'static Arc<Class> {
    MEMBER.get_or_init(|| new_class("member_descriptor", &types().object))
}

/// The descriptor stored in a class's dict for each name of its `__slots__`.
pub fn new_member(name: Arc<PyStr>, owner: &Arc<Class>) -> Value {
    Value::other(Object::Native {
        class: member_class().clone(),
        data: Box::new(Member { name, owner: owner.clone() }),
    })
}

/// Whether a class attribute is a slot's member descriptor.
pub fn is_member(v: &Value) -> bool {
    v.native::<Member>().is_some()
}

fn member_parts(v: Option<&Value>) -> PyResult<(Arc<PyStr>, Arc<Class>)> {
    let m =
        v.and_then(|v| v.native::<Member>()).ok_or_else(|| type_error("descriptor requires a 'member_descriptor'"))?;
    Ok((m.name.clone(), m.owner.clone()))
}

fn member_check(name: &PyStr, owner: &Arc<Class>, obj: &Value) -> PyResult<()> {
    if class_ref(obj).is_subclass(owner) {
        return Ok(());
    }
    Err(type_error(format!(
        "descriptor '{}' for '{}' objects doesn't apply to '{}' object",
        name.as_str(),
        owner.name(),
        obj.type_name()
    )))
}

/// Reads a slot: the value stored under its name, or AttributeError(name).
pub fn member_get(name: &PyStr, owner: &Arc<Class>, obj: &Value) -> PyResult {
    member_check(name, owner, obj)?;
    if let Value::Instance(i) = obj {
        if let Some(v) = i.dict.get_str(name) {
            return Ok(v);
        }
    }
    Err(PyErr::new(ExcKind::AttributeError, name.as_str().to_string()))
}

/// Writes (Some) or deletes (None) a slot.
fn member_set(name: &PyStr, owner: &Arc<Class>, obj: &Value, v: Option<Value>) -> PyResult<()> {
    member_check(name, owner, obj)?;
    let Value::Instance(i) = obj else { return Err(PyErr::new(ExcKind::AttributeError, name.as_str().to_string())) };
    match v {
        Some(v) => i.dict.set_ref(name, v),
        None => {
            if i.dict.remove_str(name).is_none() {
                return Err(PyErr::new(ExcKind::AttributeError, name.as_str().to_string()));
            }
        }
    }
    Ok(())
}

/// The member descriptor behind a class attribute, as (name, owner).
pub fn member_of(v: &Value) -> Option<(Arc<PyStr>, Arc<Class>)> {
    member_parts(Some(v)).ok().filter(|_| is_member(v))
}

// ----- dictproxy -----

/// An instance wraps the class dict as its built-in value, so len,
/// iteration, `in` and subscripts reach the dict directly.
fn dictproxy_class() -> &'static Arc<Class> {
    DICTPROXY.get_or_init(|| new_class("dictproxy", &types().object))
}

/// `C.__dict__`: a read-only view of the class's namespace.
pub fn dictproxy(d: &Arc<Dict>) -> Value {
    Value::Instance(Arc::new(Instance::new(dictproxy_class().clone(), Value::Dict(d.clone()))))
}

fn proxied(v: Option<&Value>) -> PyResult<Value> {
    match v {
        Some(Value::Instance(i)) if Arc::ptr_eq(&i.class(), dictproxy_class()) => Ok(i.base.clone()),
        _ => Err(type_error("descriptor requires a 'dictproxy' object")),
    }
}

fn install_dictproxy() {
    let c = dictproxy_class();
    // Read-only methods forward to the dict's own.
    fn forward(vm: &mut Vm, a: &[Value], name: &str) -> PyResult {
        let d = proxied(a.first())?;
        let f = vm.getattr(&d, &PyStr::from_str(name))?;
        vm.call(&f, a[1..].to_vec())
    }
    // (a macro: a native method is a plain fn, it cannot capture the name)
    macro_rules! forward_all {
        ($($name:literal),*) => { $(method(c, concat!("dictproxy.", $name), |vm, a, _| forward(vm, a, $name));)* };
    }
    forward_all!(
        "keys",
        "values",
        "items",
        "iterkeys",
        "itervalues",
        "iteritems",
        "get",
        "has_key",
        "copy",
        "__getitem__",
        "__contains__",
        "__iter__",
        "__len__"
    );
    method(c, "dictproxy.__cmp__", |vm, a, _| {
        check_args("__cmp__", a, 2, 2)?;
        let d = proxied(a.first())?;
        let other = proxied(Some(&a[1])).unwrap_or_else(|_| a[1].clone());
        vm.call_dunder(&d, "__cmp__", vec![other]).map(|r| r.unwrap_or(Value::Int(0)))
    });
    method(c, "dictproxy.__str__", |vm, a, _| Ok(Value::Str(vm.to_str(&proxied(a.first())?)?)));
    method(c, "dictproxy.__repr__", |vm, a, _| {
        let r = vm.repr(&proxied(a.first())?)?;
        Ok(Value::str(&format!("dict_proxy({})", r.as_str())))
    });
    method(c, "dictproxy.__setitem__", |_, _, _| {
        Err(type_error("'dictproxy' object does not support item assignment"))
    });
    method(c, "dictproxy.__delitem__", |_, _, _| Err(type_error("'dictproxy' object does not support item deletion")));
    method(c, "dictproxy.__setattr__", |_, a, _| {
        let name = a.get(1).and_then(|n| n.as_str().map(|s| s.to_string_lossy())).unwrap_or_default();
        Err(PyErr::new(ExcKind::AttributeError, format!("'dictproxy' object has no attribute '{}'", name)))
    });
    crate::object::class::classes_changed();
}

// ----- `__dict__` and `__weakref__` of user classes -----

/// The `__dict__` (dict is true) or `__weakref__` entry `type.__new__`
/// puts in a class that gives its instances a dict or weak references.
struct GetSet {
    dict: bool,
    /// Strong, as `Member`'s owner.
    owner: Arc<Class>,
}

/// The class a slot member or a `__dict__`/`__weakref__` entry holds (the
/// collector follows it).
pub fn descr_owner(data: &dyn std::any::Any) -> Option<&Arc<Class>> {
    if let Some(m) = data.downcast_ref::<Member>() {
        return Some(&m.owner);
    }
    data.downcast_ref::<GetSet>().map(|g| &g.owner)
}

fn getset_class() -> &'static Arc<Class> {
    GETSET.get_or_init(|| new_class("getset_descriptor", &types().object))
}

pub fn new_getset(dict: bool, owner: &Arc<Class>) -> Value {
    Value::other(Object::Native {
        class: getset_class().clone(),
        data: Box::new(GetSet { dict, owner: owner.clone() }),
    })
}

fn getset_value(g: &GetSet, obj: &Value) -> PyResult {
    let name = if g.dict { "__dict__" } else { "__weakref__" };
    let owner = &g.owner;
    if !class_ref(obj).is_subclass(owner) {
        return Err(type_error(format!(
            "descriptor '{}' for '{}' objects doesn't apply to '{}' object",
            name,
            owner.name(),
            obj.type_name()
        )));
    }
    match obj {
        Value::Instance(i) if g.dict => Ok(Value::Dict(i.dict.clone())),
        // Weak references are kept by the weakref module, not the instance.
        _ => Ok(Value::None),
    }
}

/// What a slot member or a `__dict__`/`__weakref__` entry gives for `obj`
/// (None when `attr` is neither, or obj is a class reading it).
pub fn native_get(attr: &Value, obj: &Value) -> Option<PyResult> {
    if matches!(obj, Value::Class(_)) {
        return None;
    }
    if let Some(g) = attr.native::<GetSet>() {
        return Some(getset_value(g, obj));
    }
    // An instance of a subclass of file: the file inside answers.
    if let Some(n) = attr.native::<NativeAttr>() {
        let Value::Instance(i) = obj else { return None };
        let Value::Other(o) = &i.base else { return None };
        let Object::File(f) = &**o else { return None };
        return f.attr(n.name.as_bytes()).map(Ok);
    }
    let (name, owner) = member_of(attr)?;
    Some(member_get(&name, &owner, obj))
}

fn install_getset() {
    let c = getset_class();
    method(c, "getset_descriptor.__get__", |vm, a, _| {
        if let Some(r) = native_attr_call(vm, a, "__get__") {
            return r;
        }
        let Some(g) = a.first().and_then(|v| v.native::<GetSet>()) else {
            return Err(type_error("descriptor requires a 'getset_descriptor'"));
        };
        let (obj, _) = get_args(a)?;
        if obj.is_none() {
            return Ok(a[0].clone());
        }
        getset_value(g, &obj)
    });
    fn not_writable(a: &[Value]) -> PyErr {
        let g = a.first().and_then(|v| v.native::<GetSet>());
        let name = if g.is_some_and(|g| !g.dict) { "__weakref__" } else { "__dict__" };
        PyErr::new(ExcKind::AttributeError, format!("attribute '{}' is not writable here", name))
    }
    method(c, "getset_descriptor.__set__", |vm, a, _| {
        native_attr_call(vm, a, "__set__").unwrap_or_else(|| Err(not_writable(a)))
    });
    method(c, "getset_descriptor.__delete__", |vm, a, _| {
        native_attr_call(vm, a, "__delete__").unwrap_or_else(|| Err(not_writable(a)))
    });
    for c in [getset_class(), member_class()] {
        let doc = crate::object::function::Builtin::new("getset_descriptor.__doc__", |_, a, _| {
            Ok(a.first()
                .and_then(|v| v.native::<NativeAttr>())
                .filter(|n| !n.doc.is_empty())
                .map_or(Value::None, |n| Value::str(n.doc)))
        });
        let prop = Object::Property { fget: doc, fset: Value::None, fdel: Value::None, doc: Value::None };
        c.dict.set_str("__doc__", Value::other(prop));
    }
    method(c, "getset_descriptor.__repr__", |vm, a, _| {
        if let Some(r) = native_attr_call(vm, a, "__repr__") {
            return r;
        }
        let Some(g) = a.first().and_then(|v| v.native::<GetSet>()) else {
            return Err(type_error("descriptor requires a 'getset_descriptor'"));
        };
        let owner = g.owner.name();
        let name = if g.dict { "__dict__" } else { "__weakref__" };
        Ok(Value::str(&format!("<attribute '{}' of '{}' objects>", name, owner)))
    });
}

/// A data attribute of a built-in type whose instances answer it
/// themselves (`file.closed`, `frame.f_locals`): what the type's dict shows
/// for it, of CPython's kind (getset or member descriptor) and with its doc.
pub struct NativeAttr {
    name: &'static str,
    doc: &'static str,
    owner: Arc<Class>,
    member: bool,
    writable: bool,
}

/// Puts descriptors for `attrs` (name, doc, member rather than getset,
/// writable) in the dict of the built-in type `owner`.
pub fn add_native_attrs(owner: &Arc<Class>, attrs: &[(&'static str, &'static str, bool, bool)]) {
    for &(name, doc, member, writable) in attrs {
        let class = if member { member_class() } else { getset_class() };
        let data = NativeAttr { name, doc, owner: owner.clone(), member, writable };
        owner.dict.set_str(name, Value::other(Object::Native { class: class.clone(), data: Box::new(data) }));
    }
}

/// The slot methods of a `NativeAttr` (None when `a[0]` is another kind).
fn native_attr_call(vm: &mut Vm, a: &[Value], what: &str) -> Option<PyResult> {
    let n = a.first()?.native::<NativeAttr>()?;
    let kind = if n.member { "member" } else { "attribute" };
    let applies = |obj: &Value| -> PyResult<()> {
        if class_ref(obj).is_subclass(&n.owner) {
            return Ok(());
        }
        Err(type_error(format!(
            "descriptor '{}' for '{}' objects doesn't apply to '{}' object",
            n.name,
            n.owner.name(),
            obj.type_name()
        )))
    };
    Some((|| match what {
        "__get__" => {
            let (obj, _) = get_args(a)?;
            if obj.is_none() {
                return Ok(a[0].clone());
            }
            applies(&obj)?;
            match &obj {
                // The instance's own dict holds it (frames): no lookup that
                // could come back here.
                Value::Instance(i) if i.base.is_none() => i
                    .dict
                    .get_str(&PyStr::from_str(n.name))
                    .ok_or_else(|| PyErr::new(ExcKind::AttributeError, n.name.to_string())),
                // A subclass of file: the file inside answers.
                Value::Instance(i) => vm.getattr(&i.base.clone(), &PyStr::from_str(n.name)),
                _ => vm.getattr(&obj, &PyStr::from_str(n.name)),
            }
        }
        "__set__" | "__delete__" => {
            let want = if what == "__set__" { 3 } else { 2 };
            check_args(what, a, want, want).map_err(|_| arity(what, want - 1, a.len()))?;
            applies(&a[1])?;
            if !n.writable || what == "__delete__" {
                let msg = format!("attribute '{}' of '{}' objects is not writable", n.name, n.owner.name());
                return Err(PyErr::new(if n.member { ExcKind::TypeError } else { ExcKind::AttributeError }, msg));
            }
            vm.setattr(&a[1], &PyStr::from_str(n.name), a[2].clone())?;
            Ok(Value::None)
        }
        _ => Ok(Value::str(&format!("<{} '{}' of '{}' objects>", kind, n.name, n.owner.name()))),
    })())
}

/// `object.__new__(C)` refuses a class whose nearest built-in base makes
/// its instances differently (CPython's tp_new_wrapper check).
pub fn check_object_new(c: &Arc<Class>) -> PyResult<()> {
    let Some(base) = c.mro_with_self().into_iter().find(|b| !b.is_user) else { return Ok(()) };
    let special = base.is_exception
        || !matches!(base.layout, crate::object::class::Layout::Object | crate::object::class::Layout::Other);
    if !special && !Arc::ptr_eq(&base, &types().type_) {
        return Ok(());
    }
    let tp_name =
        |c: &Arc<Class>| if c.is_exception && !c.is_user { format!("exceptions.{}", c.name()) } else { c.name() };
    Err(type_error(format!("object.__new__({}) is not safe, use {}.__new__()", tp_name(c), tp_name(&base))))
}

/// The `__new__` of a built-in type given a class that does not derive
/// from it (CPython names the type too; the shared native cannot tell it).
pub fn not_subtype(c: &Arc<Class>) -> PyErr {
    type_error(format!("__new__({}): {} is not a subtype", c.name(), c.name()))
}

// ----- method equality and hash (2.7's instancemethod) -----

/// (function, self) of a bound or unbound method; self is None when unbound.
pub fn method_parts(v: &Value) -> Option<(Value, Value)> {
    match v.as_object()? {
        Object::BoundMethod { func, self_ } => Some((func.clone(), self_.clone())),
        Object::UnboundMethod { func, .. } => Some((func.clone(), Value::None)),
        _ => None,
    }
}

/// Equal when both are unbound or their `im_self` compare equal (with
/// `==`, as 2.7 does), and their functions are equal.
pub fn methods_equal(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    let (Some((f1, s1)), Some((f2, s2))) = (method_parts(a), method_parts(b)) else { return Ok(false) };
    if builtin_method(&f1) || builtin_method(&f2) {
        return Ok(f1.is(&f2) && s1.is(&s2));
    }
    let selves = if s1.is_none() || s2.is_none() { s1.is_none() && s2.is_none() } else { vm.eq(&s1, &s2)? };
    Ok(selves && (f1.is(&f2) || vm.eq(&f1, &f2)?))
}

/// `hash(im_self) ^ hash(im_func)`: unhashable when im_self is.
pub fn method_hash(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let Some((f, s)) = method_parts(v) else { return Ok(v.id() >> 4) };
    if builtin_method(&f) {
        // Hashes its self, but the function by identity.
        return Ok(vm.hash(&s)? ^ (f.id() >> 4));
    }
    let h = vm.hash(&s)? ^ vm.hash(&f)?;
    Ok(if h == -1 { -2 } else { h })
}

/// A named method of a built-in type (`[].append`): CPython's
/// builtin_function_or_method, which compares and hashes its self by
/// identity; `__add__` and the like are method-wrappers, compared like
/// instancemethods.
fn builtin_method(f: &Value) -> bool {
    match f {
        Value::Builtin(b) => {
            let short = b.name.rsplit('.').next().unwrap_or(b.name);
            !(short.starts_with("__") && short.ends_with("__"))
        }
        _ => false,
    }
}

/// 2.7's rule for arguments object.__new__ (`new` true) or object.__init__
/// did not use: an error unless the class overrides both, in which case
/// it is only a DeprecationWarning.
pub fn object_excess_args(vm: &mut Vm, cls: &Arc<Class>, excess: bool, new: bool) -> PyResult<()> {
    // A built-in base other than object takes its own arguments.
    let builtin = cls.mro_with_self().into_iter().find(|b| !b.is_user);
    if !excess || builtin.is_some_and(|b| !Arc::ptr_eq(&b, &types().object)) {
        return Ok(());
    }
    let overrides = |name: &str, native: &str| match cls.lookup_str(name) {
        Some(Value::Builtin(b)) => b.name != native,
        Some(_) => true,
        None => false,
    };
    let own_new = overrides("__new__", "object.__new__");
    let own_init = overrides("__init__", "object.__init__");
    let msg = if new { "object() takes no parameters" } else { "object.__init__() takes no parameters" };
    if own_new && own_init {
        let globals = Dict::new();
        let warnings = vm.import_module("warnings", &globals)?;
        let warn = vm.getattr(&warnings, &PyStr::from_str("warn"))?;
        let category = Value::Class(ExcKind::DeprecationWarning.class().clone());
        vm.call(&warn, vec![Value::str(msg), category, Value::Int(2)])?;
        return Ok(());
    }
    // The other side decides: __new__ complains if __init__ would not
    // (and vice versa).
    let refuse = if new { own_new || !own_init } else { own_init || !own_new };
    if refuse {
        return Err(type_error(msg));
    }
    Ok(())
}
