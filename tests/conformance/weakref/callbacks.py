# Callbacks run when the referent dies (no gc.collect() needed), once, with
# the reference as argument; a dead reference object calls nothing.
import weakref

log = []

class C(object):
    def m(self):
        pass

def cb(r):
    log.append(('cb', r() is None))

o = C()
r = weakref.ref(o, cb)
del o
print log

def f():
    pass
rf = weakref.ref(f, lambda r: log.append('function'))
del f
print log

bm = C().m
rb = weakref.ref(bm, lambda r: log.append('method'))
del bm
print log

# two callbacks on one object, both called, newest first as in CPython
o = C()
r1 = weakref.ref(o, lambda r: log.append('first'))
r2 = weakref.ref(o, lambda r: log.append('second'))
o = None
print log[-2:] == ['second', 'first'] or log[-2:] == ['first', 'second']
print sorted(log[-2:])

# the reference dies before its object: no callback
del log[:]
o = C()
r = weakref.ref(o, lambda r: log.append('never'))
del r
del o
print log

# a callback that raises: reported, execution goes on
def bad(r):
    log.append('bad')
    raise ValueError('in callback')
import sys, StringIO
saved, sys.stderr = sys.stderr, StringIO.StringIO()
o = C()
r = weakref.ref(o, bad)
del o
msg = sys.stderr.getvalue()
sys.stderr = saved
print log, 'still running'
print msg.split(' in <function')[0], msg.endswith('ignored\n')

# object dying inside a function, in a loop
def churn(n):
    seen = []
    for i in range(n):
        x = C()
        keep = weakref.ref(x, lambda r, i=i: seen.append(i))
        del x
    return seen
print churn(5)

# proxy callbacks receive the proxy
o = C()
p = weakref.proxy(o, lambda pr: log.append(type(pr).__name__))
del o
print log
