//! The `cmath` module: elementary functions of a complex variable with the
//! branch cuts and special values of C99 Annex G (as CPython 2.7 gives
//! them), ValueError "math domain error" for poles and invalid operations,
//! OverflowError "math range error" when a finite argument overflows.
//!
//! The finite cases use formulas that stay accurate near the branch cuts and
//! for huge or tiny arguments (Kahan's square roots of 1 ± z, scaling by
//! powers of two); the non-finite cases are decided by explicit rules.

use std::f64::consts::{FRAC_PI_2, FRAC_PI_4, LN_10, LN_2, PI};

use super::def;
use crate::object::complex::{as_complex, Complex};
use crate::object::number::Num;
use crate::object::{Dict, ExcKind, PyErr, PyResult, Value};
use crate::vm::ops::unwrap_base;
use crate::vm::Vm;

/// Past this, squaring overflows: the large-argument formulas take over.
const LARGE: f64 = f64::MAX / 4.0;
/// `sqrt(LARGE)`, computed once: the threshold for atanh.
fn sqrt_large() -> f64 {
    LARGE.sqrt()
}
/// Above this, cosh/sinh/exp of the real part overflow unless rescaled.
fn log_large() -> f64 {
    LARGE.ln()
}
const INF: f64 = f64::INFINITY;
const NAN: f64 = f64::NAN;
/// 2**53 and 2**-27, to bring subnormal arguments into range.
const SCALE_UP: i32 = 53;
const SCALE_DOWN: i32 = -27;

/// Why a function failed.
#[derive(Clone, Copy)]
enum Fail {
    Domain,
    Range,
}

type R = Result<Complex, Fail>;

fn c(re: f64, im: f64) -> Complex {
    Complex::new(re, im)
}

fn ldexp(x: f64, e: i32) -> f64 {
    x * 2f64.powi(e)
}

fn finite(z: Complex) -> bool {
    z.re.is_finite() && z.im.is_finite()
}

fn sign(x: f64) -> f64 {
    1f64.copysign(x)
}

// ----- square root -----

fn sqrt(z: Complex) -> Complex {
    if !finite(z) {
        if z.im.is_infinite() {
            return c(INF, z.im);
        }
        if z.re == -INF {
            return if z.im.is_nan() { c(NAN, INF) } else { c(0.0, INF.copysign(z.im)) };
        }
        if z.re == INF {
            return if z.im.is_nan() { c(INF, NAN) } else { c(INF, 0f64.copysign(z.im)) };
        }
        return c(NAN, NAN);
    }
    if z.re == 0.0 && z.im == 0.0 {
        return c(0.0, z.im);
    }
    let (mut ax, ay) = (z.re.abs(), z.im.abs());
    let s = if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        // hypot would be subnormal: work on scaled-up values.
        ax = ldexp(ax, SCALE_UP);
        ldexp((ax + ax.hypot(ldexp(ay, SCALE_UP))).sqrt(), SCALE_DOWN)
    } else {
        ax /= 8.0;
        2.0 * (ax + ax.hypot(ay / 8.0)).sqrt()
    };
    let d = ay / (2.0 * s);
    if z.re >= 0.0 {
        c(s, d.copysign(z.im))
    } else {
        c(d, s.copysign(z.im))
    }
}

// ----- exponential and logarithm -----

