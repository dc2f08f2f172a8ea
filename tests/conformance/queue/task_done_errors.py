# task_done() called too many times.
import Queue

q = Queue.Queue()
try:
    q.task_done()
except ValueError as e:
    print 'ValueError:', e
q.put(1)
q.put(2)
print q.unfinished_tasks
q.get()
q.task_done()
print q.unfinished_tasks
q.task_done()
print q.unfinished_tasks
try:
    q.task_done()
except ValueError as e:
    print 'ValueError:', e
print q.unfinished_tasks, q.qsize()
q.join()
print 'joined'
for cls in [Queue.LifoQueue, Queue.PriorityQueue]:
    p = cls()
    p.put(3)
    p.task_done()
    try:
        p.task_done()
    except ValueError as e:
        print cls.__name__, e
