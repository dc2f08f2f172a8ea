//! The `__builtin__` module: built-in functions, the constructors of the
//! built-in types, and the methods of `object`.

use crate::object::BoolBits;
use std::sync::Arc;

use num_bigint::BigInt;

use super::{check_args, def, int_arg, kwarg, method, str_arg};
use crate::object::class::{class_ref, isinstance, types, Class, Types};
use crate::object::exception::{exc_args, ExcKind};
use crate::object::function::{Builtin, KwArgs, NativeFn};
use crate::object::number::{self, as_i64};
use crate::object::number_methods;
use crate::object::{Dict, Object, PyErr, PyResult, PyStr, Set, Value};
use crate::vm::Vm;

fn type_error(msg: impl Into<String>) -> PyErr {
    PyErr::new(ExcKind::TypeError, msg)
}

/// A Python exception for an error message of `crate::text`.
pub fn text_error(msg: String) -> PyErr {
    let kind = match crate::text::error_kind(&msg) {
        "OverflowError" => ExcKind::OverflowError,
        // Bare, as CPython's PyErr_NoMemory: no args.
        "MemoryError" => return crate::object::alloc::memory_error(),
        _ => ExcKind::ValueError,
    };
    PyErr::with_args(kind, vec![Value::bytes(crate::text::error_bytes(&msg))])
}

/// `float.hex()`: `0x1.8000000000000p+0`.
fn float_hex(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf".into() } else { "-inf".into() };
    }
    let sign = if f.is_sign_negative() { "-" } else { "" };
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let mant = bits & ((1u64 << 52) - 1);
    if exp == 0 && mant == 0 {
        return format!("{}0x0.0p+0", sign);
    }
    let (lead, e) = if exp == 0 { (0, -1022) } else { (1, exp - 1023) };
    format!("{}0x{}.{:013x}p{}{}", sign, lead, mant, if e >= 0 { "+" } else { "-" }, e.abs())
}

/// Number of items of `xrange(start, stop, step)`.
pub fn range_len(start: i64, stop: i64, step: i64) -> i64 {
    if step > 0 && start < stop {
        ((stop as i128 - start as i128 - 1) / step as i128 + 1) as i64
    } else if step < 0 && start > stop {
        ((start as i128 - stop as i128 - 1) / (-step as i128) + 1) as i64
    } else {
        0
    }
}

/// `<__main__.A object at 0x...>` and the other default reprs.
pub fn default_repr(v: &Value) -> String {
    let addr = v.id();
    match v {
        Value::Func(f) => format!("<function {} at 0x{:x}>", f.name.lock().as_str(), addr),
        Value::Builtin(b) => match &b.bound {
            Some(s) => format!("<built-in method {} of {} object at 0x{:x}>", short(b.name), s.type_name(), s.id()),
            None => b.unbound_repr().unwrap_or_else(|| format!("<built-in function {}>", short(b.name))),
        },
        Value::Class(c) => {
            if c.is_user {
                let module = c
                    .dict
                    .get_str(&PyStr::from_str("__module__"))
                    .and_then(|m| m.as_str().map(|s| s.to_string_lossy()))
                    .unwrap_or_else(|| "__main__".into());
                if c.classic.load(std::sync::atomic::Ordering::Relaxed) && c.meta.is_none() {
                    return format!("<class {}.{} at 0x{:x}>", module, c.name(), addr);
                }
                format!("<class '{}.{}'>", module, c.name())
            } else if c.is_exception {
                format!("<type 'exceptions.{}'>", c.name())
            } else {
                format!("<type '{}'>", builtin_type_name(c))
            }
        }
        // A bare `object()` (a built-in class) has no module in its repr.
        Value::Instance(i) if !i.class().is_user => format!("<{} object at 0x{:x}>", i.class().name(), addr),
        Value::Instance(i) => {
            let module = i
                .class()
                .dict
                .get_str(&PyStr::from_str("__module__"))
                .and_then(|m| m.as_str().map(|s| s.to_string_lossy()))
                .unwrap_or_else(|| "__main__".into());
            let kind = if i.class().classic.load(std::sync::atomic::Ordering::Relaxed) { "instance" } else { "object" };
            format!("<{}.{} {} at 0x{:x}>", module, i.class().name(), kind, addr)
        }
        Value::Other(o) => match &**o {
            Object::Module(m) => match m.dict.get_str(&PyStr::from_str("__file__")) {
                Some(Value::Str(f)) => format!("<module '{}' from '{}'>", m.name.as_str(), f.as_str()),
                _ => format!("<module '{}' (built-in)>", m.name.as_str()),
            },
            Object::UnboundMethod { func, class } => {
                let fname = match func {
                    Value::Func(f) => f.name.lock().to_string_lossy(),
                    _ => "?".into(),
                };
                format!("<unbound method {}.{}>", class.name(), fname)
            }
            Object::BoundMethod { func: Value::Builtin(b), self_ } if b.bound_repr("", 0).is_some() => {
                b.bound_repr(&self_.type_name(), self_.id()).unwrap_or_default()
            }
            Object::BoundMethod { func, self_ } => {
                let fname = match func {
                    Value::Func(f) => f.name.lock().to_string_lossy(),
                    Value::Builtin(b) => short(b.name).to_string(),
                    _ => "?".into(),
                };
                let cls = match self_ {
                    Value::Class(c) => c.name(),
                    other => class_ref(other).name(),
                };
                format!("<bound method {}.{} of {}>", cls, fname, default_repr_short(self_))
            }
            Object::Generator(g) => format!("<generator object {} at 0x{:x}>", g.name, addr),
            Object::XRange { start, stop, step } => {
                // The stop shown is start + len * step, clamped to a C long.
                let end = *start as i128 + range_len(*start, *stop, *step) as i128 * *step as i128;
                let end = end.clamp(i64::MIN as i128, i64::MAX as i128) as i64;
                match (*start, *step) {
                    (0, 1) => format!("xrange({})", end),
                    (_, 1) => format!("xrange({}, {})", start, end),
                    _ => format!("xrange({}, {}, {})", start, end, step),
                }
            }
            Object::Slice { start, stop, step, .. } => format!(
                "slice({}, {}, {})",
                crate::vm::ops::const_repr(start),
                crate::vm::ops::const_repr(stop),
                crate::vm::ops::const_repr(step)
            ),
            Object::File(f) => format!("<open file '{}', mode '{}' at 0x{:x}>", f.name, f.mode, addr),
            Object::Native { class, .. } if class.name() == "NotImplementedType" => "NotImplemented".into(),
            Object::Native { class, .. } if Arc::ptr_eq(class, &types().ellipsis) => "Ellipsis".into(),
            Object::Native { class, .. } => format!("<{} object at 0x{:x}>", builtin_type_name(class), addr),
            _ => format!("<{} object at 0x{:x}>", v.type_name(), addr),
        },
        _ => format!("<{} object at 0x{:x}>", v.type_name(), addr),
    }
}

/// A built-in type's name, qualified by the `__module__` that native
/// modules give their own types (`zlib.Compress`, `_md5.md5`).
/// `type(name, bases, dict)` refuses bases that are all classic classes
/// (the `class` statement makes a classic class of those instead).
fn only_classic_bases(bases: &Value) -> PyResult<()> {
    let classic = |b: &Value| matches!(b, Value::Class(c) if c.classic.load(std::sync::atomic::Ordering::Relaxed));
    match bases {
        Value::Tuple(t) if !t.items.is_empty() && t.items.iter().all(classic) => {
            Err(type_error("a new-style class can't have only classic bases"))
        }
        _ => Ok(()),
    }
}

fn builtin_type_name(c: &crate::object::class::Class) -> String {
    match c.dict.get_str(&PyStr::from_str("__module__")) {
        Some(Value::Str(m)) if m.as_bytes() != b"__builtin__" => format!("{}.{}", m.as_str(), c.name()),
        _ => c.name(),
    }
}

fn default_repr_short(v: &Value) -> String {
    match v {
        Value::Instance(_) | Value::Class(_) => default_repr(v),
        _ => format!("<{} object at 0x{:x}>", v.type_name(), v.id()),
    }
}

fn short(name: &str) -> &str {
    name.rsplit('.').next().unwrap_or(name)
}

/// `object.__setattr__(str, ...)`: a type's attributes are set by type's
/// own `__setattr__` (which refuses built-in types), never object's.
fn refuse_type_receiver(v: &Value, what: &str) -> PyResult<()> {
    if matches!(v, Value::Class(_)) {
        return Err(type_error(format!("can't apply this {} to type object", what)));
    }
    Ok(())
}

/// The value an instance of a subclass of `base` wraps: `int(x)` may give a
/// long, but an int subclass's value must fit a machine int (as 2.7's).
pub fn subclass_value(vm: &mut Vm, base: &Arc<Class>, args: Vec<Value>, kw: &KwArgs) -> PyResult {
    let v = construct(vm, base, args, kw)?;
    if Arc::ptr_eq(base, &types().int) && matches!(v, Value::Long(_)) {
        return Err(PyErr::new(ExcKind::OverflowError, "Python int too large to convert to C long"));
    }
    Ok(v)
}

