//! The only `unsafe` of the socket modules: thin, safe wrappers over the
//! libc calls that `_socket` and `select` need (sockets, addresses, poll,
//! name lookup). Everything here takes and returns plain Rust values; each
//! `unsafe` block says why it is sound. Errors are `io::Error` (errno) or,
//! for the resolver, `(code, message)` from `gai_strerror`.

use std::ffi::{CStr, CString};
use std::io;
use std::mem::{size_of, zeroed};
use std::net::{Ipv4Addr, Ipv6Addr, SocketAddrV4, SocketAddrV6};

/// A socket address of one of the supported families.
#[derive(Clone, Debug, PartialEq)]
pub enum Addr {
    V4(SocketAddrV4),
    V6(SocketAddrV6),
    Unix(Vec<u8>),
}

fn check(r: libc::c_int) -> io::Result<libc::c_int> {
    if r < 0 {
        Err(io::Error::last_os_error())
    } else {
        Ok(r)
    }
}

fn check_size(r: libc::ssize_t) -> io::Result<usize> {
    if r < 0 {
        Err(io::Error::last_os_error())
    } else {
        Ok(r as usize)
    }
}

fn storage() -> libc::sockaddr_storage {
    // SAFETY: sockaddr_storage is plain old data; all-zero is a valid value.
    unsafe { zeroed() }
}

/// The raw form of `a`, for bind/connect/sendto.
fn to_raw(a: &Addr) -> (libc::sockaddr_storage, libc::socklen_t) {
    let mut st = storage();
    let len = match a {
        Addr::V4(v) => {
            // SAFETY: sockaddr_storage is large and aligned enough for any sockaddr_in.
            let sin = unsafe { &mut *(&mut st as *mut _ as *mut libc::sockaddr_in) };
            sin.sin_family = libc::AF_INET as libc::sa_family_t;
            sin.sin_port = v.port().to_be();
            sin.sin_addr.s_addr = u32::from_ne_bytes(v.ip().octets());
            size_of::<libc::sockaddr_in>()
        }
        Addr::V6(v) => {
            // SAFETY: as above, for sockaddr_in6.
            let sin6 = unsafe { &mut *(&mut st as *mut _ as *mut libc::sockaddr_in6) };
            sin6.sin6_family = libc::AF_INET6 as libc::sa_family_t;
            sin6.sin6_port = v.port().to_be();
            sin6.sin6_flowinfo = v.flowinfo().to_be();
            sin6.sin6_scope_id = v.scope_id();
            sin6.sin6_addr.s6_addr = v.ip().octets();
            size_of::<libc::sockaddr_in6>()
        }
        Addr::Unix(path) => {
            // SAFETY: as above, for sockaddr_un.
            let sun = unsafe { &mut *(&mut st as *mut _ as *mut libc::sockaddr_un) };
            sun.sun_family = libc::AF_UNIX as libc::sa_family_t;
            // callers check the length (at most 107 bytes); truncation is a safety net
            for (d, s) in sun.sun_path.iter_mut().zip(path.iter()) {
                *d = *s as libc::c_char;
            }
            let n = path.len().min(sun.sun_path.len());
            size_of::<libc::sa_family_t>() + n
        }
    };
    (st, len as libc::socklen_t)
}

