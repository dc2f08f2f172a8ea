//! Float formatting and parsing with CPython 2.7 semantics: repr, str, e/f/g/r, float() and round().

use num_bigint::BigInt;
use num_traits::One;

/// Largest precision handed to Rust's formatter for fixed notation; an f64 never
/// has more than 1074 non-zero fraction digits, so further digits are zeros.
const MAX_FIXED_DIGITS: usize = 1100;
/// Largest number of significant digits asked of Rust's formatter; an f64 never
/// has more than 767 significant decimal digits, so further digits are zeros.
const MAX_SIG_DIGITS: usize = 800;
/// Widths and precisions above this make the formatting helpers fail with
/// MemoryError (the empty message) instead of trying to allocate.
pub(crate) const MAX_TEXT_LEN: usize = 1 << 28;
/// The message of a MemoryError (CPython's is empty).
pub const MEMORY_ERROR: &str = "";

/// Which of CPython's `PyOS_double_to_string` format codes to apply.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum FloatStyle {
    /// `e`: exponent notation, `precision` digits after the point.
    Exp,
    /// `f`: fixed notation, `precision` digits after the point.
    Fixed,
    /// `g`: general notation, `precision` significant digits.
    General,
    /// `r`: shortest round-tripping digits (repr); precision unused.
    Repr,
}

/// Options for [`double_to_string`], mirroring CPython's `Py_DTSF_*` flags.
#[derive(Clone, Copy, Default, Debug)]
pub struct DtsFlags {
    /// Use upper case `E`, `INF`, `NAN`.
    pub upper: bool,
    /// Always emit a sign (`+` for non-negative values and nans).
    pub sign: bool,
    /// Append `.0` when the result would look like an integer (and treat the
    /// `g` precision as one less when choosing exponent notation).
    pub add_dot_0: bool,
    /// Alternate form (`#`): keep trailing zeros and the decimal point.
    pub alt: bool,
}

/// Decimal digits of `x` (finite, non-negative) for `{:e}`-style output:
/// returns the digit string (no leading zeros, trailing zeros stripped) and the
/// decimal point position `decpt` so that `x = 0.DIGITS * 10**decpt`.
fn parse_exp_output(s: &str) -> (Vec<u8>, i64) {
    let (mant, exp) = match s.find('e') {
        Some(i) => (&s[..i], s[i + 1..].parse::<i64>().unwrap_or(0)),
        None => (s, 0),
    };
    let mut digits: Vec<u8> = mant.bytes().filter(u8::is_ascii_digit).collect();
    while digits.len() > 1 && digits.last() == Some(&b'0') {
        digits.pop();
    }
    (digits, exp + 1)
}

/// Shortest round-tripping digits of finite non-negative `x` (dtoa mode 0).
/// Rust's shortest formatting picks the closest candidate like dtoa, but when
/// two candidates are equally close dtoa takes the even one.
fn shortest_digits(x: f64) -> (Vec<u8>, i64) {
    if x == 0.0 {
        return (vec![b'0'], 1);
    }
    let (digits, decpt) = parse_exp_output(&format!("{:e}", x));
    let n = digits.len();
    // A tie needs the exact value to have n+1 significant digits ending in 5.
    // With x = odd * 2**e2 (e2 <= 0) the exact value has decpt - e2 of them.
    let (_, mant, exp) = decompose(x);
    let e2 = exp + i64::from(mant.trailing_zeros());
    if e2 > 0 || decpt - e2 != n as i64 + 1 {
        return (digits, decpt);
    }
    let (near, near_pt) = parse_exp_output(&format!("{:.*e}", n, x));
    if near.len() != n + 1 || near[n] != b'5' || !is_exact(x, &near, near_pt) {
        return (digits, decpt);
    }
    let mut cand = near[..n].to_vec();
    let mut pt = near_pt;
    if (cand[n - 1] - b'0') % 2 == 1 {
        // Round the odd truncation up to the even neighbour.
        let mut i = n;
        loop {
            if i == 0 {
                cand.insert(0, b'1');
                cand.pop();
                pt += 1;
                break;
            }
            i -= 1;
            if cand[i] == b'9' {
                cand[i] = b'0';
            } else {
                cand[i] += 1;
                break;
            }
        }
        while cand.len() > 1 && cand.last() == Some(&b'0') {
            cand.pop();
        }
    }
    let text = format!("0.{}e{}", bytes_to_msg(&cand), pt);
    if text.parse::<f64>() == Ok(x) {
        (cand, pt)
    } else {
        (digits, decpt)
    }
}

