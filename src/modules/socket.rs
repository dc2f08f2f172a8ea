//! `_socket`, the engine behind `stdlib/socket.py`: the socket type (one
//! descriptor plus its family, type, protocol and timeout), the exceptions,
//! name lookup and the constants. The raw calls live in `socket_sys.rs`.
//!
//! Every call that can block releases the GIL through `Vm::allow_threads`
//! and waits with poll(2) in slices of at most 100 ms, so the main thread
//! notices Ctrl-C (and other signals) within a slice and a timeout ends the
//! wait as 2.7 does (`socket.timeout: timed out`). The data calls use
//! MSG_DONTWAIT, so a blocking-mode socket never sleeps inside the kernel
//! where a signal could not reach it.

use std::io;
use std::net::{Ipv4Addr, Ipv6Addr, SocketAddrV4, SocketAddrV6};
use std::sync::atomic::{AtomicI32, AtomicU64, Ordering};
use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};

use super::socket_sys::{self as sys, Addr};
use super::{check_args, def, int_arg, kwarg, method, str_arg};
use crate::object::class::Class;
use crate::object::exception::new_exception;
use crate::object::function::KwArgs;
use crate::object::number::Num;
use crate::object::{Dict, ExcKind, Object, PyErr, PyResult, Value};
use crate::vm::threads::{Wait, WaitKind};
use crate::vm::Vm;

/// No timeout (blocking mode), in the f64 bits of a stored timeout.
const NO_TIMEOUT: f64 = -1.0;

static DEFAULT_TIMEOUT: AtomicU64 = AtomicU64::new(0xBFF0_0000_0000_0000); // -1.0

/// A socket: the descriptor (-1 once closed) and what 2.7 keeps beside it.
pub struct Sock {
    fd: AtomicI32,
    family: i32,
    ty: i32,
    proto: i32,
    /// f64 bits; negative means blocking without a timeout.
    timeout: AtomicU64,
}

impl Drop for Sock {
    fn drop(&mut self) {
        let fd = self.fd.swap(-1, Ordering::SeqCst);
        if fd >= 0 {
            let _ = sys::close(fd);
        }
    }
}

impl Sock {
    fn fd(&self) -> PyResult<i32> {
        let fd = self.fd.load(Ordering::SeqCst);
        if fd < 0 {
            return Err(sock_err(io::Error::from_raw_os_error(libc::EBADF)));
        }
        Ok(fd)
    }
    fn timeout(&self) -> Option<f64> {
        let t = f64::from_bits(self.timeout.load(Ordering::SeqCst));
        (t >= 0.0).then_some(t)
    }
}

fn make_class(name: &str, base: &Arc<Class>) -> Arc<Class> {
    let d = Arc::new(Dict::new());
    d.set_str("__module__", Value::str("socket"));
    Class::new(name, vec![base.clone()], d, true).expect("a class with one base always linearizes")
}

/// `socket.error` (an IOError), `herror`, `gaierror` and `timeout`.
fn classes() -> &'static [Arc<Class>; 4] {
    static CLS: OnceLock<[Arc<Class>; 4]> = OnceLock::new();
    CLS.get_or_init(|| {
        let error = make_class("error", ExcKind::IOError.class());
        let herror = make_class("herror", &error);
        let gaierror = make_class("gaierror", &error);
        let timeout = make_class("timeout", &error);
        [error, herror, gaierror, timeout]
    })
}

fn raise(i: usize, args: Vec<Value>) -> PyErr {
    PyErr::from_value(new_exception(&classes()[i], args))
}

/// `socket.error(errno, strerror)` from an OS error.
pub fn sock_err(e: io::Error) -> PyErr {
    match e.raw_os_error() {
        Some(n) => raise(0, vec![Value::Int(n as i64), Value::str(&super::os::errno_text(n))]),
        None => raise(0, vec![Value::str(&e.to_string())]),
    }
}

fn gai_err((code, msg): (i32, String)) -> PyErr {
    raise(2, vec![Value::Int(code as i64), Value::str(&msg)])
}

fn timeout_err() -> PyErr {
    raise(3, vec![Value::str("timed out")])
}

fn sock_class() -> &'static Arc<Class> {
    static CLS: OnceLock<Arc<Class>> = OnceLock::new();
    CLS.get_or_init(|| {
        let d = Arc::new(Dict::new());
        d.set_str("__module__", Value::str("_socket"));
        let cls = Class::new("socket", vec![crate::object::class::types().object.clone()], d, false)
            .expect("a class with one base always linearizes");
        install_methods(&cls);
        cls
    })
}

fn new_sock(fd: i32, family: i32, ty: i32, proto: i32) -> PyResult<Value> {
    let t = f64::from_bits(DEFAULT_TIMEOUT.load(Ordering::SeqCst));
    if t >= 0.0 {
        sys::set_nonblocking(fd, true).map_err(sock_err)?;
    }
    let s = Sock { fd: AtomicI32::new(fd), family, ty, proto, timeout: AtomicU64::new(t.to_bits()) };
    Ok(Value::other(Object::Native { class: sock_class().clone(), data: Box::new(s) }))
}

fn this(v: &Value) -> PyResult<&Sock> {
    v.native::<Sock>().ok_or_else(|| PyErr::new(ExcKind::TypeError, "descriptor requires a '_socket.socket' object"))
}

fn f64_of(v: &Value) -> Option<f64> {
    Num::of(v).and_then(|n| n.to_f64().ok())
}

