//! The slot methods of `int`, `long`, `float` and `bool` (`__add__`,
//! `__neg__`, `__hash__`, `real` ...), so that `int.__add__(x, y)`,
//! `super(C, self).__sub__(o)` and `(3).real` work as in CPython 2.7.
//!
//! The operators themselves run in `number`; these wrappers only check the
//! receiver, coerce the other operand the way each type's C slot does
//! (an `int` slot answers NotImplemented for a long, a `long` slot accepts an
//! int) and keep the result's type (`(3L).__add__(2)` is `5L`).

use crate::object::BoolBits;
use num_bigint::BigInt;

use super::class::{Class, Types};
use super::function::{Builtin, KwArgs};
use super::number::{self, Num};
use super::{ExcKind, Object, PyErr, PyResult, Value};
use crate::modules::method;
use crate::syntax::ast::BinOp;
use crate::vm::ops::{not_implemented, unwrap_base};
use crate::vm::Vm;

/// Which built-in number type a slot belongs to.
#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Int,
    Long,
    Float,
    Bool,
}

impl Kind {
    fn name(self) -> &'static str {
        match self {
            Kind::Int => "int",
            Kind::Long => "long",
            Kind::Float => "float",
            Kind::Bool => "bool",
        }
    }

    /// The receiver's built-in value, if it is one of this type (or of a
    /// subclass of it).
    fn accepts_self(self, v: &Value) -> bool {
        match self {
            Kind::Int => matches!(v, Value::Int(_) | Value::Bool(_)),
            Kind::Long => matches!(v, Value::Long(_)),
            Kind::Float => matches!(v, Value::Float(_)),
            Kind::Bool => matches!(v, Value::Bool(_)),
        }
    }

    /// The other operand converted the way the type's C slot converts it;
    /// `None` means the slot answers NotImplemented.
    fn coerce_other(self, v: &Value) -> Option<Value> {
        let v = unwrap_base(v);
        match (self, &v) {
            (Kind::Int | Kind::Bool, Value::Int(_) | Value::Bool(_)) => Some(v),
            (Kind::Long, Value::Int(_) | Value::Bool(_) | Value::Long(_)) => {
                Some(Value::long(number::as_bigint(&v).unwrap_or_default()))
            }
            (Kind::Float, Value::Int(_) | Value::Bool(_) | Value::Long(_) | Value::Float(_)) => {
                Some(Value::float(Num::of(&v)?.to_f64().ok()?))
            }
            _ => None,
        }
    }
}

fn type_error(msg: impl Into<String>) -> PyErr {
    PyErr::new(ExcKind::TypeError, msg)
}

/// The arguments after the receiver, checked as CPython's slot wrappers
/// check them (no keywords, an exact count); shared with complex's slots.
pub(crate) fn wrapper_args<'a>(name: &str, rest: &'a [Value], kw: &KwArgs, nargs: usize) -> PyResult<&'a [Value]> {
    if !kw.is_empty() {
        return Err(type_error(format!("wrapper {} doesn't take keyword arguments", name)));
    }
    if rest.len() != nargs {
        return Err(type_error(format!("expected {} arguments, got {}", nargs, rest.len())));
    }
    Ok(rest)
}

/// The receiver's built-in value and the remaining arguments, after the
/// checks of CPython's slot wrappers (`descriptor '__add__' requires a 'int'
/// object but received a 'float'`, `expected 1 arguments, got 0`).
fn receiver<'a>(kind: Kind, name: &str, a: &'a [Value], kw: &KwArgs, nargs: usize) -> PyResult<(Value, &'a [Value])> {
    let Some(first) = a.first() else {
        return Err(type_error(format!("descriptor '{}' of '{}' object needs an argument", name, kind.name())));
    };
    let value = unwrap_base(first);
    if !kind.accepts_self(&value) {
        return Err(type_error(format!(
            "descriptor '{}' requires a '{}' object but received a '{}'",
            name,
            kind.name(),
            first.type_name()
        )));
    }
    let rest = wrapper_args(name, &a[1..], kw, nargs)?;
    Ok((value, rest))
}

/// What a binary slot computes.
#[derive(Clone, Copy)]
enum Op {
    Bin(BinOp),
    TrueDiv,
    DivMod,
}

