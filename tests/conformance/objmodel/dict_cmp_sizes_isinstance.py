# dict.__cmp__, __basicsize__/__itemsize__, isinstance through a __class__ attribute.
print {1:2}.__cmp__({2:1}), dict.__cmp__({}, {}), {1:2, 3:4}.__cmp__({1:2})
class D(dict): pass
print D(a=1).__cmp__({'a': 2}), cmp(D(a=1), D(a=1))
try: {}.__cmp__(1)
except TypeError as e: print e
print object.__basicsize__ > 0, tuple.__itemsize__ > 0, int.__itemsize__
class P(object):
    def __init__(self, o): self._o = o
    def __getattribute__(self, n):
        if n == '_o': return object.__getattribute__(self, n)
        return getattr(self._o, n)
class C(object): pass
class Cl: pass
print isinstance(P(C()), C), isinstance(P(Cl()), Cl), isinstance(P(1), int), isinstance(P(1), P), isinstance(C(), P)
class Q(object):
    __class__ = property(lambda self: int)
print isinstance(Q(), int), isinstance(Q(), Q)
