//! File objects (`open()`, `sys.stdin/stdout/stderr`) and the `print`
//! statement, with Python 2's softspace rule.

use crate::object::BoolBits;
use std::fs::File;
use std::io::{BufRead, BufReader, BufWriter, IsTerminal, Read, Write};
use std::sync::atomic::{AtomicBool, AtomicU8, Ordering};

use super::file_universal::{newlines_value, read_universal};

use parking_lot::Mutex;

use super::{check_args, int_arg, method, str_arg};
use crate::object::class::Class;
use crate::object::function::KwArgs;
use crate::object::{ExcKind, Object, PyErr, PyResult, PyStr, Value};
use crate::vm::threads::{Wait, WaitKind};
use crate::vm::Vm;

/// `-u`: stdout is flushed after every write.
pub static UNBUFFERED: AtomicBool = AtomicBool::new(false);

pub enum Stream {
    Stdout(BufWriter<std::io::Stdout>),
    Stderr(std::io::Stderr),
    Stdin(BufReader<std::io::Stdin>),
    Read(BufReader<File>),
    Write(BufWriter<File>),
    /// `r+`, `w+`, `a+`: unbuffered, so reads and writes see each other.
    ReadWrite(File),
    Closed,
}

pub struct FileObj {
    pub name: String,
    pub mode: String,
    pub stream: Mutex<Stream>,
    softspace: AtomicBool,
    /// Flush after every newline (a terminal).
    line_buffered: bool,
    /// `file.encoding` / `file.errors` of the standard streams: what
    /// `print` encodes unicode with (see `std_encoding`).
    encoding: Option<(String, Option<String>)>,
    /// Opened with `U`: newlines translated on reading.
    universal: bool,
    /// The newline kinds a universal-mode file has read (`newlines`).
    seen_nl: AtomicU8,
}

/// The encoding of a standard stream as CPython 2.7 picks it:
/// PYTHONIOENCODING (`enc[:errors]`) for any stream, else the locale's
/// character set (LC_ALL, LC_CTYPE, LANG) for a terminal, else none.
fn std_encoding(tty: bool) -> Option<(String, Option<String>)> {
    if let Ok(v) = std::env::var("PYTHONIOENCODING") {
        if !v.is_empty() {
            let (enc, errors) = match v.split_once(':') {
                Some((e, r)) => (e.to_string(), Some(r.to_string()).filter(|r| !r.is_empty())),
                None => (v.clone(), None),
            };
            return Some((enc, errors));
        }
    }
    if !tty {
        return None;
    }
    let locale = ["LC_ALL", "LC_CTYPE", "LANG"]
        .iter()
        .filter_map(|k| std::env::var(k).ok())
        .find(|v| !v.is_empty())
        .unwrap_or_default();
    // nl_langinfo(CODESET) spells UTF-8 one way whatever the locale name says.
    let charset = locale.split_once('.').map(|(_, c)| match c.split('@').next().unwrap_or(c) {
        c if c.eq_ignore_ascii_case("utf8") || c.eq_ignore_ascii_case("utf-8") => "UTF-8".to_string(),
        c => c.to_string(),
    });
    Some((charset.unwrap_or_else(|| "ANSI_X3.4-1968".to_string()), None))
}

fn io_error(e: std::io::Error, name: &str) -> PyErr {
    let errno = e.raw_os_error().unwrap_or(0);
    let msg = match e.kind() {
        std::io::ErrorKind::NotFound => "No such file or directory".to_string(),
        std::io::ErrorKind::PermissionDenied => "Permission denied".to_string(),
        _ => {
            let s = e.to_string();
            s.split(" (os error").next().unwrap_or(&s).to_string()
        }
    };
    PyErr::with_args(ExcKind::IOError, vec![Value::Int(errno as i64), Value::str(&msg), Value::str(name)])
}

