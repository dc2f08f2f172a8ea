# task_done/join with worker threads.
import Queue
import threading

q = Queue.Queue()
results = []
lock = threading.Lock()


def worker():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        with lock:
            results.append(item * 2)
        q.task_done()

threads = [threading.Thread(target=worker) for i in range(4)]
for t in threads:
    t.start()
for i in range(200):
    q.put(i)
q.join()
print 'joined', len(results), sum(results)
for t in threads:
    q.put(None)
q.join()
for t in threads:
    t.join()
print q.unfinished_tasks, q.empty(), sorted(results)[:5], sorted(results)[-3:]