/// A binary slot: `self op other`, or `other op self` when `reflected`.
fn binary_slot(vm: &mut Vm, a: &[Value], kw: &KwArgs, kind: Kind, op: Op, reflected: bool, name: &str) -> PyResult {
    let (x, rest) = receiver(kind, name, a, kw, 1)?;
    binary_on(vm, kind, op, reflected, x, &rest[0])
}

fn binary_on(vm: &mut Vm, kind: Kind, op: Op, reflected: bool, x: Value, other: &Value) -> PyResult {
    // bool's own &, |, ^ keep a bool only between two bools.
    if kind == Kind::Bool {
        let y = unwrap_base(other);
        if let (Value::Bool(p), Value::Bool(q)) = (&x, &y) {
            return Ok(Value::bool(match op {
                Op::Bin(BinOp::BitAnd) => p.get() & q.get(),
                Op::Bin(BinOp::BitOr) => p.get() | q.get(),
                _ => p.get() ^ q.get(),
            }));
        }
        return binary_on(vm, Kind::Int, op, reflected, x, other);
    }
    let x = match kind {
        Kind::Long => Value::long(number::as_bigint(&x).unwrap_or_default()),
        _ => x,
    };
    let Some(y) = kind.coerce_other(other) else { return Ok(not_implemented()) };
    let (l, r) = if reflected { (y, x) } else { (x, y) };
    match op {
        Op::Bin(b) => number::binop(b, &l, &r).unwrap_or_else(|| Ok(not_implemented())),
        Op::TrueDiv => vm.true_divide(&l, &r),
        Op::DivMod => {
            let q = number::binop(BinOp::FloorDiv, &l, &r).unwrap_or_else(|| Ok(not_implemented()))?;
            let m = number::binop(BinOp::Mod, &l, &r).unwrap_or_else(|| Ok(not_implemented()))?;
            Ok(Value::tuple(vec![q, m]))
        }
    }
}

/// `__pow__(other[, mod])` and `__rpow__(other[, mod])`.
fn pow_slot(vm: &mut Vm, a: &[Value], kw: &KwArgs, kind: Kind, reflected: bool) -> PyResult {
    let name = if reflected { "__rpow__" } else { "__pow__" };
    crate::modules::arity::pow_slot_args(name, a)?;
    let nargs = if a.len() >= 3 { 2 } else { 1 };
    let (x, rest) = receiver(kind, name, a, kw, nargs)?;
    let modulus = rest.get(1).filter(|m| !m.is_none());
    let Some(m) = modulus else {
        return binary_on(vm, kind, Op::Bin(BinOp::Pow), reflected, x, &rest[0]);
    };
    if kind == Kind::Float {
        return Err(type_error("pow() 3rd argument not allowed unless all arguments are integers"));
    }
    let Some(y) = kind.coerce_other(&rest[0]) else { return Ok(not_implemented()) };
    let (base, exp) = if reflected { (y, x) } else { (x, y) };
    let r = number::pow_mod(&base, &exp, &unwrap_base(m))?;
    Ok(match (kind, r) {
        (Kind::Long, Value::Int(i)) => Value::long(BigInt::from(i)),
        (_, r) => r,
    })
}

/// `__coerce__`: both operands as this type, or NotImplemented.
fn coerce_slot(kind: Kind, a: &[Value], kw: &KwArgs) -> PyResult {
    let (x, rest) = receiver(kind, "__coerce__", a, kw, 1)?;
    let other = unwrap_base(&rest[0]);
    let x = match kind {
        Kind::Long => Value::long(number::as_bigint(&x).unwrap_or_default()),
        _ => x,
    };
    // int.__coerce__ hands back a bool as it is (bool is an int).
    let y = match (kind, &other) {
        (Kind::Int, Value::Int(_) | Value::Bool(_)) => Some(other.clone()),
        (Kind::Int, _) => None,
        _ => kind.coerce_other(&other),
    };
    Ok(match y {
        Some(y) => Value::tuple(vec![x, y]),
        None => not_implemented(),
    })
}

/// `int.__cmp__` / `long.__cmp__`: only between values of the same type.
fn cmp_slot(kind: Kind, a: &[Value], kw: &KwArgs) -> PyResult {
    let (x, rest) = receiver(kind, "__cmp__", a, kw, 1)?;
    let y = unwrap_base(&rest[0]);
    if !kind.accepts_self(&y) {
        return Err(type_error(format!(
            "{0}.__cmp__(x,y) requires y to be a '{0}', not a '{1}'",
            kind.name(),
            rest[0].type_name()
        )));
    }
    Ok(Value::Int(match number::num_cmp(&x, &y) {
        Some(std::cmp::Ordering::Less) => -1,
        Some(std::cmp::Ordering::Greater) => 1,
        _ => 0,
    }))
}

