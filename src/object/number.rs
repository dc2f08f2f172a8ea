//! Numbers: `int` (inline i64, promoting to `long` on overflow), `long`
//! (num-bigint) and `float`, with Python 2 semantics for every operator.

use std::cmp::Ordering;

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

use super::exception::ExcKind;
use super::{PyErr, PyResult, Value};
use crate::syntax::ast::BinOp;

/// A number taken apart for arithmetic.
pub enum Num {
    Int(i64),
    Long(BigInt),
    Float(f64),
}

impl Num {
    pub fn of(v: &Value) -> Option<Num> {
        Some(match v {
            Value::Int(i) => Num::Int(*i),
            Value::Bool(b) => Num::Int(b.get() as i64),
            Value::Float(f) => Num::Float(f.get()),
            Value::Long(b) => Num::Long((**b).clone()),
            _ => return None,
        })
    }
    pub(crate) fn big(&self) -> BigInt {
        match self {
            Num::Int(i) => BigInt::from(*i),
            Num::Long(b) => b.clone(),
            Num::Float(f) => float_to_bigint(*f).unwrap_or_default(),
        }
    }
    pub fn to_f64(&self) -> PyResult<f64> {
        match self {
            Num::Int(i) => Ok(*i as f64),
            Num::Float(f) => Ok(*f),
            Num::Long(b) => long_to_f64(b),
        }
    }
}

/// `x / y` for integers, one of them a long: the quotient is formed on
/// integers with 64 significant bits before it becomes a float, so that
/// operands beyond a float's range still divide ('2'*400 / '3'*400).
pub fn long_true_div(x: &Num, y: &Num) -> PyResult<f64> {
    let (x, y) = (x.big(), y.big());
    if y.is_zero() {
        return Err(PyErr::new(ExcKind::ZeroDivisionError, "division by zero"));
    }
    if x.is_zero() {
        return Ok(0.0);
    }
    let negative = x.is_negative() != y.is_negative();
    let (ax, ay) = (x.magnitude(), y.magnitude());
    // 2**shift * x / y has at least 64 bits.
    let shift = 64 + ay.bits() as i64 - ax.bits() as i64;
    let q = if shift >= 0 { (ax << shift as usize) / ay } else { ax / (ay << (-shift) as usize) };
    let mut f = q.to_f64().unwrap_or(f64::INFINITY);
    let mut e = -shift;
    // Scale by 2**e in steps that stay inside the float range.
    while e > 0 && f.is_finite() {
        let step = e.min(1000);
        f *= 2f64.powi(step as i32);
        e -= step;
    }
    while e < 0 && f != 0.0 {
        let step = (-e).min(1000);
        f /= 2f64.powi(step as i32);
        e += step;
    }
    if f.is_infinite() {
        return Err(PyErr::new(ExcKind::OverflowError, "integer division result too large for a float"));
    }
    Ok(if negative { -f } else { f })
}

pub fn long_to_f64(b: &BigInt) -> PyResult<f64> {
    let f = b.to_f64().unwrap_or(f64::INFINITY);
    if f.is_infinite() {
        return Err(PyErr::new(ExcKind::OverflowError, "long int too large to convert to float"));
    }
    Ok(f)
}

pub fn float_to_bigint(f: f64) -> Option<BigInt> {
    use num_traits::FromPrimitive;
    BigInt::from_f64(f.trunc())
}

pub fn is_number(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::Bool(_) | Value::Float(_) | Value::Long(_))
}

/// Numeric equality (1 == 1.0 == True).
pub fn num_eq(a: &Value, b: &Value) -> bool {
    num_cmp(a, b) == Some(Ordering::Equal)
}

