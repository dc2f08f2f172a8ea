# put_nowait / get_nowait raise Full / Empty.
import Queue

for cls in [Queue.Queue, Queue.LifoQueue, Queue.PriorityQueue]:
    q = cls(2)
    try:
        q.get_nowait()
    except Queue.Empty as e:
        print cls.__name__, 'Empty', repr(e), str(e) == ''
    q.put_nowait(1)
    q.put_nowait(2)
    try:
        q.put_nowait(3)
    except Queue.Full as e:
        print cls.__name__, 'Full', repr(e), e.args
    print q.get_nowait(), q.get_nowait()
    try:
        q.get_nowait()
    except Exception as e:
        print type(e).__name__, isinstance(e, Queue.Empty)
