//! `binascii`: hex, base64, quoted-printable and uuencode conversions and the
//! crc32 / crc_hqx checksums, with Python 2.7's results (crc32 is signed)
//! and its quirks (lenient base64 padding, uuencode's space for zero).

use std::sync::{Arc, OnceLock};

use super::kwparse;
use crate::object::class::Class;
use crate::object::exception::new_exception;
use crate::object::number::as_bigint;
use crate::object::{Dict, ExcKind, PyErr, PyResult, Value};
use crate::vm::Vm;

fn exc_class(name: &str) -> Arc<Class> {
    let d = Arc::new(Dict::new());
    d.set_str("__module__", Value::str("binascii"));
    Class::new(name, vec![ExcKind::Exception.class().clone()], d, true)
        .expect("a class with one base always linearizes")
}

/// `binascii.Error`
pub fn error_class() -> &'static Arc<Class> {
    static CLS: OnceLock<Arc<Class>> = OnceLock::new();
    CLS.get_or_init(|| exc_class("Error"))
}

fn incomplete_class() -> &'static Arc<Class> {
    static CLS: OnceLock<Arc<Class>> = OnceLock::new();
    CLS.get_or_init(|| exc_class("Incomplete"))
}

fn error(msg: &str) -> PyErr {
    PyErr::from_value(new_exception(error_class(), vec![Value::str(msg)]))
}

/// The bytes of a "string or buffer" argument.
pub fn data_arg(vm: &mut Vm, v: &Value, func: &str) -> PyResult<Vec<u8>> {
    match super::struct_::buffer_bytes(vm, v) {
        Ok(b) => Ok(b),
        Err(e) if e.matches(ExcKind::UnicodeEncodeError) => Err(e),
        Err(_) => Err(PyErr::new(
            ExcKind::TypeError,
            format!("{}() argument 1 must be string or buffer, not {}", func, v.type_name()),
        )),
    }
}

/// An `I`-format argument: any integer, reduced modulo 2**32.
pub fn u32_arg(v: &Value, what: &str) -> PyResult<u32> {
    let v = crate::vm::ops::unwrap_base(v);
    match as_bigint(&v) {
        Some(b) => {
            let m: num_bigint::BigInt = b & num_bigint::BigInt::from(0xffff_ffffu32);
            Ok(num_traits::ToPrimitive::to_u32(&m).unwrap_or(0))
        }
        None => Err(PyErr::new(ExcKind::TypeError, format!("{}: an integer is required", what))),
    }
}

const HEX: &[u8; 16] = b"0123456789abcdef";

pub fn hexlify(data: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len() * 2);
    for &b in data {
        out.push(HEX[(b >> 4) as usize]);
        out.push(HEX[(b & 15) as usize]);
    }
    out
}

fn hex_val(c: u8) -> Option<u8> {
    (c as char).to_digit(16).map(|d| d as u8)
}

pub fn unhexlify(data: &[u8]) -> PyResult<Vec<u8>> {
    if !data.len().is_multiple_of(2) {
        return Err(PyErr::new(ExcKind::TypeError, "Odd-length string"));
    }
    let mut out = Vec::with_capacity(data.len() / 2);
    for pair in data.chunks(2) {
        match (hex_val(pair[0]), hex_val(pair[1])) {
            (Some(h), Some(l)) => out.push(h << 4 | l),
            _ => return Err(PyErr::new(ExcKind::TypeError, "Non-hexadecimal digit found")),
        }
    }
    Ok(out)
}

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

fn b64_val(c: u8) -> Option<u32> {
    match c {
        b'A'..=b'Z' => Some((c - b'A') as u32),
        b'a'..=b'z' => Some((c - b'a') as u32 + 26),
        b'0'..=b'9' => Some((c - b'0') as u32 + 52),
        b'+' => Some(62),
        b'/' => Some(63),
        _ => None,
    }
}

pub fn b2a_base64(data: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len().div_ceil(3) * 4 + 1);
    for chunk in data.chunks(3) {
        let n = chunk.iter().enumerate().fold(0u32, |acc, (i, &b)| acc | (b as u32) << (16 - 8 * i));
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(B64[(n >> (18 - 6 * i) & 63) as usize]);
            } else {
                out.push(b'=');
            }
        }
    }
    out.push(b'\n');
    out
}

