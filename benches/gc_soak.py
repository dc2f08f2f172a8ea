# Soak test of the collector and finalizers: 4 threads build and drop
# cyclic structures, weak references and finalizable objects.
# Usage: minipy gc_soak.py [seconds]   (default 5)
# Prints whether every finalizer ran exactly once and every callback fired.
import sys
import gc
import threading
import time
import weakref

SECONDS = float(sys.argv[1]) if len(sys.argv) > 1 else 5.0
# Finalizers and callbacks may run at any instruction (also inside a
# `with lock:` block), as a collection may start there: an RLock.
lock = threading.RLock()
made = [0]
finalized = {}
callbacks = [0]
refs_made = [0]


class Node(object):
    def __init__(self, parent):
        self.parent = parent
        self.children = []
        self.payload = range(10)


class Final(object):
    def __init__(self, key):
        self.key = key

    def __del__(self):
        with lock:
            finalized[self.key] = finalized.get(self.key, 0) + 1


def on_dead(ref):
    with lock:
        callbacks[0] += 1


def worker(tid):
    end = time.time() + SECONDS
    n = 0
    keep = []
    while time.time() < end:
        root = Node(None)
        for i in range(20):
            c = Node(root)
            root.children.append(c)
            c.me = c.__init__
        a, b = Node(None), Node(None)
        a.other, b.other = b, a
        key = (tid, n)
        f = Final(key)
        f.holder = [root]          # not a cycle through f: __del__ runs
        with lock:
            made[0] += 1
        r = weakref.ref(root, on_dead)
        keep.append(r)
        with lock:
            refs_made[0] += 1
        del root, a, b, c, f
        n += 1
        if len(keep) > 50:
            del keep[:25]
    del keep


threads = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
gc.collect()
gc.collect()
once = all(v == 1 for v in finalized.values())
print "finalizers made:", made[0] > 0, "all ran:", len(finalized) == made[0], "exactly once:", once
print "garbage left:", len(gc.garbage)
