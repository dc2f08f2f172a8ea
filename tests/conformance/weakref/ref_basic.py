# weakref.ref: liveness, death on del, hashing, equality, callbacks, errors.
import weakref
import gc

class C(object):
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        return isinstance(other, C) and self.n == other.n
    def __ne__(self, other):
        return not self == other
    def __hash__(self):
        return hash(self.n)
    def meth(self):
        return self.n

class Old:
    pass

o = C(1)
r = weakref.ref(o)
print r() is o, r().n
print weakref.getweakrefcount(o)
print weakref.ref(o) is r
print weakref.getweakrefs(o) == [r]
del o
print r() is None
print r() is None

# hash: cached while alive, TypeError after death if never taken
o = C(7)
r1 = weakref.ref(o)
r2 = weakref.ref(o, lambda ref: None)
print hash(r1) == hash(7)
del o
print hash(r1) == hash(7)
try:
    hash(r2)
except TypeError as e:
    print 'TypeError', e

# equality: compares referents while alive, identity after death
a, b = C(3), C(3)
ra, rb = weakref.ref(a), weakref.ref(b)
print ra == rb, ra != rb, ra is rb
del a
print ra == rb, ra != rb, ra == ra

# callbacks
log = []
def cb(ref):
    log.append(('called', ref() is None))
o = C(2)
r = weakref.ref(o, cb)
print r is weakref.ref(o), r is weakref.ref(o, cb)
del o
gc.collect()
print log, r() is None

log2 = []
o = Old()
r = weakref.ref(o, lambda ref: log2.append(1))
o = None
gc.collect()
print log2

# kinds that take weak references
def f():
    return 42
print weakref.ref(f)()()
print weakref.ref(C)() is C
print weakref.ref(Old)() is Old
s = set([1])
print weakref.ref(s)() is s
fs = frozenset([1])
print weakref.ref(fs)() is fs
def gen():
    yield 1
g = gen()
print weakref.ref(g)() is g
class L(list):
    pass
class D(dict):
    pass
lst = L()
print weakref.ref(lst)() is lst
dd = D()
print weakref.ref(dd)() is dd
bound = C(9).meth
wb = weakref.ref(bound)
print wb()()
del bound
print wb() is None

# kinds that do not
class S(str):
    pass
class I(int):
    pass
class T(tuple):
    pass
class Slotted(object):
    __slots__ = ('a',)
class SlottedW(object):
    __slots__ = ('a', '__weakref__')
print weakref.ref(SlottedW())() is None
for x in [1, 2L, 1.5, 'str', (1,), [1], {}, None, True, S('x'), I(1), T(), Slotted()]:
    try:
        weakref.ref(x)
        print 'made', type(x).__name__
    except TypeError as e:
        print 'TypeError', e

# subclassing ref
class MyRef(weakref.ref):
    def __init__(self, ob, callback=None):
        super(MyRef, self).__init__(ob, callback)
        self.extra = 'x'
o = C(5)
mr = MyRef(o)
print isinstance(mr, weakref.ref), mr() is o, mr.extra, mr is not weakref.ref(o)
print weakref.getweakrefcount(o)
print type(weakref.ref(o)) is weakref.ReferenceType
del o
print mr() is None
print weakref.getweakrefcount(C(1))

try:
    weakref.ref()
except TypeError as e:
    print 'TypeError'
