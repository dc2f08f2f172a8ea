//! Functions: compiled Python functions, native (Rust) functions, and cells.

use std::sync::Arc;

use crate::object::lock::Mutex;

pub use crate::compile::code::Code;

use super::dict::Dict;
use super::{PyResult, PyStr, Value};
use crate::vm::Vm;

/// Keyword arguments as passed to native functions.
pub type KwArgs = [(Arc<PyStr>, Value)];

/// A native function: positional arguments (for methods, `self` first) and
/// keyword arguments. Errors are Python exceptions, never panics.
pub type NativeFn = fn(&mut Vm, &[Value], &KwArgs) -> PyResult;

/// A closure variable shared between a function and the frames that define it.
pub type Cell = Mutex<Value>;

/// A Python function: code plus the environment it was defined in.
pub struct Function {
    pub code: Arc<Code>,
    pub globals: Arc<Dict>,
    pub defaults: Vec<Value>,
    pub closure: Vec<Arc<Cell>>,
    pub name: Mutex<Arc<PyStr>>,
    pub doc: Mutex<Value>,
    /// Attributes set on the function (`f.attr = 1`).
    pub dict: Arc<Dict>,
    /// The code and defaults given later by `f.func_code = c` /
    /// `f.func_defaults = t`.
    pub swap: FuncSwap,
    /// The cycle collector's mark (see `crate::vm::collector::Mark`).
    pub gc: crate::vm::collector::Mark,
}

/// `code` and `defaults` above never change, so frames and the call path
/// read them without a lock. Assigning `func_code` or `func_defaults`
/// instead stores a whole replacement function (same globals, closure and
/// dict) here; calls see the flag and run the replacement, and a frame
/// already running keeps the function it started with.
#[derive(Default)]
pub struct FuncSwap {
    set: std::sync::atomic::AtomicBool,
    body: Mutex<Option<Arc<Function>>>,
}

impl Function {
    /// Has `func_code` or `func_defaults` been assigned? (One relaxed load:
    /// the replacement itself is read under the lock.)
    #[inline]
    pub fn swapped(&self) -> bool {
        self.swap.set.load(std::sync::atomic::Ordering::Relaxed)
    }

    /// The function to run for a call of `self`: itself, or its replacement.
    #[inline]
    pub fn current(self: &Arc<Self>) -> Arc<Function> {
        if self.swapped() {
            if let Some(b) = self.swap.body.lock().clone() {
                return b;
            }
        }
        self.clone()
    }

    /// Makes `code` and `defaults` the ones later calls run with.
    pub fn replace_body(self: &Arc<Self>, code: Arc<Code>, defaults: Vec<Value>) {
        let body = Arc::new(Function {
            code,
            globals: self.globals.clone(),
            defaults,
            closure: self.closure.clone(),
            name: Mutex::new(self.name.lock().clone()),
            doc: Mutex::new(Value::None),
            dict: self.dict.clone(),
            swap: FuncSwap::default(),
            gc: Default::default(),
        });
        *self.swap.body.lock() = Some(body);
        self.swap.set.store(true, std::sync::atomic::Ordering::Relaxed);
    }
}

/// A function's death may make weakref callbacks due (see `Instance`'s drop).
impl Drop for Function {
    fn drop(&mut self) {
        crate::modules::weakref::note_death();
    }
}

/// A function written in Rust.
pub struct Builtin {
    pub name: &'static str,
    pub func: NativeFn,
    /// Bound receiver for methods taken from a module-level object, if any.
    pub bound: Option<Value>,
    /// Needs the calling frame (`locals`, `globals`, `vars`, `dir`).
    pub needs_frame: bool,
    /// The calling convention checked before `func` runs (methods of
    /// built-in types that CPython declares as taking nothing or one value).
    pub args: ArgSpec,
}

/// How many arguments (after `self`) a native method takes, as CPython's
/// METH_NOARGS / METH_O flags: checked in one place, in CPython's words.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ArgSpec {
    /// The function checks its own arguments.
    Any,
    /// Only `self`; no keywords.
    NoArgs,
    /// `self` and exactly one positional value; no keywords.
    OneArg,
    /// A slot wrapper (`list.__len__`, `set.__eq__`): `self` and exactly
    /// this many values, refused in the wrapper's words.
    Slot(u8),
}

