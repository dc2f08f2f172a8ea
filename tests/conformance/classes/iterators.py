# Iterator protocol: __iter__ and next.
class CountDown(object):
    def __init__(self, start):
        self.n = start
    def __iter__(self):
        return self
    def next(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print list(CountDown(5))
for x in CountDown(3):
    print x,
print
it = CountDown(2)
print next(it), next(it), next(it, 'exhausted')
try:
    next(it)
except StopIteration:
    print 'StopIteration'
class Range2(object):
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        i = 0
        while i < self.n:
            yield i
            i += 1
r = Range2(3)
print list(r), list(r), sum(r), max(r), sorted(r, reverse=True)
print [a + b for a in Range2(2) for b in Range2(2)]
print dict(zip(Range2(3), 'abc')) == {0: 'a', 1: 'b', 2: 'c'}
a, b, c = Range2(3)
print a, b, c
print 2 in Range2(3), 5 in Range2(3)
class NotIter(object):
    pass
try:
    iter(NotIter())
except TypeError as e:
    print 'TypeError:', e
try:
    for x in 5:
        pass
except TypeError as e:
    print 'TypeError:', e
class BadIter(object):
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print 'TypeError:', e
