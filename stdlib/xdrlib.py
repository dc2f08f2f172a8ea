"""XDR (RFC 1014) data packing and unpacking (Python 2.7's xdrlib): 4-byte
big-endian units, strings with a length and zero padding, optional-list
and array encodings."""

import struct
from functools import wraps

__all__ = ["Error", "Packer", "Unpacker", "ConversionError"]


class Error(Exception):
    """Raised by Unpacker.done() and for bad data; msg says why."""

    def __init__(self, msg):
        self.msg = msg

    def __repr__(self):
        return repr(self.msg)

    def __str__(self):
        return str(self.msg)


class ConversionError(Error):
    pass


def _conversion_errors(method):
    """struct.error from packing a value of the wrong kind becomes
    ConversionError."""
    @wraps(method)
    def packer(self, value):
        try:
            return method(self, value)
        except struct.error as e:
            raise ConversionError(e.args[0])
    return packer


class Packer:
    """Builds an XDR byte string."""

    def __init__(self):
        self.reset()

    def reset(self):
        self._parts = []

    def get_buffer(self):
        return ''.join(self._parts)

    get_buf = get_buffer

    @_conversion_errors
    def pack_uint(self, x):
        self._parts.append(struct.pack('>L', x))

    @_conversion_errors
    def pack_int(self, x):
        self._parts.append(struct.pack('>l', x))

    pack_enum = pack_int

    def pack_bool(self, x):
        self._parts.append('\0\0\0\1' if x else '\0\0\0\0')

    def pack_uhyper(self, x):
        try:
            self.pack_uint(x >> 32 & 0xffffffffL)
        except (TypeError, struct.error) as e:
            raise ConversionError(e.args[0])
        try:
            self.pack_uint(x & 0xffffffffL)
        except (TypeError, struct.error) as e:
            raise ConversionError(e.args[0])

    pack_hyper = pack_uhyper

    @_conversion_errors
    def pack_float(self, x):
        self._parts.append(struct.pack('>f', x))

    @_conversion_errors
    def pack_double(self, x):
        self._parts.append(struct.pack('>d', x))

    def pack_fstring(self, n, s):
        if n < 0:
            raise ValueError('fstring size must be nonnegative')
        data = s[:n]
        padded = ((n + 3) // 4) * 4
        self._parts.append(data + (padded - len(data)) * '\0')

    pack_fopaque = pack_fstring

    def pack_string(self, s):
        n = len(s)
        self.pack_uint(n)
        self.pack_fstring(n, s)

    pack_opaque = pack_string
    pack_bytes = pack_string

    def pack_list(self, items, pack_item):
        for item in items:
            self.pack_uint(1)
            pack_item(item)
        self.pack_uint(0)

    def pack_farray(self, n, items, pack_item):
        if len(items) != n:
            raise ValueError('wrong array size')
        for item in items:
            pack_item(item)

    def pack_array(self, items, pack_item):
        n = len(items)
        self.pack_uint(n)
        self.pack_farray(n, items, pack_item)


class Unpacker:
    """Reads values back out of an XDR byte string."""

    def __init__(self, data):
        self.reset(data)

    def reset(self, data):
        self._buf = data
        self._pos = 0

    def get_position(self):
        return self._pos

    def set_position(self, position):
        self._pos = position

    def get_buffer(self):
        return self._buf

    def done(self):
        if self._pos < len(self._buf):
            raise Error('unextracted data remains')

    def _take(self, n):
        start = self._pos
        self._pos = end = start + n
        data = self._buf[start:end]
        if len(data) < n:
            raise EOFError
        return data

    def unpack_uint(self):
        return struct.unpack('>L', self._take(4))[0]

    def unpack_int(self):
        return struct.unpack('>l', self._take(4))[0]

    unpack_enum = unpack_int

    def unpack_bool(self):
        return bool(self.unpack_int())

    def unpack_uhyper(self):
        hi = self.unpack_uint()
        lo = self.unpack_uint()
        return long(hi) << 32 | lo

    def unpack_hyper(self):
        x = self.unpack_uhyper()
        if x >= 0x8000000000000000L:
            x = x - 0x10000000000000000L
        return x

    def unpack_float(self):
        return struct.unpack('>f', self._take(4))[0]

    def unpack_double(self):
        return struct.unpack('>d', self._take(8))[0]

    def unpack_fstring(self, n):
        if n < 0:
            raise ValueError('fstring size must be nonnegative')
        start = self._pos
        end = start + (n + 3) // 4 * 4
        if end > len(self._buf):
            raise EOFError
        self._pos = end
        return self._buf[start:start + n]

    unpack_fopaque = unpack_fstring

    def unpack_string(self):
        return self.unpack_fstring(self.unpack_uint())

    unpack_opaque = unpack_string
    unpack_bytes = unpack_string

    def unpack_list(self, unpack_item):
        items = []
        while True:
            flag = self.unpack_uint()
            if flag == 0:
                return items
            if flag != 1:
                raise ConversionError('0 or 1 expected, got %r' % (flag,))
            items.append(unpack_item())

    def unpack_farray(self, n, unpack_item):
        return [unpack_item() for _ in range(n)]

    def unpack_array(self, unpack_item):
        return self.unpack_farray(self.unpack_uint(), unpack_item)
