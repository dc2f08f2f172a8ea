//! Attribute access: `obj.name` reads, writes and deletes, descriptors
//! (methods, properties, staticmethod, classmethod) and method loading.

use std::sync::Arc;

use crate::object::class::{
    class_ref, types, Class, HOOK_DESCRIPTOR, HOOK_DICT_STORES, HOOK_GETATTRIBUTE, HOOK_PLAIN_SLOTS, HOOK_SETATTR,
    HOOK_SLOTS,
};
use crate::object::{ExcKind, Object, PyErr, PyResult, PyStr, Value};
use crate::vm::Vm;

pub(crate) fn attr_error(obj: &Value, name: &PyStr) -> PyErr {
    let msg = match obj {
        Value::Class(c) if c.classic.load(std::sync::atomic::Ordering::Relaxed) => {
            format!("class {} has no attribute '{}'", c.name(), name.as_str())
        }
        Value::Instance(i) if i.class().classic.load(std::sync::atomic::Ordering::Relaxed) => {
            format!("{} instance has no attribute '{}'", i.class().name(), name.as_str())
        }
        // 2.7's built-in exception types are named `exceptions.X` (tp_name).
        Value::Class(c) if c.is_exception && !c.is_user => {
            format!("type object 'exceptions.{}' has no attribute '{}'", c.name(), name.as_str())
        }
        Value::Class(c) => format!("type object '{}' has no attribute '{}'", c.name(), name.as_str()),
        Value::Other(o) if matches!(&**o, Object::Module(_)) => {
            format!("'module' object has no attribute '{}'", name.as_str())
        }
        _ => format!("'{}' object has no attribute '{}'", obj.type_name(), name.as_str()),
    };
    PyErr::new(ExcKind::AttributeError, msg)
}

/// A classmethod bound to its class. A native one (`dict.fromkeys`,
/// `object.__subclasshook__`) becomes a built-in method, as in CPython,
/// so that `inspect.ismethod` says False and its repr is
/// `<built-in method fromkeys of type object at 0x...>`.
fn bind_classmethod(f: &Value, cls: &Arc<Class>) -> Value {
    match f {
        Value::Builtin(b) => Value::Builtin(Arc::new(crate::object::function::Builtin {
            name: b.name,
            func: b.func,
            bound: Some(Value::Class(cls.clone())),
            needs_frame: b.needs_frame,
            args: b.args,
        })),
        _ => Value::other(Object::BoundMethod { func: f.clone(), self_: Value::Class(cls.clone()) }),
    }
}

impl Vm {
    /// Binds a class attribute found for `obj` (methods, static/class methods,
    /// properties); other values come back as they are.
    pub fn bind_descriptor(&mut self, attr: Value, obj: &Value, cls: &Arc<Class>) -> PyResult {
        Ok(match &attr {
            Value::Func(_) => Value::other(Object::BoundMethod { func: attr.clone(), self_: obj.clone() }),
            Value::Builtin(b) if b.is_method() => {
                Value::other(Object::BoundMethod { func: attr.clone(), self_: obj.clone() })
            }
            Value::Other(o) => match &**o {
                Object::StaticMethod(f) => f.clone(),
                Object::ClassMethod(f) => bind_classmethod(f, cls),
                // An unbound method stored as a class attribute binds like
                // its function (CPython's instancemethod __get__).
                Object::UnboundMethod { func, class } if cls.is_subclass(class) => {
                    Value::other(Object::BoundMethod { func: func.clone(), self_: obj.clone() })
                }
                Object::Property { fget, .. } => {
                    if fget.is_none() {
                        return Err(PyErr::new(ExcKind::AttributeError, "unreadable attribute"));
                    }
                    self.call(fget, vec![obj.clone()])?
                }
                // An unbound super stored in a class binds to the instance.
                Object::Super { cls: sc, obj: target } if target.is_none() && !obj.is_none() => {
                    Value::other(Object::Super { cls: sc.clone(), obj: obj.clone() })
                }
                // Slots' members and the `__dict__`/`__weakref__` getsets.
                Object::Native { .. } => match crate::modules::descr::native_get(&attr, obj) {
                    Some(r) => r?,
                    None => attr.clone(),
                },
                _ => attr.clone(),
            },
            Value::Instance(d) if d.class().is_user => return self.user_descriptor_get(&attr, d, obj.clone(), cls),
            _ => attr.clone(),
        })
    }

    /// Calls `descr.__get__(obj, cls)` when the descriptor's class defines
    /// `__get__`; else the descriptor itself is the attribute.
    fn user_descriptor_get(
        &mut self,
        descr: &Value,
        d: &crate::object::Instance,
        obj: Value,
        cls: &Arc<Class>,
    ) -> PyResult {
        match d.class().lookup_str("__get__") {
            Some(get) => {
                let f = self.bind_descriptor(get, descr, &d.class())?;
                self.call(&f, vec![obj, Value::Class(cls.clone())])
            }
            None => Ok(descr.clone()),
        }
    }