/// A timeout argument: None, or a non-negative number of seconds.
fn timeout_value(v: &Value) -> PyResult<f64> {
    if matches!(v, Value::None) {
        return Ok(NO_TIMEOUT);
    }
    let t = f64_of(v).ok_or_else(|| PyErr::new(ExcKind::TypeError, "a float is required"))?;
    if t < 0.0 {
        return Err(PyErr::new(ExcKind::ValueError, "Timeout value out of range"));
    }
    Ok(t)
}

fn timeout_to_value(t: f64) -> Value {
    if t < 0.0 {
        Value::None
    } else {
        Value::float(t)
    }
}

fn small_int(v: &Value, what: &str) -> PyResult<i32> {
    let n = int_arg(v, what)?;
    i32::try_from(n).map_err(|_| PyErr::new(ExcKind::OverflowError, "signed integer is greater than maximum"))
}

// ---- addresses ----

fn resolve(host: &[u8], family: i32) -> PyResult<Addr> {
    let infos = sys::getaddrinfo(Some(host), None, family, libc::SOCK_STREAM, 0, 0).map_err(gai_err)?;
    infos
        .into_iter()
        .find_map(|i| i.addr)
        .ok_or_else(|| gai_err((libc::EAI_NONAME, sys::gai_message(libc::EAI_NONAME))))
}

fn host_v4(host: &[u8]) -> PyResult<Ipv4Addr> {
    match host {
        b"" => return Ok(Ipv4Addr::UNSPECIFIED),
        b"<broadcast>" => return Ok(Ipv4Addr::BROADCAST),
        _ => {}
    }
    if let Some(ip) = std::str::from_utf8(host).ok().and_then(|s| s.parse::<Ipv4Addr>().ok()) {
        return Ok(ip);
    }
    match resolve(host, libc::AF_INET)? {
        Addr::V4(a) => Ok(*a.ip()),
        _ => Err(raise(0, vec![Value::str("address family mismatched")])),
    }
}

fn host_v6(host: &[u8]) -> PyResult<Ipv6Addr> {
    if host.is_empty() {
        return Ok(Ipv6Addr::UNSPECIFIED);
    }
    if let Some(ip) = std::str::from_utf8(host).ok().and_then(|s| s.parse::<Ipv6Addr>().ok()) {
        return Ok(ip);
    }
    match resolve(host, libc::AF_INET6)? {
        Addr::V6(a) => Ok(*a.ip()),
        _ => Err(raise(0, vec![Value::str("address family mismatched")])),
    }
}

fn port_of(v: &Value) -> PyResult<u16> {
    let p = int_arg(v, "port").map_err(|_| PyErr::new(ExcKind::TypeError, "an integer is required"))?;
    u16::try_from(p).map_err(|_| PyErr::new(ExcKind::OverflowError, "getsockaddrarg: port must be 0-65535."))
}

/// A Python address for `family` as a `sys::Addr`.
fn parse_addr(family: i32, v: &Value) -> PyResult<Addr> {
    if family == libc::AF_UNIX {
        let path = str_arg(v, "AF_UNIX address").map_err(|_| {
            PyErr::new(
                ExcKind::TypeError,
                format!("argument must be string or read-only character buffer, not {}", v.type_name()),
            )
        })?;
        if path.as_bytes().len() >= 108 {
            return Err(raise(0, vec![Value::str("AF_UNIX path too long")]));
        }
        return Ok(Addr::Unix(path.as_bytes().to_vec()));
    }
    let items = match v {
        Value::Tuple(t) => t.items.to_vec(),
        _ => {
            let fam = if family == libc::AF_INET6 { "AF_INET6" } else { "AF_INET" };
            return Err(PyErr::new(
                ExcKind::TypeError,
                format!("getsockaddrarg: {} address must be tuple, not {}", fam, v.type_name()),
            ));
        }
    };
    let host = |h: &Value| -> PyResult<Vec<u8>> {
        str_arg(h, "host").map(|s| s.as_bytes().to_vec()).map_err(|_| {
            PyErr::new(
                ExcKind::TypeError,
                format!("coercing to Unicode: need string or buffer, {} found", h.type_name()),
            )
        })
    };
    if family == libc::AF_INET6 {
        if !(2..=4).contains(&items.len()) {
            return Err(PyErr::new(
                ExcKind::TypeError,
                format!("getsockaddrarg() takes at most 4 arguments ({} given)", items.len()),
            ));
        }
        let ip = host_v6(&host(&items[0])?)?;
        let port = port_of(&items[1])?;
        let flow = items.get(2).map(|v| int_arg(v, "flowinfo")).transpose()?.unwrap_or(0);
        if !(0..=0xfffff).contains(&flow) {
            return Err(PyErr::new(ExcKind::OverflowError, "getsockaddrarg: flowinfo must be 0-1048575."));
        }
        let flow = flow as u32;
        let scope = items.get(3).map(|v| int_arg(v, "scope_id")).transpose()?.unwrap_or(0) as u32;
        return Ok(Addr::V6(SocketAddrV6::new(ip, port, flow, scope)));
    }
    if items.len() != 2 {
        return Err(PyErr::new(
            ExcKind::TypeError,
            format!("getsockaddrarg() takes exactly 2 arguments ({} given)", items.len()),
        ));
    }
    let ip = host_v4(&host(&items[0])?)?;
    Ok(Addr::V4(SocketAddrV4::new(ip, port_of(&items[1])?)))
}

fn addr_value(a: Option<Addr>) -> Value {
    match a {
        None => Value::None,
        Some(Addr::V4(a)) => Value::tuple(vec![Value::str(&a.ip().to_string()), Value::Int(a.port() as i64)]),
        Some(Addr::V6(a)) => Value::tuple(vec![
            Value::str(&a.ip().to_string()),
            Value::Int(a.port() as i64),
            Value::Int(a.flowinfo() as i64),
            Value::Int(a.scope_id() as i64),
        ]),
        Some(Addr::Unix(p)) => Value::bytes(p),
    }
}