/// Decodes base64 as 2.7 does: characters outside the alphabet are skipped,
/// and a pad ends the data only where it may stand (after two symbols, a
/// pad must be followed by another).
pub fn a2b_base64(data: &[u8]) -> PyResult<Vec<u8>> {
    let mut out = Vec::with_capacity(data.len() / 4 * 3);
    let (mut acc, mut bits, mut quad) = (0u32, 0u32, 0u32);
    for (i, &c) in data.iter().enumerate() {
        if c == b'=' {
            if quad < 2 {
                continue;
            }
            if quad == 2 {
                // The next symbol (pads included) after this pad must be a pad.
                let next = data[i + 1..].iter().find(|&&d| d == b'=' || b64_val(d).is_some());
                if next != Some(&b'=') {
                    continue;
                }
            }
            bits = 0;
            break;
        }
        let Some(v) = b64_val(c) else { continue };
        quad = (quad + 1) & 3;
        acc = acc << 6 | v;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    if bits != 0 {
        return Err(error("Incorrect padding"));
    }
    Ok(out)
}

/// CRC-32 as zlib computes it, from a running value.
pub fn crc32(data: &[u8], start: u32) -> u32 {
    let mut h = crc32fast::Hasher::new_with_initial(start);
    h.update(data);
    h.finalize()
}

fn crc_hqx(data: &[u8], mut crc: u32) -> u32 {
    for &b in data {
        crc ^= (b as u32) << 8;
        crc &= 0xffff;
        for _ in 0..8 {
            crc = if crc & 0x8000 != 0 { (crc << 1) ^ 0x1021 } else { crc << 1 } & 0xffff;
        }
    }
    crc
}

const QP_MAX_LINE: usize = 76;

fn b2a_qp(data: &[u8], quotetabs: bool, istext: bool, header: bool) -> Vec<u8> {
    let crlf = istext && data.iter().position(|&c| c == b'\n').is_some_and(|p| p > 0 && data[p - 1] == b'\r');
    let eol: &[u8] = if crlf { b"\r\n" } else { b"\n" };
    let upper = b"0123456789ABCDEF";
    let mut out: Vec<u8> = Vec::with_capacity(data.len() * 2);
    let mut linelen = 0usize;
    let mut i = 0;
    let n = data.len();
    while i < n {
        let c = data[i];
        let next = data.get(i + 1).copied();
        let at_line_end = matches!(next, None | Some(b'\n') | Some(b'\r') | Some(0));
        let encode = c > 126
            || c == b'='
            || (header && c == b'_')
            || (c == b'.' && linelen == 0 && at_line_end)
            || (!istext && (c == b'\r' || c == b'\n'))
            || ((c == b'\t' || c == b' ') && i + 1 == n)
            || (c < 33 && c != b'\r' && c != b'\n' && (quotetabs || (c != b'\t' && c != b' ')));
        if encode {
            if linelen + 3 >= QP_MAX_LINE {
                out.push(b'=');
                out.extend_from_slice(eol);
                linelen = 0;
            }
            out.extend_from_slice(&[b'=', upper[(c >> 4) as usize], upper[(c & 15) as usize]]);
            linelen += 3;
            i += 1;
        } else if istext && (c == b'\n' || (c == b'\r' && next == Some(b'\n'))) {
            linelen = 0;
            // Whitespace before a line break is encoded.
            if let Some(&last) = out.last() {
                if last == b' ' || last == b'\t' {
                    out.pop();
                    out.extend_from_slice(&[b'=', upper[(last >> 4) as usize], upper[(last & 15) as usize]]);
                }
            }
            out.extend_from_slice(eol);
            i += if c == b'\r' { 2 } else { 1 };
        } else {
            if next.is_some() && next != Some(b'\n') && linelen + 1 >= QP_MAX_LINE {
                out.push(b'=');
                out.extend_from_slice(eol);
                linelen = 0;
            }
            linelen += 1;
            out.push(if header && c == b' ' { b'_' } else { c });
            i += 1;
        }
    }
    out
}

fn a2b_qp(data: &[u8], header: bool) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len());
    let n = data.len();
    let mut i = 0;
    while i < n {
        let c = data[i];
        if c == b'=' {
            i += 1;
            if i >= n {
                break;
            }
            if data[i] == b'\n' || data[i] == b'\r' {
                // A soft line break.
                while i < n && data[i] != b'\n' {
                    i += 1;
                }
                if i < n {
                    i += 1;
                }
            } else if data[i] == b'=' {
                out.push(b'=');
                i += 1;
            } else if let (Some(h), Some(l)) = (hex_val(data[i]), data.get(i + 1).and_then(|&d| hex_val(d))) {
                out.push(h << 4 | l);
                i += 2;
            } else {
                out.push(b'=');
            }
        } else if header && c == b'_' {
            out.push(b' ');
            i += 1;
        } else {
            out.push(c);
            i += 1;
        }
    }
    out
}

fn b2a_uu(data: &[u8]) -> PyResult<Vec<u8>> {
    if data.len() > 45 {
        return Err(error("At most 45 bytes at once"));
    }
    let mut out = vec![b' ' + data.len() as u8];
    for chunk in data.chunks(3) {
        let n = chunk.iter().enumerate().fold(0u32, |acc, (i, &b)| acc | (b as u32) << (16 - 8 * i));
        for i in 0..4 {
            out.push(b' ' + (n >> (18 - 6 * i) & 63) as u8);
        }
    }
    out.push(b'\n');
    Ok(out)
}

