# Equal priorities: the order among them follows heapq's sift algorithm,
# which compares only with <. Items compare on the priority only.
import Queue


class Job(object):
    def __init__(self, prio, name):
        self.prio = prio
        self.name = name

    def __lt__(self, other):
        return self.prio < other.prio

    def __repr__(self):
        return 'Job(%d, %s)' % (self.prio, self.name)


q = Queue.PriorityQueue()
names = 'abcdefghijklmnop'
for i, n in enumerate(names):
    q.put(Job(i % 3, n))
print q.queue
out = []
while not q.empty():
    out.append(q.get())
print out
