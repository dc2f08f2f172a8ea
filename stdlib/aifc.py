"""AIFF and AIFF-C audio files (Python 2.7's aifc module).

open(f, 'rb') gives an Aifc_read (parameters, markers, readframes/setpos);
open(f, 'wb') gives an Aifc_write, which writes AIFF-C unless told aiff()
or given a file name ending in '.aiff'. Sample data is big-endian PCM as
stored; u-law compressed data is converted to and from native 16-bit
samples here (A-law and G.722 need an audioop module, which minipy lacks).

File layout: a FORM chunk holding 'AIFF' or 'AIFC', then COMM (channels,
frames, sample size, 80-bit float rate, for AIFC the compression type and
name), SSND (offset, block size, data), and optionally FVER and MARK."""

import struct
import __builtin__
from chunk import Chunk
import _audiofile

__all__ = ["Error", "open", "openfp"]


class Error(Exception):
    pass


_AIFC_version = 0xA2805140L     # Version 1 of AIFF-C

_COMPRESSED = ('ULAW', 'ulaw', 'ALAW', 'alaw', 'G722')


def _read_packed(file, fmt, size):
    try:
        return struct.unpack(fmt, file.read(size))[0]
    except struct.error:
        raise EOFError


def _read_long(file):
    return _read_packed(file, '>l', 4)


def _read_ulong(file):
    return _read_packed(file, '>L', 4)


def _read_short(file):
    return _read_packed(file, '>h', 2)


def _read_ushort(file):
    return _read_packed(file, '>H', 2)


def _read_string(file):
    """A Pascal string: a length byte, the bytes, a pad byte when the
    total would be odd."""
    length = ord(file.read(1))
    data = file.read(length) if length else ''
    if length & 1 == 0:
        file.read(1)
    return data


_HUGE_VAL = 1.79769313486231e+308


def _read_float(f):
    """An IEEE 754 80-bit extended float (sign and exponent, then a 64-bit
    mantissa with an explicit leading bit)."""
    expon = _read_short(f)
    sign = 1
    if expon < 0:
        sign = -1
        expon = expon + 0x8000
    himant = _read_ulong(f)
    lomant = _read_ulong(f)
    if expon == himant == lomant == 0:
        value = 0.0
    elif expon == 0x7FFF:
        value = _HUGE_VAL
    else:
        value = (himant * 0x100000000L + lomant) * pow(2.0, expon - 16383 - 63)
    return sign * value


def _write_short(f, x):
    f.write(struct.pack('>h', x))


def _write_ushort(f, x):
    f.write(struct.pack('>H', x))


def _write_long(f, x):
    f.write(struct.pack('>l', x))


def _write_ulong(f, x):
    f.write(struct.pack('>L', x))


def _write_string(f, s):
    if len(s) > 255:
        raise ValueError("string exceeds maximum pstring length")
    f.write(struct.pack('B', len(s)))
    f.write(s)
    if len(s) & 1 == 0:
        f.write(chr(0))


def _write_float(f, x):
    import math
    sign = 0
    if x < 0:
        sign = 0x8000
        x = -x
    if x == 0:
        expon = himant = lomant = 0
    else:
        fmant, expon = math.frexp(x)
        if expon > 16384 or fmant >= 1 or fmant != fmant:
            # infinity or NaN: the largest exponent
            expon = sign | 0x7FFF
            himant = lomant = 0
        else:
            expon = expon + 16382
            if expon < 0:
                # denormalized
                fmant = math.ldexp(fmant, expon)
                expon = 0
            expon = expon | sign
            fmant = math.ldexp(fmant, 32)
            top = math.floor(fmant)
            himant = long(top)
            fmant = math.ldexp(fmant - top, 32)
            lomant = long(math.floor(fmant))
    _write_ushort(f, expon)
    _write_ulong(f, himant)
    _write_ulong(f, lomant)


# ---- u-law (G.711), as audioop computes it ----

def _ulaw_to_linear(u):
    u = ~u & 0xFF
    t = (((u & 0x0F) << 3) + 0x84) << ((u & 0x70) >> 4)
    return (0x84 - t) if (u & 0x80) else (t - 0x84)


_ULAW_TABLE = [_ulaw_to_linear(i) for i in range(256)]
_ULAW_SEGMENT_ENDS = (0x3F, 0x7F, 0xFF, 0x1FF, 0x3FF, 0x7FF, 0xFFF, 0x1FFF)


