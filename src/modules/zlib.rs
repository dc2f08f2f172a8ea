//! `zlib` over flate2 with the system zlib (so compressed bytes equal
//! CPython's): compress/decompress, the Compress and Decompress stream
//! objects, crc32/adler32 (signed, as in 2.7), `zlib.error` and constants.
//!
//! flate2 cannot clone a stream, so `copy()` replays the calls a stream has
//! seen into a fresh one (deterministic, so the state is the same); the log is
//! dropped past `LOG_LIMIT` bytes and `copy()` then fails as zlib would on a
//! broken stream. memLevel and strategy are accepted but not applied.

use std::sync::{Arc, OnceLock};

use flate2::{Compress, Compression, Decompress, FlushCompress, FlushDecompress, Status};
use parking_lot::Mutex;

use super::binascii::u32_arg;
use super::{check_args, def, int_arg, method};
use crate::object::class::{types, Class};
use crate::object::exception::new_exception;
use crate::object::function::{Builtin, KwArgs};
use crate::object::{Dict, ExcKind, Object, PyErr, PyResult, Value};
use crate::vm::Vm;

/// zlib reads its data as 2.7's `s#`: a str or a read-only buffer, so a
/// bytearray (a writable buffer) is refused, unlike in binascii.
fn data_arg(vm: &mut Vm, v: &Value, func: &str) -> PyResult<Vec<u8>> {
    if crate::object::bytearray::is_bytearray(v) {
        return Err(PyErr::new(
            ExcKind::TypeError,
            format!("{}() argument 1 must be string or read-only buffer, not bytearray", func),
        ));
    }
    super::binascii::data_arg(vm, v, func)
}

const LOG_LIMIT: usize = 64 << 20;
const Z_NO_FLUSH: i64 = 0;
const Z_SYNC_FLUSH: i64 = 2;
const Z_FULL_FLUSH: i64 = 3;
const Z_FINISH: i64 = 4;

/// `zlib.error`
fn error_class() -> &'static Arc<Class> {
    static CLS: OnceLock<Arc<Class>> = OnceLock::new();
    CLS.get_or_init(|| {
        let d = Arc::new(Dict::new());
        d.set_str("__module__", Value::str("zlib"));
        Class::new("error", vec![ExcKind::Exception.class().clone()], d, true)
            .expect("a class with one base always linearizes")
    })
}

fn error(msg: String) -> PyErr {
    PyErr::from_value(new_exception(error_class(), vec![Value::from(msg)]))
}

fn inconsistent(doing: &str) -> PyErr {
    error(format!("Error -2 while {}: inconsistent stream state", doing))
}

/// What a window-bits argument asks for.
#[derive(Clone, Copy)]
enum Wrap {
    Zlib(u8),
    Raw(u8),
    Gzip(u8),
    /// 32 + bits: zlib or gzip, told by the first byte (decompression only).
    Auto(u8),
}

fn wrap_of(wbits: i64, for_decompress: bool) -> Option<Wrap> {
    // zlib itself treats a window of 8 as 9.
    let bits = |b: i64| (b.max(9)) as u8;
    match wbits {
        8..=15 => Some(Wrap::Zlib(bits(wbits))),
        -15..=-8 => Some(Wrap::Raw(bits(-wbits))),
        24..=31 => Some(Wrap::Gzip(bits(wbits - 16))),
        40..=47 if for_decompress => Some(Wrap::Auto(bits(wbits - 32))),
        0 if for_decompress => Some(Wrap::Zlib(15)),
        _ => None,
    }
}

fn new_compress(level: u32, wrap: Wrap) -> Compress {
    let lvl = Compression::new(level);
    match wrap {
        Wrap::Zlib(b) | Wrap::Auto(b) => Compress::new_with_window_bits(lvl, true, b),
        Wrap::Raw(b) => Compress::new_with_window_bits(lvl, false, b),
        Wrap::Gzip(b) => Compress::new_gzip(lvl, b),
    }
}

