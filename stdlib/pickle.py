"""Object serialization (Python 2.7's pickle): protocols 0, 1 and 2.

The bytes written for built-in types are those of CPython 2.7's pickle.py.
cPickle (cPickle.py) reuses this code with the C module's habits: memo
indices start at 1 and fresh temporaries (reduce argument tuples, one-byte
strings) are not memoized. unicode is pickled as UNICODE (protocol 0,
raw-unicode-escape text) or BINUNICODE (UTF-8) and loads as unicode."""

import sys
import copy_reg
import binascii as _binascii
from copy_reg import dispatch_table, _extension_registry, \
    _inverted_registry, _extension_cache

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "Pickler",
           "Unpickler", "dump", "dumps", "load", "loads"]

format_version = "2.0"
compatible_formats = ["1.0", "1.1", "1.2", "1.3", "2.0"]
HIGHEST_PROTOCOL = 2


class PickleError(Exception):
    pass


class PicklingError(PickleError):
    pass


class UnpicklingError(PickleError):
    pass


class _Stop(Exception):
    def __init__(self, value):
        self.value = value

MARK = '('
STOP = '.'
POP = '0'
POP_MARK = '1'
DUP = '2'
FLOAT = 'F'
INT = 'I'
BININT = 'J'
BININT1 = 'K'
LONG = 'L'
BININT2 = 'M'
NONE = 'N'
PERSID = 'P'
BINPERSID = 'Q'
REDUCE = 'R'
STRING = 'S'
BINSTRING = 'T'
SHORT_BINSTRING = 'U'
UNICODE = 'V'
BINUNICODE = 'X'
APPEND = 'a'
BUILD = 'b'
GLOBAL = 'c'
DICT = 'd'
EMPTY_DICT = '}'
APPENDS = 'e'
GET = 'g'
BINGET = 'h'
INST = 'i'
LONG_BINGET = 'j'
LIST = 'l'
EMPTY_LIST = ']'
OBJ = 'o'
PUT = 'p'
BINPUT = 'q'
LONG_BINPUT = 'r'
SETITEM = 's'
TUPLE = 't'
EMPTY_TUPLE = ')'
SETITEMS = 'u'
BINFLOAT = 'G'
TRUE = 'I01\n'
FALSE = 'I00\n'
PROTO = '\x80'
NEWOBJ = '\x81'
EXT1 = '\x82'
EXT2 = '\x83'
EXT4 = '\x84'
TUPLE1 = '\x85'
TUPLE2 = '\x86'
TUPLE3 = '\x87'
NEWTRUE = '\x88'
NEWFALSE = '\x89'
LONG1 = '\x8a'
LONG4 = '\x8b'

_tuplesize2code = [EMPTY_TUPLE, TUPLE1, TUPLE2, TUPLE3]

__all__.extend([x for x in dir() if x[0].isalpha() and x == x.upper()])

_BATCHSIZE = 1000


# ---- byte-level helpers (no struct module needed) ----

def _le(n, size):
    """n (already reduced to unsigned) as `size` little-endian bytes."""
    if size <= 8:
        out = []
        for _ in range(size):
            out.append(chr(n & 0xff))
            n >>= 8
        return ''.join(out)
    # Through hex digits: shifting a huge long byte by byte is quadratic.
    digits = ('%x' % n).rjust(2 * size, '0')
    return _binascii.unhexlify(digits)[::-1]


def _i4(n):
    return _le(n & 0xffffffff, 4)


def _read_le(s, signed):
    if len(s) <= 8:
        n = 0
        for c in reversed(s):
            n = (n << 8) | ord(c)
    else:
        n = long(_binascii.hexlify(s[::-1]), 16)
    if signed and s and ord(s[-1]) & 0x80:
        n -= 1 << (8 * len(s))
    return n


def _float_bytes(x):
    """IEEE 754 big-endian double bytes of x (struct.pack('>d', x))."""
    if x != x:
        return '\x7f\xf8\x00\x00\x00\x00\x00\x00'
    h = float.hex(x)
    sign = 0
    if h[0] == '-':
        sign = 1
        h = h[1:]
    if h == 'inf':
        bits = 0x7ff << 52
    else:
        mant, exp = h[2:].split('p')
        exp = int(exp)
        lead, frac = (mant.split('.') + [''])[:2]
        frac = int((frac + '0' * 13)[:13], 16)
        if lead == '0':
            bits = frac if frac else 0
        else:
            bits = ((exp + 1023) << 52) | frac
    bits |= sign << 63
    out = []
    for i in range(7, -1, -1):
        out.append(chr((bits >> (8 * i)) & 0xff))
    return ''.join(out)


