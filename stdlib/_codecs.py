"""The codec functions under `codecs` (minipy's own).

Each returns (output, input length consumed). Error handling follows one
protocol for every codec here: strict/ignore/replace are decided inline,
any other name goes to the handler registered with register_error, whose
(replacement, new position) answer is checked as CPython checks it.
"""

import sys

_BUILTIN_ERRORS = ('strict', 'ignore', 'replace', 'xmlcharrefreplace',
                   'backslashreplace')


# ----- error handlers -----

def _not_handled(exc):
    return TypeError("don't know how to handle %s in error callback"
                     % type(exc).__name__)


def _is(exc, kinds):
    # The real type decides: a faked __class__ does not make an object
    # carry the attributes the handlers read.
    return issubclass(type(exc), kinds)


def _obj(exc):
    # The exception's object, of the type its kind needs.
    want = str if _is(exc, UnicodeDecodeError) else unicode
    if not isinstance(exc.object, want):
        raise TypeError('object attribute must be %s' % want.__name__)
    return exc.object


def strict_errors(exc):
    if _is(exc, BaseException):
        raise exc
    raise TypeError('codec must pass exception instance')


def ignore_errors(exc):
    if _is(exc, (UnicodeEncodeError, UnicodeDecodeError,
                        UnicodeTranslateError)):
        _obj(exc)
        return (u'', exc.end)
    raise _not_handled(exc)


def replace_errors(exc):
    if _is(exc, (UnicodeEncodeError, UnicodeDecodeError,
                 UnicodeTranslateError)):
        _obj(exc)
    if _is(exc, UnicodeEncodeError):
        return (u'?' * (exc.end - exc.start), exc.end)
    if _is(exc, UnicodeDecodeError):
        return (u'\ufffd', exc.end)
    if _is(exc, UnicodeTranslateError):
        return (u'\ufffd' * (exc.end - exc.start), exc.end)
    raise _not_handled(exc)


def xmlcharrefreplace_errors(exc):
    if _is(exc, UnicodeEncodeError):
        part = _obj(exc)[exc.start:exc.end]
        return (u''.join([u'&#%d;' % ord(c) for c in part]), exc.end)
    raise _not_handled(exc)


def _backslashed(c):
    cp = ord(c)
    if cp < 0x100:
        return u'\\x%02x' % cp
    if cp < 0x10000:
        return u'\\u%04x' % cp
    return u'\\U%08x' % cp


def backslashreplace_errors(exc):
    if _is(exc, UnicodeEncodeError):
        part = _obj(exc)[exc.start:exc.end]
        return (u''.join([_backslashed(c) for c in part]), exc.end)
    raise _not_handled(exc)


_error_handlers = {
    'strict': strict_errors,
    'ignore': ignore_errors,
    'replace': replace_errors,
    'xmlcharrefreplace': xmlcharrefreplace_errors,
    'backslashreplace': backslashreplace_errors,
}


def register_error(name, handler):
    if not isinstance(name, basestring):
        raise TypeError('register_error() argument 1 must be string, not %s'
                        % type(name).__name__)
    if not callable(handler):
        raise TypeError('handler must be callable')
    _error_handlers[name] = handler


def lookup_error(name):
    if not isinstance(name, basestring):
        raise TypeError('lookup_error() argument must be string, not %s'
                        % type(name).__name__)
    try:
        return _error_handlers[name]
    except KeyError:
        raise LookupError('unknown error handler name %r' % name)


def _checked(res, length, what):
    # The handler's answer must be (unicode, int); a negative position
    # counts from the end.
    if not isinstance(res, tuple) or len(res) != 2 or \
            not isinstance(res[0], unicode) or \
            not isinstance(res[1], (int, long)):
        raise TypeError('%s error handler must return (unicode, int) tuple'
                        % what)
    rep, pos = res
    if pos < 0:
        pos += length
    if not 0 <= pos <= length:
        raise IndexError('position %d from error handler out of bounds'
                         % pos)
    return rep, pos