/// float's rich comparisons: NotImplemented for anything but a number.
fn float_compare(a: &[Value], kw: &KwArgs, name: &str, test: fn(std::cmp::Ordering) -> bool) -> PyResult {
    let (x, rest) = receiver(Kind::Float, name, a, kw, 1)?;
    let y = unwrap_base(&rest[0]);
    if !number::is_number(&y) {
        return Ok(not_implemented());
    }
    Ok(Value::Bool(match number::num_cmp(&x, &y) {
        Some(o) => BoolBits::new(test(o)),
        // NaN: only != holds.
        None => BoolBits::new(name == "__ne__"),
    }))
}

/// A unary slot taking no argument.
fn unary_slot(a: &[Value], kw: &KwArgs, kind: Kind, name: &str) -> PyResult {
    let (x, _) = receiver(kind, name, a, kw, 0)?;
    let as_long = |v: Value| match v {
        Value::Int(i) => Value::long(BigInt::from(i)),
        v => v,
    };
    let r = match name {
        "__neg__" => number::neg(&x),
        "__invert__" => number::invert(&x),
        "__abs__" => number::abs(&x),
        "__pos__" if kind == Kind::Float => Some(Ok(x)),
        "__pos__" | "__index__" | "__trunc__" | "__int__" => number::to_int(&x).transpose(),
        "__long__" => number::to_int(&x).transpose().map(|r| r.map(as_long)),
        "__float__" => Some(
            Num::of(&x).ok_or_else(|| type_error("a float is required")).and_then(|n| n.to_f64()).map(Value::float),
        ),
        "__nonzero__" => Some(Ok(Value::bool(number::is_true(&x)))),
        "__hash__" => Some(Ok(Value::Int(number::num_hash(&x)))),
        "__repr__" | "__str__" => {
            let x = if kind == Kind::Bool { x } else { int_if_bool(x) };
            let text = if name == "__repr__" { number::num_repr(&x) } else { number::num_str(&x) };
            Some(Ok(Value::str(&text)))
        }
        "__hex__" | "__oct__" => {
            let n = number::as_bigint(&x).unwrap_or_default();
            let base = if name == "__hex__" { 16 } else { 8 };
            Some(Ok(Value::str(&crate::text::int_to_base(&n, base, kind == Kind::Long))))
        }
        "__getnewargs__" => Some(Ok(Value::tuple(vec![int_if_bool(x)]))),
        _ => None,
    };
    let r = r.unwrap_or_else(|| Err(type_error(format!("{}.{} is not supported", kind.name(), name))))?;
    // A long stays a long through its own slots (`(5L).__pos__()` is 5L).
    Ok(
        if kind == Kind::Long
            && matches!(name, "__neg__" | "__invert__" | "__abs__" | "__pos__" | "__index__" | "__trunc__")
        {
            as_long(r)
        } else {
            r
        },
    )
}

/// `True` seen through an int slot is the int 1.
fn int_if_bool(v: Value) -> Value {
    match v {
        Value::Bool(b) => Value::Int(b.get() as i64),
        v => v,
    }
}

/// `__format__(spec)`: the built-in value formatted.
fn format_slot(vm: &mut Vm, a: &[Value], kw: &KwArgs, kind: Kind) -> PyResult {
    let (x, rest) = receiver(kind, "__format__", a, kw, 1)?;
    let spec = match unwrap_base(&rest[0]) {
        Value::Str(s) => s,
        other if super::unicode::as_unicode(&other).is_some() => {
            super::unicode::as_unicode(&other).expect("checked").clone()
        }
        other => return Err(type_error(format!("__format__() argument 1 must be string, not {}", other.type_name()))),
    };
    // As CPython: an empty spec means str(self), which a subclass may define.
    if spec.is_empty() {
        return Ok(Value::Str(vm.to_str(&a[0])?));
    }
    super::str_methods::format_value(vm, &x, spec.as_bytes())
}

