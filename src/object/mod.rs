//! Values: the `Value` enum that every part of minipy passes around, and `PyErr`.
//!
//! **Invariant:** every value is `Send + Sync`, built from `Arc`, `parking_lot`
//! locks and atomics. The GIL decides who runs; it never protects memory.
//! Small values (None, bool, int, float) live inline and cost no allocation
//! and no reference counting.

pub mod alloc;
pub mod block_cache;
pub mod bytearray;
pub mod bytearray_methods;
pub mod class;
pub mod complex;
pub mod complex_methods;
pub mod cpu;
pub mod dict;
pub mod dict_methods;
pub mod exception;
pub mod function;
pub mod iter;
pub mod layout;
pub mod list;
pub mod list_methods;
pub mod lock;
pub mod number;
pub mod number_methods;
pub mod pct_long;
pub mod set;
pub mod set_methods;
pub mod str_format;
pub mod str_methods;
pub mod string;
pub mod trashcan;
pub mod unicode;
pub mod unicode_methods;
pub mod unicode_percent;
pub mod unicode_split;

use std::any::Any;
use std::sync::Arc;

use lock::Mutex;
use num_bigint::BigInt;

pub use class::{Class, Instance};
pub use dict::Dict;
pub use exception::{ExcKind, PyErr};
pub use function::{Builtin, Code, Function, NativeFn};
pub use list::List;
pub use set::Set;
pub use string::PyStr;

pub type PyResult<T = Value> = Result<T, PyErr>;

/// A float's bits in a machine word. Every payload of `Value` is a word of
/// integer class (an int, a pointer, or one of these), so that Rust passes
/// and moves a `Value` as two integer registers. With an `f64` or a `bool`
/// payload it would be an opaque 16-byte aggregate, written in two halves and
/// read back in one SSE load: a store-forwarding stall on every push and pop
/// that perf showed all over the dispatch loop.
#[derive(Clone, Copy, Debug, PartialEq)]
#[repr(transparent)]
pub struct FloatBits(u64);

impl FloatBits {
    #[inline(always)]
    pub fn new(f: f64) -> FloatBits {
        FloatBits(f.to_bits())
    }
    #[inline(always)]
    pub fn get(self) -> f64 {
        f64::from_bits(self.0)
    }
}

/// A bool in a machine word, for the same reason as `FloatBits`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(transparent)]
pub struct BoolBits(u64);

impl BoolBits {
    pub const TRUE: BoolBits = BoolBits(1);
    pub const FALSE: BoolBits = BoolBits(0);
    #[inline(always)]
    pub fn new(b: bool) -> BoolBits {
        BoolBits(b as u64)
    }
    #[inline(always)]
    pub fn get(self) -> bool {
        self.0 != 0
    }
}

impl From<BoolBits> for i64 {
    fn from(b: BoolBits) -> i64 {
        b.0 as i64
    }
}

impl From<BoolBits> for u8 {
    fn from(b: BoolBits) -> u8 {
        b.0 as u8
    }
}

impl std::ops::Not for BoolBits {
    type Output = BoolBits;
    #[inline(always)]
    fn not(self) -> BoolBits {
        BoolBits(self.0 ^ 1)
    }
}

/// A Python value. Cloning is cheap: inline data or one `Arc` increment.
pub enum Value {
    /// Internal marker (an unbound local, "no self" in a method call); never
    /// visible to Python code.
    Null,
    None,
    Bool(BoolBits),
    Int(i64),
    Float(FloatBits),
    Long(Arc<BigInt>),
    Str(Arc<PyStr>),
    Tuple(Arc<Tuple>),
    List(Arc<List>),
    Dict(Arc<Dict>),
    Set(Arc<Set>),
    Func(Arc<Function>),
    Builtin(Arc<Builtin>),
    Class(Arc<Class>),
    Instance(Arc<Instance>),
    Other(Arc<Object>),
}

impl Value {
    /// A float value.
    #[inline(always)]
    pub fn float(f: f64) -> Value {
        Value::Float(FloatBits::new(f))
    }
    /// A bool value.
    #[inline(always)]
    pub fn bool(b: bool) -> Value {
        Value::Bool(BoolBits::new(b))
    }
}

impl Clone for Value {
    /// Inline values copy without touching memory elsewhere; this is the hot
    /// path of LoadFast and LoadConst, so keep it inlined.
    #[inline(always)]
    fn clone(&self) -> Value {
        match self {
            Value::Int(i) => Value::Int(*i),
            Value::Float(f) => Value::Float(*f),
            Value::Bool(b) => Value::Bool(*b),
            Value::None => Value::None,
            Value::Null => Value::Null,
            _ => self.clone_heap(),
        }
    }
}

/// Drops a value, skipping the out-of-line drop glue when it is inline
/// (None, bool, int, float): the hot paths of the dispatch loop drop
/// mostly such values.
#[inline(always)]
pub fn drop_fast(v: Value) {
    if v.is_inline() {
        std::mem::forget(v);
    } else {
        drop(v);
    }
}

