# Subclasses that add state and override public methods.
import Queue


class CountingQueue(Queue.Queue):
    def __init__(self, maxsize=0, name='q'):
        Queue.Queue.__init__(self, maxsize)
        self.name = name
        self.puts = 0
        self.gets = 0

    def put(self, item, block=True, timeout=None):
        self.puts += 1
        Queue.Queue.put(self, item, block, timeout)

    def get(self, block=True, timeout=None):
        self.gets += 1
        return Queue.Queue.get(self, block, timeout)

q = CountingQueue(3, name='jobs')
q.put(1)
q.put_nowait(2)
print q.get(), q.get_nowait()
try:
    q.get_nowait()
except Queue.Empty:
    print 'Empty'
print q.name, q.puts, q.gets, q.maxsize
print isinstance(q, Queue.Queue), issubclass(CountingQueue, Queue.Queue)
print CountingQueue.__bases__[0] is Queue.Queue


class Stack(Queue.LifoQueue):
    def peek(self):
        return self.queue[-1]

s = Stack()
for c in 'xyz':
    s.put(c)
print s.peek(), s.get(), s.peek(), s.qsize()


class Forgetful(Queue.Queue):
    def __init__(self):
        pass

f = Forgetful()
try:
    f.put(1)
except AttributeError:
    print 'AttributeError'
