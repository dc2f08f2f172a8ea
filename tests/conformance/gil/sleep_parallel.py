# time.sleep releases the GIL: 10 threads sleeping 0.2 s each finish in far
# less than the 2 s they would take one after the other.
import threading
import time

done = []


def nap(k):
    time.sleep(0.2)
    done.append(k)

t0 = time.time()
ts = [threading.Thread(target=nap, args=(k,)) for k in range(10)]
for t in ts:
    t.start()
for t in ts:
    t.join()
elapsed = time.time() - t0
print sorted(done)
print 'overlapped:', elapsed < 1.2
