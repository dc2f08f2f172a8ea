//! `complex` numbers: the value (two f64 held in `Object::Complex`), its
//! arithmetic with CPython 2.7's algorithms (Smith's division, repeated
//! squaring for small integer powers), repr/str/format, and `complex(str)`
//! parsing. The slot methods and the constructor live in `complex_methods`.

use std::cmp::Ordering;

use super::exception::ExcKind;
use super::number::{self, Num};
use super::{Object, PyErr, PyResult, Value};
use crate::syntax::ast::{BinOp, CmpOp};
use crate::text::{double_to_string, DtsFlags, FloatStyle};

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Complex {
    pub re: f64,
    pub im: f64,
}

impl Complex {
    pub const fn new(re: f64, im: f64) -> Complex {
        Complex { re, im }
    }
    pub fn add(self, o: Complex) -> Complex {
        Complex::new(self.re + o.re, self.im + o.im)
    }
    pub fn sub(self, o: Complex) -> Complex {
        Complex::new(self.re - o.re, self.im - o.im)
    }
    pub fn mul(self, o: Complex) -> Complex {
        Complex::new(self.re * o.re - self.im * o.im, self.re * o.im + self.im * o.re)
    }
    /// Smith's method: scale by the larger component of the divisor so that
    /// the intermediate products do not overflow. `None` for a zero divisor.
    pub fn div(self, o: Complex) -> Option<Complex> {
        let (ar, ai) = (o.re.abs(), o.im.abs());
        if ar >= ai {
            if ar == 0.0 {
                return None;
            }
            let ratio = o.im / o.re;
            let denom = o.re + o.im * ratio;
            Some(Complex::new((self.re + self.im * ratio) / denom, (self.im - self.re * ratio) / denom))
        } else if ai >= ar {
            let ratio = o.re / o.im;
            let denom = o.re * ratio + o.im;
            Some(Complex::new((self.re * ratio + self.im) / denom, (self.im * ratio - self.re) / denom))
        } else {
            // A NaN component in the divisor: neither comparison held.
            Some(Complex::new(f64::NAN, f64::NAN))
        }
    }

    /// `abs()`: infinities win over NaNs; `None` when a finite value overflows.
    pub fn abs(self) -> Option<f64> {
        if self.re.is_infinite() || self.im.is_infinite() {
            return Some(f64::INFINITY);
        }
        if self.re.is_nan() || self.im.is_nan() {
            return Some(f64::NAN);
        }
        let r = self.re.hypot(self.im);
        if r.is_infinite() {
            None
        } else {
            Some(r)
        }
    }

    pub fn is_zero(self) -> bool {
        self.re == 0.0 && self.im == 0.0
    }
}

/// Why a power failed.
pub enum PowError {
    /// Zero to a negative or complex power.
    Domain,
    /// The result overflowed.
    Range,
}

/// The general power through polar form.
fn pow_general(a: Complex, b: Complex) -> Result<Complex, PowError> {
    if b.is_zero() {
        return Ok(Complex::new(1.0, 0.0));
    }
    if a.is_zero() {
        if b.im != 0.0 || b.re < 0.0 {
            return Err(PowError::Domain);
        }
        return Ok(Complex::new(0.0, 0.0));
    }
    let modulus = a.re.hypot(a.im);
    let mut len = modulus.powf(b.re);
    let arg = a.im.atan2(a.re);
    let mut phase = arg * b.re;
    if b.im != 0.0 {
        len /= (arg * b.im).exp();
        phase += b.im * modulus.ln();
    }
    Ok(Complex::new(len * phase.cos(), len * phase.sin()))
}

/// `x ** n` for a natural `n` by repeated squaring.
fn pow_natural(x: Complex, n: i64) -> Complex {
    let mut result = Complex::new(1.0, 0.0);
    let mut square = x;
    let mut bit: i64 = 1;
    while bit > 0 && n >= bit {
        if n & bit != 0 {
            result = result.mul(square);
        }
        bit <<= 1;
        square = square.mul(square);
    }
    result
}