    /// For assignment (`value` is Some) or deletion through a class attribute
    /// that is a user descriptor: calls `__set__`/`__delete__` and returns
    /// true, or returns false when `attr` is no such descriptor.
    fn user_descriptor_set(&mut self, attr: &Value, obj: &Value, value: Option<Value>) -> PyResult<bool> {
        let Value::Instance(d) = attr else { return Ok(false) };
        if !crate::object::class::is_data_descriptor(attr) {
            return Ok(false);
        }
        let (name, args) = match value {
            Some(v) => ("__set__", vec![obj.clone(), v]),
            None => ("__delete__", vec![obj.clone()]),
        };
        let Some(m) = d.class().lookup_str(name) else {
            return Err(PyErr::new(ExcKind::AttributeError, name));
        };
        let f = self.bind_descriptor(m, attr, &d.class())?;
        self.call(&f, args)?;
        Ok(true)
    }

    /// `getattr(obj, name)`
    pub fn getattr(&mut self, obj: &Value, name: &PyStr) -> PyResult {
        match obj {
            Value::Instance(inst) => {
                let hooks = inst.class().hooks();
                if hooks & (HOOK_GETATTRIBUTE | HOOK_DESCRIPTOR) == 0 {
                    // The common case: the instance dict, then the class.
                    if let Some(v) = inst.dict.get_str(name) {
                        return Ok(v);
                    }
                    if let Some(a) = inst.class().lookup(name) {
                        return self.bind_descriptor(a, obj, &inst.class());
                    }
                    return self.instance_getattr(obj, inst, name);
                }
                if hooks & HOOK_GETATTRIBUTE != 0 {
                    if let Some(ga) = inst.class().lookup_str("__getattribute__") {
                        let f = self.bind_descriptor(ga, obj, &inst.class())?;
                        let name_v = Value::Str(Arc::new(PyStr::new(name.as_bytes().to_vec())));
                        return match self.call(&f, vec![name_v.clone()]) {
                            Err(e) if e.matches(ExcKind::AttributeError) => {
                                match inst.class().lookup_str("__getattr__") {
                                    Some(g) => {
                                        let g = self.bind_descriptor(g, obj, &inst.class())?;
                                        self.call(&g, vec![name_v])
                                    }
                                    None => Err(e),
                                }
                            }
                            r => r,
                        };
                    }
                }
                self.instance_getattr(obj, inst, name)
            }
            _ => self.getattr_other(obj, name),
        }
    }

    /// `object.__getattribute__` for instances: data descriptors, the
    /// instance dict, class attributes, then `__getattr__`.
    pub fn instance_getattr(&mut self, obj: &Value, inst: &crate::object::Instance, name: &PyStr) -> PyResult {
        {
            {
                let cls_attr = inst.class().lookup(name);
                match &cls_attr {
                    Some(a @ Value::Other(o)) if matches!(&**o, Object::Property { .. }) => {
                        return self.bind_descriptor(a.clone(), obj, &inst.class());
                    }
                    // A data descriptor with a `__get__` wins over the instance dict.
                    Some(a @ Value::Instance(d))
                        if crate::object::class::is_data_descriptor(a) && d.class().lookup_str("__get__").is_some() =>
                    {
                        return self.user_descriptor_get(a, d, obj.clone(), &inst.class());
                    }
                    _ => {}
                }
                if let Some(v) = inst.dict.get_str(name) {
                    return Ok(v);
                }
                if let Some(a) = cls_attr {
                    return self.bind_descriptor(a, obj, &inst.class());
                }
                match name.as_bytes() {
                    b"__class__" => return Ok(Value::Class(inst.class().into_owned())),
                    b"__doc__" if !inst.class().is_user => return Ok(Value::None),
                    b"__dict__" if inst.class().slots.is_none() && !Arc::ptr_eq(&inst.class(), &types().object) => {
                        return Ok(Value::Dict(inst.dict.clone()))
                    }
                    _ => {}
                }
                if inst.class().is_exception && name.as_bytes() == b"message" {
                    return crate::object::exception::init_message(self, inst);
                }
                // a subclass of file: the data attributes of the file inside
                if let Value::Other(o) = &inst.base {
                    if let Object::File(f) = &**o {
                        if let Some(v) = f.attr(name.as_bytes()) {
                            return Ok(v);
                        }
                    }
                    // a subclass of super: the lookup of the super object inside
                    if matches!(&**o, Object::Super { .. }) {
                        let base = inst.base.clone();
                        match self.object_attr(&base, o, name) {
                            Ok(Some(v)) => return Ok(v),
                            Err(e) if !e.matches(ExcKind::AttributeError) => return Err(e),
                            _ => {}
                        }
                    }
                }
                if let Some(ga) = inst.class().lookup_str("__getattr__") {
                    let f = self.bind_descriptor(ga, obj, &inst.class())?;
                    return self.call(&f, vec![Value::Str(Arc::new(PyStr::new(name.as_bytes().to_vec())))]);
                }
                // An unset slot: CPython's member descriptor says only its name.
                let is_slot = |c: &Arc<Class>| c.slots.as_ref().is_some_and(|s| s.iter().any(|s| **s == *name));
                if inst.class().mro_with_self().iter().any(is_slot) {
                    return Err(PyErr::new(ExcKind::AttributeError, name.as_str().to_string()));
                }
                Err(attr_error(obj, name))
            }
        }
    }

