//! `str.format` of Python 2.7: parsing of format strings into literals and replacement fields.

/// The first part of a field name, before any `.attr` / `[key]`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FieldFirst {
    /// Empty: the next automatic field number.
    Auto,
    /// All digits: a positional argument.
    Index(usize),
    /// Anything else: a keyword argument.
    Name(Vec<u8>),
}

/// A resolved field reference (see [`AutoNumber::resolve`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FieldKey {
    /// `args[i]` (IndexError "tuple index out of range" when missing).
    Index(usize),
    /// `kwargs[name]` (KeyError with the name when missing).
    Name(Vec<u8>),
}

/// One accessor after the first part of a field name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Accessor {
    /// `.name`: `getattr(obj, name)`.
    Attr(Vec<u8>),
    /// `[digits]`: `obj[i]` (sequences: by index; other objects: `obj[int(i)]`).
    Index(usize),
    /// `[text]`: `obj[text]` with a str key.
    Key(Vec<u8>),
}

/// A replacement field `{name!conv:spec}`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormatField {
    /// First part of the field name.
    pub first: FieldFirst,
    /// Accessors to apply in order.
    pub accessors: Vec<Accessor>,
    /// A ValueError to raise after applying `accessors` (a malformed rest of the name).
    pub accessor_error: Option<String>,
    /// The conversion character after `!`, if any (see [`conversion_error`]).
    pub conversion: Option<u8>,
    /// The raw format spec after `:`.
    pub spec: Vec<u8>,
    /// The spec contains `{`: render it as a format string first (see [`parse_format_string`]).
    pub spec_has_fields: bool,
}

/// A piece of a parsed format string.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FormatPiece {
    /// Literal text (`{{` and `}}` already unescaped).
    Literal(Vec<u8>),
    /// A replacement field.
    Field(FormatField),
    /// A ValueError; always the last piece. Raise it when rendering reaches it.
    Error(String),
}

/// Recursion limit for nested specs: top-level rendering starts at this depth.
pub const FORMAT_MAX_DEPTH: u32 = 2;

/// The ValueError raised when rendering a format string at depth 0.
pub const FORMAT_RECURSION_ERROR: &str = "Max string recursion exceeded";

/// Parses a format string for `str.format`, as CPython 2.7's MarkupIterator.
///
/// The interpreter renders the pieces in order with a depth (starting at
/// [`FORMAT_MAX_DEPTH`]; at depth 0 raise [`FORMAT_RECURSION_ERROR`] before
/// parsing) and one [`AutoNumber`] shared with nested specs. For each field:
/// resolve `first` with the `AutoNumber`, look it up, apply `accessors`, raise
/// `accessor_error` if set, apply the conversion (`r`: repr, `s`: str, else
/// [`conversion_error`]), then, when `spec_has_fields`, render `spec` itself as
/// a format string at depth - 1, and finally call `format(obj, spec)`.
pub fn parse_format_string(s: &[u8]) -> Vec<FormatPiece> {
    let mut pieces = Vec::new();
    let mut lit = Vec::new();
    let n = s.len();
    let mut i = 0;
    while i < n {
        let c = s[i];
        if c != b'{' && c != b'}' {
            lit.push(c);
            i += 1;
            continue;
        }
        i += 1;
        let at_end = i >= n;
        if c == b'}' {
            if at_end || s[i] != b'}' {
                flush(&mut pieces, &mut lit);
                pieces.push(FormatPiece::Error("Single '}' encountered in format string".to_string()));
                return pieces;
            }
            lit.push(b'}');
            i += 1;
            continue;
        }
        if at_end {
            flush(&mut pieces, &mut lit);
            pieces.push(FormatPiece::Error("Single '{' encountered in format string".to_string()));
            return pieces;
        }
        if s[i] == b'{' {
            lit.push(b'{');
            i += 1;
            continue;
        }
        flush(&mut pieces, &mut lit);
        let start = i;
        let mut depth = 1;
        let mut nested = false;
        let mut end = None;
        while i < n {
            let c = s[i];
            i += 1;
            if c == b'{' {
                nested = true;
                depth += 1;
            } else if c == b'}' {
                depth -= 1;
                if depth == 0 {
                    end = Some(i - 1);
                    break;
                }
            }
        }
        let Some(end) = end else {
            pieces.push(FormatPiece::Error("unmatched '{' in format".to_string()));
            return pieces;
        };
        match parse_field(&s[start..end], nested) {
            Ok(f) => pieces.push(FormatPiece::Field(f)),
            Err(e) => {
                pieces.push(FormatPiece::Error(e));
                return pieces;
            }
        }
    }
    flush(&mut pieces, &mut lit);
    pieces
}

fn flush(pieces: &mut Vec<FormatPiece>, lit: &mut Vec<u8>) {
    if !lit.is_empty() {
        pieces.push(FormatPiece::Literal(std::mem::take(lit)));
    }
}