/// A read-only data attribute (`real`, `imag`, `numerator`, `denominator`).
fn getter(qualname: &'static str, f: crate::object::NativeFn) -> Value {
    Value::other(Object::Property {
        fget: Builtin::new(qualname, f),
        fset: Value::None,
        fdel: Value::None,
        doc: Value::None,
    })
}

fn real_of(a: &[Value]) -> Value {
    match a.first().map(unwrap_base) {
        Some(Value::Float(f)) => Value::Float(f),
        Some(v @ Value::Long(_)) => v,
        Some(v) => int_if_bool(v),
        None => Value::None,
    }
}

fn zero_like(a: &[Value]) -> Value {
    match a.first().map(unwrap_base) {
        Some(Value::Float(_)) => Value::float(0.0),
        Some(Value::Long(_)) => Value::long(BigInt::from(0)),
        _ => Value::Int(0),
    }
}

fn one_like(a: &[Value]) -> Value {
    match a.first().map(unwrap_base) {
        Some(Value::Long(_)) => Value::long(BigInt::from(1)),
        _ => Value::Int(1),
    }
}

/// Installs the binary slots of one type; `$t` is its name as a literal.
macro_rules! binary_slots {
    ($cls:expr, $t:literal, $kind:expr, [$(($name:literal, $op:expr, $refl:expr)),* $(,)?]) => {
        $( method($cls, concat!($t, ".", $name), |vm, a, kw| binary_slot(vm, a, kw, $kind, $op, $refl, $name)); )*
    };
}

macro_rules! unary_slots {
    ($cls:expr, $t:literal, $kind:expr, [$($name:literal),* $(,)?]) => {
        $( method($cls, concat!($t, ".", $name), |_, a, kw| unary_slot(a, kw, $kind, $name)); )*
    };
}

macro_rules! arithmetic_slots {
    ($cls:expr, $t:literal, $kind:expr) => {
        binary_slots!(
            $cls,
            $t,
            $kind,
            [
                ("__add__", Op::Bin(BinOp::Add), false),
                ("__radd__", Op::Bin(BinOp::Add), true),
                ("__sub__", Op::Bin(BinOp::Sub), false),
                ("__rsub__", Op::Bin(BinOp::Sub), true),
                ("__mul__", Op::Bin(BinOp::Mul), false),
                ("__rmul__", Op::Bin(BinOp::Mul), true),
                ("__div__", Op::Bin(BinOp::Div), false),
                ("__rdiv__", Op::Bin(BinOp::Div), true),
                ("__floordiv__", Op::Bin(BinOp::FloorDiv), false),
                ("__rfloordiv__", Op::Bin(BinOp::FloorDiv), true),
                ("__mod__", Op::Bin(BinOp::Mod), false),
                ("__rmod__", Op::Bin(BinOp::Mod), true),
                ("__truediv__", Op::TrueDiv, false),
                ("__rtruediv__", Op::TrueDiv, true),
                ("__divmod__", Op::DivMod, false),
                ("__rdivmod__", Op::DivMod, true),
            ]
        );
        method($cls, concat!($t, ".__pow__"), |vm, a, kw| pow_slot(vm, a, kw, $kind, false));
        method($cls, concat!($t, ".__rpow__"), |vm, a, kw| pow_slot(vm, a, kw, $kind, true));
        method($cls, concat!($t, ".__coerce__"), |_, a, kw| coerce_slot($kind, a, kw));
        method($cls, concat!($t, ".__format__"), |vm, a, kw| format_slot(vm, a, kw, $kind));
        unary_slots!(
            $cls,
            $t,
            $kind,
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
                "__trunc__",
                "__getnewargs__",
            ]
        );
        $cls.dict.set_str("real", getter(concat!($t, ".real"), |_, a, _| Ok(real_of(a))));
        $cls.dict.set_str("imag", getter(concat!($t, ".imag"), |_, a, _| Ok(zero_like(a))));
    };
}

