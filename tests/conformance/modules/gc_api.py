# The gc module's interface (minipy has no cycle collector, so only the
# values that do not depend on one are printed).
import gc

print gc.isenabled()
gc.disable()
print gc.isenabled()
gc.enable()
print gc.isenabled()
print type(gc.collect()).__name__, type(gc.collect(0)).__name__
try:
    gc.collect(3)
except ValueError as e:
    print 'ValueError:', e
gc.set_debug(gc.DEBUG_STATS)
print gc.get_debug() == gc.DEBUG_STATS
gc.set_debug(0)
old = gc.get_threshold()
gc.set_threshold(500)
print gc.get_threshold()[0], len(gc.get_threshold())
gc.set_threshold(*old)
print gc.get_threshold() == old
print gc.garbage, len(gc.get_count())
print gc.DEBUG_LEAK == (gc.DEBUG_COLLECTABLE | gc.DEBUG_UNCOLLECTABLE | gc.DEBUG_INSTANCES | gc.DEBUG_OBJECTS | gc.DEBUG_SAVEALL)
print gc.is_tracked(1), type(gc.get_referrers(1)).__name__
