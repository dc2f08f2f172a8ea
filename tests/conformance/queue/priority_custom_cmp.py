# PriorityQueue with objects using __cmp__, and errors from comparisons.
import Queue


class Task(object):
    def __init__(self, prio, name):
        self.prio = prio
        self.name = name

    def __cmp__(self, other):
        return cmp(self.prio, other.prio)

    def __repr__(self):
        return '%s:%d' % (self.name, self.prio)

q = Queue.PriorityQueue()
for i, n in enumerate(['low', 'high', 'mid', 'top', 'bottom']):
    q.put(Task([5, 1, 3, 0, 9][i], n))
print [q.get() for i in range(5)]


class Bad(object):
    def __lt__(self, other):
        raise RuntimeError('cannot compare')

q = Queue.PriorityQueue()
q.put(Bad())
try:
    q.put(Bad())
except RuntimeError as e:
    print 'RuntimeError', e
print q.qsize()
