//! `_sre`: the matching core behind `re`.
//!
//! The pattern parser and the opcode compiler are Python (`stdlib/sre_parse.py`,
//! `stdlib/sre_compile.py`); this module runs the compiled opcodes with the
//! `rustpython-sre_engine` crate (CPython's sre engine ported to Rust), and
//! does the loops of `findall`, `split` and `sub` here, with Python 2.7's
//! rules for empty matches (after an empty match the next search starts one
//! character further; `split` never splits on an empty match).
//!
//! Strings are byte strings (minipy's unicode is str), so the engine walks
//! bytes and positions are byte offsets.
//!
//! Ctrl-C: the engine has no hook for a periodic check, so searches without
//! a literal prefix or first-character set try the start positions here and
//! look for pending signals between them, as do the findall/split/sub loops
//! between matches; a single attempt at one position (catastrophic
//! backtracking there) cannot be interrupted.

use std::sync::{Arc, OnceLock};

use rustpython_sre_engine::{Request, State, StrDrive};

use super::{check_args, def, int_arg, method};
use crate::object::class::Class;
use crate::object::{Dict, ExcKind, Object, PyErr, PyResult, PyStr, Value};
use crate::vm::Vm;

/// A compiled pattern's opcodes and its number of groups.
pub struct CodeObj {
    codes: Vec<u32>,
    ngroups: usize,
    /// The codes with `\B` made to fail, for an empty subject: the engine
    /// lets `\B` match the empty string (Python 3.14), 2.7 does not.
    empty_codes: Option<Vec<u32>>,
}

fn code_class() -> &'static Arc<Class> {
    static CLS: OnceLock<Arc<Class>> = OnceLock::new();
    CLS.get_or_init(|| {
        let d = Arc::new(Dict::new());
        d.set_str("__module__", Value::str("_sre"));
        let cls = Class::new("SRE_Code", vec![crate::object::class::types().object.clone()], d, false)
            .expect("a class with one base always linearizes");
        method(&cls, "SRE_Code.__len__", |_, a, _| Ok(Value::Int(code_of(&a[0])?.codes.len() as i64)));
        cls
    })
}

fn code_of(v: &Value) -> PyResult<&CodeObj> {
    v.native::<CodeObj>().ok_or_else(|| PyErr::new(ExcKind::TypeError, "expected a compiled _sre code object"))
}

/// The subject string of a match: a str (or an instance of a str subclass).
fn subject(v: &Value) -> PyResult<Arc<PyStr>> {
    if let Some(u) = crate::object::unicode::as_unicode(&crate::vm::ops::unwrap_base(v)) {
        // unicode is matched over its UTF-8 text (positions count bytes).
        return Ok(u.clone());
    }
    match v {
        Value::Str(s) => Ok(s.clone()),
        Value::Instance(i) => match &i.base {
            Value::Str(s) => Ok(s.clone()),
            // An mmap is a buffer: matched over a copy of its bytes.
            _ => match super::mmap::snapshot(v) {
                Some(b) => Ok(Arc::new(PyStr::new(b))),
                None => Err(PyErr::new(ExcKind::TypeError, "expected string or buffer")),
            },
        },
        _ => Err(PyErr::new(ExcKind::TypeError, "expected string or buffer")),
    }
}

/// A piece of the subject as the subject's type (str or unicode).
fn piece(of: &Value, b: &[u8]) -> Value {
    if crate::object::unicode::is_unicode(&crate::vm::ops::unwrap_base(of)) {
        crate::object::unicode::from_utf8(b.to_vec())
    } else {
        Value::bytes(b.to_vec())
    }
}

/// The sre opcodes this module relies on (the crate's numbering).
const OP_AT: u32 = 6;
const AT_NON_BOUNDARY: u32 = 4;
const AT_LOC_NON_BOUNDARY: u32 = 9;
const AT_UNI_NON_BOUNDARY: u32 = 11;

