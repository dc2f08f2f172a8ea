"""Typed arrays of numbers and characters (minipy).

The items live in a Python list, each checked and normalised on the way in
(as CPython's setitem functions do, with their messages); the machine
representation is produced by _struct only when bytes are asked for
(tostring, tofile, byteswap, buffer users).
"""

from _struct import pack as _pack, unpack as _unpack

__all__ = ['array', 'ArrayType']

_SIZES = {'c': 1, 'b': 1, 'B': 1, 'u': 4, 'h': 2, 'H': 2, 'i': 4, 'I': 4,
          'l': 8, 'L': 8, 'f': 4, 'd': 8}
_LONG_MIN, _LONG_MAX = -2 ** 63, 2 ** 63 - 1
# Larger arrays fail with MemoryError, as in CPython (sys.maxsize bytes).
_MAX_BYTES = 2 ** 63 - 1


def _overflow(msg):
    raise OverflowError(msg)


def _as_int(v):
    if isinstance(v, float):
        raise TypeError('integer argument expected, got float')
    if isinstance(v, (int, long)):
        return v
    if isinstance(v, (str, list, tuple, dict)) or not hasattr(v, '__int__'):
        raise TypeError('an integer is required')
    r = v.__int__()
    if not isinstance(r, (int, long)):
        raise TypeError('an integer is required')
    return r


def _c_long(v):
    v = _as_int(v)
    if v < _LONG_MIN or v > _LONG_MAX:
        _overflow('Python int too large to convert to C long')
    return int(v)


def _short(v):
    v = _c_long(v)
    if v < -32768:
        _overflow('signed short integer is less than minimum')
    if v > 32767:
        _overflow('signed short integer is greater than maximum')
    return v


def _cint(v):
    v = _c_long(v)
    if v < -2 ** 31:
        _overflow('signed integer is less than minimum')
    if v > 2 ** 31 - 1:
        _overflow('signed integer is greater than maximum')
    return v


def _unsigned(v, bits, what):
    v = _as_int(v)
    if type(v) is long or isinstance(v, long):
        if v < 0:
            _overflow("can't convert negative value to unsigned long")
        if v > 2 ** 64 - 1:
            _overflow('long int too large to convert')
    elif v < 0:
        _overflow('%s is less than minimum' % what)
    if v > 2 ** bits - 1:
        _overflow('%s is greater than maximum' % what)
    return long(v)


def _check_b(v):
    v = _short(v)
    if v < -128:
        _overflow('signed char is less than minimum')
    if v > 127:
        _overflow('signed char is greater than maximum')
    return v


def _check_B(v):
    v = _c_long(v)
    if v < 0:
        _overflow('unsigned byte integer is less than minimum')
    if v > 255:
        _overflow('unsigned byte integer is greater than maximum')
    return v


def _check_H(v):
    v = _cint(v)
    if v < 0:
        _overflow('unsigned short is less than minimum')
    if v > 65535:
        _overflow('unsigned short is greater than maximum')
    return v


def _check_c(v):
    if not isinstance(v, str) or len(v) != 1:
        raise TypeError('array item must be char')
    return v


def _check_u(v):
    if isinstance(v, unicode) and len(v) == 1:
        return v
    raise TypeError('array item must be unicode character')


def _check_float(v):
    if isinstance(v, float):
        return v
    if isinstance(v, (int, long)):
        return float(v)
    if hasattr(v, '__float__') and not isinstance(v, str):
        return float(v)
    raise TypeError('a float is required')


def _check_f(v):
    # Stored as the single-precision value it becomes.
    return _unpack('f', _pack('f', _check_float(v)))[0]


_CHECKS = {
    'c': _check_c, 'u': _check_u, 'b': _check_b, 'B': _check_B,
    'h': _short, 'H': _check_H, 'i': _cint,
    'I': lambda v: _unsigned(v, 32, 'unsigned int'),
    'l': _c_long,
    'L': lambda v: _unsigned(v, 64, 'unsigned long'),
    'f': _check_f, 'd': _check_float,
}