def _bytes_float(s):
    bits = 0
    for c in s:
        bits = (bits << 8) | ord(c)
    sign = '-' if bits >> 63 else ''
    exp = (bits >> 52) & 0x7ff
    frac = bits & ((1 << 52) - 1)
    if exp == 0x7ff:
        if frac:
            return float('nan')
        return float(sign + 'inf')
    if exp == 0:
        return float.fromhex('%s0x0.%013xp-1022' % (sign, frac))
    return float.fromhex('%s0x1.%013xp%d' % (sign, frac, exp - 1023))


def encode_long(x):
    """Two's complement little-endian bytes of x, as short as possible."""
    if x == 0:
        return ''
    # The fewest bytes whose sign bit is free: bit_length of x, or of
    # ~x (= -x - 1) for a negative x, plus one bit.
    n = (x if x > 0 else -x - 1).bit_length() // 8 + 1
    return _le(x & ((1 << (8 * n)) - 1), n)


def decode_long(data):
    return long(_read_le(data, True))


def whichmodule(func, funcname):
    mod = getattr(func, "__module__", None)
    if mod is not None:
        return mod
    import __builtin__
    if getattr(__builtin__, funcname, None) is func:
        return '__builtin__'
    for name, module in sys.modules.items():
        if module is None or name == '__main__':
            continue
        if getattr(module, funcname, None) is func:
            return name
    return '__main__'


def _default_reduce_ex(obj, proto):
    """object.__reduce_ex__ for classes that define no reduction."""
    if proto < 2:
        return copy_reg._reduce_ex(obj, proto)
    return copy_reg._reduce_2(obj)


def _own_attr(cls, name):
    """The attribute `name` if a Python class in cls's MRO defines it."""
    for c in cls.__mro__:
        if name in c.__dict__ and c.__module__ != '__builtin__':
            return c.__dict__[name]
    return None


def _reduce_for(obj, proto):
    wr = sys.modules.get('weakref')
    if wr is not None and type(obj) in wr.ProxyTypes:
        # A proxy's __reduce_ex__ is its referent's, bound to the referent.
        obj = wr._target(obj)
    cls = type(obj)
    if _own_attr(cls, '__reduce_ex__') is not None:
        return obj.__reduce_ex__(proto), repr(obj.__reduce_ex__), ()
    if _own_attr(cls, '__reduce__') is not None:
        return obj.__reduce__(), None, ()
    if isinstance(obj, (bytearray, slice, xrange)):
        return obj.__reduce__(), None, ()
    if isinstance(obj, (set, frozenset)):
        state = getattr(obj, '__dict__', None) or None
        items = list(obj)
        return (cls, (items,), state), None, [items]
    rv = _default_reduce_ex(obj, proto)
    fresh = []
    if rv[0] is copy_reg._reconstructor:
        fresh.append(rv[1][2])
    if len(rv) > 2 and isinstance(rv[2], tuple):
        fresh.append(rv[2])
    if rv[0] is copy_reg.__newobj__ and isinstance(obj, (str, unicode)):
        # __getnewargs__ made a fresh copy of the text (cPickle: no memo).
        fresh.extend(rv[1][1:])
    return rv, None, fresh


def _is_class(obj):
    return isinstance(obj, type)


_FuncTypes = (type(whichmodule), type(len))


