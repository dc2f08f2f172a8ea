//! `mmap`: 2.7's POSIX memory-mapped files. One type, `mmap.mmap`, whose
//! instances carry a native `Mmap` as their base (so Python subclasses work,
//! as for bytearray), plus `mmap.error` and the constants.
//!
//! Memory safety never depends on the GIL: the mapping, the position and
//! the descriptor live behind one lock per object, every access to the
//! mapped bytes happens while that lock is held, and only copies leave it.
//! So a `close` or `resize` in another thread (or under `-X gil=off`) can
//! never free or move memory that some reader still looks at. Arguments
//! that may run Python code (`__index__`, slices) are resolved before the
//! lock is taken, and bounds are checked again under it.
//!
//! The raw calls live in `mmap_sys.rs`.

use std::sync::{Arc, OnceLock};

use parking_lot::Mutex;

use super::mmap_sys::{self as sys, Mapping};
use super::{kwparse, method};
use crate::object::class::Class;
use crate::object::exception::new_exception;
use crate::object::function::KwArgs;
use crate::object::{Dict, ExcKind, Instance, Object, PyErr, PyResult, Value};
use crate::vm::Vm;

const ACCESS_DEFAULT: i64 = 0;
const ACCESS_READ: i64 = 1;
const ACCESS_WRITE: i64 = 2;
const ACCESS_COPY: i64 = 3;

/// What one mmap object holds: the mapping (None once closed), the file
/// position, its own duplicate of the descriptor (-1 for anonymous maps),
/// the file offset of the mapping and the access mode.
struct State {
    map: Option<Mapping>,
    pos: usize,
    fd: i32,
    offset: i64,
    access: i64,
}

impl Drop for State {
    fn drop(&mut self) {
        if self.fd >= 0 {
            sys::close(self.fd);
        }
    }
}

/// The native base of an mmap instance.
pub struct Mmap(Mutex<State>);

fn type_error(msg: &str) -> PyErr {
    PyErr::new(ExcKind::TypeError, msg)
}

fn value_error(msg: &str) -> PyErr {
    PyErr::new(ExcKind::ValueError, msg)
}

fn index_error(msg: &str) -> PyErr {
    PyErr::new(ExcKind::IndexError, msg)
}

/// `mmap.error`, a subclass of EnvironmentError.
fn error_class() -> &'static Arc<Class> {
    static CLS: OnceLock<Arc<Class>> = OnceLock::new();
    CLS.get_or_init(|| {
        let d = Arc::new(Dict::new());
        d.set_str("__module__", Value::str("mmap"));
        Class::new("error", vec![ExcKind::EnvironmentError.class().clone()], d, true)
            .expect("a class with one base always linearizes")
    })
}

fn os_error(e: std::io::Error) -> PyErr {
    let n = e.raw_os_error().unwrap_or(libc::EIO);
    PyErr::from_value(new_exception(error_class(), vec![Value::Int(n as i64), Value::str(&super::os::errno_text(n))]))
}

fn mmap_class() -> &'static Arc<Class> {
    static CLS: OnceLock<Arc<Class>> = OnceLock::new();
    CLS.get_or_init(|| {
        let d = Arc::new(Dict::new());
        d.set_str("__module__", Value::str("mmap"));
        d.set_str("__doc__", Value::str(DOC));
        let cls = Class::new("mmap", vec![crate::object::class::types().object.clone()], d, false)
            .expect("a class with one base always linearizes");
        install_methods(&cls);
        cls
    })
}

const DOC: &str = "Unix: mmap(fileno, length[, flags[, prot[, access[, offset]]]])\n\n\
Maps length bytes from the file specified by the file descriptor fileno,\n\
and returns a mmap object.  If length is 0, the maximum length of the map\n\
will be the current size of the file when mmap is called.\n\
flags specifies the nature of the mapping. MAP_PRIVATE creates a\n\
private copy-on-write mapping, so changes to the contents of the mmap\n\
object will be private to this process, and MAP_SHARED creates a mapping\n\
that's shared with all other processes mapping the same areas of the file.\n\
The default value is MAP_SHARED.\n\n\
To map anonymous memory, pass -1 as the fileno.";

