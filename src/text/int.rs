//! Integer text conversion with CPython 2.7 rules: `int(s, base)`, `long(s, base)`, hex/oct/bin.

use super::float::is_py_space;
use super::repr::str_repr;
use num_bigint::{BigInt, Sign};
use num_traits::{Signed, Zero};

/// `_PyLong_DigitValue`: 0-9, a-z/A-Z as 10-35, anything else 37.
fn digit_value(c: u8) -> u32 {
    match c {
        b'0'..=b'9' => (c - b'0') as u32,
        b'a'..=b'z' => (c - b'a') as u32 + 10,
        b'A'..=b'Z' => (c - b'A') as u32 + 10,
        _ => 37,
    }
}

/// A C string view: reading past the end yields NUL.
struct CStr<'a>(&'a [u8]);

impl CStr<'_> {
    fn at(&self, i: usize) -> u8 {
        self.0.get(i).copied().unwrap_or(0)
    }
    fn skip_ws(&self, mut i: usize) -> usize {
        while i < self.0.len() && is_py_space(self.0[i]) {
            i += 1;
        }
        i
    }
}

/// Value of the digits `s` in `base` (all valid; empty means 0).
fn digits_value(s: &[u8], base: u32) -> BigInt {
    let ds: Vec<u8> = s.iter().map(|&c| digit_value(c) as u8).collect();
    if ds.is_empty() {
        return BigInt::zero();
    }
    BigInt::from_radix_be(Sign::Plus, &ds, base).unwrap_or_default()
}

/// `PyOS_strtoul` from position `i`: returns the end position and the digit
/// span (start, end, base) of the converted number.
fn strtoul(cs: &CStr, i: usize, base: u32) -> (usize, usize, usize, u32) {
    let mut i = cs.skip_ws(i);
    let mut base = base;
    let prefix = |base: u32| match base {
        2 => b'b',
        8 => b'o',
        _ => b'x',
    };
    if base == 0 {
        if cs.at(i) == b'0' {
            i += 1;
            let c = cs.at(i).to_ascii_lowercase();
            let detected = match c {
                b'x' => 16,
                b'o' => 8,
                b'b' => 2,
                _ => 0,
            };
            if detected == 0 {
                base = 8;
            } else {
                if digit_value(cs.at(i + 1)) >= detected {
                    return (i, i, i, detected);
                }
                i += 1;
                base = detected;
            }
        } else {
            base = 10;
        }
    } else if (base == 2 || base == 8 || base == 16) && cs.at(i) == b'0' {
        i += 1;
        if cs.at(i).to_ascii_lowercase() == prefix(base) {
            if digit_value(cs.at(i + 1)) >= base {
                return (i, i, i, base);
            }
            i += 1;
        }
    }
    while cs.at(i) == b'0' {
        i += 1;
    }
    let start = i;
    while digit_value(cs.at(i)) < base {
        i += 1;
    }
    (i, start, i, base)
}

/// Error text for an invalid literal: repr of at most 200 bytes.
fn bad_literal(name: &str, base: i64, s: &[u8]) -> String {
    format!("invalid literal for {}() with base {}: {}", name, base, str_repr(&s[..s.len().min(200)]))
}

/// `PyLong_FromString` on a C string.
fn long_from_string(s: &[u8], base: u32) -> Result<BigInt, String> {
    let cs = CStr(s);
    let mut i = cs.skip_ws(0);
    let mut neg = false;
    if cs.at(i) == b'+' || cs.at(i) == b'-' {
        neg = cs.at(i) == b'-';
        i += 1;
    }
    i = cs.skip_ws(i);
    let mut base = base;
    if base == 0 {
        base = if cs.at(i) != b'0' {
            10
        } else {
            match cs.at(i + 1).to_ascii_lowercase() {
                b'x' => 16,
                b'o' => 8,
                b'b' => 2,
                _ => 8,
            }
        };
    }
    let p = cs.at(i + 1).to_ascii_lowercase();
    if cs.at(i) == b'0' && ((base == 16 && p == b'x') || (base == 8 && p == b'o') || (base == 2 && p == b'b')) {
        i += 2;
    }
    let start = i;
    while digit_value(cs.at(i)) < base {
        i += 1;
    }
    let end_digits = i;
    if end_digits == start {
        return Err(bad_literal("long", base as i64, s));
    }
    if cs.at(i) == b'l' || cs.at(i) == b'L' {
        i += 1;
    }
    i = cs.skip_ws(i);
    if i != s.len() {
        return Err(bad_literal("long", base as i64, s));
    }
    let v = digits_value(&s[start..end_digits], base);
    Ok(if neg { -v } else { v })
}

