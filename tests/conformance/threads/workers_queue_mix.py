# Workers with a Lock, consumers with Queue.join, Thread subclass, Event, Lifo/Priority queues.
import threading, Queue, time
results = []
lock = threading.Lock()
def worker(n):
    s = sum(i * i for i in range(n))
    with lock:
        results.append((n, s))
threads = [threading.Thread(target=worker, args=(n,)) for n in (10, 100, 1000, 5)]
for t in threads: t.start()
for t in threads: t.join()
print sorted(results)
q = Queue.Queue()
out = Queue.Queue()
def consumer():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        out.put(item * 2)
        q.task_done()
cs = [threading.Thread(target=consumer, name='c%d' % i) for i in range(3)]
for c in cs: c.start()
for i in range(20): q.put(i)
for c in cs: q.put(None)
q.join()
for c in cs: c.join()
got = []
while not out.empty():
    got.append(out.get())
print sorted(got), out.qsize()
print [c.name for c in cs], [c.is_alive() for c in cs]
class CounterThread(threading.Thread):
    def __init__(self, n):
        threading.Thread.__init__(self)
        self.n = n
        self.total = 0
    def run(self):
        for i in range(self.n):
            self.total += i
ts = [CounterThread(k) for k in (10, 20)]
for t in ts: t.start()
for t in ts: t.join()
print [t.total for t in ts]
counter = [0]
def inc():
    for _ in range(10000):
        with lock:
            counter[0] += 1
ts = [threading.Thread(target=inc) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print counter[0]
ev = threading.Event()
def waiter():
    ev.wait()
    print 'event seen'
w = threading.Thread(target=waiter); w.start()
time.sleep(0.05)
print 'setting'
ev.set(); w.join()
print threading.current_thread().name, threading.active_count(), isinstance(threading.current_thread(), threading.Thread)
lq = Queue.LifoQueue(); pq = Queue.PriorityQueue()
for x in [3, 1, 2]:
    lq.put(x); pq.put((x, 'p%d' % x))
print [lq.get() for _ in range(3)], [pq.get() for _ in range(3)]
try:
    Queue.Queue().get_nowait()
except Queue.Empty:
    print 'Empty'
bq = Queue.Queue(1); bq.put(1)
try:
    bq.put(2, timeout=0.01)
except Queue.Full:
    print 'Full', bq.full(), bq.qsize()
