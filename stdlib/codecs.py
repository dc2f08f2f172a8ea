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

    def decode(self, input, errors='strict'):
        raise NotImplementedError

    def _fill(self, size):
        # Reads and decodes more; False at the end of the stream.
        newdata = self.stream.read() if size < 0 else self.stream.read(size)
        data = self.bytebuffer + newdata
        if not data:
            return False
        newchars, consumed = self.decode(data, self.errors)
        self.bytebuffer = data[consumed:]
        self.charbuffer += newchars
        return bool(newdata)

    def read(self, size=-1, chars=-1, firstline=False):
        while True:
            if chars >= 0 and len(self.charbuffer) >= chars:
                break
            if size >= 0 and len(self.charbuffer) >= size:
                break
            if not self._fill(size):
                break
            if size < 0 and chars < 0:
                continue
        if chars < 0:
            result, self.charbuffer = self.charbuffer, ''
        else:
            result = self.charbuffer[:chars]
            self.charbuffer = self.charbuffer[chars:]
        return result

    def readline(self, size=None, keepends=True):
        while True:
            i = self.charbuffer.find('\n')
            if i >= 0:
                line = self.charbuffer[:i + 1]
                self.charbuffer = self.charbuffer[i + 1:]
                break
            if size is not None and size >= 0 and \
                    len(self.charbuffer) >= size:
                line = self.charbuffer[:size]
                self.charbuffer = self.charbuffer[size:]
                return line
            if not self._fill(72):
                line, self.charbuffer = self.charbuffer, ''
                break
        if not keepends:
            line = line.rstrip('\r\n')
        return line

    def readlines(self, sizehint=None, keepends=True):
        return self.read().splitlines(keepends)

    def reset(self):
        self.bytebuffer = ''
        self.charbuffer = ''

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

def _code_points(u):
    # The code points of text held as UTF-8 (bytes that are not valid UTF-8
    # stand for themselves, as latin-1).
    try:
        u.decode('utf-8')
    except UnicodeError:
        return [ord(c) for c in u]
    out, i, n = [], 0, len(u)
    while i < n:
        o = ord(u[i])
        if o < 0x80:
            out.append(o)
            i += 1
            continue
        k = 2 if o < 0xe0 else 3 if o < 0xf0 else 4
        cp = o & (0x3f >> (k - 1))
        for c in u[i + 1:i + k]:
            cp = (cp << 6) | (ord(c) & 0x3f)
        out.append(cp)
        i += k
    return out


def _from_code_points(cps):
    return ''.join([unichr(cp) for cp in cps])


def _decode_error(codec, data, start, end, reason, errors, shift=0):
    if errors == 'strict':
        start, end = start + shift, end + shift
        raise UnicodeDecodeError(codec, data, start, end, reason)
    return None if errors == 'ignore' else u'\ufffd'


def _utf16_encode(input, errors='strict', order=None):
    fmt_be = order == 'be'
    out = [] if order else [BOM_UTF16_LE]
    for cp in _code_points(input):
        units = [cp] if cp < 0x10000 else \
            [0xd800 | ((cp - 0x10000) >> 10), 0xdc00 | ((cp - 0x10000) & 0x3ff)]
        for u in units:
            hi, lo = chr(u >> 8), chr(u & 0xff)
            out.append(hi + lo if fmt_be else lo + hi)
    return ''.join(out), len(input)


