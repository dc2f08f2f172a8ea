"""The I/O stack of Python 2.7 written in Python: raw files over os-level
descriptors, buffered readers and writers, text wrappers that decode and
translate newlines, and the in-memory BytesIO/StringIO.

minipy has no separate C implementation: the io module re-exports these
classes (so io.BytesIO is _pyio.BytesIO)."""

import os as _os
import codecs as _codecs
import errno as _errno

__all__ = ['BlockingIOError', 'open', 'IOBase', 'RawIOBase', 'FileIO',
           'BytesIO', 'StringIO', 'BufferedIOBase', 'BufferedReader',
           'BufferedWriter', 'BufferedRWPair', 'BufferedRandom', 'TextIOBase',
           'TextIOWrapper', 'UnsupportedOperation', 'SEEK_SET', 'SEEK_CUR',
           'SEEK_END']

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

DEFAULT_BUFFER_SIZE = 8 * 1024

_INTS = (int, long)


class UnsupportedOperation(ValueError, IOError):
    pass


class BlockingIOError(IOError):
    def __init__(self, errno, strerror, characters_written=0):
        IOError.__init__(self, errno, strerror)
        if not isinstance(characters_written, _INTS):
            raise TypeError("characters_written must be a integer")
        self.characters_written = characters_written


def _as_bytes(obj):
    """The bytes of anything with the buffer interface (not unicode)."""
    if isinstance(obj, str):
        return obj
    if isinstance(obj, unicode):
        raise TypeError("'unicode' does not have the buffer interface")
    get = getattr(obj, '_buffer_bytes', None)
    if get is None:
        raise TypeError("'%s' does not have the buffer interface" % type(obj).__name__)
    return get()


def _type_name(obj, cls):
    """How CPython's C classes name themselves in messages."""
    return '_io.' + cls.__name__ if type(obj) is cls else type(obj).__name__


def _size_arg(n, what='integer'):
    """read()/readline() sizes: None or negative mean 'no limit' (-1)."""
    if n is None:
        return -1
    if not isinstance(n, _INTS):
        raise TypeError("integer argument expected, got '%s'" % type(n).__name__)
    return n


def open(file, mode="r", buffering=-1, encoding=None, errors=None,
         newline=None, closefd=True):
    if not isinstance(file, (basestring, int, long)):
        raise TypeError("invalid file: %r" % (file,))
    if not isinstance(mode, basestring):
        raise TypeError("invalid mode: %r" % (mode,))
    if not isinstance(buffering, _INTS):
        raise TypeError("invalid buffering: %r" % (buffering,))
    if encoding is not None and not isinstance(encoding, basestring):
        raise TypeError("invalid encoding: %r" % (encoding,))
    if errors is not None and not isinstance(errors, basestring):
        raise TypeError("invalid errors: %r" % (errors,))
    flags = set(mode)
    if flags - set("arwb+tU") or len(mode) > len(flags):
        raise ValueError("invalid mode: %r" % (mode,))
    creating = 'w' in flags
    reading = 'r' in flags
    appending = 'a' in flags
    updating = '+' in flags
    text = 't' in flags
    binary = 'b' in flags
    if 'U' in flags:
        if creating or appending:
            raise ValueError("can't use U and writing mode at once")
        reading = True
    if text and binary:
        raise ValueError("can't have text and binary mode at once")
    if creating + reading + appending > 1:
        raise ValueError("must have exactly one of read/write/append mode")
    if not (creating or reading or appending):
        raise ValueError("must have exactly one of read/write/append mode")
    if binary and encoding is not None:
        raise ValueError("binary mode doesn't take an encoding argument")
    if binary and errors is not None:
        raise ValueError("binary mode doesn't take an errors argument")
    if binary and newline is not None:
        raise ValueError("binary mode doesn't take a newline argument")
    raw_mode = ('r' if reading else '') + ('w' if creating else '') + \
        ('a' if appending else '') + ('+' if updating else '')
    raw = FileIO(file, raw_mode, closefd)
    line_buffering = False
    if buffering == 1 or (buffering < 0 and raw.isatty()):
        buffering = -1
        line_buffering = True
    if buffering < 0:
        buffering = DEFAULT_BUFFER_SIZE
        try:
            size = _os.fstat(raw.fileno()).st_blksize
            if size > 1:
                buffering = size
        except (OSError, AttributeError):
            pass
    if buffering == 0:
        if binary:
            return raw
        raise ValueError("can't have unbuffered text I/O")
    if updating:
        buf = BufferedRandom(raw, buffering)
    elif creating or appending:
        buf = BufferedWriter(raw, buffering)
    else:
        buf = BufferedReader(raw, buffering)
    if binary:
        return buf
    text = TextIOWrapper(buf, encoding, errors, newline, line_buffering)
    text.mode = mode
    return text


class OpenWrapper(object):
    """open() usable as a method (builtin functions do not bind)."""

    def __new__(cls, *args, **kwargs):
        return open(*args, **kwargs)