def _linear_to_ulaw(sample):
    value = sample >> 2
    if value < 0:
        value = -value
        mask = 0x7F
    else:
        mask = 0xFF
    if value > 8159:
        value = 8159
    value += 0x84 >> 2
    for seg, end in enumerate(_ULAW_SEGMENT_ENDS):
        if value <= end:
            return ((seg << 4) | ((value >> (seg + 1)) & 0xF)) ^ mask
    return 0x7F ^ mask


def _native16():
    import sys
    return '<' if sys.byteorder == 'little' else '>'


def _ulaw2lin(data):
    table = _ULAW_TABLE
    samples = [table[ord(c)] for c in data]
    return struct.pack(_native16() + '%dh' % len(samples), *samples)


def _lin2ulaw(data):
    count = len(data) // 2
    samples = struct.unpack(_native16() + '%dh' % count, data[:2 * count])
    return ''.join([chr(_linear_to_ulaw(s)) for s in samples])


# ---- reading ----

class Aifc_read(_audiofile.Reader):
    """Reads an AIFF or AIFF-C file: the COMM parameters, markers and the
    SSND sample data."""

    def initfp(self, file):
        self._version = 0
        self._convert = None
        self._markers = []
        self._soundpos = 0
        self._file = file
        chunk = Chunk(file)
        if chunk.getname() != 'FORM':
            raise Error('file does not start with FORM id')
        form = chunk.read(4)
        if form == 'AIFF':
            self._aifc = 0
        elif form == 'AIFC':
            self._aifc = 1
        else:
            raise Error('not an AIFF or AIFF-C file')
        self._comm_chunk_read = 0
        self._ssnd_chunk = None
        while True:
            self._ssnd_seek_needed = 1
            try:
                chunk = Chunk(self._file)
            except EOFError:
                break
            name = chunk.getname()
            if name == 'COMM':
                self._read_comm_chunk(chunk)
                self._comm_chunk_read = 1
            elif name == 'SSND':
                self._ssnd_chunk = chunk
                chunk.read(8)
                self._ssnd_seek_needed = 0
            elif name == 'FVER':
                self._version = _read_ulong(chunk)
            elif name == 'MARK':
                self._readmark(chunk)
            chunk.skip()
        if not self._comm_chunk_read or not self._ssnd_chunk:
            raise Error('COMM chunk and/or SSND chunk missing')

    def __init__(self, f):
        if isinstance(f, basestring):
            f = __builtin__.open(f, 'rb')
            try:
                self.initfp(f)
            except:
                f.close()
                raise
        else:
            self.initfp(f)

    def rewind(self):
        self._ssnd_seek_needed = 1
        self._soundpos = 0

    def close(self):
        file = self._file
        if file is not None:
            self._file = None
            file.close()

    def getmarkers(self):
        if not self._markers:
            return None
        return self._markers

    def getmark(self, id):
        for marker in self._markers:
            if id == marker[0]:
                return marker
        raise Error('marker %r does not exist' % (id,))

    def setpos(self, pos):
        if pos < 0 or pos > self._nframes:
            raise Error('position not in range')
        self._soundpos = pos
        self._ssnd_seek_needed = 1

    def readframes(self, nframes):
        if self._ssnd_seek_needed:
            self._ssnd_chunk.seek(0)
            self._ssnd_chunk.read(8)
            pos = self._soundpos * self._framesize
            if pos:
                self._ssnd_chunk.seek(pos + 8)
            self._ssnd_seek_needed = 0
        if nframes == 0:
            return ''
        data = self._ssnd_chunk.read(nframes * self._framesize)
        if self._convert and data:
            data = self._convert(data)
        self._soundpos = self._soundpos + len(data) // (self._nchannels * self._sampwidth)
        return data

    def _alaw2lin(self, data):
        import audioop
        return audioop.alaw2lin(data, 2)

    def _ulaw2lin(self, data):
        return _ulaw2lin(data)

    def _adpcm2lin(self, data):
        import audioop
        if not hasattr(self, '_adpcmstate'):
            self._adpcmstate = None
        data, self._adpcmstate = audioop.adpcm2lin(data, 2, self._adpcmstate)
        return data

    def _read_comm_chunk(self, chunk):
        self._nchannels = _read_short(chunk)
        self._nframes = _read_long(chunk)
        self._sampwidth = (_read_short(chunk) + 7) // 8
        self._framerate = int(_read_float(chunk))
        self._framesize = self._nchannels * self._sampwidth
        if not self._aifc:
            self._comptype = 'NONE'
            self._compname = 'not compressed'
            return
        # SGI's sound editor wrote AIFC COMM chunks sized as for AIFF
        kludge = chunk.chunksize == 18
        if kludge:
            print 'Warning: bad COMM chunk size'
            chunk.chunksize = 23
        self._comptype = chunk.read(4)
        if kludge:
            length = ord(chunk.file.read(1))
            if length & 1 == 0:
                length = length + 1
            chunk.chunksize = chunk.chunksize + length
            chunk.file.seek(-1, 1)
        self._compname = _read_string(chunk)
        if self._comptype != 'NONE':
            if self._comptype == 'G722':
                self._convert = self._adpcm2lin
            elif self._comptype in ('ulaw', 'ULAW'):
                self._convert = self._ulaw2lin
            elif self._comptype in ('alaw', 'ALAW'):
                self._convert = self._alaw2lin
            else:
                raise Error('unsupported compression type')
            self._sampwidth = 2

    def _readmark(self, chunk):
        count = _read_short(chunk)
        try:
            for _ in range(count):
                id = _read_short(chunk)
                pos = _read_long(chunk)
                name = _read_string(chunk)
                if pos or name:
                    # markers with neither a position nor a name are dropped
                    self._markers.append((id, pos, name))
        except EOFError:
            got = len(self._markers)
            print 'Warning: MARK chunk contains only %d %s instead of %d' % (
                got, 'marker' if got == 1 else 'markers', count)