/// Whether finite positive `x` equals `0.DIGITS * 10**decpt` exactly.
fn is_exact(x: f64, digits: &[u8], decpt: i64) -> bool {
    let (_, mant, exp) = decompose(x);
    let mut lhs =
        BigInt::from_radix_be(num_bigint::Sign::Plus, &digits.iter().map(|d| d - b'0').collect::<Vec<u8>>(), 10)
            .unwrap_or_default();
    let mut rhs = BigInt::from(mant);
    let q = decpt - digits.len() as i64;
    let ten = |k: i64| num_traits::pow(BigInt::from(10), k.unsigned_abs() as usize);
    if q >= 0 {
        lhs *= ten(q);
    } else {
        rhs *= ten(q);
    }
    if exp >= 0 {
        rhs <<= exp as usize;
    } else {
        lhs <<= (-exp) as usize;
    }
    lhs == rhs
}

/// At most `n` (>= 1) correctly rounded significant digits (dtoa mode 2).
fn significant_digits(x: f64, n: usize) -> (Vec<u8>, i64) {
    if x == 0.0 {
        return (vec![b'0'], 1);
    }
    let n = n.clamp(1, MAX_SIG_DIGITS);
    parse_exp_output(&format!("{:.*e}", n - 1, x))
}

/// Digits correctly rounded to `n` places after the point (dtoa mode 3).
/// A non-zero value that rounds to zero gives no digits and `decpt == -n`.
fn fixed_digits(x: f64, n: usize) -> (Vec<u8>, i64) {
    if x == 0.0 {
        return (vec![b'0'], 1);
    }
    let s = format!("{:.*}", n.min(MAX_FIXED_DIGITS), x);
    let int_len = s.find('.').unwrap_or(s.len()) as i64;
    let all: Vec<u8> = s.bytes().filter(u8::is_ascii_digit).collect();
    let lead = all.iter().take_while(|&&c| c == b'0').count();
    if lead == all.len() {
        return (Vec::new(), -(n as i64));
    }
    let mut digits = all[lead..].to_vec();
    while digits.last() == Some(&b'0') {
        digits.pop();
    }
    (digits, int_len - lead as i64)
}

fn push_zeros(out: &mut String, n: i64) {
    for _ in 0..n.max(0) {
        out.push('0');
    }
}