/// Calls a built-in type: `int("5")`, `list(x)`, `dict(a=1)`, ...
pub fn construct(vm: &mut Vm, cls: &Arc<Class>, args: Vec<Value>, kw: &KwArgs) -> PyResult {
    let t = types();
    let is = |c: &Arc<Class>| Arc::ptr_eq(cls, c);
    let mut args = args;
    if (is(&t.int) || is(&t.long)) && args.len() + kw.len() >= 2 {
        // With an explicit base, a str or unicode subclass parses as its text.
        if matches!(args.first(), Some(Value::Instance(_))) {
            let inner = crate::vm::ops::unwrap_base(&args[0]);
            if matches!(inner, Value::Str(_)) || crate::object::unicode::is_unicode(&inner) {
                args[0] = inner;
            }
        }
    }
    if is(&t.int) || is(&t.long) || is(&t.float) || is(&t.complex) {
        // Numbers parse unicode text with its digits and spaces made ASCII.
        if let Some(u) = args.first().and_then(crate::object::unicode::as_unicode) {
            args[0] = crate::object::unicode::decimal_text(u)?;
        }
    }
    let a = &args[..];
    if is(&t.int) || is(&t.long) {
        let long = is(&t.long);
        let name = if long { "long" } else { "int" };
        // The value may also come by name: int(x=1), int(x='12', base=16).
        if a.len() + kw.len() > 2 {
            return Err(type_error(format!("{}() takes at most 2 arguments ({} given)", name, a.len() + kw.len())));
        }
        let named = named_first_arg(a, kw, "x", &["base"])?;
        let args_with_x: Vec<Value>;
        let a = match named {
            Some(x) => {
                args_with_x = vec![x];
                &args_with_x[..]
            }
            None => a,
        };
        let base = match (a.get(1), kwarg(kw, "base")) {
            (Some(b), _) | (None, Some(b)) => Some(int_arg(b, name)?),
            _ => None,
        };
        check_args(name, a, 0, 2)?;
        let r = match (a.first(), base) {
            (None, Some(_)) => return Err(type_error(format!("{}() missing string argument", name))),
            (None, None) => Value::Int(0),
            (Some(Value::Str(s)), b) => {
                let n = crate::text::parse_int(s.as_bytes(), b, long).map_err(text_error)?;
                if long {
                    Value::long(n)
                } else {
                    Value::from_bigint(n)
                }
            }
            (Some(_), Some(_)) => {
                return Err(type_error(format!("{}() can't convert non-string with explicit base", name)))
            }
            (Some(v), None) => match number::to_int(v)? {
                Some(i) => i,
                None => match super::int_convert::via_methods(vm, v, long)? {
                    Some(r) => r,
                    None => {
                        let inner = crate::vm::ops::unwrap_base(v);
                        if !inner.is(v) {
                            return construct(vm, cls, vec![inner], kw);
                        }
                        if crate::object::complex::is_complex(v) {
                            return Err(type_error(format!("can't convert complex to {}", name)));
                        }
                        return Err(type_error(format!(
                            "{}() argument must be a string or a number, not '{}'",
                            name,
                            v.type_name()
                        )));
                    }
                },
            },
        };
        if long {
            return Ok(match r {
                Value::Int(i) => Value::long(BigInt::from(i)),
                other => other,
            });
        }
        return Ok(r);
    }
    if is(&t.float) {
        let x = sole_arg("float", a, kw, "x")?;
        return Ok(match x.as_ref() {
            None => Value::float(0.0),
            Some(Value::Str(s)) => Value::float(crate::text::parse_float(s.as_bytes()).map_err(text_error)?),
            Some(v) => match number::Num::of(v) {
                Some(n) => Value::float(n.to_f64()?),
                None => match vm.call_dunder(v, "__float__", vec![])? {
                    Some(r) => super::builtins_extra::checked_conversion(r, "__float__")?,
                    None => {
                        let inner = crate::vm::ops::unwrap_base(v);
                        if !inner.is(v) {
                            return construct(vm, cls, vec![inner], kw);
                        }
                        if crate::object::complex::is_complex(v) {
                            return Err(type_error("can't convert complex to float"));
                        }
                        if super::builtins_extra::is_byte_buffer(v) {
                            let text = vm.to_str(v)?;
                            return Ok(Value::float(crate::text::parse_float(text.as_bytes()).map_err(text_error)?));
                        }
                        return Err(super::int_convert::no_float(v));
                    }
                },
            },
        });
    }
    if is(&t.complex) {
        return crate::object::complex_methods::construct(vm, cls, a, kw);
    }
    if is(&t.bool_) {
        let x = sole_arg("bool", a, kw, "x")?;
        return Ok(Value::Bool(match x.as_ref() {
            Some(v) => BoolBits::new(vm.truthy(v)?),
            None => BoolBits::FALSE,
        }));
    }
    if is(&t.unicode) {
        return crate::object::unicode_methods::construct(vm, a, kw);
    }
    if is(&t.str_) {
        let object = sole_arg("str", a, kw, "object")?;
        return Ok(match object.as_ref() {
            // A str subclass's instance that __str__ returned comes back as
            // it is (2.7's PyObject_Str does not convert it).
            Some(v @ Value::Instance(i)) if has_own_str(i) => match vm.call_dunder(v, "__str__", vec![])? {
                Some(r @ Value::Instance(_)) if matches!(crate::vm::ops::unwrap_base(&r), Value::Str(_)) => r,
                Some(r @ Value::Str(_)) => r,
                Some(r) if crate::object::unicode::is_unicode(&r) => Value::Str(vm.to_str(&r)?),
                Some(r) => {
                    return Err(type_error(format!("__str__ returned non-string (type {})", r.type_name())));
                }
                None => Value::Str(vm.to_str(v)?),
            },
            Some(v) => Value::Str(vm.to_str(v)?),
            None => Value::str(""),
        });
    }
    if is(&t.list) {
        let sequence = sole_arg("list", a, kw, "sequence")?;
        return Ok(Value::list(match sequence.as_ref() {
            Some(v) => vm.to_vec_hinted(v)?,
            None => vec![],
        }));
    }
    if is(&t.tuple) {
        let sequence = sole_arg("tuple", a, kw, "sequence")?;
        return Ok(match sequence.as_ref() {
            Some(Value::Tuple(t)) => Value::Tuple(t.clone()),
            Some(v) => Value::tuple(vm.to_vec_hinted(v)?),
            None => Value::tuple(vec![]),
        });
    }
    if is(&t.dict) {
        let d = Arc::new(Dict::new());
        crate::object::dict_methods::update(vm, &d, a, kw)?;
        crate::vm::collector::track_dict(&d);
        return Ok(Value::Dict(d));
    }
    if is(&t.set) || is(&t.frozenset) {
        let frozen = is(&t.frozenset);
        let name = if frozen { "frozenset" } else { "set" };
        if !kw.is_empty() {
            return Err(type_error(format!("{}() does not take keyword arguments", name)));
        }
        check_args(name, a, 0, 1)?;
        if let (true, Some(Value::Set(s))) = (frozen, a.first()) {
            if s.frozen {
                return Ok(a[0].clone());
            }
        }
        // A plain dict or set: 2.7's merge (stored hashes kept, its order).
        if let Some(src @ (Value::Dict(_) | Value::Set(_))) = a.first() {
            if frozen && vm.len(src)? == 0 {
                return Ok(crate::modules::builtins_more::empty_frozenset());
            }
            let s = Set::new(frozen);
            crate::object::set_methods::add_all(vm, &s, src)?;
            return Ok(Value::Set(Arc::new(s)));
        }
        let items = a.first().map(|v| vm.to_vec(v)).transpose()?.unwrap_or_default();
        if frozen && items.is_empty() {
            return Ok(crate::modules::builtins_more::empty_frozenset());
        }
        return Ok(Value::Set(Arc::new(Set::from_values(vm, frozen, items)?)));
    }
    if is(&t.object) {
        if !a.is_empty() || !kw.is_empty() {
            return Err(type_error("object() takes no parameters"));
        }
        return Ok(Value::Instance(Arc::new(crate::object::Instance::new(t.object.clone(), Value::None))));
    }
    if is(&t.type_) {
        if !kw.is_empty() {
            // type.__init__ sees the three values however they were passed.
            let msg = if a.len() + kw.len() == 3 {
                "type.__init__() takes no keyword arguments"
            } else {
                "type() takes 1 or 3 arguments"
            };
            return Err(type_error(msg));
        }
        return match a.len() {
            1 => Ok(Value::Class(class_ref(&a[0]).into_owned())),
            3 => {
                super::type_args::check_type_args(&a[1], &a[2])?;
                if !matches!(&a[0], Value::Str(_)) {
                    let msg = format!("type() argument 1 must be string, not {}", a[0].type_name());
                    return Err(type_error(msg));
                }
                only_classic_bases(&a[1])?;
                vm.type_call(a[0].clone(), a[1].clone(), a[2].clone())
            }
            _ => Err(type_error("type() takes 1 or 3 arguments")),
        };
    }
    if !kw.is_empty() && (is(&t.reversed) || is(&t.xrange) || is(&t.slice)) {
        return Err(type_error(format!("{}() does not take keyword arguments", cls.name())));
    }
    if is(&t.enumerate) {
        return super::builtins_iter::enumerate(vm, a, kw);
    }
    if is(&t.reversed) {
        return super::builtins_iter::reversed(vm, a);
    }
    if is(&t.xrange) {
        return super::builtins_extra::xrange_new(vm, a);
    }
    if is(&t.property) {
        if a.len() + kw.len() > 4 {
            return Err(type_error(format!("property() takes at most 4 arguments ({} given)", a.len() + kw.len())));
        }
        let get = |i: usize, name: &str| a.get(i).cloned().or_else(|| kwarg(kw, name).cloned()).unwrap_or(Value::None);
        return Ok(super::builtins_extra::new_property(
            vm,
            get(0, "fget"),
            get(1, "fset"),
            get(2, "fdel"),
            get(3, "doc"),
        ));
    }
    if is(&t.staticmethod) {
        if !kw.is_empty() {
            return Err(type_error("staticmethod does not take keyword arguments"));
        }
        unpack_one("staticmethod", a)?;
        return Ok(Value::other(Object::StaticMethod(a[0].clone())));
    }
    if is(&t.classmethod) {
        if !kw.is_empty() {
            return Err(type_error("classmethod does not take keyword arguments"));
        }
        unpack_one("classmethod", a)?;
        return Ok(Value::other(Object::ClassMethod(a[0].clone())));
    }
    if is(&t.super_) {
        if !kw.is_empty() {
            return Err(type_error("super does not take keyword arguments"));
        }
        super::arity::tuple_args("super", a, 1, 2)?;
        let Value::Class(c) = &a[0] else {
            return Err(type_error("super() argument 1 must be type, not ".to_string() + &a[0].type_name()));
        };
        let obj = a.get(1).cloned().unwrap_or(Value::None);
        let fits = match &obj {
            Value::None => a.len() == 1,
            Value::Class(oc) => oc.is_subclass(c) || crate::object::class::isinstance(&obj, c),
            other => {
                crate::object::class::isinstance(other, c)
                    // A proxy whose `__class__` claims the type (2.7's supercheck).
                    || matches!(vm.getattr(other, &PyStr::from_str("__class__")), Ok(Value::Class(k)) if k.is_subclass(c))
            }
        };
        if !fits {
            return Err(type_error("super(type, obj): obj must be an instance or subtype of type"));
        }
        return Ok(Value::other(Object::Super { cls: c.clone(), obj }));
    }
    if is(&t.slice) {
        check_args("slice", a, 1, 3)?;
        let (start, stop, step) = match a.len() {
            1 => (Value::None, a[0].clone(), Value::None),
            2 => (a[0].clone(), a[1].clone(), Value::None),
            _ => (a[0].clone(), a[1].clone(), a[2].clone()),
        };
        return Ok(Value::other(Object::Slice { start, stop, step, simple: false }));
    }
    if is(&t.file) {
        return super::file::builtin_open(vm, a, kw);
    }
    if is(&t.module) {
        return super::builtins_extra::new_module(a, kw);
    }
    if let Some(v) = super::descr::construct(vm, cls, a, kw)? {
        return Ok(v);
    }
    if let Some(v) = super::mmap::construct(vm, cls, a, kw)? {
        return Ok(v);
    }
    if is(&t.basestring) {
        return Err(type_error("The basestring type cannot be instantiated"));
    }
    Err(type_error(format!("cannot create '{}' instances", cls.name())))
}

