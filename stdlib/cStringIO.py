"""Python 2.7's cStringIO, written in Python.

StringIO() gives a writable OutputType; StringIO(data) a read-only
InputType over the bytes of data (a str, buffer, memoryview, array ...).
Unlike StringIO.StringIO, truncate() moves the position to the new end and
getvalue(True) stops at the position."""

import errno as _errno

__all__ = ["StringIO", "InputType", "OutputType"]


def _bytes_of(obj, what="StringIO() argument 1"):
    """The bytes of an object with the buffer interface."""
    if isinstance(obj, str):
        return obj
    if isinstance(obj, unicode):
        # encoded with the default encoding (ASCII), as the C module does
        return obj.encode('ascii')
    for name in ('tobytes', 'tostring'):       # memoryview, array.array
        method = getattr(type(obj), name, None)
        if method is not None:
            return method(obj)
    if type(obj).__name__ in ('buffer', 'bytearray'):
        return str(obj)
    raise TypeError("%s must be string or buffer, not %s" %
                    (what, type(obj).__name__))


class _Base(object):
    def __init__(self, data):
        self._buf = data
        self._pos = 0
        self._closed = False

    @property
    def closed(self):
        return self._closed

    def _check(self):
        if self._closed:
            raise ValueError("I/O operation on closed file")

    def __iter__(self):
        return self

    def next(self):
        self._check()
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def close(self):
        self._closed = True
        self._buf = ''

    def flush(self):
        self._check()

    def isatty(self):
        self._check()
        return False

    def getvalue(self, use_pos=None):
        self._check()
        if use_pos:
            return self._buf[:self._pos]
        return self._buf

    def read(self, n=-1):
        self._check()
        size = len(self._buf)
        end = size if n is None or n < 0 else min(self._pos + n, size)
        text = self._buf[self._pos:end]
        self._pos = max(self._pos, end)
        return text

    def readline(self, length=-1):
        self._check()
        i = self._buf.find('\n', self._pos)
        end = len(self._buf) if i < 0 else i + 1
        if length is not None and length >= 0 and self._pos + length < end:
            end = self._pos + length
        text = self._buf[self._pos:end]
        self._pos = max(self._pos, end)
        return text

    def readlines(self, sizehint=0):
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                break
            lines.append(line)
            total += len(line)
            if 0 < sizehint <= total:
                break
        return lines

    def reset(self):
        self._check()
        self._pos = 0

    def seek(self, pos, mode=0):
        self._check()
        if mode == 1:
            pos += self._pos
        elif mode == 2:
            pos += len(self._buf)
        self._pos = max(0, pos)

    def tell(self):
        self._check()
        return self._pos

    def truncate(self, size=None):
        self._check()
        if size is None:
            size = self._pos
        elif size < 0:
            raise IOError(_errno.EINVAL, "Invalid argument")
        self._buf = self._buf[:size]
        self._pos = len(self._buf)


class InputType(_Base):
    def __init__(self, data):
        _Base.__init__(self, _bytes_of(data))


class OutputType(_Base):
    softspace = 0

    def __init__(self):
        _Base.__init__(self, '')

    def write(self, s):
        self._check()
        s = _bytes_of(s, "write() argument 1")
        pos = self._pos
        size = len(self._buf)
        if pos > size:
            self._buf += '\0' * (pos - size)
            size = pos
        if pos == size:
            self._buf += s
        else:
            self._buf = self._buf[:pos] + s + self._buf[pos + len(s):]
        self._pos = pos + len(s)

    def writelines(self, iterable):
        for line in iterable:
            self.write(line)


InputType.__name__ = 'StringI'
OutputType.__name__ = 'StringO'


class StringIO(object):
    """StringIO([s]): an OutputType, or an InputType over s. A class (not a
    function) so that, like CPython's built-in, it does not bind as a
    method when stored on a class."""

    def __new__(cls, *args):
        if len(args) > 1:
            raise TypeError("StringIO expected at most 1 arguments, got %d" %
                            len(args))
        if args:
            return InputType(args[0])
        return OutputType()