class IOBase(object):
    """Root of the stream classes: closing, context management, and line
    iteration built on read/peek."""

    __IOBase_closed = False

    def _unsupported(self, name):
        raise UnsupportedOperation(name)

    def seek(self, pos, whence=0):
        self._unsupported("seek")

    def tell(self):
        return self.seek(0, 1)

    def truncate(self, pos=None):
        self._unsupported("truncate")

    def flush(self):
        self._checkClosed()

    def close(self):
        if not self.__IOBase_closed:
            try:
                self.flush()
            finally:
                self.__IOBase_closed = True

    def __del__(self):
        try:
            self.close()
        except Exception:
            pass

    def seekable(self):
        return False

    def _checkSeekable(self, msg=None):
        if not self.seekable():
            raise IOError("File or stream is not seekable." if msg is None else msg)

    def readable(self):
        return False

    def _checkReadable(self, msg=None):
        if not self.readable():
            raise IOError("File or stream is not readable." if msg is None else msg)

    def writable(self):
        return False

    def _checkWritable(self, msg=None):
        if not self.writable():
            raise IOError("File or stream is not writable." if msg is None else msg)

    @property
    def closed(self):
        return self.__IOBase_closed

    def _checkClosed(self, msg=None):
        if self.closed:
            raise ValueError("I/O operation on closed file." if msg is None else msg)

    def __enter__(self):
        self._checkClosed()
        return self

    def __exit__(self, *args):
        self.close()

    def fileno(self):
        self._unsupported("fileno")

    def isatty(self):
        self._checkClosed()
        return False

    def readline(self, limit=-1):
        limit = _size_arg(limit)
        peek = getattr(self, 'peek', None)
        parts = []
        total = 0
        while limit < 0 or total < limit:
            want = 1
            if peek is not None:
                ahead = peek(1)
                if ahead:
                    nl = ahead.find(b"\n") + 1
                    want = nl if nl > 0 else len(ahead)
                    if limit >= 0:
                        want = min(want, limit - total)
            chunk = self.read(want)
            if not chunk:
                break
            parts.append(chunk)
            total += len(chunk)
            if chunk.endswith(b"\n"):
                break
        return b"".join(parts)

    def __iter__(self):
        self._checkClosed()
        return self

    def next(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=None):
        hint = _size_arg(hint)
        if hint <= 0:
            return list(self)
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if total >= hint:
                break
        return lines

    def writelines(self, lines):
        self._checkClosed()
        for line in lines:
            self.write(line)


io_IOBase = IOBase


class RawIOBase(IOBase):
    """Unbuffered byte streams: read() is built on readinto()."""

    def read(self, n=-1):
        n = _size_arg(n)
        if n < 0:
            return self.readall()
        b = bytearray(n)
        got = self.readinto(b)
        if got is None:
            return None
        return bytes(b[:got])

    def readall(self):
        parts = []
        while True:
            data = self.read(DEFAULT_BUFFER_SIZE)
            if not data:
                break
            parts.append(data)
        if parts:
            return b"".join(parts)
        return data

    def readinto(self, b):
        self._unsupported("readinto")

    def write(self, b):
        self._unsupported("write")


class FileIO(RawIOBase):
    """A raw stream over an OS file descriptor."""

    def __init__(self, file, mode='r', closefd=True):
        self._fd = -1
        if isinstance(file, float):
            raise TypeError("integer argument expected, got float")
        if isinstance(file, _INTS):
            if file < 0:
                raise ValueError("negative file descriptor")
            fd = file
        else:
            fd = None
        if not isinstance(mode, basestring):
            raise TypeError("invalid mode: %r" % (mode,))
        flags = set(mode)
        if flags - set("rwab+") or len(mode) > len(flags) or \
                sum(c in flags for c in "rwa") != 1:
            raise ValueError("invalid mode: %s" % mode)
        self._readable = 'r' in flags or '+' in flags
        self._writable = 'w' in flags or 'a' in flags or '+' in flags
        self._appending = 'a' in flags
        if self._readable and self._writable:
            osflags = _os.O_RDWR
        elif self._readable:
            osflags = _os.O_RDONLY
        else:
            osflags = _os.O_WRONLY
        if 'w' in flags:
            osflags |= _os.O_CREAT | _os.O_TRUNC
        if 'a' in flags:
            osflags |= _os.O_CREAT | _os.O_APPEND
        if fd is None:
            if not closefd:
                raise ValueError("Cannot use closefd=False with file name")
            try:
                fd = _os.open(file, osflags, 0666)
            except OSError as e:
                raise IOError(e.errno, e.strerror, file)
            try:
                import stat
                if stat.S_ISDIR(_os.fstat(fd).st_mode):
                    _os.close(fd)
                    raise IOError(_errno.EISDIR, "Is a directory", file)
            except OSError:
                pass
        self._fd = fd
        self._closefd = closefd
        self.name = file
        if self._appending:
            try:
                _os.lseek(fd, 0, 2)
            except OSError:
                pass

    @property
    def mode(self):
        if self._appending:
            return 'ab+' if self._readable else 'ab'
        if self._readable and self._writable:
            return 'rb+'
        return 'rb' if self._readable else 'wb'

    @property
    def closefd(self):
        return self._closefd

    @property
    def closed(self):
        return self._fd < 0

    def __repr__(self):
        if self.closed:
            return "<_io.FileIO [closed]>"
        return "<_io.FileIO name=%r mode='%s'>" % (self.name, self.mode)

    def _check_fd(self):
        if self._fd < 0:
            raise ValueError("I/O operation on closed file")

    def fileno(self):
        self._check_fd()
        return self._fd

    def readable(self):
        self._check_fd()
        return self._readable

    def writable(self):
        self._check_fd()
        return self._writable

    def seekable(self):
        self._check_fd()
        try:
            _os.lseek(self._fd, 0, 1)
        except OSError:
            return False
        return True

    def isatty(self):
        self._check_fd()
        return _os.isatty(self._fd)

    def _os_error(self, e):
        return IOError(e.errno, e.strerror)

    def read(self, n=-1):
        self._check_fd()
        if not self._readable:
            raise ValueError("File not open for reading")
        n = _size_arg(n)
        if n < 0:
            return self.readall()
        try:
            return _os.read(self._fd, n)
        except OSError as e:
            if e.errno == _errno.EAGAIN:
                return None
            raise self._os_error(e)

    def readall(self):
        self._check_fd()
        parts = []
        while True:
            try:
                data = _os.read(self._fd, DEFAULT_BUFFER_SIZE * 8)
            except OSError as e:
                if e.errno == _errno.EINTR:
                    continue
                if e.errno == _errno.EAGAIN and parts:
                    break
                raise self._os_error(e)
            if not data:
                break
            parts.append(data)
        return b"".join(parts)

    def readinto(self, b):
        data = self.read(len(b))
        n = len(data)
        b[:n] = data
        return n

    def write(self, b):
        self._check_fd()
        if not self._writable:
            raise ValueError("File not open for writing")
        data = _as_bytes(b)
        try:
            return _os.write(self._fd, data)
        except OSError as e:
            if e.errno == _errno.EAGAIN:
                return None
            raise self._os_error(e)

    def seek(self, pos, whence=0):
        self._check_fd()
        if isinstance(pos, float):
            raise TypeError("an integer is required")
        try:
            return _os.lseek(self._fd, pos, whence)
        except OSError as e:
            raise self._os_error(e)

    def tell(self):
        return self.seek(0, 1)

    def truncate(self, size=None):
        self._check_fd()
        if not self._writable:
            raise ValueError("File not open for writing")
        if size is None:
            size = self.tell()
        try:
            _os.ftruncate(self._fd, size)
        except OSError as e:
            raise self._os_error(e)
        return size

    def close(self):
        if self._fd >= 0:
            fd = self._fd
            self._fd = -1
            if self._closefd:
                try:
                    _os.close(fd)
                except OSError as e:
                    raise self._os_error(e)