pub(crate) fn range_args(a: &[Value], name: &str) -> PyResult<(i64, i64, i64)> {
    let xrange = name == "xrange";
    if xrange && !(1..=3).contains(&a.len()) {
        return Err(type_error("xrange() requires 1-3 int arguments"));
    }
    check_args(name, a, 1, 3)?;
    let get = |v: &Value, what: &str| -> PyResult<i64> {
        // Subclasses of int take part with their value.
        let value = crate::vm::ops::unwrap_base(v);
        match &value {
            Value::Float(_) if xrange => Err(type_error("integer argument expected, got float")),
            Value::Long(_) if xrange && as_i64(&value).is_none() => {
                Err(PyErr::new(ExcKind::OverflowError, "Python int too large to convert to C long"))
            }
            v if crate::object::complex::is_complex(v) => Err(type_error("can't convert complex to int")),
            Value::Float(_) => Err(type_error(format!("range() integer {} argument expected, got float.", what))),
            _ => as_i64(&value).ok_or_else(|| {
                if xrange {
                    type_error("an integer is required")
                } else {
                    type_error(format!("range() integer {} argument expected, got {}.", what, v.type_name()))
                }
            }),
        }
    };
    let (start, stop, step) = match a.len() {
        1 => (0, get(&a[0], "end")?, 1),
        2 => (get(&a[0], "start")?, get(&a[1], "end")?, 1),
        _ => (get(&a[0], "start")?, get(&a[1], "end")?, get(&a[2], "step")?),
    };
    if step == 0 {
        return Err(PyErr::new(
            ExcKind::ValueError,
            if xrange { "xrange() arg 3 must not be zero" } else { "range() step argument must not be zero" },
        ));
    }
    Ok((start, stop, step))
}

