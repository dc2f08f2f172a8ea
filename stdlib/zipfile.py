"""Reading and writing ZIP archives, as Python 2.7's zipfile module.

An archive is a sequence of members (a local header, then the data) and a
central directory listing them, closed by an end record.  ZipFile reads the
end record and the central directory into ZipInfo objects; open() seeks to a
member and returns a ZipExtFile that inflates (and decrypts) as it is read.
Writing appends members and rewrites the central directory on close().
ZIP64 records are read always and written when allowZip64 permits.
"""

import binascii
import io
import os
import re
import shutil
import stat
import struct
import sys
import time

try:
    import zlib
    crc32 = zlib.crc32
except ImportError:
    zlib = None
    crc32 = binascii.crc32

__all__ = ["BadZipfile", "error", "ZIP_STORED", "ZIP_DEFLATED", "is_zipfile",
           "ZipInfo", "ZipFile", "PyZipFile", "LargeZipFile"]


class BadZipfile(Exception):
    pass


class LargeZipFile(Exception):
    """Raised when writing would need ZIP64 records and they are not
    allowed."""

error = BadZipfile

ZIP64_LIMIT = (1 << 31) - 1
ZIP_FILECOUNT_LIMIT = (1 << 16) - 1
ZIP_MAX_COMMENT = (1 << 16) - 1

ZIP_STORED = 0
ZIP_DEFLATED = 8

# The fixed parts of the records, as struct formats and signatures.
structEndArchive = "<4s4H2LH"
stringEndArchive = "PK\005\006"
sizeEndCentDir = struct.calcsize(structEndArchive)

structCentralDir = "<4s4B4HL2L5H2L"
stringCentralDir = "PK\001\002"
sizeCentralDir = struct.calcsize(structCentralDir)

structFileHeader = "<4s2B4HL2L2H"
stringFileHeader = "PK\003\004"
sizeFileHeader = struct.calcsize(structFileHeader)

structEndArchive64Locator = "<4sLQL"
stringEndArchive64Locator = "PK\x06\x07"
sizeEndCentDir64Locator = struct.calcsize(structEndArchive64Locator)

structEndArchive64 = "<4sQ2H2L4Q"
stringEndArchive64 = "PK\x06\x06"
sizeEndCentDir64 = struct.calcsize(structEndArchive64)

# Positions in the end record list _EndRecData builds (the unpacked
# record, then the comment and where the record starts in the file).
_ECD_SIGNATURE = 0
_ECD_DISK_NUMBER = 1
_ECD_DISK_START = 2
_ECD_ENTRIES_THIS_DISK = 3
_ECD_ENTRIES_TOTAL = 4
_ECD_SIZE = 5
_ECD_OFFSET = 6
_ECD_COMMENT_SIZE = 7
_ECD_COMMENT = 8
_ECD_LOCATION = 9

# Positions in an unpacked central directory record.
_CD_SIGNATURE = 0
_CD_CREATE_VERSION = 1
_CD_CREATE_SYSTEM = 2
_CD_EXTRACT_VERSION = 3
_CD_EXTRACT_SYSTEM = 4
_CD_FLAG_BITS = 5
_CD_COMPRESS_TYPE = 6
_CD_TIME = 7
_CD_DATE = 8
_CD_CRC = 9
_CD_COMPRESSED_SIZE = 10
_CD_UNCOMPRESSED_SIZE = 11
_CD_FILENAME_LENGTH = 12
_CD_EXTRA_FIELD_LENGTH = 13
_CD_COMMENT_LENGTH = 14
_CD_DISK_NUMBER_START = 15
_CD_INTERNAL_FILE_ATTRIBUTES = 16
_CD_EXTERNAL_FILE_ATTRIBUTES = 17
_CD_LOCAL_HEADER_OFFSET = 18

# Positions in an unpacked local file header.
_FH_SIGNATURE = 0
_FH_EXTRACT_VERSION = 1
_FH_EXTRACT_SYSTEM = 2
_FH_GENERAL_PURPOSE_FLAG_BITS = 3
_FH_COMPRESSION_METHOD = 4
_FH_LAST_MOD_TIME = 5
_FH_LAST_MOD_DATE = 6
_FH_CRC = 7
_FH_COMPRESSED_SIZE = 8
_FH_UNCOMPRESSED_SIZE = 9
_FH_FILENAME_LENGTH = 10
_FH_EXTRA_FIELD_LENGTH = 11

# Positions in the end-of-central-directory records of ZIP64.
_CD64_SIGNATURE = 0
_CD64_DIRECTORY_RECSIZE = 1
_CD64_CREATE_VERSION = 2
_CD64_EXTRACT_VERSION = 3
_CD64_DISK_NUMBER = 4
_CD64_DISK_NUMBER_START = 5
_CD64_NUMBER_ENTRIES_THIS_DISK = 6
_CD64_NUMBER_ENTRIES_TOTAL = 7
_CD64_DIRECTORY_SIZE = 8
_CD64_OFFSET_START_CENTDIR = 9


def _strip_extra(extra, ids):
    """extra without its fields whose id is in ids."""
    kept = []
    pos = 0
    while pos + 4 <= len(extra):
        xid, xlen = struct.unpack('<HH', extra[pos:pos + 4])
        end = pos + 4 + xlen
        if xid not in ids:
            kept.append(extra[pos:end])
        pos = end
    if pos < len(extra):
        kept.append(extra[pos:])
    return ''.join(kept)


def _check_zipfile(fp):
    try:
        return bool(_EndRecData(fp))
    except IOError:
        return False


