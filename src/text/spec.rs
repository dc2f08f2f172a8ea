//! The format-spec mini-language of Python 2.7 (`format(value, spec)`) for str, int/long/bool and float.

use super::float::{
    bytes_to_msg, double_to_string, float_str, float_too_long, DtsFlags, FloatStyle, MAX_TEXT_LEN, MEMORY_ERROR,
};
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

/// A parsed `[[fill]align][sign][#][0][width][,][.precision][type]`.
/// A leading `0` (without an explicit fill) is already folded into `fill`
/// (`0`) and, when no align was given, `align` (`=`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FormatSpec {
    /// Fill byte (default space).
    pub fill: Option<u8>,
    /// One of `<`, `>`, `=`, `^` (default depends on the type).
    pub align: Option<u8>,
    /// One of `+`, `-`, ` `.
    pub sign: Option<u8>,
    /// `#`.
    pub alternate: bool,
    /// Minimum width.
    pub width: Option<usize>,
    /// `,`: thousands separators.
    pub thousands: bool,
    /// Precision.
    pub precision: Option<usize>,
    /// Presentation type.
    pub ty: Option<u8>,
}

fn is_align(c: u8) -> bool {
    matches!(c, b'<' | b'>' | b'=' | b'^')
}

/// Reads decimal digits at `*i` (CPython's `get_integer` for specs).
fn read_number(s: &[u8], i: &mut usize) -> Result<Option<usize>, String> {
    let start = *i;
    let mut acc: usize = 0;
    while *i < s.len() && s[*i].is_ascii_digit() {
        let d = (s[*i] - b'0') as usize;
        if acc > (isize::MAX as usize - d) / 10 {
            return Err("Too many decimal digits in format string".to_string());
        }
        acc = acc * 10 + d;
        *i += 1;
    }
    Ok(if *i == start { None } else { Some(acc) })
}

/// Parses a format spec (after any nested fields were substituted) with
/// CPython 2.7's ValueError messages. The `,`-with-type check needs the
/// object's default type, so it happens in the `apply_spec_*` functions.
pub fn parse_format_spec(spec: &[u8]) -> Result<FormatSpec, String> {
    let mut f = FormatSpec::default();
    let s = spec;
    let mut i = 0;
    let mut fill_given = false;
    if s.len() >= 2 && is_align(s[1]) {
        f.fill = Some(s[0]);
        f.align = Some(s[1]);
        fill_given = true;
        i = 2;
    } else if !s.is_empty() && is_align(s[0]) {
        f.align = Some(s[0]);
        i = 1;
    }
    if i < s.len() && matches!(s[i], b'+' | b'-' | b' ') {
        f.sign = Some(s[i]);
        i += 1;
    }
    if i < s.len() && s[i] == b'#' {
        f.alternate = true;
        i += 1;
    }
    if !fill_given && i < s.len() && s[i] == b'0' {
        f.fill = Some(b'0');
        if f.align.is_none() {
            f.align = Some(b'=');
        }
        i += 1;
    }
    f.width = read_number(s, &mut i)?;
    if i < s.len() && s[i] == b',' {
        f.thousands = true;
        i += 1;
    }
    if i < s.len() && s[i] == b'.' {
        i += 1;
        f.precision = read_number(s, &mut i)?;
        if f.precision.is_none() {
            return Err("Format specifier missing precision".to_string());
        }
    }
    match s.len() - i {
        0 => {}
        1 => f.ty = Some(s[i]),
        _ => return Err("Invalid conversion specification".to_string()),
    }
    Ok(f)
}

fn check_comma(f: &FormatSpec, ty: u8) -> Result<(), String> {
    if f.thousands && !matches!(ty, b'd' | b'e' | b'f' | b'g' | b'E' | b'G' | b'%' | b'F' | 0) {
        return Err(format!("Cannot specify ',' with '{}'.", bytes_to_msg(&[ty])));
    }
    Ok(())
}

fn unknown_code(ty: u8, type_name: &str) -> String {
    format!("Unknown format code '{}' for object of type '{}'", bytes_to_msg(&[ty]), type_name)
}

