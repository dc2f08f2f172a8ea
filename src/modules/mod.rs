//! Native modules, one file each, and the methods of the built-in types.
//!
//! Every native function has the shape `fn(&mut Vm, &[Value], &KwArgs) ->
//! PyResult`: positional arguments (with `self` first for methods), keyword
//! arguments, and a Python exception as its error. Never a panic.

/// `def_nokw!(dict, "name", |vm, a, _| ...)`: like `def`, for a function
/// that CPython declares without keywords (METH_O / METH_VARARGS), so that
/// `len(x=1)` fails as `len() takes no keyword arguments` instead of the
/// keywords being silently dropped.
macro_rules! def_nokw {
    ($dict:expr, $name:literal, $f:expr) => {
        $crate::modules::def($dict, $name, |vm, a, kw| {
            $crate::modules::no_keywords($name, kw)?;
            let f: $crate::object::function::NativeFn = $f;
            f(vm, a, kw)
        })
    };
}

pub mod abstract_class;
pub mod arity;
pub mod ast_build;
pub mod ast_compile;
pub mod ast_tree;
pub mod binascii;
pub mod builtin_docs;
pub mod builtins;
pub mod builtins_extra;
pub mod builtins_iter;
pub mod builtins_more;
pub mod cjk;
pub mod cmath;
pub mod descr;
pub mod dir_names;
pub mod env_overlay;
pub mod file;
pub mod file_universal;
pub mod float_bits;
pub mod float_format;
pub mod gc;
pub mod hashlib;
pub mod inspect_code;
pub mod int_convert;
pub mod itertools;
pub mod kwparse;
pub mod math;
pub mod math_special;
pub mod mmap;
pub mod mmap_sys;
pub mod object_reduce;
pub mod opcode_table;
pub mod os;
pub mod os_extra;
pub mod os_libc;
pub mod os_proc;
pub mod profiler;
pub mod pwd;
pub mod py3k;
pub mod queue;
pub mod resource;
pub mod select;
pub mod signal;
pub mod socket;
pub mod socket_sys;
pub mod sre;
pub mod sre_match;
pub mod sre_validate;
pub mod strptime;
pub mod struct_;
pub mod structseq;
pub mod subprocess;
pub mod sys;
pub mod sys_frames;
pub mod thread;
pub mod threading;
pub mod threading_sync;
pub mod time;
pub mod traceback;
pub mod type_args;
pub use unicodedata::ucd;
pub mod bz2;
pub mod unicodedata;
pub mod weakref;
pub mod zlib;

use std::sync::Arc;

use crate::object::class::{Class, Types};
use crate::object::function::{Builtin, KwArgs, NativeFn};
use crate::object::{Dict, ExcKind, PyErr, PyResult, PyStr, Value};
use crate::vm::Vm;

/// Adds a native function to a namespace.
pub fn def(dict: &Dict, name: &'static str, f: NativeFn) {
    dict.set_str(name, Builtin::new(name, f));
}

/// Adds a native method to a class; `qualname` is `type.method`.
pub fn method(cls: &Class, qualname: &'static str, f: NativeFn) {
    let name = qualname.rsplit('.').next().unwrap_or(qualname);
    cls.dict.set_str(name, Builtin::method(qualname, f, arity::spec_of(qualname)));
    crate::object::class::classes_changed();
}

/// Fills the dicts of the built-in classes with their methods.
/// The references held by a module's native state, for the cycle
/// collector; false when a lock was taken (the state is then opaque).
pub fn native_traverse(data: &dyn std::any::Any, f: &mut dyn FnMut(crate::vm::collector::Child)) -> bool {
    if let Some(q) = data.downcast_ref::<queue::QueueState>() {
        return q.traverse(f);
    }
    if let Some(l) = data.downcast_ref::<Arc<threading::LocalState>>() {
        return l.traverse(f);
    }
    if let Some(it) = data.downcast_ref::<itertools::It>() {
        return itertools::traverse(it, f);
    }
    if let Some(c) = descr::descr_owner(data) {
        f(crate::vm::collector::Child::Class(c));
    }
    true
}

/// Empties native state found to be cyclic garbage into `trash`.
pub fn native_clear(data: &dyn std::any::Any, trash: &mut Vec<Value>) {
    if let Some(q) = data.downcast_ref::<queue::QueueState>() {
        q.clear(trash);
    } else if let Some(l) = data.downcast_ref::<Arc<threading::LocalState>>() {
        l.clear(trash);
    } else if let Some(it) = data.downcast_ref::<itertools::It>() {
        itertools::clear(it, trash);
    }
}

