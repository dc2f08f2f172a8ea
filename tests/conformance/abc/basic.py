import abc
class A(object):
    __metaclass__ = abc.ABCMeta
    @abc.abstractmethod
    def foo(self): pass
    @abc.abstractmethod
    def bar(self): pass
    @abc.abstractproperty
    def prop(self): return 1
print sorted(A.__abstractmethods__)
try: A()
except TypeError as e: print e
class B(A):
    def foo(self): return 'foo'
print sorted(B.__abstractmethods__)
try: B()
except TypeError as e: print e
class C(B):
    def bar(self): return 'bar'
    prop = 5
c = C(); print c.foo(), c.bar(), c.prop, isinstance(c, A), issubclass(C, A)
class D(object): pass
print issubclass(D, A), isinstance(D(), A)
print A.register(D)
print issubclass(D, A), isinstance(D(), A)
class E(D): pass
print issubclass(E, A)
try: A.register(3)
except TypeError as e: print e
try: D.register
except AttributeError as e: print e
class H(object):
    __metaclass__ = abc.ABCMeta
    @classmethod
    def __subclasshook__(cls, C):
        if cls is H:
            return hasattr(C, 'quack')
        return NotImplemented
class Duck(object):
    def quack(self): pass
print issubclass(Duck, H), issubclass(int, H), isinstance(Duck(), H)
print isinstance(3, A), type(A).__name__
class Old: pass
A.register(Old); print isinstance(Old(), A), issubclass(Old, A)
try: abc.ABCMeta.register(A, object)
except RuntimeError as e: print e
print sorted(c.__name__ for c in A._abc_registry)
x = abc.abstractmethod(lambda: 0); print x.__isabstractmethod__
class Mixed(A):
    foo = bar = None
print Mixed.__abstractmethods__