def decode_error(errors, codec, data, start, end, reason):
    """(replacement text, position to go on from) for bad input bytes."""
    if errors == 'ignore':
        return u'', end
    if errors == 'replace':
        return u'\ufffd', end
    exc = UnicodeDecodeError(codec, data, start, end, reason)
    if errors == 'strict':
        raise exc
    return _checked(lookup_error(errors)(exc), len(data), 'decoding')


def encode_error(errors, codec, text, start, end, reason):
    """(replacement text, position to go on from) for unencodable text."""
    if errors == 'ignore':
        return u'', end
    if errors == 'replace':
        return u'?' * (end - start), end
    exc = UnicodeEncodeError(codec, text, start, end, reason)
    if errors == 'strict':
        raise exc
    return _checked(lookup_error(errors)(exc), len(text), 'encoding')


def _text(input):
    if isinstance(input, unicode):
        return input
    if isinstance(input, str):
        return unicode(input)
    if hasattr(input, '__unicode__') or isinstance(input, bytearray):
        return unicode(input)
    raise TypeError('coercing to Unicode: need string or buffer, %s found'
                    % type(input).__name__)


def _bytes(input, name):
    if isinstance(input, str):
        return input
    if isinstance(input, unicode):
        return input.encode('ascii')
    # (buffer may be a function here, not a type: compare names.)
    if isinstance(input, bytearray) or type(input).__name__ == 'buffer':
        return str(input)
    try:
        import array
        if isinstance(input, array.array):
            return input.tostring()
    except ImportError:
        pass
    raise TypeError('%s() argument 1 must be string or buffer, not %s'
                    % (name, type(input).__name__))


# ----- the core's codecs with any error handler -----

def core_decode(data, encoding, errors, codec):
    """data.decode(encoding, errors) where errors may be a user handler:
    the core decodes strictly up to each error and the handler decides."""
    if errors in _BUILTIN_ERRORS:
        return data.decode(encoding, errors)
    out, pos = [], 0
    while True:
        try:
            out.append(data[pos:].decode(encoding, 'strict'))
            return u''.join(out)
        except UnicodeDecodeError as e:
            good = data[pos:pos + e.start]
            out.append(good.decode(encoding, 'strict'))
            rep, pos = decode_error(errors, codec, data, pos + e.start,
                                    pos + e.end, e.reason)
            out.append(rep)


def core_encode(text, encoding, errors, codec):
    """text.encode(encoding, errors) where errors may be a user handler."""
    if errors in _BUILTIN_ERRORS:
        return text.encode(encoding, errors)
    out, pos = [], 0
    while True:
        try:
            out.append(text[pos:].encode(encoding, 'strict'))
            return ''.join(out)
        except UnicodeEncodeError as e:
            start, end = pos + e.start, pos + e.end
            out.append(text[pos:start].encode(encoding, 'strict'))
            rep, pos = encode_error(errors, codec, text, start, end,
                                    e.reason)
            try:
                out.append(rep.encode(encoding, 'strict'))
            except UnicodeEncodeError:
                raise UnicodeEncodeError(codec, text, start, end, e.reason)


def utf_8_encode(input, errors='strict'):
    input = _text(input)
    return core_encode(input, 'utf-8', errors, 'utf8'), len(input)


def _utf8_whole(data):
    # How many leading bytes can be decoded now: an incomplete but valid
    # sequence at the end waits for more input.
    n = len(data)
    for back in range(1, min(4, n) + 1):
        o = ord(data[n - back])
        if o < 0x80:
            return n
        if o >= 0xc0:
            need = 2 if o < 0xe0 else 3 if o < 0xf0 else 4
            if back >= need or o > 0xf4 or o < 0xc2:
                return n
            # Every byte after the lead must be a continuation byte.
            for c in data[n - back + 1:]:
                if ord(c) & 0xc0 != 0x80:
                    return n
            return n - back
    return n


def utf_8_decode(input, errors='strict', final=False):
    data = _bytes(input, 'utf_8_decode')
    end = len(data) if final else _utf8_whole(data)
    return core_decode(data[:end], 'utf-8', errors, 'utf8'), end


