# Object model corners of test_descr / test_inspect (session 11).
import sys


def show(f):
    try:
        r = f()
    except Exception as e:
        print type(e).__name__, e
    else:
        print 'ok', r


# An int subclass's value must fit a machine int.
class I(int):
    pass
show(lambda: I(5L))
show(lambda: I(sys.maxint + 1))
show(lambda: I(str(sys.maxint + 1)))

# Unicode __slots__ names are their ASCII encoding.
class S(object):
    __slots__ = u"abc"
s = S()
s.abc = 5
print s.abc, type(S.__slots__).__name__
slots = (u"foo", u"bar")
class S2(object):
    __slots__ = slots
x = S2()
x.foo = 1
x.bar = 2
print x.foo, x.bar, type(slots[0]).__name__
def bad_slots():
    class S3(object):
        __slots__ = [unichr(128)]
show(bad_slots)

# object.__setattr__ / __delattr__ refuse a type object.
show(lambda: object.__setattr__(str, "foo", 42))
show(lambda: object.__delattr__(str, "lower"))

# __repr__ = object.__str__ recurses.
class Foo(object):
    pass
Foo.__repr__ = Foo.__str__
try:
    str(Foo())
except RuntimeError:
    print 'RuntimeError from str'
try:
    repr(Foo())
except RuntimeError:
    print 'RuntimeError from repr'

# A class's __dict__ cannot be deleted; a property's members are read-only.
class C(object):
    x = property(lambda self: 1, doc="the x")
def del_dict():
    del C.__dict__
show(del_dict)
for attr in "__doc__", "fget", "fset", "fdel":
    show(lambda: setattr(C.__dict__['x'], attr, 42))

# dir() of methods; __objclass__ of a built-in type's bound method.
class K:
    def m(self):
        pass
print [n for n in dir(K.m) if not n.startswith('__')]
print [n for n in dir(K().m) if not n.startswith('__')]
l = []
print l.__add__.__objclass__, l.__add__.__self__ is l, [].__add__.__objclass__ is list
print (1).__add__.__objclass__

# sys.getsizeof asks the class's __sizeof__, through descriptors.
class Sized(object):
    def __sizeof__(self):
        return 10
print sys.getsizeof(Sized()) - sys.getsizeof(Sized()), sys.getsizeof(Sized()) >= 10
record = []
class Descr(object):
    def __init__(self, impl):
        self.impl = impl
    def __get__(self, obj, owner):
        record.append(1)
        return self.impl.__get__(obj, owner)
class Sized2(object):
    __sizeof__ = Descr(lambda self: 0)
sys.getsizeof(Sized2())
print record

# isinstance/issubclass with an instance whose type has the hook.
class Checker(object):
    __instancecheck__ = lambda self, x: True
    __subclasscheck__ = lambda self, x: x is int
print isinstance(3, Checker()), issubclass(int, Checker()), issubclass(str, Checker())

# __new__ returning an instance of a subclass: that subclass's __init__ runs.
class N(object):
    def __new__(cls, arg):
        if isinstance(arg, str):
            return [1, 2, 3]
        elif isinstance(arg, int):
            return object.__new__(ND)
        return object.__new__(cls)
class ND(N):
    def __init__(self, arg):
        self.foo = arg
print N("1"), ND("1")
print ND(None).foo
d = N(1)
print isinstance(d, ND), d.foo

# super() through a proxy whose __class__ names the type.
class Proxy(object):
    def __init__(self, obj):
        self.__obj = obj
    def __getattribute__(self, name):
        if name.startswith("_Proxy__"):
            return object.__getattribute__(self, name)
        return getattr(self.__obj, name)
class PB(object):
    def f(self):
        return "B.f"
class PC(PB):
    def f(self):
        return super(PC, self).f() + "->C.f"
print PC.__dict__["f"](Proxy(PC()))

# Classic classes: __bases__ without object; inspect.getmro searches depth first.
import inspect
class A: pass
class B(A): pass
class CC(A): pass
class D(B, CC): pass
print A.__bases__, [c.__name__ for c in D.__bases__]
print [c.__name__ for c in inspect.getmro(D)]
class NA(object): pass
class NB(NA): pass
class NC(NA): pass
class NDD(NB, NC): pass
print [c.__name__ for c in inspect.getmro(NDD)]
