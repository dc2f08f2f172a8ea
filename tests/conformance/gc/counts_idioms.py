# What gc.collect() returns and gc.get_count() shows in the usual idioms:
# classes (in a cycle through their descriptors, as in CPython), cycles
# through iterators, slices, bound methods, closures and tuples, and
# is_tracked for atomic and built-in objects.
import gc
import weakref

gc.collect()
class A(object):
    pass
gc.collect()
del A
print 'class', gc.collect()

class D(object):
    def m(self):
        pass
    x = [1]
gc.collect()
del D
print 'class with a method and a list', gc.collect()

class E(Exception):
    pass
gc.collect()
del E
print 'exception class', gc.collect()

class S(object):
    __slots__ = ('a',)
gc.collect()
del S
print 'class with slots', gc.collect()

class C:
    pass
gc.collect()
del C
print 'classic class', gc.collect()


class K(object):
    pass

gc.collect()
k = K()
r = weakref.ref(k)
k.it = iter(set([k, 1]))
del k
print 'set iterator cycle', gc.collect(), r() is None
k = K()
r = weakref.ref(k)
k.it = iter([k])
del k
print 'list iterator cycle', gc.collect(), r() is None
k = K()
r = weakref.ref(k)
k.it = {1: k}.iteritems()
del k
print 'dict iterator cycle', gc.collect(), r() is None
k = K()
r = weakref.ref(k)
k.s = slice(k)
del k
print 'slice cycle', gc.collect(), r() is None
k = K()
k.m = k.__init__
del k
print 'bound method cycle', gc.collect()
def outer():
    def inner():
        return inner
    return inner
f = outer()
del f
print 'closure cycle', gc.collect()
t = (1, [])
t[1].append(t)
del t
print 'tuple cycle', gc.collect()

gc.collect()
print gc.get_count()
a = dict()
print gc.get_count()

for x in [None, 1, 1.0, 1 + 5j, True, 'a', u'a', bytearray('a'), type, int, object, object()]:
    print type(x).__name__, gc.is_tracked(x)
print gc.is_tracked(gc), gc.is_tracked(K), gc.is_tracked(K()), gc.is_tracked([]), gc.is_tracked(set())