/// `_sre.compile_code(codes, ngroups, nonboundary_positions)`
fn compile_code(_vm: &mut Vm, a: &[Value], _kw: &crate::object::function::KwArgs) -> PyResult {
    check_args("compile_code", a, 3, 3)?;
    let to_u32 = |v: &Value| -> PyResult<u32> {
        if let Value::Long(_) = v {
            if crate::object::number::as_i64(v).is_none() {
                return Err(PyErr::new(ExcKind::OverflowError, "regular expression code size limit exceeded"));
            }
        }
        let i = int_arg(v, "code")?;
        u32::try_from(i).map_err(|_| PyErr::new(ExcKind::OverflowError, "regular expression code size limit exceeded"))
    };
    let items = match &a[0] {
        Value::List(l) => l.snapshot(),
        Value::Tuple(t) => t.items.to_vec(),
        _ => return Err(PyErr::new(ExcKind::TypeError, "code must be a list")),
    };
    let codes = items.iter().map(to_u32).collect::<PyResult<Vec<u32>>>()?;
    let ngroups = int_arg(&a[1], "groups")?.max(0) as usize;
    let at = match &a[2] {
        Value::List(l) => l.snapshot(),
        _ => Vec::new(),
    };
    let empty_codes = if at.is_empty() {
        None
    } else {
        let mut c = codes.clone();
        for p in &at {
            let p = int_arg(p, "position")? as usize;
            // `\B` at an empty subject: a boundary test, which fails there.
            if p + 1 < c.len() && c[p] == OP_AT {
                // plain, LOCALE and UNICODE flavours (the boundary code is one less)
                if matches!(c[p + 1], AT_NON_BOUNDARY | AT_LOC_NON_BOUNDARY | AT_UNI_NON_BOUNDARY) {
                    c[p + 1] -= 1;
                }
            }
        }
        Some(c)
    };
    Ok(Value::other(Object::Native {
        class: code_class().clone(),
        data: Box::new(CodeObj { codes, ngroups, empty_codes }),
    }))
}

/// One match: its span, its groups' spans (-1 when unmatched), lastindex.
struct Found {
    start: usize,
    end: usize,
    lastindex: isize,
    groups: Vec<(isize, isize)>,
}

/// Clamps `pos`/`endpos` into the string as 2.7's `state_init` does (as
/// byte offsets).
fn bounds(s: &Subj, pos: i64, endpos: i64) -> (usize, usize) {
    (s.byte_of(pos), s.byte_of(endpos))
}

const OP_INFO: u32 = 14;
const INFO_PREFIX_OR_CHARSET: u32 = 1 | 4;
const AT_BEGINNING: u32 = 0;
const AT_BEGINNING_STRING: u32 = 2;

thread_local! {
    /// Set while the engine runs: a panic then is malformed code, reported
    /// as CPython's RuntimeError rather than printed by the panic hook.
    static IN_ENGINE: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Runs the engine, turning a panic on malformed code (`_sre.compile`
/// called by hand with garbage) into CPython's "invalid SRE code".
fn guarded(f: impl FnOnce() -> bool) -> PyResult<bool> {
    static QUIET_HOOK: std::sync::Once = std::sync::Once::new();
    QUIET_HOOK.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if !IN_ENGINE.with(|g| g.get()) {
                previous(info)
            }
        }));
    });
    IN_ENGINE.with(|g| g.set(true));
    let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(f));
    IN_ENGINE.with(|g| g.set(false));
    r.map_err(|_| PyErr::new(ExcKind::RuntimeError, "invalid SRE code"))
}

/// The subject as the engine walks it: its bytes, or, for unicode text
/// that is not pure ASCII, its code points (the `&str` drive, positions in
/// characters) with the byte offset of every character, so that callers
/// keep working in byte offsets.
struct Subj<'a> {
    b: &'a [u8],
    text: Option<(&'a str, Vec<usize>)>,
}

impl<'a> Subj<'a> {
    fn new(s: &'a PyStr, of: &Value) -> Self {
        let b = s.as_bytes();
        let text = if !b.is_ascii() && crate::object::unicode::is_unicode(&crate::vm::ops::unwrap_base(of)) {
            std::str::from_utf8(b).ok().map(|t| {
                let mut offs: Vec<usize> = t.char_indices().map(|(i, _)| i).collect();
                offs.push(b.len());
                (t, offs)
            })
        } else {
            None
        };
        Subj { b, text }
    }

