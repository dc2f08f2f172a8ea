"""JSON decoding for minipy (the API of Python 2.7's json.decoder).

The scanner is written by hand and follows the behaviour of CPython 2.7's C
scanner (_json), whose error positions differ a little from the pure Python
one: running out of input inside a container reports "Expecting object" at
the last character, and a missing value reports "No JSON object could be
decoded". Strings come back as str (UTF-8), minipy having one string type."""

__all__ = ['JSONDecoder']

NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')

_CONSTANTS = {'-Infinity': NegInf, 'Infinity': PosInf, 'NaN': NaN}
_WS = ' \t\n\r'
_SIMPLE_ESCAPES = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f',
                   'n': '\n', 'r': '\r', 't': '\t'}
_HEX = '0123456789abcdefABCDEF'
_DIGITS = '0123456789'


def linecol(doc, pos):
    lineno = doc.count('\n', 0, pos) + 1
    if lineno == 1:
        colno = pos + 1
    else:
        colno = pos - doc.rindex('\n', 0, pos)
    return lineno, colno


def errmsg(msg, doc, pos, end=None):
    lineno, colno = linecol(doc, pos)
    if end is None:
        return '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
    endlineno, endcolno = linecol(doc, end)
    return '%s: line %d column %d - line %d column %d (char %d - %d)' % (
        msg, lineno, colno, endlineno, endcolno, pos, end)


def _utf8(cp):
    """UTF-8 bytes for one code point (lone surrogates included)."""
    if cp < 0x80:
        return chr(cp)
    if cp < 0x800:
        return chr(0xC0 | (cp >> 6)) + chr(0x80 | (cp & 0x3F))
    if cp < 0x10000:
        return (chr(0xE0 | (cp >> 12)) + chr(0x80 | ((cp >> 6) & 0x3F))
                + chr(0x80 | (cp & 0x3F)))
    return (chr(0xF0 | (cp >> 18)) + chr(0x80 | ((cp >> 12) & 0x3F))
            + chr(0x80 | ((cp >> 6) & 0x3F)) + chr(0x80 | (cp & 0x3F)))


def _hex4(s, pos):
    """The value of the four hex digits at s[pos:pos+4], or None."""
    v = 0
    for i in range(pos, pos + 4):
        c = s[i]
        if c not in _HEX:
            return None
        v = v * 16 + int(c, 16)
    return v


def _text_chunk(chunk, encoding):
    """Literal (unescaped) string content, checked against its encoding."""
    for c in chunk:
        if c > '\x7f':
            break
    else:
        return chunk
    enc = (encoding or 'utf-8').lower().replace('-', '').replace('_', '')
    if enc in ('utf8', 'u8'):
        chunk.decode('utf-8')
        return chunk
    if enc in ('latin1', 'iso88591', 'l1'):
        return ''.join([_utf8(ord(c)) for c in chunk])
    return chunk.decode(encoding)


def scanstring(s, end, encoding=None, strict=True):
    """Decode the JSON string whose body starts at s[end] (just after the
    opening quote); return (text, index after the closing quote)."""
    if end > 0x7fffffffffffffff:
        raise OverflowError("Python int too large to convert to C ssize_t")
    if end < 0 or end > len(s):
        raise ValueError("end is out of bounds")
    if isinstance(s, unicode):
        # Unicode text needs no decoding; escapes become characters.
        text, char, finish = (lambda chunk: chunk), unichr, u''.join
    else:
        if isinstance(encoding, unicode):
            encoding = str(encoding)
        elif encoding is not None and not isinstance(encoding, str):
            raise TypeError("encoding must be a string, not %s"
                            % type(encoding).__name__)
        # Bytes are checked against their encoding; the pieces are UTF-8,
        # decoded once at the end.
        text = lambda chunk: _text_chunk(chunk, encoding)
        char = _utf8
        finish = lambda parts: ''.join(parts).decode('utf-8')
    return _scan(s, end, strict, text, char, finish)


def _scan(s, end, strict, text, char, finish):
    """The loop of scanstring: text(chunk) converts a run without escapes,
    char(cp) one escaped code point (a surrogate pair is one), finish(parts)
    joins the pieces."""
    n = len(s)
    begin = end - 1
    parts = []
    add = parts.append
    while True:
        nxt = end
        c = ''
        while nxt < n:
            c = s[nxt]
            if c == '"' or c == '\\':
                break
            if strict and c < ' ':
                raise ValueError(errmsg("Invalid control character at", s, nxt))
            nxt += 1
        else:
            raise ValueError(errmsg("Unterminated string starting at", s, begin))
        if nxt > end:
            add(text(s[end:nxt]))
        nxt += 1
        if c == '"':
            return finish(parts), nxt
        if nxt == n:
            raise ValueError(errmsg("Unterminated string starting at", s, begin))
        c = s[nxt]
        if c != 'u':
            end = nxt + 1
            rep = _SIMPLE_ESCAPES.get(c)
            if rep is None:
                raise ValueError(errmsg("Invalid \\escape", s, end - 2))
            add(rep)
            continue
        nxt += 1
        end = nxt + 4
        if end >= n:
            raise ValueError(errmsg("Invalid \\uXXXX escape", s, nxt - 1))
        cp = _hex4(s, nxt)
        if cp is None:
            raise ValueError(errmsg("Invalid \\uXXXX escape", s, end - 5))
        if 0xD800 <= cp <= 0xDBFF and end + 6 < n and s[end] == '\\' and s[end + 1] == 'u':
            low = _hex4(s, end + 2)
            if low is None:
                raise ValueError(errmsg("Invalid \\uXXXX escape", s, end + 1))
            if 0xDC00 <= low <= 0xDFFF:
                cp = 0x10000 + (((cp - 0xD800) << 10) | (low - 0xDC00))
                end += 6
        add(char(cp))


