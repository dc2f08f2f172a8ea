//! `unicode`: Python 2's text type (`Object::Unicode`).
//!
//! The text is kept as UTF-8 in a `PyStr` (surrogate code points, which
//! Python 2 allows, are kept as their 3-byte forms), so that the methods of
//! `str` run on it unchanged where bytes and characters agree, and the hash
//! of ASCII text equals the hash of the same `str` (`u'a' == 'a'` and both
//! are the same dict key). Lengths and indexes count code points (a wide
//! build: `len(u'\U0001F600') == 1`). Codecs between str and unicode live
//! here too.

use std::sync::Arc;

use super::{ExcKind, Object, PyErr, PyResult, PyStr, Value};

/// A unicode value made from UTF-8 bytes.
pub fn from_utf8(b: Vec<u8>) -> Value {
    Value::other(Object::Unicode(Arc::new(PyStr::new(b))))
}

/// A unicode value made from Rust text.
pub fn from_str(s: &str) -> Value {
    from_utf8(s.as_bytes().to_vec())
}

/// A unicode value made from code points.
pub fn from_cps(cps: &[u32]) -> Value {
    from_utf8(encode_cps(cps))
}

/// The UTF-8 text of a unicode value (not of a subclass instance).
pub fn as_unicode(v: &Value) -> Option<&Arc<PyStr>> {
    match v {
        Value::Other(o) => match &**o {
            Object::Unicode(s) => Some(s),
            _ => None,
        },
        _ => None,
    }
}

pub fn is_unicode(v: &Value) -> bool {
    as_unicode(v).is_some()
}

/// Appends one code point as (generalized) UTF-8.
pub fn push_cp(out: &mut Vec<u8>, cp: u32) {
    match cp {
        0..=0x7f => out.push(cp as u8),
        0x80..=0x7ff => {
            out.push(0xc0 | (cp >> 6) as u8);
            out.push(0x80 | (cp & 0x3f) as u8);
        }
        0x800..=0xffff => {
            out.push(0xe0 | (cp >> 12) as u8);
            out.push(0x80 | ((cp >> 6) & 0x3f) as u8);
            out.push(0x80 | (cp & 0x3f) as u8);
        }
        _ => {
            out.push(0xf0 | (cp >> 18) as u8);
            out.push(0x80 | ((cp >> 12) & 0x3f) as u8);
            out.push(0x80 | ((cp >> 6) & 0x3f) as u8);
            out.push(0x80 | (cp & 0x3f) as u8);
        }
    }
}

pub fn encode_cps(cps: &[u32]) -> Vec<u8> {
    let mut out = Vec::with_capacity(cps.len());
    for &c in cps {
        push_cp(&mut out, c);
    }
    out
}

/// The byte length of the code point starting at `b[i]` and its value
/// (generalized UTF-8: a stray or cut-short byte stands for itself).
#[inline]
fn decode_at(b: &[u8], i: usize) -> (usize, u32) {
    let c = b[i];
    let (k, init) = match c {
        0..=0x7f => return (1, c as u32),
        0xc0..=0xdf => (2, (c & 0x1f) as u32),
        0xe0..=0xef => (3, (c & 0x0f) as u32),
        0xf0..=0xf7 => (4, (c & 0x07) as u32),
        _ => return (1, c as u32),
    };
    if i + k > b.len() || !b[i + 1..i + k].iter().all(|&x| x & 0xc0 == 0x80) {
        return (1, c as u32);
    }
    let mut cp = init;
    for &x in &b[i + 1..i + k] {
        cp = (cp << 6) | (x & 0x3f) as u32;
    }
    (k, cp)
}

/// The code points of (generalized) UTF-8 text; a stray byte stands for itself.
pub fn cps(b: &[u8]) -> Vec<u32> {
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let (k, cp) = decode_at(b, i);
        out.push(cp);
        i += k;
    }
    out
}

