# threading.Lock is thread.allocate_lock; ThreadError is thread.error.
import thread
import threading

lk = threading.Lock()
print type(lk) is thread.LockType, threading.Lock.__name__
print threading.ThreadError is thread.error
print lk.locked()
print lk.acquire()
print lk.locked()
print lk.acquire(0), lk.acquire(False)
lk.release()
print lk.locked()
try:
    lk.release()
except threading.ThreadError as e:
    print "ThreadError:", e
with lk:
    print "inside", lk.locked()
print "outside", lk.locked()

# Another thread cannot take it while we hold it; any thread may release it.
lk.acquire()
res = []
def try_take():
    res.append(lk.acquire(0))
t = threading.Thread(target=try_take)
t.start(); t.join()
def release_it():
    lk.release()
    res.append("released by other thread")
t = threading.Thread(target=release_it)
t.start(); t.join()
print res, lk.locked()

# A blocked acquire wakes up when the lock is released.
lk.acquire()
order = []
def waiter():
    lk.acquire()
    order.append("waiter got it")
    lk.release()
t = threading.Thread(target=waiter)
t.start()
order.append("main releases")
lk.release()
t.join()
print order