/// CPython 2.7's `PyOS_double_to_string(x, code, precision, flags)`: the one
/// shared float-to-text routine behind repr, str, `%` and `format()`.
/// Precisions above 2**28 are clamped to it (see [`float_too_long`]); an `Exp`
/// precision of `i32::MAX` or more acts like 0, as CPython's int overflow does.
pub fn double_to_string(x: f64, style: FloatStyle, precision: usize, flags: DtsFlags) -> String {
    let exp_wraps = style == FloatStyle::Exp && precision >= i32::MAX as usize;
    let precision = precision.min(MAX_TEXT_LEN);
    let mut out = String::new();
    if x.is_nan() {
        if flags.sign {
            out.push('+');
        }
        out.push_str(if flags.upper { "NAN" } else { "nan" });
        return out;
    }
    if x.is_sign_negative() {
        out.push('-');
    } else if flags.sign {
        out.push('+');
    }
    if x.is_infinite() {
        out.push_str(if flags.upper { "INF" } else { "inf" });
        return out;
    }
    let a = x.abs();
    let prec = precision as i64;
    let mut use_exp = false;
    let (digits, mut decpt, mut vend) = match style {
        FloatStyle::Exp if exp_wraps => {
            let (d, p) = significant_digits(a, 1);
            use_exp = true;
            (d, p, i64::from(i32::MIN))
        }
        FloatStyle::Exp => {
            let (d, p) = significant_digits(a, precision + 1);
            use_exp = true;
            (d, p, prec + 1)
        }
        FloatStyle::Fixed => {
            let (d, p) = fixed_digits(a, precision);
            (d, p, p + prec)
        }
        FloatStyle::General => {
            let prec = prec.max(1);
            let (d, p) = significant_digits(a, prec as usize);
            let limit = if flags.add_dot_0 { prec - 1 } else { prec };
            use_exp = p <= -4 || p > limit;
            let len = d.len() as i64;
            (d, p, if flags.alt { prec } else { len })
        }
        FloatStyle::Repr => {
            let (d, p) = shortest_digits(a);
            use_exp = p <= -4 || p > 16;
            let len = d.len() as i64;
            (d, p, len)
        }
    };
    let dlen = digits.len() as i64;
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vstart = if decpt <= 0 { decpt - 1 } else { 0 };
    if !use_exp && flags.add_dot_0 {
        vend = vend.max(decpt + 1);
    } else {
        vend = vend.max(decpt);
    }
    if decpt <= 0 {
        push_zeros(&mut out, decpt - vstart);
        out.push('.');
        push_zeros(&mut out, -decpt);
    } else {
        push_zeros(&mut out, -vstart);
    }
    let text = |d: &[u8]| d.iter().map(|&c| c as char).collect::<String>();
    if 0 < decpt && decpt <= dlen {
        out.push_str(&text(&digits[..decpt as usize]));
        out.push('.');
        out.push_str(&text(&digits[decpt as usize..]));
    } else {
        out.push_str(&text(&digits));
    }
    if dlen < decpt {
        push_zeros(&mut out, decpt - dlen);
        out.push('.');
        push_zeros(&mut out, vend - decpt);
    } else {
        push_zeros(&mut out, vend - dlen);
    }
    if out.ends_with('.') && !flags.alt {
        out.pop();
    }
    if use_exp {
        out.push(if flags.upper { 'E' } else { 'e' });
        out.push(if exp < 0 { '-' } else { '+' });
        let e = exp.unsigned_abs();
        if e < 10 {
            out.push('0');
        }
        out.push_str(&e.to_string());
    }
    out
}

/// True when `double_to_string` would need more than 2**28 bytes of output;
/// the `%` and `format()` helpers then fail with MemoryError instead.
pub fn float_too_long(x: f64, style: FloatStyle, precision: usize, alt: bool) -> bool {
    if !x.is_finite() || precision <= MAX_TEXT_LEN {
        return false;
    }
    match style {
        FloatStyle::Fixed => true,
        FloatStyle::Exp => precision < i32::MAX as usize,
        FloatStyle::General => alt,
        FloatStyle::Repr => false,
    }
}

/// Python 2.7 `repr(float)`: shortest round-tripping digits, exponent form
/// outside `1e-4 <= |x| < 1e16`, `.0` on integral values.
pub fn float_repr(f: f64) -> String {
    let flags = DtsFlags { add_dot_0: true, ..DtsFlags::default() };
    double_to_string(f, FloatStyle::Repr, 0, flags)
}

/// Python 2.7 `str(float)`: `%.12g` with `.0` added when it looks integral.
pub fn float_str(f: f64) -> String {
    let flags = DtsFlags { add_dot_0: true, ..DtsFlags::default() };
    double_to_string(f, FloatStyle::General, 12, flags)
}

/// `%.{prec}f` (`%F` when `upper`; `#` when `alternate`), with a `-` sign for negatives.
pub fn float_format_fixed(f: f64, prec: usize, upper: bool, alternate: bool) -> String {
    let flags = DtsFlags { upper, alt: alternate, ..DtsFlags::default() };
    double_to_string(f, FloatStyle::Fixed, prec, flags)
}

