# Several threads blocked in join() are all released.
import Queue
import threading
import time

q = Queue.Queue()
released = []
lock = threading.Lock()
for i in range(5):
    q.put(i)


def joiner(k):
    q.join()
    with lock:
        released.append(k)

js = [threading.Thread(target=joiner, args=(k,)) for k in range(3)]
for t in js:
    t.start()
time.sleep(0.05)
print 'released early:', released
for i in range(5):
    q.get()
    q.task_done()
for t in js:
    t.join()
print 'released:', sorted(released)
q.join()
print 'main joined'
