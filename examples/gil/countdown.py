# CPU-bound threads under the GIL: count down N in total, split over T
# threads (T from the command line, default 2), and compare with counting
# down N in the main thread. With a GIL, T threads are no faster than one;
# with -X gil=off they run in parallel.
#
#   minipy -X gil=new countdown.py 2
#   minipy -X gil=off countdown.py 4
import sys
import threading
import time

N = 20000000


def count(n):
    while n > 0:
        n -= 1


threads = int(sys.argv[1]) if len(sys.argv) > 1 else 2
if len(sys.argv) > 2:
    N = int(sys.argv[2])
count(10)

t0 = time.time()
count(N)
seq = time.time() - t0

workers = [threading.Thread(target=count, args=(N // threads,)) for i in range(threads)]
t0 = time.time()
for t in workers:
    t.start()
for t in workers:
    t.join()
par = time.time() - t0

print "%d threads: sequential %.2f s, threaded %.2f s, ratio %.2f" % (threads, seq, par, par / seq)
