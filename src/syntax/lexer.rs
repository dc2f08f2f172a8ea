//! Lexer: logos tokens, the indentation layer (INDENT/DEDENT/NEWLINE) and string literal decoding.

use std::collections::VecDeque;

use logos::Logos;
use num_bigint::BigInt;
use num_traits::Num;

use super::ast::{Loc, SyntaxError, SyntaxErrorKind};

/// Most brackets that may be open at once.
pub const MAX_PAREN_DEPTH: usize = 200;
/// Most indentation levels (CPython's limit).
pub const MAX_INDENT_DEPTH: usize = 100;

/// `-t` (1) and `-tt` (2): check that tabs and spaces in indentation agree
/// whatever the tab size, as CPython's tokenizer does.
pub static TABCHECK: std::sync::atomic::AtomicU8 = std::sync::atomic::AtomicU8::new(0);
/// Counts sources in which `-t` found inconsistent indentation; the caller,
/// which knows the file name, compares it before and after parsing and warns.
pub static TAB_WARNINGS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

/// A numeric literal.
#[derive(Clone, Debug, PartialEq)]
pub enum Number {
    Int(i64),
    /// A long; `true` when it is long only because it does not fit in i64
    /// (no `L` suffix), so that `-9223372036854775808` still folds to an int.
    Long(BigInt, bool),
    Float(f64),
    /// An imaginary literal (`2j`): the imaginary part.
    Imag(f64),
}

/// A decoded string literal; `error` holds a decoding error that CPython
/// reports after parsing (bad `\x` or `\u` escapes).
#[derive(Clone, Debug, PartialEq)]
pub struct StrLit {
    pub bytes: Vec<u8>,
    /// A `u` prefix (or `unicode_literals`): the value is unicode.
    pub unicode: bool,
    pub error: Option<String>,
}

/// What went wrong while scanning one token.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum LexErrorKind {
    /// A character that starts no token.
    #[default]
    InvalidChar,
    /// A malformed number such as `09` or `0x`.
    InvalidToken,
    /// A single-quoted string that meets the end of its line.
    Eol,
    /// A string whose last character is a backslash at the end of input.
    EofBackslash,
    /// A triple-quoted string that meets the end of input.
    EofTriple,
}

/// A logos error with the byte offset it refers to (or `usize::MAX`: the token start).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LexError {
    pub kind: LexErrorKind,
    pub pos: usize,
}

impl Default for LexError {
    fn default() -> Self {
        LexError { kind: LexErrorKind::InvalidChar, pos: usize::MAX }
    }
}

impl LexError {
    fn at(kind: LexErrorKind, pos: usize) -> Self {
        LexError { kind, pos }
    }
}

/// State the logos callbacks can see.
#[derive(Clone, Debug, Default)]
pub struct Extras {
    /// `from __future__ import unicode_literals` was seen.
    pub unicode_literals: bool,
    /// How non-ASCII literal bodies map back to the declared encoding
    /// (None: the source was UTF-8 or ASCII, bodies are kept as they are).
    pub recode: Option<std::sync::Arc<super::source::Recode>>,
}

/// Tokens. The first group is never produced by logos: the indentation layer
/// and the parser glue insert them.
#[derive(Logos, Clone, Debug, PartialEq)]
#[logos(error = LexError)]
#[logos(extras = Extras)]
#[logos(skip r"[ \t\x0c]+")]
// A comment runs to the end of its line: the greedy repetition is meant.
#[logos(skip(r"#[^\n]*", allow_greedy = true))]
pub enum Tok {
    StartModule,
    StartExpression,
    Indent,
    Dedent,
    #[token("\n")]
    Newline,
    /// A backslash followed by a newline (skipped by the layer).
    #[token("\\\n")]
    Continuation,
    /// A backslash followed by anything but a newline.
    #[token("\\")]
    Backslash,

    #[regex(r"[A-Za-z_][A-Za-z0-9_]*", |lex| lex.slice().to_owned())]
    Name(String),

    #[regex(r"[1-9][0-9]*[lL]?", |lex| int_lit(lex.slice(), 10, 0))]
    #[regex(r"0[0-7]*[lL]?", |lex| int_lit(lex.slice(), 8, 1))]
    #[regex(r"0[xX][0-9a-fA-F]+[lL]?", |lex| int_lit(lex.slice(), 16, 2))]
    #[regex(r"0[oO][0-7]+[lL]?", |lex| int_lit(lex.slice(), 8, 2))]
    #[regex(r"0[bB][01]+[lL]?", |lex| int_lit(lex.slice(), 2, 2))]
    #[regex(r"[0-9]+\.[0-9]*([eE][+-]?[0-9]+)?", float_lit)]
    #[regex(r"\.[0-9]+([eE][+-]?[0-9]+)?", float_lit)]
    #[regex(r"[0-9]+[eE][+-]?[0-9]+", float_lit)]
    #[regex(r"0[0-7]*[89][0-9]*", bad_number)]
    #[regex(r"0[xXoObB]", bad_number)]
    #[regex(r"([0-9]+\.[0-9]*|\.[0-9]+|[0-9]+)[eE][+-]", bad_number)]
    #[regex(r"([0-9]+\.[0-9]*|\.[0-9]+|[0-9]+)([eE][+-]?[0-9]+)?[jJ]", imaginary)]
    Num(Number),

    #[regex(r#"([uUbB]?[rR]?)("|'|"""|''')"#, string_lit)]
    Str(Box<StrLit>),

