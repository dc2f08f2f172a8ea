//! Exceptions: the built-in hierarchy of Python 2.7 and `PyErr`, the Rust-side
//! error that carries a raised exception and its traceback up to the edge.

use std::sync::Arc;

use super::class::{types, Class, Instance, Layout};
use super::dict::Dict;
use super::{Code, PyStr, Value};

macro_rules! exc_kinds {
    ($( $kind:ident : $parent:ident ),* $(,)?) => {
        /// The built-in exception classes, in an order where parents come first.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum ExcKind { BaseException, $( $kind ),* }
        const PARENTS: &[(ExcKind, &str, ExcKind)] = &[ $( (ExcKind::$kind, stringify!($kind), ExcKind::$parent) ),* ];
    };
}

exc_kinds! {
    SystemExit: BaseException,
    KeyboardInterrupt: BaseException,
    GeneratorExit: BaseException,
    Exception: BaseException,
    StopIteration: Exception,
    StandardError: Exception,
    BufferError: StandardError,
    ArithmeticError: StandardError,
    FloatingPointError: ArithmeticError,
    OverflowError: ArithmeticError,
    ZeroDivisionError: ArithmeticError,
    AssertionError: StandardError,
    AttributeError: StandardError,
    EnvironmentError: StandardError,
    IOError: EnvironmentError,
    OSError: EnvironmentError,
    EOFError: StandardError,
    ImportError: StandardError,
    LookupError: StandardError,
    IndexError: LookupError,
    KeyError: LookupError,
    MemoryError: StandardError,
    NameError: StandardError,
    UnboundLocalError: NameError,
    ReferenceError: StandardError,
    RuntimeError: StandardError,
    NotImplementedError: RuntimeError,
    SyntaxError: StandardError,
    IndentationError: SyntaxError,
    TabError: IndentationError,
    SystemError: StandardError,
    TypeError: StandardError,
    ValueError: StandardError,
    UnicodeError: ValueError,
    UnicodeDecodeError: UnicodeError,
    UnicodeEncodeError: UnicodeError,
    UnicodeTranslateError: UnicodeError,
    Warning: Exception,
    UserWarning: Warning,
    DeprecationWarning: Warning,
    PendingDeprecationWarning: Warning,
    SyntaxWarning: Warning,
    RuntimeWarning: Warning,
    FutureWarning: Warning,
    ImportWarning: Warning,
    UnicodeWarning: Warning,
    BytesWarning: Warning,
}

impl ExcKind {
    pub fn class(self) -> &'static Arc<Class> {
        &types().exceptions[self as usize]
    }
    /// Every built-in exception with its name, parents first.
    pub fn all() -> impl Iterator<Item = (ExcKind, &'static str)> {
        std::iter::once((ExcKind::BaseException, "BaseException")).chain(PARENTS.iter().map(|(k, n, _)| (*k, *n)))
    }
}

pub(crate) fn build_hierarchy(object: &Arc<Class>) -> Vec<Arc<Class>> {
    let mk = |name: &str, base: &Arc<Class>| {
        let mut mro = vec![base.clone()];
        mro.extend(base.mro().iter().cloned());
        Arc::new(Class {
            gc: Default::default(),
            name: Arc::new(PyStr::from_str(name)),
            bases0: vec![base.clone()],
            mro0: mro,
            rebased: Default::default(),
            moved: Default::default(),
            subclasses: Default::default(),
            dict: Arc::new(Dict::new()),
            layout: Layout::Object,
            is_user: false,
            is_exception: true,
            meta: None,
            slots: None,
            classic: Default::default(),
            hooks: Default::default(),
            cache: Default::default(),
            has_del: Default::default(),
        })
    };
    let mut v = vec![mk("BaseException", object)];
    for (kind, name, parent) in PARENTS {
        let c = mk(name, &v[*parent as usize]);
        debug_assert_eq!(v.len(), *kind as usize);
        v.push(c);
    }
    v
}

