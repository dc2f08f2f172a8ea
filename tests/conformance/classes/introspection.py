# type(), __name__, __class__, __dict__, __bases__, __module__, dir().
class Base(object):
    cattr = 1
    def method(self):
        pass
class Child(Base):
    """Child doc"""
    other = 2
    def __init__(self):
        self.inst = 3
c = Child()
print type(c).__name__, c.__class__.__name__, type(c) is Child, c.__class__ is Child
print Child.__name__, Child.__doc__, Base.__doc__, Child.__module__
print [b.__name__ for b in Child.__bases__], Base.__bases__[0] is object
print sorted(k for k in Child.__dict__ if not k.startswith('__'))
print sorted(c.__dict__.items())
print [n for n in dir(c) if not n.startswith('__')]
print type(Child).__name__, type(type).__name__, type(object).__name__
print type(1).__name__, type('').__name__, type([]).__name__, type({}).__name__, type(None).__name__
print type(len).__name__, type(c.method).__name__, type(Child.method).__name__
print type(1) is int, type(True) is bool, type(1L) is long, type(1.0) is float
T = type(c)
print T().inst
c.__class__ = Base
print type(c).__name__, hasattr(c, 'other'), c.inst
print vars(c) is c.__dict__ if hasattr(c, '__dict__') else None
X = type('X', (Base,), {'y': 5})
x = X()
print X.__name__, x.y, x.cattr, isinstance(x, Base)
print Child.other, getattr(Child, 'cattr'), hasattr(Child, 'inst')
