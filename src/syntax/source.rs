//! Source encodings (PEP 263): the coding declaration or UTF-8 BOM of a
//! source, turning its bytes into the UTF-8 text the lexer reads, and the
//! way back for plain string literals, which keep the bytes of the declared
//! encoding (CPython decodes the source, then re-encodes `'...'` literals).
//!
//! Codecs beyond UTF-8 and latin-1 live in Python (`encodings`): for those
//! `plan` answers `Plan::Codec` and the VM (`vm::source`) decodes.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::Arc;

use super::lexer::{decode_string, StrLit};

/// Where source bytes come from: CPython treats them differently.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Origin<'a> {
    /// A file (module, script, `execfile`): undeclared non-ASCII is an error.
    File(&'a str),
    /// A str given to `compile`/`exec`/`eval`, `-c`: undeclared bytes pass
    /// through (u'' literals read them as latin-1).
    Str,
}

/// An encoding error found before parsing: `line` is 0 for strings.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EncodingError {
    pub msg: String,
    pub line: u32,
}

fn err(msg: String, line: u32) -> EncodingError {
    EncodingError { msg, line }
}

/// How literal bodies of the UTF-8 text map back to source bytes.
#[derive(Debug)]
pub enum Recode {
    /// Every character of the text is one source byte (a latin-1 source, or
    /// undeclared non-ASCII bytes in a string).
    Latin1,
    /// As `Latin1`, but u'' literals are read as UTF-8: a source declared
    /// UTF-8 that is not valid UTF-8 (CPython reads such sources raw).
    RawUtf8,
    /// The bytes each non-ASCII character has in the declared codec.
    Map(HashMap<char, Vec<u8>>),
}

impl Recode {
    /// The source bytes of a piece of UTF-8 text.
    fn to_source(&self, body: &[u8]) -> Vec<u8> {
        let text = String::from_utf8_lossy(body);
        let mut out = Vec::with_capacity(body.len());
        for c in text.chars() {
            match self {
                Recode::Latin1 | Recode::RawUtf8 => out.push(c as u32 as u8),
                Recode::Map(m) => match m.get(&c) {
                    Some(b) => out.extend_from_slice(b),
                    None => out.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes()),
                },
            }
        }
        out
    }

    /// A line of the text as CPython shows it in a SyntaxError: the raw
    /// bytes for sources it reads raw, the UTF-8 text for decoded ones.
    pub fn raw_text(&self, line: &str) -> Vec<u8> {
        match self {
            Recode::Latin1 | Recode::RawUtf8 => self.to_source(line.as_bytes()),
            Recode::Map(_) => line.as_bytes().to_vec(),
        }
    }

    /// Decodes a non-ASCII literal body (UTF-8 text).
    pub fn literal(&self, body: &[u8], raw: bool, unicode: bool) -> StrLit {
        if !unicode {
            return decode_string(&self.to_source(body), raw, false);
        }
        if !matches!(self, Recode::RawUtf8) {
            return decode_string(body, raw, true);
        }
        let bytes = self.to_source(body);
        // Python 2's UTF-8 takes encoded surrogates too.
        if let Ok(text) = crate::object::unicode::decode(&bytes, b"utf8", b"strict") {
            return decode_string(&text, raw, true);
        }
        match std::str::from_utf8(&bytes) {
            Ok(_) => decode_string(&bytes, raw, true),
            Err(e) => {
                // CPython decodes each run of non-ASCII bytes on its own.
                let bad = e.valid_up_to();
                let run = bytes[..bad].iter().rposition(|b| b.is_ascii()).map_or(0, |p| p + 1);
                let pos = bad - run;
                let reason = match e.error_len() {
                    None => "unexpected end of data",
                    Some(_) if (0xc2..=0xf4).contains(&bytes[bad]) => "invalid continuation byte",
                    Some(_) => "invalid start byte",
                };
                let msg = format!(
                    "(unicode error) 'utf8' codec can't decode byte 0x{:02x} in position {}: {}",
                    bytes[bad], pos, reason
                );
                StrLit { bytes: Vec::new(), unicode: true, error: Some(msg) }
            }
        }
    }
}

