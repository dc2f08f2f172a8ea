# A Condition over any object with acquire/release.
import threading

class CountingLock(object):
    def __init__(self):
        self.lock = threading.Lock()
        self.calls = []
    def acquire(self, blocking=1):
        self.calls.append("acquire(%r)" % (blocking,))
        return self.lock.acquire(blocking)
    def release(self):
        self.calls.append("release")
        self.lock.release()
    def __enter__(self):
        self.calls.append("enter")
        return self.acquire()
    def __exit__(self, *args):
        self.calls.append("exit")
        self.release()
    def __repr__(self):
        return "<CountingLock>"

lk = CountingLock()
c = threading.Condition(lk)
print c
with c:
    c.wait(0.01)
print lk.calls

# With the private interface, Condition uses it.
class Private(CountingLock):
    def _is_owned(self):
        self.calls.append("_is_owned")
        return self.lock.locked()
    def _release_save(self):
        self.calls.append("_release_save")
        self.lock.release()
        return "saved"
    def _acquire_restore(self, state):
        self.calls.append("_acquire_restore(%s)" % state)
        self.lock.acquire()
p = Private()
c = threading.Condition(p)
c.acquire()
c.wait(0.01)
c.notify()
c.release()
print p.calls

# Producer/consumer through the custom lock.
lk = CountingLock()
c = threading.Condition(lk)
box = []
def put():
    with c:
        box.append("x")
        c.notify()
with c:
    t = threading.Thread(target=put)
    t.start()
    while not box:
        c.wait()
t.join()
print box