def _utf16_decode(input, errors='strict', order=None, final=False):
    consumed_bom = 0
    if order is None:
        if input[:2] == BOM_UTF16_BE:
            order, consumed_bom = 'be', 2
        elif input[:2] == BOM_UTF16_LE:
            order, consumed_bom = 'le', 2
        else:
            order = 'le'
    data = input[consumed_bom:]
    cps = []
    i, n = 0, len(data)
    name = 'utf16'
    while i + 1 < n:
        a, b = ord(data[i]), ord(data[i + 1])
        u = (a << 8 | b) if order == 'be' else (b << 8 | a)
        if 0xd800 <= u < 0xdc00:
            if i + 3 >= n:
                if not final:
                    break
                r = _decode_error(name, input, i, n, 'unexpected end of data',
                                  errors)
                if r is not None:
                    cps.append(0xfffd)
                i = n
                break
            c, d = ord(data[i + 2]), ord(data[i + 3])
            u2 = (c << 8 | d) if order == 'be' else (d << 8 | c)
            if 0xdc00 <= u2 < 0xe000:
                cps.append(0x10000 + ((u - 0xd800) << 10) + (u2 - 0xdc00))
                i += 4
                continue
            if _decode_error(name, input, i, i + 2, 'illegal encoding',
                             errors) is not None:
                cps.append(0xfffd)
            i += 2
            continue
        cps.append(u)
        i += 2
    if i < n and final:
        if _decode_error(name, input, i, n, 'truncated data',
                         errors, consumed_bom) is not None:
            cps.append(0xfffd)
        i = n
    return _from_code_points(cps), consumed_bom + i


def _utf32_encode(input, errors='strict', order=None):
    out = [] if order else [BOM_UTF32_LE]
    for cp in _code_points(input):
        b = [chr(cp >> s & 0xff) for s in (0, 8, 16, 24)]
        if order == 'be':
            b.reverse()
        out.append(''.join(b))
    return ''.join(out), len(input)


def _utf32_decode(input, errors='strict', order=None, final=False):
    start = 0
    if order is None:
        if input[:4] == BOM_UTF32_BE:
            order, start = 'be', 4
        elif input[:4] == BOM_UTF32_LE:
            order, start = 'le', 4
        else:
            order = 'le'
    cps = []
    i, n = start, len(input)
    while i + 3 < n:
        b = [ord(c) for c in input[i:i + 4]]
        if order == 'le':
            b.reverse()
        cp = b[0] << 24 | b[1] << 16 | b[2] << 8 | b[3]
        if cp > 0x10ffff:
            if _decode_error('utf32', input, i, i + 4,
                             'codepoint not in range(0x110000)',
                             errors) is not None:
                cps.append(0xfffd)
        else:
            cps.append(cp)
        i += 4
    if i < n and final:
        if _decode_error('utf32', input, i, n, 'truncated data',
                         errors) is not None:
            cps.append(0xfffd)
        i = n
    return _from_code_points(cps), i


def _utf8_complete(input):
    # How many leading bytes hold whole UTF-8 sequences.
    n = len(input)
    for back in range(1, min(4, n) + 1):
        o = ord(input[n - back])
        if o < 0x80:
            return n
        if o >= 0xc0:
            need = 2 if o < 0xe0 else 3 if o < 0xf0 else 4
            return n if back >= need else n - back
    return n


def utf_8_encode(input, errors='strict'):
    return input.encode('utf-8', errors), len(input)


def utf_8_decode(input, errors='strict', final=False):
    end = len(input) if final else _utf8_complete(input)
    return input[:end].decode('utf-8', errors), end


def latin_1_encode(input, errors='strict'):
    return input.encode('latin-1', errors), len(input)


def latin_1_decode(input, errors='strict'):
    return input.decode('latin-1', errors), len(input)


def ascii_encode(input, errors='strict'):
    return input.encode('ascii', errors), len(input)


def ascii_decode(input, errors='strict'):
    return input.decode('ascii', errors), len(input)


def utf_16_encode(input, errors='strict', byteorder=0):
    order = {0: None, -1: 'le', 1: 'be'}[byteorder]
    return _utf16_encode(input, errors, order)


def utf_16_decode(input, errors='strict', final=False):
    return _utf16_decode(input, errors, None, final)


def utf_16_le_encode(input, errors='strict'):
    return _utf16_encode(input, errors, 'le')


