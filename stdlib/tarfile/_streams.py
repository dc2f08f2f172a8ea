"""The file objects under `tarfile`: descriptor-level files, the streams
that compress or decompress on the fly (gzip, bzip2) for `r|`/`w|` modes,
and the views of one member's data (`ExFileObject`)."""

import os
import struct
import time

from tarfile import NUL, BLOCKSIZE, ReadError, CompressionError, StreamError


class _LowLevelFile(object):
    """A file opened with os.open, for streams on named files."""

    def __init__(self, name, mode):
        flags = {"r": os.O_RDONLY,
                 "w": os.O_WRONLY | os.O_CREAT | os.O_TRUNC}[mode]
        if hasattr(os, "O_BINARY"):
            flags |= os.O_BINARY
        self.fd = os.open(name, flags, 0666)

    def close(self):
        os.close(self.fd)

    def read(self, size):
        return os.read(self.fd, size)

    def write(self, s):
        os.write(self.fd, s)


class _Stream(object):
    """A file-like object over a stream (a pipe, a socket, a tape) that
    cannot seek: reads and writes a plain tar, gzip or bzip2 stream
    block by block. Seeking is possible only forwards."""

    def __init__(self, name, mode, comptype, fileobj, bufsize):
        self._extfileobj = True
        if fileobj is None:
            fileobj = _LowLevelFile(name, mode)
            self._extfileobj = False
        if comptype == "*":
            # Reading only: the kind of stream is told by its first bytes.
            fileobj = _StreamProxy(fileobj)
            comptype = fileobj.getcomptype()
        self.name = name or ""
        self.mode = mode
        self.comptype = comptype
        self.fileobj = fileobj
        self.bufsize = bufsize
        self.buf = ""
        self.dbuf = ""
        self.pos = 0L
        self.closed = False
        try:
            if comptype == "gz":
                import zlib
                self.zlib = zlib
                self.crc = zlib.crc32("") & 0xffffffffL
                if mode == "r":
                    self._init_read_gz()
                else:
                    self._init_write_gz()
            elif comptype == "bz2":
                import bz2
                if mode == "r":
                    self.cmp = bz2.BZ2Decompressor()
                else:
                    self.cmp = bz2.BZ2Compressor()
            elif comptype != "tar":
                raise CompressionError("unknown compression type %r" % comptype)
        except:
            if not self._extfileobj:
                self.fileobj.close()
            self.closed = True
            raise

    def __del__(self):
        if hasattr(self, "closed") and not self.closed:
            try:
                self.close()
            except Exception:
                pass

    def _init_write_gz(self):
        z = self.zlib
        self.cmp = z.compressobj(9, z.DEFLATED, -z.MAX_WBITS, z.DEF_MEM_LEVEL, 0)
        stamp = struct.pack("<L", long(time.time()))
        self._raw_write("\037\213\010\010" + stamp + "\002\377")
        name = self.name
        if isinstance(name, unicode):
            name = name.encode("iso-8859-1", "replace")
        if name.endswith(".gz"):
            name = name[:-3]
        self._raw_write(os.path.basename(name) + NUL)

    def _init_read_gz(self):
        self.cmp = self.zlib.decompressobj(-self.zlib.MAX_WBITS)
        if self._raw_read(2) != "\037\213":
            raise ReadError("not a gzip file")
        if self._raw_read(1) != "\010":
            raise CompressionError("unsupported compression method")
        flags = ord(self._raw_read(1) or NUL)
        self._raw_read(6)
        if flags & 4:
            lo = ord(self._raw_read(1) or NUL)
            hi = ord(self._raw_read(1) or NUL)
            self._raw_read(lo + 256 * hi)
        for bit in (8, 16):
            if flags & bit:
                while True:
                    c = self._raw_read(1)
                    if not c or c == NUL:
                        break
        if flags & 2:
            self._raw_read(2)

    def write(self, s):
        if self.comptype == "gz":
            self.crc = self.zlib.crc32(s, self.crc)
        self.pos += len(s)
        if self.comptype != "tar":
            s = self.cmp.compress(s)
        self._raw_write(s)

    def _raw_write(self, s):
        self.buf += s
        while len(self.buf) > self.bufsize:
            self.fileobj.write(self.buf[:self.bufsize])
            self.buf = self.buf[self.bufsize:]

    def close(self):
        if self.closed:
            return
        self.closed = True
        try:
            if self.mode == "w" and self.comptype != "tar":
                self.buf += self.cmp.flush()
            if self.mode == "w" and self.buf:
                self.fileobj.write(self.buf)
                self.buf = ""
                if self.comptype == "gz":
                    self.fileobj.write(struct.pack("<L", self.crc & 0xffffffffL))
                    self.fileobj.write(struct.pack("<L", self.pos & 0xffffffffL))
        finally:
            if not self._extfileobj:
                self.fileobj.close()

    def tell(self):
        return self.pos

    def seek(self, pos=0):
        if pos < self.pos:
            raise StreamError("seeking backwards is not allowed")
        left = pos - self.pos
        while left > 0:
            got = self.read(min(left, self.bufsize))
            if not got:
                break
            left -= len(got)
        return self.pos

    def read(self, size=None):
        if size is None:
            parts = []
            while True:
                buf = self._read(self.bufsize)
                if not buf:
                    break
                parts.append(buf)
            buf = "".join(parts)
        else:
            buf = self._read(size)
        self.pos += len(buf)
        return buf

    def _read(self, size):
        if self.comptype == "tar":
            return self._raw_read(size)
        have = len(self.dbuf)
        parts = [self.dbuf]
        while have < size:
            raw = self._raw_read(self.bufsize)
            if not raw:
                break
            try:
                data = self.cmp.decompress(raw)
            except EOFError:
                data = ""
            except Exception:
                raise ReadError("invalid compressed data")
            parts.append(data)
            have += len(data)
        data = "".join(parts)
        self.dbuf = data[size:]
        return data[:size]

    def _raw_read(self, size):
        have = len(self.buf)
        parts = [self.buf]
        while have < size:
            raw = self.fileobj.read(self.bufsize)
            if not raw:
                break
            parts.append(raw)
            have += len(raw)
        data = "".join(parts)
        self.buf = data[size:]
        return data[:size]


