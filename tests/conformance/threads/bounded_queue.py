# Two Conditions sharing one RLock: the bounded queue from threading.py's self-test.
import threading
from collections import deque

class BoundedQueue(object):
    def __init__(self, limit):
        self.mon = threading.RLock()
        self.rc = threading.Condition(self.mon)
        self.wc = threading.Condition(self.mon)
        self.limit = limit
        self.queue = deque()
        self.max_len = 0

    def put(self, item):
        self.mon.acquire()
        while len(self.queue) >= self.limit:
            self.wc.wait()
        self.queue.append(item)
        self.max_len = max(self.max_len, len(self.queue))
        self.rc.notify()
        self.mon.release()

    def get(self):
        self.mon.acquire()
        while not self.queue:
            self.rc.wait()
        item = self.queue.popleft()
        self.wc.notify()
        self.mon.release()
        return item

class Producer(threading.Thread):
    def __init__(self, queue, quota, n):
        threading.Thread.__init__(self, name="Producer-%d" % n)
        self.queue = queue
        self.quota = quota
    def run(self):
        for counter in range(1, self.quota + 1):
            self.queue.put("%s.%d" % (self.name, counter))

class Consumer(threading.Thread):
    def __init__(self, queue, count):
        threading.Thread.__init__(self, name="Consumer")
        self.queue = queue
        self.count = count
        self.got = []
    def run(self):
        while self.count > 0:
            self.got.append(self.queue.get())
            self.count -= 1

Q = BoundedQueue(4)
P = [Producer(Q, 5, i + 1) for i in range(3)]
C = Consumer(Q, 15)
for t in P:
    t.start()
C.start()
for t in P:
    t.join()
C.join()
print sorted(C.got)
print "never over the limit:", Q.max_len <= 4
for p in P:
    mine = [x for x in C.got if x.startswith(p.name + ".")]
    print p.name, mine == ["%s.%d" % (p.name, i) for i in range(1, 6)]