// ---- waiting ----

enum Step<T> {
    Done(io::Result<T>),
    TimedOut,
    Interrupted,
}

fn would_block(e: &io::Error) -> bool {
    matches!(e.raw_os_error(), Some(libc::EAGAIN) | Some(libc::EINTR)) || e.kind() == io::ErrorKind::WouldBlock
}

/// Runs `op` on the socket's descriptor once poll says it is ready for
/// reading (or writing), with the GIL released; honours the socket's
/// timeout and lets the main thread's signal handlers run in between.
fn io_wait<T>(
    vm: &mut Vm,
    s: &Sock,
    write: bool,
    what: &'static str,
    mut op: impl FnMut(i32) -> io::Result<T>,
) -> PyResult<T> {
    let fd = s.fd()?;
    let timeout = s.timeout();
    if timeout == Some(0.0) {
        return op(fd).map_err(sock_err);
    }
    let deadline = timeout.map(|t| Instant::now() + Duration::from_secs_f64(t.min(1e9)));
    let events = if write { libc::POLLOUT } else { libc::POLLIN };
    let is_main = vm.is_main_thread();
    loop {
        let step = vm.allow_threads(Wait::new(WaitKind::Io, what), timeout.is_none(), || loop {
            let ms = match deadline {
                None => 100,
                Some(d) => {
                    let left = d.saturating_duration_since(Instant::now());
                    if left.is_zero() {
                        return Step::TimedOut;
                    }
                    (left.as_millis() as i32 + 1).min(100)
                }
            };
            match sys::poll(&[(fd, events)], ms) {
                Err(e) if e.raw_os_error() == Some(libc::EINTR) => {}
                Err(e) => return Step::Done(Err(e)),
                Ok(r) if r[0] != 0 => match op(fd) {
                    Err(e) if would_block(&e) => {}
                    r => return Step::Done(r),
                },
                Ok(_) => {}
            }
            if is_main && crate::vm::gil::PENDING_SIGNALS.load(Ordering::Relaxed) != 0 {
                return Step::Interrupted;
            }
        });
        match step {
            Step::Done(r) => return r.map_err(sock_err),
            Step::TimedOut => return Err(timeout_err()),
            Step::Interrupted => vm.run_pending_signals()?,
        }
    }
}

const DONTWAIT: i32 = libc::MSG_DONTWAIT;

fn recv_size(v: &Value, what: &str) -> PyResult<usize> {
    let n = int_arg(v, "buffersize")?;
    if n > i32::MAX as i64 {
        // 2.7 parses the size as a C int
        return Err(PyErr::new(ExcKind::OverflowError, "signed integer is greater than maximum"));
    }
    if n < 0 {
        return Err(PyErr::new(ExcKind::ValueError, format!("negative buffersize in {}", what)));
    }
    Ok(n as usize)
}

fn data_arg(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(u) = crate::object::unicode::as_unicode(v) {
        // 2.7 encodes unicode data with the default (ASCII) codec
        let text = u.to_string_lossy();
        if let Some((i, _)) = text.chars().enumerate().find(|(_, c)| !c.is_ascii()) {
            return Err(PyErr::with_args(
                ExcKind::UnicodeEncodeError,
                vec![
                    Value::str("ascii"),
                    v.clone(),
                    Value::Int(i as i64),
                    Value::Int(i as i64 + 1),
                    Value::str("ordinal not in range(128)"),
                ],
            ));
        }
        return Ok(text.into_bytes());
    }
    crate::object::bytearray::buffer_arg(vm, v)?.ok_or_else(|| {
        PyErr::new(ExcKind::TypeError, format!("send() argument 1 must be string or buffer, not {}", v.type_name()))
    })
}

fn flags_at(a: &[Value], i: usize) -> PyResult<i32> {
    a.get(i).map(|v| small_int(v, "flags")).transpose().map(|f| f.unwrap_or(0))
}

fn do_connect(vm: &mut Vm, s: &Sock, addr: &Value) -> PyResult<i32> {
    let fd = s.fd()?;
    let a = parse_addr(s.family, addr)?;
    let timeout = s.timeout();
    if timeout == Some(0.0) {
        return Ok(match sys::connect(fd, &a) {
            Ok(()) => 0,
            Err(e) => e.raw_os_error().unwrap_or(libc::EIO),
        });
    }
    // Non-blocking for the call itself so that the wait can be interrupted.
    let was = sys::is_nonblocking(fd).map_err(sock_err)?;
    sys::set_nonblocking(fd, true).map_err(sock_err)?;
    let r = match sys::connect(fd, &a) {
        Ok(()) => Ok(0),
        Err(e) if e.raw_os_error() == Some(libc::EINPROGRESS) => {
            let r = io_wait(vm, s, true, "a connect", |fd| {
                let v = sys::getsockopt(fd, libc::SOL_SOCKET, libc::SO_ERROR, 4)?;
                Ok(i32::from_ne_bytes([v[0], v[1], v[2], v[3]]))
            });
            match r {
                Err(e) if e.class().is_subclass(&classes()[3]) => Ok(libc::EWOULDBLOCK),
                r => r,
            }
        }
        Err(e) => Ok(e.raw_os_error().unwrap_or(libc::EIO)),
    };
    let _ = sys::set_nonblocking(fd, was);
    r
}

