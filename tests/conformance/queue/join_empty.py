# join() on a queue with no unfinished tasks returns at once.
import Queue

q = Queue.Queue()
q.join()
print 'joined empty'
q.put(1)
q.get()
q.task_done()
q.join()
print 'joined after task_done'
p = Queue.PriorityQueue()
p.put((1, 'x'))
p.get()
p.task_done()
p.join()
print 'priority joined', p.unfinished_tasks