impl Builtin {
    /// A method of a type (`list.append`), bound when read from an instance;
    /// plain built-in functions stored on a class are not.
    pub fn is_method(&self) -> bool {
        self.name.contains('.')
    }

    /// The built-in type a method belongs to and its own name, for methods
    /// of the types that CPython writes in C (`list.append`); `None` for
    /// plain functions and for classes that CPython writes in Python.
    fn c_owner(&self) -> Option<(&'static str, &'static str)> {
        let (ty, name) = self.name.rsplit_once('.')?;
        let c_type = matches!(
            ty,
            "object"
                | "int"
                | "long"
                | "float"
                | "complex"
                | "bool"
                | "str"
                | "unicode"
                | "list"
                | "tuple"
                | "dict"
                | "set"
                | "frozenset"
                | "type"
                | "file"
                | "xrange"
                | "slice"
                | "bytearray"
                | "generator"
                | "BaseException"
                | "deque"
                | "defaultdict"
        );
        // `__new__` is a static method bound to the type: left as it was.
        (c_type && name != "__new__").then_some((ty, name))
    }

    /// CPython's type slots (`__hash__`, `__add__`, `next`) are "slot
    /// wrappers"; other methods, including these few dunders declared as
    /// ordinary methods, are "method descriptors": the two repr differently.
    fn is_slot(ty: &str, name: &str) -> bool {
        if name == "next" {
            return true;
        }
        if !(name.len() > 4 && name.starts_with("__") && name.ends_with("__")) {
            return false;
        }
        match name {
            "__getitem__" => !matches!(ty, "list" | "dict"),
            "__contains__" => !matches!(ty, "dict" | "set" | "frozenset"),
            _ => !matches!(
                name,
                "__alloc__"
                    | "__copy__"
                    | "__deepcopy__"
                    | "__enter__"
                    | "__exit__"
                    | "__format__"
                    | "__getnewargs__"
                    | "__getstate__"
                    | "__instancecheck__"
                    | "__length_hint__"
                    | "__missing__"
                    | "__reduce__"
                    | "__reduce_ex__"
                    | "__reversed__"
                    | "__setstate__"
                    | "__sizeof__"
                    | "__subclasscheck__"
                    | "__subclasses__"
                    | "__subclasshook__"
                    | "__trunc__"
                    | "__unicode__"
            ),
        }
    }

    /// `<slot wrapper '__hash__' of 'object' objects>` or
    /// `<method 'append' of 'list' objects>`, read from the class.
    pub fn unbound_repr(&self) -> Option<String> {
        let (ty, name) = self.c_owner()?;
        let shown = if ty == "BaseException" { "exceptions.BaseException" } else { ty };
        Some(if Self::is_slot(ty, name) {
            format!("<slot wrapper '{}' of '{}' objects>", name, shown)
        } else {
            format!("<method '{}' of '{}' objects>", name, shown)
        })
    }

    /// `<method-wrapper '__hash__' of A object at 0x...>` or
    /// `<built-in method append of list object at 0x...>`, bound to an
    /// instance whose type is named `owner`.
    pub fn bound_repr(&self, owner: &str, id: i64) -> Option<String> {
        let (ty, name) = self.c_owner()?;
        Some(if Self::is_slot(ty, name) {
            format!("<method-wrapper '{}' of {} object at 0x{:x}>", name, owner, id)
        } else {
            format!("<built-in method {} of {} object at 0x{:x}>", name, owner, id)
        })
    }

    /// A native function as a value.
    #[allow(clippy::new_ret_no_self)]
    pub fn new(name: &'static str, func: NativeFn) -> Value {
        Value::Builtin(Arc::new(Builtin { name, func, bound: None, needs_frame: false, args: ArgSpec::Any }))
    }

    /// A native function that needs the calling frame.
    pub fn with_frame(name: &'static str, func: NativeFn) -> Value {
        Value::Builtin(Arc::new(Builtin { name, func, bound: None, needs_frame: true, args: ArgSpec::Any }))
    }

    /// A method of a built-in type with a checked calling convention.
    pub fn method(name: &'static str, func: NativeFn, args: ArgSpec) -> Value {
        Value::Builtin(Arc::new(Builtin { name, func, bound: None, needs_frame: false, args }))
    }
}