class BufferedIOBase(IOBase):
    """Byte streams with buffering: read(n) returns n bytes unless EOF."""

    def read(self, n=None):
        self._unsupported("read")

    def read1(self, n=None):
        self._unsupported("read1")

    def readinto(self, b):
        data = self.read(len(b))
        n = len(data)
        try:
            b[:n] = data
        except TypeError:
            import array
            if not isinstance(b, array.array):
                raise
            b[:n] = array.array(b.typecode, data)
        return n

    def write(self, b):
        self._unsupported("write")

    def detach(self):
        self._unsupported("detach")


class _BufferedIOMixin(BufferedIOBase):
    """What every Buffered* shares: delegation to the raw stream."""

    def __init__(self, raw):
        self._raw = raw

    @property
    def raw(self):
        return self._raw

    def seek(self, pos, whence=0):
        new = self.raw.seek(pos, whence)
        if new < 0:
            raise IOError("seek() returned an invalid position")
        return new

    def tell(self):
        pos = self.raw.tell()
        if pos < 0:
            raise IOError("tell() returned an invalid position")
        return pos

    def truncate(self, pos=None):
        self.flush()
        if pos is None:
            pos = self.tell()
        return self.raw.truncate(pos)

    def flush(self):
        if self.closed:
            raise ValueError("flush of closed file")
        self.raw.flush()

    def close(self):
        if self.raw is not None and not self.closed:
            try:
                self.flush()
            finally:
                self.raw.close()

    def detach(self):
        if self.raw is None:
            raise ValueError("raw stream already detached")
        self.flush()
        raw = self._raw
        self._raw = None
        return raw

    def seekable(self):
        return self.raw.seekable()

    def readable(self):
        return self.raw.readable()

    def writable(self):
        return self.raw.writable()

    @property
    def closed(self):
        return self.raw.closed

    @property
    def name(self):
        return self.raw.name

    @property
    def mode(self):
        return self.raw.mode

    def __repr__(self):
        clsname = self.__class__.__name__
        try:
            name = self.name
        except (AttributeError, ValueError):
            return "<_io.%s>" % clsname
        return "<_io.%s name=%r>" % (clsname, name)

    def fileno(self):
        return self.raw.fileno()

    def isatty(self):
        return self.raw.isatty()


class _MemoryStream(object):
    """What BytesIO and StringIO share: a buffer `_buf` (str or unicode)
    with a position `_pos`; only their closed-file and negative-size
    messages differ, as the C classes' do."""

    _CLOSED = "I/O operation on closed file."
    _NEGATIVE_SIZE = "negative size value %d"

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def _check(self):
        if self._closed:
            raise ValueError(self._CLOSED)

    def getvalue(self):
        self._check()
        return self._buf

    def next(self):
        self._check()
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def _put(self, data, nul):
        # splices data in at the position; writing past the end pads with nul
        buf = self._buf
        pos = self._pos
        size = len(buf)
        if pos == size:
            self._buf = buf + data
        elif pos > size:
            self._buf = buf + nul * (pos - size) + data
        else:
            self._buf = buf[:pos] + data + buf[pos + len(data):]
        self._pos = pos + len(data)

    def writelines(self, lines):
        self._check()
        for line in lines:
            self.write(line)

    def tell(self):
        self._check()
        return self._pos

    def truncate(self, pos=None):
        self._check()
        if pos is None:
            pos = self._pos
        elif not isinstance(pos, _INTS):
            raise TypeError("integer argument expected, got '%s'" % type(pos).__name__)
        if pos < 0:
            raise ValueError(self._NEGATIVE_SIZE % pos)
        self._buf = self._buf[:pos]
        return pos

    def readable(self):
        self._check()
        return True

    writable = seekable = readable

    def isatty(self):
        self._check()
        return False

    def flush(self):
        self._check()