/// `PyInt_FromString` on a C string (falls back to the long grammar where CPython does).
fn int_from_string(s: &[u8], base: u32) -> Result<BigInt, String> {
    let cs = CStr(s);
    let s0 = cs.skip_ws(0);
    let (end, ds, de, eff, neg);
    if base == 0 && cs.at(s0) == b'0' {
        let r = strtoul(&cs, s0, 0);
        let v = digits_value(&s[r.1..r.2], r.3);
        if v > BigInt::from(i64::MAX) {
            return long_from_string(&s[s0..], 0);
        }
        (end, ds, de, eff, neg) = (r.0, r.1, r.2, r.3, false);
    } else {
        let mut j = cs.skip_ws(s0);
        let n = cs.at(j) == b'-';
        if cs.at(j) == b'+' || n {
            j += 1;
        }
        let r = strtoul(&cs, j, base);
        (end, ds, de, eff, neg) = (r.0, r.1, r.2, r.3, n);
    }
    let bad = || Err(bad_literal("int", base as i64, &s[s0..]));
    if end == s0 || !cs.at(end - 1).is_ascii_alphanumeric() {
        return bad();
    }
    if cs.skip_ws(end) != s.len() {
        return bad();
    }
    let v = digits_value(&s[ds..de], eff);
    Ok(if neg { -v } else { v })
}

/// Python 2.7 `int(s)` / `int(s, base)` (`is_long == false`) or `long(s)` /
/// `long(s, base)` (`is_long == true`) for a byte string. `base` is `None` when
/// the caller gave no base. Only `long()` accepts a trailing `l`/`L` (and
/// `int(s, 0)` for huge `0`-prefixed values, as in CPython). Errors are
/// ValueError messages. The caller decides int vs long by the value's range.
pub fn parse_int(s: &[u8], base: Option<i64>, is_long: bool) -> Result<BigInt, String> {
    let name = if is_long { "long" } else { "int" };
    let b = base.unwrap_or(10);
    let nul = s.iter().position(|&c| c == 0);
    if nul.is_some() && base.is_some() {
        return Err(format!("invalid literal for {}() with base {}: {}", name, b, str_repr(s)));
    }
    if (b != 0 && b < 2) || b > 36 {
        return Err(format!("{}() base must be >= 2 and <= 36, or 0", name));
    }
    let cs = &s[..nul.unwrap_or(s.len())];
    let v = if is_long { long_from_string(cs, b as u32)? } else { int_from_string(cs, b as u32)? };
    if nul.is_some() {
        return Err(format!("null byte in argument for {}()", name));
    }
    Ok(v)
}

/// Python 2.7 `hex()` (base 16), `oct()` (base 8), `bin()` (base 2) or
/// `repr()` (base 10) of an int (`is_long == false`) or long (`true`):
/// `0xff`, `-0xff`, `0xffL`, `010`, `0`, `0L`, `0b101` (bin never adds `L`).
/// Other bases give bare digits with a `-` sign.
pub fn int_to_base(n: &BigInt, base: u32, is_long: bool) -> String {
    let base = base.clamp(2, 36);
    let digits = n.abs().to_str_radix(base);
    let mut out = String::new();
    if n.is_negative() {
        out.push('-');
    }
    match base {
        16 => out.push_str("0x"),
        2 => out.push_str("0b"),
        8 if !n.is_zero() => out.push('0'),
        _ => {}
    }
    out.push_str(&digits);
    if is_long && base != 2 && matches!(base, 8 | 10 | 16) {
        out.push('L');
    }
    out
}
