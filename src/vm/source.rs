//! Source bytes to parseable text (PEP 263): `syntax::source` settles the
//! common encodings; a declared codec beyond those is looked up and run
//! through Python's `codecs`, and the errors are the SyntaxErrors CPython
//! raises (a file's on the line at fault, a string's on line 0).

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::Arc;

use super::Vm;
use crate::object::{Dict, ExcKind, PyErr, PyResult, PyStr, Value};
use crate::syntax::source::{plan, EncodingError, Origin, Plan, Recode, UNICODE_DECLARED};
use crate::syntax::Recoder;

/// The SyntaxError of an encoding problem: no caret and no text.
pub fn encoding_error(e: &EncodingError, filename: &str) -> PyErr {
    // The refusal of a declaration in unicode comes from CPython's compiler,
    // which gives no offset; the tokenizer's errors have offset 0.
    let offset = if e.msg == UNICODE_DECLARED { Value::None } else { Value::Int(0) };
    let details = Value::tuple(vec![Value::str(filename), Value::Int(i64::from(e.line)), offset.clone(), Value::None]);
    let err = PyErr::with_args(ExcKind::SyntaxError, vec![Value::str(&e.msg), details]);
    if let Value::Instance(i) = err.value() {
        i.dict.set_str("msg", Value::str(&e.msg));
        i.dict.set_str("filename", Value::str(filename));
        i.dict.set_str("lineno", Value::Int(i64::from(e.line)));
        i.dict.set_str("offset", offset);
        i.dict.set_str("text", Value::None);
        i.dict.set_str("print_file_and_line", Value::None);
    }
    err
}

impl Vm {
    /// Turns source bytes into text and the way its literals recode;
    /// `file` says whether they were read from a file (named `filename`).
    pub fn decode_source<'a>(
        &mut self,
        src: &'a [u8],
        filename: &str,
        file: bool,
    ) -> PyResult<(Cow<'a, str>, Recoder)> {
        let origin = if file { Origin::File(filename) } else { Origin::Str };
        match plan(src, origin).map_err(|e| encoding_error(&e, filename))? {
            Plan::Ready(text, recode) => Ok((text, recode)),
            Plan::Codec(name, body) => {
                let (text, map) = self.decode_with_codec(&name, body, filename, file)?;
                Ok((Cow::Owned(text), Some(Arc::new(Recode::Map(map)))))
            }
        }
    }

    /// Compiles the main program's source (a file's, or `-c`'s when not `file`).
    pub fn compile_main(&mut self, src: &[u8], filename: &str, file: bool) -> PyResult<Arc<crate::object::Code>> {
        let (text, recode) = self.decode_source(src, filename, file)?;
        self.compile_text(&text, filename, recode)
    }

    /// The text of a str (read in its declared encoding) or unicode source
    /// given to `compile`, `exec` or `eval`; None for other objects.
    pub fn dynamic_source(&mut self, v: &Value, filename: &str) -> PyResult<Option<(String, Recoder)>> {
        if let Value::Str(s) = v {
            let (text, recode) = self.decode_source(s.as_bytes(), filename, false)?;
            return Ok(Some((text.into_owned(), recode)));
        }
        let Some(u) = crate::object::unicode::as_unicode(v) else { return Ok(None) };
        let text = u.to_string_lossy();
        if crate::syntax::source::declared(text.as_bytes()).is_none() {
            return Ok(Some((text, None)));
        }
        // CPython decodes the UTF-8 of the text as declared, parses, and
        // only then refuses the declaration: errors come in that order.
        let (decoded, recode) = self.decode_source(text.as_bytes(), filename, false)?;
        if crate::syntax::parse_module(&decoded).is_err() {
            return Ok(Some((decoded.into_owned(), recode)));
        }
        self.check_unicode_source(&text, filename)?;
        Ok(Some((text, None)))
    }

    /// A unicode source (`compile(u'...')`, `exec u'...'`): its text, which
    /// must not declare an encoding.
    pub fn check_unicode_source(&mut self, src: &str, filename: &str) -> PyResult<()> {
        crate::syntax::source::check_unicode(src).map_err(|e| encoding_error(&e, filename))
    }

    /// Decodes with a codec of Python's `codecs`; also gives the bytes each
    /// non-ASCII character of the text has in that codec.
    fn decode_with_codec(
        &mut self,
        name: &str,
        body: &[u8],
        filename: &str,
        file: bool,
    ) -> PyResult<(String, HashMap<char, Vec<u8>>)> {
        let fail = |msg: String, line: u32| encoding_error(&EncodingError { msg, line }, filename);
        let codecs = self.import_module("codecs", &Dict::new())?;
        let lookup = self.getattr(&codecs, &PyStr::from_str("lookup"))?;
        if let Err(e) = self.call(&lookup, vec![Value::str(name)]) {
            if !e.matches(ExcKind::LookupError) {
                return Err(e);
            }
            return Err(if file {
                fail(format!("encoding problem: {}", name), 1)
            } else {
                fail(format!("unknown encoding: {}", name), 0)
            });
        }
        let decoded = match self.codec_call(Value::bytes(body.to_vec()), "decode", name) {
            Ok(v) => v,
            Err(e) if !file => return Err(fail(self.message_of(&e), 0)),
            Err(e) => {
                // A file is decoded line by line in CPython: the error names
                // the line and the position in it.
                let mut at = (self.message_of(&e), 1);
                for (n, line) in body.split_inclusive(|&b| b == b'\n').enumerate() {
                    if let Err(e) = self.codec_call(Value::bytes(line.to_vec()), "decode", name) {
                        at = (self.message_of(&e), n as u32 + 1);
                        break;
                    }
                }
                return Err(fail(at.0, at.1));
            }
        };
        let Some(u) = crate::object::unicode::as_unicode(&decoded) else {
            let lines = body.split_inclusive(|&b| b == b'\n').count() as u32;
            return Err(if file {
                fail("codec did not return a unicode object".into(), lines.max(1))
            } else {
                fail(format!("decoder did not return an unicode object (type={})", decoded.type_name()), 0)
            });
        };
        let text = u.to_string_lossy();
        let mut map = HashMap::new();
        for c in text.chars().filter(|c| !c.is_ascii()) {
            if map.contains_key(&c) {
                continue;
            }
            let one = crate::object::unicode::from_str(c.encode_utf8(&mut [0; 4]));
            if let Ok(Value::Str(b)) = self.codec_call(one, "encode", name) {
                map.insert(c, b.as_bytes().to_vec());
            }
        }
        Ok((text, map))
    }

    /// `value.method(codec)`.
    fn codec_call(&mut self, value: Value, method: &str, codec: &str) -> PyResult {
        let f = self.getattr(&value, &PyStr::from_str(method))?;
        self.call(&f, vec![Value::str(codec)])
    }

    /// The text `str(exception)` gives.
    fn message_of(&mut self, e: &PyErr) -> String {
        match self.to_str(e.value()) {
            Ok(s) => s.to_string_lossy(),
            Err(_) => String::new(),
        }
    }
}
