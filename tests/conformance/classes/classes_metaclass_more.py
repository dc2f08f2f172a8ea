# Metaclass __call__, metaclass methods seen from the class, inherited metaclasses.
class Singleton(type):
    def __init__(cls, name, bases, ns):
        super(Singleton, cls).__init__(name, bases, ns)
        cls._inst = None
    def __call__(cls, *args, **kw):
        if cls._inst is None:
            cls._inst = super(Singleton, cls).__call__(*args, **kw)
        return cls._inst
    def describe(cls):
        return 'class ' + cls.__name__
class One(object):
    __metaclass__ = Singleton
    def __init__(self, v):
        self.v = v
a = One(1)
b = One(2)
print a is b, a.v, One.describe(), type(One) is Singleton
class Two(One):
    pass
print type(Two).__name__, Two(5).v, Two(6).v
registry = []
class Registering(type):
    def __new__(mcs, name, bases, ns):
        cls = super(Registering, mcs).__new__(mcs, name, bases, ns)
        registry.append(name)
        return cls
Base = Registering('Base', (object,), {'x': 1})
class Child(Base):
    y = 2
print registry, Child.x, Child.y, isinstance(Child, Registering)
def func_meta(name, bases, ns):
    ns['made_by'] = 'func'
    return type(name, bases, ns)
class F(object):
    __metaclass__ = func_meta
print F.made_by, type(F).__name__
T = type('T', (object,), {'z': 3, 'get': lambda self: self.z})
print T().get(), T.__name__, type(T).__name__
class Slotted(object):
    __slots__ = 'only'
s = Slotted()
s.only = 1
print s.only
try:
    s.other = 2
except AttributeError as e:
    print 'AttributeError:', e
class WithDict(object):
    __slots__ = ('a', '__dict__')
w = WithDict()
w.a = 1
w.b = 2
print w.a, w.b, w.__dict__['b']
class Desc(object):
    def __get__(self, obj, cls):
        return (obj is None, cls.__name__)
class UsesDesc(object):
    d = Desc()
class SubUses(UsesDesc):
    pass
print UsesDesc.d, SubUses().d
u = UsesDesc()
u.d = 'shadow'
print u.d
class DataNoGet(object):
    def __set__(self, obj, v):
        print 'set', v
class H(object):
    d = DataNoGet()
h = H()
h.d = 5
print type(h.d).__name__