    fn getattr_other(&mut self, obj: &Value, name: &PyStr) -> PyResult {
        match obj {
            Value::Class(c) => self.class_getattr(c, name).and_then(|v| v.ok_or_else(|| attr_error(obj, name))),
            Value::Other(o) => {
                if let Some(v) = self.object_attr(obj, o, name)? {
                    return Ok(v);
                }
                self.type_attr(obj, name)
            }
            Value::Func(f) => {
                match name.as_bytes() {
                    b"__name__" | b"func_name" => return Ok(Value::Str(f.name.lock().clone())),
                    b"__doc__" | b"func_doc" => return Ok(f.doc.lock().clone()),
                    b"__dict__" | b"func_dict" => return Ok(Value::Dict(f.dict.clone())),
                    b"__module__" => return Ok(f.globals.get_str(&PyStr::from_str("__name__")).unwrap_or(Value::None)),
                    b"func_globals" | b"__globals__" => return Ok(Value::Dict(f.globals.clone())),
                    b"func_defaults" | b"__defaults__" => {
                        let f = f.current();
                        return Ok(if f.defaults.is_empty() { Value::None } else { Value::tuple(f.defaults.clone()) });
                    }
                    b"func_code" | b"__code__" => return Ok(Value::other(Object::Code(f.current().code.clone()))),
                    // The cells as they hold now (minipy's closure cells are not objects).
                    b"func_closure" | b"__closure__" if f.closure.is_empty() => return Ok(Value::None),
                    b"func_closure" | b"__closure__" => {
                        let cell = |c: &Arc<crate::object::function::Cell>| {
                            Value::other(Object::Cell(crate::object::lock::Mutex::new(c.lock().clone())))
                        };
                        return Ok(Value::tuple(f.closure.iter().map(cell).collect()));
                    }
                    _ => {}
                }
                if let Some(v) = f.dict.get_str(name) {
                    return Ok(v);
                }
                self.type_attr(obj, name)
            }
            Value::Builtin(b) => match name.as_bytes() {
                b"__name__" => Ok(Value::str(b.name.rsplit('.').next().unwrap_or(b.name))),
                b"__self__" => Ok(b.bound.clone().unwrap_or(Value::None)),
                b"__doc__" => {
                    // Only the functions of __builtin__ itself have docstrings.
                    let own = matches!(self.interp.builtins.get_str(&PyStr::from_str(b.name)),
                        Some(Value::Builtin(x)) if Arc::ptr_eq(&x, b));
                    let doc = if own { crate::modules::builtin_docs::doc(b.name) } else { None };
                    Ok(doc.map(Value::str).unwrap_or(Value::None))
                }
                _ => self.type_attr(obj, name),
            },
            _ => self.type_attr(obj, name),
        }
    }

    /// Attributes found through the type of a built-in value.
    fn type_attr(&mut self, obj: &Value, name: &PyStr) -> PyResult {
        let cls = class_ref(obj).into_owned();
        if let Some(a) = cls.lookup(name) {
            return self.bind_descriptor(a, obj, &cls);
        }
        match name.as_bytes() {
            b"__class__" => Ok(Value::Class(cls)),
            b"__doc__" => Ok(Value::None),
            _ => Err(attr_error(obj, name)),
        }
    }

