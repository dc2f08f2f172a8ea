# threading.Semaphore and BoundedSemaphore take any value that is not < 0,
# floats too: a fractional value never reaches 0, so acquire never blocks.
import threading
for name, cls in (("Semaphore", threading.Semaphore), ("BoundedSemaphore", threading.BoundedSemaphore)):
    for v in (2.5, 0.5, 2.0, 0.0, -0.5, True, 2L, 0, float('inf'), float('nan')):
        try:
            s = cls(v)
        except Exception as e:
            print name, v, 'ctor', type(e).__name__, e
            continue
        got = [s.acquire(False) for i in range(5)]
        print name, v, got
        try:
            for i in range(7):
                s.release()
            print 'released 7'
        except ValueError as e:
            print 'release', i, e
for bad in (None, -1, -0.0):
    try:
        threading.Semaphore(bad)
        print 'ok', repr(bad)
    except Exception as e:
        print repr(bad), type(e).__name__, e
b = threading.BoundedSemaphore(1.5)
print b._initial_value
with b:
    print 'in with'