def is_zipfile(filename):
    """True when filename (a path or a file object) looks like a ZIP
    archive: it has an end-of-central-directory record."""
    try:
        if hasattr(filename, "read"):
            return _check_zipfile(filename)
        with open(filename, "rb") as fp:
            return _check_zipfile(fp)
    except IOError:
        return False


def _EndRecData64(fpin, offset, endrec):
    """Completes endrec from the ZIP64 records just before the end record
    at offset (from the end of the file), when there are any."""
    try:
        fpin.seek(offset - sizeEndCentDir64Locator, 2)
    except IOError:
        return endrec
    data = fpin.read(sizeEndCentDir64Locator)
    if len(data) != sizeEndCentDir64Locator:
        return endrec
    sig, diskno, reloff, disks = struct.unpack(structEndArchive64Locator, data)
    if sig != stringEndArchive64Locator:
        return endrec
    if diskno != 0 or disks != 1:
        raise BadZipfile("zipfiles that span multiple disks are not supported")
    fpin.seek(offset - sizeEndCentDir64Locator - sizeEndCentDir64, 2)
    data = fpin.read(sizeEndCentDir64)
    if len(data) != sizeEndCentDir64:
        return endrec
    fields = struct.unpack(structEndArchive64, data)
    if fields[_CD64_SIGNATURE] != stringEndArchive64:
        return endrec
    endrec[_ECD_SIGNATURE] = fields[_CD64_SIGNATURE]
    endrec[_ECD_DISK_NUMBER] = fields[_CD64_DISK_NUMBER]
    endrec[_ECD_DISK_START] = fields[_CD64_DISK_NUMBER_START]
    endrec[_ECD_ENTRIES_THIS_DISK] = fields[_CD64_NUMBER_ENTRIES_THIS_DISK]
    endrec[_ECD_ENTRIES_TOTAL] = fields[_CD64_NUMBER_ENTRIES_TOTAL]
    endrec[_ECD_SIZE] = fields[_CD64_DIRECTORY_SIZE]
    endrec[_ECD_OFFSET] = fields[_CD64_OFFSET_START_CENTDIR]
    return endrec


def _EndRecData(fpin):
    """The end record of the archive in fpin as a list (see _ECD_*), or
    None when there is none."""
    fpin.seek(0, 2)
    filesize = fpin.tell()
    # Most archives have no comment: the record is the last 22 bytes.
    try:
        fpin.seek(-sizeEndCentDir, 2)
    except IOError:
        return None
    data = fpin.read()
    if (len(data) == sizeEndCentDir and data[:4] == stringEndArchive
            and data[-2:] == "\000\000"):
        endrec = list(struct.unpack(structEndArchive, data))
        endrec += ["", filesize - sizeEndCentDir]
        return _EndRecData64(fpin, -sizeEndCentDir, endrec)
    # Otherwise search the last 64 KB (the longest comment) for it.
    start = max(filesize - (1 << 16) - sizeEndCentDir, 0)
    fpin.seek(start, 0)
    data = fpin.read()
    found = data.rfind(stringEndArchive)
    if found < 0:
        return None
    record = data[found:found + sizeEndCentDir]
    if len(record) != sizeEndCentDir:
        return None
    endrec = list(struct.unpack(structEndArchive, record))
    comment_at = found + sizeEndCentDir
    endrec.append(data[comment_at:comment_at + endrec[_ECD_COMMENT_SIZE]])
    endrec.append(start + found)
    return _EndRecData64(fpin, start + found - filesize, endrec)


