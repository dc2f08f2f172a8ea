# Soak test of the collector, finalizers and weak references: 4 threads
# build and drop cyclic structures, weak references with callbacks and
# finalizable objects for a while; the main thread samples the resident
# set size meanwhile.
#
# Usage: minipy gc_soak.py [seconds]   (default 5)
#
# The first lines are deterministic when all is well (the same under
# CPython 2.7): every finalizer ran exactly once, every callback of a
# weak reference still alive when its referent died fired exactly once,
# nothing is left in gc.garbage. The `rss` lines are measurements (Linux
# only): the peak over the run, and the peaks of its first and second
# halves (memory is flat when the second is not much above the first).
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
# Keys of the objects whose finalizer is still to run, and of the
# references whose callback is still to fire; a run that finds its key
# missing counts as a duplicate. (Sets, not tallies: the bookkeeping stays
# as small as the live heap, so memory can be flat.)
unfinalized = set()
unfired = set()
dup_finalized = [0]
dup_fired = [0]
refs_made = [0]
# The weak references still alive when each worker ended.
leftover = []


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
            if self.key in unfinalized:
                unfinalized.discard(self.key)
            else:
                dup_finalized[0] += 1


class Watch(weakref.ref):
    """A weak reference that knows which one it is."""

    __slots__ = ('key',)

    def __new__(cls, obj, callback, key):
        return weakref.ref.__new__(cls, obj, callback)

    def __init__(self, obj, callback, key):
        super(Watch, self).__init__(obj, callback)
        self.key = key


def on_dead(ref):
    with lock:
        if ref.key in unfired:
            unfired.discard(ref.key)
        else:
            dup_fired[0] += 1


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
        with lock:
            made[0] += 1
            unfinalized.add(key)
            unfired.add(key)
        f = Final(key)
        f.holder = [root]  # not a cycle through f: __del__ runs
        # The reference stays alive until its referent died (and its
        # callback ran), so every callback is due.
        keep.append(Watch(root, on_dead, key))
        with lock:
            refs_made[0] += 1
        del root, a, b, c, f
        n += 1
        if len(keep) > 200:
            keep = [r for r in keep if r() is not None]
    with lock:
        leftover.extend(keep)


def rss_kb():
    try:
        for line in open('/proc/self/status'):
            if line.startswith('VmRSS:'):
                return int(line.split()[1])
    except (IOError, OSError, ValueError):
        pass
    return 0


threads = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
start = time.time()
for t in threads:
    t.start()
samples = []
while any(t.is_alive() for t in threads):
    samples.append((time.time() - start, rss_kb()))
    time.sleep(0.25)
for t in threads:
    t.join()
gc.collect()
gc.collect()
print "finalizers made:", made[0] > 0, "all ran:", not unfinalized, "exactly once:", dup_finalized[0] == 0
print "callbacks all fired:", refs_made[0] == made[0] and not unfired, "exactly once:", dup_fired[0] == 0,
print "referents dead:", all(r() is None for r in leftover)
print "garbage left:", len(gc.garbage)
first = [kb for (t, kb) in samples if t < SECONDS / 2] or [0]
second = [kb for (t, kb) in samples if t >= SECONDS / 2] or [0]
print "rss peak KB:", max(first + second + [rss_kb()])
print "rss first half KB:", max(first), "second half KB:", max(second)
print "objects made:", made[0]
