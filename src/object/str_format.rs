//! The glue between values and `crate::text`: `str % args`, `format(v, spec)`
//! and `str.format(*args, **kwargs)`, with CPython 2.7's conversions and
//! errors; also the codecs behind `str.encode` / `str.decode`.

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use super::function::KwArgs;
use super::{ExcKind, PyErr, PyResult, PyStr, Value};
use crate::text::{
    self, Accessor, AutoNumber, Count, FieldKey, FormatPiece, PercentFlags, PercentFormat, PercentPiece, PercentSpec,
};
use crate::vm::Vm;

/// An exception of `kind` whose message may carry bytes >= 0x80 as chars U+0080..U+00FF.
pub(crate) fn text_err(kind: ExcKind, msg: &str) -> PyErr {
    PyErr::with_args(kind, vec![Value::bytes(text::error_bytes(msg))])
}

/// An error message from `crate::text`, raised with the right exception class.
pub(crate) fn text_error(msg: &str) -> PyErr {
    let kind = match text::error_kind(msg) {
        "OverflowError" => ExcKind::OverflowError,
        // Bare, as CPython's PyErr_NoMemory: no args.
        "MemoryError" => return crate::object::alloc::memory_error(),
        _ => ExcKind::ValueError,
    };
    text_err(kind, msg)
}

fn type_err(msg: impl Into<String>) -> PyErr {
    PyErr::new(ExcKind::TypeError, msg)
}

// ----- `%` formatting -----

/// The argument cursor of `PyString_Format`: `arglen < 0` means one
/// non-tuple argument (`single`), which `argidx == -2` has not consumed yet.
struct PctArgs {
    single: Value,
    /// The argument tuple, shared (not copied: `"%s-%d" % (s, i)`).
    items: Option<std::sync::Arc<super::Tuple>>,
    arglen: i64,
    argidx: i64,
}

impl PctArgs {
    fn next(&mut self) -> PyResult {
        if self.argidx < self.arglen {
            self.argidx += 1;
            if self.arglen < 0 {
                return Ok(self.single.clone());
            }
            let i = usize::try_from(self.argidx - 1).unwrap_or(usize::MAX);
            if let Some(v) = self.items.as_ref().and_then(|t| t.items.get(i)) {
                return Ok(v.clone());
            }
        }
        Err(type_err("not enough arguments for format string"))
    }

    /// A `*` width or precision (a precision must fit a C int).
    fn star(&mut self, precision: bool) -> PyResult<i64> {
        let v = self.next()?;
        let n = match base_value(&v) {
            Value::Int(i) => i,
            Value::Bool(b) => i64::from(b),
            _ => return Err(type_err("* wants int")),
        };
        if precision && i32::try_from(n).is_err() {
            return Err(PyErr::new(ExcKind::OverflowError, "Python int too large to convert to C int"));
        }
        Ok(n)
    }

    /// The value looked up for a `%(key)` becomes the one pending argument.
    fn set_single(&mut self, v: Value) {
        self.single = v;
        self.arglen = -1;
        self.argidx = -2;
    }
}

/// The built-in value inside an instance of a subclass of a built-in type.
fn base_value(v: &Value) -> Value {
    match v {
        Value::Instance(i) if !i.base.is_none() => i.base.clone(),
        _ => v.clone(),
    }
}

/// Whether `%` treats the right operand as a mapping (it has `__getitem__`
/// and is neither a tuple nor a string).
fn is_mapping(v: &Value) -> bool {
    match v {
        Value::Dict(_) | Value::List(_) => true,
        Value::Instance(i) => match i.base {
            Value::Dict(_) | Value::List(_) => true,
            Value::Tuple(_) | Value::Str(_) => false,
            _ => i.class().lookup_str("__getitem__").is_some(),
        },
        _ => false,
    }
}

/// Formats parsed lately, per thread. A program formats with the same few
/// literal formats over and over, and parsing one (a `Vec` per piece,
/// ~1,700 instructions for `"%s-%d-%05d:%x"`) cost more than the
/// formatting itself. A slot is picked by the bytes' address (a literal's
/// stays put) and hits only when the bytes are equal, so a reused address
/// with other contents just parses again.
const PCT_SLOTS: usize = 16;
type ParsedSlot = Option<(Box<[u8]>, std::rc::Rc<[PercentPiece]>)>;
thread_local! {
    static PCT_CACHE: std::cell::RefCell<[ParsedSlot; PCT_SLOTS]> =
        const { std::cell::RefCell::new([const { None }; PCT_SLOTS]) };
}

