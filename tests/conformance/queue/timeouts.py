# Timeouts raise Empty / Full after (about) the given time.
import Queue
import time


def raised(f, *args, **kwargs):
    try:
        f(*args, **kwargs)
        return 'no'
    except (Queue.Empty, Queue.Full) as e:
        return type(e).__name__

q = Queue.Queue(1)
print raised(q.get, timeout=0.01)
print raised(q.get, True, 0.01)
print raised(q.get, timeout=0)
print raised(q.get, timeout=0.0)
q.put(1)
print raised(q.put, 2, timeout=0.01)
print raised(q.put, 2, True, 0)
print raised(q.get, timeout=0.01)
print raised(q.put, 3, timeout=0.01)
print q.get(timeout=0.01)

t0 = time.time()
print raised(q.get, timeout=0.2)
el = time.time() - t0
print el >= 0.15, el < 5.0

for cls in [Queue.LifoQueue, Queue.PriorityQueue]:
    q = cls(1)
    print cls.__name__, raised(q.get, timeout=0.01),
    q.put(5)
    print raised(q.put, 6, timeout=0.01), raised(q.get, timeout=0.01)