def ascii_encode(input, errors='strict'):
    input = _text(input)
    return core_encode(input, 'ascii', errors, 'ascii'), len(input)


def ascii_decode(input, errors='strict'):
    data = _bytes(input, 'ascii_decode')
    return core_decode(data, 'ascii', errors, 'ascii'), len(data)


def latin_1_encode(input, errors='strict'):
    input = _text(input)
    return core_encode(input, 'latin-1', errors, 'latin-1'), len(input)


def latin_1_decode(input, errors='strict'):
    data = _bytes(input, 'latin_1_decode')
    return data.decode('latin-1'), len(data)


def readbuffer_encode(input, errors='strict'):
    data = _bytes(input, 'readbuffer_encode')
    return data, len(data)


def charbuffer_encode(input, errors='strict'):
    if isinstance(input, unicode):
        input = input.encode('utf-8')
    data = _bytes(input, 'charbuffer_encode')
    return data, len(data)


# ----- UTF-16 and UTF-32 -----

def _units_bytes(units, width, big):
    out = []
    for u in units:
        b = [chr((u >> (8 * k)) & 0xff) for k in range(width)]
        if big:
            b.reverse()
        out.append(''.join(b))
    return ''.join(out)


def _utf16_units(text):
    units = []
    for c in text:
        cp = ord(c)
        if cp >= 0x10000:
            cp -= 0x10000
            units.append(0xd800 | (cp >> 10))
            units.append(0xdc00 | (cp & 0x3ff))
        else:
            units.append(cp)
    return units


def _encode_utf(input, width, byteorder):
    text = _text(input)
    units = _utf16_units(text) if width == 2 else [ord(c) for c in text]
    bom = ''
    if byteorder == 0:
        bom = _units_bytes([0xfeff], width, sys.byteorder == 'big')
        big = sys.byteorder == 'big'
    else:
        big = byteorder > 0
    return bom + _units_bytes(units, width, big), len(text)


def utf_16_encode(input, errors='strict', byteorder=0):
    return _encode_utf(input, 2, byteorder)


def utf_16_le_encode(input, errors='strict'):
    return _encode_utf(input, 2, -1)


def utf_16_be_encode(input, errors='strict'):
    return _encode_utf(input, 2, 1)


def utf_32_encode(input, errors='strict', byteorder=0):
    return _encode_utf(input, 4, byteorder)


def utf_32_le_encode(input, errors='strict'):
    return _encode_utf(input, 4, -1)


def utf_32_be_encode(input, errors='strict'):
    return _encode_utf(input, 4, 1)


def _unit(data, i, width, big):
    b = [ord(c) for c in data[i:i + width]]
    if not big:
        b.reverse()
    v = 0
    for x in b:
        v = v << 8 | x
    return v


def _sniff(data, width, byteorder):
    # byteorder 0: a BOM at the start decides (and is skipped).
    if byteorder != 0 or len(data) < width:
        return byteorder, 0
    if _unit(data, 0, width, False) == 0xfeff:
        return -1, width
    if _unit(data, 0, width, True) == 0xfeff:
        return 1, width
    return 0, 0


def _decode_utf16(data, errors, byteorder, final, codec='utf16'):
    order, i = _sniff(data, 2, byteorder)
    big = order > 0 or (order == 0 and sys.byteorder == 'big')
    out, n = [], len(data)
    while i < n:
        if n - i < 2:
            if not final:
                break
            rep, i = decode_error(errors, codec, data, i, n, 'truncated data')
            out.append(rep)
            continue
        u = _unit(data, i, 2, big)
        if u < 0xd800 or u > 0xdfff:
            out.append(unichr(u))
            i += 2
            continue
        if u >= 0xdc00:
            rep, i = decode_error(errors, codec, data, i, i + 2,
                                  'illegal encoding')
            out.append(rep)
            continue
        if n - i < 4:
            if not final:
                break
            rep, i = decode_error(errors, codec, data, i, n,
                                  'unexpected end of data')
            out.append(rep)
            continue
        u2 = _unit(data, i + 2, 2, big)
        if 0xdc00 <= u2 <= 0xdfff:
            out.append(unichr(0x10000 + ((u - 0xd800) << 10) + (u2 - 0xdc00)))
            i += 4
            continue
        rep, i = decode_error(errors, codec, data, i, i + 2,
                              'illegal UTF-16 surrogate')
        out.append(rep)
    return u''.join(out), i, order


