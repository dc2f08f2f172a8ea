//! `%`-formatting (`str % args`) of Python 2.7: format-string parsing and per-conversion rendering.

use super::float::{bytes_to_msg, double_to_string, float_too_long, DtsFlags, FloatStyle, MAX_TEXT_LEN, MEMORY_ERROR};
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

/// A width or precision as written in a `%` spec.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Count {
    /// Not given.
    Absent,
    /// A literal number.
    Num(usize),
    /// `*`: taken from the next argument (which must be an int).
    Star,
}

/// The flag characters of a `%` spec.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PercentFlags {
    /// `-`: left-justify.
    pub left: bool,
    /// `+`: always show a sign on numbers.
    pub sign: bool,
    /// ` `: a space before non-negative numbers.
    pub space: bool,
    /// `#`: alternate form.
    pub alt: bool,
    /// `0`: zero padding for numbers.
    pub zero: bool,
}

/// One parsed conversion spec `%[(key)][flags][width][.precision][hlL]conv`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PercentSpec {
    /// `(key)`: the value is `mapping[key]` instead of the next positional argument.
    pub key: Option<Vec<u8>>,
    /// Flag characters.
    pub flags: PercentFlags,
    /// Minimum field width.
    pub width: Count,
    /// Precision.
    pub precision: Count,
    /// The conversion character (may be unsupported; see [`PercentSpec::unsupported_error`]).
    pub conv: u8,
    /// Byte index of the conversion character in the format string.
    pub index: usize,
}

/// A `%` spec that failed to parse. CPython raises the ValueError `message`
/// only after these earlier steps, which may raise first:
/// if `key_paren` and the right operand is no mapping, TypeError
/// "format requires a mapping"; then `key` (when complete) is looked up;
/// then `stars` arguments are fetched (each must be an int: "* wants int").
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PercentError {
    /// The spec began with `(`.
    pub key_paren: bool,
    /// The complete mapping key, if one was parsed.
    pub key: Option<Vec<u8>>,
    /// Number of `*` arguments consumed before the error.
    pub stars: usize,
    /// The ValueError message.
    pub message: String,
}

/// A piece of a parsed `%` format string.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PercentPiece {
    /// Text copied as is (`%%` already turned into `%`).
    Literal(Vec<u8>),
    /// A conversion spec.
    Spec(PercentSpec),
    /// A parse error; always the last piece. Raise it when formatting reaches it.
    Error(PercentError),
}

/// A spec with `*` values filled in: what the rendering helpers take.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PercentFormat {
    /// Flags (`left` also set by a negative `*` width).
    pub flags: PercentFlags,
    /// Minimum width (0 when absent).
    pub width: usize,
    /// Precision, if given (a negative `*` precision counts as 0).
    pub precision: Option<usize>,
    /// The conversion character.
    pub conv: u8,
}

impl PercentSpec {
    /// Fills in `*` width/precision from the int arguments the interpreter
    /// fetched (in that order: width first); other counts ignore them.
    pub fn resolve(&self, star_width: Option<i64>, star_precision: Option<i64>) -> PercentFormat {
        let mut flags = self.flags;
        let width = match self.width {
            Count::Absent => 0,
            Count::Num(n) => n,
            Count::Star => {
                let w = star_width.unwrap_or(0);
                if w < 0 {
                    flags.left = true;
                }
                usize::try_from(w.unsigned_abs()).unwrap_or(usize::MAX)
            }
        };
        let precision = match self.precision {
            Count::Absent => None,
            Count::Num(n) => Some(n),
            Count::Star => Some(usize::try_from(star_precision.unwrap_or(0).max(0)).unwrap_or(0)),
        };
        PercentFormat { flags, width, precision, conv: self.conv }
    }

    /// CPython's ValueError for an unknown conversion character; raise it
    /// after fetching the spec's argument (a missing argument wins).
    pub fn unsupported_error(&self) -> String {
        let c = self.conv;
        let code: u32 = if c >= 0x80 { 0xffff_ff00 | c as u32 } else { c as u32 };
        format!("unsupported format character '{}' (0x{:x}) at index {}", bytes_to_msg(&[c]), code, self.index)
    }
}