    /// The byte offset of Python's position `p` (characters for unicode),
    /// clamped into the string.
    fn byte_of(&self, p: i64) -> usize {
        match &self.text {
            Some((_, offs)) => offs[p.clamp(0, offs.len() as i64 - 1) as usize],
            None => p.clamp(0, self.b.len() as i64) as usize,
        }
    }
}

/// Runs the pattern at `start` (a match) or from `start` on (a search);
/// `start`, `end` and the result are byte offsets.
fn run(vm: &mut Vm, code: &CodeObj, s: &Subj, start: usize, end: usize, search: bool) -> PyResult<Option<Found>> {
    let Some((t, offs)) = &s.text else { return run_on(vm, code, s.b, start, end, search) };
    let ch = |b: usize| offs.partition_point(|&o| o < b);
    let Some(mut f) = run_on(vm, code, *t, ch(start), ch(end), search)? else { return Ok(None) };
    let by = |c: usize| offs[c.min(offs.len() - 1)];
    f.start = by(f.start);
    f.end = by(f.end);
    for g in f.groups.iter_mut() {
        if g.0 >= 0 {
            *g = (by(g.0 as usize) as isize, by(g.1 as usize) as isize);
        }
    }
    Ok(Some(f))
}

fn run_on<S: StrDrive>(
    vm: &mut Vm,
    code: &CodeObj,
    s: S,
    start: usize,
    end: usize,
    search: bool,
) -> PyResult<Option<Found>> {
    if start > end {
        return Ok(None);
    }
    let codes = match (&code.empty_codes, end) {
        (Some(c), 0) => c.as_slice(),
        _ => code.codes.as_slice(),
    };
    let mut st = State::default();
    let has_info = codes.len() > 4 && codes[0] == OP_INFO;
    let ok = if search && !(has_info && codes[2] & INFO_PREFIX_OR_CHARSET != 0) {
        if !search_by_position(vm, codes, s, start, end, has_info, &mut st)? {
            return Ok(None);
        }
        true
    } else {
        let req = Request::new(s, start, end, codes, false);
        guarded(|| if search { st.search(req) } else { st.py_match(&req) })?
    };
    if !ok {
        return Ok(None);
    }
    let groups = (0..code.ngroups)
        .map(|g| {
            let (a, b) = st.marks.get(g);
            if a.is_some() && b.is_some() {
                (a.unpack() as isize, b.unpack() as isize)
            } else {
                (-1, -1)
            }
        })
        .collect();
    Ok(Some(Found { start: st.start, end: st.cursor.position, lastindex: st.marks.last_index(), groups }))
}

/// A search with no literal prefix or first-character set to skip ahead
/// with: the engine's own loop over start positions, done here so that a
/// pending Ctrl-C is seen between positions.
fn search_by_position<S: StrDrive>(
    vm: &mut Vm,
    codes: &[u32],
    s: S,
    start: usize,
    end: usize,
    has_info: bool,
    st: &mut State,
) -> PyResult<bool> {
    let (min, body) = if has_info { (codes[3] as usize, codes[1] as usize + 1) } else { (0, 0) };
    if end - start < min {
        return Ok(false);
    }
    let last = end - min.saturating_sub(1);
    let anchored = codes.len() > body + 1
        && codes[body] == OP_AT
        && (codes[body + 1] == AT_BEGINNING || codes[body + 1] == AT_BEGINNING_STRING);
    for pos in start..=last {
        let req = Request::new(s, pos, end, codes, false);
        st.reset(&req, pos);
        if guarded(|| st.py_match(&req))? {
            return Ok(true);
        }
        if anchored {
            break;
        }
        check_signals(vm)?;
    }
    Ok(false)
}

/// Where the next search starts: one further after an empty match.
fn next_start(f: &Found) -> usize {
    if f.end == f.start {
        f.end + 1
    } else {
        f.end
    }
}

/// Runs pending signal handlers (Ctrl-C) between two matches of a loop.
fn check_signals(vm: &mut Vm) -> PyResult<()> {
    if crate::vm::gil::PENDING_SIGNALS.load(std::sync::atomic::Ordering::Relaxed) != 0 && vm.is_main_thread() {
        vm.run_pending_signals()?;
    }
    Ok(())
}

