"""Read and write tar archives (ustar, GNU and pax formats), plain or
compressed with gzip or bzip2, from seekable files or from streams."""

import sys
import os
import stat
import time
import struct
import copy
import re

try:
    import pwd
except ImportError:
    pwd = None
try:
    import grp
except ImportError:
    grp = None

__all__ = ["TarFile", "TarInfo", "is_tarfile", "TarError"]

_builtin_open = open
bltn_open = open

# -- format constants

NUL = "\0"
BLOCKSIZE = 512
RECORDSIZE = BLOCKSIZE * 20
GNU_MAGIC = "ustar  \0"
POSIX_MAGIC = "ustar\x0000"

LENGTH_NAME = 100
LENGTH_LINK = 100
LENGTH_PREFIX = 155

REGTYPE = "0"
AREGTYPE = "\0"
LNKTYPE = "1"
SYMTYPE = "2"
CHRTYPE = "3"
BLKTYPE = "4"
DIRTYPE = "5"
FIFOTYPE = "6"
CONTTYPE = "7"
GNUTYPE_LONGNAME = "L"
GNUTYPE_LONGLINK = "K"
GNUTYPE_SPARSE = "S"
XHDTYPE = "x"
XGLTYPE = "g"
SOLARIS_XHDTYPE = "X"

USTAR_FORMAT = 0
GNU_FORMAT = 1
PAX_FORMAT = 2
DEFAULT_FORMAT = GNU_FORMAT

SUPPORTED_TYPES = (REGTYPE, AREGTYPE, LNKTYPE, SYMTYPE, DIRTYPE, FIFOTYPE,
                   CONTTYPE, CHRTYPE, BLKTYPE, GNUTYPE_LONGNAME,
                   GNUTYPE_LONGLINK, GNUTYPE_SPARSE)
REGULAR_TYPES = (REGTYPE, AREGTYPE, CONTTYPE, GNUTYPE_SPARSE)
GNU_TYPES = (GNUTYPE_LONGNAME, GNUTYPE_LONGLINK, GNUTYPE_SPARSE)

PAX_FIELDS = ("path", "linkpath", "size", "mtime", "uid", "gid", "uname", "gname")
PAX_NUMBER_FIELDS = {"atime": float, "ctime": float, "mtime": float,
                     "uid": int, "gid": int, "size": int}

S_IFLNK = 0120000
S_IFREG = 0100000
S_IFBLK = 0060000
S_IFDIR = 0040000
S_IFCHR = 0020000
S_IFIFO = 0010000
TSUID = 04000
TSGID = 02000
TSVTX = 01000
TUREAD = 0400
TUWRITE = 0200
TUEXEC = 0100
TGREAD = 0040
TGWRITE = 0020
TGEXEC = 0010
TOREAD = 0004
TOWRITE = 0002
TOEXEC = 0001

if os.sep != "/" or os.name == "ce":
    ENCODING = sys.getdefaultencoding()
else:
    ENCODING = sys.getfilesystemencoding() or sys.getdefaultencoding()


# -- errors

class TarError(Exception):
    """Base of the errors of this module."""
class ExtractError(TarError):
    """A member could not be extracted (a recoverable problem)."""
class ReadError(TarError):
    """The archive cannot be read."""
class CompressionError(TarError):
    """A compression method is missing or unknown."""
class StreamError(TarError):
    """An operation a stream cannot do."""
class HeaderError(TarError):
    """A header block is bad."""
class EmptyHeaderError(HeaderError):
    """The header block is empty."""
class TruncatedHeaderError(HeaderError):
    """The header block is shorter than a block."""
class EOFHeaderError(HeaderError):
    """A block of zeros: the end of the archive."""
class InvalidHeaderError(HeaderError):
    """The header block does not check out."""
class SubsequentHeaderError(HeaderError):
    """What follows an extended header is missing or bad."""


# -- field helpers

def stn(s, length):
    """A string as a NUL-padded field of the given length."""
    return s[:length] + (length - len(s)) * NUL


def nts(s):
    """The text of a NUL-terminated field."""
    end = s.find(NUL)
    if end >= 0:
        return s[:end]
    return s


def nti(s):
    """The number in a header field: octal text, or GNU's base-256 binary
    when the first byte is 0200."""
    if s[:1] == "\200":
        n = 0L
        for c in s[1:]:
            n = (n << 8) | ord(c)
        return n
    text = nts(s).strip()
    if not text:
        return 0
    try:
        return int(text, 8)
    except ValueError:
        raise InvalidHeaderError("invalid header")


def itn(n, digits=8, format=DEFAULT_FORMAT):
    """A number as a header field of `digits` bytes: octal when it fits,
    else (GNU format only) 0200 and the low bytes of the number, a negative
    one as a 64-bit two's complement, like GNU tar."""
    if 0 <= n < 8 ** (digits - 1):
        return "%0*o" % (digits - 1, int(n)) + NUL
    if format != GNU_FORMAT or n >= 256 ** (digits - 1):
        raise ValueError("overflow in number field")
    n = int(n)
    if n < 0:
        n &= 0xffffffffffffffff
    body = []
    for _ in range(digits - 1):
        body.append(chr(n & 0377))
        n >>= 8
    body.reverse()
    return "\200" + "".join(body)


def uts(s, encoding, errors):
    """Unicode text as bytes; the 'utf-8' error mode falls back to UTF-8
    for the characters the encoding lacks."""
    if errors == "utf-8":
        try:
            return s.encode(encoding, "strict")
        except UnicodeEncodeError:
            out = []
            for c in s:
                try:
                    out.append(c.encode(encoding, "strict"))
                except UnicodeEncodeError:
                    out.append(c.encode("utf8"))
            return "".join(out)
    return s.encode(encoding, errors)


