//! The methods of `str`, `%` formatting and `str.format`.
//!
//! Python 2 byte strings: case mapping and character classes are ASCII-only
//! (the C locale), and every argument check raises CPython 2.7's exact
//! message. The `%` / `format` glue lives in `str_format`.

use crate::object::BoolBits;
use std::sync::Arc;

use super::class::Class;
use super::function::KwArgs;
use super::str_format;
use super::{ExcKind, PyErr, PyResult, PyStr, Value};
use crate::modules::method;
use crate::vm::ops::{not_implemented, unwrap_base};
use crate::vm::Vm;

/// `fmt % args`
pub fn percent_format(vm: &mut Vm, fmt: &[u8], args: &Value) -> PyResult {
    str_format::percent_format(vm, fmt, args)
}

/// `format(value, spec)`
pub fn format_value(vm: &mut Vm, v: &Value, spec: &[u8]) -> PyResult {
    str_format::format_value(vm, v, spec)
}

/// The largest string a method may build (beyond it: MemoryError).
const MAX_LEN: usize = 1 << 32;

// ----- argument handling -----

/// How a method checks its argument count (CPython's calling conventions).
#[derive(Clone, Copy)]
enum Ar {
    /// METH_NOARGS.
    No,
    /// METH_O.
    One,
    /// PyArg_ParseTuple with min..=max arguments.
    Range(usize, usize),
    /// PyArg_UnpackTuple with min..=max arguments.
    Unpack(usize, usize),
    /// A slot wrapper (`__add__` ...) taking exactly n arguments.
    Wrap(usize),
    /// Keyword arguments allowed; checked by the method itself.
    Kw,
}

fn type_err(msg: impl Into<String>) -> PyErr {
    PyErr::new(ExcKind::TypeError, msg)
}

fn value_err(msg: impl Into<String>) -> PyErr {
    PyErr::new(ExcKind::ValueError, msg)
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// The `PyStr` of a str or of an instance of a str subclass.
fn as_pystr(v: &Value) -> Option<&Arc<PyStr>> {
    match v {
        Value::Str(s) => Some(s),
        Value::Instance(i) => match &i.base {
            Value::Str(s) => Some(s),
            _ => None,
        },
        _ => None,
    }
}

fn check_arity(name: &str, n: usize, kw: &KwArgs, ar: Ar) -> PyResult<()> {
    if !kw.is_empty() {
        match ar {
            Ar::Kw => {}
            Ar::Wrap(_) => return Err(type_err(format!("wrapper {} doesn't take keyword arguments", name))),
            _ => return Err(type_err(format!("{}() takes no keyword arguments", name))),
        }
    }
    let msg = match ar {
        Ar::No if n != 0 => format!("{}() takes no arguments ({} given)", name, n),
        Ar::One if n != 1 => format!("{}() takes exactly one argument ({} given)", name, n),
        Ar::Range(min, max) if n < min || n > max => {
            let (how, k) = if min == max {
                ("exactly", min)
            } else if n < min {
                ("at least", min)
            } else {
                ("at most", max)
            };
            format!("{}() takes {} {} argument{} ({} given)", name, how, k, plural(k), n)
        }
        Ar::Unpack(min, max) if n < min || n > max => {
            if min == max {
                format!("{} expected {} arguments, got {}", name, min, n)
            } else if n < min {
                format!("{} expected at least {} arguments, got {}", name, min, n)
            } else {
                format!("{} expected at most {} arguments, got {}", name, max, n)
            }
        }
        Ar::Wrap(k) if n != k => format!("expected {} arguments, got {}", k, n),
        _ => return Ok(()),
    };
    Err(type_err(msg))
}

/// Splits a method's arguments into the receiver and the rest, checking the
/// receiver's type and the argument count (`desc` names the method in
/// descriptor errors, `name` in count errors).
fn recv_as<'a>(a: &'a [Value], kw: &KwArgs, desc: &str, name: &str, ar: Ar) -> PyResult<(&'a Arc<PyStr>, &'a [Value])> {
    let Some((first, rest)) = a.split_first() else {
        return Err(type_err(format!("descriptor '{}' of 'str' object needs an argument", desc)));
    };
    let Some(s) = as_pystr(first) else {
        return Err(type_err(format!(
            "descriptor '{}' requires a 'str' object but received a '{}'",
            desc,
            first.type_name()
        )));
    };
    check_arity(name, rest.len(), kw, ar)?;
    Ok((s, rest))
}

fn recv<'a>(a: &'a [Value], kw: &KwArgs, name: &str, ar: Ar) -> PyResult<(&'a Arc<PyStr>, &'a [Value])> {
    recv_as(a, kw, name, name, ar)
}

/// CPython hands a str method given a unicode argument (or a tuple holding
/// one) to unicode's method of the same name, the receiver decoded as
/// ASCII, so the result is unicode: `'a b'.split(u' ') == [u'a', u'b']`.
/// `None` when no argument is unicode (or the receiver is not a str, which
/// the caller reports).
fn via_unicode(vm: &mut Vm, a: &[Value], kw: &KwArgs, name: &str) -> Option<PyResult> {
    let uni = |v: &Value| super::unicode::is_unicode(&unwrap_base(v));
    let mixed = a.iter().skip(1).any(|v| match v {
        Value::Tuple(t) => t.items.iter().any(uni),
        v => uni(v),
    });
    if !mixed {
        return None;
    }
    let s = as_pystr(a.first()?)?;
    let mut run = || -> PyResult {
        let this = super::unicode::from_utf8(super::unicode::coerce_str(s.as_bytes())?);
        let f = crate::object::class::types()
            .unicode
            .dict
            .get_str(&PyStr::from_str(name))
            .ok_or_else(|| type_err(format!("'unicode' object has no attribute '{}'", name)))?;
        let mut args = vec![this];
        args.extend(a[1..].iter().cloned());
        vm.call_kw(&f, args, kw)
    };
    Some(run())
}

