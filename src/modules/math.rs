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
    unary!(d, "log10", |x| if x <= 0.0 { f64::NAN } else { x.log10() });
    unary!(d, "log1p", |x| if x <= -1.0 { f64::NAN } else { x.ln_1p() });
    unary!(d, "degrees", f64::to_degrees);
    unary!(d, "expm1", f64::exp_m1);
    unary!(d, "asinh", f64::asinh);
    unary!(d, "acosh", |x| if x < 1.0 { f64::NAN } else { x.acosh() });
    unary!(d, "atanh", |x| if x.abs() >= 1.0 { f64::NAN } else { x.atanh() });
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
        let ln = |vm: &mut Vm, v: &Value| -> PyResult<f64> {
            if let Value::Long(b) = v {
                if b.sign() == num_bigint::Sign::Plus {
                    let bits = b.bits();
                    if bits > 1000 {
                        let shifted: num_bigint::BigInt = &**b >> (bits - 60) as usize;
                        let m = Num::Long(shifted).to_f64()?;
                        return Ok(m.ln() + (bits - 60) as f64 * std::f64::consts::LN_2);
                    }
                }
            }
            let x = f(vm, v)?;
            if x <= 0.0 {
                return Err(domain());
            }
            Ok(x.ln())
        };
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
        if x == 0.0 && y < 0.0 {
            return Err(domain());
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
        if y == 0.0 {
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
        Ok(Value::tuple(vec![Value::float(x.fract()), Value::float(x.trunc())]))
    });
    def(d, "frexp", |vm, a, _| {
        check_args("frexp", a, 1, 1)?;
        let x = f(vm, &a[0])?;
        if x == 0.0 || !x.is_finite() {
            return Ok(Value::tuple(vec![Value::float(x), Value::Int(0)]));
        }
        let e = x.abs().log2().floor() as i64 + 1;
        Ok(Value::tuple(vec![Value::float(x / 2f64.powi(e as i32)), Value::Int(e)]))
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