class Pickler(object):
    _cmode = False
    _err = PicklingError

    def __init__(self, file, protocol=None):
        if protocol is None:
            protocol = 0
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif not 0 <= protocol <= HIGHEST_PROTOCOL:
            raise ValueError("pickle protocol must be <= %d" % HIGHEST_PROTOCOL)
        self.write = file.write
        self.memo = {}
        self.proto = int(protocol)
        self.bin = protocol >= 1
        self.fast = 0
        self._temps = set()
        self._keep = []   # keeps fresh temporaries alive so ids stay unique

    def clear_memo(self):
        self.memo.clear()

    def dump(self, obj):
        if self.proto >= 2:
            self.write(PROTO + chr(self.proto))
        self.save(obj)
        self.write(STOP)

    # ---- memo ----

    def _next_index(self):
        return len(self.memo) + (1 if self._cmode else 0)

    def memoize(self, obj, always=True):
        if self.fast:
            return
        if self._cmode and not always and id(obj) in self._temps:
            return
        idx = self._next_index()
        self.write(self.put(idx))
        self.memo[id(obj)] = idx, obj

    def put(self, i):
        if self.bin:
            if i < 256:
                return BINPUT + chr(i)
            return LONG_BINPUT + _i4(i)
        return PUT + repr(i) + '\n'

    def get(self, i):
        if self.bin:
            if i < 256:
                return BINGET + chr(i)
            return LONG_BINGET + _i4(i)
        return GET + repr(i) + '\n'

    def _save_fast(self, f, obj):
        # cPickle's fast mode has no memo; past 50 nested containers it
        # watches for one containing itself instead of recursing forever.
        depth = getattr(self, '_fast_depth', 0)
        self._fast_depth = depth + 1
        watched = depth >= 50
        if watched:
            active = self.__dict__.setdefault('_fast_active', set())
            if id(obj) in active:
                self._fast_depth = depth
                raise ValueError("fast mode: can't pickle cyclic objects "
                                 "including object type %s at %#x" %
                                 (type(obj).__name__, id(obj)))
            active.add(id(obj))
        try:
            f(self, obj)
        finally:
            self._fast_depth = depth
            if watched:
                self._fast_active.discard(id(obj))

    # ---- the dispatcher ----

    def persistent_id(self, obj):
        return None

    def save(self, obj):
        pid = self.persistent_id(obj)
        if pid is not None:
            self.save_pers(pid)
            return
        x = self.memo.get(id(obj))
        if x is not None and not (self._cmode and id(obj) in self._temps):
            self.write(self.get(x[0]))
            return
        t = type(obj)
        f = self.dispatch.get(t)
        if f is not None:
            if self.fast and self._cmode and (t is list or t is dict):
                self._save_fast(f, obj)
            else:
                f(self, obj)
            return
        reduce = dispatch_table.get(t)
        if reduce is not None:
            rv = reduce(obj)
            where = reduce
        elif _is_class(obj) or isinstance(obj, _FuncTypes):
            self.save_global(obj)
            return
        else:
            rv, where, fresh = _reduce_for(obj, self.proto)
            if t.__module__ == 'datetime' and type(rv) is tuple and len(rv) > 1 \
                    and type(rv[1]) is tuple:
                # Stands for CPython's C types, whose states are fresh strings.
                fresh = list(fresh) + list(rv[1])
            for x in fresh:
                self._temps.add(id(x))
            self._keep.append(fresh)
            if where is None:
                where = '<built-in method __reduce_ex__ of %s object at 0x%x>' % (
                    t.__name__, id(obj))
        if type(rv) is str:
            self.save_global(obj, rv)
            return
        c = self._cmode
        if type(rv) is not tuple:
            raise self._err(("Value returned by %s must be string or tuple" if c else
                             "%s must return string or tuple") % where)
        n = len(rv)
        if not 2 <= n <= 5:
            raise self._err(("tuple returned by %s must contain 2 through 5 elements" if c else
                             "Tuple returned by %s must have two to five elements") % where)
        if c and not isinstance(rv[1], tuple):
            raise self._err("Second element of tuple returned by %s must be a tuple" % where)
        self.save_reduce(obj=obj, *rv)

    def save_pers(self, pid):
        if self.bin:
            self.save(pid)
            self.write(BINPERSID)
        else:
            self.write(PERSID + str(pid) + '\n')

    def save_reduce(self, func, args, state=None, listitems=None,
                    dictitems=None, obj=None):
        write = self.write
        if not isinstance(args, tuple):
            raise self._err("args from reduce() should be a tuple")
        if not callable(func) and not self._cmode:
            raise self._err("func from reduce should be callable")
        self._temps.add(id(args))
        self._keep.append(args)
        if self.proto >= 2 and getattr(func, "__name__", "") == "__newobj__":
            cls = args[0]
            if not hasattr(cls, "__new__"):
                raise self._err("args[0] from __newobj__ args has no __new__")
            if obj is not None and cls is not obj.__class__:
                raise self._err("args[0] from __newobj__ args has the wrong class")
            args = args[1:]
            self._temps.add(id(args))
            self._keep.append(args)
            self.save(cls)
            self.save(args)
            write(NEWOBJ)
        else:
            self.save(func)
            self.save(args)
            write(REDUCE)
        if obj is not None:
            if id(obj) in self.memo:
                # A recursive object was already saved (and memoized) while
                # its arguments were saved: drop this copy, use that one.
                write(POP + self.get(self.memo[id(obj)][0]))
            else:
                self.memoize(obj)
        if listitems is not None:
            self._batch_appends(listitems)
        if dictitems is not None:
            self._batch_setitems(dictitems)
        if state is not None:
            self.save(state)
            write(BUILD)

    dispatch = {}

    def save_none(self, obj):
        self.write(NONE)
    dispatch[type(None)] = save_none

    def save_bool(self, obj):
        if self.proto >= 2:
            self.write(NEWTRUE if obj else NEWFALSE)
        else:
            self.write(TRUE if obj else FALSE)
    dispatch[bool] = save_bool

    def save_int(self, obj):
        if self.bin:
            if 0 <= obj <= 0xff:
                self.write(BININT1 + chr(obj))
                return
            if 0 <= obj <= 0xffff:
                self.write(BININT2 + _le(obj, 2))
                return
            if -0x80000000 <= obj <= 0x7fffffff:
                self.write(BININT + _i4(obj))
                return
        self.write(INT + repr(obj) + '\n')
    dispatch[int] = save_int

    def save_long(self, obj):
        if self.proto >= 2:
            data = encode_long(obj)
            n = len(data)
            if n < 256:
                self.write(LONG1 + chr(n) + data)
            else:
                self.write(LONG4 + _i4(n) + data)
            return
        self.write(LONG + repr(obj) + '\n')
    dispatch[long] = save_long

    def save_float(self, obj):
        if self.bin:
            self.write(BINFLOAT + _float_bytes(obj))
        else:
            # cPickle writes '%.17g' (so 0.1 is 0.10000000000000001).
            text = '%.17g' % obj if self._cmode else repr(obj)
            self.write(FLOAT + text + '\n')
    dispatch[float] = save_float

    def save_string(self, obj):
        if self.bin:
            n = len(obj)
            if n < 256:
                self.write(SHORT_BINSTRING + chr(n) + obj)
            else:
                self.write(BINSTRING + _i4(n) + obj)
        else:
            self.write(STRING + repr(obj) + '\n')
        if not (self._cmode and len(obj) < 2):
            self.memoize(obj, False)
    dispatch[str] = save_string

    def save_unicode(self, obj):
        if self.bin:
            data = obj.encode('utf-8')
            self.write(BINUNICODE + _i4(len(data)) + data)
        else:
            # The line ends at a newline, and a backslash would read as an
            # escape: both go out as \uXXXX escapes.
            text = obj.replace(u'\\', u'\\u005c').replace(u'\n', u'\\u000a')
            self.write(UNICODE + text.encode('raw-unicode-escape') + '\n')
        # cPickle skips the memo for short ones, as for str.
        if not (self._cmode and len(obj) < 2):
            self.memoize(obj, False)
    dispatch[unicode] = save_unicode

    def save_tuple(self, obj):
        write = self.write
        proto = self.proto
        n = len(obj)
        if n == 0:
            write(EMPTY_TUPLE if proto else MARK + TUPLE)
            return
        memo = self.memo
        if n <= 3 and proto >= 2:
            for element in obj:
                self.save(element)
            if id(obj) in memo:
                write(POP * n + self.get(memo[id(obj)][0]))
            else:
                write(_tuplesize2code[n])
                self.memoize(obj, False)
            return
        write(MARK)
        for element in obj:
            self.save(element)
        if id(obj) in memo:
            get = self.get(memo[id(obj)][0])
            if proto:
                write(POP_MARK + get)
            else:
                write(POP * (n + 1) + get)
            return
        write(TUPLE)
        self.memoize(obj, False)
    dispatch[tuple] = save_tuple

    def save_list(self, obj):
        self.write(EMPTY_LIST if self.bin else MARK + LIST)
        self.memoize(obj, len(obj) > 0)
        self._batch_appends(iter(obj))
    dispatch[list] = save_list

    def _batch_appends(self, items):
        save = self.save
        write = self.write
        if not self.bin:
            for x in items:
                save(x)
                write(APPEND)
            return
        while True:
            batch = []
            for x in items:
                batch.append(x)
                if len(batch) == _BATCHSIZE:
                    break
            n = len(batch)
            if n > 1:
                write(MARK)
                for x in batch:
                    save(x)
                write(APPENDS)
            elif n:
                save(batch[0])
                write(APPEND)
            if n < _BATCHSIZE:
                return

    def save_dict(self, obj):
        self.write(EMPTY_DICT if self.bin else MARK + DICT)
        self.memoize(obj, len(obj) > 0)
        self._batch_setitems(obj.iteritems())
    dispatch[dict] = save_dict

    def _batch_setitems(self, items):
        save = self.save
        write = self.write
        if not self.bin:
            for k, v in items:
                save(k)
                save(v)
                write(SETITEM)
            return
        while True:
            batch = []
            for kv in items:
                batch.append(kv)
                if len(batch) == _BATCHSIZE:
                    break
            n = len(batch)
            if n > 1:
                write(MARK)
                for k, v in batch:
                    save(k)
                    save(v)
                write(SETITEMS)
            elif n:
                k, v = batch[0]
                save(k)
                save(v)
                write(SETITEM)
            if n < _BATCHSIZE:
                return

    def save_global(self, obj, name=None):
        write = self.write
        if name is None:
            name = obj.__name__
        module = whichmodule(obj, name)
        try:
            __import__(module)
            mod = sys.modules[module]
            klass = getattr(mod, name)
        except (ImportError, KeyError, AttributeError):
            if not self._cmode:
                raise self._err("Can't pickle %r: it's not found as %s.%s" %
                                    (obj, module, name))
            if isinstance(obj, _FuncTypes):
                # cPickle falls back to reducing the function, and fails on
                # its type.
                obj, module, name = type(obj), '__builtin__', type(obj).__name__
            raise self._err("Can't pickle %r: attribute lookup %s.%s failed" %
                            (obj, module, name))
        if klass is not obj:
            raise self._err("Can't pickle %r: it's not the same object as %s.%s" %
                                (obj, module, name))
        if self.proto >= 2:
            code = _extension_registry.get((module, name))
            if code:
                if code <= 0xff:
                    write(EXT1 + chr(code))
                elif code <= 0xffff:
                    write(EXT2 + _le(code, 2))
                else:
                    write(EXT4 + _i4(code))
                return
        write(GLOBAL + module + '\n' + name + '\n')
        self.memoize(obj)


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