class BytesIO(_MemoryStream, BufferedIOBase):
    """An in-memory byte stream. Seeking past the end and writing pads the
    gap with NUL bytes."""

    def __init__(self, initial_bytes=None):
        self._closed = False
        self._pos = 0
        self._buf = b""
        if initial_bytes is not None:
            self._buf = _as_bytes(initial_bytes)

    def __getstate__(self):
        self._check()
        d = dict((k, v) for k, v in self.__dict__.items() if k not in BytesIO._STATE_KEYS)
        return (self._buf, self._pos, d or None)

    _STATE_KEYS = frozenset(['_closed', '_pos', '_buf'])

    def __setstate__(self, state):
        if not isinstance(state, tuple) or len(state) < 3:
            raise TypeError("%s.__setstate__ argument should be 3-tuple, got %s"
                            % (_type_name(self, BytesIO), type(state).__name__))
        value, pos, d = state[:3]
        if getattr(self, '_closed', False):
            raise ValueError("I/O operation on closed file.")
        if isinstance(value, unicode):
            raise TypeError("'unicode' does not have the buffer interface")
        if not isinstance(pos, _INTS):
            raise TypeError("second item of state must be an integer, not %s"
                            % type(pos).__name__)
        if pos < 0:
            raise ValueError("position value cannot be negative")
        if d is not None and not isinstance(d, dict):
            raise TypeError("third item of state should be a dict, got a %s"
                            % type(d).__name__)
        if d:
            self.__dict__.update(d)
        self._buf = _as_bytes(value)
        self._pos = pos
        self._closed = False

    def read(self, n=None):
        self._check()
        n = _size_arg(n)
        size = len(self._buf)
        if n < 0:
            n = size
        if self._pos >= size:
            return b""
        end = min(size, self._pos + n)
        data = self._buf[self._pos:end]
        self._pos = end
        return data

    def read1(self, n):
        return self.read(n)

    def readline(self, limit=-1):
        self._check()
        limit = _size_arg(limit)
        size = len(self._buf)
        if self._pos >= size:
            return b""
        end = self._buf.find(b"\n", self._pos)
        end = size if end < 0 else end + 1
        if limit >= 0:
            end = min(end, self._pos + limit)
        data = self._buf[self._pos:end]
        self._pos = end
        return data

    def readlines(self, hint=None):
        self._check()
        return BufferedIOBase.readlines(self, hint)

    def readinto(self, b):
        self._check()
        return BufferedIOBase.readinto(self, b)

    def write(self, b):
        self._check()
        data = _as_bytes(b)
        n = len(data)
        if not n:
            return 0
        self._put(data, b"\0")
        return n

    def seek(self, pos, whence=0):
        self._check()
        if not isinstance(pos, _INTS):
            raise TypeError("an integer is required")
        if whence == 0:
            if pos < 0:
                raise ValueError("negative seek value %d" % pos)
        elif whence == 1:
            pos = max(0, self._pos + pos)
        elif whence == 2:
            pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError("invalid whence (%d, should be 0, 1 or 2)" % whence)
        self._pos = pos
        return pos



class BufferedReader(_BufferedIOMixin):
    """Reads from a raw stream through a buffer, so peek() and small reads
    are cheap."""

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if not raw.readable():
            raise IOError('"raw" argument must be readable.')
        _BufferedIOMixin.__init__(self, raw)
        if buffer_size <= 0:
            raise ValueError("invalid buffer size")
        self.buffer_size = buffer_size
        self._rbuf = b""
        self._rpos = 0

    def _drop(self):
        self._rbuf = b""
        self._rpos = 0

    def _raw_read(self, n):
        while True:
            try:
                return self.raw.read(n)
            except IOError as e:
                if e.errno != _errno.EINTR:
                    raise

    def read(self, n=None):
        n = _size_arg(n)
        if n < -1:
            raise ValueError("invalid number of bytes to read")
        self._checkClosed("read of closed file")
        have = self._rbuf[self._rpos:]
        self._drop()
        if n < 0:
            parts = [have]
            while True:
                chunk = self._raw_read(None) if hasattr(self.raw, 'readall') else \
                    self._raw_read(self.buffer_size)
                if chunk is None:
                    return b"".join(parts) or None
                if not chunk:
                    return b"".join(parts)
                parts.append(chunk)
        if len(have) >= n:
            self._rbuf = have
            self._rpos = n
            return have[:n]
        parts = [have]
        got = len(have)
        while got < n:
            chunk = self._raw_read(max(self.buffer_size, n - got))
            if chunk is None:
                if got == 0:
                    return None
                break
            if not chunk:
                break
            parts.append(chunk)
            got += len(chunk)
        data = b"".join(parts)
        self._rbuf = data
        self._rpos = min(n, len(data))
        return data[:n]

    def peek(self, n=0):
        self._checkClosed("peek of closed file")
        have = self._rbuf[self._rpos:]
        if not have:
            chunk = self._raw_read(self.buffer_size)
            if chunk:
                self._rbuf = chunk
                self._rpos = 0
                have = chunk
        return have

    def read1(self, n):
        n = _size_arg(n)
        if n < 0:
            raise ValueError("number of bytes to read must be positive")
        if n == 0:
            return b""
        self.peek(1)
        have = self._rbuf[self._rpos:self._rpos + n]
        self._rpos += len(have)
        return have

    def readline(self, limit=-1):
        limit = _size_arg(limit)
        self._checkClosed("readline of closed file")
        parts = []
        total = 0
        while limit < 0 or total < limit:
            if self._rpos >= len(self._rbuf):
                chunk = self._raw_read(self.buffer_size)
                if not chunk:
                    break
                self._rbuf = chunk
                self._rpos = 0
            buf = self._rbuf
            start = self._rpos
            nl = buf.find(b"\n", start)
            end = len(buf) if nl < 0 else nl + 1
            if limit >= 0:
                end = min(end, start + limit - total)
            parts.append(buf[start:end])
            total += end - start
            self._rpos = end
            if nl >= 0 and end == nl + 1:
                break
        return b"".join(parts)

    def tell(self):
        return _BufferedIOMixin.tell(self) - (len(self._rbuf) - self._rpos)

    def seek(self, pos, whence=0):
        if whence not in (0, 1, 2):
            raise ValueError("invalid whence value")
        self._checkClosed("seek of closed file")
        if whence == 1:
            pos -= len(self._rbuf) - self._rpos
        pos = _BufferedIOMixin.seek(self, pos, whence)
        self._drop()
        return pos


