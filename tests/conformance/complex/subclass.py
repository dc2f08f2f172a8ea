# Subclasses of complex: construction, inherited operators, overrides, repr.
class C(complex):
    pass

class D(complex):
    def __complex__(self):
        return 7j

class Named(complex):
    def __new__(cls, re=0, im=0, name='z'):
        self = complex.__new__(cls, re, im)
        self.name = name
        return self
    def __repr__(self):
        return '%s=%s' % (self.name, complex.__repr__(self))
    def __add__(self, other):
        return Named(complex.__add__(self, other), name=self.name + '+')

class Plus(complex):
    def __radd__(self, other):
        return 'radd'

c = C(1, 2)
print c, repr(c), type(c).__name__, isinstance(c, complex), c.real, c.imag, c.conjugate()
print type(c + 1).__name__, c + 1, 1 + c, c * c, -c, abs(C(3, 4)), c == 1 + 2j, hash(c) == hash(1 + 2j)
print complex(c), type(complex(c)).__name__, complex(D(1j)), C(), C(3), C('1-1j'), C(c)
print bool(C()), bool(C(1)), C(1j) == 1j, C(2) == 2
n = Named(1, 2, name='w')
print n, n + 1, (n + 1).name, n * 2, type(n * 2).__name__
print 1j + Plus(5), Plus(5) + 1j
d = {C(1): 'one'}
print d[1], d[1 + 0j]
x = C(2j)
x += 1
print x, type(x).__name__
print format(C(1, 2)), format(C(1, 2), '.2f'), '%s' % C(0, 1)
print C.__mro__[1] is complex, complex in C.__bases__
try:
    C(1) < C(2)
except TypeError as e:
    print 'TypeError', e
try:
    C('x')
except ValueError as e:
    print 'ValueError', e
class WithSlots(complex):
    __slots__ = ()
print WithSlots(3, 4), abs(WithSlots(3, 4))
