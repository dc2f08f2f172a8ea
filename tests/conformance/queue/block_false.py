# block=False ignores the timeout, positional and keyword forms.
import Queue

q = Queue.Queue(1)
for args, kwargs in [((False,), {}), ((), {'block': False}), ((0,), {}),
                     ((False, 5), {}), ((), {'block': False, 'timeout': -1}),
                     ((), {'block': '', 'timeout': 'x'})]:
    try:
        q.get(*args, **kwargs)
    except Queue.Empty:
        print 'get', args, sorted(kwargs.items()), 'Empty'
q.put(1)
for args, kwargs in [((False,), {}), ((), {'block': False}), ((None,), {}),
                     ((0, -5), {}), ((), {'timeout': 1, 'block': []})]:
    try:
        q.put('x', *args, **kwargs)
    except Queue.Full:
        print 'put', args, sorted(kwargs.items()), 'Full'
print q.get(False), q.qsize()
