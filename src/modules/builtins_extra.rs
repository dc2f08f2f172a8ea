//! Less common built-in functions: `reload`, `coerce`, `bytearray`, `buffer`,
//! `memoryview`, and the
//! entry points of code run from strings (`eval`, `exec`, `execfile`,
//! `compile`; the work is in `vm::dynamic`).

use super::{check_args, def};
use crate::object::exception::ExcKind;
use crate::object::function::{Builtin, KwArgs};
use crate::object::number::{self, Num};
use std::sync::Arc;

use crate::object::{Dict, Object, PyErr, PyResult, PyStr, Value};
use crate::vm::dynamic::DynamicMode;
use crate::vm::Vm;

pub fn init(b: &Dict) {
    def_nokw!(b, "reload", reload);
    def_nokw!(b, "coerce", coerce);
    b.set_str("bytearray", Value::Class(crate::object::class::types().bytearray.clone()));
    // Classes written in Python (stdlib/_buffers.py), built on first use.
    def_nokw!(b, "apply", apply);
    def(b, "buffer", |vm, a, kw| {
        let m = vm.import_module("_buffers", &Dict::new())?;
        let cls = vm.getattr(&m, &PyStr::from_str("buffer"))?;
        vm.call_kw(&cls, a.to_vec(), kw)
    });
    def(b, "memoryview", |vm, a, kw| {
        let m = vm.import_module("_buffers", &Dict::new())?;
        let cls = vm.getattr(&m, &PyStr::from_str("memoryview"))?;
        vm.call_kw(&cls, a.to_vec(), kw)
    });
    // Called through the eval loop these see the caller's namespaces
    // (`Vm::call_frame_builtin`); called from native code, `__main__`'s.
    for (name, func) in [
        ("eval", eval_native as crate::object::NativeFn),
        ("exec", exec_native),
        ("execfile", execfile),
        ("input", input_native),
    ] {
        b.set_str(name, Builtin::with_frame(name, func));
    }
    def(b, "compile", compile);
}