impl FileObj {
    pub fn stdout() -> FileObj {
        FileObj::new(
            "<stdout>",
            "w",
            Stream::Stdout(BufWriter::with_capacity(1 << 16, std::io::stdout())),
            std::io::stdout().is_terminal(),
        )
        .with_encoding(std::io::stdout().is_terminal())
    }
    pub fn stderr() -> FileObj {
        FileObj::new("<stderr>", "w", Stream::Stderr(std::io::stderr()), true)
            .with_encoding(std::io::stderr().is_terminal())
    }
    pub fn stdin() -> FileObj {
        FileObj::new("<stdin>", "r", Stream::Stdin(BufReader::new(std::io::stdin())), false)
            .with_encoding(std::io::stdin().is_terminal())
    }
    fn with_encoding(mut self, tty: bool) -> FileObj {
        self.encoding = std_encoding(tty);
        self
    }
    fn new(name: &str, mode: &str, stream: Stream, line_buffered: bool) -> FileObj {
        FileObj {
            name: name.into(),
            mode: mode.into(),
            stream: Mutex::new(stream),
            softspace: AtomicBool::new(false),
            line_buffered,
            encoding: None,
            universal: false,
            seen_nl: AtomicU8::new(0),
        }
    }

    /// A file object over an already open file (`os.fdopen`); unbuffered,
    /// so that it agrees with `os.read`/`os.write` on the same file.
    pub fn from_file(name: &str, mode: &str, file: File) -> FileObj {
        FileObj::new(name, mode, Stream::ReadWrite(file), false)
    }

    /// One end of a pipe to a child process (`subprocess`): buffered, as
    /// 2.7's `os.fdopen` of a pipe is.
    pub fn from_pipe(mode: &str, file: File) -> FileObj {
        let stream = if mode.starts_with('w') {
            Stream::Write(BufWriter::new(file))
        } else {
            Stream::Read(BufReader::new(file))
        };
        let mut f = FileObj::new("<fdopen>", mode, stream, false);
        // 'rU' (universal_newlines): \r and \r\n read as \n
        f.universal = mode.contains('U') && !mode.starts_with('w');
        f
    }

    /// Takes the open file out, leaving this object closed: the file and
    /// what was read ahead into the buffer but not handed out yet.
    pub fn detach(&self) -> Option<(File, Vec<u8>)> {
        self.flush();
        let mut g = self.stream.lock();
        let taken = match std::mem::replace(&mut *g, Stream::Closed) {
            Stream::Read(r) => {
                let ahead = r.buffer().to_vec();
                Some((r.into_inner(), ahead))
            }
            Stream::Write(w) => w.into_inner().ok().map(|f| (f, Vec::new())),
            Stream::ReadWrite(f) => Some((f, Vec::new())),
            other => {
                *g = other;
                None
            }
        };
        taken
    }

    /// A second handle on the same open file (a `dup`, sharing the
    /// offset), for handing this file to a child process as a stream.
    pub fn clone_file(&self) -> Option<std::io::Result<std::os::fd::OwnedFd>> {
        use std::os::fd::AsFd;
        self.flush();
        let g = self.stream.lock();
        Some(match &*g {
            Stream::Stdin(_) => std::io::stdin().as_fd().try_clone_to_owned(),
            Stream::Stdout(_) => std::io::stdout().as_fd().try_clone_to_owned(),
            Stream::Stderr(_) => std::io::stderr().as_fd().try_clone_to_owned(),
            Stream::Read(r) => r.get_ref().as_fd().try_clone_to_owned(),
            Stream::Write(w) => w.get_ref().as_fd().try_clone_to_owned(),
            Stream::ReadWrite(f) => f.as_fd().try_clone_to_owned(),
            Stream::Closed => return None,
        })
    }