/// A native match object for a match of `pattern` in `string`.
fn make_match(pattern: &Value, string: &Value, s: &Arc<PyStr>, pos: i64, endpos: i64, f: &Found) -> Value {
    let mut regs = Vec::with_capacity(f.groups.len() + 1);
    regs.push((f.start as isize, f.end as isize));
    regs.extend_from_slice(&f.groups);
    super::sre_match::new_match(super::sre_match::MatchObj {
        pattern: pattern.clone(),
        string: string.clone(),
        bytes: s.clone(),
        pos,
        endpos,
        lastindex: f.lastindex,
        regs,
    })
}

/// `_sre.match(code, string, pos, endpos, search, pattern[, mpos, mendpos])`:
/// a match object or None.
fn match_(vm: &mut Vm, a: &[Value], _kw: &crate::object::function::KwArgs) -> PyResult {
    check_args("match", a, 6, 8)?;
    let code = code_of(&a[0])?;
    let s = subject(&a[1])?;
    let (p, e) = (int_arg(&a[2], "pos")?, int_arg(&a[3], "endpos")?);
    let subj = Subj::new(&s, &a[1]);
    let (pos, end) = bounds(&subj, p, e);
    let search = matches!(a[4], Value::Bool(b) if b.get()) || matches!(a[4], Value::Int(1));
    // A scanner's matches report the scanner's bounds, not where it resumed.
    let (mp, me) = match (a.get(6), a.get(7)) {
        (Some(x), Some(y)) => (int_arg(x, "pos")?, int_arg(y, "endpos")?),
        _ => (p, e),
    };
    Ok(match run(vm, code, &subj, pos, end, search)? {
        Some(f) => make_match(&a[5], &a[1], &s, mp, me, &f),
        None => Value::None,
    })
}

/// `_sre.findall(code, string, pos, endpos)`
fn findall(vm: &mut Vm, a: &[Value], _kw: &crate::object::function::KwArgs) -> PyResult {
    check_args("findall", a, 4, 4)?;
    let code = code_of(&a[0])?;
    let s = subject(&a[1])?;
    let b = s.as_bytes();
    let subj = Subj::new(&s, &a[1]);
    let (mut start, end) = bounds(&subj, int_arg(&a[2], "pos")?, int_arg(&a[3], "endpos")?);
    let slice = |x: isize, y: isize| if x < 0 { piece(&a[1], b"") } else { piece(&a[1], &b[x as usize..y as usize]) };
    let mut out = Vec::new();
    while start <= end {
        let Some(f) = run(vm, code, &subj, start, end, true)? else { break };
        out.push(match f.groups.len() {
            0 => slice(f.start as isize, f.end as isize),
            1 => slice(f.groups[0].0, f.groups[0].1),
            _ => Value::tuple(f.groups.iter().map(|&(x, y)| slice(x, y)).collect()),
        });
        start = next_start(&f);
        check_signals(vm)?;
    }
    Ok(Value::list(out))
}

/// `_sre.split(code, string, maxsplit)`
fn split(vm: &mut Vm, a: &[Value], _kw: &crate::object::function::KwArgs) -> PyResult {
    check_args("split", a, 3, 3)?;
    let code = code_of(&a[0])?;
    let s = subject(&a[1])?;
    let b = s.as_bytes();
    let maxsplit = int_arg(&a[2], "maxsplit")?;
    let subj = Subj::new(&s, &a[1]);
    let end = b.len();
    let (mut start, mut last, mut n) = (0usize, 0usize, 0i64);
    let mut out = Vec::new();
    while maxsplit == 0 || n < maxsplit {
        let Some(f) = run(vm, code, &subj, start, end, true)? else { break };
        if f.start == f.end {
            if last == end || f.end == end {
                break;
            }
            start = f.end + 1;
            continue;
        }
        out.push(piece(&a[1], &b[last..f.start]));
        for &(x, y) in &f.groups {
            out.push(if x < 0 { Value::None } else { piece(&a[1], &b[x as usize..y as usize]) });
        }
        n += 1;
        last = f.end;
        start = f.end;
        check_signals(vm)?;
    }
    out.push(piece(&a[1], &b[last..]));
    Ok(Value::list(out))
}

