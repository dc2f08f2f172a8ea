"""WAVE (RIFF) audio files, uncompressed PCM only (Python 2.7's wave).

open(f, 'rb') gives a Wave_read with getnchannels/getsampwidth/
getframerate/getnframes/getparams/readframes/setpos/tell/rewind; open(f,
'wb') gives a Wave_write with the matching set* methods, writeframes and
close (which fixes up the header's lengths when the file can seek)."""

import struct
import sys
from chunk import Chunk
import _audiofile

__all__ = ["open", "openfp", "Error"]


class Error(Exception):
    pass


WAVE_FORMAT_PCM = 0x0001

_array_fmts = None, 'b', 'h', None, 'i'


def _byteswap3(data):
    ba = bytearray(data)
    ba[::3] = data[2::3]
    ba[2::3] = data[::3]
    return bytes(ba)


def _byteswap(data, width):
    if width == 3:
        return _byteswap3(data)
    import array
    a = array.array(_array_fmts[width])
    a.fromstring(data)
    a.byteswap()
    return a.tostring()


class Wave_read(_audiofile.Reader):
    """Reads the fmt and data chunks of a RIFF/WAVE file."""

    def __init__(self, f):
        _audiofile.start(self, f, 'rb')

    def initfp(self, file):
        self._convert = None
        self._soundpos = 0
        self._file = Chunk(file, bigendian=0)
        if self._file.getname() != 'RIFF':
            raise Error('file does not start with RIFF id')
        if self._file.read(4) != 'WAVE':
            raise Error('not a WAVE file')
        self._fmt_chunk_read = 0
        self._data_chunk = None
        while True:
            self._data_seek_needed = 1
            try:
                chunk = Chunk(self._file, bigendian=0)
            except EOFError:
                break
            name = chunk.getname()
            if name == 'fmt ':
                self._read_fmt_chunk(chunk)
                self._fmt_chunk_read = 1
            elif name == 'data':
                if not self._fmt_chunk_read:
                    raise Error('data chunk before fmt chunk')
                self._data_chunk = chunk
                self._nframes = chunk.chunksize // self._framesize
                self._data_seek_needed = 0
                break
            chunk.skip()
        if not self._fmt_chunk_read or not self._data_chunk:
            raise Error('fmt chunk and/or data chunk missing')

    def __del__(self):
        self.close()

    def rewind(self):
        self._data_seek_needed = 1
        self._soundpos = 0

    def close(self):
        self._file = None
        file = self._i_opened_the_file
        if file:
            self._i_opened_the_file = None
            file.close()

    def getmarkers(self):
        return None

    def getmark(self, id):
        raise Error('no marks')

    def setpos(self, pos):
        if pos < 0 or pos > self._nframes:
            raise Error('position not in range')
        self._soundpos = pos
        self._data_seek_needed = 1

    def readframes(self, nframes):
        if self._data_seek_needed:
            self._data_chunk.seek(0, 0)
            pos = self._soundpos * self._framesize
            if pos:
                self._data_chunk.seek(pos, 0)
            self._data_seek_needed = 0
        if nframes == 0:
            return ''
        data = self._data_chunk.read(nframes * self._framesize)
        if self._sampwidth > 1 and sys.byteorder == 'big':
            data = _byteswap(data, self._sampwidth)
        if self._convert and data:
            data = self._convert(data)
        self._soundpos = self._soundpos + len(data) // (self._nchannels * self._sampwidth)
        return data

    def _read_fmt_chunk(self, chunk):
        try:
            (format_tag, self._nchannels, self._framerate, _bytes_per_sec,
             _block_align) = struct.unpack('<HHLLH', chunk.read(14))
        except struct.error:
            raise EOFError
        if format_tag != WAVE_FORMAT_PCM:
            raise Error('unknown format: %r' % (format_tag,))
        try:
            bits = struct.unpack('<H', chunk.read(2))[0]
        except struct.error:
            raise EOFError
        self._sampwidth = (bits + 7) // 8
        self._framesize = self._nchannels * self._sampwidth
        self._comptype = 'NONE'
        self._compname = 'not compressed'


class Wave_write(_audiofile.Writer):
    """Writes a RIFF/WAVE file; the header is written with the first
    frames and patched when the final length differs."""
    _error = Error

    def _rate(self, framerate):
        return int(round(framerate))

    def __init__(self, f):
        _audiofile.start(self, f, 'wb')

    def initfp(self, file):
        self._file = file
        self._convert = None
        self._nchannels = 0
        self._sampwidth = 0
        self._framerate = 0
        self._nframes = 0
        self._nframeswritten = 0
        self._datawritten = 0
        self._datalength = 0
        self._headerwritten = False

    def __del__(self):
        self.close()

    def _check_unstarted(self):
        if self._datawritten:
            raise Error('cannot change parameters after starting to write')

    def setmark(self, id, pos, name):
        raise Error('setmark() not supported')

    def getmark(self, id):
        raise Error('no marks')

    def getmarkers(self):
        return None

    def writeframesraw(self, data):
        self._ensure_header_written(len(data))
        nframes = len(data) // (self._sampwidth * self._nchannels)
        if self._convert:
            data = self._convert(data)
        if self._sampwidth > 1 and sys.byteorder == 'big':
            data = _byteswap(data, self._sampwidth)
        self._file.write(data)
        self._datawritten = self._datawritten + len(data)
        self._nframeswritten = self._nframeswritten + nframes

    def writeframes(self, data):
        self.writeframesraw(data)
        if self._datalength != self._datawritten:
            self._patchheader()

    def close(self):
        try:
            if self._file:
                self._ensure_header_written(0)
                if self._datalength != self._datawritten:
                    self._patchheader()
                self._file.flush()
        finally:
            self._file = None
            file = self._i_opened_the_file
            if file:
                self._i_opened_the_file = None
                file.close()

    def _ensure_header_written(self, datasize):
        if not self._headerwritten:
            if not self._nchannels:
                raise Error('# channels not specified')
            if not self._sampwidth:
                raise Error('sample width not specified')
            if not self._framerate:
                raise Error('sampling rate not specified')
            self._write_header(datasize)

    def _write_header(self, initlength):
        self._file.write('RIFF')
        if not self._nframes:
            self._nframes = initlength // (self._nchannels * self._sampwidth)
        self._datalength = self._nframes * self._nchannels * self._sampwidth
        try:
            self._form_length_pos = self._file.tell()
        except (AttributeError, IOError):
            self._form_length_pos = None
        self._file.write(struct.pack(
            '<L4s4sLHHLLHH4s', 36 + self._datalength, 'WAVE', 'fmt ', 16,
            WAVE_FORMAT_PCM, self._nchannels, self._framerate,
            self._nchannels * self._framerate * self._sampwidth,
            self._nchannels * self._sampwidth, self._sampwidth * 8, 'data'))
        if self._form_length_pos is not None:
            self._data_length_pos = self._file.tell()
        self._file.write(struct.pack('<L', self._datalength))
        self._headerwritten = True

    def _patchheader(self):
        if self._datawritten == self._datalength:
            return
        here = self._file.tell()
        self._file.seek(self._form_length_pos, 0)
        self._file.write(struct.pack('<L', 36 + self._datawritten))
        self._file.seek(self._data_length_pos, 0)
        self._file.write(struct.pack('<L', self._datawritten))
        self._file.seek(here, 0)
        self._datalength = self._datawritten


open = openfp = _audiofile.make_open(Wave_read, Wave_write, Error)