# ---- unpickling ----

_ESCAPES = {'n': '\n', 't': '\t', 'r': '\r', '\\': '\\', "'": "'",
            '"': '"', 'a': '\a', 'b': '\b', 'f': '\f', 'v': '\v', '\n': ''}


def _unescape(s):
    """Undo repr()'s escapes of a str (the string-escape codec)."""
    if '\\' not in s:
        return s
    if s.endswith('\\') and (len(s) - len(s.rstrip('\\'))) % 2:
        raise ValueError("Trailing \\ in string")
    out = []
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        if c != '\\' or i + 1 == n:
            out.append(c)
            i += 1
            continue
        c = s[i + 1]
        if c in _ESCAPES:
            out.append(_ESCAPES[c])
            i += 2
        elif c == 'x':
            h = s[i + 2:i + 4]
            if len(h) < 2 or h.strip('0123456789abcdefABCDEF'):
                raise ValueError("invalid \\x escape")
            out.append(chr(int(h, 16)))
            i += 4
        elif c in '01234567':
            j = i + 1
            while j < n and j < i + 4 and s[j] in '01234567':
                j += 1
            out.append(chr(int(s[i + 1:j], 8) & 0xff))
            i = j
        else:
            out.append('\\' + c)
            i += 2
    return ''.join(out)