def _index(i):
    if isinstance(i, (int, long)):
        return i
    if hasattr(i, '__index__') and not isinstance(i, (str, float)):
        return i.__index__()
    raise TypeError("'%s' object cannot be interpreted as an index"
                    % type(i).__name__)


def _unicode_repr(chars):
    return repr(u''.join(chars))



class _CodeUnit(long):
    """A 'u' item beyond the last code point (byteswap() of a UCS4 array
    makes them, as in CPython): kept as its number until swapped back."""

class array(object):
    """array(typecode[, initializer]) -> array"""

    __slots__ = ('_tc', '_a', '__weakref__')

    def __new__(cls, *args, **kwargs):
        if kwargs and cls is array:
            raise TypeError('array.array() does not take keyword arguments')
        if len(args) < 1 or len(args) > 2:
            raise TypeError('array() takes at most 2 arguments (%d given)'
                            % len(args) if args else
                            'array() takes at least 1 argument (0 given)')
        typecode = args[0]
        if isinstance(typecode, unicode) and len(typecode) == 1:
            typecode = typecode.encode('ascii', 'replace')
        if not isinstance(typecode, str) or len(typecode) != 1:
            raise TypeError('array() argument 1 or typecode must be char '
                            '(string or ascii-unicode with length 1), not %s'
                            % type(typecode).__name__)
        if typecode not in _SIZES:
            raise ValueError('bad typecode (must be c, b, B, u, h, H, i, I, '
                             'l, L, f or d)')
        self = object.__new__(cls)
        self._tc = typecode
        self._a = []
        if len(args) == 2:
            init = args[1]
            if isinstance(init, unicode) and typecode == 'u':
                self.fromunicode(init)
            elif isinstance(init, str):
                self.fromstring(init)
            elif isinstance(init, array):
                check = _CHECKS[typecode]
                self._a = [check(x) for x in init._a]
            elif isinstance(init, list):
                self.fromlist(init)
            else:
                self.extend(init)
        return self

    def __init__(self, *args, **kwargs):
        pass

    # ----- attributes -----
    @property
    def typecode(self):
        return self._tc

    @property
    def itemsize(self):
        return _SIZES[self._tc]

    # ----- conversions to and from bytes -----
    def tostring(self):
        a = self._a
        if not a:
            return ''
        tc = self._tc
        if tc == 'c':
            return ''.join(a)
        if tc == 'u':
            units = [c if isinstance(c, _CodeUnit) else ord(c) for c in a]
            return _pack('<%dI' % len(a), *units)
        return _pack('%d%s' % (len(a), tc), *a)

    def _items_from_string(self, s):
        tc = self._tc
        size = _SIZES[tc]
        if len(s) % size:
            raise ValueError('string length not a multiple of item size')
        if tc == 'c':
            return list(s)
        n = len(s) // size
        if tc == 'u':
            return [unichr(o) if o <= 0x10ffff else _CodeUnit(o) for o in _unpack('<%dI' % n, s)]
        items = list(_unpack('%d%s' % (n, tc), s))
        if tc in 'IL':
            items = [long(x) for x in items]
        return items

    def fromstring(self, s):
        if s is self:
            raise ValueError('fromstring() argument 1 cannot be the array '
                             'itself')
        if not isinstance(s, str):
            s = _buffer_of(s)
        self._a.extend(self._items_from_string(s))

    def frombytes(self, s):
        self.fromstring(s)

    def tobytes(self):
        return self.tostring()

    def _buffer_bytes(self):
        return self.tostring()

    def _buffer_write(self, offset, data):
        s = self.tostring()
        s = s[:offset] + data + s[offset + len(data):]
        self._a[:] = self._items_from_string(s)

    def fromunicode(self, s):
        if self._tc != 'u':
            raise ValueError("fromunicode() may only be called on type 'u' "
                             "arrays")
        if not isinstance(s, unicode):
            raise TypeError('fromunicode() argument 1 must be unicode, not %s'
                            % type(s).__name__)
        self._a.extend(s)

    def tounicode(self):
        if self._tc != 'u':
            raise ValueError("tounicode() may only be called on type 'u' "
                             "arrays")
        return u''.join(self._a)

    def tolist(self):
        return list(self._a)

    def fromlist(self, items):
        if not isinstance(items, list):
            raise TypeError('arg must be list')
        check = _CHECKS[self._tc]
        self._a.extend([check(x) for x in items])

    def fromfile(self, f, n):
        if not isinstance(f, file):
            raise TypeError('arg1 must be open file')
        n = _index(n)
        if n < 0:
            raise ValueError('negative count')
        size = _SIZES[self._tc]
        data = f.read(n * size)
        whole = len(data) - len(data) % size
        self._a.extend(self._items_from_string(data[:whole]))
        if len(data) < n * size:
            raise EOFError('not enough items in file')

    read = fromfile

    def tofile(self, f):
        if not isinstance(f, file):
            raise TypeError('arg must be open file')
        f.write(self.tostring())

    write = tofile

    # ----- list-like methods -----
    def append(self, x):
        self._a.append(_CHECKS[self._tc](x))

    def extend(self, iterable):
        if isinstance(iterable, array):
            if iterable._tc != self._tc:
                raise TypeError('can only extend with array of same kind')
            self._a.extend(iterable._a)
            return
        check = _CHECKS[self._tc]
        for x in iterable:
            self._a.append(check(x))

    def insert(self, i, x):
        i = _index_arg(i)
        self._a.insert(i, _CHECKS[self._tc](x))

    def pop(self, i=-1):
        i = _index_arg(i)
        if not self._a:
            raise IndexError('pop from empty array')
        n = len(self._a)
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise IndexError('pop index out of range')
        return self._a.pop(i)

    def remove(self, x):
        for i, v in enumerate(self._a):
            if v == x:
                del self._a[i]
                return
        raise ValueError('array.remove(x): x not in list')

    def index(self, x):
        for i, v in enumerate(self._a):
            if v == x:
                return i
        raise ValueError('array.index(x): x not in list')

    def count(self, x):
        n = 0
        for v in self._a:
            if v == x:
                n += 1
        return n

    def reverse(self):
        self._a.reverse()

    def byteswap(self):
        size = _SIZES[self._tc]
        if size == 1 or not self._a:
            return
        s = self.tostring()
        swapped = ''.join([s[i:i + size][::-1] for i in range(0, len(s), size)])
        self._a[:] = self._items_from_string(swapped)

    def buffer_info(self):
        return (id(self), len(self._a))

    # ----- sequence protocol -----
    def __len__(self):
        return len(self._a)

    def __iter__(self):
        return iter(self._a)

    def __contains__(self, x):
        return x in self._a

    def __getitem__(self, i):
        if isinstance(i, slice):
            r = array(self._tc)
            r._a = self._a[i]
            return r
        i = _item_index(i)
        try:
            return self._a[i]
        except IndexError:
            raise IndexError('array index out of range')

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            if not isinstance(v, array):
                raise TypeError('can only assign array (not "%s") to array '
                                'slice' % type(v).__name__)
            if v._tc != self._tc:
                raise TypeError('bad argument type for built-in operation')
            items = list(v._a)
            if i.step is not None and i.step != 1:
                n = len(range(*i.indices(len(self._a))))
                if len(items) != n:
                    raise ValueError('attempt to assign array of size %d to '
                                     'extended slice of size %d'
                                     % (len(items), n))
            self._a[i] = items
            return
        i = _item_index(i)
        v = _CHECKS[self._tc](v)
        try:
            self._a[i] = v
        except IndexError:
            raise IndexError('array assignment index out of range')

    def __delitem__(self, i):
        if isinstance(i, slice):
            del self._a[i]
            return
        i = _item_index(i)
        try:
            del self._a[i]
        except IndexError:
            raise IndexError('array assignment index out of range')

    # Python 2's simple-slice protocol (a[i:j]), by way of slice objects.
    def __getslice__(self, i, j):
        return self.__getitem__(slice(max(i, 0), max(j, 0)))

    def __setslice__(self, i, j, v):
        self.__setitem__(slice(max(i, 0), max(j, 0)), v)

    def __delslice__(self, i, j):
        self.__delitem__(slice(max(i, 0), max(j, 0)))

    # ----- operators -----
    def __add__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only append array (not "%s") to array'
                            % type(other).__name__)
        if other._tc != self._tc:
            raise TypeError('bad argument type for built-in operation')
        r = array(self._tc)
        r._a = self._a + other._a
        return r

    def __iadd__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only extend array with array (not "%s")'
                            % type(other).__name__)
        self.extend(other)
        return self

    def _check_repeat(self, n):
        if n > 0 and len(self._a) * n > _MAX_BYTES // _SIZES[self._tc]:
            raise MemoryError()

    def __mul__(self, n):
        n = _index(n)
        self._check_repeat(n)
        r = array(self._tc)
        r._a = self._a * n
        return r

    __rmul__ = __mul__

    def __imul__(self, n):
        n = _index(n)
        self._check_repeat(n)
        self._a *= n
        return self

    def _cmp_items(self, other):
        if not isinstance(other, array):
            return None
        return other._a

    def __eq__(self, other):
        o = self._cmp_items(other)
        return NotImplemented if o is None else self._a == o

    def __ne__(self, other):
        o = self._cmp_items(other)
        return NotImplemented if o is None else self._a != o

    def __lt__(self, other):
        o = self._cmp_items(other)
        return NotImplemented if o is None else self._a < o

    def __le__(self, other):
        o = self._cmp_items(other)
        return NotImplemented if o is None else self._a <= o

    def __gt__(self, other):
        o = self._cmp_items(other)
        return NotImplemented if o is None else self._a > o

    def __ge__(self, other):
        o = self._cmp_items(other)
        return NotImplemented if o is None else self._a >= o

    __hash__ = None

    def __repr__(self):
        tc = self._tc
        if not self._a:
            return "array('%s')" % tc
        if tc == 'c':
            return "array('c', %r)" % ''.join(self._a)
        if tc == 'u':
            return "array('u', %s)" % _unicode_repr(self._a)
        return "array('%s', %r)" % (tc, self._a)

    __str__ = __repr__

    # ----- copying and pickling -----
    def __copy__(self):
        r = array(self._tc)
        r._a = list(self._a)
        return r

    def __deepcopy__(self, memo):
        return self.__copy__()

    def __reduce__(self):
        d = getattr(self, '__dict__', None) or None
        if d:
            d = dict([(k, v) for k, v in d.items() if k not in ('_tc', '_a')])
        return (self.__class__, (self._tc, list(self._a)), d)

    def __reduce_ex__(self, protocol):
        return self.__reduce__()


def _index_arg(i):
    if isinstance(i, float):
        raise TypeError('integer argument expected, got float')
    if not isinstance(i, (int, long)):
        if hasattr(i, '__index__') and not isinstance(i, str):
            return i.__index__()
        raise TypeError('an integer is required')
    return i


def _item_index(i):
    if isinstance(i, (int, long)):
        return i
    if hasattr(i, '__index__') and not isinstance(i, (str, float)):
        return i.__index__()
    raise TypeError('array indices must be integers')


def _buffer_of(s):
    b = getattr(s, '_buffer_bytes', None)
    if b is None:
        raise TypeError('fromstring() argument 1 must be string or read-only '
                        'buffer, not %s' % type(s).__name__)
    return b()


ArrayType = array
array.__module__ = 'array'