fn input_native(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult {
    let g = vm.main_globals();
    input(vm, a, 0, || (g, None))
}

/// `input([prompt])`: `eval(raw_input(prompt))` in the caller's namespaces,
/// with the caller's `__future__` `flags` (compile()'s bits).
pub fn input(
    vm: &mut Vm,
    a: &[Value],
    flags: i64,
    caller: impl FnOnce() -> (Arc<Dict>, Option<Arc<Dict>>),
) -> PyResult {
    check_args("[raw_]input", a, 0, 1)?;
    let raw = vm.interp.builtins.get_str(&PyStr::from_str("raw_input")).unwrap_or(Value::None);
    let line = vm.call(&raw, a.to_vec())?;
    vm.run_dynamic(DynamicMode::Eval, &[line], flags, caller)
}

fn eval_native(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult {
    let g = vm.main_globals();
    vm.run_dynamic(DynamicMode::Eval, a, 0, || (g, None))
}

fn exec_native(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult {
    let g = vm.main_globals();
    vm.run_dynamic(DynamicMode::Exec, a, 0, || (g, None))
}

/// `execfile(path[, globals[, locals]])`: the file's code, run as `exec`.
pub fn execfile(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult {
    check_args("execfile", a, 1, 3)?;
    let path = super::str_arg(&a[0], "execfile() argument 1")?.to_string_lossy();
    // The namespaces are checked before the file is read, as in CPython.
    if let Some(g) = a.get(1).filter(|g| !matches!(crate::vm::ops::unwrap_base(g), Value::Dict(_))) {
        return Err(PyErr::new(
            ExcKind::TypeError,
            format!("execfile() argument 2 must be dict, not {}", g.type_name()),
        ));
    }
    if a.get(2).is_some_and(|l| !l.is_none() && !crate::vm::dynamic::is_mapping(l)) {
        return Err(PyErr::new(ExcKind::TypeError, "locals must be a mapping"));
    }
    let bytes = std::fs::read(&path).map_err(|e| {
        let errno = e.raw_os_error().unwrap_or(2);
        PyErr::with_args(
            ExcKind::IOError,
            vec![Value::Int(errno as i64), Value::str("No such file or directory"), Value::str(&path)],
        )
    })?;
    let (src, recode) = vm.decode_source(&bytes, &path, true)?;
    let code = vm.compile_dynamic_recode(&src, &path, DynamicMode::Exec, 0, recode)?;
    let mut args = vec![Value::other(Object::Code(code))];
    args.extend(a[1..].iter().cloned());
    let g = vm.main_globals();
    vm.run_dynamic(DynamicMode::Exec, &args, 0, || (g, None))
}

/// An argument CPython parses with the `i` format: an int (a float is
/// refused with its own message).
pub fn c_int_arg(v: &Value) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(b.get() as i64),
        Value::Float(_) => Err(PyErr::new(ExcKind::TypeError, "integer argument expected, got float")),
        Value::Long(_) => Err(PyErr::new(ExcKind::OverflowError, "Python int too large to convert to C long")),
        Value::Instance(i) if matches!(i.base, Value::Int(_) | Value::Bool(_)) => c_int_arg(&i.base),
        _ => Err(PyErr::new(ExcKind::TypeError, "an integer is required")),
    }
}

/// `apply(f[, args[, kwargs]])` with 2.7's checks: the arguments must be a
/// sequence and a dict, and say so.
fn apply(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult {
    check_args("apply", a, 1, 3)?;
    let args = match a.get(1) {
        Some(Value::Tuple(t)) => t.items.to_vec(),
        Some(v) => {
            let seq = !matches!(v, Value::Dict(_) | Value::Set(_))
                && crate::object::class::class_of(v).lookup_str("__getitem__").is_some();
            if !seq {
                return Err(type_error(format!("apply() arg 2 expected sequence, found {}", v.type_name())));
            }
            vm.to_vec(v)?
        }
        None => vec![],
    };
    let kwargs = a.get(2).cloned().unwrap_or(Value::None);
    let is_dict =
        matches!(&kwargs, Value::Dict(_)) || matches!(&kwargs, Value::Instance(i) if matches!(i.base, Value::Dict(_)));
    if a.len() > 2 && !is_dict {
        return Err(type_error(format!("apply() arg 3 expected dictionary, found {}", kwargs.type_name())));
    }
    let (args, kwargs) = vm.collect_call_args(&a[0], Value::tuple(args), Value::None, Value::None, kwargs)?;
    vm.call_kw(&a[0], args, &kwargs)
}

fn type_error(m: String) -> PyErr {
    PyErr::new(ExcKind::TypeError, m)
}

/// `compile(source, filename, mode)`: a code object for eval or exec.
fn compile(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult {
    // Kept positional: `dont_inherit=` alone must not land in `flags`.
    let a: Vec<Option<Value>> =
        super::kwparse::parse("compile", a, kw, &["source", "filename", "mode", "flags", "dont_inherit"], 3)?;
    let a: Vec<Value> = a.into_iter().map(|v| v.unwrap_or(Value::None)).collect();
    if super::str_arg(&a[0], "compile() arg 1").is_err() {
        // Not text: an AST node object, or an error.
        return super::ast_compile::compile_tree(vm, &a);
    }
    // 2.7's order: the argument types ("Oss|ii"), the flags, the mode, and
    // only then the source.
    let filename = super::str_arg(&a[1], "compile() arg 2")?.to_string_lossy();
    let mode = super::str_arg(&a[2], "compile() arg 3")?.clone();
    let flags = match a.get(3) {
        Some(Value::None) | None => 0,
        Some(v) => c_int_arg(v)?,
    };
    if let Some(v) = a.get(4).filter(|v| !v.is_none()) {
        c_int_arg(v)?;
    }
    // The future-feature bits, the obsolete CO_NESTED/CO_GENERATOR_ALLOWED,
    // PyCF_DONT_IMPLY_DEDENT and PyCF_ONLY_AST: anything else is refused.
    const KNOWN: i64 = 0x2000 | 0x4000 | 0x8000 | 0x10000 | 0x20000 | 0x10 | 0x1000 | 0x200 | 0x400;
    if flags & !KNOWN != 0 {
        return Err(PyErr::new(ExcKind::ValueError, "compile(): unrecognised flags"));
    }
    let mode = match mode.as_bytes() {
        b"eval" => DynamicMode::Eval,
        b"exec" => DynamicMode::Exec,
        b"single" => DynamicMode::Single,
        _ => return Err(PyErr::new(ExcKind::ValueError, "compile() arg 3 must be 'exec', 'eval' or 'single'")),
    };
    super::str_arg(&a[0], "compile() arg 1")
        .map_err(|_| PyErr::new(ExcKind::TypeError, "expected a readable buffer object"))?;
    // 2.7 reads the source as a C string (a unicode one as UTF-8).
    if super::str_arg(&a[0], "compile() arg 1")?.as_bytes().contains(&0) {
        return Err(PyErr::new(ExcKind::TypeError, "compile() expected string without null bytes"));
    }
    // A str is read in its declared encoding, a unicode as it is.
    let source = crate::vm::ops::unwrap_base(&a[0]);
    let (src, recode) = vm.dynamic_source(&source, &filename)?.unwrap_or_default();
    let mut flags = flags;
    let mut src = src;
    if mode == DynamicMode::Single && flags & 0x200 != 0 && !src.ends_with('\n') {
        // A last line of blanks does not end a compound statement here.
        flags |= crate::vm::dynamic::NO_FINAL_NEWLINE;
        src.truncate(src.trim_end_matches([' ', '\t', '\x0c']).len());
    }
    let src = if mode != DynamicMode::Eval && !src.ends_with('\n') { src + "\n" } else { src };
    if flags & super::ast_compile::ONLY_AST != 0 {
        return super::ast_compile::parse(vm, &src, &filename, mode, flags, recode);
    }
    Ok(Value::other(Object::Code(vm.compile_dynamic_recode(&src, &filename, mode, flags, recode)?)))
}

/// `reload(module)`: runs a source module's file again in its namespace;
/// native and embedded modules come back as they are.
fn reload(vm: &mut Vm, a: &[Value], _: &crate::object::function::KwArgs) -> PyResult {
    check_args("reload", a, 1, 1)?;
    let Some(Object::Module(m)) = a[0].as_object() else {
        return Err(PyErr::new(ExcKind::TypeError, "reload() argument must be module"));
    };
    let file = m.dict.get_str(&PyStr::from_str("__file__")).and_then(|f| f.as_str().map(|s| s.to_string_lossy()));
    if let Some(path) = file.filter(|p| p.ends_with(".py")) {
        if let Ok(bytes) = std::fs::read(&path) {
            let code = vm.compile_source_bytes(&bytes, &path)?;
            vm.run_code(&code, m.dict.clone())?;
        }
    }
    Ok(a[0].clone())
}

/// `coerce(x, y)`: both numbers converted to the wider of their types.
fn coerce(vm: &mut Vm, a: &[Value], _: &crate::object::function::KwArgs) -> PyResult {
    check_args("coerce", a, 2, 2)?;
    if let Some(r) = vm.call_dunder(&a[0], "__coerce__", vec![a[1].clone()])? {
        if !crate::vm::ops::is_not_implemented(&r) {
            return Ok(r);
        }
    }
    // Then the right operand's, whose pair comes back swapped.
    if let Some(r) = vm.call_dunder(&a[1], "__coerce__", vec![a[0].clone()])? {
        if let Value::Tuple(t) = &r {
            if t.items.len() == 2 {
                return Ok(Value::tuple(vec![t.items[1].clone(), t.items[0].clone()]));
            }
        }
        if !crate::vm::ops::is_not_implemented(&r) && !r.is_none() {
            return Err(PyErr::new(ExcKind::TypeError, "coercion should return None or 2-tuple"));
        }
    }
    // Subclasses of the number types coerce by their values.
    let a = [crate::vm::ops::unwrap_base(&a[0]), crate::vm::ops::unwrap_base(&a[1])];
    if let Some(pair) = crate::object::complex_methods::coerce_pair(&a[0], &a[1])? {
        return Ok(pair);
    }
    let (Some(x), Some(y)) = (Num::of(&a[0]), Num::of(&a[1])) else {
        return Err(PyErr::new(ExcKind::TypeError, "number coercion failed"));
    };
    let widen = |v: &Value, n: &Num| -> PyResult<Value> {
        Ok(match (&a[0], &a[1]) {
            (Value::Float(_), _) | (_, Value::Float(_)) => Value::float(n.to_f64()?),
            (Value::Long(_), _) | (_, Value::Long(_)) => Value::long(number::as_bigint(v).unwrap_or_default()),
            _ => v.clone(),
        })
    };
    Ok(Value::tuple(vec![widen(&a[0], &x)?, widen(&a[1], &y)?]))
}

/// The `__doc__` of a property's getter, which a property without a doc of
/// its own shows (CPython's property_init); `None` if it has none.
fn getter_doc(vm: &mut Vm, fget: &Value) -> Value {
    if fget.is_none() {
        return Value::None;
    }
    vm.getattr(fget, &PyStr::from_str("__doc__")).unwrap_or(Value::None)
}

/// `property(fget, fset, fdel, doc)`
pub fn new_property(vm: &mut Vm, fget: Value, fset: Value, fdel: Value, doc: Value) -> Value {
    let doc = if doc.is_none() { getter_doc(vm, &fget) } else { doc };
    Value::other(Object::Property { fget, fset, fdel, doc })
}

/// `prop.getter(f)` / `.setter(f)` / `.deleter(f)`: a copy with one function
/// replaced. A doc taken from the old getter follows a new getter.
pub fn property_with(vm: &mut Vm, a: &[Value], which: usize) -> PyResult {
    check_args("property", a, 2, 2)?;
    let Some(Object::Property { fget, fset, fdel, doc }) = a[0].as_object() else {
        return Err(PyErr::new(ExcKind::TypeError, "descriptor requires a 'property' object"));
    };
    let mut parts = [fget.clone(), fset.clone(), fdel.clone()];
    parts[which] = a[1].clone();
    let [fget_new, fset, fdel] = parts;
    let doc_from_getter = !doc.is_none() && getter_doc(vm, fget).is(doc);
    let doc = if which == 0 && doc_from_getter { Value::None } else { doc.clone() };
    Ok(new_property(vm, fget_new, fset, fdel, doc))
}

/// A C long argument as PyArg_ParseTuple's "l" takes it (chr, unichr): ints
/// and longs that fit, never floats.
pub fn long_arg(v: &Value) -> PyResult<i64> {
    match crate::vm::ops::unwrap_base(v) {
        Value::Int(i) => Ok(i),
        Value::Bool(b) => Ok(b.get() as i64),
        Value::Long(b) => num_traits::ToPrimitive::to_i64(&*b)
            .ok_or_else(|| PyErr::new(ExcKind::OverflowError, "Python int too large to convert to C long")),
        Value::Float(_) => Err(PyErr::new(ExcKind::TypeError, "integer argument expected, got float")),
        _ => Err(PyErr::new(ExcKind::TypeError, "an integer is required")),
    }
}

/// The result of a conversion method (`__int__`, `__long__`, `__float__`,
/// `__hex__`, `__oct__`) checked for its type, with CPython's message.
pub fn checked_conversion(r: Value, dunder: &str) -> PyResult {
    // Instances of subclasses of the wanted type pass, as PyInt_Check etc. do.
    let ok = matches!(
        (dunder, crate::vm::ops::unwrap_base(&r)),
        ("__int__" | "__long__", Value::Int(_) | Value::Long(_) | Value::Bool(_))
            | ("__float__", Value::Float(_))
            | ("__hex__" | "__oct__", Value::Str(_))
    );
    if ok {
        return Ok(r);
    }
    let wanted = match dunder {
        "__int__" => "int",
        "__long__" => "long",
        "__float__" => "float",
        _ => "string",
    };
    Err(PyErr::new(ExcKind::TypeError, format!("{} returned non-{} (type {})", dunder, wanted, r.type_name())))
}

/// `unicode(string, encoding[, errors])`, the decoding form of the unicode
/// constructor; None when the call is not of this form.
pub fn unicode_decoding(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Option<Value>> {
    use super::kwarg;
    let named = kwarg(kw, "encoding").is_some() || kwarg(kw, "errors").is_some();
    let looks_textual = a.iter().take(2).any(|v| matches!(v, Value::Str(_)));
    if a.len() + kw.len() < 2 || !(named || looks_textual) {
        return Ok(None);
    }
    let type_error = |m: String| PyErr::new(ExcKind::TypeError, m);
    if a.len() + kw.len() > 3 {
        return Err(type_error(format!("unicode() takes at most 3 arguments ({} given)", a.len() + kw.len())));
    }
    const NAMES: [&str; 3] = ["string", "encoding", "errors"];
    if let Some((k, _)) = kw.iter().find(|(k, _)| !NAMES.contains(&k.as_str().as_ref())) {
        return Err(type_error(format!("'{}' is an invalid keyword argument for this function", k.as_str())));
    }
    let mut args: [Option<Value>; 3] = [None, None, None];
    for (i, name) in NAMES.iter().enumerate() {
        args[i] = match (a.get(i), kwarg(kw, name)) {
            (Some(_), Some(_)) => {
                return Err(type_error(format!("Argument given by name ('{}') and position ({})", name, i + 1)))
            }
            (Some(v), None) | (None, Some(v)) => Some(v.clone()),
            (None, None) => None,
        };
    }
    let text_arg = |i: usize, default: &str| -> PyResult<Vec<u8>> {
        match &args[i] {
            None => Ok(default.as_bytes().to_vec()),
            Some(Value::Str(s)) => Ok(s.as_bytes().to_vec()),
            Some(v) => Err(type_error(format!("unicode() argument {} must be string, not {}", i + 1, v.type_name()))),
        }
    };
    let encoding = text_arg(1, "ascii")?;
    let errors = text_arg(2, "strict")?;
    let source = match &args[0] {
        None => return Ok(Some(Value::str(""))),
        Some(v) => match crate::vm::ops::unwrap_base(v) {
            Value::Str(s) => s.as_bytes().to_vec(),
            u if crate::object::unicode::is_unicode(&u) => {
                return Err(type_error("decoding Unicode is not supported".to_string()))
            }
            _ => {
                return Err(type_error(format!("coercing to Unicode: need string or buffer, {} found", v.type_name())))
            }
        },
    };
    crate::object::unicode_methods::decode_value(vm, &source, &encoding, &errors).map(Some)
}

/// `types.ModuleType(name[, doc])`: a new, empty module object.
pub fn new_module(a: &[Value], kw: &KwArgs) -> PyResult {
    let a = super::kwparse::parse("module.__init__", a, kw, &["name", "doc"], 1)?;
    let name = match &a[0] {
        Some(Value::Str(s)) => s.clone(),
        Some(other) => {
            return Err(PyErr::new(
                ExcKind::TypeError,
                format!("module.__init__() argument 1 must be string, not {}", other.type_name()),
            ))
        }
        None => return Err(PyErr::new(ExcKind::TypeError, "module.__init__() takes at least 1 argument (0 given)")),
    };
    let dict = Arc::new(crate::object::Dict::new());
    dict.set_str("__name__", Value::Str(name.clone()));
    dict.set_str("__doc__", a.get(1).cloned().flatten().unwrap_or(Value::None));
    let m = Value::other(Object::Module(crate::object::module::Module { name, dict }));
    crate::vm::collector::track_value(&m);
    Ok(m)
}

/// A metaclass's `__instancecheck__` / `__subclasscheck__` (abc.ABCMeta's),
/// asked by isinstance/issubclass; None when the class has none, or for an
/// instance of exactly that class (CPython's shortcut).
pub fn meta_check(vm: &mut Vm, v: &Value, cls: &Arc<crate::object::Class>, instance: bool) -> PyResult<Option<bool>> {
    let Some(meta) = &cls.meta else { return Ok(None) };
    if instance && Arc::ptr_eq(&crate::object::class::class_ref(v), cls) {
        return Ok(Some(true));
    }
    let hook = meta.lookup_str(if instance { "__instancecheck__" } else { "__subclasscheck__" });
    let Some(hook) = hook else { return Ok(None) };
    if matches!(hook, Value::Builtin(_)) {
        return Ok(None);
    }
    let r = vm.call(&hook, vec![Value::Class(cls.clone()), v.clone()])?;
    Ok(Some(vm.truthy(&r)?))
}

/// Whether `v` is a `bytearray`, or a `buffer` over characters (a str, a
/// bytearray: not an array, which offers no char buffer in 2.7), which
/// `int()`/`float()` read as text like a str.
pub fn is_byte_buffer(v: &Value) -> bool {
    if crate::object::bytearray::is_bytearray(v) {
        return true;
    }
    let Value::Instance(i) = v else { return false };
    let is_buffer = i.class().mro_with_self().iter().any(|c| {
        let module =
            c.dict.get_str(&PyStr::from_str("__module__")).and_then(|m| m.as_str().map(|s| s.to_string_lossy()));
        matches!((c.name().as_str(), module.as_deref()), ("buffer", Some("__builtin__")))
    });
    // `_chars`, a slot of stdlib/_buffers.py's buffer (slots live in the
    // instance dict), read without running code.
    is_buffer && i.dict.get_str(&PyStr::from_str("_chars")).is_some_and(|c| c.is(&Value::bool(true)))
}

/// `xrange(...)`: the arguments go through `__int__` as 2.7's "l" format does,
/// and the length must fit a C long.
pub(crate) fn xrange_new(vm: &mut Vm, a: &[Value]) -> PyResult {
    let a = if (1..=3).contains(&a.len()) {
        a.iter().map(|v| vm.c_long_arg(v).map(Value::Int)).collect::<PyResult<Vec<_>>>()?
    } else {
        a.to_vec()
    };
    let (start, stop, step) = super::builtins::range_args(&a, "xrange")?;
    // CPython keeps the length in a C long.
    let (lo, hi, by) = if step > 0 { (start, stop, step as i128) } else { (stop, start, -(step as i128)) };
    if lo < hi && (hi as i128 - lo as i128 - 1) / by + 1 > i64::MAX as i128 {
        return Err(PyErr::new(ExcKind::OverflowError, "xrange() result has too many items"));
    }
    Ok(Value::other(Object::XRange { start, stop, step }))
}