/// `_PyString_InsertThousandsGrouping`: groups of 3 with `,` when `sep`,
/// left-padded with `0` digits up to `min_width`.
fn group_digits(digits: &[u8], min_width: i64, sep: bool) -> Vec<u8> {
    let mut rev: Vec<u8> = Vec::new();
    let mut remaining = digits.len() as i64;
    let mut min_width = min_width;
    let mut pos = digits.len();
    let emit = |rev: &mut Vec<u8>, n_chars: i64, n_zeros: i64, pos: &mut usize| {
        for _ in 0..n_chars {
            *pos -= 1;
            rev.push(digits[*pos]);
        }
        rev.resize(rev.len() + n_zeros as usize, b'0');
    };
    if sep {
        let mut use_sep = false;
        loop {
            let l = 3.min(remaining.max(min_width).max(1));
            let n_zeros = (l - remaining).max(0);
            let n_chars = remaining.min(l).max(0);
            if use_sep {
                rev.push(b',');
            }
            emit(&mut rev, n_chars, n_zeros, &mut pos);
            use_sep = true;
            remaining -= n_chars;
            min_width -= l;
            if remaining <= 0 && min_width <= 0 {
                break;
            }
            min_width -= 1;
        }
    } else {
        let l = remaining.max(min_width).max(1);
        emit(&mut rev, remaining.min(l), (l - remaining).max(0), &mut pos);
    }
    rev.reverse();
    rev
}

/// The pieces of a formatted number, laid out by [`layout_number`].
struct NumberParts<'a> {
    negative: bool,
    prefix: &'a [u8],
    digits: &'a [u8],
    decimal: bool,
    remainder: &'a [u8],
}

/// MemoryError (empty message) for absurd widths.
fn check_width(f: &FormatSpec) -> Result<(), String> {
    if f.width.is_some_and(|w| w > MAX_TEXT_LEN) {
        return Err(MEMORY_ERROR.to_string());
    }
    Ok(())
}

/// `calc_number_widths` + `fill_number`: sign, prefix, padding, grouping.
fn layout_number(p: &NumberParts, f: &FormatSpec) -> Result<Vec<u8>, String> {
    check_width(f)?;
    let sign = match (f.sign, p.negative) {
        (_, true) => Some(b'-'),
        (Some(b'+'), false) => Some(b'+'),
        (Some(b' '), false) => Some(b' '),
        _ => None,
    };
    let fill = f.fill.unwrap_or(b' ');
    let align = f.align.unwrap_or(b'>');
    let width = f.width.map_or(-1, |w| w.min(i64::MAX as usize) as i64);
    let non_digit = usize::from(sign.is_some()) + p.prefix.len() + usize::from(p.decimal) + p.remainder.len();
    let non_digit = non_digit as i64;
    let min_width = if fill == b'0' && align == b'=' { width - non_digit } else { 0 };
    let grouped = if p.digits.is_empty() { Vec::new() } else { group_digits(p.digits, min_width, f.thousands) };
    let padding = (width - non_digit - grouped.len() as i64).max(0) as usize;
    let (lpad, spad, rpad) = match align {
        b'<' => (0, 0, padding),
        b'^' => (padding / 2, 0, padding - padding / 2),
        b'=' => (0, padding, 0),
        _ => (padding, 0, 0),
    };
    let mut out = Vec::with_capacity(padding + non_digit as usize + grouped.len());
    out.resize(lpad, fill);
    out.extend(sign);
    out.extend_from_slice(p.prefix);
    out.resize(out.len() + spad, fill);
    out.extend_from_slice(&grouped);
    if p.decimal {
        out.push(b'.');
    }
    out.extend_from_slice(p.remainder);
    out.resize(out.len() + rpad, fill);
    Ok(out)
}