def _decode_utf32(data, errors, byteorder, final, codec='utf32'):
    order, i = _sniff(data, 4, byteorder)
    big = order > 0 or (order == 0 and sys.byteorder == 'big')
    out, n = [], len(data)
    while i < n:
        if n - i < 4:
            if not final:
                break
            rep, i = decode_error(errors, codec, data, i, n, 'truncated data')
            out.append(rep)
            continue
        cp = _unit(data, i, 4, big)
        if cp > 0x10ffff:
            rep, i = decode_error(errors, codec, data, i, i + 4,
                                  'codepoint not in range(0x110000)')
            out.append(rep)
            continue
        out.append(unichr(cp))
        i += 4
    return u''.join(out), i, order


def utf_16_decode(input, errors='strict', final=False):
    text, used, _ = _decode_utf16(_bytes(input, 'utf_16_decode'), errors, 0,
                                  final)
    return text, used


def utf_16_le_decode(input, errors='strict', final=False):
    text, used, _ = _decode_utf16(_bytes(input, 'utf_16_le_decode'), errors,
                                  -1, final)
    return text, used


def utf_16_be_decode(input, errors='strict', final=False):
    text, used, _ = _decode_utf16(_bytes(input, 'utf_16_be_decode'), errors,
                                  1, final)
    return text, used


def utf_16_ex_decode(input, errors='strict', byteorder=0, final=False):
    return _decode_utf16(_bytes(input, 'utf_16_ex_decode'), errors,
                         byteorder, final)


def utf_32_decode(input, errors='strict', final=False):
    text, used, _ = _decode_utf32(_bytes(input, 'utf_32_decode'), errors, 0,
                                  final)
    return text, used


def utf_32_le_decode(input, errors='strict', final=False):
    text, used, _ = _decode_utf32(_bytes(input, 'utf_32_le_decode'), errors,
                                  -1, final)
    return text, used


def utf_32_be_decode(input, errors='strict', final=False):
    text, used, _ = _decode_utf32(_bytes(input, 'utf_32_be_decode'), errors,
                                  1, final)
    return text, used


def utf_32_ex_decode(input, errors='strict', byteorder=0, final=False):
    return _decode_utf32(_bytes(input, 'utf_32_ex_decode'), errors,
                         byteorder, final)


# ----- UTF-7 (RFC 2152) -----

_B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
_B64_VALUE = dict((c, i) for i, c in enumerate(_B64))
# Characters written as themselves: printable ASCII and white space, but
# not '+' (the shift), backslash or tilde (RFC 2152's sets D, O and space).
_UTF7_DIRECT = frozenset(chr(c) for c in range(32, 127)
                         if chr(c) not in '+\\~') | frozenset('\t\r\n')


def utf_7_encode(input, errors='strict'):
    text = _text(input)
    out = []
    shifted, bits, acc = False, 0, 0
    for c in text:
        if shifted:
            if c in _UTF7_DIRECT:
                if bits:
                    out.append(_B64[(acc << (6 - bits)) & 0x3f])
                    bits = acc = 0
                shifted = False
                # A character that could be read as base64 (or '-') needs
                # an explicit end of the shifted run.
                if c in _B64_VALUE or c == '-':
                    out.append('-')
                out.append(str(c))
                continue
        elif c == u'+':
            out.append('+-')
            continue
        elif c in _UTF7_DIRECT:
            out.append(str(c))
            continue
        else:
            out.append('+')
            shifted = True
        for u in _utf16_units(c):
            acc = (acc << 16) | u
            bits += 16
            while bits >= 6:
                out.append(_B64[(acc >> (bits - 6)) & 0x3f])
                bits -= 6
            acc &= (1 << bits) - 1
    if bits:
        out.append(_B64[(acc << (6 - bits)) & 0x3f])
    if shifted:
        out.append('-')
    return ''.join(out), len(text)


