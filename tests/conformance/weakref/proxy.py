# weakref.proxy: forwarding of attributes, operators and calls; death.
import weakref

class N(object):
    def __init__(self, v):
        self.v = v
        self.items = [1, 2, 3]
    def __add__(self, other):
        return N(self.v + getattr(other, 'v', other))
    def __radd__(self, other):
        return N(other + self.v)
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
    def __setitem__(self, i, x):
        self.items[i] = x
    def __iter__(self):
        return iter(self.items)
    def __contains__(self, x):
        return x in self.items
    def __eq__(self, other):
        return self.v == getattr(other, 'v', other)
    def __lt__(self, other):
        return self.v < getattr(other, 'v', other)
    def __str__(self):
        return 'N(%s)' % self.v
    def double(self):
        return self.v * 2

class F(object):
    def __call__(self, a, b=1):
        return a + b

n = N(4)
p = weakref.proxy(n)
print type(p).__name__, isinstance(p, weakref.ProxyType), type(p) in weakref.ProxyTypes
print p.v, p.double(), len(p), p[1], list(p), 2 in p, 9 in p
p.v = 10
print n.v
p.w = 'new'
print n.w
del p.w
print hasattr(n, 'w')
p[0] = 'z'
print n.items
print (p + 1).v, (1 + p).v, p == n, p < N(11), N(3) < p, str(p), bool(p)
try:
    hash(p)
except TypeError as e:
    print 'TypeError', e
print weakref.proxy(n) is p
print weakref.getweakrefcount(n)

f = F()
cp = weakref.proxy(f)
print type(cp).__name__, callable(cp), cp(1), cp(1, b=5)

num = []
lp = weakref.proxy(set([1, 2]))
try:
    len(lp)
except ReferenceError as e:
    print 'ReferenceError', e

log = []
n2 = N(1)
p2 = weakref.proxy(n2, lambda pr: log.append('dead'))
del n2
import gc
gc.collect()
print log
for op in [lambda: p2.v, lambda: p2 + 1, lambda: str(p2), lambda: len(p2), lambda: p2.__class__]:
    try:
        op()
        print 'no error'
    except ReferenceError as e:
        print 'ReferenceError', e
del n
try:
    p.v
except ReferenceError as e:
    print 'ReferenceError', e
try:
    weakref.proxy(1)
except TypeError as e:
    print 'TypeError', e
