# property setters, cooperative super() in a diamond, classmethod/staticmethod, type(), __new__.
class Temperature(object):
    def __init__(self, celsius=0):
        self._c = celsius
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v
    @property
    def fahrenheit(self):
        return self._c * 9.0 / 5 + 32
t = Temperature(25)
print t.celsius, t.fahrenheit
t.celsius = 100
print t.fahrenheit
try:
    t.celsius = -300
except ValueError as e:
    print 'ValueError', e
try:
    t.fahrenheit = 5
except AttributeError as e:
    print 'AttributeError', e
class A(object):
    def who(self): return 'A'
class B(A):
    def who(self): return 'B' + super(B, self).who()
class C(A):
    def who(self): return 'C' + super(C, self).who()
class D(B, C):
    def who(self): return 'D' + super(D, self).who()
print D().who(), [k.__name__ for k in D.__mro__]
class Registry(object):
    items = []
    @classmethod
    def register(cls, x):
        cls.items.append(x)
        return cls
    @staticmethod
    def helper(a, b):
        return a + b
Registry.register(1).register(2)
print Registry.items, Registry.helper(1, 2), Registry().helper(3, 4)
Dyn = type('Dyn', (object,), {'x': 5, 'get': lambda self: self.x * 2})
print Dyn().get(), Dyn.__name__
class WithNew(object):
    instances = 0
    def __new__(cls, *a):
        WithNew.instances += 1
        return super(WithNew, cls).__new__(cls)
    def __init__(self, v): self.v = v
w = WithNew(5)
print w.v, WithNew.instances
class BadInit(object):
    def __init__(self): return 5
try:
    BadInit()
except TypeError as e:
    print 'TypeError', e
print getattr(t, 'nope', None), setattr(t, 'extra', 1), t.extra, delattr(t, 'extra'), hasattr(t, 'extra')
print isinstance(t, (int, Temperature)), type(t) is Temperature, t.__class__.__name__
print sorted(k for k in Temperature.__dict__ if not k.startswith('__'))
class Base(object):
    def __init__(self):
        print 'Base init', type(self).__name__
class Child(Base):
    pass
Child()
class Str(object):
    def __repr__(self): return 'R'
print Str(), str(Str()), [Str()], '%s %r' % (Str(), Str())
