"""Python 2.7's operator module, written in Python."""


def add(a, b): return a + b
def sub(a, b): return a - b
def mul(a, b): return a * b
def div(a, b): return a / b
def floordiv(a, b): return a // b
def mod(a, b): return a % b


# truediv and itruediv are compiled with true division ('/' and '/=' use
# __truediv__ / __itruediv__).
def _true_division():
    import __future__
    src = ("def truediv(a, b):\n    return a / b\n"
           "def itruediv(a, b):\n    a /= b\n    return a\n")
    ns = {}
    exec compile(src, __file__, 'exec',
                 __future__.division.compiler_flag) in ns
    return ns['truediv'], ns['itruediv']


truediv, itruediv = _true_division()
del _true_division
def pow(a, b): return a ** b
def neg(a): return -a
def pos(a): return +a
_builtin_abs = abs
def abs(a): return _builtin_abs(a)
def inv(a): return ~a
invert = inv
def lshift(a, b): return a << b
def rshift(a, b): return a >> b
def and_(a, b): return a & b
def or_(a, b): return a | b
def xor(a, b): return a ^ b
def not_(a): return not a
def truth(a): return bool(a)
def lt(a, b): return a < b
def le(a, b): return a <= b
def eq(a, b): return a == b
def ne(a, b): return a != b
def ge(a, b): return a >= b
def gt(a, b): return a > b
def is_(a, b): return a is b
def is_not(a, b): return a is not b
def contains(a, b): return b in a
def getitem(a, b): return a[b]
def setitem(a, b, c): a[b] = c
def delitem(a, b): del a[b]
def index(a):
    if isinstance(a, (int, long)):
        return a
    if not hasattr(type(a), '__index__'):
        raise TypeError("'%s' object cannot be interpreted as an index" %
                        type(a).__name__)
    r = a.__index__()
    if not isinstance(r, (int, long)):
        raise TypeError("__index__ returned non-(int,long) (type %s)" %
                        type(r).__name__)
    return r
def iadd(a, b):
    a += b
    return a
def isub(a, b):
    a -= b
    return a
def imul(a, b):
    a *= b
    return a
def idiv(a, b):
    a /= b
    return a
def ifloordiv(a, b):
    a //= b
    return a
def imod(a, b):
    a %= b
    return a
def ipow(a, b):
    a **= b
    return a
def ilshift(a, b):
    a <<= b
    return a
def irshift(a, b):
    a >>= b
    return a
def iand(a, b):
    a &= b
    return a
def ior(a, b):
    a |= b
    return a
def ixor(a, b):
    a ^= b
    return a


def _is_sequence(obj):
    if isinstance(obj, xrange):
        return True
    return hasattr(type(obj), '__getitem__') and not isinstance(obj, dict)


def _iterate(obj):
    try:
        it = iter(obj)
    except TypeError:
        raise TypeError("argument of type '%s' is not iterable" %
                        type(obj).__name__)
    return _items(it)


def _items(it):
    # The iterator's own next(): it need not have an __iter__ of its own
    # (CPython uses what iter() returned as it is).
    while True:
        yield it.next()


def _count(n):
    """An 'n'-format argument: an integer (or __index__) as a C ssize_t."""
    if isinstance(n, float):
        raise TypeError("integer argument expected, got float")
    if not isinstance(n, (int, long)):
        if not hasattr(type(n), '__index__'):
            raise TypeError("an integer is required")
        n = n.__index__()
    return n


def concat(a, b):
    if not _is_sequence(a) or not hasattr(type(a), '__add__'):
        raise TypeError("'%s' object can't be concatenated" % type(a).__name__)
    return a + b


def iconcat(a, b):
    if not _is_sequence(a):
        raise TypeError("'%s' object can't be concatenated" % type(a).__name__)
    a += b
    return a


def repeat(a, b):
    b = _count(b)
    if not _is_sequence(a) or not hasattr(type(a), '__mul__'):
        raise TypeError("'%s' object can't be repeated" % type(a).__name__)
    return a * b


def irepeat(a, b):
    b = _count(b)
    if not _is_sequence(a):
        raise TypeError("'%s' object can't be repeated" % type(a).__name__)
    a *= b
    return a


