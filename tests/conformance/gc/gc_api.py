# The gc module's interface: flags, thresholds, debug bits, collect, referents.
import gc

print gc.isenabled()
gc.disable()
print gc.isenabled()
gc.enable()
print gc.isenabled()

print gc.get_threshold()
gc.set_threshold(500)
print gc.get_threshold()
gc.set_threshold(100, 5)
print gc.get_threshold()
gc.set_threshold(700, 10, 10)
print gc.get_threshold()

print gc.get_debug()
gc.set_debug(gc.DEBUG_STATS | gc.DEBUG_SAVEALL)
print gc.get_debug()
gc.set_debug(0)
print gc.get_debug()
for name in sorted(n for n in dir(gc) if n.startswith('DEBUG_')):
    print name, getattr(gc, name)

print type(gc.collect()).__name__
print gc.collect(0) >= 0, gc.collect(generation=2) >= 0
print gc.garbage
print type(gc.get_count()).__name__, len(gc.get_count())

print gc.get_referents([1, 2], (3,))
print sorted(gc.get_referents({'a': 1}))
print gc.get_referents(1, 'abc', None)

class A(object):
    pass
a = A()
a.x = 5
refs = gc.get_referents(a)
print [r for r in refs if isinstance(r, dict)]
print A in refs

class Old:
    pass

print gc.is_tracked(1), gc.is_tracked('s'), gc.is_tracked(None), gc.is_tracked(2.5)
print gc.is_tracked([]), gc.is_tracked(a), gc.is_tracked(A), gc.is_tracked({'k': []})
print gc.is_tracked(Old()), gc.is_tracked(set([1])), gc.is_tracked(len)

def show(f):
    try:
        print repr(f())
    except Exception as e:
        print type(e).__name__, e

show(lambda: gc.collect(3))
show(lambda: gc.collect(-1))
show(lambda: gc.collect('x'))
show(lambda: gc.collect(1, 2))
show(lambda: gc.set_threshold())
show(lambda: gc.set_threshold(1, 2, 3, 4))
show(lambda: gc.set_threshold('a'))
show(lambda: gc.set_threshold(5, generation=1))
show(lambda: gc.enable(1))
show(lambda: gc.isenabled(0))
show(lambda: gc.get_threshold(1))
show(lambda: gc.set_debug())
show(lambda: gc.set_debug('x'))
show(lambda: gc.is_tracked())
show(lambda: gc.get_debug(1))
print gc.get_threshold()
