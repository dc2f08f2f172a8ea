"""Compression and decompression in the bzip2 format.

BZ2File reads and writes .bz2 files; BZ2Compressor and BZ2Decompressor work
on data in pieces; compress() and decompress() work on a whole string.
"""

import _bz2

__author__ = "minipy"

_CHUNK = 8192
_NEWLINE_KINDS = (('\r', 1), ('\n', 2), ('\r\n', 4))


class BZ2Compressor(object):
    """BZ2Compressor([compresslevel=9]) -> an incremental compressor.

    compress() returns the compressed bytes ready so far; flush() ends the
    stream and returns the rest."""

    def __init__(self, compresslevel=9):
        self._state = _bz2.compressor(compresslevel)

    def compress(self, data):
        """compress(data) -> the compressed bytes made so far."""
        return self._state.compress(data)

    def flush(self):
        """flush() -> the last compressed bytes; the object is then spent."""
        return self._state.flush()


class BZ2Decompressor(object):
    """BZ2Decompressor() -> an incremental decompressor of one stream.

    Data past the end of the stream is kept in unused_data."""

    def __init__(self):
        self._state = _bz2.decompressor()

    def decompress(self, data):
        """decompress(data) -> the decompressed bytes made so far."""
        return self._state.decompress(data)

    @property
    def unused_data(self):
        return self._state.unused_data()


def compress(data, compresslevel=9):
    """compress(data [, compresslevel=9]) -> data compressed in one go."""
    return _bz2.compress(data, compresslevel)


def decompress(data):
    """decompress(data) -> the first bzip2 stream of data, decompressed."""
    return _bz2.decompress(data)


def _int_arg(v, what):
    if isinstance(v, float):
        raise TypeError("integer argument expected, got float")
    try:
        return v.__index__()
    except AttributeError:
        raise TypeError("an integer is required")