    /// Special attributes of modules, methods, generators, files, ...
    fn object_attr(&mut self, obj: &Value, o: &Object, name: &PyStr) -> PyResult<Option<Value>> {
        Ok(match o {
            Object::Module(m) => match m.dict.get_str(name) {
                Some(v) => Some(v),
                None => match name.as_bytes() {
                    b"__dict__" => Some(Value::Dict(m.dict.clone())),
                    // 2.7's deprecated sys.exc_type/exc_value/exc_traceback:
                    // this thread's exception being handled, as exc_info().
                    b"exc_type" | b"exc_value" | b"exc_traceback" if m.name.as_bytes() == b"sys" => {
                        Some(match self.exc_stack.last() {
                            None => Value::None,
                            Some(s) => match name.as_bytes() {
                                b"exc_type" => Value::Class(s.value.class()),
                                b"exc_value" => s.value.clone(),
                                _ => crate::modules::traceback::traceback_object(&s.traceback),
                            },
                        })
                    }
                    _ => return Err(attr_error(obj, name)),
                },
            },
            Object::UnboundMethod { func, class } => match name.as_bytes() {
                b"im_self" | b"__self__" => Some(Value::None),
                b"im_func" | b"__func__" => Some(func.clone()),
                b"im_class" => Some(Value::Class(class.clone())),
                b"__name__" | b"__doc__" | b"__module__" | b"__dict__" => Some(self.getattr(func, name)?),
                _ => self.method_func_attr(func, name)?,
            },
            Object::BoundMethod { func, self_ } => match name.as_bytes() {
                b"im_self" | b"__self__" => Some(self_.clone()),
                b"im_func" | b"__func__" => Some(func.clone()),
                b"im_class" => Some(Value::Class(class_ref(self_).into_owned())),
                // A built-in type's method (2.7's method-wrapper): the type defining it.
                b"__objclass__" if matches!(func, Value::Builtin(_)) => {
                    let Value::Builtin(b) = func else { unreachable!("matched above") };
                    let owner = b.name.rsplit_once('.').map(|(o, _)| o).unwrap_or("");
                    let cls = class_ref(self_).into_owned();
                    let found = cls.mro_with_self().into_iter().find(|c| c.name().as_str() == owner);
                    Some(Value::Class(found.unwrap_or(cls)))
                }
                b"__name__" | b"__doc__" | b"__module__" | b"__dict__" => Some(self.getattr(func, name)?),
                _ => self.method_func_attr(func, name)?,
            },
            Object::Property { fget, fset, fdel, doc } => match name.as_bytes() {
                b"fget" => Some(fget.clone()),
                b"fset" => Some(fset.clone()),
                b"fdel" => Some(fdel.clone()),
                b"__doc__" => Some(doc.clone()),
                _ => None,
            },
            Object::Generator(g) => match name.as_bytes() {
                b"__name__" => Some(Value::str(&g.name)),
                // An int in CPython 2.7, not a bool.
                b"gi_running" => Some(Value::Int(g.is_running() as i64)),
                b"gi_code" => Some(Value::other(Object::Code(g.code.clone()))),
                _ => None,
            },
            Object::Slice { start, stop, step, .. } => match name.as_bytes() {
                b"start" => Some(start.clone()),
                b"stop" => Some(stop.clone()),
                b"step" => Some(step.clone()),
                _ => None,
            },
            Object::File(f) => f.attr(name.as_bytes()),
            Object::StaticMethod(f) | Object::ClassMethod(f) if name.as_bytes() == b"__func__" => Some(f.clone()),
            Object::Super { cls, obj: target } => {
                // Look after `cls` in the MRO of the instance's class (or of
                // the class itself for `super(C, cls)` in classmethods).
                let (mut start, via_class) = match target {
                    Value::Class(c) if c.is_subclass(cls) => (c.clone(), true),
                    other => (class_ref(other).into_owned(), false),
                };
                if !via_class && !start.is_subclass(cls) {
                    // A proxy admitted by its `__class__` (2.7's supercheck).
                    if let Ok(Value::Class(k)) = self.getattr(target, &PyStr::from_str("__class__")) {
                        start = k;
                    }
                }
                let mro = start.mro_with_self();
                let pos = mro.iter().position(|c| Arc::ptr_eq(c, cls)).map(|p| p + 1).unwrap_or(mro.len());
                for c in &mro[pos..] {
                    if let Some(a) = c.dict.get_str(name) {
                        return Ok(Some(match &a {
                            Value::Func(_) | Value::Builtin(_) if via_class => a,
                            // `super(C, cls).prop`: read through the class, the property itself.
                            Value::Other(ref p) if via_class && matches!(&**p, Object::Property { .. }) => a,
                            _ => self.bind_descriptor(a, target, &start)?,
                        }));
                    }
                }
                match name.as_bytes() {
                    b"__thisclass__" => return Ok(Some(Value::Class(cls.clone()))),
                    b"__self__" => return Ok(Some(target.clone())),
                    b"__self_class__" if target.is_none() => return Ok(Some(Value::None)),
                    b"__self_class__" => return Ok(Some(Value::Class(start.clone()))),
                    _ => {}
                }
                if name.as_bytes() == b"__class__" {
                    return Ok(Some(Value::Class(types().super_.clone())));
                }
                // Past the MRO, the super object's own type (`__get__`), as 2.7's.
                if let Some(m) = types().super_.lookup(name) {
                    return Ok(Some(self.bind_descriptor(m, obj, &types().super_.clone())?));
                }
                return Err(PyErr::new(
                    ExcKind::AttributeError,
                    format!("'super' object has no attribute '{}'", name.as_str()),
                ));
            }
            Object::Cell(c) if name.as_bytes() == b"cell_contents" => {
                let v = c.lock().clone();
                if v.is_null() {
                    return Err(PyErr::new(ExcKind::ValueError, "Cell is empty"));
                }
                Some(v)
            }
            Object::Code(c) => crate::compile::code_attrs::get(c, name.as_bytes()),
            _ => None,
        })
    }

