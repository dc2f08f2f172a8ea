"""Codec registry and base classes (minipy's own).

minipy has one string type: unicode text is held as UTF-8 bytes. The codecs
the core implements (ascii, utf-8, latin-1, hex, base64, zlib, rot13,
string_escape) are reached through str.encode/str.decode; utf-16 and utf-32
are written here over code points. str.encode/decode ask this module for any
encoding the core does not know, so registered search functions work too.
"""

import sys
import __builtin__

__all__ = ['register', 'lookup', 'open', 'EncodedFile', 'BOM', 'BOM_BE',
           'BOM_LE', 'BOM32_BE', 'BOM32_LE', 'BOM64_BE', 'BOM64_LE',
           'BOM_UTF8', 'BOM_UTF16', 'BOM_UTF16_LE', 'BOM_UTF16_BE',
           'BOM_UTF32', 'BOM_UTF32_LE', 'BOM_UTF32_BE',
           'CodecInfo', 'Codec', 'IncrementalEncoder', 'IncrementalDecoder',
           'StreamReader', 'StreamWriter', 'StreamReaderWriter',
           'StreamRecoder', 'getencoder', 'getdecoder',
           'getincrementalencoder', 'getincrementaldecoder', 'getreader',
           'getwriter', 'encode', 'decode', 'iterencode', 'iterdecode',
           'strict_errors', 'ignore_errors', 'replace_errors',
           'xmlcharrefreplace_errors', 'backslashreplace_errors',
           'register_error', 'lookup_error']

BOM_UTF8 = '\xef\xbb\xbf'
BOM_LE = BOM_UTF16_LE = '\xff\xfe'
BOM_BE = BOM_UTF16_BE = '\xfe\xff'
BOM_UTF32_LE = '\xff\xfe\x00\x00'
BOM_UTF32_BE = '\x00\x00\xfe\xff'
# This machine is little-endian.
BOM = BOM_UTF16 = BOM_UTF16_LE
BOM_UTF32 = BOM_UTF32_LE
BOM32_LE, BOM32_BE = BOM_UTF16_LE, BOM_UTF16_BE
BOM64_LE, BOM64_BE = BOM_UTF32_LE, BOM_UTF32_BE


class CodecInfo(tuple):
    """(encode, decode, streamreader, streamwriter) with names attached."""

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None,
                incrementalencoder=None, incrementaldecoder=None, name=None):
        self = tuple.__new__(cls, (encode, decode, streamreader,
                                   streamwriter))
        self.name = name
        self.encode = encode
        self.decode = decode
        self.incrementalencoder = incrementalencoder
        self.incrementaldecoder = incrementaldecoder
        self.streamwriter = streamwriter
        self.streamreader = streamreader
        return self

    def __repr__(self):
        return '<%s.%s object for encoding %s>' % (
            self.__class__.__module__, self.__class__.__name__, self.name)


class Codec:
    """Stateless encoder/decoder: encode(input, errors) and decode(input,
    errors) return (output, length consumed)."""

    def encode(self, input, errors='strict'):
        raise NotImplementedError

    def decode(self, input, errors='strict'):
        raise NotImplementedError


class IncrementalEncoder(object):
    def __init__(self, errors='strict'):
        self.errors = errors
        self.buffer = ''

    def encode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return 0

    def setstate(self, state):
        pass


class BufferedIncrementalEncoder(IncrementalEncoder):
    def _buffer_encode(self, input, errors, final):
        raise NotImplementedError

    def encode(self, input, final=False):
        data = self.buffer + input
        result, consumed = self._buffer_encode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result

    def reset(self):
        IncrementalEncoder.reset(self)
        self.buffer = ''


class IncrementalDecoder(object):
    def __init__(self, errors='strict'):
        self.errors = errors

    def decode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return ('', 0)

    def setstate(self, state):
        pass


class BufferedIncrementalDecoder(IncrementalDecoder):
    """Keeps the undecoded tail of the input (a partial character) for the
    next call."""

    def __init__(self, errors='strict'):
        IncrementalDecoder.__init__(self, errors)
        self.buffer = ''

    def _buffer_decode(self, input, errors, final):
        raise NotImplementedError

    def decode(self, input, final=False):
        data = self.buffer + input
        result, consumed = self._buffer_decode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result

    def reset(self):
        self.buffer = ''

    def getstate(self):
        return (self.buffer, 0)

    def setstate(self, state):
        self.buffer = state[0]


