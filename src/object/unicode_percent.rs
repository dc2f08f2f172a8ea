//! The conversions of `u'...' % args` that differ from str's: %s takes
//! unicode(arg) (so `__unicode__` counts), %r the repr, %c any code point,
//! and precision and width count code points rather than UTF-8 bytes.

use super::unicode::{as_unicode, coerce_str, cps, encode_cps};
use super::{ExcKind, PyErr, PyResult, Value};
use crate::text::PercentFormat;
use crate::vm::Vm;

fn type_err(msg: &str) -> PyErr {
    PyErr::new(ExcKind::TypeError, msg)
}

/// The code point of a %c argument.
fn char_arg(vm: &mut Vm, v: &Value) -> PyResult<u32> {
    let base = crate::vm::ops::unwrap_base(v);
    if let Some(u) = as_unicode(&base) {
        let c = cps(u.as_bytes());
        return match c[..] {
            [x] => Ok(x),
            _ => Err(type_err("%c requires int or char")),
        };
    }
    if let Value::Str(s) = &base {
        return match coerce_str(s.as_bytes())?[..] {
            [b] => Ok(b as u32),
            _ => Err(type_err("%c requires int or char")),
        };
    }
    let n = match &base {
        Value::Float(_) => return Err(type_err("integer argument expected, got float")),
        Value::Int(_) | Value::Bool(_) | Value::Long(_) => crate::object::number::as_i64(&base),
        Value::Instance(_) => match vm.call_dunder(v, "__int__", vec![])? {
            Some(r) => crate::object::number::as_i64(&r),
            None => return Err(type_err("an integer is required")),
        },
        _ => return Err(type_err("an integer is required")),
    };
    match n {
        Some(n) if (0..0x110000).contains(&n) => Ok(n as u32),
        _ => Err(PyErr::new(ExcKind::OverflowError, "%c arg not in range(0x110000) (wide Python build)")),
    }
}

/// %s, %r and %c of a unicode format; None for the numeric conversions.
pub fn convert(vm: &mut Vm, f: &PercentFormat, v: &Value) -> PyResult<Option<Vec<u8>>> {
    let mut text = match f.conv {
        b's' => {
            let u = crate::object::unicode_methods::to_unicode_value(vm, v)?;
            cps(as_unicode(&u).map(|s| s.as_bytes()).unwrap_or(b""))
        }
        b'r' => {
            let r = vm.repr(v)?;
            cps(&coerce_str(r.as_bytes())?)
        }
        b'c' => vec![char_arg(vm, v)?],
        _ => return Ok(None),
    };
    if let (Some(p), b's' | b'r') = (f.precision, f.conv) {
        text.truncate(p);
    }
    let pad = f.width.saturating_sub(text.len());
    let mut out = Vec::with_capacity(text.len() + pad);
    if f.flags.left {
        out.extend(encode_cps(&text));
        out.resize(out.len() + pad, b' ');
    } else {
        out.resize(pad, b' ');
        out.extend(encode_cps(&text));
    }
    Ok(Some(out))
}