def calc_chksums(buf):
    """The unsigned and the signed checksum of a header block (the chksum
    field counting as spaces)."""
    unsigned = 256
    signed = 256
    for part in (buf[:148], buf[156:512]):
        for c in part:
            o = ord(c)
            unsigned += o
            if o >= 128:
                o -= 256
            signed += o
    return unsigned, signed


def copyfileobj(src, dst, length=None):
    """Copies `length` bytes (or everything) from src to dst."""
    if length == 0:
        return
    if length is None:
        while True:
            buf = src.read(16 * 1024)
            if not buf:
                return
            dst.write(buf)
    step = 16 * 1024
    left = length
    while left > 0:
        want = min(step, left)
        buf = src.read(want)
        if len(buf) < want:
            raise IOError("end of file reached")
        dst.write(buf)
        left -= want


_MODE_TYPES = ((S_IFLNK, "l"), (S_IFREG, "-"), (S_IFBLK, "b"),
               (S_IFDIR, "d"), (S_IFCHR, "c"), (S_IFIFO, "p"))


def filemode(mode):
    """An `ls -l` style mode string, such as -rw-r--r--."""
    kind = "-"
    for bits, c in _MODE_TYPES:
        if mode & 0170000 == bits:
            kind = c
            break
    out = [kind]
    for who, (rbit, wbit, xbit, special, on, off) in enumerate((
            (TUREAD, TUWRITE, TUEXEC, TSUID, "s", "S"),
            (TGREAD, TGWRITE, TGEXEC, TSGID, "s", "S"),
            (TOREAD, TOWRITE, TOEXEC, TSVTX, "t", "T"))):
        out.append(mode & rbit and "r" or "-")
        out.append(mode & wbit and "w" or "-")
        if mode & special:
            out.append(mode & xbit and on or off)
        else:
            out.append(mode & xbit and "x" or "-")
    return "".join(out)


# The file objects (stdlib/tarfile/_streams.py) need the constants and errors
# above, so they are imported here, mid-module.
from tarfile._streams import (_LowLevelFile, _Stream, _StreamProxy, _BZ2Proxy,
                              _FileInFile, ExFileObject)

ExFileObject.__module__ = __name__