pub fn install_type_methods(t: &Types) {
    crate::object::str_methods::install(&t.str_);
    crate::object::list_methods::install(t);
    crate::object::dict_methods::install(t);
    crate::object::set_methods::install(t);
    crate::object::bytearray_methods::install(t);
    builtins::install_object_methods(t);
    builtins_more::install(t);
    crate::object::number_methods::install(t);
    crate::object::complex_methods::install(t);
    crate::object::unicode_methods::install(t);
    file::install(&t.file);
    descr::install(t);
    dir_names::install_extras(t);
}

/// The namespace of a native module, made on first import.
pub fn native_module(vm: &mut Vm, name: &str) -> PyResult<Option<Arc<Dict>>> {
    let d = Arc::new(Dict::new());
    d.set_str("__name__", Value::str(name));
    match name {
        "time" => time::init(&d),
        "math" => math::init(&d),
        "cmath" => cmath::init(&d),
        "posix" => os::init(vm, &d),
        "pwd" => pwd::init_pwd(&d),
        "grp" => pwd::init_grp(&d),
        "resource" => resource::init_resource(&d),
        "fcntl" => resource::init_fcntl(&d),
        "thread" => thread::init(&d),
        "signal" => signal::init(&d),
        "threading" => threading::init(&d),
        "Queue" => queue::init(&d),
        "traceback" => traceback::init(&d),
        "_profiler" => profiler::init(&d),
        "_struct" => struct_::init(&d),
        "binascii" => binascii::init(&d),
        "_cjk" => cjk::init(&d),
        "unicodedata" => unicodedata::init(&d),
        "zlib" => zlib::init(&d),
        "_bz2" => bz2::init(&d),
        "_hashlib" => hashlib::init(&d),
        "_sre" => sre::init(&d),
        "gc" => gc::init(&d),
        "_weakref" => weakref::init(&d),
        "_subprocess" => subprocess::init(&d),
        "_socket" => socket::init(&d),
        "_select" => select::init(&d),
        "mmap" => mmap::init(&d),
        "_inspect" => inspect_code::init(&d),
        "_opcode" => opcode_table::init(&d),
        "itertools" => itertools::init(&d),
        _ => return Ok(None),
    }
    Ok(Some(d))
}

/// Refuses keyword arguments, in CPython's words.
pub fn no_keywords(name: &str, kw: &KwArgs) -> PyResult<()> {
    if kw.is_empty() {
        return Ok(());
    }
    Err(PyErr::new(ExcKind::TypeError, format!("{}() takes no keyword arguments", name)))
}

/// Checks the number of positional arguments.
pub fn check_args(name: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    let n = args.len();
    if n >= min && n <= max {
        return Ok(());
    }
    let msg = if min == max {
        if min == 0 {
            format!("{}() takes no arguments ({} given)", name, n)
        } else if min == 1 {
            format!("{}() takes exactly one argument ({} given)", name, n)
        } else {
            format!("{} expected {} arguments, got {}", name, min, n)
        }
    } else if n < min {
        format!("{} expected at least {} arguments, got {}", name, min, n)
    } else {
        format!("{} expected at most {} arguments, got {}", name, max, n)
    };
    Err(PyErr::new(ExcKind::TypeError, msg))
}

/// A keyword argument by name.
pub fn kwarg<'a>(kwargs: &'a KwArgs, name: &str) -> Option<&'a Value> {
    kwargs.iter().find(|(k, _)| k.as_bytes() == name.as_bytes()).map(|(_, v)| v)
}

/// An int argument, refused with the messages of CPython's `i`/`l`
/// formats (`what` names the caller for readers of the code only).
pub fn int_arg(v: &Value, _what: &str) -> PyResult<i64> {
    crate::object::number::as_i64(v).ok_or_else(|| match v {
        Value::Float(_) => PyErr::new(ExcKind::TypeError, "integer argument expected, got float"),
        Value::Long(_) => PyErr::new(ExcKind::OverflowError, "Python int too large to convert to C long"),
        _ => PyErr::new(ExcKind::TypeError, "an integer is required"),
    })
}

/// A str argument (a unicode one gives its UTF-8 text, as CPython's "s"
/// converter encodes it).
pub fn str_arg<'a>(v: &'a Value, what: &str) -> PyResult<&'a Arc<PyStr>> {
    if let Some(u) = crate::object::unicode::as_unicode(v) {
        return Ok(u);
    }
    match v {
        Value::Str(s) => Ok(s),
        Value::Instance(i) => match &i.base {
            Value::Str(s) => Ok(s),
            b if crate::object::unicode::as_unicode(b).is_some() => {
                Ok(crate::object::unicode::as_unicode(b).expect("checked"))
            }
            _ => Err(PyErr::new(ExcKind::TypeError, format!("{} must be a string, not {}", what, v.type_name()))),
        },
        _ => Err(PyErr::new(ExcKind::TypeError, format!("{} must be a string, not {}", what, v.type_name()))),
    }
}