fn new_decompress(wrap: Wrap, first: Option<u8>) -> Decompress {
    match wrap {
        Wrap::Zlib(b) => Decompress::new_with_window_bits(true, b),
        Wrap::Raw(b) => Decompress::new_with_window_bits(false, b),
        Wrap::Gzip(b) => Decompress::new_gzip(b),
        Wrap::Auto(b) if first == Some(0x1f) => Decompress::new_gzip(b),
        Wrap::Auto(b) => Decompress::new_with_window_bits(true, b),
    }
}

fn level_arg(v: Option<&Value>) -> PyResult<u32> {
    let level = match v {
        Some(v) => int_arg(v, "level")?,
        None => -1,
    };
    match level {
        -1 => Ok(6),
        0..=9 => Ok(level as u32),
        _ => Err(error("Bad compression level".into())),
    }
}

/// Runs deflate over `input` with `flush`, appending everything it makes.
fn deflate(z: &mut Compress, input: &[u8], flush: FlushCompress, out: &mut Vec<u8>) -> PyResult<Status> {
    let mut pos = 0;
    loop {
        if out.capacity() - out.len() < 1024 {
            out.reserve(out.capacity().max(4096));
        }
        let before = z.total_in();
        let st = z
            .compress_vec(&input[pos..], out, flush)
            .map_err(|_| error("Error -2 while compressing data: inconsistent stream state".into()))?;
        pos += (z.total_in() - before) as usize;
        let room = out.capacity() > out.len();
        match st {
            Status::StreamEnd => return Ok(st),
            _ if pos >= input.len() && room => return Ok(st),
            Status::BufError if room => return Ok(st),
            _ => {}
        }
    }
}

/// Runs inflate: returns the input consumed and whether the stream ended;
/// stops once `limit` bytes (if any) have been made.
fn inflate(
    z: &mut Decompress,
    input: &[u8],
    limit: Option<usize>,
    flush: FlushDecompress,
    out: &mut Vec<u8>,
) -> Result<(usize, bool), String> {
    let mut pos = 0;
    loop {
        let cap = match limit {
            Some(l) if out.len() >= l => return Ok((pos, false)),
            Some(l) => (l - out.len()).min(1 << 16),
            None => 1 << 16,
        };
        let mut chunk = Vec::with_capacity(cap);
        let before = z.total_in();
        let st = z.decompress_vec(&input[pos..], &mut chunk, flush);
        let used = (z.total_in() - before) as usize;
        pos += used;
        let made = chunk.len();
        out.extend_from_slice(&chunk);
        match st {
            Err(e) => return Err(e.message().unwrap_or("invalid data").to_string()),
            Ok(Status::StreamEnd) => return Ok((pos, true)),
            Ok(_) if used == 0 && made == 0 => return Ok((pos, false)),
            Ok(_) if pos >= input.len() && made < cap => return Ok((pos, false)),
            Ok(_) => {}
        }
    }
}

struct CompState {
    z: Option<Compress>,
    level: u32,
    wrap: Wrap,
    /// (input, flush mode) of every call, for `copy()`; None once too big.
    log: Option<Vec<(Vec<u8>, i64)>>,
    logged: usize,
}

struct DecompState {
    z: Decompress,
    wrap: Wrap,
    started: bool,
    finished: bool,
    /// Flushed after its end: 2.7 has freed the stream.
    dead: bool,
    unused_data: Vec<u8>,
    unconsumed_tail: Vec<u8>,
    log: Option<Vec<(Vec<u8>, Option<usize>)>>,
    logged: usize,
}

fn flush_mode(mode: i64) -> FlushCompress {
    match mode {
        Z_SYNC_FLUSH => FlushCompress::Sync,
        Z_FULL_FLUSH => FlushCompress::Full,
        Z_FINISH => FlushCompress::Finish,
        _ => FlushCompress::None,
    }
}

fn log_call<T>(log: &mut Option<Vec<(Vec<u8>, T)>>, logged: &mut usize, data: &[u8], extra: T) {
    *logged += data.len();
    if *logged > LOG_LIMIT {
        *log = None;
    }
    if let Some(l) = log {
        l.push((data.to_vec(), extra));
    }
}