fn this<'a>(a: &'a [Value], meth: &str) -> PyResult<&'a Mmap> {
    let found = match a.first() {
        Some(Value::Instance(i)) => i.base.native::<Mmap>(),
        _ => None,
    };
    found.ok_or_else(|| match a.first() {
        Some(v) => type_error(&format!(
            "descriptor '{}' requires a 'mmap.mmap' object but received a '{}'",
            meth,
            v.type_name()
        )),
        None => type_error(&format!("descriptor '{}' of 'mmap.mmap' object needs an argument", meth)),
    })
}

/// The bytes of an mmap instance (a copy), for the buffer readers
/// (`re` matches over it); None for anything else or a closed map.
pub fn snapshot(v: &Value) -> Option<Vec<u8>> {
    let Value::Instance(i) = v else { return None };
    let m = i.base.native::<Mmap>()?;
    let st = m.0.lock();
    st.map.as_ref().map(|map| map.bytes().to_vec())
}

impl State {
    /// The live mapping, or 2.7's error for a closed one. For a file map
    /// it also checks that the file still backs every page: touching a page
    /// past its end would raise SIGBUS (CPython crashes there; we raise).
    fn live(&mut self) -> PyResult<&mut Mapping> {
        let map = self.map.as_mut().ok_or_else(|| value_error("mmap closed or invalid"))?;
        if self.fd >= 0 {
            if let Ok((true, size)) = sys::file_size(self.fd) {
                let page = sys::page_size() as i64;
                let backed = (size - self.offset).max(0);
                let backed = (backed + page - 1) / page * page;
                if (map.len() as i64) > backed {
                    return Err(os_error(std::io::Error::from_raw_os_error(libc::EFAULT)));
                }
            }
        }
        Ok(map)
    }

    fn writable(&self) -> PyResult<()> {
        if self.access == ACCESS_READ {
            return Err(type_error("mmap can't modify a readonly memory map."));
        }
        Ok(())
    }
}

/// 2.7's "n"/"i" integer arguments (floats refused, `__int__` honoured).
fn int(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    vm.c_long_arg(v)
}

/// The bytes of a "s#" argument: str, unicode (default encoding), or a
/// read-only buffer (buffer objects; bytearray is refused as 2.7 does).
fn str_hash(vm: &mut Vm, v: &Value, func: &str) -> PyResult<Vec<u8>> {
    let base = crate::vm::ops::unwrap_base(v);
    if let Value::Str(s) = &base {
        return Ok(s.as_bytes().to_vec());
    }
    if crate::object::bytearray::is_bytearray(v) {
        return Err(type_error(&format!("{}() argument 1 must be string or read-only buffer, not bytearray", func)));
    }
    if let Some(b) = snapshot(v) {
        return Ok(b);
    }
    if crate::object::unicode::is_unicode(&base) {
        return super::struct_::buffer_bytes(vm, v);
    }
    match crate::object::bytearray::buffer_arg(vm, v)? {
        Some(b) => Ok(b),
        None => {
            Err(type_error(&format!("{}() argument 1 must be string or read-only buffer, not {}", func, v.type_name())))
        }
    }
}

fn no_kw(name: &str, kw: &KwArgs) -> PyResult<()> {
    super::no_keywords(name, kw)
}

fn arity(name: &str, a: &[Value], min: usize, max: usize) -> PyResult<()> {
    let n = a.len() - 1;
    if n >= min && n <= max {
        return Ok(());
    }
    let (how, k) = if min == max {
        ("exactly", min)
    } else if n < min {
        ("at least", min)
    } else {
        ("at most", max)
    };
    Err(type_error(&format!("{}() takes {} {} argument{} ({} given)", name, how, k, if k == 1 { "" } else { "s" }, n)))
}

/// Clamps a find bound as 2.7 does: negative counts from the end.
fn clamp(i: i64, size: usize) -> usize {
    let size = size as i64;
    let i = if i < 0 { i + size } else { i };
    i.clamp(0, size) as usize
}

