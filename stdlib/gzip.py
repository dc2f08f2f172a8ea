"""Reading and writing gzip files (RFC 1952), as Python 2.7's gzip module.

A GzipFile wraps a binary file object.  Writing compresses through one
zlib compressobj (raw deflate) between a header and a CRC/size trailer.
Reading decompresses member after member (concatenated gzip files read as
one stream) into a string buffer that read(), readline() and seek() share.
"""

import os
import sys
import time
import zlib
import errno
import struct
import io
import __builtin__

__all__ = ["GzipFile", "open"]

READ, WRITE = 1, 2

FTEXT, FHCRC, FEXTRA, FNAME, FCOMMENT = 1, 2, 4, 8, 16

_MAGIC = '\037\213'


def write32u(output, value):
    """Writes value to output as 4 little-endian bytes (unsigned)."""
    output.write(struct.pack('<L', value & 0xffffffffL))


def read32(input):
    """Reads 4 little-endian bytes from input as an unsigned long."""
    return struct.unpack('<I', input.read(4))[0]


def open(filename, mode='rb', compresslevel=9):
    """A GzipFile for filename; mode and compresslevel as GzipFile's."""
    return GzipFile(filename, mode, compresslevel)


def _name_of(fileobj):
    name = getattr(fileobj, 'name', '')
    if not isinstance(name, basestring) or name == '<fdopen>':
        return ''
    return name