class BufferedWriter(_BufferedIOMixin):
    """Collects writes and passes them on to a raw stream in big blocks."""

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE, max_buffer_size=None):
        if not raw.writable():
            raise IOError('"raw" argument must be writable.')
        _BufferedIOMixin.__init__(self, raw)
        if buffer_size <= 0:
            raise ValueError("invalid buffer size")
        self.buffer_size = buffer_size
        self._wbuf = []
        self._wlen = 0

    def write(self, b):
        if self.closed:
            raise ValueError("write to closed file")
        data = _as_bytes(b)
        self._wbuf.append(data)
        self._wlen += len(data)
        if self._wlen > self.buffer_size:
            self._flush_unlocked()
        return len(data)

    def truncate(self, pos=None):
        self._flush_unlocked()
        if pos is None:
            pos = self.raw.tell()
        return self.raw.truncate(pos)

    def flush(self):
        if self.closed:
            raise ValueError("flush of closed file")
        self._flush_unlocked()

    def _flush_unlocked(self):
        if not self._wbuf:
            return
        data = b"".join(self._wbuf)
        self._wbuf = []
        self._wlen = 0
        while data:
            try:
                # a mutable copy, as _pyio passes (raw streams may index ints)
                n = self.raw.write(bytearray(data))
            except IOError as e:
                if e.errno == _errno.EINTR:
                    continue
                raise
            if n is None:
                self._wbuf = [data]
                self._wlen = len(data)
                raise BlockingIOError(_errno.EAGAIN,
                                      "write could not complete without blocking", 0)
            if n > len(data) or n < 0:
                raise IOError("write() returned incorrect number of bytes")
            data = data[n:]

    def tell(self):
        return _BufferedIOMixin.tell(self) + self._wlen

    def seek(self, pos, whence=0):
        if whence not in (0, 1, 2):
            raise ValueError("invalid whence")
        self._flush_unlocked()
        return _BufferedIOMixin.seek(self, pos, whence)


class BufferedRWPair(BufferedIOBase):
    """A reader and a writer joined into one stream (e.g. two pipe ends)."""

    def __init__(self, reader, writer, buffer_size=DEFAULT_BUFFER_SIZE, max_buffer_size=None):
        if not reader.readable():
            raise IOError('"reader" argument must be readable.')
        if not writer.writable():
            raise IOError('"writer" argument must be writable.')
        self.reader = BufferedReader(reader, buffer_size)
        self.writer = BufferedWriter(writer, buffer_size)

    def read(self, n=None):
        return self.reader.read(-1 if n is None else n)

    def readinto(self, b):
        return self.reader.readinto(b)

    def write(self, b):
        return self.writer.write(b)

    def peek(self, n=0):
        return self.reader.peek(n)

    def read1(self, n):
        return self.reader.read1(n)

    def readable(self):
        return self.reader.readable()

    def writable(self):
        return self.writer.writable()

    def flush(self):
        return self.writer.flush()

    def close(self):
        try:
            self.writer.close()
        finally:
            self.reader.close()

    def isatty(self):
        return self.reader.isatty() or self.writer.isatty()

    @property
    def closed(self):
        return self.writer.closed


class BufferedRandom(BufferedWriter, BufferedReader):
    """Reading and writing on one seekable raw stream."""

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE, max_buffer_size=None):
        raw._checkSeekable()
        BufferedReader.__init__(self, raw, buffer_size)
        BufferedWriter.__init__(self, raw, buffer_size)

    def seek(self, pos, whence=0):
        if whence not in (0, 1, 2):
            raise ValueError("invalid whence")
        self.flush()
        if whence == 1:
            pos -= len(self._rbuf) - self._rpos
        pos = self.raw.seek(pos, whence)
        self._drop()
        if pos < 0:
            raise IOError("seek() returned invalid position")
        return pos

    def tell(self):
        if self._wbuf:
            return BufferedWriter.tell(self)
        return BufferedReader.tell(self)

    def truncate(self, pos=None):
        if pos is None:
            pos = self.tell()
        return BufferedWriter.truncate(self, pos)

    def _sync_for_read(self):
        self.flush()

    def read(self, n=None):
        self.flush()
        return BufferedReader.read(self, n)

    def readinto(self, b):
        self.flush()
        return BufferedReader.readinto(self, b)

    def peek(self, n=0):
        self.flush()
        return BufferedReader.peek(self, n)

    def read1(self, n):
        self.flush()
        return BufferedReader.read1(self, n)

    def readline(self, limit=-1):
        self.flush()
        return BufferedReader.readline(self, limit)

    def write(self, b):
        if self._rpos < len(self._rbuf):
            # the raw position is ahead of ours by what was read ahead
            self.raw.seek(self._rpos - len(self._rbuf), 1)
        self._drop()
        return BufferedWriter.write(self, b)


class TextIOBase(IOBase):
    """Streams of unicode characters."""

    def read(self, n=-1):
        self._unsupported("read")

    def write(self, s):
        self._unsupported("write")

    def truncate(self, pos=None):
        self._unsupported("truncate")

    def readline(self):
        self._unsupported("readline")

    def detach(self):
        self._unsupported("detach")

    @property
    def encoding(self):
        return None

    @property
    def newlines(self):
        return None

    @property
    def errors(self):
        return None


_CR, _LF, _CRLF = 1, 2, 4
# (CPython's C decoder names one kind in unicode but several in str)
_SEEN_NAMES = {0: None, _CR: u"\r", _LF: u"\n", _CRLF: u"\r\n",
               _CR | _LF: ("\r", "\n"), _CR | _CRLF: ("\r", "\r\n"),
               _LF | _CRLF: ("\n", "\r\n"), _CR | _LF | _CRLF: ("\r", "\n", "\r\n")}


