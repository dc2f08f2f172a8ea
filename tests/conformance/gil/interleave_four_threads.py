# Four CPU-bound threads: every one of them gets to run while the others
# are still running (none waits for the others to finish first).
import threading
import time

N = 4
progress = [0] * N
overlap = [False] * N
deadline = time.time() + 20


def spin(me):
    while time.time() < deadline:
        progress[me] += 1
        if progress[me] % 50 == 0:
            others = [progress[k] for k in range(N) if k != me]
            if min(others) > 0 and not overlap[me]:
                overlap[me] = True
        if all(overlap):
            break

ts = [threading.Thread(target=spin, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print 'all overlapped:', all(overlap)
print 'all progressed:', min(progress) > 0