/// `hash(u)`: CPython 2.7's hash over the code points (UCS-4 build), so the
/// hash of ASCII or Latin-1 text equals that of the same `str` (`u'a'` and
/// `'a'` are one dict key; `hash(u'\xe9') == hash('\xe9')`). Never the hash
/// of the UTF-8 bytes, which would make `u'caf\xe9'` collide with
/// `'caf\xc3\xa9'` and compare with a warning.
pub fn hash(s: &PyStr) -> i64 {
    let b = s.as_bytes();
    if b.is_ascii() {
        return s.hash();
    }
    let c = cps(b);
    super::string::hash_units(c.iter().copied(), c.len())
}

/// Number of code points (counted without decoding into a vector).
pub fn char_len(b: &[u8]) -> usize {
    if b.is_ascii() {
        return b.len();
    }
    let (mut i, mut n) = (0, 0);
    while i < b.len() {
        i += decode_at(b, i).0;
        n += 1;
    }
    n
}

/// The byte offset of code point `n` (`b.len()` for the end), walking from
/// the start: indexing and slicing long text without decoding all of it.
pub fn byte_offset(b: &[u8], n: usize) -> usize {
    if b.is_ascii() {
        return n.min(b.len());
    }
    let (mut i, mut k) = (0, 0);
    while i < b.len() && k < n {
        i += decode_at(b, i).0;
        k += 1;
    }
    i
}

/// `repr(u)`: `u'...'` with CPython 2.7's escapes (wide build).
pub fn repr(b: &[u8]) -> String {
    let cps = cps(b);
    let has_sq = cps.contains(&(b'\'' as u32));
    let has_dq = cps.contains(&(b'"' as u32));
    let q = if has_sq && !has_dq { '"' } else { '\'' };
    let mut s = String::with_capacity(cps.len() + 3);
    s.push('u');
    s.push(q);
    for &c in &cps {
        match c {
            0x5c => s.push_str("\\\\"),
            0x09 => s.push_str("\\t"),
            0x0a => s.push_str("\\n"),
            0x0d => s.push_str("\\r"),
            c if c == q as u32 => {
                s.push('\\');
                s.push(q);
            }
            0x20..=0x7e => s.push(c as u8 as char),
            0..=0xff => s.push_str(&format!("\\x{:02x}", c)),
            0x100..=0xffff => s.push_str(&format!("\\u{:04x}", c)),
            _ => s.push_str(&format!("\\U{:08x}", c)),
        }
    }
    s.push(q);
    s
}

/// A code point as CPython shows it inside error messages (`u'\xe9'`).
fn cp_shown(c: u32) -> String {
    if c < 0x100 {
        format!("\\x{:02x}", c)
    } else if c < 0x10000 {
        format!("\\u{:04x}", c)
    } else {
        format!("\\U{:08x}", c)
    }
}

/// The exception itself carries encoding/object/start/end/reason, and its
/// str() is made from them in CPython's words.
fn encode_error(codec: &str, cps: &[u32], start: usize, end: usize, reason: &str) -> PyErr {
    let args =
        vec![Value::str(codec), from_cps(cps), Value::Int(start as i64), Value::Int(end as i64), Value::str(reason)];
    PyErr::from_value(super::exception::new_exception(ExcKind::UnicodeEncodeError.class(), args))
}

fn decode_error(codec: &str, b: &[u8], start: usize, end: usize, reason: &str) -> PyErr {
    let args = vec![
        Value::str(codec),
        Value::bytes(b.to_vec()),
        Value::Int(start as i64),
        Value::Int(end as i64),
        Value::str(reason),
    ];
    PyErr::from_value(super::exception::new_exception(ExcKind::UnicodeDecodeError.class(), args))
}

