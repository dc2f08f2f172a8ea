//! The `complex` type's constructor and slot methods (`__add__`, `__eq__`,
//! `real`, `conjugate` ...), so that `complex.__add__(x, y)`, subclasses and
//! `super(C, self).__mul__(o)` behave as in CPython 2.7. The arithmetic
//! itself is in `complex`.

use std::sync::Arc;

use super::class::{Class, Types};
use super::complex::{self, as_complex, Complex};
use super::function::{Builtin, KwArgs};
use super::{ExcKind, Object, PyErr, PyResult, Value};
use crate::modules::{kwarg, method};
use crate::syntax::ast::{BinOp, CmpOp};
use crate::vm::ops::{not_implemented, unwrap_base};
use crate::vm::Vm;

fn type_error(msg: impl Into<String>) -> PyErr {
    PyErr::new(ExcKind::TypeError, msg)
}

fn value(c: Complex) -> Value {
    Value::complex(c.re, c.im)
}

/// The receiver's complex value and the remaining arguments, with the
/// checks and messages of CPython's slot wrappers.
fn receiver<'a>(name: &str, a: &'a [Value], kw: &KwArgs, nargs: usize) -> PyResult<(Complex, &'a [Value])> {
    let Some(first) = a.first() else {
        return Err(type_error(format!("descriptor '{}' of 'complex' object needs an argument", name)));
    };
    let Some(c) = as_complex(&unwrap_base(first)) else {
        return Err(type_error(format!(
            "descriptor '{}' requires a 'complex' object but received a '{}'",
            name,
            first.type_name()
        )));
    };
    let rest = super::number_methods::wrapper_args(name, &a[1..], kw, nargs)?;
    Ok((c, rest))
}

/// What a binary slot computes.
#[derive(Clone, Copy)]
enum Op {
    Bin(BinOp),
    DivMod,
}

fn binary_slot(a: &[Value], kw: &KwArgs, op: Op, reflected: bool, name: &str) -> PyResult {
    let (x, rest) = receiver(name, a, kw, 1)?;
    let Some(y) = complex::coerce(&unwrap_base(&rest[0]))? else { return Ok(not_implemented()) };
    let (l, r) = if reflected { (y, x) } else { (x, y) };
    match op {
        Op::Bin(b) => Ok(complex::binop(b, l, r)?.map(value).unwrap_or_else(not_implemented)),
        Op::DivMod => {
            let (q, m) = complex::divmod(l, r, "complex divmod()")?;
            Ok(Value::tuple(vec![value(q), value(m)]))
        }
    }
}

/// `__pow__(other[, mod])`: any modulus but None is refused.
fn pow_slot(a: &[Value], kw: &KwArgs, reflected: bool) -> PyResult {
    let name = if reflected { "__rpow__" } else { "__pow__" };
    crate::modules::arity::pow_slot_args(name, a)?;
    let nargs = if a.len() >= 3 { 2 } else { 1 };
    let (_, rest) = receiver(name, a, kw, nargs)?;
    if rest.get(1).is_some_and(|m| !m.is_none()) {
        return Err(PyErr::new(ExcKind::ValueError, "complex modulo"));
    }
    binary_slot(&a[..2], kw, Op::Bin(BinOp::Pow), reflected, name)
}

fn compare_slot(a: &[Value], kw: &KwArgs, op: CmpOp, name: &str) -> PyResult {
    let (x, rest) = receiver(name, a, kw, 1)?;
    match complex::compare(op, &value(x), &unwrap_base(&rest[0]))? {
        Some(b) => Ok(Value::bool(b)),
        None => Ok(not_implemented()),
    }
}