def utf_16_le_decode(input, errors='strict', final=False):
    return _utf16_decode(input, errors, 'le', final)


def utf_16_be_encode(input, errors='strict'):
    return _utf16_encode(input, errors, 'be')


def utf_16_be_decode(input, errors='strict', final=False):
    return _utf16_decode(input, errors, 'be', final)


def _core_codec(core, name, text):
    """A CodecInfo for a codec of the core's str.encode/str.decode."""
    def enc(input, errors='strict'):
        return input.encode(core, errors), len(input)

    def dec(input, errors='strict'):
        return input.decode(core, errors), len(input)
    return _make_info(name, enc, dec, utf_8_decode if core == 'utf-8'
                      else None)


def _make_info(name, enc, dec, partial_dec=None):
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


def _python_codec(name, enc, dec):
    def full(input, errors='strict'):
        return dec(input, errors, True)
    return _make_info(name, enc, full, dec)


_ALIASES = {}
for _names, _canon in [
        (('ascii', 'us_ascii', '646', 'us'), 'ascii'),
        (('utf_8', 'utf8', 'u8', 'utf', 'utf8_ucs2', 'utf8_ucs4'), 'utf-8'),
        (('latin_1', 'latin1', 'latin', 'l1', 'iso_8859_1', 'iso8859_1',
          '8859', 'cp819', 'iso_ir_100'), 'iso8859-1'),
        (('hex', 'hex_codec'), 'hex'),
        (('base64', 'base_64', 'base64_codec'), 'base64'),
        (('zlib', 'zip', 'zlib_codec'), 'zlib'),
        (('rot13', 'rot_13'), 'rot-13'),
        (('string_escape',), 'string-escape'),
        (('utf_16', 'utf16', 'u16'), 'utf-16'),
        (('utf_16_le', 'utf_16le'), 'utf-16-le'),
        (('utf_16_be', 'utf_16be'), 'utf-16-be'),
        (('utf_32', 'utf32', 'u32'), 'utf-32'),
        (('utf_32_le', 'utf_32le'), 'utf-32-le'),
        (('utf_32_be', 'utf_32be'), 'utf-32-be')]:
    for _n in _names:
        _ALIASES[_n] = _canon
del _names, _canon, _n

_CORE = {'ascii': 'ascii', 'utf-8': 'utf-8', 'iso8859-1': 'latin-1',
         'hex': 'hex', 'base64': 'base64', 'zlib': 'zlib', 'rot-13': 'rot13',
         'string-escape': 'string_escape'}


def _builtin_search(name):
    canon = _ALIASES.get(name.replace('-', '_').replace(' ', '_'))
    if canon is None:
        return None
    if canon in _CORE:
        return _core_codec(_CORE[canon], canon, True)
    if canon.startswith('utf-16'):
        order = canon[7:] or None
        return _python_codec(
            canon,
            lambda input, errors='strict': _utf16_encode(input, errors, order),
            lambda input, errors='strict', final=False:
                _utf16_decode(input, errors, order, final))
    order = canon[7:] or None
    return _python_codec(
        canon,
        lambda input, errors='strict': _utf32_encode(input, errors, order),
        lambda input, errors='strict', final=False:
            _utf32_decode(input, errors, order, final))


