"""Python 2.7's io module, as far as minipy needs it: in-memory streams
(BytesIO, StringIO), the abstract classes for isinstance checks, open, and
thin Buffered* wrappers that pass calls on to the raw stream."""

import __builtin__ as _builtins

__all__ = ['BlockingIOError', 'open', 'IOBase', 'RawIOBase', 'FileIO', 'BytesIO', 'StringIO',
           'BufferedIOBase', 'BufferedReader', 'BufferedWriter', 'BufferedRWPair', 'BufferedRandom',
           'TextIOBase', 'TextIOWrapper', 'UnsupportedOperation', 'SEEK_SET', 'SEEK_CUR', 'SEEK_END']

DEFAULT_BUFFER_SIZE = 8 * 1024
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2


class UnsupportedOperation(ValueError, IOError):
    pass


class BlockingIOError(IOError):
    def __init__(self, errno, strerror, characters_written=0):
        IOError.__init__(self, errno, strerror)
        self.characters_written = characters_written


def _closed_error():
    return ValueError('I/O operation on closed file.')


class IOBase(object):
    """Base of every stream: closing, context management and line iteration,
    all built on read/readline/write that subclasses provide."""

    _io_closed = False

    @property
    def closed(self):
        return self._io_closed

    def _check_open(self):
        if self._io_closed:
            raise _closed_error()

    def _unsupported(self, name):
        raise UnsupportedOperation(name)

    def seek(self, pos, whence=0):
        self._unsupported('seek')

    def tell(self):
        return self.seek(0, 1)

    def truncate(self, pos=None):
        self._unsupported('truncate')

    def fileno(self):
        self._unsupported('fileno')

    def flush(self):
        self._check_open()

    def close(self):
        if not self._io_closed:
            try:
                self.flush()
            finally:
                self._io_closed = True

    def seekable(self):
        return False

    def readable(self):
        return False

    def writable(self):
        return False

    def isatty(self):
        self._check_open()
        return False

    def __enter__(self):
        self._check_open()
        return self

    def __exit__(self, *exc):
        self.close()

    def __iter__(self):
        self._check_open()
        return self

    def next(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readline(self, limit=-1):
        out = []
        while limit is None or limit < 0 or len(out) < limit:
            c = self.read(1)
            if not c:
                break
            out.append(c)
            if c == '\n':
                break
        return ''.join(out)

    def readlines(self, hint=None):
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if hint is not None and 0 < hint <= total:
                break
        return lines

    def writelines(self, lines):
        self._check_open()
        for line in lines:
            self.write(line)


class RawIOBase(IOBase):
    def read(self, n=-1):
        if n is None or n < 0:
            return self.readall()
        b = bytearray(n)
        got = self.readinto(b)
        if got is None:
            return None
        return str(b)[:got]

    def readall(self):
        parts = []
        while True:
            data = self.read(DEFAULT_BUFFER_SIZE)
            if not data:
                break
            parts.append(data)
        return ''.join(parts)


class BufferedIOBase(IOBase):
    def read1(self, n=-1):
        return self.read(n)

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def detach(self):
        self._unsupported('detach')


class TextIOBase(IOBase):
    encoding = None
    errors = None
    newlines = None

    def detach(self):
        self._unsupported('detach')


class _Memory(object):
    """An in-memory stream: a string with a position; writing past the end
    pads with NUL bytes, as CPython's BytesIO does."""

    _empty = ''

    def __init__(self, initial=''):
        self._buf = self._empty
        if initial:
            self._buf = self._coerce(initial)
        self._pos = 0

    def readable(self):
        self._check_open()
        return True

    writable = seekable = readable

    def getvalue(self):
        self._check_open()
        return self._buf

    def read(self, n=-1):
        self._check_open()
        if n is None or n < 0:
            end = len(self._buf)
        else:
            end = min(len(self._buf), self._pos + n)
        data = self._buf[self._pos:end]
        self._pos = max(self._pos, end)
        return data

    def readline(self, limit=-1):
        self._check_open()
        end = self._buf.find('\n', self._pos)
        end = len(self._buf) if end < 0 else end + 1
        if limit is not None and limit >= 0:
            end = min(end, self._pos + limit)
        data = self._buf[self._pos:end]
        self._pos = max(self._pos, end)
        return data

    def write(self, data):
        self._check_open()
        data = self._coerce(data)
        n = len(data)
        if not n:
            return 0
        size = len(self._buf)
        if self._pos == size:
            self._buf += data
        elif self._pos > size:
            self._buf += '\0' * (self._pos - size) + data
        else:
            self._buf = self._buf[:self._pos] + data + self._buf[self._pos + n:]
        self._pos += n
        return n

    def seek(self, pos, whence=0):
        self._check_open()
        if not isinstance(pos, (int, long)):
            raise TypeError('an integer is required')
        if whence == 0:
            if pos < 0:
                raise ValueError('negative seek value %d' % pos)
        elif whence == 1:
            pos = max(0, self._pos + pos)
        elif whence == 2:
            pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError('invalid whence (%d, should be 0, 1 or 2)' % whence)
        self._pos = pos
        return pos

    def tell(self):
        self._check_open()
        return self._pos

    def truncate(self, size=None):
        self._check_open()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError('negative size value %d' % size)
        self._buf = self._buf[:size]
        return size


class BytesIO(_Memory, BufferedIOBase):
    def __init__(self, initial_bytes=''):
        _Memory.__init__(self, initial_bytes)

    def _coerce(self, data):
        if isinstance(data, str):
            return data
        get = getattr(data, '_buffer_bytes', None)
        if get is None:
            raise TypeError("'%s' does not have the buffer interface" % type(data).__name__)
        return get()

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)


