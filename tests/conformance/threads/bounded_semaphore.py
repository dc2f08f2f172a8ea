# BoundedSemaphore refuses to go above its initial value.
import threading

b = threading.BoundedSemaphore(2)
print b.acquire(), b.acquire(), b.acquire(0)
b.release()
b.release()
try:
    b.release()
except ValueError as e:
    print "ValueError:", e
b0 = threading.BoundedSemaphore()
try:
    b0.release()
except ValueError as e:
    print "ValueError:", e
print isinstance(b, threading._BoundedSemaphore), isinstance(b, threading._Semaphore)
print type(b).__name__, b._initial_value
with b:
    print "in with:", b.acquire(0)
    b.release()
try:
    threading.BoundedSemaphore(-3)
except ValueError as e:
    print "ValueError:", e

# Release from another thread counts the same.
b = threading.BoundedSemaphore(1)
b.acquire()
errs = []
def rel():
    b.release()
    try:
        b.release()
    except ValueError as e:
        errs.append(str(e))
t = threading.Thread(target=rel)
t.start(); t.join()
print errs