    /// `open(name, mode)`
    pub fn open(name: &str, mode: &str) -> PyResult<FileObj> {
        if std::path::Path::new(name).is_dir() {
            return Err(PyErr::with_args(
                ExcKind::IOError,
                vec![Value::Int(21), Value::str("Is a directory"), Value::str(name)],
            ));
        }
        let stream = if mode.contains('+') {
            let f = std::fs::OpenOptions::new()
                .read(true)
                .write(true)
                .create(!mode.starts_with('r'))
                .append(mode.starts_with('a'))
                .truncate(mode.starts_with('w'))
                .open(name)
                .map_err(|e| io_error(e, name))?;
            Stream::ReadWrite(f)
        } else if mode.starts_with('r') || mode.starts_with('U') {
            Stream::Read(BufReader::new(File::open(name).map_err(|e| io_error(e, name))?))
        } else if mode.starts_with('w') || mode.starts_with('a') {
            let f = std::fs::OpenOptions::new()
                .write(true)
                .create(true)
                .append(mode.starts_with('a'))
                .truncate(mode.starts_with('w'))
                .open(name)
                .map_err(|e| io_error(e, name))?;
            Stream::Write(BufWriter::new(f))
        } else {
            return Err(PyErr::new(
                ExcKind::ValueError,
                format!("mode string must begin with one of 'r', 'w', 'a' or 'U', not '{}'", mode),
            ));
        };
        let mut f = FileObj::new(name, mode, stream, false);
        f.universal = mode.contains('U') && matches!(f.stream.get_mut(), Stream::Read(_));
        Ok(f)
    }

    pub fn softspace(&self) -> bool {
        self.softspace.load(Ordering::Relaxed)
    }
    pub fn set_softspace(&self, on: bool) {
        self.softspace.store(on, Ordering::Relaxed)
    }

    pub fn write(&self, data: &[u8]) -> PyResult<()> {
        let mut g = self.stream.lock();
        let r = match &mut *g {
            Stream::Stdout(_) | Stream::Stderr(_) if crate::repl::sink::divert(data) => Ok(()),
            Stream::Stdout(w) => {
                let r = w.write_all(data);
                if (self.line_buffered && data.contains(&b'\n')) || UNBUFFERED.load(Ordering::Relaxed) {
                    let _ = w.flush();
                }
                r
            }
            Stream::Stderr(w) => w.write_all(data),
            Stream::Write(w) => w.write_all(data),
            Stream::ReadWrite(f) => f.write_all(data),
            Stream::Closed => return Err(PyErr::new(ExcKind::ValueError, "I/O operation on closed file")),
            _ => {
                return Err(PyErr::with_args(ExcKind::IOError, vec![Value::Int(9), Value::str("Bad file descriptor")]))
            }
        };
        // A closed pipe (e.g. `| head`) is not the script's fault.
        if let Err(e) = r {
            if e.kind() != std::io::ErrorKind::BrokenPipe {
                return Err(io_error(e, &self.name));
            }
        }
        Ok(())
    }

    pub fn flush(&self) {
        let mut g = self.stream.lock();
        match &mut *g {
            Stream::Stdout(w) => {
                let _ = w.flush();
            }
            Stream::Write(w) => {
                let _ = w.flush();
            }
            _ => {}
        }
    }

    /// Writes with the GIL released, as CPython's file.write does.
    pub fn write_released(&self, vm: &mut Vm, data: &[u8]) -> PyResult<()> {
        vm.allow_threads(Wait::new(WaitKind::Io, "a write"), false, || self.write(data))
    }

    /// One line including its newline; empty at end of file. Blocks with
    /// the GIL released (a thread reading stdin does not stop the others).
    pub fn readline(&self, vm: &mut Vm) -> PyResult<Vec<u8>> {
        vm.allow_threads(Wait::new(WaitKind::Io, "a read"), true, || self.readline_locked())
    }

