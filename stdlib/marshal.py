"""marshal: Python 2.7's serialisation format for core values (version 2:
binary floats; versions 0 and 1 write floats as text).

Only exact built-in types marshal: None, bools, ints, longs, floats,
complex numbers, str (and buffer-like objects, written as str), unicode,
tuples, lists, dicts, sets, frozensets, StopIteration and Ellipsis.
minipy's code objects are not CPython bytecode, so they are refused."""

import struct as _struct
import sys as _sys

version = 2

_MAX_DEPTH = 2000
_pack_i32 = _struct.Struct('<i').pack
_pack_d = _struct.Struct('<d').pack
_unpack_i32 = _struct.Struct('<i').unpack_from
_unpack_i64 = _struct.Struct('<q').unpack_from
_unpack_u16 = _struct.Struct('<H').unpack_from
_unpack_d = _struct.Struct('<d').unpack_from


_NAME_CHARS = frozenset('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_')


def _looks_interned(s):
    """Whether CPython would hold this string interned: we cannot know, so
    guess as its compiler does for constants (identifier characters only)."""
    for c in s:
        if c not in _NAME_CHARS:
            return False
    return True


def _unmarshallable():
    return ValueError("unmarshallable object")


class _Writer(object):
    def __init__(self, version):
        self.out = []
        self.version = version
        self.depth = 0
        self.interned = {}

    def put_size(self, n):
        if n > 0x7fffffff:
            raise _unmarshallable()
        self.out.append(_pack_i32(n))

    def put_long(self, value):
        # sign-and-magnitude, 15-bit digits, least significant first
        out = self.out
        mag = -value if value < 0 else value
        digits = []
        while mag:
            digits.append(mag & 0x7fff)
            mag >>= 15
        out.append('l')
        out.append(_pack_i32(-len(digits) if value < 0 else len(digits)))
        out.append(_struct.pack('<%dH' % len(digits), *digits))

    def put_float(self, code_bin, code_text, value):
        if self.version > 1:
            self.out.append(code_bin + _pack_d(value))
        else:
            text = '%.17g' % value
            self.out.append(code_text + chr(len(text)) + text)

    def put(self, obj):
        self.depth += 1
        if self.depth > _MAX_DEPTH:
            self.depth = 0
            raise ValueError("object too deeply nested to marshal")
        try:
            self.put_one(obj)
        finally:
            self.depth -= 1

    def put_one(self, obj):
        out = self.out
        t = type(obj)
        if obj is None:
            out.append('N')
        elif t is bool:
            out.append('T' if obj else 'F')
        elif t is int:
            if -0x80000000 <= obj <= 0x7fffffff:
                out.append('i' + _pack_i32(obj))
            else:
                out.append('I' + _struct.pack('<q', obj))
        elif t is long:
            self.put_long(obj)
        elif t is float:
            if self.version > 1:
                out.append('g' + _pack_d(obj))
            else:
                text = '%.17g' % obj
                out.append('f' + chr(len(text)) + text)
        elif t is complex:
            if self.version > 1:
                out.append('y' + _pack_d(obj.real) + _pack_d(obj.imag))
            else:
                out.append('x')
                for part in (obj.real, obj.imag):
                    text = '%.17g' % part
                    out.append(chr(len(text)) + text)
        elif t is str:
            if self.version > 0 and _looks_interned(obj):
                # CPython interns literal names; repeats become references
                ref = self.interned.get(obj)
                if ref is not None:
                    out.append('R' + _pack_i32(ref))
                    return
                self.interned[obj] = len(self.interned)
                out.append('t')
            else:
                out.append('s')
            self.put_size(len(obj))
            out.append(obj)
        elif t is unicode:
            data = obj.encode('utf-8')
            out.append('u')
            self.put_size(len(data))
            out.append(data)
        elif obj is StopIteration:
            out.append('S')
        elif obj is Ellipsis:
            out.append('.')
        elif t in (tuple, list, dict, set, frozenset):
            if t is dict:
                out.append('{')
                for k, v in obj.iteritems():
                    self.put(k)
                    self.put(v)
                out.append('0')
            else:
                out.append({tuple: '(', list: '[', set: '<', frozenset: '>'}[t])
                self.put_size(len(obj))
                for item in obj:
                    self.put(item)
        else:
            get = getattr(obj, '_buffer_bytes', None)
            if get is None or isinstance(obj, unicode):
                raise _unmarshallable()
            data = get()
            out.append('s')
            self.put_size(len(data))
            out.append(data)