fn find(vm: &mut Vm, a: &[Value], reverse: bool) -> PyResult {
    let name = if reverse { "rfind" } else { "find" };
    let m = this(a, name)?;
    arity(name, a, 1, 3)?;
    let needle = str_hash(vm, &a[1], name)?;
    let start = a.get(2).map(|v| int(vm, v)).transpose()?;
    let end = a.get(3).map(|v| int(vm, v)).transpose()?;
    let mut st = m.0.lock();
    let pos = st.pos;
    let map = st.live()?;
    let size = map.len();
    let s = clamp(start.unwrap_or(pos as i64), size);
    let e = clamp(end.unwrap_or(size as i64), size);
    if e < s || e - s < needle.len() {
        return Ok(Value::Int(-1));
    }
    let hay = &map.bytes()[s..e];
    let n = needle.len();
    let last = hay.len() - n;
    let hit = if reverse {
        (0..=last).rev().find(|&i| &hay[i..i + n] == needle.as_slice())
    } else {
        (0..=last).find(|&i| &hay[i..i + n] == needle.as_slice())
    };
    Ok(Value::Int(hit.map_or(-1, |i| (s + i) as i64)))
}

/// A slice key's parts, or None for anything else.
fn slice_parts(v: &Value) -> Option<(Value, Value, Value)> {
    match v {
        Value::Other(o) => match &**o {
            Object::Slice { start, stop, step, .. } => Some((start.clone(), stop.clone(), step.clone())),
            _ => None,
        },
        _ => None,
    }
}

fn map_len(m: &Mmap) -> PyResult<usize> {
    Ok(m.0.lock().live()?.len())
}

/// The offsets a slice selects, resolved against the current length.
fn resolve_slice(vm: &mut Vm, m: &Mmap, parts: &(Value, Value, Value)) -> PyResult<(usize, Vec<usize>)> {
    let len = map_len(m)?;
    let idx = vm.slice_indices(&parts.0, &parts.1, &parts.2, len)?;
    Ok((len, idx.indices().collect()))
}

fn get_item(vm: &mut Vm, a: &[Value]) -> PyResult {
    let m = this(a, "__getitem__")?;
    arity("__getitem__", a, 1, 1)?;
    if let Some(parts) = slice_parts(&a[1]) {
        let (_, offsets) = resolve_slice(vm, m, &parts)?;
        let mut st = m.0.lock();
        let b = st.live()?.bytes();
        if offsets.iter().any(|&i| i >= b.len()) {
            return Err(index_error("mmap index out of range"));
        }
        let out = match (offsets.first(), offsets.len()) {
            (Some(&f), n) if offsets.windows(2).all(|w| w[1] == w[0] + 1) => b[f..f + n].to_vec(),
            _ => offsets.iter().map(|&i| b[i]).collect(),
        };
        return Ok(Value::bytes(out));
    }
    let Some(i) = vm.index_value(&a[1])? else {
        map_len(m)?;
        return Err(type_error("mmap indices must be integers"));
    };
    let mut st = m.0.lock();
    let b = st.live()?.bytes();
    let i = if i < 0 { i.saturating_add(b.len() as i64) } else { i };
    if i < 0 || i >= b.len() as i64 {
        return Err(index_error("mmap index out of range"));
    }
    Ok(Value::bytes(vec![b[i as usize]]))
}