class IncrementalNewlineDecoder(_codecs.IncrementalDecoder):
    """Wraps a decoder (or none) and turns \\r\\n and \\r into \\n when
    translate is set, remembering which newline kinds went by. A \\r at the
    end of a chunk is held back until the next one shows whether a \\n
    follows."""

    def __init__(self, decoder, translate, errors='strict'):
        _codecs.IncrementalDecoder.__init__(self, errors=errors)
        self.decoder = decoder
        self.translate = translate
        self.seennl = 0
        self.pendingcr = False

    def decode(self, input, final=False):
        if self.decoder is None:
            output = input
        else:
            output = self.decoder.decode(input, final=final)
        if self.pendingcr and (output or final):
            output = u"\r" + output
            self.pendingcr = False
        if output.endswith(u"\r") and not final:
            output = output[:-1]
            self.pendingcr = True
        crlf = output.count(u"\r\n")
        cr = output.count(u"\r") - crlf
        lf = output.count(u"\n") - crlf
        self.seennl |= (lf and _LF) | (cr and _CR) | (crlf and _CRLF)
        if self.translate:
            if crlf:
                output = output.replace(u"\r\n", u"\n")
            if cr:
                output = output.replace(u"\r", u"\n")
        return output

    def getstate(self):
        if self.decoder is None:
            buf, flag = b"", 0
        else:
            buf, flag = self.decoder.getstate()
        flag <<= 1
        if self.pendingcr:
            flag |= 1
        return buf, flag

    def setstate(self, state):
        buf, flag = state
        self.pendingcr = bool(flag & 1)
        if self.decoder is not None:
            self.decoder.setstate((buf, flag >> 1))

    def reset(self):
        self.seennl = 0
        self.pendingcr = False
        if self.decoder is not None:
            self.decoder.reset()

    @property
    def newlines(self):
        return _SEEN_NAMES[self.seennl]


def _check_newline(newline):
    if newline is not None and not isinstance(newline, basestring):
        raise TypeError("illegal newline type: %r" % (type(newline),))
    if newline not in (None, "", "\n", "\r", "\r\n"):
        raise ValueError("illegal newline value: %s" % (newline,))


def _find_line_end(text, start, universal, translated, nl):
    """(end, found) for the line starting at text[start]: end is just past
    its terminator when found is True. A trailing \\r in universal mode is
    not a sure end (a \\n may follow), so found is False there."""
    if translated:
        i = text.find(u"\n", start)
        return (i + 1, True) if i >= 0 else (len(text), False)
    if universal:
        lf = text.find(u"\n", start)
        cr = text.find(u"\r", start)
        if cr < 0:
            return (lf + 1, True) if lf >= 0 else (len(text), False)
        if lf >= 0 and lf < cr:
            return lf + 1, True
        if cr + 1 < len(text):
            if text[cr + 1] == u"\n":
                return cr + 2, True
            return cr + 1, True
        return len(text), False
    i = text.find(nl, start)
    if i >= 0:
        return i + len(nl), True
    # a terminator may straddle the end of the text
    return len(text), False


