"""IFF chunks (Python 2.7's chunk module), as used by AIFF and WAVE files.

A chunk is a 4-byte ID, a 4-byte size (big-endian unless told otherwise)
and that many bytes of data, padded to an even length when align is set.
A Chunk reads only its own data; close() (or skip()) moves the file to the
start of the next chunk."""


import struct


class Chunk:
    def __init__(self, file, align=True, bigendian=True, inclheader=False):
        self.closed = False
        self.align = align
        self.file = file
        self.chunkname = file.read(4)
        if len(self.chunkname) < 4:
            raise EOFError
        try:
            self.chunksize = struct.unpack(('>' if bigendian else '<') + 'L', file.read(4))[0]
        except struct.error:
            raise EOFError
        if inclheader:
            self.chunksize = self.chunksize - 8
        self.size_read = 0
        try:
            self.offset = self.file.tell()
        except (AttributeError, IOError):
            self.seekable = False
        else:
            self.seekable = True

    def getname(self):
        return self.chunkname

    def getsize(self):
        return self.chunksize

    def close(self):
        if not self.closed:
            try:
                self.skip()
            finally:
                self.closed = True

    def _check(self):
        if self.closed:
            raise ValueError("I/O operation on closed file")

    def isatty(self):
        self._check()
        return False

    def seek(self, pos, whence=0):
        """Move within the chunk's data (whence as for files)."""
        self._check()
        if not self.seekable:
            raise IOError("cannot seek")
        if whence == 1:
            pos = pos + self.size_read
        elif whence == 2:
            pos = pos + self.chunksize
        if pos < 0 or pos > self.chunksize:
            raise RuntimeError
        self.file.seek(self.offset + pos, 0)
        self.size_read = pos

    def tell(self):
        self._check()
        return self.size_read

    def read(self, size=-1):
        """Up to size bytes of the chunk's data (the rest when negative);
        '' at its end."""
        self._check()
        left = self.chunksize - self.size_read
        if left <= 0:
            return ''
        if size < 0 or size > left:
            size = left
        data = self.file.read(size)
        self.size_read = self.size_read + len(data)
        if self.size_read == self.chunksize and self.align and (self.chunksize & 1):
            # the pad byte after odd-sized data
            pad = self.file.read(1)
            self.size_read = self.size_read + len(pad)
        return data

    def skip(self):
        """Go to the end of the chunk, seeking when the file allows."""
        self._check()
        if self.seekable:
            try:
                n = self.chunksize - self.size_read
                if self.align and (self.chunksize & 1):
                    n = n + 1
                self.file.seek(n, 1)
                self.size_read = self.size_read + n
                return
            except IOError:
                pass
        while self.size_read < self.chunksize:
            n = min(8192, self.chunksize - self.size_read)
            if not self.read(n):
                raise EOFError
