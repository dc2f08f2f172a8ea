//! `_struct`: the packing engine behind `stdlib/struct.py` (which adds the
//! `Struct` class and `pack_into`).
//!
//! Formats follow CPython 2.7 on x86_64 Linux: native mode aligns each item
//! to its own size, and — as CPython swaps native routines into its
//! little-endian table when the sizes agree — `<` and `=` check ranges with
//! the native messages for every integer code but `l`/`L`.

use std::sync::{Arc, OnceLock};

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use super::{check_args, def};
use crate::object::class::Class;
use crate::object::exception::new_exception;
use crate::object::number::float_to_bigint;
use crate::object::{Dict, ExcKind, PyErr, PyResult, Value};
use crate::vm::Vm;

/// `struct.error`
pub fn error_class() -> &'static Arc<Class> {
    static CLS: OnceLock<Arc<Class>> = OnceLock::new();
    CLS.get_or_init(|| {
        let d = Arc::new(Dict::new());
        d.set_str("__module__", Value::str("struct"));
        Class::new("error", vec![ExcKind::Exception.class().clone()], d, true)
            .expect("a class with one base always linearizes")
    })
}

pub fn error(msg: impl Into<String>) -> PyErr {
    PyErr::from_value(new_exception(error_class(), vec![Value::from(msg.into())]))
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Order {
    Native,
    Little,
    Big,
}

/// One code of a parsed format: `count` repeats, or the length of `s`/`p`.
#[derive(Clone, Copy)]
pub struct Item {
    pub code: u8,
    pub count: usize,
    pub offset: usize,
}

pub struct Layout {
    pub order: Order,
    pub items: Vec<Item>,
    pub size: usize,
    /// How many values pack takes and unpack gives.
    pub nargs: usize,
}

fn native_size(c: u8) -> Option<usize> {
    Some(match c {
        b'x' | b'c' | b'b' | b'B' | b'?' | b's' | b'p' => 1,
        b'h' | b'H' => 2,
        b'i' | b'I' | b'f' => 4,
        b'l' | b'L' | b'q' | b'Q' | b'd' | b'P' => 8,
        _ => return None,
    })
}

fn std_size(c: u8) -> Option<usize> {
    Some(match c {
        b'x' | b'c' | b'b' | b'B' | b'?' | b's' | b'p' => 1,
        b'h' | b'H' => 2,
        b'i' | b'I' | b'l' | b'L' | b'f' => 4,
        b'q' | b'Q' | b'd' => 8,
        _ => return None,
    })
}

/// Parses a format string (already bytes).
pub fn parse(fmt: &[u8]) -> PyResult<Layout> {
    let (order, body) = match fmt.first() {
        Some(b'@') => (Order::Native, &fmt[1..]),
        Some(b'=') | Some(b'<') => (Order::Little, &fmt[1..]),
        Some(b'>') | Some(b'!') => (Order::Big, &fmt[1..]),
        _ => (Order::Native, fmt),
    };
    let native = order == Order::Native;
    let mut items = Vec::new();
    let (mut size, mut nargs) = (0usize, 0usize);
    let too_long = || error("total struct size too long");
    let mut i = 0;
    while i < body.len() {
        let c = body[i];
        if c.is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let mut count = 1usize;
        if c.is_ascii_digit() {
            let mut n: usize = 0;
            while i < body.len() && body[i].is_ascii_digit() {
                n = n.checked_mul(10).and_then(|n| n.checked_add((body[i] - b'0') as usize)).ok_or_else(too_long)?;
                i += 1;
            }
            if i >= body.len() {
                // A trailing count with no code counts for nothing, as in 2.7.
                break;
            }
            count = n;
        }
        let code = body[i];
        i += 1;
        let item_size = if native { native_size(code) } else { std_size(code) };
        let item_size = match item_size {
            Some(s) if native || code != b'P' => s,
            _ => return Err(error("bad char in struct format")),
        };
        if native {
            size = size.checked_add(item_size - 1).ok_or_else(too_long)? / item_size * item_size;
        }
        let offset = size;
        size = count.checked_mul(item_size).and_then(|n| n.checked_add(size)).ok_or_else(too_long)?;
        if size > isize::MAX as usize {
            return Err(too_long());
        }
        match code {
            b'x' => {}
            b's' | b'p' => nargs += 1,
            _ => nargs += count,
        }
        items.push(Item { code, count, offset });
    }
    Ok(Layout { order, items, size, nargs })
}

/// How a code converts an integer and which range it then checks.
struct IntRule {
    size: usize,
    signed_conv: bool,
    /// Range and message of the check after conversion, if any.
    check: Option<(i128, i128, String)>,
}

fn int_rule(order: Order, code: u8) -> IntRule {
    let native_msg = |code: u8| -> Option<(i128, i128, String)> {
        Some(match code {
            b'b' => (-128, 127, "byte format requires -128 <= number <= 127".into()),
            b'B' => (0, 255, "ubyte format requires 0 <= number <= 255".into()),
            b'h' => (-32768, 32767, "short format requires SHRT_MIN <= number <= SHRT_MAX".into()),
            b'H' => (0, 65535, "ushort format requires 0 <= number <= USHRT_MAX".into()),
            b'i' => {
                (i32::MIN as i128, i32::MAX as i128, "'i' format requires -2147483648 <= number <= 2147483647".into())
            }
            b'I' => (0, u32::MAX as i128, "'I' format requires 0 <= number <= 4294967295".into()),
            _ => return None,
        })
    };
    let signed = matches!(code, b'b' | b'h' | b'i' | b'l' | b'q' | b'B' | b'H');
    let size = if order == Order::Native { native_size(code) } else { std_size(code) }.unwrap_or(1);
    let uses_native = match order {
        Order::Native => true,
        Order::Little => !matches!(code, b'l' | b'L'),
        Order::Big => matches!(code, b'b' | b'B'),
    };
    if uses_native {
        return IntRule { size, signed_conv: signed, check: native_msg(code) };
    }
    // Standard routines: signed codes convert through a C long, unsigned ones
    // through an unsigned long, then check the standard size's range.
    let signed = matches!(code, b'h' | b'i' | b'l' | b'q');
    let check = if size >= 8 {
        None
    } else if signed {
        let hi = (1i128 << (size * 8 - 1)) - 1;
        Some((-hi - 1, hi, format!("'{}' format requires {} <= number <= {}", code as char, -hi - 1, hi)))
    } else {
        let hi = (1i128 << (size * 8)) - 1;
        Some((0, hi, format!("'{}' format requires 0 <= number <= {}", code as char, hi)))
    };
    IntRule { size, signed_conv: signed, check }
}

/// The argument as an integer: int/long, `__index__`, a float (truncated, as
/// 2.7 still accepts) or `__int__`.
fn to_bigint(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    let v = crate::vm::ops::unwrap_base(v);
    if let Some(b) = crate::object::number::as_bigint(&v) {
        return Ok(b);
    }
    if let Value::Float(f) = &v {
        return float_to_bigint(f.get()).ok_or_else(|| error("cannot convert argument to integer"));
    }
    for name in ["__index__", "__int__"] {
        // An `__index__` raising TypeError falls back to `__int__`, as 2.7 does.
        let r = match vm.call_dunder(&v, name, vec![]) {
            Err(e) if name == "__index__" && e.matches(ExcKind::TypeError) => None,
            r => r?,
        };
        if let Some(r) = r {
            if let Some(b) = crate::object::number::as_bigint(&crate::vm::ops::unwrap_base(&r)) {
                return Ok(b);
            }
            return Err(PyErr::new(
                ExcKind::TypeError,
                format!("{} returned non-(int,long) (type {})", name, r.type_name()),
            ));
        }
    }
    Err(error("cannot convert argument to integer"))
}

fn pack_int(vm: &mut Vm, order: Order, code: u8, v: &Value, out: &mut [u8]) -> PyResult<()> {
    let rule = int_rule(order, code);
    let b = to_bigint(vm, v)?;
    let out_of_range = || error(format!("integer out of range for '{}' format code", code as char));
    let n: i128 = if code == b'P' {
        // A pointer accepts any value that fits a signed or unsigned word.
        match (b.to_i64(), b.to_u64()) {
            (Some(i), _) => i as i128,
            (None, Some(u)) => u as i128,
            _ => return Err(out_of_range()),
        }
    } else if rule.signed_conv {
        b.to_i64().ok_or_else(out_of_range)? as i128
    } else {
        b.to_u64().ok_or_else(out_of_range)? as i128
    };
    if let Some((lo, hi, msg)) = rule.check {
        if n < lo || n > hi {
            return Err(error(msg));
        }
    }
    let bytes = (n as u128).to_le_bytes();
    let size = rule.size;
    if order == Order::Big {
        for (k, o) in out[..size].iter_mut().enumerate() {
            *o = bytes[size - 1 - k];
        }
    } else {
        out[..size].copy_from_slice(&bytes[..size]);
    }
    Ok(())
}

fn unpack_int(order: Order, code: u8, data: &[u8]) -> Value {
    let size = data.len();
    let mut le = [0u8; 16];
    for k in 0..size {
        le[k] = if order == Order::Big { data[size - 1 - k] } else { data[k] };
    }
    let u = u128::from_le_bytes(le);
    let signed = matches!(code, b'b' | b'h' | b'i' | b'l' | b'q');
    let n: i128 = if signed && size < 16 && (u >> (size * 8 - 1)) & 1 == 1 {
        u as i128 - (1i128 << (size * 8))
    } else {
        u as i128
    };
    match i64::try_from(n) {
        Ok(i) => Value::Int(i),
        Err(_) => Value::long(BigInt::from(n)),
    }
}

fn to_float(v: &Value) -> PyResult<f64> {
    match crate::vm::ops::unwrap_base(v) {
        Value::Float(f) => Ok(f.get()),
        Value::Int(i) => Ok(i as f64),
        Value::Bool(b) => Ok(b.get() as i64 as f64),
        Value::Long(b) => crate::object::number::long_to_f64(&b),
        _ => Err(error("required argument is not a float")),
    }
}

fn string_arg(v: &Value, code: u8) -> PyResult<Vec<u8>> {
    match crate::vm::ops::unwrap_base(v) {
        Value::Str(s) => Ok(s.as_bytes().to_vec()),
        _ => Err(error(format!("argument for '{}' must be a string", code as char))),
    }
}

/// Packs `args` (exactly `layout.nargs` of them) into bytes.
pub fn pack_values(vm: &mut Vm, layout: &Layout, args: &[Value]) -> PyResult<Vec<u8>> {
    let mut out = crate::object::alloc::zeroed(layout.size)?;
    let mut args = args.iter();
    let order = layout.order;
    for item in &layout.items {
        let code = item.code;
        let mut pos = item.offset;
        match code {
            b'x' => continue,
            b's' | b'p' => {
                let s = string_arg(args.next().unwrap_or(&Value::None), code)?;
                let n = item.count;
                if code == b's' {
                    let k = s.len().min(n);
                    out[pos..pos + k].copy_from_slice(&s[..k]);
                } else if n > 0 {
                    let k = s.len().min(n - 1);
                    out[pos + 1..pos + 1 + k].copy_from_slice(&s[..k]);
                    out[pos] = k.min(255) as u8;
                }
                continue;
            }
            _ => {}
        }
        let size = if order == Order::Native { native_size(code) } else { std_size(code) }.unwrap_or(1);
        for _ in 0..item.count {
            let v = args.next().unwrap_or(&Value::None);
            let slot = &mut out[pos..pos + size];
            match code {
                b'c' => match crate::vm::ops::unwrap_base(v) {
                    Value::Str(s) if s.len() == 1 => slot[0] = s.as_bytes()[0],
                    _ => return Err(error("char format require string of length 1")),
                },
                b'?' => slot[0] = vm.truthy(v)? as u8,
                b'f' => {
                    let x = to_float(v)?;
                    let f = x as f32;
                    if order != Order::Native && f.is_infinite() && x.is_finite() {
                        return Err(PyErr::new(ExcKind::OverflowError, "float too large to pack with f format"));
                    }
                    let b = if order == Order::Big { f.to_be_bytes() } else { f.to_le_bytes() };
                    slot.copy_from_slice(&b);
                }
                b'd' => {
                    let x = to_float(v)?;
                    let b = if order == Order::Big { x.to_be_bytes() } else { x.to_le_bytes() };
                    slot.copy_from_slice(&b);
                }
                _ => pack_int(vm, order, code, v, slot)?,
            }
            pos += size;
        }
    }
    Ok(out)
}

/// Unpacks `data` (exactly `layout.size` bytes) into values.
pub fn unpack_values(layout: &Layout, data: &[u8]) -> Vec<Value> {
    let order = layout.order;
    let mut out = Vec::with_capacity(layout.nargs);
    for item in &layout.items {
        let code = item.code;
        let mut pos = item.offset;
        match code {
            b'x' => continue,
            b's' => {
                out.push(Value::bytes(data[pos..pos + item.count].to_vec()));
                continue;
            }
            b'p' => {
                if item.count == 0 {
                    out.push(Value::str(""));
                } else {
                    let k = (data[pos] as usize).min(item.count - 1);
                    out.push(Value::bytes(data[pos + 1..pos + 1 + k].to_vec()));
                }
                continue;
            }
            _ => {}
        }
        let size = if order == Order::Native { native_size(code) } else { std_size(code) }.unwrap_or(1);
        for _ in 0..item.count {
            let b = &data[pos..pos + size];
            out.push(match code {
                b'c' => Value::bytes(vec![b[0]]),
                b'?' => Value::bool(b[0] != 0),
                b'f' => {
                    let a = [b[0], b[1], b[2], b[3]];
                    let f = if order == Order::Big { f32::from_be_bytes(a) } else { f32::from_le_bytes(a) };
                    Value::float(f as f64)
                }
                b'd' => {
                    let mut a = [0u8; 8];
                    a.copy_from_slice(b);
                    Value::float(if order == Order::Big { f64::from_be_bytes(a) } else { f64::from_le_bytes(a) })
                }
                _ => unpack_int(order, code, b),
            });
            pos += size;
        }
    }
    out
}

/// The format argument as bytes, with `Struct()`'s message for a non-string.
/// The unpacked tuple, unless a float format set to "unknown" (see
/// float_format.rs) meets an infinity or NaN.
fn refuse_specials(layout: &Layout, values: Vec<Value>) -> PyResult {
    let refused = layout.items.iter().any(|i| super::float_format::specials_refused(i.code));
    if refused && values.iter().any(|v| matches!(v, Value::Float(f) if !f.get().is_finite())) {
        return Err(PyErr::new(ExcKind::ValueError, "can't unpack IEEE 754 special value on non-IEEE platform"));
    }
    Ok(Value::tuple(values))
}

fn format_of(v: &Value) -> PyResult<Arc<crate::object::PyStr>> {
    match crate::vm::ops::unwrap_base(v) {
        Value::Str(s) => Ok(s),
        u if crate::object::unicode::is_unicode(&u) => {
            let b = u.as_object().and_then(|_| crate::object::unicode::as_unicode(&u)).map(|s| s.as_bytes().to_vec());
            Ok(Arc::new(crate::object::PyStr::new(crate::object::unicode::encode(
                &b.unwrap_or_default(),
                b"ascii",
                b"strict",
            )?)))
        }
        other => Err(PyErr::new(
            ExcKind::TypeError,
            format!("Struct() argument 1 must be string, not {}", other.type_name()),
        )),
    }
}

/// The bytes of a buffer-like argument: a str, or an object offering
/// `_buffer_bytes()` (minipy's array and bytearray).
pub fn buffer_bytes(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = crate::object::bytearray::bytes_of(v)? {
        return Ok(b);
    }
    match crate::vm::ops::unwrap_base(v) {
        Value::Str(s) => Ok(s.as_bytes().to_vec()),
        // unicode passes through the default encoding (ASCII).
        u if crate::object::unicode::is_unicode(&u) => {
            let b = crate::object::unicode::as_unicode(&u).map(|s| s.as_bytes().to_vec()).unwrap_or_default();
            crate::object::unicode::encode(&b, b"ascii", b"strict")
        }
        other => {
            let name = crate::object::PyStr::from_str("_buffer_bytes");
            if let Value::Instance(_) = other {
                if let Ok(m) = vm.getattr(v, &name) {
                    let r = vm.call(&m, vec![])?;
                    if let Value::Str(s) = r {
                        return Ok(s.as_bytes().to_vec());
                    }
                }
            }
            Err(PyErr::new(ExcKind::TypeError, "Struct() argument 1 must be string or read-only buffer"))
        }
    }
}

pub fn init(d: &Dict) {
    d.set_str("error", Value::Class(error_class().clone()));
    def(d, "calcsize", |_, a, kw| {
        super::no_keywords("calcsize", kw)?;
        check_args("calcsize", a, 1, 1)?;
        Ok(Value::Int(parse(format_of(&a[0])?.as_bytes())?.size as i64))
    });
    def(d, "pack", |vm, a, kw| {
        super::no_keywords("pack", kw)?;
        let Some(f) = a.first() else {
            return Err(PyErr::new(ExcKind::TypeError, "missing format argument"));
        };
        let layout = parse(format_of(f)?.as_bytes())?;
        if a.len() - 1 != layout.nargs {
            return Err(error(format!("pack expected {} items for packing (got {})", layout.nargs, a.len() - 1)));
        }
        Ok(Value::bytes(pack_values(vm, &layout, &a[1..])?))
    });
    def(d, "unpack", |vm, a, kw| {
        super::no_keywords("unpack", kw)?;
        check_args("unpack", a, 2, 2)?;
        let layout = parse(format_of(&a[0])?.as_bytes())?;
        let data = buffer_bytes(vm, &a[1])?;
        if data.len() != layout.size {
            return Err(error(format!("unpack requires a string argument of length {}", layout.size)));
        }
        refuse_specials(&layout, unpack_values(&layout, &data))
    });
    def(d, "unpack_from", |vm, a, kw| {
        let s = super::kwparse::parse("unpack_from", a, kw, &["format", "buffer", "offset"], 1)?;
        // CPython counts from the Struct method's own arguments (buffer is 1).
        let (Some(f), Some(buf)) = (&s[0], &s[1]) else {
            return Err(PyErr::new(ExcKind::TypeError, "Required argument 'buffer' (pos 1) not found"));
        };
        let layout = parse(format_of(f)?.as_bytes())?;
        let data = buffer_bytes(vm, buf)?;
        let mut off = match &s[2] {
            Some(v) => super::int_arg(v, "unpack_from")?,
            None => 0,
        };
        if off < 0 {
            off += data.len() as i64;
        }
        if off < 0 || (data.len() as i64 - off) < layout.size as i64 {
            return Err(error(format!("unpack_from requires a buffer of at least {} bytes", layout.size)));
        }
        let off = off as usize;
        refuse_specials(&layout, unpack_values(&layout, &data[off..off + layout.size]))
    });
    // `_parse(fmt)` -> (size, nargs): what struct.py's Struct needs.
    def(d, "_parse", |_, a, _| {
        check_args("_parse", a, 1, 1)?;
        let layout = parse(format_of(&a[0])?.as_bytes())?;
        Ok(Value::tuple(vec![Value::Int(layout.size as i64), Value::Int(layout.nargs as i64)]))
    });
}