/// One line of a traceback: a frame that the exception passed through.
#[derive(Clone)]
pub struct TbEntry {
    pub code: Arc<Code>,
    pub line: u32,
    /// The frame's module globals (`tb_frame.f_globals`; unittest looks for
    /// `__unittest` there to hide its own frames).
    pub globals: Arc<crate::object::Dict>,
}

/// A raised exception on its way up: the exception instance plus the frames it
/// has left, innermost last. Boxed so that `PyResult` stays two words.
pub struct PyErr(pub Box<ExcState>);

pub struct ExcState {
    /// The exception instance (an `Instance` of a BaseException subclass).
    pub value: Value,
    /// Frames the exception passed through, innermost first.
    pub traceback: Traceback,
}

/// The frames an exception has passed through, innermost first, shared
/// copy-on-write: a bare `raise` hands the handled exception's list on
/// without copying it (re-raising up 30,000 frames copied it at each one:
/// quadratic time, a hang the fuzzer found). Empty costs no allocation.
#[derive(Clone, Default)]
pub struct Traceback(Option<Arc<Vec<TbEntry>>>);

impl Traceback {
    pub fn push(&mut self, entry: TbEntry) {
        Arc::make_mut(self.0.get_or_insert_with(Default::default)).push(entry);
    }
}

impl std::ops::Deref for Traceback {
    type Target = [TbEntry];
    fn deref(&self) -> &[TbEntry] {
        self.0.as_deref().map_or(&[], |v| v.as_slice())
    }
}

impl From<Vec<TbEntry>> for Traceback {
    fn from(v: Vec<TbEntry>) -> Traceback {
        Traceback((!v.is_empty()).then(|| Arc::new(v)))
    }
}

impl PyErr {
    /// A new exception of a built-in class with one message argument.
    pub fn new(kind: ExcKind, msg: impl Into<String>) -> PyErr {
        let msg: String = msg.into();
        PyErr::from_value(new_exception(kind.class(), vec![Value::from(msg)]))
    }
    /// A new exception of a built-in class with the given args.
    pub fn with_args(kind: ExcKind, args: Vec<Value>) -> PyErr {
        PyErr::from_value(new_exception(kind.class(), args))
    }
    pub fn from_value(value: Value) -> PyErr {
        PyErr(Box::new(ExcState { value, traceback: Traceback::default() }))
    }
    pub fn value(&self) -> &Value {
        &self.0.value
    }
    pub fn class(&self) -> Arc<Class> {
        self.0.value.class()
    }
    /// Is this exception an instance of the built-in class `kind`?
    pub fn matches(&self, kind: ExcKind) -> bool {
        self.0.value.class().is_subclass(kind.class())
    }
}

impl std::fmt::Debug for PyErr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "PyErr({})", self.class().name())
    }
}

/// Makes an exception instance with `args` (and `message` as 2.7 sets it).
pub fn new_exception(cls: &Arc<Class>, args: Vec<Value>) -> Value {
    let inst = Instance::new(cls.clone(), Value::None);
    set_args(cls, &inst.dict, args);
    Value::Instance(Arc::new(inst))
}

/// `BaseException.__init__`: the Unicode errors first check their
/// arguments as CPython's constructors do, then `set_args`.
pub fn init_args(cls: &Arc<Class>, dict: &Dict, args: Vec<Value>) -> super::PyResult<()> {
    check_args(cls, &args)?;
    set_args(cls, dict, args);
    Ok(())
}

/// The checks of `init_args`, for a built-in exception class called directly.
pub fn check_args(cls: &Arc<Class>, args: &[Value]) -> super::PyResult<()> {
    // Most exceptions are not Unicode errors: one walk of the MRO decides.
    if !cls.is_subclass(ExcKind::UnicodeError.class()) {
        return Ok(());
    }
    let translate = cls.is_subclass(ExcKind::UnicodeTranslateError.class());
    let decode = cls.is_subclass(ExcKind::UnicodeDecodeError.class());
    if translate || decode || cls.is_subclass(ExcKind::UnicodeEncodeError.class()) {
        check_unicode_error_args(translate, decode, args)?;
    }
    Ok(())
}