/// The matches that `sub` replaces, in 2.7's way: an empty match right
/// where the previous one ended is skipped. Calls `f` with each match and
/// the text between the previous one and it.
fn sub_scan(
    vm: &mut Vm,
    code: &CodeObj,
    subj: &Subj,
    count: i64,
    mut f: impl FnMut(&mut Vm, &Found, &[u8]) -> PyResult<()>,
) -> PyResult<usize> {
    let b = subj.b;
    let end = b.len();
    let (mut start, mut i, mut n) = (0usize, 0usize, 0i64);
    while count == 0 || n < count {
        let Some(m) = run(vm, code, subj, start, end, true)? else { break };
        if !(i == m.start && i == m.end && n > 0) {
            f(vm, &m, &b[i.min(m.start)..m.start])?;
            i = m.end;
            n += 1;
        }
        start = next_start(&m);
        check_signals(vm)?;
    }
    Ok(i)
}

/// `_sre.sub(code, string, count, template, error)`: the template is a str
/// (literal) or a list of str and group numbers. Returns `(new, n)`.
fn sub(vm: &mut Vm, a: &[Value], _kw: &crate::object::function::KwArgs) -> PyResult {
    check_args("sub", a, 5, 5)?;
    let code = code_of(&a[0])?;
    let s = subject(&a[1])?;
    let b = s.as_bytes();
    let count = int_arg(&a[2], "count")?;
    if count < 0 {
        return Ok(Value::tuple(vec![a[1].clone(), Value::Int(0)]));
    }
    enum Piece {
        Lit(Arc<PyStr>),
        Group(usize),
    }
    let out_of_unicode = crate::object::unicode::is_unicode(&crate::vm::ops::unwrap_base(&a[1]));
    let mut text = out_of_unicode;
    let mut lit = |v: &Value| -> Option<Arc<PyStr>> {
        match v {
            Value::Str(t) => Some(t.clone()),
            _ => crate::object::unicode::as_unicode(v).map(|t| {
                text = true;
                t.clone()
            }),
        }
    };
    let pieces: Vec<Piece> = match &a[3] {
        v if lit(v).is_some() => vec![Piece::Lit(lit(v).unwrap_or_else(|| Arc::new(PyStr::new(Vec::new()))))],
        Value::List(l) => l
            .snapshot()
            .iter()
            .map(|v| match lit(v) {
                Some(t) => Ok(Piece::Lit(t)),
                None => Ok(Piece::Group(int_arg(v, "group")?.max(0) as usize)),
            })
            .collect::<PyResult<_>>()?,
        _ => return Err(PyErr::new(ExcKind::TypeError, "bad template")),
    };
    let error = a[4].clone();
    let mut out = Vec::with_capacity(b.len());
    let mut n = 0i64;
    let subj = Subj::new(&s, &a[1]);
    let i = sub_scan(vm, code, &subj, count, |vm, m, before| {
        out.extend_from_slice(before);
        for p in &pieces {
            match p {
                Piece::Lit(t) => out.extend_from_slice(t.as_bytes()),
                Piece::Group(0) => out.extend_from_slice(&b[m.start..m.end]),
                Piece::Group(g) => match m.groups.get(g - 1) {
                    Some(&(x, y)) if x >= 0 => out.extend_from_slice(&b[x as usize..y as usize]),
                    Some(_) => return Err(raise(vm, &error, "unmatched group")),
                    None => return Err(raise(vm, &error, "invalid group reference")),
                },
            }
        }
        n += 1;
        Ok(())
    })?;
    out.extend_from_slice(&b[i..]);
    // No match leaves the subject's own type (a unicode template only
    // makes the result unicode when it is used).
    let out =
        if text && (n > 0 || out_of_unicode) { crate::object::unicode::from_utf8(out) } else { Value::bytes(out) };
    Ok(Value::tuple(vec![out, Value::Int(n)]))
}