class GzipFile(io.BufferedIOBase):
    """A file object over gzip-compressed data (see the module doc)."""

    myfileobj = None
    max_read_chunk = 10 * 1024 * 1024   # decompress at most this much at once

    def __init__(self, filename=None, mode=None, compresslevel=9,
                 fileobj=None, mtime=None):
        if mode and 'b' not in mode:
            mode += 'b'
        if mode:
            mode = mode.replace('U', '')
        if fileobj is None:
            fileobj = self.myfileobj = __builtin__.open(filename, mode or 'rb')
        if filename is None:
            filename = _name_of(fileobj)
        if mode is None:
            mode = getattr(fileobj, 'mode', 'rb')
        if mode[:1] == 'r':
            self.mode = READ
            self._new_member = True
            # Decompressed bytes not yet handed out: _buf[_bufpos:].
            self._buf = ''
            self._bufpos = 0
            self._eof = False
            self.name = filename
            self.min_readsize = 100
        elif mode[:1] in ('w', 'a'):
            self.mode = WRITE
            self._init_write(filename)
            self.compress = zlib.compressobj(compresslevel, zlib.DEFLATED,
                                             -zlib.MAX_WBITS,
                                             zlib.DEF_MEM_LEVEL, 0)
        else:
            raise IOError("Mode " + mode + " not supported")
        self.fileobj = fileobj
        self.offset = 0
        self.mtime = mtime
        if self.mode == WRITE:
            self._write_gzip_header()

    @property
    def filename(self):
        import warnings
        warnings.warn("use the name attribute", DeprecationWarning, 2)
        if self.mode == WRITE and self.name[-3:] != ".gz":
            return self.name + ".gz"
        return self.name

    def __repr__(self):
        return '<gzip ' + repr(self.fileobj) + ' ' + hex(id(self)) + '>'

    def _check_closed(self):
        if self.closed:
            raise ValueError('I/O operation on closed file.')

    # -- writing ---------------------------------------------------------

    def _init_write(self, filename):
        self.name = filename
        self.crc = zlib.crc32('') & 0xffffffffL
        self.size = 0
        self.writebuf = []
        self.bufsize = 0

    def _write_gzip_header(self):
        out = self.fileobj
        out.write(_MAGIC + '\010')
        try:
            # The stored name is the base name without its .gz suffix;
            # one that is not Latin-1 is left out, as 2.7 does.
            fname = os.path.basename(self.name)
            if not isinstance(fname, str):
                fname = fname.encode('latin-1')
            if fname.endswith('.gz'):
                fname = fname[:-3]
        except UnicodeEncodeError:
            fname = ''
        out.write(chr(FNAME if fname else 0))
        mtime = self.mtime
        if mtime is None:
            mtime = time.time()
        write32u(out, long(mtime))
        out.write('\002\377')
        if fname:
            out.write(fname + '\000')

    def write(self, data):
        self._check_closed()
        if self.mode != WRITE:
            raise IOError(errno.EBADF, "write() on read-only GzipFile object")
        if self.fileobj is None:
            raise ValueError("write() on closed GzipFile object")
        tobytes = getattr(data, 'tobytes', None)    # a memoryview
        if tobytes is not None:
            data = tobytes()
        if len(data) > 0:
            self.fileobj.write(self.compress.compress(data))
            self.size += len(data)
            self.crc = zlib.crc32(data, self.crc) & 0xffffffffL
            self.offset += len(data)
        return len(data)

    # -- reading ---------------------------------------------------------

    def _read_exact(self, n):
        data = self.fileobj.read(n)
        while len(data) < n:
            more = self.fileobj.read(n - len(data))
            if not more:
                raise EOFError("Reached EOF")
            data += more
        return data

    def _read_gzip_header(self):
        magic = self.fileobj.read(2)
        if magic == '':
            raise EOFError("Reached EOF")
        if magic != _MAGIC:
            raise IOError('Not a gzipped file')
        method = ord(self._read_exact(1))
        if method != 8:
            raise IOError('Unknown compression method')
        flag = ord(self._read_exact(1))
        self.mtime = read32(self.fileobj)
        self._read_exact(2)             # extra flags, OS
        if flag & FEXTRA:
            lo, hi = self._read_exact(2)
            self._read_exact(ord(lo) + 256 * ord(hi))
        for bit in (FNAME, FCOMMENT):
            if flag & bit:
                while True:
                    c = self.fileobj.read(1)
                    if not c or c == '\000':
                        break
        if flag & FHCRC:
            self._read_exact(2)

    def _start_member(self):
        self._read_gzip_header()
        self._decomp = zlib.decompressobj(-zlib.MAX_WBITS)
        self.crc = zlib.crc32('') & 0xffffffffL
        self.size = 0
        self._new_member = False

    def _end_member(self, leftover):
        """Checks the trailer of the member just decompressed; leftover
        holds the bytes read past its compressed data."""
        # Hand back what was read past the compressed data, so that the
        # trailer and the next member are read from the file itself.
        self.fileobj.seek(-len(leftover), 1)
        crc = read32(self.fileobj)
        isize = read32(self.fileobj)
        if crc != self.crc:
            raise IOError("CRC check failed %s != %s" % (hex(crc),
                                                          hex(self.crc)))
        if isize != (self.size & 0xffffffffL):
            raise IOError("Incorrect length of data produced")
        # Zero bytes may pad a file after its last member.
        c = '\x00'
        while c == '\x00':
            c = self.fileobj.read(1)
        if c:
            self.fileobj.seek(-1, 1)
        self._new_member = True

    def _fill(self, size):
        """Decompresses about size more bytes into the buffer; False at
        the end of the data."""
        if self._eof:
            return False
        if self._new_member:
            # Only seek-capable files can say where the data ends.
            try:
                self._start_member()
            except EOFError:
                self._eof = True
                return False
        chunk = self.fileobj.read(size)
        if chunk == '':
            # The file ends inside a member: its last 8 bytes are taken
            # for the trailer, as 2.7 does, so a cut file fails the check.
            self._add(self._decomp.flush())
            self._end_member('\0' * 8)
            raise EOFError("Reached EOF")
        out = self._decomp.decompress(chunk)
        self._add(out)
        if self._decomp.unused_data != '':
            self._end_member(self._decomp.unused_data)
        return True

    def _add(self, data):
        if data:
            self.crc = zlib.crc32(data, self.crc) & 0xffffffffL
            self.size += len(data)
            if self._bufpos:
                self._buf = self._buf[self._bufpos:]
                self._bufpos = 0
            self._buf += data

    def _available(self):
        return len(self._buf) - self._bufpos

    def _take(self, n):
        start = self._bufpos
        chunk = self._buf[start:start + n]
        self._bufpos = start + len(chunk)
        self.offset += len(chunk)
        return chunk

    def read(self, size=-1):
        self._check_closed()
        if self.mode != READ:
            raise IOError(errno.EBADF, "read() on write-only GzipFile object")
        if self._available() <= 0 and self.fileobj is None:
            return ''
        step = 1024
        try:
            if size < 0:
                while self._fill(step):
                    step = min(self.max_read_chunk, step * 2)
            else:
                while size > self._available() and self._fill(step):
                    step = min(self.max_read_chunk, step * 2)
        except EOFError:
            self._eof = True
        if size < 0 or size > self._available():
            size = self._available()
        return self._take(size)

    def _unread(self, n):
        self._bufpos -= n
        self.offset -= n

    def readline(self, size=-1):
        if size < 0:
            # Whole line: grow the look-ahead until a newline turns up.
            size = sys.maxint
            readsize = self.min_readsize
        else:
            readsize = size
        parts = []
        while size != 0:
            chunk = self.read(readsize)
            i = chunk.find('\n')
            if size <= i or (i == -1 and len(chunk) > size):
                i = size - 1
            if chunk == '' or i >= 0:
                parts.append(chunk[:i + 1])
                self._unread(len(chunk) - i - 1)
                break
            parts.append(chunk)
            size -= len(chunk)
            readsize = min(size, readsize * 2)
        if readsize > self.min_readsize:
            self.min_readsize = min(readsize, self.min_readsize * 2, 512)
        return ''.join(parts)

    # -- both --------------------------------------------------------------

    @property
    def closed(self):
        return self.fileobj is None

    def close(self):
        fileobj = self.fileobj
        if fileobj is None:
            return
        self.fileobj = None
        try:
            if self.mode == WRITE:
                fileobj.write(self.compress.flush())
                write32u(fileobj, self.crc)
                write32u(fileobj, self.size & 0xffffffffL)
        finally:
            myfileobj = self.myfileobj
            if myfileobj:
                self.myfileobj = None
                myfileobj.close()

    def flush(self, zlib_mode=zlib.Z_SYNC_FLUSH):
        self._check_closed()
        if self.mode == WRITE:
            self.fileobj.write(self.compress.flush(zlib_mode))
            self.fileobj.flush()

    def fileno(self):
        return self.fileobj.fileno()

    def rewind(self):
        """Goes back to the start of the (uncompressed) data."""
        if self.mode != READ:
            raise IOError("Can't rewind in write mode")
        self.fileobj.seek(0)
        self._new_member = True
        self._buf = ''
        self._bufpos = 0
        self._eof = False
        self.offset = 0

    def readable(self):
        return self.mode == READ

    def writable(self):
        return self.mode == WRITE

    def seekable(self):
        return True

    def tell(self):
        self._check_closed()
        return self.offset

    def seek(self, offset, whence=0):
        self._check_closed()
        if whence:
            if whence == 1:
                offset = self.offset + offset
            else:
                raise ValueError('Seek from end not supported')
        if self.mode == WRITE:
            if offset < self.offset:
                raise IOError('Negative seek in write mode')
            zeros = '\0' * 1024
            remaining = offset - self.offset
            while remaining > 0:
                n = min(remaining, 1024)
                self.write(zeros[:n])
                remaining -= n
        elif self.mode == READ:
            if offset < self.offset:
                self.rewind()
            remaining = offset - self.offset
            while remaining > 0:
                got = len(self.read(min(remaining, 1024)))
                if not got:
                    break
                remaining -= got
        return self.offset

    def __iter__(self):
        return self

    def next(self):
        line = self.readline()
        if line:
            return line
        raise StopIteration

    def __enter__(self):
        self._check_closed()
        return self

    def __exit__(self, *exc):
        self.close()


def _test():
    # gzip.py [-d] [file ...]: compress (or with -d decompress) each file,
    # or stdin to stdout when none (or "-") is given.
    args = sys.argv[1:]
    decompress = args and args[0] == "-d"
    if decompress:
        args = args[1:]
    if not args:
        args = ["-"]
    for arg in args:
        if decompress:
            if arg == "-":
                f = GzipFile(filename="", mode="rb", fileobj=sys.stdin)
                g = sys.stdout
            else:
                if arg[-3:] != ".gz":
                    print "filename doesn't end in .gz:", repr(arg)
                    continue
                f = open(arg, "rb")
                g = __builtin__.open(arg[:-3], "wb")
        else:
            if arg == "-":
                f = sys.stdin
                g = GzipFile(filename="", mode="wb", fileobj=sys.stdout)
            else:
                f = __builtin__.open(arg, "rb")
                g = open(arg + ".gz", "wb")
        while True:
            chunk = f.read(1024)
            if not chunk:
                break
            g.write(chunk)
        if g is not sys.stdout:
            g.close()
        if f is not sys.stdin:
            f.close()


if __name__ == '__main__':
    _test()