/// The argument types of UnicodeEncodeError/DecodeError (encoding, object,
/// start, end, reason) and UnicodeTranslateError (object, start, end, reason).
fn check_unicode_error_args(translate: bool, decode: bool, args: &[Value]) -> super::PyResult<()> {
    let want = if translate { 4 } else { 5 };
    let type_err = |m: String| PyErr::new(ExcKind::TypeError, m);
    if args.len() != want {
        return Err(type_err(format!("function takes exactly {} arguments ({} given)", want, args.len())));
    }
    let is_str = |v: &Value| matches!(v, Value::Str(_));
    let is_unicode = |v: &Value| super::unicode::as_unicode(v).is_some();
    let shift = usize::from(!translate);
    let mut kinds: Vec<(usize, &str, bool)> = Vec::new();
    if !translate {
        kinds.push((0, "str", is_str(&args[0])));
    }
    let obj = &args[shift];
    kinds.push(if decode { (shift, "str", is_str(obj)) } else { (shift, "unicode", is_unicode(obj)) });
    for (i, name, ok) in kinds {
        if !ok {
            return Err(type_err(format!("argument {} must be {}, not {}", i + 1, name, args[i].type_name())));
        }
    }
    for v in &args[shift + 1..shift + 3] {
        match v {
            Value::Int(_) | Value::Bool(_) | Value::Long(_) => {}
            Value::Float(_) => return Err(type_err("integer argument expected, got float".to_string())),
            _ => return Err(type_err("an integer is required".to_string())),
        }
    }
    let reason = &args[shift + 3];
    if !is_str(reason) {
        return Err(type_err(format!("argument {} must be str, not {}", shift + 4, reason.type_name())));
    }
    Ok(())
}

/// Stores `args` on an exception's dict, and the attributes some classes
/// derive from them (`code`, `errno`/`strerror`/`filename`). The deprecated
/// `message` is not stored: `init_message` answers it from `args`.
pub fn set_args(cls: &Arc<Class>, dict: &Dict, mut args: Vec<Value>) {
    let keys = arg_keys();
    if !has_derived_attributes(cls) {
        // The common case (raise ValueError(x), user exceptions): one
        // store under a shared interned key, no allocation for the name.
        dict.set_shared(&keys.args, Value::tuple(args));
        return;
    }
    if cls.is_subclass(ExcKind::SystemExit.class()) {
        let code = match args.len() {
            0 => Value::None,
            1 => args[0].clone(),
            _ => Value::tuple(args.clone()),
        };
        dict.set_str("code", code);
    }
    if cls.is_subclass(ExcKind::EnvironmentError.class()) {
        let (mut errno, mut strerror, mut filename) = (Value::None, Value::None, Value::None);
        if (2..=3).contains(&args.len()) {
            errno = args[0].clone();
            strerror = args[1].clone();
            if args.len() == 3 {
                filename = args[2].clone();
                args.truncate(2);
            }
        }
        dict.set_str("errno", errno);
        dict.set_str("strerror", strerror);
        dict.set_str("filename", filename);
    }
    if cls.is_subclass(ExcKind::SyntaxError.class()) {
        // SyntaxError(msg, (filename, lineno, offset, text))
        let details = match args.get(1) {
            Some(Value::Tuple(t)) if args.len() == 2 && t.items.len() == 4 => t.items.to_vec(),
            _ => vec![Value::None; 4],
        };
        dict.set_str("msg", args.first().cloned().unwrap_or(Value::None));
        for (name, v) in ["filename", "lineno", "offset", "text"].into_iter().zip(details) {
            dict.set_str(name, v);
        }
        dict.set_str("print_file_and_line", Value::None);
    }
    let is_unicode =
        cls.is_subclass(ExcKind::UnicodeDecodeError.class()) || cls.is_subclass(ExcKind::UnicodeEncodeError.class());
    if is_unicode && args.len() == 5 {
        // UnicodeDecodeError(encoding, object, start, end, reason)
        for (name, v) in ["encoding", "object", "start", "end", "reason"].into_iter().zip(args.iter()) {
            dict.set_str(name, v.clone());
        }
    }
    if cls.is_subclass(ExcKind::UnicodeTranslateError.class()) && args.len() == 4 {
        // UnicodeTranslateError(object, start, end, reason): no encoding.
        dict.set_str("encoding", Value::None);
        for (name, v) in ["object", "start", "end", "reason"].into_iter().zip(args.iter()) {
            dict.set_str(name, v.clone());
        }
    }
    dict.set_shared(&keys.args, Value::tuple(args));
}

