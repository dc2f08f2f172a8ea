//! `bytearray`: a mutable byte string, one byte per byte (a `Vec<u8>`
//! behind its own lock). A bytearray is an `Instance` of the built-in class
//! whose `base` is the native buffer, so that the eval loop's special-method
//! dispatch (`__getitem__`, `__add__`, `__eq__`, ...) serves it and its
//! subclasses alike. Growth is fallible: MemoryError, never an abort.
//!
//! The buffer lock is never held across a call back into Python (`b[:] = b`
//! or `b.extend(b)` read their argument before the lock is taken).

use std::sync::Arc;

use parking_lot::Mutex;

use super::alloc::{memory_error, reserve};
use super::class::{type_error, types};
use super::function::KwArgs;
use super::{ExcKind, Instance, Object, PyErr, PyResult, PyStr, Value};
use crate::vm::Vm;

/// The bytes of one bytearray.
pub struct ByteArray(pub Mutex<Vec<u8>>);

/// The buffer behind a bytearray (or an instance of a subclass).
pub fn buf_of(v: &Value) -> Option<&ByteArray> {
    match v {
        Value::Instance(i) => i.base.native::<ByteArray>(),
        _ => None,
    }
}

/// Whether `v` is a bytearray (or of a subclass).
pub fn is_bytearray(v: &Value) -> bool {
    buf_of(v).is_some()
}

/// A copy of some bytes, or MemoryError.
pub fn copy_bytes(b: &[u8]) -> PyResult<Vec<u8>> {
    let mut v = super::alloc::with_capacity(b.len())?;
    v.extend_from_slice(b);
    Ok(v)
}

/// A copy of a bytearray's bytes (None for other values), or MemoryError.
pub fn bytes_of(v: &Value) -> PyResult<Option<Vec<u8>>> {
    match buf_of(v) {
        Some(b) => copy_bytes(&b.0.lock()).map(Some),
        None => Ok(None),
    }
}

/// The native buffer value (the `base` of a bytearray instance).
pub fn native(bytes: Vec<u8>) -> Value {
    Value::other(Object::Native { class: types().bytearray.clone(), data: Box::new(ByteArray(Mutex::new(bytes))) })
}

/// A new plain bytearray holding `bytes`.
pub fn new_value(bytes: Vec<u8>) -> Value {
    Value::Instance(Arc::new(Instance::new(types().bytearray.clone(), native(bytes))))
}

/// A bytearray view sharing `v`'s buffer, of the plain class: iteration reads
/// through it so that a subclass's `__getitem__` does not take part.
pub fn plain_alias(v: &Value) -> Value {
    match v {
        Value::Instance(i) => Value::Instance(Arc::new(Instance::new(types().bytearray.clone(), i.base.clone()))),
        _ => v.clone(),
    }
}

/// `n` zero bytes, or MemoryError.
pub fn zeros(n: usize) -> PyResult<Vec<u8>> {
    let mut v = super::alloc::with_capacity(n)?;
    v.resize(n, 0);
    Ok(v)
}

/// `buf * n` with the size checked first.
pub fn repeat(b: &[u8], n: i64) -> PyResult<Vec<u8>> {
    if n <= 0 || b.is_empty() {
        return Ok(Vec::new());
    }
    let total = b.len().checked_mul(n as usize).filter(|t| *t <= isize::MAX as usize).ok_or_else(memory_error)?;
    let mut out = super::alloc::with_capacity(total)?;
    out.extend_from_slice(b);
    super::alloc::fill_by_doubling(&mut out, total);
    Ok(out)
}

fn buffer_api_error(v: &Value) -> PyErr {
    type_error(format!("Type {} doesn't support the buffer API", v.type_name()))
}

/// The bytes of a buffer argument (str, bytearray, buffer, memoryview,
/// array); None for anything else. unicode is no buffer here.
pub fn buffer_arg(vm: &mut Vm, v: &Value) -> PyResult<Option<Vec<u8>>> {
    if let Value::Str(s) = v {
        return Ok(Some(s.as_bytes().to_vec()));
    }
    if let Some(b) = bytes_of(v)? {
        return Ok(Some(b));
    }
    if let Value::Instance(i) = v {
        if let Value::Str(s) = &i.base {
            return Ok(Some(s.as_bytes().to_vec()));
        }
        if i.class().lookup_str("_buffer_bytes").is_some() {
            let m = vm.getattr(v, &PyStr::from_str("_buffer_bytes"))?;
            if let Value::Str(s) = vm.call(&m, vec![])? {
                return Ok(Some(s.as_bytes().to_vec()));
            }
        }
    }
    Ok(None)
}

/// A buffer argument, or `Type X doesn't support the buffer API`.
pub fn need_buffer(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    buffer_arg(vm, v)?.ok_or_else(|| buffer_api_error(v))
}

