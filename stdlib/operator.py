"""Python 2.7's operator module, written in Python."""


def add(a, b): return a + b
def sub(a, b): return a - b
def mul(a, b): return a * b
def div(a, b): return a / b
def floordiv(a, b): return a // b
def truediv(a, b):
    # complex division is already true division
    if isinstance(a, complex) or isinstance(b, complex):
        return a / b
    return float(a) / b
def mod(a, b): return a % b
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
def concat(a, b): return a + b
def index(a):
    if isinstance(a, (int, long)):
        return a
    return a.__index__()
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
def itruediv(a, b):
    return truediv(a, b)
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
iconcat = iadd


def repeat(a, b):
    return a * b


def irepeat(a, b):
    a *= b
    return a


def indexOf(a, b):
    for i, item in enumerate(a):
        if item is b or item == b:
            return i
    raise ValueError('sequence.index(x): x not in sequence')


def countOf(a, b):
    n = 0
    for item in a:
        if item is b or item == b:
            n += 1
    return n


def isCallable(obj):
    return callable(obj)


def isSequenceType(obj):
    return hasattr(obj, '__getitem__') and not isinstance(obj, dict)


def isMappingType(obj):
    return isinstance(obj, dict) or (hasattr(obj, '__getitem__') and hasattr(obj, 'keys'))


def isNumberType(obj):
    return isinstance(obj, (int, long, float)) or hasattr(obj, '__int__') or hasattr(obj, '__float__')


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


class itemgetter(object):
    def __init__(self, *items):
        self._items = items

    def __call__(self, obj):
        if len(self._items) == 1:
            return obj[self._items[0]]
        return tuple([obj[i] for i in self._items])


class attrgetter(object):
    def __init__(self, *attrs):
        self._attrs = attrs

    def _get(self, obj, attr):
        for name in attr.split('.'):
            obj = getattr(obj, name)
        return obj

    def __call__(self, obj):
        if len(self._attrs) == 1:
            return self._get(obj, self._attrs[0])
        return tuple([self._get(obj, a) for a in self._attrs])


class methodcaller(object):
    def __init__(self, name, *args, **kwargs):
        self._name = name
        self._args = args
        self._kwargs = kwargs

    def __call__(self, obj):
        return getattr(obj, self._name)(*self._args, **self._kwargs)