/// The text of `int(u'...')`/`float(u'...')`: decimal digits of any script
/// become ASCII digits and Unicode spaces a space (2.7's "decimal" codec).
pub fn decimal_text(u: &PyStr) -> PyResult<Value> {
    let b = u.as_bytes();
    if b.is_ascii() && !b.contains(&0) {
        return Ok(Value::Str(Arc::new(PyStr::new(b.to_vec()))));
    }
    let c = cps(b);
    let mut out = Vec::with_capacity(c.len());
    for (i, &x) in c.iter().enumerate() {
        if (1..0x80).contains(&x) {
            out.push(x as u8);
        } else if crate::modules::ucd::is_space(x) {
            out.push(b' ');
        } else if let Some(d) = crate::modules::ucd::decimal(x) {
            out.push(b'0' + d);
        } else if (1..0x100).contains(&x) {
            // Latin-1 characters pass through as their byte (the parse then
            // fails); NUL is refused as the rest.
            out.push(x as u8);
        } else {
            return Err(encode_error("decimal", &c, i, i + 1, "invalid decimal Unicode string"));
        }
    }
    Ok(Value::Str(Arc::new(PyStr::new(out))))
}

/// A codec's name, normalized as `encodings.normalize_encoding` + aliases.
fn norm(name: &[u8]) -> String {
    let n: String =
        name.iter().map(|&c| if c == b'-' || c == b' ' { '_' } else { (c as char).to_ascii_lowercase() }).collect();
    match n.as_str() {
        "ascii" | "us_ascii" | "646" | "us" => "ascii",
        "utf_8" | "utf8" | "u8" | "utf" | "utf8_ucs2" | "utf8_ucs4" => "utf8",
        "latin_1" | "latin1" | "latin" | "l1" | "iso_8859_1" | "iso8859_1" | "8859" | "cp819" | "iso_ir_100" => {
            "latin1"
        }
        "utf_16" | "utf16" | "u16" => "utf16",
        "utf_16_le" | "utf_16le" => "utf16le",
        "utf_16_be" | "utf_16be" => "utf16be",
        "utf_32" | "utf32" | "u32" => "utf32",
        "utf_32_le" | "utf_32le" => "utf32le",
        "utf_32_be" | "utf_32be" => "utf32be",
        "unicode_escape" => "unicode_escape",
        "raw_unicode_escape" => "raw_unicode_escape",
        _ => return n,
    }
    .to_string()
}

/// Whether `unicode.encode`/`str.decode` know this text codec natively.
pub fn is_text_codec(name: &[u8]) -> bool {
    matches!(
        norm(name).as_str(),
        "ascii"
            | "utf8"
            | "latin1"
            | "utf16"
            | "utf16le"
            | "utf16be"
            | "utf32"
            | "utf32le"
            | "utf32be"
            | "unicode_escape"
            | "raw_unicode_escape"
    )
}

/// Whether this is unicode_escape or raw_unicode_escape, whose decoding
/// errors `codecs` reports (the core's reader is the source-literal one).
pub fn is_escape_codec(name: &[u8]) -> bool {
    matches!(norm(name).as_str(), "unicode_escape" | "raw_unicode_escape")
}

/// Whether the core applies this error handler itself; any other name is a
/// handler registered from Python, which the `codecs` module calls.
pub fn core_errors(errors: &[u8]) -> bool {
    matches!(errors, b"strict" | b"ignore" | b"replace" | b"xmlcharrefreplace" | b"backslashreplace")
}

/// What an error handler puts in place of code points the codec cannot encode.
fn substitute(cps: &[u32], errors: &[u8], out: &mut Vec<u8>) -> bool {
    match errors {
        b"ignore" => {}
        b"replace" => out.extend(std::iter::repeat_n(b'?', cps.len())),
        b"xmlcharrefreplace" => {
            for c in cps {
                out.extend_from_slice(format!("&#{};", c).as_bytes());
            }
        }
        b"backslashreplace" => {
            for &c in cps {
                out.extend_from_slice(cp_shown(c).as_bytes());
            }
        }
        _ => return false,
    }
    true
}