fn unary_slot(a: &[Value], kw: &KwArgs, name: &str) -> PyResult {
    let (c, _) = receiver(name, a, kw, 0)?;
    Ok(match name {
        "__neg__" => Value::complex(-c.re, -c.im),
        "__pos__" => value(c),
        "__abs__" => Value::float(abs(c)?),
        "__nonzero__" => Value::bool(!c.is_zero()),
        "__hash__" => Value::Int(complex::hash(c)),
        "__repr__" => Value::str(&complex::to_text(c, true)),
        "__str__" => Value::str(&complex::to_text(c, false)),
        "__int__" => return Err(type_error("can't convert complex to int")),
        "__long__" => return Err(type_error("can't convert complex to long")),
        "__float__" => return Err(type_error("can't convert complex to float")),
        "__getnewargs__" => Value::tuple(vec![Value::float(c.re), Value::float(c.im)]),
        "conjugate" => Value::complex(c.re, -c.im),
        _ => return Err(type_error(format!("complex.{} is not supported", name))),
    })
}

/// `abs(c)`, with 2.7's OverflowError.
pub fn abs(c: Complex) -> PyResult<f64> {
    c.abs().ok_or_else(|| PyErr::new(ExcKind::OverflowError, "absolute value too large"))
}

fn coerce_slot(a: &[Value], kw: &KwArgs) -> PyResult {
    let (x, rest) = receiver("__coerce__", a, kw, 1)?;
    Ok(match complex::coerce(&unwrap_base(&rest[0]))? {
        Some(y) => Value::tuple(vec![value(x), value(y)]),
        None => not_implemented(),
    })
}

