# yield, next(), StopIteration, generator objects.
def gen():
    print 'start'
    yield 1
    print 'middle'
    yield 2
    print 'end'
g = gen()
print type(g).__name__
print next(g)
print g.next()
try:
    next(g)
except StopIteration:
    print 'StopIteration raised'
try:
    next(g)
except StopIteration:
    print 'still StopIteration'
print next(gen(), 'unused') if False else list(gen())
def countdown(n):
    while n > 0:
        yield n
        n -= 1
print list(countdown(5)), sum(countdown(100)), max(countdown(3))
c = countdown(3)
print iter(c) is c, next(c), list(c), list(c)
def empty():
    return
    yield
print list(empty())
def fibs(limit):
    a, b = 0, 1
    while a < limit:
        yield a
        a, b = b, a + b
print list(fibs(100))
print [x for x in fibs(50) if x % 2 == 0]
def chars(s):
    for ch in s:
        yield ch.upper()
print ''.join(chars('abc')), sorted(chars('cab'))