def utf_7_decode(input, errors='strict', final=False):
    data = _bytes(input, 'utf_7_decode')
    out = []
    n, i = len(data), 0
    shifted = False
    bits = acc = surrogate = 0
    shift_start = shift_out = 0
    while i < n:
        c = data[i]
        if shifted:
            if c in _B64_VALUE:
                acc = (acc << 6) | _B64_VALUE[c]
                bits += 6
                i += 1
                if bits >= 16:
                    u = acc >> (bits - 16)
                    bits -= 16
                    acc &= (1 << bits) - 1
                    if surrogate:
                        if 0xdc00 <= u <= 0xdfff:
                            out.append(unichr(0x10000 + ((surrogate - 0xd800)
                                                         << 10) +
                                              (u - 0xdc00)))
                            surrogate = 0
                            continue
                        out.append(unichr(surrogate))
                        surrogate = 0
                    if 0xd800 <= u <= 0xdbff:
                        surrogate = u
                    else:
                        out.append(unichr(u))
                continue
            # The shifted run ends here.
            shifted = False
            reason = None
            if bits >= 6:
                reason = 'partial character in shift sequence'
            elif bits and acc:
                reason = 'non-zero padding bits in shift sequence'
            if reason:
                i += 1
                rep, i = decode_error(errors, 'utf7', data, shift_start, i,
                                      reason)
                out.append(rep)
                continue
            if surrogate and ord(c) < 0x80 and c != '+':
                out.append(unichr(surrogate))
            surrogate = 0
            if c == '-':
                i += 1
            continue
        if c == '+':
            shift_start = i
            i += 1
            if i < n and data[i] == '-':
                i += 1
                out.append(u'+')
            else:
                shifted = True
                surrogate = bits = acc = 0
                shift_out = len(out)
            continue
        if ord(c) < 0x80:
            out.append(unicode(c))
            i += 1
            continue
        start = i
        i += 1
        rep, i = decode_error(errors, 'utf7', data, start, i,
                              'unexpected special character')
        out.append(rep)
    if shifted and not final:
        # Hand back the unfinished run; it is decoded again with more input.
        del out[shift_out:]
        return u''.join(out), shift_start
    if shifted and (surrogate or bits >= 6 or (bits and acc)):
        rep, i = decode_error(errors, 'utf7', data, shift_start, n,
                              'unterminated shift sequence')
        out.append(rep)
    return u''.join(out), i


# ----- escape codecs -----

_HEX = '0123456789abcdefABCDEF'
_SIMPLE_ESCAPES = {'\n': '', '\\': '\\', "'": "'", '"': '"', 'a': '\x07',
                   'b': '\x08', 'f': '\x0c', 'n': '\n', 'r': '\r',
                   't': '\t', 'v': '\x0b'}


def _octal(data, i):
    # Up to three octal digits from i: (value, next position).
    j, v = i, 0
    while j < len(data) and j < i + 3 and data[j] in '01234567':
        v = v * 8 + int(data[j])
        j += 1
    return v, j


def _hex_run(data, i, count):
    # (value or None when fewer than count hex digits, end of the digits).
    j = i
    while j < len(data) and j < i + count and data[j] in _HEX:
        j += 1
    if j - i < count:
        return None, j
    return int(data[i:j], 16), j


def unicode_escape_encode(input, errors='strict'):
    text = _text(input)
    return text.encode('unicode_escape'), len(text)


def raw_unicode_escape_encode(input, errors='strict'):
    text = _text(input)
    return text.encode('raw_unicode_escape'), len(text)


