# Multiple inheritance and C3 method resolution order.
class A(object):
    def who(self):
        return 'A'
    def chain(self):
        return ['A']
class B(A):
    def who(self):
        return 'B'
    def chain(self):
        return ['B'] + super(B, self).chain()
class C(A):
    def who(self):
        return 'C'
    def chain(self):
        return ['C'] + super(C, self).chain()
class D(B, C):
    def chain(self):
        return ['D'] + super(D, self).chain()
print [c.__name__ for c in D.__mro__]
print D().who(), D().chain()
class E(C, B):
    pass
print [c.__name__ for c in E.__mro__], E().who(), E().chain()
class X(object): pass
class Y(object): pass
class Z(object): pass
class K1(X, Y): pass
class K2(Y, Z): pass
class K3(X, Z): pass
class M(K1, K2, K3): pass
print [c.__name__ for c in M.__mro__]
try:
    class Bad(A, B):
        pass
except TypeError as e:
    print 'TypeError:', 'Cannot create a consistent method resolution' in str(e)
class Mixin(object):
    def describe(self):
        return 'mixin sees ' + self.name()
class Named(object):
    def name(self):
        return 'named'
class Both(Mixin, Named):
    pass
print Both().describe(), [c.__name__ for c in Both.__mro__]
print [c.__name__ for c in D.mro()]
