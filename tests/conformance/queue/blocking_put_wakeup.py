# A producer blocked in put() on a full queue is woken by a get.
import Queue
import threading
import time

q = Queue.Queue(2)
state = []


def producer():
    for i in range(5):
        q.put(i)
        state.append(i)
    state.append('done')

t = threading.Thread(target=producer)
t.start()
time.sleep(0.1)
print 'before', state, q.full()
items = []
for i in range(5):
    items.append(q.get())
t.join()
print 'after', state, items, q.empty()