/// `m[key] = value` and `del m[key]` (value None), in 2.7's order of checks:
/// index, then value, then whether the map may be written.
fn set_item(vm: &mut Vm, m: &Mmap, key: &Value, value: Option<&Value>) -> PyResult {
    if let Some(parts) = slice_parts(key) {
        let (_, offsets) = resolve_slice(vm, m, &parts)?;
        let Some(value) = value else {
            return Err(type_error("mmap object doesn't support slice deletion"));
        };
        let Value::Str(s) = crate::vm::ops::unwrap_base(value) else {
            return Err(index_error("mmap slice assignment must be a string"));
        };
        if s.as_bytes().len() != offsets.len() {
            return Err(index_error("mmap slice assignment is wrong size"));
        }
        let mut st = m.0.lock();
        st.writable()?;
        let b = st.live()?.bytes_mut();
        if offsets.iter().any(|&i| i >= b.len()) {
            return Err(index_error("mmap index out of range"));
        }
        for (&i, &c) in offsets.iter().zip(s.as_bytes()) {
            b[i] = c;
        }
        return Ok(Value::None);
    }
    let Some(i) = vm.index_value(key)? else {
        map_len(m)?;
        return Err(type_error("mmap indices must be integer"));
    };
    let len = map_len(m)? as i64;
    let i = if i < 0 { i.saturating_add(len) } else { i };
    if i < 0 || i >= len {
        return Err(index_error("mmap index out of range"));
    }
    let Some(value) = value else {
        return Err(type_error("mmap object doesn't support item deletion"));
    };
    let byte = match crate::vm::ops::unwrap_base(value) {
        Value::Str(s) if s.as_bytes().len() == 1 => s.as_bytes()[0],
        _ => return Err(index_error("mmap assignment must be single-character string")),
    };
    let mut st = m.0.lock();
    st.writable()?;
    let b = st.live()?.bytes_mut();
    // The map may have shrunk while the value was checked.
    let slot = b.get_mut(i as usize).ok_or_else(|| index_error("mmap index out of range"))?;
    *slot = byte;
    Ok(Value::None)
}

/// One char argument ("c" format).
fn char_arg(v: &Value, func: &str) -> PyResult<u8> {
    match crate::vm::ops::unwrap_base(v) {
        Value::Str(s) if s.as_bytes().len() == 1 => Ok(s.as_bytes()[0]),
        _ => Err(type_error(&format!("{}() argument 1 must be char, not {}", func, v.type_name()))),
    }
}

