//! The `sys` module.

use crate::object::BoolBits;
use std::sync::Arc;

use super::{check_args, def, int_arg, structseq};
use crate::object::{Dict, ExcKind, Object, PyErr, Value};

pub fn init(d: &Dict, modules: &Arc<Dict>, argv: Vec<String>) {
    d.set_str("__name__", Value::str("sys"));
    d.set_str("argv", Value::list(argv.iter().map(|a| Value::str(a)).collect()));
    d.set_str("modules", Value::Dict(modules.clone()));
    d.set_str("path", Value::list(vec![]));
    d.set_str("path_hooks", Value::list(vec![]));
    d.set_str("path_importer_cache", Value::Dict(Arc::new(Dict::new())));
    d.set_str("version", Value::str("2.7.18 (minipy 0.1.0)"));
    d.set_str("version_info", version_info());
    d.set_str("float_info", float_info());
    d.set_str("long_info", long_info());
    d.set_str("flags", flags());
    d.set_str("maxunicode", Value::Int(0x10FFFF));
    d.set_str("subversion", Value::tuple(vec![Value::str("CPython"), Value::str(""), Value::str("")]));
    d.set_str("prefix", Value::str("/usr"));
    d.set_str("exec_prefix", Value::str("/usr"));
    d.set_str("dont_write_bytecode", Value::Bool(BoolBits::TRUE));
    d.set_str("api_version", Value::Int(1013));
    d.set_str("warnoptions", Value::list(vec![]));
    def(d, "getsizeof", getsizeof);
    // A frame builtin: called from Python code it sees the caller's locals.
    d.set_str("_getframe", crate::object::function::Builtin::with_frame("_getframe", super::sys_frames::getframe));
    super::sys_frames::add_hooks(d);
    def(d, "getfilesystemencoding", |_, _, _| Ok(Value::str("UTF-8")));
    def(d, "displayhook", |vm, a, _| {
        check_args("displayhook", a, 1, 1)?;
        vm.display_value(&a[0])?;
        Ok(Value::None)
    });
    if let Some(h) = d.get_str(&crate::object::PyStr::from_str("displayhook")) {
        d.set_str("__displayhook__", h);
    }
    def(d, "call_tracing", |vm, a, _| {
        check_args("call_tracing", a, 2, 2)?;
        let Value::Tuple(t) = &a[1] else {
            let msg = format!("call_tracing() argument 2 must be tuple, not {}", a[1].type_name());
            return Err(PyErr::new(ExcKind::TypeError, msg));
        };
        vm.call(&a[0], t.items.to_vec())
    });
    d.set_str("hexversion", Value::Int(0x020712f0));
    d.set_str("platform", Value::str("linux2"));
    d.set_str("maxint", Value::Int(i64::MAX));
    d.set_str("maxsize", Value::Int(i64::MAX));
    // CPython's -3 flag (warnings about Python 3 incompatibilities): never on.
    d.set_str("py3kwarning", Value::Bool(crate::object::BoolBits::FALSE));
    d.set_str("byteorder", Value::str("little"));
    // repr(float) is the shortest string that round-trips, as CPython on IEEE platforms.
    d.set_str("float_repr_style", Value::str("short"));
    d.set_str(
        "executable",
        Value::str(&std::env::current_exe().map(|p| p.to_string_lossy().into_owned()).unwrap_or_default()),
    );
    d.set_str(
        "builtin_module_names",
        Value::tuple(["__builtin__", "sys", "time", "math", "cmath", "posix"].iter().map(|s| Value::str(s)).collect()),
    );
    d.set_str("stdout", Value::other(Object::File(super::file::FileObj::stdout())));
    d.set_str("stderr", Value::other(Object::File(super::file::FileObj::stderr())));
    d.set_str("stdin", Value::other(Object::File(super::file::FileObj::stdin())));
    for (alias, name) in [("__stdout__", "stdout"), ("__stderr__", "stderr"), ("__stdin__", "stdin")] {
        if let Some(v) = d.get_str(&crate::object::PyStr::from_str(name)) {
            d.set_str(alias, v);
        }
    }
    def(d, "exit", |_, a, _| {
        check_args("exit", a, 0, 1)?;
        // As raising SystemExit with that value: a tuple is the arguments.
        match a.first() {
            Some(Value::Tuple(t)) => Err(PyErr::with_args(ExcKind::SystemExit, t.items.to_vec())),
            _ => Err(PyErr::with_args(ExcKind::SystemExit, a.to_vec())),
        }
    });
    def(d, "getrecursionlimit", |vm, a, _| {
        check_args("getrecursionlimit", a, 0, 0)?;
        Ok(Value::Int(vm.interp.recursion_limit() as i64))
    });
    def(d, "setrecursionlimit", |vm, a, _| {
        check_args("setrecursionlimit", a, 1, 1)?;
        let n = int_arg(&a[0], "setrecursionlimit")?;
        if n <= 0 {
            return Err(PyErr::new(ExcKind::ValueError, "recursion limit must be positive"));
        }
        vm.interp.set_recursion_limit(n as usize);
        Ok(Value::None)
    });
    def(d, "exc_info", |vm, _, _| {
        Ok(match vm.exc_stack.last() {
            Some(s) => Value::tuple(vec![
                Value::Class(s.value.class()),
                s.value.clone(),
                super::traceback::traceback_object(&s.traceback),
            ]),
            None => Value::tuple(vec![Value::None, Value::None, Value::None]),
        })
    });
    def(d, "exc_clear", |vm, a, _| {
        check_args("exc_clear", a, 0, 0)?;
        vm.exc_stack.clear();
        Ok(Value::None)
    });
    def(d, "getcheckinterval", |vm, _, _| {
        Ok(Value::Int(vm.interp.check_interval_raw.load(std::sync::atomic::Ordering::Relaxed)))
    });
    def(d, "setcheckinterval", |vm, a, _| {
        check_args("setcheckinterval", a, 1, 1)?;
        let n = match &a[0] {
            Value::Float(_) => return Err(PyErr::new(ExcKind::TypeError, "integer argument expected, got float")),
            v => crate::object::number::as_i64(v)
                .ok_or_else(|| PyErr::new(ExcKind::TypeError, "an integer is required"))?,
        };
        // Stored as given (getcheckinterval returns it); the GIL uses at least 1.
        vm.interp.check_interval_raw.store(n, std::sync::atomic::Ordering::Relaxed);
        vm.interp.gil.set_check_interval(n.max(1) as usize);
        if vm.interp.gil.policy == crate::vm::gil::Policy::Old {
            vm.tick_budget = n.max(1) as u32;
        }
        Ok(Value::None)
    });
    def(d, "getswitchinterval", |vm, _, _| Ok(Value::float(vm.interp.gil.switch_interval())));
    def(d, "setswitchinterval", |vm, a, _| {
        check_args("setswitchinterval", a, 1, 1)?;
        let x = crate::object::number::Num::of(&a[0])
            .ok_or_else(|| PyErr::new(ExcKind::TypeError, "a float is required"))?
            .to_f64()?;
        if x <= 0.0 {
            return Err(PyErr::new(ExcKind::ValueError, "switch interval must be strictly positive"));
        }
        vm.interp.gil.set_switch_interval(x);
        Ok(Value::None)
    });
    def(d, "gil_mode", |vm, _, _| Ok(Value::str(vm.interp.gil.policy.name())));
    def(d, "_current_frames", super::sys_frames::current_frames);
    def(d, "excepthook", default_excepthook);
    if let Some(h) = d.get_str(&crate::object::PyStr::from_str("excepthook")) {
        d.set_str("__excepthook__", h);
    }
    def(d, "getdefaultencoding", |_, a, _| {
        check_args("getdefaultencoding", a, 0, 0)?;
        Ok(Value::str("ascii"))
    });
    def(d, "getrefcount", |vm, a, kw| {
        super::no_keywords("getrefcount", kw)?;
        super::check_args("getrefcount", a, 1, 1)?;
        Ok(Value::Int(getrefcount(vm, &a[0])))
    });
}

