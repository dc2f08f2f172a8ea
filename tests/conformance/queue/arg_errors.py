# Argument errors of the Queue methods.
import Queue

q = Queue.Queue()


def show(f, *args, **kwargs):
    try:
        f(*args, **kwargs)
        print 'ok'
    except TypeError as e:
        print 'TypeError:', e

show(q.put)
show(q.put, 1, True, None, 4)
show(q.put, 1, bogus=2)
show(q.put, 1, item=2)
show(q.get, 1, 2, 3)
show(q.get, timeout=0, block=False, extra=1)
show(q.qsize, 1)
show(q.task_done, 1)
show(q.put_nowait)
show(q.get_nowait, 1)
show(Queue.Queue, 1, 2)
show(Queue.Queue, size=3)
show(Queue.Queue.put, 5, 1)
show(Queue.Queue.qsize)
print q.qsize()