    /// Attribute lookup on a class object (`A.x`).
    pub fn class_getattr(&mut self, c: &Arc<Class>, name: &PyStr) -> PyResult<Option<Value>> {
        // type's own `__dict__` wins over the `__dict__` entry of the class.
        if name.as_bytes() == b"__dict__" {
            if c.classic.load(std::sync::atomic::Ordering::Relaxed) {
                return Ok(Some(Value::Dict(c.dict.clone())));
            }
            return Ok(Some(crate::modules::descr::dictproxy(&c.dict)));
        }
        if let Some(v) = c.lookup(name) {
            return Ok(Some(match &v {
                Value::Func(_) => Value::other(Object::UnboundMethod { func: v.clone(), class: c.clone() }),
                Value::Other(o) => match &**o {
                    Object::StaticMethod(f) => f.clone(),
                    Object::ClassMethod(f) => bind_classmethod(f, c),
                    _ => v,
                },
                Value::Instance(d) if d.class().is_user => self.user_descriptor_get(&v, d, Value::None, c)?,
                _ => v,
            }));
        }
        // A classic class (new-style underneath) shows 2.7's view: its
        // bases without the hidden `object`. (Its `__mro__` stays: the
        // library's own pickling code reads it.)
        let classic = c.classic.load(std::sync::atomic::Ordering::Relaxed);
        Ok(match name.as_bytes() {
            b"__name__" => Some(Value::Str(c.name.clone())),
            b"__bases__" if classic => Some(Value::tuple(
                c.bases()
                    .iter()
                    .filter(|b| !Arc::ptr_eq(b, &types().object))
                    .map(|b| Value::Class(b.clone()))
                    .collect(),
            )),
            b"__bases__" => Some(Value::tuple(c.bases().iter().map(|b| Value::Class(b.clone())).collect())),
            b"__base__" => Some(crate::object::layout::base_of(c).map(Value::Class).unwrap_or(Value::None)),
            b"__mro__" => Some(Value::tuple(c.mro_with_self().into_iter().map(Value::Class).collect())),
            b"__dict__" => Some(crate::modules::descr::dictproxy(&c.dict)),
            b"__doc__" => Some(Value::None),
            b"__class__" => Some(Value::Class(types().type_.clone())),
            b"__module__" => Some(Value::str(if c.is_exception { "exceptions" } else { "__builtin__" })),
            b"__basicsize__" => Some(Value::Int(crate::object::layout::sizes(c).0)),
            b"__itemsize__" => Some(Value::Int(crate::object::layout::sizes(c).1)),
            _ => {
                // Attributes of the metaclass (methods bind to the class).
                let meta = c.meta.as_ref().unwrap_or(&types().type_).clone();
                match meta.lookup(name) {
                    Some(a) => Some(self.bind_descriptor(a, &Value::Class(c.clone()), &meta)?),
                    None => None,
                }
            }
        })
    }

    /// Loads `obj.name` for a call: (function, self) when it is a plain method,
    /// else (attribute, Null). Saves making a bound-method object.
    pub fn load_method(&mut self, obj: Value, name: &PyStr) -> PyResult<(Value, Value)> {
        match &obj {
            Value::Instance(inst) if inst.class().hooks() & HOOK_GETATTRIBUTE == 0 => {
                let method = inst.class().lookup(name).filter(|a| match a {
                    Value::Func(_) => true,
                    Value::Builtin(b) => b.is_method(),
                    _ => false,
                });
                if let Some(a) = method {
                    if inst.dict.is_empty() || inst.dict.get_str(name).is_none() {
                        return Ok((a, obj));
                    }
                }
            }
            Value::Str(_) | Value::List(_) | Value::Dict(_) | Value::Tuple(_) | Value::Set(_) => {
                if let Some(a @ Value::Builtin(_)) = class_ref(&obj).lookup(name) {
                    return Ok((a, obj));
                }
            }
            // Objects whose attributes come from their type (locks, files,
            // generators); not modules or super objects.
            Value::Other(o) if matches!(&**o, Object::Native { .. } | Object::File(_) | Object::Generator(_)) => {
                if let Some(a @ Value::Builtin(_)) = class_ref(&obj).lookup(name) {
                    return Ok((a, obj));
                }
            }
            _ => {}
        }
        Ok((self.getattr(&obj, name)?, Value::Null))
    }

    /// `setattr(obj, name, v)`
    /// `setattr` with a name from a code object (interned): a plain
    /// instance's dict shares the name as its key instead of copying it.
    #[inline]
    pub fn setattr_name(&mut self, obj: &Value, name: &Arc<PyStr>, v: Value) -> PyResult<()> {
        if let Value::Instance(inst) = obj {
            if stores_in_dict(inst, name) || stores_in_slot(inst, name) {
                inst.dict.set_shared(name, v);
                return Ok(());
            }
        }
        self.setattr(obj, name, v)
    }