class StreamWriter(Codec):
    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors

    def write(self, object):
        data, consumed = self.encode(object, self.errors)
        self.stream.write(data)

    def writelines(self, list):
        self.write(''.join(list))

    def reset(self):
        pass

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        if whence == 0 and offset == 0:
            self.reset()

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


class StreamReader(Codec):
    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors
        self.bytebuffer = ''
        self.charbuffer = ''
        # Lines already split off by readline, waiting to be handed out.
        self.linebuffer = None

    def decode(self, input, errors='strict'):
        raise NotImplementedError

    def _unsplit(self):
        # Puts the pending lines back into the character buffer.
        if self.linebuffer:
            self.charbuffer = ''.join(self.linebuffer)
        self.linebuffer = None

    def read(self, size=-1, chars=-1, firstline=False):
        self._unsplit()
        if chars < 0:
            # size also caps the characters handed out.
            chars = size
        while chars < 0 or len(self.charbuffer) < chars:
            newdata = self.stream.read() if size < 0 \
                else self.stream.read(size)
            data = self.bytebuffer + newdata
            try:
                newchars, used = self.decode(data, self.errors)
            except UnicodeDecodeError as exc:
                # A first line that decodes cleanly is handed out before
                # the error is raised on a later read.
                if not firstline:
                    raise
                newchars, used = self.decode(data[:exc.start], self.errors)
                if len(newchars.splitlines(True)) <= 1:
                    raise
            self.bytebuffer = data[used:]
            self.charbuffer += newchars
            if not newdata:
                break
        if chars < 0:
            result, self.charbuffer = self.charbuffer, ''
        else:
            result = self.charbuffer[:chars]
            self.charbuffer = self.charbuffer[chars:]
        return result

    def readline(self, size=None, keepends=True):
        if self.linebuffer:
            line = self.linebuffer.pop(0)
            if len(self.linebuffer) == 1:
                self.charbuffer = self.linebuffer[0]
                self.linebuffer = None
            return line if keepends else line.splitlines(False)[0]
        readsize = size or 72
        line = ''
        while True:
            data = self.read(readsize, firstline=True)
            if data.endswith('\r'):
                # Keep a \r\n pair together.
                data += self.read(size=1, chars=1)
            line += data
            parts = line.splitlines(True)
            if parts:
                first = parts[0]
                bare = first.splitlines(False)[0]
                if len(parts) > 1:
                    rest = parts[1:]
                    if len(rest) > 1:
                        rest[-1] += self.charbuffer
                        self.linebuffer = rest
                        self.charbuffer = None
                    else:
                        self.charbuffer = rest[0] + self.charbuffer
                    return first if keepends else bare
                if first != bare:
                    # One whole line ending exactly at the data's end.
                    return first if keepends else bare
            if not data or size is not None:
                if line and not keepends:
                    line = line.splitlines(False)[0]
                return line
            if readsize < 8000:
                readsize *= 2

    def readlines(self, sizehint=None, keepends=True):
        return self.read().splitlines(keepends)

    def reset(self):
        self.bytebuffer = ''
        self.charbuffer = u''
        self.linebuffer = None

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reset()

    def next(self):
        line = self.readline()
        if line:
            return line
        raise StopIteration

    def __iter__(self):
        return self

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


class StreamReaderWriter:
    """A stream both read and written through a codec."""

    encoding = 'unknown'

    def __init__(self, stream, Reader, Writer, errors='strict'):
        self.stream = stream
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)
        self.errors = errors

    def read(self, size=-1):
        return self.reader.read(size)

    def readline(self, size=None):
        return self.reader.readline(size)

    def readlines(self, sizehint=None):
        return self.reader.readlines(sizehint)

    def next(self):
        return self.reader.next()

    def __iter__(self):
        return self

    def write(self, data):
        return self.writer.write(data)

    def writelines(self, list):
        return self.writer.writelines(list)

    def reset(self):
        self.reader.reset()
        self.writer.reset()

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reader.reset()
        if whence == 0 and offset == 0:
            self.writer.reset()

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


