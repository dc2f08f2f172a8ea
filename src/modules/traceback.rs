//! The `traceback` module (print_exc, format_exc, format_exception,
//! extract_tb, ...) and the traceback objects of `sys.exc_info()[2]`, which
//! carry the frames an exception passed through.

use std::sync::{Arc, OnceLock};

use super::{check_args, def, kwarg};
use crate::object::class::{types, Class};
use crate::object::exception::TbEntry;
use crate::object::function::KwArgs;
use crate::object::{Dict, Object, PyErr, PyResult, Value};
use crate::vm::Vm;

/// A traceback object: the frames (outermost first) from `idx` on.
pub struct TbData {
    entries: Arc<Vec<TbEntry>>,
    idx: usize,
}

fn tb_class() -> &'static Arc<Class> {
    static CLS: OnceLock<Arc<Class>> = OnceLock::new();
    CLS.get_or_init(|| {
        let cls =
            Class::new("traceback", vec![types().object.clone()], Arc::new(Dict::new()), false).expect("one base");
        let prop = |name: &'static str, f: crate::object::NativeFn| {
            let getter = crate::object::Builtin::new(name, f);
            cls.dict.set_str(
                name,
                Value::other(Object::Property { fget: getter, fset: Value::None, fdel: Value::None, doc: Value::None }),
            );
        };
        prop("tb_lineno", |_, a, _| Ok(entry(&a[0]).map(|e| Value::Int(e.line as i64)).unwrap_or(Value::None)));
        prop("tb_next", |_, a, _| {
            Ok(match a[0].native::<TbData>() {
                Some(t) if t.idx + 1 < t.entries.len() => tb_value(t.entries.clone(), t.idx + 1),
                _ => Value::None,
            })
        });
        prop("tb_frame", |_, a, _| {
            let Some(e) = entry(&a[0]) else { return Ok(Value::None) };
            // A frame object as the tracer's, for post-mortem debuggers
            // (pdb.pm): a function's locals are not kept with the traceback.
            let f = crate::object::Instance::new(crate::vm::trace::frame_class(), Value::None);
            f.dict.set_str("f_code", Value::other(Object::Code(e.code.clone())));
            f.dict.set_str("f_lineno", Value::Int(e.line as i64));
            f.dict.set_str("f_globals", Value::Dict(e.globals.clone()));
            let module = matches!(e.code.kind, crate::compile::code::CodeKind::Module);
            let locals = if module { e.globals.clone() } else { Arc::new(Dict::new()) };
            f.dict.set_str("f_locals", Value::Dict(locals));
            f.dict.set_str("f_back", Value::None);
            f.dict.set_str("f_trace", Value::None);
            Ok(Value::Instance(Arc::new(f)))
        });
        cls
    })
}

fn entry(v: &Value) -> Option<TbEntry> {
    let t = v.native::<TbData>()?;
    t.entries.get(t.idx).cloned()
}

fn tb_value(entries: Arc<Vec<TbEntry>>, idx: usize) -> Value {
    Value::other(Object::Native { class: tb_class().clone(), data: Box::new(TbData { entries, idx }) })
}

/// The traceback object for frames `innermost_first`, or None when empty.
pub fn traceback_object(innermost_first: &[TbEntry]) -> Value {
    if innermost_first.is_empty() {
        return Value::None;
    }
    let outermost_first: Vec<TbEntry> = innermost_first.iter().rev().cloned().collect();
    tb_value(Arc::new(outermost_first), 0)
}

/// The frames of a traceback object (outermost first).
fn frames_of(tb: &Value) -> Vec<TbEntry> {
    match tb.native::<TbData>() {
        Some(t) => t.entries[t.idx.min(t.entries.len())..].to_vec(),
        None => Vec::new(),
    }
}

/// The frames of a traceback object, innermost first (the order of
/// `ExcState::traceback`); None when `tb` is not a traceback.
pub fn entries_innermost_first(tb: &Value) -> Option<Vec<TbEntry>> {
    tb.native::<TbData>()?;
    let mut v = frames_of(tb);
    v.reverse();
    Some(v)
}

fn limit_of(v: Option<&Value>) -> Option<usize> {
    match v {
        Some(Value::Int(n)) if *n >= 0 => Some(*n as usize),
        _ => None,
    }
}

/// `  File "f.py", line 3, in g\n    text\n` for each frame.
fn format_entries(vm: &mut Vm, frames: &[TbEntry], limit: Option<usize>) -> Vec<String> {
    let n = limit.unwrap_or(frames.len()).min(frames.len());
    frames[..n]
        .iter()
        .map(|e| {
            let mut s = format!("  File \"{}\", line {}, in {}\n", e.code.filename, e.line, e.code.name.as_str());
            if let Some(text) = vm.interp.source_line(&e.code.filename, e.line) {
                if !text.is_empty() {
                    s.push_str(&format!("    {}\n", text));
                }
            }
            s
        })
        .collect()
}