/// Numeric ordering; `None` when a NaN is involved or a value is not a number.
pub fn num_cmp(a: &Value, b: &Value) -> Option<Ordering> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => return Some(x.cmp(y)),
        (Value::Float(x), Value::Float(y)) => return x.get().partial_cmp(&y.get()),
        _ => {}
    }
    let (x, y) = (Num::of(a)?, Num::of(b)?);
    match (&x, &y) {
        (Num::Float(f), other) | (other, Num::Float(f)) if !matches!(other, Num::Float(_)) => {
            let flip = matches!(x, Num::Float(_));
            if f.is_nan() {
                return None;
            }
            let ord = if f.is_infinite() {
                if *f > 0.0 {
                    Ordering::Less
                } else {
                    Ordering::Greater
                }
            } else {
                // Compare the integer exactly against the float.
                let i = other.big();
                let fi = float_to_bigint(*f).unwrap_or_default();
                match i.cmp(&fi) {
                    Ordering::Equal => {
                        let frac = f - f.trunc();
                        if frac > 0.0 {
                            Ordering::Less
                        } else if frac < 0.0 {
                            Ordering::Greater
                        } else {
                            Ordering::Equal
                        }
                    }
                    o => o,
                }
            };
            Some(if flip { ord.reverse() } else { ord })
        }
        (Num::Float(p), Num::Float(q)) => p.partial_cmp(q),
        _ => Some(x.big().cmp(&y.big())),
    }
}

/// `hash()` of a number, by CPython 2.7's algorithms on a 64-bit build
/// (seeds such as `random.seed(1.5)` depend on the exact values); equal
/// numbers hash alike.
pub fn num_hash(v: &Value) -> i64 {
    let h = match v {
        Value::Int(i) => *i,
        Value::Bool(b) => b.get() as i64,
        Value::Long(b) => big_hash(b),
        Value::Float(f) => return float_hash(f.get()),
        _ => 0,
    };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// The hash of a float: integral values hash as the equal int or long;
/// others mix the mantissa in two 31-bit halves with the exponent.
pub fn float_hash(v: f64) -> i64 {
    if v.is_nan() {
        // CPython's C conversions of NaN cancel out to 0 on x86-64.
        return 0;
    }
    if v.is_infinite() {
        return if v < 0.0 { -271828 } else { 314159 };
    }
    if v.fract() == 0.0 {
        let h =
            if v.abs() > (i64::MAX / 2) as f64 { big_hash(&float_to_bigint(v).unwrap_or_default()) } else { v as i64 };
        return if h == -1 { -2 } else { h };
    }
    let (m, expo) = frexp(v);
    let mut w = m * 2147483648.0;
    let hipart = w as i64;
    w = (w - hipart as f64) * 2147483648.0;
    let x = hipart.wrapping_add(w as i64).wrapping_add((expo as i64) << 15);
    if x == -1 {
        -2
    } else {
        x
    }
}

/// `frexp` for finite non-zero values: `v == m * 2**e` with 0.5 <= |m| < 1.
fn frexp(v: f64) -> (f64, i32) {
    let bits = v.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // Subnormal: scale into the normal range first.
        let (m, e) = frexp(v * 2f64.powi(64));
        return (m, e - 64);
    }
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, exp - 1022)
}

