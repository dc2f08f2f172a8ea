//! `_bz2`, the native half of `bz2`: one-shot compress/decompress and the
//! incremental compressor/decompressor states, over the `bzip2` crate with its
//! pure-Rust libbz2 port (the same bytes as the C library, and no system
//! libbz2 needed). `stdlib/bz2.py` builds the 2.7 classes and BZ2File on it.
//!
//! Like 2.7's module, one-shot decompression reads the first stream only and
//! drops what follows it.

use std::sync::{Arc, OnceLock};

use bzip2::{Action, Compress, Compression, Decompress, Status};
use parking_lot::Mutex;

use super::{check_args, def, int_arg, method};
use crate::object::class::{types, Class};
use crate::object::function::KwArgs;
use crate::object::{Dict, ExcKind, Object, PyErr, PyResult, Value};
use crate::vm::Vm;

fn invalid() -> PyErr {
    PyErr::new(ExcKind::IOError, "invalid data stream")
}

fn level_arg(v: Option<&Value>) -> PyResult<u32> {
    let level = match v {
        Some(v) => int_arg(v, "compresslevel")?,
        None => 9,
    };
    if !(1..=9).contains(&level) {
        return Err(PyErr::new(ExcKind::ValueError, "compresslevel must be between 1 and 9"));
    }
    Ok(level as u32)
}

/// Runs the compressor over `input` with `action` until it has taken all
/// of it (and, when finishing, until the stream has ended).
fn compress_run(z: &mut Compress, input: &[u8], action: Action, out: &mut Vec<u8>) -> PyResult<()> {
    let mut pos = 0;
    loop {
        if out.capacity() - out.len() < 4096 {
            out.reserve(out.capacity().max(8192));
        }
        let before = z.total_in();
        let st = z
            .compress_vec(&input[pos..], out, action)
            .map_err(|e| PyErr::new(ExcKind::SystemError, format!("bz2 compression failed: {}", e)))?;
        pos += (z.total_in() - before) as usize;
        // Finishing goes on until the stream has ended; otherwise until all
        // the input is taken and the output has room to spare.
        let done = if matches!(action, Action::Finish) {
            st == Status::StreamEnd
        } else {
            pos >= input.len() && out.capacity() > out.len()
        };
        if done {
            return Ok(());
        }
    }
}

/// Feeds `input` to a decompressor: the bytes made, how much input it took
/// and whether the stream ended.
fn decompress_run(z: &mut Decompress, input: &[u8], out: &mut Vec<u8>) -> PyResult<(usize, bool)> {
    let mut pos = 0;
    loop {
        if out.capacity() - out.len() < 4096 {
            out.reserve(out.capacity().max(input.len() * 2).max(8192));
        }
        let (in0, out0) = (z.total_in(), z.total_out());
        let st = z.decompress_vec(&input[pos..], out).map_err(|_| invalid())?;
        let used = (z.total_in() - in0) as usize;
        pos += used;
        if st == Status::StreamEnd {
            return Ok((pos, true));
        }
        let room = out.capacity() > out.len();
        if pos >= input.len() && room {
            return Ok((pos, false));
        }
        if used == 0 && z.total_out() == out0 && room {
            return Ok((pos, false));
        }
    }
}

struct CompState {
    z: Compress,
    flushed: bool,
}

struct DecompState {
    z: Decompress,
    eof: bool,
    unused: Vec<u8>,
}

fn state_class(name: &str) -> Arc<Class> {
    let d = Arc::new(Dict::new());
    d.set_str("__module__", Value::str("_bz2"));
    Class::new(name, vec![types().object.clone()], d, false).expect("one base")
}

fn comp_class() -> &'static Arc<Class> {
    static CLS: OnceLock<Arc<Class>> = OnceLock::new();
    CLS.get_or_init(|| {
        let cls = state_class("Compressor");
        method(&cls, "Compressor.compress", comp_compress);
        method(&cls, "Compressor.flush", comp_flush);
        cls
    })
}

fn decomp_class() -> &'static Arc<Class> {
    static CLS: OnceLock<Arc<Class>> = OnceLock::new();
    CLS.get_or_init(|| {
        let cls = state_class("Decompressor");
        method(&cls, "Decompressor.decompress", decomp_decompress);
        method(&cls, "Decompressor.unused_data", |_, a, _| Ok(Value::bytes(decomp_of(&a[0])?.lock().unused.clone())));
        method(&cls, "Decompressor.eof", |_, a, _| Ok(Value::bool(decomp_of(&a[0])?.lock().eof)));
        cls
    })
}