fn exp(z: Complex) -> R {
    if !finite(z) {
        let r = if z.re.is_infinite() && z.im.is_finite() && z.im != 0.0 {
            if z.re > 0.0 {
                c(INF.copysign(z.im.cos()), INF.copysign(z.im.sin()))
            } else {
                c(0f64.copysign(z.im.cos()), 0f64.copysign(z.im.sin()))
            }
        } else if z.re.is_nan() {
            c(NAN, if z.im == 0.0 { z.im } else { NAN })
        } else if z.re == INF {
            if z.im == 0.0 {
                c(INF, z.im)
            } else {
                c(INF, NAN)
            }
        } else if z.re == -INF {
            c(0.0, if z.im == 0.0 { z.im } else { 0.0 })
        } else {
            c(NAN, NAN)
        };
        // An infinite imaginary part is invalid unless the real part is NaN or -inf.
        if z.im.is_infinite() && (z.re.is_finite() || z.re == INF) {
            return Err(Fail::Domain);
        }
        return Ok(r);
    }
    let r = if z.re > log_large() {
        let l = (z.re - 1.0).exp();
        c(l * z.im.cos() * std::f64::consts::E, l * z.im.sin() * std::f64::consts::E)
    } else {
        let l = z.re.exp();
        c(l * z.im.cos(), l * z.im.sin())
    };
    if r.re.is_infinite() || r.im.is_infinite() {
        return Err(Fail::Range);
    }
    Ok(r)
}

fn log(z: Complex) -> R {
    let (r, pole) = log_value(z);
    if pole {
        Err(Fail::Domain)
    } else {
        Ok(r)
    }
}

/// The logarithm and whether z was the pole at 0 (the value is then -inf
/// with the argument of z as imaginary part).
fn log_value(z: Complex) -> (Complex, bool) {
    if !finite(z) {
        let im = if z.re.is_nan() || z.im.is_nan() {
            NAN
        } else if z.im.is_infinite() {
            match z.re {
                x if x == INF => FRAC_PI_4,
                x if x == -INF => 3.0 * FRAC_PI_4,
                _ => FRAC_PI_2,
            }
            .copysign(z.im)
        } else if z.re == INF {
            0f64.copysign(z.im)
        } else {
            PI.copysign(z.im)
        };
        let re = if z.re.is_infinite() || z.im.is_infinite() { INF } else { NAN };
        return (c(re, im), false);
    }
    let (ax, ay) = (z.re.abs(), z.im.abs());
    let re = if ax > LARGE || ay > LARGE {
        (ax / 2.0).hypot(ay / 2.0).ln() + LN_2
    } else if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        if ax > 0.0 || ay > 0.0 {
            ldexp(ax, 53).hypot(ldexp(ay, 53)).ln() - 53.0 * LN_2
        } else {
            // log(0): a pole.
            return (c(-INF, z.im.atan2(z.re)), true);
        }
    } else {
        let h = ax.hypot(ay);
        if (0.71..=1.73).contains(&h) {
            // Near the unit circle, log1p keeps the small real part accurate.
            let (big, small) = if ax > ay { (ax, ay) } else { (ay, ax) };
            ((big - 1.0) * (big + 1.0) + small * small).ln_1p() / 2.0
        } else {
            h.ln()
        }
    };
    (c(re, z.im.atan2(z.re)), false)
}

/// log(2|z|) for huge z, as log(|z|/2) + 2 log 2 so that hypot does not overflow.
fn log_twice_abs(z: Complex) -> f64 {
    (z.re / 2.0).hypot(z.im / 2.0).ln() + LN_2 * 2.0
}

/// The real inverse hyperbolic sine, in the classic (fdlibm) way, whose
/// roundings the C library's asinh shares: log for large arguments, log1p
/// for small ones.
pub fn asinh_real(x: f64) -> f64 {
    let a = x.abs();
    if !a.is_finite() || a < 2f64.powi(-28) {
        return x;
    }
    let w = if a > 2f64.powi(28) {
        a.ln() + LN_2
    } else if a > 2.0 {
        (2.0 * a + 1.0 / ((x * x + 1.0).sqrt() + a)).ln()
    } else {
        let t = x * x;
        (a + t / (1.0 + (1.0 + t).sqrt())).ln_1p()
    };
    w.copysign(x)
}

// ----- hyperbolic functions -----

