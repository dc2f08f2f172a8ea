# gc.garbage: cycles with __del__ stay uncollected (2.7), DEBUG_SAVEALL.
import gc

gc.collect()


class D(object):
    def __del__(self):
        print "never printed"


class A(object):
    pass

d = D()
d.me = d
del d
print "collected", gc.collect()
print len(gc.garbage), type(gc.garbage[0]).__name__
print gc.garbage[0].me is gc.garbage[0]
# Breaking the cycle by hand lets it go (and __del__ runs).
D.__del__ = lambda self: None
g = gc.garbage.pop()
g.me = None
del g
print len(gc.garbage)


class F(object):
    def __del__(self):
        pass

# Objects hanging off a finalizer cycle stay as well, but only the
# finalizers themselves are listed.
f = F()
f.me = f
f.child = A()
f.child.parent = f
del f
print "with child", gc.collect(), len(gc.garbage)
del gc.garbage[:]

gc.set_debug(gc.DEBUG_SAVEALL)
print gc.get_debug() == gc.DEBUG_SAVEALL
l = []
l.append(l)
del l
print "saveall", gc.collect(), len(gc.garbage), type(gc.garbage[0]).__name__
gc.set_debug(0)
del gc.garbage[:]
l = []
l.append(l)
del l
print "normal", gc.collect(), len(gc.garbage)


# A generator suspended in a try, inside a cycle, counts as a finalizer.
def gen():
    try:
        yield 1
    finally:
        print "gen finally"

c = A()
c.g = gen()
c.g.next()
c.g_owner = c
del c
print "generator cycle", gc.collect(), len(gc.garbage)
del gc.garbage[:]


def gen2(o):
    try:
        yield o
    finally:
        print "gen2 finally"

c = A()
c.g = gen2(c)
c.g.next()
del c
print "generator in cycle", gc.collect(), len(gc.garbage), type(gc.garbage[0]).__name__
del gc.garbage[:]