    pub fn setattr(&mut self, obj: &Value, name: &PyStr, v: Value) -> PyResult<()> {
        match obj {
            Value::Instance(inst) => {
                let mut v = v;
                if inst.class().is_exception && name.as_bytes() == b"args" {
                    // BaseException.args is always a tuple: tuple(v), as CPython.
                    v = Value::tuple(self.to_vec(&v)?);
                }
                if stores_in_dict(inst, name) {
                    inst.dict.set_ref(name, v);
                    return Ok(());
                }
                if inst.class().hooks() & HOOK_SETATTR != 0 {
                    if let Some(sa) = inst.class().lookup_str("__setattr__") {
                        let f = self.bind_descriptor(sa, obj, &inst.class())?;
                        self.call(&f, vec![Value::Str(Arc::new(PyStr::new(name.as_bytes().to_vec()))), v])?;
                        return Ok(());
                    }
                }
                self.generic_setattr(obj, name, v)
            }
            Value::Class(c) => {
                if !c.is_user {
                    return Err(PyErr::new(
                        ExcKind::TypeError,
                        format!("can't set attributes of built-in/extension type '{}'", c.name()),
                    ));
                }
                if name.as_bytes() == b"__dict__" {
                    return Err(PyErr::new(
                        ExcKind::AttributeError,
                        "attribute '__dict__' of 'type' objects is not writable",
                    ));
                }
                // 2.7's type.__doc__ has no setter; classic classes keep theirs in the dict.
                if name.as_bytes() == b"__doc__" && !c.classic.load(std::sync::atomic::Ordering::Relaxed) {
                    return Err(PyErr::new(
                        ExcKind::AttributeError,
                        "attribute '__doc__' of 'type' objects is not writable",
                    ));
                }
                match name.as_bytes() {
                    b"__bases__" => return super::reclass::set_bases(self, c, &v),
                    b"__mro__" => return Err(PyErr::new(ExcKind::TypeError, "readonly attribute")),
                    b"__name__" => match &v {
                        Value::Str(s) if s.as_bytes().contains(&0) => {
                            return Err(PyErr::new(ExcKind::ValueError, "type name must not contain null characters"))
                        }
                        Value::Str(_) => {}
                        // A subclass of str will do.
                        other if crate::object::class::isinstance(other, &types().str_) => {}
                        other => {
                            // (A name assigned before lives in the dict.)
                            let now = match c.dict.get_str(&PyStr::from_str("__name__")) {
                                Some(Value::Str(s)) => s.to_string_lossy(),
                                _ => c.name(),
                            };
                            let msg =
                                format!("can only assign string to {}.__name__, not '{}'", now, other.type_name());
                            return Err(PyErr::new(ExcKind::TypeError, msg));
                        }
                    },
                    _ => {}
                }
                c.dict.set_pystr(Arc::new(PyStr::new(name.as_bytes().to_vec())), v);
                if name.as_bytes() == b"__del__" {
                    c.has_del.store(true, std::sync::atomic::Ordering::Relaxed);
                }
                crate::object::class::classes_changed();
                Ok(())
            }
            Value::Func(f) => {
                match name.as_bytes() {
                    b"__name__" | b"func_name" => {
                        if let Value::Str(s) = v {
                            *f.name.lock() = s;
                            return Ok(());
                        }
                        return Err(PyErr::new(ExcKind::TypeError, "__name__ must be set to a string object"));
                    }
                    b"__doc__" | b"func_doc" => {
                        *f.doc.lock() = v;
                        return Ok(());
                    }
                    b"func_closure" | b"__closure__" | b"func_globals" | b"__globals__" => {
                        return Err(PyErr::new(ExcKind::TypeError, "readonly attribute"))
                    }
                    b"func_dict" | b"__dict__" => return super::funcattr::set_func_dict(self, f, &v),
                    b"func_defaults" | b"__defaults__" | b"func_code" | b"__code__" => {
                        return super::funcattr::set_body(f, name, &v)
                    }
                    _ => {}
                }
                f.dict.set_pystr(Arc::new(PyStr::new(name.as_bytes().to_vec())), v);
                Ok(())
            }
            Value::Other(o) => match &**o {
                Object::Module(m) => {
                    m.dict.set_pystr(Arc::new(PyStr::new(name.as_bytes().to_vec())), v);
                    Ok(())
                }
                Object::File(f) if name.as_bytes() == b"softspace" => {
                    let on = self.truthy(&v)?;
                    f.set_softspace(on);
                    Ok(())
                }
                // complex's parts are read-only members.
                Object::Complex(_) if matches!(name.as_bytes(), b"real" | b"imag") => {
                    Err(PyErr::new(ExcKind::TypeError, "readonly attribute"))
                }
                Object::BoundMethod { .. } | Object::UnboundMethod { .. }
                    if matches!(name.as_bytes(), b"im_func" | b"im_self" | b"im_class" | b"__func__" | b"__self__") =>
                {
                    Err(PyErr::new(ExcKind::TypeError, "readonly attribute"))
                }
                // A property's parts are read-only members.
                Object::Property { .. } if matches!(name.as_bytes(), b"fget" | b"fset" | b"fdel" | b"__doc__") => {
                    Err(PyErr::new(ExcKind::TypeError, "readonly attribute"))
                }
                _ if name.as_bytes() == b"__class__" => Err(super::reclass::refuse_builtin(Some(&v))),
                _ => Err(attr_error(obj, name)),
            },
            _ if name.as_bytes() == b"__class__" => Err(super::reclass::refuse_builtin(Some(&v))),
            _ => Err(attr_error(obj, name)),
        }
    }