/// Methods of `object` and of the exception base class.
pub fn install_object_methods(t: &Types) {
    let o = &t.object;
    method(o, "object.__init__", |vm, a, kw| {
        if let Some(obj) = a.first() {
            super::descr::object_excess_args(vm, &class_ref(obj), a.len() > 1 || !kw.is_empty(), false)?;
        }
        Ok(Value::None)
    });
    // The default answer of abc's subclass hook: no opinion.
    let hook = crate::object::Builtin::new("object.__subclasshook__", |_, _, _| Ok(crate::vm::ops::not_implemented()));
    o.dict.set_str("__subclasshook__", Value::other(crate::object::Object::ClassMethod(hook)));
    super::object_reduce::install(o);
    super::dir_names::install_sizeof(o);
    method(o, "object.__new__", |vm, a, kw| {
        let Some(Value::Class(c)) = a.first() else {
            let got = a.first().map(|v| v.type_name()).unwrap_or_else(|| "NULL".into());
            return Err(type_error(format!("object.__new__(X): X is not a type object ({})", got)));
        };
        super::descr::check_object_new(c)?;
        super::descr::object_excess_args(vm, c, a.len() > 1 || !kw.is_empty(), true)?;
        vm.new_instance(c, &a[1..], kw)
    });
    method(o, "object.__setattr__", |vm, a, _| {
        super::arity::named_slot_args("__setattr__", a, 2)?;
        refuse_type_receiver(&a[0], "__setattr__")?;
        let name = attr_name_arg(&a[1], None)?;
        vm.generic_setattr(&a[0], &name, a[2].clone())?;
        Ok(Value::None)
    });
    method(o, "object.__delattr__", |vm, a, _| {
        super::arity::slot_args(a, 1)?;
        refuse_type_receiver(&a[0], "__delattr__")?;
        let name = attr_name_arg(&a[1], None)?;
        vm.generic_delattr(&a[0], &name)?;
        Ok(Value::None)
    });
    method(o, "object.__getattribute__", |vm, a, _| {
        // A slot wrapper's count check ("expected 1 arguments, got 0").
        if a.is_empty() {
            return Err(type_error("descriptor '__getattribute__' of 'object' object needs an argument"));
        }
        super::arity::slot_args(a, 1)?;
        let name = attr_name_arg(&a[1], None)?;
        match &a[0] {
            Value::Instance(i) => {
                let i = i.clone();
                vm.instance_getattr(&a[0], &i, &name)
            }
            other => vm.getattr(other, &name),
        }
    });
    method(o, "object.__repr__", |_, a, _| Ok(Value::str(&default_repr(&a[0]))));
    method(o, "object.__str__", |vm, a, _| {
        super::arity::slot_args(a, 0)?;
        Ok(Value::Str(vm.repr(&a[0])?))
    });
    method(o, "object.__hash__", |_, a, _| Ok(Value::Int(a[0].id() >> 4)));

    // `int.__new__(cls, ...)`, `tuple.__new__(cls, ...)`: the built-in value,
    // wrapped in an instance when `cls` is a subclass.
    for cls in [&t.int, &t.long, &t.float, &t.str_, &t.unicode, &t.tuple, &t.list, &t.dict, &t.set, &t.frozenset] {
        let name: &'static str = match cls.name().as_str() {
            "int" => "int.__new__",
            "long" => "long.__new__",
            "float" => "float.__new__",
            "str" => "str.__new__",
            "unicode" => "unicode.__new__",
            "tuple" => "tuple.__new__",
            "list" => "list.__new__",
            "dict" => "dict.__new__",
            "set" => "set.__new__",
            _ => "frozenset.__new__",
        };
        method(cls, name, |vm, a, kw| {
            let Some(Value::Class(c)) = a.first() else { return Err(type_error("__new__(X): X is not a type object")) };
            let t = types();
            let base =
                [&t.int, &t.long, &t.float, &t.str_, &t.unicode, &t.tuple, &t.list, &t.dict, &t.set, &t.frozenset]
                    .into_iter()
                    .find(|b| c.is_subclass(b))
                    .cloned()
                    .ok_or_else(|| super::descr::not_subtype(c))?;
            if Arc::ptr_eq(c, &base) {
                return construct(vm, &base, a[1..].to_vec(), kw);
            }
            let v = subclass_value(vm, &base, a[1..].to_vec(), kw)?;
            Ok(Value::Instance(Arc::new(crate::object::Instance::new(c.clone(), v))))
        });
    }

    method(&t.property, "property.getter", |vm, a, _| super::builtins_extra::property_with(vm, a, 0));
    method(&t.property, "property.setter", |vm, a, _| super::builtins_extra::property_with(vm, a, 1));
    method(&t.property, "property.deleter", |vm, a, _| super::builtins_extra::property_with(vm, a, 2));
    method(&t.slice, "slice.indices", |vm, a, _| {
        check_args("indices", a, 2, 2)?;
        super::builtins_more::slice_indices_method(vm, &a[0], &a[1])
    });
    for cls in [&t.int, &t.long, &t.bool_] {
        let (bl, conj): (&'static str, &'static str) = match cls.name().as_str() {
            "int" => ("int.bit_length", "int.conjugate"),
            "long" => ("long.bit_length", "long.conjugate"),
            _ => ("bool.bit_length", "bool.conjugate"),
        };
        // Unbound calls without a receiver (`int.bit_length()`) raise instead of indexing a[0].
        let (bl_fn, conj_fn): (NativeFn, NativeFn) = if cls.name().as_str() == "long" {
            (|_, a, _| number_methods::bit_length(a, "long"), |_, a, _| number_methods::conjugate(a, "long"))
        } else {
            (|_, a, _| number_methods::bit_length(a, "int"), |_, a, _| number_methods::conjugate(a, "int"))
        };
        method(cls, bl, bl_fn);
        method(cls, conj, conj_fn);
    }
    method(&t.float, "float.is_integer", |_, a, _| match a.first() {
        Some(Value::Float(f)) => Ok(Value::bool(f.get().is_finite() && f.get().fract() == 0.0)),
        _ => Err(type_error("descriptor 'is_integer' requires a 'float' object")),
    });
    method(&t.float, "float.conjugate", |_, a, _| Ok(a.first().cloned().unwrap_or(Value::None)));
    method(&t.float, "float.as_integer_ratio", |_, a, _| {
        let Some(Value::Float(f)) = a.first() else { return Err(type_error("descriptor requires a 'float' object")) };
        if f.get().is_nan() {
            return Err(PyErr::new(ExcKind::ValueError, "Cannot pass NaN to float.as_integer_ratio."));
        }
        if f.get().is_infinite() {
            return Err(PyErr::new(ExcKind::OverflowError, "Cannot pass infinity to float.as_integer_ratio."));
        }
        // f = mantissa * 2**exp exactly; reduce the power of two.
        let bits = f.get().to_bits();
        let exp_bits = ((bits >> 52) & 0x7ff) as i64;
        let mut mant = (bits & ((1u64 << 52) - 1)) as i64;
        let mut exp = if exp_bits == 0 { -1074 } else { exp_bits - 1075 };
        if exp_bits != 0 {
            mant |= 1 << 52;
        }
        if mant == 0 {
            return Ok(Value::tuple(vec![Value::Int(0), Value::Int(1)]));
        }
        while mant & 1 == 0 && exp < 0 {
            mant >>= 1;
            exp += 1;
        }
        let mut num = BigInt::from(mant);
        let mut den = BigInt::from(1);
        if exp > 0 {
            num <<= exp as usize;
        } else {
            den <<= (-exp) as usize;
        }
        if f.get() < 0.0 {
            num = -num;
        }
        Ok(Value::tuple(vec![Value::from_bigint(num), Value::from_bigint(den)]))
    });
    method(&t.float, "float.hex", |_, a, _| {
        let Some(Value::Float(f)) = a.first() else { return Err(type_error("descriptor requires a 'float' object")) };
        Ok(Value::str(&float_hex(f.get())))
    });
    method(&t.float, "float.fromhex", |_, a, _| {
        let s = match a.last().map(|v| (v, crate::object::unicode::as_unicode(v))) {
            // unicode goes through the default encoding (ASCII).
            Some((_, Some(u))) => {
                Arc::new(PyStr::new(crate::object::unicode::encode(u.as_bytes(), b"ascii", b"strict")?))
            }
            v => v
                .and_then(|(v, _)| v.as_str().cloned())
                .ok_or_else(|| type_error("fromhex() argument must be a string"))?,
        };
        match super::float_bits::fromhex(s.as_bytes()) {
            Ok(v) => Ok(Value::float(v)),
            Err(super::float_bits::HexError::Invalid) => {
                Err(PyErr::new(ExcKind::ValueError, "invalid hexadecimal floating-point string"))
            }
            Err(super::float_bits::HexError::TooLarge) => {
                Err(PyErr::new(ExcKind::OverflowError, "hexadecimal value too large to represent as a float"))
            }
        }
    });
    // The default order from the current bases, even for a class whose
    // metaclass's `mro()` chose another (which calls this one).
    method(&t.type_, "type.mro", |_, a, _| match a.first() {
        Some(Value::Class(c)) if c.is_user => {
            let mut v = vec![c.clone()];
            v.extend(Class::mro_for(&c.bases(), c.meta.is_some())?);
            Ok(Value::list(v.into_iter().map(Value::Class).collect()))
        }
        Some(Value::Class(c)) => Ok(Value::list(c.mro_with_self().into_iter().map(Value::Class).collect())),
        _ => Err(type_error("descriptor 'mro' requires a 'type' object")),
    });
    // 2.7's type_richcompare: classes compare as the interpreter compares
    // them (`A.__eq__` exists, as collections' ABCs read it); anything else
    // is NotImplemented.
    fn type_cmp(vm: &mut Vm, a: &[Value], op: crate::syntax::ast::CmpOp, name: &str) -> PyResult {
        match a.first() {
            Some(Value::Class(_)) => {}
            Some(v) => {
                return Err(type_error(format!(
                    "descriptor '{}' requires a 'type' object but received a '{}'",
                    name,
                    v.type_name()
                )))
            }
            None => return Err(type_error(format!("descriptor '{}' of 'type' object needs an argument", name))),
        }
        if a.len() != 2 {
            return Err(type_error(format!("expected 1 arguments, got {}", a.len() - 1)));
        }
        if !matches!(a[1], Value::Class(_)) {
            return Ok(crate::vm::ops::not_implemented());
        }
        vm.compare(op, &a[0], &a[1])
    }
    {
        use crate::syntax::ast::CmpOp;
        method(&t.type_, "type.__eq__", |vm, a, _| type_cmp(vm, a, CmpOp::Eq, "__eq__"));
        method(&t.type_, "type.__ne__", |vm, a, _| type_cmp(vm, a, CmpOp::NotEq, "__ne__"));
        method(&t.type_, "type.__lt__", |vm, a, _| type_cmp(vm, a, CmpOp::Lt, "__lt__"));
        method(&t.type_, "type.__le__", |vm, a, _| type_cmp(vm, a, CmpOp::LtE, "__le__"));
        method(&t.type_, "type.__gt__", |vm, a, _| type_cmp(vm, a, CmpOp::Gt, "__gt__"));
        method(&t.type_, "type.__ge__", |vm, a, _| type_cmp(vm, a, CmpOp::GtE, "__ge__"));
    }
    method(&t.type_, "type.__subclasses__", |_, a, _| Ok(Value::list(crate::vm::reclass::subclasses(a.first()))));
    method(&t.type_, "type.__new__", |vm, a, kw| match &super::type_args::type_new_args(a, kw)?[..] {
        [Value::Class(m), name, bases, dict] if m.is_subclass(&types().type_) => {
            only_classic_bases(bases)?;
            vm.type_new(&m.clone(), name.clone(), bases.clone(), dict.clone())
        }
        [Value::Class(m), _] if m.is_subclass(&types().type_) => Ok(Value::Class(class_ref(&a[1]).into_owned())),
        [Value::Class(_), ..] => Err(type_error("type() takes 1 or 3 arguments")),
        _ => Err(type_error("type.__new__(X): X is not a type object")),
    });
    method(&t.type_, "type.__init__", |_, _, _| Ok(Value::None));
    method(&t.type_, "type.__call__", |vm, a, kw| match a.first() {
        Some(Value::Class(c)) => {
            let c = c.clone();
            vm.construct_instance(&c, a[1..].to_vec(), kw)
        }
        _ => Err(type_error("descriptor '__call__' requires a 'type' object")),
    });

    fn gen_of(v: &Value) -> PyResult<&crate::object::iter::Generator> {
        match v.as_object() {
            Some(Object::Generator(g)) => Ok(g),
            _ => Err(type_error("descriptor requires a 'generator' object")),
        }
    }
    let stop = || PyErr::with_args(ExcKind::StopIteration, vec![]);
    let _ = stop;
    method(&t.generator, "generator.next", |vm, a, _| {
        check_args("next", a, 1, 1)?;
        match gen_of(&a[0])?.resume(vm, Value::None, None)? {
            Some(v) => Ok(v),
            None => Err(PyErr::with_args(ExcKind::StopIteration, vec![])),
        }
    });
    method(&t.generator, "generator.send", |vm, a, _| {
        check_args("send", a, 2, 2)?;
        match gen_of(&a[0])?.resume(vm, a[1].clone(), None)? {
            Some(v) => Ok(v),
            None => Err(PyErr::with_args(ExcKind::StopIteration, vec![])),
        }
    });
    method(&t.generator, "generator.throw", |vm, a, _| {
        check_args("throw", &a[a.len().min(1)..], 1, 3)?;
        // gen_throw words its refusal differently from the raise statement.
        if !matches!(&a[1], Value::Class(c) if c.is_exception)
            && !matches!(&a[1], Value::Instance(i) if i.class().is_exception)
        {
            return Err(type_error(format!("exceptions must be classes, or instances, not {}", a[1].type_name())));
        }
        if a.get(3).is_some_and(|tb| !tb.is_none() && tb.native::<super::traceback::TbData>().is_none()) {
            return Err(type_error("throw() third argument must be a traceback object"));
        }
        let exc = vm.exception_from(a[1].clone(), a.get(2).cloned())?;
        match gen_of(&a[0])?.resume(vm, Value::None, Some(PyErr::from_value(exc)))? {
            Some(v) => Ok(v),
            None => Err(PyErr::with_args(ExcKind::StopIteration, vec![])),
        }
    });
    method(&t.generator, "generator.close", |vm, a, _| {
        check_args("close", a, 1, 1)?;
        gen_of(&a[0])?.close(vm)?;
        Ok(Value::None)
    });
    method(&t.generator, "generator.__iter__", |_, a, _| Ok(a[0].clone()));
    method(&t.iterator, "iterator.next", |vm, a, _| {
        check_args("next", a, 1, 1)?;
        match vm.next(&a[0])? {
            Some(v) => Ok(v),
            None => Err(PyErr::with_args(ExcKind::StopIteration, vec![])),
        }
    });
    method(&t.iterator, "iterator.__iter__", |_, a, _| Ok(a[0].clone()));
    super::builtins_iter::install(t);
    method(&t.function, "function.__call__", |vm, a, kw| {
        if a.is_empty() {
            return Err(type_error("descriptor '__call__' of 'function' object needs an argument"));
        }
        vm.call_kw(&a[0], a[1..].to_vec(), kw)
    });
    method(&t.builtin_function, "builtin_function_or_method.__call__", |vm, a, kw| {
        if a.is_empty() {
            return Err(type_error("descriptor '__call__' of 'builtin_function_or_method' object needs an argument"));
        }
        vm.call_kw(&a[0], a[1..].to_vec(), kw)
    });
    method(&t.method, "instancemethod.__call__", |vm, a, kw| {
        if a.is_empty() {
            return Err(type_error("descriptor '__call__' needs an argument"));
        }
        vm.call_kw(&a[0], a[1..].to_vec(), kw)
    });

    let be = &t.exceptions[ExcKind::BaseException as usize];
    method(be, "BaseException.__init__", |_, a, kw| {
        if let Some(Value::Instance(i)) = a.first().filter(|_| !kw.is_empty()) {
            let prefix = if i.class().is_user { "" } else { "exceptions." };
            return Err(type_error(format!("{}{} does not take keyword arguments", prefix, i.class().name())));
        }
        if let Some(Value::Instance(i)) = a.first() {
            crate::object::exception::init_args(&i.class(), &i.dict, a[1..].to_vec())?;
        }
        Ok(Value::None)
    });
    method(be, "BaseException.__str__", |vm, a, _| {
        let args = exc_args(&a[0]);
        if let Value::Instance(i) = &a[0] {
            if isinstance(&a[0], ExcKind::EnvironmentError.class()) && args.len() == 2 {
                let get = |k: &str| i.dict.get_str(&PyStr::from_str(k)).unwrap_or(Value::None);
                let (errno, strerror, filename) = (get("errno"), get("strerror"), get("filename"));
                let e = vm.to_str(&errno)?.to_string_lossy();
                let s = vm.to_str(&strerror)?.to_string_lossy();
                let text = if filename.is_none() {
                    format!("[Errno {}] {}", e, s)
                } else {
                    format!("[Errno {}] {}: {}", e, s, vm.repr(&filename)?.to_string_lossy())
                };
                return Ok(Value::str(&text));
            }
        }
        if let Value::Instance(i) = &a[0] {
            if isinstance(&a[0], ExcKind::SyntaxError.class()) {
                // As CPython: str(msg) (even None) when there is no location.
                return Ok(match crate::object::exception::syntax_error_location(&i.dict) {
                    Some((msg, place)) => Value::str(&format!("{} ({})", vm.to_str(&msg)?.to_string_lossy(), place)),
                    None => {
                        let msg = i.dict.get_str(&PyStr::from_str("msg")).unwrap_or(Value::None);
                        Value::Str(vm.to_str(&msg)?)
                    }
                });
            }
        }
        if let Value::Instance(i) = &a[0] {
            if isinstance(&a[0], ExcKind::UnicodeError.class()) {
                if let Some(text) = crate::object::exception::unicode_error_text(&i.class(), &i.dict) {
                    return Ok(Value::str(&text));
                }
            }
        }
        let is_key = isinstance(&a[0], ExcKind::KeyError.class());
        Ok(match args.len() {
            0 => Value::str(""),
            1 if is_key => Value::Str(vm.repr(&args[0])?),
            1 => Value::Str(vm.to_str(&args[0])?),
            _ => Value::Str(vm.repr(&Value::tuple(args))?),
        })
    });
    method(be, "BaseException.__repr__", |vm, a, _| {
        let args = exc_args(&a[0]);
        let r = vm.repr(&Value::tuple(args.clone()))?;
        // The short name: 2.7 cuts `exceptions.` off the type's tp_name.
        let name = class_ref(&a[0]).name();
        let body = r.to_string_lossy();
        Ok(Value::str(&format!("{}{}", name, body)))
    });
    method(be, "BaseException.__getitem__", |vm, a, _| {
        check_args("__getitem__", a, 2, 2)?;
        vm.getitem(&Value::tuple(exc_args(&a[0])), &a[1])
    });
}