fn getter(qualname: &'static str, f: crate::object::NativeFn) -> Value {
    Value::other(Object::Property {
        fget: Builtin::new(qualname, f),
        fset: Value::None,
        fdel: Value::None,
        doc: Value::None,
    })
}

fn comp_class() -> &'static Arc<Class> {
    static CLS: OnceLock<Arc<Class>> = OnceLock::new();
    CLS.get_or_init(|| {
        let d = Arc::new(Dict::new());
        d.set_str("__module__", Value::str("zlib"));
        let cls = Class::new("Compress", vec![types().object.clone()], d, false).expect("one base");
        method(&cls, "Compress.compress", comp_compress);
        method(&cls, "Compress.flush", comp_flush);
        method(&cls, "Compress.copy", comp_copy);
        cls
    })
}

fn decomp_class() -> &'static Arc<Class> {
    static CLS: OnceLock<Arc<Class>> = OnceLock::new();
    CLS.get_or_init(|| {
        let d = Arc::new(Dict::new());
        d.set_str("__module__", Value::str("zlib"));
        let cls = Class::new("Decompress", vec![types().object.clone()], d, false).expect("one base");
        method(&cls, "Decompress.decompress", decomp_decompress);
        method(&cls, "Decompress.flush", decomp_flush);
        method(&cls, "Decompress.copy", decomp_copy);
        cls.dict.set_str(
            "unused_data",
            getter("Decompress.unused_data", |_, a, _| Ok(Value::bytes(decomp_of(&a[0])?.lock().unused_data.clone()))),
        );
        cls.dict.set_str(
            "unconsumed_tail",
            getter("Decompress.unconsumed_tail", |_, a, _| {
                Ok(Value::bytes(decomp_of(&a[0])?.lock().unconsumed_tail.clone()))
            }),
        );
        cls
    })
}

fn comp_of(v: &Value) -> PyResult<&Mutex<CompState>> {
    v.native::<Mutex<CompState>>().ok_or_else(|| PyErr::new(ExcKind::TypeError, "a zlib.Compress object is required"))
}

fn decomp_of(v: &Value) -> PyResult<&Mutex<DecompState>> {
    v.native::<Mutex<DecompState>>()
        .ok_or_else(|| PyErr::new(ExcKind::TypeError, "a zlib.Decompress object is required"))
}