class _StreamProxy(object):
    """Reads the first block of a stream to tell its compression, then
    hands it back on the first read."""

    def __init__(self, fileobj):
        self.fileobj = fileobj
        self.buf = self.fileobj.read(BLOCKSIZE)

    def read(self, size):
        self.read = self.fileobj.read
        return self.buf

    def getcomptype(self):
        if self.buf.startswith("\037\213\010"):
            return "gz"
        if self.buf[0:3] == "BZh" and self.buf[4:10] == "1AY&SY":
            return "bz2"
        return "tar"

    def close(self):
        self.fileobj.close()


class _BZ2Proxy(object):
    """A seekable (by replaying) bzip2 file over a given file object,
    which BZ2File cannot take."""

    blocksize = 16 * 1024

    def __init__(self, fileobj, mode):
        self.fileobj = fileobj
        self.mode = mode
        self.name = getattr(self.fileobj, "name", None)
        self.init()

    def init(self):
        import bz2
        self.pos = 0
        if self.mode == "r":
            self.bz2obj = bz2.BZ2Decompressor()
            self.fileobj.seek(0)
            self.buf = ""
            self.done = False
        else:
            self.bz2obj = bz2.BZ2Compressor()

    def read(self, size):
        have = len(self.buf)
        while have < size and not self.done:
            raw = self.fileobj.read(self.blocksize)
            if not raw:
                break
            try:
                data = self.bz2obj.decompress(raw)
            except EOFError:
                # the stream has ended: the rest is not ours
                self.done = True
                break
            self.buf += data
            have += len(data)
        out = self.buf[:size]
        self.buf = self.buf[size:]
        self.pos += len(out)
        return out

    def seek(self, pos):
        if pos < self.pos:
            self.init()
        self.read(pos - self.pos)

    def tell(self):
        return self.pos

    def write(self, data):
        self.pos += len(data)
        self.fileobj.write(self.bz2obj.compress(data))

    def close(self):
        if self.mode == "w":
            self.fileobj.write(self.bz2obj.flush())