    fn readline_locked(&self) -> PyResult<Vec<u8>> {
        let mut out = Vec::new();
        let mut g = self.stream.lock();
        if let (true, Stream::Read(r)) = (self.universal, &mut *g) {
            return read_universal(r, None, true, &self.seen_nl).map_err(|e| io_error(e, &self.name));
        }
        let r = match &mut *g {
            Stream::Stdin(r) => r.read_until(b'\n', &mut out),
            Stream::Read(r) => r.read_until(b'\n', &mut out),
            Stream::ReadWrite(f) => {
                let mut byte = [0u8; 1];
                loop {
                    match f.read(&mut byte) {
                        Ok(0) => break Ok(out.len()),
                        Ok(_) => {
                            out.push(byte[0]);
                            if byte[0] == b'\n' {
                                break Ok(out.len());
                            }
                        }
                        Err(e) => break Err(e),
                    }
                }
            }
            Stream::Closed => return Err(PyErr::new(ExcKind::ValueError, "I/O operation on closed file")),
            _ => {
                return Err(PyErr::with_args(ExcKind::IOError, vec![Value::Int(9), Value::str("Bad file descriptor")]))
            }
        };
        r.map_err(|e| io_error(e, &self.name))?;
        Ok(out)
    }

    /// Up to `n` bytes.
    pub fn read_n(&self, n: u64) -> PyResult<Vec<u8>> {
        let mut out = Vec::new();
        let mut g = self.stream.lock();
        if let (true, Stream::Read(r)) = (self.universal, &mut *g) {
            return read_universal(r, Some(n), false, &self.seen_nl).map_err(|e| io_error(e, &self.name));
        }
        let r = match &mut *g {
            Stream::Stdin(r) => r.by_ref().take(n).read_to_end(&mut out),
            Stream::Read(r) => r.by_ref().take(n).read_to_end(&mut out),
            Stream::ReadWrite(f) => Read::by_ref(f).take(n).read_to_end(&mut out),
            Stream::Closed => return Err(PyErr::new(ExcKind::ValueError, "I/O operation on closed file")),
            _ => {
                return Err(PyErr::with_args(ExcKind::IOError, vec![Value::Int(9), Value::str("Bad file descriptor")]))
            }
        };
        r.map_err(|e| io_error(e, &self.name))?;
        Ok(out)
    }

    pub fn read_all(&self) -> PyResult<Vec<u8>> {
        let mut out = Vec::new();
        let mut g = self.stream.lock();
        if let (true, Stream::Read(r)) = (self.universal, &mut *g) {
            return read_universal(r, None, false, &self.seen_nl).map_err(|e| io_error(e, &self.name));
        }
        let r = match &mut *g {
            Stream::Stdin(r) => r.read_to_end(&mut out),
            Stream::Read(r) => r.read_to_end(&mut out),
            Stream::ReadWrite(f) => f.read_to_end(&mut out),
            Stream::Closed => return Err(PyErr::new(ExcKind::ValueError, "I/O operation on closed file")),
            _ => {
                return Err(PyErr::with_args(ExcKind::IOError, vec![Value::Int(9), Value::str("Bad file descriptor")]))
            }
        };
        r.map_err(|e| io_error(e, &self.name))?;
        Ok(out)
    }

    pub fn close(&self) {
        self.flush();
        let mut g = self.stream.lock();
        if matches!(&*g, Stream::Read(_) | Stream::Write(_) | Stream::ReadWrite(_)) {
            *g = Stream::Closed;
        }
    }

    /// `seek(offset, whence)`; returns the new position.
    pub fn seek(&self, pos: std::io::SeekFrom) -> PyResult<u64> {
        use std::io::Seek;
        let mut g = self.stream.lock();
        let r = match &mut *g {
            Stream::Read(r) => r.seek(pos),
            Stream::Write(w) => w.seek(pos),
            Stream::ReadWrite(f) => f.seek(pos),
            Stream::Closed => return Err(PyErr::new(ExcKind::ValueError, "I/O operation on closed file")),
            _ => return Err(PyErr::with_args(ExcKind::IOError, vec![Value::Int(29), Value::str("Illegal seek")])),
        };
        r.map_err(|e| io_error(e, &self.name))
    }

