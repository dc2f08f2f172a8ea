"""The buffer and memoryview built-ins of Python 2.7, over minipy's str and
bytearray (and anything offering _buffer_bytes(), such as array)."""


def _bytes_of(obj):
    if isinstance(obj, str):
        return obj
    get = getattr(obj, '_buffer_bytes', None)
    if get is None:
        return None
    return get()


class buffer(object):
    """A read-only window on the bytes of a string-like object."""
    __module__ = '__builtin__'
    # _chars: over characters (str, bytearray, unicode, such a buffer), which
    # int() and float() read as text; an array offers no char buffer.
    __slots__ = ('_data', '_chars')

    def __new__(cls, *args, **kw):
        # 2.7 parses "O|nn" and takes no keywords: say so before __init__.
        if kw:
            raise TypeError('buffer() does not take keyword arguments')
        if not 1 <= len(args) <= 3:
            raise TypeError('buffer() takes %s (%d given)' % (
                'at least 1 argument' if not args else 'at most 3 arguments', len(args)))
        for n in args[1:]:
            if isinstance(n, float):
                raise TypeError('integer argument expected, got float')
            if isinstance(n, complex):
                raise TypeError("can't convert complex to int")
            if not isinstance(n, (int, long)) and not hasattr(type(n), '__index__'):
                raise TypeError('an integer is required')
        return object.__new__(cls)

    def __init__(self, object, offset=0, size=-1):
        if isinstance(object, memoryview):
            raise TypeError('buffer object expected')
        data = _bytes_of(object)
        if data is None:
            raise TypeError('buffer object expected')
        if offset < 0:
            raise ValueError('offset must be zero or positive')
        if size < -1:
            raise ValueError('size must be zero or positive')
        end = len(data) if size == -1 else offset + size
        self._data = data[offset:end]
        self._chars = (isinstance(object, (str, bytearray, unicode)) or
                       getattr(object, '_chars', False) is True)

    def _buffer_bytes(self):
        return self._data

    def __str__(self):
        return self._data

    def __repr__(self):
        return '<read-only buffer for 0x%x, size -1, offset 0 at 0x%x>' % (id(self._data), id(self))

    def __len__(self):
        return len(self._data)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self._data[i]
        if isinstance(i, (int, long)):
            n = len(self._data)
            if i < 0:
                i += n
            if not 0 <= i < n:
                raise IndexError('buffer index out of range')
        return self._data[i]

    def __getslice__(self, i, j):
        return self._data[max(i, 0):max(j, 0)]

    def __setitem__(self, i, v):
        raise TypeError('buffer is read-only')

    def __setslice__(self, i, j, v):
        raise TypeError('buffer is read-only')

    def __add__(self, other):
        data = _bytes_of(other)
        if data is None:
            raise TypeError('cannot concatenate \'buffer\' and \'%s\' objects' % type(other).__name__)
        return self._data + data

    def __mul__(self, n):
        return self._data * n

    __rmul__ = __mul__

    def __hash__(self):
        return hash(self._data)

    def _cmp_key(self, other):
        return other._data if isinstance(other, buffer) else NotImplemented

    def __eq__(self, other):
        return isinstance(other, buffer) and self._data == other._data

    def __ne__(self, other):
        return not self.__eq__(other)

    def __lt__(self, other):
        if not isinstance(other, buffer):
            return NotImplemented
        return self._data < other._data

    def __le__(self, other):
        if not isinstance(other, buffer):
            return NotImplemented
        return self._data <= other._data

    def __gt__(self, other):
        if not isinstance(other, buffer):
            return NotImplemented
        return self._data > other._data

    def __ge__(self, other):
        if not isinstance(other, buffer):
            return NotImplemented
        return self._data >= other._data


class memoryview(object):
    """A view on the bytes of a str (read-only) or a bytearray (writable,
    and live: writes go to the bytearray)."""
    __module__ = '__builtin__'
    __slots__ = ('_obj', '_start', '_stop')

    format = 'B'
    itemsize = 1
    ndim = 1
    suboffsets = None

    def __new__(cls, *args, **kw):
        # 2.7 parses (object) with keywords; its messages, before __init__.
        n = len(args) + len(kw)
        if n > 1:
            raise TypeError('memoryview() takes at most 1 argument (%d given)' % n)
        if not args and 'object' not in kw:
            raise TypeError("Required argument 'object' (pos 1) not found")
        for k in kw:
            if k != 'object':
                raise TypeError("'%s' is an invalid keyword argument for this function" % k)
        return object.__new__(cls)

    def __init__(self, object):
        if isinstance(object, memoryview):
            self._obj, self._start, self._stop = object._obj, object._start, object._stop
            return
        if isinstance(object, (str, bytearray)):
            self._obj = object
        else:
            raise TypeError('cannot make memory view because object does not have the buffer interface')
        self._start = 0
        self._stop = len(object)

    def _whole(self):
        return str(self._obj)[self._start:self._stop]

    _buffer_bytes = _whole

    def tobytes(self):
        return self._whole()

    def tolist(self):
        return [ord(c) for c in self._whole()]

    @property
    def readonly(self):
        return isinstance(self._obj, str)

    @property
    def shape(self):
        return (long(len(self)),)

    @property
    def strides(self):
        return (1L,)

    def __len__(self):
        return self._stop - self._start

    def __repr__(self):
        return '<memory at 0x%x>' % id(self)

    def __hash__(self):
        raise TypeError("unhashable type: 'memoryview'")

    def _index(self, i):
        if not isinstance(i, (int, long)):
            if hasattr(i, '__index__'):
                i = i.__index__()
            else:
                raise TypeError('cannot index memory using "%s"' % type(i).__name__)
        n = len(self)
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError('index out of bounds')
        return self._start + i

    def _range(self, s):
        start, stop, step = s.indices(len(self))
        if step != 1:
            raise NotImplementedError
        if stop < start:
            stop = start
        return self._start + start, self._start + stop

    def __getitem__(self, i):
        if isinstance(i, slice):
            view = memoryview(self)
            view._start, view._stop = self._range(i)
            return view
        return str(self._obj)[self._index(i)]

    def __getslice__(self, i, j):
        return self.__getitem__(slice(max(i, 0), max(j, 0)))

    def __setitem__(self, i, v):
        if self.readonly:
            raise TypeError('cannot modify read-only memory')
        data = _bytes_of(v)
        if data is None:
            raise TypeError("'%s' does not have the buffer interface" % type(v).__name__)
        if isinstance(i, slice):
            start, stop = self._range(i)
        else:
            start = self._index(i)
            stop = start + 1
        if len(data) != stop - start:
            raise ValueError('cannot modify size of memoryview object')
        for k, c in enumerate(data):
            self._obj[start + k] = ord(c)

    def __setslice__(self, i, j, v):
        self.__setitem__(slice(max(i, 0), max(j, 0)), v)

    def __eq__(self, other):
        data = _bytes_of(other)
        if data is None:
            return False
        return self._whole() == data

    def __ne__(self, other):
        return not self.__eq__(other)


def _install():
    # From now on the builtins are the classes themselves, so isinstance and
    # subclassing work once this module has been loaded.
    import __builtin__
    __builtin__.buffer = buffer
    __builtin__.memoryview = memoryview


_install()
del _install
