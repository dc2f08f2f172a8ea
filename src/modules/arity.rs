//! Calling conventions of the methods of built-in types.
//!
//! CPython declares most methods that take nothing (`dict.items`,
//! `int.bit_length`, `lock.locked`) as METH_NOARGS and many that take one
//! value (`list.append`, `generator.send`) as METH_O; its call machinery then
//! refuses other calls before the method runs, always in the same words.
//! `modules::method` looks each method up here once, at start-up, and the
//! call paths run `check` for the marked ones, so that no method has to
//! repeat the test.

use crate::object::function::{ArgSpec, KwArgs};
use crate::object::{ExcKind, PyErr, PyResult, Value};

/// The convention of a method, by its qualified name (`type.method`).
pub fn spec_of(qualname: &str) -> ArgSpec {
    let (ty, name) = qualname.rsplit_once('.').unwrap_or(("", qualname));
    let noargs = match ty {
        "dict" => matches!(
            name,
            "keys"
                | "values"
                | "items"
                | "iterkeys"
                | "itervalues"
                | "iteritems"
                | "viewkeys"
                | "viewvalues"
                | "viewitems"
                | "clear"
                | "copy"
                | "popitem"
                | "__sizeof__"
        ),
        "list" => matches!(name, "reverse" | "__reversed__" | "__sizeof__"),
        "tuple" => matches!(name, "__getnewargs__" | "__sizeof__"),
        "set" | "frozenset" => matches!(name, "clear" | "copy" | "pop" | "__reduce__" | "__sizeof__"),
        "int" | "long" | "bool" => matches!(name, "bit_length" | "conjugate" | "__trunc__" | "__getnewargs__"),
        "float" => {
            matches!(name, "conjugate" | "is_integer" | "hex" | "as_integer_ratio" | "__trunc__" | "__getnewargs__")
        }
        "complex" => matches!(name, "conjugate" | "__getnewargs__"),
        "unicode" => name == "__getnewargs__",
        "str" => matches!(
            name,
            "upper"
                | "lower"
                | "title"
                | "swapcase"
                | "capitalize"
                | "isalpha"
                | "isdigit"
                | "isalnum"
                | "isspace"
                | "islower"
                | "isupper"
                | "istitle"
                | "__getnewargs__"
                | "__sizeof__"
                | "_formatter_parser"
        ),
        "file" => matches!(name, "close" | "fileno" | "flush" | "isatty" | "tell" | "xreadlines" | "__enter__"),
        "generator" => name == "close",
        "lock" => matches!(name, "locked" | "locked_lock" | "release" | "release_lock"),
        "type" => matches!(name, "mro" | "__subclasses__"),
        "object" => name == "__sizeof__",
        "xrange" => name == "__reversed__",
        "SRE_Match" => name == "__copy__",
        "HASH" => matches!(name, "digest" | "hexdigest" | "copy"),
        "Compress" | "Decompress" => name == "copy",
        _ => false,
    };
    if noargs {
        return ArgSpec::NoArgs;
    }
    let onearg = match ty {
        "dict" => name == "has_key",
        "list" => matches!(name, "append" | "count" | "extend" | "remove"),
        "tuple" => name == "count",
        "set" | "frozenset" => matches!(
            name,
            "add" | "discard" | "remove" | "issubset" | "issuperset" | "isdisjoint" | "symmetric_difference_update"
        ),
        "generator" => name == "send",
        "type" => matches!(name, "__instancecheck__" | "__subclasscheck__"),
        "SRE_Match" => name == "__deepcopy__",
        _ => false,
    };
    if onearg {
        return ArgSpec::OneArg;
    }
    slot_spec(ty, name)
}

/// The slot wrappers whose arity every type shares (types whose method of
/// that name is an ordinary method are left out).
fn slot_spec(ty: &str, name: &str) -> ArgSpec {
    match name {
        "__repr__" | "__str__" | "__len__" | "__iter__" | "__hash__" => ArgSpec::Slot(0),
        "__contains__" if !matches!(ty, "dict" | "set" | "frozenset") => ArgSpec::Slot(1),
        "__eq__" | "__ne__" | "__lt__" | "__le__" | "__gt__" | "__ge__" | "__cmp__" => ArgSpec::Slot(1),
        _ => ArgSpec::Any,
    }
}

/// Refuses a call that breaks the convention `spec` of the method `qualname`;
/// `args` holds `self` first. A call without even `self` is left to the
/// method, which says which descriptor needs an argument.
#[inline]
pub fn check(qualname: &str, spec: ArgSpec, args: &[Value], kw: &KwArgs) -> PyResult<()> {
    let given = args.len().wrapping_sub(1);
    let fine = match spec {
        ArgSpec::NoArgs => given == 0,
        ArgSpec::OneArg => given == 1,
        ArgSpec::Slot(n) => given == usize::from(n),
        _ => true,
    };
    if (args.is_empty() && !matches!(spec, ArgSpec::Slot(_))) || (fine && kw.is_empty()) {
        return Ok(());
    }
    refuse(qualname, spec, given, kw)
}