fn install_methods(cls: &Arc<Class>) {
    // A static method (not a plain builtin), so that a Python subclass
    // without a `__new__` of its own is constructed through it too.
    method(cls, "mmap.__new__", new);
    if let Some(f) = cls.dict.get_str(&crate::object::PyStr::from_str("__new__")) {
        cls.dict.set_str("__new__", Value::other(Object::StaticMethod(f)));
    }
    method(cls, "mmap.close", |_, a, kw| {
        let m = this(a, "close")?;
        no_kw("close", kw)?;
        arity("close", a, 0, 0)?;
        let mut st = m.0.lock();
        if st.fd >= 0 {
            sys::close(st.fd);
            st.fd = -1;
        }
        st.map = None;
        Ok(Value::None)
    });
    method(cls, "mmap.find", |vm, a, kw| {
        no_kw("find", kw)?;
        find(vm, a, false)
    });
    method(cls, "mmap.rfind", |vm, a, kw| {
        no_kw("rfind", kw)?;
        find(vm, a, true)
    });
    method(cls, "mmap.flush", |vm, a, kw| {
        let m = this(a, "flush")?;
        no_kw("flush", kw)?;
        arity("flush", a, 0, 2)?;
        let off = a.get(1).map(|v| int(vm, v)).transpose()?;
        let size = a.get(2).map(|v| int(vm, v)).transpose()?;
        let mut st = m.0.lock();
        let access = st.access;
        let map = st.live()?;
        let off = off.unwrap_or(0);
        let size = size.unwrap_or(map.len() as i64);
        if off < 0 || size < 0 || off.checked_add(size).is_none_or(|e| e > map.len() as i64) {
            return Err(value_error("flush values out of range"));
        }
        if access == ACCESS_READ || access == ACCESS_COPY {
            return Ok(Value::long(0.into()));
        }
        map.flush(off as usize, size as usize).map_err(os_error)?;
        Ok(Value::Int(0))
    });
    method(cls, "mmap.move", |vm, a, kw| {
        let m = this(a, "move")?;
        no_kw("move", kw)?;
        arity("move", a, 3, 3)?;
        // "k" format: a negative count wraps to a huge unsigned one.
        let dest = int(vm, &a[1])? as u64;
        let src = int(vm, &a[2])? as u64;
        let cnt = int(vm, &a[3])? as u64;
        let mut st = m.0.lock();
        st.writable()?;
        let b = st.live()?.bytes_mut();
        let size = b.len() as u64;
        let fits = |at: u64| at.checked_add(cnt).is_some_and(|e| e <= size);
        if !fits(src) || !fits(dest) {
            return Err(value_error("source, destination, or count out of range"));
        }
        let (src, dest, cnt) = (src as usize, dest as usize, cnt as usize);
        b.copy_within(src..src + cnt, dest);
        Ok(Value::None)
    });
    method(cls, "mmap.read", |vm, a, kw| {
        let m = this(a, "read")?;
        no_kw("read", kw)?;
        arity("read", a, 1, 1)?;
        let n = int(vm, &a[1])?;
        let mut st = m.0.lock();
        let pos = st.pos;
        let b = st.live()?.bytes();
        let left = b.len().saturating_sub(pos);
        let n = if n < 0 || n as u64 > left as u64 { left } else { n as usize };
        // The position may lie past the end after a resize: nothing to read.
        let out = if n == 0 { Vec::new() } else { b[pos..pos + n].to_vec() };
        st.pos += n;
        Ok(Value::bytes(out))
    });
    method(cls, "mmap.read_byte", |_, a, kw| {
        let m = this(a, "read_byte")?;
        no_kw("read_byte", kw)?;
        arity("read_byte", a, 0, 0)?;
        let mut st = m.0.lock();
        let pos = st.pos;
        let b = st.live()?.bytes();
        let c = *b.get(pos).ok_or_else(|| value_error("read byte out of range"))?;
        st.pos += 1;
        Ok(Value::bytes(vec![c]))
    });
    method(cls, "mmap.readline", |_, a, kw| {
        let m = this(a, "readline")?;
        no_kw("readline", kw)?;
        arity("readline", a, 0, 0)?;
        let mut st = m.0.lock();
        let pos = st.pos;
        let b = st.live()?.bytes();
        let rest = b.get(pos..).unwrap_or(&[]);
        let n = rest.iter().position(|&c| c == b'\n').map_or(rest.len(), |i| i + 1);
        let out = rest[..n].to_vec();
        st.pos += n;
        Ok(Value::bytes(out))
    });
    method(cls, "mmap.resize", |vm, a, kw| {
        let m = this(a, "resize")?;
        no_kw("resize", kw)?;
        arity("resize", a, 1, 1)?;
        let n = int(vm, &a[1])?;
        let mut st = m.0.lock();
        st.live()?;
        if st.access != ACCESS_WRITE && st.access != ACCESS_DEFAULT {
            return Err(type_error("mmap can't resize a readonly or copy-on-write memory map."));
        }
        if n < 0 || n.checked_add(st.offset).is_none() {
            return Err(value_error("new size out of range"));
        }
        if st.fd >= 0 {
            sys::truncate(st.fd, st.offset + n).map_err(os_error)?;
        }
        let map = st.map.as_mut().ok_or_else(|| value_error("mmap closed or invalid"))?;
        map.resize(n as usize).map_err(os_error)?;
        Ok(Value::None)
    });
    method(cls, "mmap.seek", |vm, a, kw| {
        let m = this(a, "seek")?;
        no_kw("seek", kw)?;
        arity("seek", a, 1, 2)?;
        let dist = int(vm, &a[1])?;
        let how = a.get(2).map(|v| int(vm, v)).transpose()?.unwrap_or(0);
        let mut st = m.0.lock();
        let pos = st.pos as i64;
        let size = st.live()?.len() as i64;
        let base = match how {
            0 => 0,
            1 => pos,
            2 => size,
            _ => return Err(value_error("unknown seek type")),
        };
        match base.checked_add(dist) {
            Some(w) if (0..=size).contains(&w) => {
                st.pos = w as usize;
                Ok(Value::None)
            }
            _ => Err(value_error("seek out of range")),
        }
    });
    method(cls, "mmap.size", |_, a, kw| {
        let m = this(a, "size")?;
        no_kw("size", kw)?;
        arity("size", a, 0, 0)?;
        let mut st = m.0.lock();
        st.live()?;
        // 2.7 asks fstat even for an anonymous map (and fails with EBADF).
        let (_, size) = sys::file_size(st.fd).map_err(os_error)?;
        Ok(Value::Int(size))
    });
    method(cls, "mmap.tell", |_, a, kw| {
        let m = this(a, "tell")?;
        no_kw("tell", kw)?;
        arity("tell", a, 0, 0)?;
        let mut st = m.0.lock();
        st.live()?;
        Ok(Value::Int(st.pos as i64))
    });
    method(cls, "mmap.write", |vm, a, kw| {
        let m = this(a, "write")?;
        no_kw("write", kw)?;
        arity("write", a, 1, 1)?;
        let data = str_hash(vm, &a[1], "write")?;
        let mut st = m.0.lock();
        st.live()?;
        st.writable()?;
        let pos = st.pos;
        let b = st.live()?.bytes_mut();
        if pos > b.len() || b.len() - pos < data.len() {
            return Err(value_error("data out of range"));
        }
        b[pos..pos + data.len()].copy_from_slice(&data);
        st.pos += data.len();
        Ok(Value::None)
    });
    method(cls, "mmap.write_byte", |_, a, kw| {
        let m = this(a, "write_byte")?;
        no_kw("write_byte", kw)?;
        arity("write_byte", a, 1, 1)?;
        let c = char_arg(&a[1], "write_byte")?;
        let mut st = m.0.lock();
        st.live()?;
        st.writable()?;
        let pos = st.pos;
        let b = st.live()?.bytes_mut();
        let slot = b.get_mut(pos).ok_or_else(|| value_error("write byte out of range"))?;
        *slot = c;
        st.pos += 1;
        Ok(Value::None)
    });
    method(cls, "mmap.__len__", |_, a, _| {
        let m = this(a, "__len__")?;
        Ok(Value::Int(map_len(m)? as i64))
    });
    method(cls, "mmap.__getitem__", |vm, a, _| get_item(vm, a));
    method(cls, "mmap.__setitem__", |vm, a, _| {
        let m = this(a, "__setitem__")?;
        arity("__setitem__", a, 2, 2)?;
        set_item(vm, m, &a[1], Some(&a[2]))
    });
    method(cls, "mmap.__delitem__", |vm, a, _| {
        let m = this(a, "__delitem__")?;
        arity("__delitem__", a, 1, 1)?;
        set_item(vm, m, &a[1], None)
    });
    // The buffer protocol as minipy's native readers see it (a copy).
    method(cls, "mmap._buffer_bytes", |_, a, _| {
        let m = this(a, "_buffer_bytes")?;
        let mut st = m.0.lock();
        Ok(Value::bytes(st.live()?.bytes().to_vec()))
    });
}

