//! The `math` module.

use super::math_special::{self, MathErr};
use super::{check_args, def};
use crate::object::number::Num;
use crate::object::{Dict, ExcKind, PyErr, PyResult, Value};
use crate::vm::Vm;

/// A float argument: a number, or an object with `__float__`.
fn f(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    if let Some(n) = Num::of(v) {
        return n.to_f64();
    }
    match vm.call_dunder(v, "__float__", vec![])? {
        Some(r) => {
            Num::of(&r).ok_or_else(|| PyErr::new(ExcKind::TypeError, "nb_float should return float object"))?.to_f64()
        }
        None => Err(crate::object::complex_methods::float_required(v)),
    }
}

fn special(r: Result<f64, MathErr>) -> PyResult {
    match r {
        Ok(x) => Ok(Value::float(x)),
        Err(MathErr::Domain) => Err(domain()),
        Err(MathErr::Range) => Err(PyErr::new(ExcKind::OverflowError, "math range error")),
    }
}

/// `func` (ln or log10) of a number, longs too large for a float
/// included: those are `m * 2**e` with m in [0.5, 1), so the result is
/// `func(m) + func(2) * e`, as 2.7's math module computes it.
fn log_of(vm: &mut Vm, v: &Value, func: fn(f64) -> f64) -> PyResult<f64> {
    if let Value::Long(b) = crate::vm::ops::unwrap_base(v) {
        if b.sign() != num_bigint::Sign::Plus {
            return Err(domain());
        }
        if Num::Long((*b).clone()).to_f64().is_err() {
            let bits = b.bits();
            let top: num_bigint::BigInt = &*b >> (bits - 60) as usize;
            let m = Num::Long(top).to_f64()? / (1u64 << 60) as f64;
            return Ok(func(m) + func(2.0) * bits as f64);
        }
    }
    let x = f(vm, v)?;
    if x.is_nan() {
        return Ok(x);
    }
    if x <= 0.0 {
        return Err(domain());
    }
    Ok(func(x))
}

/// `x = m * 2**e` with 0.5 <= |m| < 1, read off the bits (exact, the
/// subnormals too) for a finite nonzero x.
fn frexp(x: f64) -> (f64, i64) {
    // Subnormals are first scaled into the normal range.
    let (x, extra) = if x.abs() < f64::MIN_POSITIVE { (x * 2f64.powi(64), -64) } else { (x, 0) };
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    // Keep the sign and the mantissa; set the exponent field to that of 0.5.
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, exp - 1022 + extra)
}

/// The inverse hyperbolic cosine, the fdlibm way (no overflow for huge x).
fn acosh(x: f64) -> f64 {
    if x < 1.0 {
        f64::NAN
    } else if x >= 2f64.powi(28) {
        if x.is_infinite() {
            x
        } else {
            x.ln() + std::f64::consts::LN_2
        }
    } else if x == 1.0 {
        0.0
    } else if x > 2.0 {
        (2.0 * x - 1.0 / (x + (x * x - 1.0).sqrt())).ln()
    } else {
        let t = x - 1.0;
        (t + (2.0 * t + t * t).sqrt()).ln_1p()
    }
}

/// The inverse hyperbolic tangent, the fdlibm way: computed on |x| so
/// that values near -1 keep their precision.
fn atanh(x: f64) -> f64 {
    let t = x.abs();
    if t >= 1.0 || x.is_nan() {
        return f64::NAN;
    }
    if t < 2f64.powi(-28) {
        return x;
    }
    let r = if t < 0.5 {
        let t2 = t + t;
        0.5 * (t2 + t2 * t / (1.0 - t)).ln_1p()
    } else {
        0.5 * ((t + t) / (1.0 - t)).ln_1p()
    };
    r.copysign(x)
}

/// `math.pow` when x or y is an infinity or a NaN: C99's Annex F values,
/// never an error (NaN**0 and 1**NaN are 1).
fn pow_special(x: f64, y: f64) -> f64 {
    if x.is_nan() {
        return if y == 0.0 { 1.0 } else { x };
    }
    if y.is_nan() {
        return if x == 1.0 { 1.0 } else { y };
    }
    if x.is_infinite() {
        let odd_y = y.is_finite() && (y.abs() % 2.0) == 1.0;
        return if y > 0.0 {
            if odd_y {
                x
            } else {
                x.abs()
            }
        } else if y == 0.0 {
            1.0
        } else if odd_y {
            0f64.copysign(x)
        } else {
            0.0
        };
    }
    // y is infinite, x finite.
    if x.abs() == 1.0 {
        1.0
    } else if (y > 0.0) == (x.abs() > 1.0) {
        f64::INFINITY
    } else {
        0.0
    }
}

fn domain() -> PyErr {
    PyErr::new(ExcKind::ValueError, "math domain error")
}