/// The address in `st` (of `len` bytes); None for an unknown family.
fn from_raw(st: &libc::sockaddr_storage, len: libc::socklen_t) -> Option<Addr> {
    match st.ss_family as libc::c_int {
        libc::AF_INET => {
            // SAFETY: the family says the storage holds a sockaddr_in.
            let sin = unsafe { &*(st as *const _ as *const libc::sockaddr_in) };
            let ip = Ipv4Addr::from(sin.sin_addr.s_addr.to_ne_bytes());
            Some(Addr::V4(SocketAddrV4::new(ip, u16::from_be(sin.sin_port))))
        }
        libc::AF_INET6 => {
            // SAFETY: the family says the storage holds a sockaddr_in6.
            let s6 = unsafe { &*(st as *const _ as *const libc::sockaddr_in6) };
            let ip = Ipv6Addr::from(s6.sin6_addr.s6_addr);
            Some(Addr::V6(SocketAddrV6::new(
                ip,
                u16::from_be(s6.sin6_port),
                u32::from_be(s6.sin6_flowinfo),
                s6.sin6_scope_id,
            )))
        }
        libc::AF_UNIX => {
            // SAFETY: the family says the storage holds a sockaddr_un.
            let sun = unsafe { &*(st as *const _ as *const libc::sockaddr_un) };
            let n = (len as usize).saturating_sub(size_of::<libc::sa_family_t>()).min(sun.sun_path.len());
            let mut path: Vec<u8> = sun.sun_path[..n].iter().map(|&c| c as u8).collect();
            // a pathname address ends at its NUL; an abstract one (leading NUL) keeps them
            if path.first() != Some(&0) {
                if let Some(z) = path.iter().position(|&c| c == 0) {
                    path.truncate(z);
                }
            }
            Some(Addr::Unix(path))
        }
        _ => None,
    }
}

pub fn socket(family: i32, ty: i32, proto: i32) -> io::Result<i32> {
    // SAFETY: plain syscall on integers.
    check(unsafe { libc::socket(family, ty | libc::SOCK_CLOEXEC, proto) })
}

pub fn socketpair(family: i32, ty: i32, proto: i32) -> io::Result<(i32, i32)> {
    let mut fds = [0 as libc::c_int; 2];
    // SAFETY: fds is a valid array of two ints for the kernel to fill.
    check(unsafe { libc::socketpair(family, ty | libc::SOCK_CLOEXEC, proto, fds.as_mut_ptr()) })?;
    Ok((fds[0], fds[1]))
}

pub fn close(fd: i32) -> io::Result<()> {
    // SAFETY: closing an integer descriptor the caller owns.
    check(unsafe { libc::close(fd) }).map(|_| ())
}

pub fn dup(fd: i32) -> io::Result<i32> {
    // SAFETY: plain syscall on an integer.
    check(unsafe { libc::fcntl(fd, libc::F_DUPFD_CLOEXEC, 0) })
}

pub fn bind(fd: i32, a: &Addr) -> io::Result<()> {
    let (st, len) = to_raw(a);
    // SAFETY: st is a valid sockaddr of len bytes.
    check(unsafe { libc::bind(fd, &st as *const _ as *const libc::sockaddr, len) }).map(|_| ())
}

pub fn connect(fd: i32, a: &Addr) -> io::Result<()> {
    let (st, len) = to_raw(a);
    // SAFETY: st is a valid sockaddr of len bytes.
    check(unsafe { libc::connect(fd, &st as *const _ as *const libc::sockaddr, len) }).map(|_| ())
}

pub fn listen(fd: i32, backlog: i32) -> io::Result<()> {
    // SAFETY: plain syscall on integers.
    check(unsafe { libc::listen(fd, backlog) }).map(|_| ())
}

pub fn accept(fd: i32) -> io::Result<(i32, Option<Addr>)> {
    let mut st = storage();
    let mut len = size_of::<libc::sockaddr_storage>() as libc::socklen_t;
    // SAFETY: st/len describe a writable buffer of the right size.
    let nfd =
        check(unsafe { libc::accept4(fd, &mut st as *mut _ as *mut libc::sockaddr, &mut len, libc::SOCK_CLOEXEC) })?;
    Ok((nfd, from_raw(&st, len)))
}

pub fn recv(fd: i32, buf: &mut [u8], flags: i32) -> io::Result<usize> {
    // SAFETY: buf is a writable buffer of buf.len() bytes.
    check_size(unsafe { libc::recv(fd, buf.as_mut_ptr() as *mut libc::c_void, buf.len(), flags) })
}

pub fn recvfrom(fd: i32, buf: &mut [u8], flags: i32) -> io::Result<(usize, Option<Addr>)> {
    let mut st = storage();
    let mut len = size_of::<libc::sockaddr_storage>() as libc::socklen_t;
    // SAFETY: buf and st/len are writable buffers of the given sizes.
    let n = check_size(unsafe {
        libc::recvfrom(
            fd,
            buf.as_mut_ptr() as *mut libc::c_void,
            buf.len(),
            flags,
            &mut st as *mut _ as *mut libc::sockaddr,
            &mut len,
        )
    })?;
    let addr = if len == 0 { None } else { from_raw(&st, len) };
    Ok((n, addr))
}