/// `format(s, spec)` for a str (`__format__` with a parsed, non-empty spec):
/// type `s` or none, precision truncates, default left-aligned.
pub fn apply_spec_str(s: &[u8], f: &FormatSpec) -> Result<Vec<u8>, String> {
    let ty = f.ty.unwrap_or(b's');
    check_comma(f, ty)?;
    if ty != b's' {
        return Err(unknown_code(ty, "str"));
    }
    if f.sign.is_some() {
        return Err("Sign not allowed in string format specifier".to_string());
    }
    if f.alternate {
        return Err("Alternate form (#) not allowed in string format specifier".to_string());
    }
    if f.align == Some(b'=') {
        return Err("'=' alignment not allowed in string format specifier".to_string());
    }
    check_width(f)?;
    let s = match f.precision {
        Some(p) if p < s.len() => &s[..p],
        _ => s,
    };
    let total = f.width.unwrap_or(0).max(s.len());
    let pad = total - s.len();
    let left = match f.align {
        Some(b'>') => pad,
        Some(b'^') => pad / 2,
        _ => 0,
    };
    let fill = f.fill.unwrap_or(b' ');
    let mut out = Vec::with_capacity(total);
    out.resize(left, fill);
    out.extend_from_slice(s);
    out.resize(total, fill);
    Ok(out)
}

/// Correctly rounded long-to-float conversion (`PyLong_AsDouble`), with its
/// OverflowError message.
pub fn bigint_to_f64(n: &BigInt) -> Result<f64, String> {
    let mag = n.abs();
    let bits = mag.bits();
    let v = if bits <= 64 {
        mag.to_u64().unwrap_or(0) as f64
    } else {
        let shift = bits - 64;
        let top: BigInt = &mag >> shift;
        let sticky = u64::from((&top << shift) != mag);
        let top = top.to_u64().unwrap_or(u64::MAX) | sticky;
        let exp = i32::try_from(shift).unwrap_or(i32::MAX);
        top as f64 * 2f64.powi(exp.min(2000))
    };
    if v.is_infinite() {
        return Err("long int too large to convert to float".to_string());
    }
    Ok(if n.is_negative() { -v } else { v })
}

/// `format(n, spec)` for int/long/bool (`type_name` is `int`, `long` or
/// `bool`, used in messages): types b c d o x X n (none means d), and
/// e E f F g G % after conversion to float. Errors are ValueError except the
/// OverflowErrors "long int too large to convert to float", "Python int too
/// large to convert to C long" and "%c arg not in range(0x100)".
pub fn apply_spec_int(n: &BigInt, f: &FormatSpec, type_name: &str) -> Result<Vec<u8>, String> {
    let ty = f.ty.unwrap_or(b'd');
    check_comma(f, ty)?;
    match ty {
        b'b' | b'c' | b'd' | b'o' | b'x' | b'X' | b'n' => {}
        b'e' | b'E' | b'f' | b'F' | b'g' | b'G' | b'%' => {
            return format_float_internal(bigint_to_f64(n)?, f);
        }
        _ => return Err(unknown_code(ty, type_name)),
    }
    if f.precision.is_some() {
        return Err("Precision not allowed in integer format specifier".to_string());
    }
    if ty == b'c' {
        if f.sign.is_some() {
            return Err("Sign not allowed with integer format specifier 'c'".to_string());
        }
        let v = n.to_i64().ok_or_else(|| "Python int too large to convert to C long".to_string())?;
        let ch = u8::try_from(v).map_err(|_| "%c arg not in range(0x100)".to_string())?;
        let parts = NumberParts { negative: false, prefix: b"", digits: b"", decimal: false, remainder: &[ch] };
        return layout_number(&parts, f);
    }
    let (radix, prefix): (u32, &[u8]) = match ty {
        b'b' => (2, b"0b"),
        b'o' => (8, b"0o"),
        b'x' => (16, b"0x"),
        b'X' => (16, b"0X"),
        _ => (10, b""),
    };
    let mut digits = n.abs().to_str_radix(radix).into_bytes();
    if ty == b'X' {
        digits.make_ascii_uppercase();
    }
    let parts = NumberParts {
        negative: n.is_negative(),
        prefix: if f.alternate { prefix } else { b"" },
        digits: &digits,
        decimal: false,
        remainder: b"",
    };
    layout_number(&parts, f)
}

/// `format(x, spec)` for a float: types e E f F g G n % and none (like g with
/// precision 12 that keeps a `.0`). Errors are ValueError.
pub fn apply_spec_float(x: f64, f: &FormatSpec) -> Result<Vec<u8>, String> {
    let ty = f.ty.unwrap_or(0);
    check_comma(f, ty)?;
    match ty {
        0 | b'e' | b'E' | b'f' | b'F' | b'g' | b'G' | b'n' | b'%' => format_float_internal(x, f),
        _ => Err(unknown_code(ty, "float")),
    }
}