    /// `object.__setattr__`: properties, then the instance dict.
    pub fn generic_setattr(&mut self, obj: &Value, name: &PyStr, v: Value) -> PyResult<()> {
        let Value::Instance(inst) = obj else { return Err(attr_error(obj, name)) };
        let cls_attr = inst.class().lookup(name);
        if let Some(a @ Value::Instance(_)) = &cls_attr {
            if self.user_descriptor_set(a, obj, Some(v.clone()))? {
                return Ok(());
            }
        }
        if let Some(Value::Other(o)) = cls_attr {
            if let Object::Property { fset, .. } = &*o {
                if fset.is_none() {
                    return Err(PyErr::new(ExcKind::AttributeError, "can't set attribute"));
                }
                self.call(fset, vec![obj.clone(), v])?;
                return Ok(());
            }
        }
        if name.as_bytes() == b"__class__" {
            return super::reclass::set_class(inst, Some(&v));
        }
        if name.as_bytes() == b"__dict__" && inst.class().is_subclass(&types().module) {
            // A module's dict is a read-only member, also in subclasses.
            return Err(PyErr::new(ExcKind::TypeError, "readonly attribute"));
        }
        if name.as_bytes() == b"__dict__"
            && inst.class().slots.is_none()
            && (inst.class().is_user || inst.class().is_exception)
        {
            // The instance keeps its dict object; its contents are replaced.
            let dict_value = match &v {
                Value::Instance(i) if i.class().is_subclass(&types().dict) => i.base.clone(),
                other => other.clone(),
            };
            let Value::Dict(new) = &dict_value else {
                return Err(PyErr::new(
                    ExcKind::TypeError,
                    format!("__dict__ must be set to a dictionary, not a '{}'", v.type_name()),
                ));
            };
            let items = new.items();
            inst.dict.clear();
            for (k, x) in items {
                inst.dict.set(self, k, x)?;
            }
            return Ok(());
        }
        if Arc::ptr_eq(&inst.class(), &types().object) || Arc::ptr_eq(&inst.class(), &types().bytearray) {
            return Err(attr_error(obj, name));
        }
        if let Some(slots) = &inst.class().slots {
            if !slots.iter().any(|s| s.as_bytes() == name.as_bytes()) {
                return Err(attr_error(obj, name));
            }
        }
        inst.dict.set_ref(name, v);
        Ok(())
    }

    /// `delattr(obj, name)`
    pub fn delattr(&mut self, obj: &Value, name: &PyStr) -> PyResult<()> {
        match obj {
            Value::Instance(inst) => {
                if let Some(da) = inst.class().lookup_str("__delattr__") {
                    if !matches!(&da, Value::Builtin(b) if b.name == "object.__delattr__") {
                        let f = self.bind_descriptor(da, obj, &inst.class())?;
                        self.call(&f, vec![Value::Str(Arc::new(PyStr::new(name.as_bytes().to_vec())))])?;
                        return Ok(());
                    }
                }
                self.generic_delattr(obj, name)
            }
            Value::Class(c) if c.is_user && name.as_bytes() == b"__dict__" => {
                Err(PyErr::new(ExcKind::AttributeError, "attribute '__dict__' of 'type' objects is not writable"))
            }
            Value::Class(c) if c.is_user && matches!(name.as_bytes(), b"__bases__" | b"__mro__") => Err(PyErr::new(
                ExcKind::TypeError,
                match name.as_bytes() {
                    b"__bases__" => format!("can't delete {}.__bases__", c.name()),
                    _ => "readonly attribute".to_string(),
                },
            )),
            Value::Class(c) if c.is_user => match c.dict.remove_str(name) {
                Some(_) => {
                    crate::object::class::classes_changed();
                    Ok(())
                }
                None => Err(attr_error(obj, name)),
            },
            Value::Func(f) => super::funcattr::del_func_attr(f, name),
            Value::Other(o) => match &**o {
                Object::Module(m) => match m.dict.remove_str(name) {
                    Some(_) => Ok(()),
                    None => Err(attr_error(obj, name)),
                },
                Object::BoundMethod { .. } | Object::UnboundMethod { .. }
                    if matches!(name.as_bytes(), b"im_func" | b"im_self" | b"im_class" | b"__func__" | b"__self__") =>
                {
                    Err(PyErr::new(ExcKind::TypeError, "readonly attribute"))
                }
                _ => Err(attr_error(obj, name)),
            },
            _ => Err(attr_error(obj, name)),
        }
    }

    /// `object.__delattr__`
    pub fn generic_delattr(&mut self, obj: &Value, name: &PyStr) -> PyResult<()> {
        let Value::Instance(inst) = obj else { return Err(attr_error(obj, name)) };
        let cls_attr = inst.class().lookup(name);
        if let Some(a @ Value::Instance(_)) = &cls_attr {
            if self.user_descriptor_set(a, obj, None)? {
                return Ok(());
            }
        }
        if let Some(Value::Other(o)) = cls_attr {
            if let Object::Property { fdel, .. } = &*o {
                if fdel.is_none() {
                    return Err(PyErr::new(ExcKind::AttributeError, "can't delete attribute"));
                }
                self.call(fdel, vec![obj.clone()])?;
                return Ok(());
            }
        }
        if name.as_bytes() == b"__class__" {
            return super::reclass::set_class(inst, None);
        }
        if name.as_bytes() == b"__dict__" && inst.class().is_subclass(&types().module) {
            return Err(PyErr::new(ExcKind::TypeError, "readonly attribute"));
        }
        if name.as_bytes() == b"__dict__" && inst.class().slots.is_none() && inst.dict.get_str(name).is_none() {
            inst.dict.clear();
            return Ok(());
        }
        if inst.class().is_exception && name.as_bytes() == b"message" {
            // 2.7's setter: deleting always succeeds, and then it is gone.
            crate::object::exception::delete_message(inst);
            return Ok(());
        }
        match inst.dict.remove_str(name) {
            Some(_) => Ok(()),
            None => Err(PyErr::with_args(
                ExcKind::AttributeError,
                vec![Value::Str(Arc::new(PyStr::new(name.as_bytes().to_vec())))],
            )),
        }
    }
}