    #[token("and")]
    And,
    #[token("as")]
    As,
    #[token("assert")]
    Assert,
    #[token("break")]
    Break,
    #[token("class")]
    Class,
    #[token("continue")]
    Continue,
    #[token("def")]
    Def,
    #[token("del")]
    Del,
    #[token("elif")]
    Elif,
    #[token("else")]
    Else,
    #[token("except")]
    Except,
    #[token("exec")]
    Exec,
    #[token("finally")]
    Finally,
    #[token("for")]
    For,
    #[token("from")]
    From,
    #[token("global")]
    Global,
    #[token("if")]
    If,
    #[token("import")]
    Import,
    #[token("in")]
    In,
    #[token("is")]
    Is,
    #[token("lambda")]
    Lambda,
    #[token("not")]
    Not,
    #[token("or")]
    Or,
    #[token("pass")]
    Pass,
    #[token("print")]
    Print,
    #[token("raise")]
    Raise,
    #[token("return")]
    Return,
    #[token("try")]
    Try,
    #[token("while")]
    While,
    #[token("with")]
    With,
    #[token("yield")]
    Yield,

    #[token("(")]
    LPar,
    #[token(")")]
    RPar,
    #[token("[")]
    LSqb,
    #[token("]")]
    RSqb,
    #[token("{")]
    LBrace,
    #[token("}")]
    RBrace,
    #[token(":")]
    Colon,
    #[token(",")]
    Comma,
    #[token(";")]
    Semi,
    #[token(".")]
    Dot,
    #[token("@")]
    At,
    #[token("`")]
    Backquote,
    #[token("=")]
    Assign,
    #[token("+")]
    Plus,
    #[token("-")]
    Minus,
    #[token("*")]
    Star,
    #[token("**")]
    DoubleStar,
    #[token("/")]
    Slash,
    #[token("//")]
    DoubleSlash,
    #[token("%")]
    Percent,
    #[token("<<")]
    LShift,
    #[token(">>")]
    RShift,
    #[token("&")]
    Amper,
    #[token("|")]
    VBar,
    #[token("^")]
    Circumflex,
    #[token("~")]
    Tilde,
    #[token("<")]
    Less,
    #[token(">")]
    Greater,
    #[token("==")]
    EqEqual,
    #[token("!=")]
    #[token("<>")]
    NotEqual,
    #[token("<=")]
    LessEqual,
    #[token(">=")]
    GreaterEqual,
    #[token("+=")]
    PlusEqual,
    #[token("-=")]
    MinusEqual,
    #[token("*=")]
    StarEqual,
    #[token("/=")]
    SlashEqual,
    #[token("//=")]
    DoubleSlashEqual,
    #[token("%=")]
    PercentEqual,
    #[token("&=")]
    AmperEqual,
    #[token("|=")]
    VBarEqual,
    #[token("^=")]
    CircumflexEqual,
    #[token("<<=")]
    LShiftEqual,
    #[token(">>=")]
    RShiftEqual,
    #[token("**=")]
    DoubleStarEqual,
}

/// Parses an integer literal; `skip` is the length of its radix prefix.
fn int_lit(text: &str, radix: u32, skip: usize) -> Number {
    let (digits, long) = match text.strip_suffix(['l', 'L']) {
        Some(d) => (d, true),
        None => (text, false),
    };
    let digits = digits.get(skip..).unwrap_or("");
    let digits = if digits.is_empty() { "0" } else { digits };
    if !long {
        if let Ok(v) = i64::from_str_radix(digits, radix) {
            return Number::Int(v);
        }
    }
    let big = BigInt::from_str_radix(digits, radix).unwrap_or_default();
    Number::Long(big, !long)
}

fn float_lit(lex: &mut logos::Lexer<Tok>) -> Number {
    Number::Float(lex.slice().parse().unwrap_or(f64::NAN))
}

fn bad_number(lex: &mut logos::Lexer<Tok>) -> Result<Number, LexError> {
    Err(LexError::at(LexErrorKind::InvalidToken, lex.span().end))
}

fn imaginary(lex: &mut logos::Lexer<Tok>) -> Number {
    let text = lex.slice();
    Number::Imag(text[..text.len() - 1].parse().unwrap_or(f64::NAN))
}

/// Scans the rest of a string literal whose prefix and opening quote were matched.
fn string_lit(lex: &mut logos::Lexer<Tok>) -> Result<Box<StrLit>, LexError> {
    let opener = lex.slice().as_bytes();
    let quote = opener[opener.len() - 1];
    let triple = opener.len() >= 3 && opener[opener.len() - 3..].iter().all(|&b| b == quote);
    let prefix = &opener[..opener.len() - if triple { 3 } else { 1 }];
    let raw = prefix.iter().any(|b| b.eq_ignore_ascii_case(&b'r'));
    let bytes_prefix = prefix.iter().any(|b| b.eq_ignore_ascii_case(&b'b'));
    let unicode =
        prefix.iter().any(|b| b.eq_ignore_ascii_case(&b'u')) || (lex.extras.unicode_literals && !bytes_prefix);
    let base = lex.span().end;
    let rest = lex.remainder().as_bytes();
    let mut i = 0;
    let (body_end, consumed) = loop {
        let Some(&c) = rest.get(i) else {
            let kind = if triple { LexErrorKind::EofTriple } else { LexErrorKind::Eol };
            return Err(LexError::at(kind, base + i));
        };
        if c == b'\\' {
            if i + 1 >= rest.len() || (i + 2 == rest.len() && rest[i + 1] == b'\n') {
                let kind = if triple { LexErrorKind::EofTriple } else { LexErrorKind::EofBackslash };
                return Err(LexError::at(kind, base + rest.len()));
            }
            i += 2;
        } else if c == quote {
            if !triple {
                break (i, i + 1);
            }
            if rest.get(i + 1) == Some(&quote) && rest.get(i + 2) == Some(&quote) {
                break (i, i + 3);
            }
            i += 1;
        } else if c == b'\n' && !triple {
            return Err(LexError::at(LexErrorKind::Eol, base + i));
        } else {
            i += 1;
        }
    };
    let body = &rest[..body_end];
    lex.bump(consumed);
    if let Some(r) = lex.extras.recode.as_ref().filter(|_| !body.is_ascii()) {
        return Ok(Box::new(r.literal(body, raw, unicode)));
    }
    Ok(Box::new(decode_string(body, raw, unicode)))
}