/// `a ** b` as `complex.__pow__` computes it: small integral real exponents
/// by multiplication, everything else in polar form.
pub fn pow(a: Complex, b: Complex) -> Result<Complex, PowError> {
    let n = b.re as i64;
    let r = if b.im == 0.0 && b.re == n as f64 && (-100..=100).contains(&n) {
        if n >= 0 {
            pow_natural(a, n)
        } else {
            Complex::new(1.0, 0.0).div(pow_natural(a, -n)).ok_or(PowError::Domain)?
        }
    } else {
        pow_general(a, b)?
    };
    if r.re.is_infinite() || r.im.is_infinite() {
        return Err(PowError::Range);
    }
    Ok(r)
}

fn zero_div(msg: &str) -> PyErr {
    PyErr::new(ExcKind::ZeroDivisionError, msg)
}

/// `a // b` and `a % b` (deprecated in 2.7 but still computed): the floor of
/// the real part of the quotient.
pub fn divmod(a: Complex, b: Complex, msg: &str) -> PyResult<(Complex, Complex)> {
    let q = a.div(b).ok_or_else(|| zero_div(msg))?;
    let floor = Complex::new(q.re.floor(), 0.0);
    Ok((floor, a.sub(b.mul(floor))))
}

/// One binary operator between two complex numbers.
pub fn binop(op: BinOp, a: Complex, b: Complex) -> PyResult<Option<Complex>> {
    Ok(Some(match op {
        BinOp::Add => a.add(b),
        BinOp::Sub => a.sub(b),
        BinOp::Mul => a.mul(b),
        BinOp::Div => a.div(b).ok_or_else(|| zero_div("complex division by zero"))?,
        BinOp::FloorDiv => divmod(a, b, "complex divmod()")?.0,
        BinOp::Mod => divmod(a, b, "complex remainder")?.1,
        BinOp::Pow => pow(a, b).map_err(pow_error)?,
        _ => return Ok(None),
    }))
}

pub fn pow_error(e: PowError) -> PyErr {
    match e {
        PowError::Domain => zero_div("0.0 to a negative or complex power"),
        PowError::Range => PyErr::new(ExcKind::OverflowError, "complex exponentiation"),
    }
}

impl Value {
    /// A complex value.
    pub fn complex(re: f64, im: f64) -> Value {
        Value::other(Object::Complex(Complex::new(re, im)))
    }
}

/// The complex number inside a `complex` value (not a subclass instance).
#[inline]
pub fn as_complex(v: &Value) -> Option<Complex> {
    match v {
        Value::Other(o) => match &**o {
            Object::Complex(c) => Some(*c),
            _ => None,
        },
        _ => None,
    }
}

pub fn is_complex(v: &Value) -> bool {
    as_complex(v).is_some()
}

/// A built-in number (int, long, float, bool or complex) as a complex, the
/// way complex's arithmetic slots coerce their other operand; `Ok(None)` for
/// anything else. A long too big for a float is an OverflowError.
pub fn coerce(v: &Value) -> PyResult<Option<Complex>> {
    if let Some(c) = as_complex(v) {
        return Ok(Some(c));
    }
    match Num::of(v) {
        Some(n) => Ok(Some(Complex::new(n.to_f64()?, 0.0))),
        None => Ok(None),
    }
}

/// `a op b` when one side is a complex and the other a built-in number;
/// `None` when the operands are not of that kind.
pub fn binary(op: BinOp, a: &Value, b: &Value) -> Option<PyResult> {
    if !is_complex(a) && !is_complex(b) {
        return None;
    }
    let (x, y) = match (coerce(a), coerce(b)) {
        (Ok(Some(x)), Ok(Some(y))) => (x, y),
        (Err(e), _) | (_, Err(e)) => return Some(Err(e)),
        _ => return None,
    };
    match binop(op, x, y) {
        Ok(Some(c)) => Some(Ok(Value::complex(c.re, c.im))),
        Ok(None) => None,
        Err(e) => Some(Err(e)),
    }
}

fn no_ordering() -> PyErr {
    PyErr::new(ExcKind::TypeError, "no ordering relation is defined for complex numbers")
}