def unicode_escape_decode(input, errors='strict'):
    data = _bytes(input, 'unicode_escape_decode')
    out, i, n = [], 0, len(data)
    codec = 'unicodeescape'
    while i < n:
        c = data[i]
        if c != '\\':
            out.append(unichr(ord(c)))
            i += 1
            continue
        start = i
        if i + 1 >= n:
            rep, i = decode_error(errors, codec, data, start, n,
                                  '\\ at end of string')
            out.append(rep)
            continue
        c = data[i + 1]
        i += 2
        if c in _SIMPLE_ESCAPES:
            out.append(unicode(_SIMPLE_ESCAPES[c]))
        elif c in '01234567':
            v, i = _octal(data, i - 1)
            out.append(unichr(v))
        elif c in 'xuU':
            count = {'x': 2, 'u': 4, 'U': 8}[c]
            v, j = _hex_run(data, i, count)
            if v is None:
                what = {'x': '\\xXX', 'u': '\\uXXXX', 'U': '\\UXXXXXXXX'}[c]
                rep, i = decode_error(errors, codec, data, start, j,
                                      'truncated %s escape' % what)
                out.append(rep)
            elif v > 0x10ffff:
                rep, i = decode_error(errors, codec, data, start, j,
                                      'illegal Unicode character')
                out.append(rep)
            else:
                out.append(unichr(v))
                i = j
        elif c == 'N':
            if i < n and data[i] == '{':
                close = data.find('}', i + 1)
                if close > i + 1:
                    import unicodedata
                    try:
                        out.append(unicodedata.lookup(data[i + 1:close]))
                        i = close + 1
                        continue
                    except KeyError:
                        rep, i = decode_error(
                            errors, codec, data, start, close + 1,
                            'unknown Unicode character name')
                        out.append(rep)
                        continue
                end = n if close < 0 else close
            else:
                end = i
            rep, i = decode_error(errors, codec, data, start, end,
                                  'malformed \\N character escape')
            out.append(rep)
        else:
            out.append(u'\\' + unichr(ord(c)))
    return u''.join(out), n


def raw_unicode_escape_decode(input, errors='strict'):
    data = _bytes(input, 'raw_unicode_escape_decode')
    out, i, n = [], 0, len(data)
    while i < n:
        c = data[i]
        if c != '\\':
            out.append(unichr(ord(c)))
            i += 1
            continue
        start = i
        while i < n and data[i] == '\\':
            i += 1
        out.append(u'\\' * (i - start))
        # Only an odd run of backslashes makes \u or \U an escape.
        if (i - start) % 2 == 0 or i >= n or data[i] not in 'uU':
            continue
        out[-1] = out[-1][:-1]
        count = 4 if data[i] == 'u' else 8
        v, j = _hex_run(data, i + 1, count)
        if v is None:
            rep, i = decode_error(errors, 'rawunicodeescape', data, start, j,
                                  'truncated \\uXXXX')
        elif v > 0x10ffff:
            rep, i = decode_error(errors, 'rawunicodeescape', data, start, j,
                                  '\\Uxxxxxxxx out of range')
        else:
            rep, i = unichr(v), j
        out.append(rep)
    return u''.join(out), n


def escape_encode(input, errors='strict'):
    if not isinstance(input, str):
        raise TypeError('escape_encode() argument 1 must be string, not %s'
                        % type(input).__name__)
    return input.encode('string_escape'), len(input)


def escape_decode(input, errors='strict'):
    data = _bytes(input, 'escape_decode')
    out, i, n = [], 0, len(data)
    while i < n:
        c = data[i]
        if c != '\\':
            out.append(c)
            i += 1
            continue
        if i + 1 >= n:
            raise ValueError('Trailing \\ in string')
        c = data[i + 1]
        i += 2
        if c in _SIMPLE_ESCAPES:
            out.append(_SIMPLE_ESCAPES[c])
        elif c in '01234567':
            v, i = _octal(data, i - 1)
            out.append(chr(v & 0xff))
        elif c == 'x':
            v, j = _hex_run(data, i, 2)
            if v is not None:
                out.append(chr(v))
                i = j
            elif errors == 'strict':
                raise ValueError('invalid \\x escape')
            elif errors == 'replace':
                out.append('?')
                i = j
            elif errors == 'ignore':
                i = j
            else:
                raise ValueError('decoding error; unknown error handling '
                                 'code: %.400s' % errors)
        else:
            out.append('\\' + c)
    return ''.join(out), n