fn format_slot(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult {
    let (c, rest) = receiver("__format__", a, kw, 1)?;
    let spec = match unwrap_base(&rest[0]) {
        Value::Str(s) => s,
        other => return Err(type_error(format!("__format__() argument 1 must be string, not {}", other.type_name()))),
    };
    if spec.is_empty() {
        return Ok(Value::Str(vm.to_str(&a[0])?));
    }
    complex::format(c, spec.as_bytes()).map(Value::bytes).map_err(crate::modules::builtins::text_error)
}

/// A read-only data attribute (`real`, `imag`).
fn getter(qualname: &'static str, f: crate::object::NativeFn) -> Value {
    Value::other(Object::Property {
        fget: Builtin::new(qualname, f),
        fset: Value::None,
        fdel: Value::None,
        doc: Value::None,
    })
}

fn part(a: &[Value], imag: bool) -> PyResult {
    let (c, _) = receiver(if imag { "imag" } else { "real" }, &a[..1.min(a.len())], &[], 0)?;
    Ok(Value::float(if imag { c.im } else { c.re }))
}

macro_rules! binary_slots {
    ($cls:expr, [$(($name:literal, $op:expr, $refl:expr)),* $(,)?]) => {
        $( method($cls, concat!("complex.", $name), |_, a, kw| binary_slot(a, kw, $op, $refl, $name)); )*
    };
}

macro_rules! unary_slots {
    ($cls:expr, [$($name:literal),* $(,)?]) => {
        $( method($cls, concat!("complex.", $name), |_, a, kw| unary_slot(a, kw, $name)); )*
    };
}

macro_rules! compare_slots {
    ($cls:expr, [$(($name:literal, $op:expr)),* $(,)?]) => {
        $( method($cls, concat!("complex.", $name), |_, a, kw| compare_slot(a, kw, $op, $name)); )*
    };
}

/// Fills the dict of `complex` with its slots.
pub fn install(t: &Types) {
    let cls: &Class = &t.complex;
    binary_slots!(
        cls,
        [
            ("__add__", Op::Bin(BinOp::Add), false),
            ("__radd__", Op::Bin(BinOp::Add), true),
            ("__sub__", Op::Bin(BinOp::Sub), false),
            ("__rsub__", Op::Bin(BinOp::Sub), true),
            ("__mul__", Op::Bin(BinOp::Mul), false),
            ("__rmul__", Op::Bin(BinOp::Mul), true),
            ("__div__", Op::Bin(BinOp::Div), false),
            ("__rdiv__", Op::Bin(BinOp::Div), true),
            ("__truediv__", Op::Bin(BinOp::Div), false),
            ("__rtruediv__", Op::Bin(BinOp::Div), true),
            ("__floordiv__", Op::Bin(BinOp::FloorDiv), false),
            ("__rfloordiv__", Op::Bin(BinOp::FloorDiv), true),
            ("__mod__", Op::Bin(BinOp::Mod), false),
            ("__rmod__", Op::Bin(BinOp::Mod), true),
            ("__divmod__", Op::DivMod, false),
            ("__rdivmod__", Op::DivMod, true),
        ]
    );
    method(cls, "complex.__pow__", |_, a, kw| pow_slot(a, kw, false));
    method(cls, "complex.__rpow__", |_, a, kw| pow_slot(a, kw, true));
    compare_slots!(
        cls,
        [
            ("__eq__", CmpOp::Eq),
            ("__ne__", CmpOp::NotEq),
            ("__lt__", CmpOp::Lt),
            ("__le__", CmpOp::LtE),
            ("__gt__", CmpOp::Gt),
            ("__ge__", CmpOp::GtE),
        ]
    );
    unary_slots!(
        cls,
        [
            "__neg__",
            "__pos__",
            "__abs__",
            "__nonzero__",
            "__hash__",
            "__repr__",
            "__str__",
            "__int__",
            "__long__",
            "__float__",
            "__getnewargs__",
            "conjugate",
        ]
    );
    method(cls, "complex.__coerce__", |_, a, kw| coerce_slot(a, kw));
    method(cls, "complex.__format__", format_slot);
    method(cls, "complex.__new__", |vm, a, kw| {
        let Some(Value::Class(c)) = a.first() else {
            let what = a.first().map(|v| v.type_name()).unwrap_or_else(|| "NULL".into());
            return Err(type_error(format!("complex.__new__(X): X is not a type object ({})", what)));
        };
        if !c.is_subclass(&crate::object::class::types().complex) {
            return Err(type_error(format!("complex.__new__({0}): {0} is not a subtype of complex", c.name())));
        }
        construct(vm, c, &a[1..], kw)
    });
    cls.dict.set_str("real", getter("complex.real", |_, a, _| part(a, false)));
    cls.dict.set_str("imag", getter("complex.imag", |_, a, _| part(a, true)));
}

fn malformed() -> PyErr {
    PyErr::new(ExcKind::ValueError, "complex() arg is a malformed string")
}

fn not_a_number() -> PyErr {
    type_error("complex() argument must be a string or a number")
}

/// One argument of `complex()` that is not a string: a complex (kept whole)
/// or anything `float()` accepts.
fn number_arg(vm: &mut Vm, v: &Value) -> PyResult<Complex> {
    let inner = unwrap_base(v);
    if let Some(c) = as_complex(&inner) {
        return Ok(c);
    }
    if let Some(n) = crate::object::number::Num::of(&inner) {
        return Ok(Complex::new(n.to_f64()?, 0.0));
    }
    match vm.call_dunder(v, "__float__", vec![])? {
        Some(r) => {
            let r = crate::modules::builtins_extra::checked_conversion(r, "__float__")?;
            let f = crate::object::number::Num::of(&unwrap_base(&r)).map(|n| n.to_f64()).transpose()?;
            Ok(Complex::new(f.unwrap_or(0.0), 0.0))
        }
        None => Err(crate::modules::int_convert::classic_missing(v, "__float__").unwrap_or_else(not_a_number)),
    }
}

fn is_complex_arg(v: &Value) -> bool {
    complex::is_complex(&unwrap_base(v))
}

/// `complex(real=0, imag=0)` and `complex.__new__(cls, ...)`: the value,
/// wrapped in an instance when `cls` is a subclass.
pub fn construct(vm: &mut Vm, cls: &Arc<Class>, a: &[Value], kw: &KwArgs) -> PyResult {
    let given = a.len() + kw.len();
    if given > 2 {
        return Err(type_error(format!("complex() takes at most 2 arguments ({} given)", given)));
    }
    if let Some((k, _)) = kw.iter().find(|(k, _)| !matches!(k.as_bytes(), b"real" | b"imag")) {
        return Err(type_error(format!("'{}' is an invalid keyword argument for this function", k.as_str())));
    }
    let pick = |i: usize, name: &str| -> PyResult<Option<Value>> {
        match (a.get(i), kwarg(kw, name)) {
            (Some(_), Some(_)) => {
                Err(type_error(format!("Argument given by name ('{}') and position ({})", name, i + 1)))
            }
            (Some(v), None) | (None, Some(v)) => Ok(Some(v.clone())),
            (None, None) => Ok(None),
        }
    };
    let (r, i) = (pick(0, "real")?, pick(1, "imag")?);
    let t = crate::object::class::types();
    // complex(z) of an exact complex is z itself.
    if let (Some(z), None, true) = (&r, &i, Arc::ptr_eq(cls, &t.complex)) {
        if complex::is_complex(z) {
            return Ok(z.clone());
        }
    }
    let c = make(vm, r, i)?;
    if Arc::ptr_eq(cls, &t.complex) {
        return Ok(value(c));
    }
    Ok(Value::Instance(Arc::new(crate::object::Instance::new(cls.clone(), value(c)))))
}

fn make(vm: &mut Vm, r: Option<Value>, i: Option<Value>) -> PyResult<Complex> {
    let Some(mut r) = r else {
        return match i {
            None => Ok(Complex::new(0.0, 0.0)),
            Some(i) => {
                if matches!(unwrap_base(&i), Value::Str(_)) {
                    return Err(type_error("complex() second arg can't be a string"));
                }
                let ci = number_arg(vm, &i)?;
                let re = if is_complex_arg(&i) { -ci.im } else { 0.0 };
                Ok(Complex::new(re, ci.re))
            }
        };
    };
    if let Value::Str(s) = unwrap_base(&r) {
        if i.is_some() {
            return Err(type_error("complex() can't take second arg if first is a string"));
        }
        return complex::parse(s.as_bytes()).ok_or_else(malformed);
    }
    if i.as_ref().is_some_and(|i| matches!(unwrap_base(i), Value::Str(_))) {
        return Err(type_error("complex() second arg can't be a string"));
    }
    // `__complex__` (of an instance, a subclass of complex's included).
    if let Some(conv) = vm.call_dunder(&r, "__complex__", vec![])? {
        r = conv;
    }
    let cr = number_arg(vm, &r)?;
    let Some(i) = i else { return Ok(cr) };
    let ci = number_arg(vm, &i)?;
    // real + imag * 1j; the parts only mix when an argument is a complex
    // (so that complex(-0.0, -0.0) keeps both signs).
    let (r_is_complex, i_is_complex) = (is_complex_arg(&r), is_complex_arg(&i));
    let re = if i_is_complex { cr.re - ci.im } else { cr.re };
    let im = if r_is_complex { ci.re + cr.im } else { ci.re };
    Ok(Complex::new(re, im))
}

/// The TypeError of a float conversion that was refused: complex numbers
/// have their own message.
pub fn float_required(v: &Value) -> PyErr {
    if complex::is_complex(&unwrap_base(v)) {
        type_error("can't convert complex to float")
    } else {
        type_error("a float is required")
    }
}

/// `divmod(a, b)` when one side is a complex and the other a number.
pub fn divmod_values(a: &Value, b: &Value) -> PyResult<Option<Value>> {
    if !complex::is_complex(a) && !complex::is_complex(b) {
        return Ok(None);
    }
    let (Some(x), Some(y)) = (complex::coerce(a)?, complex::coerce(b)?) else { return Ok(None) };
    let (q, m) = complex::divmod(x, y, "complex divmod()")?;
    Ok(Some(Value::tuple(vec![value(q), value(m)])))
}

/// `coerce(a, b)` when one side is a complex: both as complex numbers.
pub fn coerce_pair(a: &Value, b: &Value) -> PyResult<Option<Value>> {
    if !complex::is_complex(a) && !complex::is_complex(b) {
        return Ok(None);
    }
    match (complex::coerce(a)?, complex::coerce(b)?) {
        (Some(x), Some(y)) => Ok(Some(Value::tuple(vec![value(x), value(y)]))),
        _ => Ok(None),
    }
}