/// The pieces of `fmt`, from the per-thread cache when it was parsed lately.
fn parsed_percent(fmt: &[u8]) -> std::rc::Rc<[PercentPiece]> {
    // Long formats (built at run time, rarely reused) are not kept.
    if fmt.len() > 200 {
        return text::parse_percent(fmt).into();
    }
    let slot = ((fmt.as_ptr() as usize >> 3) ^ fmt.len()) % PCT_SLOTS;
    let hit = PCT_CACHE.try_with(|c| match &c.borrow()[slot] {
        Some((k, p)) if **k == *fmt => Some(p.clone()),
        _ => None,
    });
    if let Ok(Some(p)) = hit {
        return p;
    }
    let p: std::rc::Rc<[PercentPiece]> = text::parse_percent(fmt).into();
    let _ = PCT_CACHE.try_with(|c| c.borrow_mut()[slot] = Some((fmt.into(), p.clone())));
    p
}

/// Appends `i` in decimal (`%d` of a machine int, without `core::fmt`).
fn push_decimal(out: &mut Vec<u8>, i: i64) {
    let mut buf = [0u8; 20];
    let mut n = i.unsigned_abs();
    let mut at = buf.len();
    loop {
        at -= 1;
        buf[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    if i < 0 {
        out.push(b'-');
    }
    out.extend_from_slice(&buf[at..]);
}

/// `fmt % args`
pub fn percent_format(vm: &mut Vm, fmt: &[u8], args: &Value) -> PyResult {
    percent_format_mode(vm, fmt, args, false)
}

/// `fmt % args` where `unicode` says whether the result is unicode (its
/// UTF-8 text): then %s, %r and %c make code points and widths count them.
pub fn percent_format_mode(vm: &mut Vm, fmt: &[u8], args: &Value, unicode: bool) -> PyResult {
    match percent_core(vm, fmt, args, unicode)? {
        Some(v) => Ok(v),
        // A str format met `%s` or `%c` of a unicode value: as in 2.7 the
        // result is unicode, so the whole format runs again in unicode mode
        // (`%r` of unicode alone keeps a str result).
        None => super::unicode_methods::percent_str(vm, fmt, args),
    }
}

/// The formatting itself; `None` when a str format must turn unicode.
fn percent_core(vm: &mut Vm, fmt: &[u8], args: &Value, unicode: bool) -> PyResult<Option<Value>> {
    let (items, arglen, argidx) = match base_value(args) {
        Value::Tuple(t) => {
            let n = i64::try_from(t.items.len()).unwrap_or(i64::MAX);
            (Some(t), n, 0)
        }
        _ => (None, -1, -2),
    };
    let dict = if arglen < 0 && is_mapping(args) { Some(args.clone()) } else { None };
    let mut st = PctArgs { single: args.clone(), items, arglen, argidx };
    let mut out: Vec<u8> = Vec::with_capacity(fmt.len() + 16);
    for piece in parsed_percent(fmt).iter() {
        match piece {
            PercentPiece::Literal(b) => crate::object::alloc::extend(&mut out, b)?,
            PercentPiece::Spec(spec) => {
                if let Some(key) = &spec.key {
                    let Some(d) = &dict else {
                        return Err(type_err("format requires a mapping"));
                    };
                    // A unicode format's non-ASCII key is a unicode key.
                    let k = if unicode && !key.is_ascii() {
                        crate::object::unicode::from_utf8(key.clone())
                    } else {
                        Value::bytes(key.clone())
                    };
                    let v = vm.getitem(d, &k)?;
                    st.set_single(v);
                }
                if !unicode
                    && spec.width == Count::Absent
                    && spec.precision == Count::Absent
                    && spec.flags == PercentFlags::default()
                    && matches!(spec.conv, b's' | b'd' | b'i' | b'u')
                {
                    // Plain `%s` of a str and `%d` of an int, the common
                    // cases, go straight into the output.
                    let v = st.next()?;
                    if spec.conv == b's' && crate::object::unicode::is_unicode(&v) {
                        return Ok(None);
                    }
                    match (&v, spec.conv) {
                        (Value::Str(s), b's') => crate::object::alloc::extend(&mut out, s.as_bytes())?,
                        (Value::Int(i), b'd' | b'i' | b'u') => push_decimal(&mut out, *i),
                        _ => {
                            let f = spec.resolve(None, None);
                            crate::object::alloc::extend(&mut out, &pct_convert(vm, spec, &f, &v)?)?;
                        }
                    }
                    if dict.is_some() && st.argidx < st.arglen {
                        return Err(type_err("not all arguments converted during string formatting"));
                    }
                    continue;
                }
                let sw = if spec.width == Count::Star { Some(st.star(false)?) } else { None };
                let sp = if spec.precision == Count::Star { Some(st.star(true)?) } else { None };
                let f = spec.resolve(sw, sp);
                let piece = if spec.conv == b'%' {
                    text::pct_format_str(b"%", &f).map_err(|e| text_error(&e))?
                } else {
                    let v = st.next()?;
                    if !unicode && matches!(spec.conv, b's' | b'c') && crate::object::unicode::is_unicode(&v) {
                        return Ok(None);
                    }
                    match unicode {
                        true => match super::unicode_percent::convert(vm, &f, &v)? {
                            Some(p) => p,
                            None => pct_convert(vm, spec, &f, &v)?,
                        },
                        false => pct_convert(vm, spec, &f, &v)?,
                    }
                };
                crate::object::alloc::extend(&mut out, &piece)?;
                if dict.is_some() && st.argidx < st.arglen && spec.conv != b'%' {
                    return Err(type_err("not all arguments converted during string formatting"));
                }
            }
            PercentPiece::Error(e) => {
                if e.key_paren && dict.is_none() {
                    return Err(type_err("format requires a mapping"));
                }
                if let (Some(key), Some(d)) = (&e.key, &dict) {
                    let v = vm.getitem(d, &Value::bytes(key.clone()))?;
                    st.set_single(v);
                }
                for i in 0..e.stars {
                    st.star(i == 1)?;
                }
                return Err(text_err(ExcKind::ValueError, &e.message));
            }
        }
    }
    if st.argidx < st.arglen && dict.is_none() {
        return Err(type_err("not all arguments converted during string formatting"));
    }
    Ok(Some(Value::bytes(out)))
}

/// Renders one `%` conversion of `v`.
fn pct_convert(vm: &mut Vm, spec: &PercentSpec, f: &PercentFormat, v: &Value) -> PyResult<Vec<u8>> {
    match spec.conv {
        b's' => {
            let s = vm.to_str(v)?;
            text::pct_format_str(s.as_bytes(), f).map_err(|e| text_error(&e))
        }
        b'r' => {
            let s = vm.repr(v)?;
            text::pct_format_str(s.as_bytes(), f).map_err(|e| text_error(&e))
        }
        b'd' | b'i' | b'u' | b'o' | b'x' | b'X' => {
            let c = if spec.conv == b'i' { b'd' } else { spec.conv };
            if let Value::Int(i) = v {
                // The common case without a detour through a big integer.
                return text::pct_format_small_int(*i, f).map_err(|e| text_error(&e));
            }
            match super::pct_long::overridden(vm, v, c)? {
                Some(Ok(n)) => return text::pct_format_int(&n, f, true).map_err(|e| text_error(&e)),
                Some(Err(raw)) => return text::pct_format_str(&raw, f).map_err(|e| text_error(&e)),
                None => {}
            }
            let Some((n, is_long)) = pct_integer(vm, v)? else {
                return Err(type_err(format!("%{} format: a number is required, not {}", c as char, v.type_name())));
            };
            text::pct_format_int(&n, f, is_long).map_err(|e| text_error(&e))
        }
        b'e' | b'E' | b'f' | b'F' | b'g' | b'G' => {
            // Any failure to get a float (a bad __float__ too) reads as 2.7's one message.
            let Ok(Some(x)) = pct_float(vm, v) else {
                return Err(type_err(format!("float argument required, not {}", v.type_name())));
            };
            text::pct_format_float(x, f).map_err(|e| text_error(&e))
        }
        b'c' => {
            let b = pct_char_arg(vm, v)?;
            text::pct_format_str(&[b], f).map_err(|e| text_error(&e))
        }
        _ => Err(text_err(ExcKind::ValueError, &spec.unsupported_error())),
    }
}

/// The integer for `%d` and friends: `None` when `v` is no number.
fn pct_integer(vm: &mut Vm, v: &Value) -> PyResult<Option<(BigInt, bool)>> {
    let num = |x: &Value| -> Option<(BigInt, bool)> {
        match x {
            Value::Int(i) => Some((BigInt::from(*i), false)),
            Value::Bool(b) => Some((BigInt::from(i64::from(*b)), false)),
            Value::Long(b) => Some(((**b).clone(), true)),
            Value::Float(f) if f.get().is_finite() => {
                let n = super::number::float_to_bigint(f.get())?;
                let is_long = n.to_i64().is_none();
                Some((n, is_long))
            }
            _ => None,
        }
    };
    if let Some(r) = num(v) {
        return Ok(Some(r));
    }
    if let Value::Instance(i) = v {
        if !i.base.is_none() {
            return Ok(num(&i.base));
        }
        // As 2.7: any failure of __int__ (even its own exception) makes way for __long__.
        if let Ok(Some(r)) = vm.call_dunder(v, "__int__", vec![]) {
            return Ok(num(&base_value(&r)));
        }
        if let Some(r) = vm.call_dunder(v, "__long__", vec![])? {
            return Ok(num(&base_value(&r)));
        }
    }
    Ok(None)
}

/// The float for `%f` and friends: `None` when `v` has no float value.
fn pct_float(vm: &mut Vm, v: &Value) -> PyResult<Option<f64>> {
    let num = |x: &Value| -> Option<f64> {
        match x {
            Value::Float(f) => Some(f.get()),
            Value::Int(i) => Some(*i as f64),
            Value::Bool(b) => Some(f64::from(u8::from(*b))),
            Value::Long(b) => text::bigint_to_f64(b).ok(),
            _ => None,
        }
    };
    if let Some(x) = num(v) {
        return Ok(Some(x));
    }
    if let Value::Instance(i) = v {
        // A subclass's own __float__ wins over its base value, as in 2.7.
        if let Some(r) = vm.call_dunder(v, "__float__", vec![])? {
            return match base_value(&r) {
                Value::Float(f) => Ok(Some(f.get())),
                _ => Err(type_err("nb_float should return float object")),
            };
        }
        if !i.base.is_none() {
            return Ok(num(&i.base));
        }
    }
    Ok(None)
}

/// The byte for `%c`.
fn pct_char_arg(vm: &mut Vm, v: &Value) -> PyResult<u8> {
    let mut x = base_value(v);
    if let Value::Instance(_) = &x {
        if let Some(r) = vm.call_dunder(&x, "__int__", vec![])? {
            x = base_value(&r);
            if !matches!(x, Value::Int(_) | Value::Bool(_) | Value::Long(_)) {
                return Err(type_err("__int__ method should return an integer"));
            }
        }
    }
    let n = match &x {
        Value::Str(s) => {
            return match s.as_bytes() {
                [b] => Ok(*b),
                _ => Err(type_err("%c requires int or char")),
            }
        }
        Value::Float(_) => return Err(type_err("integer argument expected, got float")),
        Value::Int(i) => BigInt::from(*i),
        Value::Bool(b) => BigInt::from(i64::from(*b)),
        Value::Long(b) => (**b).clone(),
        _ => return Err(type_err("an integer is required")),
    };
    text::pct_char(&n).map_err(|e| text_error(&e))
}

// ----- format(value, spec) -----

/// `format(value, spec)`
pub fn format_value(vm: &mut Vm, v: &Value, spec: &[u8]) -> PyResult {
    let r = format_bytes(vm, v, spec)?;
    if crate::object::unicode::is_unicode(v) {
        return Ok(crate::object::unicode::from_utf8(r));
    }
    Ok(Value::bytes(r))
}

/// `format(value, spec)` as bytes.
pub(crate) fn format_bytes(vm: &mut Vm, v: &Value, spec: &[u8]) -> PyResult<Vec<u8>> {
    let r = match v {
        Value::Int(i) => text::format_int(&BigInt::from(*i), spec, "int"),
        Value::Bool(b) => text::format_int(&BigInt::from(i64::from(*b)), spec, "bool"),
        Value::Long(b) => text::format_int(b, spec, "long"),
        Value::Float(f) => text::format_float(f.get(), spec),
        // The plain copy may be huge: MemoryError rather than an abort.
        Value::Str(s) if spec.is_empty() => return super::bytearray::copy_bytes(s.as_bytes()),
        Value::Str(s) => text::format_str(s.as_bytes(), spec),
        Value::Other(o) if matches!(&**o, crate::object::Object::Unicode(_)) => {
            let u = crate::object::unicode::as_unicode(v).map(|u| u.as_bytes().to_vec()).unwrap_or_default();
            text::format_unicode(&u, spec)
        }
        Value::Other(o) if matches!(&**o, crate::object::Object::Complex(_)) => {
            let c = crate::object::complex::as_complex(v).unwrap_or(crate::object::complex::Complex::new(0.0, 0.0));
            if spec.is_empty() {
                return Ok(vm.to_str(v)?.as_bytes().to_vec());
            }
            crate::object::complex::format(c, spec)
        }
        Value::Instance(i) => {
            let spec_v = Value::bytes(spec.to_vec());
            if let Some(r) = vm.call_dunder(v, "__format__", vec![spec_v])? {
                return match base_value(&r) {
                    Value::Str(s) => Ok(s.as_bytes().to_vec()),
                    u if crate::object::unicode::is_unicode(&u) => {
                        Ok(crate::object::unicode::as_unicode(&u).map(|t| t.as_bytes().to_vec()).unwrap_or_default())
                    }
                    _ => Err(type_err(format!(
                        "{}.__format__ must return string or unicode, not {}",
                        v.type_name(),
                        r.type_name()
                    ))),
                };
            }
            let base = i.base.clone();
            if matches!(base, Value::Int(_) | Value::Bool(_) | Value::Long(_) | Value::Float(_) | Value::Str(_)) {
                if spec.is_empty() {
                    return Ok(vm.to_str(v)?.as_bytes().to_vec());
                }
                return format_bytes(vm, &base, spec);
            }
            if base.is_none() {
                object_format_warning(vm, spec)?;
            }
            let s = vm.to_str(v)?;
            text::format_str(s.as_bytes(), spec)
        }
        _ => {
            object_format_warning(vm, spec)?;
            let s = vm.to_str(v)?;
            text::format_str(s.as_bytes(), spec)
        }
    };
    r.map_err(|e| text_error(&e))
}

/// 2.7's object.__format__ (issue 7994): a non-empty spec formats
/// str(self), which is rarely meant, and is pending deprecation.
pub(crate) fn object_format_warning(vm: &mut Vm, spec: &[u8]) -> PyResult<()> {
    if spec.is_empty() {
        return Ok(());
    }
    crate::modules::py3k::warn_as(
        vm,
        "object.__format__ with a non-empty format string is deprecated",
        crate::object::ExcKind::PendingDeprecationWarning,
    )
}

// ----- str.format -----

/// `fmt.format(*args, **kwargs)`
pub fn str_format(vm: &mut Vm, fmt: &[u8], args: &[Value], kwargs: &KwArgs) -> PyResult {
    let mut auto = AutoNumber::new();
    let out = render(vm, fmt, args, kwargs, text::FORMAT_MAX_DEPTH, &mut auto, true)?;
    Ok(Value::bytes(out))
}

/// `unicode.format`: as `str_format`, but unicode fields stay text (the
/// caller makes the result unicode).
pub fn unicode_format(vm: &mut Vm, fmt: &[u8], args: &[Value], kwargs: &KwArgs) -> PyResult<Vec<u8>> {
    let mut auto = AutoNumber::new();
    render(vm, fmt, args, kwargs, text::FORMAT_MAX_DEPTH, &mut auto, false)
}

/// Renders a format string (or a nested spec) at a recursion depth.
fn render(
    vm: &mut Vm,
    fmt: &[u8],
    args: &[Value],
    kwargs: &KwArgs,
    depth: u32,
    auto: &mut AutoNumber,
    into_str: bool,
) -> PyResult<Vec<u8>> {
    if depth == 0 {
        return Err(PyErr::new(ExcKind::ValueError, text::FORMAT_RECURSION_ERROR));
    }
    let mut out = Vec::with_capacity(fmt.len() + 16);
    for piece in text::parse_format_string(fmt) {
        let field = match piece {
            FormatPiece::Literal(b) => {
                crate::object::alloc::extend(&mut out, &b)?;
                continue;
            }
            FormatPiece::Error(e) => return Err(text_err(ExcKind::ValueError, &e)),
            FormatPiece::Field(f) => f,
        };
        let key = auto.resolve(&field.first).map_err(|e| text_err(ExcKind::ValueError, &e))?;
        let mut obj = match key {
            FieldKey::Index(i) => {
                args.get(i).cloned().ok_or_else(|| PyErr::new(ExcKind::IndexError, "tuple index out of range"))?
            }
            FieldKey::Name(n) => match kwargs.iter().find(|(k, _)| k.as_bytes() == n.as_slice()) {
                Some((_, v)) => v.clone(),
                None => return Err(PyErr::with_args(ExcKind::KeyError, vec![Value::bytes(n)])),
            },
        };
        for acc in &field.accessors {
            obj = match acc {
                Accessor::Attr(name) => vm.getattr(&obj, &PyStr::new(name.clone()))?,
                Accessor::Index(i) => {
                    let k = i64::try_from(*i).unwrap_or(i64::MAX);
                    vm.getitem(&obj, &Value::Int(k))?
                }
                Accessor::Key(k) => vm.getitem(&obj, &Value::bytes(k.clone()))?,
            };
        }
        if let Some(e) = &field.accessor_error {
            return Err(text_err(ExcKind::ValueError, e));
        }
        obj = match field.conversion {
            None => obj,
            Some(b'r') => Value::Str(vm.repr(&obj)?),
            Some(b's') => Value::Str(vm.to_str(&obj)?),
            Some(c) => return Err(text_err(ExcKind::ValueError, &text::conversion_error(c))),
        };
        let spec = if field.spec_has_fields {
            render(vm, &field.spec, args, kwargs, depth - 1, auto, into_str)?
        } else {
            field.spec
        };
        let mut piece = format_bytes(vm, &obj, &spec)?;
        if into_str && !piece.is_ascii() && crate::object::unicode::is_unicode(&obj) {
            // str.format makes a unicode field str with the default
            // encoding (ASCII), as CPython 2 does.
            piece = crate::object::unicode::encode(&piece, b"ascii", b"strict")?;
        }
        crate::object::alloc::extend(&mut out, &piece)?;
    }
    Ok(out)
}

// ----- encode / decode -----

/// `str.encode` (`encode`) or `str.decode` of `b` with a codec and an error
/// handler. Text codecs are the identity on bytes (minipy's unicode is str),
/// except that ASCII rejects bytes >= 0x80 and UTF-8 decoding validates.
/// Whether the core knows the codec (others are looked up in `codecs`).
pub(crate) fn known_codec(enc: &[u8]) -> bool {
    codec(enc).is_some()
}

pub(crate) fn transcode(b: &[u8], enc: &[u8], errors: &[u8], encode: bool) -> PyResult<Vec<u8>> {
    let Some(c) = codec(enc) else {
        return Err(text_err(ExcKind::LookupError, &format!("unknown encoding: {}", String::from_utf8_lossy(enc))));
    };
    let out = match (c, encode) {
        (Codec::Ascii, true) => ascii_only(b, errors, b"?")?,
        (Codec::Ascii, false) => ascii_only(b, errors, "\u{fffd}".as_bytes())?,
        (Codec::Utf8, false) => check_utf8(b, errors)?,
        (Codec::Utf8 | Codec::Latin1, _) => b.to_vec(),
        (Codec::Hex, true) => b.iter().flat_map(|c| format!("{:02x}", c).into_bytes()).collect(),
        (Codec::Hex, false) => hex_decode(b)?,
        (Codec::Base64, true) => base64_encode(b),
        (Codec::Base64, false) => base64_decode(b)?,
        (Codec::Rot13, _) => rot13(b),
        (Codec::StringEscape, true) => string_escape(b),
        (Codec::StringEscape, false) => unescape(b)?,
        (Codec::UnicodeEscape, true) => unicode_escape_encode(b, false),
        (Codec::RawUnicodeEscape, true) => unicode_escape_encode(b, true),
        (Codec::UnicodeEscape, false) => unicode_escape_decode(b, false)?,
        (Codec::RawUnicodeEscape, false) => unicode_escape_decode(b, true)?,
        (Codec::Zlib, true) => crate::modules::zlib::compress_bytes(b, 6),
        (Codec::Zlib, false) => crate::modules::zlib::decompress_bytes(b)?,
    };
    Ok(out)
}

/// The codecs minipy knows, by normalized name.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Codec {
    Ascii,
    Utf8,
    Latin1,
    Hex,
    Base64,
    Rot13,
    StringEscape,
    UnicodeEscape,
    RawUnicodeEscape,
    Zlib,
}

fn codec(name: &[u8]) -> Option<Codec> {
    let norm: Vec<u8> = name
        .iter()
        .map(|&c| match c {
            b'-' | b' ' => b'_',
            _ => c.to_ascii_lowercase(),
        })
        .collect();
    Some(match norm.as_slice() {
        b"ascii" | b"us_ascii" | b"646" | b"us" => Codec::Ascii,
        b"utf_8" | b"utf8" | b"u8" | b"utf" | b"utf8_ucs2" | b"utf8_ucs4" => Codec::Utf8,
        b"latin_1" | b"latin1" | b"latin" | b"l1" | b"iso_8859_1" | b"iso8859_1" | b"8859" | b"cp819"
        | b"iso_ir_100" => Codec::Latin1,
        b"hex" | b"hex_codec" => Codec::Hex,
        b"base64" | b"base_64" | b"base64_codec" => Codec::Base64,
        b"rot13" | b"rot_13" => Codec::Rot13,
        b"string_escape" => Codec::StringEscape,
        b"unicode_escape" => Codec::UnicodeEscape,
        b"raw_unicode_escape" => Codec::RawUnicodeEscape,
        b"zlib" | b"zip" | b"zlib_codec" => Codec::Zlib,
        _ => return None,
    })
}

fn decode_error(codec: &str, pos: usize, byte: u8, reason: &str) -> PyErr {
    PyErr::new(
        ExcKind::UnicodeDecodeError,
        format!("'{}' codec can't decode byte 0x{:02x} in position {}: {}", codec, byte, pos, reason),
    )
}

/// Non-ASCII bytes under an error handler (`replacement` for "replace").
fn ascii_only(b: &[u8], errors: &[u8], replacement: &[u8]) -> PyResult<Vec<u8>> {
    let mut out = Vec::with_capacity(b.len());
    for (i, &c) in b.iter().enumerate() {
        if c < 0x80 {
            out.push(c);
        } else if errors == b"ignore" {
        } else if errors == b"replace" {
            out.extend_from_slice(replacement);
        } else {
            return Err(decode_error("ascii", i, c, "ordinal not in range(128)"));
        }
    }
    Ok(out)
}

fn check_utf8(b: &[u8], errors: &[u8]) -> PyResult<Vec<u8>> {
    let mut out = Vec::with_capacity(b.len());
    let mut rest = b;
    loop {
        match std::str::from_utf8(rest) {
            Ok(_) => {
                out.extend_from_slice(rest);
                return Ok(out);
            }
            Err(e) => {
                let good = e.valid_up_to();
                out.extend_from_slice(&rest[..good]);
                let bad = e.error_len().unwrap_or(rest.len() - good).max(1);
                if errors == b"replace" {
                    out.extend_from_slice("\u{fffd}".as_bytes());
                } else if errors != b"ignore" {
                    let byte = rest.get(good).copied().unwrap_or(0);
                    let reason = match e.error_len() {
                        None => "unexpected end of data",
                        Some(_) if (0xc2..=0xf4).contains(&byte) => "invalid continuation byte",
                        Some(_) => "invalid start byte",
                    };
                    let pos = b.len() - rest.len() + good;
                    return Err(decode_error("utf8", pos, byte, reason));
                }
                rest = rest.get(good + bad..).unwrap_or_default();
            }
        }
    }
}

fn hex_decode(b: &[u8]) -> PyResult<Vec<u8>> {
    if !b.len().is_multiple_of(2) {
        return Err(type_err("Odd-length string"));
    }
    let digit = |c: u8| (c as char).to_digit(16);
    b.chunks(2)
        .map(|p| match (digit(p[0]), p.get(1).and_then(|&c| digit(c))) {
            (Some(h), Some(l)) => Ok((h * 16 + l) as u8),
            _ => Err(type_err("Non-hexadecimal digit found")),
        })
        .collect()
}

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// `base64.encodestring`: lines of 76 characters, each ending in a newline.
fn base64_encode(b: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    for line in b.chunks(57) {
        for chunk in line.chunks(3) {
            let n = chunk.len();
            let v = chunk.iter().enumerate().fold(0u32, |acc, (i, &c)| acc | (u32::from(c) << (16 - 8 * i)));
            for k in 0..4 {
                if k <= n {
                    out.push(B64[((v >> (18 - 6 * k)) & 63) as usize]);
                } else {
                    out.push(b'=');
                }
            }
        }
        out.push(b'\n');
    }
    out
}

fn base64_decode(b: &[u8]) -> PyResult<Vec<u8>> {
    let mut out = Vec::new();
    let (mut acc, mut bits, mut pads, mut count) = (0u32, 0u32, 0usize, 0usize);
    for &c in b {
        let v = match B64.iter().position(|&x| x == c) {
            Some(v) => v as u32,
            None => {
                if c == b'=' {
                    pads += 1;
                }
                continue;
            }
        };
        if pads > 0 {
            break;
        }
        count += 1;
        acc = (acc << 6) | v;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    if !count.is_multiple_of(4) && count % 4 + pads < 4 {
        return Err(PyErr::new(ExcKind::ValueError, "Incorrect padding"));
    }
    Ok(out)
}

fn rot13(b: &[u8]) -> Vec<u8> {
    b.iter()
        .map(|&c| match c {
            b'a'..=b'z' => (c - b'a' + 13) % 26 + b'a',
            b'A'..=b'Z' => (c - b'A' + 13) % 26 + b'A',
            _ => c,
        })
        .collect()
}

fn string_escape(b: &[u8]) -> Vec<u8> {
    let r = crate::text::str_repr(b).into_bytes();
    let inner = r.get(1..r.len().saturating_sub(1)).unwrap_or_default();
    if r.first() == Some(&b'"') {
        let mut out = Vec::with_capacity(inner.len());
        for &c in inner {
            if c == b'\'' {
                out.push(b'\\');
            }
            out.push(c);
        }
        return out;
    }
    inner.to_vec()
}

/// The `string_escape` decoder: backslash escapes of a Python 2 str literal.
fn unescape(b: &[u8]) -> PyResult<Vec<u8>> {
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while let Some(&c) = b.get(i) {
        i += 1;
        if c != b'\\' {
            out.push(c);
            continue;
        }
        let Some(&e) = b.get(i) else {
            return Err(PyErr::new(ExcKind::ValueError, "Trailing \\ in string"));
        };
        i += 1;
        match e {
            b'n' => out.push(b'\n'),
            b't' => out.push(b'\t'),
            b'r' => out.push(b'\r'),
            b'a' => out.push(7),
            b'b' => out.push(8),
            b'f' => out.push(12),
            b'v' => out.push(11),
            b'\n' => {}
            b'\\' | b'\'' | b'"' => out.push(e),
            b'0'..=b'7' => {
                let mut v = u32::from(e - b'0');
                for _ in 0..2 {
                    match b.get(i) {
                        Some(&d @ b'0'..=b'7') => {
                            v = v * 8 + u32::from(d - b'0');
                            i += 1;
                        }
                        _ => break,
                    }
                }
                out.push(v as u8);
            }
            b'x' => {
                let h = b.get(i..i + 2).and_then(|h| hex_decode(h).ok());
                match h {
                    Some(v) => {
                        out.extend(v);
                        i += 2;
                    }
                    None => return Err(PyErr::new(ExcKind::ValueError, "invalid \\x escape")),
                }
            }
            _ => {
                out.push(b'\\');
                out.push(e);
            }
        }
    }
    Ok(out)
}

/// The `unicode_escape` / `raw_unicode_escape` decoders: the escapes of a
/// `u'...'` / `ur'...'` literal, giving UTF-8 text (minipy's unicode).
fn unicode_escape_decode(b: &[u8], raw: bool) -> PyResult<Vec<u8>> {
    let lit = crate::syntax::lexer::decode_string(b, raw, true);
    match lit.error {
        None => Ok(lit.bytes),
        Some(e) => {
            let msg = e.trim_start_matches("(unicode error) ");
            let msg = if raw {
                // The raw codec words its errors differently.
                msg.replacen("'unicodeescape'", "'rawunicodeescape'", 1)
                    .replace("truncated \\UXXXXXXXX escape", "truncated \\uXXXX")
                    .replace("truncated \\uXXXX escape", "truncated \\uXXXX")
                    .replace("illegal Unicode character", "\\Uxxxxxxxx out of range")
            } else {
                msg.to_string()
            };
            Err(PyErr::new(ExcKind::UnicodeDecodeError, msg))
        }
    }
}

/// The `unicode_escape` / `raw_unicode_escape` encoders of UTF-8 text (bytes
/// that are not UTF-8 count as Latin-1 characters): ASCII stays, other
/// characters become `\xXX`, `\uXXXX` or `\UXXXXXXXX` (raw: Latin-1
/// characters stay single bytes and only backslash-u escapes are used).
fn unicode_escape_encode(b: &[u8], raw: bool) -> Vec<u8> {
    let mut chars: Vec<u32> = Vec::with_capacity(b.len());
    for chunk in b.utf8_chunks() {
        chars.extend(chunk.valid().chars().map(u32::from));
        chars.extend(chunk.invalid().iter().map(|&c| u32::from(c)));
    }
    let mut out = Vec::with_capacity(b.len());
    for c in chars {
        match c {
            _ if raw && c < 0x100 => out.push(c as u8),
            0x5c => out.extend_from_slice(b"\\\\"),
            0x09 => out.extend_from_slice(b"\\t"),
            0x0a => out.extend_from_slice(b"\\n"),
            0x0d => out.extend_from_slice(b"\\r"),
            0x20..=0x7e => out.push(c as u8),
            0..=0xff => out.extend_from_slice(format!("\\x{:02x}", c).as_bytes()),
            0x100..=0xffff => out.extend_from_slice(format!("\\u{:04x}", c).as_bytes()),
            _ => out.extend_from_slice(format!("\\U{:08x}", c).as_bytes()),
        }
    }
    out
}