/// The key that records `del e.message` in the instance dict: 2.7 then
/// answers AttributeError rather than the value `__init__` gave.
pub const MESSAGE_DELETED: &str = "__message_deleted__";

/// `e.message` when the program has not set it: 2.7's value from
/// `__init__` (the one argument, else ''), with its DeprecationWarning.
pub fn init_message(vm: &mut crate::vm::Vm, inst: &Instance) -> super::PyResult {
    if inst.dict.get_str(&PyStr::from_str(MESSAGE_DELETED)).is_some() {
        return Err(PyErr::new(ExcKind::AttributeError, "message attribute was deleted"));
    }
    crate::modules::py3k::warn(vm, "BaseException.message has been deprecated as of Python 2.6")?;
    Ok(match inst.dict.get_str(&arg_keys().args) {
        Some(Value::Tuple(t)) if t.items.len() == 1 => t.items[0].clone(),
        _ => Value::str(""),
    })
}

/// `del e.message`: the program's value goes, and so does `__init__`'s.
pub fn delete_message(inst: &Instance) {
    inst.dict.remove_str(&PyStr::from_str("message"));
    inst.dict.set_str(MESSAGE_DELETED, Value::Bool(super::BoolBits::TRUE));
}

/// The key every exception instance stores, made once. It is the interned
/// name, so `e.args` in Python code finds its entry by address.
struct ArgKeys {
    args: Arc<PyStr>,
}

fn arg_keys() -> &'static ArgKeys {
    static KEYS: std::sync::OnceLock<ArgKeys> = std::sync::OnceLock::new();
    KEYS.get_or_init(|| ArgKeys { args: super::string::intern("args") })
}

/// Whether instances of `cls` carry attributes derived from their
/// arguments besides `args` and `message` (`code`, `errno`, `filename`,
/// the Unicode errors' fields): one walk of the class and its MRO.
fn has_derived_attributes(cls: &Arc<Class>) -> bool {
    let special = [
        ExcKind::SystemExit.class(),
        ExcKind::EnvironmentError.class(),
        ExcKind::SyntaxError.class(),
        ExcKind::UnicodeError.class(),
    ];
    let is_special = |c: &Arc<Class>| special.iter().any(|s| Arc::ptr_eq(c, s));
    is_special(cls) || cls.mro().iter().any(is_special)
}

/// `str()` of a UnicodeEncodeError/DecodeError/TranslateError from its
/// attributes as they are now (they may have been changed since creation).
pub fn unicode_error_text(cls: &Arc<Class>, dict: &Dict) -> Option<String> {
    let get = |k: &str| dict.get_str(&PyStr::from_str(k)).unwrap_or(Value::None);
    if cls.is_subclass(ExcKind::UnicodeTranslateError.class()) {
        let fake = [Value::str("x"), get("object"), get("start"), get("end"), get("reason")];
        let text = unicode_error_str(false, &fake)?;
        // "'x' codec can't encode ..." becomes "can't translate ...".
        return Some(text.replacen("'x' codec can't encode", "can't translate", 1));
    }
    let decode = cls.is_subclass(ExcKind::UnicodeDecodeError.class());
    let fields = [get("encoding"), get("object"), get("start"), get("end"), get("reason")];
    unicode_error_str(decode, &fields)
}

