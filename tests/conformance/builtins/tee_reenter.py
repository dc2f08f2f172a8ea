# tee() refuses to be re-entered: from the source's own next(), and from a
# second thread while the first is still reading the source.
import threading
from itertools import tee

class Back(object):
    first = True
    def __iter__(self):
        return self
    def next(self):
        first = self.first
        self.first = False
        if first:
            return next(b)
        return 7

a, b = tee(Back())
try:
    next(a)
except RuntimeError as e:
    print 'RuntimeError', e
print list(tee([1, 2, 3])[1])

start = threading.Event()
finish = threading.Event()

class Slow(object):
    def __iter__(self):
        return self
    def next(self):
        start.set()
        finish.wait()
        return 1

c, d = tee(Slow())
t = threading.Thread(target=next, args=[c])
t.start()
start.wait()
try:
    next(d)
except RuntimeError as e:
    print 'RuntimeError', e
finish.set()
t.join()
print 'done'