fn install_methods(cls: &Arc<Class>) {
    method(cls, "socket.fileno", |_, a, _| Ok(Value::Int(this(&a[0])?.fd.load(Ordering::SeqCst) as i64)));
    method(cls, "socket._info", |_, a, _| {
        let s = this(&a[0])?;
        Ok(Value::tuple(vec![Value::Int(s.family as i64), Value::Int(s.ty as i64), Value::Int(s.proto as i64)]))
    });
    method(cls, "socket.close", |_, a, _| {
        let fd = this(&a[0])?.fd.swap(-1, Ordering::SeqCst);
        if fd >= 0 {
            sys::close(fd).map_err(sock_err)?;
        }
        Ok(Value::None)
    });
    method(cls, "socket.dup", |_, a, _| {
        let s = this(&a[0])?;
        let fd = sys::dup(s.fd()?).map_err(sock_err)?;
        let v = new_sock(fd, s.family, s.ty, s.proto)?;
        if let Some(n) = v.native::<Sock>() {
            n.timeout.store(s.timeout.load(Ordering::SeqCst), Ordering::SeqCst);
        }
        Ok(v)
    });
    method(cls, "socket.bind", |_, a, _| {
        check_args("bind", a, 2, 2)?;
        let s = this(&a[0])?;
        let addr = parse_addr(s.family, &a[1])?;
        sys::bind(s.fd()?, &addr).map_err(sock_err)?;
        Ok(Value::None)
    });
    method(cls, "socket.listen", |_, a, _| {
        check_args("listen", a, 2, 2)?;
        let s = this(&a[0])?;
        let n = small_int(&a[1], "backlog")?.max(0);
        sys::listen(s.fd()?, n).map_err(sock_err)?;
        Ok(Value::None)
    });
    method(cls, "socket.accept", |vm, a, _| {
        let s = this(&a[0])?;
        let (fd, addr) = io_wait(vm, s, false, "an accept", sys::accept)?;
        let new = new_sock(fd, s.family, s.ty, s.proto)?;
        Ok(Value::tuple(vec![new, addr_value(addr)]))
    });
    method(cls, "socket.connect", |vm, a, _| {
        check_args("connect", a, 2, 2)?;
        let s = this(&a[0])?;
        match do_connect(vm, s, &a[1])? {
            0 => Ok(Value::None),
            libc::EWOULDBLOCK if s.timeout().is_some_and(|t| t > 0.0) => Err(timeout_err()),
            e => Err(sock_err(io::Error::from_raw_os_error(e))),
        }
    });
    method(cls, "socket.connect_ex", |vm, a, _| {
        check_args("connect_ex", a, 2, 2)?;
        Ok(Value::Int(do_connect(vm, this(&a[0])?, &a[1])? as i64))
    });
    method(cls, "socket.recv", |vm, a, _| {
        check_args("recv", a, 2, 3)?;
        let s = this(&a[0])?;
        let n = recv_size(&a[1], "recv")?;
        let flags = flags_at(a, 2)? | DONTWAIT;
        let mut buf = crate::object::alloc::zeroed(n)?;
        let got = io_wait(vm, s, false, "a recv", |fd| sys::recv(fd, &mut buf, flags))?;
        buf.truncate(got);
        Ok(Value::bytes(buf))
    });
    method(cls, "socket.recvfrom", |vm, a, _| {
        check_args("recvfrom", a, 2, 3)?;
        let s = this(&a[0])?;
        let n = recv_size(&a[1], "recvfrom")?;
        let flags = flags_at(a, 2)? | DONTWAIT;
        let mut buf = crate::object::alloc::zeroed(n)?;
        let (got, addr) = io_wait(vm, s, false, "a recvfrom", |fd| sys::recvfrom(fd, &mut buf, flags))?;
        buf.truncate(got);
        Ok(Value::tuple(vec![Value::bytes(buf), addr_value(addr)]))
    });
    method(cls, "socket.recv_into", |vm, a, kw| recv_into(vm, a, kw, false));
    method(cls, "socket.recvfrom_into", |vm, a, kw| recv_into(vm, a, kw, true));
    method(cls, "socket.send", |vm, a, _| {
        check_args("send", a, 2, 3)?;
        let s = this(&a[0])?;
        let data = data_arg(vm, &a[1])?;
        let flags = flags_at(a, 2)? | DONTWAIT | libc::MSG_NOSIGNAL;
        let n = io_wait(vm, s, true, "a send", |fd| sys::send(fd, &data, flags))?;
        Ok(Value::Int(n as i64))
    });
    method(cls, "socket.sendall", |vm, a, _| {
        check_args("sendall", a, 2, 3)?;
        let s = this(&a[0])?;
        let data = data_arg(vm, &a[1])?;
        let flags = flags_at(a, 2)? | DONTWAIT | libc::MSG_NOSIGNAL;
        let mut done = 0;
        while done < data.len() {
            done += io_wait(vm, s, true, "a send", |fd| sys::send(fd, &data[done..], flags))?;
        }
        Ok(Value::None)
    });
    method(cls, "socket.sendto", |vm, a, _| {
        if !(3..=4).contains(&a.len()) {
            let msg = format!("sendto() takes 2 or 3 arguments ({} given)", a.len() - 1);
            return Err(PyErr::new(ExcKind::TypeError, msg));
        }
        let s = this(&a[0])?;
        let data = data_arg(vm, &a[1])?;
        let (flags, addr) = if a.len() == 4 { (flags_at(a, 2)?, &a[3]) } else { (0, &a[2]) };
        let addr = parse_addr(s.family, addr)?;
        let flags = flags | DONTWAIT | libc::MSG_NOSIGNAL;
        let n = io_wait(vm, s, true, "a sendto", |fd| sys::sendto(fd, &data, flags, &addr))?;
        Ok(Value::Int(n as i64))
    });
    method(cls, "socket.shutdown", |_, a, _| {
        check_args("shutdown", a, 2, 2)?;
        let s = this(&a[0])?;
        sys::shutdown(s.fd()?, small_int(&a[1], "how")?).map_err(sock_err)?;
        Ok(Value::None)
    });
    method(cls, "socket.getsockname", |_, a, _| {
        let s = this(&a[0])?;
        Ok(addr_value(sys::getsockname(s.fd()?).map_err(sock_err)?))
    });
    method(cls, "socket.getpeername", |_, a, _| {
        let s = this(&a[0])?;
        Ok(addr_value(sys::getpeername(s.fd()?).map_err(sock_err)?))
    });
    method(cls, "socket.setsockopt", |vm, a, _| {
        check_args("setsockopt", a, 4, 4)?;
        let s = this(&a[0])?;
        let (level, opt) = (small_int(&a[1], "level")?, small_int(&a[2], "option")?);
        let value = match &a[3] {
            v @ (Value::Int(_) | Value::Bool(_) | Value::Long(_)) => small_int(v, "value")?.to_ne_bytes().to_vec(),
            v => crate::object::bytearray::need_buffer(vm, v)?,
        };
        sys::setsockopt(s.fd()?, level, opt, &value).map_err(sock_err)?;
        Ok(Value::None)
    });
    method(cls, "socket.getsockopt", |_, a, _| {
        check_args("getsockopt", a, 3, 4)?;
        let s = this(&a[0])?;
        let (level, opt) = (small_int(&a[1], "level")?, small_int(&a[2], "option")?);
        match a.get(3) {
            None => {
                let v = sys::getsockopt(s.fd()?, level, opt, 4).map_err(sock_err)?;
                let mut b = [0u8; 4];
                b[..v.len().min(4)].copy_from_slice(&v[..v.len().min(4)]);
                Ok(Value::Int(i32::from_ne_bytes(b) as i64))
            }
            Some(n) => {
                let n = int_arg(n, "buflen")?;
                if !(1..=1024).contains(&n) {
                    return Err(raise(0, vec![Value::str("getsockopt buflen out of range")]));
                }
                Ok(Value::bytes(sys::getsockopt(s.fd()?, level, opt, n as usize).map_err(sock_err)?))
            }
        }
    });
    method(cls, "socket.setblocking", |vm, a, _| {
        check_args("setblocking", a, 2, 2)?;
        let flag = vm.truthy(&a[1])?;
        set_timeout(this(&a[0])?, if flag { NO_TIMEOUT } else { 0.0 })?;
        Ok(Value::None)
    });
    method(cls, "socket.settimeout", |_, a, _| {
        check_args("settimeout", a, 2, 2)?;
        set_timeout(this(&a[0])?, timeout_value(&a[1])?)?;
        Ok(Value::None)
    });
    method(cls, "socket.gettimeout", |_, a, _| {
        Ok(timeout_to_value(f64::from_bits(this(&a[0])?.timeout.load(Ordering::SeqCst))))
    });
}