# -- archive members

class _FileInFile(object):
    """One member's data inside the archive file, as a file; a sparse
    member's holes read as NULs."""

    def __init__(self, fileobj, offset, size, sparse=None):
        self.fileobj = fileobj
        self.offset = offset
        self.size = size
        self.position = 0
        # (start, end, where in the archive or None for a hole)
        self.pieces = []
        if sparse is None:
            self.pieces.append((0, size, offset))
        else:
            at = 0
            real = offset
            for start, length in sparse:
                if start > at:
                    self.pieces.append((at, start, None))
                self.pieces.append((start, start + length, real))
                real += length
                at = start + length
            if at < size:
                self.pieces.append((at, size, None))

    def tell(self):
        return self.position

    def seek(self, position):
        self.position = position

    def read(self, size=None):
        left = self.size - self.position
        if size is None or size > left:
            size = left
        out = []
        while size > 0:
            piece = None
            for p in self.pieces:
                if p[0] <= self.position < p[1]:
                    piece = p
                    break
            if piece is None:
                break
            start, end, where = piece
            n = min(size, end - self.position)
            if where is None:
                out.append(NUL * n)
            else:
                self.fileobj.seek(where + self.position - start)
                data = self.fileobj.read(n)
                if len(data) != n:
                    raise ReadError("unexpected end of data")
                out.append(data)
            self.position += n
            size -= n
        return "".join(out)


class ExFileObject(object):
    """A read-only file over one member of an archive, as given by
    TarFile.extractfile()."""

    blocksize = 1024

    def __init__(self, tarfile, tarinfo):
        self.fileobj = _FileInFile(tarfile.fileobj, tarinfo.offset_data,
                                   tarinfo.size, getattr(tarinfo, "sparse", None))
        self.name = tarinfo.name
        self.mode = "r"
        self.closed = False
        self.size = tarinfo.size
        self.position = 0
        self.buffer = ""

    def readable(self):
        return True

    def writable(self):
        return False

    def seekable(self):
        return True

    def _check(self):
        if self.closed:
            raise ValueError("I/O operation on closed file")

    def read(self, size=None):
        self._check()
        if size is None:
            data = self.buffer + self.fileobj.read()
            self.buffer = ""
        else:
            data = self.buffer[:size]
            self.buffer = self.buffer[size:]
            if len(data) < size:
                data += self.fileobj.read(size - len(data))
        self.position += len(data)
        return data

    read1 = read

    def readline(self, size=-1):
        self._check()
        end = self.buffer.find("\n") + 1
        while end == 0:
            more = self.fileobj.read(self.blocksize)
            self.buffer += more
            end = self.buffer.find("\n") + 1
            if not more:
                if end == 0:
                    end = len(self.buffer)
                break
        if size != -1:
            end = min(size, end)
        line = self.buffer[:end]
        self.buffer = self.buffer[end:]
        self.position += len(line)
        return line

    def readlines(self):
        lines = []
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)

    def tell(self):
        self._check()
        return self.position

    def seek(self, pos, whence=os.SEEK_SET):
        self._check()
        if whence == os.SEEK_SET:
            target = pos
        elif whence == os.SEEK_CUR:
            target = self.position + pos
        elif whence == os.SEEK_END:
            target = self.size + pos
        else:
            raise ValueError("Invalid argument")
        self.position = max(0, min(target, self.size))
        self.buffer = ""
        self.fileobj.seek(self.position)

    def close(self):
        self.closed = True

    def __iter__(self):
        while True:
            line = self.readline()
            if not line:
                break
            yield line