class _Mark(object):
    def __repr__(self):
        return '<mark>'


class Unpickler(object):
    _cmode = False
    _uerr = UnpicklingError

    def __init__(self, file):
        self.readline = file.readline
        self.read = file.read
        self.memo = {}

    def load(self):
        self.mark = _Mark()
        self.stack = []
        self.append = self.stack.append
        read = self.read
        dispatch = self.dispatch
        try:
            while True:
                key = read(1)
                if not key:
                    raise EOFError
                f = dispatch.get(key)
                if f is None:
                    if self._cmode:
                        raise self._uerr("invalid load key, '%s'." % key)
                    raise KeyError(key)
                f(self)
        except _Stop as stopinst:
            return stopinst.value

    def marker(self):
        stack = self.stack
        mark = self.mark
        k = len(stack) - 1
        while k >= 0 and stack[k] is not mark:
            k -= 1
        if k < 0:
            if self._cmode:
                raise self._uerr("could not find MARK")
            raise IndexError("list index out of range")
        return k

    def _pop_mark(self):
        k = self.marker()
        items = self.stack[k + 1:]
        del self.stack[k:]
        return items

    def _line(self, least=2):
        line = self.readline()
        if self._cmode:
            # cPickle drops the last byte, newline or not.
            if len(line) < least:
                raise self._uerr("pickle data was truncated")
        elif not line:
            raise EOFError
        return line[:-1]

    def _readn(self, n):
        data = self.read(n)
        if len(data) < n and self._cmode:
            raise EOFError
        return data

    dispatch = {}

    def load_eof(self):
        raise EOFError
    dispatch[''] = load_eof

    def load_proto(self):
        proto = ord(self._readn(1))
        if not 0 <= proto <= 2:
            raise ValueError("unsupported pickle protocol: %d" % proto)
    dispatch[PROTO] = load_proto

    def load_persid(self):
        pid = self._line()
        self.append(self.persistent_load(pid))
    dispatch[PERSID] = load_persid

    def load_binpersid(self):
        if self._cmode and not self.stack:
            self.persistent_load(None)  # cPickle checks for a loader first
        pid = self.stack.pop()
        self.append(self.persistent_load(pid))
    dispatch[BINPERSID] = load_binpersid

    def persistent_load(self, pid):
        if not self._cmode:
            raise AttributeError("Unpickler instance has no attribute 'persistent_load'")
        raise self._uerr("A load persistent id instruction was encountered,\n"
                         "but no persistent_load function was specified.")

    def load_none(self):
        self.append(None)
    dispatch[NONE] = load_none

    def load_false(self):
        self.append(False)
    dispatch[NEWFALSE] = load_false

    def load_true(self):
        self.append(True)
    dispatch[NEWTRUE] = load_true

    def load_int(self):
        data = self._line()
        if data == '00':
            val = False
        elif data == '01':
            val = True
        else:
            try:
                val = int(data)
            except ValueError:
                val = long(data)
        self.append(val)
    dispatch[INT] = load_int

    def load_binint(self):
        self.append(_read_le(self._readn(4), True))
    dispatch[BININT] = load_binint

    def load_binint1(self):
        self.append(ord(self._readn(1)))
    dispatch[BININT1] = load_binint1

    def load_binint2(self):
        self.append(_read_le(self._readn(2), False))
    dispatch[BININT2] = load_binint2

    def load_long(self):
        data = self._line()
        if data.endswith('L'):
            data = data[:-1]
        self.append(long(data))
    dispatch[LONG] = load_long

    def load_long1(self):
        n = ord(self._readn(1))
        self.append(decode_long(self._readn(n)))
    dispatch[LONG1] = load_long1

    def load_long4(self):
        n = _read_le(self._readn(4), True)
        if n < 0:
            raise self._uerr("LONG pickle has negative byte count")
        self.append(decode_long(self._readn(n)))
    dispatch[LONG4] = load_long4

    def load_float(self):
        self.append(float(self._line()))
    dispatch[FLOAT] = load_float

    def load_binfloat(self):
        self.append(_bytes_float(self._readn(8)))
    dispatch[BINFLOAT] = load_binfloat

    def load_string(self):
        rep = self._line()
        for q in ('"', "'"):
            if rep.startswith(q):
                if len(rep) < 2 or not rep.endswith(q):
                    raise ValueError("insecure string pickle")
                rep = rep[1:-1]
                break
        else:
            raise ValueError("insecure string pickle")
        self.append(_unescape(rep))
    dispatch[STRING] = load_string

    def load_binstring(self):
        n = _read_le(self._readn(4), True)
        if n < 0:
            raise self._uerr("BINSTRING pickle has negative byte count")
        self.append(self._readn(n))
    dispatch[BINSTRING] = load_binstring

    def load_unicode(self):
        # cPickle takes an empty line here: it is u''.
        self.append(self._line(1).decode('raw-unicode-escape'))
    dispatch[UNICODE] = load_unicode

    def load_binunicode(self):
        n = _read_le(self._readn(4), True)
        if n < 0:
            if self._cmode:
                raise self._uerr("BINUNICODE pickle has negative byte count")
            raise EOFError
        self.append(self._readn(n).decode('utf-8'))
    dispatch[BINUNICODE] = load_binunicode

    def load_short_binstring(self):
        n = ord(self._readn(1))
        self.append(self._readn(n))
    dispatch[SHORT_BINSTRING] = load_short_binstring

    def load_tuple(self):
        self.append(tuple(self._pop_mark()))
    dispatch[TUPLE] = load_tuple

    def load_empty_tuple(self):
        self.append(())
    dispatch[EMPTY_TUPLE] = load_empty_tuple

    def load_tuple1(self):
        self.stack[-1] = (self.stack[-1],)
    dispatch[TUPLE1] = load_tuple1

    def load_tuple2(self):
        self.stack[-2:] = [(self.stack[-2], self.stack[-1])]
    dispatch[TUPLE2] = load_tuple2

    def load_tuple3(self):
        self.stack[-3:] = [(self.stack[-3], self.stack[-2], self.stack[-1])]
    dispatch[TUPLE3] = load_tuple3

    def load_empty_list(self):
        self.append([])
    dispatch[EMPTY_LIST] = load_empty_list

    def load_empty_dictionary(self):
        self.append({})
    dispatch[EMPTY_DICT] = load_empty_dictionary

    def load_list(self):
        self.append(self._pop_mark())
    dispatch[LIST] = load_list

    def load_dict(self):
        items = self._pop_mark()
        d = {}
        for i in range(0, len(items), 2):
            d[items[i]] = items[i + 1]
        self.append(d)
    dispatch[DICT] = load_dict

    def _instantiate(self, klass, args):
        if (not args and isinstance(klass, type) and klass.__module__ != '__builtin__'
                and not hasattr(klass, '__getinitargs__')):
            # INST/OBJ come from classic classes, whose instances are made
            # without calling __init__ when there are no init args.
            self.append(object.__new__(klass))
            return
        try:
            value = klass(*args)
        except TypeError as err:
            raise TypeError("in constructor for %s: %s" % (
                getattr(klass, '__name__', klass), str(err)))
        self.append(value)

    def load_inst(self):
        module = self._line()
        name = self._line()
        klass = self.find_class(module, name)
        self._instantiate(klass, tuple(self._pop_mark()))
    dispatch[INST] = load_inst

    def load_obj(self):
        items = self._pop_mark()
        klass = items[0]
        self._instantiate(klass, tuple(items[1:]))
    dispatch[OBJ] = load_obj

    def load_newobj(self):
        args = self.stack.pop()
        cls = self.stack[-1]
        self.stack[-1] = cls.__new__(cls, *args)
    dispatch[NEWOBJ] = load_newobj

    def load_global(self):
        module = self._line()
        name = self._line()
        self.append(self.find_class(module, name))
    dispatch[GLOBAL] = load_global

    def _get_extension(self, code):
        nil = []
        obj = _extension_cache.get(code, nil)
        if obj is not nil:
            self.append(obj)
            return
        key = _inverted_registry.get(code)
        if not key:
            raise ValueError("unregistered extension code %d" % code)
        obj = self.find_class(*key)
        _extension_cache[code] = obj
        self.append(obj)

    def load_ext1(self):
        self._get_extension(ord(self._readn(1)))
    dispatch[EXT1] = load_ext1

    def load_ext2(self):
        self._get_extension(_read_le(self._readn(2), False))
    dispatch[EXT2] = load_ext2

    def load_ext4(self):
        self._get_extension(_read_le(self._readn(4), True))
    dispatch[EXT4] = load_ext4

    def find_class(self, module, name):
        __import__(module)
        mod = sys.modules[module]
        return getattr(mod, name)

    def load_reduce(self):
        stack = self.stack
        args = stack.pop()
        func = stack[-1]
        stack[-1] = func(*args)
    dispatch[REDUCE] = load_reduce

    def load_pop(self):
        del self.stack[-1]
    dispatch[POP] = load_pop

    def load_pop_mark(self):
        k = self.marker()
        del self.stack[k:]
    dispatch[POP_MARK] = load_pop_mark

    def load_dup(self):
        self.append(self.stack[-1])
    dispatch[DUP] = load_dup

    def _memo_get(self, key):
        try:
            self.append(self.memo[key])
        except KeyError:
            if self._cmode:
                raise
            raise

    def load_get(self):
        self._memo_get(self._line())
    dispatch[GET] = load_get

    def load_binget(self):
        self._memo_get(repr(ord(self._readn(1))))
    dispatch[BINGET] = load_binget

    def load_long_binget(self):
        self._memo_get(repr(_read_le(self._readn(4), True)))
    dispatch[LONG_BINGET] = load_long_binget

    def load_put(self):
        self.memo[self._line()] = self.stack[-1]
    dispatch[PUT] = load_put

    def load_binput(self):
        self.memo[repr(ord(self._readn(1)))] = self.stack[-1]
    dispatch[BINPUT] = load_binput

    def load_long_binput(self):
        self.memo[repr(_read_le(self._readn(4), True))] = self.stack[-1]
    dispatch[LONG_BINPUT] = load_long_binput

    def load_append(self):
        value = self.stack.pop()
        self.stack[-1].append(value)
    dispatch[APPEND] = load_append

    def load_appends(self):
        items = self._pop_mark()
        self.stack[-1].extend(items)
    dispatch[APPENDS] = load_appends

    def load_setitem(self):
        stack = self.stack
        value = stack.pop()
        key = stack.pop()
        stack[-1][key] = value
    dispatch[SETITEM] = load_setitem

    def load_setitems(self):
        items = self._pop_mark()
        d = self.stack[-1]
        for i in range(0, len(items), 2):
            d[items[i]] = items[i + 1]
    dispatch[SETITEMS] = load_setitems

    def load_build(self):
        stack = self.stack
        state = stack.pop()
        inst = stack[-1]
        setstate = getattr(inst, "__setstate__", None)
        if setstate is not None:
            setstate(state)
            return
        slotstate = None
        if isinstance(state, tuple) and len(state) == 2:
            state, slotstate = state
        if state:
            try:
                d = inst.__dict__
                for k, v in state.iteritems():
                    d[intern(k)] = v
            except (AttributeError, RuntimeError):
                for k, v in state.items():
                    setattr(inst, k, v)
        if slotstate:
            for k, v in slotstate.items():
                setattr(inst, k, v)
    dispatch[BUILD] = load_build

    def load_mark(self):
        self.append(self.mark)
    dispatch[MARK] = load_mark

    def load_stop(self):
        value = self.stack.pop()
        raise _Stop(value)
    dispatch[STOP] = load_stop