impl Value {
    /// Holds no heap object (nothing to release when dropped).
    #[inline(always)]
    pub fn is_inline(&self) -> bool {
        matches!(self, Value::Int(_) | Value::Float(_) | Value::Bool(_) | Value::None | Value::Null)
    }

    #[inline(never)]
    fn clone_heap(&self) -> Value {
        match self {
            Value::Long(a) => Value::Long(a.clone()),
            Value::Str(a) => Value::Str(a.clone()),
            Value::Tuple(a) => Value::Tuple(a.clone()),
            Value::List(a) => Value::List(a.clone()),
            Value::Dict(a) => Value::Dict(a.clone()),
            Value::Set(a) => Value::Set(a.clone()),
            Value::Func(a) => Value::Func(a.clone()),
            Value::Builtin(a) => Value::Builtin(a.clone()),
            Value::Class(a) => Value::Class(a.clone()),
            Value::Instance(a) => Value::Instance(a.clone()),
            Value::Other(a) => Value::Other(a.clone()),
            Value::Int(i) => Value::Int(*i),
            Value::Float(f) => Value::Float(*f),
            Value::Bool(b) => Value::Bool(*b),
            Value::None => Value::None,
            Value::Null => Value::Null,
        }
    }
}

/// An immutable sequence.
pub struct Tuple {
    pub items: Box<[Value]>,
    /// The cycle collector's mark (see `crate::vm::collector::Mark`).
    pub gc: crate::vm::collector::Mark,
}

impl Drop for Tuple {
    fn drop(&mut self) {
        if !self.items.is_empty() {
            trashcan::dispose(std::mem::take(&mut self.items));
        }
    }
}

/// Objects of the less common built-in types.
pub enum Object {
    BoundMethod {
        func: Value,
        self_: Value,
    },
    /// `A.f` in Python 2: checks that the first argument is an A.
    UnboundMethod {
        func: Value,
        class: Arc<Class>,
    },
    Module(module::Module),
    Generator(iter::Generator),
    Iter(Mutex<iter::IterState>),
    /// Iteration over a list or tuple without a lock of its own (the hot path of `for`).
    SeqIter(iter::SeqIter),
    /// Iteration over an xrange without a lock.
    RangeIter(iter::RangeIter),
    XRange {
        start: i64,
        stop: i64,
        step: i64,
    },
    Slice {
        start: Value,
        stop: Value,
        step: Value,
        /// Written `a[i:j]` (no second colon): may go to `__getslice__`.
        simple: bool,
    },
    Property {
        fget: Value,
        fset: Value,
        fdel: Value,
        doc: Value,
    },
    StaticMethod(Value),
    ClassMethod(Value),
    Super {
        cls: Arc<Class>,
        obj: Value,
    },
    Cell(Mutex<Value>),
    Code(Arc<Code>),
    File(crate::modules::file::FileObj),
    Complex(complex::Complex),
    /// `unicode` text, held as UTF-8 (see `unicode`).
    Unicode(Arc<PyStr>),
    /// Native data of a module's own type (locks, threads, ...).
    Native {
        class: Arc<Class>,
        data: Box<dyn Any + Send + Sync>,
    },
}

/// A bound method, generator, file... dying may make weakref callbacks due
/// (see `Instance`'s drop); one relaxed load when no callback is registered.
impl Drop for Object {
    fn drop(&mut self) {
        if let Object::Generator(g) = self {
            crate::vm::finalize::generator_died(g);
        }
        crate::modules::weakref::note_death();
    }
}

pub mod module {
    //! Module objects: a name and a globals dict.
    use super::*;
    pub struct Module {
        pub name: Arc<PyStr>,
        pub dict: Arc<Dict>,
    }
}