/// `mmap.mmap(...)` itself (called through `type.__call__`); None for
/// other classes.
pub fn construct(vm: &mut Vm, cls: &Arc<Class>, a: &[Value], kw: &KwArgs) -> PyResult<Option<Value>> {
    if !Arc::ptr_eq(cls, mmap_class()) {
        return Ok(None);
    }
    let mut all = vec![Value::Class(cls.clone())];
    all.extend(a.iter().cloned());
    new(vm, &all, kw).map(Some)
}

/// `mmap.__new__(cls, fileno, length, flags, prot, access, offset)`.
fn new(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult {
    let Some(Value::Class(cls)) = a.first() else {
        return Err(type_error("mmap.__new__(X): X is not a type object"));
    };
    if !cls.is_subclass(mmap_class()) {
        return Err(crate::modules::descr::not_subtype(cls));
    }
    let names = ["fileno", "length", "flags", "prot", "access", "offset"];
    let slots = kwparse::parse("mmap", &a[1..], kw, &names, 2)?;
    let mut ints = [0i64; 6];
    let defaults = [0, 0, libc::MAP_SHARED as i64, (libc::PROT_READ | libc::PROT_WRITE) as i64, ACCESS_DEFAULT, 0];
    for (i, slot) in slots.iter().enumerate() {
        ints[i] = match slot {
            Some(v) => int(vm, v)?,
            None => defaults[i],
        };
    }
    let [fd, length, mut flags, mut prot, mut access, offset] = ints;
    if fd < i32::MIN as i64 || fd > i32::MAX as i64 {
        return Err(PyErr::new(ExcKind::OverflowError, "signed integer is greater than maximum"));
    }
    if length < 0 {
        return Err(PyErr::new(ExcKind::OverflowError, "memory mapped length must be positive"));
    }
    if offset < 0 {
        return Err(PyErr::new(ExcKind::OverflowError, "memory mapped offset must be positive"));
    }
    if access != ACCESS_DEFAULT
        && (flags != libc::MAP_SHARED as i64 || prot != (libc::PROT_READ | libc::PROT_WRITE) as i64)
    {
        return Err(value_error("mmap can't specify both access and flags, prot."));
    }
    let rw = (libc::PROT_READ | libc::PROT_WRITE) as i64;
    match access {
        ACCESS_READ => (flags, prot) = (libc::MAP_SHARED as i64, libc::PROT_READ as i64),
        ACCESS_WRITE => (flags, prot) = (libc::MAP_SHARED as i64, rw),
        ACCESS_COPY => (flags, prot) = (libc::MAP_PRIVATE as i64, rw),
        ACCESS_DEFAULT => {
            if prot & rw == rw {
            } else if prot & libc::PROT_WRITE as i64 != 0 {
                access = ACCESS_WRITE;
            } else {
                access = ACCESS_READ;
            }
        }
        _ => return Err(value_error("mmap invalid access parameter.")),
    }
    let fd = fd as i32;
    let mut length = length as u64;
    if fd != -1 {
        if let Ok((true, size)) = sys::file_size(fd) {
            if length == 0 {
                if size == 0 {
                    return Err(value_error("cannot mmap an empty file"));
                }
                if offset >= size {
                    return Err(value_error("mmap offset is greater than file size"));
                }
                length = (size - offset) as u64;
            } else if offset > size || ((size - offset) as u64) < length {
                return Err(value_error("mmap length is greater than file size"));
            }
        }
    }
    let own_fd = if fd == -1 {
        flags |= libc::MAP_ANONYMOUS as i64;
        -1
    } else {
        sys::dup(fd).map_err(os_error)?
    };
    let mut state = State { map: None, pos: 0, fd: own_fd, offset, access };
    // Pages are always readable: a PROT_NONE or write-only map would fault
    // on a read, where 2.7 crashes; writes still need PROT_WRITE (checked
    // through `access`).
    prot |= libc::PROT_READ as i64;
    let len = usize::try_from(length).map_err(|_| value_error("mmap length is too large"))?;
    state.map = Some(Mapping::new(len, prot as i32, flags as i32, fd, offset).map_err(os_error)?);
    let base = Value::other(Object::Native { class: mmap_class().clone(), data: Box::new(Mmap(Mutex::new(state))) });
    Ok(Value::Instance(Arc::new(Instance::new(cls.clone(), base))))
}

pub fn init(d: &Dict) {
    d.set_str("mmap", Value::Class(mmap_class().clone()));
    d.set_str("error", Value::Class(error_class().clone()));
    let page = sys::page_size() as i64;
    let consts: [(&str, i64); 13] = [
        ("ACCESS_READ", ACCESS_READ),
        ("ACCESS_WRITE", ACCESS_WRITE),
        ("ACCESS_COPY", ACCESS_COPY),
        ("PAGESIZE", page),
        ("ALLOCATIONGRANULARITY", page),
        ("MAP_SHARED", libc::MAP_SHARED as i64),
        ("MAP_PRIVATE", libc::MAP_PRIVATE as i64),
        ("MAP_ANON", libc::MAP_ANONYMOUS as i64),
        ("MAP_ANONYMOUS", libc::MAP_ANONYMOUS as i64),
        ("MAP_DENYWRITE", libc::MAP_DENYWRITE as i64),
        ("MAP_EXECUTABLE", libc::MAP_EXECUTABLE as i64),
        ("PROT_READ", libc::PROT_READ as i64),
        ("PROT_WRITE", libc::PROT_WRITE as i64),
    ];
    for (k, v) in consts {
        d.set_str(k, Value::Int(v));
    }
    d.set_str("PROT_EXEC", Value::Int(libc::PROT_EXEC as i64));
}
