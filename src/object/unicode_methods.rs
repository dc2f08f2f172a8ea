//! The methods of `unicode` and its constructor.
//!
//! Methods whose result does not depend on how characters are counted
//! (split with a separator, replace, partition, format, `%` ...) run str's
//! own implementation on the UTF-8 text and turn the str results back into
//! unicode (`delegate`). Those that count or classify characters (indexes,
//! widths, case, character classes, strip sets, translate) work on code
//! points here.

use std::sync::Arc;

use super::function::KwArgs;
use super::unicode::{self, as_unicode, cps, from_cps, from_utf8, text_of};
use super::{ExcKind, PyErr, PyResult, PyStr, Value};
use crate::modules::method;
use crate::modules::ucd::{self, is_alpha, is_lower, is_title, is_upper};
use crate::vm::ops::unwrap_base;
use crate::vm::Vm;

fn type_err(msg: impl Into<String>) -> PyErr {
    PyErr::new(ExcKind::TypeError, msg)
}

/// The receiver's text (a unicode or an instance of a subclass).
fn this(a: &[Value], name: &str) -> PyResult<Arc<PyStr>> {
    let Some(first) = a.first() else {
        return Err(type_err(format!("descriptor '{}' of 'unicode' object needs an argument", name)));
    };
    match as_unicode(&unwrap_base(first)) {
        Some(s) => Ok(s.clone()),
        None => Err(type_err(format!(
            "descriptor '{}' requires a 'unicode' object but received a '{}'",
            name,
            first.type_name()
        ))),
    }
}

/// A str or unicode argument as text (str decoded as ASCII).
fn text_arg(v: &Value, what: &str) -> PyResult<Arc<PyStr>> {
    match text_of(&unwrap_base(v))? {
        Some(s) => Ok(s),
        None => Err(type_err(
            format!("coercing to Unicode: need string or buffer, {} found", v.type_name()).replace("coercing", what),
        )),
    }
}

/// str results back to unicode (also inside lists and tuples).
fn to_unicode(v: Value) -> Value {
    match v {
        Value::Str(s) => from_utf8(s.as_bytes().to_vec()),
        Value::List(l) => Value::list(l.snapshot().into_iter().map(to_unicode).collect()),
        Value::Tuple(t) => Value::tuple(t.items.iter().cloned().map(to_unicode).collect()),
        other => other,
    }
}

/// unicode arguments as their UTF-8 str (for str's implementation); str
/// arguments must be ASCII (the implicit decoding).
fn to_str_arg(v: &Value) -> PyResult<Value> {
    Ok(match v {
        Value::Str(s) => {
            unicode::coerce_str(s.as_bytes())?;
            v.clone()
        }
        _ => match as_unicode(&unwrap_base(v)) {
            Some(s) => Value::Str(s.clone()),
            None => v.clone(),
        },
    })
}

/// str's method `name`, which the unicode methods below run on the UTF-8 text.
fn str_method(name: &str) -> PyResult {
    crate::object::class::types()
        .str_
        .dict
        .get_str(&PyStr::from_str(name))
        .ok_or_else(|| type_err(format!("'unicode' object has no attribute '{}'", name)))
}

/// Runs str's method `name` on the UTF-8 text, its arguments made str.
fn delegate(vm: &mut Vm, a: &[Value], kw: &KwArgs, name: &str) -> PyResult {
    let s = this(a, name)?;
    let f = str_method(name)?;
    let mut args = vec![Value::Str(s)];
    for v in &a[1..] {
        args.push(to_str_arg(v)?);
    }
    let kw: Vec<(Arc<PyStr>, Value)> =
        kw.iter().map(|(k, v)| Ok((k.clone(), to_str_arg(v)?))).collect::<PyResult<_>>()?;
    let r = vm.call_kw(&f, args, &kw)?;
    Ok(to_unicode(r))
}

/// Like `delegate`, but for `format`: unicode arguments stay unicode, so
/// their fields are laid out by code points.
fn delegate_format(vm: &mut Vm, a: &[Value], kw: &KwArgs, name: &str) -> PyResult {
    let s = this(a, name)?;
    let out = crate::object::str_format::unicode_format(vm, s.as_bytes(), &a[1..], kw)?;
    Ok(to_unicode(Value::bytes(out)))
}

/// `fmt % args` where the format or an argument is unicode: the format
/// (a str one decoded as ASCII) runs in unicode mode over the arguments as
/// they are.
pub fn percent(vm: &mut Vm, fmt: &[u8], args: &Value) -> PyResult {
    let r = crate::object::str_format::percent_format_mode(vm, fmt, args, true)?;
    Ok(to_unicode(r))
}