# ----- charmap and unicode_internal -----

def charmap_build(decoding_table):
    """The encoding table of a 256-character decoding table."""
    if not isinstance(decoding_table, unicode):
        raise TypeError('bad argument type for built-in operation')
    table = {}
    for i, ch in enumerate(decoding_table):
        if ch != u'\ufffe':
            table.setdefault(ord(ch), i)
    return table


def _charmap_lookup(mapping, key):
    if isinstance(mapping, unicode):
        if key >= len(mapping) or mapping[key] == u'\ufffe':
            return None
        return mapping[key]
    try:
        return mapping[key]
    except (LookupError, TypeError):
        return None


def charmap_decode(input, errors='strict', mapping=None):
    data = _bytes(input, 'charmap_decode')
    if mapping is None:
        return latin_1_decode(data, errors)
    out, i, n = [], 0, len(data)
    while i < n:
        v = _charmap_lookup(mapping, ord(data[i]))
        if isinstance(v, (int, long)):
            if not 0 <= v < 0x110000:
                raise TypeError('character mapping must be in '
                                'range(0x110000)')
            v = unichr(v)
        elif v is not None and not isinstance(v, unicode):
            raise TypeError('character mapping must return integer, None '
                            'or unicode')
        if v is None or v == u'\ufffe':
            rep, i = decode_error(errors, 'charmap', data, i, i + 1,
                                  'character maps to <undefined>')
            out.append(rep)
            continue
        out.append(v)
        i += 1
    return u''.join(out), n


def _charmap_byte(mapping, ch):
    # The bytes one character maps to, or None.
    v = _charmap_lookup(mapping, ord(ch))
    if v is None:
        return None
    if isinstance(v, (int, long)):
        if not 0 <= v < 256:
            raise TypeError('character mapping must be in range(256)')
        return chr(v)
    if isinstance(v, str):
        return v
    raise TypeError('character mapping must return integer, None or str')


def charmap_encode(input, errors='strict', mapping=None):
    text = _text(input)
    if mapping is None:
        return latin_1_encode(text, errors)
    out, i, n = [], 0, len(text)
    while i < n:
        b = _charmap_byte(mapping, text[i])
        if b is not None:
            out.append(b)
            i += 1
            continue
        j = i + 1
        while j < n and _charmap_byte(mapping, text[j]) is None:
            j += 1
        if errors == 'replace':
            rep, pos = u'?' * (j - i), j
        else:
            rep, pos = encode_error(errors, 'charmap', text, i, j,
                                    'character maps to <undefined>')
        for ch in rep:
            b = _charmap_byte(mapping, ch)
            if b is None:
                raise UnicodeEncodeError('charmap', text, i, j,
                                         'character maps to <undefined>')
            out.append(b)
        i = pos
    return ''.join(out), n


def unicode_internal_encode(input, errors='strict'):
    if isinstance(input, str):
        return input, len(input)
    text = _text(input)
    return _units_bytes([ord(c) for c in text], 4,
                        sys.byteorder == 'big'), len(text)


def unicode_internal_decode(input, errors='strict'):
    if isinstance(input, unicode):
        return input, len(input)
    data = _bytes(input, 'unicode_internal_decode')
    big = sys.byteorder == 'big'
    out, i, n = [], 0, len(data)
    while i < n:
        if n - i < 4:
            rep, i = decode_error(errors, 'unicode_internal', data, i, n,
                                  'truncated input')
            out.append(rep)
            continue
        cp = _unit(data, i, 4, big)
        if cp > 0x10ffff:
            rep, i = decode_error(errors, 'unicode_internal', data, i, i + 4,
                                  'illegal code point (> 0x10FFFF)')
            out.append(rep)
            continue
        out.append(unichr(cp))
        i += 4
    return u''.join(out), n