/// Encodes UTF-8 text `b` with a text codec (see `is_text_codec`).
pub fn encode(b: &[u8], enc: &[u8], errors: &[u8]) -> PyResult<Vec<u8>> {
    let name = norm(enc);
    let cps = cps(b);
    let limited = |limit: u32, codec: &str, reason: &str| -> PyResult<Vec<u8>> {
        let mut out = Vec::with_capacity(cps.len());
        let mut i = 0;
        while i < cps.len() {
            if cps[i] < limit {
                out.push(cps[i] as u8);
                i += 1;
                continue;
            }
            let mut j = i;
            while j < cps.len() && cps[j] >= limit {
                j += 1;
            }
            if !substitute(&cps[i..j], errors, &mut out) {
                return Err(encode_error(codec, &cps, i, j, reason));
            }
            i = j;
        }
        Ok(out)
    };
    Ok(match name.as_str() {
        "ascii" => limited(0x80, "ascii", "ordinal not in range(128)")?,
        "latin1" => limited(0x100, "latin-1", "ordinal not in range(256)")?,
        "utf8" => {
            // Lone surrogates encode to their 3-byte forms in Python 2.
            encode_cps(&cps)
        }
        "utf16" | "utf16le" | "utf16be" => {
            let be = name == "utf16be";
            let mut out = Vec::with_capacity(cps.len() * 2 + 2);
            if name == "utf16" {
                out.extend_from_slice(&[0xff, 0xfe]);
            }
            let mut unit = |u: u16| out.extend_from_slice(&if be { u.to_be_bytes() } else { u.to_le_bytes() });
            for &c in &cps {
                if c >= 0x10000 {
                    let c = c - 0x10000;
                    unit(0xd800 | (c >> 10) as u16);
                    unit(0xdc00 | (c & 0x3ff) as u16);
                } else {
                    unit(c as u16);
                }
            }
            out
        }
        "utf32" | "utf32le" | "utf32be" => {
            let be = name == "utf32be";
            let mut out = Vec::with_capacity(cps.len() * 4 + 4);
            if name == "utf32" {
                out.extend_from_slice(&[0xff, 0xfe, 0, 0]);
            }
            for &c in &cps {
                out.extend_from_slice(&if be { c.to_be_bytes() } else { c.to_le_bytes() });
            }
            out
        }
        "unicode_escape" | "raw_unicode_escape" => escape_encode(&cps, name == "raw_unicode_escape"),
        _ => {
            return Err(PyErr::new(ExcKind::LookupError, format!("unknown encoding: {}", String::from_utf8_lossy(enc))))
        }
    })
}

fn escape_encode(cps: &[u32], raw: bool) -> Vec<u8> {
    let mut out = Vec::new();
    for &c in cps {
        if raw {
            if c < 0x100 {
                out.push(c as u8);
            } else if c < 0x10000 {
                out.extend_from_slice(format!("\\u{:04x}", c).as_bytes());
            } else {
                out.extend_from_slice(format!("\\U{:08x}", c).as_bytes());
            }
            continue;
        }
        match c {
            0x5c => out.extend_from_slice(b"\\\\"),
            0x09 => out.extend_from_slice(b"\\t"),
            0x0a => out.extend_from_slice(b"\\n"),
            0x0d => out.extend_from_slice(b"\\r"),
            0x20..=0x7e => out.push(c as u8),
            _ => out.extend_from_slice(cp_shown(c).as_bytes()),
        }
    }
    out
}