class ZipInfo(object):
    """What the archive records about one member."""

    __slots__ = ('orig_filename', 'filename', 'date_time', 'compress_type',
                 'comment', 'extra', 'create_system', 'create_version',
                 'extract_version', 'reserved', 'flag_bits', 'volume',
                 'internal_attr', 'external_attr', 'header_offset', 'CRC',
                 'compress_size', 'file_size', '_raw_time')

    def __init__(self, filename="NoName", date_time=(1980, 1, 1, 0, 0, 0)):
        self.orig_filename = filename
        # A NUL ends the name (some archivers pad with them); members are
        # always named with forward slashes.
        nul = filename.find(chr(0))
        if nul >= 0:
            filename = filename[:nul]
        if os.sep != "/" and os.sep in filename:
            filename = filename.replace(os.sep, "/")
        self.filename = filename
        self.date_time = date_time
        if date_time[0] < 1980:
            raise ValueError('ZIP does not support timestamps before 1980')
        self.compress_type = ZIP_STORED
        self.comment = ""
        self.extra = ""
        self.create_system = 0 if sys.platform == 'win32' else 3
        self.create_version = 20
        self.extract_version = 20
        self.reserved = 0
        self.flag_bits = 0
        self.volume = 0
        self.internal_attr = 0
        self.external_attr = 0

    def FileHeader(self, zip64=None):
        """The local header (with name and extra field) for this member."""
        dt = self.date_time
        dosdate = (dt[0] - 1980) << 9 | dt[1] << 5 | dt[2]
        dostime = dt[3] << 11 | dt[4] << 5 | (dt[5] // 2)
        if self.flag_bits & 0x08:
            # Sizes and CRC follow the data in a descriptor.
            CRC = compress_size = file_size = 0
        else:
            CRC = self.CRC
            compress_size = self.compress_size
            file_size = self.file_size
        extra = self.extra
        limit = ZIP64_LIMIT
        if zip64 is None:
            zip64 = file_size > limit or compress_size > limit
        if zip64:
            extra = extra + struct.pack('<HHQQ', 1, 16, file_size,
                                        compress_size)
        if file_size > limit or compress_size > limit:
            if not zip64:
                raise LargeZipFile("Filesize would require ZIP64 extensions")
            file_size = compress_size = 0xffffffff
            self.extract_version = max(45, self.extract_version)
            self.create_version = max(45, self.extract_version)
        filename, flag_bits = self._encodeFilenameFlags()
        header = struct.pack(structFileHeader, stringFileHeader,
                             self.extract_version, self.reserved, flag_bits,
                             self.compress_type, dostime, dosdate, CRC,
                             compress_size, file_size, len(filename),
                             len(extra))
        return header + filename + extra

    def _encodeFilenameFlags(self):
        # A unicode name that is not ASCII is stored as UTF-8, flagged.
        if isinstance(self.filename, unicode):
            try:
                return self.filename.encode('ascii'), self.flag_bits
            except UnicodeEncodeError:
                return self.filename.encode('utf-8'), self.flag_bits | 0x800
        return self.filename, self.flag_bits

    def _decodeFilename(self):
        if self.flag_bits & 0x800:
            return self.filename.decode('utf-8')
        return self.filename

    def _decodeExtra(self):
        # Only the ZIP64 field (id 1) matters: it holds the sizes and the
        # offset that did not fit, in that order.
        extra = self.extra
        while len(extra) >= 4:
            tp, ln = struct.unpack('<HH', extra[:4])
            if tp == 1:
                if ln >= 24:
                    counts = struct.unpack('<QQQ', extra[4:28])
                elif ln == 16:
                    counts = struct.unpack('<QQ', extra[4:20])
                elif ln == 8:
                    counts = struct.unpack('<Q', extra[4:12])
                elif ln == 0:
                    counts = ()
                else:
                    raise RuntimeError("Corrupt extra field %s" % (ln,))
                idx = 0
                if self.file_size in (0xffffffffffffffffL, 0xffffffffL):
                    self.file_size = counts[idx]
                    idx += 1
                if self.compress_size == 0xFFFFFFFFL:
                    self.compress_size = counts[idx]
                    idx += 1
                if self.header_offset == 0xffffffffL:
                    self.header_offset = counts[idx]
                    idx += 1
            extra = extra[ln + 4:]


class _ZipDecrypter(object):
    """The traditional PKWARE stream cipher: called with one encrypted
    character, it returns the plain one."""

    def _make_table(poly=0xedb88320):
        table = []
        for i in range(256):
            crc = i
            for _ in range(8):
                crc = ((crc >> 1) & 0x7FFFFFFF) ^ (poly if crc & 1 else 0)
            table.append(crc)
        return table
    crctable = _make_table()
    del _make_table

    def _crc32(self, ch, crc):
        return ((crc >> 8) & 0xffffff) ^ self.crctable[(crc ^ ord(ch)) & 0xff]

    def __init__(self, pwd):
        self.key0 = 305419896
        self.key1 = 591751049
        self.key2 = 878082192
        for p in pwd:
            self._UpdateKeys(p)

    def _UpdateKeys(self, c):
        self.key0 = self._crc32(c, self.key0)
        self.key1 = (self.key1 + (self.key0 & 255)) & 4294967295
        self.key1 = (self.key1 * 134775813 + 1) & 4294967295
        self.key2 = self._crc32(chr((self.key1 >> 24) & 255), self.key2)

    def __call__(self, c):
        k = self.key2 | 2
        c = chr(ord(c) ^ (((k * (k ^ 1)) >> 8) & 255))
        self._UpdateKeys(c)
        return c


compressor_names = {
    0: 'store', 1: 'shrink', 2: 'reduce', 3: 'reduce', 4: 'reduce',
    5: 'reduce', 6: 'implode', 7: 'tokenize', 8: 'deflate', 9: 'deflate64',
    10: 'implode', 12: 'bzip2', 14: 'lzma', 18: 'terse', 19: 'lz77',
    97: 'wavpack', 98: 'ppmd',
}


class ZipExtFile(io.BufferedIOBase):
    """A member of an archive opened for reading (ZipFile.open)."""

    MAX_N = 1 << 31 - 1
    MIN_READ_SIZE = 4096
    # One line piece of universal-newline text: a run without line ends,
    # or one line end.
    PATTERN = re.compile(r'^(?P<chunk>[^\r\n]+)|(?P<newline>\n|\r\n?)')

    def __init__(self, fileobj, mode, zipinfo, decrypter=None,
                 close_fileobj=False):
        self._fileobj = fileobj
        self._decrypter = decrypter
        self._close_fileobj = close_fileobj
        self._compress_type = zipinfo.compress_type
        self._compress_left = zipinfo.compress_size
        if self._compress_type == ZIP_DEFLATED:
            self._decompressor = zlib.decompressobj(-15)
        elif self._compress_type != ZIP_STORED:
            descr = compressor_names.get(self._compress_type)
            if descr:
                raise NotImplementedError("compression type %d (%s)"
                                          % (self._compress_type, descr))
            raise NotImplementedError("compression type %d"
                                      % (self._compress_type,))
        self._left = zipinfo.file_size     # uncompressed bytes to come
        self._readbuffer = ''
        self._offset = 0
        self._universal = 'U' in mode
        self.newlines = None
        if decrypter is not None:
            self._compress_left -= 12       # the encryption header
        self.mode = mode
        self.name = zipinfo.filename
        if hasattr(zipinfo, 'CRC'):
            self._expected_crc = zipinfo.CRC
            self._running_crc = crc32('') & 0xffffffff
        else:
            self._expected_crc = None

    def readline(self, limit=-1):
        if not self._universal and limit < 0:
            end = self._readbuffer.find('\n', self._offset) + 1
            if end > 0:
                line = self._readbuffer[self._offset:end]
                self._offset = end
                return line
        if not self._universal:
            return io.BufferedIOBase.readline(self, limit)
        line = ''
        while limit < 0 or len(line) < limit:
            readahead = self.peek(2)
            if readahead == '':
                return line
            match = self.PATTERN.search(readahead)
            newline = match.group('newline')
            if newline is not None:
                if self.newlines is None:
                    self.newlines = []
                if newline not in self.newlines:
                    self.newlines.append(newline)
                self._offset += len(newline)
                return line + '\n'
            chunk = match.group('chunk')
            if limit >= 0:
                chunk = chunk[:limit - len(line)]
            self._offset += len(chunk)
            line += chunk
        return line

    def peek(self, n=1):
        """Up to 512 bytes ahead, without consuming them."""
        if n > len(self._readbuffer) - self._offset:
            chunk = self.read(n)
            if len(chunk) > self._offset:
                self._readbuffer = chunk + self._readbuffer[self._offset:]
                self._offset = 0
            else:
                self._offset -= len(chunk)
        return self._readbuffer[self._offset:self._offset + 512]

    def readable(self):
        return True

    def read(self, n=-1):
        if n is None:
            n = -1
        parts = []
        got = 0
        while n < 0 or got < n:
            data = self.read1(n if n < 0 else n - got)
            if not data:
                break
            parts.append(data)
            got += len(data)
        return ''.join(parts)

    def _update_crc(self, newdata, eof):
        if self._expected_crc is None:
            return
        self._running_crc = crc32(newdata, self._running_crc) & 0xffffffff
        if eof and self._running_crc != self._expected_crc:
            raise BadZipfile("Bad CRC-32 for file %r" % self.name)

    def _raw(self, n):
        """Up to n more bytes of the member's stored data, decrypted."""
        n = max(min(n, self._compress_left), 0)
        data = self._fileobj.read(n)
        self._compress_left -= len(data)
        if data and self._decrypter is not None:
            data = ''.join(map(self._decrypter, data))
        return data

    def _produce(self, n):
        """About n more bytes of the member, or '' at its end."""
        if self._compress_type == ZIP_STORED:
            data = self._raw(n if n >= 0 else self._compress_left)
            self._left -= len(data)
            self._update_crc(data, self._compress_left <= 0 or not data)
            return data
        out = ''
        while not out:
            if self._decompressor.unconsumed_tail:
                raw = self._decompressor.unconsumed_tail
            else:
                raw = self._raw(max(n, self.MIN_READ_SIZE))
            if not raw and self._compress_left <= 0:
                out = self._decompressor.flush()
                self._update_crc(out, True)
                self._left = 0
                return out
            if not raw:
                # The file ended before the member's data did.
                raise EOFError("Compressed file ended before the "
                               "end-of-stream marker was reached")
            limit = max(n, self.MIN_READ_SIZE) if n >= 0 else 0
            out = self._decompressor.decompress(raw, limit)
            eof = (self._compress_left <= 0
                   and not self._decompressor.unconsumed_tail)
            if eof:
                out += self._decompressor.flush()
            self._left -= len(out)
            self._update_crc(out, eof)
            if eof:
                return out
        return out

    def read1(self, n):
        """What is buffered, or one more piece of the member."""
        buffered = len(self._readbuffer) - self._offset
        if buffered <= 0:
            self._readbuffer = ''
            self._offset = 0
            self._readbuffer = self._produce(n if n >= 0 else -1)
            buffered = len(self._readbuffer)
            if n < 0:
                # All of it.
                parts = [self._readbuffer]
                while True:
                    more = self._produce(-1)
                    if not more:
                        break
                    parts.append(more)
                self._readbuffer = ''.join(parts)
                buffered = len(self._readbuffer)
        if n < 0 or n > buffered:
            n = buffered
        data = self._readbuffer[self._offset:self._offset + n]
        self._offset += len(data)
        return data

    def close(self):
        try:
            if self._close_fileobj:
                self._fileobj.close()
        finally:
            super(ZipExtFile, self).close()


class ZipFile(object):
    """A ZIP archive: ZipFile(file, mode='r', compression=ZIP_STORED,
    allowZip64=False), file a path or a file object, mode 'r', 'w' or 'a'."""

    fp = None

    def __init__(self, file, mode="r", compression=ZIP_STORED,
                 allowZip64=False):
        if mode not in ("r", "w", "a"):
            raise RuntimeError('ZipFile() requires mode "r", "w", or "a"')
        if compression == ZIP_DEFLATED:
            if not zlib:
                raise RuntimeError(
                    "Compression requires the (missing) zlib module")
        elif compression != ZIP_STORED:
            raise RuntimeError("That compression method is not supported")
        self._allowZip64 = allowZip64
        self._didModify = False
        self.debug = 0
        self.NameToInfo = {}
        self.filelist = []
        self.compression = compression
        self.mode = key = mode.replace('b', '')[0]
        self.pwd = None
        self._comment = ''
        if isinstance(file, basestring):
            self._filePassed = 0
            self.filename = file
            modes = {'r': 'rb', 'w': 'wb', 'a': 'r+b'}
            try:
                self.fp = open(file, modes[mode])
            except IOError:
                if mode != 'a':
                    raise
                # Appending to a file that does not exist creates it.
                mode = key = 'w'
                self.fp = open(file, modes[mode])
        else:
            self._filePassed = 1
            self.fp = file
            self.filename = getattr(file, 'name', None)
        try:
            if key == 'r':
                self._RealGetContents()
            elif key == 'w':
                self._didModify = True
            else:
                try:
                    self._RealGetContents()
                    # New members overwrite the old central directory.
                    self.fp.seek(self.start_dir, 0)
                except BadZipfile:
                    # Not an archive: the archive is appended to the file.
                    self.fp.seek(0, 2)
                    self._didModify = True
        except:
            fp = self.fp
            self.fp = None
            if not self._filePassed:
                fp.close()
            raise

    def __enter__(self):
        return self

    def __exit__(self, type, value, traceback):
        self.close()

    def _RealGetContents(self):
        fp = self.fp
        try:
            endrec = _EndRecData(fp)
        except IOError:
            raise BadZipfile("File is not a zip file")
        if not endrec:
            raise BadZipfile("File is not a zip file")
        if self.debug > 1:
            print endrec
        size_cd = endrec[_ECD_SIZE]
        offset_cd = endrec[_ECD_OFFSET]
        self._comment = endrec[_ECD_COMMENT]
        # Data may precede the archive (a self-extractor): the offsets it
        # records are then short by that much.
        concat = endrec[_ECD_LOCATION] - size_cd - offset_cd
        if endrec[_ECD_SIGNATURE] == stringEndArchive64:
            concat -= sizeEndCentDir64 + sizeEndCentDir64Locator
        if self.debug > 2:
            print "given, inferred, offset", offset_cd, offset_cd + concat, concat
        self.start_dir = offset_cd + concat
        fp.seek(self.start_dir, 0)
        data = fp.read(size_cd)
        pos = 0
        while pos < size_cd:
            centdir = data[pos:pos + sizeCentralDir]
            if len(centdir) != sizeCentralDir:
                raise BadZipfile("Truncated central directory")
            centdir = struct.unpack(structCentralDir, centdir)
            if centdir[_CD_SIGNATURE] != stringCentralDir:
                raise BadZipfile("Bad magic number for central directory")
            if self.debug > 2:
                print centdir
            pos += sizeCentralDir
            name_end = pos + centdir[_CD_FILENAME_LENGTH]
            extra_end = name_end + centdir[_CD_EXTRA_FIELD_LENGTH]
            comment_end = extra_end + centdir[_CD_COMMENT_LENGTH]
            x = ZipInfo(data[pos:name_end])
            x.extra = data[name_end:extra_end]
            x.comment = data[extra_end:comment_end]
            pos = comment_end
            x.header_offset = centdir[_CD_LOCAL_HEADER_OFFSET]
            (x.create_version, x.create_system, x.extract_version, x.reserved,
             x.flag_bits, x.compress_type, t, d, x.CRC, x.compress_size,
             x.file_size) = centdir[1:12]
            x.volume, x.internal_attr, x.external_attr = centdir[15:18]
            x._raw_time = t
            x.date_time = ((d >> 9) + 1980, (d >> 5) & 0xF, d & 0x1F,
                           t >> 11, (t >> 5) & 0x3F, (t & 0x1F) * 2)
            x._decodeExtra()
            x.header_offset = x.header_offset + concat
            x.filename = x._decodeFilename()
            self.filelist.append(x)
            self.NameToInfo[x.filename] = x
            if self.debug > 2:
                print "total", pos

    def namelist(self):
        return [info.filename for info in self.filelist]

    def infolist(self):
        return self.filelist

    def printdir(self):
        print "%-46s %19s %12s" % ("File Name", "Modified    ", "Size")
        for info in self.filelist:
            date = "%d-%02d-%02d %02d:%02d:%02d" % info.date_time[:6]
            print "%-46s %s %12d" % (info.filename, date, info.file_size)

    def testzip(self):
        """The name of the first member that fails to read back, or None."""
        for info in self.filelist:
            try:
                with self.open(info.filename, "r") as f:
                    while f.read(1 << 20):
                        pass
            except BadZipfile:
                return info.filename

    def getinfo(self, name):
        info = self.NameToInfo.get(name)
        if info is None:
            raise KeyError('There is no item named %r in the archive' % name)
        return info

    def setpassword(self, pwd):
        self.pwd = pwd

    @property
    def comment(self):
        return self._comment

    @comment.setter
    def comment(self, comment):
        if len(comment) > ZIP_MAX_COMMENT:
            import warnings
            warnings.warn('Archive comment is too long; truncating to %d bytes'
                          % ZIP_MAX_COMMENT, stacklevel=2)
            comment = comment[:ZIP_MAX_COMMENT]
        self._comment = comment
        self._didModify = True

    def read(self, name, pwd=None):
        return self.open(name, "r", pwd).read()

    def open(self, name, mode="r", pwd=None):
        """A file object reading one member (a name or a ZipInfo)."""
        if mode not in ("r", "U", "rU"):
            raise RuntimeError('open() requires mode "r", "U", or "rU"')
        if not self.fp:
            raise RuntimeError(
                "Attempt to read ZIP archive that was already closed")
        # Each member read gets its own handle on a file we opened, so
        # that several can be read at once.
        if self._filePassed:
            zef_file, should_close = self.fp, False
        else:
            zef_file, should_close = open(self.filename, 'rb'), True
        try:
            zinfo = name if isinstance(name, ZipInfo) else self.getinfo(name)
            zef_file.seek(zinfo.header_offset, 0)
            fheader = zef_file.read(sizeFileHeader)
            if len(fheader) != sizeFileHeader:
                raise BadZipfile("Truncated file header")
            fheader = struct.unpack(structFileHeader, fheader)
            if fheader[_FH_SIGNATURE] != stringFileHeader:
                raise BadZipfile("Bad magic number for file header")
            fname = zef_file.read(fheader[_FH_FILENAME_LENGTH])
            if fheader[_FH_EXTRA_FIELD_LENGTH]:
                zef_file.read(fheader[_FH_EXTRA_FIELD_LENGTH])
            if fname != zinfo.orig_filename:
                raise BadZipfile('File name in directory "%s" and header '
                                 '"%s" differ.' % (zinfo.orig_filename, fname))
            zd = None
            if zinfo.flag_bits & 0x1:
                if not pwd:
                    pwd = self.pwd
                if not pwd:
                    raise RuntimeError("File %s is encrypted, password "
                                       "required for extraction" % name)
                zd = _ZipDecrypter(pwd)
                # The 12-byte encryption header ends with a check byte: the
                # CRC's high byte, or the time's when sizes come after.
                head = map(zd, zef_file.read(12))
                if zinfo.flag_bits & 0x8:
                    check_byte = (zinfo._raw_time >> 8) & 0xff
                else:
                    check_byte = (zinfo.CRC >> 24) & 0xff
                if ord(head[11]) != check_byte:
                    raise RuntimeError("Bad password for file", name)
            return ZipExtFile(zef_file, mode, zinfo, zd,
                              close_fileobj=should_close)
        except:
            if should_close:
                zef_file.close()
            raise

    def extract(self, member, path=None, pwd=None):
        """Extracts one member under path (the current directory by
        default); returns the path written."""
        if not isinstance(member, ZipInfo):
            member = self.getinfo(member)
        if path is None:
            path = os.getcwd()
        return self._extract_member(member, path, pwd)

    def extractall(self, path=None, members=None, pwd=None):
        if members is None:
            members = self.namelist()
        for member in members:
            self.extract(member, path, pwd)

    def _extract_member(self, member, targetpath, pwd):
        # Absolute names, drives, '.' and '..' are dropped, so that a
        # member can only land inside targetpath.
        arcname = member.filename.replace('/', os.path.sep)
        if os.path.altsep:
            arcname = arcname.replace(os.path.altsep, os.path.sep)
        arcname = os.path.splitdrive(arcname)[1]
        parts = [p for p in arcname.split(os.path.sep)
                 if p not in ('', os.path.curdir, os.path.pardir)]
        arcname = os.path.sep.join(parts)
        targetpath = os.path.normpath(os.path.join(targetpath, arcname))
        upperdirs = os.path.dirname(targetpath)
        if upperdirs and not os.path.exists(upperdirs):
            os.makedirs(upperdirs)
        if member.filename[-1] == '/':
            if not os.path.isdir(targetpath):
                os.mkdir(targetpath)
            return targetpath
        with self.open(member, pwd=pwd) as source:
            with file(targetpath, "wb") as target:
                shutil.copyfileobj(source, target)
        return targetpath

    def _writecheck(self, zinfo):
        if zinfo.filename in self.NameToInfo:
            import warnings
            warnings.warn('Duplicate name: %r' % zinfo.filename, stacklevel=3)
        if self.mode not in ("w", "a"):
            raise RuntimeError('write() requires mode "w" or "a"')
        if not self.fp:
            raise RuntimeError(
                "Attempt to write ZIP archive that was already closed")
        if zinfo.compress_type == ZIP_DEFLATED and not zlib:
            raise RuntimeError(
                "Compression requires the (missing) zlib module")
        if zinfo.compress_type not in (ZIP_STORED, ZIP_DEFLATED):
            raise RuntimeError("That compression method is not supported")
        if not self._allowZip64:
            need = None
            if len(self.filelist) >= ZIP_FILECOUNT_LIMIT:
                need = "Files count"
            elif zinfo.file_size > ZIP64_LIMIT:
                need = "Filesize"
            elif zinfo.header_offset > ZIP64_LIMIT:
                need = "Zipfile size"
            if need:
                raise LargeZipFile(need + " would require ZIP64 extensions")

    def _add_member(self, zinfo):
        self.filelist.append(zinfo)
        self.NameToInfo[zinfo.filename] = zinfo

    def write(self, filename, arcname=None, compress_type=None):
        """Adds the file (or directory) filename, as arcname."""
        if not self.fp:
            raise RuntimeError(
                "Attempt to write to ZIP archive that was already closed")
        st = os.stat(filename)
        isdir = stat.S_ISDIR(st.st_mode)
        date_time = time.localtime(st.st_mtime)[0:6]
        if arcname is None:
            arcname = filename
        arcname = os.path.normpath(os.path.splitdrive(arcname)[1])
        while arcname[0] in (os.sep, os.altsep):
            arcname = arcname[1:]
        if isdir:
            arcname += '/'
        zinfo = ZipInfo(arcname, date_time)
        zinfo.external_attr = (st[0] & 0xFFFF) << 16L
        if isdir:
            zinfo.compress_type = ZIP_STORED
        elif compress_type is None:
            zinfo.compress_type = self.compression
        else:
            zinfo.compress_type = compress_type
        zinfo.file_size = st.st_size
        zinfo.flag_bits = 0x00
        zinfo.header_offset = self.fp.tell()
        self._writecheck(zinfo)
        self._didModify = True
        if isdir:
            zinfo.file_size = 0
            zinfo.compress_size = 0
            zinfo.CRC = 0
            zinfo.external_attr |= 0x10      # the MS-DOS directory flag
            self._add_member(zinfo)
            self.fp.write(zinfo.FileHeader(False))
            return
        with open(filename, "rb") as fp:
            zinfo.CRC = CRC = 0
            zinfo.compress_size = compress_size = 0
            # Whether ZIP64 is needed is known only at the end; a member
            # near the limit is given the ZIP64 header in advance.
            zip64 = self._allowZip64 and zinfo.file_size * 1.05 > ZIP64_LIMIT
            self.fp.write(zinfo.FileHeader(zip64))
            if zinfo.compress_type == ZIP_DEFLATED:
                cmpr = zlib.compressobj(zlib.Z_DEFAULT_COMPRESSION,
                                        zlib.DEFLATED, -15)
            else:
                cmpr = None
            file_size = 0
            while True:
                buf = fp.read(1024 * 8)
                if not buf:
                    break
                file_size += len(buf)
                CRC = crc32(buf, CRC) & 0xffffffff
                if cmpr:
                    buf = cmpr.compress(buf)
                    compress_size += len(buf)
                self.fp.write(buf)
            if cmpr:
                buf = cmpr.flush()
                compress_size += len(buf)
                self.fp.write(buf)
                zinfo.compress_size = compress_size
            else:
                zinfo.compress_size = file_size
            zinfo.CRC = CRC
            zinfo.file_size = file_size
            if not zip64 and self._allowZip64:
                if file_size > ZIP64_LIMIT:
                    raise RuntimeError(
                        'File size has increased during compressing')
                if compress_size > ZIP64_LIMIT:
                    raise RuntimeError(
                        'Compressed size larger than uncompressed size')
            # Now that sizes and CRC are known, the header is written again.
            position = self.fp.tell()
            self.fp.seek(zinfo.header_offset, 0)
            self.fp.write(zinfo.FileHeader(zip64))
            self.fp.seek(position, 0)
        self._add_member(zinfo)

    def writestr(self, zinfo_or_arcname, bytes, compress_type=None):
        """Adds a member named zinfo_or_arcname (or described by that
        ZipInfo) holding bytes."""
        if not isinstance(zinfo_or_arcname, ZipInfo):
            zinfo = ZipInfo(filename=zinfo_or_arcname,
                            date_time=time.localtime(time.time())[:6])
            zinfo.compress_type = self.compression
            if zinfo.filename[-1] == '/':
                zinfo.external_attr = (0o40775 << 16) | 0x10
            else:
                zinfo.external_attr = 0o600 << 16
        else:
            zinfo = zinfo_or_arcname
        if not self.fp:
            raise RuntimeError(
                "Attempt to write to ZIP archive that was already closed")
        if compress_type is not None:
            zinfo.compress_type = compress_type
        zinfo.file_size = len(bytes)
        zinfo.header_offset = self.fp.tell()
        self._writecheck(zinfo)
        self._didModify = True
        zinfo.CRC = crc32(bytes) & 0xffffffff
        if zinfo.compress_type == ZIP_DEFLATED:
            co = zlib.compressobj(zlib.Z_DEFAULT_COMPRESSION,
                                  zlib.DEFLATED, -15)
            bytes = co.compress(bytes) + co.flush()
            zinfo.compress_size = len(bytes)
        else:
            zinfo.compress_size = zinfo.file_size
        zip64 = (zinfo.file_size > ZIP64_LIMIT
                 or zinfo.compress_size > ZIP64_LIMIT)
        if zip64 and not self._allowZip64:
            raise LargeZipFile("Filesize would require ZIP64 extensions")
        self.fp.write(zinfo.FileHeader(zip64))
        self.fp.write(bytes)
        if zinfo.flag_bits & 0x08:
            fmt = "<LLQQ" if zip64 else "<LLLL"
            self.fp.write(struct.pack(fmt, zinfo.CRC, zinfo.compress_size,
                                      zinfo.file_size))
        self.fp.flush()
        self._add_member(zinfo)

    def __del__(self):
        self.close()

    def _write_central_directory(self):
        start = self.fp.tell()
        for zinfo in self.filelist:
            dt = zinfo.date_time
            dosdate = (dt[0] - 1980) << 9 | dt[1] << 5 | dt[2]
            dostime = dt[3] << 11 | dt[4] << 5 | (dt[5] // 2)
            # Values too large for the record go to a ZIP64 extra field.
            big = []
            file_size, compress_size = zinfo.file_size, zinfo.compress_size
            if file_size > ZIP64_LIMIT or compress_size > ZIP64_LIMIT:
                big += [file_size, compress_size]
                file_size = compress_size = 0xffffffff
            header_offset = zinfo.header_offset
            if header_offset > ZIP64_LIMIT:
                big.append(header_offset)
                header_offset = 0xffffffffL
            extra_data = zinfo.extra
            extract_version = zinfo.extract_version
            create_version = zinfo.create_version
            if big:
                extra_data = _strip_extra(extra_data, (1,))
                extra_data = struct.pack('<HH' + 'Q' * len(big), 1,
                                         8 * len(big), *big) + extra_data
                extract_version = max(45, extract_version)
                create_version = max(45, create_version)
            filename, flag_bits = zinfo._encodeFilenameFlags()
            centdir = struct.pack(structCentralDir, stringCentralDir,
                                  create_version, zinfo.create_system,
                                  extract_version, zinfo.reserved, flag_bits,
                                  zinfo.compress_type, dostime, dosdate,
                                  zinfo.CRC, compress_size, file_size,
                                  len(filename), len(extra_data),
                                  len(zinfo.comment), 0, zinfo.internal_attr,
                                  zinfo.external_attr, header_offset)
            self.fp.write(centdir + filename + extra_data + zinfo.comment)
        end = self.fp.tell()
        count, size, offset = len(self.filelist), end - start, start
        need = None
        if count > ZIP_FILECOUNT_LIMIT:
            need = "Files count"
        elif offset > ZIP64_LIMIT:
            need = "Central directory offset"
        elif size > ZIP64_LIMIT:
            need = "Central directory size"
        if need:
            if not self._allowZip64:
                raise LargeZipFile(need + " would require ZIP64 extensions")
            self.fp.write(struct.pack(structEndArchive64, stringEndArchive64,
                                      44, 45, 45, 0, 0, count, count, size,
                                      offset))
            self.fp.write(struct.pack(structEndArchive64Locator,
                                      stringEndArchive64Locator, 0, end, 1))
            count = min(count, 0xFFFF)
            size = min(size, 0xFFFFFFFF)
            offset = min(offset, 0xFFFFFFFF)
        self.fp.write(struct.pack(structEndArchive, stringEndArchive, 0, 0,
                                  count, count, size, offset,
                                  len(self._comment)))
        self.fp.write(self._comment)
        self.fp.flush()

    def close(self):
        """Writes the central directory (if anything changed) and closes
        the file (unless it was passed in)."""
        if self.fp is None:
            return
        try:
            if self.mode in ("w", "a") and self._didModify:
                self._write_central_directory()
        finally:
            fp = self.fp
            self.fp = None
            if not self._filePassed:
                fp.close()


class PyZipFile(ZipFile):
    """A ZipFile that can add Python modules and packages (writepy).

    minipy has no bytecode files: modules are stored as their .py source,
    which zipimport-style loaders and minipy read directly."""

    def writepy(self, pathname, basename=""):
        dir, name = os.path.split(pathname)
        if os.path.isdir(pathname):
            initname = os.path.join(pathname, "__init__.py")
            if os.path.isfile(initname):
                # A package: itself and its subpackages.
                basename = "%s/%s" % (basename, name) if basename else name
                if self.debug:
                    print "Adding package in", pathname, "as", basename
                self.write(initname, basename + "/__init__.py")
                for filename in sorted(os.listdir(pathname)):
                    path = os.path.join(pathname, filename)
                    root, ext = os.path.splitext(filename)
                    if os.path.isdir(path):
                        if os.path.isfile(os.path.join(path, "__init__.py")):
                            self.writepy(path, basename)
                    elif ext == ".py" and root != "__init__":
                        self.write(path, basename + "/" + filename)
            else:
                if self.debug:
                    print "Adding files from directory", pathname
                for filename in sorted(os.listdir(pathname)):
                    path = os.path.join(pathname, filename)
                    if os.path.splitext(filename)[1] == ".py":
                        arcname = (basename + "/" + filename if basename
                                   else filename)
                        self.write(path, arcname)
        else:
            if pathname[-3:] != ".py":
                raise RuntimeError(
                    'Files added with writepy() must end with ".py"')
            arcname = basename + "/" + name if basename else name
            if self.debug:
                print "Adding file", arcname
            self.write(pathname, arcname)


def main(args=None):
    usage = ("Usage:\n"
             "    zipfile.py -l zipfile.zip        # Show listing of a zipfile\n"
             "    zipfile.py -t zipfile.zip        # Test if a zipfile is valid\n"
             "    zipfile.py -e zipfile.zip target # Extract zipfile into target dir\n"
             "    zipfile.py -c zipfile.zip src ... # Create zipfile from sources\n")
    if args is None:
        args = sys.argv[1:]
    if not args or args[0] not in ('-l', '-c', '-e', '-t'):
        print usage
        sys.exit(1)
    cmd = args[0]
    if cmd in ('-l', '-t'):
        if len(args) != 2:
            print usage
            sys.exit(1)
        with ZipFile(args[1], 'r') as zf:
            if cmd == '-l':
                zf.printdir()
            else:
                bad = zf.testzip()
                if bad:
                    print("The following enclosed file is corrupted: {!r}"
                          .format(bad))
                print "Done testing"
    elif cmd == '-e':
        if len(args) != 3:
            print usage
            sys.exit(1)
        with ZipFile(args[1], 'r') as zf:
            zf.extractall(args[2])
    else:
        if len(args) < 3:
            print usage
            sys.exit(1)

        def add(zf, path, zippath):
            if os.path.isfile(path):
                zf.write(path, zippath, ZIP_DEFLATED)
            elif os.path.isdir(path):
                if zippath:
                    zf.write(path, zippath)
                for nm in os.listdir(path):
                    add(zf, os.path.join(path, nm), os.path.join(zippath, nm))

        with ZipFile(args[1], 'w', allowZip64=True) as zf:
            for path in args[2:]:
                zippath = os.path.basename(path)
                if not zippath:
                    zippath = os.path.basename(os.path.dirname(path))
                if zippath in ('', os.curdir, os.pardir):
                    zippath = ''
                add(zf, path, zippath)


if __name__ == "__main__":
    main()