class StringIO(_Memory, TextIOBase):
    _empty = u''

    def __init__(self, initial_value=u'', newline=u'\n'):
        if initial_value is not None and not isinstance(initial_value, unicode):
            raise TypeError('initial_value must be unicode or None, not %s' % type(initial_value).__name__)
        self._newline = newline
        _Memory.__init__(self, initial_value or u'')

    def _coerce(self, data):
        if not isinstance(data, unicode):
            raise TypeError("unicode argument expected, got '%s'" % type(data).__name__)
        return data


class _Wrapper(object):
    """Buffered* and TextIOWrapper: calls go through to the wrapped stream."""

    def __init__(self, raw, *args, **kwargs):
        self.raw = raw

    def __getattr__(self, name):
        if name == 'raw':
            raise AttributeError(name)
        return getattr(self.raw, name)

    @property
    def closed(self):
        return self.raw.closed

    def close(self):
        self.raw.close()

    def detach(self):
        raw = self.raw
        return raw

    def read(self, *a):
        return self.raw.read(*a)

    def readline(self, *a):
        return self.raw.readline(*a)

    def write(self, data):
        return self.raw.write(data)

    def seek(self, *a):
        return self.raw.seek(*a)

    def tell(self):
        return self.raw.tell()

    def flush(self):
        return self.raw.flush()


class BufferedReader(_Wrapper, BufferedIOBase):
    pass


class BufferedWriter(_Wrapper, BufferedIOBase):
    pass


class BufferedRandom(_Wrapper, BufferedIOBase):
    pass


class BufferedRWPair(BufferedIOBase):
    def __init__(self, reader, writer, buffer_size=DEFAULT_BUFFER_SIZE):
        self.reader = reader
        self.writer = writer

    def read(self, n=-1):
        return self.reader.read(n)

    def write(self, data):
        return self.writer.write(data)


class TextIOWrapper(_Wrapper, TextIOBase):
    def __init__(self, buffer, encoding=None, errors=None, newline=None, line_buffering=False):
        _Wrapper.__init__(self, buffer)
        self.buffer = buffer
        self.encoding = encoding or 'ascii'
        self.errors = errors or 'strict'


FileIO = _builtins.file


def open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True):
    if not isinstance(file, (basestring, int, long)):
        raise TypeError('invalid file: %r' % (file,))
    if not isinstance(mode, basestring):
        raise TypeError('invalid mode: %r' % (mode,))
    for c in mode:
        if c not in 'rwaUbt+':
            raise ValueError('invalid mode: %r' % (mode,))
    if 'b' in mode and encoding is not None:
        raise ValueError("binary mode doesn't take an encoding argument")
    if isinstance(file, (int, long)):
        import os
        return os.fdopen(file, mode.replace('t', ''), buffering)
    return _builtins.open(file, mode.replace('t', ''), buffering)