def _skip_ws(s, i, n):
    while i < n and s[i] in _WS:
        i += 1
    return i


class _Scanner(object):
    """Scans one JSON value; StopIteration(idx) means no value starts at idx."""

    def __init__(self, ctx):
        self.encoding = ctx.encoding
        self.strict = ctx.strict
        self.object_hook = ctx.object_hook
        self.object_pairs_hook = ctx.object_pairs_hook
        self.parse_float = ctx.parse_float
        self.parse_int = ctx.parse_int
        self.parse_constant = ctx.parse_constant

    def __call__(self, s, idx):
        if not isinstance(s, basestring):
            raise TypeError("first argument must be a string, not %s" % type(s).__name__)
        return self.value(s, idx, len(s))

    def value(self, s, idx, n):
        if idx < 0:
            raise ValueError("idx cannot be negative")
        if idx >= n:
            raise StopIteration(idx)
        c = s[idx]
        if c == '"':
            return scanstring(s, idx + 1, self.encoding, self.strict)
        if c == '{':
            return self.obj(s, idx + 1, n)
        if c == '[':
            return self.array(s, idx + 1, n)
        if c == 'n' and s[idx:idx + 4] == 'null':
            return None, idx + 4
        if c == 't' and s[idx:idx + 4] == 'true':
            return True, idx + 4
        if c == 'f' and s[idx:idx + 5] == 'false':
            return False, idx + 5
        if c == 'N' and s[idx:idx + 3] == 'NaN':
            return self.parse_constant('NaN'), idx + 3
        if c == 'I' and s[idx:idx + 8] == 'Infinity':
            return self.parse_constant('Infinity'), idx + 8
        if c == '-' and s[idx:idx + 9] == '-Infinity':
            return self.parse_constant('-Infinity'), idx + 9
        return self.number(s, idx, n)

    def number(self, s, start, n):
        idx = start
        if s[idx] == '-':
            idx += 1
            if idx >= n:
                raise StopIteration(start)
        c = s[idx]
        if '1' <= c <= '9':
            idx += 1
            while idx < n and s[idx] in _DIGITS:
                idx += 1
        elif c == '0':
            idx += 1
        else:
            raise StopIteration(start)
        is_float = False
        if idx < n - 1 and s[idx] == '.' and s[idx + 1] in _DIGITS:
            is_float = True
            idx += 2
            while idx < n and s[idx] in _DIGITS:
                idx += 1
        if idx < n - 1 and s[idx] in 'eE':
            e_start = idx
            idx += 1
            if idx < n - 1 and s[idx] in '+-':
                idx += 1
            while idx < n and s[idx] in _DIGITS:
                idx += 1
            if s[idx - 1] in _DIGITS:
                is_float = True
            else:
                idx = e_start
        text = s[start:idx]
        if is_float:
            return self.parse_float(text), idx
        return self.parse_int(text), idx

    def obj(self, s, idx, n):
        pairs = []
        idx = _skip_ws(s, idx, n)
        if idx < n and s[idx] != '}':
            while idx < n:
                if s[idx] != '"':
                    raise ValueError(errmsg("Expecting property name", s, idx))
                key, idx = scanstring(s, idx + 1, self.encoding, self.strict)
                idx = _skip_ws(s, idx, n)
                if idx >= n or s[idx] != ':':
                    raise ValueError(errmsg("Expecting : delimiter", s, idx))
                idx = _skip_ws(s, idx + 1, n)
                val, idx = self.value(s, idx, n)
                pairs.append((key, val))
                idx = _skip_ws(s, idx, n)
                if idx < n and s[idx] == '}':
                    break
                if idx < n and s[idx] != ',':
                    raise ValueError(errmsg("Expecting , delimiter", s, idx))
                idx = _skip_ws(s, idx + 1, n)
        if idx >= n or s[idx] != '}':
            raise ValueError(errmsg("Expecting object", s, n - 1))
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs), idx + 1
        result = dict(pairs)
        if self.object_hook is not None:
            result = self.object_hook(result)
        return result, idx + 1

    def array(self, s, idx, n):
        items = []
        idx = _skip_ws(s, idx, n)
        if idx < n and s[idx] != ']':
            while idx < n:
                val, idx = self.value(s, idx, n)
                items.append(val)
                idx = _skip_ws(s, idx, n)
                if idx < n and s[idx] == ']':
                    break
                if idx < n and s[idx] != ',':
                    raise ValueError(errmsg("Expecting , delimiter", s, idx))
                idx = _skip_ws(s, idx + 1, n)
        if idx >= n or s[idx] != ']':
            raise ValueError(errmsg("Expecting object", s, n - 1))
        return items, idx + 1


class JSONDecoder(object):

    def __init__(self, encoding=None, object_hook=None, parse_float=None,
                 parse_int=None, parse_constant=None, strict=True,
                 object_pairs_hook=None):
        self.encoding = encoding
        self.object_hook = object_hook
        self.object_pairs_hook = object_pairs_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        from json.scanner import make_scanner
        self.scan_once = make_scanner(self)

    def decode(self, s):
        if not isinstance(s, basestring):
            raise TypeError("expected string or buffer")
        n = len(s)
        obj, end = self.raw_decode(s, idx=_skip_ws(s, 0, n))
        end = _skip_ws(s, end, n)
        if end != n:
            raise ValueError(errmsg("Extra data", s, end, n))
        return obj

    def raw_decode(self, s, idx=0):
        try:
            obj, end = self.scan_once(s, idx)
        except StopIteration:
            raise ValueError("No JSON object could be decoded")
        return obj, end
