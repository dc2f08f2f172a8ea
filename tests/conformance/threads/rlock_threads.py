# RLock between threads: ownership, release by a non-owner, blocking.
import threading

r = threading.RLock()
r.acquire()
r.acquire()
out = []
def other():
    out.append(("try", r.acquire(0)))
    try:
        r.release()
    except RuntimeError as e:
        out.append(("release", str(e)))
    out.append(("owned", r._is_owned()))
t = threading.Thread(target=other)
t.start()
t.join()
print out

# A thread blocks until the owner releases every level.
got = threading.Event()
def taker():
    r.acquire()
    got.set()
    owner_repr = repr(r)
    out.append(owner_repr)
    r.release()
t = threading.Thread(target=taker, name="Taker")
t.start()
print "after start:", got.wait(0.05)
r.release()
print "one release:", got.wait(0.05)
r.release()
t.join()
print "all released:", got.is_set()
print out[-1]
print r
