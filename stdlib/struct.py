"""Packing and unpacking of binary records (minipy: the engine is _struct)."""

from _struct import error, calcsize, unpack, unpack_from, _parse
from _struct import pack as _pack

__all__ = ['calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from',
           'Struct', 'error']


_INT_CODES = 'bBhHiIlLqQP'
_PLAIN = (int, long, str)


def _int_codes(fmt):
    """The format's codes, one per argument it packs."""
    codes = []
    count = ''
    for c in fmt.lstrip('@=<>!'):
        if c.isdigit():
            count += c
            continue
        n = int(count) if count else 1
        count = ''
        if c in 'sp':
            codes.append(c)
        elif c != 'x' and not c.isspace():
            codes.extend(c * n)
    return codes


def _coerced(fmt, args, stacklevel):
    # 2.7 still packs a float or an object with only __int__ as an integer,
    # warning that it is deprecated (__index__ is the accepted way); the
    # conversion is int()'s, errors included.
    import warnings
    args = list(args)
    for i, code in enumerate(_int_codes(fmt)[:len(args)]):
        arg = args[i]
        if code not in _INT_CODES or isinstance(arg, _PLAIN):
            continue
        if isinstance(arg, float):
            what = 'float'
        else:
            try:
                arg.__index__()
                continue
            except (AttributeError, TypeError):
                if not hasattr(arg, '__int__'):
                    continue
            what = 'non-integer (implicit conversion using __int__ is deprecated)'
        warnings.warn('integer argument expected, got ' + what,
                      DeprecationWarning, stacklevel + 1)
        args[i] = int(arg)
    return args


def _checked_args(fmt, args):
    """args, with deprecated integer coercions warned about (at the caller
    of pack) and done."""
    for arg in args:
        if not isinstance(arg, _PLAIN):
            return _coerced(fmt, args, 3)
    return args


def pack(*args):
    if not args:
        raise TypeError('missing format argument')
    fmt, args = args[0], args[1:]
    return _pack(fmt, *_checked_args(fmt, args))


def _write_buffer(buf, offset, data):
    # Writable buffers of minipy: bytearray and array objects.
    w = getattr(buf, '_buffer_write', None)
    if w is not None:
        w(offset, data)
    elif hasattr(buf, '__setitem__') and not isinstance(buf, (str, list, dict)):
        buf[offset:offset + len(data)] = data
    else:
        raise TypeError('argument must be read-write buffer, not %s'
                        % type(buf).__name__)


def _buffer_len(buf):
    if isinstance(buf, str):
        raise TypeError('argument must be read-write buffer, not str')
    b = getattr(buf, '_buffer_bytes', None)
    if b is not None:
        return len(b())
    try:
        return len(buf)
    except TypeError:
        raise TypeError('argument must be read-write buffer, not %s'
                        % type(buf).__name__)


def _pack_into(name, fmt, size, nargs, args):
    if len(args) < 1:
        raise error('%s expected buffer argument' % name)
    if len(args) < 2:
        raise error('%s expected offset argument' % name)
    if len(args) - 2 != nargs:
        raise error('%s expected %d items for packing (got %d)'
                    % (name, nargs, len(args) - 2))
    buf, offset = args[0], args[1]
    data = _pack(fmt, *args[2:])
    n = _buffer_len(buf)
    offset = offset.__index__() if hasattr(offset, '__index__') else int(offset)
    if offset < 0:
        offset += n
    if offset < 0 or n - offset < size:
        raise error('%s requires a buffer of at least %d bytes' % (name, size))
    _write_buffer(buf, offset, data)


def pack_into(fmt, *args):
    size, nargs = _parse(fmt)
    _pack_into('pack_into', fmt, size, nargs, args)


class Struct(object):
    """A compiled struct format: format, size, pack, unpack, pack_into,
    unpack_from."""

    def __init__(self, format):
        if isinstance(format, unicode):
            # kept as str, with the default (ASCII) encoding
            format = format.encode('ascii')
        self._size, self._nargs = _parse(format)
        self._format = format

    format = property(lambda self: self._format)
    size = property(lambda self: self._size)

    def pack(self, *args):
        if len(args) != self._nargs:
            raise error('pack expected %d items for packing (got %d)'
                        % (self._nargs, len(args)))
        return _pack(self._format, *_checked_args(self._format, args))

    def unpack(self, s):
        if isinstance(s, str) and len(s) != self._size:
            raise error('unpack requires a string argument of length %d'
                        % self._size)
        return unpack(self._format, s)

    def unpack_from(self, buffer, offset=0):
        return unpack_from(self._format, buffer, offset)

    def pack_into(self, *args):
        _pack_into('pack_into', self._format, self._size, self._nargs, args)


def _clearcache():
    pass
