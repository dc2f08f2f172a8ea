# Thresholds, enable/disable, counts, tracking, referents, referrers.
import gc

print gc.get_threshold()
gc.set_threshold(500)
print gc.get_threshold()
gc.set_threshold(700, 10, 10)
print gc.get_threshold()
print gc.isenabled()
gc.disable()
print gc.isenabled()
gc.enable()
print gc.isenabled()

gc.collect()
c = gc.get_count()
print len(c), c[1], c[2]
gc.collect(0)
print gc.get_count()[1]
gc.collect(1)
print gc.get_count()[1:]

# While disabled, cycles pile up; collect() still finds them.
gc.disable()


class A(object):
    pass

for i in range(3000):
    a = A()
    a.me = a
del a
print "found", gc.collect()
gc.enable()

# Automatic collection: many cycles do not pile up.
import weakref
refs = []
for i in range(5000):
    a = A()
    a.me = a
    refs.append(weakref.ref(a))
del a
alive = sum(1 for r in refs if r() is not None)
print "auto-collected most", alive < 1000

print gc.is_tracked(1), gc.is_tracked("s"), gc.is_tracked([]), gc.is_tracked(A())
print gc.is_tracked({}), gc.is_tracked({"a": 1}), gc.is_tracked({"a": []})

x = [1, "two"]
y = {"k": x}
print gc.get_referents(x)
print x in gc.get_referents(y)
print any(r is y for r in gc.get_referrers(x))
o = A()
o.attr = x
print any(isinstance(r, dict) and r.get("attr") is x for r in gc.get_referrers(x))
print any(r is o for r in gc.get_objects())
for bad in [(gc.set_threshold,), (gc.collect, "x")]:
    try:
        bad[0](*bad[1:])
    except TypeError as e:
        print "TypeError", e