/// As 2.7: any timeout (including 0) puts the descriptor in non-blocking mode.
fn set_timeout(s: &Sock, t: f64) -> PyResult<()> {
    s.timeout.store(t.to_bits(), Ordering::SeqCst);
    sys::set_nonblocking(s.fd()?, t >= 0.0).map_err(sock_err)
}

fn recv_into(vm: &mut Vm, a: &[Value], kw: &KwArgs, from: bool) -> PyResult {
    let name = if from { "recvfrom_into" } else { "recv_into" };
    check_args(name, a, 1, 4)?;
    let s = this(&a[0])?;
    let target = a
        .get(1)
        .or_else(|| kwarg(kw, "buffer"))
        .ok_or_else(|| PyErr::new(ExcKind::TypeError, "Required argument 'buffer' (pos 1) not found"))?;
    let nbytes = a.get(2).or_else(|| kwarg(kw, "nbytes")).map(|v| int_arg(v, "nbytes")).transpose()?.unwrap_or(0);
    let flags = a.get(3).or_else(|| kwarg(kw, "flags")).map(|v| small_int(v, "flags")).transpose()?.unwrap_or(0);
    let buf = crate::object::bytearray::buf_of(target).ok_or_else(|| {
        PyErr::new(
            ExcKind::TypeError,
            format!("{}() argument 1 must be read-write buffer, not {}", name, target.type_name()),
        )
    })?;
    if nbytes < 0 {
        return Err(PyErr::new(ExcKind::ValueError, format!("negative buffersize in {}", name)));
    }
    let cap = buf.0.lock().len();
    let want = if nbytes == 0 { cap } else { nbytes as usize };
    if want > cap {
        return Err(PyErr::new(ExcKind::ValueError, "buffer too small for requested bytes"));
    }
    let mut tmp = crate::object::alloc::zeroed(want)?;
    let flags = flags | DONTWAIT;
    let (n, addr) = io_wait(vm, s, false, "a recv", |fd| {
        if from {
            sys::recvfrom(fd, &mut tmp, flags)
        } else {
            sys::recv(fd, &mut tmp, flags).map(|n| (n, None))
        }
    })?;
    {
        let mut b = buf.0.lock();
        let n = n.min(b.len());
        b[..n].copy_from_slice(&tmp[..n]);
    }
    if from {
        Ok(Value::tuple(vec![Value::Int(n as i64), addr_value(addr)]))
    } else {
        Ok(Value::Int(n as i64))
    }
}

// ---- module functions ----