/// `format_float_internal`: the float rendering shared by floats and ints.
fn format_float_internal(x: f64, f: &FormatSpec) -> Result<Vec<u8>, String> {
    if f.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err("precision too big".to_string());
    }
    if f.alternate {
        return Err("Alternate form (#) not allowed in float format specifier".to_string());
    }
    let ty = f.ty.unwrap_or(0);
    let mut flags = DtsFlags { upper: matches!(ty, b'E' | b'F' | b'G'), ..DtsFlags::default() };
    let mut default_prec = 6;
    let mut x = x;
    let style = match ty {
        b'e' | b'E' => FloatStyle::Exp,
        b'f' | b'F' => FloatStyle::Fixed,
        b'%' => {
            x *= 100.0;
            FloatStyle::Fixed
        }
        0 => {
            default_prec = 12;
            flags.add_dot_0 = true;
            FloatStyle::General
        }
        _ => FloatStyle::General,
    };
    let precision = f.precision.unwrap_or(default_prec);
    if float_too_long(x, style, precision, false) {
        return Err(MEMORY_ERROR.to_string());
    }
    let mut s = double_to_string(x, style, precision, flags).into_bytes();
    if ty == b'%' {
        s.push(b'%');
    }
    let (negative, body) = match s.split_first() {
        Some((b'-', rest)) => (true, rest),
        _ => (false, &s[..]),
    };
    let nd = body.iter().take_while(|c| c.is_ascii_digit()).count();
    let decimal = body.get(nd) == Some(&b'.');
    let parts = NumberParts {
        negative,
        prefix: b"",
        digits: &body[..nd],
        decimal,
        remainder: &body[nd + usize::from(decimal)..],
    };
    layout_number(&parts, f)
}

/// `format(u, spec)` for unicode text held as UTF-8: as for str, but the
/// precision and width count code points (an ASCII fill only).
pub fn format_unicode(s: &[u8], spec: &[u8]) -> Result<Vec<u8>, String> {
    if spec.is_empty() {
        return Ok(s.to_vec());
    }
    let f = parse_format_spec(spec)?;
    let text = String::from_utf8_lossy(s);
    let n = text.chars().count();
    // Errors and the layout come from the str code run over a stand-in.
    apply_spec_str(&vec![b'x'; n], &f)?;
    let kept: String = text.chars().take(f.precision.unwrap_or(n).min(n)).collect();
    let k = kept.chars().count();
    let total = f.width.unwrap_or(0).max(k);
    let pad = total - k;
    let left = match f.align {
        Some(b'>') => pad,
        Some(b'^') => pad / 2,
        _ => 0,
    };
    let fill = f.fill.unwrap_or(b' ');
    let mut out = vec![fill; left];
    out.extend_from_slice(kept.as_bytes());
    out.resize(out.len() + pad - left, fill);
    Ok(out)
}

/// `format(s, spec)` for a str given the raw spec: an empty spec returns `s`.
pub fn format_str(s: &[u8], spec: &[u8]) -> Result<Vec<u8>, String> {
    if spec.is_empty() {
        return Ok(s.to_vec());
    }
    apply_spec_str(s, &parse_format_spec(spec)?)
}

/// `format(n, spec)` for int/long/bool given the raw spec: an empty spec is
/// `str(n)` (`True`/`False` when `type_name` is `bool`).
pub fn format_int(n: &BigInt, spec: &[u8], type_name: &str) -> Result<Vec<u8>, String> {
    if spec.is_empty() {
        if type_name == "bool" {
            let t: &[u8] = if n.is_zero() { b"False" } else { b"True" };
            return Ok(t.to_vec());
        }
        return Ok(n.to_string().into_bytes());
    }
    apply_spec_int(n, &parse_format_spec(spec)?, type_name)
}

/// `format(x, spec)` for a float given the raw spec: an empty spec is `str(x)`.
pub fn format_float(x: f64, spec: &[u8]) -> Result<Vec<u8>, String> {
    if spec.is_empty() {
        return Ok(float_str(x).into_bytes());
    }
    apply_spec_float(x, &parse_format_spec(spec)?)
}
