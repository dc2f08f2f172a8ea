# RLock: recursion, owner, count, errors.
import threading

r = threading.RLock()
print r
print r.acquire()
print r.acquire()
print r.acquire(0)
print r
r.release()
print r
r.release()
r.release()
print r
try:
    r.release()
except RuntimeError as e:
    print "RuntimeError:", e
print r.acquire(blocking=False), r.acquire(True)
r.release(); r.release()

# isinstance and the private interface Condition uses.
print isinstance(r, threading._RLock), type(r).__name__
print r._is_owned()
r.acquire(); r.acquire()
print r._is_owned()
state = r._release_save()
print state[0], r._is_owned(), r
r._acquire_restore(state)
print r._is_owned(), str(r)
r.release(); r.release()

# with statements nest.
with r:
    with r:
        with r:
            print "depth 3:", r
    print "depth 1:", r
print "after:", r

# Subclassing works.
class MyRLock(threading._RLock):
    pass
m = MyRLock()
m.acquire()
print m
m.release()
