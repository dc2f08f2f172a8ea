# Non-blocking acquire on Lock, RLock and Semaphore from a second thread.
import threading

objs = [("Lock", threading.Lock()), ("RLock", threading.RLock()), ("Semaphore", threading.Semaphore(1))]
for name, o in objs:
    o.acquire()
out = []
def probe():
    for name, o in objs:
        r = o.acquire(0)
        out.append((name, r))
t = threading.Thread(target=probe)
t.start()
t.join()
print out
for name, o in objs:
    o.release()
del out[:]
t = threading.Thread(target=probe)
t.start()
t.join()
print out
# The probe thread took the RLock and ended without releasing it: it stays owned.
print objs[1][1].acquire(0)
