"""Python 2.7's StringIO: an in-memory file of str, written in Python.

(minipy's unicode is str, so StringIO never turns its value into unicode.)"""

import errno as _errno

__all__ = ["StringIO"]


def _check_open(closed):
    if closed:
        raise ValueError("I/O operation on closed file")


def _as_text(obj):
    if isinstance(obj, basestring):
        return obj
    return str(obj)


class StringIO(object):
    """A file-like object over a string: read from, written to, seeked."""

    def __init__(self, buf=''):
        self.buf = _as_text(buf)
        self.len = len(self.buf)
        self.pos = 0
        self.closed = False
        self.softspace = 0

    def __iter__(self):
        return self

    def next(self):
        _check_open(self.closed)
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def close(self):
        if not self.closed:
            self.closed = True
            del self.buf, self.pos

    def isatty(self):
        _check_open(self.closed)
        return False

    def seek(self, pos, mode=0):
        _check_open(self.closed)
        if mode == 1:
            pos += self.pos
        elif mode == 2:
            pos += self.len
        self.pos = max(0, pos)

    def tell(self):
        _check_open(self.closed)
        return self.pos

    def read(self, n=-1):
        _check_open(self.closed)
        if n is None or n < 0:
            end = self.len
        else:
            end = min(self.pos + n, self.len)
        text = self.buf[self.pos:end]
        self.pos = max(self.pos, end)
        return text

    def readline(self, length=None):
        _check_open(self.closed)
        i = self.buf.find('\n', self.pos)
        end = self.len if i < 0 else i + 1
        if length is not None and length >= 0 and self.pos + length < end:
            end = self.pos + length
        text = self.buf[self.pos:end]
        self.pos = max(self.pos, end)
        return text

    def readlines(self, sizehint=0):
        lines = []
        total = 0
        line = self.readline()
        while line:
            lines.append(line)
            total += len(line)
            if 0 < sizehint <= total:
                break
            line = self.readline()
        return lines

    def truncate(self, size=None):
        _check_open(self.closed)
        if size is None:
            size = self.pos
        elif size < 0:
            raise IOError(_errno.EINVAL, "Negative size not allowed")
        elif size < self.pos:
            self.pos = size
        self.buf = self.buf[:size]
        self.len = len(self.buf)

    def write(self, s):
        _check_open(self.closed)
        if not s:
            return
        s = _as_text(s)
        pos = self.pos
        if pos > self.len:
            # Writing past the end fills the gap with NULs.
            self.buf += '\0' * (pos - self.len)
            self.len = pos
        end = pos + len(s)
        if pos == self.len:
            self.buf += s
        else:
            self.buf = self.buf[:pos] + s + self.buf[end:]
        self.len = len(self.buf)
        self.pos = end

    def writelines(self, iterable):
        write = self.write
        for line in iterable:
            write(line)

    def flush(self):
        _check_open(self.closed)

    def getvalue(self):
        _check_open(self.closed)
        return self.buf
