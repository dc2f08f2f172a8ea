# Two CPU-bound threads interleave: each sees the other's counter move
# while it is itself running.
import threading
import time

counters = [0, 0]
seen = [0, 0]
deadline = time.time() + 20


def spin(me):
    other = 1 - me
    last = counters[other]
    while min(seen) < 5 and time.time() < deadline:
        counters[me] += 1
        c = counters[other]
        if c != last:
            seen[me] += 1
            last = c

ts = [threading.Thread(target=spin, args=(k,)) for k in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print 'thread 0 saw thread 1 progress:', seen[0] >= 5
print 'thread 1 saw thread 0 progress:', seen[1] >= 5
print 'both counted:', counters[0] > 0 and counters[1] > 0