/// The hash of a long: its magnitude folded modulo 2**64 - 1 in 30-bit
/// digits (as CPython's `long_hash`), then the sign applied.
fn big_hash(b: &BigInt) -> i64 {
    let (sign, mag) = b.to_u32_digits();
    let mut digits: Vec<u64> = Vec::new();
    // Regroup the magnitude into 30-bit digits, least significant first.
    let mut acc: u128 = 0;
    let mut nbits = 0;
    for d in mag {
        acc |= (d as u128) << nbits;
        nbits += 32;
        while nbits >= 30 {
            digits.push((acc & 0x3fff_ffff) as u64);
            acc >>= 30;
            nbits -= 30;
        }
    }
    if acc != 0 {
        digits.push(acc as u64);
    }
    while digits.last() == Some(&0) {
        digits.pop();
    }
    let mut x: u64 = 0;
    for &d in digits.iter().rev() {
        x = x.rotate_left(30).wrapping_add(d);
        if x < d {
            x = x.wrapping_add(1);
        }
    }
    if sign == num_bigint::Sign::Minus {
        x = x.wrapping_neg();
    }
    let h = x as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

fn zero_div(kind: &str) -> PyErr {
    PyErr::new(ExcKind::ZeroDivisionError, kind.to_string())
}

/// Applies a binary operator to two numbers; `None` when either is not a number.
pub fn binop(op: BinOp, a: &Value, b: &Value) -> Option<PyResult> {
    if let (Value::Int(x), Value::Int(y)) = (a, b) {
        return Some(int_op(op, *x, *y));
    }
    if let (Value::Bool(p), Value::Bool(q)) = (a, b) {
        match op {
            BinOp::BitAnd => return Some(Ok(Value::bool(p.get() & q.get()))),
            BinOp::BitOr => return Some(Ok(Value::bool(p.get() | q.get()))),
            BinOp::BitXor => return Some(Ok(Value::bool(p.get() ^ q.get()))),
            _ => {}
        }
    }
    let (x, y) = (Num::of(a)?, Num::of(b)?);
    let bitwise = matches!(op, BinOp::LShift | BinOp::RShift | BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor);
    if bitwise && (matches!(x, Num::Float(_)) || matches!(y, Num::Float(_))) {
        return None;
    }
    Some(match (x, y) {
        (Num::Float(p), q) => q.to_f64().and_then(|q| float_op(op, p, q)),
        (p, Num::Float(q)) => p.to_f64().and_then(|p| float_op(op, p, q)),
        (Num::Int(p), Num::Int(q)) => int_op(op, p, q),
        (p, q) => long_op(op, p.big(), q.big()),
    })
}

/// `pow(x, y, m)` for integers: the result has m's sign, and is a long
/// when any argument is.
pub fn pow_mod(x: &Value, y: &Value, m: &Value) -> PyResult {
    let (Some(bx), Some(by), Some(bm)) = (as_bigint(x), as_bigint(y), as_bigint(m)) else {
        return Err(PyErr::new(ExcKind::TypeError, "pow() 3rd argument not allowed unless all arguments are integers"));
    };
    if bm.is_zero() {
        return Err(PyErr::new(ExcKind::ValueError, "pow() 3rd argument cannot be 0"));
    }
    if by.is_negative() {
        return Err(PyErr::new(
            ExcKind::TypeError,
            "pow() 2nd argument cannot be negative when 3rd argument specified",
        ));
    }
    let mut r = bx.modpow(&by, &bm);
    if !r.is_zero() && (r.is_negative() != bm.is_negative()) {
        r += &bm;
    }
    let long = [x, y, m].iter().any(|v| matches!(v, Value::Long(_)));
    Ok(if long { Value::long(r) } else { Value::from_bigint(r) })
}

/// int op int, promoting to long on overflow.
pub fn int_op(op: BinOp, x: i64, y: i64) -> PyResult {
    let r = match op {
        BinOp::Add => x.checked_add(y),
        BinOp::Sub => x.checked_sub(y),
        BinOp::Mul => x.checked_mul(y),
        BinOp::Div | BinOp::FloorDiv => {
            if y == 0 {
                return Err(zero_div("integer division or modulo by zero"));
            }
            x.checked_div_euclid(y).map(|_| Integer::div_floor(&x, &y))
        }
        BinOp::Mod => {
            if y == 0 {
                return Err(zero_div("integer division or modulo by zero"));
            }
            x.checked_rem(y).map(|_| x.mod_floor(&y))
        }
        BinOp::Pow => {
            if y < 0 {
                return float_op(op, x as f64, y as f64);
            }
            match x {
                // Results that stay small whatever the exponent.
                0 | 1 => Some(if y == 0 { 1 } else { x }),
                -1 => Some(if y % 2 == 0 { 1 } else { -1 }),
                _ => u32::try_from(y).ok().and_then(|e| x.checked_pow(e)),
            }
        }
        BinOp::LShift => {
            if y < 0 {
                return Err(PyErr::new(ExcKind::ValueError, "negative shift count"));
            }
            if x == 0 {
                Some(0)
            } else if y < 63 && (x << y) >> y == x {
                Some(x << y)
            } else {
                None
            }
        }
        BinOp::RShift => {
            if y < 0 {
                return Err(PyErr::new(ExcKind::ValueError, "negative shift count"));
            }
            Some(if y >= 64 {
                if x < 0 {
                    -1
                } else {
                    0
                }
            } else {
                x >> y
            })
        }
        BinOp::BitAnd => Some(x & y),
        BinOp::BitOr => Some(x | y),
        BinOp::BitXor => Some(x ^ y),
    };
    match r {
        Some(v) => Ok(Value::Int(v)),
        None => long_op(op, BigInt::from(x), BigInt::from(y)).map(|v| match v {
            Value::Long(b) => Value::from_bigint((*b).clone()),
            v => v,
        }),
    }
}

/// long op long: the result stays a long.
pub fn long_op(op: BinOp, x: BigInt, y: BigInt) -> PyResult {
    let r = match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::Div | BinOp::FloorDiv => {
            if y.is_zero() {
                return Err(zero_div("long division or modulo by zero"));
            }
            x.div_floor(&y)
        }
        BinOp::Mod => {
            if y.is_zero() {
                return Err(zero_div("long division or modulo by zero"));
            }
            x.mod_floor(&y)
        }
        BinOp::Pow => {
            if y.is_negative() {
                let (p, q) = (long_to_f64(&x)?, long_to_f64(&y)?);
                return float_op(op, p, q);
            }
            let Some(e) = y.to_u32() else {
                if x.is_zero() || x == BigInt::from(1) {
                    return Ok(Value::long(x));
                }
                if x == BigInt::from(-1) {
                    return Ok(Value::long(BigInt::from(if y.is_even() { 1 } else { -1 })));
                }
                return Err(PyErr::new(ExcKind::OverflowError, "long int too large"));
            };
            if x.bits() as u128 * e as u128 > 1 << 32 {
                return Err(crate::object::alloc::memory_error());
            }
            num_traits::pow(x, e as usize)
        }
        BinOp::LShift => {
            if y.is_negative() {
                return Err(PyErr::new(ExcKind::ValueError, "negative shift count"));
            }
            let Some(s) = y.to_u32().filter(|s| *s < 1 << 31) else {
                return Err(PyErr::new(ExcKind::OverflowError, "outrageous left shift count"));
            };
            x << s as usize
        }
        BinOp::RShift => {
            if y.is_negative() {
                return Err(PyErr::new(ExcKind::ValueError, "negative shift count"));
            }
            match y.to_u64() {
                Some(s) if s < 1 << 40 => x >> s as usize,
                _ => BigInt::from(if x.is_negative() { -1 } else { 0 }),
            }
        }
        BinOp::BitAnd => x & y,
        BinOp::BitOr => x | y,
        BinOp::BitXor => x ^ y,
    };
    Ok(Value::long(r))
}