fn int_or(a: &[Value], kw: &KwArgs, i: usize, name: &str, default: i32) -> PyResult<i32> {
    match a.get(i).or_else(|| kwarg(kw, name)) {
        Some(v) => small_int(v, name),
        None => Ok(default),
    }
}

fn opt_bytes(v: &Value, what: &str) -> PyResult<Option<Vec<u8>>> {
    match v {
        Value::None => Ok(None),
        Value::Int(n) => Ok(Some(n.to_string().into_bytes())),
        v => Ok(Some(str_arg(v, what)?.as_bytes().to_vec())),
    }
}

fn getaddrinfo(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult {
    let host = a
        .first()
        .or_else(|| kwarg(kw, "host"))
        .ok_or_else(|| PyErr::new(ExcKind::TypeError, "getaddrinfo() takes at least 2 arguments (0 given)"))?;
    let port = a.get(1).or_else(|| kwarg(kw, "port")).unwrap_or(&Value::None);
    let host = match host {
        Value::None => None,
        h => Some(
            str_arg(h, "host")
                .map_err(|_| PyErr::new(ExcKind::TypeError, "getaddrinfo() argument 1 must be string or None"))?
                .as_bytes()
                .to_vec(),
        ),
    };
    let port = match port {
        Value::None | Value::Int(_) => opt_bytes(port, "port")?,
        Value::Long(n) => Some(n.to_string().into_bytes()),
        Value::Str(_) => opt_bytes(port, "port")?,
        _ if crate::object::unicode::as_unicode(port).is_some() => opt_bytes(port, "port")?,
        _ => return Err(raise(0, vec![Value::str("Int or String expected")])),
    };
    let family = int_or(a, kw, 2, "family", 0)?;
    let socktype = int_or(a, kw, 3, "socktype", 0)?;
    let proto = int_or(a, kw, 4, "proto", 0)?;
    let flags = int_or(a, kw, 5, "flags", 0)?;
    // resolution may wait on the network: without the GIL
    let infos = vm
        .allow_threads(Wait::new(WaitKind::Io, "a name lookup"), false, || {
            sys::getaddrinfo(host.as_deref(), port.as_deref(), family, socktype, proto, flags)
        })
        .map_err(gai_err)?;
    Ok(Value::list(
        infos
            .into_iter()
            .map(|i| {
                Value::tuple(vec![
                    Value::Int(i.family as i64),
                    Value::Int(i.socktype as i64),
                    Value::Int(i.protocol as i64),
                    Value::bytes(i.canonname),
                    addr_value(i.addr),
                ])
            })
            .collect(),
    ))
}

fn name_arg<'a>(a: &'a [Value], name: &str) -> PyResult<&'a [u8]> {
    check_args(name, a, 1, 1)?;
    str_arg(&a[0], name).map(|s| s.as_bytes()).map_err(|_| {
        PyErr::new(ExcKind::TypeError, format!("{}() argument 1 must be string, not {}", name, a[0].type_name()))
    })
}

fn ip_text(a: &Addr) -> String {
    match a {
        Addr::V4(v) => v.ip().to_string(),
        Addr::V6(v) => v.ip().to_string(),
        Addr::Unix(p) => String::from_utf8_lossy(p).into_owned(),
    }
}

fn hostbyname_ex(name: &[u8]) -> PyResult<Value> {
    let infos =
        sys::getaddrinfo(Some(name), None, libc::AF_INET, libc::SOCK_STREAM, 0, libc::AI_CANONNAME).map_err(gai_err)?;
    let canon = infos.iter().find(|i| !i.canonname.is_empty()).map(|i| i.canonname.clone());
    let mut ips: Vec<String> = Vec::new();
    for i in &infos {
        if let Some(a) = &i.addr {
            let t = ip_text(a);
            if !ips.contains(&t) {
                ips.push(t);
            }
        }
    }
    Ok(Value::tuple(vec![
        Value::bytes(canon.unwrap_or_else(|| name.to_vec())),
        Value::list(vec![]),
        Value::list(ips.iter().map(|s| Value::str(s)).collect()),
    ]))
}

fn hostbyaddr(name: &[u8]) -> PyResult<Value> {
    let text = std::str::from_utf8(name).unwrap_or("");
    let addr = if let Ok(ip) = text.parse::<Ipv4Addr>() {
        Addr::V4(SocketAddrV4::new(ip, 0))
    } else if let Ok(ip) = text.parse::<Ipv6Addr>() {
        Addr::V6(SocketAddrV6::new(ip, 0, 0, 0))
    } else {
        resolve(name, libc::AF_UNSPEC)?
    };
    match sys::getnameinfo(&addr, libc::NI_NAMEREQD) {
        Ok((host, _)) => Ok(Value::tuple(vec![
            Value::bytes(host),
            Value::list(vec![]),
            Value::list(vec![Value::str(&ip_text(&addr))]),
        ])),
        Err(_) => Err(raise(1, vec![Value::Int(1), Value::str("Unknown host")])),
    }
}

fn proto_arg(a: &[Value], i: usize) -> PyResult<Option<Vec<u8>>> {
    match a.get(i) {
        None | Some(Value::None) => Ok(None),
        Some(v) => Ok(Some(str_arg(v, "proto")?.as_bytes().to_vec())),
    }
}

fn socket_new(a: &[Value], kw: &KwArgs) -> PyResult {
    let family = int_or(a, kw, 0, "family", libc::AF_INET)?;
    let ty = int_or(a, kw, 1, "type", libc::SOCK_STREAM)?;
    let proto = int_or(a, kw, 2, "proto", 0)?;
    let fd = sys::socket(family, ty, proto).map_err(sock_err)?;
    new_sock(fd, family, ty, proto)
}

