//! `%d`/`%o`/`%x` of an instance of a long subclass: 2.7 formats the text
//! the class's own `__str__`/`__oct__`/`__hex__` returns (minus the 'L',
//! the octal '0' and the '0x'), refusing a non-string (TypeError) or text
//! too short to hold a number (ValueError).

use num_bigint::BigInt;
use num_traits::Num;

use super::{ExcKind, PyErr, PyResult, Value};
use crate::vm::Vm;

/// The number a long subclass instance prints for conversion `conv`
/// ('d', 'o', 'x' or 'X'); None when `v` is not such an instance, or
/// when its text holds digits that do not parse (formatted as text then).
pub fn overridden(vm: &mut Vm, v: &Value, conv: u8) -> PyResult<Option<Result<BigInt, Vec<u8>>>> {
    let Value::Instance(i) = v else { return Ok(None) };
    if !matches!(i.base, Value::Long(_)) {
        return Ok(None);
    }
    let method = match conv {
        b'o' => "__oct__",
        b'x' | b'X' => "__hex__",
        _ => "__str__",
    };
    let Some(r) = vm.call_dunder(v, method, vec![])? else { return Ok(None) };
    let Some(text) = r.as_str() else {
        return Err(PyErr::new(
            ExcKind::TypeError,
            format!("expected string or Unicode object, {} found", r.type_name()),
        ));
    };
    let mut s = text.as_bytes();
    if s.last() == Some(&b'L') {
        s = &s[..s.len() - 1];
    }
    let negative = s.first() == Some(&b'-');
    if negative {
        s = &s[1..];
    }
    let prefix_ok = match conv {
        b'o' => s.first() == Some(&b'0'),
        b'x' | b'X' => s.len() >= 2 && s[0] == b'0' && (s[1] == b'x' || s[1] == b'X'),
        _ => true,
    };
    let skip = match conv {
        b'o' => 1,
        b'x' | b'X' => 2,
        _ => 0,
    };
    // Octal "0" alone is zero; every other form needs a digit after its prefix.
    let digits = if prefix_ok && s.len() > skip {
        &s[skip..]
    } else if conv == b'o' && s == b"0" {
        s
    } else {
        &[][..]
    };
    if !prefix_ok || digits.is_empty() {
        let what = if conv == b'X' { 'x' } else { conv as char };
        return Err(PyErr::new(
            ExcKind::ValueError,
            format!("%{} format: invalid result of {} (type={})", what, method, v.type_name()),
        ));
    }
    let radix = match conv {
        b'o' => 8,
        b'x' | b'X' => 16,
        _ => 10,
    };
    let parsed = std::str::from_utf8(digits).ok().and_then(|d| BigInt::from_str_radix(d, radix).ok());
    Ok(Some(match parsed {
        Some(n) => Ok(if negative { -n } else { n }),
        None => Err([if negative { &b"-"[..] } else { &b""[..] }, digits].concat()),
    }))
}
