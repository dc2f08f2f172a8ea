# Runaway recursion through plain calls, list comprehensions, __getitem__, __str__, __eq__, __call__, __init__.
import sys
def probe(fn):
    depth = [0]
    def wrapped(n):
        depth[0] = max(depth[0], n)
        return fn(wrapped, n)
    try:
        wrapped(1)
        return 'no error'
    except RuntimeError as e:
        return depth[0], str(e)
print probe(lambda w, n: w(n + 1))
print probe(lambda w, n: [w(n + 1) for _ in [0]])
class Item(object):
    def __init__(self, n): self.n = n
    def __getitem__(self, i): return Item(self.n + 1)[i]
try:
    Item(0)[0]
except RuntimeError as e:
    print 'getitem', e
class Strish(object):
    def __str__(self): return str(Strish())
try:
    str(Strish())
except RuntimeError as e:
    print 'str', e
class Eqish(object):
    def __eq__(self, o): return self == o
try:
    Eqish() == Eqish()
except RuntimeError as e:
    print 'eq', e
class Callish(object):
    def __call__(self): return self()
try:
    Callish()()
except RuntimeError as e:
    print 'call', e
class Initish(object):
    def __init__(self): Initish()
try:
    Initish()
except RuntimeError as e:
    print 'init', e
print 'still alive', sys.getrecursionlimit()