/// Fills the `__builtin__` namespace.
pub fn init(b: &Dict) {
    let t = types();
    for (name, cls) in [
        ("object", &t.object),
        ("type", &t.type_),
        ("int", &t.int),
        ("long", &t.long),
        ("float", &t.float),
        ("complex", &t.complex),
        ("bool", &t.bool_),
        ("str", &t.str_),
        ("unicode", &t.unicode),
        ("basestring", &t.basestring),
        ("bytes", &t.str_),
        ("tuple", &t.tuple),
        ("list", &t.list),
        ("dict", &t.dict),
        ("set", &t.set),
        ("frozenset", &t.frozenset),
        ("xrange", &t.xrange),
        ("property", &t.property),
        ("staticmethod", &t.staticmethod),
        ("classmethod", &t.classmethod),
        ("super", &t.super_),
        ("slice", &t.slice),
        ("file", &t.file),
        ("enumerate", &t.enumerate),
        ("reversed", &t.reversed),
    ] {
        b.set_str(name, Value::Class(cls.clone()));
    }
    for (kind, name) in ExcKind::all() {
        b.set_str(name, Value::Class(kind.class().clone()));
    }
    b.set_str("None", Value::None);
    b.set_str("True", Value::Bool(BoolBits::TRUE));
    b.set_str("False", Value::Bool(BoolBits::FALSE));
    b.set_str("NotImplemented", crate::vm::ops::not_implemented());
    b.set_str("Ellipsis", crate::vm::ops::ellipsis());
    b.set_str("__debug__", Value::Bool(BoolBits::TRUE));
    super::builtins_extra::init(b);
    super::builtins_more::init(b);
    // Called through the eval loop, these see the calling frame; called from
    // native code they get the fallback.
    b.set_str("locals", Builtin::with_frame("locals", |_, a, kw| frame_builtin_fallback("locals", a, kw)));
    b.set_str("globals", Builtin::with_frame("globals", |_, a, kw| frame_builtin_fallback("globals", a, kw)));
    b.set_str("dir", Builtin::with_frame("dir", super::dir_names::builtin_dir));
    b.set_str("vars", Builtin::with_frame("vars", builtin_vars));
    def(b, "open", super::file::builtin_open);
    def_nokw!(b, "len", |vm, a, _| {
        check_args("len", a, 1, 1)?;
        Ok(Value::Int(vm.len(&a[0])? as i64))
    });
    def_nokw!(b, "repr", |vm, a, _| {
        check_args("repr", a, 1, 1)?;
        Ok(Value::Str(vm.repr(&a[0])?))
    });
    def_nokw!(b, "abs", |vm, a, _| {
        check_args("abs", a, 1, 1)?;
        if let Some(r) = number::abs(&a[0]) {
            return r;
        }
        if let Some(c) = crate::object::complex::as_complex(&a[0]) {
            return Ok(Value::float(crate::object::complex_methods::abs(c)?));
        }
        match vm.call_dunder(&a[0], "__abs__", vec![])? {
            Some(r) => Ok(r),
            None => Err(type_error(format!("bad operand type for abs(): '{}'", a[0].type_name()))),
        }
    });
    def_nokw!(b, "id", |_, a, _| {
        check_args("id", a, 1, 1)?;
        Ok(Value::Int(a[0].id()))
    });
    def_nokw!(b, "hash", |vm, a, _| {
        check_args("hash", a, 1, 1)?;
        Ok(Value::Int(vm.hash(&a[0])?))
    });
    def_nokw!(b, "callable", |_, a, _| {
        check_args("callable", a, 1, 1)?;
        Ok(Value::bool(match &a[0] {
            Value::Func(_) | Value::Builtin(_) | Value::Class(_) => true,
            // A classic instance also finds `__call__` in its own dict.
            Value::Instance(i) => {
                i.class().lookup_str("__call__").is_some()
                    || (i.class().classic.load(std::sync::atomic::Ordering::Relaxed)
                        && i.dict.get_str(&PyStr::from_str("__call__")).is_some())
            }
            Value::Other(o) => matches!(&**o, Object::BoundMethod { .. } | Object::UnboundMethod { .. }),
            _ => false,
        }))
    });
    def_nokw!(b, "chr", |vm, a, _| {
        super::arity::tuple_args("chr", a, 1, 1)?;
        let i = vm.c_long_arg(&a[0])?;
        if !(0..256).contains(&i) {
            return Err(PyErr::new(ExcKind::ValueError, "chr() arg not in range(256)"));
        }
        Ok(Value::bytes(vec![i as u8]))
    });
    def_nokw!(b, "unichr", |vm, a, _| {
        super::arity::tuple_args("unichr", a, 1, 1)?;
        let i = vm.c_long_arg(&a[0])?;
        let c = u32::try_from(i).ok().filter(|c| *c < 0x110000).ok_or_else(|| {
            PyErr::new(ExcKind::ValueError, "unichr() arg not in range(0x110000) (wide Python build)")
        })?;
        Ok(crate::object::unicode::from_cps(&[c]))
    });
    def_nokw!(b, "ord", |_, a, _| {
        check_args("ord", a, 1, 1)?;
        if let Some(u) = crate::object::unicode::as_unicode(&a[0]) {
            let cps = crate::object::unicode::cps(u.as_bytes());
            if cps.len() == 1 {
                return Ok(Value::Int(cps[0] as i64));
            }
            return Err(type_error(format!("ord() expected a character, but string of length {} found", cps.len())));
        }
        // str subclasses count by their value.
        let arg = crate::vm::ops::unwrap_base(&a[0]);
        if !matches!(arg, Value::Str(_)) {
            return Err(type_error(format!("ord() expected string of length 1, but {} found", a[0].type_name())));
        }
        let s = str_arg(&arg, "ord() expected string of length 1, but")?;
        if s.len() == 1 {
            return Ok(Value::Int(s.as_bytes()[0] as i64));
        }
        let text = s.as_str();
        if text.chars().count() == 1 {
            return Ok(Value::Int(text.chars().next().map(|c| c as i64).unwrap_or(0)));
        }
        Err(type_error(format!("ord() expected a character, but string of length {} found", s.len())))
    });
    def_nokw!(b, "cmp", |vm, a, _| {
        check_args("cmp", a, 2, 2)?;
        // An object always equals itself (CPython's PyObject_Compare).
        if a[0].is(&a[1]) {
            return Ok(Value::Int(0));
        }
        // Sets are only partially ordered: CPython refuses to cmp() two.
        let set_kind = |v: &Value| match crate::vm::ops::unwrap_base(v) {
            Value::Set(s) => Some(s.frozen),
            _ => None,
        };
        if let (Some(x), Some(y)) = (set_kind(&a[0]), set_kind(&a[1])) {
            if x != y {
                // A set and a frozenset fall back to the default comparison.
                return Ok(Value::Int(vm.cmp(&a[0], &a[1])?));
            }
            return Err(type_error("cannot compare sets using cmp()"));
        }
        Ok(Value::Int(vm.cmp(&a[0], &a[1])?))
    });
    def_nokw!(b, "isinstance", |vm, a, _| {
        check_args("isinstance", a, 2, 2)?;
        Ok(Value::bool(class_matches(vm, &a[0], &a[1], true)?))
    });
    def_nokw!(b, "issubclass", |vm, a, _| {
        check_args("issubclass", a, 2, 2)?;
        Ok(Value::bool(class_matches(vm, &a[0], &a[1], false)?))
    });
    def_nokw!(b, "getattr", |vm, a, _| {
        check_args("getattr", a, 2, 3)?;
        let name = attr_name_arg(&a[1], Some("getattr"))?;
        match vm.getattr(&a[0], &name) {
            Ok(v) => Ok(v),
            Err(e) if a.len() == 3 && e.matches(ExcKind::AttributeError) => Ok(a[2].clone()),
            Err(e) => Err(e),
        }
    });
    def_nokw!(b, "setattr", |vm, a, _| {
        check_args("setattr", a, 3, 3)?;
        let name = attr_name_arg(&a[1], None)?;
        vm.setattr(&a[0], &name, a[2].clone())?;
        Ok(Value::None)
    });
    def_nokw!(b, "delattr", |vm, a, _| {
        check_args("delattr", a, 2, 2)?;
        let name = attr_name_arg(&a[1], None)?;
        vm.delattr(&a[0], &name)?;
        Ok(Value::None)
    });
    def_nokw!(b, "hasattr", |vm, a, _| {
        check_args("hasattr", a, 2, 2)?;
        let name = attr_name_arg(&a[1], Some("hasattr"))?;
        match vm.getattr(&a[0], &name) {
            Ok(_) => Ok(Value::Bool(BoolBits::TRUE)),
            Err(e) if e.matches(ExcKind::Exception) => Ok(Value::Bool(BoolBits::FALSE)),
            Err(e) => Err(e),
        }
    });
    def_nokw!(b, "next", |vm, a, _| {
        check_args("next", a, 1, 2)?;
        if !vm_is_iterator(&a[0]) {
            return Err(type_error(format!("{} object is not an iterator", a[0].type_name())));
        }
        match vm.next(&a[0])? {
            Some(v) => Ok(v),
            None if a.len() == 2 => Ok(a[1].clone()),
            None => Err(PyErr::with_args(ExcKind::StopIteration, vec![])),
        }
    });
    def_nokw!(b, "sum", |vm, a, _| {
        check_args("sum", a, 1, 2)?;
        let mut acc = a.get(1).cloned().unwrap_or(Value::Int(0));
        if matches!(acc, Value::Str(_)) {
            return Err(type_error("sum() can't sum strings [use ''.join(seq) instead]"));
        }
        let it = vm.iter(&a[0])?;
        while let Some(x) = vm.next_fast(&it)? {
            acc = match (&acc, &x) {
                (Value::Int(p), Value::Int(q)) if p.checked_add(*q).is_some() => Value::Int(p + q),
                _ => vm.binary(crate::syntax::ast::BinOp::Add, &acc, &x)?,
            };
        }
        Ok(acc)
    });
    def(b, "min", |vm, a, kw| min_max(vm, a, kw, true));
    def(b, "max", |vm, a, kw| min_max(vm, a, kw, false));
    def_nokw!(b, "all", |vm, a, _| {
        check_args("all", a, 1, 1)?;
        let it = vm.iter(&a[0])?;
        while let Some(x) = vm.next_fast(&it)? {
            if !vm.truthy(&x)? {
                return Ok(Value::Bool(BoolBits::FALSE));
            }
        }
        Ok(Value::Bool(BoolBits::TRUE))
    });
    def_nokw!(b, "any", |vm, a, _| {
        check_args("any", a, 1, 1)?;
        let it = vm.iter(&a[0])?;
        while let Some(x) = vm.next_fast(&it)? {
            if vm.truthy(&x)? {
                return Ok(Value::Bool(BoolBits::TRUE));
            }
        }
        Ok(Value::Bool(BoolBits::FALSE))
    });
    def(b, "sorted", |vm, a, kw| {
        let args = super::kwparse::parse("sorted", a, kw, &["iterable", "cmp", "key", "reverse"], 1)?;
        let Some(iterable) = &args[0] else { return Ok(Value::None) };
        let l = Value::list(vm.to_vec_hinted(iterable)?);
        let Value::List(list) = &l else { return Ok(l) };
        // CPython hands the keywords on to list.sort unchanged, so there
        // `iterable=` is refused after all.
        crate::object::list_methods::sort_list(vm, list, a.get(1..).unwrap_or_default(), kw)?;
        Ok(l)
    });
    def_nokw!(b, "zip", |vm, a, _| {
        for x in a {
            vm.length_hint_check(x)?;
        }
        let mut its = Vec::new();
        for (i, x) in a.iter().enumerate() {
            its.push(vm.iter(x).map_err(|e| {
                if e.matches(ExcKind::TypeError) {
                    type_error(format!("zip argument #{} must support iteration", i + 1))
                } else {
                    e
                }
            })?);
        }
        let mut out = Vec::new();
        if its.is_empty() {
            return Ok(Value::list(out));
        }
        'outer: loop {
            let mut row = Vec::with_capacity(its.len());
            for it in &its {
                match vm.next_fast(it)? {
                    Some(v) => row.push(v),
                    None => break 'outer,
                }
            }
            out.push(Value::tuple(row));
        }
        Ok(Value::list(out))
    });
    def_nokw!(b, "map", |vm, a, _| {
        if a.len() < 2 {
            return Err(type_error("map() requires at least two args"));
        }
        let f = a[0].clone();
        // Iterate the live sequences, as CPython does.
        let mut its = Vec::new();
        for (i, x) in a[1..].iter().enumerate() {
            its.push(vm.iter(x).map_err(|e| {
                // map(None, seq) is list(seq) in CPython, with list()'s error.
                if e.matches(ExcKind::TypeError) && !(f.is_none() && a.len() == 2) {
                    type_error(format!("argument {} to map() must support iteration", i + 2))
                } else {
                    e
                }
            })?);
            vm.length_hint_check(x)?;
        }
        let mut out = Vec::new();
        loop {
            let mut args = Vec::with_capacity(its.len());
            let mut any = false;
            for it in &its {
                match vm.next_fast(it)? {
                    Some(v) => {
                        any = true;
                        args.push(v);
                    }
                    None => args.push(Value::None),
                }
            }
            if !any {
                break;
            }
            if f.is_none() {
                out.push(if args.len() == 1 { args.swap_remove(0) } else { Value::tuple(args) });
            } else {
                out.push(vm.call(&f, args)?);
            }
        }
        Ok(Value::list(out))
    });
    def_nokw!(b, "reduce", |vm, a, _| {
        check_args("reduce", a, 2, 3)?;
        // 2.7 puts this in place of whatever error iter() raised.
        let it = vm.iter(&a[1]).map_err(|_| type_error("reduce() arg 2 must support iteration"))?;
        let mut acc = match a.get(2) {
            Some(v) => v.clone(),
            None => match vm.next_fast(&it)? {
                Some(v) => v,
                None => return Err(type_error("reduce() of empty sequence with no initial value")),
            },
        };
        while let Some(x) = vm.next_fast(&it)? {
            acc = vm.call(&a[0], vec![acc, x])?;
        }
        Ok(acc)
    });
    def_nokw!(b, "divmod", |vm, a, _| {
        check_args("divmod", a, 2, 2)?;
        use crate::syntax::ast::BinOp;
        if let (Some(_), Some(_)) = (number::Num::of(&a[0]), number::Num::of(&a[1])) {
            let q = vm.binary(BinOp::FloorDiv, &a[0], &a[1])?;
            let r = vm.binary(BinOp::Mod, &a[0], &a[1])?;
            return Ok(Value::tuple(vec![q, r]));
        }
        if let Some(r) = crate::object::complex_methods::divmod_values(&a[0], &a[1])? {
            return Ok(r);
        }
        if let Some(r) = vm.divmod_dunders(&a[0], &a[1])? {
            return Ok(r);
        }
        Err(type_error(format!(
            "unsupported operand type(s) for divmod(): '{}' and '{}'",
            a[0].type_name(),
            a[1].type_name()
        )))
    });
    def_nokw!(b, "pow", |vm, a, _| {
        check_args("pow", a, 2, 3)?;
        use crate::syntax::ast::BinOp;
        if a.len() == 3 && !a[2].is_none() {
            // Subclasses of int and long take part with their values.
            if let Some(r) = vm.call_dunder(&a[0], "__pow__", vec![a[1].clone(), a[2].clone()])? {
                if !crate::vm::ops::is_not_implemented(&r) {
                    return Ok(r);
                }
            }
            let unwrap = crate::vm::ops::unwrap_base;
            if crate::object::complex::is_complex(&unwrap(&a[0])) || crate::object::complex::is_complex(&unwrap(&a[1]))
            {
                return Err(PyErr::new(ExcKind::ValueError, "complex modulo"));
            }
            return number::pow_mod(&unwrap(&a[0]), &unwrap(&a[1]), &unwrap(&a[2]));
        }
        vm.binary(BinOp::Pow, &a[0], &a[1])
    });
    def_nokw!(b, "hex", |vm, a, _| int_base(vm, a, 16, "hex", "__hex__"));
    def_nokw!(b, "oct", |vm, a, _| int_base(vm, a, 8, "oct", "__oct__"));
    def_nokw!(b, "bin", |vm, a, _| int_base(vm, a, 2, "bin", "__index__"));
    def_nokw!(b, "format", |vm, a, _| {
        match a.len() {
            0 => return Err(type_error("format() takes at least 1 argument (0 given)")),
            n if n > 2 => return Err(type_error(format!("format() takes at most 2 arguments ({} given)", n))),
            _ => {}
        }
        let spec = match a.get(1) {
            Some(s) => str_arg(s, "format spec")?.clone(),
            None => Arc::new(PyStr::from_str("")),
        };
        crate::object::str_methods::format_value(vm, &a[0], spec.as_bytes())
    });
    def_nokw!(b, "raw_input", |vm, a, _| {
        check_args("[raw_]input", a, 0, 1)?;
        // A deleted sys.stdin or sys.stdout (not one set to None) is lost.
        for name in ["stdin", "stdout"] {
            if vm.interp.sys.get_str(&PyStr::from_str(name)).is_none() {
                return Err(PyErr::new(ExcKind::RuntimeError, format!("[raw_]input: lost sys.{}", name)));
            }
        }
        // On a terminal: the line editor, with the GIL released.
        let prompt = match a.first() {
            Some(p) => vm.to_str(p)?.to_string_lossy(),
            None => String::new(),
        };
        if let Some(r) = crate::repl::editor::raw_input(vm, &prompt) {
            return r;
        }
        if let Some(p) = a.first() {
            let s = vm.to_str(p)?;
            let out = vm.sys_stream("stdout");
            vm.write_to(&out, s.as_bytes())?;
        }
        vm.flush_std();
        let stdin = vm.sys_stream("stdin");
        let line = match &stdin {
            Value::Other(o) => match &**o {
                Object::File(f) => f.readline(vm)?,
                _ => Vec::new(),
            },
            other => {
                let rl = vm.getattr(other, &PyStr::from_str("readline"))?;
                let v = vm.call(&rl, vec![])?;
                str_arg(&v, "readline")?.as_bytes().to_vec()
            }
        };
        if line.is_empty() {
            return Err(PyErr::new(ExcKind::EOFError, "EOF when reading a line"));
        }
        let mut line = line;
        if line.last() == Some(&b'\n') {
            line.pop();
        }
        Ok(Value::bytes(line))
    });
    def(b, "__import__", |vm, a, kw| {
        let a = &super::type_args::import_args(a, kw)?;
        let name = str_arg(&a[0], "__import__")
            .map_err(|_| type_error(format!("__import__() argument 1 must be string, not {}", a[0].type_name())))?
            .to_string_lossy();
        if name.is_empty() {
            return Err(PyErr::new(ExcKind::ValueError, "Empty module name"));
        }
        let fromlist = a.get(3).map(|v| vm.truthy(v)).transpose()?.unwrap_or(false);
        if fromlist {
            vm.import_module(&name, &Dict::new())
        } else {
            vm.import_top(&name, &Dict::new())
        }
    });
    def(b, "print", |vm, a, kw| {
        let get = |k: &str| kwarg(kw, k).cloned().filter(|v| !v.is_none());
        let sep = match get("sep") {
            Some(v) => vm.to_str(&v)?.as_bytes().to_vec(),
            None => b" ".to_vec(),
        };
        let end = match get("end") {
            Some(v) => vm.to_str(&v)?.as_bytes().to_vec(),
            None => b"\n".to_vec(),
        };
        let file = get("file").unwrap_or_else(|| vm.sys_stream("stdout"));
        let mut out = Vec::new();
        for (i, v) in a.iter().enumerate() {
            if i > 0 {
                out.extend_from_slice(&sep);
            }
            out.extend_from_slice(vm.to_str(v)?.as_bytes());
        }
        out.extend_from_slice(&end);
        vm.write_to(&file, &out)?;
        Ok(Value::None)
    });
    def(b, "exit", builtin_exit);
    def(b, "quit", builtin_exit);
}