class _StrFile(object):
    """A minimal read-only file over a str (for loads)."""

    def __init__(self, data):
        self.data = data
        self.pos = 0

    def read(self, n=-1):
        start = self.pos
        if n < 0:
            end = len(self.data)
        else:
            end = min(start + n, len(self.data))
        self.pos = end
        return self.data[start:end]

    def readline(self):
        start = self.pos
        i = self.data.find('\n', start)
        end = len(self.data) if i < 0 else i + 1
        self.pos = end
        return self.data[start:end]


class _StrSink(object):
    def __init__(self):
        self.parts = []
        self.write = self.parts.append

    def getvalue(self):
        # unicode parts (a class whose __module__ is u'...') go in as ASCII,
        # as they do through cStringIO
        try:
            data = ''.join(self.parts)
        except UnicodeError:
            data = None
        if type(data) is not str:
            data = ''.join([str(p) for p in self.parts])
        return data


def dump(obj, file, protocol=None):
    Pickler(file, protocol).dump(obj)


def dumps(obj, protocol=None):
    f = _StrSink()
    Pickler(f, protocol).dump(obj)
    return f.getvalue()


def load(file):
    return Unpickler(file).load()


def loads(str):
    if not isinstance(str, basestring):
        raise TypeError("loads() argument 1 must be string, not %s" % type(str).__name__)
    return Unpickler(_StrFile(str)).load()