/// `%.{prec}e` (`%E` when `upper`; `#` when `alternate`), with a `-` sign for negatives.
pub fn float_format_exp(f: f64, prec: usize, upper: bool, alternate: bool) -> String {
    let flags = DtsFlags { upper, alt: alternate, ..DtsFlags::default() };
    double_to_string(f, FloatStyle::Exp, prec, flags)
}

/// `%.{prec}g` (`%G` when `upper`; `#` keeps trailing zeros), with a `-` sign for negatives.
pub fn float_format_general(f: f64, prec: usize, upper: bool, alternate: bool) -> String {
    let flags = DtsFlags { upper, alt: alternate, ..DtsFlags::default() };
    double_to_string(f, FloatStyle::General, prec, flags)
}

/// Python's `Py_ISSPACE`: space, `\t`, `\n`, `\v`, `\f`, `\r`.
pub(crate) fn is_py_space(c: u8) -> bool {
    c == b' ' || (0x09..=0x0d).contains(&c)
}

/// Renders bytes into an error message, one char per byte (bytes >= 0x80 as U+0080..U+00FF).
pub(crate) fn bytes_to_msg(b: &[u8]) -> String {
    b.iter().map(|&c| c as char).collect()
}

/// Length of the longest prefix of `s` that `_Py_dg_strtod` accepts (0 if none),
/// together with the normalized text to hand to Rust's parser.
fn scan_decimal(s: &[u8]) -> (usize, String) {
    let mut i = 0;
    let mut norm = String::new();
    if i < s.len() && (s[i] == b'+' || s[i] == b'-') {
        if s[i] == b'-' {
            norm.push('-');
        }
        i += 1;
    }
    let int_start = i;
    while i < s.len() && s[i].is_ascii_digit() {
        i += 1;
    }
    let int_part = &s[int_start..i];
    let mut frac_part: &[u8] = &[];
    if i < s.len() && s[i] == b'.' {
        let fs = i + 1;
        let mut j = fs;
        while j < s.len() && s[j].is_ascii_digit() {
            j += 1;
        }
        frac_part = &s[fs..j];
        if !int_part.is_empty() || !frac_part.is_empty() {
            i = j;
        }
    }
    if int_part.is_empty() && frac_part.is_empty() {
        return (0, String::new());
    }
    norm.push_str(&bytes_to_msg(if int_part.is_empty() { b"0" } else { int_part }));
    norm.push('.');
    norm.push_str(&bytes_to_msg(if frac_part.is_empty() { b"0" } else { frac_part }));
    if i < s.len() && (s[i] == b'e' || s[i] == b'E') {
        let mut j = i + 1;
        let mut neg = false;
        if j < s.len() && (s[j] == b'+' || s[j] == b'-') {
            neg = s[j] == b'-';
            j += 1;
        }
        let es = j;
        while j < s.len() && s[j].is_ascii_digit() {
            j += 1;
        }
        if j > es {
            let digits = &s[es..j];
            let nz = digits.iter().position(|&c| c != b'0');
            let exp: i64 = match nz {
                None => 0,
                Some(p) if digits.len() - p > 9 => 999_999_999,
                Some(p) => bytes_to_msg(&digits[p..]).parse().unwrap_or(999_999_999),
            };
            norm.push('e');
            if neg {
                norm.push('-');
            }
            norm.push_str(&exp.to_string());
            i = j;
        }
    }
    (i, norm)
}

fn starts_with_ci(s: &[u8], word: &[u8]) -> bool {
    s.len() >= word.len() && s[..word.len()].eq_ignore_ascii_case(word)
}

/// `_Py_parse_inf_or_nan`: returns the value and the length consumed.
fn scan_inf_nan(s: &[u8]) -> Option<(f64, usize)> {
    let mut i = 0;
    let mut neg = false;
    if i < s.len() && (s[i] == b'+' || s[i] == b'-') {
        neg = s[i] == b'-';
        i += 1;
    }
    let rest = &s[i..];
    let (v, n) = if starts_with_ci(rest, b"infinity") {
        (f64::INFINITY, 8)
    } else if starts_with_ci(rest, b"inf") {
        (f64::INFINITY, 3)
    } else if starts_with_ci(rest, b"nan") {
        // CPython's Py_NAN is HUGE_VAL * 0, the x86 default NaN, whose sign
        // bit is set: struct.pack shows it.
        (-f64::NAN, 3)
    } else {
        return None;
    };
    Some((if neg { -v } else { v }, i + n))
}

