# Lock, RLock, Condition, Semaphore and BoundedSemaphore as context managers.
import threading

for name, obj in [("Lock", threading.Lock()), ("RLock", threading.RLock()),
                  ("Condition", threading.Condition()),
                  ("Condition(Lock)", threading.Condition(threading.Lock())),
                  ("Semaphore", threading.Semaphore(1)),
                  ("BoundedSemaphore", threading.BoundedSemaphore(1))]:
    with obj as v:
        held = not obj.acquire(0) if name not in ("RLock", "Condition") else None
        print name, "entered, value:", v, "held:", held
    print name, "free again:", obj.acquire(0)
    obj.release()

# The lock is released when the block raises.
lk = threading.Lock()
try:
    with lk:
        raise ValueError("inside")
except ValueError as e:
    print "caught", e, "locked:", lk.locked()

r = threading.RLock()
try:
    with r:
        with r:
            raise KeyError("deep")
except KeyError:
    print "caught KeyError", r

s = threading.BoundedSemaphore(2)
try:
    with s:
        1 / 0
except ZeroDivisionError:
    print "caught ZeroDivisionError", s.acquire(0), s.acquire(0), s.acquire(0)

# A with block in many threads.
c = threading.Condition()
total = [0]
def inc():
    for _ in range(500):
        with c:
            total[0] += 1
ts = [threading.Thread(target=inc) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print total[0]