/// Decodes the body of a string literal into bytes (unicode literals as UTF-8).
pub fn decode_string(body: &[u8], raw: bool, unicode: bool) -> StrLit {
    let mut out = Vec::with_capacity(body.len());
    let mut error = None;
    if raw && !unicode {
        return StrLit { bytes: body.to_vec(), unicode, error };
    }
    let mut i = 0;
    while i < body.len() {
        let c = body[i];
        if c != b'\\' {
            out.push(c);
            i += 1;
            continue;
        }
        if raw {
            // raw unicode: only \u and \U after an odd number of backslashes
            let start = i;
            while i < body.len() && body[i] == b'\\' {
                i += 1;
            }
            let count = i - start;
            let next = body.get(i).copied();
            if count % 2 == 1 && matches!(next, Some(b'u' | b'U')) {
                out.extend(std::iter::repeat_n(b'\\', count - 1));
                let n = if next == Some(b'u') { 4 } else { 8 };
                i = unicode_escape(body, i - 1, i + 1, n, &mut out, &mut error);
            } else {
                out.extend(std::iter::repeat_n(b'\\', count));
            }
            continue;
        }
        let Some(&e) = body.get(i + 1) else {
            out.push(b'\\');
            break;
        };
        i += 2;
        match e {
            b'\n' => {}
            b'\\' | b'\'' | b'"' => out.push(e),
            b'a' => out.push(7),
            b'b' => out.push(8),
            b'f' => out.push(12),
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b't' => out.push(b'\t'),
            b'v' => out.push(11),
            b'0'..=b'7' => {
                let mut v = u32::from(e - b'0');
                for _ in 0..2 {
                    match body.get(i) {
                        Some(&d @ b'0'..=b'7') => {
                            v = v * 8 + u32::from(d - b'0');
                            i += 1;
                        }
                        _ => break,
                    }
                }
                if unicode {
                    push_code_point(&mut out, v);
                } else {
                    out.push((v & 0xff) as u8);
                }
            }
            b'x' => {
                let (v, n) = hex_digits(body, i, 2);
                if n == 2 {
                    if unicode {
                        push_code_point(&mut out, v);
                    } else {
                        out.push(v as u8);
                    }
                } else if error.is_none() {
                    error = Some(if unicode {
                        unicode_error(i - 2, i + n - 1, "truncated \\xXX escape")
                    } else {
                        "(value error) invalid \\x escape".to_owned()
                    });
                }
                i += n;
            }
            b'u' if unicode => i = unicode_escape(body, i - 2, i, 4, &mut out, &mut error),
            b'U' if unicode => i = unicode_escape(body, i - 2, i, 8, &mut out, &mut error),
            b'N' if unicode => {
                let close = body[i..].iter().position(|&b| b == b'}').map(|p| i + p);
                match close {
                    Some(end) if body.get(i) == Some(&b'{') && end > i + 1 => {
                        let name = String::from_utf8_lossy(&body[i + 1..end]);
                        match crate::modules::ucd::lookup(&name) {
                            Some(cp) => push_code_point(&mut out, cp),
                            None if error.is_none() => {
                                error = Some(unicode_error(i - 2, end, "unknown Unicode character name"))
                            }
                            None => {}
                        }
                        i = end + 1;
                    }
                    _ => {
                        // CPython reports up to where its scan for the name stopped.
                        let stop = if body.get(i) == Some(&b'{') { close.unwrap_or(body.len()) } else { i };
                        if error.is_none() {
                            error = Some(unicode_error(i - 2, stop - 1, "malformed \\N character escape"));
                        }
                        i = stop.max(i);
                    }
                }
            }
            _ => {
                out.push(b'\\');
                i -= 1;
            }
        }
    }
    StrLit { bytes: fix_surrogates(out), unicode, error }
}

fn unicode_error(start: usize, end: usize, what: &str) -> String {
    format!("(unicode error) 'unicodeescape' codec can't decode bytes in position {start}-{end}: {what}")
}

/// Reads up to `n` hex digits at `at`: (value, digits read).
fn hex_digits(body: &[u8], at: usize, n: usize) -> (u32, usize) {
    let mut v: u32 = 0;
    let mut k = 0;
    while k < n {
        let Some(d) = body.get(at + k).and_then(|&b| (b as char).to_digit(16)) else {
            break;
        };
        v = v.wrapping_mul(16).wrapping_add(d);
        k += 1;
    }
    (v, k)
}