impl Value {
    #[inline]
    pub fn str(s: &str) -> Value {
        Value::Str(Arc::new(PyStr::from_str(s)))
    }
    #[inline]
    pub fn bytes(b: Vec<u8>) -> Value {
        Value::Str(Arc::new(PyStr::new(b)))
    }
    pub fn tuple(items: Vec<Value>) -> Value {
        Value::Tuple(Arc::new(Tuple { items: items.into_boxed_slice(), gc: Default::default() }))
    }
    pub fn list(items: Vec<Value>) -> Value {
        let l = Arc::new(List::new(items));
        crate::vm::collector::track_list(&l);
        Value::List(l)
    }
    pub fn long(b: BigInt) -> Value {
        Value::Long(Arc::new(b))
    }
    /// An int result: stays inline when it fits, else becomes a long.
    pub fn from_bigint(b: BigInt) -> Value {
        use num_traits::ToPrimitive;
        match b.to_i64() {
            Some(i) => Value::Int(i),
            None => Value::long(b),
        }
    }
    pub fn other(o: Object) -> Value {
        Value::Other(Arc::new(o))
    }
    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }
    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }
    pub fn as_str(&self) -> Option<&Arc<PyStr>> {
        match self {
            Value::Str(s) => Some(s),
            _ => None,
        }
    }

    /// Identity: `a is b`.
    pub fn is(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::Null, Value::Null) | (Value::None, Value::None) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a.get().to_bits() == b.get().to_bits(),
            _ => match (self.ptr(), other.ptr()) {
                (Some(a), Some(b)) => a == b,
                _ => false,
            },
        }
    }

    /// The address of the heap object, if any (used for `id` and `is`).
    pub fn ptr(&self) -> Option<usize> {
        Some(match self {
            Value::Long(a) => Arc::as_ptr(a) as *const u8 as usize,
            Value::Str(a) => Arc::as_ptr(a) as *const u8 as usize,
            Value::Tuple(a) => Arc::as_ptr(a) as *const u8 as usize,
            Value::List(a) => Arc::as_ptr(a) as *const u8 as usize,
            Value::Dict(a) => Arc::as_ptr(a) as *const u8 as usize,
            Value::Set(a) => Arc::as_ptr(a) as *const u8 as usize,
            Value::Func(a) => Arc::as_ptr(a) as *const u8 as usize,
            Value::Builtin(a) => Arc::as_ptr(a) as *const u8 as usize,
            Value::Class(a) => Arc::as_ptr(a) as *const u8 as usize,
            Value::Instance(a) => Arc::as_ptr(a) as *const u8 as usize,
            // A code object is wrapped anew each time it is handed out
            // (`f.func_code`, `frame.f_code`): its identity is the code's.
            Value::Other(a) => match &**a {
                Object::Code(c) => Arc::as_ptr(c) as *const u8 as usize,
                _ => Arc::as_ptr(a) as *const u8 as usize,
            },
            _ => return None,
        })
    }

    /// The strong reference count of a heap value (None for inline ones):
    /// `sys.getrefcount` and the cycle collector both read it.
    pub fn strong_count(&self) -> Option<usize> {
        Some(match self {
            Value::Long(a) => Arc::strong_count(a),
            Value::Str(a) => Arc::strong_count(a),
            Value::Tuple(a) => Arc::strong_count(a),
            Value::List(a) => Arc::strong_count(a),
            Value::Dict(a) => Arc::strong_count(a),
            Value::Set(a) => Arc::strong_count(a),
            Value::Func(a) => Arc::strong_count(a),
            Value::Builtin(a) => Arc::strong_count(a),
            Value::Class(a) => Arc::strong_count(a),
            Value::Instance(a) => Arc::strong_count(a),
            Value::Other(a) => Arc::strong_count(a),
            _ => return None,
        })
    }

    /// `id(x)`: an address for heap objects, a stable number for inline ones.
    pub fn id(&self) -> i64 {
        match self.ptr() {
            Some(p) => p as i64,
            None => match self {
                Value::None => 0x1000,
                Value::Bool(b) => 0x1010 + b.get() as i64,
                Value::Int(i) => i.wrapping_mul(32).wrapping_add(0x2000_0000),
                Value::Float(f) => f.get().to_bits() as i64,
                _ => 0,
            },
        }
    }

    /// The class of a value.
    pub fn class(&self) -> Arc<Class> {
        class::class_of(self)
    }

    /// Name of the value's type, as used in error messages.
    pub fn type_name(&self) -> String {
        match self {
            // 2.7 names a classic instance's type `instance`.
            Value::Instance(i) if i.class().classic.load(std::sync::atomic::Ordering::Relaxed) => "instance".into(),
            // A built-in exception's type is `exceptions.X` in 2.7's
            // messages (its tp_name), though its `__name__` is `X`.
            Value::Instance(i) if i.class().is_exception && !i.class().is_user => {
                format!("exceptions.{}", i.class().name.to_string_lossy())
            }
            Value::Instance(i) => i.class().name.to_string_lossy(),
            _ => self.class().name.to_string_lossy(),
        }
    }

    pub fn as_object(&self) -> Option<&Object> {
        match self {
            Value::Other(o) => Some(o),
            _ => None,
        }
    }

    /// Native data of a module-defined type.
    pub fn native<T: 'static>(&self) -> Option<&T> {
        match self {
            Value::Other(o) => match &**o {
                Object::Native { data, .. } => data.downcast_ref::<T>(),
                _ => None,
            },
            _ => None,
        }
    }
}

impl From<bool> for Value {
    fn from(b: bool) -> Value {
        Value::bool(b)
    }
}
impl From<i64> for Value {
    fn from(i: i64) -> Value {
        Value::Int(i)
    }
}
impl From<usize> for Value {
    fn from(i: usize) -> Value {
        Value::Int(i as i64)
    }
}
impl From<f64> for Value {
    fn from(f: f64) -> Value {
        Value::float(f)
    }
}
impl From<&str> for Value {
    fn from(s: &str) -> Value {
        Value::str(s)
    }
}
impl From<String> for Value {
    fn from(s: String) -> Value {
        Value::bytes(s.into_bytes())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    fn assert_send_sync<T: Send + Sync>() {}
    #[test]
    fn values_are_send_and_sync() {
        assert_send_sync::<Value>();
        assert_send_sync::<PyErr>();
    }
    #[test]
    fn value_is_two_words() {
        assert_eq!(std::mem::size_of::<Value>(), 16);
    }
}
