# 'timeout' must be a non-negative number (only when it would be used).
import Queue


def attempt(f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
        return 'ok %r' % (r,)
    except ValueError as e:
        return 'ValueError: %s' % e
    except (Queue.Empty, Queue.Full) as e:
        return type(e).__name__
    except TypeError as e:
        return 'TypeError'

q = Queue.Queue()
print attempt(q.get, timeout=-1)
print attempt(q.get, True, -0.5)
print attempt(q.get, False, -1)
print attempt(q.put, 1, timeout=-1)
print attempt(q.get, timeout=-1)
print attempt(q.get, timeout=0)
b = Queue.Queue(2)
print attempt(b.put, 1, timeout=-1)
print attempt(b.put, 1, False, -1)
print attempt(b.put, 1, timeout=1)
print attempt(b.get, timeout=-2)
print attempt(b.get, timeout=1)
print attempt(b.get, timeout='soon')
print attempt(b.get, False, 'soon')
print attempt(Queue.PriorityQueue(1).get, timeout=-1)
print attempt(Queue.LifoQueue(1).put, 'x', True, -1)