/// Equality between a complex and a built-in number (an int compared
/// exactly with the real part); ordering is a TypeError. `Ok(None)` when the
/// other operand is not a number (the comparison falls back to the default).
pub fn compare(op: CmpOp, a: &Value, b: &Value) -> PyResult<Option<bool>> {
    let (c, other) = match (as_complex(a), as_complex(b)) {
        (Some(c), _) => (c, b),
        (None, Some(c)) => (c, a),
        _ => return Ok(None),
    };
    let numeric = is_complex(other) || number::is_number(other);
    if !numeric {
        return Ok(None);
    }
    if !matches!(op, CmpOp::Eq | CmpOp::NotEq) {
        return Err(no_ordering());
    }
    let equal = match (as_complex(other), other) {
        (Some(d), _) => c.re == d.re && c.im == d.im,
        (None, Value::Float(f)) => c.re == f.get() && c.im == 0.0,
        // Ints and longs are compared exactly with the real part.
        (None, v) => c.im == 0.0 && number::num_cmp(&Value::float(c.re), v) == Some(Ordering::Equal),
    };
    Ok(Some(equal == (op == CmpOp::Eq)))
}

/// `hash()`: the real part's hash plus a multiple of the imaginary part's,
/// so that a complex with no imaginary part hashes as its real part.
pub fn hash(c: Complex) -> i64 {
    let hr = number::num_hash(&Value::float(c.re));
    let hi = number::num_hash(&Value::float(c.im));
    let h = hr.wrapping_add(hi.wrapping_mul(1000003));
    if h == -1 {
        -2
    } else {
        h
    }
}

/// A component in `repr` (`r`) or `str` (`g`, 12 digits) style; `sign`
/// forces a `+` on non-negative values.
fn component(x: f64, repr: bool, sign: bool) -> String {
    let flags = DtsFlags { sign, ..DtsFlags::default() };
    if repr {
        double_to_string(x, FloatStyle::Repr, 0, flags)
    } else {
        double_to_string(x, FloatStyle::General, 12, flags)
    }
}

/// `repr` (`repr` true) or `str`: `1j`, `(1+2j)`, `(-0-0j)`, `(nan+infj)`.
pub fn to_text(c: Complex, repr: bool) -> String {
    if c.re == 0.0 && c.re.is_sign_positive() {
        format!("{}j", component(c.im, repr, false))
    } else {
        format!("({}{}j)", component(c.re, repr, false), component(c.im, repr, true))
    }
}

/// `format(c, spec)` for a non-empty spec: types e E f F g G n or none
/// (like str, without parentheses when aligned), sign and alignment of the
/// whole; zero padding, `=` and `#` are refused as in 2.7.
pub fn format(c: Complex, spec: &[u8]) -> Result<Vec<u8>, String> {
    let f = crate::text::spec::parse_format_spec(spec)?;
    let ty = f.ty.unwrap_or(0);
    if !matches!(ty, 0 | b'e' | b'E' | b'f' | b'F' | b'g' | b'G' | b'n') {
        return Err(format!(
            "Unknown format code '{}' for object of type 'complex'",
            crate::text::float::bytes_to_msg(&[ty])
        ));
    }
    if f.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err("precision too big".to_string());
    }
    if f.alternate {
        return Err("Alternate form (#) not allowed in complex format specifier".to_string());
    }
    if f.fill == Some(b'0') {
        return Err("Zero padding is not allowed in complex format specifier".to_string());
    }
    if f.align == Some(b'=') {
        return Err("'=' alignment flag is not allowed in complex format specifier".to_string());
    }
    if f.thousands && ty == b'n' {
        return Err("Cannot specify ',' with 'n'.".to_string());
    }
    let upper = matches!(ty, b'E' | b'F' | b'G');
    let (style, default_prec) = match ty {
        b'e' | b'E' => (FloatStyle::Exp, 6),
        b'f' | b'F' => (FloatStyle::Fixed, 6),
        0 => (FloatStyle::General, 12),
        _ => (FloatStyle::General, 6),
    };
    let precision = f.precision.unwrap_or(default_prec);
    // With no type, a zero real part (of positive sign) is left out and
    // otherwise the number is in parentheses, as str() does.
    let skip_re = ty == 0 && c.re == 0.0 && c.re.is_sign_positive();
    let parens = ty == 0 && !skip_re;
    let re_flags = DtsFlags { upper, sign: f.sign == Some(b'+'), ..DtsFlags::default() };
    let mut body = String::new();
    if parens {
        body.push('(');
    }
    if !skip_re {
        let mut re = double_to_string(c.re, style, precision, re_flags);
        if f.sign == Some(b' ') && !re.starts_with('-') {
            re.insert(0, ' ');
        }
        body.push_str(&group(re, f.thousands));
    }
    let im_flags = DtsFlags { upper, sign: !skip_re || f.sign == Some(b'+'), ..DtsFlags::default() };
    let mut im = double_to_string(c.im, style, precision, im_flags);
    if skip_re && f.sign == Some(b' ') && !im.starts_with('-') {
        im.insert(0, ' ');
    }
    body.push_str(&group(im, f.thousands));
    body.push('j');
    if parens {
        body.push(')');
    }
    let width = f.width.unwrap_or(0);
    if width > crate::text::float::MAX_TEXT_LEN {
        return Err(crate::text::MEMORY_ERROR.to_string());
    }
    let len = body.len();
    let pad = width.saturating_sub(len);
    let fill = f.fill.unwrap_or(b' ');
    let left = match f.align {
        Some(b'<') => 0,
        Some(b'^') => pad / 2,
        _ => pad,
    };
    let mut out = Vec::with_capacity(len + pad);
    out.resize(left, fill);
    out.extend_from_slice(body.as_bytes());
    out.resize(len + pad, fill);
    Ok(out)
}