/// `Type: message\n`, with the bare class name as the Python module prints it.
fn exception_only(vm: &mut Vm, etype: &Value, value: &Value) -> Vec<String> {
    if value.is_none() {
        let name = match etype {
            Value::Class(c) => c.name(),
            other => vm.to_str(other).map(|s| s.to_string_lossy()).unwrap_or_default(),
        };
        return vec![format!("{}\n", name)];
    }
    let text = crate::traceback::format_exception_only_py(vm, value);
    let qualified = crate::traceback::exception_type_name(value);
    let bare = value.class().name();
    let text = match text.rfind(&qualified) {
        Some(pos) if qualified != bare => format!("{}{}{}", &text[..pos], bare, &text[pos + qualified.len()..]),
        _ => text,
    };
    // A SyntaxError comes as its file/line/caret lines plus the message
    // line; any other exception is one item, even with a multi-line message.
    if value.class().is_subclass(crate::object::ExcKind::SyntaxError.class()) {
        text.split_inclusive('\n').map(str::to_string).collect()
    } else {
        vec![text]
    }
}

fn format_exception(vm: &mut Vm, etype: &Value, value: &Value, tb: &Value, limit: Option<usize>) -> Vec<String> {
    let frames = frames_of(tb);
    let mut out = Vec::new();
    if !frames.is_empty() {
        out.push("Traceback (most recent call last):\n".to_string());
        out.extend(format_entries(vm, &frames, limit));
    }
    out.extend(exception_only(vm, etype, value));
    out
}

fn current(vm: &Vm) -> (Value, Value, Value) {
    match vm.exc_stack.last() {
        Some(s) => (Value::Class(s.value.class()), s.value.clone(), traceback_object(&s.traceback)),
        None => (Value::None, Value::None, Value::None),
    }
}

fn strings(v: Vec<String>) -> Value {
    Value::list(v.iter().map(|s| Value::str(s)).collect())
}

fn write(vm: &mut Vm, file: Option<&Value>, text: &str) -> PyResult<()> {
    let f = match file {
        Some(f) if !f.is_none() => f.clone(),
        _ => vm.sys_stream("stderr"),
    };
    vm.flush_std();
    vm.write_to(&f, text.as_bytes())
}