/// `str % args` with a unicode argument: the format is decoded as ASCII.
pub fn percent_str(vm: &mut Vm, fmt: &[u8], args: &Value) -> PyResult {
    percent(vm, &unicode::coerce_str(fmt)?, args)
}

macro_rules! delegated {
    ($($fname:ident => $name:literal),* $(,)?) => {
        $(fn $fname(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult {
            delegate(vm, a, kw, $name)
        })*
    };
}

delegated!(
    u_partition => "partition", u_rpartition => "rpartition", u_replace => "replace",
    u_expandtabs => "expandtabs",
);

fn u_split(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult {
    match super::unicode_split::split(a, kw, "split")? {
        Some(r) => Ok(r),
        None => delegate(vm, a, kw, "split"),
    }
}

fn u_rsplit(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult {
    match super::unicode_split::split(a, kw, "rsplit")? {
        Some(r) => Ok(r),
        None => delegate(vm, a, kw, "rsplit"),
    }
}

fn u_format(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult {
    delegate_format(vm, a, kw, "format")
}

fn u_mod(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult {
    let s = this(a, "__mod__")?;
    crate::modules::arity::named_slot_args("__mod__", a, 1)?;
    let _ = kw;
    percent(vm, s.as_bytes(), a.get(1).unwrap_or(&Value::None))
}

fn u_dunder_format(_: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult {
    let s = this(a, "__format__")?;
    crate::modules::no_keywords("__format__", kw)?;
    crate::modules::arity::tuple_args("__format__", &a[1..], 1, 1)?;
    let spec = match a.get(1).map(unwrap_base) {
        Some(Value::Str(p)) => p.as_bytes().to_vec(),
        Some(v) if as_unicode(&v).is_some() => as_unicode(&v).map(|p| p.as_bytes().to_vec()).unwrap_or_default(),
        _ => return Err(type_err("__format__ requires str or unicode")),
    };
    match crate::text::format_unicode(s.as_bytes(), &spec) {
        Ok(r) => Ok(from_utf8(r)),
        Err(e) => Err(PyErr::new(ExcKind::ValueError, e)),
    }
}

// ----- code point methods -----

fn map_cps(a: &[Value], name: &str, f: impl Fn(&[u32]) -> Vec<u32>) -> PyResult {
    let s = this(a, name)?;
    if a.len() > 1 {
        return Err(type_err(format!("{}() takes no arguments ({} given)", name, a.len() - 1)));
    }
    Ok(from_cps(&f(&cps(s.as_bytes()))))
}

// The predicates and case maps read the Unicode 5.2 tables 2.7 uses.
fn is_decimal(c: u32) -> bool {
    ucd::numeric(c).is_some_and(|n| n.decimal.is_some())
}
fn is_digit(c: u32) -> bool {
    ucd::numeric(c).is_some_and(|n| n.digit.is_some())
}
fn is_numeric(c: u32) -> bool {
    ucd::numeric(c).is_some()
}
fn upper(c: u32) -> u32 {
    ucd::case(c)[0]
}
fn lower(c: u32) -> u32 {
    ucd::case(c)[1]
}

fn pred(a: &[Value], name: &str, f: impl Fn(u32) -> bool) -> PyResult {
    let s = this(a, name)?;
    if a.len() > 1 {
        return Err(type_err(format!("{}() takes no arguments ({} given)", name, a.len() - 1)));
    }
    let c = cps(s.as_bytes());
    Ok(Value::bool(!c.is_empty() && c.iter().all(|&x| f(x))))
}

/// isupper/islower: some cased character and none of the other case
/// (a titlecase character counts against both).
fn cased_pred(a: &[Value], name: &str, want_upper: bool) -> PyResult {
    let s = this(a, name)?;
    if a.len() > 1 {
        return Err(type_err(format!("{}() takes no arguments ({} given)", name, a.len() - 1)));
    }
    let c = cps(s.as_bytes());
    let mut cased = false;
    for &x in &c {
        let (wanted, other) = if want_upper { (is_upper(x), is_lower(x)) } else { (is_lower(x), is_upper(x)) };
        if other || is_title(x) {
            return Ok(Value::bool(false));
        }
        cased |= wanted;
    }
    Ok(Value::bool(cased))
}

fn title_cps(c: &[u32]) -> Vec<u32> {
    let mut prev_cased = false;
    c.iter()
        .map(|&x| {
            let r = if prev_cased { lower(x) } else { ucd::case(x)[2] };
            prev_cased = is_upper(x) || is_lower(x) || is_title(x);
            r
        })
        .collect()
}

fn u_istitle(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult {
    let s = this(a, "istitle")?;
    if a.len() > 1 {
        return Err(type_err(format!("istitle() takes no arguments ({} given)", a.len() - 1)));
    }
    let c = cps(s.as_bytes());
    let (mut prev_cased, mut cased) = (false, false);
    for &x in &c {
        if is_upper(x) || is_title(x) {
            if prev_cased {
                return Ok(Value::bool(false));
            }
            prev_cased = true;
            cased = true;
        } else if is_lower(x) {
            if !prev_cased {
                return Ok(Value::bool(false));
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    Ok(Value::bool(cased))
}

/// Normalized [start:end) of a method taking optional slice bounds.
fn bounds(vm: &mut Vm, len: usize, start: Option<&Value>, end: Option<&Value>) -> PyResult<(usize, usize)> {
    let norm = |vm: &mut Vm, v: Option<&Value>, default: i64| -> PyResult<i64> {
        match v {
            None | Some(Value::None) => Ok(default),
            Some(v) => match vm.index_value(v)? {
                Some(i) => Ok(i),
                None => Err(type_err("slice indices must be integers or None or have an __index__ method")),
            },
        }
    };
    let n = len as i64;
    let fix = |i: i64| if i < 0 { (i + n).max(0) } else { i.min(n) };
    // A start past the end stays there (2.7: u'abc'.find('', 4) is -1).
    let s = match norm(vm, start, 0)? {
        i if i < 0 => (i + n).max(0),
        i => i,
    };
    let e = fix(norm(vm, end, n)?);
    Ok((s as usize, e as usize))
}

fn find_in(h: &[u32], n: &[u32], s: usize, e: usize, rev: bool) -> Option<usize> {
    if s > e || e - s < n.len() {
        return if n.is_empty() && s <= e { Some(if rev { e } else { s }) } else { None };
    }
    let last = e - n.len();
    if rev {
        (s..=last).rev().find(|&i| h[i..i + n.len()] == *n)
    } else {
        (s..=last).find(|&i| h[i..i + n.len()] == *n)
    }
}

fn find_impl(vm: &mut Vm, a: &[Value], name: &str, rev: bool, raise: bool) -> PyResult {
    let s = this(a, name)?;
    if a.len() < 2 || a.len() > 4 {
        return Err(type_err(format!("{} takes at least 1 argument ({} given)", name, a.len().saturating_sub(1))));
    }
    let sub = text_arg(&a[1], "coercing")?;
    let h = cps(s.as_bytes());
    let n = cps(sub.as_bytes());
    let (st, en) = bounds(vm, h.len(), a.get(2), a.get(3))?;
    match find_in(&h, &n, st, en, rev) {
        Some(i) => Ok(Value::Int(i as i64)),
        None if raise => Err(PyErr::new(ExcKind::ValueError, "substring not found")),
        None => Ok(Value::Int(-1)),
    }
}

fn u_find(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult {
    find_impl(vm, a, "find", false, false)
}
fn u_rfind(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult {
    find_impl(vm, a, "rfind", true, false)
}
fn u_index(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult {
    find_impl(vm, a, "index", false, true)
}
fn u_rindex(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult {
    find_impl(vm, a, "rindex", true, true)
}

fn u_count(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult {
    let s = this(a, "count")?;
    if a.len() < 2 {
        return Err(type_err("count() takes at least 1 argument (0 given)"));
    }
    let sub = text_arg(&a[1], "coercing")?;
    let h = cps(s.as_bytes());
    let n = cps(sub.as_bytes());
    let (st, en) = bounds(vm, h.len(), a.get(2), a.get(3))?;
    if st > en {
        return Ok(Value::Int(0));
    }
    if n.is_empty() {
        return Ok(Value::Int((en - st + 1) as i64));
    }
    let (mut i, mut k) = (st, 0);
    while i + n.len() <= en {
        if h[i..i + n.len()] == *n {
            k += 1;
            i += n.len();
        } else {
            i += 1;
        }
    }
    Ok(Value::Int(k))
}

fn affix(vm: &mut Vm, a: &[Value], name: &str, end: bool) -> PyResult {
    let s = this(a, name)?;
    let Some(first) = a.get(1) else {
        return Err(type_err(format!("{}() takes at least 1 argument (0 given)", name)));
    };
    let h = cps(s.as_bytes());
    let (st, en) = bounds(vm, h.len(), a.get(2), a.get(3))?;
    let cands: Vec<Value> = match first {
        Value::Tuple(t) => t.items.to_vec(),
        v => vec![v.clone()],
    };
    for c in cands {
        let Some(p) = text_of(&unwrap_base(&c))? else {
            return Err(type_err(format!("{} first arg must be str, unicode, or tuple, not {}", name, c.type_name())));
        };
        let p = cps(p.as_bytes());
        if st > en || en - st < p.len() {
            continue;
        }
        let ok = if end { h[en - p.len()..en] == *p } else { h[st..st + p.len()] == *p };
        if ok {
            return Ok(Value::bool(true));
        }
    }
    Ok(Value::bool(false))
}

fn u_startswith(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult {
    affix(vm, a, "startswith", false)
}
fn u_endswith(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult {
    affix(vm, a, "endswith", true)
}

fn strip_impl(a: &[Value], name: &str, left: bool, right: bool) -> PyResult {
    let s = this(a, name)?;
    let c = cps(s.as_bytes());
    let set: Option<Vec<u32>> = match a.get(1) {
        None | Some(Value::None) => None,
        Some(v) => match text_of(&unwrap_base(v))? {
            Some(t) => Some(cps(t.as_bytes())),
            None => return Err(type_err(format!("{} arg must be None, unicode or str", name))),
        },
    };
    let strip = |x: u32| match &set {
        None => ucd::is_space(x),
        Some(set) => set.contains(&x),
    };
    let mut i = 0;
    let mut j = c.len();
    if left {
        while i < j && strip(c[i]) {
            i += 1;
        }
    }
    if right {
        while j > i && strip(c[j - 1]) {
            j -= 1;
        }
    }
    Ok(from_cps(&c[i..j]))
}

fn u_strip(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult {
    strip_impl(a, "strip", true, true)
}
fn u_lstrip(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult {
    strip_impl(a, "lstrip", true, false)
}
fn u_rstrip(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult {
    strip_impl(a, "rstrip", false, true)
}

fn pad_impl(vm: &mut Vm, a: &[Value], name: &str) -> PyResult {
    let s = this(a, name)?;
    let Some(w) = a.get(1) else {
        return Err(type_err(format!("{}() takes at least 1 argument (0 given)", name)));
    };
    let width = vm.index_value(w)?.ok_or_else(|| type_err("an integer is required"))?;
    let fill = match a.get(2) {
        None => 0x20,
        Some(v) => {
            let t = text_arg(v, "coercing")?;
            let f = cps(t.as_bytes());
            if f.len() != 1 {
                return Err(type_err("The fill character must be exactly one character long"));
            }
            f[0]
        }
    };
    let c = cps(s.as_bytes());
    let n = c.len() as i64;
    if width <= n {
        return Ok(from_utf8(s.as_bytes().to_vec()));
    }
    let total = (width - n) as usize;
    let (l, r) = match name {
        "ljust" => (0, total),
        "rjust" => (total, 0),
        "zfill" => (total, 0),
        _ => {
            let l = total / 2 + (total & width as usize & 1);
            (l, total - l)
        }
    };
    // Found by the fuzzer: u"".center(2**31-1) aborted on an 8 GB request.
    let mut out = crate::object::alloc::with_capacity(c.len().saturating_add(total))?;
    if name == "zfill" {
        let sign = c.first().is_some_and(|&x| x == 0x2b || x == 0x2d);
        if sign {
            out.push(c[0]);
        }
        out.extend(std::iter::repeat_n(0x30, l));
        out.extend_from_slice(if sign { &c[1..] } else { &c[..] });
        return Ok(from_cps(&out));
    }
    out.extend(std::iter::repeat_n(fill, l));
    out.extend_from_slice(&c);
    out.extend(std::iter::repeat_n(fill, r));
    Ok(from_cps(&out))
}

fn u_center(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult {
    pad_impl(vm, a, "center")
}
fn u_ljust(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult {
    pad_impl(vm, a, "ljust")
}
fn u_rjust(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult {
    pad_impl(vm, a, "rjust")
}
fn u_zfill(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult {
    pad_impl(vm, a, "zfill")
}

fn u_join(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult {
    let sep = this(a, "join")?;
    let Some(seq) = a.get(1) else { return Err(type_err("join() takes exactly one argument (0 given)")) };
    let items = vm.to_vec(seq)?;
    join_values(vm, &from_utf8(sep.as_bytes().to_vec()), &items)
}

/// `sep.join(items)` with a unicode separator.
pub fn join_values(_vm: &mut Vm, sep: &Value, items: &[Value]) -> PyResult {
    let Some(s) = as_unicode(sep) else { return Ok(Value::None) };
    let mut out = Vec::new();
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(s.as_bytes());
        }
        match text_of(&unwrap_base(it))? {
            Some(t) => out.extend_from_slice(t.as_bytes()),
            None => {
                return Err(type_err(format!(
                    "sequence item {}: expected string or Unicode, {} found",
                    i,
                    it.type_name()
                )))
            }
        }
    }
    Ok(from_utf8(out))
}

fn u_translate(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult {
    let s = this(a, "translate")?;
    let Some(table) = a.get(1) else { return Err(type_err("translate() takes exactly one argument (0 given)")) };
    let mut out = Vec::new();
    for c in cps(s.as_bytes()) {
        let r = match vm.getitem(table, &Value::Int(c as i64)) {
            Ok(v) => v,
            Err(e) if e.class().is_subclass(ExcKind::LookupError.class()) => {
                out.push(c);
                continue;
            }
            Err(e) => return Err(e),
        };
        match &r {
            Value::None => {}
            Value::Int(i) => {
                if !(0..0x110000).contains(i) {
                    // CPython 2.7's message shows its unfilled format.
                    return Err(type_err("character mapping must be in range(0x%lx)"));
                }
                out.push(*i as u32);
            }
            // Only unicode (not str) may stand for a character.
            _ => match as_unicode(&unwrap_base(&r)) {
                Some(t) => out.extend(cps(t.as_bytes())),
                None => return Err(type_err("character mapping must return integer, None or unicode")),
            },
        }
    }
    Ok(from_cps(&out))
}

/// The encoding and errors arguments of encode/decode.
fn codec_args(a: &[Value], kw: &KwArgs, name: &str) -> PyResult<(Vec<u8>, Vec<u8>)> {
    let mut enc = a.get(1).cloned();
    let mut errors = a.get(2).cloned();
    if a.len() > 3 {
        return Err(type_err(format!("{} takes at most 2 arguments ({} given)", name, a.len() - 1)));
    }
    for (k, v) in kw {
        match k.as_bytes() {
            b"encoding" => enc = Some(v.clone()),
            b"errors" => errors = Some(v.clone()),
            _ => return Err(type_err(format!("'{}' is an invalid keyword argument for this function", k.as_str()))),
        }
    }
    let text = |v: Option<Value>, pos: usize, default: &[u8]| -> PyResult<Vec<u8>> {
        match v {
            None => Ok(default.to_vec()),
            Some(v) => match text_of(&v)? {
                Some(s) => Ok(s.as_bytes().to_vec()),
                None => Err(type_err(format!("{}() argument {} must be string, not {}", name, pos, v.type_name()))),
            },
        }
    };
    Ok((text(enc, 1, b"ascii")?, text(errors, 2, b"strict")?))
}

/// `u.encode(...)`: text codecs here; others (hex, base64, registered
/// ones) get the ASCII-encoded text, as CPython's default encoding does.
pub fn encode_value(vm: &mut Vm, s: &Arc<PyStr>, enc: &[u8], errors: &[u8]) -> PyResult {
    if unicode::is_text_codec(enc) && unicode::core_errors(errors) {
        return Ok(Value::bytes(unicode::encode(s.as_bytes(), enc, errors)?));
    }
    let m = vm.import_module("codecs", &crate::object::Dict::new())?;
    let f = vm.getattr(&m, &PyStr::from_str("encode"))?;
    vm.call(&f, vec![from_utf8(s.as_bytes().to_vec()), Value::bytes(enc.to_vec()), Value::bytes(errors.to_vec())])
}

fn u_encode(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult {
    let s = this(a, "encode")?;
    let (enc, errors) = codec_args(a, kw, "encode")?;
    encode_value(vm, &s, &enc, &errors)
}

fn u_decode(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult {
    let s = this(a, "decode")?;
    let (enc, errors) = codec_args(a, kw, "decode")?;
    let b = unicode::encode(s.as_bytes(), b"ascii", b"strict")?;
    decode_value(vm, &b, &enc, &errors)
}

/// `s.decode(...)` of bytes: unicode for text codecs; other codecs as str does.
pub fn decode_value(vm: &mut Vm, b: &[u8], enc: &[u8], errors: &[u8]) -> PyResult {
    if unicode::is_text_codec(enc) && unicode::core_errors(errors) {
        match unicode::decode(b, enc, errors) {
            Ok(text) => return Ok(from_utf8(text)),
            // A bad escape: `codecs` applies the handler with CPython's
            // positions and messages.
            Err(_) if unicode::is_escape_codec(enc) => {}
            Err(e) => return Err(e),
        }
    }
    if crate::object::str_format::known_codec(enc) && !unicode::is_text_codec(enc) {
        return Ok(Value::bytes(crate::object::str_format::transcode(b, enc, errors, false)?));
    }
    let m = vm.import_module("codecs", &crate::object::Dict::new())?;
    let f = vm.getattr(&m, &PyStr::from_str("decode"))?;
    vm.call(&f, vec![Value::bytes(b.to_vec()), Value::bytes(enc.to_vec()), Value::bytes(errors.to_vec())])
}

// ----- slots -----

fn u_len(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult {
    let s = this(a, "__len__")?;
    Ok(Value::Int(unicode::char_len(s.as_bytes()) as i64))
}

fn u_getitem(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult {
    let s = this(a, "__getitem__")?;
    crate::modules::arity::named_slot_args("__getitem__", a, 1)?;
    let key = a.get(1).cloned().unwrap_or(Value::None);
    getitem(vm, &s, &key)
}

/// `u[i]` and `u[i:j:k]`.
pub fn getitem(vm: &mut Vm, s: &Arc<PyStr>, key: &Value) -> PyResult {
    let b = s.as_bytes();
    let len = super::unicode::char_len(b);
    if let Value::Other(o) = key {
        if let super::Object::Slice { start, stop, step, .. } = &**o {
            let si = vm.slice_indices(start, stop, step, len)?;
            if si.step == 1 {
                let start = si.start.max(0) as usize;
                return Ok(char_range(b, start, start + si.len));
            }
            let c = cps(b);
            return Ok(from_cps(&si.indices().map(|i| c[i]).collect::<Vec<_>>()));
        }
    }
    let i = vm.seq_index(key, len, "string")?;
    Ok(char_range(b, i, i + 1))
}

/// The text of code points `start..stop` (start <= stop <= length).
fn char_range(b: &[u8], start: usize, stop: usize) -> Value {
    let from = super::unicode::byte_offset(b, start);
    let to = from + super::unicode::byte_offset(&b[from..], stop - start);
    super::unicode::from_utf8(b[from..to].to_vec())
}

fn u_getslice(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult {
    let s = this(a, "__getslice__")?;
    crate::modules::arity::named_slot_args("__getslice__", a, 2)?;
    let b = s.as_bytes();
    let (st, en) = bounds(vm, super::unicode::char_len(b), a.get(1), a.get(2))?;
    Ok(if st < en { char_range(b, st, en) } else { super::unicode::from_utf8(Vec::new()) })
}

fn u_contains(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult {
    let s = a.first().cloned().unwrap_or(Value::None);
    let item = a.get(1).cloned().unwrap_or(Value::None);
    Ok(Value::bool(vm.contains(&unwrap_base(&s), &item)?))
}

/// `sub in u`.
pub fn contains(s: &Arc<PyStr>, item: &Value) -> PyResult<bool> {
    let Some(sub) = text_of(&unwrap_base(item))? else {
        return Err(type_err(format!("'in <string>' requires string as left operand, not {}", item.type_name())));
    };
    Ok(super::string::find(s.as_bytes(), sub.as_bytes(), 0).is_some())
}

fn u_binary(vm: &mut Vm, a: &[Value], op: crate::syntax::ast::BinOp, reflected: bool, name: &str) -> PyResult {
    let s = this(a, name)?;
    crate::modules::arity::named_slot_args(name, a, 1)?;
    let o = a.get(1).cloned().unwrap_or(Value::None);
    let me = from_utf8(s.as_bytes().to_vec());
    if reflected {
        vm.binary(op, &o, &me)
    } else {
        vm.binary(op, &me, &o)
    }
}

fn u_add(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult {
    u_binary(vm, a, crate::syntax::ast::BinOp::Add, false, "__add__")
}
fn u_mul(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult {
    u_binary(vm, a, crate::syntax::ast::BinOp::Mul, false, "__mul__")
}
fn u_rmul(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult {
    u_binary(vm, a, crate::syntax::ast::BinOp::Mul, true, "__rmul__")
}

fn u_cmp(vm: &mut Vm, a: &[Value], op: crate::syntax::ast::CmpOp, name: &str) -> PyResult {
    let s = this(a, name)?;
    let o = unwrap_base(&a.get(1).cloned().unwrap_or(Value::None));
    if text_of(&o).ok().flatten().is_none() {
        return Ok(crate::vm::ops::not_implemented());
    }
    vm.compare(op, &from_utf8(s.as_bytes().to_vec()), &o)
}

macro_rules! cmp_slots {
    ($($fname:ident => $op:ident, $name:literal),* $(,)?) => {
        $(fn $fname(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult {
            u_cmp(vm, a, crate::syntax::ast::CmpOp::$op, $name)
        })*
    };
}
cmp_slots!(u_eq => Eq, "__eq__", u_ne => NotEq, "__ne__", u_lt => Lt, "__lt__", u_le => LtE, "__le__",
    u_gt => Gt, "__gt__", u_ge => GtE, "__ge__");

fn u_hash(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult {
    Ok(Value::Int(unicode::hash(&*this(a, "__hash__")?)))
}

fn u_repr(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult {
    Ok(Value::from(unicode::repr(this(a, "__repr__")?.as_bytes())))
}

fn u_str(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult {
    let s = this(a, "__str__")?;
    Ok(Value::bytes(unicode::encode(s.as_bytes(), b"ascii", b"strict")?))
}

fn u_getnewargs(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult {
    let s = this(a, "__getnewargs__")?;
    Ok(Value::tuple(vec![from_utf8(s.as_bytes().to_vec())]))
}

/// `unicode()`, `unicode(obj)`, `unicode(string, encoding[, errors])`.
pub fn construct(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult {
    if let Some(v) = crate::modules::builtins_extra::unicode_decoding(vm, a, kw)? {
        return Ok(v);
    }
    if a.len() + kw.len() > 1 {
        return Err(type_err(format!("unicode() takes at most 3 arguments ({} given)", a.len() + kw.len())));
    }
    let v = match (a.first(), kw.first()) {
        (Some(v), _) => v.clone(),
        (None, Some((k, v))) if k.as_bytes() == b"string" => v.clone(),
        (None, Some((k, _))) => {
            return Err(type_err(format!("'{}' is an invalid keyword argument for this function", k.as_str())))
        }
        (None, None) => return Ok(from_utf8(Vec::new())),
    };
    to_unicode_value(vm, &v)
}

/// `unicode(v)`: `__unicode__` if the class has one, else str(v) decoded as ASCII.
pub fn to_unicode_value(vm: &mut Vm, v: &Value) -> PyResult {
    if let Some(u) = as_unicode(v) {
        return Ok(Value::other(super::Object::Unicode(u.clone())));
    }
    if let Value::Instance(_) = v {
        if let Some(r) = vm.call_dunder(v, "__unicode__", vec![])? {
            return match text_of(&unwrap_base(&r))? {
                Some(t) => Ok(from_utf8(t.as_bytes().to_vec())),
                None => Err(type_err(format!("coercing to Unicode: need string or buffer, {} found", r.type_name()))),
            };
        }
        if let Some(u) = as_unicode(&unwrap_base(v)) {
            return Ok(from_utf8(u.as_bytes().to_vec()));
        }
        if let Some(u) = exception_text(v) {
            return Ok(from_utf8(u.as_bytes().to_vec()));
        }
        if overrides_exception_str(v) {
            // unicode(e.__str__()), not unicode(str(e)): a __str__ giving
            // non-ASCII unicode text keeps it (2.7's BaseException.__unicode__).
            let r = vm.call_dunder(v, "__str__", vec![])?.unwrap_or(Value::None);
            if !r.is(v) {
                return to_unicode_value(vm, &r);
            }
        }
    }
    let s = vm.to_str(v)?;
    Ok(from_utf8(unicode::coerce_str(s.as_bytes())?))
}

/// Whether `v` is an exception whose class has a `__str__` of its own.
fn overrides_exception_str(v: &Value) -> bool {
    let Value::Instance(i) = v else { return false };
    if !crate::object::class::isinstance(v, ExcKind::BaseException.class()) {
        return false;
    }
    let base = ExcKind::BaseException.class().lookup_str("__str__");
    match (i.class().lookup_str("__str__"), base) {
        (Some(Value::Builtin(x)), Some(Value::Builtin(y))) => !Arc::ptr_eq(&x, &y),
        (Some(_), _) => true,
        _ => false,
    }
}

/// `unicode(exc)` for an exception whose one argument is unicode and whose
/// class keeps BaseException's own `__str__`: that argument, not str(exc)
/// (which cannot encode non-ASCII text).
fn exception_text(v: &Value) -> Option<Arc<PyStr>> {
    use crate::object::class::isinstance;
    let Value::Instance(i) = v else { return None };
    if !isinstance(v, ExcKind::BaseException.class())
        || [ExcKind::KeyError, ExcKind::EnvironmentError, ExcKind::SyntaxError].iter().any(|k| isinstance(v, k.class()))
    {
        return None;
    }
    let base = ExcKind::BaseException.class().lookup_str("__str__")?;
    match (i.class().lookup_str("__str__")?, base) {
        (Value::Builtin(x), Value::Builtin(y)) if Arc::ptr_eq(&x, &y) => {}
        _ => return None,
    }
    match crate::object::exception::exc_args(v).as_slice() {
        [only] => as_unicode(&unwrap_base(only)).cloned(),
        _ => None,
    }
}

/// The methods of `unicode`.
pub fn install(t: &crate::object::class::Types) {
    let cls = &t.unicode;
    let methods: &[(&'static str, super::NativeFn)] = &[
        ("unicode.join", u_join),
        ("unicode.split", u_split),
        ("unicode.rsplit", u_rsplit),
        ("unicode.splitlines", super::unicode_split::splitlines),
        ("unicode.partition", u_partition),
        ("unicode.rpartition", u_rpartition),
        ("unicode.strip", u_strip),
        ("unicode.lstrip", u_lstrip),
        ("unicode.rstrip", u_rstrip),
        ("unicode.replace", u_replace),
        ("unicode.translate", u_translate),
        ("unicode.find", u_find),
        ("unicode.rfind", u_rfind),
        ("unicode.index", u_index),
        ("unicode.rindex", u_rindex),
        ("unicode.count", u_count),
        ("unicode.startswith", u_startswith),
        ("unicode.endswith", u_endswith),
        ("unicode.upper", |_, a, _| map_cps(a, "upper", |c| c.iter().map(|&x| upper(x)).collect())),
        ("unicode.lower", |_, a, _| map_cps(a, "lower", |c| c.iter().map(|&x| lower(x)).collect())),
        ("unicode.swapcase", |_, a, _| {
            map_cps(a, "swapcase", |c| {
                c.iter()
                    .map(|&x| {
                        if is_upper(x) {
                            lower(x)
                        } else if is_lower(x) {
                            upper(x)
                        } else {
                            x
                        }
                    })
                    .collect()
            })
        }),
        ("unicode.capitalize", |_, a, _| {
            map_cps(a, "capitalize", |c| {
                c.iter().enumerate().map(|(i, &x)| if i == 0 { upper(x) } else { lower(x) }).collect()
            })
        }),
        ("unicode.title", |_, a, _| map_cps(a, "title", title_cps)),
        ("unicode.isdigit", |_, a, _| pred(a, "isdigit", is_digit)),
        ("unicode.isdecimal", |_, a, _| pred(a, "isdecimal", is_decimal)),
        ("unicode.isnumeric", |_, a, _| pred(a, "isnumeric", is_numeric)),
        ("unicode.isalpha", |_, a, _| pred(a, "isalpha", is_alpha)),
        ("unicode.isalnum", |_, a, _| pred(a, "isalnum", |c| is_alpha(c) || is_numeric(c))),
        ("unicode.isspace", |_, a, _| pred(a, "isspace", ucd::is_space)),
        ("unicode.isupper", |_, a, _| cased_pred(a, "isupper", true)),
        ("unicode.islower", |_, a, _| cased_pred(a, "islower", false)),
        ("unicode.istitle", u_istitle),
        ("unicode.center", u_center),
        ("unicode.ljust", u_ljust),
        ("unicode.rjust", u_rjust),
        ("unicode.zfill", u_zfill),
        ("unicode.expandtabs", u_expandtabs),
        ("unicode.encode", u_encode),
        ("unicode.decode", u_decode),
        ("unicode.format", u_format),
        ("unicode.__format__", u_dunder_format),
        ("unicode.__mod__", u_mod),
        ("unicode.__len__", u_len),
        ("unicode.__getitem__", u_getitem),
        ("unicode.__getslice__", u_getslice),
        ("unicode.__contains__", u_contains),
        ("unicode.__add__", u_add),
        ("unicode.__mul__", u_mul),
        ("unicode.__rmul__", u_rmul),
        ("unicode.__eq__", u_eq),
        ("unicode.__ne__", u_ne),
        ("unicode.__lt__", u_lt),
        ("unicode.__le__", u_le),
        ("unicode.__gt__", u_gt),
        ("unicode.__ge__", u_ge),
        ("unicode.__hash__", u_hash),
        ("unicode.__str__", u_str),
        ("unicode.__repr__", u_repr),
        ("unicode.__getnewargs__", u_getnewargs),
    ];
    for &(name, f) in methods {
        method(cls, name, f);
    }
}
