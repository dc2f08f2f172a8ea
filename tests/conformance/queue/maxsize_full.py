# maxsize and full() for several sizes.
import Queue

for size in [0, -1, 1, 2, 5]:
    q = Queue.Queue(size)
    n = 0
    while n < 7:
        try:
            q.put_nowait(n)
        except Queue.Full:
            break
        n += 1
    print size, q.maxsize, n, q.qsize(), q.full()

q = Queue.Queue(maxsize=2)
q.put(1)
print q.full()
q.put(2)
print q.full()
q.get()
print q.full()
print Queue.LifoQueue(4).maxsize, Queue.PriorityQueue(maxsize=3).maxsize
