# With one consumer, the items of each producer come out in the order that
# producer put them.
import Queue
import threading

q = Queue.Queue(3)
order = []


def producer(name, n):
    for i in range(n):
        q.put((name, i))

ts = [threading.Thread(target=producer, args=(c, 100)) for c in 'abc']
for t in ts:
    t.start()
for i in range(300):
    order.append(q.get())
for t in ts:
    t.join()
for c in 'abc':
    seq = [i for (n, i) in order if n == c]
    print c, seq == range(100)