/// float op float.
pub fn float_op(op: BinOp, x: f64, y: f64) -> PyResult {
    let r = match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::Div => {
            if y == 0.0 {
                return Err(zero_div("float division by zero"));
            }
            x / y
        }
        BinOp::FloorDiv => {
            if y == 0.0 {
                return Err(zero_div("float divmod()"));
            }
            float_divmod(x, y).0
        }
        BinOp::Mod => {
            if y == 0.0 {
                return Err(zero_div("float modulo"));
            }
            float_divmod(x, y).1
        }
        BinOp::Pow => return float_pow(x, y),
        _ => {
            return Err(PyErr::new(
                ExcKind::TypeError,
                format!("unsupported operand type(s) for {}: 'float' and 'float'", op_symbol(op)),
            ))
        }
    };
    Ok(Value::float(r))
}

/// Python's float divmod: the remainder takes the sign of the divisor.
pub fn float_divmod(x: f64, y: f64) -> (f64, f64) {
    let mut m = x % y;
    let mut div = (x - m) / y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m += y;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(y);
    }
    let floordiv = if div != 0.0 {
        let f = div.floor();
        if div - f > 0.5 {
            f + 1.0
        } else {
            f
        }
    } else {
        0.0f64.copysign(x / y)
    };
    (floordiv, m)
}

fn float_pow(x: f64, y: f64) -> PyResult {
    // 0.0 ** -inf is inf, as C's pow.
    if x == 0.0 && y < 0.0 && y != f64::NEG_INFINITY {
        return Err(zero_div("0.0 cannot be raised to a negative power"));
    }
    if x < 0.0 && x.is_finite() && y.fract() != 0.0 && y.is_finite() {
        return Err(PyErr::new(ExcKind::ValueError, "negative number cannot be raised to a fractional power"));
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(PyErr::with_args(
            ExcKind::OverflowError,
            vec![Value::Int(34), Value::str("Numerical result out of range")],
        ));
    }
    Ok(Value::float(r))
}