fn a2b_uu(data: &[u8]) -> PyResult<Vec<u8>> {
    // An empty line reads as the terminating NUL, as in CPython.
    let first = data.first().copied().unwrap_or(0);
    let mut want = (first.wrapping_sub(b' ') & 0o77) as usize;
    let mut out = Vec::with_capacity(want);
    let mut rest = data.get(1..).unwrap_or(&[]).iter();
    let (mut acc, mut bits) = (0u32, 0u32);
    while want > 0 {
        let v = match rest.next() {
            None | Some(b'\n') | Some(b'\r') => 0,
            Some(&c) => {
                if !(b' '..=b' ' + 64).contains(&c) {
                    return Err(error("Illegal char"));
                }
                (c - b' ') & 0o77
            }
        };
        acc = acc << 6 | v as u32;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
            want -= 1;
        }
    }
    for &c in rest {
        if c != b' ' && c != b' ' + 64 && c != b'\n' && c != b'\r' {
            return Err(error("Trailing garbage"));
        }
    }
    Ok(out)
}

const HQX: &[u8; 64] = b"!\"#$%&'()*+,-012345689@ABCDEFGHIJKLMNPQRSTUVXYZ[`abcdefhijklmpqr";
const RUNCHAR: u8 = 0x90;

fn incomplete(msg: &str) -> PyErr {
    PyErr::from_value(new_exception(incomplete_class(), vec![Value::str(msg)]))
}

fn b2a_hqx(data: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len() * 4 / 3 + 2);
    let (mut acc, mut bits) = (0u32, 0u32);
    for &b in data {
        acc = acc << 8 | b as u32;
        bits += 8;
        while bits >= 6 {
            bits -= 6;
            out.push(HQX[(acc >> bits & 63) as usize]);
        }
        acc &= (1 << bits) - 1;
    }
    if bits > 0 {
        out.push(HQX[((acc << (6 - bits)) & 63) as usize]);
    }
    out
}

/// Returns the bytes and whether the ':' end mark was seen.
fn a2b_hqx(data: &[u8]) -> PyResult<(Vec<u8>, bool)> {
    let mut out = Vec::with_capacity(data.len() * 3 / 4 + 1);
    let (mut acc, mut bits, mut done) = (0u32, 0u32, false);
    for &c in data {
        if c == b'\n' || c == b'\r' {
            continue;
        }
        if c == b':' {
            done = true;
            break;
        }
        let Some(v) = HQX.iter().position(|&h| h == c) else { return Err(error("Illegal char")) };
        acc = acc << 6 | v as u32;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    if bits != 0 && !done {
        return Err(incomplete("String has incomplete number of bytes"));
    }
    Ok((out, done))
}

fn rlecode_hqx(data: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len() + 8);
    let mut i = 0;
    while i < data.len() {
        let c = data[i];
        if c == RUNCHAR {
            out.extend_from_slice(&[RUNCHAR, 0]);
            i += 1;
            continue;
        }
        let mut end = i + 1;
        while end < data.len() && data[end] == c && end < i + 255 {
            end += 1;
        }
        if end - i > 3 {
            out.extend_from_slice(&[c, RUNCHAR, (end - i) as u8]);
            i = end;
        } else {
            out.push(c);
            i += 1;
        }
    }
    out
}

fn rledecode_hqx(data: &[u8]) -> PyResult<Vec<u8>> {
    let mut out = Vec::with_capacity(data.len() * 2);
    let mut it = data.iter().copied();
    let mut next = || it.next().ok_or_else(|| incomplete(""));
    if data.is_empty() {
        return Ok(out);
    }
    let first = next()?;
    if first == RUNCHAR {
        if next()? != 0 {
            return Err(error("Orphaned RLE code at start"));
        }
        out.push(RUNCHAR);
    } else {
        out.push(first);
    }
    while let Ok(b) = next() {
        if b == RUNCHAR {
            let n = next()?;
            if n == 0 {
                out.push(RUNCHAR);
            } else {
                let last = out.last().copied().unwrap_or(0);
                for _ in 1..n {
                    out.push(last);
                }
            }
        } else {
            out.push(b);
        }
    }
    Ok(out)
}

fn one_arg(name: &str, a: &[Value], kw: &crate::object::function::KwArgs) -> PyResult<()> {
    super::no_keywords(name, kw)?;
    super::check_args(name, a, 1, 1)
}

fn flag(vm: &mut Vm, v: &Option<Value>) -> PyResult<bool> {
    match v {
        Some(v) => vm.truthy(v),
        None => Ok(false),
    }
}

