"""JSON encoding for minipy (the API of Python 2.7's json.encoder).

minipy's str holds bytes and u'' literals are UTF-8, so every string is
treated as text in `encoding` (UTF-8 unless told otherwise)."""

INFINITY = float('inf')
FLOAT_REPR = repr

# Short escapes shared by both string encoders.
_SHORT = {'"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t',
          '\b': '\\b', '\f': '\\f'}

# Byte -> replacement text (or None when the byte is copied as it is),
# for ensure_ascii=False (only control characters, quote and backslash).
_LOOSE = {}
for _i in range(256):
    _c = chr(_i)
    if _c in _SHORT:
        _LOOSE[_c] = _SHORT[_c]
    elif _i < 0x20:
        _LOOSE[_c] = '\\u%04x' % _i
del _i, _c


def _utf8_points(s):
    """The code points of UTF-8 text s (which must already be valid)."""
    out = []
    i = 0
    n = len(s)
    while i < n:
        b = ord(s[i])
        if b < 0x80:
            out.append(b)
            i += 1
        elif b < 0xE0:
            out.append(((b & 0x1F) << 6) | (ord(s[i + 1]) & 0x3F))
            i += 2
        elif b < 0xF0:
            out.append(((b & 0x0F) << 12) | ((ord(s[i + 1]) & 0x3F) << 6)
                       | (ord(s[i + 2]) & 0x3F))
            i += 3
        else:
            out.append(((b & 0x07) << 18) | ((ord(s[i + 1]) & 0x3F) << 12)
                       | ((ord(s[i + 2]) & 0x3F) << 6) | (ord(s[i + 3]) & 0x3F))
            i += 4
    return out


def _code_points(s, encoding):
    if isinstance(s, unicode):
        return [ord(c) for c in s]
    if encoding is None or encoding.lower().replace('-', '').replace('_', '') in ('utf8', 'u8'):
        s.decode('utf-8')  # raises the codec's UnicodeDecodeError
        return _utf8_points(s)
    if encoding.lower().replace('-', '').replace('_', '') in ('latin1', 'iso88591', 'l1', 'ascii', 'usascii'):
        if encoding.lower().find('ascii') >= 0:
            s.decode('ascii')
        return [ord(c) for c in s]
    s.decode(encoding)
    return _utf8_points(s)


def _is_plain_ascii(s):
    for c in s:
        if c < ' ' or c > '~' or c == '"' or c == '\\':
            return False
    return True


def _escape_ascii(s, encoding='utf-8'):
    """Escape s as a JSON string using only printable ASCII."""
    if _is_plain_ascii(s):
        return '"' + s + '"'
    parts = ['"']
    add = parts.append
    for cp in _code_points(s, encoding):
        if 0x20 <= cp < 0x7f:
            c = chr(cp)
            if c == '"' or c == '\\':
                add('\\' + c)
            else:
                add(c)
        elif cp < 0x80 and chr(cp) in _SHORT:
            add(_SHORT[chr(cp)])
        elif cp > 0xFFFF:
            v = cp - 0x10000
            add('\\u%04x\\u%04x' % (0xD800 | (v >> 10), 0xDC00 | (v & 0x3FF)))
        else:
            add('\\u%04x' % cp)
    add('"')
    return ''.join(parts)


def encode_basestring_ascii(s):
    return _escape_ascii(s)


def encode_basestring(s):
    """Escape s as a JSON string, keeping non-ASCII characters as they are."""
    parts = ['"']
    add = parts.append
    loose = _LOOSE
    start = 0
    i = 0
    n = len(s)
    while i < n:
        rep = loose.get(s[i])
        if rep is not None:
            if start < i:
                add(s[start:i])
            add(rep)
            start = i + 1
        i += 1
    if start < n:
        add(s[start:])
    add('"')
    return ''.join(parts)


def _float_text(o, allow_nan, detailed):
    if o != o:
        text = 'NaN'
    elif o == INFINITY:
        text = 'Infinity'
    elif o == -INFINITY:
        text = '-Infinity'
    else:
        return float.__repr__(o)
    if not allow_nan:
        msg = 'Out of range float values are not JSON compliant'
        if detailed:
            msg += ': ' + repr(o)
        raise ValueError(msg)
    return text