/// The error for a call `check` refuses (out of line: every method call
/// passes through `check`, few fail).
#[cold]
#[inline(never)]
fn refuse(qualname: &str, spec: ArgSpec, given: usize, kw: &KwArgs) -> PyResult<()> {
    let name = qualname.rsplit('.').next().unwrap_or(qualname);
    if let ArgSpec::Slot(n) = spec {
        if given == usize::MAX {
            let owner = qualname.rsplit_once('.').map_or("object", |(t, _)| t);
            let msg = format!("descriptor '{}' of '{}' object needs an argument", name, owner);
            return Err(PyErr::new(ExcKind::TypeError, msg));
        }
        if !kw.is_empty() {
            return Err(PyErr::new(ExcKind::TypeError, format!("wrapper {} doesn't take keyword arguments", name)));
        }
        return Err(PyErr::new(ExcKind::TypeError, format!("expected {} arguments, got {}", n, given)));
    }
    if !kw.is_empty() {
        return Err(PyErr::new(ExcKind::TypeError, format!("{}() takes no keyword arguments", name)));
    }
    match spec {
        ArgSpec::NoArgs if given != 0 => {
            Err(PyErr::new(ExcKind::TypeError, format!("{}() takes no arguments ({} given)", name, given)))
        }
        ArgSpec::OneArg if given != 1 => {
            Err(PyErr::new(ExcKind::TypeError, format!("{}() takes exactly one argument ({} given)", name, given)))
        }
        _ => Ok(()),
    }
}

/// The check of a slot wrapper (`int.__add__`, `xrange.__len__`): `a` holds
/// `self` and then exactly `n` values, else CPython's wrapper message.
pub fn slot_args(a: &[Value], n: usize) -> PyResult<()> {
    let given = a.len().saturating_sub(1);
    if given == n {
        return Ok(());
    }
    Err(PyErr::new(ExcKind::TypeError, format!("expected {} arguments, got {}", n, given)))
}

/// The count check of a function CPython parses with PyArg_ParseTuple
/// (`chr`, `intern`, `super`): "takes exactly 1 argument (2 given)", with
/// the count in digits, where METH_O functions say "exactly one argument".
pub fn tuple_args(name: &str, a: &[Value], min: usize, max: usize) -> PyResult<()> {
    let n = a.len();
    if (min..=max).contains(&n) {
        return Ok(());
    }
    let (how, count) = match () {
        _ if min == max => ("exactly", min),
        _ if n < min => ("at least", min),
        _ => ("at most", max),
    };
    let plural = if count == 1 { "" } else { "s" };
    Err(PyErr::new(ExcKind::TypeError, format!("{}() takes {} {} argument{} ({} given)", name, how, count, plural, n)))
}

/// CPython's wording when a slot wrapper (`list.__len__`, `set.__or__`) gets
/// the wrong number of arguments; `None` for names that are ordinary methods.
/// The wrappers of sequence repetition, item assignment and `pow` unpack
/// their arguments under an empty name, hence the leading space.
pub fn slot_wrapper_message(name: &str, min: usize, max: usize, given: usize) -> Option<String> {
    let plain = |lead: &str| Some(format!("{}expected {} arguments, got {}", lead, min, given));
    match name {
        "__mul__" | "__rmul__" | "__imul__" | "__setitem__" | "__setattr__" => plain(" "),
        "__pow__" | "__rpow__" if given < min => Some(format!(" expected at least {} arguments, got {}", min, given)),
        "__pow__" | "__rpow__" => Some(format!(" expected at most {} arguments, got {}", max, given)),
        "__getslice__" | "__delslice__" | "__setslice__" => {
            Some(format!("function takes exactly {} arguments ({} given)", min, given))
        }
        "__len__" | "__repr__" | "__str__" | "__iter__" | "__hash__" | "__add__" | "__radd__" | "__iadd__"
        | "__eq__" | "__ne__" | "__lt__" | "__le__" | "__gt__" | "__ge__" | "__cmp__" | "__and__" | "__or__"
        | "__xor__" | "__sub__" | "__rand__" | "__ror__" | "__rxor__" | "__rsub__" | "__iand__" | "__ior__"
        | "__ixor__" | "__isub__" | "__delitem__" | "__getitem__" | "__contains__" | "__mod__" | "__rmod__" => {
            plain("")
        }
        _ => None,
    }
}

/// The arity check of `__pow__`/`__rpow__` (one or two arguments after `self`).
pub fn pow_slot_args(name: &str, a: &[Value]) -> PyResult<()> {
    let given = a.len().saturating_sub(1);
    if a.is_empty() || (1..=2).contains(&given) {
        return Ok(());
    }
    Err(PyErr::new(ExcKind::TypeError, slot_wrapper_message(name, 1, 2, given).unwrap_or_default()))
}

/// `slot_args` for a wrapper whose wording depends on its name (`__setattr__`
/// unpacks under an empty name: " expected 2 arguments, got 1").
pub fn named_slot_args(name: &str, a: &[Value], n: usize) -> PyResult<()> {
    let given = a.len().saturating_sub(1);
    if given == n {
        return Ok(());
    }
    let msg =
        slot_wrapper_message(name, n, n, given).unwrap_or_else(|| format!("expected {} arguments, got {}", n, given));
    Err(PyErr::new(ExcKind::TypeError, msg))
}