pub fn init(d: &Dict) {
    let [error, herror, gaierror, timeout] = classes().clone();
    d.set_str("error", Value::Class(error));
    d.set_str("herror", Value::Class(herror));
    d.set_str("gaierror", Value::Class(gaierror));
    d.set_str("timeout", Value::Class(timeout));
    d.set_str("SocketType", Value::Class(sock_class().clone()));
    d.set_str("has_ipv6", Value::bool(true));
    def(d, "socket", |_, a, kw| socket_new(a, kw));
    def(d, "socketpair", |_, a, kw| {
        let family = int_or(a, kw, 0, "family", libc::AF_UNIX)?;
        let ty = int_or(a, kw, 1, "type", libc::SOCK_STREAM)?;
        let proto = int_or(a, kw, 2, "proto", 0)?;
        let (x, y) = sys::socketpair(family, ty, proto).map_err(sock_err)?;
        Ok(Value::tuple(vec![new_sock(x, family, ty, proto)?, new_sock(y, family, ty, proto)?]))
    });
    def(d, "fromfd", |_, a, kw| {
        check_args("fromfd", a, 3, 4)?;
        let fd = small_int(&a[0], "fd")?;
        let new = sys::dup(fd).map_err(sock_err)?;
        new_sock(new, small_int(&a[1], "family")?, small_int(&a[2], "type")?, int_or(a, kw, 3, "proto", 0)?)
    });
    def(d, "getdefaulttimeout", |_, _, _| Ok(timeout_to_value(f64::from_bits(DEFAULT_TIMEOUT.load(Ordering::SeqCst)))));
    def(d, "setdefaulttimeout", |_, a, _| {
        check_args("setdefaulttimeout", a, 1, 1)?;
        DEFAULT_TIMEOUT.store(timeout_value(&a[0])?.to_bits(), Ordering::SeqCst);
        Ok(Value::None)
    });
    def(d, "getaddrinfo", getaddrinfo);
    def(d, "gethostname", |_, a, _| {
        check_args("gethostname", a, 0, 0)?;
        Ok(Value::bytes(sys::gethostname().map_err(sock_err)?))
    });
    def(d, "gethostbyname", |_, a, _| {
        let name = name_arg(a, "gethostbyname")?;
        Ok(Value::str(&host_v4(name)?.to_string()))
    });
    def(d, "gethostbyname_ex", |_, a, _| hostbyname_ex(name_arg(a, "gethostbyname_ex")?));
    def(d, "gethostbyaddr", |_, a, _| hostbyaddr(name_arg(a, "gethostbyaddr")?));
    def(d, "getnameinfo", |_, a, _| {
        check_args("getnameinfo", a, 2, 2)?;
        let fam = match &a[0] {
            Value::Tuple(t) if t.items.len() > 2 => libc::AF_INET6,
            _ => libc::AF_INET,
        };
        let addr = parse_addr(fam, &a[0])?;
        let (h, s) = sys::getnameinfo(&addr, small_int(&a[1], "flags")?).map_err(gai_err)?;
        Ok(Value::tuple(vec![Value::bytes(h), Value::bytes(s)]))
    });
    def(d, "getservbyname", |_, a, _| {
        check_args("getservbyname", a, 1, 2)?;
        let name = str_arg(&a[0], "servicename")?.as_bytes().to_vec();
        sys::getservbyname(&name, proto_arg(a, 1)?.as_deref())
            .map(|p| Value::Int(p as i64))
            .ok_or_else(|| raise(0, vec![Value::str("service/proto not found")]))
    });
    def(d, "getservbyport", |_, a, _| {
        check_args("getservbyport", a, 1, 2)?;
        let port = int_arg(&a[0], "port")?;
        let port = u16::try_from(port)
            .map_err(|_| PyErr::new(ExcKind::OverflowError, "getservbyport: port must be 0-65535."))?;
        sys::getservbyport(port, proto_arg(a, 1)?.as_deref())
            .map(Value::bytes)
            .ok_or_else(|| raise(0, vec![Value::str("port/proto not found")]))
    });
    def(d, "getprotobyname", |_, a, _| {
        let name = name_arg(a, "getprotobyname")?;
        sys::getprotobyname(name)
            .map(|p| Value::Int(p as i64))
            .ok_or_else(|| raise(0, vec![Value::str("protocol not found")]))
    });
    for (name, v) in CONSTANTS {
        d.set_str(name, Value::Int(*v as i64));
    }
}