    /// `truncate(size)`: cuts the file at `size` (or the current position).
    pub fn truncate(&self, size: Option<u64>) -> PyResult<()> {
        use std::io::Seek;
        let mut g = self.stream.lock();
        let r = match &mut *g {
            Stream::Write(w) => w.flush().and_then(|_| {
                let pos = w.stream_position()?;
                w.get_ref().set_len(size.unwrap_or(pos))
            }),
            Stream::ReadWrite(f) => f.stream_position().and_then(|pos| f.set_len(size.unwrap_or(pos))),
            Stream::Closed => return Err(PyErr::new(ExcKind::ValueError, "I/O operation on closed file")),
            _ => {
                return Err(PyErr::with_args(ExcKind::IOError, vec![Value::Int(9), Value::str("Bad file descriptor")]))
            }
        };
        r.map_err(|e| io_error(e, &self.name))
    }

    pub fn attr(&self, name: &[u8]) -> Option<Value> {
        Some(match name {
            b"name" => Value::str(&self.name),
            b"mode" => Value::str(&self.mode),
            b"closed" => Value::bool(matches!(&*self.stream.lock(), Stream::Closed)),
            b"softspace" => Value::Int(self.softspace() as i64),
            b"encoding" => self.encoding.as_ref().map_or(Value::None, |(e, _)| Value::str(e)),
            b"errors" => self.encoding.as_ref().and_then(|(_, r)| r.as_ref()).map_or(Value::None, |r| Value::str(r)),
            b"newlines" => newlines_value(&self.seen_nl),
            _ => return None,
        })
    }
}

pub fn file_of(v: &Value) -> PyResult<&FileObj> {
    match v {
        Value::Other(o) => match &**o {
            Object::File(f) => Ok(f),
            _ => Err(PyErr::new(ExcKind::TypeError, "descriptor requires a 'file' object")),
        },
        // an instance of a subclass of file: the file object inside
        Value::Instance(i) if !i.base.is_none() => file_of(&i.base),
        _ => Err(PyErr::new(ExcKind::TypeError, "descriptor requires a 'file' object")),
    }
}

