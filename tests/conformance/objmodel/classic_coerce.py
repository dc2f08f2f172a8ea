# Classic instances: binary operators and cmp go through __coerce__, methods
# are fetched as attributes, comparing classes are unhashable, simple slices
# without __getslice__ reach __getitem__ with concrete bounds.
calls = []
class A:
    def __coerce__(self, o):
        calls.append(('coerce', o)); return (self, o)
    def __add__(self, o): calls.append(('add', o)); return 'add'
    def __radd__(self, o): calls.append(('radd', o)); return 'radd'
    def __cmp__(self, o): calls.append(('cmp', o)); return -1
    def __getitem__(self, k): calls.append(('getitem', k)); return k
    def __divmod__(self, o): calls.append(('divmod', o)); return 'dm'
a = A()
print a + 1, calls; calls[:] = []
print 1 + a, calls; calls[:] = []
print a == 1, calls; calls[:] = []
print 1 < a, calls; calls[:] = []
print cmp(a, 2), calls; calls[:] = []
print a[:3], a[2:], calls; calls[:] = []
print divmod(a, 3), calls; calls[:] = []
class N:
    def __init__(self, v): self.v = v
    def __coerce__(self, o): return (self.v, o)
print N(3) + 4, 4 * N(5), N(7) - 2, divmod(N(7), 2), N(3) < 4, cmp(N(3), 2), N(2) == 2
class E:
    def __eq__(self, o): return True
try: hash(E())
except TypeError as e: print e
class C: pass
c = C()
print hash(c) == hash(c)
def booh(self): raise AttributeError("booh")
class E2:
    __eq__ = property(booh)
print E2() == E2()
class B:
    def __coerce__(self, o): return 5
try: B() + 1
except TypeError as e: print e
class G:
    def __getattr__(self, name):
        if name == '__add__': return lambda o: ('ga', o)
        raise AttributeError(name)
print G() + 1
