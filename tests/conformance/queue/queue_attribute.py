# The queue attribute of the three classes, and maxsize/unfinished_tasks.
import Queue

q = Queue.Queue()
l = Queue.LifoQueue()
p = Queue.PriorityQueue()
for x in [3, 1, 2]:
    q.put(x)
    l.put(x)
    p.put(x)
print q.queue
print l.queue
print p.queue
print list(q.queue), len(q.queue)
print q.maxsize, l.maxsize, p.maxsize, q.unfinished_tasks
q.get()
l.get()
p.get()
print list(q.queue), l.queue, p.queue
print hasattr(q, 'queue'), hasattr(q, 'no_such_thing')
try:
    q.no_such_thing
except AttributeError as e:
    print e