class StreamRecoder:
    """Data is decoded from the stream with one codec (Reader/Writer) and
    handed out encoded with another (encode/decode)."""

    data_encoding = 'unknown'
    file_encoding = 'unknown'

    def __init__(self, stream, encode, decode, Reader, Writer,
                 errors='strict'):
        self.stream = stream
        self.encode = encode
        self.decode = decode
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)
        self.errors = errors

    def read(self, size=-1):
        data = self.reader.read(size)
        data, consumed = self.encode(data, self.errors)
        return data

    def readline(self, size=None):
        data = self.reader.readline() if size is None \
            else self.reader.readline(size)
        data, consumed = self.encode(data, self.errors)
        return data

    def readlines(self, sizehint=None):
        data = self.reader.read()
        data, consumed = self.encode(data, self.errors)
        return data.splitlines(True)

    def next(self):
        data = self.reader.next()
        data, consumed = self.encode(data, self.errors)
        return data

    def __iter__(self):
        return self

    def write(self, data):
        data, consumed = self.decode(data, self.errors)
        return self.writer.write(data)

    def writelines(self, list):
        return self.write(''.join(list))

    def reset(self):
        self.reader.reset()
        self.writer.reset()

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


# ----- the codecs themselves -----

from _codecs import *
from _codecs import (utf_16_ex_decode, utf_32_ex_decode, core_encode,
                     core_decode)


def _make_info(name, enc, dec, partial_dec=None):
    """A CodecInfo for a stateless codec; partial_dec(input, errors, final)
    lets its incremental decoder and stream reader keep an unfinished
    character for later."""
    class _Codec(Codec):
        def encode(self, input, errors='strict'):
            return enc(input, errors)

        def decode(self, input, errors='strict'):
            return dec(input, errors)

    class _IncEncoder(IncrementalEncoder):
        def encode(self, input, final=False):
            return enc(input, self.errors)[0]

    if partial_dec is not None:
        class _IncDecoder(BufferedIncrementalDecoder):
            def _buffer_decode(self, input, errors, final):
                return partial_dec(input, errors, final)
    else:
        class _IncDecoder(IncrementalDecoder):
            def decode(self, input, final=False):
                return dec(input, self.errors)[0]

    class _Writer(_Codec, StreamWriter):
        pass

    class _Reader(_Codec, StreamReader):
        if partial_dec is not None:
            def decode(self, input, errors='strict'):
                return partial_dec(input, errors, False)

    return CodecInfo(enc, dec, _Reader, _Writer, _IncEncoder, _IncDecoder,
                     name=name)


def _partial(name, enc, dec):
    # dec takes (input, errors, final); the stateless decoder is final.
    def full(input, errors='strict'):
        return dec(input, errors, True)
    return _make_info(name, enc, full, dec)


def _bom_codec(name, width, ex_decode, encoders, decoders):
    """utf-16 / utf-32: a BOM is written once, in native order, and read
    once, choosing the byte order of the rest."""
    native, le, be = encoders
    dec_le, dec_be = decoders
    after_bom = le if sys.byteorder == 'little' else be
    nobom = 'UTF-%d stream does not start with BOM' % (width * 8)

    def decode(input, errors='strict'):
        return ex_decode(input, errors, 0, True)[:2]

    class _IncEncoder(IncrementalEncoder):
        def __init__(self, errors='strict'):
            IncrementalEncoder.__init__(self, errors)
            self.encoder = None

        def encode(self, input, final=False):
            if self.encoder is None:
                self.encoder = after_bom
                return native(input, self.errors)[0]
            return self.encoder(input, self.errors)[0]

        def reset(self):
            self.encoder = None

        def getstate(self):
            return 2 if self.encoder is None else 0

        def setstate(self, state):
            self.encoder = None if state else after_bom

    class _IncDecoder(BufferedIncrementalDecoder):
        def __init__(self, errors='strict'):
            BufferedIncrementalDecoder.__init__(self, errors)
            self.decoder = None

        def _buffer_decode(self, input, errors, final):
            if self.decoder is not None:
                return self.decoder(input, errors, final)
            out, used, order = ex_decode(input, errors, 0, final)
            if order == -1:
                self.decoder = dec_le
            elif order == 1:
                self.decoder = dec_be
            elif used >= width:
                raise UnicodeError(nobom)
            return out, used

        def reset(self):
            BufferedIncrementalDecoder.reset(self)
            self.decoder = None

    class _Writer(StreamWriter):
        def __init__(self, stream, errors='strict'):
            StreamWriter.__init__(self, stream, errors)
            self.encoder = None

        def reset(self):
            StreamWriter.reset(self)
            self.encoder = None

        def encode(self, input, errors='strict'):
            if self.encoder is None:
                self.encoder = after_bom
                return native(input, errors)
            return self.encoder(input, errors)

    class _Reader(StreamReader):
        def reset(self):
            StreamReader.reset(self)
            self.__dict__.pop('decode', None)

        def decode(self, input, errors='strict'):
            out, used, order = ex_decode(input, errors, 0, False)
            if order == -1:
                self.decode = dec_le
            elif order == 1:
                self.decode = dec_be
            elif used >= width:
                raise UnicodeError(nobom)
            return out, used

    return CodecInfo(native, decode, _Reader, _Writer, _IncEncoder,
                     _IncDecoder, name=name)