/// One byte from an int in range(256) or a str of length 1.
pub fn byte_value(vm: &mut Vm, v: &Value) -> PyResult<u8> {
    if let Value::Str(s) = v {
        if s.len() != 1 {
            return Err(PyErr::new(ExcKind::ValueError, "string must be of size 1"));
        }
        return Ok(s.as_bytes()[0]);
    }
    if matches!(v, Value::Float(_)) {
        return Err(type_error("an integer or string of size 1 is required"));
    }
    let i = match v {
        Value::Long(_) => Some(i64::MAX),
        _ => vm.index_value(v)?,
    };
    match i {
        Some(i) if (0..256).contains(&i) => Ok(i as u8),
        Some(_) => Err(PyErr::new(ExcKind::ValueError, "byte must be in range(0, 256)")),
        None => Err(type_error("an integer or string of size 1 is required")),
    }
}

/// The bytes of an iterable of byte values (`extend`, the constructor).
pub fn iterable_bytes(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    let it = vm.iter(v)?;
    let mut out = Vec::new();
    while let Some(x) = vm.next(&it)? {
        let b = byte_value(vm, &x)?;
        reserve(&mut out, 1)?;
        out.push(b);
    }
    Ok(out)
}

/// The contents `bytearray(source, encoding, errors)` starts with.
pub fn initial_bytes(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Vec<u8>> {
    let p = crate::modules::kwparse::parse("bytearray", a, kw, &["source", "encoding", "errors"], 0)?;
    let (source, encoding, errors) = (p[0].clone(), p[1].clone(), p[2].clone());
    let Some(source) = source else {
        if encoding.is_some() || errors.is_some() {
            return Err(type_error("encoding or errors without sequence argument"));
        }
        return Ok(Vec::new());
    };
    if let Some(u) = super::unicode::as_unicode(&source) {
        let Some(enc) = encoding else { return Err(type_error("unicode argument without an encoding")) };
        let enc = crate::modules::str_arg(&enc, "bytearray() argument 2")?.clone();
        let errs = match &errors {
            Some(e) => crate::modules::str_arg(e, "bytearray() argument 3")?.as_bytes().to_vec(),
            None => b"strict".to_vec(),
        };
        return super::unicode::encode(u.as_bytes(), enc.as_bytes(), &errs);
    }
    if encoding.is_some() || errors.is_some() {
        if let Value::Str(s) = &source {
            return Ok(s.as_bytes().to_vec());
        }
        return Err(type_error("encoding or errors without a string argument"));
    }
    if !matches!(source, Value::Str(_) | Value::Float(_)) && !is_bytearray(&source) {
        // An `__index__` that raises TypeError leaves the value to the buffer
        // and iterable readings, as 2.7.18 does.
        let count = match count_arg(vm, &source) {
            Err(e) if e.matches(ExcKind::TypeError) => None,
            r => r?,
        };
        if let Some(n) = count {
            if n < 0 {
                return Err(PyErr::new(ExcKind::ValueError, "negative count"));
            }
            return zeros(usize::try_from(n).map_err(|_| memory_error())?);
        }
    }
    if let Some(b) = buffer_arg(vm, &source)? {
        return Ok(b);
    }
    iterable_bytes(vm, &source)
}

/// A count argument: an int, long or `__index__` value; None otherwise.
fn count_arg(vm: &mut Vm, v: &Value) -> PyResult<Option<i64>> {
    match v {
        Value::Int(i) => Ok(Some(*i)),
        Value::Bool(b) => Ok(Some(i64::from(*b))),
        Value::Long(l) => {
            use num_traits::{Signed, ToPrimitive};
            match l.to_i64() {
                Some(i) => Ok(Some(i)),
                None if l.is_negative() => Ok(Some(-1)),
                None => Err(PyErr::new(ExcKind::OverflowError, "cannot fit 'long' into an index-sized integer")),
            }
        }
        Value::Instance(i) if i.class().lookup_str("__index__").is_some() => vm.index_value(v),
        _ => Ok(None),
    }
}

/// `repr(bytearray)`: `bytearray(b'...')`, quoting as 2.7 does (a quote
/// of the other kind when the text has a `'` but no `"`; `'` always escaped).
pub fn repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') { '"' } else { '\'' };
    let mut s = String::with_capacity(b.len() + 14);
    s.push_str("bytearray(b");
    s.push(quote);
    for &c in b {
        match c {
            b'\'' | b'\\' => {
                s.push('\\');
                s.push(c as char);
            }
            b'\t' => s.push_str("\\t"),
            b'\n' => s.push_str("\\n"),
            b'\r' => s.push_str("\\r"),
            0x20..=0x7e => s.push(c as char),
            _ => s.push_str(&format!("\\x{:02x}", c)),
        }
    }
    s.push(quote);
    s.push(')');
    s
}

/// `bytearray.fromhex(s)`: pairs of hex digits, spaces between pairs.
pub fn fromhex(s: &[u8]) -> PyResult<Vec<u8>> {
    let digit = |c: Option<&u8>| c.and_then(|c| (*c as char).to_digit(16));
    let mut out = Vec::with_capacity(s.len() / 2);
    let mut i = 0;
    while i < s.len() {
        if s[i] == b' ' {
            i += 1;
            continue;
        }
        match (digit(s.get(i)), digit(s.get(i + 1))) {
            (Some(hi), Some(lo)) => out.push((hi * 16 + lo) as u8),
            _ => {
                return Err(PyErr::new(
                    ExcKind::ValueError,
                    format!("non-hexadecimal number found in fromhex() arg at position {}", i),
                ))
            }
        }
        i += 2;
    }
    Ok(out)
}
