# LifoQueue returns the most recently added items first.
import Queue

q = Queue.LifoQueue()
for x in range(6):
    q.put(x * 10)
print q.qsize(), q.get(), q.get()
q.put('x')
q.put('y')
print [q.get() for i in range(q.qsize())]
print q.empty()
b = Queue.LifoQueue(maxsize=3)
for c in 'abc':
    b.put(c)
print b.full(), b.qsize()
try:
    b.put('d', False)
except Queue.Full:
    print 'Full'
print b.get(), b.full()
b.put('e')
print [b.get_nowait() for i in range(3)]
print isinstance(b, Queue.Queue), isinstance(b, Queue.LifoQueue)
