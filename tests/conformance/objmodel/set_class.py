class C(object): pass
class D(object): pass
class F(C, D): pass
x = C(); x.a = 5
x.__class__ = D
print type(x).__name__, x.__class__.__name__, x.a, isinstance(x, D), isinstance(x, C)
def tryit(obj, cls):
    try:
        obj.__class__ = cls
        print 'ok', type(obj).__name__
    except Exception as e:
        print type(e).__name__, e
def trydel(obj):
    try:
        del obj.__class__
        print 'deleted'
    except Exception as e:
        print type(e).__name__, e
tryit(C(), F)
tryit(C(), 1)
tryit(C(), object)
tryit(C(), list)
tryit(object(), C)
tryit([], C)
tryit(2, int)
class Old: pass
class Old2:
    def m(self): return 'old2'
tryit(C(), Old)
o = Old()
o.__class__ = Old2
print o.m(), o.__class__.__name__, isinstance(o, Old2)
tryit(o, C)
tryit(o, 3)
trydel(o)
trydel(C())
class G(object): __slots__ = ['a', 'b']
class H(object): __slots__ = ('b', 'a')
class J(object): __slots__ = ['c', 'b']
class K(G): pass
class Q(J): pass
class R(J): __slots__ = ['__dict__', '__weakref__']
class P(J): __slots__ = ['__dict__']
class N(J): __slots__ = ['__weakref__']
g = G(); g.a = 1
tryit(g, H); print g.a
tryit(g, J)
tryit(Q(), R)
tryit(R(), Q)
tryit(P(), N)
tryit(P(), Q)
tryit(K(), G)
class I(int): pass
class I2(int): pass
class L(list): pass
tryit(I(3), I2)
tryit(I(3), L)
tryit(ValueError(), C)
class E1(ValueError): pass
class E2(KeyError): pass
class E3(IOError): pass
tryit(E1(), E2)
tryit(E1(), E3)
tryit(E1(), C)
class M(type): pass
class W(object):
    __metaclass__ = M
tryit(C(), W)
class S(object):
    def __len__(self): return 3
class Z(object):
    def __len__(self): return 4
s = S()
print len(s)
s.__class__ = Z
print len(s)
class A(object):
    def __del__(self):
        self.__class__ = C
l = [A() for i in range(10)]
del l
print 'done'