class TarInfo(object):
    """One member of an archive: its name, mode, owner, size, time, type
    and link; read from a header by frombuf()/fromtarfile(), written by
    tobuf()."""

    def __init__(self, name=""):
        self.name = name
        self.mode = 0644
        self.uid = 0
        self.gid = 0
        self.size = 0
        self.mtime = 0
        self.chksum = 0
        self.type = REGTYPE
        self.linkname = ""
        self.uname = ""
        self.gname = ""
        self.devmajor = 0
        self.devminor = 0
        self.offset = 0
        self.offset_data = 0
        self.pax_headers = {}

    def _get_path(self):
        return self.name

    def _set_path(self, name):
        self.name = name

    path = property(_get_path, _set_path)

    def _get_linkpath(self):
        return self.linkname

    def _set_linkpath(self, linkname):
        self.linkname = linkname

    linkpath = property(_get_linkpath, _set_linkpath)

    def __repr__(self):
        return "<%s %r at %#x>" % (self.__class__.__name__, self.name, id(self))

    def get_info(self, encoding, errors):
        """The member's fields as a dict, the text ones as bytes."""
        info = {
            "name": self.name,
            "mode": self.mode & 07777,
            "uid": self.uid,
            "gid": self.gid,
            "size": self.size,
            "mtime": self.mtime,
            "chksum": self.chksum,
            "type": self.type,
            "linkname": self.linkname,
            "uname": self.uname,
            "gname": self.gname,
            "devmajor": self.devmajor,
            "devminor": self.devminor,
        }
        if info["type"] == DIRTYPE and not info["name"].endswith("/"):
            info["name"] += "/"
        for key in ("name", "linkname", "uname", "gname"):
            if type(info[key]) is unicode:
                info[key] = info[key].encode(encoding, errors)
        return info

    def tobuf(self, format=DEFAULT_FORMAT, encoding=ENCODING, errors="strict"):
        """The header block(s) of this member in the given format."""
        info = self.get_info(encoding, errors)
        if format == USTAR_FORMAT:
            return self.create_ustar_header(info)
        if format == GNU_FORMAT:
            return self.create_gnu_header(info)
        if format == PAX_FORMAT:
            return self.create_pax_header(info, encoding, errors)
        raise ValueError("invalid format")

    def create_ustar_header(self, info):
        info["magic"] = POSIX_MAGIC
        if len(info["linkname"]) > LENGTH_LINK:
            raise ValueError("linkname is too long")
        if len(info["name"]) > LENGTH_NAME:
            info["prefix"], info["name"] = self._posix_split_name(info["name"])
        return self._create_header(info, USTAR_FORMAT)

    def create_gnu_header(self, info):
        info["magic"] = GNU_MAGIC
        buf = ""
        if len(info["linkname"]) > LENGTH_LINK:
            buf += self._create_gnu_long_header(info["linkname"], GNUTYPE_LONGLINK)
        if len(info["name"]) > LENGTH_NAME:
            buf += self._create_gnu_long_header(info["name"], GNUTYPE_LONGNAME)
        return buf + self._create_header(info, GNU_FORMAT)

    def create_pax_header(self, info, encoding, errors):
        info["magic"] = POSIX_MAGIC
        pax = self.pax_headers.copy()
        # Text fields that are not ASCII or too long go to the pax header.
        for field, key, width in (("name", "path", LENGTH_NAME),
                                  ("linkname", "linkpath", LENGTH_LINK),
                                  ("uname", "uname", 32),
                                  ("gname", "gname", 32)):
            if key in pax:
                continue
            text = info[field].decode(encoding, errors)
            try:
                text.encode("ascii")
            except UnicodeEncodeError:
                pax[key] = text
                continue
            if len(info[field]) > width:
                pax[key] = text
        # So do numbers that do not fit their octal fields, and floats.
        for field, digits in (("uid", 8), ("gid", 8), ("size", 12), ("mtime", 12)):
            if field in pax:
                info[field] = 0
                continue
            value = info[field]
            if not 0 <= value < 8 ** (digits - 1) or isinstance(value, float):
                pax[field] = unicode(value)
                info[field] = 0
        if pax:
            buf = self._create_pax_generic_header(pax, XHDTYPE)
        else:
            buf = ""
        return buf + self._create_header(info, USTAR_FORMAT)

    @classmethod
    def create_pax_global_header(cls, pax_headers):
        return cls._create_pax_generic_header(pax_headers, XGLTYPE)

    def _posix_split_name(self, name):
        """Splits a long name at a slash into a prefix and a name that fit
        their fields."""
        prefix = name[:LENGTH_PREFIX + 1]
        cut = prefix.rfind("/")
        if cut <= 0:
            raise ValueError("name is too long")
        prefix, rest = name[:cut], name[cut + 1:]
        if len(rest) > LENGTH_NAME:
            raise ValueError("name is too long")
        return prefix, rest

    @staticmethod
    def _create_header(info, format):
        fields = [
            stn(info.get("name", ""), 100),
            itn(info.get("mode", 0) & 07777, 8, format),
            itn(info.get("uid", 0), 8, format),
            itn(info.get("gid", 0), 8, format),
            itn(info.get("size", 0), 12, format),
            itn(info.get("mtime", 0), 12, format),
            "        ",
            info.get("type", REGTYPE),
            stn(info.get("linkname", ""), 100),
            stn(info.get("magic", POSIX_MAGIC), 8),
            stn(info.get("uname", ""), 32),
            stn(info.get("gname", ""), 32),
            itn(info.get("devmajor", 0), 8, format),
            itn(info.get("devminor", 0), 8, format),
            stn(info.get("prefix", ""), 155),
        ]
        buf = "".join(fields)
        buf = (buf + NUL * BLOCKSIZE)[:BLOCKSIZE]
        chksum = calc_chksums(buf)[0]
        return buf[:148] + "%06o\0" % chksum + buf[155:]

    @staticmethod
    def _create_payload(payload):
        rest = len(payload) % BLOCKSIZE
        if rest:
            payload += (BLOCKSIZE - rest) * NUL
        return payload

    @classmethod
    def _create_gnu_long_header(cls, name, type):
        name += NUL
        info = {"name": "././@LongLink", "type": type, "size": len(name),
                "magic": GNU_MAGIC}
        return cls._create_header(info, USTAR_FORMAT) + cls._create_payload(name)

    @classmethod
    def _create_pax_generic_header(cls, pax_headers, type):
        records = []
        for keyword, value in pax_headers.iteritems():
            keyword = keyword.encode("utf8")
            value = value.encode("utf8")
            # A record's length counts the digits of the length itself.
            body = len(keyword) + len(value) + 3
            total = body
            while True:
                guess = body + len(str(total))
                if guess == total:
                    break
                total = guess
            records.append("%d %s=%s\n" % (total, keyword, value))
        records = "".join(records)
        info = {"name": "././@PaxHeader", "type": type, "size": len(records),
                "magic": POSIX_MAGIC}
        return cls._create_header(info, USTAR_FORMAT) + cls._create_payload(records)

    @classmethod
    def frombuf(cls, buf):
        """A TarInfo from one header block."""
        if len(buf) == 0:
            raise EmptyHeaderError("empty header")
        if len(buf) != BLOCKSIZE:
            raise TruncatedHeaderError("truncated header")
        if buf.count(NUL) == BLOCKSIZE:
            raise EOFHeaderError("end of file header")
        chksum = nti(buf[148:156])
        if chksum not in calc_chksums(buf):
            raise InvalidHeaderError("bad checksum")
        obj = cls()
        obj.buf = buf
        obj.name = nts(buf[0:100])
        obj.mode = nti(buf[100:108])
        obj.uid = nti(buf[108:116])
        obj.gid = nti(buf[116:124])
        obj.size = nti(buf[124:136])
        obj.mtime = nti(buf[136:148])
        obj.chksum = chksum
        obj.type = buf[156:157]
        obj.linkname = nts(buf[157:257])
        obj.uname = nts(buf[265:297])
        obj.gname = nts(buf[297:329])
        obj.devmajor = nti(buf[329:337])
        obj.devminor = nti(buf[337:345])
        prefix = nts(buf[345:500])

        # Old V7 archives mark directories with a trailing slash only.
        if obj.type == AREGTYPE and obj.name.endswith("/"):
            obj.type = DIRTYPE
        if obj.type == GNUTYPE_SPARSE:
            structs = []
            for i in range(4):
                pos = 386 + 24 * i
                try:
                    start = nti(buf[pos:pos + 12])
                    length = nti(buf[pos + 12:pos + 24])
                except InvalidHeaderError:
                    break
                structs.append((start, length))
            extended = ord(buf[482])
            realsize = nti(buf[483:495])
            obj._sparse_structs = (structs, extended, realsize)
        if obj.isdir():
            obj.name = obj.name.rstrip("/")
        if prefix and obj.type not in GNU_TYPES:
            obj.name = prefix + "/" + obj.name
        return obj

    @classmethod
    def fromtarfile(cls, tarfile):
        """The next member of an open archive (reading its header(s))."""
        buf = tarfile.fileobj.read(BLOCKSIZE)
        obj = cls.frombuf(buf)
        obj.offset = tarfile.fileobj.tell() - BLOCKSIZE
        return obj._proc_member(tarfile)

    def _proc_member(self, tarfile):
        if self.type in (GNUTYPE_LONGNAME, GNUTYPE_LONGLINK):
            return self._proc_gnulong(tarfile)
        if self.type == GNUTYPE_SPARSE:
            return self._proc_sparse(tarfile)
        if self.type in (XHDTYPE, XGLTYPE, SOLARIS_XHDTYPE):
            return self._proc_pax(tarfile)
        return self._proc_builtin(tarfile)

    def _proc_builtin(self, tarfile):
        self.offset_data = tarfile.fileobj.tell()
        end = self.offset_data
        if self.isreg() or self.type not in SUPPORTED_TYPES:
            end += self._block(self.size)
        tarfile.offset = end
        self._apply_pax_info(tarfile.pax_headers, tarfile.encoding, tarfile.errors)
        return self

    def _next_header(self, tarfile):
        try:
            return self.fromtarfile(tarfile)
        except HeaderError:
            raise SubsequentHeaderError("missing or bad subsequent header")

    def _proc_gnulong(self, tarfile):
        buf = tarfile.fileobj.read(self._block(self.size))
        nxt = self._next_header(tarfile)
        nxt.offset = self.offset
        if self.type == GNUTYPE_LONGNAME:
            nxt.name = nts(buf)
        else:
            nxt.linkname = nts(buf)
        return nxt

    def _proc_sparse(self, tarfile):
        structs, extended, realsize = self._sparse_structs
        del self._sparse_structs
        while extended == 1:
            buf = tarfile.fileobj.read(BLOCKSIZE)
            for i in range(21):
                pos = 24 * i
                try:
                    start = nti(buf[pos:pos + 12])
                    length = nti(buf[pos + 12:pos + 24])
                except InvalidHeaderError:
                    break
                if start and length:
                    structs.append((start, length))
            extended = ord(buf[504:505] or NUL)
        self.sparse = structs
        self.offset_data = tarfile.fileobj.tell()
        tarfile.offset = self.offset_data + self._block(self.size)
        self.size = realsize
        return self

    _pax_record = re.compile(r"(\d+) ([^=]+)=")

    def _proc_pax(self, tarfile):
        buf = tarfile.fileobj.read(self._block(self.size))
        if self.type == XGLTYPE:
            headers = tarfile.pax_headers
        else:
            headers = tarfile.pax_headers.copy()
        pos = 0
        while True:
            m = self._pax_record.match(buf, pos)
            if not m:
                break
            length = int(m.group(1))
            keyword = m.group(2)
            value = buf[m.end(2) + 1:m.start(1) + length - 1]
            headers[keyword.decode("utf8")] = value.decode("utf8")
            pos += length
        nxt = self._next_header(tarfile)
        if self.type in (XHDTYPE, SOLARIS_XHDTYPE):
            nxt._apply_pax_info(headers, tarfile.encoding, tarfile.errors)
            nxt.offset = self.offset
            if "size" in headers:
                end = nxt.offset_data
                if nxt.isreg() or nxt.type not in SUPPORTED_TYPES:
                    end += nxt._block(nxt.size)
                tarfile.offset = end
        return nxt

    def _apply_pax_info(self, pax_headers, encoding, errors):
        for keyword, value in pax_headers.iteritems():
            if keyword not in PAX_FIELDS:
                continue
            if keyword == "path":
                value = value.rstrip("/")
            if keyword in PAX_NUMBER_FIELDS:
                try:
                    value = PAX_NUMBER_FIELDS[keyword](value)
                except ValueError:
                    value = 0
            else:
                value = uts(value, encoding, errors)
            setattr(self, keyword, value)
        self.pax_headers = pax_headers.copy()

    def _block(self, count):
        """count rounded up to whole blocks"""
        blocks, rest = divmod(count, BLOCKSIZE)
        if rest:
            blocks += 1
        return blocks * BLOCKSIZE

    def isreg(self):
        return self.type in REGULAR_TYPES

    def isfile(self):
        return self.isreg()

    def isdir(self):
        return self.type == DIRTYPE

    def issym(self):
        return self.type == SYMTYPE

    def islnk(self):
        return self.type == LNKTYPE

    def ischr(self):
        return self.type == CHRTYPE

    def isblk(self):
        return self.type == BLKTYPE

    def isfifo(self):
        return self.type == FIFOTYPE

    def issparse(self):
        return self.type == GNUTYPE_SPARSE

    def isdev(self):
        return self.type in (CHRTYPE, BLKTYPE, FIFOTYPE)