/// Decodes `\uXXXX` / `\UXXXXXXXX` whose digits start at `at`; returns the next index.
fn unicode_escape(
    body: &[u8],
    start: usize,
    at: usize,
    n: usize,
    out: &mut Vec<u8>,
    error: &mut Option<String>,
) -> usize {
    let (v, k) = hex_digits(body, at, n);
    if k < n {
        let what = if n == 4 { "truncated \\uXXXX escape" } else { "truncated \\UXXXXXXXX escape" };
        error.get_or_insert_with(|| unicode_error(start, at + k - 1, what));
    } else if v > 0x10ffff {
        error.get_or_insert_with(|| unicode_error(start, at + k - 1, "illegal Unicode character"));
    } else {
        push_code_point(out, v);
    }
    at + k
}

/// Appends a code point as UTF-8, allowing surrogates (as Python 2's codec does).
fn push_code_point(out: &mut Vec<u8>, cp: u32) {
    if let Some(c) = char::from_u32(cp) {
        let mut buf = [0u8; 4];
        out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
    } else {
        // a surrogate: three bytes, joined with a preceding high surrogate by fix_surrogates
        out.push(0xe0 | (cp >> 12) as u8);
        out.push(0x80 | ((cp >> 6) & 0x3f) as u8);
        out.push(0x80 | (cp & 0x3f) as u8);
    }
}

/// Joins encoded surrogate pairs (ED A0..AF xx ED B0..BF xx) into one 4-byte sequence.
fn fix_surrogates(bytes: Vec<u8>) -> Vec<u8> {
    let is_pair =
        |w: &[u8]| w[0] == 0xed && (0xa0..0xb0).contains(&w[1]) && w[3] == 0xed && (0xb0..0xc0).contains(&w[4]);
    if !bytes.windows(6).any(is_pair) {
        return bytes;
    }
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if i + 6 <= bytes.len() && is_pair(&bytes[i..i + 6]) {
            let hi = 0xd000 | (u32::from(bytes[i + 1] & 0x3f) << 6) | u32::from(bytes[i + 2] & 0x3f);
            let lo = 0xd000 | (u32::from(bytes[i + 4] & 0x3f) << 6) | u32::from(bytes[i + 5] & 0x3f);
            push_code_point(&mut out, 0x10000 + ((hi - 0xd800) << 10) + (lo - 0xdc00));
            i += 6;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    out
}

/// `from __future__ import ...` features found at the top of a module.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct FutureFlags {
    pub print_function: bool,
    pub division: bool,
    pub absolute_import: bool,
    pub unicode_literals: bool,
    pub with_statement: bool,
    pub generators: bool,
    pub nested_scopes: bool,
}

impl FutureFlags {
    /// The features requested by either set.
    pub fn union(self, o: FutureFlags) -> FutureFlags {
        FutureFlags {
            print_function: self.print_function || o.print_function,
            division: self.division || o.division,
            absolute_import: self.absolute_import || o.absolute_import,
            unicode_literals: self.unicode_literals || o.unicode_literals,
            with_statement: self.with_statement || o.with_statement,
            generators: self.generators || o.generators,
            nested_scopes: self.nested_scopes || o.nested_scopes,
        }
    }
}

/// Scans the leading `from __future__ import` statements (after an optional
/// docstring) and reports which features they request.
pub fn future_flags(source: &str) -> FutureFlags {
    let mut flags = FutureFlags::default();
    let mut toks = Tok::lexer(source).filter_map(Result::ok).filter(|t| *t != Tok::Continuation);
    let mut tok = toks.next();
    let mut seen_doc = false;
    loop {
        match tok {
            Some(Tok::Newline | Tok::Semi) => tok = toks.next(),
            Some(Tok::Str(_)) if !seen_doc => {
                seen_doc = true;
                while let Some(Tok::Str(_)) = tok {
                    tok = toks.next();
                }
            }
            Some(Tok::From) => {
                if toks.next() != Some(Tok::Name("__future__".into())) || toks.next() != Some(Tok::Import) {
                    return flags;
                }
                seen_doc = true;
                tok = toks.next();
                let paren = tok == Some(Tok::LPar);
                if paren {
                    tok = toks.next();
                }
                while let Some(Tok::Name(name)) = &tok {
                    match name.as_str() {
                        "print_function" => flags.print_function = true,
                        "division" => flags.division = true,
                        "absolute_import" => flags.absolute_import = true,
                        "unicode_literals" => flags.unicode_literals = true,
                        "with_statement" => flags.with_statement = true,
                        "generators" => flags.generators = true,
                        "nested_scopes" => flags.nested_scopes = true,
                        _ => {}
                    }
                    tok = toks.next();
                    if tok == Some(Tok::As) {
                        toks.next();
                        tok = toks.next();
                    }
                    if tok == Some(Tok::Comma) {
                        tok = toks.next();
                        while paren && tok == Some(Tok::Newline) {
                            tok = toks.next();
                        }
                    }
                    while paren && tok == Some(Tok::Newline) {
                        tok = toks.next();
                    }
                }
                if paren {
                    if tok != Some(Tok::RPar) {
                        return flags;
                    }
                    tok = toks.next();
                }
            }
            _ => return flags,
        }
    }
}

/// A token with its start and end positions, as the parser wants it.
pub type Spanned = (Loc, Tok, Loc);

/// Byte offsets of line starts, for turning offsets into (line, column).
#[derive(Clone, Debug)]
pub struct LineIndex {
    starts: Vec<usize>,
    len: usize,
}