class BZ2File(object):
    """BZ2File(name [, mode='r', buffering=0, compresslevel=9]) -> file object

    Opens a bzip2-compressed file for reading ('r', the default; 'U' adds
    universal newlines) or writing ('w'). Seeking is emulated while reading
    and can be slow backwards."""

    def __init__(self, name, mode='r', buffering=0, compresslevel=9):
        if getattr(self, '_fp', None) is not None:
            self._close_handle()
        self._fp = None
        if not isinstance(mode, basestring):
            raise TypeError("coercing to Unicode: need string or buffer, %s found" % type(mode).__name__)
        reading = True
        universal = False
        for c in mode:
            if c == 'r':
                reading = True
            elif c == 'w':
                reading = False
            elif c == 'U':
                universal = True
            elif c == 'b':
                pass
            else:
                raise ValueError("invalid mode char %s" % c)
        if universal and not reading:
            # as 2.7: 'U' with 'w' just means reading
            reading = True
        if not reading:
            universal = False
        if not 1 <= compresslevel <= 9:
            raise ValueError("compresslevel must be between 1 and 9")
        self._fp = open(name, reading and 'rb' or 'wb')
        self.name = name
        self.mode = reading and 'rb' or 'wb'
        self._reading = reading
        self._universal = universal
        self._level = compresslevel
        self._seen = 0
        self._pending_cr = False
        self.softspace = 0
        self._iterbuf = ''
        self._start()

    def _close_handle(self):
        fp = self._fp
        self._fp = None
        if fp is not None:
            fp.close()

    def _start(self):
        self._pos = 0
        self._buf = ''
        self._eof = False
        if self._reading:
            self._dec = _bz2.decompressor()
        else:
            self._comp = _bz2.compressor(self._level)

    @property
    def closed(self):
        return int(self._fp is None)

    @property
    def newlines(self):
        kinds = [s for s, bit in _NEWLINE_KINDS if self._seen & bit]
        if not kinds:
            return None
        if len(kinds) == 1:
            return kinds[0]
        return tuple(kinds)

    # -- checks

    def _check_open(self):
        if self._fp is None:
            raise ValueError("I/O operation on closed file")

    def _check_reading(self):
        self._check_open()
        if not self._reading:
            raise IOError("file is not ready for reading")

    def _check_no_iteration(self):
        if self._iterbuf:
            raise ValueError("Mixing iteration and read methods would lose data")

    # -- reading

    def _translate(self, data, final):
        """Universal newlines: \\r\\n and \\r become \\n (a \\r at the end
        of a piece waits for the next one)."""
        if self._pending_cr:
            data = '\r' + data
            self._pending_cr = False
        if not final and data.endswith('\r'):
            data = data[:-1]
            self._pending_cr = True
        if '\r' not in data:
            if '\n' in data:
                self._seen |= 2
            return data
        out = []
        i = 0
        n = len(data)
        while i < n:
            j = data.find('\r', i)
            if j < 0:
                piece = data[i:]
                if '\n' in piece:
                    self._seen |= 2
                out.append(piece)
                break
            piece = data[i:j]
            if '\n' in piece:
                self._seen |= 2
            out.append(piece)
            out.append('\n')
            if j + 1 < n and data[j + 1] == '\n':
                self._seen |= 4
                i = j + 2
            else:
                self._seen |= 1
                i = j + 1
        return ''.join(out)

    def _fill(self):
        """Decompresses one more piece into the buffer; False at the end."""
        if self._eof:
            return False
        while True:
            raw = self._fp.read(_CHUNK)
            if not raw:
                raise EOFError("compressed file ended before the logical "
                               "end-of-stream was detected")
            data = self._dec.decompress(raw)
            ended = self._dec.eof()
            if self._universal:
                data = self._translate(data, ended)
            if ended:
                self._eof = True
            if data or ended:
                self._buf += data
                return True

    def _take(self, n):
        data = self._buf[:n]
        self._buf = self._buf[n:]
        self._pos += len(data)
        return data

    def read(self, size=-1):
        """read([size]) -> at most size bytes, or all that is left."""
        size = _int_arg(size, 'read')
        self._check_reading()
        self._check_no_iteration()
        if size < 0:
            while self._fill():
                pass
            return self._take(len(self._buf))
        while len(self._buf) < size and self._fill():
            pass
        return self._take(size)

    def _readline(self, size):
        start = 0
        while True:
            i = self._buf.find('\n', start)
            if i >= 0:
                n = i + 1
                if 0 <= size < n:
                    n = size
                return self._take(n)
            if 0 <= size <= len(self._buf):
                return self._take(size)
            start = len(self._buf)
            if not self._fill():
                return self._take(len(self._buf))

    def readline(self, size=-1):
        """readline([size]) -> the next line, with its newline."""
        size = _int_arg(size, 'readline')
        self._check_reading()
        self._check_no_iteration()
        return self._readline(size)

    def readlines(self, sizehint=0):
        """readlines([sizehint]) -> a list of the remaining lines."""
        _int_arg(sizehint, 'readlines')
        self._check_reading()
        self._check_no_iteration()
        lines = []
        while True:
            line = self._readline(-1)
            if not line:
                return lines
            lines.append(line)

    def xreadlines(self):
        """xreadlines() -> self, for iterating over lines."""
        self._check_reading()
        return self

    def __iter__(self):
        self._check_reading()
        return self

    def next(self):
        """the next line, for iteration"""
        self._check_reading()
        # Reading ahead here is what makes a later read() lose data in
        # 2.7, which therefore refuses it while that buffer is not empty.
        if not self._iterbuf:
            while '\n' not in self._buf and self._fill():
                pass
            self._iterbuf = self._buf
        line = self._readline(-1)
        self._iterbuf = self._buf
        if not line:
            raise StopIteration
        return line

    # -- writing

    def write(self, data):
        """write(data) -> None; compresses data into the file."""
        if isinstance(data, unicode):
            data = str(data)
        elif not isinstance(data, (str, bytearray)):
            try:
                data = str(buffer(data))
            except TypeError:
                raise TypeError("write() argument 1 must be string or buffer, not %s"
                                % type(data).__name__)
        self._check_open()
        if self._reading:
            raise IOError("file is not ready for writing")
        self._fp.write(self._comp.compress(data))
        self._pos += len(data)

    def writelines(self, lines):
        """writelines(sequence_of_strings) -> None"""
        self._check_open()
        if self._reading:
            raise IOError("file is not ready for writing")
        for line in lines:
            self.write(line)

    # -- positioning

    def seek(self, offset, whence=0):
        """seek(offset [, whence]) -> None; emulated, so slow backwards."""
        offset = _int_arg(offset, 'seek')
        self._check_open()
        if not self._reading:
            raise IOError("seek works only while reading")
        if whence == 2:
            while self._fill():
                pass
            target = self._pos + len(self._buf) + offset
        elif whence == 1:
            target = self._pos + offset
        else:
            target = offset
        if target < 0:
            target = 0
        if target < self._pos:
            self._fp.seek(0)
            self._pending_cr = False
            self._iterbuf = ''
            self._start()
        self._iterbuf = ''
        while self._pos < target:
            while not self._buf:
                if not self._fill():
                    return None
            self._take(target - self._pos)
        return None

    def tell(self):
        """tell() -> the position in the uncompressed data."""
        self._check_open()
        if not self._reading:
            return 0
        return self._pos

    def close(self):
        """close() -> None; ends the stream of a file being written."""
        if self._fp is None:
            return None
        try:
            if not self._reading:
                self._fp.write(self._comp.flush())
        finally:
            self._close_handle()
        return None

    def __enter__(self):
        self._check_open()
        return self

    def __exit__(self, *exc):
        self.close()

    def __del__(self):
        try:
            self.close()
        except Exception:
            pass
