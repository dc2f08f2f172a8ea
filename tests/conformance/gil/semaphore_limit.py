# A BoundedSemaphore(2) lets at most two threads in at once, even when the
# threads sleep (and so release the GIL) inside.
import threading
import time

sem = threading.BoundedSemaphore(2)
lock = threading.Lock()
inside = [0]
peak = [0]
visits = []


def visit(k):
    with sem:
        with lock:
            inside[0] += 1
            peak[0] = max(peak[0], inside[0])
        time.sleep(0.02)
        visits.append(k)
        with lock:
            inside[0] -= 1

ts = [threading.Thread(target=visit, args=(k,)) for k in range(8)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print 'peak within limit:', 1 <= peak[0] <= 2
print sorted(visits), inside[0]
