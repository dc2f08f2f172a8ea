# Two CPU-bound threads under the GIL: no faster than one after the other.
# Try: minipy -X gil=old examples/threads.py, and -X gil=off.
import sys
import threading
import time


def count(n):
    while n > 0:
        n -= 1


N = 2000000
t0 = time.time()
count(N)
count(N)
seq = time.time() - t0

threads = [threading.Thread(target=count, args=(N,)) for _ in range(2)]
t0 = time.time()
for t in threads:
    t.start()
for t in threads:
    t.join()
par = time.time() - t0
print "GIL mode %s: sequential %.2fs, two threads %.2fs, ratio %.2f" % (
    sys.gil_mode() if hasattr(sys, 'gil_mode') else 'cpython', seq, par, par / seq)
