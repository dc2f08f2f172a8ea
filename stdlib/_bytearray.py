"""bytearray: a mutable sequence of bytes (kept as a list of ints)."""


def _byte(v):
    # A one-character string stands for its byte, as in CPython 2.7.
    if isinstance(v, str):
        if len(v) != 1:
            raise ValueError('string must be of size 1')
        return ord(v)
    if not isinstance(v, (int, long)):
        raise TypeError('an integer or string of size 1 is required')
    if not 0 <= v < 256:
        raise ValueError('byte must be in range(0, 256)')
    return v


def _ints(source):
    if isinstance(source, bytearray):
        return list(source._b)
    if isinstance(source, str):
        return [ord(c) for c in source]
    return [_byte(v) for v in source]


class bytearray(object):
    __slots__ = ('_b',)

    def __init__(self, source='', encoding=None, errors=None):
        if isinstance(source, (int, long)):
            if source < 0:
                raise ValueError('negative count')
            self._b = [0] * source
        else:
            self._b = _ints(source)

    def __str__(self):
        return ''.join([chr(v) for v in self._b])

    def __repr__(self):
        return 'bytearray(b%s)' % repr(str(self))

    def _buffer_bytes(self):
        # The buffer protocol of minipy's native modules (struct, binascii).
        return str(self)

    def __len__(self):
        return len(self._b)

    def __iter__(self):
        return iter(self._b)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return bytearray(self._b[i])
        return self._b[i]

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            self._b[i] = _ints(v)
        else:
            self._b[i] = _byte(v)

    def __delitem__(self, i):
        del self._b[i]

    def __contains__(self, v):
        if isinstance(v, (str, bytearray)):
            return str(v) in str(self)
        return v in self._b

    def __eq__(self, other):
        if isinstance(other, (str, bytearray)):
            return str(self) == str(other)
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, (str, bytearray)):
            return str(self) != str(other)
        return NotImplemented

    def __add__(self, other):
        return bytearray(self._b + _ints(other))

    def __iadd__(self, other):
        self._b.extend(_ints(other))
        return self

    def __mul__(self, n):
        return bytearray(self._b * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        # In place; the list's repetition checks the size first (MemoryError).
        self._b *= n
        return self

    def append(self, v):
        self._b.append(_byte(v))

    def extend(self, v):
        self._b.extend(_ints(v))

    def insert(self, i, v):
        self._b.insert(i, _byte(v))

    def pop(self, i=-1):
        return self._b.pop(i)

    def remove(self, v):
        self._b.remove(v)

    def reverse(self):
        self._b.reverse()

    def decode(self, encoding='ascii', errors='strict'):
        return str(self).decode(encoding, errors)

    def __getattr__(self, name):
        # str methods: results that are strings come back as bytearrays.
        method = getattr(str(self), name)

        def call(*args, **kwargs):
            r = method(*args, **kwargs)
            if isinstance(r, str):
                return bytearray(r)
            if isinstance(r, list):
                return [bytearray(x) if isinstance(x, str) else x for x in r]
            return r
        return call