def _py3k(text):
    # -3: the caller's line gets the DeprecationWarning, as from C.
    import sys
    if sys.py3kwarning:
        import warnings
        warnings.warn(text, DeprecationWarning, 3)


def sequenceIncludes(a, b):
    _py3k("operator.sequenceIncludes() is not supported in 3.x. "
          "Use operator.contains().")
    return b in a


def getslice(a, b, c):
    return a[_count(b):_count(c)]


def setslice(a, b, c, v):
    a[_count(b):_count(c)] = v


def delslice(a, b, c):
    del a[_count(b):_count(c)]


def indexOf(a, b):
    for i, item in enumerate(_iterate(a)):
        if item is b or item == b:
            return i
    raise ValueError('sequence.index(x): x not in sequence')


def countOf(a, b):
    n = 0
    for item in _iterate(a):
        if item is b or item == b:
            n += 1
    return n


def isCallable(obj):
    _py3k("operator.isCallable() is not supported in 3.x. "
          "Use hasattr(obj, '__call__').")
    return callable(obj)


def isSequenceType(obj):
    return _is_sequence(obj)


def isMappingType(obj):
    # Types with slicing (list, str, ...) are sequences, not mappings.
    if isinstance(obj, (list, tuple, basestring, xrange)):
        return False
    t = type(obj)
    return hasattr(t, '__getitem__') and not hasattr(t, '__getslice__')


def isNumberType(obj):
    t = type(obj)
    return (isinstance(obj, (int, long, float, complex)) or
            hasattr(t, '__int__') or hasattr(t, '__float__'))


# The __add__-style aliases CPython's operator module also exports.
for _name in ('add', 'sub', 'mul', 'div', 'floordiv', 'truediv', 'mod', 'pow',
              'neg', 'pos', 'abs', 'inv', 'invert', 'lshift', 'rshift', 'and_',
              'or_', 'xor', 'not_', 'lt', 'le', 'eq', 'ne', 'ge', 'gt',
              'contains', 'getitem', 'setitem', 'delitem', 'concat', 'index',
              'repeat', 'irepeat',
              'iadd', 'isub', 'imul', 'idiv', 'ifloordiv', 'itruediv', 'imod',
              'ipow', 'ilshift', 'irshift', 'iand', 'ior', 'ixor', 'iconcat'):
    globals()['__%s__' % _name.rstrip('_')] = globals()[_name]
del _name


def _one_arg(name, args, kwargs):
    if kwargs:
        raise TypeError("%s does not take keyword arguments" % name)
    if len(args) != 1:
        raise TypeError("%s expected 1 arguments, got %d" % (name, len(args)))
    return args[0]


class itemgetter(object):
    def __init__(self, *items, **kwargs):
        if kwargs:
            raise TypeError("itemgetter() does not take keyword arguments")
        if not items:
            raise TypeError("itemgetter expected 1 arguments, got 0")
        self._items = items

    def __call__(*args, **kwargs):
        self = args[0]
        obj = _one_arg("itemgetter", args[1:], kwargs)
        if len(self._items) == 1:
            return obj[self._items[0]]
        return tuple([obj[i] for i in self._items])


class attrgetter(object):
    def __init__(self, *attrs, **kwargs):
        if kwargs:
            raise TypeError("attrgetter() does not take keyword arguments")
        if not attrs:
            raise TypeError("attrgetter expected 1 arguments, got 0")
        self._attrs = attrs

    @staticmethod
    def _get(obj, attr):
        if not isinstance(attr, basestring):
            raise TypeError("attribute name must be a string")
        for name in attr.split('.'):
            obj = getattr(obj, name)
        return obj

    def __call__(*args, **kwargs):
        self = args[0]
        obj = _one_arg("attrgetter", args[1:], kwargs)
        if len(self._attrs) == 1:
            return self._get(obj, self._attrs[0])
        return tuple([self._get(obj, a) for a in self._attrs])


class methodcaller(object):
    def __init__(*args, **kwargs):
        if len(args) < 2:
            raise TypeError("methodcaller needs at least one argument, "
                            "the method name")
        self = args[0]
        self._name = args[1]
        self._args = args[2:]
        self._kwargs = kwargs

    def __call__(*args, **kwargs):
        self = args[0]
        obj = _one_arg("methodcaller", args[1:], kwargs)
        return getattr(obj, self._name)(*self._args, **self._kwargs)