class JSONEncoder(object):
    item_separator = ', '
    key_separator = ': '

    def __init__(self, skipkeys=False, ensure_ascii=True,
                 check_circular=True, allow_nan=True, sort_keys=False,
                 indent=None, separators=None, encoding='utf-8', default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        if default is not None:
            self.default = default
        self.encoding = encoding

    def default(self, o):
        raise TypeError(repr(o) + " is not JSON serializable")

    def _string(self, s):
        if self.ensure_ascii:
            return _escape_ascii(s, self.encoding)
        return encode_basestring(s)

    def encode(self, o):
        if isinstance(o, basestring):
            return self._string(o)
        try:
            return ''.join(self.iterencode(o, _one_shot=True))
        except RuntimeError as e:
            # The C encoder's own recursion guard names what it was doing.
            if self.indent is None and not self.sort_keys and e.args == ('maximum recursion depth exceeded',):
                raise RuntimeError('maximum recursion depth exceeded while encoding a JSON object')
            raise

    def iterencode(self, o, _one_shot=False):
        # CPython 2.7 hands the one-shot, unindented, unsorted case to its C
        # encoder, whose error messages are shorter; keep both wordings.
        fast = _one_shot and self.indent is None and not self.sort_keys
        markers = {} if self.check_circular else None
        # The chunks are gathered by plain recursion (one frame per level of
        # nesting) rather than by nested generators, which cost every chunk
        # one step per level: a 8,000-deep list took 39 s.
        chunks = []
        _Walker(self, markers, fast, chunks.append).walk(o, 0)
        return iter(chunks)


class _Walker(object):
    """One encoding run: hands the JSON text of a value to `out` in chunks."""

    def __init__(self, enc, markers, fast, out):
        self.enc = enc
        self.out = out
        self.markers = markers
        self.fast = fast
        self.indent = enc.indent
        self.item_sep = enc.item_separator
        self.key_sep = enc.key_separator

    def scalar(self, o):
        """The text of a scalar value, or None for containers and others."""
        if isinstance(o, basestring):
            return self.enc._string(o)
        if o is None:
            return 'null'
        if o is True:
            return 'true'
        if o is False:
            return 'false'
        if isinstance(o, (int, long)):
            return str(o)
        if isinstance(o, float):
            return _float_text(o, self.enc.allow_nan, not self.fast)
        return None

    def enter(self, o):
        if self.markers is not None:
            key = id(o)
            if key in self.markers:
                raise ValueError("Circular reference detected")
            self.markers[key] = o
            return key
        return None

    def leave(self, key):
        if key is not None:
            del self.markers[key]

    def walk(self, o, level):
        text = self.scalar(o)
        if text is not None:
            self.out(text)
        elif isinstance(o, (list, tuple)):
            self.walk_list(o, level)
        elif isinstance(o, dict):
            self.walk_dict(o, level)
        else:
            key = self.enter(o)
            self.walk(self.enc.default(o), level)
            self.leave(key)

    def walk_value(self, value, level):
        """A member of a container (containers without the extra frame of
        walk, so nesting costs one frame per level)."""
        if isinstance(value, (list, tuple)):
            self.walk_list(value, level)
        elif isinstance(value, dict):
            self.walk_dict(value, level)
        else:
            self.walk(value, level)

    def newline(self, level):
        return '\n' + ' ' * (self.indent * level)

    def walk_list(self, lst, level):
        out = self.out
        if not lst:
            out('[]')
            return
        key = self.enter(lst)
        buf = '['
        if self.indent is not None:
            level += 1
            sep = self.item_sep + self.newline(level)
            buf += self.newline(level)
        else:
            sep = self.item_sep
        first = True
        for value in lst:
            if first:
                first = False
            else:
                buf = sep
            text = self.scalar(value)
            if text is not None:
                out(buf + text)
            else:
                out(buf)
                self.walk_value(value, level)
        if self.indent is not None:
            level -= 1
            out(self.newline(level))
        out(']')
        self.leave(key)

    def key_text(self, k):
        if isinstance(k, basestring):
            return k
        if isinstance(k, float):
            return _float_text(k, self.enc.allow_nan, not self.fast)
        if k is True:
            return 'true'
        if k is False:
            return 'false'
        if k is None:
            return 'null'
        if isinstance(k, (int, long)):
            return str(k)
        if self.enc.skipkeys:
            return None
        if self.fast:
            raise TypeError("keys must be a string")
        raise TypeError("key {0!r} is not a string".format(k))

    def walk_dict(self, dct, level):
        out = self.out
        if not dct:
            out('{}')
            return
        key = self.enter(dct)
        out('{')
        if self.indent is not None:
            level += 1
            sep = self.item_sep + self.newline(level)
            out(self.newline(level))
        else:
            sep = self.item_sep
        if self.enc.sort_keys:
            items = sorted(dct.items(), key=lambda kv: kv[0])
        else:
            items = dct.iteritems()
        first = True
        for k, value in items:
            k = self.key_text(k)
            if k is None:
                continue
            if first:
                first = False
            else:
                out(sep)
            out(self.enc._string(k))
            out(self.key_sep)
            text = self.scalar(value)
            if text is not None:
                out(text)
            else:
                self.walk_value(value, level)
        if self.indent is not None:
            level -= 1
            out(self.newline(level))
        out('}')
        self.leave(key)