def _charmap_codec(name, table):
    """An 8-bit codec from its 256-character decoding table."""
    reverse = {}
    for i, ch in enumerate(table):
        if ch != u'\ufffe':
            reverse.setdefault(ch, chr(i))

    def encode(input, errors='strict'):
        if isinstance(input, str):
            input = unicode(input)
        out = []
        i, n = 0, len(input)
        while i < n:
            b = reverse.get(input[i])
            if b is not None:
                out.append(b)
                i += 1
                continue
            j = i + 1
            if errors != 'strict':
                while j < n and input[j] not in reverse:
                    j += 1
            exc = UnicodeEncodeError('charmap', input, i, j,
                                     'character maps to <undefined>')
            if errors == 'strict':
                raise exc
            if errors == 'ignore':
                i = j
                continue
            if errors == 'replace':
                out.append(reverse.get(u'?', '?') * (j - i))
                i = j
                continue
            rep, i = lookup_error(errors)(exc)
            for ch in rep:
                if ch not in reverse:
                    raise UnicodeEncodeError('charmap', input, i - 1, i,
                                             'character maps to <undefined>')
                out.append(reverse[ch])
        return ''.join(out), n

    def decode(input, errors='strict', final=False):
        input = str(input)
        out = []
        i, n = 0, len(input)
        while i < n:
            ch = table[ord(input[i])]
            if ch != u'\ufffe':
                out.append(ch)
                i += 1
                continue
            exc = UnicodeDecodeError('charmap', input, i, i + 1,
                                     'character maps to <undefined>')
            if errors == 'strict':
                raise exc
            if errors == 'ignore':
                i += 1
            elif errors == 'replace':
                out.append(u'\ufffd')
                i += 1
            else:
                rep, i = lookup_error(errors)(exc)
                out.append(rep)
        return u''.join(out), n

    return _python_codec(name, encode, decode)


def _charmap_search(name):
    # The tables load only when an 8-bit codec is first asked for.
    import _charmaps
    key = name.replace('-', '_').replace(' ', '_')
    key = _charmaps.ALIASES.get(key, key)
    table = _charmaps.TABLES.get(key)
    if table is None:
        return None
    return _charmap_codec(key.replace('_', '-'), table)


_search_functions = [_builtin_search, _charmap_search]
_cache = {}


def register(search_function):
    """Adds a search function: name -> CodecInfo (or a 4-tuple) or None."""
    if not callable(search_function):
        raise TypeError('argument must be callable')
    _search_functions.append(search_function)


def lookup(encoding):
    """The CodecInfo of an encoding; LookupError if none is known."""
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
    if encoding is not None and 'b' not in mode:
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


# ----- error handlers -----

def strict_errors(exc):
    raise exc


def ignore_errors(exc):
    if isinstance(exc, UnicodeError):
        return (u'', exc.end)
    raise TypeError("don't know how to handle %s in error callback"
                    % type(exc).__name__)


def replace_errors(exc):
    if isinstance(exc, UnicodeEncodeError):
        return (u'?' * (exc.end - exc.start), exc.end)
    if isinstance(exc, UnicodeDecodeError):
        return (u'\ufffd', exc.end)
    raise TypeError("don't know how to handle %s in error callback"
                    % type(exc).__name__)


def xmlcharrefreplace_errors(exc):
    if isinstance(exc, UnicodeEncodeError):
        s = exc.object[exc.start:exc.end]
        return (u''.join([u'&#%d;' % cp for cp in _code_points(s)]), exc.end)
    raise TypeError("don't know how to handle %s in error callback"
                    % type(exc).__name__)


def backslashreplace_errors(exc):
    if isinstance(exc, UnicodeEncodeError):
        out = []
        for cp in _code_points(exc.object[exc.start:exc.end]):
            if cp < 0x100:
                out.append(u'\\x%02x' % cp)
            elif cp < 0x10000:
                out.append(u'\\u%04x' % cp)
            else:
                out.append(u'\\U%08x' % cp)
        return (u''.join(out), exc.end)
    raise TypeError("don't know how to handle %s in error callback"
                    % type(exc).__name__)


_error_handlers = {
    'strict': strict_errors,
    'ignore': ignore_errors,
    'replace': replace_errors,
    'xmlcharrefreplace': xmlcharrefreplace_errors,
    'backslashreplace': backslashreplace_errors,
}


def register_error(name, handler):
    if not callable(handler):
        raise TypeError('handler must be callable')
    _error_handlers[name] = handler


def lookup_error(name):
    try:
        return _error_handlers[name]
    except KeyError:
        raise LookupError('unknown error handler name %r' % name)