class TextIOWrapper(TextIOBase):
    """Decodes a byte stream into unicode text and back, translating
    newlines as the newline argument asks."""

    _CHUNK_SIZE = 2048

    def __init__(self, buffer, encoding=None, errors=None, newline=None,
                 line_buffering=False):
        _check_newline(newline)
        if encoding is None:
            try:
                import locale
                encoding = locale.getpreferredencoding()
            except Exception:
                encoding = "ascii"
            if not encoding:
                encoding = "ascii"
        if not isinstance(encoding, basestring):
            raise ValueError("invalid encoding: %r" % encoding)
        if errors is None:
            errors = "strict"
        elif not isinstance(errors, basestring):
            raise ValueError("invalid errors: %r" % errors)
        _codecs.lookup(encoding)
        self._buffer = buffer
        self._line_buffering = line_buffering
        self._encoding = encoding
        self._errors = errors
        self._readuniversal = not newline
        self._readtranslate = newline is None
        self._readnl = newline
        self._writetranslate = newline != ''
        self._writenl = newline or _os.linesep
        self._encoder = None
        self._decoder = None
        self._decoded = u""
        self._decoded_pos = 0
        self._snapshot = None
        self._seekable = self._telling = self.buffer.seekable()
        self._has_read1 = hasattr(self.buffer, 'read1')

    def __repr__(self):
        try:
            name = self.name
        except (AttributeError, ValueError):
            return "<_io.TextIOWrapper encoding='%s'>" % self.encoding
        return "<_io.TextIOWrapper name=%r encoding='%s'>" % (name, self.encoding)

    @property
    def encoding(self):
        return self._encoding

    @property
    def errors(self):
        return self._errors

    @property
    def line_buffering(self):
        return self._line_buffering

    @property
    def buffer(self):
        return self._buffer

    def seekable(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        return self._seekable

    def readable(self):
        return self.buffer.readable()

    def writable(self):
        return self.buffer.writable()

    def flush(self):
        self.buffer.flush()
        self._telling = self._seekable

    def close(self):
        if self.buffer is not None and not self.closed:
            try:
                self.flush()
            finally:
                self.buffer.close()

    @property
    def closed(self):
        return self.buffer.closed

    @property
    def name(self):
        return self.buffer.name

    def fileno(self):
        return self.buffer.fileno()

    def isatty(self):
        return self.buffer.isatty()

    def detach(self):
        if self.buffer is None:
            raise ValueError("buffer is already detached")
        self.flush()
        buf = self._buffer
        self._buffer = None
        return buf

    def write(self, s):
        if self.closed:
            raise ValueError("write to closed file")
        if not isinstance(s, unicode):
            raise TypeError("can't write %s to text stream" % s.__class__.__name__)
        if not self.buffer.writable():
            raise IOError("not writable")
        length = len(s)
        haslf = (self._writetranslate or self._line_buffering) and u"\n" in s
        if haslf and self._writetranslate and self._writenl != u"\n":
            s = s.replace(u"\n", self._writenl)
        encoder = self._encoder or self._get_encoder()
        b = encoder.encode(s)
        self.buffer.write(b)
        if self._line_buffering and (haslf or u"\r" in s):
            self.flush()
        self._snapshot = None
        if self._decoder:
            self._decoder.reset()
        self._decoded = u""
        self._decoded_pos = 0
        return length

    def _get_encoder(self):
        self._encoder = _codecs.getincrementalencoder(self._encoding)(self._errors)
        return self._encoder

    def _get_decoder(self):
        decoder = _codecs.getincrementaldecoder(self._encoding)(self._errors)
        if self._readuniversal:
            decoder = IncrementalNewlineDecoder(decoder, self._readtranslate)
        self._decoder = decoder
        return decoder

    def _read_chunk(self):
        """Decode one more chunk into the pending text; False at EOF. The
        decoder state before the chunk and its bytes are remembered so that
        tell() can rebuild the position."""
        if self._decoder is None:
            raise ValueError("no decoder")
        if self._telling:
            dec_buffer, dec_flags = self._decoder.getstate()
        if self._has_read1:
            chunk = self.buffer.read1(self._CHUNK_SIZE)
        else:
            chunk = self.buffer.read(self._CHUNK_SIZE)
        eof = not chunk
        text = self._decoder.decode(chunk, eof)
        leftover = self._decoded[self._decoded_pos:]
        if not self._telling:
            self._snapshot = None
        elif leftover and self._snapshot is not None:
            # the pending text began in an earlier chunk: widen that snapshot
            flags, data, base = self._snapshot
            self._snapshot = (flags, data + chunk, base + self._decoded_pos)
        else:
            self._snapshot = (dec_flags, dec_buffer + chunk, -len(leftover))
        self._decoded = leftover + text
        self._decoded_pos = 0
        return not eof

    def _take(self, n=None):
        start = self._decoded_pos
        end = len(self._decoded) if n is None else min(len(self._decoded), start + n)
        self._decoded_pos = end
        return self._decoded[start:end]

    def read(self, n=None):
        self._checkClosed()
        n = _size_arg(n)
        if not self.readable():
            raise IOError("not readable")
        decoder = self._decoder or self._get_decoder()
        if n < 0:
            result = self._take() + decoder.decode(self.buffer.read(), final=True)
            self._decoded = u""
            self._decoded_pos = 0
            self._snapshot = None
            return result
        result = self._take(n)
        while len(result) < n:
            more = self._read_chunk()
            result += self._take(n - len(result))
            if not more:
                break
        return result

    def next(self):
        self._telling = False
        line = self.readline()
        if not line:
            self._snapshot = None
            self._telling = self._seekable
            raise StopIteration
        return line

    def readline(self, limit=None):
        self._checkClosed("read from closed file")
        limit = _size_arg(limit)
        if self._decoder is None:
            self._get_decoder()
        parts = []
        total = 0
        while True:
            text = self._decoded
            start = self._decoded_pos
            end, found = _find_line_end(text, start, self._readuniversal,
                                        self._readtranslate, self._readnl)
            if limit >= 0 and end - start >= limit - total:
                end = start + limit - total
                found = True
            if found or not end == len(text):
                parts.append(text[start:end])
                self._decoded_pos = end
                break
            # need more text; a lone \r at the end, or a partial
            # terminator, waits for the next chunk
            if not self._read_chunk():
                parts.append(self._decoded[self._decoded_pos:])
                self._decoded = u""
                self._decoded_pos = 0
                self._snapshot = None
                break
        return u"".join(parts)

    @property
    def newlines(self):
        return getattr(self._decoder, 'newlines', None)

    # Positions: a cookie packs the byte position where decoding restarts,
    # the decoder flags at that point, how many bytes to feed and how many
    # characters to skip afterwards.
    def _pack(self, pos, flags=0, feed=0, skip=0, need_eof=0):
        return pos | (flags << 64) | (feed << 128) | (skip << 192) | (need_eof << 256)

    def _unpack(self, cookie):
        mask = (1 << 64) - 1
        return (cookie & mask, (cookie >> 64) & mask, (cookie >> 128) & mask,
                (cookie >> 192) & mask, cookie >> 256)

    def tell(self):
        if not self._seekable:
            raise IOError("underlying stream is not seekable")
        if not self._telling:
            raise IOError("telling position disabled by next() call")
        self.flush()
        position = self.buffer.tell()
        decoder = self._decoder
        if decoder is None or self._snapshot is None:
            return position
        flags, data, base = self._snapshot
        # characters handed out since the snapshot's starting point
        wanted = base + self._decoded_pos
        start_pos = position - len(data)
        if wanted == 0:
            return self._pack(start_pos, flags)
        saved = decoder.getstate()
        try:
            decoder.setstate((b"", flags))
            got = 0
            fed = 0
            base_pos, base_flags = start_pos, flags
            for i in range(len(data)):
                got += len(decoder.decode(data[i:i + 1]))
                fed += 1
                buffered, dflags = decoder.getstate()
                if not buffered and got <= wanted:
                    base_pos += fed
                    base_flags = dflags
                    wanted -= got
                    got = 0
                    fed = 0
                    if wanted == 0:
                        return self._pack(base_pos, base_flags)
                if got >= wanted:
                    break
            else:
                got += len(decoder.decode(b"", final=True))
                if got < wanted:
                    raise IOError("can't reconstruct logical file position")
                return self._pack(base_pos, base_flags, fed, wanted, 1)
            return self._pack(base_pos, base_flags, fed, wanted)
        finally:
            decoder.setstate(saved)

    def truncate(self, pos=None):
        self.flush()
        if pos is None:
            pos = self.tell()
        return self.buffer.truncate(pos)

    def seek(self, cookie, whence=0):
        if self.closed:
            raise ValueError("tell on closed file")
        if not self._seekable:
            raise IOError("underlying stream is not seekable")
        if whence == 1:
            if cookie != 0:
                raise IOError("can't do nonzero cur-relative seeks")
            whence = 0
            cookie = self.tell()
        if whence == 2:
            if cookie != 0:
                raise IOError("can't do nonzero end-relative seeks")
            self.flush()
            position = self.buffer.seek(0, 2)
            self._decoded = u""
            self._decoded_pos = 0
            self._snapshot = None
            if self._decoder:
                self._decoder.reset()
            return position
        if whence != 0:
            raise ValueError("invalid whence (%r, should be 0, 1 or 2)" % (whence,))
        if cookie < 0:
            raise ValueError("negative seek position %r" % (cookie,))
        self.flush()
        pos, flags, feed, skip, need_eof = self._unpack(cookie)
        self.buffer.seek(pos)
        self._decoded = u""
        self._decoded_pos = 0
        self._snapshot = None
        if cookie == 0 and self._decoder:
            self._decoder.reset()
        elif self._decoder or flags or skip:
            decoder = self._decoder or self._get_decoder()
            decoder.setstate((b"", flags))
            self._snapshot = (flags, b"", 0)
        if skip:
            data = self.buffer.read(feed)
            self._decoded = self._decoder.decode(data, bool(need_eof))
            self._snapshot = (flags, data, 0)
            if len(self._decoded) < skip:
                raise IOError("can't restore logical file position")
            self._decoded_pos = skip
        if self._encoder is not None:
            if cookie == 0:
                self._encoder.reset()
            else:
                self._encoder.setstate(0) if hasattr(self._encoder, 'setstate') else None
        return cookie


class StringIO(_MemoryStream, TextIOBase):
    """An in-memory text stream over unicode. With newline=None, \\r\\n and
    \\r become \\n as they are written; with '\\r' or '\\r\\n', written \\n
    become that terminator."""

    _CLOSED = "I/O operation on closed file"
    _NEGATIVE_SIZE = "Negative size value %d"

    def __init__(self, initial_value=u"", newline=u"\n"):
        _check_newline(newline)
        if initial_value is not None and not isinstance(initial_value, unicode):
            raise TypeError("initial_value must be unicode or None, not %s"
                            % type(initial_value).__name__)
        self._setup(newline)
        self._closed = False
        self._buf = u""
        self._pos = 0
        if initial_value:
            self.write(initial_value)
            self._pos = 0

    def _setup(self, newline):
        self._newline = newline
        self._readuniversal = not newline
        self._readtranslate = newline is None
        self._readnl = newline
        self._writenl = newline if newline else None
        # None translates as it writes; '' only notes the kinds seen
        self._decoder = None
        if not newline:
            self._decoder = IncrementalNewlineDecoder(None, newline is None)

    def __getstate__(self):
        self._check()
        d = dict(self.__dict__)
        for k in list(d):
            if k.startswith('_') and k in StringIO._STATE_KEYS:
                del d[k]
        newline = self._newline
        return (self._buf, None if newline is None else str(newline), self._pos, d or None)

    _STATE_KEYS = frozenset(['_newline', '_readuniversal', '_readtranslate', '_readnl',
                             '_writenl', '_decoder', '_closed', '_buf', '_pos'])

    def __setstate__(self, state):
        if not isinstance(state, tuple) or len(state) < 4:
            raise TypeError("%s.__setstate__ argument should be 4-tuple, got %s"
                            % (_type_name(self, StringIO), type(state).__name__))
        value, newline, pos, d = state[:4]
        if getattr(self, '_closed', False):
            raise ValueError("I/O operation on closed file")
        _check_newline(newline)
        if not isinstance(value, unicode):
            raise TypeError("initial_value must be unicode or None, not %s"
                            % type(value).__name__)
        if not isinstance(pos, _INTS):
            raise TypeError("third item of state must be an integer, got %s"
                            % type(pos).__name__)
        if pos < 0:
            raise ValueError("position value cannot be negative")
        if d is not None and not isinstance(d, dict):
            raise TypeError("fourth item of state should be a dict, got a %s"
                            % type(d).__name__)
        self._setup(newline)
        self._closed = False
        self._buf = value
        self._pos = pos
        if d:
            self.__dict__.update(d)

    def read(self, n=None):
        self._check()
        n = _size_arg(n)
        size = len(self._buf)
        if self._pos >= size:
            return u""
        end = size if n < 0 else min(size, self._pos + n)
        data = self._buf[self._pos:end]
        self._pos = end
        return data

    def readline(self, limit=-1):
        self._check()
        limit = _size_arg(limit)
        buf = self._buf
        start = self._pos
        if start >= len(buf):
            return u""
        end, _ = _find_line_end(buf, start, self._readuniversal,
                                self._readtranslate, self._readnl)
        if limit >= 0:
            end = min(end, start + limit)
        self._pos = end
        return buf[start:end]

    def readlines(self, hint=None):
        self._check()
        return TextIOBase.readlines(self, hint)

    def write(self, s):
        self._check()
        if not isinstance(s, unicode):
            raise TypeError("unicode argument expected, got '%s'" % type(s).__name__)
        length = len(s)
        if self._decoder is not None:
            s = self._decoder.decode(s, final=True)
        elif self._writenl is not None and self._writenl != u"\n":
            s = s.replace(u"\n", self._writenl)
        if not s:
            return length
        self._put(s, u"\0")
        return length

    def seek(self, pos, whence=0):
        self._check()
        if not isinstance(pos, _INTS):
            raise TypeError("an integer is required")
        if whence not in (0, 1, 2):
            raise ValueError("Invalid whence (%d, should be 0, 1 or 2)" % whence)
        if pos < 0 and whence == 0:
            raise ValueError("Negative seek position %d" % pos)
        if whence != 0 and pos != 0:
            raise IOError("Can't do nonzero cur-relative seeks")
        if whence == 1:
            pos = self._pos
        elif whence == 2:
            pos = len(self._buf)
        self._pos = pos
        return pos

    def detach(self):
        raise UnsupportedOperation("detach")

    @property
    def newlines(self):
        return self._decoder.newlines if self._decoder is not None else None

    @property
    def line_buffering(self):
        return False