/// The constants 2.7 exports on Linux (values from libc).
const CONSTANTS: &[(&str, i32)] = &[
    ("AF_UNSPEC", libc::AF_UNSPEC),
    ("AF_INET", libc::AF_INET),
    ("AF_INET6", libc::AF_INET6),
    ("AF_UNIX", libc::AF_UNIX),
    ("AF_NETLINK", libc::AF_NETLINK),
    ("AF_PACKET", libc::AF_PACKET),
    ("SOCK_STREAM", libc::SOCK_STREAM),
    ("SOCK_DGRAM", libc::SOCK_DGRAM),
    ("SOCK_RAW", libc::SOCK_RAW),
    ("SOCK_RDM", libc::SOCK_RDM),
    ("SOCK_SEQPACKET", libc::SOCK_SEQPACKET),
    ("SOL_SOCKET", libc::SOL_SOCKET),
    ("SOL_IP", libc::SOL_IP),
    ("SOL_TCP", libc::SOL_TCP),
    ("SOL_UDP", libc::SOL_UDP),
    ("SO_DEBUG", libc::SO_DEBUG),
    ("SO_ACCEPTCONN", libc::SO_ACCEPTCONN),
    ("SO_REUSEADDR", libc::SO_REUSEADDR),
    ("SO_KEEPALIVE", libc::SO_KEEPALIVE),
    ("SO_DONTROUTE", libc::SO_DONTROUTE),
    ("SO_BROADCAST", libc::SO_BROADCAST),
    ("SO_LINGER", libc::SO_LINGER),
    ("SO_OOBINLINE", libc::SO_OOBINLINE),
    ("SO_SNDBUF", libc::SO_SNDBUF),
    ("SO_RCVBUF", libc::SO_RCVBUF),
    ("SO_SNDLOWAT", libc::SO_SNDLOWAT),
    ("SO_RCVLOWAT", libc::SO_RCVLOWAT),
    ("SO_SNDTIMEO", libc::SO_SNDTIMEO),
    ("SO_RCVTIMEO", libc::SO_RCVTIMEO),
    ("SO_ERROR", libc::SO_ERROR),
    ("SO_TYPE", libc::SO_TYPE),
    ("SOMAXCONN", libc::SOMAXCONN),
    ("MSG_OOB", libc::MSG_OOB),
    ("MSG_PEEK", libc::MSG_PEEK),
    ("MSG_DONTROUTE", libc::MSG_DONTROUTE),
    ("MSG_DONTWAIT", libc::MSG_DONTWAIT),
    ("MSG_EOR", libc::MSG_EOR),
    ("MSG_TRUNC", libc::MSG_TRUNC),
    ("MSG_CTRUNC", libc::MSG_CTRUNC),
    ("MSG_WAITALL", libc::MSG_WAITALL),
    ("MSG_NOSIGNAL", libc::MSG_NOSIGNAL),
    ("SHUT_RD", libc::SHUT_RD),
    ("SHUT_WR", libc::SHUT_WR),
    ("SHUT_RDWR", libc::SHUT_RDWR),
    ("IPPROTO_IP", libc::IPPROTO_IP),
    ("IPPROTO_ICMP", libc::IPPROTO_ICMP),
    ("IPPROTO_TCP", libc::IPPROTO_TCP),
    ("IPPROTO_UDP", libc::IPPROTO_UDP),
    ("IPPROTO_IPV6", libc::IPPROTO_IPV6),
    ("IPPROTO_RAW", libc::IPPROTO_RAW),
    ("IPPORT_RESERVED", 1024),
    ("IPPORT_USERRESERVED", 5000),
    ("IP_TOS", libc::IP_TOS),
    ("IP_TTL", libc::IP_TTL),
    ("IP_HDRINCL", libc::IP_HDRINCL),
    ("IP_OPTIONS", libc::IP_OPTIONS),
    ("IP_MULTICAST_IF", libc::IP_MULTICAST_IF),
    ("IP_MULTICAST_TTL", libc::IP_MULTICAST_TTL),
    ("IP_MULTICAST_LOOP", libc::IP_MULTICAST_LOOP),
    ("IP_ADD_MEMBERSHIP", libc::IP_ADD_MEMBERSHIP),
    ("IP_DROP_MEMBERSHIP", libc::IP_DROP_MEMBERSHIP),
    ("IPV6_V6ONLY", libc::IPV6_V6ONLY),
    ("IPV6_UNICAST_HOPS", libc::IPV6_UNICAST_HOPS),
    ("IPV6_MULTICAST_HOPS", libc::IPV6_MULTICAST_HOPS),
    ("TCP_NODELAY", libc::TCP_NODELAY),
    ("TCP_MAXSEG", libc::TCP_MAXSEG),
    ("TCP_KEEPIDLE", libc::TCP_KEEPIDLE),
    ("TCP_KEEPINTVL", libc::TCP_KEEPINTVL),
    ("TCP_KEEPCNT", libc::TCP_KEEPCNT),
    ("INADDR_ANY", 0),
    ("INADDR_BROADCAST", -1),
    ("INADDR_LOOPBACK", 0x7f00_0001),
    ("INADDR_NONE", -1),
    ("AI_PASSIVE", libc::AI_PASSIVE),
    ("AI_CANONNAME", libc::AI_CANONNAME),
    ("AI_NUMERICHOST", libc::AI_NUMERICHOST),
    ("AI_NUMERICSERV", libc::AI_NUMERICSERV),
    ("AI_V4MAPPED", libc::AI_V4MAPPED),
    ("AI_ALL", libc::AI_ALL),
    ("AI_ADDRCONFIG", libc::AI_ADDRCONFIG),
    ("NI_NUMERICHOST", libc::NI_NUMERICHOST),
    ("NI_NUMERICSERV", libc::NI_NUMERICSERV),
    ("NI_NOFQDN", libc::NI_NOFQDN),
    ("NI_NAMEREQD", libc::NI_NAMEREQD),
    ("NI_DGRAM", libc::NI_DGRAM),
    ("NI_MAXHOST", 1025),
    ("NI_MAXSERV", 32),
    ("EAI_ADDRFAMILY", -9),
    ("EAI_AGAIN", libc::EAI_AGAIN),
    ("EAI_BADFLAGS", libc::EAI_BADFLAGS),
    ("EAI_FAIL", libc::EAI_FAIL),
    ("EAI_FAMILY", libc::EAI_FAMILY),
    ("EAI_MEMORY", libc::EAI_MEMORY),
    ("EAI_NODATA", -5),
    ("EAI_NONAME", libc::EAI_NONAME),
    ("EAI_OVERFLOW", libc::EAI_OVERFLOW),
    ("EAI_SERVICE", libc::EAI_SERVICE),
    ("EAI_SOCKTYPE", libc::EAI_SOCKTYPE),
    ("EAI_SYSTEM", libc::EAI_SYSTEM),
];
