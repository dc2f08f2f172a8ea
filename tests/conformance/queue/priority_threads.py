# A PriorityQueue filled by several threads drains in sorted order.
import Queue
import threading

q = Queue.PriorityQueue()


def fill(k):
    for i in range(50):
        q.put(((i * 37 + k * 11) % 101, k, i))

ts = [threading.Thread(target=fill, args=(k,)) for k in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
out = []
while not q.empty():
    out.append(q.get())
print len(out), out == sorted(out)
print out[:4]
print out[-2:]