/// cosh for x >= +0 (evenness gives the rest); special values only.
fn cosh_special(z: Complex) -> (Complex, bool) {
    let (x, y) = (z.re, z.im);
    let invalid = y.is_infinite() && !x.is_nan();
    let r = if x.is_infinite() && y.is_finite() && y != 0.0 {
        c(INF.copysign(y.cos()), INF.copysign(y.sin()) * sign(x))
    } else if x.is_nan() {
        c(NAN, if y == 0.0 { 0.0 } else { NAN })
    } else if x.is_infinite() {
        // y is 0, infinite or NaN.
        if y == 0.0 {
            c(INF, y * sign(x))
        } else {
            c(INF, NAN)
        }
    } else if x == 0.0 {
        c(NAN, 0.0)
    } else {
        c(NAN, NAN)
    };
    (r, invalid)
}

fn cosh(z: Complex) -> R {
    if !finite(z) {
        let (r, invalid) = cosh_special(z);
        return if invalid { Err(Fail::Domain) } else { Ok(r) };
    }
    let r = if z.re.abs() > log_large() {
        let x1 = z.re - sign(z.re);
        let e = std::f64::consts::E;
        c(z.im.cos() * x1.cosh() * e, z.im.sin() * x1.sinh() * e)
    } else {
        c(z.im.cos() * z.re.cosh(), z.im.sin() * z.re.sinh())
    };
    if r.re.is_infinite() || r.im.is_infinite() {
        return Err(Fail::Range);
    }
    Ok(r)
}

fn sinh(z: Complex) -> R {
    if !finite(z) {
        let (x, y) = (z.re, z.im);
        let invalid = y.is_infinite() && !x.is_nan();
        let r = if x.is_infinite() && y.is_finite() && y != 0.0 {
            c(INF.copysign(y.cos()) * sign(x), INF.copysign(y.sin()))
        } else if x.is_nan() {
            c(NAN, if y == 0.0 { y } else { NAN })
        } else if x.is_infinite() {
            if y == 0.0 {
                c(x, y)
            } else {
                c(INF, NAN)
            }
        } else if x == 0.0 {
            c(0.0, NAN)
        } else {
            c(NAN, NAN)
        };
        return if invalid { Err(Fail::Domain) } else { Ok(r) };
    }
    let r = if z.re.abs() > log_large() {
        let x1 = z.re - sign(z.re);
        let e = std::f64::consts::E;
        c(z.im.cos() * x1.sinh() * e, z.im.sin() * x1.cosh() * e)
    } else {
        c(z.im.cos() * z.re.sinh(), z.im.sin() * z.re.cosh())
    };
    if r.re.is_infinite() || r.im.is_infinite() {
        return Err(Fail::Range);
    }
    Ok(r)
}

fn tanh(z: Complex) -> R {
    let (x, y) = (z.re, z.im);
    if !finite(z) {
        if y.is_infinite() && x.is_finite() {
            return Err(Fail::Domain);
        }
        let r = if x.is_infinite() {
            let im = if !y.is_finite() {
                0.0
            } else if y == 0.0 {
                y
            } else {
                0f64.copysign((2.0 * y).sin())
            };
            c(sign(x), im)
        } else if x.is_nan() && y == 0.0 {
            c(NAN, y)
        } else {
            c(NAN, NAN)
        };
        return Ok(r);
    }
    if x.abs() > log_large() {
        return Ok(c(sign(x), 4.0 * y.sin() * y.cos() * (-2.0 * x.abs()).exp()));
    }
    let tx = x.tanh();
    let ty = y.tan();
    let cx = 1.0 / x.cosh();
    let txty = tx * ty;
    let denom = 1.0 + txty * txty;
    Ok(c(tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx))
}

// ----- inverse hyperbolic functions -----