fn checked(x: f64) -> PyResult {
    if x.is_nan() {
        return Err(domain());
    }
    if x.is_infinite() {
        return Err(PyErr::new(ExcKind::OverflowError, "math range error"));
    }
    Ok(Value::float(x))
}

macro_rules! unary {
    ($d:expr, $name:literal, $op:expr) => {
        def($d, $name, |vm, a, _| {
            check_args($name, a, 1, 1)?;
            let x = f(vm, &a[0])?;
            let op: fn(f64) -> f64 = $op;
            let r = op(x);
            if r.is_nan() && !x.is_nan() {
                return Err(domain());
            }
            if r.is_infinite() && x.is_finite() {
                return Err(PyErr::new(ExcKind::OverflowError, "math range error"));
            }
            Ok(Value::float(r))
        });
    };
}

pub fn init(d: &Dict) {
    d.set_str("pi", Value::float(std::f64::consts::PI));
    d.set_str("e", Value::float(std::f64::consts::E));
    unary!(d, "sin", f64::sin);
    unary!(d, "cos", f64::cos);
    unary!(d, "tan", f64::tan);
    unary!(d, "asin", f64::asin);
    unary!(d, "acos", f64::acos);
    unary!(d, "atan", f64::atan);
    unary!(d, "sinh", f64::sinh);
    unary!(d, "cosh", f64::cosh);
    unary!(d, "tanh", f64::tanh);
    unary!(d, "exp", f64::exp);
    unary!(d, "fabs", f64::abs);
    def(d, "log10", |vm, a, _| {
        check_args("log10", a, 1, 1)?;
        log_of(vm, &a[0], f64::log10).map(Value::float)
    });
    // log1p(-1) is a pole: -inf, reported as an overflow.
    unary!(d, "log1p", |x| if x < -1.0 {
        f64::NAN
    } else if x == -1.0 {
        f64::NEG_INFINITY
    } else {
        x.ln_1p()
    });
    // degrees() may overflow to inf without complaint, as in 2.7.
    def(d, "degrees", |vm, a, _| {
        check_args("degrees", a, 1, 1)?;
        Ok(Value::float(f(vm, &a[0])?.to_degrees()))
    });
    unary!(d, "expm1", f64::exp_m1);
    unary!(d, "asinh", super::cmath::asinh_real);
    unary!(d, "acosh", acosh);
    unary!(d, "atanh", atanh);
    unary!(d, "erf", math_special::erf);
    unary!(d, "erfc", math_special::erfc);
    def(d, "gamma", |vm, a, _| {
        check_args("gamma", a, 1, 1)?;
        special(math_special::gamma(f(vm, &a[0])?))
    });
    def(d, "lgamma", |vm, a, _| {
        check_args("lgamma", a, 1, 1)?;
        special(math_special::lgamma(f(vm, &a[0])?))
    });
    def(d, "fsum", |vm, a, _| {
        check_args("fsum", a, 1, 1)?;
        let mut xs = Vec::new();
        for v in vm.to_vec(&a[0])? {
            xs.push(f(vm, &v)?);
        }
        match math_special::fsum(&xs) {
            Ok(x) => Ok(Value::float(x)),
            Err((true, msg)) => Err(PyErr::new(ExcKind::ValueError, msg)),
            Err((false, msg)) => Err(PyErr::new(ExcKind::OverflowError, msg)),
        }
    });
    unary!(d, "radians", f64::to_radians);
    def(d, "sqrt", |vm, a, _| {
        check_args("sqrt", a, 1, 1)?;
        let x = f(vm, &a[0])?;
        if x < 0.0 {
            return Err(domain());
        }
        Ok(Value::float(x.sqrt()))
    });
    def(d, "log", |vm, a, _| {
        check_args("log", a, 1, 2)?;
        let ln = |vm: &mut Vm, v: &Value| log_of(vm, v, f64::ln);
        let x = ln(vm, &a[0])?;
        match a.get(1) {
            Some(b) => {
                let lb = ln(vm, b)?;
                if lb == 0.0 {
                    return Err(PyErr::new(ExcKind::ZeroDivisionError, "float division by zero"));
                }
                Ok(Value::float(x / lb))
            }
            None => Ok(Value::float(x)),
        }
    });
    def(d, "pow", |vm, a, _| {
        check_args("pow", a, 2, 2)?;
        let (x, y) = (f(vm, &a[0])?, f(vm, &a[1])?);
        // Zero to a negative power (-inf included) divides by zero.
        if x == 0.0 && y < 0.0 {
            return Err(domain());
        }
        if !x.is_finite() || !y.is_finite() {
            return Ok(Value::float(pow_special(x, y)));
        }
        checked(x.powf(y))
    });
    def(d, "atan2", |vm, a, _| {
        check_args("atan2", a, 2, 2)?;
        Ok(Value::float(f(vm, &a[0])?.atan2(f(vm, &a[1])?)))
    });
    def(d, "hypot", |vm, a, _| {
        check_args("hypot", a, 2, 2)?;
        Ok(Value::float(f(vm, &a[0])?.hypot(f(vm, &a[1])?)))
    });
    def(d, "fmod", |vm, a, _| {
        check_args("fmod", a, 2, 2)?;
        let (x, y) = (f(vm, &a[0])?, f(vm, &a[1])?);
        // A NaN argument gives NaN; an infinite x or a zero y is a domain error.
        if x.is_nan() || y.is_nan() {
            return Ok(Value::float(f64::NAN));
        }
        if y == 0.0 || x.is_infinite() {
            return Err(domain());
        }
        Ok(Value::float(x % y))
    });
    def(d, "copysign", |vm, a, _| {
        check_args("copysign", a, 2, 2)?;
        Ok(Value::float(f(vm, &a[0])?.copysign(f(vm, &a[1])?)))
    });
    def(d, "floor", |vm, a, _| {
        check_args("floor", a, 1, 1)?;
        Ok(Value::float(f(vm, &a[0])?.floor()))
    });
    def(d, "ceil", |vm, a, _| {
        check_args("ceil", a, 1, 1)?;
        Ok(Value::float(f(vm, &a[0])?.ceil()))
    });
    def(d, "trunc", |vm, a, _| {
        check_args("trunc", a, 1, 1)?;
        if let Some(i) = crate::object::number::to_int(&a[0])? {
            return Ok(i);
        }
        // Called as a method, as 2.7 does: a missing one is an AttributeError.
        match vm.call_dunder(&a[0], "__trunc__", vec![])? {
            Some(r) => Ok(r),
            None => Err(PyErr::new(
                ExcKind::AttributeError,
                format!("'{}' object has no attribute '__trunc__'", a[0].type_name()),
            )),
        }
    });
    def(d, "isnan", |vm, a, _| {
        check_args("isnan", a, 1, 1)?;
        Ok(Value::bool(f(vm, &a[0])?.is_nan()))
    });
    def(d, "isinf", |vm, a, _| {
        check_args("isinf", a, 1, 1)?;
        Ok(Value::bool(f(vm, &a[0])?.is_infinite()))
    });
    def(d, "modf", |vm, a, _| {
        check_args("modf", a, 1, 1)?;
        let x = f(vm, &a[0])?;
        // The fractional part keeps x's sign; that of an infinity is zero.
        let frac = if x.is_infinite() { 0.0 } else { x.fract() };
        Ok(Value::tuple(vec![Value::float(frac.copysign(x)), Value::float(x.trunc())]))
    });
    def(d, "frexp", |vm, a, _| {
        check_args("frexp", a, 1, 1)?;
        let x = f(vm, &a[0])?;
        if x == 0.0 || !x.is_finite() {
            return Ok(Value::tuple(vec![Value::float(x), Value::Int(0)]));
        }
        let (m, e) = frexp(x);
        Ok(Value::tuple(vec![Value::float(m), Value::Int(e)]))
    });
    def(d, "ldexp", |vm, a, _| {
        check_args("ldexp", a, 2, 2)?;
        let x = f(vm, &a[0])?;
        let e = match &a[1] {
            Value::Long(b) => {
                if num_traits::Signed::is_negative(&**b) {
                    i64::MIN
                } else {
                    i64::MAX
                }
            }
            v => crate::object::number::as_i64(v).ok_or_else(|| {
                PyErr::new(ExcKind::TypeError, "Expected an int or long as second argument to ldexp.")
            })?,
        };
        if x.is_nan() || x.is_infinite() {
            return Ok(Value::float(x));
        }
        checked(super::float_bits::ldexp(x, e))
    });
    def(d, "factorial", |_, a, _| {
        check_args("factorial", a, 1, 1)?;
        let n = match &a[0] {
            Value::Float(x) if x.get().fract() == 0.0 => x.get() as i64,
            Value::Float(_) => return Err(PyErr::new(ExcKind::ValueError, "factorial() only accepts integral values")),
            v if crate::object::complex::is_complex(v) => {
                return Err(PyErr::new(ExcKind::TypeError, "can't convert complex to int"))
            }
            v => crate::object::number::as_i64(v)
                .ok_or_else(|| PyErr::new(ExcKind::TypeError, "an integer is required"))?,
        };
        if n < 0 {
            return Err(PyErr::new(ExcKind::ValueError, "factorial() not defined for negative values"));
        }
        let mut r = num_bigint::BigInt::from(1);
        for i in 2..=n {
            r *= i;
        }
        Ok(Value::from_bigint(r))
    });
}