impl LineIndex {
    pub fn new(src: &str) -> Self {
        let mut starts = vec![0];
        starts.extend(src.bytes().enumerate().filter(|&(_, b)| b == b'\n').map(|(i, _)| i + 1));
        LineIndex { starts, len: src.len() }
    }

    /// 1-based line and 0-based byte column of a byte offset.
    pub fn loc(&self, pos: usize) -> Loc {
        let pos = pos.min(self.len);
        let line = self.starts.partition_point(|&s| s <= pos).max(1);
        Loc { line: line as u32, col: (pos - self.starts[line - 1]) as u32 }
    }

    /// Text of a 1-based line, without its newline.
    pub fn line_text<'a>(&self, src: &'a str, line: u32) -> &'a str {
        let i = (line as usize).saturating_sub(1);
        let Some(&start) = self.starts.get(i) else {
            return "";
        };
        let end = self.starts.get(i + 1).map_or(self.len, |&e| e - 1);
        src.get(start..end.max(start)).unwrap_or("")
    }

    /// Where CPython (reading a file) reports an error found at the end of input.
    pub fn eof_loc(&self, src: &str) -> Loc {
        let n = self.starts.len() as u32;
        if src.is_empty() {
            Loc { line: 1, col: 0 }
        } else if src.ends_with('\n') {
            Loc { line: n, col: self.line_text(src, n - 1).len() as u32 }
        } else {
            Loc { line: n + 1, col: self.line_text(src, n).len() as u32 }
        }
    }
}

fn error(kind: SyntaxErrorKind, msg: &str, loc: Loc) -> SyntaxError {
    SyntaxError { kind, msg: msg.to_owned(), line: loc.line, col: loc.col, incomplete: false }
}

/// The token stream the parser reads: logos tokens plus NEWLINE, INDENT and
/// DEDENT, with blank lines, comments and bracketed line breaks removed.
pub struct Lexer<'s> {
    src: &'s str,
    raw: logos::Lexer<'s, Tok>,
    lines: LineIndex,
    pending: VecDeque<Spanned>,
    indents: Vec<u32>,
    /// The same indentation levels measured with a tab worth one column:
    /// compared under `-t`/`-tt` only.
    alt_indents: Vec<u32>,
    tab_warned: bool,
    parens: usize,
    at_line_start: bool,
    done: bool,
    print_is_name: bool,
    /// The input ended with a line continuation (a backslash).
    pub ends_with_continuation: bool,
}

impl<'s> Lexer<'s> {
    /// `start` is the synthetic first token selecting the grammar's entry.
    pub fn new(src: &'s str, start: Tok, flags: FutureFlags) -> Self {
        Self::with_recode(src, start, flags, None)
    }

    /// `new` for a source decoded from a declared encoding (see `source::Recode`).
    pub fn with_recode(
        src: &'s str,
        start: Tok,
        flags: FutureFlags,
        recode: Option<std::sync::Arc<super::source::Recode>>,
    ) -> Self {
        let mut raw = Tok::lexer(src);
        raw.extras.unicode_literals = flags.unicode_literals;
        raw.extras.recode = recode;
        let mut pending = VecDeque::new();
        pending.push_back((Loc { line: 1, col: 0 }, start, Loc { line: 1, col: 0 }));
        Lexer {
            src,
            raw,
            lines: LineIndex::new(src),
            pending,
            indents: vec![0],
            alt_indents: vec![0],
            tab_warned: false,
            parens: 0,
            at_line_start: true,
            done: false,
            print_is_name: flags.print_function,
            ends_with_continuation: false,
        }
    }

    pub fn lines(&self) -> &LineIndex {
        &self.lines
    }

    fn lex_error(&self, e: LexError, span: std::ops::Range<usize>) -> SyntaxError {
        use LexErrorKind::*;
        let pos = if e.pos == usize::MAX { span.start } else { e.pos };
        let at = self.lines.loc(pos);
        let before = Loc { line: at.line, col: at.col.saturating_sub(1) };
        let mut err = match e.kind {
            InvalidChar => error(SyntaxErrorKind::SyntaxError, "invalid syntax", at),
            InvalidToken => error(SyntaxErrorKind::SyntaxError, "invalid token", before),
            Eol => error(SyntaxErrorKind::SyntaxError, "EOL while scanning string literal", before),
            EofBackslash => {
                let mut err = error(SyntaxErrorKind::SyntaxError, "EOL while scanning string literal", before);
                err.incomplete = true;
                err
            }
            EofTriple => {
                let eof = self.lines.eof_loc(self.src);
                let loc = if self.src.ends_with('\n') {
                    Loc { line: eof.line + 1, col: 0 }
                } else {
                    Loc { line: eof.line, col: eof.col.saturating_sub(1) }
                };
                error(SyntaxErrorKind::SyntaxError, "EOF while scanning triple-quoted string literal", loc)
            }
        };
        if e.kind == EofTriple {
            err.incomplete = true;
        }
        err
    }

    /// Columns of indentation before byte offset `pos` (tabs to multiples of 8).
    fn indentation(&self, pos: usize) -> u32 {
        let loc = self.lines.loc(pos);
        let start = pos - loc.col as usize;
        let mut col = 0u32;
        for b in self.src.as_bytes()[start..pos].iter() {
            match b {
                b'\t' => col = (col / 8 + 1) * 8,
                b'\x0c' => col = 0,
                _ => col += 1,
            }
        }
        col
    }