/// Parses a `%` format string into literals and specs, as `PyString_Format`
/// scans it. A malformed spec ends the list with [`PercentPiece::Error`]
/// (`incomplete format`, `incomplete format key`, `width too big`, `prec too big`).
/// Unsupported conversion characters are not errors here: see
/// [`PercentSpec::unsupported_error`].
pub fn parse_percent(fmt: &[u8]) -> Vec<PercentPiece> {
    let mut pieces = Vec::new();
    let mut lit = Vec::new();
    let n = fmt.len();
    let mut i = 0;
    while i < n {
        if fmt[i] != b'%' {
            lit.push(fmt[i]);
            i += 1;
            continue;
        }
        if i + 1 < n && fmt[i + 1] == b'%' {
            lit.push(b'%');
            i += 2;
            continue;
        }
        if !lit.is_empty() {
            pieces.push(PercentPiece::Literal(std::mem::take(&mut lit)));
        }
        match parse_spec(fmt, i + 1) {
            Ok((spec, next)) => {
                pieces.push(PercentPiece::Spec(spec));
                i = next;
            }
            Err(e) => {
                pieces.push(PercentPiece::Error(e));
                return pieces;
            }
        }
    }
    if !lit.is_empty() {
        pieces.push(PercentPiece::Literal(lit));
    }
    pieces
}

/// Parses one spec starting just after its `%`; returns it and the index after it.
fn parse_spec(fmt: &[u8], start: usize) -> Result<(PercentSpec, usize), PercentError> {
    let n = fmt.len();
    let mut i = start;
    let mut err = PercentError { key_paren: false, key: None, stars: 0, message: String::new() };
    let fail = |mut e: PercentError, msg: &str| {
        e.message = msg.to_string();
        Err(e)
    };
    if i < n && fmt[i] == b'(' {
        err.key_paren = true;
        i += 1;
        let ks = i;
        let mut depth = 1;
        while depth > 0 && i < n {
            match fmt[i] {
                b')' => depth -= 1,
                b'(' => depth += 1,
                _ => {}
            }
            i += 1;
        }
        if depth > 0 {
            return fail(err, "incomplete format key");
        }
        err.key = Some(fmt[ks..i - 1].to_vec());
    }
    // `c` mirrors CPython's current character; `done` its running out of input.
    let mut c = 0u8;
    let mut done = false;
    let next = |i: &mut usize, c: &mut u8, done: &mut bool| {
        if *i < n {
            *c = fmt[*i];
            *i += 1;
        } else {
            *done = true;
        }
    };
    let mut flags = PercentFlags::default();
    loop {
        next(&mut i, &mut c, &mut done);
        if done {
            break;
        }
        match c {
            b'-' => flags.left = true,
            b'+' => flags.sign = true,
            b' ' => flags.space = true,
            b'#' => flags.alt = true,
            b'0' => flags.zero = true,
            _ => break,
        }
    }
    let mut width = Count::Absent;
    if c == b'*' {
        err.stars += 1;
        width = Count::Star;
        next(&mut i, &mut c, &mut done);
    } else if c.is_ascii_digit() {
        let mut w = (c - b'0') as usize;
        loop {
            next(&mut i, &mut c, &mut done);
            if done || !c.is_ascii_digit() {
                break;
            }
            let d = (c - b'0') as usize;
            if w > (isize::MAX as usize - d) / 10 {
                return fail(err, "width too big");
            }
            w = w * 10 + d;
        }
        width = Count::Num(w);
    }
    let mut precision = Count::Absent;
    if c == b'.' {
        precision = Count::Num(0);
        next(&mut i, &mut c, &mut done);
        if c == b'*' {
            err.stars += 1;
            precision = Count::Star;
            next(&mut i, &mut c, &mut done);
        } else if c.is_ascii_digit() {
            let mut p = (c - b'0') as usize;
            loop {
                next(&mut i, &mut c, &mut done);
                if done || !c.is_ascii_digit() {
                    break;
                }
                let d = (c - b'0') as usize;
                if p > (i32::MAX as usize - d) / 10 {
                    return fail(err, "prec too big");
                }
                p = p * 10 + d;
            }
            precision = Count::Num(p);
        }
    }
    if !done && (c == b'h' || c == b'l' || c == b'L') {
        next(&mut i, &mut c, &mut done);
    }
    if done {
        return fail(err, "incomplete format");
    }
    let spec = PercentSpec { key: err.key, flags, width, precision, conv: c, index: i - 1 };
    Ok((spec, i))
}