/// `inst.name = v` is a plain store into the instance's dict: no
/// `__setattr__`, descriptors or slots in the class, and not `__class__`.
#[inline]
pub(super) fn stores_in_dict(inst: &crate::object::Instance, name: &PyStr) -> bool {
    // The class's hooks fold in the tests that do not depend on the name.
    let hooks = inst.hooks();
    if hooks & HOOK_DICT_STORES == 0 {
        return hooks & (HOOK_SETATTR | HOOK_DESCRIPTOR | HOOK_SLOTS) == 0 && stores_in_dict_checked(inst, name);
    }
    name_stores_in_dict(inst, name)
}

/// `stores_in_dict` once the class has `HOOK_DICT_STORES`: the names that
/// still take the general path.
#[inline(always)]
pub(super) fn name_stores_in_dict(inst: &crate::object::Instance, name: &PyStr) -> bool {
    let n = name.as_bytes();
    // Cheapest tests first: this runs on every attribute store.
    if n.first() == Some(&b'_') && (n == b"__class__" || n == b"__dict__") {
        return false;
    }
    !(n == b"args" && inst.class().is_exception)
}

/// `stores_in_dict` for classes without `HOOK_DICT_STORES`: built-in
/// classes other than exceptions (their instances are subclasses' or have
/// no dict), or classes with hooks that change stores.
#[inline(never)]
fn stores_in_dict_checked(inst: &crate::object::Instance, name: &PyStr) -> bool {
    let cls = inst.class();
    if cls.hooks() & (HOOK_SETATTR | HOOK_DESCRIPTOR | HOOK_SLOTS) != 0 {
        return false;
    }
    let n = name.as_bytes();
    if n.first() == Some(&b'_') && (n == b"__class__" || n == b"__dict__") {
        return false;
    }
    if cls.is_exception && n == b"args" {
        return false;
    }
    // `object` and `bytearray` are the built-in classes whose instances
    // have no attribute dict; user classes never are.
    cls.is_user || !(Arc::ptr_eq(&cls, &types().object) || Arc::ptr_eq(&cls, &types().bytearray))
}

/// `inst.name = v` where `name` is one of the class's `__slots__` and the
/// class attribute is still that slot's member descriptor (no `__setattr__`):
/// what `generic_setattr` would do, without its checks.
#[inline]
pub(super) fn stores_in_slot(inst: &crate::object::Instance, name: &PyStr) -> bool {
    let hooks = inst.hooks();
    if hooks & HOOK_SLOTS == 0 {
        return false;
    }
    // The class's hooks say whether every slot is still a member descriptor:
    // then finding the name among the slots is enough (interned names
    // compare by address first).
    if hooks & HOOK_PLAIN_SLOTS != 0 && name.as_bytes() != b"__weakref__" {
        let cls = inst.class();
        let Some(slots) = &cls.slots else { return false };
        return slots.iter().any(|s| std::ptr::eq(s.as_bytes(), name.as_bytes()))
            || slots.iter().any(|s| s.as_bytes() == name.as_bytes());
    }
    stores_in_slot_checked(inst, name)
}

/// `stores_in_slot` without the class's summary: asks the MRO.
#[inline(never)]
fn stores_in_slot_checked(inst: &crate::object::Instance, name: &PyStr) -> bool {
    let Some(slots) = &inst.class().slots else { return false };
    inst.class().hooks() & HOOK_SETATTR == 0
        && !inst.class().is_exception
        && slots.iter().any(|s| s.as_bytes() == name.as_bytes())
        && inst.class().lookup(name).is_some_and(|a| crate::modules::descr::is_member(&a))
}

impl Vm {
    /// Attributes of a method that show through from its function, as
    /// 2.7's method_getattro falls back to the function: its dict entries
    /// (abc's `__isabstractmethod__`) and its `func_*`/`__code__` family
    /// (`method.__code__` in trace and inspect). The method's own slots
    /// (`__call__`, `__repr__`, ...) are looked up before this.
    fn method_func_attr(&mut self, func: &Value, name: &PyStr) -> PyResult<Option<Value>> {
        let Value::Func(f) = func else { return Ok(None) };
        if let Some(v) = f.dict.get_str(name) {
            return Ok(Some(v));
        }
        let b = name.as_bytes();
        let shows =
            b.starts_with(b"func_") || matches!(b, b"__code__" | b"__defaults__" | b"__globals__" | b"__closure__");
        if shows {
            return self.getattr(func, name).map(Some);
        }
        Ok(None)
    }
}