/// `sys.version_info`: a tuple with named fields.
fn version_info() -> Value {
    let cls = structseq::class("sys", "version_info", &["major", "minor", "micro", "releaselevel", "serial"]);
    structseq::make(&cls, vec![Value::Int(2), Value::Int(7), Value::Int(18), Value::str("final"), Value::Int(0)])
}

/// `sys.float_info`: the parameters of the C double.
fn float_info() -> Value {
    let fields = [
        ("max", Value::float(f64::MAX)),
        ("max_exp", Value::Int(f64::MAX_EXP as i64)),
        ("max_10_exp", Value::Int(f64::MAX_10_EXP as i64)),
        ("min", Value::float(f64::MIN_POSITIVE)),
        ("min_exp", Value::Int(f64::MIN_EXP as i64)),
        ("min_10_exp", Value::Int(f64::MIN_10_EXP as i64)),
        ("dig", Value::Int(f64::DIGITS as i64)),
        ("mant_dig", Value::Int(f64::MANTISSA_DIGITS as i64)),
        ("epsilon", Value::float(f64::EPSILON)),
        ("radix", Value::Int(2)),
        ("rounds", Value::Int(1)),
    ];
    let names: Vec<&str> = fields.iter().map(|(n, _)| *n).collect();
    let cls = structseq::class("sys", "float_info", &names);
    structseq::make(&cls, fields.into_iter().map(|(_, v)| v).collect())
}

