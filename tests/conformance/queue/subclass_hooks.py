# Subclasses that override _init/_qsize/_put/_get, as CPython's Queue allows.
import Queue


class SetQueue(Queue.Queue):
    def _init(self, maxsize):
        self.queue = set()

    def _put(self, item):
        self.queue.add(item)

    def _get(self):
        return self.queue.pop()

q = SetQueue()
for x in [3, 1, 3, 2, 1, 3]:
    q.put(x)
print q.qsize(), sorted(q.queue), q.unfinished_tasks
print sorted([q.get(), q.get(), q.get()])
try:
    q.get_nowait()
except Queue.Empty:
    print 'Empty'


class LoggingLifo(Queue.LifoQueue):
    log = []

    def _put(self, item):
        self.log.append(('put', item))
        Queue.LifoQueue._put(self, item)

    def _get(self):
        item = Queue.LifoQueue._get(self)
        self.log.append(('get', item))
        return item

q = LoggingLifo(2)
q.put('a')
q.put('b')
print q.full(), q.queue
try:
    q.put('c', timeout=0.01)
except Queue.Full:
    print 'Full'
print q.get(), q.get(), LoggingLifo.log


class CountingSize(Queue.Queue):
    calls = 0

    def _qsize(self, len=len):
        CountingSize.calls += 1
        return len(self.queue)

q = CountingSize(3)
for i in range(3):
    q.put(i)
print q.full(), q.qsize(), q.empty(), [q.get() for i in range(3)], q.queue
print CountingSize.calls > 0


class Reversed(Queue.PriorityQueue):
    def _put(self, item):
        Queue.PriorityQueue._put(self, -item)

    def _get(self):
        return -Queue.PriorityQueue._get(self)

q = Reversed()
for x in [4, 9, 1, 7]:
    q.put(x)
print [q.get() for i in range(4)]