/// Decodes bytes with a text codec into UTF-8 text.
pub fn decode(b: &[u8], enc: &[u8], errors: &[u8]) -> PyResult<Vec<u8>> {
    let name = norm(enc);
    let bad = |codec: &str, out: &mut Vec<u8>, start: usize, end: usize, reason: &str| -> PyResult<()> {
        match errors {
            b"ignore" => Ok(()),
            b"replace" => {
                out.extend_from_slice("\u{fffd}".as_bytes());
                Ok(())
            }
            _ => Err(decode_error(codec, b, start, end, reason)),
        }
    };
    let mut out = Vec::with_capacity(b.len());
    match name.as_str() {
        "ascii" => {
            for (i, &c) in b.iter().enumerate() {
                if c < 0x80 {
                    out.push(c);
                } else {
                    bad("ascii", &mut out, i, i + 1, "ordinal not in range(128)")?;
                }
            }
        }
        "latin1" => {
            for &c in b {
                push_cp(&mut out, c as u32);
            }
        }
        "utf8" => {
            let mut rest = b;
            loop {
                match std::str::from_utf8(rest) {
                    Ok(_) => {
                        out.extend_from_slice(rest);
                        break;
                    }
                    Err(e) => {
                        let good = e.valid_up_to();
                        out.extend_from_slice(&rest[..good]);
                        let pos = b.len() - rest.len() + good;
                        let byte = rest[good];
                        // Python 2 accepts encoded surrogates (ED A0..BF xx).
                        if byte == 0xed
                            && rest.len() >= good + 3
                            && (0xa0..0xc0).contains(&rest[good + 1])
                            && rest[good + 2] & 0xc0 == 0x80
                        {
                            out.extend_from_slice(&rest[good..good + 3]);
                            rest = &rest[good + 3..];
                            continue;
                        }
                        let n = e.error_len();
                        let reason = match n {
                            None => "unexpected end of data",
                            Some(_) if (0xc2..=0xf4).contains(&byte) => "invalid continuation byte",
                            Some(_) => "invalid start byte",
                        };
                        let n = n.unwrap_or(rest.len() - good).max(1);
                        let end = if reason == "unexpected end of data" { b.len() } else { pos + 1 };
                        bad("utf8", &mut out, pos, end, reason)?;
                        rest = &rest[(good + n).min(rest.len())..];
                    }
                }
            }
        }
        "utf16" | "utf16le" | "utf16be" => {
            let mut be = name == "utf16be";
            let mut start = 0;
            if name == "utf16" && b.len() >= 2 {
                if b[..2] == [0xff, 0xfe] {
                    start = 2;
                } else if b[..2] == [0xfe, 0xff] {
                    start = 2;
                    be = true;
                }
            }
            let codec = if name == "utf16" {
                "utf16"
            } else if be {
                "utf-16-be"
            } else {
                "utf-16-le"
            };
            let mut i = start;
            while i + 1 < b.len() {
                let u = if be { u16::from_be_bytes([b[i], b[i + 1]]) } else { u16::from_le_bytes([b[i], b[i + 1]]) };
                i += 2;
                if (0xd800..0xdc00).contains(&u) {
                    if i + 1 < b.len() {
                        let v = if be {
                            u16::from_be_bytes([b[i], b[i + 1]])
                        } else {
                            u16::from_le_bytes([b[i], b[i + 1]])
                        };
                        if (0xdc00..0xe000).contains(&v) {
                            i += 2;
                            push_cp(&mut out, 0x10000 + (((u as u32) - 0xd800) << 10) + (v as u32 - 0xdc00));
                            continue;
                        }
                        bad(codec, &mut out, i - 2, i, "illegal UTF-16 surrogate")?;
                        continue;
                    }
                    bad(codec, &mut out, i - 2, b.len(), "unexpected end of data")?;
                    i = b.len();
                    continue;
                }
                if (0xdc00..0xe000).contains(&u) {
                    bad(codec, &mut out, i - 2, i, "illegal encoding")?;
                    continue;
                }
                push_cp(&mut out, u as u32);
            }
            if i < b.len() {
                bad(codec, &mut out, i, b.len(), "truncated data")?;
            }
        }
        "utf32" | "utf32le" | "utf32be" => {
            let mut be = name == "utf32be";
            let mut start = 0;
            if name == "utf32" && b.len() >= 4 {
                if b[..4] == [0xff, 0xfe, 0, 0] {
                    start = 4;
                } else if b[..4] == [0, 0, 0xfe, 0xff] {
                    start = 4;
                    be = true;
                }
            }
            let codec = if name == "utf32" {
                "utf32"
            } else if be {
                "utf-32-be"
            } else {
                "utf-32-le"
            };
            let mut i = start;
            while i + 3 < b.len() {
                let w = [b[i], b[i + 1], b[i + 2], b[i + 3]];
                let c = if be { u32::from_be_bytes(w) } else { u32::from_le_bytes(w) };
                if c > 0x10ffff {
                    bad(codec, &mut out, i, i + 4, "codepoint not in range(0x110000)")?;
                } else {
                    push_cp(&mut out, c);
                }
                i += 4;
            }
            if i < b.len() {
                bad(codec, &mut out, i, b.len(), "truncated data")?;
            }
        }
        "unicode_escape" | "raw_unicode_escape" => {
            let trailing = b.iter().rev().take_while(|&&c| c == b'\\').count();
            if name == "unicode_escape" && trailing % 2 == 1 {
                return Err(decode_error("unicodeescape", b, b.len() - 1, b.len(), "\\ at end of string"));
            }
            // A byte past ASCII is a latin-1 code point, but the escape
            // reader takes UTF-8 source text: widen those bytes first.
            // (Error positions after such a byte are off by the widening.)
            if !b.is_ascii() {
                let mut wide = Vec::with_capacity(b.len() * 2);
                for &c in b {
                    push_cp(&mut wide, c as u32);
                }
                return super::str_format::transcode(&wide, name.as_bytes(), errors, false);
            }
            return super::str_format::transcode(b, name.as_bytes(), errors, false);
        }
        _ => {
            return Err(PyErr::new(ExcKind::LookupError, format!("unknown encoding: {}", String::from_utf8_lossy(enc))))
        }
    }
    Ok(out)
}

