# A producer and a consumer connected by a Queue: how many items per second
# pass through, and how often the GIL changes hands on the way.
#
#   minipy -X gil-stats producer_consumer.py
import Queue
import threading
import time

ITEMS = 100000
q = Queue.Queue(100)


def producer():
    for i in xrange(ITEMS):
        q.put(i)
    q.put(None)


def consumer(out):
    total = 0
    while True:
        item = q.get()
        if item is None:
            break
        total += item
    out.append(total)


out = []
t0 = time.time()
threads = [threading.Thread(target=producer), threading.Thread(target=consumer, args=(out,))]
for t in threads:
    t.start()
for t in threads:
    t.join()
elapsed = time.time() - t0
assert out == [ITEMS * (ITEMS - 1) // 2]
print "%d items in %.2f s: %d items/s" % (ITEMS, elapsed, ITEMS / elapsed)