fn asinh(z: Complex) -> Complex {
    let (x, y) = (z.re, z.im);
    if !finite(z) {
        return if y.is_infinite() {
            if x.is_nan() {
                c(INF, NAN)
            } else if x.is_infinite() {
                c(x, FRAC_PI_4.copysign(y))
            } else {
                c(INF.copysign(x), FRAC_PI_2.copysign(y))
            }
        } else if x.is_infinite() {
            c(x, if y.is_nan() { NAN } else { 0f64.copysign(y) })
        } else if x.is_nan() && y == 0.0 {
            c(NAN, y)
        } else {
            c(NAN, NAN)
        };
    }
    if x.abs() > LARGE || y.abs() > LARGE {
        let l = log_twice_abs(z);
        let re = if y >= 0.0 { l.copysign(x) } else { -(l.copysign(-x)) };
        return c(re, y.atan2(x.abs()));
    }
    let s1 = sqrt(c(1.0 + y, -x));
    let s2 = sqrt(c(1.0 - y, x));
    c(asinh_real(s1.re * s2.im - s2.re * s1.im), y.atan2(s1.re * s2.re - s1.im * s2.im))
}

fn acosh(z: Complex) -> Complex {
    let (x, y) = (z.re, z.im);
    if !finite(z) {
        return if y.is_infinite() {
            let im = if x.is_nan() {
                NAN
            } else if x == INF {
                FRAC_PI_4.copysign(y)
            } else if x == -INF {
                (3.0 * FRAC_PI_4).copysign(y)
            } else {
                FRAC_PI_2.copysign(y)
            };
            c(INF, im)
        } else if x.is_infinite() {
            let im = if y.is_nan() {
                NAN
            } else if x > 0.0 {
                0f64.copysign(y)
            } else {
                PI.copysign(y)
            };
            c(INF, im)
        } else {
            c(NAN, NAN)
        };
    }
    if x.abs() > LARGE || y.abs() > LARGE {
        return c(log_twice_abs(z), y.atan2(x));
    }
    let s1 = sqrt(c(x - 1.0, y));
    let s2 = sqrt(c(x + 1.0, y));
    c(asinh_real(s1.re * s2.re + s1.im * s2.im), 2.0 * s1.im.atan2(s2.re))
}

fn acos(z: Complex) -> Complex {
    let (x, y) = (z.re, z.im);
    if !finite(z) {
        return if y.is_infinite() {
            let re = if x.is_nan() {
                NAN
            } else if x == INF {
                FRAC_PI_4
            } else if x == -INF {
                3.0 * FRAC_PI_4
            } else {
                FRAC_PI_2
            };
            c(re, -INF.copysign(y))
        } else if x.is_infinite() {
            if y.is_nan() {
                c(NAN, INF)
            } else {
                c(if x > 0.0 { 0.0 } else { PI }, -INF.copysign(y))
            }
        } else if x == 0.0 && y.is_nan() {
            c(FRAC_PI_2, NAN)
        } else {
            c(NAN, NAN)
        };
    }
    if x.abs() > LARGE || y.abs() > LARGE {
        let l = log_twice_abs(z);
        let im = if x < 0.0 { -(l.copysign(y)) } else { l.copysign(-y) };
        return c(y.abs().atan2(x), im);
    }
    let s1 = sqrt(c(1.0 - x, -y));
    let s2 = sqrt(c(1.0 + x, y));
    c(2.0 * s1.re.atan2(s2.re), asinh_real(s2.re * s1.im - s2.im * s1.re))
}

fn atanh(z: Complex) -> R {
    let (x, y) = (z.re, z.im);
    if x.is_sign_negative() && !x.is_nan() {
        // atanh is odd.
        let r = atanh(c(-x, -y))?;
        return Ok(c(-r.re, -r.im));
    }
    if !finite(z) {
        return Ok(if y.is_infinite() {
            c(0.0, FRAC_PI_2.copysign(y))
        } else if x.is_infinite() {
            c(0.0, if y.is_nan() { NAN } else { FRAC_PI_2.copysign(y) })
        } else if x == 0.0 {
            c(x, NAN)
        } else {
            c(NAN, NAN)
        });
    }
    let ay = y.abs();
    if x > sqrt_large() || ay > sqrt_large() {
        // Avoid overflow in the squares: atanh(z) ~ 1/z.
        let h = (x / 2.0).hypot(y / 2.0);
        return Ok(c(x / 4.0 / h / h, -(FRAC_PI_2.copysign(-y))));
    }
    if x == 1.0 && ay < f64::MIN_POSITIVE.sqrt() {
        if ay == 0.0 {
            return Err(Fail::Domain);
        }
        return Ok(c(-(ay.sqrt() / ay.hypot(2.0).sqrt()).ln(), (2f64.atan2(-ay) / 2.0).copysign(y)));
    }
    let re = (4.0 * x / ((1.0 - x) * (1.0 - x) + ay * ay)).ln_1p() / 4.0;
    let im = -((-2.0 * y).atan2((1.0 - x) * (1.0 + x) - ay * ay)) / 2.0;
    Ok(c(re, im))
}