/// `str()` of a UnicodeDecodeError/UnicodeEncodeError made with its five
/// arguments, in CPython's words; `None` for other shapes.
pub fn unicode_error_str(decode: bool, args: &[Value]) -> Option<String> {
    let [enc, obj, start, end, reason] = args else { return None };
    let (enc, reason) = (field_text(enc)?, field_text(reason)?);
    let obj: &PyStr = match obj {
        Value::Str(s) => s,
        other => super::unicode::as_unicode(other)?,
    };
    let (start, end) = (super::number::as_i64(start)?, super::number::as_i64(end)?);
    let bytes = obj.as_bytes();
    // One byte or character is named when `start` is inside the object.
    let at = |n: usize| usize::try_from(start).ok().filter(|s| *s < n && end == start + 1);
    if decode {
        if let Some(i) = at(bytes.len()) {
            let b = bytes[i];
            return Some(format!("'{}' codec can't decode byte 0x{:02x} in position {}: {}", enc, b, start, reason));
        }
        return Some(format!("'{}' codec can't decode bytes in position {}-{}: {}", enc, start, end - 1, reason));
    }
    let cps = super::unicode::cps(bytes);
    if let Some(i) = at(cps.len()) {
        // The code point at `start` (a lone surrogate shows as itself).
        let c = cps[i];
        let shown = if c < 0x100 {
            format!("\\x{:02x}", c)
        } else if c < 0x10000 {
            format!("\\u{:04x}", c)
        } else {
            format!("\\U{:08x}", c)
        };
        return Some(format!("'{}' codec can't encode character u'{}' in position {}: {}", enc, shown, start, reason));
    }
    Some(format!("'{}' codec can't encode characters in position {}-{}: {}", enc, start, end - 1, reason))
}

/// The text of a Unicode error's `encoding` or `reason`, which may have been
/// set to a number since (CPython shows its str()).
fn field_text(v: &Value) -> Option<String> {
    match v {
        Value::Str(s) => Some(s.to_string_lossy()),
        Value::Int(_) | Value::Long(_) | Value::Bool(_) => Some(super::number::num_str(v)),
        other => super::unicode::as_unicode(other).map(|u| u.to_string_lossy()),
    }
}

/// `str()` of a SyntaxError with a location: `msg (file.py, line 3)`, with
/// the file's base name as CPython prints it; `None` when it has none.
pub fn syntax_error_location(dict: &Dict) -> Option<(Value, String)> {
    let get = |k: &str| dict.get_str(&PyStr::from_str(k)).unwrap_or(Value::None);
    let filename = match get("filename") {
        Value::Str(f) => {
            let f = f.to_string_lossy();
            Some(f.rsplit('/').next().unwrap_or(&f).to_string())
        }
        _ => None,
    };
    let lineno = match get("lineno") {
        v @ (Value::Int(_) | Value::Long(_) | Value::Bool(_)) => Some(super::number::num_str(&v)),
        _ => None,
    };
    let place = match (filename, lineno) {
        (Some(f), Some(l)) => format!("{}, line {}", f, l),
        (Some(f), None) => f,
        (None, Some(l)) => format!("line {}", l),
        (None, None) => return None,
    };
    Some((get("msg"), place))
}

/// The `args` tuple of an exception instance.
pub fn exc_args(v: &Value) -> Vec<Value> {
    if let Value::Instance(i) = v {
        if let Some(Value::Tuple(t)) = i.dict.get_str(&PyStr::from_str("args")) {
            return t.items.to_vec();
        }
    }
    Vec::new()
}