class TarFile(object):
    """A tar archive opened for reading ('r'), appending ('a') or writing
    ('w'). Use TarFile.open() for compressed archives and streams."""

    debug = 0
    dereference = False
    ignore_zeros = False
    errorlevel = 1
    format = DEFAULT_FORMAT
    encoding = ENCODING
    errors = None
    tarinfo = TarInfo
    fileobject = ExFileObject

    def __init__(self, name=None, mode="r", fileobj=None, format=None,
                 tarinfo=None, dereference=None, ignore_zeros=None, encoding=None,
                 errors=None, pax_headers=None, debug=None, errorlevel=None):
        modes = {"r": "rb", "a": "r+b", "w": "wb"}
        if mode not in modes:
            raise ValueError("mode must be 'r', 'a' or 'w'")
        self.mode = mode
        self._mode = modes[mode]
        if not fileobj:
            if self.mode == "a" and not os.path.exists(name):
                # appending to nothing is writing
                self.mode = "w"
                self._mode = "wb"
            fileobj = bltn_open(name, self._mode)
            self._extfileobj = False
        else:
            if name is None and hasattr(fileobj, "name"):
                name = fileobj.name
            if hasattr(fileobj, "mode"):
                self._mode = fileobj.mode
            self._extfileobj = True
        self.name = name and os.path.abspath(name) or None
        self.fileobj = fileobj

        if format is not None:
            self.format = format
        if tarinfo is not None:
            self.tarinfo = tarinfo
        if dereference is not None:
            self.dereference = dereference
        if ignore_zeros is not None:
            self.ignore_zeros = ignore_zeros
        if encoding is not None:
            self.encoding = encoding
        if errors is not None:
            self.errors = errors
        elif mode == "r":
            self.errors = "utf-8"
        else:
            self.errors = "strict"
        if pax_headers is not None and self.format == PAX_FORMAT:
            self.pax_headers = pax_headers
        else:
            self.pax_headers = {}
        if debug is not None:
            self.debug = debug
        if errorlevel is not None:
            self.errorlevel = errorlevel

        self.closed = False
        self.members = []
        self._loaded = False
        self.offset = self.fileobj.tell()
        self.inodes = {}
        self.firstmember = None

        try:
            if self.mode == "r":
                self.firstmember = None
                self.firstmember = self.next()
            if self.mode == "a":
                # Find where the members end, to write after them.
                while True:
                    self.fileobj.seek(self.offset)
                    try:
                        member = self.tarinfo.fromtarfile(self)
                        self.members.append(member)
                    except EOFHeaderError:
                        self.fileobj.seek(self.offset)
                        break
                    except HeaderError, e:
                        raise ReadError(str(e))
            if self.mode in "aw":
                self._loaded = True
                if self.pax_headers:
                    buf = self.tarinfo.create_pax_global_header(self.pax_headers.copy())
                    self.fileobj.write(buf)
                    self.offset += len(buf)
        except:
            if not self._extfileobj:
                self.fileobj.close()
            self.closed = True
            raise

    def _getposix(self):
        return self.format == USTAR_FORMAT

    def _setposix(self, value):
        import warnings
        warnings.warn("use the format attribute instead", DeprecationWarning, 2)
        if value:
            self.format = USTAR_FORMAT
        else:
            self.format = GNU_FORMAT

    posix = property(_getposix, _setposix)

    # -- opening

    OPEN_METH = {"tar": "taropen", "gz": "gzopen", "bz2": "bz2open"}
    # 'r' tries the compressions first: with ignore_zeros any file reads
    # as a (maybe empty) plain tar
    _TRY_ORDER = ("gz", "bz2", "tar")

    @classmethod
    def open(cls, name=None, mode="r", fileobj=None, bufsize=RECORDSIZE, **kwargs):
        """Opens an archive: mode is 'r' or 'r:*' (any compression), 'r:',
        'r:gz', 'r:bz2', 'a' or 'a:', 'w' or 'w:', 'w:gz', 'w:bz2', or a
        stream mode with '|' in place of ':'."""
        if not name and not fileobj:
            raise ValueError("nothing to open")
        if mode in ("r", "r:*"):
            for comptype in cls._TRY_ORDER:
                func = getattr(cls, cls.OPEN_METH[comptype])
                if fileobj is not None:
                    saved = fileobj.tell()
                try:
                    return func(name, "r", fileobj, **kwargs)
                except (ReadError, CompressionError):
                    if fileobj is not None:
                        fileobj.seek(saved)
            raise ReadError("file could not be opened successfully")
        if ":" in mode:
            filemode, comptype = mode.split(":", 1)
            filemode = filemode or "r"
            comptype = comptype or "tar"
            if comptype not in cls.OPEN_METH:
                raise CompressionError("unknown compression type %r" % comptype)
            func = getattr(cls, cls.OPEN_METH[comptype])
            return func(name, filemode, fileobj, **kwargs)
        if "|" in mode:
            filemode, comptype = mode.split("|", 1)
            filemode = filemode or "r"
            comptype = comptype or "tar"
            if filemode not in ("r", "w"):
                raise ValueError("mode must be 'r' or 'w'")
            stream = _Stream(name, filemode, comptype, fileobj, bufsize)
            try:
                t = cls(name, filemode, stream, **kwargs)
            except:
                stream.close()
                raise
            t._extfileobj = False
            return t
        if mode in ("a", "w"):
            return cls.taropen(name, mode, fileobj, **kwargs)
        raise ValueError("undiscernible mode")

    @classmethod
    def taropen(cls, name, mode="r", fileobj=None, **kwargs):
        """An uncompressed archive."""
        if mode not in ("r", "a", "w"):
            raise ValueError("mode must be 'r', 'a' or 'w'")
        return cls(name, mode, fileobj, **kwargs)

    @classmethod
    def gzopen(cls, name, mode="r", fileobj=None, compresslevel=9, **kwargs):
        """A gzip-compressed archive."""
        if mode not in ("r", "w"):
            raise ValueError("mode must be 'r' or 'w'")
        try:
            import gzip
            gzip.GzipFile
        except (ImportError, AttributeError):
            raise CompressionError("gzip module is not available")
        try:
            fileobj = gzip.GzipFile(name, mode, compresslevel, fileobj)
        except OSError:
            if fileobj is not None and mode == "r":
                raise ReadError("not a gzip file")
            raise
        try:
            t = cls.taropen(name, mode, fileobj, **kwargs)
        except IOError:
            fileobj.close()
            if mode == "r":
                raise ReadError("not a gzip file")
            raise
        except:
            fileobj.close()
            raise
        t._extfileobj = False
        return t

    @classmethod
    def bz2open(cls, name, mode="r", fileobj=None, compresslevel=9, **kwargs):
        """A bzip2-compressed archive."""
        if mode not in ("r", "w"):
            raise ValueError("mode must be 'r' or 'w'.")
        try:
            import bz2
        except ImportError:
            raise CompressionError("bz2 module is not available")
        if fileobj is not None:
            fileobj = _BZ2Proxy(fileobj, mode)
        else:
            fileobj = bz2.BZ2File(name, mode, compresslevel=compresslevel)
        try:
            t = cls.taropen(name, mode, fileobj, **kwargs)
        except (IOError, EOFError):
            fileobj.close()
            if mode == "r":
                raise ReadError("not a bzip2 file")
            raise
        except:
            fileobj.close()
            raise
        t._extfileobj = False
        return t

    # -- reading

    def close(self):
        """Closes the archive; one being written gets its two end blocks
        and is padded to a whole record."""
        if self.closed:
            return
        self.closed = True
        try:
            if self.mode in "aw":
                self.fileobj.write(NUL * (BLOCKSIZE * 2))
                self.offset += BLOCKSIZE * 2
                rest = self.offset % RECORDSIZE
                if rest:
                    self.fileobj.write(NUL * (RECORDSIZE - rest))
        finally:
            if not self._extfileobj:
                self.fileobj.close()

    def getmember(self, name):
        """The TarInfo of the member called name (its last occurrence)."""
        tarinfo = self._getmember(name)
        if tarinfo is None:
            raise KeyError("filename %r not found" % name)
        return tarinfo

    def getmembers(self):
        """The members of the archive, as a list of TarInfo."""
        self._check()
        if not self._loaded:
            self._load()
        return self.members

    def getnames(self):
        """The names of the members of the archive."""
        return [tarinfo.name for tarinfo in self.getmembers()]

    def next(self):
        """The next member of the archive, or None at its end."""
        self._check("ra")
        if self.firstmember is not None:
            m = self.firstmember
            self.firstmember = None
            return m
        if self.offset != self.fileobj.tell():
            self.fileobj.seek(self.offset - 1)
            if not self.fileobj.read(1):
                raise ReadError("unexpected end of data")
        tarinfo = None
        while True:
            try:
                tarinfo = self.tarinfo.fromtarfile(self)
            except (EOFHeaderError, InvalidHeaderError), e:
                if self.ignore_zeros:
                    self._dbg(2, "0x%X: %s" % (self.offset, e))
                    self.offset += BLOCKSIZE
                    continue
                if isinstance(e, InvalidHeaderError) and self.offset == 0:
                    raise ReadError(str(e))
            except EmptyHeaderError:
                if self.offset == 0:
                    raise ReadError("empty file")
            except TruncatedHeaderError, e:
                if self.offset == 0:
                    raise ReadError(str(e))
            except SubsequentHeaderError, e:
                raise ReadError(str(e))
            break
        if tarinfo is not None:
            self.members.append(tarinfo)
        else:
            self._loaded = True
        return tarinfo

    def _getmember(self, name, tarinfo=None, normalize=False):
        members = self.getmembers()
        if tarinfo is not None:
            members = members[:members.index(tarinfo)]
        if normalize:
            name = os.path.normpath(name)
        for member in reversed(members):
            mname = member.name
            if normalize:
                mname = os.path.normpath(mname)
            if mname == name:
                return member
        return None

    def _load(self):
        while self.next() is not None:
            pass
        self._loaded = True

    def _check(self, mode=None):
        if self.closed:
            raise IOError("%s is closed" % self.__class__.__name__)
        if mode is not None and self.mode not in mode:
            raise IOError("bad operation for mode %r" % self.mode)

    def _find_link_target(self, tarinfo):
        if tarinfo.issym():
            # a symbolic link is relative to its own directory
            parts = [p for p in (os.path.dirname(tarinfo.name), tarinfo.linkname) if p]
            linkname = "/".join(parts)
            limit = None
        else:
            linkname = tarinfo.linkname
            limit = tarinfo
        member = self._getmember(linkname, tarinfo=limit, normalize=True)
        if member is None:
            raise KeyError("linkname %r not found" % linkname)
        return member

    def __iter__(self):
        if self._loaded:
            return iter(self.members)
        return TarIter(self)

    def list(self, verbose=True):
        """Prints the members like `tar t` (`tar tv` when verbose)."""
        self._check()
        for tarinfo in self:
            if verbose:
                print filemode(tarinfo.mode),
                print "%s/%s" % (tarinfo.uname or tarinfo.uid,
                                 tarinfo.gname or tarinfo.gid),
                if tarinfo.ischr() or tarinfo.isblk():
                    print "%10s" % ("%d,%d" % (tarinfo.devmajor, tarinfo.devminor)),
                else:
                    print "%10d" % tarinfo.size,
                print "%d-%02d-%02d %02d:%02d:%02d" % time.localtime(tarinfo.mtime)[:6],
            print tarinfo.name + (tarinfo.isdir() and "/" or ""),
            if verbose:
                if tarinfo.issym():
                    print "->", tarinfo.linkname,
                if tarinfo.islnk():
                    print "link to", tarinfo.linkname,
            print

    # -- writing

    def gettarinfo(self, name=None, arcname=None, fileobj=None):
        """A TarInfo for a file on disk (by name or open file object),
        stored as arcname; None for a kind of file tar cannot hold."""
        self._check("aw")
        if fileobj is not None:
            name = fileobj.name
        if arcname is None:
            arcname = name
        arcname = os.path.splitdrive(arcname)[1]
        arcname = arcname.replace(os.sep, "/").lstrip("/")

        tarinfo = self.tarinfo()
        tarinfo.tarfile = self
        if fileobj is not None:
            st = os.fstat(fileobj.fileno())
        elif hasattr(os, "lstat") and not self.dereference:
            st = os.lstat(name)
        else:
            st = os.stat(name)
        linkname = ""
        mode = st.st_mode
        if stat.S_ISREG(mode):
            inode = (st.st_ino, st.st_dev)
            if (not self.dereference and st.st_nlink > 1 and
                    inode in self.inodes and arcname != self.inodes[inode]):
                # a file seen before under another name: a hard link
                kind = LNKTYPE
                linkname = self.inodes[inode]
            else:
                kind = REGTYPE
                if inode[0]:
                    self.inodes[inode] = arcname
        elif stat.S_ISDIR(mode):
            kind = DIRTYPE
        elif stat.S_ISFIFO(mode):
            kind = FIFOTYPE
        elif stat.S_ISLNK(mode):
            kind = SYMTYPE
            linkname = os.readlink(name)
        elif stat.S_ISCHR(mode):
            kind = CHRTYPE
        elif stat.S_ISBLK(mode):
            kind = BLKTYPE
        else:
            return None

        tarinfo.name = arcname
        tarinfo.mode = mode
        tarinfo.uid = st.st_uid
        tarinfo.gid = st.st_gid
        if kind == REGTYPE:
            tarinfo.size = st.st_size
        else:
            tarinfo.size = 0L
        tarinfo.mtime = st.st_mtime
        tarinfo.type = kind
        tarinfo.linkname = linkname
        if pwd:
            try:
                tarinfo.uname = pwd.getpwuid(tarinfo.uid)[0]
            except KeyError:
                pass
        if grp:
            try:
                tarinfo.gname = grp.getgrgid(tarinfo.gid)[0]
            except KeyError:
                pass
        if kind in (CHRTYPE, BLKTYPE) and hasattr(os, "major") and hasattr(os, "minor"):
            tarinfo.devmajor = os.major(st.st_rdev)
            tarinfo.devminor = os.minor(st.st_rdev)
        return tarinfo

    def add(self, name, arcname=None, recursive=True, exclude=None, filter=None):
        """Adds the file `name` (a directory with its contents when
        recursive) as arcname; filter may change or drop each TarInfo."""
        self._check("aw")
        if arcname is None:
            arcname = name
        if exclude is not None:
            import warnings
            warnings.warn("use the filter argument instead", DeprecationWarning, 2)
            if exclude(name):
                self._dbg(2, "tarfile: Excluded %r" % name)
                return
        # never the archive itself
        if self.name is not None and os.path.abspath(name) == self.name:
            self._dbg(2, "tarfile: Skipped %r" % name)
            return
        self._dbg(1, name)
        tarinfo = self.gettarinfo(name, arcname)
        if tarinfo is None:
            self._dbg(1, "tarfile: Unsupported type %r" % name)
            return
        if filter is not None:
            tarinfo = filter(tarinfo)
            if tarinfo is None:
                self._dbg(2, "tarfile: Excluded %r" % name)
                return
        if tarinfo.isreg():
            with bltn_open(name, "rb") as f:
                self.addfile(tarinfo, f)
        elif tarinfo.isdir():
            self.addfile(tarinfo)
            if recursive:
                for entry in sorted(os.listdir(name)):
                    self.add(os.path.join(name, entry), os.path.join(arcname, entry),
                             recursive, exclude, filter)
        else:
            self.addfile(tarinfo)

    def addfile(self, tarinfo, fileobj=None):
        """Writes tarinfo's header and, given fileobj, tarinfo.size bytes
        read from it."""
        self._check("aw")
        tarinfo = copy.copy(tarinfo)
        buf = tarinfo.tobuf(self.format, self.encoding, self.errors)
        self.fileobj.write(buf)
        self.offset += len(buf)
        if fileobj is not None:
            copyfileobj(fileobj, self.fileobj, tarinfo.size)
            blocks, rest = divmod(tarinfo.size, BLOCKSIZE)
            if rest:
                self.fileobj.write(NUL * (BLOCKSIZE - rest))
                blocks += 1
            self.offset += blocks * BLOCKSIZE
        self.members.append(tarinfo)

    # -- extracting

    def extractall(self, path=".", members=None):
        """Extracts every member (or those given) under path; directories
        get their times and modes last, once their contents are in."""
        directories = []
        if members is None:
            members = self
        for tarinfo in members:
            if tarinfo.isdir():
                directories.append(tarinfo)
                tarinfo = copy.copy(tarinfo)
                tarinfo.mode = 0700
            self.extract(tarinfo, path)
        directories.sort(key=lambda t: t.name, reverse=True)
        for tarinfo in directories:
            dirpath = os.path.join(path, tarinfo.name)
            try:
                self.chown(tarinfo, dirpath)
                self.utime(tarinfo, dirpath)
                self.chmod(tarinfo, dirpath)
            except ExtractError, e:
                if self.errorlevel > 1:
                    raise
                self._dbg(1, "tarfile: %s" % e)

    def extract(self, member, path=""):
        """Extracts one member (a name or a TarInfo) under path."""
        self._check("r")
        if isinstance(member, basestring):
            tarinfo = self.getmember(member)
        else:
            tarinfo = member
        if tarinfo.islnk():
            tarinfo._link_target = os.path.join(path, tarinfo.linkname)
        try:
            self._extract_member(tarinfo, os.path.join(path, tarinfo.name))
        except EnvironmentError, e:
            if self.errorlevel > 0:
                raise
            if e.filename is None:
                self._dbg(1, "tarfile: %s" % e.strerror)
            else:
                self._dbg(1, "tarfile: %s %r" % (e.strerror, e.filename))
        except ExtractError, e:
            if self.errorlevel > 1:
                raise
            self._dbg(1, "tarfile: %s" % e)

    def extractfile(self, member):
        """A file object reading a member's data (a link gives its
        target's); None for directories and devices."""
        self._check("r")
        if isinstance(member, basestring):
            tarinfo = self.getmember(member)
        else:
            tarinfo = member
        if tarinfo.isreg() or tarinfo.type not in SUPPORTED_TYPES:
            return self.fileobject(self, tarinfo)
        if tarinfo.islnk() or tarinfo.issym():
            if isinstance(self.fileobj, _Stream):
                raise StreamError("cannot extract (sym)link as file object")
            return self.extractfile(self._find_link_target(tarinfo))
        return None

    def _extract_member(self, tarinfo, targetpath):
        targetpath = targetpath.rstrip("/").replace("/", os.sep)
        upperdirs = os.path.dirname(targetpath)
        if upperdirs and not os.path.exists(upperdirs):
            os.makedirs(upperdirs)
        if tarinfo.islnk() or tarinfo.issym():
            self._dbg(1, "%s -> %s" % (tarinfo.name, tarinfo.linkname))
        else:
            self._dbg(1, tarinfo.name)
        if tarinfo.isreg():
            self.makefile(tarinfo, targetpath)
        elif tarinfo.isdir():
            self.makedir(tarinfo, targetpath)
        elif tarinfo.isfifo():
            self.makefifo(tarinfo, targetpath)
        elif tarinfo.ischr() or tarinfo.isblk():
            self.makedev(tarinfo, targetpath)
        elif tarinfo.islnk() or tarinfo.issym():
            self.makelink(tarinfo, targetpath)
        elif tarinfo.type not in SUPPORTED_TYPES:
            self.makeunknown(tarinfo, targetpath)
        else:
            self.makefile(tarinfo, targetpath)
        self.chown(tarinfo, targetpath)
        if not tarinfo.issym():
            self.chmod(tarinfo, targetpath)
            self.utime(tarinfo, targetpath)

    def makedir(self, tarinfo, targetpath):
        try:
            # owner-only at first; extractall sets the real mode last
            os.mkdir(targetpath, 0700)
        except EnvironmentError, e:
            import errno
            if e.errno != errno.EEXIST:
                raise

    def makefile(self, tarinfo, targetpath):
        source = self.extractfile(tarinfo)
        try:
            with bltn_open(targetpath, "wb") as target:
                copyfileobj(source, target)
        finally:
            source.close()

    def makeunknown(self, tarinfo, targetpath):
        self.makefile(tarinfo, targetpath)
        self._dbg(1, "tarfile: Unknown file type %r, extracted as regular file." % tarinfo.type)

    def makefifo(self, tarinfo, targetpath):
        if not hasattr(os, "mkfifo"):
            raise ExtractError("fifo not supported by system")
        os.mkfifo(targetpath)

    def makedev(self, tarinfo, targetpath):
        if not hasattr(os, "mknod") or not hasattr(os, "makedev"):
            raise ExtractError("special devices not supported by system")
        mode = tarinfo.mode
        if tarinfo.isblk():
            mode |= stat.S_IFBLK
        else:
            mode |= stat.S_IFCHR
        os.mknod(targetpath, mode, os.makedev(tarinfo.devmajor, tarinfo.devminor))

    def makelink(self, tarinfo, targetpath):
        try:
            if tarinfo.issym():
                if os.path.lexists(targetpath):
                    os.unlink(targetpath)
                os.symlink(tarinfo.linkname, targetpath)
            elif os.path.exists(tarinfo._link_target):
                if os.path.lexists(targetpath):
                    os.unlink(targetpath)
                os.link(tarinfo._link_target, targetpath)
            else:
                self._extract_member(self._find_link_target(tarinfo), targetpath)
        except (AttributeError, NotImplementedError, OSError):
            # no links here: copy the target instead
            try:
                self._extract_member(self._find_link_target(tarinfo), targetpath)
            except KeyError:
                raise ExtractError("unable to resolve link inside archive")

    def chown(self, tarinfo, targetpath):
        if not (pwd and hasattr(os, "geteuid") and os.geteuid() == 0):
            return
        try:
            g = grp.getgrnam(tarinfo.gname)[2]
        except KeyError:
            g = tarinfo.gid
        try:
            u = pwd.getpwnam(tarinfo.uname)[2]
        except KeyError:
            u = tarinfo.uid
        try:
            if tarinfo.issym() and hasattr(os, "lchown"):
                os.lchown(targetpath, u, g)
            else:
                os.chown(targetpath, u, g)
        except EnvironmentError:
            raise ExtractError("could not change owner")

    def chmod(self, tarinfo, targetpath):
        if hasattr(os, "chmod"):
            try:
                os.chmod(targetpath, tarinfo.mode)
            except EnvironmentError:
                raise ExtractError("could not change mode")

    def utime(self, tarinfo, targetpath):
        if not hasattr(os, "utime"):
            return
        try:
            os.utime(targetpath, (tarinfo.mtime, tarinfo.mtime))
        except EnvironmentError:
            raise ExtractError("could not change modification time")

    def _dbg(self, level, msg):
        if level <= self.debug:
            print >> sys.stderr, msg

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, type, value, traceback):
        if type is None:
            self.close()
        else:
            # an error: leave the archive unfinished, just release the file
            if not self._extfileobj:
                self.fileobj.close()
            self.closed = True


class TarIter(object):
    """Iterates over the members of an archive, reading them as it goes."""

    def __init__(self, tarfile):
        self.tarfile = tarfile
        self.index = 0

    def __iter__(self):
        return self

    def next(self):
        tf = self.tarfile
        if self.index == 0 and tf.firstmember is not None:
            tarinfo = tf.next()
        elif self.index < len(tf.members):
            tarinfo = tf.members[self.index]
        elif not tf._loaded:
            tarinfo = tf.next()
            if not tarinfo:
                tf._loaded = True
                raise StopIteration
        else:
            raise StopIteration
        self.index += 1
        return tarinfo


def is_tarfile(name):
    """True if name is a tar archive this module can read."""
    try:
        t = open(name)
        t.close()
        return True
    except TarError:
        return False


open = TarFile.open
