//! The text `int()`, `long()`, `float()` and `complex()` parse out of a
//! unicode argument: CPython 2.7 first maps every Unicode decimal digit
//! (Arabic-Indic, Devanagari, fullwidth, ...) to its ASCII digit and every
//! Unicode space to ' ', keeps other Latin-1 characters as bytes, and
//! refuses the rest (and NUL) with the 'decimal' codec's UnicodeEncodeError.

use crate::object::unicode::{cps, is_space};
use crate::object::{ExcKind, PyErr, PyResult};

/// First code points of the runs of ten consecutive decimal digits (Nd).
const DIGIT_RUNS: &[u32] = &[
    0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xe50, 0xed0, 0xf20, 0x1040,
    0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90, 0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900,
    0xaa50, 0xff10, 0x104a0, 0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6,
];

/// The decimal value of a non-ASCII digit.
fn digit_value(c: u32) -> Option<u8> {
    DIGIT_RUNS.iter().find(|&&start| (start..start + 10).contains(&c)).map(|start| (c - start) as u8)
}

fn shown(c: u32) -> String {
    if c < 0x100 {
        format!("\\x{:02x}", c)
    } else if c < 0x10000 {
        format!("\\u{:04x}", c)
    } else {
        format!("\\U{:08x}", c)
    }
}

/// The bytes a number constructor parses for the UTF-8 text `u`.
pub fn encode_decimal(u: &[u8]) -> PyResult<Vec<u8>> {
    if u.is_ascii() && !u.contains(&0) {
        return Ok(u.to_vec());
    }
    let points = cps(u);
    let mut out = Vec::with_capacity(points.len());
    for (i, &c) in points.iter().enumerate() {
        if is_space(c) {
            out.push(b' ');
        } else if let Some(d) = digit_value(c) {
            out.push(b'0' + d);
        } else if (1..0x100).contains(&c) {
            out.push(c as u8);
        } else {
            // 2.7 reports the first refused character alone, even in a run.
            return Err(PyErr::new(
                ExcKind::UnicodeEncodeError,
                format!(
                    "'decimal' codec can't encode character u'{}' in position {}: invalid decimal Unicode string",
                    shown(c),
                    i
                ),
            ));
        }
    }
    Ok(out)
}