pub fn op_symbol(op: BinOp) -> &'static str {
    match op {
        BinOp::Add => "+",
        BinOp::Sub => "-",
        BinOp::Mul => "*",
        BinOp::Div => "/",
        BinOp::FloorDiv => "//",
        BinOp::Mod => "%",
        BinOp::Pow => "** or pow()",
        BinOp::LShift => "<<",
        BinOp::RShift => ">>",
        BinOp::BitAnd => "&",
        BinOp::BitOr => "|",
        BinOp::BitXor => "^",
    }
}

/// `-x`
pub fn neg(v: &Value) -> Option<PyResult> {
    Some(Ok(match v {
        Value::Int(i) => match i.checked_neg() {
            Some(n) => Value::Int(n),
            None => Value::long(-BigInt::from(*i)),
        },
        Value::Bool(b) => Value::Int(-i64::from(*b)),
        Value::Float(f) => Value::float(-f.get()),
        Value::Long(b) => Value::long(-(**b).clone()),
        _ => return None,
    }))
}

/// `~x`
pub fn invert(v: &Value) -> Option<PyResult> {
    Some(Ok(match v {
        Value::Int(i) => Value::Int(!i),
        Value::Bool(b) => Value::Int(!i64::from(*b)),
        Value::Long(b) => Value::long(-(**b).clone() - 1),
        _ => return None,
    }))
}

/// `abs(x)`
pub fn abs(v: &Value) -> Option<PyResult> {
    Some(Ok(match v {
        Value::Int(i) => match i.checked_abs() {
            Some(n) => Value::Int(n),
            None => Value::long(BigInt::from(*i).abs()),
        },
        Value::Bool(b) => Value::Int(b.get() as i64),
        Value::Float(f) => Value::float(f.get().abs()),
        Value::Long(b) => Value::long(b.abs()),
        _ => return None,
    }))
}

pub fn is_true(v: &Value) -> bool {
    match v {
        Value::Int(i) => *i != 0,
        Value::Bool(b) => b.get(),
        Value::Float(f) => f.get() != 0.0,
        Value::Long(b) => !b.is_zero(),
        _ => false,
    }
}

/// `repr` of an int or long (`12`, `12L`), or of a float.
pub fn num_repr(v: &Value) -> String {
    match v {
        Value::Int(i) => i.to_string(),
        Value::Bool(b) => if b.get() { "True" } else { "False" }.to_string(),
        Value::Long(b) => format!("{}L", b),
        Value::Float(f) => crate::text::float_repr(f.get()),
        _ => String::new(),
    }
}

/// `str` of a number (`12` for a long, 12-digit floats).
pub fn num_str(v: &Value) -> String {
    match v {
        Value::Long(b) => b.to_string(),
        Value::Float(f) => crate::text::float_str(f.get()),
        _ => num_repr(v),
    }
}

/// Converts a number to an integer value (`int(x)`), truncating floats.
pub fn to_int(v: &Value) -> PyResult<Option<Value>> {
    Ok(Some(match v {
        Value::Int(i) => Value::Int(*i),
        Value::Bool(b) => Value::Int(b.get() as i64),
        Value::Long(b) => Value::from_bigint((**b).clone()),
        Value::Float(f) => {
            if f.get().is_nan() {
                return Err(PyErr::new(ExcKind::ValueError, "cannot convert float NaN to integer"));
            }
            if f.get().is_infinite() {
                return Err(PyErr::new(ExcKind::OverflowError, "cannot convert float infinity to integer"));
            }
            if f.get().abs() < 9.0e18 {
                Value::Int(f.get() as i64)
            } else {
                Value::from_bigint(float_to_bigint(f.get()).unwrap_or_default())
            }
        }
        _ => return Ok(None),
    }))
}

/// An integer value as i64, if it is one and fits.
pub fn as_i64(v: &Value) -> Option<i64> {
    match v {
        Value::Int(i) => Some(*i),
        Value::Bool(b) => Some(b.get() as i64),
        Value::Long(b) => b.to_i64(),
        _ => None,
    }
}

pub fn as_bigint(v: &Value) -> Option<BigInt> {
    match v {
        Value::Int(i) => Some(BigInt::from(*i)),
        Value::Bool(b) => Some(BigInt::from(b.get() as i64)),
        Value::Long(b) => Some((**b).clone()),
        _ => None,
    }
}