pub fn send(fd: i32, data: &[u8], flags: i32) -> io::Result<usize> {
    // SAFETY: data is a readable buffer of data.len() bytes.
    check_size(unsafe { libc::send(fd, data.as_ptr() as *const libc::c_void, data.len(), flags) })
}

pub fn sendto(fd: i32, data: &[u8], flags: i32, a: &Addr) -> io::Result<usize> {
    let (st, len) = to_raw(a);
    // SAFETY: data is readable; st is a valid sockaddr of len bytes.
    check_size(unsafe {
        libc::sendto(
            fd,
            data.as_ptr() as *const libc::c_void,
            data.len(),
            flags,
            &st as *const _ as *const libc::sockaddr,
            len,
        )
    })
}

pub fn shutdown(fd: i32, how: i32) -> io::Result<()> {
    // SAFETY: plain syscall on integers.
    check(unsafe { libc::shutdown(fd, how) }).map(|_| ())
}

// SAFETY: `f` is only ever libc's getsockname or getpeername (the type of a
// C function pointer must say `unsafe`); the call below is the unsafe block.
// Exercised by tests/conformance/net (getsockname/getpeername).
fn name_of(
    fd: i32,
    f: unsafe extern "C" fn(libc::c_int, *mut libc::sockaddr, *mut libc::socklen_t) -> libc::c_int,
) -> io::Result<Option<Addr>> {
    let mut st = storage();
    let mut len = size_of::<libc::sockaddr_storage>() as libc::socklen_t;
    // SAFETY: st/len describe a writable buffer of the right size.
    check(unsafe { f(fd, &mut st as *mut _ as *mut libc::sockaddr, &mut len) })?;
    Ok(from_raw(&st, len))
}

pub fn getsockname(fd: i32) -> io::Result<Option<Addr>> {
    name_of(fd, libc::getsockname)
}

pub fn getpeername(fd: i32) -> io::Result<Option<Addr>> {
    name_of(fd, libc::getpeername)
}

pub fn setsockopt(fd: i32, level: i32, opt: i32, value: &[u8]) -> io::Result<()> {
    // SAFETY: value is a readable buffer of value.len() bytes.
    check(unsafe {
        libc::setsockopt(fd, level, opt, value.as_ptr() as *const libc::c_void, value.len() as libc::socklen_t)
    })
    .map(|_| ())
}

pub fn getsockopt(fd: i32, level: i32, opt: i32, buflen: usize) -> io::Result<Vec<u8>> {
    let mut buf = vec![0u8; buflen];
    let mut len = buflen as libc::socklen_t;
    // SAFETY: buf/len describe a writable buffer of buflen bytes.
    check(unsafe { libc::getsockopt(fd, level, opt, buf.as_mut_ptr() as *mut libc::c_void, &mut len) })?;
    buf.truncate(len as usize);
    Ok(buf)
}

/// Sets or clears O_NONBLOCK.
pub fn set_nonblocking(fd: i32, on: bool) -> io::Result<()> {
    // SAFETY: plain fcntl calls on an integer descriptor.
    let flags = check(unsafe { libc::fcntl(fd, libc::F_GETFL) })?;
    let new = if on { flags | libc::O_NONBLOCK } else { flags & !libc::O_NONBLOCK };
    if new != flags {
        // SAFETY: as above.
        check(unsafe { libc::fcntl(fd, libc::F_SETFL, new) })?;
    }
    Ok(())
}

pub fn is_nonblocking(fd: i32) -> io::Result<bool> {
    // SAFETY: plain fcntl call on an integer descriptor.
    let flags = check(unsafe { libc::fcntl(fd, libc::F_GETFL) })?;
    Ok(flags & libc::O_NONBLOCK != 0)
}