def _core_codec(core, name):
    """A CodecInfo for one of the core's str codecs (hex, base64, ...)."""
    from _codecs import _bytes

    def enc(input, errors='strict'):
        # Text goes through the default encoding first (and str's codec
        # then does the work, not this function again).
        data = input.encode('ascii') if isinstance(input, unicode) \
            else _bytes(input, 'encode')
        return data.encode(core, errors), len(input)

    def dec(input, errors='strict'):
        data = _bytes(input, 'decode')
        return data.decode(core, errors), len(input)
    return _make_info(name, enc, dec)


def _whole(dec):
    def full(input, errors='strict'):
        return dec(input, errors)
    return full


_ALIASES = {}
for _names, _canon in [
        (('ascii', 'us_ascii', '646', 'us', 'ansi_x3.4_1968', 'ansi_x3_4_1968',
          'ansi_x3.4_1986', 'cp367', 'csascii', 'ibm367', 'iso646_us',
          'iso_646.irv_1991', 'iso_ir_6'), 'ascii'),
        (('utf_8', 'utf8', 'u8', 'utf', 'utf8_ucs2', 'utf8_ucs4'), 'utf-8'),
        (('latin_1', 'latin1', 'latin', 'l1', 'iso_8859_1', 'iso8859_1',
          '8859', 'cp819', 'iso_ir_100', 'iso_8859_1_1987', 'ibm819',
          'csisolatin1'), 'latin-1'),
        (('hex', 'hex_codec'), 'hex'),
        (('base64', 'base_64', 'base64_codec'), 'base64'),
        (('zlib', 'zip', 'zlib_codec'), 'zlib'),
        (('rot13', 'rot_13'), 'rot-13'),
        (('string_escape',), 'string-escape'),
        (('utf_16', 'utf16', 'u16'), 'utf-16'),
        (('utf_16_le', 'utf_16le', 'unicodelittleunmarked'), 'utf-16-le'),
        (('utf_16_be', 'utf_16be', 'unicodebigunmarked'), 'utf-16-be'),
        (('utf_32', 'utf32', 'u32'), 'utf-32'),
        (('utf_32_le', 'utf_32le'), 'utf-32-le'),
        (('utf_32_be', 'utf_32be'), 'utf-32-be'),
        (('utf_7', 'utf7', 'u7', 'unicode_1_1_utf_7'), 'utf-7'),
        (('unicode_escape',), 'unicode-escape'),
        (('raw_unicode_escape',), 'raw-unicode-escape'),
        (('unicode_internal',), 'unicode-internal')]:
    for _n in _names:
        _ALIASES[_n] = _canon
del _names, _canon, _n

_CORE = {'hex': 'hex', 'base64': 'base64', 'zlib': 'zlib', 'rot-13': 'rot13',
         'string-escape': 'string_escape'}


def _builtin_search(name):
    canon = _ALIASES.get(name.replace('-', '_').replace(' ', '_'))
    if canon is None:
        return None
    if canon in _CORE:
        return _core_codec(_CORE[canon], canon)
    if canon == 'utf-16':
        return _bom_codec(canon, 2, utf_16_ex_decode,
                          (utf_16_encode, utf_16_le_encode, utf_16_be_encode),
                          (utf_16_le_decode, utf_16_be_decode))
    if canon == 'utf-32':
        return _bom_codec(canon, 4, utf_32_ex_decode,
                          (utf_32_encode, utf_32_le_encode, utf_32_be_encode),
                          (utf_32_le_decode, utf_32_be_decode))
    fname = canon.replace('-', '_')
    enc = globals()[fname + '_encode']
    dec = globals()[fname + '_decode']
    if canon in ('utf-8', 'utf-7') or canon.startswith('utf-16') or \
            canon.startswith('utf-32'):
        return _partial(canon, enc, dec)
    shown = 'iso8859-1' if canon == 'latin-1' else canon
    return _make_info(shown, enc, _whole(dec))