    /// Pushes INDENT/DEDENT tokens for a logical line whose first token starts at `pos`.
    fn indent_to(&mut self, pos: usize) -> Result<(), SyntaxError> {
        let col = self.indentation(pos);
        let loc = self.lines.loc(pos);
        let top = self.indents.last().copied().unwrap_or(0);
        let check = TABCHECK.load(std::sync::atomic::Ordering::Relaxed) > 0;
        // Column with each tab counted as one: it must order the lines as
        // `col` does, else the meaning depends on the tab size.
        let alt = if check { loc.col } else { 0 };
        let alt_top = self.alt_indents.last().copied().unwrap_or(0);
        if col > top {
            // 2.7 allows 99 levels below the first (its MAXINDENT is 100).
            if self.indents.len() >= MAX_INDENT_DEPTH {
                return Err(error(SyntaxErrorKind::IndentationError, "too many levels of indentation", loc));
            }
            if check && alt <= alt_top {
                self.tab_inconsistent(loc)?;
            }
            self.indents.push(col);
            self.alt_indents.push(alt);
            self.pending.push_back((loc, Tok::Indent, loc));
        } else if col == top {
            if check && alt != alt_top {
                self.tab_inconsistent(loc)?;
            }
        } else {
            while self.indents.last().is_some_and(|&t| t > col) {
                self.indents.pop();
                self.alt_indents.pop();
                self.pending.push_back((loc, Tok::Dedent, loc));
            }
            if self.indents.last() != Some(&col) {
                let text = self.lines.line_text(self.src, loc.line);
                let at = Loc { line: loc.line, col: (text.len() as u32).saturating_sub(1) };
                return Err(error(
                    SyntaxErrorKind::IndentationError,
                    "unindent does not match any outer indentation level",
                    at,
                ));
            }
            if check && self.alt_indents.last() != Some(&alt) {
                self.tab_inconsistent(loc)?;
            }
        }
        Ok(())
    }

    /// Indentation that tabs and spaces make ambiguous: a TabError under
    /// `-tt`, one warning per source under `-t`.
    fn tab_inconsistent(&mut self, loc: Loc) -> Result<(), SyntaxError> {
        if TABCHECK.load(std::sync::atomic::Ordering::Relaxed) >= 2 {
            // CPython's offset is the end of the line, past its newline.
            let text = self.lines.line_text(self.src, loc.line);
            let at = Loc { line: loc.line, col: text.len() as u32 };
            return Err(error(SyntaxErrorKind::TabError, "inconsistent use of tabs and spaces in indentation", at));
        }
        if !self.tab_warned {
            self.tab_warned = true;
            TAB_WARNINGS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        }
        Ok(())
    }

    fn finish(&mut self) {
        self.done = true;
        let end = self.lines.loc(self.src.len());
        if !self.at_line_start && self.parens == 0 {
            self.pending.push_back((end, Tok::Newline, end));
        }
        if self.parens == 0 {
            let eof = self.lines.eof_loc(self.src);
            for _ in 1..self.indents.len() {
                self.pending.push_back((eof, Tok::Dedent, eof));
            }
            self.indents.truncate(1);
        }
    }
}

