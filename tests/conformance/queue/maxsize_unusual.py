# maxsize values other than positive ints, and maxsize changed later.
import Queue


def fill(q, limit=6):
    n = 0
    while n < limit:
        try:
            q.put(n, False)
        except Queue.Full:
            break
        n += 1
    return n

for m in [2.0, 2.5, None, True, False, -3.5, 10 ** 30]:
    q = Queue.Queue(m)
    print repr(m), fill(q), q.full()

q = Queue.Queue(3)
print fill(q), q.full()
q.maxsize = 5
print q.full(), fill(q), q.full()
q.maxsize = 0
print q.full(), fill(q, 3), q.qsize()