fn comp_compress(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult {
    super::no_keywords("compress", kw)?;
    check_args("compress", &a[1..], 1, 1)?;
    let data = data_arg(vm, &a[1], "compress")?;
    let mut st = comp_of(&a[0])?.lock();
    let st = &mut *st;
    let Some(z) = st.z.as_mut() else { return Err(inconsistent("compressing data")) };
    let mut out = Vec::with_capacity(data.len() / 2 + 64);
    deflate(z, &data, FlushCompress::None, &mut out)?;
    log_call(&mut st.log, &mut st.logged, &data, Z_NO_FLUSH);
    Ok(Value::bytes(out))
}

fn comp_flush(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult {
    super::no_keywords("flush", kw)?;
    check_args("flush", &a[1..], 0, 1)?;
    let mode = match a.get(1) {
        Some(v) => int_arg(v, "flush")?,
        None => Z_FINISH,
    };
    if mode == Z_NO_FLUSH {
        return Ok(Value::str(""));
    }
    let mut st = comp_of(&a[0])?.lock();
    let st = &mut *st;
    let Some(z) = st.z.as_mut() else { return Err(inconsistent("flushing")) };
    let mut out = Vec::with_capacity(64);
    deflate(z, &[], flush_mode(mode), &mut out)?;
    log_call(&mut st.log, &mut st.logged, &[], mode);
    if mode == Z_FINISH {
        st.z = None;
    }
    Ok(Value::bytes(out))
}

fn comp_copy(_vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult {
    let st = comp_of(&a[0])?.lock();
    let (Some(_), Some(log)) = (&st.z, &st.log) else {
        return Err(PyErr::new(ExcKind::ValueError, "Inconsistent stream state"));
    };
    let mut z = new_compress(st.level, st.wrap);
    let mut sink = Vec::new();
    for (data, mode) in log {
        deflate(&mut z, data, flush_mode(*mode), &mut sink)?;
        sink.clear();
    }
    let copy = CompState { z: Some(z), level: st.level, wrap: st.wrap, log: Some(log.clone()), logged: st.logged };
    Ok(Value::other(Object::Native { class: comp_class().clone(), data: Box::new(Mutex::new(copy)) }))
}

/// Feeds `data` to a decompression stream, keeping 2.7's bookkeeping of
/// `unused_data` and `unconsumed_tail` (as observed on CPython 2.7.18: once
/// the stream has ended, input goes to `unused_data`, and the tail follows
/// the input only if it was not empty).
fn decomp_feed(st: &mut DecompState, data: &[u8], limit: Option<usize>, finish: bool) -> Result<Vec<u8>, String> {
    if st.dead {
        return Err("-2:inconsistent stream state".into());
    }
    if !st.started && !data.is_empty() {
        st.z = new_decompress(st.wrap, data.first().copied());
        st.started = true;
    }
    let old_tail = !st.unconsumed_tail.is_empty();
    if st.finished {
        st.unused_data.extend_from_slice(data);
        if old_tail {
            st.unconsumed_tail = data.to_vec();
        }
        return Ok(Vec::new());
    }
    let mut out = Vec::new();
    let flush = if finish { FlushDecompress::Finish } else { FlushDecompress::None };
    let (used, ended) = inflate(&mut st.z, data, limit, flush, &mut out).map_err(|m| format!("-3:{}", m))?;
    let rest = &data[used.min(data.len())..];
    if ended {
        st.finished = true;
        st.unused_data.extend_from_slice(rest);
        if old_tail {
            st.unconsumed_tail = rest.to_vec();
        }
    } else if !rest.is_empty() || old_tail {
        st.unconsumed_tail = rest.to_vec();
    }
    Ok(out)
}

/// An integer argument that may come through `__int__` (2.7's "i" format).
fn int_like(vm: &mut Vm, v: &Value, what: &str) -> PyResult<i64> {
    let base = crate::vm::ops::unwrap_base(v);
    if let Some(i) = crate::object::number::as_i64(&base) {
        return Ok(i);
    }
    if !matches!(base, Value::Float(_)) {
        if let Some(r) = vm.call_dunder(v, "__int__", vec![])? {
            if let Some(i) = crate::object::number::as_i64(&crate::vm::ops::unwrap_base(&r)) {
                return Ok(i);
            }
        }
    }
    int_arg(v, what)
}

fn zerr(e: String, doing: &str) -> PyErr {
    let (code, msg) = e.split_once(':').unwrap_or(("-3", &e));
    error(format!("Error {} while {}: {}", code, doing, msg))
}

fn decomp_decompress(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult {
    super::no_keywords("decompress", kw)?;
    check_args("decompress", &a[1..], 1, 2)?;
    let data = data_arg(vm, &a[1], "decompress")?;
    let limit = match a.get(2) {
        Some(v) => {
            let n = int_like(vm, v, "decompress")?;
            if n < 0 {
                return Err(PyErr::new(ExcKind::ValueError, "max_length must be greater than zero"));
            }
            if n == 0 {
                None
            } else {
                Some(n as usize)
            }
        }
        None => None,
    };
    let mut st = decomp_of(&a[0])?.lock();
    let st = &mut *st;
    let out = decomp_feed(st, &data, limit, false).map_err(|e| zerr(e, "decompressing"))?;
    log_call(&mut st.log, &mut st.logged, &data, limit);
    Ok(Value::bytes(out))
}

fn decomp_flush(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult {
    super::no_keywords("flush", kw)?;
    check_args("flush", &a[1..], 0, 1)?;
    if let Some(v) = a.get(1) {
        if int_like(vm, v, "flush")? <= 0 {
            return Err(PyErr::new(ExcKind::ValueError, "length must be greater than zero"));
        }
    }
    let mut st = decomp_of(&a[0])?.lock();
    let st = &mut *st;
    let tail = st.unconsumed_tail.clone();
    if st.dead {
        return Ok(Value::str(""));
    }
    if st.finished {
        // 2.7 hands the leftover to inflate again, which ends at once, and
        // then ends the stream: it can no longer be used or copied.
        st.unused_data.extend_from_slice(&tail);
        st.dead = true;
        return Ok(Value::str(""));
    }
    // Errors are not reported by flush in 2.7, only the data made so far.
    let out = decomp_feed(st, &tail, None, true).unwrap_or_default();
    if st.finished {
        st.dead = true;
    }
    Ok(Value::bytes(out))
}

fn decomp_copy(_vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult {
    let st = decomp_of(&a[0])?.lock();
    let (false, Some(log)) = (st.dead, &st.log) else {
        return Err(PyErr::new(ExcKind::ValueError, "Inconsistent stream state"));
    };
    let mut copy = new_decomp_state(st.wrap);
    for (data, limit) in log {
        let _ = decomp_feed(&mut copy, data, *limit, false);
    }
    copy.log = Some(log.clone());
    copy.logged = st.logged;
    Ok(Value::other(Object::Native { class: decomp_class().clone(), data: Box::new(Mutex::new(copy)) }))
}

fn new_decomp_state(wrap: Wrap) -> DecompState {
    DecompState {
        z: new_decompress(wrap, None),
        wrap,
        started: false,
        finished: false,
        dead: false,
        unused_data: Vec::new(),
        unconsumed_tail: Vec::new(),
        log: Some(Vec::new()),
        logged: 0,
    }
}

fn adler32(data: &[u8], start: u32) -> u32 {
    let (mut a, mut b) = (start & 0xffff, start >> 16);
    for chunk in data.chunks(5552) {
        for &c in chunk {
            a += c as u32;
            b += a;
        }
        a %= 65521;
        b %= 65521;
    }
    b << 16 | a
}

/// `zlib.compress` for the 'zlib' codec of str.encode.
pub fn compress_bytes(data: &[u8], level: u32) -> Vec<u8> {
    let mut z = new_compress(level, Wrap::Zlib(15));
    let mut out = Vec::with_capacity(data.len() / 2 + 64);
    let _ = deflate(&mut z, data, FlushCompress::Finish, &mut out);
    out
}

/// `zlib.decompress` for the 'zlib' codec of str.decode.
pub fn decompress_bytes(data: &[u8]) -> PyResult<Vec<u8>> {
    let mut z = new_decompress(Wrap::Zlib(15), None);
    let mut out = Vec::with_capacity(data.len() * 3 + 64);
    match inflate(&mut z, data, None, FlushDecompress::Finish, &mut out) {
        Ok((_, true)) => Ok(out),
        Ok((_, false)) => Err(error("Error -5 while decompressing data: incomplete or truncated stream".into())),
        Err(m) => Err(error(format!("Error -3 while decompressing data: {}", m))),
    }
}

pub fn init(d: &Dict) {
    d.set_str("error", Value::Class(error_class().clone()));
    for (name, v) in [
        ("MAX_WBITS", 15),
        ("DEFLATED", 8),
        ("DEF_MEM_LEVEL", 8),
        ("Z_BEST_COMPRESSION", 9),
        ("Z_BEST_SPEED", 1),
        ("Z_DEFAULT_COMPRESSION", -1),
        ("Z_DEFAULT_STRATEGY", 0),
        ("Z_FILTERED", 1),
        ("Z_HUFFMAN_ONLY", 2),
        ("Z_FINISH", Z_FINISH),
        ("Z_FULL_FLUSH", Z_FULL_FLUSH),
        ("Z_NO_FLUSH", Z_NO_FLUSH),
        ("Z_SYNC_FLUSH", Z_SYNC_FLUSH),
    ] {
        d.set_str(name, Value::Int(v));
    }
    d.set_str("ZLIB_VERSION", Value::str("1.2.13"));
    def(d, "compress", |vm, a, kw| {
        super::no_keywords("compress", kw)?;
        check_args("compress", a, 1, 2)?;
        let data = data_arg(vm, &a[0], "compress")?;
        let mut z = new_compress(level_arg(a.get(1))?, Wrap::Zlib(15));
        let mut out = Vec::with_capacity(data.len() / 2 + 64);
        deflate(&mut z, &data, FlushCompress::Finish, &mut out)?;
        Ok(Value::bytes(out))
    });
    def(d, "decompress", |vm, a, kw| {
        super::no_keywords("decompress", kw)?;
        check_args("decompress", a, 1, 3)?;
        let data = data_arg(vm, &a[0], "decompress")?;
        let wbits = match a.get(1) {
            Some(v) => int_arg(v, "decompress")?,
            None => 15,
        };
        let Some(wrap) = wrap_of(wbits, true) else {
            return Err(error("Error -2 while preparing to decompress data: inconsistent stream state".into()));
        };
        let mut z = new_decompress(wrap, data.first().copied());
        let mut out = Vec::with_capacity(data.len() * 3 + 64);
        match inflate(&mut z, &data, None, FlushDecompress::Finish, &mut out) {
            Ok((_, true)) => Ok(Value::bytes(out)),
            Ok((_, false)) => Err(error("Error -5 while decompressing data: incomplete or truncated stream".into())),
            Err(m) => Err(error(format!("Error -3 while decompressing data: {}", m))),
        }
    });
    def(d, "compressobj", |_, a, kw| {
        let s = super::kwparse::parse("compressobj", a, kw, &["level", "method", "wbits", "memlevel", "strategy"], 0)?;
        let level = level_arg(s[0].as_ref())?;
        let int_or = |v: &Option<Value>, dflt: i64| -> PyResult<i64> {
            match v {
                Some(v) => int_arg(v, "compressobj"),
                None => Ok(dflt),
            }
        };
        let method = int_or(&s[1], 8)?;
        let wbits = int_or(&s[2], 15)?;
        let memlevel = int_or(&s[3], 8)?;
        let strategy = int_or(&s[4], 0)?;
        let wrap = wrap_of(wbits, false);
        let bad = || PyErr::new(ExcKind::ValueError, "Invalid initialization option");
        if method != 8 || !(1..=9).contains(&memlevel) || !(0..=4).contains(&strategy) {
            return Err(bad());
        }
        let wrap = wrap.ok_or_else(bad)?;
        let st = CompState { z: Some(new_compress(level, wrap)), level, wrap, log: Some(Vec::new()), logged: 0 };
        Ok(Value::other(Object::Native { class: comp_class().clone(), data: Box::new(Mutex::new(st)) }))
    });
    def(d, "decompressobj", |_, a, kw| {
        let s = super::kwparse::parse("decompressobj", a, kw, &["wbits"], 0)?;
        let wbits = match &s[0] {
            Some(v) => int_arg(v, "decompressobj")?,
            None => 15,
        };
        let wrap =
            wrap_of(wbits, true).ok_or_else(|| PyErr::new(ExcKind::ValueError, "Invalid initialization option"))?;
        let st = new_decomp_state(wrap);
        Ok(Value::other(Object::Native { class: decomp_class().clone(), data: Box::new(Mutex::new(st)) }))
    });
    def(d, "crc32", |vm, a, kw| {
        super::no_keywords("crc32", kw)?;
        check_args("crc32", a, 1, 2)?;
        let data = data_arg(vm, &a[0], "crc32")?;
        let start = match a.get(1) {
            Some(v) => u32_arg(v, "crc32")?,
            None => 0,
        };
        Ok(Value::Int(super::binascii::crc32(&data, start) as i32 as i64))
    });
    def(d, "adler32", |vm, a, kw| {
        super::no_keywords("adler32", kw)?;
        check_args("adler32", a, 1, 2)?;
        let data = data_arg(vm, &a[0], "adler32")?;
        let start = match a.get(1) {
            Some(v) => u32_arg(v, "adler32")?,
            None => 1,
        };
        Ok(Value::Int(adler32(&data, start) as i32 as i64))
    });
}