fn comp_of(v: &Value) -> PyResult<&Mutex<CompState>> {
    v.native::<Mutex<CompState>>().ok_or_else(|| PyErr::new(ExcKind::TypeError, "a bz2 compressor is required"))
}

fn decomp_of(v: &Value) -> PyResult<&Mutex<DecompState>> {
    v.native::<Mutex<DecompState>>().ok_or_else(|| PyErr::new(ExcKind::TypeError, "a bz2 decompressor is required"))
}

fn data_arg(vm: &mut Vm, v: &Value, func: &str) -> PyResult<Vec<u8>> {
    super::binascii::data_arg(vm, v, func)
}

fn comp_compress(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult {
    super::no_keywords("compress", kw)?;
    check_args("compress", &a[1..], 1, 1)?;
    let data = data_arg(vm, &a[1], "compress")?;
    let mut st = comp_of(&a[0])?.lock();
    if st.flushed {
        return Err(PyErr::new(ExcKind::ValueError, "this object was already flushed"));
    }
    let mut out = Vec::new();
    compress_run(&mut st.z, &data, Action::Run, &mut out)?;
    Ok(Value::bytes(out))
}

fn comp_flush(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult {
    super::no_keywords("flush", kw)?;
    check_args("flush", &a[1..], 0, 0)?;
    let mut st = comp_of(&a[0])?.lock();
    if st.flushed {
        return Err(PyErr::new(ExcKind::ValueError, "object was already flushed"));
    }
    st.flushed = true;
    let mut out = Vec::new();
    compress_run(&mut st.z, &[], Action::Finish, &mut out)?;
    Ok(Value::bytes(out))
}

fn decomp_decompress(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult {
    super::no_keywords("decompress", kw)?;
    check_args("decompress", &a[1..], 1, 1)?;
    let data = data_arg(vm, &a[1], "decompress")?;
    let mut st = decomp_of(&a[0])?.lock();
    let st = &mut *st;
    if st.eof {
        return Err(PyErr::new(ExcKind::EOFError, "end of stream was already found"));
    }
    let mut out = Vec::new();
    let (used, ended) = decompress_run(&mut st.z, &data, &mut out)?;
    if ended {
        st.eof = true;
        st.unused.extend_from_slice(&data[used.min(data.len())..]);
    }
    Ok(Value::bytes(out))
}

pub fn init(d: &Dict) {
    def(d, "compress", |vm, a, kw| {
        let s = super::kwparse::parse("compress", a, kw, &["data", "compresslevel"], 1)?;
        let data = data_arg(vm, s[0].as_ref().unwrap_or(&Value::None), "compress")?;
        let level = level_arg(s[1].as_ref())?;
        let mut z = Compress::new(Compression::new(level), 30);
        let mut out = Vec::with_capacity(data.len() / 2 + 128);
        compress_run(&mut z, &data, Action::Finish, &mut out)?;
        Ok(Value::bytes(out))
    });
    def(d, "decompress", |vm, a, kw| {
        let s = super::kwparse::parse("decompress", a, kw, &["data"], 1)?;
        let data = data_arg(vm, s[0].as_ref().unwrap_or(&Value::None), "decompress")?;
        if data.is_empty() {
            return Ok(Value::str(""));
        }
        let mut z = Decompress::new(false);
        let mut out = Vec::with_capacity(data.len() * 4 + 64);
        match decompress_run(&mut z, &data, &mut out)? {
            (_, true) => Ok(Value::bytes(out)),
            (_, false) => Err(PyErr::new(ExcKind::ValueError, "couldn't find end of stream")),
        }
    });
    def(d, "compressor", |_, a, kw| {
        let s = super::kwparse::parse("BZ2Compressor", a, kw, &["compresslevel"], 0)?;
        let level = level_arg(s[0].as_ref())?;
        let st = CompState { z: Compress::new(Compression::new(level), 30), flushed: false };
        Ok(Value::other(Object::Native { class: comp_class().clone(), data: Box::new(Mutex::new(st)) }))
    });
    def(d, "decompressor", |_, a, kw| {
        super::no_keywords("BZ2Decompressor", kw)?;
        check_args("BZ2Decompressor", a, 0, 0)?;
        let st = DecompState { z: Decompress::new(false), eof: false, unused: Vec::new() };
        Ok(Value::other(Object::Native { class: decomp_class().clone(), data: Box::new(Mutex::new(st)) }))
    });
}