/// What to do with a source.
pub enum Plan<'a> {
    /// The text to parse, and how literals recode (None: keep UTF-8).
    Ready(Cow<'a, str>, Option<Arc<Recode>>),
    /// The source declares this codec (CPython's normal name); the bytes
    /// (BOM-free) need Python's codecs.
    Codec(String, &'a [u8]),
}

/// CPython's `get_normal_name`: the spellings of utf-8 and latin-1 it knows
/// become "utf-8" / "iso-8859-1"; other names are kept as written.
pub fn normal_name(name: &str) -> String {
    let low: String = name.chars().take(12).map(|c| if c == '_' { '-' } else { c.to_ascii_lowercase() }).collect();
    if low == "utf-8" || low.starts_with("utf-8-") {
        return "utf-8".into();
    }
    let latin = ["latin-1", "iso-8859-1", "iso-latin-1"];
    if latin.iter().any(|l| low == *l || (low.starts_with(l) && low.as_bytes().get(l.len()) == Some(&b'-'))) {
        return "iso-8859-1".into();
    }
    name.to_string()
}

/// The coding declaration of one line, if the line is a comment holding one;
/// `Err(())` when the line has code (so line 2 is not looked at).
fn line_coding(line: &[u8]) -> Result<Option<String>, ()> {
    let start = line.iter().position(|&b| !matches!(b, b' ' | b'\t' | b'\x0c'));
    match start.map(|i| line[i]) {
        None | Some(b'\n' | b'\r') => return Ok(None),
        Some(b'#') => {}
        Some(_) => return Err(()),
    }
    let mut i = start.unwrap_or(0);
    while i + 6 < line.len() {
        if &line[i..i + 6] == b"coding" && matches!(line[i + 6], b':' | b'=') {
            let mut j = i + 7;
            while j < line.len() && matches!(line[j], b' ' | b'\t') {
                j += 1;
            }
            let begin = j;
            while j < line.len() && (line[j].is_ascii_alphanumeric() || matches!(line[j], b'-' | b'_' | b'.')) {
                j += 1;
            }
            if j > begin {
                return Ok(Some(normal_name(&String::from_utf8_lossy(&line[begin..j]))));
            }
        }
        i += 1;
    }
    Ok(None)
}

/// The coding declared on line 1, or on line 2 after a blank or comment line.
pub fn declared(src: &[u8]) -> Option<String> {
    let mut lines = src.split_inclusive(|&b| b == b'\n');
    match line_coding(lines.next()?) {
        Ok(Some(name)) => Some(name),
        Ok(None) => line_coding(lines.next()?).ok().flatten(),
        Err(()) => None,
    }
}

/// Each byte as the character of the same number.
pub fn latin1_text(bytes: &[u8]) -> String {
    bytes.iter().map(|&b| b as char).collect()
}

/// Decides how to read source bytes: the common cases (ASCII, UTF-8,
/// latin-1, undeclared) are settled here, others go to the VM's codecs.
pub fn plan<'a>(src: &'a [u8], origin: Origin) -> Result<Plan<'a>, EncodingError> {
    let line0 = |n: u32| if matches!(origin, Origin::File(_)) { n } else { 0 };
    let (bom, body) = match src.strip_prefix(b"\xef\xbb\xbf") {
        Some(rest) => (true, rest),
        None => (false, src),
    };
    let name = declared(body);
    if bom && name.as_deref().is_some_and(|n| n != "utf-8") {
        return Err(err(format!("encoding problem: {} with BOM", name.unwrap_or_default()), line0(1)));
    }
    let utf8 = |body: &'a [u8]| match std::str::from_utf8(body) {
        Ok(s) => Plan::Ready(Cow::Borrowed(s), None),
        Err(_) => Plan::Ready(Cow::Owned(latin1_text(body)), Some(Arc::new(Recode::RawUtf8))),
    };
    if bom {
        return Ok(utf8(body));
    }
    match name.as_deref() {
        None => {
            if body.is_ascii() {
                // ASCII (the common case) is already UTF-8: no copy.
                return Ok(Plan::Ready(Cow::Borrowed(std::str::from_utf8(body).unwrap_or_default()), None));
            }
            if let Origin::File(filename) = origin {
                let at = body.iter().position(|b| !b.is_ascii()).unwrap_or(0);
                let line = body[..at].iter().filter(|&&b| b == b'\n').count() + 1;
                return Err(err(
                    format!(
                        "Non-ASCII character '\\x{:02x}' in file {} on line {}, but no encoding declared; \
                         see http://python.org/dev/peps/pep-0263/ for details",
                        body[at], filename, line
                    ),
                    line as u32,
                ));
            }
            Ok(Plan::Ready(Cow::Owned(latin1_text(body)), Some(Arc::new(Recode::Latin1))))
        }
        Some("utf-8") => Ok(utf8(body)),
        Some("iso-8859-1") => {
            if body.is_ascii() {
                return Ok(Plan::Ready(Cow::Borrowed(std::str::from_utf8(body).unwrap_or_default()), None));
            }
            Ok(Plan::Ready(Cow::Owned(latin1_text(body)), Some(Arc::new(Recode::Latin1))))
        }
        Some(other) => Ok(Plan::Codec(other.to_string(), body)),
    }
}

/// The error of a unicode source that declares an encoding.
pub const UNICODE_DECLARED: &str = "encoding declaration in Unicode string";

/// A unicode source (`compile(u'...')`): already text, but a coding
/// declaration in it is refused.
pub fn check_unicode(src: &str) -> Result<(), EncodingError> {
    match declared(src.as_bytes()) {
        Some(_) => Err(err(UNICODE_DECLARED.into(), 0)),
        None => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn declarations() {
        assert_eq!(declared(b"# -*- coding: latin-1 -*-\n"), Some("iso-8859-1".into()));
        assert_eq!(declared(b"#!/bin/py\n# vim: set fileencoding=koi8-r :\n"), Some("koi8-r".into()));
        assert_eq!(declared(b"x = 1 # coding: latin-1\n"), None);
        assert_eq!(declared(b"x = 1\n# coding: latin-1\n"), None);
        assert_eq!(declared(b"\n\n# coding: latin-1\n"), None);
        assert_eq!(declared(b"#coding:UTF_8\n"), Some("utf-8".into()));
        assert_eq!(declared(b"#coding:utf8\n"), Some("utf8".into()));
    }

    #[test]
    fn plans() {
        assert!(matches!(plan(b"x = 1\n", Origin::Str), Ok(Plan::Ready(Cow::Borrowed(_), None))));
        let e = plan(b"x = 1\ny = '\xe9'\n", Origin::File("m.py")).err().map(|e| e.line);
        assert_eq!(e, Some(2));
        assert!(matches!(plan(b"#coding: cp1252\n", Origin::Str), Ok(Plan::Codec(..))));
        let e = plan(b"\xef\xbb\xbf#coding: fake\n", Origin::Str).err().map(|e| e.msg);
        assert_eq!(e.as_deref(), Some("encoding problem: fake with BOM"));
    }
}