/// Applies width, sign and zero padding the way `PyString_Format` does.
/// `body` excludes the sign; `x_prefix` is the length of a `0x`/`0X` prefix at
/// its start (zero padding goes after it).
fn pad(negative: bool, body: &[u8], x_prefix: usize, f: &PercentFormat, numeric: bool) -> Vec<u8> {
    let sign: Option<u8> = if !numeric {
        None
    } else if negative {
        Some(b'-')
    } else if f.flags.sign {
        Some(b'+')
    } else if f.flags.space {
        Some(b' ')
    } else {
        None
    };
    let len = body.len() + usize::from(sign.is_some());
    let mut out = Vec::with_capacity(len.max(f.width));
    let padding = f.width.saturating_sub(len);
    let zero = numeric && f.flags.zero;
    if f.flags.left || padding == 0 {
        out.extend(sign);
        out.extend_from_slice(body);
        out.resize(out.len() + padding, b' ');
    } else if zero {
        out.extend(sign);
        out.extend_from_slice(&body[..x_prefix]);
        out.resize(out.len() + padding, b'0');
        out.extend_from_slice(&body[x_prefix..]);
    } else {
        out.resize(padding, b' ');
        out.extend(sign);
        out.extend_from_slice(body);
    }
    out
}

/// Renders an integer for `%d %i %u %o %x %X` (other conversions are treated
/// as `d`). The interpreter converts the argument first: ints/longs/bools as
/// is, floats truncated with `int()` (`is_long` when the result is a long),
/// other objects via `__int__`; a non-number, or a nan/inf float, raises
/// TypeError "%d format: a number is required, not T" (with the actual
/// conversion char, `i` reported as `d`). `is_long` selects CPython's long code
/// path (precision unlimited; `%.0d` of 0 gives `0` rather than ``).
/// Errors: OverflowError "formatted integer is too long (precision too large?)",
/// MemoryError (empty message) for widths or precisions above 2**28.
pub fn pct_format_int(n: &BigInt, f: &PercentFormat, is_long: bool) -> Result<Vec<u8>, String> {
    if !is_long && f.precision.is_some_and(|p| p > 116) {
        return Err("formatted integer is too long (precision too large?)".to_string());
    }
    check_size(f, true)?;
    let (radix, upper) = match f.conv {
        b'o' => (8, false),
        b'x' => (16, false),
        b'X' => (16, true),
        _ => (10, false),
    };
    let mut digits = n.abs().to_str_radix(radix).into_bytes();
    if upper {
        digits.make_ascii_uppercase();
    }
    finish_int(digits, n.is_negative(), n.is_zero(), f, is_long)
}

/// `pct_format_int` for a machine int (not a long), without a big integer.
pub fn pct_format_small_int(n: i64, f: &PercentFormat) -> Result<Vec<u8>, String> {
    if f.precision.is_some_and(|p| p > 116) {
        return Err("formatted integer is too long (precision too large?)".to_string());
    }
    check_size(f, true)?;
    let m = n.unsigned_abs();
    if f.precision.is_none() && !f.flags.alt {
        // The common case (`%d`, `%05d`, `%x`): digits written into a
        // buffer on the stack, one allocation for the padded result.
        let (base, upper) = match f.conv {
            b'o' => (8, false),
            b'x' => (16, false),
            b'X' => (16, true),
            _ => (10, false),
        };
        let mut buf = [0u8; 24];
        let mut at = buf.len();
        let mut v = m;
        loop {
            let d = (v % base) as u8;
            at -= 1;
            buf[at] = match d {
                0..=9 => b'0' + d,
                _ if upper => b'A' + d - 10,
                _ => b'a' + d - 10,
            };
            v /= base;
            if v == 0 {
                break;
            }
        }
        return Ok(pad(n < 0, &buf[at..], 0, f, true));
    }
    let digits = match f.conv {
        b'o' => format!("{:o}", m),
        b'x' => format!("{:x}", m),
        b'X' => format!("{:X}", m),
        _ => m.to_string(),
    };
    finish_int(digits.into_bytes(), n < 0, n == 0, f, false)
}

