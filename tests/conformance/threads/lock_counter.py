# Many threads updating shared data under a Lock.
import threading

counter = [0]
lock = threading.Lock()
N = 8
M = 2000

def add():
    for _ in xrange(M):
        lock.acquire()
        try:
            counter[0] += 1
        finally:
            lock.release()

def add_with():
    for _ in xrange(M):
        with lock:
            counter[0] += 1

ts = [threading.Thread(target=add if i % 2 else add_with) for i in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print counter[0], counter[0] == N * M

# A shared list of results.
items = []
def produce(k):
    for i in range(100):
        with lock:
            items.append((k, i))
ts = [threading.Thread(target=produce, args=(k,)) for k in range(5)]
for t in ts: t.start()
for t in ts: t.join()
print len(items), sorted(items) == [(k, i) for k in range(5) for i in range(100)]