/// `exit(code=None)`, CPython's `Quitter.__call__`.
fn builtin_exit(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult {
    if let Some((k, code)) = kw.first() {
        if k.as_str() != "code" {
            return Err(type_error(format!("__call__() got an unexpected keyword argument '{}'", k.as_str())));
        }
        return Err(PyErr::with_args(ExcKind::SystemExit, vec![code.clone()]));
    }
    Err(PyErr::with_args(ExcKind::SystemExit, a.to_vec()))
}

fn frame_builtin_fallback(name: &str, a: &[Value], kw: &KwArgs) -> PyResult {
    super::no_keywords(name, kw)?;
    check_args(name, a, 0, 0)?;
    Ok(Value::Dict(Arc::new(Dict::new())))
}

fn builtin_vars(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult {
    check_args("vars", a, 0, 1)?;
    match a.first() {
        None => Ok(Value::Dict(Arc::new(Dict::new()))),
        Some(v) => vm
            .getattr(v, &PyStr::from_str("__dict__"))
            .map_err(|_| type_error("vars() argument must have __dict__ attribute")),
    }
}

fn vm_is_iterator(v: &Value) -> bool {
    match v {
        Value::Other(o) => crate::vm::iterate::is_native_iterator(o),
        Value::Instance(i) => i.class().lookup_str("next").is_some(),
        _ => false,
    }
}

/// isinstance/issubclass with a class or a tuple of classes.
fn class_matches(vm: &mut Vm, v: &Value, spec: &Value, instance: bool) -> PyResult<bool> {
    // A new-style instance as the class: its type's `__instancecheck__` /
    // `__subclasscheck__` (through descriptors) answers, as 2.7's.
    if let Value::Instance(i) = spec {
        if !i.class().classic.load(std::sync::atomic::Ordering::Relaxed) {
            let name = if instance { "__instancecheck__" } else { "__subclasscheck__" };
            if let Some(r) = vm.call_dunder(spec, name, vec![v.clone()])? {
                return vm.truthy(&r);
            }
        }
    }
    if let Value::Class(c) = spec {
        if let Some(r) = super::builtins_extra::meta_check(vm, v, c, instance)? {
            return Ok(r);
        }
    }
    match spec {
        Value::Class(c) => Ok(match v {
            Value::Class(sub) if !instance => sub.is_subclass(c),
            _ if !instance => super::abstract_class::matches(vm, v, spec, false)?,
            _ => {
                isinstance(v, c)
                    || (Arc::ptr_eq(c, &types().int) && matches!(v, Value::Bool(_)))
                    || super::type_args::class_attr_isinstance(vm, v, c)
            }
        }),
        Value::Tuple(t) => {
            for c in t.items.iter() {
                // Only a nested tuple goes deeper (the recursion limit).
                let nested = matches!(c, Value::Tuple(_));
                if nested {
                    super::abstract_class::enter_tuple(vm, instance)?;
                }
                let r = class_matches(vm, v, c, instance);
                vm.depth -= nested as usize;
                if r? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => super::abstract_class::matches(vm, v, spec, instance),
    }
}

/// The first argument of a constructor when it came by name (`int(x=1)`,
/// `str(object=5)`), after checking that no keyword but `name` and `extra`
/// came.
/// The one optional argument of `list`, `tuple` and `bool`, given by position
/// or by its keyword name (`list(sequence=...)`, `bool(x=...)`), as
/// CPython's argument parser takes it.
fn sole_arg(func: &str, a: &[Value], kw: &KwArgs, name: &str) -> PyResult<Option<Value>> {
    let given = a.len() + kw.len();
    if given > 1 {
        return Err(type_error(format!("{}() takes at most 1 argument ({} given)", func, given)));
    }
    Ok(named_first_arg(a, kw, name, &[])?.or_else(|| a.first().cloned()))
}

/// PyArg_UnpackTuple's check for exactly one argument ("X expected 1
/// arguments, got N"), which `check_args` words as METH_O does.
pub fn unpack_one(func: &str, a: &[Value]) -> PyResult<()> {
    if a.len() == 1 {
        return Ok(());
    }
    Err(type_error(format!("{} expected 1 arguments, got {}", func, a.len())))
}

fn named_first_arg(a: &[Value], kw: &KwArgs, name: &str, extra: &[&str]) -> PyResult<Option<Value>> {
    if let Some((k, _)) = kw.iter().find(|(k, _)| k.as_str() != name && !extra.contains(&k.as_str().as_ref())) {
        return Err(type_error(format!("'{}' is an invalid keyword argument for this function", k.as_str())));
    }
    match kwarg(kw, name) {
        Some(_) if !a.is_empty() => Err(type_error(format!("Argument given by name ('{}') and position (1)", name))),
        Some(x) => Ok(Some(x.clone())),
        None => Ok(None),
    }
}

/// The name argument of getattr/hasattr (`getattr(): attribute name must be
/// string`) and of setattr/delattr and the object slots (`attribute name
/// must be string, not 'int'`): CPython words the two differently.
pub(crate) fn attr_name_arg(v: &Value, func: Option<&str>) -> PyResult<Arc<PyStr>> {
    let v = &crate::vm::ops::unwrap_base(v);
    if let Some(u) = crate::object::unicode::as_unicode(v) {
        // A unicode name is encoded with the default encoding (ASCII).
        return Ok(Arc::new(PyStr::new(crate::object::unicode::encode(u.as_bytes(), b"ascii", b"strict")?)));
    }
    match v {
        Value::Str(s) => Ok(s.clone()),
        _ => Err(type_error(match func {
            Some(f) => format!("{}(): attribute name must be string", f),
            None => format!("attribute name must be string, not '{}'", v.type_name()),
        })),
    }
}

fn int_base(vm: &mut Vm, a: &[Value], base: u32, name: &str, dunder: &str) -> PyResult {
    check_args(name, a, 1, 1)?;
    match &a[0] {
        Value::Int(_) | Value::Bool(_) | Value::Long(_) => {
            let n = number::as_bigint(&a[0]).unwrap_or_default();
            Ok(Value::str(&crate::text::int_to_base(&n, base, matches!(a[0], Value::Long(_)))))
        }
        v => match vm.call_dunder(v, dunder, vec![])? {
            // bin() formats what __index__ gives; hex/oct return what
            // __hex__/__oct__ give.
            Some(r @ (Value::Int(_) | Value::Long(_))) if base == 2 => int_base(vm, &[r], base, name, dunder),
            Some(r) if base == 2 => {
                Err(type_error(format!("__index__ returned non-(int,long) (type {})", r.type_name())))
            }
            Some(r) => super::builtins_extra::checked_conversion(r, dunder),
            None if base == 2 => {
                Err(type_error(format!("'{}' object cannot be interpreted as an index", v.type_name())))
            }
            None => Err(type_error(format!("{}() argument can't be converted to {}", name, &dunder[2..5]))),
        },
    }
}

fn min_max(vm: &mut Vm, a: &[Value], kw: &KwArgs, is_min: bool) -> PyResult {
    let name = if is_min { "min" } else { "max" };
    if a.is_empty() {
        return Err(type_error(format!("{} expected 1 arguments, got 0", name)));
    }
    // CPython's message names no argument here.
    if kw.iter().any(|(k, _)| k.as_bytes() != b"key") {
        return Err(type_error(format!("{}() got an unexpected keyword argument", name)));
    }
    let key = kwarg(kw, "key").cloned();
    let it = if a.len() == 1 { vm.iter(&a[0])? } else { vm.iter(&Value::tuple(a.to_vec()))? };
    let mut best: Option<(Value, Value)> = None;
    while let Some(x) = vm.next_fast(&it)? {
        let k = match &key {
            Some(f) => vm.call(f, vec![x.clone()])?,
            None => x.clone(),
        };
        best = Some(match best {
            None => (k, x),
            Some((bk, bx)) => {
                let better = if is_min { vm.lt(&k, &bk)? } else { vm.lt(&bk, &k)? };
                if better {
                    (k, x)
                } else {
                    (bk, bx)
                }
            }
        });
    }
    match best {
        Some((_, x)) => Ok(x),
        None => Err(PyErr::new(ExcKind::ValueError, format!("{}() arg is an empty sequence", name))),
    }
}

/// Whether a class's `__str__` is written in Python (not a built-in type's).
fn has_own_str(i: &crate::object::Instance) -> bool {
    i.class().lookup_str("__str__").is_some_and(|f| !matches!(f, Value::Builtin(_)))
}