/// Precision, the `#` prefix and padding around the digits of an integer.
fn finish_int(
    mut digits: Vec<u8>,
    negative: bool,
    zero: bool,
    f: &PercentFormat,
    is_long: bool,
) -> Result<Vec<u8>, String> {
    let prec = f.precision;
    if !is_long && prec == Some(0) && zero {
        digits.clear();
    }
    if let Some(p) = prec {
        if p > digits.len() {
            let mut z = vec![b'0'; p - digits.len()];
            z.extend_from_slice(&digits);
            digits = z;
        }
    }
    let mut body = Vec::with_capacity(digits.len() + 2);
    let mut x_prefix = 0;
    if f.flags.alt {
        match f.conv {
            b'o' if digits.first() != Some(&b'0') => body.push(b'0'),
            b'x' | b'X' => {
                body.push(b'0');
                body.push(f.conv);
                x_prefix = 2;
            }
            _ => {}
        }
    }
    body.extend_from_slice(&digits);
    Ok(pad(negative, &body, x_prefix, f, true))
}

/// Renders a float for `%e %E %f %F %g %G` (others are treated as `g`);
/// precision defaults to 6. The interpreter converts the argument with
/// `float()` first (ints/longs allowed); any failure, even a long too large
/// for a float, is TypeError "float argument required, not T".
pub fn pct_format_float(x: f64, f: &PercentFormat) -> Result<Vec<u8>, String> {
    check_size(f, false)?;
    let style = match f.conv {
        b'e' | b'E' => FloatStyle::Exp,
        b'f' | b'F' => FloatStyle::Fixed,
        _ => FloatStyle::General,
    };
    let precision = f.precision.unwrap_or(6);
    if float_too_long(x, style, precision, f.flags.alt) {
        return Err(MEMORY_ERROR.to_string());
    }
    let flags = DtsFlags { upper: f.conv.is_ascii_uppercase(), alt: f.flags.alt, ..DtsFlags::default() };
    let s = double_to_string(x, style, precision, flags);
    let (negative, body) = match s.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, s.as_str()),
    };
    Ok(pad(negative, body.as_bytes(), 0, f, true))
}

/// Renders already-converted text for `%s` (`str(arg)`), `%r` (`repr(arg)`),
/// `%c` (the one-byte string, see [`pct_char`]) and `%%` with flags (`b"%"`,
/// no argument consumed): precision truncates `s`/`r` only, width pads
/// (left-justified with `-`; `0` is ignored).
pub fn pct_format_str(s: &[u8], f: &PercentFormat) -> Result<Vec<u8>, String> {
    check_size(f, false)?;
    let mut s = s;
    if let (Some(p), b's' | b'r') = (f.precision, f.conv) {
        if s.len() > p {
            s = &s[..p];
        }
    }
    Ok(pad(false, s, 0, f, false))
}

/// MemoryError (empty message) for absurd widths, or precisions of integers.
fn check_size(f: &PercentFormat, int_precision: bool) -> Result<(), String> {
    let prec = if int_precision { f.precision.unwrap_or(0) } else { 0 };
    if f.width > MAX_TEXT_LEN || prec > MAX_TEXT_LEN {
        return Err(MEMORY_ERROR.to_string());
    }
    Ok(())
}

/// The byte for `%c` of an int/long argument. A str argument must have length
/// 1 (else TypeError "%c requires int or char"); a float gives TypeError
/// "integer argument expected, got float". Errors here are OverflowError
/// ("Python int too large to convert to C long", "unsigned byte integer is ...").
pub fn pct_char(n: &BigInt) -> Result<u8, String> {
    if n.to_i64().is_none() {
        return Err("Python int too large to convert to C long".to_string());
    }
    if n.is_negative() {
        return Err("unsigned byte integer is less than minimum".to_string());
    }
    match n.to_u8() {
        Some(b) => Ok(b),
        None => Err("unsigned byte integer is greater than maximum".to_string()),
    }
}