/// `_sre.sub_matches(code, string, count, pattern)`: the match objects of
/// the matches `sub` would replace, for a callable replacement.
fn sub_matches(vm: &mut Vm, a: &[Value], _kw: &crate::object::function::KwArgs) -> PyResult {
    check_args("sub_matches", a, 4, 4)?;
    let code = code_of(&a[0])?;
    let s = subject(&a[1])?;
    let count = int_arg(&a[2], "count")?;
    let mut out = Vec::new();
    if count >= 0 {
        let subj = Subj::new(&s, &a[1]);
        sub_scan(vm, code, &subj, count, |_, m, _| {
            out.push(make_match(&a[3], &a[1], &s, 0, i64::MAX, m));
            Ok(())
        })?;
    }
    Ok(Value::list(out))
}

/// An instance of the Python exception class `cls` with message `msg`.
fn raise(vm: &mut Vm, cls: &Value, msg: &str) -> PyErr {
    match vm.call(cls, vec![Value::str(msg)]) {
        Ok(v) => PyErr::from_value(v),
        Err(e) => e,
    }
}

/// `_sre.getlower(ch, flags)`: the lowercase of a character as the engine
/// folds it (ASCII, or Unicode with the UNICODE flag).
fn getlower(_vm: &mut Vm, a: &[Value], _kw: &crate::object::function::KwArgs) -> PyResult {
    check_args("getlower", a, 2, 2)?;
    let c = int_arg(&a[0], "character")?;
    let flags = int_arg(&a[1], "flags")?;
    let Ok(c32) = u32::try_from(c) else { return Ok(Value::Int(c)) };
    let low = if flags & 32 != 0 {
        rustpython_sre_engine::string::lower_unicode(c32)
    } else {
        rustpython_sre_engine::string::lower_ascii(c32)
    };
    Ok(Value::Int(low as i64))
}

/// `_sre.compile(pattern, flags, code, groups=0, groupindex={},
/// indexgroup=[])`: a pattern object for hand-made code, as CPython's.
fn compile(vm: &mut Vm, a: &[Value], _kw: &crate::object::function::KwArgs) -> PyResult {
    check_args("compile", a, 3, 6)?;
    let groups = a.get(3).cloned().unwrap_or(Value::Int(0));
    if !matches!(&a[2], Value::List(_)) {
        return Err(PyErr::new(ExcKind::TypeError, format!("argument 3 must be list, not {}", a[2].type_name())));
    }
    // Checked and renumbered now, as 2.7 validates when the pattern is made.
    let words = compile_code(vm, &[a[2].clone(), Value::Int(0), Value::list(vec![])], &[])?;
    let invalid = || PyErr::new(ExcKind::RuntimeError, "invalid SRE code");
    let flags = int_arg(&a[1], "flags")?;
    let ngroups = int_arg(&groups, "groups")?;
    let engine = super::sre_validate::translate(&code_of(&words)?.codes, ngroups, flags).ok_or_else(invalid)?;
    let engine = Value::list(engine.into_iter().map(|c| Value::Int(i64::from(c))).collect());
    let code = compile_code(vm, &[engine, groups.clone(), Value::list(vec![])], &[])?;
    let groupindex = a.get(4).cloned().unwrap_or_else(|| Value::Dict(Arc::new(Dict::new())));
    let indexgroup = a.get(5).cloned().unwrap_or_else(|| Value::list(vec![]));
    let module = vm.import_module("sre_compile", &Dict::new())?;
    let cls = vm.getattr(&module, &PyStr::from_str("SRE_Pattern"))?;
    vm.call(&cls, vec![a[0].clone(), a[1].clone(), code, a[2].clone(), groups, groupindex, indexgroup])
}

pub fn init(d: &Dict) {
    def(d, "compile", compile);
    def(d, "compile_code", compile_code);
    def(d, "match", match_);
    def(d, "findall", findall);
    def(d, "split", split);
    def(d, "sub", sub);
    def(d, "sub_matches", sub_matches);
    def(d, "getlower", getlower);
    super::sre_match::init(d);
    d.set_str("MAGIC", Value::Int(20031017));
    d.set_str("CODESIZE", Value::Int(4));
    d.set_str("MAXREPEAT", Value::Int(rustpython_sre_engine::MAXREPEAT as i64));
    d.set_str("copyright", Value::str(" SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB "));
}