// ----- functions through the rotation z -> iz -----

/// f(iz) rotated back by -i: asin, atan, sin and tan from their hyperbolic twins.
fn rotated(z: Complex, f: impl Fn(Complex) -> R) -> R {
    let s = f(c(-z.im, z.re))?;
    Ok(c(s.im, -s.re))
}

fn rect(r: f64, phi: f64) -> R {
    if !r.is_finite() || !phi.is_finite() {
        if r.is_infinite() && phi.is_finite() && phi != 0.0 {
            let (co, si) = (phi.cos(), phi.sin());
            return Ok(if r > 0.0 {
                c(INF.copysign(co), INF.copysign(si))
            } else {
                c(-INF.copysign(co), -INF.copysign(si))
            });
        }
        // rect(r, phi) behaves as r * exp(i phi), with the special values
        // of exp for the angle.
        if phi.is_infinite() && !r.is_nan() && r != 0.0 {
            return Err(Fail::Domain);
        }
        return Ok(if r.is_nan() {
            c(NAN, if phi == 0.0 { 0.0 } else { NAN })
        } else if r.is_infinite() {
            // phi is 0, infinite or NaN.
            if phi == 0.0 {
                c(r, phi * sign(r))
            } else {
                c(INF, NAN)
            }
        } else if r == 0.0 {
            c(0.0, 0.0)
        } else {
            c(NAN, NAN)
        });
    }
    if phi == 0.0 {
        // Keeps the sign of a zero angle.
        return Ok(c(r, r * phi));
    }
    Ok(c(r * phi.cos(), r * phi.sin()))
}

// ----- the module -----

fn domain() -> PyErr {
    PyErr::new(ExcKind::ValueError, "math domain error")
}

fn range() -> PyErr {
    PyErr::new(ExcKind::OverflowError, "math range error")
}

fn result(r: R) -> PyResult {
    match r {
        Ok(z) => Ok(Value::complex(z.re, z.im)),
        Err(Fail::Domain) => Err(domain()),
        Err(Fail::Range) => Err(range()),
    }
}

/// An argument as a complex number: a complex, an object with
/// `__complex__`, or anything with a float value.
fn arg(vm: &mut Vm, v: &Value) -> PyResult<Complex> {
    if let Some(z) = as_complex(v) {
        return Ok(z);
    }
    if let Some(conv) = vm.call_dunder(v, "__complex__", vec![])? {
        return as_complex(&unwrap_base(&conv))
            .ok_or_else(|| PyErr::new(ExcKind::TypeError, "__complex__ should return a complex object"));
    }
    let inner = unwrap_base(v);
    if let Some(z) = as_complex(&inner) {
        return Ok(z);
    }
    Ok(Complex::new(float_arg(vm, v)?, 0.0))
}

/// A float argument (for `rect`, and complex arguments without `__complex__`).
fn float_arg(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    if let Some(n) = Num::of(&unwrap_base(v)) {
        return n.to_f64();
    }
    match vm.call_dunder(v, "__float__", vec![])? {
        Some(r) => Num::of(&unwrap_base(&r))
            .ok_or_else(|| PyErr::new(ExcKind::TypeError, "nb_float should return float object"))?
            .to_f64(),
        None => Err(crate::object::complex_methods::float_required(v)),
    }
}