fn print_exc(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult {
    let limit = limit_of(a.first().or_else(|| kwarg(kw, "limit")));
    let (t, v, tb) = current(vm);
    let text = format_exception(vm, &t, &v, &tb, limit).concat();
    write(vm, a.get(1).or_else(|| kwarg(kw, "file")), &text)?;
    Ok(Value::None)
}

pub fn init(d: &Dict) {
    def(d, "format_exc", |vm, a, kw| {
        let limit = limit_of(a.first().or_else(|| kwarg(kw, "limit")));
        let (t, v, tb) = current(vm);
        Ok(Value::str(&format_exception(vm, &t, &v, &tb, limit).concat()))
    });
    def(d, "print_exc", print_exc);
    def(d, "print_last", print_exc);
    def(d, "format_exception", |vm, a, kw| {
        check_args("format_exception", a, 3, 4)?;
        let limit = limit_of(a.get(3).or_else(|| kwarg(kw, "limit")));
        Ok(strings(format_exception(vm, &a[0], &a[1], &a[2], limit)))
    });
    def(d, "print_exception", |vm, a, kw| {
        check_args("print_exception", a, 3, 5)?;
        let limit = limit_of(a.get(3).or_else(|| kwarg(kw, "limit")));
        let text = format_exception(vm, &a[0], &a[1], &a[2], limit).concat();
        write(vm, a.get(4).or_else(|| kwarg(kw, "file")), &text)?;
        Ok(Value::None)
    });
    def(d, "format_exception_only", |vm, a, _| {
        check_args("format_exception_only", a, 2, 2)?;
        Ok(strings(exception_only(vm, &a[0], &a[1])))
    });
    def(d, "format_tb", |vm, a, kw| {
        check_args("format_tb", a, 1, 2)?;
        let limit = limit_of(a.get(1).or_else(|| kwarg(kw, "limit")));
        let frames = frames_of(&a[0]);
        Ok(strings(format_entries(vm, &frames, limit)))
    });
    def(d, "print_tb", |vm, a, kw| {
        check_args("print_tb", a, 1, 3)?;
        let limit = limit_of(a.get(1).or_else(|| kwarg(kw, "limit")));
        let frames = frames_of(&a[0]);
        let text = format_entries(vm, &frames, limit).concat();
        write(vm, a.get(2).or_else(|| kwarg(kw, "file")), &text)?;
        Ok(Value::None)
    });
    def(d, "extract_tb", |vm, a, kw| {
        check_args("extract_tb", a, 1, 2)?;
        let limit = limit_of(a.get(1).or_else(|| kwarg(kw, "limit")));
        let frames = frames_of(&a[0]);
        let n = limit.unwrap_or(frames.len()).min(frames.len());
        let rows = frames[..n]
            .iter()
            .map(|e| {
                let line =
                    vm.interp.source_line(&e.code.filename, e.line).map(|l| Value::str(&l)).unwrap_or(Value::None);
                Value::tuple(vec![
                    Value::str(&e.code.filename),
                    Value::Int(e.line as i64),
                    Value::Str(e.code.name.clone()),
                    line,
                ])
            })
            .collect();
        Ok(Value::list(rows))
    });
    def(d, "format_list", |vm, a, _| {
        check_args("format_list", a, 1, 1)?;
        let mut out = Vec::new();
        for row in vm.to_vec(&a[0])? {
            let parts = vm.to_vec(&row)?;
            if parts.len() != 4 {
                return Err(PyErr::new(crate::object::ExcKind::ValueError, "need (filename, lineno, name, line)"));
            }
            let f = vm.to_str(&parts[0])?.to_string_lossy();
            let l = vm.to_str(&parts[1])?.to_string_lossy();
            let n = vm.to_str(&parts[2])?.to_string_lossy();
            let mut s = format!("  File \"{}\", line {}, in {}\n", f, l, n);
            if !parts[3].is_none() {
                s.push_str(&format!("    {}\n", vm.to_str(&parts[3])?.as_str().trim()));
            }
            out.push(s);
        }
        Ok(strings(out))
    });
    // minipy's stand-in for doctest's patch of linecache.getlines: records
    // the source of code compiled from a string, so that tracebacks through
    // it show its lines.
    def(d, "_add_source", |vm, a, _| {
        check_args("_add_source", a, 2, 2)?;
        let name = vm.to_str(&a[0])?.to_string_lossy();
        let text = vm.to_str(&a[1])?.to_string_lossy();
        vm.interp.add_source(&name, &text);
        Ok(Value::None)
    });
    def(d, "extract_stack", |vm, a, kw| {
        check_args("extract_stack", a, 0, 2)?;
        let rows = stack_rows(vm, a, kw)?;
        Ok(Value::list(
            rows.into_iter()
                .map(|(f, l, n, t)| {
                    Value::tuple(vec![
                        Value::str(&f),
                        Value::Int(l),
                        Value::str(&n),
                        t.map_or(Value::None, |t| Value::str(&t)),
                    ])
                })
                .collect(),
        ))
    });
    def(d, "format_stack", |vm, a, kw| {
        check_args("format_stack", a, 0, 2)?;
        let rows = stack_rows(vm, a, kw)?;
        Ok(strings(rows.iter().map(row_text).collect()))
    });
    def(d, "print_stack", |vm, a, kw| {
        check_args("print_stack", a, 0, 3)?;
        let rows = stack_rows(vm, &a[..a.len().min(2)], kw)?;
        let text: String = rows.iter().map(row_text).collect();
        write(vm, a.get(2).or_else(|| kwarg(kw, "file")), &text)?;
        Ok(Value::None)
    });
}

/// One stack entry: file, line, function, source text.
type StackRow = (String, i64, String, Option<String>);

fn row_text(r: &StackRow) -> String {
    let mut s = format!("  File \"{}\", line {}, in {}\n", r.0, r.1, r.2);
    if let Some(t) = &r.3 {
        s.push_str(&format!("    {}\n", t.trim()));
    }
    s
}

/// The entries of `extract_stack(f=None, limit=None)`, outermost first: the
/// frame objects from `f` (the caller's frame by default) down `f_back`,
/// the innermost `limit` of them.
fn stack_rows(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Vec<StackRow>> {
    let limit = limit_of(a.get(1).or_else(|| kwarg(kw, "limit")));
    let mut f = match a.first().or_else(|| kwarg(kw, "f")) {
        Some(f) if !f.is_none() => f.clone(),
        _ => super::sys_frames::getframe(vm, &[], &[])?,
    };
    let mut rows = Vec::new();
    while !f.is_none() && limit.is_none_or(|n| rows.len() < n) {
        let code = vm.getattr(&f, &crate::object::PyStr::from_str("f_code"))?;
        let line = match vm.getattr(&f, &crate::object::PyStr::from_str("f_lineno"))? {
            Value::Int(n) => n,
            _ => 0,
        };
        let filename = vm.getattr(&code, &crate::object::PyStr::from_str("co_filename"))?;
        let filename = vm.to_str(&filename)?.to_string_lossy();
        let name = vm.getattr(&code, &crate::object::PyStr::from_str("co_name"))?;
        let name = vm.to_str(&name)?.to_string_lossy();
        let text = vm.interp.source_line(&filename, line.max(0) as u32);
        rows.push((filename, line, name, text));
        f = vm.getattr(&f, &crate::object::PyStr::from_str("f_back"))?;
    }
    rows.reverse();
    Ok(rows)
}