impl Iterator for Lexer<'_> {
    type Item = Result<Spanned, SyntaxError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(t) = self.pending.pop_front() {
                return Some(Ok(t));
            }
            if self.done {
                return None;
            }
            let Some(tok) = self.raw.next() else {
                self.finish();
                continue;
            };
            let span = self.raw.span();
            let tok = match tok {
                Ok(t) => t,
                Err(e) => {
                    self.done = true;
                    return Some(Err(self.lex_error(e, span)));
                }
            };
            match tok {
                Tok::Newline => {
                    if self.parens == 0 && !self.at_line_start {
                        self.at_line_start = true;
                        let loc = self.lines.loc(span.start);
                        return Some(Ok((loc, Tok::Newline, loc)));
                    }
                }
                Tok::Continuation => {
                    if span.end == self.src.len() {
                        self.ends_with_continuation = true;
                    }
                }
                Tok::Backslash => {
                    if span.end == self.src.len() {
                        self.ends_with_continuation = true;
                    } else {
                        self.done = true;
                        let text = self.lines.line_text(self.src, self.lines.loc(span.start).line);
                        let at =
                            Loc { line: self.lines.loc(span.start).line, col: (text.len() as u32).saturating_sub(1) };
                        let msg = "unexpected character after line continuation character";
                        return Some(Err(error(SyntaxErrorKind::SyntaxError, msg, at)));
                    }
                }
                mut tok => {
                    if self.at_line_start {
                        self.at_line_start = false;
                        if let Err(e) = self.indent_to(span.start) {
                            self.done = true;
                            return Some(Err(e));
                        }
                    }
                    match tok {
                        Tok::LPar | Tok::LSqb | Tok::LBrace => {
                            self.parens += 1;
                            if self.parens > MAX_PAREN_DEPTH {
                                self.done = true;
                                let at = self.lines.loc(span.start);
                                let msg = "too many nested parentheses";
                                return Some(Err(error(SyntaxErrorKind::SyntaxError, msg, at)));
                            }
                        }
                        Tok::RPar | Tok::RSqb | Tok::RBrace => self.parens = self.parens.saturating_sub(1),
                        Tok::Print if self.print_is_name => tok = Tok::Name("print".to_owned()),
                        Tok::NotEqual if &self.src[span.clone()] == "<>" => {
                            super::py3k::note_token(self.lines.loc(span.start).line, "<> not supported in 3.x; use !=")
                        }
                        _ => {}
                    }
                    let (start, end) = (self.lines.loc(span.start), self.lines.loc(span.end));
                    self.pending.push_back((start, tok, end));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lex(src: &str) -> Result<Vec<Tok>, SyntaxError> {
        Lexer::new(src, Tok::StartModule, future_flags(src)).skip(1).map(|t| t.map(|t| t.1)).collect()
    }

    fn names(src: &str) -> String {
        match lex(src) {
            Ok(toks) => toks
                .iter()
                .map(|t| match t {
                    Tok::Name(n) => n.clone(),
                    Tok::Num(Number::Int(v)) => format!("{v}"),
                    Tok::Num(Number::Long(v, o)) => format!("{v}L{}", if *o { "!" } else { "" }),
                    Tok::Num(Number::Float(v)) => format!("{v:?}"),
                    Tok::Num(Number::Imag(v)) => format!("{v:?}j"),
                    Tok::Str(s) => format!("{:?}", String::from_utf8_lossy(&s.bytes)),
                    Tok::Newline => "NL".into(),
                    Tok::Indent => "IN".into(),
                    Tok::Dedent => "DE".into(),
                    t => format!("{t:?}"),
                })
                .collect::<Vec<_>>()
                .join(" "),
            Err(e) => format!("ERR {} {:?} {}:{}", e.kind.name(), e.msg, e.line, e.col),
        }
    }

    fn string(src: &str) -> Vec<u8> {
        match lex(src).as_deref() {
            Ok([Tok::Str(s), ..]) => s.bytes.clone(),
            other => panic!("not a string: {other:?}"),
        }
    }

    #[test]
    fn numbers() {
        assert_eq!(names("0 017 0o17 0x1F 0XaB 0b101 0B1 10L 0777L 00"), "0 15 15 31 171 5 1 10L 511L 0 NL");
        assert_eq!(names("9223372036854775807 9223372036854775808"), "9223372036854775807 9223372036854775808L! NL");
        assert_eq!(names("0xffffffffffffffff"), "18446744073709551615L! NL");
        assert_eq!(
            names("1. .5 1e10 1E-3 1.5e+3 09.5 09e1 1e400"),
            "1.0 0.5 10000000000.0 0.001 1500.0 9.5 90.0 inf NL"
        );
        assert_eq!(names("1e x"), "1 e x NL");
        assert_eq!(names("1.real 1..real 1 .real"), "1.0 real 1.0 Dot real 1 Dot real NL");
        assert_eq!(names("x = 09"), "ERR SyntaxError \"invalid token\" 1:5");
        assert_eq!(names("x = 0x"), "ERR SyntaxError \"invalid token\" 1:5");
        assert_eq!(names("x = 0b2"), "ERR SyntaxError \"invalid token\" 1:5");
        assert_eq!(names("x = 1e+"), "ERR SyntaxError \"invalid token\" 1:6");
        assert_eq!(names("1j 2.5J 1e3j .5j 1.j 0j"), "1.0j 2.5j 1000.0j 0.5j 1.0j 0.0j NL");
        assert_eq!(names("1jx"), "1.0j x NL");
    }

    #[test]
    fn operators_and_keywords() {
        assert_eq!(
            names("a <> b != c **= d //= e >>= f <<= g `h` @i"),
            "a NotEqual b NotEqual c DoubleStarEqual d DoubleSlashEqual e RShiftEqual f LShiftEqual g \
             Backquote h Backquote At i NL"
        );
        assert_eq!(names("print exec None True"), "Print Exec None True NL");
        assert_eq!(
            names("from __future__ import print_function\nprint"),
            "From __future__ Import print_function NL print NL"
        );
        assert_eq!(names("x = $"), "ERR SyntaxError \"invalid syntax\" 1:4");
        assert_eq!(
            names("x = 1 \\ y"),
            "ERR SyntaxError \"unexpected character after line continuation character\" 1:8"
        );
    }

    #[test]
    fn strings() {
        assert_eq!(string(r#"'a\n\t\r\\\'\"\a\b\f\v\0'"#), b"a\n\t\r\\'\"\x07\x08\x0c\x0b\0");
        assert_eq!(string(r"'\101\7\777\x41\xff\q\N'"), b"A\x07\xffA\xff\\q\\N");
        assert_eq!(string(r"r'\n\''"), b"\\n\\'");
        assert_eq!(string(r"BR'\x41'"), b"\\x41");
        assert_eq!(string(r"u'\xe9\u20ac\U0001F600\777'"), "é€😀ǿ".as_bytes());
        assert_eq!(string(r"u'\ud83d\ude00'"), "😀".as_bytes());
        assert_eq!(string(r"u'\ud800'"), b"\xed\xa0\x80");
        assert_eq!(string(r"ur'\u00e9\\u00e9\n'"), "é\\\\u00e9\\n".as_bytes());
        assert_eq!(string(r"b'\u00e9'"), b"\\u00e9");
        assert_eq!(string("'caf\u{e9}'"), "café".as_bytes());
        assert_eq!(string("'a\\\nb'"), b"ab");
        assert_eq!(string("'''a\n'b''c'''"), b"a\n'b''c");
        assert_eq!(string("\"\"\"\"a\"\"\""), b"\"a");
        assert_eq!(string("''"), b"");
        assert_eq!(names("'a' \"b\""), "\"a\" \"b\" NL");
        let bad = lex(r"u'\x4'").ok().and_then(|t| match &t[0] {
            Tok::Str(s) => s.error.clone(),
            _ => None,
        });
        assert_eq!(
            bad.as_deref(),
            Some("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape")
        );
    }

    #[test]
    fn unicode_literals_future() {
        let src = "from __future__ import unicode_literals\nx = '\\xe9' b'\\xe9'";
        let strs: Vec<Vec<u8>> = lex(src)
            .unwrap_or_default()
            .into_iter()
            .filter_map(|t| match t {
                Tok::Str(s) => Some(s.bytes),
                _ => None,
            })
            .collect();
        assert_eq!(strs, vec![b"\xc3\xa9".to_vec(), b"\xe9".to_vec()]);
    }

    #[test]
    fn string_errors() {
        assert_eq!(names("s = \"abc"), "ERR SyntaxError \"EOL while scanning string literal\" 1:7");
        assert_eq!(names("s = 'abc\nx"), "ERR SyntaxError \"EOL while scanning string literal\" 1:7");
        assert_eq!(names("x = \"abc\\\ndef"), "ERR SyntaxError \"EOL while scanning string literal\" 2:2");
        let e = "ERR SyntaxError \"EOF while scanning triple-quoted string literal\"";
        assert_eq!(names("s = '''abc\n"), format!("{e} 3:0"));
        assert_eq!(names("x = \"\"\"abc"), format!("{e} 2:9"));
        assert_eq!(names("x = \"\"\"abc\\"), format!("{e} 2:10"));
        let err = lex("x = '''a").err().map(|e| e.incomplete);
        assert_eq!(err, Some(true));
        let err = lex("x = 'a\\").err().map(|e| e.incomplete);
        assert_eq!(err, Some(true));
        let err = lex("x = 'a").err().map(|e| e.incomplete);
        assert_eq!(err, Some(false));
    }

    #[test]
    fn indentation() {
        assert_eq!(names("if x:\n  y\n  z\nw"), "If x Colon NL IN y NL z NL DE w NL");
        assert_eq!(names("if x:\n  if y:\n    z\nw\n"), "If x Colon NL IN If y Colon NL IN z NL DE DE w NL");
        assert_eq!(names("if x:\n    y\n"), "If x Colon NL IN y NL DE");
        // a tab advances to the next multiple of 8
        assert_eq!(names("if x:\n\ty\n        z\n"), "If x Colon NL IN y NL z NL DE");
        assert_eq!(names("if x:\n  \ty\n\tz\n"), "If x Colon NL IN y NL z NL DE");
        // comments, blank lines and bracketed/continued lines
        assert_eq!(names("x = (1,\n  2)  # c\n\n   # only a comment\n\ny"), "x Assign LPar 1 Comma 2 RPar NL y NL");
        assert_eq!(names("x = 1 + \\\n      2\ny"), "x Assign 1 Plus 2 NL y NL");
        assert_eq!(names("x = [\n1,\n  2,\n    ]\n"), "x Assign LSqb 1 Comma 2 Comma RSqb NL");
        assert_eq!(names("  x"), "IN x NL DE");
        assert_eq!(
            names("if x:\n    y\n  z\n"),
            "ERR IndentationError \"unindent does not match any outer indentation level\" 3:2"
        );
        assert_eq!(names(""), "");
        assert_eq!(names("\n\n# c\n"), "");
        assert_eq!(names("x"), "x NL");
        assert_eq!(names("x = 1\\"), "x Assign 1 NL");
    }

    #[test]
    fn limits() {
        let deep = "(".repeat(100_000);
        assert_eq!(names(&deep), "ERR SyntaxError \"too many nested parentheses\" 1:200");
        let ok = format!("{}{}", "[".repeat(MAX_PAREN_DEPTH), "]".repeat(MAX_PAREN_DEPTH));
        assert!(lex(&ok).is_ok());
        let mut src = String::new();
        for i in 0..=MAX_INDENT_DEPTH {
            src.push_str(&" ".repeat(i));
            src.push_str("if x:\n");
        }
        src.push_str(&" ".repeat(MAX_INDENT_DEPTH + 1));
        src.push_str("pass\n");
        let e = lex(&src).err().map(|e| (e.kind, e.msg));
        let want = (SyntaxErrorKind::IndentationError, "too many levels of indentation".to_owned());
        assert_eq!(e, Some(want));
    }

    #[test]
    fn future_scan() {
        let f = future_flags("#!/usr/bin/env python\n\"\"\"doc\"\"\"\nfrom __future__ import (division,\n  absolute_import)\nfrom __future__ import print_function as p; import os\n");
        assert!(f.division && f.absolute_import && f.print_function && !f.unicode_literals);
        assert!(!future_flags("import os\nfrom __future__ import division").division);
        assert!(!future_flags("x = 1; from __future__ import division").division);
    }

    #[test]
    fn positions() {
        let toks: Vec<Spanned> = Lexer::new("x = '''a\nb''' + y\n", Tok::StartModule, FutureFlags::default())
            .filter_map(Result::ok)
            .collect();
        let locs: Vec<(u32, u32, u32, u32)> = toks.iter().map(|(s, _, e)| (s.line, s.col, e.line, e.col)).collect();
        assert_eq!(
            locs,
            vec![(1, 0, 1, 0), (1, 0, 1, 1), (1, 2, 1, 3), (1, 4, 2, 4), (2, 5, 2, 6), (2, 7, 2, 8), (2, 8, 2, 8)]
        );
    }
}