pub fn install(cls: &Class) {
    method(cls, "file.write", |vm, a, _| {
        check_args("write", a, 2, 2)?;
        let f = file_of(&a[0])?;
        let binary = f.mode.contains('b');
        let refuse = |v: &Value| {
            PyErr::new(
                ExcKind::TypeError,
                if binary {
                    format!("argument 1 must be string or buffer, not {}", v.type_name())
                } else {
                    "expected a string or other character buffer object".to_string()
                },
            )
        };
        let s = match &a[1] {
            Value::Str(s) => s.clone(),
            v => match crate::object::unicode::as_unicode(v) {
                // Unicode is encoded: with the file's encoding (a standard
                // stream in text mode), else the default encoding (ASCII).
                Some(u) => {
                    let (enc, errors) = match (&f.encoding, binary) {
                        (Some((e, r)), false) => (e.clone(), r.clone().unwrap_or_else(|| "strict".into())),
                        _ => ("ascii".to_string(), "strict".to_string()),
                    };
                    match crate::object::unicode_methods::encode_value(vm, u, enc.as_bytes(), errors.as_bytes())? {
                        Value::Str(b) => b,
                        _ => return Err(PyErr::new(ExcKind::TypeError, "encoder did not return a string")),
                    }
                }
                // Buffer objects (array, bytearray) write their bytes.
                None if matches!(v, Value::Instance(_)) => match super::struct_::buffer_bytes(vm, v) {
                    Ok(b) => std::sync::Arc::new(PyStr::new(b)),
                    Err(_) => return Err(refuse(v)),
                },
                None => return Err(refuse(v)),
            },
        };
        f.write_released(vm, s.as_bytes())?;
        f.set_softspace(false);
        Ok(Value::None)
    });
    method(cls, "file.writelines", |vm, a, _| {
        check_args("writelines", a, 2, 2)?;
        let f = file_of(&a[0])?;
        for item in vm.to_vec(&a[1])? {
            f.write_released(vm, str_arg(&item, "writelines() argument")?.as_bytes())?;
        }
        Ok(Value::None)
    });
    method(cls, "file.flush", |_, a, _| {
        file_of(&a[0])?.flush();
        Ok(Value::None)
    });
    method(cls, "file.close", |_, a, _| {
        file_of(&a[0])?.close();
        Ok(Value::None)
    });
    method(cls, "file.read", |vm, a, _| {
        let f = file_of(&a[0])?;
        if a.len() > 1 && int_arg(&a[1], "read")? >= 0 {
            let n = int_arg(&a[1], "read")? as u64;
            return Ok(Value::bytes(vm.allow_threads(Wait::new(WaitKind::Io, "a read"), true, || f.read_n(n))?));
        }
        Ok(Value::bytes(vm.allow_threads(Wait::new(WaitKind::Io, "a read"), true, || f.read_all())?))
    });
    // readinto(buffer): fills a bytearray in place; a str is read-only.
    method(cls, "file.readinto", |vm, a, _| {
        check_args("readinto", a, 2, 2)?;
        let f = file_of(&a[0])?;
        let Some(buf) = crate::object::bytearray::buf_of(&a[1]) else {
            let msg = format!("argument 1 must be read-write buffer, not {}", a[1].type_name());
            return Err(PyErr::new(ExcKind::TypeError, msg));
        };
        let n = buf.0.lock().len() as u64;
        let data = vm.allow_threads(Wait::new(WaitKind::Io, "a read"), true, || f.read_n(n))?;
        let mut dst = buf.0.lock();
        let k = data.len().min(dst.len());
        dst[..k].copy_from_slice(&data[..k]);
        Ok(Value::Int(k as i64))
    });
    method(cls, "file.readline", |vm, a, _| {
        let f = file_of(&a[0])?;
        match a.get(1).and_then(crate::object::number::as_i64) {
            Some(n) if n >= 0 => {
                // Up to n bytes of the line: read a whole line, then put the rest back.
                let pos = f.seek(std::io::SeekFrom::Current(0)).ok();
                let line = f.readline(vm)?;
                if line.len() as i64 > n {
                    if let Some(p) = pos {
                        f.seek(std::io::SeekFrom::Start(p + n as u64))?;
                    }
                    return Ok(Value::bytes(line[..n as usize].to_vec()));
                }
                Ok(Value::bytes(line))
            }
            _ => Ok(Value::bytes(f.readline(vm)?)),
        }
    });
    method(cls, "file.seek", |_, a, _| {
        check_args("seek", a, 2, 3)?;
        let f = file_of(&a[0])?;
        let off = int_arg(&a[1], "seek")?;
        let whence = match a.get(2) {
            Some(w) => int_arg(w, "seek")?,
            None => 0,
        };
        let pos = match whence {
            0 => std::io::SeekFrom::Start(off.max(0) as u64),
            1 => std::io::SeekFrom::Current(off),
            2 => std::io::SeekFrom::End(off),
            _ => return Err(PyErr::with_args(ExcKind::IOError, vec![Value::Int(22), Value::str("Invalid argument")])),
        };
        f.seek(pos)?;
        Ok(Value::None)
    });
    method(cls, "file.tell", |_, a, _| {
        let f = file_of(&a[0])?;
        Ok(Value::Int(f.seek(std::io::SeekFrom::Current(0))? as i64))
    });
    method(cls, "file.truncate", |_, a, _| {
        let f = file_of(&a[0])?;
        let size = match a.get(1) {
            Some(v) => Some(int_arg(v, "truncate")?.max(0) as u64),
            None => None,
        };
        f.truncate(size)?;
        Ok(Value::None)
    });
    method(cls, "file.readlines", |vm, a, _| {
        let f = file_of(&a[0])?;
        let mut out = Vec::new();
        loop {
            let line = f.readline(vm)?;
            if line.is_empty() {
                break;
            }
            out.push(Value::bytes(line));
        }
        Ok(Value::list(out))
    });
    method(cls, "file.__iter__", |_, a, _| Ok(a[0].clone()));
    method(cls, "file.next", |vm, a, _| {
        let line = file_of(&a[0])?.readline(vm)?;
        if line.is_empty() {
            return Err(PyErr::with_args(ExcKind::StopIteration, vec![]));
        }
        Ok(Value::bytes(line))
    });
    method(cls, "file.__enter__", |_, a, _| {
        if matches!(&*file_of(&a[0])?.stream.lock(), Stream::Closed) {
            return Err(PyErr::new(ExcKind::ValueError, "I/O operation on closed file"));
        }
        Ok(a[0].clone())
    });
    method(cls, "file.__exit__", |_, a, _| {
        file_of(&a[0])?.close();
        Ok(Value::Bool(BoolBits::FALSE))
    });
    method(cls, "file.fileno", |_, a, _| {
        use std::os::fd::AsRawFd;
        let f = file_of(&a[0])?;
        let fd = match &*f.stream.lock() {
            Stream::Stdin(_) => 0,
            Stream::Stdout(_) => 1,
            Stream::Stderr(_) => 2,
            Stream::Read(r) => r.get_ref().as_raw_fd(),
            Stream::Write(w) => w.get_ref().as_raw_fd(),
            Stream::ReadWrite(file) => file.as_raw_fd(),
            Stream::Closed => return Err(PyErr::new(ExcKind::ValueError, "I/O operation on closed file")),
        };
        Ok(Value::Int(fd as i64))
    });
    method(cls, "file.isatty", |_, a, _| {
        let f = file_of(&a[0])?;
        Ok(Value::Bool(match f.name.as_str() {
            "<stdin>" => BoolBits::new(std::io::stdin().is_terminal()),
            "<stdout>" => BoolBits::new(std::io::stdout().is_terminal()),
            "<stderr>" => BoolBits::new(std::io::stderr().is_terminal()),
            _ => BoolBits::FALSE,
        }))
    });
}

