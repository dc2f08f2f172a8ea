# wait() releases an RLock completely even when held several times, and
# restores the recursion level afterwards.
import threading

c = threading.Condition()
c.acquire(); c.acquire(); c.acquire()
seen = []
def other():
    with c:
        seen.append("other got the lock")
        c.notify()
t = threading.Thread(target=other)
t.start()
c.wait()
print seen
print repr(c).replace("'MainThread'", "main")
c.release(); c.release()
print c._is_owned()
c.release()
print c._is_owned()
t.join()

# Same with a timeout that expires: the level is back too.
r = threading.RLock()
c2 = threading.Condition(r)
r.acquire(); r.acquire()
c2.wait(0.01)
print r
r.release(); r.release()
print r
