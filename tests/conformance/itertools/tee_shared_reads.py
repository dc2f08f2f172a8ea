# tee copies share one buffer: copies read alternately, from inside the
# source itself (the item is already there), and a source that asks a copy
# for the very item it is making (RuntimeError, as CPython 2.7.18).
import itertools, copy

def g():
    for i in range(200):
        yield i
a, b = itertools.tee(g())
out = []
for x in a:
    out.append(x)
    if x % 3 == 0:
        out.append(next(b))
print out[:20], len(out), list(b)[-3:]

def h():
    yield 1
    yield next(d)
    yield 3
c, d = itertools.tee(h())
print list(c), list(d)

def k():
    yield 1
    yield next(f2)
f1, f2 = itertools.tee(k())
try:
    list(f2)
except RuntimeError as e:
    print 'RuntimeError', e
print list(f1)

# Copies made at different points, more than one buffer block apart.
x, y, z = itertools.tee(xrange(300), 3)
print sum(x), list(itertools.islice(y, 100, 103)), len(list(z))
w = copy.copy(y)
print next(y), next(w), len(list(w)), len(list(y))
t = type(x)('def')
print type(t).__name__, list(t)
try:
    type(x)()
except TypeError as e:
    print 'TypeError', e
try:
    itertools.tee(None)
except TypeError as e:
    print 'TypeError', e
print itertools.tee([], 0), len(itertools.tee([1], 5))

# A copy far behind keeps what it has not read; dropping it frees a long
# chain without recursion.
fwd, back = itertools.tee(itertools.repeat(7, 100000))
print sum(fwd), next(back)
del back
print 'done'
