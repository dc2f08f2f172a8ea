class A(object):
    def m(self): return 'A'
class B(object):
    def m(self): return 'B'
    def only_b(self): return 'onlyB'
class C(A):
    pass
class D(C):
    pass
d = D()
print d.m(), [k.__name__ for k in D.__mro__]
C.__bases__ = (B,)
print d.m(), d.only_b(), [k.__name__ for k in D.__mro__], [k.__name__ for k in C.__bases__]
print isinstance(d, B), isinstance(d, A), issubclass(D, B), issubclass(C, A)
C.__bases__ = (A, B)
print d.m(), [k.__name__ for k in D.__mro__]
def tryit(cls, v):
    try:
        cls.__bases__ = v
        print 'ok', [k.__name__ for k in cls.__mro__]
    except Exception as e:
        print type(e).__name__, e
tryit(C, [A])
tryit(C, ())
tryit(C, (1,))
tryit(C, (D,))
tryit(C, (C,))
tryit(A, (B,))
tryit(int, (object,))
class L(list): pass
tryit(C, (L,))
tryit(L, (dict,))
class X(object): pass
class Y(X): pass
tryit(C, (X, Y))
print [k.__name__ for k in C.__mro__]
try:
    del C.__bases__
except Exception as e:
    print type(e).__name__, e
try:
    C.__mro__ = ()
except Exception as e:
    print type(e).__name__, e
class O1: 
    def f(self): return 'O1'
class O2:
    def f(self): return 'O2'
class O3(O1): pass
o = O3()
print o.f()
O3.__bases__ = (O2,)
print o.f()
O3.__bases__ = (O2,)
tryit(O3, (1,))
tryit(O3, (O3,))
O3.__bases__ = ()
print O3.__bases__
class S1(object): __slots__ = ['a']
class S2(object): __slots__ = ['b']
class S3(S1): pass
tryit(S3, (S2,))
class N(object): pass
class Q(C, N): pass
tryit(C, (N,))
# __subclasses__ follows __bases__ assignment
class P1(object): pass
class P2(object): pass
class K1(P1): pass
class K2(P1): pass
print [k.__name__ for k in P1.__subclasses__()], P2.__subclasses__()
K1.__bases__ = (P2,)
print [k.__name__ for k in P1.__subclasses__()], [k.__name__ for k in P2.__subclasses__()]
