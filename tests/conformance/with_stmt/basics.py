# Context managers with __enter__/__exit__ and 'as' binding.
class CM(object):
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print 'enter', self.name
        return 'resource-' + self.name
    def __exit__(self, exc_type, exc, tb):
        print 'exit', self.name, exc_type is None, exc is None, tb is None
        return False
with CM('a') as r:
    print 'inside with, r =', r
with CM('b'):
    print 'inside without as'
class ReturnsSelf(object):
    def __enter__(self):
        return self
    def __exit__(self, *args):
        print 'exit args count', len(args)
with ReturnsSelf() as me:
    print type(me).__name__
def early_return():
    with CM('ret'):
        return 'returned from inside with'
print early_return()
for i in range(3):
    with CM('loop%d' % i):
        if i == 1:
            continue
        if i == 2:
            break
        print 'body', i
with CM('tuple') as (a):
    print a
class Pair(object):
    def __enter__(self):
        return (1, 2)
    def __exit__(self, *a):
        return None
with Pair() as (x, y):
    print x, y
