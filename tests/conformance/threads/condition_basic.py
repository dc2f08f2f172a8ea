# Condition: errors without the lock, wait with a timeout, repr, with.
import threading

c = threading.Condition()
print c
try:
    c.wait()
except RuntimeError as e:
    print "RuntimeError:", e
try:
    c.wait(0.01)
except RuntimeError as e:
    print "RuntimeError:", e
for name in ("notify", "notify_all", "notifyAll"):
    try:
        getattr(c, name)()
    except RuntimeError as e:
        print name, "RuntimeError:", e

print c.acquire()
print c.wait(0.01)
print c.wait(0)
print c.wait(-5)
c.notify()
c.notify(3)
c.notify_all()
c.notifyAll()
print c
c.release()

with c:
    print "with:", c._is_owned()
print "after:", c._is_owned()

# A Condition over a plain Lock.
lc = threading.Condition(threading.Lock())
print lc.acquire(), lc._is_owned()
print lc.wait(0.01)
lc.release()
print lc._is_owned()
print type(c).__name__, isinstance(c, threading._Condition)
try:
    threading.Condition(42)
except AttributeError as e:
    print "AttributeError:", e