def _charmap_codec(name, table):
    """An 8-bit codec from its 256-character decoding table."""
    encoding_map = charmap_build(table)

    def enc(input, errors='strict'):
        return charmap_encode(input, errors, encoding_map)

    def dec(input, errors='strict'):
        return charmap_decode(input, errors, table)
    return _make_info(name, enc, dec)


def _charmap_search(name):
    # The tables load only when an 8-bit codec is first asked for.
    import _charmaps
    key = name.replace('-', '_').replace(' ', '_')
    key = _charmaps.ALIASES.get(key, key)
    table = _charmaps.TABLES.get(key)
    if table is None:
        return None
    return _charmap_codec(key.replace('_', '-'), table)


def _encodings_search(name):
    # The codecs of the `encodings` package (idna, punycode, utf-8-sig, ...).
    try:
        import encodings
    except ImportError:
        return None
    return encodings.search_function(name)


_search_functions = [_builtin_search, _charmap_search, _encodings_search]
_cache = {}


def register(search_function):
    """Adds a search function: name -> CodecInfo (or a 4-tuple) or None."""
    if not callable(search_function):
        raise TypeError('argument must be callable')
    _search_functions.append(search_function)


def lookup(encoding):
    """The CodecInfo of an encoding; LookupError if none is known."""
    if isinstance(encoding, unicode):
        # ASCII unicode names are accepted, as by CPython
        encoding = encoding.encode('ascii')
    if not isinstance(encoding, str):
        raise TypeError('lookup() argument 1 must be string, not %s'
                        % type(encoding).__name__)
    key = encoding.lower().replace(' ', '_')
    info = _cache.get(key)
    if info is not None:
        return info
    for f in _search_functions:
        info = f(key)
        if info is None:
            continue
        if not isinstance(info, tuple) or len(info) != 4:
            raise TypeError('codec search functions must return 4-tuples')
        _cache[key] = info
        return info
    raise LookupError('unknown encoding: %s' % encoding)


def encode(obj, encoding='ascii', errors='strict'):
    """Encodes obj with the codec registered for encoding."""
    result = lookup(encoding)[0](obj, errors)
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError('encoder must return a tuple (object, integer)')
    return result[0]


def decode(obj, encoding='ascii', errors='strict'):
    """Decodes obj with the codec registered for encoding."""
    result = lookup(encoding)[1](obj, errors)
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError('decoder must return a tuple (object,integer)')
    return result[0]


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode


def getincrementalencoder(encoding):
    encoder = lookup(encoding).incrementalencoder
    if encoder is None:
        raise LookupError(encoding)
    return encoder


def getincrementaldecoder(encoding):
    decoder = lookup(encoding).incrementaldecoder
    if decoder is None:
        raise LookupError(encoding)
    return decoder


def getreader(encoding):
    return lookup(encoding).streamreader


def getwriter(encoding):
    return lookup(encoding).streamwriter


def iterencode(iterator, encoding, errors='strict', **kwargs):
    encoder = getincrementalencoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = encoder.encode(input)
        if output:
            yield output
    output = encoder.encode('', True)
    if output:
        yield output


def iterdecode(iterator, encoding, errors='strict', **kwargs):
    decoder = getincrementaldecoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = decoder.decode(input)
        if output:
            yield output
    output = decoder.decode('', True)
    if output:
        yield output


def open(filename, mode='rb', encoding=None, errors='strict', buffering=1):
    """Opens a file whose contents go through a codec."""
    if encoding is not None:
        if 'U' in mode:
            # The codec sees the bytes as they are: no newline translation
            # (it would cut multi-byte encodings such as UTF-16 apart).
            mode = mode.strip().replace('U', '')
            if mode[:1] not in ('r', 'w', 'a'):
                mode = 'r' + mode
        if 'b' not in mode:
            mode = mode + 'b'
    f = __builtin__.open(filename, mode, buffering)
    if encoding is None:
        return f
    info = lookup(encoding)
    srw = StreamReaderWriter(f, info.streamreader, info.streamwriter, errors)
    srw.encoding = encoding
    return srw


def EncodedFile(file, data_encoding, file_encoding=None, errors='strict'):
    """Wraps file: data written is decoded from data_encoding and stored as
    file_encoding; data read goes the other way."""
    if file_encoding is None:
        file_encoding = data_encoding
    data_info = lookup(data_encoding)
    file_info = lookup(file_encoding)
    sr = StreamRecoder(file, data_info.encode, data_info.decode,
                       file_info.streamreader, file_info.streamwriter, errors)
    sr.data_encoding = data_encoding
    sr.file_encoding = file_encoding
    return sr