macro_rules! integer_slots {
    ($cls:expr, $t:literal, $kind:expr) => {
        arithmetic_slots!($cls, $t, $kind);
        binary_slots!(
            $cls,
            $t,
            $kind,
            [
                ("__lshift__", Op::Bin(BinOp::LShift), false),
                ("__rlshift__", Op::Bin(BinOp::LShift), true),
                ("__rshift__", Op::Bin(BinOp::RShift), false),
                ("__rrshift__", Op::Bin(BinOp::RShift), true),
                ("__and__", Op::Bin(BinOp::BitAnd), false),
                ("__rand__", Op::Bin(BinOp::BitAnd), true),
                ("__or__", Op::Bin(BinOp::BitOr), false),
                ("__ror__", Op::Bin(BinOp::BitOr), true),
                ("__xor__", Op::Bin(BinOp::BitXor), false),
                ("__rxor__", Op::Bin(BinOp::BitXor), true),
            ]
        );
        unary_slots!($cls, $t, $kind, ["__invert__", "__index__", "__hex__", "__oct__"]);
        method($cls, concat!($t, ".__cmp__"), |_, a, kw| cmp_slot($kind, a, kw));
        $cls.dict.set_str("numerator", getter(concat!($t, ".numerator"), |_, a, _| Ok(real_of(a))));
        $cls.dict.set_str("denominator", getter(concat!($t, ".denominator"), |_, a, _| Ok(one_like(a))));
    };
}

/// Fills the dicts of `int`, `long`, `float` and `bool` with their slots.
pub fn install(t: &Types) {
    let (int, long, float, bool_): (&Class, &Class, &Class, &Class) = (&t.int, &t.long, &t.float, &t.bool_);
    integer_slots!(int, "int", Kind::Int);
    integer_slots!(long, "long", Kind::Long);
    arithmetic_slots!(float, "float", Kind::Float);
    method(float, "float.__eq__", |_, a, kw| float_compare(a, kw, "__eq__", |o| o.is_eq()));
    method(float, "float.__ne__", |_, a, kw| float_compare(a, kw, "__ne__", |o| o.is_ne()));
    method(float, "float.__lt__", |_, a, kw| float_compare(a, kw, "__lt__", |o| o.is_lt()));
    method(float, "float.__le__", |_, a, kw| float_compare(a, kw, "__le__", |o| o.is_le()));
    method(float, "float.__gt__", |_, a, kw| float_compare(a, kw, "__gt__", |o| o.is_gt()));
    method(float, "float.__ge__", |_, a, kw| float_compare(a, kw, "__ge__", |o| o.is_ge()));
    binary_slots!(
        bool_,
        "bool",
        Kind::Bool,
        [
            ("__and__", Op::Bin(BinOp::BitAnd), false),
            ("__rand__", Op::Bin(BinOp::BitAnd), true),
            ("__or__", Op::Bin(BinOp::BitOr), false),
            ("__ror__", Op::Bin(BinOp::BitOr), true),
            ("__xor__", Op::Bin(BinOp::BitXor), false),
            ("__rxor__", Op::Bin(BinOp::BitXor), true),
        ]
    );
    unary_slots!(bool_, "bool", Kind::Bool, ["__repr__", "__str__"]);
}

/// Whether `m`, found on a subclass of a built-in number type, is one of the
/// comparison slots above: the VM compares such instances by their built-in
/// value itself (an explicit `int.__cmp__` call is stricter than `==`).
pub fn is_number_compare_slot(m: &Value) -> bool {
    let Value::Builtin(b) = m else { return false };
    match b.name.strip_prefix("float.") {
        Some(slot) => matches!(slot, "__eq__" | "__ne__" | "__lt__" | "__le__" | "__gt__" | "__ge__"),
        None => matches!(b.name, "int.__cmp__" | "long.__cmp__"),
    }
}

fn needs_receiver(a: &[Value], name: &str, owner: &str) -> PyResult {
    a.first().cloned().ok_or_else(|| type_error(format!("descriptor '{name}' of '{owner}' object needs an argument")))
}

/// `int.bit_length` (unbound calls without a receiver raise).
pub(crate) fn bit_length(a: &[Value], owner: &str) -> PyResult {
    let recv = needs_receiver(a, "bit_length", owner)?;
    let Some(n) = number::as_bigint(&unwrap_base(&recv)) else {
        return Err(type_error(format!(
            "descriptor 'bit_length' requires a '{owner}' object but received a '{}'",
            recv.type_name()
        )));
    };
    Ok(Value::Int(n.bits() as i64))
}

/// `int.conjugate`.
pub(crate) fn conjugate(a: &[Value], owner: &str) -> PyResult {
    let recv = needs_receiver(a, "conjugate", owner)?;
    Ok(number::to_int(&unwrap_base(&recv))?.unwrap_or(Value::Int(0)))
}
