"""Network sockets: the Python 2.7 `socket` module over minipy's `_socket`.

The native `_socket.socket` holds the descriptor and closes it when the
last reference goes; the objects handed to programs are `_socketobject`
wrappers around it (as in 2.7), so that `close()` on a socket leaves a
file made by `makefile()` working until that file is closed too.
"""

import _socket
from _socket import *
import errno as _errno
import os as _os

_realsocket = _socket.socket

EBADF = getattr(_errno, 'EBADF', 9)
EINTR = getattr(_errno, 'EINTR', 4)

__all__ = ["getfqdn", "create_connection", "socket", "SocketType", "fromfd",
           "socketpair", "inet_aton", "inet_ntoa", "inet_pton", "inet_ntop",
           "htons", "ntohs", "htonl", "ntohl", "error", "timeout", "herror",
           "gaierror", "getaddrinfo", "gethostname", "gethostbyname",
           "gethostbyname_ex", "gethostbyaddr", "getservbyname",
           "getservbyport", "getprotobyname", "getnameinfo",
           "getdefaulttimeout", "setdefaulttimeout", "has_ipv6"]
__all__.extend(n for n in dir(_socket) if n[:1].isupper())

# The methods a socket forwards straight to the native object (kept as
# instance attributes, as 2.7 does, so that the hot calls skip a level).
_delegate_methods = ("recv", "recvfrom", "recv_into", "recvfrom_into",
                     "send", "sendto")
_plain_methods = ("bind", "connect", "connect_ex", "fileno", "listen",
                  "getpeername", "getsockname", "getsockopt", "setsockopt",
                  "sendall", "setblocking", "settimeout", "gettimeout",
                  "shutdown")


class _closedsocket(object):
    """What a closed socket forwards to: every call fails with EBADF."""
    __slots__ = []

    def _dummy(*args):
        raise error(EBADF, 'Bad file descriptor')

    send = recv = recv_into = sendto = recvfrom = recvfrom_into = _dummy
    __getattr__ = _dummy


def _forward(name):
    def call(self, *args):
        return getattr(self._sock, name)(*args)
    call.__name__ = name
    return call


class _socketobject(object):
    """socket([family[, type[, proto]]]) -> socket object"""

    __slots__ = ["_sock", "__weakref__"] + list(_delegate_methods)

    def __init__(self, family=AF_INET, type=SOCK_STREAM, proto=0, _sock=None):
        if _sock is None:
            _sock = _realsocket(family, type, proto)
        self._sock = _sock
        for name in _delegate_methods:
            setattr(self, name, getattr(_sock, name))

    def close(self, _closed=_closedsocket):
        self._sock = _closed()
        dummy = self._sock._dummy
        for name in _delegate_methods:
            setattr(self, name, dummy)

    def accept(self):
        sock, addr = self._sock.accept()
        return _socketobject(_sock=sock), addr

    def dup(self):
        """A new socket object sharing this one's connection."""
        return _socketobject(_sock=self._sock)

    def makefile(self, mode='r', bufsize=-1):
        """A file object reading and writing through this socket."""
        return _fileobject(self._sock, mode, bufsize)

    family = property(lambda self: self._sock._info()[0], doc="the socket family")
    type = property(lambda self: self._sock._info()[1], doc="the socket type")
    proto = property(lambda self: self._sock._info()[2], doc="the socket protocol")

for _name in _plain_methods:
    setattr(_socketobject, _name, _forward(_name))
del _name

socket = SocketType = _socketobject


def fromfd(fd, family, type, proto=0):
    """A socket over a duplicate of the descriptor fd."""
    return _socketobject(_sock=_socket.fromfd(fd, family, type, proto))


def socketpair(family=AF_UNIX, type=SOCK_STREAM, proto=0):
    """Two connected sockets."""
    a, b = _socket.socketpair(family, type, proto)
    return _socketobject(_sock=a), _socketobject(_sock=b)