/// A str-like argument (`s#` / the character buffer protocol).
/// A bytearray lends a copy of its bytes (it may change under a lock).
fn buf_arg(v: &Value) -> PyResult<std::borrow::Cow<'_, [u8]>> {
    if let Some(s) = as_pystr(v) {
        return Ok(std::borrow::Cow::Borrowed(s.as_bytes()));
    }
    super::bytearray::bytes_of(v)?
        .map(std::borrow::Cow::Owned)
        .ok_or_else(|| type_err("expected a string or other character buffer object"))
}

/// `buf_arg`, also taking a `buffer` object (minipy's is a Python class
/// that lends its bytes through `_buffer_bytes()`).
fn buf_arg_vm<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<std::borrow::Cow<'a, [u8]>> {
    match buf_arg(v) {
        Err(e) if matches!(v, Value::Instance(_)) => {
            let Ok(m) = vm.getattr(v, &PyStr::from_str("_buffer_bytes")) else { return Err(e) };
            match vm.call(&m, vec![])? {
                Value::Str(s) => Ok(std::borrow::Cow::Owned(s.as_bytes().to_vec())),
                _ => Err(e),
            }
        }
        r => r,
    }
}

/// An integer argument (`n` / `i` formats).
fn int_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    vm.c_long_arg(v)
}

/// A C int argument (`i` format).
fn c_int_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let n = int_arg(vm, v)?;
    if n > i64::from(i32::MAX) {
        return Err(PyErr::new(ExcKind::OverflowError, "signed integer is greater than maximum"));
    }
    if n < i64::from(i32::MIN) {
        return Err(PyErr::new(ExcKind::OverflowError, "signed integer is less than minimum"));
    }
    Ok(n)
}

/// A start/end argument of find and friends (None allowed).
fn slice_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<i64>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => match vm.index_value(v)? {
            Some(i) => Ok(Some(i)),
            None => Err(type_err("slice indices must be integers or None or have an __index__ method")),
        },
    }
}

/// A one-character argument (`c` format).
fn char_arg(v: &Value, name: &str, pos: usize) -> PyResult<u8> {
    match as_pystr(v).map(|s| s.as_bytes()) {
        Some([c]) => Ok(*c),
        _ => Err(type_err(format!("{}() argument {} must be char, not {}", name, pos, v.type_name()))),
    }
}

/// Checks the size of a string about to be built.
fn check_len(n: usize) -> PyResult<()> {
    if n > MAX_LEN {
        Err(crate::object::alloc::memory_error())
    } else {
        Ok(())
    }
}

fn bytes(b: &[u8]) -> Value {
    Value::bytes(b.to_vec())
}

fn str_list(parts: Vec<&[u8]>) -> Value {
    Value::list(parts.into_iter().map(bytes).collect())
}

// ----- searching -----

fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

/// First position of `needle` in `hay`.
fn find_in(hay: &[u8], needle: &[u8]) -> Option<usize> {
    let Some((&first, _)) = needle.split_first() else {
        return Some(0);
    };
    if needle.len() > hay.len() {
        return None;
    }
    let last = hay.len() - needle.len();
    let mut i = 0;
    while i <= last {
        let p = hay.get(i..=last)?.iter().position(|&c| c == first)?;
        i += p;
        if hay.get(i..i + needle.len()) == Some(needle) {
            return Some(i);
        }
        i += 1;
    }
    None
}

/// Last position of `needle` in `hay`.
fn rfind_in(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.len() > hay.len() {
        return None;
    }
    (0..=hay.len() - needle.len()).rev().find(|&i| hay.get(i..i + needle.len()) == Some(needle))
}

/// CPython's ADJUST_INDICES: `end` clamped to the length, negative indices
/// counted from the end (and floored at 0). `start` may exceed the length.
fn adjust(start: Option<i64>, end: Option<i64>, len: usize) -> (i64, i64) {
    let len = i64::try_from(len).unwrap_or(i64::MAX);
    let mut end = end.unwrap_or(i64::MAX);
    let mut start = start.unwrap_or(0);
    if end > len {
        end = len;
    } else if end < 0 {
        end = end.saturating_add(len).max(0);
    }
    if start < 0 {
        start = start.saturating_add(len).max(0);
    }
    (start, end)
}

/// The bytes `s[start..end]` of adjusted indices (`None` when the range is negative).
fn window(s: &[u8], start: i64, end: i64) -> Option<&[u8]> {
    if end < start {
        return None;
    }
    let (a, b) = (usize::try_from(start).ok()?, usize::try_from(end).ok()?);
    s.get(a..b)
}

/// `find` (`forward`) or `rfind` over `s[start:end]`: the index or -1.
fn find_slice(s: &[u8], sub: &[u8], start: Option<i64>, end: Option<i64>, forward: bool) -> i64 {
    let (start, end) = adjust(start, end, s.len());
    let Some(w) = window(s, start, end) else {
        return -1;
    };
    let found = if forward { find_in(w, sub) } else { rfind_in(w, sub) };
    found.map_or(-1, |p| start + p as i64)
}

/// `(sub, start, end)`: sub is borrowed, or copied out of a bytearray.
type FindArgs<'a> = (std::borrow::Cow<'a, [u8]>, Option<i64>, Option<i64>);

