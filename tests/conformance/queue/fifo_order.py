# FIFO order, qsize/empty/full on an unbounded Queue.
import Queue

q = Queue.Queue()
print q.qsize(), q.empty(), q.full(), q.maxsize
for x in [3, 'a', (1, 2), None, 2.5, [7], 3]:
    q.put(x)
print q.qsize(), q.empty(), q.full()
out = []
while not q.empty():
    out.append(q.get())
print out
print q.qsize(), q.empty()
for i in range(1000):
    q.put(i)
print q.qsize(), sum(q.get() for i in range(500)), q.qsize()
print [q.get_nowait() for i in range(3)]
