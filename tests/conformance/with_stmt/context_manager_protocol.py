# __enter__/__exit__ order, suppression, return/break/continue inside with, failing __enter__/__exit__.
class Ctx(object):
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print 'enter', self.name
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print 'exit', self.name, et.__name__ if et else None, ev
        return self.suppress
with Ctx('a') as v:
    print 'body', v
with Ctx('b', True):
    raise ValueError('suppressed')
print 'after b'
try:
    with Ctx('c'):
        raise KeyError('k')
except KeyError as e:
    print 'propagated', e
with Ctx('d') as x, Ctx('e') as y:
    print 'both', x, y
def f():
    with Ctx('ret'):
        return 'returned'
print f()
for i in range(3):
    with Ctx('loop%d' % i):
        if i == 1: continue
        if i == 2: break
        print 'body', i
class BadEnter(object):
    def __enter__(self): raise RuntimeError('enter failed')
    def __exit__(self, *a): print 'never'; return True
try:
    with BadEnter():
        print 'never body'
except RuntimeError as e:
    print 'RuntimeError', e
class ExitRaises(object):
    def __enter__(self): return self
    def __exit__(self, *a): raise TypeError('from exit')
try:
    with ExitRaises():
        raise ValueError('orig')
except TypeError as e:
    print 'TypeError', e
try:
    with 5:
        pass
except AttributeError as e:
    print 'AttributeError', e
import threading
lock = threading.Lock()
with lock:
    print 'locked', lock.locked()
print 'unlocked', lock.locked()
with open('with_tmp.txt', 'w') as fh:
    fh.write('data')
print fh.closed, open('with_tmp.txt').read()
import os; os.remove('with_tmp.txt')
with Ctx('tuple') as (p):
    print p
class Tx(object):
    def __enter__(self): return [1, 2]
    def __exit__(self, *a): return False
with Tx() as (a, b):
    print a, b
with Ctx('nested1'):
    with Ctx('nested2', True):
        1 / 0
    print 'inner suppressed'
