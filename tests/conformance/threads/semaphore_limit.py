# A Semaphore limits how many threads run a section at once.
import threading
import time

sem = threading.Semaphore(3)
lock = threading.Lock()
inside = [0]
peak = [0]
done = []

def job(i):
    sem.acquire()
    try:
        with lock:
            inside[0] += 1
            peak[0] = max(peak[0], inside[0])
        time.sleep(0.02)
        with lock:
            inside[0] -= 1
            done.append(i)
    finally:
        sem.release()

ts = [threading.Thread(target=job, args=(i,)) for i in range(10)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print "peak <= 3:", peak[0] <= 3
print "peak > 1:", peak[0] > 1
print sorted(done)
print "value back to 3:", [sem.acquire(0) for _ in range(4)]
