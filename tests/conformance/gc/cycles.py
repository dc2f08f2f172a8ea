# Cyclic garbage: what gc.collect() finds and returns.
import gc

gc.collect()


class A(object):
    pass


class Old:
    pass

a = A()
a.me = a
del a
print "instance self-cycle", gc.collect()

o = Old()
o.me = o
del o
print "old-style self-cycle", gc.collect()

l = []
l.append(l)
del l
print "list", gc.collect()

d = {}
d["d"] = d
del d
print "dict", gc.collect()

a, b = A(), A()
a.other, b.other = b, a
a.data, b.data = range(10), range(10)
del a, b
print "pair with lists", gc.collect()

t = A()
t.pair = (t, 1)
del t
print "through a tuple", gc.collect()


def outer():
    def inner():
        return inner
    return inner

f = outer()
del f
print "closure", gc.collect()


class B(object):
    def method(self):
        pass

b = B()
b.cb = b.method
del b
print "bound method", gc.collect()

# Nothing to find when nothing is cyclic.
x = [A() for i in range(5)]
print "no garbage", gc.collect()
del x
print "freed by counting", gc.collect()

# A reachable cycle stays.
keep = A()
keep.me = keep
print "reachable", gc.collect(), keep.me is keep

# Many cycles (automatic collection off, so that all are left for collect).
gc.disable()
for i in range(1000):
    n = A()
    n.me = n
del n
print "many", gc.collect()
gc.enable()

# Collecting generation 0 only still finds young cycles.
l = []
l.append(l)
del l
print "gen0", gc.collect(0)
print gc.collect(1), gc.collect(2)
try:
    gc.collect(3)
except ValueError as e:
    print "ValueError", e