/// First 200 bytes of `s` up to any NUL (C's `%.200s`), as message text.
fn c_str_200(s: &[u8]) -> String {
    let end = s.iter().position(|&c| c == 0).unwrap_or(s.len()).min(200);
    bytes_to_msg(&s[..end])
}

/// Python 2.7 `float(s)` for a byte string: surrounding whitespace, sign,
/// decimal digits with optional point and exponent, `inf`/`infinity`/`nan`.
/// Errors are CPython's ValueError messages.
pub fn parse_float(s: &[u8]) -> Result<f64, String> {
    let mut start = 0;
    while start < s.len() && is_py_space(s[start]) {
        start += 1;
    }
    let t = &s[start..];
    let (n, norm) = scan_decimal(t);
    let (value, consumed) = if n > 0 {
        (norm.parse::<f64>().unwrap_or(f64::NAN), n)
    } else if let Some((v, k)) = scan_inf_nan(t) {
        (v, k)
    } else {
        return Err(format!("could not convert string to float: {}", c_str_200(t)));
    };
    let mut end = consumed;
    while end < t.len() && is_py_space(t[end]) {
        end += 1;
    }
    if end == t.len() {
        Ok(value)
    } else {
        Err(format!("invalid literal for float(): {}", c_str_200(t)))
    }
}

/// The float literal at the start of `s` (no leading whitespace): its value
/// and length, as `strtod` would stop; `None` when there is none. Used by
/// `complex(str)`, whose parts are such literals.
pub fn parse_float_prefix(s: &[u8]) -> Option<(f64, usize)> {
    let (n, norm) = scan_decimal(s);
    if n > 0 {
        return Some((norm.parse::<f64>().unwrap_or(f64::NAN), n));
    }
    scan_inf_nan(s)
}

/// Splits a finite non-zero f64 into (negative, mantissa, exponent) with
/// `|x| = mantissa * 2**exponent`.
fn decompose(x: f64) -> (bool, u64, i64) {
    let bits = x.to_bits();
    let neg = bits >> 63 == 1;
    let exp_bits = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    if exp_bits == 0 {
        (neg, frac, -1074)
    } else {
        (neg, frac | (1u64 << 52), exp_bits - 1075)
    }
}

/// Python 2.7 `round(x, ndigits)`: exact decimal rounding, halves away from
/// zero. `ndigits` should be clipped into the i64 range by the caller.
/// The only error is OverflowError("rounded value too large to represent").
pub fn fmt_round(x: f64, ndigits: i64) -> Result<f64, String> {
    if !x.is_finite() || x == 0.0 {
        return Ok(x);
    }
    if ndigits > 323 {
        return Ok(x);
    }
    if ndigits < -308 {
        return Ok(0.0 * x);
    }
    let (neg, mant, exp) = decompose(x);
    let mut num = BigInt::from(mant);
    let mut den = BigInt::one();
    if exp >= 0 {
        num <<= exp as usize;
    } else {
        den <<= (-exp) as usize;
    }
    let ten_pow = num_traits::pow(BigInt::from(10), ndigits.unsigned_abs() as usize);
    if ndigits >= 0 {
        num *= ten_pow;
    } else {
        den *= ten_pow;
    }
    let two = BigInt::from(2);
    let k: BigInt = (&num * &two + &den) / (&den * &two);
    let text = format!("{}{}e{}", if neg { "-" } else { "" }, k, -ndigits);
    let r = text.parse::<f64>().unwrap_or(f64::INFINITY);
    if r.is_infinite() {
        return Err("rounded value too large to represent".to_string());
    }
    Ok(r)
}