/// Thousands separators in the integral digits of a formatted component.
fn group(s: String, thousands: bool) -> String {
    if !thousands {
        return s;
    }
    let start = s.find(|c: char| c.is_ascii_digit()).unwrap_or(s.len());
    let end = s[start..].find(|c: char| !c.is_ascii_digit()).map_or(s.len(), |n| start + n);
    let digits = &s[start..end];
    let mut out = s[..start].to_string();
    for (k, ch) in digits.chars().enumerate() {
        if k > 0 && (digits.len() - k) % 3 == 0 {
            out.push(',');
        }
        out.push(ch);
    }
    out.push_str(&s[end..]);
    out
}

/// `complex(s)` for a string: optional whitespace and parentheses around
/// `x`, `yj`, `x+yj`, `x-j`, `j` ... where x and y are float literals
/// (including inf and nan).
pub fn parse(s: &[u8]) -> Option<Complex> {
    let space = |c: &u8| crate::text::float::is_py_space(*c);
    let mut i = 0;
    let skip_ws = |i: &mut usize| {
        while *i < s.len() && space(&s[*i]) {
            *i += 1;
        }
    };
    skip_ws(&mut i);
    let bracket = s.get(i) == Some(&b'(');
    if bracket {
        i += 1;
        skip_ws(&mut i);
    }
    let is_j = |c: Option<&u8>| matches!(c, Some(b'j' | b'J'));
    let is_sign = |c: Option<&u8>| matches!(c, Some(b'+' | b'-'));
    let (mut re, mut im) = (0.0, 0.0);
    match crate::text::float::parse_float_prefix(&s[i..]) {
        Some((x, n)) => {
            i += n;
            if is_sign(s.get(i)) {
                // x is the real part; the imaginary part follows with its sign.
                re = x;
                match crate::text::float::parse_float_prefix(&s[i..]) {
                    Some((y, m)) => {
                        im = y;
                        i += m;
                    }
                    None => {
                        im = if s[i] == b'-' { -1.0 } else { 1.0 };
                        i += 1;
                    }
                }
                if !is_j(s.get(i)) {
                    return None;
                }
                i += 1;
            } else if is_j(s.get(i)) {
                im = x;
                i += 1;
            } else {
                re = x;
            }
        }
        None => {
            // A bare `j`, `+j` or `-j`.
            if is_sign(s.get(i)) {
                im = if s[i] == b'-' { -1.0 } else { 1.0 };
                i += 1;
            } else {
                im = 1.0;
            }
            if !is_j(s.get(i)) {
                return None;
            }
            i += 1;
        }
    }
    skip_ws(&mut i);
    if bracket {
        if s.get(i) != Some(&b')') {
            return None;
        }
        i += 1;
        skip_ws(&mut i);
    }
    (i == s.len()).then_some(Complex::new(re, im))
}