/// poll(2) over `(fd, events)` pairs; returns each fd's revents.
pub fn poll(fds: &[(i32, i16)], timeout_ms: i32) -> io::Result<Vec<i16>> {
    let mut raw: Vec<libc::pollfd> = fds.iter().map(|&(fd, events)| libc::pollfd { fd, events, revents: 0 }).collect();
    // SAFETY: raw is a valid array of raw.len() pollfd structs.
    check(unsafe { libc::poll(raw.as_mut_ptr(), raw.len() as libc::nfds_t, timeout_ms) })?;
    Ok(raw.iter().map(|p| p.revents).collect())
}

pub fn gethostname() -> io::Result<Vec<u8>> {
    let mut buf = [0u8; 256];
    // SAFETY: buf is writable for its length; the kernel NUL-terminates within it.
    check(unsafe { libc::gethostname(buf.as_mut_ptr() as *mut libc::c_char, buf.len() - 1) })?;
    let n = buf.iter().position(|&c| c == 0).unwrap_or(buf.len());
    Ok(buf[..n].to_vec())
}

/// One answer of getaddrinfo.
pub struct AddrInfo {
    pub family: i32,
    pub socktype: i32,
    pub protocol: i32,
    pub canonname: Vec<u8>,
    pub addr: Option<Addr>,
}

/// The resolver's message for an EAI_* code.
pub fn gai_message(code: i32) -> String {
    // SAFETY: gai_strerror returns a pointer to a static NUL-terminated string.
    unsafe { CStr::from_ptr(libc::gai_strerror(code)) }.to_string_lossy().into_owned()
}

/// getaddrinfo(3); the error is (EAI code, message), or (EAI_SYSTEM, errno text).
pub fn getaddrinfo(
    host: Option<&[u8]>,
    port: Option<&[u8]>,
    family: i32,
    socktype: i32,
    protocol: i32,
    flags: i32,
) -> Result<Vec<AddrInfo>, (i32, String)> {
    let bad = || (libc::EAI_NONAME, gai_message(libc::EAI_NONAME));
    let host = host.map(|h| CString::new(h).map_err(|_| bad())).transpose()?;
    let port = port.map(|p| CString::new(p).map_err(|_| bad())).transpose()?;
    // SAFETY: addrinfo is plain old data; zero is its documented "no hint".
    let mut hints: libc::addrinfo = unsafe { zeroed() };
    hints.ai_family = family;
    hints.ai_socktype = socktype;
    hints.ai_protocol = protocol;
    hints.ai_flags = flags;
    let mut res: *mut libc::addrinfo = std::ptr::null_mut();
    // SAFETY: the strings are NUL-terminated or null; res receives a list we free below.
    let rc = unsafe {
        libc::getaddrinfo(
            host.as_ref().map_or(std::ptr::null(), |h| h.as_ptr()),
            port.as_ref().map_or(std::ptr::null(), |p| p.as_ptr()),
            &hints,
            &mut res,
        )
    };
    if rc != 0 {
        if rc == libc::EAI_SYSTEM {
            let e = io::Error::last_os_error();
            return Err((rc, e.to_string()));
        }
        return Err((rc, gai_message(rc)));
    }
    let mut out = Vec::new();
    let mut p = res;
    while !p.is_null() {
        // SAFETY: p walks the list getaddrinfo returned, which stays valid until freeaddrinfo.
        let ai = unsafe { &*p };
        let canonname = if ai.ai_canonname.is_null() {
            Vec::new()
        } else {
            // SAFETY: a non-null ai_canonname is a NUL-terminated string owned by the list.
            unsafe { CStr::from_ptr(ai.ai_canonname) }.to_bytes().to_vec()
        };
        let mut st = storage();
        let n = (ai.ai_addrlen as usize).min(size_of::<libc::sockaddr_storage>());
        // SAFETY: ai_addr points to ai_addrlen bytes; st has room for n of them.
        unsafe { std::ptr::copy_nonoverlapping(ai.ai_addr as *const u8, &mut st as *mut _ as *mut u8, n) };
        out.push(AddrInfo {
            family: ai.ai_family,
            socktype: ai.ai_socktype,
            protocol: ai.ai_protocol,
            canonname,
            addr: from_raw(&st, n as libc::socklen_t),
        });
        p = ai.ai_next;
    }
    // SAFETY: res came from a successful getaddrinfo and is freed once.
    unsafe { libc::freeaddrinfo(res) };
    Ok(out)
}