/// Parses `(sub[, start[, end]])` for find, count and friends.
fn find_args<'a>(vm: &mut Vm, rest: &'a [Value]) -> PyResult<FindArgs<'a>> {
    let sub = buf_arg(rest.first().unwrap_or(&Value::None))?;
    let start = slice_arg(vm, rest.get(1))?;
    let end = slice_arg(vm, rest.get(2))?;
    Ok((sub, start, end))
}

fn str_find_impl(vm: &mut Vm, a: &[Value], kw: &KwArgs, name: &str, forward: bool, raise: bool) -> PyResult {
    if let Some(r) = via_unicode(vm, a, kw, name) {
        return r;
    }
    let (s, rest) = recv_as(a, kw, name, "find/rfind/index/rindex", Ar::Range(1, 3))?;
    let (sub, start, end) = find_args(vm, rest)?;
    let sub: &[u8] = &sub;
    let r = find_slice(s.as_bytes(), sub, start, end, forward);
    if raise && r < 0 {
        return Err(value_err("substring not found"));
    }
    Ok(Value::Int(r))
}

fn str_find(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult {
    str_find_impl(vm, a, kw, "find", true, false)
}

fn str_rfind(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult {
    str_find_impl(vm, a, kw, "rfind", false, false)
}

fn str_index(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult {
    str_find_impl(vm, a, kw, "index", true, true)
}

fn str_rindex(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult {
    str_find_impl(vm, a, kw, "rindex", false, true)
}

fn str_count(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult {
    if let Some(r) = via_unicode(vm, a, kw, "count") {
        return r;
    }
    let (s, rest) = recv(a, kw, "count", Ar::Range(1, 3))?;
    let (sub, start, end) = find_args(vm, rest)?;
    let sub: &[u8] = &sub;
    let (start, end) = adjust(start, end, s.len());
    let Some(mut w) = window(s.as_bytes(), start, end) else {
        return Ok(Value::Int(0));
    };
    if sub.is_empty() {
        return Ok(Value::from(w.len() + 1));
    }
    let mut n = 0usize;
    while let Some(p) = find_in(w, sub) {
        n += 1;
        w = w.get(p + sub.len()..).unwrap_or_default();
    }
    Ok(Value::from(n))
}

/// `_string_tailmatch`: does `s[start:end]` start (or end) with `sub`?
fn tailmatch(s: &[u8], sub: &[u8], start: Option<i64>, end: Option<i64>, at_end: bool) -> bool {
    let (mut start, end) = adjust(start, end, s.len());
    let len = s.len() as i64;
    let slen = sub.len() as i64;
    if !at_end {
        if start.saturating_add(slen) > len {
            return false;
        }
    } else {
        if end - start < slen || start > len {
            return false;
        }
        if end - slen > start {
            start = end - slen;
        }
    }
    if end - start < slen {
        return false;
    }
    window(s, start, start.saturating_add(slen)) == Some(sub)
}

fn str_tailmatch(vm: &mut Vm, a: &[Value], kw: &KwArgs, name: &str, at_end: bool) -> PyResult {
    if let Some(r) = via_unicode(vm, a, kw, name) {
        return r;
    }
    let (s, rest) = recv(a, kw, name, Ar::Range(1, 3))?;
    let start = slice_arg(vm, rest.get(1))?;
    let end = slice_arg(vm, rest.get(2))?;
    let s = s.as_bytes();
    let first = rest.first().unwrap_or(&Value::None);
    if let Value::Tuple(t) = first {
        for item in t.items.iter() {
            if tailmatch(s, &buf_arg(item)?, start, end, at_end) {
                return Ok(Value::Bool(BoolBits::TRUE));
            }
        }
        return Ok(Value::Bool(BoolBits::FALSE));
    }
    let Some(sub) = as_pystr(first) else {
        return Err(type_err(format!("{} first arg must be str, unicode, or tuple, not {}", name, first.type_name())));
    };
    Ok(Value::bool(tailmatch(s, sub.as_bytes(), start, end, at_end)))
}

fn str_startswith(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult {
    str_tailmatch(vm, a, kw, "startswith", false)
}

fn str_endswith(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult {
    str_tailmatch(vm, a, kw, "endswith", true)
}

fn str_contains(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult {
    let (s, rest) = recv(a, kw, "__contains__", Ar::Wrap(1))?;
    let item = rest.first().unwrap_or(&Value::None);
    if super::unicode::is_unicode(item) {
        let text = Arc::new(PyStr::new(super::unicode::coerce_str(s.as_bytes())?));
        return Ok(Value::bool(super::unicode_methods::contains(&text, item)?));
    }
    let Some(sub) = as_pystr(item) else {
        return Err(type_err(format!("'in <string>' requires string as left operand, not {}", item.type_name())));
    };
    Ok(Value::bool(find_in(s.as_bytes(), sub.as_bytes()).is_some()))
}

// ----- splitting and joining -----

/// Whitespace split with at most `max` splits.
fn split_ws(s: &[u8], max: usize) -> Vec<&[u8]> {
    let n = s.len();
    let mut out = Vec::new();
    let mut i = 0;
    let mut count = max;
    while count > 0 {
        while i < n && is_space(s[i]) {
            i += 1;
        }
        if i == n {
            break;
        }
        let j = i;
        i += 1;
        while i < n && !is_space(s[i]) {
            i += 1;
        }
        out.push(&s[j..i]);
        count -= 1;
    }
    if i < n {
        while i < n && is_space(s[i]) {
            i += 1;
        }
        if i != n {
            out.push(&s[i..]);
        }
    }
    out
}

/// Whitespace rsplit with at most `max` splits.
fn rsplit_ws(s: &[u8], max: usize) -> Vec<&[u8]> {
    let mut out = Vec::new();
    let mut i = s.len();
    let mut count = max;
    while count > 0 {
        while i > 0 && is_space(s[i - 1]) {
            i -= 1;
        }
        if i == 0 {
            break;
        }
        let j = i;
        i -= 1;
        while i > 0 && !is_space(s[i - 1]) {
            i -= 1;
        }
        out.push(&s[i..j]);
        count -= 1;
    }
    if i > 0 {
        while i > 0 && is_space(s[i - 1]) {
            i -= 1;
        }
        if i > 0 {
            out.push(&s[..i]);
        }
    }
    out.reverse();
    out
}

fn split_sep<'a>(s: &'a [u8], sep: &[u8], max: usize) -> Vec<&'a [u8]> {
    let mut out = Vec::new();
    let mut rest = s;
    let mut count = max;
    while count > 0 {
        let Some(p) = find_in(rest, sep) else { break };
        out.push(&rest[..p]);
        rest = rest.get(p + sep.len()..).unwrap_or_default();
        count -= 1;
    }
    out.push(rest);
    out
}

fn rsplit_sep<'a>(s: &'a [u8], sep: &[u8], max: usize) -> Vec<&'a [u8]> {
    let mut out = Vec::new();
    let mut rest = s;
    let mut count = max;
    while count > 0 {
        let Some(p) = rfind_in(rest, sep) else { break };
        out.push(rest.get(p + sep.len()..).unwrap_or_default());
        rest = &rest[..p];
        count -= 1;
    }
    out.push(rest);
    out.reverse();
    out
}

fn str_split_impl(vm: &mut Vm, a: &[Value], kw: &KwArgs, name: &str, right: bool) -> PyResult {
    if let Some(r) = via_unicode(vm, a, kw, name) {
        return r;
    }
    let (s, rest) = recv(a, kw, name, Ar::Range(0, 2))?;
    let max = match rest.get(1) {
        Some(v) => int_arg(vm, v)?,
        None => -1,
    };
    let max = usize::try_from(max).unwrap_or(usize::MAX);
    let s = s.as_bytes();
    let parts = match rest.first() {
        None | Some(Value::None) => {
            if right {
                rsplit_ws(s, max)
            } else {
                split_ws(s, max)
            }
        }
        Some(v) => {
            let sep = buf_arg(v)?;
            let sep: &[u8] = &sep;
            if sep.is_empty() {
                return Err(value_err("empty separator"));
            }
            if right {
                rsplit_sep(s, sep, max)
            } else {
                split_sep(s, sep, max)
            }
        }
    };
    Ok(str_list(parts))
}

fn str_split(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult {
    str_split_impl(vm, a, kw, "split", false)
}

fn str_rsplit(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult {
    str_split_impl(vm, a, kw, "rsplit", true)
}

fn str_splitlines(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult {
    let (s, rest) = recv(a, kw, "splitlines", Ar::Range(0, 1))?;
    let keep = match rest.first() {
        Some(v) => c_int_arg(vm, v)? != 0,
        None => false,
    };
    let s = s.as_bytes();
    let n = s.len();
    let mut out = Vec::new();
    let (mut i, mut j) = (0, 0);
    while i < n {
        while i < n && s[i] != b'\n' && s[i] != b'\r' {
            i += 1;
        }
        let mut eol = i;
        if i < n {
            if s[i] == b'\r' && i + 1 < n && s[i + 1] == b'\n' {
                i += 2;
            } else {
                i += 1;
            }
            if keep {
                eol = i;
            }
        }
        out.push(&s[j..eol]);
        j = i;
    }
    Ok(str_list(out))
}

fn str_partition_impl(vm: &mut Vm, a: &[Value], kw: &KwArgs, name: &str, right: bool) -> PyResult {
    if let Some(r) = via_unicode(vm, a, kw, name) {
        return r;
    }
    let (s, rest) = recv(a, kw, name, Ar::One)?;
    let sep = buf_arg(rest.first().unwrap_or(&Value::None))?;
    let sep: &[u8] = &sep;
    if sep.is_empty() {
        return Err(value_err("empty separator"));
    }
    let b = s.as_bytes();
    let found = if right { rfind_in(b, sep) } else { find_in(b, sep) };
    let parts: [&[u8]; 3] = match found {
        Some(p) => [&b[..p], sep, b.get(p + sep.len()..).unwrap_or_default()],
        None if right => [b"", b"", b],
        None => [b, b"", b""],
    };
    Ok(Value::tuple(parts.iter().map(|p| bytes(p)).collect()))
}

fn str_partition(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult {
    str_partition_impl(vm, a, kw, "partition", false)
}

fn str_rpartition(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult {
    str_partition_impl(vm, a, kw, "rpartition", true)
}

fn str_join(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult {
    let (sep, rest) = recv(a, kw, "join", Ar::One)?;
    let seq = rest.first().unwrap_or(&Value::None);
    let items = match seq {
        Value::List(_) | Value::Tuple(_) | Value::Str(_) | Value::Dict(_) | Value::Set(_) => vm.to_vec(seq)?,
        _ => {
            let it = match vm.iter(seq) {
                Ok(it) => it,
                Err(e) if e.matches(ExcKind::TypeError) => return Err(type_err("can only join an iterable")),
                Err(e) => return Err(e),
            };
            let mut v = Vec::new();
            while let Some(x) = vm.next_fast(&it)? {
                v.push(x);
            }
            v
        }
    };
    if let [only @ Value::Str(_)] = items.as_slice() {
        return Ok(only.clone());
    }
    if items.iter().any(super::unicode::is_unicode) {
        // A unicode item makes the result unicode (the separator decoded as ASCII).
        let sep = super::unicode::from_utf8(super::unicode::coerce_str(sep.as_bytes())?);
        return super::unicode_methods::join_values(vm, &sep, &items);
    }
    let sep = sep.as_bytes();
    // The result's size first, so that it is allocated once (MemoryError,
    // not an abort, when it cannot be).
    let mut total = sep.len().saturating_mul(items.len().saturating_sub(1));
    for (i, item) in items.iter().enumerate() {
        let Some(s) = as_pystr(item) else {
            return Err(type_err(format!("sequence item {}: expected string, {} found", i, item.type_name())));
        };
        total = total.saturating_add(s.len());
    }
    check_len(total)?;
    let mut out = crate::object::alloc::with_capacity(total)?;
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(sep);
        }
        if let Some(s) = as_pystr(item) {
            out.extend_from_slice(s.as_bytes());
        }
    }
    Ok(Value::bytes(out))
}

// ----- stripping and replacing -----

fn str_strip_impl(vm: &mut Vm, a: &[Value], kw: &KwArgs, name: &str, left: bool, right: bool) -> PyResult {
    if let Some(r) = via_unicode(vm, a, kw, name) {
        return r;
    }
    let (s, rest) = recv(a, kw, name, Ar::Range(0, 1))?;
    let chars: Option<&[u8]> = match rest.first() {
        None | Some(Value::None) => None,
        Some(v) => match as_pystr(v) {
            Some(c) => Some(c.as_bytes()),
            None => return Err(type_err(format!("{} arg must be None, str or unicode", name))),
        },
    };
    let strip = |c: u8| match chars {
        None => is_space(c),
        Some(set) => set.contains(&c),
    };
    let b = s.as_bytes();
    let mut i = 0;
    let mut j = b.len();
    if left {
        while i < j && strip(b[i]) {
            i += 1;
        }
    }
    if right {
        while j > i && strip(b[j - 1]) {
            j -= 1;
        }
    }
    if i == 0 && j == b.len() {
        return Ok(Value::Str(s.clone()));
    }
    Ok(bytes(&b[i..j]))
}

fn str_strip(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult {
    str_strip_impl(vm, a, kw, "strip", true, true)
}

fn str_lstrip(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult {
    str_strip_impl(vm, a, kw, "lstrip", true, false)
}

fn str_rstrip(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult {
    str_strip_impl(vm, a, kw, "rstrip", false, true)
}

fn str_replace(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult {
    if let Some(r) = via_unicode(vm, a, kw, "replace") {
        return r;
    }
    let (s, rest) = recv(a, kw, "replace", Ar::Range(2, 3))?;
    let old = buf_arg_vm(vm, rest.first().unwrap_or(&Value::None))?;
    let old: &[u8] = &old;
    let new = buf_arg_vm(vm, rest.get(1).unwrap_or(&Value::None))?;
    let new: &[u8] = &new;
    let count = match rest.get(2) {
        Some(v) => int_arg(vm, v)?,
        None => -1,
    };
    let b = s.as_bytes();
    let max = if count < 0 {
        usize::MAX
    } else if count == 0 || b.is_empty() {
        return Ok(Value::Str(s.clone()));
    } else {
        usize::try_from(count).unwrap_or(usize::MAX)
    };
    if old.is_empty() && new.is_empty() {
        return Ok(Value::Str(s.clone()));
    }
    let mut out = Vec::with_capacity(b.len());
    if old.is_empty() {
        let n = (b.len() + 1).min(max);
        check_len(n.saturating_mul(new.len()).saturating_add(b.len()))?;
        for (i, c) in b.iter().enumerate() {
            if i < n {
                crate::object::alloc::extend(&mut out, new)?;
            }
            out.push(*c);
        }
        if n > b.len() {
            crate::object::alloc::extend(&mut out, new)?;
        }
        return Ok(Value::bytes(out));
    }
    let mut rest_b = b;
    let mut done = 0;
    while done < max {
        let Some(p) = find_in(rest_b, old) else { break };
        crate::object::alloc::extend(&mut out, &rest_b[..p])?;
        crate::object::alloc::extend(&mut out, new)?;
        check_len(out.len())?;
        rest_b = rest_b.get(p + old.len()..).unwrap_or_default();
        done += 1;
    }
    if done == 0 {
        return Ok(Value::Str(s.clone()));
    }
    out.extend_from_slice(rest_b);
    Ok(Value::bytes(out))
}

fn str_translate(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult {
    let (s, rest) = recv(a, kw, "translate", Ar::Unpack(1, 2))?;
    let table = match rest.first() {
        None | Some(Value::None) => None,
        Some(v) => {
            let t = buf_arg(v)?;
            if t.len() != 256 {
                return Err(value_err("translation table must be 256 characters long"));
            }
            Some(t)
        }
    };
    let delete = match rest.get(1) {
        Some(v) => buf_arg(v)?,
        None => std::borrow::Cow::Borrowed(&b""[..]),
    };
    let out: Vec<u8> = s
        .as_bytes()
        .iter()
        .filter(|c| !delete.contains(c))
        .map(|&c| match &table {
            Some(t) => t.get(usize::from(c)).copied().unwrap_or(c),
            None => c,
        })
        .collect();
    Ok(Value::bytes(out))
}

// ----- case -----

fn map_bytes(a: &[Value], kw: &KwArgs, name: &str, f: fn(&[u8]) -> Vec<u8>) -> PyResult {
    let (s, _) = recv(a, kw, name, Ar::No)?;
    Ok(Value::bytes(f(s.as_bytes())))
}

fn str_upper(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult {
    map_bytes(a, kw, "upper", |b| b.to_ascii_uppercase())
}

fn str_lower(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult {
    map_bytes(a, kw, "lower", |b| b.to_ascii_lowercase())
}

fn str_swapcase(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult {
    map_bytes(a, kw, "swapcase", |b| {
        b.iter()
            .map(|&c| if c.is_ascii_lowercase() { c.to_ascii_uppercase() } else { c.to_ascii_lowercase() })
            .collect()
    })
}

fn str_capitalize(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult {
    map_bytes(a, kw, "capitalize", |b| {
        b.iter()
            .enumerate()
            .map(|(i, &c)| if i == 0 { c.to_ascii_uppercase() } else { c.to_ascii_lowercase() })
            .collect()
    })
}

fn str_title(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult {
    map_bytes(a, kw, "title", |b| {
        let mut prev_cased = false;
        b.iter()
            .map(|&c| {
                if c.is_ascii_lowercase() {
                    let r = if prev_cased { c } else { c.to_ascii_uppercase() };
                    prev_cased = true;
                    r
                } else if c.is_ascii_uppercase() {
                    let r = if prev_cased { c.to_ascii_lowercase() } else { c };
                    prev_cased = true;
                    r
                } else {
                    prev_cased = false;
                    c
                }
            })
            .collect()
    })
}

fn predicate(a: &[Value], kw: &KwArgs, name: &str, f: fn(&[u8]) -> bool) -> PyResult {
    let (s, _) = recv(a, kw, name, Ar::No)?;
    Ok(Value::bool(f(s.as_bytes())))
}

fn all_of(b: &[u8], f: fn(&u8) -> bool) -> bool {
    !b.is_empty() && b.iter().all(f)
}

fn str_isdigit(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult {
    predicate(a, kw, "isdigit", |b| all_of(b, u8::is_ascii_digit))
}

fn str_isalpha(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult {
    predicate(a, kw, "isalpha", |b| all_of(b, u8::is_ascii_alphabetic))
}

fn str_isalnum(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult {
    predicate(a, kw, "isalnum", |b| all_of(b, u8::is_ascii_alphanumeric))
}

fn str_isspace(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult {
    predicate(a, kw, "isspace", |b| all_of(b, |c| is_space(*c)))
}

fn str_isupper(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult {
    predicate(a, kw, "isupper", |b| b.iter().any(u8::is_ascii_uppercase) && !b.iter().any(u8::is_ascii_lowercase))
}

fn str_islower(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult {
    predicate(a, kw, "islower", |b| b.iter().any(u8::is_ascii_lowercase) && !b.iter().any(u8::is_ascii_uppercase))
}

fn str_istitle(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult {
    predicate(a, kw, "istitle", |b| {
        let (mut cased, mut prev_cased) = (false, false);
        for c in b {
            if c.is_ascii_uppercase() {
                if prev_cased {
                    return false;
                }
                prev_cased = true;
                cased = true;
            } else if c.is_ascii_lowercase() {
                if !prev_cased {
                    return false;
                }
                prev_cased = true;
                cased = true;
            } else {
                prev_cased = false;
            }
        }
        cased
    })
}

// ----- padding -----

/// `s` with `left` and `right` fill bytes around it.
fn pad(s: &[u8], left: usize, right: usize, fill: u8) -> PyResult {
    let total = s.len().saturating_add(left).saturating_add(right);
    check_len(total)?;
    let mut out = crate::object::alloc::with_capacity(total)?;
    out.resize(left, fill);
    out.extend_from_slice(s);
    out.resize(total, fill);
    Ok(Value::bytes(out))
}

fn str_justify(vm: &mut Vm, a: &[Value], kw: &KwArgs, name: &str) -> PyResult {
    let (s, rest) = recv(a, kw, name, Ar::Range(1, 2))?;
    let width = int_arg(vm, rest.first().unwrap_or(&Value::None))?;
    let fill = match rest.get(1) {
        Some(v) => char_arg(v, name, 2)?,
        None => b' ',
    };
    let b = s.as_bytes();
    let width = usize::try_from(width).unwrap_or(0);
    if width <= b.len() {
        return Ok(Value::Str(s.clone()));
    }
    let marg = width - b.len();
    match name {
        "ljust" => pad(b, 0, marg, fill),
        "rjust" => pad(b, marg, 0, fill),
        _ => {
            let left = marg / 2 + (marg & width & 1);
            pad(b, left, marg - left, fill)
        }
    }
}

fn str_center(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult {
    str_justify(vm, a, kw, "center")
}

fn str_ljust(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult {
    str_justify(vm, a, kw, "ljust")
}

fn str_rjust(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult {
    str_justify(vm, a, kw, "rjust")
}

fn str_zfill(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult {
    let (s, rest) = recv(a, kw, "zfill", Ar::Range(1, 1))?;
    let width = int_arg(vm, rest.first().unwrap_or(&Value::None))?;
    let b = s.as_bytes();
    let width = usize::try_from(width).unwrap_or(0);
    if width <= b.len() {
        return Ok(Value::Str(s.clone()));
    }
    check_len(width)?;
    let fill = width - b.len();
    let mut out = crate::object::alloc::with_capacity(width)?;
    out.resize(fill, b'0');
    out.extend_from_slice(b);
    if let Some(&c @ (b'+' | b'-')) = b.first() {
        out[0] = c;
        out[fill] = b'0';
    }
    Ok(Value::bytes(out))
}

fn str_expandtabs(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult {
    let (s, rest) = recv(a, kw, "expandtabs", Ar::Range(0, 1))?;
    let tab = match rest.first() {
        Some(v) => c_int_arg(vm, v)?,
        None => 8,
    };
    let mut out = Vec::with_capacity(s.len());
    let mut col: usize = 0;
    for &c in s.as_bytes() {
        if c == b'\t' {
            if tab > 0 {
                let tab = usize::try_from(tab).unwrap_or(usize::MAX);
                let incr = tab - col % tab;
                check_len(out.len().saturating_add(incr))?;
                crate::object::alloc::reserve(&mut out, incr)?;
                col += incr;
                out.resize(out.len() + incr, b' ');
            }
        } else {
            col += 1;
            out.push(c);
            if c == b'\n' || c == b'\r' {
                col = 0;
            }
        }
    }
    Ok(Value::bytes(out))
}

// ----- encode / decode -----

fn str_codec(vm: &mut Vm, a: &[Value], kw: &KwArgs, name: &str, encode: bool) -> PyResult {
    let (s, rest) = recv(a, kw, name, Ar::Kw)?;
    check_arity(name, rest.len(), &[], Ar::Range(0, 2))?;
    let mut enc: Option<&Value> = rest.first();
    let mut errors: Option<&Value> = rest.get(1);
    for (k, v) in kw {
        let (slot, pos) = match k.as_bytes() {
            b"encoding" => (&mut enc, 1),
            b"errors" => (&mut errors, 2),
            _ => return Err(type_err(format!("'{}' is an invalid keyword argument for this function", k.as_str()))),
        };
        if slot.is_some() {
            return Err(type_err(format!("Argument given by name ('{}') and position ({})", k.as_str(), pos)));
        }
        *slot = Some(v);
    }
    let str_of = |v: Option<&Value>, pos: usize, default: &'static [u8]| -> PyResult<Vec<u8>> {
        match v {
            None => Ok(default.to_vec()),
            Some(v) => match as_pystr(v) {
                Some(s) => Ok(s.as_bytes().to_vec()),
                // an ASCII unicode name works too (`from __future__ import unicode_literals`)
                None => match v {
                    Value::Other(o) => match &**o {
                        crate::object::Object::Unicode(u) if u.as_bytes().is_ascii() => Ok(u.as_bytes().to_vec()),
                        _ => {
                            Err(type_err(format!("{}() argument {} must be string, not {}", name, pos, v.type_name())))
                        }
                    },
                    _ => Err(type_err(format!("{}() argument {} must be string, not {}", name, pos, v.type_name()))),
                },
            },
        }
    };
    let enc = str_of(enc, 1, b"ascii")?;
    let errors = str_of(errors, 2, b"strict")?;
    if super::unicode::is_text_codec(&enc) && super::unicode::core_errors(&errors) {
        // Text codecs: decoding gives unicode; encoding a str first decodes it
        // with the default encoding (ASCII), as CPython 2 does.
        if !encode {
            return super::unicode_methods::decode_value(vm, s.as_bytes(), &enc, &errors);
        }
        let text = super::unicode::coerce_str(s.as_bytes())?;
        return Ok(Value::bytes(super::unicode::encode(&text, &enc, &errors)?));
    }
    if !str_format::known_codec(&enc) || super::unicode::is_text_codec(&enc) {
        // Codecs written in Python (utf-16, utf-32, registered ones).
        let m = vm.import_module("codecs", &crate::object::Dict::new())?;
        let f = vm.getattr(&m, &PyStr::from_str(name))?;
        return vm.call(&f, vec![Value::Str(s.clone()), Value::bytes(enc), Value::bytes(errors)]);
    }
    let out = str_format::transcode(s.as_bytes(), &enc, &errors, encode)?;
    Ok(Value::bytes(out))
}

fn str_encode(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult {
    str_codec(vm, a, kw, "encode", true)
}

fn str_decode(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult {
    str_codec(vm, a, kw, "decode", false)
}

// ----- formatting -----

fn str_format_method(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult {
    let (s, rest) = recv(a, kw, "format", Ar::Kw)?;
    let s = s.clone();
    str_format::str_format(vm, s.as_bytes(), rest, kw)
}

fn str_dunder_format(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult {
    let (s, rest) = recv(a, kw, "__format__", Ar::Range(1, 1))?;
    let spec_v = rest.first().unwrap_or(&Value::None);
    let Some(spec) = as_pystr(spec_v) else {
        return Err(type_err(format!("__format__ arg must be str or unicode, not {}", spec_v.type_name())));
    };
    if spec.is_empty() {
        let this = a.first().unwrap_or(&Value::None);
        return Ok(Value::Str(vm.to_str(this)?));
    }
    crate::text::format_str(s.as_bytes(), spec.as_bytes()).map(Value::bytes).map_err(|e| str_format::text_error(&e))
}

fn str_mod(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult {
    let (s, rest) = recv(a, kw, "__mod__", Ar::Wrap(1))?;
    let s = s.clone();
    percent_format(vm, s.as_bytes(), rest.first().unwrap_or(&Value::None))
}

// ----- the sequence and object protocol -----

fn str_len(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult {
    let (s, _) = recv(a, kw, "__len__", Ar::Wrap(0))?;
    Ok(Value::from(s.len()))
}

fn str_getitem(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult {
    let (s, rest) = recv(a, kw, "__getitem__", Ar::Wrap(1))?;
    let base = Value::Str(s.clone());
    vm.getitem(&base, rest.first().unwrap_or(&Value::None))
}

fn str_getslice(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult {
    let (s, rest) = recv(a, kw, "__getslice__", Ar::Wrap(2))?;
    let len = i64::try_from(s.len()).unwrap_or(i64::MAX);
    let i = int_arg(vm, rest.first().unwrap_or(&Value::None))?.clamp(0, len);
    let j = int_arg(vm, rest.get(1).unwrap_or(&Value::None))?.clamp(i, len);
    Ok(window(s.as_bytes(), i, j).map_or_else(|| Value::str(""), bytes))
}

/// Whether a binary operator should let the other operand's reflected method try.
fn defer_to(other: &Value, rname: &str) -> bool {
    matches!(other, Value::Instance(i) if as_pystr(other).is_none() && i.class().defines_in_python(rname))
}

fn str_add(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult {
    let (s, rest) = recv(a, kw, "__add__", Ar::Wrap(1))?;
    let other = rest.first().unwrap_or(&Value::None);
    let Some(o) = as_pystr(other) else {
        if defer_to(other, "__radd__") {
            return Ok(not_implemented());
        }
        return Err(type_err(format!("cannot concatenate 'str' and '{}' objects", other.type_name())));
    };
    check_len(s.len().saturating_add(o.len()))?;
    let mut out = Vec::with_capacity(s.len() + o.len());
    out.extend_from_slice(s.as_bytes());
    out.extend_from_slice(o.as_bytes());
    Ok(Value::bytes(out))
}

fn str_mul_impl(vm: &mut Vm, a: &[Value], kw: &KwArgs, name: &str) -> PyResult {
    let (s, rest) = recv(a, kw, name, Ar::Wrap(1))?;
    let other = rest.first().unwrap_or(&Value::None);
    let n = match vm.index_value(other)? {
        Some(n) => n,
        None if defer_to(other, "__rmul__") => return Ok(not_implemented()),
        None => return Err(type_err(format!("'{}' object cannot be interpreted as an index", other.type_name()))),
    };
    let n = usize::try_from(n).unwrap_or(0);
    check_len(s.len().saturating_mul(n))?;
    Ok(Value::bytes(s.as_bytes().repeat(n)))
}

fn str_mul(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult {
    str_mul_impl(vm, a, kw, "__mul__")
}

fn str_rmul(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult {
    str_mul_impl(vm, a, kw, "__rmul__")
}

fn compare(a: &[Value], kw: &KwArgs, name: &str, f: fn(std::cmp::Ordering) -> bool) -> PyResult {
    let (s, rest) = recv(a, kw, name, Ar::Wrap(1))?;
    match rest.first().and_then(as_pystr) {
        Some(o) => Ok(Value::bool(f(s.as_bytes().cmp(o.as_bytes())))),
        None => Ok(not_implemented()),
    }
}

fn str_eq(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult {
    compare(a, kw, "__eq__", |o| o.is_eq())
}

fn str_ne(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult {
    compare(a, kw, "__ne__", |o| o.is_ne())
}

fn str_lt(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult {
    compare(a, kw, "__lt__", |o| o.is_lt())
}

fn str_le(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult {
    compare(a, kw, "__le__", |o| o.is_le())
}

fn str_gt(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult {
    compare(a, kw, "__gt__", |o| o.is_gt())
}

fn str_ge(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult {
    compare(a, kw, "__ge__", |o| o.is_ge())
}

fn str_hash(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult {
    let (s, _) = recv(a, kw, "__hash__", Ar::Wrap(0))?;
    Ok(Value::Int(s.hash()))
}

fn str_str(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult {
    let (s, _) = recv(a, kw, "__str__", Ar::Wrap(0))?;
    Ok(Value::Str(s.clone()))
}

fn str_repr(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult {
    let (s, _) = recv(a, kw, "__repr__", Ar::Wrap(0))?;
    Ok(Value::from(crate::text::str_repr(s.as_bytes())))
}

/// The methods of `str`.
pub fn install(cls: &Arc<Class>) {
    let methods: &[(&'static str, super::NativeFn)] = &[
        ("str.join", str_join),
        ("str.split", str_split),
        ("str.rsplit", str_rsplit),
        ("str.splitlines", str_splitlines),
        ("str.partition", str_partition),
        ("str.rpartition", str_rpartition),
        ("str.strip", str_strip),
        ("str.lstrip", str_lstrip),
        ("str.rstrip", str_rstrip),
        ("str.replace", str_replace),
        ("str.translate", str_translate),
        ("str.find", str_find),
        ("str.rfind", str_rfind),
        ("str.index", str_index),
        ("str.rindex", str_rindex),
        ("str.count", str_count),
        ("str.startswith", str_startswith),
        ("str.endswith", str_endswith),
        ("str.upper", str_upper),
        ("str.lower", str_lower),
        ("str.swapcase", str_swapcase),
        ("str.capitalize", str_capitalize),
        ("str.title", str_title),
        ("str.isdigit", str_isdigit),
        ("str.isalpha", str_isalpha),
        ("str.isalnum", str_isalnum),
        ("str.isspace", str_isspace),
        ("str.isupper", str_isupper),
        ("str.islower", str_islower),
        ("str.istitle", str_istitle),
        ("str.center", str_center),
        ("str.ljust", str_ljust),
        ("str.rjust", str_rjust),
        ("str.zfill", str_zfill),
        ("str.expandtabs", str_expandtabs),
        ("str.encode", str_encode),
        ("str.decode", str_decode),
        ("str.format", str_format_method),
        ("str.__format__", str_dunder_format),
        ("str.__mod__", str_mod),
        ("str.__len__", str_len),
        ("str.__getitem__", str_getitem),
        ("str.__getslice__", str_getslice),
        ("str.__contains__", str_contains),
        ("str.__add__", str_add),
        ("str.__mul__", str_mul),
        ("str.__rmul__", str_rmul),
        ("str.__eq__", str_eq),
        ("str.__ne__", str_ne),
        ("str.__lt__", str_lt),
        ("str.__le__", str_le),
        ("str.__gt__", str_gt),
        ("str.__ge__", str_ge),
        ("str.__hash__", str_hash),
        ("str.__str__", str_str),
        ("str.__repr__", str_repr),
    ];
    for &(name, f) in methods {
        method(cls, name, f);
    }
}
