# The internal heap list is laid out exactly as heapq lays it out.
import Queue

q = Queue.PriorityQueue()
for i in range(20):
    q.put((i * 7919) % 31)
print q.queue
for i in range(5):
    q.get()
    print q.queue
q.put(-1)
q.put(100)
print q.queue
print [q.get() for i in range(q.qsize())]
print q.queue
