# wait(timeout) returns after the timeout when nobody notifies.
import threading
import time

c = threading.Condition()
with c:
    start = time.time()
    r = c.wait(0.1)
    elapsed = time.time() - start
print r, elapsed >= 0.09, elapsed < 5
# The lock is held again after the timeout.
print c._is_owned()

# A notify before the timeout ends the wait early.
def notifier():
    time.sleep(0.02)
    with c:
        c.notify()
with c:
    t = threading.Thread(target=notifier)
    t.start()
    start = time.time()
    c.wait(10)
    print "notified early:", time.time() - start < 5
t.join()
