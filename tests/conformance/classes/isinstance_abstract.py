# isinstance/issubclass with objects that act as classes through a
# __bases__ tuple (and __class__ on the instance), their error messages,
# and the recursion limit on deeply nested tuples of classes.
class AbstractClass(object):
    def __init__(self, bases):
        self.bases = bases
    def getbases(self):
        return self.bases
    __bases__ = property(getbases)
    def __call__(self):
        return AbstractInstance(self)

class AbstractInstance(object):
    def __init__(self, klass):
        self.klass = klass
    def getclass(self):
        return self.klass
    __class__ = property(getclass)

A = AbstractClass(())
B = AbstractClass((A,))
C = AbstractClass((B,))
D = AbstractClass((A, C))
print isinstance(B(), A), isinstance(C(), A), isinstance(A(), B), isinstance(D(), C)
print issubclass(C, A), issubclass(A, C), issubclass(D, B), issubclass(C, (int, A))

def show(f):
    try:
        print f()
    except Exception as e:
        print type(e).__name__, e

show(lambda: isinstance(1, 3))
show(lambda: issubclass(3, int))
show(lambda: issubclass(int, 3))
show(lambda: issubclass(A, int))

class Raiser(object):
    @property
    def __bases__(self):
        raise RuntimeError('bases')
show(lambda: isinstance(1, Raiser()))
show(lambda: issubclass(Raiser(), A))

class NoClass(object):
    @property
    def __class__(self):
        raise RuntimeError('no class')
show(lambda: isinstance(NoClass(), A))

def nest(n, cls):
    t = cls
    for _ in range(n):
        t = (t,)
    return t
print isinstance('', nest(10, str)), issubclass(str, nest(10, str))
show(lambda: isinstance('', nest(5000, str)))
show(lambda: issubclass(str, nest(5000, str)))