/// `get_integer`: `Ok(None)` unless all decimal digits.
fn get_integer(s: &[u8]) -> Result<Option<usize>, String> {
    if s.is_empty() || !s.iter().all(u8::is_ascii_digit) {
        return Ok(None);
    }
    let mut acc: usize = 0;
    for &c in s {
        let d = (c - b'0') as usize;
        if acc > (isize::MAX as usize - d) / 10 {
            return Err("Too many decimal digits in format string".to_string());
        }
        acc = acc * 10 + d;
    }
    Ok(Some(acc))
}

/// `parse_field` + `field_name_split`: the text between the braces.
fn parse_field(s: &[u8], nested: bool) -> Result<FormatField, String> {
    let stop = s.iter().position(|&c| c == b':' || c == b'!');
    let (name, conversion, spec) = match stop {
        None => (s, None, &s[s.len()..]),
        Some(p) => {
            let mut rest = &s[p + 1..];
            let mut conv = None;
            if s[p] == b'!' {
                let Some((&c, after)) = rest.split_first() else {
                    return Err("end of format while looking for conversion specifier".to_string());
                };
                conv = Some(c);
                rest = after;
                if let Some((&c2, after)) = rest.split_first() {
                    if c2 != b':' {
                        return Err("expected ':' after format specifier".to_string());
                    }
                    rest = after;
                }
            }
            (&s[..p], conv, rest)
        }
    };
    let first_len = name.iter().position(|&c| c == b'.' || c == b'[').unwrap_or(name.len());
    let first_text = &name[..first_len];
    let first = if first_text.is_empty() {
        FieldFirst::Auto
    } else {
        match get_integer(first_text)? {
            Some(i) => FieldFirst::Index(i),
            None => FieldFirst::Name(first_text.to_vec()),
        }
    };
    let (accessors, accessor_error) = parse_accessors(&name[first_len..]);
    Ok(FormatField { first, accessors, accessor_error, conversion, spec: spec.to_vec(), spec_has_fields: nested })
}

/// `FieldNameIterator`: accessors up to the first error.
fn parse_accessors(mut s: &[u8]) -> (Vec<Accessor>, Option<String>) {
    let mut out = Vec::new();
    while let Some((&c, rest)) = s.split_first() {
        let acc = match c {
            b'.' => {
                let len = rest.iter().position(|&c| c == b'.' || c == b'[').unwrap_or(rest.len());
                let name = &rest[..len];
                s = &rest[len..];
                if name.is_empty() {
                    return (out, Some("Empty attribute in format string".to_string()));
                }
                Accessor::Attr(name.to_vec())
            }
            b'[' => {
                let Some(len) = rest.iter().position(|&c| c == b']') else {
                    return (out, Some("Missing ']' in format string".to_string()));
                };
                let key = &rest[..len];
                s = &rest[len + 1..];
                let index = match get_integer(key) {
                    Ok(v) => v,
                    Err(e) => return (out, Some(e)),
                };
                if key.is_empty() {
                    return (out, Some("Empty attribute in format string".to_string()));
                }
                match index {
                    Some(i) => Accessor::Index(i),
                    None => Accessor::Key(key.to_vec()),
                }
            }
            _ => return (out, Some("Only '.' or '[' may follow ']' in format field specifier".to_string())),
        };
        out.push(acc);
    }
    (out, None)
}

/// The ValueError for a conversion character other than `r` and `s`.
pub fn conversion_error(c: u8) -> String {
    if c > 32 && c < 127 {
        format!("Unknown conversion specifier {}", c as char)
    } else {
        let code: u32 = if c >= 0x80 { 0xffff_ff00 | c as u32 } else { c as u32 };
        format!("Unknown conversion specifier \\x{:x}", code)
    }
}

/// Automatic field numbering state for one `str.format` call (shared with nested specs).
#[derive(Clone, Debug, Default)]
pub struct AutoNumber {
    /// 0: undecided, 1: automatic, 2: manual.
    state: u8,
    next: usize,
}

impl AutoNumber {
    /// Fresh state for a new `str.format` call.
    pub fn new() -> Self {
        Self::default()
    }

    /// Resolves a field's first part, numbering `{}` fields and rejecting a
    /// mix of `{}` and `{0}` with CPython's ValueError messages.
    pub fn resolve(&mut self, first: &FieldFirst) -> Result<FieldKey, String> {
        let auto = match first {
            FieldFirst::Name(n) => return Ok(FieldKey::Name(n.clone())),
            FieldFirst::Auto => true,
            FieldFirst::Index(_) => false,
        };
        if self.state == 0 {
            self.state = if auto { 1 } else { 2 };
        }
        if self.state == 2 && auto {
            return Err("cannot switch from manual field specification to automatic field numbering".to_string());
        }
        if self.state == 1 && !auto {
            return Err("cannot switch from automatic field numbering to manual field specification".to_string());
        }
        match first {
            FieldFirst::Index(i) => Ok(FieldKey::Index(*i)),
            _ => {
                let i = self.next;
                self.next += 1;
                Ok(FieldKey::Index(i))
            }
        }
    }
}