class _fileobject(object):
    """A buffered file over a socket (what makefile() returns)."""

    default_bufsize = 8192
    name = "<socket>"

    __slots__ = ["mode", "bufsize", "softspace", "_sock", "_rbufsize",
                 "_wbufsize", "_rbuf", "_wbuf", "_wbuf_len", "_close"]

    def __init__(self, sock, mode='rb', bufsize=-1, close=False):
        self._sock = sock
        self.mode = mode
        if bufsize < 0:
            bufsize = self.default_bufsize
        self.bufsize = bufsize
        self.softspace = False
        if bufsize == 0:
            self._rbufsize = 1
        elif bufsize == 1:
            self._rbufsize = self.default_bufsize
        else:
            self._rbufsize = bufsize
        self._wbufsize = bufsize
        self._rbuf = ""      # data received and not yet read
        self._wbuf = []      # pieces written and not yet sent
        self._wbuf_len = 0
        self._close = close

    def _getclosed(self):
        return self._sock is None
    closed = property(_getclosed, doc="True if the file is closed")

    def close(self):
        try:
            if self._sock:
                self.flush()
        finally:
            if self._close and self._sock:
                self._sock.close()
            self._sock = None

    def __del__(self):
        try:
            self.close()
        except:
            pass

    def flush(self):
        if self._wbuf:
            data = "".join(self._wbuf)
            self._wbuf = []
            self._wbuf_len = 0
            self._sock.sendall(data)

    def fileno(self):
        return self._sock.fileno()

    def write(self, data):
        data = str(data)
        if not data:
            return
        self._wbuf.append(data)
        self._wbuf_len += len(data)
        if (self._wbufsize == 0 or
                (self._wbufsize == 1 and '\n' in data) or
                (self._wbufsize > 1 and self._wbuf_len >= self._wbufsize)):
            self.flush()

    def writelines(self, lines):
        for line in lines:
            if line:
                self._wbuf.append(line)
                self._wbuf_len += len(line)
        if (self._wbufsize <= 1 or self._wbuf_len >= self._wbufsize):
            self.flush()

    def _recv(self, n):
        while True:
            try:
                return self._sock.recv(n)
            except error, e:
                if e.args and e.args[0] == EINTR:
                    continue
                raise

    def read(self, size=-1):
        if size < 0:
            parts = [self._rbuf]
            self._rbuf = ""
            step = max(self._rbufsize, self.default_bufsize)
            while True:
                data = self._recv(step)
                if not data:
                    break
                parts.append(data)
            return "".join(parts)
        have = len(self._rbuf)
        if have >= size:
            out, self._rbuf = self._rbuf[:size], self._rbuf[size:]
            return out
        parts = [self._rbuf]
        self._rbuf = ""
        while have < size:
            left = size - have
            data = self._recv(max(self._rbufsize, left))
            if not data:
                break
            if len(data) > left:
                self._rbuf = data[left:]
                data = data[:left]
            parts.append(data)
            have += len(data)
        return "".join(parts)

    def readline(self, size=-1):
        buf = self._rbuf
        nl = buf.find('\n')
        if nl >= 0 and (size < 0 or nl < size):
            self._rbuf = buf[nl + 1:]
            return buf[:nl + 1]
        if size >= 0 and len(buf) >= size:
            self._rbuf = buf[size:]
            return buf[:size]
        parts = [buf]
        have = len(buf)
        self._rbuf = ""
        while True:
            if self._rbufsize <= 1:
                data = self._recv(1)     # unbuffered: never read past the line
            else:
                want = self._rbufsize
                if size >= 0:
                    want = max(1, min(want, size - have))
                data = self._recv(want)
            if not data:
                break
            nl = data.find('\n')
            if nl >= 0:
                end = nl + 1
                if size >= 0 and have + end > size:
                    end = size - have
                parts.append(data[:end])
                self._rbuf = data[end:]
                break
            if size >= 0 and have + len(data) >= size:
                end = size - have
                parts.append(data[:end])
                self._rbuf = data[end:]
                break
            parts.append(data)
            have += len(data)
        return "".join(parts)

    def readlines(self, sizehint=0):
        total = 0
        lines = []
        while True:
            line = self.readline()
            if not line:
                break
            lines.append(line)
            total += len(line)
            if sizehint and total >= sizehint:
                break
        return lines

    def __iter__(self):
        return self

    def next(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line


_GLOBAL_DEFAULT_TIMEOUT = object()


def create_connection(address, timeout=_GLOBAL_DEFAULT_TIMEOUT,
                      source_address=None):
    """Connects to (host, port), trying each address the name has."""
    host, port = address
    last = None
    for family, socktype, proto, canonname, sa in getaddrinfo(host, port, 0, SOCK_STREAM):
        sock = None
        try:
            sock = socket(family, socktype, proto)
            if timeout is not _GLOBAL_DEFAULT_TIMEOUT:
                sock.settimeout(timeout)
            if source_address:
                sock.bind(source_address)
            sock.connect(sa)
            return sock
        except error, e:
            last = e
            if sock is not None:
                sock.close()
    if last is not None:
        raise last
    raise error("getaddrinfo returns an empty list")


def getfqdn(name=''):
    """The fully qualified domain name of name (by default, this host)."""
    name = name.strip()
    if not name or name == '0.0.0.0':
        name = gethostname()
    try:
        hostname, aliases, ipaddrs = gethostbyaddr(name)
    except error:
        return name
    for candidate in [hostname] + aliases:
        if '.' in candidate:
            return candidate
    return hostname


# ---- byte order and address text ----

def _unsigned(x, bits, name):
    x = int(x)
    if x < 0:
        raise OverflowError("can't convert negative value to unsigned int")
    return x & ((1 << bits) - 1)


def _swap16(x):
    return ((x & 0xff) << 8) | ((x >> 8) & 0xff)


def _swap32(x):
    return (((x & 0xff) << 24) | ((x & 0xff00) << 8) |
            ((x >> 8) & 0xff00) | ((x >> 24) & 0xff))

import sys as _sys
if _sys.byteorder == 'little':
    def htons(x):
        """Host to network byte order, 16 bits."""
        if x > 0x7fffffff:
            raise OverflowError("signed integer is greater than maximum")
        return _swap16(_unsigned(x, 16, 'htons'))

    def htonl(x):
        """Host to network byte order, 32 bits."""
        if x >= (1 << 32):
            raise OverflowError("long int larger than 32 bits")
        r = _swap32(_unsigned(x, 32, 'htonl'))
        return long(r) if r > _sys.maxint else r
else:
    def htons(x):
        return _unsigned(x, 16, 'htons')

    def htonl(x):
        return _unsigned(x, 32, 'htonl')
ntohs = htons
ntohl = htonl


def _parse_c_number(text):
    # inet_aton's numbers: decimal, 0x hex or 0 octal
    t = text.lower()
    if t.startswith('0x'):
        digits, base = t[2:], 16
    elif len(t) > 1 and t.startswith('0'):
        digits, base = t[1:], 8
    else:
        digits, base = t, 10
    if not digits and base == 16:
        return 0
    return int(digits, base)


def inet_aton(ip_string):
    """Packs a dotted IPv4 address (short forms allowed) into 4 bytes."""
    if not isinstance(ip_string, basestring):
        raise TypeError("inet_aton() argument 1 must be string, not %s" % type(ip_string).__name__)
    bad = error("illegal IP address string passed to inet_aton")
    parts = ip_string.split('.')
    if not ip_string or len(parts) > 4:
        raise bad
    try:
        nums = [_parse_c_number(p) for p in parts]
    except ValueError:
        raise bad
    for n in nums[:-1]:
        if not 0 <= n <= 255:
            raise bad
    tail_bits = 8 * (5 - len(nums))
    if not 0 <= nums[-1] < (1 << tail_bits):
        raise bad
    value = nums[-1]
    for i, n in enumerate(nums[:-1]):
        value |= n << (24 - 8 * i)
    return ''.join(chr((value >> s) & 0xff) for s in (24, 16, 8, 0))


def inet_ntoa(packed_ip):
    """Unpacks 4 bytes into dotted IPv4 text."""
    if not isinstance(packed_ip, str):
        raise TypeError("inet_ntoa() argument 1 must be string or read-only buffer, not %s"
                        % type(packed_ip).__name__)
    if len(packed_ip) != 4:
        raise error("packed IP wrong length for inet_ntoa")
    return '.'.join(str(ord(c)) for c in packed_ip)


def _pton4(text):
    parts = text.split('.')
    if len(parts) != 4:
        return None
    out = []
    for p in parts:
        if not p.isdigit() or len(p) > 3:
            return None
        n = int(p)
        if n > 255:
            return None
        out.append(chr(n))
    return ''.join(out)


def _pton6(text):
    tail = ''
    if '.' in text:
        cut = text.rfind(':')
        v4 = _pton4(text[cut + 1:])
        if v4 is None:
            return None
        tail = v4
        text = text[:cut + 1] + '0:0'
    if text.count('::') > 1:
        return None
    if '::' in text:
        head, rest = text.split('::')
        hs = head.split(':') if head else []
        rs = rest.split(':') if rest else []
        missing = 8 - len(hs) - len(rs)
        if missing < 1:
            return None
        groups = hs + ['0'] * missing + rs
    else:
        groups = text.split(':')
    if len(groups) != 8:
        return None
    out = []
    for g in groups:
        if not 1 <= len(g) <= 4:
            return None
        try:
            n = int(g, 16)
        except ValueError:
            return None
        out.append(chr(n >> 8) + chr(n & 0xff))
    packed = ''.join(out)
    if tail:
        packed = packed[:12] + tail
    return packed


def inet_pton(af, ip_string):
    """Packs address text of family af (AF_INET or AF_INET6)."""
    if af == AF_INET:
        packed = _pton4(ip_string)
    elif af == AF_INET6:
        packed = _pton6(ip_string)
    else:
        raise error(97, 'Address family not supported by protocol')
    if packed is None:
        raise error("illegal IP address string passed to inet_pton")
    return packed


def inet_ntop(af, packed_ip):
    """Address text of family af from its packed bytes."""
    if af == AF_INET:
        if len(packed_ip) != 4:
            raise ValueError("invalid length of packed IP address string")
        return inet_ntoa(packed_ip)
    if af != AF_INET6:
        raise ValueError("unknown address family %d" % af)
    if len(packed_ip) != 16:
        raise ValueError("invalid length of packed IP address string")
    words = [(ord(packed_ip[i]) << 8) | ord(packed_ip[i + 1]) for i in range(0, 16, 2)]
    # the longest run of two or more zero words becomes '::'
    best, best_len, i = -1, 0, 0
    while i < 8:
        if words[i] == 0:
            j = i
            while j < 8 and words[j] == 0:
                j += 1
            if j - i > best_len:
                best, best_len = i, j - i
            i = j
        else:
            i += 1
    if best_len < 2:
        best = -1
    v4 = best == 0 and (best_len == 6 or (best_len == 5 and words[5] == 0xffff))
    out = []
    i = 0
    while i < 8:
        if i == best:
            out.append('' if i else ':')
            i += best_len
            if i == 8:
                out.append('')
            continue
        if v4 and i == 6:
            out.append(inet_ntoa(packed_ip[12:]))
            break
        out.append('%x' % words[i])
        i += 1
    return ':'.join(out)