/// The argument count check of the module's functions, with CPython's words.
fn count(name: &str, a: &[Value], min: usize, max: usize) -> PyResult<()> {
    let n = a.len();
    if (min..=max).contains(&n) {
        return Ok(());
    }
    let plural = |k: usize| if k == 1 { "argument" } else { "arguments" };
    let msg = if min == max {
        format!("{} takes exactly {} {} ({} given)", name, min, plural(min), n)
    } else if n < min {
        format!("{} takes at least {} {} ({} given)", name, min, plural(min), n)
    } else {
        format!("{} takes at most {} {} ({} given)", name, max, plural(max), n)
    };
    Err(PyErr::new(ExcKind::TypeError, msg))
}

macro_rules! function {
    ($d:expr, $name:literal, $f:expr) => {
        def($d, $name, |vm, a, _| {
            count("function", a, 1, 1)?;
            let z = arg(vm, &a[0])?;
            let f: fn(Complex) -> R = $f;
            result(f(z))
        });
    };
}

pub fn init(d: &Dict) {
    d.set_str("pi", Value::float(PI));
    d.set_str("e", Value::float(std::f64::consts::E));
    function!(d, "sqrt", |z| Ok(sqrt(z)));
    function!(d, "exp", exp);
    function!(d, "log10", |z| log(z).map(|r| c(r.re / LN_10, r.im / LN_10)));
    function!(d, "cosh", cosh);
    function!(d, "sinh", sinh);
    function!(d, "tanh", tanh);
    function!(d, "acosh", |z| Ok(acosh(z)));
    function!(d, "asinh", |z| Ok(asinh(z)));
    function!(d, "atanh", atanh);
    function!(d, "acos", |z| Ok(acos(z)));
    function!(d, "asin", |z| rotated(z, |w| Ok(asinh(w))));
    function!(d, "atan", |z| rotated(z, atanh));
    function!(d, "cos", |z| cosh(c(-z.im, z.re)));
    function!(d, "sin", |z| rotated(z, sinh));
    function!(d, "tan", |z| rotated(z, tanh));
    def(d, "log", |vm, a, _| {
        count("function", a, 1, 2)?;
        let z = arg(vm, &a[0])?;
        let base = a.get(1).map(|b| arg(vm, b)).transpose()?;
        let Some(base) = base else { return result(log(z)) };
        // As in CPython, only the base's pole (or a zero logarithm of the
        // base) is an error: log(0, b) is -inf divided by log(b).
        let (lz, _) = log_value(z);
        let (lb, pole) = log_value(base);
        match lz.quot(lb) {
            Some(q) if !pole => result(Ok(q)),
            _ => Err(domain()),
        }
    });
    def(d, "phase", |vm, a, _| {
        count("phase()", a, 1, 1)?;
        let z = arg(vm, &a[0])?;
        Ok(Value::float(z.im.atan2(z.re)))
    });
    def(d, "polar", |vm, a, _| {
        count("polar()", a, 1, 1)?;
        let z = arg(vm, &a[0])?;
        let r = z.abs().ok_or_else(range)?;
        Ok(Value::tuple(vec![Value::float(r), Value::float(z.im.atan2(z.re))]))
    });
    def(d, "rect", |vm, a, _| {
        count("rect()", a, 2, 2)?;
        let (r, phi) = (float_arg(vm, &a[0])?, float_arg(vm, &a[1])?);
        result(rect(r, phi))
    });
    def(d, "isnan", |vm, a, _| {
        count("isnan()", a, 1, 1)?;
        let z = arg(vm, &a[0])?;
        Ok(Value::bool(z.re.is_nan() || z.im.is_nan()))
    });
    def(d, "isinf", |vm, a, _| {
        // CPython 2.7 parses isinf's argument under the name isnan.
        count("isnan()", a, 1, 1)?;
        let z = arg(vm, &a[0])?;
        Ok(Value::bool(z.re.is_infinite() || z.im.is_infinite()))
    });
}