/// `open(name[, mode])`
pub fn builtin_open(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult {
    let a: Vec<Value> =
        super::kwparse::parse("open", a, kw, &["name", "mode", "buffering"], 1)?.into_iter().flatten().collect();
    let name = str_arg(&a[0], "coercing to Unicode: need string or buffer,")?.to_string_lossy();
    let mode = match a.get(1) {
        Some(m) => str_arg(m, "mode")?.to_string_lossy(),
        None => "r".into(),
    };
    Ok(Value::other(Object::File(FileObj::open(&name, &mode)?)))
}

impl Vm {
    /// The current `sys.stdout` (or `sys.stderr`).
    pub fn sys_stream(&self, name: &str) -> Value {
        self.interp.sys.get_str(&PyStr::from_str(name)).unwrap_or(Value::None)
    }

    /// Writes text to a stream object: a file, or anything with `write`.
    pub fn write_to(&mut self, stream: &Value, data: &[u8]) -> PyResult<()> {
        if let Value::Other(o) = stream {
            if let Object::File(f) = &**o {
                return f.write_released(self, data);
            }
        }
        let w = self.getattr(stream, &PyStr::from_str("write"))?;
        self.call(&w, vec![Value::bytes(data.to_vec())])?;
        Ok(())
    }

    fn get_softspace(&mut self, stream: &Value) -> bool {
        if let Value::Other(o) = stream {
            if let Object::File(f) = &**o {
                return f.softspace();
            }
        }
        match self.getattr(stream, &PyStr::from_str("softspace")) {
            Ok(v) => self.truthy(&v).unwrap_or(false),
            Err(_) => false,
        }
    }

    fn put_softspace(&mut self, stream: &Value, on: bool) -> PyResult<()> {
        if let Value::Other(o) = stream {
            if let Object::File(f) = &**o {
                f.set_softspace(on);
                return Ok(());
            }
        }
        match self.setattr(stream, &PyStr::from_str("softspace"), Value::Int(on as i64)) {
            Ok(()) => Ok(()),
            Err(e) if e.matches(ExcKind::AttributeError) => Ok(()),
            Err(e) => Err(e),
        }
    }

    fn print_stream(&self, stream: Option<&Value>) -> PyResult<Value> {
        match stream {
            Some(s) if !s.is_none() => Ok(s.clone()),
            _ => {
                let s = self.sys_stream("stdout");
                if s.is_none() {
                    return Err(PyErr::new(ExcKind::RuntimeError, "lost sys.stdout"));
                }
                Ok(s)
            }
        }
    }

    /// One item of a `print` statement.
    pub fn print_item(&mut self, stream: Option<&Value>, v: &Value) -> PyResult<()> {
        let stream = self.print_stream(stream)?;
        if self.get_softspace(&stream) {
            self.write_to(&stream, b" ")?;
            self.put_softspace(&stream, false)?;
        }
        let is_file = matches!(&stream, Value::Other(o) if matches!(&**o, Object::File(_)));
        let file_encoding = match &stream {
            Value::Other(o) => match &**o {
                Object::File(f) => f.encoding.clone(),
                _ => None,
            },
            _ => None,
        };
        let s = match crate::object::unicode::as_unicode(v) {
            // Unicode goes to a file with an encoding (a standard stream)
            // encoded with it, to other files with the default encoding
            // (ASCII), to other streams as it is.
            Some(u) if is_file && file_encoding.is_some() => {
                let (enc, errors) = file_encoding.unwrap_or_default();
                let errors = errors.unwrap_or_else(|| "strict".to_string());
                let b = crate::object::unicode_methods::encode_value(self, u, enc.as_bytes(), errors.as_bytes())?;
                let Value::Str(b) = b else {
                    return Err(PyErr::new(ExcKind::TypeError, "encoder did not return a string"));
                };
                self.write_to(&stream, b.as_bytes())?;
                u.clone()
            }
            Some(u) if !is_file => {
                let w = self.getattr(&stream, &PyStr::from_str("write"))?;
                self.call(&w, vec![v.clone()])?;
                u.clone()
            }
            _ => {
                let s = self.to_str(v)?;
                self.write_to(&stream, s.as_bytes())?;
                s
            }
        };
        let b = s.as_bytes();
        let ends_in_space = matches!(b.last(), Some(c) if c.is_ascii_whitespace() && *c != b' ');
        let text = matches!(v, Value::Str(_)) || crate::object::unicode::is_unicode(v);
        self.put_softspace(&stream, !(text && ends_in_space))?;
        Ok(())
    }

    /// The end of a `print` statement without a trailing comma.
    pub fn print_newline(&mut self, stream: Option<&Value>) -> PyResult<()> {
        let stream = self.print_stream(stream)?;
        self.write_to(&stream, b"\n")?;
        self.put_softspace(&stream, false)
    }

    /// The REPL's echo of an expression statement.
    pub fn print_expr(&mut self, v: &Value) -> PyResult<()> {
        // An interactive statement's value goes to sys.displayhook, whatever
        // it is now.
        match self.interp.sys.get_str(&PyStr::from_str("displayhook")) {
            None => Err(PyErr::new(ExcKind::RuntimeError, "lost sys.displayhook")),
            Some(hook) => self.call(&hook, vec![v.clone()]).map(|_| ()),
        }
    }

    /// The built-in `sys.displayhook`: the repr on sys.stdout, kept as `_`.
    pub fn display_value(&mut self, v: &Value) -> PyResult<()> {
        if v.is_none() {
            return Ok(());
        }
        let r = self.repr(v)?;
        let stream = self.print_stream(None)?;
        self.write_to(&stream, r.as_bytes())?;
        self.write_to(&stream, b"\n")?;
        self.interp.builtins.set_str("_", v.clone());
        Ok(())
    }

    /// Flushes sys.stdout and sys.stderr (at exit, before tracebacks).
    pub fn flush_std(&mut self) {
        for name in ["stdout", "stderr"] {
            let s = self.sys_stream(name);
            if let Value::Other(o) = &s {
                if let Object::File(f) = &**o {
                    f.flush();
                    continue;
                }
            }
            if let Ok(fl) = self.getattr(&s, &PyStr::from_str("flush")) {
                let _ = self.call(&fl, vec![]);
            }
        }
    }
}