# ---- writing ----

class Aifc_write(_audiofile.Writer):
    """Writes an AIFF-C (or AIFF) file. Parameters are fixed once frames
    are written; the header is written then and patched on close when the
    frame count or data length turned out different."""
    _error = Error
    _comptypes = ('NONE',) + _COMPRESSED

    def __init__(self, f):
        if isinstance(f, basestring):
            filename = f
            f = __builtin__.open(f, 'wb')
        else:
            filename = '???'
        self.initfp(f)
        self._aifc = 0 if filename[-5:] == '.aiff' else 1

    def initfp(self, file):
        self._file = file
        self._version = _AIFC_version
        self._comptype = 'NONE'
        self._compname = 'not compressed'
        self._convert = None
        self._nchannels = 0
        self._sampwidth = 0
        self._framerate = 0
        self._nframes = 0
        self._nframeswritten = 0
        self._datawritten = 0
        self._datalength = 0
        self._markers = []
        self._marklength = 0
        self._aifc = 1

    def __del__(self):
        self.close()

    def _check_unstarted(self):
        if self._nframeswritten:
            raise Error('cannot change parameters after starting to write')

    def aiff(self):
        self._check_unstarted()
        self._aifc = 0

    def aifc(self):
        self._check_unstarted()
        self._aifc = 1

    def setparams(self, info):
        nchannels, sampwidth, framerate, nframes, comptype, compname = info
        self._check_unstarted()
        if comptype not in self._comptypes:
            raise Error('unsupported compression type')
        self.setnchannels(nchannels)
        self.setsampwidth(sampwidth)
        self.setframerate(framerate)
        self.setnframes(nframes)
        self.setcomptype(comptype, compname)

    def setmark(self, id, pos, name):
        if id <= 0:
            raise Error('marker ID must be > 0')
        if pos < 0:
            raise Error('marker position must be >= 0')
        if type(name) is not str:
            raise Error('marker name must be a string')
        for i, marker in enumerate(self._markers):
            if id == marker[0]:
                self._markers[i] = id, pos, name
                return
        self._markers.append((id, pos, name))

    def getmark(self, id):
        for marker in self._markers:
            if id == marker[0]:
                return marker
        raise Error('marker %r does not exist' % (id,))

    def getmarkers(self):
        if not self._markers:
            return None
        return self._markers

    def writeframesraw(self, data):
        self._ensure_header_written(len(data))
        nframes = len(data) // (self._sampwidth * self._nchannels)
        if self._convert:
            data = self._convert(data)
        self._file.write(data)
        self._nframeswritten = self._nframeswritten + nframes
        self._datawritten = self._datawritten + len(data)

    def writeframes(self, data):
        self.writeframesraw(data)
        if self._nframeswritten != self._nframes or self._datalength != self._datawritten:
            self._patchheader()

    def close(self):
        if self._file is None:
            return
        try:
            self._ensure_header_written(0)
            if self._datawritten & 1:
                # the SSND data is padded to an even length
                self._file.write(chr(0))
                self._datawritten = self._datawritten + 1
            self._writemarkers()
            if (self._nframeswritten != self._nframes or
                    self._datalength != self._datawritten or self._marklength):
                self._patchheader()
        finally:
            self._convert = None
            f = self._file
            self._file = None
            f.close()

    def _lin2alaw(self, data):
        import audioop
        return audioop.lin2alaw(data, 2)

    def _lin2ulaw(self, data):
        return _lin2ulaw(data)

    def _lin2adpcm(self, data):
        import audioop
        if not hasattr(self, '_adpcmstate'):
            self._adpcmstate = None
        data, self._adpcmstate = audioop.lin2adpcm(data, 2, self._adpcmstate)
        return data

    def _ensure_header_written(self, datasize):
        if self._nframeswritten:
            return
        if self._comptype in _COMPRESSED:
            if not self._sampwidth:
                self._sampwidth = 2
            if self._sampwidth != 2:
                raise Error('sample width must be 2 when compressing '
                            'with ulaw/ULAW, alaw/ALAW or G7.22 (ADPCM)')
        if not self._nchannels:
            raise Error('# channels not specified')
        if not self._sampwidth:
            raise Error('sample width not specified')
        if not self._framerate:
            raise Error('sampling rate not specified')
        self._write_header(datasize)

    def _init_compression(self):
        if self._comptype == 'G722':
            self._convert = self._lin2adpcm
        elif self._comptype in ('ulaw', 'ULAW'):
            self._convert = self._lin2ulaw
        elif self._comptype in ('alaw', 'ALAW'):
            self._convert = self._lin2alaw

    def _write_header(self, initlength):
        f = self._file
        if self._aifc and self._comptype != 'NONE':
            self._init_compression()
        f.write('FORM')
        if not self._nframes:
            self._nframes = initlength // (self._nchannels * self._sampwidth)
        self._datalength = self._nframes * self._nchannels * self._sampwidth
        if self._datalength & 1:
            self._datalength = self._datalength + 1
        if self._aifc:
            if self._comptype in ('ULAW', 'ulaw', 'ALAW', 'alaw'):
                self._datalength = self._datalength // 2
                if self._datalength & 1:
                    self._datalength = self._datalength + 1
            elif self._comptype == 'G722':
                self._datalength = (self._datalength + 3) // 4
                if self._datalength & 1:
                    self._datalength = self._datalength + 1
        try:
            self._form_length_pos = f.tell()
        except (AttributeError, IOError):
            self._form_length_pos = None
        commlength = self._write_form_length(self._datalength)
        if self._aifc:
            f.write('AIFC')
            f.write('FVER')
            _write_ulong(f, 4)
            _write_ulong(f, self._version)
        else:
            f.write('AIFF')
        f.write('COMM')
        _write_ulong(f, commlength)
        _write_short(f, self._nchannels)
        if self._form_length_pos is not None:
            self._nframes_pos = f.tell()
        _write_ulong(f, self._nframes)
        if self._comptype in _COMPRESSED:
            _write_short(f, 8)
        else:
            _write_short(f, self._sampwidth * 8)
        _write_float(f, self._framerate)
        if self._aifc:
            f.write(self._comptype)
            _write_string(f, self._compname)
        f.write('SSND')
        if self._form_length_pos is not None:
            self._ssnd_length_pos = f.tell()
        _write_ulong(f, self._datalength + 8)
        _write_ulong(f, 0)
        _write_ulong(f, 0)

    def _write_form_length(self, datalength):
        if self._aifc:
            commlength = 18 + 5 + len(self._compname)
            if commlength & 1:
                commlength = commlength + 1
            verslength = 12
        else:
            commlength = 18
            verslength = 0
        _write_ulong(self._file, 4 + verslength + self._marklength +
                     8 + commlength + 16 + datalength)
        return commlength

    def _patchheader(self):
        f = self._file
        here = f.tell()
        if self._datawritten & 1:
            datalength = self._datawritten + 1
            f.write(chr(0))
        else:
            datalength = self._datawritten
        if (datalength == self._datalength and self._nframes == self._nframeswritten
                and self._marklength == 0):
            f.seek(here, 0)
            return
        f.seek(self._form_length_pos, 0)
        self._write_form_length(datalength)
        f.seek(self._nframes_pos, 0)
        _write_ulong(f, self._nframeswritten)
        f.seek(self._ssnd_length_pos, 0)
        _write_ulong(f, datalength + 8)
        f.seek(here, 0)
        self._nframes = self._nframeswritten
        self._datalength = datalength

    def _writemarkers(self):
        if not self._markers:
            return
        f = self._file
        f.write('MARK')
        length = 2
        for _, _, name in self._markers:
            length = length + len(name) + 1 + 6
            if len(name) & 1 == 0:
                length = length + 1
        _write_ulong(f, length)
        self._marklength = length + 8
        _write_short(f, len(self._markers))
        for id, pos, name in self._markers:
            _write_short(f, id)
            _write_ulong(f, pos)
            _write_string(f, name)


open = openfp = _audiofile.make_open(Aifc_read, Aifc_write, Error)