/// `sys.long_info`: CPython 2.7's digit layout on 64-bit Linux (30-bit
/// digits in 4 bytes); minipy's longs differ inside, but programs (and
/// test_long) size their test values from it.
fn long_info() -> Value {
    let cls = structseq::class("sys", "long_info", &["bits_per_digit", "sizeof_digit"]);
    structseq::make(&cls, vec![Value::Int(30), Value::Int(4)])
}

/// `sys.flags`: the command-line flags, all off.
fn flags() -> Value {
    let names = [
        "debug",
        "py3k_warning",
        "division_warning",
        "division_new",
        "inspect",
        "interactive",
        "optimize",
        "dont_write_bytecode",
        "no_user_site",
        "no_site",
        "ignore_environment",
        "tabcheck",
        "verbose",
        "unicode",
        "bytes_warning",
        "hash_randomization",
    ];
    let cls = structseq::class("sys", "flags", &names);
    structseq::make(&cls, names.iter().map(|_| Value::Int(0)).collect())
}

/// `sys.getsizeof(obj)`: the sizes CPython 2.7 reports on 64-bit Linux.
pub fn getsizeof(vm: &mut crate::vm::Vm, a: &[Value], kw: &crate::object::function::KwArgs) -> crate::object::PyResult {
    check_args("getsizeof", a, 1, 2)?;
    // A class's own `__sizeof__` (found on the type, through descriptors)
    // answers, plus the collector header, as 2.7's.
    if let Some(r) = vm.call_dunder(&a[0], "__sizeof__", vec![])? {
        let n = crate::object::number::as_i64(&r)
            .ok_or_else(|| PyErr::new(crate::object::ExcKind::TypeError, "an integer is required"))?;
        if n < 0 {
            return Err(PyErr::new(crate::object::ExcKind::ValueError, "__sizeof__() should return >= 0"));
        }
        return Ok(Value::Int(n + 32));
    }
    basic_size(vm, a, kw)
}

/// What `getsizeof` answers from the value's built-in type alone (also
/// `object.__sizeof__`'s base).
pub fn basic_size(_: &mut crate::vm::Vm, a: &[Value], _: &crate::object::function::KwArgs) -> crate::object::PyResult {
    let n = match &a[0] {
        Value::None | Value::Bool(_) | Value::Int(_) | Value::Float(_) => 24,
        Value::Long(b) => 24 + 4 * b.bits().div_ceil(30).max(1) as i64,
        Value::Str(s) => 37 + s.as_bytes().len() as i64,
        Value::Tuple(t) => 56 + 8 * t.items.len() as i64,
        Value::List(l) => 72 + 8 * l.len() as i64,
        Value::Dict(d) => 280 + if d.len() > 5 { 24 * d.len() as i64 * 2 } else { 0 },
        Value::Set(s) => 232 + if s.len() > 5 { 16 * s.len() as i64 * 2 } else { 0 },
        _ => 64,
    };
    Ok(Value::Int(n))
}

/// `sys.excepthook`'s default: prints the traceback to sys.stderr.
fn default_excepthook(
    vm: &mut crate::vm::Vm,
    a: &[Value],
    _kw: &crate::object::function::KwArgs,
) -> crate::object::PyResult {
    check_args("excepthook", a, 3, 3)?;
    // The traceback argument's frames, as the report's "File ..." lines.
    let mut err = PyErr::from_value(a[1].clone());
    err.0.traceback = super::traceback::entries_innermost_first(&a[2]).unwrap_or_default().into();
    let lines = crate::traceback::format_exception(vm, &err);
    let err = vm.sys_stream("stderr");
    vm.write_to(&err, lines.as_bytes())?;
    Ok(Value::None)
}

/// `sys.getrefcount`: the object's strong count, which already includes
/// the argument's own reference as CPython's does (the call reads its
/// arguments in place on the caller's stack). References held by this
/// thread's LoadGlobal cache are not the program's and are left out.
/// Inline values (None, ints, floats, bools) have no count: a large one,
/// as CPython's shared small objects have.
fn getrefcount(vm: &crate::vm::Vm, v: &Value) -> i64 {
    let Some(strong) = v.strong_count() else { return 1000 };
    let strong = strong as i64;
    let cached = vm.gcache.iter().flatten().filter(|s| s.value.is(v)).count() as i64;
    (strong - cached).max(1)
}
