# Gaps CPython's test_builtin, test_int, test_index, test_richcmp,
# test_dictviews, test_set, test_dict and test_xrange found (issue 8).
import operator
import pickle
import sys
import warnings


def show(f):
    try:
        r = f()
    except Exception as e:
        print type(e).__name__, e
    else:
        print repr(r)


# compile() reads its source as a C string: NUL bytes are refused.
show(lambda: compile(chr(0), 'f', 'exec'))
show(lambda: compile('x = 1\0', 'f', 'exec'))
show(lambda: compile(u'1\0', 'f', 'eval'))
show(lambda: eval(compile('1 + 2', 'f', 'eval')))


# filter() over a unicode subclass takes what its __getitem__ gives.
class weirdunicode(unicode):
    def __getitem__(self, index):
        return weirdunicode(2 * unicode.__getitem__(self, index))


class shiftunicode(unicode):
    def __getitem__(self, index):
        return unichr(ord(unicode.__getitem__(self, index)) + 1)


class badunicode(unicode):
    def __getitem__(self, index):
        return 42


show(lambda: filter(lambda x: x >= u'33', weirdunicode(u'1234')))
show(lambda: filter(lambda x: x >= u'3', shiftunicode(u'1234')))
show(lambda: filter(lambda x: x >= 42, badunicode(u'1234')))


# int()/long() with a base take str and unicode subclasses.
class CustomStr(str):
    pass


class CustomUnicode(unicode):
    pass


for f in [str, CustomStr, unicode, CustomUnicode]:
    x = f('100')
    print type(x).__name__, int(x), int(x, 2), long(x, 8), int(x, base=16)
show(lambda: int(bytearray('100'), 2))
show(lambda: int(CustomStr('12z'), 16))


# operator.index checks what __index__ returned.
class Old:
    def __index__(self):
        return self.ind


class New(object):
    def __index__(self):
        return self.ind


o, n = Old(), New()
o.ind, n.ind = 'dumb', 3.5
show(lambda: operator.index(o))
show(lambda: operator.index(n))
n.ind = 7L
show(lambda: operator.index(n))
show(lambda: slice(o).indices(0))


# Lists of different lengths are unequal without comparing items (so a
# recursive pair of different lengths compares fine); tuples have no such
# shortcut.
class Rec(object):
    def __init__(self):
        self.data = []

    def __eq__(self, other):
        return self.data == other.data


a, b = Rec(), Rec()
a.data.append(b)
b.data.append(a)
b.data.append(17)
print a == b, a != b, [1] == [1, 2], [1] != [1, 2]
b.data.pop()
try:
    a == b
except RuntimeError:
    print 'RuntimeError'


# A dict view met again inside its own repr shows as '...'.
d = {}
d[42] = d.viewvalues()
print repr(d)
d[42] = d.viewitems()
print repr(d)
d[42] = d.viewkeys()
print repr(d)
print repr(d.viewkeys()), repr(d.viewvalues())


# Keys already stored in a dict or set are not hashed again.
class Counting(int):
    hash_count = 0

    def __hash__(self):
        self.hash_count += 1
        return int.__hash__(self)


def hashes(keys):
    return sum(k.hash_count for k in keys)


d = dict.fromkeys(map(Counting, range(10)))
print hashes(d)
s = set(d)
fs = frozenset(d)
print hashes(d)
s.difference(d)
s.symmetric_difference_update(d)
s.difference_update(fs)
s = set(d)
s & fs, s - fs, s ^ fs, fs | s
print hashes(d)
d2 = dict.fromkeys(set(d))
d3 = dict.fromkeys(frozenset(d), 123)
d4 = dict.fromkeys(d3, 'x')
print hashes(d), sorted(d3.items())[:2], len(d4)
k = Counting(99)
dd = {}
print dd.setdefault(k, 'first'), dd.setdefault(k, 'second'), k.hash_count


# xrange pickles as xrange(start, start + len * step, step), the stop clamped
# to a C long.
for args in [(13,), (0, 11), (-22, 10), (20, 3, -1), (13, 21, 3), (-2, 2, 2), (2, 9, 3), (3, 1)]:
    r = xrange(*args)
    print r.__reduce__()[1],
    for proto in range(3):
        print list(pickle.loads(pickle.dumps(r, proto))) == list(r),
    print
print repr(pickle.dumps(xrange(2, 9, 3), 0))
print repr(pickle.dumps(xrange(2, 9, 3), 2))


# dir() of an instance whose __class__ cannot be read lists only its own names.
class Foo(object):
    __slots__ = ['__class__', '__dict__']

    def __init__(self):
        self.bar = 'wow'


print dir(Foo())


class Bar(object):
    __slots__ = []


print '__repr__' in dir(Bar())


# object.__format__ with a non-empty spec is pending deprecation.
class B:
    pass


class C(object):
    pass


for name, obj in [('object', object()), ('classic', B()), ('C', C())]:
    for spec in ['', 's', u'', u's']:
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter('always', PendingDeprecationWarning)
            format(obj, spec)
        print name, repr(spec), [str(x.message) for x in w]

M = sys.maxint
for args in [(0, M, 1), (M, 0, -1), (0, M, M - 1), (M // 2, M, 1), (0, -M, -1), (0, -M, 1 - M),
             (-M, M, 2), (-M, M, 10585), (M, -M, -2), (M, -M, -10585)]:
    r = xrange(*args)
    r2 = pickle.loads(pickle.dumps(r, 2))
    print r.__reduce__()[1], len(r2) == len(r), r2[0] == r[0], r2[-1] == r[-1]


# dir() asks an object's own __dir__, which must give a list (sorted in place).
class Own(object):
    def __dir__(self):
        return ['kan', 'ga', 'roo']


print dir(Own())


class Listed(object):
    names = ['b', 'a']

    def __dir__(self):
        return self.names


print dir(Listed()), Listed.names


class Bad(object):
    def __dir__(self):
        return 7


show(lambda: dir(Bad()))


class Classic:
    def __dir__(self):
        return ['z', 'y']


print dir(Classic())


# Classes have type's rich comparisons (collections' ABCs read them).
from collections import Hashable


class H(Hashable):
    def __hash__(self):
        return super(H, self).__hash__()
    __eq__ = Hashable.__eq__


print Hashable.__eq__(Hashable), type.__eq__(int, int), type.__ne__(int, str), type.__eq__(int, 1)
print hash(H()), issubclass(int, H), H() == H()
show(lambda: type.__eq__(1, int))
show(lambda: type.__eq__(int))