pub fn init(d: &Dict) {
    d.set_str("Error", Value::Class(error_class().clone()));
    d.set_str("Incomplete", Value::Class(incomplete_class().clone()));
    for name in ["hexlify", "b2a_hex"] {
        super::def(d, if name == "hexlify" { "hexlify" } else { "b2a_hex" }, |vm, a, kw| {
            one_arg("b2a_hex", a, kw)?;
            Ok(Value::bytes(hexlify(&data_arg(vm, &a[0], "b2a_hex")?)))
        });
    }
    for name in ["unhexlify", "a2b_hex"] {
        super::def(d, if name == "unhexlify" { "unhexlify" } else { "a2b_hex" }, |vm, a, kw| {
            one_arg("a2b_hex", a, kw)?;
            Ok(Value::bytes(unhexlify(&data_arg(vm, &a[0], "a2b_hex")?)?))
        });
    }
    super::def(d, "b2a_base64", |vm, a, kw| {
        one_arg("b2a_base64", a, kw)?;
        Ok(Value::bytes(b2a_base64(&data_arg(vm, &a[0], "b2a_base64")?)))
    });
    super::def(d, "a2b_base64", |vm, a, kw| {
        one_arg("a2b_base64", a, kw)?;
        Ok(Value::bytes(a2b_base64(&data_arg(vm, &a[0], "a2b_base64")?)?))
    });
    super::def(d, "crc32", |vm, a, kw| {
        super::no_keywords("crc32", kw)?;
        super::check_args("crc32", a, 1, 2)?;
        let data = data_arg(vm, &a[0], "crc32")?;
        let start = match a.get(1) {
            Some(v) => u32_arg(v, "crc32")?,
            None => 0,
        };
        Ok(Value::Int(crc32(&data, start) as i32 as i64))
    });
    super::def(d, "crc_hqx", |vm, a, kw| {
        super::no_keywords("crc_hqx", kw)?;
        if a.len() != 2 {
            return Err(PyErr::new(
                ExcKind::TypeError,
                format!("crc_hqx() takes exactly 2 arguments ({} given)", a.len()),
            ));
        }
        let data = data_arg(vm, &a[0], "crc_hqx")?;
        let start = u32_arg(&a[1], "crc_hqx")?;
        Ok(Value::Int(crc_hqx(&data, start) as i64))
    });
    super::def(d, "b2a_qp", |vm, a, kw| {
        let s = kwparse::parse("b2a_qp", a, kw, &["data", "quotetabs", "istext", "header"], 1)?;
        let data = data_arg(vm, s[0].as_ref().unwrap_or(&Value::None), "b2a_qp")?;
        let quotetabs = flag(vm, &s[1])?;
        let istext = match &s[2] {
            Some(v) => vm.truthy(v)?,
            None => true,
        };
        let header = flag(vm, &s[3])?;
        Ok(Value::bytes(b2a_qp(&data, quotetabs, istext, header)))
    });
    super::def(d, "a2b_qp", |vm, a, kw| {
        let s = kwparse::parse("a2b_qp", a, kw, &["data", "header"], 1)?;
        let data = data_arg(vm, s[0].as_ref().unwrap_or(&Value::None), "a2b_qp")?;
        let header = flag(vm, &s[1])?;
        Ok(Value::bytes(a2b_qp(&data, header)))
    });
    super::def(d, "b2a_hqx", |vm, a, kw| {
        one_arg("b2a_hqx", a, kw)?;
        Ok(Value::bytes(b2a_hqx(&data_arg(vm, &a[0], "b2a_hqx")?)))
    });
    super::def(d, "a2b_hqx", |vm, a, kw| {
        one_arg("a2b_hqx", a, kw)?;
        let (out, done) = a2b_hqx(&data_arg(vm, &a[0], "a2b_hqx")?)?;
        Ok(Value::tuple(vec![Value::bytes(out), Value::Int(done as i64)]))
    });
    super::def(d, "rlecode_hqx", |vm, a, kw| {
        one_arg("rlecode_hqx", a, kw)?;
        Ok(Value::bytes(rlecode_hqx(&data_arg(vm, &a[0], "rlecode_hqx")?)))
    });
    super::def(d, "rledecode_hqx", |vm, a, kw| {
        one_arg("rledecode_hqx", a, kw)?;
        Ok(Value::bytes(rledecode_hqx(&data_arg(vm, &a[0], "rledecode_hqx")?)?))
    });
    super::def(d, "b2a_uu", |vm, a, kw| {
        one_arg("b2a_uu", a, kw)?;
        Ok(Value::bytes(b2a_uu(&data_arg(vm, &a[0], "b2a_uu")?)?))
    });
    super::def(d, "a2b_uu", |vm, a, kw| {
        one_arg("a2b_uu", a, kw)?;
        Ok(Value::bytes(a2b_uu(&data_arg(vm, &a[0], "a2b_uu")?)?))
    });
}