/// The implicit str -> unicode conversion (the default encoding, ascii).
pub fn coerce_str(b: &[u8]) -> PyResult<Vec<u8>> {
    decode(b, b"ascii", b"strict")
}

/// The text of a str or unicode operand for mixed operations: str is
/// decoded as ASCII. `None` for other types.
pub fn text_of(v: &Value) -> PyResult<Option<Arc<PyStr>>> {
    Ok(match v {
        Value::Str(s) => {
            if s.as_bytes().is_ascii() {
                Some(s.clone())
            } else {
                Some(Arc::new(PyStr::new(coerce_str(s.as_bytes())?)))
            }
        }
        _ => as_unicode(v).cloned(),
    })
}

pub fn char_of(c: u32) -> Option<char> {
    char::from_u32(c)
}

/// Compares two code point sequences held as UTF-8 (byte order is code point order).
pub fn order(a: &[u8], b: &[u8]) -> std::cmp::Ordering {
    a.cmp(b)
}

/// `%` arguments that make a str format's result unicode.
pub fn has_unicode_arg(args: &Value) -> bool {
    match args {
        Value::Tuple(t) => t.items.iter().any(is_unicode),
        v => is_unicode(v),
    }
}

/// Comparison where one side is unicode: str is decoded as ASCII. None when
/// the other side is not text (or a str that is not ASCII, for == / !=,
/// where CPython warns and answers "unequal").
pub fn compare(op: crate::syntax::ast::CmpOp, a: &Value, b: &Value) -> PyResult<Option<std::cmp::Ordering>> {
    use crate::syntax::ast::CmpOp;
    let eqish = matches!(op, CmpOp::Eq | CmpOp::NotEq);
    let side = |v: &Value| -> PyResult<Option<Arc<PyStr>>> {
        match v {
            Value::Str(s) if eqish && !s.as_bytes().is_ascii() => Ok(None),
            _ => text_of(v),
        }
    };
    let (Some(x), Some(y)) = (side(a)?, side(b)?) else { return Ok(None) };
    Ok(Some(order(x.as_bytes(), y.as_bytes())))
}
