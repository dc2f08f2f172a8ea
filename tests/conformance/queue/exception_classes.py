# Empty and Full are plain Exception subclasses of module Queue.
import Queue

for cls in [Queue.Empty, Queue.Full]:
    print cls.__name__, cls.__module__, issubclass(cls, Exception), issubclass(cls, StandardError)
e = Queue.Empty()
print repr(e), str(e), e.args
f = Queue.Full('no room', 3)
print repr(f), str(f), f.args
try:
    raise Queue.Empty('nothing')
except Exception as e:
    print type(e).__name__, e
try:
    Queue.Queue().get(False)
except (Queue.Full, Queue.Empty) as e:
    print type(e) is Queue.Empty, isinstance(e, Queue.Full)


class MyEmpty(Queue.Empty):
    pass

try:
    raise MyEmpty('mine')
except Queue.Empty as e:
    print 'caught', type(e).__name__, e
print sorted(Queue.__all__)
print Queue.Queue.__module__, Queue.PriorityQueue.__name__