/// getnameinfo(3): (host, service).
pub fn getnameinfo(a: &Addr, flags: i32) -> Result<(Vec<u8>, Vec<u8>), (i32, String)> {
    let (st, len) = to_raw(a);
    let mut host = [0u8; 1025];
    let mut serv = [0u8; 32];
    // SAFETY: st is a valid sockaddr; host/serv are writable for their lengths.
    let rc = unsafe {
        libc::getnameinfo(
            &st as *const _ as *const libc::sockaddr,
            len,
            host.as_mut_ptr() as *mut libc::c_char,
            host.len() as libc::socklen_t,
            serv.as_mut_ptr() as *mut libc::c_char,
            serv.len() as libc::socklen_t,
            flags,
        )
    };
    if rc != 0 {
        return Err((rc, gai_message(rc)));
    }
    let cut = |b: &[u8]| b[..b.iter().position(|&c| c == 0).unwrap_or(b.len())].to_vec();
    Ok((cut(&host), cut(&serv)))
}

/// getservbyname(3): the port, or None.
pub fn getservbyname(name: &[u8], proto: Option<&[u8]>) -> Option<u16> {
    let name = CString::new(name).ok()?;
    let proto = proto.map(CString::new).transpose().ok()?;
    // SAFETY: NUL-terminated strings (or null); the result points to static data read at once.
    // getservbyname is not thread-safe, but callers hold the GIL.
    let s = unsafe { libc::getservbyname(name.as_ptr(), proto.as_ref().map_or(std::ptr::null(), |p| p.as_ptr())) };
    if s.is_null() {
        return None;
    }
    // SAFETY: non-null result of getservbyname.
    Some(u16::from_be(unsafe { (*s).s_port } as u16))
}

/// getservbyport(3): the service name, or None.
pub fn getservbyport(port: u16, proto: Option<&[u8]>) -> Option<Vec<u8>> {
    let proto = proto.map(CString::new).transpose().ok()?;
    // SAFETY: as getservbyname; callers hold the GIL.
    let s = unsafe {
        libc::getservbyport((port.to_be()) as libc::c_int, proto.as_ref().map_or(std::ptr::null(), |p| p.as_ptr()))
    };
    if s.is_null() {
        return None;
    }
    // SAFETY: a non-null servent has a NUL-terminated s_name.
    Some(unsafe { CStr::from_ptr((*s).s_name) }.to_bytes().to_vec())
}

/// getprotobyname(3): the protocol number, or None.
pub fn getprotobyname(name: &[u8]) -> Option<i32> {
    let name = CString::new(name).ok()?;
    // SAFETY: NUL-terminated string; callers hold the GIL (static result).
    let p = unsafe { libc::getprotobyname(name.as_ptr()) };
    if p.is_null() {
        return None;
    }
    // SAFETY: non-null protoent.
    Some(unsafe { (*p).p_proto })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_pair() {
        let a = Addr::V4(SocketAddrV4::new(Ipv4Addr::new(127, 0, 0, 1), 8080));
        let (st, len) = to_raw(&a);
        assert_eq!(from_raw(&st, len), Some(a));
        let u = Addr::Unix(b"/tmp/x.sock".to_vec());
        let (st, len) = to_raw(&u);
        assert_eq!(from_raw(&st, len), Some(u));
        let (x, y) = socketpair(libc::AF_UNIX, libc::SOCK_STREAM, 0).unwrap();
        assert_eq!(send(x, b"hi", 0).unwrap(), 2);
        assert_eq!(poll(&[(y, libc::POLLIN)], 1000).unwrap()[0] & libc::POLLIN, libc::POLLIN);
        let mut buf = [0u8; 8];
        assert_eq!(recv(y, &mut buf, 0).unwrap(), 2);
        assert_eq!(&buf[..2], b"hi");
        close(x).unwrap();
        close(y).unwrap();
    }
}