class _Reader(object):
    def __init__(self, data):
        self.data = data
        self.pos = 0
        self.depth = 0

    def take(self, n):
        start = self.pos
        end = start + n
        if end > len(self.data):
            raise EOFError("EOF read where object expected")
        self.pos = end
        return self.data[start:end]

    def size(self):
        if self.pos + 4 > len(self.data):
            raise EOFError("EOF read where object expected")
        n = _unpack_i32(self.data, self.pos)[0]
        self.pos += 4
        return n

    def text_float(self):
        n = ord(self.take(1))
        text = self.take(n)
        try:
            return float(text)
        except ValueError:
            raise ValueError("bad marshal data (float)")

    def get(self):
        self.depth += 1
        if self.depth > _MAX_DEPTH:
            self.depth -= 1
            raise ValueError("recursion limit exceeded")
        try:
            return self.get_one()
        finally:
            self.depth -= 1

    def get_one(self):
        if self.pos >= len(self.data):
            raise EOFError("EOF read where object expected")
        code = self.data[self.pos]
        self.pos += 1
        if code == 'N':
            return None
        if code == 'i':
            return self.size()
        if code == 's' or code == 't':
            n = self.size()
            if n < 0:
                raise ValueError("bad marshal data (string size out of range)")
            s = self.take(n)
            if code == 't':
                s = intern(s)
                self.interned.append(s)
            return s
        if code == 'R':
            i = self.size()
            if not 0 <= i < len(self.interned):
                raise ValueError("bad marshal data (string ref out of range)")
            return self.interned[i]
        if code == 'u':
            n = self.size()
            if n < 0:
                raise ValueError("bad marshal data (unicode size out of range)")
            return self.take(n).decode('utf-8')
        if code == '(' or code == '[' or code == '<' or code == '>':
            n = self.size()
            if n < 0:
                raise ValueError("bad marshal data (%s size out of range)" %
                                 {'(': 'tuple', '[': 'list'}.get(code, 'set'))
            items = [self.get() for _ in xrange(n)]
            if code == '(':
                return tuple(items)
            if code == '[':
                return items
            if code == '<':
                return set(items)
            return frozenset(items)
        if code == '{':
            d = {}
            while True:
                if self.pos < len(self.data) and self.data[self.pos] == '0':
                    self.pos += 1
                    return d
                k = self.get()
                v = self.get()
                d[k] = v
        if code == 'T':
            return True
        if code == 'F':
            return False
        if code == 'g':
            return _unpack_d(self.take(8))[0]
        if code == 'f':
            return self.text_float()
        if code == 'y':
            return complex(_unpack_d(self.take(8))[0], _unpack_d(self.take(8))[0])
        if code == 'x':
            real = self.text_float()
            return complex(real, self.text_float())
        if code == 'l':
            n = self.size()
            if n < -0x7fffffff or n > 0x7fffffff:
                raise ValueError("bad marshal data (long size out of range)")
            count = abs(n)
            raw = self.take(2 * count)
            value = 0L
            for i in xrange(count - 1, -1, -1):
                digit = _unpack_u16(raw, 2 * i)[0]
                if digit >= 0x8000:
                    raise ValueError("bad marshal data (digit out of range in long)")
                if i == count - 1 and digit == 0:
                    raise ValueError("bad marshal data (unnormalized long data)")
                value = (value << 15) | digit
            return -value if n < 0 else value
        if code == 'I':
            return int(_unpack_i64(self.take(8))[0])
        if code == 'S':
            return StopIteration
        if code == '.':
            return Ellipsis
        if code == '0':
            raise ValueError("bad marshal data (NULL object)")
        if code == 'c':
            raise ValueError("bad marshal data (code objects are not supported)")
        raise ValueError("bad marshal data (unknown type code)")


_Reader.interned = None


def _int_version(version):
    if not isinstance(version, (int, long)):
        raise TypeError("an integer is required")
    return version


class _DeepRecursion(object):
    """Nesting is bounded by _MAX_DEPTH, not by the caller's recursion
    limit: lift the limit for the duration of one call."""

    def __enter__(self):
        self.old = _sys.getrecursionlimit()
        _sys.setrecursionlimit(self.old + 2 * _MAX_DEPTH + 50)

    def __exit__(self, *exc):
        _sys.setrecursionlimit(self.old)


def dumps(value, version=version):
    w = _Writer(_int_version(version))
    with _DeepRecursion():
        w.put(value)
    return ''.join(w.out)


def dump(value, f, version=version):
    if not isinstance(f, file):
        raise TypeError("marshal.dump() 2nd arg must be file")
    f.write(dumps(value, version))


def _load_from(data):
    r = _Reader(data)
    r.interned = []
    with _DeepRecursion():
        value = r.get()
    return value, r.pos


def loads(string):
    if isinstance(string, unicode):
        string = string.encode('ascii')
    elif not isinstance(string, str):
        get = getattr(string, '_buffer_bytes', None)
        if get is None:
            raise TypeError("loads() argument 1 must be string or read-only buffer, not %s"
                            % type(string).__name__)
        string = get()
    return _load_from(string)[0]


def load(f):
    if not isinstance(f, file):
        raise TypeError("marshal.load() arg must be file")
    start = f.tell()
    data = f.read()
    try:
        value, used = _load_from(data)
    except EOFError:
        raise EOFError("EOF read where object expected")
    f.seek(start + used)
    return value
