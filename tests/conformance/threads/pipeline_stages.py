# Thread pipeline with Queues, lock-protected counter, Condition barrier, Semaphore peak.
import threading, Queue
def stage(inq, outq, fn):
    while True:
        item = inq.get()
        if item is StopIteration:
            outq.put(StopIteration)
            break
        outq.put(fn(item))
q1, q2, q3 = Queue.Queue(), Queue.Queue(), Queue.Queue()
t1 = threading.Thread(target=stage, args=(q1, q2, lambda x: x * x))
t2 = threading.Thread(target=stage, args=(q2, q3, lambda x: x + 1))
t1.start(); t2.start()
for i in range(10):
    q1.put(i)
q1.put(StopIteration)
results = []
while True:
    r = q3.get()
    if r is StopIteration: break
    results.append(r)
t1.join(); t2.join()
print results
class Counter(object):
    def __init__(self):
        self.value = 0
        self.lock = threading.Lock()
    def increment(self):
        self.lock.acquire()
        try:
            self.value += 1
        finally:
            self.lock.release()
c = Counter()
def hammer():
    for _ in xrange(2000):
        c.increment()
ts = [threading.Thread(target=hammer) for _ in range(5)]
map(lambda t: t.start(), ts)
map(lambda t: t.join(), ts)
print c.value
results = [None] * 5
def compute(i):
    results[i] = sum(range(i * 1000))
ts = [threading.Thread(target=compute, args=(i,)) for i in range(5)]
for t in ts: t.start()
for t in ts: t.join()
print results
barrier_count = [0]
cv = threading.Condition()
def arrive(n):
    with cv:
        barrier_count[0] += 1
        cv.notify_all()
        while barrier_count[0] < n:
            cv.wait()
ts = [threading.Thread(target=arrive, args=(3,)) for _ in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print 'all arrived', barrier_count[0]
sem = threading.Semaphore(2)
active = [0]; peak = [0]
lk = threading.Lock()
import time
def limited():
    with sem:
        with lk:
            active[0] += 1
            peak[0] = max(peak[0], active[0])
        time.sleep(0.05)
        with lk:
            active[0] -= 1
ts = [threading.Thread(target=limited) for _ in range(6)]
for t in ts: t.start()
for t in ts: t.join()
print 'peak', peak[0]
