# Semaphore: counting, non-blocking acquire, errors, with.
import threading

s = threading.Semaphore()
print s.acquire(), s.acquire(0), s.acquire(False), s.acquire(blocking=0)
s.release()
print s.acquire(0)
s.release()
s.release()
s.release()
print s.acquire(0), s.acquire(0), s.acquire(0), s.acquire(0)

s3 = threading.Semaphore(3)
print [s3.acquire(0) for _ in range(4)]
s0 = threading.Semaphore(0)
print s0.acquire(0)
try:
    threading.Semaphore(-1)
except ValueError as e:
    print "ValueError:", e
with s3 if False else threading.Semaphore(1) as got:
    print "with:", got
print type(s).__name__, isinstance(s, threading._Semaphore)

# A blocked acquire is released by another thread.
s = threading.Semaphore(0)
out = []
def waiter():
    s.acquire()
    out.append("acquired")
t = threading.Thread(target=waiter)
t.start()
out.append("releasing")
s.release()
t.join()
print out
try:
    threading.Semaphore(1, None, 3)
except TypeError as e:
    print "TypeError:", e
