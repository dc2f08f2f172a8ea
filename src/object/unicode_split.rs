//! `unicode.split`/`rsplit` without a separator and `unicode.splitlines`,
//! which must see Unicode whitespace and line breaks (str's byte-based code
//! sees only ASCII ones); with a separator, split runs str's code.

use super::function::KwArgs;
use super::unicode::{as_unicode, cps, from_cps};
use super::{ExcKind, PyErr, PyResult, Value};
use crate::modules::ucd;
use crate::vm::ops::unwrap_base;
use crate::vm::Vm;

fn text(a: &[Value], name: &str) -> PyResult<Vec<u32>> {
    match a.first().map(unwrap_base).as_ref().and_then(as_unicode) {
        Some(s) => Ok(cps(s.as_bytes())),
        None => Err(PyErr::new(ExcKind::TypeError, format!("descriptor '{}' requires a 'unicode' object", name))),
    }
}

/// Whitespace split: the words, at most `max` splits (negative: no limit),
/// from the right when `rev`.
fn split_ws(c: &[u32], max: i64, rev: bool) -> Vec<Value> {
    let mut out = Vec::new();
    let mut left = max;
    let sp = |x: u32| ucd::is_space(x);
    if !rev {
        let mut i = 0;
        let n = c.len();
        loop {
            while i < n && sp(c[i]) {
                i += 1;
            }
            if i == n {
                break;
            }
            if left == 0 {
                // The rest, trailing whitespace and all.
                out.push(from_cps(&c[i..]));
                break;
            }
            let s = i;
            while i < n && !sp(c[i]) {
                i += 1;
            }
            out.push(from_cps(&c[s..i]));
            left -= 1;
        }
    } else {
        let mut j = c.len();
        loop {
            while j > 0 && sp(c[j - 1]) {
                j -= 1;
            }
            if j == 0 {
                break;
            }
            if left == 0 {
                out.push(from_cps(&c[..j]));
                break;
            }
            let e = j;
            while j > 0 && !sp(c[j - 1]) {
                j -= 1;
            }
            out.push(from_cps(&c[j..e]));
            left -= 1;
        }
        out.reverse();
    }
    out
}

/// split/rsplit: None (or no) separator splits here; else None to let
/// str's code do it.
pub fn split(a: &[Value], kw: &KwArgs, name: &str) -> PyResult<Option<Value>> {
    if !kw.is_empty() || a.len() > 3 {
        return Ok(None);
    }
    if !matches!(a.get(1), None | Some(Value::None)) {
        return Ok(None);
    }
    let max = match a.get(2) {
        None => -1,
        Some(v) => match crate::object::number::as_i64(&unwrap_base(v)) {
            Some(m) => m,
            None => return Ok(None),
        },
    };
    let c = text(a, name)?;
    Ok(Some(Value::list(split_ws(&c, max, name == "rsplit"))))
}

pub fn splitlines(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult {
    crate::modules::no_keywords("splitlines", kw)?;
    if a.len() > 2 {
        return Err(PyErr::new(
            ExcKind::TypeError,
            format!("splitlines() takes at most 1 argument ({} given)", a.len() - 1),
        ));
    }
    let keep = match a.get(1) {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let c = text(a, "splitlines")?;
    let mut out = Vec::new();
    let (mut i, mut start) = (0, 0);
    while i < c.len() {
        if !ucd::is_linebreak(c[i]) {
            i += 1;
            continue;
        }
        let mut end = i + 1;
        if c[i] == 0x0d && c.get(i + 1) == Some(&0x0a) {
            end += 1;
        }
        out.push(from_cps(&c[start..if keep { end } else { i }]));
        i = end;
        start = end;
    }
    if start < c.len() {
        out.push(from_cps(&c[start..]));
    }
    Ok(Value::list(out))
}
