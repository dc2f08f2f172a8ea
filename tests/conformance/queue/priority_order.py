# PriorityQueue: lowest first, for ints, strings and tuples.
import Queue

q = Queue.PriorityQueue()
for x in [5, 1, 9, 3, 3, 7, 0, -2, 8, 1]:
    q.put(x)
print q.qsize(), [q.get() for i in range(10)]

q = Queue.PriorityQueue()
for w in 'the quick brown fox jumps over the lazy dog'.split():
    q.put(w)
print [q.get() for i in range(q.qsize())]

q = Queue.PriorityQueue()
for item in [(2, 'write'), (1, 'read'), (3, 'sleep'), (1, 'eat'), (2, 'code')]:
    q.put(item)
while not q.empty():
    print q.get()
