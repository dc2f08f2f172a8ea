# An uncaught Queue.Full with a message.
import Queue


def check(q):
    if q.full():
        raise Queue.Full('queue of %d is full' % q.maxsize)

q = Queue.Queue(1)
q.put(0)
check(q)
